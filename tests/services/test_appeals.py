"""Appeals against published results, arbitration rulings and the result versions they publish."""
import datetime as dt
from fractions import Fraction as F

import pytest

from desktop.domain.errors import Conflict, PermissionDenied, ValidationFailed
from desktop.services import competition_appeals, competitions
from desktop.services.audit import AuditQuery, list_entries
from desktop.services.competition_appeals import (
    appeal_window,
    list_appeals,
    lodge_appeal,
    rule_appeal,
    ruling_choices,
)
from desktop.services.competition_draw import draw_lots
from desktop.services.competition_marks import MarkInput, save_marks
from desktop.services.competition_prints import save_result_sheet
from desktop.services.competition_results import event_results, publish
from desktop.services.competition_scheme import list_scheme
from desktop.services.mark_chain import verify_chain
from desktop.services.result_versions import (
    list_versions,
    results_of,
    snapshot_of,
    version_changes,
    version_results,
)
from tests.printing.poppler import pdf_text
from tests.services.competition_helpers import event_with_contestants
from tests.services.venue_helpers import venue


def published_event(staff, count=5):
    """Five contestants: totals 60, 62.9, 65.8, 68.7, 71.6 in entry order; prizes for the top three."""
    _competition, event_id, judges = event_with_contestants(staff, count=count)
    draw_lots(staff, event_id, "20261122")
    aspects = {a.code: a.id for a in list_scheme(staff, event_id)}
    people = competitions.list_contestants(staff, event_id)
    marks = []
    for n, c in enumerate(people):
        marks.append(MarkInput(c.id, aspects["T1"], None, F(60 + 5 * n)))
        marks += [MarkInput(c.id, aspects["P1"], j, F(10 + n)) for j in judges]
        marks.append(MarkInput(c.id, aspects["P2"], None, F(20)))
    save_marks(staff, event_id, marks)
    publish(staff, event_id)
    return event_id, people, aspects, judges


def _later(monkeypatch, hours: float) -> None:
    """The services' clock, moved on."""
    moved = competition_appeals.utcnow() + dt.timedelta(hours=hours)
    monkeypatch.setattr(competition_appeals, "utcnow", lambda: moved)


def test_publication_keeps_version_1_whole(staff):
    event_id, _people, _aspects, _judges = published_event(staff)
    [first] = list_versions(staff, event_id)
    assert (first.version, first.reason, first.appeal_id, first.stored) == (1, "", None, True)
    assert first.published_by == "clerk" and first.chain_head == verify_chain(staff, event_id).head
    live = event_results(staff, event_id)
    kept = version_results(staff, event_id, 1)
    assert [(r.contestant.name, r.result.total, r.result.rank, r.result.prize) for r in kept.rows] == \
        [(r.contestant.name, r.result.total, r.result.rank, r.result.prize) for r in live.rows]
    assert kept.teams == live.teams and kept.section_maxima == live.section_maxima and not kept.provisional


def test_a_snapshot_round_trips_with_exact_fractions(staff):
    event_id, _people, _aspects, _judges = published_event(staff)
    live = event_results(staff, event_id)
    snapshot = snapshot_of(live, "ab" * 32)
    assert snapshot["rows"][0]["total"] == "358/5" and snapshot["chain_head"] == "ab" * 32
    back = results_of(snapshot)
    assert [r.result for r in back.rows] == [r.result for r in live.rows]
    assert [r.contestant.id_number for r in back.rows] == [""] * 5  # personal data stays on the record
    assert [(r.contestant.name, r.contestant.team, r.advances) for r in back.rows] == \
        [(r.contestant.name, r.contestant.team, r.advances) for r in live.rows]


def test_appeals_are_lodged_only_after_publication(staff):
    _competition, event_id, _judges = event_with_contestants(staff, count=2)
    someone = competitions.list_contestants(staff, event_id)[0]
    with pytest.raises(Conflict, match="not published"):
        lodge_appeal(staff, event_id, someone.id, "评分有误")
    assert appeal_window(staff, event_id) is None and list_versions(staff, event_id) == []


def test_a_reason_is_required(staff):
    event_id, people, _aspects, _judges = published_event(staff)
    with pytest.raises(ValidationFailed) as refused:
        lodge_appeal(staff, event_id, people[1].id, "  ")
    assert set(refused.value.field_errors) == {"reason"}
    assert list_appeals(staff, event_id) == []


