"""Paper mode with double entry: a judge's sheets on paper, blank sheets printed by encrypted
number, two recorders typing each sheet independently, and only agreed sheets counting."""
from fractions import Fraction as F

import pytest
from sqlalchemy import select

from db.models import AuditEntry, MarkChainEntry
from desktop.domain.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from desktop.domain.sheet_codes import sheet_code
from desktop.services import competition_sheets, competitions, paper_sheets
from desktop.services.competition_marks import MarkInput, list_marks, save_marks
from desktop.services.competition_scheme import AspectInput, list_scheme, set_scheme
from desktop.services.mark_chain import verify_chain
from tests.conftest import make_user
from tests.printing.poppler import pdf_text
from tests.services.competition_helpers import SCHEME
from tests.services.venue_helpers import contestant_ids, venue

PAPER_JUDGE = 1  # J2 marks on paper


@pytest.fixture
def second(staff):
    """The second recorder: another staff account."""
    return make_user(staff, "recorder2", {"staff"})


def paper_venue(staff, count=3):
    v = venue(staff, count=count, panel=3)
    set_scheme(staff, v.event_id, [*SCHEME, AspectInput("P3", "practical", "J", F(10), F(1), "焊接操作", "工艺",
                                                        "安全文明操作")])
    switched = paper_sheets.set_paper(staff, v.event_id, v.judge_ids[PAPER_JUDGE], True)
    assert len(switched.switched) == count and not switched.kept
    return v


def aspect_ids(staff, event_id):
    return {a.code: a.id for a in list_scheme(staff, event_id)}


def paper_row(staff, v, contestant):
    return next(r for r in paper_sheets.paper_status(staff, v.event_id)
                if r.number == number_of(staff, v, contestant))


def number_of(staff, v, contestant):
    return next(c.drawn_number for c in competitions.list_contestants(staff, v.event_id) if c.id == contestant)


def judge_marks(staff, v):
    return {(m.contestant_id, m.aspect_id): m.value
            for m in list_marks(staff, v.event_id, v.judge_ids[PAPER_JUDGE]) if m.judge_id is not None}


def typed(staff, v, p1, p3):
    ids = aspect_ids(staff, v.event_id)
    return {ids["P1"]: p1, ids["P3"]: p3}


def test_two_recorders_who_agree_make_the_sheet_count_and_its_marks_join_the_chain(staff, second):
    v = paper_venue(staff)
    person = contestant_ids(staff, v.event_id)[0]
    code = paper_row(staff, v, person).code
    found = paper_sheets.find_sheet(staff, code, v.event_id)
    assert found.judge_label == "J2" and found.number == number_of(staff, v, person)
    assert [a.code for a in found.aspects] == ["P1", "P3"] and found.aspects[0].maximum == 20
    assert found.your_round == 1 and found.outcome == paper_sheets.NOT_TYPED and found.editable

    first = paper_sheets.enter_round(staff, found.sheet_id, typed(staff, v, F("15.5"), F(7)))
    assert (first.round, first.outcome, first.marks_changed) == (1, paper_sheets.WAITING, 0)
    assert judge_marks(staff, v) == {}  # one round counts for nothing
    chain_before = verify_chain(staff, v.event_id).entries

    agreed = paper_sheets.enter_round(second, found.sheet_id, typed(staff, v, F("15.5"), F(7)))
    assert (agreed.round, agreed.outcome, agreed.marks_changed) == (2, paper_sheets.AGREED, 2)
    assert agreed.sheet.state == "submitted" and not agreed.sheet.editable
    ids = aspect_ids(staff, v.event_id)
    assert judge_marks(staff, v) == {(person, ids["P1"]): F("15.5"), (person, ids["P3"]): F(7)}
    report = verify_chain(staff, v.event_id)
    assert report.problem is None and report.entries == chain_before + 2
    with staff.session_factory() as session:
        assert set(session.scalars(select(MarkChainEntry.source).where(MarkChainEntry.event_id == v.event_id))) \
            == {"recorder"}
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert {"paper", "enter_round", "agree", "mark"} <= set(actions)
    row = paper_row(staff, v, person)
    assert row.agreed and (row.first_by, row.second_by) == ("Clerk", "Recorder2")
    with pytest.raises(Conflict):  # agreed: only the chief judge's return reopens it
        paper_sheets.enter_round(staff, found.sheet_id, typed(staff, v, F(16), F(7)))


