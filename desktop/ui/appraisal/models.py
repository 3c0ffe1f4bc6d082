"""The appraisal tables: batches and the eligible people."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from desktop.domain.levels import LEVEL_NAMES
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.ui.paged_model import RowListModel

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


class _Columns(RowListModel):
    columns: tuple = ()

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def headers(self) -> list[str]:
        raise NotImplementedError

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole):
            return self.columns[index.column()](row)
        return None


class BatchTableModel(_Columns):
    columns = (
        lambda r: r.number, lambda r: r.occupation, lambda r: LEVEL_NAMES[r.level], lambda r: r.exam_on.isoformat(),
        lambda r: status_label(r.status), lambda r: f"{r.candidates}/{r.capacity}", lambda r: str(r.passed),
    )

    HEADERS = (QT_TRANSLATE_NOOP("Appraisal", "Batch"), QT_TRANSLATE_NOOP("Appraisal", "Occupation"),
               QT_TRANSLATE_NOOP("Appraisal", "Level"), QT_TRANSLATE_NOOP("Appraisal", "Exam"),
               QT_TRANSLATE_NOOP("Appraisal", "Status"), QT_TRANSLATE_NOOP("Appraisal", "Candidates"),
               QT_TRANSLATE_NOOP("Appraisal", "Passed"))

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("Appraisal", text) for text in self.HEADERS]


class EligibleTableModel(_Columns):
    columns = (
        lambda r: r.name, lambda r: r.id_number, lambda r: r.employer,
        lambda r: LEVEL_NAMES[r.held] if r.held else "", lambda r: r.route,
    )

    HEADERS = (QT_TRANSLATE_NOOP("Appraisal", "Name"), QT_TRANSLATE_NOOP("Appraisal", "ID number"),
               QT_TRANSLATE_NOOP("Appraisal", "Employer"), QT_TRANSLATE_NOOP("Appraisal", "Level held"),
               QT_TRANSLATE_NOOP("Appraisal", "Route"))

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("Appraisal", text) for text in self.HEADERS]

    @property
    def ids(self) -> list[int]:
        return [r.trainee_id for r in self.rows]
