"""`skillbase appraisal eligible`, `import levels` and `export appraisals`, called in-process."""
import pytest
from openpyxl import Workbook, load_workbook

from desktop.cli import main
from desktop.services.context import as_system
from desktop.services.database import close_database, open_database
from desktop.services.trainees import get_trainee
from tests.services.appraisal_helpers import holders, scoring_batch


@pytest.fixture
def url(tmp_path, home):
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    ctx = as_system(open_database(url))
    holders(ctx, 2, level=5, years=3)
    holders(ctx, 1, level=5, years=1, start=600)
    scoring_batch(ctx, 1, level=3, start=700)
    close_database(ctx)
    return url


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_eligible_as_csv(capsys, url):
    code, out, _ = run(capsys, "--db", url, "appraisal", "eligible", "--occupation", "6-18-02-04", "--level", "4",
                       "--format", "csv")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "name,id_number,employer,level_held,route"
    assert len(lines) == 3 and all(line.endswith(",5,取得下一级证书满2年") for line in lines[1:])


def test_an_unknown_occupation_is_one_line_on_stderr(capsys, url):
    code, out, err = run(capsys, "--db", url, "appraisal", "eligible", "--occupation", "9-99-99-99", "--level", "4")
    assert code == 1 and out == "" and "9-99-99-99" in err and len(err.splitlines()) == 1


def test_import_levels_and_export_appraisals(capsys, url, tmp_path):
    ctx = as_system(open_database(url))
    id_number = get_trainee(ctx, holders(ctx, 1, start=800)[0]).id_number
    close_database(ctx)
    workbook = Workbook()
    workbook.active.append(["身份证号码", "工种", "等级", "取得日期", "证书编号", "发证机构"])
    workbook.active.append([id_number, "焊工", "三级", "2020-01-02", "1234567890123456", "泉州市劳动局"])
    workbook.active.append([id_number, "焊工", "二级", "2020-01-02", "12345", ""])
    path = tmp_path / "levels.xlsx"
    workbook.save(path)
    code, _, err = run(capsys, "--db", url, "import", "levels", str(path))
    assert code == 1 and err.startswith("row 3: ")
    workbook.active.delete_rows(3)
    workbook.save(path)
    assert run(capsys, "--db", url, "import", "levels", str(path))[:2] == (0, "imported 1 levels\n")
    out = tmp_path / "appraisals.xlsx"
    assert run(capsys, "--db", url, "export", "appraisals", str(out))[0] == 0
    header = next(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert header[:10] == ("batch", "occupation", "level", "id_number", "name", "theory", "practical", "review",
                           "result", "certificate_number")
