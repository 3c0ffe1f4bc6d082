"""The score grid of a batch: one row per candidate, theory / practical / review typed with the
keyboard (Enter saves and moves down), the status per row, the outcome computed at once. In a
double-entry batch the grid shows the chosen round and the mismatches still to settle."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from desktop.domain.appraisal import parts_of, score_text
from desktop.domain.errors import UserError
from desktop.services import appraisal_scores
from desktop.services.appraisal_batches import BatchRow, CandidateRow
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.appraisal.models import outcome_label

PARTS = ("theory", "practical", "review")
FIRST_PART_COLUMN = 2
OUTCOME_COLUMN = 5
FAILED = QColor("#B91C1C")


class ScoreGrid(QTableWidget):
    scored = Signal()  # a score was saved

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(0, 6, parent)
        self.ctx = ctx
        self.setObjectName("scoreGrid")
        self.batch: BatchRow | None = None
        self.candidates: list[CandidateRow] = []
        self.round = 1
        self._filling = False
        self._move_to: tuple[int, int] | None = None
        self.setHorizontalHeaderLabels([self.tr("Name"), self.tr("ID number"), self.tr("Theory"),
                                        self.tr("Practical"), self.tr("Review"), self.tr("Result")])
        self.horizontalHeader().setStretchLastSection(True)
        self.setColumnWidth(1, 170)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.itemChanged.connect(self._typed)

    def show_batch(self, batch: BatchRow | None, candidates: list[CandidateRow],
                   round_values: dict[tuple[int, str], int | None] | None = None) -> None:
        self._filling = True
        self.batch, self.candidates = batch, candidates
        self.setRowCount(len(candidates))
        editable = batch is not None and batch.status == "scoring"
        parts = parts_of(batch.level) if batch else ()
        self.setColumnHidden(FIRST_PART_COLUMN + 2, batch is None or "review" not in parts)
        for number, row in enumerate(candidates):
            self._cell(number, 0, row.name, False)
            self._cell(number, 1, row.id_number, False)
            for offset, part in enumerate(PARTS):
                value = round_values.get((row.id, part)) if round_values is not None else row.scores.get(part)
                self._cell(number, FIRST_PART_COLUMN + offset, score_text(value),
                           editable and part in parts and row.status == "sitting", right=True)
            self._outcome(number, row)
        self._filling = False

    def _cell(self, row: int, column: int, text: str, editable: bool, right: bool = False) -> None:
        item = QTableWidgetItem(text)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
        if right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setItem(row, column, item)

    def _outcome(self, number: int, row: CandidateRow) -> None:
        text = outcome_label(row.outcome)
        if row.certificate_number:
            text += f"  {row.certificate_number}"
        self._cell(number, OUTCOME_COLUMN, text, False)
        if row.outcome in ("failed", "disqualified"):
            self.item(number, OUTCOME_COLUMN).setForeground(QBrush(FAILED))

    def _typed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.batch is None:
            return
        column = item.column()
        if not FIRST_PART_COLUMN <= column < FIRST_PART_COLUMN + 3:
            return
        row = self.candidates[item.row()]
        part = PARTS[column - FIRST_PART_COLUMN]
        try:
            fresh = appraisal_scores.set_score(self.ctx, row.id, part, item.text(),
                                               self.round if self.batch.double_entry else None)
        except UserError as error:
            feedback.show_user_error(self, error)
            self._filling = True
            item.setText(score_text(row.scores.get(part)) if not self.batch.double_entry else "")
            self._filling = False
            return
        self.candidates[item.row()] = fresh
        self._filling = True
        if not self.batch.double_entry:
            item.setText(score_text(fresh.scores.get(part)))
        self._outcome(item.row(), fresh)
        self._filling = False
        self.scored.emit()
        if item.row() + 1 < self.rowCount():  # Enter saves and moves down, as on a paper list
            self._move_to = (item.row() + 1, column)

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 - Qt override
        super().closeEditor(editor, hint)
        if self._move_to is not None:
            self.setCurrentCell(*self._move_to)
            self._move_to = None

    def current_candidate(self) -> CandidateRow | None:
        row = self.currentRow()
        return self.candidates[row] if 0 <= row < len(self.candidates) else None
