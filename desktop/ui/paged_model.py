"""The table models' one pattern: rows are service dataclasses with an `id`.

RowListModel holds a short list given whole (employers, occupations). PagedTableModel is for
big tables: the service filters, sorts and counts in SQL; the model holds the rows fetched so
far and asks for the next page when the view scrolls near the end (canFetchMore/fetchMore).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

PAGE_SIZE = 200


class RowListModel(QAbstractTableModel):
    """A table over a list of service rows (dataclasses with an `id`); subclasses show them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def row_of(self, record_id: int) -> int | None:
        """Where a record is among the rows held."""
        for number, row in enumerate(self.rows):
            if row.id == record_id:
                return number
        return None

    def update_row(self, fresh: Any) -> None:
        """Replace one held row after a change and tell the view just that row changed."""
        number = self.row_of(fresh.id)
        if number is None:
            return
        self.rows[number] = fresh
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))


class PagedTableModel(RowListModel):
    """Subclasses say how to count and list (`count_rows`, `list_rows`) and how to show a row."""

    def __init__(self, query: Any, parent=None):
        super().__init__(parent)
        self.query = query
        self.total = 0
        self._fetching = False  # views and testers may ask again while rows are being inserted

    def count_rows(self, query: Any) -> int:
        raise NotImplementedError

    def list_rows(self, query: Any, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def set_query(self, query: Any) -> int:
        """Start over with a new filter or order: count, then the first page. Returns the count.

        The service is asked before the reset, so an error leaves the model as it was."""
        total = self.count_rows(query)
        first_page = self.list_rows(query, 0, PAGE_SIZE)
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

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._fetching and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._fetching:
            return
        page = self.list_rows(self.query, len(self.rows), PAGE_SIZE)
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


RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ColumnListModel(RowListModel):
    """A RowListModel whose columns are (text of a row, native sort value of a row or None,
    right-aligned); the sort value is given under UserRole. Subclasses say headers() and may
    add roles in extra()."""

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
        text, native, right = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text(row)
        if role == Qt.ItemDataRole.UserRole:
            return (native or text)(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and right:
            return RIGHT_ALIGNED
        return self.extra(row, index.column(), role)

    def extra(self, row: Any, column: int, role) -> Any:
        return None
