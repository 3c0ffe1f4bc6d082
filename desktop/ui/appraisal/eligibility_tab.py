"""Who is eligible for level N in occupation X today, with the route; the import of levels
people already hold; promotion by prize from a published competition event."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QLabel, QVBoxLayout, QWidget

from desktop.domain.levels import LEVEL_NAMES
from desktop.domain.roles import Permission
from desktop.services import appraisal_eligibility, appraisal_excel, appraisal_prizes, occupations
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.appraisal.models import EligibleTableModel
from desktop.ui.file_dialogs import ask_open_path
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import add_buttons, row_table


class EligibilityTab(QWidget):
    def __init__(self, ctx: ServiceContext):
        super().__init__()
        self.ctx = ctx
        self.occupation = QComboBox()
        self.occupation.setObjectName("occupation")
        self.level = QComboBox()
        self.level.setObjectName("level")
        for level, name in LEVEL_NAMES.items():
            self.level.addItem(name, level)
        self.model = EligibleTableModel(self)
        self.table = row_table("eligibleTable", self.model)
        self.count = QLabel()
        self.count.setObjectName("eligibleCount")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Occupation:")))
        bar.addWidget(self.occupation)
        bar.addWidget(QLabel(self.tr("Level:")))
        bar.addWidget(self.level)
        self.buttons = add_buttons(bar, [
            ("list", self.tr("Who is eligible today"), self.list_eligible),
            ("import", self.tr("Import levels held…"), self.import_levels),
            ("prize", self.tr("Promote prize winners…"), self.promote_by_prize),
        ])
        bar.addStretch(1)
        self.buttons["prize"].setEnabled(ctx.actor is not None and ctx.actor.may(Permission.MANAGE_APPRAISALS))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.count)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        chosen = self.occupation.currentData()
        self.occupation.clear()
        for row in occupations.list_occupations(self.ctx):
            self.occupation.addItem(f"{row.code or ''} {row.name}".strip(), row.name)
        if chosen:
            self.occupation.setCurrentIndex(max(self.occupation.findData(chosen), 0))

    def list_eligible(self) -> None:
        occupation = self.occupation.currentData()
        if not occupation:
            return
        rows = feedback.attempt(self, lambda: appraisal_eligibility.eligible_people(
            self.ctx, occupation, self.level.currentData()))
        if rows is None:
            return
        self.model.set_rows(rows)
        self.count.setText(self.tr("%1 people are eligible today.").replace("%1", str(len(rows))))

    def import_levels(self) -> None:
        path = ask_open_path(self, self.tr("Import levels held"), self.tr("Excel workbook (*.xlsx)"))
        if path is None:
            return
        report = feedback.attempt(self, lambda: appraisal_excel.import_levels(self.ctx, path))
        if report is None:
            return
        if report.errors:
            lines = [self.tr("Row %1: %2").replace("%1", str(e.row)).replace("%2", translate_message(e.message))
                     for e in report.errors[:20]]
            feedback.inform(self, self.tr("Nothing was imported:") + "\n" + "\n".join(lines))
            return
        feedback.inform(self, self.tr("%1 levels were imported.").replace("%1", str(report.imported)))

    def promote_by_prize(self) -> None:
        number, ok = QInputDialog.getInt(self, self.tr("Promote prize winners"),
                                         self.tr("Number (id) of the published competition event:"), 1, 1)
        if not ok:
            return
        planned = feedback.attempt(self, lambda: appraisal_prizes.preview_prize_promotions(self.ctx, number))
        if planned is None:
            return
        if not planned:
            feedback.inform(self, self.tr("The rules raise nobody's level in this event."))
            return
        names = "\n".join(f"{p.name} {p.prize} → {LEVEL_NAMES[p.level]}" for p in planned)
        if feedback.confirm(self, self.tr("Record these levels?") + "\n" + names):
            done = feedback.attempt(self, lambda: appraisal_prizes.apply_prize_promotions(self.ctx, number))
            if done is not None:
                feedback.inform(self, self.tr("%1 levels were recorded.").replace("%1", str(len(done))))
