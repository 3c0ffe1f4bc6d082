"""Scores of an appraisal batch: entered once, or twice by two different staff (double entry)
where a part counts only when both rounds agree; statuses (absent, withdrawn, disqualified);
and approval, which locks the batch, records every passed candidate's new level and issues
their level certificates in one transaction (all or nothing)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.base import utcnow
from db.models import CANDIDATE_STATUSES, AppraisalBatch, AppraisalCandidate, AppraisalEntry, Certificate, SkillLevel, Trainee
from desktop.domain.appraisal import outcome, parse_score, parts_of, score_text
from desktop.domain.errors import Conflict, NotFound, ValidationFailed
from desktop.domain.levels import LEVEL_NAMES
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from desktop.domain.roles import Permission
from desktop.services import audit, certificates
from desktop.services.appraisal_batches import (
    BatchRow,
    CandidateRow,
    batch_of,
    batch_row,
    candidate_rows,
    entries_of,
    lock_batch,
    open_batch,
    pass_marks_of,
)
from desktop.services.certificate_settings import read_settings
from desktop.services.certificates import CertificateRow, IssueRequest
from desktop.services.context import ServiceContext, require, unit_of_work


@dataclass(frozen=True)
class Mismatch:
    candidate_id: int
    name: str
    part: str
    first: str  # the rounds' values as typed ("" when not entered yet)
    second: str


def _candidate(session: Session, candidate_id: int) -> AppraisalCandidate:
    candidate = session.get(AppraisalCandidate, candidate_id)
    if candidate is None:
        raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This candidate is no longer in the batch.")))
    return candidate


def set_score(ctx: ServiceContext, candidate_id: int, part: str, text: str, round_: int | None = None) -> CandidateRow:
    """One part's score from what was typed ('72.5', '' clears it). In a double-entry batch
    `round_` (1 or 2) says whose entry this is; the two rounds must come from different staff."""
    value = parse_score(text)
    if isinstance(value, Message):
        raise ValidationFailed({part: value})
    with unit_of_work(ctx, Permission.MANAGE_APPRAISALS) as session:
        candidate = _candidate(session, candidate_id)
        batch = open_batch(session, candidate.batch_id, "scoring")
        if part not in parts_of(batch.level):
            raise ValidationFailed({"part": message(QT_TRANSLATE_NOOP(
                "Messages", "Level {level} has no comprehensive review."), level=batch.level)})
        trainee = session.get(Trainee, candidate.trainee_id)
        before = getattr(candidate, part)
        if batch.double_entry:
            _enter_round(session, ctx, candidate, part, value, round_)
        else:
            setattr(candidate, part, value)
        audit.record(session, ctx.actor, "score", "appraisal_candidate", candidate.id,
                     f"{batch.number} {trainee.name} {part}",
                     {part: score_text(before)}, {part: score_text(value), "round": round_})
        session.flush()
        return next(r for r in candidate_rows(session, batch) if r.id == candidate.id)


def _enter_round(session: Session, ctx: ServiceContext, candidate: AppraisalCandidate, part: str,
                 value: int | None, round_: int | None) -> None:
    if round_ not in (1, 2):
        raise ValidationFailed({"round": message(QT_TRANSLATE_NOOP(
            "Messages", "This batch is entered twice: choose the first or the second entry."))})
    rounds = entries_of(session, [candidate.id]).get((candidate.id, part), {})
    other = rounds.get(3 - round_)
    if other is not None and other.entered_by == ctx.actor.user_id:
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "You entered the other round of this sheet: the second entry must be made by someone else.")))
    mine = rounds.get(round_)
    if mine is None:
        mine = AppraisalEntry(candidate_id=candidate.id, round=round_, part=part)
        session.add(mine)
    elif mine.entered_by != ctx.actor.user_id:
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "Another user made this entry: only they can correct it.")))
    mine.value, mine.entered_by, mine.entered_at = value, ctx.actor.user_id, utcnow()
    agreed = other is not None and other.value == value and value is not None
    setattr(candidate, part, value if agreed else None)


def set_status(ctx: ServiceContext, candidate_id: int, status: str) -> CandidateRow:
    if status not in CANDIDATE_STATUSES:
        raise ValidationFailed({"status": message(QT_TRANSLATE_NOOP("Messages", "Unknown status: {status}."),
                                                  status=status)})
    with unit_of_work(ctx, Permission.MANAGE_APPRAISALS) as session:
        candidate = _candidate(session, candidate_id)
        batch = open_batch(session, candidate.batch_id, "scoring")
        trainee = session.get(Trainee, candidate.trainee_id)
        before, candidate.status = candidate.status, status
        audit.record(session, ctx.actor, "status", "appraisal_candidate", candidate.id,
                     f"{batch.number} {trainee.name}", {"status": before}, {"status": status})
        session.flush()
        return next(r for r in candidate_rows(session, batch) if r.id == candidate.id)


def round_values(ctx: ServiceContext, batch_id: int, round_: int) -> dict[tuple[int, str], int | None]:
    """What was typed in one round of a double-entry batch, per (candidate, part)."""
    with unit_of_work(ctx, Permission.MANAGE_APPRAISALS) as session:
        ids = list(session.scalars(select(AppraisalCandidate.id).where(AppraisalCandidate.batch_id == batch_id)))
        return {key: rounds[round_].value for key, rounds in entries_of(session, ids).items() if round_ in rounds}


def mismatches(ctx: ServiceContext, batch_id: int) -> list[Mismatch]:
    with unit_of_work(ctx, Permission.MANAGE_APPRAISALS) as session:
        return mismatches_in(session, batch_of(session, batch_id))


def mismatches_in(session: Session, batch: AppraisalBatch) -> list[Mismatch]:
    """Every part of a sitting candidate whose two rounds differ or lack one (double entry)."""
    if not batch.double_entry:
        return []
    people = session.execute(select(AppraisalCandidate.id, Trainee.name)
                             .join(Trainee, Trainee.id == AppraisalCandidate.trainee_id)
                             .where(AppraisalCandidate.batch_id == batch.id, AppraisalCandidate.status == "sitting")
                             .order_by(AppraisalCandidate.id)).all()
    entries = entries_of(session, [p for p, _ in people])
    found = []
    for candidate_id, name in people:
        for part in parts_of(batch.level):
            rounds = entries.get((candidate_id, part), {})
            first, second = (rounds[r].value if r in rounds else None for r in (1, 2))
            if first is None or second is None or first != second:
                found.append(Mismatch(candidate_id, name, part, score_text(first), score_text(second)))
    return found


# -- approval ----------------------------------------------------------------------------------

Progress = Callable[[int, int], bool]


def approval_problems(session: Session, batch: AppraisalBatch) -> list[Message]:
    problems: list[Message] = []
    if batch.status != "scoring":
        problems.append(message(QT_TRANSLATE_NOOP(
            "Messages", "Only a batch being scored can be approved (batch {number})."), number=batch.number))
        return problems
    open_sheets = mismatches_in(session, batch)
    if open_sheets:
        problems.append(message(QT_TRANSLATE_NOOP(
            "Messages", "{count} double-entry scores do not agree yet: settle every mismatch first."),
            count=len(open_sheets)))
    holders = session.scalars(
        select(Trainee.name).join(AppraisalCandidate, AppraisalCandidate.trainee_id == Trainee.id)
        .where(AppraisalCandidate.batch_id == batch.id, AppraisalCandidate.status == "sitting",
               select(SkillLevel.id).where(SkillLevel.trainee_id == Trainee.id,
                                           SkillLevel.occupation_id == batch.occupation_id,
                                           SkillLevel.level <= batch.level).exists())).all()
    if holders:  # gained meanwhile, by another batch or a prize: the level is not given twice
        problems.append(message(QT_TRANSLATE_NOOP(
            "Messages", "{names} hold this level already: mark them withdrawn."), names="、".join(holders)))
    undecided = [c.name for c in candidate_rows(session, batch) if c.outcome is None]
    if undecided:
        problems.append(message(QT_TRANSLATE_NOOP(
            "Messages", "Scores are missing for {names}: enter them or mark the candidates absent."),
            names="、".join(undecided[:5]) + ("…" if len(undecided) > 5 else "")))
    return problems


def approval_blockers(ctx: ServiceContext, batch_id: int) -> list[Message]:
    """What stops the batch's approval now (empty: it can be approved), so that nobody picks an
    issue date and a file before hearing that scores are missing."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return approval_problems(session, batch_of(session, batch_id))


