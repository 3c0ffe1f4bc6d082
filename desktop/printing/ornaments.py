"""Vector decoration for certificates: ornate page frames, red round seals, dividers.

Everything is drawn with plain path operators (no bitmaps), so it prints sharp at any
resolution and, being static, is drawn once per document into a form XObject.
Coordinates here are ReportLab points with the origin at the bottom-left.
"""
from __future__ import annotations

import math

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.printing.fonts import font_name, text_width
from desktop.printing.text_layout import rgb

SEAL_RED = "#D7161E"


# -- frames ----------------------------------------------------------------------------------

def draw_frame(canvas: Canvas, left: float, bottom: float, right: float, top: float, element: dict) -> None:
    """A page border: "single", "double" or "ornate" (double rules, a guilloche band, corner
    blocks and key-fret corner ornaments)."""
    style = element.get("style", "double")
    color = rgb(element.get("color", "#8B1A1A"))
    accent = rgb(element.get("accent", element.get("color", "#C9A23A")))
    weight = float(element.get("width", 2.0))
    gap = float(element.get("gap", 7.0 if style == "ornate" else 2.5)) * mm
    canvas.saveState()
    canvas.setStrokeColorRGB(*color)
    canvas.setLineWidth(weight)
    canvas.rect(left, bottom, right - left, top - bottom, stroke=1, fill=0)
    if style == "double":
        canvas.setLineWidth(max(weight / 3, 0.5))
        canvas.rect(left + gap, bottom + gap, right - left - 2 * gap, top - bottom - 2 * gap, stroke=1, fill=0)
    elif style == "ornate":
        _ornate(canvas, left, bottom, right, top, gap, weight, color, accent, element)
    canvas.restoreState()


def _ornate(canvas: Canvas, left, bottom, right, top, gap, weight, color, accent, element) -> None:
    rule = 1.2 * mm
    thin = max(weight / 3, 0.5)
    canvas.setLineWidth(thin)
    canvas.rect(left + rule, bottom + rule, right - left - 2 * rule, top - bottom - 2 * rule)
    band_outer, band_inner = rule + 0.9 * mm, gap - 0.9 * mm
    band_fill = element.get("band_fill")
    if band_fill:  # a solid band (red-and-gold honour style): even-odd fill between two rectangles
        path = canvas.beginPath()
        path.rect(left + rule, bottom + rule, right - left - 2 * rule, top - bottom - 2 * rule)
        path.rect(left + gap, bottom + gap, right - left - 2 * gap, top - bottom - 2 * gap)
        canvas.setFillColorRGB(*rgb(band_fill))
        canvas.drawPath(path, stroke=0, fill=1, fillMode=0)
        canvas.setStrokeColorRGB(*color)
        canvas.rect(left + rule, bottom + rule, right - left - 2 * rule, top - bottom - 2 * rule)
    if element.get("pattern", "guilloche") == "guilloche":
        _guilloche(canvas, left, bottom, right, top, band_outer, band_inner, accent)
    canvas.setStrokeColorRGB(*color)
    canvas.setLineWidth(thin * 1.6)
    canvas.rect(left + gap, bottom + gap, right - left - 2 * gap, top - bottom - 2 * gap)
    canvas.setLineWidth(thin)
    inner = gap + 1.1 * mm
    canvas.rect(left + inner, bottom + inner, right - left - 2 * inner, top - bottom - 2 * inner)
    paper = rgb(element.get("paper", "#FFFFFF"))
    block = rgb(band_fill) if band_fill else paper
    for x, y, sx, sy in ((left, top, 1, -1), (right, top, -1, -1), (left, bottom, 1, 1), (right, bottom, -1, 1)):
        canvas.saveState()
        canvas.translate(x, y)
        canvas.scale(sx, sy)
        _corner_block(canvas, rule, gap, color, accent, block, thin)
        if element.get("corners", "fret") == "fret":
            _fret_corner(canvas, inner + 1.6 * mm, color, accent, thin)
        canvas.restoreState()


