"""`skillbase certificate …`: verify, list and payload."""
import datetime as dt
import json

import pytest

from desktop.cli import main
from desktop.services import certificates, trainees
from desktop.services.certificates import IssueRequest
from desktop.services.context import as_system
from desktop.services.database import close_database, open_database
from desktop.services.trainees import TraineeInput


@pytest.fixture
def issued(tmp_path, home):
    url = f"sqlite:///{tmp_path / 'certs.sqlite3'}"
    ctx = as_system(open_database(url))
    zhang = trainees.create_trainee(ctx, TraineeInput(name="张三", id_number="350582197501011239"))
    li = trainees.create_trainee(ctx, TraineeInput(name="李梅", id_number="11010519491231002X"))
    day = dt.date(2026, 11, 21)
    rows = certificates.issue_certificates(ctx, [
        IssueRequest("level", zhang.id, day, level=3, occupation="焊工"),
        IssueRequest("award", li.id, day, award="一等奖", competition="2026年泉州市焊工职工技能竞赛"),
        IssueRequest("honour", li.id, day, honour_title="泉州市好师傅"),
    ])
    certificates.revoke_certificate(ctx, rows[2].id, "重复发放")
    close_database(ctx)
    return url, rows


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_verify_says_genuine_revoked_or_forged(capsys, issued):
    url, rows = issued
    _, genuine_text, _ = run(capsys, "certificate", "payload", rows[0].number, "--db", url)
    code, out, _ = run(capsys, "certificate", "verify", genuine_text.strip(), "--db", url)
    assert code == 0 and out.splitlines()[0] == "genuine" and "张三" in out
    forged = genuine_text.strip().replace("张三", "张五")
    code, out, _ = run(capsys, "--db", url, "certificate", "verify", forged)
    assert code == 1 and out.splitlines()[0] == "forged"
    _, revoked_text, _ = run(capsys, "certificate", "payload", rows[2].number, "--db", url)
    code, out, _ = run(capsys, "certificate", "verify", revoked_text.strip(), "--db", url)
    assert code == 1 and out.splitlines()[0] == "revoked" and "重复发放" in out


def test_list_as_json_and_csv(capsys, issued):
    url, rows = issued
    code, out, _ = run(capsys, "certificate", "list", "--format", "json", "--db", url)
    listed = json.loads(out)
    assert code == 0 and {r["number"] for r in listed} == {r.number for r in rows}
    assert {r["kind"] for r in listed} == {"level", "award", "honour"}
    assert {r["status"] for r in listed} == {"issued", "revoked"}
    assert all({"number", "kind", "holder", "issue_date", "status"} <= set(r) for r in listed)
    code, out, _ = run(capsys, "certificate", "list", "--kind", "award", "--db", url)
    lines = out.strip().splitlines()
    assert code == 0 and lines[0].startswith("number,kind,holder") and len(lines) == 2


def test_payload_of_an_unknown_number_fails_with_one_line(capsys, issued):
    url, _rows = issued
    code, _out, err = run(capsys, "certificate", "payload", "NOPE", "--db", url)
    assert code == 1 and len(err.strip().splitlines()) == 1


def test_the_public_key_can_be_exported(capsys, issued, tmp_path):
    url, _rows = issued
    code, _out, _err = run(capsys, "certificate", "public-key", str(tmp_path / "key.pem"), "--db", url)
    assert code == 0 and (tmp_path / "key.pem").read_text().startswith("-----BEGIN PUBLIC KEY-----")
