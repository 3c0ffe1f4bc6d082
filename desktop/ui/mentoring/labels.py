"""Words for the mentoring codes shown in the interface."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.levels import LEVEL_NAMES
from desktop.domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "Mentoring"
_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("Mentoring", "Draft"),
    "active": QT_TRANSLATE_NOOP("Mentoring", "Active"),
    "completed": QT_TRANSLATE_NOOP("Mentoring", "Completed"),
    "terminated": QT_TRANSLATE_NOOP("Mentoring", "Terminated"),
}
_COMPONENTS = {
    "promoted": QT_TRANSLATE_NOOP("Mentoring", "Apprentices promoted"),
    "prizes": QT_TRANSLATE_NOOP("Mentoring", "Prizes"),
    "completed": QT_TRANSLATE_NOOP("Mentoring", "Agreements completed"),
    "reviews": QT_TRANSLATE_NOOP("Mentoring", "Average review score"),
}
_PERIODS = {
    "monthly": QT_TRANSLATE_NOOP("Mentoring", "Monthly"),
    "quarterly": QT_TRANSLATE_NOOP("Mentoring", "Quarterly"),
}
_OUTCOMES = {
    "level": QT_TRANSLATE_NOOP("Mentoring", "Level gained"),
    "prize": QT_TRANSLATE_NOOP("Mentoring", "Prize"),
}
STATUS_COLOURS = {"active": "#1b7a2f", "draft": "#a15c00", "terminated": "#888888", "completed": "#1f4e79"}


def _t(labels: dict[str, str], code: str) -> str:
    return QCoreApplication.translate(CONTEXT, labels[code]) if code in labels else code


def status_label(code: str) -> str:
    return _t(_STATUSES, code)


def statuses() -> list[tuple[str, str]]:
    return [(code, status_label(code)) for code in _STATUSES]


def component_label(code: str) -> str:
    return _t(_COMPONENTS, code)


def period_label(code: str) -> str:
    return _t(_PERIODS, code)


def periods() -> list[tuple[str, str]]:
    return [(code, period_label(code)) for code in _PERIODS]


def outcome_label(code: str) -> str:
    return _t(_OUTCOMES, code)


def level_label(level: int | None) -> str:
    return LEVEL_NAMES.get(level, "") if level else ""


def on_track_label(on_track: bool | None) -> str:
    if on_track is None:
        return ""
    return QCoreApplication.translate("Mentoring", "On track") if on_track else \
        QCoreApplication.translate("Mentoring", "Behind plan")
