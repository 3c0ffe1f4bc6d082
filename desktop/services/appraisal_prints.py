"""The pass list and statistics of an appraisal batch, printed as a Chinese PDF."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop.domain.appraisal import REVIEW_LEVELS, score_text
from desktop.domain.errors import UserError
from desktop.domain.levels import LEVEL_NAMES
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.domain.roles import Permission
from desktop.printing.appraisal_pdf import render_pass_list
from desktop.services import audit
from desktop.services.appraisal_batches import batch_of, candidate_rows, pass_marks_of
from desktop.services.certificate_settings import read_settings
from desktop.services.context import ServiceContext, unit_of_work


@dataclass(frozen=True)
class PassLine:
    name: str
    id_number: str
    employer: str
    theory: str
    practical: str
    review: str
    certificate_number: str


@dataclass(frozen=True)
class PassList:
    issuer: str
    batch: str
    occupation: str
    level_name: str
    exam_on: dt.date
    practical_on: dt.date | None
    venue: str
    examiners: str
    pass_marks: str
    with_review: bool
    approved: bool
    issue_date: dt.date | None
    printed_on: dt.date
    statistics: list[tuple[str, str]]
    passed: list[PassLine]


def batch_statistics(outcomes: list[str | None]) -> dict[str, int]:
    counts = {name: sum(1 for o in outcomes if o == name)
              for name in ("passed", "failed", "absent", "withdrawn", "disqualified")}
    counts["candidates"] = len(outcomes)
    counts["sat"] = counts["passed"] + counts["failed"] + counts["disqualified"]
    return counts


def write_pass_list(ctx: ServiceContext, batch_id: int, destination: Path | BinaryIO) -> int:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        batch = batch_of(session, batch_id)
        rows = candidate_rows(session, batch)
        counts = batch_statistics([r.outcome for r in rows])
        rate = f"{counts['passed'] * 100 / counts['sat']:.1f}%" if counts["sat"] else "—"
        marks = pass_marks_of(batch)
        with_review = batch.level in REVIEW_LEVELS
        pass_text = f"理论 {score_text(marks.theory)}、实操 {score_text(marks.practical)}" + (
            f"、综合评审 {score_text(marks.review)}" if with_review else "")
        report = PassList(
            read_settings(session).issuer, batch.number, batch.occupation.name, LEVEL_NAMES[batch.level],
            batch.exam_on, batch.practical_on, batch.venue, batch.examiners, pass_text, with_review,
            batch.status == "approved", batch.issue_date, dt.date.today(),
            [("报名人数", str(counts["candidates"])), ("实考人数", str(counts["sat"])),
             ("合格人数", str(counts["passed"])), ("合格率", rate), ("缺考", str(counts["absent"])),
             ("放弃", str(counts["withdrawn"])), ("违纪", str(counts["disqualified"]))],
            [PassLine(r.name, r.id_number, r.employer, score_text(r.scores.get("theory")),
                      score_text(r.scores.get("practical")), score_text(r.scores.get("review")),
                      r.certificate_number) for r in rows if r.outcome == "passed"])
        try:
            pages = render_pass_list(report, destination)
        except OSError as error:
            raise UserError(message(QT_TRANSLATE_NOOP("Messages", "Cannot write {path}: {reason}"),
                                    path=str(destination), reason=error.strerror or str(error))) from error
        audit.record(session, ctx.actor, "print", "appraisal_batch", batch.id, batch.number, None,
                     {"pass_list_pages": pages})
        return pages
