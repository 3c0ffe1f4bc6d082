"""The calibration page for printing onto pre-printed stock (套打).

Printed with the printer's current offset, it shows millimetre rulers along the top and left
edges and crosshairs at known positions; measuring where they land on the paper gives the
correction to enter in the settings.
"""
from __future__ import annotations

import os
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.printing.fonts import font_name
from desktop.printing.templates import page_size_mm

CROSS_MARGIN = 20.0  # mm from each corner
_INSTRUCTIONS = (
    "1. 用准备套打的打印机，放入预印证书纸（或同尺寸白纸），按“实际大小/100%”打印本页，不要勾选“适合页面”。",
    "2. 先核对标尺：纸上 100 毫米应正好对应标尺上的 100 毫米；不相等说明打印时被缩放，请更改打印设置。",
    "3. 用直尺量出每个十字中心到纸张左边缘（x）和上边缘（y）的实际距离，与十字旁标注的名义坐标比较。",
    "4. 偏移量 = 名义坐标 − 实测坐标（向右、向下为正），几个十字取平均值；本页已按上方所示偏移打印时，把结果加到当前偏移上。",
    "5. 在打印对话框中勾选“仅打印内容”，于“打印机偏移”处为这台打印机填入 X、Y 偏移（毫米），再打印本页核对，误差不超过 0.5 毫米即可正式套打。",
    "6. 预印证书纸：也可把本页打印在一张预印证书上，对照预印框线与十字、标尺的位置，检查字段是否落在空白处。",
)


def render_calibration_page(destination: str | os.PathLike | BinaryIO, page: dict | None = None,
                            offset_mm: tuple[float, float] = (0.0, 0.0)) -> None:
    """Write a one-page calibration PDF for `page` ({"size": "A4", "orientation": "landscape"})."""
    page = page or {"size": "A4", "orientation": "landscape"}
    if isinstance(destination, os.PathLike):
        destination = os.fspath(destination)
    width_mm, height_mm = page_size_mm(page)
    width, height = width_mm * mm, height_mm * mm
    canvas = Canvas(destination, pagesize=(width, height), pageCompression=1, initialFontName=font_name("hei"))
    canvas.setTitle("套打校准页")
    canvas.setCreator("Skillbase")
    canvas.translate(offset_mm[0] * mm, -offset_mm[1] * mm)
    hei = font_name("hei")
    _rulers(canvas, width_mm, height_mm, hei)
    points = [(CROSS_MARGIN, CROSS_MARGIN), (width_mm - CROSS_MARGIN, CROSS_MARGIN),
              (CROSS_MARGIN, height_mm - CROSS_MARGIN), (width_mm - CROSS_MARGIN, height_mm - CROSS_MARGIN),
              (width_mm / 2, height_mm / 2)]
    for x, y in points:
        _crosshair(canvas, x, y, height_mm, hei)
    _instructions(canvas, width_mm, height_mm, offset_mm, page, hei)
    canvas.showPage()
    canvas.save()


def _rulers(canvas: Canvas, width_mm: float, height_mm: float, font: str) -> None:
    """Millimetre rulers hanging from the top edge and standing off the left edge."""
    canvas.setLineWidth(0.25)
    canvas.setFont(font, 6)
    top = height_mm * mm
    for position in range(0, int(width_mm) + 1):
        length = 6 if position % 10 == 0 else 4 if position % 5 == 0 else 2
        canvas.line(position * mm, top, position * mm, top - length * mm)
        if position % 10 == 0 and 0 < position < width_mm:
            canvas.drawCentredString(position * mm, top - 8.5 * mm, str(position))
    for position in range(0, int(height_mm) + 1):
        length = 6 if position % 10 == 0 else 4 if position % 5 == 0 else 2
        y = top - position * mm
        canvas.line(0, y, length * mm, y)
        if position % 10 == 0 and 0 < position < height_mm:
            canvas.drawString(7 * mm, y - 2, str(position))


def _crosshair(canvas: Canvas, x_mm: float, y_mm: float, height_mm: float, font: str) -> None:
    x, y = x_mm * mm, (height_mm - y_mm) * mm
    arm = 8 * mm
    canvas.setLineWidth(0.3)
    canvas.line(x - arm, y, x + arm, y)
    canvas.line(x, y - arm, x, y + arm)
    canvas.circle(x, y, 3 * mm, stroke=1, fill=0)
    canvas.setFont(font, 8)
    canvas.drawString(x + 1.5 * mm, y + 1.5 * mm, f"({x_mm:g}, {y_mm:g})")


def _instructions(canvas: Canvas, width_mm: float, height_mm: float, offset_mm, page: dict, font: str) -> None:
    left = 32 * mm
    y = (height_mm - 38) * mm
    canvas.setFont(font, 18)
    canvas.drawString(left, y, "套打校准页")
    canvas.setFont(font, 9)
    canvas.drawString(left + 52 * mm, y, f"纸张：{page.get('size', 'A4')} "
                      f"{'横向' if page.get('orientation', 'landscape') == 'landscape' else '纵向'}"
                      f"    本页打印时的偏移：X = {offset_mm[0]:+.1f} 毫米，Y = {offset_mm[1]:+.1f} 毫米")
    size = 9.5 if width_mm > height_mm else 8.5
    wrap = int((width_mm - 64) * mm / size)
    y -= 10 * mm
    canvas.setFont(font, size)
    for paragraph in _INSTRUCTIONS:
        for start in range(0, len(paragraph), wrap):
            canvas.drawString(left if start == 0 else left + 3.5 * mm, y, paragraph[start:start + wrap])
            y -= size * 1.5
        y -= size * 0.4