def test_the_deadline_counts_from_the_first_publication(staff, monkeypatch, admin):
    event_id, people, _aspects, _judges = published_event(staff)
    window = appeal_window(staff, event_id)
    assert window.deadline - window.published_at == dt.timedelta(hours=2)
    _later(monkeypatch, 3)
    with pytest.raises(Conflict, match="too late") as refused:
        lodge_appeal(staff, event_id, people[1].id, "实操评分偏低")
    local = window.deadline.replace(tzinfo=dt.timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")
    assert local in str(refused.value)
    # typed in afterwards from the paper form, lodged in time
    in_time = window.published_at + dt.timedelta(hours=1, minutes=59)
    appeal_id = lodge_appeal(staff, event_id, people[1].id, "实操评分偏低", "领队 王强", in_time)
    [row] = list_appeals(staff, event_id)
    assert (row.id, row.lodged_at, row.lodged_by, row.recorded_by, row.state) == \
        (appeal_id, in_time, "领队 王强", "clerk", "lodged")
    assert (row.number, row.name) == (people[1].drawn_number, people[1].name)
    with pytest.raises(ValidationFailed, match="published at"):
        lodge_appeal(staff, event_id, people[1].id, "早", lodged_at=window.published_at - dt.timedelta(minutes=1))
    [entry] = list_entries(admin, AuditQuery(action="lodge_appeal"))
    assert entry.entity == "appeal" and entry.entity_id == appeal_id


def test_a_dismissed_appeal_changes_nothing(staff, admin):
    event_id, people, aspects, _judges = published_event(staff)
    appeal_id = lodge_appeal(staff, event_id, people[1].id, "理论成绩有误")
    with pytest.raises(ValidationFailed) as refused:
        rule_appeal(staff, appeal_id, False, "维持原成绩", [MarkInput(people[1].id, aspects["T1"], None, F(90))])
    assert set(refused.value.field_errors) == {"changes"}
    with pytest.raises(ValidationFailed) as refused:
        rule_appeal(staff, appeal_id, False, " ")
    assert set(refused.value.field_errors) == {"ruling"}
    assert rule_appeal(staff, appeal_id, False, "经复核，评分无误，维持原成绩。") is None
    [row] = list_appeals(staff, event_id)
    assert (row.state, row.ruling, row.ruled_by, row.changes, row.version) == \
        ("dismissed", "经复核，评分无误，维持原成绩。", "clerk", (), None)
    assert [v.version for v in list_versions(staff, event_id)] == [1]
    with pytest.raises(Conflict, match="ruled on already"):
        rule_appeal(staff, appeal_id, True, "改判")
    [entry] = list_entries(admin, AuditQuery(action="rule_appeal"))
    assert entry.after["state"] == "dismissed"


def test_upheld_without_changes_publishes_no_new_version(staff):
    event_id, people, _aspects, _judges = published_event(staff)
    appeal_id = lodge_appeal(staff, event_id, people[0].id, "请求复核")
    assert rule_appeal(staff, appeal_id, True, "复核确认成绩无误。") is None
    assert list_appeals(staff, event_id)[0].state == "upheld"
    assert [v.version for v in list_versions(staff, event_id)] == [1]


def test_an_upheld_ruling_changes_marks_and_publishes_version_2(staff, admin, tmp_path):
    event_id, people, aspects, _judges = published_event(staff)
    appellant = people[1]  # 62.9, fourth, no prize
    appeal_id = lodge_appeal(staff, event_id, appellant.id, "理论试卷漏记一题")
    ruling = "理论试卷复核漏记25分，理论成绩改为90分。"
    assert rule_appeal(staff, appeal_id, True, ruling,
                       [MarkInput(appellant.id, aspects["T1"], None, F(90), seen=F(65))]) == 2
    versions = list_versions(staff, event_id)
    assert [(v.version, v.reason, v.appeal_id) for v in versions] == [(1, "", None), (2, ruling, appeal_id)]
    assert versions[1].chain_head == verify_chain(staff, event_id).head != versions[0].chain_head
    assert verify_chain(staff, event_id).problem is None
    [row] = list_appeals(staff, event_id)
    assert row.state == "upheld" and row.version == 2
    [change] = row.changes
    assert (change.aspect, change.judge, change.before, change.after) == ("T1", "", F(65), F(90))
    # the new version: 70.40, second, 二等奖; the old one kept as it was
    new = {r.contestant.id: r.result for r in version_results(staff, event_id, 2).rows}
    old = {r.contestant.id: r.result for r in version_results(staff, event_id, 1).rows}
    assert (new[appellant.id].total, new[appellant.id].rank, new[appellant.id].prize) == (F("70.4"), 2, "二等奖")
    assert (old[appellant.id].total, old[appellant.id].rank, old[appellant.id].prize) == (F("62.9"), 4, "")
    assert event_results(staff, event_id).rows[1].contestant.id == appellant.id  # the live results agree
    changed = {c.contestant_id: c for c in version_changes(staff, event_id, 2)}
    assert set(changed) == {appellant.id, people[2].id, people[3].id}
    assert (changed[appellant.id].old_prize, changed[appellant.id].new_prize) == ("", "二等奖")
    assert (changed[appellant.id].old_rank, changed[appellant.id].new_rank) == (4, 2)
    assert (changed[people[3].id].old_prize, changed[people[3].id].new_prize) == ("二等奖", "三等奖")
    assert (changed[people[2].id].old_prize, changed[people[2].id].new_prize) == ("三等奖", "")
    assert all(c.prize_changed for c in changed.values()) and version_changes(staff, event_id, 1) == []
    # both versions print as they were
    first, second = tmp_path / "v1.pdf", tmp_path / "v2.pdf"
    save_result_sheet(staff, event_id, first, version=1)
    save_result_sheet(staff, event_id, second, version=2)
    one, two = ("".join(pdf_text(p).split()) for p in (first, second))
    assert "第1版" in one and "62.90" in one and "70.40" not in one and "仲裁" not in one
    assert "第2版" in two and "70.40" in two and "替代第1版" in two and ruling in two
    assert versions[1].chain_head in two and versions[0].chain_head in one
    latest = tmp_path / "latest.pdf"
    save_result_sheet(staff, event_id, latest)
    assert "第2版" in "".join(pdf_text(latest).split())
    publishes = list_entries(admin, AuditQuery(action="publish"))
    assert sorted(e.after["version"] for e in publishes) == [1, 2]


def test_ruled_changes_are_checked(staff):
    event_id, people, aspects, judges = published_event(staff)
    appeal_id = lodge_appeal(staff, event_id, people[0].id, "评分有误")

    def refused(change, match):
        with pytest.raises((ValidationFailed, Conflict), match=match):
            rule_appeal(staff, appeal_id, True, "改判", [change])

    refused(MarkInput(people[0].id, aspects["T1"], None, F("60.3")), "steps of 0.5")
    refused(MarkInput(people[0].id, aspects["P1"], None, F(15)), "choose a judge")
    refused(MarkInput(people[0].id, aspects["T1"], judges[0], F(70)), "measurement")
    refused(MarkInput(people[0].id, aspects["T1"], None, F(60)), "already there")
    refused(MarkInput(people[0].id, aspects["T1"], None, None), "does not clear")
    refused(MarkInput(people[0].id, aspects["T1"], None, F(70), seen=F(61)), "changed meanwhile")
    with pytest.raises(ValidationFailed, match="twice"):
        rule_appeal(staff, appeal_id, True, "改判", [MarkInput(people[0].id, aspects["T1"], None, F(70)),
                                                   MarkInput(people[0].id, aspects["T1"], None, F(75))])
    assert list_appeals(staff, event_id)[0].state == "lodged"  # nothing of a refused ruling stays
    assert [v.version for v in list_versions(staff, event_id)] == [1]
    # a judge's mark: that judge's only
    assert rule_appeal(staff, appeal_id, True, "裁判J2评分更正",
                       [MarkInput(people[0].id, aspects["P1"], judges[1], F(12))]) == 2
    assert verify_chain(staff, event_id).problem is None


def test_an_event_published_before_versions_were_kept(staff, ctx):
    from db.models import ResultVersion

    event_id, people, aspects, _judges = published_event(staff)
    with ctx.session_factory() as session:  # a database from before: no version rows
        session.query(ResultVersion).delete()
        session.commit()
    [first] = list_versions(staff, event_id)
    assert (first.version, first.stored) == (1, False)
    assert version_results(staff, event_id, 1).rows[0].result.total == F("71.6")
    appeal_id = lodge_appeal(staff, event_id, people[0].id, "评分有误")
    assert rule_appeal(staff, appeal_id, True, "更正", [MarkInput(people[0].id, aspects["T1"], None, F(62))]) == 2
    versions = list_versions(staff, event_id)
    assert [(v.version, v.stored) for v in versions] == [(1, True), (2, True)]
    old = {r.contestant.id: r.result.total for r in version_results(staff, event_id, 1).rows}
    assert old[people[0].id] == F(60)  # version 1 stored as it was, before the ruling


def test_the_chief_judge_rules_and_other_judges_may_not(staff):
    place = venue(staff, count=3, panel=3)
    from desktop.services.competition_sheets import decrypt, lock_marks, my_sheets, submit_sheet

    aspects = {a.code: a.id for a in list_scheme(staff, place.event_id)}
    people = competitions.list_contestants(staff, place.event_id)
    measured = []
    for n, c in enumerate(people):
        measured += [MarkInput(c.id, aspects["T1"], None, F(70 + n)), MarkInput(c.id, aspects["P2"], None, F(20))]
    save_marks(staff, place.event_id, measured)
    for judge_id, judge_ctx in zip(place.judge_ids, place.judges):
        save_marks(judge_ctx, place.event_id, [MarkInput(c.id, aspects["P1"], judge_id, F(10)) for c in people],
                   source="judge")
        for sheet in my_sheets(judge_ctx, place.event_id, judge_id):
            submit_sheet(judge_ctx, sheet.id, sheet.version)
    chief, other = place.judges[0], place.judges[1]
    lock_marks(chief, place.event_id)
    decrypt(chief, place.event_id)
    publish(staff, place.event_id)
    with pytest.raises(PermissionDenied):
        lodge_appeal(other, place.event_id, people[0].id, "评分有误")
    appeal_id = lodge_appeal(chief, place.event_id, people[0].id, "评分有误")
    choices = ruling_choices(chief, appeal_id)
    assert choices.appeal.id == appeal_id and [c for c, _label in choices.contestants] == \
        sorted((c.id for c in people), key=lambda i: next(p.drawn_number for p in people if p.id == i))
    assert [label for _j, label in choices.judges[people[0].id]] == ["J1", "J2", "J3"]
    assert choices.marks[(people[0].id, aspects["P1"], place.judge_ids[2])] == F(10)
    with pytest.raises(PermissionDenied):
        rule_appeal(other, appeal_id, True, "改判", [])
    assert rule_appeal(chief, appeal_id, True, "J3评分更正",
                       [MarkInput(people[0].id, aspects["P1"], place.judge_ids[2], F(14), seen=F(10))]) == 2
    assert verify_chain(staff, place.event_id).problem is None


def test_after_a_prize_changes_on_appeal_the_revoked_award_is_issued_anew(staff):
    import io

    from desktop.services import certificates
    from desktop.services.competition_results import issue_awards

    event_id, people, aspects, _judges = published_event(staff)
    issued = issue_awards(staff, event_id, dt.date(2026, 11, 22), io.BytesIO())
    assert len(issued) == 3
    appeal_id = lodge_appeal(staff, event_id, people[1].id, "理论试卷漏记一题")
    rule_appeal(staff, appeal_id, True, "理论成绩改为90分。",
                [MarkInput(people[1].id, aspects["T1"], None, F(90), seen=F(65))])
    changed = {c.contestant_id: c for c in version_changes(staff, event_id, 2)}
    stale = changed[people[3].id]  # 二等奖 on paper, 三等奖 now
    assert stale.certificate_id is not None
    certificates.revoke_certificate(staff, stale.certificate_id, "仲裁改判为三等奖")
    anew = issue_awards(staff, event_id, dt.date(2026, 11, 23), io.BytesIO())
    assert sorted(c.detail for c in anew) == ["三等奖", "二等奖"]  # the appellant's and the corrected one
    rows = {r.contestant.id: r for r in event_results(staff, event_id).rows}
    assert rows[people[3].id].certificate_id == next(c.id for c in anew if c.detail == "三等奖")


def test_an_appeal_typed_in_long_after_the_deadline_needs_an_administrator(staff, admin, monkeypatch):
    event_id, people, _aspects, _judges = published_event(staff)
    lodged = competition_appeals.utcnow() + dt.timedelta(hours=1)  # in time, on paper
    _later(monkeypatch, 30)
    with pytest.raises(Conflict, match="administrator"):
        lodge_appeal(staff, event_id, people[0].id, "成绩复核", lodged_at=lodged)
    appeal_id = lodge_appeal(admin, event_id, people[0].id, "成绩复核", lodged_at=lodged)
    entry = next(e for e in list_entries(admin, AuditQuery(action="lodge_appeal")) if e.entity_id == appeal_id)
    assert entry.after["recorded_after_deadline"] is True
