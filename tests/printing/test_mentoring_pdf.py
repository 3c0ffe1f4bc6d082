"""The agreement (师徒帮带协议) and review form printouts: what they say."""
import datetime as dt

from desktop.services import mentoring_progress, mentoring_prints, trainees
from tests.printing.poppler import pdf_fonts, pdf_text
from tests.services.mentoring_helpers import TODAY, agreement, honoured, masters
from tests.services.training_helpers import people


def _agreement(staff, second=True):
    mentor = masters(staff, 1)[0]
    conduct = honoured(staff, "全国劳动模范") if second else None
    apprentice = people(staff, 1)[0]
    agreement_id = agreement(staff, apprentice, mentor, second=conduct, years=2, target_level=3,
                             skills="手工电弧焊、CO2气体保护焊", competition_goal="泉州市焊工技能竞赛三等奖以上",
                             allowance_yuan=300)
    mentoring_progress.add_plan_item(staff, agreement_id, "板对接平焊单面焊双面成形", TODAY - dt.timedelta(days=30))
    mentoring_progress.add_plan_item(staff, agreement_id, "管对接垂直固定焊", TODAY + dt.timedelta(days=90))
    return agreement_id, mentor, apprentice


def test_the_agreement_has_terms_parties_and_signature_lines(staff, tmp_path):
    agreement_id, mentor, apprentice = _agreement(staff)
    pdf = tmp_path / "agreement.pdf"
    assert mentoring_prints.print_agreement(staff, agreement_id, pdf) >= 1
    text = pdf_text(pdf)
    number = mentoring_progress.get_agreement(staff, agreement_id).row.number
    for expected in ("师徒帮带协议", "泉州市总工会", number, "技术导师", "职业素养导师", "全国劳动模范",
                     "三级/高级工（焊工）", "首期 2 年", "手工电弧焊", "泉州市焊工技能竞赛三等奖以上", "300 元",
                     "板对接平焊单面焊双面成形", "每季度", "用人单位（盖章）", "工会（盖章）", "乙方（徒弟）签字",
                     "第1页"):
        assert expected in text, expected
    assert trainees.get_trainee(staff, apprentice).id_number in text
    assert all("Helvetica" not in line for line in pdf_fonts(pdf))


def test_one_mentor_means_one_mentor_signature(staff, tmp_path):
    agreement_id, _mentor, _apprentice = _agreement(staff, second=False)
    pdf = tmp_path / "agreement.pdf"
    mentoring_prints.print_agreement(staff, agreement_id, pdf)
    text = pdf_text(pdf)
    assert "职业素养导师" not in text and "技术导师）签字" in text


def test_the_review_form_blank_and_filled(staff, tmp_path):
    agreement_id, _mentor, _apprentice = _agreement(staff)
    blank = tmp_path / "blank.pdf"
    mentoring_prints.print_review_form(staff, agreement_id, blank)
    text = pdf_text(blank)
    for expected in ("师徒帮带考核表", "师傅对徒弟的评分", "徒弟对师傅的评分", "未签认", "师傅签字", "单位考核人"):
        assert expected in text, expected
    review = mentoring_progress.add_review(staff, agreement_id, TODAY, 88, 95, "平焊已过关", "讲解细致")
    filled = tmp_path / "filled.pdf"
    mentoring_prints.print_review_form(staff, agreement_id, filled, review.id)
    text = pdf_text(filled)
    assert "88 分" in text and "95 分" in text and "平焊已过关" in text and review.period in text
