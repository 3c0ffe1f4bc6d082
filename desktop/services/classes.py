"""Training classes (培训班): the record, its sessions, discounts and completion rule, and the
class list filtered and paged in SQL. Seats and sign-ups are in signups.py."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from sqlalchemy import Select, case, func, literal, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.base import utcnow
from db.models import Attendance, ClassSession, Enrolment, Occupation, TrainingClass
from desktop.domain.errors import Conflict, NotFound, ValidationFailed
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from desktop.domain.roles import Permission
from desktop.domain.training import ClassStatus, class_status
from desktop.services import audit
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.fees import refresh_unpaid_fees
from desktop.services.sequences import next_serial
from desktop.services.signups import count_with_status, lock_class, promote_waiting

MAX_SESSION_MINUTES = 12 * 60


@dataclass(frozen=True)
class SessionInput:
    on_date: dt.date
    starts_at: dt.time
    minutes: int
    topic: str = ""
    id: int | None = None  # an existing session being changed (its attendance marks stay)


@dataclass(frozen=True)
class ClassInput:
    title: str
    occupation: str  # by name, from the catalogue
    target_level: int
    capacity: int
    signup_opens_at: dt.datetime  # UTC, naive
    signup_closes_at: dt.datetime
    teachers: str = ""
    venue: str = ""
    fee: int = 0  # yuan
    honour_discount_pct: int = 0
    union_discount_pct: int = 0
    min_attendance_pct: int = 80
    requires_assessment: bool = True
    sessions: list[SessionInput] = field(default_factory=list)
    code: str = ""  # blank: the next PX<year>-<serial>


@dataclass(frozen=True)
class ClassRow:
    id: int
    code: str
    title: str
    occupation: str
    target_level: int
    capacity: int
    placed: int
    waiting: int
    fee: int
    signup_opens_at: dt.datetime
    signup_closes_at: dt.datetime
    first_session_on: dt.date | None
    last_session_on: dt.date | None
    status: ClassStatus
    teachers: str
    venue: str


@dataclass(frozen=True)
class ClassDetail:
    row: ClassRow
    data: ClassInput
    session_ids: list[int]


class ClassSort(str, Enum):
    OPENS = "opens"  # newest sign-up window first
    CODE = "code"
    TITLE = "title"


@dataclass(frozen=True)
class ClassQuery:
    search: str = ""  # code, title, teacher or venue
    status: ClassStatus | None = None
    occupation_id: int | None = None
    sort: ClassSort = ClassSort.OPENS


def create_class(ctx: ServiceContext, data: ClassInput) -> int:
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        occupation = _check(session, data, None)
        code = data.code.strip() or _next_code(session)
        course = TrainingClass(code=code, occupation_id=occupation.id, seat_version=0)
        _assign(course, data)
        session.add(course)
        _flush_code(session, code)
        _set_sessions(session, course, data.sessions)
        audit.record(session, ctx.actor, "create", "training_class", course.id, f"{course.code} {course.title}",
                     None, _view(course))
        return course.id


def update_class(ctx: ServiceContext, class_id: int, data: ClassInput) -> list[str]:
    """Save the changes; a larger capacity places the first waiting people at once. Returns
    their names so the desk can tell them."""
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        course = lock_class(session, class_id)
        if course.cancelled_at is not None:
            raise Conflict(message(QT_TRANSLATE_NOOP("Messages", "This class is cancelled already.")))
        _check(session, data, course)
        placed = count_with_status(session, course.id, "placed")
        if data.capacity < placed:
            raise ValidationFailed({"capacity": message(QT_TRANSLATE_NOOP(
                "Messages", "{count} trainees hold places in this class: withdraw some before "
                            "lowering the capacity below {count}."), count=placed)})
        before = _view(course)
        pricing = (course.fee, course.honour_discount_pct, course.union_discount_pct)
        _assign(course, data)
        if data.code.strip():
            course.code = data.code.strip()
            _flush_code(session, course.code)
        _set_sessions(session, course, data.sessions)
        if pricing != (course.fee, course.honour_discount_pct, course.union_discount_pct):
            refresh_unpaid_fees(session, course)  # a new price applies to those who have not paid
        audit.record(session, ctx.actor, "update", "training_class", course.id, f"{course.code} {course.title}",
                     before, _view(course))
        return promote_waiting(session, ctx, course, course.capacity - placed)


def cancel_class(ctx: ServiceContext, class_id: int) -> int:
    """Close the class for good: no sign-ups, payments, attendance or completion; sign-ups
    stay on record. Returns how many paid fees are to be refunded (cancel each payment)."""
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        course = lock_class(session, class_id)
        if course.cancelled_at is not None:
            raise Conflict(message(QT_TRANSLATE_NOOP("Messages", "This class is cancelled already.")))
        if session.scalar(select(func.count(Enrolment.id)).where(Enrolment.class_id == class_id,
                                                                Enrolment.completed_at.is_not(None))):
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "Trainees have completed this class, so it cannot be cancelled.")))
        course.cancelled_at = utcnow()
        audit.record(session, ctx.actor, "cancel", "training_class", course.id, f"{course.code} {course.title}")
        return session.scalar(select(func.count(Enrolment.id)).where(
            Enrolment.class_id == class_id, Enrolment.paid_at.is_not(None))) or 0


def get_class(ctx: ServiceContext, class_id: int) -> ClassDetail:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        course = _get(session, class_id)
        row = _rows(session, _listing().where(TrainingClass.id == class_id))[0]
        return ClassDetail(row, _input_of(course), [s.id for s in course.sessions])


def class_row(ctx: ServiceContext, class_id: int) -> ClassRow:
    return get_class(ctx, class_id).row


def count_classes(ctx: ServiceContext, query: ClassQuery) -> int:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        inner = _filtered(query, select(TrainingClass.id)).subquery()
        return session.scalar(select(func.count()).select_from(inner)) or 0


def list_classes(ctx: ServiceContext, query: ClassQuery, offset: int = 0, limit: int = 200) -> list[ClassRow]:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        order = {ClassSort.OPENS: (TrainingClass.signup_opens_at.desc(), TrainingClass.id.desc()),
                 ClassSort.CODE: (TrainingClass.code,),
                 ClassSort.TITLE: (TrainingClass.title, TrainingClass.id)}[ClassSort(query.sort)]
        statement = _filtered(query, _listing()).order_by(*order).offset(offset).limit(limit)
        return _rows(session, statement)


def class_choices(ctx: ServiceContext) -> list[tuple[int, str]]:
    """(id, 'code title') of the classes not cancelled, newest first, for pickers."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        rows = session.execute(select(TrainingClass.id, TrainingClass.code, TrainingClass.title)
                               .where(TrainingClass.cancelled_at.is_(None))
                               .order_by(TrainingClass.signup_opens_at.desc()))
        return [(i, f"{code} {title}") for i, code, title in rows]


