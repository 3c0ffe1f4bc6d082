import dataclasses
import datetime as dt
import io

import pytest

from desktop.domain.errors import Conflict, ValidationFailed
from desktop.domain.training import ClassStatus
from desktop.services import attendance, certificates, classes, completion, fees, signups
from desktop.services.attendance import Mark
from desktop.services.certificates import CertificateQuery
from desktop.services.classes import ClassQuery, SessionInput
from tests.services.training_helpers import NOW, TODAY, people, running_class


def test_a_class_gets_the_next_code_and_its_sessions(staff):
    first, second = running_class(staff), running_class(staff)
    one, two = classes.get_class(staff, first), classes.get_class(staff, second)
    assert one.row.code == f"PX{TODAY.year}-001" and two.row.code == f"PX{TODAY.year}-002"
    assert len(one.data.sessions) == 3 and one.row.first_session_on == TODAY - dt.timedelta(days=3)


def test_the_status_filter_in_sql_matches_the_rule(staff):
    running = running_class(staff, sessions_after_today=1)
    upcoming = running_class(staff, signup_opens_at=NOW + dt.timedelta(days=1),
                             signup_closes_at=NOW + dt.timedelta(days=2), sessions=[])
    full = running_class(staff, capacity=1, sessions=[])
    signups.sign_up(staff, full, people(staff, 1)[0])
    cancelled = running_class(staff, sessions=[])
    classes.cancel_class(staff, cancelled)
    for course, status in ((running, ClassStatus.RUNNING), (upcoming, ClassStatus.UPCOMING),
                           (full, ClassStatus.FULL), (cancelled, ClassStatus.CANCELLED)):
        assert classes.class_row(staff, course).status is status
        assert [r.id for r in classes.list_classes(staff, ClassQuery(status=status))] == [course]
    assert classes.count_classes(staff, ClassQuery(search="PX")) == 4


def test_more_seats_place_the_first_waiting_people(staff):
    course = running_class(staff, capacity=2)
    for person in people(staff, 4):
        signups.sign_up(staff, course, person)
    data = dataclasses.replace(classes.get_class(staff, course).data, capacity=3)
    assert classes.update_class(staff, course, data) == ["学员" + chr(0x4E02)]
    with pytest.raises(ValidationFailed) as caught:
        classes.update_class(staff, course, dataclasses.replace(data, capacity=2))
    assert "capacity" in caught.value.field_errors


def test_sessions_are_checked(staff):
    clash = [SessionInput(TODAY, dt.time(19), 60), SessionInput(TODAY, dt.time(19), 90)]
    with pytest.raises(ValidationFailed) as caught:
        running_class(staff, sessions=clash)
    assert "sessions" in caught.value.field_errors


def test_discounts_at_sign_up_and_after_a_fee_change(staff):
    course = running_class(staff, honour_discount_pct=100, union_discount_pct=20)
    plain, member = people(staff, 1)[0], people(staff, 1, start=1, union_member=True)[0]
    model = people(staff, 1, start=2, honours=["全国劳动模范"])[0]
    rows = {p: signups.sign_up(staff, course, p) for p in (plain, member, model)}
    assert [(rows[p].fee_due_fen, rows[p].discount) for p in (plain, member, model)] == \
        [(38000, ""), (30400, "union"), (0, "honour")]
    receipt = fees.record_payment(staff, rows[plain].id)
    data = dataclasses.replace(classes.get_class(staff, course).data, fee=400)
    classes.update_class(staff, course, data)
    listed = {r.trainee_id: r for r in signups.list_enrolments(staff, course)}
    assert listed[plain].fee_due_fen == 38000 and listed[plain].receipt_no == receipt  # paid: unchanged
    assert listed[member].fee_due_fen == 32000


