"""Classes and enrolments to Excel, for reporting and for `skillbase export classes|enrolments`.

Enrolments may run to a million rows, so they are read a page at a time inside one unit of
work (one consistent snapshot) and written with a write-only workbook.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Enrolment, TrainingClass
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.classes import ClassQuery, ClassRow, list_classes
from desktop.services.context import ServiceContext, require, unit_of_work
from desktop.services.signups import EnrolmentQuery, EnrolmentRow, list_page, local_time_text
from desktop.services.workbooks import check_writable, save_workbook

PAGE = 5000
EXCEL_MAX_ROWS = 1_048_576  # per sheet, header included: more rows continue on another sheet

CLASS_HEADER = ("code", "title", "occupation", "level", "capacity", "opens_at", "closes_at", "fee",
                "status", "placed", "waiting", "teachers", "venue", "first_session", "last_session")
CLASS_WIDTHS = (14, 36, 16, 6, 9, 17, 17, 8, 10, 8, 8, 16, 24, 13, 13)
ENROLMENT_HEADER = ("class_code", "id_number", "name", "status", "position", "signed_up_at", "hours",
                    "fee_due", "fee_paid", "receipt_no", "source", "phone")
ENROLMENT_WIDTHS = (14, 21, 10, 11, 9, 17, 7, 10, 9, 16, 8, 14)

# -- exports ---------------------------------------------------------------------------------

def export_classes(ctx: ServiceContext, path: Path, query: ClassQuery | None = None) -> int:
    """Write the classes (all not archived unless the query narrows them): level is the number
    5..1, sign-up times are local "YYYY-MM-DD HH:MM" text, the fee is in yuan."""
    query = query or ClassQuery()
    require(ctx, Permission.READ_REGISTRY)
    check_writable(path)
    workbook = Workbook(write_only=True)
    sheet = _sheet(workbook, "培训班", CLASS_HEADER, CLASS_WIDTHS)
    count = 0
    for row in _all_classes(ctx, query):
        sheet.append(_class_values(row))
        count += 1
    save_workbook(workbook, path)
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        audit.record(session, ctx.actor, "export", "training_class", None, path.name, None, {"classes": count})
    return count


def _all_classes(ctx: ServiceContext, query: ClassQuery) -> Iterator[ClassRow]:
    offset = 0
    while True:  # classes number in the thousands at most: pages of list_classes suffice
        page = list_classes(ctx, query, offset, 1000)
        yield from page
        if len(page) < 1000:
            return
        offset += len(page)


def _class_values(row: ClassRow) -> list:
    return [row.code, row.title, row.occupation, row.target_level, row.capacity,
            local_time_text(row.signup_opens_at), local_time_text(row.signup_closes_at), row.fee,
            row.status.value, row.placed, row.waiting, row.teachers, row.venue,
            row.first_session_on.isoformat() if row.first_session_on else None,
            row.last_session_on.isoformat() if row.last_session_on else None]


def export_enrolments(ctx: ServiceContext, path: Path, query: EnrolmentQuery | None = None) -> int:
    """Write the enrolments class by class (by class code), each class placed first, then its
    waiting list in order, then withdrawals. `status` is enrolled, waiting, withdrawn or
    completed; `position` is the place in the waiting list (blank for others); `hours` are the
    credited hours; `fee_due` is in yuan; `fee_paid` is "yes" or "no" (the receipt number
    follows in `receipt_no`). The ID number is written whole, as text."""
    query = query or EnrolmentQuery()
    workbook = Workbook(write_only=True)
    count = 0
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        check_writable(path)
        sheets = _SheetSeries(workbook, "报名名单", ENROLMENT_HEADER, ENROLMENT_WIDTHS)
        for class_id, code in _classes_with_enrolments(session, query.class_id):
            # Paging per class keeps each page's sort within one class (the queue index) instead
            # of re-sorting the whole table for every page.
            for row in _class_enrolments(session, query, class_id):
                sheets.append(_enrolment_values(sheets.sheet, code, row))
                count += 1
        save_workbook(workbook, path)
        scope = {"class_id": query.class_id} if query.class_id is not None else {}
        audit.record(session, ctx.actor, "export", "enrolment", None, path.name, None,
                     {"enrolments": count, **scope})
    return count


def _classes_with_enrolments(session: Session, class_id: int | None) -> list[tuple[int, str]]:
    statement = (select(TrainingClass.id, TrainingClass.code)
                 .where(TrainingClass.id.in_(select(Enrolment.class_id).distinct()))
                 .order_by(TrainingClass.code))
    if class_id is not None:
        statement = statement.where(TrainingClass.id == class_id)
    return [(i, code) for i, code in session.execute(statement)]


def _class_enrolments(session: Session, query: EnrolmentQuery, class_id: int) -> Iterator[EnrolmentRow]:
    one_class = EnrolmentQuery(class_id=class_id, search=query.search, status=query.status)
    offset = 0
    while True:
        page = list_page(session, one_class, offset, PAGE)
        yield from page
        if len(page) < PAGE:
            return
        offset += len(page)


def _enrolment_values(sheet, code: str, row: EnrolmentRow) -> list:
    fee = WriteOnlyCell(sheet, round(row.fee_due_fen / 100, 2))
    fee.number_format = "0.00"
    return [code, row.id_number, row.trainee_name, row.shown_status.value, row.waiting_position,
            local_time_text(row.submitted_at), round(row.credited_minutes / 60, 1), fee,
            "yes" if row.paid_at is not None else "no", row.receipt_no, row.source, row.phone]


class _SheetSeries:
    """Appends rows to a sheet and opens the next one (same header) when Excel's row limit is
    reached, so that a very large export is still complete."""

    def __init__(self, workbook: Workbook, title: str, header: tuple[str, ...], widths: tuple[int, ...]):
        self.workbook, self.title, self.header, self.widths = workbook, title, header, widths
        self.number = 1
        self.sheet = _sheet(workbook, title, header, widths)
        self.rows = 1

    def append(self, values: list) -> None:
        if self.rows >= EXCEL_MAX_ROWS:
            self.number += 1
            self.sheet = _sheet(self.workbook, f"{self.title}{self.number}", self.header, self.widths)
            self.rows = 1
        self.sheet.append(values)
        self.rows += 1


def _sheet(workbook: Workbook, title: str, header: tuple[str, ...], widths: tuple[int, ...]):
    sheet = workbook.create_sheet(title)
    for index, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.freeze_panes = "A2"
    cells = []
    for name in header:
        cell = WriteOnlyCell(sheet, name)
        cell.font = Font(bold=True)
        cells.append(cell)
    sheet.append(cells)
    return sheet


