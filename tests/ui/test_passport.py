"""The skills passport opened from the trainee list, and saved as a PDF."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget

from db.models import Attendance
from desktop.services import classes, occupations, signups, trainees
from desktop.services.classes import ClassInput, SessionInput
from desktop.services.occupations import OccupationInput
from desktop.services.trainees import TraineeInput
from desktop.ui.main_window import MainWindow
from desktop.ui.trainees.passport_dialog import PassportDialog
from tests.conftest import make_user

NOW = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _trainee_with_one_class(staff) -> None:
    occupations.create_occupation(staff, OccupationInput("焊工", "6-18-02-04"))
    zhang = trainees.create_trainee(staff, TraineeInput(name="张三", id_number="350582197501011239")).id
    course = classes.create_class(staff, ClassInput(
        "焊工（初级）培训班", "焊工", 5, 10, NOW - dt.timedelta(hours=1), NOW + dt.timedelta(days=7),
        sessions=[SessionInput(dt.date(2026, 3, 2), dt.time(9), 150)]))
    enrolment = signups.sign_up(staff, course, zhang).id
    session_id = classes.get_class(staff, course).session_ids[0]
    with staff.session_factory() as session, session.begin():  # no attendance service yet
        session.add(Attendance(session_id=session_id, enrolment_id=enrolment, status="present"))


def _open_passport(qtbot, ctx, settings) -> PassportDialog:
    staff = make_user(ctx, "clerk", {"staff"})
    _trainee_with_one_class(staff)
    window = MainWindow(staff, settings, "test.sqlite3")
    qtbot.addWidget(window)
    window.show()
    window.show_page("trainees")
    page = window.pages["trainees"]
    button = page.findChild(QPushButton, "passport")
    assert not button.isEnabled()  # nobody chosen yet
    page.table.selectRow(0)
    assert button.isEnabled()
    button.click()
    dialog = page.findChild(PassportDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_passport_shows_the_trainees_class_and_hours(qtbot, ctx, settings):
    dialog = _open_passport(qtbot, ctx, settings)
    assert "张三" in dialog.windowTitle()
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    assert "350***********1239" in shown and "350582197501011239" not in shown
    table = dialog.findChild(QTableWidget, "classesTable")
    assert table.rowCount() == 1
    assert [table.item(0, column).text() for column in (0, 1, 3, 4, 6)] == [
        f"PX{dt.date.today().year}-001", "焊工（初级）培训班", "五级/初级工", "2026-03-02", "2.5"]
    hours = dialog.findChild(QTableWidget, "hoursTable")
    assert [hours.item(row, 1).text() for row in range(hours.rowCount())] == ["2.5", "2.5"]  # 焊工, total


def test_save_as_pdf_writes_the_file_or_says_why_not(qtbot, ctx, settings, tmp_path, monkeypatch):
    dialog = _open_passport(qtbot, ctx, settings)
    target = tmp_path / "张三技能护照.pdf"
    monkeypatch.setattr("desktop.ui.trainees.passport_dialog.ask_save_path", lambda *_args: target)
    dialog.findChild(QPushButton, "savePdf").click()
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in dialog.findChild(QLabel, "status").text()

    monkeypatch.setattr("desktop.ui.trainees.passport_dialog.ask_save_path",
                        lambda *_args: tmp_path / "missing" / "x.pdf")
    dialog.findChild(QPushButton, "savePdf").click()
    error = dialog.findChild(QLabel, "error")
    assert error.isVisible() and "Cannot write" in error.text()
    assert dialog.findChild(QLabel, "status").text() == ""
