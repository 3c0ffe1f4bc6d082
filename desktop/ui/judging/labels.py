"""How a score sheet's state reads and looks, the same in the judge's list and the chief's matrix."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desktop.domain.messages import QT_TRANSLATE_NOOP

_STATES = {
    "not_started": QT_TRANSLATE_NOOP("Judging", "Not started"),
    "draft": QT_TRANSLATE_NOOP("Judging", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("Judging", "Submitted"),
    "returned": QT_TRANSLATE_NOOP("Judging", "Returned"),
    "excluded": QT_TRANSLATE_NOOP("Judging", "Excluded"),
}
_EXCLUSIONS = {
    "team": QT_TRANSLATE_NOOP("Judging", "Excluded (team)"),
    "employer": QT_TRANSLATE_NOOP("Judging", "Excluded (employer)"),
}
_CONTESTANT_STATUSES = {
    "absent": QT_TRANSLATE_NOOP("Judging", "Absent"),
    "disqualified": QT_TRANSLATE_NOOP("Judging", "Disqualified"),
}
# state → (text colour, background)
_COLOURS = {
    "not_started": ("#5f6368", "#f1f3f4"),
    "draft": ("#8a5a00", "#fff4d6"),
    "submitted": ("#1b7a2f", "#e6f4ea"),
    "returned": ("#b00020", "#fde7e9"),
    "excluded": ("#80868b", "#e8eaed"),
}
_ON_PAPER = QT_TRANSLATE_NOOP("Judging", "on paper")
OPEN_STATES = ("not_started", "returned", "draft")  # a judge still has work on these


def _t(text: str) -> str:
    return QCoreApplication.translate("Judging", text)


def state_label(state: str, excluded_reason: str = "", mode: str = "screen") -> str:
    text = _t(_EXCLUSIONS[excluded_reason]) if state == "excluded" and excluded_reason in _EXCLUSIONS \
        else _t(_STATES.get(state, state))
    return text + " · " + _t(_ON_PAPER) if mode == "paper" and state != "excluded" else text


def contestant_status_label(status: str) -> str:
    return _t(_CONTESTANT_STATUSES[status]) if status in _CONTESTANT_STATUSES else ""


def state_foreground(state: str) -> QColor:
    return QColor(_COLOURS.get(state, _COLOURS["not_started"])[0])


def state_background(state: str) -> QColor:
    return QColor(_COLOURS.get(state, _COLOURS["not_started"])[1])


def chip_style(state: str) -> str:
    """A style sheet that shows a state as a coloured label."""
    foreground, background = _COLOURS.get(state, _COLOURS["not_started"])
    return (f"color: {foreground}; background: {background}; border: 1px solid {foreground};"
            " border-radius: 4px; padding: 2px 10px; font-size: 13pt; font-weight: bold;")
