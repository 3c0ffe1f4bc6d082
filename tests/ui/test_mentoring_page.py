"""The Mentoring page driven as staff use it: draw up, sign, plan, review, end an agreement;
the mentor register; naming the year's 好师傅."""
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.services import mentoring, mentoring_progress, trainees
from desktop.services.mentoring import AgreementQuery
from desktop.ui.certificates import batch_issue
from desktop.ui.mentoring import agreements_tab
from desktop.ui.mentoring.agreement_dialog import AgreementDialog, PersonDialog
from desktop.ui.mentoring.models import AgreementTableModel
from desktop.ui.mentoring.page import MentoringPage
from desktop.ui.mentoring.small_dialogs import FormDialog
from tests.services.mentoring_helpers import TODAY, WELDING, agreement, masters
from tests.services.training_helpers import people
from tests.ui.conftest import when_dialog_opens


def _page(qtbot, ctx):
    page = MentoringPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.refresh()
    return page


def test_a_new_agreement_is_drawn_up_with_a_mentor_found_by_name(qtbot, staff):
    mentor = masters(staff, 1)[0]
    apprentice = people(staff, 1)[0]
    mentor_name = trainees.get_trainee(staff, mentor).name
    page = _page(qtbot, staff)
    tab = page.agreements

    def find_mentor(dialog: PersonDialog):
        dialog.finder.search.setText(mentor_name)
        dialog.finder.search.search_now()
        dialog.accept()

    def fill(dialog: AgreementDialog):
        dialog.apprentice.set_person(apprentice, "学员一")
        when_dialog_opens(PersonDialog, find_mentor)
        dialog.mentor.findChild(type(tab.buttons["add"]), "choose").click()
        dialog.occupation.setCurrentText(WELDING)
        dialog.term.setValue(2)
        dialog.skills.setPlainText("手工电弧焊")
        dialog.allowance.setValue(300)
        dialog.save()

    opened = when_dialog_opens(AgreementDialog, fill)
    tab.buttons["add"].click()
    assert opened[-1].saved_id is not None
    row = tab.selected()
    assert (row.mentor, row.status, row.term_years) == (mentor_name, "draft", 2)
    assert tab.model.index(0, AgreementTableModel.STATUS).data() == "Draft"
    assert tab.buttons["sign"].isEnabled() and not tab.buttons["renew"].isEnabled()


def test_a_refused_mentor_shows_the_rule_under_the_field(qtbot, staff):
    mentor = masters(staff, 1, level=4)[0]
    apprentice = people(staff, 1)[0]
    dialog = AgreementDialog(staff, None)
    qtbot.addWidget(dialog)
    dialog.apprentice.set_person(apprentice, "学员一")
    dialog.mentor.set_person(mentor, "师傅")
    dialog.occupation.setCurrentText(WELDING)
    dialog.save()
    assert not dialog.errors["mentor"].isHidden() and "三级/高级工" in dialog.errors["mentor"].text()
    assert mentoring.count_agreements(staff, AgreementQuery()) == 0


def test_sign_plan_sign_off_review_and_terminate(qtbot, staff):
    mentor = masters(staff, 1)[0]
    draft = agreement(staff, people(staff, 1)[0], mentor, activate=False)
    page = _page(qtbot, staff)
    tab = page.agreements
    tab.select(draft)

    def signed(dialog: FormDialog):
        dialog.save()

    when_dialog_opens(FormDialog, signed)
    tab.buttons["sign"].click()
    assert tab.selected().status == "active" and tab.buttons["complete"].isEnabled()

    def plan(dialog: FormDialog):
        dialog.fields["skill"].setText("板对接平焊")
        dialog.fields["target_on"].setDate(TODAY - dt.timedelta(days=1))
        dialog.save()

    when_dialog_opens(FormDialog, plan)
    tab.buttons["addItem"].click()
    assert tab.plan_model.rowCount() == 1
    assert "Behind plan" in tab.heading.text() and "1 overdue" in tab.heading.text()
    tab.plan_table.selectRow(0)
    assert tab.buttons["signOff"].isEnabled()

    def sign_off(dialog: FormDialog):
        dialog.fields["comment"].setPlainText("焊缝成形良好")
        dialog.save()

    when_dialog_opens(FormDialog, sign_off)
    tab.buttons["signOff"].click()
    assert "On track" in tab.heading.text()
    assert tab.plan_model.index(0, 3).data() == "焊缝成形良好"

    def review(dialog: FormDialog):
        dialog.fields["mentor_score"].setValue(88)
        dialog.fields["apprentice_score"].setValue(95)
        dialog.save()

    when_dialog_opens(FormDialog, review)
    tab.buttons["addReview"].click()
    assert tab.review_model.index(0, 2).data() == "88" and tab.details.currentIndex() == 1

    def no_reason(dialog: FormDialog):
        dialog.save()
        assert not dialog.errors["reason"].isHidden()
        dialog.fields["reason"].setText("徒弟调岗")
        dialog.save()

    when_dialog_opens(FormDialog, no_reason)
    tab.buttons["terminate"].click()
    row = tab.selected()
    assert (row.status, row.end_reason) == ("terminated", "徒弟调岗")
    assert not tab.buttons["addReview"].isEnabled() and not tab.buttons["terminate"].isEnabled()


