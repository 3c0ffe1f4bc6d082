"""Competitions, their stages, teams and judges, and events (赛项) with their scoring rules and
contestants. Marking schemes are in competition_scheme.py, the draw in competition_draw.py,
marks in competition_marks.py and results in competition_results.py."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db.models import (
    COMPETITION_LEVELS,
    Competition,
    CompetitionEvent,
    CompetitionStage,
    Contestant,
    Employer,
    Judge,
    PaperEntry,
    SchemeAspect,
    ScoreMark,
    ScoreSheet,
    Team,
    Trainee,
)
from desktop.domain.competition_scoring import PRESETS, STATUSES, EventRules
from desktop.domain.errors import Conflict, NotFound, ValidationFailed
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.context import ServiceContext, unit_of_work

STAGE_KINDS = ("selection", "preliminary", "final")
TEN_THOUSAND = 10_000


@dataclass(frozen=True)
class CompetitionInput:
    name: str
    year: int
    organiser: str = ""
    level: str = "city"


@dataclass(frozen=True)
class CompetitionRow:
    id: int
    name: str
    year: int
    organiser: str
    level: str
    events: int


@dataclass(frozen=True)
class EventInput:
    name: str
    occupation: str = ""
    stage: str = "final"
    preset: str = "china"
    drop_k: int = 1
    weight_theory: Fraction = Fraction(3, 10)
    weight_practical: Fraction = Fraction(7, 10)
    prizes: tuple[Fraction, Fraction, Fraction] = (Fraction(1, 10), Fraction(2, 10), Fraction(3, 10))
    min_total: Fraction | None = None
    max_per_team: int | None = None
    team_best: int = 3
    appeal_hours: int = 2  # appeals are lodged within this many hours of publication


@dataclass(frozen=True)
class EventRow:
    id: int
    competition_id: int
    competition: str
    year: int
    stage: str
    name: str
    occupation: str
    preset: str
    status: str  # setup, drawn, marking, published; locked: marking over (the chief judge's lock)
    contestants: int
    aspects: int
    draw_seed: str | None
    published_at: dt.datetime | None


@dataclass(frozen=True)
class ContestantInput:
    trainee_id: int
    entry_number: int | None = None  # next free when None
    team: str = ""
    employer: str = ""  # the trainee's employer when blank
    status: str = "present"


@dataclass(frozen=True)
class ContestantRow:
    id: int
    event_id: int
    trainee_id: int
    name: str
    id_number: str
    entry_number: int
    drawn_number: str | None
    workstation: str | None
    team: str
    employer: str
    status: str


# -- competitions ---------------------------------------------------------------------------------

def create_competition(ctx: ServiceContext, data: CompetitionInput) -> int:
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        errors: dict[str, Message] = {}
        if not data.name.strip():
            errors["name"] = message(QT_TRANSLATE_NOOP("Messages", "Enter the competition's name."))
        if not 2000 <= data.year <= 2100:
            errors["year"] = message(QT_TRANSLATE_NOOP("Messages", "Enter the year, e.g. 2026."))
        if data.level not in COMPETITION_LEVELS:
            errors["level"] = message(QT_TRANSLATE_NOOP(
                "Messages", "The level is enterprise, county, city or province."))
        if errors:
            raise ValidationFailed(errors)
        competition = Competition(name=data.name.strip(), year=data.year, organiser=data.organiser.strip(),
                                  level=data.level)
        session.add(competition)
        session.flush()
        audit.record(session, ctx.actor, "create", "competition", competition.id, competition.name)
        return competition.id


def list_competitions(ctx: ServiceContext) -> list[CompetitionRow]:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        counts = dict(session.execute(
            select(CompetitionStage.competition_id, func.count(CompetitionEvent.id))
            .join(CompetitionEvent, CompetitionEvent.stage_id == CompetitionStage.id)
            .group_by(CompetitionStage.competition_id)).all())
        return [CompetitionRow(c.id, c.name, c.year, c.organiser, c.level, counts.get(c.id, 0))
                for c in session.scalars(select(Competition).order_by(Competition.year.desc(), Competition.id.desc()))]


def stage_of(session: Session, competition_id: int, kind: str) -> CompetitionStage:
    """The competition's stage of this kind, made on first use."""
    if kind not in STAGE_KINDS:
        raise ValidationFailed({"stage": message(QT_TRANSLATE_NOOP(
            "Messages", "The stage is selection, preliminary or final."))})
    stage = session.scalars(select(CompetitionStage).where(CompetitionStage.competition_id == competition_id,
                                                           CompetitionStage.kind == kind)).one_or_none()
    if stage is None:
        stage = CompetitionStage(competition_id=competition_id, kind=kind)
        session.add(stage)
        session.flush()
    return stage


