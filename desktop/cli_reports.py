"""`skillbase report yearly | figures` (part of the command line)."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from desktop.domain.messages import Message
from desktop.services.context import ServiceContext


def add_report_parser(commands, common: argparse.ArgumentParser) -> None:
    report = commands.add_parser(
        "report", parents=[common], help="the union's statistics: the yearly report and key figures",
        description="The yearly report (年度工作统计报告) as a PDF, or the year's key figures.")
    actions = report.add_subparsers(dest="report_command", metavar="ACTION", required=True)
    yearly = actions.add_parser(
        "yearly", parents=[common], help="write the yearly report (年度工作统计报告) as a PDF",
        description="Count the year's figures (by county and by month) and write the report; prints the "
                    "file and its number of pages.")
    yearly.add_argument("--year", type=int, required=True, metavar="Y")
    yearly.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    figures = actions.add_parser(
        "figures", parents=[common], help="the year's key figures",
        description="The key figures of the year as one flat JSON object: period_start, period_end, then "
                    "trainees_registered, employers, trainees_new, classes, trainings, training_hours, "
                    "completions, fees_received_yuan, competitions, competition_events, contestants, "
                    "contestant_workers, prize_winners, certificates_issued (and by kind), "
                    "certificates_reissued, certificates_revoked.")
    figures.add_argument("--year", type=int, required=True, metavar="Y")
    figures.add_argument("--format", choices=("json",), default="json")


def run_report_command(args, ctx: ServiceContext, translate: Callable[[Message], str]) -> int:
    from desktop.services import statistics  # ReportLab and openpyxl only when a report is asked for
    from desktop.services.statistics import Period

    if not 1900 <= args.year <= 9998:
        print("--year must be a year such as 2026", file=sys.stderr)
        return 2
    if args.report_command == "yearly":
        pages = statistics.write_yearly_report(ctx, args.year, args.out)
        print(f"wrote {args.out} ({pages} pages)")
        return 0
    period = Period.year(args.year)
    json.dump(statistics.figures_json(period, statistics.key_figures(ctx, period)), sys.stdout,
              ensure_ascii=False, indent=2)
    print()
    return 0
