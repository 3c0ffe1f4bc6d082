"""The trainee registry: register, edit, archive and restore workers; list them page by page."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from sqlalchemy import Select, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.base import utcnow
from db.models import County, Employer, Honour, Occupation, Trainee, trainee_honours, trainee_occupations
from desktop.domain.errors import Conflict, NotFound, ValidationFailed
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from desktop.domain.people import (
    EDUCATION_LEVELS,
    birth_date_mismatch,
    gender_mismatch,
    mask_id_number,
    name_problem,
    normalise_education,
    normalise_phone,
    phone_problem,
)
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.catalogue import NameResolver
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.identifiers import id_number_problem

MAX_PHOTO_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class TraineeInput:
    """What staff enter for a trainee. Employer, county, occupations and honours go by name."""

    name: str
    id_number: str
    gender: str | None = None  # "M"/"F"; derived from the ID number when None
    birth_date: dt.date | None = None  # checked against the ID number when given
    phone: str = ""
    employer: str = ""
    county: str = ""
    education: str = ""
    occupations: list[str] = field(default_factory=list)
    honours: list[str] = field(default_factory=list)
    notes: str = ""
    photo: bytes | None = None
    union_member: bool = False  # 工会会员: the union-member discount on class fees


@dataclass(frozen=True)
class TraineeDetail:
    id: int
    name: str
    gender: str
    id_number: str
    birth_date: dt.date
    phone: str
    employer: str
    county: str
    education: str
    occupations: list[str]
    honours: list[str]
    notes: str
    photo: bytes | None
    archived_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime
    union_member: bool = False


@dataclass(frozen=True)
class TraineeRow:
    """One line of the list: the ID number is masked."""

    id: int
    name: str
    gender: str
    masked_id: str
    birth_date: dt.date
    phone: str
    employer: str
    county: str
    occupations: str
    honours: str
    archived: bool


class SortKey(str, Enum):
    NAME = "name"
    GENDER = "gender"
    ID_NUMBER = "id_number"
    BIRTH_DATE = "birth_date"
    PHONE = "phone"
    EMPLOYER = "employer"
    COUNTY = "county"
    UPDATED = "updated"


class Status(str, Enum):
    ACTIVE = "active"
    ARCHIVED = "archived"
    ALL = "all"


@dataclass(frozen=True)
class TraineeQuery:
    search: str = ""
    county_id: int | None = None
    employer_id: int | None = None
    occupation_id: int | None = None
    honour_id: int | None = None
    status: Status = Status.ACTIVE
    sort: SortKey = SortKey.NAME
    descending: bool = False
    trainee_id: int | None = None  # just this one (to refresh a row after an edit)


_SORT_COLUMNS = {
    SortKey.NAME: Trainee.name,
    SortKey.GENDER: Trainee.gender,
    SortKey.ID_NUMBER: Trainee.id_number,
    SortKey.BIRTH_DATE: Trainee.birth_date,
    SortKey.PHONE: Trainee.phone,
    SortKey.EMPLOYER: Employer.name,
    SortKey.COUNTY: County.name,
    SortKey.UPDATED: Trainee.updated_at,
}


def _filtered(query: TraineeQuery, statement: Select, with_employer: bool = True) -> Select:
    """Apply the query's filters. The employer join is needed to show, search or sort by it;
    a bare count skips it (on 200,000 rows it costs SQLite twenty times the count itself)."""
    if with_employer or query.search.strip():
        statement = statement.outerjoin(Employer, Trainee.employer_id == Employer.id)
    status = Status(query.status)  # Qt item data hands enums back as plain strings
    if status is Status.ACTIVE:
        statement = statement.where(Trainee.archived_at.is_(None))
    elif status is Status.ARCHIVED:
        statement = statement.where(Trainee.archived_at.is_not(None))
    if query.trainee_id is not None:
        statement = statement.where(Trainee.id == query.trainee_id)
    text = query.search.strip()
    if text:
        statement = statement.where(or_(
            Trainee.name.contains(text, autoescape=True),
            Trainee.id_number.contains(text.upper(), autoescape=True),
            Trainee.phone.contains(text, autoescape=True),
            Employer.name.contains(text, autoescape=True),
        ))
    if query.county_id is not None:
        statement = statement.where(Trainee.county_id == query.county_id)
    if query.employer_id is not None:
        statement = statement.where(Trainee.employer_id == query.employer_id)
    if query.occupation_id is not None:
        statement = statement.where(Trainee.id.in_(
            select(trainee_occupations.c.trainee_id)
            .where(trainee_occupations.c.occupation_id == query.occupation_id)))
    if query.honour_id is not None:
        statement = statement.where(Trainee.id.in_(
            select(trainee_honours.c.trainee_id).where(trainee_honours.c.honour_id == query.honour_id)))
    return statement


def count_trainees(ctx: ServiceContext, query: TraineeQuery) -> int:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        counted = select(func.count(Trainee.id)).select_from(Trainee)
        return session.scalar(_filtered(query, counted, with_employer=False)) or 0


def list_trainees(ctx: ServiceContext, query: TraineeQuery, offset: int = 0, limit: int = 200) -> list[TraineeRow]:
    """One page of the list, filtered and sorted by the database."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return _page(session, query, offset, limit)


