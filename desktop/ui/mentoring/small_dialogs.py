"""The small forms of an agreement's life: sign, renew, complete or terminate, add a plan item,
sign one off, record a review, record a skill level. Each calls its service itself, so what the
service refuses shows under the field; `ask` returns what was saved, or None."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.levels import LEVEL_NAMES
from desktop.ui.widgets import ErrorLabel, add_field_row, submit

Save = Callable[["FormDialog"], Any]


def date_edit(day: dt.date | None = None) -> QDateEdit:
    day = day or dt.date.today()
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def score_box(value: int = 80) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, 100)
    box.setValue(value)
    return box


class FormDialog(QDialog):
    """A few named fields, an explanation and a Save button that runs `save(self)`."""

    def __init__(self, title: str, explanation: str, fields: list[tuple[str, str, QWidget]], save: Save,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.outcome: Any = None
        self._save = save
        layout = QVBoxLayout(self)
        if explanation:
            text = QLabel(explanation)
            text.setWordWrap(True)
            layout.addWidget(text)
        form = QFormLayout()
        for name, label, widget in fields:
            widget.setObjectName(name)
            self.fields[name] = widget
            add_field_row(form, label, widget, self.errors, name)
        layout.addLayout(form)
        self.form_error = ErrorLabel()
        self.form_error.setObjectName("form_error")
        layout.addWidget(self.form_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self, name: str) -> Any:
        widget = self.fields[name]
        if isinstance(widget, QDateEdit):
            return widget.date().toPython()
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return widget.text()

    def save(self) -> None:
        saved = submit(self.errors, self.form_error, lambda: self._save(self))
        if saved is not None:
            self.outcome = saved
            self.accept()

    @classmethod
    def ask(cls, title: str, explanation: str, fields: list[tuple[str, str, QWidget]], save: Save,
            parent: QWidget | None = None) -> Any:
        dialog = cls(title, explanation, fields, save, parent)
        dialog.exec()
        return dialog.outcome


def comment_box(hint: str = "", text: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setPlaceholderText(hint)
    box.setMaximumHeight(70)
    return box


def level_box() -> QComboBox:
    box = QComboBox()
    for level in (5, 4, 3, 2, 1):
        box.addItem(LEVEL_NAMES[level], level)
    box.setCurrentIndex(2)
    return box


def text_line(text: str = "") -> QLineEdit:
    return QLineEdit(text)
