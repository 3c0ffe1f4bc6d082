"""Skill-level appraisal rules (职业技能等级认定): who may sit a level (eligibility routes as
data), how scores pass, and how competition prizes raise a level (以赛代评).

A level's standard is a list of routes; a person is eligible when any one route holds. A route
is a set of requirements that must all hold: years in the occupation, years since obtaining
the level below the target, a completed training class at the target level, a prize.
Scores are tenths of a point (0–1000 = 0.0–100.0).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message

LEVELS = (5, 4, 3, 2, 1)
PRIZES = ("一等奖", "二等奖", "三等奖")  # best first
COMPETITION_LEVELS = ("enterprise", "county", "city", "province", "national")  # lowest first
COMPETITION_LEVEL_NAMES = {"enterprise": "企业级", "county": "县级", "city": "市级", "province": "省级",
                           "national": "国家级"}
REVIEW_LEVELS = (2, 1)  # 技师 and 高级技师 also have a comprehensive review (综合评审)
DEFAULT_PASS = 600
OUTCOMES = ("passed", "failed", "absent", "withdrawn", "disqualified")


# -- standards -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Route:
    """One way into a level; every requirement set must hold. None/False/"" = not required."""

    occupation_years: int | None = None  # years working in the occupation
    previous_years: int | None = None  # years since obtaining the level just below the target
    training: bool = False  # a completed training class in the occupation at the target level
    prize: str = ""  # at least this prize (三等奖 admits 二等奖 and 一等奖) in the occupation

    def is_empty(self) -> bool:
        return self.occupation_years is None and self.previous_years is None and not self.training and not self.prize


Standard = Mapping[int, Sequence[Route]]  # level -> routes

# The general pattern of the national occupation standards (国家职业技能标准), simplified.
DEFAULT_STANDARD: dict[int, tuple[Route, ...]] = {
    5: (Route(occupation_years=1), Route(training=True)),
    4: (Route(previous_years=2), Route(occupation_years=6), Route(previous_years=1, training=True)),
    3: (Route(previous_years=4), Route(previous_years=3, training=True), Route(previous_years=1, prize="三等奖")),
    2: (Route(previous_years=4), Route(previous_years=1, prize="三等奖")),
    1: (Route(previous_years=4), Route(previous_years=1, prize="二等奖")),
}


def route_text(route: Route) -> str:
    """A route in Chinese as printed and listed, e.g. 取得下一级证书满4年."""
    parts = []
    if route.occupation_years is not None:
        parts.append(f"从事本职业满{route.occupation_years}年")
    if route.previous_years is not None:
        parts.append(f"取得下一级证书满{route.previous_years}年")
    if route.training:
        parts.append("完成本等级培训")
    if route.prize:
        parts.append(f"竞赛获{route.prize}及以上")
    return "，".join(parts)


def route_to_dict(route: Route) -> dict:
    return {"occupation_years": route.occupation_years, "previous_years": route.previous_years,
            "training": route.training, "prize": route.prize}


def route_from_dict(value: Mapping) -> Route:
    def years(key: str) -> int | None:
        return None if value.get(key) is None else int(value[key])
    return Route(years("occupation_years"), years("previous_years"), bool(value.get("training", False)),
                 str(value.get("prize") or ""))


def standard_problems(standard: Standard) -> dict[str, Message]:
    problems: dict[str, Message] = {}
    for level, routes in standard.items():
        if level not in LEVELS:
            problems["level"] = message(QT_TRANSLATE_NOOP("Messages", "Choose a skill level from 5 to 1."))
            continue
        if not routes:
            problems[f"level_{level}"] = message(QT_TRANSLATE_NOOP(
                "Messages", "Level {level} needs at least one route."), level=level)
        for route in routes:
            if route.is_empty():
                problems[f"level_{level}"] = message(QT_TRANSLATE_NOOP(
                    "Messages", "A route of level {level} asks for nothing: set at least one requirement."), level=level)
            for years in (route.occupation_years, route.previous_years):
                if years is not None and not 0 <= years <= 40:
                    problems[f"level_{level}"] = message(QT_TRANSLATE_NOOP(
                        "Messages", "Years are from 0 to 40 (level {level})."), level=level)
            if route.previous_years is not None and level == 5:
                problems["level_5"] = message(QT_TRANSLATE_NOOP(
                    "Messages", "Level 5 is the first level: it has no level below to have held."))
            if route.prize and route.prize not in PRIZES:
                problems[f"level_{level}"] = message(QT_TRANSLATE_NOOP(
                    "Messages", "The prize is 一等奖, 二等奖 or 三等奖."))
    return problems


# -- eligibility -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Evidence:
    """What is on record for one person in one occupation."""

    occupation_since: dt.date | None = None
    levels: Mapping[int, dt.date] = field(default_factory=dict)  # level held -> first obtained
    training_levels: frozenset[int] = frozenset()  # levels of completed classes in the occupation
    prizes: tuple[str, ...] = ()  # prizes won in the occupation's competition events


@dataclass(frozen=True)
class Eligibility:
    eligible: bool
    route: Route | None  # the first route that holds
    missing: tuple[tuple[Route, tuple[Message, ...]], ...]  # per route, what it lacks
    reason: Message | None = None  # why no route can help (the level is already held)

    @property
    def route_label(self) -> str:
        return route_text(self.route) if self.route else ""


def full_years(since: dt.date, today: dt.date) -> int:
    """Completed years between two dates (a 29 February counts from 1 March in other years)."""
    years = today.year - since.year
    if (today.month, today.day) < (since.month, since.day):
        years -= 1
    return max(years, 0)


def check_eligibility(standard: Standard, level: int, evidence: Evidence, today: dt.date) -> Eligibility:
    held = [held for held in evidence.levels if held <= level]
    if held:
        return Eligibility(False, None, (), message(QT_TRANSLATE_NOOP(
            "Messages", "Already holds level {level} or higher in this occupation."), level=min(held)))
    missing = []
    for route in standard.get(level, ()):
        lacks = route_gaps(route, level, evidence, today)
        if not lacks:
            return Eligibility(True, route, ())
        missing.append((route, tuple(lacks)))
    if not missing:
        return Eligibility(False, None, (), message(QT_TRANSLATE_NOOP(
            "Messages", "The standard of this occupation has no route into level {level}."), level=level))
    return Eligibility(False, None, tuple(missing))


def route_gaps(route: Route, level: int, evidence: Evidence, today: dt.date) -> list[Message]:
    gaps: list[Message] = []
    if route.occupation_years is not None:
        since = evidence.occupation_since
        if since is None:
            gaps.append(message(QT_TRANSLATE_NOOP(
                "Messages", "No record of since when they work in the occupation ({years} year(s) needed)."),
                years=route.occupation_years))
        elif full_years(since, today) < route.occupation_years:
            gaps.append(message(QT_TRANSLATE_NOOP(
                "Messages", "{have} of {years} years in the occupation."),
                have=full_years(since, today), years=route.occupation_years))
    if route.previous_years is not None:
        below = level + 1
        obtained = evidence.levels.get(below)
        if obtained is None:
            gaps.append(message(QT_TRANSLATE_NOOP("Messages", "Does not hold level {level}."), level=below))
        elif full_years(obtained, today) < route.previous_years:
            gaps.append(message(QT_TRANSLATE_NOOP(
                "Messages", "{have} of {years} years since obtaining level {level}."),
                have=full_years(obtained, today), years=route.previous_years, level=below))
    if route.training and level not in evidence.training_levels:
        gaps.append(message(QT_TRANSLATE_NOOP(
            "Messages", "No completed training class at level {level} in the occupation."), level=level))
    if route.prize and not any(prize_at_least(p, route.prize) for p in evidence.prizes):
        gaps.append(message(QT_TRANSLATE_NOOP("Messages", "No {prize} or better in a competition."),
                            prize=route.prize))
    return gaps


def prize_at_least(prize: str, needed: str) -> bool:
    return prize in PRIZES and PRIZES.index(prize) <= PRIZES.index(needed)


# -- scores ----------------------------------------------------------------------------------

SCORE_TEXT = re.compile(r"\d{1,3}(\.\d)?")


def parse_score(text: str) -> int | None | Message:
    """'72.5' → 725 tenths; '' → None (cleared); anything else → what to type."""
    text = text.strip().replace("。", ".").replace("．", ".")
    if not text:
        return None
    if not SCORE_TEXT.fullmatch(text):
        return message(QT_TRANSLATE_NOOP(
            "Messages", "A score is a number from 0 to 100 with at most one decimal, e.g. 72.5."))
    whole, _, tenth = text.partition(".")
    value = int(whole) * 10 + int(tenth or 0)
    if value > 1000:
        return message(QT_TRANSLATE_NOOP(
            "Messages", "A score is a number from 0 to 100 with at most one decimal, e.g. 72.5."))
    return value


def score_text(tenths: int | None) -> str:
    return "" if tenths is None else f"{tenths // 10}.{tenths % 10}"


def parts_of(level: int) -> tuple[str, ...]:
    return ("theory", "practical", "review") if level in REVIEW_LEVELS else ("theory", "practical")


@dataclass(frozen=True)
class PassMarks:
    theory: int = DEFAULT_PASS
    practical: int = DEFAULT_PASS
    review: int = DEFAULT_PASS


def outcome(level: int, status: str, scores: Mapping[str, int | None], marks: PassMarks) -> str | None:
    """passed, failed, absent, withdrawn, disqualified; None while a needed score is missing."""
    if status != "sitting":
        return status
    needed = parts_of(level)
    if any(scores.get(part) is None for part in needed):
        return None
    return "passed" if all(scores[part] >= getattr(marks, part) for part in needed) else "failed"


# -- promotion by prize (以赛代评) -------------------------------------------------------------

@dataclass(frozen=True)
class PrizeRule:
    """Winners of at least `prize` at a competition of at least `min_competition` level obtain
    `level` (only if it is higher than what they hold)."""

    prize: str
    min_competition: str
    level: int


DEFAULT_PRIZE_RULES = (
    PrizeRule("一等奖", "city", 2),
    PrizeRule("二等奖", "city", 3),
    PrizeRule("三等奖", "province", 3),
)


def prize_rules_problems(rules: Sequence[PrizeRule]) -> dict[str, Message]:
    for rule in rules:
        if rule.prize not in PRIZES:
            return {"prize": message(QT_TRANSLATE_NOOP("Messages", "The prize is 一等奖, 二等奖 or 三等奖."))}
        if rule.min_competition not in COMPETITION_LEVELS:
            return {"min_competition": message(QT_TRANSLATE_NOOP(
                "Messages", "Unknown competition level: {level}."), level=rule.min_competition)}
        if rule.level not in LEVELS:
            return {"level": message(QT_TRANSLATE_NOOP("Messages", "Choose a skill level from 5 to 1."))}
    return {}


def promotion_for(rules: Sequence[PrizeRule], prize: str, competition_level: str,
                  held: int | None) -> int | None:
    """The level a prize raises a person to, or None when no rule gives more than they hold."""
    if prize not in PRIZES or competition_level not in COMPETITION_LEVELS:
        return None
    granted = [rule.level for rule in rules
               if prize_at_least(prize, rule.prize)
               and COMPETITION_LEVELS.index(competition_level) >= COMPETITION_LEVELS.index(rule.min_competition)]
    if not granted:
        return None
    best = min(granted)
    return best if held is None or best < held else None


# -- level certificate numbers of older records ----------------------------------------------

NATIONAL_NUMBER = re.compile(r"[YS]\d{21}")
OLD_NUMBER = re.compile(r"\d{16}")


def certificate_number_problem(number: str, level: int | None) -> Message | None:
    """The national 22-character number (its level digit must match) or the older 16 digits."""
    if OLD_NUMBER.fullmatch(number):
        return None
    if NATIONAL_NUMBER.fullmatch(number):
        if level is not None and number[15] != str(level):
            return message(QT_TRANSLATE_NOOP(
                "Messages", "The certificate number {number} is of level {found}, not {level}."),
                number=number, found=number[15], level=level)
        return None
    return message(QT_TRANSLATE_NOOP(
        "Messages", "The certificate number {number} is neither the national 22-character format "
        "(Y or S and 21 digits) nor the older 16 digits."), number=number)
