"""Class and enrolment exports, and the import of the union's online sign-up form."""
from __future__ import annotations

import datetime as dt
import time

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select
from stdnum.cn import ric

from db.models import Attendance, ClassSession, Enrolment
from desktop.domain.errors import UserError
from desktop.services import audit, classes, occupations, signups, trainees
from desktop.services.classes import ClassInput, SessionInput
from desktop.services.context import as_system
from desktop.services.occupations import OccupationInput
from desktop.services.signups import EnrolmentQuery, local_time_text
from desktop.services.signup_forms import import_signup_form
from desktop.services.training_exports import export_classes, export_enrolments
from desktop.services.trainees import TraineeInput, TraineeQuery

NOW = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)  # UTC, naive, like the database
FORM_HEADER = ["序号", "提交时间（自动）", "姓名", "身份证号", "手机号", "工作单位"]


@pytest.fixture(autouse=True)
def beijing(monkeypatch):
    """Run as a workstation in Beijing (UTC+8), so local/UTC conversion really happens."""
    monkeypatch.setenv("TZ", "CST-8")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def number(i: int) -> str:
    body = f"35050319{80 + i % 20:02d}{(i % 12) + 1:02d}{(i % 28) + 1:02d}{i % 1000:03d}"
    return body + ric.calc_check_digit(body + "0")


def person(staff, i: int, name: str) -> int:
    return trainees.create_trainee(staff, TraineeInput(name=name, id_number=number(i))).id


def local(moment: dt.datetime) -> dt.datetime:
    """UTC naive → the Beijing wall-clock time a form shows."""
    return moment.replace(tzinfo=dt.timezone.utc).astimezone().replace(tzinfo=None).replace(microsecond=0)


def form(path, rows: list[list], header: list[str] | None = None):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header or FORM_HEADER)
    for index, row in enumerate(rows, start=1):
        sheet.append([index, *row])
    workbook.save(path)
    return path


def new_class(staff, capacity: int = 2, opens=NOW - dt.timedelta(hours=3), closes=NOW + dt.timedelta(days=7),
              **extra) -> int:
    if not occupations.list_occupations(staff):
        occupations.create_occupation(staff, OccupationInput("插花花艺师", "4-07-13-03", "生活服务", [5, 4, 3]))
    return classes.create_class(staff, ClassInput("插花花艺师（初级）公益课", "插花花艺师", 5, capacity, opens, closes,
                                                  **extra))


def entries(ctx, action: str):
    return audit.list_entries(as_system(ctx), audit.AuditQuery(action=action))


def enrolments(staff, class_id):
    return signups.list_enrolments(staff, EnrolmentQuery(class_id=class_id))


# -- exports ---------------------------------------------------------------------------------

def test_classes_export_has_the_agreed_columns_and_values(staff, tmp_path):
    course = new_class(staff, capacity=1, code="PX2026-007", fee=300, teachers="陈老师", venue="市工人文化宫",
                       sessions=[SessionInput(dt.date(2026, 12, 1), dt.time(9), 180)])
    for i, name in enumerate(("张三", "李四")):
        signups.sign_up(staff, course, person(staff, i, name))
    assert export_classes(staff, tmp_path / "classes.xlsx") == 1
    header, row = list(load_workbook(tmp_path / "classes.xlsx").worksheets[0].values)
    assert header[:8] == ("code", "title", "occupation", "level", "capacity", "opens_at", "closes_at", "fee")
    values = dict(zip(header, row))
    assert (values["code"], values["occupation"], values["level"], values["capacity"], values["fee"]) == (
        "PX2026-007", "插花花艺师", 5, 1, 300)
    assert values["opens_at"] == local_time_text(NOW - dt.timedelta(hours=3))
    assert (values["placed"], values["waiting"], values["status"]) == (1, 1, "full")
    assert values["first_session"] == "2026-12-01" and values["venue"] == "市工人文化宫"