def approve_batch(ctx: ServiceContext, batch_id: int, issue_date: dt.date, destination: Path | BinaryIO,
                  progress: Progress | None = None) -> tuple[BatchRow, list[CertificateRow]]:
    """Lock the batch, record each passed candidate's level (route appraisal, with the
    certificate number) and issue the level certificates into one PDF — all or nothing."""
    require(ctx, Permission.MANAGE_APPRAISALS)
    require(ctx, Permission.ISSUE_CERTIFICATES)
    if issue_date > dt.date.today():
        raise ValidationFailed({"issue_date": message(QT_TRANSLATE_NOOP(
            "Messages", "The level is obtained on the issue date: it cannot be in the future."))})
    with unit_of_work(ctx, Permission.MANAGE_APPRAISALS) as session:
        batch = batch_of(session, batch_id)
        problems = approval_problems(session, batch)
        if problems:
            raise Conflict(problems[0])
        passed = [c for c in candidate_rows(session, batch) if c.outcome == "passed"]
        occupation, level = batch.occupation.name, batch.level
    passers = {c.trainee_id for c in passed}

    def record(session: Session, issued: list[tuple[int, int]]) -> None:
        """Under the batch's lock, the batch as it stands now must be the one the certificates
        were made for: the same people passing, nothing left to settle."""
        batch = lock_batch(session, batch_id)
        now = {c.trainee_id for c in candidate_rows(session, batch) if c.outcome == "passed"} \
            if batch.status == "scoring" else None
        if approval_problems(session, batch) or now != passers or {t for t, _c in issued} != passers:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "The batch changed at another workstation meanwhile: reload it.")))
        _lock(session, ctx, batch, issue_date, dict(issued))

    if not passed:
        with unit_of_work(ctx, Permission.MANAGE_APPRAISALS) as session:
            record(session, [])
            return batch_row(session, batch_of(session, batch_id)), []
    requests = [IssueRequest("level", c.trainee_id, issue_date, occupation=occupation, level=level) for c in passed]

    rows = certificates.issue_and_print(ctx, requests, destination, progress, on_issued=record)
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return batch_row(session, batch_of(session, batch_id)), rows


