"""Competition printouts in Chinese, as A4 PDFs with "第 N 页 共 M 页" on every page: an
event's result sheet (成绩表: provisional, or a published version headed 第 n 版 with, after
the first, the ruling that changed it), its check-in list (检录表) and its one-page rules
summary (评分规则说明).

Pure ReportLab platypus, no Qt and no database. The inputs are the plain dataclasses below
(desktop.services.competition_prints builds them), or anything with the same attributes.
Scores are exact fractions, already rounded to 0.01 where the rules round them.
"""
from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from functools import lru_cache
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop.assets import asset_path
from desktop.domain.competition_scoring import (
    PRIZES,
    WORLDSKILLS_CENTRE,
    WORLDSKILLS_MARK_MAX,
    WORLDSKILLS_SPREAD,
    WORLDSKILLS_SPREAD_POINTS,
    prize_cut_offs,
    round_half_up,
)
from desktop.domain.people import mask_id_number
from desktop.printing.fonts import FONT_FILES, font_name, text_width
from desktop.printing.qr import QrFlowable
from desktop.printing.numbered_pages import MUTED, RULE, Footer, build_numbered

__all__ = ["ResultLine", "TeamLine", "ResultSheet", "CheckinLine", "CheckinList", "RulesSummary",
           "render_result_sheet", "render_checkin_list", "render_rules_summary", "score_text", "flag_text"]

MARGIN = 18 * mm
INK = colors.HexColor("#1F2937")
ACCENT = colors.HexColor("#8B1A1A")  # the red of official headings
HEADER_FILL = colors.HexColor("#F3EDE4")
UNRANKED_FILL = colors.HexColor("#F7F7F7")
WATERMARK_RGBA = (190, 140, 140, 72)  # a pale red, not quite a third opaque
WATERMARK_SIZE = 72  # points
STAGES = {"selection": "选拔赛", "preliminary": "预赛", "final": "决赛"}
SECTIONS = {"theory": "理论", "practical": "实操"}
PRESETS = {"china": "国内通用评分规则", "worldskills": "世界技能大赛评分规则"}
STATUSES = {"absent": "缺考", "disqualified": "取消资格"}
FLAGS = {"incomplete": "缺项", "below_min": "未达最低分", "medallion": "优胜奖"}
PROVISIONAL = "（暂定成绩，未公布）"
TABLE_SIZE = 9
CELL_PADDING = 4  # points each side
FRAME_PADDING = 6  # ReportLab's frames keep this much inside the margins on each side


# -- the plain data ------------------------------------------------------------------------------

@dataclass(frozen=True)
class ResultLine:
    rank: int | None  # None when not ranked (absent, disqualified)
    drawn_number: str
    entry_number: int
    name: str
    team: str
    employer: str
    sections: Mapping[str, Fraction]  # theory / practical, rounded
    total: Fraction | None
    prize: str  # "" or 一等奖 / 二等奖 / 三等奖
    flags: Sequence[str] = ()  # incomplete, below_min, remark:<aspect>, medallion
    status: str = "present"
    scaled: int | None = None  # worldskills: the 700-centred score
    advances: bool = False


@dataclass(frozen=True)
class TeamLine:
    rank: int
    team: str
    leader: str
    score: Fraction


@dataclass(frozen=True)
class ResultSheet:
    competition: str
    event: str
    stage: str  # selection, preliminary, final
    preset: str  # china, worldskills
    provisional: bool  # not yet published
    section_maxima: Mapping[str, Fraction]
    lines: Sequence[ResultLine]  # rank order, unranked last
    teams: Sequence[TeamLine] = ()
    team_best: int = 3
    issuer: str = ""
    printed_on: dt.date | None = None
    chain_head: str = ""  # the mark chain's newest hash: printed as text and QR
    event_id: int | None = None
    version: int | None = None  # the published version printed (第 n 版); None: results as they stand
    version_reason: str = ""  # after version 1: the arbitration ruling that changed the results
    published_on: str = ""  # when this version was published, e.g. "2026-11-22 15:30"


@dataclass(frozen=True)
class CheckinLine:
    drawn_number: str
    workstation: str
    name: str
    team: str
    id_number: str  # printed masked, whatever is given


