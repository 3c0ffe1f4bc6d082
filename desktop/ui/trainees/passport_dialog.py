"""The skills passport (技能护照) of one trainee on screen, read-only, with "Save as PDF…"."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.domain.training import hours_text
from desktop.services import passport as passports
from desktop.services.context import ServiceContext
from desktop.services.passport import Passport
from desktop.ui import feedback
from desktop.ui.background import run_with_progress
from desktop.ui.certificates.labels import kind_label, status_label
from desktop.ui.file_dialogs import ask_save_path
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import ErrorLabel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PassportDialog(QDialog):
    def __init__(self, ctx: ServiceContext, data: Passport, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.data = data
        self.setObjectName("passportDialog")
        self.setWindowTitle(self.tr("Skills passport: %1").replace("%1", data.name))
        self.resize(900, 640)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sections")
        self._add_sections()
        self.error = ErrorLabel()
        self.error.setObjectName("error")
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("savePdf")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_pdf)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("close")
        close.clicked.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.save_button)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(self._particulars())
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addLayout(actions)

    @classmethod
    def open_for(cls, ctx: ServiceContext, trainee_id: int, parent: QWidget | None = None) -> PassportDialog | None:
        """Show the trainee's passport (window-modal, not blocking); None when it could not be read."""
        data = feedback.attempt(parent, lambda: passports.passport(ctx, trainee_id))
        if data is None:
            return None
        dialog = cls(ctx, data, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _particulars(self) -> QGridLayout:
        d = self.data
        none = self.tr("none")
        pairs = [
            (self.tr("Name"), self.tr("%1 (archived)").replace("%1", d.name) if d.archived else d.name),
            (self.tr("Gender"), d.gender),
            (self.tr("ID number"), d.masked_id_number),
            (self.tr("County"), d.county),
            (self.tr("Employer"), d.employer),
            (self.tr("Occupations"), "、".join(d.occupations) or none),
            (self.tr("Honours"), "、".join(d.honours) or none),
            (self.tr("Credited hours"), hours_text(d.total_minutes)),
        ]
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for index, (label, value) in enumerate(pairs):
            row, column = divmod(index, 2)
            shown = QLabel(value or "—")
            shown.setObjectName(f"particular{index}")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            grid.addWidget(QLabel(label), row, column * 2)
            grid.addWidget(shown, row, column * 2 + 1)
        return grid

    def _add_sections(self) -> None:
        d = self.data
        statuses = {"enrolled": self.tr("Enrolled"), "completed": self.tr("Completed"),
                    "withdrawn": self.tr("Withdrawn"), "waiting": self.tr("Waiting"),
                    "cancelled": self.tr("Class cancelled")}
        self._add_table(
            "classes", self.tr("Training (%1)").replace("%1", str(len(d.classes))),
            [self.tr("Code"), self.tr("Class"), self.tr("Occupation"), self.tr("Level"), self.tr("Dates"),
             self.tr("Status"), self.tr("Hours")],
            [[c.code, c.title, c.occupation, c.level_name, _dates(c.first_session_on, c.last_session_on),
              statuses.get(c.status, c.status), hours_text(c.credited_minutes)] for c in d.classes],
            stretch=1, numeric=(6,))
        total = [[self.tr("Total"), hours_text(d.total_minutes)]] if d.hours else []
        self._add_table(
            "hours", self.tr("Hours by occupation"), [self.tr("Occupation"), self.tr("Hours")],
            [[h.occupation, hours_text(h.minutes)] for h in d.hours] + total, stretch=0, numeric=(1,))
        self._add_table(
            "levels", self.tr("Skill levels (%1)").replace("%1", str(len(d.levels))),
            [self.tr("Occupation"), self.tr("Level"), self.tr("Certificate number"), self.tr("Issued on")],
            [[e.occupation, e.level_name, e.number, e.issue_date.isoformat()] for e in d.levels], stretch=0)
        self._add_table(
            "certificates", self.tr("Certificates (%1)").replace("%1", str(len(d.certificates))),
            [self.tr("Kind"), self.tr("Number"), self.tr("Detail"), self.tr("Issued on"), self.tr("Status")],
            [[kind_label(c.kind), c.number, c.detail, c.issue_date.isoformat(), status_label(c.status)]
             for c in d.certificates], stretch=2)

    def _add_table(self, name: str, title: str, headers: list[str], rows: list[list[str]], stretch: int,
                   numeric: tuple[int, ...] = ()) -> None:
        table = QTableWidget(len(rows), len(headers))
        table.setObjectName(f"{name}Table")
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in numeric:
                    item.setTextAlignment(RIGHT)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)  # the longest text gets the room
        self.tabs.addTab(table, title)

    def save_pdf(self) -> None:
        path = ask_save_path(self, self.tr("Save skills passport"), f"{self.data.name}技能护照.pdf",
                             self.tr("PDF (*.pdf)"))
        if path is None:
            return
        self.error.clear_message()
        trainee_id = self.data.trainee_id
        try:
            run_with_progress(self, self.tr("Writing the PDF…"),
                              lambda _progress: passports.save_passport_pdf(self.ctx, trainee_id, path))
        except UserError as error:
            self.status.clear()
            self.error.show_message(translate_message(error.message))
            return
        self.status.setText(self.tr("Saved to %1.").replace("%1", str(path)))


def _dates(first: dt.date | None, last: dt.date | None) -> str:
    if first is None:
        return ""
    return first.isoformat() if first == last else f"{first.isoformat()} – {last.isoformat()}"
