"""Rules that a review found broken in mentoring, appraisal and the statistics, kept fixed:
two desks at once respect the mentor cap and a batch's capacity, a level is never given
twice, the 好师傅 score counts each outcome once and only in the agreement's occupation, a
withdrawn draft earns nothing, and local days are local."""
import datetime as dt
import io
import threading

import pytest
from sqlalchemy import func, select, update

from db.models import Certificate, MentoringAgreement, ResultVersion, SkillLevel, Trainee
from desktop.domain.errors import Conflict, UserError, ValidationFailed
from desktop.services import (
    appraisal_batches,
    appraisal_prizes,
    appraisal_scores,
    certificates,
    dashboard,
    mentoring,
    mentoring_outcomes,
    occupations,
    skill_levels,
)
from desktop.services.certificates import IssueRequest
from desktop.services.mentoring import AgreementInput
from desktop.services.occupations import OccupationInput
from desktop.services.statistics_model import utc_of
from tests.services.appraisal_helpers import batch, holders
from tests.services.mentoring_helpers import TODAY, agreement, masters, welding
from tests.services.training_helpers import people


def _at_once(*jobs):
    start, outcomes = threading.Barrier(len(jobs)), []

    def run(job):
        start.wait()
        try:
            job()
            outcomes.append("ok")
        except UserError as error:
            outcomes.append(error)

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def test_two_desks_signing_for_one_mentor_keep_to_the_cap(staff):
    [mentor] = masters(staff, 1)
    apprentices = people(staff, 6, start=10)
    for apprentice in apprentices[:4]:
        agreement(staff, apprentice, mentor)
    drafts = [agreement(staff, a, mentor, activate=False) for a in apprentices[4:]]
    outcomes = _at_once(*(lambda d=d: mentoring.activate_agreement(staff, d, TODAY) for d in drafts))
    assert outcomes.count("ok") == 1 and isinstance(next(o for o in outcomes if o != "ok"), ValidationFailed)
    with staff.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(MentoringAgreement).where(
            MentoringAgreement.mentor_id == mentor, MentoringAgreement.status == "active")) == 5


def test_two_desks_adding_candidates_keep_to_the_capacity(staff):
    found = batch(staff, level=4, capacity=2)
    ids = holders(staff, 3, level=5, years=5)
    outcomes = _at_once(lambda: appraisal_batches.add_candidates(staff, found.id, ids[:2]),
                        lambda: appraisal_batches.add_candidates(staff, found.id, ids[2:]))
    assert outcomes.count("ok") == 1 and isinstance(next(o for o in outcomes if o != "ok"), Conflict)
    assert len(appraisal_batches.list_candidates(staff, found.id)) <= 2


def test_a_level_is_not_given_twice_from_two_batches(staff):
    [person] = holders(staff, 1, level=5, years=5)
    first, second = batch(staff, level=4), batch(staff, level=4)
    appraisal_batches.add_candidates(staff, first.id, [person])
    with pytest.raises(Conflict, match=first.number):
        appraisal_batches.add_candidates(staff, second.id, [person])
    appraisal_batches.start_scoring(staff, first.id)
    [candidate] = appraisal_batches.list_candidates(staff, first.id)
    for part in ("theory", "practical"):
        appraisal_scores.set_score(staff, candidate.id, part, "80")
    skill_levels.record_level(staff, person, first.occupation, 4, TODAY, "", "")  # gained meanwhile elsewhere
    with pytest.raises(Conflict, match="already"):
        appraisal_scores.approve_batch(staff, first.id, TODAY, io.BytesIO())
    with staff.session_factory() as session:
        assert session.scalar(select(func.count(Certificate.id)).where(Certificate.kind == "level")) == 0


def test_the_nomination_counts_a_prize_once_and_only_in_the_agreements_occupation(admin):
    [mentor] = masters(admin, 1)
    occupations.create_occupation(admin, OccupationInput("电工", "6-31-01-03", "制造"))
    skill_levels.record_level(admin, mentor, "电工", 3, dt.date(2015, 1, 1), "", "")
    [apprentice] = people(admin, 1, start=50)
    start = TODAY - dt.timedelta(days=100)
    agreement(admin, apprentice, mentor, start=start)  # 焊工
    electrical = mentoring.create_agreement(admin, AgreementInput(apprentice, mentor, "电工", start, 1))
    mentoring.activate_agreement(admin, electrical, start)
    certificates.issue_and_print(admin, [IssueRequest("award", apprentice, TODAY - dt.timedelta(days=5),
                                                      occupation="电工", award="一等奖", competition="市赛")],
                                 io.BytesIO())
    skill_levels.record_level(admin, apprentice, "电工", 4, TODAY - dt.timedelta(days=3), "", "")
    [row] = [n for n in mentoring_outcomes.nominations(admin, TODAY.year) if n.mentor_id == mentor]
    assert (row.outcomes.prizes, row.outcomes.promoted) == (1, 1)
    welding_outcomes = mentoring_outcomes.outcomes_of
    with admin.session_factory() as session:
        welding_agreement = session.scalars(select(MentoringAgreement).where(
            MentoringAgreement.apprentice_id == apprentice, MentoringAgreement.id != electrical)).one()
        assert welding_outcomes(session, welding_agreement) == []  # the 电工 prize and level are not 焊工's


def test_a_withdrawn_draft_earns_the_mentor_nothing(admin):
    [mentor] = masters(admin, 1)
    [apprentice] = people(admin, 1, start=50)
    draft = agreement(admin, apprentice, mentor, start=TODAY - dt.timedelta(days=60), activate=False)
    certificates.issue_and_print(admin, [IssueRequest("award", apprentice, TODAY - dt.timedelta(days=5),
                                                      award="一等奖", competition="市赛")], io.BytesIO())
    mentoring.terminate_agreement(admin, draft, TODAY, "未签订，撤回")
    assert [n for n in mentoring_outcomes.nominations(admin, TODAY.year) if n.mentor_id == mentor] == []


def test_new_this_month_counts_from_local_midnight_of_the_first(admin, china_time):
    ids = people(admin, 2, start=60)
    early = utc_of(TODAY.replace(day=1)) + dt.timedelta(hours=3)  # 03:00 local on the 1st, stored as UTC
    with admin.session_factory() as session:
        session.execute(update(Trainee).where(Trainee.id == ids[0]).values(created_at=early))
        session.commit()
    month = next(f for f in dashboard.home(admin, TODAY).figures if f.key == "trainees_month")
    assert month.value == 2


def test_a_prize_promotion_is_dated_the_local_day_of_publication(staff, china_time):
    from tests.services.test_appeals import published_event

    welding(staff)
    event_id, *_ = published_event(staff)
    with staff.session_factory() as session:
        session.execute(update(ResultVersion).where(ResultVersion.event_id == event_id)
                        .values(published_at=dt.datetime(2026, 3, 1, 20, 0)))  # 2026-03-02 04:00 in Quanzhou
        session.commit()
    applied = appraisal_prizes.apply_prize_promotions(staff, event_id)
    with staff.session_factory() as session:
        obtained = session.scalar(select(SkillLevel.obtained_on).where(SkillLevel.trainee_id == applied[0].trainee_id,
                                                                      SkillLevel.route == "prize"))
    assert obtained == dt.date(2026, 3, 2)