def test_payments_and_the_fee_report(staff):
    course = running_class(staff, union_discount_pct=20)
    a, b = people(staff, 2)
    ra, rb = signups.sign_up(staff, course, a), signups.sign_up(staff, course, b)
    assert fees.record_payment(staff, ra.id).startswith(f"SJ{TODAY.year}-")
    with pytest.raises(Conflict, match="paid already"):
        fees.record_payment(staff, ra.id)
    with pytest.raises(ValidationFailed):
        fees.record_payment(staff, rb.id, signups.get_enrolment(staff, ra.id).receipt_no)
    fees.record_payment(staff, rb.id, "0012345")
    with pytest.raises(Conflict, match="cancel the payment"):
        signups.withdraw(staff, rb.id)
    fees.cancel_payment(staff, rb.id, "录入错误")
    report = fees.fee_report(staff, course)
    assert (report.due_fen, report.paid_fen, report.outstanding_fen) == (76000, 38000, 38000)
    assert report.lines[0].id_number_masked.count("*") >= 8


def test_attendance_hours_and_future_sessions(staff):
    course = running_class(staff, sessions_before_today=2, sessions_after_today=1)
    a, b = people(staff, 2)
    ea, eb = signups.sign_up(staff, course, a), signups.sign_up(staff, course, b)
    grid = attendance.attendance_grid(staff, course)
    s1, s2, s3 = (s.id for s in grid.sessions)
    grid = attendance.save_marks(staff, course, [Mark(ea.id, s1, "present"), Mark(ea.id, s2, "late"),
                                                 Mark(eb.id, s1, "excused"), Mark(eb.id, s2, "absent")])
    by_id = {r.enrolment_id: r for r in grid.rows}
    assert by_id[ea.id].credited_minutes == 240 and by_id[ea.id].attendance_pct == 100
    assert by_id[eb.id].credited_minutes == 0 and by_id[eb.id].attendance_pct == 0
    with pytest.raises(ValidationFailed, match="not taken place"):
        attendance.save_marks(staff, course, [Mark(ea.id, s3, "present"), Mark(eb.id, s1, "present")])
    assert attendance.attendance_grid(staff, course).rows[1].marks[0] == "excused"  # nothing saved
    assert signups.get_enrolment(staff, ea.id).credited_minutes == 240


def test_completion_issues_certificates_for_those_who_meet_the_rule(staff):
    course = running_class(staff, sessions_before_today=5)
    a, b, c = people(staff, 3)
    ea, eb, ec = (signups.sign_up(staff, course, p) for p in (a, b, c))
    sessions = [s.id for s in attendance.attendance_grid(staff, course).sessions]
    marks = [Mark(ea.id, s, "present") for s in sessions] + [Mark(ec.id, s, "present") for s in sessions]
    marks += [Mark(eb.id, s, "present" if i < 3 else "absent") for i, s in enumerate(sessions)]
    attendance.save_marks(staff, course, marks)
    completion.set_assessment(staff, [ea.id, eb.id], "passed")
    rule, found = completion.candidates(staff, course)
    blocks = {f.enrolment_id: f.block for f in found}
    assert rule.min_attendance_pct == 80 and blocks[ea.id] is None
    assert blocks[eb.id].value == "attendance" and blocks[ec.id].value == "assessment"
    with pytest.raises(Conflict, match="below the class's minimum"):
        completion.complete_and_print(staff, course, [ea.id, eb.id], TODAY, io.BytesIO())
    assert certificates.count_certificates(staff, CertificateQuery(kind="completion")) == 0  # nothing issued
    pdf = io.BytesIO()
    issued = completion.complete_and_print(staff, course, [ea.id], TODAY, pdf)
    assert len(issued) == 1 and pdf.getvalue().startswith(b"%PDF")
    done = signups.get_enrolment(staff, ea.id)
    assert done.shown_status.value == "completed" and done.certificate_id == issued[0].id
    assert "插花花艺师（初级）公益课" in issued[0].detail
    with pytest.raises(Conflict, match="completed this class already"):
        completion.complete_and_print(staff, course, [ea.id], TODAY, io.BytesIO())
    with pytest.raises(Conflict, match="attendance is final"):
        attendance.save_marks(staff, course, [Mark(ea.id, sessions[0], "absent")])


