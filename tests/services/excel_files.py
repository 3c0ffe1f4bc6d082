"""Build roster workbooks for tests, in the template's layout."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from desktop.services.trainee_excel import COLUMNS

HEADER = [c.header for c in COLUMNS]


def roster(path: Path, rows: list[dict], header: list[str] | None = None) -> Path:
    """Rows as {header: value}; missing cells stay empty."""
    workbook = Workbook()
    sheet = workbook.active
    header = header or HEADER
    sheet.append(header)
    for row in rows:
        sheet.append([row.get(name) for name in header])
    workbook.save(path)
    return path


ZHANG = {"姓名": "张三", "性别": "男", "身份证号码": "350582197501011239", "出生日期": "1975-01-01",
         "手机号码": "13912345678", "单位": "晋江恒安鞋业有限公司", "县（市、区）": "晋江市",
         "学历": "高中", "工种": "制鞋工、焊工", "荣誉": "劳动模范", "备注": "班组长"}
LI = {"姓名": "李梅", "身份证号码": "11010519491231002X", "单位": "泉州机械厂", "县（市、区）": "鲤城区"}
WANG = {"姓名": "王芳", "身份证号码": "350521199002030028", "单位": "泉州机械厂"}
