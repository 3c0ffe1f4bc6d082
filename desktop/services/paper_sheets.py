"""Judges who mark on paper, and the double entry of their sheets (双人双录).

Staff switch a judge's sheets of an event to paper and print them blank: one page per sheet
with the encrypted number only and a sheet code (text and QR code). After marking, two
recorders each type the whole sheet, independently: the first to type it is round 1, a
different person round 2. Where the rounds differ, both see the two values and look at the
paper again; the one who typed wrong corrects their own round. Only when both rounds agree
on every aspect are the marks saved — through competition_marks.save_marks_in, in the same
transaction as the round that made them agree, so they join the mark chain — and the sheet
becomes submitted. Until then nothing of the sheet counts.

A sheet the chief judge returns starts over: both recorders type the corrected paper again
(the marks agreed before count until the new rounds agree). No column records when a sheet
was returned; none is needed: on a returned sheet, two complete rounds that agree can only be
the ones that were returned, since agreeing submits the sheet at once, so they are set aside
(and deleted by the next round typed).

Every action is audited: "paper" (a judge switched to or from paper), "enter_round" (a round
typed or corrected), "agree" (the rounds agreed and the marks were saved), "export" (blank
sheets printed).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.base import utcnow
from db.models import (
    Competition,
    CompetitionEvent,
    CompetitionStage,
    Contestant,
    EventJudge,
    Judge,
    PaperEntry,
    SchemeAspect,
    ScoreMark,
    ScoreSheet,
    User,
)
from desktop.domain.errors import Conflict, NotFound, UserError, ValidationFailed
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.domain.roles import Permission
from desktop.domain.sheet_codes import SheetCodeError, parse_sheet_code, sheet_code
from desktop.printing.paper_sheet_pdf import TITLE, PaperLine, PaperSheet, render_paper_sheets
from desktop.services import audit
from desktop.services.certificate_settings import read_settings
from desktop.services.competition_marks import MarkInput, check_value, save_marks_in
from desktop.services.competition_sheets import SheetLine, sheet_detail
from desktop.services.competitions import get_event_record, lock_event, refuse_if_locked, refuse_if_published
from desktop.services.context import Actor, ServiceContext, unit_of_work

ROUNDS = (1, 2)
# What the two rounds of a sheet come to (PaperSheetView.outcome, PaperStatusRow.outcome):
NOT_TYPED, WAITING, MISMATCH, BLANK, AGREED = "not_typed", "waiting", "mismatch", "blank", "agreed"


@dataclass(frozen=True)
class PaperSwitch:
    judge_label: str
    switched: list[str]  # the encrypted numbers whose sheets changed mode
    kept: list[str]  # those that stay as they were: marked on screen (or already typed from paper)


@dataclass(frozen=True)
class JudgeMode:
    judge_id: int
    label: str
    paper: int  # the judge's sheets of the event on paper (excluded ones not counted)
    screen: int


@dataclass(frozen=True)
class PaperAspect:
    aspect_id: int
    code: str
    text: str  # criterion › sub-criterion › aspect
    maximum: Fraction
    step: Fraction


@dataclass(frozen=True)
class TypedRound:
    round: int
    user_id: int
    by: str  # the recorder's name
    at: dt.datetime
    values: dict[int, Fraction | None] | None  # aspect id → value (None: left blank); None: not shown


@dataclass(frozen=True)
class Mismatch:
    aspect_id: int
    code: str
    first: Fraction | None  # round 1's value
    second: Fraction | None  # round 2's


@dataclass(frozen=True)
class PaperSheetView:
    sheet_id: int
    code: str
    event_id: int
    event: str
    judge_id: int
    judge_label: str
    number: str  # encrypted: all a recorder sees of the contestant
    state: str
    return_reason: str
    aspects: list[PaperAspect]
    rounds: dict[int, TypedRound]
    your_round: int | None  # the round the one asking types: theirs, else the free one; None: both are others'
    outcome: str  # NOT_TYPED, WAITING, MISMATCH, BLANK, AGREED
    mismatches: list[Mismatch]  # empty while the other round's values are not shown to the one asking
    blanks: list[str]  # aspect codes both rounds left blank (the judge must complete the paper)
    editable: bool


@dataclass(frozen=True)
class RoundResult:
    round: int
    outcome: str
    mismatches: list[Mismatch]
    blanks: list[str]
    marks_changed: int  # marks saved when the rounds agreed
    sheet: PaperSheetView


@dataclass(frozen=True)
class PaperStatusRow:
    id: int  # the sheet's
    code: str
    judge_id: int
    judge_label: str
    number: str
    state: str
    first_by: str  # "" while round 1 is not typed
    second_by: str
    outcome: str
    mismatches: list[str]  # aspect codes
    agreed: bool  # counted


# -- which judges mark on paper ---------------------------------------------------------------------

def set_paper(ctx: ServiceContext, event_id: int, judge_id: int, on: bool) -> PaperSwitch:
    """Switch the judge's sheets of the event to paper (`on`) or back to screen. Only sheets
    nobody has marked change: one with marks typed on screen stays on screen (and a paper
    sheet with rounds typed stays on paper); Conflict when that leaves nothing to switch."""
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        event = lock_event(session, event_id)
        refuse_if_published(event)
        refuse_if_locked(event)
        judge = _panel_judge(session, event_id, judge_id)
        rows = session.execute(select(ScoreSheet, Contestant.drawn_number, Contestant.entry_number)
                               .join(Contestant, Contestant.id == ScoreSheet.contestant_id)
                               .where(ScoreSheet.event_id == event_id, ScoreSheet.judge_id == judge_id,
                                      ScoreSheet.state != "excluded")
                               .order_by(Contestant.drawn_number, Contestant.entry_number)).all()
        marked = set(session.scalars(select(ScoreMark.contestant_id)
                                     .join(Contestant, Contestant.id == ScoreMark.contestant_id)
                                     .where(Contestant.event_id == event_id, ScoreMark.judge_id == judge_id)))
        typed = set(session.scalars(select(PaperEntry.sheet_id).join(ScoreSheet, ScoreSheet.id == PaperEntry.sheet_id)
                                    .where(ScoreSheet.event_id == event_id, ScoreSheet.judge_id == judge_id)))
        wanted = "paper" if on else "screen"
        switched, kept = [], []
        for sheet, drawn, entry in rows:
            number = drawn or str(entry)
            if sheet.mode == wanted:
                continue
            if sheet.contestant_id in marked or sheet.id in typed or sheet.state == "submitted":
                kept.append(number)
                continue
            sheet.mode = wanted
            sheet.version += 1
            switched.append(number)
        if kept and not switched:
            if on:
                raise Conflict(message(QT_TRANSLATE_NOOP(
                    "Messages", "Judge {label} has marked these sheets on screen already ({numbers}): they stay on "
                                "screen."), label=judge.label, numbers="、".join(kept)))
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "The paper sheets of judge {label} are being typed in already ({numbers}): they stay on "
                            "paper."), label=judge.label, numbers="、".join(kept)))
        if switched:
            audit.record(session, ctx.actor, "paper", "competition_event", event.id, f"{event.name} {judge.label}",
                         None, {"judge": judge.label, "paper": on, "sheets": switched, "kept": kept})
        return PaperSwitch(judge.label, switched, kept)


def judge_modes(ctx: ServiceContext, event_id: int) -> list[JudgeMode]:
    """Each panel judge with how many of their sheets are on paper and on screen."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        get_event_record(session, event_id)
        judges = session.execute(select(Judge.id, Judge.label).join(EventJudge, EventJudge.judge_id == Judge.id)
                                 .where(EventJudge.event_id == event_id).order_by(Judge.label)).all()
        counts: dict[tuple[int, str], int] = {}
        for judge_id, mode in session.execute(select(ScoreSheet.judge_id, ScoreSheet.mode)
                                              .where(ScoreSheet.event_id == event_id, ScoreSheet.state != "excluded")):
            counts[(judge_id, mode)] = counts.get((judge_id, mode), 0) + 1
        return [JudgeMode(j, label, counts.get((j, "paper"), 0), counts.get((j, "screen"), 0)) for j, label in judges]


