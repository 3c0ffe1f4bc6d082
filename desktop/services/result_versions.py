"""Every published version of an event's results, kept whole so each can be printed again as it
was: version 1 at publication, one more per upheld appeal that changes marks.

A version's snapshot is the EventResults of that moment as JSON (fractions as "p/q" strings),
with the mark chain's head. ID card numbers are left out: the result sheet does not print them,
and personal data stays in one place (the trainee's record).

Events published before versions were kept have no version row. Their marks cannot have
changed since (a published event refuses marks; only a ruling changes them, and a ruling stores
version 1 first — `ensure_first_version`), so their live results *are* version 1: listing and
printing read them as such without writing anything.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import CompetitionEvent, Contestant, ResultVersion
from desktop.domain.competition_scoring import Result
from desktop.domain.errors import Conflict, NotFound
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.domain.roles import Permission
from desktop.services.competition_results import EventResults, ResultRow, TeamResult, results_in
from desktop.services.competitions import ContestantRow, get_event_record
from desktop.services.context import ServiceContext, unit_of_work

SNAPSHOT_FORMAT = 1


@dataclass(frozen=True)
class VersionRow:
    version: int
    published_at: dt.datetime  # UTC
    published_by: str
    reason: str  # "" for version 1; the ruling that changed the marks after that
    appeal_id: int | None
    chain_head: str
    stored: bool  # False: version 1 of an event published before versions were kept (its live results)

    @property
    def id(self) -> int:  # RowListModel finds rows by id
        return self.version


@dataclass(frozen=True)
class PlaceChange:
    """One contestant whose rank, total or prize differs from the version before."""
    contestant_id: int
    number: str  # drawn number, else entry number
    name: str
    old_rank: int | None
    new_rank: int | None
    old_total: Fraction | None
    new_total: Fraction | None
    old_prize: str
    new_prize: str
    certificate_id: int | None  # the award certificate issued now, if any: to revoke or re-issue

    @property
    def id(self) -> int:
        return self.contestant_id

    @property
    def prize_changed(self) -> bool:
        return self.old_prize != self.new_prize


# -- (de)serialisation ---------------------------------------------------------------------------

def snapshot_of(results: EventResults, chain_head: str = "") -> dict[str, Any]:
    """The results as plain JSON: enough to print the result sheet exactly as it was."""
    return {
        "format": SNAPSHOT_FORMAT,
        "event_id": results.event_id, "event": results.event, "competition": results.competition,
        "stage": results.stage, "preset": results.preset, "provisional": results.provisional,
        "section_maxima": {s: _fraction_text(v) for s, v in results.section_maxima.items()},
        "rows": [_row_of(r) for r in results.rows],
        "teams": [{"team": t.team, "leader": t.leader, "score": _fraction_text(t.score), "rank": t.rank}
                  for t in results.teams],
        "team_best": results.team_best,
        "chain_head": chain_head,
    }


def results_of(snapshot: dict[str, Any]) -> EventResults:
    """The EventResults a snapshot was made of (ID card numbers empty)."""
    if snapshot.get("format") != SNAPSHOT_FORMAT:
        raise ValueError(f"unknown result snapshot format {snapshot.get('format')!r}")
    event_id = snapshot["event_id"]
    return EventResults(
        event_id, snapshot["event"], snapshot["competition"], snapshot["stage"], snapshot["preset"],
        snapshot["provisional"], {s: Fraction(v) for s, v in snapshot["section_maxima"].items()},
        [_result_row(event_id, r) for r in snapshot["rows"]],
        [TeamResult(t["team"], t["leader"], Fraction(t["score"]), t["rank"]) for t in snapshot["teams"]],
        snapshot["team_best"])


def _fraction_text(value: Fraction) -> str:
    return f"{value.numerator}/{value.denominator}"


def _maybe_fraction(value: str | None) -> Fraction | None:
    return None if value is None else Fraction(value)


def _row_of(row: ResultRow) -> dict[str, Any]:
    c, r = row.contestant, row.result
    return {
        "contestant": {"id": c.id, "trainee_id": c.trainee_id, "name": c.name, "entry_number": c.entry_number,
                       "drawn_number": c.drawn_number, "workstation": c.workstation, "team": c.team,
                       "employer": c.employer, "status": c.status},
        "status": r.status,
        "sections": {s: _fraction_text(v) for s, v in r.sections.items()},
        "total": None if r.total is None else _fraction_text(r.total),
        "rank": r.rank, "prize": r.prize, "flags": list(r.flags), "scaled": r.scaled,
        "advances": row.advances, "certificate_id": row.certificate_id,
    }


def _result_row(event_id: int, data: dict[str, Any]) -> ResultRow:
    c = data["contestant"]
    person = ContestantRow(c["id"], event_id, c["trainee_id"], c["name"], "", c["entry_number"], c["drawn_number"],
                           c["workstation"], c["team"], c["employer"], c["status"])
    result = Result(c["id"], data["status"], {s: Fraction(v) for s, v in data["sections"].items()},
                    _maybe_fraction(data["total"]), data["rank"], data["prize"], tuple(data["flags"]), data["scaled"])
    return ResultRow(person, result, data["advances"], data["certificate_id"])


# -- keeping versions ----------------------------------------------------------------------------

def record_version(session: Session, event: CompetitionEvent, results: EventResults, at: dt.datetime, by: str,
                   reason: str = "", appeal_id: int | None = None) -> ResultVersion:
    """Store the next version of the event's results and make it the current one."""
    number = (session.scalar(select(ResultVersion.version).where(ResultVersion.event_id == event.id)
                             .order_by(ResultVersion.version.desc()).limit(1)) or 0) + 1
    version = ResultVersion(event_id=event.id, version=number, published_at=at, published_by=by, reason=reason,
                            appeal_id=appeal_id, chain_head=event.chain_head,
                            snapshot=snapshot_of(results, event.chain_head or ""))
    session.add(version)
    event.result_version = number
    return version


