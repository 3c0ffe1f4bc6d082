"""What the statistics are made of: the period, the groupings, tables of figures, and the one
helper every section uses to count in the database (GROUP BY in SQL, never a loop over rows).

A section (training, competitions, …) is a SectionProvider: a function that returns its tables
for a period and grouping. statistics.SECTIONS lists them; an area that lands adds its own.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, case, literal
from sqlalchemy.orm import Session

from db.models import County, Employer, Trainee
from desktop.domain.errors import ValidationFailed
from desktop.domain.levels import LEVEL_NAMES
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message

GROUPINGS = ("county", "employer", "occupation", "level", "month")
GROUPING_LABELS = {
    "county": (QT_TRANSLATE_NOOP("Messages", "County"), "县（市、区）"),
    "employer": (QT_TRANSLATE_NOOP("Messages", "Employer"), "工作单位"),
    "occupation": (QT_TRANSLATE_NOOP("Messages", "Occupation"), "职业（工种）"),
    "level": (QT_TRANSLATE_NOOP("Messages", "Level"), "等级"),
    "month": (QT_TRANSLATE_NOOP("Messages", "Month"), "月份"),
}
COMPETITION_LEVEL_NAMES = {"enterprise": "企业级", "county": "县级", "city": "市级", "province": "省级"}
MAX_DAYS = 3700  # about ten years: a month CASE beyond that is no report anyone reads


@dataclass(frozen=True)
class Period:
    """From `start` to `end`, both included, in local calendar days."""

    start: dt.date
    end: dt.date

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first = dt.date(year, 3 * quarter - 2, 1)
        return cls(first, _month_after(dt.date(year, 3 * quarter, 1)) - dt.timedelta(days=1))

    def check(self) -> None:
        if self.end < self.start:
            raise ValidationFailed({"period": message(QT_TRANSLATE_NOOP(
                "Messages", "The period ends before it starts."))})
        if (self.end - self.start).days > MAX_DAYS:
            raise ValidationFailed({"period": message(QT_TRANSLATE_NOOP(
                "Messages", "Choose a period of ten years or less."))})
        if not (1900 <= self.start.year and self.end.year <= 9998):
            raise ValidationFailed({"period": message(QT_TRANSLATE_NOOP(
                "Messages", "Choose a period between the years 1900 and 9998."))})

    @property
    def after(self) -> dt.date:
        """The first day after the period (the bounds are start ≤ day < after)."""
        return self.end + dt.timedelta(days=1)

    def utc_bounds(self) -> tuple[dt.datetime, dt.datetime]:
        """The period as naive UTC stamps, how every *_at column is stored."""
        return utc_of(self.start), utc_of(self.after)

    def months(self) -> list[dt.date]:
        """The first day of every month the period touches."""
        found, month = [], self.start.replace(day=1)
        while month <= self.end:
            found.append(month)
            month = _month_after(month)
        return found

    def text(self) -> str:
        """2026年, 2026年第一季度 or 2026-03-01至2026-05-31, for titles and file names."""
        if self.start == dt.date(self.start.year, 1, 1) and self.end == dt.date(self.start.year, 12, 31):
            return f"{self.start.year}年"
        for q in range(1, 5):
            if self == Period.quarter(self.start.year, q):
                return f"{self.start.year}年第{'一二三四'[q - 1]}季度"
        return f"{self.start.isoformat()}至{self.end.isoformat()}"


def _month_after(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def utc_of(day: dt.date) -> dt.datetime:
    """Local midnight of `day` as a naive UTC stamp."""
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.timezone.utc).replace(tzinfo=None)


@dataclass(frozen=True)
class Column:
    key: str
    label: Message | str  # a str is data (a prize name), shown as it is
    zh: str  # the heading in printed reports and workbooks
    unit: str = "count"  # count, hours or yuan
    figure: str | None = None  # its total is a key figure under this name


@dataclass(frozen=True)
class Row:
    group: str | None  # None: not recorded (no county, no employer …)
    values: tuple


@dataclass(frozen=True)
class Table:
    key: str
    title: Message
    zh_title: str
    grouping: str | None
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    total: tuple
    page: str = ""  # the page that lists the records behind it
    chart: str = ""  # the column charts show

    def index(self, column_key: str) -> int:
        return [c.key for c in self.columns].index(column_key)


@dataclass(frozen=True)
class KeyFigure:
    key: str
    label: Message | str
    zh: str
    value: int | float
    unit: str
    page: str


@dataclass(frozen=True)
class SectionProvider:
    key: str
    title: Message
    zh_title: str
    tables: Callable[[Session, Period, str | None], list[Table]]
    groupings: frozenset[str] = frozenset(GROUPINGS)


@dataclass(frozen=True)
class Section:
    key: str
    title: Message
    zh_title: str
    tables: list[Table]
    supported: bool = True  # False: the section has no figures by this grouping


# -- counting in SQL ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Axes:
    """How the records a measure counts reach each grouping."""

    trainee_id: Any = None  # the column naming the trainee (county; employer unless employer_id)
    employer_id: Any = None  # an employer of the record itself (a contestant's, at the competition)
    occupation: Any = None  # an expression giving the occupation's name
    occupation_joins: Sequence[tuple] = ()
    level: Any = None
    level_joins: Sequence[tuple] = ()
    level_names: dict = field(default_factory=lambda: LEVEL_NAMES)
    when: Any = None  # the date or naive-UTC datetime that puts a record in a month
    when_is_stamp: bool = False


def month_case(column, period: Period, stamp: bool):
    """'2026-03' for the month the value falls in: a CASE over the month boundaries (portable,
    and exact for UTC stamps of local days, which a date function on the stamp is not)."""
    whens = []
    for month in period.months():
        bound = _month_after(month)
        whens.append((column < (utc_of(bound) if stamp else bound), literal(month.strftime("%Y-%m"))))
    return case(*whens, else_=literal(None))


def group_of(axes: Axes, grouping: str, period: Period):
    """The grouping expression and the outer joins it needs."""
    if grouping == "county":
        return County.name, [(Trainee, Trainee.id == axes.trainee_id), (County, County.id == Trainee.county_id)]
    if grouping == "employer":
        if axes.employer_id is not None:
            return Employer.name, [(Employer, Employer.id == axes.employer_id)]
        return Employer.name, [(Trainee, Trainee.id == axes.trainee_id), (Employer, Employer.id == Trainee.employer_id)]
    if grouping == "occupation":
        return axes.occupation, list(axes.occupation_joins)
    if grouping == "level":
        return axes.level, list(axes.level_joins)
    return month_case(axes.when, period, axes.when_is_stamp), []


def measure(session: Session, statement: Select, axes: Axes, grouping: str | None, period: Period,
            extra_keys: Sequence = ()) -> dict[Any, tuple]:
    """Run an aggregate `statement` (its columns are the measures) once per group: the result
    maps each group value (with `extra_keys` values, when given) to the measures. Without a
    grouping the one key is None."""
    if grouping is None:
        if extra_keys:
            statement = statement.add_columns(*extra_keys).group_by(*extra_keys)
            return {_key(None, row[-len(extra_keys):]): tuple(row[:-len(extra_keys)])
                    for row in session.execute(statement)}
        return {None: tuple(session.execute(statement).one())}
    expression, joins = group_of(axes, grouping, period)
    group = expression.label("grp")
    for target, onclause in joins:
        statement = statement.outerjoin(target, onclause)
    keys = [group, *extra_keys]
    statement = statement.add_columns(*keys).group_by(*keys)
    width = len(keys)
    found: dict[Any, tuple] = {}
    for row in session.execute(statement):
        values, key_values = tuple(row[:-width]), row[-width:]
        found[_key(_group_text(axes, grouping, key_values[0]), key_values[1:])] = values
    return found


def _key(group, extra) -> Any:
    return (group, *extra) if extra else group


def _group_text(axes: Axes, grouping: str, value) -> str | None:
    if value is None or value == "":
        return None
    if grouping == "level":
        return axes.level_names.get(value, str(value))
    return str(value)


def merge(columns: Sequence[Column], parts: Sequence[tuple[dict, Sequence[str]]]) -> dict[Any, dict[str, Any]]:
    """Several measures' groups into one row per group (missing measures are 0)."""
    rows: dict[Any, dict[str, Any]] = {}
    for found, keys in parts:
        for group, values in found.items():
            row = rows.setdefault(group, {c.key: 0 for c in columns})
            for key, value in zip(keys, values):
                row[key] = value or 0
    return rows


