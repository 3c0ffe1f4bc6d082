"""A demo city final (市级决赛) made through the same services the organisers use: teams from the
districts with their leaders, five judges, four events with realistic marking schemes, the lot
draw, marks from a per-contestant skill level with judge noise, published results with award
certificates (获奖证书) — and one event still being marked at the venue (demo_venue.py).

Marks are planned from `random.Random(seed + 3)` only, so the same seed on the same trainees
gives the same competition. Certificates are dated today, like the demo classes."""
from __future__ import annotations

import datetime as dt
import io
import random
from collections import defaultdict
from dataclasses import dataclass
from fractions import Fraction as F

from sqlalchemy import select

from db.models import Competition, County, Occupation, Trainee, trainee_occupations
from desktop.domain.competition_scoring import WORLDSKILLS_MARK_MAX
from desktop.domain.roles import Permission
from desktop.services import audit, competitions
from desktop.services.competition_draw import draw_lots
from desktop.services.competition_marks import MarkInput, save_marks
from desktop.services.competition_appeals import lodge_appeal
from desktop.services.competition_results import event_results, issue_awards, publish
from desktop.services.competition_scheme import AspectInput, list_scheme, set_scheme
from desktop.services.competitions import CompetitionInput, ContestantInput, EventInput
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.demo_venue import stage_venue

COMPETITION = "2026年泉州市职工职业技能竞赛"
YEAR = 2026
ORGANISER = "泉州市总工会"
MIN_TRAINEES = 120  # active trainees needed: about 90 contestants, none in two events
POOL = 1000  # contestants are drawn from the first POOL active trainees
TEAM_LIMIT = 4  # contestants per district team and event (每队每赛项限报4人)
ADVANCE_TOP = 3  # the top three of each event go on to the provincial competition (recommended)

# (label, name, chief): the same panel judges every event of the final.
JUDGES = (("J1", "王建国", True), ("J2", "林秀英", False), ("J3", "陈志强", False),
          ("J4", "黄丽华", False), ("J5", "郑国栋", False))
# A team per district, under its trade union's leader (领队).
TEAM_LEADERS = {
    "鲤城区": "吴志远", "丰泽区": "蔡丽芳", "洛江区": "刘建华", "泉港区": "庄明辉", "惠安县": "张惠玲",
    "安溪县": "苏文忠", "永春县": "李永福", "德化县": "颜瓷生", "石狮市": "洪振宇", "晋江市": "施建国",
    "南安市": "傅伟民",
}

APPEAL_REASON = "理论试卷第三大题评分有误，申请复核理论成绩。"
WORLDSKILLS_LEVELS = ["0分：低于行业标准", "1分：达到行业标准", "2分：达到并在某些方面超过行业标准",
                      "3分：卓越，行业内的杰出水平"]


def _m(code, section, maximum, step, criterion, sub, aspect) -> AspectInput:
    return AspectInput(code, section, "M", F(maximum), F(step), criterion, sub, aspect)


def _j(code, section, maximum, step, criterion, sub, aspect, levels=()) -> AspectInput:
    return AspectInput(code, section, "J", F(maximum), F(step), criterion, sub, aspect, list(levels))


