"""`skillbase report yearly | figures`."""
import json

import pytest

from desktop.cli import main
from desktop.services.context import as_system
from desktop.services.database import close_database, open_database
from desktop.services.demo import fill_demo_data
from desktop.services.statistics import Period, key_figures
from tests.printing.poppler import pdf_text


@pytest.fixture
def demo_url(tmp_path, home):
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    ctx = as_system(open_database(url))
    fill_demo_data(ctx, scale=300, seed=2026)
    expected = {f.key: f.value for f in key_figures(ctx, Period.year(2026))}
    close_database(ctx)
    return url, expected


def test_figures_as_a_flat_json_object_and_the_yearly_pdf(capsys, demo_url, tmp_path):
    url, expected = demo_url
    assert main(["report", "figures", "--year", "2026", "--format", "json", "--db", url]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures == {"period_start": "2026-01-01", "period_end": "2026-12-31", **expected}
    assert figures["trainings"] > 0 and figures["prize_winners"] > 0
    out = tmp_path / "report.pdf"
    assert main(["--db", url, "report", "yearly", "--year", "2026", "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    assert "2026年度工作统计报告" in pdf_text(out)


def test_a_bad_year_and_an_unwritable_file_fail_with_one_line(capsys, demo_url, tmp_path):
    url, _ = demo_url
    assert main(["report", "figures", "--year", "26", "--db", url]) == 2
    assert "--year" in capsys.readouterr().err
    code = main(["report", "yearly", "--year", "2026", "--out", str(tmp_path / "missing" / "r.pdf"), "--db", url])
    err = capsys.readouterr().err
    assert code == 1 and "Cannot write" in err and len(err.strip().splitlines()) == 1
