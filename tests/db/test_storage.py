import datetime as dt
import hashlib
import sqlite3

import pytest
from sqlalchemy import inspect, text

from db.backup import AUTO_BACKUPS_KEPT, auto_backup, backups_dir
from db.check import check_database
from db.engine import make_engine, resolve_database_url, sqlite_path
from db.migrate import current_revision, head_revision, upgrade
from desktop.domain.errors import UserError
from desktop.services import database
from desktop.services.trainees import TraineeInput, create_trainee


def test_a_new_database_is_migrated_to_this_apps_revision(ctx, database_url):
    engine = ctx.session_factory.kw["bind"]
    assert current_revision(engine) == head_revision()
    assert {"users", "trainees", "employers", "audit_log"} <= set(inspect(engine).get_table_names())
    assert check_database(database_url) == []


@pytest.mark.sqlite_only
def test_sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout(ctx):
    with ctx.session_factory() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_the_url_comes_from_the_option_then_the_environment_then_the_user_folder(monkeypatch, home):
    monkeypatch.setenv("SKILLBASE_DB", "sqlite:////tmp/from-env.sqlite3")
    assert resolve_database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert resolve_database_url(None) == "sqlite:////tmp/from-env.sqlite3"
    monkeypatch.delenv("SKILLBASE_DB")
    assert sqlite_path(resolve_database_url(None)).parent == home


@pytest.mark.sqlite_only
def test_a_database_newer_than_the_app_is_refused_and_left_untouched(ctx, database_url):
    database.close_database(ctx)
    path = sqlite_path(database_url)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(UserError, match="newer Skillbase"):
        database.open_database(database_url)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert "9999_future" in check_database(database_url)[0]


@pytest.mark.sqlite_only
def test_check_never_creates_a_database(tmp_path):
    missing = tmp_path / "none.sqlite3"
    assert check_database(f"sqlite:///{missing}") == [f"no database at {missing}"]
    assert not missing.exists()


@pytest.mark.sqlite_only
def test_check_reports_a_damaged_file(tmp_path):
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert check_database(f"sqlite:///{broken}")


@pytest.mark.sqlite_only
def test_migrating_an_existing_database_backs_it_up_first(tmp_path):
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE legacy (id INTEGER)")
    connection.close()
    calls = []
    upgrade(make_engine(f"sqlite:///{path}"), lambda: calls.append(auto_backup(path, "before-upgrade")))
    assert len(calls) == 1 and calls[0].exists()


@pytest.mark.sqlite_only
def test_only_the_last_fourteen_automatic_backups_are_kept(ctx, database_url):
    path = sqlite_path(database_url)
    start = dt.datetime(2026, 1, 1, 8, 0)
    for day in range(AUTO_BACKUPS_KEPT + 3):
        auto_backup(path, "daily", start + dt.timedelta(days=day))
    kept = sorted(p.name for p in backups_dir(path).glob("auto-*.sqlite3"))
    assert len(kept) == AUTO_BACKUPS_KEPT
    assert kept[0].startswith("auto-20260104")


@pytest.mark.sqlite_only
def test_a_daily_backup_is_made_once_on_the_first_start_of_the_day(ctx, database_url):
    path = sqlite_path(database_url)
    database.close_database(ctx)
    for _ in range(2):
        database.close_database(database.open_database(database_url))
    today = dt.date.today().strftime("%Y%m%d")
    assert len(list(backups_dir(path).glob(f"auto-{today}-*-daily.sqlite3"))) == 1


@pytest.mark.sqlite_only
def test_backup_while_the_app_is_open_and_restore_it(admin, database_url, tmp_path):
    zhang = TraineeInput(name="张三", id_number="350582197501011239")
    create_trainee(admin, zhang)
    writer = admin.session_factory()  # another window holds a connection open meanwhile
    writer.execute(text("SELECT 1"))
    copy = database.backup_database(admin, tmp_path / "copy.sqlite3")
    writer.close()
    create_trainee(admin, TraineeInput(name="李梅", id_number="11010519491231002X"))
    database.close_database(admin)
    kept = database.restore_database(database_url, copy)
    assert kept is not None and kept.exists()
    restored = database.open_database(database_url)
    with restored.session_factory() as session:
        names = session.execute(text("SELECT name FROM trainees")).scalars().all()
        actions = session.execute(text("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")).scalar()
    assert names == ["张三"] and actions == "restore"
    database.close_database(restored)