def ensure_first_version(session: Session, event: CompetitionEvent) -> None:
    """Store version 1 from the live results of an event published before versions were kept,
    before anything changes them (see the module's docstring)."""
    if event.status != "published" or session.scalar(
            select(ResultVersion.id).where(ResultVersion.event_id == event.id).limit(1)) is not None:
        return
    record_version(session, event, results_in(session, event.id), event.published_at, "")


def versions_in(session: Session, event_id: int) -> list[VersionRow]:
    event = get_event_record(session, event_id)
    stored = session.execute(  # not the snapshots: they are read one at a time, when needed
        select(ResultVersion.version, ResultVersion.published_at, ResultVersion.published_by, ResultVersion.reason,
               ResultVersion.appeal_id, ResultVersion.chain_head)
        .where(ResultVersion.event_id == event_id).order_by(ResultVersion.version)).all()
    if not stored and event.status == "published":
        return [VersionRow(1, event.published_at, "", "", None, event.chain_head or "", False)]
    return [VersionRow(number, at, by, reason, appeal_id, head or "", True)
            for number, at, by, reason, appeal_id, head in stored]


def version_in(session: Session, event_id: int, version: int | None = None) -> tuple[VersionRow, EventResults]:
    """A version (the latest when None) and its results; refused before publication."""
    versions = versions_in(session, event_id)
    if not versions:
        raise Conflict(message(QT_TRANSLATE_NOOP("Messages", "These results are not published yet.")))
    chosen = versions[-1] if version is None else next((v for v in versions if v.version == version), None)
    if chosen is None:
        raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "Version {version} of these results does not exist."),
                               version=version))
    if not chosen.stored:
        return chosen, results_in(session, event_id)
    snapshot = session.scalar(select(ResultVersion.snapshot).where(ResultVersion.event_id == event_id,
                                                                   ResultVersion.version == chosen.version))
    return chosen, results_of(snapshot)


def changes_between(session: Session, event_id: int, version: int) -> list[PlaceChange]:
    if version <= 1:
        version_in(session, event_id, version)  # refused when there is no such version
        return []
    _old_version, old = version_in(session, event_id, version - 1)
    _new_version, new = version_in(session, event_id, version)
    before = {r.contestant.id: r for r in old.rows}
    certificates = dict(session.execute(select(Contestant.id, Contestant.certificate_id)
                                        .where(Contestant.event_id == event_id)).all())
    changes = []
    for row in new.rows:
        was = before.get(row.contestant.id)
        old_rank, old_total, old_prize = (was.result.rank, was.result.total, was.result.prize) if was else \
            (None, None, "")
        if (old_rank, old_total, old_prize) == (row.result.rank, row.result.total, row.result.prize):
            continue
        changes.append(PlaceChange(row.contestant.id, row.contestant.drawn_number or str(row.contestant.entry_number),
                                   row.contestant.name, old_rank, row.result.rank, old_total, row.result.total,
                                   old_prize, row.result.prize, certificates.get(row.contestant.id)))
    return changes


def local_time_text(moment: dt.datetime) -> str:
    """A stored UTC moment as the workstation's local time, as messages and printouts say it."""
    return moment.replace(tzinfo=dt.timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")


# -- the public calls ----------------------------------------------------------------------------

def list_versions(ctx: ServiceContext, event_id: int) -> list[VersionRow]:
    """The event's published versions, oldest first; empty before publication."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return versions_in(session, event_id)


def version_results(ctx: ServiceContext, event_id: int, version: int) -> EventResults:
    """The results exactly as version `version` published them."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return version_in(session, event_id, version)[1]


def version_changes(ctx: ServiceContext, event_id: int, version: int) -> list[PlaceChange]:
    """Who ranks, scores or wins differently in `version` than in the version before (nobody for
    version 1), in the new rank order. Award certificates are never re-issued silently: where a
    prize changed and `certificate_id` is set, staff revoke or re-issue it on the certificates page."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return changes_between(session, event_id, version)
