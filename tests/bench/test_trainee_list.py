"""Benchmark: the trainee list with 200,000 trainees, against the same raw SQL in the same run.

Run with `make bench` (not part of the test command). Target: each list action within 2× of
its raw query. The filled database is cached in the temp folder between runs.
"""
from __future__ import annotations

import os
import sqlite3
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCALE = int(os.environ.get("SKILLBASE_BENCH_SCALE", "200000"))
REPEATS = 7
TARGET_RATIO = 2.0

SELECT = """
SELECT t.id, t.name, t.gender, t.id_number, t.birth_date, t.phone, e.name, c.name, t.archived_at
FROM trainees t LEFT JOIN employers e ON t.employer_id = e.id LEFT JOIN counties c ON t.county_id = c.id
WHERE t.archived_at IS NULL {search} ORDER BY {order}, t.id LIMIT 200 OFFSET 0"""
COUNT = "SELECT count(t.id) FROM trainees t WHERE t.archived_at IS NULL"
COUNT_SEARCH = """SELECT count(t.id) FROM trainees t LEFT JOIN employers e ON t.employer_id = e.id
WHERE t.archived_at IS NULL {search}"""
SEARCH = ("AND (t.name LIKE '%' || :q || '%' OR t.id_number LIKE '%' || :q || '%' "
          "OR t.phone LIKE '%' || :q || '%' OR e.name LIKE '%' || :q || '%')")


@pytest.fixture(scope="module")
def filled_database():
    from desktop.services.context import as_system
    from desktop.services.database import close_database, open_database
    from desktop.services.demo import fill_demo_data

    path = Path(tempfile.gettempdir()) / f"skillbase-bench-{SCALE}.sqlite3"
    os.environ["SKILLBASE_HOME"] = str(path.parent / "skillbase-bench-home")
    url = f"sqlite:///{path}"
    if not path.exists():
        started = time.perf_counter()
        ctx = open_database(url)
        fill_demo_data(as_system(ctx), scale=SCALE, seed=1)
        close_database(ctx)
        print(f"\nfilled {SCALE:,} trainees in {time.perf_counter() - started:.1f} s")
    return path, url


def _median(action) -> float:
    timings = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def test_trainee_list_against_raw_sql(qapp, filled_database):
    from desktop.services.context import as_system
    from desktop.services.database import close_database, open_database
    from desktop.services.trainees import SortKey, TraineeQuery
    from desktop.ui.trainees.model import TraineeTableModel

    path, url = filled_database
    ctx = as_system(open_database(url))
    model = TraineeTableModel(ctx)
    raw = sqlite3.connect(path)
    sample_name = raw.execute("SELECT substr(name, 2, 1) FROM trainees LIMIT 1 OFFSET 777").fetchone()[0]

    def raw_list(search: str, order: str):
        params = {"q": search} if search else {}
        clause = SEARCH if search else ""
        raw.execute(COUNT_SEARCH.format(search=clause) if search else COUNT, params).fetchone()
        raw.execute(SELECT.format(search=clause, order=order), params).fetchall()

    cases = [
        ("open the list (count + first page, by name)", TraineeQuery(), ("", "t.name")),
        (f"search for '{sample_name}'", TraineeQuery(search=sample_name), (sample_name, "t.name")),
        ("sort by employer", TraineeQuery(sort=SortKey.EMPLOYER), ("", "e.name")),
        ("sort by birth date, descending", TraineeQuery(sort=SortKey.BIRTH_DATE, descending=True),
         ("", "t.birth_date DESC")),
    ]
    print(f"\n{SCALE:,} trainees, median of {REPEATS} runs")
    print(f"{'action':48} {'Skillbase':>10} {'raw SQL':>10} {'ratio':>6}")
    ratios = []
    for label, query, (search, order) in cases:
        ours = _median(lambda: model.set_query(replace(query)))
        baseline = _median(lambda: raw_list(search, order))
        ratio = ours / baseline
        ratios.append(ratio)
        print(f"{label:48} {ours * 1000:8.1f}ms {baseline * 1000:8.1f}ms {ratio:6.2f}")
        assert model.rowCount() > 0
    raw.close()
    close_database(ctx)
    print(f"worst ratio {max(ratios):.2f} (target ≤ {TARGET_RATIO})")
