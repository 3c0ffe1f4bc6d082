"""Judge mode: a full-screen, keyboard-first window where a judge marks their score sheets by
encrypted number only. Each mark is checked and saved the moment Enter is pressed, so nothing
typed is lost; a sheet is submitted when complete. The event's chief judge also gets the
matrix of every judge's sheets (SheetsTab)."""
from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.services import competition_sheets
from desktop.services.competition_marks import MarkInput, save_marks
from desktop.services.competition_sheets import JudgeEvent, SheetDetail, SheetLine, SheetRow
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.i18n import translate_message
from desktop.ui.judging.labels import OPEN_STATES, state_background, state_foreground, state_label
from desktop.ui.judging.sheet_pane import SheetPane
from desktop.ui.judging.sheets_tab import SheetsTab

SHEET_ID_ROLE = Qt.ItemDataRole.UserRole
CHIEF_TAB = 1


class JudgeWindow(QMainWindow):
    """`logged_out` when the judge leaves the workstation (the app asks for the next login)."""

    logged_out = Signal()
    REFRESH_MS = 10000

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.judge_events: list[JudgeEvent] = []
        self.sheet_rows: list[SheetRow] = []
        self.setWindowTitle(self.tr("Skillbase — judging"))
        self.resize(1280, 800)
        readable = QFont(self.font())
        readable.setPointSize(12)  # read at arm's length at the venue
        self.setFont(readable)

        self.event_choice = QComboBox()
        self.event_choice.setObjectName("eventChoice")
        self.event_choice.setMinimumWidth(420)
        self.event_choice.currentIndexChanged.connect(self._event_chosen)
        self.reload_button = QPushButton(self.tr("Refresh"))
        self.reload_button.setObjectName("reload")
        self.reload_button.clicked.connect(self.refresh)
        self.logout_button = QPushButton(self.tr("Log out"))
        self.logout_button.setObjectName("logout")
        self.logout_button.clicked.connect(self.log_out)
        who = QLabel(self.tr("Judge: %1").replace("%1", ctx.actor.display_name if ctx.actor else ""))
        who.setObjectName("who")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Event:")))
        top.addWidget(self.event_choice)
        top.addWidget(self.reload_button)
        top.addStretch(1)
        top.addWidget(who)
        top.addWidget(self.logout_button)

        self.sheet_list = QListWidget()
        self.sheet_list.setObjectName("sheetList")
        self.sheet_list.setMinimumWidth(240)
        self.sheet_list.setSpacing(2)
        self.sheet_list.setWordWrap(True)
        self.sheet_list.currentItemChanged.connect(self._sheet_chosen)
        self.pane = SheetPane()
        self.pane.lines.saver = self._save_mark
        self.pane.submit_requested.connect(self.submit_current)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sheet_list)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([260, 1000])

        self.tabs = QTabWidget()
        self.tabs.setObjectName("judgeTabs")
        self.tabs.addTab(splitter, self.tr("My sheets"))
        self.chief_tab = SheetsTab(ctx)
        self.chief_tab.changed.connect(self.refresh)
        self.tabs.addTab(self.chief_tab, self.tr("Chief judge"))
        self.tabs.setTabVisible(CHIEF_TAB, False)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.progress = QLabel()
        self.progress.setObjectName("progress")
        self.statusBar().addWidget(self.progress, 1)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.submit_current)
        self.timer = QTimer(self)
        self.timer.setInterval(self.REFRESH_MS)
        self.timer.timeout.connect(self.refresh_quietly)
        self.load_events()

    @property
    def detail(self) -> SheetDetail | None:
        """The open sheet."""
        return self.pane.detail

    # -- events ---------------------------------------------------------------------------------

    def load_events(self) -> None:
        chosen = self.event_choice.currentData()
        self.judge_events = feedback.attempt(self, lambda: competition_sheets.my_events(self.ctx)) or []
        self.event_choice.blockSignals(True)
        self.event_choice.clear()
        if not self.judge_events:
            self.event_choice.addItem(self.tr("No event to mark"), None)
        elif len(self.judge_events) > 1:
            self.event_choice.addItem(self.tr("Choose your event…"), None)
        for item in self.judge_events:
            self.event_choice.addItem(self._event_text(item), item.event_id)
        # The one event is chosen; with several, the one chosen before or "Choose your event…".
        self.event_choice.setCurrentIndex(max(self.event_choice.findData(chosen), 0))
        self.event_choice.blockSignals(False)
        self._event_chosen()

    def _event_text(self, item: JudgeEvent) -> str:
        role = self.tr("%1, chief judge").replace("%1", item.judge_label) if item.chief else item.judge_label
        text = f"{item.competition} · {item.event} ({role})"
        return text + " — " + self.tr("marks locked") if item.locked else text

    def choose_event(self, event_id: int) -> None:
        self.event_choice.setCurrentIndex(max(self.event_choice.findData(event_id), 0))

    def current_event(self) -> JudgeEvent | None:
        event_id = self.event_choice.currentData()
        return next((e for e in self.judge_events if e.event_id == event_id), None)

    def _event_chosen(self, *_args) -> None:
        chosen = self.current_event()
        chief = chosen is not None and chosen.chief
        self.tabs.setTabVisible(CHIEF_TAB, chief)
        self.chief_tab.show_event(chosen.event_id if chief else None)
        self.load_sheets(select_next=True)

    # -- the judge's sheets -----------------------------------------------------------------------

    def load_sheets(self, select_next: bool = False) -> None:
        """The list again; the open sheet stays chosen unless `select_next` (the next one to mark)."""
        chosen = self.current_event()
        rows: list[SheetRow] = []
        if chosen is not None:
            rows = feedback.attempt(
                self, lambda: competition_sheets.my_sheets(self.ctx, chosen.event_id, chosen.judge_id)) or []
        self._fill_list(rows)
        current_id = self.detail.row.id if self.detail is not None else None
        if select_next or current_id not in {r.id for r in rows}:
            self.select_sheet(next((r.id for r in rows if r.state in OPEN_STATES), rows[0].id if rows else None))
        else:
            self._select_item(current_id)

    def _fill_list(self, rows: list[SheetRow]) -> None:
        self.sheet_rows = rows
        self.sheet_list.blockSignals(True)
        self.sheet_list.clear()
        big = QFont(self.sheet_list.font())
        big.setPointSize(14)
        for row in rows:
            item = QListWidgetItem()
            item.setData(SHEET_ID_ROLE, row.id)
            item.setFont(big)
            self._show_row(item, row)
            self.sheet_list.addItem(item)
        self.sheet_list.blockSignals(False)
        self._show_progress()

    def _show_row(self, item: QListWidgetItem, row: SheetRow) -> None:
        lines = [self.tr("No. %1").replace("%1", row.number),
                 state_label(row.state, mode=row.mode) + "  " + self.tr("%1/%2 marked")
                 .replace("%1", str(row.marked)).replace("%2", str(row.aspects))]
        if row.state == "returned" and row.return_reason:
            lines.append(self.tr("Reason: %1").replace("%1", row.return_reason))
        item.setText("\n".join(lines))
        item.setToolTip(row.return_reason)
        item.setForeground(QBrush(state_foreground(row.state)))
        item.setBackground(QBrush(state_background(row.state)))

    def _update_row(self, row: SheetRow) -> None:
        """One list entry as the service now has it (after a save), without rebuilding the list."""
        self.sheet_rows = [row if r.id == row.id else r for r in self.sheet_rows]
        for number in range(self.sheet_list.count()):
            item = self.sheet_list.item(number)
            if item.data(SHEET_ID_ROLE) == row.id:
                self._show_row(item, row)
        self._show_progress()

    def _show_progress(self) -> None:
        rows = self.sheet_rows
        marked = sum(1 for r in rows if r.state == "submitted" or (r.aspects and r.marked == r.aspects))
        submitted = sum(1 for r in rows if r.state == "submitted")
        self.progress.setText(self.tr("Marked %1 of %2 sheets · %3 submitted").replace("%1", str(marked))
                              .replace("%2", str(len(rows))).replace("%3", str(submitted)))

    def select_sheet(self, sheet_id: int | None) -> None:
        """Open this sheet (None: none) and show it chosen in the list."""
        self._select_item(sheet_id)
        self._open(sheet_id)

    def _select_item(self, sheet_id: int | None) -> None:
        self.sheet_list.blockSignals(True)
        self.sheet_list.setCurrentRow(-1)
        for number in range(self.sheet_list.count()):
            if self.sheet_list.item(number).data(SHEET_ID_ROLE) == sheet_id:
                self.sheet_list.setCurrentRow(number)
        self.sheet_list.blockSignals(False)

    def _sheet_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        self._open(item.data(SHEET_ID_ROLE) if item is not None else None)

    def _open(self, sheet_id: int | None, keep_problem: bool = False) -> None:
        detail = None
        if sheet_id is not None:
            detail = feedback.attempt(self, lambda: competition_sheets.open_sheet(self.ctx, sheet_id))
        chosen = self.current_event()
        if chosen is None:
            empty = self.tr("Choose your event above.")
        else:
            empty = self.tr("You have no sheets to mark in this event.")
        self.pane.show_sheet(detail, chosen is not None and chosen.locked, empty, keep_problem)

    # -- marking --------------------------------------------------------------------------------

    def _save_mark(self, line: SheetLine, value: Fraction | None) -> bool:
        """Save one mark at once (refused if another workstation changed it since it was shown)."""
        detail = self.detail
        if detail is None or not detail.editable:
            return False
        mark = MarkInput(detail.row.contestant_id, line.aspect_id, detail.judge_id, value, seen=line.value)
        try:
            save_marks(self.ctx, detail.event_id, [mark], source="judge")
            fresh = competition_sheets.open_sheet(self.ctx, detail.row.id)
        except UserError as error:
            self.pane.show_problem(translate_message(error.message))
            QTimer.singleShot(0, self._reopen)  # what is stored now, once the editor has closed
            return False
        if not self.pane.show_saved(fresh):
            QTimer.singleShot(0, self._reopen)
        self._update_row(fresh.row)
        return True

    def _reopen(self) -> None:
        """The open sheet as stored now, the cursor where it was and a refusal still readable."""
        if self.detail is not None:
            row = self.pane.table.currentIndex().row()
            self._open(self.detail.row.id, keep_problem=True)
            self.pane.table.go_to_row(row)

    def submit_current(self) -> None:
        if self.detail is None or not self.detail.editable:
            return
        self.pane.table.commit_pending()  # a mark still being typed is saved first
        detail = self.detail
        if not detail.editable or not feedback.confirm(self, self.tr(
                "Submit the sheet of No. %1? It cannot be changed afterwards unless the chief judge returns it.")
                .replace("%1", detail.row.number)):
            return
        try:
            competition_sheets.submit_sheet(self.ctx, detail.row.id, detail.row.version)
        except UserError as error:
            self.pane.show_problem(translate_message(error.message))
            return
        self.load_sheets()
        self.select_sheet(self._next_open_after(detail.row.id))

    def _next_open_after(self, sheet_id: int) -> int:
        """The next sheet still to mark, after this one in number order, else from the start;
        this sheet itself when none is left."""
        ids = [r.id for r in self.sheet_rows]
        start = ids.index(sheet_id) + 1 if sheet_id in ids else 0
        ordered = self.sheet_rows[start:] + self.sheet_rows[:start]
        return next((r.id for r in ordered if r.state in OPEN_STATES), sheet_id)

    # -- refreshing and leaving -------------------------------------------------------------------

    def refresh(self) -> None:
        """The events and sheets again (the chief may have returned a sheet or locked the marks);
        the open sheet stays open."""
        chosen = self.current_event()
        found = feedback.attempt(self, lambda: competition_sheets.my_events(self.ctx))
        if found is None:
            return
        if chosen is None or [(e.event_id, e.locked, e.chief) for e in found] != \
                [(e.event_id, e.locked, e.chief) for e in self.judge_events]:
            self.load_events()
            return
        self.load_sheets()
        if not self.pane.is_editing():
            self._reopen_if_changed()

    def refresh_quietly(self) -> None:
        """The live refresh of the list: states change when the chief returns a sheet."""
        chosen = self.current_event()
        if chosen is None or not self.isVisible() or self.pane.is_editing():
            return
        try:
            rows = competition_sheets.my_sheets(self.ctx, chosen.event_id, chosen.judge_id)
        except UserError:
            return  # the next refresh tries again; the judge's own actions say what is wrong
        if rows == self.sheet_rows:
            return
        self._fill_list(rows)
        self._select_item(self.detail.row.id if self.detail is not None else None)
        self._reopen_if_changed()

    def _reopen_if_changed(self) -> None:
        if self.detail is None:
            return
        row = next((r for r in self.sheet_rows if r.id == self.detail.row.id), None)
        if row is not None and row.version != self.detail.row.version:
            self._reopen()

    def log_out(self) -> None:
        self.pane.table.commit_pending()
        self.logged_out.emit()
        self.close()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().hideEvent(event)
        self.timer.stop()
