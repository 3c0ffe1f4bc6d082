"""Who may sit a level: the evidence on record (levels held, years in the occupation,
completed classes, prizes) checked against the occupation's standard, for one person or in
bulk ("who is eligible for level N in occupation X today")."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from db.models import (
    Certificate,
    Enrolment,
    Occupation,
    OccupationStart,
    SkillLevel,
    Trainee,
    TrainingClass,
    trainee_occupations,
)
from desktop.domain.appraisal import LEVELS, Eligibility, Evidence, check_eligibility
from desktop.domain.errors import NotFound, ValidationFailed
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.domain.people import mask_id_number
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.appraisal_settings import standard_in
from desktop.services.context import ServiceContext, unit_of_work

CHUNK = 500


@dataclass(frozen=True)
class EligibleRow:
    trainee_id: int
    name: str
    id_number: str  # masked
    employer: str
    held: int | None  # the highest level held in the occupation
    route: str  # the route that holds, in Chinese


def occupation_by_code_or_name(session: Session, text: str) -> Occupation:
    text = text.strip()
    found = session.scalars(select(Occupation).where((Occupation.code == text) | (Occupation.name == text))).first()
    if found is None:
        raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "No occupation has the code or name {text}."), text=text))
    return found


def check_level(level: int) -> None:
    if level not in LEVELS:
        raise ValidationFailed({"level": message(QT_TRANSLATE_NOOP("Messages", "Choose a skill level from 5 to 1."))})


def evidence_for(session: Session, trainee_ids: list[int], occupation: Occupation) -> dict[int, Evidence]:
    """Each person's evidence in the occupation, a few queries per chunk of people."""
    found: dict[int, Evidence] = {}
    for start in range(0, len(trainee_ids), CHUNK):
        chunk = trainee_ids[start:start + CHUNK]
        since = dict(session.execute(select(OccupationStart.trainee_id, OccupationStart.since).where(
            OccupationStart.occupation_id == occupation.id, OccupationStart.trainee_id.in_(chunk))).all())
        levels: dict[int, dict[int, dt.date]] = defaultdict(dict)
        for trainee_id, level, on in session.execute(select(SkillLevel.trainee_id, SkillLevel.level, SkillLevel.obtained_on)
                                                     .where(SkillLevel.occupation_id == occupation.id,
                                                            SkillLevel.trainee_id.in_(chunk))):
            held = levels[trainee_id]
            held[level] = min(on, held.get(level, on))
        training: dict[int, set[int]] = defaultdict(set)
        for trainee_id, level in session.execute(
                select(Enrolment.trainee_id, TrainingClass.target_level)
                .join(TrainingClass, TrainingClass.id == Enrolment.class_id)
                .where(TrainingClass.occupation_id == occupation.id, Enrolment.completed_at.is_not(None),
                       Enrolment.trainee_id.in_(chunk))):
            training[trainee_id].add(level)
        prizes: dict[int, list[str]] = defaultdict(list)
        for trainee_id, award, values in session.execute(
                select(Certificate.trainee_id, Certificate.detail, Certificate.printed_values)
                .where(Certificate.kind == "award", Certificate.status.in_(("issued", "replaced")),
                       Certificate.trainee_id.in_(chunk))):
            if (values or {}).get("occupation") == occupation.name:
                prizes[trainee_id].append(award)
        for trainee_id in chunk:
            found[trainee_id] = Evidence(since.get(trainee_id), levels.get(trainee_id, {}),
                                         frozenset(training.get(trainee_id, ())), tuple(prizes.get(trainee_id, ())))
    return found


def eligibility_in(session: Session, trainee_id: int, occupation: Occupation, level: int,
                   today: dt.date) -> Eligibility:
    evidence = evidence_for(session, [trainee_id], occupation)[trainee_id]
    return check_eligibility(standard_in(session, occupation.code), level, evidence, today)


