"""The skills passport (技能护照): one trainee's whole record on one page — particulars, the
classes taken with credited hours, hours per occupation, skill levels held and certificates.

Every query is about the one trainee; nothing loads a whole table. The ID number is masked on
screen and on paper alike: the passport is handed out, so it carries no full number.
Mentoring agreements and competitions join the passport once those areas exist.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Attendance, Certificate, ClassSession, Enrolment, Occupation, Trainee, TrainingClass
from desktop.domain.errors import NotFound, UserError
from desktop.domain.levels import LEVEL_NAMES
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.domain.people import GENDER_LABELS, mask_id_number
from desktop.domain.roles import Permission
from desktop.domain.training import CREDITED
from desktop.printing.passport_pdf import render_passport
from desktop.services import audit
from desktop.services.certificate_settings import read_settings
from desktop.services.context import ServiceContext, unit_of_work

# What a class is for the trainee. Placed enrolments are "enrolled" until completed, as in
# signups.EnrolmentStatus; a cancelled class that was not completed shows as cancelled.
ENROLLED, COMPLETED, WITHDRAWN, WAITING, CANCELLED = "enrolled", "completed", "withdrawn", "waiting", "cancelled"


@dataclass(frozen=True)
class ClassEntry:
    code: str
    title: str
    occupation: str
    level: int  # the class's target level, 5 (五级) … 1 (一级)
    level_name: str  # 五级/初级工 …
    first_session_on: dt.date | None
    last_session_on: dt.date | None
    status: str  # enrolled, completed, withdrawn, waiting or cancelled
    credited_minutes: int  # sessions marked present or late


@dataclass(frozen=True)
class OccupationHours:
    occupation: str
    minutes: int


@dataclass(frozen=True)
class LevelEntry:
    """A skill level held: an issued (not revoked or replaced) level certificate."""

    level_name: str
    occupation: str
    number: str
    issue_date: dt.date


@dataclass(frozen=True)
class CertificateEntry:
    kind: str  # level, award, completion, honour
    number: str
    detail: str
    issue_date: dt.date
    status: str  # issued, revoked, replaced


@dataclass(frozen=True)
class Passport:
    trainee_id: int
    name: str
    gender: str  # 男/女
    masked_id_number: str
    employer: str
    county: str
    occupations: tuple[str, ...]
    honours: tuple[str, ...]
    archived: bool
    issuer: str  # the certificate settings' issuing body, "" when none is set
    prepared_on: dt.date
    classes: tuple[ClassEntry, ...]
    hours: tuple[OccupationHours, ...]  # credited minutes per occupation, by occupation name
    total_minutes: int
    levels: tuple[LevelEntry, ...]
    certificates: tuple[CertificateEntry, ...]  # every certificate issued to the trainee, any status


def passport(ctx: ServiceContext, trainee_id: int) -> Passport:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return _passport(session, trainee_id)


def save_passport_pdf(ctx: ServiceContext, trainee_id: int, destination: Path | BinaryIO) -> Passport:
    """Write the passport as it stands now to a PDF (recorded in the audit log)."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        data = _passport(session, trainee_id)
        name = destination.name if isinstance(destination, Path) else ""
        audit.record(session, ctx.actor, "export", "trainee", trainee_id, f"{data.name} 技能护照 {name}".strip())
        try:
            render_passport(data, destination)
        except OSError as error:  # nothing is recorded: the unit of work rolls back
            raise UserError(message(QT_TRANSLATE_NOOP("Messages", "Cannot write {path}: {reason}"),
                                    path=str(destination) if isinstance(destination, Path) else name,
                                    reason=error.strerror or str(error))) from error
        return data


def _passport(session: Session, trainee_id: int) -> Passport:
    trainee = session.get(Trainee, trainee_id)
    if trainee is None:
        raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This trainee no longer exists.")))
    hours = _hours(session, trainee_id)
    return Passport(
        trainee_id=trainee.id, name=trainee.name, gender=GENDER_LABELS.get(trainee.gender, ""),
        masked_id_number=mask_id_number(trainee.id_number),
        employer=trainee.employer.name if trainee.employer else "",
        county=trainee.county.name if trainee.county else "",
        occupations=tuple(o.name for o in trainee.occupations), honours=tuple(h.name for h in trainee.honours),
        archived=trainee.archived_at is not None, issuer=read_settings(session).issuer.strip(),
        prepared_on=dt.date.today(), classes=_classes(session, trainee_id), hours=hours,
        total_minutes=sum(h.minutes for h in hours), levels=_levels(session, trainee_id),
        certificates=_certificates(session, trainee_id))


