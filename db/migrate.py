"""Schema migrations: bring a database to this application's revision, or refuse it."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseTooNew(Exception):
    """The database was migrated by a newer Skillbase; this one must not touch it."""

    def __init__(self, revision: str):
        super().__init__(
            f"The database is at schema revision {revision}, which this version of Skillbase "
            "does not know: it was written by a newer Skillbase. Install the newer version; "
            "the database has been left untouched."
        )
        self.revision = revision


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "no migrations found"
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def is_empty(engine: Engine) -> bool:
    return not inspect(engine).get_table_names()


def needs_upgrade(engine: Engine) -> bool:
    """True when migrations are due; raises DatabaseTooNew for a revision this app lacks."""
    revision = current_revision(engine)
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNew(revision)
    return revision != head_revision()


def upgrade(engine: Engine, before_migrating: Callable[[], None] | None = None) -> bool:
    """Migrate to head; returns True if anything was applied.

    `before_migrating` runs only when an existing, non-empty database is about to change
    (the application backs it up there).
    """
    if not needs_upgrade(engine):
        return False
    if before_migrating is not None and not is_empty(engine):
        before_migrating()
    config = alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            # SQLite's batch mode rebuilds a table by copy, drop and rename; with foreign keys
            # enforced, dropping a table others point to (trainees, classes) fails on any
            # database with data. Off for the migration (outside a transaction, where the
            # pragma works), checked afterwards, on again for everything else.
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"the migration left broken references: {broken[:5]}")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()
    return True
