"""The certificate registry: issue (numbered and signed), print and reprint, revoke, re-issue,
and verify what a QR code says."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from db.base import utcnow
from db.models import CERTIFICATE_KINDS, Certificate, CertificatePrint, CertificateTemplate, Trainee
from desktop.domain.certificate_payload import PayloadContent, compose, parse
from desktop.domain.errors import Conflict, NotFound, UserError, ValidationFailed
from desktop.domain.levels import LEVEL_NAMES
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from desktop.domain.people import GENDER_LABELS
from desktop.domain.roles import Permission
from desktop.printing.certificate_pdf import RenderCancelled, render_certificates
from desktop.services import audit
from desktop.services.certificate_settings import next_number, read_settings
from desktop.services.certificate_templates import default_template, definition_at, template_by_key
from desktop.services.context import ServiceContext, require, unit_of_work
from desktop.services.signing import Signer, public_key_pem, signature_is_valid

Progress = Callable[[int, int], bool]
CORRECTABLE = ("holder_name", "gender", "id_number", "employer", "occupation", "award", "competition",
               "class_title", "hours", "honour_title")


@dataclass(frozen=True)
class IssueRequest:
    kind: str
    trainee_id: int
    issue_date: dt.date
    template_key: str | None = None  # the kind's shipped template when None
    occupation: str = ""
    level: int | None = None  # level certificates: 1 (高级技师) … 5 (初级工)
    award: str = ""  # award: 一等奖 …
    competition: str = ""
    class_title: str = ""  # completion
    hours: float | None = None
    honour_title: str = ""  # honour: 泉州市好师傅 …
    year: int | None = None  # the year the certificate speaks of (an honour's year); the issue year when None


@dataclass(frozen=True)
class CertificateRow:
    id: int
    kind: str
    number: str
    holder_name: str
    detail: str
    issue_date: dt.date
    status: str
    print_count: int
    revoke_reason: str
    replaces: str | None
    replaced_by: str | None
    template_key: str


@dataclass(frozen=True)
class CertificateDetail:
    row: CertificateRow
    printed_values: dict
    qr_payload: str
    prints: list[tuple[int, dt.datetime, str]]  # serial, when, who


@dataclass(frozen=True)
class CertificateQuery:
    kind: str | None = None
    status: str | None = None
    search: str = ""
    trainee_id: int | None = None


@dataclass(frozen=True)
class Verdict:
    """genuine, revoked, forged or unknown — with the record when there is one."""

    status: str
    certificate: CertificateRow | None = None
    replacement: str | None = None
    reason: Message | None = None
    claimed: dict[str, str] = field(default_factory=dict)


# -- issuing ---------------------------------------------------------------------------------

def issue_certificates(ctx: ServiceContext, requests: list[IssueRequest], progress: Progress | None = None) -> list[CertificateRow]:
    """Number, sign and store every request in one transaction (all or nothing)."""
    with unit_of_work(ctx, Permission.ISSUE_CERTIFICATES) as session:
        issued = _issue(session, ctx, requests, progress, len(requests))
        return [_row(session, c) for c in issued]


def issue_and_print(ctx: ServiceContext, requests: list[IssueRequest], destination: Path | BinaryIO,
                    progress: Progress | None = None, fields_only: bool = False,
                    offset_mm: tuple[float, float] = (0.0, 0.0),
                    on_issued: Callable[[Session, list[tuple[int, int]]], None] | None = None) -> list[CertificateRow]:
    """Issue a batch and print it into one PDF; cancelling at any point issues nothing.

    `on_issued(session, [(trainee_id, certificate_id), …])` runs inside the same transaction
    before printing, so a caller's own records (a completion …) stand or fall with the batch."""
    with unit_of_work(ctx, Permission.ISSUE_CERTIFICATES) as session:
        total = len(requests) * 2
        issued = _issue(session, ctx, requests, progress, total)
        if on_issued is not None:
            on_issued(session, [(c.trainee_id, c.id) for c in issued])
        _print(session, ctx, issued, destination, fields_only, offset_mm,
               lambda done, _t: progress(len(requests) + done, total) if progress else True, record=True)
        return [_row(session, c) for c in issued]


