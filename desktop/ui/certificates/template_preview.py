"""The template editor's preview: PDF bytes shown in a view, and dragging on it to move elements."""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QPointF, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView

MM_PER_POINT = 25.4 / 72


class DragToMove(QObject):
    """Watches a single-page QPdfView fitted into its window (FitInView).

    `started` when the left button goes down on the page, then `dragged(dx_mm, dy_mm)` with the
    distance from there, then `finished`. The view is not told about these mouse events.
    """

    started = Signal()
    dragged = Signal(float, float)
    finished = Signal()

    def __init__(self, view: QPdfView):
        super().__init__(view)
        self.view = view
        self.enabled = True
        self._origin: QPointF | None = None
        view.viewport().installEventFilter(self)

    def millimetres_per_pixel(self) -> float | None:
        document = self.view.document()
        if document is None or document.pageCount() == 0:
            return None
        page = document.pagePointSize(0)
        margins = self.view.documentMargins()
        room = self.view.viewport().size()
        across = (room.width() - margins.left() - margins.right()) / page.width()
        down = (room.height() - margins.top() - margins.bottom()) / page.height()
        pixels_per_point = min(across, down)
        return MM_PER_POINT / pixels_per_point if pixels_per_point > 0 else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton and self.enabled:
            if self.millimetres_per_pixel() is None:
                return False
            self._origin = event.position()
            self.started.emit()
            return True
        if kind == QEvent.Type.MouseMove and self._origin is not None:
            scale = self.millimetres_per_pixel()
            if scale is not None:
                delta = event.position() - self._origin
                self.dragged.emit(delta.x() * scale, delta.y() * scale)
            return True
        if kind == QEvent.Type.MouseButtonRelease and self._origin is not None:
            self._origin = None
            self.finished.emit()
            return True
        return False


class PreviewDocument(QObject):
    """Shows PDF bytes in a view; each preview gets a fresh document (see printer_output.preview_view)."""

    def __init__(self, view: QPdfView, owner: QObject):
        # Owned by the editor, not the view: with the view as parent, deleting the editor crashed in QtPdf.
        super().__init__(owner)
        self.view = view
        self.document: QPdfDocument | None = None
        self._buffer: QBuffer | None = None

    def show(self, data: bytes) -> int:
        """Returns the number of pages."""
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        old_document, old_buffer = self.document, self._buffer
        self.document, self._buffer = QPdfDocument(self), buffer
        self.document.load(buffer)
        self.view.setDocument(self.document)
        for old in (old_document, old_buffer):
            if old is not None:
                old.deleteLater()
        return self.document.pageCount()
