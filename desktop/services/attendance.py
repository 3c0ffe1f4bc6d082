"""The attendance grid of a class: its placed trainees × its sessions, one mark per cell."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Attendance, ClassSession, Enrolment, Trainee, TrainingClass
from desktop.domain.errors import Conflict, NotFound, ValidationFailed
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.domain.roles import Permission
from desktop.domain.training import ATTENDANCE_STATUSES, attendance_pct, credited_minutes
from desktop.services import audit
from desktop.services.context import ServiceContext, unit_of_work


@dataclass(frozen=True)
class SessionColumn:
    id: int
    on_date: dt.date
    starts_at: dt.time
    minutes: int
    topic: str


@dataclass(frozen=True)
class GridRow:
    enrolment_id: int
    trainee_name: str
    marks: tuple[str | None, ...]  # one per session, in the grid's session order
    credited_minutes: int
    attendance_pct: int | None
    completed: bool


@dataclass(frozen=True)
class AttendanceGrid:
    class_id: int
    sessions: tuple[SessionColumn, ...]
    rows: tuple[GridRow, ...]


@dataclass(frozen=True)
class Mark:
    enrolment_id: int
    session_id: int
    status: str | None  # None clears the cell


def attendance_grid(ctx: ServiceContext, class_id: int) -> AttendanceGrid:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return grid_of(session, class_id)


def grid_of(session: Session, class_id: int) -> AttendanceGrid:
    if session.get(TrainingClass, class_id) is None:
        raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This class no longer exists.")))
    meetings = session.scalars(select(ClassSession).where(ClassSession.class_id == class_id)
                               .order_by(ClassSession.on_date, ClassSession.starts_at)).all()
    columns = tuple(SessionColumn(s.id, s.on_date, s.starts_at, s.minutes, s.topic) for s in meetings)
    people = session.execute(select(Enrolment.id, Trainee.name, Enrolment.completed_at)
                             .join(Trainee, Trainee.id == Enrolment.trainee_id)
                             .where(Enrolment.class_id == class_id, Enrolment.status == "placed")
                             .order_by(Enrolment.submitted_at, Enrolment.id)).all()
    marks: dict[tuple[int, int], str] = {
        (enrolment_id, session_id): status for enrolment_id, session_id, status in session.execute(
            select(Attendance.enrolment_id, Attendance.session_id, Attendance.status)
            .join(ClassSession, ClassSession.id == Attendance.session_id)
            .where(ClassSession.class_id == class_id))}
    rows = []
    for enrolment_id, name, completed_at in people:
        row_marks = tuple(marks.get((enrolment_id, c.id)) for c in columns)
        rows.append(GridRow(enrolment_id, name, row_marks,
                            credited_minutes(zip(row_marks, (c.minutes for c in columns))),
                            attendance_pct(row_marks), completed_at is not None))
    return AttendanceGrid(class_id, columns, tuple(rows))


def save_marks(ctx: ServiceContext, class_id: int, marks: list[Mark]) -> AttendanceGrid:
    """Save a batch of cells in one transaction; any bad cell saves nothing."""
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        course = session.get(TrainingClass, class_id)
        if course is not None and course.cancelled_at is not None:
            raise Conflict(message(QT_TRANSLATE_NOOP("Messages", "{title} is cancelled."), title=course.title))
        meetings = {s.id: s for s in session.scalars(select(ClassSession).where(ClassSession.class_id == class_id))}
        placed = {e.id: e for e in session.scalars(select(Enrolment).where(
            Enrolment.class_id == class_id, Enrolment.status == "placed"))}
        today = dt.date.today()
        existing = {(a.enrolment_id, a.session_id): a for a in session.scalars(
            select(Attendance).where(Attendance.session_id.in_(list(meetings))))}
        changed = 0
        for mark in marks:
            meeting, enrolment = meetings.get(mark.session_id), placed.get(mark.enrolment_id)
            if meeting is None or enrolment is None:
                raise Conflict(message(QT_TRANSLATE_NOOP(
                    "Messages", "The class changed on another workstation: reload the attendance and enter "
                                "the marks again.")))
            if mark.status is not None and mark.status not in ATTENDANCE_STATUSES:
                raise ValidationFailed({"status": message(QT_TRANSLATE_NOOP(
                    "Messages", "Unknown attendance mark: {mark}."), mark=mark.status)})
            if mark.status is not None and meeting.on_date > today:
                raise ValidationFailed({"status": message(QT_TRANSLATE_NOOP(
                    "Messages", "The session on {date} has not taken place yet: mark it on the day."),
                    date=meeting.on_date.isoformat())})
            if enrolment.completed_at is not None:
                raise Conflict(message(QT_TRANSLATE_NOOP(
                    "Messages", "{name} has completed the class: the attendance is final."),
                    name=session.scalar(select(Trainee.name).where(Trainee.id == enrolment.trainee_id))))
            cell = existing.get((mark.enrolment_id, mark.session_id))
            if mark.status is None:
                if cell is not None:
                    session.delete(cell)
                    del existing[(mark.enrolment_id, mark.session_id)]
                    changed += 1
            elif cell is None:
                cell = Attendance(enrolment_id=mark.enrolment_id, session_id=mark.session_id, status=mark.status)
                session.add(cell)
                existing[(mark.enrolment_id, mark.session_id)] = cell
                changed += 1
            elif cell.status != mark.status:
                cell.status = mark.status
                changed += 1
        session.flush()
        if changed:
            audit.record(session, ctx.actor, "mark_attendance", "training_class", class_id, "", None,
                         {"cells": changed})
        return grid_of(session, class_id)