# -- blank sheets ------------------------------------------------------------------------------------

def paper_sheets_pdf(ctx: ServiceContext, event_id: int, judge_id: int | None,
                     destination: Path | BinaryIO) -> int:
    """Blank sheets of one judge (or of every judge on paper) for the present contestants, by
    judge and encrypted number; sheets already agreed are left out. The page count."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        event = get_event_record(session, event_id)
        if event.drawn_at is None:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "Draw the lots first: the paper sheets show the encrypted numbers.")))
        label = _panel_judge(session, event_id, judge_id).label if judge_id is not None else ""
        statement = (select(ScoreSheet, Judge.label, Contestant.drawn_number)
                     .join(Judge, Judge.id == ScoreSheet.judge_id)
                     .join(Contestant, Contestant.id == ScoreSheet.contestant_id)
                     .where(ScoreSheet.event_id == event_id, ScoreSheet.mode == "paper",
                            ScoreSheet.state.not_in(("excluded", "submitted")), Contestant.status == "present")
                     .order_by(Judge.label, Contestant.drawn_number))
        if judge_id is not None:
            statement = statement.where(ScoreSheet.judge_id == judge_id)
        rows = session.execute(statement).all()
        if not rows:
            if judge_id is not None:
                raise Conflict(message(QT_TRANSLATE_NOOP(
                    "Messages", "Judge {label} has no paper sheets left to mark: switch the judge to paper first."),
                    label=label))
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "No judge of this event marks on paper: switch a judge to paper first.")))
        stage = session.get(CompetitionStage, event.stage_id)
        competition = session.get(Competition, stage.competition_id)
        lines = [PaperLine(line.code, line.section, line.text, line.maximum, line.step, tuple(line.levels))
                 for line in _lines(session, rows[0][0], event)]
        issuer, today = read_settings(session).issuer.strip(), dt.date.today()
        sheets = [PaperSheet(competition.name, event.name, stage.kind, judge_label, number or "", sheet_code(sheet.id),
                             lines, issuer, today) for sheet, judge_label, number in rows]
        name = destination.name if isinstance(destination, Path) else ""
        audit.record(session, ctx.actor, "export", "competition_event", event.id,
                     f"{event.name} {TITLE} {label} {name}".replace("  ", " ").strip(),
                     None, {"judge": label or None, "sheets": len(sheets)})
        try:
            return render_paper_sheets(sheets, destination)
        except OSError as error:  # nothing is recorded: the unit of work rolls back
            raise UserError(message(QT_TRANSLATE_NOOP("Messages", "Cannot write {path}: {reason}"),
                                    path=str(destination) if isinstance(destination, Path) else name,
                                    reason=error.strerror or str(error))) from error


# -- double entry -------------------------------------------------------------------------------------

def find_sheet(ctx: ServiceContext, code: str, event_id: int | None = None) -> PaperSheetView:
    """The paper sheet a scanned or typed code names, as the one asking may see it: their own
    round's values, the other round's only once theirs is typed (so the second recorder
    reads the paper, not the first one's typing). With `event_id`, a sheet of another event is
    refused."""
    sheet_id = _sheet_id_of(code)
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        sheet = _paper_sheet(session, sheet_id, code)
        event = get_event_record(session, sheet.event_id)
        if event_id is not None and event.id != event_id:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "Sheet {code} belongs to the event {event}: choose that event to type it in."),
                code=sheet_code(sheet.id), event=event.name))
        return _view(session, ctx.actor, sheet, event)


def enter_round(ctx: ServiceContext, sheet_id: int, values: dict[int, Fraction | None],
                round_number: int | None = None) -> RoundResult:
    """The acting recorder's typing of the whole sheet (aspect id → value; a missing or None
    value: left blank on the paper). Their round is the one they typed before, else the first
    free one; `round_number` insists on one (refused if the same person typed the other round, or
    somebody else this one). When both rounds are typed and agree on every aspect, the marks
    are saved and the sheet is submitted, in this same transaction."""
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        found = session.get(ScoreSheet, sheet_id)
        if found is None:
            raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This score sheet no longer exists.")))
        event = lock_event(session, found.event_id)  # one typing of the event's sheets at a time
        sheet = _paper_sheet(session, sheet_id, sheet_code(sheet_id))
        refuse_if_published(event)
        refuse_if_locked(event)
        if sheet.state == "submitted":
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "Sheet {code} is agreed and counted: the chief judge must return it before it is typed "
                            "again."), code=sheet_code(sheet.id)))
        aspects = _aspects(_lines(session, sheet, event))
        known = {a.aspect_id: a for a in aspects}
        if any(aspect_id not in known for aspect_id in values):
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "The marking scheme changed meanwhile: find the sheet again and type it once more.")))
        for stored in session.scalars(select(SchemeAspect).where(SchemeAspect.id.in_(list(known)))
                                      .order_by(SchemeAspect.position, SchemeAspect.id)):
            if values.get(stored.id) is not None:
                check_value(Fraction(values[stored.id]), stored, event.preset)
        entries = _entries(session, [sheet.id]).get(sheet.id, {})
        started_over = _stale(sheet, entries, aspects)
        if started_over:
            session.execute(delete(PaperEntry).where(PaperEntry.sheet_id == sheet.id))
            entries = {}
        number = _choose_round(session, ctx.actor, sheet, entries, round_number)
        before = {known[a].code: _centi_text(e.value_centi) for a, e in entries.get(number, {}).items() if a in known}
        _store_round(session, sheet, number, entries.get(number, {}), values, known, ctx.actor)
        if sheet.state == "not_started":
            sheet.state = "draft"
        sheet.version += 1
        summary = f"{event.name} {_number(session, sheet)}"
        judge_label = session.get(Judge, sheet.judge_id).label
        typed = {a.code: _centi_text(_centi(values.get(a.aspect_id))) for a in aspects}
        audit.record(session, ctx.actor, "enter_round", "score_sheet", sheet.id, summary, before or None,
                     {"judge": judge_label, "round": number, "values": typed, "started_over": started_over})
        session.flush()
        entries = _entries(session, [sheet.id]).get(sheet.id, {})
        outcome, mismatches, blanks = _compare(entries, aspects)
        changed = 0
        if outcome == AGREED:
            agreed = {a.aspect_id: Fraction(entries[1][a.aspect_id].value_centi, 100) for a in aspects}
            changed = save_marks_in(session, ctx, event, [MarkInput(sheet.contestant_id, aspect_id, sheet.judge_id, value)
                                                          for aspect_id, value in agreed.items()], "recorder",
                                    from_paper=True)
            sheet.state, sheet.submitted_at, sheet.return_reason = "submitted", utcnow(), None
            sheet.version += 1
            audit.record(session, ctx.actor, "agree", "score_sheet", sheet.id, summary, None,
                         {"judge": judge_label, "marks": {known[a].code: _centi_text(_centi(v)) for a, v in agreed.items()},
                          "recorders": sorted(_names(session, {e.entered_by for r in entries.values()
                                                               for e in r.values()}).values())})
            session.flush()
        view = _view(session, ctx.actor, sheet, event)
        return RoundResult(number, view.outcome, view.mismatches, view.blanks, changed, view)


def paper_status(ctx: ServiceContext, event_id: int) -> list[PaperStatusRow]:
    """Every paper sheet of the event's present contestants, by judge and encrypted number:
    who typed each round, where the rounds differ, whether it counts."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        event = get_event_record(session, event_id)
        rows = session.execute(select(ScoreSheet, Judge.label, Contestant.drawn_number, Contestant.entry_number)
                               .join(Judge, Judge.id == ScoreSheet.judge_id)
                               .join(Contestant, Contestant.id == ScoreSheet.contestant_id)
                               .where(ScoreSheet.event_id == event_id, ScoreSheet.mode == "paper",
                                      ScoreSheet.state != "excluded", Contestant.status == "present")
                               .order_by(Judge.label, Contestant.drawn_number, Contestant.entry_number)).all()
        if not rows:
            return []
        aspects = _aspects(_lines(session, rows[0][0], event))
        entries = _entries(session, [sheet.id for sheet, *_ in rows])
        names = _names(session, {e.entered_by for rounds in entries.values() for r in rounds.values()
                                 for e in r.values()})
        status = []
        for sheet, label, drawn, entry in rows:
            rounds = entries.get(sheet.id, {})
            if _stale(sheet, rounds, aspects):
                rounds = {}
            outcome, mismatches, _blanks = _compare(rounds, aspects)
            if sheet.state == "submitted":
                outcome = AGREED
            by = {n: names.get(next(iter(r.values())).entered_by, "") for n, r in rounds.items() if r}
            status.append(PaperStatusRow(sheet.id, sheet_code(sheet.id), sheet.judge_id, label, drawn or str(entry),
                                         sheet.state, by.get(1, ""), by.get(2, ""), outcome,
                                         [m.code for m in mismatches], sheet.state == "submitted"))
        return status


