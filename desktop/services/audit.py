"""The append-only audit log: who, when, what, before and after."""
from __future__ import annotations

import datetime as dt
import decimal
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from db.base import utcnow
from db.models import AuditEntry
from desktop.domain.roles import Permission
from desktop.services.context import Actor, ServiceContext, unit_of_work


def record(session: Session, actor: Actor | None, action: str, entity: str,
           entity_id: int | None, summary: str = "",
           before: dict[str, Any] | None = None, after: dict[str, Any] | None = None) -> None:
    session.add(AuditEntry(
        at=utcnow(),
        user_id=actor.user_id if actor else None,
        username=actor.username if actor else "",
        action=action, entity=entity, entity_id=entity_id, summary=summary[:300],
        before=_jsonable(before), after=_jsonable(after),
    ))


def snapshot(obj: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in fields}


def _jsonable(values: dict[str, Any] | None) -> dict[str, Any] | None:
    if values is None:
        return None
    out: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, (dt.date, dt.datetime)):
            value = value.isoformat()
        elif isinstance(value, decimal.Decimal):
            value = str(value)
        elif isinstance(value, bytes):
            value = f"<{len(value)} bytes>"
        elif isinstance(value, (list, tuple, set, frozenset)):
            value = sorted(str(v) for v in value)
        out[key] = value
    return out


@dataclass(frozen=True)
class AuditQuery:
    username: str = ""
    entity: str = ""
    action: str = ""
    text: str = ""
    since: dt.date | None = None  # local dates, both included
    until: dt.date | None = None
    utc_offset_minutes: int = 0  # of the user's clock: entries are stamped in UTC


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    username: str
    action: str
    entity: str
    entity_id: int | None
    summary: str
    before: dict | None
    after: dict | None


def _filtered(query: AuditQuery, statement: Select) -> Select:
    if query.username:
        statement = statement.where(AuditEntry.username == query.username)
    if query.entity:
        statement = statement.where(AuditEntry.entity == query.entity)
    if query.action:
        statement = statement.where(AuditEntry.action == query.action)
    if query.text:
        statement = statement.where(AuditEntry.summary.icontains(query.text, autoescape=True))
    offset = dt.timedelta(minutes=query.utc_offset_minutes)
    if query.since:
        statement = statement.where(AuditEntry.at >= dt.datetime.combine(query.since, dt.time()) - offset)
    if query.until:
        statement = statement.where(
            AuditEntry.at < dt.datetime.combine(query.until + dt.timedelta(days=1), dt.time()) - offset)
    return statement


def count_entries(ctx: ServiceContext, query: AuditQuery) -> int:
    with unit_of_work(ctx, Permission.READ_AUDIT) as session:
        return session.scalar(_filtered(query, select(func.count(AuditEntry.id)))) or 0


def list_entries(ctx: ServiceContext, query: AuditQuery, offset: int = 0, limit: int = 200,
                 before_id: int | None = None) -> list[AuditRow]:
    """Newest first. `before_id` continues after the oldest entry shown, unshaken by new entries."""
    with unit_of_work(ctx, Permission.READ_AUDIT) as session:
        statement = _filtered(query, select(AuditEntry))
        if before_id is not None:
            statement = statement.where(AuditEntry.id < before_id)
        rows = session.scalars(statement.order_by(AuditEntry.id.desc()).offset(offset).limit(limit))
        return [AuditRow(r.id, r.at, r.username, r.action, r.entity, r.entity_id, r.summary,
                         r.before, r.after) for r in rows]


def filter_choices(ctx: ServiceContext) -> tuple[list[str], list[str], list[str]]:
    """The user names, entities and actions that occur, for the filter boxes."""
    with unit_of_work(ctx, Permission.READ_AUDIT) as session:
        def distinct(column):
            return [v for v in session.scalars(select(column).distinct().order_by(column)) if v]
        return distinct(AuditEntry.username), distinct(AuditEntry.entity), distinct(AuditEntry.action)
