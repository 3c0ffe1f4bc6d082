"""The open score sheet in the judge window: the contestant's encrypted number and the sheet's
state, why it is read-only or why it came back, the lines to mark, the judgement levels of the
current aspect, what was refused, and the Submit button. Saving and submitting are the
window's: the pane only shows."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.competition_sheets import SheetDetail
from desktop.ui.judging.labels import chip_style, state_label
from desktop.ui.judging.sheet_model import ALLOWED, ASPECT, CODE, MARK, SAVED, JudgeSheetView, SheetLinesModel, levels_text
from desktop.ui.widgets import ErrorLabel

_NOTICE_STYLES = {
    "returned": "background: #fde7e9; color: #8c0016; border: 2px solid #b00020; border-radius: 6px;"
                " padding: 10px; font-size: 14pt; font-weight: bold;",
    "read_only": "background: #f1f3f4; color: #3c4043; border: 1px solid #9aa0a6; border-radius: 6px;"
                 " padding: 8px; font-size: 12pt;",
}


class SheetPane(QWidget):
    submit_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.detail: SheetDetail | None = None
        self.sheet_title = QLabel()
        self.sheet_title.setObjectName("sheetTitle")
        self.sheet_title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.sheet_state = QLabel()
        self.sheet_state.setObjectName("sheetState")
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.lines = SheetLinesModel(self)
        self.lines.refused.connect(self.show_problem)
        self.table = JudgeSheetView(self.lines)
        self.table.setObjectName("sheetTable")
        larger = QFont(self.table.font())
        larger.setPointSize(14)
        self.table.setFont(larger)
        header = self.table.horizontalHeader()
        for column, mode in ((CODE, QHeaderView.ResizeMode.ResizeToContents),
                             (ASPECT, QHeaderView.ResizeMode.Stretch),
                             (ALLOWED, QHeaderView.ResizeMode.ResizeToContents),
                             (MARK, QHeaderView.ResizeMode.Fixed),
                             (SAVED, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(MARK, 120)
        self.table.verticalHeader().setDefaultSectionSize(48)
        self.table.finished.connect(self._filled_in)
        self.table.selectionModel().currentChanged.connect(self._line_chosen)
        self.levels = QLabel()
        self.levels.setObjectName("levels")
        self.levels.setWordWrap(True)
        self.levels.setStyleSheet("background: #f8f9fa; border: 1px solid #dadce0; padding: 8px; font-size: 13pt;")
        self.levels.hide()
        self.problem = ErrorLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b00020; font-size: 13pt; font-weight: bold;")
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6368; font-size: 12pt;")
        self.reset_hint()
        self.submit_button = QPushButton(self.tr("Submit sheet"))
        self.submit_button.setObjectName("submit")
        self.submit_button.setToolTip(self.tr("Ctrl+Enter"))
        self.submit_button.setStyleSheet("font-size: 14pt; font-weight: bold; padding: 10px 28px;")
        self.submit_button.clicked.connect(self.submit_requested)

        heading = QHBoxLayout()
        heading.addWidget(self.sheet_title)
        heading.addWidget(self.sheet_state)
        heading.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignRight)  # its own size, hint shown or not
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.levels)
        layout.addWidget(self.problem)
        layout.addLayout(bottom)

    def show_sheet(self, detail: SheetDetail | None, locked: bool = False, empty_text: str = "",
                   keep_problem: bool = False) -> None:
        """A sheet as just opened, the cursor on its first empty aspect; None shows `empty_text`."""
        if not keep_problem:
            self.problem.clear_message()
        self.reset_hint()
        self.detail = detail
        self.lines.load(detail.lines if detail else [], detail is not None and detail.editable)
        self._show_state(locked, empty_text)
        if detail is not None and detail.lines:
            self.table.go_to_row(self.lines.first_unmarked_row())
            if detail.editable:
                self.table.setFocus()

    def show_saved(self, fresh: SheetDetail) -> bool:
        """The sheet as stored after a save, the cursor left alone; False when its lines changed
        and it must be opened again."""
        previous, self.detail = self.detail, fresh
        self.problem.clear_message()
        if previous is None or fresh.row.state != previous.row.state:
            self._show_state()
        return self.lines.update_values(fresh.lines)

    def _show_state(self, locked: bool = False, empty_text: str = "") -> None:
        detail = self.detail
        if detail is None:
            self.sheet_title.setText("")
            self.sheet_state.hide()
            self._show_notice("read_only", empty_text)
            self.submit_button.setEnabled(False)
            self.hint.hide()
            self._line_chosen()
            return
        row = detail.row
        self.sheet_title.setText(self.tr("Contestant No. %1").replace("%1", row.number))
        self.sheet_state.setText(state_label(row.state, mode=row.mode))
        self.sheet_state.setStyleSheet(chip_style(row.state))
        self.sheet_state.show()
        self.submit_button.setEnabled(detail.editable)
        self.hint.setVisible(detail.editable)
        if row.state == "returned" and detail.editable:
            self._show_notice("returned", self.tr("Returned by the chief judge: %1").replace(
                "%1", row.return_reason or self.tr("no reason given")))
        elif detail.editable:
            self.notice.hide()
        else:
            self._show_notice("read_only", self._read_only_reason(detail, locked))
        self._line_chosen()

    def _read_only_reason(self, detail: SheetDetail, locked: bool) -> str:
        if detail.row.mode == "paper":
            return self.tr("This sheet is marked on paper: the recorders type it in, nothing is entered here.")
        if detail.row.state == "submitted":
            return self.tr("Submitted: this sheet is read-only. The chief judge can return it to you if "
                           "something must change.")
        if locked:
            return self.tr("The chief judge has locked the marks: nothing changes any more.")
        return self.tr("This sheet cannot be changed now.")

    def _show_notice(self, kind: str, text: str) -> None:
        self.notice.setStyleSheet(_NOTICE_STYLES[kind])
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _line_chosen(self, *_args) -> None:
        index = self.table.currentIndex()
        line = self.lines.lines[index.row()] if index.isValid() and index.row() < len(self.lines.lines) else None
        text = levels_text(line) if line is not None else ""
        self.levels.setText(self.tr("Levels for %1:").replace("%1", line.code) + "\n" + text if text else "")
        self.levels.setVisible(bool(text))

    def _filled_in(self) -> None:
        """Enter past the last aspect: when every one is marked, on to submitting."""
        if self.detail is not None and self.detail.editable and self.lines.all_marked():
            self.problem.clear_message()
            self.hint.setText(self.tr("Every aspect is marked: check the sheet, then press Ctrl+Enter or "
                                      "“Submit sheet”."))
            self.submit_button.setFocus()

    def show_problem(self, text: str) -> None:
        self.problem.show_message(text)

    def reset_hint(self) -> None:
        self.hint.setText(self.tr("Type a mark and press Enter: it is saved at once and the cursor moves to the "
                                  "next aspect. Delete clears a mark. Ctrl+Enter submits the sheet."))

    def is_editing(self) -> bool:
        return self.table.state() == QAbstractItemView.State.EditingState