def check_person(ctx: ServiceContext, trainee_id: int, occupation: str, level: int,
                 today: dt.date | None = None) -> Eligibility:
    """May this person sit the level: the route that holds, or what each route lacks."""
    check_level(level)
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        if session.get(Trainee, trainee_id) is None:
            raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This trainee no longer exists.")))
        return eligibility_in(session, trainee_id, occupation_by_code_or_name(session, occupation), level,
                              today or dt.date.today())


def people_of_occupation(session: Session, occupation_id: int) -> list[int]:
    """Everyone with any tie to the occupation: registered in it, holding a level, a start
    date, a completed class in it (active trainees only)."""
    ties = union(
        select(trainee_occupations.c.trainee_id).where(trainee_occupations.c.occupation_id == occupation_id),
        select(SkillLevel.trainee_id).where(SkillLevel.occupation_id == occupation_id),
        select(OccupationStart.trainee_id).where(OccupationStart.occupation_id == occupation_id),
        select(Enrolment.trainee_id).join(TrainingClass, TrainingClass.id == Enrolment.class_id)
        .where(TrainingClass.occupation_id == occupation_id, Enrolment.completed_at.is_not(None)),
    ).subquery()
    return list(session.scalars(select(Trainee.id).where(Trainee.id.in_(select(ties.c[0])),
                                                         Trainee.archived_at.is_(None)).order_by(Trainee.name)))


def eligible_in(session: Session, occupation: Occupation, level: int, today: dt.date) -> list[EligibleRow]:
    standard = standard_in(session, occupation.code)
    people = people_of_occupation(session, occupation.id)
    evidence = evidence_for(session, people, occupation)
    chosen = {}
    for trainee_id in people:
        answer = check_eligibility(standard, level, evidence[trainee_id], today)
        if answer.eligible:
            chosen[trainee_id] = answer
    rows = []
    for start in range(0, len(people), CHUNK):
        chunk = [p for p in people[start:start + CHUNK] if p in chosen]
        for trainee in session.scalars(select(Trainee).where(Trainee.id.in_(chunk)).order_by(Trainee.name, Trainee.id)):
            held = evidence[trainee.id].levels
            rows.append(EligibleRow(trainee.id, trainee.name, mask_id_number(trainee.id_number),
                                    trainee.employer.name if trainee.employer else "",
                                    min(held) if held else None, chosen[trainee.id].route_label))
    return rows


def eligible_people(ctx: ServiceContext, occupation: str, level: int, today: dt.date | None = None) -> list[EligibleRow]:
    check_level(level)
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return eligible_in(session, occupation_by_code_or_name(session, occupation), level, today or dt.date.today())


def set_occupation_start(ctx: ServiceContext, trainee_id: int, occupation: str, since: dt.date | None) -> None:
    """Since when the person works in the occupation (None forgets it)."""
    if since is not None and since > dt.date.today():
        raise ValidationFailed({"since": message(QT_TRANSLATE_NOOP("Messages", "The date cannot be in the future."))})
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        trainee = session.get(Trainee, trainee_id)
        if trainee is None:
            raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This trainee no longer exists.")))
        found = occupation_by_code_or_name(session, occupation)
        row = session.scalars(select(OccupationStart).where(OccupationStart.trainee_id == trainee_id,
                                                            OccupationStart.occupation_id == found.id)).one_or_none()
        before = {"since": row.since} if row else None
        if since is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(OccupationStart(trainee_id=trainee_id, occupation_id=found.id, since=since))
        else:
            row.since = since
        audit.record(session, ctx.actor, "update", "occupation_start", trainee_id, f"{trainee.name} {found.name}",
                     before, {"since": since} if since else None)


def occupation_start(ctx: ServiceContext, trainee_id: int, occupation: str) -> dt.date | None:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        found = occupation_by_code_or_name(session, occupation)
        return session.scalar(select(OccupationStart.since).where(OccupationStart.trainee_id == trainee_id,
                                                                  OccupationStart.occupation_id == found.id))
