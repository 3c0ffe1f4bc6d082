"""An event's printouts as PDFs: the result sheet (成绩表) — provisional, or any published
version (第 n 版) — the check-in list (检录表) and the rules summary (评分规则说明). Each reads
what it prints in one read transaction, turns it into the plain data of
desktop.printing.competition_pdf and renders it; the export is audited."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy.orm import Session

from db.models import Competition, CompetitionEvent, CompetitionStage
from desktop.domain.competition_scoring import effective_weights
from desktop.domain.errors import Conflict, UserError
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.domain.roles import Permission
from desktop.printing.competition_pdf import (
    CheckinLine,
    CheckinList,
    ResultLine,
    ResultSheet,
    RulesSummary,
    TeamLine,
    render_checkin_list,
    render_result_sheet,
    render_rules_summary,
)
from desktop.services import audit
from desktop.services.certificate_settings import read_settings
from desktop.services.competition_results import results_in
from desktop.services.competition_scheme import scheme_rows, section_maxima
from desktop.services.competitions import contestant_rows, get_event_record, rules_of
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.result_versions import local_time_text, version_in

Destination = Path | BinaryIO


def save_result_sheet(ctx: ServiceContext, event_id: int, destination: Destination, version: int | None = None) -> int:
    """成绩表 of the event; the page count. Before publication: the results as they stand, marked
    provisional. After: a published version exactly as it was kept (the latest when `version`
    is None), headed 第 n 版 and, after the first, with the ruling that changed it."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        event = get_event_record(session, event_id)
        if version is None and event.status != "published":
            results, kept = results_in(session, event_id), None
        else:
            kept, results = version_in(session, event_id, version)
        lines = [ResultLine(r.result.rank, r.contestant.drawn_number or "", r.contestant.entry_number,
                            r.contestant.name, r.contestant.team, r.contestant.employer, dict(r.result.sections),
                            r.result.total, r.result.prize, tuple(r.result.flags), r.result.status, r.result.scaled,
                            r.advances) for r in results.rows]
        sheet = ResultSheet(results.competition, results.event, results.stage, results.preset, results.provisional,
                            dict(results.section_maxima), lines,
                            [TeamLine(t.rank, t.team, t.leader, t.score) for t in results.teams], results.team_best,
                            _issuer(session), dt.date.today(),
                            (kept.chain_head if kept else event.chain_head) or "", event_id,
                            version=kept.version if kept else None, version_reason=kept.reason if kept else "",
                            published_on=local_time_text(kept.published_at) if kept else "")
        what = f"成绩表 第{kept.version}版" if kept and version is not None else "成绩表"
        return _render(session, ctx, event_id, what, render_result_sheet, sheet, destination)


def save_checkin_list(ctx: ServiceContext, event_id: int, destination: Destination) -> int:
    """检录表 in drawn-number order with the draw's seed; refused before the draw."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        event = get_event_record(session, event_id)
        if event.draw_seed is None:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "Draw the lots first: the check-in list shows the drawn numbers.")))
        competition, stage = _competition_and_stage(session, event)
        drawn = sorted(contestant_rows(session, event_id),
                       key=lambda c: (len(c.drawn_number or ""), c.drawn_number or "", c.entry_number))
        checkin = CheckinList(competition.name, event.name, stage.kind, event.draw_seed,
                              [CheckinLine(c.drawn_number or "", c.workstation or "", c.name, c.team, c.id_number)
                               for c in drawn], _issuer(session), dt.date.today())
        return _render(session, ctx, event_id, "检录表", render_checkin_list, checkin, destination)


def save_rules_summary(ctx: ServiceContext, event_id: int, destination: Destination) -> int:
    """评分规则说明 of the event's preset with its own k, weights, prizes and section maxima."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        event = get_event_record(session, event_id)
        competition, stage = _competition_and_stage(session, event)
        rules, aspects = rules_of(event), scheme_rows(session, event_id)
        maxima = section_maxima(aspects)
        counts = {s: (sum(1 for a in aspects if a.section == s and a.kind == "M"),
                      sum(1 for a in aspects if a.section == s and a.kind == "J")) for s in maxima}
        weights = effective_weights(rules.weights, maxima) if maxima else dict(rules.weights)
        present = sum(1 for c in contestant_rows(session, event_id) if c.status == "present")
        summary = RulesSummary(competition.name, event.name, stage.kind, rules.preset, rules.drop, weights,
                               rules.prize_shares, rules.min_total, event.team_best, maxima, counts, present,
                               _issuer(session), dt.date.today())
        return _render(session, ctx, event_id, "评分规则说明", render_rules_summary, summary, destination)


def _competition_and_stage(session: Session, event: CompetitionEvent) -> tuple[Competition, CompetitionStage]:
    stage = session.get(CompetitionStage, event.stage_id)
    return session.get(Competition, stage.competition_id), stage


def _issuer(session: Session) -> str:
    return read_settings(session).issuer.strip()


def _render(session: Session, ctx: ServiceContext, event_id: int, what: str,
            render: Callable[[Any, Destination], int], data: Any, destination: Destination) -> int:
    name = destination.name if isinstance(destination, Path) else ""
    audit.record(session, ctx.actor, "export", "competition_event", event_id, f"{data.event} {what} {name}".strip())
    try:
        return render(data, destination)
    except OSError as error:  # nothing is recorded: the unit of work rolls back
        raise UserError(message(QT_TRANSLATE_NOOP("Messages", "Cannot write {path}: {reason}"),
                                path=str(destination) if isinstance(destination, Path) else name,
                                reason=error.strerror or str(error))) from error