def test_moving_a_session_keeps_its_marks_and_marked_sessions_stay(staff):
    course = running_class(staff, sessions_before_today=2)
    enrolment = signups.sign_up(staff, course, people(staff, 1)[0])
    first, second = attendance.attendance_grid(staff, course).sessions
    attendance.save_marks(staff, course, [Mark(enrolment.id, first.id, "present")])
    data = classes.get_class(staff, course).data
    moved = [dataclasses.replace(data.sessions[0], starts_at=dt.time(18, 30)), data.sessions[1]]
    classes.update_class(staff, course, dataclasses.replace(data, sessions=moved))
    grid = attendance.attendance_grid(staff, course)
    assert grid.sessions[0].starts_at == dt.time(18, 30) and grid.rows[0].marks[0] == "present"
    with pytest.raises(ValidationFailed, match="has attendance marks"):
        classes.update_class(staff, course, dataclasses.replace(data, sessions=[data.sessions[1]]))
    classes.update_class(staff, course, dataclasses.replace(data, sessions=moved[:1]))  # unmarked one goes
    assert len(attendance.attendance_grid(staff, course).sessions) == 1


def test_sessions_are_final_once_someone_completed(staff):
    course = running_class(staff, sessions_before_today=1, requires_assessment=False)
    enrolment = signups.sign_up(staff, course, people(staff, 1)[0])
    session_id = attendance.attendance_grid(staff, course).sessions[0].id
    attendance.save_marks(staff, course, [Mark(enrolment.id, session_id, "present")])
    completion.complete_and_print(staff, course, [enrolment.id], TODAY, io.BytesIO())
    data = classes.get_class(staff, course).data
    longer = [dataclasses.replace(data.sessions[0], minutes=240)]
    with pytest.raises(ValidationFailed, match="final"):
        classes.update_class(staff, course, dataclasses.replace(data, sessions=longer))
    classes.update_class(staff, course, dataclasses.replace(data, venue="泉州市职工之家"))  # other details may change


def test_a_cancelled_class_takes_no_payments_marks_or_promotions(staff):
    course = running_class(staff, capacity=1)
    a, b = people(staff, 2)
    ea, eb = signups.sign_up(staff, course, a), signups.sign_up(staff, course, b)
    fees.record_payment(staff, ea.id)
    assert classes.cancel_class(staff, course) == 1  # one paid fee to refund
    with pytest.raises(Conflict, match="cancelled"):
        fees.record_payment(staff, eb.id)
    with pytest.raises(Conflict, match="cancelled"):
        attendance.save_marks(staff, course, [])
    with pytest.raises(Conflict, match="cancelled"):
        classes.update_class(staff, course, classes.get_class(staff, course).data)
    fees.cancel_payment(staff, ea.id, "退费")
    _gone, promoted = signups.withdraw(staff, ea.id)
    assert promoted is None and signups.get_enrolment(staff, eb.id).status == "waiting"


def test_only_a_new_price_changes_what_unpaid_sign_ups_owe(staff):
    course = running_class(staff, union_discount_pct=20)
    member = people(staff, 1, union_member=True)[0]
    enrolment = signups.sign_up(staff, course, member)
    data = classes.get_class(staff, course).data
    classes.update_class(staff, course, dataclasses.replace(data, venue="别处"))
    assert signups.get_enrolment(staff, enrolment.id).fee_due_fen == 30400
    classes.update_class(staff, course, dataclasses.replace(data, union_discount_pct=50))
    assert signups.get_enrolment(staff, enrolment.id).fee_due_fen == 19000


def test_two_desks_withdrawing_the_same_person_free_one_place(staff):
    import threading

    course = running_class(staff, capacity=1)
    a, b, c = people(staff, 3)
    first = signups.sign_up(staff, course, a)
    signups.sign_up(staff, course, b)
    signups.sign_up(staff, course, c)
    start, outcomes = threading.Barrier(2), []

    def desk():
        start.wait()
        try:
            outcomes.append(signups.withdraw(staff, first.id))
        except Conflict as refused:
            outcomes.append(refused)

    threads = [threading.Thread(target=desk) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(isinstance(o, Conflict) for o in outcomes) == 1
    assert classes.class_row(staff, course).placed == 1 and classes.class_row(staff, course).waiting == 1
