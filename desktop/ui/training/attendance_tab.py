"""The attendance grid of a class: placed trainees × sessions, entered from the keyboard a
session column at a time (P L E A, then the cursor moves down) or for a selection with buttons.

Every change is saved at once; the grid then shows what the service returned."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.domain.training import hours_text
from desktop.services import attendance
from desktop.services.attendance import AttendanceGrid, GridRow, Mark, SessionColumn
from desktop.services.context import ServiceContext
from desktop.ui import feedback

LABEL_CONTEXT = "AttendanceLabels"
_MARK_WORDS = {
    "present": QT_TRANSLATE_NOOP("AttendanceLabels", "Present"),
    "late": QT_TRANSLATE_NOOP("AttendanceLabels", "Late"),
    "excused": QT_TRANSLATE_NOOP("AttendanceLabels", "Excused"),
    "absent": QT_TRANSLATE_NOOP("AttendanceLabels", "Absent"),
}
# (text, background) per mark: green, amber, blue-grey, red.
_MARK_COLOURS = {
    "present": ("#1b5e20", "#dff0e0"),
    "late": ("#7a5200", "#fdeec8"),
    "excused": ("#37546e", "#e3eaf2"),
    "absent": ("#a3001b", "#fbe0e3"),
}
_FUTURE_TEXT, _FUTURE_FILL = QColor("#9a9a9a"), QColor("#efefef")
_DONE_TEXT = QColor("#6b6b6b")
# Keys of fast entry; None clears the cell.
MARK_KEYS = {
    Qt.Key.Key_P: "present", Qt.Key.Key_1: "present",
    Qt.Key.Key_L: "late", Qt.Key.Key_2: "late",
    Qt.Key.Key_E: "excused", Qt.Key.Key_3: "excused",
    Qt.Key.Key_A: "absent", Qt.Key.Key_4: "absent",
    Qt.Key.Key_Delete: None, Qt.Key.Key_Backspace: None, Qt.Key.Key_Space: None,
}

_KEY_CODES = {key.value: key for key in MARK_KEYS}
_NOT_A_MARK_KEY = object()
BUTTON_MARKS = ("present", "late", "excused", "absent", None)


def mark_word(status: str | None) -> str:
    return QCoreApplication.translate(LABEL_CONTEXT, _MARK_WORDS[status]) if status else ""


class AttendanceModel(QAbstractTableModel):
    """One column per session, then credited hours and the attendance rate; one row per trainee."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid: AttendanceGrid | None = None
        self.today = dt.date.today()

    @property
    def sessions(self) -> tuple[SessionColumn, ...]:
        return self.grid.sessions if self.grid else ()

    @property
    def rows(self) -> tuple[GridRow, ...]:
        return self.grid.rows if self.grid else ()

    def hours_column(self) -> int:
        return len(self.sessions)

    def pct_column(self) -> int:
        return len(self.sessions) + 1

    def set_grid(self, grid: AttendanceGrid | None) -> None:
        """Show a fresh grid; the same trainees and sessions only repaint, so the cursor and
        the selection stay where they were."""
        self.today = dt.date.today()
        same_shape = (self.grid is not None and grid is not None and grid.class_id == self.grid.class_id
                      and [s.id for s in grid.sessions] == [s.id for s in self.grid.sessions]
                      and [r.enrolment_id for r in grid.rows] == [r.enrolment_id for r in self.grid.rows])
        if not same_shape:
            self.beginResetModel()
            self.grid = grid
            self.endResetModel()
            return
        self.grid = grid
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(self.rowCount() - 1, 0))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.grid is None else len(self.sessions) + 2

    def is_future(self, column: int) -> bool:
        return column < len(self.sessions) and self.sessions[column].on_date > self.today

    def is_markable(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        """A session cell of a trainee still in the class; the service has the last word."""
        return (index.isValid() and index.column() < len(self.sessions)
                and not self.rows[index.row()].completed)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_markable(index) and not self.is_future(index.column()):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        # Read-only cells: the cursor may rest there, but selecting a row or a column skips them.
        return Qt.ItemFlag.ItemIsEnabled

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if column < len(self.sessions):
            return self._mark_data(row, column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.hours_column():
                return hours_text(row.credited_minutes)
            return "—" if row.attendance_pct is None else f"{row.attendance_pct}%"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.completed:
            return QBrush(_DONE_TEXT)
        return None

    def _mark_data(self, row: GridRow, column: int, role: int):
        status = row.marks[column]
        future = self.is_future(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return mark_word(status)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if future:
                return QBrush(_FUTURE_TEXT)
            return QBrush(QColor(_MARK_COLOURS[status][0])) if status else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if future:
                return QBrush(_FUTURE_FILL)
            return QBrush(QColor(_MARK_COLOURS[status][1])) if status else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.completed:
                return self.tr("%1 has completed the class: the attendance is final.").replace("%1", row.trainee_name)
            if future:
                return self.tr("This session has not taken place yet.")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self.rows):
                return None
            row = self.rows[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{row.trainee_name} ✓" if row.completed else row.trainee_name
            if role == Qt.ItemDataRole.ToolTipRole and row.completed:
                return self.tr("Completed: the attendance is final.")
            return None
        if not 0 <= section < self.columnCount():
            return None
        if section >= len(self.sessions):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Hours") if section == self.hours_column() else self.tr("Attendance")
            return None
        meeting = self.sessions[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return session_heading(meeting)
        if role == Qt.ItemDataRole.ToolTipRole:
            when = QLocale().toString(QDate(meeting.on_date), QLocale.FormatType.LongFormat)
            text = f"{when} {meeting.starts_at:%H:%M}"
            if meeting.topic:
                text += f"\n{meeting.topic}"
            if self.is_future(section):
                text += "\n" + self.tr("Not taken place yet")
            return text
        if role == Qt.ItemDataRole.ForegroundRole and self.is_future(section):
            return QBrush(_FUTURE_TEXT)
        return None

    def cell(self, index: QModelIndex | QPersistentModelIndex) -> tuple[int, int]:
        """(enrolment id, session id) of a session cell."""
        return self.rows[index.row()].enrolment_id, self.sessions[index.column()].id

    def status_at(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        return self.rows[index.row()].marks[index.column()]


def session_heading(meeting: SessionColumn) -> str:
    """Two short lines: "11-20 周五" and "19:00 · 2h"."""
    day = QLocale().toString(QDate(meeting.on_date), "MM-dd ddd")
    length = QCoreApplication.translate("AttendanceModel", "%1h").replace("%1", hours_text(meeting.minutes))
    return f"{day}\n{meeting.starts_at:%H:%M} · {length}"


class AttendanceView(QTableView):
    """A table that turns the entry keys into `mark_requested(status)` (None: clear)."""

    mark_requested = Signal(object)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier & ~Qt.KeyboardModifier.ShiftModifier
        key = _KEY_CODES.get(int(event.key()), _NOT_A_MARK_KEY)
        if key is not _NOT_A_MARK_KEY and modifiers == Qt.KeyboardModifier.NoModifier:
            self.mark_requested.emit(MARK_KEYS[key])
            event.accept()
            return
        super().keyPressEvent(event)


class AttendanceTab(QWidget):
    """Attendance of the class shown; `changed` after anything was saved."""

    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.class_id: int | None = None
        self.model = AttendanceModel(self)
        self.table = AttendanceView()
        self.table.setObjectName("attendanceGrid")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setDefaultSectionSize(84)
        self.table.horizontalHeader().setHighlightSections(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.mark_requested.connect(self._key_mark)
        self.hint = QLabel(self.tr("Keys: P present · L late · E excused · A absent · Del clear"))
        self.hint.setObjectName("hint")
        self.hint.setStyleSheet("color: #5f6368;")
        self.buttons: dict[str, QPushButton] = {}
        # One slot for the buttons, by id: a lambda holding `self` would keep the tab alive for ever.
        self.button_group = QButtonGroup(self)
        actions = QHBoxLayout()
        for number, (name, text) in enumerate((
            ("present", self.tr("Present")), ("late", self.tr("Late")), ("excused", self.tr("Excused")),
            ("absent", self.tr("Absent")), ("clear", self.tr("Clear")),
        )):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setToolTip(self.tr("Mark every selected cell"))
            self.button_group.addButton(button, number)
            self.buttons[name] = button
            actions.addWidget(button)
        self.button_group.idClicked.connect(self._button_mark)
        actions.addSpacing(12)
        actions.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def show_class(self, class_id: int | None) -> None:
        """Show a class's attendance (None: nothing)."""
        grid = None
        if class_id is not None:
            grid = feedback.attempt(self, lambda: attendance.attendance_grid(self.ctx, class_id))
            if grid is None:
                class_id = None
        if class_id != self.class_id:
            self.model.set_grid(None)  # another class: start with the cursor at the top
        self.class_id = class_id
        self.model.set_grid(grid)
        if grid is not None and not self.table.currentIndex().isValid() and self.model.rowCount() and grid.sessions:
            self.table.selectionModel().setCurrentIndex(self._first_open_cell(),
                                                        QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._update_buttons()

    def _first_open_cell(self) -> QModelIndex:
        """The first cell of the latest session that has taken place: where today's entry starts."""
        held = [c for c in range(len(self.model.sessions)) if not self.model.is_future(c)]
        return self.model.index(0, held[-1] if held else 0)

    def _targets(self) -> list[QModelIndex]:
        """The cells a mark applies to: the selected session cells, else the current one."""
        selected = [i for i in self.table.selectionModel().selectedIndexes() if i.column() < len(self.model.sessions)]
        if selected:
            return sorted(selected, key=lambda i: (i.column(), i.row()))
        current = self.table.currentIndex()
        return [current] if current.isValid() and current.column() < len(self.model.sessions) else []

    def _update_buttons(self, *_args) -> None:
        enabled = self.class_id is not None and bool(self._targets())
        for button in self.buttons.values():
            button.setEnabled(enabled)
        self.table.setEnabled(self.class_id is not None)

    def mark_selection(self, status: str | None) -> bool:
        """Put one mark (None: clear) on every target cell and save them in one go."""
        targets = self._targets()
        if not targets or self.class_id is None:
            return False
        wanted = [Mark(*self.model.cell(i), status) for i in targets if self.model.status_at(i) != status]
        if not wanted:
            return True
        class_id = self.class_id
        grid = feedback.attempt(self, lambda: attendance.save_marks(self.ctx, class_id, wanted))
        if grid is None:
            return False
        self.model.set_grid(grid)
        self._update_buttons()
        self.changed.emit()
        return True

    def _button_mark(self, number: int) -> None:
        self.mark_selection(BUTTON_MARKS[number])

    def _key_mark(self, status: str | None) -> None:
        several = len(self._targets()) > 1
        if self.mark_selection(status) and not several:
            self._move_down()

    def _move_down(self) -> None:
        """To the next trainee still in the class, same session."""
        current = self.table.currentIndex()
        if not current.isValid():
            return
        for row in range(current.row() + 1, self.model.rowCount()):
            below = self.model.index(row, current.column())
            if self.model.is_markable(below):
                self.table.selectionModel().setCurrentIndex(below, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.table.scrollTo(below)
                return