# -- inside -------------------------------------------------------------------------------------------


def _sheet_id_of(code: str) -> int:
    try:
        return parse_sheet_code(code)
    except SheetCodeError as error:
        if error.kind == "mistyped":
            raise ValidationFailed({"code": message(QT_TRANSLATE_NOOP(
                "Messages", "Sheet code {code} does not check out: a character is mistyped. Type it again or scan the "
                            "QR code."), code=code.strip())}) from error
        raise ValidationFailed({"code": message(QT_TRANSLATE_NOOP(
            "Messages", "{code} is not a sheet code: it reads like S-127-08, printed under the sheet's QR code."),
            code=code.strip())}) from error


def _paper_sheet(session: Session, sheet_id: int, code: str) -> ScoreSheet:
    """The sheet, refused unless it is a paper sheet of a present contestant."""
    sheet = session.get(ScoreSheet, sheet_id)
    if sheet is None:
        raise NotFound(message(QT_TRANSLATE_NOOP(
            "Messages", "No score sheet has the code {code}: is the sheet from this database?"), code=code.strip()))
    session.refresh(sheet)
    if sheet.state == "excluded":
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "Sheet {code} is excluded: this judge may not mark this contestant."), code=sheet_code(sheet_id)))
    if sheet.mode != "paper":
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "Sheet {code} is marked on screen by its judge: there is nothing to type in."),
            code=sheet_code(sheet_id)))
    contestant = session.get(Contestant, sheet.contestant_id)
    if contestant.status != "present":
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "Contestant {number} is absent or disqualified and gets no marks."),
            number=contestant.drawn_number or contestant.entry_number))
    return sheet


