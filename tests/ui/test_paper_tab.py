"""The Paper tab: a judge switched to paper, blank sheets printed, and one sheet typed in by
two recorders at their own workstations — a mismatch shown with both values, corrected,
agreed and counted."""
from fractions import Fraction as F

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from desktop.services import competitions, paper_sheets
from desktop.services.competition_marks import list_marks
from desktop.services.competition_scheme import AspectInput, set_scheme
from desktop.ui.competitions import paper_tab
from desktop.ui.competitions.paper_tab import PaperStatusModel, PaperTab, RoundModel
from tests.conftest import make_user
from tests.services.competition_helpers import SCHEME
from tests.services.venue_helpers import venue


@pytest.fixture
def told(monkeypatch):
    said = []
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda _parent, _title, text, *a, **k: said.append(text))
    return said


@pytest.fixture
def event(staff):
    v = venue(staff, count=3, panel=3)
    set_scheme(staff, v.event_id, [*SCHEME, AspectInput("P3", "practical", "J", F(10), F(1), "焊接操作", "工艺",
                                                        "安全文明操作")])
    return v


def open_tab(qtbot, ctx, event_id):
    tab = PaperTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(900, 720)
    tab.show()
    tab.show_event(event_id)
    return tab


def type_in(qtbot, tab, code, values):
    """Scan the code (a scanner types it and Enter), then type each value and Enter."""
    tab.code.clear()
    qtbot.keyClicks(tab.code, code)
    qtbot.keyClick(tab.code, Qt.Key.Key_Return)
    assert tab.focusWidget() is tab.grid and tab.grid.currentIndex().column() == RoundModel.VALUE
    for row, value in enumerate(values):
        assert tab.grid.currentIndex().row() == row  # Enter moved down
        qtbot.keyClick(tab.grid, value[0])  # the first key opens the editor with it
        editor = tab.grid.indexWidget(tab.grid.currentIndex())  # the open editor (closed ones linger until deleted)
        assert isinstance(editor, QLineEdit)
        qtbot.keyClicks(editor, value[1:])
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: tab.grid.indexWidget(tab.grid.currentIndex()) is None)  # committed (queued by Qt)
    qtbot.waitUntil(lambda: tab.focusWidget() is tab.save_button)  # Enter after the last aspect hands on to Save round
    qtbot.keyClick(tab.save_button, Qt.Key.Key_Return)


def test_two_recorders_type_a_sheet_see_the_mismatch_correct_it_and_it_counts(qtbot, staff, event, told):
    first = open_tab(qtbot, staff, event.event_id)
    switch = first.findChild(type(first.judge_widgets[event.judge_ids[1]][0]), "paper_J2")
    with qtbot.waitSignal(first.changed):
        switch.click()
    assert first.status_model.rowCount() == 3 and first.findChild(type(first.print_all), "print_J2").isEnabled()
    code = first.status_model.rows[0].code

    type_in(qtbot, first, code, ["12.5", "7"])
    assert first.status.text() == "Waiting for the second recorder."
    assert first.focusWidget() is first.code  # ready for the next sheet
    assert first.status_model.rows[0].first_by == "Clerk" and not list_marks(staff, event.event_id, event.judge_ids[1])

    second = open_tab(qtbot, make_user(staff, "recorder2", {"staff"}), event.event_id)
    type_in(qtbot, second, code, ["12.5", "8"])
    assert second.status.text() == "Mismatch on P3: check the paper."
    model = second.round_model
    assert not second.grid.isColumnHidden(RoundModel.OTHER)
    assert model.index(1, RoundModel.OTHER).data() == "7" and model.index(1, RoundModel.VALUE).data() == "8"
    assert model.index(1, RoundModel.VALUE).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, RoundModel.OTHER).data() == "" and model.headerData(
        RoundModel.OTHER, Qt.Orientation.Horizontal) == "Round 1 differs"
    assert not [m for m in list_marks(staff, event.event_id, event.judge_ids[1]) if m.judge_id]

    # The first recorder sees the same mismatch with both values; the paper says 7: round 2 was wrong.
    first.code.clear()
    qtbot.keyClicks(first.code, code)
    qtbot.keyClick(first.code, Qt.Key.Key_Return)
    assert first.round_model.index(1, RoundModel.OTHER).data() == "8" and "round 1" in first.heading.text()

    type_in(qtbot, second, code, ["12.5", "7"])
    assert second.status.text() == "Agreed — counted."
    marks = sorted(m.value for m in list_marks(staff, event.event_id, event.judge_ids[1]) if m.judge_id)
    assert marks == [F(7), F("12.5")]
    agreed = second.status_model.rows[0]
    assert agreed.agreed and second.status_model.index(0, PaperStatusModel.OUTCOME).data() == "Agreed — counted"
    assert not told


def test_a_mistyped_code_is_refused_and_the_code_box_keeps_it_for_correction(qtbot, staff, event, told):
    paper_sheets.set_paper(staff, event.event_id, event.judge_ids[1], True)
    tab = open_tab(qtbot, staff, event.event_id)
    code = tab.status_model.rows[0].code
    wrong = code[:-1] + str((int(code[-1]) + 1) % 10)
    qtbot.keyClicks(tab.code, wrong)
    qtbot.keyClick(tab.code, Qt.Key.Key_Return)
    assert told and "mistyped" in told[0]
    assert tab.round_model.rowCount() == 0 and not tab.save_button.isEnabled() and tab.code.text() == wrong


def test_a_value_that_is_not_a_number_is_shown_and_nothing_is_saved(qtbot, staff, event, told):
    paper_sheets.set_paper(staff, event.event_id, event.judge_ids[1], True)
    tab = open_tab(qtbot, staff, event.event_id)
    type_in(qtbot, tab, tab.status_model.rows[0].code, ["1x", "7"])
    assert told and told[0].startswith("P1:")
    assert tab.round_model.index(0, RoundModel.VALUE).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert tab.status_model.rows[0].first_by == ""
    tab.round_model.setData(tab.round_model.index(0, RoundModel.VALUE), "25")  # above the maximum of 20
    tab.save_button.click()
    assert "from 0 to 20 in steps of 0.5" in told[-1] and tab.status_model.rows[0].first_by == ""


def test_blank_sheets_are_printed_per_judge(qtbot, staff, event, told, monkeypatch, tmp_path):
    tab = open_tab(qtbot, staff, event.event_id)
    assert not tab.print_all.isEnabled()
    tab.judge_widgets[event.judge_ids[2]][0].click()
    path = tmp_path / "J3.pdf"
    asked = []
    monkeypatch.setattr(paper_tab, "ask_save_path", lambda _p, _t, suggested, _f: asked.append(suggested) or path)
    tab.judge_widgets[event.judge_ids[2]][2].click()
    assert asked == ["评分表 J3.pdf"] and path.stat().st_size > 0 and told == [f"Saved 3 pages to {path}."]


def test_the_models_are_well_behaved(qtmodeltester, qtbot, staff, event):
    paper_sheets.set_paper(staff, event.event_id, event.judge_ids[1], True)
    tab = open_tab(qtbot, staff, event.event_id)
    qtmodeltester.check(tab.status_model)
    tab.code.setText(tab.status_model.rows[0].code)
    tab.open_sheet()
    qtmodeltester.check(tab.round_model)
    assert [tab.round_model.index(r, RoundModel.RANGE).data() for r in range(2)] == ["0–20, step 0.5", "0–10, step 1"]
    assert len(competitions.list_contestants(staff, event.event_id)) == tab.status_model.rowCount()
