"""One competition event from one workbook (sheets event, scheme, contestants, marks), the
blank template of that workbook, and an event's results as rows (JSON, CSV) or an .xlsx.

The import is all or nothing: every cell is checked first and every invalid one is reported
by sheet, row and column; only a workbook without problems creates anything, in one unit
of work. Marks need drawn numbers, so an imported workbook with marks is drawn at once with
a seed recorded on the event — the `seed` key of the event sheet, else `import-` and the
first 16 hex digits of the file's SHA-256 (the same file gives the same draw, and
draw_numbers reproduces it) — and the marks are written directly after each passed
check_value, the check save_marks applies. Without marks (and without a seed) the event is
left undrawn, for the lot draw in the application.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
from dataclasses import dataclass, replace
from fractions import Fraction
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from db.base import utcnow
from db.models import (
    COMPETITION_LEVELS,
    Competition,
    CompetitionEvent,
    CompetitionStage,
    Employer,
    Judge,
    SchemeAspect,
    ScoreMark,
    Team,
    Trainee,
)
from desktop.domain.competition_scoring import SECTIONS, STATUSES, aspect_problem
from desktop.domain.errors import UserError, ValidationFailed
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from desktop.domain.roles import Permission
from desktop.services import audit, mark_chain
from desktop.services.catalogue import NameResolver
from desktop.services.competition_draw import draw_numbers
from desktop.services.competition_marks import check_value
from desktop.services.competition_results import ResultRow, results_in
from desktop.services.competition_scheme import AspectInput, parse_number, parse_scheme_rows, store_scheme
from desktop.services.competitions import (
    STAGE_KINDS,
    ContestantInput,
    EventInput,
    add_contestant,
    add_event,
    event_problems,
    judge_of,
)
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.trainees import TraineeInput, add_trainee, check_input
from desktop.services.workbooks import check_writable, save_workbook

SHEETS = ("event", "scheme", "contestants", "marks")
EVENT_KEYS = ("name", "occupation", "preset", "drop", "weight_theory", "weight_practical", "prize_1", "prize_2",
              "prize_3", "min_total", "competition", "year", "stage", "organiser", "level", "seed")
SCHEME_COLUMNS = ("code", "section", "criterion", "aspect", "type", "max", "step")
CONTESTANT_COLUMNS = ("number", "name", "id_number", "team", "employer", "status")
MARK_COLUMNS = ("number", "aspect_code", "judge", "mark")
RESULT_KEYS = ("rank", "number", "name", "team", "theory", "practical", "total", "prize", "flags")
XLSX_RESULT_COLUMNS = ("rank", "number", "drawn_number", "name", "team", "theory", "practical", "total", "prize",
                       "flags", "scaled")

# Which column of the scheme sheet a problem found by parse_scheme_rows points at.
_NOT_NUMBERS = "The max and step columns hold numbers, e.g. 10 and 0.5."
_USED_TWICE = "The code {code} is used twice."
_SCHEME_PROBLEM_COLUMN = {
    "Give the aspect a code, e.g. A1.": "code", _USED_TWICE: "code",
    "The section is theory or practical.": "section", "The type is M (measurement) or J (judgement).": "type",
    "The maximum {max} is not a multiple of the step {step}.": "max",
    "The maximum and the step are positive numbers.": "max",
    "Use at most two decimals for the maximum and the step.": "max",
}


@dataclass(frozen=True)
class CellProblem:
    sheet: str
    row: int | None  # the sheet's own row number (row 1 is the first)
    column: str | None  # the Excel column letter
    message: Message

    def where(self) -> str:
        parts = [f"sheet {self.sheet}"]
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column is not None:
            parts.append(f"column {self.column}")
        return ", ".join(parts)


class WorkbookRejected(UserError):
    """The workbook has invalid cells: all of them are in `problems`; nothing was created."""

    def __init__(self, problems: list[CellProblem]):
        super().__init__(message(QT_TRANSLATE_NOOP(
            "Messages", "The workbook has {count} problems; nothing was imported."), count=len(problems)))
        self.problems = problems


@dataclass(frozen=True)
class ImportResult:
    event_id: int
    competition_id: int
    aspects: int
    contestants: int
    marks: int
    trainees_created: int
    teams_created: int
    judges_created: int
    draw_seed: str | None  # None when the event was left undrawn


@dataclass(frozen=True)
class _Entry:
    row: int
    number: int | None
    name: str
    id_number: str
    team: str
    employer: str
    status: str


@dataclass(frozen=True)
class _MarkEntry:
    number: int
    code: str
    judge: str
    value: Fraction


@dataclass(frozen=True)
class _Plan:
    event: EventInput
    competition: str
    year: int
    organiser: str
    level: str
    seed: str | None
    aspects: list[AspectInput]
    entries: list[_Entry]
    marks: list[_MarkEntry]
    contestant_table: _Table | None = None
    name_row: int | None = None  # of the event sheet


# -- import ---------------------------------------------------------------------------------------

def import_event_workbook(ctx: ServiceContext, path: Path) -> ImportResult:
    """Create one event (and its competition when no competition of that name and year exists)
    with its scheme, contestants and marks; raises WorkbookRejected listing every bad cell."""
    path = Path(path)
    sheets = _read_sheets(path)
    problems: list[CellProblem] = []
    plan = _plan(sheets, problems)
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        known = _check_against_registry(session, plan, problems)
        if problems:
            raise WorkbookRejected(sorted(problems, key=lambda p: (SHEETS.index(p.sheet), p.row or 0,
                                                                   len(p.column or ""), p.column or "")))
        seed = plan.seed or ("import-" + hashlib.sha256(path.read_bytes()).hexdigest()[:16] if plan.marks else None)
        return _create(session, ctx, plan, known, seed, path.name)


def _read_sheets(path: Path) -> dict[str, list[tuple[int, tuple]]]:
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, OSError, KeyError, ValueError) as error:
        raise UserError(message(QT_TRANSLATE_NOOP(
            "Messages", "Cannot read {path} as an Excel workbook (.xlsx): {reason}"),
            path=str(path), reason=str(error) or error.__class__.__name__)) from error
    try:
        found: dict[str, list[tuple[int, tuple]]] = {}
        for sheet in workbook.worksheets:
            name = sheet.title.strip().lower()
            if name in SHEETS and name not in found:
                found[name] = list(enumerate(sheet.iter_rows(values_only=True), start=1))
        return found
    finally:
        workbook.close()


def _plan(sheets: dict[str, list[tuple[int, tuple]]], problems: list[CellProblem]) -> _Plan:
    for name in SHEETS[:3]:
        if name not in sheets:
            problems.append(CellProblem(name, None, None, message(QT_TRANSLATE_NOOP(
                "Messages", "The workbook has no sheet named {sheet}."), sheet=name)))
    aspects, codes = _scheme(sheets.get("scheme", []), problems)
    settings = _event_settings(sheets.get("event", []), problems)
    sections = {a.section for a in aspects if a.section in SECTIONS}
    plan = _event(settings, sections, problems)
    table = _Table("contestants", sheets.get("contestants", []), CONTESTANT_COLUMNS[:3], problems)
    entries = _contestants(table)
    marks = _marks(_Table("marks", sheets.get("marks", []), ("number", "aspect_code", "mark"), problems,
                          required_sheet=False), entries, aspects, codes, plan.event.preset)
    return replace(plan, aspects=aspects, entries=entries, marks=marks, contestant_table=table)


class _Table:
    """A sheet with a header row: cells by column name, problems by Excel position."""

    def __init__(self, sheet: str, rows: list[tuple[int, tuple]], required: tuple[str, ...],
                 problems: list[CellProblem], required_sheet: bool = True):
        self.sheet, self.problems = sheet, problems
        self.columns: dict[str, int] = {}
        for index, heading in enumerate(rows[0][1] if rows else ()):
            if _text(heading):
                self.columns.setdefault(_text(heading).lower(), index)
        missing = [c for c in required if c not in self.columns]
        self.rows = [(n, v) for n, v in rows[1:] if _filled(v)]
        if missing and rows and (required_sheet or self.rows or self.columns):
            problems.append(CellProblem(sheet, 1, None, message(QT_TRANSLATE_NOOP(
                "Messages", "Row 1 has no column {columns}."), columns=", ".join(missing))))
        if missing:
            self.rows = []

    def get(self, values: tuple, column: str):
        index = self.columns.get(column)
        return values[index] if index is not None and index < len(values) else None

    def report(self, row: int, column: str, problem: Message) -> None:
        index = self.columns.get(column)
        self.problems.append(CellProblem(self.sheet, row, get_column_letter(index + 1) if index is not None else None,
                                         problem))


def _event_settings(rows: list[tuple[int, tuple]], problems: list[CellProblem]) -> dict[str, tuple[int, object]]:
    """key → (row, value) from the event sheet (column A a key, column B its value)."""
    found: dict[str, tuple[int, object]] = {}
    for number, values in rows:
        key = _text(values[0] if values else None).lower()
        value = values[1] if len(values) > 1 else None
        if not key:
            if _text(value):
                problems.append(CellProblem("event", number, "A", message(QT_TRANSLATE_NOOP(
                    "Messages", "Column A holds a key such as name or preset; its value goes in column B."))))
        elif key not in EVENT_KEYS:
            problems.append(CellProblem("event", number, "A", message(QT_TRANSLATE_NOOP(
                "Messages", "Unknown key {key}; the keys are {keys}."), key=key, keys=", ".join(EVENT_KEYS))))
        elif key in found:
            problems.append(CellProblem("event", number, "A", message(QT_TRANSLATE_NOOP(
                "Messages", "The key {key} is also in row {row}."), key=key, row=found[key][0])))
        else:
            found[key] = (number, value)
    return found


def _event(found: dict[str, tuple[int, object]], sections: set[str], problems: list[CellProblem]) -> _Plan:
    def report(key: str, problem: Message) -> None:
        row = found[key][0] if key in found else None
        problems.append(CellProblem("event", row, "B" if row else None, problem))

    def text(key: str, limit: int = 200) -> str:
        value = _text(found[key][1]) if key in found else ""
        if len(value) > limit:
            report(key, message(QT_TRANSLATE_NOOP("Messages", "At most {limit} characters here."), limit=limit))
        return value

    def number(key: str, example: str, default: Fraction | None, whole: bool = False) -> Fraction | None:
        raw = text(key)
        if not raw:
            return default
        value = _fraction(raw)
        if value is None or (whole and value.denominator != 1):
            report(key, message(QT_TRANSLATE_NOOP("Messages", "The value of {key} is a number, e.g. {example}."),
                                key=key, example=example))
            return default
        return value

    def choice(key: str, choices: tuple[str, ...], default: str, problem: Message) -> str:
        value = text(key).lower() or default
        if value not in choices:
            report(key, problem)
        return value

    theory = number("weight_theory", "0.3", None)
    practical = number("weight_practical", "0.7", None)
    if theory is None and practical is None:
        theory, practical = Fraction(3, 10), Fraction(7, 10)
    elif theory is None or practical is None:  # one given: the other is what is left of 1
        theory, practical = (1 - practical, practical) if theory is None else (theory, 1 - theory)
    drop = number("drop", "1", Fraction(1), whole=True)
    stage = choice("stage", STAGE_KINDS, "final", message(QT_TRANSLATE_NOOP(
        "Messages", "The stage is selection, preliminary or final.")))
    data = EventInput(
        name=text("name"), occupation=text("occupation", 100), stage=stage if stage in STAGE_KINDS else "final",
        preset=text("preset").lower() or "china", drop_k=int(drop),
        weight_theory=theory, weight_practical=practical,
        prizes=(number("prize_1", "0.1", Fraction(1, 10)), number("prize_2", "0.2", Fraction(2, 10)),
                number("prize_3", "0.3", Fraction(3, 10))),
        min_total=number("min_total", "60", None))
    where = {"name": ("name",), "preset": ("preset",), "drop_k": ("drop",), "min_total": ("min_total",),
             "weights": ("weight_practical", "weight_theory"), "prizes": ("prize_3", "prize_2", "prize_1")}
    for field, problem in event_problems(data).items():
        keys = where.get(field, ("name",))
        report(next((k for k in keys if k in found), keys[0]), problem)
    if sections == set(SECTIONS) and "weights" not in event_problems(data) and min(theory, practical) <= 0:
        report("weight_theory" if theory <= 0 else "weight_practical", message(QT_TRANSLATE_NOOP(
            "Messages", "The event has theory and practical aspects: give each section a weight above 0.")))
    year = number("year", "2026", Fraction(dt.date.today().year), whole=True)
    if not 2000 <= year <= 2100:
        report("year", message(QT_TRANSLATE_NOOP("Messages", "Enter the year, e.g. 2026.")))
    level = choice("level", COMPETITION_LEVELS, "city", message(QT_TRANSLATE_NOOP(
        "Messages", "The level is enterprise, county, city or province.")))
    seed = text("seed", 64) or None
    return _Plan(data, text("competition") or data.name, int(year), text("organiser"), level, seed, [], [], [],
                 name_row=found["name"][0] if "name" in found else None)


def _scheme(rows: list[tuple[int, tuple]], problems: list[CellProblem]) -> tuple[list[AspectInput], set[str]]:
    """The aspects (also those with problems) and every code written in the sheet."""
    header = rows[0][1] if rows else ()
    body = [(n, v) for n, v in rows[1:] if _filled(v)]
    aspects, found = parse_scheme_rows(header, body)
    columns = [_text(h).lower() for h in header]
    values_of = dict(body)

    def cell(row: int, column: str):
        values = values_of.get(row, ())
        return values[columns.index(column)] if column in columns and columns.index(column) < len(values) else None

    # parse_scheme_rows pairs rows and aspects by position, which slips after a row it skipped
    # (max or step not a number); duplicate codes are found here, by the sheet's own rows.
    found = [(row, problem) for row, problem in found if problem.template != _USED_TWICE]
    rows_of: dict[str, list[int]] = {}
    for row, _values in body:
        rows_of.setdefault(_text(cell(row, "code")), []).append(row)
    found += [(row, message(QT_TRANSLATE_NOOP("Messages", "The code {code} is used twice."), code=code))
              for code, rows_with in rows_of.items() if code and len(rows_with) > 1 for row in rows_with]
    for row, problem in found:
        column = _SCHEME_PROBLEM_COLUMN.get(problem.template)
        if problem.template == _NOT_NUMBERS:
            column = "max" if parse_number(cell(row, "max")) is None else "step"
        letter = get_column_letter(columns.index(column) + 1) if row != 1 and column in columns else None
        problems.append(CellProblem("scheme", row, letter, problem))
    if rows and not aspects and not found:
        problems.append(CellProblem("scheme", 2, None, message(QT_TRANSLATE_NOOP(
            "Messages", "A marking scheme needs at least one aspect."))))
    return aspects, {_text(cell(row, "code")) for row, _values in body}


def _contestants(table: _Table) -> list[_Entry]:
    entries: list[_Entry] = []
    numbers: dict[int, int] = {}
    id_numbers: dict[str, int] = {}
    for row, values in table.rows:
        number = _whole(table.get(values, "number"))
        if number is None or number < 1:
            table.report(row, "number", message(QT_TRANSLATE_NOOP(
                "Messages", "The contestant number is a whole number from 1, e.g. 12.")))
            number = None
        elif number in numbers:
            table.report(row, "number", message(QT_TRANSLATE_NOOP(
                "Messages", "Number {number} is also in row {row}."), number=number, row=numbers[number]))
        else:
            numbers[number] = row
        cleaned, errors = check_input(TraineeInput(_text(table.get(values, "name")),
                                                   _text(table.get(values, "id_number"))))
        for field in ("name", "id_number"):
            if field in errors:
                table.report(row, field, errors[field])
        if "id_number" not in errors and cleaned.id_number in id_numbers:
            table.report(row, "id_number", message(QT_TRANSLATE_NOOP(
                "Messages", "The ID card number {number} is also in row {row} of this file."),
                number=cleaned.id_number, row=id_numbers[cleaned.id_number]))
        id_numbers.setdefault(cleaned.id_number, row)
        status = _text(table.get(values, "status")).lower() or "present"
        if status not in STATUSES:
            table.report(row, "status", message(QT_TRANSLATE_NOOP(
                "Messages", "The status is present, absent or disqualified.")))
        team, employer = _text(table.get(values, "team")), _text(table.get(values, "employer"))
        for column, value, limit in (("team", team, 100), ("employer", employer, 200)):
            if len(value) > limit:
                table.report(row, column, message(QT_TRANSLATE_NOOP(
                    "Messages", "At most {limit} characters here."), limit=limit))
        entries.append(_Entry(row, number, cleaned.name, cleaned.id_number, team, employer, status))
    return entries


def _marks(table: _Table, entries: list[_Entry], aspects: list[AspectInput], codes: set[str],
           preset: str) -> list[_MarkEntry]:
    by_number = {e.number: e for e in reversed(entries) if e.number is not None}
    usable = {a.code: SchemeAspect(code=a.code, kind=a.kind, max_centi=int(a.maximum * 100),
                                   step_centi=int(a.step * 100))
              for a in reversed(aspects) if a.kind in ("M", "J") and aspect_problem(a.maximum, a.step) is None
              and (a.maximum * 100).denominator == 1 and (a.step * 100).denominator == 1}
    marks: list[_MarkEntry] = []
    seen: dict[tuple, int] = {}
    for row, values in table.rows:
        number, code = _whole(table.get(values, "number")), _text(table.get(values, "aspect_code"))
        judge, value = _text(table.get(values, "judge")), _fraction(_text(table.get(values, "mark")))
        entry, aspect = by_number.get(number), usable.get(code)
        bad = len(table.problems)
        if number is None:
            table.report(row, "number", message(QT_TRANSLATE_NOOP(
                "Messages", "The contestant number is a whole number from 1, e.g. 12.")))
        elif entry is None:
            table.report(row, "number", message(QT_TRANSLATE_NOOP(
                "Messages", "There is no contestant number {number} in the contestants sheet."), number=number))
        elif entry.status in ("absent", "disqualified"):
            table.report(row, "number", message(QT_TRANSLATE_NOOP(
                "Messages", "Contestant {number} is absent or disqualified and gets no marks."), number=number))
        if not code:
            table.report(row, "aspect_code", message(QT_TRANSLATE_NOOP("Messages", "Give the aspect a code, e.g. A1.")))
        elif code not in codes:
            table.report(row, "aspect_code", message(QT_TRANSLATE_NOOP(
                "Messages", "There is no aspect {code} in the scheme sheet."), code=code))
        if aspect is not None and aspect.kind == "M" and judge:
            table.report(row, "judge", message(QT_TRANSLATE_NOOP(
                "Messages", "Aspect {code} is a measurement: leave the judge empty."), code=code))
        elif aspect is not None and aspect.kind == "J" and not judge:
            table.report(row, "judge", message(QT_TRANSLATE_NOOP(
                "Messages", "Aspect {code} is judged: say which judge gave the mark."), code=code))
        elif len(judge) > 20:
            table.report(row, "judge", message(QT_TRANSLATE_NOOP(
                "Messages", "At most {limit} characters here."), limit=20))
        if value is None:
            table.report(row, "mark", message(QT_TRANSLATE_NOOP("Messages", "The mark is a number, e.g. 8.5.")))
        elif aspect is not None:
            try:
                check_value(value, aspect, preset)
            except ValidationFailed as error:
                table.report(row, "mark", next(iter(error.field_errors.values())))
        key = (number, code, judge)
        if key in seen:
            table.report(row, "mark", message(QT_TRANSLATE_NOOP(
                "Messages", "This mark repeats row {row}: the same contestant, aspect and judge."), row=seen[key]))
        seen.setdefault(key, row)
        if len(table.problems) == bad and number is not None and value is not None:
            marks.append(_MarkEntry(number, code, judge, value))
    return marks


def _check_against_registry(session: Session, plan: _Plan, problems: list[CellProblem]) -> dict[str, int]:
    """Problems only the database can show; returns the registered trainees' ids by ID number."""
    numbers = sorted({e.id_number for e in plan.entries if e.id_number})
    registered: dict[str, tuple[int, str]] = {}
    for start in range(0, len(numbers), 500):
        chunk = numbers[start:start + 500]
        registered |= {number: (trainee_id, name) for number, trainee_id, name in session.execute(
            select(Trainee.id_number, Trainee.id, Trainee.name).where(Trainee.id_number.in_(chunk)))}
    table = plan.contestant_table
    for entry in plan.entries:
        if entry.id_number in registered and registered[entry.id_number][1] != entry.name:
            table.report(entry.row, "name", message(QT_TRANSLATE_NOOP(
                "Messages", "The ID card number {number} is registered to {name}: correct the name or the number."),
                number=entry.id_number, name=registered[entry.id_number][1]))
    employers = sorted({e.employer for e in plan.entries if e.employer})
    archived = set(session.scalars(select(Employer.name).where(Employer.name.in_(employers),
                                                               Employer.archived_at.is_not(None))))
    for entry in plan.entries:
        if entry.employer in archived:
            table.report(entry.row, "employer", message(QT_TRANSLATE_NOOP(
                "Messages", "The employer {name} is archived: restore it on the Employers page first."),
                name=entry.employer))
    _refuse_same_event(session, plan, problems)
    return {number: trainee_id for number, (trainee_id, _name) in registered.items()}


