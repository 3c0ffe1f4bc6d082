"""Twenty judges marking the same event at the same moment (issue 8, item 8): every mark
lands exactly once, the chain holds every change in order, and a judge saving the same cell
from two workstations leaves one mark. Meaningful on PostgreSQL (SKILLBASE_TEST_PG); on
SQLite the writers queue on the database lock."""
import threading
from fractions import Fraction as F

from desktop.services import competition_sheets, competitions
from desktop.services.competition_draw import draw_lots
from desktop.services.competition_marks import MarkInput, list_marks, save_marks
from desktop.services.competition_scheme import list_scheme
from desktop.services.mark_chain import verify_chain
from tests.services.competition_helpers import event_with_contestants
from tests.services.venue_helpers import venue

JUDGES = 20


def _all_at_once(jobs):
    start, errors = threading.Barrier(len(jobs)), []

    def run(job):
        start.wait()
        try:
            job()
        except Exception as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_twenty_judges_marking_at_once_lose_and_duplicate_nothing(staff):
    """Each judge logged in with their own account, on the event's panel, saving their own
    sheets one contestant at a time and submitting each — all twenty at the same moment."""
    v = venue(staff, count=6, panel=JUDGES)
    event_id = v.event_id
    judged = [a.id for a in list_scheme(staff, event_id) if a.kind == "J"]
    people = [c.id for c in competitions.list_contestants(staff, event_id)]

    def sheet_of(n):
        judge_ctx, judge = v.judges[n], v.judge_ids[n]

        def mark_each_contestant():
            for person in people:  # one save per contestant, then submit, as a judge does
                save_marks(judge_ctx, event_id, [MarkInput(person, aspect, judge, F(10 + n % 10)) for aspect in judged],
                           source="judge")
            for row in competition_sheets.my_sheets(judge_ctx, event_id, judge):
                competition_sheets.submit_sheet(judge_ctx, row.id, row.version)
        return mark_each_contestant

    measured = [a.id for a in list_scheme(staff, event_id) if a.kind == "M"]
    save_marks(staff, event_id, [MarkInput(person, aspect, None, F(20)) for person in people for aspect in measured])
    errors = _all_at_once([sheet_of(n) for n in range(JUDGES)])
    assert not errors, errors[:3]
    marks = list_marks(staff, event_id)
    cells = [(m.contestant_id, m.aspect_id, m.judge_id) for m in marks]
    judged_cells = [cell for cell in cells if cell[2] is not None]
    assert len(judged_cells) == JUDGES * len(people) * len(judged) and len(set(cells)) == len(cells)
    report = verify_chain(staff, event_id)
    assert report.problem is None and report.entries == len(cells)
    states = {cell.state for cell in competition_sheets.matrix(staff, event_id).cells.values()}
    assert states == {"submitted"}
    competition_sheets.lock_marks(v.judges[0], event_id)  # the chief: every sheet is in


def test_one_judge_on_two_workstations_leaves_one_mark(staff):
    _competition, event_id, judges = event_with_contestants(staff, count=1, judges=1)
    draw_lots(staff, event_id, "venue")
    aspect = next(a.id for a in list_scheme(staff, event_id) if a.kind == "J")
    person = competitions.list_contestants(staff, event_id)[0].id
    errors = _all_at_once([lambda value=value: save_marks(staff, event_id, [MarkInput(person, aspect, judges[0], value)])
                           for value in (F(12), F(15))])
    assert not errors, errors
    marks = [m for m in list_marks(staff, event_id) if m.judge_id == judges[0]]
    assert len(marks) == 1 and marks[0].value in (F(12), F(15))
    assert verify_chain(staff, event_id).problem is None


def test_a_mark_changed_at_another_desk_is_not_overwritten_silently(staff):
    import pytest

    from desktop.domain.errors import Conflict

    _competition, event_id, judges = event_with_contestants(staff, count=1, judges=1)
    draw_lots(staff, event_id, "venue")
    aspect = next(a.id for a in list_scheme(staff, event_id) if a.kind == "J")
    person = competitions.list_contestants(staff, event_id)[0].id
    save_marks(staff, event_id, [MarkInput(person, aspect, judges[0], F(12), seen=None)])  # desk A
    with pytest.raises(Conflict, match="changed at another workstation"):  # desk B still shows it empty
        save_marks(staff, event_id, [MarkInput(person, aspect, judges[0], F(15), seen=None)])
    save_marks(staff, event_id, [MarkInput(person, aspect, judges[0], F(15), seen=F(12))])  # after a look
    assert [m.value for m in list_marks(staff, event_id) if m.judge_id] == [F(15)]
