"""Promotion by prize (以赛代评): one action raises the level of a published event's prize
winners as the configured rules say, recorded in the level history with route "prize"."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Competition, CompetitionStage, Occupation, SkillLevel
from desktop.domain.appraisal import promotion_for
from desktop.domain.errors import Conflict
from desktop.domain.levels import LEVEL_NAMES
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.appraisal_settings import prize_rules_in
from desktop.services.competitions import get_event_record
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.result_versions import version_in
from desktop.services.skill_levels import highest_level


@dataclass(frozen=True)
class Promotion:
    trainee_id: int
    name: str
    prize: str
    held: int | None
    level: int


def _plan(session: Session, event_id: int) -> tuple[list[Promotion], Occupation, str, object]:
    event = get_event_record(session, event_id)
    if event.status != "published":
        raise Conflict(message(QT_TRANSLATE_NOOP("Messages", "These results are not published yet.")))
    occupation = session.scalars(select(Occupation).where(Occupation.name == event.occupation)).first()
    if occupation is None:
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "The event's occupation {name} is not in the catalogue: levels need one."),
            name=event.occupation or "—"))
    stage = session.get(CompetitionStage, event.stage_id)
    competition = session.get(Competition, stage.competition_id)
    version, results = version_in(session, event_id)
    rules = prize_rules_in(session)
    plans = []
    for row in results.rows:
        if not row.result.prize:
            continue
        trainee_id = row.contestant.trainee_id
        held = highest_level(session, trainee_id, occupation.id)
        level = promotion_for(rules, row.result.prize, competition.level, held)
        if level is not None:
            plans.append(Promotion(trainee_id, row.contestant.name, row.result.prize, held, level))
    return plans, occupation, competition.name, version


def preview_prize_promotions(ctx: ServiceContext, event_id: int) -> list[Promotion]:
    """Who the rules would raise, and to what (nobody twice: a level held is not raised again)."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return _plan(session, event_id)[0]


def apply_prize_promotions(ctx: ServiceContext, event_id: int) -> list[Promotion]:
    with unit_of_work(ctx, Permission.MANAGE_APPRAISALS) as session:
        plans, occupation, competition, version = _plan(session, event_id)
        obtained = version.published_at.replace(tzinfo=dt.timezone.utc).astimezone().date()  # the local day
        for plan in plans:
            level = SkillLevel(trainee_id=plan.trainee_id, occupation_id=occupation.id, level=plan.level,
                               obtained_on=obtained, certificate_number="", issuing_body=competition,
                               route="prize")
            session.add(level)
            session.flush()
            audit.record(session, ctx.actor, "create", "skill_level", level.id,
                         f"{plan.name} {occupation.name} {LEVEL_NAMES[plan.level]}", None,
                         {"level": plan.level, "obtained_on": obtained, "route": "prize", "prize": plan.prize,
                          "competition": competition, "event_id": event_id})
        audit.record(session, ctx.actor, "promote_by_prize", "competition_event", event_id, competition,
                     None, {"promoted": len(plans)})
        return plans
