"""The Appraisal page's other flows as staff use them: double entry by two users, a candidate
added by hand with an override reason, removing a candidate and cancelling a batch, approving a
batch nobody passed, the import of levels held, one person's check and start date, promotion
by prize via the event choice, and the standards editor."""
import datetime as dt
import os

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.appraisal import PrizeRule, Route
from desktop.services import appraisal_batches, appraisal_scores, appraisal_settings, skill_levels
from desktop.services.trainees import get_trainee
from desktop.ui import feedback
from desktop.ui.appraisal import batches_tab, eligibility_tab
from desktop.ui.appraisal.prize_dialog import PrizeDialog
from desktop.ui.appraisal.standards_dialog import NONE, OCCUPATION_YEARS, PREVIOUS_YEARS, StandardsDialog
from desktop.ui.certificates import batch_issue
from tests.conftest import make_user
from tests.services.appraisal_helpers import TODAY, batch, holders, scoring_batch
from tests.services.mentoring_helpers import WELDING, welding
from tests.services.test_appraisal_records import levels_file
from tests.services.training_helpers import people
from tests.ui.conftest import when_dialog_opens
from tests.ui.appraisal_ui import _page, _type

CODE = "6-18-02-04"  # the welding occupation's code


def _click(qtbot, button):
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _keep(widget, name):
    if os.environ.get("KEEP_PNG"):
        QApplication.processEvents()
        widget.grab().save(f"/tmp/ap_{name}.png")


class Said:
    """Stands in for feedback.inform / confirm: keeps what was said, answers `answer`."""

    def __init__(self, answer=True):
        self.texts, self.answer = [], answer

    def __call__(self, _parent, text):
        self.texts.append(text)
        return self.answer


def test_double_entry_by_two_staff_settled_then_approved(qtbot, ctx, staff, monkeypatch, tmp_path):
    found, (a, b) = scoring_batch(staff, 2, double_entry=True)
    other = make_user(ctx, "typist", {"staff"})
    told = Said()
    monkeypatch.setattr(feedback, "inform", told)
    first_page = _page(qtbot, staff)
    first = first_page.batches
    first.table.selectRow(first.model.row_of(found.id))
    assert first.round.isVisible() and first.round.currentData() == 1
    for row, (theory, practical) in enumerate((("80", "75"), ("55", "90"))):
        _type(qtbot, first.grid, row, 2, theory)
        _type(qtbot, first.grid, row, 3, practical)
    assert "To settle" in first.mismatch_label.text()  # the second entry is still missing
    second_page = _page(qtbot, other)
    second = second_page.batches
    second.table.selectRow(second.model.row_of(found.id))
    second.round.setCurrentIndex(second.round.findData(2))
    assert second.grid.item(0, 2).text() == ""  # the second typist does not see the first round
    _type(qtbot, second.grid, 0, 2, "80")
    _type(qtbot, second.grid, 0, 3, "57")  # a mismatch: 75 on the first sheet
    _type(qtbot, second.grid, 1, 2, "55")
    _type(qtbot, second.grid, 1, 3, "90")
    assert "57" in second.mismatch_label.text() and a.name in second.mismatch_label.text()
    _keep(second.window(), "double_entry_mismatch")
    _click(qtbot, second.buttons["approve"])  # refused before any issue date or file is asked
    assert "do not agree" in told.texts[-1]
    assert appraisal_batches.get_batch(staff, found.id).status == "scoring"
    _type(qtbot, second.grid, 0, 3, "75")  # settled after checking the paper sheet
    assert second.mismatch_label.text() == ""
    assert [second.grid.item(r, 5).text() for r in (0, 1)] == ["Passed", "Failed"]
    monkeypatch.setattr(batch_issue.IssueDateDialog, "ask", classmethod(lambda cls, *a: TODAY))
    monkeypatch.setattr(batch_issue, "ask_save_path", lambda *a: tmp_path / "certificates.pdf")
    monkeypatch.setattr(batch_issue.feedback, "confirm", lambda *a: False)
    _click(qtbot, second.buttons["approve"])
    assert second.current().status == "approved" and second.current().passed == 1
    assert (tmp_path / "certificates.pdf").read_bytes().startswith(b"%PDF")
    assert b.name in [c.name for c in appraisal_batches.list_candidates(staff, found.id) if c.outcome == "failed"]


