"""One competition event from a workbook: the good case, every kind of bad cell (and nothing
created), the blank template, and results out as rows and xlsx."""
from fractions import Fraction as F

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select
from stdnum.cn import ric

from db.models import (
    Competition,
    CompetitionEvent,
    Contestant,
    Employer,
    Judge,
    SchemeAspect,
    ScoreMark,
    Team,
    Trainee,
)
from desktop.domain.errors import UserError
from desktop.services import competitions, trainees
from desktop.services.competition_draw import draw_numbers
from desktop.services.competition_results import event_results, publish
from desktop.services.competition_workbook import (
    RESULT_KEYS,
    WorkbookRejected,
    export_results_xlsx,
    import_event_workbook,
    results_rows,
    write_blank_workbook,
)
from desktop.services.trainees import TraineeInput

JUDGES = ("J1", "J2", "J3", "J4", "J5")


def id_number(i: int) -> str:
    body = f"3505031990{(i % 12) + 1:02d}{(i % 28) + 1:02d}{i:03d}"
    return body + ric.calc_check_digit(body + "0")


def good_sheets(count: int = 5) -> dict[str, list[list]]:
    """Contestants 1…count present (contestant n: theory 60 + 5n; judges give 10 + n three times,
    20 and 0, so the trimmed mean is 10 + n; measurement 20) and one more, absent."""
    event = [["name", "焊工"], ["occupation", "焊工"], ["preset", "china"], ["drop", 1],
             ["weight_theory", 0.3], ["weight_practical", 0.7], ["prize_1", None], ["prize_2", None],
             ["prize_3", None], ["min_total", None], ["competition", "2026年泉州市职工技能竞赛"],
             ["year", 2026]]
    scheme = [["code", "section", "criterion", "aspect", "type", "max", "step"],
              ["T1", "theory", "理论知识", "笔试", "M", 100, 0.5],
              ["P1", "practical", "焊接操作", "焊缝成形", "J", 20, 0.5],
              ["P2", "practical", "焊接操作", "焊缝宽度", "M", 30, 0.5]]
    teams = ("晋江市代表队", "南安市代表队")
    contestants = [["number", "name", "id_number", "team", "employer", "status"]]
    contestants += [[n, "选手" + chr(0x4E00 + n), id_number(n), teams[n % 2], "泉州示例机械厂", None]
                    for n in range(1, count + 2)]
    contestants[-1][-1] = "absent"
    marks = [["number", "aspect_code", "judge", "mark"]]
    for n in range(1, count + 1):
        marks.append([n, "T1", None, 60 + 5 * n])
        marks += [[n, "P1", judge, value] for judge, value in zip(JUDGES, (10 + n, 10 + n, 10 + n, 20, 0))]
        marks.append([n, "P2", None, 20])
    return {"event": event, "scheme": scheme, "contestants": contestants, "marks": marks}


def write_workbook(path, sheets: dict[str, list[list]]):
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def table_counts(ctx) -> dict[str, int]:
    with ctx.session_factory() as session:
        return {model.__tablename__: session.scalar(select(func.count()).select_from(model))
                for model in (Competition, CompetitionEvent, SchemeAspect, Contestant, Trainee, Employer, Team,
                              Judge, ScoreMark)}


def rejected(ctx, path) -> dict[tuple, str]:
    with pytest.raises(WorkbookRejected) as caught:
        import_event_workbook(ctx, path)
    found: dict[tuple, str] = {}
    for p in caught.value.problems:
        where = (p.sheet, p.row, p.column)
        found[where] = f"{found[where]} | {p.message}" if where in found else str(p.message)
    return found


