"""Appeals (申诉) against an event's published results and the arbitration group's rulings.

A contestant's written appeal is recorded within the event's deadline: `appeal_hours` (2 by
default) after the results were *first* published — a re-publication after a ruling does not
open a new window. A ruling dismisses the appeal or upholds it; an upheld ruling may change
marks. Those changes are the one way a published event's marks change: each is recorded with
the mark before and after, appended to the event's mark chain (source ARBITRATION) and the
results are re-published as the next version (desktop.services.result_versions). Award
certificates already issued are left alone: `result_versions.version_changes` tells staff whose
prize changed, and they revoke or re-issue on the certificates page.

Staff and administrators record appeals and rulings, and so does the event's chief judge."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.base import utcnow
from db.models import (
    Appeal,
    AppealChange,
    CompetitionEvent,
    Contestant,
    Judge,
    ResultVersion,
    SchemeAspect,
    ScoreMark,
    ScoreSheet,
)
from desktop.domain.competition_scoring import WORLDSKILLS_MARK_MAX
from desktop.domain.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from desktop.domain.roles import Permission
from desktop.services import audit, mark_chain
from desktop.services.competition_marks import UNCHECKED, MarkInput, check_value
from desktop.services.competition_panel import has_panel, is_chief_of
from desktop.services.competition_results import results_in
from desktop.services.competitions import competition_id_of, contestant_rows, get_event_record, lock_event
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.result_versions import ensure_first_version, local_time_text, record_version

# The mark chain's source for marks a ruling changed. The chain's column holds ten characters,
# so not "arbitration": "arbitrator" names who changed the mark, like staff, judge and recorder.
ARBITRATION = "arbitrator"
# Workstations' clocks differ a little: a time lodged this far ahead of ours is still "now".
CLOCK_SKEW = dt.timedelta(minutes=5)
RECORDING_GRACE = dt.timedelta(hours=12)  # an appeal lodged in time is typed in the same day


@dataclass(frozen=True)
class AppealWindow:
    published_at: dt.datetime  # UTC: the first publication
    deadline: dt.datetime  # UTC
    hours: int

    def open_at(self, moment: dt.datetime) -> bool:
        return self.published_at <= moment <= self.deadline


@dataclass(frozen=True)
class ChangeRow:
    contestant: str  # number and name
    aspect: str  # code
    judge: str  # label, "" for a measurement
    before: Fraction | None
    after: Fraction | None


@dataclass(frozen=True)
class AppealRow:
    id: int
    event_id: int
    contestant_id: int
    number: str  # drawn number, else entry number
    name: str
    reason: str
    lodged_by: str
    lodged_at: dt.datetime  # UTC
    recorded_by: str
    state: str  # lodged, upheld, dismissed
    ruling: str
    ruled_at: dt.datetime | None
    ruled_by: str
    changes: tuple[ChangeRow, ...]
    version: int | None  # the result version the ruling published, if it changed marks


@dataclass(frozen=True)
class AspectChoice:
    id: int
    code: str
    text: str  # criterion / sub-criterion / aspect
    kind: str  # M or J
    maximum: Fraction
    step: Fraction


@dataclass(frozen=True)
class RulingChoices:
    """What a ruling may change: the marks as they stand, and who may have them."""
    appeal: AppealRow
    contestants: list[tuple[int, str]]  # id, "number name": the present ones
    aspects: list[AspectChoice]
    judges: dict[int, list[tuple[int, str]]]  # contestant → (judge id, label) who mark them
    marks: dict[tuple[int, int, int | None], Fraction]  # (contestant, aspect, judge) → mark


# -- reading -------------------------------------------------------------------------------------

def appeal_window(ctx: ServiceContext, event_id: int) -> AppealWindow | None:
    """When appeals may be lodged; None until the results are published."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return _window(get_event_record(session, event_id))


def _window(event: CompetitionEvent) -> AppealWindow | None:
    if event.status != "published" or event.published_at is None:
        return None
    return AppealWindow(event.published_at, event.published_at + dt.timedelta(hours=event.appeal_hours),
                        event.appeal_hours)