def test_the_same_user_cannot_type_both_entries(qtbot, staff, monkeypatch):
    found, _candidates = scoring_batch(staff, 1, double_entry=True)
    told = Said()
    monkeypatch.setattr(feedback, "show_user_error", lambda _parent, error: told(None, str(error.message)))
    tab_page = _page(qtbot, staff)
    tab = tab_page.batches
    tab.table.selectRow(tab.model.row_of(found.id))
    _type(qtbot, tab.grid, 0, 2, "80")
    tab.round.setCurrentIndex(tab.round.findData(2))
    _type(qtbot, tab.grid, 0, 2, "80")
    assert "someone else" in told.texts[-1]
    assert tab.grid.item(0, 2).text() == ""


def test_adding_a_person_by_hand_asks_and_keeps_the_override_reason(qtbot, staff, monkeypatch):
    found = batch(staff, level=4)
    [person] = people(staff, 1, start=700)  # holds no level: not eligible for level 4
    id_number = get_trainee(staff, person).id_number
    answers = iter([(id_number, True), ("市级技能竞赛第一名，经评价机构同意", True)])
    asked = []

    def get_text(_parent, _title, label, *args, **kwargs):
        asked.append(label)
        return next(answers)

    monkeypatch.setattr(batches_tab.QInputDialog, "getText", staticmethod(get_text))
    tab_page = _page(qtbot, staff)
    tab = tab_page.batches
    tab.table.selectRow(tab.model.row_of(found.id))
    _click(qtbot, tab.buttons["add_person"])
    assert "not eligible" in asked[1]
    [candidate] = appraisal_batches.list_candidates(staff, found.id)
    assert (candidate.trainee_id, candidate.override_reason) == (person, "市级技能竞赛第一名，经评价机构同意")
    assert tab.grid.rowCount() == 1


def test_an_empty_override_reason_is_refused(qtbot, staff, monkeypatch):
    found = batch(staff, level=4)
    [person] = people(staff, 1, start=700)
    answers = iter([(get_trainee(staff, person).id_number, True), ("", True)])
    monkeypatch.setattr(batches_tab.QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    refused = []
    monkeypatch.setattr(feedback, "show_user_error", lambda _parent, error: refused.append(error))
    tab_page = _page(qtbot, staff)
    tab = tab_page.batches
    tab.table.selectRow(tab.model.row_of(found.id))
    _click(qtbot, tab.buttons["add_person"])
    assert refused and appraisal_batches.list_candidates(staff, found.id) == []


def test_remove_a_candidate_then_cancel_the_batch(qtbot, staff, monkeypatch):
    found = batch(staff, level=4)
    appraisal_batches.add_candidates(staff, found.id, holders(staff, 2, level=5, years=3))
    asked = Said(answer=True)
    monkeypatch.setattr(feedback, "confirm", asked)
    tab_page = _page(qtbot, staff)
    tab = tab_page.batches
    tab.table.selectRow(tab.model.row_of(found.id))
    assert not tab.grid_buttons["remove_candidate"].isEnabled()  # nobody chosen yet
    tab.grid.setCurrentCell(0, 0)
    _keep(tab.window(), "planned")
    first = tab.grid.current_candidate()
    _click(qtbot, tab.grid_buttons["remove_candidate"])
    assert first.name in asked.texts[-1]
    assert [c.id for c in appraisal_batches.list_candidates(staff, found.id)] != [first.id]
    assert tab.grid.rowCount() == 1
    monkeypatch.setattr(batches_tab.QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("考评员因故不能到场", True)))
    _click(qtbot, tab.buttons["cancel"])
    assert "考评员因故不能到场" in asked.texts[-1]
    assert tab.current().status == "cancelled"
    for name in ("cancel", "add_person", "add_eligible", "start", "approve"):
        assert not tab.buttons[name].isEnabled()
    tab.grid.setCurrentCell(0, 0)
    assert not tab.grid_buttons["remove_candidate"].isEnabled()


