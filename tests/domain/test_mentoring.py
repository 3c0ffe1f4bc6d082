"""The mentoring rules: eligibility, the apprentice cap, terms, status changes, the on-track
flag and the 好师傅 score."""
import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.mentoring import (
    MentoringRules,
    MentorOutcomes,
    ScoreWeights,
    cap_problem,
    due_soon,
    end_of_term,
    mentor_problem,
    nomination_score,
    pairing_problem,
    plan_progress,
    ranked,
    renewed_end,
    review_period,
    rules_problems,
    term_problem,
    transition_problem,
)

RULES = MentoringRules()


@pytest.mark.parametrize("level, honours, eligible", [
    (3, [], True),  # 三级/高级工 is the default minimum
    (2, [], True),
    (1, [], True),
    (4, [], False),
    (None, [], False),
    (None, ["全国劳动模范"], True),
    (5, ["市劳模"], True),
    (None, ["泉州工匠"], True),
    (None, ["技术能手", "巾帼建功标兵"], False),
])
def test_who_may_be_a_mentor(level, honours, eligible):
    assert (mentor_problem("陈建国", level, honours, RULES) is None) == eligible


def test_a_refusal_names_the_rule_that_failed():
    problem = mentor_problem("陈建国", 4, ["技术能手"], RULES)
    text = str(problem)
    assert "陈建国" in text and "三级/高级工" in text and "四级/中级工" in text and "劳模" in text


def test_the_rule_is_configurable():
    strict = MentoringRules(min_level=2, honour_marks=("劳动模范",))
    assert mentor_problem("甲", 3, ["泉州工匠"], strict) is not None
    assert mentor_problem("甲", 2, [], strict) is None
    assert mentor_problem("甲", None, ["省劳动模范"], strict) is None


@pytest.mark.parametrize("active, allowed", [(0, True), (4, True), (5, False), (7, False)])
def test_a_mentor_takes_at_most_five_apprentices(active, allowed):
    assert (cap_problem("林师傅", active, RULES) is None) == allowed


def test_the_cap_is_configurable_and_says_the_limit():
    problem = cap_problem("林师傅", 2, MentoringRules(max_apprentices=2))
    assert problem is not None and "2" in str(problem) and "林师傅" in str(problem)


def test_pairings_need_different_people():
    assert pairing_problem(1, 2, 3) is None and pairing_problem(1, 2, None) is None
    assert pairing_problem(1, 1, None) is not None
    assert pairing_problem(1, 2, 1) is not None
    assert pairing_problem(1, 2, 2) is not None


@pytest.mark.parametrize("years, ok", [(0, False), (1, True), (2, True), (3, True), (4, False)])
def test_terms_are_one_to_three_years(years, ok):
    assert (term_problem(years) is None) == ok


@pytest.mark.parametrize("start, years, end", [
    (dt.date(2026, 3, 1), 1, dt.date(2027, 2, 28)),
    (dt.date(2026, 1, 1), 3, dt.date(2028, 12, 31)),
    (dt.date(2028, 2, 29), 1, dt.date(2029, 2, 28)),  # a leap day's anniversary is 1 March
    (dt.date(2028, 2, 29), 4, dt.date(2032, 2, 28)),
])
def test_the_term_ends_the_day_before_its_anniversary(start, years, end):
    assert end_of_term(start, years) == end


def test_a_renewal_adds_a_term_after_the_last_day():
    assert renewed_end(dt.date(2027, 2, 28), 2) == dt.date(2029, 2, 28)


@pytest.mark.parametrize("current, target, ok", [
    ("draft", "active", True), ("draft", "terminated", True), ("draft", "completed", False),
    ("active", "completed", True), ("active", "terminated", True), ("active", "draft", False),
    ("completed", "active", False), ("terminated", "active", False), ("completed", "terminated", False),
])
def test_status_changes(current, target, ok):
    assert (transition_problem(current, target) is None) == ok


