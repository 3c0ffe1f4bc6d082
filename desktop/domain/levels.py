"""The five national skill levels (职业技能等级). Level 5 is the lowest."""
from __future__ import annotations

LEVEL_NAMES = {
    5: "五级/初级工",
    4: "四级/中级工",
    3: "三级/高级工",
    2: "二级/技师",
    1: "一级/高级技师",
}


def level_name(level: int) -> str:
    return LEVEL_NAMES[level]
