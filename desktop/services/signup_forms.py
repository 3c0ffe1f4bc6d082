"""The union's online sign-up form (a WeChat form export, .xlsx) imported into one class.

All-or-nothing like the trainee roster import; seats follow the desk's rules
(signups.place) under the class lock for the whole import, in submission-time order.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.utils.datetime import from_excel
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Enrolment, Trainee, TrainingClass
from desktop.domain.errors import Conflict, UserError, ValidationFailed
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.catalogue import NameResolver
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.signups import (
    EnrolmentQuery,
    EnrolmentStatus,
    list_page,
    local_time_text,
    lock_class,
    place,
    server_now,
)
from desktop.services.trainee_excel import Column, ImportCancelled, Progress, RowError
from desktop.services.trainees import TraineeInput, add_trainee, check_input
from desktop.services.workbooks import read_first_sheet

PAGE = 5000
# The union's form tool names its columns in Chinese; the English names are for hand-made files.
FORM_COLUMNS = (
    Column("提交时间", "submitted_at", 20, True, ("提交时间（自动）", "填写时间", "答题时间", "submitted_at")),
    Column("姓名", "name", 10, True, ("name",)),
    Column("身份证号", "id_number", 22, True, ("身份证号码", "公民身份号码", "id_number")),
    Column("手机号", "phone", 14, False, ("手机号码", "联系电话", "phone")),
    Column("工作单位", "employer", 30, False, ("单位", "employer")),
)




# -- the online sign-up form -----------------------------------------------------------------

@dataclass
class FormImportReport:
    """What an import of the sign-up form did (or, for a dry run or with errors, would do).

    placed: names given a seat, in submission order; waiting: (name, position in the waiting
    list after the import); registered: trainees new to the register; already_signed_up: rows
    whose trainee holds a seat or a waiting place in the class already (a re-import);
    withdrawn: rows skipped because the trainee withdrew from the class after submitting;
    duplicates_in_file: later rows with an ID number seen earlier in the file."""
    rows: int = 0
    dry_run: bool = False
    placed: list[str] = field(default_factory=list)
    waiting: list[tuple[str, int]] = field(default_factory=list)
    registered: int = 0
    already_signed_up: int = 0
    withdrawn: int = 0
    duplicates_in_file: int = 0
    errors: list[RowError] = field(default_factory=list)
    created: dict[str, list[str]] = field(default_factory=dict)  # employers new to the catalogue

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class _FormRow:
    row: int  # the sheet's row number (header = 1)
    submitted_at: dt.datetime | None  # UTC, naive; None when unreadable (problems say why)
    data: TraineeInput
    problems: tuple[Message, ...]


@dataclass(frozen=True)
class _Planned:
    row: int
    submitted_at: dt.datetime
    data: TraineeInput
    trainee: Trainee | None  # None: register from the form


def import_signup_form(ctx: ServiceContext, class_id: int, path: Path, dry_run: bool = False,
                       progress: Progress | None = None) -> FormImportReport:
    """Sign up everyone in a form export for one class, in order of submission time, as if each
    had come to the desk at that moment. Places already given are never taken back: a late-
    imported submission older than desk sign-ups takes a free seat if there is one, else its
    place in the waiting list by submission time. Any bad row imports nothing."""
    rows = _read_form(path)
    report = FormImportReport(rows=len(rows), dry_run=dry_run)
    total = len(rows) * 2
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        course = lock_class(session, class_id)  # held to the end: desk sign-ups wait for us
        if course.cancelled_at is not None:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "{title} is cancelled, so no sign-ups can be imported into it."), title=course.title))
        plan = _plan(session, course, rows, report, progress, total)
        if report.errors:
            session.rollback()
            report.errors.sort(key=lambda e: e.row)
            return report
        names = NameResolver(session, ctx.actor)
        placed: list[tuple[Enrolment, str]] = []
        for done, item in enumerate(plan, start=len(rows) + 1):
            trainee = item.trainee
            if trainee is None:
                try:
                    trainee = add_trainee(session, ctx, item.data, names)
                except ValidationFailed as error:  # e.g. registered meanwhile at another desk
                    report.errors += [RowError(item.row, m) for m in error.field_errors.values()]
                    continue
                report.registered += 1
            placed.append((place(session, ctx, course, trainee, item.submitted_at, "form"), trainee.name))
            _tick(progress, done, total)
        if report.errors:
            session.rollback()
            report.errors.sort(key=lambda e: e.row)
            return report
        _fill_outcome(session, course.id, placed, report)
        report.created = {k: v for k, v in names.created.items() if v}
        audit.record(session, ctx.actor, "import", "enrolment", None, f"{course.code} {path.name}", None, {
            "class": course.code, "placed": len(report.placed), "waiting": len(report.waiting),
            "registered": report.registered, "already_signed_up": report.already_signed_up,
            "withdrawn": report.withdrawn, "duplicates_in_file": report.duplicates_in_file, "dry_run": dry_run})
        if dry_run:
            session.rollback()
    return report


def _plan(session: Session, course: TrainingClass, rows: list[_FormRow], report: FormImportReport,
          progress: Progress | None, total: int) -> list[_Planned]:
    """Check every row (errors go to the report) and list the sign-ups to make, in order."""
    now = server_now(session)
    ordered = sorted(rows, key=lambda r: (r.submitted_at or dt.datetime.max, r.row))
    cleaned = {r.row: check_input(r.data) for r in ordered}
    known = _trainees_by_number(session, [c.id_number for c, e in cleaned.values() if "id_number" not in e])
    held = {e.trainee_id: e for e in session.scalars(select(Enrolment).where(Enrolment.class_id == course.id))}
    seen: set[str] = set()
    plan: list[_Planned] = []
    for done, row in enumerate(ordered, start=1):
        _tick(progress, done, total)
        data, field_errors = cleaned[row.row]
        problems = list(row.problems) + [field_errors[f] for f in ("name", "id_number") if f in field_errors]
        if problems or row.submitted_at is None:
            report.errors += [RowError(row.row, m) for m in problems]
            continue
        if data.id_number in seen:  # the earliest submission of a person counts
            report.duplicates_in_file += 1
            continue
        seen.add(data.id_number)
        trainee = known.get(data.id_number)
        problem = _trainee_problem(trainee, data) or _window_problem(course, row.submitted_at, now)
        if problem is not None:
            report.errors.append(RowError(row.row, problem))
            continue
        enrolment = held.get(trainee.id) if trainee is not None else None
        if enrolment is not None and enrolment.status != "withdrawn":
            report.already_signed_up += 1
            continue
        if enrolment is not None and enrolment.withdrawn_at and enrolment.withdrawn_at >= row.submitted_at:
            report.withdrawn += 1  # this submission was imported before and then withdrawn
            continue
        if trainee is None and field_errors:  # the rest of the form is saved only for new trainees
            report.errors += [RowError(row.row, m) for m in field_errors.values()]
            continue
        plan.append(_Planned(row.row, row.submitted_at, data, trainee))
    return plan


def _trainees_by_number(session: Session, numbers: list[str]) -> dict[str, Trainee]:
    found: dict[str, Trainee] = {}
    for start in range(0, len(numbers), 500):
        chunk = numbers[start:start + 500]
        found.update((t.id_number, t) for t in session.scalars(select(Trainee).where(Trainee.id_number.in_(chunk))))
    return found


def _trainee_problem(trainee: Trainee | None, data: TraineeInput) -> Message | None:
    if trainee is None:
        return None
    if trainee.archived_at is not None:
        return message(QT_TRANSLATE_NOOP(
            "Messages", "{name} ({number}) is archived in the register: restore the record, then import again."),
            name=trainee.name, number=data.id_number)
    if trainee.name != data.name:  # a mistyped ID number would sign up somebody else
        return message(QT_TRANSLATE_NOOP(
            "Messages", "The ID card number {number} is registered to {registered}, not {name}: check the row."),
            number=data.id_number, registered=trainee.name, name=data.name)
    return None


def _window_problem(course: TrainingClass, submitted_at: dt.datetime, now: dt.datetime) -> Message | None:
    if submitted_at > now:
        return message(QT_TRANSLATE_NOOP(
            "Messages", "Submitted at {time}, which is later than the database server's clock ({now}): "
                        "check the submission time."), time=_local_seconds(submitted_at), now=_local_seconds(now))
    if submitted_at < course.signup_opens_at:
        return message(QT_TRANSLATE_NOOP(
            "Messages", "Submitted at {time}, before sign-up opened at {opens}."),
            time=_local_seconds(submitted_at), opens=local_time_text(course.signup_opens_at))
    if submitted_at > course.signup_closes_at:
        return message(QT_TRANSLATE_NOOP(
            "Messages", "Submitted at {time}, after sign-up closed at {closes}."),
            time=_local_seconds(submitted_at), closes=local_time_text(course.signup_closes_at))
    return None


def _fill_outcome(session: Session, class_id: int, placed: list[tuple[Enrolment, str]],
                  report: FormImportReport) -> None:
    """Names placed, and waiting positions as they stand after the whole import (a later row
    with an earlier submission time may have moved in ahead)."""
    waiting_ids = {e.id for e, _ in placed if e.status == "waiting"}
    positions: dict[int, int] = {}
    if waiting_ids:
        offset = 0
        query = EnrolmentQuery(class_id=class_id, status=EnrolmentStatus.WAITING)
        while page := list_page(session, query, offset, PAGE):
            positions.update((r.id, r.waiting_position) for r in page if r.id in waiting_ids)
            offset += len(page)
    report.placed = [name for e, name in placed if e.status == "placed"]
    report.waiting = sorted(((name, positions[e.id]) for e, name in placed if e.id in waiting_ids),
                            key=lambda item: item[1])


def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and (done % 50 == 0 or done == total) and not progress(done, total):
        raise ImportCancelled(message(QT_TRANSLATE_NOOP(
            "Messages", "The import was cancelled; nothing was imported.")))


# -- reading the form file -------------------------------------------------------------------

def _read_form(path: Path) -> list[_FormRow]:
    header, rows = read_first_sheet(path)
    positions = _form_positions(header)
    return [_form_row(number, values, positions) for number, values in rows]


def _header_key(value) -> str:
    """Form tools vary in decoration: 姓名* , 提交时间(自动) , ' 手机号 '."""
    text = re.sub(r"[\s*＊:：]", "", str(value)) if value is not None else ""
    return text.replace("(", "（").replace(")", "）").lower()


def _form_positions(header: tuple) -> dict[str, int]:
    keys = [_header_key(h) for h in header]
    positions: dict[str, int] = {}
    for column in FORM_COLUMNS:
        for candidate in (column.header, *column.aliases):
            if _header_key(candidate) in keys:
                positions[column.field] = keys.index(_header_key(candidate))
                break
    missing = [c.header for c in FORM_COLUMNS if c.required and c.field not in positions]
    if missing:
        raise UserError(message(QT_TRANSLATE_NOOP(
            "Messages", "This is not a sign-up form export: row 1 of the first sheet has no column {columns}."),
            columns="、".join(missing)))
    return positions


def _form_row(row_number: int, values: tuple, positions: dict[str, int]) -> _FormRow:
    def cell(name: str):
        index = positions.get(name)
        return values[index] if index is not None and index < len(values) else None

    def text(name: str) -> str:
        value = cell(name)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return "" if value is None else str(value).strip()

    problems: list[Message] = []
    submitted = _submission_time(cell("submitted_at"))
    if isinstance(submitted, Message):
        problems.append(submitted)
        submitted = None
    raw_id = cell("id_number")
    if isinstance(raw_id, float) or (isinstance(raw_id, int) and len(str(raw_id)) != 18):
        problems.append(message(QT_TRANSLATE_NOOP(  # same text as the roster import
            "Messages", "The ID card number was stored as a number and lost digits: "
            "format the column as text and type it again.")))
    data = TraineeInput(name=text("name"), id_number=text("id_number"), phone=text("phone"),
                        employer=text("employer"))
    return _FormRow(row_number, submitted, data, tuple(problems))


_TIME_PATTERNS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M")


def _submission_time(value) -> dt.datetime | Message:
    """A form's submission time (local, Beijing) as UTC naive: an Excel date-time, an Excel
    serial number, or text such as 2026-11-20 09:00:01 or 2026/11/20 9:00:01."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return message(QT_TRANSLATE_NOOP("Messages", "The submission time is empty."))
    local: dt.datetime | None = None
    if isinstance(value, dt.datetime):
        local = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        try:  # a date-time cell formatted as a number
            local = from_excel(value)
        except (ValueError, OverflowError):
            local = None
    elif isinstance(value, str):
        whole_seconds = re.sub(r"(:\d{2})\.\d+$", r"\1", value.strip())
        cleaned = " ".join(re.sub(r"[/.年月]", "-", whole_seconds).replace("日", " ").split())
        for pattern in _TIME_PATTERNS:
            try:
                local = dt.datetime.strptime(cleaned, pattern)
                break
            except ValueError:
                continue
    if not isinstance(local, dt.datetime):
        return message(QT_TRANSLATE_NOOP(
            "Messages", "The submission time {value} is not a date and time like 2026-11-20 09:00:01."),
            value=str(value))
    if local.microsecond:  # Excel stores fractions of a day: round off the float noise
        local = (local + dt.timedelta(microseconds=500_000)).replace(microsecond=0)
    return to_utc(local.replace(tzinfo=None))


def to_utc(local: dt.datetime) -> dt.datetime:
    """A naive local wall-clock time to naive UTC by this machine's time zone: the reverse of
    signups.local_time_text."""
    return local.astimezone(dt.timezone.utc).replace(tzinfo=None)


def _local_seconds(moment: dt.datetime) -> str:
    return moment.replace(tzinfo=dt.timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M:%S")
