"""`skillbase export agreements FILE`, called in-process as the command line would."""
import datetime as dt

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from desktop.services import certificates, mentoring, mentoring_progress, skill_levels
from desktop.services.certificates import IssueRequest
from desktop.services.context import as_system
from desktop.services.database import close_database, open_database
from tests.services.mentoring_helpers import TODAY, WELDING, agreement, masters
from tests.services.training_helpers import people

COLUMNS = ("number", "mentor", "mentor_id_number", "second_mentor", "apprentice", "apprentice_id_number",
           "occupation", "start", "end", "status", "on_track", "outcomes")


@pytest.fixture
def url(tmp_path, home):
    """Three agreements: one active and behind plan with a level gained and a prize, one
    completed, one draft."""
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    ctx = as_system(open_database(url))
    mentor = masters(ctx, 1)[0]
    a, b, c = people(ctx, 3)
    start = TODAY - dt.timedelta(days=100)
    running = agreement(ctx, a, mentor, start=start)
    mentoring_progress.add_plan_item(ctx, running, "平焊", TODAY - dt.timedelta(days=3))
    skill_levels.record_level(ctx, a, WELDING, 4, TODAY - dt.timedelta(days=10))
    certificates.issue_certificates(ctx, [IssueRequest("award", a, TODAY - dt.timedelta(days=2), award="一等奖",
                                                       competition="焊工技能竞赛")])
    done = agreement(ctx, b, mentor, start=start)
    mentoring.complete_agreement(ctx, done, TODAY)
    agreement(ctx, c, mentor, start=start, activate=False)
    close_database(ctx)
    return url


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_agreements(capsys, url, tmp_path):
    target = tmp_path / "agreements.xlsx"
    assert run(capsys, "export", "agreements", str(target), "--db", url) == (
        0, f"exported 3 agreements to {target}\n", "")
    rows = list(load_workbook(target).worksheets[0].values)
    assert rows[0][:12] == COLUMNS
    by_status = {r[9]: dict(zip(COLUMNS, r)) for r in rows[1:]}
    assert set(by_status) == {"draft", "active", "completed"}
    active = by_status["active"]
    assert active["mentor"].startswith("学员") and len(active["mentor_id_number"]) == 18
    assert len(active["apprentice_id_number"]) == 18 and active["occupation"] == WELDING
    assert active["start"] == (TODAY - dt.timedelta(days=100)).isoformat()
    assert active["on_track"] == "no" and by_status["completed"]["on_track"] == "yes"
    assert by_status["draft"]["on_track"] is None
    assert "四级/中级工（焊工）" in active["outcomes"] and "一等奖（焊工技能竞赛）" in active["outcomes"]
    assert active["number"].startswith("SD")


def test_export_agreements_help_and_failure(capsys, url, tmp_path):
    with pytest.raises(SystemExit) as shown:
        main(["export", "agreements", "--help"])
    assert shown.value.code == 0 and "mentoring agreements" in capsys.readouterr().out
    code, _out, err = run(capsys, "export", "agreements", str(tmp_path / "missing" / "x.xlsx"), "--db", url)
    assert code == 1 and err.startswith("Cannot write")
