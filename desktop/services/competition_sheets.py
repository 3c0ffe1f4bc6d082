"""Score sheets at the venue: what a judge sees and does (their events, their sheets by
encrypted number only, submitting a sheet) and what the chief judge (裁判长) controls (the
matrix of every sheet's state, returning a sheet with a reason, locking the event, then
decrypting the numbers to names). Marks themselves are saved by competition_marks.save_marks,
which keeps to the sheet states decided here. Every action is audited."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.base import utcnow
from db.models import (
    Competition,
    CompetitionEvent,
    CompetitionStage,
    Contestant,
    EventJudge,
    Judge,
    SchemeAspect,
    ScoreMark,
    ScoreSheet,
)
from desktop.domain.competition_scoring import WORLDSKILLS_MARK_MAX
from desktop.domain.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.competition_panel import (
    chief_has_account,
    has_panel,
    is_chief_of,
    own_judge_ids,
)
from desktop.services.competition_results import results_in
from desktop.services.competitions import (
    competition_id_of,
    contestant_rows,
    get_event_record,
    lock_event,
    refuse_if_locked,
    refuse_if_published,
)
from desktop.services.context import ServiceContext, unit_of_work

SHEET_STATES = ("not_started", "draft", "submitted", "returned", "excluded")


@dataclass(frozen=True)
class JudgeEvent:
    event_id: int
    competition: str
    event: str
    judge_id: int
    judge_label: str
    chief: bool
    locked: bool


@dataclass(frozen=True)
class SheetRow:
    id: int
    contestant_id: int
    number: str  # the encrypted (drawn) number: all a judge sees of the contestant
    state: str
    mode: str  # screen or paper
    return_reason: str
    marked: int  # judged aspects marked so far
    aspects: int
    version: int


@dataclass(frozen=True)
class SheetLine:
    aspect_id: int
    code: str
    section: str
    text: str  # criterion › sub-criterion › aspect
    maximum: Fraction
    step: Fraction
    levels: list[str]
    value: Fraction | None


@dataclass(frozen=True)
class SheetDetail:
    row: SheetRow
    event_id: int
    event: str
    judge_id: int
    judge_label: str
    lines: list[SheetLine]
    editable: bool  # for the one asking


@dataclass(frozen=True)
class MatrixCell:
    sheet_id: int
    state: str
    mode: str
    return_reason: str
    excluded_reason: str


@dataclass(frozen=True)
class MatrixContestant:
    id: int
    number: str
    name: str  # blank until the numbers are decrypted
    status: str  # present, absent, disqualified
    flags: list[str]  # aspect codes the judges are too far apart on


@dataclass(frozen=True)
class Matrix:
    event_id: int
    event: str
    judges: list[tuple[int, str, str, bool]]  # id, label, name, chief
    contestants: list[MatrixContestant]
    cells: dict[tuple[int, int], MatrixCell]  # (judge id, contestant id)
    locked_at: dt.datetime | None
    decrypted_at: dt.datetime | None
    published: bool
    may_control: bool  # the one asking may return, lock and decrypt


# -- the judge's side -------------------------------------------------------------------------------

def my_events(ctx: ServiceContext) -> list[JudgeEvent]:
    """The drawn, unpublished events whose panel the acting account sits on."""
    with unit_of_work(ctx, Permission.ENTER_MARKS) as session:
        rows = session.execute(
            select(CompetitionEvent, Competition.name, Judge.id, Judge.label, EventJudge.is_chief)
            .join(EventJudge, EventJudge.event_id == CompetitionEvent.id)
            .join(Judge, Judge.id == EventJudge.judge_id)
            .join(CompetitionStage, CompetitionStage.id == CompetitionEvent.stage_id)
            .join(Competition, Competition.id == CompetitionStage.competition_id)
            .where(Judge.user_id == ctx.actor.user_id, CompetitionEvent.drawn_at.is_not(None),
                   CompetitionEvent.status != "published")
            .order_by(Competition.year.desc(), CompetitionEvent.id)).all()
        return [JudgeEvent(e.id, competition, e.name, judge_id, label, chief, e.locked_at is not None)
                for e, competition, judge_id, label, chief in rows]


def my_sheets(ctx: ServiceContext, event_id: int, judge_id: int) -> list[SheetRow]:
    """The judge's sheets of the event in encrypted-number order, excluded ones left out."""
    with unit_of_work(ctx, Permission.ENTER_MARKS) as session:
        event = get_event_record(session, event_id)
        _refuse_unless_own(session, ctx, event, judge_id)
        sheets = session.execute(
            select(ScoreSheet, Contestant.drawn_number).join(Contestant, Contestant.id == ScoreSheet.contestant_id)
            .where(ScoreSheet.event_id == event_id, ScoreSheet.judge_id == judge_id,
                   ScoreSheet.state != "excluded", Contestant.status == "present")
            .order_by(Contestant.drawn_number)).all()
        judged = _judged_aspect_ids(session, event_id)
        marked = _marked_counts(session, event_id, judge_id, judged)
        return [_row(sheet, number, marked.get(sheet.contestant_id, 0), len(judged)) for sheet, number in sheets]


