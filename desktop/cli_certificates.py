"""`skillbase certificate verify | list | payload | public-key` (part of the command line)."""
from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable

from desktop.domain.messages import Message
from desktop.services import certificates
from desktop.services.certificates import CertificateQuery, CertificateRow
from desktop.services.context import ServiceContext

LIST_FIELDS = ("number", "kind", "holder", "detail", "issue_date", "status", "print_count", "replaces", "replaced_by")


def run_certificate_command(args, ctx: ServiceContext, translate: Callable[[Message], str]) -> int:
    if args.cert_command == "verify":
        return _verify(ctx, args.text, translate)
    if args.cert_command == "payload":
        print(certificates.payload_of(ctx, args.number))
        return 0
    if args.cert_command == "public-key":
        print(certificates.export_public_key(ctx, args.path))
        return 0
    rows = [_as_dict(r) for r in _all(ctx, CertificateQuery(kind=args.kind))]
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        writer = csv.DictWriter(sys.stdout, fieldnames=LIST_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return 0


def _verify(ctx: ServiceContext, text: str, translate) -> int:
    verdict = certificates.verify(ctx, text)
    print(verdict.status)
    record = verdict.certificate
    if record is not None:
        print(f"number: {record.number}\nkind: {record.kind}\nholder: {record.holder_name}\n"
              f"detail: {record.detail}\nissue date: {record.issue_date.isoformat()}\nstatus: {record.status}")
    elif verdict.claimed:
        print("\n".join(f"claimed {key}: {value}" for key, value in verdict.claimed.items()))
    if verdict.replacement:
        print(f"replaced by: {verdict.replacement}")
    if verdict.reason is not None:
        print(f"reason: {translate(verdict.reason)}")
    return 0 if verdict.status == "genuine" else 1


def _all(ctx: ServiceContext, query: CertificateQuery) -> list[CertificateRow]:
    rows: list[CertificateRow] = []
    while True:
        page = certificates.list_certificates(ctx, query, len(rows), 1000)
        rows += page
        if len(page) < 1000:
            return rows


def _as_dict(row: CertificateRow) -> dict:
    return {"number": row.number, "kind": row.kind, "holder": row.holder_name, "detail": row.detail,
            "issue_date": row.issue_date.isoformat(), "status": row.status, "print_count": row.print_count,
            "replaces": row.replaces or "", "replaced_by": row.replaced_by or ""}
