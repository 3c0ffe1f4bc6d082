"""An agreement's plan (skills with target dates, signed off by the mentor), its periodic
reviews, and the whole agreement as one record for its page and its printouts."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import MentoringAgreement, MentoringPlanItem, MentoringReview
from desktop.domain.errors import Conflict, NotFound, ValidationFailed
from desktop.domain.mentoring import PlanProgress, plan_progress, review_period, score_problem
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.mentoring import AgreementInput, AgreementQuery, AgreementRow, agreement_rows
from desktop.services.mentoring_outcomes import Outcome, outcomes_of


@dataclass(frozen=True)
class PlanItemRow:
    id: int
    skill: str
    target_on: dt.date
    signed_off_on: dt.date | None
    comment: str

    @property
    def overdue(self) -> bool:
        return self.signed_off_on is None and self.target_on <= dt.date.today()


@dataclass(frozen=True)
class ReviewRow:
    id: int
    period: str
    reviewed_on: dt.date
    mentor_score: int
    mentor_comment: str
    apprentice_score: int
    apprentice_comment: str


@dataclass(frozen=True)
class AgreementDetail:
    row: AgreementRow
    data: AgreementInput
    signed_on: dt.date | None
    plan: list[PlanItemRow]
    reviews: list[ReviewRow]
    outcomes: list[Outcome]
    progress: PlanProgress
    apprentice_id_number: str
    mentor_id_number: str
    second_mentor_id_number: str
    apprentice_employer: str
    mentor_employer: str
    second_mentor_employer: str


def get_agreement(ctx: ServiceContext, agreement_id: int, today: dt.date | None = None) -> AgreementDetail:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return agreement_detail(session, agreement_id, today or dt.date.today())


def agreement_detail(session: Session, agreement_id: int, today: dt.date) -> AgreementDetail:
    agreement = _get(session, agreement_id)
    row = _row(session, agreement, today)
    items = _items(session, agreement.id)
    reviews = [ReviewRow(r.id, r.period, r.reviewed_on, r.mentor_score, r.mentor_comment, r.apprentice_score,
                         r.apprentice_comment)
               for r in session.scalars(select(MentoringReview).where(MentoringReview.agreement_id == agreement.id)
                                        .order_by(MentoringReview.reviewed_on, MentoringReview.id))]
    as_of = min(today, agreement.ended_on) if agreement.ended_on else today
    data = AgreementInput(agreement.apprentice_id, agreement.mentor_id, agreement.occupation.name,
                          agreement.start_on, agreement.term_years, agreement.second_mentor_id,
                          agreement.target_level, agreement.skills, agreement.competition_goal,
                          agreement.allowance_yuan, agreement.review_period)
    second = agreement.second_mentor
    return AgreementDetail(
        row, data, agreement.signed_on, items, reviews, outcomes_of(session, agreement),
        plan_progress([(i.target_on, i.signed_off_on) for i in items], as_of),
        agreement.apprentice.id_number, agreement.mentor.id_number, second.id_number if second else "",
        _employer(agreement.apprentice), _employer(agreement.mentor), _employer(second) if second else "")


def _row(session: Session, agreement: MentoringAgreement, today: dt.date) -> AgreementRow:
    return agreement_rows(session, AgreementQuery(agreement_id=agreement.id, today=today), 0, 1)[0]


def _employer(person) -> str:
    return person.employer.name if person.employer else ""


def _items(session: Session, agreement_id: int) -> list[PlanItemRow]:
    return [PlanItemRow(i.id, i.skill, i.target_on, i.signed_off_on, i.sign_off_comment)
            for i in session.scalars(select(MentoringPlanItem).where(MentoringPlanItem.agreement_id == agreement_id)
                                     .order_by(MentoringPlanItem.target_on, MentoringPlanItem.id))]


# -- the plan ----------------------------------------------------------------------------------

def add_plan_item(ctx: ServiceContext, agreement_id: int, skill: str, target_on: dt.date) -> int:
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        agreement = _get(session, agreement_id)
        _open(agreement)
        errors: dict[str, Message] = {}
        if not skill.strip():
            errors["skill"] = message(QT_TRANSLATE_NOOP("Messages", "Enter the skill to pass on."))
        if not agreement.start_on <= target_on <= agreement.end_on:
            errors["target_on"] = message(QT_TRANSLATE_NOOP(
                "Messages", "The target date lies within the agreement ({start} – {end})."),
                start=agreement.start_on, end=agreement.end_on)
        if errors:
            raise ValidationFailed(errors)
        item = MentoringPlanItem(agreement_id=agreement.id, skill=skill.strip(), target_on=target_on,
                                 sign_off_comment="")
        session.add(item)
        session.flush()
        audit.record(session, ctx.actor, "create", "plan_item", item.id, f"{agreement.number} {item.skill}",
                     None, {"agreement": agreement.number, "skill": item.skill, "target_on": target_on})
        return item.id


def sign_off_item(ctx: ServiceContext, item_id: int, on: dt.date, comment: str = "") -> None:
    """The mentor confirms the apprentice has learnt the skill."""
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        item = session.get(MentoringPlanItem, item_id)
        if item is None:
            raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This plan item no longer exists.")))
        agreement = _get(session, item.agreement_id)
        if agreement.status != "active":
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "Items are signed off while the agreement is active.")))
        if item.signed_off_on is not None:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "This item was signed off on {date}."), date=item.signed_off_on))
        if on > dt.date.today() or on < agreement.start_on:
            raise ValidationFailed({"on": message(QT_TRANSLATE_NOOP(
                "Messages", "The sign-off date lies between the start of the agreement and today."))})
        item.signed_off_on, item.sign_off_comment = on, comment.strip()
        audit.record(session, ctx.actor, "sign_off", "plan_item", item.id, f"{agreement.number} {item.skill}",
                     {"signed_off_on": None}, {"signed_off_on": on, "comment": item.sign_off_comment})


# -- reviews -------------------------------------------------------------------------------------

def add_review(ctx: ServiceContext, agreement_id: int, reviewed_on: dt.date, mentor_score: int,
               apprentice_score: int, mentor_comment: str = "", apprentice_comment: str = "") -> ReviewRow:
    """A month's or a quarter's review (by the agreement's review period), one per period."""
    errors: dict[str, Message] = {}
    for name, score in (("mentor_score", mentor_score), ("apprentice_score", apprentice_score)):
        if (problem := score_problem(score)) is not None:
            errors[name] = problem
    if reviewed_on > dt.date.today():
        errors["reviewed_on"] = message(QT_TRANSLATE_NOOP("Messages", "The date cannot be in the future."))
    if errors:
        raise ValidationFailed(errors)
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        agreement = _get(session, agreement_id)
        if agreement.status != "active":
            raise Conflict(message(QT_TRANSLATE_NOOP("Messages", "Reviews are recorded while the agreement is active.")))
        if reviewed_on < agreement.start_on:
            raise ValidationFailed({"reviewed_on": message(QT_TRANSLATE_NOOP(
                "Messages", "The review cannot come before the agreement starts ({start})."),
                start=agreement.start_on)})
        period = review_period(reviewed_on, agreement.review_period)
        review = MentoringReview(agreement_id=agreement.id, period=period, reviewed_on=reviewed_on,
                                 mentor_score=mentor_score, mentor_comment=mentor_comment.strip(),
                                 apprentice_score=apprentice_score, apprentice_comment=apprentice_comment.strip())
        try:
            with session.begin_nested():
                session.add(review)
                session.flush()
        except IntegrityError as error:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "The review of {period} is recorded already."), period=period)) from error
        audit.record(session, ctx.actor, "create", "mentoring_review", review.id, f"{agreement.number} {period}",
                     None, {"period": period, "reviewed_on": reviewed_on, "mentor_score": mentor_score,
                            "apprentice_score": apprentice_score})
        return ReviewRow(review.id, period, reviewed_on, mentor_score, review.mentor_comment, apprentice_score,
                         review.apprentice_comment)


def _open(agreement: MentoringAgreement) -> None:
    if agreement.status not in ("draft", "active"):
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "Agreement {number} has ended: its plan is closed."), number=agreement.number))


def _get(session: Session, agreement_id: int) -> MentoringAgreement:
    agreement = session.get(MentoringAgreement, agreement_id)
    if agreement is None:
        raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This agreement no longer exists.")))
    return agreement