_WRITTEN = "理论知识考试"
WELDING = [
    _m("T1", "theory", 60, 1, _WRITTEN, "单项选择题", "60题，每题1分"),
    _m("T2", "theory", 20, "0.5", _WRITTEN, "判断题", "40题，每题0.5分"),
    _m("T3", "theory", 20, 1, _WRITTEN, "多项选择题", "10题，每题2分，少选得1分"),
    _j("P1", "practical", 15, "0.5", "板对接仰焊（V形坡口）", "焊缝外观", "焊缝成形、咬边、焊瘤与表面气孔",
       ("差：成形粗糙，咬边明显", "中：成形一般，局部缺陷", "良：成形均匀，偶有小缺陷", "优：成形美观，无缺陷")),
    _m("P2", "practical", 10, "0.5", "板对接仰焊（V形坡口）", "焊缝尺寸", "余高、余高差与焊缝宽度（焊缝检验尺）"),
    _m("P3", "practical", 25, 1, "板对接仰焊（V形坡口）", "内部质量", "射线探伤（NB/T 47013 Ⅰ级25分、Ⅱ级15分）"),
    _j("P4", "practical", 15, "0.5", "管对接水平固定焊", "焊缝外观", "焊缝成形与接头质量"),
    _m("P5", "practical", 20, 1, "管对接水平固定焊", "内部质量", "通球试验与弯曲试验"),
    _j("P6", "practical", 10, "0.5", "焊接工艺", "操作规范", "焊接参数选择与操作过程"),
    _j("P7", "practical", 5, "0.5", "安全文明生产", "", "劳动保护、设备使用与场地清理"),
]
ELECTRICAL = [
    _m("T1", "theory", 50, 1, _WRITTEN, "单项选择题", "50题，每题1分"),
    _m("T2", "theory", 20, 1, _WRITTEN, "判断题", "20题，每题1分"),
    _m("T3", "theory", 30, 1, _WRITTEN, "多项选择题", "15题，每题2分"),
    _j("P1", "practical", 10, "0.5", "电气控制线路安装", "元件布置", "元件选择、布置与固定"),
    _j("P2", "practical", 15, "0.5", "电气控制线路安装", "布线工艺", "横平竖直、走线槽、线号与压接"),
    _m("P3", "practical", 20, 1, "电气控制线路安装", "通电试运行", "一次通电成功20分，二次12分，三次5分"),
    _m("P4", "practical", 25, 1, "PLC编程与调试", "程序功能", "按任务书逐项测试功能点"),
    _j("P5", "practical", 10, "0.5", "PLC编程与调试", "程序结构", "程序结构、注释与I/O分配"),
    _m("P6", "practical", 15, 1, "故障排除", "", "3处故障，每处5分"),
    _j("P7", "practical", 5, "0.5", "安全文明生产", "", "绝缘工具、验电与规范操作"),
]
CNC_TURNING = [  # the worldskills preset: judgement marks 0–3
    _m("T1", "theory", 100, 1, _WRITTEN, "机考", "数控车工（三级）理论知识，100题"),
    _m("A1", "practical", 20, "0.5", "尺寸精度", "外圆", "Φ48、Φ36、Φ30外圆公差（三坐标测量）"),
    _m("A2", "practical", 15, "0.5", "尺寸精度", "内孔", "Φ24内孔与长度公差"),
    _m("A3", "practical", 10, "0.5", "尺寸精度", "螺纹", "M30×1.5螺纹（环规检验）"),
    _j("B1", "practical", 10, "0.5", "表面质量", "", "表面粗糙度与加工纹理", WORLDSKILLS_LEVELS),
    _j("B2", "practical", 10, "0.5", "表面质量", "", "倒角、去毛刺与零件外观", WORLDSKILLS_LEVELS),
    _j("C1", "practical", 15, "0.5", "工艺与编程", "", "加工工艺路线与刀具选用", WORLDSKILLS_LEVELS),
    _j("C2", "practical", 10, "0.5", "工艺与编程", "", "数控程序的结构与效率", WORLDSKILLS_LEVELS),
    _j("D1", "practical", 10, "0.5", "职业素养", "", "安全文明生产、工量具摆放与设备保养", WORLDSKILLS_LEVELS),
]
TEA_ART = [  # one practical section only (weight 1)
    _j("P1", "practical", 5, "0.5", "礼仪仪表", "", "仪容仪表、发型与服饰"),
    _j("P2", "practical", 5, "0.5", "礼仪仪表", "", "行礼、奉茶与礼貌用语"),
    _j("P3", "practical", 10, "0.5", "茶席设计", "", "主题立意与创意"),
    _j("P4", "practical", 10, "0.5", "茶席设计", "", "茶器具配置与色彩搭配"),
    _j("P5", "practical", 20, 1, "茶艺演示", "冲泡程序", "铁观音冲泡程序契合茶理"),
    _j("P6", "practical", 15, "0.5", "茶艺演示", "动作与神韵", "动作自然、手法连贯、神韵"),
    _j("P7", "practical", 25, 1, "茶汤质量", "", "茶汤色、香、味与汤量"),
    _m("P8", "practical", 10, 1, "时间控制", "", "12分钟内完成得满分，每超1分钟扣2分"),
]


@dataclass(frozen=True)
class EventPlan:
    data: EventInput
    scheme: list[AspectInput]
    size: tuple[int, int]  # contestants, at least and at most
    absent: int
    publish: bool