@dataclass(frozen=True)
class CheckinList:
    competition: str
    event: str
    stage: str
    seed: str
    lines: Sequence[CheckinLine]  # drawn-number order
    issuer: str = ""
    printed_on: dt.date | None = None


@dataclass(frozen=True)
class RulesSummary:
    competition: str
    event: str
    stage: str
    preset: str
    drop_k: int
    weights: Mapping[str, Fraction]  # effective: the sections the event has (one section weighs 1)
    prize_shares: Sequence[Fraction]
    min_total: Fraction | None
    team_best: int
    section_maxima: Mapping[str, Fraction]
    aspect_counts: Mapping[str, tuple[int, int]] = field(default_factory=dict)  # section -> (measurement, judgement) aspects
    contestants: int = 0  # present contestants, for the worked prize example
    issuer: str = ""
    printed_on: dt.date | None = None


# -- numbers and words ---------------------------------------------------------------------------

def score_text(value: Fraction | None) -> str:
    """Two decimals, rounded half up: Fraction(358, 5) → '71.60'; None → ''."""
    if value is None:
        return ""
    hundredths = int(round_half_up(Fraction(value)) * 100)
    sign, hundredths = ("-", -hundredths) if hundredths < 0 else ("", hundredths)
    return f"{sign}{hundredths // 100}.{hundredths % 100:02d}"


