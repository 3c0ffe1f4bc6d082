"""The command line: `skillbase [--db URL] [--lang zh_CN|en] [SUBCOMMAND …]`.

Without a subcommand it opens the application. Subcommands never prompt and need no login:
they act as the built-in `system` account. Each exits 0 on success, else non-zero with a
one-line reason on stderr.
"""
from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from db.engine import resolve_database_url
from desktop import __version__
from desktop.domain.errors import UserError
from desktop.domain.messages import Message

log = logging.getLogger(__name__)
DEMO_SCALE = 300


def build_parser() -> argparse.ArgumentParser:
    # Global options live on a parent parser so they are accepted after a subcommand too;
    # SUPPRESS keeps a subcommand's parser from overwriting a value given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="SQLAlchemy database URL (default: $SKILLBASE_DB, else a SQLite file "
                             "in the user data folder), e.g. postgresql+psycopg://user@host/skillbase")
    common.add_argument("--lang", choices=("zh_CN", "en"), default=argparse.SUPPRESS,
                        help="language of the interface and messages (default: the system's)")

    parser = argparse.ArgumentParser(
        prog="skillbase", parents=[common],
        description="Skillbase (匠心实训基地管理系统). Without a subcommand, opens the application.")
    parser.add_argument("--version", action="version", version=f"Skillbase {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="open on a fresh database full of realistic sample data "
                             "(a temporary folder unless --db is given)")
    parser.add_argument("--smoke", action="store_true",
                        help="open a fresh database, run the migrations, start Qt and exit 0 (bundle check)")
    commands = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")

    db = commands.add_parser("db", parents=[common], help="database maintenance",
                             description="Database maintenance.")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("upgrade", parents=[common], help="apply pending migrations (backs up first)")
    db_commands.add_parser("check", parents=[common],
                           help="integrity and foreign-key checks, schema at this version; never creates a database")
    backup = db_commands.add_parser("backup", parents=[common], help="copy the SQLite database, also while the app is open")
    backup.add_argument("path", type=Path, help="file to write")
    restore = db_commands.add_parser("restore", parents=[common],
                                     help="replace the SQLite database by a verified backup (close the app first)")
    restore.add_argument("path", type=Path, help="backup file to restore")

    demo = commands.add_parser("demo-data", parents=[common], help="fill a database with sample data",
                               description="Fill a database with realistic sample data; the same seed gives the same data.")
    demo.add_argument("--scale", type=int, default=DEMO_SCALE, metavar="N", help="number of trainees (default %(default)s)")
    demo.add_argument("--seed", type=int, default=2026, metavar="S", help="random seed (default %(default)s)")

    imp = commands.add_parser("import", parents=[common], help="import records from Excel")
    imp_kinds = imp.add_subparsers(dest="kind", metavar="KIND", required=True)
    imp_trainees = imp_kinds.add_parser(
        "trainees", parents=[common], help="import trainees from an .xlsx in the roster template",
        description="Import trainees from the first sheet of an .xlsx (header in row 1). "
                    "Any bad row imports nothing; each is reported as 'row N: reason' and the exit code is 1.")
    imp_trainees.add_argument("file", type=Path)
    imp_trainees.add_argument("--dry-run", action="store_true", help="check every row, import nothing")
    imp_levels = imp_kinds.add_parser(
        "levels", parents=[common], help="import the skill levels people already hold",
        description="Import skill levels from the first sheet of an .xlsx (header in row 1): 身份证号码 "
                    "(id_number), 工种 (occupation: name or code), 等级 (level: 1-5 or 四级/中级工), 取得日期 "
                    "(obtained_on), 证书编号 (certificate_number: national 22 characters or the older 16 digits), "
                    "发证机构 (issuing_body). Any bad row imports nothing; each is reported as 'row N: reason' "
                    "and the exit code is 1.")
    imp_levels.add_argument("file", type=Path)
    imp_levels.add_argument("--dry-run", action="store_true", help="check every row, import nothing")

    exp = commands.add_parser("export", parents=[common], help="export records to Excel")
    exp_kinds = exp.add_subparsers(dest="kind", metavar="KIND", required=True)
    exp_trainees = exp_kinds.add_parser("trainees", parents=[common],
                                        help="write the active trainees in the roster template")
    exp_trainees.add_argument("file", type=Path)
    for kind, text in (("classes", "write the training classes with their seats and sign-up windows"),
                       ("enrolments", "write every class's sign-ups: places, waiting lists, hours and fees")):
        exp_kinds.add_parser(kind, parents=[common], help=text).add_argument("file", type=Path)
    exp_kinds.add_parser(
        "agreements", parents=[common], help="write the mentoring agreements (师徒帮带协议)",
        description="Write the mentoring agreements to the first sheet of an .xlsx, header in row 1: number, "
                    "mentor (the craft mentor), mentor_id_number, second_mentor, apprentice, apprentice_id_number, "
                    "occupation, start, end (ISO dates; end includes renewals), status (draft, active, completed "
                    "or terminated), on_track (yes/no, blank for drafts), outcomes (levels gained and prizes won "
                    "during the agreement), then term_years, renewals, plan_items, overdue_items, ended_on, "
                    "end_reason.").add_argument("file", type=Path)
    exp_kinds.add_parser(
        "appraisals", parents=[common], help="write every appraisal batch's candidates and results",
        description="Write the appraisal candidates to the first sheet of an .xlsx, header in row 1: batch, "
                    "occupation, level (1-5), id_number, name, theory, practical, review (scores, blank when none), "
                    "result (passed, failed, absent, withdrawn, disqualified; blank while scores are missing), "
                    "certificate_number (blank when none), then exam_on, batch_status, route, override_reason, "
                    "employer.").add_argument("file", type=Path)
    cert = commands.add_parser("certificate", parents=[common], help="verify and list certificates",
                               description="Certificates: verify a QR text, list the registry, show a QR text.")
    cert_commands = cert.add_subparsers(dest="cert_command", metavar="ACTION", required=True)
    verify = cert_commands.add_parser(
        "verify", parents=[common], help="check a certificate's QR text",
        description="Prints genuine, revoked, forged or unknown, then the details. Exit 0 only for genuine.")
    verify.add_argument("text", help="the text read from the QR code (quote it)")
    listing = cert_commands.add_parser("list", parents=[common], help="list issued certificates")
    listing.add_argument("--kind", choices=("level", "award", "completion", "honour"))
    listing.add_argument("--format", choices=("csv", "json"), default="csv")
    payload = cert_commands.add_parser("payload", parents=[common], help="print the QR text of a certificate")
    payload.add_argument("number")
    public_key = cert_commands.add_parser("public-key", parents=[common],
                                          help="write this workstation's public signing key (PEM)")
    public_key.add_argument("path", type=Path)
    _add_competition_parser(commands, common)
    commands.add_parser(
        "judge", parents=[common], help="judge mode: log in, then mark your score sheets full-screen",
        description="Open judge mode: after logging in, the judge's full-screen window (their events' score "
                    "sheets by encrypted number; the chief judge also sees every judge's sheets). Takes the "
                    "same --db and --lang as the application.")
    from desktop.cli_reports import add_report_parser

    add_report_parser(commands, common)
    from desktop.cli_appraisal import add_appraisal_parser

    add_appraisal_parser(commands, common)
    return parser


