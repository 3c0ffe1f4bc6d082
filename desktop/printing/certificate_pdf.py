"""Certificates to PDF: one page per values dict, all in one document. Pure ReportLab.

Speed matters for batches of a thousand certificates, so what is constant is done once:

- the fonts are registered once per process (desktop.printing.fonts);
- each run of consecutive static elements (and the background) is drawn once per document
  into a form XObject that every page places with a single operator;
- a photo or image is decoded once (ImageReader cached by a hash of its bytes) and put into
  the document once, as a form, however many pages show it;
- the QR code is one path of run-length rectangles (desktop.printing.qr), not ReportLab's
  QrCodeWidget, which builds a shape object per module;
- streams are Flate-compressed without ReportLab's pure-Python ASCII85 layer.

Fields-only mode (套打 on pre-printed stock) leaves out the background and every static
element. The printer offset shifts everything on the page: +x to the right, +y downwards.
"""
from __future__ import annotations

import base64
import hashlib
import io
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sized
from contextlib import contextmanager
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop.assets import asset_path
from desktop.domain.chinese_dates import chinese_digit_date, chinese_upper_date
from desktop.printing.calibration import render_calibration_page
from desktop.printing.fonts import font_name
from desktop.printing.ornaments import draw_divider, draw_frame, draw_rosette, draw_seal
from desktop.printing.qr import draw_qr
from desktop.printing.templates import page_size_mm, parse_date, validate_template
from desktop.printing.text_layout import ParagraphStyle, TextStyle, draw_line, draw_paragraph, rgb

__all__ = ["RenderCancelled", "render_certificates", "render_calibration_page", "format_value"]

Progress = Callable[[int, int], bool]
_PLACEHOLDER = re.compile(r"\{([^{}:]+)(?::([^{}]*))?\}")


class RenderCancelled(Exception):
    """The progress callback asked to stop; the output is incomplete and must be discarded."""


def render_certificates(template: dict, pages: Iterable[dict], destination: str | os.PathLike | BinaryIO, *,
                        fields_only: bool = False, offset_mm: tuple[float, float] = (0.0, 0.0),
                        progress: Progress | None = None, total: int | None = None) -> int:
    """Write one page per values dict into one PDF at `destination`; return the pages written.

    `progress(done, total)` is called after each page (total 0 when unknown); returning False
    raises RenderCancelled before anything is written. An empty batch writes nothing.
    """
    problems = validate_template(template)
    if problems:
        raise ValueError("The template cannot be used: " + "; ".join(problems))
    if isinstance(destination, os.PathLike):
        destination = os.fspath(destination)
    with _binary_streams():
        return _render(template, pages, destination, fields_only, offset_mm, progress, total)