def trainee_row(ctx: ServiceContext, trainee_id: int) -> TraineeRow:
    """One trainee as the list shows it (masked ID), whatever its status."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        rows = _page(session, TraineeQuery(status=Status.ALL, trainee_id=trainee_id), 0, 1)
        if not rows:
            raise _gone()
        return rows[0]


def _page(session: Session, query: TraineeQuery, offset: int, limit: int) -> list[TraineeRow]:
    column = _SORT_COLUMNS[SortKey(query.sort)]
    order = [column.desc() if query.descending else column.asc(),
             Trainee.id.desc() if query.descending else Trainee.id.asc()]
    statement = (_filtered(query, select(
        Trainee.id, Trainee.name, Trainee.gender, Trainee.id_number, Trainee.birth_date, Trainee.phone,
        Employer.name, County.name, Trainee.archived_at))
        .outerjoin(County, Trainee.county_id == County.id)
        .order_by(*order).offset(offset).limit(limit))
    rows = session.execute(statement).all()
    ids = [r[0] for r in rows]
    occupations = _names_by_trainee(session, trainee_occupations, Occupation, "occupation_id", ids)
    honours = _names_by_trainee(session, trainee_honours, Honour, "honour_id", ids)
    return [TraineeRow(tid, name, gender, mask_id_number(number), birth, phone, employer or "",
                       county or "", "、".join(occupations.get(tid, [])), "、".join(honours.get(tid, [])),
                       archived is not None)
            for tid, name, gender, number, birth, phone, employer, county, archived in rows]


def _names_by_trainee(session: Session, link, model, key: str, ids) -> dict[int, list[str]]:
    """Names linked to the given trainees; `ids` is a list or a subquery of trainee ids."""
    if isinstance(ids, list) and not ids:
        return {}
    found: dict[int, list[str]] = {}
    statement = (select(link.c.trainee_id, model.name).join(model, link.c[key] == model.id)
                 .where(link.c.trainee_id.in_(ids)).order_by(model.name))
    for trainee_id, name in session.execute(statement):
        found.setdefault(trainee_id, []).append(name)
    return found


@dataclass(frozen=True)
class ExportRecord:
    name: str
    gender: str
    id_number: str
    birth_date: dt.date
    phone: str
    employer: str
    county: str
    education: str
    occupations: list[str]
    honours: list[str]
    notes: str
    union_member: bool


def export_rows(session: Session, query: TraineeQuery) -> list[ExportRecord]:
    """Every trainee the query selects, with full ID numbers, in the list's order."""
    column = _SORT_COLUMNS[SortKey(query.sort)]
    statement = (_filtered(query, select(
        Trainee.id, Trainee.name, Trainee.gender, Trainee.id_number, Trainee.birth_date, Trainee.phone,
        Employer.name, County.name, Trainee.education, Trainee.notes, Trainee.union_member))
        .outerjoin(County, Trainee.county_id == County.id)
        .order_by(column.desc() if query.descending else column.asc(), Trainee.id))
    rows = session.execute(statement).all()
    selected = _filtered(query, select(Trainee.id), with_employer=False).scalar_subquery()
    occupations = _names_by_trainee(session, trainee_occupations, Occupation, "occupation_id", selected)
    honours = _names_by_trainee(session, trainee_honours, Honour, "honour_id", selected)
    return [ExportRecord(name, gender, number, birth, phone, employer or "", county or "", education,
                         occupations.get(tid, []), honours.get(tid, []), notes, member)
            for tid, name, gender, number, birth, phone, employer, county, education, notes, member in rows]


