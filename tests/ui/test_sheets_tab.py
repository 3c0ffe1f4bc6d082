"""The chief judge's matrix of sheets: states and exclusions, returning a sheet with a reason,
locking the marks, decrypting the numbers; only the chief may act."""
from __future__ import annotations

from dataclasses import replace
from fractions import Fraction as F

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.services import competition_results, competition_sheets, competitions
from desktop.services.competition_marks import MarkInput, save_marks
from desktop.services.competition_panel import exclusions_of
from desktop.services.competition_scheme import list_scheme
from desktop.ui.judging.sheets_tab import NAME, NUMBER, STATUS, ReturnSheetDialog, SheetsTab
from tests.services.venue_helpers import contestant_ids, venue
from tests.ui.conftest import when_dialog_opens

FIRST_JUDGE = 3  # columns: number, name, status, then the judges


def measurements(staff, event_id, people) -> None:
    aspects = [a for a in list_scheme(staff, event_id) if a.kind == "M"]
    save_marks(staff, event_id, [MarkInput(c, a.id, None, F(10)) for c in people for a in aspects])


def judged(staff, event_id) -> int:
    return next(a.id for a in list_scheme(staff, event_id) if a.kind == "J")


def mark(v, staff, judge, contestant, value=F(15)) -> competition_sheets.SheetRow:
    save_marks(v.judges[judge], v.event_id,
               [MarkInput(contestant, judged(staff, v.event_id), v.judge_ids[judge], value)], "judge")
    return next(r for r in competition_sheets.my_sheets(v.judges[judge], v.event_id, v.judge_ids[judge])
                if r.contestant_id == contestant)


def submit(v, staff, judge, contestant, value=F(15)) -> int:
    row = mark(v, staff, judge, contestant, value)
    competition_sheets.submit_sheet(v.judges[judge], row.id, row.version)
    return row.id


def open_tab(qtbot, ctx, event_id) -> SheetsTab:
    tab = SheetsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_event(event_id)
    return tab


def cell_text(tab: SheetsTab, row: int, judge: int) -> str:
    return tab.model.index(row, FIRST_JUDGE + judge).data()


def row_of(tab: SheetsTab, contestant_id: int) -> int:
    return next(n for n, c in enumerate(tab.model.matrix.contestants) if c.id == contestant_id)


def test_the_matrix_shows_each_sheets_state_the_exclusions_and_absent_contestants(qtbot, staff):
    v = venue(staff, count=4, panel=3, J2={"team": "晋江市代表队"})
    people = contestant_ids(staff, v.event_id)
    excluded = {e.contestant_id for e in exclusions_of(staff, v.event_id)}
    allowed = [c for c in people if c not in excluded]
    submit(v, staff, 0, allowed[0])
    mark(v, staff, 2, allowed[0])
    competitions.set_contestant_status(staff, allowed[1], "absent")
    tab = open_tab(qtbot, v.judges[0], v.event_id)
    model = tab.model
    assert model.rowCount() == 4 and model.columnCount() == FIRST_JUDGE + 3 + 1
    assert model.headerData(FIRST_JUDGE, Qt.Orientation.Horizontal).startswith("J1 ★")
    first = row_of(tab, allowed[0])
    assert [cell_text(tab, first, j) for j in range(3)] == ["Submitted", "Not started", "Draft"]
    assert {cell_text(tab, row_of(tab, c), 1) for c in excluded} == {"Excluded (team)"}
    absent = row_of(tab, allowed[1])
    assert model.index(absent, STATUS).data() == "Absent" and cell_text(tab, absent, 0) == "—"
    assert all(model.index(r, NUMBER).data().isdigit() for r in range(4))
    assert tab.table.isColumnHidden(NAME)  # names only once decrypted
    assert tab.summary.text().startswith("焊工: 1 of 7 sheets submitted")  # 3 present × 3, less J2's 2


def test_the_spread_column_lists_the_aspects_judges_are_too_far_apart_on(qtbot, staff):
    v = venue(staff, count=1, panel=3)
    _row, event_input = competitions.get_event(staff, v.event_id)
    competitions.update_event(staff, v.event_id, replace(event_input, preset="worldskills"))  # 0–3, spread > 1
    person = contestant_ids(staff, v.event_id)[0]
    for judge, value in enumerate((F(0), F(3), F(2))):
        mark(v, staff, judge, person, value)
    tab = open_tab(qtbot, v.judges[0], v.event_id)
    assert tab.model.index(0, tab.model.flags_column()).data() == "P1"


def test_the_chief_returns_a_submitted_sheet_with_a_reason(qtbot, staff, monkeypatch):
    v = venue(staff, count=2, panel=3)
    people = contestant_ids(staff, v.event_id)
    sheet_id = submit(v, staff, 1, people[0])
    tab = open_tab(qtbot, v.judges[0], v.event_id)
    assert not tab.buttons["return"].isEnabled()
    tab.table.setCurrentIndex(tab.model.index(row_of(tab, people[0]), FIRST_JUDGE + 2))  # J3: not submitted
    assert not tab.buttons["return"].isEnabled()
    tab.table.setCurrentIndex(tab.model.index(row_of(tab, people[0]), FIRST_JUDGE + 1))
    assert tab.buttons["return"].isEnabled()
    asked = []
    monkeypatch.setattr(ReturnSheetDialog, "ask", classmethod(lambda cls, label, number, parent=None:
                                                               asked.append((label, number)) or "P1 偏低，请复核"))
    with qtbot.waitSignal(tab.changed):
        tab.buttons["return"].click()
    assert asked == [("J2", tab.model.matrix.contestants[row_of(tab, people[0])].number)]
    row = next(r for r in competition_sheets.my_sheets(v.judges[1], v.event_id, v.judge_ids[1]) if r.id == sheet_id)
    assert row.state == "returned" and row.return_reason == "P1 偏低，请复核"
    assert cell_text(tab, row_of(tab, people[0]), 1) == "Returned"
    assert not tab.buttons["return"].isEnabled()  # the selection stays on the cell, now returned