def build_table(key: str, title: Message, zh_title: str, grouping: str | None, columns: Sequence[Column],
                grouped: dict[Any, dict[str, Any]], totals: dict[str, Any], page: str = "",
                convert: Callable[[str, Any], Any] | None = None, chart: str = "") -> Table:
    convert = convert or (lambda _k, v: v)
    ordered = sorted(((g, v) for g, v in grouped.items() if g is not None or grouping is not None),
                     key=lambda item: _order(grouping, item[0], item[1], columns))
    rows = tuple(Row(group, tuple(convert(c.key, values.get(c.key, 0)) for c in columns))
                 for group, values in ordered if any(values.values()))
    total = tuple(convert(c.key, totals.get(c.key, 0) or 0) for c in columns)
    return Table(key, title, zh_title, grouping, tuple(columns), rows if grouping else (), total, page,
                 chart or columns[0].key)


_LEVEL_ORDER = {name: number for number, name in LEVEL_NAMES.items()}
_COMPETITION_ORDER = {name: i for i, name in enumerate(COMPETITION_LEVEL_NAMES.values())}


def _order(grouping: str | None, group: str | None, values: dict, columns: Sequence[Column]):
    """Months and levels in their own order (五级 first), the rest by the first figure, largest
    first; 'not recorded' last."""
    if group is None:
        return (2, 0, "")
    if grouping == "month":
        return (0, 0, group)
    if grouping == "level":
        return (0, -_LEVEL_ORDER.get(group, -_COMPETITION_ORDER.get(group, 99)), group)
    return (1, -(values.get(columns[0].key) or 0), group)


def stamp_between(column, period: Period):
    start, after = period.utc_bounds()
    return (column >= start) & (column < after)


def day_between(column, period: Period):
    return (column >= period.start) & (column < period.after)