def test_cancelling_can_be_called_off(qtbot, staff, monkeypatch):
    found, _candidates = scoring_batch(staff, 1)
    monkeypatch.setattr(batches_tab.QInputDialog, "getText", staticmethod(lambda *a, **k: ("场地停电", True)))
    monkeypatch.setattr(feedback, "confirm", Said(answer=False))
    tab_page = _page(qtbot, staff)
    tab = tab_page.batches
    tab.table.selectRow(tab.model.row_of(found.id))
    assert tab.buttons["cancel"].isEnabled() and not tab.grid_buttons["remove_candidate"].isEnabled()
    _click(qtbot, tab.buttons["cancel"])
    assert appraisal_batches.get_batch(staff, found.id).status == "scoring"


def test_approving_a_batch_nobody_passed_issues_nothing(qtbot, staff, monkeypatch):
    found, (a, b) = scoring_batch(staff, 2)
    appraisal_scores.set_score(staff, a.id, "theory", "40")
    appraisal_scores.set_score(staff, a.id, "practical", "70")
    appraisal_scores.set_status(staff, b.id, "absent")

    def never(*_args, **_kwargs):
        raise AssertionError("no issue date, file or preview is asked when nobody passed")

    monkeypatch.setattr(batch_issue.IssueDateDialog, "ask", classmethod(never))
    monkeypatch.setattr(batch_issue, "ask_save_path", never)
    monkeypatch.setattr(batches_tab, "issue_batch", never)
    asked, told = Said(answer=True), Said()
    monkeypatch.setattr(feedback, "confirm", asked)
    monkeypatch.setattr(feedback, "inform", told)
    tab_page = _page(qtbot, staff)
    tab = tab_page.batches
    tab.table.selectRow(tab.model.row_of(found.id))
    _click(qtbot, tab.buttons["approve"])
    assert "Nobody passed" in asked.texts[-1]
    assert "no certificate was issued" in told.texts[-1]
    assert tab.current().status == "approved" and tab.current().passed == 0
    assert [tab.grid.item(r, 5).text() for r in (0, 1)] == ["Failed", "Absent"]
    assert not tab.buttons["approve"].isEnabled()
    _keep(tab.window(), "nobody_passed")


def test_missing_scores_are_told_before_anything_is_asked(qtbot, staff, monkeypatch):
    found, _candidates = scoring_batch(staff, 1)
    monkeypatch.setattr(batches_tab, "issue_batch", lambda *a: (_ for _ in ()).throw(AssertionError("asked")))
    told = Said()
    monkeypatch.setattr(feedback, "inform", told)
    tab_page = _page(qtbot, staff)
    tab = tab_page.batches
    tab.table.selectRow(tab.model.row_of(found.id))
    _click(qtbot, tab.buttons["approve"])
    assert "Scores are missing" in told.texts[-1]


def test_import_levels_held_from_an_excel_file(qtbot, staff, monkeypatch, tmp_path):
    welding(staff)
    a, b = (get_trainee(staff, p).id_number for p in people(staff, 2))
    told = Said()
    monkeypatch.setattr(feedback, "inform", told)
    tab_page = _page(qtbot, staff)
    tab_page.tabs.setCurrentWidget(tab_page.eligibility)
    tab = tab_page.eligibility
    bad = levels_file(tmp_path / "bad.xlsx", [[a, WELDING, "四级/中级工", "2019-07-01", "S000135000001194000001", ""],
                                              [b, WELDING, 3, "2018-05-01", "S000135000001194000002", ""]])
    monkeypatch.setattr(eligibility_tab, "ask_open_path", lambda *a: bad)
    _click(qtbot, tab.buttons["import"])
    assert told.texts[-1].startswith("Nothing was imported") and "Row 3:" in told.texts[-1]
    good = levels_file(tmp_path / "good.xlsx", [[a, WELDING, "四级/中级工", dt.datetime(2019, 7, 1),
                                                 "S000135000001194000001", "泉州市职业技能鉴定中心"],
                                                [b, CODE, 5, "2012/03/04", "1234567890123456", "原劳动局"]])
    monkeypatch.setattr(eligibility_tab, "ask_open_path", lambda *a: good)
    _click(qtbot, tab.buttons["import"])
    assert told.texts[-1] == "2 levels were imported."
    tab.occupation.setCurrentIndex(tab.occupation.findData(WELDING))
    tab.level.setCurrentIndex(tab.level.findData(3))
    _click(qtbot, tab.buttons["list"])  # 4 since 2019: eligible for level 3 after 4 years
    assert [tab.model.index(r, 3).data() for r in range(tab.model.rowCount())] == ["四级/中级工"]


