"""Planning an appraisal batch: occupation, level, dates, venue, examiners, capacity, pass marks."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.levels import LEVEL_NAMES
from desktop.services.appraisal_batches import BatchInput
from desktop.services.occupations import OccupationRow


class BatchDialog(QDialog):
    def __init__(self, occupations: list[OccupationRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New appraisal batch"))
        self.occupation = QComboBox()
        self.occupation.setObjectName("occupation")
        for row in occupations:
            self.occupation.addItem(f"{row.code or ''} {row.name}".strip(), row.name)
        self.level = QComboBox()
        self.level.setObjectName("level")
        for level, name in LEVEL_NAMES.items():
            self.level.addItem(name, level)
        self.exam_on = self._date("exam_on")
        self.practical_on = self._date("practical_on")
        self.venue = QLineEdit()
        self.venue.setObjectName("venue")
        self.examiners = QLineEdit()
        self.examiners.setObjectName("examiners")
        self.examiners.setPlaceholderText(self.tr("Names separated by 、"))
        self.capacity = QSpinBox()
        self.capacity.setObjectName("capacity")
        self.capacity.setRange(1, 1000)
        self.capacity.setValue(30)
        self.marks = {}
        form = QFormLayout()
        form.addRow(self.tr("Occupation:"), self.occupation)
        form.addRow(self.tr("Level:"), self.level)
        form.addRow(self.tr("Theory exam on:"), self.exam_on)
        form.addRow(self.tr("Practical assessment on:"), self.practical_on)
        form.addRow(self.tr("Venue:"), self.venue)
        form.addRow(self.tr("Examiners (考评员):"), self.examiners)
        form.addRow(self.tr("Capacity:"), self.capacity)
        for part, label in (("theory", self.tr("Theory pass mark:")), ("practical", self.tr("Practical pass mark:")),
                            ("review", self.tr("Review pass mark (levels 2 and 1):"))):
            box = QDoubleSpinBox()
            box.setObjectName(f"pass_{part}")
            box.setRange(0, 100)
            box.setDecimals(1)
            box.setValue(60)
            self.marks[part] = box
            form.addRow(label, box)
        self.double_entry = QCheckBox(self.tr("Enter every paper sheet twice (two different staff)"))
        self.double_entry.setObjectName("double_entry")
        form.addRow("", self.double_entry)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit(QDate.currentDate())
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def batch_input(self) -> BatchInput:
        return BatchInput(self.occupation.currentData() or "", self.level.currentData(),
                          self.exam_on.date().toPython(), self.practical_on.date().toPython(), self.venue.text(),
                          self.examiners.text(), self.capacity.value(),
                          *(round(self.marks[p].value() * 10) for p in ("theory", "practical", "review")),
                          self.double_entry.isChecked())

    @classmethod
    def ask(cls, occupations: list[OccupationRow], parent: QWidget | None = None) -> BatchInput | None:
        dialog = cls(occupations, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.batch_input()
