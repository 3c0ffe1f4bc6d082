"""The chief judge's (裁判长) live view of an event: every panel judge's sheet for every contestant
with its state, the aspects judges are too far apart on, and the chief's actions — return a
submitted sheet with a reason, lock the marks, then decrypt the numbers to names."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.services import competition_results, competition_sheets
from desktop.services.competition_results import SpreadsToAccept
from desktop.services.competition_sheets import Matrix, MatrixCell
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.i18n import translate_message
from desktop.ui.judging.labels import contestant_status_label, state_background, state_foreground, state_label
from desktop.ui.widgets import add_buttons

NUMBER, NAME, STATUS = range(3)  # then one column per panel judge, then the spread flags
_FIRST_JUDGE = 3
_FLAG_COLOUR = QColor("#b00020")
_GONE_COLOUR = QColor("#9aa0a6")


class MatrixModel(QAbstractTableModel):
    """Rows: contestants by encrypted number; columns: number, name, status, the judges, flags."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.matrix: Matrix | None = None

    def load(self, matrix: Matrix | None) -> None:
        """A new matrix of the same shape updates the cells in place (selection kept)."""
        if matrix is not None and self.matrix is not None and self._shape(matrix) == self._shape(self.matrix):
            self.matrix = matrix
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    @staticmethod
    def _shape(matrix: Matrix) -> tuple:
        return (matrix.event_id, [j[0] for j in matrix.judges], [c.id for c in matrix.contestants])

    def judge_column(self, column: int) -> tuple[int, str, str, bool] | None:
        if self.matrix is None or not _FIRST_JUDGE <= column < _FIRST_JUDGE + len(self.matrix.judges):
            return None
        return self.matrix.judges[column - _FIRST_JUDGE]

    def cell_at(self, index: QModelIndex) -> MatrixCell | None:
        judge = self.judge_column(index.column()) if index.isValid() else None
        if judge is None:
            return None
        return self.matrix.cells.get((judge[0], self.matrix.contestants[index.row()].id))

    def flags_column(self) -> int:
        return _FIRST_JUDGE + (len(self.matrix.judges) if self.matrix else 0)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.contestants)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else self.flags_column() + 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.matrix is None:
            return None
        person, column = self.matrix.contestants[index.row()], index.column()
        present = person.status == "present"
        if column >= _FIRST_JUDGE and column != self.flags_column():
            return self._cell_data(self.cell_at(index), present, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NUMBER:
                return person.number
            if column == NAME:
                return person.name
            if column == STATUS:
                return contestant_status_label(person.status)
            return "、".join(person.flags)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.flags_column():
                return QBrush(_FLAG_COLOUR)
            if not present:
                return QBrush(_GONE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.flags_column() and person.flags:
            return self.tr("The judges' marks for these aspects are too far apart: look at them again.")
        if role == Qt.ItemDataRole.FontRole and column == NUMBER:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _cell_data(self, cell: MatrixCell | None, present: bool, role: int):
        if cell is None or not present:  # absent or disqualified: nobody marks them
            if role == Qt.ItemDataRole.DisplayRole:
                return "—"
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(_GONE_COLOUR)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return state_label(cell.state, cell.excluded_reason, cell.mode)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(state_foreground(cell.state))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(state_background(cell.state))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and cell.state == "returned" and cell.return_reason:
            return self.tr("Returned: %1").replace("%1", cell.return_reason)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or self.matrix is None:
            return None
        judge = self.judge_column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if judge is not None:
                _id, label, name, chief = judge
                return "\n".join(part for part in (label + (" ★" if chief else ""), name) if part)
            if section == self.flags_column():
                return self.tr("Judges far apart on")
            return (self.tr("No."), self.tr("Name"), self.tr("Status"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and judge is not None and judge[3]:
            return self.tr("Chief judge")
        return None


class ReturnSheetDialog(QDialog):
    """Asks why a submitted sheet goes back to its judge; the reason is required."""

    def __init__(self, judge_label: str, number: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Return sheet"))
        intro = QLabel(self.tr("Return judge %1's sheet for No. %2. The judge sees this reason and marks "
                               "the sheet again.").replace("%1", judge_label).replace("%2", number))
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Why it goes back, e.g. P1 looks too low: check it again."))
        self.reason.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Return sheet"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._reason_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self._reason_changed()
        self.resize(460, 220)

    def _reason_changed(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason.toPlainText().strip()))

    @classmethod
    def ask(cls, judge_label: str, number: str, parent: QWidget | None = None) -> str | None:
        dialog = cls(judge_label, number, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason.toPlainText().strip()


class SheetsTab(QWidget):
    """Embeddable: show_event(event_id | None), and `changed` after any action."""

    changed = Signal()
    REFRESH_MS = 5000

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: int | None = None
        self.model = MatrixModel(self)
        self.table = QTableView()
        self.table.setObjectName("sheetMatrix")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.return_selected)
        self.summary = QLabel()
        self.summary.setObjectName("matrixSummary")
        self.summary.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("matrixNote")
        self.note.setWordWrap(True)
        grey = self.note.palette()
        grey.setColor(QPalette.ColorRole.WindowText, QColor("#5f6368"))
        self.note.setPalette(grey)  # a palette, not a style sheet: the font follows the host's
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        self.buttons.update(add_buttons(bar, (
            ("refresh", self.tr("Refresh"), self.refresh),
            ("return", self.tr("Return sheet…"), self.return_selected),
            ("lock", self.tr("Lock marks…"), self.lock),
            ("decrypt", self.tr("Decrypt numbers…"), self.decrypt_numbers),
            ("publish", self.tr("Publish results…"), self.publish),
        )))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(self.REFRESH_MS)
        self.timer.timeout.connect(self.refresh_quietly)
        self.show_event(None)

    # -- loading --------------------------------------------------------------------------------

    def show_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self.model.load(None)
        self.refresh()

    def refresh(self) -> None:
        """Load the matrix again; a refusal is shown as a message."""
        if self.event_id is None:
            self._show(None)
            return
        event_id = self.event_id
        found = feedback.attempt(self, lambda: competition_sheets.matrix(self.ctx, event_id))
        self._show(found)

    def refresh_quietly(self) -> None:
        """The live refresh: a problem goes in the note, never in a message box every few seconds."""
        if self.event_id is None or not self.isVisible():
            return
        try:
            found = competition_sheets.matrix(self.ctx, self.event_id)
        except UserError as error:
            self.note.setText(translate_message(error.message))
            return
        self._show(found)

    def _show(self, matrix: Matrix | None) -> None:
        self.model.load(matrix)
        self.table.setColumnHidden(NAME, matrix is None or matrix.decrypted_at is None)
        self.summary.setText(self._summary_text(matrix))
        if matrix is None:
            self.note.setText(self.tr("Choose an event to see its judges' sheets."))
        elif not matrix.may_control:
            self.note.setText(self.tr("Only the event's chief judge returns sheets, locks the marks and "
                                      "decrypts the numbers."))
        elif matrix.locked_at is None:
            self.note.setText(self.tr("Double-click a submitted sheet to return it. Lock the marks once every "
                                      "judge has submitted."))
        elif matrix.decrypted_at is None:
            self.note.setText(self.tr("The marks are locked. Decrypt the numbers to see who is behind them."))
        else:
            self.note.setText("")
        self._update_buttons()

    def _summary_text(self, matrix: Matrix | None) -> str:
        if matrix is None:
            return ""
        present = {c.id for c in matrix.contestants if c.status == "present"}
        cells = [cell for (_judge, person), cell in matrix.cells.items()
                 if person in present and cell.state != "excluded"]
        submitted = sum(1 for cell in cells if cell.state == "submitted")
        text = self.tr("%1: %2 of %3 sheets submitted").replace("%1", matrix.event) \
            .replace("%2", str(submitted)).replace("%3", str(len(cells)))
        returned = sum(1 for cell in cells if cell.state == "returned")
        if returned:
            text += " · " + self.tr("%1 returned").replace("%1", str(returned))
        if matrix.decrypted_at is not None:
            text += " · " + self.tr("marks locked, numbers decrypted")
        elif matrix.locked_at is not None:
            text += " · " + self.tr("marks locked")
        return text

    def _update_buttons(self, *_args) -> None:
        matrix = self.model.matrix
        control = matrix is not None and matrix.may_control and not matrix.published
        cell = self.model.cell_at(self.table.currentIndex())
        self.buttons["refresh"].setEnabled(matrix is not None)
        self.buttons["return"].setEnabled(control and matrix.locked_at is None
                                          and cell is not None and cell.state == "submitted")
        self.buttons["lock"].setEnabled(control and matrix.locked_at is None)
        self.buttons["decrypt"].setEnabled(control and matrix.locked_at is not None and matrix.decrypted_at is None)
        self.buttons["publish"].setEnabled(control and matrix.decrypted_at is not None)

    # -- the chief's actions --------------------------------------------------------------------

    def return_selected(self, *_args) -> None:
        index = self.table.currentIndex()
        cell = self.model.cell_at(index)
        if not self.buttons["return"].isEnabled() or cell is None:
            return
        judge = self.model.judge_column(index.column())
        number = self.model.matrix.contestants[index.row()].number
        reason = ReturnSheetDialog.ask(judge[1], number, self)
        if reason is None:
            return
        self._run(competition_sheets.return_sheet, cell.sheet_id, reason)

    def lock(self) -> None:
        matrix = self.model.matrix
        if matrix is None or not feedback.confirm(self, self.tr(
                "Lock the marks of %1? No mark changes after this; then the numbers can be decrypted.")
                .replace("%1", matrix.event)):
            return
        self._run(competition_sheets.lock_marks, matrix.event_id)

    def decrypt_numbers(self) -> None:
        matrix = self.model.matrix
        if matrix is None or not feedback.confirm(self, self.tr(
                "Decrypt the numbers of %1? Everyone's name then shows next to their number.")
                .replace("%1", matrix.event)):
            return
        self._run(competition_sheets.decrypt, matrix.event_id)

    def publish(self) -> None:
        """Publish the locked, decrypted results; marks the judges are far apart on are published
        only when the chief judge accepts them."""
        matrix = self.model.matrix
        if matrix is None or not feedback.confirm(self, self.tr(
                "Publish the results of %1? They are final once published; appeals follow.").replace("%1", matrix.event)):
            return
        try:
            competition_results.publish(self.ctx, matrix.event_id)
        except SpreadsToAccept as spread:
            question = translate_message(spread.message) + "\n\n" + self.tr(
                "Accept these marks as the chief judge and publish?")
            if not feedback.confirm(self, question):
                return
            self._run(lambda ctx, event_id: competition_results.publish(ctx, event_id, accept_spreads=True),
                      matrix.event_id)
            return
        except UserError as error:
            feedback.show_user_error(self, error)
            self.refresh()
            return
        self.refresh()
        self.changed.emit()

    def _run(self, action, *args) -> None:
        """One service action, then the matrix as it now stands (also after a refusal: another
        workstation may have changed it)."""
        try:
            action(self.ctx, *args)
        except UserError as error:
            feedback.show_user_error(self, error)
            self.refresh()
            return
        self.refresh()
        self.changed.emit()

    # -- live while shown -----------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().hideEvent(event)
        self.timer.stop()
