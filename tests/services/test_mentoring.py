"""Mentoring through its services: agreements, eligibility and cap, status changes, plans,
reviews, outcomes, the mentor register and the 好师傅 naming."""
import datetime as dt
import io

import pytest
from sqlalchemy import select

from db.models import AuditEntry
from desktop.domain.errors import Conflict, PermissionDenied, ValidationFailed
from desktop.domain.mentoring import MentoringRules, ScoreWeights
from desktop.services import certificates, mentoring, mentoring_outcomes, mentoring_progress, skill_levels, trainees
from desktop.services.certificates import IssueRequest
from desktop.services.mentoring import AgreementInput, AgreementQuery
from desktop.services.mentoring_settings import mentoring_rules, save_mentoring_rules
from tests.services.mentoring_helpers import TODAY, WELDING, agreement, honoured, masters
from tests.services.training_helpers import people


def test_a_draft_gets_the_next_number_and_the_term_end(staff):
    mentor = masters(staff, 1)[0]
    apprentice = people(staff, 1)[0]
    start = dt.date(2026, 3, 1)
    first = mentoring.create_agreement(staff, AgreementInput(apprentice, mentor, WELDING, start, 2,
                                                             target_level=3, skills="手工电弧焊",
                                                             allowance_yuan=300))
    row = mentoring.list_agreements(staff, AgreementQuery())[0]
    assert (row.id, row.number, row.status, row.end_on, row.on_track) == (
        first, "SD2026-0001", "draft", dt.date(2028, 2, 29), None)
    second_apprentice = people(staff, 1, start=1)[0]
    other = mentoring.create_agreement(staff, AgreementInput(second_apprentice, mentor, WELDING, start, 1))
    assert mentoring_progress.get_agreement(staff, other).row.number == "SD2026-0002"


def test_an_ineligible_mentor_is_refused_with_the_rule(staff):
    mentor = masters(staff, 1, level=4)[0]  # 四级: below the default 三级
    apprentice = people(staff, 1)[0]
    with pytest.raises(ValidationFailed) as refused:
        agreement(staff, apprentice, mentor, activate=False)
    assert "mentor" in refused.value.field_errors
    assert "三级/高级工" in str(refused.value.field_errors["mentor"])


def test_an_honour_makes_a_mentor(staff):
    masters(staff, 0)
    mentor = honoured(staff, "泉州工匠")
    agreement(staff, people(staff, 1)[0], mentor)


def test_the_rule_and_cap_are_configurable_by_an_administrator(admin, staff):
    with pytest.raises(PermissionDenied):
        save_mentoring_rules(staff, MentoringRules(max_apprentices=2))
    saved = save_mentoring_rules(admin, MentoringRules(min_level=2, max_apprentices=2, honour_marks=("劳模",),
                                                       weights=ScoreWeights(prize=20)))
    assert mentoring_rules(staff) == saved and saved.weights.prize == 20
    mentor = masters(staff, 1, level=3)[0]
    with pytest.raises(ValidationFailed):  # 三级 no longer enough
        agreement(staff, people(staff, 1)[0], mentor)


def test_a_mentor_takes_at_most_the_cap_of_active_apprentices(admin, staff):
    save_mentoring_rules(admin, MentoringRules(max_apprentices=2))
    mentor = masters(staff, 1)[0]
    apprentices = people(staff, 3)
    agreement(staff, apprentices[0], mentor)
    agreement(staff, apprentices[1], mentor)
    with pytest.raises(ValidationFailed) as refused:
        agreement(staff, apprentices[2], mentor)
    assert "limit is 2" in str(refused.value.field_errors["mentor"])


def test_the_cap_counts_at_signing_too(admin, staff):
    save_mentoring_rules(admin, MentoringRules(max_apprentices=1))
    mentor = masters(staff, 1)[0]
    a, b = people(staff, 2)
    draft_a = agreement(staff, a, mentor, activate=False)
    draft_b = agreement(staff, b, mentor, activate=False)  # drafts do not count
    mentoring.activate_agreement(staff, draft_a, TODAY)
    with pytest.raises(ValidationFailed):
        mentoring.activate_agreement(staff, draft_b, TODAY)


def test_two_mentors_and_the_second_needs_a_level_in_any_occupation_or_an_honour(staff):
    craft = masters(staff, 1)[0]
    conduct = honoured(staff, "全国劳动模范")
    apprentice = people(staff, 1)[0]
    agreement_id = agreement(staff, apprentice, craft, second=conduct)
    row = mentoring_progress.get_agreement(staff, agreement_id).row
    assert row.second_mentor and row.second_mentor_id == conduct
    plain = people(staff, 1, start=50)[0]
    with pytest.raises(ValidationFailed) as refused:
        agreement(staff, people(staff, 1, start=51)[0], craft, second=plain)
    assert "second_mentor" in refused.value.field_errors
    with pytest.raises(ValidationFailed):
        agreement(staff, apprentice, apprentice)


