"""The annual 好师傅 nomination: every mentor of the year ranked by the configured score with
its breakdown; naming the chosen ones issues honour certificates and records the honour."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from desktop.domain.roles import Permission
from desktop.services import mentoring_outcomes, mentoring_settings
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.certificates.batch_issue import issue_batch
from desktop.ui.mentoring.labels import component_label
from desktop.ui.mentoring.models import NominationModel
from desktop.ui.widgets import row_table


class NominationTab(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = NominationModel(self)
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.year.valueChanged.connect(self.refresh)
        self.explanation = QLabel()
        self.explanation.setObjectName("scoreRule")
        self.explanation.setWordWrap(True)
        self.name_button = QPushButton(self.tr("Name the chosen 好师傅…"))
        self.name_button.setObjectName("name")
        self.name_button.clicked.connect(self.name_chosen)
        self.name_button.setVisible(ctx.actor is not None and ctx.actor.may(Permission.ISSUE_CERTIFICATES))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year:")))
        bar.addWidget(self.year)
        bar.addStretch(1)
        bar.addWidget(self.name_button)
        self.table = row_table("nominations", self.model, several=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        year = self.year.value()
        rules = feedback.attempt(self, lambda: mentoring_settings.mentoring_rules(self.ctx))
        rows = feedback.attempt(self, lambda: mentoring_outcomes.nominations(self.ctx, year))
        if rules is None or rows is None:
            return
        weights = rules.weights
        self.explanation.setText(self.tr(
            "Score = %1 × %2 + %3 × %4 + %5 × %6 + %7 × %8 / 100, counted on the outcomes of %9. Each column "
            "shows the count → its points. Choose mentors (Ctrl-click for several) and name them “%10”.")
            .replace("%10", rules.honour_title)
            .replace("%1", component_label("promoted")).replace("%2", str(weights.promoted))
            .replace("%3", component_label("prizes")).replace("%4", str(weights.prize))
            .replace("%5", component_label("completed")).replace("%6", str(weights.completed))
            .replace("%7", component_label("reviews")).replace("%8", str(weights.review))
            .replace("%9", str(year)))
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

    def chosen(self) -> list:
        return [self.model.rows[index.row()] for index in self.table.selectionModel().selectedRows()]

    def name_chosen(self) -> None:
        chosen = [row for row in self.chosen() if not row.named]
        year = self.year.value()
        if not chosen:
            feedback.inform(self, self.tr("Choose one or more mentors not yet named for %1.").replace("%1", str(year)))
            return
        names = "、".join(row.name for row in chosen)
        title = QCoreApplication.translate("NominationTab", "Name the %1 好师傅").replace("%1", str(year))
        issued = issue_batch(
            self, self.ctx, title,
            self.tr("%1 will be named, each receiving an honour certificate; the honour is recorded on the "
                    "person.").replace("%1", names),
            f"{year}年度好师傅荣誉证书.pdf", self.tr("Issuing honour certificates…"),
            lambda day, path, progress: mentoring_outcomes.name_mentors(
                self.ctx, year, [row.mentor_id for row in chosen], day, path, progress))
        if issued is not None:
            self.refresh()
