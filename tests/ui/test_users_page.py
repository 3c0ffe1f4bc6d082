"""The administrator's user page and its dialogs, driven like a user would."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLineEdit, QPushButton

from desktop.domain.errors import AuthenticationFailed
from desktop.services import accounts
from desktop.services.audit import AuditQuery
from desktop.ui import users_page
from desktop.ui.audit_page import AuditModel
from desktop.ui.users_page import PasswordResetDialog, UserDialog, UsersModel, UsersPage
from desktop.ui.widgets import ErrorLabel


def ok_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def type_into(qtbot, dialog, name: str, text: str) -> None:
    edit = dialog.findChild(QLineEdit, name)
    edit.clear()
    qtbot.keyClicks(edit, text)


def tick(qtbot, dialog, name: str) -> None:
    """Click a check box on its indicator (a wide box ignores clicks past its text)."""
    box = dialog.findChild(QCheckBox, name)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def error_text(dialog, name: str) -> str:
    label = dialog.findChild(ErrorLabel, name)
    return label.text() if label.isVisible() else ""


def open_dialog(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill_new_user(qtbot, dialog, username, full_name, roles, password, repeat=None):
    type_into(qtbot, dialog, "username", username)
    type_into(qtbot, dialog, "fullName", full_name)
    for role in roles:
        tick(qtbot, dialog, f"role_{role}")
    type_into(qtbot, dialog, "password", password)
    type_into(qtbot, dialog, "repeat", password if repeat is None else repeat)


def shown_column(page: UsersPage, column: int) -> list[str]:
    view = page.table
    return [view.model().index(row, column).data() for row in range(view.model().rowCount())]


def selected_username(page: UsersPage) -> str | None:
    rows = page.table.selectionModel().selectedRows(UsersModel.USERNAME)
    return rows[0].data() if rows else None


@pytest.fixture
def page(qtbot, admin):
    widget = UsersPage(admin)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.refresh()
    return widget


def test_users_model_passes_the_model_tester(qtmodeltester, admin, staff, judge):
    accounts.update_user(admin, staff.actor.user_id, "Clerk", {"staff"}, False)
    model = UsersModel()
    model.set_rows(accounts.list_users(admin))
    assert model.rowCount() == 3
    qtmodeltester.check(model)


def test_audit_model_passes_the_model_tester(qtmodeltester, admin, staff):
    for number in range(3):
        accounts.update_user(admin, staff.actor.user_id, f"Clerk {number}", {"staff"}, True)
    model = AuditModel(admin)
    model.set_query(AuditQuery())
    assert model.rowCount() >= 5
    qtmodeltester.check(model)


def test_page_lists_the_accounts_with_roles_and_state(page, admin, staff, judge):
    accounts.update_user(admin, judge.actor.user_id, "Referee", {"judge", "staff"}, False)
    page.refresh()
    assert shown_column(page, UsersModel.USERNAME) == ["boss", "clerk", "referee"]
    assert shown_column(page, UsersModel.ROLES) == ["Administrator", "Staff", "Staff, Judge"]
    assert shown_column(page, UsersModel.ACTIVE) == ["Yes", "Yes", "No"]
    assert shown_column(page, UsersModel.LOCKED_UNTIL) == ["", "", ""]
    assert all(shown_column(page, UsersModel.LAST_LOGIN))  # each fixture user logged in once


def test_sorting_by_a_column_uses_its_values(page, admin):
    for name in ("zed", "amy", "mia"):
        accounts.create_user(admin, name, name.title(), {"staff"}, "password1")
    page.refresh()
    page.table.sortByColumn(UsersModel.USERNAME, Qt.SortOrder.DescendingOrder)
    assert shown_column(page, UsersModel.USERNAME) == ["zed", "mia", "boss", "amy"]


def test_edit_and_reset_need_a_selected_user(page):
    edit = page.findChild(QPushButton, "editUser")
    reset = page.findChild(QPushButton, "resetPassword")
    assert not edit.isEnabled() and not reset.isEnabled()
    page.table.selectRow(0)
    assert edit.isEnabled() and reset.isEnabled()


def test_a_user_created_in_the_dialog_can_log_in(qtbot, admin):
    dialog = open_dialog(qtbot, UserDialog(admin, None, None))
    fill_new_user(qtbot, dialog, "li.hua", "Li Hua", ["staff", "judge"], "s3cret-pass")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.saved.username == "li.hua"
    actor = accounts.log_in(admin, "li.hua", "s3cret-pass")
    assert actor.display_name == "Li Hua"
    assert actor.roles == {"staff", "judge"}


def test_adding_a_user_from_the_page_selects_the_new_row(qtbot, page, monkeypatch):
    def drive_dialog(ctx, parent, user):
        dialog = open_dialog(qtbot, UserDialog(ctx, parent, user))
        fill_new_user(qtbot, dialog, "aaron", "Aaron", ["judge"], "password22")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        return dialog.saved

    monkeypatch.setattr(users_page.UserDialog, "ask", drive_dialog)
    qtbot.mouseClick(page.findChild(QPushButton, "addUser"), Qt.MouseButton.LeftButton)
    assert shown_column(page, UsersModel.USERNAME) == ["aaron", "boss"]
    assert selected_username(page) == "aaron"


@pytest.mark.parametrize(("username", "password", "repeat", "field", "expected"), [
    ("boss", "password1", None, "usernameError", "The user name boss is taken."),
    ("new.user", "short", None, "passwordError", "A password has at least 8 characters"),
    ("with space", "password1", None, "usernameError", "1 to 64 characters and no spaces"),
    ("new.user", "password1", "password2", "passwordError", "The two passwords differ."),
])
def test_a_refused_new_user_shows_why_next_to_the_field(qtbot, admin, username, password, repeat,
                                                        field, expected):
    dialog = open_dialog(qtbot, UserDialog(admin, None, None))
    fill_new_user(qtbot, dialog, username, "Someone", ["staff"], password, repeat)
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert expected in error_text(dialog, field)
    assert error_text(dialog, "formError") == ""
    assert [u.username for u in accounts.list_users(admin)] == ["boss"]


def test_a_new_user_without_a_role_is_refused_at_the_roles(qtbot, admin):
    dialog = open_dialog(qtbot, UserDialog(admin, None, None))
    fill_new_user(qtbot, dialog, "nobody", "Nobody", [], "password1")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert error_text(dialog, "rolesError") == "Give the account at least one role."


def test_the_dialog_clears_old_messages_when_the_input_is_fixed(qtbot, admin):
    dialog = open_dialog(qtbot, UserDialog(admin, None, None))
    fill_new_user(qtbot, dialog, "boss", "Someone", ["staff"], "password1")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert error_text(dialog, "usernameError")
    type_into(qtbot, dialog, "username", "someone")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert error_text(dialog, "usernameError") == ""


def test_editing_changes_name_roles_and_active(qtbot, admin, staff, page, monkeypatch):
    def drive_dialog(ctx, parent, user):
        dialog = open_dialog(qtbot, UserDialog(ctx, parent, user))
        assert dialog.findChild(QLineEdit, "username").isReadOnly()
        assert dialog.findChild(QLineEdit, "password") is None
        type_into(qtbot, dialog, "fullName", "Chen Jing")
        tick(qtbot, dialog, "role_judge")
        tick(qtbot, dialog, "active")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        return dialog.saved

    monkeypatch.setattr(users_page.UserDialog, "ask", drive_dialog)
    page.select_user(staff.actor.user_id)
    assert selected_username(page) == "clerk"
    qtbot.mouseClick(page.findChild(QPushButton, "editUser"), Qt.MouseButton.LeftButton)
    assert selected_username(page) == "clerk"
    row = shown_column(page, UsersModel.USERNAME).index("clerk")
    assert [shown_column(page, c)[row] for c in (UsersModel.FULL_NAME, UsersModel.ROLES, UsersModel.ACTIVE)] \
        == ["Chen Jing", "Staff, Judge", "No"]
    with pytest.raises(AuthenticationFailed):
        accounts.log_in(admin, "clerk", "password1")


def test_the_last_administrator_keeps_the_role(qtbot, admin):
    boss = next(u for u in accounts.list_users(admin) if u.username == "boss")
    dialog = open_dialog(qtbot, UserDialog(admin, None, boss))
    tick(qtbot, dialog, "role_admin")
    tick(qtbot, dialog, "role_staff")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert error_text(dialog, "formError") == "At least one active administrator must remain."
    assert next(u for u in accounts.list_users(admin) if u.username == "boss").roles == {"admin"}


def test_resetting_the_password_unlocks_the_account(qtbot, page, admin, staff, monkeypatch):
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            accounts.log_in(admin, "clerk", "wrong-password")
    page.refresh()
    page.select_user(staff.actor.user_id)
    row = shown_column(page, UsersModel.USERNAME).index("clerk")
    assert shown_column(page, UsersModel.LOCKED_UNTIL)[row] != ""

    def drive_dialog(ctx, parent, user):
        dialog = open_dialog(qtbot, PasswordResetDialog(ctx, parent, user))
        type_into(qtbot, dialog, "password", "fresh-start-1")
        type_into(qtbot, dialog, "repeat", "fresh-start-1")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        return not dialog.isVisible()

    monkeypatch.setattr(users_page.PasswordResetDialog, "ask", drive_dialog)
    qtbot.mouseClick(page.findChild(QPushButton, "resetPassword"), Qt.MouseButton.LeftButton)
    assert shown_column(page, UsersModel.LOCKED_UNTIL)[row] == ""
    assert selected_username(page) == "clerk"
    assert accounts.log_in(admin, "clerk", "fresh-start-1").username == "clerk"


def test_a_weak_reset_password_is_refused_in_the_dialog(qtbot, admin, staff):
    clerk = next(u for u in accounts.list_users(admin) if u.username == "clerk")
    dialog = open_dialog(qtbot, PasswordResetDialog(admin, None, clerk))
    type_into(qtbot, dialog, "password", "short")
    type_into(qtbot, dialog, "repeat", "short")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "at least 8 characters" in error_text(dialog, "passwordError")
    assert accounts.log_in(admin, "clerk", "password1").username == "clerk"


def test_a_refused_listing_is_shown_as_a_message(qtbot, staff, monkeypatch):
    shown = []
    monkeypatch.setattr(users_page.feedback, "show_user_error", lambda parent, error: shown.append(error))
    page = UsersPage(staff)
    qtbot.addWidget(page)
    page.refresh()
    assert page.table.model().rowCount() == 0
    assert [str(e) for e in shown] == ["Your account is not allowed to do this. Ask an administrator."]


def test_double_clicking_a_row_edits_that_user(qtbot, admin, staff, page, monkeypatch):
    asked = []
    monkeypatch.setattr(users_page.UserDialog, "ask", lambda ctx, parent, user: asked.append(user.username))
    row = shown_column(page, UsersModel.USERNAME).index("clerk")
    index = page.table.model().index(row, UsersModel.FULL_NAME)
    where = page.table.visualRect(index).center()
    # A real double click starts with a click; QTest's double click alone is only the second half.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert asked == ["clerk"]
