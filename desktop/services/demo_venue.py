"""The demo event still being marked, as it looks at the venue: judges with accounts (the
demo accounts `chief` and `judge` are J1 and J2), one judge from a district team who is never
given that team's sheets, sheets in every state — submitted, draft, not started, one returned
by the chief judge with a reason — and a judge (J4) marking on paper, whose sheets the demo
accounts `staff` and `admin` type in twice: some agreed, one waiting for its second round and
one with a mismatch to settle."""
from __future__ import annotations

import random

from sqlalchemy import select

from db.models import Contestant, Team, User
from desktop.services import competition_sheets, paper_sheets
from desktop.services.competition_marks import MarkInput, save_marks
from desktop.services.competition_panel import JudgeInput, list_judge_records, save_judge, set_panel
from desktop.services.context import ServiceContext, actor_of, unit_of_work

RETURN_REASON = "与其他裁判的评分相差较大，请复核后重新提交"
SCREEN_JUDGES = (0, 1, 2, 4)  # J1, J2, J3, J5 mark on their workstations
PAPER_JUDGE = 3  # J4 marks on paper


def stage_venue(ctx: ServiceContext, rng: random.Random, competition_id: int, event_id: int, judges: list[int],
                present: list[int], sheets: list[list[MarkInput]]) -> None:
    """`sheets`: each judge's planned marks (judge order), contestants in drawn-number order."""
    with unit_of_work(ctx) as session:
        accounts = dict(session.execute(select(User.username, User.id).where(User.username.in_(("chief", "judge")))).all())
        first_team = session.scalar(select(Team.name).join(Contestant, Contestant.team_id == Team.id)
                                    .where(Contestant.id == present[0]))
    records = {r.id: r for r in list_judge_records(ctx, competition_id)}
    for judge_id, username, team in ((judges[0], "chief", ""), (judges[1], "judge", ""), (judges[2], None, first_team)):
        record = records[judge_id]
        save_judge(ctx, competition_id, JudgeInput(record.label, record.name, accounts.get(username) if username else None,
                                                   team=team or "", chief=record.chief))
    set_panel(ctx, event_id, judges, judges[0])
    paper_sheets.set_paper(ctx, event_id, judges[PAPER_JUDGE], True)
    _type_paper(ctx, event_id, judges[PAPER_JUDGE], present, sheets[PAPER_JUDGE])
    returned = False
    for j in SCREEN_JUDGES:
        rows = {r.contestant_id: r for r in competition_sheets.my_sheets(ctx, event_id, judges[j])}
        submitted_until = round(len(present) * rng.uniform(0.45, 0.7))
        drafted_until = submitted_until + rng.randint(1, 3)
        for position, contestant in enumerate(present):
            row = rows.get(contestant)
            if row is None or position >= drafted_until:
                continue  # excluded, or not started yet
            marks = [m for m in sheets[j] if m.contestant_id == contestant]
            if position >= submitted_until:  # a draft: part of the sheet typed
                marks = marks[:max(1, len(marks) // 2)]
            save_marks(ctx, event_id, marks, "judge")
            if position < submitted_until:
                version = competition_sheets.open_sheet(ctx, row.id).row.version
                competition_sheets.submit_sheet(ctx, row.id, version)
                if j == 4 and not returned:
                    competition_sheets.return_sheet(ctx, row.id, RETURN_REASON)
                    returned = True


def _type_paper(ctx: ServiceContext, event_id: int, judge_id: int, present: list[int],
                marks: list[MarkInput]) -> None:
    """Two recorders type J4's first paper sheets: four agree, the fifth waits for its second
    round, the sixth has one aspect typed differently."""
    with unit_of_work(ctx) as session:
        recorders = [ctx.as_actor(actor_of(session.scalars(select(User).where(User.username == name)).one()))
                     for name in ("staff", "admin")]
    sheet_of = {r.number: r.id for r in paper_sheets.paper_status(ctx, event_id) if r.judge_id == judge_id}
    with unit_of_work(ctx) as session:
        numbers = dict(session.execute(select(Contestant.id, Contestant.drawn_number)
                                       .where(Contestant.id.in_(present))).all())
    for position, contestant in enumerate(present[:6]):
        values = {m.aspect_id: m.value for m in marks if m.contestant_id == contestant}
        sheet_id = sheet_of[numbers[contestant]]
        paper_sheets.enter_round(recorders[0], sheet_id, values)
        if position == 4:
            continue  # waiting for the second recorder
        if position == 5:  # the second recorder read one mark differently
            first = next(iter(values))
            values = {**values, first: values[first] - 1 if values[first] >= 1 else values[first] + 1}
        paper_sheets.enter_round(recorders[1], sheet_id, values)
