"""The fee report (培训费收费明细表): what it says, its totals, and how it flows over pages."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from PIL import ImageStat

from desktop.printing.fee_report_pdf import discount_policy, money, render_fee_report
from desktop.services.fees import FeeLine, FeeReport
from tests.printing.poppler import pdf_fonts, pdf_page_image, pdf_text

PAID_AT = dt.datetime(2026, 11, 20, 3, 30)  # UTC


def _report(count: int) -> FeeReport:
    lines = []
    for i in range(count):
        discount, due = [("", 38000), ("union", 30400), ("honour", 0)][i % 3]
        paid = due and i % 4 != 1
        lines.append(FeeLine(i + 1, f"学员{i:03d}", f"350***********{i:04d}", discount, due,
                             PAID_AT if paid else None, f"SJ2026-{i + 1:06d}" if paid else None))
    return FeeReport("泉州市总工会实训基地", "PX2026-007", "插花花艺师（初级）公益课", 380, 100, 20, tuple(lines),
                     dt.date(2026, 11, 21))


def test_the_report_lists_everyone_with_the_totals(tmp_path):
    report = _report(6)
    pdf = tmp_path / "fees.pdf"
    assert render_fee_report(report, pdf) == 1
    text = pdf_text(pdf)
    for heading in ("培训费收费明细表", "泉州市总工会实训基地", "PX2026-007", "插花花艺师（初级）公益课", "380 元/人",
                    "劳模优惠 100%、工会会员优惠 20%", "序号", "身份证号", "应缴(元)", "收据号", "缴费日期"):
        assert heading in text, heading
    for line in report.lines:
        assert line.trainee_name in text and line.id_number_masked in text
    assert "SJ2026-000001" in text and "免缴" in text and "工会会员优惠" in text
    assert "应收合计（6 人）" in text and money(report.due_fen) in text
    assert "实收合计（3 人已缴）" in text and money(report.paid_fen) in text
    assert "未收合计（1 人未缴）" in text and money(report.outstanding_fen) in text
    assert "第1页共1页" in text and "打印日期：2026年11月21日" in text
    fonts = pdf_fonts(pdf)
    assert fonts and all(line.split()[-5:-2] == ["yes", "yes", "yes"] for line in fonts), fonts  # embedded subsets


def test_a_long_class_flows_over_pages_with_the_header_repeated(tmp_path):
    out = io.BytesIO()  # a stream works as well as a path
    pages = render_fee_report(_report(70), out)
    assert pages >= 2
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(out.getvalue())
    page_texts = pdf_text(pdf).split("\f")
    assert f"第{pages}页共{pages}页" in page_texts[pages - 1]  # pdftotext drops the spaces
    assert all("收据号" in page for page in page_texts[:pages])
    assert "学员069" in page_texts[pages - 1] and "未收合计" in page_texts[pages - 1]


def test_an_empty_class_still_prints_a_report(tmp_path):
    pdf = tmp_path / "empty.pdf"
    render_fee_report(FeeReport("", "PX2026-008", "空班", 0, 0, 0, (), dt.date(2026, 1, 2)), pdf)
    text = pdf_text(pdf)
    assert "本班暂无学员" in text and "应收合计（0 人）" in text and "优惠政策" in text


def test_the_page_has_ink_in_the_table_area(tmp_path):
    pdf = tmp_path / "fees.pdf"
    render_fee_report(_report(3), pdf)
    image = pdf_page_image(pdf, resolution=40).convert("L")
    width, height = image.size
    # Something is drawn in the upper half (title and table), and the page is not all black.
    top = image.crop((0, 0, width, height // 2))
    assert top.getextrema()[0] < 128 and ImageStat.Stat(top).mean[0] > 200


@pytest.mark.parametrize("honour, union, expected", [
    (100, 20, "劳模优惠 100%、工会会员优惠 20%（同时符合时按较高者）"),
    (0, 20, "工会会员优惠 20%"),
    (50, 0, "劳模优惠 50%"),
    (0, 0, "无"),
])
def test_the_discount_policy_in_words(honour, union, expected):
    assert discount_policy(honour, union) == expected


@pytest.mark.parametrize("fen, text", [(0, "0.00"), (30400, "304.00"), (3040005, "30,400.05"), (-150, "-1.50")])
def test_money(fen, text):
    assert money(fen) == text

