"""The Competitions page driven as staff use it: competition and event dialogs, the marking
scheme in and out of Excel, contestants entered through the picker, the lot draw and printouts."""
from __future__ import annotations

from fractions import Fraction as F

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop.services import competition_scheme, competitions
from desktop.services.competition_draw import draw_numbers
from desktop.services.competition_marks import MarkInput, save_marks
from desktop.services.competitions import CompetitionInput
from desktop.ui.competitions import contestants_tab, scheme_tab
from desktop.ui.competitions.contestants_tab import ContestantPickerDialog, ContestantTableModel
from desktop.ui.competitions.event_dialog import CompetitionDialog, EventDialog
from desktop.ui.competitions.page import CompetitionsPage, EventTableModel
from desktop.ui.competitions.scheme_tab import SchemeDialog
from tests.services.competition_helpers import event_with_contestants
from tests.services.training_helpers import people
from tests.ui.conftest import when_dialog_opens


def _page(qtbot, ctx, tabs=None) -> CompetitionsPage:
    page = CompetitionsPage(ctx, tabs)
    qtbot.addWidget(page)
    page.resize(1280, 860)
    return page


@pytest.fixture
def messages(monkeypatch) -> dict[str, list[str]]:
    """What the message boxes said; questions are answered Yes."""
    said: dict[str, list[str]] = {"warning": [], "information": [], "question": []}

    def recorder(kind, answer=None):
        def record(_parent, _title, text, *args, **kwargs):
            said[kind].append(text)
            return answer
        return record

    monkeypatch.setattr(QMessageBox, "warning", recorder("warning"))
    monkeypatch.setattr(QMessageBox, "information", recorder("information"))
    monkeypatch.setattr(QMessageBox, "question", recorder("question", QMessageBox.StandardButton.Yes))
    return said


def _scheme_workbook(path, rows):
    workbook = Workbook()
    workbook.active.append(["code", "section", "criterion", "sub_criterion", "aspect", "type", "max", "step",
                            "levels"])
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def _column(table, column: int) -> list[str]:
    model = table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_a_competition_and_an_event_are_made_through_the_dialogs(qtbot, staff):
    page = _page(qtbot, staff)
    assert not page.buttons["newEvent"].isEnabled()

    def fill_competition(dialog: CompetitionDialog):
        dialog.name.setText("2026年泉州市职工职业技能大赛")
        dialog.year.setValue(2026)
        dialog.organiser.setText("泉州市总工会")
        dialog.level.setCurrentIndex(dialog.level.findData("city"))
        dialog.save()

    when_dialog_opens(CompetitionDialog, fill_competition)
    page.buttons["newCompetition"].click()
    assert page.competition.currentText() == "2026年泉州市职工职业技能大赛"
    assert "City level" in page.competition_info.text() and "泉州市总工会" in page.competition_info.text()

    def fill_event(dialog: EventDialog):
        dialog.name.setText("焊工")
        dialog.occupation.setCurrentText("焊工")
        dialog.stage.setCurrentIndex(dialog.stage.findData("preliminary"))
        dialog.weight_theory.setValue(0.25)
        dialog.weight_practical.setValue(0.75)
        dialog.prizes[0].setValue(0.15)
        dialog.has_min_total.setChecked(True)
        dialog.min_total.setValue(60)
        dialog.has_max_per_team.setChecked(True)
        dialog.max_per_team.setValue(2)
        dialog.save()

    opened = when_dialog_opens(EventDialog, fill_event)
    page.buttons["newEvent"].click()
    event_id = opened[-1].saved_id
    row, data = competitions.get_event(staff, event_id)
    assert (data.weight_theory, data.weight_practical) == (F(1, 4), F(3, 4))
    assert data.prizes[0] == F(15, 100) and data.min_total == 60 and data.max_per_team == 2
    assert row.stage == "preliminary"
    assert page.selected().id == event_id
    assert [page.model.index(0, c).data() for c in range(5)] == ["Preliminary", "焊工", "焊工", "China", "Setting up"]
    assert "weights: theory 0.25, practical 0.75" in page.heading.text()


def test_the_event_dialog_shows_why_weights_are_refused(qtbot, staff):
    competition = competitions.create_competition(staff, CompetitionInput("县赛", 2026, level="county"))
    dialog = EventDialog(staff, competition, None)
    qtbot.addWidget(dialog)
    dialog.name.setText("电工")
    dialog.weight_theory.setValue(0.3)
    dialog.weight_practical.setValue(0.6)
    dialog.save()
    assert "must add up to 1" in dialog.errors["weights"].text() and not dialog.errors["weights"].isHidden()
    assert dialog.saved_id is None and competitions.list_events(staff, competition) == []


