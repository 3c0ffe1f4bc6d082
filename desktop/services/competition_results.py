"""Results of an event — totals, section scores, ranks, prizes, flags, team results and who
advances — computed from the marks at every call (so a changed mark shows at once), then
published and crowned with award certificates (获奖证书) through the certificates engine."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.base import utcnow
from db.models import Certificate, Competition, CompetitionStage, Contestant, Employer, ScoreMark, Team
from desktop.domain.competition_scoring import Cell, Result, advancing, compute_results_from_cells, team_results
from desktop.domain.errors import Conflict, PermissionDenied, ValidationFailed
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.domain.roles import Permission
from desktop.services import audit, certificates
from desktop.services.certificates import CertificateRow, IssueRequest
from desktop.services.competition_panel import expected_judges, has_panel, is_chief_of
from desktop.services.competition_scheme import scheme_rows, scoring_aspects, section_maxima
from desktop.services.competitions import (
    STAGE_KINDS,
    ContestantInput,
    ContestantRow,
    add_contestant,
    contestant_rows,
    get_event_record,
    lock_event,
    rules_of,
    weights_problem_of,
)
from desktop.services.context import ServiceContext, require, unit_of_work


@dataclass(frozen=True)
class ResultRow:
    contestant: ContestantRow
    result: Result
    advances: bool
    certificate_id: int | None


@dataclass(frozen=True)
class TeamResult:
    team: str
    leader: str
    score: Fraction
    rank: int


@dataclass(frozen=True)
class EventResults:
    event_id: int
    event: str
    competition: str
    stage: str
    preset: str
    provisional: bool  # not yet published
    section_maxima: dict[str, Fraction]
    rows: list[ResultRow]  # rank order, unranked last
    teams: list[TeamResult]
    team_best: int


def event_results(ctx: ServiceContext, event_id: int) -> EventResults:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return results_in(session, event_id)


def results_in(session: Session, event_id: int) -> EventResults:
    event = get_event_record(session, event_id)
    stage = session.get(CompetitionStage, event.stage_id)
    competition = session.get(Competition, stage.competition_id)
    aspects = scheme_rows(session, event_id)
    people = {row.id: row for row in contestant_rows(session, event_id)}
    rules = rules_of(event)
    cells, values = event_cells(session, event_id, {a.id: a.code for a in aspects},
                                with_values=rules.preset == "china" and rules.drop >= 2)
    results = compute_results_from_cells(scoring_aspects(aspects), rules, {i: p.status for i, p in people.items()},
                                         cells, values, expected_judges(session, event_id)) if aspects else []
    going = advancing(results, stage.advance_top,
                      Fraction(stage.advance_min_centi, 100) if stage.advance_min_centi is not None else None) \
        if (stage.advance_top is not None or stage.advance_min_centi is not None) else set()
    # A revoked award certificate (the prize changed on appeal, or it was wrong) counts as none:
    # the winner is due a new one. A replaced one was corrected and re-issued: it stands.
    links = {c: (team, None if status == "revoked" else certificate) for c, team, certificate, status in session.execute(
        select(Contestant.id, Contestant.team_id, Contestant.certificate_id, Certificate.status)
        .outerjoin(Certificate, Certificate.id == Contestant.certificate_id).where(Contestant.event_id == event_id))}
    teams = {t.id: t for t in session.scalars(select(Team).where(Team.competition_id == competition.id))}
    ranked_teams = [TeamResult(teams[t].name, teams[t].leader, score, rank) for t, score, rank
                    in team_results(results, {c: team for c, (team, _) in links.items()}, event.team_best)]
    return EventResults(event.id, event.name, competition.name, stage.kind, event.preset,
                        event.status != "published", section_maxima(aspects),
                        [ResultRow(people[r.contestant], r, r.contestant in going, links[r.contestant][1])
                         for r in results], ranked_teams, event.team_best)


def event_cells(session: Session, event_id: int, code_of: dict[int, str], with_values: bool = False
                ) -> tuple[dict[tuple[int, str], Cell], dict[tuple[int, str], list[int]] | None]:
    """count/sum/min/max of the marks per contestant and aspect, summed up by the database
    (15,000 rows for 75,000 marks), and every cell's sorted marks when asked. The event's
    contestants are picked with IN, not a join: SQLite then reads ix_score_marks_cell in
    (contestant, aspect) order and groups without a temporary B-tree (22 ms, not 40)."""
    ours = select(Contestant.id).where(Contestant.event_id == event_id).scalar_subquery()
    value = ScoreMark.value_centi
    statement = (select(ScoreMark.contestant_id, ScoreMark.aspect_id, func.count(), func.sum(value),
                        func.min(value), func.max(value))
                 .where(ScoreMark.contestant_id.in_(ours)).group_by(ScoreMark.contestant_id, ScoreMark.aspect_id))
    if with_values:  # one read, so the cells and their marks agree while others are marking
        values: dict[tuple[int, str], list[int]] = {}
        for c, a, v in session.connection().execute(
                select(ScoreMark.contestant_id, ScoreMark.aspect_id, value)
                .where(ScoreMark.contestant_id.in_(ours)).order_by(value)):
            values.setdefault((c, code_of[a]), []).append(v)
        return {key: (len(v), sum(v), v[0], v[-1]) for key, v in values.items()}, values
    rows = session.connection().execute(statement)  # Core rows: 15,000 of them, read-only
    return {(c, code_of[a]): (n, total, low, high) for c, a, n, total, low, high in rows}, None


def publish(ctx: ServiceContext, event_id: int, accept_spreads: bool = False) -> EventResults:
    """Make the results final: no mark, contestant or scheme of the event changes after this
    but through an appeal's ruling (desktop.services.competition_appeals); the results are kept
    whole as version 1 (desktop.services.result_versions). Refused while a present contestant
    lacks a mark; aspects flagged for re-marking (a spread between judges) also stop it unless
    the chief judge accepts them (`accept_spreads`) after re-marking still left the judges apart."""
    with unit_of_work(ctx, Permission.ENTER_MARKS) as session:
        event = lock_event(session, event_id)
        if not ctx.actor.may(Permission.EDIT_REGISTRY) and not is_chief_of(session, ctx.actor, event_id):
            raise PermissionDenied(message(QT_TRANSLATE_NOOP(
                "Messages", "Only the event's chief judge or staff publish the results.")))
        if event.status == "published":
            raise Conflict(message(QT_TRANSLATE_NOOP("Messages", "These results are published already.")))
        results = results_in(session, event_id)
        if not results.rows:
            raise Conflict(message(QT_TRANSLATE_NOOP("Messages", "There are no results to publish yet.")))
        problem = weights_problem_of(session, event)
        if problem is not None:
            raise Conflict(problem)
        missing = _numbers(results, lambda flag: flag == "incomplete")
        if missing:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "Marks are missing for contestants {numbers}."), numbers=missing))
        spread = _numbers(results, lambda flag: flag.startswith("remark:"))
        if spread and not accept_spreads:
            raise SpreadsToAccept(message(QT_TRANSLATE_NOOP(
                "Messages", "Judges are more than one mark apart for contestants {numbers}: have them re-mark, "
                            "or accept the marks as they are."), numbers=spread))
        if event.locked_at is None:
            if has_panel(session, event_id):
                raise Conflict(message(QT_TRANSLATE_NOOP(
                    "Messages", "The chief judge locks the marks before the results are published.")))
            event.locked_at, event.locked_by = utcnow(), ctx.actor.username  # marks typed in by staff
        now = utcnow()
        event.decrypted_at = event.decrypted_at or now
        event.status, event.published_at = "published", now
        published = results_in(session, event_id)
        # result_versions builds on this module's dataclasses, so it is imported here, not above
        from desktop.services.result_versions import record_version
        record_version(session, event, published, now, ctx.actor.username)
        audit.record(session, ctx.actor, "publish", "competition_event", event.id, event.name, None, {"version": 1})
        return published


class SpreadsToAccept(Conflict):
    """Publication waits for the chief judge to accept marks that stay apart after re-marking."""


def _numbers(results: EventResults, flagged: Callable[[str], bool]) -> str:
    found = [r.contestant.drawn_number or str(r.contestant.entry_number) for r in results.rows
             if any(flagged(f) for f in r.result.flags)]
    return "、".join(found[:10]) + ("…" if len(found) > 10 else "")


def issue_awards(ctx: ServiceContext, event_id: int, issue_date: dt.date, destination: Path | BinaryIO,
                 progress: Callable[[int, int], bool] | None = None) -> list[CertificateRow]:
    """Award certificates for every prize winner still without one, in one PDF (all or nothing)."""
    require(ctx, Permission.EDIT_REGISTRY)
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        results = results_in(session, event_id)
        event = get_event_record(session, event_id)
    if results.provisional:
        raise Conflict(message(QT_TRANSLATE_NOOP("Messages", "Publish the results before issuing certificates.")))
    winners = [r for r in results.rows if r.result.prize and r.certificate_id is None]
    if not winners:
        raise ValidationFailed({"winners": message(QT_TRANSLATE_NOOP(
            "Messages", "Every prize winner has a certificate already."))})
    title = f"{results.competition}·{event.name}" if event.name not in results.competition else results.competition
    requests = [IssueRequest("award", r.contestant.trainee_id, issue_date, occupation=event.occupation,
                             award=r.result.prize, competition=title) for r in winners]
    by_trainee = {r.contestant.trainee_id: r.contestant.id for r in winners}

    def record(session: Session, issued: list[tuple[int, int]]) -> None:
        lock_event(session, event_id)  # two workstations issuing at once: the second finds them taken
        for trainee_id, certificate_id in issued:
            contestant = session.get(Contestant, by_trainee[trainee_id])
            held = session.get(Certificate, contestant.certificate_id) if contestant.certificate_id else None
            if held is not None and held.status != "revoked":  # issued at another workstation meanwhile
                raise Conflict(message(QT_TRANSLATE_NOOP(
                    "Messages", "Certificates were issued for this event at another workstation: reload.")))
            contestant.certificate_id = certificate_id

    return certificates.issue_and_print(ctx, requests, destination, progress, on_issued=record)


def advance(ctx: ServiceContext, event_id: int, next_event_id: int) -> list[str]:
    """Enter the event's advancing contestants (the stage's top N or those above its score)
    into an event of a later stage of the same competition, with their teams and employers.
    Returns their names; those entered there already are left as they are."""
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        event, target = get_event_record(session, event_id), get_event_record(session, next_event_id)
        here, there = session.get(CompetitionStage, event.stage_id), session.get(CompetitionStage, target.stage_id)
        if here.competition_id != there.competition_id or STAGE_KINDS.index(there.kind) <= STAGE_KINDS.index(here.kind):
            raise ValidationFailed({"next_event": message(QT_TRANSLATE_NOOP(
                "Messages", "Choose an event of a later stage of the same competition."))})
        if here.advance_top is None and here.advance_min_centi is None:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "Set who advances from this stage first (the top N or a minimum total).")))
        if event.status != "published":
            raise Conflict(message(QT_TRANSLATE_NOOP("Messages", "Publish the results before advancing anyone.")))
        entered = set(session.scalars(select(Contestant.trainee_id).where(Contestant.event_id == target.id)))
        names = []
        for row in results_in(session, event_id).rows:
            if not row.advances or row.contestant.trainee_id in entered:
                continue
            source = session.get(Contestant, row.contestant.id)
            team = session.get(Team, source.team_id) if source.team_id else None
            employer = session.get(Employer, source.employer_id) if source.employer_id else None
            add_contestant(session, target, ContestantInput(source.trainee_id, team=team.name if team else "",
                                                            employer=employer.name if employer else ""))
            names.append(row.contestant.name)
        audit.record(session, ctx.actor, "advance", "competition_event", target.id, target.name, None,
                     {"from": event.name, "contestants": len(names)})
        return names