# -- status in SQL ---------------------------------------------------------------------------

def placed_count_expression():
    return (select(func.count(Enrolment.id))
            .where(Enrolment.class_id == TrainingClass.id, Enrolment.status == "placed")
            .correlate(TrainingClass).scalar_subquery())


def status_expression(now: dt.datetime, today: dt.date):
    """The same decision as domain.training.class_status, as SQL for filtering."""
    return case(
        (TrainingClass.cancelled_at.is_not(None), literal(ClassStatus.CANCELLED.value)),
        (TrainingClass.last_session_on < today, literal(ClassStatus.FINISHED.value)),
        (TrainingClass.first_session_on <= today, literal(ClassStatus.RUNNING.value)),
        (TrainingClass.signup_opens_at > now, literal(ClassStatus.UPCOMING.value)),
        (TrainingClass.signup_closes_at >= now,
         case((placed_count_expression() >= TrainingClass.capacity, literal(ClassStatus.FULL.value)),
              else_=literal(ClassStatus.OPEN.value))),
        else_=literal(ClassStatus.CLOSED.value))


def _filtered(query: ClassQuery, statement: Select) -> Select:
    statement = statement.where(TrainingClass.archived_at.is_(None))
    text = query.search.strip()
    if text:
        statement = statement.where(TrainingClass.code.contains(text, autoescape=True)
                                    | TrainingClass.title.contains(text, autoescape=True)
                                    | TrainingClass.teachers.contains(text, autoescape=True)
                                    | TrainingClass.venue.contains(text, autoescape=True))
    if query.occupation_id is not None:
        statement = statement.where(TrainingClass.occupation_id == query.occupation_id)
    if query.status is not None:
        statement = statement.where(status_expression(utcnow(), dt.date.today()) == ClassStatus(query.status).value)
    return statement


# Only the columns the list shows: whole TrainingClass objects would also load every
# session of every class on the page (measured: 20 ms instead of 5 ms per page).
_LIST_COLUMNS = (TrainingClass.id, TrainingClass.code, TrainingClass.title, Occupation.name, TrainingClass.target_level,
                 TrainingClass.capacity, TrainingClass.fee, TrainingClass.signup_opens_at,
                 TrainingClass.signup_closes_at, TrainingClass.first_session_on, TrainingClass.last_session_on,
                 TrainingClass.cancelled_at, TrainingClass.teachers, TrainingClass.venue)


