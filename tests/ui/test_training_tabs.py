"""The class tabs driven as staff use them: attendance from the keyboard and with buttons,
fees and receipts, and completion with certificates."""
from __future__ import annotations

import gc
import weakref

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop.services import attendance, completion, fees, signups
from desktop.services.attendance import Mark
from desktop.ui.certificates import batch_issue
from desktop.ui.training import fees_tab
from desktop.ui.training.attendance_tab import AttendanceModel, AttendanceTab, mark_word
from desktop.ui.training.completion_tab import CAN_COMPLETE, CERTIFICATE, CandidateTableModel, CompletionTab
from desktop.ui.training.fees_tab import PAID, RECEIPT, FeesTab, FeeTableModel
from tests.printing.poppler import pdf_text
from tests.services.training_helpers import TODAY, people, running_class
from tests.ui.conftest import when_dialog_opens


@pytest.fixture
def course(staff):
    """Three sessions held, one to come; three trainees placed (the second a union member)."""
    class_id = running_class(staff, sessions_before_today=3, sessions_after_today=1, fee=380,
                             honour_discount_pct=100, union_discount_pct=20)
    trainees = people(staff, 1) + people(staff, 1, start=1, union_member=True) + people(staff, 1, start=2)
    enrolments = [signups.sign_up(staff, class_id, t).id for t in trainees]
    return class_id, enrolments


def _tab(qtbot, kind, ctx, class_id):
    tab = kind(ctx)
    qtbot.addWidget(tab)
    tab.resize(900, 400)
    tab.show()
    tab.show_class(class_id)
    return tab


def _marks(ctx, class_id, column):
    return [row.marks[column] for row in attendance.attendance_grid(ctx, class_id).rows]


def _messages(answer=QMessageBox.StandardButton.Ok):
    """Answer the next message box, keeping its text."""
    seen: list[str] = []

    def act(box):
        seen.append(box.text())
        box.done(answer)
    return seen, when_dialog_opens(QMessageBox, act)


def test_the_models_are_well_behaved_qt_models(qtmodeltester, staff, course):
    class_id, _ = course
    grid = AttendanceModel()
    grid.set_grid(attendance.attendance_grid(staff, class_id))
    qtmodeltester.check(grid)
    fee_lines = FeeTableModel()
    fee_lines.set_rows(list(fees.fee_report(staff, class_id).lines))
    qtmodeltester.check(fee_lines)
    candidates = CandidateTableModel()
    candidates.set_candidates(*completion.candidates(staff, class_id))
    qtmodeltester.check(candidates)


def test_keys_mark_a_session_and_move_down_the_trainees(qtbot, staff, course):
    class_id, _ = course
    tab = _tab(qtbot, AttendanceTab, staff, class_id)
    grid = tab.model
    assert grid.columnCount() == 4 + 2
    # The cursor starts in the latest session held (the third), first trainee.
    assert (tab.table.currentIndex().row(), tab.table.currentIndex().column()) == (0, 2)
    tab.table.setCurrentIndex(grid.index(0, 0))
    with qtbot.waitSignal(tab.changed):
        QTest.keyClick(tab.table, Qt.Key.Key_P)
    assert tab.table.currentIndex().row() == 1
    QTest.keyClick(tab.table, Qt.Key.Key_2)
    QTest.keyClick(tab.table, Qt.Key.Key_A)
    assert _marks(staff, class_id, 0) == ["present", "late", "absent"]
    assert [grid.index(r, 0).data() for r in range(3)] == [mark_word(s) for s in ("present", "late", "absent")]
    assert grid.index(0, grid.hours_column()).data() == "2" and grid.index(2, grid.pct_column()).data() == "0%"
    tab.table.setCurrentIndex(grid.index(1, 0))
    QTest.keyClick(tab.table, Qt.Key.Key_Delete)
    assert _marks(staff, class_id, 0) == ["present", None, "absent"]
    assert (tab.table.currentIndex().row(), tab.table.currentIndex().column()) == (2, 0)
    assert grid.index(1, 0).data() == ""