def _add_competition_parser(commands, common: argparse.ArgumentParser) -> None:
    competition = commands.add_parser(
        "competition", parents=[common], help="competition events: import a workbook, export results",
        description="Competition events: create one from a workbook (sheets event, scheme, contestants, marks; "
                    "see the README), export an event's results, write a blank workbook.")
    actions = competition.add_subparsers(dest="competition_command", metavar="ACTION", required=True)
    imp = actions.add_parser(
        "import", parents=[common], help="create one event from a competition workbook (.xlsx)",
        description="Create one event, with its scheme, contestants and marks, from a workbook. Prints only the "
                    "new event's id. Any invalid cell is reported on stderr as 'sheet S, row N, column C: reason', "
                    "the exit code is 1 and nothing is created.")
    imp.add_argument("file", type=Path)
    results = actions.add_parser(
        "results", parents=[common], help="an event's results as JSON, CSV or xlsx",
        description="Results of any event, published or not (before publication a note 'provisional: results "
                    "not yet published' goes to stderr). JSON: an array of objects with rank (null when "
                    "unranked), number (the workbook's contestant number), name, team, theory, practical, "
                    "total, prize and flags.")
    results.add_argument("event_id", type=int, metavar="EVENT_ID")
    results.add_argument("--format", choices=("json", "csv", "xlsx"), default="json",
                         help="default %(default)s; xlsx needs --out")
    results.add_argument("--out", type=Path, metavar="FILE", help="write to FILE instead of stdout")
    template = actions.add_parser("template", parents=[common],
                                  help="write a blank competition workbook with example rows")
    template.add_argument("file", type=Path)
    verify = actions.add_parser(
        "verify", parents=[common], help="check an event's marks against its hash chain",
        description="Recompute the event's mark chain and check every stored mark against it. Prints 'ok' with "
                    "the number of entries and the chain head, exit 0; else the first discrepancy on stderr, "
                    "exit 1.")
    verify.add_argument("event_id", type=int, metavar="EVENT_ID")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    db_url = getattr(args, "db", None)
    lang = getattr(args, "lang", None)
    if args.command is None:
        from desktop.ui.app import run_application  # Qt only when a window is wanted

        if args.smoke:
            return run_application(_fresh_url(db_url), lang, smoke=True)
        if args.demo:
            return run_application(_demo_url(db_url), lang, demo_mode=True)
        return run_application(resolve_database_url(db_url), lang)
    if args.command == "judge":
        from desktop.ui.app import run_application

        return run_application(resolve_database_url(db_url), lang, judge_mode=True)

    from desktop.logging_setup import configure_logging

    configure_logging()
    translate = _translator(lang)
    handler: Callable[[argparse.Namespace, str], int] = {
        "db": _db_command, "demo-data": _demo_data, "import": _import, "export": _export,
        "certificate": _certificate, "competition": _competition, "report": _report,
        "appraisal": _appraisal,
    }[args.command]
    try:
        return handler(args, resolve_database_url(db_url), translate)
    except UserError as error:
        print(translate(error.message), file=sys.stderr)
        return 1
    except Exception as error:  # a programming error: log it whole, say one line
        log.exception("command failed")
        print(f"internal error: {error.__class__.__name__}: {error}", file=sys.stderr)
        return 3


