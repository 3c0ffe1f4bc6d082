"""Printing an event's result sheet, check-in list and rules summary from the database."""
from fractions import Fraction as F

import pytest

from desktop.domain.errors import Conflict, PermissionDenied, UserError
from desktop.services import competitions
from desktop.services.audit import AuditQuery, list_entries
from desktop.services.competition_draw import draw_lots
from desktop.services.competition_marks import MarkInput, save_marks
from desktop.services.competition_prints import save_checkin_list, save_result_sheet, save_rules_summary
from desktop.services.competition_results import publish
from desktop.services.competition_scheme import list_scheme
from tests.printing.poppler import pdf_text
from tests.services.competition_helpers import event_with_contestants


def _mark_everyone(staff, event_id, judge_ids):
    aspects = {a.code: a.id for a in list_scheme(staff, event_id)}
    marks = []
    for n, c in enumerate(competitions.list_contestants(staff, event_id)):
        marks.append(MarkInput(c.id, aspects["T1"], None, F(60 + 5 * n)))
        marks += [MarkInput(c.id, aspects["P1"], j, F(10 + n)) for j in judge_ids]
        marks.append(MarkInput(c.id, aspects["P2"], None, F(20)))
    save_marks(staff, event_id, marks)


def _flat(pdf) -> str:
    return "".join(pdf_text(pdf).split())


def test_the_result_sheet_is_provisional_until_published(staff, admin, tmp_path):
    _competition, event_id, judges = event_with_contestants(staff)
    draw_lots(staff, event_id, "20261122")
    _mark_everyone(staff, event_id, judges)
    contestants = competitions.list_contestants(staff, event_id)
    pdf = tmp_path / "成绩表.pdf"
    assert save_result_sheet(staff, event_id, pdf) == 1
    text = _flat(pdf)
    assert "2026年泉州市职工技能竞赛焊工成绩表" in text and "泉州市总工会" in text
    assert all(c.name in text and c.drawn_number in text for c in contestants)
    # the best: theory 80 → 24; practical (14 + 20)/50 × 70 = 47.6
    assert "80.00" in text and "34.00" in text and "71.60" in text
    assert "一等奖" in text and "二等奖" in text and "三等奖" in text
    assert "团体成绩" in text and "晋江市代表队" in text and "前3名之和" in text
    assert "（暂定成绩，未公布）" in text
    publish(staff, event_id)
    save_result_sheet(staff, event_id, pdf)
    assert "暂定" not in pdf_text(pdf) and "71.60" in pdf_text(pdf)
    exports = list_entries(admin, AuditQuery(action="export", entity="competition_event"))
    assert [e.summary for e in exports] == ["焊工 成绩表 成绩表.pdf"] * 2


def test_the_checkin_list_waits_for_the_draw_then_follows_it(staff, tmp_path):
    _competition, event_id, _judges = event_with_contestants(staff, count=6)
    pdf = tmp_path / "检录表.pdf"
    with pytest.raises(Conflict, match="Draw the lots first"):
        save_checkin_list(staff, event_id, pdf)
    assert not pdf.exists()
    draw = draw_lots(staff, event_id, "seed-7")
    assert save_checkin_list(staff, event_id, pdf) == 1
    text = _flat(pdf)
    assert "抽签种子：seed-7" in text and "焊工检录表" in text
    positions = [text.index(row.drawn_number + row.workstation) for row in draw.rows]
    assert positions == sorted(positions)  # drawn-number order
    for row in draw.rows:
        assert row.id_number not in text and f"{row.id_number[:3]}***********{row.id_number[-4:]}" in text


def test_the_rules_summary_states_the_events_k_and_weights(staff, tmp_path):
    _competition, event_id, _judges = event_with_contestants(staff, count=3, drop_k=2, weight_theory=F("0.4"),
                                                            weight_practical=F("0.6"), min_total=F(60))
    pdf = tmp_path / "rules.pdf"
    assert save_rules_summary(staff, event_id, pdf) == 1
    text = _flat(pdf)
    for fact in ("国内通用评分规则", "k=2", "2k+3=7", "0.4（40%）", "0.6（60%）", "总分=0.4×理论得分÷100×100+0.6×实操得分÷50×100",
                 "测量项1项，评价项1项", "n=3", "总分低于60分者不获奖"):
        assert fact in text, fact


def test_the_worldskills_rules_summary_states_the_700_formula(staff, tmp_path):
    _competition, event_id, _judges = event_with_contestants(staff, count=3, preset="worldskills")
    pdf = tmp_path / "rules.pdf"
    assert save_rules_summary(staff, event_id, pdf) == 1
    text = _flat(pdf)
    assert "世界技能大赛评分规则" in text and "标准分=700+100×(总分−中位数)÷标准差" in text and "优胜奖" in text
    assert "0.3（30%）" in text and "0.7（70%）" in text


def test_an_unwritable_destination_is_a_user_error_and_nothing_is_audited(staff, admin, tmp_path):
    _competition, event_id, _judges = event_with_contestants(staff, count=2)
    draw_lots(staff, event_id, "s")
    missing = tmp_path / "no such folder" / "x.pdf"
    for save in (save_result_sheet, save_checkin_list, save_rules_summary):
        with pytest.raises(UserError, match="Cannot write") as caught:
            save(staff, event_id, missing)
        assert caught.value.message.params["path"] == str(missing)
    assert not list_entries(admin, AuditQuery(action="export"))


def test_judges_cannot_print_the_registers(staff, judge, tmp_path):
    _competition, event_id, _judges = event_with_contestants(staff, count=2)
    with pytest.raises(PermissionDenied):
        save_result_sheet(judge, event_id, tmp_path / "x.pdf")
