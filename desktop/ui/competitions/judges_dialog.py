"""The competition's judges (裁判): a label such as J1 that the sheets carry, the name, and
which one is the chief judge (裁判长)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import competitions
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.widgets import ErrorLabel, submit


class JudgesDialog(QDialog):
    def __init__(self, ctx: ServiceContext, competition_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.competition_id = ctx, competition_id
        self.added = 0
        self.setWindowTitle(self.tr("Judges"))
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("judges")
        self.table.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Name"), self.tr("Chief judge")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.label = QLineEdit()
        self.label.setObjectName("label")
        self.label.setPlaceholderText("J1")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.chief = QCheckBox(self.tr("Chief judge (裁判长)"))
        self.error = ErrorLabel()
        add = QPushButton(self.tr("Add or update judge"))
        add.setObjectName("addJudge")
        add.clicked.connect(self.add)
        form = QFormLayout()
        form.addRow(self.tr("Label:"), self.label)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow("", self.chief)
        form.addRow("", add)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.resize(460, 420)
        self.reload()

    def reload(self) -> None:
        judges = feedback.attempt(self, lambda: competitions.list_judges(self.ctx, self.competition_id)) or []
        self.table.setRowCount(len(judges))
        for row, (_id, label, name, chief) in enumerate(judges):
            for column, text in enumerate((label, name, self.tr("Yes") if chief else "")):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def add(self) -> None:
        if submit({}, self.error, lambda: competitions.add_judge(
                self.ctx, self.competition_id, self.label.text(), self.name.text(), self.chief.isChecked())) is None:
            return
        self.added += 1
        self.label.clear()
        self.name.clear()
        self.chief.setChecked(False)
        self.label.setFocus()
        self.reload()
