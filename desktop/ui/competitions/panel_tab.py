"""An event's panel: which of the competition's judges mark it and who is its chief judge
(裁判长), and the sheets each judge will never be given because the contestant comes from the
judge's employer or team."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.services import competition_panel, competitions
from desktop.services.competition_panel import Exclusion, JudgeRecord
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.widgets import ErrorLabel, submit

ON_PANEL, CHIEF, LABEL, NAME, ACCOUNT, EMPLOYER, TEAM = range(7)
_REASONS = {"employer": QT_TRANSLATE_NOOP("PanelTab", "same employer"),
            "team": QT_TRANSLATE_NOOP("PanelTab", "same team")}


def exclusion_reason_label(reason: str) -> str:
    return QCoreApplication.translate("PanelTab", _REASONS[reason]) if reason in _REASONS else reason


class PanelTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: int | None = None
        self.judges: list[JudgeRecord] = []
        self.hint = QLabel()
        self.hint.setObjectName("panelHint")
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("panel")
        self.table.setHorizontalHeaderLabels([self.tr("On the panel"), self.tr("Chief judge"), self.tr("Label"),
                                              self.tr("Name"), self.tr("Account"), self.tr("Employer"),
                                              self.tr("Team")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(self._ticked)
        self.save_button = QPushButton(self.tr("Save the panel"))
        self.save_button.setObjectName("savePanel")
        self.save_button.clicked.connect(self.save)
        self.error = ErrorLabel()
        self.exclusions = QTableWidget(0, 3)
        self.exclusions.setObjectName("exclusions")
        self.exclusions.setHorizontalHeaderLabels([self.tr("Judge"), self.tr("Contestant"), self.tr("Reason")])
        self.exclusions.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.exclusions.verticalHeader().hide()
        self.exclusions.horizontalHeader().setStretchLastSection(True)
        bar = QHBoxLayout()
        bar.addWidget(self.save_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 2)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(self.tr("Sheets not given (the judge's employer or team is the contestant's):")))
        layout.addWidget(self.exclusions, 1)
        self.show_event(None)

    def show_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self.error.clear_message()
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.blockSignals(False)
        self.exclusions.setRowCount(0)
        self.save_button.setEnabled(False)
        if event_id is None:
            self.hint.setText("")
            return
        found = feedback.attempt(self, lambda: competitions.get_event(self.ctx, event_id))
        panel = feedback.attempt(self, lambda: competition_panel.panel_of(self.ctx, event_id))
        excluded = feedback.attempt(self, lambda: competition_panel.exclusions_of(self.ctx, event_id))
        if found is None or panel is None or excluded is None:
            return
        row = found[0]
        self.judges = feedback.attempt(
            self, lambda: competition_panel.list_judge_records(self.ctx, row.competition_id)) or []
        on_panel = {p.judge_id: p.chief for p in panel}
        self._fill(on_panel)
        self._show_exclusions(excluded)
        open_for_change = row.status not in ("published", "locked")
        self.save_button.setEnabled(open_for_change and bool(self.judges))
        if not self.judges:
            self.hint.setText(self.tr("The competition has no judges yet: add them with “Judges…” above."))
        elif not panel:
            self.hint.setText(self.tr("No panel yet: staff enter marks for any judge on the Marks tab. Tick the "
                                      "judges who mark this event and its chief judge to give each judge their "
                                      "own sheets."))
        else:
            self.hint.setText(self.tr("%1 judges on the panel. Each marks their own sheets; the chief judge "
                                      "returns sheets, locks the marks and decrypts the numbers.")
                              .replace("%1", str(len(panel))))

    def _fill(self, on_panel: dict[int, bool]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.judges))
        for row, judge in enumerate(self.judges):
            for column, ticked in ((ON_PANEL, judge.id in on_panel), (CHIEF, on_panel.get(judge.id, False))):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.table.setItem(row, column, item)
            for column, text in ((LABEL, judge.label), (NAME, judge.name), (ACCOUNT, judge.username),
                                 (EMPLOYER, judge.employer), (TEAM, judge.team)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()

    def _ticked(self, item: QTableWidgetItem) -> None:
        """One chief judge at most, and a chief judge sits on the panel."""
        if item.checkState() != Qt.CheckState.Checked:
            if item.column() == ON_PANEL:
                self._set(item.row(), CHIEF, False)
            return
        if item.column() == CHIEF:
            for row in range(self.table.rowCount()):
                if row != item.row():
                    self._set(row, CHIEF, False)
            self._set(item.row(), ON_PANEL, True)

    def _set(self, row: int, column: int, ticked: bool) -> None:
        self.table.blockSignals(True)
        self.table.item(row, column).setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.table.blockSignals(False)

    def _checked(self, row: int, column: int) -> bool:
        return self.table.item(row, column).checkState() == Qt.CheckState.Checked

    def save(self) -> None:
        if self.event_id is None:
            return
        event_id = self.event_id
        chosen = [j.id for row, j in enumerate(self.judges) if self._checked(row, ON_PANEL)]
        chief = next((j.id for row, j in enumerate(self.judges) if self._checked(row, CHIEF)), None)
        found = submit({}, self.error, lambda: competition_panel.set_panel(self.ctx, event_id, chosen, chief))
        if found is None:
            return
        self.show_event(event_id)
        self.changed.emit()

    def _show_exclusions(self, excluded: list[Exclusion]) -> None:
        self.exclusions.setRowCount(len(excluded))
        for row, found in enumerate(excluded):
            judge = f"{found.judge_label} {found.judge_name}".strip()
            for column, text in enumerate((judge, found.number, exclusion_reason_label(found.reason))):
                self.exclusions.setItem(row, column, QTableWidgetItem(text))
        self.exclusions.resizeColumnsToContents()
