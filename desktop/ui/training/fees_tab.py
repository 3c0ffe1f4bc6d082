"""Fees of a class: who owes what after discount, payments with their receipt numbers, the
totals, and the fee report (培训费收费明细表) as a PDF."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.domain.training import yuan
from desktop.printing.fee_report_pdf import TITLE as REPORT_TITLE
from desktop.printing.fee_report_pdf import render_fee_report
from desktop.services import fees
from desktop.services.context import ServiceContext
from desktop.services.fees import FeeLine, FeeReport
from desktop.ui import feedback
from desktop.ui.file_dialogs import ask_save_path
from desktop.ui.paged_model import RowListModel
from desktop.ui.widgets import add_buttons, row_table

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, ID_NUMBER, DISCOUNT, DUE, PAID, RECEIPT, PAID_ON = range(7)
_DISCOUNTS = {
    "": QT_TRANSLATE_NOOP("FeeLabels", "None"),
    "honour": QT_TRANSLATE_NOOP("FeeLabels", "Model worker"),
    "union": QT_TRANSLATE_NOOP("FeeLabels", "Union member"),
}
_UNPAID = QColor("#a3001b")


def discount_label(code: str) -> str:
    return QCoreApplication.translate("FeeLabels", _DISCOUNTS.get(code, code))


def local_date(at: dt.datetime | None) -> dt.date | None:
    """The workstation's calendar day of a naive UTC stamp."""
    return at.replace(tzinfo=dt.timezone.utc).astimezone().date() if at else None


class FeeTableModel(RowListModel):
    """The lines of a FeeReport, in sign-up order."""

    def row_of(self, record_id: int) -> int | None:
        for number, line in enumerate(self.rows):
            if line.enrolment_id == record_id:
                return number
        return None

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("ID number"), self.tr("Discount"), self.tr("Due (¥)"), self.tr("Paid"),
                self.tr("Receipt no."), self.tr("Paid on")]

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def paid_text(self, line: FeeLine) -> str:
        if line.due_fen == 0:
            return self.tr("Nothing due")
        return self.tr("Yes") if line.paid_at else self.tr("No")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line: FeeLine = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            paid_on = local_date(line.paid_at)
            return {NAME: line.trainee_name, ID_NUMBER: line.id_number_masked, DISCOUNT: discount_label(line.discount),
                    DUE: yuan(line.due_fen), PAID: self.paid_text(line), RECEIPT: line.receipt_no or "",
                    PAID_ON: paid_on.isoformat() if paid_on else ""}[column]
        if role == SORT_ROLE:
            return {DUE: line.due_fen, PAID: line.paid_at is not None,
                    PAID_ON: line.paid_at}.get(column, self.data(index))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == PAID and line.due_fen and not line.paid_at:
            return QBrush(_UNPAID)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None