def _refuse_same_event(session: Session, plan: _Plan, problems: list[CellProblem]) -> None:
    """A workbook imported twice would make the event twice."""
    existing = session.scalar(
        select(CompetitionEvent.id).join(CompetitionStage, CompetitionStage.id == CompetitionEvent.stage_id)
        .join(Competition, Competition.id == CompetitionStage.competition_id)
        .where(Competition.name == plan.competition, Competition.year == plan.year,
               CompetitionStage.kind == plan.event.stage, CompetitionEvent.name == plan.event.name.strip()).limit(1))
    if existing is not None:
        problems.append(CellProblem("event", plan.name_row, "B" if plan.name_row else None, message(QT_TRANSLATE_NOOP(
            "Messages", "{competition} ({year}) has an event {name} in this stage already (id {id})."),
            competition=plan.competition, year=plan.year, name=plan.event.name.strip(), id=existing)))


def _create(session: Session, ctx: ServiceContext, plan: _Plan, known: dict[str, int], seed: str | None,
            file_name: str) -> ImportResult:
    competition = session.scalars(select(Competition).where(Competition.name == plan.competition,
                                                            Competition.year == plan.year)
                                  .order_by(Competition.id)).first()
    if competition is None:
        competition = Competition(name=plan.competition, year=plan.year, organiser=plan.organiser, level=plan.level)
        session.add(competition)
        session.flush()
        audit.record(session, ctx.actor, "create", "competition", competition.id, competition.name)
    teams_before, judges_before = _count(session, Team, competition.id), _count(session, Judge, competition.id)
    try:
        event = add_event(session, competition.id, plan.event)
        store_scheme(session, event.id, plan.aspects)
    except UserError as error:
        raise WorkbookRejected([CellProblem("event", None, None, error.message)]) from error
    names = NameResolver(session, ctx.actor)
    contestants, created = {}, 0
    for entry in plan.entries:
        try:
            trainee_id = known.get(entry.id_number)
            if trainee_id is None:
                trainee_id = add_trainee(session, ctx, TraineeInput(entry.name, entry.id_number,
                                                                    employer=entry.employer), names).id
                created += 1
            else:
                names.employer(entry.employer)  # made (and audited) when missing
            contestants[entry.number] = add_contestant(session, event, ContestantInput(
                trainee_id, entry.number, entry.team, entry.employer, entry.status))
        except UserError as error:  # registered meanwhile at another workstation, and the like
            raise WorkbookRejected([CellProblem("contestants", entry.row, None, error.message)]) from error
    if seed and contestants:
        drawn = draw_numbers(seed, list(contestants))
        for number, contestant in contestants.items():
            contestant.drawn_number, contestant.workstation = drawn[number]
        event.draw_seed, event.drawn_at, event.status = seed, utcnow(), "drawn"
    aspect_ids = dict(session.execute(select(SchemeAspect.code, SchemeAspect.id)
                                      .where(SchemeAspect.event_id == event.id)).all())
    judges = {label: judge_of(session, competition.id, label).id for label in sorted({m.judge for m in plan.marks
                                                                                      if m.judge})}
    if plan.marks:
        now = utcnow()
        session.execute(insert(ScoreMark), [
            {"contestant_id": contestants[m.number].id, "aspect_id": aspect_ids[m.code],
             "judge_id": judges.get(m.judge), "value_centi": int(m.value * 100), "entered_at": now}
            for m in plan.marks])
        mark_chain.append(session, event.id, [(contestants[m.number].id, aspect_ids[m.code], judges.get(m.judge),
                                               int(m.value * 100)) for m in plan.marks],
                          "import", ctx.actor.username if ctx.actor else "")
        event.status = "marking"
    session.flush()
    result = ImportResult(event.id, competition.id, len(plan.aspects), len(contestants), len(plan.marks), created,
                          _count(session, Team, competition.id) - teams_before,
                          _count(session, Judge, competition.id) - judges_before, event.draw_seed)
    audit.record(session, ctx.actor, "import", "competition_event", event.id, f"{event.name} ← {file_name}", None,
                 {"aspects": result.aspects, "contestants": result.contestants, "marks": result.marks,
                  "trainees_created": created, "seed": event.draw_seed})
    return result


