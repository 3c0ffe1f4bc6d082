"""The competition's judges (裁判): a label such as J1 that the sheets carry, the name, the
account the judge logs in with at the venue, where they work and which team they came with
(never given those contestants' sheets), and which one is the chief judge (裁判长)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import competition_panel, employers
from desktop.services.competition_panel import JudgeInput, JudgeRecord
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.widgets import ErrorLabel, submit


class JudgesDialog(QDialog):
    def __init__(self, ctx: ServiceContext, competition_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.competition_id = ctx, competition_id
        self.added = 0
        self.records: list[JudgeRecord] = []
        self.setWindowTitle(self.tr("Judges"))
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("judges")
        self.table.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Name"), self.tr("Account"),
                                              self.tr("Employer"), self.tr("Team"), self.tr("Chief judge")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._picked)
        self.label = QLineEdit()
        self.label.setObjectName("label")
        self.label.setPlaceholderText("J1")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.account = QComboBox()
        self.account.setObjectName("account")
        self.employer = QComboBox()
        self.employer.setObjectName("employer")
        self.employer.setEditable(True)
        self.team = QComboBox()
        self.team.setObjectName("team")
        self.team.setEditable(True)
        self.chief = QCheckBox(self.tr("Chief judge (裁判长)"))
        self.error = ErrorLabel()
        add = QPushButton(self.tr("Add or update judge"))
        add.setObjectName("addJudge")
        add.clicked.connect(self.add)
        hint = QLabel(self.tr("A judge is never given the sheets of contestants from their employer or team. "
                              "Judges who mark on their own workstation need an account with the judge role."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555;")
        form = QFormLayout()
        form.addRow(self.tr("Label:"), self.label)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Account:"), self.account)
        form.addRow(self.tr("Employer:"), self.employer)
        form.addRow(self.tr("Team:"), self.team)
        form.addRow("", self.chief)
        form.addRow("", add)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.resize(720, 520)
        self._fill_choices()
        self.reload()

    def _fill_choices(self) -> None:
        self.account.addItem(self.tr("(no account: marks typed in by staff)"), None)
        for user_id, text in feedback.attempt(self, lambda: competition_panel.judge_accounts(self.ctx)) or []:
            self.account.addItem(text, user_id)
        self.employer.addItem("")
        self.employer.addItems([e.name for e in feedback.attempt(self, lambda: employers.list_employers(self.ctx)) or []])
        self.team.addItem("")
        self.team.addItems(feedback.attempt(
            self, lambda: competition_panel.team_names(self.ctx, self.competition_id)) or [])

    def reload(self) -> None:
        self.records = feedback.attempt(
            self, lambda: competition_panel.list_judge_records(self.ctx, self.competition_id)) or []
        self.table.setRowCount(len(self.records))
        for row, judge in enumerate(self.records):
            for column, text in enumerate((judge.label, judge.name, judge.username, judge.employer, judge.team,
                                           self.tr("Yes") if judge.chief else "")):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _picked(self) -> None:
        """A judge chosen in the table fills the form, to be changed and saved again."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        judge = self.records[rows[0].row()]
        self.label.setText(judge.label)
        self.name.setText(judge.name)
        self.account.setCurrentIndex(max(self.account.findData(judge.user_id), 0))
        self.employer.setCurrentText(judge.employer)
        self.team.setCurrentText(judge.team)
        self.chief.setChecked(judge.chief)

    def add(self) -> None:
        data = JudgeInput(self.label.text(), self.name.text(), self.account.currentData(),
                          self.employer.currentText(), self.team.currentText(), self.chief.isChecked())
        if submit({}, self.error, lambda: competition_panel.save_judge(self.ctx, self.competition_id, data)) is None:
            return
        self.added += 1
        for field in (self.label, self.name):
            field.clear()
        self.account.setCurrentIndex(0)
        self.employer.setCurrentText("")
        self.team.setCurrentText("")
        self.chief.setChecked(False)
        self.label.setFocus()
        self.reload()
