"""User-facing messages that travel from rules and services to the UI and the command line.

A message is an English template with named placeholders. The UI translates the template
(context "Messages") and then fills it in, so a service never needs Qt to speak Chinese.
Templates are wrapped in QT_TRANSLATE_NOOP so that pyside6-lupdate collects them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate looks for
    return text


@dataclass(frozen=True)
class Message:
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**self.params)


def message(template: str, **params: Any) -> Message:
    return Message(template, params)


def first_of(problems: list[tuple[str, Message]]) -> Message:
    """Several problems said as the first with where it is, and how many more there are
    (the full list goes to a report where there is room for one)."""
    where, problem = problems[0]
    if len(problems) == 1:
        return message(QT_TRANSLATE_NOOP("Messages", "Row {row}: {problem}"), row=where, problem=problem)
    return message(QT_TRANSLATE_NOOP("Messages", "Row {row}: {problem} (and {more} more problems)"),
                   row=where, problem=problem, more=len(problems) - 1)