def number_text(value: Fraction | int) -> str:
    """The shortest decimal (at most four places): 0.3, 100, 12.5."""
    value = round_half_up(Fraction(value), 4)
    whole, rest = divmod(abs(value.numerator) * 10_000 // value.denominator, 10_000)
    text = f"{'-' if value < 0 else ''}{whole}"
    return text + (f".{rest:04d}".rstrip("0") if rest else "")


def percent_text(share: Fraction) -> str:
    return f"{number_text(Fraction(share) * 100)}%"


def flag_text(flags: Sequence[str], advances: bool = False) -> str:
    """The 备注 of a result: 缺项、待复评（P1、P2）、未达最低分、优胜奖、晋级."""
    words = [FLAGS[f] for f in flags if f in FLAGS and f != "medallion"]
    remarks = [f.split(":", 1)[1] for f in flags if f.startswith("remark:")]
    if remarks:
        words.insert(1 if "incomplete" in flags else 0, f"待复评（{'、'.join(remarks)}）")
    if "medallion" in flags:
        words.append(FLAGS["medallion"])
    if advances:
        words.append("晋级")
    return "、".join(words)


# -- the result sheet ----------------------------------------------------------------------------

def render_result_sheet(sheet: Any, destination: str | os.PathLike | BinaryIO) -> int:
    """成绩表: every contestant in rank order, the unranked at the end, the team results and
    the signature lines. Landscape when the columns need more than a portrait page's width.
    Returns the page count; OSError when the file cannot be written."""
    styles = _Styles()
    sections = [s for s in SECTIONS if s in sheet.section_maxima]
    columns = _result_columns(sheet, sections)
    rows = _result_rows(sheet, sections)
    widths, pagesize = _fit(columns, rows)
    title = f"{sheet.competition} {sheet.event} 成绩表"
    story: list[Flowable] = [*_heading(title, sheet.issuer, styles)]
    if sheet.provisional:
        story.append(Paragraph(PROVISIONAL, styles.provisional))
    version = getattr(sheet, "version", None)
    if version is not None:
        story += _version_lines(sheet, version, styles)
    maxima = "，".join(f"{SECTIONS[s]}满分 {number_text(sheet.section_maxima[s])}" for s in sections)
    ranked = sum(1 for line in sheet.lines if line.rank is not None)
    facts = [f"赛段：{STAGES.get(sheet.stage, sheet.stage)}", f"评分规则：{PRESETS.get(sheet.preset, sheet.preset)}",
             f"参赛 {len(sheet.lines)} 人，参加排名 {ranked} 人"]
    story.append(_facts(facts, styles))
    if maxima:
        story.append(_facts([f"{maxima}；总分为百分制"], styles))
    story += [Spacer(1, 3 * mm), _result_table(sheet, columns, rows, widths, styles)]
    if sheet.teams:
        story += [Spacer(1, 6 * mm), _team_block(sheet, pagesize, styles)]
    story += [Spacer(1, 12 * mm), _signatures(("裁判长", "监督", "日期"), pagesize, styles)]
    if getattr(sheet, "chain_head", ""):
        story += [Spacer(1, 6 * mm), _chain_block(sheet, styles)]
    decorate = _watermark("暂定成绩") if sheet.provisional else None
    caption = f"{sheet.event}  成绩表" + ("（暂定）" if sheet.provisional else "") + \
        (f"（第 {version} 版）" if version is not None else "")
    return _build(destination, pagesize, story, title, caption, sheet, styles, decorate)


def _version_lines(sheet: Any, version: int, styles: _Styles) -> list[Flowable]:
    """第 n 版 and when it was published; after the first, which version it replaces and why."""
    published = getattr(sheet, "published_on", "")
    lines: list[Flowable] = [Paragraph(escape(f"第 {version} 版" + (f"　{published} 公布" if published else "")),
                                       styles.version)]
    reason = getattr(sheet, "version_reason", "").strip()
    if version > 1:
        said = f"本版依据仲裁裁定更正，替代第 {version - 1} 版。" + (f"裁定：{reason}" if reason else "")
        lines.append(Paragraph(escape(said), styles.correction))
    return lines


def _result_columns(sheet: Any, sections: list[str]) -> list[tuple[str, str, bool]]:
    """(header, alignment, may wrap) of each column."""
    columns = [("名次", "centre", False), ("加密号", "centre", False), ("参赛号", "centre", False),
               ("姓名", "left", False), ("代表队", "left", True), ("单位", "left", True)]
    columns += [(SECTIONS[s], "right", False) for s in sections]
    columns.append(("总分", "right", False))
    if sheet.preset == "worldskills":
        columns.append(("700分制", "right", False))
    return columns + [("奖项", "centre", False), ("备注", "left", True)]


def _result_rows(sheet: Any, sections: list[str]) -> list[list[str]]:
    rows = []
    for line in sheet.lines:
        unranked = line.rank is None
        cells = [str(line.rank) if not unranked else "—", line.drawn_number or "", str(line.entry_number),
                 line.name, line.team, line.employer]
        cells += [score_text(line.sections.get(s)) if not unranked else "" for s in sections]
        cells.append(score_text(line.total) if not unranked else "")
        if sheet.preset == "worldskills":
            cells.append(str(line.scaled) if line.scaled is not None and not unranked else "")
        note = STATUSES.get(line.status, "") if unranked else flag_text(line.flags, line.advances)
        rows.append([*cells, line.prize, note])
    return rows


def _result_table(sheet: Any, columns: list[tuple[str, str, bool]], rows: list[list[str]], widths: list[float],
                  styles: _Styles) -> Table:
    header = [_p(h, styles.header) for h, _align, _wrap in columns]
    body = [[_p(text, styles.by_alignment[align], blank="") for text, (_h, align, _w) in zip(row, columns)]
            for row in rows]
    if not body:
        body.append([_p("暂无成绩", styles.muted)] + [""] * (len(columns) - 1))
    table = Table([header, *body], colWidths=widths, repeatRows=1)
    commands = [*_grid(), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL)]
    for index, line in enumerate(sheet.lines, start=1):
        if line.rank is None:
            commands.append(("BACKGROUND", (0, index), (-1, index), UNRANKED_FILL))
    first_unranked = next((i for i, line in enumerate(sheet.lines, start=1) if line.rank is None), None)
    if first_unranked and first_unranked > 1:
        commands.append(("LINEABOVE", (0, first_unranked), (-1, first_unranked), 0.8, INK))
    if not sheet.lines:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(commands))
    return table


def _team_block(sheet: Any, pagesize, styles: _Styles) -> Flowable:
    width = min(pagesize[0] - 2 * MARGIN, 150 * mm)
    header = [_p(h, styles.header) for h in ("名次", "代表队", "领队", "成绩")]
    body = [[_p(t.rank, styles.centre), _p(t.team, styles.cell), _p(t.leader, styles.cell, blank=""),
             _p(score_text(t.score), styles.number)] for t in sheet.teams]
    table = Table([header, *body], colWidths=[w * width for w in (0.12, 0.42, 0.26, 0.20)], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([*_grid(), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL)]))
    rule = f"各队成绩取本队总分前 {sheet.team_best} 名之和，同分并列名次。"
    # The heading, its rule and the first rows stay together; a long table flows on.
    return KeepTogether([Paragraph("团体成绩", styles.section), Paragraph(rule, styles.facts),
                         Spacer(1, 2 * mm), table])


