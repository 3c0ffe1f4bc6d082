"""How well each judge of an event agrees with the rest of the panel. Pure: no database, no Qt.

Only judged aspects (kind "J") count, and only the cells (one contestant, one aspect) that at
least two judges marked: a judge alone on a cell has nobody to be compared with. Everything is
exact (Fraction); only the printout rounds.

For every judge and every such cell, with v the judge's mark, the OTHER judges' marks on the
same cell and S the mark scale (the aspect's maximum; 3 for worldskills judgement marks 0–3):

  deviation     = (v − mean of the others) / S × 100 %   (positive: lenient, negative: severe)
  spread flag   = |v − median of the others| > the spread limit
  spread limit  = china: 20 % of S (the china preset has no spread rule of its own, so this
                  report defines one); worldskills: WORLDSKILLS_SPREAD = 1 mark, the gap that
                  flags an aspect for re-marking

Per judge: the number of cells compared, the mean deviation, the mean absolute deviation, the
number of spread flags (cells where this judge is the outlier) and agreement = the share of
cells within the limit = 1 − flags / cells.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction

from desktop.domain.competition_scoring import WORLDSKILLS_MARK_MAX, WORLDSKILLS_SPREAD

CHINA_SPREAD_SHARE = Fraction(1, 5)  # 20 % of the aspect's maximum


@dataclass(frozen=True)
class JudgedMark:
    contestant: Hashable
    aspect: Hashable
    judge: Hashable
    value: Fraction


@dataclass(frozen=True)
class JudgeQuality:
    judge: Hashable
    cells: int  # cells compared with at least one other judge
    mean_deviation: Fraction | None  # percent of the mark scale; + lenient, − severe
    mean_absolute: Fraction | None  # percent of the mark scale
    flags: int  # cells where the judge is beyond the spread limit from the others' median
    agreement: Fraction | None  # share of cells within the limit, 0–1

    @property
    def lenient(self) -> bool:
        return bool(self.mean_deviation and self.mean_deviation > 0)


def mark_scale(preset: str, maximum: Fraction) -> Fraction:
    """What a judge marks a judged aspect out of: worldskills 0–3, china the aspect's maximum."""
    return Fraction(WORLDSKILLS_MARK_MAX) if preset == "worldskills" else Fraction(maximum)


def spread_limit(preset: str, scale: Fraction) -> Fraction:
    """The largest distance from the others' median that is still within the rule."""
    return Fraction(WORLDSKILLS_SPREAD) if preset == "worldskills" else CHINA_SPREAD_SHARE * scale


def median(values: Iterable[Fraction]) -> Fraction:
    ordered = sorted(values)
    if not ordered:
        raise ValueError("median of nothing")
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def judge_quality(marks: Iterable[JudgedMark], scales: Mapping[Hashable, Fraction],
                  preset: str = "china") -> list[JudgeQuality]:
    """One line per judge who marked any cell, in the order judges first appear in `marks`.

    `scales` gives each judged aspect's mark scale (see mark_scale); marks of other aspects
    are ignored. A judge's second mark on the same cell replaces the first."""
    cells: dict[tuple[Hashable, Hashable], dict[Hashable, Fraction]] = defaultdict(dict)
    judges: dict[Hashable, None] = {}
    for mark in marks:
        if mark.aspect not in scales:
            continue
        cells[(mark.contestant, mark.aspect)][mark.judge] = Fraction(mark.value)
        judges.setdefault(mark.judge, None)
    deviations: dict[Hashable, list[Fraction]] = {judge: [] for judge in judges}
    flags: dict[Hashable, int] = dict.fromkeys(judges, 0)
    for (_contestant, aspect), by_judge in cells.items():
        if len(by_judge) < 2:
            continue
        scale = Fraction(scales[aspect])
        limit = spread_limit(preset, scale)
        for judge, value in by_judge.items():
            others = [v for j, v in by_judge.items() if j != judge]
            mean = sum(others, Fraction(0)) / len(others)
            deviations[judge].append((value - mean) / scale * 100)
            if abs(value - median(others)) > limit:
                flags[judge] += 1
    lines = []
    for judge in judges:
        found, count = deviations[judge], len(deviations[judge])
        if not count:
            lines.append(JudgeQuality(judge, 0, None, None, 0, None))
            continue
        lines.append(JudgeQuality(judge, count, sum(found, Fraction(0)) / count,
                                  sum((abs(d) for d in found), Fraction(0)) / count, flags[judge],
                                  Fraction(count - flags[judge], count)))
    return lines
