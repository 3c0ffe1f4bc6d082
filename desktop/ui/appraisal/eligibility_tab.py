"""Who is eligible for level N in occupation X today, with the route; one person's answer (the
route that holds, or what each route lacks) and since when they work in the occupation; the
import of levels people already hold; promotion by prize from a published competition event."""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.appraisal import Eligibility, route_text
from desktop.domain.errors import UserError
from desktop.domain.levels import LEVEL_NAMES
from desktop.domain.roles import Permission
from desktop.services import appraisal_eligibility, appraisal_excel, occupations
from desktop.services.context import ServiceContext
from desktop.services.trainees import TraineeQuery, list_trainees
from desktop.ui import feedback
from desktop.ui.appraisal.models import EligibleTableModel
from desktop.ui.appraisal.prize_dialog import PrizeDialog
from desktop.ui.file_dialogs import ask_open_path
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import add_buttons, row_table


class EligibilityTab(QWidget):
    def __init__(self, ctx: ServiceContext):
        super().__init__()
        self.ctx = ctx
        self.person: tuple[int, str] | None = None  # (trainee id, name) of the single check
        self.occupation = QComboBox()
        self.occupation.setObjectName("occupation")
        self.occupation.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.occupation.currentIndexChanged.connect(self._choice_changed)
        self.level = QComboBox()
        self.level.setObjectName("level")
        for level, name in LEVEL_NAMES.items():
            self.level.addItem(name, level)
        self.level.currentIndexChanged.connect(self._choice_changed)
        self.model = EligibleTableModel(self)
        self.table = row_table("eligibleTable", self.model)
        self.table.doubleClicked.connect(self._eligible_opened)
        self.count = QLabel()
        self.count.setObjectName("eligibleCount")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Occupation:")))
        bar.addWidget(self.occupation)
        bar.addWidget(QLabel(self.tr("Level:")))
        bar.addWidget(self.level)
        self.buttons = add_buttons(bar, [
            ("list", self.tr("Who is eligible today"), self.list_eligible),
            ("import", self.tr("Import levels held…"), self.import_levels),
            ("prize", self.tr("Promote prize winners…"), self.promote_by_prize),
        ])
        bar.addStretch(1)
        self.buttons["prize"].setEnabled(self._may(Permission.MANAGE_APPRAISALS))
        self.buttons["import"].setEnabled(self._may(Permission.EDIT_REGISTRY))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self._person_box(self._may(Permission.EDIT_REGISTRY)))
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)

    def _may(self, permission: Permission) -> bool:
        return self.ctx.actor is not None and self.ctx.actor.may(permission)

    def _person_box(self, may_edit: bool) -> QGroupBox:
        box = QGroupBox(self.tr("One person"))
        self.search = QLineEdit()
        self.search.setObjectName("personSearch")
        self.search.setPlaceholderText(self.tr("ID card number or name"))
        self.search.returnPressed.connect(self.check_person)
        self.answer = QLabel(self.tr("Check one person for the chosen occupation and level, or double-click a row "
                                     "of the list."))
        self.answer.setObjectName("personAnswer")
        self.answer.setWordWrap(True)
        self.since = QDateEdit(QDate.currentDate())
        self.since.setObjectName("since")
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setMaximumDate(QDate.currentDate())
        self.since_label = QLabel()
        self.since_label.setObjectName("sinceOnRecord")
        search_bar = QHBoxLayout()
        search_bar.addWidget(self.search, 1)
        self.person_buttons = add_buttons(search_bar, [("check", self.tr("Check"), self.check_person)])
        since_bar = QHBoxLayout()
        since_bar.addWidget(QLabel(self.tr("Works in the occupation since:")))
        since_bar.addWidget(self.since)
        self.person_buttons |= add_buttons(since_bar, [
            ("save_since", self.tr("Save date"), self.save_since),
            ("forget_since", self.tr("Forget date"), self.forget_since),
        ])
        since_bar.addWidget(self.since_label, 1)
        self.since.setEnabled(False)
        self.may_edit = may_edit
        for name in ("save_since", "forget_since"):
            self.person_buttons[name].setEnabled(False)
        layout = QVBoxLayout(box)
        layout.addLayout(search_bar)
        layout.addWidget(self.answer)
        layout.addLayout(since_bar)
        return box

    def refresh(self) -> None:
        chosen = self.occupation.currentData()
        self.occupation.blockSignals(True)
        self.occupation.clear()
        for row in occupations.list_occupations(self.ctx):
            self.occupation.addItem(f"{row.code or ''} {row.name}".strip(), row.name)
        if chosen:
            self.occupation.setCurrentIndex(max(self.occupation.findData(chosen), 0))
        self.occupation.blockSignals(False)
        if self.person is not None:  # the standards or the levels held may have changed meanwhile
            self._show_person()

    def list_eligible(self) -> None:
        occupation = self.occupation.currentData()
        if not occupation:
            return
        rows = feedback.attempt(self, lambda: appraisal_eligibility.eligible_people(
            self.ctx, occupation, self.level.currentData()))
        if rows is None:
            return
        self.model.set_rows(rows)
        self.count.setText(self.tr("%1 people are eligible today.").replace("%1", str(len(rows))))

    # -- one person ---------------------------------------------------------------------------

    def check_person(self) -> None:
        text = self.search.text().strip()
        if not text:
            self.answer.setText(self.tr("Type an ID card number or a name first."))
            return
        found = feedback.attempt(self, lambda: list_trainees(self.ctx, TraineeQuery(search=text), limit=50))
        if found is None:
            return
        if not found:
            self.answer.setText(self.tr("Nobody matches “%1”.").replace("%1", text))
            return
        chosen = found[0]
        if len(found) > 1:
            labels = [f"{row.name}  {row.masked_id}  {row.employer}" for row in found]
            label, ok = QInputDialog.getItem(self, self.tr("Check one person"), self.tr("Several people match:"),
                                             labels, 0, False)
            if not ok:
                return
            chosen = found[labels.index(label)]
        self.person = (chosen.id, chosen.name)
        self._show_person()

    def _eligible_opened(self, index) -> None:
        row = self.model.rows[index.row()]
        self.person = (row.trainee_id, row.name)
        self._show_person()

    def _choice_changed(self, _index: int) -> None:
        if self.person is not None:
            self._show_person()

    def _show_person(self) -> None:
        occupation = self.occupation.currentData()
        if self.person is None or not occupation:
            return
        trainee_id, name = self.person
        level = self.level.currentData()
        answer = feedback.attempt(self, lambda: appraisal_eligibility.check_person(
            self.ctx, trainee_id, occupation, level))
        if answer is None:
            self.person = None
            self.answer.setText("")
            self.since_label.setText("")
            self.since.setEnabled(False)
            for button in ("save_since", "forget_since"):
                self.person_buttons[button].setEnabled(False)
            return
        try:
            since = appraisal_eligibility.occupation_start(self.ctx, trainee_id, occupation)
        except UserError as error:
            feedback.show_user_error(self, error)
            return
        self.answer.setText(self._answer_html(name, occupation, level, answer))
        self.since.setEnabled(self.may_edit)
        self.person_buttons["save_since"].setEnabled(self.may_edit)
        self.person_buttons["forget_since"].setEnabled(self.may_edit and since is not None)
        if since is not None:
            self.since.setDate(QDate(since.year, since.month, since.day))
            self.since_label.setText(self.tr("On record."))
        else:
            self.since_label.setText(self.tr("Not on record: the “years in the occupation” routes cannot hold."))

    def _answer_html(self, name: str, occupation: str, level: int, answer: Eligibility) -> str:
        who = html.escape(f"{name} · {occupation} · {LEVEL_NAMES[level]}")
        if answer.eligible:
            return (f"<b>{who}</b>: <span style='color:#15803D'>" + html.escape(self.tr("eligible")) + "</span> — "
                    + html.escape(self.tr("route: %1").replace("%1", answer.route_label)))
        if answer.reason is not None:
            return (f"<b>{who}</b>: <span style='color:#B91C1C'>" + html.escape(self.tr("not eligible")) + "</span> — "
                    + html.escape(translate_message(answer.reason)))
        lines = "".join("<br>• " + html.escape(route_text(route)) + ": "
                        + html.escape(" ".join(translate_message(m) for m in lacks))
                        for route, lacks in answer.missing)
        return (f"<b>{who}</b>: <span style='color:#B91C1C'>" + html.escape(self.tr("not eligible")) + "</span>. "
                + html.escape(self.tr("What each route lacks:")) + lines)

    def save_since(self) -> None:
        self._set_since(self.since.date().toPython())

    def forget_since(self) -> None:
        if feedback.confirm(self, self.tr("Forget since when %1 works in the occupation?").replace(
                "%1", self.person[1] if self.person else "")):
            self._set_since(None)

    def _set_since(self, since: dt.date | None) -> None:
        occupation = self.occupation.currentData()
        if self.person is None or not occupation:
            return
        trainee_id = self.person[0]
        done = feedback.attempt(self, lambda: appraisal_eligibility.set_occupation_start(
            self.ctx, trainee_id, occupation, since) or True)
        if done:
            self._show_person()

    # -- levels held and prizes ---------------------------------------------------------------

    def import_levels(self) -> None:
        path = ask_open_path(self, self.tr("Import levels held"), self.tr("Excel workbook (*.xlsx)"))
        if path is None:
            return
        report = feedback.attempt(self, lambda: appraisal_excel.import_levels(self.ctx, path))
        if report is None:
            return
        if report.errors:
            lines = [self.tr("Row %1: %2").replace("%1", str(e.row)).replace("%2", translate_message(e.message))
                     for e in report.errors[:20]]
            more = len(report.errors) - len(lines)
            if more > 0:
                lines.append(self.tr("… and %1 more problems.").replace("%1", str(more)))
            feedback.inform(self, self.tr("Nothing was imported:") + "\n" + "\n".join(lines))
            return
        feedback.inform(self, self.tr("%1 levels were imported.").replace("%1", str(report.imported)))
        self._after_levels_changed()

    def promote_by_prize(self) -> None:
        if PrizeDialog.promote(self.ctx, self) is not None:
            self._after_levels_changed()

    def _after_levels_changed(self) -> None:
        """Levels held changed: the list and the one person's answer may have too."""
        if self.model.rows:
            self.list_eligible()
        if self.person is not None:
            self._show_person()
