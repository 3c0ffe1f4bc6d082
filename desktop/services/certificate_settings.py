"""Shared certificate settings (issuer, numbering) and drawing the next number."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from db.models import Certificate, Setting
from desktop.domain.certificate_numbers import (
    NationalBody,
    national_body_problems,
    national_number,
    national_prefix,
    pattern_number,
    pattern_prefix,
    pattern_problem,
)
from desktop.domain.errors import ValidationFailed
from desktop.domain.messages import QT_TRANSLATE_NOOP, Message, message
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.context import ServiceContext, unit_of_work
from desktop.services.sequences import next_serial

SETTINGS_KEY = "certificates"
DEFAULT_PATTERNS = {"award": "HJ{year}{serial:5}", "completion": "JY{year}{serial:5}", "honour": "RY{year}{serial:4}"}


@dataclass(frozen=True)
class CertificateSettings:
    issuer: str = "泉州市总工会"
    national: NationalBody = NationalBody()
    patterns: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_PATTERNS))


def read_settings(session: Session) -> CertificateSettings:
    stored = session.get(Setting, SETTINGS_KEY)
    if stored is None:
        return CertificateSettings()
    value = stored.value
    return CertificateSettings(value.get("issuer", "泉州市总工会"), NationalBody(**value.get("national", {})),
                               {**DEFAULT_PATTERNS, **value.get("patterns", {})})


def certificate_settings(ctx: ServiceContext) -> CertificateSettings:
    with unit_of_work(ctx, Permission.ISSUE_CERTIFICATES) as session:
        return read_settings(session)


def save_certificate_settings(ctx: ServiceContext, settings: CertificateSettings) -> CertificateSettings:
    errors: dict[str, Message] = dict(national_body_problems(settings.national))
    if not settings.issuer.strip():
        errors["issuer"] = message(QT_TRANSLATE_NOOP("Messages", "Enter the issuing body's name."))
    for kind, pattern in settings.patterns.items():
        if (problem := pattern_problem(pattern)) is not None:
            errors[f"pattern_{kind}"] = problem
    if errors:
        raise ValidationFailed(errors)
    with unit_of_work(ctx, Permission.MANAGE_TEMPLATES) as session:
        before = read_settings(session)
        value = {"issuer": settings.issuer.strip(), "national": asdict(settings.national),
                 "patterns": dict(settings.patterns)}
        stored = session.get(Setting, SETTINGS_KEY)
        if stored is None:
            session.add(Setting(key=SETTINGS_KEY, value=value))
        else:
            stored.value = value
        audit.record(session, ctx.actor, "update", "settings", None, SETTINGS_KEY,
                     {"issuer": before.issuer, **asdict(before.national), **before.patterns},
                     {"issuer": value["issuer"], **value["national"], **value["patterns"]})
        return read_settings(session)


def next_number(session: Session, settings: CertificateSettings, kind: str, year: int, level: int | None) -> str:
    """Draw the next free number of a kind inside the caller's transaction."""
    while True:
        if kind == "level":
            prefix = national_prefix(settings.national, year, level or 5)
            number = national_number(prefix, next_serial(session, f"level:{prefix}"))
        else:
            pattern = settings.patterns[kind]
            prefix = pattern_prefix(pattern, year)
            number = pattern_number(pattern, year, next_serial(session, f"{kind}:{prefix}"))
        # A changed pattern could meet numbers issued before: never reuse one.
        if not session.scalar(select(exists().where(Certificate.number == number))):
            return number
