"""The appraisal tables: batches and the eligible people."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.levels import LEVEL_NAMES
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.ui.paged_model import ColumnListModel


def status_label(status: str) -> str:
    return {"planned": QCoreApplication.translate("Appraisal", "Planned"),
            "scoring": QCoreApplication.translate("Appraisal", "Scoring"),
            "approved": QCoreApplication.translate("Appraisal", "Approved"),
            "cancelled": QCoreApplication.translate("Appraisal", "Cancelled")}.get(status, status)


def outcome_label(outcome: str | None) -> str:
    return {"passed": QCoreApplication.translate("Appraisal", "Passed"),
            "failed": QCoreApplication.translate("Appraisal", "Failed"),
            "absent": QCoreApplication.translate("Appraisal", "Absent"),
            "withdrawn": QCoreApplication.translate("Appraisal", "Withdrawn"),
            "disqualified": QCoreApplication.translate("Appraisal", "Disqualified"),
            None: ""}.get(outcome, outcome or "")


class BatchTableModel(ColumnListModel):
    columns = tuple((text, None, False) for text in (
        lambda r: r.number, lambda r: r.occupation, lambda r: LEVEL_NAMES[r.level], lambda r: r.exam_on.isoformat(),
        lambda r: status_label(r.status), lambda r: f"{r.candidates}/{r.capacity}", lambda r: str(r.passed),
    ))

    HEADERS = (QT_TRANSLATE_NOOP("Appraisal", "Batch"), QT_TRANSLATE_NOOP("Appraisal", "Occupation"),
               QT_TRANSLATE_NOOP("Appraisal", "Level"), QT_TRANSLATE_NOOP("Appraisal", "Exam"),
               QT_TRANSLATE_NOOP("Appraisal", "Status"), QT_TRANSLATE_NOOP("Appraisal", "Candidates"),
               QT_TRANSLATE_NOOP("Appraisal", "Passed"))

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("Appraisal", text) for text in self.HEADERS]


class EligibleTableModel(ColumnListModel):
    columns = tuple((text, None, False) for text in (
        lambda r: r.name, lambda r: r.id_number, lambda r: r.employer,
        lambda r: LEVEL_NAMES[r.held] if r.held else "", lambda r: r.route,
    ))

    HEADERS = (QT_TRANSLATE_NOOP("Appraisal", "Name"), QT_TRANSLATE_NOOP("Appraisal", "ID number"),
               QT_TRANSLATE_NOOP("Appraisal", "Employer"), QT_TRANSLATE_NOOP("Appraisal", "Level held"),
               QT_TRANSLATE_NOOP("Appraisal", "Route"))

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("Appraisal", text) for text in self.HEADERS]

    @property
    def ids(self) -> list[int]:
        return [r.trainee_id for r in self.rows]