def test_status_changes_and_termination_needs_a_reason(staff):
    mentor = masters(staff, 1)[0]
    a, b = people(staff, 2)
    running = agreement(staff, a, mentor)
    with pytest.raises(Conflict):
        mentoring.activate_agreement(staff, running, TODAY)
    with pytest.raises(ValidationFailed):
        mentoring.terminate_agreement(staff, running, TODAY, " ")
    mentoring.terminate_agreement(staff, running, TODAY, "学徒调岗")
    detail = mentoring_progress.get_agreement(staff, running)
    assert (detail.row.status, detail.row.end_reason, detail.row.ended_on) == ("terminated", "学徒调岗", TODAY)
    with pytest.raises(Conflict):
        mentoring.complete_agreement(staff, running, TODAY)
    draft = agreement(staff, b, mentor, activate=False)
    with pytest.raises(Conflict):
        mentoring.complete_agreement(staff, draft, TODAY)
    actions = [e.action for e in _audit(staff, "mentoring_agreement")]
    assert actions.count("activate") == 1 and "terminate" in actions


def test_only_drafts_change_and_only_active_agreements_renew(staff):
    mentor = masters(staff, 1)[0]
    apprentice = people(staff, 1)[0]
    start = dt.date(2026, 1, 1)
    draft = agreement(staff, apprentice, mentor, start=start, activate=False)
    with pytest.raises(Conflict):
        mentoring.renew_agreement(staff, draft, 1)
    mentoring.update_agreement(staff, draft, AgreementInput(apprentice, mentor, WELDING, start, 3))
    assert mentoring_progress.get_agreement(staff, draft).row.end_on == dt.date(2028, 12, 31)
    mentoring.activate_agreement(staff, draft, start)
    with pytest.raises(Conflict):
        mentoring.update_agreement(staff, draft, AgreementInput(apprentice, mentor, WELDING, start, 1))
    with pytest.raises(ValidationFailed):
        mentoring.renew_agreement(staff, draft, 4)
    assert mentoring.renew_agreement(staff, draft, 2) == dt.date(2030, 12, 31)
    assert mentoring_progress.get_agreement(staff, draft).row.renewals == 1


def test_a_plan_goes_off_track_when_a_due_item_is_not_signed_off(staff):
    mentor = masters(staff, 1)[0]
    agreement_id = agreement(staff, people(staff, 1)[0], mentor)
    due = mentoring_progress.add_plan_item(staff, agreement_id, "平焊", TODAY - dt.timedelta(days=10))
    mentoring_progress.add_plan_item(staff, agreement_id, "立焊", TODAY + dt.timedelta(days=60))
    assert mentoring.list_agreements(staff, AgreementQuery())[0].on_track is False
    mentoring_progress.sign_off_item(staff, due, TODAY - dt.timedelta(days=2), "焊缝成形良好")
    row = mentoring.list_agreements(staff, AgreementQuery())[0]
    assert (row.on_track, row.plan_items, row.overdue_items) == (True, 2, 0)
    detail = mentoring_progress.get_agreement(staff, agreement_id)
    assert detail.plan[0].comment == "焊缝成形良好" and detail.progress.signed_off == 1
    with pytest.raises(Conflict):
        mentoring_progress.sign_off_item(staff, due, TODAY)
    with pytest.raises(ValidationFailed):
        mentoring_progress.add_plan_item(staff, agreement_id, "仰焊", TODAY + dt.timedelta(days=900))


def test_reviews_one_per_period_with_scores(staff):
    mentor = masters(staff, 1)[0]
    agreement_id = agreement(staff, people(staff, 1)[0], mentor, review_period="monthly")
    day = TODAY - dt.timedelta(days=40)
    review = mentoring_progress.add_review(staff, agreement_id, day, 85, 92, "进步明显", "师傅耐心")
    assert review.period == f"{day.year}-{day.month:02d}"
    with pytest.raises(Conflict):
        mentoring_progress.add_review(staff, agreement_id, day, 80, 80)
    with pytest.raises(ValidationFailed):
        mentoring_progress.add_review(staff, agreement_id, TODAY, 101, 80)
    assert [r.mentor_score for r in mentoring_progress.get_agreement(staff, agreement_id).reviews] == [85]


def test_outcomes_are_the_levels_and_prizes_during_the_agreement(staff):
    mentor = masters(staff, 1)[0]
    apprentice = people(staff, 1)[0]
    agreement_id = agreement(staff, apprentice, mentor)
    skill_levels.record_level(staff, apprentice, WELDING, 5, TODAY - dt.timedelta(days=400))  # before: not counted
    skill_levels.record_level(staff, apprentice, WELDING, 4, TODAY - dt.timedelta(days=20))
    certificates.issue_certificates(staff, [IssueRequest("award", apprentice, TODAY - dt.timedelta(days=5),
                                                         award="二等奖", competition="泉州市焊工技能竞赛")])
    outcomes = mentoring_progress.get_agreement(staff, agreement_id).outcomes
    assert [(o.kind, o.text) for o in outcomes] == [("level", "四级/中级工（焊工）"),
                                                     ("prize", "二等奖（泉州市焊工技能竞赛）")]
    record = mentoring_outcomes.mentor_record(staff, mentor)
    assert [a.id for a in record.agreements] == [agreement_id] and len(record.outcomes[agreement_id]) == 2
    assert record.mentor.active == 1 and record.mentor.eligible


