"""Correcting a mentoring plan and its reviews: edit or remove a plan item, undo a sign-off,
edit or remove a review — each audited, each refused once the record or the agreement is
settled."""
import datetime as dt

import pytest
from sqlalchemy import select

from db.models import AuditEntry
from desktop.domain.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from desktop.services import mentoring, mentoring_progress
from desktop.services.mentoring import AgreementQuery
from tests.services.mentoring_helpers import TODAY, agreement, masters
from tests.services.training_helpers import people


def _running(staff, **extra):
    mentor = masters(staff, 1)[0]
    return agreement(staff, people(staff, 1)[0], mentor, **extra)


def _audit(ctx, entity):
    with ctx.session_factory() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)))


def _plan(staff, agreement_id):
    return mentoring_progress.get_agreement(staff, agreement_id).plan


# -- plan items ------------------------------------------------------------------------------------

def test_an_item_waiting_for_its_sign_off_is_corrected_and_audited(staff):
    agreement_id = _running(staff)
    item = mentoring_progress.add_plan_item(staff, agreement_id, "平煤", TODAY - dt.timedelta(days=5))
    assert mentoring.list_agreements(staff, AgreementQuery())[0].on_track is False
    mentoring_progress.update_plan_item(staff, item, " 平焊 ", TODAY + dt.timedelta(days=30))
    (row,) = _plan(staff, agreement_id)
    assert (row.skill, row.target_on, row.overdue) == ("平焊", TODAY + dt.timedelta(days=30), False)
    assert mentoring.list_agreements(staff, AgreementQuery())[0].on_track is True  # no longer due
    entry = _audit(staff, "plan_item")[-1]
    assert (entry.action, entry.entity_id) == ("update", item)
    assert entry.before == {"skill": "平煤", "target_on": (TODAY - dt.timedelta(days=5)).isoformat()}
    assert entry.after["skill"] == "平焊"
    mentoring_progress.update_plan_item(staff, item, "平焊", TODAY + dt.timedelta(days=30))  # no change
    assert len(_audit(staff, "plan_item")) == 2  # create + one update


def test_an_item_of_a_draft_is_corrected_too(staff):
    draft = _running(staff, activate=False)
    item = mentoring_progress.add_plan_item(staff, draft, "立焊", TODAY)
    mentoring_progress.update_plan_item(staff, item, "立焊单面焊双面成形", TODAY)
    assert _plan(staff, draft)[0].skill == "立焊单面焊双面成形"


def test_editing_an_item_keeps_the_rules_of_a_new_one(staff):
    agreement_id = _running(staff)
    item = mentoring_progress.add_plan_item(staff, agreement_id, "平焊", TODAY)
    with pytest.raises(ValidationFailed) as refused:
        mentoring_progress.update_plan_item(staff, item, " ", TODAY + dt.timedelta(days=900))
    assert set(refused.value.field_errors) == {"skill", "target_on"}
    with pytest.raises(NotFound):
        mentoring_progress.update_plan_item(staff, item + 99, "平焊", TODAY)
    assert _plan(staff, agreement_id)[0].target_on == TODAY


def test_a_signed_off_item_cannot_be_edited_or_removed(staff):
    agreement_id = _running(staff)
    item = mentoring_progress.add_plan_item(staff, agreement_id, "平焊", TODAY - dt.timedelta(days=3))
    mentoring_progress.sign_off_item(staff, item, TODAY, "好")
    with pytest.raises(Conflict) as refused:
        mentoring_progress.update_plan_item(staff, item, "横焊", TODAY)
    assert "undo the sign-off first" in str(refused.value)
    with pytest.raises(Conflict):
        mentoring_progress.remove_plan_item(staff, item)
    assert _plan(staff, agreement_id)[0].skill == "平焊"


def test_an_item_is_removed_and_the_removal_audited(staff):
    agreement_id = _running(staff)
    keep = mentoring_progress.add_plan_item(staff, agreement_id, "平焊", TODAY + dt.timedelta(days=10))
    wrong = mentoring_progress.add_plan_item(staff, agreement_id, "重复录入", TODAY - dt.timedelta(days=1))
    mentoring_progress.remove_plan_item(staff, wrong)
    assert [i.id for i in _plan(staff, agreement_id)] == [keep]
    row = mentoring.list_agreements(staff, AgreementQuery())[0]
    assert (row.plan_items, row.overdue_items, row.on_track) == (1, 0, True)
    entry = _audit(staff, "plan_item")[-1]
    assert (entry.action, entry.entity_id, entry.after) == ("delete", wrong, None)
    assert entry.before["skill"] == "重复录入"
    with pytest.raises(NotFound):
        mentoring_progress.remove_plan_item(staff, wrong)


