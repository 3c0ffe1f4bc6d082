"""The mentoring section of the statistics (名师带高徒): pairs formed, in force, completed and
ended early, and the mentors named 好师傅 — SQL aggregates like the other sections.

What each figure counts:
- new pairs: agreements signed (in force from `signed_on`) in the period;
- pairs in force: agreements signed on or before the period's last day, neither ended nor past
  their term's last day before its first day (drafts never count); by month, in the month they came into force within the
  period — those signed earlier in its first month;
- completed / ended early: agreements completed / terminated after signing, by the day they
  ended (a draft that is withdrawn is not a pair);
- 好师傅: mentors named in the period (by the day of the naming).
A pair is counted where the apprentice is (county, employer) and in the agreement's occupation.
"""
from __future__ import annotations

from sqlalchemy import func, or_, select

from db.models import MentoringAgreement, MentorNaming, Occupation
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

MENTORING_COLUMNS = (
    Column("new", message(QT_TRANSLATE_NOOP("Messages", "New pairs")), "新结对（对）", figure="mentoring_new"),
    Column("in_force", message(QT_TRANSLATE_NOOP("Messages", "Pairs in force")), "在带师徒（对）",
           figure="mentoring_in_force"),
    Column("completed", message(QT_TRANSLATE_NOOP("Messages", "Completed")), "期满出师（对）",
           figure="mentoring_completed"),
    Column("terminated", message(QT_TRANSLATE_NOOP("Messages", "Ended early")), "提前终止（对）",
           figure="mentoring_terminated"),
)
NAMING_COLUMNS = (
    Column("named", message(QT_TRANSLATE_NOOP("Messages", "Mentors named 好师傅")), "命名好师傅（名）",
           figure="mentors_named"),
)


def _pair_axes(when) -> Axes:
    return Axes(trainee_id=MentoringAgreement.apprentice_id, occupation=Occupation.name,
                occupation_joins=((Occupation, Occupation.id == MentoringAgreement.occupation_id),),
                when=when)


def mentoring_tables(session, period, grouping) -> list[Table]:
    pairs = select(func.count(MentoringAgreement.id)).select_from(MentoringAgreement)
    signed = MentoringAgreement.signed_on.is_not(None)
    parts = [
        (pairs.where(signed, day_between(MentoringAgreement.signed_on, period)),
         _pair_axes(MentoringAgreement.signed_on), ["new"]),
        # In force at some time in the period; by month, in the month it came into force within the
        # period (pairs signed before the period count in its first month), so the months add up.
        (pairs.where(signed, MentoringAgreement.signed_on < period.after, MentoringAgreement.end_on >= period.start,
                     or_(MentoringAgreement.ended_on.is_(None), MentoringAgreement.ended_on >= period.start)),
         _pair_axes(MentoringAgreement.signed_on), ["in_force"]),
        (pairs.where(signed, MentoringAgreement.status == "completed", day_between(MentoringAgreement.ended_on, period)),
         _pair_axes(MentoringAgreement.ended_on), ["completed"]),
        (pairs.where(signed, MentoringAgreement.status == "terminated",
                     day_between(MentoringAgreement.ended_on, period)),
         _pair_axes(MentoringAgreement.ended_on), ["terminated"]),
    ]
    grouped = [(measure(session, s, a, grouping, period), k) for s, a, k in parts] if grouping else []
    totals: dict = {}
    for statement, axes, keys in parts:
        totals |= dict(zip(keys, measure(session, statement, axes, None, period)[None]))
    tables = [build_table("mentoring", message(QT_TRANSLATE_NOOP("Messages", "Mentoring pairs")), "名师带高徒",
                          grouping, MENTORING_COLUMNS, merge(MENTORING_COLUMNS, grouped), totals, page="mentoring",
                          convert=lambda _k, v: int(v or 0), chart="new")]
    named = (select(func.count(MentorNaming.id)).select_from(MentorNaming)
             .where(stamp_between(MentorNaming.named_at, period)))
    naming_axes = Axes(trainee_id=MentorNaming.mentor_id, when=MentorNaming.named_at, when_is_stamp=True)
    naming_grouping = grouping if grouping in ("county", "employer", "month") else None
    grouped_named = [(measure(session, named, naming_axes, naming_grouping, period), ["named"])] \
        if naming_grouping else []
    tables.append(build_table("mentors_named", message(QT_TRANSLATE_NOOP("Messages", "Mentors named 好师傅")),
                              "好师傅命名", naming_grouping, NAMING_COLUMNS, merge(NAMING_COLUMNS, grouped_named),
                              {"named": measure(session, named, naming_axes, None, period)[None][0]},
                              page="mentoring", convert=lambda _k, v: int(v or 0)))
    return tables


MENTORING = SectionProvider("mentoring", message(QT_TRANSLATE_NOOP("Messages", "Mentoring")), "名师带高徒",
                            mentoring_tables, frozenset({"county", "employer", "occupation", "month"}))
