"""Statistics: every figure against counts made independently, in plain Python over the
records, of the same demo data (training, competitions, certificates, registry)."""
from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db.models import (
    Attendance,
    Certificate,
    ClassSession,
    Competition,
    CompetitionEvent,
    CompetitionStage,
    Contestant,
    County,
    Employer,
    Enrolment,
    ScoreSheet,
    Trainee,
    TrainingClass,
)
from desktop.domain.errors import PermissionDenied, ValidationFailed
from desktop.services import dashboard, statistics
from desktop.services.context import as_system
from desktop.services.database import close_database, open_database
from desktop.services.demo import fill_demo_data
from desktop.services.statistics import Period

YEAR = 2026


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stats")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SKILLBASE_HOME", str(folder / "home"))
        ctx = as_system(open_database(f"sqlite:///{folder / 'demo.sqlite3'}"))
        fill_demo_data(ctx, scale=300, seed=2026)
        yield ctx
        close_database(ctx)


def _records(ctx, statement):
    with ctx.session_factory() as session:
        return session.execute(statement).all()


def _in_days(day, period):
    return day is not None and period.start <= day <= period.end


def _in_stamp(stamp, period):
    start, after = period.utc_bounds()
    return stamp is not None and start <= stamp < after


def _month_of_stamp(stamp):
    """The local month of a naive UTC stamp, computed another way than the service's CASE."""
    return stamp.replace(tzinfo=dt.timezone.utc).astimezone().strftime("%Y-%m")


def _table(stats, key):
    return next(t for t in stats.tables() if t.key == key)


def _column(table, key):
    i = table.index(key)
    return {row.group: row.values[i] for row in table.rows if row.values[i]}, table.total[i]


def _people(ctx):
    """trainee id -> (county name, employer name), independently of the service."""
    counties = dict(_records(ctx, select(County.id, County.name)))
    employers = dict(_records(ctx, select(Employer.id, Employer.name)))
    return {tid: (counties.get(cid), employers.get(eid))
            for tid, cid, eid in _records(ctx, select(Trainee.id, Trainee.county_id, Trainee.employer_id))}


def test_training_figures_match_the_records(demo):
    period = Period.year(YEAR)
    people = _people(demo)
    classes = {c.id: c for (c,) in _records(demo, select(TrainingClass))}
    enrolments = [e for (e,) in _records(demo, select(Enrolment))]
    held = [e for e in enrolments if e.status == "placed" and classes[e.class_id].cancelled_at is None
            and classes[e.class_id].archived_at is None and _in_days(classes[e.class_id].first_session_on, period)]
    assert held, "the demo data has classes this year"

    by_county = statistics.compute_statistics(demo, period, "county")
    table = _table(by_county, "training")
    trainings, total = _column(table, "trainings")
    assert total == len(held)
    assert trainings == dict(Counter(people[e.trainee_id][0] for e in held))
    classes_per_county, classes_total = _column(table, "classes")
    assert classes_total == len({e.class_id for e in held})
    for county, count in classes_per_county.items():
        assert count == len({e.class_id for e in held if people[e.trainee_id][0] == county})

    sessions = {s.id: s for (s,) in _records(demo, select(ClassSession))}
    by_id = {e.id: e for e in enrolments}
    credited = [(by_id[a.enrolment_id], sessions[a.session_id]) for (a,) in _records(demo, select(Attendance))
                if a.status in ("present", "late") and _in_days(sessions[a.session_id].on_date, period)]
    hours, hours_total = _column(table, "hours")
    assert hours_total == round(sum(s.minutes for _, s in credited) / 60, 1) > 0
    completed = [e for e in enrolments if _in_stamp(e.completed_at, period)]
    assert _column(table, "completions")[1] == len(completed) > 0
    paid = [e for e in enrolments if _in_stamp(e.paid_at, period)]
    assert _column(table, "fees")[1] == round(sum(e.fee_due_fen for e in paid) / 100, 2) > 0

    by_month = _table(statistics.compute_statistics(demo, period, "month"), "training")
    assert _column(by_month, "trainings")[0] == dict(Counter(
        classes[e.class_id].first_session_on.strftime("%Y-%m") for e in held))
    assert _column(by_month, "completions")[0] == dict(Counter(_month_of_stamp(e.completed_at) for e in completed))
    assert _column(by_month, "hours")[0] == {month: round(sum(s.minutes for _, s in credited
                                                             if s.on_date.strftime("%Y-%m") == month) / 60, 1)
                                            for month in {s.on_date.strftime("%Y-%m") for _, s in credited}}
    by_level = _table(statistics.compute_statistics(demo, period, "level"), "training")
    from desktop.domain.levels import LEVEL_NAMES
    assert _column(by_level, "trainings")[0] == dict(Counter(
        LEVEL_NAMES[classes[e.class_id].target_level] for e in held))


