"""QR codes drawn as one vector path.

ReportLab's QrCodeWidget builds a Drawing with one rectangle object per dark module and
spends more than half of a certificate's rendering time doing so. Here every horizontal run
of dark modules becomes one `re` operator in a single path, written straight into the
page's content stream in module units (small integers) and placed by one transformation
matrix. One fill of one path also leaves no hairline seams between modules in any viewer.

The symbol (error correction level M, byte mode UTF-8, mask chosen by the standard's
penalty rules) comes from zxing-cpp's C++ encoder — the same library reads codes back. A
pure-Python encoder such as segno spends about 6 ms a code choosing the mask alone, several
times the rest of a certificate page.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

import zxingcpp
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

QUIET_ZONE_MODULES = 2  # white margin painted behind the symbol, in modules
_DARK_RUN = re.compile(rb"\x01+")
_ZXING_TO_DARK = bytes([1] + [0] * 255)  # zxing images: 0 is a dark module, 255 a light one


def qr_matrix(text: str) -> list[bytes]:
    """Rows of the symbol without its quiet zone, one byte a module: 1 dark, 0 light."""
    symbol = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = symbol.to_image(scale=1, add_quiet_zones=False)
    size = image.shape[1]
    pixels = bytes(memoryview(image)).translate(_ZXING_TO_DARK)
    return [pixels[start:start + size] for start in range(0, len(pixels), size)]


def path_operators(matrix: Sequence[bytes]) -> str:
    """PDF path operators filling the dark modules, one rectangle per horizontal run.

    Row r, column c is the unit square (c, r)–(c+1, r+1), rows counting downwards.
    """
    return "\n".join(f"{run.start()} {row_index} {run.end() - run.start()} 1 re"
                     for row_index, row in enumerate(matrix) for run in _DARK_RUN.finditer(row))


def draw_qr(canvas: Canvas, text: str, left: float, top: float, size: float,
            color: tuple[float, float, float] = (0, 0, 0), backdrop: bool = True,
            matrix: Sequence[bytes] | None = None) -> None:
    """Draw the QR of `text` with its top-left corner at (left, top) points, `size` points wide.

    `top` is in ReportLab's coordinates (origin bottom-left). With `backdrop`, a white quiet
    zone is painted behind the symbol so it scans on tinted or patterned paper.
    """
    matrix = matrix if matrix is not None else qr_matrix(text)
    unit = size / len(matrix)
    literal = [f"q {color[0]:.3f} {color[1]:.3f} {color[2]:.3f} rg"]
    if backdrop:
        margin = QUIET_ZONE_MODULES * unit
        literal.append(f"q 1 1 1 rg {left - margin:.2f} {top - size - margin:.2f} "
                       f"{size + 2 * margin:.2f} {size + 2 * margin:.2f} re f Q")
    # Module units, y downwards from the top-left corner: one matrix for the whole symbol.
    literal.append(f"{unit:.4f} 0 0 {-unit:.4f} {left:.3f} {top:.3f} cm")
    literal.append(path_operators(matrix))
    literal.append("f Q")
    canvas.addLiteral("\n".join(literal))


class QrFlowable(Flowable):
    """A QR code of `size` points square in a platypus story."""

    def __init__(self, text: str, size: float):
        super().__init__()
        self.text, self.size = text, size

    def wrap(self, available_width, available_height):
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self.text, 0, self.size, self.size)
