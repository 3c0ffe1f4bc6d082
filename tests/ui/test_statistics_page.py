"""The Statistics page and the home page's tasks and figures, driven through the main window."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QBarSeries, QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.services import signups, statistics
from desktop.services.statistics import Period
from desktop.ui import feedback
from desktop.ui.main_window import MainWindow
from desktop.ui.statistics import page as statistics_page
from desktop.ui.statistics.table_model import StatTableModel
from tests.conftest import make_user
from tests.services.training_helpers import people, running_class


@pytest.fixture
def window(qtbot, ctx, settings):
    user = make_user(ctx, "clerk", {"staff"})
    win = MainWindow(user, settings, "test.sqlite3")
    qtbot.addWidget(win)
    win.show()
    return user, win


def test_home_lists_waiting_lists_and_a_figure_opens_its_list(qtbot, window):
    user, win = window
    class_id = running_class(user, capacity=1, sessions_before_today=0, sessions_after_today=2)
    for trainee_id in people(user, 3):
        signups.sign_up(user, class_id, trainee_id)
    home = win.pages["home"]
    home.refresh()
    texts = [home.tasks.item(i).text() for i in range(home.tasks.count())]
    waiting = next(i for i, t in enumerate(texts) if "waiting lists" in t)
    assert texts[waiting].startswith("2 trainee(s) on the waiting lists of 1 class(es)")
    home.tasks.itemClicked.emit(home.tasks.item(waiting))
    assert win.current_page_id() == "classes"
    win.show_page("home")
    qtbot.mouseClick(home.findChild(QPushButton, "figure_trainings"), Qt.MouseButton.LeftButton)
    assert win.current_page_id() == "classes"


def test_statistics_follow_the_period_and_grouping_and_export(qtbot, window, tmp_path, monkeypatch):
    user, win = window
    class_id = running_class(user, capacity=5, sessions_before_today=2)
    for trainee_id in people(user, 3):
        signups.sign_up(user, class_id, trainee_id)
    win.show_page("statistics")
    page = win.pages["statistics"]
    assert page.heading.text().startswith(f"{dt.date.today().year}-01-01 to")
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Trainees", "Training", "Mentoring", "Appraisal", "Competitions", "Certificates"]
    page.tabs.setCurrentIndex(1)
    tab = page.tabs.widget(1)
    view = tab.findChild(object, "table_training")
    model = view.model()
    assert isinstance(model, StatTableModel)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "County"
    total_row = model.rowCount() - 1
    assert model.index(total_row, 0).data() == "Total" and model.index(total_row, 2).data() == "3"
    assert isinstance(tab.chart_view.chart().series()[0], QBarSeries)

    page.grouping.setCurrentIndex(page.grouping.findData("month"))
    tab = page.tabs.currentWidget()
    assert isinstance(tab.chart_view.chart().series()[0], QLineSeries)
    assert "month" in page.heading.text()

    page.period_kind.setCurrentIndex(statistics_page.CUSTOM)
    page.start.setDate(dt.date(2001, 1, 1))
    page.end.setDate(dt.date(2001, 12, 31))
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert page.stats.period == Period(dt.date(2001, 1, 1), dt.date(2001, 12, 31))
    assert all(v == 0 for t in page.stats.tables() for v in t.total)

    target = tmp_path / "stats.xlsx"
    monkeypatch.setattr(statistics_page, "ask_save_path", lambda *args: target)
    told = []
    monkeypatch.setattr(feedback, "inform", lambda _parent, text: told.append(text))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert told and load_workbook(target).sheetnames[:2] == ["职工登记情况", "职工技能培训"]


def test_a_bad_custom_range_is_said(qtbot, window, monkeypatch):
    _user, win = window
    win.show_page("statistics")
    page = win.pages["statistics"]
    shown = []
    monkeypatch.setattr(feedback, "show_user_error", lambda _parent, error: shown.append(str(error.message)))
    page.period_kind.setCurrentIndex(statistics_page.CUSTOM)
    page.start.setDate(dt.date(2026, 5, 1))
    page.end.setDate(dt.date(2026, 4, 1))
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert shown == ["The period ends before it starts."]


def test_the_table_model_passes_the_model_tester(qtmodeltester, system):
    model = StatTableModel()
    model.set_table(statistics.compute_statistics(system, Period.year(2026), "county").tables()[1])
    qtmodeltester.check(model)