def _guilloche(canvas: Canvas, left, bottom, right, top, outer, inner, accent) -> None:
    """Interlaced sine waves along the band between the rules: the rope pattern of banknotes
    and certificates. Each half wave is one Bézier curve; each side is clipped to its strip
    and the corner blocks cover where the strips meet."""
    width = inner - outer
    amplitude = width / 2 * 0.92
    step = 3.2 * mm  # half a wave
    strips = (  # (origin x, origin y, length, rotation): the strip runs along +x from the origin
        (left + outer, top - inner, right - left - 2 * outer, 0),
        (left + outer, bottom + outer, right - left - 2 * outer, 0),
        (left + inner, bottom + outer, top - bottom - 2 * outer, 90),
        (right - outer, bottom + outer, top - bottom - 2 * outer, 90),
    )
    for x, y, length, rotation in strips:
        canvas.saveState()
        canvas.translate(x, y)
        canvas.rotate(rotation)
        clip = canvas.beginPath()
        clip.rect(0, 0, length, width)
        canvas.clipPath(clip, stroke=0, fill=0)
        canvas.setStrokeColorRGB(*accent)
        canvas.setLineWidth(0.45)
        path = canvas.beginPath()
        count = int(length / step) + 4
        for phase in range(3):
            for sign in (1, -1):
                _wave(path, -2 * step + phase * step * 2 / 3, width / 2, step, count, sign * amplitude)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()


def _wave(path, start: float, centre: float, step: float, count: int, amplitude: float) -> None:
    height = amplitude * 4 / 3  # a cubic's control points 4/3 out reach the sine's crest
    path.moveTo(start, centre)
    for index in range(count):
        a = start + index * step
        h = height if index % 2 == 0 else -height
        path.curveTo(a + step * 0.36, centre + h, a + step * 0.64, centre + h, a + step, centre)


def _corner_block(canvas: Canvas, rule, gap, color, accent, paper, thin) -> None:
    """A square over the band's corner with a diamond rosette, in corner-local coordinates
    (x inwards along the edge, y inwards)."""
    size = gap - rule
    canvas.setFillColorRGB(*paper)
    canvas.setStrokeColorRGB(*color)
    canvas.setLineWidth(thin)
    canvas.rect(rule, rule, size, size, stroke=1, fill=1)
    centre = rule + size / 2
    radius = size * 0.38
    path = canvas.beginPath()
    path.moveTo(centre, centre - radius)
    path.lineTo(centre + radius, centre)
    path.lineTo(centre, centre + radius)
    path.lineTo(centre - radius, centre)
    path.close()
    canvas.setFillColorRGB(*accent)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFillColorRGB(*paper)
    canvas.circle(centre, centre, radius * 0.38, stroke=0, fill=1)
    canvas.setFillColorRGB(*color)
    canvas.circle(centre, centre, radius * 0.18, stroke=0, fill=1)


def _fret_corner(canvas: Canvas, start: float, color, accent, thin) -> None:
    """A 回纹 (key fret) corner ornament inside the inner rule, corner-local coordinates:
    an L along both edges whose arms end in square spirals, a small spiral in the corner."""
    u = 1.25 * mm
    arm = 13
    # one arm in units, along +x; the other is its mirror image across the diagonal
    arm_points = [(0, 0), (arm, 0), (arm, 3), (arm - 3, 3), (arm - 3, 1), (arm - 1, 1), (arm - 1, 2), (arm - 2, 2)]
    canvas.setStrokeColorRGB(*color)
    canvas.setLineWidth(thin * 1.7)
    canvas.setLineJoin(0)
    canvas.setLineCap(2)
    path = canvas.beginPath()
    for flip in (False, True):
        for index, (a, b) in enumerate(arm_points):
            x, y = (b, a) if flip else (a, b)
            point = (start + x * u, start + y * u)
            if index == 0:
                path.moveTo(*point)
            else:
                path.lineTo(*point)
    spiral = [(2, 6), (2, 2), (6, 2), (6, 5), (4, 5), (4, 4)]
    for index, (a, b) in enumerate(spiral):
        point = (start + a * u, start + b * u)
        if index == 0:
            path.moveTo(*point)
        else:
            path.lineTo(*point)
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.setFillColorRGB(*accent)
    for a, b in ((8.2, 1.4), (1.4, 8.2)):
        canvas.rect(start + a * u, start + b * u, 1.2 * u, 1.2 * u, stroke=0, fill=1)


# -- rosettes -------------------------------------------------------------------------------

def draw_rosette(canvas: Canvas, cx: float, cy: float, radius: float, color: str,
                 waves: int = 24, copies: int = 12, line_width: float = 0.3) -> None:
    """A guilloche rosette: `copies` wavy circles, each turned a little, woven into a lace
    disc; printed pale behind the text as on banknotes and official certificates."""
    canvas.saveState()
    canvas.setStrokeColorRGB(*rgb(color))
    canvas.setLineWidth(line_width)
    path = canvas.beginPath()
    steps = waves * 12
    for ring, (base, depth) in enumerate(((0.80, 0.20), (0.46, 0.14))):
        for copy in range(copies):
            phase = 2 * math.pi * copy / copies
            for step in range(steps + 1):
                theta = 2 * math.pi * step / steps
                r = radius * (base + depth * math.sin(waves * theta / (ring + 1) + phase))
                x, y = cx + r * math.cos(theta), cy + r * math.sin(theta)
                if step == 0:
                    path.moveTo(x, y)
                else:
                    path.lineTo(x, y)
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()


