"""Entering marks from the paper sheets: one judge's sheet (the judged aspects) or the agreed
measurements, contestants by their drawn number only. Type a mark and press Enter: it is
saved at once and the cursor moves to the next contestant."""
from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from desktop.services import competition_marks, competition_panel, competitions
from desktop.services.competition_marks import MarkInput
from desktop.services.competition_scheme import AspectRow, list_scheme
from desktop.services.competitions import ContestantRow
from desktop.services.context import ServiceContext
from desktop.ui import feedback

MEASUREMENTS = -1  # the judge combo's entry for the agreed measurement values
_SAVED = QColor("#e8f5e9")


def mark_text(value: Fraction | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value.denominator == 1 else f"{float(value):g}"


def parse_mark(text: str) -> Fraction | None:
    """A typed mark as an exact value; ValueError when it is not a number."""
    text = text.strip().replace("，", ".").replace(",", ".")
    if not text:
        return None
    value = Fraction(text)
    if (value * 100).denominator != 1:
        raise ValueError(text)
    return value


class MarkSheetModel(QAbstractTableModel):
    """Rows: present contestants by drawn number; columns: the sheet's aspects."""

    save_requested = Signal(list)  # [MarkInput]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.people: list[ContestantRow] = []
        self.aspects: list[AspectRow] = []
        self.judge_id: int | None = None
        self.values: dict[tuple[int, int], Fraction] = {}
        self.worldskills = False  # judged aspects are marked 0–3
        self.editable = True

    def load(self, people: list[ContestantRow], aspects: list[AspectRow], judge_id: int | None,
             values: dict[tuple[int, int], Fraction]) -> None:
        self.beginResetModel()
        self.people, self.aspects, self.judge_id, self.values = people, aspects, judge_id, values
        self.endResetModel()

    def saved(self, marks: list[MarkInput]) -> None:
        """Show what the service accepted, cell by cell (no reload per keystroke)."""
        rows = {p.id: r for r, p in enumerate(self.people)}
        columns = {a.id: c for c, a in enumerate(self.aspects)}
        for mark in marks:
            key = (mark.contestant_id, mark.aspect_id)
            if mark.value is None:
                self.values.pop(key, None)
            else:
                self.values[key] = mark.value
            if key[0] in rows and key[1] in columns:
                cell = self.index(rows[key[0]], columns[key[1]])
                self.dataChanged.emit(cell, cell)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.aspects)

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self.editable else base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key = (self.people[index.row()].id, self.aspects[index.column()].id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return mark_text(self.values.get(key))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and key in self.values:
            return QBrush(_SAVED)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.editable:
            return False
        try:
            mark = parse_mark(str(value))
        except (ValueError, ZeroDivisionError):
            feedback.inform(None, self.tr("Type a number such as 8 or 7.5."))
            return False
        person, aspect = self.people[index.row()], self.aspects[index.column()]
        seen = self.values.get((person.id, aspect.id))  # refused if another desk changed it meanwhile
        self.save_requested.emit([MarkInput(person.id, aspect.id, self.judge_id, mark, seen)])
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.people[section].drawn_number or ""
        aspect = self.aspects[section]
        if self.worldskills and aspect.kind == "J":
            return f"{aspect.code}\n0–3"
        return f"{aspect.code}\n≤ {mark_text(aspect.maximum)}"


class MarkSheetView(QTableView):
    """Enter saves and moves down; Delete clears the mark."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != QAbstractItemView.State.EditingState:
            for index in self.selectedIndexes() or [self.currentIndex()]:
                if index.isValid():
                    self.model().setData(index, "", Qt.ItemDataRole.EditRole)
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 - Qt's name
        super().closeEditor(editor, hint)
        current = self.currentIndex()
        if hint in (QAbstractItemDelegate.EndEditHint.SubmitModelCache,
                     QAbstractItemDelegate.EndEditHint.NoHint) and current.isValid() \
                and current.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(self.model().index(current.row() + 1, current.column()))


class MarksTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: int | None = None
        self.competition_id: int | None = None
        self.sheet = QComboBox()
        self.sheet.setObjectName("sheet")
        self.sheet.currentIndexChanged.connect(self._reload)
        self.hint = QLabel(self.tr("Contestants appear by drawn number only. Type a mark, Enter saves it and "
                                   "moves down; Delete clears it."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f6368;")
        self.model = MarkSheetModel(self)
        # Queued: the save (and its message box on a refusal) runs after the editor has closed.
        self.model.save_requested.connect(self._save, Qt.ConnectionType.QueuedConnection)
        self.table = MarkSheetView()
        self.table.setObjectName("markSheet")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.horizontalHeader().setDefaultSectionSize(72)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Sheet:")))
        bar.addWidget(self.sheet)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        self.show_event(None)

    def show_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self.sheet.blockSignals(True)
        chosen = self.sheet.currentData()
        self.sheet.clear()
        if event_id is not None:
            found = feedback.attempt(self, lambda: competitions.get_event(self.ctx, event_id))
            if found is not None:
                self.competition_id = found[0].competition_id
                self.model.worldskills = found[0].preset == "worldskills"
                self.model.editable = found[0].status != "published"
                self.sheet.addItem(self.tr("Measurements (agreed values)"), MEASUREMENTS)
                for judge_id, label, name in self._judges(event_id):
                    self.sheet.addItem(self.tr("Judge %1").replace("%1", f"{label} {name}".strip()), judge_id)
        self.sheet.setCurrentIndex(max(self.sheet.findData(chosen), 0))
        self.sheet.blockSignals(False)
        self._reload()

    def _judges(self, event_id: int) -> list[tuple[int, str, str]]:
        """The event's panel when judges are assigned to it, else every judge of the competition."""
        panel = feedback.attempt(self, lambda: competition_panel.panel_of(self.ctx, event_id)) or []
        if panel:
            return [(p.judge_id, p.label, p.name) for p in panel]
        return [(j, label, name) for j, label, name, _chief in competitions.list_judges(self.ctx, self.competition_id)]

    def _reload(self, *_args) -> None:
        if self.event_id is None or self.sheet.currentData() is None:
            self.model.load([], [], None, {})
            self.table.setEnabled(False)
            return
        judge = self.sheet.currentData()
        judge_id = None if judge == MEASUREMENTS else judge
        event_id = self.event_id

        def load():
            people = [p for p in competitions.list_contestants(self.ctx, event_id) if p.status == "present"]
            people.sort(key=lambda p: p.drawn_number or "")
            aspects = [a for a in list_scheme(self.ctx, event_id) if a.kind == ("M" if judge_id is None else "J")]
            marks = {(m.contestant_id, m.aspect_id): m.value
                     for m in competition_marks.list_marks(self.ctx, event_id, judge_id) if m.judge_id == judge_id}
            return people, aspects, marks

        loaded = feedback.attempt(self, load)
        if loaded is None:
            return
        people, aspects, marks = loaded
        self.model.load(people, aspects, judge_id, marks)
        self.table.setEnabled(bool(people) and all(p.drawn_number for p in people))

    def _save(self, marks: list[MarkInput]) -> None:
        if self.event_id is None:
            return
        if feedback.attempt(self, lambda: competition_marks.save_marks(self.ctx, self.event_id, marks)) is None:
            self._reload()  # show what is stored now (another workstation may have changed it)
            return
        self.model.saved(marks)
        self.changed.emit()