def test_competition_figures_and_prize_winners_per_prize(demo):
    period = Period.year(YEAR)
    people = _people(demo)
    employers = dict(_records(demo, select(Employer.id, Employer.name)))
    rows = _records(demo, select(Contestant, CompetitionEvent, Competition)
                    .join(CompetitionEvent, CompetitionEvent.id == Contestant.event_id)
                    .join(CompetitionStage, CompetitionStage.id == CompetitionEvent.stage_id)
                    .join(Competition, Competition.id == CompetitionStage.competition_id))
    took_part = [(c, e, k) for c, e, k in rows if e.status == "published" and c.status == "present"
                 and _in_stamp(e.published_at, period)]
    assert took_part

    stats = statistics.compute_statistics(demo, period, "employer")
    table = _table(stats, "competitions")
    assert _column(table, "events")[1] == len({e.id for _, e, _ in took_part})
    assert _column(table, "competitions")[1] == len({k.id for _, _, k in took_part})
    assert _column(table, "contestants")[0] == dict(Counter(employers.get(c.employer_id) for c, _, _ in took_part))
    by_occupation = _table(statistics.compute_statistics(demo, period, "occupation"), "competitions")
    assert _column(by_occupation, "contestants")[0] == dict(Counter(e.occupation for _, e, _ in took_part))

    awards = [c for (c,) in _records(demo, select(Certificate)) if c.kind == "award" and c.status == "issued"
              and _in_days(c.issue_date, period)]
    prizes = _table(statistics.compute_statistics(demo, period, "county"), "prizes")
    assert _column(prizes, "winners")[1] == len(awards)
    for prize, count in Counter(c.detail for c in awards).items():
        assert _column(prizes, f"prize:{prize}")[1] == count
        assert _column(prizes, f"prize:{prize}")[0] == {
            county: n for county, n in Counter(people[c.trainee_id][0] for c in awards if c.detail == prize).items()}
    assert [c.key for c in prizes.columns][:3] == ["prize:一等奖", "prize:二等奖", "prize:三等奖"]


def test_certificate_figures_by_kind_and_month(demo):
    period = Period.year(YEAR)
    everything = [c for (c,) in _records(demo, select(Certificate))]
    issued = [c for c in everything if _in_days(c.issue_date, period)]
    revoked = [c for c in everything if c.status == "revoked" and _in_stamp(c.revoked_at, period)]
    table = _table(statistics.compute_statistics(demo, period, "month"), "certificates")
    for kind, count in Counter(c.kind for c in issued).items():
        assert _column(table, kind)[1] == count
    assert _column(table, "issued")[1] == len(issued)
    assert _column(table, "reissued")[1] == sum(1 for c in issued if c.replaces_id) > 0
    assert _column(table, "revoked")[1] == len(revoked) > 0
    assert _column(table, "issued")[0] == dict(Counter(c.issue_date.strftime("%Y-%m") for c in issued))
    assert _column(table, "revoked")[0] == dict(Counter(_month_of_stamp(c.revoked_at) for c in revoked))


def test_registry_figures_and_a_quarter_and_a_custom_range(demo):
    people = _records(demo, select(Trainee.created_at, Trainee.union_member, Trainee.gender))
    for period in (Period.year(YEAR), Period.quarter(YEAR, 4), Period(dt.date(YEAR, 1, 1), dt.date(YEAR, 2, 1))):
        new = [p for p in people if _in_stamp(p.created_at, period)]
        table = _table(statistics.compute_statistics(demo, period, "county"), "registry")
        assert table.total == (len(new), sum(1 for p in new if p.union_member),
                               sum(1 for p in new if p.gender == "F"))
    assert Period.quarter(YEAR, 4) == Period(dt.date(YEAR, 10, 1), dt.date(YEAR, 12, 31))


