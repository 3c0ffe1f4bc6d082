"""The command line, called as `skillbase …` would be (in-process for speed)."""
import pytest
from openpyxl import load_workbook

from desktop.cli import main
from desktop.services import audit, trainees
from desktop.services.context import as_system
from desktop.services.database import close_database, open_database
from desktop.services.trainees import TraineeQuery
from tests.services.excel_files import LI, WANG, ZHANG, roster


@pytest.fixture
def url(tmp_path, home):
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_fails_on_a_missing_database_without_creating_it(capsys, url, tmp_path):
    code, _out, err = run(capsys, "db", "check", "--db", url)
    assert code == 1 and err.strip().startswith("no database at")
    assert not (tmp_path / "cli.sqlite3").exists()


def test_db_options_go_before_or_after_the_subcommand(capsys, url):
    assert run(capsys, "--db", url, "db", "upgrade")[0] == 0
    assert run(capsys, "db", "check", "--db", url)[:2] == (0, "ok\n")
    assert run(capsys, "--db", url, "db", "check")[0] == 0


def test_import_with_a_bad_row_prints_each_row_and_exits_1(capsys, url, tmp_path):
    bad = roster(tmp_path / "bad.xlsx", [ZHANG, {**LI, "手机号码": "555"}, {**WANG, "身份证号码": "350521199002030029"}])
    code, _out, err = run(capsys, "import", "trainees", str(bad), "--db", url)
    assert code == 1
    lines = err.strip().splitlines()
    assert [line.split(":")[0] for line in lines] == ["row 3", "row 4"]
    ctx = as_system(open_database(url))
    assert trainees.count_trainees(ctx, TraineeQuery()) == 0
    close_database(ctx)


def test_dry_run_then_import_then_export(capsys, url, tmp_path):
    good = roster(tmp_path / "good.xlsx", [ZHANG, LI, WANG])
    assert run(capsys, "--db", url, "import", "trainees", str(good), "--dry-run")[:2] == (0, "would import 3 trainees\n")
    assert run(capsys, "--db", url, "import", "trainees", str(good))[:2] == (0, "imported 3 trainees\n")
    out_file = tmp_path / "out.xlsx"
    assert run(capsys, "export", "trainees", str(out_file), "--db", url)[0] == 0
    assert len(list(load_workbook(out_file).worksheets[0].values)) == 4
    ctx = as_system(open_database(url))
    entries = audit.list_entries(ctx, audit.AuditQuery(action="import"))
    assert [(e.username, e.summary) for e in entries] == [("system", "good.xlsx")]
    close_database(ctx)


def test_a_missing_file_is_one_line_on_stderr(capsys, url, tmp_path):
    code, _out, err = run(capsys, "import", "trainees", str(tmp_path / "nope.xlsx"), "--db", url)
    assert code == 1 and len(err.strip().splitlines()) == 1 and "nope.xlsx" in err


def test_demo_data_is_the_same_for_the_same_seed(capsys, tmp_path, home):
    exports = []
    for name in ("a", "b"):
        url = f"sqlite:///{tmp_path / name}.sqlite3"
        assert run(capsys, "demo-data", "--scale", "60", "--seed", "7", "--db", url)[0] == 0
        assert run(capsys, "export", "trainees", str(tmp_path / f"{name}.xlsx"), "--db", url)[0] == 0
        exports.append(list(load_workbook(tmp_path / f"{name}.xlsx").worksheets[0].values))
    assert exports[0] == exports[1] and len(exports[0]) > 50


def test_backup_and_restore_from_the_command_line(capsys, url, tmp_path):
    run(capsys, "--db", url, "import", "trainees", str(roster(tmp_path / "one.xlsx", [ZHANG])))
    assert run(capsys, "--db", url, "db", "backup", str(tmp_path / "copy.sqlite3"))[0] == 0
    run(capsys, "--db", url, "import", "trainees", str(roster(tmp_path / "two.xlsx", [LI])))
    code, out, _err = run(capsys, "--db", url, "db", "restore", str(tmp_path / "copy.sqlite3"))
    assert code == 0 and "previous database was kept" in out
    ctx = as_system(open_database(url))
    assert [r.name for r in trainees.list_trainees(ctx, TraineeQuery())] == ["张三"]
    close_database(ctx)
    (tmp_path / "junk.sqlite3").write_text("junk")
    code, _out, err = run(capsys, "--db", url, "db", "restore", str(tmp_path / "junk.sqlite3"))
    assert code == 1 and "unchanged" in err


def test_help_explains_every_subcommand(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for word in ("db", "demo-data", "import", "export", "--db", "--lang", "--demo"):
        assert word in out
