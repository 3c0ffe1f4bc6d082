import datetime as dt

import pytest

from desktop.domain.appraisal import (
    DEFAULT_PRIZE_RULES,
    DEFAULT_STANDARD,
    Evidence,
    PassMarks,
    PrizeRule,
    Route,
    certificate_number_problem,
    check_eligibility,
    full_years,
    outcome,
    parse_score,
    promotion_for,
    route_text,
    standard_problems,
)
from desktop.domain.messages import Message

TODAY = dt.date(2026, 6, 1)
# The two example standards: 1 year in the occupation for level 5, then 2 years after
# level 5 for level 4, 4 after level 4 for level 3 …; the other asks 4/5/4/4 years.
FIRST = {5: (Route(occupation_years=1),), 4: (Route(previous_years=2),), 3: (Route(previous_years=4),),
         2: (Route(previous_years=4),), 1: (Route(previous_years=4),)}
SECOND = {5: (Route(occupation_years=1),), 4: (Route(previous_years=4),), 3: (Route(previous_years=5),),
          2: (Route(previous_years=4),), 1: (Route(previous_years=4),)}


def years_ago(years: int, days: int = 0) -> dt.date:
    return TODAY.replace(year=TODAY.year - years) - dt.timedelta(days=days)


@pytest.mark.parametrize("standard, level, evidence, eligible", [
    (FIRST, 5, Evidence(occupation_since=years_ago(1)), True),
    (FIRST, 5, Evidence(occupation_since=years_ago(1) + dt.timedelta(days=1)), False),
    (FIRST, 5, Evidence(), False),
    (FIRST, 4, Evidence(levels={5: years_ago(2)}), True),
    (SECOND, 4, Evidence(levels={5: years_ago(2)}), False),
    (SECOND, 4, Evidence(levels={5: years_ago(4)}), True),
    (FIRST, 3, Evidence(levels={5: years_ago(9), 4: years_ago(4)}), True),
    (FIRST, 3, Evidence(levels={5: years_ago(9), 4: years_ago(3, 364)}), False),
    (SECOND, 3, Evidence(levels={4: years_ago(4)}), False),
    (SECOND, 3, Evidence(levels={4: years_ago(5)}), True),
    (FIRST, 2, Evidence(levels={4: years_ago(9)}), False),  # level 3 never obtained
    (FIRST, 1, Evidence(levels={2: years_ago(4)}), True),
    (FIRST, 4, Evidence(levels={4: years_ago(1)}), False),  # already held
    (FIRST, 4, Evidence(levels={3: years_ago(1)}), False),  # a higher level is held
    # the defaults: a class or a prize shortens the way
    (DEFAULT_STANDARD, 5, Evidence(training_levels=frozenset({5})), True),
    (DEFAULT_STANDARD, 5, Evidence(training_levels=frozenset({4})), False),
    (DEFAULT_STANDARD, 4, Evidence(occupation_since=years_ago(6)), True),
    (DEFAULT_STANDARD, 3, Evidence(levels={4: years_ago(3)}, training_levels=frozenset({3})), True),
    (DEFAULT_STANDARD, 3, Evidence(levels={4: years_ago(3)}), False),
    (DEFAULT_STANDARD, 2, Evidence(levels={3: years_ago(1)}, prizes=("二等奖",)), True),
    (DEFAULT_STANDARD, 1, Evidence(levels={2: years_ago(1)}, prizes=("三等奖",)), False),
    (DEFAULT_STANDARD, 1, Evidence(levels={2: years_ago(1)}, prizes=("一等奖",)), True),
])
def test_eligibility_follows_the_standard(standard, level, evidence, eligible):
    assert check_eligibility(standard, level, evidence, TODAY).eligible is eligible


def test_an_eligible_person_gets_the_route_that_holds():
    answer = check_eligibility(DEFAULT_STANDARD, 4, Evidence(occupation_since=years_ago(7)), TODAY)
    assert answer.route == Route(occupation_years=6)
    assert answer.route_label == "从事本职业满6年"


