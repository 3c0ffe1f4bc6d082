import dataclasses
import datetime as dt
import io
from fractions import Fraction as F

import pytest

from desktop.domain.errors import Conflict, ValidationFailed
from desktop.services import competitions
from desktop.services.competition_draw import draw_lots, draw_numbers
from desktop.services.competition_marks import MarkInput, save_marks
from desktop.services.competition_results import SpreadsToAccept, advance, event_results, issue_awards, publish
from desktop.services.competition_scheme import AspectInput, list_scheme, set_scheme
from desktop.services.competitions import EventInput
from tests.services.competition_helpers import event_with_contestants


def _mark_everyone(staff, event_id, judge_ids, base=F(10)):
    aspects = {a.code: a.id for a in list_scheme(staff, event_id)}
    marks = []
    for n, c in enumerate(competitions.list_contestants(staff, event_id)):
        marks.append(MarkInput(c.id, aspects["T1"], None, F(60 + 5 * n)))
        marks += [MarkInput(c.id, aspects["P1"], j, base + n) for j in judge_ids]
        marks.append(MarkInput(c.id, aspects["P2"], None, F(20)))
    return save_marks(staff, event_id, marks)


def test_an_event_from_draw_to_published_results_and_certificates(staff):
    _competition, event_id, judges = event_with_contestants(staff)
    draw = draw_lots(staff, event_id, "20261122")
    assert draw.seed == "20261122" and len({r.drawn_number for r in draw.rows}) == 5
    assert draw_lots(staff, event_id, "20261122").rows == draw.rows  # the same seed, the same draw
    assert _mark_everyone(staff, event_id, judges) == 5 * 7
    results = event_results(staff, event_id)
    assert results.provisional and [r.result.rank for r in results.rows] == [1, 2, 3, 4, 5]
    best = results.rows[0]
    # theory 80 → 24; practical (14 + 20)/50 × 70 = 47.6
    assert best.result.total == F("71.6") and best.result.prize == "一等奖"
    assert [t.team for t in results.teams] and results.teams[0].rank == 1
    published = publish(staff, event_id)
    assert not published.provisional
    with pytest.raises(Conflict, match="published"):
        _mark_everyone(staff, event_id, judges, base=F(1))
    pdf = io.BytesIO()
    issued = issue_awards(staff, event_id, dt.date(2026, 11, 22), pdf)
    assert [c.kind for c in issued] == ["award"] * 3 and pdf.getvalue().startswith(b"%PDF")  # n 5: c3 = 3
    assert all(r.certificate_id for r in event_results(staff, event_id).rows if r.result.prize)


def test_the_draw_is_a_pure_function_of_the_seed():
    first, again, other = draw_numbers("abc", [1, 2, 3]), draw_numbers("abc", [3, 2, 1]), draw_numbers("abd", [1, 2, 3])
    assert first == again and first != other
    assert len({number for number, _station in first.values()}) == 3


def test_bad_marks_and_schemes_are_refused(staff):
    _competition, event_id, judges = event_with_contestants(staff, count=2)
    aspects = {a.code: a.id for a in list_scheme(staff, event_id)}
    someone = competitions.list_contestants(staff, event_id)[0].id
    with pytest.raises(Conflict, match="Draw the lots"):
        save_marks(staff, event_id, [MarkInput(someone, aspects["T1"], None, F(50))])
    draw_lots(staff, event_id)
    with pytest.raises(ValidationFailed, match="steps of 0.5"):
        save_marks(staff, event_id, [MarkInput(someone, aspects["T1"], None, F("50.3"))])
    with pytest.raises(ValidationFailed, match="from 0 to 20"):
        save_marks(staff, event_id, [MarkInput(someone, aspects["P1"], judges[0], F(21))])
    with pytest.raises(ValidationFailed, match="which judge"):
        save_marks(staff, event_id, [MarkInput(someone, aspects["P1"], None, F(10))])
    save_marks(staff, event_id, [MarkInput(someone, aspects["T1"], None, F(50))])
    with pytest.raises(Conflict, match="scheme can no longer change"):
        set_scheme(staff, event_id, [AspectInput("X", "practical", "J", F(10), F(1))])
    with pytest.raises(ValidationFailed, match="not a multiple"):
        set_scheme(staff, event_id, [AspectInput("X", "practical", "J", F(10), F(3))])


def test_event_rules_are_checked(staff):
    competition = competitions.create_competition(staff, competitions.CompetitionInput("赛", 2026))
    with pytest.raises(ValidationFailed) as caught:
        competitions.create_event(staff, competition, EventInput("焊工", weight_theory=F("0.3"),
                                                                 weight_practical=F("0.6")))
    assert "weights" in caught.value.field_errors


