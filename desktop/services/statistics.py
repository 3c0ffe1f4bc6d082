"""The union's statistics: figures per section for a period and grouping, the year's key
figures (home page, `skillbase report figures`), the tables to Excel and the yearly report
(年度工作统计报告) as a PDF. Every figure is an SQL aggregate; see statistics_sections for what
each one counts.
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Employer, Trainee
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.domain.roles import Permission
from desktop.printing.yearly_report_pdf import render_yearly_report
from desktop.services import audit
from desktop.services.certificate_settings import read_settings
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.statistics_model import (
    GROUPING_LABELS,
    GROUPINGS,
    KeyFigure,
    Period,
    Section,
    SectionProvider,
    Table,
)
from desktop.services.statistics_appraisal import APPRAISAL
from desktop.services.statistics_mentoring import MENTORING
from desktop.services.statistics_sections import CERTIFICATES, COMPETITIONS, REGISTRY, TRAINING
from desktop.services.workbooks import check_writable, save_workbook

__all__ = ["SECTIONS", "GROUPINGS", "Period", "Statistics", "StatisticsCancelled", "compute_statistics",
           "key_figures", "key_figures_in", "figures_json", "export_statistics", "yearly_report", "write_yearly_report"]

# The sections, in the order pages and reports show them. An area that lands (mentoring,
# appraisal) adds its SectionProvider here; nothing else needs to change.
SECTIONS: list[SectionProvider] = [REGISTRY, TRAINING, MENTORING, APPRAISAL, COMPETITIONS, CERTIFICATES]

Progress = Callable[[int, int], bool]
NOT_RECORDED_ZH = "未登记"


class StatisticsCancelled(Exception):
    """The user cancelled while the figures were being counted."""


@dataclass(frozen=True)
class Statistics:
    period: Period
    grouping: str
    sections: list[Section]

    def tables(self) -> list[Table]:
        return [table for section in self.sections for table in section.tables]


def compute_statistics(ctx: ServiceContext, period: Period, grouping: str,
                       progress: Progress | None = None) -> Statistics:
    """Every section's tables for the period, grouped. `progress(done, total)` is told after each
    section; once it returns False the counting stops (StatisticsCancelled)."""
    period.check()
    if grouping not in GROUPINGS:
        raise ValueError(grouping)
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return Statistics(period, grouping, _sections(session, period, grouping, progress))


def _sections(session: Session, period: Period, grouping: str | None, progress: Progress | None) -> list[Section]:
    sections = []
    for done, provider in enumerate(SECTIONS):
        if progress is not None and not progress(done, len(SECTIONS)):
            raise StatisticsCancelled()
        supported = grouping is None or grouping in provider.groupings
        tables = provider.tables(session, period, grouping if supported else None)
        sections.append(Section(provider.key, provider.title, provider.zh_title, tables, supported))
    if progress is not None:
        progress(len(SECTIONS), len(SECTIONS))
    return sections


def key_figures(ctx: ServiceContext, period: Period) -> list[KeyFigure]:
    """The period's key figures: the registry's now, and every section's totals."""
    period.check()
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return key_figures_in(session, period)


def key_figures_in(session: Session, period: Period) -> list[KeyFigure]:
    """key_figures inside a caller's unit of work (the home page's)."""
    registered = session.scalar(select(func.count(Trainee.id)).where(Trainee.archived_at.is_(None))) or 0
    employers = session.scalar(select(func.count(Employer.id)).where(Employer.archived_at.is_(None))) or 0
    figures = [
        KeyFigure("trainees_registered", message(QT_TRANSLATE_NOOP("Messages", "Trainees on the register")),
                  "在册职工（人）", registered, "count", "trainees"),
        KeyFigure("employers", message(QT_TRANSLATE_NOOP("Messages", "Employers")), "在册单位（家）", employers,
                  "count", "employers"),
    ]
    for section in _sections(session, period, None, None):
        for table in section.tables:
            figures += [KeyFigure(column.figure, column.label, column.zh, value, column.unit, table.page)
                        for column, value in zip(table.columns, table.total) if column.figure]
    return figures


def figures_json(period: Period, figures: list[KeyFigure]) -> dict:
    """The key figures as one flat object, for `skillbase report figures --format json`."""
    return {"period_start": period.start.isoformat(), "period_end": period.end.isoformat(),
            **{figure.key: figure.value for figure in figures}}


# -- Excel -------------------------------------------------------------------------------------

def export_statistics(ctx: ServiceContext, stats: Statistics, path: Path) -> int:
    """Every table shown, one sheet each, with Chinese headings and a 合计 row. Returns the
    number of sheets."""
    check_writable(path)
    group_heading = GROUPING_LABELS[stats.grouping][1]
    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in stats.tables():
        sheet = workbook.create_sheet(_sheet_name(table.zh_title, workbook.sheetnames))
        sheet.append([f"{stats.period.text()}{table.zh_title}"])
        sheet["A1"].font = Font(bold=True, size=13)
        heading = [group_heading] if table.grouping else []
        sheet.append(heading + [c.zh for c in table.columns])
        for cell in sheet[2]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([row.group or NOT_RECORDED_ZH, *row.values])
        sheet.append((["合计"] if table.grouping else []) + list(table.total))
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        sheet.column_dimensions["A"].width = 28
        sheet.freeze_panes = "B3"
    save_workbook(workbook, path)
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        audit.record(session, ctx.actor, "export", "statistics", None, path.name, None,
                     {"period": stats.period.text(), "grouping": stats.grouping})
    return len(workbook.sheetnames)


def _sheet_name(title: str, taken: list[str]) -> str:
    name, number = title[:28], 2
    while name in taken:
        name, number = f"{title[:26]}{number}", number + 1
    return name


# -- the yearly report -------------------------------------------------------------------------

@dataclass(frozen=True)
class YearlyReport:
    """What the printed 年度工作统计报告 shows (read by desktop.printing.yearly_report_pdf)."""

    year: int
    issuer: str
    printed_on: dt.date
    figures: list[KeyFigure]
    by_county: Statistics
    by_month: Statistics
    pass_rates: Table  # the appraisal by level: the pass rate per level, charted


def yearly_report(ctx: ServiceContext, year: int, progress: Progress | None = None) -> YearlyReport:
    period = Period.year(year)
    period.check()
    steps = 2 * len(SECTIONS) + 1

    def step(offset: int) -> Progress | None:
        if progress is None:
            return None
        return lambda done, _total: progress(offset + done, steps)

    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        issuer = read_settings(session).issuer
        by_county = Statistics(period, "county", _sections(session, period, "county", step(0)))
        by_month = Statistics(period, "month", _sections(session, period, "month", step(len(SECTIONS))))
        figures = key_figures_in(session, period)
        pass_rates = APPRAISAL.tables(session, period, "level")[0]
    return YearlyReport(year, issuer, dt.date.today(), figures, by_county, by_month, pass_rates)


def write_yearly_report(ctx: ServiceContext, year: int, destination: str | os.PathLike | BinaryIO,
                        progress: Progress | None = None) -> int:
    """Count the year and print its report to `destination`; the number of pages."""
    report = yearly_report(ctx, year, progress)
    try:
        pages = render_yearly_report(report, destination)
    except OSError as error:
        from desktop.services.workbooks import _write_error  # the same message as for workbooks

        raise _write_error(Path(os.fspath(destination)) if not hasattr(destination, "write") else Path("report.pdf"),
                           error) from error
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        audit.record(session, ctx.actor, "print", "statistics", None, f"{year}年度工作统计报告", None,
                     {"year": year, "pages": pages})
    return pages
