"""The audit log page: newest first, filters, before → after, lazy loading."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QLineEdit, QTableWidget

from desktop.services import accounts, audit, employers
from desktop.services.audit import AuditQuery
from desktop.ui import audit_page
from desktop.ui.audit_page import PAGE_SIZE, AuditModel, AuditPage


@pytest.fixture
def history(admin, staff):
    """Boss adds and renames Dora, then the clerk registers an employer."""
    dora = accounts.create_user(admin, "dora", "Dora", {"staff"}, "password1")
    accounts.update_user(admin, dora.id, "Dora Chen", {"staff", "judge"}, True)
    employers.create_employer(staff, employers.EmployerInput(name="Quanzhou Valve Works"))
    return dora


@pytest.fixture
def page(qtbot, admin, history):
    widget = AuditPage(admin)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.refresh()
    return widget


def column(page: AuditPage, number: int) -> list[str]:
    model = page.table.model()
    return [model.index(row, number).data() for row in range(model.rowCount())]


def rows(page: AuditPage) -> list[tuple[str, str, str]]:
    return list(zip(column(page, AuditModel.USER), column(page, AuditModel.ACTION),
                    column(page, AuditModel.RECORD)))


def choose(page: AuditPage, combo_name: str, text: str) -> None:
    combo = page.findChild(QComboBox, combo_name)
    index = combo.findText(text)
    assert index >= 0, f"{text} is not offered in {combo_name}"
    combo.setCurrentIndex(index)


def count_text(page: AuditPage) -> str:
    return page.findChild(QLabel, "count").text()


def click_row(qtbot, page: AuditPage, row: int) -> None:
    index = page.table.model().index(row, AuditModel.SUMMARY)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(index).center())


def test_entries_are_listed_newest_first(page, history):
    assert rows(page)[:3] == [
        ("clerk", "Created", "Employer #1"),
        ("boss", "Changed", f"Account #{history.id}"),
        ("boss", "Created", f"Account #{history.id}"),
    ]
    total = audit.count_entries(page.ctx, AuditQuery())
    assert len(rows(page)) == total
    assert count_text(page) == f"{total} entries"


def test_filter_boxes_offer_what_occurs(page):
    users = page.findChild(QComboBox, "userFilter")
    entities = page.findChild(QComboBox, "entityFilter")
    assert [users.itemText(i) for i in range(users.count())] == ["All", "boss", "clerk", "system"]
    assert [entities.itemText(i) for i in range(entities.count())] == ["All", "Employer", "Account"]


def test_filtering_by_user_and_entity_narrows_the_rows(page):
    everything = len(rows(page))
    choose(page, "userFilter", "clerk")
    clerk_rows = rows(page)
    assert 0 < len(clerk_rows) < everything
    assert {user for user, _, _ in clerk_rows} == {"clerk"}
    choose(page, "entityFilter", "Employer")
    assert rows(page) == [("clerk", "Created", "Employer #1")]
    assert count_text(page) == "1 entry"
    choose(page, "userFilter", "All")
    choose(page, "actionFilter", "Changed")
    assert rows(page) == []
    assert count_text(page) == "0 entries"


def test_a_new_entry_shows_on_refresh_and_filters_stay(page, admin, history):
    choose(page, "userFilter", "boss")
    before = len(rows(page))
    accounts.reset_password(admin, history.id, "another-pass1")
    page.refresh()
    assert page.findChild(QComboBox, "userFilter").currentText() == "boss"
    assert len(rows(page)) == before + 1
    assert rows(page)[0] == ("boss", "Password reset", f"Account #{history.id}")


def test_the_search_waits_for_typing_to_pause(qtbot, page):
    everything = len(rows(page))
    qtbot.keyClicks(page.findChild(QLineEdit, "search"), "dora")
    assert len(rows(page)) == everything  # not yet: the timer is still running
    qtbot.waitUntil(lambda: len(rows(page)) == 2)
    assert column(page, AuditModel.SUMMARY) == ["dora", "dora"]


def test_dates_limit_the_entries(page):
    since_enabled = page.findChild(QCheckBox, "sinceEnabled")
    since = page.findChild(QDateEdit, "since")
    until_enabled = page.findChild(QCheckBox, "untilEnabled")
    until = page.findChild(QDateEdit, "until")
    assert since_enabled.isChecked() and since.date() == QDate.currentDate().addDays(-30)
    everything = len(rows(page))
    since.setDate(QDate.currentDate().addDays(2))
    assert rows(page) == []
    since_enabled.setChecked(False)
    assert len(rows(page)) == everything
    until_enabled.setChecked(True)
    until.setDate(QDate.currentDate().addDays(-2))
    assert rows(page) == []


def test_the_detail_pane_shows_before_and_after_of_an_update(qtbot, page):
    click_row(qtbot, page, 1)  # boss's update of dora
    changes = page.findChild(QTableWidget, "changes")
    shown = {changes.item(r, 0).text(): (changes.item(r, 1).text(), changes.item(r, 2).text())
             for r in range(changes.rowCount())}
    assert shown == {
        "User name": ("dora", "dora"),
        "Full name": ("Dora", "Dora Chen"),
        "Roles": ("staff", "judge, staff"),
        "Active": ("Yes", "Yes"),
    }
    highlighted = {changes.item(r, 0).text() for r in range(changes.rowCount())
                   if changes.item(r, 0).font().bold()}
    assert highlighted == {"Full name", "Roles"}
    assert "Changed" in page.findChild(QLabel, "detailTitle").text()


def test_the_detail_pane_of_a_creation_has_only_after_values(qtbot, page):
    click_row(qtbot, page, 0)  # the clerk's new employer
    changes = page.findChild(QTableWidget, "changes")
    name_row = next(r for r in range(changes.rowCount()) if changes.item(r, 0).text() == "Name")
    assert (changes.item(name_row, 1).text(), changes.item(name_row, 2).text()) == ("", "Quanzhou Valve Works")
    page.findChild(QComboBox, "actionFilter").setCurrentIndex(1)
    assert changes.rowCount() == 0  # a new list has nothing selected


def _write_entries(ctx, actor, count: int, start: int = 0) -> None:
    with ctx.session_factory() as session:
        for number in range(start, start + count):
            audit.record(session, actor, "update", "trainee", number, f"bulk entry {number}")
        session.commit()


def test_scrolling_fetches_the_next_pages(page, admin):
    _write_entries(admin, admin.actor, 450)
    page.refresh()
    model = page.table.model()
    total = audit.count_entries(admin, AuditQuery())
    assert model.rowCount() == PAGE_SIZE
    assert count_text(page) == f"{total} entries"
    page.table.scrollToBottom()
    assert model.rowCount() == 2 * PAGE_SIZE  # the view asked for the next page
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == total
    ids = [model.index(r, 0).data(AuditModel.ID_ROLE) for r in range(model.rowCount())]
    assert ids == sorted(ids, reverse=True)
    oldest = audit.list_entries(admin, AuditQuery(), total - 1, 1)[0]
    assert ids[-1] == oldest.id
    assert column(page, AuditModel.SUMMARY)[-1] == oldest.summary


def test_entries_written_between_pages_are_not_shown_twice(admin):
    _write_entries(admin, admin.actor, 250)
    model = AuditModel(admin)
    model.set_query(AuditQuery(entity="trainee"))
    newest_listed = model.index(0, 0).data(AuditModel.ID_ROLE)
    _write_entries(admin, admin.actor, 7, start=1000)  # these push the next page's offset by 7
    model.fetchMore()
    ids = [model.index(r, 0).data(AuditModel.ID_ROLE) for r in range(model.rowCount())]
    assert len(ids) == len(set(ids)) == 250
    assert ids == sorted(ids, reverse=True) and ids[0] == newest_listed
    assert not model.canFetchMore()


def test_times_are_shown_in_local_time(page, admin, china_time):
    newest = audit.list_entries(admin, AuditQuery(), 0, 1)[0]
    page.refresh()
    local = newest.at + dt.timedelta(hours=8)
    assert column(page, AuditModel.TIME)[0] == local.strftime("%Y-%m-%d %H:%M:%S")


def test_a_staff_member_cannot_read_the_log(qtbot, staff, monkeypatch):
    shown = []
    monkeypatch.setattr(audit_page.feedback, "show_user_error", lambda parent, error: shown.append(error))
    page = AuditPage(staff)
    qtbot.addWidget(page)
    page.refresh()
    assert page.table.model().rowCount() == 0
    assert [str(e) for e in shown] == ["Your account is not allowed to do this. Ask an administrator."]
