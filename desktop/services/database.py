"""Opening, checking, backing up and restoring the database, as user actions."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy.exc import OperationalError

from db.backup import NotASkillbaseDatabase, auto_backup, backup_file, daily_backup_due, restore_file
from db.check import check_database
from db.engine import data_dir, describe_location, make_engine, make_session_factory, sqlite_path
from db.migrate import DatabaseTooNew, upgrade
from desktop.domain.errors import UserError
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.context import ServiceContext, as_system, require, unit_of_work


def open_database(url: str) -> ServiceContext:
    """Migrate (backing up first) and back up once a day; refuse a database newer than the app."""
    engine = make_engine(url)
    path = sqlite_path(url)
    existed = path is not None and path.is_file() and path.stat().st_size > 0
    try:
        upgrade(engine, (lambda: auto_backup(path, "before-upgrade")) if path else None)
    except DatabaseTooNew as error:
        engine.dispose()
        raise UserError(message(QT_TRANSLATE_NOOP(
            "Messages",
            "The database at {location} was written by a newer Skillbase (schema {revision}). "
            "Install the newer version; the database was left untouched."),
            location=describe_location(url), revision=error.revision)) from error
    except OperationalError as error:
        engine.dispose()
        raise UserError(message(QT_TRANSLATE_NOOP(
            "Messages", "Cannot open the database at {location}: {reason}"),
            location=describe_location(url), reason=str(error.orig or error).splitlines()[0])) from error
    if existed and daily_backup_due(path):
        auto_backup(path, "daily")
    return ServiceContext(make_session_factory(engine), None, url)


def describe(url: str) -> str:
    """Where the database is, for the status bar: a file path or a server URL without password."""
    return describe_location(url)


def workstation_settings_file() -> Path:
    """Preferences of this workstation (language …), beside the default database."""
    return data_dir() / "settings.ini"


def close_database(ctx: ServiceContext) -> None:
    bind = ctx.session_factory.kw.get("bind")
    if bind is not None:
        bind.dispose()


def database_problems(url: str) -> list[str]:
    return check_database(url)


def backup_database(ctx: ServiceContext, destination: Path) -> Path:
    """An online copy of the SQLite file, safe while other windows have it open."""
    require(ctx, Permission.MAINTAIN_DATABASE)
    path = sqlite_path(ctx.database_url)
    if path is None:
        raise UserError(message(QT_TRANSLATE_NOOP(
            "Messages", "This database is on a server: back it up there with pg_dump.")))
    try:
        backup_file(path, destination)
    except OSError as error:
        raise UserError(message(QT_TRANSLATE_NOOP(
            "Messages", "The backup could not be written to {path}: {reason}"),
            path=str(destination), reason=error.strerror or str(error))) from error
    with unit_of_work(ctx) as session:
        audit.record(session, ctx.actor, "backup", "database", None, str(destination))
    return destination


def restore_database(url: str, source: Path) -> Path | None:
    """Replace the SQLite database at `url` by a verified copy of `source` (the app must be closed)."""
    path = sqlite_path(url)
    if path is None:
        raise UserError(message(QT_TRANSLATE_NOOP(
            "Messages", "This database is on a server: restore it there with pg_restore.")))
    try:
        kept = restore_file(source, path)
    except NotASkillbaseDatabase as error:
        raise UserError(message(QT_TRANSLATE_NOOP(
            "Messages", "Not restored, the current database is unchanged: {reason}"),
            reason=str(error))) from error
    ctx = open_database(url)
    try:
        with unit_of_work(as_system(ctx)) as session:
            audit.record(session, as_system(ctx).actor, "restore", "database", None,
                         str(source))
    finally:
        close_database(ctx)
    return kept
