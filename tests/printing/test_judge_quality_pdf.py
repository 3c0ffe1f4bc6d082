"""The judge-quality report (评判质量报告) as a PDF: what it says and how it formats."""
from __future__ import annotations

import datetime as dt
from fractions import Fraction as F

from PIL import ImageStat

from desktop.printing.judge_quality_pdf import percent, render_judge_quality, signed_percent, spread_rule
from desktop.services.judge_quality import JudgeLine, JudgeQualityReport
from tests.printing.poppler import pdf_fonts, pdf_page_image, pdf_text


def _report(lines=None, preset="china") -> JudgeQualityReport:
    if lines is None:
        lines = (JudgeLine(1, "J1", "林宽", 5, F(10), F(10), 0, F(1)),
                 JudgeLine(2, "J2", "陈严", 5, F(-5, 2), F(5, 2), 2, F(3, 5)),
                 JudgeLine(3, "J3", "", 0, None, None, 0, None))
    worldskills = preset == "worldskills"
    return JudgeQualityReport("2026年泉州市职工技能竞赛", "焊工", "final", preset, None if worldskills else F(1, 5),
                              F(1) if worldskills else None, 2, 10, tuple(lines), "泉州市总工会实训基地",
                              dt.date(2026, 11, 23))


def test_the_report_names_each_judge_with_the_figures(tmp_path):
    pdf = tmp_path / "quality.pdf"
    assert render_judge_quality(_report(), pdf) == 1
    text = pdf_text(pdf).replace(" ", "")
    for expected in ("评判质量报告", "泉州市总工会实训基地", "2026年泉州市职工技能竞赛", "焊工", "决赛", "国内通用评分规则",
                     "裁判", "评分项数", "平均绝对偏差", "超差次数", "一致率", "J1", "林宽", "J2", "陈严", "J3",
                     "+10.0%", "−2.5%", "100.0%", "60.0%", "20%", "说明", "第1页共1页", "2026年11月23日"):
        assert expected in text, expected
    fonts = pdf_fonts(pdf)
    assert fonts and all(line.split()[-5:-2] == ["yes", "yes", "yes"] for line in fonts), fonts  # embedded subsets
    assert ImageStat.Stat(pdf_page_image(pdf, 50).convert("L")).mean[0] < 250  # ink on the page


def test_the_worldskills_rule_and_many_judges_over_pages(tmp_path):
    lines = [JudgeLine(i, f"J{i}", f"裁判{i}", 40, F(i - 30, 7), F(abs(i - 30), 7), i % 3, F(40 - i % 3, 40))
             for i in range(1, 61)]
    pdf = tmp_path / "many.pdf"
    pages = render_judge_quality(_report(lines, "worldskills"), pdf)
    text = pdf_text(pdf).replace(" ", "")
    assert pages >= 2 and f"第{pages}页共{pages}页" in text and "J60" in text
    assert "世界技能大赛评分规则" in text and "超过1分" in text


def test_percentages_round_half_up_with_their_sign():
    assert (percent(F(1, 4)), percent(F(9, 40)), percent(None), percent(F(-1, 100))) == ("0.3%", "0.2%", "—", "0.0%")
    assert (signed_percent(F(5, 2)), signed_percent(F(-5, 2)), signed_percent(F(0))) == ("+2.5%", "−2.5%", "0.0%")
    assert "20%" in spread_rule(_report()) and "1 分" in spread_rule(_report(preset="worldskills"))
