"""`skillbase appraisal eligible` (part of the command line)."""
from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable

from desktop.domain.levels import LEVEL_NAMES
from desktop.domain.messages import Message
from desktop.services.context import ServiceContext

ELIGIBLE_COLUMNS = ("name", "id_number", "employer", "level_held", "route")


def add_appraisal_parser(commands, common: argparse.ArgumentParser) -> None:
    appraisal = commands.add_parser(
        "appraisal", parents=[common], help="skill-level appraisal (职业技能等级认定)",
        description="Skill-level appraisal: who is eligible for a level.")
    actions = appraisal.add_subparsers(dest="appraisal_command", metavar="ACTION", required=True)
    eligible = actions.add_parser(
        "eligible", parents=[common], help="list who is eligible for a level today, with the route",
        description="List the people eligible today for level N (5 = 五级/初级工 … 1 = 一级/高级技师) in an "
                    "occupation under its standard, with the route that admits them. Columns: name, id_number "
                    "(masked), employer, level_held, route.")
    eligible.add_argument("--occupation", required=True, metavar="CODE", help="the occupation's code (or name)")
    eligible.add_argument("--level", required=True, type=int, metavar="N", choices=sorted(LEVEL_NAMES))
    eligible.add_argument("--format", choices=("text", "csv"), default="text")


def run_appraisal_command(args, ctx: ServiceContext, translate: Callable[[Message], str]) -> int:
    from desktop.services.appraisal_eligibility import eligible_people

    rows = eligible_people(ctx, args.occupation, args.level)
    if args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(ELIGIBLE_COLUMNS)
        for row in rows:
            writer.writerow([row.name, row.id_number, row.employer, row.held or "", row.route])
        return 0
    for row in rows:
        held = LEVEL_NAMES[row.held] if row.held else "—"
        print(f"{row.name}\t{row.id_number}\t{row.employer or '—'}\t{held}\t{row.route}")
    print(f"{len(rows)} eligible for {LEVEL_NAMES[args.level]}", file=sys.stderr)
    return 0
