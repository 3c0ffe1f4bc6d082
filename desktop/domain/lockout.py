"""Account lock-out: five wrong passwords in a row lock an account for 15 minutes."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MAX_FAILED_LOGINS = 5
LOCK_DURATION = dt.timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True)
class LoginState:
    failed_logins: int
    locked_until: dt.datetime | None


def is_locked(state: LoginState, now: dt.datetime) -> bool:
    return state.locked_until is not None and now < state.locked_until


def after_failure(state: LoginState, now: dt.datetime) -> LoginState:
    # A lock that has run out starts a fresh count.
    failed = 1 if state.locked_until is not None and now >= state.locked_until else state.failed_logins + 1
    if failed >= MAX_FAILED_LOGINS:
        return LoginState(failed, now + LOCK_DURATION)
    return LoginState(failed, None)


def after_success() -> LoginState:
    return LoginState(0, None)


def password_too_weak(password: str) -> bool:
    return len(password) < MIN_PASSWORD_LENGTH or password.strip() != password
