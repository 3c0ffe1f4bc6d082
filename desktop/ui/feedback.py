"""One place that turns a service's UserError into a message box in the user's language."""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.errors import UserError
from desktop.ui.i18n import translate_message

T = TypeVar("T")


def show_user_error(parent: QWidget | None, error: UserError) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Feedback", "Skillbase"),
                        translate_message(error.message))


def attempt(parent: QWidget | None, action: Callable[[], T]) -> T | None:
    """Run one user action; a UserError becomes a message box and the result None."""
    try:
        return action()
    except UserError as error:
        show_user_error(parent, error)
        return None


def confirm(parent: QWidget | None, question: str) -> bool:
    answer = QMessageBox.question(parent, QCoreApplication.translate("Feedback", "Skillbase"), question)
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("Feedback", "Skillbase"), text)
