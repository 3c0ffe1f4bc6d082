"""Benchmark: the full results of an event of 500 contestants × 5 judges × 30 judged aspects
(75,000 marks) — totals, ranks, prizes and teams — against a plain SQL SUM … GROUP BY over the
same marks in the same run.

Run with `make bench` (not part of the test command). Target (issue 7, item 9): within 2× of
the SQL. The filled database is cached in the temp folder between runs, keyed by the number
of contestants (SKILLBASE_BENCH_CONTESTANTS, default 500) and filled afresh when the schema
changes. SKILLBASE_BENCH_PROFILE=1 also prints where one recompute spends its time.
"""
from __future__ import annotations

import cProfile
import datetime as dt
import io
import os
import pstats
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from fractions import Fraction as F
from pathlib import Path

import pytest

CONTESTANTS = int(os.environ.get("SKILLBASE_BENCH_CONTESTANTS", "500"))
JUDGES = 5
THEORY_ASPECTS, PRACTICAL_ASPECTS = 6, 24  # 30 aspects, all judged by every judge
REPEATS = 5
TARGET_RATIO = 2.0
SEED = 7
EVENT = "焊工（基准测试）"
TEAMS = ("鲤城区", "丰泽区", "洛江区", "泉港区", "惠安县", "安溪县", "永春县", "德化县", "石狮市", "晋江市", "南安市")
CHUNK = 20_000

RAW_SUM = """
SELECT m.contestant_id, SUM(m.value_centi) FROM score_marks m JOIN scheme_aspects a ON a.id = m.aspect_id
WHERE a.event_id = ? GROUP BY m.contestant_id"""


# ------------------------------------------------------------------------------ the database


@pytest.fixture(scope="module")
def filled_database():
    from db.migrate import head_revision

    path = Path(tempfile.gettempdir()) / f"skillbase-bench-competition-{CONTESTANTS}.sqlite3"
    os.environ["SKILLBASE_HOME"] = str(path.parent / "skillbase-bench-home")
    if path.exists() and _revision(path) != head_revision():
        path.unlink()  # made by an older schema: fill afresh
    if not path.exists():
        _fill(path)
    print(f"\n{path}: {path.stat().st_size / 2**20:,.1f} MB")
    return path, f"sqlite:///{path}"


def _open(url: str):
    """A context like open_database's, without its daily backup of the cached file."""
    from db.engine import make_engine, make_session_factory
    from db.migrate import upgrade
    from desktop.services.context import ServiceContext

    engine = make_engine(url)
    upgrade(engine)
    return ServiceContext(make_session_factory(engine), None, url)


def _revision(path: Path) -> str | None:
    connection = None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    except (sqlite3.Error, TypeError):
        return None
    finally:
        if connection is not None:
            connection.close()


