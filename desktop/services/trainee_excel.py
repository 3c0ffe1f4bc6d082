"""Trainee rosters in Excel: the blank template, all-or-nothing import, and export.

The template is the first sheet, Chinese column names in row 1, one trainee per row from
row 2. Row numbers in reports are the sheet's own (header = row 1), so staff can find them.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from desktop.domain.errors import UserError, ValidationFailed
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from desktop.domain.people import GENDER_BY_LABEL, GENDER_LABELS
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.catalogue import NameResolver
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.workbooks import read_first_sheet, save_workbook
from desktop.services.trainees import (
    Status,
    TraineeInput,
    TraineeQuery,
    add_trainee,
    check_input,
    duplicate_message,
    export_rows,
    registered_numbers,
)

SHEET_TITLE = "学员名册"


@dataclass(frozen=True)
class Column:
    header: str
    field: str
    width: int
    required: bool = False
    aliases: tuple[str, ...] = ()
    note: str = ""


COLUMNS = (
    Column("姓名", "name", 10, True, ("学员姓名", "职工姓名"), "必填"),
    Column("性别", "gender", 6, False, (), "男 / 女；可空，由身份证号码推出"),
    Column("身份证号码", "id_number", 22, True, ("身份证号", "公民身份号码", "身份证"),
           "必填，18位，请将此列设为文本格式"),
    Column("出生日期", "birth_date", 12, False, ("出生年月日",), "可空；填写时须与身份证号码一致"),
    Column("手机号码", "phone", 14, False, ("手机", "联系电话", "电话"), "11位手机号或带区号的固定电话"),
    Column("单位", "employer", 30, False, ("工作单位", "所在单位", "单位名称"), "不存在的单位将自动新建"),
    Column("县（市、区）", "county", 12, False, ("县(市、区)", "县市区", "所属县区", "县区"), "如：晋江市"),
    Column("学历", "education", 12, False, ("文化程度",), "初中及以下、高中、中专/技校、大专、本科、硕士研究生、博士研究生"),
    Column("工种", "occupations", 20, False, ("职业工种",), "多个用顿号“、”分隔"),
    Column("荣誉", "honours", 20, False, ("荣誉称号",), "多个用顿号“、”分隔，如：劳动模范、泉州工匠"),
    Column("工会会员", "union_member", 10, False, ("是否工会会员", "会员"), "是 / 否；可空（否）"),
    Column("备注", "notes", 30, False, (), ""),
)
_YES_NO = {"": False, "是": True, "否": False, "Y": True, "N": False, "y": True, "n": False}
_LIST_SEPARATORS = re.compile(r"[、,，;；/]+")


@dataclass(frozen=True)
class RowError:
    row: int
    message: Message

    def __str__(self) -> str:
        return f"row {self.row}: {self.message}"


@dataclass
class ImportReport:
    rows: int = 0
    imported: int = 0
    dry_run: bool = False
    errors: list[RowError] = field(default_factory=list)
    created: dict[str, list[str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


class ImportCancelled(UserError):
    pass


Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


def write_blank_template(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    _write_header(sheet)
    notes = workbook.create_sheet("填写说明")
    notes.append(["列名", "说明"])
    for column in COLUMNS:
        notes.append([column.header, column.note])
    notes.column_dimensions["A"].width = 16
    notes.column_dimensions["B"].width = 70
    save_workbook(workbook, path)
    return path


def _write_header(sheet) -> None:
    sheet.title = SHEET_TITLE
    sheet.append([c.header for c in COLUMNS])
    for index, column in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        letter = cell.column_letter
        sheet.column_dimensions[letter].width = column.width
    sheet.freeze_panes = "A2"


def export_trainees(ctx: ServiceContext, path: Path, query: TraineeQuery | None = None) -> int:
    """Write the trainees (active ones unless the query says otherwise) in the import template."""
    query = query or TraineeQuery(status=Status.ACTIVE)
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        records = export_rows(session, query)
        audit.record(session, ctx.actor, "export", "trainee", None, path.name, None, {"trainees": len(records)})
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET_TITLE)
    sheet.append([c.header for c in COLUMNS])
    for record in records:
        sheet.append([
            record.name, GENDER_LABELS[record.gender], record.id_number, record.birth_date.isoformat(),
            record.phone, record.employer, record.county, record.education,
            "、".join(record.occupations), "、".join(record.honours), "是" if record.union_member else "否",
            record.notes,
        ])
    save_workbook(workbook, path)
    return len(records)


def import_trainees(ctx: ServiceContext, path: Path, dry_run: bool = False,
                    progress: Progress | None = None) -> ImportReport:
    """Validate every row; import all of them in one transaction only if none is bad."""
    rows = read_rows(path)
    report = ImportReport(rows=len(rows), dry_run=dry_run)
    total = len(rows) * 2
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        seen: dict[str, int] = {}
        checked: list[tuple[int, TraineeInput]] = []
        for done, (row_number, data) in enumerate(rows, start=1):
            if isinstance(data, Message):
                report.errors.append(RowError(row_number, data))
                continue
            cleaned, errors = check_input(data)
            if "id_number" not in errors and cleaned.id_number in seen:
                errors["id_number"] = message(QT_TRANSLATE_NOOP(
                    "Messages", "The ID card number {number} is also in row {row} of this file."),
                    number=cleaned.id_number, row=seen[cleaned.id_number])
            seen.setdefault(cleaned.id_number, row_number)
            report.errors += [RowError(row_number, m) for m in _ordered(errors)]
            checked.append((row_number, cleaned))
            _tick(progress, done, total)
        _refuse_registered(session, checked, report)
        if report.errors:
            report.errors.sort(key=lambda e: e.row)
            return report
        names = NameResolver(session, ctx.actor)
        for done, (row_number, data) in enumerate(checked, start=len(rows) + 1):
            try:
                add_trainee(session, ctx, data, names)
            except ValidationFailed as error:  # e.g. registered meanwhile at another desk
                report.errors += [RowError(row_number, m) for m in _ordered(error.field_errors)]
            _tick(progress, done, total)
        if report.errors:
            session.rollback()
            return report
        report.imported = len(checked)
        report.created = {k: v for k, v in names.created.items() if v}
        audit.record(session, ctx.actor, "import", "trainee", None, path.name, None,
                     {"trainees": report.imported, "dry_run": dry_run})
        if dry_run:
            session.rollback()
    return report


def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and (done % 50 == 0 or done == total) and not progress(done, total):
        raise ImportCancelled(message(QT_TRANSLATE_NOOP(
            "Messages", "The import was cancelled; nothing was imported.")))


def _refuse_registered(session, checked: list[tuple[int, TraineeInput]], report: ImportReport) -> None:
    numbers = [data.id_number for _, data in checked]
    registered = registered_numbers(session, numbers)
    for row_number, data in checked:
        if data.id_number in registered:
            name, archived = registered[data.id_number]
            report.errors.append(RowError(row_number, duplicate_message(name, archived)))


_FIELD_ORDER = [c.field for c in COLUMNS] + ["photo"]


def _ordered(errors: dict[str, Message]) -> list[Message]:
    return [errors[f] for f in sorted(errors, key=_FIELD_ORDER.index)]


def read_rows(path: Path) -> list[tuple[int, TraineeInput | Message]]:
    """Each data row as (sheet row number, input) or (row number, why it cannot be read)."""
    header, rows = read_first_sheet(path)
    positions = _header_positions(header)
    return [(number, _row_input(values, positions)) for number, values in rows]


def _header_positions(header: tuple) -> dict[str, int]:
    names = [str(h).strip() if h is not None else "" for h in header]
    positions: dict[str, int] = {}
    for column in COLUMNS:
        for candidate in (column.header, *column.aliases):
            if candidate in names:
                positions[column.field] = names.index(candidate)
                break
    missing = [c.header for c in COLUMNS if c.required and c.field not in positions]
    if missing:
        raise UserError(message(QT_TRANSLATE_NOOP(
            "Messages", "Row 1 of the first sheet must hold the column names; missing: {columns}. "
            "Save the blank template to see the expected layout."), columns="、".join(missing)))
    return positions


def _row_input(values: tuple, positions: dict[str, int]) -> TraineeInput | Message:
    def cell(name: str):
        index = positions.get(name)
        return values[index] if index is not None and index < len(values) else None

    def text(name: str) -> str:
        value = cell(name)
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return str(value).strip()

    raw_id = cell("id_number")
    # Excel keeps 15 significant digits: a number typed into a number cell has lost the rest.
    if isinstance(raw_id, float) or (isinstance(raw_id, int) and len(str(raw_id)) != 18):
        return message(QT_TRANSLATE_NOOP(
            "Messages", "The ID card number was stored as a number and lost digits: "
            "format the column as text and type it again."))
    gender_text = text("gender")
    gender = GENDER_BY_LABEL.get(gender_text) if gender_text else None
    if gender_text and gender is None:
        return message(QT_TRANSLATE_NOOP("Messages", "The gender is 男 or 女."))
    birth = _date(cell("birth_date"))
    if isinstance(birth, Message):
        return birth
    union_text = text("union_member")
    if union_text not in _YES_NO:
        return message(QT_TRANSLATE_NOOP("Messages", "The union member column says 是 or 否."))
    union_member = _YES_NO[union_text]
    return TraineeInput(
        name=text("name"), id_number=text("id_number"), gender=gender, birth_date=birth,
        phone=text("phone"), employer=text("employer"), county=text("county"),
        education=text("education"), occupations=_split(text("occupations")),
        honours=_split(text("honours")), notes=text("notes"), union_member=union_member)


def _split(value: str) -> list[str]:
    return [part.strip() for part in _LIST_SEPARATORS.split(value) if part.strip()]


def _date(value) -> dt.date | None | Message:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for pattern in ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%Y年%m月%d日"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return message(QT_TRANSLATE_NOOP(
        "Messages", "The birth date {value} is not a date like 1985-07-21."), value=text)
