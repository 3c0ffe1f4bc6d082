"""The mentoring agreement (师徒帮带协议) and the review form (师徒帮带考核表) as A4 PDFs, in
Chinese, with signature lines and "第 N 页 共 M 页" on every page.

Pure ReportLab platypus, no Qt and no database. The input is plain data read by attribute —
the AgreementPrint that desktop.services.mentoring_prints builds:

  issuer, number, occupation, start_on, end_on, term_years, renewals, status, target_level_name,
  skills, competition_goal, allowance_yuan, review_period ("monthly"/"quarterly"), printed_on,
  mentor, second_mentor (None or a party), apprentice — each party: name, id_number, employer,
  qualification (levels and honours);
  plan [skill, target_on, signed_off_on, comment], reviews [period, reviewed_on, mentor_score,
  mentor_comment, apprentice_score, apprentice_comment]
"""
from __future__ import annotations

import datetime as dt
import os
from functools import partial
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.domain.chinese_dates import chinese_digit_date
from desktop.printing.numbered_pages import Footer, build_numbered
from desktop.printing.report_parts import ACCENT, HEADER_FILL, ReportStyles, cell, grid

__all__ = ["render_agreement", "render_review_form", "AGREEMENT_TITLE", "REVIEW_TITLE"]

AGREEMENT_TITLE = "师徒帮带协议"
REVIEW_TITLE = "师徒帮带考核表"
MARGIN = 20 * mm
WIDTH = A4[0] - 2 * MARGIN
PERIODS = {"monthly": "每月", "quarterly": "每季度"}
STATUSES = {"draft": "草稿（未签订）", "active": "履行中", "completed": "已期满完成", "terminated": "已终止"}
NUMERALS = "一二三四五六七八九十"
NBSP = "\u00a0"  # a blank to write in: Paragraph keeps it, where it would collapse ordinary spaces

MENTOR_DUTIES = ("言传身教，将本工种的操作技能、工艺诀窍和安全规范毫无保留地传授给徒弟；",
                 "按帮带计划组织实操训练，按期检查并签认徒弟掌握的技能项目；",
                 "关心徒弟的思想、工作和成长，培养其爱岗敬业、精益求精的工匠精神。")
APPRENTICE_DUTIES = ("尊重师傅，虚心学习，刻苦钻研，按期完成帮带计划中的学习任务；",
                     "遵守安全操作规程和劳动纪律，爱护设备和工具；",
                     "积极参加技能等级认定和职工技能竞赛，检验学习成效。")


def render_agreement(data: Any, destination: str | os.PathLike | BinaryIO) -> int:
    """Write the agreement; return the page count. OSError when the file cannot be written."""
    return _render(data, destination, AGREEMENT_TITLE, _agreement_story)


def render_review_form(data: Any, destination: str | os.PathLike | BinaryIO, review: Any | None = None) -> int:
    """Write the review form: filled in with `review` (one of data.reviews), else blank boxes
    to fill in by hand. Returns the page count."""
    return _render(data, destination, REVIEW_TITLE, partial(_review_story, review=review))


def _render(data: Any, destination, title: str, story) -> int:
    if isinstance(destination, os.PathLike):
        destination = os.fspath(destination)
    styles = _Styles()
    printed_on = getattr(data, "printed_on", None) or dt.date.today()
    document = SimpleDocTemplate(
        destination, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm, title=f"{data.number} {title}", author=data.issuer or "",
        subject=title, creator="Skillbase", initialFontName=styles.font)
    footer = Footer(styles.font, f"{data.number}  {title}", printed_on, MARGIN)
    return build_numbered(document, story(data, styles), footer)


class _Styles(ReportStyles):
    def __init__(self):
        super().__init__("mentoring", 10, 15)
        self.section = ParagraphStyle("section", parent=self.cell, fontSize=11.5, leading=17, textColor=ACCENT,
                                      spaceBefore=4 * mm, spaceAfter=1.5 * mm)
        self.body = ParagraphStyle("body", parent=self.cell, fontSize=10.5, leading=17, firstLineIndent=0)
        self.number_line = ParagraphStyle("number_line", parent=self.cell, alignment=2, fontSize=10)


def _heading(data: Any, title: str, styles: _Styles) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(title, styles.title)]
    if data.issuer:
        story.append(Paragraph(escape(data.issuer), styles.issuer))
    story += [Spacer(1, 2 * mm), Paragraph(f"协议编号：{escape(data.number)}", styles.number_line), Spacer(1, 2 * mm)]
    return story


