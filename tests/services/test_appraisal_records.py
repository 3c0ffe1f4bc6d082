"""Promotion by prize, the import of levels already held and the export of appraisals."""
import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook

from desktop.domain.appraisal import PrizeRule
from desktop.domain.errors import Conflict
from desktop.services import appraisal_excel, appraisal_prizes, appraisal_scores, appraisal_settings, skill_levels
from desktop.services.trainees import get_trainee
from tests.services.appraisal_helpers import TODAY, approve, scoring_batch
from tests.services.mentoring_helpers import WELDING, welding
from tests.services.test_appeals import published_event
from tests.services.training_helpers import people

HEADER = ["身份证号码", "工种", "等级", "取得日期", "证书编号", "发证机构"]


def levels_file(path, rows):
    workbook = Workbook()
    workbook.active.append(HEADER)
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def test_prize_winners_are_raised_once_by_the_rule(staff):
    welding(staff)
    event_id, contestants, _aspects, _judges = published_event(staff)
    planned = appraisal_prizes.preview_prize_promotions(staff, event_id)
    assert sorted((p.prize, p.level) for p in planned) == [("一等奖", 2), ("二等奖", 3)]
    applied = appraisal_prizes.apply_prize_promotions(staff, event_id)
    assert applied == planned
    winner = next(p for p in applied if p.prize == "一等奖")
    [level] = skill_levels.list_levels(staff, winner.trainee_id)
    assert (level.level, level.route, level.occupation) == (2, "prize", WELDING)
    assert appraisal_prizes.apply_prize_promotions(staff, event_id) == []  # nobody twice


def test_the_prize_rule_is_configurable(admin):
    welding(admin)
    appraisal_settings.save_prize_rules(admin, [PrizeRule("三等奖", "city", 4)])
    event_id, *_ = published_event(admin)
    assert sorted(p.level for p in appraisal_prizes.preview_prize_promotions(admin, event_id)) == [4, 4, 4]


def test_unpublished_results_promote_nobody(staff):
    from tests.services.competition_helpers import event_with_contestants
    _c, event_id, _j = event_with_contestants(staff)
    with pytest.raises(Conflict):
        appraisal_prizes.apply_prize_promotions(staff, event_id)


def test_levels_import_all_or_nothing_with_row_numbers(staff, tmp_path):
    welding(staff)
    a, b = (get_trainee(staff, p).id_number for p in people(staff, 2))
    bad = levels_file(tmp_path / "bad.xlsx", [
        [a, WELDING, "四级/中级工", "2019-07-01", "S000135000001194000001", "泉州市职业技能鉴定中心"],
        [b, "6-18-02-04", 3, "2018-05-01", "S000135000001194000002", ""],  # level digit says 4
        ["350503199001010000", "焊工", 9, "2030-01-01", "123", ""],
    ])
    report = appraisal_excel.import_levels(staff, bad)
    assert report.imported == 0
    assert [e.row for e in report.errors] == [3, 4, 4, 4, 4]
    assert "level 4, not 3" in str(report.errors[0].message)
    assert skill_levels.list_levels(staff, people_id(staff, a)) == []
    good = levels_file(tmp_path / "good.xlsx", [
        [a, WELDING, "四级/中级工", dt.datetime(2019, 7, 1), "S000135000001194000001", "泉州市职业技能鉴定中心"],
        [b, "6-18-02-04", 5, "2012/03/04", "1234567890123456", "原劳动局"],
    ])
    report = appraisal_excel.import_levels(staff, good)
    assert (report.imported, report.errors) == (2, [])
    [level] = skill_levels.list_levels(staff, people_id(staff, a))
    assert (level.level, level.route, level.obtained_on) == (4, "import", dt.date(2019, 7, 1))
    again = appraisal_excel.import_levels(staff, good)
    assert again.imported == 0 and "already in the level history" in str(again.errors[0].message)


def people_id(ctx, id_number):
    from desktop.services.trainees import TraineeQuery, list_trainees
    return next(t.id for t in list_trainees(ctx, TraineeQuery(search=id_number)))


def test_the_export_lists_every_candidate_with_the_named_columns(staff, tmp_path):
    found, (a, b) = scoring_batch(staff, 2)
    appraisal_scores.set_score(staff, a.id, "theory", "88.5")
    appraisal_scores.set_score(staff, a.id, "practical", "70")
    appraisal_scores.set_status(staff, b.id, "absent")
    [certificate] = approve(staff, found.id)[1]
    path = tmp_path / "appraisals.xlsx"
    assert appraisal_excel.export_appraisals(staff, path) == 2
    rows = list(load_workbook(path).worksheets[0].iter_rows(values_only=True))
    assert rows[0][:10] == ("batch", "occupation", "level", "id_number", "name", "theory", "practical", "review",
                            "result", "certificate_number")
    assert rows[1][:10] == (found.number, WELDING, 4, get_trainee(staff, a.trainee_id).id_number, a.name, 88.5, 70.0,
                            None, "passed", certificate.number)
    assert rows[2][8:10] == ("absent", None)