def _issue(session: Session, ctx: ServiceContext, requests: list[IssueRequest], progress: Progress | None,
           total: int) -> list[Certificate]:
    if not requests:
        raise ValidationFailed({"holders": message(QT_TRANSLATE_NOOP("Messages", "Choose at least one holder."))})
    settings = read_settings(session)
    signer = Signer(session, label=ctx.actor.username if ctx.actor else "")
    issued = []
    for done, request in enumerate(requests, start=1):
        trainee = _holder(session, request.trainee_id)
        template = (template_by_key(session, request.template_key) if request.template_key
                    else default_template(session, request.kind))
        if template.kind != request.kind:
            raise ValidationFailed({"template": message(QT_TRANSLATE_NOOP(
                "Messages", "The template {name} is not for this kind of certificate."), name=template.name)})
        values = _values(request, trainee, settings.issuer)
        number = next_number(session, settings, request.kind, request.issue_date.year, request.level)
        issued.append(_store(session, ctx, signer, request.kind, trainee.id, values, trainee.photo,
                             request.issue_date, number, template, None))
        _tick(progress, done, total)
    return issued


def _values(request: IssueRequest, trainee: Trainee, issuer: str) -> dict[str, Any]:
    problems = _request_problems(request)
    if problems:
        raise ValidationFailed(problems)
    occupation = request.occupation.strip() or (trainee.occupations[0].name if trainee.occupations else "")
    values: dict[str, Any] = {
        "holder_name": trainee.name, "gender": GENDER_LABELS[trainee.gender], "id_number": trainee.id_number,
        "employer": trainee.employer.name if trainee.employer else "", "occupation": occupation,
        "year": request.year or request.issue_date.year, "issuer": issuer,
    }
    if request.kind == "level":
        values |= {"level": LEVEL_NAMES[request.level], "level_number": request.level}
    elif request.kind == "award":
        values |= {"award": request.award.strip(), "competition": request.competition.strip()}
    elif request.kind == "completion":
        values |= {"class_title": request.class_title.strip(),
                   "hours": _hours_text(request.hours) if request.hours is not None else ""}
    else:
        values |= {"honour_title": request.honour_title.strip()}
    return values


def _hours_text(hours: float) -> str:
    return f"{hours:g}"


def _request_problems(request: IssueRequest) -> dict[str, Message]:
    problems: dict[str, Message] = {}
    if request.kind not in CERTIFICATE_KINDS:
        problems["kind"] = message(QT_TRANSLATE_NOOP("Messages", "Unknown kind of certificate: {kind}."),
                                   kind=request.kind)
    elif request.kind == "level" and request.level not in LEVEL_NAMES:
        problems["level"] = message(QT_TRANSLATE_NOOP("Messages", "Choose a skill level from 5 to 1."))
    elif request.kind == "award":
        if not request.award.strip():
            problems["award"] = message(QT_TRANSLATE_NOOP("Messages", "Enter the award, e.g. 一等奖."))
        if not request.competition.strip():
            problems["competition"] = message(QT_TRANSLATE_NOOP("Messages", "Enter the competition."))
    elif request.kind == "completion" and not request.class_title.strip():
        problems["class_title"] = message(QT_TRANSLATE_NOOP("Messages", "Enter the class title."))
    elif request.kind == "honour" and not request.honour_title.strip():
        problems["honour_title"] = message(QT_TRANSLATE_NOOP("Messages", "Enter the honour, e.g. 泉州市好师傅."))
    if request.issue_date > dt.date.today() + dt.timedelta(days=366):
        problems["issue_date"] = message(QT_TRANSLATE_NOOP("Messages", "The issue date is too far ahead."))
    return problems


def _detail_of(kind: str, values: dict[str, Any]) -> str:
    key = {"level": "level", "award": "award", "completion": "class_title", "honour": "honour_title"}[kind]
    return str(values.get(key, ""))


def _store(session: Session, ctx: ServiceContext, signer: Signer, kind: str, trainee_id: int | None,
           values: dict[str, Any], photo: bytes | None, issue_date: dt.date, number: str,
           template: CertificateTemplate, replaces: Certificate | None) -> Certificate:
    detail = _detail_of(kind, values)
    content = PayloadContent(number, kind, values["holder_name"], detail, issue_date.isoformat(), signer.key_id)
    payload = compose(content, signer.sign(content.signed_text()))
    printed = {**values, "number": number, "issue_date": issue_date.isoformat(), "qr_payload": payload}
    certificate = Certificate(
        kind=kind, number=number, trainee_id=trainee_id, holder_name=values["holder_name"], detail=detail,
        issue_date=issue_date, template_id=template.id, template_version=template.version,
        printed_values=printed, photo=photo, qr_payload=payload, status="issued",
        replaces_id=replaces.id if replaces else None, print_count=0)
    session.add(certificate)
    session.flush()
    audit.record(session, ctx.actor, "issue", "certificate", certificate.id, number, None,
                 {"kind": kind, "holder": values["holder_name"], "detail": detail,
                  "issue_date": issue_date, "replaces": replaces.number if replaces else None})
    return certificate


