"""Application start: Qt, language, font, crash handler, database, login, then the main window
or, for judges, the full-screen judge window."""
from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from desktop import __version__
from desktop.domain.errors import UserError
from desktop.logging_setup import configure_logging
from desktop.services import accounts, certificate_previews, database, demo
from desktop.domain.roles import Role
from desktop.services.context import Actor, ServiceContext, as_system
from desktop.services.trainees import TraineeQuery, count_trainees
from desktop.ui.background import run_with_progress
from desktop.ui.crash import install_crash_handler
from desktop.ui.fonts import use_bundled_cjk_font
from desktop.ui.i18n import choose_language, install_translators, translate_message
from desktop.ui.judging.judge_window import JudgeWindow
from desktop.ui.login import FirstAdminDialog, LoginDialog
from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def workstation_settings() -> QSettings:
    return QSettings(str(database.workstation_settings_file()), QSettings.Format.IniFormat)


def create_qt_application(language: str | None) -> tuple[QApplication, QSettings]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Skillbase")
    app.setApplicationVersion(__version__)
    use_bundled_cjk_font(app)
    settings = workstation_settings()
    install_translators(choose_language(language, settings))
    return app, settings


def run_application(url: str, language: str | None, demo_mode: bool = False, smoke: bool = False,
                    judge_mode: bool = False) -> int:
    """`judge_mode` (`skillbase judge`): whoever logs in gets the judge window."""
    log_file = configure_logging()
    app, settings = create_qt_application(language)
    if smoke:
        return _smoke(url)
    install_crash_handler(log_file)
    try:
        ctx = database.open_database(url)
    except UserError as error:
        QMessageBox.critical(None, "Skillbase", translate_message(error.message))
        return 1
    if demo_mode:
        _fill_demo_if_empty(ctx)
    demo_accounts = demo.DEMO_ACCOUNTS if demo_mode else ()
    if accounts.needs_first_admin(ctx):
        actor = FirstAdminDialog.ask(ctx)
    else:
        actor = LoginDialog.ask(ctx, demo_accounts)
    if actor is None:
        return 0
    workstation = Workstation(ctx, settings, database.describe(url), demo_accounts, judge_mode)
    workstation.open(actor)
    return app.exec()


def opens_judge_window(actor: Actor, judge_mode: bool = False) -> bool:
    """In judge mode everyone gets the judge window; otherwise an account whose only role is
    judge does (it has nothing else to do), everyone else the main window."""
    return judge_mode or set(actor.roles) == {Role.JUDGE.value}


def open_window(ctx: ServiceContext, actor: Actor, settings: QSettings, location: str,
                judge_mode: bool = False) -> QMainWindow:
    """The window for this account, shown: the judge window full-screen, else the main window."""
    acting = ctx.as_actor(actor)
    if opens_judge_window(actor, judge_mode):
        judge_window = JudgeWindow(acting)
        judge_window.showFullScreen()
        return judge_window
    window = MainWindow(acting, settings, location)
    window.show()
    return window


class Workstation:
    """Holds the open window; when a judge logs out, the login comes back for the next person
    (cancelled, the application ends as the judge window closes)."""

    def __init__(self, ctx: ServiceContext, settings: QSettings, location: str, demo_accounts: tuple = (),
                 judge_mode: bool = False):
        self.ctx, self.settings, self.location = ctx, settings, location
        self.demo_accounts, self.judge_mode = demo_accounts, judge_mode
        self.window: QMainWindow | None = None
        self.closing: QMainWindow | None = None

    def open(self, actor: Actor) -> QMainWindow:
        self.window = open_window(self.ctx, actor, self.settings, self.location, self.judge_mode)
        if isinstance(self.window, JudgeWindow):
            self.window.logged_out.connect(self.log_in_again)
        return self.window

    def log_in_again(self) -> None:
        actor = LoginDialog.ask(self.ctx, self.demo_accounts)
        if actor is None:
            return
        # The window logging out is closing inside its own button's handler: delete it later,
        # and hold it until then (dropping the last reference would delete it at once).
        self.closing = self.window
        self.closing.deleteLater()
        self.open(actor)


def _fill_demo_if_empty(ctx: ServiceContext) -> None:
    system = as_system(ctx)
    if count_trainees(system, TraineeQuery()) == 0:
        try:
            run_with_progress(None, QApplication.translate("App", "Creating demo data…"),
                              lambda progress: demo.fill_demo_data(system, progress=progress))
        except UserError as error:  # cancelled: the app opens on what there is
            QMessageBox.information(None, "Skillbase", translate_message(error.message))


def _smoke(url: str) -> int:
    """Bundle check: migrations run on a fresh database, Qt, fonts and translations load."""
    ctx = database.open_database(url)
    problems = database.database_problems(url)
    database.close_database(ctx)
    if problems:
        print("; ".join(problems), file=sys.stderr)
        return 1
    rendered = certificate_previews.preview_builtin_templates()
    print(f"Skillbase {__version__}: smoke test passed ({database.describe(url)}; "
          f"{rendered} certificate templates rendered)")
    return 0
