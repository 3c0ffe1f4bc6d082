"""Judging at the venue: the panel and its exclusions, judges' sheets and their states, and
the chief judge's return, lock and decryption."""
from fractions import Fraction as F

import pytest
from sqlalchemy import select

from db.models import AuditEntry

from desktop.domain.errors import Conflict, PermissionDenied, ValidationFailed
from desktop.services import competition_results, competition_sheets, competitions
from desktop.services.competition_marks import MarkInput, save_marks
from desktop.services.competition_panel import exclusions_of, list_judge_records
from desktop.services.competition_scheme import list_scheme
from desktop.services.judge_quality import judge_quality
from tests.services.venue_helpers import contestant_ids, venue


def judged_aspect(staff, event_id):
    return next(a.id for a in list_scheme(staff, event_id) if a.kind == "J")


def measurements(staff, event_id, people):
    aspects = [a for a in list_scheme(staff, event_id) if a.kind == "M"]
    save_marks(staff, event_id, [MarkInput(c, a.id, None, F(10)) for c in people for a in aspects])


def sheet_of(v, judge_index, contestant):
    rows = competition_sheets.my_sheets(v.judges[judge_index], v.event_id, v.judge_ids[judge_index])
    return next(r for r in rows if r.contestant_id == contestant)


def fill(v, staff, judge_index, contestant, value=F(15)):
    aspect = judged_aspect(staff, v.event_id)
    save_marks(v.judges[judge_index], v.event_id, [MarkInput(contestant, aspect, v.judge_ids[judge_index], value)],
               "judge")
    return sheet_of(v, judge_index, contestant)


def test_a_judge_from_a_contestants_team_gets_no_sheet_for_them_and_the_exclusion_is_recorded(staff):
    v = venue(staff, count=4, panel=3, J2={"team": "晋江市代表队"})
    found = exclusions_of(staff, v.event_id)
    assert {e.judge_label for e in found} == {"J2"} and {e.reason for e in found} == {"team"}
    assert len(found) == 2  # contestants alternate between the two teams
    excluded = {e.contestant_id for e in found}
    mine = {r.contestant_id for r in competition_sheets.my_sheets(v.judges[1], v.event_id, v.judge_ids[1])}
    assert mine.isdisjoint(excluded) and len(mine) == 2
    with pytest.raises(Conflict):
        save_marks(staff, v.event_id, [MarkInput(next(iter(excluded)), judged_aspect(staff, v.event_id),
                                                 v.judge_ids[1], F(10))])
    assert [r.team for r in list_judge_records(staff, v.competition_id) if r.label == "J2"] == ["晋江市代表队"]


def test_judges_see_numbers_only_and_mark_only_their_own_sheet(staff):
    v = venue(staff)
    rows = competition_sheets.my_sheets(v.judges[1], v.event_id, v.judge_ids[1])
    assert all(r.number.isdigit() for r in rows) and all(r.state == "not_started" for r in rows)
    with pytest.raises(PermissionDenied):
        competition_sheets.my_sheets(v.judges[1], v.event_id, v.judge_ids[2])
    with pytest.raises(PermissionDenied):
        save_marks(v.judges[1], v.event_id, [MarkInput(rows[0].contestant_id, judged_aspect(staff, v.event_id),
                                                       v.judge_ids[2], F(10))], "judge")
    row = fill(v, staff, 1, rows[0].contestant_id)
    assert row.state == "draft" and row.marked == 1 == row.aspects


def test_a_mark_off_the_step_or_above_the_maximum_is_refused_with_what_is_allowed(staff):
    v = venue(staff)
    people = contestant_ids(staff, v.event_id)
    for bad in (F("15.3"), F(21)):
        with pytest.raises(ValidationFailed) as caught:
            fill(v, staff, 0, people[0], bad)
        problem = caught.value.field_errors["value"]
        assert (problem.params["max"], problem.params["step"]) == ("20", "0.5")


def test_a_submitted_sheet_is_read_only_until_the_chief_judge_returns_it(staff):
    v = venue(staff)
    people = contestant_ids(staff, v.event_id)
    row = fill(v, staff, 1, people[0])
    detail = competition_sheets.open_sheet(v.judges[1], row.id)
    assert detail.editable and detail.lines[0].maximum == 20 and detail.lines[0].step == F(1, 2)
    submitted = competition_sheets.submit_sheet(v.judges[1], row.id, row.version)
    assert submitted.state == "submitted" and not competition_sheets.open_sheet(v.judges[1], row.id).editable
    with pytest.raises(Conflict):
        fill(v, staff, 1, people[0], F(12))
    with pytest.raises(PermissionDenied):  # judge 2 is not the chief
        competition_sheets.return_sheet(v.judges[1], row.id, "请复核")
    with pytest.raises(ValidationFailed):
        competition_sheets.return_sheet(v.judges[0], row.id, "  ")
    competition_sheets.return_sheet(v.judges[0], row.id, "P1 评分偏低，请复核")
    again = sheet_of(v, 1, people[0])
    assert again.state == "returned" and again.return_reason == "P1 评分偏低，请复核"
    assert fill(v, staff, 1, people[0], F(12)).state == "returned"
    assert competition_sheets.submit_sheet(v.judges[1], row.id, sheet_of(v, 1, people[0]).version).state == "submitted"


