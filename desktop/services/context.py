"""Who is acting and how a service gets its session: one unit of work per user action."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from db.models import User
from desktop.domain.errors import PermissionDenied, UserError
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.domain.roles import Permission, allows

SYSTEM_USERNAME = "system"


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    display_name: str
    roles: frozenset[str]
    is_system: bool = False

    def may(self, permission: Permission) -> bool:
        return self.is_system or allows(self.roles, permission)


@dataclass(frozen=True)
class ServiceContext:
    """What every service call receives: the session factory and the acting user."""

    session_factory: sessionmaker[Session]
    actor: Actor | None = None
    database_url: str = ""

    def as_actor(self, actor: Actor) -> ServiceContext:
        return replace(self, actor=actor)


def actor_of(user: User) -> Actor:
    return Actor(user.id, user.username, user.display_name or user.username,
                 frozenset(user.role_names), user.is_system)


def require(ctx: ServiceContext, permission: Permission) -> Actor:
    actor = ctx.actor
    if actor is None or not actor.may(permission):
        raise PermissionDenied(message(QT_TRANSLATE_NOOP(
            "Messages", "Your account is not allowed to do this. Ask an administrator.")))
    return actor


@contextmanager
def unit_of_work(ctx: ServiceContext, permission: Permission | None = None) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back entirely on any error."""
    if permission is not None:
        require(ctx, permission)
    session = ctx.session_factory()
    try:
        yield session
        session.commit()
    except OperationalError as error:
        session.rollback()
        raise UserError(message(QT_TRANSLATE_NOOP(
            "Messages",
            "The database could not save this ({reason}). Nothing was changed; "
            "check the disk space and the connection, then try again."),
            reason=str(error.orig or error).splitlines()[0])) from error
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def as_system(ctx: ServiceContext) -> ServiceContext:
    """The built-in `system` account that command-line subcommands act as."""
    with ctx.session_factory() as session:
        user = session.scalars(select(User).where(User.username == SYSTEM_USERNAME)).one()
        return ctx.as_actor(actor_of(user))
