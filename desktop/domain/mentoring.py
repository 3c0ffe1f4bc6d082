"""Rules of mentoring (名师带高徒): who may be a mentor, how many apprentices a mentor takes on,
terms and renewals, the agreement's status changes, the on-track flag of a plan and the
transparent score of the annual 好师傅 nomination. Pure: no database, no Qt."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from desktop.domain.levels import LEVEL_NAMES
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message

STATUSES = ("draft", "active", "completed", "terminated")
# Where an agreement may go from each status; completed and terminated are final.
TRANSITIONS = {"draft": ("active", "terminated"), "active": ("completed", "terminated")}
REVIEW_PERIODS = ("monthly", "quarterly")
MIN_TERM_YEARS, MAX_TERM_YEARS = 1, 3
SCORE_MAX = 100
DUE_SOON_DAYS = 30


@dataclass(frozen=True)
class ScoreWeights:
    """Points of the 好师傅 score: per apprentice promoted a level, per competition prize, per
    agreement completed, and for the average review score (0–100) scaled by review/100."""

    promoted: int = 10
    prize: int = 8
    completed: int = 5
    review: int = 10


@dataclass(frozen=True)
class MentoringRules:
    """The configurable rules (kept in the shared settings)."""

    # A mentor holds this level or a higher one (a smaller number) in the occupation …
    min_level: int = 3
    # … or an honour whose title contains one of these marks.
    honour_marks: tuple[str, ...] = ("劳模", "劳动模范", "工匠")
    max_apprentices: int = 5
    honour_title: str = "泉州市好师傅"
    weights: ScoreWeights = field(default_factory=ScoreWeights)


def rules_problems(rules: MentoringRules) -> dict[str, Message]:
    problems: dict[str, Message] = {}
    if rules.min_level not in LEVEL_NAMES:
        problems["min_level"] = message(QT_TRANSLATE_NOOP("Messages", "Choose a skill level from 5 to 1."))
    if not 1 <= rules.max_apprentices <= 50:
        problems["max_apprentices"] = message(QT_TRANSLATE_NOOP(
            "Messages", "A mentor takes between 1 and 50 apprentices at a time."))
    if not rules.honour_title.strip():
        problems["honour_title"] = message(QT_TRANSLATE_NOOP("Messages", "Enter the honour, e.g. 泉州市好师傅."))
    weights = rules.weights
    if min(weights.promoted, weights.prize, weights.completed, weights.review) < 0 or \
            max(weights.promoted, weights.prize, weights.completed, weights.review) > 1000:
        problems["weights"] = message(QT_TRANSLATE_NOOP("Messages", "Each weight is between 0 and 1000 points."))
    return problems


# -- who may be a mentor -----------------------------------------------------------------------

def mentor_problem(name: str, best_level: int | None, honours: Iterable[str], rules: MentoringRules) -> Message | None:
    """Why this person may not be a mentor, or None. `best_level` is the highest level held in
    the occupation (1 is the highest), None when none is recorded."""
    if best_level is not None and best_level <= rules.min_level:
        return None
    if any(mark and mark in honour for honour in honours for mark in rules.honour_marks):
        return None
    return message(QT_TRANSLATE_NOOP(
        "Messages", "{name} may not be a mentor: the rule asks for level {level} or higher in the occupation "
                    "(held: {held}) or an honour such as {honours}."),
        name=name, level=LEVEL_NAMES[rules.min_level],
        held=LEVEL_NAMES[best_level] if best_level is not None else "—",
        honours="、".join(rules.honour_marks) or "—")


def cap_problem(name: str, active_apprentices: int, rules: MentoringRules) -> Message | None:
    """Why this mentor may not take one more apprentice, or None."""
    if active_apprentices < rules.max_apprentices:
        return None
    return message(QT_TRANSLATE_NOOP(
        "Messages", "{name} already mentors {count} apprentices in active agreements; the limit is {limit}."),
        name=name, count=active_apprentices, limit=rules.max_apprentices)


def pairing_problem(apprentice_id: int, mentor_id: int, second_mentor_id: int | None) -> Message | None:
    if mentor_id == apprentice_id or second_mentor_id == apprentice_id:
        return message(QT_TRANSLATE_NOOP("Messages", "The apprentice cannot be their own mentor."))
    if second_mentor_id is not None and second_mentor_id == mentor_id:
        return message(QT_TRANSLATE_NOOP("Messages", "Choose a different person as the second mentor."))
    return None


# -- terms and status --------------------------------------------------------------------------

def term_problem(years: int) -> Message | None:
    if not MIN_TERM_YEARS <= years <= MAX_TERM_YEARS:
        return message(QT_TRANSLATE_NOOP("Messages", "A term is 1, 2 or 3 years."))
    return None


def anniversary(day: dt.date, years: int) -> dt.date:
    """The same day `years` later; 29 February's is 1 March in a year without one."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return dt.date(day.year + years, 3, 1)


