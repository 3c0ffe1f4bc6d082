"""Demo appraisal: level histories that make some people eligible for the next level and
others not, batches in every state (planned, scoring, approved with certificates, cancelled),
and the prize winners of the demo competition raised a level (以赛代评), built through the
services."""
from __future__ import annotations

import datetime as dt
import io
import random
from collections import Counter

from sqlalchemy import select

from db.models import Trainee
from desktop.services import appraisal_batches, appraisal_prizes, appraisal_scores, competitions, skill_levels
from desktop.services.appraisal_batches import BatchInput
from desktop.services.context import ServiceContext, unit_of_work

BODY = "泉州市职业技能鉴定指导中心"


def fill_demo_appraisal(ctx: ServiceContext, seed: int) -> int:
    """Returns how many batches were made (0 when there are too few people)."""
    rng = random.Random(seed + 6)
    today = dt.date.today()
    with unit_of_work(ctx) as session:
        people = [t for t in session.scalars(select(Trainee).where(Trainee.archived_at.is_(None), ~Trainee.honours.any())
                                             .order_by(Trainee.id).limit(600)) if t.occupations]
        common = Counter(t.occupations[0].name for t in people).most_common(1)
        if not common:
            return 0
        occupation = common[0][0]
        chosen = [t.id for t in people if t.occupations[0].name == occupation][:24]
    if len(chosen) < 24:
        return 0
    for index, person in enumerate(chosen):  # 16 held level 5 long enough, 8 too recently
        years = rng.randint(3, 8) if index < 16 else 0
        obtained = dt.date(today.year - years, rng.randint(1, 12), rng.randint(1, 28))
        obtained = min(obtained, today - dt.timedelta(days=30 + index))
        skill_levels.record_level(ctx, person, occupation, 5, obtained,
                                  f"{3505}{today.year - years:04d}{index + 1:08d}", BODY, route="import")
    plans = [("approved", 6, -40), ("scoring", 4, -3), ("planned", 2, 20), ("cancelled", 0, 10)]
    start = 0
    for status, size, days in plans:
        batch = appraisal_batches.create_batch(ctx, BatchInput(
            occupation, 4, today + dt.timedelta(days=days), today + dt.timedelta(days=days + 1), "实训基地A楼",
            "陈建明、林志强、黄丽华", 30))
        if size:
            appraisal_batches.add_candidates(ctx, batch.id, chosen[start:start + size])
            start += size
        if status == "cancelled":
            appraisal_batches.cancel_batch(ctx, batch.id, "考场检修，改期举行")
        if status in ("scoring", "approved"):
            appraisal_batches.start_scoring(ctx, batch.id)
            for number, candidate in enumerate(appraisal_batches.list_candidates(ctx, batch.id)):
                if status == "approved" and number == size - 1:
                    appraisal_scores.set_status(ctx, candidate.id, "absent")
                    continue
                if status == "scoring" and number >= 2:
                    continue  # the rest of the sheets are still to type
                for part in ("theory", "practical"):  # most pass; now and then a part falls short of 60
                    score = min(rng.triangular(50, 98, 84), 99.9)
                    appraisal_scores.set_score(ctx, candidate.id, part, f"{score:.1f}")
        if status == "approved":
            appraisal_scores.approve_batch(ctx, batch.id, today - dt.timedelta(days=30), io.BytesIO())
    _promote_prize_winners(ctx)
    return len(plans)


def _promote_prize_winners(ctx: ServiceContext) -> None:
    """以赛代评: the city final's published events raise their prize winners under the rule."""
    for event in competitions.list_events(ctx):
        if event.status == "published":
            appraisal_prizes.apply_prize_promotions(ctx, event.id)