def test_enrolments_export_shows_statuses_positions_hours_and_fees(staff, tmp_path):
    course = new_class(staff, capacity=2, fee=300, sessions=[SessionInput(dt.date(2026, 12, 1), dt.time(9), 90)])
    names = ["张三", "李四", "王五", "赵六", "钱七"]
    signed = [signups.sign_up(staff, course, person(staff, i, n)) for i, n in enumerate(names)]
    signups.withdraw(staff, signed[4].id)  # waiting → withdrawn
    with staff.session_factory() as session, session.begin():  # completion and payment come from other pages
        first = session.get(Enrolment, signed[0].id)
        first.completed_at = first.paid_at = NOW
        first.receipt_no = "SJ2026-0001"
        meeting = session.scalars(select(ClassSession).where(ClassSession.class_id == course)).one()
        session.add(Attendance(session_id=meeting.id, enrolment_id=first.id, status="present"))
    assert export_enrolments(staff, tmp_path / "enrolments.xlsx") == 5
    sheet = load_workbook(tmp_path / "enrolments.xlsx").worksheets[0]
    rows = list(sheet.values)
    assert rows[0][:9] == ("class_code", "id_number", "name", "status", "position", "signed_up_at", "hours",
                           "fee_due", "fee_paid")
    table = [dict(zip(rows[0], r)) for r in rows[1:]]
    assert [(r["name"], r["status"], r["position"]) for r in table] == [
        ("张三", "completed", None), ("李四", "enrolled", None), ("王五", "waiting", 1), ("赵六", "waiting", 2),
        ("钱七", "withdrawn", None)]
    assert table[0]["id_number"] == number(0) and sheet["B2"].data_type == "s"
    assert (table[0]["hours"], table[0]["fee_due"], table[0]["fee_paid"], table[0]["receipt_no"]) == (
        1.5, 300, "yes", "SJ2026-0001")
    assert (table[1]["hours"], table[1]["fee_paid"], table[1]["source"]) == (0, "no", "desk")
    assert table[2]["signed_up_at"] == local_time_text(signed[2].submitted_at)
    assert table[0]["class_code"] == classes.class_row(staff, course).code
    entry = entries(staff, "export")[0]
    assert (entry.entity, entry.summary, entry.after) == ("enrolment", "enrolments.xlsx", {"enrolments": 5})


def test_enrolments_export_pages_through_many_rows_in_order(staff, tmp_path, monkeypatch):
    from desktop.services import training_exports

    monkeypatch.setattr(training_exports, "PAGE", 2)  # several pages per class without many rows
    first, second = new_class(staff, capacity=2, code="B-2"), new_class(staff, capacity=1, code="A-1")
    for i in range(5):
        signups.sign_up(staff, first, person(staff, i, "学员" + chr(0x4E00 + i)))
    signups.sign_up(staff, second, person(staff, 9, "孙九"))
    assert export_enrolments(staff, tmp_path / "e.xlsx") == 6
    rows = list(load_workbook(tmp_path / "e.xlsx").worksheets[0].values)[1:]
    assert [(r[0], r[3], r[4]) for r in rows] == [("A-1", "enrolled", None), ("B-2", "enrolled", None),
                                                  ("B-2", "enrolled", None), ("B-2", "waiting", 1),
                                                  ("B-2", "waiting", 2), ("B-2", "waiting", 3)]
    one = export_enrolments(staff, tmp_path / "one.xlsx", EnrolmentQuery(class_id=second))
    assert one == 1


def test_an_unwritable_export_path_is_refused_before_reading(staff, tmp_path):
    with pytest.raises(UserError, match="Cannot write"):
        export_enrolments(staff, tmp_path / "no such folder" / "e.xlsx")


# -- the sign-up form ------------------------------------------------------------------------

def test_form_rows_are_placed_by_submission_time_not_file_order(staff, tmp_path):
    course = new_class(staff, capacity=2)
    t1, t2, t3 = (NOW - dt.timedelta(minutes=m) for m in (90, 60, 30))
    path = form(tmp_path / "form.xlsx", [
        [local(t3).strftime("%Y/%m/%d %H:%M:%S").replace("/0", "/"), "王五", number(3), "13912345678", "泉州机械厂"],
        [local(t1), "张三", number(1), "", ""],  # an Excel date-time cell
        [local(t2).strftime("%Y-%m-%d %H:%M:%S"), "李四", number(2), "", "泉州机械厂"],
    ])
    report = import_signup_form(staff, course, path)
    assert report.ok and report.placed == ["张三", "李四"] and report.waiting == [("王五", 1)]
    assert report.registered == 3 and report.created == {"employer": ["泉州机械厂"]}
    listed = enrolments(staff, course)
    assert [(e.trainee_name, e.source, e.submitted_at) for e in listed] == [
        ("张三", "form", t1.replace(microsecond=0)), ("李四", "form", t2.replace(microsecond=0)),
        ("王五", "form", t3.replace(microsecond=0))]
    wang = trainees.list_trainees(staff, TraineeQuery(search="王五"))[0]
    assert wang.phone == "13912345678" and wang.employer == "泉州机械厂"
    entry = entries(staff, "import")[0]
    assert entry.entity == "enrolment" and entry.after["placed"] == 2 and entry.after["registered"] == 3


