"""What mentoring achieved: the apprentice's levels gained (skill_levels) and competition prizes
(award certificates) during an agreement, each mentor's register entry and record, and the
annual 好师傅 nomination list with the naming that issues honour certificates."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, lazyload

from db.models import (
    Certificate,
    Honour,
    MentoringAgreement,
    MentoringReview,
    MentorNaming,
    Occupation,
    SkillLevel,
    Trainee,
    trainee_honours,
)
from desktop.domain.errors import Conflict, NotFound, ValidationFailed
from desktop.domain.levels import LEVEL_NAMES
from desktop.domain.mentoring import MentoringRules, MentorOutcomes, NominationScore, nomination_score, ranked
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.domain.people import mask_id_number
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.catalogue import NameResolver
from desktop.services.certificates import CertificateRow, IssueRequest, issue_and_print
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.mentoring import AgreementQuery, AgreementRow, agreement_rows
from desktop.services.mentoring_settings import read_rules
from desktop.services.skill_levels import SkillLevelRow, levels_of

CHUNK = 500  # ids per IN (…) list


@dataclass(frozen=True)
class Outcome:
    kind: str  # level or prize
    on: dt.date
    text: str  # 三级/高级工（焊工）, 一等奖（2026年泉州市职工职业技能大赛焊工赛项）


@dataclass(frozen=True)
class Span:
    """An agreement's apprentice and the days its outcomes count on."""

    agreement_id: int
    apprentice_id: int
    occupation_id: int
    first: dt.date
    last: dt.date


def span_of(agreement) -> Span | None:
    """None before the agreement is signed (a draft, or a draft withdrawn): nothing counts."""
    if agreement.status == "draft" or agreement.signed_on is None:
        return None
    return Span(agreement.id, agreement.apprentice_id, agreement.occupation_id, agreement.start_on,
                agreement.ended_on or agreement.end_on)


def outcomes_of(session: Session, agreement: MentoringAgreement) -> list[Outcome]:
    span = span_of(agreement)
    return outcomes_by_agreement(session, [span])[agreement.id] if span else []


def outcomes_by_agreement(session: Session, spans: Iterable[Span]) -> dict[int, list[Outcome]]:
    """Each agreement's outcomes in its occupation, oldest first, read in a few queries for any
    number of them: a level gained or a prize won in another trade is another mentor's work (a
    prize whose certificate names no occupation counts)."""
    spans = list(spans)
    by_person: dict[int, list[tuple[str, Outcome]]] = defaultdict(list)  # (occupation name, outcome)
    people = sorted({s.apprentice_id for s in spans})
    for start in range(0, len(people), CHUNK):
        chunk = people[start:start + CHUNK]
        levels = (select(SkillLevel.trainee_id, SkillLevel.obtained_on, SkillLevel.level, Occupation.name)
                  .join(Occupation, Occupation.id == SkillLevel.occupation_id)
                  .where(SkillLevel.trainee_id.in_(chunk)))
        for trainee_id, on, level, occupation in session.execute(levels):
            by_person[trainee_id].append((occupation, Outcome("level", on, f"{LEVEL_NAMES[level]}（{occupation}）")))
        prizes = (select(Certificate.trainee_id, Certificate.issue_date, Certificate.detail, Certificate.printed_values)
                  .where(Certificate.kind == "award", Certificate.status == "issued",
                         Certificate.trainee_id.in_(chunk)))
        for trainee_id, on, award, values in session.execute(prizes):
            competition = (values or {}).get("competition", "")
            by_person[trainee_id].append(((values or {}).get("occupation", ""),
                                          Outcome("prize", on, f"{award}（{competition}）" if competition else award)))
    names = dict(session.execute(select(Occupation.id, Occupation.name)
                                 .where(Occupation.id.in_({s.occupation_id for s in spans} or {0}))).all())
    return {s.agreement_id: sorted((o for trade, o in by_person[s.apprentice_id]
                                    if trade in ("", names.get(s.occupation_id)) and s.first <= o.on <= s.last),
                                   key=lambda o: (o.on, o.kind, o.text))
            for s in spans}


def outcomes_text(outcomes: Iterable[Outcome]) -> str:
    return "；".join(f"{o.on.isoformat()} {o.text}" for o in outcomes)


# -- the mentor register -------------------------------------------------------------------------

@dataclass(frozen=True)
class MentorRow:
    id: int
    name: str
    masked_id: str
    employer: str
    best_level: int | None  # in any occupation
    honours: str
    eligible: bool
    active: int  # apprentices in active agreements
    cap: int
    agreements: int  # as craft or second mentor, any status
    named_years: str  # 2025、2026


