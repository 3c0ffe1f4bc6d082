import datetime as dt

import pytest

from desktop.domain.people import (
    IdNumberFacts,
    birth_date_mismatch,
    gender_from_id_number,
    gender_mismatch,
    id_number_shape_problem,
    mask_id_number,
    name_problem,
    normalise_education,
    normalise_phone,
    phone_problem,
)


@pytest.mark.parametrize("number, masked", [
    ("350582197501011239", "350***********1239"),
    ("11010519491231002X", "110***********002X"),
    ("1234", "****"),
])
def test_id_numbers_are_masked_in_lists(number, masked):
    assert mask_id_number(number) == masked


@pytest.mark.parametrize("number, gender", [
    ("350582197501011239", "M"),  # 17th digit 3: odd
    ("11010519491231002X", "F"),  # 17th digit 2: even
])
def test_gender_follows_the_seventeenth_digit(number, gender):
    assert gender_from_id_number(number) == gender


@pytest.mark.parametrize("number, fragment", [
    ("35058219750101123", "18 characters"),
    ("3505821975010112399", "18 characters"),
    ("35058219750101123A", "17 digits"),
    ("3505821975O1011239", "17 digits"),
    ("990582197501011239", "province"),
    ("350582197501011239", None),
])
def test_shape_of_an_id_number(number, fragment):
    problem = id_number_shape_problem(number)
    assert (problem is None) if fragment is None else fragment in str(problem)


@pytest.mark.parametrize("name, ok", [("张三", True), ("欧阳娜娜", True), ("买买提·艾力", True),
                                      ("", False), ("张3", False), ("长" * 51, False)])
def test_names(name, ok):
    assert (name_problem(name) is None) is ok


@pytest.mark.parametrize("phone, ok", [
    ("13912345678", True), ("19912345678", True), ("0595-22123456", True), ("059522123456", True),
    ("", True), ("12345678901", False), ("1391234567", False), ("abc", False),
])
def test_phones(phone, ok):
    assert (phone_problem(phone) is None) is ok


@pytest.mark.parametrize("written, level", [
    ("初中", "初中及以下"), ("中专", "中专/技校"), ("大学本科", "本科"), ("研究生", "硕士研究生"),
    (" 大专 ", "大专"), ("本科", "本科"), ("小学文化", "小学文化"),
])
def test_education_as_rosters_write_it(written, level):
    assert normalise_education(written) == level


def test_phone_numbers_lose_spaces_and_country_code():
    assert normalise_phone("+86 139 1234 5678") == "13912345678"


def test_entered_gender_and_birth_date_are_checked_against_the_number():
    facts = IdNumberFacts("350582197501011239", dt.date(1975, 1, 1), "M")
    assert gender_mismatch("M", facts) is None
    assert gender_mismatch(None, facts) is None
    assert "男" in str(gender_mismatch("F", facts))
    assert birth_date_mismatch(dt.date(1975, 1, 1), facts) is None
    assert "1975-01-01" in str(birth_date_mismatch(dt.date(1975, 1, 2), facts))
