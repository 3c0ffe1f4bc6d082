"""The demo-data generator: reproducible, valid, and saved through the registry's rules."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from stdnum.cn import uscc

from db.models import AuditEntry, County, Employer, Honour, Occupation, Trainee, User
from desktop.domain.errors import PermissionDenied
from desktop.domain.people import EDUCATION_LEVELS
from desktop.services import accounts
from desktop.services.context import Actor, ServiceContext, as_system
from desktop.services.database import close_database, open_database
from desktop.services.demo import (
    BULK_THRESHOLD,
    DEMO_ACCOUNTS,
    REFERENCE_DATE,
    DemoCancelled,
    DemoSummary,
    fill_demo_data,
    organisation_check_character,
)
from desktop.services.demo_catalogue import INDUSTRIES, WOMEN_ONLY_HONOURS
from desktop.services.identifiers import id_number_problem

QUANZHOU = {
    "鲤城区": "350502", "丰泽区": "350503", "洛江区": "350504", "泉港区": "350505",
    "惠安县": "350521", "安溪县": "350524", "永春县": "350525", "德化县": "350526",
    "石狮市": "350581", "晋江市": "350582", "南安市": "350583",
}


def _open(folder: Path) -> ServiceContext:
    folder.mkdir(parents=True, exist_ok=True)
    return as_system(open_database(f"sqlite:///{folder / 't.db'}"))


@pytest.fixture
def make_ctx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], ServiceContext]]:
    """Fresh databases acting as `system`, one folder each, closed after the test."""
    monkeypatch.setenv("SKILLBASE_HOME", str(tmp_path))
    opened: list[ServiceContext] = []

    def make(name: str) -> ServiceContext:
        opened.append(_open(tmp_path / name))
        return opened[-1]

    yield make
    for ctx in opened:
        close_database(ctx)


@pytest.fixture
def ctx(make_ctx: Callable[[str], ServiceContext]) -> ServiceContext:
    return make_ctx("db")


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServiceContext, DemoSummary]]:
    """One database at the default scale and seed, shared by the tests that only read it."""
    folder = tmp_path_factory.mktemp("filled")
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("SKILLBASE_HOME", str(folder))
        ctx = _open(folder)
        summary = fill_demo_data(ctx)
        yield ctx, summary
        close_database(ctx)


def _trainees(ctx: ServiceContext) -> list[Trainee]:
    with ctx.session_factory() as session:
        return list(session.scalars(select(Trainee).order_by(Trainee.id)))


def _fingerprint(ctx: ServiceContext) -> list[tuple]:
    return [(t.name, t.id_number, t.gender, t.birth_date, t.phone, t.employer.name, t.county.name,
             t.education, t.notes, t.archived_at is not None,
             tuple(o.name for o in t.occupations), tuple(h.name for h in t.honours))
            for t in _trainees(ctx)]


def _employers(ctx: ServiceContext) -> list[Employer]:
    with ctx.session_factory() as session:
        return list(session.scalars(select(Employer).order_by(Employer.id)))


def _count(ctx: ServiceContext, statement) -> int:
    with ctx.session_factory() as session:
        return session.scalar(statement) or 0


def test_the_same_seed_gives_the_same_data_in_two_databases(make_ctx):
    first, second = make_ctx("first"), make_ctx("second")
    fill_demo_data(first, scale=120, seed=7)
    fill_demo_data(second, scale=120, seed=7)

    assert _fingerprint(first) == _fingerprint(second)
    assert ([(e.name, e.credit_code, e.industry) for e in _employers(first)]
            == [(e.name, e.credit_code, e.industry) for e in _employers(second)])


def test_different_seeds_give_different_data(make_ctx):
    first, second = make_ctx("first"), make_ctx("second")
    fill_demo_data(first, scale=120, seed=7)
    fill_demo_data(second, scale=120, seed=8)

    assert {t.id_number for t in _trainees(first)}.isdisjoint({t.id_number for t in _trainees(second)})
    assert [t.name for t in _trainees(first)] != [t.name for t in _trainees(second)]


def test_the_fill_creates_what_it_reports(filled):
    ctx, summary = filled

    assert summary == DemoSummary(accounts=len(DEMO_ACCOUNTS), counties=11, employers=20, occupations=summary.occupations,
                                  honours=5, trainees=300, archived_trainees=summary.archived_trainees,
                                  honoured_trainees=summary.honoured_trainees, bulk=False,
                                  certificates=summary.certificates, classes=6,
                                  competition_events=4, mentoring_agreements=16,
                                  appraisal_batches=4)
    assert _count(ctx, select(func.count(Trainee.id))) == 300
    assert _count(ctx, select(func.count(Employer.id))) == 20
    assert _count(ctx, select(func.count(Occupation.id))) == summary.occupations >= 20
    assert _count(ctx, select(func.count(Honour.id))) == 6  # the five titles and 泉州市好师傅 (mentoring)


def test_every_id_number_is_valid_unique_and_agrees_with_gender_and_birth_date(filled):
    ctx, _ = filled
    trainees = _trainees(ctx)

    for trainee in trainees:
        problem, facts = id_number_problem(trainee.id_number)
        assert problem is None, trainee.id_number
        assert (facts.gender, facts.birth_date) == (trainee.gender, trainee.birth_date)
        assert 18 <= (REFERENCE_DATE - trainee.birth_date).days / 365.25 <= 60
    assert len({t.id_number for t in trainees}) == len(trainees)
    # Migrant workers' cards were issued outside Fujian.
    assert any(not t.id_number.startswith("35") for t in trainees)


def test_trainees_look_like_real_records(filled):
    ctx, _ = filled
    trainees = _trainees(ctx)

    for trainee in trainees:
        assert 2 <= len(trainee.name) <= 3
        assert re.fullmatch(r"1[3-9]\d{9}", trainee.phone)
        assert trainee.education in EDUCATION_LEVELS
        assert 1 <= len(trainee.occupations) <= 2
        fitting = INDUSTRIES[trainee.employer.industry].occupations
        assert {o.name for o in trainee.occupations} <= set(fitting)
        if trainee.gender == "M":
            assert not {h.name for h in trainee.honours} & WOMEN_ONLY_HONOURS
    same_county = sum(t.county_id == t.employer.county_id for t in trainees)
    assert same_county > 0.8 * len(trainees)
    assert any(t.notes for t in trainees)


def test_some_trainees_are_archived_and_some_hold_an_honour(filled):
    ctx, summary = filled
    trainees = _trainees(ctx)

    archived = [t for t in trainees if t.archived_at is not None]
    honoured = [t for t in trainees if t.honours]
    assert 0 < len(archived) == summary.archived_trainees < 0.1 * len(trainees)
    assert 0 < len(honoured) == summary.honoured_trainees < 0.15 * len(trainees)


def test_every_employer_has_a_valid_credit_code_of_its_county(filled):
    ctx, _ = filled

    for employer in _employers(ctx):
        code = employer.credit_code
        assert uscc.validate(code) == code
        assert code[:8] == "91" + employer.county.code
        assert organisation_check_character(code[8:16]) == code[16]
        assert employer.industry in INDUSTRIES


def test_organisation_check_character_agrees_with_a_real_code():
    # 91110000600037341L: the organisation code is 60003734-1 (python-stdnum's example).
    assert organisation_check_character("60003734") == "1"


def test_all_eleven_counties_exist_with_their_codes(filled):
    ctx, _ = filled
    with ctx.session_factory() as session:
        counties = dict(session.execute(select(County.name, County.code)).all())

    assert counties == QUANZHOU


def test_the_demo_accounts_can_log_in(filled):
    ctx, _ = filled

    for username, password, role in DEMO_ACCOUNTS:
        assert len(password) >= 8
        actor = accounts.log_in(ctx, username, password)
        assert actor.roles == frozenset({role})


def test_each_trainee_is_audited_when_added_one_by_one(filled):
    ctx, summary = filled
    created = select(func.count(AuditEntry.id)).where(
        AuditEntry.entity == "trainee", AuditEntry.action == "create", AuditEntry.username == "system")
    archived = select(func.count(AuditEntry.id)).where(
        AuditEntry.entity == "trainee", AuditEntry.action == "archive")

    assert _count(ctx, created) == 300
    assert _count(ctx, archived) == summary.archived_trainees


def test_a_large_fill_inserts_in_bulk_and_audits_one_summary(ctx):
    progress: list[tuple[int, int]] = []

    summary = fill_demo_data(ctx, scale=BULK_THRESHOLD + 500, seed=11,
                             progress=lambda done, total: progress.append((done, total)))

    trainees = _trainees(ctx)
    assert summary.bulk and summary.trainees == len(trainees) == 2500
    assert summary.employers == 62
    assert all(id_number_problem(t.id_number)[0] is None for t in trainees)
    assert all(t.occupations for t in trainees)
    assert sum(bool(t.honours) for t in trainees) == summary.honoured_trainees > 0
    assert sum(t.archived_at is not None for t in trainees) == summary.archived_trainees > 0
    assert _count(ctx, select(func.count(AuditEntry.id)).where(AuditEntry.action == "bulk_create")) == 1
    assert progress[-1] == (2500, 2500)


def test_a_second_fill_adds_trainees_and_reuses_the_rest(ctx):
    fill_demo_data(ctx, scale=50, seed=1)

    again = fill_demo_data(ctx, scale=50, seed=1)

    created_again = (again.accounts, again.counties, again.occupations, again.honours, again.employers)
    assert created_again == (0, 0, 0, 0, 0)
    trainees = _trainees(ctx)
    assert len(trainees) == 100
    assert len({t.id_number for t in trainees}) == 100


def test_an_account_without_registry_rights_is_refused_and_nothing_is_written(ctx):
    judge = ctx.as_actor(Actor(ctx.actor.user_id, "someone", "someone", frozenset({"judge"})))

    with pytest.raises(PermissionDenied):
        fill_demo_data(judge, scale=10)

    assert _count(ctx, select(func.count(User.id)).where(User.is_system.is_(False))) == 0
    assert _count(ctx, select(func.count(County.id))) == 0


def test_cancelling_through_the_progress_callback_leaves_the_database_as_it_was(ctx):
    calls: list[int] = []

    def cancel_at_the_second_report(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 2

    with pytest.raises(DemoCancelled):
        fill_demo_data(ctx, scale=250, progress=cancel_at_the_second_report)

    assert calls == [0, 100]
    assert _count(ctx, select(func.count(Trainee.id))) == 0
    assert _count(ctx, select(func.count(County.id))) == 0
    assert _count(ctx, select(func.count(User.id)).where(User.is_system.is_(False))) == 0


def test_progress_reaches_the_total_when_added_one_by_one(ctx):
    progress: list[tuple[int, int]] = []

    fill_demo_data(ctx, scale=30, progress=lambda done, total: progress.append((done, total)))

    assert progress[0] == (0, 30) and progress[-1] == (30, 30)


def test_the_demo_has_classes_in_every_state(filled):
    from desktop.domain.training import ClassStatus
    from desktop.services import classes, signups
    from desktop.services.classes import ClassQuery
    from desktop.services.signups import EnrolmentQuery, EnrolmentStatus

    ctx, _summary = filled
    rows = classes.list_classes(ctx, ClassQuery())
    assert {r.status for r in rows} == {ClassStatus.UPCOMING, ClassStatus.OPEN, ClassStatus.FULL,
                                        ClassStatus.RUNNING, ClassStatus.FINISHED, ClassStatus.CANCELLED}
    full = next(r for r in rows if r.status is ClassStatus.FULL)
    waiting = signups.list_enrolments(ctx, EnrolmentQuery(class_id=full.id, status=EnrolmentStatus.WAITING))
    assert full.waiting == len(waiting) > 0 and any(e.promoted_at for e in signups.list_enrolments(ctx, full.id))
    finished = next(r for r in rows if r.status is ClassStatus.FINISHED)
    completed = signups.list_enrolments(ctx, EnrolmentQuery(class_id=finished.id, status=EnrolmentStatus.COMPLETED))
    assert completed and all(e.certificate_id and e.credited_minutes for e in completed)
