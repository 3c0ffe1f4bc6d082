"""Small widgets every page uses."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget


class ErrorLabel(QLabel):
    """A red message under a field or a form; hidden while there is nothing to say."""

    def __init__(self):
        super().__init__()
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")


def add_field_row(form: QFormLayout, label: str, widget: QWidget, errors: dict[str, ErrorLabel],
                  name: str) -> ErrorLabel:
    """A form row with the field and, under it, the place for what is wrong with it."""
    error = ErrorLabel()
    error.setObjectName(f"{name}_error")
    errors[name] = error
    box = QVBoxLayout()
    box.setSpacing(1)
    box.addWidget(widget)
    box.addWidget(error)
    form.addRow(label, box)
    return error
