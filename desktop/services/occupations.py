"""The occupation (工种) catalogue: code, name, category and the skill levels offered."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.base import utcnow
from db.models import Occupation, Trainee, trainee_occupations
from desktop.domain.errors import NotFound, ValidationFailed
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from desktop.domain.occupations import ALL_LEVELS, code_problem, levels_problem, ordered_levels
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.context import ServiceContext, unit_of_work


@dataclass(frozen=True)
class OccupationInput:
    name: str
    code: str = ""
    category: str = ""
    levels: list[int] = field(default_factory=lambda: list(ALL_LEVELS))


@dataclass(frozen=True)
class OccupationRow:
    id: int
    code: str
    name: str
    category: str
    levels: list[int]
    trainees: int
    archived_at: dt.datetime | None


def list_occupations(ctx: ServiceContext, search: str = "", include_archived: bool = False) -> list[OccupationRow]:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        holders = (select(trainee_occupations.c.occupation_id, func.count().label("n"))
                   .join(Trainee, Trainee.id == trainee_occupations.c.trainee_id)
                   .where(Trainee.archived_at.is_(None))
                   .group_by(trainee_occupations.c.occupation_id).subquery())
        statement = (select(Occupation, func.coalesce(holders.c.n, 0))
                     .outerjoin(holders, holders.c.occupation_id == Occupation.id)
                     .order_by(Occupation.code.is_(None), Occupation.code, Occupation.name))
        text = search.strip()
        if text:
            statement = statement.where(Occupation.name.contains(text, autoescape=True)
                                        | Occupation.code.contains(text, autoescape=True)
                                        | Occupation.category.contains(text, autoescape=True))
        if not include_archived:
            statement = statement.where(Occupation.archived_at.is_(None))
        return [_row(o, n) for o, n in session.execute(statement)]


def create_occupation(ctx: ServiceContext, data: OccupationInput) -> OccupationRow:
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        _check(session, data, None)
        occupation = Occupation(name=data.name.strip())
        _assign(occupation, data)
        session.add(occupation)
        session.flush()
        audit.record(session, ctx.actor, "create", "occupation", occupation.id, occupation.name, None,
                     _view(occupation))
        return _row(occupation, 0)


def update_occupation(ctx: ServiceContext, occupation_id: int, data: OccupationInput) -> OccupationRow:
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        occupation = _get(session, occupation_id)
        _check(session, data, occupation.id)
        before = _view(occupation)
        _assign(occupation, data)
        audit.record(session, ctx.actor, "update", "occupation", occupation.id, occupation.name, before,
                     _view(occupation))
        return _row(occupation, _holders(session, occupation.id))


def set_occupation_archived(ctx: ServiceContext, occupation_id: int, archived: bool) -> OccupationRow:
    """Archived occupations leave the choices; trainees keep them in their records."""
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        occupation = _get(session, occupation_id)
        before = _view(occupation)
        occupation.archived_at = utcnow() if archived else None
        audit.record(session, ctx.actor, "archive" if archived else "restore", "occupation", occupation.id,
                     occupation.name, before, _view(occupation))
        return _row(occupation, _holders(session, occupation.id))


def _check(session: Session, data: OccupationInput, own_id: int | None) -> None:
    errors: dict[str, Message] = {}
    name, code = data.name.strip(), data.code.strip()
    if not name:
        errors["name"] = message(QT_TRANSLATE_NOOP("Messages", "Enter the occupation's name."))
    elif session.scalar(select(func.count(Occupation.id)).where(Occupation.name == name, Occupation.id != (own_id or 0))):
        errors["name"] = message(QT_TRANSLATE_NOOP("Messages", "The occupation {name} exists already."), name=name)
    if (problem := code_problem(code)) is not None:
        errors["code"] = problem
    elif code and session.scalar(select(func.count(Occupation.id))
                                 .where(Occupation.code == code, Occupation.id != (own_id or 0))):
        errors["code"] = message(QT_TRANSLATE_NOOP("Messages", "Another occupation has the code {code}."), code=code)
    if (problem := levels_problem(data.levels)) is not None:
        errors["levels"] = problem
    if errors:
        raise ValidationFailed(errors)


def _assign(occupation: Occupation, data: OccupationInput) -> None:
    occupation.name = data.name.strip()
    occupation.code = data.code.strip() or None
    occupation.category = data.category.strip()
    occupation.levels = ordered_levels(data.levels)


def _holders(session: Session, occupation_id: int) -> int:
    return session.scalar(select(func.count()).select_from(trainee_occupations)
                          .join(Trainee, Trainee.id == trainee_occupations.c.trainee_id)
                          .where(trainee_occupations.c.occupation_id == occupation_id,
                                 Trainee.archived_at.is_(None))) or 0


def _get(session: Session, occupation_id: int) -> Occupation:
    occupation = session.get(Occupation, occupation_id)
    if occupation is None:
        raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This occupation no longer exists.")))
    return occupation


def _view(o: Occupation) -> dict:
    return {"code": o.code, "name": o.name, "category": o.category, "levels": list(o.levels or []),
            "archived_at": o.archived_at}


def _row(o: Occupation, trainees: int) -> OccupationRow:
    return OccupationRow(o.id, o.code or "", o.name, o.category, list(o.levels or ALL_LEVELS), trainees, o.archived_at)
