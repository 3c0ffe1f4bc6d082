"""The yearly report (年度工作统计报告) as an A4 PDF: the key figures, then each section's table by
county with its bar chart, and its figures by month with a line chart; 第 N 页 共 M 页 below.

Pure ReportLab, no Qt and no database. The input is plain data read by attribute — the
YearlyReport that desktop.services.statistics.yearly_report returns:

  year, issuer, printed_on, figures [zh, value, unit],
  by_county and by_month: sections [zh_title, supported, tables [zh_title, grouping, chart,
      columns [key, zh, unit], rows [group (None: not recorded), values], total]]
"""
from __future__ import annotations

import os
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table
from reportlab.platypus import TableStyle

from desktop.domain.figures import figure_text
from desktop.printing.numbered_pages import Footer, build_numbered
from desktop.printing.report_charts import bar_chart, line_chart
from desktop.printing.report_parts import ACCENT, HEADER_FILL, INK, ReportStyles, cell, grid, signature_line

__all__ = ["render_yearly_report", "TITLE", "figure_text"]

TITLE = "年度工作统计报告"
MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
NUMERALS = "一二三四五六七八九十"
NOT_RECORDED = "未登记"
GROUP_HEADINGS = {"county": "县（市、区）", "month": "月份"}


def render_yearly_report(report: Any, destination: str | os.PathLike | BinaryIO) -> int:
    """Write the report; return the page count. OSError when the file cannot be written."""
    if isinstance(destination, os.PathLike):
        destination = os.fspath(destination)
    styles = _Styles()
    title = f"{report.year}{TITLE}"
    document = SimpleDocTemplate(
        destination, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm, title=title, author=report.issuer or "", subject=TITLE, creator="Skillbase",
        initialFontName=styles.font)
    footer = Footer(styles.font, title, report.printed_on, MARGIN)
    return build_numbered(document, _story(report, styles), footer)



class _Styles(ReportStyles):
    def __init__(self):
        super().__init__("yearly", 9, 12)
        self.heading = ParagraphStyle("heading", parent=self.cell, fontSize=13, leading=18, textColor=ACCENT,
                                      spaceBefore=6, spaceAfter=4, alignment=TA_LEFT)
        self.subheading = ParagraphStyle("subheading", parent=self.cell, fontSize=10.5, leading=15,
                                         spaceBefore=4, spaceAfter=3)
        self.note = ParagraphStyle("note", parent=self.label, fontSize=8, leading=11)


def _story(report: Any, styles: _Styles) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(f"{report.year}{TITLE}", styles.title)]
    if report.issuer:
        story.append(Paragraph(escape(report.issuer), styles.issuer))
    story += [Spacer(1, 5 * mm), Paragraph("一、主要指标", styles.heading), _figures_table(report.figures, styles)]
    number = 1
    for county_section, month_section in zip(report.by_county.sections, report.by_month.sections):
        number += 1
        story += [CondPageBreak(60 * mm), Paragraph(f"{NUMERALS[number - 1]}、{county_section.zh_title}",
                                                     styles.heading)]
        for county_table, month_table in zip(county_section.tables, month_section.tables):
            story += _table_part(county_section.supported, county_table, month_table, report.year, styles)
        if county_section.key == "appraisal" and report.pass_rates.rows:
            story += _pass_rates(report.pass_rates, styles)
    story += [Spacer(1, 6 * mm), Paragraph(
        "说明：培训班按首次开课日期计入年度；培训学时为出勤（到课、迟到）学时之和；师徒结对按协议签订日期计入，"
        "在带师徒为年度内任一时间协议有效的对数；竞赛按成绩公布日期计入；"
        "获奖人数为年度内颁发且有效的获奖证书数；证书按颁发日期计入，撤销按撤销日期计入。", styles.note),
              Spacer(1, 10 * mm), signature_line(("填报人", "审核", "负责人"), WIDTH, styles)]
    return story