def _lock(session: Session, ctx: ServiceContext, batch: AppraisalBatch, issue_date: dt.date,
          certificate_of: dict[int, int]) -> None:
    issuer = read_settings(session).issuer
    marks = pass_marks_of(batch)
    people = session.scalars(select(AppraisalCandidate).where(AppraisalCandidate.batch_id == batch.id))
    for candidate in people:
        scores = {part: getattr(candidate, part) for part in parts_of(batch.level)}
        candidate.outcome = outcome(batch.level, candidate.status, scores, marks)
        if candidate.outcome != "passed":
            continue
        certificate = session.get(Certificate, certificate_of[candidate.trainee_id])
        level = SkillLevel(trainee_id=candidate.trainee_id, occupation_id=batch.occupation_id, level=batch.level,
                           obtained_on=issue_date, certificate_number=certificate.number, issuing_body=issuer,
                           route="appraisal")
        session.add(level)
        session.flush()
        candidate.skill_level_id, candidate.certificate_id = level.id, certificate.id
        audit.record(session, ctx.actor, "create", "skill_level", level.id,
                     f"{certificate.holder_name} {batch.occupation.name} {LEVEL_NAMES[batch.level]}", None,
                     {"level": batch.level, "obtained_on": issue_date, "certificate_number": certificate.number,
                      "route": "appraisal", "batch": batch.number})
    batch.status, batch.approved_at, batch.issue_date = "approved", utcnow(), issue_date
    batch.approved_by = ctx.actor.username if ctx.actor else ""
    audit.record(session, ctx.actor, "approve", "appraisal_batch", batch.id, batch.number,
                 {"status": "scoring"}, {"status": "approved", "issue_date": issue_date,
                                         "certificates": len(certificate_of)})
