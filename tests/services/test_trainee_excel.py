import datetime as dt

import pytest
from openpyxl import load_workbook

from desktop.domain.errors import PermissionDenied, UserError
from desktop.services import trainees
from desktop.services.trainee_excel import export_trainees, import_trainees, write_blank_template
from desktop.services.trainees import TraineeInput, TraineeQuery
from tests.services.excel_files import HEADER, LI, WANG, ZHANG, roster


def test_a_valid_roster_imports_in_one_go_and_creates_missing_names(staff, tmp_path):
    report = import_trainees(staff, roster(tmp_path / "ok.xlsx", [ZHANG, LI, WANG]))
    assert report.ok and report.imported == 3
    assert sorted(report.created["employer"]) == sorted(["晋江恒安鞋业有限公司", "泉州机械厂"])
    assert sorted(report.created["county"]) == sorted(["晋江市", "鲤城区"])
    rows = trainees.list_trainees(staff, TraineeQuery(search="张三"))
    assert rows[0].honours == "劳动模范" and rows[0].county == "晋江市"


def test_any_bad_row_imports_nothing_and_every_bad_row_is_reported(staff, tmp_path):
    rows = [ZHANG,
            {**LI, "身份证号码": "11010519491231002Y"},  # bad check character
            {**WANG, "手机号码": "12345"},
            {**WANG, "姓名": "王芳芳", "手机号码": ""},  # same number as row 4
            {**ZHANG, "姓名": "", "身份证号码": "350582197501011239"}]  # duplicate of row 2, no name
    report = import_trainees(staff, roster(tmp_path / "bad.xlsx", rows))
    assert not report.ok and report.imported == 0
    by_row = {}
    for error in report.errors:
        by_row.setdefault(error.row, []).append(str(error.message))
    assert sorted(by_row) == [3, 4, 5, 6]
    assert any("17 digits" in m or "check digit" in m or "ID card" in m for m in by_row[3])
    assert any("mobile" in m for m in by_row[4])
    assert any("row 4" in m for m in by_row[5])
    assert any("Enter the name" in m for m in by_row[6]) and any("row 2" in m for m in by_row[6])
    assert trainees.count_trainees(staff, TraineeQuery()) == 0


def test_numbers_already_registered_are_reported_not_overwritten(staff, tmp_path):
    trainees.create_trainee(staff, TraineeInput(name="张三", id_number=ZHANG["身份证号码"], phone="13800000000"))
    report = import_trainees(staff, roster(tmp_path / "again.xlsx", [LI, ZHANG]))
    assert [(e.row, "registered already" in str(e.message)) for e in report.errors] == [(3, True)]
    assert trainees.list_trainees(staff, TraineeQuery(search="张三"))[0].phone == "13800000000"
    assert trainees.count_trainees(staff, TraineeQuery()) == 1


def test_a_dry_run_checks_everything_and_saves_nothing(staff, tmp_path):
    report = import_trainees(staff, roster(tmp_path / "ok.xlsx", [ZHANG, LI]), dry_run=True)
    assert report.ok and report.imported == 2 and report.dry_run
    assert trainees.count_trainees(staff, TraineeQuery()) == 0


def test_an_id_number_typed_as_a_number_is_explained(staff, tmp_path):
    report = import_trainees(staff, roster(tmp_path / "num.xlsx", [{**LI, "身份证号码": 350582197501011239.0}]))
    assert "format the column as text" in str(report.errors[0].message)


def test_dates_and_aliases_in_real_world_rosters(staff, tmp_path):
    header = ["序号", "姓名", "身份证号", "出生日期", "联系电话", "工作单位"]
    rows = [{"序号": 1, "姓名": "张三", "身份证号": ZHANG["身份证号码"], "出生日期": dt.datetime(1975, 1, 1),
             "联系电话": "139 1234 5678", "工作单位": "恒安"}]
    report = import_trainees(staff, roster(tmp_path / "alias.xlsx", rows, header))
    assert report.ok, [str(e) for e in report.errors]
    assert trainees.list_trainees(staff, TraineeQuery())[0].phone == "13912345678"


def test_a_wrong_header_or_a_non_excel_file_gets_a_clear_message(staff, tmp_path):
    with pytest.raises(UserError, match="身份证号码"):
        import_trainees(staff, roster(tmp_path / "h.xlsx", [{"姓名": "张三"}], ["姓名", "电话"]))
    text = tmp_path / "roster.xlsx"
    text.write_text("not a workbook")
    with pytest.raises(UserError, match="Excel"):
        import_trainees(staff, text)


def test_the_blank_template_has_the_documented_header(tmp_path):
    write_blank_template(tmp_path / "blank.xlsx")
    sheet = load_workbook(tmp_path / "blank.xlsx").worksheets[0]
    assert [c.value for c in sheet[1]] == HEADER
    assert sheet.max_row == 1


def test_an_export_reimports_into_an_empty_database_unchanged(staff, tmp_path, database_url):
    import_trainees(staff, roster(tmp_path / "in.xlsx", [ZHANG, LI, WANG]))
    assert export_trainees(staff, tmp_path / "out.xlsx") == 3
    exported = list(load_workbook(tmp_path / "out.xlsx").worksheets[0].values)
    assert list(exported[0]) == HEADER
    assert "350582197501011239" in [row[2] for row in exported]  # full numbers, not masked
    before = [r.__dict__ | {"id": None} for r in trainees.list_trainees(staff, TraineeQuery())]

    from tests.conftest import make_user
    from desktop.services.database import close_database, open_database

    other = open_database(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    try:
        clerk = make_user(other, "clerk2", {"staff"})
        report = import_trainees(clerk, tmp_path / "out.xlsx")
        assert report.ok and report.imported == 3
        after = [r.__dict__ | {"id": None} for r in trainees.list_trainees(clerk, TraineeQuery())]
        assert after == before
        export_trainees(clerk, tmp_path / "again.xlsx")
        assert list(load_workbook(tmp_path / "again.xlsx").worksheets[0].values) == exported
    finally:
        close_database(other)


def test_an_empty_list_exports_the_header_alone(staff, tmp_path):
    assert export_trainees(staff, tmp_path / "none.xlsx") == 0
    assert list(load_workbook(tmp_path / "none.xlsx").worksheets[0].values) == [tuple(HEADER)]


def test_a_judge_cannot_import(judge, tmp_path):
    with pytest.raises(PermissionDenied):
        import_trainees(judge, roster(tmp_path / "ok.xlsx", [ZHANG]))


def test_cancelling_the_progress_rolls_everything_back(staff, tmp_path):
    rows = [{**WANG, "姓名": "王" + chr(0x4E00 + i), "身份证号码": n} for i, n in enumerate(_numbers(120))]
    with pytest.raises(UserError, match="cancelled"):
        import_trainees(staff, roster(tmp_path / "many.xlsx", rows), progress=lambda done, total: done < 200)
    assert trainees.count_trainees(staff, TraineeQuery()) == 0


def _numbers(count: int) -> list[str]:
    from stdnum.cn import ric

    bodies = [f"350503199001{(i % 28) + 1:02d}{i:03d}" for i in range(count)]
    return [b + ric.calc_check_digit(b + "0") for b in bodies]
