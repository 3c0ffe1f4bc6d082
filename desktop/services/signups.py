"""Classes with limited seats: sign-up first come, first served by the database server's
clock, a waiting list in order, and promotion of the first waiting person on a withdrawal.

Seat-taking is serial per class: every sign-up and withdrawal first bumps the class row's
`seat_version`, which holds the row lock (PostgreSQL) or the write lock (SQLite) until commit,
so two workstations can never both take the last seat.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db.models import Enrolment, Occupation, Trainee, TrainingClass
from desktop.domain.errors import Conflict, NotFound, ValidationFailed
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.context import ServiceContext, unit_of_work


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
    fee: int = 0


@dataclass(frozen=True)
class EnrolmentRow:
    id: int
    class_id: int
    trainee_id: int
    trainee_name: str
    status: str  # placed, waiting, withdrawn
    submitted_at: dt.datetime
    waiting_position: int | None  # 1 for the first in the waiting list
    promoted_at: dt.datetime | None


def create_class(ctx: ServiceContext, data: ClassInput) -> int:
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        errors: dict[str, Message] = {}
        if not data.title.strip():
            errors["title"] = message(QT_TRANSLATE_NOOP("Messages", "Enter the class title."))
        occupation = session.scalars(select(Occupation).where(Occupation.name == data.occupation.strip())).one_or_none()
        if occupation is None:
            errors["occupation"] = message(QT_TRANSLATE_NOOP(
                "Messages", "Choose an occupation from the catalogue."))
        elif data.target_level not in (occupation.levels or []):
            errors["target_level"] = message(QT_TRANSLATE_NOOP(
                "Messages", "The occupation does not offer this skill level."))
        if data.capacity < 1:
            errors["capacity"] = message(QT_TRANSLATE_NOOP("Messages", "A class has at least one seat."))
        if data.signup_closes_at <= data.signup_opens_at:
            errors["signup_closes_at"] = message(QT_TRANSLATE_NOOP(
                "Messages", "Sign-up must close after it opens."))
        if errors:
            raise ValidationFailed(errors)
        course = TrainingClass(title=data.title.strip(), occupation_id=occupation.id, target_level=data.target_level,
                               teachers=data.teachers.strip(), venue=data.venue.strip(), capacity=data.capacity,
                               fee=data.fee, signup_opens_at=data.signup_opens_at,
                               signup_closes_at=data.signup_closes_at, seat_version=0)
        session.add(course)
        session.flush()
        audit.record(session, ctx.actor, "create", "training_class", course.id, course.title)
        return course.id


def sign_up(ctx: ServiceContext, class_id: int, trainee_id: int) -> EnrolmentRow:
    """A place if one is free, else the end of the waiting list; refused outside the window."""
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        course = _lock(session, class_id)
        now = server_now(session)
        if now < course.signup_opens_at:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "Sign-up for {title} opens at {time}."), title=course.title,
                time=_local(course.signup_opens_at)))
        if now > course.signup_closes_at:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "Sign-up for {title} closed at {time}."), title=course.title,
                time=_local(course.signup_closes_at)))
        trainee = session.get(Trainee, trainee_id)
        if trainee is None or trainee.archived_at is not None:
            raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This trainee no longer exists.")))
        enrolment = session.scalars(select(Enrolment).where(Enrolment.class_id == class_id,
                                                            Enrolment.trainee_id == trainee_id)).one_or_none()
        if enrolment is not None and enrolment.status != "withdrawn":
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "{name} has signed up for this class already."), name=trainee.name))
        placed = _count(session, class_id, "placed")
        status = "placed" if placed < course.capacity else "waiting"
        if enrolment is None:  # a withdrawn trainee who signs up again goes to the back
            enrolment = Enrolment(class_id=class_id, trainee_id=trainee_id, source="desk")
            session.add(enrolment)
        enrolment.submitted_at, enrolment.status, enrolment.withdrawn_at = now, status, None
        session.flush()
        audit.record(session, ctx.actor, "sign_up", "enrolment", enrolment.id, trainee.name, None,
                     {"class": course.title, "status": status})
        return _row(session, enrolment)


def withdraw(ctx: ServiceContext, enrolment_id: int) -> tuple[EnrolmentRow, EnrolmentRow | None]:
    """Withdraw; a freed place goes at once to the first waiting person (recorded)."""
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        enrolment = session.get(Enrolment, enrolment_id)
        if enrolment is None or enrolment.status == "withdrawn":
            raise Conflict(message(QT_TRANSLATE_NOOP("Messages", "This sign-up is withdrawn already.")))
        course = _lock(session, enrolment.class_id)
        freed = enrolment.status == "placed"
        now = server_now(session)
        enrolment.status, enrolment.withdrawn_at = "withdrawn", now
        audit.record(session, ctx.actor, "withdraw", "enrolment", enrolment.id, _name(session, enrolment), None,
                     {"class": course.title})
        promoted = None
        if freed:
            promoted = session.scalars(select(Enrolment).where(
                Enrolment.class_id == course.id, Enrolment.status == "waiting")
                .order_by(Enrolment.submitted_at, Enrolment.id).limit(1)).first()
            if promoted is not None:
                promoted.status, promoted.promoted_at = "placed", now
                audit.record(session, ctx.actor, "promote", "enrolment", promoted.id, _name(session, promoted),
                             {"status": "waiting"}, {"status": "placed", "class": course.title})
        session.flush()
        return _row(session, enrolment), (_row(session, promoted) if promoted else None)


def list_enrolments(ctx: ServiceContext, class_id: int) -> list[EnrolmentRow]:
    """Placed first, then the waiting list in order, then withdrawals."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        rows = session.scalars(select(Enrolment).where(Enrolment.class_id == class_id)
                               .order_by(Enrolment.submitted_at, Enrolment.id)).all()
        order = {"placed": 0, "waiting": 1, "withdrawn": 2}
        return [_row(session, e) for e in sorted(rows, key=lambda e: order[e.status])]