def test_a_mismatch_counts_nothing_and_shows_both_values_until_the_wrong_round_is_corrected(staff, second):
    v = paper_venue(staff)
    person = contestant_ids(staff, v.event_id)[0]
    sheet_id = paper_row(staff, v, person).id
    ids = aspect_ids(staff, v.event_id)
    paper_sheets.enter_round(staff, sheet_id, typed(staff, v, F(12), F(7)))
    result = paper_sheets.enter_round(second, sheet_id, typed(staff, v, F(12), F(8)))
    assert result.outcome == paper_sheets.MISMATCH and result.marks_changed == 0
    assert [(m.code, m.first, m.second) for m in result.mismatches] == [("P3", F(7), F(8))]
    assert judge_marks(staff, v) == {} and result.sheet.state == "draft"
    assert paper_row(staff, v, person).mismatches == ["P3"]
    seen_by_first = paper_sheets.find_sheet(staff, sheet_code(sheet_id))
    assert seen_by_first.your_round == 1 and [m.code for m in seen_by_first.mismatches] == ["P3"]
    assert seen_by_first.rounds[2].values[ids["P3"]] == F(8)  # both values, to look at the paper again

    fixed = paper_sheets.enter_round(second, sheet_id, typed(staff, v, F(12), F(7)))  # round 2 typed it wrong
    assert (fixed.round, fixed.outcome) == (2, paper_sheets.AGREED)
    assert judge_marks(staff, v) == {(person, ids["P1"]): F(12), (person, ids["P3"]): F(7)}


def test_the_second_recorder_does_not_see_the_first_rounds_values(staff, second):
    v = paper_venue(staff)
    sheet_id = paper_row(staff, v, contestant_ids(staff, v.event_id)[0]).id
    paper_sheets.enter_round(staff, sheet_id, typed(staff, v, F(12), F(7)))
    seen = paper_sheets.find_sheet(second, sheet_code(sheet_id))
    assert seen.your_round == 2 and seen.rounds[1].by == "Clerk" and seen.rounds[1].values is None
    assert paper_sheets.find_sheet(staff, sheet_code(sheet_id)).rounds[1].values is not None


def test_one_person_cannot_type_both_rounds(staff, second, ctx):
    v = paper_venue(staff)
    sheet_id = paper_row(staff, v, contestant_ids(staff, v.event_id)[0]).id
    values = typed(staff, v, F(12), F(7))
    paper_sheets.enter_round(staff, sheet_id, values)
    again = paper_sheets.enter_round(staff, sheet_id, values)  # the same person again corrects their round 1
    assert (again.round, again.outcome) == (1, paper_sheets.WAITING) and judge_marks(staff, v) == {}
    with pytest.raises(Conflict) as caught:
        paper_sheets.enter_round(staff, sheet_id, values, round_number=2)
    assert (caught.value.message.params["mine"], caught.value.message.params["other"]) == (1, 2)
    assert "another recorder" in str(caught.value.message)
    paper_sheets.enter_round(second, sheet_id, typed(staff, v, F(12), F(6)))  # a mismatch: neither counts
    third = make_user(staff, "recorder3", {"staff"})
    with pytest.raises(Conflict) as caught:
        paper_sheets.enter_round(third, sheet_id, values)
    assert caught.value.message.params["first"] == "Clerk" and caught.value.message.params["second"] == "Recorder2"
    assert paper_sheets.find_sheet(third, sheet_code(sheet_id)).your_round is None
    with pytest.raises(PermissionDenied):  # judges do not type sheets in
        paper_sheets.enter_round(v.judges[0], sheet_id, values)


def test_a_value_off_the_range_or_step_is_refused_with_the_range_and_nothing_is_kept(staff):
    v = paper_venue(staff)
    person = contestant_ids(staff, v.event_id)[0]
    sheet_id = paper_row(staff, v, person).id
    for p1, p3, expected in ((F(21), F(7), ("P1", "20", "0.5")), (F("12.3"), F(7), ("P1", "20", "0.5")),
                             (F(12), F("7.5"), ("P3", "10", "1"))):
        with pytest.raises(ValidationFailed) as caught:
            paper_sheets.enter_round(staff, sheet_id, typed(staff, v, p1, p3))
        problem = caught.value.field_errors["value"].params
        assert (problem["code"], problem["max"], problem["step"]) == expected
    row = paper_row(staff, v, person)
    assert row.first_by == "" and row.outcome == paper_sheets.NOT_TYPED and row.state == "not_started"