def test_an_empty_sheet_cannot_be_submitted_and_a_stale_version_is_refused(staff):
    v = venue(staff)
    people = contestant_ids(staff, v.event_id)
    row = sheet_of(v, 1, people[0])
    with pytest.raises(ValidationFailed):
        competition_sheets.submit_sheet(v.judges[1], row.id, row.version)
    fill(v, staff, 1, people[0])
    with pytest.raises(Conflict):
        competition_sheets.submit_sheet(v.judges[1], row.id, row.version)


def test_the_chief_locks_only_when_every_sheet_is_in_then_decrypts_and_publication_follows(staff):
    v = venue(staff, count=3, panel=3)
    people = contestant_ids(staff, v.event_id)
    measurements(staff, v.event_id, people)
    with pytest.raises(Conflict):
        competition_results.publish(staff, v.event_id)  # the chief has an account: the chief locks
    for j in range(3):
        for c in people[:-1]:
            competition_sheets.submit_sheet(v.judges[j], fill(v, staff, j, c).id, sheet_of(v, j, c).version)
    with pytest.raises(Conflict) as caught:
        competition_sheets.lock_marks(v.judges[0], v.event_id)
    assert caught.value.message.params["count"] == 3
    with pytest.raises(Conflict):
        competition_sheets.decrypt(v.judges[0], v.event_id)
    for j in range(3):
        competition_sheets.submit_sheet(v.judges[j], fill(v, staff, j, people[-1]).id, sheet_of(v, j, people[-1]).version)
    before = competition_sheets.matrix(v.judges[0], v.event_id)
    assert before.may_control and all(c.name == "" for c in before.contestants)
    assert {cell.state for cell in before.cells.values()} == {"submitted"}
    with pytest.raises(PermissionDenied):
        competition_sheets.lock_marks(v.judges[1], v.event_id)
    with pytest.raises(Conflict):
        judge_quality(staff, v.event_id)
    competition_sheets.lock_marks(v.judges[0], v.event_id)
    assert len(judge_quality(staff, v.event_id).lines) == 3  # the report reads the locked marks
    with pytest.raises(Conflict):
        fill(v, staff, 0, people[0], F(3))
    competition_sheets.decrypt(v.judges[0], v.event_id)
    after = competition_sheets.matrix(v.judges[0], v.event_id)
    assert all(c.name for c in after.contestants) and after.locked_at and after.decrypted_at
    results = competition_results.publish(staff, v.event_id)
    assert not results.provisional and all(r.result.rank for r in results.rows)


def test_an_excluded_judge_does_not_make_the_contestant_incomplete(staff):
    v = venue(staff, count=2, panel=3, J3={"team": "晋江市代表队"})
    people = contestant_ids(staff, v.event_id)
    measurements(staff, v.event_id, people)
    for j in range(3):
        for c in people:
            if any(r.contestant_id == c for r in competition_sheets.my_sheets(v.judges[j], v.event_id, v.judge_ids[j])):
                fill(v, staff, j, c)
    flags = {r.contestant.id: r.result.flags for r in competition_results.event_results(staff, v.event_id).rows}
    assert all("incomplete" not in f for f in flags.values())


def test_staff_control_an_event_whose_chief_has_no_account_and_staff_marks_respect_the_states(staff):
    competition, event_id = venue_without_accounts(staff)
    matrix = competition_sheets.matrix(staff, event_id)
    assert matrix.may_control and not matrix.contestants[0].name  # numbers only until decrypted
    assert len(matrix.cells) == 3 * len(matrix.contestants)


def venue_without_accounts(staff):
    from desktop.services import competition_draw
    from desktop.services.competition_panel import JudgeInput, save_judge, set_panel
    from tests.services.competition_helpers import event_with_contestants

    competition, event_id, _ = event_with_contestants(staff, count=3, judges=0)
    ids = [save_judge(staff, competition, JudgeInput(f"J{j}", chief=j == 1)) for j in (1, 2, 3)]
    set_panel(staff, event_id, ids, ids[0])
    competition_draw.draw_lots(staff, event_id, "1")
    return competition, event_id


def test_every_control_action_is_audited(staff):
    v = venue(staff, count=1, panel=1)
    people = contestant_ids(staff, v.event_id)
    measurements(staff, v.event_id, people)
    row = fill(v, staff, 0, people[0])
    competition_sheets.submit_sheet(v.judges[0], row.id, sheet_of(v, 0, people[0]).version)
    competition_sheets.return_sheet(v.judges[0], row.id, "复核")
    competition_sheets.submit_sheet(v.judges[0], row.id, sheet_of(v, 0, people[0]).version)
    competition_sheets.lock_marks(v.judges[0], v.event_id)
    competition_sheets.decrypt(v.judges[0], v.event_id)
    with staff.session_factory() as session:
        actions = set(session.scalars(select(AuditEntry.action)))
    assert {"assign", "submit", "return", "lock_marks", "decrypt"} <= actions


