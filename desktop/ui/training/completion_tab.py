"""Completing a class: the rule in words, who may complete and why not, the final assessment,
and completion certificates (结业证书) issued and printed in one batch."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, QModelIndex, \
    QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.domain.training import CompletionBlock, hours_text
from desktop.services import classes, completion
from desktop.services.completion import Candidate, CompletionRule
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.certificates.batch_issue import issue_batch
from desktop.ui.paged_model import RowListModel
from desktop.ui.widgets import row_table

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, ATTENDANCE, HOURS, ASSESSMENT, CAN_COMPLETE, CERTIFICATE = range(6)
_ASSESSMENTS = {
    "passed": QT_TRANSLATE_NOOP("CompletionLabels", "Passed"),
    "failed": QT_TRANSLATE_NOOP("CompletionLabels", "Failed"),
}
_BLOCKS = {
    CompletionBlock.NO_SESSIONS: QT_TRANSLATE_NOOP("CompletionLabels", "the class has no sessions"),
    CompletionBlock.UNMARKED: QT_TRANSLATE_NOOP("CompletionLabels", "sessions not all marked"),
    CompletionBlock.ATTENDANCE: QT_TRANSLATE_NOOP("CompletionLabels", "attendance below %1%"),
    CompletionBlock.ASSESSMENT: QT_TRANSLATE_NOOP("CompletionLabels", "assessment not passed"),
    CompletionBlock.NOT_PLACED: QT_TRANSLATE_NOOP("CompletionLabels", "holds no place"),
}
_ELIGIBLE, _BLOCKED, _DONE = QColor("#1b5e20"), QColor("#8a5a00"), QColor("#37546e")
_FAILED = QColor("#a3001b")


def assessment_label(result: str | None) -> str:
    return QCoreApplication.translate("CompletionLabels", _ASSESSMENTS[result]) if result else "—"


def block_label(block: CompletionBlock, rule: CompletionRule | None) -> str:
    text = QCoreApplication.translate("CompletionLabels", _BLOCKS[block])
    return text.replace("%1", str(rule.min_attendance_pct if rule else ""))


def local_date(at: dt.datetime | None) -> dt.date | None:
    """The workstation's calendar day of a naive UTC stamp."""
    return at.replace(tzinfo=dt.timezone.utc).astimezone().date() if at else None


