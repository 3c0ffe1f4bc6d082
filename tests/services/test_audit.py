"""The audit log: append-only in the database, filtered and paged in SQL, admins only."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desktop.domain.errors import AuthenticationFailed, PermissionDenied
from desktop.services import accounts, audit
from desktop.services.audit import AuditQuery


@pytest.fixture
def history(admin, staff):
    """boss creates and renames dora; the clerk logs in again; the clerk mistypes once."""
    dora = accounts.create_user(admin, "dora", "Dora", {"staff"}, "password1")
    accounts.update_user(admin, dora.id, "Dora Chen", {"staff"}, True)
    accounts.log_in(admin, "clerk", "password1")
    with pytest.raises(AuthenticationFailed):
        accounts.log_in(admin, "clerk", "100% wrong_")
    return dora


def summaries(ctx, **filters) -> list[str]:
    return [row.summary for row in audit.list_entries(ctx, AuditQuery(**filters))]


@pytest.mark.parametrize("statement", [
    "UPDATE audit_log SET summary = 'rewritten'",
    "UPDATE audit_log SET username = 'someone else' WHERE action = 'create'",
    "DELETE FROM audit_log",
    "DELETE FROM audit_log WHERE action = 'login'",
])
def test_the_database_refuses_to_change_the_log(ctx, admin, history, statement):
    before = audit.list_entries(admin, AuditQuery())
    with ctx.session_factory() as session:
        with pytest.raises(DBAPIError, match="append-only"):
            session.execute(text(statement))
        session.rollback()
    assert audit.list_entries(admin, AuditQuery()) == before


def test_the_database_still_accepts_new_entries(ctx, admin, history):
    count = audit.count_entries(admin, AuditQuery())
    with ctx.session_factory() as session:
        audit.record(session, admin.actor, "check", "user", None, "a manual entry")
        session.commit()
    assert audit.count_entries(admin, AuditQuery()) == count + 1
    assert summaries(admin)[0] == "a manual entry"


def test_entries_come_newest_first_with_who_and_what(admin, history):
    newest = audit.list_entries(admin, AuditQuery())[:4]
    assert [(r.username, r.action, r.entity) for r in newest] == [
        ("clerk", "login_failed", "user"),
        ("clerk", "login", "user"),
        ("boss", "update", "user"),
        ("boss", "create", "user"),
    ]
    assert newest[2].entity_id == history.id
    assert (newest[2].before["display_name"], newest[2].after["display_name"]) == ("Dora", "Dora Chen")
    assert isinstance(newest[0].at, dt.datetime)


@pytest.mark.parametrize(("filters", "expected"), [
    ({"username": "boss"}, ["dora", "dora", "boss"]),
    ({"username": "clerk", "action": "login"}, ["clerk", "clerk"]),
    ({"action": "update"}, ["dora"]),
    ({"entity": "user", "action": "create", "username": "system"}, ["clerk", "boss"]),
    ({"entity": "trainee"}, []),
    ({"text": "DORA"}, ["dora", "dora"]),  # the search ignores case on every database
    ({"text": "100%"}, []),  # % and _ are searched for as themselves, not as wildcards
    ({"action": "login_failed"}, ["clerk"]),
    ({"username": "nobody"}, []),
])
def test_filters(admin, history, filters, expected):
    assert summaries(admin, **filters) == expected
    assert audit.count_entries(admin, AuditQuery(**filters)) == len(expected)


def test_dates_are_whole_days(admin, history):
    day = audit.list_entries(admin, AuditQuery())[0].at.date()
    everything = audit.count_entries(admin, AuditQuery())
    one_day = dt.timedelta(days=1)
    assert audit.count_entries(admin, AuditQuery(since=day)) >= 1
    assert audit.count_entries(admin, AuditQuery(since=day - one_day, until=day + one_day)) == everything
    assert audit.count_entries(admin, AuditQuery(since=day + one_day)) == 0
    assert audit.count_entries(admin, AuditQuery(until=day - one_day)) == 0
    oldest_day = audit.list_entries(admin, AuditQuery(), everything - 1, 1)[0].at.date()
    assert audit.count_entries(admin, AuditQuery(until=oldest_day)) >= 1


def test_pages_follow_each_other_without_gaps(ctx, admin):
    with ctx.session_factory() as session:
        for number in range(25):
            audit.record(session, admin.actor, "update", "trainee", number, f"entry {number}")
        session.commit()
    query = AuditQuery(entity="trainee")
    pages = [audit.list_entries(admin, query, offset, 10) for offset in (0, 10, 20)]
    assert [len(page) for page in pages] == [10, 10, 5]
    assert [row.summary for page in pages for row in page] == [f"entry {n}" for n in range(24, -1, -1)]
    assert audit.list_entries(admin, query, 25, 10) == []


def test_filter_choices_name_what_occurs(admin, history):
    users, entities, actions = audit.filter_choices(admin)
    assert users == ["boss", "clerk", "system"]
    assert entities == ["user"]
    assert actions == ["create", "login", "login_failed", "update"]


def test_values_are_stored_as_json(ctx, admin):
    with ctx.session_factory() as session:
        audit.record(session, admin.actor, "update", "trainee", 7, "json",
                     {"born": dt.date(1980, 5, 17), "tags": {"b", "a"}}, {"photo": b"\x00" * 12})
        session.commit()
    entry = audit.list_entries(admin, AuditQuery(entity="trainee"))[0]
    assert entry.before == {"born": "1980-05-17", "tags": ["a", "b"]}
    assert entry.after == {"photo": "<12 bytes>"}


@pytest.mark.parametrize("who", ["staff", "judge"])
@pytest.mark.parametrize("read", [
    lambda c: audit.list_entries(c, AuditQuery()),
    lambda c: audit.count_entries(c, AuditQuery()),
    lambda c: audit.filter_choices(c),
])
def test_only_administrators_read_the_log(request, who, read):
    with pytest.raises(PermissionDenied):
        read(request.getfixturevalue(who))
