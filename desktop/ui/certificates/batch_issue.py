"""Issuing a batch of certificates from another area (completions, competition prizes): ask
the issue date and where to save the PDF, issue with a cancellable progress, then offer the
print preview. The area passes its texts and the service call that issues."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain.errors import UserError
from desktop.services.certificates import CertificateRow
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.background import run_with_progress
from desktop.ui.certificates.print_dialog import show_certificates
from desktop.ui.certificates.printer_output import ScratchFiles
from desktop.ui.file_dialogs import PDF_FILTER, ask_save_path

Issue = Callable[[dt.date, Path, Callable[[int, int], bool]], list[CertificateRow]]


class IssueDateDialog(QDialog):
    """Asks the date printed on the certificates."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.issue_date = QDateEdit(QDate.currentDate())
        self.issue_date.setObjectName("issue_date")
        self.issue_date.setCalendarPopup(True)
        self.issue_date.setDisplayFormat("yyyy-MM-dd")
        text = QLabel(explanation)
        text.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Issue date:"), self.issue_date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, title: str, explanation: str, parent: QWidget | None = None) -> dt.date | None:
        dialog = cls(title, explanation, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.issue_date.date().toPython()


def issue_batch(parent: QWidget, ctx: ServiceContext, title: str, explanation: str, suggested: str,
                progress_label: str, issue: Issue) -> list[CertificateRow] | None:
    """The issued rows, or None when cancelled or refused (the reason was shown)."""
    issue_date = IssueDateDialog.ask(title, explanation, parent)
    if issue_date is None:
        return None
    path = ask_save_path(parent, title, suggested, PDF_FILTER)
    if path is None:
        return None
    try:
        issued = run_with_progress(parent, progress_label, lambda progress: issue(issue_date, path, progress))
    except UserError as error:
        feedback.show_user_error(parent, error)
        return None
    except OSError as error:
        feedback.inform(parent, QCoreApplication.translate("IssueDateDialog", "The file could not be saved: %1")
                        .replace("%1", error.strerror or str(error)))
        return None
    question = (QCoreApplication.translate(
        "IssueDateDialog", "%1 certificates were issued and saved to %2.\n\nShow them now for printing?")
                .replace("%1", str(len(issued))).replace("%2", str(path)))
    if feedback.confirm(parent, question):
        # Saving the file was the batch's recorded print: printing it from the preview is not a reprint.
        show_certificates(ctx, [row.id for row in issued], None, parent, pdf=path, scratch=ScratchFiles(),
                          already_counted=1)
    return issued