def test_editing_an_event_keeps_its_stage_and_saves_the_change(qtbot, staff):
    _competition, event_id, _judges = event_with_contestants(staff, count=2, judges=0)
    page = _page(qtbot, staff)

    def change(dialog: EventDialog):
        assert not dialog.stage.isEnabled()
        dialog.preset.setCurrentIndex(dialog.preset.findData("worldskills"))
        assert not dialog.drop_k.isEnabled()
        dialog.save()

    when_dialog_opens(EventDialog, change)
    page.buttons["editEvent"].click()
    assert competitions.get_event(staff, event_id)[1].preset == "worldskills"
    assert page.model.index(0, 3).data() == "WorldSkills"


def test_a_scheme_imported_from_excel_shows_with_its_section_maxima(qtbot, staff, tmp_path, monkeypatch, messages):
    _competition, event_id, _judges = event_with_contestants(staff, count=2, judges=0)
    path = _scheme_workbook(tmp_path / "scheme.xlsx", [
        ["T1", "theory", "理论知识", "", "笔试", "M", 100, 0.5, ""],
        ["P1", "practical", "焊接操作", "外观", "焊缝成形", "J", 20, 0.5, "差；一般；好；优"],
        ["P2", "practical", "焊接操作", "尺寸", "焊缝宽度", "M", 25, 0.5, ""],
        ["P3", "practical", "安全文明", "", "劳保用品", "M", 5, 1, ""],
    ])
    monkeypatch.setattr(scheme_tab, "ask_open_path", lambda *a: path)
    page = _page(qtbot, staff)
    page.scheme.buttons["import"].click()
    assert messages["question"] and "Replace the 3 aspects" in messages["question"][0]
    assert messages["warning"] == []
    assert page.scheme.maxima.text().startswith("Theory: 100 · Practical: 50")
    assert "4 aspects imported from scheme.xlsx" in page.scheme.status.text()
    criteria = [page.scheme.tree.topLevelItem(i) for i in range(page.scheme.tree.topLevelItemCount())]
    assert [(c.text(0), c.text(4)) for c in criteria] == [("理论知识", "100"), ("焊接操作", "45"), ("安全文明", "5")]
    welding = criteria[1]
    assert [welding.child(i).text(0) for i in range(welding.childCount())] == ["外观", "尺寸"]
    judged = welding.child(0).child(0)
    assert [judged.text(c) for c in range(7)] == ["焊缝成形", "P1", "Practical", "Judgement", "20", "0.5",
                                                  "差；一般；好；优"]
    assert page.model.index(0, 6).data() == "4"  # the event row counts the new aspects


def test_a_scheme_with_a_maximum_off_the_step_is_refused_with_the_reason(qtbot, staff, tmp_path, monkeypatch,
                                                                          messages):
    _competition, event_id, _judges = event_with_contestants(staff, count=2, judges=0)
    path = _scheme_workbook(tmp_path / "bad.xlsx", [["P1", "practical", "操作", "", "成形", "J", 10, 3, ""]])
    monkeypatch.setattr(scheme_tab, "ask_open_path", lambda *a: path)
    page = _page(qtbot, staff)
    page.scheme.buttons["import"].click()
    assert messages["warning"] == ["Row 2: The maximum 10 is not a multiple of the step 3."]
    assert len(competition_scheme.list_scheme(staff, event_id)) == 3  # the old scheme stays


def test_the_scheme_editor_adds_an_aspect_and_shows_refusals(qtbot, staff):
    _competition, event_id, _judges = event_with_contestants(staff, count=2, judges=0)
    dialog = SchemeDialog(staff, event_id, competition_scheme.list_scheme(staff, event_id))
    qtbot.addWidget(dialog)
    dialog.table.selectRow(2)
    dialog.add_after_current()
    new = dialog.table.rowCount() - 1
    assert dialog.table.cellWidget(new, scheme_tab.E_CRITERION).text() == "焊接操作"
    dialog.table.cellWidget(new, scheme_tab.E_CODE).setText("P3")
    dialog.table.cellWidget(new, scheme_tab.E_MAX).setValue(10)
    dialog.table.cellWidget(new, scheme_tab.E_STEP).setValue(3)
    assert dialog.maxima.text() == "Theory: 100 · Practical: 60"
    dialog.save()
    assert dialog.form_error.text() == "Row 4: The maximum 10 is not a multiple of the step 3."
    dialog.table.cellWidget(new, scheme_tab.E_STEP).setValue(0.5)
    dialog.save()
    assert dialog.result() == SchemeDialog.DialogCode.Accepted
    assert [a.code for a in competition_scheme.list_scheme(staff, event_id)] == ["T1", "P1", "P2", "P3"]


