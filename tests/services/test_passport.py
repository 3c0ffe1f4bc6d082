"""The skills passport: classes with credited hours, hours per occupation, levels, certificates."""
import datetime as dt

import pytest
from sqlalchemy import update

from db.models import Attendance, Enrolment
from desktop.domain.errors import NotFound, PermissionDenied, UserError
from desktop.services import certificates, classes, occupations, passport, signups, trainees
from desktop.services.audit import AuditQuery, count_entries
from desktop.services.certificates import IssueRequest
from desktop.services.classes import ClassInput, SessionInput
from desktop.services.occupations import OccupationInput
from desktop.services.passport import CertificateEntry, LevelEntry
from desktop.services.trainees import TraineeInput

NOW = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
DAY = dt.date(2026, 3, 2)


@pytest.fixture
def zhang(staff):
    occupations.create_occupation(staff, OccupationInput("焊工", "6-18-02-04"))
    occupations.create_occupation(staff, OccupationInput("电工", "6-31-01-03"))
    return trainees.create_trainee(staff, TraineeInput(
        name="张三", id_number="350582197501011239", employer="泉州机械厂", county="晋江市",
        occupations=["焊工"], honours=["泉州市劳动模范"])).id


def open_class(staff, title, occupation, minutes, capacity=10):
    """A class open for sign-up now, one session a day from DAY; (class id, session ids)."""
    sessions = [SessionInput(DAY + dt.timedelta(days=i), dt.time(9), m) for i, m in enumerate(minutes)]
    class_id = classes.create_class(staff, ClassInput(
        title, occupation, 5, capacity, NOW - dt.timedelta(hours=1), NOW + dt.timedelta(days=7), sessions=sessions))
    return class_id, classes.get_class(staff, class_id).session_ids


def mark(ctx, enrolment_id, session_ids, statuses):
    # No attendance service yet: the marks go straight into the table.
    with ctx.session_factory() as session, session.begin():
        session.add_all(Attendance(session_id=s, enrolment_id=enrolment_id, status=status)
                        for s, status in zip(session_ids, statuses))


def test_present_and_late_sessions_count_towards_the_hours_excused_and_absent_do_not(staff, zhang):
    welding, welding_sessions = open_class(staff, "焊工（初级）培训班", "焊工", [120, 90, 60, 30])
    wiring, wiring_sessions = open_class(staff, "电工（初级）培训班", "电工", [60, 60])
    more_welding, more_sessions = open_class(staff, "焊工（初级）夜校", "焊工", [45])
    mark(staff, signups.sign_up(staff, welding, zhang).id, welding_sessions, ["present", "late", "excused", "absent"])
    mark(staff, signups.sign_up(staff, wiring, zhang).id, wiring_sessions, ["present", "present"])
    mark(staff, signups.sign_up(staff, more_welding, zhang).id, more_sessions, ["late"])

    data = passport.passport(staff, zhang)

    assert {c.title: c.credited_minutes for c in data.classes} == {
        "焊工（初级）培训班": 210, "电工（初级）培训班": 120, "焊工（初级）夜校": 45}
    assert {h.occupation: h.minutes for h in data.hours} == {"焊工": 255, "电工": 120}
    assert data.total_minutes == 375
    first = data.classes[0]
    assert (first.occupation, first.level_name, first.status) == ("焊工", "五级/初级工", "enrolled")
    assert (first.first_session_on, first.last_session_on) == (DAY, DAY + dt.timedelta(days=3))


def test_someone_elses_attendance_does_not_count(staff, zhang):
    other = trainees.create_trainee(staff, TraineeInput(name="李梅", id_number="11010519491231002X")).id
    course, sessions = open_class(staff, "焊工（初级）培训班", "焊工", [120])
    signups.sign_up(staff, course, zhang)
    mark(staff, signups.sign_up(staff, course, other).id, sessions, ["present"])
    data = passport.passport(staff, zhang)
    assert data.classes[0].credited_minutes == 0 and data.hours == () and data.total_minutes == 0


def test_each_class_shows_where_the_trainee_stands(staff, ctx, zhang):
    other = trainees.create_trainee(staff, TraineeInput(name="李梅", id_number="11010519491231002X")).id
    left, _ = open_class(staff, "退班", "焊工", [60])
    queued, _ = open_class(staff, "候补", "焊工", [60], capacity=1)
    dropped, _ = open_class(staff, "取消", "电工", [60])
    finished, _ = open_class(staff, "结业", "电工", [60])
    signups.withdraw(staff, signups.sign_up(staff, left, zhang).id)
    signups.sign_up(staff, queued, other)
    assert signups.sign_up(staff, queued, zhang).status == "waiting"
    signups.sign_up(staff, dropped, zhang)
    classes.cancel_class(staff, dropped)
    completed = signups.sign_up(staff, finished, zhang).id
    with ctx.session_factory() as session, session.begin():  # no completion service yet
        session.execute(update(Enrolment).where(Enrolment.id == completed).values(completed_at=NOW))

    shown = {c.title: c.status for c in passport.passport(staff, zhang).classes}

    assert shown == {"退班": "withdrawn", "候补": "waiting", "取消": "cancelled", "结业": "completed"}


def test_levels_come_from_issued_level_certificates_and_every_certificate_is_listed(staff, zhang):
    day = dt.date(2026, 1, 5)
    held, revoked, completion = certificates.issue_certificates(staff, [
        IssueRequest("level", zhang, day, occupation="焊工", level=3),
        IssueRequest("level", zhang, day, occupation="电工", level=4),
        IssueRequest("completion", zhang, day + dt.timedelta(days=1), class_title="焊工（初级）培训班", hours=80),
    ])
    certificates.revoke_certificate(staff, revoked.id, "工种填错")

    data = passport.passport(staff, zhang)

    assert data.levels == (LevelEntry("三级/高级工", "焊工", held.number, day),)
    assert data.certificates == (
        CertificateEntry("level", held.number, "三级/高级工", day, "issued"),
        CertificateEntry("level", revoked.number, "四级/中级工", day, "revoked"),
        CertificateEntry("completion", completion.number, "焊工（初级）培训班", day + dt.timedelta(days=1), "issued"),
    )


def test_the_particulars_show_a_masked_id_number_and_the_issuer(staff, zhang):
    data = passport.passport(staff, zhang)
    assert (data.name, data.gender, data.masked_id_number) == ("张三", "男", "350***********1239")
    assert (data.employer, data.county, data.occupations, data.honours) == ("泉州机械厂", "晋江市", ("焊工",),
                                                                             ("泉州市劳动模范",))
    assert data.issuer == "泉州市总工会" and data.prepared_on == dt.date.today()
    assert data.classes == data.hours == data.levels == data.certificates == ()


def test_reading_needs_the_registry_permission_and_an_existing_trainee(staff, judge, zhang):
    with pytest.raises(PermissionDenied):
        passport.passport(judge, zhang)
    with pytest.raises(NotFound):
        passport.passport(staff, zhang + 1000)


def test_saving_the_pdf_is_recorded_and_a_failed_write_says_so(staff, admin, zhang, tmp_path):
    target = tmp_path / "张三.pdf"
    data = passport.save_passport_pdf(staff, zhang, target)
    assert data.name == "张三" and target.read_bytes().startswith(b"%PDF")
    exports = AuditQuery(entity="trainee", action="export")
    assert count_entries(admin, exports) == 1
    with pytest.raises(UserError, match="Cannot write"):
        passport.save_passport_pdf(staff, zhang, tmp_path / "missing" / "张三.pdf")
    assert count_entries(admin, exports) == 1
