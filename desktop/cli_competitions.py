"""`skillbase competition import | results | template | verify` (part of the command line)."""
from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from desktop.services import competition_workbook
from desktop.services.competition_results import event_results
from desktop.services.mark_chain import verify_chain
from desktop.services.competition_workbook import RESULT_KEYS, WorkbookRejected
from desktop.services.context import ServiceContext
from desktop.services.workbooks import check_writable

PROVISIONAL_NOTE = "provisional: results not yet published"


def run_competition_command(args, ctx: ServiceContext, translate: Callable[[Message], str]) -> int:
    if args.competition_command == "import":
        return _import(ctx, args.file, translate)
    if args.competition_command == "template":
        print(competition_workbook.write_blank_workbook(args.file))
        return 0
    if args.competition_command == "verify":
        return _verify(ctx, args.event_id, translate)
    return _results(ctx, args.event_id, args.format, args.out)


def _verify(ctx: ServiceContext, event_id: int, translate: Callable[[Message], str]) -> int:
    report = verify_chain(ctx, event_id)
    if report.problem is not None:
        print(translate(report.problem), file=sys.stderr)
        return 1
    print(f"ok: {report.entries} entries, chain head {report.head}")
    return 0


def _import(ctx: ServiceContext, path: Path, translate: Callable[[Message], str]) -> int:
    try:
        result = competition_workbook.import_event_workbook(ctx, path)
    except WorkbookRejected as rejected:
        for problem in rejected.problems:
            print(f"{problem.where()}: {translate(problem.message)}", file=sys.stderr)
        return 1
    print(result.event_id)
    return 0


def _results(ctx: ServiceContext, event_id: int, kind: str, out: Path | None) -> int:
    if kind == "xlsx" and out is None:
        print("--out FILE is needed for --format xlsx", file=sys.stderr)
        return 2
    rows = competition_workbook.results_rows(ctx, event_id)
    if kind == "xlsx":
        competition_workbook.export_results_xlsx(ctx, event_id, out)
    else:
        text = _json(rows) if kind == "json" else _csv(rows)
        if out is None:
            sys.stdout.write(text)
        else:
            _write(out, text)
    provisional = rows[0]["provisional"] if rows else event_results(ctx, event_id).provisional
    if provisional:
        print(PROVISIONAL_NOTE, file=sys.stderr)
    if out is not None:
        print(f"exported {len(rows)} results to {out}")
    return 0


def _json(rows: list[dict]) -> str:
    return json.dumps([{key: row[key] for key in RESULT_KEYS} for row in rows], ensure_ascii=False, indent=2) + "\n"


def _csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=RESULT_KEYS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: ";".join(row[key]) if key == "flags" else ("" if row[key] is None else row[key])
                         for key in RESULT_KEYS})
    return buffer.getvalue()


def _write(path: Path, text: str) -> None:
    check_writable(path)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise UserError(message(QT_TRANSLATE_NOOP(
            "Messages", "Cannot write {path}: {reason}. Close it in Excel or choose another folder."),
            path=str(path), reason=error.strerror or str(error))) from error
