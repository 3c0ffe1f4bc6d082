"""`skillbase competition import | results | template`, called in-process as the command line would."""
import csv
import io
import json

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from desktop.services.competition_results import publish
from desktop.services.context import as_system
from desktop.services.database import close_database, open_database
from tests.services.test_competition_workbook import good_sheets, table_counts, write_workbook

KEYS = ["rank", "number", "name", "team", "theory", "practical", "total", "prize", "flags"]
PROVISIONAL = "provisional: results not yet published"


@pytest.fixture
def url(tmp_path, home):
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    close_database(open_database(url))
    return url


@pytest.fixture
def event(url, tmp_path, capsys):
    """The id of an event imported from a good workbook (5 present, 1 absent)."""
    code, out, _err = run(capsys, "competition", "import", str(write_workbook(tmp_path / "e.xlsx", good_sheets())),
                          "--db", url)
    assert code == 0
    return int(out)


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def counts(url):
    ctx = open_database(url)
    try:
        return table_counts(ctx)
    finally:
        close_database(ctx)


def test_import_prints_only_the_new_event_id(capsys, url, tmp_path):
    path = write_workbook(tmp_path / "焊工.xlsx", good_sheets(count=2))
    code, out, err = run(capsys, "--db", url, "competition", "import", str(path))
    assert (code, err) == (0, "") and out.strip().isdigit() and out == f"{int(out)}\n"
    assert counts(url)["competition_events"] == 1


def test_a_bad_workbook_reports_every_cell_and_creates_nothing(capsys, url, tmp_path):
    sheets = good_sheets(count=2)
    sheets["event"][2][1] = "olympic"
    sheets["contestants"][1][5] = "late"
    sheets["marks"].append([1, "P2", None, 31])
    before = counts(url)
    code, out, err = run(capsys, "competition", "import", str(write_workbook(tmp_path / "bad.xlsx", sheets)),
                         "--db", url)
    assert (code, out) == (1, "") and counts(url) == before
    assert err.splitlines() == [
        "sheet event, row 3, column B: The scoring preset is china or worldskills.",
        "sheet contestants, row 2, column F: The status is present, absent or disqualified.",
        "sheet marks, row 16, column D: Aspect P2: a mark from 0 to 30 in steps of 0.5.",
        "sheet marks, row 16, column D: This mark repeats row 8: the same contestant, aspect and judge.",
    ]


def test_results_as_json(capsys, url, event):
    code, out, err = run(capsys, "competition", "results", str(event), "--db", url)
    rows = json.loads(out)
    assert code == 0 and err.strip() == PROVISIONAL
    assert all(list(r) == KEYS for r in rows)
    assert [r["rank"] for r in rows] == [1, 2, 3, 4, 5, None] and [r["number"] for r in rows] == [5, 4, 3, 2, 1, 6]
    best = rows[0]
    assert best["total"] == 74.5 and best["theory"] == 85 and best["prize"] == "一等奖" and best["flags"] == []
    assert all(isinstance(r[k], (int, float)) for r in rows[:5] for k in ("theory", "practical", "total"))
    assert rows[3]["prize"] == "" and rows[5]["total"] is None and rows[5]["flags"] == ["absent"]


def test_results_as_csv_to_stdout_and_to_a_file(capsys, url, event, tmp_path):
    code, out, _err = run(capsys, "competition", "results", str(event), "--format", "csv", "--db", url)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and list(rows[0]) == KEYS and rows[0]["total"] == "74.5" and rows[-1]["rank"] == ""
    target = tmp_path / "results.csv"
    code, out, _err = run(capsys, "competition", "results", str(event), "--format", "csv", "--out", str(target),
                          "--db", url)
    assert (code, out) == (0, f"exported 6 results to {target}\n")
    assert target.read_text(encoding="utf-8").splitlines()[0] == ",".join(KEYS)


def test_results_as_xlsx_need_an_out_file(capsys, url, event, tmp_path):
    code, _out, err = run(capsys, "competition", "results", str(event), "--format", "xlsx", "--db", url)
    assert code == 2 and "--out" in err
    target = tmp_path / "results.xlsx"
    code, _out, _err = run(capsys, "competition", "results", str(event), "--format", "xlsx", "--out", str(target),
                           "--db", url)
    rows = list(load_workbook(target)["results"].values)
    assert code == 0 and len(rows) == 7 and rows[1][:2] == (1, 5) and rows[1][7] == 74.5


def test_published_results_carry_no_provisional_note(capsys, url, event):
    ctx = as_system(open_database(url))
    publish(ctx, event)
    close_database(ctx)
    code, out, err = run(capsys, "competition", "results", str(event), "--db", url)
    assert code == 0 and err == "" and len(json.loads(out)) == 6


def test_an_unknown_event_fails_with_one_line(capsys, url):
    code, out, err = run(capsys, "competition", "results", "999", "--db", url)
    assert (code, out) == (1, "") and err == "This competition event no longer exists.\n"


def test_the_template_round_trips(capsys, url, tmp_path):
    target = tmp_path / "blank.xlsx"
    assert run(capsys, "competition", "template", str(target), "--db", url) == (0, f"{target}\n", "")
    code, out, _err = run(capsys, "competition", "import", str(target), "--db", url)
    assert code == 0
    code, out, _err = run(capsys, "competition", "results", out.strip(), "--db", url)
    assert [r["name"] for r in json.loads(out)] == ["张三", "李梅"]
