"""The trainee list as a lazily fetched table: ids and a page at a time, filtered and sorted in SQL."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain.people import GENDER_LABELS
from desktop.services import trainees
from desktop.services.context import ServiceContext
from desktop.services.trainees import SortKey, TraineeQuery, TraineeRow

PAGE_SIZE = 200
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


class TraineeTableModel(QAbstractTableModel):
    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.query = TraineeQuery()
        self.rows: list[TraineeRow] = []
        self.total = 0
        self._fetching = False  # views and testers may ask again while rows are being inserted

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Gender"), self.tr("ID number"), self.tr("Birth date"),
                self.tr("Phone"), self.tr("Employer"), self.tr("County"), self.tr("Occupations"),
                self.tr("Honours")]

    def set_query(self, query: TraineeQuery) -> int:
        """Start over with a new filter or order: count, then the first page. Returns the count."""
        total = trainees.count_trainees(self.ctx, query)
        first_page = trainees.list_trainees(self.ctx, query, 0, PAGE_SIZE)
        self._fetching = True  # listeners of modelReset must not fetch before the reset is over
        try:
            self.beginResetModel()
            self.query, self.total, self.rows = query, total, first_page
            self.endResetModel()
        finally:
            self._fetching = False
        return total

    def reload(self) -> None:
        self.set_query(self.query)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_VALUES)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._fetching and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._fetching:
            return
        page = trainees.list_trainees(self.ctx, self.query, len(self.rows), PAGE_SIZE)
        if not page:  # rows were archived or removed elsewhere meanwhile
            self.total = len(self.rows)
            return
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()
        finally:
            self._fetching = False

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

    def trainee_id(self, row: int) -> int:
        return self.rows[row].id

    def row_of(self, trainee_id: int) -> int | None:
        for number, row in enumerate(self.rows):
            if row.id == trainee_id:
                return number
        return None

    def update_row(self, fresh: TraineeRow) -> None:
        """Replace one loaded row after an edit and tell the view just that row changed."""
        number = self.row_of(fresh.id)
        if number is None:
            return
        self.rows[number] = fresh
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))