def server_now(session: Session) -> dt.datetime:
    """The database server's clock in UTC: fair across workstations whose clocks differ."""
    now = session.scalar(select(func.current_timestamp()))
    if isinstance(now, str):
        now = dt.datetime.fromisoformat(now)
    if now.tzinfo is not None:
        now = now.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return now


def _lock(session: Session, class_id: int) -> TrainingClass:
    bumped = session.execute(update(TrainingClass).where(TrainingClass.id == class_id)
                             .values(seat_version=TrainingClass.seat_version + 1))
    if bumped.rowcount == 0:
        raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This class no longer exists.")))
    course = session.get(TrainingClass, class_id)
    session.refresh(course)
    return course


def _count(session: Session, class_id: int, status: str) -> int:
    return session.scalar(select(func.count(Enrolment.id)).where(Enrolment.class_id == class_id,
                                                                 Enrolment.status == status)) or 0


def _name(session: Session, enrolment: Enrolment) -> str:
    return session.scalar(select(Trainee.name).where(Trainee.id == enrolment.trainee_id)) or ""


def _local(moment: dt.datetime) -> str:
    return moment.replace(tzinfo=dt.timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")


def _row(session: Session, e: Enrolment) -> EnrolmentRow:
    position = None
    if e.status == "waiting":
        position = (session.scalar(select(func.count(Enrolment.id)).where(
            Enrolment.class_id == e.class_id, Enrolment.status == "waiting",
            (Enrolment.submitted_at < e.submitted_at)
            | ((Enrolment.submitted_at == e.submitted_at) & (Enrolment.id < e.id)))) or 0) + 1
    return EnrolmentRow(e.id, e.class_id, e.trainee_id, _name(session, e), e.status, e.submitted_at,
                        position, e.promoted_at)
