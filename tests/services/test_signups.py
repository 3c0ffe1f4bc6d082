import datetime as dt
import threading

import pytest
from stdnum.cn import ric

from desktop.domain.errors import Conflict, ValidationFailed
from desktop.services import classes, occupations, signups, trainees
from desktop.services.occupations import OccupationInput
from desktop.services.classes import ClassInput
from desktop.services.trainees import TraineeInput

NOW = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _people(staff, count):
    ids = []
    for i in range(count):
        body = f"3505031990{(i % 12) + 1:02d}{(i % 28) + 1:02d}{i:03d}"
        ids.append(trainees.create_trainee(staff, TraineeInput(
            name="学员" + chr(0x4E00 + i), id_number=body + ric.calc_check_digit(body + "0"))).id)
    return ids


@pytest.fixture
def course(staff):
    occupations.create_occupation(staff, OccupationInput("插花花艺师", "4-07-13-03", "生活服务", [5, 4, 3]))
    return classes.create_class(staff, ClassInput(
        "插花花艺师（初级）公益课", "插花花艺师", 5, 3,
        NOW - dt.timedelta(hours=1), NOW + dt.timedelta(days=7), teachers="陈老师", venue="市工人文化宫"))


def test_first_come_first_served_then_a_waiting_list_in_order(staff, course):
    people = _people(staff, 5)
    results = [signups.sign_up(staff, course, p) for p in people]
    assert [r.status for r in results] == ["placed"] * 3 + ["waiting"] * 2
    assert [r.waiting_position for r in results[3:]] == [1, 2]


def test_a_withdrawal_promotes_the_first_waiting_person(staff, course):
    people = _people(staff, 5)
    results = [signups.sign_up(staff, course, p) for p in people]
    withdrawn, promoted = signups.withdraw(staff, results[1].id)
    assert withdrawn.status == "withdrawn" and promoted.trainee_id == people[3] and promoted.promoted_at
    listed = signups.list_enrolments(staff, course)
    assert [(e.trainee_id, e.status) for e in listed[:3]] == [(people[0], "placed"), (people[2], "placed"),
                                                             (people[3], "placed")]
    assert listed[3].status == "waiting" and listed[3].waiting_position == 1
    _gone, nobody = signups.withdraw(staff, results[4].id)  # a waiting person frees no place
    assert nobody is None


def test_nobody_holds_two_places_in_one_class(staff, course):
    person = _people(staff, 1)[0]
    signups.sign_up(staff, course, person)
    with pytest.raises(Conflict, match="already"):
        signups.sign_up(staff, course, person)


def test_sign_up_outside_the_window_is_refused(staff):
    occupations.create_occupation(staff, OccupationInput("焊工", "6-18-02-04"))
    later = classes.create_class(staff, ClassInput("焊工（中级）", "焊工", 4, 10, NOW + dt.timedelta(days=1),
                                                   NOW + dt.timedelta(days=2)))
    earlier = classes.create_class(staff, ClassInput("焊工（初级）", "焊工", 5, 10, NOW - dt.timedelta(days=2),
                                                     NOW - dt.timedelta(days=1)))
    person = _people(staff, 1)[0]
    with pytest.raises(Conflict, match="opens at"):
        signups.sign_up(staff, later, person)
    with pytest.raises(Conflict, match="closed at"):
        signups.sign_up(staff, earlier, person)


@pytest.mark.parametrize("change, field", [
    ({"title": " "}, "title"), ({"occupation": "不存在"}, "occupation"), ({"target_level": 1}, "target_level"),
    ({"capacity": 0}, "capacity"), ({"signup_closes_at": NOW - dt.timedelta(days=9)}, "signup_closes_at"),
])
def test_a_class_is_checked(staff, course, change, field):
    data = {"title": "班", "occupation": "插花花艺师", "target_level": 5, "capacity": 5,
            "signup_opens_at": NOW, "signup_closes_at": NOW + dt.timedelta(days=1)} | change
    with pytest.raises(ValidationFailed) as caught:
        classes.create_class(staff, ClassInput(**data))
    assert field in caught.value.field_errors


def test_fifty_simultaneous_sign_ups_for_ten_seats(staff, database_url):
    occupations.create_occupation(staff, OccupationInput("电工", "6-31-01-03"))
    course = classes.create_class(staff, ClassInput("电工（中级）", "电工", 4, 10, NOW - dt.timedelta(hours=1),
                                                    NOW + dt.timedelta(days=1)))
    people = _people(staff, 50)
    start = threading.Barrier(50)
    errors = []

    def desk(person):
        start.wait()
        try:
            signups.sign_up(staff, course, person)
        except Exception as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=desk, args=(p,)) for p in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors[:3]
    listed = signups.list_enrolments(staff, course)
    assert [e.status for e in listed].count("placed") == 10
    assert [e.status for e in listed].count("waiting") == 40
    assert len({e.trainee_id for e in listed}) == 50
    assert sorted(e.waiting_position for e in listed if e.status == "waiting") == list(range(1, 41))


def test_the_list_shows_places_then_the_waiting_list_then_withdrawals(staff, course):
    people = _people(staff, 6)
    rows = [signups.sign_up(staff, course, p) for p in people]
    signups.withdraw(staff, rows[5].id)  # waiting, withdrawn
    signups.withdraw(staff, rows[0].id)  # placed, withdrawn: rows[3] moves up
    listed = signups.list_enrolments(staff, course)
    assert [e.status for e in listed] == ["placed"] * 3 + ["waiting"] + ["withdrawn"] * 2
    assert [e.trainee_id for e in listed[:4]] == [people[1], people[2], people[3], people[4]]
