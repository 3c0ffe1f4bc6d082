"""Demo certificates of every kind: issued and printed, reprinted, revoked, and re-issued."""
from __future__ import annotations

import datetime as dt
import io
import random

from sqlalchemy import select

from db.models import Trainee
from desktop.services import certificates
from desktop.services.certificates import IssueRequest
from desktop.services.context import ServiceContext, unit_of_work

COMPETITION = "2026年泉州市焊工职工技能竞赛"
CLASS_TITLE = "2026年秋季焊工（中级）技能提升培训班"
HONOUR_TITLE = "2026年度泉州市好师傅"
AWARDS = ("一等奖", "二等奖", "二等奖", "三等奖", "三等奖")


def fill_demo_certificates(ctx: ServiceContext, seed: int) -> int:
    """Returns how many certificates were issued (re-issues included)."""
    rng = random.Random(seed + 1)
    with unit_of_work(ctx) as session:
        holders = list(session.scalars(select(Trainee.id).where(Trainee.archived_at.is_(None))
                                       .order_by(Trainee.id).limit(400)))
    if len(holders) < 20:
        return 0
    rng.shuffle(holders)
    batches = [
        [IssueRequest("level", t, dt.date(2026, 6, 30), level=rng.choice((5, 4, 4, 3, 3, 2))) for t in holders[0:6]],
        [IssueRequest("award", t, dt.date(2026, 9, 18), award=a, competition=COMPETITION)
         for t, a in zip(holders[6:11], AWARDS)],
        [IssueRequest("completion", t, dt.date(2026, 10, 31), class_title=CLASS_TITLE, hours=80)
         for t in holders[11:16]],
        [IssueRequest("honour", t, dt.date(2026, 5, 1), honour_title=HONOUR_TITLE) for t in holders[16:19]],
    ]
    issued = 0
    for batch in batches:
        rows = certificates.issue_and_print(ctx, batch, io.BytesIO())
        issued += len(rows)
        certificates.print_certificates(ctx, [rows[0].id, rows[1].id], io.BytesIO())  # reprinted
        certificates.revoke_certificate(ctx, rows[-1].id, "证书信息登记有误，已收回作废")
        certificates.reissue_certificate(ctx, rows[-2].id, {"holder_name": rows[-2].holder_name},
                                         "原证书污损，申请补发")
        issued += 1
    return issued