TODAY = dt.date(2026, 11, 20)


def test_due_soon_is_active_and_ending_within_thirty_days():
    assert due_soon("active", TODAY + dt.timedelta(days=30), TODAY)
    assert not due_soon("active", TODAY + dt.timedelta(days=31), TODAY)
    assert due_soon("active", TODAY - dt.timedelta(days=2), TODAY)  # overran: still to close
    assert not due_soon("draft", TODAY, TODAY) and not due_soon("completed", TODAY, TODAY)


@pytest.mark.parametrize("items, due, signed, overdue, on_track", [
    ([], 0, 0, 0, True),
    ([(TODAY + dt.timedelta(days=5), None)], 0, 0, 0, True),  # nothing due yet
    ([(TODAY, None)], 1, 0, 1, False),  # due today, not signed off
    ([(TODAY - dt.timedelta(days=9), TODAY - dt.timedelta(days=12))], 1, 1, 0, True),
    ([(TODAY - dt.timedelta(days=9), TODAY - dt.timedelta(days=2)), (TODAY - dt.timedelta(days=1), None),
      (TODAY + dt.timedelta(days=30), TODAY)], 2, 2, 1, False),  # an early sign-off does not cover a late one
])
def test_on_track_means_no_due_item_waits_for_its_sign_off(items, due, signed, overdue, on_track):
    progress = plan_progress(items, TODAY)
    assert (progress.due, progress.signed_off, progress.overdue, progress.on_track) == (due, signed, overdue, on_track)


@pytest.mark.parametrize("day, period, label", [
    (dt.date(2026, 3, 31), "monthly", "2026-03"), (dt.date(2026, 3, 31), "quarterly", "2026-Q1"),
    (dt.date(2026, 10, 1), "quarterly", "2026-Q4"),
])
def test_review_periods(day, period, label):
    assert review_period(day, period) == label


def test_the_nomination_score_adds_weighted_outcomes_with_its_breakdown():
    score = nomination_score(MentorOutcomes(promoted=2, prizes=1, completed=3, review_average=87.5), ScoreWeights())
    assert {p.component: p.points for p in score.parts} == {
        "promoted": Decimal("20.00"), "prizes": Decimal("8.00"), "completed": Decimal("15.00"),
        "reviews": Decimal("8.75")}
    assert score.total == Decimal("51.75")


def test_no_reviews_score_nothing_for_reviews():
    score = nomination_score(MentorOutcomes(completed=1), ScoreWeights(completed=7))
    assert score.total == Decimal("7.00")


def test_weights_change_the_ranking():
    prize_heavy = ScoreWeights(promoted=1, prize=50, completed=0, review=0)
    a = (1, "甲", nomination_score(MentorOutcomes(promoted=3), prize_heavy))
    b = (2, "乙", nomination_score(MentorOutcomes(prizes=1), prize_heavy))
    assert [e[0] for e in ranked([a, b])] == [2, 1]
    assert [e[0] for e in ranked([(1, "甲", nomination_score(MentorOutcomes(promoted=3), ScoreWeights())),
                                  (2, "乙", nomination_score(MentorOutcomes(prizes=1), ScoreWeights()))])] == [1, 2]


def test_ties_go_to_more_promotions():
    weights = ScoreWeights(promoted=10, prize=10)
    one = (1, "乙", nomination_score(MentorOutcomes(prizes=1), weights))
    two = (2, "甲", nomination_score(MentorOutcomes(promoted=1), weights))
    assert [e[0] for e in ranked([one, two])] == [2, 1]


def test_rules_are_checked():
    assert rules_problems(MentoringRules()) == {}
    problems = rules_problems(MentoringRules(min_level=6, max_apprentices=0, honour_title=" ",
                                             weights=ScoreWeights(prize=-1)))
    assert set(problems) == {"min_level", "max_apprentices", "honour_title", "weights"}
