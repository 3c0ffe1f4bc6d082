"""The certificate registry as a lazily fetched table: a page of rows at a time, filtered in SQL."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.services import certificates
from desktop.services.certificates import CertificateQuery, CertificateRow
from desktop.services.context import ServiceContext
from desktop.ui.certificates.labels import kind_label, status_label

PAGE_SIZE = 200
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

NUMBER, KIND, HOLDER, DETAIL, ISSUE_DATE, STATUS, PRINTS = range(7)
_VALUES = {
    NUMBER: lambda r: r.number,
    KIND: lambda r: kind_label(r.kind),
    HOLDER: lambda r: r.holder_name,
    DETAIL: lambda r: r.detail,
    ISSUE_DATE: lambda r: r.issue_date.isoformat(),
    STATUS: lambda r: status_label(r.status),
    PRINTS: lambda r: str(r.print_count),
}
_SORT_VALUES = {**_VALUES, KIND: lambda r: r.kind, ISSUE_DATE: lambda r: r.issue_date,
                STATUS: lambda r: r.status, PRINTS: lambda r: r.print_count}
_GREY = QColor("#8a8a8a")


class CertificateTableModel(QAbstractTableModel):
    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.query = CertificateQuery()
        self.rows: list[CertificateRow] = []
        self.total = 0
        self._fetching = False  # views and testers may ask again while rows are being inserted

    def headers(self) -> list[str]:
        return [self.tr("Number"), self.tr("Kind"), self.tr("Holder"), self.tr("Level, award, class or honour"),
                self.tr("Issue date"), self.tr("Status"), self.tr("Prints")]

    def set_query(self, query: CertificateQuery) -> int:
        """Start over with a new filter: count, then the first page (newest first). Returns the count."""
        total = certificates.count_certificates(self.ctx, query)
        first_page = certificates.list_certificates(self.ctx, query, 0, PAGE_SIZE)
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
        page = certificates.list_certificates(self.ctx, self.query, len(self.rows), PAGE_SIZE)
        if not page:
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
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PRINTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.status != "issued":
            return QBrush(_GREY)
        if role == Qt.ItemDataRole.ToolTipRole and row.status != "issued":
            return self.withdrawn_text(row)
        return None

    def withdrawn_text(self, row: CertificateRow) -> str:
        """Why a certificate no longer counts: the reason, and what replaced it."""
        if row.status == "replaced":
            return (self.tr("Replaced by %1: %2").replace("%1", row.replaced_by or "")
                    .replace("%2", row.revoke_reason))
        return self.tr("Revoked: %1").replace("%1", row.revoke_reason)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def row_of(self, certificate_id: int) -> int | None:
        for number, row in enumerate(self.rows):
            if row.id == certificate_id:
                return number
        return None

    def update_row(self, fresh: CertificateRow) -> None:
        """Replace one loaded row after a change and tell the view just that row changed."""
        number = self.row_of(fresh.id)
        if number is None:
            return
        self.rows[number] = fresh
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))
