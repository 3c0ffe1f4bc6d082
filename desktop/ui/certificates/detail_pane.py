"""The selected certificate: the values printed on it, its QR text and every time it was printed."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.certificates import CertificateDetail
from desktop.ui.certificates.labels import VALUE_ORDER, kind_label, status_label, value_label

HIDDEN_VALUES = ("qr_payload", "photo", "number")


def local_time(at: dt.datetime) -> str:
    """Stamps are stored in UTC without a zone; show them in the workstation's time."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.timezone.utc)
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


class CertificateDetailPane(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("detailState")
        self.state.setWordWrap(True)
        self.values = _table("printedValues", [self.tr("Printed"), self.tr("Value")])
        self.qr_text = QPlainTextEdit()
        self.qr_text.setObjectName("qrText")
        self.qr_text.setReadOnly(True)
        self.qr_text.setMaximumHeight(70)
        self.prints = _table("printHistory", [self.tr("Print"), self.tr("Time"), self.tr("User")])
        self.prints.setMaximumHeight(140)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addWidget(self.values, 1)
        layout.addWidget(QLabel(self.tr("QR code text:")))
        layout.addWidget(self.qr_text)
        layout.addWidget(QLabel(self.tr("Print history:")))
        layout.addWidget(self.prints)
        self.show_detail(None)

    def show_detail(self, detail: CertificateDetail | None) -> None:
        self.values.setRowCount(0)
        self.prints.setRowCount(0)
        self.qr_text.clear()
        if detail is None:
            self.title.setText(self.tr("Choose a certificate to see what is printed on it."))
            self.state.clear()
            return
        row = detail.row
        self.title.setText(self.tr("%1 No. %2").replace("%1", kind_label(row.kind)).replace("%2", row.number))
        self.state.setText(self._state(detail))
        shown = [key for key in VALUE_ORDER if key in detail.printed_values and key not in HIDDEN_VALUES]
        shown += sorted(key for key in detail.printed_values if key not in VALUE_ORDER and key not in HIDDEN_VALUES)
        self.values.setRowCount(len(shown))
        for number, key in enumerate(shown):
            self.values.setItem(number, 0, QTableWidgetItem(value_label(key)))
            self.values.setItem(number, 1, QTableWidgetItem(str(detail.printed_values[key])))
        self.qr_text.setPlainText(detail.qr_payload)
        self.prints.setRowCount(len(detail.prints))
        for number, (serial, at, username) in enumerate(detail.prints):
            for column, text in enumerate((str(serial), local_time(at), username)):
                self.prints.setItem(number, column, QTableWidgetItem(text))

    def _state(self, detail: CertificateDetail) -> str:
        row = detail.row
        words = [status_label(row.status)]
        if row.status == "replaced":
            words.append(self.tr("replaced by %1").replace("%1", row.replaced_by or ""))
        if row.revoke_reason:
            words.append(self.tr("reason: %1").replace("%1", row.revoke_reason))
        if row.replaces:
            words.append(self.tr("replaces %1").replace("%1", row.replaces))
        words.append(self.tr("template %1").replace("%1", row.template_key))
        return " · ".join(words)


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(22)
    table.horizontalHeader().setStretchLastSection(True)
    for column in range(len(headers) - 1):
        table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table