def set_advancement(ctx: ServiceContext, competition_id: int, kind: str, top: int | None,
                    min_total: Fraction | None) -> int:
    """Who of this stage goes on: the top N (ties included) and/or everyone at or above a
    total; neither clears the rule. Returns the stage's id."""
    if (top is not None and top < 1) or (min_total is not None and not 0 <= min_total <= 100):
        raise ValidationFailed({"advance": message(QT_TRANSLATE_NOOP(
            "Messages", "Advance at least the top one, or give a total between 0 and 100."))})
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        stage = stage_of(session, competition_id, kind)
        stage.advance_top = top
        stage.advance_min_centi = int(min_total * 100) if min_total is not None else None
        audit.record(session, ctx.actor, "update", "competition_stage", stage.id, kind, None,
                     {"advance_top": top, "advance_min": str(min_total) if min_total is not None else None})
        return stage.id


def advancement_of(ctx: ServiceContext, competition_id: int, kind: str) -> tuple[int | None, Fraction | None]:
    """The stage's rule as saved: (top N, minimum total), each None when not used."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        stage = session.scalars(select(CompetitionStage).where(CompetitionStage.competition_id == competition_id,
                                                               CompetitionStage.kind == kind)).one_or_none()
        if stage is None:
            return None, None
        minimum = Fraction(stage.advance_min_centi, 100) if stage.advance_min_centi is not None else None
        return stage.advance_top, minimum


# -- events ---------------------------------------------------------------------------------------

def create_event(ctx: ServiceContext, competition_id: int, data: EventInput) -> int:
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        if session.get(Competition, competition_id) is None:
            raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This competition no longer exists.")))
        event = add_event(session, competition_id, data)
        audit.record(session, ctx.actor, "create", "competition_event", event.id, event.name)
        return event.id


def add_event(session: Session, competition_id: int, data: EventInput) -> CompetitionEvent:
    """Check and add an event inside the caller's unit of work (also the workbook import)."""
    errors = event_problems(data)
    if errors:
        raise ValidationFailed(errors)
    event = CompetitionEvent(stage_id=stage_of(session, competition_id, data.stage).id, status="setup")
    _assign(event, data)
    session.add(event)
    session.flush()
    return event


def update_event(ctx: ServiceContext, event_id: int, data: EventInput) -> None:
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        event = lock_event(session, event_id)
        refuse_if_published(event)
        errors = event_problems(data)
        if errors:
            raise ValidationFailed(errors)
        before = input_of(event, data.stage)
        scoring = ("preset", "drop_k", "weight_theory", "weight_practical")
        if any(getattr(before, f) != getattr(data, f) for f in scoring) and has_marks(session, event.id):
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "Marks are entered already: the scoring preset, the marks dropped and the weights "
                            "can no longer change.")))
        _assign(event, data)
        problem = weights_problem_of(session, event)
        if problem is not None:
            raise ValidationFailed({"weights": problem})
        audit.record(session, ctx.actor, "update", "competition_event", event.id, event.name,
                     _rules_view(before), _rules_view(data))


def _rules_view(data: EventInput) -> dict:
    return {"name": data.name, "preset": data.preset, "drop_k": data.drop_k, "weight_theory": str(data.weight_theory),
            "weight_practical": str(data.weight_practical), "prizes": [str(p) for p in data.prizes],
            "min_total": str(data.min_total) if data.min_total is not None else None}


