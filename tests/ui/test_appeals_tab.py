"""The Appeals tab: the deadline, lodging an appeal, ruling with a mark change, and the
versions of the results it publishes."""
import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.services import competition_appeals
from desktop.ui.competitions import appeals_tab
from desktop.ui.competitions.appeal_dialogs import LodgeAppealDialog, RulingDialog
from desktop.ui.competitions.appeals_tab import AppealsTab
from desktop.ui.competitions.results_tab import ResultsTab
from tests.printing.poppler import pdf_text
from tests.services.competition_helpers import event_with_contestants
from tests.services.test_appeals import published_event
from tests.ui.conftest import when_dialog_opens


def test_nothing_to_appeal_before_publication(qtbot, staff):
    _competition, event_id, _judges = event_with_contestants(staff, count=2)
    tab = AppealsTab(staff)
    qtbot.addWidget(tab)
    tab.show_event(event_id)
    assert tab.deadline.text() == "Appeals are lodged once the results are published."
    assert not tab.lodge_button.isEnabled() and not tab.rule_button.isEnabled()
    assert tab.versions.rowCount() == 0 and not tab.print_button.isEnabled()
    tab.show_event(None)
    assert tab.deadline.text() == "" and not tab.lodge_button.isEnabled()


def test_lodge_rule_with_a_change_and_print_version_2(qtbot, qtmodeltester, staff, monkeypatch, tmp_path):
    event_id, people, _aspects, _judges = published_event(staff)
    appellant = people[1]
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: told.append(text))
    tab = AppealsTab(staff)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_event(event_id)
    assert re.fullmatch(r"Appeals may be lodged until [-\d]+ [:\d]+ \(1 h \d+ min left\)\.", tab.deadline.text())
    assert tab.versions.rowCount() == 1 and tab.place_note.text() == "Version 1: the results as first published."

    def lodge(dialog: LodgeAppealDialog):
        dialog.contestant.setEditText(f"{appellant.drawn_number} {appellant.name}")
        dialog.reason.setPlainText("理论试卷漏记一题")  # keyClicks types Latin-1 only
        dialog.lodged_by.setText("领队 王强")
        dialog.save()

    opened = when_dialog_opens(LodgeAppealDialog, lodge)
    with qtbot.waitSignal(tab.changed):
        tab.lodge_button.click()
    assert opened and not told
    assert tab.appeals.rowCount() == 1
    row = [tab.appeals.index(0, column).data() for column in range(tab.appeals.columnCount())]
    assert row[1:6] == [appellant.drawn_number, appellant.name, "理论试卷漏记一题", "领队 王强", "Lodged"]
    assert not tab.rule_button.isEnabled()  # nothing chosen yet
    tab.appeal_table.selectRow(0)
    assert tab.rule_button.isEnabled()
    ruling = "理论试卷复核漏记25分，理论成绩改为90分。"
    seen = []

    def rule(dialog: RulingDialog):
        assert dialog.contestant.currentData() == appellant.id  # the appellant first
        assert not dialog.changes.isEnabled()
        dialog.upheld.click()
        assert dialog.changes.isEnabled()
        dialog.ruling.setPlainText(ruling)
        dialog.aspect.setCurrentIndex(dialog.aspect.findText("T1", flags=Qt.MatchFlag.MatchStartsWith))
        seen.append((dialog.judge.isEnabled(), dialog.current.text()))
        qtbot.keyClicks(dialog.new_mark, "abc")
        dialog.findChild(QPushButton, "addChange").click()
        seen.append(dialog.errors["changes"].text())
        dialog.new_mark.clear()
        qtbot.keyClicks(dialog.new_mark, "90")
        dialog.findChild(QPushButton, "addChange").click()
        qtmodeltester.check(dialog.pending)
        seen.append([dialog.pending.index(0, c).data() for c in range(5)])
        dialog.save()

    opened = when_dialog_opens(RulingDialog, rule)
    with qtbot.waitSignal(tab.changed):
        tab.rule_button.click()
    assert opened
    assert seen[0] == (False, "65 (of 100)")
    assert seen[1] == "Enter the new mark as a number, e.g. 12.5."
    assert seen[2] == [f"{appellant.drawn_number} {appellant.name}", "T1", "", "65", "90"]
    assert told == ["The results are published again as version 2."]
    assert tab.appeals.index(0, 5).data() == "Upheld · version 2" and "T1: 65 → 90" in tab.appeals.index(0, 7).data()
    assert [tab.versions.index(r, 0).data() for r in range(tab.versions.rowCount())] == ["1", "2"]
    assert tab.versions.index(1, 3).data() == ruling
    # version 2, the latest, is chosen: who moved and whose prize changed
    assert tab.places.rowCount() == 3 and tab.place_note.text().startswith("Changes from version 1 to 2: 3 contestants")
    moved = {tab.places.index(r, 1).data(): [tab.places.index(r, c).data() for c in range(2, 5)]
             for r in range(3)}
    assert moved[appellant.name] == ["4 → 2", "62.90 → 70.40", "— → 二等奖"]
    for model in (tab.appeals, tab.versions, tab.places):
        qtmodeltester.check(model)
    monkeypatch.setattr(appeals_tab, "ask_save_path", lambda _p, _t, name, _f: tmp_path / name)
    tab.print_button.click()
    printed = tmp_path / "焊工 成绩表 第2版.pdf"
    assert "第2版" in "".join(pdf_text(printed).split()) and told[-1].startswith("Saved to")
    tab.version_table.selectRow(0)
    tab.print_button.click()
    assert "第1版" in "".join(pdf_text(tmp_path / "焊工 成绩表 第1版.pdf").split())
    results = ResultsTab(staff)
    qtbot.addWidget(results)
    results.show_event(event_id)
    assert results.state.text().startswith("Published") and "Version 2" in results.state.text()


def test_a_late_appeal_is_refused_in_the_dialog(qtbot, staff, monkeypatch):
    event_id, people, _aspects, _judges = published_event(staff, count=3)
    later = competition_appeals.utcnow() + dt.timedelta(hours=3)
    monkeypatch.setattr(competition_appeals, "utcnow", lambda: later)
    tab = AppealsTab(staff)
    qtbot.addWidget(tab)
    tab.show_event(event_id)
    said = []

    def lodge(dialog: LodgeAppealDialog):
        dialog.save()
        said.append(dialog.errors["contestant"].text())  # no one is chosen by default
        dialog.contestant.setCurrentIndex(0)
        dialog.lodged_at.setDateTime(dialog.lodged_at.dateTime().addSecs(3 * 3600))
        dialog.reason.setPlainText("迟到的申诉")
        dialog.save()
        said.append(dialog.error.text())
        dialog.reject()

    when_dialog_opens(LodgeAppealDialog, lodge)
    tab.lodge_button.click()
    assert said[0] == "Choose a contestant from the list."
    assert "too late" in said[1] and tab.appeals.rowCount() == 0
