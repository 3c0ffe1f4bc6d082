"""Who judges an event: the competition's judges (with the user account a judge logs in with,
their employer and team), each event's panel and its chief judge (裁判长), and the score sheets
that follow from them — one per panel judge and contestant, excluded when the judge's employer
or team is the contestant's, so that judge is never given that contestant."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from db.models import (
    CompetitionEvent,
    Contestant,
    Employer,
    EventJudge,
    Judge,
    PaperEntry,
    ScoreMark,
    ScoreSheet,
    Team,
    Trainee,
    User,
    UserRole,
)
from desktop.domain.errors import Conflict, NotFound, ValidationFailed
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.domain.roles import Permission, Role
from desktop.services import audit
from desktop.services.competitions import (
    competition_id_of,
    get_event_record,
    lock_event,
    refuse_if_locked,
    refuse_if_published,
)
from desktop.services.context import Actor, ServiceContext, unit_of_work

EXCLUSION_REASONS = ("employer", "team")


@dataclass(frozen=True)
class JudgeInput:
    label: str
    name: str = ""
    user_id: int | None = None  # the account the judge logs in with (judge role)
    employer: str = ""  # where the judge works: never judges contestants from there
    team: str = ""  # the team (delegation) the judge came with
    chief: bool = False  # the competition's chief judge, proposed as each event's chief


@dataclass(frozen=True)
class JudgeRecord:
    id: int
    label: str
    name: str
    user_id: int | None
    username: str
    employer: str
    team: str
    chief: bool


@dataclass(frozen=True)
class PanelJudge:
    judge_id: int
    label: str
    name: str
    chief: bool  # the event's chief judge
    username: str


@dataclass(frozen=True)
class Exclusion:
    judge_label: str
    judge_name: str
    contestant_id: int
    number: str  # the drawn number, or the entry number before the draw
    reason: str  # employer or team


# -- judges -----------------------------------------------------------------------------------------

def judge_accounts(ctx: ServiceContext) -> list[tuple[int, str]]:
    """(user id, "name (username)") of the accounts holding the judge role; a deactivated one
    is offered too, marked, so editing a judge linked to it does not unlink it unseen."""
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        users = session.scalars(select(User).join(UserRole, UserRole.user_id == User.id)
                                .where(UserRole.role == Role.JUDGE.value).order_by(User.username)).all()
        return [(u.id, f"{u.display_name or u.username} ({u.username})" + ("" if u.is_active else " ✕"))
                for u in users]


def save_judge(ctx: ServiceContext, competition_id: int, data: JudgeInput) -> int:
    """Add a judge, or update the one with this label; their sheets' exclusions follow."""
    label = data.label.strip()
    if not label:
        raise ValidationFailed({"label": message(QT_TRANSLATE_NOOP("Messages", "Give the judge a label, e.g. J1."))})
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        if data.user_id is not None:
            roles = set(session.scalars(select(UserRole.role).where(UserRole.user_id == data.user_id)))
            if Role.JUDGE.value not in roles:
                raise ValidationFailed({"user": message(QT_TRANSLATE_NOOP(
                    "Messages", "The account must hold the judge role: give it that role under Users first."))})
            taken = session.scalar(select(Judge.label).where(Judge.competition_id == competition_id,
                                                              Judge.user_id == data.user_id, Judge.label != label))
            if taken is not None:
                raise Conflict(message(QT_TRANSLATE_NOOP(
                    "Messages", "This account is judge {label} of the competition already."), label=taken))
        judge = session.scalars(select(Judge).where(Judge.competition_id == competition_id,
                                                    Judge.label == label)).one_or_none()
        before = None
        if judge is None:
            judge = Judge(competition_id=competition_id, label=label)
            session.add(judge)
        else:
            before = {"name": judge.name, "user_id": judge.user_id, "employer_id": judge.employer_id,
                      "team_id": judge.team_id, "chief": judge.is_chief}
        team = _team_id(session, competition_id, data.team)
        judge.name, judge.user_id, judge.is_chief = data.name.strip(), data.user_id, data.chief
        judge.employer_id = _employer_id(session, data.employer)
        judge.team_id = team
        session.flush()
        moved = before is not None and (before["employer_id"], before["team_id"]) != (judge.employer_id, judge.team_id)
        for event_id in session.scalars(select(EventJudge.event_id).where(EventJudge.judge_id == judge.id)).all():
            event = lock_event(session, event_id)
            if event.locked_at is not None or event.status == "published":
                if moved:  # its exclusions are part of the locked marks and the results
                    raise Conflict(message(QT_TRANSLATE_NOOP(
                        "Messages", "The marks of {name} are locked: judge {label}'s employer and team can no "
                                    "longer change."), name=event.name, label=judge.label))
                continue
            sync_sheets(session, event)
        audit.record(session, ctx.actor, "create" if before is None else "update", "judge", judge.id, judge.label,
                     before, {"name": judge.name, "user_id": judge.user_id, "employer_id": judge.employer_id,
                              "team_id": judge.team_id, "chief": judge.is_chief})
        return judge.id


