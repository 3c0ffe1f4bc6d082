"""Completing a class: the final assessment, the class's completion rule, and completion
certificates (结业证书) issued in one batch through the certificates engine."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.base import utcnow
from db.models import Certificate, Enrolment, TrainingClass
from desktop.domain.errors import Conflict, NotFound, ValidationFailed
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.domain.roles import Permission
from desktop.domain.training import CompletionBlock, completion_block
from desktop.services import audit, certificates
from desktop.services.attendance import grid_of
from desktop.services.certificates import CertificateRow, IssueRequest
from desktop.services.context import ServiceContext, require, unit_of_work
from desktop.services.signups import lock_class

ASSESSMENTS = ("passed", "failed")


@dataclass(frozen=True)
class Candidate:
    enrolment_id: int
    trainee_id: int
    trainee_name: str
    attendance_pct: int | None
    credited_minutes: int
    assessment: str | None
    block: CompletionBlock | None  # None: may complete now
    completed_at: dt.datetime | None
    certificate_number: str | None


@dataclass(frozen=True)
class CompletionRule:
    min_attendance_pct: int
    requires_assessment: bool
    sessions: int


def set_assessment(ctx: ServiceContext, enrolment_ids: list[int], result: str | None) -> None:
    """Record the final assessment (passed / failed / not yet) for placed trainees."""
    if result is not None and result not in ASSESSMENTS:
        raise ValidationFailed({"assessment": message(QT_TRANSLATE_NOOP(
            "Messages", "Unknown assessment result: {result}."), result=result)})
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        for enrolment in _placed(session, enrolment_ids):
            if enrolment.completed_at is not None:
                raise Conflict(message(QT_TRANSLATE_NOOP(
                    "Messages", "A trainee in the selection has completed the class: the result is final.")))
            before = enrolment.assessment
            enrolment.assessment = result
            audit.record(session, ctx.actor, "assess", "enrolment", enrolment.id, "", {"assessment": before},
                         {"assessment": result})


def candidates(ctx: ServiceContext, class_id: int) -> tuple[CompletionRule, list[Candidate]]:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return _candidates(session, class_id)


def _candidates(session: Session, class_id: int) -> tuple[CompletionRule, list[Candidate]]:
    course = session.get(TrainingClass, class_id)
    if course is None:
        raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This class no longer exists.")))
    grid = grid_of(session, class_id)
    enrolments = {e.id: e for e in session.scalars(select(Enrolment).where(
        Enrolment.class_id == class_id, Enrolment.status == "placed"))}
    numbers = dict(session.execute(select(Certificate.id, Certificate.number).where(
        Certificate.id.in_([e.certificate_id for e in enrolments.values() if e.certificate_id]))).all())
    result = []
    for row in grid.rows:
        e = enrolments[row.enrolment_id]
        block = None if e.completed_at else completion_block(
            True, list(row.marks), course.min_attendance_pct, course.requires_assessment, e.assessment)
        result.append(Candidate(e.id, e.trainee_id, row.trainee_name, row.attendance_pct, row.credited_minutes,
                                e.assessment, block, e.completed_at, numbers.get(e.certificate_id)))
    rule = CompletionRule(course.min_attendance_pct, course.requires_assessment, len(grid.sessions))
    return rule, result


def complete_and_print(ctx: ServiceContext, class_id: int, enrolment_ids: list[int], issue_date: dt.date,
                       destination: Path | BinaryIO,
                       progress: Callable[[int, int], bool] | None = None) -> list[CertificateRow]:
    """Complete the chosen trainees and issue their 结业证书 into one PDF — all or nothing.
    Anyone who does not meet the class's rule stops the batch with the reason."""
    require(ctx, Permission.EDIT_REGISTRY)
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        course = session.get(TrainingClass, class_id)
        if course is None:
            raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This class no longer exists.")))
        if course.cancelled_at is not None:
            raise Conflict(message(QT_TRANSLATE_NOOP("Messages", "{title} is cancelled."), title=course.title))
        _rule, found = _candidates(session, class_id)
        chosen = [c for c in found if c.enrolment_id in set(enrolment_ids)]
        _refuse_blocked(chosen)
        title, occupation = course.title, course.occupation.name
    requests = [IssueRequest("completion", c.trainee_id, issue_date, occupation=occupation, class_title=title,
                             hours=round(c.credited_minutes / 60, 1)) for c in chosen]

    def mark_completed(session: Session, issued: list[tuple[int, int]]) -> None:
        # Checked again inside the issuing transaction, under the class lock: another
        # workstation may have completed or changed someone since the list was read.
        lock_class(session, class_id)
        _rule, now_found = _candidates(session, class_id)
        _refuse_blocked([c for c in now_found if c.enrolment_id in set(enrolment_ids)])
        by_trainee = dict(issued)
        stamp = utcnow()
        for enrolment in _placed(session, [c.enrolment_id for c in chosen]):
            enrolment.completed_at, enrolment.certificate_id = stamp, by_trainee[enrolment.trainee_id]
            audit.record(session, ctx.actor, "complete", "enrolment", enrolment.id, "", None,
                         {"certificate_id": enrolment.certificate_id})

    return certificates.issue_and_print(ctx, requests, destination, progress, on_issued=mark_completed)


def _refuse_blocked(chosen: list[Candidate]) -> None:
    if not chosen:
        raise ValidationFailed({"trainees": message(QT_TRANSLATE_NOOP(
            "Messages", "Choose the trainees who completed the class."))})
    for c in chosen:
        if c.completed_at is not None:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "{name} has completed this class already (certificate {number})."),
                name=c.trainee_name, number=c.certificate_number or ""))
        if c.block is CompletionBlock.NO_SESSIONS:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "The class has no sessions: add them when editing the class.")))
        if c.block is CompletionBlock.UNMARKED:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "{name}: some sessions have no attendance mark yet."), name=c.trainee_name))
        if c.block is CompletionBlock.ATTENDANCE:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "{name} attended {pct}% of the sessions, below the class's minimum."),
                name=c.trainee_name, pct=c.attendance_pct or 0))
        if c.block is CompletionBlock.ASSESSMENT:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "{name} has not passed the final assessment."), name=c.trainee_name))


def _placed(session: Session, enrolment_ids: list[int]) -> list[Enrolment]:
    found = session.scalars(select(Enrolment).where(Enrolment.id.in_(enrolment_ids))).all()
    if len(found) != len(set(enrolment_ids)) or any(e.status != "placed" for e in found):
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "Only trainees holding a place can be assessed or complete the class.")))
    return list(found)
