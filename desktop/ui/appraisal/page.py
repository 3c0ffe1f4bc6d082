"""The Appraisal page: batches (with their score grid) and eligibility as tabs; administrators
also reach the standards and the promotion-by-prize rules ("Standards…")."""
from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.domain.roles import Permission
from desktop.services.context import ServiceContext
from desktop.ui.appraisal.batches_tab import BatchesTab
from desktop.ui.appraisal.eligibility_tab import EligibilityTab
from desktop.ui.appraisal.standards_dialog import StandardsDialog


class AppraisalPage(QWidget):
    def __init__(self, ctx: ServiceContext):
        super().__init__()
        self.ctx = ctx
        self.batches = BatchesTab(ctx)
        self.eligibility = EligibilityTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("appraisalTabs")
        self.tabs.addTab(self.batches, self.tr("Batches"))
        self.tabs.addTab(self.eligibility, self.tr("Eligibility"))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.standards = QPushButton(self.tr("Standards…"))
        self.standards.setObjectName("standards")
        self.standards.setToolTip(self.tr("The eligibility routes of each level and the promotion-by-prize rules"))
        self.standards.clicked.connect(self.edit_standards)
        self.standards.setVisible(ctx.actor is not None and ctx.actor.may(Permission.CONFIGURE_APPRAISAL))
        self.tabs.setCornerWidget(self.standards)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        self._tab_shown(self.tabs.currentIndex())

    def show_view(self, view: str) -> None:
        """"waiting": the batches waiting for scores or approval (the home page's task)."""
        self.tabs.setCurrentWidget(self.batches)

    def edit_standards(self) -> None:
        StandardsDialog.edit(self.ctx, self)
        self.refresh()  # eligibility answers follow the standards

    def _tab_shown(self, _index: int) -> None:
        self.tabs.currentWidget().refresh()