def _team_id(session: Session, competition_id: int, name: str) -> int | None:
    """An existing team only: a misspelt team would exclude nobody."""
    name = name.strip()
    if not name:
        return None
    found = session.scalar(select(Team.id).where(Team.competition_id == competition_id, Team.name == name))
    if found is None:
        raise ValidationFailed({"team": message(QT_TRANSLATE_NOOP(
            "Messages", "No team of this competition is called {name}: pick one from the list."), name=name)})
    return found


def _employer_id(session: Session, name: str) -> int | None:
    name = name.strip()
    if not name:
        return None
    found = session.scalar(select(Employer.id).where(Employer.name == name))
    if found is None:
        raise ValidationFailed({"employer": message(QT_TRANSLATE_NOOP(
            "Messages", "No employer is called {name}: pick one from the list."), name=name)})
    return found


def list_judge_records(ctx: ServiceContext, competition_id: int) -> list[JudgeRecord]:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        rows = session.execute(
            select(Judge, User.username, Employer.name, Team.name)
            .outerjoin(User, User.id == Judge.user_id).outerjoin(Employer, Employer.id == Judge.employer_id)
            .outerjoin(Team, Team.id == Judge.team_id)
            .where(Judge.competition_id == competition_id).order_by(Judge.label)).all()
        return [JudgeRecord(j.id, j.label, j.name, j.user_id, username or "", employer or "", team or "", j.is_chief)
                for j, username, employer, team in rows]


# -- the panel of an event ---------------------------------------------------------------------------

def has_panel(session: Session, event_id: int) -> bool:
    """Whether judges are assigned to the event. An event without a panel is marked by staff
    for any judge of the competition (marks typed in from paper, no sheets)."""
    return session.scalar(select(EventJudge.id).where(EventJudge.event_id == event_id).limit(1)) is not None


