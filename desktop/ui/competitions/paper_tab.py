"""Judges who mark on paper, and typing their sheets in twice (双人双录): per judge the paper
switch and the blank sheets to print; a sheet code box (scan the QR code or type the code,
then Enter) that opens the sheet for the one logged in to type their round; and every paper
sheet's state. A sheet counts once two different recorders have typed the same marks."""
from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services import paper_sheets
from desktop.services.context import ServiceContext
from desktop.services.paper_sheets import PaperSheetView, PaperStatusRow, RoundResult
from desktop.ui import feedback
from desktop.ui.competitions.marks_tab import MarkSheetView, mark_text, parse_mark
from desktop.ui.file_dialogs import PDF_FILTER, ask_save_path
from desktop.ui.paged_model import RowListModel
from desktop.ui.widgets import row_table

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_MISMATCH = QColor("#fde2b8")
_WRONG = QColor("#f8d0d0")
_AGREED = QColor("#1b7a2f")
_ATTENTION = QColor("#a15c00")
_DIFFERS = QColor("#b00020")
_OUTCOME_COLOURS = {paper_sheets.AGREED: "#1b7a2f", paper_sheets.MISMATCH: "#b00020", paper_sheets.BLANK: "#a15c00"}


class RoundModel(QAbstractTableModel):
    """One sheet's judged aspects and the values the one logged in types for their round;
    where the two rounds differ, the other round's value beside it, highlighted."""

    CODE, TEXT, RANGE, VALUE, OTHER = range(5)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.sheet: PaperSheetView | None = None
        self.texts: list[str] = []
        self.others: dict[int, Fraction | None] = {}  # aspect id → the other round's differing value

    def load(self, sheet: PaperSheetView | None) -> None:
        self.beginResetModel()
        self.sheet = sheet
        self.texts, self.others = [], {}
        if sheet is not None:
            own = sheet.rounds.get(sheet.your_round) if sheet.your_round else None
            values = own.values if own is not None and own.values is not None else {}
            self.texts = [mark_text(values.get(a.aspect_id)) for a in sheet.aspects]
            self.others = {m.aspect_id: m.first if sheet.your_round == 2 else m.second for m in sheet.mismatches}
        self.endResetModel()

    def values(self) -> dict[int, Fraction | None]:
        """The typed values by aspect id; ValueError naming the first aspect that holds no number."""
        typed = {}
        for aspect, text in zip(self.sheet.aspects, self.texts):
            try:
                typed[aspect.aspect_id] = parse_mark(text)
            except (ValueError, ZeroDivisionError):
                raise ValueError(aspect.code) from None
        return typed

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.sheet is None else len(self.sheet.aspects)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.VALUE and self.sheet is not None and self.sheet.editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.sheet is None:
            return None
        aspect, column = self.sheet.aspects[index.row()], index.column()
        differs = aspect.aspect_id in self.others
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.OTHER:
                return mark_text(self.others[aspect.aspect_id]) or "—" if differs else ""
            return (aspect.code, aspect.text, self.range_text(aspect), self.texts[index.row()], "")[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.TEXT:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column in (self.VALUE, self.OTHER):
            if column == self.VALUE and not _is_number(self.texts[index.row()]):
                return QBrush(_WRONG)
            if differs:
                return QBrush(_MISMATCH)
        return None

    def range_text(self, aspect) -> str:
        return self.tr("0–%1, step %2").replace("%1", mark_text(aspect.maximum)).replace("%2", mark_text(aspect.step))

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        self.texts[index.row()] = str(value).strip()
        self.dataChanged.emit(index, index)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        mine = self.sheet.your_round if self.sheet is not None and self.sheet.your_round else 1
        if section == self.VALUE:
            return self.tr("Round %1 (yours)").replace("%1", str(mine))
        if section == self.OTHER:
            return self.tr("Round %1 differs").replace("%1", str(3 - mine))
        return (self.tr("Aspect"), self.tr("Description"), self.tr("Range"))[section]


class RoundView(MarkSheetView):
    """Enter moves down; after the last aspect it hands on to the Save round button."""

    finished = Signal()

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 - Qt's name
        last = self.currentIndex().row() + 1 >= self.model().rowCount()
        super().closeEditor(editor, hint)
        if last and hint in (QAbstractItemDelegate.EndEditHint.SubmitModelCache,
                             QAbstractItemDelegate.EndEditHint.NoHint):
            self.finished.emit()


class PaperStatusModel(RowListModel):
    JUDGE, NUMBER, CODE, FIRST, SECOND, OUTCOME = range(6)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: PaperStatusRow = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.judge_label, row.number, row.code, row.first_by or "—", row.second_by or "—",
                    self.outcome_text(row))[column]
        if role == SORT_ROLE:
            return (row.judge_label, row.number, row.id, row.first_by, row.second_by, row.outcome)[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.OUTCOME and row.outcome in _OUTCOME_COLOURS:
            return QBrush(QColor(_OUTCOME_COLOURS[row.outcome]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NUMBER, self.CODE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def outcome_text(self, row: PaperStatusRow) -> str:
        if row.agreed:
            return self.tr("Agreed — counted")
        if row.outcome == paper_sheets.MISMATCH:
            return self.tr("Mismatch on %1").replace("%1", ", ".join(row.mismatches))
        if row.outcome == paper_sheets.BLANK:
            return self.tr("Left blank on paper")
        if row.outcome == paper_sheets.WAITING:
            return self.tr("Waiting for round %1").replace("%1", "2" if row.first_by else "1")
        if row.state == "returned":
            return self.tr("Returned: type it again")
        return self.tr("Not typed yet")

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Judge"), self.tr("Number"), self.tr("Sheet code"), self.tr("Round 1 by"),
                    self.tr("Round 2 by"), self.tr("State"))[section]
        return None


class PaperTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: int | None = None
        self.judges_box = QGroupBox(self.tr("Judges marking on paper"))
        self.judges_grid = QGridLayout(self.judges_box)
        self.judge_widgets: dict[int, tuple[QCheckBox, QLabel, QPushButton]] = {}
        self.judge_labels: dict[int, str] = {}
        self.print_all = QPushButton(self.tr("Print every paper judge's sheets…"))
        self.print_all.setObjectName("printAll")
        self.print_all.clicked.connect(self.print_every_sheet)

        self.code = QLineEdit()
        self.code.setObjectName("sheetCode")
        self.code.setPlaceholderText(self.tr("Scan the QR code or type the code, e.g. S-127-08, then Enter"))
        self.code.returnPressed.connect(self.open_sheet)
        open_button = QPushButton(self.tr("Open"))
        open_button.setObjectName("openSheet")
        open_button.clicked.connect(self.open_sheet)
        self.heading = QLabel()
        self.heading.setObjectName("sheetHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: 600;")
        self.round_model = RoundModel(self)
        self.grid = RoundView()
        self.grid.setObjectName("roundGrid")
        self.grid.setModel(self.round_model)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.grid.verticalHeader().hide()
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RoundModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.save_button = QPushButton(self.tr("Save round"))
        self.save_button.setObjectName("saveRound")
        self.save_button.setAutoDefault(True)  # Enter on the focused button saves, as in a dialog
        self.save_button.clicked.connect(self.save_round)
        self.grid.finished.connect(self.save_button.setFocus)
        self.status = QLabel()
        self.status.setObjectName("roundStatus")
        self.status.setWordWrap(True)

        self.status_model = PaperStatusModel(self)
        self.sorted = QSortFilterProxyModel(self)
        self.sorted.setSourceModel(self.status_model)
        self.sorted.setSortRole(SORT_ROLE)
        self.table = row_table("paperStatus", self.sorted)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PaperStatusModel.JUDGE, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self._status_double_clicked)
        self.summary = QLabel()
        self.summary.setObjectName("paperSummary")

        code_bar = QHBoxLayout()
        code_bar.addWidget(QLabel(self.tr("Sheet code:")))
        code_bar.addWidget(self.code, 1)
        code_bar.addWidget(open_button)
        save_bar = QHBoxLayout()
        save_bar.addWidget(self.status, 1)
        save_bar.addWidget(self.save_button)
        entry = QGroupBox(self.tr("Type a paper sheet in"))
        entry_layout = QVBoxLayout(entry)
        entry_layout.addLayout(code_bar)
        entry_layout.addWidget(self.heading)
        entry_layout.addWidget(self.grid, 1)
        entry_layout.addLayout(save_bar)
        overview = QWidget()
        overview_layout = QVBoxLayout(overview)
        overview_layout.setContentsMargins(0, 0, 0, 0)
        overview_layout.addWidget(self.summary)
        overview_layout.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(entry)
        split.addWidget(overview)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.judges_box)
        layout.addWidget(split, 1)
        self.show_event(None)

    # -- the event ----------------------------------------------------------------------------------

    def show_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self._show_sheet(None)
        self.status.clear()
        self._load_judges()
        self._load_status()
        self.setEnabled(event_id is not None)
        self.code.setFocus()

    def _load_judges(self) -> None:
        """One row per panel judge; the rows are kept (and only refreshed) while the panel stays."""
        modes = []
        if self.event_id is not None:
            modes = feedback.attempt(self, lambda: paper_sheets.judge_modes(self.ctx, self.event_id)) or []
        if [m.judge_id for m in modes] != list(self.judge_widgets) or not modes:
            self._build_judge_rows(modes)
        for mode in modes:
            switch, counts, printing = self.judge_widgets[mode.judge_id]
            switch.blockSignals(True)
            switch.setChecked(mode.paper > 0)
            switch.blockSignals(False)
            counts.setText(self.tr("%1 on paper, %2 on screen").replace("%1", str(mode.paper))
                           .replace("%2", str(mode.screen)))
            printing.setEnabled(mode.paper > 0)
        self.print_all.setEnabled(any(m.paper for m in modes))

    def _build_judge_rows(self, modes: list) -> None:
        while self.judges_grid.count():
            widget = self.judges_grid.takeAt(0).widget()
            if widget is not None and widget is not self.print_all:  # the one button kept across events
                widget.hide()
                widget.deleteLater()
        self.judge_widgets.clear()
        self.judge_labels.clear()
        if self.event_id is not None and not modes:
            self.judges_grid.addWidget(QLabel(self.tr("Assign the event's judges first (Judges…).")), 0, 0, 1, 4)
        for row, mode in enumerate(modes):
            label = QLabel(mode.label)
            label.setStyleSheet("font-weight: 600;")
            switch = QCheckBox(self.tr("Marks on paper"))
            switch.setObjectName(f"paper_{mode.label}")
            switch.setProperty("judge_id", mode.judge_id)
            switch.toggled.connect(self._paper_toggled)
            counts = QLabel()
            counts.setStyleSheet("color: #5f6368;")
            printing = QPushButton(self.tr("Print blank sheets…"))
            printing.setObjectName(f"print_{mode.label}")
            printing.setProperty("judge_id", mode.judge_id)
            printing.clicked.connect(self._print_clicked)
            for column, widget in enumerate((label, switch, counts, printing)):
                self.judges_grid.addWidget(widget, row, column)
            self.judge_widgets[mode.judge_id] = (switch, counts, printing)
            self.judge_labels[mode.judge_id] = mode.label
        self.judges_grid.addWidget(self.print_all, len(modes) + 1, 3)
        self.judges_grid.setColumnStretch(2, 1)

    def _load_status(self) -> None:
        rows = []
        if self.event_id is not None:
            rows = feedback.attempt(self, lambda: paper_sheets.paper_status(self.ctx, self.event_id)) or []
        self.status_model.set_rows(rows)
        agreed = sum(1 for r in rows if r.agreed)
        self.summary.setText(self.tr("Paper sheets: %1, agreed and counted: %2").replace("%1", str(len(rows)))
                             .replace("%2", str(agreed)) if rows else self.tr("No sheets on paper."))

    # -- paper or screen, and printing ---------------------------------------------------------------

    def _paper_toggled(self, on: bool) -> None:
        switch = self.sender()
        judge_id = switch.property("judge_id")
        done = feedback.attempt(self, lambda: paper_sheets.set_paper(self.ctx, self.event_id, judge_id, on))
        if done is not None and done.kept:
            text = (self.tr("The sheets of %1 stay on screen: marks were entered there.") if on
                    else self.tr("The sheets of %1 stay on paper: they are being typed in."))
            feedback.inform(self, text.replace("%1", ", ".join(done.kept)))
        self._load_judges()
        self._load_status()
        if done is not None:
            self.changed.emit()

    def _print_clicked(self) -> None:
        self.print_sheets(self.sender().property("judge_id"))

    def print_every_sheet(self) -> None:
        self.print_sheets(None)

    def print_sheets(self, judge_id: int | None) -> None:
        if self.event_id is None:
            return
        suggested = "评分表.pdf" if judge_id is None else f"评分表 {self.judge_labels.get(judge_id, '')}.pdf"
        path = ask_save_path(self, self.tr("Save the blank paper sheets"), suggested, PDF_FILTER)
        if path is None:
            return
        event_id = self.event_id
        pages = feedback.attempt(self, lambda: paper_sheets.paper_sheets_pdf(self.ctx, event_id, judge_id, path))
        if pages is not None:
            feedback.inform(self, self.tr("Saved %1 pages to %2.").replace("%1", str(pages)).replace("%2", str(path)))

    # -- typing a sheet in ---------------------------------------------------------------------------

    def open_sheet(self) -> None:
        code = self.code.text().strip()
        if not code or self.event_id is None:
            return
        event_id = self.event_id
        found = feedback.attempt(self, lambda: paper_sheets.find_sheet(self.ctx, code, event_id))
        if found is None:
            self.code.selectAll()
            self.code.setFocus()
            return
        self._show_sheet(found)
        self._say(found.outcome, found)
        if found.editable:
            self.grid.setFocus()
            self.grid.setCurrentIndex(self.round_model.index(0, RoundModel.VALUE))

    def save_round(self) -> None:
        sheet = self.round_model.sheet
        if sheet is None or not sheet.editable:
            return
        try:
            values = self.round_model.values()
        except ValueError as wrong:
            feedback.inform(self, self.tr("%1: type a number such as 8 or 7.5, or leave it empty if the paper "
                                          "does.").replace("%1", str(wrong)))
            return
        outcome: RoundResult | None = feedback.attempt(
            self, lambda: paper_sheets.enter_round(self.ctx, sheet.sheet_id, values))
        if outcome is None:
            return
        self._show_sheet(outcome.sheet)
        self._say(outcome.outcome, outcome.sheet)
        self._load_status()
        self.changed.emit()
        self.code.selectAll()
        self.code.setFocus()  # ready for the next sheet

    def _show_sheet(self, sheet: PaperSheetView | None) -> None:
        self.round_model.load(sheet)
        self.save_button.setEnabled(sheet is not None and sheet.editable)
        self.grid.setColumnHidden(RoundModel.OTHER, sheet is None or not sheet.mismatches)
        if sheet is None:
            self.heading.setText(self.tr("Scan or type a sheet code to type the sheet in."))
            return
        parts = [self.tr("Sheet %1").replace("%1", sheet.code), self.tr("judge %1").replace("%1", sheet.judge_label),
                 self.tr("number %1").replace("%1", sheet.number)]
        if sheet.state == "returned" and sheet.return_reason:
            parts.append(self.tr("returned by the chief judge: %1").replace("%1", sheet.return_reason))
        if sheet.your_round is None:
            parts.append(self.tr("both rounds were typed by others"))
        elif sheet.editable:
            parts.append(self.tr("you type round %1").replace("%1", str(sheet.your_round)))
        self.heading.setText(" · ".join(parts))

    def _say(self, outcome: str, sheet: PaperSheetView) -> None:
        colour = _ATTENTION
        if outcome == paper_sheets.AGREED:
            text, colour = self.tr("Agreed — counted."), _AGREED
        elif sheet.your_round is None:
            text = self.tr("Both rounds were typed by other recorders: only they correct them.")
        elif sheet.your_round not in sheet.rounds:
            text = self.tr("Type round %1 from the paper.").replace("%1", str(sheet.your_round))
        elif outcome == paper_sheets.MISMATCH:
            text, colour = self.tr("Mismatch on %1: check the paper.").replace(
                "%1", ", ".join(m.code for m in sheet.mismatches)), _DIFFERS
        elif outcome == paper_sheets.BLANK:
            text = self.tr("Both rounds leave %1 empty: the judge must complete the paper sheet.").replace(
                "%1", ", ".join(sheet.blanks))
        else:
            text = self.tr("Waiting for the second recorder.")
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour.name()}; font-weight: 600;")

    def _status_double_clicked(self, index: QModelIndex) -> None:
        row = self.status_model.rows[self.sorted.mapToSource(index).row()]
        self.code.setText(row.code)
        self.open_sheet()


def _is_number(text: str) -> bool:
    try:
        parse_mark(text)
    except (ValueError, ZeroDivisionError):
        return False
    return True
