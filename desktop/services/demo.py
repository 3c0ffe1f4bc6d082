"""Demo data: a reproducible, realistic Quanzhou registry for trying the app and for benchmarks.

The data is first *planned* (pure: the same seed and scale always give the same plan) and then
*saved*. Small fills go through `add_trainee`, so every rule of the registry is applied and
every trainee is audited; large ones (benchmarks) insert in chunks and audit one summary.
"""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate, islice

from faker import Faker
from sqlalchemy import insert, select
from sqlalchemy.orm import Session
from stdnum.cn import ric, uscc

from db.base import utcnow
from db.models import (
    County,
    Employer,
    Honour,
    Occupation,
    Trainee,
    User,
    trainee_honours,
    trainee_occupations,
)
from desktop.domain.errors import UserError
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.domain.roles import Permission
from desktop.services import accounts, audit
from desktop.services.catalogue import NameResolver
from desktop.services.context import Actor, ServiceContext, require, unit_of_work
from desktop.services.demo_certificates import fill_demo_certificates
from desktop.services.demo_competitions import fill_demo_competitions
from desktop.services.demo_appraisal import fill_demo_appraisal
from desktop.services.demo_mentoring import fill_demo_mentoring
from desktop.services.demo_training import fill_demo_classes
from desktop.services.demo_catalogue import (
    COUNTIES,
    EDUCATION_WEIGHTS_OLDER,
    EDUCATION_WEIGHTS_YOUNGER,
    HONOURS,
    INDUSTRIES,
    MIGRANT_NOTES,
    MIGRANT_REGIONS,
    MINNAN_SURNAMES,
    MOBILE_PREFIXES,
    NOTES,
    OCCUPATION_CATEGORIES,
    OCCUPATION_LEVELS,
    OCCUPATIONS,
    OTHER_FUJIAN_REGIONS,
    TRADE_NAME_CHARACTERS,
    WOMEN_ONLY_HONOURS,
    CountySpec,
    IndustrySpec,
)
from desktop.services.trainees import TraineeInput, add_trainee

# (username, password, role): shown by the login dialog and the README of a demo database.
DEMO_ACCOUNTS: tuple[tuple[str, str, str], ...] = (
    ("admin", "demo-admin", "admin"),
    ("staff", "demo-staff", "staff"),
    ("judge", "demo-judge", "judge"),
    ("chief", "demo-chief", "judge"),  # the chief judge (裁判长) of the event being marked
)
_DEMO_DISPLAY_NAMES = {"admin": "演示管理员", "staff": "演示工作人员", "judge": "演示裁判", "chief": "演示裁判长"}

# Ages are counted from a fixed day, not today, so that a seed gives the same data every year.
REFERENCE_DATE = dt.date(2026, 1, 1)
YOUNGEST_AGE, OLDEST_AGE, MOST_COMMON_AGE = 18, 60, 33
# Above this many trainees add_trainee, about 1 ms a row, gets slow: insert in bulk instead.
BULK_THRESHOLD = 2000
CERTIFICATES_FROM_SCALE = 100
CHUNK_SIZE = 5000

HONOUR_SHARE = 0.05
ARCHIVED_SHARE = 0.03
NOTES_SHARE = 0.12

# progress(done, total) -> False to cancel (what the UI's progress dialog passes); None goes on.
Progress = Callable[[int, int], bool | None]

_COUNTY_WEIGHTS = tuple(county.weight for county in COUNTIES)
# Faker's zh_CN list of men's given names holds this woman's name.
_WOMENS_NAMES_AMONG_FAKERS_MEN = frozenset({"红霞"})


@dataclass(frozen=True)
class DemoSummary:
    """How many records the fill created (records found already are not counted)."""

    accounts: int
    counties: int
    employers: int
    occupations: int
    honours: int
    trainees: int
    archived_trainees: int
    honoured_trainees: int
    bulk: bool
    certificates: int = 0
    classes: int = 0
    competition_events: int = 0
    mentoring_agreements: int = 0
    appraisal_batches: int = 0


class DemoCancelled(UserError):
    """The progress callback asked to stop; the transaction was rolled back."""


@dataclass(frozen=True)
class PlannedEmployer:
    name: str
    credit_code: str
    county: CountySpec
    industry: IndustrySpec


@dataclass(frozen=True)
class PlannedTrainee:
    name: str
    gender: str
    id_number: str
    birth_date: dt.date
    phone: str
    employer: PlannedEmployer
    county: str
    education: str
    occupations: tuple[str, ...]
    honours: tuple[str, ...]
    notes: str
    archived: bool


