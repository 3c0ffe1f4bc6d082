"""The audit log for the administrator: who did what and when, filtered, with before → after."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.services import audit
from desktop.services.audit import AuditQuery, AuditRow
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.audit_labels import action_label, entity_label, field_label
from desktop.ui.widgets import SearchBox

PAGE_SIZE = 200
DEFAULT_DAYS = 30
CHANGED_BACKGROUND = QColor("#fff2b3")


def local_time_text(at: dt.datetime) -> str:
    """The log stores naive UTC; people read their own clock."""
    return at.replace(tzinfo=dt.timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M:%S")


class AuditModel(QAbstractTableModel):
    """Entries newest first, fetched a page at a time as the view scrolls down."""

    TIME, USER, ACTION, RECORD, SUMMARY = range(5)
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    ID_ROLE = Qt.ItemDataRole.UserRole + 2

    fetch_failed = Signal(object)  # a UserError while scrolling; the page shows it

    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.query = AuditQuery()
        self._rows: list[AuditRow] = []
        self._fetched = 0  # entries read from the service, duplicates included
        self._total = 0
        self._headers = [self.tr("Time"), self.tr("User"), self.tr("Action"),
                         self.tr("Record"), self.tr("Summary")]

    def set_query(self, query: AuditQuery) -> None:
        """Start over with other filters: count them, then load the first page. May raise UserError."""
        total = audit.count_entries(self.ctx, query)
        first = audit.list_entries(self.ctx, query, 0, PAGE_SIZE)
        self.beginResetModel()
        self.query = query
        self._rows = first
        self._fetched = len(first)
        self._total = total if len(first) == PAGE_SIZE else len(first)
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def entry_at(self, row: int) -> AuditRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and self._fetched < self._total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: N802 - Qt API
        if not self.canFetchMore(parent):
            return
        oldest_shown = self._rows[-1].id if self._rows else None
        try:
            page = audit.list_entries(self.ctx, self.query, 0, PAGE_SIZE, before_id=oldest_shown)
        except UserError as error:
            self._total = self._fetched
            self.fetch_failed.emit(error)
            return
        self._fetched += len(page)
        if len(page) < PAGE_SIZE:
            self._total = self._fetched
        if not page:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == self.SORT_ROLE:
            return self._sort_value(entry, column)
        if role == self.ID_ROLE:
            return entry.id
        return None

    def _display(self, entry: AuditRow, column: int) -> str | None:
        if column == self.TIME:
            return local_time_text(entry.at)
        if column == self.USER:
            return entry.username
        if column == self.ACTION:
            return action_label(entry.action)
        if column == self.RECORD:
            kind = entity_label(entry.entity)
            return kind if entry.entity_id is None else f"{kind} #{entry.entity_id}"
        if column == self.SUMMARY:
            return entry.summary
        return None

    def _sort_value(self, entry: AuditRow, column: int):
        if column == self.TIME:
            return entry.id  # the log's own order; equal times stay apart
        if column == self.RECORD:
            return f"{entry.entity}\t{entry.entity_id or 0:012d}"
        return self._display(entry, column)


class ChangesTable(QTableWidget):
    """One entry's fields: before → after, changed ones highlighted."""

    FIELD, BEFORE, AFTER = range(3)

    def __init__(self):
        super().__init__(0, 3)
        self.setObjectName("changes")
        self.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.BEFORE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.AFTER, QHeaderView.ResizeMode.Stretch)

    def show_entry(self, entry: AuditRow | None) -> None:
        before = (entry.before if entry else None) or {}
        after = (entry.after if entry else None) or {}
        fields = list(before) + [name for name in after if name not in before]
        self.setRowCount(len(fields))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, name in enumerate(fields):
            changed = before.get(name) != after.get(name) or (name in before) != (name in after)
            cells = (field_label(name), self._value_text(before, name), self._value_text(after, name))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if changed:
                    item.setBackground(QBrush(CHANGED_BACKGROUND))
                    item.setFont(bold)
                self.setItem(row, column, item)

    def _value_text(self, values: dict[str, Any], name: str) -> str:
        if name not in values or values[name] is None:
            return ""
        value = values[name]
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        return str(value)


