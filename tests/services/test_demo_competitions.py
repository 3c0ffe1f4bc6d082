"""The demo city final: events published and being marked, complete marks, award certificates,
and the same competition again from the same seed."""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import Certificate, Competition
from desktop.services import competitions
from desktop.services.competition_marks import list_marks
from desktop.services.competition_results import event_results
from desktop.services.competition_scheme import list_scheme
from desktop.services.context import ServiceContext, as_system
from desktop.services.database import close_database, open_database
from desktop.services.demo import fill_demo_data
from desktop.services.demo_competitions import (
    COMPETITION,
    JUDGES,
    PLANS,
    TEAM_LIMIT,
    fill_demo_competitions,
)

SEED = 2026


def _open(folder: Path) -> ServiceContext:
    folder.mkdir(parents=True, exist_ok=True)
    return as_system(open_database(f"sqlite:///{folder / 't.db'}"))


def _filled(folder: Path) -> tuple[ServiceContext, int]:
    """Demo trainees, then the final (which fill_demo_data may have made already: then the
    second call makes nothing)."""
    ctx = _open(folder)
    fill_demo_data(ctx, scale=300, seed=SEED)
    return ctx, fill_demo_competitions(ctx, SEED)


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceContext]:
    folder = tmp_path_factory.mktemp("final")
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("SKILLBASE_HOME", str(folder))
        ctx, _made = _filled(folder)
        yield ctx
        close_database(ctx)


def _competition_id(ctx: ServiceContext) -> int:
    return next(c.id for c in competitions.list_competitions(ctx) if c.name == COMPETITION)


def _events(ctx: ServiceContext) -> list[competitions.EventRow]:
    return competitions.list_events(ctx, _competition_id(ctx))


def test_the_final_has_events_published_and_one_being_marked(filled):
    events = _events(filled)
    assert len(events) == len(PLANS) == 4
    assert Counter(e.status for e in events) == {"published": 3, "marking": 1}
    assert {e.preset for e in events} == {"china", "worldskills"}
    assert all(e.stage == "final" and e.draw_seed and 15 <= e.contestants <= 30 for e in events)
    single = next(e for e in events if e.name == "茶艺师")
    assert {a.section for a in list_scheme(filled, single.id)} == {"practical"}
    judges = competitions.list_judges(filled, _competition_id(filled))
    assert [(label, name, chief) for _id, label, name, chief in judges] == list(JUDGES)
    assert fill_demo_competitions(filled, SEED) == 0  # made once only


def test_contestants_come_in_district_teams_with_leaders_and_a_few_are_absent(filled):
    everyone = []
    for event in _events(filled):
        rows = competitions.list_contestants(filled, event.id)
        everyone += [r.trainee_id for r in rows]
        assert all(r.team.endswith("代表队") and r.drawn_number and r.workstation for r in rows)
        assert max(Counter(r.team for r in rows).values()) <= TEAM_LIMIT
        assert 1 <= sum(r.status == "absent" for r in rows) <= 2
        results = event_results(filled, event.id)
        assert results.teams and all(t.leader for t in results.teams)
    assert len(everyone) == len(set(everyone))  # nobody in two events


def test_published_events_have_every_mark_and_certificates_for_every_prize(filled):
    for event in (e for e in _events(filled) if e.status == "published"):
        aspects = list_scheme(filled, event.id)
        people = competitions.list_contestants(filled, event.id)
        cells: dict[tuple[int, int], list] = defaultdict(list)
        for mark in list_marks(filled, event.id):
            cells[(mark.contestant_id, mark.aspect_id)].append(mark)
        for person in people:
            for aspect in aspects:
                marks = cells.get((person.id, aspect.id), [])
                if person.status != "present":
                    assert not marks
                elif aspect.kind == "M":
                    assert len(marks) == 1 and marks[0].judge_id is None
                    assert 0 <= marks[0].value <= aspect.maximum and (marks[0].value / aspect.step).denominator == 1
                else:
                    assert len({m.judge_id for m in marks}) == len(marks) == len(JUDGES)
                    values = [m.value for m in marks]
                    if event.preset == "worldskills":
                        assert set(values) <= {0, 1, 2, 3} and max(values) - min(values) <= 1
                    else:
                        assert all(0 <= v <= aspect.maximum and (v / aspect.step).denominator == 1 for v in values)
        results = event_results(filled, event.id)
        assert not results.provisional
        assert not any(f == "incomplete" or f.startswith("remark:") for r in results.rows for f in r.result.flags)
        winners = [r for r in results.rows if r.result.prize]
        assert winners and {r.result.prize for r in winners} == {"一等奖", "二等奖", "三等奖"}
        assert all(r.certificate_id is None for r in results.rows if not r.result.prize)
        with filled.session_factory() as session:
            for row in winners:
                certificate = session.get(Certificate, row.certificate_id)
                assert certificate.kind == "award" and certificate.trainee_id == row.contestant.trainee_id
                assert certificate.status == "issued" and certificate.detail == row.result.prize


