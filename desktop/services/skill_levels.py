"""The skill levels people hold (职业技能等级), per occupation: recorded by hand here; the
appraisal area adds the levels its batches award and imports of older records."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import SKILL_LEVEL_ROUTES, Occupation, SkillLevel, Trainee
from desktop.domain.errors import NotFound, ValidationFailed
from desktop.domain.levels import LEVEL_NAMES
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.context import ServiceContext, unit_of_work


@dataclass(frozen=True)
class SkillLevelRow:
    id: int
    trainee_id: int
    occupation_id: int
    occupation: str
    level: int
    obtained_on: dt.date
    certificate_number: str
    issuing_body: str
    route: str


def record_level(ctx: ServiceContext, trainee_id: int, occupation: str, level: int, obtained_on: dt.date,
                 certificate_number: str = "", issuing_body: str = "", route: str = "manual") -> SkillLevelRow:
    """Record a level a person holds (by hand: from a certificate they show)."""
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        trainee = session.get(Trainee, trainee_id)
        if trainee is None:
            raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This trainee no longer exists.")))
        found = session.scalars(select(Occupation).where(Occupation.name == occupation.strip())).one_or_none()
        errors: dict[str, Message] = {}
        if found is None:
            errors["occupation"] = message(QT_TRANSLATE_NOOP("Messages", "Choose an occupation from the catalogue."))
        if level not in LEVEL_NAMES:
            errors["level"] = message(QT_TRANSLATE_NOOP("Messages", "Choose a skill level from 5 to 1."))
        if obtained_on > dt.date.today():
            errors["obtained_on"] = message(QT_TRANSLATE_NOOP("Messages", "The date cannot be in the future."))
        if route not in SKILL_LEVEL_ROUTES:
            errors["route"] = message(QT_TRANSLATE_NOOP("Messages", "Unknown way of obtaining a level: {route}."),
                                      route=route)
        if errors:
            raise ValidationFailed(errors)
        row = SkillLevel(trainee_id=trainee.id, occupation_id=found.id, level=level, obtained_on=obtained_on,
                         certificate_number=certificate_number.strip(), issuing_body=issuing_body.strip(),
                         route=route)
        session.add(row)
        session.flush()
        audit.record(session, ctx.actor, "create", "skill_level", row.id, f"{trainee.name} {found.name} {LEVEL_NAMES[level]}",
                     None, {"trainee": trainee.name, "occupation": found.name, "level": level,
                            "obtained_on": obtained_on, "certificate_number": row.certificate_number,
                            "issuing_body": row.issuing_body, "route": route})
        return _row(row)


def list_levels(ctx: ServiceContext, trainee_id: int) -> list[SkillLevelRow]:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return levels_of(session, trainee_id)


def levels_of(session: Session, trainee_id: int) -> list[SkillLevelRow]:
    """Every level the person holds, newest first."""
    statement = (select(SkillLevel).where(SkillLevel.trainee_id == trainee_id)
                 .order_by(SkillLevel.obtained_on.desc(), SkillLevel.id.desc()))
    return [_row(level) for level in session.scalars(statement)]


def highest_level(session: Session, trainee_id: int, occupation_id: int | None) -> int | None:
    """The highest level held (the smallest number) in the occupation, in any occupation when
    None; None when no level is recorded."""
    statement = select(func.min(SkillLevel.level)).where(SkillLevel.trainee_id == trainee_id)
    if occupation_id is not None:
        statement = statement.where(SkillLevel.occupation_id == occupation_id)
    return session.scalar(statement)


def _row(level: SkillLevel) -> SkillLevelRow:
    return SkillLevelRow(level.id, level.trainee_id, level.occupation_id, level.occupation.name, level.level,
                         level.obtained_on, level.certificate_number, level.issuing_body, level.route)