def list_appeals(ctx: ServiceContext, event_id: int) -> list[AppealRow]:
    """The event's appeals in the order lodged, each with the marks its ruling changed."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        get_event_record(session, event_id)
        return _appeal_rows(session, event_id)


def _appeal_rows(session: Session, event_id: int, appeal_id: int | None = None) -> list[AppealRow]:
    statement = select(Appeal).where(Appeal.event_id == event_id).order_by(Appeal.lodged_at, Appeal.id)
    if appeal_id is not None:
        statement = statement.where(Appeal.id == appeal_id)
    appeals = session.scalars(statement).all()
    people = {c.id: c for c in contestant_rows(session, event_id)}
    codes = dict(session.execute(select(SchemeAspect.id, SchemeAspect.code)
                                 .where(SchemeAspect.event_id == event_id)).all())
    versions = dict(session.execute(select(ResultVersion.appeal_id, ResultVersion.version)
                                    .where(ResultVersion.event_id == event_id,
                                           ResultVersion.appeal_id.is_not(None))).all())
    recorded = session.scalars(select(AppealChange).where(AppealChange.appeal_id.in_([a.id for a in appeals]))
                               .order_by(AppealChange.id)).all()
    judge_ids = {c.judge_id for c in recorded if c.judge_id is not None}
    labels = dict(session.execute(select(Judge.id, Judge.label).where(Judge.id.in_(judge_ids))).all()) \
        if judge_ids else {}
    changes: dict[int, list[ChangeRow]] = {}
    for change in recorded:
        person = people[change.contestant_id]
        changes.setdefault(change.appeal_id, []).append(ChangeRow(
            f"{_number(person)} {person.name}", codes.get(change.aspect_id, ""), labels.get(change.judge_id, ""),
            _hundredths(change.before_centi), _hundredths(change.after_centi)))
    rows = []
    for a in appeals:
        person = people[a.contestant_id]
        rows.append(AppealRow(a.id, a.event_id, a.contestant_id, _number(person), person.name, a.reason, a.lodged_by,
                              a.lodged_at, a.recorded_by, a.state, a.ruling, a.ruled_at, a.ruled_by,
                              tuple(changes.get(a.id, ())), versions.get(a.id)))
    return rows


def ruling_choices(ctx: ServiceContext, appeal_id: int) -> RulingChoices:
    """The marks of the appeal's event as they stand, for a ruling to change some of them."""
    with unit_of_work(ctx, Permission.ENTER_MARKS) as session:
        appeal = _appeal(session, appeal_id)
        event = get_event_record(session, appeal.event_id)
        _refuse_unless_arbiter(session, ctx, event)
        worldskills = event.preset == "worldskills"  # judgements there are marked 0–3 in steps of 1
        aspects = [AspectChoice(a.id, a.code, " / ".join(p for p in (a.criterion, a.sub_criterion, a.aspect) if p),
                                a.kind, *((Fraction(WORLDSKILLS_MARK_MAX), Fraction(1)) if worldskills and a.kind == "J"
                                          else (Fraction(a.max_centi, 100), Fraction(a.step_centi, 100))))
                   for a in session.scalars(select(SchemeAspect).where(SchemeAspect.event_id == event.id)
                                            .order_by(SchemeAspect.position, SchemeAspect.id))]
        present = [c for c in contestant_rows(session, event.id) if c.status == "present"]
        present.sort(key=lambda c: (len(_number(c)), _number(c)))
        marks: dict[tuple[int, int, int | None], list[int]] = {}
        for c, a, j, v in session.execute(
                select(ScoreMark.contestant_id, ScoreMark.aspect_id, ScoreMark.judge_id, ScoreMark.value_centi)
                .join(Contestant, Contestant.id == ScoreMark.contestant_id).where(Contestant.event_id == event.id)):
            marks.setdefault((c, a, j), []).append(v)
        return RulingChoices(_appeal_rows(session, event.id, appeal_id)[0],
                             [(c.id, f"{_number(c)} {c.name}") for c in present], aspects,
                             _markers(session, event), {key: Fraction(_centi_of(v), 100) for key, v in marks.items()})