def _fresh_url(db_url: str | None) -> str:
    return db_url or f"sqlite:///{Path(tempfile.mkdtemp(prefix='skillbase-smoke-')) / 'smoke.sqlite3'}"


def _demo_url(db_url: str | None) -> str:
    return db_url or f"sqlite:///{Path(tempfile.mkdtemp(prefix='skillbase-demo-')) / 'demo.sqlite3'}"


def _translator(lang: str | None) -> Callable[[Message], str]:
    if lang != "zh_CN":
        return str
    from desktop.ui.i18n import message_translator

    return message_translator(lang)


def _system_context(url: str):
    from desktop.services.context import as_system
    from desktop.services.database import open_database

    return as_system(open_database(url))


def _db_command(args, url: str, translate) -> int:
    from desktop.services import database

    if args.db_command == "check":
        problems = database.database_problems(url)
        for problem in problems:
            print(problem, file=sys.stderr)
        if not problems:
            print("ok")
        return 1 if problems else 0
    if args.db_command == "upgrade":
        database.close_database(database.open_database(url))
        print("database is at the current schema")
        return 0
    if args.db_command == "backup":
        print(database.backup_database(_system_context(url), args.path))
        return 0
    kept = database.restore_database(url, args.path)
    print(f"restored; the previous database was kept as {kept}" if kept else "restored")
    return 0


def _demo_data(args, url: str, translate) -> int:
    from desktop.services.demo import fill_demo_data

    if args.scale < 0:
        print("--scale must be 0 or more", file=sys.stderr)
        return 2
    summary = fill_demo_data(_system_context(url), scale=args.scale, seed=args.seed)
    print(summary)
    return 0


def _import(args, url: str, translate) -> int:
    from desktop.services.appraisal_excel import import_levels
    from desktop.services.trainee_excel import import_trainees

    importer = import_levels if args.kind == "levels" else import_trainees
    report = importer(_system_context(url), args.file, dry_run=args.dry_run)
    for error in report.errors:
        print(f"row {error.row}: {translate(error.message)}", file=sys.stderr)
    if report.errors:
        return 1
    verb = "would import" if args.dry_run else "imported"
    print(f"{verb} {report.imported} {args.kind}")
    return 0


def _export(args, url: str, translate) -> int:
    from desktop.services import appraisal_excel, mentoring_exports, trainee_excel, training_exports

    export = {"trainees": trainee_excel.export_trainees, "classes": training_exports.export_classes,
              "enrolments": training_exports.export_enrolments,
              "agreements": mentoring_exports.export_agreements,
              "appraisals": appraisal_excel.export_appraisals}[args.kind]
    count = export(_system_context(url), args.file)
    print(f"exported {count} {args.kind} to {args.file}")
    return 0


def _certificate(args, url: str, translate) -> int:
    from desktop.cli_certificates import run_certificate_command

    return run_certificate_command(args, _system_context(url), translate)


def _competition(args, url: str, translate) -> int:
    from desktop.cli_competitions import run_competition_command

    return run_competition_command(args, _system_context(url), translate)


def _appraisal(args, url: str, translate) -> int:
    from desktop.cli_appraisal import run_appraisal_command

    return run_appraisal_command(args, _system_context(url), translate)


def _report(args, url: str, translate) -> int:
    from desktop.cli_reports import run_report_command

    return run_report_command(args, _system_context(url), translate)
