"""Application start: Qt, language, font, crash handler, database, login, main window."""
from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.domain.errors import UserError
from desktop.logging_setup import configure_logging
from desktop.services import accounts, certificate_previews, database, demo
from desktop.services.context import ServiceContext, as_system
from desktop.services.trainees import TraineeQuery, count_trainees
from desktop.ui.background import run_with_progress
from desktop.ui.crash import install_crash_handler
from desktop.ui.fonts import use_bundled_cjk_font
from desktop.ui.i18n import choose_language, install_translators, translate_message
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


def run_application(url: str, language: str | None, demo_mode: bool = False, smoke: bool = False) -> int:
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
    if accounts.needs_first_admin(ctx):
        actor = FirstAdminDialog.ask(ctx)
    else:
        actor = LoginDialog.ask(ctx, demo.DEMO_ACCOUNTS if demo_mode else ())
    if actor is None:
        return 0
    window = MainWindow(ctx.as_actor(actor), settings, database.describe(url))
    window.show()
    return app.exec()


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