def _holder(session: Session, trainee_id: int) -> Trainee:
    trainee = session.get(Trainee, trainee_id)
    if trainee is None:
        raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This trainee no longer exists.")))
    if trainee.archived_at is not None:
        raise ValidationFailed({"holders": message(QT_TRANSLATE_NOOP(
            "Messages", "{name} is archived: restore the trainee before issuing a certificate."), name=trainee.name)})
    return trainee


def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and not progress(done, total):
        raise UserError(message(QT_TRANSLATE_NOOP("Messages", "Cancelled: no certificate was issued or printed.")))


# -- printing --------------------------------------------------------------------------------

def print_certificates(ctx: ServiceContext, certificate_ids: list[int], destination: Path | BinaryIO,
                       progress: Progress | None = None, fields_only: bool = False,
                       offset_mm: tuple[float, float] = (0.0, 0.0), record: bool = True) -> int:
    """Render the certificates into one PDF exactly as issued; with `record`, count a print each
    (the number stays, the print serial goes up). Without it this is a preview."""
    with unit_of_work(ctx, Permission.ISSUE_CERTIFICATES) as session:
        certificates = [_get(session, i) for i in certificate_ids]
        return _print(session, ctx, certificates, destination, fields_only, offset_mm, progress, record)


def _print(session: Session, ctx: ServiceContext, certificates: list[Certificate], destination,
           fields_only: bool, offset_mm: tuple[float, float], progress: Progress | None, record: bool) -> int:
    versions = {(c.template_id, c.template_version) for c in certificates}
    if len(versions) != 1:
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "These certificates use different templates: print them one template at a time.")))
    revoked = [c.number for c in certificates if c.status != "issued"]
    if revoked and record:
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "Revoked or replaced certificates cannot be printed: {numbers}"), numbers=", ".join(revoked)))
    definition = definition_at(session, *versions.pop())
    pages = [{**c.printed_values, "photo": c.photo} for c in certificates]
    try:
        written = render_certificates(definition, pages, destination, fields_only=fields_only,
                                      offset_mm=offset_mm, progress=progress, total=len(pages))
    except RenderCancelled as error:
        if isinstance(destination, Path):
            destination.unlink(missing_ok=True)
        raise UserError(message(QT_TRANSLATE_NOOP(
            "Messages", "Cancelled: no certificate was issued or printed."))) from error
    if record:
        _record_prints(session, ctx, certificates)
    return written


def record_prints(ctx: ServiceContext, certificate_ids: list[int]) -> None:
    """Count a print of each (after the UI sent a preview to a printer)."""
    with unit_of_work(ctx, Permission.ISSUE_CERTIFICATES) as session:
        certificates = [_get(session, i) for i in certificate_ids]
        revoked = [c.number for c in certificates if c.status != "issued"]
        if revoked:
            raise Conflict(message(QT_TRANSLATE_NOOP(
                "Messages", "Revoked or replaced certificates cannot be printed: {numbers}"),
                numbers=", ".join(revoked)))
        _record_prints(session, ctx, certificates)


def _record_prints(session: Session, ctx: ServiceContext, certificates: list[Certificate]) -> None:
    now = utcnow()
    for certificate in certificates:
        certificate.print_count += 1
        certificate.last_printed_at = now
        session.add(CertificatePrint(certificate_id=certificate.id, serial=certificate.print_count,
                                     printed_at=now, username=ctx.actor.username if ctx.actor else ""))
        audit.record(session, ctx.actor, "print", "certificate", certificate.id, certificate.number,
                     None, {"print_serial": certificate.print_count})


# -- revoking and correcting -----------------------------------------------------------------

def revoke_certificate(ctx: ServiceContext, certificate_id: int, reason: str) -> CertificateRow:
    with unit_of_work(ctx, Permission.ISSUE_CERTIFICATES) as session:
        certificate = _get(session, certificate_id)
        _must_be_issued(certificate)
        _need_reason(reason)
        certificate.status, certificate.revoked_at, certificate.revoke_reason = "revoked", utcnow(), reason.strip()
        audit.record(session, ctx.actor, "revoke", "certificate", certificate.id, certificate.number,
                     {"status": "issued"}, {"status": "revoked", "reason": reason.strip()})
        return _row(session, certificate)


