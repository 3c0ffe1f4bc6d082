"""Blank paper score sheets: one page a sheet with the encrypted number, the judged aspects
with their range and step, the sheet code as text and as a QR code that reads back."""
import datetime as dt
from fractions import Fraction as F

import zxingcpp

from desktop.domain.sheet_codes import sheet_code
from desktop.printing.paper_sheet_pdf import PaperLine, PaperSheet, range_text, render_paper_sheets
from tests.printing.poppler import pdf_fonts, pdf_page_image, pdf_text

LINES = [PaperLine("P1", "practical", "焊接操作 › 外观 › 焊缝成形", F(20), F("0.5")),
         PaperLine("P3", "practical", "焊接操作 › 工艺 › 安全文明操作", F(10), F(1)),
         PaperLine("T2", "theory", "答辩 › 专业知识", F(3), F(1), ("未回答", "部分正确", "基本正确", "完全正确"))]


def sheet(sheet_id=127, number="0417", lines=LINES):
    return PaperSheet("2026年泉州市职工技能竞赛", "焊工", "final", "J2", number, sheet_code(sheet_id), lines,
                      "泉州市总工会", dt.date(2026, 11, 22))


def test_range_text_says_the_maximum_and_the_step():
    assert range_text(LINES[0]) == "0–20，步长 0.5" and range_text(LINES[1]) == "0–10，步长 1"


def test_each_sheet_is_one_page_with_its_number_aspects_and_code(tmp_path):
    pdf = tmp_path / "sheets.pdf"
    assert render_paper_sheets([sheet(127, "0417"), sheet(128, "0733")], pdf) == 2
    pages = pdf_text(pdf).split("\f")
    for page, (code, number) in zip(pages, (("S-127-08", "0417"), ("S-128-05", "0733"))):
        assert code in page and number in page and "J2" in page
        assert all(line.code in page for line in LINES)
        assert "0–20，步长 0.5" in page and "焊缝成形" in page and "0 分：未回答" in page
        assert "裁判签名" in page and "得分" in page and "决赛" in page
    assert "0733" not in pages[0] and "0417" not in pages[1]
    fonts = pdf_fonts(pdf)
    assert fonts and all(line.split()[-5:-2] == ["yes", "yes", "yes"] for line in fonts), fonts  # embedded subsets


def test_the_qr_code_reads_as_the_printed_code(tmp_path):
    pdf = tmp_path / "sheet.pdf"
    render_paper_sheets([sheet(4711)], pdf)
    codes = [b.text for b in zxingcpp.read_barcodes(pdf_page_image(pdf, 150))]
    assert codes == [sheet_code(4711)] and sheet_code(4711) in pdf_text(pdf)


def test_a_long_sheet_goes_on_over_a_page_that_still_says_whose_it_is(tmp_path):
    pdf = tmp_path / "long.pdf"
    many = [PaperLine(f"P{n}", "practical", f"焊接操作 › 工艺 › 第 {n} 项操作要求，须符合规范", F(10), F("0.5"))
            for n in range(1, 31)]
    assert render_paper_sheets([sheet(127, "0417", many), sheet(128, "0733")], pdf) == 3
    pages = pdf_text(pdf).split("\f")
    assert "（续）" in pages[1] and "S-127-08" in pages[1] and "0417" in pages[1] and "P30" in pages[1]
    assert "（续）" not in pages[0] and "（续）" not in pages[2]  # a new sheet starts afresh


def test_the_sheet_shows_no_name_of_contestant_or_judge(tmp_path):
    """The plain data has no name to print: the encrypted number and the judge's label only."""
    assert not {"name", "judge_name", "contestant"} & set(PaperSheet.__dataclass_fields__)
    pdf = tmp_path / "sheet.pdf"
    render_paper_sheets([sheet()], pdf)
    assert "姓名" not in pdf_text(pdf).replace("选手姓名", "")  # only the note asking not to write one


def test_a_sheet_with_nothing_to_mark_says_so(tmp_path):
    pdf = tmp_path / "empty.pdf"
    assert render_paper_sheets([sheet(lines=[])], pdf) == 1
    assert "没有需要裁判评分的评分项" in pdf_text(pdf)
