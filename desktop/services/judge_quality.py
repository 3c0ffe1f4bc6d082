"""The judge-quality report (评判质量报告) of an event whose marks are locked: per judge,
the mean deviation from the rest of the panel (leniency or severity), the spread flags and the
agreement — computed by desktop.domain.judge_quality from the final marks, and printed by
desktop.printing.judge_quality_pdf. Until the chief judge locks them the marks may change, so the
report is refused."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select

from db.models import Competition, CompetitionStage, Contestant, Judge, SchemeAspect, ScoreMark
from desktop.domain import judge_quality as quality
from desktop.domain.errors import Conflict, UserError
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.domain.roles import Permission
from desktop.printing.judge_quality_pdf import TITLE, render_judge_quality
from desktop.services import audit
from desktop.services.certificate_settings import read_settings
from desktop.services.competition_scheme import scheme_rows
from desktop.services.competitions import get_event_record
from desktop.services.context import ServiceContext, unit_of_work

Destination = Path | BinaryIO


@dataclass(frozen=True)
class JudgeLine:
    judge_id: int
    label: str
    name: str
    cells: int
    mean_deviation: Fraction | None  # percent of the mark scale; + lenient, − severe
    mean_absolute: Fraction | None  # percent
    flags: int
    agreement: Fraction | None  # 0–1


@dataclass(frozen=True)
class JudgeQualityReport:
    competition: str
    event: str
    stage: str
    preset: str  # china, worldskills
    spread_share: Fraction | None  # china: the limit as a share of the aspect's maximum
    spread_marks: Fraction | None  # worldskills: the limit in marks (0–3)
    judged_aspects: int
    cells: int  # cells marked by two judges or more
    lines: tuple[JudgeLine, ...]
    issuer: str
    printed_on: dt.date


def judge_quality(ctx: ServiceContext, event_id: int) -> JudgeQualityReport:
    """The report of an event whose marks are locked (or published); Conflict before."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return _report(session, event_id)


def save_judge_quality_pdf(ctx: ServiceContext, event_id: int, destination: Destination) -> int:
    """Write the report as a PDF; the page count. The export is audited."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        report = _report(session, event_id)
        name = destination.name if isinstance(destination, Path) else ""
        audit.record(session, ctx.actor, "export", "competition_event", event_id,
                     f"{report.event} {TITLE} {name}".strip())
        try:
            return render_judge_quality(report, destination)
        except OSError as error:  # nothing is recorded: the unit of work rolls back
            raise UserError(message(QT_TRANSLATE_NOOP("Messages", "Cannot write {path}: {reason}"),
                                    path=str(destination) if isinstance(destination, Path) else name,
                                    reason=error.strerror or str(error))) from error


def _report(session, event_id: int) -> JudgeQualityReport:
    event = get_event_record(session, event_id)
    if event.status != "published" and event.locked_at is None:
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "Lock the marks of {name} first: the judge-quality report reads the final marks."),
            name=event.name))
    stage = session.get(CompetitionStage, event.stage_id)
    competition = session.get(Competition, stage.competition_id)
    preset = event.preset
    judged = {a.id: quality.mark_scale(preset, a.maximum) for a in scheme_rows(session, event_id) if a.kind == "J"}
    rows = session.execute(
        select(ScoreMark.contestant_id, ScoreMark.aspect_id, ScoreMark.judge_id, ScoreMark.value_centi)
        .join(SchemeAspect, SchemeAspect.id == ScoreMark.aspect_id)
        .join(Contestant, Contestant.id == ScoreMark.contestant_id)
        .where(SchemeAspect.event_id == event_id, SchemeAspect.kind == "J", ScoreMark.judge_id.is_not(None),
               Contestant.status == "present")).all()
    marks = [quality.JudgedMark(c, a, j, Fraction(v, 100)) for c, a, j, v in rows]
    found = quality.judge_quality(marks, judged, preset)
    judges = {j.id: j for j in session.scalars(select(Judge).where(Judge.id.in_([q.judge for q in found])))}
    lines = sorted((JudgeLine(q.judge, judges[q.judge].label, judges[q.judge].name, q.cells, q.mean_deviation,
                              q.mean_absolute, q.flags, q.agreement) for q in found),
                   key=lambda line: (len(line.label), line.label))
    counts: dict[tuple[int, int], int] = {}
    for m in marks:
        counts[(m.contestant, m.aspect)] = counts.get((m.contestant, m.aspect), 0) + 1
    worldskills = preset == "worldskills"
    return JudgeQualityReport(
        competition.name, event.name, stage.kind, preset,
        None if worldskills else quality.CHINA_SPREAD_SHARE,
        quality.spread_limit(preset, Fraction(1)) if worldskills else None,
        len(judged), sum(1 for n in counts.values() if n >= 2), tuple(lines),
        read_settings(session).issuer.strip(), dt.date.today())
