"""Small widgets every page uses."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError, ValidationFailed
from desktop.ui.i18n import translate_message

T = TypeVar("T")


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


class SearchBox(QLineEdit):
    """A search field that asks once typing pauses (or at once on Return), not per keystroke:
    each search is a database query."""

    searched = Signal()
    PAUSE_MS = 300

    def __init__(self, hint: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(hint)
        self.setClearButtonEnabled(True)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(self.PAUSE_MS)
        self._pause.timeout.connect(self.searched)
        self.textChanged.connect(self._pause.start)
        self.returnPressed.connect(self.search_now)

    def search_now(self) -> None:
        self._pause.stop()
        self.searched.emit()

    def cancel_pending(self) -> None:
        """The caller searches anyway (another filter changed): no second search later."""
        self._pause.stop()


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


def submit(errors: dict[str, ErrorLabel], form_error: ErrorLabel, action: Callable[[], T]) -> T | None:
    """Run a dialog's save: clear the old messages, then show what the service refused — each
    field's problem under that field, anything else under the form. None when refused."""
    for label in (*errors.values(), form_error):
        label.clear_message()
    try:
        return action()
    except ValidationFailed as error:
        for name, msg in error.field_errors.items():
            errors.get(name, form_error).show_message(translate_message(msg))
    except UserError as error:
        form_error.show_message(translate_message(error.message))
    return None


def add_buttons(bar: QBoxLayout, specs) -> dict[str, QPushButton]:
    """A push button per (object name, text, slot), added to `bar` in order; by object name."""
    buttons: dict[str, QPushButton] = {}
    for name, text, slot in specs:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        buttons[name] = button
        bar.addWidget(button)
    return buttons


def row_table(name: str, model: QAbstractItemModel, several: bool = False) -> QTableView:
    """A read-only table whose rows are records: whole rows selected (one, or `several`), the
    last column stretched."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if several
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def selected_record(table: QTableView) -> Any | None:
    """The record (a row of a RowListModel) of the table's selected row, or None."""
    rows = table.selectionModel().selectedRows()
    return table.model().rows[rows[0].row()] if rows else None


def select_record(table: QTableView, record_id: int) -> None:
    """Select the row holding this record, if the table holds it."""
    number = table.model().row_of(record_id)
    if number is not None:
        table.selectRow(number)
