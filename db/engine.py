"""Engine and session factory: where the database is and how connections are set up."""
from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

APP_NAME = "Skillbase"
ENV_DATABASE_URL = "SKILLBASE_DB"
# Overrides the per-user folders (data, backups, logs); tests and portable installs use it.
ENV_HOME = "SKILLBASE_HOME"
SQLITE_BUSY_TIMEOUT_MS = 10_000


def data_dir() -> Path:
    home = os.environ.get(ENV_HOME)
    return Path(home) if home else Path(user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    home = os.environ.get(ENV_HOME)
    return Path(home) / "logs" if home else Path(user_log_dir(APP_NAME, appauthor=False))


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'skillbase.sqlite3'}"


def resolve_database_url(explicit: str | None = None) -> str:
    """`--db` wins over SKILLBASE_DB, which wins over the per-user SQLite file."""
    return explicit or os.environ.get(ENV_DATABASE_URL) or default_database_url()


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other back ends and in-memory databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def describe_location(url: str) -> str:
    """What to show a user: the file path, or the server URL without its password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return make_url(url).render_as_string(hide_password=True)


def _configure_sqlite(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for any SQLAlchemy URL; SQLite files get WAL, foreign keys and a busy timeout."""
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _configure_sqlite)
        return engine
    return create_engine(url, pool_pre_ping=True)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)
