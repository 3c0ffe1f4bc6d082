"""Certificate templates: the shipped four, user copies, versions, import and export."""
from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import CERTIFICATE_KINDS, CertificateTemplate, CertificateTemplateVersion
from desktop.domain.errors import NotFound, ValidationFailed
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.domain.roles import Permission
from desktop.printing.templates import load_builtin_templates, validate_template
from desktop.services import audit
from desktop.services.context import ServiceContext, unit_of_work


@dataclass(frozen=True)
class TemplateRow:
    key: str
    name: str
    kind: str
    version: int
    builtin: bool


@dataclass(frozen=True)
class TemplateDetail:
    key: str
    name: str
    kind: str
    version: int
    builtin: bool
    definition: dict


def ensure_builtin_templates(session: Session) -> None:
    """The shipped templates, created in the database the first time anything needs them."""
    existing = set(session.scalars(select(CertificateTemplate.key)))
    for key, definition in load_builtin_templates().items():
        if key not in existing:
            try:
                with session.begin_nested():
                    _create(session, key, definition, builtin=True)
            except IntegrityError:  # another workstation created it at the same moment
                pass


def list_templates(ctx: ServiceContext, kind: str | None = None) -> list[TemplateRow]:
    with unit_of_work(ctx, Permission.ISSUE_CERTIFICATES) as session:
        ensure_builtin_templates(session)
        statement = select(CertificateTemplate).where(CertificateTemplate.archived_at.is_(None))
        if kind:
            statement = statement.where(CertificateTemplate.kind == kind)
        rows = session.scalars(statement.order_by(CertificateTemplate.kind, CertificateTemplate.builtin.desc(),
                                                  CertificateTemplate.name))
        return [TemplateRow(t.key, t.name, t.kind, t.version, t.builtin) for t in rows]


def get_template(ctx: ServiceContext, key: str) -> TemplateDetail:
    with unit_of_work(ctx, Permission.ISSUE_CERTIFICATES) as session:
        ensure_builtin_templates(session)
        template = template_by_key(session, key)
        return _detail(template, current_definition(session, template))


def save_template(ctx: ServiceContext, key: str, definition: dict) -> TemplateDetail:
    """A new version of the template; certificates issued earlier keep theirs."""
    with unit_of_work(ctx, Permission.MANAGE_TEMPLATES) as session:
        template = template_by_key(session, key)
        _check(definition, template.kind)
        before = {"version": template.version}
        template.version += 1
        template.name = str(definition.get("name") or template.name)
        session.add(CertificateTemplateVersion(template_id=template.id, version=template.version,
                                               definition=_stamped(definition, template)))
        audit.record(session, ctx.actor, "update", "template", template.id, template.name, before,
                     {"version": template.version})
        return _detail(template, _stamped(definition, template))


def duplicate_template(ctx: ServiceContext, key: str, name: str) -> TemplateDetail:
    with unit_of_work(ctx, Permission.MANAGE_TEMPLATES) as session:
        ensure_builtin_templates(session)
        source = template_by_key(session, key)
        definition = dict(current_definition(session, source), name=name.strip() or source.name)
        copy = _create(session, _free_key(session, source.kind), definition, builtin=False)
        audit.record(session, ctx.actor, "create", "template", copy.id, copy.name, None, {"copied_from": key})
        return _detail(copy, current_definition(session, copy))


def export_template(ctx: ServiceContext, key: str) -> str:
    return json.dumps(get_template(ctx, key).definition, ensure_ascii=False, indent=2)


def import_template(ctx: ServiceContext, text: str) -> TemplateDetail:
    try:
        definition = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValidationFailed({"file": message(QT_TRANSLATE_NOOP(
            "Messages", "This file is not a template (JSON): {reason}"), reason=str(error))}) from error
    if not isinstance(definition, dict) or definition.get("kind") not in CERTIFICATE_KINDS:
        raise ValidationFailed({"file": message(QT_TRANSLATE_NOOP(
            "Messages", "A template names its kind: level, award, completion or honour."))})
    _check(definition, definition["kind"])
    with unit_of_work(ctx, Permission.MANAGE_TEMPLATES) as session:
        template = _create(session, _free_key(session, definition["kind"]), definition, builtin=False)
        audit.record(session, ctx.actor, "import", "template", template.id, template.name)
        return _detail(template, current_definition(session, template))


def template_by_key(session: Session, key: str) -> CertificateTemplate:
    template = session.scalars(select(CertificateTemplate).where(CertificateTemplate.key == key)).one_or_none()
    if template is None:
        raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "There is no template {key}."), key=key))
    return template


def default_template(session: Session, kind: str) -> CertificateTemplate:
    ensure_builtin_templates(session)
    return session.scalars(select(CertificateTemplate).where(CertificateTemplate.kind == kind)
                           .order_by(CertificateTemplate.builtin.desc(), CertificateTemplate.id)).first()


def current_definition(session: Session, template: CertificateTemplate) -> dict:
    return definition_at(session, template.id, template.version)


def definition_at(session: Session, template_id: int, version: int) -> dict:
    stored = session.get(CertificateTemplateVersion, (template_id, version))
    if stored is None:
        raise NotFound(message(QT_TRANSLATE_NOOP("Messages", "This template version no longer exists.")))
    return stored.definition


def _create(session: Session, key: str, definition: dict, builtin: bool) -> CertificateTemplate:
    template = CertificateTemplate(key=key, name=str(definition.get("name") or key), kind=definition["kind"],
                                   version=1, builtin=builtin)
    session.add(template)
    session.flush()
    session.add(CertificateTemplateVersion(template_id=template.id, version=1,
                                           definition=_stamped(definition, template)))
    session.flush()
    return template


def _stamped(definition: dict, template: CertificateTemplate) -> dict:
    return {**definition, "key": template.key, "kind": template.kind, "version": template.version}


def _check(definition: dict, kind: str) -> None:
    problems = validate_template({**definition, "kind": kind})
    if problems:
        raise ValidationFailed({"definition": message(QT_TRANSLATE_NOOP(
            "Messages", "The template cannot be used: {problems}"), problems="; ".join(problems))})


def _free_key(session: Session, kind: str) -> str:
    taken = session.scalar(select(func.count(CertificateTemplate.id))
                           .where(CertificateTemplate.kind == kind)) or 0
    number = taken + 1
    while session.scalar(select(func.count(CertificateTemplate.id))
                         .where(CertificateTemplate.key == f"{kind}-{number}")):
        number += 1
    return f"{kind}-{number}"


def _detail(template: CertificateTemplate, definition: dict) -> TemplateDetail:
    return TemplateDetail(template.key, template.name, template.kind, template.version, template.builtin, definition)
