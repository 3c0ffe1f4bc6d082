"""Demo classes in every state, made through the same services the desk uses: upcoming, open,
full with a waiting list (and a promotion), running with attendance, finished with
completions and their 结业证书, and cancelled. Dates are relative to today."""
from __future__ import annotations

import dataclasses
import datetime as dt
import io
import random

from sqlalchemy import select, update

from db.base import utcnow
from db.models import Trainee
from desktop.services import attendance, audit, classes, completion, fees, signups
from desktop.services.attendance import Mark
from desktop.services.classes import ClassInput, SessionInput
from desktop.services.context import ServiceContext, unit_of_work

UNION_MEMBER_SHARE = 0.6


def fill_demo_classes(ctx: ServiceContext, seed: int) -> int:
    """Returns how many classes were made (0 when there are too few trainees)."""
    rng = random.Random(seed + 2)
    with unit_of_work(ctx) as session:
        people = list(session.scalars(select(Trainee.id).where(Trainee.archived_at.is_(None))
                                      .order_by(Trainee.id).limit(600)))
        members = [p for p in people if rng.random() < UNION_MEMBER_SHARE]
        session.execute(update(Trainee).where(Trainee.id.in_(members)).values(union_member=True))
        audit.record(session, ctx.actor, "update", "trainee", None, "demo union members", None,
                     {"union_members": len(members)})
    if len(people) < 80:
        return 0
    rng.shuffle(people)
    today = dt.date.today()
    now = utcnow().replace(minute=0, second=0, microsecond=0)  # windows on the hour, as staff set them
    made = [
        _upcoming(ctx, today, now),
        _open(ctx, rng, today, now, people[0:12]),
        _full(ctx, rng, today, now, people[12:38]),
        _running(ctx, rng, today, now, people[38:56]),
        _finished(ctx, rng, today, now, people[56:76]),
        _cancelled(ctx, today, now),
    ]
    return len(made)


def _weekly(first: dt.date, count: int, start: dt.time = dt.time(19, 0), minutes: int = 150) -> list[SessionInput]:
    return [SessionInput(first + dt.timedelta(days=7 * i), start, minutes, f"第{i + 1}讲") for i in range(count)]


def _class(ctx: ServiceContext, now: dt.datetime, **fields) -> int:
    data = dict(teachers="", venue="泉州市工人文化宫", fee=380, honour_discount_pct=100, union_discount_pct=20,
                signup_opens_at=now - dt.timedelta(days=1), signup_closes_at=now + dt.timedelta(days=6)) | fields
    return classes.create_class(ctx, ClassInput(**data))


def _sign_up_all(ctx: ServiceContext, rng: random.Random, class_id: int, people: list[int], paid_share: float) -> list:
    rows = [signups.sign_up(ctx, class_id, person) for person in people]
    for row in rows:
        if row.status == "placed" and row.fee_due_fen and rng.random() < paid_share:
            fees.record_payment(ctx, row.id)
    return rows


def _close_window(ctx: ServiceContext, class_id: int, opens: dt.datetime, closes: dt.datetime) -> None:
    """Sign-up happened 'then': move the window into the past once the places are taken."""
    data = classes.get_class(ctx, class_id).data
    classes.update_class(ctx, class_id, dataclasses.replace(data, signup_opens_at=opens, signup_closes_at=closes))


def _upcoming(ctx, today, now) -> int:
    return _class(ctx, now, title="插花花艺师（五级）公益课", occupation="插花花艺师", target_level=5, capacity=40,
                  teachers="陈素梅", signup_opens_at=now + dt.timedelta(days=3),
                  signup_closes_at=now + dt.timedelta(days=10), sessions=_weekly(today + dt.timedelta(days=14), 6))


def _open(ctx, rng, today, now, people) -> int:
    class_id = _class(ctx, now, title="电工（四级）技能提升班", occupation="电工", target_level=4, capacity=30,
                      teachers="林志强、黄文斌", venue="晋江市产业工人技能实训基地", fee=1200,
                      sessions=_weekly(today + dt.timedelta(days=10), 10, dt.time(8, 30), 240))
    _sign_up_all(ctx, rng, class_id, people, 0.5)
    return class_id


def _full(ctx, rng, today, now, people) -> int:
    class_id = _class(ctx, now, title="焊工（四级）夜校公益课", occupation="焊工", target_level=4, capacity=20,
                      teachers="王建国（全国劳动模范）", sessions=_weekly(today + dt.timedelta(days=8), 8))
    rows = _sign_up_all(ctx, rng, class_id, people, 0.7)
    unpaid = next((r for r in rows if r.status == "placed" and signups.get_enrolment(ctx, r.id).paid_at is None), None)
    if unpaid is not None:
        signups.withdraw(ctx, unpaid.id)  # the first on the waiting list moves up
    return class_id


def _running(ctx, rng, today, now, people) -> int:
    first = today - dt.timedelta(days=14)
    class_id = _class(ctx, now, title="茶艺师（五级）培训班", occupation="茶艺师", target_level=5, capacity=25,
                      teachers="苏雅琴", venue="安溪县茶业职工技能实训基地", fee=680,
                      sessions=_weekly(first, 6, dt.time(14, 0), 180))
    _sign_up_all(ctx, rng, class_id, people, 0.9)
    _close_window(ctx, class_id, now - dt.timedelta(days=30), now - dt.timedelta(days=16))
    _mark_past_sessions(ctx, rng, class_id, today)
    return class_id


def _finished(ctx, rng, today, now, people) -> int:
    first = today - dt.timedelta(days=70)
    class_id = _class(ctx, now, title="数控车工（四级）技能提升班", occupation="数控车工", target_level=4,
                      capacity=20, teachers="郑海峰", venue="南安市产业工人技能实训基地", fee=1500,
                      sessions=_weekly(first, 8, dt.time(8, 30), 240))
    _sign_up_all(ctx, rng, class_id, people, 1.0)
    _close_window(ctx, class_id, now - dt.timedelta(days=90), now - dt.timedelta(days=72))
    _mark_past_sessions(ctx, rng, class_id, today)
    _rule, found = completion.candidates(ctx, class_id)
    passed = [c.enrolment_id for c in found if rng.random() < 0.9]
    completion.set_assessment(ctx, passed, "passed")
    completion.set_assessment(ctx, [c.enrolment_id for c in found if c.enrolment_id not in passed], "failed")
    _rule, found = completion.candidates(ctx, class_id)
    eligible = [c.enrolment_id for c in found if c.block is None]
    if eligible:
        completion.complete_and_print(ctx, class_id, eligible, today - dt.timedelta(days=14), io.BytesIO())
    return class_id


def _cancelled(ctx, today, now) -> int:
    class_id = _class(ctx, now, title="无人机驾驶员（五级）培训班", occupation="无人机驾驶员", target_level=5,
                      capacity=15, fee=2800, sessions=_weekly(today + dt.timedelta(days=20), 5))
    classes.cancel_class(ctx, class_id)
    return class_id


def _mark_past_sessions(ctx: ServiceContext, rng: random.Random, class_id: int, today: dt.date) -> None:
    grid = attendance.attendance_grid(ctx, class_id)
    marks = [Mark(row.enrolment_id, s.id, rng.choices(("present", "late", "excused", "absent"), (85, 6, 4, 5))[0])
             for row in grid.rows for s in grid.sessions if s.on_date <= today]
    attendance.save_marks(ctx, class_id, marks)
