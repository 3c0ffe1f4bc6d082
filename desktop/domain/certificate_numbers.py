"""Certificate numbers: the national 22-character level format and configurable patterns.

National level certificates (职业技能等级证书) are numbered
  body type (Y employer / S social organisation) + 4-digit body code + 2-digit province code
  + 6-digit site serial + 2-digit year + 1-digit level + 6-digit serial = 22 characters.
Other kinds follow a pattern with {year}, {yy} and {serial:N} (N zero-padded digits), e.g.
HJ{year}{serial:5} → HJ202600001. The serial counts per prefix: a pattern with the year in it
starts again at 1 every year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from desktop.domain.people import PROVINCE_CODES

NATIONAL_LENGTH = 22
NATIONAL_SERIAL_DIGITS = 6
SERIAL_TOKEN = re.compile(r"\{serial:(\d)\}")
PATTERN_ALLOWED = re.compile(r"[A-Za-z0-9\-_/]*")
MAX_NUMBER_LENGTH = 40


@dataclass(frozen=True)
class NationalBody:
    """Who issues level certificates: the evaluation body and its site."""

    body_type: str = "S"
    body_code: str = "0001"
    province: str = "35"
    site: str = "000001"


def national_body_problems(body: NationalBody) -> dict[str, Message]:
    problems: dict[str, Message] = {}
    if body.body_type not in ("Y", "S"):
        problems["body_type"] = message(QT_TRANSLATE_NOOP(
            "Messages", "The body type is Y (employer) or S (social organisation)."))
    if not (len(body.body_code) == 4 and body.body_code.isdigit()):
        problems["body_code"] = message(QT_TRANSLATE_NOOP("Messages", "The body code has 4 digits."))
    if body.province not in PROVINCE_CODES:
        problems["province"] = message(QT_TRANSLATE_NOOP(
            "Messages", "The province code is 2 digits, e.g. 35 for Fujian."))
    if not (len(body.site) == 6 and body.site.isdigit()):
        problems["site"] = message(QT_TRANSLATE_NOOP("Messages", "The site serial has 6 digits."))
    return problems


def national_prefix(body: NationalBody, year: int, level: int) -> str:
    """The first 16 characters; the serial counts per prefix."""
    if level not in range(1, 6):
        raise ValueError(f"level {level} is not 1 to 5")
    return f"{body.body_type}{body.body_code}{body.province}{body.site}{year % 100:02d}{level}"


def national_number(prefix: str, serial: int) -> str:
    number = f"{prefix}{serial:0{NATIONAL_SERIAL_DIGITS}d}"
    if len(number) != NATIONAL_LENGTH:
        raise ValueError(f"serial {serial} does not fit the national format")
    return number


def pattern_problem(pattern: str) -> Message | None:
    tokens = SERIAL_TOKEN.findall(pattern)
    rest = SERIAL_TOKEN.sub("", pattern).replace("{year}", "").replace("{yy}", "")
    if len(tokens) != 1:
        return message(QT_TRANSLATE_NOOP(
            "Messages", "A numbering pattern needs exactly one {{serial:N}}, N being the number of digits."))
    if not PATTERN_ALLOWED.fullmatch(rest):
        return message(QT_TRANSLATE_NOOP(
            "Messages", "A numbering pattern may hold letters, digits, - _ / and {{year}}, {{yy}}, {{serial:N}}."))
    if len(pattern_prefix(pattern, 2026)) + int(tokens[0]) > MAX_NUMBER_LENGTH:
        return message(QT_TRANSLATE_NOOP("Messages", "Numbers of this pattern would be too long."))
    return None


def pattern_prefix(pattern: str, year: int) -> str:
    """The pattern with the year filled in: numbers with the same prefix share one serial."""
    return pattern.replace("{year}", f"{year:04d}").replace("{yy}", f"{year % 100:02d}")


def pattern_number(pattern: str, year: int, serial: int) -> str:
    filled = pattern_prefix(pattern, year)
    digits = int(SERIAL_TOKEN.search(filled).group(1))
    if serial >= 10 ** digits:
        raise ValueError(f"serial {serial} needs more than {digits} digits")
    return SERIAL_TOKEN.sub(f"{serial:0{digits}d}", filled)
