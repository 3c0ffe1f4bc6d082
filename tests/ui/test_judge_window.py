"""Judge mode: the judge's full-screen window (choose the event, mark by keyboard, submit, see a
returned sheet's reason, never a name) and how a login is routed to it."""
from __future__ import annotations

import sys
from fractions import Fraction as F

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLabel, QLineEdit, QMessageBox
from sqlalchemy import update

from db.models import ScoreSheet
from desktop.cli import main
from desktop.services import accounts, competition_draw, competition_sheets, competitions
from desktop.services.competition_marks import MarkInput, save_marks
from desktop.services.competition_panel import set_panel
from desktop.services.competition_scheme import AspectInput, set_scheme
from desktop.services.competitions import ContestantInput, EventInput
from desktop.services.context import Actor
from desktop.ui import app as app_module
from desktop.ui.judging.judge_window import JudgeWindow
from desktop.ui.judging.sheet_model import MARK, SAVED
from desktop.ui.main_window import MainWindow
from tests.services.competition_helpers import SCHEME
from tests.services.training_helpers import people
from tests.services.venue_helpers import venue

LEVELS = ["不合格", "基本合格", "良好", "优秀"]
THREE_JUDGED = SCHEME + [
    AspectInput("P3", "practical", "J", F(10), F(1), "焊接操作", "工艺", "工艺纪律"),
    AspectInput("P4", "practical", "J", F(3), F(1), "焊接操作", "安全", "安全文明生产", LEVELS),
]


def judging_venue(staff, **options):
    """A venue whose sheets have three judged aspects: P1 (0–20 by 0.5), P3 (0–10), P4 (0–3 with levels)."""
    v = venue(staff, **options)
    set_scheme(staff, v.event_id, THREE_JUDGED)
    return v