def _parties(data: Any, styles: _Styles) -> Table:
    label, value = partial(cell, style=styles.label), partial(cell, style=styles.cell)
    parties = [("甲方（师傅·技术导师）", data.mentor)]
    if data.second_mentor is not None:
        parties.append(("甲方（师傅·职业素养导师）", data.second_mentor))
    parties.append(("乙方（徒弟）", data.apprentice))
    rows, commands = [], [*grid()]
    for party_label, party in parties:
        first = len(rows)
        rows += [[label(party_label), label("姓名"), value(party.name), label("身份证号"), value(party.id_number)],
                 ["", label("工作单位"), value(party.employer), "", ""],
                 ["", label("等级/荣誉"), value(party.qualification), "", ""]]
        commands += [("SPAN", (0, first), (0, first + 2)), ("BACKGROUND", (0, first), (1, first + 2), HEADER_FILL),
                     ("BACKGROUND", (3, first), (3, first), HEADER_FILL),
                     ("SPAN", (2, first + 1), (4, first + 1)), ("SPAN", (2, first + 2), (4, first + 2))]
    rows.append([label("帮带工种"), "", value(data.occupation), label("协议状态"), value(STATUSES.get(data.status, data.status))])
    last = len(rows) - 1
    commands += [("SPAN", (0, last), (1, last)), ("BACKGROUND", (0, last), (1, last), HEADER_FILL),
                 ("BACKGROUND", (3, last), (3, last), HEADER_FILL)]
    table = Table(rows, colWidths=[44 * mm, 20 * mm, 40 * mm, 20 * mm, WIDTH - 124 * mm])
    table.setStyle(TableStyle(commands))
    return table


def _agreement_story(data: Any, styles: _Styles) -> list[Flowable]:
    story = _heading(data, AGREEMENT_TITLE, styles)
    story += [Paragraph("为传承技艺、弘扬工匠精神，加快培养高技能人才，经甲乙双方自愿协商，在用人单位和工会的"
                        "见证下，结成师徒帮带对子，签订本协议。", styles.body), Spacer(1, 3 * mm),
              _parties(data, styles)]
    sections = [
        ("帮带期限", [_term_text(data)]),
        ("帮带目标", _goals(data)),
        ("帮带计划", None),
        ("双方职责", [f"（一）师傅：{''.join(MENTOR_DUTIES)}", f"（二）徒弟：{''.join(APPRENTICE_DUTIES)}"]),
        ("考核", [f"帮带期间{PERIODS.get(data.review_period, '每季度')}考核一次，由师傅对徒弟的学习进展、徒弟对师傅的"
                  "帮带情况分别评分（百分制）并填写意见；逾期未签认的计划项目视为进度滞后，由用人单位督促整改。"]),
        ("帮带津贴", [f"用人单位按月向师傅发放帮带津贴 {data.allowance_yuan} 元。" if data.allowance_yuan
                      else "本协议不约定帮带津贴。"]),
        ("协议的变更与终止", ["期满经双方同意可续签，每次续签 1 至 3 年。因调岗、离职等原因无法继续帮带的，经双方及用人单位"
                             "同意可提前终止本协议，并注明终止原因。帮带期间徒弟取得的技能等级和竞赛奖项记入师傅的带徒成果。"]),
        ("其他", ["本协议一式四份，甲方、乙方、用人单位、工会各执一份，自各方签字（盖章）之日起生效。"]),
    ]
    for number, (heading, paragraphs) in enumerate(sections):
        story.append(CondPageBreak(25 * mm))
        story.append(Paragraph(f"{NUMERALS[number]}、{heading}", styles.section))
        if paragraphs is None:
            story.append(_plan_table(data, styles, with_sign_off=False))
        else:
            story += [Paragraph(escape(text), styles.body) for text in paragraphs]
    story += [Spacer(1, 8 * mm), KeepTogether(_signatures(data, styles))]
    return story


def _term_text(data: Any) -> str:
    text = (f"自 {chinese_digit_date(data.start_on)} 起至 {chinese_digit_date(data.end_on)} 止，"
            f"首期 {data.term_years} 年")
    if data.renewals:
        text += f"，已续签 {data.renewals} 次"
    return text + "。"


def _goals(data: Any) -> list[str]:
    return [f"（一）技能等级：帮带期内达到{data.target_level_name or '（未约定）'}。",
            f"（二）传授技能：{data.skills or '（见帮带计划）'}",
            f"（三）竞赛目标：{data.competition_goal or '（未约定）'}"]


