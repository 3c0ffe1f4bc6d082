"""The tables behind the demo data: Quanzhou's counties and industries, occupations, honours.

Plain data, no logic: `desktop.services.demo` draws from these. The county codes are the real
GB/T 2260 codes; the industries follow what the union's reports describe (shoes and garments
in 晋江 and 石狮, stone in 南安 and 惠安, tea in 安溪, ceramics in 德化, petrochemicals in 泉港).
Occupation codes follow the style of the national catalogue (国家职业分类大典); they are
plausible, not an authoritative copy of it.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass


@dataclass(frozen=True)
class CountySpec:
    name: str
    code: str
    # How a company registered there starts its name: districts use the city's name.
    company_prefix: str
    # Relative number of workers, and which industries employ them (industry -> weight).
    weight: float
    industries: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class IndustrySpec:
    name: str
    # What the company name says it does: 晋江鸿兴「鞋业」有限公司.
    name_words: tuple[str, ...]
    # The first occupation is the industry's core trade and the most frequent.
    occupations: tuple[str, ...]
    female_share: float


SHOES = "鞋服制造"
TEXTILES = "纺织服装"
MACHINERY = "机械装备"
PETROCHEMICALS = "石油化工"
TEA = "茶叶"
ELECTRONICS = "电子信息"
ECOMMERCE = "电子商务"
CERAMICS = "陶瓷"
STONE = "石材"
PLUMBING = "水暖厨卫"
HORTICULTURE = "园林花卉"
DRONES = "无人机"
ELDERLY_CARE = "养老服务"
MOTOR_SERVICE = "汽车服务"
CATERING = "餐饮"

INDUSTRIES: dict[str, IndustrySpec] = {spec.name: spec for spec in (
    IndustrySpec(SHOES, ("鞋业", "鞋服", "体育用品", "鞋材"), ("制鞋工", "缝纫工", "服装制版师", "电工"), 0.6),
    IndustrySpec(TEXTILES, ("服装", "服饰", "纺织", "织造"), ("缝纫工", "服装制版师", "互联网营销师", "电工"), 0.65),
    IndustrySpec(MACHINERY, ("机械", "机电", "智能装备", "精密机械"),
                 ("焊工", "数控车工", "钳工", "电工", "工业机器人系统操作员", "工业机器人系统运维员"), 0.15),
    IndustrySpec(PETROCHEMICALS, ("石化", "化工", "新材料"), ("化工总控工", "化学检验员", "电工", "焊工"), 0.2),
    IndustrySpec(TEA, ("茶业", "茶厂", "铁观音茶业"), ("茶叶加工工", "茶艺师", "电子商务师", "互联网营销师"), 0.5),
    IndustrySpec(ELECTRONICS, ("电子", "光电", "半导体", "微电子"),
                 ("电子设备装接工", "电工", "工业机器人系统操作员", "工业机器人系统运维员"), 0.45),
    IndustrySpec(ECOMMERCE, ("电子商务", "网络科技", "供应链管理"), ("电子商务师", "互联网营销师"), 0.55),
    IndustrySpec(CERAMICS, ("陶瓷", "瓷业", "陶瓷工艺"), ("陶瓷装饰工", "陶瓷成型施釉工", "电子商务师"), 0.45),
    IndustrySpec(STONE, ("石材", "石业", "石雕工艺"), ("石材加工工", "石雕工", "电工"), 0.15),
    IndustrySpec(PLUMBING, ("水暖", "卫浴", "厨卫科技"), ("铸造工", "数控车工", "钳工", "焊工"), 0.25),
    IndustrySpec(HORTICULTURE, ("园林", "花卉", "园艺"), ("插花花艺师", "无人机驾驶员"), 0.6),
    IndustrySpec(DRONES, ("无人机", "航空科技", "智能飞行"), ("无人机驾驶员", "电子设备装接工"), 0.2),
    IndustrySpec(ELDERLY_CARE, ("养老服务", "康养", "健康管理"), ("养老护理员", "中式烹调师"), 0.75),
    IndustrySpec(MOTOR_SERVICE, ("汽车服务", "汽车销售服务", "汽车维修"), ("汽车维修工", "电工"), 0.1),
    IndustrySpec(CATERING, ("餐饮管理", "酒店管理", "食品"), ("中式烹调师", "茶艺师"), 0.4),
)}

COUNTIES: tuple[CountySpec, ...] = (
    CountySpec("鲤城区", "350502", "泉州", 1.5,
               ((MACHINERY, 2), (SHOES, 1), (ECOMMERCE, 2), (CATERING, 1), (MOTOR_SERVICE, 1),
                (ELDERLY_CARE, 1))),
    CountySpec("丰泽区", "350503", "泉州", 1.5,
               ((ELECTRONICS, 2), (ECOMMERCE, 2), (ELDERLY_CARE, 2), (HORTICULTURE, 1), (DRONES, 1),
                (MOTOR_SERVICE, 1))),
    CountySpec("洛江区", "350504", "泉州", 1.0,
               ((MACHINERY, 2), (ELECTRONICS, 1), (HORTICULTURE, 1), (SHOES, 1))),
    CountySpec("泉港区", "350505", "泉州", 1.0, ((PETROCHEMICALS, 4), (MACHINERY, 1))),
    CountySpec("惠安县", "350521", "惠安", 2.0, ((STONE, 3), (SHOES, 2), (MACHINERY, 1))),
    CountySpec("安溪县", "350524", "安溪", 2.0, ((TEA, 4), (ELECTRONICS, 1), (ECOMMERCE, 1))),
    CountySpec("永春县", "350525", "永春", 1.0, ((TEA, 2), (SHOES, 1), (CATERING, 1))),
    CountySpec("德化县", "350526", "德化", 1.5, ((CERAMICS, 5), (ECOMMERCE, 1))),
    CountySpec("石狮市", "350581", "石狮", 3.0, ((TEXTILES, 4), (ECOMMERCE, 2), (SHOES, 1))),
    CountySpec("晋江市", "350582", "晋江", 5.0,
               ((SHOES, 5), (TEXTILES, 1), (MACHINERY, 1), (ELECTRONICS, 1), (CERAMICS, 1))),
    CountySpec("南安市", "350583", "南安", 3.0, ((STONE, 3), (PLUMBING, 3), (MACHINERY, 1))),
)

# (code, name): codes unique, as the occupations table demands.
OCCUPATIONS: tuple[tuple[str, str], ...] = (
    ("6-18-02-04", "焊工"),
    ("6-18-02-01", "铸造工"),
    ("6-18-01-01", "数控车工"),
    ("6-20-01-01", "钳工"),
    ("6-31-01-03", "电工"),
    ("6-30-99-00", "工业机器人系统操作员"),
    ("6-31-01-10", "工业机器人系统运维员"),
    ("6-05-01-01", "服装制版师"),
    ("6-05-01-03", "缝纫工"),
    ("6-05-04-01", "制鞋工"),
    ("6-02-06-01", "茶叶加工工"),
    ("4-03-02-07", "茶艺师"),
    ("6-11-01-03", "化工总控工"),
    ("6-31-03-01", "化学检验员"),
    ("6-16-03-02", "陶瓷成型施釉工"),
    ("6-16-03-04", "陶瓷装饰工"),
    ("6-16-05-01", "石材加工工"),
    ("6-09-03-04", "石雕工"),
    ("6-25-04-01", "电子设备装接工"),
    ("4-01-02-02", "电子商务师"),
    ("4-01-02-07", "互联网营销师"),
    ("4-07-13-03", "插花花艺师"),
    ("4-99-00-00", "无人机驾驶员"),
    ("4-10-01-05", "养老护理员"),
    ("4-12-01-01", "汽车维修工"),
    ("4-03-02-01", "中式烹调师"),
)

# Category and the levels each occupation's standard offers (all five when not listed).
OCCUPATION_CATEGORIES = {
    "焊工": "机械制造", "铸造工": "机械制造", "数控车工": "机械制造", "钳工": "机械制造", "电工": "机械制造",
    "工业机器人系统操作员": "智能制造", "工业机器人系统运维员": "智能制造", "服装制版师": "纺织鞋服",
    "缝纫工": "纺织鞋服", "制鞋工": "纺织鞋服", "茶叶加工工": "茶产业", "茶艺师": "茶产业",
    "化工总控工": "石油化工", "化学检验员": "石油化工", "陶瓷成型施釉工": "陶瓷", "陶瓷装饰工": "陶瓷",
    "石材加工工": "石材", "石雕工": "石材", "电子设备装接工": "电子信息", "电子商务师": "电子商务",
    "互联网营销师": "电子商务", "插花花艺师": "生活服务", "无人机驾驶员": "新职业", "养老护理员": "生活服务",
    "汽车维修工": "生活服务", "中式烹调师": "生活服务",
}
OCCUPATION_LEVELS = {
    "无人机驾驶员": [5, 4, 3], "插花花艺师": [5, 4, 3, 2], "缝纫工": [5, 4, 3], "制鞋工": [5, 4, 3],
    "陶瓷成型施釉工": [5, 4, 3, 2], "石材加工工": [5, 4, 3],
}

# (name, relative frequency among honoured workers); 巾帼建功标兵 goes to women only.
HONOURS: tuple[tuple[str, float], ...] = (
    ("技术能手", 40), ("泉州工匠", 25), ("巾帼建功标兵", 15), ("五一劳动奖章", 12), ("劳动模范", 8),
)
WOMEN_ONLY_HONOURS = frozenset({"巾帼建功标兵"})

# Characters private companies choose for their trade names (字号): 鸿兴, 盛达, 恒泰 …
TRADE_NAME_CHARACTERS = (
    "鸿", "兴", "盛", "达", "恒", "泰", "华", "源", "宏", "利", "丰", "隆", "鑫", "信", "安",
    "顺", "发", "祥", "瑞", "富", "锦", "新", "永", "嘉", "金", "光", "明", "辉", "晟", "捷",
    "德", "正", "协", "联", "亿", "豪", "凯", "峰", "浩", "晖", "舜", "创", "远", "航", "裕",
)

# Where a worker's ID card was first issued when it is not the county they work in.
OTHER_FUJIAN_REGIONS = ("350128", "350623", "350181", "350322", "350821", "350681", "350425")
# Migrant workers: the provinces Quanzhou's factories recruit from most.
MIGRANT_REGIONS = (
    "511321", "510722", "511623",  # 四川 南部县、三台县、邻水县
    "430524", "431021", "430626",  # 湖南 隆回县、桂阳县、平江县
    "360732", "360735", "362427",  # 江西 兴国县、石城县、遂川县
    "522422", "522121", "522628",  # 贵州 大方县、遵义县、锦屏县
    "411522", "341221", "532128",  # 河南 光山县、安徽 临泉县、云南 镇雄县
)

MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "166", "176", "177", "178", "180", "181", "182",
    "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199",
)

# 学历 weights for workers born before 1980 and after; older workers left school earlier.
EDUCATION_WEIGHTS_OLDER = {"初中及以下": 45, "高中": 25, "中专/技校": 18, "大专": 9, "本科": 3}
EDUCATION_WEIGHTS_YOUNGER = {
    "初中及以下": 12, "高中": 18, "中专/技校": 30, "大专": 25, "本科": 13, "硕士研究生": 1.6,
    "博士研究生": 0.2,
}

# Surnames of Minnan (闽南), by rough frequency: local workers are mostly 陈, 林, 黄 …
MINNAN_SURNAMES: OrderedDict[str, float] = OrderedDict((
    ("陈", 12.0), ("林", 9.0), ("黄", 7.0), ("王", 4.0), ("吴", 4.0), ("李", 3.5), ("张", 3.0),
    ("蔡", 3.0), ("许", 2.5), ("郑", 2.5), ("杨", 2.0), ("洪", 2.0), ("苏", 2.0), ("庄", 2.0),
    ("刘", 1.5), ("曾", 1.5), ("柯", 1.2), ("施", 1.2), ("傅", 1.0), ("潘", 1.0), ("卢", 1.0),
    ("颜", 0.8), ("粘", 0.3), ("尤", 0.5), ("戴", 0.6),
))

NOTES = (
    "工人文化宫夜校公益课学员",
    "参加本年度职工技能竞赛",
    "名师带高徒结对学徒",
    "转岗待岗职工，参加就业技能培训",
    "新就业形态劳动者",
    "学历提升计划（工会+学院+企业）在读",
    "退役军人",
    "已取得初级工证书，计划申报中级",
    "班组长，六型工匠班组成员",
    "夜班岗位，培训安排在周末",
)
MIGRANT_NOTES = (
    "外省来泉务工人员",
    "春节后工会包车返岗",
    "随迁子女在泉就读",
)