def _markers(session: Session, event: CompetitionEvent) -> dict[int, list[tuple[int, str]]]:
    """Contestant → the judges who mark them: the panel less exclusions, else every judge."""
    if has_panel(session, event.id):
        found: dict[int, list[tuple[int, str]]] = {}
        for contestant, judge, label in session.execute(
                select(ScoreSheet.contestant_id, Judge.id, Judge.label).join(Judge, Judge.id == ScoreSheet.judge_id)
                .where(ScoreSheet.event_id == event.id, ScoreSheet.state != "excluded").order_by(Judge.label)):
            found.setdefault(contestant, []).append((judge, label))
        return found
    judges = [(j, label) for j, label in session.execute(
        select(Judge.id, Judge.label).where(Judge.competition_id == competition_id_of(session, event))
        .order_by(Judge.label))]
    return {c: list(judges) for c in session.scalars(select(Contestant.id).where(Contestant.event_id == event.id))}


# -- lodging -------------------------------------------------------------------------------------

def lodge_appeal(ctx: ServiceContext, event_id: int, contestant_id: int, reason: str, lodged_by: str = "",
                 lodged_at: dt.datetime | None = None) -> int:
    """Record a written appeal; its id. `lodged_at` (UTC; naive means UTC; None: now) must lie
    between the first publication of the results and the deadline, `appeal_hours` after it: a
    later re-publication after a ruling does not move the deadline."""
    with unit_of_work(ctx, Permission.ENTER_MARKS) as session:
        event = lock_event(session, event_id)
        _refuse_unless_arbiter(session, ctx, event)
        now = utcnow()
        moment = now if lodged_at is None else _utc(lodged_at)
        window = _window(event)
        if window is None:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "Appeals are lodged against published results: these are not published yet.")))
        contestant = session.get(Contestant, contestant_id)
        errors: dict[str, Message] = {}
        if contestant is None or contestant.event_id != event_id:
            errors["contestant"] = message(QT_TRANSLATE_NOOP("Messages", "Choose a contestant of this event."))
        if not reason.strip():
            errors["reason"] = message(QT_TRANSLATE_NOOP("Messages", "Enter the reason the contestant gives."))
        if moment > now + CLOCK_SKEW:
            errors["lodged_at"] = message(QT_TRANSLATE_NOOP("Messages", "The time lodged cannot be in the future."))
        elif moment < window.published_at:
            errors["lodged_at"] = message(QT_TRANSLATE_NOOP(
                "Messages", "The results were published at {time}: an appeal is lodged after that."),
                time=local_time_text(window.published_at))
        if errors:
            raise ValidationFailed(errors)
        if moment > window.deadline:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "The deadline for appeals was {deadline} ({hours} hours after the results were "
                            "published): this appeal is too late."),
                deadline=local_time_text(window.deadline), hours=window.hours))
        late_record = now > window.deadline + RECORDING_GRACE
        if late_record and not (ctx.actor.is_system or "admin" in ctx.actor.roles):
            # The time lodged is typed in: recorded long after the deadline, it could be anything.
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "The deadline passed more than {hours} hours ago: an appeal lodged in time is "
                            "recorded now by an administrator."), hours=int(RECORDING_GRACE.total_seconds() // 3600)))
        appeal = Appeal(event_id=event_id, contestant_id=contestant_id, reason=reason.strip(),
                        lodged_by=lodged_by.strip(), lodged_at=moment, recorded_by=ctx.actor.username)
        session.add(appeal)
        session.flush()
        audit.record(session, ctx.actor, "lodge_appeal", "appeal", appeal.id,
                     f"{event.name} {_number(contestant)}", None,
                     {"reason": appeal.reason, "lodged_by": appeal.lodged_by, "lodged_at": moment,
                      "recorded_after_deadline": late_record})
        return appeal.id


# -- ruling --------------------------------------------------------------------------------------

def rule_appeal(ctx: ServiceContext, appeal_id: int, upheld: bool, ruling: str,
                changes: Sequence[MarkInput] = ()) -> int | None:
    """Record the arbitration group's ruling. Dismissed: no marks change. Upheld with changes:
    the marks change (each recorded before and after, and appended to the mark chain) and the
    results are re-published as the next version, whose number is returned. Upheld without
    changes (a recount that confirms the marks): no new version, None. A change's `seen`, when
    given, is the mark the screen showed: the ruling is refused if it changed meanwhile."""
    with unit_of_work(ctx, Permission.ENTER_MARKS) as session:
        appeal = _appeal(session, appeal_id)
        event = lock_event(session, appeal.event_id)
        session.refresh(appeal)
        _refuse_unless_arbiter(session, ctx, event)
        if appeal.state != "lodged":
            raise Conflict(message(QT_TRANSLATE_NOOP("Messages", "This appeal has been ruled on already.")))
        errors: dict[str, Message] = {}
        if not ruling.strip():
            errors["ruling"] = message(QT_TRANSLATE_NOOP("Messages", "Enter the ruling of the arbitration group."))
        if changes and not upheld:
            errors["changes"] = message(QT_TRANSLATE_NOOP(
                "Messages", "A dismissed appeal changes no marks: uphold it to change them."))
        if errors:
            raise ValidationFailed(errors)
        now, who = utcnow(), ctx.actor.username
        appeal.state, appeal.ruling, appeal.ruled_at, appeal.ruled_by = \
            ("upheld" if upheld else "dismissed"), ruling.strip(), now, who
        version = None
        if changes:
            ensure_first_version(session, event)  # the results as published, before the marks change
            session.flush()
            chain = _change_marks(session, event, appeal, changes)
            session.flush()
            mark_chain.append(session, event.id, chain, ARBITRATION, who)
            results = results_in(session, event.id)
            missing = [r.contestant.drawn_number or str(r.contestant.entry_number) for r in results.rows
                       if "incomplete" in r.result.flags]
            if missing:
                raise Conflict(message(QT_TRANSLATE_NOOP(
                    "Messages", "After these changes marks are missing for contestants {numbers}."),
                    numbers="、".join(missing)))
            version = record_version(session, event, results, now, who, appeal.ruling, appeal.id).version
            audit.record(session, ctx.actor, "publish", "competition_event", event.id, event.name, None,
                         {"version": version, "appeal": appeal.id})
        audit.record(session, ctx.actor, "rule_appeal", "appeal", appeal.id,
                     f"{event.name} {_number(session.get(Contestant, appeal.contestant_id))}", {"state": "lodged"},
                     {"state": appeal.state, "ruling": appeal.ruling, "marks": len(changes), "version": version})
        return version


def _change_marks(session: Session, event: CompetitionEvent, appeal: Appeal,
                  changes: Sequence[MarkInput]) -> list[mark_chain.Change]:
    """Apply the ruling's changes to the marks (ScoreMark directly: the published event refuses
    the ordinary way of saving marks) and record each; what to append to the chain."""
    aspects = {a.id: a for a in session.scalars(select(SchemeAspect).where(SchemeAspect.event_id == event.id))}
    contestants = {c.id: c for c in session.scalars(select(Contestant).where(Contestant.event_id == event.id))}
    markers = {c: {j for j, _label in judges} for c, judges in _markers(session, event).items()}
    seen_keys: set[tuple[int, int, int | None]] = set()
    chain: list[mark_chain.Change] = []
    for change in changes:
        aspect, contestant = aspects.get(change.aspect_id), contestants.get(change.contestant_id)
        key = (change.contestant_id, change.aspect_id, change.judge_id)
        if aspect is None or contestant is None:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "The event changed on another workstation: reload it and enter the ruling again.")))
        number = contestant.drawn_number or str(contestant.entry_number)
        if contestant.status != "present":
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "Contestant {number} is absent or disqualified and gets no marks."), number=number))
        if aspect.kind == "J" and change.judge_id not in markers.get(contestant.id, set()):
            raise ValidationFailed({"changes": message(QT_TRANSLATE_NOOP(
                "Messages", "Aspect {code} is judged: choose a judge who marks contestant {number}."),
                code=aspect.code, number=number)})
        if aspect.kind == "M" and change.judge_id is not None:
            raise ValidationFailed({"changes": message(QT_TRANSLATE_NOOP(
                "Messages", "Aspect {code} is a measurement: enter its one agreed value, without a judge."),
                code=aspect.code)})
        if key in seen_keys:
            raise ValidationFailed({"changes": message(QT_TRANSLATE_NOOP(
                "Messages", "The mark of contestant {number} for aspect {code} is changed twice: keep one change."),
                number=number, code=aspect.code)})
        seen_keys.add(key)
        if change.value is None:
            raise ValidationFailed({"changes": message(QT_TRANSLATE_NOOP(
                "Messages", "A ruling replaces marks, it does not clear them: enter the mark decided for "
                            "contestant {number}, aspect {code}."), number=number, code=aspect.code)})
        check_value(change.value, aspect, event.preset)
        where = (ScoreMark.contestant_id == change.contestant_id, ScoreMark.aspect_id == change.aspect_id,
                 ScoreMark.judge_id.is_(None) if change.judge_id is None else ScoreMark.judge_id == change.judge_id)
        existing = session.scalars(select(ScoreMark).where(*where)).all()
        before = _centi_of([m.value_centi for m in existing]) if existing else None
        after = int(change.value * 100)
        if change.seen is not UNCHECKED and (None if before is None else Fraction(before, 100)) != change.seen:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "The mark of contestant {number} for aspect {code} changed meanwhile: look at it "
                            "again, then enter the ruling."), number=number, code=aspect.code))
        if len(existing) == 1 and before == after:
            raise ValidationFailed({"changes": message(QT_TRANSLATE_NOOP(
                "Messages", "Contestant {number}, aspect {code}: the new mark is the mark already there."),
                number=number, code=aspect.code)})
        if len(existing) == 1:
            existing[0].value_centi, existing[0].entered_at = after, utcnow()
        else:  # none yet, or several measured values: one agreed value replaces them
            if existing:
                session.execute(delete(ScoreMark).where(*where))
            session.add(ScoreMark(contestant_id=change.contestant_id, aspect_id=change.aspect_id,
                                  judge_id=change.judge_id, value_centi=after, entered_at=utcnow()))
        session.add(AppealChange(appeal_id=appeal.id, contestant_id=change.contestant_id, aspect_id=change.aspect_id,
                                 judge_id=change.judge_id, before_centi=before, after_centi=after))
        chain.append((change.contestant_id, change.aspect_id, change.judge_id, after))
    return chain


# -- helpers -------------------------------------------------------------------------------------

def _appeal(session: Session, appeal_id: int) -> Appeal:
    appeal = session.get(Appeal, appeal_id)
    if appeal is None:
        raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This appeal no longer exists.")))
    return appeal


def _refuse_unless_arbiter(session: Session, ctx: ServiceContext, event: CompetitionEvent) -> None:
    """Staff and administrators record appeals and rulings, and so does the event's chief judge."""
    actor = ctx.actor
    if actor is not None and (actor.may(Permission.EDIT_REGISTRY) or is_chief_of(session, actor, event.id)):
        return
    raise PermissionDenied(message(QT_TRANSLATE_NOOP(
        "Messages", "Only staff or the event's chief judge record appeals and rulings.")))


def _number(contestant) -> str:
    return contestant.drawn_number or str(contestant.entry_number)


def _centi_of(values: list[int]) -> int:
    """One mark of a cell: several measured values count as their mean (to the hundredth)."""
    return values[0] if len(values) == 1 else round(sum(values) / len(values))


def _hundredths(centi: int | None) -> Fraction | None:
    return None if centi is None else Fraction(centi, 100)


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo is None else moment.astimezone(dt.timezone.utc).replace(tzinfo=None)
