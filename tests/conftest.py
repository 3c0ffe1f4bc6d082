"""Fixtures shared by every test: a fresh migrated database per test, acting users.

Set SKILLBASE_TEST_PG to a PostgreSQL URL to run the db and services tests against a real
server (`.ci/run` does); each test then starts from an empty `public` schema.
"""
from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from desktop.services import accounts  # noqa: E402
from desktop.services.context import ServiceContext, as_system  # noqa: E402
from desktop.services.database import close_database, open_database  # noqa: E402

PG_URL = os.environ.get("SKILLBASE_TEST_PG", "")


def _reset_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture
def home(tmp_path, monkeypatch):
    """The user data and log folder for this test (backups and logs land here)."""
    folder = tmp_path / "home"
    monkeypatch.setenv("SKILLBASE_HOME", str(folder))
    monkeypatch.delenv("SKILLBASE_DB", raising=False)
    return folder


@pytest.fixture
def database_url(tmp_path, home, request) -> str:
    if PG_URL and not request.node.get_closest_marker("sqlite_only"):
        _reset_postgres(PG_URL)
        return PG_URL
    return f"sqlite:///{tmp_path / 'skillbase.sqlite3'}"


@pytest.fixture
def ctx(database_url):
    """A freshly migrated database with nobody logged in."""
    context = open_database(database_url)
    yield context
    close_database(context)


@pytest.fixture
def system(ctx) -> ServiceContext:
    return as_system(ctx)


def make_user(ctx: ServiceContext, username: str, roles: set[str], password: str = "password1") -> ServiceContext:
    """Create an account (as the system) and return a context acting as it."""
    accounts.create_user(as_system(ctx), username, username.title(), roles, password)
    return ctx.as_actor(accounts.log_in(ctx, username, password))


@pytest.fixture
def admin(ctx) -> ServiceContext:
    return make_user(ctx, "boss", {"admin"})


@pytest.fixture
def staff(ctx) -> ServiceContext:
    return make_user(ctx, "clerk", {"staff"})


@pytest.fixture
def judge(ctx) -> ServiceContext:
    return make_user(ctx, "referee", {"judge"})


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: needs a SQLite file even when SKILLBASE_TEST_PG is set")


@pytest.fixture
def china_time():
    """The workstation's clock eight hours ahead of UTC (a POSIX TZ needs no tz database)."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "CST-8"
    time.tzset()
    yield
    if saved is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = saved
    time.tzset()
