"""SQLite backups: on demand, before migrations, once a day; and a verified restore.

Backups use SQLite's online backup API, so they are consistent while the app has the
database open (WAL mode lets readers and the backup run beside a writer).
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
import uuid
from pathlib import Path

from db.migrate import known_revisions

AUTO_BACKUPS_KEPT = 14
AUTO_PREFIX = "auto-"


class NotASkillbaseDatabase(Exception):
    """A file offered for restore is not a sound Skillbase database."""


def backups_dir(database: Path) -> Path:
    return database.parent / "backups"


def backup_file(source: Path, destination: Path) -> Path:
    """Copy a live SQLite database to `destination` with the online backup API."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    # A name of its own: two windows starting at once may both make the day's backup.
    partial = destination.with_name(f"{destination.name}.{uuid.uuid4().hex}.partial")
    with _open_readonly(source) as src, sqlite3.connect(partial) as dst:
        src.backup(dst)
    dst.close()
    os.replace(partial, destination)
    return destination


def auto_backup(database: Path, reason: str, now: dt.datetime | None = None) -> Path | None:
    """A kept-for-a-while copy; only the newest AUTO_BACKUPS_KEPT automatic copies stay."""
    if not database.exists():
        return None
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = backups_dir(database) / f"{AUTO_PREFIX}{stamp}-{reason}.sqlite3"
    backup_file(database, target)
    _prune(backups_dir(database))
    return target


def daily_backup_due(database: Path, today: dt.date | None = None) -> bool:
    day = (today or dt.date.today()).strftime("%Y%m%d")
    folder = backups_dir(database)
    return database.exists() and not any(folder.glob(f"{AUTO_PREFIX}{day}-*.sqlite3"))


def _prune(folder: Path) -> None:
    automatic = sorted(folder.glob(f"{AUTO_PREFIX}*.sqlite3"))
    for old in automatic[:-AUTO_BACKUPS_KEPT]:
        old.unlink(missing_ok=True)


def verify_skillbase_file(path: Path) -> str:
    """Return the schema revision of a sound Skillbase database, else raise NotASkillbaseDatabase."""
    if not path.is_file():
        raise NotASkillbaseDatabase(f"{path} does not exist.")
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise NotASkillbaseDatabase(f"{path} is not an SQLite database.")
    try:
        with _open_readonly(path) as connection:
            integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
            if integrity != "ok":
                raise NotASkillbaseDatabase(f"{path} is damaged: {integrity}")
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            if not {"alembic_version", "users", "audit_log"} <= tables:
                raise NotASkillbaseDatabase(f"{path} is not a Skillbase database.")
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise NotASkillbaseDatabase(f"{path} cannot be read as a database: {error}") from error
    if revision is None or revision[0] not in known_revisions():
        raise NotASkillbaseDatabase(
            f"{path} was written by a different version of Skillbase (revision {revision})."
        )
    return revision[0]


def restore_file(source: Path, database: Path) -> Path | None:
    """Replace `database` by `source` once the copy is verified; returns where the old one went.

    The current database stays in place, untouched, until the new copy has passed every check.
    """
    verify_skillbase_file(source)
    staged = database.with_name(database.name + ".restoring")
    backup_file(source, staged)
    try:
        verify_skillbase_file(staged)
    except NotASkillbaseDatabase:
        staged.unlink(missing_ok=True)
        raise
    kept = None
    if database.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = backup_file(database, backups_dir(database) / f"before-restore-{stamp}.sqlite3")
    # Stale -wal/-shm files of the old database would be replayed into the new one.
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    os.replace(staged, database)
    return kept


def _open_readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
