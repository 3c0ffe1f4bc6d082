"""Words the training pages show for statuses and discounts (translated in context Training)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.domain.training import ClassStatus
from desktop.services.signups import EnrolmentRow, EnrolmentStatus


def utc_to_local(moment: dt.datetime) -> dt.datetime:
    """Stored moments are UTC; people read and type the workstation's local time."""
    return moment.replace(tzinfo=dt.timezone.utc).astimezone().replace(tzinfo=None)


def local_to_utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone().astimezone(dt.timezone.utc).replace(tzinfo=None)


def _t(text: str) -> str:
    return QCoreApplication.translate("Training", text)


_CLASS_STATUSES = {
    ClassStatus.UPCOMING: QT_TRANSLATE_NOOP("Training", "Upcoming"),
    ClassStatus.OPEN: QT_TRANSLATE_NOOP("Training", "Sign-up open"),
    ClassStatus.FULL: QT_TRANSLATE_NOOP("Training", "Full – waiting list"),
    ClassStatus.CLOSED: QT_TRANSLATE_NOOP("Training", "Sign-up closed"),
    ClassStatus.RUNNING: QT_TRANSLATE_NOOP("Training", "Running"),
    ClassStatus.FINISHED: QT_TRANSLATE_NOOP("Training", "Finished"),
    ClassStatus.CANCELLED: QT_TRANSLATE_NOOP("Training", "Cancelled"),
}
_ENROLMENT_STATUSES = {
    EnrolmentStatus.ENROLLED: QT_TRANSLATE_NOOP("Training", "Enrolled"),
    EnrolmentStatus.WAITING: QT_TRANSLATE_NOOP("Training", "Waiting"),
    EnrolmentStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Training", "Withdrawn"),
    EnrolmentStatus.COMPLETED: QT_TRANSLATE_NOOP("Training", "Completed"),
}
_DISCOUNTS = {"": "", "honour": QT_TRANSLATE_NOOP("Training", "Model worker"),
              "union": QT_TRANSLATE_NOOP("Training", "Union member")}
_SOURCES = {"desk": QT_TRANSLATE_NOOP("Training", "Desk"), "form": QT_TRANSLATE_NOOP("Training", "Online form")}


def class_status_label(status: ClassStatus) -> str:
    return _t(_CLASS_STATUSES[ClassStatus(status)])


def enrolment_status_label(status: EnrolmentStatus) -> str:
    return _t(_ENROLMENT_STATUSES[EnrolmentStatus(status)])


def enrolment_state_text(row: EnrolmentRow) -> str:
    """'Waiting #3' for the waiting list, the plain status otherwise."""
    if row.waiting_position is not None:
        return _t(QT_TRANSLATE_NOOP("Training", "Waiting #%1")).replace("%1", str(row.waiting_position))
    return enrolment_status_label(row.shown_status)


def discount_label(discount: str) -> str:
    return _t(_DISCOUNTS[discount]) if discount else ""


def source_label(source: str) -> str:
    return _t(_SOURCES[source])


def local_text(moment: dt.datetime | None) -> str:
    """A stored UTC moment as the workstation's local 'YYYY-MM-DD HH:MM'."""
    return utc_to_local(moment).strftime("%Y-%m-%d %H:%M") if moment else ""
