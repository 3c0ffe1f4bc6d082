"""Demo mentoring (名师带高徒), made through the same services the desk uses: mentors with their
levels, agreements in every state (two ending within 30 days, some behind plan, some with two
mentors), plans with sign-offs, quarterly reviews, apprentices' levels gained and prizes won, and
last year's 好师傅 named with their honour certificates. Dates are relative to today."""
from __future__ import annotations

import datetime as dt
import io
import random

from sqlalchemy import select

from db.models import Trainee
from desktop.domain.errors import Conflict
from desktop.domain.mentoring import end_of_term
from desktop.services import certificates, mentoring, mentoring_progress, skill_levels
from desktop.services.certificates import IssueRequest
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.mentoring import AgreementInput
from desktop.services.mentoring_outcomes import name_mentors, nominations

SKILLS = ("安全操作规程与设备点检", "基本操作技能强化训练", "典型工件（作业）独立完成", "质量检验与缺陷分析",
          "工艺优化与技术总结", "新设备、新工艺应用")
MENTOR_COMMENTS = ("掌握扎实，可独立操作", "动作规范，质量稳定", "进步明显，需加强理论", "已达到岗位要求")
APPRENTICE_COMMENTS = ("师傅讲解耐心细致", "示范到位，收获很大", "希望多安排实操", "帮带认真负责")
GOALS = ("市级职工技能竞赛获奖", "参加省级技能大赛", "")
BODY = "泉州市职业技能鉴定指导中心"


def fill_demo_mentoring(ctx: ServiceContext, seed: int) -> int:
    """Returns how many agreements were made (0 when there are too few people)."""
    rng = random.Random(seed + 5)
    today = dt.date.today()
    with unit_of_work(ctx) as session:
        active = Trainee.archived_at.is_(None)
        honoured = [t for t in session.scalars(select(Trainee).where(active, Trainee.honours.any())
                                               .order_by(Trainee.id)) if t.occupations]
        mentors = [(t.id, t.occupations[0].name) for t in honoured[:6]]
        others = [(t.id, {o.name for o in t.occupations}) for t in session.scalars(
            select(Trainee).where(active, ~Trainee.honours.any()).order_by(Trainee.id).limit(400))]
    if len(mentors) < 4 or len(others) < 60:
        return 0
    rng.shuffle(others)
    for number, (mentor, occupation) in enumerate(mentors):
        skill_levels.record_level(ctx, mentor, occupation, (3, 2, 2, 1)[number % 4],
                                  dt.date(today.year - rng.randint(4, 15), rng.randint(1, 12), rng.randint(1, 28)),
                                  f"S0001350000{number + 1:06d}", BODY, route="import")
    # (status, start: days before today, term years, second mentor?) in every state.
    plans = [("draft", -10, 1, False), ("draft", -25, 2, True),
             ("active", 365 - 14, 1, False), ("active", 365 - 27, 1, True),  # ending within 30 days
             ("active", 200, 2, False), ("active", 150, 1, False), ("active", 90, 3, True),
             ("active", 420, 2, False), ("active", 60, 1, False), ("active", 300, 2, False),
             ("completed", 400, 1, False), ("completed", 520, 1, True), ("completed", 760, 2, False),
             ("completed", 480, 1, False), ("terminated", 250, 2, False), ("terminated", 160, 1, False)]
    made = 0
    for index, (status, days_ago, years, two) in enumerate(plans):
        craft_mentor, occupation = mentors[index % len(mentors)]
        second = mentors[(index + 1) % len(mentors)][0] if two else None
        apprentice = next((person for person, held in others if occupation in held), None) or others[0][0]
        others = [entry for entry in others if entry[0] != apprentice]
        start = today - dt.timedelta(days=days_ago)
        agreement_id = mentoring.create_agreement(ctx, AgreementInput(
            apprentice, craft_mentor, occupation, start, years, second,
            target_level=rng.choice((4, 3, 3, 2)), skills="、".join(rng.sample(SKILLS[:4], 2)),
            competition_goal=rng.choice(GOALS), allowance_yuan=rng.choice((None, 200, 300, 500)),
            review_period="quarterly"))
        made += 1
        if status == "draft":
            continue
        mentoring.activate_agreement(ctx, agreement_id, start)
        end = end_of_term(start, years)
        # The last day anything happens: the end for a completed one, the day it stopped for a
        # terminated one, today for a running one.
        last = {"completed": min(today, end), "terminated": start + dt.timedelta(days=days_ago // 2)}.get(status, today)
        _plan(ctx, rng, agreement_id, start, end, last, status != "active" or index % 3 != 1)
        _reviews(ctx, rng, agreement_id, start, last)
        if index % 2 == 0 and (last - start).days > 150:
            gained = start + dt.timedelta(days=rng.randint(120, min(210, (last - start).days)))
            skill_levels.record_level(ctx, apprentice, occupation, rng.choice((4, 3)), gained,
                                      f"S0001350000{gained.year % 100:02d}{index:010d}", BODY, route="import")
        if index in (4, 11):
            won = min(last, start + dt.timedelta(days=130))
            certificates.issue_certificates(ctx, [IssueRequest(
                "award", apprentice, won, award=("二等奖", "三等奖")[index % 2],
                competition=f"{won.year}年泉州市职工职业技能大赛{occupation}赛项")])
        if status == "completed":
            mentoring.complete_agreement(ctx, agreement_id, last, "期满，帮带目标完成")
        elif status == "terminated":
            mentoring.terminate_agreement(ctx, agreement_id, last, ("徒弟调往外地工作", "师傅退休")[index % 2])
        elif index == 7:
            mentoring.renew_agreement(ctx, agreement_id, 1)
    _name_last_years_mentors(ctx, today)
    return made


def _plan(ctx: ServiceContext, rng: random.Random, agreement_id: int, start: dt.date, end: dt.date,
          today: dt.date, keep_up: bool) -> None:
    """Four skills spread over the term; those due are signed off, all of them when `keep_up`,
    else the latest due one waits (the agreement shows behind plan)."""
    span = (end - start).days
    targets = [start + dt.timedelta(days=span * step // 5) for step in range(1, 5)]
    due = [t for t in targets if t <= today]
    for number, target in enumerate(targets):
        item = mentoring_progress.add_plan_item(ctx, agreement_id, SKILLS[number], target)
        if target > today or (not keep_up and target == due[-1]):
            continue
        signed = max(start, min(today, target - dt.timedelta(days=rng.randint(0, 12))))
        mentoring_progress.sign_off_item(ctx, item, signed, rng.choice(MENTOR_COMMENTS))


def _reviews(ctx: ServiceContext, rng: random.Random, agreement_id: int, start: dt.date, last: dt.date) -> None:
    day = start + dt.timedelta(days=85)
    while day <= last:
        try:
            mentoring_progress.add_review(ctx, agreement_id, day, rng.randint(72, 96), rng.randint(80, 99),
                                          rng.choice(MENTOR_COMMENTS), rng.choice(APPRENTICE_COMMENTS))
        except Conflict:  # two review days fell in one quarter
            pass
        day += dt.timedelta(days=92)


def _name_last_years_mentors(ctx: ServiceContext, today: dt.date) -> None:
    """The two best-scored mentors of last year, named early this year."""
    year = today.year - 1
    listed = nominations(ctx, year)
    if not listed:
        return
    issue_date = min(today, dt.date(today.year, 1, 20))
    name_mentors(ctx, year, [n.mentor_id for n in listed[:2]], issue_date, io.BytesIO())
