"""Benchmark: the class list and the sign-up lists with 1,000,000 enrolments in about 5,000
classes (200,000 trainees), against the same raw SQL in the same run.

Run with `make bench` (not part of the test command). Target: each action within 2× of its raw
query; the table marks actions above that or slower than 300 ms. The filled database is cached
in the temp folder between runs, keyed by the number of enrolments
(SKILLBASE_BENCH_ENROLMENTS, default 1,000,000).
"""
from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import statistics
import tempfile
import time
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ENROLMENTS = int(os.environ.get("SKILLBASE_BENCH_ENROLMENTS", "1000000"))
TRAINEES = 200_000
CLASSES = max(10, ENROLMENTS // 200)
ATTENDED_CLASSES = 300  # classes under way or finished that get an attendance grid
REPEATS = 7
TARGET_RATIO = 2.0
SLOW_MS = 300
PAGE = 200
SEED = 7
MAX_AGE_DAYS = 7  # the biggest class's sign-up stays open for 9 days after the fill
CHUNK = 20_000

_TEACHERS = ("王建国", "林志强", "黄文斌", "陈素梅", "苏雅琴", "郑海峰", "李明辉", "张丽华", "吴国栋", "蔡志明",
             "许建新", "洪秀珍", "庄永福", "施伟杰", "杨淑芬")
_VENUES = ("泉州市工人文化宫", "晋江市产业工人技能实训基地", "南安市产业工人技能实训基地",
           "安溪县茶业职工技能实训基地", "石狮市职工服务中心", "惠安县石雕技能实训基地", "泉州市总工会培训中心")
_KINDS = ("技能提升班", "培训班", "夜校公益课", "周末班", "取证班")
_LEVELS = {5: "五级", 4: "四级", 3: "三级", 2: "二级", 1: "一级"}

# The raw baselines: the statements the services mean, in plain SQL.
_CLASS_WHERE = "c.archived_at IS NULL"
_CLASS_SEARCH = (" AND (c.code LIKE '%' || :q || '%' OR c.title LIKE '%' || :q || '%'"
                 " OR c.teachers LIKE '%' || :q || '%' OR c.venue LIKE '%' || :q || '%')")
# FULL without the CASE: not cancelled, not finished, not running, window open, seats taken.
_CLASS_FULL = (" AND c.cancelled_at IS NULL AND (c.last_session_on IS NULL OR c.last_session_on >= :today)"
               " AND (c.first_session_on IS NULL OR c.first_session_on > :today) AND c.signup_opens_at <= :now"
               " AND c.signup_closes_at >= :now"
               " AND (SELECT count(*) FROM enrolments e WHERE e.class_id = c.id AND e.status = 'placed')"
               " >= c.capacity")
_CLASS_PAGE = """
SELECT c.id, c.code, c.title, o.name, c.target_level, c.capacity, c.fee, c.signup_opens_at, c.signup_closes_at,
       c.first_session_on, c.last_session_on, c.cancelled_at, c.teachers, c.venue
FROM training_classes c JOIN occupations o ON o.id = c.occupation_id
WHERE {where} ORDER BY c.signup_opens_at DESC, c.id DESC LIMIT 200"""
_SEAT_COUNTS = """
SELECT class_id, status, count(id) FROM enrolments
WHERE class_id IN ({ids}) AND status IN ('placed', 'waiting') GROUP BY class_id, status"""

_ENROLMENT_SEARCH = ("(t.name LIKE '%' || :q || '%' OR t.id_number LIKE :q || '%'"
                     " OR t.phone LIKE :q || '%')")
_ENROLMENT_PAGE = """
SELECT e.id, e.class_id, e.trainee_id, t.name, t.id_number, t.phone, e.status, e.source, e.submitted_at,
       e.promoted_at, e.fee_due_fen, e.discount, e.paid_at, e.receipt_no, e.assessment, e.completed_at,
       e.certificate_id
FROM enrolments e JOIN trainees t ON t.id = e.trainee_id {where}
ORDER BY e.class_id, e.status, e.submitted_at, e.id
LIMIT 200"""
_CREDITED = """
SELECT a.enrolment_id, sum(s.minutes) FROM attendance a JOIN class_sessions s ON s.id = a.session_id
WHERE a.enrolment_id IN ({ids}) AND a.status IN ('present', 'late') GROUP BY a.enrolment_id"""
_POSITIONS = """
SELECT id, row_number() OVER (PARTITION BY class_id ORDER BY submitted_at, id) FROM enrolments
WHERE class_id IN ({ids}) AND status = 'waiting'"""


# ------------------------------------------------------------------------------ the database


@pytest.fixture(scope="module")
def filled_database():
    path = Path(tempfile.gettempdir()) / f"skillbase-bench-classes-{ENROLMENTS}.sqlite3"
    os.environ["SKILLBASE_HOME"] = str(path.parent / "skillbase-bench-home")
    if path.exists() and _days_old(path) > MAX_AGE_DAYS:
        path.unlink()  # the open and full classes have closed by now: fill afresh
    if not path.exists():
        _fill(path)
    print(f"\n{path}: {path.stat().st_size / 2**20:,.0f} MB")
    return path, f"sqlite:///{path}"


def _open(url: str):
    """A context like open_database's, without its daily backup: that would copy this file
    (hundreds of MB) into the temp folder's backups/ once a day."""
    from db.engine import make_engine, make_session_factory
    from db.migrate import upgrade
    from desktop.services.context import ServiceContext

    engine = make_engine(url)
    upgrade(engine)
    return ServiceContext(make_session_factory(engine), None, url)


def _read_one(path: Path, sql: str):
    connection = None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        return connection.execute(sql).fetchone()[0]
    except (sqlite3.Error, TypeError):
        return None
    finally:
        if connection is not None:
            connection.close()


def _revision(path: Path) -> str | None:
    return _read_one(path, "SELECT version_num FROM alembic_version")


def _days_old(path: Path) -> int:
    """Days since the fill (its last sign-up): the windows and sessions are relative to then."""
    last = _read_one(path, "SELECT max(submitted_at) FROM enrolments")
    return (dt.date.today() - dt.date.fromisoformat(last[:10])).days if last else 10**6


def _fill(path: Path) -> None:
    """Trainees (copied from the trainee benchmark's file when that is at this schema, else
    made by the demo filler), then classes, sessions, enrolments and attendance in bulk, in a
    side file renamed into place at the end so that a broken fill is not cached."""
    from db.backup import backup_file
    from db.migrate import head_revision
    from desktop.services.context import as_system
    from desktop.services.database import close_database
    from desktop.services.demo import fill_demo_data

    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    started = time.perf_counter()
    trainee_file = path.parent / f"skillbase-bench-{TRAINEES}.sqlite3"
    if trainee_file.exists() and _revision(trainee_file) == head_revision():
        backup_file(trainee_file, partial)
        how = f"copied {trainee_file.name}"
        ctx = _open(f"sqlite:///{partial}")
    else:
        ctx = _open(f"sqlite:///{partial}")
        fill_demo_data(as_system(ctx), scale=TRAINEES, seed=1)
        how = "demo filler"
    trainees_done = time.perf_counter()
    engine = ctx.session_factory.kw["bind"]
    counts = _add_classes(engine)
    close_database(ctx)
    with sqlite3.connect(partial) as connection:  # fold the WAL in, so the file is whole
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    os.replace(partial, path)
    print(f"\nfilled {TRAINEES:,} trainees ({how}) in {trainees_done - started:.1f} s, then "
          + ", ".join(f"{n:,} {what}" for what, n in counts.items())
          + f" in {time.perf_counter() - trainees_done:.1f} s")


def _add_classes(engine) -> dict[str, int]:
    from sqlalchemy import func, insert, select

    from db.models import Attendance, ClassSession, Enrolment, Occupation, Trainee, TrainingClass

    rng = random.Random(SEED)
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
    today = dt.date.today()
    with engine.begin() as conn:
        occupations = conn.execute(select(Occupation.id, Occupation.name, Occupation.levels)
                                   .where(Occupation.archived_at.is_(None)).order_by(Occupation.id)).all()
        people = list(conn.scalars(select(Trainee.id).where(Trainee.archived_at.is_(None)).order_by(Trainee.id)))
        union = set(conn.scalars(select(Trainee.id).where(Trainee.union_member.is_(True))))
        class_id = (conn.scalar(select(func.max(TrainingClass.id))) or 0) + 1
        enrolment_id = (conn.scalar(select(func.max(Enrolment.id))) or 0) + 1
        session_id = (conn.scalar(select(func.max(ClassSession.id))) or 0) + 1

        courses = [_plan_class(rng, now, occupations, class_id + i, i + 1) for i in range(CLASSES)]
        hot = courses[rng.randrange(len(courses))]  # the biggest: open now, full, a long waiting list
        _reschedule(hot, now, today, opens_days_ago=5)
        sizes = _plan_sizes(rng, courses, hot, ENROLMENTS, now)
        meetings = {c["id"]: c.pop("_sessions") for c in courses}
        for c in courses:
            c["seat_version"] = sizes.get(c["id"], 0)  # one bump per sign-up
        conn.execute(insert(TrainingClass), courses)

        sessions, session_dates = [], {}
        for c in courses:
            first, count = c["first_session_on"], meetings[c["id"]]
            start, minutes = rng.choice(((dt.time(19, 0), 150), (dt.time(8, 30), 240), (dt.time(14, 0), 180)))
            dates = [first + dt.timedelta(days=7 * k) for k in range(count)]
            session_dates[c["id"]] = []
            for k, on in enumerate(dates):
                sessions.append({"id": session_id, "class_id": c["id"], "on_date": on, "starts_at": start,
                                 "minutes": minutes, "topic": f"第{k + 1}讲"})
                session_dates[c["id"]].append((session_id, on))
                session_id += 1
        for chunk in _chunks(sessions):
            conn.execute(insert(ClassSession), chunk)

        started = [c for c in courses if c["first_session_on"] <= today and c["cancelled_at"] is None
                   and sizes.get(c["id"])]
        attended = {c["id"] for c in rng.sample(started, min(ATTENDED_CLASSES, len(started)))}
        receipts, enrolled, marks, rows, grid = 0, 0, 0, [], []
        for c in courses:
            size = sizes.get(c["id"], 0)
            if not size:
                continue
            made = _plan_enrolments(rng, c, rng.sample(people, size), union, now, today, enrolment_id, receipts)
            enrolment_id += len(made)
            receipts += sum(1 for e in made if e["receipt_no"])
            rows.extend(made)
            if c["id"] in attended:
                held = [(s, on) for s, on in session_dates[c["id"]] if on <= today]
                for e in made:
                    if e["status"] == "placed":
                        for (s, _on), status in zip(held, rng.choices(
                                ("present", "late", "excused", "absent"), (85, 6, 4, 5), k=len(held))):
                            grid.append({"session_id": s, "enrolment_id": e["id"], "status": status})
            if len(rows) >= CHUNK or len(grid) >= CHUNK:  # the enrolments before their marks
                conn.execute(insert(Enrolment), rows)
                enrolled, rows = enrolled + len(rows), []
            if len(grid) >= CHUNK:
                conn.execute(insert(Attendance), grid)
                marks, grid = marks + len(grid), []
        if rows:
            conn.execute(insert(Enrolment), rows)
            enrolled += len(rows)
        if grid:
            conn.execute(insert(Attendance), grid)
            marks += len(grid)
        over = conn.exec_driver_sql(
            "SELECT count(*) FROM training_classes c WHERE (SELECT count(*) FROM enrolments e "
            "WHERE e.class_id = c.id AND e.status = 'placed') > c.capacity").scalar()
        assert over == 0, f"{over} classes have more placed than seats"
    return {"classes": len(courses), "sessions": len(sessions), "enrolments": enrolled,
            "attendance marks": marks, "receipts": receipts}


def _chunks(rows: list) -> list[list]:
    return [rows[i:i + CHUNK] for i in range(0, len(rows), CHUNK)]


def _plan_class(rng: random.Random, now: dt.datetime, occupations, class_id: int, serial: int) -> dict:
    occupation_id, occupation, levels = rng.choice(occupations)
    level = rng.choice(levels or [5])
    opens = now - dt.timedelta(days=rng.uniform(-20, 1000))  # a few upcoming, most in the past
    course = {
        "id": class_id, "code": f"PX{opens.year}-{serial:05d}",
        "title": f"{occupation}（{_LEVELS[level]}）{rng.choice(_KINDS)}",
        "occupation_id": occupation_id, "target_level": level,
        "teachers": "、".join(rng.sample(_TEACHERS, rng.choice((1, 1, 2)))), "venue": rng.choice(_VENUES),
        "capacity": rng.choice((20, 25, 30, 40, 50, 60, 80, 100, 120, 150, 200, 300)),
        "fee": rng.choice((0, 0, 380, 680, 800, 1200, 1500, 2800)),
        "honour_discount_pct": rng.choice((0, 50, 100)), "union_discount_pct": rng.choice((0, 10, 20)),
        "min_attendance_pct": rng.choice((70, 80, 80, 90)), "requires_assessment": rng.random() < 0.7,
        "seat_version": 0, "cancelled_at": None, "archived_at": None,
    }
    _schedule(rng, course, opens, now)
    if rng.random() < 0.03:
        course["cancelled_at"] = min(course["signup_closes_at"], now - dt.timedelta(hours=1))
    return course


def _schedule(rng: random.Random, course: dict, opens: dt.datetime, now: dt.datetime) -> None:
    closes = opens + dt.timedelta(days=rng.randint(7, 30))
    first = (closes + dt.timedelta(days=rng.randint(3, 21))).date()
    count = rng.randint(6, 14)
    course.update(signup_opens_at=opens, signup_closes_at=closes, first_session_on=first,
                  last_session_on=first + dt.timedelta(days=7 * (count - 1)), _sessions=count,
                  created_at=min(opens - dt.timedelta(days=10), now), updated_at=min(opens, now))


def _reschedule(course: dict, now: dt.datetime, today: dt.date, opens_days_ago: int) -> None:
    opens = now - dt.timedelta(days=opens_days_ago)
    count = course["_sessions"]
    first = today + dt.timedelta(days=20)
    course.update(signup_opens_at=opens, signup_closes_at=now + dt.timedelta(days=9), first_session_on=first,
                  last_session_on=first + dt.timedelta(days=7 * (count - 1)), cancelled_at=None, capacity=300,
                  created_at=opens - dt.timedelta(days=10), updated_at=opens)


def _plan_sizes(rng: random.Random, courses: list[dict], hot: dict, total: int, now: dt.datetime) -> dict[int, int]:
    """Sign-ups per class: none before the window opens, about 200 on average, a few popular
    classes with 1,000 or more, the hot one the biggest."""
    eligible = [c for c in courses if c["signup_opens_at"] <= now]
    others = [c for c in eligible if c is not hot]
    popular = rng.sample(others, min(len(others) // 2, max(1, len(eligible) // 250)))
    cap = max(1, total // (4 * (len(popular) + 1)))
    sizes = {c["id"]: min(rng.randint(1000, 2500), cap) for c in popular}
    sizes[hot["id"]] = min(3000, cap + 500, total // 2)
    rest = [c for c in eligible if c["id"] not in sizes]
    remaining = total - sum(sizes.values())
    weights = [rng.lognormvariate(0, 0.9) for _ in rest]
    scale = remaining / sum(weights)
    for c, w in zip(rest, weights):
        sizes[c["id"]] = max(1, min(int(w * scale), 900))
    short = total - sum(sizes.values())
    while short:  # spread what rounding left over (or took too much) one at a time
        c = rng.choice(rest)
        step = 1 if short > 0 else -1
        if 1 <= sizes[c["id"]] + step <= 900:
            sizes[c["id"]] += step
            short -= step
    return sizes


def _plan_enrolments(rng: random.Random, course: dict, trainees: list[int], union: set[int],
                     now: dt.datetime, today: dt.date, first_id: int, receipts: int) -> list[dict]:
    """Sign-ups over the window in order: the first `capacity` who stay get places, the rest
    wait; a few withdraw; placed ones pay, and complete once the class is over."""
    opens, closes = course["signup_opens_at"], course["signup_closes_at"]
    span = (min(closes, now) - opens).total_seconds()
    moments = sorted(opens + dt.timedelta(seconds=rng.uniform(0, span)) for _ in trainees)
    finished = course["last_session_on"] < today and course["cancelled_at"] is None
    window_over = closes < now
    fee_fen = course["fee"] * 100
    rows, placed = [], 0
    for index, (trainee, submitted) in enumerate(zip(trainees, moments)):
        row = {"id": first_id + index, "class_id": course["id"], "trainee_id": trainee,
               "source": "form" if rng.random() < 0.35 else "desk", "submitted_at": submitted,
               "promoted_at": None, "withdrawn_at": None, "fee_due_fen": fee_fen, "discount": "",
               "paid_at": None, "receipt_no": None, "assessment": None, "completed_at": None,
               "certificate_id": None, "created_at": submitted, "updated_at": submitted}
        if trainee in union and course["union_discount_pct"]:
            row["discount"] = "union"
            row["fee_due_fen"] = fee_fen * (100 - course["union_discount_pct"]) // 100
        if rng.random() < 0.06:
            row["status"] = "withdrawn"
            row["withdrawn_at"] = min(submitted + dt.timedelta(days=rng.uniform(0, 5)), now)
        elif placed < course["capacity"]:
            row["status"] = "placed"
            placed += 1
            if index >= course["capacity"]:  # was waiting until someone ahead withdrew
                row["promoted_at"] = min(submitted + dt.timedelta(days=rng.uniform(0, 3)), now)
            if row["fee_due_fen"] and rng.random() < (0.75 if window_over else 0.4):
                receipts += 1
                row["paid_at"] = min(submitted + dt.timedelta(days=rng.uniform(0, 3)), now)
                row["receipt_no"] = f"SJ{row['paid_at'].year}-{receipts:07d}"
            if finished and (row["paid_at"] or not row["fee_due_fen"]):
                if rng.random() < 0.93:
                    row["assessment"] = "passed"
                    done = dt.datetime.combine(course["last_session_on"] + dt.timedelta(days=7), dt.time(2, 0))
                    row["completed_at"] = min(done, now)
                else:
                    row["assessment"] = "failed"
        else:
            row["status"] = "waiting"
        row["updated_at"] = max(v for k, v in row.items() if k.endswith("_at") and v is not None)
        rows.append(row)
    return rows


# ------------------------------------------------------------------------------ the benchmark


def _median(action: Callable[[], object]) -> float:
    timings = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def _pad(text: str, width: int) -> str:
    """Left-justify for a terminal, where a Chinese character takes two columns."""
    return text + " " * max(0, width - sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text))


def _stamp(moment: dt.datetime) -> str:
    """How SQLAlchemy stores a DateTime in SQLite, for comparing in raw SQL."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def test_class_lists_against_raw_sql(qapp, filled_database):
    from db.base import utcnow
    from desktop.domain.training import ClassStatus
    from desktop.services import signups
    from desktop.services.classes import ClassQuery
    from desktop.services.context import as_system
    from desktop.services.database import close_database
    from desktop.services.signups import EnrolmentQuery, EnrolmentStatus
    from desktop.ui.training.classes_page import ClassTableModel
    from desktop.ui.training.signups_tab import EnrolmentModel

    path, url = filled_database
    ctx = as_system(_open(url))
    raw = sqlite3.connect(path)
    biggest, size = raw.execute("SELECT class_id, count(*) FROM enrolments GROUP BY class_id "
                                "ORDER BY count(*) DESC LIMIT 1").fetchone()
    surname = raw.execute("SELECT substr(t.name, 1, 1) FROM enrolments e JOIN trainees t ON t.id = e.trainee_id "
                          "WHERE e.class_id = ? ORDER BY e.id LIMIT 1 OFFSET 17", (biggest,)).fetchone()[0]
    code_part = raw.execute("SELECT substr(code, 1, 10) FROM training_classes ORDER BY id DESC "
                            "LIMIT 1 OFFSET ?", (CLASSES // 4,)).fetchone()[0]  # 'PX2025-037': ≤ 100 codes

    def raw_classes(extra: str = "", **params) -> tuple[int, list[int]]:
        if "now" in params:
            params["now"] = _stamp(utcnow())
            params["today"] = dt.date.today().isoformat()
        where = _CLASS_WHERE + extra
        total = raw.execute(f"SELECT count(*) FROM training_classes c WHERE {where}", params).fetchone()[0]
        page = raw.execute(_CLASS_PAGE.format(where=where), params).fetchall()
        ids = [row[0] for row in page]
        if ids:
            raw.execute(_SEAT_COUNTS.format(ids=",".join(map(str, ids)))).fetchall()
        return total, ids

    def raw_enrolments(class_id: int | None, extra: str = "", **params) -> tuple[int, list[int]]:
        # No WHERE at all for every class: SQLite counts a table faster without one.
        conditions = ([] if class_id is None else [f"e.class_id = {class_id}"]) + ([extra] if extra else [])
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        join = " JOIN trainees t ON t.id = e.trainee_id" if "q" in params else ""
        total = raw.execute(f"SELECT count(*) FROM enrolments e{join} {where}", params).fetchone()[0]
        page = raw.execute(_ENROLMENT_PAGE.format(where=where), params).fetchall()
        ids = [row[0] for row in page]
        if ids:
            raw.execute(_CREDITED.format(ids=",".join(map(str, ids)))).fetchall()
            waiting = {row[1] for row in page if row[6] == "waiting"}
            if waiting:
                raw.execute(_POSITIONS.format(ids=",".join(map(str, waiting)))).fetchall()
        return total, ids

    def model_action(model, query) -> Callable[[], tuple[int, list[int]]]:
        def run():
            model.set_query(replace(query))
            return model.total, [row.id for row in model.rows]
        return run

    def export_first_page() -> tuple[int, list[int]]:
        query = EnrolmentQuery()
        total = signups.count_enrolments(ctx, query)
        return total, [row.id for row in signups.list_enrolments(ctx, query, 0, PAGE)]

    classes_model, signups_model = ClassTableModel(ctx), EnrolmentModel(ctx)
    cases = [
        ("open the class list", model_action(classes_model, ClassQuery()), lambda: raw_classes()),
        ("classes: search '焊工'", model_action(classes_model, ClassQuery(search="焊工")),
         lambda: raw_classes(_CLASS_SEARCH, q="焊工")),
        (f"classes: search '{code_part}'", model_action(classes_model, ClassQuery(search=code_part)),
         lambda: raw_classes(_CLASS_SEARCH, q=code_part)),
        ("classes: status full", model_action(classes_model, ClassQuery(status=ClassStatus.FULL)),
         lambda: raw_classes(_CLASS_FULL, now=None)),
        (f"sign-ups of the biggest class ({size:,})",
         model_action(signups_model, EnrolmentQuery(class_id=biggest)), lambda: raw_enrolments(biggest)),
        (f"sign-ups: search '{surname}'",
         model_action(signups_model, EnrolmentQuery(class_id=biggest, search=surname)),
         lambda: raw_enrolments(biggest, _ENROLMENT_SEARCH, q=surname)),
        ("sign-ups: waiting",
         model_action(signups_model, EnrolmentQuery(class_id=biggest, status=EnrolmentStatus.WAITING)),
         lambda: raw_enrolments(biggest, "e.status = 'waiting'")),
        ("all sign-ups, first page (export)", export_first_page, lambda: raw_enrolments(None)),
    ]
    print(f"\n{ENROLMENTS:,} enrolments in {CLASSES:,} classes, {TRAINEES:,} trainees, median of {REPEATS} runs")
    print(f"{'action':44} {'Skillbase':>10} {'raw SQL':>10} {'ratio':>6}")
    ratios = []
    for label, ours_action, raw_action in cases:
        ours = _median(ours_action)
        baseline = _median(raw_action)
        ratio = ours / baseline
        ratios.append(ratio)
        flag = "  <--" if ratio > TARGET_RATIO or ours * 1000 > SLOW_MS else ""
        print(f"{_pad(label, 44)} {ours * 1000:8.1f}ms {baseline * 1000:8.1f}ms {ratio:6.2f}{flag}")
        (total, ids), (raw_total, raw_ids) = ours_action(), raw_action()
        assert total > 0 and ids, label
        assert (total, ids) == (raw_total, raw_ids), f"{label}: the baseline does not list the same rows"
    assert classes_model.rowCount() > 0 and signups_model.rowCount() > 0
    raw.close()
    close_database(ctx)
    print(f"worst ratio {max(ratios):.2f} (target ≤ {TARGET_RATIO})")
