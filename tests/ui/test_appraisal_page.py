"""The Appraisal page driven as staff use it: plan a batch, add the eligible, type scores in
the grid, approve with certificates, list who is eligible."""
from PySide6.QtCore import Qt

from desktop.services import appraisal_batches, skill_levels
from desktop.ui.appraisal.batch_dialog import BatchDialog
from desktop.ui.certificates import batch_issue
from desktop.ui.appraisal import batches_tab
from tests.services.appraisal_helpers import TODAY, holders
from tests.services.mentoring_helpers import WELDING
from tests.ui.appraisal_ui import _page, _type


def test_plan_score_and_approve_a_batch(qtbot, staff, tmp_path, monkeypatch):
    ready = holders(staff, 2, level=5, years=3)
    page = _page(qtbot, staff)
    tab = page.batches

    def plan(occupations, parent=None):
        dialog = BatchDialog(occupations, parent)
        dialog.occupation.setCurrentIndex(dialog.occupation.findData(WELDING))
        dialog.level.setCurrentIndex(dialog.level.findData(4))
        dialog.venue.setText("实训基地A楼")
        return dialog.batch_input()

    monkeypatch.setattr(BatchDialog, "ask", staticmethod(plan))
    qtbot.mouseClick(tab.buttons["new"], Qt.MouseButton.LeftButton)
    assert tab.current().status == "planned" and tab.current().venue == "实训基地A楼"
    qtbot.mouseClick(tab.buttons["add_eligible"], Qt.MouseButton.LeftButton)
    assert tab.grid.rowCount() == 2
    qtbot.mouseClick(tab.buttons["start"], Qt.MouseButton.LeftButton)
    assert tab.current().status == "scoring"
    _type(qtbot, tab.grid, 0, 2, "80")
    assert tab.grid.currentRow() == 1  # Enter moved down
    _type(qtbot, tab.grid, 1, 2, "55.5")
    _type(qtbot, tab.grid, 0, 3, "75")
    _type(qtbot, tab.grid, 1, 3, "90")
    assert tab.grid.item(0, 5).text() == "Passed" and tab.grid.item(1, 5).text() == "Failed"
    monkeypatch.setattr(batch_issue.IssueDateDialog, "ask", classmethod(lambda cls, *a: TODAY))
    monkeypatch.setattr(batch_issue, "ask_save_path", lambda *a: tmp_path / "certificates.pdf")
    monkeypatch.setattr(batch_issue.feedback, "confirm", lambda *a: False)
    if os_env_keep():
        page.grab().save("/tmp/a_page_scoring.png")
    qtbot.mouseClick(tab.buttons["approve"], Qt.MouseButton.LeftButton)
    assert tab.current().status == "approved" and tab.current().passed == 1
    assert (tmp_path / "certificates.pdf").exists()
    passed = appraisal_batches.list_candidates(staff, tab.current().id)[0]
    assert [lv.route for lv in skill_levels.list_levels(staff, passed.trainee_id)] == ["appraisal", "manual"]
    assert passed.certificate_number in tab.grid.item(0, 5).text()
    assert not tab.buttons["approve"].isEnabled()
    monkeypatch.setattr(batches_tab, "ask_save_path", lambda *a: tmp_path / "pass.pdf")
    monkeypatch.setattr(batches_tab.feedback, "inform", lambda *a: None)
    qtbot.mouseClick(tab.buttons["pass_list"], Qt.MouseButton.LeftButton)
    assert (tmp_path / "pass.pdf").read_bytes().startswith(b"%PDF")
    if os_env_keep():
        page.grab().save("/tmp/a_page_approved.png")
    assert ready


def test_who_is_eligible_today(qtbot, staff):
    holders(staff, 2, level=5, years=3)
    holders(staff, 1, level=5, years=1, start=600)
    page = _page(qtbot, staff)
    page.tabs.setCurrentWidget(page.eligibility)
    tab = page.eligibility
    tab.occupation.setCurrentIndex(tab.occupation.findData(WELDING))
    tab.level.setCurrentIndex(tab.level.findData(4))
    qtbot.mouseClick(tab.buttons["list"], Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 2
    assert tab.model.index(0, 4).data() == "取得下一级证书满2年"
    if os_env_keep():
        page.grab().save("/tmp/a_page_eligible.png")


def os_env_keep():
    import os
    return bool(os.environ.get("KEEP_PNG"))
