"""ID card numbers (GB 11643) and unified social credit codes (GB 32100), via python-stdnum.

stdnum's `cn.ric.validate` is not used: it also demands that the county of first issue
existed in the birth year, which refuses real numbers such as a 350582 (晋江市, 1992)
number of someone born in 1975 (DESIGN.md §3).
"""
from __future__ import annotations

import datetime as dt

from stdnum.cn import ric, uscc
from stdnum.exceptions import ValidationError as StdnumError

from desktop.domain.errors import ValidationFailed
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from desktop.domain.people import (
    IdNumberFacts,
    birth_date_problem,
    gender_from_id_number,
    id_number_shape_problem,
)


def read_id_number(raw: str, today: dt.date | None = None) -> IdNumberFacts:
    """Check an ID card number and return what it says; raise ValidationFailed on `id_number`."""
    problem, facts = _id_number(raw, today or dt.date.today())
    if problem is not None:
        raise ValidationFailed({"id_number": problem})
    assert facts is not None
    return facts


def id_number_problem(raw: str, today: dt.date | None = None) -> tuple[Message | None, IdNumberFacts | None]:
    return _id_number(raw, today or dt.date.today())


def _id_number(raw: str, today: dt.date) -> tuple[Message | None, IdNumberFacts | None]:
    number = ric.compact("".join((raw or "").split())).upper()
    if not number:
        return message(QT_TRANSLATE_NOOP("Messages", "Enter the ID card number.")), None
    shape = id_number_shape_problem(number)
    if shape is not None:
        return shape, None
    try:
        birth_date = ric.get_birth_date(number)
    except StdnumError:
        return message(QT_TRANSLATE_NOOP(
            "Messages", "Characters 7 to 14 of the ID card number ({digits}) are not a real date."),
            digits=number[6:14]), None
    too_far = birth_date_problem(birth_date, today)
    if too_far is not None:
        return too_far, None
    if ric.calc_check_digit(number) != number[17]:
        return message(QT_TRANSLATE_NOOP(
            "Messages", "The check digit (last character) does not match: look for a mistyped digit.")), None
    return None, IdNumberFacts(number, birth_date, gender_from_id_number(number))


def credit_code_problem(raw: str) -> tuple[Message | None, str]:
    """Check an optional unified social credit code; returns (problem, normalised code)."""
    code = uscc.compact(raw or "").upper()
    if not code:
        return None, ""
    try:
        return None, uscc.validate(code)
    except StdnumError:
        return message(QT_TRANSLATE_NOOP(
            "Messages",
            "This is not a valid unified social credit code: 18 characters with a matching check character.")), code
