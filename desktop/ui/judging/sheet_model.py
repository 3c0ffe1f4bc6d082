"""One score sheet on the judge's screen: a row per judged aspect with what is allowed and the
mark. A typed mark is checked on the spot and handed to the window to save at once; Enter then
moves down to the next aspect."""
from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView

from desktop.domain.competition_scoring import mark_problem as scoring_mark_problem
from desktop.services.competition_sheets import SheetLine
from desktop.ui.competitions.marks_tab import mark_text, parse_mark
from desktop.ui.i18n import translate_message

CODE, ASPECT, ALLOWED, MARK, SAVED = range(5)
_SAVED_BACKGROUND = QColor("#e6f4ea")
_SAVED_FOREGROUND = QColor("#1b7a2f")
_READ_ONLY_FOREGROUND = QColor("#5f6368")


def allowed_text(line: SheetLine) -> str:
    return QCoreApplication.translate("Judging", "0–%1, step %2").replace("%1", mark_text(line.maximum)).replace("%2", mark_text(line.step))


def mark_problem(line: SheetLine, value: Fraction) -> str | None:
    """What is wrong with this mark for this aspect, by the rule the service applies, or None
    when it is allowed."""
    problem = scoring_mark_problem(line.code, value, line.maximum, line.step)
    return None if problem is None else translate_message(problem)


def levels_text(line: SheetLine) -> str:
    """The judgement levels, numbered by the mark they stand for when there is one per mark
    (0–3 with four levels), else from 1."""
    if not line.levels:
        return ""
    one_per_mark = line.maximum / line.step + 1 == len(line.levels)
    marks = [n * line.step if one_per_mark else Fraction(n + 1) for n in range(len(line.levels))]
    return "\n".join(f"{mark_text(mark)} — {text}" for mark, text in zip(marks, line.levels))


class SheetLinesModel(QAbstractTableModel):
    """The lines of the open sheet. `saver(line, value)` saves one mark and says whether it
    was saved; a mark refused before saving is told through `refused`."""

    refused = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[SheetLine] = []
        self.editable = False
        self.saver: Callable[[SheetLine, Fraction | None], bool] | None = None
        self.last_commit_ok = False

    def load(self, lines: list[SheetLine], editable: bool) -> None:
        self.beginResetModel()
        self.lines, self.editable = list(lines), editable
        self.endResetModel()

    def update_values(self, lines: list[SheetLine]) -> bool:
        """Show the stored values of the same lines without a reset (the cursor stays);
        False when the lines themselves differ and the sheet must be loaded again."""
        if [line.aspect_id for line in lines] != [line.aspect_id for line in self.lines]:
            return False
        self.lines = list(lines)
        if lines:
            self.dataChanged.emit(self.index(0, MARK), self.index(len(lines) - 1, SAVED))
        return True

    def all_marked(self) -> bool:
        return bool(self.lines) and all(line.value is not None for line in self.lines)

    def first_unmarked_row(self) -> int:
        return next((row for row, line in enumerate(self.lines) if line.value is None), 0)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self.editable and index.column() == MARK else base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line, column = self.lines[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == SAVED:
                return self.tr("✓ saved") if line.value is not None and role == Qt.ItemDataRole.DisplayRole else ""
            return (line.code, line.text, allowed_text(line), mark_text(line.value))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (CODE, ASPECT) and line.levels:
            return levels_text(line)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (MARK, ALLOWED, SAVED):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column in (MARK, SAVED) and line.value is not None:
            return QBrush(_SAVED_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == SAVED:
                return QBrush(_SAVED_FOREGROUND)
            if not self.editable and column == MARK:
                return QBrush(_READ_ONLY_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole and column in (CODE, MARK):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        self.last_commit_ok = False
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != MARK or not self.editable:
            return False
        line = self.lines[index.row()]
        try:
            mark = parse_mark(str(value))
        except (ValueError, ZeroDivisionError):
            self.refused.emit(self.tr("%1: type a number such as 8 or 7.5.").replace("%1", line.code))
            return False
        if mark == line.value:
            self.last_commit_ok = True  # nothing changed: nothing to save
            return True
        problem = None if mark is None else mark_problem(line, mark)
        if problem is not None:
            self.refused.emit(problem)
            return False
        self.last_commit_ok = self.saver is not None and self.saver(line, mark)
        return self.last_commit_ok

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Aspect"), self.tr("Description"), self.tr("Allowed"), self.tr("Mark"), "")[section]


class JudgeSheetView(QTableView):
    """Enter saves and moves to the next aspect (after the last one, `finished`); a refused mark
    keeps the cursor where it is. Enter on a cell not being edited moves on; Delete clears a mark."""

    finished = Signal()

    def __init__(self, model: SheetLinesModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setWordWrap(True)
        self.verticalHeader().hide()

    def lines_model(self) -> SheetLinesModel:
        return self.model()

    def go_to_row(self, row: int) -> None:
        if 0 <= row < self.model().rowCount():
            self.setCurrentIndex(self.model().index(row, MARK))

    def commit_pending(self) -> None:
        """Save what is being typed in a cell (before submitting, say)."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.indexWidget(self.currentIndex())
        if editor is not None:
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if self.state() != QAbstractItemView.State.EditingState:
            current = self.currentIndex()
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and current.isValid():
                self.model().setData(self.model().index(current.row(), MARK), "", Qt.ItemDataRole.EditRole)
                return
            plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)  # the keypad's Enter too
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain and current.isValid():
                self._move_on(current.row())  # the mark there stands: on to the next aspect
                return
        super().keyPressEvent(event)

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 - Qt's name
        super().closeEditor(editor, hint)
        if hint != QAbstractItemDelegate.EndEditHint.SubmitModelCache or not self.lines_model().last_commit_ok:
            return
        current = self.currentIndex()
        if current.isValid():
            self._move_on(current.row())

    def _move_on(self, row: int) -> None:
        if row + 1 < self.model().rowCount():
            self.go_to_row(row + 1)
        else:
            self.finished.emit()