def test_absent_contestants_are_not_ranked_and_a_team_limit_holds(staff):
    _competition, event_id, judges = event_with_contestants(staff, count=4, max_per_team=2)
    rows = competitions.list_contestants(staff, event_id)
    competitions.set_contestant_status(staff, rows[0].id, "absent")
    draw_lots(staff, event_id, "s")
    aspects = {a.code: a.id for a in list_scheme(staff, event_id)}
    marks = []
    for c in rows[1:]:
        marks.append(MarkInput(c.id, aspects["T1"], None, F(70)))
        marks += [MarkInput(c.id, aspects["P1"], j, F(15)) for j in judges]
        marks.append(MarkInput(c.id, aspects["P2"], None, F(25)))
    save_marks(staff, event_id, marks)
    results = event_results(staff, event_id)
    absent = next(r for r in results.rows if r.contestant.id == rows[0].id)
    assert absent.result.rank is None and [r.result.rank for r in results.rows[:3]] == [1, 1, 1]


def test_advancing_contestants_are_entered_into_the_next_stage(staff):
    competition, event_id, judges = event_with_contestants(staff, count=5, stage="preliminary")
    final = competitions.create_event(staff, competition, EventInput("焊工", "焊工", stage="final"))
    draw_lots(staff, event_id, "x")
    _mark_everyone(staff, event_id, judges)
    with pytest.raises(Conflict, match="Set who advances"):
        advance(staff, event_id, final)
    competitions.set_advancement(staff, competition, "preliminary", 2, None)
    with pytest.raises(Conflict, match="Publish"):
        advance(staff, event_id, final)
    results = publish(staff, event_id)
    assert [r.advances for r in results.rows] == [True, True, False, False, False]
    names = advance(staff, event_id, final)
    entered = competitions.list_contestants(staff, final)
    assert names == [r.contestant.name for r in results.rows[:2]] and [c.name for c in entered] == names
    assert entered[0].team == results.rows[0].contestant.team
    assert advance(staff, event_id, final) == []  # entered already
    with pytest.raises(ValidationFailed):
        advance(staff, final, event_id)


def test_scoring_rules_are_fixed_once_marks_exist(staff):
    _competition, event_id, judges = event_with_contestants(staff, count=2)
    draw_lots(staff, event_id, "s")
    _mark_everyone(staff, event_id, judges)
    row, data = competitions.get_event(staff, event_id)
    with pytest.raises(Conflict, match="can no longer change"):
        competitions.update_event(staff, event_id, dataclasses.replace(data, preset="worldskills"))
    competitions.update_event(staff, event_id, dataclasses.replace(data, min_total=F(50)))  # prizes may still change


def test_a_measurement_takes_no_judge_and_spreads_need_accepting(staff):
    _competition, event_id, judges = event_with_contestants(staff, count=2, preset="worldskills")
    draw_lots(staff, event_id, "s")
    aspects = {a.code: a.id for a in list_scheme(staff, event_id)}
    people = competitions.list_contestants(staff, event_id)
    with pytest.raises(ValidationFailed, match="without a judge"):
        save_marks(staff, event_id, [MarkInput(people[0].id, aspects["T1"], judges[0], F(50))])
    marks = []
    for c in people:
        marks += [MarkInput(c.id, aspects["T1"], None, F(70)), MarkInput(c.id, aspects["P2"], None, F(20))]
        marks += [MarkInput(c.id, aspects["P1"], j, F(3 if n == 0 else 1)) for n, j in enumerate(judges)]
    save_marks(staff, event_id, marks)
    with pytest.raises(SpreadsToAccept):
        publish(staff, event_id)
    assert not publish(staff, event_id, accept_spreads=True).provisional


def test_a_judge_changing_a_mark_replaces_it(staff):
    _competition, event_id, judges = event_with_contestants(staff, count=1, judges=1)
    draw_lots(staff, event_id, "s")
    aspect = next(a.id for a in list_scheme(staff, event_id) if a.kind == "J")
    person = competitions.list_contestants(staff, event_id)[0].id
    save_marks(staff, event_id, [MarkInput(person, aspect, judges[0], F(12))])
    assert save_marks(staff, event_id, [MarkInput(person, aspect, judges[0], F(15))]) == 1
    from desktop.services.competition_marks import list_marks
    assert [m.value for m in list_marks(staff, event_id) if m.judge_id] == [F(15)]
