"""Occupation (工种) codes in the national classification's style and the levels offered."""
from __future__ import annotations

import re

from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message

# 《中华人民共和国职业分类大典》: major group - middle - small - detailed, e.g. 6-18-02-04 焊工.
CODE = re.compile(r"\d-\d{2}-\d{2}-\d{2}")
ALL_LEVELS = (5, 4, 3, 2, 1)


def code_problem(code: str) -> Message | None:
    if code and not CODE.fullmatch(code):
        return message(QT_TRANSLATE_NOOP(
            "Messages", "An occupation code looks like 6-18-02-04 (digit-2 digits-2 digits-2 digits)."))
    return None


def levels_problem(levels: list[int]) -> Message | None:
    if not levels or not set(levels) <= set(ALL_LEVELS):
        return message(QT_TRANSLATE_NOOP(
            "Messages", "Tick at least one skill level from 五级 to 一级."))
    return None


def ordered_levels(levels: list[int]) -> list[int]:
    """From the lowest level (5) to the highest (1), each once."""
    return sorted(set(levels), reverse=True)
