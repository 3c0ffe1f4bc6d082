"""Mentoring agreements (师徒帮带协议): draw up, sign (activate), renew, complete or terminate,
and the agreement list filtered and paged in SQL. Plans and reviews are in
mentoring_progress.py, outcomes and the 好师傅 naming in mentoring_outcomes.py."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from sqlalchemy import Select, and_, case, func, or_, select, update
from sqlalchemy.orm import Session, aliased, lazyload

from db.models import MentoringAgreement, MentoringPlanItem, Occupation, Trainee
from desktop.domain.errors import Conflict, NotFound, ValidationFailed
from desktop.domain.levels import LEVEL_NAMES
from desktop.domain.mentoring import (
    DUE_SOON_DAYS,
    REVIEW_PERIODS,
    MentoringRules,
    cap_problem,
    end_of_term,
    mentor_problem,
    pairing_problem,
    renewed_end,
    term_problem,
    transition_problem,
)
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from desktop.domain.people import mask_id_number
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.mentoring_settings import read_rules
from desktop.services.sequences import next_serial
from desktop.services.skill_levels import highest_level

CLOSED = ("completed", "terminated")


@dataclass(frozen=True)
class AgreementInput:
    apprentice_id: int
    mentor_id: int  # 技术导师: the craft mentor
    occupation: str  # by name, from the catalogue
    start_on: dt.date
    term_years: int = 1
    second_mentor_id: int | None = None  # for professional conduct
    target_level: int | None = None
    skills: str = ""  # skills to pass on
    competition_goal: str = ""
    allowance_yuan: int | None = None  # a month, to the mentor
    review_period: str = "quarterly"


@dataclass(frozen=True)
class AgreementRow:
    id: int
    number: str
    apprentice_id: int
    apprentice: str
    apprentice_masked_id: str
    mentor_id: int
    mentor: str
    second_mentor_id: int | None
    second_mentor: str
    occupation: str
    start_on: dt.date
    end_on: dt.date
    term_years: int
    renewals: int
    status: str
    plan_items: int
    overdue_items: int
    ended_on: dt.date | None
    end_reason: str
    occupation_id: int
    signed_on: dt.date | None

    @property
    def on_track(self) -> bool | None:
        """None before signing (a draft, or a draft withdrawn): no plan is running."""
        return None if self.status == "draft" or self.signed_on is None else self.overdue_items == 0


class AgreementSort(str, Enum):
    NUMBER = "number"  # newest first
    END = "end"  # soonest end first


@dataclass(frozen=True)
class AgreementQuery:
    search: str = ""  # number, apprentice or mentor name
    status: str | None = None
    mentor_id: int | None = None  # as craft or second mentor
    apprentice_id: int | None = None
    ending_within_days: int | None = None  # active agreements ending soon
    sort: AgreementSort = AgreementSort.NUMBER
    today: dt.date | None = None  # the day "overdue" and "ending" count from (today when None)
    agreement_id: int | None = None  # just this one


# -- drawing up and changing -------------------------------------------------------------------

def create_agreement(ctx: ServiceContext, data: AgreementInput) -> int:
    """A draft agreement with the next number SD<year>-NNNN. Refused, saying which rule failed,
    when a mentor may not mentor or already has the most apprentices allowed."""
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        occupation = _check(session, data, None)
        number = f"SD{data.start_on.year}-{next_serial(session, f'agreement:{data.start_on.year}'):04d}"
        agreement = MentoringAgreement(number=number, status="draft", renewals=0)
        _assign(agreement, data, occupation)
        session.add(agreement)
        session.flush()
        audit.record(session, ctx.actor, "create", "mentoring_agreement", agreement.id, _summary(agreement),
                     None, _view(agreement))
        return agreement.id


def update_agreement(ctx: ServiceContext, agreement_id: int, data: AgreementInput) -> None:
    """Change a draft; a signed agreement is changed only by renewal or by ending it."""
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        agreement = _get(session, agreement_id)
        if agreement.status != "draft":
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "Agreement {number} is signed: only a draft can be changed."), number=agreement.number))
        occupation = _check(session, data, agreement)
        before = _view(agreement)
        _assign(agreement, data, occupation)
        session.flush()
        audit.record(session, ctx.actor, "update", "mentoring_agreement", agreement.id, _summary(agreement),
                     before, _view(agreement))


def activate_agreement(ctx: ServiceContext, agreement_id: int, signed_on: dt.date) -> None:
    """The parties signed: the agreement runs. The mentors' eligibility and cap are checked
    again, as they stand today."""
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        agreement = _get(session, agreement_id)
        _may_become(agreement, "active")
        rules = read_rules(session)
        problems = _mentor_problems(session, rules, agreement.mentor_id, agreement.second_mentor_id,
                                    agreement.occupation_id, agreement.id)
        if problems:
            raise ValidationFailed(problems)
        agreement.status, agreement.signed_on = "active", signed_on
        audit.record(session, ctx.actor, "activate", "mentoring_agreement", agreement.id, _summary(agreement),
                     {"status": "draft"}, {"status": "active", "signed_on": signed_on})


def complete_agreement(ctx: ServiceContext, agreement_id: int, on: dt.date, remarks: str = "") -> None:
    _close(ctx, agreement_id, "completed", on, remarks)


def terminate_agreement(ctx: ServiceContext, agreement_id: int, on: dt.date, reason: str) -> None:
    if len(reason.strip()) < 2:
        raise ValidationFailed({"reason": message(QT_TRANSLATE_NOOP(
            "Messages", "Give the reason; it is kept with the agreement."))})
    _close(ctx, agreement_id, "terminated", on, reason)


def renew_agreement(ctx: ServiceContext, agreement_id: int, years: int) -> dt.date:
    """Extend an active agreement by another term of 1–3 years; the new last day."""
    if (problem := term_problem(years)) is not None:
        raise ValidationFailed({"years": problem})
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        agreement = _get(session, agreement_id)
        if agreement.status != "active":
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "Only an active agreement can be renewed.")))
        before = {"end_on": agreement.end_on, "renewals": agreement.renewals}
        agreement.end_on = renewed_end(agreement.end_on, years)
        agreement.renewals += 1
        audit.record(session, ctx.actor, "renew", "mentoring_agreement", agreement.id, _summary(agreement),
                     before, {"end_on": agreement.end_on, "renewals": agreement.renewals, "years": years})
        return agreement.end_on


def _close(ctx: ServiceContext, agreement_id: int, status: str, on: dt.date, reason: str) -> None:
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        agreement = _get(session, agreement_id)
        _may_become(agreement, status)
        if on < agreement.start_on and agreement.status == "active":
            raise ValidationFailed({"on": message(QT_TRANSLATE_NOOP(
                "Messages", "The agreement cannot end before it starts ({start})."), start=agreement.start_on)})
        before = {"status": agreement.status}
        agreement.status, agreement.ended_on, agreement.end_reason = status, on, reason.strip()
        audit.record(session, ctx.actor, "complete" if status == "completed" else "terminate",
                     "mentoring_agreement", agreement.id, _summary(agreement), before,
                     {"status": status, "ended_on": on, "reason": reason.strip()})


def _may_become(agreement: MentoringAgreement, status: str) -> None:
    if (problem := transition_problem(agreement.status, status)) is not None:
        raise Conflict(problem)


def _check(session: Session, data: AgreementInput, agreement: MentoringAgreement | None) -> Occupation:
    errors: dict[str, Message] = {}
    occupation = session.scalars(select(Occupation).where(Occupation.name == data.occupation.strip(),
                                                          Occupation.archived_at.is_(None))).one_or_none()
    if occupation is None:
        errors["occupation"] = message(QT_TRANSLATE_NOOP("Messages", "Choose an occupation from the catalogue."))
    if (problem := term_problem(data.term_years)) is not None:
        errors["term_years"] = problem
    if data.target_level is not None and data.target_level not in LEVEL_NAMES:
        errors["target_level"] = message(QT_TRANSLATE_NOOP("Messages", "Choose a skill level from 5 to 1."))
    if data.allowance_yuan is not None and data.allowance_yuan < 0:
        errors["allowance_yuan"] = message(QT_TRANSLATE_NOOP("Messages", "The allowance cannot be negative."))
    if data.review_period not in REVIEW_PERIODS:
        errors["review_period"] = message(QT_TRANSLATE_NOOP("Messages", "Reviews are monthly or quarterly."))
    if (problem := pairing_problem(data.apprentice_id, data.mentor_id, data.second_mentor_id)) is not None:
        errors["mentor"] = problem
    for field, person_id in (("apprentice", data.apprentice_id), ("mentor", data.mentor_id),
                             ("second_mentor", data.second_mentor_id)):
        if person_id is not None and field not in errors:
            person = session.get(Trainee, person_id)
            if person is None or person.archived_at is not None:
                errors[field] = message(QT_TRANSLATE_NOOP(
                    "Messages", "Choose a registered, not archived person."))
    if errors:
        raise ValidationFailed(errors)
    busy = session.scalar(select(MentoringAgreement.number).where(
        MentoringAgreement.apprentice_id == data.apprentice_id, MentoringAgreement.occupation_id == occupation.id,
        MentoringAgreement.status.in_(("draft", "active")),
        MentoringAgreement.id != (agreement.id if agreement else -1)))
    if busy is not None:
        raise ValidationFailed({"apprentice": message(QT_TRANSLATE_NOOP(
            "Messages", "The apprentice already has agreement {number} in this occupation."), number=busy)})
    problems = _mentor_problems(session, read_rules(session), data.mentor_id, data.second_mentor_id,
                                occupation.id, agreement.id if agreement else None)
    if problems:
        raise ValidationFailed(problems)
    return occupation


def _mentor_problems(session: Session, rules: MentoringRules, mentor_id: int, second_id: int | None,
                     occupation_id: int, agreement_id: int | None) -> dict[str, Message]:
    """The craft mentor needs the level in the agreement's occupation (or an honour); the
    second mentor, who guides conduct, a level in any occupation (or an honour)."""
    # The mentors' rows are locked first: two desks signing for one mentor count one after the
    # other, so the cap holds.
    mentors = sorted({mentor_id, second_id} - {None})
    session.execute(update(Trainee).where(Trainee.id.in_(mentors)).values(updated_at=Trainee.updated_at)
                    .execution_options(synchronize_session=False))
    problems: dict[str, Message] = {}
    for field, person_id, occupation in (("mentor", mentor_id, occupation_id), ("second_mentor", second_id, None)):
        if person_id is None:
            continue
        person = session.get(Trainee, person_id)
        problem = (mentor_problem(person.name, highest_level(session, person_id, occupation),
                                  [h.name for h in person.honours], rules)
                   or cap_problem(person.name, active_apprentices(session, person_id, agreement_id), rules))
        if problem is not None:
            problems[field] = problem
    return problems


def active_apprentices(session: Session, mentor_id: int, except_agreement: int | None = None) -> int:
    """Active agreements in which the person is a mentor (craft or conduct)."""
    statement = select(func.count(MentoringAgreement.id)).where(
        MentoringAgreement.status == "active",
        or_(MentoringAgreement.mentor_id == mentor_id, MentoringAgreement.second_mentor_id == mentor_id))
    if except_agreement is not None:
        statement = statement.where(MentoringAgreement.id != except_agreement)
    return session.scalar(statement) or 0


def _assign(agreement: MentoringAgreement, data: AgreementInput, occupation: Occupation) -> None:
    agreement.apprentice_id, agreement.mentor_id = data.apprentice_id, data.mentor_id
    agreement.second_mentor_id = data.second_mentor_id
    agreement.occupation_id = occupation.id
    agreement.start_on, agreement.term_years = data.start_on, data.term_years
    agreement.end_on = end_of_term(data.start_on, data.term_years)
    agreement.target_level = data.target_level
    agreement.skills, agreement.competition_goal = data.skills.strip(), data.competition_goal.strip()
    agreement.allowance_yuan = data.allowance_yuan
    agreement.review_period = data.review_period


_VIEW_FIELDS = ("apprentice_id", "mentor_id", "second_mentor_id", "occupation_id", "start_on", "term_years",
                "end_on", "target_level", "skills", "competition_goal", "allowance_yuan", "review_period")


def _view(agreement: MentoringAgreement) -> dict:
    return audit.snapshot(agreement, _VIEW_FIELDS)


def _summary(agreement: MentoringAgreement) -> str:
    return agreement.number


def _get(session: Session, agreement_id: int) -> MentoringAgreement:
    agreement = session.get(MentoringAgreement, agreement_id)
    if agreement is None:
        raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This agreement no longer exists.")))
    return agreement


# -- the list --------------------------------------------------------------------------------

def list_agreements(ctx: ServiceContext, query: AgreementQuery, offset: int = 0, limit: int = 200) -> list[AgreementRow]:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return agreement_rows(session, query, offset, limit)


def count_agreements(ctx: ServiceContext, query: AgreementQuery) -> int:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return session.scalar(_filtered(select(func.count(MentoringAgreement.id)), query)) or 0


def agreement_rows(session: Session, query: AgreementQuery, offset: int = 0, limit: int | None = 200) -> list[AgreementRow]:
    today = query.today or dt.date.today()
    apprentice, mentor, second = aliased(Trainee), aliased(Trainee), aliased(Trainee)
    # Overdue counts up to the day the agreement ended, or today while it runs.
    as_of = func.coalesce(MentoringAgreement.ended_on, today)
    items = (select(MentoringPlanItem.agreement_id, func.count().label("item_count"),
                    func.sum(_overdue_case(as_of)).label("overdue"))
             .join(MentoringAgreement, MentoringAgreement.id == MentoringPlanItem.agreement_id)
             .group_by(MentoringPlanItem.agreement_id).subquery())
    statement = (select(MentoringAgreement, apprentice.name, apprentice.id_number, mentor.name, second.name,
                        Occupation.name, func.coalesce(items.c.item_count, 0), func.coalesce(items.c.overdue, 0))
                 .join(apprentice, apprentice.id == MentoringAgreement.apprentice_id)
                 .join(mentor, mentor.id == MentoringAgreement.mentor_id)
                 .outerjoin(second, second.id == MentoringAgreement.second_mentor_id)
                 .join(Occupation, Occupation.id == MentoringAgreement.occupation_id)
                 .outerjoin(items, items.c.agreement_id == MentoringAgreement.id)
                 .options(lazyload("*")))
    statement = _filtered(statement, query, apprentice, mentor, second)
    if AgreementSort(query.sort) is AgreementSort.END:
        statement = statement.order_by(MentoringAgreement.end_on, MentoringAgreement.id)
    else:
        statement = statement.order_by(MentoringAgreement.number.desc())
    statement = statement.offset(offset)
    if limit is not None:
        statement = statement.limit(limit)
    return [AgreementRow(a.id, a.number, a.apprentice_id, apprentice_name, mask_id_number(id_number), a.mentor_id,
                         mentor_name, a.second_mentor_id, second_name or "", occupation, a.start_on, a.end_on,
                         a.term_years, a.renewals, a.status, int(n_items), int(overdue or 0), a.ended_on,
                         a.end_reason, a.occupation_id, a.signed_on)
            for a, apprentice_name, id_number, mentor_name, second_name, occupation, n_items, overdue
            in session.execute(statement)]


def _overdue_case(as_of):
    return case((and_(MentoringPlanItem.target_on <= as_of, MentoringPlanItem.signed_off_on.is_(None)), 1), else_=0)


def _filtered(statement: Select, query: AgreementQuery, apprentice=None, mentor=None, second=None) -> Select:
    today = query.today or dt.date.today()
    if query.status:
        statement = statement.where(MentoringAgreement.status == query.status)
    if query.mentor_id is not None:
        statement = statement.where(or_(MentoringAgreement.mentor_id == query.mentor_id,
                                        MentoringAgreement.second_mentor_id == query.mentor_id))
    if query.agreement_id is not None:
        statement = statement.where(MentoringAgreement.id == query.agreement_id)
    if query.apprentice_id is not None:
        statement = statement.where(MentoringAgreement.apprentice_id == query.apprentice_id)
    if query.ending_within_days is not None:
        statement = statement.where(MentoringAgreement.status == "active",
                                    MentoringAgreement.end_on <= today + dt.timedelta(days=query.ending_within_days))
    text = query.search.strip()
    if text:
        names = select(Trainee.id).where(Trainee.name.contains(text, autoescape=True))
        statement = statement.where(or_(MentoringAgreement.number.contains(text.upper(), autoescape=True),
                                        MentoringAgreement.apprentice_id.in_(names),
                                        MentoringAgreement.mentor_id.in_(names),
                                        MentoringAgreement.second_mentor_id.in_(names)))
    return statement


def ending_soon(session: Session, today: dt.date) -> int:
    """Active agreements whose term ends within 30 days (or has ended without being closed)."""
    return session.scalar(select(func.count(MentoringAgreement.id)).where(
        MentoringAgreement.status == "active",
        MentoringAgreement.end_on <= today + dt.timedelta(days=DUE_SOON_DAYS))) or 0
