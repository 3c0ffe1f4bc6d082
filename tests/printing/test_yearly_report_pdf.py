"""The yearly report (年度工作统计报告): its text, tables and charts' labels, read back with poppler."""
from __future__ import annotations

import pytest

from desktop.services import statistics
from desktop.services.context import as_system
from desktop.services.database import close_database, open_database
from desktop.services.demo import fill_demo_data
from tests.printing.poppler import pdf_text


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("yearly")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SKILLBASE_HOME", str(folder / "home"))
        ctx = as_system(open_database(f"sqlite:///{folder / 'demo.sqlite3'}"))
        fill_demo_data(ctx, scale=300, seed=2026)
        yield ctx
        close_database(ctx)


def test_the_report_has_the_figures_tables_and_charts_in_chinese(demo, tmp_path):
    path = tmp_path / "yearly.pdf"
    pages = statistics.write_yearly_report(demo, 2026, path)
    text = pdf_text(path)
    assert pages >= 3 and text.count("\f") == pages
    figures = {f.key: f for f in statistics.key_figures(demo, statistics.Period.year(2026))}
    for heading in ("2026年度工作统计报告", "泉州市总工会", "一、主要指标", "二、职工登记", "三、职工技能培训",
                    "四、名师带高徒", "五、职业技能等级认定", "合格率（按等级，%）", "六、职工技能竞赛", "七、证书发放", "获奖情况",
                    "好师傅命名", "培训人次（按县市区）", "培训人次（按月）",
                    "晋江市", "合计", "一等奖", "第1页共", "填报人"):
        assert heading in text.replace(" ", ""), heading
    assert f"{figures['trainings'].value:,}" in text
    assert f"{figures['fees_received_yuan'].value:,.2f}" in text
    assert "12月" in text  # the month chart's axis


def test_a_year_without_records_prints_zeros(demo, tmp_path):
    path = tmp_path / "empty.pdf"
    statistics.write_yearly_report(demo, 2019, path)
    text = pdf_text(path)
    assert "2019年度工作统计报告" in text and "培训人次" in text
