"""The lot draw (抽签): every contestant of an event gets an encrypted number (加密号), the only
name judges see, and a workstation (工位). A seed that is shown and recorded drives the draw,
so drawing again with the same seed gives the same numbers — anyone can check it."""
from __future__ import annotations

import random
import secrets
from dataclasses import dataclass

from sqlalchemy import select

from db.base import utcnow
from db.models import Contestant, ScoreSheet
from desktop.domain.errors import Conflict, ValidationFailed
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.competition_panel import sync_sheets
from desktop.services.competitions import (
    ContestantRow,
    contestant_rows,
    has_marks,
    lock_event,
    refuse_if_locked,
    refuse_if_published,
)
from desktop.services.context import ServiceContext, unit_of_work


@dataclass(frozen=True)
class Draw:
    seed: str
    rows: list[ContestantRow]  # in drawn-number order


def draw_numbers(seed: str, entry_numbers: list[int]) -> dict[int, tuple[str, str]]:
    """entry number → (encrypted number, workstation): a pure function of the seed and the
    entry list, so a draw can be reproduced anywhere."""
    rng = random.Random(f"skillbase-draw:{seed}")
    count = len(entry_numbers)
    width = max(3, len(str(count * 9)))
    codes = rng.sample(range(10 ** (width - 1), 10 ** width), count)
    stations = list(range(1, count + 1))
    rng.shuffle(stations)
    ordered = sorted(entry_numbers)
    return {entry: (f"{code:0{width}d}", f"{station:02d}") for entry, code, station in zip(ordered, codes, stations)}


def draw_lots(ctx: ServiceContext, event_id: int, seed: str | None = None) -> Draw:
    """Draw (or draw again, until the first mark) with the given seed, or a new random one."""
    seed = (seed or secrets.token_hex(4)).strip()
    if not seed or len(seed) > 64:
        raise ValidationFailed({"seed": message(QT_TRANSLATE_NOOP(
            "Messages", "The seed is 1 to 64 characters, e.g. 20261122."))})
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        event = lock_event(session, event_id)
        refuse_if_published(event)
        refuse_if_locked(event)
        if event.drawn_at is not None and session.scalar(select(ScoreSheet.id).where(
                ScoreSheet.event_id == event_id, ScoreSheet.mode == "paper").limit(1)) is not None:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "Paper sheets carry the drawn numbers: switch the paper judges back to screen before "
                            "drawing again.")))
        if has_marks(session, event_id):
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "Marks are entered already: the lots can no longer be drawn again.")))
        contestants = session.scalars(select(Contestant).where(Contestant.event_id == event_id)).all()
        if not contestants:
            raise Conflict(message(QT_TRANSLATE_NOOP("Messages", "Enter the contestants before the draw.")))
        drawn = draw_numbers(seed, [c.entry_number for c in contestants])
        for contestant in contestants:
            contestant.drawn_number, contestant.workstation = drawn[contestant.entry_number]
        event.draw_seed, event.drawn_at, event.status = seed, utcnow(), "drawn"
        sync_sheets(session, event)  # the contestants are final now: every judge's sheets
        audit.record(session, ctx.actor, "draw", "competition_event", event.id, event.name, None,
                     {"seed": seed, "contestants": len(contestants)})
        session.flush()
        rows = sorted(contestant_rows(session, event_id), key=lambda r: r.drawn_number or "")
        return Draw(seed, rows)
