"""The Mentoring page: agreements, the mentor register and the 好师傅 nomination as tabs."""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.services.context import ServiceContext
from desktop.ui.mentoring.agreements_tab import AgreementsTab
from desktop.ui.mentoring.mentors_tab import MentorsTab
from desktop.ui.mentoring.nomination_tab import NominationTab


class MentoringPage(QWidget):
    def __init__(self, ctx: ServiceContext):
        super().__init__()
        self.agreements = AgreementsTab(ctx)
        self.mentors = MentorsTab(ctx)
        self.nomination = NominationTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mentoringTabs")
        self.tabs.addTab(self.agreements, self.tr("Agreements"))
        self.tabs.addTab(self.mentors, self.tr("Mentors"))
        self.tabs.addTab(self.nomination, self.tr("好师傅 nomination"))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        """Called by the main window each time the page shows: the visible tab reads afresh."""
        self._tab_shown(self.tabs.currentIndex())

    def show_view(self, view: str) -> None:
        """"ending": the agreements ending within 30 days (the home page's task)."""
        if view == "ending":
            self.tabs.setCurrentWidget(self.agreements)
            self.agreements.show_ending_soon()

    def _tab_shown(self, _index: int) -> None:
        self.tabs.currentWidget().refresh()
