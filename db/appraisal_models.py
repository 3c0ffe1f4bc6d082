"""Skill-level appraisal (职业技能等级认定): batches, their candidates and scores, the two rounds of
a double entry, and how long people have worked in an occupation (an eligibility route).

Scores are kept in tenths (0–1000 = 0.0–100.0): exact, one decimal."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Timestamped, utcnow

BATCH_STATUSES = ("planned", "scoring", "approved", "cancelled")
CANDIDATE_STATUSES = ("sitting", "absent", "withdrawn", "disqualified")
SCORE_PARTS = ("theory", "practical", "review")


class AppraisalBatch(Timestamped, Base):
    """An appraisal batch (认定批次) for one occupation and level: planned (candidates are
    added), scoring, approved (locked: levels recorded, certificates issued) or cancelled."""

    __tablename__ = "appraisal_batches"
    __table_args__ = (
        CheckConstraint("level BETWEEN 1 AND 5", name="level"),
        CheckConstraint("status IN ('planned', 'scoring', 'approved', 'cancelled')", name="status"),
        CheckConstraint("capacity > 0", name="capacity"),
        Index("ix_appraisal_batches_status_exam", "status", "exam_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    occupation_id: Mapped[int] = mapped_column(ForeignKey("occupations.id"), index=True)
    level: Mapped[int] = mapped_column(Integer)
    exam_on: Mapped[dt.date] = mapped_column(Date)
    practical_on: Mapped[dt.date | None] = mapped_column(Date)
    venue: Mapped[str] = mapped_column(String(200), default="")
    examiners: Mapped[str] = mapped_column(String(300), default="")  # 考评员, separated by 、
    capacity: Mapped[int] = mapped_column(Integer, default=30)
    pass_theory: Mapped[int] = mapped_column(Integer, default=600)  # tenths
    pass_practical: Mapped[int] = mapped_column(Integer, default=600)
    pass_review: Mapped[int] = mapped_column(Integer, default=600)
    double_entry: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    status: Mapped[str] = mapped_column(String(10), default="planned")
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    approved_by: Mapped[str | None] = mapped_column(String(64))
    issue_date: Mapped[dt.date | None] = mapped_column(Date)

    occupation = relationship("Occupation", lazy="joined")


class AppraisalCandidate(Base):
    """A person sitting a batch, how they got in (an eligibility route or a recorded override),
    their scores and status; after approval the outcome, the level and the certificate."""

    __tablename__ = "appraisal_candidates"
    __table_args__ = (
        UniqueConstraint("batch_id", "trainee_id"),
        CheckConstraint("status IN ('sitting', 'absent', 'withdrawn', 'disqualified')", name="status"),
        CheckConstraint("theory BETWEEN 0 AND 1000", name="theory"),
        CheckConstraint("practical BETWEEN 0 AND 1000", name="practical"),
        CheckConstraint("review BETWEEN 0 AND 1000", name="review"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("appraisal_batches.id", ondelete="CASCADE"))
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainees.id"), index=True)
    route: Mapped[str] = mapped_column(String(200), default="")  # the eligibility route satisfied
    override_reason: Mapped[str] = mapped_column(Text, default="")
    theory: Mapped[int | None] = mapped_column(Integer)  # tenths
    practical: Mapped[int | None] = mapped_column(Integer)
    review: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), default="sitting")
    outcome: Mapped[str | None] = mapped_column(String(12))  # set on approval
    skill_level_id: Mapped[int | None] = mapped_column(ForeignKey("skill_levels.id"))
    certificate_id: Mapped[int | None] = mapped_column(ForeignKey("certificates.id"))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class AppraisalEntry(Base):
    """What one of two staff typed from a candidate's paper sheet for one part (round 1 or 2).
    The part's score counts once both rounds agree."""

    __tablename__ = "appraisal_entries"
    __table_args__ = (
        UniqueConstraint("candidate_id", "round", "part"),
        CheckConstraint("round IN (1, 2)", name="round"),
        CheckConstraint("part IN ('theory', 'practical', 'review')", name="part"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("appraisal_candidates.id", ondelete="CASCADE"))
    round: Mapped[int] = mapped_column(Integer)
    part: Mapped[str] = mapped_column(String(10))
    value: Mapped[int | None] = mapped_column(Integer)  # tenths
    entered_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    entered_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class OccupationStart(Base):
    """Since when a person has worked in an occupation (累计从事本职业年限): an eligibility route."""

    __tablename__ = "occupation_starts"
    __table_args__ = (UniqueConstraint("trainee_id", "occupation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainees.id", ondelete="CASCADE"))
    occupation_id: Mapped[int] = mapped_column(ForeignKey("occupations.id"), index=True)
    since: Mapped[dt.date] = mapped_column(Date)
