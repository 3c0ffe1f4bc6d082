import pytest

from desktop.domain.certificate_numbers import (
    NationalBody,
    national_body_problems,
    national_number,
    national_prefix,
    pattern_number,
    pattern_prefix,
    pattern_problem,
)
from desktop.domain.certificate_payload import PayloadContent, compose, parse


@pytest.mark.parametrize("body, year, level, serial, number", [
    (NationalBody("S", "0001", "35", "000001"), 2026, 3, 1, "S000135000001263000001"),
    (NationalBody("Y", "1234", "35", "000123"), 2025, 1, 987654, "Y123435000123251987654"),
    (NationalBody("S", "0001", "11", "000001"), 2030, 5, 42, "S000111000001305000042"),
])
def test_national_level_numbers_have_22_characters(body, year, level, serial, number):
    assert national_number(national_prefix(body, year, level), serial) == number
    assert len(number) == 22


@pytest.mark.parametrize("body, fields", [
    (NationalBody("X", "0001", "35", "000001"), {"body_type"}),
    (NationalBody("S", "01", "99", "1"), {"body_code", "province", "site"}),
    (NationalBody(), set()),
])
def test_the_national_body_is_checked(body, fields):
    assert set(national_body_problems(body)) == fields


def test_a_serial_too_big_for_the_format_is_refused():
    with pytest.raises(ValueError):
        national_number(national_prefix(NationalBody(), 2026, 3), 1_000_000)
    with pytest.raises(ValueError):
        national_prefix(NationalBody(), 2026, 6)


@pytest.mark.parametrize("pattern, year, serial, number", [
    ("HJ{year}{serial:5}", 2026, 7, "HJ202600007"),
    ("JJ-{yy}-{serial:4}", 2026, 123, "JJ-26-0123"),
    ("RY{serial:6}", 2026, 1, "RY000001"),
])
def test_patterns(pattern, year, serial, number):
    assert pattern_number(pattern, year, serial) == number
    assert number.startswith(pattern_prefix(pattern, year).split("{")[0])


@pytest.mark.parametrize("pattern, ok", [
    ("HJ{year}{serial:5}", True), ("HJ{year}", False), ("{serial:3}{serial:3}", False),
    ("证书{serial:4}", False), ("A" * 38 + "{serial:4}", False),
])
def test_pattern_problems(pattern, ok):
    assert (pattern_problem(pattern) is None) is ok


def test_payload_round_trip_and_separator_in_a_field():
    content = PayloadContent("HJ202600001", "award", "张|三", "一等奖", "2026-11-21", "abc123")
    text = compose(content, "SIG")
    parsed = parse(text)
    assert parsed.content.holder == "张／三" and parsed.signature == "SIG"
    assert parsed.signed_text == content.signed_text()
    assert parse("SKB1|too|few") is None and parse("XYZ1|a|b|c|d|e|f|g") is None