def list_mentors(ctx: ServiceContext, search: str = "", limit: int = 500) -> list[MentorRow]:
    """Who mentors or may mentor: people with an agreement as mentor, a level at or above the
    rule's, or an honour the rule accepts."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        rules = read_rules(session)
        mentors = select(MentoringAgreement.mentor_id).union(
            select(MentoringAgreement.second_mentor_id).where(MentoringAgreement.second_mentor_id.is_not(None)))
        levelled = select(SkillLevel.trainee_id).where(SkillLevel.level <= rules.min_level)
        honoured = (select(trainee_honours.c.trainee_id).join(Honour, Honour.id == trainee_honours.c.honour_id)
                    .where(or_(*[Honour.name.contains(m, autoescape=True) for m in rules.honour_marks] or [False])))
        statement = (select(Trainee).where(Trainee.archived_at.is_(None),
                                           or_(Trainee.id.in_(mentors), Trainee.id.in_(levelled),
                                               Trainee.id.in_(honoured)))
                     .order_by(Trainee.name, Trainee.id).limit(limit))
        if search.strip():
            text = search.strip()
            statement = statement.where(or_(Trainee.name.contains(text, autoescape=True),
                                            Trainee.id_number.contains(text.upper(), autoescape=True)))
        return _mentor_rows(session, rules, list(session.scalars(statement)))


def _mentor_rows(session: Session, rules: MentoringRules, people: list[Trainee]) -> list[MentorRow]:
    ids = [p.id for p in people]
    if not ids:
        return []
    best = dict(session.execute(select(SkillLevel.trainee_id, func.min(SkillLevel.level))
                                .where(SkillLevel.trainee_id.in_(ids)).group_by(SkillLevel.trainee_id)).all())
    active: dict[int, int] = defaultdict(int)
    total: dict[int, int] = defaultdict(int)
    for mentor, second, status in session.execute(
            select(MentoringAgreement.mentor_id, MentoringAgreement.second_mentor_id, MentoringAgreement.status)
            .where(or_(MentoringAgreement.mentor_id.in_(ids), MentoringAgreement.second_mentor_id.in_(ids)))):
        for person in {mentor, second} - {None}:
            total[person] += 1
            active[person] += status == "active"
    named: dict[int, list[int]] = defaultdict(list)
    for person, year in session.execute(select(MentorNaming.mentor_id, MentorNaming.year)
                                        .where(MentorNaming.mentor_id.in_(ids)).order_by(MentorNaming.year)):
        named[person].append(year)
    rows = []
    for person in people:
        honours = [h.name for h in person.honours]
        level = best.get(person.id)
        eligible = (level is not None and level <= rules.min_level) or any(
            mark in h for h in honours for mark in rules.honour_marks)
        rows.append(MentorRow(person.id, person.name, mask_id_number(person.id_number),
                              person.employer.name if person.employer else "", level, "、".join(honours),
                              eligible, active[person.id], rules.max_apprentices, total[person.id],
                              "、".join(str(y) for y in named[person.id])))
    return rows


@dataclass(frozen=True)
class MentorRecord:
    mentor: MentorRow
    levels: list[SkillLevelRow]
    agreements: list[AgreementRow]
    outcomes: dict[int, list[Outcome]]  # by agreement id
    namings: list[tuple[int, str]]  # (year, score)


def mentor_record(ctx: ServiceContext, trainee_id: int) -> MentorRecord:
    """A mentor's apprentices, agreements and outcomes, their levels and 好师傅 namings."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        person = session.get(Trainee, trainee_id)
        if person is None:
            raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This trainee no longer exists.")))
        rules = read_rules(session)
        rows = agreement_rows(session, AgreementQuery(mentor_id=trainee_id), 0, None)
        agreements = session.scalars(select(MentoringAgreement).options(lazyload("*"))
                                     .where(MentoringAgreement.id.in_([r.id for r in rows]))).all()
        outcomes = outcomes_by_agreement(session, [s for s in map(span_of, agreements) if s is not None])
        namings = [(year, f"{centi / 100:.2f}") for year, centi in session.execute(
            select(MentorNaming.year, MentorNaming.score_centi).where(MentorNaming.mentor_id == trainee_id)
            .order_by(MentorNaming.year))]
        return MentorRecord(_mentor_rows(session, rules, [person])[0], levels_of(session, trainee_id), rows,
                            outcomes, namings)


# -- the 好师傅 nomination -------------------------------------------------------------------------

@dataclass(frozen=True)
class Nomination:
    rank: int
    mentor_id: int
    name: str
    employer: str
    agreements: int  # running at some time in the year
    outcomes: MentorOutcomes
    score: NominationScore
    named: bool

    @property
    def id(self) -> int:  # the list's record id: the mentor
        return self.mentor_id