def test_a_good_workbook_makes_the_event_with_results(staff, tmp_path):
    known = trainees.create_trainee(staff, TraineeInput("选手" + chr(0x4E01), id_number(1)))
    result = import_event_workbook(staff, write_workbook(tmp_path / "焊工.xlsx", good_sheets()))
    assert (result.aspects, result.contestants, result.marks) == (3, 6, 5 * 7)
    assert (result.trainees_created, result.teams_created, result.judges_created) == (5, 2, 5)
    assert result.draw_seed.startswith("import-")
    row, _rules = competitions.get_event(staff, result.event_id)
    assert (row.competition, row.year) == ("2026年泉州市职工技能竞赛", 2026)
    assert (row.stage, row.status) == ("final", "marking")
    people = competitions.list_contestants(staff, result.event_id)
    assert people[0].trainee_id == known.id and {p.team for p in people} == {"晋江市代表队", "南安市代表队"}
    assert {p.entry_number: (p.drawn_number, p.workstation) for p in people} == draw_numbers(
        result.draw_seed, list(range(1, 7)))
    rows = results_rows(staff, result.event_id)
    assert [r["number"] for r in rows] == [5, 4, 3, 2, 1, 6]
    assert [r["rank"] for r in rows] == [1, 2, 3, 4, 5, None]
    # contestant 5: theory 85 × 0.3 = 25.5; practical (15 + 20) / 50 × 70 = 49 (20 and 0 dropped)
    assert (rows[0]["theory"], rows[0]["practical"], rows[0]["total"]) == (85.0, 35.0, 74.5)
    assert rows[4]["total"] == 62.9  # 19.5 + 31 / 50 × 70
    assert [r["prize"] for r in rows] == ["一等奖", "二等奖", "三等奖", "", "", ""]  # n 5: c1 1, c2 2, c3 3
    assert rows[-1]["flags"] == ["absent"] and rows[-1]["total"] is None
    assert all(r["provisional"] for r in rows) and set(rows[0]) == {*RESULT_KEYS, "provisional"}
    assert isinstance(rows[0]["total"], float) and isinstance(rows[0]["flags"], list)


def test_every_invalid_cell_is_reported_and_nothing_is_created(staff, tmp_path):
    trainees.create_trainee(staff, TraineeInput("王五", id_number(2)))
    sheets = good_sheets(count=3)
    sheets["event"][2][1] = "olympic"  # preset, row 3
    sheets["event"][4][1] = 0.4  # weight_theory 0.4 + 0.7, row 5
    sheets["event"].append(["colour", "red"])  # unknown key, row 13
    sheets["scheme"].append(["P3", "practical", "", "", "J", 21, 2])  # row 5: 21 is no multiple of 2
    sheets["contestants"][2][0] = 1  # number 1 twice (row 3)
    sheets["contestants"][1][2] = "350503199001010011"  # a bad check digit (row 2)
    sheets["contestants"][3][5] = "late"  # bad status (row 4)
    sheets["marks"][2][2] = None  # row 3: P1 (judged) without its judge
    sheets["marks"][8][2] = "J1"  # row 9: a judge for T1, a measurement
    sheets["marks"][16][3] = 21  # row 17: above P1's maximum of 20
    sheets["marks"][21][3] = 20.3  # row 22: off P2's step of 0.5
    sheets["marks"] += [[9, "T1", None, 50],  # row 23: no contestant 9
                        [1, "X9", None, 5],  # row 24: no aspect X9
                        [4, "T1", None, 50]]  # row 25: contestant 4 is absent
    before = table_counts(staff)
    found = rejected(staff, write_workbook(tmp_path / "bad.xlsx", sheets))
    assert table_counts(staff) == before
    assert "china or worldskills" in found[("event", 3, "B")]
    assert "add up to 1" in found[("event", 6, "B")]
    assert "Unknown key colour" in found[("event", 13, "A")]
    assert "not a multiple of the step" in found[("scheme", 5, "F")]
    assert "also in row 2" in found[("contestants", 3, "A")]
    assert ("contestants", 2, "C") in found
    assert "registered to 王五" in found[("contestants", 3, "B")]  # id_number(2) is 王五's
    assert "present, absent or disqualified" in found[("contestants", 4, "F")]
    assert "which judge" in found[("marks", 3, "C")]
    assert "measurement: leave the judge empty" in found[("marks", 9, "C")]
    assert "from 0 to 20" in found[("marks", 17, "D")] and "steps of 0.5" in found[("marks", 22, "D")]
    assert "no contestant number 9" in found[("marks", 23, "A")]
    assert "no aspect X9" in found[("marks", 24, "B")]
    assert "absent or disqualified" in found[("marks", 25, "A")]

