"""The appraisal rules shared by every workstation, in the settings table: the eligibility
standards ("appraisal_standards": the general pattern under "default", an occupation's own
under its code) and the promotion-by-prize rules ("appraisal_prize_rules")."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy.orm import Session

from db.models import Setting
from desktop.domain.appraisal import (
    DEFAULT_PRIZE_RULES,
    DEFAULT_STANDARD,
    LEVELS,
    PrizeRule,
    Route,
    Standard,
    prize_rules_problems,
    route_from_dict,
    route_to_dict,
    standard_problems,
)
from desktop.domain.errors import ValidationFailed
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.context import ServiceContext, unit_of_work

STANDARDS_KEY = "appraisal_standards"
PRIZE_RULES_KEY = "appraisal_prize_rules"
DEFAULT = "default"


def _stored(session: Session, key: str) -> dict:
    row = session.get(Setting, key)
    return dict(row.value) if row is not None else {}


def _store(session: Session, key: str, value: dict) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def _decode(value: Mapping) -> dict[int, tuple[Route, ...]]:
    return {int(level): tuple(route_from_dict(r) for r in routes) for level, routes in value.items()}


def _encode(standard: Standard) -> dict:
    return {str(level): [route_to_dict(r) for r in routes] for level, routes in sorted(standard.items())}


def standard_in(session: Session, occupation_code: str | None) -> dict[int, tuple[Route, ...]]:
    """The occupation's own standard where it has one, level by level over the default."""
    stored = _stored(session, STANDARDS_KEY)
    merged = dict(DEFAULT_STANDARD) | _decode(stored.get(DEFAULT, {}))
    if occupation_code:
        merged |= _decode(stored.get(occupation_code, {}))
    return merged


def read_standard(ctx: ServiceContext, occupation_code: str | None) -> tuple[dict[int, tuple[Route, ...]], bool]:
    """The standard used for an occupation (None: the default) and whether it is its own."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        stored = _stored(session, STANDARDS_KEY)
        key = occupation_code or DEFAULT
        return standard_in(session, occupation_code), bool(stored.get(key))


def save_standard(ctx: ServiceContext, occupation_code: str | None, standard: Standard) -> None:
    """Store an occupation's own standard (None: the default); an empty one removes it."""
    standard = {level: tuple(routes) for level, routes in standard.items() if level in LEVELS}
    problems = standard_problems(standard)
    if problems:
        raise ValidationFailed(problems)
    key = occupation_code or DEFAULT
    with unit_of_work(ctx, Permission.CONFIGURE_APPRAISAL) as session:
        stored = _stored(session, STANDARDS_KEY)
        before = stored.get(key)
        if standard:
            stored[key] = _encode(standard)
        else:
            stored.pop(key, None)
        _store(session, STANDARDS_KEY, stored)
        audit.record(session, ctx.actor, "update", "settings", None, f"{STANDARDS_KEY}:{key}",
                     {"standard": before}, {"standard": stored.get(key)})


def prize_rules_in(session: Session) -> tuple[PrizeRule, ...]:
    stored = _stored(session, PRIZE_RULES_KEY)
    if "rules" not in stored:
        return DEFAULT_PRIZE_RULES
    return tuple(PrizeRule(r["prize"], r["min_competition"], int(r["level"])) for r in stored["rules"])


def read_prize_rules(ctx: ServiceContext) -> tuple[PrizeRule, ...]:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return prize_rules_in(session)


def save_prize_rules(ctx: ServiceContext, rules: Sequence[PrizeRule]) -> tuple[PrizeRule, ...]:
    problems = prize_rules_problems(rules)
    if problems:
        raise ValidationFailed(problems)
    with unit_of_work(ctx, Permission.CONFIGURE_APPRAISAL) as session:
        before = [vars(r) for r in prize_rules_in(session)]
        after = [{"prize": r.prize, "min_competition": r.min_competition, "level": r.level} for r in rules]
        _store(session, PRIZE_RULES_KEY, {"rules": after})
        audit.record(session, ctx.actor, "update", "settings", None, PRIZE_RULES_KEY,
                     {"rules": before}, {"rules": after})
        return prize_rules_in(session)