def open_window(qtbot, judge_ctx) -> JudgeWindow:
    window = JudgeWindow(judge_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def type_mark(qtbot, window: JudgeWindow, text: str) -> None:
    """Type into the current cell as a judge does: the first key opens the editor, Enter saves."""
    qtbot.keyClick(window.pane.table, text[0])
    editor = window.pane.table.indexWidget(window.pane.table.currentIndex())
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits once the key event is handled.
    qtbot.waitUntil(lambda: window.pane.table.state() != QAbstractItemView.State.EditingState)


def stored(judge_ctx, sheet_id) -> dict[str, F | None]:
    return {line.code: line.value for line in competition_sheets.open_sheet(judge_ctx, sheet_id).lines}


def list_texts(window: JudgeWindow) -> list[str]:
    return [window.sheet_list.item(n).text() for n in range(window.sheet_list.count())]


def test_the_only_event_is_chosen_and_the_first_sheet_to_mark_opens(qtbot, staff):
    v = judging_venue(staff, count=3)
    window = open_window(qtbot, v.judges[1])
    assert "焊工" in window.event_choice.currentText() and "J2" in window.event_choice.currentText()
    rows = competition_sheets.my_sheets(v.judges[1], v.event_id, v.judge_ids[1])
    assert [t.splitlines()[0] for t in list_texts(window)] == [f"No. {r.number}" for r in rows]
    assert window.sheet_list.currentRow() == 0 and window.pane.sheet_title.text() == f"Contestant No. {rows[0].number}"
    assert [window.pane.lines.index(r, 0).data() for r in range(3)] == ["P1", "P3", "P4"]
    assert window.pane.lines.index(0, 2).data() == "0–20, step 0.5"
    assert window.pane.table.currentIndex().row() == 0 and window.pane.table.currentIndex().column() == MARK
    assert window.progress.text().startswith("Marked 0 of 3 sheets")
    assert not window.tabs.isTabVisible(1)  # J2 is not the chief


def test_with_several_events_the_judge_chooses_one(qtbot, staff):
    v = judging_venue(staff, count=2)
    second = competitions.create_event(staff, v.competition_id, EventInput("电工", "电工"))
    set_scheme(staff, second, SCHEME)
    competitions.add_contestants(staff, second, [ContestantInput(p) for p in people(staff, 2, start=700)])
    set_panel(staff, second, v.judge_ids, v.judge_ids[0])
    competition_draw.draw_lots(staff, second, "7")
    window = open_window(qtbot, v.judges[1])
    assert window.event_choice.currentText() == "Choose your event…" and window.sheet_list.count() == 0
    assert "Choose your event" in window.pane.notice.text()
    window.choose_event(second)
    assert "电工" in window.event_choice.currentText() and window.sheet_list.count() == 2
    assert [line.code for line in window.pane.lines.lines] == ["P1"]


def test_a_mark_and_enter_saves_it_at_once_and_moves_to_the_next_aspect(qtbot, staff):
    v = judging_venue(staff)
    window = open_window(qtbot, v.judges[1])
    sheet_id = window.detail.row.id
    type_mark(qtbot, window, "15.5")
    assert stored(v.judges[1], sheet_id) == {"P1": F("15.5"), "P3": None, "P4": None}
    assert window.pane.table.currentIndex().row() == 1
    assert window.pane.lines.index(0, SAVED).data() == "✓ saved" and window.pane.lines.index(1, SAVED).data() == ""
    assert window.pane.sheet_state.text() == "Draft" and "1/3 marked" in list_texts(window)[0]
    type_mark(qtbot, window, "7")
    assert window.pane.table.currentIndex().row() == 2
    assert "Levels for P4" in window.pane.levels.text() and "3 — 优秀" in window.pane.levels.text()
    type_mark(qtbot, window, "3")
    assert stored(v.judges[1], sheet_id) == {"P1": F("15.5"), "P3": F(7), "P4": F(3)}
    assert "Every aspect is marked" in window.pane.hint.text()
    assert window.progress.text().startswith("Marked 1 of 4 sheets")


def test_an_off_step_mark_is_refused_with_what_is_allowed_and_nothing_is_saved(qtbot, staff):
    v = judging_venue(staff)
    window = open_window(qtbot, v.judges[1])
    type_mark(qtbot, window, "15.3")
    assert "0 to 20 in steps of 0.5" in window.pane.problem.text() and window.pane.problem.isVisible()
    assert window.pane.table.currentIndex().row() == 0  # the cursor stays for the corrected mark
    assert stored(v.judges[1], window.detail.row.id)["P1"] is None
    type_mark(qtbot, window, "abc")
    assert "type a number" in window.pane.problem.text()
    type_mark(qtbot, window, "21")
    assert "0 to 20" in window.pane.problem.text()
    type_mark(qtbot, window, "20")
    assert not window.pane.problem.isVisible() and stored(v.judges[1], window.detail.row.id)["P1"] == 20


def test_a_mark_changed_at_another_workstation_meanwhile_is_not_overwritten(qtbot, staff):
    v = judging_venue(staff)
    window = open_window(qtbot, v.judges[1])
    row = window.detail.row
    aspect = window.pane.lines.lines[0].aspect_id
    save_marks(v.judges[1], v.event_id, [MarkInput(row.contestant_id, aspect, v.judge_ids[1], F(9))], "judge")
    type_mark(qtbot, window, "12")
    assert "changed at another workstation" in window.pane.problem.text()
    assert stored(v.judges[1], row.id)["P1"] == 9
    qtbot.waitUntil(lambda: window.pane.lines.index(0, MARK).data() == "9")  # the sheet as it is stored now


def fill_sheet(qtbot, window: JudgeWindow, marks=("15", "7", "2")) -> None:
    window.pane.table.go_to_row(0)
    for text in marks:
        type_mark(qtbot, window, text)


def test_submitting_asks_first_then_the_sheet_is_read_only_and_the_next_one_opens(qtbot, staff, monkeypatch):
    v = judging_venue(staff, count=2)
    window = open_window(qtbot, v.judges[1])
    first = window.detail.row
    fill_sheet(qtbot, window)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text)
                        or QMessageBox.StandardButton.No)
    window.pane.submit_button.click()
    assert f"No. {first.number}" in asked[0]
    assert competition_sheets.open_sheet(v.judges[1], first.id).row.state == "draft"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.pane.submit_button.click()
    assert competition_sheets.open_sheet(v.judges[1], first.id).row.state == "submitted"
    assert window.detail.row.id != first.id and window.sheet_list.currentRow() == 1  # on to the next
    assert list_texts(window)[0].splitlines()[1].startswith("Submitted")
    window.sheet_list.setCurrentRow(0)
    assert window.pane.sheet_state.text() == "Submitted" and "read-only" in window.pane.notice.text()
    assert not window.pane.submit_button.isEnabled()
    assert not window.pane.lines.flags(window.pane.lines.index(0, MARK)) & Qt.ItemFlag.ItemIsEditable
    assert window.progress.text() == "Marked 1 of 2 sheets · 1 submitted"


