"""Drive the real main window as a member of staff would."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QTableWidget

from desktop.services import accounts, trainees
from desktop.services.trainees import TraineeQuery
from desktop.ui.login import FirstAdminDialog, LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.trainees.dialog import TraineeDialog
from desktop.ui.trainees.import_report import ImportReportDialog
from desktop.ui.trainees.model import TraineeTableModel
from tests.conftest import make_user
from tests.services.excel_files import LI, WANG, ZHANG, roster
from tests.ui.conftest import when_dialog_opens


def _log_in(qtbot, ctx, username, password):
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    return dialog


def _window(qtbot, ctx, actor, settings):
    window = MainWindow(ctx.as_actor(actor), settings, "test.sqlite3")
    qtbot.addWidget(window)
    window.show()
    return window


def _nav_titles(window):
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


def test_first_start_asks_for_the_administrator_password(qtbot, ctx):
    assert accounts.needs_first_admin(ctx)
    dialog = FirstAdminDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "long-secret")
    qtbot.keyClicks(dialog.repeat, "long-secrex")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.error.isVisible() and "differ" in dialog.error.text()
    dialog.repeat.setText("long-secret")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.actor is not None and dialog.actor.roles == frozenset({"admin"})
    assert not accounts.needs_first_admin(ctx)


def test_a_wrong_password_is_said_and_the_right_one_lets_staff_in(qtbot, ctx, settings):
    make_user(ctx, "clerk", {"staff"}, "password1")
    dialog = _log_in(qtbot, ctx, "clerk", "wrong-one")
    assert dialog.isVisible() and "wrong" in dialog.error.text()
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, "password1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.username == "clerk"
    window = _window(qtbot, ctx, dialog.actor, settings)
    # no users or audit log for staff
    assert _nav_titles(window) == ["Home", "Trainees", "Employers", "Occupations", "Classes", "Mentoring", "Appraisal", "Competitions",
                                   "Certificates", "Statistics",
                                   "Verify certificate"]
    assert "test.sqlite3" in window.database_label.text() and "Clerk" in window.user_label.text()


def test_an_administrator_also_sees_users_and_the_audit_log(qtbot, ctx, settings):
    admin = make_user(ctx, "boss", {"admin"})
    window = _window(qtbot, ctx, admin.actor, settings)
    assert _nav_titles(window) == ["Home", "Trainees", "Employers", "Occupations", "Classes", "Mentoring", "Appraisal", "Competitions",
                                   "Certificates", "Statistics",
                                   "Verify certificate", "Users", "Audit log"]


def test_add_a_trainee_with_a_mistake_then_correct_it(qtbot, ctx, settings):
    staff = make_user(ctx, "clerk", {"staff"})
    window = _window(qtbot, ctx, staff.actor, settings)
    window.show_page("trainees")
    page = window.pages["trainees"]
    seen = {}

    def fill(dialog: TraineeDialog):
        dialog.name.setText("张三")  # QTest cannot type Chinese characters
        qtbot.keyClicks(dialog.id_number, "350582197501011234")  # wrong check digit
        qtbot.keyClicks(dialog.phone, "13912345678")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        error = dialog.errors["id_number"]
        seen["error"] = error.isVisible() and error.text()
        seen["still_open"] = dialog.isVisible()
        dialog.id_number.setText("350582197501011239")
        seen["facts"] = dialog.id_facts.text()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    watcher = when_dialog_opens(TraineeDialog, fill)
    page.findChild(QPushButton, "add").click()
    assert watcher and "check digit" in seen["error"] and seen["still_open"]
    assert "1975-01-01" in seen["facts"]
    table = page.table
    assert table.model().rowCount() == 1
    assert table.model().index(0, 2).data() == "350***********1239"
    assert page.count.text() == "1 trainees"
    assert table.selectionModel().selectedRows()[0].row() == 0


def test_import_a_file_with_a_bad_row_shows_the_report_and_imports_nothing(qtbot, ctx, settings, tmp_path, monkeypatch):
    staff = make_user(ctx, "clerk", {"staff"})
    bad = roster(tmp_path / "名册.xlsx", [ZHANG, {**LI, "身份证号码": "11010519491231002Y"}, WANG])
    monkeypatch.setattr("desktop.ui.trainees.page.ask_open_path", lambda *args: bad)
    window = _window(qtbot, ctx, staff.actor, settings)
    window.show_page("trainees")
    page = window.pages["trainees"]
    page.findChild(QPushButton, "import").click()
    report = page.findChild(ImportReportDialog)
    assert report is not None and report.isVisible()
    table = report.findChild(QTableWidget, "importErrors")
    assert table.rowCount() == 1 and table.item(0, 0).text() == "3"
    assert "ID card" in table.item(0, 1).text() or "17 digits" in table.item(0, 1).text()
    assert trainees.count_trainees(staff, TraineeQuery()) == 0
    assert page.table.model().rowCount() == 0


def test_a_good_import_fills_the_list(qtbot, ctx, settings, tmp_path, monkeypatch):
    staff = make_user(ctx, "clerk", {"staff"})
    good = roster(tmp_path / "ok.xlsx", [ZHANG, LI, WANG])
    monkeypatch.setattr("desktop.ui.trainees.page.ask_open_path", lambda *args: good)
    window = _window(qtbot, ctx, staff.actor, settings)
    window.show_page("trainees")
    page = window.pages["trainees"]
    page.findChild(QPushButton, "import").click()
    assert "3 trainees were imported" in page.findChild(ImportReportDialog).findChild(type(page.count), "summary").text()
    assert page.table.model().rowCount() == 3
    page.search.setText("李梅")
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 1)
    assert page.table.model().index(0, 0).data() == "李梅"


def test_the_trainee_model_is_a_well_behaved_qt_model(qtmodeltester, ctx):
    staff = make_user(ctx, "clerk", {"staff"})
    from desktop.services.demo import fill_demo_data
    from desktop.services.context import as_system

    fill_demo_data(as_system(ctx), scale=450, seed=3)
    model = TraineeTableModel(staff)
    model.set_query(TraineeQuery())
    assert model.rowCount() == 200 and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():  # scrolling to the end
        model.fetchMore()
    assert model.rowCount() == model.total == trainees.count_trainees(staff, TraineeQuery()) > 400
    model.sort(1, Qt.SortOrder.AscendingOrder)  # by the stored code: F before M
    assert model.index(0, 1).data() == "女"
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 1).data() == "男"
    qtmodeltester.check(model)


def test_the_status_filter_separates_active_and_archived(qtbot, ctx, settings):
    staff = make_user(ctx, "clerk", {"staff"})
    kept = trainees.create_trainee(staff, trainees.TraineeInput(name="张三", id_number="350582197501011239"))
    gone = trainees.create_trainee(staff, trainees.TraineeInput(name="李梅", id_number="11010519491231002X"))
    trainees.set_archived(staff, gone.id, True)
    window = _window(qtbot, ctx, staff.actor, settings)
    window.show_page("trainees")
    page = window.pages["trainees"]
    shown = lambda: [page.model.index(r, 0).data() for r in range(page.model.rowCount())]  # noqa: E731
    assert shown() == ["张三"]
    page.status.setCurrentIndex(1)  # Archived
    assert shown() == ["李梅"]
    page.table.selectRow(0)
    assert page.buttons["restore"].isEnabled() and not page.buttons["archive"].isEnabled()
    page.status.setCurrentIndex(2)  # All
    assert sorted(shown()) == sorted(["张三", "李梅"]) and kept.id