# -- the check-in list ---------------------------------------------------------------------------

def render_checkin_list(checkin: Any, destination: str | os.PathLike | BinaryIO) -> int:
    """检录表: the contestants in drawn-number order with the draw's seed, masked ID numbers and
    a blank column to sign in. Returns the page count; OSError when the file cannot be written."""
    styles = _Styles()
    title = f"{checkin.competition} {checkin.event} 检录表"
    facts = [f"赛段：{STAGES.get(checkin.stage, checkin.stage)}", f"抽签种子：{checkin.seed}",
             f"参赛 {len(checkin.lines)} 人"]
    story: list[Flowable] = [
        *_heading(title, checkin.issuer, styles), _facts(facts, styles),
        Paragraph("加密号与工位由抽签种子生成，以同一种子重新抽签结果相同。请选手核对身份后签到。", styles.muted),
        Spacer(1, 3 * mm), _checkin_table(checkin, styles), Spacer(1, 12 * mm),
        _signatures(("检录员", "监督", "日期"), A4, styles)]
    return _build(destination, A4, story, title, f"{checkin.event}  检录表", checkin, styles)


def _checkin_table(checkin: Any, styles: _Styles) -> Table:
    width = A4[0] - 2 * MARGIN
    shares = (0.12, 0.09, 0.16, 0.22, 0.23, 0.18)
    header = [_p(h, styles.header) for h in ("加密号", "工位", "姓名", "代表队", "身份证号", "签到")]
    body = [[_p(line.drawn_number, styles.centre), _p(line.workstation, styles.centre), _p(line.name, styles.cell),
             _p(line.team, styles.cell, blank=""), _p(mask_id_number(line.id_number or ""), styles.centre, blank=""),
             ""] for line in checkin.lines]
    if not body:
        body.append([_p("暂无参赛选手", styles.muted)] + [""] * 5)
    table = Table([header, *body], colWidths=[s * width for s in shares], repeatRows=1)
    commands = [*_grid(), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("TOPPADDING", (0, 1), (-1, -1), 8), ("BOTTOMPADDING", (0, 1), (-1, -1), 9)]  # room to sign
    if not checkin.lines:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(commands))
    return table


# -- the rules summary ---------------------------------------------------------------------------

def render_rules_summary(summary: Any, destination: str | os.PathLike | BinaryIO) -> int:
    """评分规则说明 of the event's preset on one page: how aspects, sections and the total are
    scored with the event's own k, weights, prize shares and minimum, ranks, prizes, the 700
    scale (worldskills) and the team rule. Set smaller when the normal size runs over a page.
    Returns the page count; OSError when the file cannot be written."""
    title = f"{summary.event} 评分规则说明"
    for styles in (_Styles(), _Styles(rule_size=8.5)):
        pdf = io.BytesIO()
        pages = _build(pdf, A4, _rules_story(summary, title, styles), title, f"{summary.event}  评分规则说明", summary,
                       styles)
        if pages == 1:
            break
    if isinstance(destination, (str, os.PathLike)):
        with open(destination, "wb") as file:
            file.write(pdf.getvalue())
    else:
        destination.write(pdf.getvalue())
    return pages


def _rules_story(summary: Any, title: str, styles: _Styles) -> list[Flowable]:
    width = A4[0] - 2 * MARGIN - 2 * FRAME_PADDING
    facts = [f"竞赛：{summary.competition}", f"赛段：{STAGES.get(summary.stage, summary.stage)}",
             f"评分规则：{PRESETS.get(summary.preset, summary.preset)}"]
    story: list[Flowable] = [*_heading(title, summary.issuer, styles), _facts(facts, styles), Spacer(1, 2 * mm),
                             _sections_table(summary, styles)]
    for number, (heading, paragraphs) in enumerate(_rules(summary)):
        story.append(Paragraph(f"{CHINESE_NUMERALS[number]}、{heading}", styles.section))
        for text in paragraphs:
            if isinstance(text, _Formula):
                story.append(_wrapped(text, styles.formula, width - styles.formula.leftIndent))
            else:
                story.append(_wrapped(text, styles.rule, width))
    return story + [Spacer(1, 10 * mm), _signatures(("裁判长", "日期"), A4, styles)]


