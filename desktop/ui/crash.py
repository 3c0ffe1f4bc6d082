"""The one place programming errors go: logged whole, shown briefly, the work already saved kept."""
from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.domain.errors import UserError
from desktop.ui.feedback import show_user_error

log = logging.getLogger("skillbase.crash")


def install_crash_handler(log_file: Path) -> None:
    def handle(kind, value, tb):
        if isinstance(value, UserError):  # a user mistake that slipped past a page: just say it
            show_user_error(QApplication.activeWindow(), value)
            return
        log.critical("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        box = QMessageBox(QMessageBox.Icon.Critical,
                          QCoreApplication.translate("Crash", "Skillbase — unexpected error"),
                          QCoreApplication.translate(
                              "Crash", "Something went wrong that Skillbase did not expect. Everything "
                              "you saved before is safe in the database; the action you were doing may "
                              "not have been saved.\n\nThe details are in the log file:\n%1")
                          .replace("%1", str(log_file)))
        box.setDetailedText("".join(traceback.format_exception_only(kind, value)))
        box.exec()

    sys.excepthook = handle
