"""Small widgets every page uses."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel


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