# -- found in review: every path keeps to the sheets and the lock ---------------------------------

def test_a_judge_cannot_pass_for_a_recorder_and_a_judges_marks_are_chained_as_the_judges(staff):
    from db.models import MarkChainEntry

    v = venue(staff)
    people = contestant_ids(staff, v.event_id)
    row = fill(v, staff, 1, people[0])
    competition_sheets.submit_sheet(v.judges[1], row.id, row.version)
    aspect = judged_aspect(staff, v.event_id)
    with pytest.raises(ValueError):
        save_marks(v.judges[1], v.event_id, [MarkInput(people[0], aspect, v.judge_ids[1], F(3))], "recorder")
    with pytest.raises(Conflict):
        save_marks(v.judges[1], v.event_id, [MarkInput(people[0], aspect, v.judge_ids[1], F(3))], "staff")
    fill(v, staff, 1, people[1])
    save_marks(v.judges[1], v.event_id, [MarkInput(people[1], aspect, v.judge_ids[1], F(4))], "staff")
    with staff.session_factory() as session:
        sources = set(session.scalars(select(MarkChainEntry.source).where(MarkChainEntry.event_id == v.event_id)))
    assert sources == {"judge"}


def test_the_marks_are_not_locked_while_a_measurement_is_missing(staff):
    v = venue(staff, count=2, panel=1)
    people = contestant_ids(staff, v.event_id)
    for c in people:
        competition_sheets.submit_sheet(v.judges[0], fill(v, staff, 0, c).id, sheet_of(v, 0, c).version)
    with pytest.raises(Conflict, match="missing"):
        competition_sheets.lock_marks(v.judges[0], v.event_id)
    measurements(staff, v.event_id, people)
    competition_sheets.lock_marks(v.judges[0], v.event_id)


def test_after_the_lock_a_judges_team_and_a_contestants_status_stay_as_they_are(staff):
    from desktop.services.competition_panel import JudgeInput, save_judge

    v = venue(staff, count=1, panel=1)
    people = contestant_ids(staff, v.event_id)
    measurements(staff, v.event_id, people)
    competition_sheets.submit_sheet(v.judges[0], fill(v, staff, 0, people[0]).id, sheet_of(v, 0, people[0]).version)
    competition_sheets.lock_marks(v.judges[0], v.event_id)
    with pytest.raises(Conflict):
        save_judge(staff, v.competition_id, JudgeInput("J1", "裁判1", v.judges[0].actor.user_id,
                                                       team="晋江市代表队", chief=True))
    save_judge(staff, v.competition_id, JudgeInput("J1", "王建国", v.judges[0].actor.user_id, chief=True))  # a name
    with pytest.raises(Conflict):
        competitions.set_contestant_status(staff, people[0], "absent")


def test_a_conflict_found_after_marking_is_refused_until_the_marks_are_cleared(staff):
    from desktop.services.competition_panel import JudgeInput, save_judge

    v = venue(staff, count=2, panel=2)
    people = contestant_ids(staff, v.event_id)
    team = {c.id: c.team for c in competitions.list_contestants(staff, v.event_id)}
    fill(v, staff, 1, people[0])
    with pytest.raises(Conflict) as caught:
        save_judge(staff, v.competition_id, JudgeInput("J2", "裁判2", v.judges[1].actor.user_id, team=team[people[0]]))
    assert caught.value.message.params["label"] == "J2"
    save_marks(v.judges[1], v.event_id, [MarkInput(people[0], judged_aspect(staff, v.event_id), v.judge_ids[1], None)],
               "judge")
    assert sheet_of(v, 1, people[0]).state == "not_started"  # nothing left on it
    save_judge(staff, v.competition_id, JudgeInput("J2", "裁判2", v.judges[1].actor.user_id, team=team[people[0]]))
    assert [e.contestant_id for e in exclusions_of(staff, v.event_id)] == [people[0]]


def test_the_chief_judge_publishes_after_decrypting(staff):
    v = venue(staff, count=1, panel=2)
    people = contestant_ids(staff, v.event_id)
    measurements(staff, v.event_id, people)
    for j in range(2):
        competition_sheets.submit_sheet(v.judges[j], fill(v, staff, j, people[0]).id, sheet_of(v, j, people[0]).version)
    competition_sheets.lock_marks(v.judges[0], v.event_id)
    competition_sheets.decrypt(v.judges[0], v.event_id)
    with pytest.raises(PermissionDenied):
        competition_results.publish(v.judges[1], v.event_id)
    assert not competition_results.publish(v.judges[0], v.event_id).provisional


def test_a_judges_team_must_be_one_of_the_competitions_teams(staff):
    from desktop.services.competition_panel import JudgeInput, save_judge

    v = venue(staff, count=2, panel=1)
    with pytest.raises(ValidationFailed) as caught:
        save_judge(staff, v.competition_id, JudgeInput("J9", "新裁判", team="晋江代表队"))  # misspelt
    assert "team" in caught.value.field_errors
