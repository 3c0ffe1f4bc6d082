import datetime as dt

import pytest

from desktop.domain.lockout import LOCK_DURATION, LoginState, after_failure, after_success, is_locked, password_too_weak
from desktop.domain.roles import Permission, allows

NOW = dt.datetime(2026, 11, 21, 9, 0)


def test_five_failures_lock_for_fifteen_minutes():
    state = LoginState(0, None)
    for attempt in range(1, 5):
        state = after_failure(state, NOW)
        assert state.failed_logins == attempt and not is_locked(state, NOW)
    state = after_failure(state, NOW)
    assert is_locked(state, NOW)
    assert is_locked(state, NOW + LOCK_DURATION - dt.timedelta(seconds=1))
    assert not is_locked(state, NOW + LOCK_DURATION)


def test_a_failure_after_an_expired_lock_starts_a_new_count():
    locked = LoginState(5, NOW)
    assert after_failure(locked, NOW + dt.timedelta(minutes=1)) == LoginState(1, None)


def test_success_clears_the_count():
    assert after_success() == LoginState(0, None)


@pytest.mark.parametrize("password, weak", [("short", True), ("long enough", False), (" padded1 ", True)])
def test_password_strength(password, weak):
    assert password_too_weak(password) is weak


@pytest.mark.parametrize("roles, permission, allowed", [
    ({"admin"}, Permission.MANAGE_USERS, True),
    ({"staff"}, Permission.MANAGE_USERS, False),
    ({"staff"}, Permission.EDIT_REGISTRY, True),
    ({"judge"}, Permission.READ_REGISTRY, False),
    ({"judge", "staff"}, Permission.READ_REGISTRY, True),
    ({"admin"}, Permission.READ_AUDIT, True),
    ({"staff"}, Permission.READ_AUDIT, False),
])
def test_role_grants(roles, permission, allowed):
    assert allows(roles, permission) is allowed
