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
    # The day "overdue" is judged on: today while the agreement runs, the day it ended once it
    # is closed — as in the plan's progress and the agreement list. None: today.
    as_of: dt.date | None = None

    @property
    def overdue(self) -> bool:
        """Due and not signed off, counted like PlanProgress.overdue."""
        return self.signed_off_on is None and self.target_on <= (self.as_of or dt.date.today())


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
    as_of = min(today, agreement.ended_on) if agreement.ended_on else today
    items = _items(session, agreement.id, as_of)
    reviews = [ReviewRow(r.id, r.period, r.reviewed_on, r.mentor_score, r.mentor_comment, r.apprentice_score,
                         r.apprentice_comment)
               for r in session.scalars(select(MentoringReview).where(MentoringReview.agreement_id == agreement.id)
                                        .order_by(MentoringReview.reviewed_on, MentoringReview.id))]
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


def _items(session: Session, agreement_id: int, as_of: dt.date) -> list[PlanItemRow]:
    return [PlanItemRow(i.id, i.skill, i.target_on, i.signed_off_on, i.sign_off_comment, as_of)
            for i in session.scalars(select(MentoringPlanItem).where(MentoringPlanItem.agreement_id == agreement_id)
                                     .order_by(MentoringPlanItem.target_on, MentoringPlanItem.id))]


# -- the plan ----------------------------------------------------------------------------------

def add_plan_item(ctx: ServiceContext, agreement_id: int, skill: str, target_on: dt.date) -> int:
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        agreement = _get(session, agreement_id)
        _open(agreement)
        _check_item(agreement, skill, target_on)
        item = MentoringPlanItem(agreement_id=agreement.id, skill=skill.strip(), target_on=target_on,
                                 sign_off_comment="")
        session.add(item)
        session.flush()
        audit.record(session, ctx.actor, "create", "plan_item", item.id, f"{agreement.number} {item.skill}",
                     None, {"agreement": agreement.number, "skill": item.skill, "target_on": target_on})
        return item.id


def update_plan_item(ctx: ServiceContext, item_id: int, skill: str, target_on: dt.date) -> None:
    """Correct an item's skill or target date: while it waits for its sign-off and the
    agreement is a draft or runs."""
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        item, agreement = _item(session, item_id)
        _open(agreement)
        _not_signed_off(item)
        _check_item(agreement, skill, target_on)
        before = {"skill": item.skill, "target_on": item.target_on}
        item.skill, item.target_on = skill.strip(), target_on
        after = {"skill": item.skill, "target_on": item.target_on}
        if after == before:
            return
        audit.record(session, ctx.actor, "update", "plan_item", item.id, f"{agreement.number} {item.skill}",
                     before, after)


def remove_plan_item(ctx: ServiceContext, item_id: int) -> None:
    """Take an item off the plan: one not signed off, of a draft or running agreement."""
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        item, agreement = _item(session, item_id)
        _open(agreement)
        _not_signed_off(item)
        audit.record(session, ctx.actor, "delete", "plan_item", item.id, f"{agreement.number} {item.skill}",
                     {"agreement": agreement.number, "skill": item.skill, "target_on": item.target_on}, None)
        session.delete(item)


def sign_off_item(ctx: ServiceContext, item_id: int, on: dt.date, comment: str = "") -> None:
    """The mentor confirms the apprentice has learnt the skill."""
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        item, agreement = _item(session, item_id)
        _running(agreement, message(QT_TRANSLATE_NOOP(
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


def undo_sign_off(ctx: ServiceContext, item_id: int, reason: str) -> None:
    """Take back a sign-off given by mistake, with the reason, while the agreement runs: the
    item waits for its sign-off again (and counts as overdue once its target date has come)."""
    if len(reason.strip()) < 2:
        raise ValidationFailed({"reason": message(QT_TRANSLATE_NOOP(
            "Messages", "Give the reason the sign-off is taken back; it is kept in the audit log."))})
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        item, agreement = _item(session, item_id)
        _running(agreement, message(QT_TRANSLATE_NOOP(
            "Messages", "A sign-off is taken back while the agreement is active.")))
        if item.signed_off_on is None:
            raise Conflict(message(QT_TRANSLATE_NOOP("Messages", "This item is not signed off.")))
        before = {"signed_off_on": item.signed_off_on, "comment": item.sign_off_comment}
        item.signed_off_on, item.sign_off_comment = None, ""
        audit.record(session, ctx.actor, "undo_sign_off", "plan_item", item.id, f"{agreement.number} {item.skill}",
                     before, {"signed_off_on": None, "reason": reason.strip()})


def _check_item(agreement: MentoringAgreement, skill: str, target_on: dt.date) -> None:
    errors: dict[str, Message] = {}
    if not skill.strip():
        errors["skill"] = message(QT_TRANSLATE_NOOP("Messages", "Enter the skill to pass on."))
    if not agreement.start_on <= target_on <= agreement.end_on:
        errors["target_on"] = message(QT_TRANSLATE_NOOP(
            "Messages", "The target date lies within the agreement ({start} – {end})."),
            start=agreement.start_on, end=agreement.end_on)
    if errors:
        raise ValidationFailed(errors)


def _not_signed_off(item: MentoringPlanItem) -> None:
    if item.signed_off_on is not None:
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "This item was signed off on {date}: undo the sign-off first to change it."),
            date=item.signed_off_on))