def _render(template: dict, pages: Iterable[dict], destination, fields_only: bool,
            offset_mm: tuple[float, float], progress: Progress | None, total: int | None) -> int:
    if total is None:
        total = len(pages) if isinstance(pages, Sized) else 0
    width, height = page_size_mm(template["page"])
    canvas = Canvas(destination, pagesize=(width * mm, height * mm), pageCompression=1,
                    initialFontName=font_name("hei"))
    canvas.setTitle(template.get("name", "证书"))
    canvas.setCreator("Skillbase")
    renderer = _PageRenderer(canvas, template, fields_only, width * mm, height * mm)
    dx, dy = offset_mm
    done = 0
    for values in pages:
        if dx or dy:
            canvas.translate(dx * mm, -dy * mm)
        renderer.draw_page(values)
        canvas.showPage()
        done += 1
        if progress is not None and progress(done, total) is False:
            raise RenderCancelled(f"cancelled after {done} of {total or '?'} pages")
    if done:
        canvas.save()
    return done


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Write streams Flate-compressed only, without ReportLab's default ASCII85 layer: that is
    pure Python here (a quarter of a page's time) and makes the file a quarter larger. Either
    setting yields a valid PDF, so a document rendered meanwhile on another thread is safe."""
    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = previous


def _uses_values(element: dict) -> bool:
    """A static element showing a value (the issuer's seal) is left out of fields-only
    printing like any static one, but is drawn per page rather than in the constant form."""
    return element["type"] == "seal" and bool(element.get("field"))


def format_value(element: dict, values: dict) -> str:
    """The text a field, number or date element shows for these values ("" when empty)."""
    kind = element["type"]
    if kind == "date":
        text = _date_text(values.get(element.get("field", "issue_date")), element.get("style", "upper"))
    else:
        field = "number" if kind == "number" else element["field"]
        value = values.get(field)
        text = "" if value is None else str(value)
    if not text:
        return ""
    return f"{element.get('prefix', '')}{text}{element.get('suffix', '')}"


def _date_text(value, style: str) -> str:
    date = parse_date(value)
    if date is None:
        return ""
    return chinese_digit_date(date) if style == "digits" else chinese_upper_date(date)


def paragraph_runs(text: str, values: dict) -> list[tuple[str, bool]]:
    """Split a paragraph template into (text, is_field) runs with the values filled in."""
    runs: list[tuple[str, bool]] = []
    position = 0
    for match in _PLACEHOLDER.finditer(text):
        if match.start() > position:
            runs.append((text[position:match.start()], False))
        field, style = match.group(1), match.group(2)
        value = values.get(field)
        if style or field == "issue_date":
            shown = _date_text(value, style or "upper")
        else:
            shown = "" if value is None else str(value)
        if shown:
            runs.append((shown, True))
        position = match.end()
    if position < len(text):
        runs.append((text[position:], False))
    return runs


# -- images ----------------------------------------------------------------------------------

_readers: OrderedDict[str, ImageReader] = OrderedDict()
_readers_lock = threading.Lock()
_READER_CACHE_SIZE = 64


def _digest(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


def _image_reader(digest: str, data: bytes) -> ImageReader:
    """One ImageReader per distinct image for the process (a small LRU)."""
    with _readers_lock:
        reader = _readers.get(digest)
        if reader is not None:
            _readers.move_to_end(digest)
            return reader
    reader = ImageReader(io.BytesIO(data))
    with _readers_lock:
        _readers[digest] = reader
        while len(_readers) > _READER_CACHE_SIZE:
            _readers.popitem(last=False)
    return reader


def _source_bytes(source: dict) -> bytes:
    if "data" in source:
        return base64.b64decode(source["data"])
    return asset_path(*source["image"].split("/")).read_bytes()


# -- pages -----------------------------------------------------------------------------------

class _PageRenderer:
    """Draws pages of one template into one canvas, keeping per-document forms."""

    def __init__(self, canvas: Canvas, template: dict, fields_only: bool, page_width: float, page_height: float):
        self.canvas = canvas
        self.fields_only = fields_only
        self.page_width = page_width
        self.page_height = page_height
        self._forms: dict[tuple, str] = {}  # per-document forms of images and seals, by content
        self.layers: list[tuple[str, object]] = self._build_layers(template)

    # layers: consecutive constant elements become one form, drawn once per document
    def _build_layers(self, template: dict) -> list[tuple[str, object]]:
        layers: list[tuple[str, object]] = []
        group: list[dict] = []
        background = template.get("background")
        if background and not self.fields_only:
            group.append({"type": "background", **background})
        for element in template["elements"]:
            if element.get("static", False) and self.fields_only:
                continue
            if element.get("static", False) and not _uses_values(element):
                group.append(element)
                continue
            if group:
                layers.append(("form", self._static_form(group, len(layers))))
                group = []
            layers.append(("element", element))
        if group:
            layers.append(("form", self._static_form(group, len(layers))))
        return layers

    def _static_form(self, elements: list[dict], index: int) -> str:
        name = f"static{index}"
        self.canvas.beginForm(name)
        for element in elements:
            self.draw_element(element, {})
        self.canvas.endForm()
        return name

    def draw_page(self, values: dict) -> None:
        for kind, item in self.layers:
            if kind == "form":
                self.canvas.doForm(item)
            else:
                self.draw_element(item, values)

    # geometry: template millimetres from the top-left -> ReportLab points from the bottom-left
    def _x(self, element: dict, key: str = "x") -> float:
        return float(element[key]) * mm

    def _y(self, element: dict, key: str = "y") -> float:
        return self.page_height - float(element[key]) * mm

    def draw_element(self, element: dict, values: dict) -> None:
        getattr(self, "_draw_" + element["type"])(element, values)

    def _draw_text(self, element: dict, values: dict) -> None:
        draw_line(self.canvas, element.get("text", ""), self._x(element), self._y(element), TextStyle.of(element, mm))

    def _draw_field(self, element: dict, values: dict) -> None:
        draw_line(self.canvas, format_value(element, values), self._x(element), self._y(element),
                  TextStyle.of(element, mm))

    _draw_number = _draw_field
    _draw_date = _draw_field

    def _draw_paragraph(self, element: dict, values: dict) -> None:
        draw_paragraph(self.canvas, paragraph_runs(element["text"], values), self._x(element), self._y(element),
                       ParagraphStyle.of(element, mm))

    def _draw_background(self, element: dict, values: dict) -> None:
        self._draw_image_bytes(_source_bytes(element), 0.0, 0.0, self.page_width, self.page_height, False)

    def _draw_image(self, element: dict, values: dict) -> None:
        width, height = float(element["width"]) * mm, float(element["height"]) * mm
        self._draw_image_bytes(_source_bytes(element), self._x(element), self._y(element) - height,
                               width, height, True)

    def _draw_photo(self, element: dict, values: dict) -> None:
        width, height = float(element["width"]) * mm, float(element["height"]) * mm
        x, y = self._x(element), self._y(element) - height
        photo = values.get(element.get("field", "photo"))
        canvas = self.canvas
        if photo:
            self._draw_image_bytes(bytes(photo), x, y, width, height, True)
            return
        if self.fields_only:
            return
        canvas.saveState()
        canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
        canvas.setLineWidth(0.4)
        canvas.setDash(2, 2)
        canvas.rect(x, y, width, height, stroke=1, fill=0)
        canvas.setFillColorRGB(0.6, 0.6, 0.6)
        canvas.setFont(font_name("hei"), 9)
        canvas.drawCentredString(x + width / 2, y + height / 2 - 3, "照片")
        canvas.restoreState()

    def _draw_image_bytes(self, data: bytes, x: float, y: float, width: float, height: float,
                          keep_aspect: bool) -> None:
        """Place an image; the first use in this document puts it in a form, later uses reuse it."""
        digest = _digest(data)
        key = ("image", digest, round(width, 2), round(height, 2))
        name = self._forms.get(key)
        canvas = self.canvas
        if name is None:
            name = f"img{len(self._forms)}"
            canvas.beginForm(name, 0, 0, width, height)
            canvas.drawImage(_image_reader(digest, data), 0, 0, width, height,
                             preserveAspectRatio=keep_aspect, anchor="c", mask="auto")
            canvas.endForm()
            self._forms[key] = name
        canvas.saveState()
        canvas.translate(x, y)
        canvas.doForm(name)
        canvas.restoreState()

    def _draw_qr(self, element: dict, values: dict) -> None:
        payload = values.get(element.get("field", "qr_payload"))
        if payload:
            draw_qr(self.canvas, str(payload), self._x(element), self._y(element), float(element["size"]) * mm,
                    rgb(element.get("color", "#000000")))

    def _draw_frame(self, element: dict, values: dict) -> None:
        inset_x = float(element.get("inset", element["x"])) * mm
        inset_y = float(element.get("inset", element["y"])) * mm
        draw_frame(self.canvas, inset_x, inset_y, self.page_width - inset_x, self.page_height - inset_y, element)

    def _draw_line(self, element: dict, values: dict) -> None:
        canvas = self.canvas
        canvas.saveState()
        canvas.setStrokeColorRGB(*rgb(element.get("color", "#000000")))
        canvas.setLineWidth(float(element.get("width", 0.5)))
        if element.get("dash"):
            canvas.setDash(*element["dash"])
        canvas.line(self._x(element), self._y(element), self._x(element, "x2"), self._y(element, "y2"))
        canvas.restoreState()

    def _draw_rect(self, element: dict, values: dict) -> None:
        canvas = self.canvas
        width, height = float(element["width"]) * mm, float(element["height"]) * mm
        stroke, fill = element.get("color"), element.get("fill")
        canvas.saveState()
        if stroke:
            canvas.setStrokeColorRGB(*rgb(stroke))
            canvas.setLineWidth(float(element.get("line_width", 0.5)))
        if fill:
            canvas.setFillColorRGB(*rgb(fill))
        x, y = self._x(element), self._y(element) - height
        radius = float(element.get("radius", 0)) * mm
        if radius:
            canvas.roundRect(x, y, width, height, radius, stroke=1 if stroke else 0, fill=1 if fill else 0)
        else:
            canvas.rect(x, y, width, height, stroke=1 if stroke else 0, fill=1 if fill else 0)
        canvas.restoreState()

    def _draw_seal(self, element: dict, values: dict) -> None:
        if not element.get("field"):
            draw_seal(self.canvas, self._x(element), self._y(element), element, element.get("text", ""))
            return
        # The issuer's seal: the same on almost every page, so one form per issuer name.
        name = str(values.get(element["field"]) or "")
        key = ("seal", element["id"], name)
        form = self._forms.get(key)
        if form is None:
            form = f"seal{len(self._forms)}"
            self.canvas.beginForm(form, 0, 0, self.page_width, self.page_height)
            draw_seal(self.canvas, self._x(element), self._y(element), element, name)
            self.canvas.endForm()
            self._forms[key] = form
        self.canvas.doForm(form)

    def _draw_divider(self, element: dict, values: dict) -> None:
        draw_divider(self.canvas, self._x(element), self._y(element), float(element["width"]) * mm,
                     element.get("color", "#8B1A1A"), element.get("accent", "#C9A23A"))

    def _draw_rosette(self, element: dict, values: dict) -> None:
        draw_rosette(self.canvas, self._x(element), self._y(element), float(element["diameter"]) * mm / 2,
                     element.get("color", "#F1E6C8"), int(element.get("waves", 24)), int(element.get("copies", 12)),
                     float(element.get("line_width", 0.3)))