def registered_numbers(session: Session, numbers: list[str]) -> dict[str, tuple[str, bool]]:
    """Which of these ID numbers are registered: number -> (name, archived)."""
    found: dict[str, tuple[str, bool]] = {}
    for start in range(0, len(numbers), 500):
        chunk = numbers[start:start + 500]
        statement = select(Trainee.id_number, Trainee.name, Trainee.archived_at).where(
            Trainee.id_number.in_(chunk))
        for number, name, archived_at in session.execute(statement):
            found[number] = (name, archived_at is not None)
    return found


def get_trainee(ctx: ServiceContext, trainee_id: int) -> TraineeDetail:
    """The whole record, with the full ID number (for the record's own page only)."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return _detail(_get(session, trainee_id))


def create_trainee(ctx: ServiceContext, data: TraineeInput) -> TraineeDetail:
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        trainee = add_trainee(session, ctx, data, NameResolver(session, ctx.actor))
        return _detail(trainee)


def update_trainee(ctx: ServiceContext, trainee_id: int, data: TraineeInput) -> TraineeDetail:
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        trainee = _get(session, trainee_id)
        before = _audit_view(trainee)
        cleaned, errors = check_input(data)
        _refuse_duplicate(session, cleaned, errors, trainee.id)
        if errors:
            raise ValidationFailed(errors)
        _apply(trainee, cleaned, NameResolver(session, ctx.actor))
        _flush_unique(session, cleaned)
        audit.record(session, ctx.actor, "update", "trainee", trainee.id, trainee.name,
                     before, _audit_view(trainee))
        return _detail(trainee)


def set_archived(ctx: ServiceContext, trainee_id: int, archived: bool) -> TraineeDetail:
    """Archive (hide from the list, keep the history) or restore a trainee."""
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        trainee = _get(session, trainee_id)
        before = _audit_view(trainee)
        trainee.archived_at = utcnow() if archived else None
        audit.record(session, ctx.actor, "archive" if archived else "restore", "trainee", trainee.id,
                     trainee.name, before, _audit_view(trainee))
        return _detail(trainee)


def add_trainee(session: Session, ctx: ServiceContext, data: TraineeInput, names: NameResolver) -> Trainee:
    """Validate and insert one trainee inside the caller's unit of work (also used by the import)."""
    cleaned, errors = check_input(data)
    _refuse_duplicate(session, cleaned, errors, None)
    if errors:
        raise ValidationFailed(errors)
    trainee = Trainee()
    _apply(trainee, cleaned, names)
    session.add(trainee)
    _flush_unique(session, cleaned)
    audit.record(session, ctx.actor, "create", "trainee", trainee.id, trainee.name,
                 None, _audit_view(trainee))
    return trainee