def open_sheet(ctx: ServiceContext, sheet_id: int) -> SheetDetail:
    """One sheet with its judged aspects and the marks entered so far."""
    with unit_of_work(ctx, Permission.ENTER_MARKS) as session:
        sheet, event = _sheet_and_event(session, sheet_id)
        _refuse_unless_own(session, ctx, event, sheet.judge_id)
        return sheet_detail(session, sheet, event, editable_for_judge(sheet, event))


def sheet_detail(session: Session, sheet: ScoreSheet, event: CompetitionEvent, editable: bool) -> SheetDetail:
    aspects = session.scalars(select(SchemeAspect).where(SchemeAspect.event_id == event.id, SchemeAspect.kind == "J")
                              .order_by(SchemeAspect.position, SchemeAspect.id)).all()
    values = dict(session.execute(select(ScoreMark.aspect_id, ScoreMark.value_centi)
                                  .where(ScoreMark.contestant_id == sheet.contestant_id,
                                         ScoreMark.judge_id == sheet.judge_id)).all())
    worldskills = event.preset == "worldskills"
    lines = [SheetLine(a.id, a.code, a.section, " › ".join(p for p in (a.criterion, a.sub_criterion, a.aspect) if p),
                       Fraction(WORLDSKILLS_MARK_MAX) if worldskills else Fraction(a.max_centi, 100),
                       Fraction(1) if worldskills else Fraction(a.step_centi, 100), list(a.levels or []),
                       Fraction(values[a.id], 100) if a.id in values else None) for a in aspects]
    judge = session.get(Judge, sheet.judge_id)
    number = session.scalar(select(Contestant.drawn_number).where(Contestant.id == sheet.contestant_id))
    row = _row(sheet, number, sum(1 for line in lines if line.value is not None), len(lines))
    return SheetDetail(row, event.id, event.name, judge.id, judge.label, lines, editable)


def editable_for_judge(sheet: ScoreSheet, event: CompetitionEvent) -> bool:
    return (sheet.state in ("not_started", "draft", "returned") and sheet.mode == "screen"
            and event.locked_at is None and event.status != "published")


def submit_sheet(ctx: ServiceContext, sheet_id: int, version: int) -> SheetRow:
    """Hand the sheet in: every judged aspect must be marked; read-only for the judge after."""
    with unit_of_work(ctx, Permission.ENTER_MARKS) as session:
        sheet, event = _sheet_and_event(session, sheet_id, lock=True)
        _refuse_unless_own(session, ctx, event, sheet.judge_id)
        refuse_if_published(event)
        refuse_if_locked(event)
        if sheet.version != version:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "This sheet changed at another workstation meanwhile: look at it again, then submit.")))
        if sheet.state == "submitted":
            raise Conflict(message(QT_TRANSLATE_NOOP("Messages", "This sheet is submitted already.")))
        if sheet.state == "excluded":
            raise Conflict(message(QT_TRANSLATE_NOOP("Messages", "This judge is excluded from this sheet.")))
        detail = sheet_detail(session, sheet, event, False)
        missing = [line.code for line in detail.lines if line.value is None]
        if missing:
            raise ValidationFailed({"marks": message(QT_TRANSLATE_NOOP(
                "Messages", "Mark every aspect before submitting: {codes} still empty."), codes="、".join(missing))})
        sheet.state, sheet.submitted_at, sheet.return_reason = "submitted", utcnow(), None
        sheet.version += 1
        audit.record(session, ctx.actor, "submit", "score_sheet", sheet.id, f"{event.name} {detail.row.number}",
                     None, {"judge": detail.judge_label})
        session.flush()
        return sheet_detail(session, sheet, event, False).row


