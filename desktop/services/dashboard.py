"""The home page: today's tasks and key figures, each opening the page behind it.

Every area adds its tasks as a provider in TASK_PROVIDERS (appraisal's batches waiting for
scores go there when that area lands); the year's figures come from the statistics' sections."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from db.base import utcnow
from db.models import AppraisalBatch, CompetitionEvent, Employer, Enrolment, ScoreSheet, Trainee, TrainingClass, User
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from desktop.domain.roles import Permission
from desktop.services import mentoring
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.statistics import Period, key_figures_in
from desktop.services.statistics_model import utc_of

# The year's figures the home page shows (keys of statistics' key figures), in this order.
YEAR_FIGURES = ("trainings", "training_hours", "completions", "contestants", "prize_winners", "certificates_issued")


@dataclass(frozen=True)
class Figure:
    label: Message
    value: int | float
    page: str = ""  # the page that lists what it counts
    key: str = ""


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
            today = today or dt.date.today()
            _registry(session, figures, tasks, today)
            for provider in TASK_PROVIDERS:
                tasks += provider(session, today)
            figures += _year_figures(session, today)
        if actor is not None and actor.may(Permission.MANAGE_USERS):
            locked = session.scalar(select(func.count(User.id)).where(User.locked_until > utcnow())) or 0
            if locked:
                tasks.append(Task(message(QT_TRANSLATE_NOOP(
                    "Messages", "{count} account(s) locked after wrong passwords"), count=locked), "users"))
    return Home(figures, tasks)


def _registry(session, figures: list[Figure], tasks: list[Task], today: dt.date) -> None:
    active = Trainee.archived_at.is_(None)
    month_start = utc_of(today.replace(day=1))  # created_at is a UTC stamp: the local month's start
    count = lambda *where: session.scalar(select(func.count(Trainee.id)).where(*where)) or 0  # noqa: E731
    figures += [
        Figure(message(QT_TRANSLATE_NOOP("Messages", "Trainees registered")), count(active), "trainees", "trainees"),
        Figure(message(QT_TRANSLATE_NOOP("Messages", "New this month")),
               count(active, Trainee.created_at >= month_start), "trainees", "trainees_month"),
        Figure(message(QT_TRANSLATE_NOOP("Messages", "Employers")), session.scalar(
            select(func.count(Employer.id)).where(Employer.archived_at.is_(None))) or 0, "employers", "employers"),
        Figure(message(QT_TRANSLATE_NOOP("Messages", "Model workers and craftsmen")), session.scalar(
            select(func.count(func.distinct(Trainee.id))).where(active, Trainee.honours.any())) or 0,
            "trainees", "honoured"),
    ]
    no_employer = count(active, Trainee.employer_id.is_(None))
    if no_employer:
        tasks.append(Task(message(QT_TRANSLATE_NOOP(
            "Messages", "{count} trainee(s) have no employer recorded"), count=no_employer), "trainees"))
    no_phone = count(active, Trainee.phone == "")
    if no_phone:
        tasks.append(Task(message(QT_TRANSLATE_NOOP(
            "Messages", "{count} trainee(s) have no phone number"), count=no_phone), "trainees"))


def _year_figures(session, today: dt.date) -> list[Figure]:
    by_key = {f.key: f for f in key_figures_in(session, Period(dt.date(today.year, 1, 1), today))}
    return [Figure(message(QT_TRANSLATE_NOOP("Messages", "{figure} this year"), figure=by_key[key].label),
                   by_key[key].value, by_key[key].page, key) for key in YEAR_FIGURES if key in by_key]


# -- today's tasks, one provider per area --------------------------------------------------------

def _training_tasks(session, today: dt.date) -> list[Task]:
    tasks = []
    live = (TrainingClass.cancelled_at.is_(None), TrainingClass.archived_at.is_(None))
    opening = session.scalar(select(func.count(TrainingClass.id)).where(
        *live, TrainingClass.signup_opens_at >= utc_of(today),
        TrainingClass.signup_opens_at < utc_of(today + dt.timedelta(days=1)))) or 0
    if opening:
        tasks.append(Task(message(QT_TRANSLATE_NOOP(
            "Messages", "{count} class(es) open sign-up today"), count=opening), "classes"))
    # Waiting lists of classes not yet under way: places may still free up for them.
    waiting, classes = session.execute(
        select(func.count(Enrolment.id), func.count(func.distinct(Enrolment.class_id)))
        .join(TrainingClass, TrainingClass.id == Enrolment.class_id)
        .where(Enrolment.status == "waiting", *live,
               (TrainingClass.first_session_on.is_(None)) | (TrainingClass.first_session_on > today))).one()
    if waiting:
        tasks.append(Task(message(QT_TRANSLATE_NOOP(
            "Messages", "{count} trainee(s) on the waiting lists of {classes} class(es)"),
            count=waiting, classes=classes), "classes"))
    return tasks


def _competition_tasks(session, today: dt.date) -> list[Task]:
    tasks = []
    marking = session.scalar(select(func.count(CompetitionEvent.id))
                             .where(CompetitionEvent.status == "marking")) or 0
    if marking:
        tasks.append(Task(message(QT_TRANSLATE_NOOP(
            "Messages", "{count} competition event(s) being marked"), count=marking), "competitions"))
    returned = session.scalar(select(func.count(ScoreSheet.id)).where(ScoreSheet.state == "returned")) or 0
    if returned:
        tasks.append(Task(message(QT_TRANSLATE_NOOP(
            "Messages", "{count} score sheet(s) returned to their judges"), count=returned), "competitions"))
    return tasks


def _mentoring_tasks(session, today: dt.date) -> list[Task]:
    ending = mentoring.ending_soon(session, today)
    if not ending:
        return []
    return [Task(message(QT_TRANSLATE_NOOP(
        "Messages", "{count} mentoring agreement(s) end within 30 days: renew or complete them"),
        count=ending), "mentoring:ending")]


def _appraisal_tasks(session, today: dt.date) -> list[Task]:
    waiting = session.scalar(select(func.count(AppraisalBatch.id)).where(AppraisalBatch.status == "scoring")) or 0
    if not waiting:
        return []
    return [Task(message(QT_TRANSLATE_NOOP(
        "Messages", "{count} appraisal batch(es) waiting for scores or approval"), count=waiting), "appraisal:waiting")]


TASK_PROVIDERS: list[Callable[[object, dt.date], list[Task]]] = [_training_tasks, _mentoring_tasks,
                                                                 _appraisal_tasks, _competition_tasks]
