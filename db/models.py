"""Typed SQLAlchemy models. Every schema change here needs a migration in db/migrations."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from db.base import Base, Timestamped, utcnow

ROLE_NAMES = ("admin", "staff", "judge")


class User(Timestamped, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100), default="")
    # NULL for the built-in `system` account, which can never log in.
    password_hash: Mapped[str | None] = mapped_column(String(255))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    is_system: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    roles: Mapped[list[UserRole]] = relationship(
        back_populates="user", cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def role_names(self) -> set[str]:
        return {r.role for r in self.roles}


class UserRole(Base):
    __tablename__ = "user_roles"
    __table_args__ = (CheckConstraint("role IN ('admin', 'staff', 'judge')", name="known_role"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)
    user: Mapped[User] = relationship(back_populates="roles")


class AuditEntry(Base):
    """Append-only: database triggers refuse UPDATE and DELETE (see the initial migration)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32), index=True)
    entity: Mapped[str] = mapped_column(String(40), index=True)
    entity_id: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(String(300), default="")
    before: Mapped[dict | None] = mapped_column(JSON)
    after: Mapped[dict | None] = mapped_column(JSON)


class County(Base):
    """A county-level division (县/市/区) — the unit the union reports by."""

    __tablename__ = "counties"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    code: Mapped[str | None] = mapped_column(String(6))


class Employer(Timestamped, Base):
    __tablename__ = "employers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    credit_code: Mapped[str | None] = mapped_column(String(18), unique=True)
    county_id: Mapped[int | None] = mapped_column(ForeignKey("counties.id"), index=True)
    industry: Mapped[str] = mapped_column(String(100), default="")
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    county: Mapped[County | None] = relationship(lazy="joined")


class Occupation(Timestamped, Base):
    """An occupation (工种) of the national catalogue, e.g. 6-18-02-04 焊工."""

    __tablename__ = "occupations"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str | None] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    category: Mapped[str] = mapped_column(String(50), default="", server_default="")
    # The skill levels the occupation's standard offers, e.g. [5, 4, 3] (五级 … 三级).
    levels: Mapped[list] = mapped_column(JSON, default=lambda: [5, 4, 3, 2, 1], server_default="[5, 4, 3, 2, 1]")
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Honour(Base):
    """An honour title a worker can hold: 劳模, 五一劳动奖章, 泉州工匠 …"""

    __tablename__ = "honours"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


trainee_occupations = Table(
    "trainee_occupations",
    Base.metadata,
    Column("trainee_id", ForeignKey("trainees.id", ondelete="CASCADE"), primary_key=True),
    Column("occupation_id", ForeignKey("occupations.id"), primary_key=True, index=True),
)

trainee_honours = Table(
    "trainee_honours",
    Base.metadata,
    Column("trainee_id", ForeignKey("trainees.id", ondelete="CASCADE"), primary_key=True),
    Column("honour_id", ForeignKey("honours.id"), primary_key=True, index=True),
)


