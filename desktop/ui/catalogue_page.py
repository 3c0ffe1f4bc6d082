"""A small catalogue page (employers, occupations): search, show archived, add or edit in a
dialog, archive or restore. Subclasses name the service calls and the dialog."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.paged_model import RowListModel
from desktop.ui.widgets import selected_record


class CataloguePage(QWidget):
    def __init__(self, ctx: ServiceContext, model: RowListModel, search_hint: str):
        super().__init__()
        self.ctx = ctx
        self.model = model
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(search_hint)
        self.search.textChanged.connect(self.refresh)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.toggled.connect(self.refresh)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_archived)
        for name, text, slot in (("add", self.tr("Add…"), self.add), ("edit", self.tr("Edit…"), self.edit),
                                 ("archive", self.tr("Archive / restore"), self.toggle_archived)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    # -- what a catalogue says about itself ---------------------------------------------------
    def load(self, search: str, include_archived: bool) -> list[Any]:
        raise NotImplementedError

    def ask(self, existing: Any | None) -> Any | None:
        """Open the add/edit dialog; the saved row, or None when cancelled."""
        raise NotImplementedError

    def archive(self, row: Any, archived: bool) -> Any:
        raise NotImplementedError

    def archive_question(self, row: Any, archived: bool) -> str:
        raise NotImplementedError

    # -- shared behaviour ---------------------------------------------------------------------
    def refresh(self) -> None:
        rows = feedback.attempt(self, lambda: self.load(self.search.text().strip(), self.show_archived.isChecked()))
        if rows is not None:
            self.model.set_rows(rows)
            self.table.resizeColumnsToContents()

    def selected(self) -> Any | None:
        return selected_record(self.table)

    def add(self) -> None:
        if self.ask(None) is not None:
            self.refresh()

    def edit(self) -> None:
        chosen = self.selected()
        if chosen is not None and self.ask(chosen) is not None:
            self.refresh()

    def toggle_archived(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        archive = chosen.archived_at is None
        if feedback.confirm(self, self.archive_question(chosen, archive)) and feedback.attempt(
                self, lambda: self.archive(chosen, archive)):
            self.refresh()