def _panel_judge(session: Session, event_id: int, judge_id: int) -> Judge:
    judge = session.scalar(select(Judge).join(EventJudge, EventJudge.judge_id == Judge.id)
                           .where(EventJudge.event_id == event_id, Judge.id == judge_id))
    if judge is None:
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "This judge is not on the event's panel: assign the judges first.")))
    return judge


def _lines(session: Session, sheet: ScoreSheet, event: CompetitionEvent) -> list[SheetLine]:
    """The judged aspects as the judge's sheet shows them (range and step by the event's preset)."""
    return sheet_detail(session, sheet, event, False).lines


def _aspects(lines: Sequence[SheetLine]) -> list[PaperAspect]:
    return [PaperAspect(line.aspect_id, line.code, line.text, line.maximum, line.step) for line in lines]


def _entries(session: Session, sheet_ids: list[int]) -> dict[int, dict[int, dict[int, PaperEntry]]]:
    """sheet id → round → aspect id → entry."""
    found: dict[int, dict[int, dict[int, PaperEntry]]] = {}
    for entry in session.scalars(select(PaperEntry).where(PaperEntry.sheet_id.in_(sheet_ids))):
        found.setdefault(entry.sheet_id, {}).setdefault(entry.round, {})[entry.aspect_id] = entry
    return found