def _figures_table(figures: list, styles: _Styles) -> Table:
    cells = [(cell(f.zh, styles.label), cell(figure_text(f.value, f.unit), styles.number)) for f in figures]
    rows = []
    for start in range(0, len(cells), 3):
        chunk = cells[start:start + 3]
        chunk += [("", "")] * (3 - len(chunk))
        rows.append([part for pair in chunk for part in pair])
    label_width, value_width = 36 * mm, WIDTH / 3 - 36 * mm
    table = Table(rows, colWidths=[label_width, value_width] * 3)
    table.setStyle(TableStyle([*grid(), *[("BACKGROUND", (c, 0), (c, -1), HEADER_FILL) for c in (0, 2, 4)]]))
    return table


def _table_part(supported: bool, county: Any, month: Any, year: int, styles: _Styles) -> list[Flowable]:
    parts: list[Flowable] = [Paragraph(escape(county.zh_title), styles.subheading)]
    if not county.columns:
        return parts + [Paragraph("本年度无数据。", styles.note)]
    if supported and county.grouping:
        parts.append(_kept(_grid(county, GROUP_HEADINGS["county"], styles), county.rows))
        chart = county.index(county.chart)
        ranked = sorted(((r.group or NOT_RECORDED, r.values[chart]) for r in county.rows),
                        key=lambda pair: -pair[1])
        if ranked:
            column = county.columns[chart]
            parts.append(KeepTogether([Spacer(1, 3 * mm), bar_chart(f"{column.zh}（按县市区）",
                                                                    *zip(*ranked), WIDTH, 62 * mm)]))
    else:
        parts.append(_grid(county, "", styles))
    if month.grouping and month.rows:
        chart = month.index(month.chart)
        values = {r.group: r.values[chart] for r in month.rows}
        months = [f"{year}-{m:02d}" for m in range(1, 13)]
        parts += [Spacer(1, 3 * mm), Paragraph(f"{escape(month.zh_title)}（按月）", styles.subheading),
                  _kept(_grid(month, GROUP_HEADINGS["month"], styles), month.rows),
                  KeepTogether([Spacer(1, 3 * mm), line_chart(f"{month.columns[chart].zh}（按月）",
                                                              [f"{m}月" for m in range(1, 13)],
                                                              [values.get(m, 0) for m in months], WIDTH, 52 * mm)])]
    return parts + [Spacer(1, 4 * mm)]


def _pass_rates(table: Any, styles: _Styles) -> list[Flowable]:
    """The appraisal by level (五级 first) and its pass rates as bars."""
    rate = table.index("pass_rate")
    labels = [row.group or NOT_RECORDED for row in table.rows]
    return [KeepTogether([Paragraph(f"{escape(table.zh_title)}（按等级）", styles.subheading),
                          _grid(table, "等级", styles), Spacer(1, 3 * mm),
                          bar_chart("合格率（按等级，%）", labels, [row.values[rate] for row in table.rows],
                                    WIDTH, 58 * mm)]),
            Spacer(1, 4 * mm)]


def _kept(flowable: Flowable, rows) -> Flowable:
    """A table of a county list or a year's months on one page, not split by a stray row."""
    return KeepTogether([flowable]) if len(rows) <= 24 else flowable


def _grid(table: Any, group_heading: str, styles: _Styles) -> Table:
    grouped = bool(group_heading) and table.grouping
    header = ([cell(group_heading, styles.centre)] if grouped else []) + [cell(c.zh, styles.centre)
                                                                          for c in table.columns]
    body = [([cell(row.group or NOT_RECORDED, styles.cell)] if grouped else [])
            + [cell(figure_text(v, c.unit), styles.number) for v, c in zip(row.values, table.columns)]
            for row in (table.rows if grouped else [])]
    total = ([cell("合计", styles.cell)] if grouped else []) + [cell(figure_text(v, c.unit), styles.number)
                                                               for v, c in zip(table.total, table.columns)]
    count = len(table.columns)
    first = 32 * mm if grouped else 0
    widths = ([first] if grouped else []) + [(WIDTH - first) / count] * count
    result = Table([header, *body, total], colWidths=widths, repeatRows=1)
    result.setStyle(TableStyle([*grid(), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                                ("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL),
                                ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]))
    return result