def test_rounds_that_agree_on_a_blank_count_nothing_until_the_judge_completes_the_paper(staff, second):
    v = paper_venue(staff)
    sheet_id = paper_row(staff, v, contestant_ids(staff, v.event_id)[0]).id
    paper_sheets.enter_round(staff, sheet_id, typed(staff, v, F(12), None))
    result = paper_sheets.enter_round(second, sheet_id, {aspect_ids(staff, v.event_id)["P1"]: F(12)})
    assert result.outcome == paper_sheets.BLANK and result.blanks == ["P3"] and judge_marks(staff, v) == {}


def test_a_sheet_the_chief_returns_is_typed_again_by_both_recorders(staff, second):
    v = paper_venue(staff)
    person = contestant_ids(staff, v.event_id)[0]
    sheet_id = paper_row(staff, v, person).id
    ids = aspect_ids(staff, v.event_id)
    for recorder in (staff, second):
        paper_sheets.enter_round(recorder, sheet_id, typed(staff, v, F(12), F(7)))
    competition_sheets.return_sheet(v.judges[0], sheet_id, "P3 请裁判复核")
    reopened = paper_sheets.find_sheet(staff, sheet_code(sheet_id))
    assert reopened.state == "returned" and reopened.outcome == paper_sheets.NOT_TYPED and not reopened.rounds
    assert reopened.return_reason == "P3 请裁判复核" and reopened.editable

    # The corrected paper, typed by the second recorder first this time: round 1 afresh.
    first = paper_sheets.enter_round(second, sheet_id, typed(staff, v, F(12), F(9)))
    assert (first.round, first.outcome) == (1, paper_sheets.WAITING)
    assert judge_marks(staff, v)[(person, ids["P3"])] == F(7)  # the agreed marks stand until the new ones agree
    again = paper_sheets.enter_round(staff, sheet_id, typed(staff, v, F(12), F(9)))
    assert (again.round, again.outcome, again.marks_changed) == (2, paper_sheets.AGREED, 1)
    assert judge_marks(staff, v)[(person, ids["P3"])] == F(9) and again.sheet.state == "submitted"
    assert again.sheet.return_reason == "" and verify_chain(staff, v.event_id).problem is None
    with staff.session_factory() as session:
        restarted = [a.after for a in session.scalars(select(AuditEntry).where(AuditEntry.action == "enter_round"))]
    assert [r["started_over"] for r in restarted] == [False, False, True, False]


def test_a_wrong_code_is_refused_and_never_opens_another_sheet(staff):
    v = paper_venue(staff)
    row = paper_sheets.paper_status(staff, v.event_id)[0]
    sheet_number, check = row.code.split("-")[1:]
    with pytest.raises(ValidationFailed) as caught:  # one digit of the check mistyped
        paper_sheets.find_sheet(staff, f"S-{sheet_number}-{(int(check) + 1) % 100:02d}")
    assert "mistyped" in str(caught.value.message)
    with pytest.raises(ValidationFailed):
        paper_sheets.find_sheet(staff, "焊工 J2")
    with pytest.raises(NotFound):
        paper_sheets.find_sheet(staff, sheet_code(99_999))
    assert paper_sheets.find_sheet(staff, row.code.lower().replace("-", " ")).sheet_id == row.id  # as scanners type it
    screen = next(r for r in competition_sheets.my_sheets(v.judges[0], v.event_id, v.judge_ids[0]))
    with pytest.raises(Conflict):  # J1 marks on screen
        paper_sheets.find_sheet(staff, sheet_code(screen.id))
    with pytest.raises(Conflict):
        paper_sheets.find_sheet(staff, row.code, event_id=v.event_id + 1)


