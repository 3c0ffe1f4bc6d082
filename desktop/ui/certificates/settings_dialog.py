"""Certificate settings shared by every workstation: the issuer and how certificates are numbered."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.certificate_numbers import NationalBody
from desktop.domain.errors import UserError, ValidationFailed
from desktop.services import certificate_settings, certificates
from desktop.services.certificate_settings import CertificateSettings
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.certificates.labels import kind_label
from desktop.ui.file_dialogs import ask_save_path
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import ErrorLabel, add_field_row

PATTERN_KINDS = ("award", "completion", "honour")


class CertificateSettingsDialog(QDialog):
    def __init__(self, ctx: ServiceContext, current: CertificateSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.current = current
        self.saved: CertificateSettings | None = None
        self.setWindowTitle(self.tr("Certificate settings"))
        self.errors: dict[str, ErrorLabel] = {}
        self.issuer = QLineEdit(current.issuer)
        self.body_type = QComboBox()
        self.body_type.addItem(self.tr("S — social organisation"), "S")
        self.body_type.addItem(self.tr("Y — employer"), "Y")
        self.body_type.setCurrentIndex(max(self.body_type.findData(current.national.body_type), 0))
        self.body_code = _code_edit(current.national.body_code, 4)
        self.province = _code_edit(current.national.province, 2)
        self.site = _code_edit(current.national.site, 6)
        self.patterns = {kind: QLineEdit(current.patterns.get(kind, "")) for kind in PATTERN_KINDS}
        for name in ("issuer", "body_type", "body_code", "province", "site"):
            getattr(self, name).setObjectName(name)
        for kind, edit in self.patterns.items():
            edit.setObjectName(f"pattern_{kind}")
        self.form_error = ErrorLabel()
        issuer_form = QFormLayout()
        self._row(issuer_form, self.tr("Issuing body:"), self.issuer, "issuer")
        national = QGroupBox(self.tr("Skill level certificates (national 22-character number)"))
        national_form = QFormLayout(national)
        self._row(national_form, self.tr("Body type:"), self.body_type, "body_type")
        self._row(national_form, self.tr("Body code (4 digits):"), self.body_code, "body_code")
        self._row(national_form, self.tr("Province code (2 digits):"), self.province, "province")
        self._row(national_form, self.tr("Site serial (6 digits):"), self.site, "site")
        patterns = QGroupBox(self.tr("Numbering patterns of the other kinds"))
        patterns_form = QFormLayout(patterns)
        hint = QLabel(self.tr("Letters, digits, - _ / and {year}, {yy}, {serial:N} (N digits), "
                              "e.g. HJ{year}{serial:5} gives HJ202600001."))
        hint.setWordWrap(True)
        patterns_form.addRow(hint)
        for kind, edit in self.patterns.items():
            self._row(patterns_form, kind_label(kind) + ":", edit, f"pattern_{kind}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        export_key = buttons.addButton(self.tr("Export public key…"), QDialogButtonBox.ButtonRole.ActionRole)
        export_key.setObjectName("exportPublicKey")
        export_key.clicked.connect(self.export_public_key)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(issuer_form)
        layout.addWidget(national)
        layout.addWidget(patterns)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)

    def _row(self, form: QFormLayout, label: str, widget: QWidget, name: str) -> None:
        add_field_row(form, label, widget, self.errors, name)

    def export_public_key(self) -> None:
        """The key that checks this workstation's QR signatures, for whoever verifies certificates."""
        path = ask_save_path(self, self.tr("Export public key"), "skillbase-public-key.pem",
                             self.tr("PEM key (*.pem)"))
        if path is not None and feedback.attempt(self, lambda: certificates.export_public_key(self.ctx, path)):
            feedback.inform(self, self.tr("The public key was saved to %1.").replace("%1", str(path)))

    def entered(self) -> CertificateSettings:
        national = NationalBody(self.body_type.currentData(), self.body_code.text().strip(),
                                self.province.text().strip(), self.site.text().strip())
        patterns = {**self.current.patterns, **{k: e.text().strip() for k, e in self.patterns.items()}}
        return CertificateSettings(self.issuer.text(), national, patterns)

    def save(self) -> None:
        for label in (*self.errors.values(), self.form_error):
            label.clear_message()
        try:
            self.saved = certificate_settings.save_certificate_settings(self.ctx, self.entered())
        except ValidationFailed as error:
            for name, msg in error.field_errors.items():
                self.errors.get(name, self.form_error).show_message(translate_message(msg))
            return
        except UserError as error:
            self.form_error.show_message(translate_message(error.message))
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent: QWidget | None = None) -> CertificateSettings | None:
        dialog = cls(ctx, certificate_settings.certificate_settings(ctx), parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None


def _code_edit(value: str, digits: int) -> QLineEdit:
    edit = QLineEdit(value)
    edit.setMaxLength(digits)
    return edit