def end_of_term(start: dt.date, years: int) -> dt.date:
    """The last day of a term, the eve of its anniversary: 2026-03-01 for 1 year ends
    2027-02-28, 2024-02-29 for 1 year ends 2025-02-28."""
    return anniversary(start, years) - dt.timedelta(days=1)


def renewed_end(end: dt.date, years: int) -> dt.date:
    """The new last day when a term of `years` follows the one ending on `end`."""
    return end_of_term(end + dt.timedelta(days=1), years)


def transition_problem(current: str, target: str) -> Message | None:
    if target in TRANSITIONS.get(current, ()):
        return None
    return message(QT_TRANSLATE_NOOP(
        "Messages", "An agreement that is {current} cannot become {target}."),
        current=current, target=target)


def due_soon(status: str, end_on: dt.date, today: dt.date, days: int = DUE_SOON_DAYS) -> bool:
    """An active agreement whose term ends within `days` (or has ended without being closed)."""
    return status == "active" and end_on <= today + dt.timedelta(days=days)


# -- plan and reviews --------------------------------------------------------------------------

@dataclass(frozen=True)
class PlanProgress:
    items: int
    due: int  # items whose target date has come
    signed_off: int  # items signed off, due or not
    overdue: int  # due and not signed off

    @property
    def on_track(self) -> bool:
        return self.overdue == 0


def plan_progress(items: Iterable[tuple[dt.date, dt.date | None]], as_of: dt.date) -> PlanProgress:
    """Items are (target date, signed-off date or None). An item is due once its target date
    is today or past; the plan is on track while no due item waits for its sign-off."""
    items = list(items)
    due = [signed for target, signed in items if target <= as_of]
    return PlanProgress(len(items), len(due), sum(1 for _t, signed in items if signed is not None),
                        sum(1 for signed in due if signed is None))


def review_period(day: dt.date, period: str) -> str:
    """The period a review on `day` covers: 2026-03 (monthly) or 2026-Q1 (quarterly)."""
    if period == "monthly":
        return f"{day.year}-{day.month:02d}"
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def score_problem(score: int) -> Message | None:
    if not 0 <= score <= SCORE_MAX:
        return message(QT_TRANSLATE_NOOP("Messages", "A score is between 0 and 100."))
    return None


# -- the 好师傅 nomination -----------------------------------------------------------------------

@dataclass(frozen=True)
class MentorOutcomes:
    """What one mentor's apprentices achieved in the year."""

    promoted: int = 0  # apprentices who gained a level during their agreement
    prizes: int = 0  # competition prizes won by apprentices during their agreement
    completed: int = 0  # agreements completed
    review_average: float | None = None  # mean review score (both sides), 0–100


@dataclass(frozen=True)
class ScorePart:
    component: str  # promoted, prizes, completed, reviews
    count: float  # how many (the average for reviews)
    weight: int
    points: Decimal


@dataclass(frozen=True)
class NominationScore:
    total: Decimal
    parts: tuple[ScorePart, ...]


def nomination_score(outcomes: MentorOutcomes, weights: ScoreWeights) -> NominationScore:
    """Points = promoted × w + prizes × w + completed × w + average review × w / 100, each part
    rounded to 0.01 and listed so the ranking can be explained."""
    def points(value: Decimal) -> Decimal:
        return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    average = outcomes.review_average
    parts = (
        ScorePart("promoted", outcomes.promoted, weights.promoted, points(Decimal(outcomes.promoted * weights.promoted))),
        ScorePart("prizes", outcomes.prizes, weights.prize, points(Decimal(outcomes.prizes * weights.prize))),
        ScorePart("completed", outcomes.completed, weights.completed,
                  points(Decimal(outcomes.completed * weights.completed))),
        ScorePart("reviews", round(average, 1) if average is not None else 0, weights.review,
                  points(Decimal(str(average)) * weights.review / SCORE_MAX) if average is not None else Decimal("0.00")),
    )
    return NominationScore(sum((p.points for p in parts), Decimal("0.00")), parts)


def ranked(scores: Iterable[tuple[int, str, NominationScore]]) -> list[tuple[int, str, NominationScore]]:
    """Highest score first; ties by more promotions, then more prizes, then the name."""
    def key(entry):
        _id, name, score = entry
        counts = {p.component: p.count for p in score.parts}
        return (-score.total, -counts["promoted"], -counts["prizes"], name)
    return sorted(scores, key=key)