def test_skill_levels_are_recorded_and_audited(staff):
    person = masters(staff, 1, level=2)[0]
    skill_levels.record_level(staff, person, WELDING, 1, TODAY)
    with pytest.raises(ValidationFailed):
        skill_levels.record_level(staff, person, WELDING, 6, TODAY)
    with pytest.raises(ValidationFailed):
        skill_levels.record_level(staff, person, "不存在", 3, TODAY)
    assert [r.level for r in skill_levels.list_levels(staff, person)] == [1, 2]
    assert len(_audit(staff, "skill_level")) == 2


def test_the_register_lists_mentors_and_candidates(staff):
    eligible = masters(staff, 1)[0]
    masters(staff, 1, start=150, level=5)  # a 五级 holder is no candidate
    craftsman = honoured(staff, "泉州工匠")
    rows = {r.id: r for r in mentoring_outcomes.list_mentors(staff)}
    assert set(rows) == {eligible, craftsman}
    assert rows[eligible].best_level == 3 and rows[craftsman].honours == "泉州工匠"


def test_nomination_ranks_mentors_by_the_score_with_its_breakdown(staff):
    strong, weak = masters(staff, 2)
    a, b, c = people(staff, 3)
    year = TODAY.year
    start = dt.date(year, 1, 1)
    first = agreement(staff, a, strong, start=start)
    agreement(staff, b, weak, start=start)
    skill_levels.record_level(staff, a, WELDING, 4, TODAY)
    mentoring_progress.add_review(staff, first, TODAY, 90, 80)
    completed = agreement(staff, c, strong, start=start)
    mentoring.complete_agreement(staff, completed, TODAY)
    listed = mentoring_outcomes.nominations(staff, year)
    assert [n.mentor_id for n in listed] == [strong, weak]
    top = listed[0]
    assert (top.outcomes.promoted, top.outcomes.completed, top.outcomes.review_average) == (1, 1, 85.0)
    assert {p.component: str(p.points) for p in top.score.parts} == {
        "promoted": "10.00", "prizes": "0.00", "completed": "5.00", "reviews": "8.50"}
    assert str(top.score.total) == "23.50" and listed[1].score.total == 0


def test_naming_issues_honour_certificates_and_records_the_honour(staff):
    mentor = masters(staff, 1)[0]
    agreement(staff, people(staff, 1)[0], mentor, start=dt.date(TODAY.year, 1, 1))
    pdf = io.BytesIO()
    issued = mentoring_outcomes.name_mentors(staff, TODAY.year, [mentor], TODAY, pdf)
    assert [c.kind for c in issued] == ["honour"] and issued[0].detail == "泉州市好师傅"
    assert pdf.getvalue().startswith(b"%PDF")
    assert "泉州市好师傅" in trainees.get_trainee(staff, mentor).honours
    detail = certificates.get_certificate(staff, issued[0].id)
    assert detail.printed_values["year"] == TODAY.year
    assert mentoring_outcomes.nominations(staff, TODAY.year)[0].named
    assert mentoring_outcomes.mentor_record(staff, mentor).namings[0][0] == TODAY.year
    with pytest.raises(Conflict):
        mentoring_outcomes.name_mentors(staff, TODAY.year, [mentor], TODAY, io.BytesIO())
    assert _audit(staff, "mentor_naming")[0].after["score"] == "0.00"


def test_agreements_ending_soon(staff):
    mentor = masters(staff, 1)[0]
    a, b = people(staff, 2)
    agreement(staff, a, mentor, start=TODAY - dt.timedelta(days=350))  # ends in about 2 weeks
    agreement(staff, b, mentor, start=TODAY - dt.timedelta(days=100))
    rows = mentoring.list_agreements(staff, AgreementQuery(ending_within_days=30))
    assert [r.apprentice_id for r in rows] == [a]


def _audit(ctx, entity):
    with ctx.session_factory() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)))


def test_the_home_page_lists_agreements_ending_within_30_days(staff):
    from desktop.services import dashboard

    mentor = masters(staff, 1)[0]
    a, b = people(staff, 2)
    agreement(staff, a, mentor, start=TODAY - dt.timedelta(days=300))  # ends in about two months
    assert not [t for t in dashboard.home(staff).tasks if t.page == "mentoring:ending"]
    agreement(staff, b, mentor, start=TODAY - dt.timedelta(days=340))  # ends in 24 days
    tasks = [t for t in dashboard.home(staff).tasks if t.page == "mentoring:ending"]
    assert len(tasks) == 1 and tasks[0].text.params["count"] == 1
