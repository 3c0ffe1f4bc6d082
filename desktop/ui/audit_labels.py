"""Words for the codes the audit log stores (actions, record types, field names).

The log keeps stable English codes; the page shows them in the user's language.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "AuditLabels"

_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditLabels", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditLabels", "Changed"),
    "archive": QT_TRANSLATE_NOOP("AuditLabels", "Archived"),
    "restore": QT_TRANSLATE_NOOP("AuditLabels", "Restored"),
    "login": QT_TRANSLATE_NOOP("AuditLabels", "Logged in"),
    "login_failed": QT_TRANSLATE_NOOP("AuditLabels", "Wrong password"),
    "lock": QT_TRANSLATE_NOOP("AuditLabels", "Account locked"),
    "reset_password": QT_TRANSLATE_NOOP("AuditLabels", "Password reset"),
    "change_password": QT_TRANSLATE_NOOP("AuditLabels", "Password changed"),
    "import": QT_TRANSLATE_NOOP("AuditLabels", "Imported"),
    "export": QT_TRANSLATE_NOOP("AuditLabels", "Exported"),
    "backup": QT_TRANSLATE_NOOP("AuditLabels", "Backed up"),
    "bulk_create": QT_TRANSLATE_NOOP("AuditLabels", "Created in bulk"),
    "issue": QT_TRANSLATE_NOOP("AuditLabels", "Issued"),
    "print": QT_TRANSLATE_NOOP("AuditLabels", "Printed"),
    "revoke": QT_TRANSLATE_NOOP("AuditLabels", "Revoked"),
    "replace": QT_TRANSLATE_NOOP("AuditLabels", "Replaced"),
    "sign_up": QT_TRANSLATE_NOOP("AuditLabels", "Signed up"),
    "withdraw": QT_TRANSLATE_NOOP("AuditLabels", "Withdrew"),
    "promote": QT_TRANSLATE_NOOP("AuditLabels", "Moved up from the waiting list"),
    "cancel": QT_TRANSLATE_NOOP("AuditLabels", "Cancelled"),
    "mark_attendance": QT_TRANSLATE_NOOP("AuditLabels", "Attendance marked"),
    "assess": QT_TRANSLATE_NOOP("AuditLabels", "Final assessment"),
    "complete": QT_TRANSLATE_NOOP("AuditLabels", "Completed"),
    "pay": QT_TRANSLATE_NOOP("AuditLabels", "Paid"),
    "cancel_payment": QT_TRANSLATE_NOOP("AuditLabels", "Payment cancelled"),
    "draw": QT_TRANSLATE_NOOP("AuditLabels", "Lots drawn"),
    "mark": QT_TRANSLATE_NOOP("AuditLabels", "Marks entered"),
    "publish": QT_TRANSLATE_NOOP("AuditLabels", "Results published"),
    "advance": QT_TRANSLATE_NOOP("AuditLabels", "Advanced to the next stage"),
    "assign": QT_TRANSLATE_NOOP("AuditLabels", "Judges assigned"),
    "submit": QT_TRANSLATE_NOOP("AuditLabels", "Sheet submitted"),
    "return": QT_TRANSLATE_NOOP("AuditLabels", "Sheet returned to the judge"),
    "lock_marks": QT_TRANSLATE_NOOP("AuditLabels", "Marks locked"),
    "decrypt": QT_TRANSLATE_NOOP("AuditLabels", "Numbers decrypted"),
    "paper": QT_TRANSLATE_NOOP("AuditLabels", "Marks on paper"),
    "enter_round": QT_TRANSLATE_NOOP("AuditLabels", "Paper sheet typed in"),
    "agree": QT_TRANSLATE_NOOP("AuditLabels", "Paper sheet agreed"),
    "lodge_appeal": QT_TRANSLATE_NOOP("AuditLabels", "Appeal lodged"),
    "rule_appeal": QT_TRANSLATE_NOOP("AuditLabels", "Appeal ruled on"),
}

_ENTITIES = {
    "trainee": QT_TRANSLATE_NOOP("AuditLabels", "Trainee"),
    "employer": QT_TRANSLATE_NOOP("AuditLabels", "Employer"),
    "user": QT_TRANSLATE_NOOP("AuditLabels", "Account"),
    "county": QT_TRANSLATE_NOOP("AuditLabels", "County"),
    "occupation": QT_TRANSLATE_NOOP("AuditLabels", "Occupation"),
    "honour": QT_TRANSLATE_NOOP("AuditLabels", "Honour"),
    "database": QT_TRANSLATE_NOOP("AuditLabels", "Database"),
    "certificate": QT_TRANSLATE_NOOP("AuditLabels", "Certificate"),
    "template": QT_TRANSLATE_NOOP("AuditLabels", "Certificate template"),
    "settings": QT_TRANSLATE_NOOP("AuditLabels", "Settings"),
    "signing_key": QT_TRANSLATE_NOOP("AuditLabels", "Signing key"),
    "training_class": QT_TRANSLATE_NOOP("AuditLabels", "Class"),
    "enrolment": QT_TRANSLATE_NOOP("AuditLabels", "Sign-up"),
    "competition": QT_TRANSLATE_NOOP("AuditLabels", "Competition"),
    "competition_stage": QT_TRANSLATE_NOOP("AuditLabels", "Competition stage"),
    "competition_event": QT_TRANSLATE_NOOP("AuditLabels", "Competition event"),
    "competition_results": QT_TRANSLATE_NOOP("AuditLabels", "Competition results"),
    "marking_scheme": QT_TRANSLATE_NOOP("AuditLabels", "Marking scheme"),
    "contestant": QT_TRANSLATE_NOOP("AuditLabels", "Contestant"),
    "judge": QT_TRANSLATE_NOOP("AuditLabels", "Judge"),
    "team": QT_TRANSLATE_NOOP("AuditLabels", "Team"),
    "score_sheet": QT_TRANSLATE_NOOP("AuditLabels", "Score sheet"),
    "appeal": QT_TRANSLATE_NOOP("AuditLabels", "Appeal"),
}

_FIELDS = {
    "name": QT_TRANSLATE_NOOP("AuditLabels", "Name"),
    "gender": QT_TRANSLATE_NOOP("AuditLabels", "Gender"),
    "id_number": QT_TRANSLATE_NOOP("AuditLabels", "ID number"),
    "birth_date": QT_TRANSLATE_NOOP("AuditLabels", "Birth date"),
    "phone": QT_TRANSLATE_NOOP("AuditLabels", "Phone"),
    "employer": QT_TRANSLATE_NOOP("AuditLabels", "Employer"),
    "county": QT_TRANSLATE_NOOP("AuditLabels", "County"),
    "education": QT_TRANSLATE_NOOP("AuditLabels", "Education"),
    "occupations": QT_TRANSLATE_NOOP("AuditLabels", "Occupations"),
    "honours": QT_TRANSLATE_NOOP("AuditLabels", "Honours"),
    "notes": QT_TRANSLATE_NOOP("AuditLabels", "Notes"),
    "photo": QT_TRANSLATE_NOOP("AuditLabels", "Photo"),
    "archived_at": QT_TRANSLATE_NOOP("AuditLabels", "Archived at"),
    "credit_code": QT_TRANSLATE_NOOP("AuditLabels", "Credit code"),
    "industry": QT_TRANSLATE_NOOP("AuditLabels", "Industry"),
    "username": QT_TRANSLATE_NOOP("AuditLabels", "User name"),
    "display_name": QT_TRANSLATE_NOOP("AuditLabels", "Full name"),
    "roles": QT_TRANSLATE_NOOP("AuditLabels", "Roles"),
    "is_active": QT_TRANSLATE_NOOP("AuditLabels", "Active"),
    "failed_logins": QT_TRANSLATE_NOOP("AuditLabels", "Wrong passwords"),
    "trainees": QT_TRANSLATE_NOOP("AuditLabels", "Trainees"),
    "dry_run": QT_TRANSLATE_NOOP("AuditLabels", "Check only"),
    "kind": QT_TRANSLATE_NOOP("AuditLabels", "Kind"),
    "holder": QT_TRANSLATE_NOOP("AuditLabels", "Holder"),
    "detail": QT_TRANSLATE_NOOP("AuditLabels", "Level, award, class or honour"),
    "issue_date": QT_TRANSLATE_NOOP("AuditLabels", "Issue date"),
    "replaces": QT_TRANSLATE_NOOP("AuditLabels", "Replaces"),
    "replaced_by": QT_TRANSLATE_NOOP("AuditLabels", "Replaced by"),
    "print_serial": QT_TRANSLATE_NOOP("AuditLabels", "Print serial"),
    "status": QT_TRANSLATE_NOOP("AuditLabels", "Status"),
    "reason": QT_TRANSLATE_NOOP("AuditLabels", "Reason"),
    "version": QT_TRANSLATE_NOOP("AuditLabels", "Version"),
    "copied_from": QT_TRANSLATE_NOOP("AuditLabels", "Copied from"),
    "issuer": QT_TRANSLATE_NOOP("AuditLabels", "Issuing body"),
    "class": QT_TRANSLATE_NOOP("AuditLabels", "Class"),
    "code": QT_TRANSLATE_NOOP("AuditLabels", "Code"),
    "title": QT_TRANSLATE_NOOP("AuditLabels", "Title"),
    "occupation_id": QT_TRANSLATE_NOOP("AuditLabels", "Occupation"),
    "target_level": QT_TRANSLATE_NOOP("AuditLabels", "Target level"),
    "capacity": QT_TRANSLATE_NOOP("AuditLabels", "Seats"),
    "fee": QT_TRANSLATE_NOOP("AuditLabels", "Fee"),
    "honour_discount_pct": QT_TRANSLATE_NOOP("AuditLabels", "Model workers' discount"),
    "union_discount_pct": QT_TRANSLATE_NOOP("AuditLabels", "Union members' discount"),
    "min_attendance_pct": QT_TRANSLATE_NOOP("AuditLabels", "Minimum attendance"),
    "requires_assessment": QT_TRANSLATE_NOOP("AuditLabels", "Final assessment required"),
    "teachers": QT_TRANSLATE_NOOP("AuditLabels", "Teachers"),
    "venue": QT_TRANSLATE_NOOP("AuditLabels", "Venue"),
    "signup_opens_at": QT_TRANSLATE_NOOP("AuditLabels", "Sign-up opens"),
    "signup_closes_at": QT_TRANSLATE_NOOP("AuditLabels", "Sign-up closes"),
    "sessions": QT_TRANSLATE_NOOP("AuditLabels", "Sessions"),
    "source": QT_TRANSLATE_NOOP("AuditLabels", "Source"),
    "submitted_at": QT_TRANSLATE_NOOP("AuditLabels", "Submitted at"),
    "receipt_no": QT_TRANSLATE_NOOP("AuditLabels", "Receipt number"),
    "paid_at": QT_TRANSLATE_NOOP("AuditLabels", "Paid at"),
    "fee_due_fen": QT_TRANSLATE_NOOP("AuditLabels", "Fee due (fen)"),
    "assessment": QT_TRANSLATE_NOOP("AuditLabels", "Final assessment"),
    "certificate_id": QT_TRANSLATE_NOOP("AuditLabels", "Certificate"),
    "cells": QT_TRANSLATE_NOOP("AuditLabels", "Cells changed"),
    "union_member": QT_TRANSLATE_NOOP("AuditLabels", "Union member"),
    "union_members": QT_TRANSLATE_NOOP("AuditLabels", "Union members"),
    "placed": QT_TRANSLATE_NOOP("AuditLabels", "Placed"),
    "waiting": QT_TRANSLATE_NOOP("AuditLabels", "Waiting"),
    "registered": QT_TRANSLATE_NOOP("AuditLabels", "Newly registered"),
    "classes": QT_TRANSLATE_NOOP("AuditLabels", "Classes"),
    "enrolments": QT_TRANSLATE_NOOP("AuditLabels", "Sign-ups"),
    "lodged_by": QT_TRANSLATE_NOOP("AuditLabels", "Lodged by"),
    "lodged_at": QT_TRANSLATE_NOOP("AuditLabels", "Lodged at"),
    "ruling": QT_TRANSLATE_NOOP("AuditLabels", "Ruling"),
    "marks": QT_TRANSLATE_NOOP("AuditLabels", "Marks"),
    "appeal": QT_TRANSLATE_NOOP("AuditLabels", "Appeal"),
    "state": QT_TRANSLATE_NOOP("AuditLabels", "State"),
    "judges": QT_TRANSLATE_NOOP("AuditLabels", "Judges"),
    "chief": QT_TRANSLATE_NOOP("AuditLabels", "Chief judge"),
    "exclusions": QT_TRANSLATE_NOOP("AuditLabels", "Exclusions"),
    "judge": QT_TRANSLATE_NOOP("AuditLabels", "Judge"),
    "user_id": QT_TRANSLATE_NOOP("AuditLabels", "Account"),
    "employer_id": QT_TRANSLATE_NOOP("AuditLabels", "Employer"),
    "team_id": QT_TRANSLATE_NOOP("AuditLabels", "Team"),
}


def _label(labels: dict[str, str], code: str) -> str:
    return QCoreApplication.translate(CONTEXT, labels[code]) if code in labels else code


def action_label(code: str) -> str:
    return _label(_ACTIONS, code)


def entity_label(code: str) -> str:
    return _label(_ENTITIES, code)


def field_label(code: str) -> str:
    return _label(_FIELDS, code)