def test_set_paper_keeps_sheets_marked_on_screen_and_is_refused_when_every_sheet_is(staff):
    v = venue(staff, count=3, panel=3)
    people = contestant_ids(staff, v.event_id)
    aspect = aspect_ids(staff, v.event_id)["P1"]
    save_marks(v.judges[2], v.event_id, [MarkInput(people[0], aspect, v.judge_ids[2], F(10))], "judge")
    with pytest.raises(PermissionDenied):
        paper_sheets.set_paper(v.judges[0], v.event_id, v.judge_ids[2], True)
    switch = paper_sheets.set_paper(staff, v.event_id, v.judge_ids[2], True)
    assert switch.kept == [number_of(staff, v, people[0])] and len(switch.switched) == 2
    modes = {r.contestant_id: r.mode for r in competition_sheets.my_sheets(v.judges[2], v.event_id, v.judge_ids[2])}
    assert modes == {people[0]: "screen", people[1]: "paper", people[2]: "paper"}
    with pytest.raises(Conflict):  # a paper sheet is typed by the recorders, not marked on screen
        save_marks(v.judges[2], v.event_id, [MarkInput(people[1], aspect, v.judge_ids[2], F(10))], "judge")
    save_marks(v.judges[1], v.event_id, [MarkInput(p, aspect, v.judge_ids[1], F(10)) for p in people], "judge")
    with pytest.raises(Conflict) as caught:
        paper_sheets.set_paper(staff, v.event_id, v.judge_ids[1], True)
    assert caught.value.message.params["label"] == "J2"
    assert [(j.label, j.paper, j.screen) for j in paper_sheets.judge_modes(staff, v.event_id)] == \
        [("J1", 0, 3), ("J2", 0, 3), ("J3", 2, 1)]
    back = paper_sheets.set_paper(staff, v.event_id, v.judge_ids[2], False)
    assert len(back.switched) == 2 and paper_sheets.judge_modes(staff, v.event_id)[2].paper == 0


def test_the_blank_sheets_show_numbers_aspects_and_codes_but_no_names(staff, tmp_path):
    v = paper_venue(staff)
    path = tmp_path / "sheets.pdf"
    assert paper_sheets.paper_sheets_pdf(staff, v.event_id, v.judge_ids[PAPER_JUDGE], path) == 3
    text = pdf_text(path)
    rows = paper_sheets.paper_status(staff, v.event_id)
    for row in rows:
        assert row.number in text and row.code in text
    assert "P1" in text and "0–20，步长 0.5" in text and "0–10，步长 1" in text and "J2" in text
    for person in competitions.list_contestants(staff, v.event_id):
        assert person.name not in text
    for judge in ("裁判1", "裁判2", "裁判3"):  # the judges' names: labels only
        assert judge not in text
    assert paper_sheets.paper_sheets_pdf(staff, v.event_id, None, tmp_path / "all.pdf") == 3
    with pytest.raises(Conflict):  # J1 marks on screen
        paper_sheets.paper_sheets_pdf(staff, v.event_id, v.judge_ids[0], tmp_path / "none.pdf")


def test_once_a_paper_round_is_typed_the_scheme_and_the_draw_stay_as_they_are(staff):
    from desktop.services.competition_draw import draw_lots

    v = paper_venue(staff)
    people = contestant_ids(staff, v.event_id)
    sheet = paper_row(staff, v, people[0])
    paper_sheets.enter_round(staff, sheet.id, typed(staff, v, F(15), F(8)))
    with pytest.raises(Conflict):
        set_scheme(staff, v.event_id, SCHEME)
    with pytest.raises(Conflict):
        draw_lots(staff, v.event_id, "again")
    assert len(list_scheme(staff, v.event_id)) == len(SCHEME) + 1


def test_a_paper_judge_with_typed_rounds_stays_on_the_panel_and_the_lots_stay_drawn(staff):
    from desktop.services.competition_draw import draw_lots
    from desktop.services.competition_panel import set_panel

    v = paper_venue(staff)
    people = contestant_ids(staff, v.event_id)
    with pytest.raises(Conflict):  # the blank sheets carry the drawn numbers
        draw_lots(staff, v.event_id, "again")
    paper_sheets.enter_round(staff, paper_row(staff, v, people[0]).id, typed(staff, v, F(15), F(8)))
    with pytest.raises(Conflict):
        set_panel(staff, v.event_id, [j for j in v.judge_ids if j != v.judge_ids[PAPER_JUDGE]], v.judge_ids[0])
    assert paper_row(staff, v, people[0]).first_by
