"""The competition presets, table-driven from the issue's rules, and ranking invariants."""
from fractions import Fraction as F

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.competition_scoring import (
    Aspect,
    EventRules,
    Mark,
    advancing,
    aspect_problem,
    china_aspect_score,
    compute_results,
    effective_weights,
    prize_cut_offs,
    round_half_up,
    team_results,
    weights_problem,
    worldskills_aspect_score,
)


@pytest.mark.parametrize("value, expected", [
    (F("2.345"), F("2.35")), (F("2.344"), F("2.34")), (F("0.005"), F("0.01")), (F(1, 3), F("0.33")),
    (F(2, 3), F("0.67")), (F("-2.345"), F("-2.35")),
])
def test_round_half_up(value, expected):
    assert round_half_up(value) == expected


@pytest.mark.parametrize("marks, drop, expected", [
    ([7, 8, 9], 1, F(8)),                       # 3 judges < 2k+3 = 5: mean of all
    ([5, 7, 8, 9, 10], 1, F(8)),                # 5 judges: drop 5 and 10
    ([1, 6, 7, 8, 9, 9, 10], 1, F(39, 5)),      # 7 judges, k 1: drop 1 and 10 → 6,7,8,9,9
    ([1, 6, 7, 8, 9, 9, 10], 2, F(8)),          # 7 judges, k 2: drop 1,6 and 9,10 → 7,8,9
    ([1, 6, 7, 8, 9, 10], 2, F(41, 6)),         # 6 judges < 2k+3 = 7: mean of all
])
def test_china_judgement_trims(marks, drop, expected):
    assert china_aspect_score([F(m) for m in marks], "J", drop) == expected


def test_a_measurement_takes_its_mark_or_the_mean_of_several():
    assert china_aspect_score([F("4.5")], "M", 1) == F("4.5")
    assert china_aspect_score([F(4), F(5), F(6), F(7), F(8)], "M", 1) == F(6)  # never trimmed


@pytest.mark.parametrize("ranked, expected", [(10, (1, 3, 6)), (15, (2, 5, 9)), (25, (3, 8, 15)), (5, (1, 2, 3)),
                                              (1, (0, 0, 1)), (0, (0, 0, 0))])
def test_prize_cut_offs_round_half_up(ranked, expected):
    assert prize_cut_offs(ranked, (F(1, 10), F(2, 10), F(3, 10))) == expected


def test_scheme_and_weight_problems():
    assert aspect_problem(F(5), F("0.5")) is None
    assert aspect_problem(F(5), F("0.3")) == "max_not_multiple_of_step"
    assert weights_problem({"theory": F("0.3"), "practical": F("0.6")}, ["theory", "practical"]) == "weights_not_one"
    assert weights_problem({"theory": F("0.3"), "practical": F("0.7")}, ["theory", "practical"]) is None
    assert effective_weights({"theory": F("0.3"), "practical": F("0.7")}, ["practical"]) == {"practical": F(1)}


THEORY = Aspect("T1", "theory", "M", F(100), F("0.5"))
PRACTICAL = [Aspect("P1", "practical", "J", F(10), F("0.5")), Aspect("P2", "practical", "M", F(40), F("0.5"))]


def _event(rows: dict[int, tuple[float, float, float]], statuses=None, **rules):
    """rows: contestant → (theory, P1 by every judge, P2)."""
    marks = []
    for c, (theory, p1, p2) in rows.items():
        marks.append(Mark(c, "T1", None, F(str(theory))))
        marks += [Mark(c, "P1", f"J{j}", F(str(p1))) for j in range(5)]
        marks.append(Mark(c, "P2", None, F(str(p2))))
    statuses = statuses or {c: "present" for c in rows}
    return compute_results([THEORY, *PRACTICAL], EventRules(**rules), statuses, marks)


def test_china_total_weights_sections_and_rounds_half_up():
    (result,) = _event({1: (80, 8, 30)})
    # theory 80/100×100×0.3 = 24; practical (8+30)/50×100×0.7 = 53.2
    assert result.sections == {"theory": F(80), "practical": F(38)} and result.total == F("77.2")


def test_ties_break_on_practical_then_share_a_rank():
    results = _event({1: (90, 8, 30), 2: (80, 9, 30), 3: (80, 9, 30), 4: (70, 5, 20)},
                     weights={"theory": F(1, 2), "practical": F(1, 2)})
    by = {r.contestant: r for r in results}
    # 1: 45 + 38 = 83; 2 and 3: 40 + 39 = 79; same total for nobody else
    assert [by[c].rank for c in (1, 2, 3, 4)] == [1, 2, 2, 4]
    tied = _event({1: (80, 8, 30), 2: (82, 6, 30)}, weights={"theory": F(1, 2), "practical": F(1, 2)})
    assert [r.contestant for r in tied] == [1, 2]  # 78 each: 1 wins on practical (38 > 36)


