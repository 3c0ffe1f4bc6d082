"""The certificate registry as a lazily fetched table: a page of rows at a time, filtered in SQL."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.services import certificates
from desktop.services.certificates import CertificateQuery, CertificateRow
from desktop.services.context import ServiceContext
from desktop.ui.certificates.labels import kind_label, status_label
from desktop.ui.paged_model import PagedTableModel

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


class CertificateTableModel(PagedTableModel):
    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(CertificateQuery(), parent)
        self.ctx = ctx

    def count_rows(self, query: CertificateQuery) -> int:
        return certificates.count_certificates(self.ctx, query)

    def list_rows(self, query: CertificateQuery, offset: int, limit: int) -> list[CertificateRow]:
        """Newest first."""
        return certificates.list_certificates(self.ctx, query, offset, limit)

    def headers(self) -> list[str]:
        return [self.tr("Number"), self.tr("Kind"), self.tr("Holder"), self.tr("Level, award, class or honour"),
                self.tr("Issue date"), self.tr("Status"), self.tr("Prints")]

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