def _credited_minutes():
    """Minutes of the sessions an enrolment attended (present or late), as a correlated subquery."""
    return (select(func.coalesce(func.sum(ClassSession.minutes), 0))
            .select_from(Attendance).join(ClassSession, ClassSession.id == Attendance.session_id)
            .where(Attendance.enrolment_id == Enrolment.id, Attendance.status.in_(sorted(CREDITED)))
            .correlate(Enrolment).scalar_subquery())


def _classes(session: Session, trainee_id: int) -> tuple[ClassEntry, ...]:
    statement = (select(TrainingClass.code, TrainingClass.title, Occupation.name, TrainingClass.target_level,
                        TrainingClass.first_session_on, TrainingClass.last_session_on,
                        TrainingClass.cancelled_at, Enrolment.status, Enrolment.completed_at, _credited_minutes())
                 .select_from(Enrolment)
                 .join(TrainingClass, TrainingClass.id == Enrolment.class_id)
                 .join(Occupation, Occupation.id == TrainingClass.occupation_id)
                 .where(Enrolment.trainee_id == trainee_id)
                 # in the order taught; classes without sessions yet last
                 .order_by(TrainingClass.first_session_on.is_(None), TrainingClass.first_session_on,
                           TrainingClass.code))
    return tuple(
        ClassEntry(code, title, occupation, level, LEVEL_NAMES.get(level, str(level)), first, last,
                   _status(status, completed_at, cancelled_at), int(minutes or 0))
        for code, title, occupation, level, first, last, cancelled_at, status, completed_at, minutes
        in session.execute(statement))


def _status(seat: str, completed_at: dt.datetime | None, cancelled_at: dt.datetime | None) -> str:
    if completed_at is not None:
        return COMPLETED
    if cancelled_at is not None:
        return CANCELLED
    return {"placed": ENROLLED, "waiting": WAITING}.get(seat, WITHDRAWN)


def _hours(session: Session, trainee_id: int) -> tuple[OccupationHours, ...]:
    """Credited minutes per occupation of the classes. Hours attended count even in a class the
    trainee later withdrew from or that was cancelled: the training took place."""
    statement = (select(Occupation.name, func.sum(ClassSession.minutes))
                 .select_from(Attendance)
                 .join(Enrolment, Enrolment.id == Attendance.enrolment_id)
                 .join(ClassSession, ClassSession.id == Attendance.session_id)
                 .join(TrainingClass, TrainingClass.id == ClassSession.class_id)
                 .join(Occupation, Occupation.id == TrainingClass.occupation_id)
                 .where(Enrolment.trainee_id == trainee_id, Attendance.status.in_(sorted(CREDITED)))
                 .group_by(Occupation.name).order_by(Occupation.name))
    return tuple(OccupationHours(name, int(minutes)) for name, minutes in session.execute(statement) if minutes)


def _levels(session: Session, trainee_id: int) -> tuple[LevelEntry, ...]:
    statement = (select(Certificate.printed_values, Certificate.detail, Certificate.number, Certificate.issue_date)
                 .where(Certificate.trainee_id == trainee_id, Certificate.kind == "level",
                        Certificate.status == "issued")
                 .order_by(Certificate.issue_date, Certificate.id))
    # The printed values hold what the certificate says ("level": 三级/高级工, "occupation"); the
    # detail column repeats the level, so it stands in should a value be missing.
    return tuple(LevelEntry(str((values or {}).get("level") or detail), str((values or {}).get("occupation") or ""),
                            number, issued)
                 for values, detail, number, issued in session.execute(statement))


def _certificates(session: Session, trainee_id: int) -> tuple[CertificateEntry, ...]:
    statement = (select(Certificate.kind, Certificate.number, Certificate.detail, Certificate.issue_date,
                        Certificate.status)
                 .where(Certificate.trainee_id == trainee_id)
                 .order_by(Certificate.issue_date, Certificate.id))
    return tuple(CertificateEntry(*row) for row in session.execute(statement))