class _Formula(str):
    """A formula, set on a line of its own."""


CHINESE_NUMERALS = "一二三四五六七八九十"


def _sections_table(summary: Any, styles: _Styles) -> Table:
    counts = summary.aspect_counts or {}
    header = [_p(h, styles.header) for h in ("分项", "满分", "权重", "评分项")]
    body = []
    for section in (s for s in SECTIONS if s in summary.section_maxima):
        measured, judged = counts.get(section, (0, 0))
        kinds = "，".join(part for part in (f"测量项 {measured} 项" if measured else "",
                                           f"评价项 {judged} 项" if judged else "") if part)
        weight = summary.weights.get(section, Fraction(0))
        body.append([_p(SECTIONS[section], styles.centre), _p(number_text(summary.section_maxima[section]), styles.centre),
                     _p(f"{number_text(weight)}（{percent_text(weight)}）", styles.centre), _p(kinds, styles.cell, "")])
    if not body:
        body.append([_p("尚未设定评分标准", styles.muted), "", "", ""])
    table = Table([header, *body], colWidths=[w * mm for w in (28, 28, 40, 78)], hAlign="LEFT")
    commands = [*_grid(), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL)]
    if not summary.section_maxima:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(commands))
    return table


def _rules(summary: Any) -> list[tuple[str, list[str]]]:
    k = summary.drop_k
    worldskills = summary.preset == "worldskills"
    measurement = "测量项：取裁判组认定的测量值；录入多个数值时取其平均值。"
    if worldskills:
        aspects = [f"评价项：由三名或以上裁判按 0～{WORLDSKILLS_MARK_MAX} 分评分，取平均值折算为该项得分：",
                   _Formula(f"评分项得分 = 裁判评分平均值 ÷ {WORLDSKILLS_MARK_MAX} × 该评分项满分"),
                   f"任意两名裁判对同一评分项的评分相差超过 {WORLDSKILLS_SPREAD} 分时，该项标记为“待复评”；"
                   "复评前仍按现有评分计入。", measurement]
    elif k > 0:
        aspects = [f"评价项：每位裁判独立评分。评分的裁判不少于 2k+3 = {2 * k + 3} 人（本赛项 k = {k}）时，"
                   f"去掉 {k} 个最高分和 {k} 个最低分，取其余分数的平均值；少于 {2 * k + 3} 人时，取全部分数的平均值。",
                   measurement]
    else:
        aspects = ["评价项：每位裁判独立评分，取全部分数的平均值（本赛项 k = 0，不去掉最高分和最低分）。", measurement]
    totals = ["分项得分 = 该分项所含各评分项得分之和（满分见上表）。总分为百分制：",
              _Formula("总分 = Σ 权重 × 分项得分 ÷ 分项满分 × 100"), *_total_formula(summary),
              "评分项平均值和分项之和在计算中不作取舍；分项得分和总分四舍五入保留两位小数（如 2.345 计为 2.35），"
              "名次按取舍后的数值比较。"]
    ranks = ["按总分从高到低排列名次；总分相同时，实操得分高者在前；仍相同者名次并列，其后名次顺延，如 1、2、2、4。"
             "缺考或取消资格的选手不参加排名。"]
    rules = [("评分项得分", aspects), ("分项得分与总分", totals), ("名次", ranks)]
    if worldskills:
        rules.append(("700 分制与优胜奖", [
            "按全部参加排名选手的总分求中位数和标准差（总体标准差，除以人数），换算为 700 分制标准分：",
            _Formula(f"标准分 = {WORLDSKILLS_CENTRE} + {WORLDSKILLS_SPREAD_POINTS} × (总分 − 中位数) ÷ 标准差，"
                     "四舍五入取整"),
            f"所有选手总分相同时，标准分均为 {WORLDSKILLS_CENTRE}。标准分达到 {WORLDSKILLS_CENTRE} 分及以上者获优胜奖"
            "（Medallion for Excellence）。"]))
    rules.append(("奖项", _prize_rules(summary)))
    rules.append(("团体成绩", [f"各代表队取本队总分最高的前 {summary.team_best} 名选手总分之和为团体成绩，"
                             "从高到低排列，同分并列名次。"]))
    return rules


