"""Issue a batch: kind, template, date, what the certificate says, and its holders; then print."""
from __future__ import annotations

from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError, ValidationFailed
from desktop.domain.levels import LEVEL_NAMES
from desktop.services import catalogue, certificate_templates, certificates
from desktop.services.certificates import CertificateRow, IssueRequest
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.background import run_with_progress
from desktop.ui.certificates.holder_picker import HolderPicker
from desktop.ui.certificates.labels import KINDS, kind_label
from desktop.ui.certificates.print_dialog import show_certificates
from desktop.ui.certificates.printer_output import ScratchFiles
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import ErrorLabel, add_field_row

AWARDS = ("一等奖", "二等奖", "三等奖", "优秀奖")


class IssueDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, kind: str = "level"):
        super().__init__(parent)
        self.ctx = ctx
        self.issued: list[CertificateRow] = []
        self.scratch: ScratchFiles | None = None
        self.pdf = None
        self.setWindowTitle(self.tr("Issue certificates"))
        self.resize(860, 640)
        choices = catalogue.choices(ctx)
        self.errors: dict[str, ErrorLabel] = {}
        self.kind = QComboBox()
        for code in KINDS:
            self.kind.addItem(kind_label(code), code)
        self.template = QComboBox()
        self.issue_date = QDateEdit(QDate.currentDate())
        self.issue_date.setCalendarPopup(True)
        self.issue_date.setDisplayFormat("yyyy-MM-dd")
        self.level = QComboBox()
        for number in sorted(LEVEL_NAMES, reverse=True):  # 五级 (the lowest) first
            self.level.addItem(LEVEL_NAMES[number], number)
        self.occupation = _editable_combo([c.name for c in choices.occupations])
        self.occupation.lineEdit().setPlaceholderText(self.tr("As registered for the trainee"))
        self.award = _editable_combo(list(AWARDS))
        self.competition = QLineEdit()
        self.class_title = QLineEdit()
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 5000)
        self.hours.setDecimals(1)
        self.hours.setSpecialValueText(self.tr("not printed"))
        self.honour_title = _editable_combo([c.name for c in choices.honours])
        self.holders = HolderPicker(ctx)
        self.fields_only = QCheckBox(self.tr("Fields only (pre-printed stock)"))
        self.form_error = ErrorLabel()
        self.form_error.setObjectName("form_error")
        for name in ("kind", "template", "issue_date", "level", "occupation", "award", "competition",
                     "class_title", "hours", "honour_title", "fields_only"):
            getattr(self, name).setObjectName(name)
        self._layout()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self._kind_changed()
        self.holders.find()

    def _layout(self) -> None:
        top = QFormLayout()
        self._row(top, self.tr("Kind:"), self.kind, "kind")
        self._row(top, self.tr("Template:"), self.template, "template")
        self._row(top, self.tr("Issue date:"), self.issue_date, "issue_date")
        self.details = QStackedWidget()
        for rows in (
            ((self.tr("Skill level:"), self.level, "level"), (self.tr("Occupation:"), self.occupation, "occupation")),
            ((self.tr("Award:"), self.award, "award"), (self.tr("Competition:"), self.competition, "competition")),
            ((self.tr("Class:"), self.class_title, "class_title"), (self.tr("Training hours:"), self.hours, "hours")),
            ((self.tr("Honour:"), self.honour_title, "honour_title"),),
        ):
            page = QWidget()
            form = QFormLayout(page)
            form.setContentsMargins(0, 0, 0, 0)
            for label, widget, name in rows:
                self._row(form, label, widget, name)
            self.details.addWidget(page)
        holders_box = QGroupBox(self.tr("Holders (several make a batch)"))
        holders_layout = QVBoxLayout(holders_box)
        holders_layout.addWidget(self.holders)
        self.errors["holders"] = ErrorLabel()
        holders_layout.addWidget(self.errors["holders"])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.issue_button = buttons.addButton(self.tr("Issue and print…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.issue_button.setObjectName("issue")
        buttons.accepted.connect(self.issue)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addWidget(holders_box, 1)
        layout.addWidget(self.fields_only)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)

    def _row(self, form: QFormLayout, label: str, widget: QWidget, name: str) -> None:
        add_field_row(form, label, widget, self.errors, name)

    def _kind_changed(self) -> None:
        for label in (*self.errors.values(), self.form_error):
            label.clear_message()
        kind = self.kind.currentData()
        self.details.setCurrentIndex(KINDS.index(kind))
        templates = feedback.attempt(self, lambda: certificate_templates.list_templates(self.ctx, kind)) or []
        self.template.clear()
        for template in templates:
            self.template.addItem(self.tr("%1 (version %2)").replace("%1", template.name)
                                  .replace("%2", str(template.version)), template.key)

    def requests(self) -> list[IssueRequest]:
        kind = self.kind.currentData()
        day = self.issue_date.date().toPython()
        hours = self.hours.value() or None
        return [IssueRequest(kind, trainee_id, day, template_key=self.template.currentData(),
                             occupation=self.occupation.currentText() if kind == "level" else "",
                             level=self.level.currentData() if kind == "level" else None,
                             award=self.award.currentText(), competition=self.competition.text(),
                             class_title=self.class_title.text(), hours=hours,
                             honour_title=self.honour_title.currentText())
                for trainee_id in self.holders.holder_ids()]

    def issue(self) -> None:
        for label in (*self.errors.values(), self.form_error):
            label.clear_message()
        requests = self.requests()
        fields_only = self.fields_only.isChecked()
        scratch = ScratchFiles()
        pdf = scratch.new_pdf()
        label = self.tr("Issuing and printing %1 certificates…").replace("%1", str(len(requests)))
        try:
            rows = run_with_progress(self, label, lambda progress: certificates.issue_and_print(
                self.ctx, requests, pdf, progress=progress, fields_only=fields_only))
        except ValidationFailed as error:
            scratch.remove()
            for name, msg in error.field_errors.items():
                self.errors.get(name, self.form_error).show_message(translate_message(msg))
            widget = self.findChild(QWidget, next(iter(error.field_errors)))
            if widget is not None:
                widget.setFocus()
            return
        except UserError as error:
            scratch.remove()
            self.form_error.show_message(translate_message(error.message))
            return
        self.issued, self.scratch, self.pdf = rows, scratch, pdf
        self.accept()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent: QWidget | None = None, settings: QSettings | None = None,
            kind: str = "level") -> list[CertificateRow] | None:
        """Issue a batch and show it for printing; the issued rows, or None when nothing was issued."""
        dialog = cls(ctx, parent, kind)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        # issue_and_print counted the first print: only a second print or save is a reprint.
        show_certificates(ctx, [row.id for row in dialog.issued], settings, parent, pdf=dialog.pdf,
                          scratch=dialog.scratch, fields_only=dialog.fields_only.isChecked(), already_counted=1)
        return dialog.issued


def _editable_combo(names: list[str]) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItem("")
    combo.addItems(names)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return combo