def test_a_sign_off_given_by_mistake_is_undone_with_a_reason(staff):
    agreement_id = _running(staff)
    item = mentoring_progress.add_plan_item(staff, agreement_id, "平焊", TODAY - dt.timedelta(days=3))
    mentoring_progress.sign_off_item(staff, item, TODAY, "误签")
    with pytest.raises(ValidationFailed) as refused:
        mentoring_progress.undo_sign_off(staff, item, " ")
    assert "reason" in refused.value.field_errors
    mentoring_progress.undo_sign_off(staff, item, "签错了学徒")
    (row,) = _plan(staff, agreement_id)
    assert (row.signed_off_on, row.comment, row.overdue) == (None, "", True)
    assert mentoring.list_agreements(staff, AgreementQuery())[0].on_track is False
    entry = _audit(staff, "plan_item")[-1]
    assert entry.action == "undo_sign_off"
    assert entry.before == {"signed_off_on": TODAY.isoformat(), "comment": "误签"}
    assert entry.after == {"signed_off_on": None, "reason": "签错了学徒"}
    with pytest.raises(Conflict):  # nothing to undo now
        mentoring_progress.undo_sign_off(staff, item, "再撤一次")
    mentoring_progress.update_plan_item(staff, item, "平焊（板对接）", TODAY)  # editable again
    mentoring_progress.sign_off_item(staff, item, TODAY)


def test_a_closed_agreements_plan_cannot_change(staff):
    agreement_id = _running(staff)
    signed = mentoring_progress.add_plan_item(staff, agreement_id, "平焊", TODAY - dt.timedelta(days=3))
    waiting = mentoring_progress.add_plan_item(staff, agreement_id, "立焊", TODAY + dt.timedelta(days=3))
    mentoring_progress.sign_off_item(staff, signed, TODAY)
    mentoring.complete_agreement(staff, agreement_id, TODAY)
    with pytest.raises(Conflict):
        mentoring_progress.update_plan_item(staff, waiting, "仰焊", TODAY)
    with pytest.raises(Conflict):
        mentoring_progress.remove_plan_item(staff, waiting)
    with pytest.raises(Conflict):
        mentoring_progress.undo_sign_off(staff, signed, "误签")
    assert [(i.skill, i.signed_off_on) for i in _plan(staff, agreement_id)] == [("平焊", TODAY), ("立焊", None)]


def test_a_draft_has_no_sign_off_to_undo(staff):
    draft = _running(staff, activate=False)
    item = mentoring_progress.add_plan_item(staff, draft, "平焊", TODAY)
    with pytest.raises(Conflict):
        mentoring_progress.undo_sign_off(staff, item, "误签")


def test_overdue_is_judged_on_the_day_a_closed_agreement_ended(staff):
    agreement_id = _running(staff)
    before_end = mentoring_progress.add_plan_item(staff, agreement_id, "平焊", TODAY - dt.timedelta(days=20))
    after_end = mentoring_progress.add_plan_item(staff, agreement_id, "立焊", TODAY - dt.timedelta(days=5))
    mentoring.terminate_agreement(staff, agreement_id, TODAY - dt.timedelta(days=10), "学徒离职")
    detail = mentoring_progress.get_agreement(staff, agreement_id)
    overdue = {i.id: i.overdue for i in detail.plan}
    assert overdue == {before_end: True, after_end: False}
    # the items' flags add up to the plan's and the list's count
    assert sum(overdue.values()) == detail.progress.overdue == detail.row.overdue_items == 1


def test_the_items_flag_follows_the_day_asked_for(staff):
    agreement_id = _running(staff)
    mentoring_progress.add_plan_item(staff, agreement_id, "平焊", TODAY + dt.timedelta(days=5))
    later = mentoring_progress.get_agreement(staff, agreement_id, today=TODAY + dt.timedelta(days=6))
    assert later.plan[0].overdue and later.progress.overdue == 1


# -- reviews -------------------------------------------------------------------------------------

