"""An event set up for judging at the venue, built through the services: judge accounts on its
panel (J1 the chief judge), the lots drawn, shared by the venue tests."""
from dataclasses import dataclass

from desktop.services import competition_draw, competitions
from desktop.services.competition_panel import JudgeInput, save_judge, set_panel
from desktop.services.context import ServiceContext
from tests.conftest import make_user
from tests.services.competition_helpers import event_with_contestants


@dataclass
class Venue:
    competition_id: int
    event_id: int
    judge_ids: list[int]  # J1 (chief) … Jn
    judges: list[ServiceContext]  # each judge's own logged-in context, same order


def venue(staff: ServiceContext, count: int = 4, panel: int = 3, draw: bool = True, **judge_details) -> Venue:
    """`judge_details`: label → dict(employer=…, team=…) for judges with a conflict of interest."""
    competition, event_id, _ = event_with_contestants(staff, count=count, judges=0)
    ids, contexts = [], []
    for j in range(panel):
        label = f"J{j + 1}"
        judge_ctx = make_user(staff, f"judge{j + 1}", {"judge"})
        ids.append(save_judge(staff, competition, JudgeInput(label, f"裁判{j + 1}", judge_ctx.actor.user_id,
                                                             chief=j == 0, **judge_details.get(label, {}))))
        contexts.append(judge_ctx)
    set_panel(staff, event_id, ids, ids[0])
    if draw:
        competition_draw.draw_lots(staff, event_id, "20261122")
    return Venue(competition, event_id, ids, contexts)


def contestant_ids(staff: ServiceContext, event_id: int) -> list[int]:
    """Present contestants in drawn-number order."""
    return [c.id for c in sorted(competitions.list_contestants(staff, event_id), key=lambda c: c.drawn_number or "")]
