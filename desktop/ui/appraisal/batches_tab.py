"""The batches of appraisal: plan one, add the eligible (or someone by hand with a reason),
start scoring, type the scores, approve (levels recorded, certificates issued), print the
pass list."""
from __future__ import annotations

import datetime as dt
import io

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.services import appraisal_batches, appraisal_eligibility, appraisal_prints, appraisal_scores, occupations
from desktop.services.context import ServiceContext
from desktop.services.trainees import TraineeQuery, list_trainees
from desktop.ui import feedback
from desktop.ui.appraisal.batch_dialog import BatchDialog
from desktop.ui.appraisal.models import BatchTableModel
from desktop.ui.appraisal.score_grid import ScoreGrid
from desktop.ui.certificates.batch_issue import issue_batch
from desktop.ui.file_dialogs import PDF_FILTER, ask_save_path
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import add_buttons, row_table, select_record, selected_record

STATUSES = ("sitting", "absent", "withdrawn", "disqualified")


class BatchesTab(QWidget):
    def __init__(self, ctx: ServiceContext):
        super().__init__()
        self.ctx = ctx
        self.model = BatchTableModel(self)
        self.table = row_table("batchTable", self.model)
        self.table.selectionModel().selectionChanged.connect(self._batch_chosen)
        bar = QHBoxLayout()
        self.buttons = add_buttons(bar, [
            ("new", self.tr("New batch…"), self.new_batch),
            ("add_eligible", self.tr("Add the eligible"), self.add_eligible),
            ("add_person", self.tr("Add by hand…"), self.add_by_hand),
            ("start", self.tr("Start scoring"), self.start_scoring),
            ("approve", self.tr("Approve and issue certificates…"), self.approve),
            ("pass_list", self.tr("Pass list PDF…"), self.print_pass_list),
            ("cancel", self.tr("Cancel batch…"), self.cancel_batch),
        ])
        bar.addStretch(1)
        self.grid = ScoreGrid(ctx)
        self.grid.itemSelectionChanged.connect(self._candidate_chosen)
        self.grid.scored.connect(self._show_mismatches)
        self.round = QComboBox()
        self.round.setObjectName("round")
        self.round.addItem(self.tr("First entry"), 1)
        self.round.addItem(self.tr("Second entry"), 2)
        self.round.currentIndexChanged.connect(self._round_chosen)
        self.status = QComboBox()
        self.status.setObjectName("status")
        for code, text in zip(STATUSES, (self.tr("Sitting"), self.tr("Absent"), self.tr("Withdrawn"),
                                         self.tr("Disqualified"))):
            self.status.addItem(text, code)
        grid_bar = QHBoxLayout()
        self.round_label = QLabel(self.tr("Entry:"))
        grid_bar.addWidget(self.round_label)
        grid_bar.addWidget(self.round)
        self.grid_buttons = add_buttons(grid_bar, [
            ("remove_candidate", self.tr("Remove candidate…"), self.remove_candidate)])
        grid_bar.addStretch(1)
        grid_bar.addWidget(QLabel(self.tr("Status of the chosen candidate:")))
        grid_bar.addWidget(self.status)
        self.grid_buttons |= add_buttons(grid_bar, [("set_status", self.tr("Set"), self.set_status)])
        self.summary = QLabel()
        self.summary.setObjectName("batchSummary")
        self.summary.setWordWrap(True)
        self.mismatch_label = QLabel()
        self.mismatch_label.setObjectName("mismatches")
        self.mismatch_label.setStyleSheet("color: #B91C1C")
        self.mismatch_label.setWordWrap(True)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.summary)
        lower_layout.addLayout(grid_bar)
        lower_layout.addWidget(self.grid)
        lower_layout.addWidget(self.mismatch_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([200, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter)
        self._show_batch()

    def refresh(self) -> None:
        chosen = selected_record(self.table)
        self.model.set_rows(appraisal_batches.list_batches(self.ctx))
        if chosen is not None:
            select_record(self.table, chosen.id)
        elif self.model.rows:
            self.table.selectRow(0)
        self._show_batch()

    def current(self):
        return selected_record(self.table)

    def _batch_chosen(self, *_args) -> None:
        self._show_batch()

    def _round_chosen(self, _index: int) -> None:
        self._show_batch()

    def _show_batch(self) -> None:
        batch = self.current()
        status = batch.status if batch else None
        for name, allowed in (("add_eligible", status == "planned"), ("add_person", status == "planned"),
                              ("start", status == "planned"), ("approve", status == "scoring"),
                              ("pass_list", batch is not None), ("cancel", status in ("planned", "scoring"))):
            self.buttons[name].setEnabled(allowed)
        self.status.setEnabled(status == "scoring")
        self.grid_buttons["set_status"].setEnabled(status == "scoring")
        self.round.setVisible(bool(batch and batch.double_entry))
        self.round_label.setVisible(bool(batch and batch.double_entry))
        if batch is None:
            self.summary.setText(self.tr("Plan a batch with “New batch…”."))
            self.grid.show_batch(None, [])
            self.mismatch_label.clear()
            self._candidate_chosen()
            return
        self.summary.setText(self.tr("%1 · %2 · venue %3 · examiners %4").replace("%1", batch.title)
                             .replace("%2", batch.exam_on.isoformat()).replace("%3", batch.venue or "—")
                             .replace("%4", batch.examiners or "—"))
        candidates = appraisal_batches.list_candidates(self.ctx, batch.id)
        values = None
        if batch.double_entry and status == "scoring":
            self.grid.round = self.round.currentData()
            values = appraisal_scores.round_values(self.ctx, batch.id, self.grid.round)
        self._show_mismatches()
        self.grid.show_batch(batch, candidates, values)
        self._candidate_chosen()

    def _show_mismatches(self) -> None:
        """In a double-entry batch being scored, the sheets whose two entries do not agree yet. A
        value typed in the other round shows only once this round has its own, so that the
        second entry stays blind."""
        batch = self.current()
        if batch is None or not batch.double_entry or batch.status != "scoring":
            self.mismatch_label.clear()
            return
        open_sheets = appraisal_scores.mismatches(self.ctx, batch.id)
        if not open_sheets:
            self.mismatch_label.setText("")
            return
        parts = {"theory": self.tr("theory"), "practical": self.tr("practical"), "review": self.tr("review")}
        lines = []
        for sheet in open_sheets[:8]:
            where = f"{sheet.name} {parts.get(sheet.part, sheet.part)}"
            if sheet.first and sheet.second:
                lines.append(self.tr("%1: %2 / %3").replace("%1", where).replace("%2", sheet.first)
                             .replace("%3", sheet.second))
            elif not sheet.first and not sheet.second:
                lines.append(self.tr("%1: not entered").replace("%1", where))
            elif not sheet.second:
                lines.append(self.tr("%1: second entry missing").replace("%1", where))
            else:
                lines.append(self.tr("%1: first entry missing").replace("%1", where))
        more = len(open_sheets) - len(lines)
        text = self.tr("To settle before approval (%1): ").replace("%1", str(len(open_sheets))) + "; ".join(lines)
        self.mismatch_label.setText(text + ("; …" if more > 0 else ""))

    def _candidate_chosen(self) -> None:
        batch = self.current()
        self.grid_buttons["remove_candidate"].setEnabled(
            batch is not None and batch.status == "planned" and self.grid.current_candidate() is not None)

    def _after(self, batch_id: int | None = None) -> None:
        self.model.set_rows(appraisal_batches.list_batches(self.ctx))
        if batch_id is not None:
            select_record(self.table, batch_id)
        self._show_batch()

    def new_batch(self) -> None:
        data = BatchDialog.ask(occupations.list_occupations(self.ctx), self)
        if data is None:
            return
        created = feedback.attempt(self, lambda: appraisal_batches.create_batch(self.ctx, data))
        if created is not None:
            self._after(created.id)

    def add_eligible(self) -> None:
        batch = self.current()
        eligible = feedback.attempt(self, lambda: appraisal_eligibility.eligible_people(
            self.ctx, batch.occupation_code or batch.occupation, batch.level))
        if eligible is None:
            return
        present = {c.trainee_id for c in appraisal_batches.list_candidates(self.ctx, batch.id)}
        chosen = [r.trainee_id for r in eligible if r.trainee_id not in present][:batch.capacity - len(present)]
        if not chosen:
            feedback.inform(self, self.tr("Nobody else is eligible for this level today."))
            return
        if feedback.attempt(self, lambda: appraisal_batches.add_candidates(self.ctx, batch.id, chosen)) is not None:
            self._after(batch.id)

    def add_by_hand(self) -> None:
        batch = self.current()
        id_number, ok = QInputDialog.getText(self, self.tr("Add by hand"), self.tr("ID card number of the person:"))
        if not ok or not id_number.strip():
            return
        found = list_trainees(self.ctx, TraineeQuery(search=id_number.strip()))
        if len(found) != 1:
            feedback.inform(self, self.tr("No single trainee has this ID card number."))
            return
        answer = feedback.attempt(self, lambda: appraisal_eligibility.check_person(
            self.ctx, found[0].id, batch.occupation_code or batch.occupation, batch.level))
        if answer is None:
            return
        reason = ""
        if not answer.eligible:
            reason, ok = QInputDialog.getText(self, self.tr("Add by hand"), self.tr(
                "%1 is not eligible for this level. Reason for admitting them (kept on record):")
                .replace("%1", found[0].name))
            if not ok:
                return
        if feedback.attempt(self, lambda: appraisal_batches.add_candidates(
                self.ctx, batch.id, [found[0].id], override_reason=reason)) is not None:
            self._after(batch.id)

    def start_scoring(self) -> None:
        batch = self.current()
        if feedback.attempt(self, lambda: appraisal_batches.start_scoring(self.ctx, batch.id)) is not None:
            self._after(batch.id)

    def set_status(self) -> None:
        candidate = self.grid.current_candidate()
        if candidate is None:
            feedback.inform(self, self.tr("Choose a candidate in the grid first."))
            return
        status = self.status.currentData()
        if feedback.attempt(self, lambda: appraisal_scores.set_status(self.ctx, candidate.id, status)) is not None:
            self._after(candidate.batch_id)

    def approve(self) -> None:
        batch = self.current()
        blockers = feedback.attempt(self, lambda: appraisal_scores.approval_blockers(self.ctx, batch.id))
        if blockers is None:
            return
        if blockers:
            feedback.inform(self, "\n".join(translate_message(m) for m in blockers))
            return
        candidates = appraisal_batches.list_candidates(self.ctx, batch.id)
        if not any(c.outcome == "passed" for c in candidates):
            self._approve_without_passes(batch)
            return
        issued = issue_batch(
            self, self.ctx, self.tr("Approve batch %1").replace("%1", batch.number),
            self.tr("Approving locks the batch, records the passed candidates' new level and issues their level "
                    "certificates. The level is obtained on the issue date."),
            f"{batch.number}-证书.pdf", self.tr("Issuing level certificates…"),
            self._approval(batch.id))
        if issued is not None:
            self._after(batch.id)

    def _approve_without_passes(self, batch) -> None:
        """Nobody passed: no certificate, so no issue date, file or print preview to ask for."""
        if not feedback.confirm(self, self.tr(
                "Nobody passed in batch %1. Approving locks the batch with these results; no level is recorded and "
                "no certificate is issued. Approve it?").replace("%1", batch.number)):
            return
        done = feedback.attempt(self, lambda: appraisal_scores.approve_batch(
            self.ctx, batch.id, dt.date.today(), io.BytesIO()))
        if done is None:
            return
        self._after(batch.id)
        feedback.inform(self, self.tr("Batch %1 was approved. Nobody passed, so no certificate was issued.")
                        .replace("%1", batch.number))

    def _approval(self, batch_id: int):
        ctx = self.ctx

        def issue(issue_date, path, progress):
            return appraisal_scores.approve_batch(ctx, batch_id, issue_date, path, progress)[1]
        return issue

    def print_pass_list(self) -> None:
        batch = self.current()
        path = ask_save_path(self, self.tr("Pass list"), f"{batch.number}-合格人员名单.pdf", PDF_FILTER)
        if path is None:
            return
        try:
            appraisal_prints.write_pass_list(self.ctx, batch.id, path)
        except UserError as error:
            feedback.show_user_error(self, error)
            return
        feedback.inform(self, self.tr("The pass list was saved to %1.").replace("%1", str(path)))

    def cancel_batch(self) -> None:
        batch = self.current()
        if batch is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Cancel batch %1").replace("%1", batch.number), self.tr(
            "Cancelling stops batch %1 for good: its candidates and scores are kept but nothing more can be "
            "entered or approved.\n\nReason (kept with the batch):").replace("%1", batch.number))
        if not ok:
            return
        if not reason.strip():
            feedback.inform(self, self.tr("Give the reason; it is kept with the batch."))
            return
        if not feedback.confirm(self, self.tr("Cancel batch %1 (%2)?").replace("%1", batch.title)
                                .replace("%2", reason.strip())):
            return
        if feedback.attempt(self, lambda: appraisal_batches.cancel_batch(self.ctx, batch.id, reason)) is not None:
            self._after(batch.id)

    def remove_candidate(self) -> None:
        candidate = self.grid.current_candidate()
        if candidate is None:
            feedback.inform(self, self.tr("Choose a candidate in the grid first."))
            return
        batch = self.current()
        if not feedback.confirm(self, self.tr("Remove %1 from batch %2?").replace("%1", candidate.name)
                                .replace("%2", batch.number if batch else "")):
            return
        if feedback.attempt(self, lambda: appraisal_batches.remove_candidate(self.ctx, candidate.id) or True):
            self._after(candidate.batch_id)