def test_a_shared_rank_shares_the_better_prize_and_absent_people_do_not_count():
    rows = {c: (100 - c, 8, 30) for c in range(1, 10)}
    rows[10] = rows[9]  # 9 and 10 tie
    statuses = {c: "present" for c in rows} | {11: "absent", 12: "disqualified"}
    results = _event(rows, statuses)
    by = {r.contestant: r for r in results}
    # n = 10 ranked: c1 = 1, c2 = 3, c3 = 6
    assert [by[c].prize for c in range(1, 8)] == ["一等奖", "二等奖", "二等奖", "三等奖", "三等奖", "三等奖", ""]
    assert by[11].rank is None and by[11].total is None and by[12].status == "disqualified"
    boundary = {c: (100 - c, 8, 30) for c in range(1, 11)}
    boundary[7] = boundary[6]  # positions 6 and 7 share rank 6: both third prize
    by = {r.contestant: r for r in _event(boundary)}
    assert by[6].prize == by[7].prize == "三等奖" and by[8].prize == ""


def test_a_minimum_total_withholds_the_prize_without_passing_it_on():
    rows = {1: (90, 9, 38), 2: (20, 2, 10), 3: (10, 1, 5)}
    by = {r.contestant: r for r in _event(rows, prize_shares=(F(1, 3), F(1, 3), F(1, 3)), min_total=F(40))}
    assert by[1].prize == "一等奖" and by[2].prize == "" and "below_min" in by[2].flags and by[3].prize == ""


def test_a_judge_missing_from_a_cell_makes_it_incomplete():
    marks = [Mark(1, "P1", f"J{j}", F(8)) for j in range(5)] + [Mark(2, "P1", f"J{j}", F(8)) for j in range(4)]
    results = compute_results([PRACTICAL[0]], EventRules(), {1: "present", 2: "present"}, marks)
    by = {r.contestant: r for r in results}
    assert "incomplete" not in by[1].flags and "incomplete" in by[2].flags


def test_missing_marks_are_flagged_incomplete():
    results = compute_results([THEORY, *PRACTICAL], EventRules(), {1: "present"}, [Mark(1, "T1", None, F(50))])
    assert "incomplete" in results[0].flags and results[0].total == F(15)


def test_worldskills_marks_0_to_3_flag_a_spread_and_scale_around_700():
    assert worldskills_aspect_score([F(2), F(3), F(3)], "J", F(6)) == (F(16, 3), False)
    assert worldskills_aspect_score([F(1), F(3), F(2)], "J", F(6))[1] is True
    aspects = [Aspect("A", "practical", "J", F(100), F(1))]
    marks = [Mark(c, "A", f"J{j}", F(v)) for c, v in ((1, 3), (2, 2), (3, 1)) for j in range(3)]
    results = compute_results(aspects, EventRules(preset="worldskills"), {1: "present", 2: "present", 3: "present"},
                              marks)
    by = {r.contestant: r for r in results}
    assert by[2].scaled == 700 and by[1].scaled > 700 > by[3].scaled and "medallion" in by[1].flags
    assert by[1].total == F(100)


def test_team_results_sum_the_best_three_and_advancement():
    results = _event({c: (100 - 5 * c, 8, 30) for c in range(1, 8)})
    teams = team_results(results, {1: 10, 2: 10, 3: 10, 4: 10, 5: 20, 6: 20, 7: None})
    assert [t for t, _score, _rank in teams] == [10, 20] and teams[0][1] == sum(
        r.total for r in results if r.contestant in (1, 2, 3))
    assert advancing(results, 2, None) == {1, 2}
    assert advancing(results, None, results[2].total) == {1, 2, 3}


marks_strategy = st.dictionaries(st.integers(1, 40), st.tuples(st.integers(0, 200), st.integers(0, 20), st.integers(0, 80)),
                                 min_size=1, max_size=40)


@settings(max_examples=60, deadline=None)
@given(marks_strategy)
def test_ranking_invariants(rows):
    results = _event({c: (t / 2, p / 2, q / 2) for c, (t, p, q) in rows.items()})
    ranked = [r for r in results if r.rank is not None]
    assert len(ranked) == len(rows)
    for better, worse in zip(ranked, ranked[1:]):
        key = lambda r: (r.total, r.sections["practical"])  # noqa: E731
        assert key(better) >= key(worse)
        assert (better.rank == worse.rank) == (key(better) == key(worse))
        assert better.rank <= worse.rank
    order = {"一等奖": 0, "二等奖": 1, "三等奖": 2, "": 3}
    assert all(order[a.prize] <= order[b.prize] for a, b in zip(ranked, ranked[1:]))
    c3 = prize_cut_offs(len(ranked), (F(1, 10), F(2, 10), F(3, 10)))[2]
    assert sum(1 for r in ranked if r.prize) >= c3
    assert all(0 <= r.total <= 100 for r in ranked)
