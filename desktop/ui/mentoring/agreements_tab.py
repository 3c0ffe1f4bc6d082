"""The agreements: the list (filtered and paged in SQL) above the chosen agreement's plan,
reviews and outcomes, with the actions of its life from draft to completed or terminated."""
from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.levels import LEVEL_NAMES
from desktop.services import mentoring, mentoring_exports, mentoring_progress, mentoring_prints
from desktop.services.context import ServiceContext
from desktop.services.mentoring import AgreementQuery
from desktop.services.mentoring_progress import AgreementDetail
from desktop.ui import feedback
from desktop.ui.file_dialogs import EXCEL_FILTER, PDF_FILTER, ask_save_path
from desktop.ui.mentoring.agreement_dialog import AgreementDialog
from desktop.ui.mentoring.labels import on_track_label, outcome_label, period_label, status_label, statuses
from desktop.ui.mentoring.models import AgreementTableModel, PlanModel, ReviewModel
from desktop.ui.mentoring.small_dialogs import FormDialog, comment_box, date_edit, score_box, text_line
from desktop.ui.widgets import SearchBox, row_table, select_record, selected_record


def _button(name: str, text: str, slot, bar: QHBoxLayout, buttons: dict[str, QPushButton]) -> None:
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(slot)
    buttons[name] = button
    bar.addWidget(button)


