"""An event's contestants: who is entered for which team, present or not, the lot draw that
gives each an encrypted number and a workstation, and the check-in list (检录表)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.domain.people import mask_id_number
from desktop.services import competition_draw, competition_prints, competitions
from desktop.services.competitions import ContestantInput, ContestantRow
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.competitions.scheme_tab import write_printout
from desktop.ui.file_dialogs import PDF_FILTER, ask_save_path
from desktop.ui.paged_model import RowListModel
from desktop.ui.widgets import ErrorLabel, row_table, submit
from desktop.ui.trainees.finder import TraineeFinder

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY, DRAWN, STATION, NAME, ID_NUMBER, TEAM, EMPLOYER, STATUS = range(8)
_STATUSES = {
    "present": QT_TRANSLATE_NOOP("Competitions", "Present"),
    "absent": QT_TRANSLATE_NOOP("Competitions", "Absent"),
    "disqualified": QT_TRANSLATE_NOOP("Competitions", "Disqualified"),
}
_STATUS_COLOURS = {"absent": QColor("#888888"), "disqualified": QColor("#b00020")}
_DRAWN_COLOUR = QColor("#0b4f9c")


def fit_columns(table, padding: int = 20) -> None:
    """Columns as wide as their contents plus some air (contents-tight columns read cramped)."""
    table.resizeColumnsToContents()
    for column in range(table.model().columnCount()):
        table.setColumnWidth(column, table.columnWidth(column) + padding)


def contestant_status_label(status: str) -> str:
    return QCoreApplication.translate("Competitions", _STATUSES[status]) if status in _STATUSES else status


class ContestantTableModel(RowListModel):
    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 8

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: ContestantRow = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(row.entry_number), row.drawn_number or "", row.workstation or "", row.name,
                    mask_id_number(row.id_number), row.team, row.employer,
                    contestant_status_label(row.status))[column]
        if role == SORT_ROLE:
            return (row.entry_number, row.drawn_number or "", row.workstation or "", row.name, row.id_number,
                    row.team, row.employer, row.status)[column]
        if role == Qt.ItemDataRole.FontRole and column == DRAWN:
            font = QFont()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.25)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status in _STATUS_COLOURS:
                return QBrush(_STATUS_COLOURS[row.status])
            if column == DRAWN:
                return QBrush(_DRAWN_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ENTRY, DRAWN, STATION):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Entry no."), self.tr("Drawn number"), self.tr("Workstation"), self.tr("Name"),
                    self.tr("ID number"), self.tr("Team"), self.tr("Employer"), self.tr("Status"))[section]
        return None


class ContestantsTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: int | None = None
        self.event_name = ""
        self.seed: str | None = None
        self.model = ContestantTableModel(self)
        self.sorted = QSortFilterProxyModel(self)
        self.sorted.setSourceModel(self.model)
        self.sorted.setSortRole(SORT_ROLE)
        self.table = row_table("contestants", self.sorted, several=True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ENTRY, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.summary = QLabel()
        self.summary.setObjectName("contestantSummary")
        self.summary.setWordWrap(True)
        self.draw_note = QLabel()
        self.draw_note.setObjectName("drawNote")
        self.draw_note.setWordWrap(True)
        self.draw_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: dict[str, QPushButton] = {}
        entries, draw = QHBoxLayout(), QHBoxLayout()
        for bar, name, text, slot in (
                (entries, "add", self.tr("Add contestants…"), self.add),
                (entries, "present", self.tr("Mark present"), self.mark_present),
                (entries, "absent", self.tr("Mark absent"), self.mark_absent),
                (entries, "disqualified", self.tr("Mark disqualified"), self.mark_disqualified),
                (draw, "draw", self.tr("Draw lots…"), self.draw),
                (draw, "checkin", self.tr("Check-in list (PDF)…"), self.save_checkin_list)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            self.buttons[name] = button
            bar.addWidget(button)
        entries.addStretch(1)
        entries.addLayout(draw)
        layout = QVBoxLayout(self)
        layout.addLayout(entries)
        layout.addWidget(self.summary)
        layout.addWidget(self.draw_note)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.show_event(None)

    def show_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        rows, self.event_name, self.seed = [], "", None
        if event_id is not None:
            found = feedback.attempt(self, lambda: (competitions.get_event(self.ctx, event_id)[0],
                                                    competitions.list_contestants(self.ctx, event_id)))
            if found is not None:
                event, rows = found
                self.event_name, self.seed = event.name, event.draw_seed
        chosen = {row.id for row in self.selected()}
        self.model.set_rows(rows)
        fit_columns(self.table)
        self._select(chosen)
        self._describe()
        self._enable()

    def _describe(self) -> None:
        rows = self.model.rows
        if self.event_id is None:
            self.summary.clear()
            self.draw_note.clear()
            return
        counts = {status: sum(1 for r in rows if r.status == status) for status in _STATUSES}
        teams = len({r.team for r in rows if r.team})
        self.summary.setText(self.tr("%1 contestants · %2 teams · %3 absent · %4 disqualified")
                             .replace("%1", str(len(rows))).replace("%2", str(teams))
                             .replace("%3", str(counts["absent"])).replace("%4", str(counts["disqualified"])))
        if self.seed is None:
            self.draw_note.setText(self.tr("Lots not drawn yet: enter every contestant, then draw."))
            self.draw_note.setStyleSheet("color: #a15c00;")
        else:
            self.draw_note.setText(self.tr("Lots drawn with seed %1 — the same seed reproduces the same draw.")
                                   .replace("%1", self.seed))
            self.draw_note.setStyleSheet("color: #0b4f9c; font-weight: bold;")

    def selected(self) -> list[ContestantRow]:
        return [self.model.rows[self.sorted.mapToSource(index).row()]
                for index in self.table.selectionModel().selectedRows()]

    def _select(self, contestant_ids: set[int]) -> None:
        selection = self.table.selectionModel()
        for contestant_id in contestant_ids:
            number = self.model.row_of(contestant_id)
            if number is not None:
                selection.select(self.sorted.mapFromSource(self.model.index(number, 0)),
                                 QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)

    def _enable(self, *_args) -> None:
        chosen = bool(self.selected())
        for name, button in self.buttons.items():
            button.setEnabled(self.event_id is not None and (chosen or name in ("add", "draw", "checkin")))

    def add(self) -> None:
        if self.event_id is None:
            return
        teams = sorted({row.team for row in self.model.rows if row.team})
        dialog = ContestantPickerDialog(self.ctx, self.event_id, teams, self)
        dialog.exec()
        if dialog.added:
            self.show_event(self.event_id)
            self.changed.emit()

    def mark_present(self) -> None:
        self._mark("present")

    def mark_absent(self) -> None:
        self._mark("absent")

    def mark_disqualified(self) -> None:
        self._mark("disqualified")

    def _mark(self, status: str) -> None:
        changed = False
        for row in self.selected():
            if row.status == status:
                continue
            if feedback.attempt(self, lambda: competitions.set_contestant_status(self.ctx, row.id, status) or True):
                changed = True
            else:
                break
        if changed:
            self.show_event(self.event_id)
            self.changed.emit()

    def draw(self) -> None:
        event_id = self.event_id
        if event_id is None:
            return
        if self.seed is not None and not feedback.confirm(
                self, self.tr("The lots were drawn with seed %1. Draw again? Every drawn number and workstation "
                              "changes, unless you type the same seed.").replace("%1", self.seed)):
            return
        seed, ok = QInputDialog.getText(self, self.tr("Draw lots"),
                                        self.tr("Seed (e.g. the draw's date and time; leave blank for a random one):"))
        if not ok:
            return
        drawn = feedback.attempt(self, lambda: competition_draw.draw_lots(self.ctx, event_id, seed.strip() or None))
        if drawn is None:
            return
        self.show_event(event_id)
        self.table.sortByColumn(DRAWN, Qt.SortOrder.AscendingOrder)
        self.changed.emit()
        feedback.inform(self, self.tr("%1 contestants drew their numbers with seed %2. Keep the seed with the "
                                      "draw's record: drawing again with the same seed gives the same numbers and "
                                      "workstations.").replace("%1", str(len(drawn.rows))).replace("%2", drawn.seed))

    def save_checkin_list(self) -> None:
        event_id = self.event_id
        if event_id is None:
            return
        path = ask_save_path(self, self.tr("Save the check-in list"), f"{self.event_name} 检录表.pdf", PDF_FILTER)
        if path is not None and write_printout(
                self, lambda: competition_prints.save_checkin_list(self.ctx, event_id, path)):
            self.draw_note.setText(self.tr("The check-in list is saved to %1.").replace("%1", str(path)))


class ContestantPickerDialog(QDialog):
    """Find registered trainees and enter them one by one, each for a team; the service says
    when someone is entered already or a team is full."""

    def __init__(self, ctx: ServiceContext, event_id: int, teams: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.event_id = event_id
        self.added = 0
        self.setWindowTitle(self.tr("Add contestants"))
        self.finder = TraineeFinder(ctx, self.tr("Name, ID number or phone of a registered trainee"))
        self.finder.activated.connect(self.add)
        self.search, self.found = self.finder.search, self.finder.found
        self.found.setSpacing(2)
        self.team = QComboBox()
        self.team.setObjectName("team")
        self.team.setEditable(True)
        self.team.addItems(["", *teams])
        self.team.lineEdit().setPlaceholderText(self.tr("e.g. Jinjiang team (blank for none)"))
        self.employer = QLineEdit()
        self.employer.setObjectName("employer")
        self.employer.setPlaceholderText(self.tr("Blank: the trainee's own employer"))
        self.outcome = QLabel()
        self.outcome.setObjectName("result")
        self.outcome.setWordWrap(True)
        self.refusal = ErrorLabel()
        self.refusal.setObjectName("refusal")
        add = QPushButton(self.tr("Add"))
        add.setObjectName("addButton")
        add.setAutoDefault(False)
        add.clicked.connect(self.add)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        form = QFormLayout()
        form.addRow(self.tr("Team:"), self.team)
        form.addRow(self.tr("Employer:"), self.employer)
        layout = QVBoxLayout(self)
        layout.addWidget(self.finder, 1)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(self.refusal)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(560, 460)

    def add(self) -> None:
        chosen = self.finder.chosen()
        if chosen is None:
            self.refusal.clear_message()
            self.outcome.setText(self.tr("Find the trainee first; unregistered people are added on the Trainees page."))
            return
        team = self.team.currentText().strip()
        trainee_id, name = chosen
        entry = ContestantInput(trainee_id, team=team, employer=self.employer.text())
        self.outcome.clear()
        if submit({}, self.refusal, lambda: competitions.add_contestants(self.ctx, self.event_id, [entry])) is None:
            return
        self.added += 1
        self.outcome.setText((self.tr("%1 is entered for %2.") if team else self.tr("%1 is entered."))
                            .replace("%1", name).replace("%2", team))
        if team and self.team.findText(team) < 0:
            self.team.addItem(team)
        self.finder.reset()
