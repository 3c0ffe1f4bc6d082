"""Sending a PDF to a printer: the printer chooser, per-printer offsets and page rendering.

QtPdf only rasterises, so each page is rendered to an image at up to MAX_DPI and drawn onto
the printer; the page is filled white first because QtPdf leaves the background transparent.
"""
from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSettings, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

MAX_DPI = 400  # a full A4 page at 400 dpi is a 62 MB image; more costs memory, not legibility
POINTS_PER_INCH = 72.0
MM_PER_INCH = 25.4
OFFSETS_KEY = "printing/offsets/%1"
PDF_PRINTER = "PDF"  # the name offsets are kept under when Qt writes a PDF instead of printing
# Paper sizes certificates come in (portrait width, height in mm), for the calibration page.
PAPER_SIZES = {"A4": (210.0, 297.0), "A5": (148.0, 210.0), "B5": (176.0, 250.0)}


class PrintingFailed(Exception):
    """The printer would not start (offline, no permission, a file that cannot be written)."""


class PrintingCancelled(Exception):
    pass


def ask_printer(parent: QWidget | None) -> QPrinter | None:
    """The system print dialog. Tests replace this function (QPrintDialog blocks)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintSelection, False)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def printer_name(printer: QPrinter) -> str:
    return printer.printerName() or PDF_PRINTER


class PrinterOffsets:
    """How far each printer misplaces its output (mm), kept in the workstation settings.

    Without settings (a page built in isolation) the offsets live only as long as this object.
    """

    def __init__(self, settings: QSettings | None):
        self.settings = settings
        self._unsaved: dict[str, tuple[float, float]] = {}

    @staticmethod
    def _key(name: str) -> str:
        # QSettings treats both slashes as group separators; Windows share names have them.
        return OFFSETS_KEY.replace("%1", name.replace("/", "_").replace("\\", "_") or PDF_PRINTER)

    def get(self, name: str) -> tuple[float, float]:
        if self.settings is None:
            return self._unsaved.get(name, (0.0, 0.0))
        value = self.settings.value(self._key(name), None)
        try:
            x, y = (float(v) for v in (value or (0.0, 0.0)))
        except (TypeError, ValueError):  # a hand-edited settings file
            return 0.0, 0.0
        return x, y

    def set(self, name: str, offset_mm: tuple[float, float]) -> None:
        if self.settings is None:
            self._unsaved[name] = offset_mm
            return
        self.settings.setValue(self._key(name), [f"{offset_mm[0]:g}", f"{offset_mm[1]:g}"])
        self.settings.sync()


def paper_of(document: QPdfDocument, page: int = 0) -> dict:
    """The template page description ({"size", "orientation"}) closest to a PDF page."""
    size = document.pagePointSize(page)
    width, height = (v / POINTS_PER_INCH * MM_PER_INCH for v in (size.width(), size.height()))
    short, long = sorted((width, height))
    name = min(PAPER_SIZES, key=lambda n: abs(PAPER_SIZES[n][0] - short) + abs(PAPER_SIZES[n][1] - long))
    return {"size": name, "orientation": "landscape" if width > height else "portrait"}


def print_pdf(path: Path, printer: QPrinter, offset_mm: tuple[float, float],
              progress: Callable[[int, int], bool]) -> int:
    """Print every page of a PDF, shifted by offset_mm; may run off the GUI thread. Returns pages."""
    document = QPdfDocument()
    document.load(str(path))
    pages = document.pageCount()
    if pages == 0:
        raise PrintingFailed(str(path))
    printer.setFullPage(True)  # positions count from the paper's corner, as on the template
    _fit_paper(printer, document.pagePointSize(0))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintingFailed(printer_name(printer))
    try:
        for page in range(pages):
            if not progress(page, pages):
                printer.abort()
                raise PrintingCancelled()
            if page:
                _fit_paper(printer, document.pagePointSize(page))
                printer.newPage()
            _draw_page(painter, printer, document, page, offset_mm)
        progress(pages, pages)
    finally:
        painter.end()
        document.close()
    return pages


def _fit_paper(printer: QPrinter, points: QSizeF) -> None:
    landscape = points.width() > points.height()
    portrait_size = QSizeF(min(points.width(), points.height()), max(points.width(), points.height()))
    page_size = QPageSize(portrait_size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0)))


def _draw_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int,
               offset_mm: tuple[float, float]) -> None:
    points = document.pagePointSize(page)
    dpi = printer.resolution()
    render_dpi = min(dpi, MAX_DPI)
    image = document.render(page, QSize(round(points.width() / POINTS_PER_INCH * render_dpi),
                                        round(points.height() / POINTS_PER_INCH * render_dpi)))
    to_device = dpi / POINTS_PER_INCH
    shift = QPointF(offset_mm[0] / MM_PER_INCH * dpi, offset_mm[1] / MM_PER_INCH * dpi)
    target = QRectF(shift, QSizeF(points.width() * to_device, points.height() * to_device))
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.fillRect(target, QColor(Qt.GlobalColor.white))
    painter.drawImage(target, image)


def preview_view(name: str) -> QPdfView:
    """A PDF view that draws pages in the GUI thread.

    QPdfView renders in a worker thread by default; a page still being drawn when the view gets
    another document lands in its cache and shows the old document (seen when "Fields only"
    redraws the same number of pages). Drawing in the GUI thread leaves nothing in flight.
    """
    view = QPdfView()
    view.setObjectName(name)
    renderer = view.findChild(QPdfPageRenderer)
    if renderer is not None:
        renderer.setRenderMode(QPdfPageRenderer.RenderMode.SingleThreaded)
    return view


def white_page_image(document: QPdfDocument, page: int, dpi: float) -> QImage:
    """One page as an RGBA picture on white (for reading its QR code)."""
    points = document.pagePointSize(page)
    size = QSize(round(points.width() / POINTS_PER_INCH * dpi), round(points.height() / POINTS_PER_INCH * dpi))
    picture = QImage(size, QImage.Format.Format_RGBA8888)
    picture.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(picture)
    painter.drawImage(0, 0, document.render(page, size))
    painter.end()
    return picture


class ScratchFiles:
    """Temporary PDFs (previews, batches to print) removed when the dialog that shows them closes."""

    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="skillbase-print-"))
        self._count = 0

    def new_pdf(self, stem: str = "certificates") -> Path:
        self._count += 1
        return self.folder / f"{stem}-{self._count}.pdf"

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
