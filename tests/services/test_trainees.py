import pytest

from desktop.domain.errors import PermissionDenied, ValidationFailed
from desktop.services import audit, catalogue, trainees
from desktop.services.trainees import SortKey, Status, TraineeInput, TraineeQuery

ZHANG = TraineeInput(name="张三", id_number="350582197501011239", phone="13912345678",
                     employer="晋江恒安鞋业有限公司", county="晋江市", education="高中",
                     occupations=["制鞋工", "焊工"], honours=["劳动模范"])
LI = TraineeInput(name="李梅", id_number="11010519491231002X", employer="泉州机械厂", county="鲤城区")


def test_a_registered_trainee_reads_back_with_derived_birth_date_and_gender(staff):
    saved = trainees.create_trainee(staff, ZHANG)
    again = trainees.get_trainee(staff, saved.id)
    assert (again.name, again.gender, again.birth_date.isoformat()) == ("张三", "M", "1975-01-01")
    assert again.employer == "晋江恒安鞋业有限公司" and again.county == "晋江市"
    assert sorted(again.occupations) == sorted(["焊工", "制鞋工"])
    assert again.honours == ["劳动模范"]


def test_every_bad_field_gets_its_own_message(staff):
    bad = TraineeInput(name="", id_number="350582197501011234", phone="123", education="幼儿园")
    with pytest.raises(ValidationFailed) as caught:
        trainees.create_trainee(staff, bad)
    assert set(caught.value.field_errors) == {"name", "id_number", "phone", "education"}
    assert trainees.count_trainees(staff, TraineeQuery()) == 0


def test_gender_contradicting_the_id_number_is_refused(staff):
    with pytest.raises(ValidationFailed) as caught:
        trainees.create_trainee(staff, TraineeInput(name="张三", id_number=ZHANG.id_number, gender="F"))
    assert "男" in str(caught.value.field_errors["gender"])


def test_one_trainee_per_id_number_even_when_archived(staff):
    first = trainees.create_trainee(staff, ZHANG)
    trainees.set_archived(staff, first.id, True)
    with pytest.raises(ValidationFailed) as caught:
        trainees.create_trainee(staff, TraineeInput(name="张三丰", id_number=ZHANG.id_number))
    assert "archived" in str(caught.value.field_errors["id_number"])


def test_list_masks_id_numbers_and_filters_in_the_database(staff):
    zhang = trainees.create_trainee(staff, ZHANG)
    trainees.create_trainee(staff, LI)
    rows = trainees.list_trainees(staff, TraineeQuery())
    assert {r.masked_id for r in rows} == {"110***********002X", "350***********1239"}
    assert [r.name for r in trainees.list_trainees(staff, TraineeQuery(search="恒安"))] == ["张三"]
    assert [r.name for r in trainees.list_trainees(staff, TraineeQuery(search="1239"))] == ["张三"]
    assert [r.name for r in trainees.list_trainees(staff, TraineeQuery(search="139123"))] == ["张三"]
    choices = catalogue.choices(staff)
    county = next(c.id for c in choices.counties if c.name == "鲤城区")
    honour = next(c.id for c in choices.honours if c.name == "劳动模范")
    occupation = next(c.id for c in choices.occupations if c.name == "焊工")
    assert [r.name for r in trainees.list_trainees(staff, TraineeQuery(county_id=county))] == ["李梅"]
    assert [r.name for r in trainees.list_trainees(staff, TraineeQuery(honour_id=honour))] == ["张三"]
    assert [r.name for r in trainees.list_trainees(staff, TraineeQuery(occupation_id=occupation))] == ["张三"]
    trainees.set_archived(staff, zhang.id, True)
    assert [r.name for r in trainees.list_trainees(staff, TraineeQuery())] == ["李梅"]
    assert [r.name for r in trainees.list_trainees(staff, TraineeQuery(status=Status.ARCHIVED))] == ["张三"]
    assert trainees.count_trainees(staff, TraineeQuery(status=Status.ALL)) == 2


@pytest.mark.parametrize("sort, descending, expected", [
    (SortKey.BIRTH_DATE, False, ["李梅", "张三"]),
    (SortKey.BIRTH_DATE, True, ["张三", "李梅"]),
    # Chinese text sorts by code point: 晋 (U+664B) before 泉 (U+6CC9).
    (SortKey.EMPLOYER, False, ["张三", "李梅"]),
    (SortKey.EMPLOYER, True, ["李梅", "张三"]),
])
def test_sorting_happens_in_the_database(staff, sort, descending, expected):
    trainees.create_trainee(staff, ZHANG)
    trainees.create_trainee(staff, LI)
    names = [r.name for r in trainees.list_trainees(staff, TraineeQuery(sort=sort, descending=descending))]
    assert names == expected


def test_pages_follow_one_another_without_gaps(staff):
    for number in ("350503198807150011", "350521199002030028", "51012319950505003X"):
        trainees.create_trainee(staff, TraineeInput(name="王五", id_number=number))
    first = trainees.list_trainees(staff, TraineeQuery(), 0, 2)
    second = trainees.list_trainees(staff, TraineeQuery(), 2, 2)
    assert len(first) == 2 and len(second) == 1
    assert {r.id for r in first}.isdisjoint({r.id for r in second})


def test_update_and_archive_are_audited_with_before_and_after(staff, admin):
    saved = trainees.create_trainee(staff, ZHANG)
    trainees.update_trainee(staff, saved.id, TraineeInput(**{**ZHANG.__dict__, "phone": "13800000000"}))
    trainees.set_archived(staff, saved.id, True)
    entries = audit.list_entries(admin, audit.AuditQuery(entity="trainee"))
    assert [e.action for e in entries] == ["archive", "update", "create"]
    update = entries[1]
    assert (update.before["phone"], update.after["phone"]) == ("13912345678", "13800000000")
    assert update.username == "clerk"


def test_a_judge_may_not_read_or_edit_the_registry(judge):
    with pytest.raises(PermissionDenied):
        trainees.list_trainees(judge, TraineeQuery())
    with pytest.raises(PermissionDenied):
        trainees.create_trainee(judge, ZHANG)


def test_nobody_logged_in_may_do_nothing(ctx):
    with pytest.raises(PermissionDenied):
        trainees.count_trainees(ctx, TraineeQuery())
