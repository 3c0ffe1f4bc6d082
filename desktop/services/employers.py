"""Employers (单位): name, unified social credit code, county, industry."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.base import utcnow
from db.models import Employer, Trainee
from desktop.domain.errors import NotFound, ValidationFailed
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.catalogue import NameResolver
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.identifiers import credit_code_problem



@dataclass(frozen=True)
class EmployerInput:
    name: str
    credit_code: str = ""
    county: str = ""
    industry: str = ""


@dataclass(frozen=True)
class EmployerRow:
    id: int
    name: str
    credit_code: str
    county: str
    industry: str
    trainees: int
    archived_at: dt.datetime | None


def list_employers(ctx: ServiceContext, search: str = "", include_archived: bool = False) -> list[EmployerRow]:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        counts = (select(Trainee.employer_id, func.count(Trainee.id).label("n"))
                  .where(Trainee.archived_at.is_(None)).group_by(Trainee.employer_id).subquery())
        statement = (select(Employer, func.coalesce(counts.c.n, 0))
                     .outerjoin(counts, counts.c.employer_id == Employer.id).order_by(Employer.name))
        if search:
            statement = statement.where(Employer.name.contains(search, autoescape=True)
                                        | Employer.credit_code.contains(search.upper(), autoescape=True))
        if not include_archived:
            statement = statement.where(Employer.archived_at.is_(None))
        return [_row(e, n) for e, n in session.execute(statement)]


def create_employer(ctx: ServiceContext, data: EmployerInput) -> EmployerRow:
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        name, code = _validated(session, data, None)
        employer = Employer(name=name)
        session.add(employer)
        _assign(session, ctx, employer, data, code)
        audit.record(session, ctx.actor, "create", "employer", employer.id, employer.name,
                     None, _view(employer))
        return _row(employer, 0)


def update_employer(ctx: ServiceContext, employer_id: int, data: EmployerInput) -> EmployerRow:
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        employer = _get(session, employer_id)
        before = _view(employer)
        _name, code = _validated(session, data, employer.id)
        _assign(session, ctx, employer, data, code)
        audit.record(session, ctx.actor, "update", "employer", employer.id, employer.name,
                     before, _view(employer))
        return _row(employer, _trainee_count(session, employer.id))


def set_employer_archived(ctx: ServiceContext, employer_id: int, archived: bool) -> EmployerRow:
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        employer = _get(session, employer_id)
        before = _view(employer)
        employer.archived_at = utcnow() if archived else None
        audit.record(session, ctx.actor, "archive" if archived else "restore", "employer", employer.id,
                     employer.name, before, _view(employer))
        return _row(employer, _trainee_count(session, employer.id))


def _validated(session: Session, data: EmployerInput, own_id: int | None) -> tuple[str, str]:
    """The cleaned name and credit code, or ValidationFailed with a message per field."""
    errors: dict[str, Message] = {}
    name = data.name.strip()
    if not name:
        errors["name"] = message(QT_TRANSLATE_NOOP("Messages", "Enter the employer's name."))
    elif session.scalar(select(func.count(Employer.id))
                        .where(Employer.name == name, Employer.id != (own_id or 0))):
        errors["name"] = message(QT_TRANSLATE_NOOP(
            "Messages", "An employer named {name} is registered already."), name=name)
    problem, code = credit_code_problem(data.credit_code)
    if problem is not None:
        errors["credit_code"] = problem
    elif code and session.scalar(select(func.count(Employer.id))
                                 .where(Employer.credit_code == code, Employer.id != (own_id or 0))):
        errors["credit_code"] = message(QT_TRANSLATE_NOOP(
            "Messages", "Another employer has the credit code {code}."), code=code)
    if errors:
        raise ValidationFailed(errors)
    return name, code


def _assign(session: Session, ctx: ServiceContext, employer: Employer, data: EmployerInput, code: str) -> None:
    employer.name = data.name.strip()
    employer.credit_code = code or None
    employer.county = NameResolver(session, ctx.actor).county(data.county.strip())
    employer.industry = data.industry.strip()
    session.flush()


def _trainee_count(session: Session, employer_id: int) -> int:
    return session.scalar(select(func.count(Trainee.id)).where(
        Trainee.employer_id == employer_id, Trainee.archived_at.is_(None))) or 0


def _get(session: Session, employer_id: int) -> Employer:
    employer = session.get(Employer, employer_id)
    if employer is None:
        raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This employer no longer exists.")))
    return employer


def _view(employer: Employer) -> dict:
    return {"name": employer.name, "credit_code": employer.credit_code,
            "county": employer.county.name if employer.county else None,
            "industry": employer.industry, "archived_at": employer.archived_at}


def _row(employer: Employer, trainees: int) -> EmployerRow:
    return EmployerRow(employer.id, employer.name, employer.credit_code or "",
                       employer.county.name if employer.county else "", employer.industry,
                       trainees, employer.archived_at)
