"""Appraisal batches (认定批次): plan one for an occupation and level, add candidates from the
eligibility list or by hand with a recorded override reason, start scoring, cancel."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db.models import AppraisalBatch, AppraisalCandidate, AppraisalEntry, Trainee
from desktop.domain.appraisal import DEFAULT_PASS, PassMarks, outcome, parts_of
from desktop.domain.errors import Conflict, NotFound, ValidationFailed
from desktop.domain.levels import LEVEL_NAMES
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from desktop.domain.people import mask_id_number
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.appraisal_eligibility import check_level, eligibility_in, occupation_by_code_or_name
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.sequences import next_serial


@dataclass(frozen=True)
class BatchInput:
    occupation: str  # code or name
    level: int
    exam_on: dt.date
    practical_on: dt.date | None = None
    venue: str = ""
    examiners: str = ""  # 考评员, separated by 、
    capacity: int = 30
    pass_theory: int = DEFAULT_PASS  # tenths
    pass_practical: int = DEFAULT_PASS
    pass_review: int = DEFAULT_PASS
    double_entry: bool = False


@dataclass(frozen=True)
class BatchRow:
    id: int
    number: str
    occupation: str
    occupation_code: str
    level: int
    exam_on: dt.date
    practical_on: dt.date | None
    venue: str
    examiners: str
    capacity: int
    pass_marks: PassMarks
    double_entry: bool
    status: str
    candidates: int
    passed: int
    issue_date: dt.date | None

    @property
    def title(self) -> str:
        return f"{self.number} {self.occupation} {LEVEL_NAMES[self.level]}"


@dataclass(frozen=True)
class CandidateRow:
    id: int
    batch_id: int
    trainee_id: int
    name: str
    id_number: str  # masked
    employer: str
    route: str
    override_reason: str
    scores: dict[str, int | None]  # tenths per part
    status: str
    outcome: str | None  # computed while scoring, stored on approval
    certificate_number: str


def _problems(data: BatchInput) -> dict[str, Message]:
    problems: dict[str, Message] = {}
    if data.level not in LEVEL_NAMES:
        problems["level"] = message(QT_TRANSLATE_NOOP("Messages", "Choose a skill level from 5 to 1."))
    if data.practical_on is not None and data.practical_on < data.exam_on:
        problems["practical_on"] = message(QT_TRANSLATE_NOOP(
            "Messages", "The practical assessment cannot come before the theory exam."))
    if not 1 <= data.capacity <= 1000:
        problems["capacity"] = message(QT_TRANSLATE_NOOP("Messages", "The capacity is from 1 to 1000 candidates."))
    for name in ("pass_theory", "pass_practical", "pass_review"):
        if not 0 <= getattr(data, name) <= 1000:
            problems[name] = message(QT_TRANSLATE_NOOP("Messages", "A pass mark is from 0 to 100."))
    if len(data.venue.strip()) > 200 or len(data.examiners.strip()) > 300:
        problems["venue"] = message(QT_TRANSLATE_NOOP("Messages", "The venue or the examiners are too long."))
    return problems


def create_batch(ctx: ServiceContext, data: BatchInput) -> BatchRow:
    problems = _problems(data)
    if problems:
        raise ValidationFailed(problems)
    with unit_of_work(ctx, Permission.MANAGE_APPRAISALS) as session:
        occupation = occupation_by_code_or_name(session, data.occupation)
        if data.level not in (occupation.levels or [5, 4, 3, 2, 1]):
            raise ValidationFailed({"level": message(QT_TRANSLATE_NOOP(
                "Messages", "The standard of {occupation} has no level {level}."), occupation=occupation.name,
                level=data.level)})
        year = data.exam_on.year
        batch = AppraisalBatch(number=f"RD{year}-{next_serial(session, f'appraisal-batch-{year}'):03d}",
                               occupation_id=occupation.id, status="planned")
        _assign(batch, data)
        session.add(batch)
        session.flush()
        audit.record(session, ctx.actor, "create", "appraisal_batch", batch.id, batch.number, None, _view(batch))
        return batch_row(session, batch)


def update_batch(ctx: ServiceContext, batch_id: int, data: BatchInput) -> BatchRow:
    """Dates, venue, examiners, capacity and pass marks until approval; the occupation and
    level only while the batch has no candidate."""
    problems = _problems(data)
    if problems:
        raise ValidationFailed(problems)
    with unit_of_work(ctx, Permission.MANAGE_APPRAISALS) as session:
        batch = open_batch(session, batch_id)
        before = _view(batch)
        occupation = occupation_by_code_or_name(session, data.occupation)
        if (occupation.id != batch.occupation_id or data.level != batch.level) and _count(session, batch.id):
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "The batch has candidates: its occupation and level can no longer change.")))
        if data.capacity < _count(session, batch.id):
            raise ValidationFailed({"capacity": message(QT_TRANSLATE_NOOP(
                "Messages", "The batch already has more candidates than that."))})
        batch.occupation_id = occupation.id
        _assign(batch, data)
        session.flush()
        audit.record(session, ctx.actor, "update", "appraisal_batch", batch.id, batch.number, before, _view(batch))
        return batch_row(session, batch)


def _assign(batch: AppraisalBatch, data: BatchInput) -> None:
    batch.level, batch.exam_on, batch.practical_on = data.level, data.exam_on, data.practical_on
    batch.venue, batch.examiners, batch.capacity = data.venue.strip(), data.examiners.strip(), data.capacity
    batch.pass_theory, batch.pass_practical, batch.pass_review = data.pass_theory, data.pass_practical, data.pass_review
    batch.double_entry = data.double_entry


def _view(batch: AppraisalBatch) -> dict:
    return {"occupation_id": batch.occupation_id, "level": batch.level, "exam_on": batch.exam_on,
            "practical_on": batch.practical_on, "venue": batch.venue, "examiners": batch.examiners,
            "capacity": batch.capacity, "pass_theory": batch.pass_theory, "pass_practical": batch.pass_practical,
            "pass_review": batch.pass_review, "double_entry": batch.double_entry, "status": batch.status}


def list_batches(ctx: ServiceContext, status: str | None = None) -> list[BatchRow]:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        statement = select(AppraisalBatch).order_by(AppraisalBatch.exam_on.desc(), AppraisalBatch.id.desc())
        if status:
            statement = statement.where(AppraisalBatch.status == status)
        return [batch_row(session, b) for b in session.scalars(statement)]


def get_batch(ctx: ServiceContext, batch_id: int) -> BatchRow:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return batch_row(session, batch_of(session, batch_id))


def batch_of(session: Session, batch_id: int) -> AppraisalBatch:
    batch = session.get(AppraisalBatch, batch_id)
    if batch is None:
        raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This appraisal batch no longer exists.")))
    return batch


def lock_batch(session: Session, batch_id: int) -> AppraisalBatch:
    """The batch with its row locked until commit (a no-op write, as for competition events):
    desks adding candidates, typing scores and approving act on it one after the other, so a
    status or a count checked is the one acted on."""
    session.execute(update(AppraisalBatch).where(AppraisalBatch.id == batch_id)
                    .values(status=AppraisalBatch.status).execution_options(synchronize_session=False))
    batch = batch_of(session, batch_id)
    session.refresh(batch)
    return batch


def open_batch(session: Session, batch_id: int, *statuses: str) -> AppraisalBatch:
    """The batch, locked (lock_batch), refused when approved or cancelled (or not in one of
    `statuses`)."""
    batch = lock_batch(session, batch_id)
    if batch.status in ("approved", "cancelled"):
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "Batch {number} is approved or cancelled: it can no longer change."), number=batch.number))
    if statuses and batch.status not in statuses:
        if batch.status == "planned":
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "Start scoring batch {number} first."), number=batch.number))
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "Batch {number} is being scored: its candidates can no longer change."), number=batch.number))
    return batch


def _count(session: Session, batch_id: int) -> int:
    return session.scalar(select(func.count()).where(AppraisalCandidate.batch_id == batch_id)) or 0


def pass_marks_of(batch: AppraisalBatch) -> PassMarks:
    return PassMarks(batch.pass_theory, batch.pass_practical, batch.pass_review)


def batch_row(session: Session, batch: AppraisalBatch) -> BatchRow:
    people = candidate_rows(session, batch)
    return BatchRow(batch.id, batch.number, batch.occupation.name, batch.occupation.code or "", batch.level,
                    batch.exam_on, batch.practical_on, batch.venue, batch.examiners, batch.capacity,
                    pass_marks_of(batch), batch.double_entry, batch.status, len(people),
                    sum(1 for c in people if c.outcome == "passed"), batch.issue_date)


# -- candidates ----------------------------------------------------------------------------

def list_candidates(ctx: ServiceContext, batch_id: int) -> list[CandidateRow]:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return candidate_rows(session, batch_of(session, batch_id))


def candidate_rows(session: Session, batch: AppraisalBatch) -> list[CandidateRow]:
    from db.models import Certificate

    marks, parts = pass_marks_of(batch), parts_of(batch.level)
    statement = (select(AppraisalCandidate, Trainee, Certificate.number)
                 .join(Trainee, Trainee.id == AppraisalCandidate.trainee_id)
                 .outerjoin(Certificate, Certificate.id == AppraisalCandidate.certificate_id)
                 .where(AppraisalCandidate.batch_id == batch.id).order_by(AppraisalCandidate.id))
    rows = []
    for candidate, trainee, number in session.execute(statement):
        scores = {part: getattr(candidate, part) for part in parts}
        result = candidate.outcome if batch.status == "approved" else outcome(batch.level, candidate.status, scores, marks)
        rows.append(CandidateRow(candidate.id, batch.id, trainee.id, trainee.name, mask_id_number(trainee.id_number),
                                 trainee.employer.name if trainee.employer else "", candidate.route,
                                 candidate.override_reason, scores, candidate.status, result, number or ""))
    return rows


def add_candidates(ctx: ServiceContext, batch_id: int, trainee_ids: list[int], override_reason: str = "",
                   today: dt.date | None = None) -> list[CandidateRow]:
    """Add people to a planned batch. Everyone must be eligible today, unless an override
    reason (recorded with each one who is not) is given."""
    today = today or dt.date.today()
    reason = override_reason.strip()
    with unit_of_work(ctx, Permission.MANAGE_APPRAISALS) as session:
        batch = open_batch(session, batch_id, "planned")
        check_level(batch.level)
        present = set(session.scalars(select(AppraisalCandidate.trainee_id)
                                      .where(AppraisalCandidate.batch_id == batch.id)))
        chosen = [t for t in dict.fromkeys(trainee_ids) if t not in present]
        if len(present) + len(chosen) > batch.capacity:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "Batch {number} has room for {free} more candidates."),
                number=batch.number, free=max(batch.capacity - len(present), 0)))
        for trainee_id in chosen:
            trainee = session.get(Trainee, trainee_id)
            if trainee is None or trainee.archived_at is not None:
                raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This trainee no longer exists.")))
            answer = eligibility_in(session, trainee_id, batch.occupation, batch.level, today)
            if answer.reason is not None:  # already holds the level: no override helps
                raise Conflict(message(QT_TRANSLATE_NOOP(
                    "Messages", "{name} already holds this level or a higher one in the occupation."),
                    name=trainee.name))
            elsewhere = session.scalar(
                select(AppraisalBatch.number).join(AppraisalCandidate, AppraisalCandidate.batch_id == AppraisalBatch.id)
                .where(AppraisalCandidate.trainee_id == trainee_id, AppraisalBatch.id != batch.id,
                       AppraisalBatch.occupation_id == batch.occupation_id, AppraisalBatch.level == batch.level,
                       AppraisalBatch.status.in_(("planned", "scoring"))).limit(1))
            if elsewhere is not None:
                raise Conflict(message(QT_TRANSLATE_NOOP(
                    "Messages", "{name} is a candidate of batch {number} for the same level already."),
                    name=trainee.name, number=elsewhere))
            if not answer.eligible and len(reason) < 2:
                raise ValidationFailed({"override_reason": message(QT_TRANSLATE_NOOP(
                    "Messages", "{name} is not eligible for this level: give the reason for admitting them."),
                    name=trainee.name)})
            candidate = AppraisalCandidate(batch_id=batch.id, trainee_id=trainee_id, status="sitting",
                                           route=answer.route_label, override_reason="" if answer.eligible else reason)
            session.add(candidate)
            session.flush()
            audit.record(session, ctx.actor, "add_candidate", "appraisal_batch", batch.id,
                         f"{batch.number} {trainee.name}", None,
                         {"trainee": trainee.name, "route": candidate.route, "override_reason": candidate.override_reason})
        return candidate_rows(session, batch)


def remove_candidate(ctx: ServiceContext, candidate_id: int) -> None:
    with unit_of_work(ctx, Permission.MANAGE_APPRAISALS) as session:
        candidate = session.get(AppraisalCandidate, candidate_id)
        if candidate is None:
            raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This candidate is no longer in the batch.")))
        batch = open_batch(session, candidate.batch_id, "planned")
        trainee = session.get(Trainee, candidate.trainee_id)
        audit.record(session, ctx.actor, "remove_candidate", "appraisal_batch", batch.id,
                     f"{batch.number} {trainee.name}", {"trainee": trainee.name, "route": candidate.route}, None)
        session.delete(candidate)


def start_scoring(ctx: ServiceContext, batch_id: int) -> BatchRow:
    with unit_of_work(ctx, Permission.MANAGE_APPRAISALS) as session:
        batch = open_batch(session, batch_id, "planned")
        if not _count(session, batch.id):
            raise Conflict(message(QT_TRANSLATE_NOOP("Messages", "Add candidates before scoring.")))
        batch.status = "scoring"
        audit.record(session, ctx.actor, "start_scoring", "appraisal_batch", batch.id, batch.number,
                     {"status": "planned"}, {"status": "scoring"})
        return batch_row(session, batch)


def cancel_batch(ctx: ServiceContext, batch_id: int, reason: str) -> BatchRow:
    if len(reason.strip()) < 2:
        raise ValidationFailed({"reason": message(QT_TRANSLATE_NOOP(
            "Messages", "Give the reason; it is kept with the batch."))})
    with unit_of_work(ctx, Permission.MANAGE_APPRAISALS) as session:
        batch = open_batch(session, batch_id)
        before = batch.status
        batch.status = "cancelled"
        audit.record(session, ctx.actor, "cancel", "appraisal_batch", batch.id, batch.number,
                     {"status": before}, {"status": "cancelled", "reason": reason.strip()})
        return batch_row(session, batch)


def entries_of(session: Session, candidate_ids: list[int]) -> dict[tuple[int, str], dict[int, AppraisalEntry]]:
    found: dict[tuple[int, str], dict[int, AppraisalEntry]] = {}
    if candidate_ids:
        for entry in session.scalars(select(AppraisalEntry).where(AppraisalEntry.candidate_id.in_(candidate_ids))):
            found.setdefault((entry.candidate_id, entry.part), {})[entry.round] = entry
    return found
