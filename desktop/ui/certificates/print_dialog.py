"""Preview a PDF of certificates, then print it or save it; offsets for pre-printed stock."""
from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.services import certificate_previews, certificates
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.background import run_with_progress
from desktop.ui.certificates import printer_output
from desktop.ui.certificates.printer_output import (
    PDF_PRINTER,
    PrinterOffsets,
    PrintingCancelled,
    PrintingFailed,
    ScratchFiles,
)
from desktop.ui.file_dialogs import ask_save_path
from desktop.ui.widgets import ErrorLabel

# rerender(fields_only, progress) -> a fresh PDF of the same certificates
Rerender = Callable[[bool, Callable[[int, int], bool]], Path]


class PrintDialog(QDialog):
    """Shows `pdf` (owned by `scratch`, removed on closing); "Print…" and "Save as PDF…".

    `after_output` runs after each successful print or save (a reprint counts it there);
    `rerender` makes the "Fields only" box re-draw the same certificates without the static parts.
    """

    printed = Signal()

    def __init__(self, pdf: Path, scratch: ScratchFiles, settings: QSettings | None, parent: QWidget | None = None,
                 *, title: str = "", fields_only: bool = False, rerender: Rerender | None = None,
                 after_output: Callable[[], None] | None = None, suggested_name: str = "证书.pdf",
                 calibration: bool = True, offsets: PrinterOffsets | None = None,
                 draw_with_offsets: Callable[[tuple[float, float]], Path] | None = None):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Print certificates"))
        self.resize(980, 760)
        self.pdf = pdf
        self.scratch = scratch
        self.offsets = offsets or PrinterOffsets(settings)
        self.rerender = rerender
        self.after_output = after_output
        # The calibration page prints the offsets it was drawn with, so they go into the PDF itself.
        self.draw_with_offsets = draw_with_offsets
        self.suggested_name = suggested_name
        self.outputs = 0
        self.document: QPdfDocument | None = None
        self.view = printer_output.preview_view("preview")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.page_count = QLabel()
        self.page_count.setObjectName("pageCount")
        self.fields_only = QCheckBox(self.tr("Fields only (pre-printed stock)"))
        self.fields_only.setObjectName("fieldsOnly")
        self.fields_only.setChecked(fields_only)
        self.fields_only.setEnabled(rerender is not None)
        self.fields_only.setVisible(draw_with_offsets is None)  # the calibration page has no static parts
        self.fields_only.toggled.connect(self._fields_only_toggled)
        self.offset_printer = QComboBox()
        self.offset_printer.setObjectName("offsetPrinter")
        self.offset_printer.setEditable(True)
        self.offset_printer.addItems(_printer_names())
        self.offset_printer.currentTextChanged.connect(self._show_offsets)
        self.offset_x = _millimetres()
        self.offset_x.setObjectName("offsetX")
        self.offset_y = _millimetres()
        self.offset_y.setObjectName("offsetY")
        for box in (self.offset_x, self.offset_y):
            box.valueChanged.connect(self._keep_offsets)
        self.error = ErrorLabel()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.buttons: dict[str, QPushButton] = {}
        self._layout(calibration)
        self._load(pdf)
        self._show_offsets(self.offset_printer.currentText())
        self.finished.connect(self._clean_up)

    def _layout(self, calibration: bool) -> None:
        stock = QHBoxLayout()
        stock.addWidget(self.fields_only)
        self.offset_box = QWidget()
        offsets = QHBoxLayout(self.offset_box)
        offsets.setContentsMargins(0, 0, 0, 0)
        offsets.addWidget(QLabel(self.tr("Offsets of printer")))
        offsets.addWidget(self.offset_printer, 1)
        offsets.addWidget(QLabel(self.tr("right (mm):")))
        offsets.addWidget(self.offset_x)
        offsets.addWidget(QLabel(self.tr("down (mm):")))
        offsets.addWidget(self.offset_y)
        stock.addWidget(self.offset_box, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.page_count)
        actions.addWidget(self.status, 1)
        for name, text, slot, shown in (
            ("calibration", self.tr("Calibration page…"), self.show_calibration_page, calibration),
            ("print", self.tr("Print…"), self.print_document, True),
            ("save", self.tr("Save as PDF…"), self.save_copy, True),
            ("close", self.tr("Close"), self.reject, True),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            button.setVisible(shown)
            button.setAutoDefault(False)
            self.buttons[name] = button
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(stock)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addLayout(actions)
        self._show_stock_options()

    def _load(self, pdf: Path) -> None:
        # A fresh document each time rather than reloading one the view has drawn from.
        old, self.document = self.document, QPdfDocument(self)
        self.pdf = pdf
        self.document.load(str(pdf))
        self.view.setDocument(self.document)
        if old is not None:
            old.close()
            old.deleteLater()
        pages = self.document.pageCount()
        self.page_count.setText(self.tr("%1 pages").replace("%1", str(pages)) if pages != 1
                                else self.tr("1 page"))

    def _show_stock_options(self) -> None:
        self.offset_box.setVisible(self.fields_only.isChecked())

    def _fields_only_toggled(self, checked: bool) -> None:
        self._show_stock_options()
        if self.rerender is None:
            return
        target = self.rerender
        try:
            fresh = run_with_progress(self, self.tr("Preparing the pages…"),
                                      lambda progress: target(checked, progress))
        except UserError as error:
            feedback.show_user_error(self, error)
            self.fields_only.blockSignals(True)  # the pages shown are still the former kind
            self.fields_only.setChecked(not checked)
            self.fields_only.blockSignals(False)
            self._show_stock_options()
            return
        self._load(fresh)

    def _show_offsets(self, name: str) -> None:
        x, y = self.offsets.get(name or PDF_PRINTER)
        for box, value in ((self.offset_x, x), (self.offset_y, y)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self._redraw_with_offsets()

    def _keep_offsets(self) -> None:
        self.offsets.set(self.offset_printer.currentText() or PDF_PRINTER,
                         (self.offset_x.value(), self.offset_y.value()))
        self._redraw_with_offsets()

    def _redraw_with_offsets(self) -> None:
        if self.draw_with_offsets is None:
            return
        draw = self.draw_with_offsets
        fresh = feedback.attempt(self, lambda: draw((self.offset_x.value(), self.offset_y.value())))
        if fresh is not None:
            self._load(fresh)

    def print_document(self) -> None:
        self.error.clear_message()
        printer = printer_output.ask_printer(self)
        if printer is None:
            return
        name = printer_output.printer_name(printer)
        shifted = self.fields_only.isChecked() and self.draw_with_offsets is None
        offset = self.offsets.get(name) if shifted else (0.0, 0.0)
        pdf = self.pdf
        try:
            pages = run_with_progress(self, self.tr("Printing on %1…").replace("%1", name),
                                      lambda progress: printer_output.print_pdf(pdf, printer, offset, progress))
        except PrintingCancelled:
            self.status.setText(self.tr("Printing was cancelled."))
            return
        except PrintingFailed:
            self.error.show_message(self.tr("The printer %1 could not start: check that it is on and "
                                            "connected, then try again.").replace("%1", name))
            return
        self.status.setText(self.tr("%1 pages sent to %2.").replace("%1", str(pages)).replace("%2", name))
        self._output_done()

    def save_copy(self) -> None:
        path = ask_save_path(self, self.tr("Save as PDF"), self.suggested_name, self.tr("PDF (*.pdf)"))
        if path is None:
            return
        try:
            shutil.copyfile(self.pdf, path)
        except OSError as error:
            self.error.show_message(self.tr("The file could not be saved: %1").replace("%1", error.strerror or str(error)))
            return
        self.status.setText(self.tr("Saved to %1.").replace("%1", str(path)))
        self._output_done()

    def _output_done(self) -> None:
        self.outputs += 1
        if self.after_output is not None:
            feedback.attempt(self, self.after_output)
        self.printed.emit()

    def show_calibration_page(self) -> None:
        show_calibration_page(printer_output.paper_of(self.document), self.offsets, self)
        self._show_offsets(self.offset_printer.currentText())

    def _clean_up(self) -> None:
        self.document.close()
        self.scratch.remove()

    @classmethod
    def run(cls, pdf: Path, scratch: ScratchFiles, settings: QSettings | None, parent: QWidget | None = None,
            **options) -> int:
        """Show the PDF until closed; returns how many times it was printed or saved."""
        dialog = cls(pdf, scratch, settings, parent, **options)
        dialog.exec()
        return dialog.outputs


def _millimetres() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(-30.0, 30.0)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    box.setSuffix(" mm")
    return box


def _printer_names() -> list[str]:
    default = QPrinterInfo.defaultPrinterName()
    names = QPrinterInfo.availablePrinterNames()
    ordered = [default, *[n for n in names if n != default]] if default else list(names)
    return ordered or [PDF_PRINTER]


def show_certificates(ctx: ServiceContext, certificate_ids: list[int], settings: QSettings | None,
                      parent: QWidget | None, *, pdf: Path | None = None, scratch: ScratchFiles | None = None,
                      fields_only: bool = False, already_counted: int = 0) -> int:
    """Preview issued certificates for printing. Without `pdf`, they are drawn first (not counted).

    Every print or save after the first `already_counted` ones is recorded as a reprint: the
    number stays, the print serial goes up. Returns how many times they were printed or saved.
    """
    scratch = scratch or ScratchFiles()

    def rerender(only_fields: bool, progress) -> Path:
        fresh = scratch.new_pdf()
        certificates.print_certificates(ctx, certificate_ids, fresh, progress, fields_only=only_fields, record=False)
        return fresh

    if pdf is None:
        try:
            pdf = run_with_progress(parent, QCoreApplication.translate("PrintDialog", "Preparing the pages…"),
                                    lambda progress: rerender(fields_only, progress))
        except UserError as error:
            scratch.remove()
            feedback.show_user_error(parent, error)
            return 0
    outputs = [0]

    def count_reprint() -> None:
        outputs[0] += 1
        if outputs[0] > already_counted:
            certificates.record_prints(ctx, certificate_ids)

    title = (QCoreApplication.translate("PrintDialog", "Print 1 certificate") if len(certificate_ids) == 1 else
             QCoreApplication.translate("PrintDialog", "Print %1 certificates").replace("%1", str(len(certificate_ids))))
    return PrintDialog.run(pdf, scratch, settings, parent, title=title, fields_only=fields_only,
                           rerender=rerender, after_output=count_reprint)


def show_calibration_page(paper: dict, offsets: PrinterOffsets, parent: QWidget | None) -> None:
    """The ruler page for pre-printed stock, drawn with the offsets of the printer chosen."""
    scratch = ScratchFiles()

    def draw(offset_mm: tuple[float, float]) -> Path:
        pdf = scratch.new_pdf("calibration")
        certificate_previews.calibration_page(pdf, paper, offset_mm)
        return pdf

    first = feedback.attempt(parent, lambda: draw((0.0, 0.0)))
    if first is None:
        scratch.remove()
        return
    PrintDialog.run(first, scratch, offsets.settings, parent,
                    title=QCoreApplication.translate("PrintDialog", "Calibration page"), fields_only=True,
                    calibration=False, suggested_name="calibration.pdf", offsets=offsets, draw_with_offsets=draw)
