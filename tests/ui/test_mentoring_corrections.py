"""Correcting a plan and its reviews on the Agreements tab: edit or remove an item, undo a
sign-off, edit or remove a review — enabled only where the service allows it."""
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.services import mentoring, mentoring_progress
from desktop.ui.mentoring.page import MentoringPage
from desktop.ui.mentoring.small_dialogs import FormDialog
from tests.services.mentoring_helpers import TODAY, agreement, masters
from tests.services.training_helpers import people
from tests.ui.conftest import when_dialog_opens

PLAN_ACTIONS = ("editItem", "removeItem", "signOff", "undoSignOff")
REVIEW_ACTIONS = ("editReview", "removeReview")


def _page(qtbot, staff, agreement_id):
    page = MentoringPage(staff)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.refresh()
    page.agreements.select(agreement_id)
    return page


def _running(staff, **extra):
    return agreement(staff, people(staff, 1)[0], masters(staff, 1)[0], **extra)


def _enabled(tab, names):
    return {name for name in names if tab.buttons[name].isEnabled()}


def _double_click_row(qtbot, table, row):
    table.selectRow(row)
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_waiting_item_is_edited_by_double_click_with_the_form_prefilled(qtbot, staff):
    agreement_id = _running(staff)
    item = mentoring_progress.add_plan_item(staff, agreement_id, "平煤", TODAY - dt.timedelta(days=2))
    page = _page(qtbot, staff, agreement_id)
    tab = page.agreements
    tab.plan_table.selectRow(0)
    assert _enabled(tab, PLAN_ACTIONS) == {"editItem", "removeItem", "signOff"}
    assert "Behind plan" in tab.heading.text()
    seen = {}

    def edit(dialog: FormDialog):
        seen["skill"], seen["target_on"] = dialog.value("skill"), dialog.value("target_on")
        dialog.fields["skill"].setText("平焊")
        dialog.fields["target_on"].setDate(TODAY + dt.timedelta(days=20))
        dialog.save()

    when_dialog_opens(FormDialog, edit)
    tab.details.setCurrentIndex(0)
    _double_click_row(qtbot, tab.plan_table, 0)
    assert seen == {"skill": "平煤", "target_on": TODAY - dt.timedelta(days=2)}
    assert tab.plan_model.index(0, 0).data() == "平焊" and tab._chosen_item().id == item
    assert "On track" in tab.heading.text()


def test_a_refused_edit_shows_the_problem_in_the_form(qtbot, staff):
    agreement_id = _running(staff)
    mentoring_progress.add_plan_item(staff, agreement_id, "平焊", TODAY)
    page = _page(qtbot, staff, agreement_id)
    tab = page.agreements
    tab.plan_table.selectRow(0)
    shown = []

    def edit(dialog: FormDialog):
        dialog.fields["skill"].setText(" ")
        dialog.save()
        shown.append(not dialog.errors["skill"].isHidden())
        dialog.reject()

    when_dialog_opens(FormDialog, edit)
    tab.buttons["editItem"].click()
    assert shown == [True] and tab.plan_model.index(0, 0).data() == "平焊"


def test_an_item_is_removed_after_confirmation(qtbot, staff, monkeypatch):
    agreement_id = _running(staff)
    mentoring_progress.add_plan_item(staff, agreement_id, "重复录入", TODAY)
    page = _page(qtbot, staff, agreement_id)
    tab = page.agreements
    tab.plan_table.selectRow(0)
    asked = []
    monkeypatch.setattr("desktop.ui.feedback.confirm", lambda _parent, question: asked.append(question) or False)
    tab.buttons["removeItem"].click()
    assert tab.plan_model.rowCount() == 1 and "重复录入" in asked[0]
    monkeypatch.setattr("desktop.ui.feedback.confirm", lambda *_a: True)
    tab.menu_actions["removeItem"].trigger()  # the same from the table's context menu
    assert tab.plan_model.rowCount() == 0
    assert not tab.buttons["editItem"].isEnabled() and not tab.buttons["removeItem"].isEnabled()


def test_a_signed_off_item_is_not_edited_but_its_sign_off_can_be_undone(qtbot, staff):
    agreement_id = _running(staff)
    item = mentoring_progress.add_plan_item(staff, agreement_id, "平焊", TODAY - dt.timedelta(days=2))
    mentoring_progress.sign_off_item(staff, item, TODAY, "误签")
    page = _page(qtbot, staff, agreement_id)
    tab = page.agreements
    tab.plan_table.selectRow(0)
    assert _enabled(tab, PLAN_ACTIONS) == {"undoSignOff"}
    assert {n for n in PLAN_ACTIONS if tab.menu_actions[n].isEnabled()} == {"undoSignOff"}
    opened = []

    def unexpected(dialog: FormDialog):
        opened.append(dialog)
        dialog.reject()

    watcher = when_dialog_opens(FormDialog, unexpected, timeout_ms=300)
    _double_click_row(qtbot, tab.plan_table, 0)  # double-click does not edit a signed-off item
    qtbot.wait(400)
    assert opened == [] and watcher

    def undo(dialog: FormDialog):
        dialog.save()
        assert not dialog.errors["reason"].isHidden()
        dialog.fields["reason"].setText("签错了学徒")
        dialog.save()

    when_dialog_opens(FormDialog, undo)
    tab.buttons["undoSignOff"].click()
    assert tab.plan_model.index(0, 2).data() == "" and "Behind plan" in tab.heading.text()
    assert _enabled(tab, PLAN_ACTIONS) == {"editItem", "removeItem", "signOff"}


