from fractions import Fraction as F

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from desktop.services import competitions
from desktop.services.competition_draw import draw_lots
from desktop.services.competition_marks import MarkInput, list_marks, save_marks
from desktop.services.competition_results import event_results
from desktop.services.competition_scheme import list_scheme
from desktop.ui.competitions.marks_tab import MarksTab
from desktop.ui.competitions.results_tab import ResultsTab
from tests.services.competition_helpers import event_with_contestants


def _drawn(staff, count=3):
    _competition, event_id, judges = event_with_contestants(staff, count=count)
    draw_lots(staff, event_id, "seed")
    return event_id, judges


def test_typing_marks_saves_each_and_moves_down(qtbot, staff):
    event_id, judges = _drawn(staff)
    tab = MarksTab(staff)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_event(event_id)
    tab.sheet.setCurrentIndex(tab.sheet.findData(judges[0]))
    assert [a.code for a in tab.model.aspects] == ["P1"]  # a judge's sheet: the judged aspects
    assert tab.model.headerData(0, Qt.Orientation.Vertical) == tab.model.people[0].drawn_number
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    for text in ("15", "12.5"):
        qtbot.keyClick(tab.table, text[0])  # the first key opens the editor with it
        editor = tab.table.viewport().findChild(QLineEdit) or tab.table.findChild(QLineEdit)
        assert editor is not None
        qtbot.keyClicks(editor, text[1:])
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.wait(20)
    saved = {m.contestant_id: m.value for m in list_marks(staff, event_id, judges[0]) if m.judge_id == judges[0]}
    assert sorted(saved.values()) == [F("12.5"), F(15)] and tab.table.currentIndex().row() == 2


def test_a_mark_off_the_step_is_refused_with_the_reason(qtbot, staff, monkeypatch):
    event_id, _judges = _drawn(staff)
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: told.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: told.append(text))
    tab = MarksTab(staff)
    qtbot.addWidget(tab)
    tab.show_event(event_id)  # the measurements sheet first
    assert [a.code for a in tab.model.aspects] == ["T1", "P2"]
    tab.model.setData(tab.model.index(0, 1), "20.3")
    qtbot.waitUntil(lambda: bool(told))
    assert "steps of 0.5" in told[0] and not list_marks(staff, event_id)


def _mark_everyone(staff, event_id, judges):
    aspects = {a.code: a.id for a in list_scheme(staff, event_id)}
    marks = []
    for n, c in enumerate(competitions.list_contestants(staff, event_id)):
        marks.append(MarkInput(c.id, aspects["T1"], None, F(60 + 10 * n)))
        marks += [MarkInput(c.id, aspects["P1"], j, F(10 + n)) for j in judges]
        marks.append(MarkInput(c.id, aspects["P2"], None, F(20)))
    save_marks(staff, event_id, marks)


def test_results_publish_and_awards(qtbot, staff, monkeypatch, tmp_path):
    from desktop.ui.certificates import batch_issue

    event_id, judges = _drawn(staff)
    _mark_everyone(staff, event_id, judges)
    tab = ResultsTab(staff)
    qtbot.addWidget(tab)
    tab.show_event(event_id)
    assert tab.state.text().startswith("Provisional") and not tab.buttons["awards"].isEnabled()
    assert [tab.model.index(r, 0).data() for r in range(3)] == ["1", "2", "3"]
    assert tab.model.index(0, 8).data() == "二等奖" and tab.teams.rowCount() == 2  # n 3: c1 = round(0.3) = 0
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(tab.changed):
        tab.buttons["publish"].click()
    assert tab.state.text().startswith("Published") and tab.buttons["awards"].isEnabled()
    monkeypatch.setattr(batch_issue.IssueDateDialog, "ask", classmethod(lambda cls, *args: __import__("datetime").date(2026, 11, 22)))
    monkeypatch.setattr(batch_issue, "ask_save_path", lambda *a: tmp_path / "awards.pdf")
    monkeypatch.setattr("desktop.ui.feedback.confirm", lambda *_a: False)
    with qtbot.waitSignal(tab.changed):
        tab.buttons["awards"].click()
    assert (tmp_path / "awards.pdf").read_bytes().startswith(b"%PDF")
    assert all(r.certificate_id for r in event_results(staff, event_id).rows if r.result.prize)
    assert not tab.buttons["awards"].isEnabled()


def test_result_sheet_and_excel_from_the_results_tab(qtbot, staff, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    from desktop.ui.competitions import results_tab

    event_id, judges = _drawn(staff)
    _mark_everyone(staff, event_id, judges)
    tab = ResultsTab(staff)
    qtbot.addWidget(tab)
    tab.show_event(event_id)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(results_tab, "ask_save_path", lambda _p, _t, name, _f: tmp_path / name)
    tab.buttons["sheet"].click()
    tab.buttons["excel"].click()
    assert (tmp_path / "焊工 成绩表.pdf").read_bytes().startswith(b"%PDF")
    header = next(load_workbook(tmp_path / "焊工 成绩.xlsx").active.iter_rows(max_row=1, values_only=True))
    assert header[:2] == ("rank", "number") and "name" in header


def test_advancement_from_the_results_tab(qtbot, staff, monkeypatch):
    from desktop.services.competitions import EventInput
    from desktop.ui.competitions.results_tab import AdvancementDialog
    from tests.ui.conftest import when_dialog_opens

    competition, event_id, judges = event_with_contestants(staff, count=4, stage="preliminary")
    final = competitions.create_event(staff, competition, EventInput("焊工", "焊工", stage="final"))
    draw_lots(staff, event_id, "s")
    _mark_everyone_four(staff, event_id, judges)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab = ResultsTab(staff)
    qtbot.addWidget(tab)
    tab.show_event(event_id)
    tab.buttons["publish"].click()
    said = []

    def advance_two(dialog: AdvancementDialog):
        dialog.use_top.setChecked(True)
        dialog.top.setValue(2)
        dialog.save_rule()
        dialog.enter()
        said.append(dialog.outcome.text())
        dialog.reject()

    when_dialog_opens(AdvancementDialog, advance_two)
    tab.buttons["advance"].click()
    assert said and said[0].startswith("2 entered")
    assert len(competitions.list_contestants(staff, final)) == 2
    assert [tab.model.index(r, 9).data() for r in range(4)] == ["Yes", "Yes", "", ""]


def _mark_everyone_four(staff, event_id, judges):
    _mark_everyone(staff, event_id, judges)
