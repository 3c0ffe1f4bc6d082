"""Benchmark: 1,000 level certificates with photo and QR code into one PDF, against stock ReportLab.

Run with
  QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/bench/test_certificate_pdf.py -s \\
      -p no:cacheprovider --override-ini addopts=
(not part of the test command). Target (issue 3, item 9): at least 4× faster than the baseline.

The baseline draws the same page with stock ReportLab calls, as straightforward code would:
drawString/drawCentredString/drawRightString for each text, canvas.drawImage of the photo on
every page, QrCodeWidget in a Drawing through renderPDF.draw, and the decoration drawn again on
every page (no form XObjects). A second pair compares the per-certificate content alone
(fields-only printing against the baseline without the decoration), for the record.
"""
from __future__ import annotations

import io
import os
import random
import time

import pytest
from PIL import Image, ImageDraw, ImageFilter
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop.printing.certificate_pdf import format_value, render_certificates
from desktop.printing.fonts import font_name
from desktop.printing.ornaments import draw_divider, draw_frame, draw_rosette, draw_seal
from desktop.printing.templates import SAMPLE_VALUES, load_builtin_templates, page_size_mm

COUNT = int(os.environ.get("SKILLBASE_BENCH_CERTIFICATES", "1000"))
DISTINCT_PHOTOS = 10
TARGET_RATIO = 4.0
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑欧阳司马"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英振华建国志远"


def _photo(seed: int) -> bytes:
    """A 300×400 passport-style JPEG of about 20 KB: gradient, figure, a little grain."""
    rnd = random.Random(seed)
    top = (rnd.randrange(40, 120), rnd.randrange(100, 180), rnd.randrange(180, 240))
    bottom = (rnd.randrange(20, 90), rnd.randrange(60, 140), rnd.randrange(140, 220))
    ramp = Image.linear_gradient("L").resize((300, 400))
    image = Image.merge("RGB", [ramp.point(lambda v, a=a, b=b: a + (b - a) * v // 255) for a, b in zip(top, bottom)])
    draw = ImageDraw.Draw(image)
    draw.ellipse([60, 260, 240, 470], fill=(30 + seed * 5, 35, 50))
    draw.ellipse([95, 80, 205, 230], fill=(230, 196, 165))
    draw.chord([88, 62, 212, 190], 180, 360, fill=(25, 22, 20))
    grain = Image.effect_noise((300, 400), 24).convert("RGB")
    image = Image.blend(image, grain, 0.10).filter(ImageFilter.GaussianBlur(0.5))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92)
    return out.getvalue()


def _pages(count: int) -> list[dict]:
    rnd = random.Random(7)
    photos = [_photo(seed) for seed in range(DISTINCT_PHOTOS)]
    sample = SAMPLE_VALUES["level"]
    pages = []
    for index in range(count):
        name = rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2))))
        number = f"Y000135000001263{index:06d}"
        signature = "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                            for _ in range(86))
        payload = f"SKB1|{number}|level|{name}|三级/高级工|2026-11-21|5c1e0a9d3b27|{signature}"
        pages.append({**sample, "holder_name": name, "number": number, "qr_payload": payload,
                      "photo": photos[index % DISTINCT_PHOTOS]})
    return pages


def render_baseline(template: dict, pages: list[dict], destination, fields_only: bool = False) -> int:
    """The same pages drawn the stock way: every element again on every page."""
    width_mm, height_mm = page_size_mm(template["page"])
    page_height = height_mm * mm
    canvas = Canvas(destination, pagesize=(width_mm * mm, page_height))
    for values in pages:
        for element in template["elements"]:
            if element.get("static") and fields_only:
                continue
            _draw_stock(canvas, element, values, width_mm * mm, page_height)
        canvas.showPage()
    canvas.save()
    return len(pages)


