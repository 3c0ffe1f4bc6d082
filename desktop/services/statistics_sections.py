"""The sections of the statistics, one per area that has landed: the registry, training,
competitions and certificates. Each counts with SQL aggregates (statistics_model.measure).

What each figure means (the reports and the tests hold to this):
- registry: trainees registered in the period (created), of them union members and women.
- training: a class counts in the period its first session falls in (not cancelled or
  archived); trainings (人次) are its placed enrolments; hours are the credited attendance
  (present or late) at sessions held in the period, in person-hours; completions are
  enrolments completed in the period; fees are the fees paid in the period.
- competitions: an event counts when its results were published in the period; contestants
  (人次) are its contestants who competed (status present). Prize winners are the award
  certificates (获奖证书, Certificate.kind 'award') issued in the period and still valid
  (status 'issued': a revoked one is not counted, a re-issued one once, as its replacement),
  per prize as printed on them (Certificate.detail: 一等奖 …). Prizes are not stored with the
  results, and award certificates also record prizes of competitions run elsewhere.
- certificates: issued in the period by kind (re-issues included, and counted apart too);
  revoked in the period.
"""
from __future__ import annotations

from sqlalchemy import func, or_, select

from db.models import (
    Attendance,
    Certificate,
    ClassSession,
    Competition,
    CompetitionEvent,
    CompetitionStage,
    Contestant,
    Enrolment,
    Occupation,
    Trainee,
    TrainingClass,
    trainee_occupations,
)
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.services.statistics_model import (
    COMPETITION_LEVEL_NAMES,
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


def _m(text: str):
    return message(text)


# -- registry ----------------------------------------------------------------------------------

REGISTRY_COLUMNS = (
    Column("new", _m(QT_TRANSLATE_NOOP("Messages", "Newly registered")), "新登记职工", figure="trainees_new"),
    Column("union", _m(QT_TRANSLATE_NOOP("Messages", "Union members")), "其中工会会员", figure="trainees_new_union"),
    Column("women", _m(QT_TRANSLATE_NOOP("Messages", "Women")), "其中女职工", figure="trainees_new_women"),
)


def registry_tables(session, period, grouping) -> list[Table]:
    occupation_link = trainee_occupations.alias("link")
    axes = Axes(trainee_id=Trainee.id, occupation=Occupation.name,
                occupation_joins=((occupation_link, occupation_link.c.trainee_id == Trainee.id),
                                  (Occupation, Occupation.id == occupation_link.c.occupation_id)),
                when=Trainee.created_at, when_is_stamp=True)
    statement = (select(func.count(Trainee.id), func.count(Trainee.id).filter(Trainee.union_member.is_(True)),
                        func.count(Trainee.id).filter(Trainee.gender == "F"))
                 .select_from(Trainee).where(stamp_between(Trainee.created_at, period)))
    keys = [c.key for c in REGISTRY_COLUMNS]
    if grouping in ("county", "employer"):
        # The trainee is the row itself: group on its own columns, no self-join.
        grouped = _by_own_trainee(session, statement, grouping)
    else:
        grouped = measure(session, statement, axes, grouping, period) if grouping else {}
    totals = measure(session, statement, axes, None, period)[None]
    return [build_table("registry", _m(QT_TRANSLATE_NOOP("Messages", "Trainees registered in the period")),
                        "职工登记情况", grouping, REGISTRY_COLUMNS, merge(REGISTRY_COLUMNS, [(grouped, keys)]),
                        dict(zip(keys, totals)), page="trainees")]


def _by_own_trainee(session, statement, grouping):
    from db.models import County, Employer

    target, onclause, name = ((County, County.id == Trainee.county_id, County.name) if grouping == "county"
                              else (Employer, Employer.id == Trainee.employer_id, Employer.name))
    group = name.label("grp")
    statement = statement.outerjoin(target, onclause).add_columns(group).group_by(group)
    return {row[-1] or None: tuple(row[:-1]) for row in session.execute(statement)}


# -- training ----------------------------------------------------------------------------------

TRAINING_COLUMNS = (
    Column("classes", _m(QT_TRANSLATE_NOOP("Messages", "Classes")), "培训班（期）", figure="classes"),
    Column("trainings", _m(QT_TRANSLATE_NOOP("Messages", "Trainings")), "培训人次", figure="trainings"),
    Column("hours", _m(QT_TRANSLATE_NOOP("Messages", "Training hours")), "培训学时（人·时）", "hours",
           figure="training_hours"),
    Column("completions", _m(QT_TRANSLATE_NOOP("Messages", "Completions")), "结业人数", figure="completions"),
    Column("fees", _m(QT_TRANSLATE_NOOP("Messages", "Fees received (yuan)")), "收费（元）", "yuan",
           figure="fees_received_yuan"),
)


def _class_axes(trainee_id, when, stamp: bool) -> Axes:
    """Training records reach the class (joined by the statement) for occupation and level."""
    return Axes(trainee_id=trainee_id, occupation=Occupation.name,
                occupation_joins=((Occupation, Occupation.id == TrainingClass.occupation_id),),
                level=TrainingClass.target_level, when=when, when_is_stamp=stamp)


def training_tables(session, period, grouping) -> list[Table]:
    held = (select(func.count(func.distinct(Enrolment.class_id)), func.count(Enrolment.id))
            .select_from(Enrolment).join(TrainingClass, TrainingClass.id == Enrolment.class_id)
            .where(Enrolment.status == "placed", TrainingClass.cancelled_at.is_(None),
                   TrainingClass.archived_at.is_(None), day_between(TrainingClass.first_session_on, period)))
    held_axes = _class_axes(Enrolment.trainee_id, TrainingClass.first_session_on, False)
    hours = (select(func.sum(ClassSession.minutes))
             .select_from(Attendance).join(ClassSession, ClassSession.id == Attendance.session_id)
             .join(Enrolment, Enrolment.id == Attendance.enrolment_id)
             .join(TrainingClass, TrainingClass.id == ClassSession.class_id)
             .where(Attendance.status.in_(("present", "late")), day_between(ClassSession.on_date, period)))
    hours_axes = _class_axes(Enrolment.trainee_id, ClassSession.on_date, False)
    completions = (select(func.count(Enrolment.id)).select_from(Enrolment)
                   .join(TrainingClass, TrainingClass.id == Enrolment.class_id)
                   .where(stamp_between(Enrolment.completed_at, period)))
    completion_axes = _class_axes(Enrolment.trainee_id, Enrolment.completed_at, True)
    fees = (select(func.sum(Enrolment.fee_due_fen)).select_from(Enrolment)
            .join(TrainingClass, TrainingClass.id == Enrolment.class_id)
            .where(stamp_between(Enrolment.paid_at, period)))
    fee_axes = _class_axes(Enrolment.trainee_id, Enrolment.paid_at, True)
    parts = [(held, held_axes, ["classes", "trainings"]), (hours, hours_axes, ["hours"]),
             (completions, completion_axes, ["completions"]), (fees, fee_axes, ["fees"])]
    grouped = [(measure(session, s, a, grouping, period), k) for s, a, k in parts] if grouping else []
    totals: dict = {}
    for statement, axes, keys in parts:
        totals |= dict(zip(keys, measure(session, statement, axes, None, period)[None]))
    return [build_table("training", _m(QT_TRANSLATE_NOOP("Messages", "Training")), "职工技能培训", grouping,
                        TRAINING_COLUMNS, merge(TRAINING_COLUMNS, grouped), totals, page="classes",
                        convert=_training_units, chart="trainings")]


def _training_units(key: str, value):
    if key == "hours":
        return round((value or 0) / 60, 1)
    if key == "fees":
        return round((value or 0) / 100, 2)
    return int(value or 0)


# -- competitions ------------------------------------------------------------------------------

COMPETITION_COLUMNS = (
    Column("competitions", _m(QT_TRANSLATE_NOOP("Messages", "Competitions")), "竞赛（项）", figure="competitions"),
    Column("events", _m(QT_TRANSLATE_NOOP("Messages", "Events held")), "赛项（场次）", figure="competition_events"),
    Column("contestants", _m(QT_TRANSLATE_NOOP("Messages", "Contestants")), "参赛人次", figure="contestants"),
    Column("workers", _m(QT_TRANSLATE_NOOP("Messages", "Workers taking part")), "参赛职工（人）",
           figure="contestant_workers"),
)
PRIZE_ORDER = ("特等奖", "一等奖", "二等奖", "三等奖", "优秀奖", "优胜奖")


def _contestant_axes() -> Axes:
    return Axes(trainee_id=Contestant.trainee_id, employer_id=Contestant.employer_id,
                occupation=CompetitionEvent.occupation, level=Competition.level,
                level_names=COMPETITION_LEVEL_NAMES, when=CompetitionEvent.published_at, when_is_stamp=True)


def _award_axes() -> Axes:
    # The competition's level through the contestant the certificate (or the one it replaced) was for.
    level_joins = ((Contestant, or_(Contestant.certificate_id == Certificate.id,
                                    Contestant.certificate_id == Certificate.replaces_id)),
                   (CompetitionEvent, CompetitionEvent.id == Contestant.event_id),
                   (CompetitionStage, CompetitionStage.id == CompetitionEvent.stage_id),
                   (Competition, Competition.id == CompetitionStage.competition_id))
    return Axes(trainee_id=Certificate.trainee_id, occupation=Certificate.printed_values["occupation"].as_string(),
                level=Competition.level, level_joins=level_joins, level_names=COMPETITION_LEVEL_NAMES,
                when=Certificate.issue_date)


def competition_tables(session, period, grouping) -> list[Table]:
    taking_part = (select(func.count(func.distinct(Competition.id)), func.count(func.distinct(CompetitionEvent.id)),
                          func.count(Contestant.id), func.count(func.distinct(Contestant.trainee_id)))
                   .select_from(Contestant).join(CompetitionEvent, CompetitionEvent.id == Contestant.event_id)
                   .join(CompetitionStage, CompetitionStage.id == CompetitionEvent.stage_id)
                   .join(Competition, Competition.id == CompetitionStage.competition_id)
                   .where(CompetitionEvent.status == "published", Contestant.status == "present",
                          stamp_between(CompetitionEvent.published_at, period)))
    keys = [c.key for c in COMPETITION_COLUMNS]
    axes = _contestant_axes()
    grouped = [(measure(session, taking_part, axes, grouping, period), keys)] if grouping else []
    totals = dict(zip(keys, measure(session, taking_part, axes, None, period)[None]))
    events = build_table("competitions", _m(QT_TRANSLATE_NOOP("Messages", "Competitions")), "职工技能竞赛",
                         grouping, COMPETITION_COLUMNS, merge(COMPETITION_COLUMNS, grouped), totals,
                         page="competitions", convert=lambda _k, v: int(v or 0), chart="contestants")
    return [events, _prize_table(session, period, grouping)]


def _prize_table(session, period, grouping) -> Table:
    awards = (select(func.count(Certificate.id)).select_from(Certificate)
              .where(Certificate.kind == "award", Certificate.status == "issued",
                     day_between(Certificate.issue_date, period)))
    axes = _award_axes()
    by_prize = measure(session, awards, axes, None, period, extra_keys=[Certificate.detail])
    prizes = sorted({key[1] for key in by_prize},
                    key=lambda p: (PRIZE_ORDER.index(p) if p in PRIZE_ORDER else len(PRIZE_ORDER), p))
    columns = (*(Column(f"prize:{p}", p, p) for p in prizes),
               Column("winners", _m(QT_TRANSLATE_NOOP("Messages", "Prize winners")), "获奖人数", figure="prize_winners"))
    totals = {f"prize:{key[1]}": values[0] for key, values in by_prize.items()}
    totals["winners"] = sum(totals.values())
    grouped: dict = {}
    if grouping:
        for (group, prize), (count,) in measure(session, awards, axes, grouping, period,
                                                extra_keys=[Certificate.detail]).items():
            row = grouped.setdefault(group, {c.key: 0 for c in columns})
            row[f"prize:{prize}"] = count
            row["winners"] += count
    return build_table("prizes", _m(QT_TRANSLATE_NOOP("Messages", "Prize winners by prize")), "获奖情况",
                       grouping, columns, grouped, totals, page="certificates", convert=lambda _k, v: int(v or 0),
                       chart="winners")


# -- certificates ------------------------------------------------------------------------------

KIND_COLUMNS = {
    "level": Column("level", _m(QT_TRANSLATE_NOOP("Messages", "Level certificates")), "等级证书",
                    figure="certificates_level"),
    "award": Column("award", _m(QT_TRANSLATE_NOOP("Messages", "Award certificates")), "获奖证书",
                    figure="certificates_award"),
    "completion": Column("completion", _m(QT_TRANSLATE_NOOP("Messages", "Completion certificates")), "结业证书",
                         figure="certificates_completion"),
    "honour": Column("honour", _m(QT_TRANSLATE_NOOP("Messages", "Honour certificates")), "荣誉证书",
                     figure="certificates_honour"),
}
CERTIFICATE_COLUMNS = (
    Column("issued", _m(QT_TRANSLATE_NOOP("Messages", "Certificates issued")), "发证合计", figure="certificates_issued"),
    *KIND_COLUMNS.values(),
    Column("reissued", _m(QT_TRANSLATE_NOOP("Messages", "Of them re-issued")), "其中补发", figure="certificates_reissued"),
    Column("revoked", _m(QT_TRANSLATE_NOOP("Messages", "Revoked")), "撤销", figure="certificates_revoked"),
)


def _certificate_axes(when, stamp: bool) -> Axes:
    return Axes(trainee_id=Certificate.trainee_id, occupation=Certificate.printed_values["occupation"].as_string(),
                level=Certificate.printed_values["level_number"].as_integer(), when=when, when_is_stamp=stamp)


def certificate_tables(session, period, grouping) -> list[Table]:
    issued = (select(func.count(Certificate.id), func.count(Certificate.replaces_id)).select_from(Certificate)
              .where(day_between(Certificate.issue_date, period)))
    revoked = (select(func.count(Certificate.id)).select_from(Certificate)
               .where(Certificate.status == "revoked", stamp_between(Certificate.revoked_at, period)))
    issued_axes = _certificate_axes(Certificate.issue_date, False)
    revoked_axes = _certificate_axes(Certificate.revoked_at, True)

    def fold(by_kind: dict, by_revoked: dict) -> dict:
        rows: dict = {}
        for (group, kind), (count, reissued) in by_kind.items():
            row = rows.setdefault(group, {c.key: 0 for c in CERTIFICATE_COLUMNS})
            row[kind] += count
            row["issued"] += count
            row["reissued"] += reissued
        for group, (count,) in by_revoked.items():
            rows.setdefault(group, {c.key: 0 for c in CERTIFICATE_COLUMNS})["revoked"] = count
        return rows

    totals = fold(measure(session, issued, issued_axes, None, period, extra_keys=[Certificate.kind]),
                  measure(session, revoked, revoked_axes, None, period)).get(None, {})
    grouped = fold(measure(session, issued, issued_axes, grouping, period, extra_keys=[Certificate.kind]),
                   measure(session, revoked, revoked_axes, grouping, period)) if grouping else {}
    return [build_table("certificates", _m(QT_TRANSLATE_NOOP("Messages", "Certificates")), "证书发放",
                        grouping, CERTIFICATE_COLUMNS, grouped, totals, page="certificates",
                        convert=lambda _k, v: int(v or 0))]


REGISTRY = SectionProvider("registry", _m(QT_TRANSLATE_NOOP("Messages", "Trainees")), "职工登记", registry_tables,
                           frozenset({"county", "employer", "occupation", "month"}))
TRAINING = SectionProvider("training", _m(QT_TRANSLATE_NOOP("Messages", "Training")), "职工技能培训", training_tables)
COMPETITIONS = SectionProvider("competitions", _m(QT_TRANSLATE_NOOP("Messages", "Competitions")), "职工技能竞赛",
                               competition_tables)
CERTIFICATES = SectionProvider("certificates", _m(QT_TRANSLATE_NOOP("Messages", "Certificates")), "证书发放",
                               certificate_tables)