PLANS = (
    EventPlan(EventInput("焊工", "焊工", min_total=F(60), max_per_team=TEAM_LIMIT), WELDING, (20, 26), 2, True),
    EventPlan(EventInput("电工", "电工", weight_theory=F("0.2"), weight_practical=F("0.8"),
                         max_per_team=TEAM_LIMIT), ELECTRICAL, (22, 28), 1, True),
    EventPlan(EventInput("数控车工", "数控车工", preset="worldskills", weight_theory=F("0.2"),
                         weight_practical=F("0.8"), max_per_team=TEAM_LIMIT), CNC_TURNING, (16, 20), 1, True),
    EventPlan(EventInput("茶艺师", "茶艺师", weight_theory=F(0), weight_practical=F(1),
                         max_per_team=TEAM_LIMIT), TEA_ART, (18, 24), 2, False),  # still being marked
)


def fill_demo_competitions(ctx: ServiceContext, seed: int) -> int:
    """The city final with its events; returns how many events were made (0 when there are
    fewer than MIN_TRAINEES active trainees, or the final exists already)."""
    rng = random.Random(seed + 3)
    with unit_of_work(ctx) as session:
        if session.scalar(select(Competition.id).where(Competition.name == COMPETITION,
                                                       Competition.year == YEAR)) is not None:
            return 0
        # The first POOL active trainees: a 200,000-trainee fill reads no more than a small one.
        pool = (select(Trainee.id).where(Trainee.archived_at.is_(None)).order_by(Trainee.id).limit(POOL)
                .scalar_subquery())
        people = session.execute(select(Trainee.id, County.name).outerjoin(County, County.id == Trainee.county_id)
                                 .where(Trainee.id.in_(pool)).order_by(Trainee.id)).all()
        trades: dict[str, list[int]] = defaultdict(list)
        for trainee, occupation in session.execute(
                select(trainee_occupations.c.trainee_id, Occupation.name)
                .join(Occupation, Occupation.id == trainee_occupations.c.occupation_id)
                .where(trainee_occupations.c.trainee_id.in_(pool))
                .order_by(trainee_occupations.c.trainee_id, Occupation.name)):
            trades[occupation].append(trainee)
    if len(people) < MIN_TRAINEES:
        return 0
    county_of = dict(people)
    competition_id = competitions.create_competition(ctx, CompetitionInput(COMPETITION, YEAR, ORGANISER, "city"))
    competitions.set_advancement(ctx, competition_id, "final", ADVANCE_TOP, None)
    judges = [competitions.add_judge(ctx, competition_id, label, name, chief) for label, name, chief in JUDGES]
    _add_teams(ctx, competition_id, sorted({c for c in county_of.values() if c}))
    taken: set[int] = set()
    today = dt.date.today()
    for plan in PLANS:
        chosen = _choose(rng, plan, trades.get(plan.data.occupation, []), county_of, taken)
        event_id = competitions.create_event(ctx, competition_id, plan.data)
        set_scheme(ctx, event_id, plan.scheme)
        ids = competitions.add_contestants(ctx, event_id, [
            ContestantInput(t, team=f"{county_of[t]}代表队") for t in chosen])
        absent = set(rng.sample(ids, plan.absent))
        for contestant_id in sorted(absent):
            competitions.set_contestant_status(ctx, contestant_id, "absent")
        draw = draw_lots(ctx, event_id, str(rng.randrange(10 ** 7, 10 ** 8)))
        present = [row.id for row in draw.rows if row.id not in absent]  # in drawn-number order
        sheets = _mark(ctx, rng, event_id, plan, present, judges)
        if not plan.publish:
            stage_venue(ctx, rng, competition_id, event_id, judges, present, sheets)
        if plan.publish:
            publish(ctx, event_id)
            issue_awards(ctx, event_id, today, io.BytesIO())
            if plan is PLANS[0]:  # the fourth placed asks for the written test to be recounted
                fourth = event_results(ctx, event_id).rows[3].contestant
                lodge_appeal(ctx, event_id, fourth.id, APPEAL_REASON, f"{fourth.name}（{fourth.team}领队代交）")
    return len(PLANS)


