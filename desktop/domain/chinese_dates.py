"""Dates as Chinese certificates write them.

Two forms are in use: the formal "upper" form, year digit by digit with 〇 for zero and
month and day as spoken numbers (二〇二六年十一月二十一日), and the plain form with Arabic
digits (2026年11月21日).
"""
from __future__ import annotations

import datetime as dt

_DIGITS = "〇一二三四五六七八九"


def _spoken_number(value: int) -> str:
    """1–31 as spoken: 十, 十一, 二十, 二十一, 三十."""
    if not 1 <= value <= 99:
        raise ValueError(f"not a month or day: {value}")
    tens, units = divmod(value, 10)
    if tens == 0:
        return _DIGITS[units]
    text = ("" if tens == 1 else _DIGITS[tens]) + "十"
    return text + (_DIGITS[units] if units else "")


def chinese_upper_date(date: dt.date) -> str:
    """二〇二六年十一月二十一日."""
    year = "".join(_DIGITS[int(digit)] for digit in f"{date.year:04d}")
    return f"{year}年{_spoken_number(date.month)}月{_spoken_number(date.day)}日"


def chinese_digit_date(date: dt.date) -> str:
    """2026年11月21日 (no leading zeros)."""
    return f"{date.year}年{date.month}月{date.day}日"
