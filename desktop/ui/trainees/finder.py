"""Finding a registered trainee at a desk: type part of a name, ID number or phone, Return
lists the matches and moves to them, ↓/↑ choose, Enter (or a double click) takes one."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.services import trainees
from desktop.services.context import ServiceContext
from desktop.services.trainees import TraineeQuery
from desktop.ui import feedback
from desktop.ui.widgets import SearchBox

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class TraineeFinder(QWidget):
    activated = Signal()  # Enter or a double click on a found trainee
    LIMIT = 50

    def __init__(self, ctx: ServiceContext, hint: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.search = SearchBox(hint)
        self.search.setObjectName("traineeSearch")
        self.search.searched.connect(self.find)
        self.search.returnPressed.connect(self._to_results)  # after the search Return started
        self.found = QListWidget()
        self.found.setObjectName("found")
        self.found.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.found, 1)

    def find(self) -> None:
        text = self.search.text().strip()
        self.found.clear()
        if not text:
            return
        rows = feedback.attempt(self, lambda: trainees.list_trainees(self.ctx, TraineeQuery(search=text), 0, self.LIMIT))
        for row in rows or []:
            item = QListWidgetItem("  ".join(part for part in (row.name, row.masked_id, row.phone, row.employer) if part))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setData(NAME_ROLE, row.name)
            self.found.addItem(item)
        if self.found.count():
            self.found.setCurrentRow(0)

    def chosen(self) -> tuple[int, str] | None:
        """(trainee id, name) of the highlighted match."""
        item = self.found.currentItem()
        return (item.data(Qt.ItemDataRole.UserRole), item.data(NAME_ROLE)) if item is not None else None

    def reset(self) -> None:
        """Ready for the next person in the queue."""
        self.search.clear()
        self.found.clear()
        self.search.setFocus()

    def _to_results(self) -> None:
        if self.found.count():
            self.found.setFocus()

    def _activated(self, _item) -> None:
        self.activated.emit()