def _fill(path: Path) -> None:
    """The competition, event, scheme, judges and teams, the draw and the first contestant's
    marks through the services; trainees, contestants and the other marks in bulk on the
    connection. In a side file renamed into place at the end, so a broken fill is not cached."""
    from sqlalchemy import insert, select
    from stdnum.cn import ric

    from db.models import Contestant, SchemeAspect, ScoreMark, Trainee
    from desktop.services import competitions
    from desktop.services.competition_draw import draw_lots
    from desktop.services.competition_marks import MarkInput, save_marks
    from desktop.services.competition_scheme import AspectInput, set_scheme
    from desktop.services.competitions import CompetitionInput, EventInput
    from desktop.domain.roles import Permission
    from desktop.services.context import as_system, unit_of_work
    from desktop.services.database import close_database

    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    started = time.perf_counter()
    rng = random.Random(SEED)
    ctx = as_system(_open(f"sqlite:///{partial}"))
    competition = competitions.create_competition(ctx, CompetitionInput("2026年泉州市职工职业技能竞赛（基准）", 2026,
                                                                        "泉州市总工会"))
    event_id = competitions.create_event(ctx, competition, EventInput(EVENT, "焊工"))
    scheme = [AspectInput(f"T{i + 1}", "theory", "J", F(10), F("0.5"), "理论答辩", "", f"问题{i + 1}")
              for i in range(THEORY_ASPECTS)]
    scheme += [AspectInput(f"P{i + 1}", "practical", "J", F(rng.choice((5, 10, 15))), F("0.5"),
                           f"实操模块{i // 6 + 1}", "", f"评分点{i + 1}") for i in range(PRACTICAL_ASPECTS)]
    set_scheme(ctx, event_id, scheme)
    judges = [competitions.add_judge(ctx, competition, f"J{j + 1}", f"裁判{j + 1}", j == 0) for j in range(JUDGES)]
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        teams = [competitions.team_of(session, competition, f"{t}代表队", f"领队{k + 1}").id
                 for k, t in enumerate(TEAMS)]
    engine = ctx.session_factory.kw["bind"]
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
    with engine.begin() as conn:
        first = (conn.scalar(select(Trainee.id).order_by(Trainee.id.desc()).limit(1)) or 0) + 1
        people = []
        for i in range(CONTESTANTS):
            body = f"350582{1970 + i % 30}{i % 12 + 1:02d}{i % 28 + 1:02d}{i % 1000:03d}"
            people.append({"id": first + i, "name": f"选手{i + 1}", "gender": "MF"[i % 2],
                           "id_number": body + ric.calc_check_digit(body + "0"),
                           "birth_date": dt.date(1970 + i % 30, i % 12 + 1, i % 28 + 1), "phone": "",
                           "education": "", "notes": "", "union_member": False, "created_at": now, "updated_at": now})
        conn.execute(insert(Trainee), people)
        conn.execute(insert(Contestant), [
            {"event_id": event_id, "trainee_id": p["id"], "team_id": teams[i % len(teams)], "entry_number": i + 1,
             "status": "present"} for i, p in enumerate(people)])
        aspects = conn.execute(select(SchemeAspect.id, SchemeAspect.max_centi, SchemeAspect.step_centi)
                               .where(SchemeAspect.event_id == event_id).order_by(SchemeAspect.position)).all()
    draw = draw_lots(ctx, event_id, "20261122")
    contestants = [row.id for row in draw.rows]
    marks = []
    for contestant in contestants:
        skill = min(0.97, max(0.3, rng.gauss(0.72, 0.1)))
        for aspect_id, max_centi, step_centi in aspects:
            steps = max_centi // step_centi
            for judge in judges:
                share = min(1.0, max(0.0, skill + rng.gauss(0, 0.06)))
                marks.append((contestant, aspect_id, judge, round(share * steps) * step_centi))
    head = [m for m in marks if m[0] == contestants[0]]
    save_marks(ctx, event_id, [MarkInput(c, a, j, F(v, 100)) for c, a, j, v in head])  # status: marking
    rest = [{"contestant_id": c, "aspect_id": a, "judge_id": j, "value_centi": v, "entered_at": now}
            for c, a, j, v in marks if c != contestants[0]]
    with engine.begin() as conn:
        for start in range(0, len(rest), CHUNK):
            conn.execute(insert(ScoreMark), rest[start:start + CHUNK])
    close_database(ctx)
    with sqlite3.connect(partial) as connection:  # fold the WAL in, so the file is whole
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    os.replace(partial, path)
    print(f"\nfilled {CONTESTANTS:,} contestants, {len(aspects)} aspects, {JUDGES} judges, {len(marks):,} marks "
          f"in {time.perf_counter() - started:.1f} s")


# ------------------------------------------------------------------------------ the benchmark


def _median(action: Callable[[], object]) -> float:
    timings = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def test_event_results_against_raw_sql(filled_database):
    from desktop.services.competition_results import event_results
    from desktop.services.context import as_system
    from desktop.services.database import close_database

    path, url = filled_database
    ctx = as_system(_open(url))
    raw = sqlite3.connect(path)
    event_id, status = raw.execute("SELECT id, status FROM competition_events WHERE name = ?", (EVENT,)).fetchone()
    marks = raw.execute("SELECT count(*) FROM score_marks m JOIN scheme_aspects a ON a.id = m.aspect_id "
                        "WHERE a.event_id = ?", (event_id,)).fetchone()[0]

    def ours():
        return event_results(ctx, event_id)

    def baseline():
        return raw.execute(RAW_SUM, (event_id,)).fetchall()

    results, sums = ours(), baseline()  # warm both up, and check they cover the same people
    assert status == "marking" and results.provisional
    assert len(sums) == len(results.rows) == CONTESTANTS and marks == CONTESTANTS * JUDGES * 30
    assert sorted(r.result.rank for r in results.rows)[0] == 1 and all(not r.result.flags for r in results.rows)
    assert {c for c, _ in sums} == {r.contestant.id for r in results.rows}

    mine, theirs = _median(ours), _median(baseline)
    ratio = mine / theirs
    print(f"\n{CONTESTANTS:,} contestants × {JUDGES} judges × 30 aspects = {marks:,} marks, median of {REPEATS} runs")
    print(f"{'action':52} {'Skillbase':>10} {'raw SQL':>10} {'ratio':>7}")
    flag = "  <--" if ratio > TARGET_RATIO else ""
    print(f"{'full recompute: totals, ranks, prizes, teams':52} {mine * 1000:8.1f}ms {theirs * 1000:8.1f}ms "
          f"{ratio:7.2f}{flag}")
    print(f"ratio {ratio:.2f} (target ≤ {TARGET_RATIO})")
    if os.environ.get("SKILLBASE_BENCH_PROFILE"):
        profile = cProfile.Profile()
        profile.runcall(ours)
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(20)
        print(out.getvalue())
    raw.close()
    close_database(ctx)
