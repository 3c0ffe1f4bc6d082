"""The mentoring rules shared by every workstation (who may mentor, the apprentice cap, the
好师傅 title and score weights), kept in the settings table under "mentoring"."""
from __future__ import annotations

from dataclasses import asdict

from sqlalchemy.orm import Session

from db.models import Setting
from desktop.domain.errors import ValidationFailed
from desktop.domain.mentoring import MentoringRules, ScoreWeights, rules_problems
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.context import ServiceContext, unit_of_work

SETTINGS_KEY = "mentoring"


def read_rules(session: Session) -> MentoringRules:
    stored = session.get(Setting, SETTINGS_KEY)
    if stored is None:
        return MentoringRules()
    value, default = stored.value, MentoringRules()
    return MentoringRules(
        min_level=int(value.get("min_level", default.min_level)),
        honour_marks=tuple(value.get("honour_marks", default.honour_marks)),
        max_apprentices=int(value.get("max_apprentices", default.max_apprentices)),
        honour_title=value.get("honour_title", default.honour_title),
        weights=ScoreWeights(**{**asdict(default.weights), **value.get("weights", {})}))


def mentoring_rules(ctx: ServiceContext) -> MentoringRules:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return read_rules(session)


def save_mentoring_rules(ctx: ServiceContext, rules: MentoringRules) -> MentoringRules:
    rules = MentoringRules(rules.min_level, tuple(m.strip() for m in rules.honour_marks if m.strip()),
                           rules.max_apprentices, rules.honour_title.strip(), rules.weights)
    problems = rules_problems(rules)
    if problems:
        raise ValidationFailed(problems)
    with unit_of_work(ctx, Permission.CONFIGURE_MENTORING) as session:
        before = read_rules(session)
        value = _stored(rules)
        stored = session.get(Setting, SETTINGS_KEY)
        if stored is None:
            session.add(Setting(key=SETTINGS_KEY, value=value))
        else:
            stored.value = value
        audit.record(session, ctx.actor, "update", "settings", None, SETTINGS_KEY,
                     _flat(_stored(before)), _flat(value))
        return read_rules(session)


def _stored(rules: MentoringRules) -> dict:
    return {"min_level": rules.min_level, "honour_marks": list(rules.honour_marks),
            "max_apprentices": rules.max_apprentices, "honour_title": rules.honour_title,
            "weights": asdict(rules.weights)}


def _flat(value: dict) -> dict:
    weights = value["weights"]
    return {**{k: v for k, v in value.items() if k != "weights"},
            **{f"weight_{name}": points for name, points in weights.items()}}