def test_an_incomplete_sheet_is_not_submitted_and_says_what_is_missing(qtbot, staff, monkeypatch):
    v = judging_venue(staff)
    window = open_window(qtbot, v.judges[1])
    type_mark(qtbot, window, "15")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.submit_current()
    assert "P3" in window.pane.problem.text() and "P4" in window.pane.problem.text()
    assert window.detail.row.state == "draft"


def test_a_mark_still_being_typed_is_saved_before_the_sheet_is_submitted(qtbot, staff, monkeypatch):
    v = judging_venue(staff, count=1)
    window = open_window(qtbot, v.judges[1])
    sheet_id = window.detail.row.id
    type_mark(qtbot, window, "15")
    type_mark(qtbot, window, "7")
    qtbot.keyClick(window.pane.table, "2")  # typed, no Enter
    assert window.pane.is_editing()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.submit_current()
    assert stored(v.judges[1], sheet_id)["P4"] == 2
    assert competition_sheets.open_sheet(v.judges[1], sheet_id).row.state == "submitted"


def test_delete_clears_a_saved_mark(qtbot, staff):
    v = judging_venue(staff, count=1)
    window = open_window(qtbot, v.judges[1])
    type_mark(qtbot, window, "15")
    window.pane.table.go_to_row(0)
    qtbot.keyClick(window.pane.table, Qt.Key.Key_Delete)
    assert stored(v.judges[1], window.detail.row.id)["P1"] is None
    assert window.pane.lines.index(0, MARK).data() == "" and "0/3 marked" in list_texts(window)[0]


def test_ctrl_enter_submits_the_sheet(qtbot, staff, monkeypatch):
    v = judging_venue(staff, count=1)
    window = open_window(qtbot, v.judges[1])
    fill_sheet(qtbot, window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.pane.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert competition_sheets.open_sheet(v.judges[1], window.detail.row.id).row.state == "submitted"


def test_a_returned_sheet_shows_the_reason_and_can_be_marked_again(qtbot, staff):
    v = judging_venue(staff, count=2)
    window = open_window(qtbot, v.judges[1])
    sheet_id = window.detail.row.id
    fill_sheet(qtbot, window)
    competition_sheets.submit_sheet(v.judges[1], sheet_id, window.detail.row.version)
    competition_sheets.return_sheet(v.judges[0], sheet_id, "P1 评分偏高，请复核")
    window.refresh()
    assert "Reason: P1 评分偏高，请复核" in list_texts(window)[0]
    window.select_sheet(sheet_id)
    assert window.pane.sheet_state.text() == "Returned"
    assert window.pane.notice.isVisible() and window.pane.notice.text() == "Returned by the chief judge: P1 评分偏高，请复核"
    window.pane.table.go_to_row(0)
    type_mark(qtbot, window, "12")
    assert stored(v.judges[1], sheet_id)["P1"] == 12 and window.detail.row.state == "returned"


def test_the_live_refresh_shows_a_sheet_the_chief_returned(qtbot, staff):
    v = judging_venue(staff, count=1)
    window = open_window(qtbot, v.judges[1])
    fill_sheet(qtbot, window)
    competition_sheets.submit_sheet(v.judges[1], window.detail.row.id, window.detail.row.version)
    window.refresh()
    assert not window.detail.editable
    competition_sheets.return_sheet(v.judges[0], window.detail.row.id, "请复核")
    window.refresh_quietly()
    assert window.detail.editable and window.pane.notice.text().endswith("请复核")


def test_a_paper_sheet_is_read_only_and_says_why(qtbot, staff):
    v = judging_venue(staff, count=1)
    with staff.session_factory() as session:
        session.execute(update(ScoreSheet).where(ScoreSheet.judge_id == v.judge_ids[1]).values(mode="paper"))
        session.commit()
    window = open_window(qtbot, v.judges[1])
    assert "marked on paper" in window.pane.notice.text() and not window.pane.submit_button.isEnabled()
    assert window.pane.sheet_state.text() == "Not started · on paper"
    qtbot.keyClick(window.pane.table, "5")
    assert window.pane.table.viewport().findChild(QLineEdit) is None or not window.pane.table.viewport().findChild(
        QLineEdit).isVisible()
    assert stored(v.judges[1], window.detail.row.id)["P1"] is None


def test_a_judge_never_sees_a_contestants_name(qtbot, staff):
    v = judging_venue(staff, count=3)
    names = [c.name for c in competitions.list_contestants(staff, v.event_id)]
    assert all(names)
    window = open_window(qtbot, v.judges[1])
    fill_sheet(qtbot, window)
    shown = [window.windowTitle(), *list_texts(window)]
    shown += [label.text() for label in window.findChildren(QLabel)]
    shown += [combo.itemText(n) for combo in window.findChildren(QComboBox) for n in range(combo.count())]
    shown += [str(window.pane.lines.index(r, c).data()) for r in range(window.pane.lines.rowCount()) for c in range(5)]
    assert not [text for text in shown for name in names if name in text]


def test_the_chief_judge_also_gets_the_matrix_of_every_sheet(qtbot, staff):
    v = judging_venue(staff, count=2)
    window = open_window(qtbot, v.judges[0])
    assert window.tabs.isTabVisible(1) and window.tabs.tabText(1) == "Chief judge"
    assert "chief judge" in window.event_choice.currentText()
    assert window.chief_tab.model.rowCount() == 2 and window.chief_tab.buttons["lock"].isEnabled()


def test_log_out_closes_the_window_and_says_so(qtbot, staff):
    v = judging_venue(staff, count=1)
    window = open_window(qtbot, v.judges[1])
    with qtbot.waitSignal(window.logged_out):
        window.logout_button.click()
    assert not window.isVisible()


# -- routing a login to the judge window ---------------------------------------------------------

def test_only_a_judge_only_account_or_judge_mode_opens_the_judge_window():
    def actor(*roles):
        return Actor(1, "x", "X", frozenset(roles))

    assert app_module.opens_judge_window(actor("judge"))
    assert not app_module.opens_judge_window(actor("staff"))
    assert not app_module.opens_judge_window(actor("judge", "staff"))
    assert not app_module.opens_judge_window(actor("admin"))
    assert app_module.opens_judge_window(actor("staff"), judge_mode=True)


def start(monkeypatch, argv, username) -> list:
    """Run the command line with the login answered as `username`; the windows it showed."""
    shown: list = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the app installs its crash handler
    monkeypatch.setattr(app_module.LoginDialog, "ask",
                        staticmethod(lambda ctx, demo_accounts=(), parent=None:
                                     accounts.log_in(ctx, username, "password1")))
    monkeypatch.setattr(JudgeWindow, "showFullScreen", lambda self: shown.append(self))
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self))
    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    assert main(argv) == 0
    return shown