def _plan_table(data: Any, styles: _Styles, with_sign_off: bool) -> Flowable:
    if not data.plan:
        return Paragraph("（帮带计划另附）", styles.label)
    header = ["序号", "技能项目", "目标日期"] + (["签认日期", "师傅意见"] if with_sign_off else ["师傅签认"])
    widths_mm = [12, 78, 26, 24, 30] if with_sign_off else [12, 100, 28, 30]
    rows = [[cell(h, styles.centre) for h in header]]
    for number, item in enumerate(data.plan, start=1):
        values = [str(number), item.skill, item.target_on.isoformat()]
        if with_sign_off:
            values += [item.signed_off_on.isoformat() if item.signed_off_on else "未签认", item.comment]
        else:
            values += [""]
        rows.append([cell(v, styles.centre if i in (0, 2, 3) else styles.cell) if v != "" else ""
                     for i, v in enumerate(values)])
    widths = [w / sum(widths_mm) * WIDTH for w in widths_mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([*grid(), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL)]))
    return table


def _signatures(data: Any, styles: _Styles) -> Table:
    blank = "\u00a0\u00a0" * 9
    date_line = "日期：" + "\u00a0\u00a0" * 4 + "年" + "\u00a0\u00a0" * 3 + "月" + "\u00a0\u00a0" * 3 + "日"
    parties = ["甲方（师傅·技术导师）签字："]
    if data.second_mentor is not None:
        parties.append("甲方（师傅·职业素养导师）签字：")
    parties += ["乙方（徒弟）签字：", "用人单位（盖章）：", "工会（盖章）："]
    rows = [[Paragraph(f"{party}{blank}", styles.signature), Paragraph(date_line, styles.signature)]
            for party in parties]
    table = Table(rows, colWidths=[WIDTH * 0.58, WIDTH * 0.42], rowHeights=[13 * mm] * len(rows))
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), styles.font), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, HEADER_FILL)]))
    return table


# -- the review form ---------------------------------------------------------------------------

def _review_story(data: Any, styles: _Styles, review: Any | None) -> list[Flowable]:
    story = _heading(data, REVIEW_TITLE, styles)
    label, value = partial(cell, style=styles.label), partial(cell, style=styles.cell)
    mentors = data.mentor.name + (f"、{data.second_mentor.name}" if data.second_mentor is not None else "")
    rows = [
        [label("师傅"), value(mentors), label("徒弟"), value(data.apprentice.name)],
        [label("帮带工种"), value(data.occupation), label("帮带期限"),
         value(f"{data.start_on.isoformat()} 至 {data.end_on.isoformat()}")],
        [label("考核周期"), value(review.period if review else f"{PERIODS.get(data.review_period, '')}（\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0）"),
         label("考核日期"), value(review.reviewed_on.isoformat() if review else f"{NBSP * 10}年{NBSP * 6}月{NBSP * 6}日")],
    ]
    particulars = Table(rows, colWidths=[22 * mm, 58 * mm, 22 * mm, WIDTH - 102 * mm])
    particulars.setStyle(TableStyle([*grid(), ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
                                     ("BACKGROUND", (2, 0), (2, -1), HEADER_FILL)]))
    story += [particulars, Paragraph("一、帮带计划完成情况", styles.section), _plan_table(data, styles, with_sign_off=True),
              Paragraph("二、考核评分（百分制）", styles.section), _scores(review, styles),
              Spacer(1, 10 * mm), _review_signatures(styles)]
    return story


def _scores(review: Any | None, styles: _Styles) -> Table:
    label, value = partial(cell, style=styles.label), partial(cell, style=styles.cell)
    blank = "\u00a0\u00a0"

    def score(points: int | None) -> Paragraph:
        return value(f"{points} 分" if points is not None else f"{NBSP * 12}分")

    rows = [
        [label("师傅对徒弟的评分"), score(review.mentor_score if review else None)],
        [label("师傅意见"), value(review.mentor_comment if review and review.mentor_comment else blank)],
        [label("徒弟对师傅的评分"), score(review.apprentice_score if review else None)],
        [label("徒弟意见"), value(review.apprentice_comment if review and review.apprentice_comment else blank)],
    ]
    comment_height = 12 * mm if review else 28 * mm
    table = Table(rows, colWidths=[36 * mm, WIDTH - 36 * mm],
                  rowHeights=[None, comment_height, None, comment_height])
    table.setStyle(TableStyle([*grid(), ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
                               ("VALIGN", (1, 1), (1, 1), "TOP"), ("VALIGN", (1, 3), (1, 3), "TOP")]))
    return table


def _review_signatures(styles: _Styles) -> Table:
    blank = "\u00a0\u00a0" * 7
    roles = ("师傅签字", "徒弟签字", "单位考核人")
    table = Table([[Paragraph(f"{role}：{blank}", styles.signature) for role in roles]],
                  colWidths=[WIDTH / 3] * 3)
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("FONTNAME", (0, 0), (-1, -1), styles.font)]))
    return table
