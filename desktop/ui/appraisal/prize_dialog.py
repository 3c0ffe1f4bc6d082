"""Promotion by prize (以赛代评): choose a published competition event, see who the rules would
raise and to which level, then record those levels after a confirmation."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.domain.levels import LEVEL_NAMES
from desktop.services import appraisal_prizes, competitions
from desktop.services.appraisal_prizes import Promotion
from desktop.services.competitions import EventRow
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import ErrorLabel


def published_events(ctx: ServiceContext) -> list[EventRow]:
    """The events whose results are published, the newest competition first."""
    rows = [e for e in competitions.list_events(ctx) if e.status == "published"]
    return sorted(rows, key=lambda e: (-e.year, e.competition, e.name))


def event_label(row: EventRow) -> str:
    """2026年泉州市职工技能竞赛 · 焊工: the year only when the competition's name lacks it, the
    occupation only when the event's name does not say it."""
    text = row.competition if str(row.year) in row.competition else f"{row.year} {row.competition}"
    text += f" · {row.name}"
    if row.occupation and row.occupation not in row.name:
        text += f" ({row.occupation})"
    return text


class PrizeDialog(QDialog):
    def __init__(self, ctx: ServiceContext, events: list[EventRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Promote prize winners"))
        self.resize(720, 460)
        self.planned: list[Promotion] = []
        self.recorded: list[Promotion] | None = None
        self.event_choice = QComboBox()
        self.event_choice.setObjectName("eventChoice")
        for row in events:
            self.event_choice.addItem(event_label(row), row.id)
        self.event_choice.currentIndexChanged.connect(self._event_chosen)
        self.summary = QLabel()
        self.summary.setObjectName("prizeSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("promotionTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Prize"), self.tr("Level held"),
                                              self.tr("New level")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 160)
        self.table.setColumnWidth(2, 160)
        self.error = ErrorLabel()
        self.error.setObjectName("prizeDialogError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.record_button = self.buttons.addButton(self.tr("Record these levels…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.record_button.setObjectName("recordLevels")
        self.record_button.clicked.connect(self.record_levels)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Published event:")))
        top.addWidget(self.event_choice, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._event_chosen(self.event_choice.currentIndex())

    def _event_chosen(self, _index: int) -> None:
        self.error.clear_message()
        self.planned = []
        event_id = self.event_choice.currentData()
        refused = False
        if event_id is not None:
            try:
                self.planned = appraisal_prizes.preview_prize_promotions(self.ctx, event_id)
            except UserError as error:
                self.error.show_message(translate_message(error.message))
                refused = True
        self._show(self.planned)
        if refused:
            self.summary.setText(self.tr("No level can be recorded from this event."))
        elif self.planned:
            self.summary.setText(self.tr("The prize rules raise %1 people:").replace("%1", str(len(self.planned))))
        else:
            self.summary.setText(self.tr("The prize rules raise nobody in this event: every winner already holds "
                                         "the level or a higher one, or no rule covers the prize."))
        self.record_button.setEnabled(bool(self.planned))

    def _show(self, rows: list[Promotion]) -> None:
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            for column, text in enumerate((row.name, row.prize, LEVEL_NAMES[row.held] if row.held else "—",
                                           LEVEL_NAMES[row.level])):
                self.table.setItem(number, column, QTableWidgetItem(text))

    def record_levels(self) -> None:
        event_id = self.event_choice.currentData()
        question = self.tr("Record the new level of these %1 people (route: prize)? Levels recorded here are "
                           "kept in their level history.").replace("%1", str(len(self.planned)))
        if event_id is None or not feedback.confirm(self, question):
            return
        try:
            done = appraisal_prizes.apply_prize_promotions(self.ctx, event_id)
        except UserError as error:
            self.error.show_message(translate_message(error.message))
            return
        self.recorded = done
        self._show(done)
        self.summary.setText(self.tr("%1 levels were recorded.").replace("%1", str(len(done))))
        self.record_button.setEnabled(False)
        self.event_choice.setEnabled(False)

    @classmethod
    def promote(cls, ctx: ServiceContext, parent: QWidget | None = None) -> list[Promotion] | None:
        """The levels recorded, or None when nothing was; tells when no event is published."""
        events = published_events(ctx)
        if not events:
            feedback.inform(parent, QCoreApplication.translate("PrizeDialog", "No competition event has published results yet."))
            return None
        dialog = cls(ctx, events, parent)
        dialog.exec()
        return dialog.recorded
