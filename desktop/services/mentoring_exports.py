"""Mentoring agreements to Excel, for reporting and for `skillbase export agreements`."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from sqlalchemy import select

from db.models import Trainee
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.context import ServiceContext, require, unit_of_work
from desktop.services.mentoring import AgreementQuery, AgreementRow, agreement_rows
from desktop.services.mentoring_outcomes import outcomes_by_agreement, outcomes_text, span_of
from desktop.services.workbooks import check_writable, save_workbook

PAGE = 2000
AGREEMENT_HEADER = ("number", "mentor", "mentor_id_number", "second_mentor", "apprentice", "apprentice_id_number",
                    "occupation", "start", "end", "status", "on_track", "outcomes", "term_years", "renewals",
                    "plan_items", "overdue_items", "ended_on", "end_reason")
AGREEMENT_WIDTHS = (14, 10, 21, 10, 10, 21, 14, 12, 12, 11, 9, 60, 10, 9, 10, 13, 12, 24)


def export_agreements(ctx: ServiceContext, path: Path, query: AgreementQuery | None = None) -> int:
    """Write the agreements, newest number first. `start` and `end` are ISO dates (`end` is
    the last day of the term, renewals included); `status` is draft, active, completed or
    terminated; `on_track` is yes or no (blank for a draft); `outcomes` lists the levels gained
    and prizes won during the agreement ("2026-05-20 四级/中级工（焊工）；…"). ID numbers are
    written whole, as text."""
    query = query or AgreementQuery()
    require(ctx, Permission.READ_REGISTRY)
    check_writable(path)  # before the write-only sheet exists: a refused file leaves nothing half-open
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("师徒协议")
    for index, width in enumerate(AGREEMENT_WIDTHS):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.freeze_panes = "A2"
    header = []
    for name in AGREEMENT_HEADER:
        cell = WriteOnlyCell(sheet, name)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    count = 0
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        offset = 0
        while True:
            page = agreement_rows(session, query, offset, PAGE)
            people = {r.apprentice_id for r in page} | {r.mentor_id for r in page}
            numbers = dict(session.execute(select(Trainee.id, Trainee.id_number).where(Trainee.id.in_(people)))
                           .all()) if people else {}
            outcomes = outcomes_by_agreement(session, [s for s in map(span_of, page) if s is not None])
            for row in page:
                sheet.append(_values(row, numbers, outcomes_text(outcomes.get(row.id, []))))
            count += len(page)
            if len(page) < PAGE:
                break
            offset += PAGE
        save_workbook(workbook, path)
        audit.record(session, ctx.actor, "export", "mentoring_agreement", None, path.name, None, {"agreements": count})
    return count


def _values(row: AgreementRow, numbers: dict[int, str], outcomes: str) -> list:
    on_track = "" if row.on_track is None else ("yes" if row.on_track else "no")
    return [row.number, row.mentor, numbers.get(row.mentor_id, ""), row.second_mentor, row.apprentice,
            numbers.get(row.apprentice_id, ""), row.occupation, row.start_on.isoformat(), row.end_on.isoformat(),
            row.status, on_track, outcomes, row.term_years, row.renewals, row.plan_items, row.overdue_items,
            row.ended_on.isoformat() if row.ended_on else None, row.end_reason]
