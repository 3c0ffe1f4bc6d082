"""`skillbase export classes|enrolments FILE`, called in-process as the command line would."""
import datetime as dt

import pytest
from openpyxl import load_workbook
from stdnum.cn import ric

from desktop.cli import main
from desktop.services import classes, occupations, signups, trainees
from desktop.services.classes import ClassInput
from desktop.services.context import as_system
from desktop.services.database import close_database, open_database
from desktop.services.occupations import OccupationInput
from desktop.services.trainees import TraineeInput

NOW = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


@pytest.fixture
def url(tmp_path, home):
    """A database with one class of two seats and three sign-ups (one waiting)."""
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    ctx = as_system(open_database(url))
    occupations.create_occupation(ctx, OccupationInput("焊工", "6-18-02-04"))
    course = classes.create_class(ctx, ClassInput("焊工（中级）", "焊工", 4, 2, NOW - dt.timedelta(hours=1),
                                                  NOW + dt.timedelta(days=1), code="PX2026-001", fee=500))
    for i in range(3):
        body = f"35058219750101{i:03d}"
        number = body + ric.calc_check_digit(body + "0")
        trainee = trainees.create_trainee(ctx, TraineeInput("学员" + chr(0x4E00 + i), number))
        signups.sign_up(ctx, course, trainee.id)
    close_database(ctx)
    return url


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_classes(capsys, url, tmp_path):
    target = tmp_path / "classes.xlsx"
    assert run(capsys, "export", "classes", str(target), "--db", url) == (0, f"exported 1 classes to {target}\n", "")
    header, row = list(load_workbook(target).worksheets[0].values)
    assert header[:8] == ("code", "title", "occupation", "level", "capacity", "opens_at", "closes_at", "fee")
    assert row[:5] == ("PX2026-001", "焊工（中级）", "焊工", 4, 2) and row[7] == 500


def test_export_enrolments(capsys, url, tmp_path):
    target = tmp_path / "enrolments.xlsx"
    code, out, _err = run(capsys, "--db", url, "export", "enrolments", str(target))
    assert (code, out) == (0, f"exported 3 enrolments to {target}\n")
    rows = list(load_workbook(target).worksheets[0].values)
    assert rows[0][:4] == ("class_code", "id_number", "name", "status")
    assert [(r[0], r[3], r[4], r[7]) for r in rows[1:]] == [
        ("PX2026-001", "enrolled", None, 500), ("PX2026-001", "enrolled", None, 500),
        ("PX2026-001", "waiting", 1, 500)]


def test_an_unwritable_export_is_one_line_and_exit_1(capsys, url, tmp_path):
    code, _out, err = run(capsys, "export", "enrolments", str(tmp_path / "missing" / "e.xlsx"), "--db", url)
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Cannot write" in err
