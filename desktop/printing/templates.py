"""Certificate templates: JSON-compatible dicts, the shipped ones, and their validation.

Schema
======
A template is a dict (stored as JSON)::

    {"key": "level", "name": "职业技能等级证书", "kind": "level" | "award" | "completion" | "honour",
     "version": 1,
     "page": {"size": "A4" | "A5" | "B5", "orientation": "landscape" | "portrait"},
     "background": null | {"image": "templates/x.png"} | {"data": "<base64 PNG/JPEG>"},
     "elements": [ {...}, ... ]}

`background.image` is a path under resources/ (loaded through desktop.assets); the image is
stretched over the whole page.

Every element has ``id`` (unique), ``type``, ``x`` and ``y`` in millimetres from the TOP-LEFT
corner of the page, and ``static`` (bool): true for decoration and fixed wording, which
"fields only" printing onto pre-printed stock (套打) leaves out. A static element must not
show a per-certificate value (the one exception: a seal naming the issuer through
``field``). Elements are drawn in list order (later ones on top).

Where the point (x, y) is:

- text-bearing elements: on the baseline, at the left edge, centre or right edge by ``align``;
- photo, image, qr, rect: the top-left corner;
- seal: the centre;
- line: one end (``x2``, ``y2`` the other);
- frame: x and y are the distances of the border from the left/right and top/bottom edges
  (``inset`` sets both).

Types (values come from the per-certificate values dict):

===========  ===================================================================================
text         fixed ``text``
field        the value of ``field``; optional ``prefix`` and ``suffix``
number       the certificate number (field "number"); optional ``prefix``/``suffix``
date         field "issue_date" (ISO date string or date); ``style`` "upper" → 二〇二六年十一月二十一日,
             "digits" → 2026年11月21日; optional ``prefix``/``suffix``
paragraph    ``text`` with ``{field}`` placeholders (``{issue_date:upper}``/``{issue_date:digits}``
             for dates), wrapped to ``width`` mm with Chinese line-breaking rules ("\\n" starts
             a new indented paragraph); ``leading``
             (line height in multiples of the size, default 1.8), ``indent`` (first line, em,
             default 2), ``align`` also "justify" (default); field parts may differ:
             ``field_font``, ``field_color``, ``field_bold``, ``field_underline``; ``max_lines``
             shrinks the size (to 60 % at most) until the text fits that many lines
photo        bytes in field "photo", fitted into ``width`` × ``height`` mm; a thin frame
             when there is none (not in fields-only mode)
image        ``image`` (resource path) or ``data`` (base64), ``width`` × ``height`` mm (logo, seal scan)
qr           field "qr_payload", ``size`` mm square, optional ``color``; a white quiet zone is
             painted behind it
frame        page border: ``style`` "single" | "double" | "ornate", ``color``, ``accent``,
             ``width`` (pt, outer rule), ``gap`` (mm between outer and inner rule), for ornate
             ``pattern`` "guilloche" | "none", ``corners`` "fret" | "none", ``paper`` colour,
             ``band_fill`` (a solid colour under the guilloche band)
line         to ``x2``, ``y2``; ``color``, ``width`` (pt), optional ``dash`` [on, off] (pt)
rect         ``width`` × ``height`` mm; ``color`` (stroke, or null), ``fill`` (or null),
             ``line_width`` (pt), ``radius`` (mm, rounded corners)
seal         a red round seal drawn as vectors: ``diameter`` mm (default 40), ``text`` (the
             issuer along the upper arc) or ``field`` (e.g. "issuer"; may still be static:
             left out of fields-only printing, where the seal is stamped by hand),
             optional ``text_below`` (under the star), ``color``, ``font``; put it before the
             text it overlaps so the text prints over the red
divider      an ornamental rule centred on x: ``width`` mm, ``color``, ``accent``
rosette      a pale guilloche rosette centred on (x, y) behind the text: ``diameter`` mm,
             ``color``, optional ``waves``, ``copies``, ``line_width`` (pt)
===========  ===================================================================================

Text-bearing elements (text, field, number, date, paragraph) take ``font`` ("hei" sans or
"kai" 楷体), ``size`` (pt), ``color`` ("#RRGGBB"), ``align`` ("left" | "center" | "right"),
``bold`` (stroked fake bold), ``outline`` (a stroke colour around the glyphs, e.g. a gold
title edged in red), ``shadow`` (colour of a copy drawn ``shadow_offset`` mm, default 0.6,
down and right: an embossed look), ``letter_spacing`` (extra space after each character, in em) and
``max_width`` (mm): a wider value is shrunk down to 60 % of ``size``, then left to overflow.
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re

from desktop.assets import asset_path
from desktop.printing.fonts import FONT_KEYS
from desktop.printing.samples import SAMPLE_VALUES

__all__ = ["KINDS", "PAGE_SIZES", "SAMPLE_VALUES", "ELEMENT_TYPES", "load_builtin_templates",
           "page_size_mm", "validate_template"]

KINDS = ("level", "award", "completion", "honour")
PAGE_SIZES = {"A4": (210.0, 297.0), "A5": (148.0, 210.0), "B5": (176.0, 250.0)}  # portrait w, h
ORIENTATIONS = ("landscape", "portrait")
TEXT_TYPES = ("text", "field", "number", "date", "paragraph")
ELEMENT_TYPES = TEXT_TYPES + ("photo", "image", "qr", "frame", "line", "rect", "seal", "divider", "rosette")
# Types whose content changes from one certificate to the next.
VALUE_TYPES = ("field", "number", "date", "paragraph", "photo", "qr")
ALIGNS = ("left", "center", "right")
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_REQUIRED = {
    "text": ("text",), "field": ("field",), "paragraph": ("text", "width"),
    "photo": ("width", "height"), "image": ("width", "height"), "qr": ("size",),
    "line": ("x2", "y2"), "rect": ("width", "height"), "divider": ("width",), "rosette": ("diameter",),
}


def page_size_mm(page: dict) -> tuple[float, float]:
    """(width, height) of the page in millimetres."""
    short, long = PAGE_SIZES[page.get("size", "A4")]
    return (long, short) if page.get("orientation", "landscape") == "landscape" else (short, long)


def load_builtin_templates() -> dict[str, dict]:
    """The templates shipped in resources/templates, by key."""
    folder = asset_path("templates")
    templates: dict[str, dict] = {}
    for path in sorted(folder.glob("*.json")):
        definition = json.loads(path.read_text(encoding="utf-8"))
        templates[definition["key"]] = definition
    return templates


def validate_template(definition: dict) -> list[str]:
    """Problems that stop the template from printing correctly, in English; empty when fine."""
    problems: list[str] = []
    if not isinstance(definition, dict):
        return ["The template is not an object."]
    for key in ("key", "name"):
        if not isinstance(definition.get(key), str) or not definition.get(key):
            problems.append(f"Missing template {key}.")
    if definition.get("kind") not in KINDS:
        problems.append(f"Unknown kind {definition.get('kind')!r}: use one of {', '.join(KINDS)}.")
    version = definition.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        problems.append("The version must be a whole number from 1.")
    page = definition.get("page")
    if not isinstance(page, dict) or page.get("size") not in PAGE_SIZES or page.get("orientation") not in ORIENTATIONS:
        problems.append("The page needs a size (A4, A5 or B5) and an orientation (landscape or portrait).")
        page = {"size": "A4", "orientation": "landscape"}
    problems += _image_source_problems(definition.get("background"), "The background")
    elements = definition.get("elements")
    if not isinstance(elements, list):
        return problems + ["The template has no element list."]
    width, height = page_size_mm(page)
    seen: set[str] = set()
    for index, element in enumerate(elements):
        problems += _element_problems(element, index, seen, width, height)
    return problems


def _image_source_problems(source, label: str) -> list[str]:
    if source is None:
        return []
    if not isinstance(source, dict) or not ({"image", "data"} & source.keys()):
        return [f"{label} needs an image (a resource path) or data (base64)."]
    if "image" in source:
        if not isinstance(source["image"], str) or not asset_path(*source["image"].split("/")).is_file():
            return [f"{label} image {source['image']!r} is not among the bundled resources."]
        return []
    try:
        base64.b64decode(source["data"], validate=True)
    except (binascii.Error, TypeError, ValueError):
        return [f"{label} data is not valid base64."]
    return []


def _element_problems(element, index: int, seen: set[str], page_w: float, page_h: float) -> list[str]:
    if not isinstance(element, dict):
        return [f"Element {index + 1} is not an object."]
    name = element.get("id") or f"#{index + 1}"
    kind = element.get("type")
    if kind not in ELEMENT_TYPES:
        return [f"Element {name}: unknown type {kind!r}."]
    problems: list[str] = []
    if not isinstance(element.get("id"), str) or not element["id"]:
        problems.append(f"Element {name}: missing id.")
    elif element["id"] in seen:
        problems.append(f"Element {name}: the id is used twice.")
    seen.add(str(element.get("id")))
    for key in ("x", "y") + _REQUIRED.get(kind, ()):
        if key not in element:
            problems.append(f"Element {name}: missing {key}.")
    if problems:
        return problems
    for key in ("x", "y", "x2", "y2", "width", "height", "size", "max_width", "diameter", "inset"):
        if key in element and (not isinstance(element[key], (int, float)) or isinstance(element[key], bool)):
            problems.append(f"Element {name}: {key} must be a number.")
    if problems:
        return problems
    if not isinstance(element.get("static", False), bool):
        problems.append(f"Element {name}: static must be true or false.")
    if element.get("static") and kind in VALUE_TYPES:
        problems.append(f"Element {name}: a static element cannot show a per-certificate value.")
    if kind == "seal" and not (element.get("text") or element.get("field")):
        problems.append(f"Element {name}: missing text or field.")
    if kind == "date" and element.get("style", "upper") not in ("upper", "digits"):
        problems.append(f"Element {name}: the date style must be upper or digits.")
    if kind == "image":
        problems += _image_source_problems(element, f"Element {name}:")
    if kind in TEXT_TYPES:
        problems += _text_problems(element, name)
    for key in ("color", "fill", "accent", "outline", "field_color", "paper", "band_fill", "shadow"):
        value = element.get(key)
        if value is not None and not (isinstance(value, str) and _COLOR.match(value)):
            problems.append(f"Element {name}: {key} must be a colour like #B22222.")
    problems += _outside_page(element, kind, name, page_w, page_h)
    return problems


def _text_problems(element: dict, name: str) -> list[str]:
    problems = []
    if element.get("font", "kai") not in FONT_KEYS:
        problems.append(f"Element {name}: unknown font {element.get('font')!r} (use hei or kai).")
    aligns = ALIGNS + ("justify",) if element["type"] == "paragraph" else ALIGNS
    if element.get("align", "left") not in aligns:
        problems.append(f"Element {name}: unknown alignment {element.get('align')!r}.")
    size = element.get("size", 12)
    if not isinstance(size, (int, float)) or not 3 <= size <= 200:
        problems.append(f"Element {name}: the size must be between 3 and 200 pt.")
    if element["type"] == "paragraph":
        for match in re.finditer(r"\{([^{}:]*)(?::([^{}]*))?\}", element["text"]):
            if match.group(2) and match.group(2) not in ("upper", "digits"):
                problems.append(f"Element {name}: unknown format {match.group(2)!r} in the text.")
    return problems


def _extent(element: dict, kind: str) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) in mm of the area the element is meant to occupy."""
    x, y = float(element["x"]), float(element["y"])
    if kind in ("photo", "image", "rect"):
        return x, y, x + element["width"], y + element["height"]
    if kind == "qr":
        return x, y, x + element["size"], y + element["size"]
    if kind in ("seal", "rosette"):
        r = float(element.get("diameter", 40.0)) / 2
        return x - r, y - r, x + r, y + r
    if kind == "line":
        return min(x, element["x2"]), min(y, element["y2"]), max(x, element["x2"]), max(y, element["y2"])
    if kind == "divider":
        return x - element["width"] / 2, y, x + element["width"] / 2, y
    if kind == "paragraph":
        return x, y, x + element["width"], y
    if kind in TEXT_TYPES and element.get("max_width"):
        span = float(element["max_width"])
        align = element.get("align", "left")
        left = x - span / 2 if align == "center" else x - span if align == "right" else x
        return left, y, left + span, y
    return x, y, x, y


def _outside_page(element: dict, kind: str, name: str, page_w: float, page_h: float) -> list[str]:
    if kind == "frame":
        inset_x = float(element.get("inset", element["x"]))
        inset_y = float(element.get("inset", element["y"]))
        if not (0 <= inset_x < page_w / 2 and 0 <= inset_y < page_h / 2):
            return [f"Element {name}: the frame lies outside the page."]
        return []
    left, top, right, bottom = _extent(element, kind)
    if left < 0 or top < 0 or right > page_w or bottom > page_h:
        return [f"Element {name}: it lies outside the page ({page_w:g} × {page_h:g} mm)."]
    return []


def parse_date(value) -> dt.date | None:
    """An issue date as given in the values: a date, an ISO string, or nothing."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
