"""Levels people already hold, imported from Excel (all or nothing, row-numbered messages,
like the trainee import), and every appraisal batch's candidates exported to Excel."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy import select

from db.models import AppraisalBatch, Occupation, SkillLevel, Trainee
from desktop.domain.appraisal import certificate_number_problem, parts_of, score_text
from desktop.domain.errors import UserError
from desktop.domain.levels import LEVEL_NAMES
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.appraisal_batches import candidate_rows
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.trainee_excel import ImportReport, Progress, RowError, _tick
from desktop.services.workbooks import check_writable, read_first_sheet, save_workbook

# field -> accepted headers (Chinese first, then the English names)
LEVEL_COLUMNS = {
    "id_number": ("身份证号码", "身份证号", "id_number"),
    "occupation": ("工种", "职业工种", "occupation"),
    "level": ("等级", "技能等级", "level"),
    "obtained_on": ("取得日期", "发证日期", "obtained_on"),
    "certificate_number": ("证书编号", "certificate_number"),
    "issuing_body": ("发证机构", "评价机构", "issuing_body"),
}
REQUIRED = ("id_number", "occupation", "level", "obtained_on", "certificate_number")
EXPORT_HEADER = ("batch", "occupation", "level", "id_number", "name", "theory", "practical", "review", "result",
                 "certificate_number", "exam_on", "batch_status", "route", "override_reason", "employer")


@dataclass(frozen=True)
class LevelInput:
    trainee_id: int
    name: str
    occupation_id: int
    occupation: str
    level: int
    obtained_on: dt.date
    certificate_number: str
    issuing_body: str


def _level(value) -> int | None:
    text = str(value or "").strip()
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    if text.isdigit() and int(text) in LEVEL_NAMES:
        return int(text)
    for level, name in LEVEL_NAMES.items():
        if text and (text == name or text in name.split("/")):
            return level
    return None


def _date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value or "").strip()
    for pattern in ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%Y年%m月%d日"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def import_levels(ctx: ServiceContext, path: Path, dry_run: bool = False,
                  progress: Progress | None = None) -> ImportReport:
    """Validate every row; record all the levels in one transaction only if none is bad."""
    header, rows = read_first_sheet(path)
    names = [str(h).strip() if h is not None else "" for h in header]
    positions = {field: next((names.index(h) for h in accepted if h in names), None)
                 for field, accepted in LEVEL_COLUMNS.items()}
    missing = [LEVEL_COLUMNS[f][0] for f in REQUIRED if positions[f] is None]
    if missing:
        raise UserError(message(QT_TRANSLATE_NOOP(
            "Messages", "Row 1 of the first sheet must hold the column names; missing: {columns}."),
            columns="、".join(missing)))
    report = ImportReport(rows=len(rows), dry_run=dry_run)
    with unit_of_work(ctx, Permission.EDIT_REGISTRY) as session:
        people = {}
        occupations = {o.code: o for o in session.scalars(select(Occupation))} | \
            {o.name: o for o in session.scalars(select(Occupation))}
        held_numbers = set(session.scalars(select(SkillLevel.certificate_number).where(SkillLevel.certificate_number != "")))
        seen: dict[str, int] = {}
        checked: list[LevelInput] = []
        for done, (row_number, values) in enumerate(rows, start=1):
            def cell(field: str):
                index = positions[field]
                return values[index] if index is not None and index < len(values) else None
            problems: list[Message] = []
            id_number = str(cell("id_number") or "").strip().upper()
            if id_number not in people:
                people[id_number] = session.scalars(select(Trainee).where(Trainee.id_number == id_number)).one_or_none()
            trainee = people[id_number]
            if trainee is None:
                problems.append(message(QT_TRANSLATE_NOOP(
                    "Messages", "No trainee has the ID card number {number}: import or register them first."),
                    number=id_number or "—"))
            occupation = occupations.get(str(cell("occupation") or "").strip())
            if occupation is None:
                problems.append(message(QT_TRANSLATE_NOOP(
                    "Messages", "The occupation {name} is not in the catalogue (give its name or code)."),
                    name=str(cell("occupation") or "—")))
            level = _level(cell("level"))
            if level is None:
                problems.append(message(QT_TRANSLATE_NOOP(
                    "Messages", "The level {value} is not 1 to 5 or a level name like 四级/中级工."),
                    value=str(cell("level") or "—")))
            obtained = _date(cell("obtained_on"))
            if obtained is None or obtained > dt.date.today():
                problems.append(message(QT_TRANSLATE_NOOP(
                    "Messages", "The date obtained {value} is not a past date like 2019-07-01."),
                    value=str(cell("obtained_on") or "—")))
            number = str(cell("certificate_number") or "").strip().upper()
            problem = certificate_number_problem(number, level)
            if problem is not None:
                problems.append(problem)
            elif number in held_numbers:
                problems.append(message(QT_TRANSLATE_NOOP(
                    "Messages", "The certificate {number} is already in the level history."), number=number))
            elif number in seen:
                problems.append(message(QT_TRANSLATE_NOOP(
                    "Messages", "The certificate {number} is also in row {row} of this file."),
                    number=number, row=seen[number]))
            seen.setdefault(number, row_number)
            report.errors += [RowError(row_number, p) for p in problems]
            if not problems:
                checked.append(LevelInput(trainee.id, trainee.name, occupation.id, occupation.name, level, obtained,
                                          number, str(cell("issuing_body") or "").strip()[:200]))
            _tick(progress, done, len(rows))
        if report.errors:
            return report
        for data in checked:
            session.add(SkillLevel(trainee_id=data.trainee_id, occupation_id=data.occupation_id, level=data.level,
                                   obtained_on=data.obtained_on, certificate_number=data.certificate_number,
                                   issuing_body=data.issuing_body, route="import"))
        report.imported = len(checked)
        audit.record(session, ctx.actor, "import", "skill_level", None, path.name, None,
                     {"levels": report.imported, "dry_run": dry_run})
        if dry_run:
            session.rollback()
    return report


def write_levels_template(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "技能等级"
    sheet.append([columns[0] for columns in LEVEL_COLUMNS.values()])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    save_workbook(workbook, path)
    return path


def export_appraisals(ctx: ServiceContext, path: Path) -> int:
    """Every batch's candidates: the columns of EXPORT_HEADER, one row per candidate."""
    check_writable(path)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "appraisals"
    sheet.append(list(EXPORT_HEADER))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    count = 0
    with unit_of_work(ctx, Permission.READ_REGISTRY) as session:
        for batch in session.scalars(select(AppraisalBatch).order_by(AppraisalBatch.exam_on, AppraisalBatch.id)):
            for row in candidate_rows(session, batch):
                trainee = session.get(Trainee, row.trainee_id)
                scores = [_score(row.scores.get(part)) if part in parts_of(batch.level) else None
                          for part in ("theory", "practical", "review")]
                sheet.append([batch.number, batch.occupation.name, batch.level, trainee.id_number, row.name, *scores,
                              row.outcome or "", row.certificate_number, batch.exam_on.isoformat(), batch.status,
                              row.route, row.override_reason, row.employer])
                count += 1
        audit.record(session, ctx.actor, "export", "appraisal_batch", None, path.name, None, {"rows": count})
    save_workbook(workbook, path)
    return count


def _score(tenths: int | None) -> float | None:
    return None if tenths is None else float(score_text(tenths))
