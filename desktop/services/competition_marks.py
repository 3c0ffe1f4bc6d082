"""Entering marks: a judge's mark for a judgement aspect, the agreed value for a measurement.
Each is checked against the aspect's maximum and step before it is saved."""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.base import utcnow
from db.models import CompetitionEvent, Contestant, Judge, SchemeAspect, ScoreMark, ScoreSheet
from desktop.domain.competition_scoring import WORLDSKILLS_MARK_MAX, decimal_text, mark_problem
from desktop.domain.errors import Conflict, PermissionDenied, ValidationFailed
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.domain.roles import Permission
from desktop.services import audit, mark_chain
from desktop.services.competition_panel import has_panel, own_judge_ids
from desktop.services.competitions import (
    competition_id_of,
    get_event_record,
    lock_event,
    refuse_if_locked,
    refuse_if_published,
)
from desktop.services.context import ServiceContext, unit_of_work


UNCHECKED = object()  # MarkInput.seen when the caller does not check (imports, batch entry)


@dataclass(frozen=True)
class MarkInput:
    contestant_id: int
    aspect_id: int
    judge_id: int | None  # None: the agreed value of a measurement
    value: Fraction | None  # None clears the mark
    # What the screen showed before this entry (None: empty). Given, the save is refused when
    # another workstation changed the mark meanwhile, instead of overwriting it silently.
    seen: Fraction | None | object = UNCHECKED


@dataclass(frozen=True)
class MarkCell:
    contestant_id: int
    aspect_id: int
    judge_id: int | None
    value: Fraction


def save_marks(ctx: ServiceContext, event_id: int, marks: list[MarkInput], source: str = "staff") -> int:
    """Save a batch of marks in one transaction (any bad mark saves nothing); how many changed.
    Each change is appended to the event's mark chain (`source`: staff or judge; a judge's
    account always saves as judge). With a panel assigned, each judge's mark goes on that
    judge's sheet, which must be open: not excluded, not submitted, not on paper (paper sheets
    count through the recorders' double entry only); judges save only their own marks."""
    if source not in ("staff", "judge"):
        raise ValueError(source)  # recorders and arbitration have their own paths
    with unit_of_work(ctx, Permission.ENTER_MARKS) as session:
        if not ctx.actor.may(Permission.EDIT_REGISTRY):
            source = "judge"
        return save_marks_in(session, ctx, lock_event(session, event_id), marks, source)


def save_marks_in(session: Session, ctx: ServiceContext, event: CompetitionEvent, marks: list[MarkInput],
                  source: str, from_paper: bool = False) -> int:
    """save_marks inside the caller's unit of work, which has checked the permission and
    locked the event (lock_event): another action's changes and these marks commit together.
    `from_paper`: the agreed rounds of a paper sheet (paper_sheets), which may go on a paper
    sheet and on one returned for correction."""
    event_id = event.id
    refuse_if_published(event)
    refuse_if_locked(event)
    touched = _open_sheets(session, ctx, event, marks, from_paper)
    if event.drawn_at is None:
        raise Conflict(message(QT_TRANSLATE_NOOP("Messages", "Draw the lots before entering marks.")))
    aspects = {a.id: a for a in session.scalars(select(SchemeAspect).where(SchemeAspect.event_id == event_id))}
    contestants = {c.id: c for c in session.scalars(select(Contestant).where(Contestant.event_id == event_id))}
    judges = set(session.scalars(select(Judge.id).where(Judge.competition_id == competition_id_of(session, event))))
    changes: list[mark_chain.Change] = []
    for mark in marks:
        aspect, contestant = aspects.get(mark.aspect_id), contestants.get(mark.contestant_id)
        if aspect is None or contestant is None or (mark.judge_id is not None and mark.judge_id not in judges):
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "The event changed on another workstation: reload it and enter the marks again.")))
        if contestant.status != "present":
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "Contestant {number} is absent or disqualified and gets no marks."),
                number=contestant.drawn_number or contestant.entry_number))
        if aspect.kind == "J" and mark.judge_id is None:
            raise ValidationFailed({"judge": message(QT_TRANSLATE_NOOP(
                "Messages", "Aspect {code} is judged: say which judge gave the mark."), code=aspect.code)})
        if aspect.kind == "M" and mark.judge_id is not None:
            raise ValidationFailed({"judge": message(QT_TRANSLATE_NOOP(
                "Messages", "Aspect {code} is a measurement: enter its one agreed value, without a judge."),
                code=aspect.code)})
        if mark.value is not None:
            check_value(mark.value, aspect, event.preset)
        if _store(session, mark):
            changes.append((mark.contestant_id, mark.aspect_id, mark.judge_id,
                            None if mark.value is None else int(mark.value * 100)))
    changed = len(changes)
    try:
        session.flush()
    except IntegrityError as error:  # the same judge's mark saved at another workstation just now
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "The event changed on another workstation: reload it and enter the marks again."))) \
            from error
    mark_chain.append(session, event.id, changes, source, ctx.actor.username if ctx.actor else "")
    if changed:
        for sheet in touched:
            if sheet.state == "not_started":
                sheet.state = "draft"
            elif sheet.state == "draft" and not _sheet_has_marks(session, sheet):
                sheet.state = "not_started"  # every mark cleared: nothing is on it
            sheet.version += 1
    if changed and event.status == "drawn":
        event.status = "marking"
    if changed:
        audit.record(session, ctx.actor, "mark", "competition_event", event.id, event.name, None,
                     {"marks": changed})
    return changed