def test_printing_the_agreement_and_exporting(qtbot, staff, tmp_path, monkeypatch):
    mentor = masters(staff, 1)[0]
    agreement(staff, people(staff, 1)[0], mentor)
    page = _page(qtbot, staff)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    monkeypatch.setattr(agreements_tab, "ask_save_path", lambda _p, _t, name, _f: tmp_path / name)
    page.agreements.buttons["print"].click()
    page.agreements.buttons["printReview"].click()
    page.agreements.buttons["export"].click()
    assert (tmp_path / "SD{}-0001 师徒帮带协议.pdf".format((TODAY - dt.timedelta(days=100)).year)).exists()
    assert (tmp_path / "agreements.xlsx").exists() and len(told) == 3 and "1 agreements" in told[2]


def test_the_mentor_register_shows_the_record_and_takes_a_level(qtbot, staff, admin):
    mentor = masters(staff, 1)[0]
    candidate = people(staff, 1, start=60)[0]
    agreement(staff, people(staff, 1)[0], mentor)
    page = _page(qtbot, staff)
    page.tabs.setCurrentWidget(page.mentors)
    mentors = page.mentors
    assert mentors.buttons["rules"].isHidden()  # staff do not set the rules
    assert mentors.model.rowCount() == 1 and "1 / 5" in mentors.model.index(0, 5).data()
    assert "SD" in mentors.view.toPlainText()
    mentors.search.setText(trainees.get_trainee(staff, candidate).name)
    mentors.search.search_now()
    assert mentors.model.rowCount() == 0  # not a mentor, not eligible: not on the register yet
    admin_page = _page(qtbot, admin)
    assert not admin_page.mentors.buttons["rules"].isHidden()

    def level(dialog: FormDialog):
        dialog.fields["level"].setCurrentIndex(dialog.fields["level"].findData(2))
        dialog.save()

    mentors.search.setText("")
    mentors.search.search_now()
    when_dialog_opens(FormDialog, level)
    mentors.buttons["addLevel"].click()
    assert "二级/技师" in mentors.view.toPlainText()


def test_naming_the_years_good_mentors(qtbot, staff, tmp_path, monkeypatch):
    mentor = masters(staff, 1)[0]
    agreement(staff, people(staff, 1)[0], mentor, start=dt.date(TODAY.year, 1, 1))
    page = _page(qtbot, staff)
    page.tabs.setCurrentWidget(page.nomination)
    tab = page.nomination
    assert tab.model.rowCount() == 1 and "Score =" in tab.explanation.text()
    target = tmp_path / "honours.pdf"
    monkeypatch.setattr(batch_issue.IssueDateDialog, "ask", classmethod(lambda cls, *args: TODAY))
    monkeypatch.setattr(batch_issue, "ask_save_path", lambda *args: target)
    monkeypatch.setattr("desktop.ui.feedback.confirm", lambda *_a: False)
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.name_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    assert tab.model.index(0, 9).data() == "✓"
    assert "泉州市好师傅" in trainees.get_trainee(staff, mentor).honours


def test_the_agreement_model_is_a_well_behaved_qt_model(qtmodeltester, staff):
    mentor = masters(staff, 1)[0]
    agreement(staff, people(staff, 1)[0], mentor)
    model = AgreementTableModel(staff)
    model.set_query(AgreementQuery())
    qtmodeltester.check(model)
    assert mentoring_progress.get_agreement(staff, model.rows[0].id).row.number == model.rows[0].number


def test_the_main_window_has_mentoring_after_classes_and_home_links_to_it(qtbot, staff, settings):
    from desktop.ui.main_window import MainWindow

    mentor = masters(staff, 1)[0]
    agreement(staff, people(staff, 1)[0], mentor, start=TODAY - dt.timedelta(days=350))
    agreement(staff, people(staff, 1, start=1)[0], mentor, start=TODAY - dt.timedelta(days=100))
    window = MainWindow(staff, settings, "test.sqlite3")
    qtbot.addWidget(window)
    window.show()
    ids = [window.navigation.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.navigation.count())]
    assert ids.index("mentoring") == ids.index("classes") + 1
    tasks = window.pages["home"].tasks
    item = next(tasks.item(i) for i in range(tasks.count()) if "mentoring agreement" in tasks.item(i).text())
    tasks.itemClicked.emit(item)
    assert window.current_page_id() == "mentoring"
    page = window.pages["mentoring"]
    assert page.agreements.model.rowCount() == 1  # only the one ending soon
    assert page.agreements.status.currentData() == "ending"
