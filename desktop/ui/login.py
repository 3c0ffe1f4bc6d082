"""Logging in, and setting the administrator's password on a new database."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError, ValidationFailed
from desktop.domain.messages import message
from desktop.domain.roles import ROLE_LABELS, Role
from desktop.services import accounts
from desktop.services.context import Actor, ServiceContext
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import ErrorLabel


class LoginDialog(QDialog):
    def __init__(self, ctx: ServiceContext, demo_accounts: tuple = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Log in to Skillbase"))
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Skillbase — skills-training base management"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        if demo_accounts:
            rows = "".join(f"<tr><td>{u}</td><td>{p}</td><td>{translate_message(message(ROLE_LABELS[Role(r)]))}</td></tr>"
                           for u, p, r in demo_accounts)
            demo = QLabel(self.tr("Demo accounts:") + f"<table cellpadding='3'>{rows}</table>")
            demo.setObjectName("demoAccounts")
            demo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(demo)
            self.username.setText(demo_accounts[0][0])
        layout.addWidget(buttons)

    def try_login(self) -> None:
        try:
            self.actor = accounts.log_in(self.ctx, self.username.text(), self.password.text())
        except UserError as error:
            self.error.show_message(translate_message(error.message))
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: ServiceContext, demo_accounts: tuple = (), parent: QWidget | None = None) -> Actor | None:
        dialog = cls(ctx, demo_accounts, parent)
        return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None


class FirstAdminDialog(QDialog):
    """Shown once, on a database nobody can log in to yet."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Set up the administrator"))
        intro = QLabel(self.tr("This database has no accounts yet. Choose the administrator's "
                               "user name and password; the administrator then creates the "
                               "accounts of staff and judges."))
        intro.setWordWrap(True)
        self.username = QLineEdit("admin")
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Full name:"), self.display_name)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Repeat password:"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def create(self) -> None:
        if self.password.text() != self.repeat.text():
            self.error.show_message(self.tr("The two passwords differ."))
            return
        try:
            self.actor = accounts.create_first_admin(
                self.ctx, self.username.text(), self.display_name.text(), self.password.text())
        except ValidationFailed as error:
            self.error.show_message("\n".join(translate_message(m) for m in error.field_errors.values()))
            return
        except UserError as error:
            self.error.show_message(translate_message(error.message))
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent: QWidget | None = None) -> Actor | None:
        dialog = cls(ctx, parent)
        return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None