def _total_formula(summary: Any) -> list[str]:
    sections = [s for s in SECTIONS if s in summary.section_maxima]
    if not sections:
        return []
    terms = []
    for s in sections:
        weight, maximum = summary.weights.get(s, Fraction(0)), summary.section_maxima[s]
        factor = "" if weight == 1 else f"{number_text(weight)} × "
        terms.append(f"{factor}{SECTIONS[s]}得分 ÷ {number_text(maximum)} × 100")
    single = "（只有一个分项，权重为 1）" if len(sections) == 1 else ""
    return [_Formula(f"本赛项：总分 = {' + '.join(terms)}{single}")]


def _prize_rules(summary: Any) -> list[str]:
    p1, p2, p3 = (Fraction(s) for s in summary.prize_shares)
    n = summary.contestants or 20
    c1, c2, c3 = prize_cut_offs(n, (p1, p2, p3))
    example = f"按当前名单 n = {n} 计" if summary.contestants else f"例如 n = {n} 时"
    rules = [
        f"参加排名的人数记为 n（缺考、取消资格者不计）。{PRIZES[0]} p1 = {percent_text(p1)}，"
        f"{PRIZES[1]} p2 = {percent_text(p2)}，{PRIZES[2]} p3 = {percent_text(p3)}，获奖名额的界限为（四舍五入取整）：",
        _Formula("c1 = round_half_up(n × p1)"), _Formula("c2 = round_half_up(n × (p1 + p2))"),
        _Formula("c3 = round_half_up(n × (p1 + p2 + p3))"),
        f"按名次顺序，第 1～c1 位获{PRIZES[0]}，第 c1+1～c2 位获{PRIZES[1]}，第 c2+1～c3 位获{PRIZES[2]}；"
        f"与较优奖项位置上的选手名次并列者，同获该较优奖项。{example}，c1 = {c1}，c2 = {c2}，c3 = {c3}。"]
    if summary.min_total is not None:
        rules.append(f"获奖最低分：总分低于 {number_text(summary.min_total)} 分者不获奖，其名额不顺延给其他选手。")
    else:
        rules.append("本赛项未设获奖最低分。")
    return rules


# -- shared layout -------------------------------------------------------------------------------

class _Styles:
    def __init__(self, rule_size: float = 9.5):
        self.font = font_name("hei")
        base = ParagraphStyle("competition", fontName=self.font, fontSize=TABLE_SIZE, leading=12, textColor=INK,
                              wordWrap="CJK")
        self.cell = base
        self.number = ParagraphStyle("number", parent=base, alignment=TA_RIGHT)
        self.centre = ParagraphStyle("centre", parent=base, alignment=TA_CENTER)
        self.header = ParagraphStyle("header", parent=self.centre)
        self.by_alignment = {"left": self.cell, "right": self.number, "centre": self.centre}
        self.muted = ParagraphStyle("muted", parent=base, textColor=MUTED)
        self.facts = ParagraphStyle("facts", parent=base, fontSize=10, leading=15)
        self.title = ParagraphStyle("title", parent=base, fontName=font_name("kai"), fontSize=20, leading=27,
                                    alignment=TA_CENTER, textColor=ACCENT)
        self.issuer = ParagraphStyle("issuer", parent=base, fontSize=10.5, leading=15, alignment=TA_CENTER,
                                     textColor=MUTED, spaceAfter=2 * mm)
        self.provisional = ParagraphStyle("provisional", parent=base, fontSize=11, leading=16, alignment=TA_CENTER,
                                          textColor=ACCENT, spaceAfter=1 * mm)
        self.version = ParagraphStyle("version", parent=base, fontSize=10.5, leading=15, alignment=TA_CENTER,
                                      textColor=INK, spaceAfter=1 * mm)
        self.correction = ParagraphStyle("correction", parent=base, fontSize=10, leading=15, textColor=ACCENT,
                                         spaceAfter=1 * mm)
        self.section = ParagraphStyle("section", parent=base, fontSize=11, leading=16, textColor=ACCENT,
                                      spaceBefore=3 * mm, spaceAfter=1 * mm)
        self.rule = ParagraphStyle("rule", parent=base, fontSize=rule_size, leading=rule_size * 1.6,
                                   firstLineIndent=2 * rule_size, spaceAfter=1.5)
        self.formula = ParagraphStyle("formula", parent=self.rule, firstLineIndent=0, leftIndent=4 * rule_size)
        self.signature = ParagraphStyle("signature", parent=base, fontSize=10.5, leading=14)


