"""An event's marking scheme (评分标准): criteria → sub-criteria → aspects, each measured (one
agreed value) or judged (each judge marks), with a maximum and a step; in and out of Excel."""
from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.models import SchemeAspect
from desktop.domain.competition_scoring import SECTIONS, Aspect, aspect_problem
from desktop.domain.errors import Conflict, ValidationFailed
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, first_of, message
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.competitions import has_marks, lock_event, refuse_if_published, weights_problem_of
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.workbooks import read_first_sheet, save_workbook

SCHEME_HEADER = ("code", "section", "criterion", "sub_criterion", "aspect", "type", "max", "step", "levels")


@dataclass(frozen=True)
class AspectInput:
    code: str
    section: str  # theory or practical
    kind: str  # M or J
    maximum: Fraction
    step: Fraction
    criterion: str = ""
    sub_criterion: str = ""
    aspect: str = ""
    levels: list[str] = field(default_factory=list)  # what each judgement level means


@dataclass(frozen=True)
class AspectRow:
    id: int
    code: str
    section: str
    kind: str
    maximum: Fraction
    step: Fraction
    criterion: str
    sub_criterion: str
    aspect: str
    levels: list[str]


def scheme_problems(aspects: list[AspectInput]) -> list[tuple[int, Message]]:
    """(1-based position, what is wrong) for every bad aspect; empty when the scheme is usable."""
    problems: list[tuple[int, Message]] = []
    seen: set[str] = set()
    if not aspects:
        return [(0, message(QT_TRANSLATE_NOOP("Messages", "A marking scheme needs at least one aspect.")))]
    for number, a in enumerate(aspects, start=1):
        code = a.code.strip()
        if not code:
            problems.append((number, message(QT_TRANSLATE_NOOP("Messages", "Give the aspect a code, e.g. A1."))))
        elif code in seen:
            problems.append((number, message(QT_TRANSLATE_NOOP(
                "Messages", "The code {code} is used twice."), code=code)))
        seen.add(code)
        if a.section not in SECTIONS:
            problems.append((number, message(QT_TRANSLATE_NOOP("Messages", "The section is theory or practical."))))
        if a.kind not in ("M", "J"):
            problems.append((number, message(QT_TRANSLATE_NOOP(
                "Messages", "The type is M (measurement) or J (judgement)."))))
        problem = aspect_problem(a.maximum, a.step)
        if problem == "max_not_multiple_of_step":
            problems.append((number, message(QT_TRANSLATE_NOOP(
                "Messages", "The maximum {max} is not a multiple of the step {step}."),
                max=_text(a.maximum), step=_text(a.step))))
        elif problem is not None:
            problems.append((number, message(QT_TRANSLATE_NOOP(
                "Messages", "The maximum and the step are positive numbers."))))
        elif (a.maximum * 100).denominator != 1 or (a.step * 100).denominator != 1:
            problems.append((number, message(QT_TRANSLATE_NOOP(
                "Messages", "Use at most two decimals for the maximum and the step."))))
    return problems


def set_scheme(ctx: ServiceContext, event_id: int, aspects: list[AspectInput]) -> None:
    """Replace the event's scheme; refused once any mark is entered (the marks would lose
    their meaning)."""
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        event = lock_event(session, event_id)
        refuse_if_published(event)
        problems = scheme_problems(aspects)
        if problems:
            raise ValidationFailed({"scheme": _joined(problems)})
        store_scheme(session, event.id, aspects)
        problem = weights_problem_of(session, event)
        if problem is not None:
            raise ValidationFailed({"scheme": problem})
        audit.record(session, ctx.actor, "update", "marking_scheme", event.id, event.name, None,
                     {"aspects": len(aspects)})


def store_scheme(session: Session, event_id: int, aspects: list[AspectInput]) -> None:
    if has_marks(session, event_id):
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "Marks are entered already: the marking scheme can no longer change.")))
    session.execute(delete(SchemeAspect).where(SchemeAspect.event_id == event_id))
    for position, a in enumerate(aspects):
        session.add(SchemeAspect(event_id=event_id, code=a.code.strip(), section=a.section, kind=a.kind,
                                 criterion=a.criterion.strip(), sub_criterion=a.sub_criterion.strip(),
                                 aspect=a.aspect.strip(), max_centi=int(a.maximum * 100),
                                 step_centi=int(a.step * 100), levels=list(a.levels) or None, position=position))
    session.flush()


def list_scheme(ctx: ServiceContext, event_id: int) -> list[AspectRow]:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return scheme_rows(session, event_id)