def test_missing_sheets_columns_and_unreadable_files(staff, tmp_path):
    sheets = good_sheets()
    del sheets["scheme"]
    sheets["contestants"][0] = ["number", "name"]
    found = rejected(staff, write_workbook(tmp_path / "short.xlsx", sheets))
    assert "no sheet named scheme" in found[("scheme", None, None)]
    assert "no column id_number" in found[("contestants", 1, None)]
    (tmp_path / "not.xlsx").write_text("hello")
    with pytest.raises(UserError, match="Cannot read"):
        import_event_workbook(staff, tmp_path / "not.xlsx")


def test_worldskills_marks_are_zero_to_three(staff, tmp_path):
    sheets = good_sheets(count=2)
    sheets["event"][2][1] = "worldskills"
    sheets["marks"] = [sheets["marks"][0], [1, "P1", "J1", 3], [1, "P1", "J2", 2], [2, "P1", "J1", 4]]
    found = rejected(staff, write_workbook(tmp_path / "ws.xlsx", sheets))
    assert list(found) == [("marks", 4, "D")] and "from 0 to 3" in found[("marks", 4, "D")]


def test_blank_values_take_the_defaults(staff, tmp_path):
    sheets = good_sheets(count=2)
    sheets["event"] = [["name", "电工"], ["weight_theory", None], ["weight_practical", 0.6]]
    sheets["marks"] = sheets["marks"][:1]
    result = import_event_workbook(staff, write_workbook(tmp_path / "defaults.xlsx", sheets))
    row, rules = competitions.get_event(staff, result.event_id)
    assert (row.competition, row.stage, row.status, row.draw_seed) == ("电工", "final", "setup", None)
    assert (rules.preset, rules.drop_k, rules.weight_theory, rules.weight_practical) == ("china", 1, F("0.4"), F("0.6"))
    assert rules.prizes == (F("0.1"), F("0.2"), F("0.3")) and rules.min_total is None
    assert result.marks == 0 and result.draw_seed is None


def test_one_section_events_and_a_recorded_seed(staff, tmp_path):
    sheets = good_sheets(count=2)
    sheets["event"] = [["name", "理论赛"], ["seed", "20261122"]]
    sheets["scheme"] = sheets["scheme"][:2]
    sheets["marks"] = [sheets["marks"][0], [1, "T1", None, 90], [2, "T1", None, 80]]
    result = import_event_workbook(staff, write_workbook(tmp_path / "theory.xlsx", sheets))
    assert result.draw_seed == "20261122"
    rows = results_rows(staff, result.event_id)
    assert [(r["total"], r["practical"]) for r in rows[:2]] == [(90.0, None), (80.0, None)]  # weight 1


def test_the_same_workbook_twice_is_refused(staff, tmp_path):
    path = write_workbook(tmp_path / "twice.xlsx", good_sheets(count=2))
    first = import_event_workbook(staff, path)
    found = rejected(staff, path)
    assert f"(id {first.event_id})" in found[("event", 1, "B")]


def test_the_blank_template_imports(staff, tmp_path):
    path = write_blank_workbook(tmp_path / "template.xlsx")
    assert [s.title for s in load_workbook(path).worksheets] == ["event", "scheme", "contestants", "marks"]
    result = import_event_workbook(staff, path)
    rows = results_rows(staff, result.event_id)
    assert [r["name"] for r in rows] == ["张三", "李梅"] and rows[0]["total"] == 82.55


def test_results_xlsx_and_publication(staff, tmp_path):
    result = import_event_workbook(staff, write_workbook(tmp_path / "e.xlsx", good_sheets()))
    target = tmp_path / "results.xlsx"
    assert export_results_xlsx(staff, result.event_id, target) == 6
    workbook = load_workbook(target)
    header, first, *_rest = workbook["results"].values
    assert header[:5] == ("rank", "number", "drawn_number", "name", "team")
    assert first[:2] == (1, 5) and first[7] == 74.5 and first[8] == "一等奖"
    assert dict(workbook["info"].values)["status"] == "provisional"
    publish(staff, result.event_id)
    assert not any(r["provisional"] for r in results_rows(staff, result.event_id))
    assert not event_results(staff, result.event_id).provisional
