import pytest

from desktop.domain.errors import PermissionDenied, ValidationFailed
from desktop.services import catalogue, occupations, trainees
from desktop.services.occupations import OccupationInput
from desktop.services.trainees import TraineeInput


def test_an_occupation_with_its_code_category_and_levels(staff):
    saved = occupations.create_occupation(staff, OccupationInput("焊工", "6-18-02-04", "机械制造", [3, 5, 4]))
    assert (saved.code, saved.levels, saved.category) == ("6-18-02-04", [5, 4, 3], "机械制造")
    assert [o.name for o in occupations.list_occupations(staff, "6-18")] == ["焊工"]
    assert [o.name for o in occupations.list_occupations(staff, "机械")] == ["焊工"]


@pytest.mark.parametrize("data, field", [
    (OccupationInput(""), "name"),
    (OccupationInput("焊工", "61802"), "code"),
    (OccupationInput("焊工", "6-18-02-04", levels=[]), "levels"),
    (OccupationInput("焊工", levels=[6]), "levels"),
])
def test_bad_input_names_the_field(staff, data, field):
    with pytest.raises(ValidationFailed) as caught:
        occupations.create_occupation(staff, data)
    assert field in caught.value.field_errors


def test_names_and_codes_are_unique(staff):
    occupations.create_occupation(staff, OccupationInput("焊工", "6-18-02-04"))
    with pytest.raises(ValidationFailed) as caught:
        occupations.create_occupation(staff, OccupationInput("电焊工", "6-18-02-04"))
    assert "code" in caught.value.field_errors
    with pytest.raises(ValidationFailed):
        occupations.create_occupation(staff, OccupationInput("焊工"))


def test_archived_occupations_leave_the_choices_but_stay_with_trainees(staff):
    trainees.create_trainee(staff, TraineeInput(name="张三", id_number="350582197501011239", occupations=["焊工"]))
    welding = occupations.list_occupations(staff)[0]
    assert welding.trainees == 1
    updated = occupations.update_occupation(staff, welding.id, OccupationInput("焊工", "6-18-02-04", "机械制造", [5, 4, 3]))
    assert updated.code == "6-18-02-04" and updated.trainees == 1
    occupations.set_occupation_archived(staff, welding.id, True)
    assert occupations.list_occupations(staff) == []
    assert [c.name for c in catalogue.choices(staff).occupations] == []
    assert trainees.list_trainees(staff, trainees.TraineeQuery())[0].occupations == "焊工"


def test_a_judge_cannot_edit_the_catalogue(judge):
    with pytest.raises(PermissionDenied):
        occupations.create_occupation(judge, OccupationInput("焊工"))