def test_the_scheme_cannot_change_once_marks_are_entered(qtbot, staff):
    _competition, event_id, judges = event_with_contestants(staff, count=2, judges=1)
    _marked(staff, event_id)
    dialog = SchemeDialog(staff, event_id, competition_scheme.list_scheme(staff, event_id))
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.form_error.text() == "Marks are entered already: the marking scheme can no longer change."


def test_the_scheme_exports_to_excel(qtbot, staff, tmp_path, monkeypatch):
    event_with_contestants(staff, count=1, judges=0)
    monkeypatch.setattr(scheme_tab, "ask_save_path", lambda *a: tmp_path / "out.xlsx")
    page = _page(qtbot, staff)
    page.scheme.buttons["export"].click()
    sheet = load_workbook(tmp_path / "out.xlsx").active
    assert [row[0] for row in sheet.iter_rows(values_only=True)] == ["code", "T1", "P1", "P2"]
    assert "3 aspects written to" in page.scheme.status.text()


def test_contestants_are_added_through_the_picker_and_refusals_are_shown(qtbot, staff):
    _competition, event_id, _judges = event_with_contestants(staff, count=3, judges=0, max_per_team=2)
    newcomer, other = people(staff, 2, start=700)
    page = _page(qtbot, staff)
    page.tabs.setCurrentWidget(page.contestants)
    said = []

    def desk(dialog: ContestantPickerDialog):
        assert [dialog.team.itemText(i) for i in range(dialog.team.count())] == ["", "南安市代表队", "晋江市代表队"]
        for name, team in (("学员" + chr(0x4E00 + 700), "南安市代表队"), ("学员" + chr(0x4E00 + 500), ""),
                           ("学员" + chr(0x4E00 + 701), "晋江市代表队"), ("学员" + chr(0x4E00 + 701), "丰泽区代表队")):
            dialog.search.setText(name)
            dialog.search.search_now()
            dialog.team.setCurrentText(team)
            dialog.add()
            said.append(dialog.refusal.text() if dialog.refusal.isVisibleTo(dialog) else dialog.outcome.text())
        dialog.reject()

    when_dialog_opens(ContestantPickerDialog, desk)
    page.contestants.buttons["add"].click()
    assert said[0] == "学员" + chr(0x4E00 + 700) + " is entered for 南安市代表队."
    assert said[1] == "学员" + chr(0x4E00 + 500) + " is entered in this event already."
    assert said[2] == "晋江市代表队 has 2 contestants in this event already, the most it may enter."
    assert said[3] == "学员" + chr(0x4E00 + 701) + " is entered for 丰泽区代表队."
    assert page.contestants.model.rowCount() == 5
    assert page.model.index(0, 5).data() == "5"
    assert page.contestants.summary.text().startswith("5 contestants · 3 teams")


def test_marking_absent_shows_at_once(qtbot, staff):
    _competition, event_id, _judges = event_with_contestants(staff, count=3, judges=0)
    page = _page(qtbot, staff)
    contestants = page.contestants
    assert not contestants.buttons["absent"].isEnabled()
    contestants.table.selectRow(1)
    contestants.buttons["absent"].click()
    assert _column(contestants.table, contestants_tab.STATUS) == ["Present", "Absent", "Present"]
    assert [r.status for r in competitions.list_contestants(staff, event_id)] == ["present", "absent", "present"]
    assert "1 absent" in contestants.summary.text()
    contestants.table.selectRow(1)
    contestants.buttons["present"].click()
    assert _column(contestants.table, contestants_tab.STATUS) == ["Present"] * 3


def test_a_draw_with_a_typed_seed_shows_the_drawn_numbers(qtbot, staff, monkeypatch, messages):
    _competition, event_id, _judges = event_with_contestants(staff, count=4, judges=0)
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(a) or ("20261122", True))
    page = _page(qtbot, staff)
    contestants = page.contestants
    assert "Lots not drawn yet" in contestants.draw_note.text()
    contestants.buttons["draw"].click()
    expected = draw_numbers("20261122", [1, 2, 3, 4])
    rows = competitions.list_contestants(staff, event_id)
    shown = dict(zip(_column(contestants.table, contestants_tab.ENTRY),
                     zip(_column(contestants.table, contestants_tab.DRAWN),
                         _column(contestants.table, contestants_tab.STATION))))
    assert shown == {str(n): drawn for n, drawn in expected.items()}
    assert _column(contestants.table, contestants_tab.DRAWN) == sorted(r.drawn_number for r in rows)
    assert "seed 20261122" in contestants.draw_note.text()
    assert "with seed 20261122" in messages["information"][0] and "same seed" in messages["information"][0]
    assert page.model.index(0, 4).data() == "Lots drawn" and "seed 20261122" in page.heading.text()
    messages["information"].clear()
    contestants.buttons["draw"].click()  # again, confirmed: the same seed, the same numbers
    assert "drawn with seed 20261122" in messages["question"][0]
    assert {r.id: r.drawn_number for r in competitions.list_contestants(staff, event_id)} == \
        {r.id: r.drawn_number for r in rows}