def _count(session: Session, model, competition_id: int) -> int:
    return session.scalar(select(func.count(model.id)).where(model.competition_id == competition_id)) or 0


def _filled(values: tuple | None) -> bool:
    return values is not None and any(_text(v) for v in values)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # an ID number or a contestant number typed as a number
    return str(value).strip()


def _fraction(value) -> Fraction | None:
    text = _text(value)
    if text.endswith("%"):
        number = parse_number(text[:-1])
        return number / 100 if number is not None else None
    return parse_number(text)


def _whole(value) -> int | None:
    number = _fraction(value)
    return int(number) if number is not None and number.denominator == 1 else None


# -- the blank template ---------------------------------------------------------------------------

_TEMPLATE_EVENT = (
    ("name", "焊工（示例）", "赛项名称，必填"),
    ("occupation", "焊工", "工种（自由填写）"),
    ("preset", "china", "计分规则：china 或 worldskills；空 = china"),
    ("drop", 1, "去掉最高、最低分各 k 个（评分裁判不少于 2k+3 人时）；空 = 1"),
    ("weight_theory", 0.3, "理论权重；空 = 0.3（只有一个部分时该部分权重为 1）"),
    ("weight_practical", 0.7, "实操权重；空 = 0.7；两者之和须为 1"),
    ("prize_1", 0.1, "一等奖比例；空 = 0.10"),
    ("prize_2", 0.2, "二等奖比例；空 = 0.20"),
    ("prize_3", 0.3, "三等奖比例；空 = 0.30"),
    ("min_total", None, "获奖最低总分；空 = 不设"),
    ("competition", "2026年泉州市职工职业技能竞赛（示例）",
     "所属竞赛；空 = 赛项名称；同名同年的竞赛已存在时加入该竞赛"),
    ("year", None, "年度；空 = 今年"),
    ("stage", "final", "阶段：selection、preliminary 或 final；空 = final"),
    ("organiser", "泉州市总工会", "主办单位（仅新建竞赛时使用）"),
    ("level", "city", "级别：enterprise、county、city 或 province；空 = city"),
    ("seed", None, "抽签种子；空 = 由文件内容生成（有成绩时）"),
)
_TEMPLATE_SCHEME = (
    ("T1", "theory", "理论知识", "笔试", "M", 100, 0.5),
    ("P1", "practical", "焊接操作", "焊缝外观成形", "J", 20, 0.5),
    ("P2", "practical", "焊接操作", "焊缝尺寸", "M", 30, 0.5),
)
_TEMPLATE_CONTESTANTS = (
    (1, "张三", "350582197501011239", "晋江市代表队", "晋江示例机械有限公司", None),
    (2, "李梅", "11010519491231002X", "南安市代表队", "南安示例建材有限公司", "present"),
)
_TEMPLATE_MARKS = (
    (1, "T1", None, 85), (1, "P1", "J1", 15.5), (1, "P1", "J2", 16), (1, "P2", None, 25),
    (2, "T1", None, 78), (2, "P1", "J1", 14), (2, "P1", "J2", 14.5), (2, "P2", None, 26.5),
)