def test_a_late_imported_form_row_waits_ahead_of_later_desk_sign_ups(staff, tmp_path):
    """Desk sign-ups at T2 filled the class and someone has waited since T3; a form row from
    T1 < T2 keeps nobody's seat but goes first in the waiting list (T1 < T3)."""
    course = new_class(staff, capacity=2)
    desk = [signups.sign_up(staff, course, person(staff, i, n)) for i, n in enumerate(("张三", "李四", "王五"))]
    assert [d.status for d in desk] == ["placed", "placed", "waiting"]
    t1 = NOW - dt.timedelta(hours=1)
    report = import_signup_form(staff, course, form(tmp_path / "late.xlsx", [[local(t1), "赵六", number(6), "", ""]]))
    assert report.ok and report.placed == [] and report.waiting == [("赵六", 1)]
    listed = enrolments(staff, course)
    assert [(e.trainee_name, e.status, e.waiting_position) for e in listed] == [
        ("张三", "placed", None), ("李四", "placed", None), ("赵六", "waiting", 1), ("王五", "waiting", 2)]


def test_a_late_form_row_takes_a_free_seat(staff, tmp_path):
    course = new_class(staff, capacity=3)
    signups.sign_up(staff, course, person(staff, 0, "张三"))
    report = import_signup_form(staff, course, form(tmp_path / "f.xlsx", [
        [local(NOW - dt.timedelta(hours=2)), "李四", number(1), "", ""]]))
    assert report.placed == ["李四"]
    assert [e.status for e in enrolments(staff, course)] == ["placed", "placed"]


def test_submissions_outside_the_window_or_in_the_future_are_row_errors(staff, tmp_path):
    course = new_class(staff, capacity=5, opens=NOW - dt.timedelta(hours=3), closes=NOW - dt.timedelta(hours=1))
    path = form(tmp_path / "window.xlsx", [
        [local(NOW - dt.timedelta(hours=2)), "张三", number(1), "", ""],
        [local(NOW - dt.timedelta(hours=4)), "李四", number(2), "", ""],
        [local(NOW - dt.timedelta(minutes=30)), "王五", number(3), "", ""],
        [local(NOW + dt.timedelta(days=1)), "赵六", number(4), "", ""],
        ["下午三点", "钱七", number(5), "", ""],
        [None, "孙八", number(8), "", ""],
    ])
    report = import_signup_form(staff, course, path)
    by_row = {e.row: str(e.message) for e in report.errors}
    assert sorted(by_row) == [3, 4, 5, 6, 7]
    assert "before sign-up opened at " + local_time_text(NOW - dt.timedelta(hours=3)) in by_row[3]
    assert "after sign-up closed at" in by_row[4]
    assert "later than the database server's clock" in by_row[5]
    assert "not a date and time" in by_row[6] and "empty" in by_row[7]
    assert enrolments(staff, course) == [] and trainees.count_trainees(staff, TraineeQuery()) == 0


def test_any_bad_row_imports_nothing_and_every_bad_row_is_reported(staff, tmp_path):
    course = new_class(staff, capacity=5)
    signups.sign_up(staff, course, person(staff, 9, "孙九"))
    at = local(NOW - dt.timedelta(hours=1))
    path = form(tmp_path / "bad.xlsx", [
        [at, "张三", number(1), "", ""],
        [at, "", number(2), "", ""],  # no name
        [at, "王五", number(3)[:-1] + ("0" if number(3)[-1] != "0" else "1"), "", ""],  # wrong check digit
        [at, "赵六", number(4), "555", ""],  # a bad phone matters for a new trainee
        [at, "钱七", 350503198001010011.0, "", ""],  # typed as a number
        [at, "孙久", number(9), "", ""],  # registered as 孙九
    ])
    report = import_signup_form(staff, course, path)
    rows = sorted({e.row for e in report.errors})
    assert rows == [3, 4, 5, 6, 7]
    assert any("format the column as text" in str(e.message) for e in report.errors if e.row == 6)
    assert "registered to 孙九, not 孙久" in str(next(e.message for e in report.errors if e.row == 7))
    assert len(enrolments(staff, course)) == 1 and trainees.count_trainees(staff, TraineeQuery()) == 1
    assert entries(staff, "import") == []


