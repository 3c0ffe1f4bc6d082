"""How a competition event turns marks into totals, ranks and prizes. Pure: no database, no Qt.

Marks and maxima are exact (Fraction); aspect means and section sums are never rounded. Only
section scores and totals are rounded, half up to 2 decimals, and ranks compare the rounded
values — the presets `china` and `worldskills` of the issue, written out here once.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message

SECTIONS = ("theory", "practical")
PRESETS = ("china", "worldskills")
PRIZES = ("一等奖", "二等奖", "三等奖")
STATUSES = ("present", "absent", "disqualified")
WORLDSKILLS_MARK_MAX = 3  # judgement marks 0–3
WORLDSKILLS_SPREAD = 1  # a larger gap between two judges flags the aspect for re-marking
WORLDSKILLS_CENTRE = 700
WORLDSKILLS_SPREAD_POINTS = 100  # one standard deviation on the 700 scale
HUNDREDTH = Fraction(1, 100)


@dataclass(frozen=True)
class Aspect:
    code: str
    section: str  # theory or practical
    kind: str  # "M" measurement (one agreed value) or "J" judgement (each judge marks)
    maximum: Fraction
    step: Fraction


@dataclass(frozen=True)
class EventRules:
    preset: str = "china"
    drop: int = 1  # k: highest and lowest marks dropped per aspect when 2k+3 judges marked
    weights: Mapping[str, Fraction] = field(default_factory=lambda: {"theory": Fraction(3, 10),
                                                                     "practical": Fraction(7, 10)})
    prize_shares: tuple[Fraction, Fraction, Fraction] = (Fraction(1, 10), Fraction(2, 10), Fraction(3, 10))
    min_total: Fraction | None = None  # below it, no prize (and it passes to no one else)


@dataclass(frozen=True)
class Mark:
    contestant: int
    aspect: str
    judge: str | None  # None for a measurement
    value: Fraction


@dataclass(frozen=True)
class Result:
    contestant: int
    status: str
    sections: Mapping[str, Fraction]  # rounded to 0.01, for the sections the event has
    total: Fraction | None  # rounded to 0.01; None when not ranked (absent, disqualified)
    rank: int | None
    prize: str  # "" or 一等奖 / 二等奖 / 三等奖
    flags: tuple[str, ...]  # incomplete, below_min, remark:<aspect>, medallion
    scaled: int | None = None  # worldskills: the 700-centred score


def round_half_up(value: Fraction, places: int = 2) -> Fraction:
    """0.005 → 0.01, 2.345 → 2.35 (not banker's rounding); exact, on integers."""
    value = Fraction(value)
    scale = 10 ** places
    rounded = (2 * abs(value.numerator) * scale + value.denominator) // (2 * value.denominator)
    return Fraction(-rounded if value < 0 else rounded, scale)


def prize_cut_offs(ranked: int, shares: Sequence[Fraction]) -> tuple[int, int, int]:
    """c1, c2, c3: the last position of each prize among `ranked` contestants."""
    cuts, running = [], Fraction(0)
    for share in shares:
        running += share
        cuts.append(int(round_half_up(ranked * running, 0)))
    return tuple(cuts)  # type: ignore[return-value]


# -- problems with a scheme or an event ---------------------------------------------------------

def aspect_problem(maximum: Fraction, step: Fraction) -> str | None:
    """Why an aspect's maximum and step cannot be used, in English for the message catalogue."""
    if maximum <= 0:
        return "max_not_positive"
    if step <= 0:
        return "step_not_positive"
    if (maximum / step).denominator != 1:
        return "max_not_multiple_of_step"
    return None


def mark_problem(code: str, value: Fraction, maximum: Fraction, step: Fraction) -> Message | None:
    """Why a mark is refused for an aspect of this maximum and step (WorldSkills judgements:
    3 and 1), or None: from 0 to the maximum, on the step. Services refuse it with this
    message; the judge's screen says it the moment the mark is typed."""
    if 0 <= value <= maximum and (value / step).denominator == 1:
        return None
    return message(QT_TRANSLATE_NOOP("Messages", "Aspect {code}: a mark from 0 to {max} in steps of {step}."),
                   code=code, max=decimal_text(maximum), step=decimal_text(step))


def decimal_text(value: Fraction) -> str:
    return str(int(value)) if value.denominator == 1 else str(float(value))


def weights_problem(weights: Mapping[str, Fraction], sections: Iterable[str]) -> str | None:
    present = set(sections)
    if not present:
        return "no_sections"
    if any(weights.get(s, 0) <= 0 for s in present) or sum(weights.get(s, 0) for s in present) != 1:
        return "weights_not_one"
    return None


def effective_weights(weights: Mapping[str, Fraction], sections: Iterable[str]) -> dict[str, Fraction]:
    """An event with one section only weighs it 1, whatever was configured."""
    present = [s for s in SECTIONS if s in set(sections)]
    if len(present) == 1:
        return {present[0]: Fraction(1)}
    return {s: Fraction(weights[s]) for s in present}


# -- aspect, section and total --------------------------------------------------------------------

def china_aspect_score(values: Sequence[Fraction], kind: str, drop: int) -> Fraction:
    """Judgement: drop the k highest and k lowest when at least 2k+3 judges marked, mean of
    the rest; measurement (or fewer judges): the mean of what was entered."""
    if not values:
        return Fraction(0)
    ordered = sorted(values)
    if kind == "J" and drop > 0 and len(ordered) >= 2 * drop + 3:
        ordered = ordered[drop:-drop]
    return sum(ordered, Fraction(0)) / len(ordered)


def worldskills_aspect_score(values: Sequence[Fraction], kind: str, maximum: Fraction) -> tuple[Fraction, bool]:
    """(score, needs re-marking). Judgement marks 0–3: mean / 3 × maximum; a gap above 1
    between two judges flags the aspect (the score still counts until re-marked)."""
    if not values:
        return Fraction(0), False
    mean = sum(values, Fraction(0)) / len(values)
    if kind == "M":
        return mean, False
    return mean / WORLDSKILLS_MARK_MAX * maximum, max(values) - min(values) > WORLDSKILLS_SPREAD


# One contestant's marks for one aspect, in hundredths: (count, sum, lowest, highest) — what SQL's
# count/sum/min/max give. Dropping k ≥ 2 marks also needs the marks themselves, sorted.
Cell = tuple[int, int, int, int]


def cells_of(marks: Iterable[Mark]) -> tuple[dict[tuple[int, str], Cell], dict[tuple[int, str], list[int]]]:
    """The cells of a list of marks and each cell's sorted marks (marks are hundredths: a
    scheme has at most two decimals and worldskills judgement marks are whole)."""
    values: dict[tuple[int, str], list[int]] = defaultdict(list)
    for mark in marks:
        centi = mark.value * 100
        if centi.denominator != 1:
            raise ValueError(f"mark {mark.value} is not in hundredths")
        values[(mark.contestant, mark.aspect)].append(int(centi))
    for found in values.values():
        found.sort()
    return {key: (len(v), sum(v), v[0], v[-1]) for key, v in values.items()}, values


def compute_results(aspects: Sequence[Aspect], rules: EventRules, statuses: Mapping[int, str],
                    marks: Iterable[Mark]) -> list[Result]:
    """Every contestant's sections, total, rank, prize and flags, in rank order (unranked last)."""
    cells, values = cells_of(marks)
    return compute_results_from_cells(aspects, rules, statuses, cells, values)


def compute_results_from_cells(aspects: Sequence[Aspect], rules: EventRules, statuses: Mapping[int, str],
                               cells: Mapping[tuple[int, str], Cell],
                               values: Mapping[tuple[int, str], Sequence[int]] | None = None,
                               panels: Mapping[int, int] | None = None) -> list[Result]:
    """compute_results from cells keyed by (contestant, aspect code); `values` (each cell's
    sorted marks in hundredths) is needed only when the china preset drops k ≥ 2. `panels`
    says how many judges mark each contestant when that is known (an event whose judges are
    assigned, some of them excluded from a contestant's sheet).

    The rules of china_aspect_score and worldskills_aspect_score on integers: each aspect's
    score is kept as an exact ratio (numerator, denominator) in hundredths, summed per section
    over a common denominator, and only the section scores and total become Fractions, rounded
    half up — no Fraction arithmetic per mark or per aspect."""
    sections = [s for s in SECTIONS if any(a.section == s for a in aspects)]
    section_max = {s: sum((a.maximum for a in aspects if a.section == s), Fraction(0)) for s in sections}
    weights = effective_weights(rules.weights, sections)
    # total = Σ factor × section score, factor = weight / section maximum × 100, a ratio of integers
    factors = [(f.numerator, f.denominator) for f in (weights[s] / section_max[s] * 100 for s in sections)]
    worldskills, drop = rules.preset == "worldskills", rules.drop
    trim_from = 2 * drop + 3 if drop > 0 and not worldskills else None
    spread = WORLDSKILLS_SPREAD * 100
    plan = [(a.code, sections.index(a.section), a.kind == "J", int(a.maximum * 100)) for a in aspects]
    # The panel: as many judges as marked any judged cell. A judged cell with fewer marks lacks
    # someone's mark — incomplete, not quietly averaged over fewer judges (or left untrimmed).
    judged_codes = {a.code for a in aspects if a.kind == "J"}
    panel = max((cell[0] for (_c, code), cell in cells.items() if code in judged_codes), default=0)
    scored: list[dict] = []
    for contestant, status in statuses.items():
        if status != "present":
            scored.append({"contestant": contestant, "status": status})
            continue
        parts: list[dict[int, int]] = [{} for _ in sections]  # per section {denominator: numerator}
        flags: list[str] = []
        for code, section, judged, max_centi in plan:
            cell = cells.get((contestant, code))
            if cell is None:
                flags.append("incomplete")
                continue
            count, total, low, high = cell
            if judged and count < (panel if panels is None else panels.get(contestant, panel)):
                flags.append("incomplete")
            if judged and worldskills:  # mean / 3 × maximum
                numerator, denominator = total * max_centi, count * WORLDSKILLS_MARK_MAX * 100
                if high - low > spread:
                    flags.append(f"remark:{code}")
            elif judged and trim_from is not None and count >= trim_from:  # drop the k highest and lowest
                kept = total - low - high if drop == 1 else sum(values[(contestant, code)][drop:-drop])
                numerator, denominator = kept, count - 2 * drop
            else:  # the mean of what was entered
                numerator, denominator = total, count
            part = parts[section]
            part[denominator] = part.get(denominator, 0) + numerator
        rounded: dict[str, Fraction] = {}
        total_p, total_q = 0, 1
        for s, part, (a, b) in zip(sections, parts, factors):
            common = math.lcm(*part) if part else 1
            p, q = sum(n * (common // d) for d, n in part.items()), common * 100  # section score = p / q
            rounded[s] = _half_up(p, q)
            total_p, total_q = total_p * b * q + a * p * total_q, total_q * b * q
        scored.append({"contestant": contestant, "status": status, "flags": list(dict.fromkeys(flags)),
                       "sections": rounded, "total": _half_up(total_p, total_q)})
    return _rank_and_award(scored, rules)


def _hundredths(value: Fraction) -> int:
    """A value rounded to hundredths, as a whole number of hundredths."""
    return value.numerator * (100 // value.denominator)


def _half_up(p: int, q: int) -> Fraction:
    """round_half_up(p / q) to hundredths for p ≥ 0 and q > 0, on integers."""
    return Fraction((200 * p + q) // (2 * q), 100)


def _rank_and_award(scored: list[dict], rules: EventRules) -> list[Result]:
    ranked = [r for r in scored if r["status"] == "present"]
    for row in ranked:  # rounded scores compared as whole hundredths: integers sort fast
        row["key"] = (_hundredths(row["total"]), _hundredths(row["sections"].get("practical", Fraction(0))))
    ranked.sort(key=lambda r: (-r["key"][0], -r["key"][1], r["contestant"]))
    rank = 0
    previous = None
    for position, row in enumerate(ranked, start=1):
        key = row["key"]
        if key != previous:
            rank, previous = position, key
        row["rank"], row["position"] = rank, position
    cuts = prize_cut_offs(len(ranked), rules.prize_shares)
    best_by_rank: dict[int, int] = {}
    for row in ranked:
        tier = next((i for i, cut in enumerate(cuts) if row["position"] <= cut), None)
        if tier is not None:
            best_by_rank[row["rank"]] = min(best_by_rank.get(row["rank"], tier), tier)
    scaled = _worldskills_scale([r["total"] for r in ranked]) if rules.preset == "worldskills" else None
    results = []
    for row in ranked:
        tier = best_by_rank.get(row["rank"])
        flags = row["flags"]
        if rules.min_total is not None and row["total"] < rules.min_total:
            tier = None
            flags = [*flags, "below_min"]
        points = scaled(row["total"]) if scaled else None
        if points is not None and points >= WORLDSKILLS_CENTRE:
            flags = [*flags, "medallion"]
        results.append(Result(row["contestant"], "present", row["sections"], row["total"], row["rank"],
                              PRIZES[tier] if tier is not None else "", tuple(flags), points))
    for row in scored:
        if row["status"] != "present":
            results.append(Result(row["contestant"], row["status"], {}, None, None, "", ()))
    return results


def _worldskills_scale(totals: list[Fraction]):
    """700 + 100 × (total − median) / standard deviation of the ranked totals (population),
    rounded half up to a whole point; everyone 700 when all totals are equal."""
    if not totals:
        return None
    ordered = sorted(totals)
    middle = len(ordered) // 2
    median = ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
    mean = sum(ordered, Fraction(0)) / len(ordered)
    spread = math.sqrt(sum((float(t - mean) ** 2 for t in ordered)) / len(ordered))

    def scale(total: Fraction) -> int:
        if spread == 0:
            return WORLDSKILLS_CENTRE
        return int(round_half_up(Fraction(WORLDSKILLS_CENTRE) + Fraction(WORLDSKILLS_SPREAD_POINTS)
                                 * Fraction(float(total - median) / spread), 0))
    return scale


def team_results(results: Sequence[Result], team_of: Mapping[int, int | None], best: int = 3) -> list[tuple[int, Fraction, int]]:
    """(team, score, rank): the sum of each team's `best` ranked totals (documented default:
    best three); teams tied share a rank."""
    totals: dict[int, list[Fraction]] = defaultdict(list)
    for result in results:
        team = team_of.get(result.contestant)
        if team is not None and result.total is not None:
            totals[team].append(result.total)
    scores = sorted(((team, sum(sorted(values, reverse=True)[:best], Fraction(0)))
                     for team, values in totals.items()), key=lambda item: (-item[1], item[0]))
    ranked, rank, previous = [], 0, None
    for position, (team, score) in enumerate(scores, start=1):
        if score != previous:
            rank, previous = position, score
        ranked.append((team, score, rank))
    return ranked


def advancing(results: Sequence[Result], top: int | None, min_total: Fraction | None) -> set[int]:
    """Who goes on to the next stage: the top N by rank (ties at the boundary go too) and/or
    everyone at or above a score."""
    chosen = set()
    for result in results:
        if result.rank is None:
            continue
        if (top is not None and result.rank <= top) or (min_total is not None and result.total >= min_total):
            chosen.add(result.contestant)
    return chosen
