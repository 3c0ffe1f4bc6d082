"""Words for the codes certificates store (kind, status, printed value names).

The registry keeps stable English codes; the UI shows them in the user's language.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "CertificateLabels"
KINDS = ("level", "award", "completion", "honour")
STATUSES = ("issued", "revoked", "replaced")

_KINDS = {
    "level": QT_TRANSLATE_NOOP("CertificateLabels", "Skill level"),
    "award": QT_TRANSLATE_NOOP("CertificateLabels", "Competition award"),
    "completion": QT_TRANSLATE_NOOP("CertificateLabels", "Training completion"),
    "honour": QT_TRANSLATE_NOOP("CertificateLabels", "Honour"),
}

_STATUSES = {
    "issued": QT_TRANSLATE_NOOP("CertificateLabels", "Issued"),
    "revoked": QT_TRANSLATE_NOOP("CertificateLabels", "Revoked"),
    "replaced": QT_TRANSLATE_NOOP("CertificateLabels", "Replaced"),
}

_VALUES = {
    "number": QT_TRANSLATE_NOOP("CertificateLabels", "Number"),
    "holder_name": QT_TRANSLATE_NOOP("CertificateLabels", "Name"),
    "gender": QT_TRANSLATE_NOOP("CertificateLabels", "Gender"),
    "id_number": QT_TRANSLATE_NOOP("CertificateLabels", "ID number"),
    "employer": QT_TRANSLATE_NOOP("CertificateLabels", "Employer"),
    "occupation": QT_TRANSLATE_NOOP("CertificateLabels", "Occupation"),
    "level": QT_TRANSLATE_NOOP("CertificateLabels", "Skill level"),
    "level_number": QT_TRANSLATE_NOOP("CertificateLabels", "Level (digit)"),
    "award": QT_TRANSLATE_NOOP("CertificateLabels", "Award"),
    "competition": QT_TRANSLATE_NOOP("CertificateLabels", "Competition"),
    "class_title": QT_TRANSLATE_NOOP("CertificateLabels", "Class"),
    "hours": QT_TRANSLATE_NOOP("CertificateLabels", "Hours"),
    "honour_title": QT_TRANSLATE_NOOP("CertificateLabels", "Honour"),
    "issuer": QT_TRANSLATE_NOOP("CertificateLabels", "Issued by"),
    "issue_date": QT_TRANSLATE_NOOP("CertificateLabels", "Issue date"),
    "year": QT_TRANSLATE_NOOP("CertificateLabels", "Year"),
}

# The order values are shown in; anything else follows under its code.
VALUE_ORDER = tuple(_VALUES)


def _label(labels: dict[str, str], code: str) -> str:
    return QCoreApplication.translate(CONTEXT, labels[code]) if code in labels else code


def kind_label(code: str) -> str:
    return _label(_KINDS, code)


def status_label(code: str) -> str:
    return _label(_STATUSES, code)


def value_label(code: str) -> str:
    return _label(_VALUES, code)