def test_one_persons_check_and_their_start_in_the_occupation(qtbot, staff, monkeypatch):
    welding(staff)
    [person] = people(staff, 1, start=800)
    detail = get_trainee(staff, person)
    tab_page = _page(qtbot, staff)
    tab_page.tabs.setCurrentWidget(tab_page.eligibility)
    tab = tab_page.eligibility
    tab.occupation.setCurrentIndex(tab.occupation.findData(WELDING))
    tab.level.setCurrentIndex(tab.level.findData(5))
    tab.search.setText(detail.id_number)
    _click(qtbot, tab.person_buttons["check"])
    assert "not eligible" in tab.answer.text() and "No record of since when" in tab.answer.text()
    assert "Not on record" in tab.since_label.text() and not tab.person_buttons["forget_since"].isEnabled()
    _keep(tab.window(), "eligibility_person")
    started = TODAY.replace(year=TODAY.year - 2)
    tab.since.setDate(QDate(started.year, started.month, started.day))
    _click(qtbot, tab.person_buttons["save_since"])
    assert "eligible</span> — route: 从事本职业满1年" in tab.answer.text()
    assert appraisal_eligibility_start(staff, person) == started
    assert tab.person_buttons["forget_since"].isEnabled()
    monkeypatch.setattr(feedback, "confirm", Said(answer=True))
    _click(qtbot, tab.person_buttons["forget_since"])
    assert appraisal_eligibility_start(staff, person) is None and "not eligible" in tab.answer.text()


def appraisal_eligibility_start(ctx, person):
    from desktop.services.appraisal_eligibility import occupation_start
    return occupation_start(ctx, person, WELDING)


def test_promote_prize_winners_chosen_from_the_published_events(qtbot, staff, monkeypatch):
    from tests.services.test_appeals import published_event
    welding(staff)
    event_id, *_rest = published_event(staff)
    asked, seen = Said(answer=True), {}
    monkeypatch.setattr(feedback, "confirm", asked)

    def act(dialog):
        seen["events"] = [dialog.event_choice.itemData(i) for i in range(dialog.event_choice.count())]
        seen["planned"] = sorted((dialog.table.item(r, 1).text(), dialog.table.item(r, 3).text())
                                 for r in range(dialog.table.rowCount()))
        _keep(dialog, "prize_preview")
        dialog.record_button.click()
        seen["summary"] = dialog.summary.text()
        seen["again"] = dialog.record_button.isEnabled()
        dialog.accept()

    tab_page = _page(qtbot, staff)

    tab_page.tabs.setCurrentWidget(tab_page.eligibility)
    tab = tab_page.eligibility
    pending = when_dialog_opens(PrizeDialog, act)
    _click(qtbot, tab.buttons["prize"])
    assert pending and seen["events"] == [event_id]
    assert seen["planned"] == [("一等奖", "二级/技师"), ("二等奖", "三级/高级工")]
    assert "2 people" in asked.texts[-1] and seen["summary"] == "2 levels were recorded." and not seen["again"]
    winners = [p for p in _rest[0] if skill_levels.list_levels(staff, p.trainee_id)]
    assert sorted(skill_levels.list_levels(staff, p.trainee_id)[0].route for p in winners) == ["prize", "prize"]


def test_promote_without_a_published_event_says_so(qtbot, staff, monkeypatch):
    told = Said()
    monkeypatch.setattr(feedback, "inform", told)
    tab_page = _page(qtbot, staff)
    tab_page.tabs.setCurrentWidget(tab_page.eligibility)
    tab = tab_page.eligibility
    _click(qtbot, tab.buttons["prize"])
    assert "No competition event has published results" in told.texts[-1]


