"""User administration: the accounts table, adding and editing accounts, resetting passwords."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError, ValidationFailed
from desktop.domain.messages import message
from desktop.domain.roles import ROLE_LABELS, Role
from desktop.services import accounts
from desktop.services.accounts import UserRow
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import ErrorLabel


def role_label(role: str) -> str:
    return translate_message(message(ROLE_LABELS[Role(role)]))


def roles_text(roles: frozenset[str]) -> str:
    ordered = [role.value for role in Role if role.value in roles]  # admin, staff, judge
    separator = QCoreApplication.translate("UsersPage", ", ", "between role names")
    return separator.join(role_label(role) for role in ordered)


def local_time_text(at: dt.datetime | None) -> str:
    """Stored times are naive UTC; people read their own clock."""
    if at is None:
        return ""
    return at.replace(tzinfo=dt.timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class UsersModel(QAbstractTableModel):
    USERNAME, FULL_NAME, ROLES, ACTIVE, LOCKED_UNTIL, LAST_LOGIN = range(6)
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    ID_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[UserRow] = []
        self._now = _utcnow()
        self._headers = [self.tr("User name"), self.tr("Full name"), self.tr("Roles"),
                         self.tr("Active"), self.tr("Locked until"), self.tr("Last login")]

    def set_rows(self, rows: list[UserRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._now = _utcnow()
        self.endResetModel()

    def user_at(self, row: int) -> UserRow:
        return self._rows[row]

    def row_of(self, user_id: int) -> int:
        return next((i for i, user in enumerate(self._rows) if user.id == user_id), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        user = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(user, column)
        if role == self.SORT_ROLE:
            return self._sort_value(user, column)
        if role == self.ID_ROLE:
            return user.id
        if role == Qt.ItemDataRole.ForegroundRole and not user.is_active:
            return QColor(Qt.GlobalColor.gray)
        return None

    def _locked_until(self, user: UserRow) -> dt.datetime | None:
        # A lock that has run out is no lock: the next login starts afresh.
        return user.locked_until if user.locked_until and user.locked_until > self._now else None

    def _display(self, user: UserRow, column: int) -> str | None:
        if column == self.USERNAME:
            return user.username
        if column == self.FULL_NAME:
            return user.display_name
        if column == self.ROLES:
            return roles_text(user.roles)
        if column == self.ACTIVE:
            return self.tr("Yes") if user.is_active else self.tr("No")
        if column == self.LOCKED_UNTIL:
            return local_time_text(self._locked_until(user))
        if column == self.LAST_LOGIN:
            return local_time_text(user.last_login_at)
        return None

    def _sort_value(self, user: UserRow, column: int):
        if column == self.USERNAME:
            return user.username.casefold()
        if column == self.FULL_NAME:
            return user.display_name.casefold()
        if column == self.ROLES:
            return roles_text(user.roles)
        if column == self.ACTIVE:
            return user.is_active
        if column == self.LOCKED_UNTIL:
            return self._locked_until(user)
        if column == self.LAST_LOGIN:
            return user.last_login_at
        return None


class UsersPage(QWidget):
    def __init__(self, ctx: ServiceContext):
        super().__init__()
        self.ctx = ctx
        self.model = UsersModel(self)
        self.sorted = QSortFilterProxyModel(self)
        self.sorted.setSourceModel(self.model)
        self.sorted.setSortRole(UsersModel.SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("users")
        self.table.setModel(self.sorted)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(UsersModel.USERNAME, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(UsersModel.LAST_LOGIN, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._edit_row)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.add_button = self._button("addUser", self.tr("Add user…"), self.add_user)
        self.edit_button = self._button("editUser", self.tr("Edit…"), self.edit_user)
        self.reset_button = self._button("resetPassword", self.tr("Reset password…"), self.reset_password)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        title = QLabel(self.tr("User accounts"))
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        return button

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the accounts; the selection stays on `select_id` or on the user selected before."""
        if select_id is None:
            current = self.selected_user()
            select_id = current.id if current else None
        rows = feedback.attempt(self, lambda: accounts.list_users(self.ctx))
        if rows is None:
            return
        self.model.set_rows(rows)
        if select_id is not None:
            self.select_user(select_id)
        self._update_buttons()

    def selected_user(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.user_at(self.sorted.mapToSource(rows[0]).row())

    def select_user(self, user_id: int) -> None:
        source_row = self.model.row_of(user_id)
        if source_row < 0:
            return
        index = self.sorted.mapFromSource(self.model.index(source_row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def _update_buttons(self) -> None:
        chosen = self.selected_user() is not None
        self.edit_button.setEnabled(chosen)
        self.reset_button.setEnabled(chosen)

    def add_user(self) -> None:
        created = UserDialog.ask(self.ctx, self, None)
        if created is not None:
            self.refresh(created.id)

    def _edit_row(self, index: QModelIndex) -> None:
        self.table.selectRow(index.row())
        self.edit_user()

    def edit_user(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        updated = UserDialog.ask(self.ctx, self, user)
        if updated is not None:
            self.refresh(updated.id)

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is not None and PasswordResetDialog.ask(self.ctx, self, user):
            self.refresh(user.id)


def _field_with_error(field: QWidget | QHBoxLayout, error: ErrorLabel) -> QWidget:
    """A form field with its error message right under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    if isinstance(field, QWidget):
        layout.addWidget(field)
    else:
        layout.addLayout(field)
    layout.addWidget(error)
    return box


def _grow_to_fit(dialog: QDialog) -> None:
    """Make room for messages that just appeared (a wrapped label does not do it by itself)."""
    dialog.layout().activate()
    needed = dialog.layout().heightForWidth(dialog.width()) if dialog.layout().hasHeightForWidth() else -1
    height = max(dialog.height(), dialog.sizeHint().height(), needed)
    if height > dialog.height():
        dialog.resize(dialog.width(), height)


def _error_label(name: str) -> ErrorLabel:
    label = ErrorLabel()
    label.setObjectName(name)
    return label


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class UserDialog(QDialog):
    """Add an account (user is None) or edit one; stays open until the service accepts it."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None, user: UserRow | None):
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.saved: UserRow | None = None
        self.setWindowTitle(self.tr("Add user") if user is None else self.tr("Edit user"))
        self.username = QLineEdit(user.username if user else "")
        self.username.setObjectName("username")
        self.username.setReadOnly(user is not None)
        self.display_name = QLineEdit(user.display_name if user else "")
        self.display_name.setObjectName("fullName")
        self.role_boxes: dict[str, QCheckBox] = {}
        roles_row = QHBoxLayout()
        for role in Role:
            box = QCheckBox(role_label(role.value))
            box.setObjectName(f"role_{role.value}")
            box.setChecked(user is not None and role.value in user.roles)
            self.role_boxes[role.value] = box
            roles_row.addWidget(box)
        roles_row.addStretch(1)
        self.errors = {field: _error_label(f"{field}Error") for field in ("username", "password", "roles")}
        self.form_error = _error_label("formError")
        form = QFormLayout()
        form.addRow(self.tr("User name:"), _field_with_error(self.username, self.errors["username"]))
        form.addRow(self.tr("Full name:"), self.display_name)
        form.addRow(self.tr("Roles:"), _field_with_error(roles_row, self.errors["roles"]))
        self.active: QCheckBox | None = None
        self.password: QLineEdit | None = None
        self.repeat: QLineEdit | None = None
        if user is not None:
            self.active = QCheckBox(self.tr("Active (the account can log in)"))
            self.active.setObjectName("active")
            self.active.setChecked(user.is_active)
            form.addRow("", self.active)
        else:
            self.password = _password_edit("password")
            self.repeat = _password_edit("repeat")
            form.addRow(self.tr("Password:"), _field_with_error(self.password, self.errors["password"]))
            form.addRow(self.tr("Repeat password:"), self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def chosen_roles(self) -> set[str]:
        return {role for role, box in self.role_boxes.items() if box.isChecked()}

    def save(self) -> None:
        for label in (*self.errors.values(), self.form_error):
            label.clear_message()
        try:
            self.saved = self._submit()
        except ValidationFailed as error:
            self._show_field_errors(error)
            return
        except UserError as error:
            self.form_error.show_message(translate_message(error.message))
            _grow_to_fit(self)
            return
        if self.saved is not None:
            self.accept()
        else:
            _grow_to_fit(self)

    def _submit(self) -> UserRow | None:
        if self.user is not None:
            return accounts.update_user(self.ctx, self.user.id, self.display_name.text(),
                                        self.chosen_roles(), self.active.isChecked())
        if self.password.text() != self.repeat.text():
            self.errors["password"].show_message(self.tr("The two passwords differ."))
            return None
        return accounts.create_user(self.ctx, self.username.text(), self.display_name.text(),
                                    self.chosen_roles(), self.password.text())

    def _show_field_errors(self, error: ValidationFailed) -> None:
        texts: dict[ErrorLabel, list[str]] = {}
        for field, msg in error.field_errors.items():
            texts.setdefault(self.errors.get(field, self.form_error), []).append(translate_message(msg))
        for label, lines in texts.items():
            label.show_message("\n".join(lines))
        _grow_to_fit(self)

    @classmethod
    def ask(cls, ctx: ServiceContext, parent: QWidget | None, user: UserRow | None) -> UserRow | None:
        dialog = cls(ctx, parent, user)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None


class PasswordResetDialog(QDialog):
    """A new password chosen by the administrator; the account's lock-out is lifted too."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None, user: UserRow):
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.setWindowTitle(self.tr("Reset password"))
        intro = QLabel(self.tr("Choose a new password for %1. A locked account is unlocked too.")
                       .replace("%1", user.username))
        intro.setWordWrap(True)
        self.password = _password_edit("password")
        self.repeat = _password_edit("repeat")
        self.password_error = _error_label("passwordError")
        self.form_error = _error_label("formError")
        form = QFormLayout()
        form.addRow(self.tr("New password:"), _field_with_error(self.password, self.password_error))
        form.addRow(self.tr("Repeat new password:"), self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def save(self) -> None:
        self.password_error.clear_message()
        self.form_error.clear_message()
        if self.password.text() != self.repeat.text():
            self.password_error.show_message(self.tr("The two passwords differ."))
            _grow_to_fit(self)
            return
        try:
            accounts.reset_password(self.ctx, self.user.id, self.password.text())
        except ValidationFailed as error:
            self.password_error.show_message("\n".join(translate_message(m) for m in error.field_errors.values()))
            _grow_to_fit(self)
            return
        except UserError as error:
            self.form_error.show_message(translate_message(error.message))
            _grow_to_fit(self)
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent: QWidget | None, user: UserRow) -> bool:
        return cls(ctx, parent, user).exec() == QDialog.DialogCode.Accepted