class Trainee(Timestamped, Base):
    """A worker registered at the base (学员/职工). Archived, never deleted."""

    __tablename__ = "trainees"
    __table_args__ = (
        CheckConstraint("gender IN ('M', 'F')", name="gender"),
        Index("ix_trainees_archived_name", "archived_at", "name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), index=True)
    gender: Mapped[str] = mapped_column(String(1))
    id_number: Mapped[str] = mapped_column(String(18), unique=True)
    birth_date: Mapped[dt.date] = mapped_column(Date, index=True)
    phone: Mapped[str] = mapped_column(String(20), default="", index=True)
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employers.id"), index=True)
    county_id: Mapped[int | None] = mapped_column(ForeignKey("counties.id"), index=True)
    education: Mapped[str] = mapped_column(String(20), default="")
    union_member: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    photo: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    employer: Mapped[Employer | None] = relationship(lazy="joined")
    county: Mapped[County | None] = relationship(lazy="joined")
    occupations: Mapped[list[Occupation]] = relationship(
        secondary=trainee_occupations, lazy="selectin", order_by=Occupation.name
    )
    honours: Mapped[list[Honour]] = relationship(
        secondary=trainee_honours, lazy="selectin", order_by=Honour.name
    )


CERTIFICATE_KINDS = ("level", "award", "completion", "honour")
CERTIFICATE_STATUSES = ("issued", "revoked", "replaced")


class Setting(Base):
    """Settings shared by every workstation of a database (numbering patterns …)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict] = mapped_column(JSON)


class CertificateTemplate(Timestamped, Base):
    """A certificate layout. Every saved version is kept, so a reprint looks as first printed."""

    __tablename__ = "certificate_templates"
    __table_args__ = (CheckConstraint("kind IN ('level', 'award', 'completion', 'honour')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))
    version: Mapped[int] = mapped_column(Integer, default=1)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class CertificateTemplateVersion(Base):
    __tablename__ = "certificate_template_versions"

    template_id: Mapped[int] = mapped_column(ForeignKey("certificate_templates.id"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    definition: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class NumberSequence(Base):
    """The next serial per numbering prefix; incremented inside the issuing transaction, so a
    rolled-back batch leaves no gap and two workstations never draw the same serial."""

    __tablename__ = "number_sequences"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    next_value: Mapped[int] = mapped_column(Integer)


class SigningKey(Base):
    """Public halves of the keys that sign certificate QR codes (the private halves stay on
    the workstations that made them, outside the database)."""

    __tablename__ = "signing_keys"

    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(100))
    label: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Certificate(Timestamped, Base):
    """An issued certificate. Number, values and QR text never change (database triggers);
    only the status, the revocation and the print count do."""

    __tablename__ = "certificates"
    __table_args__ = (
        CheckConstraint("kind IN ('level', 'award', 'completion', 'honour')", name="kind"),
        CheckConstraint("status IN ('issued', 'revoked', 'replaced')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    trainee_id: Mapped[int | None] = mapped_column(ForeignKey("trainees.id"), index=True)
    holder_name: Mapped[str] = mapped_column(String(50), index=True)
    detail: Mapped[str] = mapped_column(String(200), default="")
    issue_date: Mapped[dt.date] = mapped_column(Date, index=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("certificate_templates.id"))
    template_version: Mapped[int] = mapped_column(Integer)
    printed_values: Mapped[dict] = mapped_column(JSON)
    photo: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    qr_payload: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="issued", index=True)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revoke_reason: Mapped[str] = mapped_column(String(500), default="")
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("certificates.id"))
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    last_printed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class CertificatePrint(Base):
    __tablename__ = "certificate_prints"

    id: Mapped[int] = mapped_column(primary_key=True)
    certificate_id: Mapped[int] = mapped_column(ForeignKey("certificates.id"), index=True)
    serial: Mapped[int] = mapped_column(Integer)
    printed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    username: Mapped[str] = mapped_column(String(64))


class TrainingClass(Timestamped, Base):
    """A class (培训班) for an occupation and level, with limited seats and a sign-up window."""

    __tablename__ = "training_classes"
    __table_args__ = (
        CheckConstraint("capacity > 0", name="capacity"),
        CheckConstraint("target_level BETWEEN 1 AND 5", name="target_level"),
        CheckConstraint("honour_discount_pct BETWEEN 0 AND 100 AND union_discount_pct BETWEEN 0 AND 100",
                        name="discounts"),
        CheckConstraint("min_attendance_pct BETWEEN 0 AND 100", name="min_attendance_pct"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    occupation_id: Mapped[int] = mapped_column(ForeignKey("occupations.id"), index=True)
    target_level: Mapped[int] = mapped_column(Integer)
    teachers: Mapped[str] = mapped_column(String(200), default="")
    venue: Mapped[str] = mapped_column(String(200), default="")
    capacity: Mapped[int] = mapped_column(Integer)
    fee: Mapped[int] = mapped_column(Integer, default=0)  # yuan
    honour_discount_pct: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # 劳模 …
    union_discount_pct: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    min_attendance_pct: Mapped[int] = mapped_column(Integer, default=80, server_default="80")
    requires_assessment: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    signup_opens_at: Mapped[dt.datetime] = mapped_column(DateTime)
    signup_closes_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # Kept equal to the sessions' first and last dates, so the status is a cheap SQL expression.
    first_session_on: Mapped[dt.date | None] = mapped_column(Date, index=True)  # statistics by period
    last_session_on: Mapped[dt.date | None] = mapped_column(Date)
    # Bumped by every sign-up and withdrawal: the row lock that makes seat-taking serial.
    seat_version: Mapped[int] = mapped_column(Integer, default=0)
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    occupation: Mapped[Occupation] = relationship(lazy="joined")
    sessions: Mapped[list[ClassSession]] = relationship(
        lazy="selectin", order_by="(ClassSession.on_date, ClassSession.starts_at)",
        cascade="all, delete-orphan", back_populates="course")


class ClassSession(Base):
    """One meeting of a class: a date, a start time and its length."""

    __tablename__ = "class_sessions"
    __table_args__ = (
        CheckConstraint("minutes > 0", name="minutes"),
        UniqueConstraint("class_id", "on_date", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("training_classes.id", ondelete="CASCADE"))
    on_date: Mapped[dt.date] = mapped_column(Date, index=True)  # hours by period
    starts_at: Mapped[dt.time] = mapped_column(Time)
    minutes: Mapped[int] = mapped_column(Integer)
    topic: Mapped[str] = mapped_column(String(200), default="")

    course: Mapped[TrainingClass] = relationship(back_populates="sessions")


class Enrolment(Timestamped, Base):
    """A trainee's sign-up: placed, waiting (in order of submission) or withdrawn; a placed
    enrolment carries its fee, payment, final assessment and completion."""

    __tablename__ = "enrolments"
    __table_args__ = (
        CheckConstraint("status IN ('placed', 'waiting', 'withdrawn')", name="status"),
        CheckConstraint("source IN ('desk', 'form')", name="source"),
        CheckConstraint("assessment IN ('passed', 'failed')", name="assessment"),
        CheckConstraint("discount IN ('', 'honour', 'union')", name="discount"),
        Index("ix_enrolments_queue", "class_id", "status", "submitted_at", "id"),
        UniqueConstraint("class_id", "trainee_id"),  # nobody holds two places in one class
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("training_classes.id"))
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainees.id"), index=True)
    source: Mapped[str] = mapped_column(String(10), default="desk")
    submitted_at: Mapped[dt.datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(10))
    promoted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    fee_due_fen: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # after discount
    discount: Mapped[str] = mapped_column(String(20), default="", server_default="")
    paid_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)  # fees by period
    receipt_no: Mapped[str | None] = mapped_column(String(30), unique=True)
    assessment: Mapped[str | None] = mapped_column(String(10))
    completed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)  # completions by period
    certificate_id: Mapped[int | None] = mapped_column(ForeignKey("certificates.id"))


class Attendance(Base):
    """One cell of the attendance grid: an enrolment at a session."""

    __tablename__ = "attendance"
    __table_args__ = (
        CheckConstraint("status IN ('present', 'late', 'excused', 'absent')", name="status"),
        UniqueConstraint("session_id", "enrolment_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("class_sessions.id", ondelete="CASCADE"))
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolments.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(10))


COMPETITION_LEVELS = ("enterprise", "county", "city", "province")


class Competition(Timestamped, Base):
    """A workers' skill competition (职工技能竞赛) of one year and organiser, in stages."""

    __tablename__ = "competitions"
    __table_args__ = (CheckConstraint("level IN ('enterprise', 'county', 'city', 'province')", name="level"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    year: Mapped[int] = mapped_column(Integer, index=True)
    organiser: Mapped[str] = mapped_column(String(200), default="")
    level: Mapped[str] = mapped_column(String(12), default="city")


class CompetitionStage(Base):
    """Selection, preliminary or final; the top N or those above a score go on to the next."""

    __tablename__ = "competition_stages"
    __table_args__ = (
        CheckConstraint("kind IN ('selection', 'preliminary', 'final')", name="kind"),
        UniqueConstraint("competition_id", "kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    competition_id: Mapped[int] = mapped_column(ForeignKey("competitions.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(12))
    advance_top: Mapped[int | None] = mapped_column(Integer)
    advance_min_centi: Mapped[int | None] = mapped_column(Integer)  # total × 100


class Team(Base):
    """A team (e.g. a county's), with its leader, within one competition."""

    __tablename__ = "teams"
    __table_args__ = (UniqueConstraint("competition_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    competition_id: Mapped[int] = mapped_column(ForeignKey("competitions.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    leader: Mapped[str] = mapped_column(String(50), default="")


class Judge(Base):
    """A judge (裁判) of a competition, by label (J1 …) and name; optionally a user account."""

    __tablename__ = "judges"
    __table_args__ = (UniqueConstraint("competition_id", "label"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    competition_id: Mapped[int] = mapped_column(ForeignKey("competitions.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(50), default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    is_chief: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Where the judge works and which team they came with: never given those contestants' sheets.
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employers.id"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))


class CompetitionEvent(Timestamped, Base):
    """An event (赛项) of a stage for one occupation, with its scoring rules.

    Weights and prize shares are stored in ten-thousandths, scores in hundredths: exact
    integers on every database, turned into fractions by the scoring rules."""

    __tablename__ = "competition_events"
    __table_args__ = (
        CheckConstraint("preset IN ('china', 'worldskills')", name="preset"),
        CheckConstraint("status IN ('setup', 'drawn', 'marking', 'published')", name="status"),
        CheckConstraint("drop_k >= 0", name="drop_k"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("competition_stages.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    occupation: Mapped[str] = mapped_column(String(100), default="")
    preset: Mapped[str] = mapped_column(String(12), default="china")
    drop_k: Mapped[int] = mapped_column(Integer, default=1)
    weight_theory: Mapped[int] = mapped_column(Integer, default=3000)  # ten-thousandths
    weight_practical: Mapped[int] = mapped_column(Integer, default=7000)
    prize_1: Mapped[int] = mapped_column(Integer, default=1000)  # share of the ranked, ten-thousandths
    prize_2: Mapped[int] = mapped_column(Integer, default=2000)
    prize_3: Mapped[int] = mapped_column(Integer, default=3000)
    min_total_centi: Mapped[int | None] = mapped_column(Integer)
    max_per_team: Mapped[int | None] = mapped_column(Integer)
    team_best: Mapped[int] = mapped_column(Integer, default=3)  # team score: sum of the best N totals
    draw_seed: Mapped[str | None] = mapped_column(String(64))
    drawn_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(12), default="setup")
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # The mark chain's newest hash and length: bumped with every appended mark, which also
    # makes writers of one event queue on this row.
    chain_head: Mapped[str | None] = mapped_column(String(64))
    chain_length: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The chief judge's control: locked (no mark changes), then numbers decrypted to names.
    locked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    locked_by: Mapped[str | None] = mapped_column(String(64))
    decrypted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    appeal_hours: Mapped[int] = mapped_column(Integer, default=2, server_default="2")
    result_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class SchemeAspect(Base):
    """One aspect of an event's marking scheme: criterion → sub-criterion → aspect."""

    __tablename__ = "scheme_aspects"
    __table_args__ = (
        CheckConstraint("section IN ('theory', 'practical')", name="section"),
        CheckConstraint("kind IN ('M', 'J')", name="kind"),
        CheckConstraint("max_centi > 0 AND step_centi > 0", name="positive"),
        UniqueConstraint("event_id", "code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("competition_events.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(20))
    section: Mapped[str] = mapped_column(String(10))
    criterion: Mapped[str] = mapped_column(String(200), default="")
    sub_criterion: Mapped[str] = mapped_column(String(200), default="")
    aspect: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(1))
    max_centi: Mapped[int] = mapped_column(Integer)
    step_centi: Mapped[int] = mapped_column(Integer)
    levels: Mapped[list | None] = mapped_column(JSON)  # descriptions of the judgement levels
    position: Mapped[int] = mapped_column(Integer, default=0)


class Contestant(Base):
    """A contestant of an event: the person, team and employer, the number from the entry list,
    the drawn (encrypted) number and workstation, and whether they competed."""

    __tablename__ = "contestants"
    __table_args__ = (
        CheckConstraint("status IN ('present', 'absent', 'disqualified')", name="status"),
        UniqueConstraint("event_id", "trainee_id", name="uq_contestants_event_trainee"),
        UniqueConstraint("event_id", "entry_number", name="uq_contestants_event_entry_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("competition_events.id", ondelete="CASCADE"))
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainees.id"), index=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employers.id"))
    entry_number: Mapped[int] = mapped_column(Integer)
    drawn_number: Mapped[str | None] = mapped_column(String(20))
    workstation: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(14), default="present")
    certificate_id: Mapped[int | None] = mapped_column(ForeignKey("certificates.id"))


class ScoreMark(Base):
    """A mark for one contestant and aspect: a judge's (judgement) or the agreed value
    (measurement, judge empty; several are averaged)."""

    __tablename__ = "score_marks"
    __table_args__ = (
        Index("ix_score_marks_cell", "contestant_id", "aspect_id"),
        # One mark per judge and cell, even when two workstations save it at the same moment.
        Index("uq_score_marks_judge_cell", "contestant_id", "aspect_id", "judge_id", unique=True,
              sqlite_where=text("judge_id IS NOT NULL"), postgresql_where=text("judge_id IS NOT NULL")),
        CheckConstraint("value_centi >= 0", name="value"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contestant_id: Mapped[int] = mapped_column(ForeignKey("contestants.id", ondelete="CASCADE"))
    aspect_id: Mapped[int] = mapped_column(ForeignKey("scheme_aspects.id", ondelete="CASCADE"), index=True)
    judge_id: Mapped[int | None] = mapped_column(ForeignKey("judges.id"))
    value_centi: Mapped[int] = mapped_column(Integer)
    entered_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class MarkChainEntry(Base):
    """One mark entered, changed or cleared, appended to the event's hash chain: each entry's
    hash covers the previous one, so an edit anywhere breaks every hash after it."""

    __tablename__ = "mark_chain"
    __table_args__ = (UniqueConstraint("event_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("competition_events.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    contestant_id: Mapped[int] = mapped_column(Integer)
    aspect_id: Mapped[int] = mapped_column(Integer)
    judge_id: Mapped[int | None] = mapped_column(Integer)
    value_centi: Mapped[int | None] = mapped_column(Integer)  # None: the mark was cleared
    source: Mapped[str] = mapped_column(String(10))  # staff, judge, recorder, import, arbitrator
    actor: Mapped[str] = mapped_column(String(64), default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    hash: Mapped[str] = mapped_column(String(64))


class EventJudge(Base):
    """A judge on an event's panel; one of them may be the event's chief judge (裁判长)."""

    __tablename__ = "event_judges"
    __table_args__ = (UniqueConstraint("event_id", "judge_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("competition_events.id", ondelete="CASCADE"))
    judge_id: Mapped[int] = mapped_column(ForeignKey("judges.id", ondelete="CASCADE"), index=True)
    is_chief: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class ScoreSheet(Base):
    """One judge's sheet for one contestant of an event: its state, whether it is marked on
    screen or on paper, and why it was excluded (the judge's employer or team is the
    contestant's) or returned by the chief judge. `version` is bumped by every change, so two
    workstations cannot overwrite each other's state silently."""

    __tablename__ = "score_sheets"
    __table_args__ = (
        CheckConstraint("state IN ('excluded', 'not_started', 'draft', 'submitted', 'returned')", name="state"),
        CheckConstraint("mode IN ('screen', 'paper')", name="mode"),
        UniqueConstraint("event_id", "judge_id", "contestant_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("competition_events.id", ondelete="CASCADE"))
    judge_id: Mapped[int] = mapped_column(ForeignKey("judges.id", ondelete="CASCADE"), index=True)
    contestant_id: Mapped[int] = mapped_column(ForeignKey("contestants.id", ondelete="CASCADE"), index=True)
    state: Mapped[str] = mapped_column(String(12), default="not_started")
    mode: Mapped[str] = mapped_column(String(6), default="screen")
    excluded_reason: Mapped[str | None] = mapped_column(String(10))  # employer or team
    return_reason: Mapped[str | None] = mapped_column(Text)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class PaperEntry(Base):
    """What one of the two recorders typed from a paper sheet for one aspect (round 1 or 2).
    The sheet's marks count only once both rounds agree on every aspect."""

    __tablename__ = "paper_entries"
    __table_args__ = (
        CheckConstraint("round IN (1, 2)", name="round"),
        UniqueConstraint("sheet_id", "round", "aspect_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(ForeignKey("score_sheets.id", ondelete="CASCADE"))
    round: Mapped[int] = mapped_column(Integer)
    aspect_id: Mapped[int] = mapped_column(ForeignKey("scheme_aspects.id", ondelete="CASCADE"))
    value_centi: Mapped[int | None] = mapped_column(Integer)
    entered_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    entered_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ResultVersion(Base):
    """A published version of an event's results, kept whole (the snapshot) so every version
    can be printed again as it was: version 1 at publication, one more per upheld appeal."""

    __tablename__ = "result_versions"
    __table_args__ = (UniqueConstraint("event_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("competition_events.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    published_at: Mapped[dt.datetime] = mapped_column(DateTime)
    published_by: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    appeal_id: Mapped[int | None] = mapped_column(ForeignKey("appeals.id"))
    chain_head: Mapped[str | None] = mapped_column(String(64))
    snapshot: Mapped[dict] = mapped_column(JSON)


class Appeal(Base):
    """A written appeal (申诉) against an event's published results, lodged within the deadline,
    and the arbitration group's ruling: upheld (with the marks it changes) or dismissed."""

    __tablename__ = "appeals"
    __table_args__ = (CheckConstraint("state IN ('lodged', 'upheld', 'dismissed')", name="state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("competition_events.id", ondelete="CASCADE"), index=True)
    contestant_id: Mapped[int] = mapped_column(ForeignKey("contestants.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(Text)
    lodged_by: Mapped[str] = mapped_column(String(100), default="")  # who signed the written appeal
    lodged_at: Mapped[dt.datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(64), default="")
    state: Mapped[str] = mapped_column(String(10), default="lodged")
    ruling: Mapped[str] = mapped_column(Text, default="")
    ruled_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    ruled_by: Mapped[str] = mapped_column(String(64), default="")


class AppealChange(Base):
    """A mark changed by an arbitration ruling: before and after (None: no mark)."""

    __tablename__ = "appeal_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    appeal_id: Mapped[int] = mapped_column(ForeignKey("appeals.id", ondelete="CASCADE"), index=True)
    contestant_id: Mapped[int] = mapped_column(ForeignKey("contestants.id", ondelete="CASCADE"))
    aspect_id: Mapped[int] = mapped_column(ForeignKey("scheme_aspects.id", ondelete="CASCADE"))
    judge_id: Mapped[int | None] = mapped_column(ForeignKey("judges.id"))
    before_centi: Mapped[int | None] = mapped_column(Integer)
    after_centi: Mapped[int | None] = mapped_column(Integer)


SKILL_LEVEL_ROUTES = ("appraisal", "prize", "import", "manual")


class SkillLevel(Base):
    """A skill level a person holds in an occupation (1 = 一级/高级技师 … 5 = 五级/初级工), how it
    was obtained (an appraisal, a competition prize, an import of old records, entered by hand)."""

    __tablename__ = "skill_levels"
    __table_args__ = (
        CheckConstraint("level BETWEEN 1 AND 5", name="level"),
        CheckConstraint("route IN ('appraisal', 'prize', 'import', 'manual')", name="route"),
        Index("ix_skill_levels_trainee_occupation", "trainee_id", "occupation_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainees.id"))
    occupation_id: Mapped[int] = mapped_column(ForeignKey("occupations.id"))
    level: Mapped[int] = mapped_column(Integer)
    obtained_on: Mapped[dt.date] = mapped_column(Date)
    certificate_number: Mapped[str] = mapped_column(String(40), default="", server_default="")
    issuing_body: Mapped[str] = mapped_column(String(200), default="", server_default="")
    route: Mapped[str] = mapped_column(String(10), default="manual")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    occupation: Mapped[Occupation] = relationship(lazy="joined")


AGREEMENT_STATUSES = ("draft", "active", "completed", "terminated")


class MentoringAgreement(Timestamped, Base):
    """A mentoring agreement (师徒帮带协议): an apprentice, the craft mentor (技术导师) and an
    optional second mentor for professional conduct, the term and goals. Never deleted: a
    draft that is not signed is terminated with a reason."""

    __tablename__ = "mentoring_agreements"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'active', 'completed', 'terminated')", name="status"),
        CheckConstraint("term_years BETWEEN 1 AND 3", name="term_years"),
        CheckConstraint("target_level BETWEEN 1 AND 5", name="target_level"),
        CheckConstraint("review_period IN ('monthly', 'quarterly')", name="review_period"),
        CheckConstraint("allowance_yuan >= 0", name="allowance"),
        Index("ix_mentoring_agreements_status_end", "status", "end_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    apprentice_id: Mapped[int] = mapped_column(ForeignKey("trainees.id"), index=True)
    mentor_id: Mapped[int] = mapped_column(ForeignKey("trainees.id"), index=True)
    second_mentor_id: Mapped[int | None] = mapped_column(ForeignKey("trainees.id"), index=True)
    occupation_id: Mapped[int] = mapped_column(ForeignKey("occupations.id"))
    start_on: Mapped[dt.date] = mapped_column(Date)
    term_years: Mapped[int] = mapped_column(Integer)
    # The last day of the term, renewals included.
    end_on: Mapped[dt.date] = mapped_column(Date)
    renewals: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    target_level: Mapped[int | None] = mapped_column(Integer)
    skills: Mapped[str] = mapped_column(Text, default="")
    competition_goal: Mapped[str] = mapped_column(String(200), default="")
    allowance_yuan: Mapped[int | None] = mapped_column(Integer)  # a month, paid to the mentor
    review_period: Mapped[str] = mapped_column(String(10), default="quarterly")
    status: Mapped[str] = mapped_column(String(10), default="draft")
    signed_on: Mapped[dt.date | None] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    end_reason: Mapped[str] = mapped_column(Text, default="")

    apprentice: Mapped[Trainee] = relationship(foreign_keys=[apprentice_id], lazy="joined")
    mentor: Mapped[Trainee] = relationship(foreign_keys=[mentor_id], lazy="joined")
    second_mentor: Mapped[Trainee | None] = relationship(foreign_keys=[second_mentor_id], lazy="joined")
    occupation: Mapped[Occupation] = relationship(lazy="joined")


class MentoringPlanItem(Base):
    """A skill the mentor passes on by a target date, signed off by the mentor when learnt."""

    __tablename__ = "mentoring_plan_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("mentoring_agreements.id", ondelete="CASCADE"),
                                              index=True)
    skill: Mapped[str] = mapped_column(String(200))
    target_on: Mapped[dt.date] = mapped_column(Date)
    signed_off_on: Mapped[dt.date | None] = mapped_column(Date)
    sign_off_comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class MentoringReview(Base):
    """A periodic review (a month or a quarter): the mentor scores the apprentice's progress,
    the apprentice scores the mentoring, each 0–100 with a comment."""

    __tablename__ = "mentoring_reviews"
    __table_args__ = (
        CheckConstraint("mentor_score BETWEEN 0 AND 100 AND apprentice_score BETWEEN 0 AND 100", name="scores"),
        UniqueConstraint("agreement_id", "period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("mentoring_agreements.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(10))  # 2026-03 or 2026-Q1
    reviewed_on: Mapped[dt.date] = mapped_column(Date)
    mentor_score: Mapped[int] = mapped_column(Integer)
    mentor_comment: Mapped[str] = mapped_column(Text, default="")
    apprentice_score: Mapped[int] = mapped_column(Integer)
    apprentice_comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class MentorNaming(Base):
    """A mentor named the year's excellent mentor (好师傅), with the score and breakdown the
    naming was based on and the honour certificate issued."""

    __tablename__ = "mentor_namings"
    __table_args__ = (UniqueConstraint("year", "mentor_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    mentor_id: Mapped[int] = mapped_column(ForeignKey("trainees.id"), index=True)
    score_centi: Mapped[int] = mapped_column(Integer)
    breakdown: Mapped[dict] = mapped_column(JSON)
    certificate_id: Mapped[int | None] = mapped_column(ForeignKey("certificates.id"))
    named_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)



# The appraisal tables live in their own module (kept small); importing them here registers
# them on Base.metadata wherever the models are loaded.
from db.appraisal_models import (  # noqa: E402, F401
    BATCH_STATUSES,
    CANDIDATE_STATUSES,
    SCORE_PARTS,
    AppraisalBatch,
    AppraisalCandidate,
    AppraisalEntry,
    OccupationStart,
)
