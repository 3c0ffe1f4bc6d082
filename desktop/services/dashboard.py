"""The home page: today's tasks and key figures. Later areas add their own items here."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from db.base import utcnow
from db.models import Employer, Trainee, User
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from desktop.domain.roles import Permission
from desktop.services import mentoring
from desktop.services.context import ServiceContext, unit_of_work


@dataclass(frozen=True)
class Figure:
    label: Message
    value: int


@dataclass(frozen=True)
class Task:
    text: Message
    page: str  # the page that deals with it: "trainees", "users", … ("page:view" for a view of it)


@dataclass(frozen=True)
class Home:
    figures: list[Figure]
    tasks: list[Task]


def home(ctx: ServiceContext, today: dt.date | None = None) -> Home:
    figures: list[Figure] = []
    tasks: list[Task] = []
    actor = ctx.actor
    with unit_of_work(ctx) as session:
        if actor is not None and actor.may(Permission.READ_REGISTRY):
            _registry(session, figures, tasks, today or dt.date.today())
        if actor is not None and actor.may(Permission.MANAGE_USERS):
            locked = session.scalar(select(func.count(User.id)).where(User.locked_until > utcnow())) or 0
            if locked:
                tasks.append(Task(message(QT_TRANSLATE_NOOP(
                    "Messages", "{count} account(s) locked after wrong passwords"), count=locked), "users"))
    return Home(figures, tasks)


def _registry(session, figures: list[Figure], tasks: list[Task], today: dt.date) -> None:
    active = Trainee.archived_at.is_(None)
    month_start = dt.datetime.combine(today.replace(day=1), dt.time())
    count = lambda *where: session.scalar(select(func.count(Trainee.id)).where(*where)) or 0  # noqa: E731
    figures += [
        Figure(message(QT_TRANSLATE_NOOP("Messages", "Trainees registered")), count(active)),
        Figure(message(QT_TRANSLATE_NOOP("Messages", "New this month")),
               count(active, Trainee.created_at >= month_start)),
        Figure(message(QT_TRANSLATE_NOOP("Messages", "Employers")), session.scalar(
            select(func.count(Employer.id)).where(Employer.archived_at.is_(None))) or 0),
        Figure(message(QT_TRANSLATE_NOOP("Messages", "Model workers and craftsmen")), session.scalar(
            select(func.count(func.distinct(Trainee.id))).where(active, Trainee.honours.any())) or 0),
    ]
    no_employer = count(active, Trainee.employer_id.is_(None))
    if no_employer:
        tasks.append(Task(message(QT_TRANSLATE_NOOP(
            "Messages", "{count} trainee(s) have no employer recorded"), count=no_employer), "trainees"))
    ending = mentoring.ending_soon(session, today)
    if ending:
        tasks.append(Task(message(QT_TRANSLATE_NOOP(
            "Messages", "{count} mentoring agreement(s) end within 30 days: renew or complete them"),
            count=ending), "mentoring:ending"))
    no_phone = count(active, Trainee.phone == "")
    if no_phone:
        tasks.append(Task(message(QT_TRANSLATE_NOOP(
            "Messages", "{count} trainee(s) have no phone number"), count=no_phone), "trainees"))