def test_a_selected_column_is_marked_with_one_button(qtbot, staff, course):
    class_id, _ = course
    tab = _tab(qtbot, AttendanceTab, staff, class_id)
    attendance.save_marks(staff, class_id, [Mark(course[1][0], tab.model.sessions[1].id, "absent")])
    tab.show_class(class_id)
    tab.table.selectColumn(1)
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.buttons["present"], Qt.MouseButton.LeftButton)
    assert _marks(staff, class_id, 1) == ["present"] * 3
    # The grid shows the saved marks and the selection stays for the next action.
    assert [tab.model.index(r, 1).data() for r in range(3)] == [mark_word("present")] * 3
    assert len(tab.table.selectionModel().selectedIndexes()) == 3
    qtbot.mouseClick(tab.buttons["clear"], Qt.MouseButton.LeftButton)
    assert _marks(staff, class_id, 1) == [None] * 3


def test_a_session_still_to_come_is_refused_with_the_reason(qtbot, staff, course):
    class_id, _ = course
    tab = _tab(qtbot, AttendanceTab, staff, class_id)
    future = 3
    assert tab.model.is_future(future)
    tab.table.selectColumn(future)  # nothing to select in a session still to come
    assert tab.table.selectionModel().selectedIndexes() == []
    tab.table.selectionModel().setCurrentIndex(tab.model.index(0, future), QItemSelectionModel.SelectionFlag.Clear)
    seen, _waiting = _messages()
    with qtbot.assertNotEmitted(tab.changed):
        QTest.keyClick(tab.table, Qt.Key.Key_P)
    assert seen and "has not taken place yet" in seen[0]
    assert _marks(staff, class_id, future) == [None] * 3
    assert tab.table.currentIndex().row() == 0  # the cursor stays on the refused cell


def test_no_class_leaves_nothing_to_do(qtbot, staff, course):
    class_id, _ = course
    for kind in (AttendanceTab, FeesTab, CompletionTab):
        tab = _tab(qtbot, kind, staff, class_id)
        tab.show_class(None)
        assert tab.model.rowCount() == 0
        assert not any(button.isEnabled() for button in tab.buttons.values())


def test_a_payment_gets_the_next_receipt_and_the_totals_follow(qtbot, staff, course, monkeypatch):
    class_id, enrolments = course
    tab = _tab(qtbot, FeesTab, staff, class_id)
    assert tab.totals.text() == "Due ¥1064.00 · Paid ¥0.00 · Outstanding ¥1064.00 (3 unpaid)"
    assert not tab.buttons["record"].isEnabled()
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: asked.append(args[2]) or ("", True))
    informed = []
    monkeypatch.setattr("desktop.ui.feedback.inform", lambda _parent, text: informed.append(text))
    tab.table.selectRow(1)
    assert tab.buttons["record"].isEnabled() and not tab.buttons["cancel"].isEnabled()
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.buttons["record"], Qt.MouseButton.LeftButton)
    receipt = fees.fee_report(staff, class_id).lines[1].receipt_no
    assert receipt.startswith(f"SJ{TODAY.year}-") and "304.00" in asked[0]
    assert receipt in informed[0]
    assert tab.model.index(1, RECEIPT).data() == receipt and tab.model.index(1, PAID).data() == "Yes"
    assert tab.totals.text() == "Due ¥1064.00 · Paid ¥304.00 · Outstanding ¥760.00 (2 unpaid)"
    # The paid line stays selected: it can be cancelled, with a reason.
    assert tab.buttons["cancel"].isEnabled() and not tab.buttons["record"].isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: ("收据填错", True))
    qtbot.mouseClick(tab.buttons["cancel"], Qt.MouseButton.LeftButton)
    assert fees.fee_report(staff, class_id).lines[1].paid_at is None
    assert tab.totals.text().endswith("(3 unpaid)")


def test_a_typed_receipt_number_in_use_is_refused(qtbot, staff, course, monkeypatch):
    class_id, enrolments = course
    used = fees.record_payment(staff, enrolments[0], "0012345")
    tab = _tab(qtbot, FeesTab, staff, class_id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: (used, True))
    tab.table.selectRow(2)
    seen, _waiting = _messages()
    with qtbot.assertNotEmitted(tab.changed):
        qtbot.mouseClick(tab.buttons["record"], Qt.MouseButton.LeftButton)
    assert "0012345" in seen[0] and "another payment" in seen[0]
    assert fees.fee_report(staff, class_id).lines[2].paid_at is None


