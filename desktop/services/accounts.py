"""Accounts: the first administrator, logging in with lock-out, and user administration."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.base import utcnow
from db.models import User, UserRole
from desktop.domain.errors import AuthenticationFailed, Conflict, NotFound, ValidationFailed
from desktop.domain.lockout import LoginState, after_failure, after_success, is_locked, password_too_weak
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from desktop.domain.roles import Permission, Role
from desktop.services import audit
from desktop.services.context import Actor, ServiceContext, actor_of, unit_of_work

_hasher = PasswordHasher()
# Verifying against this keeps the time of a wrong user name equal to a wrong password.
_DUMMY_HASH = _hasher.hash("not-a-real-password")


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    roles: frozenset[str]
    is_active: bool
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None


def _row(user: User) -> UserRow:
    return UserRow(user.id, user.username, user.display_name, frozenset(user.role_names),
                   user.is_active, user.locked_until, user.last_login_at)


def needs_first_admin(ctx: ServiceContext) -> bool:
    """True on an empty database: nobody but `system` can log in yet."""
    with unit_of_work(ctx) as session:
        return not session.scalar(select(func.count(User.id)).where(User.is_system.is_(False)))


def create_first_admin(ctx: ServiceContext, username: str, display_name: str, password: str) -> Actor:
    with unit_of_work(ctx) as session:
        if session.scalar(select(func.count(User.id)).where(User.is_system.is_(False))):
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "An administrator exists already; log in instead.")))
        user = _new_user(session, username, display_name, {Role.ADMIN.value}, password)
        audit.record(session, actor_of(user), "create", "user", user.id,
                     user.username, None, _audit_view(user))
        return actor_of(user)


def log_in(ctx: ServiceContext, username: str, password: str, now: dt.datetime | None = None) -> Actor:
    now = now or utcnow()
    failure: Message | None = None
    with unit_of_work(ctx) as session:
        user = session.scalars(select(User).where(User.username == username.strip())).one_or_none()
        if user is None or user.is_system or user.password_hash is None:
            _verify(_DUMMY_HASH, password)
            failure = _wrong_credentials()
        elif is_locked(LoginState(user.failed_logins, user.locked_until), now):
            failure = _locked_message(user.locked_until)
        elif not _verify(user.password_hash, password):
            state = after_failure(LoginState(user.failed_logins, user.locked_until), now)
            user.failed_logins, user.locked_until = state.failed_logins, state.locked_until
            locked = is_locked(state, now)
            audit.record(session, actor_of(user), "lock" if locked else "login_failed", "user",
                         user.id, user.username, None, {"failed_logins": state.failed_logins})
            failure = _locked_message(state.locked_until) if locked else _wrong_credentials()
        elif not user.is_active:  # said only to whoever knows the password
            failure = message(QT_TRANSLATE_NOOP(
                "Messages", "This account is disabled. Ask an administrator."))
        else:
            state = after_success()
            user.failed_logins, user.locked_until = state.failed_logins, state.locked_until
            user.last_login_at = now
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = _hasher.hash(password)
            audit.record(session, actor_of(user), "login", "user", user.id, user.username)
            return actor_of(user)
    # Raised after the unit of work so that the failed-attempt count is committed.
    raise AuthenticationFailed(failure)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _wrong_credentials() -> Message:
    return message(QT_TRANSLATE_NOOP("Messages", "The user name or the password is wrong."))


def _locked_message(until: dt.datetime | None) -> Message:
    local = until.replace(tzinfo=dt.timezone.utc).astimezone() if until else None
    return message(QT_TRANSLATE_NOOP(
        "Messages", "Too many wrong passwords: this account is locked until {time}."),
        time=local.strftime("%H:%M") if local else "")


def list_users(ctx: ServiceContext) -> list[UserRow]:
    with unit_of_work(ctx, Permission.MANAGE_USERS) as session:
        users = session.scalars(select(User).where(User.is_system.is_(False)).order_by(User.username))
        return [_row(u) for u in users]


def create_user(ctx: ServiceContext, username: str, display_name: str, roles: set[str], password: str) -> UserRow:
    with unit_of_work(ctx, Permission.MANAGE_USERS) as session:
        user = _new_user(session, username, display_name, roles, password)
        audit.record(session, ctx.actor, "create", "user", user.id, user.username,
                     None, _audit_view(user))
        return _row(user)


def update_user(ctx: ServiceContext, user_id: int, display_name: str, roles: set[str], is_active: bool) -> UserRow:
    with unit_of_work(ctx, Permission.MANAGE_USERS) as session:
        user = _get(session, user_id)
        before = _audit_view(user)
        _check_roles(roles)
        if Role.ADMIN.value in user.role_names and (Role.ADMIN.value not in roles or not is_active):
            _keep_an_administrator(session, user)
        user.display_name = display_name.strip()
        user.is_active = is_active
        _set_roles(user, roles)
        audit.record(session, ctx.actor, "update", "user", user.id, user.username,
                     before, _audit_view(user))
        return _row(user)


def reset_password(ctx: ServiceContext, user_id: int, new_password: str) -> None:
    """Sets a new password and lifts any lock-out."""
    with unit_of_work(ctx, Permission.MANAGE_USERS) as session:
        user = _get(session, user_id)
        _check_password(new_password)
        user.password_hash = _hasher.hash(new_password)
        user.failed_logins, user.locked_until = 0, None
        audit.record(session, ctx.actor, "reset_password", "user", user.id,
                     user.username)


def change_own_password(ctx: ServiceContext, old_password: str, new_password: str) -> None:
    with unit_of_work(ctx) as session:
        if ctx.actor is None:
            raise AuthenticationFailed(_wrong_credentials())
        user = _get(session, ctx.actor.user_id)
        if user.password_hash is None or not _verify(user.password_hash, old_password):
            raise ValidationFailed({"old_password": message(QT_TRANSLATE_NOOP(
                "Messages", "The current password is wrong."))})
        _check_password(new_password)
        user.password_hash = _hasher.hash(new_password)
        audit.record(session, ctx.actor, "change_password", "user", user.id,
                     user.username)


def _new_user(session: Session, username: str, display_name: str, roles: set[str], password: str) -> User:
    username = username.strip()
    errors: dict[str, Message] = {}
    if not username or len(username) > 64 or any(ch.isspace() for ch in username):
        errors["username"] = message(QT_TRANSLATE_NOOP(
            "Messages", "A user name has 1 to 64 characters and no spaces."))
    elif session.scalar(select(func.count(User.id)).where(func.lower(User.username) == username.lower())):
        errors["username"] = message(QT_TRANSLATE_NOOP(
            "Messages", "The user name {name} is taken."), name=username)
    if password_too_weak(password):
        errors["password"] = _weak_password()
    if not roles:
        errors["roles"] = message(QT_TRANSLATE_NOOP("Messages", "Give the account at least one role."))
    if errors:
        raise ValidationFailed(errors)
    _check_roles(roles)
    user = User(username=username, display_name=display_name.strip() or username,
                password_hash=_hasher.hash(password), is_active=True, is_system=False, failed_logins=0)
    _set_roles(user, roles)
    session.add(user)
    session.flush()
    return user


def _set_roles(user: User, roles: set[str]) -> None:
    current = {r.role: r for r in user.roles}
    for role in set(current) - roles:
        user.roles.remove(current[role])
    for role in sorted(roles - set(current)):
        user.roles.append(UserRole(role=role))


def _check_roles(roles: set[str]) -> None:
    if not roles:
        raise ValidationFailed({"roles": message(QT_TRANSLATE_NOOP(
            "Messages", "Give the account at least one role."))})
    known = {r.value for r in Role}
    if not roles <= known:
        raise ValidationFailed({"roles": message(QT_TRANSLATE_NOOP(
            "Messages", "Unknown role: {role}."), role=", ".join(sorted(roles - known)))})


def _check_password(password: str) -> None:
    if password_too_weak(password):
        raise ValidationFailed({"password": _weak_password()})


def _weak_password() -> Message:
    return message(QT_TRANSLATE_NOOP(
        "Messages", "A password has at least 8 characters and no spaces at either end."))


def _keep_an_administrator(session: Session, leaving: User) -> None:
    others = session.scalar(
        select(func.count(User.id)).join(UserRole)
        .where(UserRole.role == Role.ADMIN.value, User.is_active.is_(True), User.id != leaving.id))
    if not others:
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "At least one active administrator must remain.")))


def _get(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None or user.is_system:
        raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This account no longer exists.")))
    return user


def _audit_view(user: User) -> dict:
    return {"username": user.username, "display_name": user.display_name,
            "roles": sorted(user.role_names), "is_active": user.is_active}
