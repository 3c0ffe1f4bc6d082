"""The Appraisal page: batches (with their score grid) and eligibility as tabs."""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.services.context import ServiceContext
from desktop.ui.appraisal.batches_tab import BatchesTab
from desktop.ui.appraisal.eligibility_tab import EligibilityTab


class AppraisalPage(QWidget):
    def __init__(self, ctx: ServiceContext):
        super().__init__()
        self.batches = BatchesTab(ctx)
        self.eligibility = EligibilityTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("appraisalTabs")
        self.tabs.addTab(self.batches, self.tr("Batches"))
        self.tabs.addTab(self.eligibility, self.tr("Eligibility"))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        self._tab_shown(self.tabs.currentIndex())

    def show_view(self, view: str) -> None:
        """"waiting": the batches waiting for scores or approval (the home page's task)."""
        self.tabs.setCurrentWidget(self.batches)

    def _tab_shown(self, _index: int) -> None:
        self.tabs.currentWidget().refresh()
