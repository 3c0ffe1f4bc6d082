"""What an Excel import did: the bad rows with their sheet row numbers, or what was imported."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.trainee_excel import ImportReport, RowError
from desktop.ui.i18n import translate_message


def row_error_table(errors: list[RowError]) -> QTableWidget:
    """The refused rows of an Excel import: the sheet's row number and what to fix."""
    table = QTableWidget(len(errors), 2)
    table.setObjectName("importErrors")
    table.setHorizontalHeaderLabels([QCoreApplication.translate("ImportReportDialog", "Row"),
                                     QCoreApplication.translate("ImportReportDialog", "Problem")])
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for number, error in enumerate(errors):
        table.setItem(number, 0, QTableWidgetItem(str(error.row)))
        table.setItem(number, 1, QTableWidgetItem(translate_message(error.message)))
    table.resizeColumnToContents(0)
    return table


class ImportReportDialog(QDialog):
    def __init__(self, report: ImportReport, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setWindowTitle(self.tr("Import of %1").replace("%1", file_name))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        summary = QLabel()
        summary.setObjectName("summary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        if report.ok:
            lines = [self.tr("%1 trainees were imported.").replace("%1", str(report.imported))]
            for kind, names in report.created.items():
                lines.append(self.tr("New %1: %2").replace("%1", self._created_label(kind))
                             .replace("%2", "、".join(names)))
            summary.setText("\n".join(lines))
        else:
            summary.setText(self.tr("Nothing was imported: %1 problem(s) in %2 row(s). Correct these rows "
                                    "in the file and import it again.")
                            .replace("%1", str(len(report.errors)))
                            .replace("%2", str(len({e.row for e in report.errors}))))
            summary.setStyleSheet("color: #b00020;")
            table = row_error_table(report.errors)
            layout.addWidget(table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _created_label(self, kind: str) -> str:
        return {"county": self.tr("counties"), "employer": self.tr("employers"),
                "occupation": self.tr("occupations"), "honour": self.tr("honours")}[kind]
