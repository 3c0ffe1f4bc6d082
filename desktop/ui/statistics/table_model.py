"""One statistics table: a row per group, then the total."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.domain.figures import figure_text
from desktop.domain.messages import Message, message
from desktop.services.statistics_model import GROUPING_LABELS, Table
from desktop.ui.i18n import translate_message


def label_text(label: Message | str) -> str:
    return translate_message(label) if isinstance(label, Message) else label



class StatTableModel(QAbstractTableModel):
    """Column 0 is the group (county, month …), the rest the table's figures; the last row is the
    total. The sort role (UserRole) gives native values."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table: Table | None = None

    def set_table(self, table: Table | None) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def _grouped(self) -> bool:
        return self.table is not None and self.table.grouping is not None

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() or self.table is None:
            return 0
        return len(self.table.rows) + 1

    def columnCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() or self.table is None:
            return 0
        return len(self.table.columns) + 1

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal or self.table is None:
            return None
        if section == 0:
            if not self._grouped():
                return ""
            return translate_message(message(GROUPING_LABELS[self.table.grouping][0]))
        if 0 < section <= len(self.table.columns):
            return label_text(self.table.columns[section - 1].label)
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.table is None:
            return None
        total = index.row() == len(self.table.rows)
        values = self.table.total if total else self.table.rows[index.row()].values
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                if total:
                    return QCoreApplication.translate("Statistics", "Total")
                group = self.table.rows[index.row()].group
                return group if group is not None else QCoreApplication.translate("Statistics", "Not recorded")
            return figure_text(values[column - 1], self.table.columns[column - 1].unit)
        if role == Qt.ItemDataRole.UserRole:
            if column == 0:
                return None if total else self.table.rows[index.row()].group
            return values[column - 1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        return None
