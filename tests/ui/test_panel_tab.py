"""The judges dialog (account, employer, team) and an event's panel tab with its exclusions."""
from PySide6.QtCore import Qt

from desktop.services import competition_panel
from desktop.ui.competitions.judges_dialog import JudgesDialog
from desktop.ui.competitions.panel_tab import CHIEF, ON_PANEL, PanelTab
from tests.conftest import make_user
from tests.services.competition_helpers import event_with_contestants


def test_a_judge_gets_an_account_and_a_team_and_the_panel_shows_whom_they_never_judge(qtbot, staff):
    competition, event_id, _ = event_with_contestants(staff, count=4, judges=0)
    referee = make_user(staff, "referee1", {"judge"})
    dialog = JudgesDialog(staff, competition)
    qtbot.addWidget(dialog)
    dialog.label.setText("J1")
    dialog.name.setText("王建国")
    dialog.account.setCurrentIndex(dialog.account.findData(referee.actor.user_id))
    dialog.team.setCurrentText("晋江市代表队")
    dialog.chief.setChecked(True)
    dialog.add()
    dialog.label.setText("J2")
    dialog.name.setText("李明")
    dialog.add()
    assert dialog.table.rowCount() == 2 and dialog.table.item(0, 2).text() == "referee1"
    assert dialog.table.item(0, 4).text() == "晋江市代表队"

    tab = PanelTab(staff)
    qtbot.addWidget(tab)
    tab.show_event(event_id)
    assert "No panel yet" in tab.hint.text()
    tab.table.item(0, CHIEF).setCheckState(Qt.CheckState.Checked)  # the chief sits on the panel too
    assert tab.table.item(0, ON_PANEL).checkState() == Qt.CheckState.Checked
    tab.table.item(1, ON_PANEL).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(tab.changed):
        tab.save_button.click()
    panel = competition_panel.panel_of(staff, event_id)
    assert [(p.label, p.chief) for p in panel] == [("J1", True), ("J2", False)]
    assert tab.exclusions.rowCount() == 2  # J1 never judges the two 晋江 contestants
    assert {tab.exclusions.item(r, 2).text() for r in range(2)} == {"same team"}
    assert tab.exclusions.item(0, 0).text().startswith("J1")


def test_a_judge_who_marked_stays_on_the_panel_with_a_message(qtbot, staff):
    from fractions import Fraction as F

    from desktop.services import competition_draw
    from desktop.services.competition_marks import MarkInput, save_marks
    from desktop.services.competition_panel import JudgeInput, save_judge, set_panel
    from desktop.services.competition_scheme import list_scheme
    from desktop.services.competitions import list_contestants

    competition, event_id, _ = event_with_contestants(staff, count=2, judges=0)
    ids = [save_judge(staff, competition, JudgeInput(label)) for label in ("J1", "J2")]
    set_panel(staff, event_id, ids, None)
    competition_draw.draw_lots(staff, event_id, "7")
    aspect = next(a.id for a in list_scheme(staff, event_id) if a.kind == "J")
    save_marks(staff, event_id, [MarkInput(list_contestants(staff, event_id)[0].id, aspect, ids[1], F(10))])
    tab = PanelTab(staff)
    qtbot.addWidget(tab)
    tab.show_event(event_id)
    tab.table.item(1, ON_PANEL).setCheckState(Qt.CheckState.Unchecked)
    tab.save_button.click()
    assert "J2" in tab.error.text() and tab.error.isVisibleTo(tab)
    assert len(competition_panel.panel_of(staff, event_id)) == 2