def _open_sheets(session: Session, ctx: ServiceContext, event: CompetitionEvent, marks: list[MarkInput],
                 from_paper: bool) -> list[ScoreSheet]:
    """The sheets these marks go on, each checked open for this source and person."""
    staff = ctx.actor is not None and ctx.actor.may(Permission.EDIT_REGISTRY)
    if not has_panel(session, event.id):
        if not staff:
            raise PermissionDenied(message(QT_TRANSLATE_NOOP(
                "Messages", "No judges are assigned to this event: its marks are entered by staff.")))
        return []
    sheets = {(s.judge_id, s.contestant_id): s
              for s in session.scalars(select(ScoreSheet).where(ScoreSheet.event_id == event.id))}
    own = own_judge_ids(session, ctx.actor, competition_id_of(session, event))
    touched: dict[int, ScoreSheet] = {}
    for mark in marks:
        if mark.judge_id is None:
            if not staff:
                raise PermissionDenied(message(QT_TRANSLATE_NOOP(
                    "Messages", "Measurements are entered by staff, not on a judge's sheet.")))
            continue
        if not staff and mark.judge_id not in own:
            raise PermissionDenied(message(QT_TRANSLATE_NOOP("Messages", "This is another judge's sheet.")))
        sheet = sheets.get((mark.judge_id, mark.contestant_id))
        if sheet is None:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "This judge is not on the event's panel: assign the judges first.")))
        if sheet.state == "excluded":
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "This judge may not mark this contestant: same employer or team.")))
        if sheet.mode == "paper" and not from_paper:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "This sheet is marked on paper: the recorders type it in twice.")))
        if sheet.state == "submitted" and not from_paper:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "This sheet is submitted: the chief judge must return it before it changes.")))
        touched[sheet.id] = sheet
    return list(touched.values())


def _sheet_has_marks(session: Session, sheet: ScoreSheet) -> bool:
    return session.scalar(select(ScoreMark.id).where(ScoreMark.contestant_id == sheet.contestant_id,
                                                     ScoreMark.judge_id == sheet.judge_id).limit(1)) is not None


def check_value(value: Fraction, aspect: SchemeAspect, preset: str) -> None:
    maximum, step = Fraction(aspect.max_centi, 100), Fraction(aspect.step_centi, 100)
    if preset == "worldskills" and aspect.kind == "J":
        maximum, step = Fraction(WORLDSKILLS_MARK_MAX), Fraction(1)
    problem = mark_problem(aspect.code, value, maximum, step)
    if problem is not None:
        raise ValidationFailed({"value": problem})


def _store(session: Session, mark: MarkInput) -> int:
    where = (ScoreMark.contestant_id == mark.contestant_id, ScoreMark.aspect_id == mark.aspect_id,
             ScoreMark.judge_id.is_(None) if mark.judge_id is None else ScoreMark.judge_id == mark.judge_id)
    existing = session.scalars(select(ScoreMark).where(*where)).all()
    if mark.seen is not UNCHECKED:
        stored = Fraction(existing[0].value_centi, 100) if len(existing) == 1 else None
        if stored != mark.seen:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "This mark was changed at another workstation meanwhile (it is now {now}): look "
                            "at the sheet again, then enter your mark if it is still needed."),
                now="—" if stored is None else decimal_text(stored)))
    if mark.value is None:
        if existing:
            session.execute(delete(ScoreMark).where(*where))
            return 1
        return 0
    centi = int(mark.value * 100)
    if len(existing) == 1:  # changed in place: a delete and an insert would meet the unique index
        if existing[0].value_centi == centi:
            return 0
        existing[0].value_centi, existing[0].entered_at = centi, utcnow()
        return 1
    if existing:
        session.execute(delete(ScoreMark).where(*where))
    session.add(ScoreMark(contestant_id=mark.contestant_id, aspect_id=mark.aspect_id, judge_id=mark.judge_id,
                          value_centi=centi, entered_at=utcnow()))
    return 1


def list_marks(ctx: ServiceContext, event_id: int, judge_id: int | None = None) -> list[MarkCell]:
    """The event's marks (one judge's and the measurements when `judge_id` is given)."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        get_event_record(session, event_id)
        statement = (select(ScoreMark.contestant_id, ScoreMark.aspect_id, ScoreMark.judge_id, ScoreMark.value_centi)
                     .join(Contestant, Contestant.id == ScoreMark.contestant_id)
                     .where(Contestant.event_id == event_id))
        if judge_id is not None:
            statement = statement.where((ScoreMark.judge_id == judge_id) | ScoreMark.judge_id.is_(None))
        return [MarkCell(c, a, j, Fraction(v, 100)) for c, a, j, v in session.execute(statement)]
