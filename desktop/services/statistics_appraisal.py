"""The appraisal section of the statistics (职业技能等级认定): batches approved, candidates, who sat,
who passed and the pass rate, and the levels people gained — by appraisal or by a competition
prize (以赛代评) — SQL aggregates like the other sections.

What each figure counts:
- batches, candidates, sat, passed: batches approved in the period (by the day of approval)
  and their candidates; those who sat are the candidates not absent, withdrawn or
  disqualified; passed is the outcome recorded at approval; the pass rate is passed ÷ sat;
- levels gained: entries of the level history obtained in the period by appraisal or by prize
  (levels imported from earlier records and entered by hand are not promotions of the year).
A candidate counts where the person is (county, employer), in the batch's occupation and level.
"""
from __future__ import annotations

from sqlalchemy import func, select

from db.models import AppraisalBatch, AppraisalCandidate, Occupation, SkillLevel
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.services.statistics_model import (
    Axes,
    Column,
    SectionProvider,
    Table,
    build_table,
    day_between,
    measure,
    merge,
    stamp_between,
)

APPRAISAL_COLUMNS = (
    Column("batches", message(QT_TRANSLATE_NOOP("Messages", "Batches approved")), "认定批次", figure="appraisal_batches"),
    Column("candidates", message(QT_TRANSLATE_NOOP("Messages", "Candidates")), "报名人数", figure="appraisal_candidates"),
    Column("sat", message(QT_TRANSLATE_NOOP("Messages", "Sat")), "实考人数", figure="appraisal_sat"),
    Column("passed", message(QT_TRANSLATE_NOOP("Messages", "Passed")), "合格人数", figure="appraisal_passed"),
    Column("pass_rate", message(QT_TRANSLATE_NOOP("Messages", "Pass rate")), "合格率", "percent",
           figure="appraisal_pass_rate"),
)
PROMOTION_COLUMNS = (
    Column("by_appraisal", message(QT_TRANSLATE_NOOP("Messages", "By appraisal")), "认定晋级", figure="promoted_appraisal"),
    Column("by_prize", message(QT_TRANSLATE_NOOP("Messages", "By competition prize")), "以赛代评晋级",
           figure="promoted_prize"),
    Column("promoted", message(QT_TRANSLATE_NOOP("Messages", "Levels gained")), "晋级合计", figure="promoted"),
)


def appraisal_tables(session, period, grouping) -> list[Table]:
    sat = AppraisalCandidate.status == "sitting"
    statement = (select(func.count(func.distinct(AppraisalBatch.id)), func.count(AppraisalCandidate.id),
                        func.count(AppraisalCandidate.id).filter(sat),
                        func.count(AppraisalCandidate.id).filter(AppraisalCandidate.outcome == "passed"))
                 .select_from(AppraisalCandidate).join(AppraisalBatch, AppraisalBatch.id == AppraisalCandidate.batch_id)
                 .where(AppraisalBatch.status == "approved", stamp_between(AppraisalBatch.approved_at, period)))
    axes = Axes(trainee_id=AppraisalCandidate.trainee_id, occupation=Occupation.name,
                occupation_joins=((Occupation, Occupation.id == AppraisalBatch.occupation_id),),
                level=AppraisalBatch.level, when=AppraisalBatch.approved_at, when_is_stamp=True)
    keys = ["batches", "candidates", "sat", "passed"]
    grouped = merge(APPRAISAL_COLUMNS, [(measure(session, statement, axes, grouping, period), keys)]) \
        if grouping else {}
    totals = dict(zip(keys, measure(session, statement, axes, None, period)[None]))
    for values in (*grouped.values(), totals):
        values["pass_rate"] = _rate(values.get("passed") or 0, values.get("sat") or 0)
    appraisal = build_table("appraisal", message(QT_TRANSLATE_NOOP("Messages", "Skill-level appraisal")),
                            "职业技能等级认定", grouping, APPRAISAL_COLUMNS, grouped, totals, page="appraisal",
                            convert=_units, chart="pass_rate" if grouping == "level" else "passed")
    gained = (select(func.count(SkillLevel.id).filter(SkillLevel.route == "appraisal"),
                     func.count(SkillLevel.id).filter(SkillLevel.route == "prize"), func.count(SkillLevel.id))
              .select_from(SkillLevel)
              .where(SkillLevel.route.in_(("appraisal", "prize")), day_between(SkillLevel.obtained_on, period)))
    level_axes = Axes(trainee_id=SkillLevel.trainee_id, occupation=Occupation.name,
                      occupation_joins=((Occupation, Occupation.id == SkillLevel.occupation_id),),
                      level=SkillLevel.level, when=SkillLevel.obtained_on)
    level_keys = [c.key for c in PROMOTION_COLUMNS]
    promoted = build_table(
        "promotions", message(QT_TRANSLATE_NOOP("Messages", "Levels gained")), "技能等级晋级", grouping,
        PROMOTION_COLUMNS,
        merge(PROMOTION_COLUMNS, [(measure(session, gained, level_axes, grouping, period), level_keys)])
        if grouping else {},
        dict(zip(level_keys, measure(session, gained, level_axes, None, period)[None])), page="appraisal",
        convert=_units, chart="promoted")
    return [appraisal, promoted]


def _rate(passed: int, sat: int) -> float:
    return round(100 * passed / sat, 1) if sat else 0.0


def _units(key: str, value):
    return float(value or 0) if key == "pass_rate" else int(value or 0)


APPRAISAL = SectionProvider("appraisal", message(QT_TRANSLATE_NOOP("Messages", "Appraisal")), "职业技能等级认定",
                            appraisal_tables)
