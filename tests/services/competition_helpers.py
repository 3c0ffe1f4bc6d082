"""A small competition built through the services, shared by the competition tests."""
from fractions import Fraction as F

from desktop.services import competitions
from desktop.services.competition_scheme import AspectInput, set_scheme
from desktop.services.competitions import CompetitionInput, ContestantInput, EventInput
from tests.services.training_helpers import people

SCHEME = [
    AspectInput("T1", "theory", "M", F(100), F("0.5"), "理论知识", "", "笔试"),
    AspectInput("P1", "practical", "J", F(20), F("0.5"), "焊接操作", "外观", "焊缝成形"),
    AspectInput("P2", "practical", "M", F(30), F("0.5"), "焊接操作", "尺寸", "焊缝宽度"),
]


def event_with_contestants(ctx, count=5, judges=5, **event):
    competition = competitions.create_competition(ctx, CompetitionInput("2026年泉州市职工技能竞赛", 2026, "泉州市总工会"))
    event_id = competitions.create_event(ctx, competition, EventInput("焊工", "焊工", **event))
    set_scheme(ctx, event_id, SCHEME)
    persons = people(ctx, count, start=500)
    teams = ["晋江市代表队", "南安市代表队"]
    competitions.add_contestants(ctx, event_id, [ContestantInput(p, team=teams[i % 2]) for i, p in enumerate(persons)])
    judge_ids = [competitions.add_judge(ctx, competition, f"J{j + 1}", f"裁判{j + 1}") for j in range(judges)]
    return competition, event_id, judge_ids