def test_key_figures_are_the_tables_totals(demo):
    period = Period.year(YEAR)
    figures = {f.key: f.value for f in statistics.key_figures(demo, period)}
    stats = statistics.compute_statistics(demo, period, "county")
    assert figures["trainings"] == _column(_table(stats, "training"), "trainings")[1]
    assert figures["prize_winners"] == _column(_table(stats, "prizes"), "winners")[1]
    assert figures["certificates_issued"] == _column(_table(stats, "certificates"), "issued")[1]
    flat = statistics.figures_json(period, statistics.key_figures(demo, period))
    assert flat["period_start"] == "2026-01-01" and all(not isinstance(v, (dict, list)) for v in flat.values())


def test_the_sections_shown_are_the_landed_areas_only(demo):
    stats = statistics.compute_statistics(demo, Period.year(YEAR), "level")
    assert [s.key for s in stats.sections] == ["registry", "training", "mentoring", "appraisal", "competitions",
                                                "certificates"]
    registry = stats.sections[0]
    assert not registry.supported and registry.tables[0].rows == ()  # trainees have no level


def test_a_bad_period_and_a_judge_are_refused(demo, ctx, judge):
    with pytest.raises(ValidationFailed):
        statistics.compute_statistics(demo, Period(dt.date(YEAR, 5, 1), dt.date(YEAR, 4, 1)), "month")
    with pytest.raises(PermissionDenied):
        statistics.compute_statistics(judge, Period.year(YEAR), "county")


def test_cancelling_stops_the_counting(demo):
    with pytest.raises(statistics.StatisticsCancelled):
        statistics.compute_statistics(demo, Period.year(YEAR), "county", lambda done, total: done < 2)


def test_export_writes_every_table_with_chinese_headings(demo, tmp_path):
    stats = statistics.compute_statistics(demo, Period.year(YEAR), "county")
    path = tmp_path / "stats.xlsx"
    assert statistics.export_statistics(demo, stats, path) == len(stats.tables())
    book = load_workbook(path)
    training = book["职工技能培训"]
    assert [c.value for c in training[2]] == ["县（市、区）", "培训班（期）", "培训人次", "培训学时（人·时）",
                                              "结业人数", "收费（元）"]
    last = [c.value for c in training[training.max_row]]
    assert last[0] == "合计" and last[2] == _column(_table(stats, "training"), "trainings")[1]
    assert [c.value for c in book["获奖情况"][2]][:4] == ["县（市、区）", "一等奖", "二等奖", "三等奖"]


def test_dashboard_tasks_from_training_and_competitions(demo):
    today = dt.date.today()
    home = dashboard.home(demo, today)
    pages = {str(t.text): t.page for t in home.tasks}
    classes = {c.id: c for (c,) in _records(demo, select(TrainingClass))}
    waiting = [e for (e,) in _records(demo, select(Enrolment)) if e.status == "waiting"
               and classes[e.class_id].cancelled_at is None
               and (classes[e.class_id].first_session_on is None or classes[e.class_id].first_session_on > today)]
    marking = [e for (e,) in _records(demo, select(CompetitionEvent)) if e.status == "marking"]
    returned = [s for (s,) in _records(demo, select(ScoreSheet)) if s.state == "returned"]
    assert waiting and marking and returned
    text = (f"{len(waiting)} trainee(s) on the waiting lists of "
            f"{len({e.class_id for e in waiting})} class(es)")
    assert pages[text] == "classes"
    assert pages[f"{len(marking)} competition event(s) being marked"] == "competitions"
    assert pages[f"{len(returned)} score sheet(s) returned to their judges"] == "competitions"
    assert not any("open sign-up today" in t for t in pages)
    keys = [f.key for f in home.figures]
    assert "trainings" in keys and "certificates_issued" in keys and all(f.page for f in home.figures)