def employer_count(scale: int) -> int:
    return max(20, scale // 40)


def fill_demo_data(ctx: ServiceContext, scale: int = 300, seed: int = 2026,
                   progress: Progress | None = None) -> DemoSummary:
    """Create Quanzhou's counties, employers, occupations, honours, `scale` trainees and the
    demo accounts. `ctx` acts as the system account (the caller passes `as_system(ctx)`).

    All in one transaction but the accounts, which come after it: a cancelled or failed fill
    leaves the database as it was.
    """
    # Checked first so that the fill is not committed and then refused its accounts.
    require(ctx, Permission.MANAGE_USERS)
    rng = random.Random(seed)
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    employers = plan_employers(rng, employer_count(scale))
    report = _reporter(progress)
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        counties = _save_counties(session, ctx.actor)
        occupations = _save_occupations(session, ctx.actor)
        honours = _save_honours(session, ctx.actor)
        employer_rows = _save_employers(session, ctx.actor, employers)
        planned = plan_trainees(rng, fake, employers, scale, _registered_id_numbers(session))
        report(0, scale)
        bulk = scale > BULK_THRESHOLD
        if bulk:
            ids = {"county": counties.ids, "employer": employer_rows.ids,
                   "occupation": occupations.ids, "honour": honours.ids}
            archived, honoured = _insert_in_bulk(session, ctx.actor, planned, ids, scale, seed, report)
        else:
            archived, honoured = _insert_one_by_one(session, ctx, planned, scale, report)
    accounts_created = ensure_demo_accounts(ctx)
    issued = fill_demo_certificates(ctx, seed) if scale >= CERTIFICATES_FROM_SCALE else 0
    made = fill_demo_classes(ctx, seed) if scale >= CERTIFICATES_FROM_SCALE else 0
    events = fill_demo_competitions(ctx, seed) if scale >= CERTIFICATES_FROM_SCALE else 0
    pairs = fill_demo_mentoring(ctx, seed) if scale >= CERTIFICATES_FROM_SCALE else 0
    batches = fill_demo_appraisal(ctx, seed) if scale >= CERTIFICATES_FROM_SCALE else 0
    return DemoSummary(accounts_created, counties.created, employer_rows.created,
                       occupations.created, honours.created, scale, archived, honoured, bulk, issued, made, events,
                       pairs, batches)


def _reporter(progress: Progress | None) -> Callable[[int, int], None]:
    def report(done: int, total: int) -> None:
        if progress is not None and progress(done, total) is False:
            raise DemoCancelled(message(QT_TRANSLATE_NOOP(
                "Messages", "Creating the demo data was cancelled; nothing was added.")))
    return report


def ensure_demo_accounts(ctx: ServiceContext) -> int:
    """Create the demo accounts that do not exist yet; returns how many were created."""
    with unit_of_work(ctx) as session:
        existing = set(session.scalars(select(User.username).where(
            User.username.in_([username for username, _, _ in DEMO_ACCOUNTS]))))
    missing = [account for account in DEMO_ACCOUNTS if account[0] not in existing]
    for username, password, role in missing:
        # Through the public service, so the password is hashed and the creation audited.
        accounts.create_user(ctx, username, _DEMO_DISPLAY_NAMES[username], {role}, password)
    return len(missing)


# ---------------------------------------------------------------- planning employers


def plan_employers(rng: random.Random, count: int) -> list[PlannedEmployer]:
    names: set[str] = set()
    codes: set[str] = set()
    planned = []
    for county in _employer_counties(rng, count):
        industry = INDUSTRIES[_weighted_choice(rng, dict(county.industries))]
        name = _unique(lambda: company_name(rng, county, industry), names)
        code = _unique(lambda: credit_code(rng, county.code), codes)
        planned.append(PlannedEmployer(name, code, county, industry))
    return planned


def _employer_counties(rng: random.Random, count: int) -> list[CountySpec]:
    # Every county gets an employer first, so that no county's list is empty in the demo.
    first = list(COUNTIES[:count])
    rest = rng.choices(COUNTIES, weights=_COUNTY_WEIGHTS, k=max(0, count - len(first)))
    return first + rest


def company_name(rng: random.Random, county: CountySpec, industry: IndustrySpec) -> str:
    """晋江鸿兴鞋业有限公司: place, trade name (字号), trade, legal form."""
    place = "福建" if rng.random() < 0.12 else county.company_prefix
    trade_name = "".join(rng.sample(TRADE_NAME_CHARACTERS, 2))
    form = rng.choices(("有限公司", "股份有限公司", "集团有限公司"), weights=(85, 10, 5))[0]
    return f"{place}{trade_name}{rng.choice(industry.name_words)}{form}"


def credit_code(rng: random.Random, county_code: str) -> str:
    """A unified social credit code (GB 32100) of a company registered in the county."""
    body = "91" + county_code + organisation_code(rng)
    return body + uscc.calc_check_digit(body)


_ORGANISATION_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def organisation_code(rng: random.Random) -> str:
    """The 9-character organisation code inside a credit code, with its own GB 11714 check."""
    if rng.random() < 0.5:
        # Companies registered since 2015 got codes starting MA; older ones had digits only.
        body = "MA" + rng.choice("2345") + "".join(rng.choices(_CREDIT_CODE_ALPHABET, k=5))
    else:
        body = rng.choice("67") + "".join(rng.choices("0123456789", k=7))
    return body + organisation_check_character(body)


def organisation_check_character(body: str) -> str:
    total = sum(int(ch, 36) * weight for ch, weight in zip(body, _ORGANISATION_CODE_WEIGHTS))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


# ---------------------------------------------------------------- planning trainees


def plan_trainees(rng: random.Random, fake: Faker, employers: list[PlannedEmployer], count: int,
                  taken_id_numbers: set[str]) -> Iterator[PlannedTrainee]:
    """Trainees one at a time, so that a large fill never holds them all in memory."""
    # Employer sizes vary: a few big factories, many small workshops (at most 10 to 1).
    sizes = list(accumulate(min(rng.paretovariate(1.5), 10.0) for _ in employers))
    for _ in range(count):
        employer = rng.choices(employers, cum_weights=sizes)[0]
        yield _plan_trainee(rng, fake, employer, taken_id_numbers)


def _plan_trainee(rng: random.Random, fake: Faker, employer: PlannedEmployer,
                  taken_id_numbers: set[str]) -> PlannedTrainee:
    county = employer.county if rng.random() < 0.92 else _weighted_county(rng)
    gender = "F" if rng.random() < employer.industry.female_share else "M"
    birth_date = _birth_date(rng)
    region = _region_of_first_issue(rng, county)
    migrant = not region.startswith("35")
    return PlannedTrainee(
        name=_person_name(rng, fake, gender, local=region.startswith("3505")),
        gender=gender,
        id_number=id_number(rng, region, birth_date, gender, taken_id_numbers),
        birth_date=birth_date,
        phone=_mobile_phone(rng),
        employer=employer,
        county=county.name,
        education=_education(rng, birth_date),
        occupations=_occupations(rng, employer.industry),
        honours=_honours(rng, gender),
        notes=_notes(rng, migrant),
        archived=rng.random() < ARCHIVED_SHARE,
    )


def _weighted_county(rng: random.Random) -> CountySpec:
    return rng.choices(COUNTIES, weights=_COUNTY_WEIGHTS)[0]


def _birth_date(rng: random.Random) -> dt.date:
    earliest = REFERENCE_DATE.replace(year=REFERENCE_DATE.year - OLDEST_AGE)
    latest = REFERENCE_DATE.replace(year=REFERENCE_DATE.year - YOUNGEST_AGE)
    span = (latest - earliest).days
    mode = (latest - REFERENCE_DATE.replace(year=REFERENCE_DATE.year - MOST_COMMON_AGE)).days
    # Days before the latest date: most workers are in their thirties.
    return latest - dt.timedelta(days=round(rng.triangular(0, span, mode)))


def _region_of_first_issue(rng: random.Random, county: CountySpec) -> str:
    """Mostly the county they work in; else elsewhere in Quanzhou, Fujian, or a migrant's home."""
    draw = rng.random()
    if draw < 0.65:
        return county.code
    if draw < 0.75:
        return rng.choice(COUNTIES).code
    if draw < 0.82:
        return rng.choice(OTHER_FUJIAN_REGIONS)
    return rng.choice(MIGRANT_REGIONS)


def id_number(rng: random.Random, region: str, birth_date: dt.date, gender: str, taken: set[str]) -> str:
    """An 18-character ID number (GB 11643) not in `taken`, which it then joins."""
    while True:
        # The sequence's last digit is odd for men (001-999) and even for women (002-998).
        sequence = 2 * rng.randrange(500) + 1 if gender == "M" else 2 * rng.randrange(1, 500)
        body = f"{region}{birth_date:%Y%m%d}{sequence:03d}"
        # stdnum's calc_check_digit expects all 18 characters; the last one is ignored.
        number = body + ric.calc_check_digit(body + "0")
        if number not in taken:
            taken.add(number)
            return number


def _person_name(rng: random.Random, fake: Faker, gender: str, local: bool) -> str:
    while True:
        surname = fake.random_element(MINNAN_SURNAMES) if local and rng.random() < 0.6 else fake.last_name()
        given = fake.first_name_male() if gender == "M" else fake.first_name_female()
        name = surname + given
        # Compound surnames (欧阳) with a two-character given name are rare: keep to 2-3.
        if 2 <= len(name) <= 3 and not (gender == "M" and given in _WOMENS_NAMES_AMONG_FAKERS_MEN):
            return name


def _mobile_phone(rng: random.Random) -> str:
    return f"{rng.choice(MOBILE_PREFIXES)}{rng.randrange(10 ** 8):08d}"


def _education(rng: random.Random, birth_date: dt.date) -> str:
    weights = EDUCATION_WEIGHTS_OLDER if birth_date.year < 1980 else EDUCATION_WEIGHTS_YOUNGER
    return _weighted_choice(rng, weights)


def _occupations(rng: random.Random, industry: IndustrySpec) -> tuple[str, ...]:
    # The industry's core trade comes first in its list and is the most frequent.
    weights = {name: len(industry.occupations) - i for i, name in enumerate(industry.occupations)}
    first = _weighted_choice(rng, weights)
    if rng.random() < 0.3:
        second = _weighted_choice(rng, {n: w for n, w in weights.items() if n != first})
        return (first, second)
    return (first,)


def _honours(rng: random.Random, gender: str) -> tuple[str, ...]:
    if rng.random() >= HONOUR_SHARE:
        return ()
    weights = {n: w for n, w in HONOURS if gender == "F" or n not in WOMEN_ONLY_HONOURS}
    first = _weighted_choice(rng, weights)
    if rng.random() < 0.15:
        return (first, _weighted_choice(rng, {n: w for n, w in weights.items() if n != first}))
    return (first,)


def _notes(rng: random.Random, migrant: bool) -> str:
    if migrant and rng.random() < 0.25:
        return rng.choice(MIGRANT_NOTES)
    return rng.choice(NOTES) if rng.random() < NOTES_SHARE else ""


def _weighted_choice(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _unique(make: Callable[[], str], seen: set[str]) -> str:
    while (value := make()) in seen:
        pass
    seen.add(value)
    return value


# ---------------------------------------------------------------- saving


@dataclass(frozen=True)
class _Saved:
    """The ids of the rows of one kind by name, and how many of them this fill created."""

    ids: dict[str, int]
    created: int


def _save_missing(session: Session, actor: Actor | None, model, entity: str,
                  wanted: list[dict]) -> _Saved:
    """Insert the records whose names are not taken yet, one audit entry each."""
    names = [record["name"] for record in wanted]
    found = {row.name: row for row in session.scalars(select(model).where(model.name.in_(names)))}
    new_rows = [model(**record) for record in wanted if record["name"] not in found]
    session.add_all(new_rows)
    session.flush()
    for row in new_rows:
        audit.record(session, actor, "create", entity, row.id, row.name,
                     None, {key: getattr(row, key) for key in wanted[0]})
        found[row.name] = row
    return _Saved({name: row.id for name, row in found.items()}, len(new_rows))


def _save_counties(session: Session, actor: Actor | None) -> _Saved:
    return _save_missing(session, actor, County, "county",
                         [{"name": c.name, "code": c.code} for c in COUNTIES])


def _save_occupations(session: Session, actor: Actor | None) -> _Saved:
    # A code someone gave to another occupation already stays theirs: ours goes without.
    taken = set(session.scalars(select(Occupation.code).where(
        Occupation.code.in_([code for code, _ in OCCUPATIONS]),
        Occupation.name.not_in([name for _, name in OCCUPATIONS]))))
    return _save_missing(session, actor, Occupation, "occupation",
                         [{"name": name, "code": None if code in taken else code,
                           "category": OCCUPATION_CATEGORIES.get(name, ""),
                           "levels": OCCUPATION_LEVELS.get(name, [5, 4, 3, 2, 1])}
                          for code, name in OCCUPATIONS])


def _save_honours(session: Session, actor: Actor | None) -> _Saved:
    return _save_missing(session, actor, Honour, "honour", [{"name": name} for name, _ in HONOURS])


def _save_employers(session: Session, actor: Actor | None, planned: list[PlannedEmployer]) -> _Saved:
    counties = {c.name: c.id for c in session.scalars(select(County))}
    taken_codes = set(session.scalars(select(Employer.credit_code).where(
        Employer.credit_code.in_([e.credit_code for e in planned]))))
    return _save_missing(session, actor, Employer, "employer", [
        {"name": e.name, "credit_code": None if e.credit_code in taken_codes else e.credit_code,
         "county_id": counties[e.county.name], "industry": e.industry.name}
        for e in planned])


def _registered_id_numbers(session: Session) -> set[str]:
    return set(session.scalars(select(Trainee.id_number)))


def _insert_one_by_one(session: Session, ctx: ServiceContext, planned: Iterable[PlannedTrainee],
                       total: int, report: Callable[[int, int], None]) -> tuple[int, int]:
    """Through add_trainee: every rule of the registry applies and every trainee is audited."""
    names = NameResolver(session, ctx.actor)
    archived = honoured = 0
    for done, plan in enumerate(planned, start=1):
        trainee = add_trainee(session, ctx, _as_input(plan), names)
        honoured += bool(plan.honours)
        if plan.archived:
            trainee.archived_at = utcnow()
            audit.record(session, ctx.actor, "archive", "trainee", trainee.id,
                         trainee.name, {"archived_at": None},
                         {"archived_at": trainee.archived_at})
            archived += 1
        if done % 100 == 0:
            report(done, total)
    report(total, total)
    return archived, honoured


def _as_input(plan: PlannedTrainee) -> TraineeInput:
    return TraineeInput(
        name=plan.name, id_number=plan.id_number, gender=plan.gender, birth_date=plan.birth_date,
        phone=plan.phone, employer=plan.employer.name, county=plan.county, education=plan.education,
        occupations=list(plan.occupations), honours=list(plan.honours), notes=plan.notes)


def _insert_in_bulk(session: Session, actor: Actor | None, planned: Iterable[PlannedTrainee],
                    ids: dict[str, dict[str, int]], total: int, seed: int,
                    report: Callable[[int, int], None]) -> tuple[int, int]:
    """Chunks of plain rows: fast and flat in memory; one audit entry sums the fill up."""
    archived = honoured = done = 0
    for chunk in _chunks(planned, CHUNK_SIZE):
        now = utcnow()
        session.execute(insert(Trainee), [_trainee_row(plan, ids, now) for plan in chunk])
        # Read the ids back by ID number: RETURNING in parameter order makes SQLite insert
        # row by row, several times slower.
        new_ids = _ids_of(session, [plan.id_number for plan in chunk])
        _insert_links(session, trainee_occupations, "occupation_id", new_ids,
                      [[ids["occupation"][n] for n in plan.occupations] for plan in chunk])
        _insert_links(session, trainee_honours, "honour_id", new_ids,
                      [[ids["honour"][n] for n in plan.honours] for plan in chunk])
        archived += sum(plan.archived for plan in chunk)
        honoured += sum(bool(plan.honours) for plan in chunk)
        done += len(chunk)
        report(done, total)
    audit.record(session, actor, "bulk_create", "trainee", None,
                 f"demo data, seed {seed}", None,
                 {"trainees": done, "archived": archived, "honoured": honoured, "seed": seed})
    return archived, honoured


def _trainee_row(plan: PlannedTrainee, ids: dict[str, dict[str, int]], now: dt.datetime) -> dict:
    return {
        "name": plan.name, "gender": plan.gender, "id_number": plan.id_number,
        "birth_date": plan.birth_date, "phone": plan.phone,
        "employer_id": ids["employer"][plan.employer.name], "county_id": ids["county"][plan.county],
        "education": plan.education, "notes": plan.notes, "archived_at": now if plan.archived else None,
        "created_at": now, "updated_at": now,
    }


def _ids_of(session: Session, id_numbers: list[str]) -> list[int]:
    statement = select(Trainee.id_number, Trainee.id).where(Trainee.id_number.in_(id_numbers))
    found = dict(session.execute(statement).all())
    return [found[number] for number in id_numbers]


def _insert_links(session: Session, table, key: str, trainee_ids: list[int],
                  targets: list[list[int]]) -> None:
    rows = [{"trainee_id": trainee_id, key: target}
            for trainee_id, wanted in zip(trainee_ids, targets, strict=True) for target in wanted]
    if rows:
        session.execute(insert(table), rows)


def _chunks(items: Iterable[PlannedTrainee], size: int) -> Iterator[list[PlannedTrainee]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