def _item(session: Session, item_id: int) -> tuple[MentoringPlanItem, MentoringAgreement]:
    item = session.get(MentoringPlanItem, item_id)
    if item is None:
        raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This plan item no longer exists.")))
    return item, _get(session, item.agreement_id)


# -- reviews -------------------------------------------------------------------------------------

def add_review(ctx: ServiceContext, agreement_id: int, reviewed_on: dt.date, mentor_score: int,
               apprentice_score: int, mentor_comment: str = "", apprentice_comment: str = "") -> ReviewRow:
    """A month's or a quarter's review (by the agreement's review period), one per period."""
    _check_scores(reviewed_on, mentor_score, apprentice_score)
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        agreement = _get(session, agreement_id)
        _running(agreement, message(QT_TRANSLATE_NOOP(
            "Messages", "Reviews are recorded while the agreement is active.")))
        period = _period(agreement, reviewed_on)
        review = MentoringReview(agreement_id=agreement.id, period=period, reviewed_on=reviewed_on,
                                 mentor_score=mentor_score, mentor_comment=mentor_comment.strip(),
                                 apprentice_score=apprentice_score, apprentice_comment=apprentice_comment.strip())
        session.add(review)
        _flush_review(session, period)
        audit.record(session, ctx.actor, "create", "mentoring_review", review.id, f"{agreement.number} {period}",
                     None, {"period": period, "reviewed_on": reviewed_on, "mentor_score": mentor_score,
                            "apprentice_score": apprentice_score})
        return _review_row(review)


def update_review(ctx: ServiceContext, review_id: int, reviewed_on: dt.date, mentor_score: int,
                  apprentice_score: int, mentor_comment: str = "", apprentice_comment: str = "") -> ReviewRow:
    """Correct a review while the agreement runs, by the rules of a new one: scores 0–100, a
    date from the start of the agreement to today, one review per period."""
    _check_scores(reviewed_on, mentor_score, apprentice_score)
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        review, agreement = _review(session, review_id)
        _running(agreement, message(QT_TRANSLATE_NOOP(
            "Messages", "Reviews are changed while the agreement is active.")))
        period = _period(agreement, reviewed_on)
        before = _review_view(review)
        review.period, review.reviewed_on = period, reviewed_on
        review.mentor_score, review.mentor_comment = mentor_score, mentor_comment.strip()
        review.apprentice_score, review.apprentice_comment = apprentice_score, apprentice_comment.strip()
        after = _review_view(review)
        if after != before:
            _flush_review(session, period)
            audit.record(session, ctx.actor, "update", "mentoring_review", review.id,
                         f"{agreement.number} {period}", before, after)
        return _review_row(review)


def remove_review(ctx: ServiceContext, review_id: int) -> None:
    """Delete a review recorded by mistake, while the agreement runs."""
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        review, agreement = _review(session, review_id)
        _running(agreement, message(QT_TRANSLATE_NOOP(
            "Messages", "Reviews are removed while the agreement is active.")))
        audit.record(session, ctx.actor, "delete", "mentoring_review", review.id,
                     f"{agreement.number} {review.period}", _review_view(review), None)
        session.delete(review)


def _check_scores(reviewed_on: dt.date, mentor_score: int, apprentice_score: int) -> None:
    errors: dict[str, Message] = {}
    for name, score in (("mentor_score", mentor_score), ("apprentice_score", apprentice_score)):
        if (problem := score_problem(score)) is not None:
            errors[name] = problem
    if reviewed_on > dt.date.today():
        errors["reviewed_on"] = message(QT_TRANSLATE_NOOP("Messages", "The date cannot be in the future."))
    if errors:
        raise ValidationFailed(errors)


def _period(agreement: MentoringAgreement, reviewed_on: dt.date) -> str:
    if reviewed_on < agreement.start_on:
        raise ValidationFailed({"reviewed_on": message(QT_TRANSLATE_NOOP(
            "Messages", "The review cannot come before the agreement starts ({start})."),
            start=agreement.start_on)})
    return review_period(reviewed_on, agreement.review_period)


def _flush_review(session: Session, period: str) -> None:
    """Write the review; the unique (agreement, period) refuses a second one for the period."""
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError as error:
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "The review of {period} is recorded already."), period=period)) from error


def _review(session: Session, review_id: int) -> tuple[MentoringReview, MentoringAgreement]:
    review = session.get(MentoringReview, review_id)
    if review is None:
        raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This review no longer exists.")))
    return review, _get(session, review.agreement_id)


_REVIEW_FIELDS = ("period", "reviewed_on", "mentor_score", "mentor_comment", "apprentice_score",
                  "apprentice_comment")


def _review_view(review: MentoringReview) -> dict:
    return audit.snapshot(review, _REVIEW_FIELDS)


def _review_row(review: MentoringReview) -> ReviewRow:
    return ReviewRow(review.id, review.period, review.reviewed_on, review.mentor_score, review.mentor_comment,
                     review.apprentice_score, review.apprentice_comment)


def _open(agreement: MentoringAgreement) -> None:
    if agreement.status not in ("draft", "active"):
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "Agreement {number} has ended: its plan is closed."), number=agreement.number))


def _running(agreement: MentoringAgreement, refusal: Message) -> None:
    if agreement.status != "active":
        raise Conflict(refusal)


def _get(session: Session, agreement_id: int) -> MentoringAgreement:
    agreement = session.get(MentoringAgreement, agreement_id)
    if agreement is None:
        raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This agreement no longer exists.")))
    return agreement
