"""Home: today's tasks (each opens the page that deals with it) and key figures."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import dashboard
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.background import run_with_progress
from desktop.ui.i18n import translate_message


class HomePage(QWidget):
    def __init__(self, ctx: ServiceContext, open_page: Callable[[str], None]):
        super().__init__()
        self.ctx = ctx
        self.open_page = open_page
        greeting = QLabel(self.tr("Welcome, %1").replace("%1", ctx.actor.display_name))
        greeting.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.figures = QGridLayout()
        figures_box = QFrame()
        figures_box.setLayout(self.figures)
        self.tasks = QListWidget()
        self.tasks.setObjectName("tasks")
        self.tasks.itemActivated.connect(self._open_task)
        self.tasks.itemClicked.connect(self._open_task)
        layout = QVBoxLayout(self)
        layout.addWidget(greeting)
        layout.addWidget(figures_box)
        layout.addWidget(QLabel(self.tr("Today's tasks")))
        layout.addWidget(self.tasks, 1)

    def refresh(self) -> None:
        # Off the GUI thread: at city scale the year's figures take most of a second.
        home = feedback.attempt(self, lambda: run_with_progress(
            self, self.tr("Counting…"), lambda _progress: dashboard.home(self.ctx)))
        if home is None:
            return
        while self.figures.count():
            self.figures.takeAt(0).widget().deleteLater()
        per_row = 5
        for number, figure in enumerate(home.figures):
            row, column = 2 * (number // per_row), number % per_row
            value = QPushButton(_figure_text(figure.value))
            value.setObjectName(f"figure_{figure.key}" if figure.key else "figure")
            value.setFlat(True)
            value.setCursor(Qt.CursorShape.PointingHandCursor)
            value.setToolTip(self.tr("Open the list behind this figure"))
            value.setStyleSheet("QPushButton { font-size: 20pt; font-weight: bold; color: #1f4e79; border: none; }"
                                "QPushButton:hover { text-decoration: underline; }")
            value.setProperty("page", figure.page)
            value.clicked.connect(self._open_figure)
            label = QLabel(translate_message(figure.label))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            self.figures.addWidget(value, row, column)
            self.figures.addWidget(label, row + 1, column)
        self.tasks.clear()
        for task in home.tasks:
            item = QListWidgetItem(translate_message(task.text))
            item.setData(Qt.ItemDataRole.UserRole, task.page)
            self.tasks.addItem(item)
        if not home.tasks:
            self.tasks.addItem(QListWidgetItem(self.tr("Nothing needs your attention today.")))

    def _open_figure(self) -> None:
        page = self.sender().property("page")
        if page:
            self.open_page(page)

    def _open_task(self, item: QListWidgetItem) -> None:
        page = item.data(Qt.ItemDataRole.UserRole)
        if page:
            self.open_page(page)


def _figure_text(value: int | float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:,.1f}"
