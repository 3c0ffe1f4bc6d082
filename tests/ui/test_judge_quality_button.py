"""The results tab's "Judge quality (PDF)…": enabled once published, writes the report."""
from fractions import Fraction as F

from PySide6.QtWidgets import QMessageBox

from desktop.services import competitions
from desktop.services.competition_draw import draw_lots
from desktop.services.competition_marks import MarkInput, save_marks
from desktop.services.competition_results import publish
from desktop.services.competition_scheme import list_scheme
from desktop.ui.competitions import results_tab
from desktop.ui.competitions.results_tab import ResultsTab
from tests.services.competition_helpers import event_with_contestants


def test_the_judge_quality_button_writes_the_report_once_published(qtbot, staff, monkeypatch, tmp_path):
    _competition, event_id, judges = event_with_contestants(staff, count=3)
    draw_lots(staff, event_id, "seed")
    aspects = {a.code: a.id for a in list_scheme(staff, event_id)}
    marks = []
    for n, c in enumerate(competitions.list_contestants(staff, event_id)):
        marks.append(MarkInput(c.id, aspects["T1"], None, F(60 + 10 * n)))
        marks += [MarkInput(c.id, aspects["P1"], j, F(10 + n + (2 if k == 0 else 0))) for k, j in enumerate(judges)]
        marks.append(MarkInput(c.id, aspects["P2"], None, F(20)))
    save_marks(staff, event_id, marks)
    tab = ResultsTab(staff)
    qtbot.addWidget(tab)
    tab.show_event(event_id)
    button = tab.findChild(type(tab.buttons["publish"]), "judgeQuality")
    assert button is tab.buttons["judgeQuality"] and not button.isEnabled()  # provisional: not yet
    publish(staff, event_id)
    tab.show_event(event_id)
    assert button.isEnabled()
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    monkeypatch.setattr(results_tab, "ask_save_path", lambda _p, _t, name, _f: tmp_path / name)
    button.click()
    written = tmp_path / "焊工 评判质量报告.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert told and str(written) in told[0]
