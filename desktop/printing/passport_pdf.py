"""The skills passport (技能护照) as an A4 PDF: particulars, then one table per section, flowing
over as many pages as the record needs, with "第 N 页 共 M 页" and the print date on each page.

Pure ReportLab platypus. The input is plain data — the dataclass that
desktop.services.passport.passport returns, or the same as nested dicts:

  name, gender, masked_id_number, employer, county, occupations, honours, issuer, prepared_on,
  classes [code, title, occupation, level_name, first_session_on, last_session_on, status,
           credited_minutes], hours [occupation, minutes], total_minutes,
  levels [level_name, occupation, number, issue_date],
  certificates [kind, number, detail, issue_date, status]
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence
from dataclasses import asdict, is_dataclass
from functools import partial
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.printing.numbered_pages import MUTED, RULE, Footer, build_numbered
from desktop.domain.training import hours_text
from desktop.printing.fonts import font_name

__all__ = ["render_passport"]

TITLE = "技能护照"
MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
INK = colors.HexColor("#1F2937")
ACCENT = colors.HexColor("#8B1A1A")  # the red of official seals and headings
HEADER_FILL = colors.HexColor("#F3EDE4")

CLASS_STATUSES = {"enrolled": "在读", "completed": "已结业", "withdrawn": "已退班", "waiting": "候补",
                  "cancelled": "已取消"}
CERTIFICATE_KINDS = {"level": "职业技能等级证书", "award": "获奖证书", "completion": "结业证书",
                     "honour": "荣誉证书"}
CERTIFICATE_STATUSES = {"issued": "有效", "revoked": "已撤销", "replaced": "已换发"}
NOTHING = "无"
HEADING_ROOM = 30 * mm  # a heading, the table's header row and a few rows


def render_passport(passport: Any, destination: str | os.PathLike | BinaryIO) -> int:
    """Write the passport to `destination` (a path or a binary stream); return the page count.
    OSError when the file cannot be written."""
    data = _plain(passport)
    if isinstance(destination, os.PathLike):
        destination = os.fspath(destination)
    styles = _Styles()
    document = SimpleDocTemplate(
        destination, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm, title=f"{data['name']} {TITLE}", author=data.get("issuer") or "",
        subject=TITLE, creator="Skillbase", initialFontName=styles.font)
    footer = Footer(styles.font, f"{data['name']}  {data['masked_id_number']}  {TITLE}", _prepared_on(data), MARGIN)
    return build_numbered(document, _story(data, styles), footer)


def _plain(passport: Any) -> Mapping[str, Any]:
    if is_dataclass(passport) and not isinstance(passport, type):
        return asdict(passport)
    return passport


def _prepared_on(data: Mapping[str, Any]) -> dt.date:
    return data.get("prepared_on") or dt.date.today()


class _Styles:
    def __init__(self):
        self.font = font_name("hei")
        base = ParagraphStyle("passport", fontName=self.font, fontSize=9, leading=12, textColor=INK,
                              wordWrap="CJK")
        self.cell = base
        self.label = ParagraphStyle("label", parent=base, textColor=MUTED)
        self.number = ParagraphStyle("number", parent=base, alignment=TA_RIGHT)
        self.title = ParagraphStyle("title", parent=base, fontName=font_name("kai"), fontSize=28, leading=36,
                                    alignment=TA_CENTER, textColor=ACCENT)
        self.issuer = ParagraphStyle("issuer", parent=base, fontSize=11, leading=16, alignment=TA_CENTER,
                                     textColor=MUTED)
        self.section = ParagraphStyle("section", parent=base, fontSize=12.5, leading=17, textColor=ACCENT,
                                      spaceBefore=5 * mm, spaceAfter=2 * mm)
        self.empty = ParagraphStyle("empty", parent=base, textColor=MUTED, leftIndent=2 * mm)


def _story(data: Mapping[str, Any], styles: _Styles) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(TITLE, styles.title)]
    if data.get("issuer"):
        story.append(Paragraph(escape(data["issuer"]), styles.issuer))
    story += [Spacer(1, 5 * mm), _particulars(data, styles)]
    sections = (("培训经历", _classes_table), ("分工种学时", _hours_table), ("技能等级", _levels_table),
                ("证书", _certificates_table))
    for number, (heading, build) in enumerate(sections):
        # A heading starts a new page rather than end one; keepWithNext would move a long table
        # whole to the next page and leave this one blank.
        story.append(CondPageBreak(HEADING_ROOM))
        story.append(Paragraph(f"{'一二三四五六七八九'[number]}、{heading}", styles.section))
        story.append(build(data, styles) or Paragraph(NOTHING, styles.empty))
    return story


def _p(text: Any, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(str(text)) if text not in (None, "") else "—", style)


def _particulars(data: Mapping[str, Any], styles: _Styles) -> Table:
    label = styles.label
    p = partial(_p, style=styles.cell)

    def joined(names: Sequence[str]) -> str:
        return "、".join(names) if names else NOTHING

    rows = [
        [_p("姓名", label), p(data["name"]), _p("性别", label), p(data["gender"])],
        [_p("身份证号", label), p(data["masked_id_number"]), _p("所属县区", label), p(data["county"])],
        [_p("工作单位", label), p(data["employer"]), "", ""],
        [_p("登记工种", label), p(joined(data["occupations"])), "", ""],
        [_p("荣誉称号", label), p(joined(data["honours"])), "", ""],
    ]
    table = Table(rows, colWidths=[22 * mm, 70 * mm, 22 * mm, WIDTH - 114 * mm])
    table.setStyle(TableStyle([
        *_grid(),
        ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
        ("BACKGROUND", (2, 0), (2, 1), HEADER_FILL),
        *[("SPAN", (1, row), (3, row)) for row in (2, 3, 4)],
    ]))
    return table


def _grid() -> list[tuple]:
    # The font also covers the empty cells under a span, which ReportLab would set in Helvetica
    # (a font it does not embed).
    return [("GRID", (0, 0), (-1, -1), 0.4, RULE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("FONTNAME", (0, 0), (-1, -1), font_name("hei")),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]


def _section_table(headers: list[str], rows: list[list[Any]], widths_mm: list[float], styles: _Styles,
                   numeric: tuple[int, ...] = (), total: list[Any] | None = None) -> Table | None:
    """A table with a header row repeated on every page it runs onto; None when there are no rows."""
    if not rows:
        return None
    widths = [w / sum(widths_mm) * WIDTH for w in widths_mm]  # the full line, whatever the margins

    def cells(values: list[Any]) -> list[Paragraph]:
        return [_p(v, styles.number if i in numeric else styles.cell) for i, v in enumerate(values)]

    body = [cells(headers)] + [cells(r) for r in rows] + ([cells(total)] if total else [])
    table = Table(body, colWidths=widths, repeatRows=1)
    commands = [*_grid(), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL)]
    if total:
        commands += [("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL), ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]
    table.setStyle(TableStyle(commands))
    return table


def _date(day: dt.date | None) -> str:
    return day.strftime("%Y.%m.%d") if day else ""


def _span(first: dt.date | None, last: dt.date | None) -> str:
    if first is None:
        return "未排课"
    return _date(first) if first == last else f"{_date(first)}–{_date(last)}"


def _classes_table(data: Mapping[str, Any], styles: _Styles) -> Table | None:
    rows = [[c["code"], c["title"], c["occupation"], c["level_name"],
             _span(c["first_session_on"], c["last_session_on"]), CLASS_STATUSES.get(c["status"], c["status"]),
             hours_text(c["credited_minutes"])] for c in data["classes"]]
    return _section_table(["编号", "培训班", "工种", "等级", "培训日期", "状态", "学时"], rows,
                          [22, 42, 19, 23, 40, 14, 14], styles, numeric=(6,))


def _hours_table(data: Mapping[str, Any], styles: _Styles) -> Table | None:
    rows = [[h["occupation"], hours_text(h["minutes"])] for h in data["hours"]]
    return _section_table(["工种", "学时"], rows, [120, 54], styles, numeric=(1,),
                          total=["合计", hours_text(data["total_minutes"])])


def _levels_table(data: Mapping[str, Any], styles: _Styles) -> Table | None:
    rows = [[e["occupation"], e["level_name"], e["number"], _date(e["issue_date"])] for e in data["levels"]]
    return _section_table(["工种", "等级", "证书编号", "发证日期"], rows, [44, 36, 64, 30], styles)


def _certificates_table(data: Mapping[str, Any], styles: _Styles) -> Table | None:
    rows = [[CERTIFICATE_KINDS.get(c["kind"], c["kind"]), c["number"], c["detail"], _date(c["issue_date"]),
             CERTIFICATE_STATUSES.get(c["status"], c["status"])] for c in data["certificates"]]
    return _section_table(["类别", "证书编号", "内容", "发证日期", "状态"], rows, [32, 50, 56, 22, 14], styles)