def set_panel(ctx: ServiceContext, event_id: int, judge_ids: list[int], chief_id: int | None) -> list[Exclusion]:
    """Assign the event's judges and its chief judge (one of them); returns the exclusions."""
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        event = lock_event(session, event_id)
        refuse_if_published(event)
        refuse_if_locked(event)
        competition_id = competition_id_of(session, event)
        judges = {j.id: j for j in session.scalars(select(Judge).where(Judge.competition_id == competition_id))}
        wanted = list(dict.fromkeys(judge_ids))
        if any(j not in judges for j in wanted):
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "The judges changed on another workstation: reload and assign them again.")))
        if chief_id is not None and chief_id not in wanted:
            raise ValidationFailed({"chief": message(QT_TRANSLATE_NOOP(
                "Messages", "The chief judge must be one of the event's judges."))})
        current = {p.judge_id: p for p in session.scalars(select(EventJudge).where(EventJudge.event_id == event_id))}
        for judge_id in set(current) - set(wanted):
            if _has_marks_of(session, event_id, judge_id):
                raise Conflict(message(QT_TRANSLATE_NOOP(
                    "Messages", "Judge {label} has marked this event already and stays on its panel."),
                    label=judges[judge_id].label))
            session.delete(current[judge_id])
        for judge_id in wanted:
            entry = current.get(judge_id) or EventJudge(event_id=event_id, judge_id=judge_id)
            entry.is_chief = judge_id == chief_id
            session.add(entry)
        session.flush()
        sync_sheets(session, event)
        found = _exclusions(session, event_id)
        audit.record(session, ctx.actor, "assign", "competition_event", event.id, event.name, None,
                     {"judges": [judges[j].label for j in wanted],
                      "chief": judges[chief_id].label if chief_id is not None else None,
                      "exclusions": [f"{e.judge_label}×{e.number} ({e.reason})" for e in found]})
        return found


def panel_of(ctx: ServiceContext, event_id: int) -> list[PanelJudge]:
    with unit_of_work(ctx, Permission.ENTER_MARKS) as session:
        get_event_record(session, event_id)
        return panel_rows(session, event_id)


def panel_rows(session: Session, event_id: int) -> list[PanelJudge]:
    rows = session.execute(select(Judge, EventJudge.is_chief, User.username)
                           .join(EventJudge, EventJudge.judge_id == Judge.id)
                           .outerjoin(User, User.id == Judge.user_id)
                           .where(EventJudge.event_id == event_id).order_by(Judge.label)).all()
    return [PanelJudge(j.id, j.label, j.name, chief, username or "") for j, chief, username in rows]


def exclusions_of(ctx: ServiceContext, event_id: int) -> list[Exclusion]:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        get_event_record(session, event_id)
        return _exclusions(session, event_id)


def _exclusions(session: Session, event_id: int) -> list[Exclusion]:
    rows = session.execute(select(Judge.label, Judge.name, Contestant.id, Contestant.drawn_number,
                                  Contestant.entry_number, ScoreSheet.excluded_reason)
                           .select_from(ScoreSheet).join(Judge, Judge.id == ScoreSheet.judge_id)
                           .join(Contestant, Contestant.id == ScoreSheet.contestant_id)
                           .where(ScoreSheet.event_id == event_id, ScoreSheet.state == "excluded")
                           .order_by(Judge.label, Contestant.entry_number)).all()
    return [Exclusion(label, name, cid, drawn or str(entry), reason) for label, name, cid, drawn, entry, reason in rows]


def sync_sheets(session: Session, event: CompetitionEvent) -> None:
    """Give every panel judge a sheet for every contestant, and (re)decide the exclusions of
    sheets nobody has marked yet. Sheets of judges no longer on the panel go (they have no
    marks: set_panel refuses to drop a judge who marked)."""
    panel = {j.id: j for j in session.scalars(select(Judge).join(EventJudge, EventJudge.judge_id == Judge.id)
                                              .where(EventJudge.event_id == event.id))}
    session.execute(delete(ScoreSheet).where(ScoreSheet.event_id == event.id,
                                             ScoreSheet.judge_id.not_in(list(panel) or [0])))
    contestants = session.scalars(select(Contestant).where(Contestant.event_id == event.id)).all()
    sheets = {(s.judge_id, s.contestant_id): s for s in
              session.scalars(select(ScoreSheet).where(ScoreSheet.event_id == event.id))}
    conflicts: list[tuple[str, str]] = []
    for judge in panel.values():
        for contestant in contestants:
            sheet = sheets.get((judge.id, contestant.id))
            if sheet is None:
                sheet = ScoreSheet(event_id=event.id, judge_id=judge.id, contestant_id=contestant.id,
                                   state="not_started", mode="screen", version=0)
                session.add(sheet)
            elif sheet.state not in ("not_started", "excluded"):
                if exclusion_reason(judge, contestant):  # marked before the conflict was known
                    conflicts.append((judge.label, contestant.drawn_number or str(contestant.entry_number)))
                continue
            reason = exclusion_reason(judge, contestant)
            state = "excluded" if reason else "not_started"
            if (sheet.state, sheet.excluded_reason) != (state, reason):
                sheet.state, sheet.excluded_reason = state, reason
                sheet.version = (sheet.version or 0) + 1
    if conflicts:
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "Judge {label} has marked contestants {numbers}, who come from the judge's employer or "
                        "team: clear those marks (or return the sheets and clear them) first."),
            label=conflicts[0][0], numbers="、".join(n for label, n in conflicts if label == conflicts[0][0])))
    session.flush()