def test_skillbase_judge_logs_in_then_opens_the_judge_window_for_anyone(qtbot, staff, database_url, monkeypatch):
    shown = start(monkeypatch, ["judge", "--db", database_url, "--lang", "en"], "clerk")
    assert [type(w) for w in shown] == [JudgeWindow]
    assert shown[0].event_choice.currentText() == "No event to mark"
    shown[0].deleteLater()


def test_a_judge_only_account_gets_the_judge_window_and_staff_the_main_window(qtbot, staff, database_url,
                                                                             monkeypatch):
    v = judging_venue(staff, count=1)
    shown = start(monkeypatch, ["--db", database_url, "--lang", "en"], "judge2")
    assert [type(w) for w in shown] == [JudgeWindow] and shown[0].sheet_list.count() == 1
    assert v.judges[1].actor.username == "judge2"
    shown += start(monkeypatch, ["--db", database_url, "--lang", "en"], "clerk")
    assert isinstance(shown[-1], MainWindow)
    for window in shown:
        window.deleteLater()


def test_after_a_judge_logs_out_the_login_comes_back_for_the_next_judge(qtbot, staff, settings, monkeypatch):
    v = judging_venue(staff, count=1)
    shown: list = []
    monkeypatch.setattr(JudgeWindow, "showFullScreen", lambda self: shown.append(self))
    monkeypatch.setattr(app_module.LoginDialog, "ask",
                        staticmethod(lambda ctx, demo_accounts=(), parent=None: v.judges[0].actor))
    workstation = app_module.Workstation(staff, settings, "test", judge_mode=True)
    workstation.open(v.judges[1].actor)
    shown[0].log_out()
    assert len(shown) == 2 and workstation.window is shown[1]
    assert shown[1].tabs.isTabVisible(1) and not shown[0].tabs.isTabVisible(1)  # judge1 is the chief
    assert workstation.closing is shown[0] and not shown[0].isVisible()  # deleted once control returns
    shown[1].deleteLater()
