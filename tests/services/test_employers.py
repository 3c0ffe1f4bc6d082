import pytest

from desktop.domain.errors import ValidationFailed
from desktop.services import dashboard, employers, trainees
from desktop.services.employers import EmployerInput
from desktop.services.trainees import TraineeInput

CODE = "91110000600037341L"


def test_an_employer_with_a_valid_credit_code_and_its_county(staff):
    saved = employers.create_employer(staff, EmployerInput("泉州机械厂", CODE.lower(), "鲤城区", "机械制造"))
    assert (saved.name, saved.credit_code, saved.county) == ("泉州机械厂", CODE, "鲤城区")
    assert [e.name for e in employers.list_employers(staff, "机械")] == ["泉州机械厂"]
    assert [e.name for e in employers.list_employers(staff, CODE[:8])] == ["泉州机械厂"]


@pytest.mark.parametrize("data, field", [
    (EmployerInput(""), "name"),
    (EmployerInput("甲厂", "91110000600037341M"), "credit_code"),
])
def test_bad_employer_input_names_the_field(staff, data, field):
    with pytest.raises(ValidationFailed) as caught:
        employers.create_employer(staff, data)
    assert field in caught.value.field_errors
    assert employers.list_employers(staff) == []


def test_names_and_credit_codes_are_unique(staff):
    employers.create_employer(staff, EmployerInput("泉州机械厂", CODE))
    with pytest.raises(ValidationFailed) as caught:
        employers.create_employer(staff, EmployerInput("泉州机械厂", ""))
    assert "registered already" in str(caught.value.field_errors["name"])
    with pytest.raises(ValidationFailed) as caught:
        employers.create_employer(staff, EmployerInput("另一家", CODE))
    assert "credit_code" in caught.value.field_errors


def test_an_archived_employer_takes_no_new_trainees_until_restored(staff):
    saved = employers.create_employer(staff, EmployerInput("泉州机械厂"))
    employers.set_employer_archived(staff, saved.id, True)
    assert employers.list_employers(staff) == []
    with pytest.raises(ValidationFailed) as caught:
        trainees.create_trainee(staff, TraineeInput(name="张三", id_number="350582197501011239", employer="泉州机械厂"))
    assert "archived" in str(caught.value.field_errors["employer"])
    employers.set_employer_archived(staff, saved.id, False)
    trainees.create_trainee(staff, TraineeInput(name="张三", id_number="350582197501011239", employer="泉州机械厂"))
    assert employers.list_employers(staff)[0].trainees == 1


def test_the_home_page_counts_and_lists_tasks(staff, admin):
    trainees.create_trainee(staff, TraineeInput(name="张三", id_number="350582197501011239", honours=["劳动模范"]))
    home = dashboard.home(staff)
    figures = {f.label.template: f.value for f in home.figures}
    assert figures["Trainees registered"] == 1 and figures["Model workers and craftsmen"] == 1
    assert {t.page for t in home.tasks} == {"trainees"}  # no employer, no phone
    assert [t.page for t in dashboard.home(admin).tasks].count("users") == 0


def test_a_judge_sees_no_registry_figures(judge):
    assert dashboard.home(judge).figures == []