def _p(text: Any, style: ParagraphStyle, blank: str = "—") -> Paragraph:
    return Paragraph(escape(str(text)) if text not in (None, "") else blank, style)


def _heading(title: str, issuer: str, styles: _Styles) -> list[Flowable]:
    heading: list[Flowable] = [Paragraph(escape(title), styles.title)]
    if issuer:
        heading.append(Paragraph(escape(issuer), styles.issuer))
    return heading


def _grid() -> list[tuple]:
    # Blank cells are drawn as strings in the table's own font: name ours, or Helvetica gets in unembedded.
    return [("FONTNAME", (0, 0), (-1, -1), font_name("hei")),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING)]


def _fit(columns: list[tuple[str, str, bool]], rows: list[list[str]]) -> tuple[list[float], tuple[float, float]]:
    """Column widths and the page size: portrait when every column fits its longest text on
    a portrait page, else landscape; columns that may wrap take what room is left (or give
    it up, down to four characters, when even landscape is too narrow)."""
    natural = []
    for index, (header, _align, _wrap) in enumerate(columns):
        longest = max([text_width(header, "hei", TABLE_SIZE)]
                      + [text_width(row[index], "hei", TABLE_SIZE) for row in rows])
        natural.append(longest + 2 * CELL_PADDING + 1)
    pagesize = A4 if sum(natural) <= A4[0] - 2 * MARGIN else landscape(A4)
    available = pagesize[0] - 2 * MARGIN
    wrapping = [i for i, (_h, _a, wrap) in enumerate(columns) if wrap]
    least = 4 * TABLE_SIZE + 2 * CELL_PADDING + 1
    spare = available - sum(natural)
    widths = list(natural)
    if spare >= 0:
        flexible = sum(natural[i] for i in wrapping)
        for i in wrapping:
            widths[i] += spare * natural[i] / flexible
        return widths, pagesize
    fixed = sum(natural) - sum(natural[i] for i in wrapping)
    room = max(available - fixed, least * len(wrapping))
    shrinkable = {i: natural[i] - least for i in wrapping if natural[i] > least}
    excess = sum(natural[i] for i in wrapping) - room
    total_shrinkable = sum(shrinkable.values())
    for i, slack in shrinkable.items():
        widths[i] -= excess * slack / total_shrinkable
    return widths, pagesize


def _chain_block(sheet: Any, styles: _Styles) -> Table:
    """The mark chain's head as text and QR: anyone holding the sheet can later check that the
    marks behind it are unchanged (skillbase competition verify)."""
    command = f"skillbase competition verify {sheet.event_id}" if sheet.event_id is not None else ""
    text = Paragraph(f"评分记录防篡改校验码（哈希链末端）：<br/>{sheet.chain_head}<br/>核验方法：{command}",
                     styles.signature)
    block = Table([[QrFlowable(f"skillbase-chain:{sheet.event_id}:{sheet.chain_head}", 22 * mm), text]],
                  colWidths=[26 * mm, None])
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return block


def _signatures(roles: Sequence[str], pagesize, styles: _Styles) -> Table:
    """Each role's label followed by a ruled blank to sign on."""
    share = (pagesize[0] - 2 * MARGIN) / len(roles)
    cells, widths, commands = [], [], [("FONTNAME", (0, 0), (-1, -1), styles.font), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
    for index, role in enumerate(roles):
        label = f"{role}："
        label_width = text_width(label, "hei", styles.signature.fontSize) + 2
        cells += [Paragraph(label, styles.signature), "", ""]
        widths += [label_width, share - label_width - 8 * mm, 8 * mm]
        commands.append(("LINEBELOW", (3 * index + 1, 0), (3 * index + 1, 0), 0.6, INK))
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _facts(facts: Sequence[str], styles: _Styles) -> Table:
    """Short particulars on one line with room between them (a paragraph would squeeze the gaps)."""
    widths = [text_width(fact, "hei", styles.facts.fontSize) + 8 * mm for fact in facts]
    cells = [Paragraph(escape(fact), styles.facts) for fact in facts]
    if sum(widths) > A4[0] - 2 * MARGIN:  # too long for one line: one under the other
        cells, widths = [[cell] for cell in cells], [A4[0] - 2 * MARGIN]
    else:
        cells = [cells]
    table = Table(cells, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), styles.font), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


