"""The judge-quality report (评判质量报告) of a published event as an A4 PDF: the event, its
preset and the spread rule used, one line per judge — cells compared, mean deviation from the
other judges (宽松+ 严格−), mean absolute deviation, spread flags and agreement — notes on how
each is computed, and "第 N 页 共 M 页" with the print date on every page.

Pure ReportLab platypus, no Qt and no database. The input is plain data read by attribute —
the JudgeQualityReport of desktop.services.judge_quality, or anything shaped like it:

  competition, event, stage, preset, spread_share (china, a Fraction of the maximum, or None),
  spread_marks (worldskills, or None), judged_aspects, cells, issuer, printed_on,
  lines [label, name, cells, mean_deviation (percent) | None, mean_absolute (percent) | None,
         flags, agreement (0–1) | None]
"""
from __future__ import annotations

import datetime as dt
import os
from fractions import Fraction
from functools import partial
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.domain.competition_scoring import round_half_up
from desktop.printing.competition_pdf import PRESETS, STAGES
from desktop.printing.numbered_pages import MUTED, Footer, build_numbered
from desktop.printing.report_parts import HEADER_FILL, ReportStyles, cell, grid, signature_line

__all__ = ["render_judge_quality", "TITLE", "percent", "signed_percent", "spread_rule"]

TITLE = "评判质量报告"
MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
FLAG_INK = colors.HexColor("#B45309")
HEADERS = ["裁判", "评分项数", "平均偏差（宽松+ 严格−）", "平均绝对偏差", "超差次数", "一致率"]
WIDTHS_MM = [38, 20, 40, 27, 20, 20]
MINUS = "−"
NOTES = [
    "只统计评价分（J）评分项中至少两名裁判打分的评分格（一名选手的一个评分项），只计正常参赛选手。",
    "偏差：该裁判的分数减去同一评分格其他裁判分数的平均值，除以该评分项的满分（世界技能大赛规则为评价分 0–3 的满分 3），"
    "以百分数表示；正值表示打分偏宽松，负值表示偏严格。平均偏差为各评分格偏差的平均值。",
    "平均绝对偏差：各评分格偏差绝对值的平均值，反映与其他裁判的接近程度，不论宽严。",
    "超差次数：该裁判的分数与同一评分格其他裁判分数的中位数之差超过超差判定规则的评分格数。",
    "一致率：未超差的评分格占该裁判评分格的比例。",
]


def render_judge_quality(report: Any, destination: str | os.PathLike | BinaryIO) -> int:
    """Write the report to `destination` (a path or a binary stream); return the page count.
    OSError when the file cannot be written."""
    if isinstance(destination, os.PathLike):
        destination = os.fspath(destination)
    styles = _Styles()
    printed_on = getattr(report, "printed_on", None) or dt.date.today()
    document = SimpleDocTemplate(
        destination, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm, title=f"{report.event} {TITLE}", author=report.issuer or "",
        subject=TITLE, creator="Skillbase", initialFontName=styles.font)
    footer = Footer(styles.font, f"{report.event}  {TITLE}", printed_on, MARGIN)
    return build_numbered(document, _story(report, styles), footer)


def percent(value: Fraction | None) -> str:
    """A percentage to one decimal, rounded half up: 2.25 → '2.3%'; None → '—'."""
    if value is None:
        return "—"
    rounded = round_half_up(abs(Fraction(value)), 1)
    return f"{MINUS if value < 0 and rounded else ''}{float(rounded):.1f}%"


def signed_percent(value: Fraction | None) -> str:
    """'+10.0%' lenient, '−2.5%' severe, '0.0%'."""
    text = percent(value)
    return f"+{text}" if value is not None and value > 0 and text != "0.0%" else text


def spread_rule(report: Any) -> str:
    if report.preset == "worldskills":
        marks = report.spread_marks if report.spread_marks is not None else 1
        return f"与其他裁判分数中位数相差超过 {_number(marks)} 分（评价分 0–3，同世界技能大赛复评规则）"
    share = report.spread_share if report.spread_share is not None else Fraction(1, 5)
    return f"与其他裁判分数中位数相差超过该评分项满分的 {_number(share * 100)}%（国内通用规则无超差规定，本报告自定）"


def _number(value: Fraction) -> str:
    value = Fraction(value)
    return str(value.numerator) if value.denominator == 1 else f"{float(round_half_up(value, 2)):g}"


class _Styles(ReportStyles):
    def __init__(self):
        super().__init__("judges", 9.5, 13)
        self.flagged = ParagraphStyle("flagged", parent=self.number, textColor=FLAG_INK)
        self.note = ParagraphStyle("note", parent=self.cell, fontSize=8.5, leading=12, textColor=MUTED)
        self.heading = ParagraphStyle("heading", parent=self.cell, fontSize=10.5, leading=15, spaceBefore=2)


def _story(report: Any, styles: _Styles) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(TITLE, styles.title)]
    if report.issuer:
        story.append(Paragraph(escape(report.issuer), styles.issuer))
    story += [Spacer(1, 4 * mm), _particulars(report, styles), Spacer(1, 4 * mm), _judges_table(report, styles),
              Spacer(1, 5 * mm), Paragraph("说明", styles.heading)]
    story += [Paragraph(f"{n}. {escape(text)}", styles.note) for n, text in enumerate(NOTES, start=1)]
    story += [Spacer(1, 10 * mm), signature_line(('裁判长', '监督', '日期'), WIDTH, styles)]
    return story


def _particulars(report: Any, styles: _Styles) -> Table:
    label, value = partial(cell, style=styles.label), partial(cell, style=styles.cell)
    rows = [
        [label("赛事"), value(report.competition), "", ""],
        [label("赛项"), value(report.event), label("赛段"), value(STAGES.get(report.stage, report.stage))],
        [label("评分规则"), value(PRESETS.get(report.preset, report.preset)), label("评价分评分项"),
         value(f"{report.judged_aspects} 项")],
        [label("超差判定"), value(spread_rule(report)), "", ""],
        [label("比较的评分格"), value(f"{report.cells} 格（至少两名裁判打分）"), "", ""],
    ]
    table = Table(rows, colWidths=[26 * mm, 80 * mm, 26 * mm, WIDTH - 132 * mm])
    table.setStyle(TableStyle([
        *grid(),
        ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
        ("BACKGROUND", (2, 1), (2, 2), HEADER_FILL),
        *[("SPAN", (1, row), (3, row)) for row in (0, 3, 4)],
    ]))
    return table


def _judges_table(report: Any, styles: _Styles) -> Table:
    widths = [w / sum(WIDTHS_MM) * WIDTH for w in WIDTHS_MM]
    header = [cell(h, styles.centre) for h in HEADERS]
    body = []
    for line in report.lines:
        judge = f"{line.label} {line.name}".strip()
        agreement = None if line.agreement is None else Fraction(line.agreement) * 100
        body.append([cell(judge, styles.cell), cell(line.cells, styles.number),
                     cell(signed_percent(line.mean_deviation), styles.number),
                     cell(percent(line.mean_absolute), styles.number),
                     cell(line.flags, styles.flagged if line.flags else styles.number),
                     cell(percent(agreement), styles.number)])
    if not body:
        body.append([cell("没有可比较的评价分", styles.label)] + [""] * (len(HEADERS) - 1))
    table = Table([header, *body], colWidths=widths, repeatRows=1)
    commands = [*grid(), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL)]
    if not report.lines:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(commands))
    return table
