"""Application start: smoke check, demo start, crash handler."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.cli import main
from desktop.services import demo
from desktop.ui import app as app_module
from desktop.ui.crash import install_crash_handler
from desktop.ui.main_window import MainWindow


def test_smoke_opens_a_fresh_database_and_exits_0(qapp, home, capsys):
    assert main(["--smoke"]) == 0
    assert "smoke test passed" in capsys.readouterr().out


def test_demo_start_fills_the_database_and_offers_the_demo_accounts(qapp, home, tmp_path, monkeypatch):
    offered = {}

    def log_in_as_staff(ctx, demo_accounts=(), parent=None):
        offered["accounts"] = demo_accounts
        from desktop.services import accounts

        return accounts.log_in(ctx, "staff", "demo-staff")

    windows = []
    monkeypatch.setattr(app_module.LoginDialog, "ask", staticmethod(log_in_as_staff))
    monkeypatch.setattr(MainWindow, "show", lambda self: windows.append(self))
    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert main(["--demo", "--db", url, "--lang", "en"]) == 0
    assert offered["accounts"] == demo.DEMO_ACCOUNTS
    window = windows[0]
    window.show_page("trainees")
    page = window.pages["trainees"]
    assert 250 < page.model.total < 300  # a few of the 300 demo trainees are archived
    assert str(tmp_path / "demo.sqlite3") in window.database_label.text()
    window.deleteLater()


def test_a_database_newer_than_the_app_is_refused_with_a_message(qapp, home, tmp_path, monkeypatch):
    import sqlite3

    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    assert main(["db", "upgrade", "--db", url]) == 0
    with sqlite3.connect(tmp_path / "new.sqlite3") as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    connection.close()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert main(["--db", url, "--lang", "en"]) == 1
    assert "newer Skillbase" in shown[0] and "left untouched" in shown[0]


def test_the_crash_handler_logs_and_explains(qapp, tmp_path, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    previous = sys.excepthook
    install_crash_handler(tmp_path / "skillbase.log")
    try:
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert "safe" in shown[0] and str(tmp_path / "skillbase.log") in shown[0]
    assert "RuntimeError: boom" in caplog.text
