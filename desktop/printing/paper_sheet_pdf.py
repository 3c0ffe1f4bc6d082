"""Blank paper score sheets (评分表) for judges who mark on paper, as an A4 PDF: one sheet a
page, each for one judge and one contestant known by the encrypted number only (加密号),
listing the judged aspects with the range and step of each and an empty box for the mark,
the judge's signature line, and the sheet code as text and QR code, by which the two
recorders find the sheet when they type it in (desktop/domain/sheet_codes.py).

Pure ReportLab platypus, no Qt and no database. The inputs are the plain dataclasses below
(desktop.services.paper_sheets builds them), or anything with the same attributes. Nothing
on the sheet names the contestant or the judge: the judge is their label (J2).
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.printing.competition_pdf import STAGES, number_text
from desktop.printing.fonts import text_width
from desktop.printing.numbered_pages import MUTED, Footer, build_numbered
from desktop.printing.qr import QrFlowable
from desktop.printing.report_parts import ACCENT, HEADER_FILL, INK, ReportStyles, grid

__all__ = ["PaperLine", "PaperSheet", "render_paper_sheets", "range_text", "TITLE"]

TITLE = "评分表"
MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
QR_SIZE = 30 * mm
BOX_HEIGHT = 13 * mm  # room to write a mark by hand
SECTIONS = {"theory": "理论", "practical": "实操"}
NOTES = ("请在“得分”栏内用钢笔或签字笔填写分数，分数须在分值范围内并符合步长；"
         "更正时划去原分数，在旁写上新分数并签名。",
         "本表由两名录入员分别录入，两次录入一致后计入成绩。请勿在表上书写选手姓名或其他身份信息。")


@dataclass(frozen=True)
class PaperLine:
    code: str  # P1
    section: str  # theory, practical
    text: str  # criterion › sub-criterion › aspect
    maximum: Fraction
    step: Fraction
    levels: Sequence[str] = ()  # descriptions of the judgement levels 0, 1, 2 …


@dataclass(frozen=True)
class PaperSheet:
    competition: str
    event: str
    stage: str  # selection, preliminary, final
    judge_label: str  # J2: never the judge's name
    number: str  # the encrypted number: never the contestant's name
    code: str  # S-127-08, printed and in the QR code
    lines: Sequence[PaperLine]
    issuer: str = ""
    printed_on: dt.date | None = None


def range_text(line: Any) -> str:
    """'0–20，步长 0.5'."""
    return f"0–{number_text(line.maximum)}，步长 {number_text(line.step)}"


def render_paper_sheets(sheets: Sequence[Any], destination: str | os.PathLike | BinaryIO) -> int:
    """Write the sheets, each starting on a new page, to `destination` (a path or a binary
    stream); return the page count. A sheet too long for one page goes on over the next with
    its code, number and judge at the top. OSError when the file cannot be written."""
    if not sheets:
        raise ValueError("no sheets to print")
    if isinstance(destination, os.PathLike):
        destination = os.fspath(destination)
    styles = _Styles()
    first = sheets[0]
    printed_on = first.printed_on or dt.date.today()
    title = f"{first.event} {TITLE}"
    document = _Document(destination, title=title, author=first.issuer or "", font=styles.font)
    story: list[Flowable] = []
    for index, sheet in enumerate(sheets):
        if index:
            story.append(PageBreak())
        story += _sheet_story(sheet, styles)
    return build_numbered(document, story, Footer(styles.font, f"{first.event}  {TITLE}", printed_on, MARGIN))


class _Styles(ReportStyles):
    def __init__(self):
        super().__init__("paper", 10, 14)
        self.title = ParagraphStyle("title", parent=self.title, fontSize=22, leading=30)
        self.competition = ParagraphStyle("competition", parent=self.issuer, fontSize=11.5, leading=17,
                                          textColor=INK)
        self.header = ParagraphStyle("header", parent=self.centre, fontSize=10)
        self.fact_label = ParagraphStyle("factLabel", parent=self.label, fontSize=10, alignment=TA_CENTER)
        self.fact = ParagraphStyle("fact", parent=self.centre, fontSize=13, leading=18)
        self.number = ParagraphStyle("drawnNumber", parent=self.centre, fontSize=20, leading=24, textColor=ACCENT)
        self.code = ParagraphStyle("code", parent=self.centre, fontSize=12.5, leading=15)
        self.code_label = ParagraphStyle("codeLabel", parent=self.centre, fontSize=6.5, leading=8, textColor=MUTED)
        self.aspect_code = ParagraphStyle("aspectCode", parent=self.centre, fontSize=11, leading=14)
        self.levels = ParagraphStyle("levels", parent=self.cell, fontSize=8.5, leading=11.5, textColor=MUTED)
        self.note = ParagraphStyle("note", parent=self.cell, fontSize=8.5, leading=12.5, textColor=MUTED)
        self.signature = ParagraphStyle("signature", parent=self.cell, fontSize=11, leading=15)


def _sheet_story(sheet: Any, styles: _Styles) -> list[Flowable]:
    return [_SheetStart(sheet), _heading(sheet, styles), Spacer(1, 5 * mm), _aspects(sheet, styles),
            Spacer(1, 4 * mm), *[Paragraph(escape(note), styles.note) for note in NOTES],
            Spacer(1, 12 * mm), _signatures(styles)]


def _heading(sheet: Any, styles: _Styles) -> Table:
    """The titles and the particulars on the left, the QR code with its code on the right."""
    left_width = WIDTH - QR_SIZE - 6 * mm
    titles = [Paragraph(escape(sheet.competition), styles.competition),
              Paragraph(escape(f"{sheet.event} {TITLE}"), styles.title)]
    if sheet.issuer:
        titles.append(Paragraph(escape(sheet.issuer), styles.issuer))
    particulars = Table(
        [[Paragraph(label, styles.fact_label) for label in ("赛段", "裁判", "加密号")],
         [Paragraph(escape(STAGES.get(sheet.stage, sheet.stage)), styles.fact),
          Paragraph(escape(sheet.judge_label), styles.fact), Paragraph(escape(sheet.number), styles.number)]],
        colWidths=[left_width * share for share in (0.3, 0.3, 0.4)])
    particulars.setStyle(TableStyle([*grid(), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                                     ("TOPPADDING", (0, 1), (-1, 1), 5), ("BOTTOMPADDING", (0, 1), (-1, 1), 6)]))
    code = [QrFlowable(sheet.code, QR_SIZE), Spacer(1, 1.5 * mm), Paragraph(escape(sheet.code), styles.code),
            Paragraph("表号（录入时扫码或输入）", styles.code_label)]
    block = Table([[[*titles, Spacer(1, 3 * mm), particulars], code]], colWidths=[left_width + 6 * mm, QR_SIZE])
    block.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), styles.font), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("ALIGN", (1, 0), (1, 0), "CENTER"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (0, 0), 6 * mm),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return block


def _aspects(sheet: Any, styles: _Styles) -> Table:
    widths = [16 * mm, 0, 34 * mm, 32 * mm]
    widths[1] = WIDTH - sum(widths)
    header = [Paragraph(h, styles.header) for h in ("评分项", "评分内容", "分值范围", "得分")]
    body = []
    for line in sheet.lines:
        content: list[Flowable] = [Paragraph(escape(_content(line)), styles.cell)]
        if line.levels:
            levels = "；".join(f"{n} 分：{text}" for n, text in enumerate(line.levels) if text)
            content.append(Paragraph(escape(levels), styles.levels))
        body.append([Paragraph(escape(line.code), styles.aspect_code), content,
                     Paragraph(escape(range_text(line)), styles.centre), ""])
    if not body:
        body.append([Paragraph("本赛项没有需要裁判评分的评分项", styles.label), "", "", ""])
    table = Table([header, *body], colWidths=widths, repeatRows=1,
                  rowHeights=[None] + [max(BOX_HEIGHT, _height(row, widths)) for row in body])
    commands = [*grid(), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("TOPPADDING", (0, 1), (-1, -1), 5), ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
                ("LINEBEFORE", (3, 0), (3, -1), 1.2, INK), ("LINEAFTER", (3, 0), (3, -1), 1.2, INK),
                ("LINEBELOW", (3, 0), (3, -1), 1.2, INK), ("LINEABOVE", (3, 0), (3, 0), 1.2, INK)]
    if not sheet.lines:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(commands))
    return table


def _content(line: Any) -> str:
    section = SECTIONS.get(line.section, "")
    return f"{line.text}（{section}）" if section and line.section != "practical" else line.text


def _height(row: list, widths: list[float]) -> float:
    """The natural height of a body row, so a long description is not cut at BOX_HEIGHT."""
    height = 0.0
    for cell, width in zip(row, widths):
        parts = cell if isinstance(cell, list) else [cell]
        used = sum(p.wrap(width - 8, 10_000)[1] for p in parts if isinstance(p, Flowable))
        height = max(height, used + 11)  # the cell's top and bottom padding
    return height


def _signatures(styles: _Styles) -> Table:
    """裁判签名：______ 日期：______, each a ruled blank."""
    cells, widths, commands = [], [], [("FONTNAME", (0, 0), (-1, -1), styles.font),
                                       ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
    for index, (role, blank) in enumerate((("裁判签名", 62 * mm), ("日期", 40 * mm))):
        label = f"{role}："
        cells += [Paragraph(label, styles.signature), "", ""]
        widths += [text_width(label, "hei", styles.signature.fontSize) + 2, blank, 12 * mm]
        commands.append(("LINEBELOW", (3 * index + 1, 0), (3 * index + 1, 0), 0.6, INK))
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


class _SheetStart(Flowable):
    """Takes no room: tells the page template which sheet the following pages belong to."""

    def __init__(self, sheet: Any):
        super().__init__()
        self.sheet = sheet

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self) -> None:
        self.canv._paper_sheet = (self.sheet, self.canv.getPageNumber())


class _Document(BaseDocTemplate):
    """A4 with one frame; a page that carries on a sheet from the page before gets the
    sheet's code, number and judge at its top, so a loose second page still says whose it is."""

    def __init__(self, destination, title: str, author: str, font: str):
        super().__init__(destination, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                         bottomMargin=MARGIN + 4 * mm, title=title, author=author, subject=TITLE,
                         creator="Skillbase", initialFontName=font)
        self._font = font
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="sheet")
        self.addPageTemplates([PageTemplate(id="sheet", frames=[frame], onPageEnd=self._continued)])

    def _continued(self, canvas: Canvas, document: Any) -> None:
        sheet, first_page = getattr(canvas, "_paper_sheet", (None, 0))
        if sheet is None or canvas.getPageNumber() == first_page:
            return
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setFont(self._font, 9)
        canvas.drawString(MARGIN, A4[1] - MARGIN + 6 * mm, f"（续）{sheet.event} {TITLE}　裁判 {sheet.judge_label}"
                                                           f"　加密号 {sheet.number}　表号 {sheet.code}")
        canvas.restoreState()