# -- the chief judge's side ---------------------------------------------------------------------------

def matrix(ctx: ServiceContext, event_id: int) -> Matrix:
    """Every panel judge × contestant sheet with its state, and the spread flags so far."""
    with unit_of_work(ctx, Permission.ENTER_MARKS) as session:
        event = get_event_record(session, event_id)
        may_control = _may_control(session, ctx, event)
        if not may_control and not ctx.actor.may(Permission.READ_REGISTRY):
            raise PermissionDenied(message(QT_TRANSLATE_NOOP(
                "Messages", "Only the event's chief judge sees every judge's sheets.")))
        judges = [(j.id, j.label, j.name, chief) for j, chief in session.execute(
            select(Judge, EventJudge.is_chief).join(EventJudge, EventJudge.judge_id == Judge.id)
            .where(EventJudge.event_id == event_id).order_by(Judge.label))]
        cells = {(s.judge_id, s.contestant_id): MatrixCell(s.id, s.state, s.mode, s.return_reason or "",
                                                          s.excluded_reason or "")
                 for s in session.scalars(select(ScoreSheet).where(ScoreSheet.event_id == event_id))}
        flags: dict[int, list[str]] = {}
        for row in results_in(session, event_id).rows:
            flags[row.contestant.id] = [f.split(":", 1)[1] for f in row.result.flags if f.startswith("remark:")]
        names_shown = event.decrypted_at is not None  # the matrix is the chief's view: numbers until then
        people = sorted(contestant_rows(session, event_id), key=lambda r: (r.drawn_number or "", r.entry_number))
        contestants = [MatrixContestant(p.id, p.drawn_number or str(p.entry_number), p.name if names_shown else "",
                                        p.status, flags.get(p.id, [])) for p in people]
        return Matrix(event.id, event.name, judges, contestants, cells, event.locked_at, event.decrypted_at,
                      event.status == "published", may_control)


def return_sheet(ctx: ServiceContext, sheet_id: int, reason: str) -> None:
    """Send a submitted sheet back to its judge with the reason, to be changed and submitted again."""
    reason = reason.strip()
    if not reason:
        raise ValidationFailed({"reason": message(QT_TRANSLATE_NOOP(
            "Messages", "Say why the sheet goes back, so the judge knows what to look at."))})
    with unit_of_work(ctx, Permission.ENTER_MARKS) as session:
        sheet, event = _sheet_and_event(session, sheet_id, lock=True)
        _refuse_unless_control(session, ctx, event)
        refuse_if_published(event)
        refuse_if_locked(event)
        if sheet.state != "submitted":
            raise Conflict(message(QT_TRANSLATE_NOOP("Messages", "Only a submitted sheet can be returned.")))
        sheet.state, sheet.return_reason, sheet.submitted_at = "returned", reason, None
        sheet.version += 1
        judge = session.get(Judge, sheet.judge_id)
        number = session.scalar(select(Contestant.drawn_number).where(Contestant.id == sheet.contestant_id))
        audit.record(session, ctx.actor, "return", "score_sheet", sheet.id, f"{event.name} {number}", None,
                     {"judge": judge.label, "reason": reason})


def lock_marks(ctx: ServiceContext, event_id: int) -> None:
    """No mark of the event changes after this. Every sheet of a present contestant must be
    submitted (paper sheets: agreed by both recorders)."""
    with unit_of_work(ctx, Permission.ENTER_MARKS) as session:
        event = lock_event(session, event_id)
        _refuse_unless_control(session, ctx, event)
        refuse_if_published(event)
        refuse_if_locked(event)
        if event.drawn_at is None:
            raise Conflict(message(QT_TRANSLATE_NOOP("Messages", "Draw the lots before entering marks.")))
        if has_panel(session, event_id):
            open_sheets = session.execute(
                select(Judge.label, Contestant.drawn_number).select_from(ScoreSheet)
                .join(Judge, Judge.id == ScoreSheet.judge_id)
                .join(Contestant, Contestant.id == ScoreSheet.contestant_id)
                .where(ScoreSheet.event_id == event_id, Contestant.status == "present",
                       ScoreSheet.state.in_(("not_started", "draft", "returned")))
                .order_by(Judge.label, Contestant.drawn_number)).all()
            if open_sheets:
                listed = "、".join(f"{label}/{number}" for label, number in open_sheets[:10])
                raise Conflict(message(QT_TRANSLATE_NOOP(
                    "Messages", "{count} sheets are not submitted yet ({sheets}): lock when every judge has "
                                "submitted."), count=len(open_sheets), sheets=listed + ("…" if len(open_sheets) > 10
                                                                                        else "")))
        missing = [r.contestant.drawn_number or str(r.contestant.entry_number)
                   for r in results_in(session, event_id).rows if "incomplete" in r.result.flags]
        if missing:  # measurements are entered by staff: after the lock nobody could
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "Marks are missing for contestants {numbers}: enter them before locking."),
                numbers="、".join(missing[:10]) + ("…" if len(missing) > 10 else "")))
        event.locked_at, event.locked_by = utcnow(), ctx.actor.username
        audit.record(session, ctx.actor, "lock_marks", "competition_event", event.id, event.name)


