"""Revoke a certificate (with a reason) or re-issue it corrected (a new number replaces the old)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError, ValidationFailed
from desktop.services import certificates
from desktop.services.certificates import CORRECTABLE, CertificateDetail, CertificateRow
from desktop.services.context import ServiceContext
from desktop.ui.certificates.labels import kind_label, value_label
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import ErrorLabel, add_field_row

# What a correction may change, per kind (the level itself is part of the number: revoke instead).
_KIND_FIELDS = {"level": ("occupation",), "award": ("award", "competition", "occupation"),
                "completion": ("class_title", "hours", "occupation"), "honour": ("honour_title", "occupation")}
_PERSON_FIELDS = ("holder_name", "gender", "id_number", "employer")


class _ReasonDialog(QDialog):
    """A dialog that ends in a reason kept with the certificate, and a service call."""

    def __init__(self, ctx: ServiceContext, row: CertificateRow, parent: QWidget | None):
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.result_row: CertificateRow | None = None
        self.setMinimumWidth(480)
        self.errors: dict[str, ErrorLabel] = {}
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaximumHeight(80)
        self.form_error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def headline(self) -> QLabel:
        label = QLabel(self.tr("%1 No. %2, %3 — %4").replace("%1", kind_label(self.row.kind))
                       .replace("%2", self.row.number).replace("%3", self.row.holder_name)
                       .replace("%4", self.row.detail))
        label.setWordWrap(True)
        label.setStyleSheet("font-weight: bold;")
        return label

    def field(self, form: QFormLayout, label: str, widget: QWidget, name: str) -> None:
        add_field_row(form, label, widget, self.errors, name)

    def perform(self) -> CertificateRow:
        raise NotImplementedError

    def save(self) -> None:
        for label in (*self.errors.values(), self.form_error):
            label.clear_message()
        try:
            self.result_row = self.perform()
        except ValidationFailed as error:
            for name, msg in error.field_errors.items():
                self.errors.get(name, self.form_error).show_message(translate_message(msg))
            return
        except UserError as error:
            self.form_error.show_message(translate_message(error.message))
            return
        self.accept()


class RevokeDialog(_ReasonDialog):
    def __init__(self, ctx: ServiceContext, row: CertificateRow, parent: QWidget | None = None):
        super().__init__(ctx, row, parent)
        self.setWindowTitle(self.tr("Revoke certificate"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Revoke"))
        warning = QLabel(self.tr("A revoked certificate stays in the registry and verifies as revoked. "
                                 "This cannot be undone."))
        warning.setWordWrap(True)
        form = QFormLayout()
        self.field(form, self.tr("Reason:"), self.reason, "reason")
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline())
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)

    def perform(self) -> CertificateRow:
        return certificates.revoke_certificate(self.ctx, self.row.id, self.reason.toPlainText())

    @classmethod
    def ask(cls, ctx: ServiceContext, row: CertificateRow, parent: QWidget | None = None) -> CertificateRow | None:
        """Revoke after asking the reason; the revoked row, or None when cancelled."""
        dialog = cls(ctx, row, parent)
        return dialog.result_row if dialog.exec() == QDialog.DialogCode.Accepted else None


class ReissueDialog(_ReasonDialog):
    def __init__(self, ctx: ServiceContext, detail: CertificateDetail, parent: QWidget | None = None):
        super().__init__(ctx, detail.row, parent)
        self.setWindowTitle(self.tr("Re-issue a corrected certificate"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Re-issue"))
        self.printed = detail.printed_values
        explanation = QLabel(self.tr("Correct what is wrong. The certificate gets a new number and today's date; "
                                     "the old one stays in the registry as replaced."))
        explanation.setWordWrap(True)
        form = QFormLayout()
        self.values: dict[str, QLineEdit] = {}
        for name in (*_PERSON_FIELDS, *_KIND_FIELDS[detail.row.kind]):
            if name not in CORRECTABLE:
                continue
            edit = QLineEdit(str(self.printed.get(name, "") or ""))
            edit.setObjectName(name)
            self.values[name] = edit
            self.field(form, value_label(name) + ":", edit, name)
        self.field(form, self.tr("Reason:"), self.reason, "reason")
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline())
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)

    def corrections(self) -> dict[str, str]:
        """Only what changed, so the snapshot keeps every untouched value exactly."""
        return {name: edit.text() for name, edit in self.values.items()
                if edit.text().strip() != str(self.printed.get(name, "") or "").strip()}

    def perform(self) -> CertificateRow:
        return certificates.reissue_certificate(self.ctx, self.row.id, self.corrections(),
                                                self.reason.toPlainText())

    @classmethod
    def ask(cls, ctx: ServiceContext, certificate_id: int, parent: QWidget | None = None) -> CertificateRow | None:
        """Re-issue with corrections; the new certificate's row, or None when cancelled."""
        dialog = cls(ctx, certificates.get_certificate(ctx, certificate_id), parent)
        return dialog.result_row if dialog.exec() == QDialog.DialogCode.Accepted else None