def event_problems(data: EventInput) -> dict[str, Message]:
    errors: dict[str, Message] = {}
    if not data.name.strip():
        errors["name"] = message(QT_TRANSLATE_NOOP("Messages", "Enter the event's name."))
    if data.preset not in PRESETS:
        errors["preset"] = message(QT_TRANSLATE_NOOP("Messages", "The scoring preset is china or worldskills."))
    if data.drop_k < 0:
        errors["drop_k"] = message(QT_TRANSLATE_NOOP("Messages", "The number of marks dropped cannot be negative."))
    weights = (data.weight_theory, data.weight_practical)
    if any(w < 0 for w in weights) or sum(weights) != 1:
        errors["weights"] = message(QT_TRANSLATE_NOOP(
            "Messages", "The section weights must add up to 1 (e.g. theory 0.3 and practical 0.7)."))
    if any(p < 0 for p in data.prizes) or sum(data.prizes) > 1:
        errors["prizes"] = message(QT_TRANSLATE_NOOP(
            "Messages", "The prize shares are fractions of the ranked contestants and add up to at most 1."))
    if data.min_total is not None and not 0 <= data.min_total <= 100:
        errors["min_total"] = message(QT_TRANSLATE_NOOP("Messages", "The minimum total is between 0 and 100."))
    if data.max_per_team is not None and data.max_per_team < 1:
        errors["max_per_team"] = message(QT_TRANSLATE_NOOP(
            "Messages", "A team limit is at least one contestant (leave it empty for no limit)."))
    if data.team_best < 1:
        errors["team_best"] = message(QT_TRANSLATE_NOOP("Messages", "A team scores with at least one member."))
    if not 1 <= data.appeal_hours <= 72:
        errors["appeal_hours"] = message(QT_TRANSLATE_NOOP(
            "Messages", "Appeals are lodged within 1 to 72 hours of publication."))
    for name, value in (("weights", weights), ("prizes", data.prizes)):
        if name not in errors and any((v * TEN_THOUSAND).denominator != 1 for v in value):
            errors[name] = message(QT_TRANSLATE_NOOP("Messages", "Use at most four decimals."))
    return errors


def _assign(event: CompetitionEvent, data: EventInput) -> None:
    event.name, event.occupation, event.preset = data.name.strip(), data.occupation.strip(), data.preset
    event.drop_k, event.team_best, event.max_per_team = data.drop_k, data.team_best, data.max_per_team
    event.appeal_hours = data.appeal_hours
    event.weight_theory = int(data.weight_theory * TEN_THOUSAND)
    event.weight_practical = int(data.weight_practical * TEN_THOUSAND)
    event.prize_1, event.prize_2, event.prize_3 = (int(p * TEN_THOUSAND) for p in data.prizes)
    event.min_total_centi = int(data.min_total * 100) if data.min_total is not None else None


def rules_of(event: CompetitionEvent) -> EventRules:
    return EventRules(
        preset=event.preset, drop=event.drop_k,
        weights={"theory": Fraction(event.weight_theory, TEN_THOUSAND),
                 "practical": Fraction(event.weight_practical, TEN_THOUSAND)},
        prize_shares=(Fraction(event.prize_1, TEN_THOUSAND), Fraction(event.prize_2, TEN_THOUSAND),
                      Fraction(event.prize_3, TEN_THOUSAND)),
        min_total=Fraction(event.min_total_centi, 100) if event.min_total_centi is not None else None)


def input_of(event: CompetitionEvent, stage: str) -> EventInput:
    rules = rules_of(event)
    return EventInput(event.name, event.occupation, stage, event.preset, event.drop_k, rules.weights["theory"],
                      rules.weights["practical"], rules.prize_shares, rules.min_total, event.max_per_team,
                      event.team_best, event.appeal_hours)


def get_event(ctx: ServiceContext, event_id: int) -> tuple[EventRow, EventInput]:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        event = get_event_record(session, event_id)
        row = _event_rows(session, select(CompetitionEvent).where(CompetitionEvent.id == event_id))[0]
        return row, input_of(event, row.stage)


def list_events(ctx: ServiceContext, competition_id: int | None = None) -> list[EventRow]:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        statement = select(CompetitionEvent).join(CompetitionStage, CompetitionStage.id == CompetitionEvent.stage_id)
        if competition_id is not None:
            statement = statement.where(CompetitionStage.competition_id == competition_id)
        return _event_rows(session, statement.order_by(CompetitionStage.id, CompetitionEvent.id))


def _event_rows(session: Session, statement) -> list[EventRow]:
    events = session.scalars(statement).all()
    ids = [e.id for e in events]
    people = dict(session.execute(select(Contestant.event_id, func.count(Contestant.id))
                                  .where(Contestant.event_id.in_(ids)).group_by(Contestant.event_id)).all())
    aspects = dict(session.execute(select(SchemeAspect.event_id, func.count(SchemeAspect.id))
                                   .where(SchemeAspect.event_id.in_(ids)).group_by(SchemeAspect.event_id)).all())
    rows = []
    for e in events:
        stage = session.get(CompetitionStage, e.stage_id)
        competition = session.get(Competition, stage.competition_id)
        rows.append(EventRow(e.id, competition.id, competition.name, competition.year, stage.kind, e.name,
                             e.occupation, e.preset,
                             "locked" if e.locked_at is not None and e.status != "published" else e.status,
                             people.get(e.id, 0), aspects.get(e.id, 0),
                             e.draw_seed, e.published_at))
    return rows