def reissue_certificate(ctx: ServiceContext, certificate_id: int, corrections: dict[str, str], reason: str) -> CertificateRow:
    """A corrected certificate with a new number; the old one stays, marked as replaced by it."""
    unknown = set(corrections) - set(CORRECTABLE)
    if unknown:
        raise ValidationFailed({"corrections": message(QT_TRANSLATE_NOOP(
            "Messages", "These values cannot be corrected: {names}"), names=", ".join(sorted(unknown)))})
    with unit_of_work(ctx, Permission.ISSUE_CERTIFICATES) as session:
        old = _get(session, certificate_id)
        _must_be_issued(old)
        _need_reason(reason)
        settings = read_settings(session)
        values = {k: v for k, v in old.printed_values.items() if k not in ("number", "issue_date", "qr_payload")}
        values |= {k: v.strip() if isinstance(v, str) else v for k, v in corrections.items()}
        if not str(values.get("holder_name", "")).strip():
            raise ValidationFailed({"holder_name": message(QT_TRANSLATE_NOOP("Messages", "Enter the name."))})
        today = dt.date.today()
        template = session.get(CertificateTemplate, old.template_id)
        number = next_number(session, settings, old.kind, today.year, values.get("level_number"))
        new = _store(session, ctx, Signer(session), old.kind, old.trainee_id, values, old.photo, today,
                     number, template, old)
        old.status, old.revoked_at, old.revoke_reason = "replaced", utcnow(), reason.strip()
        audit.record(session, ctx.actor, "replace", "certificate", old.id, old.number,
                     {"status": "issued"}, {"status": "replaced", "replaced_by": number, "reason": reason.strip()})
        return _row(session, new)


def _must_be_issued(certificate: Certificate) -> None:
    if certificate.status != "issued":
        raise Conflict(message(QT_TRANSLATE_NOOP(
            "Messages", "Certificate {number} is already revoked or replaced."), number=certificate.number))


def _need_reason(reason: str) -> None:
    if len(reason.strip()) < 2:
        raise ValidationFailed({"reason": message(QT_TRANSLATE_NOOP(
            "Messages", "Give the reason; it is kept with the certificate."))})


# -- reading ---------------------------------------------------------------------------------

def list_certificates(ctx: ServiceContext, query: CertificateQuery, offset: int = 0, limit: int = 200) -> list[CertificateRow]:
    """A page of the registry, newest first, in one query."""
    replaced, replacement = aliased(Certificate), aliased(Certificate)
    with unit_of_work(ctx, Permission.ISSUE_CERTIFICATES) as session:
        statement = (_filtered(select(Certificate, replaced.number, replacement.number, CertificateTemplate.key), query)
                     .outerjoin(replaced, replaced.id == Certificate.replaces_id)
                     .outerjoin(replacement, replacement.replaces_id == Certificate.id)
                     .join(CertificateTemplate, CertificateTemplate.id == Certificate.template_id)
                     .order_by(Certificate.id.desc()).offset(offset).limit(limit))
        return [_as_row(c, replaces, replaced_by, key)
                for c, replaces, replaced_by, key in session.execute(statement)]


def count_certificates(ctx: ServiceContext, query: CertificateQuery) -> int:
    with unit_of_work(ctx, Permission.ISSUE_CERTIFICATES) as session:
        return session.scalar(_filtered(select(func.count(Certificate.id)), query)) or 0


def get_certificate(ctx: ServiceContext, certificate_id: int) -> CertificateDetail:
    with unit_of_work(ctx, Permission.ISSUE_CERTIFICATES) as session:
        certificate = _get(session, certificate_id)
        prints = session.execute(select(CertificatePrint.serial, CertificatePrint.printed_at, CertificatePrint.username)
                                 .where(CertificatePrint.certificate_id == certificate.id)
                                 .order_by(CertificatePrint.serial)).all()
        return CertificateDetail(_row(session, certificate), dict(certificate.printed_values),
                                 certificate.qr_payload, [tuple(p) for p in prints])


def payload_of(ctx: ServiceContext, number: str) -> str:
    """The QR text of any issued certificate, revoked ones included."""
    with unit_of_work(ctx, Permission.ISSUE_CERTIFICATES) as session:
        certificate = session.scalars(select(Certificate).where(Certificate.number == number.strip())).one_or_none()
        if certificate is None:
            raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "No certificate has the number {number}."),
                                   number=number))
        return certificate.qr_payload


