"""UI test helpers: answer a modal dialog while its exec() runs, and workstation settings."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop.ui.fonts import use_bundled_cjk_font


@pytest.fixture(autouse=True)
def _bundled_font(qapp):
    use_bundled_cjk_font(qapp)


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def when_dialog_opens(kind: type[QDialog], act: Callable[[QDialog], None], timeout_ms: int = 5000) -> list:
    """Run `act` on the first visible dialog of `kind` once it shows (e.g. inside exec())."""
    done: list = []
    timer = QTimer()
    timer.setInterval(20)
    waited = [0]

    def poll():
        waited[0] += 20
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                timer.stop()
                done.append(widget)
                act(widget)
                return
        if waited[0] > timeout_ms:
            timer.stop()

    timer.timeout.connect(poll)
    timer.start()
    done.append(timer)  # keep the timer alive as long as the caller holds the list
    return done
