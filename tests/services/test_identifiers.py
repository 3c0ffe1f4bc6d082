import datetime as dt

import pytest

from desktop.services.identifiers import credit_code_problem, id_number_problem

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("raw, expected", [
    # GB 11643's own example.
    ("11010519491231002X", ("11010519491231002X", dt.date(1949, 12, 31), "F")),
    # 晋江市 (350582) dates from 1992, yet holders born earlier carry its code: valid.
    ("350582197501011239", ("350582197501011239", dt.date(1975, 1, 1), "M")),
    # Lower-case x and spaces as typed by hand.
    ("110105 19491231 002x", ("11010519491231002X", dt.date(1949, 12, 31), "F")),
])
def test_sound_numbers_say_birth_date_and_gender(raw, expected):
    problem, facts = id_number_problem(raw, TODAY)
    assert problem is None
    assert (facts.number, facts.birth_date, facts.gender) == expected


@pytest.mark.parametrize("raw, fragment", [
    ("", "Enter the ID card number"),
    ("350582197501011234", "check digit"),
    ("350582197502301236", "not a real date"),
    ("350582203001011233", "future"),
    ("35058219750101123", "18 characters"),
])
def test_unsound_numbers_say_what_is_wrong(raw, fragment):
    problem, facts = id_number_problem(raw, TODAY)
    assert facts is None and fragment in str(problem)


@pytest.mark.parametrize("raw, problem, code", [
    ("", False, ""),
    ("91110000600037341L", False, "91110000600037341L"),  # python-stdnum's documented example
    ("91110000600037341l", False, "91110000600037341L"),
    ("91110000600037341M", True, None),  # wrong check character
    ("9111000060003734", True, None),  # too short
])
def test_credit_codes(raw, problem, code):
    found, normalised = credit_code_problem(raw)
    assert (found is not None) is problem
    if code is not None:
        assert normalised == code