class AgreementsTab(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail: AgreementDetail | None = None
        self.model = AgreementTableModel(ctx, self)
        self.search = SearchBox(self.tr("Search number, apprentice or mentor"))
        self.search.setObjectName("search")
        self.search.searched.connect(self.refresh)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("All statuses"), None)
        for code, label in statuses():
            self.status.addItem(label, code)
        self.status.addItem(self.tr("Ending within 30 days"), "ending")
        self.status.currentIndexChanged.connect(self.refresh)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status)
        for name, text, slot in (("add", self.tr("New agreement…"), self.add), ("edit", self.tr("Edit draft…"), self.edit),
                                 ("sign", self.tr("Record signing…"), self.sign), ("renew", self.tr("Renew…"), self.renew),
                                 ("complete", self.tr("Complete…"), self.complete),
                                 ("terminate", self.tr("Terminate…"), self.terminate),
                                 ("print", self.tr("Print agreement…"), self.print_agreement),
                                 ("export", self.tr("Export…"), self.export)):
            _button(name, text, slot, bar, self.buttons)
        self.table = row_table("agreements", self.model)
        self.table.doubleClicked.connect(self._double_clicked)
        self.count = QLabel()
        self.count.setObjectName("count")
        self.heading = QLabel()
        self.heading.setObjectName("agreementHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.plan_model, self.review_model = PlanModel(self), ReviewModel(self)
        self.plan_table = row_table("plan", self.plan_model)
        self.review_table = row_table("reviews", self.review_model)
        self.outcomes = QListWidget()
        self.outcomes.setObjectName("outcomes")
        self.details = QTabWidget()
        self.details.setObjectName("agreementTabs")
        # The plan's and the reviews' actions: a button each, and the same in the table's
        # context menu (QActions enabled with the buttons).
        self.menu_actions: dict[str, QAction] = {}
        self.details.addTab(self._with_buttons(self.plan_table, (
            ("addItem", self.tr("Add skill…"), self.add_item), ("editItem", self.tr("Edit item…"), self.edit_item),
            ("removeItem", self.tr("Remove item…"), self.remove_item),
            ("signOff", self.tr("Sign off…"), self.sign_off),
            ("undoSignOff", self.tr("Undo sign-off…"), self.undo_sign_off))),
            self.tr("Plan"))
        self.details.addTab(self._with_buttons(self.review_table, (
            ("addReview", self.tr("Record review…"), self.add_review),
            ("editReview", self.tr("Edit review…"), self.edit_review),
            ("removeReview", self.tr("Remove review…"), self.remove_review),
            ("printReview", self.tr("Print review form…"), self.print_review))), self.tr("Reviews"))
        self.plan_table.doubleClicked.connect(self._item_double_clicked)
        self.review_table.doubleClicked.connect(self._review_double_clicked)
        self.details.addTab(self.outcomes, self.tr("Outcomes"))
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(bar)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(self.count)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.heading)
        lower_layout.addWidget(self.details, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.model.modelReset.connect(self._chosen)
        self.plan_table.selectionModel().selectionChanged.connect(self._enable)
        self.review_table.selectionModel().selectionChanged.connect(self._enable)

    def _with_buttons(self, table: QTableView, specs) -> QWidget:
        box = QWidget()
        bar = QHBoxLayout()
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for name, text, slot in specs:
            _button(name, text, slot, bar, self.buttons)
            action = QAction(text, table)
            action.setObjectName(name + "Action")
            action.triggered.connect(slot)
            table.addAction(action)
            self.menu_actions[name] = action
        bar.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(bar)
        layout.addWidget(table, 1)
        return box

    # -- the list ----------------------------------------------------------------------------

    def query(self) -> AgreementQuery:
        status = self.status.currentData()
        if status == "ending":
            return AgreementQuery(search=self.search.text(), ending_within_days=30,
                                  sort=mentoring.AgreementSort.END)
        return AgreementQuery(search=self.search.text(), status=status)

    def show_ending_soon(self) -> None:
        self.status.setCurrentIndex(self.status.findData("ending"))

    def refresh(self) -> None:
        self.search.cancel_pending()
        chosen = self.selected()
        total = feedback.attempt(self, lambda: self.model.set_query(self.query()))
        if total is None:
            return
        self.count.setText(self.tr("%1 agreements").replace("%1", f"{total:,}"))
        self.table.resizeColumnsToContents()
        if chosen is not None:
            select_record(self.table, chosen.id)
        elif self.model.rows:
            self.table.selectRow(0)

    def selected(self):
        return selected_record(self.table)

    def select(self, agreement_id: int) -> None:
        select_record(self.table, agreement_id)

    def _chosen(self, *_args) -> None:
        row = self.selected()
        self.detail = None if row is None else feedback.attempt(
            self, lambda: mentoring_progress.get_agreement(self.ctx, row.id))
        self._show_detail()

    def _show_detail(self) -> None:
        detail = self.detail
        self.plan_model.set_rows(detail.plan if detail else [],
                                 running=detail is not None and detail.row.status == "active")
        self.review_model.set_rows(detail.reviews if detail else [])
        self.plan_table.resizeColumnsToContents()
        self.review_table.resizeColumnsToContents()
        self.outcomes.clear()
        if detail is None:
            self.heading.setText(self.tr("Choose an agreement above to see its plan, reviews and outcomes."))
        else:
            self.heading.setText(self._heading_html(detail))
            for outcome in detail.outcomes:
                self.outcomes.addItem(f"{outcome.on:%Y-%m-%d}  {outcome_label(outcome.kind)}：{outcome.text}")
            if not detail.outcomes:
                self.outcomes.addItem(self.tr("No level gained or prize won during the agreement yet."))
        self._enable()

    def _heading_html(self, detail: AgreementDetail) -> str:
        row, data = detail.row, detail.data
        mentors = escape(row.mentor) + (f"、{escape(row.second_mentor)}" if row.second_mentor else "")
        goals = [LEVEL_NAMES[data.target_level] if data.target_level else "", data.skills, data.competition_goal]
        parts = [f"<b>{escape(row.number)}</b> · {escape(row.apprentice)} ← {mentors} · {escape(row.occupation)}",
                 f"{status_label(row.status)} · {row.start_on:%Y-%m-%d} – {row.end_on:%Y-%m-%d}"
                 + (self.tr(" (renewed %1×)").replace("%1", str(row.renewals)) if row.renewals else "")
                 + f" · {period_label(data.review_period)}"
                 + (self.tr(" · allowance %1 yuan a month").replace("%1", str(data.allowance_yuan))
                    if data.allowance_yuan else ""),
                 self.tr("Goals: %1").replace("%1", escape(" · ".join(g for g in goals if g) or "—"))]
        if row.status != "draft":
            progress = detail.progress
            flag = on_track_label(progress.on_track)
            colour = "#1b7a2f" if progress.on_track else "#b00020"
            parts.append(f"<span style='color:{colour}'>{flag}</span> · " + self.tr(
                "%1 of %2 skills signed off, %3 due, %4 overdue").replace("%1", str(progress.signed_off))
                .replace("%2", str(progress.items)).replace("%3", str(progress.due))
                .replace("%4", str(progress.overdue)))
        if row.end_reason:
            parts.append(self.tr("Ended %1: %2").replace("%1", f"{row.ended_on:%Y-%m-%d}")
                         .replace("%2", escape(row.end_reason)))
        return "<br>".join(parts)

    def _enable(self, *_args) -> None:
        row = self.selected()
        status = row.status if row else None
        item, review = self._chosen_item(), self._chosen_review()
        open_plan = status in ("draft", "active")
        waiting = item is not None and item.signed_off_on is None  # not signed off yet
        signed = item is not None and item.signed_off_on is not None
        for name, enabled in (("edit", status == "draft"), ("sign", status == "draft"),
                              ("renew", status == "active"), ("complete", status == "active"),
                              ("terminate", status in ("draft", "active")), ("print", row is not None),
                              ("addItem", open_plan), ("editItem", open_plan and waiting),
                              ("removeItem", open_plan and waiting),
                              ("signOff", status == "active" and waiting),
                              ("undoSignOff", status == "active" and signed),
                              ("addReview", status == "active"),
                              ("editReview", status == "active" and review is not None),
                              ("removeReview", status == "active" and review is not None),
                              ("printReview", status is not None)):
            self.buttons[name].setEnabled(enabled)
            if name in self.menu_actions:
                self.menu_actions[name].setEnabled(enabled)

    def _chosen_item(self):
        return selected_record(self.plan_table)

    def _chosen_review(self):
        return selected_record(self.review_table)

    def _item_double_clicked(self, _index) -> None:
        if self.buttons["editItem"].isEnabled():
            self.edit_item()

    def _review_double_clicked(self, _index) -> None:
        if self.buttons["editReview"].isEnabled():
            self.edit_review()

    def _after_plan_change(self, agreement_id: int, item_id: int | None = None) -> None:
        self._after_change(agreement_id)
        self.details.setCurrentIndex(0)
        if item_id is not None:
            select_record(self.plan_table, item_id)

    def _after_review_change(self, agreement_id: int, review_id: int | None = None) -> None:
        self._after_change(agreement_id)
        self.details.setCurrentIndex(1)
        if review_id is not None:
            select_record(self.review_table, review_id)

    def _after_change(self, agreement_id: int | None = None) -> None:
        self.refresh()
        if agreement_id is not None:
            self.select(agreement_id)
        self._chosen()

    def _double_clicked(self, _index) -> None:
        row = self.selected()
        if row is not None and row.status == "draft":
            self.edit()

    # -- actions -------------------------------------------------------------------------------

    def add(self) -> None:
        agreement_id = AgreementDialog.ask(self.ctx, self)
        if agreement_id is not None:
            self._after_change(agreement_id)

    def edit(self) -> None:
        row = self.selected()
        if row is not None and AgreementDialog.ask(self.ctx, self, row.id) is not None:
            self._after_change(row.id)

    def sign(self) -> None:
        row = self.selected()
        if row is None:
            return
        saved = FormDialog.ask(
            self.tr("Agreement signed"),
            self.tr("%1: the parties signed and the agreement starts to run. The mentors' eligibility and "
                    "their number of apprentices are checked again.").replace("%1", row.number),
            [("signed_on", self.tr("Signed on:"), date_edit())],
            lambda d: mentoring.activate_agreement(self.ctx, row.id, d.value("signed_on")) or True, self)
        if saved:
            self._after_change(row.id)

    def renew(self) -> None:
        row = self.selected()
        if row is None:
            return
        years = QSpinBox()
        years.setRange(1, 3)
        years.setSuffix(self.tr(" year(s)"))
        saved = FormDialog.ask(
            self.tr("Renew agreement"),
            self.tr("%1 now ends on %2. A renewal adds another term.").replace("%1", row.number)
            .replace("%2", f"{row.end_on:%Y-%m-%d}"),
            [("years", self.tr("Further term:"), years)],
            lambda d: mentoring.renew_agreement(self.ctx, row.id, d.value("years")), self)
        if saved:
            self._after_change(row.id)

    def complete(self) -> None:
        self._close(self.tr("Complete agreement"), self.tr("Remarks:"), mentoring.complete_agreement,
                    min(dt.date.today(), self.selected().end_on) if self.selected() else None)

    def terminate(self) -> None:
        self._close(self.tr("Terminate agreement"), self.tr("Reason:"), mentoring.terminate_agreement, None)

    def _close(self, title: str, reason_label: str, action, day: dt.date | None) -> None:
        row = self.selected()
        if row is None:
            return
        saved = FormDialog.ask(
            title, f"{row.number} · {row.apprentice} ← {row.mentor}",
            [("on", self.tr("Date:"), date_edit(day)), ("reason", reason_label, text_line())],
            lambda d: action(self.ctx, row.id, d.value("on"), d.value("reason")) or True, self)
        if saved:
            self._after_change(row.id)

    def add_item(self) -> None:
        row = self.selected()
        if row is None:
            return
        saved = FormDialog.ask(
            self.tr("Add a skill to the plan"), "",
            [("skill", self.tr("Skill:"), text_line()), ("target_on", self.tr("Target date:"),
                                                         date_edit(dt.date.today() + dt.timedelta(days=90)))],
            lambda d: mentoring_progress.add_plan_item(self.ctx, row.id, d.value("skill"), d.value("target_on")),
            self)
        if saved:
            self._after_plan_change(row.id, saved)

    def sign_off(self) -> None:
        row, item = self.selected(), self._chosen_item()
        if row is None or item is None:
            return
        saved = FormDialog.ask(
            self.tr("Sign off a skill"),
            self.tr("The mentor confirms that the apprentice has learnt: %1").replace("%1", item.skill),
            [("on", self.tr("Date:"), date_edit()), ("comment", self.tr("Mentor's comment:"), comment_box())],
            lambda d: mentoring_progress.sign_off_item(self.ctx, item.id, d.value("on"), d.value("comment")) or True,
            self)
        if saved:
            self._after_plan_change(row.id, item.id)

    def edit_item(self) -> None:
        row, item = self.selected(), self._chosen_item()
        if row is None or item is None:
            return
        saved = FormDialog.ask(
            self.tr("Edit a plan item"), self.tr("Correct the skill or its target date."),
            [("skill", self.tr("Skill:"), text_line(item.skill)),
             ("target_on", self.tr("Target date:"), date_edit(item.target_on))],
            lambda d: mentoring_progress.update_plan_item(self.ctx, item.id, d.value("skill"),
                                                          d.value("target_on")) or True,
            self)
        if saved:
            self._after_plan_change(row.id, item.id)

    def remove_item(self) -> None:
        row, item = self.selected(), self._chosen_item()
        if row is None or item is None:
            return
        if not feedback.confirm(self, self.tr("Remove “%1” (target %2) from the plan of %3?")
                                .replace("%1", item.skill).replace("%2", f"{item.target_on:%Y-%m-%d}")
                                .replace("%3", row.number)):
            return
        if feedback.attempt(self, lambda: mentoring_progress.remove_plan_item(self.ctx, item.id) or True):
            self._after_plan_change(row.id)

    def undo_sign_off(self) -> None:
        row, item = self.selected(), self._chosen_item()
        if row is None or item is None or item.signed_off_on is None:
            return
        saved = FormDialog.ask(
            self.tr("Undo a sign-off"),
            self.tr("“%1” was signed off on %2. Undoing it makes the skill wait for its sign-off again; "
                    "the reason is kept in the audit log.").replace("%1", item.skill)
            .replace("%2", f"{item.signed_off_on:%Y-%m-%d}"),
            [("reason", self.tr("Reason:"), text_line())],
            lambda d: mentoring_progress.undo_sign_off(self.ctx, item.id, d.value("reason")) or True,
            self)
        if saved:
            self._after_plan_change(row.id, item.id)

    def add_review(self) -> None:
        row = self.selected()
        if row is None:
            return
        saved = FormDialog.ask(
            self.tr("Record a review"), self.tr("Scores are out of 100."), self._review_fields(),
            lambda d: mentoring_progress.add_review(self.ctx, row.id, d.value("reviewed_on"), d.value("mentor_score"),
                                                    d.value("apprentice_score"), d.value("mentor_comment"),
                                                    d.value("apprentice_comment")), self)
        if saved:
            self._after_review_change(row.id, saved.id)

    def edit_review(self) -> None:
        row, review = self.selected(), self._chosen_review()
        if row is None or review is None:
            return
        saved = FormDialog.ask(
            self.tr("Edit a review"),
            self.tr("The review of %1. Scores are out of 100; one review per period.").replace("%1", review.period),
            self._review_fields(review),
            lambda d: mentoring_progress.update_review(self.ctx, review.id, d.value("reviewed_on"),
                                                       d.value("mentor_score"), d.value("apprentice_score"),
                                                       d.value("mentor_comment"), d.value("apprentice_comment")),
            self)
        if saved:
            self._after_review_change(row.id, review.id)

    def remove_review(self) -> None:
        row, review = self.selected(), self._chosen_review()
        if row is None or review is None:
            return
        if not feedback.confirm(self, self.tr("Remove the review of %1 (%2) from %3?")
                                .replace("%1", review.period).replace("%2", f"{review.reviewed_on:%Y-%m-%d}")
                                .replace("%3", row.number)):
            return
        if feedback.attempt(self, lambda: mentoring_progress.remove_review(self.ctx, review.id) or True):
            self._after_review_change(row.id)

    def _review_fields(self, review=None) -> list:
        """The review form's fields, empty for a new review or holding `review` to correct it."""
        return [("reviewed_on", self.tr("Date:"), date_edit(review.reviewed_on if review else None)),
                ("mentor_score", self.tr("Mentor's score of the apprentice:"),
                 score_box(review.mentor_score) if review else score_box()),
                ("mentor_comment", self.tr("Mentor's comment:"),
                 comment_box(text=review.mentor_comment if review else "")),
                ("apprentice_score", self.tr("Apprentice's score of the mentoring:"),
                 score_box(review.apprentice_score) if review else score_box()),
                ("apprentice_comment", self.tr("Apprentice's comment:"),
                 comment_box(text=review.apprentice_comment if review else ""))]

    def print_agreement(self) -> None:
        row = self.selected()
        if row is None:
            return
        path = ask_save_path(self, self.tr("Print agreement"), f"{row.number} 师徒帮带协议.pdf", PDF_FILTER)
        if path is not None and feedback.attempt(self, lambda: mentoring_prints.print_agreement(
                self.ctx, row.id, path)) is not None:
            feedback.inform(self, self.tr("The agreement was saved to %1 for printing and signing.")
                            .replace("%1", str(path)))

    def print_review(self) -> None:
        row = self.selected()
        if row is None:
            return
        review = selected_record(self.review_table)
        suffix = review.period if review else QCoreApplication.translate("Mentoring", "blank")
        path = ask_save_path(self, self.tr("Print review form"), f"{row.number} 考核表 {suffix}.pdf", PDF_FILTER)
        if path is not None and feedback.attempt(self, lambda: mentoring_prints.print_review_form(
                self.ctx, row.id, path, review.id if review else None)) is not None:
            feedback.inform(self, self.tr("The review form was saved to %1.").replace("%1", str(path)))

    def export(self) -> None:
        path = ask_save_path(self, self.tr("Export agreements"), "agreements.xlsx", EXCEL_FILTER)
        if path is None:
            return
        count = feedback.attempt(self, lambda: mentoring_exports.export_agreements(self.ctx, path, self.query()))
        if count is not None:
            feedback.inform(self, self.tr("%1 agreements were written to %2.").replace("%1", str(count))
                            .replace("%2", str(path)))