def _draw_stock(canvas: Canvas, element: dict, values: dict, page_width: float, page_height: float) -> None:
    kind = element["type"]
    x, y = element["x"] * mm, page_height - element["y"] * mm
    if kind in ("text", "field", "number", "date"):
        text = element["text"] if kind == "text" else format_value(element, values)
        canvas.setFont(font_name(element.get("font", "kai")), element.get("size", 12))
        canvas.setFillColor(HexColor(element.get("color", "#000000")))
        spacing = element.get("letter_spacing", 0) * element.get("size", 12)
        mode = 2 if element.get("bold") else None
        draw = {"center": canvas.drawCentredString, "right": canvas.drawRightString}.get(
            element.get("align", "left"), canvas.drawString)
        draw(x, y, text, mode=mode, charSpace=spacing)
    elif kind == "photo":
        height = element["height"] * mm
        canvas.drawImage(ImageReader(io.BytesIO(values["photo"])), x, y - height, element["width"] * mm, height,
                         preserveAspectRatio=True)
    elif kind == "qr":
        size = element["size"] * mm
        drawing = Drawing(size, size)
        drawing.add(QrCodeWidget(values["qr_payload"], barLevel="M", barBorder=0, barWidth=size, barHeight=size))
        renderPDF.draw(drawing, canvas, x, y - size)
    elif kind == "frame":
        draw_frame(canvas, x, element["y"] * mm, page_width - x, page_height - element["y"] * mm, element)
    elif kind == "rosette":
        draw_rosette(canvas, x, y, element["diameter"] * mm / 2, element["color"], element.get("waves", 24),
                     element.get("copies", 12))
    elif kind == "divider":
        draw_divider(canvas, x, y, element["width"] * mm, element["color"], element["accent"])
    elif kind == "seal":
        draw_seal(canvas, x, y, element, values[element["field"]] if element.get("field") else element["text"])
    elif kind == "line":
        canvas.setStrokeColor(HexColor(element["color"]))
        canvas.setLineWidth(element["width"])
        canvas.line(x, y, element["x2"] * mm, page_height - element["y2"] * mm)
    elif kind == "rect":
        canvas.setFillColor(HexColor(element["fill"]))
        height = element["height"] * mm
        canvas.rect(x, y - height, element["width"] * mm, height, stroke=0, fill=1)
    else:
        raise AssertionError(f"the baseline does not draw {kind} elements")


def _per_page(render, *args, **kwargs) -> tuple[float, int]:
    out = io.BytesIO()
    started = time.perf_counter()
    pages = render(*args, out, **kwargs)
    elapsed = time.perf_counter() - started
    assert pages == COUNT
    return elapsed * 1000 / COUNT, len(out.getvalue())


@pytest.fixture(scope="module")
def level_pages():
    return load_builtin_templates()["level"], _pages(COUNT)


def test_certificates_render_at_least_four_times_faster_than_stock_reportlab(level_pages):
    template, pages = level_pages
    photo_sizes = sorted({len(p["photo"]) for p in pages})
    render_certificates(template, pages[:2], io.BytesIO())        # fonts parsed, as in a running app
    render_baseline(template, pages[:2], io.BytesIO())
    ours, ours_bytes = _per_page(render_certificates, template, pages)
    baseline, baseline_bytes = _per_page(render_baseline, template, pages)
    ours_fields, _ = _per_page(render_certificates, template, pages, fields_only=True)
    baseline_fields, _ = _per_page(render_baseline, template, pages, fields_only=True)
    print(f"\n{COUNT} level certificates with photo ({DISTINCT_PHOTOS} distinct JPEGs, "
          f"{photo_sizes[0] // 1024}–{photo_sizes[-1] // 1024} KB) and QR, one PDF:")
    print(f"  ours      {ours:7.2f} ms/page   {ours_bytes / 1e6:6.1f} MB")
    print(f"  baseline  {baseline:7.2f} ms/page   {baseline_bytes / 1e6:6.1f} MB   ratio {baseline / ours:5.1f}×"
          f"  (target ≥ {TARGET_RATIO:g}×)")
    print(f"  per-certificate content only (fields-only vs baseline without decoration): "
          f"{ours_fields:.2f} vs {baseline_fields:.2f} ms/page, ratio {baseline_fields / ours_fields:.1f}×")
    assert baseline / ours >= TARGET_RATIO
