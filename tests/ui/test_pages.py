"""Home, employers and preferences, driven through the main window."""
from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from desktop.services import trainees
from desktop.services.trainees import TraineeInput
from desktop.ui import feedback
from desktop.ui.employers_page import EmployerDialog, EmployersModel
from desktop.ui.i18n import LANGUAGE_KEY
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences import PreferencesDialog
from tests.conftest import make_user
from tests.ui.conftest import when_dialog_opens


def _window(qtbot, ctx, settings, roles=frozenset({"staff"})):
    user = make_user(ctx, "clerk", set(roles))
    window = MainWindow(user, settings, "test.sqlite3")
    qtbot.addWidget(window)
    window.show()
    return user, window


def test_home_shows_figures_and_a_task_opens_its_page(qtbot, ctx, settings):
    user, window = _window(qtbot, ctx, settings)
    trainees.create_trainee(user, TraineeInput(name="张三", id_number="350582197501011239"))
    home = window.pages["home"]
    home.refresh()
    assert home.tasks.count() == 2  # no employer, no phone
    assert "no employer" in home.tasks.item(0).text()
    home.tasks.itemClicked.emit(home.tasks.item(0))
    assert window.current_page_id() == "trainees"


def test_add_an_employer_with_a_bad_credit_code_then_a_good_one(qtbot, ctx, settings):
    _user, window = _window(qtbot, ctx, settings)
    window.show_page("employers")
    page = window.pages["employers"]
    seen = {}

    def fill(dialog: EmployerDialog):
        dialog.name.setText("泉州机械厂")
        qtbot.keyClicks(dialog.credit_code, "91110000600037341M")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        seen["error"] = dialog.errors["credit_code"].text()
        dialog.credit_code.setText("91110000600037341L")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    watcher = when_dialog_opens(EmployerDialog, fill)
    page.findChild(QPushButton, "add").click()
    assert watcher and "credit code" in seen["error"]
    assert page.model.rowCount() == 1 and page.model.index(0, 1).data() == "91110000600037341L"


def test_archiving_an_employer_asks_first(qtbot, ctx, settings, monkeypatch):
    user, window = _window(qtbot, ctx, settings)
    from desktop.services import employers

    employers.create_employer(user, employers.EmployerInput("泉州机械厂"))
    window.show_page("employers")
    page = window.pages["employers"]
    page.table.selectRow(0)
    questions = []
    monkeypatch.setattr(feedback, "confirm", lambda parent, text: questions.append(text) or True)
    page.findChild(QPushButton, "archive").click()
    assert questions and "泉州机械厂" in questions[0]
    assert page.model.rowCount() == 0


def test_employer_model_is_a_well_behaved_qt_model(qtmodeltester, staff):
    from desktop.services import employers

    employers.create_employer(staff, employers.EmployerInput("泉州机械厂", county="鲤城区"))
    model = EmployersModel()
    model.set_rows(employers.list_employers(staff))
    qtmodeltester.check(model)


def test_the_language_preference_is_saved_for_the_next_start(qtbot, settings):
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert settings.value(LANGUAGE_KEY) == "zh_CN"


def test_add_an_occupation_with_a_bad_code_then_a_good_one(qtbot, ctx, settings):
    from desktop.ui.occupations_page import OccupationDialog, OccupationsModel

    _user, window = _window(qtbot, ctx, settings)
    window.show_page("occupations")
    page = window.pages["occupations"]
    seen = {}

    def fill(dialog: OccupationDialog):
        dialog.name.setText("无人机驾驶员")
        qtbot.keyClicks(dialog.code, "4-99")
        dialog.level_boxes[2].setChecked(False)
        dialog.level_boxes[1].setChecked(False)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        seen["error"] = dialog.errors["code"].text()
        dialog.code.setText("4-99-00-00")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    watcher = when_dialog_opens(OccupationDialog, fill)
    page.findChild(QPushButton, "add").click()
    assert watcher and "6-18-02-04" in seen["error"]
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "4-99-00-00" and page.model.index(0, 3).data() == "五级、四级、三级"
    assert isinstance(page.model, OccupationsModel)


def test_occupations_model_is_a_well_behaved_qt_model(qtmodeltester, staff):
    from desktop.services import occupations
    from desktop.ui.occupations_page import OccupationsModel

    occupations.create_occupation(staff, occupations.OccupationInput("焊工", "6-18-02-04", "机械制造", [5, 4, 3]))
    model = OccupationsModel()
    model.set_rows(occupations.list_occupations(staff))
    qtmodeltester.check(model)
