import datetime as dt


from PySide6.QtWidgets import QMessageBox

from desktop.services import classes, signups
from desktop.services.classes import ClassQuery
from desktop.ui.training.class_dialog import ClassDialog
from desktop.ui.training.classes_page import ClassesPage
from desktop.ui.training.signups_tab import SignUpDialog
from tests.services.training_helpers import people, running_class
from tests.ui.conftest import when_dialog_opens


def _page(qtbot, ctx):
    page = ClassesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    return page


def test_a_new_class_is_saved_with_its_sessions(qtbot, staff):
    running_class(staff)  # makes the occupation too
    page = _page(qtbot, staff)

    def fill(dialog: ClassDialog):
        dialog.title_edit.setText("焊工（中级）夜校")
        dialog.occupation.setCurrentText("插花花艺师")
        dialog.capacity.setValue(12)
        dialog.fee.setValue(380)
        dialog.union_discount.setValue(20)
        dialog.sessions.add_next()
        dialog.sessions.add_next()
        dialog.save()

    opened = when_dialog_opens(ClassDialog, fill)
    page.buttons["add"].click()
    assert opened[-1].saved_id is not None
    detail = classes.get_class(staff, opened[-1].saved_id)
    assert detail.data.capacity == 12 and len(detail.data.sessions) == 2
    assert (detail.data.sessions[1].on_date - detail.data.sessions[0].on_date).days == 7
    assert page.model.total == 2 and page.selected().id == detail.row.id


def test_the_dialog_shows_what_to_fix(qtbot, staff):
    running_class(staff)
    dialog = ClassDialog(staff, None)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("")
    dialog.save()
    assert dialog.errors["title"].text() == "Enter the class title." and not dialog.errors["title"].isHidden()
    assert classes.count_classes(staff, ClassQuery()) == 1


def test_desk_sign_up_shows_place_then_waiting_position(qtbot, staff):
    course = running_class(staff, capacity=1)
    a, b = people(staff, 2)
    page = _page(qtbot, staff)
    page.select(course)
    results = []

    def desk(dialog: SignUpDialog):
        for name in ("学员一", "学员丁"):
            dialog.search.setText(name)
            dialog.search.search_now()
            dialog.sign_up()
            results.append(dialog.outcome.text())
        dialog.reject()

    when_dialog_opens(SignUpDialog, desk)
    page.signups.buttons["signUp"].click()
    assert "has a place" in results[0] and "number 1 on the waiting list" in results[1]
    assert page.signups.model.total == 2
    assert page.model.rows[0].placed == 1 and page.model.rows[0].waiting == 1


def test_withdrawing_tells_who_moved_up(qtbot, staff, monkeypatch):
    course = running_class(staff, capacity=1)
    a, b = people(staff, 2)
    signups.sign_up(staff, course, a)
    signups.sign_up(staff, course, b)
    page = _page(qtbot, staff)
    page.select(course)
    page.signups.table.selectRow(0)
    told = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    page.signups.buttons["withdraw"].click()
    assert told and "学员丁" in told[0] and "moved up" in told[0]
    states = [page.signups.model.index(r, 3).data() for r in range(2)]
    assert states == ["Enrolled", "Withdrawn"]


def test_filters_narrow_the_list(qtbot, staff):
    running_class(staff, sessions_after_today=1)
    running_class(staff, title="茶艺师公益课", sessions=[])
    page = _page(qtbot, staff)
    page.search.setText("茶艺")
    page.search.search_now()
    assert page.model.total == 1 and page.model.index(0, 1).data() == "茶艺师公益课"
    page.search.setText("")
    page.status.setCurrentIndex(page.status.findData("running"))
    assert page.model.total == 1 and page.model.index(0, 4).data() == "Running"


def test_importing_the_online_form_shows_who_got_a_place(qtbot, staff, tmp_path, monkeypatch):
    from openpyxl import Workbook

    from desktop.ui.training import transfers
    from desktop.ui.training.transfers import FormImportReportDialog
    from tests.services.test_training_excel_files import local, number

    course = running_class(staff, capacity=1)
    moment = local(classes.get_class(staff, course).data.signup_opens_at + dt.timedelta(minutes=5))
    workbook = Workbook()
    workbook.active.append(["提交时间", "姓名", "身份证号", "手机号"])
    workbook.active.append([moment, "林晓燕", number(301), "13905951234"])
    workbook.active.append([moment + dt.timedelta(seconds=3), "陈志明", number(302), "13905955678"])
    workbook.save(tmp_path / "form.xlsx")
    monkeypatch.setattr(transfers, "ask_open_path", lambda *a: tmp_path / "form.xlsx")
    page = _page(qtbot, staff)
    page.select(course)
    page.signups.buttons["importForm"].click()
    qtbot.waitUntil(lambda: page.findChild(FormImportReportDialog) is not None)
    report = page.findChild(FormImportReportDialog)
    text = report.findChild(type(page.heading), "summary").text()
    assert "1 got a place: 林晓燕" in text and "陈志明 (#1)" in text
    assert page.signups.model.total == 2 and page.model.rows[0].waiting == 1


def test_exporting_the_class_list(qtbot, staff, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    from desktop.ui.training import transfers

    running_class(staff)
    monkeypatch.setattr(transfers, "ask_save_path", lambda *a: tmp_path / "classes.xlsx")
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    page = _page(qtbot, staff)
    page.buttons["export"].click()
    header = next(load_workbook(tmp_path / "classes.xlsx").active.iter_rows(max_row=1, values_only=True))
    assert header[:8] == ("code", "title", "occupation", "level", "capacity", "opens_at", "closes_at", "fee")
    assert told and told[0].startswith("1 classes were written")


def test_return_in_the_desk_search_only_searches(qtbot, staff):
    from PySide6.QtCore import Qt

    course = running_class(staff)
    people(staff, 2)
    dialog = SignUpDialog(staff, course)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.search.setText("学员")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.found.count() == 2 and dialog.signed_up == 0  # nobody signed up by the Return
    qtbot.keyClick(dialog.found, Qt.Key.Key_Down)
    dialog.found.itemActivated.emit(dialog.found.currentItem())  # Enter on the chosen person
    assert dialog.signed_up == 1 and "学员丁" in dialog.outcome.text()


def test_editing_a_class_keeps_its_archived_occupation(qtbot, staff):
    from desktop.services import occupations

    course = running_class(staff)
    row = next(o for o in occupations.list_occupations(staff) if o.name == "插花花艺师")
    occupations.set_occupation_archived(staff, row.id, True)
    dialog = ClassDialog(staff, classes.get_class(staff, course))
    qtbot.addWidget(dialog)
    assert dialog.occupation.currentText() == "插花花艺师" and dialog.level.currentData() == 5
