"""The pass list of an appraisal batch (职业技能等级认定合格人员名单) as an A4 PDF: the batch,
its statistics (candidates, sat, passed, pass rate, absent, withdrawn, disqualified), the
passed candidates with their scores and certificate numbers, and "第 N 页 共 M 页".

Pure ReportLab, no Qt and no database. The input is plain data read by attribute — the
PassList that desktop.services.appraisal_prints.pass_list returns:

  issuer, batch, occupation, level_name, exam_on, practical_on, venue, examiners, pass_marks
  (text), with_review, approved, issue_date, printed_on, statistics [(label, value)],
  passed [name, id_number_masked, employer, theory, practical, review, certificate_number]
"""
from __future__ import annotations

import os
from functools import partial
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.printing.numbered_pages import Footer, build_numbered
from desktop.printing.report_parts import HEADER_FILL, ReportStyles, cell, grid, signature_line

__all__ = ["render_pass_list", "TITLE"]

TITLE = "职业技能等级认定合格人员名单"
MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN


def render_pass_list(report: Any, destination: str | os.PathLike | BinaryIO) -> int:
    if isinstance(destination, os.PathLike):
        destination = os.fspath(destination)
    styles = ReportStyles("appraisal", 9, 12)
    document = SimpleDocTemplate(
        destination, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm, title=f"{report.batch} {TITLE}", author=report.issuer or "",
        subject=TITLE, creator="Skillbase", initialFontName=styles.font)
    footer = Footer(styles.font, f"{report.batch}  {TITLE}", report.printed_on, MARGIN)
    return build_numbered(document, _story(report, styles), footer)


def _story(report: Any, styles: ReportStyles) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(TITLE, styles.title)]
    if report.issuer:
        story.append(Paragraph(escape(report.issuer), styles.issuer))
    if not report.approved:
        story.append(Paragraph("（未审批，仅供核对）", styles.issuer))
    story += [Spacer(1, 4 * mm), _particulars(report, styles), Spacer(1, 4 * mm),
              _statistics(report, styles), Spacer(1, 5 * mm), _passed(report, styles),
              Spacer(1, 10 * mm), signature_line(("考评组长", "质量督导员", "负责人"), WIDTH, styles)]
    return story


def _particulars(report: Any, styles: ReportStyles) -> Table:
    label, value = partial(cell, style=styles.label), partial(cell, style=styles.cell)
    dates = report.exam_on.isoformat() + (f"（实操 {report.practical_on.isoformat()}）" if report.practical_on else "")
    rows = [
        [label("批次"), value(report.batch), label("职业（工种）"), value(report.occupation)],
        [label("认定等级"), value(report.level_name), label("认定日期"), value(dates)],
        [label("考场"), value(report.venue), label("合格标准"), value(report.pass_marks)],
        [label("考评员"), value(report.examiners), label("发证日期"),
         value(report.issue_date.isoformat() if report.issue_date else "")],
    ]
    table = Table(rows, colWidths=[20 * mm, 66 * mm, 24 * mm, WIDTH - 110 * mm])
    table.setStyle(TableStyle([*grid(), ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
                               ("BACKGROUND", (2, 0), (2, -1), HEADER_FILL)]))
    return table


def _statistics(report: Any, styles: ReportStyles) -> Table:
    labels = [cell(name, styles.centre) for name, _ in report.statistics]
    values = [cell(value, styles.centre) for _, value in report.statistics]
    table = Table([labels, values], colWidths=[WIDTH / len(labels)] * len(labels))
    table.setStyle(TableStyle([*grid(), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL)]))
    return table


def _passed(report: Any, styles: ReportStyles) -> Table:
    headers = ["序号", "姓名", "身份证号", "工作单位", "理论", "实操"] + (["综合评审"] if report.with_review else []) + ["证书编号"]
    widths_mm = [11, 16, 38, 30, 12, 12] + ([18] if report.with_review else []) + [44]
    widths = [w / sum(widths_mm) * WIDTH for w in widths_mm]
    body = []
    for number, line in enumerate(report.passed, start=1):
        values = [number, line.name, line.id_number, line.employer, line.theory, line.practical]
        values += [line.review] if report.with_review else []
        values += [line.certificate_number]
        body.append([cell(v, styles.number if isinstance(v, int) or i in (4, 5, 6) else styles.cell)
                     for i, v in enumerate(values)])
    if not body:
        body.append([cell("本批次无合格人员", styles.label)] + [""] * (len(headers) - 1))
    table = Table([[cell(h, styles.centre) for h in headers], *body], colWidths=widths, repeatRows=1)
    commands = [*grid(), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL)]
    if not report.passed:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(commands))
    return table