def lock_event(session: Session, event_id: int) -> CompetitionEvent:
    """The event, with its row locked until commit (PostgreSQL; SQLite's write lock is
    database-wide): marks, scheme changes, the draw and publication of one event happen one
    after the other, so a status checked is the status acted on."""
    session.execute(update(CompetitionEvent).where(CompetitionEvent.id == event_id)
                    .values(chain_length=CompetitionEvent.chain_length))
    event = get_event_record(session, event_id)
    session.refresh(event)
    return event


def has_marks(session: Session, event_id: int) -> bool:
    """Marks saved, or typed from a paper sheet though not yet agreed: either way the scheme,
    the draw and the scoring rules they were given under stay as they are."""
    if session.scalar(select(ScoreMark.id).join(Contestant, Contestant.id == ScoreMark.contestant_id)
                      .where(Contestant.event_id == event_id).limit(1)) is not None:
        return True
    return session.scalar(select(PaperEntry.id).join(ScoreSheet, ScoreSheet.id == PaperEntry.sheet_id)
                          .where(ScoreSheet.event_id == event_id).limit(1)) is not None


def weights_problem_of(session: Session, event: CompetitionEvent) -> Message | None:
    """An event with both sections in its scheme needs both weights above 0."""
    sections = set(session.scalars(select(SchemeAspect.section).where(SchemeAspect.event_id == event.id)))
    if len(sections) == 2 and (event.weight_theory == 0 or event.weight_practical == 0):
        return message(QT_TRANSLATE_NOOP(
            "Messages", "The event has theory and practical aspects: give each section a weight above 0."))
    return None


def get_event_record(session: Session, event_id: int) -> CompetitionEvent:
    event = session.get(CompetitionEvent, event_id)
    if event is None:
        raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This competition event no longer exists.")))
    return event


def refuse_if_published(event: CompetitionEvent) -> None:
    if event.status == "published":
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "The results of {name} are published: they can no longer change."), name=event.name))


def refuse_if_locked(event: CompetitionEvent) -> None:
    if event.locked_at is not None:
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "The chief judge has locked the marks of {name}: they can no longer change."), name=event.name))


def competition_id_of(session: Session, event: CompetitionEvent) -> int:
    return session.scalar(select(CompetitionStage.competition_id).where(CompetitionStage.id == event.stage_id))


# -- teams, judges and contestants ----------------------------------------------------------------

def team_of(session: Session, competition_id: int, name: str, leader: str = "") -> Team | None:
    """The competition's team of this name, made on first use."""
    name = name.strip()
    if not name:
        return None
    team = session.scalars(select(Team).where(Team.competition_id == competition_id, Team.name == name)).one_or_none()
    if team is None:
        team = Team(competition_id=competition_id, name=name, leader=leader.strip())
        session.add(team)
        session.flush()
    elif leader.strip():
        team.leader = leader.strip()
    return team


def judge_of(session: Session, competition_id: int, label: str, name: str = "") -> Judge:
    """The competition's judge with this label (J1 …), made on first use."""
    label = label.strip()
    judge = session.scalars(select(Judge).where(Judge.competition_id == competition_id,
                                                Judge.label == label)).one_or_none()
    if judge is None:
        judge = Judge(competition_id=competition_id, label=label, name=name.strip())
        session.add(judge)
        session.flush()
    return judge


def add_judge(ctx: ServiceContext, competition_id: int, label: str, name: str = "", chief: bool = False) -> int:
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        if not label.strip():
            raise ValidationFailed({"label": message(QT_TRANSLATE_NOOP(
                "Messages", "Give the judge a label, e.g. J1."))})
        judge = judge_of(session, competition_id, label, name)
        judge.name, judge.is_chief = name.strip() or judge.name, chief
        audit.record(session, ctx.actor, "create", "judge", judge.id, judge.label)
        return judge.id


