"""The main window: navigation to the areas that work, a status bar, menus."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QHBoxLayout,
    QStackedWidget,
    QWidget,
)

from desktop import __version__
from desktop.domain.roles import ROLE_LABELS, Permission, Role
from desktop.services import database
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.audit_page import AuditPage
from desktop.ui.certificates.page import CertificatesPage
from desktop.ui.certificates.verify_dialog import VerifyPage
from desktop.ui.file_dialogs import ask_save_path
from desktop.ui.employers_page import EmployersPage
from desktop.ui.occupations_page import OccupationsPage
from desktop.ui.home_page import HomePage
from desktop.ui.i18n import translate_message
from desktop.ui.preferences import PasswordChangeDialog, PreferencesDialog
from desktop.ui.trainees.page import TraineesPage
from desktop.ui.competitions.page import build_competitions_page
from desktop.ui.training.classes_page import build_classes_page
from desktop.ui.appraisal.page import AppraisalPage
from desktop.ui.mentoring.page import MentoringPage
from desktop.ui.statistics.page import StatisticsPage
from desktop.ui.users_page import UsersPage
from desktop.domain.messages import message


class MainWindow(QMainWindow):
    def __init__(self, ctx: ServiceContext, settings: QSettings, location: str):
        super().__init__()
        self.ctx = ctx
        self.settings = settings
        self.setWindowTitle(self.tr("Skillbase — skills-training base management"))
        self.resize(1280, 800)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(170)
        self.navigation.setStyleSheet(
            "QListWidget { font-size: 12pt; border: none; background: #f3f5f8; }"
            "QListWidget::item { padding: 8px 12px; }"
            "QListWidget::item:selected { background: #1f4e79; color: white; }")
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for page_id, title, page in self._pages_for_actor():
            self._add_page(page_id, title, page)
        self.navigation.currentRowChanged.connect(self._show_row)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        actor = ctx.actor
        roles = "、".join(translate_message(message(ROLE_LABELS[Role(r)])) for r in sorted(actor.roles))
        self.database_label = QLabel(self.tr("Database: %1").replace("%1", location))
        self.user_label = QLabel(self.tr("User: %1 (%2)").replace("%1", actor.display_name).replace("%2", roles))
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)
        self.navigation.setCurrentRow(0)

    def _pages_for_actor(self):
        actor = self.ctx.actor
        pages = [("home", self.tr("Home"), lambda: HomePage(self.ctx, self.show_page))]
        if actor.may(Permission.READ_REGISTRY):
            pages += [("trainees", self.tr("Trainees"), lambda: TraineesPage(self.ctx)),
                      ("employers", self.tr("Employers"), lambda: EmployersPage(self.ctx)),
                      ("occupations", self.tr("Occupations"), lambda: OccupationsPage(self.ctx)),
                      ("classes", self.tr("Classes"), lambda: build_classes_page(self.ctx)),
                      ("mentoring", self.tr("Mentoring"), lambda: MentoringPage(self.ctx)),
                      ("appraisal", self.tr("Appraisal"), lambda: AppraisalPage(self.ctx)),
                      ("competitions", self.tr("Competitions"), lambda: build_competitions_page(self.ctx))]
        if actor.may(Permission.ISSUE_CERTIFICATES):
            pages.append(("certificates", self.tr("Certificates"), lambda: CertificatesPage(self.ctx, self.settings)))
        if actor.may(Permission.READ_REGISTRY):
            pages.append(("statistics", self.tr("Statistics"), lambda: StatisticsPage(self.ctx)))
        if actor.may(Permission.VERIFY_CERTIFICATES):
            pages.append(("verify", self.tr("Verify certificate"), lambda: VerifyPage(self.ctx)))
        if actor.may(Permission.MANAGE_USERS):
            pages.append(("users", self.tr("Users"), lambda: UsersPage(self.ctx)))
        if actor.may(Permission.READ_AUDIT):
            pages.append(("audit", self.tr("Audit log"), lambda: AuditPage(self.ctx)))
        return [(page_id, title, build()) for page_id, title, build in pages]

    def _add_page(self, page_id: str, title: str, page: QWidget) -> None:
        page.setObjectName(f"page_{page_id}")
        self.pages[page_id] = page
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, page_id)
        self.navigation.addItem(item)
        self.stack.addWidget(page)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        page = self.stack.widget(row)
        self.stack.setCurrentIndex(row)
        refresh = getattr(page, "refresh", None)
        if refresh is not None:
            refresh()

    def show_page(self, page_id: str) -> None:
        """Switch to a page by id (the home page's tasks link here); "page:view" also asks the
        page to show that view (e.g. "mentoring:ending", the agreements ending soon)."""
        page_id, _, view = page_id.partition(":")
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == page_id:
                self.navigation.setCurrentRow(row)
                show_view = getattr(self.pages[page_id], "show_view", None)
                if view and show_view is not None:
                    show_view(view)
                return

    def current_page_id(self) -> str:
        return self.navigation.currentItem().data(Qt.ItemDataRole.UserRole)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        if self.ctx.actor.may(Permission.MAINTAIN_DATABASE):
            backup = QAction(self.tr("&Back up database…"), self)
            backup.triggered.connect(self.back_up)
            file_menu.addAction(backup)
        password = QAction(self.tr("Change &password…"), self)
        password.triggered.connect(lambda: PasswordChangeDialog.ask(self.ctx, self))
        file_menu.addAction(password)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        preferences = QAction(self.tr("&Preferences…"), self)
        preferences.triggered.connect(lambda: PreferencesDialog.ask(self.settings, self))
        settings_menu.addAction(preferences)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Skillbase"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def back_up(self) -> None:
        path = ask_save_path(self, self.tr("Back up database"), "skillbase-backup.sqlite3",
                             self.tr("SQLite database (*.sqlite3)"))
        if path is None:
            return
        saved = feedback.attempt(self, lambda: database.backup_database(self.ctx, path))
        if saved is not None:
            feedback.inform(self, self.tr("The database was backed up to %1.").replace("%1", str(saved)))

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Skillbase"), self.tr(
            "<h3>Skillbase %1</h3><p>匠心实训基地管理系统 — the desktop application of a skills-training "
            "base: trainees, training, mentoring, skill-level appraisal and competitions.</p>"
            "<p>Chinese text uses the bundled WenQuanYi Micro Hei font (Apache License 2.0).</p>")
            .replace("%1", __version__))