# Punctuation that may not start a line sticks to the character before it; an opening bracket
# sticks to the one after (ReportLab's own CJK wrap lets "，" and the second of "）。" start a line).
NO_LINE_START = "，。、；：？！）》」』】”’%,.;:?!)"
NO_LINE_END = "（《「『【“‘("


def _wrapped(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """A paragraph broken into lines here, by the rules of Chinese typesetting."""
    units: list[str] = []
    for char in text:
        previous = units[-1] if units else ""
        if previous and (char in NO_LINE_START or previous[-1] in NO_LINE_END
                         or (char.isascii() and not char.isspace() and previous[-1].isascii()
                             and not previous[-1].isspace())
                         or (char.isdigit() and previous[-2:-1].isdigit() and previous[-1] == "、")):  # 1、2、2、4
            units[-1] += char
        else:
            units.append(char)
    lines, line, room = [], "", width - style.firstLineIndent
    for unit in units:
        if line and text_width(line + unit, "hei", style.fontSize) > room:
            lines.append(line.rstrip())
            line, room = unit.lstrip(), width
        else:
            line += unit
    lines.append(line)
    return Paragraph("<br/>".join(escape(part) for part in lines), style)


def _watermark(text: str) -> Callable[[Canvas, Any], None]:
    image, (width, height) = _watermark_image(text)

    def draw(canvas: Canvas, document: Any) -> None:
        page_width, page_height = document.pagesize
        canvas.drawImage(image, (page_width - width) / 2, (page_height - height) / 2, width, height, mask="auto")
    return draw


@lru_cache(maxsize=4)
def _watermark_image(text: str) -> tuple[ImageReader, tuple[float, float]]:
    """The watermark as a translucent picture, turned 30°, with its size in points. A picture
    rather than text: rotated glyphs would be read into the middle of the table's text by
    anything that extracts it (copying, search, screen readers)."""
    scale = 3  # pixels per point: about 200 dpi, plenty for a pale mark
    font = ImageFont.truetype(str(asset_path("fonts", FONT_FILES["hei"][1])), WATERMARK_SIZE * scale, index=0)
    left, top, right, bottom = font.getbbox(text)
    alpha = Image.new("L", (right - left + 8, bottom - top + 8), 0)
    ImageDraw.Draw(alpha).text((4 - left, 4 - top), text, font=font, fill=WATERMARK_RGBA[3])
    alpha = alpha.rotate(30, expand=True, resample=Image.Resampling.BICUBIC)
    # One colour everywhere and the shape in the alpha plane only: the colour plane compresses to nothing.
    picture = Image.new("RGBA", alpha.size, WATERMARK_RGBA)
    picture.putalpha(alpha)
    return ImageReader(picture), (picture.width / scale, picture.height / scale)


class _Document(SimpleDocTemplate):
    """Draws `decorate` (the provisional watermark) under each page's content."""

    def __init__(self, *args, decorate: Callable[[Canvas, Any], None] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self._decorate = decorate

    def build(self, flowables, onFirstPage=None, onLaterPages=None, canvasmaker=Canvas):  # noqa: N803
        if self._decorate is None:
            return super().build(flowables, canvasmaker=canvasmaker)
        return super().build(flowables, onFirstPage=self._decorate, onLaterPages=self._decorate,
                             canvasmaker=canvasmaker)


def _build(destination, pagesize, story: list[Flowable], title: str, caption: str, data: Any, styles: _Styles,
           decorate: Callable[[Canvas, Any], None] | None = None) -> int:
    if isinstance(destination, os.PathLike):
        destination = os.fspath(destination)
    printed_on = getattr(data, "printed_on", None) or dt.date.today()
    document = _Document(
        destination, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm, title=title, author=getattr(data, "issuer", "") or "", subject=title,
        creator="Skillbase", initialFontName=styles.font, decorate=decorate)
    return build_numbered(document, story, Footer(styles.font, caption, printed_on, MARGIN))
