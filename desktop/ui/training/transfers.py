"""Excel in and out of the Classes page: the online sign-up form's export, and the class and
sign-up lists (the same files as `skillbase export classes|enrolments`)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.domain.errors import UserError
from desktop.services import signup_forms, training_exports
from desktop.services.classes import ClassQuery
from desktop.services.context import ServiceContext
from desktop.services.signups import EnrolmentQuery
from desktop.services.signup_forms import FormImportReport
from desktop.ui import feedback
from desktop.ui.background import run_with_progress
from desktop.ui.file_dialogs import EXCEL_FILTER, ask_open_path, ask_save_path
from desktop.ui.trainees.import_report import row_error_table


def _t(text: str) -> str:
    return QCoreApplication.translate("Training", text)


class FormImportReportDialog(QDialog):
    """Who got a place, who waits at which position, and what was skipped — or, when any row
    is wrong, that nothing was imported and which rows to correct."""

    def __init__(self, report: FormImportReport, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("formImportReport")
        self.setWindowTitle(self.tr("Online sign-ups from %1").replace("%1", file_name))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        summary = QLabel()
        summary.setObjectName("summary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        if report.ok:
            lines = [self.tr("%1 got a place: %2").replace("%1", str(len(report.placed)))
                     .replace("%2", "、".join(report.placed) or "—"),
                     self.tr("%1 joined the waiting list: %2").replace("%1", str(len(report.waiting)))
                     .replace("%2", "、".join(f"{name} (#{position})" for name, position in report.waiting) or "—")]
            if report.registered:
                lines.append(self.tr("%1 people were new and are now registered as trainees.")
                             .replace("%1", str(report.registered)))
            skipped = report.already_signed_up + report.duplicates_in_file + report.withdrawn
            if skipped:
                lines.append(self.tr("Skipped %1 rows: %2 signed up already, %3 repeated in the file, "
                                     "%4 withdrew later.").replace("%1", str(skipped))
                             .replace("%2", str(report.already_signed_up))
                             .replace("%3", str(report.duplicates_in_file)).replace("%4", str(report.withdrawn)))
            lines.append(self.tr("Form submissions were placed by their submission time; places already "
                                 "given at the desk were kept."))
            summary.setText("\n".join(lines))
        else:
            summary.setText(self.tr("Nothing was imported: %1 problem(s). Correct these rows in the file and "
                                    "import it again.").replace("%1", str(len(report.errors))))
            summary.setStyleSheet("color: #b00020;")
            layout.addWidget(row_error_table(report.errors), 1)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def import_form(parent: QWidget, ctx: ServiceContext, class_id: int) -> bool:
    """Ask for the form's .xlsx and import it; True when sign-ups changed."""
    title = _t(QT_TRANSLATE_NOOP("Training", "Import online sign-up form"))
    path = ask_open_path(parent, title, EXCEL_FILTER)
    if path is None:
        return False
    try:
        report = run_with_progress(parent, _t(QT_TRANSLATE_NOOP("Training", "Placing the sign-ups in %1…")).replace("%1", path.name),
                                   lambda progress: signup_forms.import_signup_form(ctx, class_id, path,
                                                                                      progress=progress))
    except UserError as error:
        feedback.show_user_error(parent, error)
        return False
    dialog = FormImportReportDialog(report, path.name, parent)
    dialog.open()
    return report.ok and bool(report.placed or report.waiting)


def export_classes(parent: QWidget, ctx: ServiceContext, query: ClassQuery) -> None:
    path = ask_save_path(parent, _t(QT_TRANSLATE_NOOP("Training", "Export classes")), "培训班.xlsx", EXCEL_FILTER)
    if path is not None:
        _export(parent, path, lambda: training_exports.export_classes(ctx, path, query),
                _t(QT_TRANSLATE_NOOP("Training", "%1 classes were written to %2.")))


def export_enrolments(parent: QWidget, ctx: ServiceContext, query: EnrolmentQuery, suggested: str) -> None:
    path = ask_save_path(parent, _t(QT_TRANSLATE_NOOP("Training", "Export sign-ups")), suggested, EXCEL_FILTER)
    if path is not None:
        _export(parent, path, lambda: training_exports.export_enrolments(ctx, path, query),
                _t(QT_TRANSLATE_NOOP("Training", "%1 sign-ups were written to %2.")))


def _export(parent: QWidget, path, write, done_text: str) -> None:
    try:
        count = run_with_progress(parent, _t(QT_TRANSLATE_NOOP("Training", "Exporting…")), lambda _progress: write())
    except UserError as error:
        feedback.show_user_error(parent, error)
        return
    feedback.inform(parent, done_text.replace("%1", f"{count:,}").replace("%2", str(path)))
