"""Rules of the training trade: fees after discount, class status, credited hours and the
completion rule. Pure: no database, no Qt."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum

# Honour titles that count as 劳模 (model worker) for the honour discount. Unions give the
# 劳模 rate to holders of these titles at any tier (全国/省/市劳动模范, 五一劳动奖章).
_MODEL_WORKER_MARKS = ("劳模", "劳动模范", "劳动奖章", "先进工作者")

ATTENDANCE_STATUSES = ("present", "late", "excused", "absent")
# Present and late earn the session's hours; an excused absence earns none but does not
# count against the attendance rate.
CREDITED = frozenset({"present", "late"})


class ClassStatus(str, Enum):
    UPCOMING = "upcoming"  # sign-up not open yet
    OPEN = "open"  # sign-up open, seats free
    FULL = "full"  # sign-up open, every seat taken: new sign-ups wait
    CLOSED = "closed"  # sign-up closed, teaching not started
    RUNNING = "running"  # between the first and last session
    FINISHED = "finished"  # after the last session
    CANCELLED = "cancelled"


def is_model_worker(honours: Iterable[str]) -> bool:
    return any(mark in honour for honour in honours for mark in _MODEL_WORKER_MARKS)


@dataclass(frozen=True)
class Fee:
    due_fen: int
    discount: str  # "", "honour" or "union": the one applied, the larger if both apply


def fee_due(fee_yuan: int, honour_pct: int, union_pct: int, model_worker: bool, union_member: bool) -> Fee:
    """The fee after the single best discount the trainee qualifies for, rounded to the fen."""
    options = [(0, "")]
    if model_worker and honour_pct:
        options.append((honour_pct, "honour"))
    if union_member and union_pct:
        options.append((union_pct, "union"))
    pct, reason = max(options)
    due = (Decimal(fee_yuan) * 100 * (100 - pct) / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return Fee(int(due), reason)


def yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"


def class_status(now: dt.datetime, today: dt.date, opens: dt.datetime, closes: dt.datetime,
                 first_session: dt.date | None, last_session: dt.date | None,
                 cancelled: bool, placed: int, capacity: int) -> ClassStatus:
    """`now` in UTC like the sign-up window; `today` is the local calendar day of the sessions."""
    if cancelled:
        return ClassStatus.CANCELLED
    if last_session is not None and today > last_session:
        return ClassStatus.FINISHED
    if first_session is not None and today >= first_session:
        return ClassStatus.RUNNING
    if now < opens:
        return ClassStatus.UPCOMING
    if now <= closes:
        return ClassStatus.FULL if placed >= capacity else ClassStatus.OPEN
    return ClassStatus.CLOSED


def credited_minutes(statuses_and_minutes: Iterable[tuple[str | None, int]]) -> int:
    return sum(minutes for status, minutes in statuses_and_minutes if status in CREDITED)


def attendance_pct(statuses: Iterable[str | None]) -> int | None:
    """Share of the sessions held that the trainee attended, excused sessions left out.
    None while no session has been marked."""
    marked = [s for s in statuses if s is not None and s != "excused"]
    if not marked:
        return None
    return round(100 * sum(1 for s in marked if s in CREDITED) / len(marked))


class CompletionBlock(str, Enum):
    """Why a placed trainee cannot complete yet."""
    NO_SESSIONS = "no_sessions"  # the class has no sessions to attend
    UNMARKED = "unmarked"  # some sessions have no attendance mark
    ATTENDANCE = "attendance"  # below the class's minimum
    ASSESSMENT = "assessment"  # final assessment not passed
    NOT_PLACED = "not_placed"


def completion_block(placed: bool, statuses: list[str | None], min_pct: int,
                     requires_assessment: bool, assessment: str | None) -> CompletionBlock | None:
    if not placed:
        return CompletionBlock.NOT_PLACED
    if not statuses:
        return CompletionBlock.NO_SESSIONS
    if any(s is None for s in statuses):
        return CompletionBlock.UNMARKED
    pct = attendance_pct(statuses)
    if pct is not None and pct < min_pct:
        return CompletionBlock.ATTENDANCE
    if pct is None and min_pct > 0:  # every session excused: nothing attended
        return CompletionBlock.ATTENDANCE
    if requires_assessment and assessment != "passed":
        return CompletionBlock.ASSESSMENT
    return None


def hours_text(minutes: int) -> str:
    """Hours with one decimal, dropping '.0': 90 → '1.5', 120 → '2'."""
    text = f"{minutes / 60:.1f}"
    return text[:-2] if text.endswith(".0") else text