# -- dividers --------------------------------------------------------------------------------

def draw_divider(canvas: Canvas, cx: float, y: float, width: float, color: str, accent: str) -> None:
    """A centred rule with a diamond in the middle and tapering ends (under a title)."""
    canvas.saveState()
    canvas.setStrokeColorRGB(*rgb(color))
    canvas.setFillColorRGB(*rgb(color))
    half = width / 2
    diamond = 2.2 * mm
    for direction in (-1, 1):
        canvas.setLineWidth(0.9)
        canvas.line(cx + direction * (diamond + 1.5 * mm), y + 0.7 * mm, cx + direction * half, y + 0.7 * mm)
        canvas.setLineWidth(0.4)
        canvas.line(cx + direction * (diamond + 1.5 * mm), y - 0.7 * mm, cx + direction * half * 0.8, y - 0.7 * mm)
        canvas.circle(cx + direction * (half + 1.2 * mm), y + 0.7 * mm, 0.6 * mm, stroke=0, fill=1)
    path = canvas.beginPath()
    path.moveTo(cx - diamond, y)
    path.lineTo(cx, y + diamond)
    path.lineTo(cx + diamond, y)
    path.lineTo(cx, y - diamond)
    path.close()
    canvas.setFillColorRGB(*rgb(accent))
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


# -- seals -----------------------------------------------------------------------------------

def star_path(canvas: Canvas, cx: float, cy: float, radius: float):
    path = canvas.beginPath()
    inner = radius * 0.382
    for index in range(10):
        angle = math.pi / 2 + index * math.pi / 5
        r = radius if index % 2 == 0 else inner
        x, y = cx + r * math.cos(angle), cy + r * math.sin(angle)
        if index == 0:
            path.moveTo(x, y)
        else:
            path.lineTo(x, y)
    path.close()
    return path


def draw_seal(canvas: Canvas, cx: float, cy: float, element: dict, name: str) -> None:
    """A red round official seal: ring, five-pointed star, `name` along the upper arc and an
    optional line under the star. Opaque: templates put it before the text it sits under (a
    translucent one would need an ExtGState, which ReportLab does not carry into forms)."""
    diameter = float(element.get("diameter", 40.0)) * mm
    radius = diameter / 2
    color = rgb(element.get("color", SEAL_RED))
    font = element.get("font", "hei")
    ring = diameter * 0.028
    canvas.saveState()
    canvas.setStrokeColorRGB(*color)
    canvas.setFillColorRGB(*color)
    canvas.setLineWidth(ring)
    canvas.circle(cx, cy, radius - ring / 2, stroke=1, fill=0)
    canvas.drawPath(star_path(canvas, cx, cy, radius * 0.29), stroke=0, fill=1)
    if name:
        _arc_text(canvas, cx, cy, radius - ring, name, font)
    below = element.get("text_below", "")
    if below:
        size = min(radius * 0.2, radius * 1.15 / max(text_width(below, font, 1.0), 0.01))
        width = text_width(below, font, size)
        canvas.setFont(font_name(font), size)
        canvas.setLineWidth(size * 0.04)
        canvas.drawString(cx - width / 2, cy - radius * 0.58, below, mode=2)
    canvas.restoreState()


def _arc_text(canvas: Canvas, cx: float, cy: float, inner_radius: float, name: str, font: str) -> None:
    count = len(name)
    size = inner_radius * (0.40 if count <= 8 else 0.33 if count <= 12 else 0.27)
    baseline = inner_radius - size * 1.02
    span = math.radians(min(250.0, 26.0 * count + 60.0)) if count > 1 else 0.0
    canvas.setFont(font_name(font), size)
    canvas.setLineWidth(size * 0.045)  # seal characters are cut heavy: stroke them too
    for index, char in enumerate(name):
        angle = math.pi / 2 + span / 2 - (span * index / (count - 1) if count > 1 else 0.0)
        canvas.saveState()
        canvas.translate(cx + baseline * math.cos(angle), cy + baseline * math.sin(angle))
        canvas.rotate(math.degrees(angle) - 90)
        canvas.scale(0.78, 1.0)  # seal characters are cut narrow
        canvas.drawString(-text_width(char, font, size) / 2, 0, char, mode=2)
        canvas.restoreState()
