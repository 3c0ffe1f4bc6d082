"""Accounts: first administrator, logging in with lock-out, user administration, permissions."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from db.models import User
from desktop.domain.errors import (
    AuthenticationFailed,
    Conflict,
    NotFound,
    PermissionDenied,
    ValidationFailed,
)
from desktop.services import accounts, audit, trainees
from desktop.services.audit import AuditQuery
from desktop.services.context import as_system
from desktop.services.trainees import TraineeQuery

WRONG = "The user name or the password is wrong."
LOCKED = "Too many wrong passwords: this account is locked until {time}."
DISABLED = "This account is disabled. Ask an administrator."
T0 = dt.datetime(2030, 3, 1, 8, 0)


def failure_of(ctx, username: str, password: str, now: dt.datetime | None = None) -> str:
    with pytest.raises(AuthenticationFailed) as caught:
        accounts.log_in(ctx, username, password, now=now)
    return caught.value.message.template


def last_entry(ctx, **filters):
    return audit.list_entries(as_system(ctx), AuditQuery(**filters), 0, 1)[0]


# --- the first administrator -------------------------------------------------------------

def test_the_first_administrator_is_created_once(ctx):
    assert accounts.needs_first_admin(ctx)
    actor = accounts.create_first_admin(ctx, "admin", "Zhang Wei", "first-pass1")
    assert actor.roles == {"admin"}
    assert not accounts.needs_first_admin(ctx)
    with pytest.raises(Conflict):
        accounts.create_first_admin(ctx, "admin2", "Li Na", "second-pass1")
    assert accounts.log_in(ctx, "admin", "first-pass1").user_id == actor.user_id
    entry = last_entry(ctx, action="create")
    assert (entry.username, entry.after["roles"]) == ("admin", ["admin"])


def test_the_first_administrator_is_not_offered_once_any_account_exists(ctx, staff):
    assert not accounts.needs_first_admin(ctx)
    with pytest.raises(Conflict):
        accounts.create_first_admin(ctx, "admin", "Zhang Wei", "first-pass1")


# --- logging in ----------------------------------------------------------------------------

@pytest.mark.parametrize(("username", "password", "failure"), [
    ("clerk", "password1", None),
    ("  clerk ", "password1", None),
    ("clerk", "password2", WRONG),
    ("clerk", "PASSWORD1", WRONG),
    ("nobody", "password1", WRONG),
    ("", "", WRONG),
    ("system", "", WRONG),
])
def test_log_in(ctx, staff, username, password, failure):
    if failure is None:
        actor = accounts.log_in(ctx, username, password)
        assert (actor.username, actor.roles) == ("clerk", {"staff"})
    else:
        assert failure_of(ctx, username, password) == failure


def test_a_wrong_user_name_and_a_wrong_password_read_the_same(ctx, staff):
    with pytest.raises(AuthenticationFailed) as unknown:
        accounts.log_in(ctx, "nobody", "password1")
    with pytest.raises(AuthenticationFailed) as wrong:
        accounts.log_in(ctx, "clerk", "password2")
    assert unknown.value.message == wrong.value.message


def test_five_wrong_passwords_lock_the_account_for_15_minutes(ctx, staff):
    for attempt in range(1, 5):
        assert failure_of(ctx, "clerk", "bad-guess", T0 + dt.timedelta(seconds=attempt)) == WRONG
    fifth = T0 + dt.timedelta(seconds=5)
    assert failure_of(ctx, "clerk", "bad-guess", fifth) == LOCKED
    for later in (dt.timedelta(0), dt.timedelta(minutes=1), dt.timedelta(minutes=14, seconds=59)):
        assert failure_of(ctx, "clerk", "password1", fifth + later) == LOCKED
    actor = accounts.log_in(ctx, "clerk", "password1", now=fifth + dt.timedelta(minutes=15))
    assert actor.username == "clerk"
    user = next(u for u in accounts.list_users(as_system(ctx)) if u.username == "clerk")
    assert user.locked_until is None
    assert user.last_login_at == fifth + dt.timedelta(minutes=15)
    lock = last_entry(ctx, action="lock")
    assert (lock.summary, lock.after) == ("clerk", {"failed_logins": 5})


def test_a_success_resets_the_count_of_wrong_passwords(ctx, staff):
    for attempt in range(4):
        failure_of(ctx, "clerk", "bad-guess", T0 + dt.timedelta(seconds=attempt))
    accounts.log_in(ctx, "clerk", "password1", now=T0 + dt.timedelta(seconds=10))
    for attempt in range(4):
        assert failure_of(ctx, "clerk", "bad-guess", T0 + dt.timedelta(seconds=20 + attempt)) == WRONG
    assert accounts.log_in(ctx, "clerk", "password1", now=T0 + dt.timedelta(seconds=30)).username == "clerk"


def test_a_lock_that_ran_out_starts_a_fresh_count(ctx, staff):
    for attempt in range(5):
        failure_of(ctx, "clerk", "bad-guess", T0 + dt.timedelta(seconds=attempt))
    after_lock = T0 + dt.timedelta(minutes=20)
    assert failure_of(ctx, "clerk", "bad-guess", after_lock) == WRONG
    assert accounts.log_in(ctx, "clerk", "password1", now=after_lock).username == "clerk"


def test_a_disabled_account_is_refused(ctx, admin, staff):
    accounts.update_user(admin, staff.actor.user_id, "Clerk", {"staff"}, False)
    assert failure_of(ctx, "clerk", "password1") == DISABLED
    accounts.update_user(admin, staff.actor.user_id, "Clerk", {"staff"}, True)
    assert accounts.log_in(ctx, "clerk", "password1").username == "clerk"


def test_resetting_the_password_lifts_the_lock(ctx, admin, staff):
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    for attempt in range(5):
        failure_of(ctx, "clerk", "bad-guess", now + dt.timedelta(seconds=attempt))
    accounts.reset_password(admin, staff.actor.user_id, "brand-new-1")
    assert failure_of(ctx, "clerk", "password1", now + dt.timedelta(seconds=6)) == WRONG
    assert accounts.log_in(ctx, "clerk", "brand-new-1", now=now + dt.timedelta(seconds=7)).username == "clerk"
    assert last_entry(ctx, action="reset_password").username == "boss"


def test_passwords_are_stored_as_argon2_hashes(ctx, staff):
    with ctx.session_factory() as session:
        stored = session.scalar(select(User.password_hash).where(User.username == "clerk"))
    assert stored.startswith("$argon2")
    assert "password1" not in stored


def test_changing_ones_own_password_needs_the_current_one(ctx, staff):
    with pytest.raises(ValidationFailed) as caught:
        accounts.change_own_password(staff, "not-it-at-all", "new-password1")
    assert set(caught.value.field_errors) == {"old_password"}
    accounts.change_own_password(staff, "password1", "new-password1")
    assert accounts.log_in(ctx, "clerk", "new-password1").username == "clerk"


# --- user administration ------------------------------------------------------------------

@pytest.mark.parametrize(("username", "roles", "password", "fields"), [
    ("boss", {"staff"}, "password1", {"username"}),
    ("", {"staff"}, "password1", {"username"}),
    ("two words", {"staff"}, "password1", {"username"}),
    ("x" * 65, {"staff"}, "password1", {"username"}),
    ("newbie", {"staff"}, "short", {"password"}),
    ("newbie", {"staff"}, " password1", {"password"}),
    ("newbie", set(), "password1", {"roles"}),
    ("boss", set(), "short", {"username", "password", "roles"}),
    ("newbie", {"owner"}, "password1", {"roles"}),
])
def test_create_user_refuses_bad_input_field_by_field(admin, username, roles, password, fields):
    with pytest.raises(ValidationFailed) as caught:
        accounts.create_user(admin, username, "Newbie", roles, password)
    assert set(caught.value.field_errors) == fields
    assert [u.username for u in accounts.list_users(admin)] == ["boss"]


def test_create_user_lists_and_audits_the_account(ctx, admin):
    created = accounts.create_user(admin, " li.hua ", "  Li Hua ", {"staff", "judge"}, "password1")
    assert (created.username, created.display_name, created.roles, created.is_active) \
        == ("li.hua", "Li Hua", {"staff", "judge"}, True)
    assert [u.username for u in accounts.list_users(admin)] == ["boss", "li.hua"]
    entry = last_entry(ctx, entity="user", action="create")
    assert (entry.username, entry.entity_id, entry.before) == ("boss", created.id, None)
    assert entry.after == {"username": "li.hua", "display_name": "Li Hua",
                           "roles": ["judge", "staff"], "is_active": True}


def test_update_user_audits_before_and_after(ctx, admin, staff):
    updated = accounts.update_user(admin, staff.actor.user_id, "Chen Jing", {"staff", "judge"}, False)
    assert (updated.display_name, updated.roles, updated.is_active) == ("Chen Jing", {"staff", "judge"}, False)
    entry = last_entry(ctx, entity="user", action="update")
    assert entry.username == "boss"
    assert entry.before == {"username": "clerk", "display_name": "Clerk", "roles": ["staff"], "is_active": True}
    assert entry.after == {"username": "clerk", "display_name": "Chen Jing",
                           "roles": ["judge", "staff"], "is_active": False}


@pytest.mark.parametrize(("roles", "active"), [({"staff"}, True), ({"admin"}, False), ({"judge"}, False)])
def test_the_last_active_administrator_stays(admin, roles, active):
    with pytest.raises(Conflict):
        accounts.update_user(admin, admin.actor.user_id, "Boss", roles, active)
    boss = accounts.list_users(admin)[0]
    assert (boss.roles, boss.is_active) == ({"admin"}, True)


def test_an_administrator_may_step_down_when_another_remains(ctx, admin):
    accounts.create_user(admin, "deputy", "Deputy", {"admin"}, "password1")
    accounts.update_user(admin, admin.actor.user_id, "Boss", {"staff"}, True)
    assert accounts.list_users(as_system(ctx))[0].roles == {"staff"}


def test_update_user_needs_a_role_and_an_existing_account(admin, staff):
    with pytest.raises(ValidationFailed) as caught:
        accounts.update_user(admin, staff.actor.user_id, "Clerk", set(), True)
    assert set(caught.value.field_errors) == {"roles"}
    with pytest.raises(NotFound):
        accounts.update_user(admin, 9999, "Ghost", {"staff"}, True)
    with pytest.raises(NotFound):
        accounts.reset_password(admin, 9999, "password1")


def test_the_system_account_is_neither_listed_nor_editable(ctx, admin):
    system_id = as_system(ctx).actor.user_id
    assert system_id not in {u.id for u in accounts.list_users(admin)}
    with pytest.raises(NotFound):
        accounts.update_user(admin, system_id, "System", {"admin"}, True)


# --- permissions --------------------------------------------------------------------------

PERMISSION_CASES = [
    ("staff", lambda c: accounts.list_users(c)),
    ("staff", lambda c: accounts.create_user(c, "sneaky", "Sneaky", {"admin"}, "password1")),
    ("staff", lambda c: accounts.update_user(c, c.actor.user_id, "Clerk", {"admin"}, True)),
    ("staff", lambda c: accounts.reset_password(c, c.actor.user_id, "password9")),
    ("judge", lambda c: accounts.list_users(c)),
    ("judge", lambda c: trainees.list_trainees(c, TraineeQuery())),
    ("judge", lambda c: trainees.count_trainees(c, TraineeQuery())),
    ("staff", lambda c: audit.list_entries(c, AuditQuery())),
]


@pytest.mark.parametrize(("who", "action"), PERMISSION_CASES)
def test_services_refuse_what_the_role_does_not_allow(request, ctx, who, action):
    acting = request.getfixturevalue(who)
    accounts_before = accounts.list_users(as_system(ctx))
    with pytest.raises(PermissionDenied):
        action(acting)
    assert accounts.list_users(as_system(ctx)) == accounts_before


def test_nobody_logged_in_may_do_anything(ctx):
    with pytest.raises(PermissionDenied):
        accounts.list_users(ctx)
    with pytest.raises(PermissionDenied):
        trainees.list_trainees(ctx, TraineeQuery())


def test_staff_may_read_the_registry(staff):
    assert trainees.list_trainees(staff, TraineeQuery()) == []
