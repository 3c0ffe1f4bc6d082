"""A4 reports whose footer says 第 N 页 共 M 页: the canvas holds every page back until the
document ends, when the count is known, then draws each page's footer."""
from __future__ import annotations

import datetime as dt
from functools import partial

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from desktop.domain.chinese_dates import chinese_digit_date

MUTED = colors.HexColor("#6B7280")
RULE = colors.HexColor("#9CA3AF")


class Footer:
    """A rule, then the caption on the left, the page count in the middle and the print date
    on the right, in the report's margin, across the page's width."""

    def __init__(self, font: str, caption: str, printed_on: dt.date, margin: float):
        self.font, self.caption, self.printed_on, self.margin = font, caption, printed_on, margin
        self.pages = 0

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        self.pages = pages
        width = canvas._pagesize[0]  # portrait or landscape: the page's own width
        y = self.margin - 4 * mm
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(self.margin, y + 4 * mm, width - self.margin, y + 4 * mm)
        canvas.setFillColor(MUTED)
        canvas.setFont(self.font, 8)
        canvas.drawString(self.margin, y, self.caption)
        canvas.drawCentredString(width / 2, y, f"第 {page} 页 共 {pages} 页")
        canvas.drawRightString(width - self.margin, y, f"打印日期：{chinese_digit_date(self.printed_on)}")
        canvas.restoreState()


class _NumberedCanvas(Canvas):
    def __init__(self, *args, footer: Footer, **kwargs):
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._held: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self._footer.draw(self, number, total)
            super().showPage()
        super().save()


def build_numbered(document: SimpleDocTemplate, story: list, footer: Footer) -> int:
    """Lay out the story with the footer on every page; the number of pages."""
    document.build(story, canvasmaker=partial(_NumberedCanvas, footer=footer))
    return footer.pages