def _listing() -> Select:
    return select(*_LIST_COLUMNS).join(Occupation, Occupation.id == TrainingClass.occupation_id)


def _rows(session: Session, statement: Select) -> list[ClassRow]:
    found = session.execute(statement).all()
    if not found:
        return []
    counts: dict[tuple[int, str], int] = {
        (class_id, status): n for class_id, status, n in session.execute(
            select(Enrolment.class_id, Enrolment.status, func.count(Enrolment.id))
            .where(Enrolment.class_id.in_([r.id for r in found]), Enrolment.status.in_(("placed", "waiting")))
            .group_by(Enrolment.class_id, Enrolment.status))}
    now, today = utcnow(), dt.date.today()
    rows = []
    for (class_id, code, title, occupation, level, capacity, fee, opens, closes, first, last, cancelled,
         teachers, venue) in found:
        placed, waiting = counts.get((class_id, "placed"), 0), counts.get((class_id, "waiting"), 0)
        status = class_status(now, today, opens, closes, first, last, cancelled is not None, placed, capacity)
        rows.append(ClassRow(class_id, code, title, occupation, level, capacity, placed, waiting, fee, opens,
                             closes, first, last, status, teachers, venue))
    return rows


# -- checking and saving ---------------------------------------------------------------------

def _check(session: Session, data: ClassInput, course: TrainingClass | None) -> Occupation:
    errors: dict[str, Message] = {}
    if not data.title.strip():
        errors["title"] = message(QT_TRANSLATE_NOOP("Messages", "Enter the class title."))
    code = data.code.strip()
    if code:
        clash = session.scalar(select(TrainingClass.id).where(TrainingClass.code == code))
        if clash is not None and (course is None or clash != course.id):
            errors["code"] = message(QT_TRANSLATE_NOOP("Messages", "Another class has the code {code}."), code=code)
    occupation = session.scalars(select(Occupation).where(Occupation.name == data.occupation.strip())).one_or_none()
    if occupation is None:
        errors["occupation"] = message(QT_TRANSLATE_NOOP("Messages", "Choose an occupation from the catalogue."))
    elif data.target_level not in (occupation.levels or []):
        errors["target_level"] = message(QT_TRANSLATE_NOOP(
            "Messages", "The occupation does not offer this skill level."))
    if data.capacity < 1:
        errors["capacity"] = message(QT_TRANSLATE_NOOP("Messages", "A class has at least one seat."))
    if data.fee < 0:
        errors["fee"] = message(QT_TRANSLATE_NOOP("Messages", "The fee cannot be negative."))
    for name, pct in (("honour_discount_pct", data.honour_discount_pct), ("union_discount_pct", data.union_discount_pct),
                      ("min_attendance_pct", data.min_attendance_pct)):
        if not 0 <= pct <= 100:
            errors[name] = message(QT_TRANSLATE_NOOP("Messages", "Enter a percentage from 0 to 100."))
    if data.signup_closes_at <= data.signup_opens_at:
        errors["signup_closes_at"] = message(QT_TRANSLATE_NOOP("Messages", "Sign-up must close after it opens."))
    session_error = _sessions_problem(data.sessions)
    if session_error is not None:
        errors["sessions"] = session_error
    if errors:
        raise ValidationFailed(errors)
    return occupation


def _sessions_problem(sessions: list[SessionInput]) -> Message | None:
    seen = set()
    for number, s in enumerate(sorted(sessions, key=lambda s: (s.on_date, s.starts_at)), start=1):
        if not 0 < s.minutes <= MAX_SESSION_MINUTES:
            return message(QT_TRANSLATE_NOOP(
                "Messages", "Session {number} on {date}: enter a length between 0.5 and 12 hours."),
                number=number, date=s.on_date.isoformat())
        if (s.on_date, s.starts_at) in seen:
            return message(QT_TRANSLATE_NOOP(
                "Messages", "Two sessions start on {date} at {time}: change one of them."),
                date=s.on_date.isoformat(), time=s.starts_at.strftime("%H:%M"))
        seen.add((s.on_date, s.starts_at))
    return None


