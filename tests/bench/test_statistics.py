"""Benchmark: every statistics aggregate at city scale (200,000 trainees, 1,000,000 enrolments,
the class-list benchmark's cached database) against the bare SQL of the same aggregate in the
same run, with the ratio: "bare SQL" replays the very statements the service sent through plain
sqlite3 (the cost of SQLAlchemy and of shaping the tables), "hand-written SQL" is the aggregate as
one would write it by hand, where given. Run with `make bench` or pytest on this file (not part of the test
command)."""
from __future__ import annotations

import datetime as dt
import sqlite3
import time

from sqlalchemy import event

from tests.bench.test_class_lists import _open, filled_database  # noqa: F401 - the fixture

REPEATS = 3


def _utc(day: dt.date) -> str:
    from desktop.services.statistics_model import utc_of

    return utc_of(day).strftime("%Y-%m-%d %H:%M:%S.%f")


def test_statistics_against_bare_sql(filled_database):  # noqa: F811
    from desktop.services import dashboard, statistics
    from desktop.services.context import as_system
    from desktop.services.database import close_database
    from desktop.services.statistics import Period
    from desktop.services.statistics_model import GROUPINGS

    path, url = filled_database
    ctx = as_system(_open(url))
    raw = sqlite3.connect(path)
    year = dt.date.today().year
    period = Period.year(year)
    bounds = {"s": f"{year}-01-01", "e": f"{year}-12-31", "su": _utc(period.start), "eu": _utc(period.after)}
    # The training section's four aggregates by county, as one writes them by hand.
    bare_county = [
        "SELECT co.name, count(DISTINCT e.class_id), count(e.id) FROM enrolments e JOIN training_classes c "
        "ON c.id = e.class_id LEFT JOIN trainees t ON t.id = e.trainee_id LEFT JOIN counties co ON co.id = t.county_id "
        "WHERE e.status = 'placed' AND c.cancelled_at IS NULL AND c.archived_at IS NULL "
        "AND c.first_session_on >= :s AND c.first_session_on <= :e GROUP BY co.name",
        "SELECT co.name, sum(s.minutes) FROM attendance a JOIN class_sessions s ON s.id = a.session_id "
        "JOIN enrolments e ON e.id = a.enrolment_id LEFT JOIN trainees t ON t.id = e.trainee_id "
        "LEFT JOIN counties co ON co.id = t.county_id WHERE a.status IN ('present', 'late') "
        "AND s.on_date >= :s AND s.on_date <= :e GROUP BY co.name",
        "SELECT co.name, count(e.id) FROM enrolments e LEFT JOIN trainees t ON t.id = e.trainee_id "
        "LEFT JOIN counties co ON co.id = t.county_id WHERE e.completed_at >= :su AND e.completed_at < :eu "
        "GROUP BY co.name",
        "SELECT co.name, sum(e.fee_due_fen) FROM enrolments e LEFT JOIN trainees t ON t.id = e.trainee_id "
        "LEFT JOIN counties co ON co.id = t.county_id WHERE e.paid_at >= :su AND e.paid_at < :eu GROUP BY co.name",
    ]

    def bare(queries):
        return lambda: [raw.execute(q, bounds).fetchall() for q in queries]

    def section(key: str, grouping: str | None):
        provider = next(p for p in statistics.SECTIONS if p.key == key)

        def run():
            with ctx.session_factory() as session:
                return provider.tables(session, period, grouping)
        return run

    cases = [(f"training by {g}", section("training", g), bare(bare_county) if g == "county" else None)
             for g in GROUPINGS]
    cases += [("training totals (key figures)", section("training", None), None),
              ("registry by county", section("registry", "county"),
               bare(["SELECT co.name, count(t.id) FROM trainees t LEFT JOIN counties co ON co.id = t.county_id "
                     "WHERE t.created_at >= :su AND t.created_at < :eu GROUP BY co.name"])),
              ("competitions by county", section("competitions", "county"), None),
              ("certificates by month", section("certificates", "month"), None),
              ("whole page, by county", lambda: statistics.compute_statistics(ctx, period, "county"), None),
              ("home dashboard", lambda: dashboard.home(ctx), None)]
    engine = ctx.session_factory.kw["bind"]

    def replay(action):
        """The same statements the service ran, as bare SQL through sqlite3 (the baseline)."""
        seen = []

        def record(_conn, _cursor, statement, parameters, _context, _many):
            seen.append((statement, parameters))

        event.listen(engine, "before_cursor_execute", record)
        try:
            action()
        finally:
            event.remove(engine, "before_cursor_execute", record)
        return lambda: [raw.execute(q, p).fetchall() for q, p in seen]

    print(f"\nstatistics of {year}, median of {REPEATS} runs")
    print(f"{'aggregate':34} {'Skillbase':>10} {'bare SQL':>10} {'ratio':>6}   {'hand-written SQL':>10}")
    for label, ours_action, raw_action in cases:
        ours = _median_of(ours_action)
        same = _median_of(replay(ours_action))
        hand = f"{_median_of(raw_action) * 1000:8.1f}ms" if raw_action else f"{'—':>10}"
        print(f"{label:34} {ours * 1000:8.1f}ms {same * 1000:8.1f}ms {ours / same:6.2f}   {hand}")
    raw.close()
    close_database(ctx)


def _median_of(action) -> float:
    timings = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return sorted(timings)[len(timings) // 2]