def test_a_review_is_corrected_and_audited(staff):
    agreement_id = _running(staff, review_period="monthly")
    day = TODAY - dt.timedelta(days=40)
    review = mentoring_progress.add_review(staff, agreement_id, day, 58, 90, "进步慢", "好")
    fixed = mentoring_progress.update_review(staff, review.id, day, 85, 92, "进步明显", "师傅耐心")
    assert (fixed.mentor_score, fixed.apprentice_score, fixed.mentor_comment, fixed.period) == (
        85, 92, "进步明显", review.period)
    (row,) = mentoring_progress.get_agreement(staff, agreement_id).reviews
    assert (row.mentor_score, row.apprentice_comment) == (85, "师傅耐心")
    entry = _audit(staff, "mentoring_review")[-1]
    assert (entry.action, entry.before["mentor_score"], entry.after["mentor_score"]) == ("update", 58, 85)
    # a new date moves the review to its period
    moved = mentoring_progress.update_review(staff, review.id, TODAY, 85, 92)
    assert moved.period == f"{TODAY.year}-{TODAY.month:02d}" and moved.reviewed_on == TODAY


def test_editing_a_review_keeps_the_rules(staff):
    agreement_id = _running(staff, review_period="monthly")
    first_day, second_day = TODAY - dt.timedelta(days=40), TODAY
    first = mentoring_progress.add_review(staff, agreement_id, first_day, 80, 80)
    mentoring_progress.add_review(staff, agreement_id, second_day, 90, 90)
    with pytest.raises(Conflict) as refused:  # onto the period of the other review
        mentoring_progress.update_review(staff, first.id, second_day, 80, 80)
    assert "recorded already" in str(refused.value)
    with pytest.raises(ValidationFailed) as refused:
        mentoring_progress.update_review(staff, first.id, TODAY + dt.timedelta(days=1), 101, -1)
    assert set(refused.value.field_errors) == {"reviewed_on", "mentor_score", "apprentice_score"}
    with pytest.raises(ValidationFailed) as refused:  # before the agreement starts
        mentoring_progress.update_review(staff, first.id, TODAY - dt.timedelta(days=200), 80, 80)
    assert "reviewed_on" in refused.value.field_errors
    reviews = mentoring_progress.get_agreement(staff, agreement_id).reviews
    assert [(r.reviewed_on, r.mentor_score) for r in reviews] == [(first_day, 80), (second_day, 90)]


def test_a_review_is_removed_and_its_period_is_free_again(staff):
    agreement_id = _running(staff)
    review = mentoring_progress.add_review(staff, agreement_id, TODAY, 70, 80, "录错")
    mentoring_progress.remove_review(staff, review.id)
    assert mentoring_progress.get_agreement(staff, agreement_id).reviews == []
    entry = _audit(staff, "mentoring_review")[-1]
    assert (entry.action, entry.entity_id, entry.after) == ("delete", review.id, None)
    assert entry.before["mentor_comment"] == "录错"
    with pytest.raises(NotFound):
        mentoring_progress.remove_review(staff, review.id)
    mentoring_progress.add_review(staff, agreement_id, TODAY, 90, 80)


def test_a_completed_agreements_reviews_cannot_change(staff):
    agreement_id = _running(staff)
    review = mentoring_progress.add_review(staff, agreement_id, TODAY, 70, 80)
    mentoring.complete_agreement(staff, agreement_id, TODAY)
    with pytest.raises(Conflict):
        mentoring_progress.update_review(staff, review.id, TODAY, 90, 90)
    with pytest.raises(Conflict):
        mentoring_progress.remove_review(staff, review.id)
    assert mentoring_progress.get_agreement(staff, agreement_id).reviews[0].mentor_score == 70


def test_corrections_need_the_right_to_edit_the_registry(staff, judge):
    agreement_id = _running(staff)
    item = mentoring_progress.add_plan_item(staff, agreement_id, "平焊", TODAY)
    review = mentoring_progress.add_review(staff, agreement_id, TODAY, 70, 80)
    for action in (lambda: mentoring_progress.update_plan_item(judge, item, "立焊", TODAY),
                   lambda: mentoring_progress.remove_plan_item(judge, item),
                   lambda: mentoring_progress.undo_sign_off(judge, item, "误签"),
                   lambda: mentoring_progress.update_review(judge, review.id, TODAY, 90, 90),
                   lambda: mentoring_progress.remove_review(judge, review.id)):
        with pytest.raises(PermissionDenied):
            action()
