"""Keeping and checking each event's mark chain (desktop/domain/mark_chain.py): every mark
saved — by staff, a judge, a recorder or an import — is appended in the same transaction."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.base import utcnow
from db.models import CompetitionEvent, Contestant, MarkChainEntry, ScoreMark
from desktop.domain.mark_chain import GENESIS, ChainEntry, check, digest
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from desktop.domain.roles import Permission
from desktop.services.competitions import get_event_record
from desktop.services.context import ServiceContext, unit_of_work

Change = tuple[int, int, int | None, int | None]  # contestant, aspect, judge, value in hundredths (None: cleared)


@dataclass(frozen=True)
class ChainReport:
    entries: int
    head: str
    problem: Message | None  # None: the chain and the stored marks agree


def append(session: Session, event_id: int, changes: list[Change], source: str, actor: str) -> None:
    """Append the changes, in order, to the event's chain. Bumping the event's chain length
    first takes its row lock, so two workstations append one after the other."""
    if not changes:
        return
    session.execute(update(CompetitionEvent).where(CompetitionEvent.id == event_id)
                    .values(chain_length=CompetitionEvent.chain_length + len(changes)))
    event = session.get(CompetitionEvent, event_id)
    session.refresh(event)
    previous, seq = event.chain_head or GENESIS, event.chain_length - len(changes)
    at = utcnow().isoformat()
    for contestant_id, aspect_id, judge_id, value in changes:
        seq += 1
        previous = digest(previous, event_id, seq, contestant_id, aspect_id, judge_id, value, source, actor, at)
        session.add(MarkChainEntry(event_id=event_id, seq=seq, contestant_id=contestant_id, aspect_id=aspect_id,
                                   judge_id=judge_id, value_centi=value, source=source, actor=actor,
                                   at=dt.datetime.fromisoformat(at), hash=previous))
    event.chain_head = previous


def verify_chain(ctx: ServiceContext, event_id: int) -> ChainReport:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        event = get_event_record(session, event_id)
        entries = [ChainEntry(e.seq, e.contestant_id, e.aspect_id, e.judge_id, e.value_centi, e.source, e.actor,
                              e.at.isoformat(), e.hash)
                   for e in session.scalars(select(MarkChainEntry).where(MarkChainEntry.event_id == event_id)
                                            .order_by(MarkChainEntry.seq))]
        stored = {(c, a, j): v for c, a, j, v in session.execute(
            select(ScoreMark.contestant_id, ScoreMark.aspect_id, ScoreMark.judge_id, ScoreMark.value_centi)
            .join(Contestant, Contestant.id == ScoreMark.contestant_id).where(Contestant.event_id == event_id))}
        found = check(event_id, entries, stored, event.chain_head, event.chain_length)
        return ChainReport(len(entries), event.chain_head or GENESIS, _said(found))


def _said(found) -> Message | None:
    if found is None:
        return None
    if found.kind == "missing_entry":
        return message(QT_TRANSLATE_NOOP("Messages", "Entry {seq} of the mark chain is missing."), seq=found.seq)
    if found.kind == "broken_link":
        return message(QT_TRANSLATE_NOOP(
            "Messages", "Entry {seq} of the mark chain does not match its hash: it was altered."), seq=found.seq)
    if found.kind == "head_differs":
        return message(QT_TRANSLATE_NOOP(
            "Messages", "The mark chain ends at entry {seq}, not where the event's record says: entries were "
                        "removed or added outside the application."), seq=found.seq)
    contestant, aspect, judge = found.key
    if found.kind == "stored_not_in_chain":
        return message(QT_TRANSLATE_NOOP(
            "Messages", "A stored mark (contestant {contestant}, aspect {aspect}, judge {judge}) is not in the "
                        "chain: it was added outside the application."),
            contestant=contestant, aspect=aspect, judge=judge or "—")
    return message(QT_TRANSLATE_NOOP(
        "Messages", "The stored mark of contestant {contestant}, aspect {aspect}, judge {judge} is {found}, but the "
                    "chain says {expected}: it was changed outside the application."),
        contestant=contestant, aspect=aspect, judge=judge or "—",
        found="—" if found.found is None else found.found / 100, expected=found.expected / 100)