def exclusion_reason(judge: Judge, contestant: Contestant) -> str | None:
    """Why this judge may not mark this contestant, if they may not: same employer or team."""
    if judge.employer_id is not None and judge.employer_id == contestant.employer_id:
        return "employer"
    if judge.team_id is not None and judge.team_id == contestant.team_id:
        return "team"
    return None


def _has_marks_of(session: Session, event_id: int, judge_id: int) -> bool:
    """Marks saved, or rounds typed from the judge's paper sheets."""
    if session.scalar(select(ScoreMark.id).join(Contestant, Contestant.id == ScoreMark.contestant_id)
                      .where(Contestant.event_id == event_id, ScoreMark.judge_id == judge_id).limit(1)) is not None:
        return True
    return session.scalar(select(PaperEntry.id).join(ScoreSheet, ScoreSheet.id == PaperEntry.sheet_id)
                          .where(ScoreSheet.event_id == event_id, ScoreSheet.judge_id == judge_id)
                          .limit(1)) is not None


def expected_judges(session: Session, event_id: int) -> dict[int, int] | None:
    """contestant → how many judges mark them (the panel less exclusions); None without a panel."""
    if not has_panel(session, event_id):
        return None
    return dict(session.execute(select(ScoreSheet.contestant_id, func.count(ScoreSheet.id))
                                .where(ScoreSheet.event_id == event_id, ScoreSheet.state != "excluded")
                                .group_by(ScoreSheet.contestant_id)).all())


def own_judge_ids(session: Session, actor: Actor | None, competition_id: int) -> set[int]:
    """The judge records of the competition that the acting account logs in as."""
    if actor is None:
        return set()
    return set(session.scalars(select(Judge.id).where(Judge.competition_id == competition_id,
                                                      Judge.user_id == actor.user_id)))


def is_chief_of(session: Session, actor: Actor | None, event_id: int) -> bool:
    if actor is None:
        return False
    return session.scalar(select(EventJudge.id).join(Judge, Judge.id == EventJudge.judge_id)
                          .where(EventJudge.event_id == event_id, EventJudge.is_chief.is_(True),
                                 Judge.user_id == actor.user_id)) is not None


def chief_has_account(session: Session, event_id: int) -> bool:
    return session.scalar(select(EventJudge.id).join(Judge, Judge.id == EventJudge.judge_id)
                          .where(EventJudge.event_id == event_id, EventJudge.is_chief.is_(True),
                                 Judge.user_id.is_not(None))) is not None


def contestant_label(session: Session, contestant_id: int) -> str:
    contestant = session.get(Contestant, contestant_id)
    if contestant is None:
        raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This contestant no longer exists.")))
    return contestant.drawn_number or str(contestant.entry_number)


def trainee_name(session: Session, contestant_id: int) -> str:
    return session.scalar(select(Trainee.name).join(Contestant, Contestant.trainee_id == Trainee.id)
                          .where(Contestant.id == contestant_id)) or ""


def team_names(ctx: ServiceContext, competition_id: int) -> list[str]:
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        return list(session.scalars(select(Team.name).where(Team.competition_id == competition_id).order_by(Team.name)))