def test_the_fee_report_is_saved_as_a_pdf(qtbot, staff, course, monkeypatch, tmp_path):
    class_id, enrolments = course
    fees.record_payment(staff, enrolments[0])
    tab = _tab(qtbot, FeesTab, staff, class_id)
    target = tmp_path / "fees.pdf"
    monkeypatch.setattr(fees_tab, "ask_save_path", lambda *args: target)
    qtbot.mouseClick(tab.buttons["report"], Qt.MouseButton.LeftButton)
    text = pdf_text(target)
    for line in fees.fee_report(staff, class_id).lines:
        assert line.trainee_name in text
    assert "培训费收费明细表" in text and "1,064.00" in text and "684.00" in text
    assert "Saved to" in tab.status.text()


def test_completion_from_assessment_to_printed_certificates(qtbot, staff, course, monkeypatch, tmp_path):
    class_id, _ = course
    tab = _tab(qtbot, CompletionTab, staff, class_id)
    # A session still to come is not marked yet: nobody can complete before it.
    assert tab.rule_line.text() == ("To complete: at least 80% attendance of 4 sessions and a passed "
                                    "final assessment.")
    assert tab.model.index(0, CAN_COMPLETE).data() == "sessions not all marked"
    assert not tab.buttons["selectEligible"].isEnabled()

    held = running_class(staff, sessions_before_today=3)
    enrolments = [signups.sign_up(staff, held, t).id for t in people(staff, 3, start=5)]
    sessions = [s.id for s in attendance.attendance_grid(staff, held).sessions]
    attendance.save_marks(staff, held, [Mark(e, s, "present") for e in enrolments for s in sessions])
    tab.show_class(held)
    assert tab.model.index(0, CAN_COMPLETE).data() == "assessment not passed"
    tab.select(enrolments[:2])
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.buttons["passed"], Qt.MouseButton.LeftButton)
    assert [c.assessment for c in completion.candidates(staff, held)[1]] == ["passed", "passed", None]
    assert tab.model.index(1, CAN_COMPLETE).data() == "Yes"
    tab.table.clearSelection()
    qtbot.mouseClick(tab.buttons["selectEligible"], Qt.MouseButton.LeftButton)
    assert [c.enrolment_id for c in tab.selected()] == enrolments[:2]

    target = tmp_path / "certificates.pdf"
    monkeypatch.setattr(batch_issue.IssueDateDialog, "ask", classmethod(lambda cls, *args: TODAY))
    monkeypatch.setattr(batch_issue, "ask_save_path", lambda *args: target)
    questions = []
    monkeypatch.setattr("desktop.ui.feedback.confirm", lambda _parent, text: bool(questions.append(text)))
    with qtbot.waitSignal(tab.changed):
        qtbot.mouseClick(tab.buttons["complete"], Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    assert questions and questions[0].startswith("2 certificates were issued")
    numbers = [tab.model.index(r, CERTIFICATE).data() for r in range(3)]
    assert all(numbers[:2]) and numbers[2] == ""
    assert tab.model.index(0, CAN_COMPLETE).data() == f"Completed {TODAY.isoformat()}"
    assert [c.certificate_number for c in completion.candidates(staff, held)[1]] == numbers[:2] + [None]
    # The completed trainees are final: their rows can no longer be assessed.
    tab.select(enrolments[:1])
    assert not tab.buttons["failed"].isEnabled() and not tab.buttons["complete"].isEnabled()


def test_completing_someone_not_eligible_says_why(qtbot, staff, course, monkeypatch, tmp_path):
    class_id, enrolments = course
    tab = _tab(qtbot, CompletionTab, staff, class_id)
    tab.select(enrolments[:1])
    monkeypatch.setattr(batch_issue.IssueDateDialog, "ask", classmethod(lambda cls, *args: TODAY))
    monkeypatch.setattr(batch_issue, "ask_save_path", lambda *args: tmp_path / "x.pdf")
    seen, _waiting = _messages()
    with qtbot.assertNotEmitted(tab.changed):
        qtbot.mouseClick(tab.buttons["complete"], Qt.MouseButton.LeftButton)
    assert "some sessions have no attendance mark yet" in seen[0]
    assert not (tmp_path / "x.pdf").exists()



def test_a_tab_let_go_is_freed(qtbot, staff, course):
    """Nothing holds a tab alive once dropped (a lambda connected to `self` would, and leaked
    widgets crash the interpreter on exit)."""
    class_id, _ = course
    for kind in (AttendanceTab, FeesTab, CompletionTab):
        tab = kind(staff)
        tab.show_class(class_id)
        freed = weakref.ref(tab)
        del tab
        gc.collect()
        assert freed() is None, kind.__name__
