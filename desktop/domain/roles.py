"""Roles and what each may do. Services check these for every call, whatever the UI shows."""
from __future__ import annotations

from enum import Enum

from desktop.domain.messages import QT_TRANSLATE_NOOP


class Role(str, Enum):
    ADMIN = "admin"
    STAFF = "staff"
    JUDGE = "judge"


ROLE_LABELS = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Messages", "Administrator"),
    Role.STAFF: QT_TRANSLATE_NOOP("Messages", "Staff"),
    Role.JUDGE: QT_TRANSLATE_NOOP("Messages", "Judge"),
}


class Permission(str, Enum):
    READ_REGISTRY = "read_registry"
    EDIT_REGISTRY = "edit_registry"
    MANAGE_USERS = "manage_users"
    READ_AUDIT = "read_audit"
    MAINTAIN_DATABASE = "maintain_database"
    ISSUE_CERTIFICATES = "issue_certificates"
    MANAGE_TEMPLATES = "manage_templates"
    VERIFY_CERTIFICATES = "verify_certificates"
    # Judges mark their own sheets of the events they are assigned to; the services check whose.
    ENTER_MARKS = "enter_marks"
    # The mentoring rules: who may be a mentor, the apprentice cap, the 好师傅 score weights.
    CONFIGURE_MENTORING = "configure_mentoring"
    # Appraisal batches: candidates, scores, approval (approval also needs ISSUE_CERTIFICATES).
    MANAGE_APPRAISALS = "manage_appraisals"
    # The eligibility standards and the promotion-by-prize rules.
    CONFIGURE_APPRAISAL = "configure_appraisal"


GRANTS: dict[Permission, frozenset[Role]] = {
    Permission.READ_REGISTRY: frozenset({Role.ADMIN, Role.STAFF}),
    Permission.EDIT_REGISTRY: frozenset({Role.ADMIN, Role.STAFF}),
    Permission.MANAGE_USERS: frozenset({Role.ADMIN}),
    Permission.READ_AUDIT: frozenset({Role.ADMIN}),
    Permission.MAINTAIN_DATABASE: frozenset({Role.ADMIN}),
    Permission.ISSUE_CERTIFICATES: frozenset({Role.ADMIN, Role.STAFF}),
    Permission.MANAGE_TEMPLATES: frozenset({Role.ADMIN, Role.STAFF}),
    Permission.VERIFY_CERTIFICATES: frozenset({Role.ADMIN, Role.STAFF, Role.JUDGE}),
    Permission.ENTER_MARKS: frozenset({Role.ADMIN, Role.STAFF, Role.JUDGE}),
    Permission.CONFIGURE_MENTORING: frozenset({Role.ADMIN}),
    Permission.MANAGE_APPRAISALS: frozenset({Role.ADMIN, Role.STAFF}),
    Permission.CONFIGURE_APPRAISAL: frozenset({Role.ADMIN}),
}


def allows(roles: frozenset[str] | set[str], permission: Permission) -> bool:
    return any(role in roles for role in GRANTS[permission])