def test_a_review_is_edited_with_its_values_and_a_duplicate_period_refused(qtbot, staff):
    agreement_id = _running(staff, review_period="monthly")
    earlier = TODAY - dt.timedelta(days=40)
    mentoring_progress.add_review(staff, agreement_id, earlier, 58, 90, "进步慢", "好")
    mentoring_progress.add_review(staff, agreement_id, TODAY, 80, 80)
    page = _page(qtbot, staff, agreement_id)
    tab = page.agreements
    tab.details.setCurrentIndex(1)
    tab.review_table.selectRow(0)
    assert _enabled(tab, REVIEW_ACTIONS) == set(REVIEW_ACTIONS)
    seen, refused = {}, []

    def edit(dialog: FormDialog):
        seen.update({name: dialog.value(name) for name in dialog.fields})
        dialog.fields["reviewed_on"].setDate(TODAY)  # the other review's month
        dialog.save()
        refused.append(dialog.form_error.text())
        dialog.fields["reviewed_on"].setDate(earlier)
        dialog.fields["mentor_score"].setValue(85)
        dialog.save()

    when_dialog_opens(FormDialog, edit)
    _double_click_row(qtbot, tab.review_table, 0)
    assert seen == {"reviewed_on": earlier, "mentor_score": 58, "mentor_comment": "进步慢",
                    "apprentice_score": 90, "apprentice_comment": "好"}
    assert "recorded already" in refused[0]
    assert tab.review_model.index(0, 2).data() == "85" and tab.details.currentIndex() == 1
    assert tab._chosen_review().reviewed_on == earlier


def test_a_review_is_removed_after_confirmation(qtbot, staff, monkeypatch):
    agreement_id = _running(staff)
    mentoring_progress.add_review(staff, agreement_id, TODAY, 70, 80)
    page = _page(qtbot, staff, agreement_id)
    tab = page.agreements
    tab.review_table.selectRow(0)
    monkeypatch.setattr("desktop.ui.feedback.confirm", lambda *_a: True)
    tab.buttons["removeReview"].click()
    assert tab.review_model.rowCount() == 0 and not tab.buttons["removeReview"].isEnabled()
    assert mentoring_progress.get_agreement(staff, agreement_id).reviews == []


def test_nothing_changes_in_a_completed_agreement_and_its_late_items_are_not_red(qtbot, staff):
    agreement_id = _running(staff)
    signed = mentoring_progress.add_plan_item(staff, agreement_id, "平焊", TODAY - dt.timedelta(days=20))
    mentoring_progress.add_plan_item(staff, agreement_id, "立焊", TODAY - dt.timedelta(days=10))
    mentoring_progress.sign_off_item(staff, signed, TODAY)
    mentoring_progress.add_review(staff, agreement_id, TODAY, 70, 80)
    page = _page(qtbot, staff, agreement_id)
    tab = page.agreements
    red = QColor("#b00020")
    assert tab.plan_model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole).color() == red  # runs: red
    assert tab.plan_model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None  # signed off
    mentoring.complete_agreement(staff, agreement_id, TODAY)
    tab._after_change(agreement_id)
    assert tab.selected().status == "completed"
    assert tab.plan_model.rows[1].overdue  # still counted as overdue when it ended …
    assert tab.plan_model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None  # … but not red
    for row in (0, 1):
        tab.plan_table.selectRow(row)
        assert _enabled(tab, ("addItem", *PLAN_ACTIONS)) == set()
    tab.review_table.selectRow(0)
    assert _enabled(tab, ("addReview", *REVIEW_ACTIONS)) == set()
    assert not any(tab.menu_actions[n].isEnabled() for n in (*PLAN_ACTIONS, *REVIEW_ACTIONS))


def test_a_drafts_items_are_edited_but_not_signed_off_and_not_red(qtbot, staff):
    draft = _running(staff, activate=False)
    mentoring_progress.add_plan_item(staff, draft, "平焊", TODAY - dt.timedelta(days=50))
    page = _page(qtbot, staff, draft)
    tab = page.agreements
    tab.plan_table.selectRow(0)
    assert _enabled(tab, PLAN_ACTIONS) == {"editItem", "removeItem"}
    assert tab.plan_model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_render_the_agreements_tab_with_a_plan_and_reviews(qtbot, staff):
    agreement_id = _running(staff, review_period="monthly")
    for skill, days in (("板对接平焊单面焊双面成形", -60), ("板对接立焊", -10), ("管对接垂直固定焊", 40)):
        item = mentoring_progress.add_plan_item(staff, agreement_id, skill, TODAY + dt.timedelta(days=days))
        if days == -60:
            mentoring_progress.sign_off_item(staff, item, TODAY - dt.timedelta(days=55), "焊缝成形良好")
    mentoring_progress.add_review(staff, agreement_id, TODAY - dt.timedelta(days=40), 85, 92, "进步明显", "师傅耐心")
    mentoring_progress.add_review(staff, agreement_id, TODAY, 78, 90, "立焊需加强", "讲解细致")
    page = _page(qtbot, staff, agreement_id)
    tab = page.agreements
    tab.show()
    tab.plan_table.selectRow(0)  # the signed-off item: its sign-off may be undone; the next one shows red
    qtbot.wait(50)
    assert tab.buttons["undoSignOff"].isEnabled() and not tab.buttons["editItem"].isEnabled()
    assert tab.grab().save("/tmp/mz_plan.png")
    tab.details.setCurrentIndex(1)
    tab.review_table.selectRow(0)
    qtbot.wait(50)
    assert tab.grab().save("/tmp/mz_reviews.png")