class FeesTab(QWidget):
    """Fees of the class shown; `changed` after a payment was recorded or cancelled."""

    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.class_id: int | None = None
        self.report: FeeReport | None = None
        self.model = FeeTableModel(self)
        self.table = row_table("feeTable", self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self._double_clicked)
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setStyleSheet("color: #5f6368;")
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        self.buttons.update(add_buttons(actions, (
            ("record", self.tr("Record payment…"), self.record_payment),
            ("cancel", self.tr("Cancel payment…"), self.cancel_payment),
            ("report", self.tr("Fee report (PDF)…"), self.save_report),
        )))
        actions.addStretch(1)
        actions.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def show_class(self, class_id: int | None) -> None:
        """Show a class's fees (None: nothing)."""
        if class_id != self.class_id:
            self.status.clear()
        report = None
        if class_id is not None:
            report = feedback.attempt(self, lambda: fees.fee_report(self.ctx, class_id))
            if report is None:
                class_id = None
        self.class_id = class_id
        self._show(report)

    def _show(self, report: FeeReport | None, keep: int | None = None) -> None:
        self.report = report
        sized = bool(self.model.rows)
        self.model.set_rows(list(report.lines) if report else [])
        if report and not sized:
            self._fit_columns()
        if keep is not None and (row := self.model.row_of(keep)) is not None:
            self.table.selectRow(row)
        self.totals.setText(self.totals_text(report) if report else "")
        self._update_buttons()

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(max(self.table.columnWidth(column) + 16, 72), 220))

    def totals_text(self, report: FeeReport) -> str:
        unpaid = sum(1 for line in report.lines if line.due_fen and not line.paid_at)
        return (self.tr("Due ¥%1 · Paid ¥%2 · Outstanding ¥%3 (%4 unpaid)")
                .replace("%1", yuan(report.due_fen)).replace("%2", yuan(report.paid_fen))
                .replace("%3", yuan(report.outstanding_fen)).replace("%4", str(unpaid)))

    def selected_line(self) -> FeeLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if len(rows) == 1 else None

    def _update_buttons(self, *_args) -> None:
        line = self.selected_line()
        self.buttons["record"].setEnabled(line is not None and line.due_fen > 0 and line.paid_at is None)
        self.buttons["cancel"].setEnabled(line is not None and line.paid_at is not None)
        self.buttons["report"].setEnabled(self.report is not None)
        self.table.setEnabled(self.class_id is not None)

    def _reload(self, keep: int) -> None:
        class_id = self.class_id
        report = feedback.attempt(self, lambda: fees.fee_report(self.ctx, class_id))
        if report is not None:
            self._show(report, keep)

    def _double_clicked(self, _index) -> None:
        self.record_payment()

    def record_payment(self) -> None:
        line = self.selected_line()
        if line is None or self.class_id is None or line.paid_at is not None or line.due_fen == 0:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Record payment"),
            self.tr("%1 pays ¥%2.\nReceipt number (leave blank for the next automatic number):")
            .replace("%1", line.trainee_name).replace("%2", yuan(line.due_fen)),
            QLineEdit.EchoMode.Normal, "")
        if not ok:
            return
        receipt = feedback.attempt(self, lambda: fees.record_payment(self.ctx, line.enrolment_id, text))
        if receipt is None:
            return
        self._reload(line.enrolment_id)
        self.status.setText(self.tr("%1 paid: receipt %2").replace("%1", line.trainee_name).replace("%2", receipt))
        self.changed.emit()
        feedback.inform(self, self.tr("The payment of %1 is recorded with receipt number %2.")
                        .replace("%1", line.trainee_name).replace("%2", receipt))

    def cancel_payment(self) -> None:
        line = self.selected_line()
        if line is None or self.class_id is None or line.paid_at is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Cancel payment"),
            self.tr("Cancel the payment of %1 (receipt %2)?\nReason (kept in the audit log):")
            .replace("%1", line.trainee_name).replace("%2", line.receipt_no or ""),
            QLineEdit.EchoMode.Normal, "")
        if not ok:
            return
        if not feedback.attempt(self, lambda: fees.cancel_payment(self.ctx, line.enrolment_id, reason) or True):
            return
        self._reload(line.enrolment_id)
        self.status.setText(self.tr("Payment of %1 cancelled").replace("%1", line.trainee_name))
        self.changed.emit()

    def save_report(self) -> None:
        if self.class_id is None or self.report is None:
            return
        suggested = f"{self.report.class_code} {REPORT_TITLE}.pdf"
        path = ask_save_path(self, self.tr("Save the fee report"), suggested, self.tr("PDF (*.pdf)"))
        if path is None:
            return
        class_id = self.class_id
        report = feedback.attempt(self, lambda: fees.fee_report(self.ctx, class_id))
        if report is None:
            return
        try:
            pages = render_fee_report(report, path)
        except OSError as error:
            feedback.inform(self, self.tr("The file could not be saved: %1")
                            .replace("%1", error.strerror or str(error)))
            return
        self._show(report)
        self.status.setText((self.tr("Saved to %1 (1 page).") if pages == 1 else self.tr("Saved to %1 (%2 pages)."))
                            .replace("%1", str(path)).replace("%2", str(pages)))