def decrypt(ctx: ServiceContext, event_id: int) -> None:
    """Reveal who is behind each encrypted number, once the marks are locked."""
    with unit_of_work(ctx, Permission.ENTER_MARKS) as session:
        event = lock_event(session, event_id)
        _refuse_unless_control(session, ctx, event)
        if event.locked_at is None:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "Lock the marks before decrypting the numbers.")))
        if event.decrypted_at is not None:
            return
        event.decrypted_at = utcnow()
        audit.record(session, ctx.actor, "decrypt", "competition_event", event.id, event.name)


def may_control(session: Session, ctx: ServiceContext, event: CompetitionEvent) -> bool:
    return _may_control(session, ctx, event)


def _may_control(session: Session, ctx: ServiceContext, event: CompetitionEvent) -> bool:
    """The event's chief judge controls it; staff do when the chief has no account here (marks
    typed in from paper), an administrator always (standing in for a chief who cannot come)."""
    actor = ctx.actor
    if actor is None:
        return False
    if actor.is_system or "admin" in actor.roles or is_chief_of(session, actor, event.id):
        return True
    return actor.may(Permission.EDIT_REGISTRY) and not chief_has_account(session, event.id)


def _refuse_unless_control(session: Session, ctx: ServiceContext, event: CompetitionEvent) -> None:
    if not _may_control(session, ctx, event):
        raise PermissionDenied(message(QT_TRANSLATE_NOOP(
            "Messages", "Only the event's chief judge may do this.")))


def _refuse_unless_own(session: Session, ctx: ServiceContext, event: CompetitionEvent, judge_id: int) -> None:
    if ctx.actor.may(Permission.EDIT_REGISTRY):
        return
    if judge_id not in own_judge_ids(session, ctx.actor, competition_id_of(session, event)):
        raise PermissionDenied(message(QT_TRANSLATE_NOOP("Messages", "This is another judge's sheet.")))


def _sheet_and_event(session: Session, sheet_id: int, lock: bool = False) -> tuple[ScoreSheet, CompetitionEvent]:
    sheet = session.get(ScoreSheet, sheet_id)
    if sheet is None:
        raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This score sheet no longer exists.")))
    event = lock_event(session, sheet.event_id) if lock else get_event_record(session, sheet.event_id)
    if lock:
        session.refresh(sheet)
    return sheet, event


def _judged_aspect_ids(session: Session, event_id: int) -> set[int]:
    return set(session.scalars(select(SchemeAspect.id).where(SchemeAspect.event_id == event_id,
                                                             SchemeAspect.kind == "J")))


def _marked_counts(session: Session, event_id: int, judge_id: int, judged: set[int]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for contestant_id, aspect_id in session.execute(
            select(ScoreMark.contestant_id, ScoreMark.aspect_id).join(Contestant, Contestant.id == ScoreMark.contestant_id)
            .where(Contestant.event_id == event_id, ScoreMark.judge_id == judge_id)):
        if aspect_id in judged:
            counts[contestant_id] = counts.get(contestant_id, 0) + 1
    return counts


def _row(sheet: ScoreSheet, number: str | None, marked: int, aspects: int) -> SheetRow:
    return SheetRow(sheet.id, sheet.contestant_id, number or "", sheet.state, sheet.mode, sheet.return_reason or "",
                    marked, aspects, sheet.version)

