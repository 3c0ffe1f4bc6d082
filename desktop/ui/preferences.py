"""Preferences of this workstation, and changing one's own password."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError, ValidationFailed
from desktop.services import accounts
from desktop.services.context import ServiceContext
from desktop.ui.i18n import LANGUAGE_KEY, SYSTEM, translate_message
from desktop.ui.widgets import ErrorLabel


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        # Each language is named in itself, so a user can find theirs whatever is shown now.
        self.language.addItem(self.tr("System language"), SYSTEM)
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        current = self.language.findData(settings.value(LANGUAGE_KEY, SYSTEM))
        self.language.setCurrentIndex(max(current, 0))
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        note = QLabel(self.tr("A new language takes effect when Skillbase next starts."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def save(self) -> None:
        self.settings.setValue(LANGUAGE_KEY, self.language.currentData())
        self.settings.sync()
        self.accept()

    @classmethod
    def ask(cls, settings: QSettings, parent: QWidget | None = None) -> bool:
        return cls(settings, parent).exec() == QDialog.DialogCode.Accepted


class PasswordChangeDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Change password"))
        self.old = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for edit in (self.old, self.new, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Current password:"), self.old)
        form.addRow(self.tr("New password:"), self.new)
        form.addRow(self.tr("Repeat new password:"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.change)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def change(self) -> None:
        if self.new.text() != self.repeat.text():
            self.error.show_message(self.tr("The two new passwords differ."))
            return
        try:
            accounts.change_own_password(self.ctx, self.old.text(), self.new.text())
        except ValidationFailed as error:
            self.error.show_message("\n".join(translate_message(m) for m in error.field_errors.values()))
            return
        except UserError as error:
            self.error.show_message(translate_message(error.message))
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent: QWidget | None = None) -> bool:
        return cls(ctx, parent).exec() == QDialog.DialogCode.Accepted