def list_judges(ctx: ServiceContext, competition_id: int) -> list[tuple[int, str, str, bool]]:
    """(id, label, name, chief) in label order."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return [(j.id, j.label, j.name, j.is_chief) for j in session.scalars(
            select(Judge).where(Judge.competition_id == competition_id).order_by(Judge.label))]


def add_contestants(ctx: ServiceContext, event_id: int, entries: list[ContestantInput]) -> list[int]:
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        event = get_event_record(session, event_id)
        ids = [add_contestant(session, event, entry).id for entry in entries]
        audit.record(session, ctx.actor, "create", "contestant", None, event.name, None, {"contestants": len(ids)})
        return ids


def add_contestant(session: Session, event: CompetitionEvent, entry: ContestantInput) -> Contestant:
    """Check and add one contestant inside the caller's unit of work."""
    refuse_if_published(event)
    if event.drawn_at is not None:
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "The lots of {name} are drawn: add contestants before the draw."), name=event.name))
    trainee = session.get(Trainee, entry.trainee_id)
    if trainee is None:
        raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This trainee no longer exists.")))
    if entry.status not in STATUSES:
        raise ValidationFailed({"status": message(QT_TRANSLATE_NOOP(
            "Messages", "The status is present, absent or disqualified."))})
    if session.scalar(select(Contestant.id).where(Contestant.event_id == event.id,
                                                  Contestant.trainee_id == trainee.id)) is not None:
        raise Conflict(message(QT_TRANSLATE_NOOP("Messages", "{name} is entered in this event already."),
                               name=trainee.name))
    competition_id = competition_id_of(session, event)
    team = team_of(session, competition_id, entry.team)
    if team is not None and event.max_per_team is not None:
        members = session.scalar(select(func.count(Contestant.id)).where(Contestant.event_id == event.id,
                                                                         Contestant.team_id == team.id)) or 0
        if members >= event.max_per_team:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "{team} has {count} contestants in this event already, the most it may enter."),
                team=team.name, count=members))
    employer_id = trainee.employer_id
    if entry.employer.strip():
        found = session.scalar(select(Employer.id).where(Employer.name == entry.employer.strip()))
        if found is None:
            found_employer = Employer(name=entry.employer.strip(), industry="")
            session.add(found_employer)
            session.flush()
            found = found_employer.id
        employer_id = found
    number = entry.entry_number
    if number is None:
        number = (session.scalar(select(func.max(Contestant.entry_number)).where(Contestant.event_id == event.id))
                  or 0) + 1
    elif session.scalar(select(Contestant.id).where(Contestant.event_id == event.id,
                                                    Contestant.entry_number == number)) is not None:
        raise Conflict(message(QT_TRANSLATE_NOOP("Messages", "Entry number {number} is taken in this event."),
                               number=number))
    contestant = Contestant(event_id=event.id, trainee_id=trainee.id, team_id=team.id if team else None,
                            employer_id=employer_id, entry_number=number, status=entry.status)
    session.add(contestant)
    session.flush()
    return contestant


def set_contestant_status(ctx: ServiceContext, contestant_id: int, status: str) -> None:
    """Present, absent (did not come) or disqualified (a rule broken): the last two are not ranked."""
    if status not in STATUSES:
        raise ValidationFailed({"status": message(QT_TRANSLATE_NOOP(
            "Messages", "The status is present, absent or disqualified."))})
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        contestant = session.get(Contestant, contestant_id)
        if contestant is None:
            raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This contestant no longer exists.")))
        event = lock_event(session, contestant.event_id)
        refuse_if_published(event)
        refuse_if_locked(event)
        before = contestant.status
        contestant.status = status
        audit.record(session, ctx.actor, "update", "contestant", contestant.id, "", {"status": before},
                     {"status": status})


def list_contestants(ctx: ServiceContext, event_id: int) -> list[ContestantRow]:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return contestant_rows(session, event_id)


def contestant_rows(session: Session, event_id: int) -> list[ContestantRow]:
    rows = session.connection().execute(
        select(Contestant.id, Contestant.event_id, Contestant.trainee_id, Trainee.name, Trainee.id_number,
               Contestant.entry_number, Contestant.drawn_number, Contestant.workstation, Team.name, Employer.name,
               Contestant.status)
        .join(Trainee, Trainee.id == Contestant.trainee_id)
        .outerjoin(Team, Team.id == Contestant.team_id)
        .outerjoin(Employer, Employer.id == Contestant.employer_id)
        .where(Contestant.event_id == event_id).order_by(Contestant.entry_number))
    return [ContestantRow(*row[:8], row[8] or "", row[9] or "", row[10]) for row in rows]
