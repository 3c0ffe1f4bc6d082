"""The appraisal tables: batches and the eligible people."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from desktop.domain.levels import LEVEL_NAMES
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

    def headers(self) -> list[str]:
        tr = QCoreApplication.translate
        return [tr("Appraisal", "Batch"), tr("Appraisal", "Occupation"), tr("Appraisal", "Level"),
                tr("Appraisal", "Exam"), tr("Appraisal", "Status"), tr("Appraisal", "Candidates"),
                tr("Appraisal", "Passed")]


class EligibleTableModel(_Columns):
    columns = (
        lambda r: r.name, lambda r: r.id_number, lambda r: r.employer,
        lambda r: LEVEL_NAMES[r.held] if r.held else "", lambda r: r.route,
    )

    def headers(self) -> list[str]:
        tr = QCoreApplication.translate
        return [tr("Appraisal", "Name"), tr("Appraisal", "ID number"), tr("Appraisal", "Employer"),
                tr("Appraisal", "Level held"), tr("Appraisal", "Route")]

    @property
    def ids(self) -> list[int]:
        return [r.trainee_id for r in self.rows]