def check_input(data: TraineeInput, today: dt.date | None = None) -> tuple[TraineeInput, dict[str, Message]]:
    """Normalise what was entered and collect one message per field that needs fixing."""
    errors: dict[str, Message] = {}
    name = " ".join(data.name.split())
    phone = normalise_phone(data.phone.strip())
    if (problem := name_problem(name)) is not None:
        errors["name"] = problem
    id_problem, facts = id_number_problem(data.id_number, today)
    if id_problem is not None:
        errors["id_number"] = id_problem
    if data.gender not in (None, "", "M", "F"):
        errors["gender"] = message(QT_TRANSLATE_NOOP("Messages", "The gender is 男 or 女."))
    elif facts is not None and (problem := gender_mismatch(data.gender, facts)) is not None:
        errors["gender"] = problem
    if facts is not None and (problem := birth_date_mismatch(data.birth_date, facts)) is not None:
        errors["birth_date"] = problem
    if (problem := phone_problem(phone)) is not None:
        errors["phone"] = problem
    education = normalise_education(data.education)
    if education and education not in EDUCATION_LEVELS:
        errors["education"] = message(QT_TRANSLATE_NOOP(
            "Messages", "The education is one of: {choices}."), choices="、".join(EDUCATION_LEVELS))
    if data.photo is not None and len(data.photo) > MAX_PHOTO_BYTES:
        errors["photo"] = message(QT_TRANSLATE_NOOP(
            "Messages", "The photo is larger than 2 MB; choose a smaller picture."))
    cleaned = TraineeInput(
        name=name, id_number=facts.number if facts else data.id_number.strip(),
        gender=facts.gender if facts else data.gender,
        birth_date=facts.birth_date if facts else data.birth_date, phone=phone,
        employer=data.employer.strip(), county=data.county.strip(), education=education,
        occupations=[o.strip() for o in data.occupations if o.strip()],
        honours=[h.strip() for h in data.honours if h.strip()],
        notes=data.notes.strip(), photo=data.photo, union_member=data.union_member)
    return cleaned, errors


def duplicate_message(name: str, archived: bool) -> Message:
    if archived:
        return message(QT_TRANSLATE_NOOP(
            "Messages", "This ID card number is registered already, to {name} (archived): restore that record instead."),
            name=name)
    return message(QT_TRANSLATE_NOOP(
        "Messages", "This ID card number is registered already, to {name}."), name=name)


def _refuse_duplicate(session: Session, data: TraineeInput, errors: dict[str, Message], own_id: int | None) -> None:
    if "id_number" in errors:
        return
    existing = session.execute(select(Trainee.id, Trainee.name, Trainee.archived_at)
                               .where(Trainee.id_number == data.id_number)).first()
    if existing is not None and existing.id != own_id:
        errors["id_number"] = duplicate_message(existing.name, existing.archived_at is not None)


def _flush_unique(session: Session, data: TraineeInput) -> None:
    # Another workstation may have registered the same number since we looked.
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError as error:
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "This ID card number was just registered at another workstation."))) from error


def _apply(trainee: Trainee, data: TraineeInput, names: NameResolver) -> None:
    county = names.county(data.county)
    trainee.name = data.name
    trainee.id_number = data.id_number
    trainee.gender = data.gender or "M"
    trainee.birth_date = data.birth_date
    trainee.phone = data.phone
    trainee.employer = names.employer(data.employer, county)
    trainee.county = county
    trainee.education = data.education
    trainee.occupations = names.occupations(data.occupations)
    trainee.honours = names.honours(data.honours)
    trainee.notes = data.notes
    trainee.photo = data.photo
    trainee.union_member = data.union_member


def _get(session: Session, trainee_id: int) -> Trainee:
    trainee = session.get(Trainee, trainee_id)
    if trainee is None:
        raise _gone()
    return trainee


def _gone() -> NotFound:
    return NotFound(message(QT_TRANSLATE_NOOP("Messages", "This trainee no longer exists.")))


def _detail(t: Trainee) -> TraineeDetail:
    return TraineeDetail(
        t.id, t.name, t.gender, t.id_number, t.birth_date, t.phone,
        t.employer.name if t.employer else "", t.county.name if t.county else "", t.education,
        [o.name for o in t.occupations], [h.name for h in t.honours], t.notes, t.photo,
        t.archived_at, t.created_at, t.updated_at, t.union_member)


def _audit_view(t: Trainee) -> dict:
    return {
        "name": t.name, "gender": t.gender, "id_number": t.id_number, "birth_date": t.birth_date,
        "phone": t.phone, "employer": t.employer.name if t.employer else None,
        "county": t.county.name if t.county else None, "education": t.education,
        "occupations": [o.name for o in t.occupations], "honours": [h.name for h in t.honours],
        "notes": t.notes, "photo": t.photo, "archived_at": t.archived_at, "union_member": t.union_member,
    }