def write_blank_workbook(path: Path) -> Path:
    """The four sheets with their headers and a few example rows to overwrite."""
    workbook = Workbook()
    event = workbook.active
    event.title = "event"
    for row in _TEMPLATE_EVENT:
        event.append(list(row))
    event.column_dimensions["A"].width, event.column_dimensions["B"].width = 18, 36
    event.column_dimensions["C"].width = 60
    for title, header, rows in (("scheme", SCHEME_COLUMNS, _TEMPLATE_SCHEME),
                                ("contestants", CONTESTANT_COLUMNS, _TEMPLATE_CONTESTANTS),
                                ("marks", MARK_COLUMNS, _TEMPLATE_MARKS)):
        sheet = workbook.create_sheet(title)
        sheet.append(list(header))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            sheet.column_dimensions[cell.column_letter].width = 22 if cell.column_letter != "A" else 10
        for row in rows:
            sheet.append(list(row))
        sheet.freeze_panes = "A2"
    contestants = workbook["contestants"]
    for row in range(2, contestants.max_row + 1):
        contestants.cell(row=row, column=3).number_format = "@"  # ID numbers stay text
    save_workbook(workbook, path)
    return path


# -- results out ----------------------------------------------------------------------------------

def results_rows(ctx: ServiceContext, event_id: int) -> list[dict]:
    """One dict per contestant in rank order (unranked last): rank (None when unranked),
    number (the entry number of the workbook), name, team, theory, practical, total (floats,
    None where there is no score), prize ('' when none), flags (list; an unranked contestant's
    status, absent or disqualified), provisional (True until the results are published)."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        results = results_in(session, event_id)
    rows = [_row(row) for row in results.rows]
    return [{key: row[key] for key in RESULT_KEYS} | {"provisional": results.provisional} for row in rows]


def export_results_xlsx(ctx: ServiceContext, event_id: int, path: Path) -> int:
    """The results sheet (the JSON columns plus the drawn number and the 700-scale score) and
    an `info` sheet saying whether they are provisional; returns the number of rows."""
    check_writable(path)
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        results = results_in(session, event_id)
        audit.record(session, ctx.actor, "export", "competition_results", event_id, path.name, None,
                     {"rows": len(results.rows)})
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "results"
    sheet.append(list(XLSX_RESULT_COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in results.rows:
        values = _row(row)
        sheet.append([";".join(values[c]) if c == "flags" else values[c] for c in XLSX_RESULT_COLUMNS])
    sheet.freeze_panes = "A2"
    info = workbook.create_sheet("info")
    for key, value in (("competition", results.competition), ("event", results.event), ("stage", results.stage),
                       ("preset", results.preset),
                       ("status", "provisional" if results.provisional else "published")):
        info.append([key, value])
    save_workbook(workbook, path)
    return len(results.rows)


def _row(row: ResultRow) -> dict:
    result, person = row.result, row.contestant
    return {"rank": result.rank, "number": person.entry_number, "drawn_number": person.drawn_number or "",
            "name": person.name, "team": person.team, "theory": _score(result.sections.get("theory")),
            "practical": _score(result.sections.get("practical")), "total": _score(result.total),
            "prize": result.prize, "flags": list(result.flags) if result.status == "present" else [result.status],
            "scaled": result.scaled}


def _score(value: Fraction | None) -> float | None:
    return round(float(value), 2) if value is not None else None
