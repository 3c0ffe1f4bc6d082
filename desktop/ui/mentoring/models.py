"""The mentoring tables: agreements (paged in SQL), a plan, reviews, mentors, nominations."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.services import mentoring
from desktop.services.context import ServiceContext
from desktop.services.mentoring import AgreementQuery, AgreementRow
from desktop.ui.mentoring.labels import STATUS_COLOURS, component_label, level_label, on_track_label, status_label
from desktop.ui.paged_model import ColumnListModel, PagedTableModel


def _plan_text(row: AgreementRow) -> str:
    if row.status != "active":  # a draft's plan has not started, a closed one's is over
        return ""
    if not row.plan_items:
        return QCoreApplication.translate("Mentoring", "No plan yet")
    text = on_track_label(row.on_track)
    if row.overdue_items:
        text += " · " + QCoreApplication.translate("Mentoring", "%1 overdue").replace("%1", str(row.overdue_items))
    return text


def _date(day) -> str:
    return day.isoformat() if day else ""


class AgreementTableModel(PagedTableModel, ColumnListModel):
    columns = (
        (lambda r: r.number, None, False),
        (lambda r: r.apprentice, None, False),
        (lambda r: r.mentor + (f"、{r.second_mentor}" if r.second_mentor else ""), None, False),
        (lambda r: r.occupation, None, False),
        (lambda r: f"{r.start_on:%Y-%m-%d} – {r.end_on:%Y-%m-%d}", lambda r: r.end_on, False),
        (lambda r: status_label(r.status), lambda r: r.status, False),
        (lambda r: _plan_text(r), lambda r: r.overdue_items, False),
    )
    STATUS, ON_TRACK = 5, 6

    def __init__(self, ctx: ServiceContext, parent=None):
        PagedTableModel.__init__(self, AgreementQuery(), parent)
        self.ctx = ctx

    def count_rows(self, query: AgreementQuery) -> int:
        return mentoring.count_agreements(self.ctx, query)

    def list_rows(self, query: AgreementQuery, offset: int, limit: int) -> list[AgreementRow]:
        return mentoring.list_agreements(self.ctx, query, offset, limit)

    def headers(self) -> list[str]:
        return [self.tr("Number"), self.tr("Apprentice"), self.tr("Mentor(s)"), self.tr("Occupation"),
                self.tr("Term"), self.tr("Status"), self.tr("Plan")]

    def extra(self, row: AgreementRow, column: int, role) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.STATUS and row.status in STATUS_COLOURS:
                return QBrush(QColor(STATUS_COLOURS[row.status]))
            if column == self.ON_TRACK and row.on_track is False:
                return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.ToolTipRole and row.end_reason:
            return row.end_reason
        return None


class PlanModel(ColumnListModel):
    columns = (
        (lambda r: r.skill, None, False),
        (lambda r: _date(r.target_on), None, False),
        (lambda r: _date(r.signed_off_on), None, False),
        (lambda r: r.comment, None, False),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.running = False  # overdue items show red only while the agreement runs

    def set_rows(self, rows: list[Any], running: bool = False) -> None:
        self.running = running
        super().set_rows(rows)

    def headers(self) -> list[str]:
        return [self.tr("Skill"), self.tr("Target date"), self.tr("Signed off"), self.tr("Mentor's comment")]

    def extra(self, row, column: int, role) -> Any:
        if self.running and row.overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#b00020"))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Overdue: the target date has passed and the skill is not signed off")
        return None


class ReviewModel(ColumnListModel):
    columns = (
        (lambda r: r.period, None, False),
        (lambda r: _date(r.reviewed_on), None, False),
        (lambda r: str(r.mentor_score), lambda r: r.mentor_score, True),
        (lambda r: r.mentor_comment, None, False),
        (lambda r: str(r.apprentice_score), lambda r: r.apprentice_score, True),
        (lambda r: r.apprentice_comment, None, False),
    )

    def headers(self) -> list[str]:
        return [self.tr("Period"), self.tr("Date"), self.tr("Mentor's score"), self.tr("Mentor's comment"),
                self.tr("Apprentice's score"), self.tr("Apprentice's comment")]


class MentorModel(ColumnListModel):
    columns = (
        (lambda r: r.name, None, False),
        (lambda r: r.masked_id, None, False),
        (lambda r: r.employer, None, False),
        (lambda r: level_label(r.best_level), lambda r: r.best_level or 9, False),
        (lambda r: r.honours, None, False),
        (lambda r: f"{r.active} / {r.cap}", lambda r: r.active, True),
        (lambda r: str(r.agreements), lambda r: r.agreements, True),
        (lambda r: r.named_years, None, False),
    )

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("ID number"), self.tr("Employer"), self.tr("Highest level"),
                self.tr("Honours"), self.tr("Active apprentices"), self.tr("Agreements"), self.tr("好师傅")]

    def extra(self, row, column: int, role) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and not row.eligible:
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.ToolTipRole and not row.eligible:
            return self.tr("Does not meet the mentor rule at present")
        return None


def _part(component: str):
    def points(row) -> str:
        part = next(p for p in row.score.parts if p.component == component)
        return f"{part.count:g} → {part.points}"
    return points


class NominationModel(ColumnListModel):
    columns = (
        (lambda r: str(r.rank), lambda r: r.rank, True),
        (lambda r: r.name, None, False),
        (lambda r: r.employer, None, False),
        (lambda r: str(r.agreements), lambda r: r.agreements, True),
        (_part("promoted"), None, True),
        (_part("prizes"), None, True),
        (_part("completed"), None, True),
        (_part("reviews"), None, True),
        (lambda r: str(r.score.total), lambda r: float(r.score.total), True),
        (lambda r: "✓" if r.named else "", None, False),
    )

    def headers(self) -> list[str]:
        return [self.tr("Rank"), self.tr("Mentor"), self.tr("Employer"), self.tr("Agreements"),
                component_label("promoted"), component_label("prizes"), component_label("completed"),
                component_label("reviews"), self.tr("Score"), self.tr("Named")]

    def extra(self, row, column: int, role) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(f"{component_label(p.component)}: {p.count:g} × {p.weight}"
                             f"{' / 100' if p.component == 'reviews' else ''} = {p.points}" for p in row.score.parts)
        return None
