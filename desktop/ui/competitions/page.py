"""The Competitions page: a competition chosen above its events (赛项), and below, the chosen
event's marking scheme, contestants and whatever further tabs the builder passes in."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.services import competitions
from desktop.services.competitions import CompetitionRow, EventInput, EventRow
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.competitions.appeals_tab import AppealsTab
from desktop.ui.competitions.contestants_tab import ContestantsTab, fit_columns
from desktop.ui.competitions.event_dialog import (
    CompetitionDialog,
    EventDialog,
    level_label,
    preset_label,
    stage_label,
)
from desktop.ui.competitions.judges_dialog import JudgesDialog
from desktop.ui.competitions.marks_tab import MarksTab
from desktop.ui.competitions.panel_tab import PanelTab
from desktop.ui.competitions.paper_tab import PaperTab
from desktop.ui.competitions.results_tab import ResultsTab
from desktop.ui.competitions.scheme_tab import SchemeTab
from desktop.ui.judging.sheets_tab import SheetsTab
from desktop.ui.paged_model import RowListModel
from desktop.ui.widgets import add_buttons, row_table, select_record, selected_record

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
STAGE, NAME, OCCUPATION, PRESET, STATUS, CONTESTANTS, ASPECTS = range(7)
_STATUSES = {
    "setup": QT_TRANSLATE_NOOP("Competitions", "Setting up"),
    "drawn": QT_TRANSLATE_NOOP("Competitions", "Lots drawn"),
    "marking": QT_TRANSLATE_NOOP("Competitions", "Marking"),
    "locked": QT_TRANSLATE_NOOP("Competitions", "Marks locked"),
    "published": QT_TRANSLATE_NOOP("Competitions", "Published"),
}
_STATUS_COLOURS = {"drawn": "#0b4f9c", "marking": "#a15c00", "locked": "#6a1b9a", "published": "#1b7a2f"}
_STAGE_ORDER = {"selection": 0, "preliminary": 1, "final": 2}


def event_status_label(status: str) -> str:
    return QCoreApplication.translate("Competitions", _STATUSES[status]) if status in _STATUSES else status


class EventTableModel(RowListModel):
    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: EventRow = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (stage_label(row.stage), row.name, row.occupation, preset_label(row.preset),
                    event_status_label(row.status), str(row.contestants), str(row.aspects))[column]
        if role == SORT_ROLE:
            return (_STAGE_ORDER.get(row.stage, 9), row.name, row.occupation, row.preset, row.status,
                    row.contestants, row.aspects)[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS and row.status in _STATUS_COLOURS:
            return QBrush(QColor(_STATUS_COLOURS[row.status]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (CONTESTANTS, ASPECTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Stage"), self.tr("Event"), self.tr("Occupation"), self.tr("Scoring"),
                    self.tr("Status"), self.tr("Contestants"), self.tr("Aspects"))[section]
        return None


class CompetitionsPage(QWidget):
    def __init__(self, ctx: ServiceContext, tabs: list[tuple[str, QWidget]] | None = None):
        """`tabs`: further (title, widget) pairs shown for the chosen event after Scheme and
        Contestants; each widget has show_event(event_id | None) and a `changed` signal."""
        super().__init__()
        self.ctx = ctx
        self.competition_rows: list[CompetitionRow] = []
        self.competition = QComboBox()
        self.competition.setObjectName("competition")
        self.competition.setMinimumWidth(360)
        self.competition.currentIndexChanged.connect(self._competition_chosen)
        self.competition_info = QLabel()
        self.competition_info.setObjectName("competitionInfo")
        self.competition_info.setStyleSheet("color: #555555;")
        self.model = EventTableModel(self)
        self.table = row_table("events", self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.doubleClicked.connect(self._double_clicked)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Competition:")))
        bar.addWidget(self.competition)
        bar.addWidget(self.competition_info, 1)
        self.buttons.update(add_buttons(bar, (
            ("newCompetition", self.tr("New competition…"), self.add_competition),
            ("newEvent", self.tr("New event…"), self.add_event),
            ("editEvent", self.tr("Edit event…"), self.edit_event),
            ("judges", self.tr("Judges…"), self.edit_judges),
        )))
        self.heading = QLabel()
        self.heading.setObjectName("eventHeading")
        self.heading.setWordWrap(True)
        self.scheme = SchemeTab(ctx)
        self.contestants = ContestantsTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("eventTabs")
        self.detail_tabs: list[QWidget] = []
        for title, widget in [(self.tr("Marking scheme"), self.scheme), (self.tr("Contestants"), self.contestants),
                              *(tabs or [])]:
            self.tabs.addTab(widget, title)
            self.detail_tabs.append(widget)
            widget.changed.connect(self._detail_changed)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(bar)
        upper_layout.addWidget(self.table, 1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.heading)
        lower_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.table.selectionModel().selectionChanged.connect(self._event_chosen)
        self.model.modelReset.connect(self._event_chosen)
        self.refresh_competitions()

    # -- competitions ---------------------------------------------------------------------------

    def refresh_competitions(self, select_id: int | None = None) -> None:
        if select_id is None:
            select_id = self.competition.currentData()
        rows = feedback.attempt(self, lambda: competitions.list_competitions(self.ctx))
        if rows is None:
            return
        self.competition_rows = rows
        self.competition.blockSignals(True)
        self.competition.clear()
        for row in rows:
            # Names usually start with their year (2026年…): say the year only when they do not.
            label = row.name if row.name.startswith(str(row.year)) else f"{row.year} · {row.name}"
            self.competition.addItem(label, row.id)
        self.competition.setCurrentIndex(max(self.competition.findData(select_id), 0) if rows else -1)
        self.competition.blockSignals(False)
        self._competition_chosen()

    def competition_id(self) -> int | None:
        return self.competition.currentData()

    def _competition_chosen(self, *_args) -> None:
        competition_id = self.competition_id()
        row = next((r for r in self.competition_rows if r.id == competition_id), None)
        self.buttons["newEvent"].setEnabled(row is not None)
        self.buttons["judges"].setEnabled(row is not None)
        if row is None:
            self.competition_info.setText(self.tr("No competition yet: start with “New competition…”."))
        else:
            parts = [self.tr("%1 level").replace("%1", level_label(row.level)), row.organiser]
            self.competition_info.setText(" · ".join(p for p in parts if p))
        self.refresh_events()

    def add_competition(self) -> None:
        competition_id = CompetitionDialog.ask(self.ctx, self)
        if competition_id is not None:
            self.refresh_competitions(competition_id)

    # -- events ---------------------------------------------------------------------------------

    def refresh_events(self, select_id: int | None = None) -> None:
        if select_id is None:
            chosen = self.selected()
            select_id = chosen.id if chosen else None
        competition_id = self.competition_id()
        rows = [] if competition_id is None else feedback.attempt(
            self, lambda: competitions.list_events(self.ctx, competition_id))
        if rows is None:
            return
        self.model.set_rows(rows)
        fit_columns(self.table)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        if select_id is not None:
            self.select(select_id)
        if self.selected() is None and rows:
            self.table.selectRow(0)  # something to look at below straight away

    def select(self, event_id: int) -> None:
        select_record(self.table, event_id)

    def selected(self) -> EventRow | None:
        return selected_record(self.table)

    def _event_chosen(self, *_args) -> None:
        row = self.selected()
        self.buttons["editEvent"].setEnabled(row is not None)
        self._show_heading(row)
        for widget in self.detail_tabs:
            widget.show_event(row.id if row else None)

    def _show_heading(self, row: EventRow | None) -> None:
        if row is None:
            if self.competition_id() is None:
                self.heading.setText(self.tr("Create a competition, then add its events."))
            elif self.model.rows:
                self.heading.setText(self.tr("Choose an event above to see its marking scheme and contestants."))
            else:
                self.heading.setText(self.tr("This competition has no events yet: add one with “New event…”."))
            return
        found = feedback.attempt(self, lambda: competitions.get_event(self.ctx, row.id))
        if found is None:
            return
        _row, data = found
        parts = [f"<b>{escape(row.name, quote=False)}</b>", stage_label(row.stage), preset_label(row.preset),
                 event_status_label(row.status), self._weights_text(data)]
        if row.draw_seed:
            parts.append(self.tr("seed %1").replace("%1", escape(row.draw_seed, quote=False)))
        self.heading.setText(" · ".join(p for p in parts if p))

    def _weights_text(self, data: EventInput) -> str:
        return (self.tr("weights: theory %1, practical %2")
                .replace("%1", _decimal(data.weight_theory)).replace("%2", _decimal(data.weight_practical)))

    def _double_clicked(self, _index) -> None:
        self.edit_event()

    def _detail_changed(self) -> None:
        """One tab saved: the other tabs show the event again and its row its counts and status."""
        row = self.selected()
        if row is None:
            return
        sender = self.sender()
        for widget in self.detail_tabs:
            if widget is not sender:
                widget.show_event(row.id)
        # Every row of the competition: advancing people into another event changes its count too.
        competition_id = self.competition_id()
        for fresh in feedback.attempt(self, lambda: competitions.list_events(self.ctx, competition_id)) or []:
            self.model.update_row(fresh)
            if fresh.id == row.id:
                self._show_heading(fresh)

    def add_event(self) -> None:
        competition_id = self.competition_id()
        if competition_id is None:
            return
        event_id = EventDialog.ask(self.ctx, self, competition_id)
        if event_id is not None:
            self.refresh_events(event_id)

    def edit_judges(self) -> None:
        competition_id = self.competition.currentData()
        if competition_id is None:
            return
        dialog = JudgesDialog(self.ctx, competition_id, self)
        dialog.exec()
        if dialog.added:
            self._detail_changed()

    def edit_event(self) -> None:
        row = self.selected()
        if row is not None and EventDialog.ask(self.ctx, self, row.competition_id, row.id) is not None:
            self.refresh_events(row.id)
            self._event_chosen()


def _decimal(value) -> str:
    return f"{float(value):.4f}".rstrip("0").rstrip(".")


def build_competitions_page(ctx: ServiceContext) -> CompetitionsPage:
    """The page with every tab: scheme and contestants, then marks and results."""
    return CompetitionsPage(ctx, [(QCoreApplication.translate("CompetitionsPage", "Judges"), PanelTab(ctx)),
                                  (QCoreApplication.translate("CompetitionsPage", "Marks"), MarksTab(ctx)),
                                  (QCoreApplication.translate("CompetitionsPage", "Paper sheets"), PaperTab(ctx)),
                                  (QCoreApplication.translate("CompetitionsPage", "Judges' sheets"), SheetsTab(ctx)),
                                  (QCoreApplication.translate("CompetitionsPage", "Results"), ResultsTab(ctx)),
                                  (QCoreApplication.translate("CompetitionsPage", "Appeals"), AppealsTab(ctx))])