def scheme_rows(session: Session, event_id: int) -> list[AspectRow]:
    return [AspectRow(a.id, a.code, a.section, a.kind, Fraction(a.max_centi, 100), Fraction(a.step_centi, 100),
                      a.criterion, a.sub_criterion, a.aspect, list(a.levels or []))
            for a in session.scalars(select(SchemeAspect).where(SchemeAspect.event_id == event_id)
                                     .order_by(SchemeAspect.position, SchemeAspect.id))]


def scoring_aspects(rows: list[AspectRow]) -> list[Aspect]:
    return [Aspect(r.code, r.section, r.kind, r.maximum, r.step) for r in rows]


def section_maxima(rows: list[AspectRow]) -> dict[str, Fraction]:
    """A section's maximum is the sum of its aspects' maxima."""
    return {s: sum((r.maximum for r in rows if r.section == s), Fraction(0)) for s in SECTIONS
            if any(r.section == s for r in rows)}


# -- Excel ----------------------------------------------------------------------------------------

def export_scheme(ctx: ServiceContext, event_id: int, path: Path) -> int:
    rows = list_scheme(ctx, event_id)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "scheme"
    sheet.append(list(SCHEME_HEADER))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for r in rows:
        sheet.append([r.code, r.section, r.criterion, r.sub_criterion, r.aspect, r.kind, _number(r.maximum),
                      _number(r.step), "；".join(r.levels)])
    save_workbook(workbook, path)
    return len(rows)


def import_scheme(ctx: ServiceContext, event_id: int, path: Path) -> int:
    """Replace the scheme from a sheet like export_scheme writes (first sheet, header row)."""
    aspects, problems = read_scheme(path)
    if problems:
        raise ValidationFailed({"scheme": _joined(problems, prefix_rows=True)})
    set_scheme(ctx, event_id, aspects)
    return len(aspects)


def read_scheme(path: Path) -> tuple[list[AspectInput], list[tuple[int, Message]]]:
    header, rows = read_first_sheet(path)
    return parse_scheme_rows(header, rows)


def parse_scheme_rows(header: tuple, rows: list[tuple[int, tuple]]) -> tuple[list[AspectInput], list[tuple[int, Message]]]:
    """Aspects and (sheet row, problem) from a header and numbered rows; shared with the
    competition workbook's `scheme` sheet."""
    names = [str(h).strip().lower() if h is not None else "" for h in header]
    missing = [c for c in ("code", "section", "type", "max", "step") if c not in names]
    if missing:
        return [], [(1, message(QT_TRANSLATE_NOOP("Messages", "Row 1 has no column {columns}."),
                                columns=", ".join(missing)))]
    aspects, problems, numbers = [], [], []
    seen: dict[str, int] = {}
    for number, values in rows:
        cell = {name: values[i] if i < len(values) else None for i, name in enumerate(names) if name}
        maximum, step = parse_number(cell.get("max")), parse_number(cell.get("step"))
        if maximum is None or step is None:
            problems.append((number, message(QT_TRANSLATE_NOOP(
                "Messages", "The max and step columns hold numbers, e.g. 10 and 0.5."))))
            continue
        kind = str(cell.get("type") or "").strip().upper()
        levels = [part.strip() for part in str(cell.get("levels") or "").replace(";", "；").split("；") if part.strip()]
        aspect = AspectInput(str(cell.get("code") or "").strip(), str(cell.get("section") or "").strip().lower(),
                             kind, maximum, step, str(cell.get("criterion") or ""),
                             str(cell.get("sub_criterion") or ""), str(cell.get("aspect") or ""), levels)
        problems += [(number, problem) for _position, problem in scheme_problems([aspect])]
        if aspect.code and aspect.code in seen:
            problems.append((number, message(QT_TRANSLATE_NOOP(
                "Messages", "The code {code} is also in row {row}."), code=aspect.code, row=seen[aspect.code])))
        seen.setdefault(aspect.code, number)
        aspects.append(aspect)
        numbers.append(number)
    return aspects, problems


def parse_number(value) -> Fraction | None:
    if value is None or str(value).strip() == "":
        return None
    try:
        return Fraction(str(value).strip())
    except (ValueError, ZeroDivisionError):
        return None


def _number(value: Fraction) -> int | float:
    return int(value) if value.denominator == 1 else float(value)


def _text(value: Fraction) -> str:
    return str(_number(value))


def _joined(problems: list[tuple[int, Message]], prefix_rows: bool = False) -> Message:
    return first_of([(str(number), problem) for number, problem in problems])
