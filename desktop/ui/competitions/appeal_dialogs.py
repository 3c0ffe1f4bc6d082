"""The dialogs of the Appeals tab — lodging a written appeal (申诉) and the arbitration ruling
with the marks it changes — and the small helpers the tab shares with them."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QDateTime, QModelIndex, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.services import competition_appeals, competitions
from desktop.services.competition_appeals import RulingChoices
from desktop.services.competition_marks import MarkInput
from desktop.services.competitions import ContestantRow
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.paged_model import RowListModel
from desktop.ui.widgets import ErrorLabel, add_field_row, row_table, selected_record, submit


_STATES = {"lodged": QT_TRANSLATE_NOOP("AppealsTab", "Lodged"),
           "upheld": QT_TRANSLATE_NOOP("AppealsTab", "Upheld"),
           "dismissed": QT_TRANSLATE_NOOP("AppealsTab", "Dismissed")}


def state_label(state: str) -> str:
    return QCoreApplication.translate("AppealsTab", _STATES[state]) if state in _STATES else state


def local_text(moment: dt.datetime | None) -> str:
    """A stored UTC moment as the workstation's local time."""
    return moment.replace(tzinfo=dt.timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


def mark_text(value: Fraction | None) -> str:
    if value is None:
        return "—"
    return str(int(value)) if value.denominator == 1 else f"{float(value):g}"


def from_to_text(old, new) -> str:
    """'7 → 5', or the one value when it did not change."""
    if old == new:
        return "" if new is None else str(new)
    return f"{old if old not in (None, '') else '—'} → {new if new not in (None, '') else '—'}"


def total_text(value: Fraction | None) -> str:
    return "" if value is None else f"{float(value):.2f}"


class AppealListModel(RowListModel):
    """A read-only table of service rows: subclasses give the headers and each row's cells."""
    HEADERS: tuple[str, ...] = ()

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def cells(self, row) -> tuple[str, ...]:
        raise NotImplementedError

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self.cells(self.rows[index.row()])[index.column()]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None


class LodgeAppealDialog(QDialog):
    """The written appeal as received: whose, why, signed by whom and when it was handed in."""

    def __init__(self, ctx: ServiceContext, event_id: int, people: list[ContestantRow],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.event_id, self.appeal_id = ctx, event_id, None
        self.setWindowTitle(self.tr("Lodge an appeal"))
        self.contestant = QComboBox()
        self.contestant.setObjectName("contestant")
        self.contestant.setEditable(True)
        self.contestant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for person in sorted(people, key=lambda c: (len(c.drawn_number or ""), c.drawn_number or "", c.entry_number)):
            self.contestant.addItem(f"{person.drawn_number or person.entry_number} {person.name}", person.id)
        self.contestant.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.contestant.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.contestant.setCurrentIndex(-1)  # chosen on purpose, never the first by default
        self.contestant.lineEdit().setPlaceholderText(self.tr("Number or name"))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("What the contestant contests, as written on the appeal"))
        self.reason.setMaximumHeight(110)
        self.lodged_by = QLineEdit()
        self.lodged_by.setObjectName("lodgedBy")
        self.lodged_by.setPlaceholderText(self.tr("Who signed it: the contestant or the team leader"))
        self.lodged_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.lodged_at.setObjectName("lodgedAt")
        self.lodged_at.setCalendarPopup(True)
        self.lodged_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.errors: dict[str, ErrorLabel] = {}
        self.error = ErrorLabel()
        form = QFormLayout()
        add_field_row(form, self.tr("Contestant:"), self.contestant, self.errors, "contestant")
        add_field_row(form, self.tr("Reason:"), self.reason, self.errors, "reason")
        add_field_row(form, self.tr("Lodged by:"), self.lodged_by, self.errors, "lodged_by")
        add_field_row(form, self.tr("Time lodged:"), self.lodged_at, self.errors, "lodged_at")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        found = self.contestant.findText(self.contestant.currentText().strip())
        if found < 0:
            self.errors["contestant"].show_message(self.tr("Choose a contestant from the list."))
            return
        contestant_id = self.contestant.itemData(found)
        lodged_at = self.lodged_at.dateTime().toPython().astimezone()  # the local time typed, made aware
        saved = submit(self.errors, self.error, lambda: competition_appeals.lodge_appeal(
            self.ctx, self.event_id, contestant_id, self.reason.toPlainText(), self.lodged_by.text(), lodged_at))
        if saved is not None:
            self.appeal_id = saved
            self.accept()

    @classmethod
    def lodge(cls, ctx: ServiceContext, event_id: int, parent: QWidget | None = None) -> int | None:
        """The new appeal's id, or None when cancelled."""
        people = feedback.attempt(parent, lambda: competitions.list_contestants(ctx, event_id))
        if people is None:
            return None
        dialog = cls(ctx, event_id, people, parent)
        return dialog.appeal_id if dialog.exec() == QDialog.DialogCode.Accepted else None


# -- ruling --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PendingChange:
    id: int
    contestant_id: int
    contestant: str
    aspect_id: int
    aspect: str
    judge_id: int | None
    judge: str
    current: Fraction | None
    new: Fraction


class PendingChangeModel(AppealListModel):
    HEADERS = (QT_TRANSLATE_NOOP("PendingChangeModel", "Contestant"), QT_TRANSLATE_NOOP("PendingChangeModel", "Aspect"),
               QT_TRANSLATE_NOOP("PendingChangeModel", "Judge"), QT_TRANSLATE_NOOP("PendingChangeModel", "Mark now"),
               QT_TRANSLATE_NOOP("PendingChangeModel", "New mark"))

    def cells(self, row: PendingChange) -> tuple[str, ...]:
        return row.contestant, row.aspect, row.judge, mark_text(row.current), mark_text(row.new)


@dataclass(frozen=True)
class Ruled:
    version: int | None  # the result version published, None when no mark changed


class RulingDialog(QDialog):
    """The arbitration group's ruling: upheld or dismissed, its text, and — upheld — the marks
    it changes, each picked by contestant, aspect and judge, with the mark there now shown."""

    def __init__(self, ctx: ServiceContext, choices: RulingChoices, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.choices, self.ruled = ctx, choices, None
        appeal = choices.appeal
        self.setWindowTitle(self.tr("Rule on an appeal"))
        summary = QLabel(self.tr("Appeal of %1 %2, lodged %3: %4").replace("%1", appeal.number)
                         .replace("%2", appeal.name).replace("%3", local_text(appeal.lodged_at))
                         .replace("%4", appeal.reason))
        summary.setWordWrap(True)
        self.upheld = QRadioButton(self.tr("Upheld"))
        self.upheld.setObjectName("upheld")
        self.dismissed = QRadioButton(self.tr("Dismissed"))
        self.dismissed.setObjectName("dismissed")
        self.outcome = QButtonGroup(self)
        for button in (self.upheld, self.dismissed):
            self.outcome.addButton(button)
        self.upheld.toggled.connect(self._outcome_chosen)
        self.ruling = QPlainTextEdit()
        self.ruling.setObjectName("ruling")
        self.ruling.setPlaceholderText(self.tr("The ruling as the arbitration group signed it"))
        self.ruling.setMaximumHeight(110)
        self.contestant, self.aspect, self.judge = QComboBox(), QComboBox(), QComboBox()
        for name, box in (("changeContestant", self.contestant), ("changeAspect", self.aspect),
                          ("changeJudge", self.judge)):
            box.setObjectName(name)
        for contestant_id, label in choices.contestants:
            self.contestant.addItem(label, contestant_id)
        self.contestant.setCurrentIndex(max(0, self.contestant.findData(appeal.contestant_id)))
        for aspect in choices.aspects:
            self.aspect.addItem(f"{aspect.code} {aspect.text}".strip(), aspect.id)
        self.current = QLabel()
        self.current.setObjectName("currentMark")
        self.new_mark = QLineEdit()
        self.new_mark.setObjectName("newMark")
        self.new_mark.setPlaceholderText(self.tr("New mark"))
        add = QPushButton(self.tr("Add the change"))
        add.setObjectName("addChange")
        add.clicked.connect(self.add_change)
        self.pending = PendingChangeModel(self)
        self.pending_table = row_table("pendingChanges", self.pending)
        remove = QPushButton(self.tr("Remove the change"))
        remove.setObjectName("removeChange")
        remove.clicked.connect(self.remove_change)
        self.contestant.currentIndexChanged.connect(self._place_changed)
        self.aspect.currentIndexChanged.connect(self._place_changed)
        self.judge.currentIndexChanged.connect(self._show_current)
        self.errors: dict[str, ErrorLabel] = {}
        self.error = ErrorLabel()
        pick = QFormLayout()
        pick.addRow(self.tr("Contestant:"), self.contestant)
        pick.addRow(self.tr("Aspect:"), self.aspect)
        pick.addRow(self.tr("Judge:"), self.judge)
        pick.addRow(self.tr("Mark now:"), self.current)
        entry = QHBoxLayout()
        entry.addWidget(self.new_mark, 1)
        entry.addWidget(add)
        add_field_row(pick, self.tr("New mark:"), _wrapped(entry), self.errors, "changes")
        self.changes = QGroupBox(self.tr("Marks the ruling changes"))
        changes_layout = QVBoxLayout(self.changes)
        changes_layout.addLayout(pick)
        changes_layout.addWidget(self.pending_table, 1)
        changes_layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        self.changes.setEnabled(False)
        outcome = QHBoxLayout()
        outcome.addWidget(self.upheld)
        outcome.addWidget(self.dismissed)
        outcome.addStretch(1)
        form = QFormLayout()
        add_field_row(form, self.tr("Outcome:"), _wrapped(outcome), self.errors, "outcome")
        add_field_row(form, self.tr("Ruling:"), self.ruling, self.errors, "ruling")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self._place_changed()

    def _outcome_chosen(self) -> None:
        self.changes.setEnabled(self.upheld.isChecked())

    def _aspect(self):
        return next((a for a in self.choices.aspects if a.id == self.aspect.currentData()), None)

    def _place_changed(self) -> None:
        """The judges who mark this contestant, for a judged aspect; none for a measurement."""
        aspect = self._aspect()
        self.judge.blockSignals(True)
        self.judge.clear()
        if aspect is not None and aspect.kind == "J":
            for judge_id, label in self.choices.judges.get(self.contestant.currentData(), []):
                self.judge.addItem(label, judge_id)
        else:
            self.judge.addItem(self.tr("— (measurement)"), None)
        self.judge.setEnabled(aspect is not None and aspect.kind == "J")
        self.judge.blockSignals(False)
        self._show_current()

    def _key(self) -> tuple[int, int, int | None]:
        return self.contestant.currentData(), self.aspect.currentData(), self.judge.currentData()

    def _show_current(self) -> None:
        aspect = self._aspect()
        now = mark_text(self.choices.marks.get(self._key()))
        self.current.setText(now + (self.tr(" (of %1)").replace("%1", mark_text(aspect.maximum)) if aspect else ""))

    def add_change(self) -> None:
        self.errors["changes"].clear_message()
        aspect = self._aspect()
        if aspect is None or self.contestant.currentData() is None or (aspect.kind == "J" and self.judge.currentData()
                                                                        is None):
            self.errors["changes"].show_message(self.tr("Choose the contestant, the aspect and the judge."))
            return
        try:
            new = Fraction(self.new_mark.text().strip().replace(",", "."))
        except (ValueError, ZeroDivisionError):
            self.errors["changes"].show_message(self.tr("Enter the new mark as a number, e.g. 12.5."))
            return
        key = self._key()
        rows = [r for r in self.pending.rows if (r.contestant_id, r.aspect_id, r.judge_id) != key]
        rows.append(PendingChange(max((r.id for r in self.pending.rows), default=0) + 1, key[0],
                                  self.contestant.currentText(), key[1], aspect.code, key[2],
                                  self.judge.currentText() if key[2] is not None else "",
                                  self.choices.marks.get(key), new))
        self.pending.set_rows(rows)
        self.new_mark.clear()

    def remove_change(self) -> None:
        chosen = selected_record(self.pending_table)
        if chosen is not None:
            self.pending.set_rows([r for r in self.pending.rows if r.id != chosen.id])

    def save(self) -> None:
        for label in self.errors.values():
            label.clear_message()
        if not (self.upheld.isChecked() or self.dismissed.isChecked()):
            self.errors["outcome"].show_message(self.tr("Choose whether the appeal is upheld or dismissed."))
            return
        upheld = self.upheld.isChecked()
        changes = [MarkInput(r.contestant_id, r.aspect_id, r.judge_id, r.new, seen=r.current)
                   for r in self.pending.rows] if upheld else []
        outcome = submit(self.errors, self.error, lambda: Ruled(competition_appeals.rule_appeal(
            self.ctx, self.choices.appeal.id, upheld, self.ruling.toPlainText(), changes)))
        if outcome is not None:
            self.ruled = outcome
            self.accept()

    @classmethod
    def rule(cls, ctx: ServiceContext, appeal_id: int, parent: QWidget | None = None) -> Ruled | None:
        """What the ruling published, or None when cancelled (or refused before it opened)."""
        choices = feedback.attempt(parent, lambda: competition_appeals.ruling_choices(ctx, appeal_id))
        if choices is None:
            return None
        dialog = cls(ctx, choices, parent)
        return dialog.ruled if dialog.exec() == QDialog.DialogCode.Accepted else None


def _wrapped(layout) -> QWidget:
    holder = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(layout)
    return holder


# -- the tab -------------------------------------------------------------------------------------