def test_mentoring_figures_match_the_agreements_and_namings(demo):
    from db.models import MentoringAgreement, MentorNaming, Occupation

    period = Period.year(YEAR)
    people = _people(demo)
    occupations = dict(_records(demo, select(Occupation.id, Occupation.name)))
    agreements = [a for (a,) in _records(demo, select(MentoringAgreement))]
    signed = [a for a in agreements if a.signed_on is not None]
    new = [a for a in signed if _in_days(a.signed_on, period)]
    in_force = [a for a in signed if a.signed_on <= period.end and a.end_on >= period.start
                and (a.ended_on is None or a.ended_on >= period.start)]
    completed = [a for a in signed if a.status == "completed" and _in_days(a.ended_on, period)]
    ended_early = [a for a in signed if a.status == "terminated" and _in_days(a.ended_on, period)]
    assert new and in_force and completed, "the demo has pairs formed, in force and completed this year"

    stats_by_county = statistics.compute_statistics(demo, period, "county")
    by_county = _table(stats_by_county, "mentoring")
    assert _column(by_county, "new") == (dict(Counter(people[a.apprentice_id][0] for a in new)), len(new))
    assert _column(by_county, "in_force")[1] == len(in_force)
    assert _column(by_county, "completed")[1] == len(completed)
    assert _column(by_county, "terminated")[1] == len(ended_early)
    by_occupation = _table(statistics.compute_statistics(demo, period, "occupation"), "mentoring")
    assert _column(by_occupation, "in_force")[0] == dict(Counter(occupations[a.occupation_id] for a in in_force))
    by_month = _table(statistics.compute_statistics(demo, period, "month"), "mentoring")
    assert _column(by_month, "new")[0] == dict(Counter(a.signed_on.strftime("%Y-%m") for a in new))
    named = [n for (n,) in _records(demo, select(MentorNaming)) if _in_stamp(n.named_at, period)]
    assert named, "the demo names a year's 好师傅"
    named_table = _table(stats_by_county, "mentors_named")
    assert _column(named_table, "named") == (dict(Counter(people[n.mentor_id][0] for n in named)), len(named))
    figures = {f.key: f.value for f in statistics.key_figures(demo, period)}
    assert (figures["mentoring_new"], figures["mentors_named"]) == (len(new), len(named))


def test_appraisal_figures_and_the_pass_rate_per_level_match_the_batches(demo):
    from db.models import AppraisalBatch, AppraisalCandidate, SkillLevel
    from desktop.domain.levels import LEVEL_NAMES

    period = Period.year(YEAR)
    people = _people(demo)
    batches = {b.id: b for (b,) in _records(demo, select(AppraisalBatch))
               if b.status == "approved" and _in_stamp(b.approved_at, period)}
    candidates = [c for (c,) in _records(demo, select(AppraisalCandidate)) if c.batch_id in batches]
    sat = [c for c in candidates if c.status == "sitting"]
    passed = [c for c in candidates if c.outcome == "passed"]
    assert batches and sat and passed, "the demo approves batches this year"

    by_level = _table(statistics.compute_statistics(demo, period, "level"), "appraisal")
    assert _column(by_level, "candidates")[1] == len(candidates)
    assert _column(by_level, "sat")[1] == len(sat) and _column(by_level, "passed")[1] == len(passed)
    assert _column(by_level, "pass_rate")[1] == round(100 * len(passed) / len(sat), 1)
    for level in {batches[c.batch_id].level for c in sat}:
        name = LEVEL_NAMES[level]
        sat_here = [c for c in sat if batches[c.batch_id].level == level]
        passed_here = [c for c in passed if batches[c.batch_id].level == level]
        assert _column(by_level, "pass_rate")[0].get(name, 0.0) == round(100 * len(passed_here) / len(sat_here), 1)
    assert by_level.chart == "pass_rate"
    by_county = _table(statistics.compute_statistics(demo, period, "county"), "appraisal")
    assert _column(by_county, "passed")[0] == dict(Counter(people[c.trainee_id][0] for c in passed))

    levels = [lv for (lv,) in _records(demo, select(SkillLevel))
              if lv.route in ("appraisal", "prize") and _in_days(lv.obtained_on, period)]
    gained = _table(statistics.compute_statistics(demo, period, "month"), "promotions")
    assert _column(gained, "promoted")[1] == len(levels) > 0
    assert _column(gained, "by_prize")[1] == sum(1 for lv in levels if lv.route == "prize")
    assert _column(gained, "promoted")[0] == dict(Counter(lv.obtained_on.strftime("%Y-%m") for lv in levels))
