"""The agreement (师徒帮带协议) and review form (师徒帮带考核表) printouts: gather the data,
render the PDF, record the print in the audit log."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from db.models import Trainee
from desktop.domain.errors import NotFound, UserError
from desktop.domain.levels import LEVEL_NAMES
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.domain.roles import Permission
from desktop.printing.mentoring_pdf import render_agreement, render_review_form
from desktop.services import audit
from desktop.services.certificate_settings import read_settings
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.mentoring_progress import PlanItemRow, ReviewRow, agreement_detail
from desktop.services.skill_levels import levels_of


@dataclass(frozen=True)
class Party:
    name: str
    id_number: str
    employer: str
    qualification: str  # 三级/高级工（焊工）、泉州工匠


@dataclass(frozen=True)
class AgreementPrint:
    issuer: str
    number: str
    occupation: str
    start_on: dt.date
    end_on: dt.date
    term_years: int
    renewals: int
    status: str
    target_level_name: str
    skills: str
    competition_goal: str
    allowance_yuan: int | None
    review_period: str
    mentor: Party
    second_mentor: Party | None
    apprentice: Party
    plan: list[PlanItemRow]
    reviews: list[ReviewRow]
    printed_on: dt.date


def print_agreement(ctx: ServiceContext, agreement_id: int, destination: Path | BinaryIO) -> int:
    """The agreement for the parties to sign; the page count."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        data = agreement_print(session, agreement_id)
        pages = _write(render_agreement, data, destination)
        audit.record(session, ctx.actor, "print", "mentoring_agreement", agreement_id, data.number, None,
                     {"document": "agreement", "pages": pages})
        return pages


def print_review_form(ctx: ServiceContext, agreement_id: int, destination: Path | BinaryIO,
                      review_id: int | None = None) -> int:
    """The review form, filled in with a recorded review or blank for the next one."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        data = agreement_print(session, agreement_id)
        review = None
        if review_id is not None:
            review = next((r for r in data.reviews if r.id == review_id), None)
            if review is None:
                raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This review no longer exists.")))
        pages = _write(lambda d, dest: render_review_form(d, dest, review), data, destination)
        audit.record(session, ctx.actor, "print", "mentoring_review", review_id, data.number, None,
                     {"document": "review_form", "period": review.period if review else "", "pages": pages})
        return pages


def agreement_print(session: Session, agreement_id: int) -> AgreementPrint:
    detail = agreement_detail(session, agreement_id, dt.date.today())
    row, data = detail.row, detail.data
    second = None
    if row.second_mentor_id is not None:
        second = _party(session, row.second_mentor_id)
    return AgreementPrint(
        read_settings(session).issuer, row.number, row.occupation, row.start_on, row.end_on, row.term_years,
        row.renewals, row.status, LEVEL_NAMES.get(data.target_level, "") if data.target_level else "",
        data.skills, data.competition_goal, data.allowance_yuan, data.review_period,
        _party(session, row.mentor_id), second, _party(session, row.apprentice_id), detail.plan, detail.reviews,
        dt.date.today())


def _party(session: Session, trainee_id: int) -> Party:
    person = session.get(Trainee, trainee_id)
    best: dict[str, int] = {}
    for level in levels_of(session, trainee_id):
        best[level.occupation] = min(level.level, best.get(level.occupation, 9))
    parts = [f"{LEVEL_NAMES[level]}（{occupation}）" for occupation, level in sorted(best.items(), key=lambda i: i[1])]
    parts += [h.name for h in person.honours]
    return Party(person.name, person.id_number, person.employer.name if person.employer else "", "、".join(parts))


def _write(render, data: AgreementPrint, destination) -> int:
    try:
        return render(data, destination)
    except OSError as error:
        raise UserError(message(QT_TRANSLATE_NOOP(
            "Messages", "Cannot write {path}: {reason}"), path=str(destination),
            reason=error.strerror or str(error))) from error