def test_a_refusal_says_what_each_route_lacks():
    answer = check_eligibility(DEFAULT_STANDARD, 3, Evidence(levels={4: years_ago(2)}), TODAY)
    assert not answer.eligible
    assert [route for route, _ in answer.missing] == list(DEFAULT_STANDARD[3])
    lacks = {route_text(route): [str(m) for m in messages] for route, messages in answer.missing}
    assert lacks["取得下一级证书满4年"] == ["2 of 4 years since obtaining level 4."]
    assert lacks["取得下一级证书满3年，完成本等级培训"] == [
        "2 of 3 years since obtaining level 4.", "No completed training class at level 3 in the occupation."]
    assert lacks["取得下一级证书满1年，竞赛获三等奖及以上"] == ["No 三等奖 or better in a competition."]


def test_holding_the_level_is_the_reason_not_a_missing_route():
    answer = check_eligibility(FIRST, 4, Evidence(levels={4: years_ago(1)}), TODAY)
    assert answer.missing == () and "Already holds level 4" in str(answer.reason)


@pytest.mark.parametrize("since, today, years", [
    (dt.date(2020, 2, 29), dt.date(2024, 2, 28), 3),
    (dt.date(2020, 2, 29), dt.date(2024, 2, 29), 4),
    (dt.date(2020, 6, 1), dt.date(2020, 5, 1), 0),
])
def test_full_years(since, today, years):
    assert full_years(since, today) == years


@pytest.mark.parametrize("text, value", [
    ("72.5", 725), ("100", 1000), ("0", 0), ("60。0", 600), ("", None),
    ("100.1", Message), ("72.55", Message), ("-1", Message), ("abc", Message),
])
def test_parse_score(text, value):
    parsed = parse_score(text)
    assert isinstance(parsed, Message) if value is Message else parsed == value


@pytest.mark.parametrize("level, status, scores, expected", [
    (4, "sitting", {"theory": 600, "practical": 600}, "passed"),
    (4, "sitting", {"theory": 599, "practical": 900}, "failed"),
    (4, "sitting", {"theory": 800, "practical": None}, None),
    (2, "sitting", {"theory": 800, "practical": 800}, None),  # the review is due
    (2, "sitting", {"theory": 800, "practical": 800, "review": 590}, "failed"),
    (1, "sitting", {"theory": 800, "practical": 800, "review": 600}, "passed"),
    (3, "absent", {}, "absent"),
    (3, "disqualified", {"theory": 900, "practical": 900}, "disqualified"),
])
def test_outcome(level, status, scores, expected):
    assert outcome(level, status, scores, PassMarks()) == expected


def test_pass_marks_are_per_batch():
    assert outcome(4, "sitting", {"theory": 650, "practical": 650}, PassMarks(700, 600, 600)) == "failed"


@pytest.mark.parametrize("prize, competition, held, raised_to", [
    ("一等奖", "city", None, 2),
    ("一等奖", "province", 3, 2),
    ("一等奖", "county", None, None),
    ("二等奖", "city", 4, 3),
    ("二等奖", "city", 3, None),  # holds it already
    ("三等奖", "city", None, None),
    ("三等奖", "province", None, 3),
    ("", "province", None, None),
])
def test_promotion_by_prize(prize, competition, held, raised_to):
    assert promotion_for(DEFAULT_PRIZE_RULES, prize, competition, held) == raised_to


def test_a_configured_rule_decides():
    rules = (PrizeRule("一等奖", "enterprise", 3),)
    assert promotion_for(rules, "一等奖", "enterprise", 4) == 3
    assert promotion_for(rules, "二等奖", "province", None) is None


@pytest.mark.parametrize("number, level, ok", [
    ("S000135000001264000001", 4, True),
    ("S000135000001264000001", 3, False),
    ("Y123435000001261000001", None, True),
    ("1234567890123456", 2, True),
    ("123456789012345", 2, False),
    ("X000135000001264000001", 4, False),
])
def test_certificate_numbers(number, level, ok):
    assert (certificate_number_problem(number, level) is None) is ok


def test_standards_are_checked():
    assert standard_problems(DEFAULT_STANDARD) == {}
    assert "level_4" in standard_problems({4: (Route(),)})
    assert "level_5" in standard_problems({5: (Route(previous_years=1),)})
    assert "level_3" in standard_problems({3: ()})
