"""Choose the holders of a batch: search the trainee registry, add people to the chosen list."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from desktop.services import trainees
from desktop.services.context import ServiceContext
from desktop.services.trainees import TraineeQuery, TraineeRow
from desktop.ui import feedback
from desktop.ui.widgets import SearchBox

RESULTS_SHOWN = 100


class HolderPicker(QWidget):
    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.search = SearchBox(self.tr("Search name, ID number or employer"))
        self.search.setObjectName("holderSearch")
        self.search.searched.connect(self.find)
        self.results = _people_list("holderResults")
        self.results.itemDoubleClicked.connect(lambda _item: self.add_selected())
        self.chosen = _people_list("holders")
        self.chosen.itemDoubleClicked.connect(lambda _item: self.remove_selected())
        add = QPushButton(self.tr("Add →"))
        add.setObjectName("addHolder")
        add.clicked.connect(self.add_selected)
        remove = QPushButton(self.tr("← Remove"))
        remove.setObjectName("removeHolder")
        remove.clicked.connect(self.remove_selected)
        self.count = QLabel()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search, 0, 0)
        grid.addWidget(self.count, 0, 2)
        grid.addWidget(self.results, 1, 0, 3, 1)
        grid.addWidget(add, 1, 1)
        grid.addWidget(remove, 2, 1)
        grid.addWidget(self.chosen, 1, 2, 3, 1)
        grid.setRowStretch(3, 1)
        self._show_count()

    def find(self) -> None:
        self.search.cancel_pending()
        found = feedback.attempt(self, lambda: trainees.list_trainees(
            self.ctx, TraineeQuery(search=self.search.text()), 0, RESULTS_SHOWN))
        if found is None:
            return
        self.results.clear()
        for row in found:
            self.results.addItem(_person_item(row))

    def add_selected(self) -> None:
        taken = set(self.holder_ids())
        for item in self.results.selectedItems():
            trainee_id = item.data(Qt.ItemDataRole.UserRole)
            if trainee_id not in taken:
                self.chosen.addItem(item.clone())
                taken.add(trainee_id)
        self._show_count()

    def add(self, row: TraineeRow) -> None:
        if row.id not in self.holder_ids():
            self.chosen.addItem(_person_item(row))
            self._show_count()

    def remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        self._show_count()

    def holder_ids(self) -> list[int]:
        return [self.chosen.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.chosen.count())]

    def _show_count(self) -> None:
        self.count.setText(self.tr("Holders: %1").replace("%1", str(self.chosen.count())))
        self.changed.emit()


def _people_list(name: str) -> QListWidget:
    people = QListWidget()
    people.setObjectName(name)
    people.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    people.setMinimumHeight(160)
    return people


def _person_item(row: TraineeRow) -> QListWidgetItem:
    words = [row.name, row.masked_id]
    if row.employer:
        words.append(row.employer)
    item = QListWidgetItem("  ".join(words))
    item.setData(Qt.ItemDataRole.UserRole, row.id)
    return item
