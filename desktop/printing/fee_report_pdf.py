"""The fee report of a class (培训费收费明细表) as an A4 PDF: the class, its fee and discounts,
one line per trainee holding a place, the totals, and "第 N 页 共 M 页" on every page.

Pure ReportLab platypus, no Qt and no database. The input is plain data read by attribute —
the FeeReport that desktop.services.fees.fee_report returns, or anything shaped like it:

  issuer, class_code, class_title, fee_yuan, honour_discount_pct, union_discount_pct, printed_on,
  lines [trainee_name, id_number_masked, discount ("", "honour", "union"), due_fen,
         paid_at (naive UTC datetime or None), receipt_no]
"""
from __future__ import annotations

import datetime as dt
import os
from functools import partial
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.printing.numbered_pages import Footer, build_numbered
from desktop.printing.report_parts import HEADER_FILL, INK, ReportStyles, cell, grid, signature_line

__all__ = ["render_fee_report", "TITLE"]

TITLE = "培训费收费明细表"
MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
DISCOUNTS = {"honour": "劳模优惠", "union": "工会会员优惠"}
HEADERS = ["序号", "姓名", "身份证号", "优惠", "应缴(元)", "已缴", "收据号", "缴费日期"]
WIDTHS_MM = [11, 23, 37, 24, 20, 12, 27, 20]
NUMERIC = (0, 4)


def render_fee_report(report: Any, destination: str | os.PathLike | BinaryIO) -> int:
    """Write the report to `destination` (a path or a binary stream); return the page count.
    OSError when the file cannot be written."""
    if isinstance(destination, os.PathLike):
        destination = os.fspath(destination)
    styles = _Styles()
    printed_on = getattr(report, "printed_on", None) or dt.date.today()
    document = SimpleDocTemplate(
        destination, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm, title=f"{report.class_code} {TITLE}", author=report.issuer or "",
        subject=TITLE, creator="Skillbase", initialFontName=styles.font)
    footer = Footer(styles.font, f"{report.class_code}  {TITLE}", printed_on, MARGIN)
    return build_numbered(document, _story(report, styles), footer)


def money(fen: int) -> str:
    """Yuan with thousands separators and two decimals: 3040000 → '30,400.00'."""
    sign, fen = ("-", -fen) if fen < 0 else ("", fen)
    return f"{sign}{fen // 100:,}.{fen % 100:02d}"


def discount_policy(honour_pct: int, union_pct: int) -> str:
    """劳模优惠 100%、工会会员优惠 20%（同时符合时按较高者）, or 无."""
    parts = [f"{DISCOUNTS[code]} {pct}%" for code, pct in (("honour", honour_pct), ("union", union_pct)) if pct]
    if not parts:
        return "无"
    return "、".join(parts) + ("（同时符合时按较高者）" if len(parts) > 1 else "")


def local_date(at: dt.datetime | None) -> dt.date | None:
    """The workstation's calendar day of a naive UTC stamp."""
    if at is None:
        return None
    return at.replace(tzinfo=dt.timezone.utc).astimezone().date()


class _Styles(ReportStyles):
    def __init__(self):
        super().__init__("fees", 9, 12)
        self.total = ParagraphStyle("total", parent=self.cell, fontSize=9.5)
        self.total_number = ParagraphStyle("total_number", parent=self.total, alignment=TA_RIGHT)


def _story(report: Any, styles: _Styles) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(TITLE, styles.title)]
    if report.issuer:
        story.append(Paragraph(escape(report.issuer), styles.issuer))
    story += [Spacer(1, 4 * mm), _particulars(report, styles), Spacer(1, 4 * mm), _lines_table(report, styles),
              Spacer(1, 10 * mm), signature_line(('经办人', '复核', '负责人'), WIDTH, styles)]
    return story


def _particulars(report: Any, styles: _Styles) -> Table:
    label, value = partial(cell, style=styles.label), partial(cell, style=styles.cell)
    rows = [
        [label("培训班编号"), value(report.class_code), label("收费标准"), value(f"{report.fee_yuan} 元/人")],
        [label("培训班名称"), value(report.class_title), "", ""],
        [label("优惠政策"), value(discount_policy(report.honour_discount_pct, report.union_discount_pct)), "", ""],
    ]
    table = Table(rows, colWidths=[24 * mm, 82 * mm, 22 * mm, WIDTH - 128 * mm])
    table.setStyle(TableStyle([
        *grid(),
        ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
        ("BACKGROUND", (2, 0), (2, 0), HEADER_FILL),
        *[("SPAN", (1, row), (3, row)) for row in (1, 2)],
    ]))
    return table


def _lines_table(report: Any, styles: _Styles) -> Table:
    widths = [w / sum(WIDTHS_MM) * WIDTH for w in WIDTHS_MM]
    header = [cell(h, styles.centre) for h in HEADERS]
    body = []
    for number, line in enumerate(report.lines, start=1):
        paid_on = local_date(line.paid_at)
        paid = "免缴" if line.due_fen == 0 else ("是" if line.paid_at else "否")
        values = [number, line.trainee_name, line.id_number_masked, DISCOUNTS.get(line.discount, ""),
                  money(line.due_fen), paid, line.receipt_no, paid_on.isoformat() if paid_on else ""]
        body.append([cell(v, styles.number if i in NUMERIC else (styles.centre if i == 5 else styles.cell))
                     for i, v in enumerate(values)])
    if not body:
        body.append([cell("本班暂无学员", styles.label)] + [""] * (len(HEADERS) - 1))
    due, paid, outstanding = _totals(report)
    paid_count = sum(1 for line in report.lines if line.due_fen and line.paid_at)
    unpaid_count = sum(1 for line in report.lines if line.due_fen and not line.paid_at)
    totals = [(f"应收合计（{len(report.lines)} 人）", due), (f"实收合计（{paid_count} 人已缴）", paid),
              (f"未收合计（{unpaid_count} 人未缴）", outstanding)]
    total_rows = [[cell(label, styles.total), "", "", "", cell(money(fen), styles.total_number), "", "", ""]
                  for label, fen in totals]
    table = Table([header, *body, *total_rows], colWidths=widths, repeatRows=1)
    first_total = len(body) + 1
    commands = [*grid(), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("BACKGROUND", (0, first_total), (-1, -1), HEADER_FILL),
                ("LINEABOVE", (0, first_total), (-1, first_total), 0.8, INK)]
    for row in range(first_total, first_total + len(total_rows)):
        commands += [("SPAN", (0, row), (3, row)), ("SPAN", (5, row), (-1, row))]
    if not report.lines:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(commands))
    return table


def _totals(report: Any) -> tuple[int, int, int]:
    due = sum(line.due_fen for line in report.lines)
    paid = sum(line.due_fen for line in report.lines if line.paid_at)
    return due, paid, due - paid