def _assign(course: TrainingClass, data: ClassInput) -> None:
    course.title, course.teachers, course.venue = data.title.strip(), data.teachers.strip(), data.venue.strip()
    course.target_level, course.capacity, course.fee = data.target_level, data.capacity, data.fee
    course.honour_discount_pct, course.union_discount_pct = data.honour_discount_pct, data.union_discount_pct
    course.min_attendance_pct, course.requires_assessment = data.min_attendance_pct, data.requires_assessment
    course.signup_opens_at, course.signup_closes_at = data.signup_opens_at, data.signup_closes_at


def _set_sessions(session: Session, course: TrainingClass, wanted: list[SessionInput]) -> None:
    """Change the sessions kept (by id: moving one keeps its marks), add the new ones and
    remove the dropped ones — but never a session with attendance marks, and nothing at all
    once someone has completed the class (their certificate states the hours)."""
    existing = {s.id: s for s in course.sessions}
    kept = {item.id for item in wanted if item.id in existing}
    dropped = [meeting for meeting_id, meeting in existing.items() if meeting_id not in kept]
    changes = [(existing[item.id], item) for item in wanted if item.id in existing]
    changed = dropped or len(wanted) != len(kept) or any(
        (m.on_date, m.starts_at, m.minutes) != (i.on_date, _minute(i.starts_at), i.minutes) for m, i in changes)
    if changed and course.id is not None and session.scalar(select(func.count(Enrolment.id)).where(
            Enrolment.class_id == course.id, Enrolment.completed_at.is_not(None))):
        raise ValidationFailed({"sessions": message(QT_TRANSLATE_NOOP(
            "Messages", "Trainees have completed this class: its sessions and hours are final."))})
    for meeting in dropped:
        if session.scalar(select(func.count(Attendance.id)).where(Attendance.session_id == meeting.id)):
            raise ValidationFailed({"sessions": message(QT_TRANSLATE_NOOP(
                "Messages", "The session on {date} has attendance marks: clear them on the Attendance tab "
                            "first, then remove the session."), date=meeting.on_date.isoformat())})
        course.sessions.remove(meeting)
    session.flush()  # removed before moved ones take their date and time
    for meeting, item in changes:
        meeting.on_date, meeting.starts_at = item.on_date, _minute(item.starts_at)
        meeting.minutes, meeting.topic = item.minutes, item.topic.strip()
    for item in wanted:
        if item.id not in existing:
            course.sessions.append(ClassSession(on_date=item.on_date, starts_at=_minute(item.starts_at),
                                                minutes=item.minutes, topic=item.topic.strip()))
    session.flush()
    dates = [s.on_date for s in course.sessions]
    course.first_session_on = min(dates) if dates else None
    course.last_session_on = max(dates) if dates else None


def _flush_code(session: Session, code: str) -> None:
    try:
        session.flush()
    except IntegrityError as error:  # the same code saved at another workstation a moment ago
        raise ValidationFailed({"code": message(QT_TRANSLATE_NOOP(
            "Messages", "Another class has the code {code}."), code=code)}) from error


def _minute(moment: dt.time) -> dt.time:
    return moment.replace(second=0, microsecond=0)


def _next_code(session: Session) -> str:
    year = dt.date.today().year
    while True:
        code = f"PX{year}-{next_serial(session, f'class:{year}'):03d}"
        if session.scalar(select(TrainingClass.id).where(TrainingClass.code == code)) is None:
            return code


def _get(session: Session, class_id: int) -> TrainingClass:
    course = session.get(TrainingClass, class_id)
    if course is None:
        raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This class no longer exists.")))
    return course


def _input_of(c: TrainingClass) -> ClassInput:
    return ClassInput(c.title, c.occupation.name, c.target_level, c.capacity, c.signup_opens_at, c.signup_closes_at,
                      c.teachers, c.venue, c.fee, c.honour_discount_pct, c.union_discount_pct, c.min_attendance_pct,
                      c.requires_assessment,
                      [SessionInput(s.on_date, s.starts_at, s.minutes, s.topic, s.id) for s in c.sessions], c.code)


def _view(c: TrainingClass) -> dict:
    return {"code": c.code, "title": c.title, "occupation_id": c.occupation_id, "target_level": c.target_level,
            "capacity": c.capacity, "fee": c.fee, "honour_discount_pct": c.honour_discount_pct,
            "union_discount_pct": c.union_discount_pct, "min_attendance_pct": c.min_attendance_pct,
            "requires_assessment": c.requires_assessment, "teachers": c.teachers, "venue": c.venue,
            "signup_opens_at": c.signup_opens_at, "signup_closes_at": c.signup_closes_at,
            "sessions": len(c.sessions)}