def test_a_draw_after_marks_is_refused(qtbot, staff, monkeypatch, messages):
    _competition, event_id, _judges = event_with_contestants(staff, count=2, judges=1)
    _marked(staff, event_id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    page = _page(qtbot, staff)
    page.contestants.buttons["draw"].click()
    assert messages["warning"] == ["Marks are entered already: the lots can no longer be drawn again."]


def test_the_check_in_list_waits_for_the_draw(qtbot, staff, tmp_path, monkeypatch, messages):
    event_with_contestants(staff, count=2, judges=0)
    monkeypatch.setattr(contestants_tab, "ask_save_path", lambda *a: tmp_path / "checkin.pdf")
    page = _page(qtbot, staff)
    page.contestants.buttons["checkin"].click()
    assert messages["warning"] == ["Draw the lots first: the check-in list shows the drawn numbers."]
    assert not (tmp_path / "checkin.pdf").exists()


def test_the_check_in_list_and_rules_summary_are_saved_as_pdf(qtbot, staff, tmp_path, monkeypatch, messages):
    _competition, event_id, _judges = event_with_contestants(staff, count=3, judges=0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("7", True))
    monkeypatch.setattr(contestants_tab, "ask_save_path", lambda *a: tmp_path / "checkin.pdf")
    monkeypatch.setattr(scheme_tab, "ask_save_path", lambda *a: tmp_path / "rules.pdf")
    page = _page(qtbot, staff)
    page.contestants.buttons["draw"].click()
    page.contestants.buttons["checkin"].click()
    page.scheme.buttons["rules"].click()
    assert messages["warning"] == []
    assert (tmp_path / "checkin.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "rules.pdf").read_bytes().startswith(b"%PDF")
    assert "checkin.pdf" in page.contestants.draw_note.text()


class _ResultsTab(QWidget):
    changed = Signal()

    def __init__(self):
        super().__init__()
        self.shown: list[int | None] = []

    def show_event(self, event_id):
        self.shown.append(event_id)


def test_further_tabs_follow_the_chosen_event_and_hear_of_changes(qtbot, staff):
    _competition, event_id, _judges = event_with_contestants(staff, count=2, judges=0)
    extra = _ResultsTab()
    page = _page(qtbot, staff, [("Results", extra)])
    assert page.tabs.tabText(2) == "Results" and extra.shown[-1] == event_id
    extra.shown.clear()
    page.contestants.table.selectRow(0)
    page.contestants.buttons["absent"].click()
    assert extra.shown == [event_id]
    extra.changed.emit()  # e.g. results published elsewhere: the scheme tab shows the event again
    assert page.scheme.event_id == event_id


def test_the_table_models_are_well_behaved(qtmodeltester, staff):
    _competition, event_id, _judges = event_with_contestants(staff, count=3, judges=0)
    events = EventTableModel()
    events.set_rows(competitions.list_events(staff))
    qtmodeltester.check(events)
    people_model = ContestantTableModel()
    people_model.set_rows(competitions.list_contestants(staff, event_id))
    qtmodeltester.check(people_model)


def _marked(ctx, event_id):
    from desktop.services.competition_draw import draw_lots

    draw_lots(ctx, event_id, "1")
    contestant = competitions.list_contestants(ctx, event_id)[0]
    theory = next(a for a in competition_scheme.list_scheme(ctx, event_id) if a.code == "T1")
    save_marks(ctx, event_id, [MarkInput(contestant.id, theory.id, None, F(80))])


def test_judges_are_added_from_the_page_and_give_the_marks_tab_their_sheets(qtbot, staff):
    from desktop.services import competitions as competition_service
    from desktop.ui.competitions.judges_dialog import JudgesDialog
    from desktop.ui.competitions.page import build_competitions_page

    competition, _event_id, _judges = event_with_contestants(staff, count=2, judges=0)
    page = build_competitions_page(staff)
    qtbot.addWidget(page)

    def add(dialog: JudgesDialog):
        dialog.label.setText("J1")
        dialog.name.setText("王建国")
        dialog.chief.setChecked(True)
        dialog.add()
        dialog.reject()

    from tests.ui.conftest import when_dialog_opens

    when_dialog_opens(JudgesDialog, add)
    page.buttons["judges"].click()
    assert competition_service.list_judges(staff, competition) == [
        (competition_service.list_judges(staff, competition)[0][0], "J1", "王建国", True)]
    marks = next(w for w in page.detail_tabs if w.__class__.__name__ == "MarksTab")
    assert marks.sheet.count() == 2  # measurements and J1