def verify(ctx: ServiceContext, text: str) -> Verdict:
    """What a QR text is worth: genuine, revoked (or replaced), forged or unknown."""
    require(ctx, Permission.VERIFY_CERTIFICATES)
    parsed = parse(text)
    if parsed is None:
        return Verdict("forged", reason=message(QT_TRANSLATE_NOOP(
            "Messages", "This is not the code of a Skillbase certificate.")))
    content = parsed.content
    claimed = {"number": content.number, "kind": content.kind, "holder": content.holder,
               "detail": content.detail, "issue_date": content.issue_date}
    with unit_of_work(ctx) as session:
        if not signature_is_valid(session, content.key_id, parsed.signed_text, parsed.signature):
            return Verdict("forged", reason=message(QT_TRANSLATE_NOOP(
                "Messages", "The signature does not match the content: the code was altered or made up.")),
                claimed=claimed)
        certificate = session.scalars(select(Certificate).where(Certificate.number == content.number)).one_or_none()
        if certificate is None:
            return Verdict("unknown", reason=message(QT_TRANSLATE_NOOP(
                "Messages", "The signature is sound but this database has no certificate with this number.")),
                claimed=claimed)
        row = _row(session, certificate)
        if certificate.qr_payload != parsed.signed_text + "|" + parsed.signature:
            return Verdict("forged", row, reason=message(QT_TRANSLATE_NOOP(
                "Messages", "The code differs from the one issued with this number.")), claimed=claimed)
        if certificate.status == "replaced":
            return Verdict("revoked", row, row.replaced_by, message(QT_TRANSLATE_NOOP(
                "Messages", "Replaced by certificate {number}: {reason}"),
                number=row.replaced_by or "", reason=certificate.revoke_reason), claimed)
        if certificate.status == "revoked":
            return Verdict("revoked", row, None, message(QT_TRANSLATE_NOOP(
                "Messages", "Revoked: {reason}"), reason=certificate.revoke_reason), claimed)
        return Verdict("genuine", row, claimed=claimed)


def export_public_key(ctx: ServiceContext, destination: Path) -> Path:
    """This workstation's public signing key (PEM), for anyone who checks certificates."""
    require(ctx, Permission.ISSUE_CERTIFICATES)
    try:
        destination.write_bytes(public_key_pem())
    except OSError as error:
        raise UserError(message(QT_TRANSLATE_NOOP(
            "Messages", "Cannot write {path}: {reason}"), path=str(destination),
            reason=error.strerror or str(error))) from error
    with unit_of_work(ctx) as session:
        audit.record(session, ctx.actor, "export", "signing_key", None, destination.name)
    return destination


def _filtered(statement: Select, query: CertificateQuery) -> Select:
    if query.kind:
        statement = statement.where(Certificate.kind == query.kind)
    if query.status:
        statement = statement.where(Certificate.status == query.status)
    if query.trainee_id is not None:
        statement = statement.where(Certificate.trainee_id == query.trainee_id)
    text = query.search.strip()
    if text:
        statement = statement.where(or_(Certificate.number.contains(text.upper(), autoescape=True),
                                        Certificate.holder_name.contains(text, autoescape=True),
                                        Certificate.detail.contains(text, autoescape=True)))
    return statement


def _get(session: Session, certificate_id: int) -> Certificate:
    certificate = session.get(Certificate, certificate_id)
    if certificate is None:
        raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This certificate no longer exists.")))
    return certificate


def _row(session: Session, c: Certificate) -> CertificateRow:
    """One certificate with the numbers it replaces and is replaced by (single records)."""
    replaces = session.scalar(select(Certificate.number).where(Certificate.id == c.replaces_id)) if c.replaces_id else None
    replacement = aliased(Certificate)
    replaced_by = session.scalar(select(replacement.number).where(replacement.replaces_id == c.id))
    template_key = session.scalar(select(CertificateTemplate.key).where(CertificateTemplate.id == c.template_id))
    return _as_row(c, replaces, replaced_by, template_key)


def _as_row(c: Certificate, replaces: str | None, replaced_by: str | None, template_key: str | None) -> CertificateRow:
    return CertificateRow(c.id, c.kind, c.number, c.holder_name, c.detail, c.issue_date, c.status,
                          c.print_count, c.revoke_reason, replaces, replaced_by, template_key or "")