def _compare(rounds: dict[int, dict[int, PaperEntry]],
             aspects: list[PaperAspect]) -> tuple[str, list[Mismatch], list[str]]:
    """What the typed rounds come to: the outcome, the aspects they differ on (with both
    values), the aspects both left blank."""
    typed = [n for n in ROUNDS if rounds.get(n)]
    if not typed:
        return NOT_TYPED, [], []
    if len(typed) == 1:
        return WAITING, [], []

    def value(n: int, aspect_id: int) -> Fraction | None:
        entry = rounds[n].get(aspect_id)
        return None if entry is None or entry.value_centi is None else Fraction(entry.value_centi, 100)

    mismatches = [Mismatch(a.aspect_id, a.code, value(1, a.aspect_id), value(2, a.aspect_id))
                  for a in aspects if value(1, a.aspect_id) != value(2, a.aspect_id)]
    blanks = [a.code for a in aspects if value(1, a.aspect_id) is None and value(2, a.aspect_id) is None]
    if mismatches:
        return MISMATCH, mismatches, blanks
    if blanks:
        return BLANK, [], blanks
    return AGREED, [], []


def _stale(sheet: ScoreSheet, rounds: dict[int, dict[int, PaperEntry]], aspects: list[PaperAspect]) -> bool:
    """The rounds of a returned sheet that agreed before the chief judge returned it (see the
    module's docstring): typed again from the corrected paper, not compared with it."""
    return sheet.state == "returned" and _compare(rounds, aspects)[0] == AGREED