def test_re_importing_skips_held_places_and_duplicates_count(staff, tmp_path):
    course = new_class(staff, capacity=1)
    zhang = NOW - dt.timedelta(hours=2)
    rows = [[local(zhang), "张三", number(1), "", ""],
            [local(NOW - dt.timedelta(hours=1)), "张三", number(1), "", ""],  # submitted twice
            [local(NOW - dt.timedelta(minutes=90)), "李四", number(2), "", ""]]
    path = form(tmp_path / "form.xlsx", rows)
    first = import_signup_form(staff, course, path)
    assert (first.placed, first.waiting, first.duplicates_in_file) == (["张三"], [("李四", 1)], 1)
    again = import_signup_form(staff, course, path)
    assert again.ok and (again.placed, again.waiting, again.registered) == ([], [], 0)
    assert (again.already_signed_up, again.duplicates_in_file) == (2, 1)
    listed = enrolments(staff, course)
    assert len(listed) == 2 and listed[0].submitted_at == zhang.replace(microsecond=0)  # the earliest counts
    signups.withdraw(staff, listed[1].id)
    third = import_signup_form(staff, course, path)
    assert third.withdrawn == 1 and third.waiting == []  # a withdrawal is not undone by the old export


def test_registered_trainees_are_reused_and_new_ones_registered(staff, tmp_path):
    course = new_class(staff, capacity=5)
    person(staff, 1, "张三")
    path = form(tmp_path / "form.xlsx", [[local(NOW - dt.timedelta(hours=1)), "张三", number(1), "13800000000", ""],
                                         [local(NOW - dt.timedelta(hours=1)), "李四", number(2), "13912345678", ""]])
    report = import_signup_form(staff, course, path)
    assert report.registered == 1 and report.placed == ["张三", "李四"]
    assert trainees.count_trainees(staff, TraineeQuery()) == 2
    assert trainees.list_trainees(staff, TraineeQuery(search="张三"))[0].phone == ""  # the register is not edited


def test_a_dry_run_checks_and_reports_but_changes_nothing(staff, tmp_path):
    course = new_class(staff, capacity=1)
    path = form(tmp_path / "form.xlsx", [[local(NOW - dt.timedelta(hours=2)), "张三", number(1), "", ""],
                                         [local(NOW - dt.timedelta(hours=1)), "李四", number(2), "", ""]])
    report = import_signup_form(staff, course, path, dry_run=True)
    assert report.ok and report.dry_run and report.placed == ["张三"] and report.waiting == [("李四", 1)]
    assert report.registered == 2
    assert enrolments(staff, course) == [] and trainees.count_trainees(staff, TraineeQuery()) == 0
    assert entries(staff, "import") == []


def test_header_aliases_and_progress(staff, tmp_path):
    course = new_class(staff, capacity=5)
    header = ["填写时间", "姓名*", "公民身份号码", "联系电话", "单位"]
    workbook = Workbook()
    workbook.active.append(header)
    workbook.active.append([local(NOW - dt.timedelta(hours=1)).strftime("%Y-%m-%d %H:%M"), "张三", number(1), "", ""])
    workbook.save(tmp_path / "alias.xlsx")
    seen = []
    report = import_signup_form(staff, course, tmp_path / "alias.xlsx",
                                progress=lambda done, total: seen.append((done, total)) or True)
    assert report.placed == ["张三"] and seen[-1] == (2, 2)


def test_unreadable_files_missing_columns_and_cancelled_classes_are_refused(staff, tmp_path):
    course = new_class(staff)
    text = tmp_path / "form.xlsx"
    text.write_text("not a workbook")
    with pytest.raises(UserError, match="Cannot read"):
        import_signup_form(staff, course, text)
    with pytest.raises(UserError, match="身份证号"):
        import_signup_form(staff, course, form(tmp_path / "cols.xlsx", [], ["提交时间", "姓名", "手机号"]))
    classes.cancel_class(staff, course)
    with pytest.raises(UserError, match="cancelled"):
        import_signup_form(staff, course, form(tmp_path / "ok.xlsx", []))


@pytest.mark.parametrize("value", ["2026-11-20 09:00:01", "2026/11/20 9:00:01", "2026-11-20 09:00:01.000",
                                   "2026年11月20日 9:00:01", dt.datetime(2026, 11, 20, 9, 0, 1),
                                   dt.datetime(2026, 11, 20, 9, 0, 0, 999_800)])
def test_submission_times_in_beijing_time_become_utc(value):
    from desktop.services.signup_forms import _submission_time

    assert _submission_time(value) == dt.datetime(2026, 11, 20, 1, 0, 1)