def _add_teams(ctx: ServiceContext, competition_id: int, counties: list[str]) -> None:
    """A team per district with its leader. The services make a team on a contestant's first
    entry, without a leader: set it here beforehand."""
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        for county in counties:
            team = competitions.team_of(session, competition_id, f"{county}代表队", TEAM_LEADERS.get(county, ""))
            audit.record(session, ctx.actor, "create", "team", team.id, team.name, None, {"leader": team.leader})


def _choose(rng: random.Random, plan: EventPlan, trade: list[int], county_of: dict[int, str | None],
            taken: set[int]) -> list[int]:
    """Workers of the event's trade first, then others (a small demo has few 茶艺师), at most
    the event's limit per district team; nobody enters two events."""
    size = rng.randint(*plan.size)
    skilled = [t for t in trade if t not in taken and county_of.get(t)]
    rng.shuffle(skilled)
    known = set(skilled)
    others = [t for t, county in county_of.items() if county and t not in taken and t not in known]
    rng.shuffle(others)
    chosen: list[int] = []
    per_team: dict[str, int] = defaultdict(int)
    for trainee in skilled + others:
        county = county_of[trainee]
        if per_team[county] < (plan.data.max_per_team or size):
            chosen.append(trainee)
            per_team[county] += 1
            if len(chosen) == size:
                break
    taken.update(chosen)
    return sorted(chosen)


# -- marks ----------------------------------------------------------------------------------------

def _clamp(value: float, low: float = 0.0, high: float = 1.0) -> float:
    return max(low, min(high, value))


def _on_step(share: float, aspect: AspectInput) -> F:
    """`share` of the aspect's maximum, on its step."""
    steps = int(aspect.maximum / aspect.step)
    return aspect.step * round(_clamp(share) * steps)


def _mark(ctx: ServiceContext, rng: random.Random, event_id: int, plan: EventPlan, present: list[int],
          judges: list[int]) -> list[list[MarkInput]]:
    """Marks from each contestant's skill (theory knowledge follows it loosely), each aspect's
    difficulty and each judge's leniency and noise; saved in batches as they come in: the
    agreed measurements, then each judge's sheet. An event still being marked gets its
    measurements here and its judges' marks (returned, one list per judge) at the venue."""
    aspect_ids = {a.code: a.id for a in list_scheme(ctx, event_id)}
    skill = {c: _clamp(rng.gauss(0.74, 0.09), 0.4, 0.97) for c in present}
    knowledge = {c: _clamp(0.6 * skill[c] + 0.4 * rng.gauss(0.78, 0.1), 0.35, 0.99) for c in present}
    difficulty = {a.code: rng.gauss(0, 0.05) for a in plan.scheme}
    leniency = [rng.gauss(0, 0.025) for _ in judges]
    worldskills = plan.data.preset == "worldskills"

    def level(contestant: int, aspect: AspectInput) -> float:
        base = knowledge[contestant] if aspect.section == "theory" else skill[contestant]
        return base - difficulty[aspect.code] + rng.gauss(0, 0.06)

    for section in ("theory", "practical"):  # the written test's scores, then the measurements
        batch = [MarkInput(c, aspect_ids[a.code], None, _on_step(level(c, a), a))
                 for a in plan.scheme if a.kind == "M" and a.section == section for c in present]
        if batch:
            save_marks(ctx, event_id, batch)
    judged = [a for a in plan.scheme if a.kind == "J"]
    sheets: list[list[MarkInput]] = [[] for _ in judges]
    for c in present:
        for a in judged:
            quality = level(c, a)
            if worldskills:  # every judge gives the level below or above: never more than 1 apart
                scaled = _clamp(quality) * WORLDSKILLS_MARK_MAX
                low = min(int(scaled), WORLDSKILLS_MARK_MAX - 1)
                for j, judge in enumerate(judges):
                    up = rng.random() < scaled - low + leniency[j]
                    sheets[j].append(MarkInput(c, aspect_ids[a.code], judge, F(low + up)))
            else:
                for j, judge in enumerate(judges):
                    value = _on_step(quality + leniency[j] + rng.gauss(0, 0.04), a)
                    sheets[j].append(MarkInput(c, aspect_ids[a.code], judge, value))
    if plan.publish:
        for sheet in sheets:
            save_marks(ctx, event_id, sheet)
    return sheets