def _choose_round(session: Session, actor: Actor, sheet: ScoreSheet, rounds: dict[int, dict[int, PaperEntry]],
                  asked: int | None) -> int:
    typed_by = {n: next(iter(r.values())).entered_by for n, r in rounds.items() if r}
    mine = next((n for n, user in typed_by.items() if user == actor.user_id), None)
    code = sheet_code(sheet.id)
    if asked is not None and asked not in ROUNDS:
        raise ValidationFailed({"round": message(QT_TRANSLATE_NOOP("Messages", "A sheet is typed in rounds 1 and 2."))})
    if asked is not None and mine is not None and asked != mine:
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "You typed round {mine} of sheet {code}: round {other} must be typed by another recorder, "
                        "reading the paper for themselves."), mine=mine, code=code, other=asked))
    if asked is not None and asked in typed_by and typed_by[asked] != actor.user_id:
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "Round {round} of sheet {code} was typed by {name}: only they correct it."),
            round=asked, code=code, name=_names(session, {typed_by[asked]}).get(typed_by[asked], "")))
    if asked is not None:
        return asked
    if mine is not None:
        return mine
    free = [n for n in ROUNDS if n not in typed_by]
    if not free:
        names = _names(session, set(typed_by.values()))
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "Both rounds of sheet {code} are typed, by {first} and {second}: only they correct them."),
            code=code, first=names.get(typed_by[1], ""), second=names.get(typed_by[2], "")))
    return free[0]


def _store_round(session: Session, sheet: ScoreSheet, number: int, existing: dict[int, PaperEntry],
                 values: dict[int, Fraction | None], known: dict[int, PaperAspect], actor: Actor) -> None:
    """The round's entries become `values`, one per judged aspect (changed in place: a delete
    and an insert would meet the unique index in one flush)."""
    now = utcnow()
    for aspect_id in known:
        centi = _centi(values.get(aspect_id))
        entry = existing.get(aspect_id)
        if entry is None:
            session.add(PaperEntry(sheet_id=sheet.id, round=number, aspect_id=aspect_id, value_centi=centi,
                                   entered_by=actor.user_id, entered_at=now))
        else:
            entry.value_centi, entry.entered_by, entry.entered_at = centi, actor.user_id, now
    for aspect_id, entry in existing.items():
        if aspect_id not in known:
            session.delete(entry)


def _view(session: Session, actor: Actor, sheet: ScoreSheet, event: CompetitionEvent) -> PaperSheetView:
    lines = _lines(session, sheet, event)
    aspects = _aspects(lines)
    rounds = _entries(session, [sheet.id]).get(sheet.id, {})
    if _stale(sheet, rounds, aspects):
        rounds = {}
    names = _names(session, {e.entered_by for r in rounds.values() for e in r.values()})
    typed_by = {n: next(iter(r.values())).entered_by for n, r in rounds.items() if r}
    mine = next((n for n, user in typed_by.items() if user == actor.user_id), None)
    free = next((n for n in ROUNDS if n not in typed_by), None)
    your_round = mine if mine is not None else free
    hide_others = mine is None and free is not None  # they are about to type: the paper, not the other round
    shown = {}
    for n, entries in rounds.items():
        if not entries:
            continue
        first = next(iter(entries.values()))
        values = None if hide_others else {a.aspect_id: None if a.aspect_id not in entries
                                           or entries[a.aspect_id].value_centi is None
                                           else Fraction(entries[a.aspect_id].value_centi, 100) for a in aspects}
        shown[n] = TypedRound(n, first.entered_by, names.get(first.entered_by, ""),
                              max(e.entered_at for e in entries.values()), values)
    outcome, mismatches, blanks = _compare(rounds, aspects)
    if sheet.state == "submitted":
        outcome = AGREED
    number = session.scalar(select(Contestant.drawn_number).where(Contestant.id == sheet.contestant_id)) or ""
    judge = session.get(Judge, sheet.judge_id)
    editable = (sheet.state != "submitted" and event.locked_at is None and event.status != "published"
                and your_round is not None)
    return PaperSheetView(sheet.id, sheet_code(sheet.id), event.id, event.name, judge.id, judge.label, number,
                          sheet.state, sheet.return_reason or "", aspects, shown, your_round, outcome,
                          [] if hide_others else mismatches, blanks, editable)


def _names(session: Session, user_ids: set[int]) -> dict[int, str]:
    if not user_ids:
        return {}
    return {u.id: u.display_name or u.username
            for u in session.scalars(select(User).where(User.id.in_(list(user_ids))))}


def _number(session: Session, sheet: ScoreSheet) -> str:
    contestant = session.get(Contestant, sheet.contestant_id)
    return contestant.drawn_number or str(contestant.entry_number)


def _centi(value: Fraction | None) -> int | None:
    return None if value is None else int(Fraction(value) * 100)


def _centi_text(centi: int | None) -> str | None:
    if centi is None:
        return None
    value = Fraction(centi, 100)
    return str(int(value)) if value.denominator == 1 else str(float(value))