@pytest.mark.sqlite_only
@pytest.mark.parametrize("content", [b"hello, not a database", b"SQLite format 3\x00" + b"\x01" * 100, None])
def test_restore_refuses_what_is_not_a_skillbase_database(ctx, database_url, tmp_path, content):
    source = tmp_path / "other.sqlite3"
    if content is None:  # a sound SQLite file of some other program
        with sqlite3.connect(source) as connection:
            connection.execute("CREATE TABLE notes (body TEXT)")
        connection.close()
    else:
        source.write_bytes(content)
    database.close_database(ctx)
    path = sqlite_path(database_url)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(UserError, match="unchanged"):
        database.restore_database(database_url, source)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_only_an_administrator_may_back_up(staff, tmp_path):
    from desktop.domain.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        database.backup_database(staff, tmp_path / "copy.sqlite3")


@pytest.mark.sqlite_only
def test_an_older_database_is_backed_up_then_migrated(tmp_path, home):
    from alembic import command

    from db.migrate import alembic_config

    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    ctx = database.open_database(f"sqlite:///{path}")
    assert current_revision(ctx.session_factory.kw["bind"]) == head_revision() != "0001"
    database.close_database(ctx)
    before = list(backups_dir(path).glob("auto-*-before-upgrade.sqlite3"))
    assert len(before) == 1
    with sqlite3.connect(before[0]) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    connection.close()


def test_the_migrations_build_exactly_the_models_schema(ctx):
    """A model change without its migration (or the reverse) shows up here, on either server."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from db.models import Base

    engine = ctx.session_factory.kw["bind"]
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}),
                                       Base.metadata)
    assert differences == []


@pytest.mark.sqlite_only
def test_migration_0005_gives_existing_classes_a_code(tmp_path, home):
    """Classes made before class codes existed get PX-<id> and keep their sign-ups."""
    from alembic import command

    from db.migrate import alembic_config

    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
        connection.execute(text(
            "INSERT INTO occupations (id, name, code, category, levels, created_at, updated_at) "
            "VALUES (1, '焊工', '6-18-02-04', '', '[5]', '2026-01-01', '2026-01-01')"))
        connection.execute(text(
            "INSERT INTO training_classes (id, title, occupation_id, target_level, teachers, venue, capacity, "
            "fee, signup_opens_at, signup_closes_at, seat_version, created_at, updated_at) VALUES "
            "(7, '焊工班', 1, 5, '', '', 10, 380, '2026-01-01', '2026-02-01', 0, '2026-01-01', '2026-01-01')"))
        connection.execute(text(
            "INSERT INTO trainees (id, name, gender, id_number, birth_date, phone, education, notes, created_at, "
            "updated_at) VALUES (1, '王芳', 'F', '350503199001010024', '1990-01-01', '', '', '', '2026-01-01', "
            "'2026-01-01')"))
        connection.execute(text(
            "INSERT INTO enrolments (class_id, trainee_id, source, submitted_at, status, created_at, updated_at) "
            "VALUES (7, 1, 'desk', '2026-01-02', 'placed', '2026-01-02', '2026-01-02')"))
    engine.dispose()
    upgrade(make_engine(f"sqlite:///{path}"))
    with sqlite3.connect(path) as migrated:
        assert migrated.execute("SELECT code, min_attendance_pct FROM training_classes").fetchone() == ("PX-7", 80)
        assert migrated.execute("SELECT fee_due_fen, paid_at FROM enrolments").fetchone() == (38000, None)
    migrated.close()