def nominations(ctx: ServiceContext, year: int) -> list[Nomination]:
    """Every mentor with an agreement running in the year, ranked by the configured score."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return nomination_list(session, year, read_rules(session))


def nomination_list(session: Session, year: int, rules: MentoringRules) -> list[Nomination]:
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    agreements = session.scalars(
        select(MentoringAgreement).options(lazyload("*"))
        .where(MentoringAgreement.status != "draft", MentoringAgreement.signed_on.is_not(None),
               MentoringAgreement.start_on <= last,
               func.coalesce(MentoringAgreement.ended_on, MentoringAgreement.end_on) >= first)).all()
    outcomes = outcomes_by_agreement(session, [s for s in map(span_of, agreements) if s is not None])
    scores: dict[int, list[float]] = defaultdict(list)
    ids = [a.id for a in agreements]
    for start in range(0, len(ids), CHUNK):
        for agreement_id, mentor_score, apprentice_score in session.execute(
                select(MentoringReview.agreement_id, MentoringReview.mentor_score, MentoringReview.apprentice_score)
                .where(MentoringReview.agreement_id.in_(ids[start:start + CHUNK]),
                       MentoringReview.reviewed_on.between(first, last))):
            scores[agreement_id].append((mentor_score + apprentice_score) / 2)
    per_mentor: dict[int, dict] = defaultdict(lambda: {"agreements": 0, "promoted": set(), "prizes": set(),
                                                       "completed": 0, "reviews": []})
    for agreement in agreements:
        in_year = [o for o in outcomes[agreement.id] if first <= o.on <= last]
        for mentor in {agreement.mentor_id, agreement.second_mentor_id} - {None}:
            tally = per_mentor[mentor]
            tally["agreements"] += 1
            if any(o.kind == "level" for o in in_year):
                tally["promoted"].add(agreement.apprentice_id)
            # a prize once per apprentice, even when two agreements with this mentor span it
            tally["prizes"] |= {(agreement.apprentice_id, o.on, o.text) for o in in_year if o.kind == "prize"}
            tally["completed"] += agreement.status == "completed" and first <= agreement.ended_on <= last
            tally["reviews"] += scores[agreement.id]
    if not per_mentor:
        return []
    people = {p.id: p for p in session.scalars(select(Trainee).where(Trainee.id.in_(list(per_mentor))))}
    named = set(session.scalars(select(MentorNaming.mentor_id).where(MentorNaming.year == year)))
    scored = []
    for mentor, tally in per_mentor.items():
        reviews = tally["reviews"]
        result = MentorOutcomes(len(tally["promoted"]), len(tally["prizes"]), tally["completed"],
                                sum(reviews) / len(reviews) if reviews else None)
        scored.append((mentor, people[mentor].name, (result, tally["agreements"])))
    with_scores = [(m, name, nomination_score(extra[0], rules.weights)) for m, name, extra in scored]
    extras = {m: extra for m, _n, extra in scored}
    return [Nomination(rank, m, name, people[m].employer.name if people[m].employer else "", extras[m][1],
                       extras[m][0], score, m in named)
            for rank, (m, name, score) in enumerate(ranked(with_scores), start=1)]


def name_mentors(ctx: ServiceContext, year: int, mentor_ids: list[int], issue_date: dt.date,
                 destination: Path | BinaryIO, progress: Callable[[int, int], bool] | None = None) -> list[CertificateRow]:
    """Name the chosen mentors the year's 好师傅: one honour certificate each through the
    certificates engine (printed into `destination`), the honour recorded on the person and the
    score with its breakdown kept. All or nothing."""
    if not mentor_ids:
        raise ValidationFailed({"mentors": message(QT_TRANSLATE_NOOP("Messages", "Choose at least one mentor."))})
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        rules = read_rules(session)
        listed = {n.mentor_id: n for n in nomination_list(session, year, rules)}
    missing = [i for i in mentor_ids if i not in listed]
    if missing:
        raise ValidationFailed({"mentors": message(QT_TRANSLATE_NOOP(
            "Messages", "Only mentors on the {year} nomination list can be named."), year=year)})
    already = [listed[i].name for i in mentor_ids if listed[i].named]
    if already:
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "Already named for {year}: {names}"), year=year, names="、".join(already)))

    def record(session: Session, issued: list[tuple[int, int]]) -> None:
        resolver = NameResolver(session, ctx.actor)
        honour = resolver.honours([rules.honour_title])[0]
        for trainee_id, certificate_id in issued:
            chosen = listed[trainee_id]
            breakdown = {"parts": [{**asdict(p), "points": str(p.points)} for p in chosen.score.parts],
                         "total": str(chosen.score.total), "weights": asdict(rules.weights)}
            naming = MentorNaming(year=year, mentor_id=trainee_id, score_centi=int(chosen.score.total * 100),
                                  breakdown=breakdown, certificate_id=certificate_id)
            session.add(naming)
            person = session.get(Trainee, trainee_id)
            if honour not in person.honours:
                person.honours.append(honour)
            session.flush()
            audit.record(session, ctx.actor, "name", "mentor_naming", naming.id, f"{year} {chosen.name}",
                         None, {"year": year, "honour": rules.honour_title, "score": str(chosen.score.total),
                                **{p.component: str(p.points) for p in chosen.score.parts}})

    requests = [IssueRequest("honour", mentor_id, issue_date, honour_title=rules.honour_title, year=year)
                for mentor_id in mentor_ids]
    return issue_and_print(ctx, requests, destination, progress, on_issued=record)