def test_the_return_dialog_needs_a_reason(qtbot):
    seen = {}

    def answer(dialog):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen["empty"] = ok.isEnabled()
        dialog.reason.setPlainText("   ")
        seen["blank"] = ok.isEnabled()
        dialog.reason.setPlainText(" 请复核 P1 ")
        ok.click()

    pending = when_dialog_opens(ReturnSheetDialog, answer)
    assert ReturnSheetDialog.ask("J2", "07") == "请复核 P1"
    assert seen == {"empty": False, "blank": False} and pending


def test_lock_is_refused_while_sheets_are_open_then_lock_and_decrypt_show_the_names(qtbot, staff, monkeypatch):
    v = venue(staff, count=2, panel=2)
    people = contestant_ids(staff, v.event_id)
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: told.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    submit(v, staff, 0, people[0])
    tab = open_tab(qtbot, v.judges[0], v.event_id)
    assert tab.buttons["lock"].isEnabled() and not tab.buttons["decrypt"].isEnabled()
    tab.buttons["lock"].click()
    assert "not submitted yet" in told[0]
    for judge in (0, 1):
        for person in people:
            if (judge, person) != (0, people[0]):
                submit(v, staff, judge, person)
    tab.buttons["lock"].click()  # the measurements are not entered yet
    assert "Marks are missing" in told[-1] and competition_sheets.matrix(v.judges[0], v.event_id).locked_at is None
    measurements(staff, v.event_id, people)
    with qtbot.waitSignal(tab.changed):
        tab.buttons["lock"].click()
    assert competition_sheets.matrix(v.judges[0], v.event_id).locked_at is not None
    assert not tab.buttons["lock"].isEnabled() and tab.buttons["decrypt"].isEnabled()
    assert "marks locked" in tab.summary.text()
    with qtbot.waitSignal(tab.changed):
        tab.buttons["decrypt"].click()
    names = {c.id: c.name for c in competitions.list_contestants(staff, v.event_id)}
    assert not tab.table.isColumnHidden(NAME)
    assert [tab.model.index(r, NAME).data() for r in range(2)] == [names[c.id] for c in tab.model.matrix.contestants]
    assert not tab.buttons["decrypt"].isEnabled() and "numbers decrypted" in tab.summary.text()
    assert tab.buttons["publish"].isEnabled()
    with qtbot.waitSignal(tab.changed):
        tab.buttons["publish"].click()
    assert not competition_results.event_results(staff, v.event_id).provisional
    assert not tab.buttons["publish"].isEnabled()


def test_nothing_happens_when_the_chief_does_not_confirm(qtbot, staff, monkeypatch):
    v = venue(staff, count=1, panel=1)
    submit(v, staff, 0, contestant_ids(staff, v.event_id)[0])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tab = open_tab(qtbot, v.judges[0], v.event_id)
    tab.buttons["lock"].click()
    assert competition_sheets.matrix(v.judges[0], v.event_id).locked_at is None


def test_someone_other_than_the_chief_sees_the_matrix_with_the_actions_disabled(qtbot, staff):
    v = venue(staff, count=2, panel=3)
    people = contestant_ids(staff, v.event_id)
    submit(v, staff, 1, people[0])
    tab = open_tab(qtbot, staff, v.event_id)  # staff read it; the chief has an account and controls it
    assert tab.model.rowCount() == 2 and not tab.model.matrix.may_control
    tab.table.setCurrentIndex(tab.model.index(row_of(tab, people[0]), FIRST_JUDGE + 1))
    assert not any(tab.buttons[name].isEnabled() for name in ("return", "lock", "decrypt"))
    assert tab.buttons["refresh"].isEnabled() and "Only the event's chief judge" in tab.note.text()


def test_the_matrix_follows_the_judges_live_while_shown(qtbot, staff):
    v = venue(staff, count=1, panel=2)
    tab = open_tab(qtbot, v.judges[0], v.event_id)
    assert tab.timer.isActive() and cell_text(tab, 0, 1) == "Not started"
    tab.table.setCurrentIndex(tab.model.index(0, FIRST_JUDGE + 1))
    mark(v, staff, 1, contestant_ids(staff, v.event_id)[0])
    tab.refresh_quietly()
    assert cell_text(tab, 0, 1) == "Draft" and tab.table.currentIndex().column() == FIRST_JUDGE + 1
    tab.hide()
    assert not tab.timer.isActive()


def test_no_event_shows_an_empty_matrix(qtbot, staff):
    tab = open_tab(qtbot, staff, None)
    assert tab.model.rowCount() == 0 and not tab.buttons["refresh"].isEnabled()
    assert "Choose an event" in tab.note.text()
