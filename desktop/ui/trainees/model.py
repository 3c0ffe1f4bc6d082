"""The trainee list as a lazily fetched table: ids and a page at a time, filtered and sorted in SQL."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain.people import GENDER_LABELS
from desktop.services import trainees
from desktop.services.context import ServiceContext
from desktop.services.trainees import SortKey, TraineeQuery, TraineeRow
from desktop.ui.paged_model import PagedTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

NAME, GENDER, ID_NUMBER, BIRTH_DATE, PHONE, EMPLOYER, COUNTY, OCCUPATIONS, HONOURS = range(9)
SORT_KEYS = {
    NAME: SortKey.NAME, GENDER: SortKey.GENDER, ID_NUMBER: SortKey.ID_NUMBER,
    BIRTH_DATE: SortKey.BIRTH_DATE, PHONE: SortKey.PHONE, EMPLOYER: SortKey.EMPLOYER,
    COUNTY: SortKey.COUNTY,
}
_VALUES = {
    NAME: lambda r: r.name,
    GENDER: lambda r: GENDER_LABELS[r.gender],
    ID_NUMBER: lambda r: r.masked_id,
    BIRTH_DATE: lambda r: r.birth_date.isoformat(),
    PHONE: lambda r: r.phone,
    EMPLOYER: lambda r: r.employer,
    COUNTY: lambda r: r.county,
    OCCUPATIONS: lambda r: r.occupations,
    HONOURS: lambda r: r.honours,
}
_SORT_VALUES = {**_VALUES, GENDER: lambda r: r.gender, BIRTH_DATE: lambda r: r.birth_date}


class TraineeTableModel(PagedTableModel):
    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(TraineeQuery(), parent)
        self.ctx = ctx

    def count_rows(self, query: TraineeQuery) -> int:
        return trainees.count_trainees(self.ctx, query)

    def list_rows(self, query: TraineeQuery, offset: int, limit: int) -> list[TraineeRow]:
        return trainees.list_trainees(self.ctx, query, offset, limit)

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Gender"), self.tr("ID number"), self.tr("Birth date"),
                self.tr("Phone"), self.tr("Employer"), self.tr("County"), self.tr("Occupations"),
                self.tr("Honours")]

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_VALUES)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _VALUES[column](row)
        if role == SORT_ROLE:
            return _SORT_VALUES[column](row)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and row.archived:
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.ToolTipRole and row.archived:
            return self.tr("Archived")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:  # lists of names: no useful order
            return
        self.set_query(replace(self.query, sort=key,
                               descending=order == Qt.SortOrder.DescendingOrder))
