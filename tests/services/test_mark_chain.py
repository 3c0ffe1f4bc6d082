"""The mark chain: every mark saved is chained, and a mark changed behind the application's
back — or a chain entry edited or removed — is caught by `competition verify`."""
from fractions import Fraction as F

from sqlalchemy import delete, update

from db.models import MarkChainEntry, ScoreMark
from desktop.cli import main
from desktop.services import competitions
from desktop.services.competition_draw import draw_lots
from desktop.services.competition_marks import MarkInput, save_marks
from desktop.services.competition_scheme import list_scheme
from desktop.services.mark_chain import verify_chain
from tests.services.competition_helpers import event_with_contestants


def _marked(staff):
    _competition, event_id, judges = event_with_contestants(staff, count=2, judges=3)
    draw_lots(staff, event_id, "s")
    aspects = {a.code: a.id for a in list_scheme(staff, event_id)}
    people = competitions.list_contestants(staff, event_id)
    save_marks(staff, event_id, [MarkInput(people[0].id, aspects["T1"], None, F(80)),
                                 MarkInput(people[0].id, aspects["P1"], judges[0], F(12))])
    save_marks(staff, event_id, [MarkInput(people[0].id, aspects["T1"], None, F(85)),  # changed
                                 MarkInput(people[0].id, aspects["P1"], judges[0], None)])  # cleared
    return event_id


def test_every_change_is_chained_and_verifies(staff):
    event_id = _marked(staff)
    report = verify_chain(staff, event_id)
    assert report.entries == 4 and report.problem is None and len(report.head) == 64


def test_a_mark_edited_in_the_database_is_caught(staff, capsys, database_url):
    event_id = _marked(staff)
    with staff.session_factory() as session:
        session.execute(update(ScoreMark).values(value_centi=9000))
        session.commit()
    problem = verify_chain(staff, event_id).problem
    assert problem is not None and "changed outside the application" in str(problem)
    assert main(["--db", database_url, "competition", "verify", str(event_id)]) == 1
    assert "85" in capsys.readouterr().err


def test_an_edited_or_removed_entry_breaks_the_chain(staff, database_url, capsys):
    event_id = _marked(staff)
    assert main(["--db", database_url, "competition", "verify", str(event_id)]) == 0
    assert capsys.readouterr().out.startswith("ok: 4 entries")
    with staff.session_factory() as session:
        session.execute(update(MarkChainEntry).where(MarkChainEntry.seq == 2).values(value_centi=1500))
        session.commit()
    assert "Entry 2" in str(verify_chain(staff, event_id).problem)
    with staff.session_factory() as session:
        session.execute(delete(MarkChainEntry).where(MarkChainEntry.seq == 4))
        session.commit()
    assert "ends at entry" in str(verify_chain(staff, event_id).problem) or \
        "Entry 2" in str(verify_chain(staff, event_id).problem)


def test_a_stored_mark_added_outside_is_caught(staff):
    event_id = _marked(staff)
    people = competitions.list_contestants(staff, event_id)
    aspect = next(a for a in list_scheme(staff, event_id) if a.code == "P2")
    with staff.session_factory() as session:
        session.add(ScoreMark(contestant_id=people[1].id, aspect_id=aspect.id, value_centi=2000))
        session.commit()
    assert "not in the chain" in str(verify_chain(staff, event_id).problem)