class AuditPage(QWidget):
    def __init__(self, ctx: ServiceContext):
        super().__init__()
        self.ctx = ctx
        self.model = AuditModel(ctx, self)
        self.model.fetch_failed.connect(lambda error: feedback.show_user_error(self, error))
        self.model.modelReset.connect(self._show_count)
        self.model.rowsInserted.connect(self._show_count)

        self.user_filter = self._combo("userFilter")
        self.entity_filter = self._combo("entityFilter")
        self.action_filter = self._combo("actionFilter")
        today = QDate.currentDate()
        self.since_enabled, self.since = self._date("since", self.tr("From"), today.addDays(-DEFAULT_DAYS), True)
        self.until_enabled, self.until = self._date("until", self.tr("To"), today, False)
        self.search = SearchBox(self.tr("Search the summaries"))
        self.search.setObjectName("search")
        self.search.searched.connect(self.apply_filters)

        self.table = QTableView()
        self.table.setObjectName("entries")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        metrics = self.fontMetrics()
        for column, sample in ((AuditModel.TIME, "0000-00-00 00:00:00"), (AuditModel.USER, "M" * 10),
                               (AuditModel.ACTION, "reset_password"), (AuditModel.RECORD, "employer #000000")):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.model.modelReset.connect(lambda: self._show_current(QModelIndex()))

        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.detail_title = QLabel()
        self.detail_title.setObjectName("detailTitle")
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes = ChangesTable()
        self._layout()
        self._show_current(QModelIndex())

    def _layout(self) -> None:
        filters = QHBoxLayout()
        for label, widget in ((self.tr("User:"), self.user_filter), (self.tr("Record type:"), self.entity_filter),
                              (self.tr("Action:"), self.action_filter)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        for check, edit in ((self.since_enabled, self.since), (self.until_enabled, self.until)):
            filters.addWidget(check)
            filters.addWidget(edit)
        filters.addWidget(self.search, 1)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.changes, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        title = QLabel(self.tr("Audit log"))
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.addItem(self.tr("All"), "")
        combo.currentIndexChanged.connect(self.apply_filters)
        return combo

    def _date(self, name: str, text: str, date: QDate, enabled: bool) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox(text)
        check.setObjectName(f"{name}Enabled")
        check.setChecked(enabled)
        edit = QDateEdit(date)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(enabled)
        check.toggled.connect(edit.setEnabled)
        check.toggled.connect(self.apply_filters)
        edit.dateChanged.connect(self.apply_filters)
        return check, edit

    def refresh(self) -> None:
        choices = feedback.attempt(self, lambda: audit.filter_choices(self.ctx))
        if choices is None:
            return
        users, entities, actions = choices
        for combo, values, label in ((self.user_filter, users, str), (self.entity_filter, entities, entity_label),
                                     (self.action_filter, actions, action_label)):
            self._fill(combo, values, label)
        self.apply_filters()

    def _fill(self, combo: QComboBox, values: list[str], label) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for value in values:
            combo.addItem(label(value), value)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def current_query(self) -> AuditQuery:
        return AuditQuery(
            username=self.user_filter.currentData() or "",
            entity=self.entity_filter.currentData() or "",
            action=self.action_filter.currentData() or "",
            text=self.search.text().strip(),
            since=self.since.date().toPython() if self.since_enabled.isChecked() else None,
            until=self.until.date().toPython() if self.until_enabled.isChecked() else None,
            utc_offset_minutes=int(dt.datetime.now().astimezone().utcoffset().total_seconds() // 60),
        )

    def apply_filters(self) -> None:
        self.search.cancel_pending()
        feedback.attempt(self, lambda: self.model.set_query(self.current_query()))

    def _show_count(self) -> None:
        total = self.model.total()
        self.count_label.setText(self.tr("1 entry") if total == 1
                                 else self.tr("%1 entries").replace("%1", f"{total:,}"))

    def _show_current(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        entry = self.model.entry_at(current.row()) if current.isValid() else None
        if entry is None:
            self.detail_title.setText(self.tr("Select an entry to see what it changed."))
        else:
            record = self.model.index(current.row(), AuditModel.RECORD).data()
            title = self.tr("%1 (%2): %3").replace("%1", record).replace("%2", action_label(entry.action)) \
                .replace("%3", entry.summary)
            if not entry.before and not entry.after:
                title += " " + self.tr("— no field values were recorded.")
            self.detail_title.setText(title)
        self.changes.show_entry(entry)