class CandidateTableModel(RowListModel):
    """Everyone holding a place, with what stands between them and completion."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rule: CompletionRule | None = None

    def set_candidates(self, rule: CompletionRule | None, rows: list[Candidate]) -> None:
        self.rule = rule
        self.set_rows(rows)

    def row_of(self, record_id: int) -> int | None:
        for number, row in enumerate(self.rows):
            if row.enrolment_id == record_id:
                return number
        return None

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Attendance"), self.tr("Hours"), self.tr("Final assessment"),
                self.tr("Can complete?"), self.tr("Certificate no.")]

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def can_complete_text(self, row: Candidate) -> str:
        if row.completed_at is not None:
            day = local_date(row.completed_at)
            return self.tr("Completed %1").replace("%1", day.isoformat() if day else "")
        if row.block is None:
            return self.tr("Yes")
        return block_label(row.block, self.rule)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: Candidate = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {NAME: row.trainee_name,
                    ATTENDANCE: "—" if row.attendance_pct is None else f"{row.attendance_pct}%",
                    HOURS: hours_text(row.credited_minutes), ASSESSMENT: assessment_label(row.assessment),
                    CAN_COMPLETE: self.can_complete_text(row), CERTIFICATE: row.certificate_number or ""}[column]
        if role == SORT_ROLE:
            return {ATTENDANCE: row.attendance_pct if row.attendance_pct is not None else -1,
                    HOURS: row.credited_minutes}.get(column, self.data(index))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ATTENDANCE, HOURS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == CAN_COMPLETE:
                colour = _DONE if row.completed_at else (_ELIGIBLE if row.block is None else _BLOCKED)
                return QBrush(colour)
            if column == ASSESSMENT and row.assessment == "failed":
                return QBrush(_FAILED)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None


class CompletionTab(QWidget):
    """Completion of the class shown; `changed` after an assessment or a completion was saved."""

    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.class_id: int | None = None
        self.model = CandidateTableModel(self)
        self.rule_line = QLabel()
        self.rule_line.setObjectName("rule")
        self.rule_line.setWordWrap(True)
        self.table = row_table("candidateTable", self.model, several=True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        self.buttons: dict[str, QPushButton] = {}
        assess = QHBoxLayout()
        assess.addWidget(QLabel(self.tr("Final assessment:")))
        for name, text, slot in (
            ("passed", self.tr("Passed"), self.mark_passed),
            ("failed", self.tr("Failed"), self.mark_failed),
            ("clearResult", self.tr("Clear result"), self.clear_result),
        ):
            assess.addWidget(self._button(name, text, slot))
        assess.addStretch(1)
        assess.addWidget(self._button("selectEligible", self.tr("Select all eligible"), self.select_eligible))
        assess.addWidget(self._button("complete", self.tr("Complete and print certificates…"), self.complete))
        layout = QVBoxLayout(self)
        layout.addWidget(self.rule_line)
        layout.addLayout(assess)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.buttons[name] = button
        return button

    def show_class(self, class_id: int | None) -> None:
        """Show who may complete a class (None: nothing)."""
        found = None
        if class_id is not None:
            found = feedback.attempt(self, lambda: completion.candidates(self.ctx, class_id))
            if found is None:
                class_id = None
        self.class_id = class_id
        self._show(found)

    def _show(self, found: tuple[CompletionRule, list[Candidate]] | None, keep: list[int] | None = None) -> None:
        sized = bool(self.model.rows)
        rule, rows = found if found else (None, [])
        self.model.set_candidates(rule, rows)
        if rows and not sized:
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount()):
                self.table.setColumnWidth(column, min(max(self.table.columnWidth(column) + 16, 80), 240))
        self.rule_line.setText(self.rule_text(rule) if rule else "")
        if keep:
            self.select(keep)
        self._update_buttons()

    def rule_text(self, rule: CompletionRule) -> str:
        text = (self.tr("To complete: at least %1% attendance of %2 sessions and a passed final assessment.")
                if rule.requires_assessment else self.tr("To complete: at least %1% attendance of %2 sessions."))
        return text.replace("%1", str(rule.min_attendance_pct)).replace("%2", str(rule.sessions))

    def _reload(self, keep: list[int]) -> None:
        class_id = self.class_id
        found = feedback.attempt(self, lambda: completion.candidates(self.ctx, class_id))
        if found is not None:
            self._show(found, keep)

    def selected(self) -> list[Candidate]:
        return [self.model.rows[index.row()] for index in sorted(self.table.selectionModel().selectedRows())]

    def select(self, enrolment_ids: list[int]) -> None:
        selection = QItemSelection()
        for enrolment_id in enrolment_ids:
            row = self.model.row_of(enrolment_id)
            if row is not None:
                selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected()
        open_ones = [c for c in chosen if c.completed_at is None]
        for name in ("passed", "failed", "clearResult", "complete"):
            self.buttons[name].setEnabled(bool(open_ones) and len(open_ones) == len(chosen))
        self.buttons["selectEligible"].setEnabled(
            any(c.block is None and c.completed_at is None for c in self.model.rows))
        self.table.setEnabled(self.class_id is not None)

    def select_eligible(self) -> None:
        self.select([c.enrolment_id for c in self.model.rows if c.block is None and c.completed_at is None])
        self.table.setFocus()

    # Bound methods, not lambdas, for the buttons: a lambda holding `self` keeps the tab alive for ever.
    def mark_passed(self) -> None:
        self.set_assessment("passed")

    def mark_failed(self) -> None:
        self.set_assessment("failed")

    def clear_result(self) -> None:
        self.set_assessment(None)

    def set_assessment(self, result: str | None) -> None:
        ids = [c.enrolment_id for c in self.selected()]
        if not ids or self.class_id is None:
            return
        if feedback.attempt(self, lambda: completion.set_assessment(self.ctx, ids, result) or True):
            self._reload(ids)
            self.changed.emit()

    def complete(self) -> None:
        chosen = self.selected()
        if not chosen or self.class_id is None:
            return
        class_id, ids = self.class_id, [c.enrolment_id for c in chosen]
        code = feedback.attempt(self, lambda: classes.class_row(self.ctx, class_id).code)
        if code is None:
            return
        issued = issue_batch(
            self, self.ctx, self.tr("Complete and print certificates"),
            self.tr("%1 trainees complete the class and get a completion certificate (结业证书).")
            .replace("%1", str(len(ids))), f"{code} 结业证书.pdf",
            self.tr("Issuing and printing %1 completion certificates…").replace("%1", str(len(ids))),
            lambda issue_date, path, progress: completion.complete_and_print(
                self.ctx, class_id, ids, issue_date, path, progress))
        self._reload(ids)  # done, or another workstation may have changed someone meanwhile
        if issued is not None:
            self.changed.emit()
