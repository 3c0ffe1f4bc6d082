"""Draw up or change a draft agreement: the apprentice, one or two mentors, the occupation,
term and goals. A refused pairing shows which rule failed under the mentor."""
from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.levels import LEVEL_NAMES
from desktop.services import mentoring, mentoring_progress, occupations
from desktop.services.context import ServiceContext
from desktop.services.mentoring import AgreementInput
from desktop.services.mentoring_progress import AgreementDetail
from desktop.ui import feedback
from desktop.ui.mentoring.labels import periods
from desktop.ui.trainees.finder import TraineeFinder
from desktop.ui.widgets import ErrorLabel, add_field_row, submit


class PersonDialog(QDialog):
    """Find a registered person by name, ID number or phone."""

    def __init__(self, ctx: ServiceContext, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(520, 380)
        self.finder = TraineeFinder(ctx, self.tr("Name, ID number or phone, then Return"))
        self.finder.activated.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.finder, 1)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, ctx: ServiceContext, title: str, parent: QWidget | None = None) -> tuple[int, str] | None:
        dialog = cls(ctx, title, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.finder.chosen()


class PersonPicker(QWidget):
    """The chosen person's name with a button to choose another (and one to clear, if optional)."""

    changed = Signal()

    def __init__(self, ctx: ServiceContext, title: str, optional: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.title = ctx, title
        self.person_id: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.shown = QLineEdit()
        self.shown.setReadOnly(True)
        self.shown.setPlaceholderText(self.tr("(none)") if optional else self.tr("(choose)"))
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("choose")
        choose.clicked.connect(self.choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.shown, 1)
        layout.addWidget(choose)
        if optional:
            clear = QPushButton(self.tr("Clear"))
            clear.setObjectName("clear")
            clear.clicked.connect(self.clear)
            layout.addWidget(clear)

    def choose(self) -> None:
        chosen = PersonDialog.ask(self.ctx, self.title, self)
        if chosen is not None:
            self.set_person(*chosen)

    def set_person(self, person_id: int | None, name: str = "") -> None:
        self.person_id = person_id
        self.shown.setText(name if person_id is not None else "")
        self.changed.emit()

    def clear(self) -> None:
        self.set_person(None)


class AgreementDialog(QDialog):
    def __init__(self, ctx: ServiceContext, existing: AgreementDetail | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.existing = ctx, existing
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit draft agreement") if existing else self.tr("New mentoring agreement"))
        self.resize(620, 560)
        data = existing.data if existing else None
        self.apprentice = PersonPicker(ctx, self.tr("Choose the apprentice"))
        self.mentor = PersonPicker(ctx, self.tr("Choose the craft mentor"))
        self.second_mentor = PersonPicker(ctx, self.tr("Choose the mentor for professional conduct"), optional=True)
        self.occupation = QComboBox()
        self.occupation.setObjectName("occupation")
        for row in feedback.attempt(self, lambda: occupations.list_occupations(ctx)) or []:
            self.occupation.addItem(row.name)
        self.start = QDateEdit(QDate.currentDate())
        self.start.setObjectName("start")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.term = QSpinBox()
        self.term.setObjectName("term")
        self.term.setRange(1, 3)
        self.term.setSuffix(self.tr(" year(s)"))
        self.target_level = QComboBox()
        self.target_level.setObjectName("target_level")
        self.target_level.addItem(self.tr("(no target)"), None)
        for level in (5, 4, 3, 2, 1):
            self.target_level.addItem(LEVEL_NAMES[level], level)
        self.skills = QPlainTextEdit()
        self.skills.setObjectName("skills")
        self.skills.setPlaceholderText(self.tr("Skills the mentor passes on"))
        self.skills.setMaximumHeight(80)
        self.competition_goal = QLineEdit()
        self.competition_goal.setObjectName("competition_goal")
        self.allowance = QSpinBox()
        self.allowance.setObjectName("allowance")
        self.allowance.setRange(0, 100_000)
        self.allowance.setSuffix(self.tr(" yuan a month"))
        self.allowance.setSpecialValueText(self.tr("No allowance"))
        self.review_period = QComboBox()
        self.review_period.setObjectName("review_period")
        for code, label in periods():
            self.review_period.addItem(label, code)
        self.review_period.setCurrentIndex(1)
        self.errors: dict[str, ErrorLabel] = {}
        form = QFormLayout()
        for label, widget, name in (
                (self.tr("Apprentice:"), self.apprentice, "apprentice"),
                (self.tr("Craft mentor (技术导师):"), self.mentor, "mentor"),
                (self.tr("Second mentor (conduct):"), self.second_mentor, "second_mentor"),
                (self.tr("Occupation:"), self.occupation, "occupation"),
                (self.tr("Start:"), self.start, "start_on"),
                (self.tr("Term:"), self.term, "term_years"),
                (self.tr("Target level:"), self.target_level, "target_level"),
                (self.tr("Skills to pass on:"), self.skills, "skills"),
                (self.tr("Competition goal:"), self.competition_goal, "competition_goal"),
                (self.tr("Mentor allowance:"), self.allowance, "allowance_yuan"),
                (self.tr("Reviews:"), self.review_period, "review_period")):
            add_field_row(form, label, widget, self.errors, name)
        self.form_error = ErrorLabel()
        self.form_error.setObjectName("form_error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)
        if existing is not None and data is not None:
            row = existing.row
            self.apprentice.set_person(row.apprentice_id, row.apprentice)
            self.mentor.set_person(row.mentor_id, row.mentor)
            if row.second_mentor_id is not None:
                self.second_mentor.set_person(row.second_mentor_id, row.second_mentor)
            self.occupation.setCurrentText(data.occupation)
            self.start.setDate(QDate(data.start_on.year, data.start_on.month, data.start_on.day))
            self.term.setValue(data.term_years)
            self.target_level.setCurrentIndex(max(self.target_level.findData(data.target_level), 0))
            self.skills.setPlainText(data.skills)
            self.competition_goal.setText(data.competition_goal)
            self.allowance.setValue(data.allowance_yuan or 0)
            self.review_period.setCurrentIndex(max(self.review_period.findData(data.review_period), 0))

    def entered(self) -> AgreementInput | None:
        if self.apprentice.person_id is None or self.mentor.person_id is None:
            return None
        return AgreementInput(
            self.apprentice.person_id, self.mentor.person_id, self.occupation.currentText(),
            self.start.date().toPython(), self.term.value(), self.second_mentor.person_id,
            self.target_level.currentData(), self.skills.toPlainText(), self.competition_goal.text(),
            self.allowance.value() or None, self.review_period.currentData())

    def save(self) -> None:
        data = self.entered()
        if data is None:
            for label in self.errors.values():
                label.clear_message()
            for name, picker in (("apprentice", self.apprentice), ("mentor", self.mentor)):
                if picker.person_id is None:
                    self.errors[name].show_message(self.tr("Choose a person."))
            return
        if self.existing is not None:
            agreement_id = self.existing.row.id
            if submit(self.errors, self.form_error,
                      lambda: mentoring.update_agreement(self.ctx, agreement_id, data) or agreement_id) is None:
                return
            self.saved_id = agreement_id
        else:
            self.saved_id = submit(self.errors, self.form_error, lambda: mentoring.create_agreement(self.ctx, data))
            if self.saved_id is None:
                return
        self.accept()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent: QWidget | None, agreement_id: int | None = None) -> int | None:
        existing = None
        if agreement_id is not None:
            existing = feedback.attempt(parent, lambda: mentoring_progress.get_agreement(ctx, agreement_id))
            if existing is None:
                return None
        dialog = cls(ctx, existing, parent)
        dialog.exec()
        return dialog.saved_id