def test_the_standards_button_is_for_administrators(qtbot, staff, admin):
    theirs = _page(qtbot, staff)
    assert not theirs.standards.isVisibleTo(theirs)
    page = _page(qtbot, admin)
    assert page.standards.isVisible()
    assert not page.batches.grid_buttons["remove_candidate"].isEnabled()  # no batch, nobody to remove
    _keep(page, "admin_page")
    seen = []
    pending = when_dialog_opens(StandardsDialog, lambda dialog: (seen.append(dialog.routes.rowCount()),
                                                                  dialog.accept()))
    _click(qtbot, page.standards)
    assert pending and seen and seen[0] > 0


def test_the_standards_editor_saves_an_occupations_own_standard(qtbot, admin, monkeypatch):
    welding(admin)
    dialog = StandardsDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.occupation.setCurrentIndex(dialog.occupation.findData(CODE))
    assert "follows the default" in dialog.origin.text()
    dialog.new_level.setCurrentIndex(dialog.new_level.findData(4))
    _click(qtbot, dialog.standard_buttons["add_route"])
    row = dialog.routes.currentRow()
    assert dialog.routes.levels[row] == 4
    dialog.routes.cellWidget(row, PREVIOUS_YEARS).setValue(NONE)
    dialog.routes.cellWidget(row, OCCUPATION_YEARS).setValue(NONE)
    _click(qtbot, dialog.standard_buttons["save_standard"])  # a route asking for nothing
    assert dialog.standard_error.isVisible() and "asks for nothing" in dialog.standard_error.text()
    assert appraisal_settings.read_standard(admin, CODE)[1] is False
    dialog.routes.cellWidget(row, OCCUPATION_YEARS).setValue(3)
    _keep(dialog, "standards")
    _click(qtbot, dialog.standard_buttons["save_standard"])
    assert not dialog.standard_error.isVisible() and dialog.standard_note.text() == "Saved."
    standard, own = appraisal_settings.read_standard(admin, CODE)
    assert own and Route(occupation_years=3) in standard[4]
    assert "its own standard" in dialog.origin.text()
    dialog.occupation.setCurrentIndex(0)  # the default is untouched
    assert Route(occupation_years=3) not in appraisal_settings.read_standard(admin, None)[0][4]
    assert Route(occupation_years=3) not in dialog.routes.standard()[4]
    dialog.occupation.setCurrentIndex(dialog.occupation.findData(CODE))
    monkeypatch.setattr(feedback, "confirm", Said(answer=True))
    _click(qtbot, dialog.standard_buttons["reset_standard"])
    assert appraisal_settings.read_standard(admin, CODE)[1] is False


def test_removing_every_route_of_a_level_is_refused_in_the_dialog(qtbot, admin):
    dialog = StandardsDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(sum(1 for level in dialog.routes.levels if level == 1)):
        dialog.routes.selectRow(dialog.routes.levels.index(1))
        _click(qtbot, dialog.standard_buttons["remove_route"])
    _click(qtbot, dialog.standard_buttons["save_standard"])
    assert "Level 1 needs at least one route" in dialog.standard_error.text()


def test_the_standards_editor_saves_the_prize_rules(qtbot, admin):
    dialog = StandardsDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    rules = dialog.prize_rules
    assert rules.rowCount() == 3
    rules.selectRow(2)
    _click(qtbot, dialog.prize_buttons["remove_rule"])
    _click(qtbot, dialog.prize_buttons["add_rule"])
    last = rules.rowCount() - 1
    rules.cellWidget(last, 0).setCurrentIndex(rules.cellWidget(last, 0).findData("一等奖"))
    rules.cellWidget(last, 1).setCurrentIndex(rules.cellWidget(last, 1).findData("national"))
    rules.cellWidget(last, 2).setCurrentIndex(rules.cellWidget(last, 2).findData(1))
    _keep(dialog, "prize_rules")
    _click(qtbot, dialog.prize_buttons["save_rules"])
    assert dialog.prize_note.text() == "Saved."
    assert appraisal_settings.read_prize_rules(admin) == (
        PrizeRule("一等奖", "city", 2), PrizeRule("二等奖", "city", 3), PrizeRule("一等奖", "national", 1))
