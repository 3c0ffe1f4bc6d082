import io

import pytest
from sqlalchemy import func, select

from db.models import AuditEntry, Certificate
from desktop.domain.appraisal import Route
from desktop.domain.errors import Conflict, PermissionDenied, ValidationFailed
from desktop.services import appraisal_batches, appraisal_eligibility, appraisal_scores, appraisal_settings, skill_levels
from desktop.services.appraisal_batches import BatchInput
from tests.conftest import make_user
from tests.services.appraisal_helpers import TODAY, approve, batch, holders, scoring_batch
from tests.services.mentoring_helpers import WELDING
from tests.services.training_helpers import people


def test_bulk_eligibility_lists_who_may_sit_the_level_with_the_route(staff):
    ready = holders(staff, 2, level=5, years=3)
    holders(staff, 1, level=5, years=1, start=500)  # too recent
    rows = appraisal_eligibility.eligible_people(staff, "6-18-02-04", 4)
    assert [r.trainee_id for r in rows] == sorted(ready, key=lambda i: [r.trainee_id for r in rows].index(i))
    assert {r.route for r in rows} == {"取得下一级证书满2年"}
    assert all("*" in r.id_number for r in rows)


def test_years_in_the_occupation_come_from_the_start_date(staff):
    person = holders(staff, 1, level=5, years=1)[0]
    assert not appraisal_eligibility.check_person(staff, person, WELDING, 4).eligible
    appraisal_eligibility.set_occupation_start(staff, person, WELDING, TODAY.replace(year=TODAY.year - 7))
    answer = appraisal_eligibility.check_person(staff, person, WELDING, 4)
    assert answer.eligible and answer.route == Route(occupation_years=6)


def test_an_occupation_standard_overrides_the_default(admin, staff):
    person = holders(admin, 1, level=5, years=3)[0]
    appraisal_settings.save_standard(admin, "6-18-02-04", {4: (Route(previous_years=4),)})
    assert not appraisal_eligibility.check_person(staff, person, WELDING, 4).eligible
    with pytest.raises(PermissionDenied):
        appraisal_settings.save_standard(staff, None, {4: (Route(previous_years=1),)})


def test_candidates_outside_the_rules_need_a_recorded_reason(staff):
    found = batch(staff)
    stranger = people(staff, 1, start=700)[0]
    with pytest.raises(ValidationFailed) as refused:
        appraisal_batches.add_candidates(staff, found.id, [stranger])
    assert "override_reason" in refused.value.field_errors
    rows = appraisal_batches.add_candidates(staff, found.id, [stranger], override_reason="企业推荐，工龄证明后补")
    assert rows[0].override_reason == "企业推荐，工龄证明后补" and rows[0].route == ""


def test_capacity_is_kept(staff):
    found = batch(staff, capacity=2)
    with pytest.raises(Conflict):
        appraisal_batches.add_candidates(staff, found.id, holders(staff, 3))


def test_scores_pass_marks_and_statuses(staff):
    found, (a, b, c) = scoring_batch(staff, 3, pass_theory=700)
    appraisal_scores.set_score(staff, a.id, "theory", "75.5")
    row = appraisal_scores.set_score(staff, a.id, "practical", "60")
    assert row.outcome == "passed" and row.scores == {"theory": 755, "practical": 600}
    appraisal_scores.set_score(staff, b.id, "theory", "69.9")
    assert appraisal_scores.set_score(staff, b.id, "practical", "90").outcome == "failed"
    with pytest.raises(ValidationFailed):
        appraisal_scores.set_score(staff, b.id, "practical", "100.5")
    with pytest.raises(ValidationFailed):
        appraisal_scores.set_score(staff, b.id, "review", "80")  # level 4 has no review
    assert appraisal_scores.set_status(staff, c.id, "absent").outcome == "absent"


def test_levels_two_and_one_need_the_comprehensive_review(staff):
    found, (a,) = scoring_batch(staff, 1, level=2)
    appraisal_scores.set_score(staff, a.id, "theory", "80")
    assert appraisal_scores.set_score(staff, a.id, "practical", "80").outcome is None
    assert appraisal_scores.set_score(staff, a.id, "review", "61").outcome == "passed"