def test_the_event_being_marked_is_at_the_venue_with_sheets_in_every_state(filled):
    from desktop.services import competition_sheets
    from desktop.services.demo_venue import RETURN_REASON

    event = next(e for e in _events(filled) if e.status == "marking")
    results = event_results(filled, event.id)
    assert results.provisional and all(r.certificate_id is None for r in results.rows)
    present = [r for r in results.rows if r.contestant.status == "present"]
    assert any("incomplete" in r.result.flags for r in present)  # not every sheet is in yet
    matrix = competition_sheets.matrix(filled, event.id)
    states = Counter(cell.state for cell in matrix.cells.values())
    assert {"not_started", "draft", "submitted", "returned", "excluded"} <= set(states) and states["returned"] == 1
    assert [c.return_reason for c in matrix.cells.values() if c.state == "returned"] == [RETURN_REASON]
    assert [(label, chief) for _id, label, _name, chief in matrix.judges][0] == ("J1", True)
    assert len(matrix.judges) == len(JUDGES) and not matrix.locked_at
    judged = [a.id for a in list_scheme(filled, event.id) if a.kind == "J"]
    marked = Counter(m.judge_id for m in list_marks(filled, event.id) if m.aspect_id in judged)
    assert all(n < len(present) * len(judged) for n in marked.values())


def _fingerprint(ctx: ServiceContext) -> list:
    found = []
    for event in _events(ctx):
        aspects = {a.id: a.code for a in list_scheme(ctx, event.id)}
        people = competitions.list_contestants(ctx, event.id)
        entry = {p.id: p.entry_number for p in people}
        marks = sorted((entry[m.contestant_id], aspects[m.aspect_id], m.judge_id or 0, m.value)
                       for m in list_marks(ctx, event.id))
        results = [(r.contestant.id_number, r.result.total, r.result.rank, r.result.prize)
                   for r in event_results(ctx, event.id).rows]
        found.append((event.name, event.status, event.draw_seed,
                      [(p.id_number, p.entry_number, p.drawn_number, p.workstation, p.team, p.status)
                       for p in people], marks, results))
    return found


def test_the_same_seed_gives_the_same_final(filled, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SKILLBASE_HOME", str(tmp_path))
    again, _made = _filled(tmp_path / "again")
    try:
        assert _fingerprint(again) == _fingerprint(filled)
    finally:
        close_database(again)


def test_too_few_trainees_make_no_competition(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SKILLBASE_HOME", str(tmp_path))
    ctx = _open(tmp_path / "empty")
    try:
        assert fill_demo_competitions(ctx, SEED) == 0
        with ctx.session_factory() as session:
            assert session.scalars(select(Competition)).all() == []
    finally:
        close_database(ctx)


def test_the_venue_has_a_paper_judge_with_a_mismatch_and_the_welding_final_an_appeal(filled):
    from desktop.services import competition_appeals, paper_sheets
    from desktop.services.demo_competitions import APPEAL_REASON

    marking = next(e for e in _events(filled) if e.status == "marking")
    paper = paper_sheets.paper_status(filled, marking.id)
    outcomes = Counter(row.outcome for row in paper)
    assert outcomes["agreed"] == 4 and outcomes["waiting"] == 1 and outcomes["mismatch"] == 1
    assert {row.judge_label for row in paper} == {"J4"}
    welding = next(e for e in _events(filled) if e.name == "焊工")
    [appeal] = competition_appeals.list_appeals(filled, welding.id)
    assert appeal.state == "lodged" and appeal.reason == APPEAL_REASON
