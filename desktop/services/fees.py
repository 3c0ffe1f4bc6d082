"""Fees: the amount due after discount (set at sign-up), payment with a receipt number, and
the fee report of a class."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.base import utcnow
from db.models import Enrolment, Trainee, TrainingClass
from desktop.domain.errors import Conflict, NotFound, ValidationFailed
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.domain.people import mask_id_number
from desktop.domain.roles import Permission
from desktop.domain.training import fee_due, is_model_worker
from desktop.services import audit
from desktop.services.certificate_settings import read_settings
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.sequences import next_serial
from desktop.services.signups import locked_enrolment, trainee_name_of


@dataclass(frozen=True)
class FeeLine:
    enrolment_id: int
    trainee_name: str
    id_number_masked: str
    discount: str  # "", "honour", "union"
    due_fen: int
    paid_at: dt.datetime | None
    receipt_no: str | None


@dataclass(frozen=True)
class FeeReport:
    issuer: str
    class_code: str
    class_title: str
    fee_yuan: int
    honour_discount_pct: int
    union_discount_pct: int
    lines: tuple[FeeLine, ...]
    printed_on: dt.date

    @property
    def due_fen(self) -> int:
        return sum(line.due_fen for line in self.lines)

    @property
    def paid_fen(self) -> int:
        return sum(line.due_fen for line in self.lines if line.paid_at)

    @property
    def outstanding_fen(self) -> int:
        return self.due_fen - self.paid_fen


def record_payment(ctx: ServiceContext, enrolment_id: int, receipt_no: str = "") -> str:
    """Mark the fee paid; a blank receipt number takes the next SJ<year>-<serial>. Returns it."""
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        enrolment = locked_enrolment(session, enrolment_id)
        name = trainee_name_of(session, enrolment)
        course = session.get(TrainingClass, enrolment.class_id)
        if course.cancelled_at is not None:
            raise Conflict(message(QT_TRANSLATE_NOOP("Messages", "{title} is cancelled."), title=course.title))
        if enrolment.status != "placed":
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "{name} holds no place in this class, so there is no fee to pay."), name=name))
        if enrolment.paid_at is not None:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "{name} has paid already (receipt {receipt})."), name=name,
                receipt=enrolment.receipt_no or ""))
        if enrolment.fee_due_fen == 0:
            raise Conflict(message(QT_TRANSLATE_NOOP("Messages", "{name} owes nothing for this class."), name=name))
        receipt = receipt_no.strip() or _next_receipt(session)
        taken = ValidationFailed({"receipt_no": message(QT_TRANSLATE_NOOP(
            "Messages", "Receipt {receipt} is recorded for another payment already."), receipt=receipt)})
        if session.scalar(select(Enrolment.id).where(Enrolment.receipt_no == receipt)) is not None:
            raise taken
        enrolment.paid_at, enrolment.receipt_no = utcnow(), receipt
        try:
            session.flush()
        except IntegrityError as error:  # the same number typed at another desk a moment ago
            raise taken from error
        audit.record(session, ctx.actor, "pay", "enrolment", enrolment.id, name, None,
                     {"receipt_no": receipt, "fee_due_fen": enrolment.fee_due_fen})
        return receipt


def cancel_payment(ctx: ServiceContext, enrolment_id: int, reason: str) -> None:
    """Undo a payment entered by mistake or refunded; the reason stays in the audit log."""
    if len(reason.strip()) < 2:
        raise ValidationFailed({"reason": message(QT_TRANSLATE_NOOP(
            "Messages", "Give the reason; it is kept in the audit log."))})
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        enrolment = locked_enrolment(session, enrolment_id)
        if enrolment.paid_at is None:
            raise Conflict(message(QT_TRANSLATE_NOOP("Messages", "No payment is recorded for this sign-up.")))
        before = {"receipt_no": enrolment.receipt_no, "paid_at": enrolment.paid_at}
        enrolment.paid_at, enrolment.receipt_no = None, None
        audit.record(session, ctx.actor, "cancel_payment", "enrolment", enrolment.id, trainee_name_of(session, enrolment),
                     before, {"reason": reason.strip()})


def fee_report(ctx: ServiceContext, class_id: int) -> FeeReport:
    """Everyone holding a place (completed ones too), in sign-up order."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        course = session.get(TrainingClass, class_id)
        if course is None:
            raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This class no longer exists.")))
        rows = session.execute(select(Enrolment, Trainee.name, Trainee.id_number)
                               .join(Trainee, Trainee.id == Enrolment.trainee_id)
                               .where(Enrolment.class_id == class_id, Enrolment.status == "placed")
                               .order_by(Enrolment.submitted_at, Enrolment.id)).all()
        lines = tuple(FeeLine(e.id, name, mask_id_number(number), e.discount, e.fee_due_fen, e.paid_at, e.receipt_no)
                      for e, name, number in rows)
        return FeeReport(read_settings(session).issuer, course.code, course.title, course.fee,
                         course.honour_discount_pct, course.union_discount_pct, lines, dt.date.today())


def refresh_unpaid_fees(session: Session, course: TrainingClass) -> int:
    """After the class's fee or discounts change, recompute what unpaid sign-ups owe."""
    changed = 0
    for enrolment, trainee in session.execute(select(Enrolment, Trainee)
                                              .join(Trainee, Trainee.id == Enrolment.trainee_id)
                                              .where(Enrolment.class_id == course.id, Enrolment.paid_at.is_(None),
                                                     Enrolment.status != "withdrawn")).all():
        fee = fee_due(course.fee, course.honour_discount_pct, course.union_discount_pct,
                      is_model_worker(h.name for h in trainee.honours), trainee.union_member)
        if (fee.due_fen, fee.discount) != (enrolment.fee_due_fen, enrolment.discount):
            enrolment.fee_due_fen, enrolment.discount = fee.due_fen, fee.discount
            changed += 1
    return changed


def _next_receipt(session: Session) -> str:
    year = dt.date.today().year
    while True:
        receipt = f"SJ{year}-{next_serial(session, f'receipt:{year}'):06d}"
        if session.scalar(select(Enrolment.id).where(Enrolment.receipt_no == receipt)) is None:
            return receipt