def test_double_entry_by_two_staff_must_agree_before_approval(ctx, staff):
    other = make_user(ctx, "second", {"staff"})
    found, (a,) = scoring_batch(staff, 1, double_entry=True)
    for part, value in (("theory", "80"), ("practical", "72.5")):
        appraisal_scores.set_score(staff, a.id, part, value, round_=1)
    with pytest.raises(Conflict):  # the same person cannot make the second entry
        appraisal_scores.set_score(staff, a.id, "theory", "80", round_=2)
    appraisal_scores.set_score(other, a.id, "theory", "80", round_=2)
    row = appraisal_scores.set_score(other, a.id, "practical", "75.2", round_=2)
    assert row.scores == {"theory": 800, "practical": None}
    [mismatch] = appraisal_scores.mismatches(staff, found.id)
    assert (mismatch.part, mismatch.first, mismatch.second) == ("practical", "72.5", "75.2")
    with pytest.raises(Conflict, match="do not agree"):
        approve(staff, found.id)
    assert appraisal_scores.set_score(other, a.id, "practical", "72.5", round_=2).outcome == "passed"
    assert appraisal_scores.mismatches(staff, found.id) == []
    approve(staff, found.id)


def test_approval_records_levels_issues_certificates_and_locks(staff):
    found, (a, b, c) = scoring_batch(staff, 3)
    for row, scores in ((a, ("80", "90")), (b, ("55", "90"))):
        appraisal_scores.set_score(staff, row.id, "theory", scores[0])
        appraisal_scores.set_score(staff, row.id, "practical", scores[1])
    with pytest.raises(Conflict, match="Scores are missing"):
        approve(staff, found.id)
    appraisal_scores.set_status(staff, c.id, "withdrawn")
    pdf = io.BytesIO()
    locked, issued = appraisal_scores.approve_batch(staff, found.id, TODAY, pdf)
    assert locked.status == "approved" and pdf.getvalue().startswith(b"%PDF")
    [certificate] = issued
    assert len(certificate.number) == 22 and certificate.number[15] == "4"
    [level] = [lv for lv in skill_levels.list_levels(staff, a.trainee_id) if lv.level == 4]
    assert (level.route, level.certificate_number, level.obtained_on) == ("appraisal", certificate.number, TODAY)
    assert not [lv for lv in skill_levels.list_levels(staff, b.trainee_id) if lv.level == 4]
    rows = appraisal_batches.list_candidates(staff, found.id)
    assert [(r.outcome, r.certificate_number) for r in rows] == [
        ("passed", certificate.number), ("failed", ""), ("withdrawn", "")]
    with pytest.raises(Conflict):
        appraisal_scores.set_score(staff, b.id, "theory", "99")
    with pytest.raises(Conflict):
        approve(staff, found.id)


def test_approval_is_all_or_nothing(staff, monkeypatch):
    found, (a,) = scoring_batch(staff, 1)
    appraisal_scores.set_score(staff, a.id, "theory", "80")
    appraisal_scores.set_score(staff, a.id, "practical", "80")
    with pytest.raises(Exception):
        appraisal_scores.approve_batch(staff, found.id, TODAY, io.BytesIO(), progress=lambda done, total: done < 2)
    assert appraisal_batches.get_batch(staff, found.id).status == "scoring"
    with staff.session_factory() as session:
        assert session.scalar(select(func.count(Certificate.id))) == 0
    assert skill_levels.highest_level  # the level history is untouched:
    assert all(lv.level == 5 for lv in skill_levels.list_levels(staff, a.trainee_id))


def test_changes_are_audited(staff):
    found, (a,) = scoring_batch(staff, 1)
    appraisal_scores.set_score(staff, a.id, "theory", "80")
    with staff.session_factory() as session:
        actions = set(session.scalars(select(AuditEntry.action).where(
            AuditEntry.entity.in_(("appraisal_batch", "appraisal_candidate")))))
    assert {"create", "add_candidate", "start_scoring", "score"} <= actions


def test_a_batch_with_candidates_keeps_its_occupation_and_level(staff):
    found, _ = scoring_batch(staff, 1)
    with pytest.raises(Conflict):
        appraisal_batches.update_batch(staff, found.id, BatchInput(WELDING, 3, TODAY))
