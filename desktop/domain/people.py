"""Rules about people's particulars: ID numbers as shown, gender and birth date, phones, names.

The check digit and date of an ID number are checked in services.identifiers with
python-stdnum's helpers; what is here needs only the standard library.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message

GENDER_LABELS = {"M": "男", "F": "女"}
GENDER_BY_LABEL = {"男": "M", "女": "F", "M": "M", "F": "F"}

# 学历 as Chinese rosters write it.
EDUCATION_LEVELS = ("初中及以下", "高中", "中专/技校", "大专", "本科", "硕士研究生", "博士研究生")
# How rosters from employers write the same levels.
EDUCATION_ALIASES = {
    "小学": "初中及以下", "初中": "初中及以下", "职高": "中专/技校", "中专": "中专/技校",
    "技校": "中专/技校", "中技": "中专/技校", "高职": "大专", "专科": "大专", "大学专科": "大专",
    "大学本科": "本科", "学士": "本科", "硕士": "硕士研究生", "研究生": "硕士研究生",
    "博士": "博士研究生",
}


def normalise_education(text: str) -> str:
    text = text.strip()
    return EDUCATION_ALIASES.get(text, text)

# First two digits of an ID number: the province-level division of first issue (GB/T 2260).
PROVINCE_CODES = frozenset({
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
    "65", "71", "81", "82",
})

MOBILE = re.compile(r"1[3-9]\d{9}")
LANDLINE = re.compile(r"0\d{2,3}-?\d{7,8}")
NAME_MAX = 50


@dataclass(frozen=True)
class IdNumberFacts:
    """What an ID number says about its holder, once its format and check digit are sound."""

    number: str
    birth_date: dt.date
    gender: str  # "M" or "F"


def mask_id_number(number: str) -> str:
    """350***********1234: the province and the last four stay visible in lists."""
    if len(number) < 8:
        return "*" * len(number)
    return number[:3] + "*" * (len(number) - 7) + number[-4:]


def gender_from_id_number(number: str) -> str:
    """The 17th character is odd for men and even for women."""
    return "M" if int(number[16]) % 2 else "F"


def id_number_shape_problem(number: str) -> Message | None:
    """A problem with the length, characters or province code, before the check digit is tried."""
    if len(number) != 18:
        return message(QT_TRANSLATE_NOOP(
            "Messages", "An ID card number has 18 characters; this one has {count}."), count=len(number))
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        return message(QT_TRANSLATE_NOOP(
            "Messages", "An ID card number is 17 digits followed by a digit or X."))
    if number[:2] not in PROVINCE_CODES:
        return message(QT_TRANSLATE_NOOP(
            "Messages", "The ID card number starts with {code}, which is no province code."),
            code=number[:2])
    return None


def birth_date_problem(birth_date: dt.date, today: dt.date) -> Message | None:
    if birth_date > today:
        return message(QT_TRANSLATE_NOOP("Messages", "The birth date lies in the future."))
    if birth_date.year < today.year - 120:
        return message(QT_TRANSLATE_NOOP("Messages", "The birth date is more than 120 years ago."))
    return None


def name_problem(name: str) -> Message | None:
    if not name:
        return message(QT_TRANSLATE_NOOP("Messages", "Enter the name."))
    if len(name) > NAME_MAX:
        return message(QT_TRANSLATE_NOOP(
            "Messages", "A name has at most {max} characters."), max=NAME_MAX)
    if any(ch.isdigit() for ch in name):
        return message(QT_TRANSLATE_NOOP("Messages", "A name cannot contain digits."))
    return None


def phone_problem(phone: str) -> Message | None:
    if phone and not (MOBILE.fullmatch(phone) or LANDLINE.fullmatch(phone)):
        return message(QT_TRANSLATE_NOOP(
            "Messages",
            "Enter an 11-digit mobile number (13912345678) or a landline with area code (0595-22123456)."))
    return None


def normalise_phone(phone: str) -> str:
    return re.sub(r"[\s()（）]", "", phone).replace("+86", "", 1) if phone else ""


def gender_mismatch(entered: str | None, facts: IdNumberFacts) -> Message | None:
    if entered and entered != facts.gender:
        return message(QT_TRANSLATE_NOOP(
            "Messages", "The ID card number belongs to a {gender}; check the gender or the number."),
            gender=GENDER_LABELS[facts.gender])
    return None


def birth_date_mismatch(entered: dt.date | None, facts: IdNumberFacts) -> Message | None:
    if entered and entered != facts.birth_date:
        return message(QT_TRANSLATE_NOOP(
            "Messages", "The ID card number gives the birth date {date}; check the date or the number."),
            date=facts.birth_date.isoformat())
    return None
