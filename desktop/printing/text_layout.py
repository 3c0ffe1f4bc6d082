"""Setting Chinese text on a certificate: single lines that shrink to fit, and paragraphs.

Sizes are in points, positions in ReportLab points (origin bottom-left); the caller converts
from the template's millimetres. A line's y is its baseline.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfgen.canvas import Canvas

from desktop.printing.fonts import font_name, text_width

MIN_SHRINK = 0.6        # a long value shrinks to no less than 60 % of its size, then overflows
BOLD_STROKE = 0.035     # fake bold: glyph outline stroked at this fraction of the size
OUTLINE_STROKE = 0.025

# Chinese line breaking (避头尾): these never start a line, those never end one.
NO_LINE_START = set("，。、；：？！）》」』】〕”’…—·%,.;:?!)]}")
NO_LINE_END = set("（《「『【〔“‘([{")
# Full-width punctuation drawn in the left half of its square: before another punctuation
# mark it gives up the empty right half (标点挤压), so "），" does not gape.
SQUEEZABLE = set("，。、；：！？）》」』】〕”’")
FULL_WIDTH_PUNCTUATION = SQUEEZABLE | set("（《「『【〔“‘")


@lru_cache(maxsize=256)
def rgb(color: str) -> tuple[float, float, float]:
    """"#RRGGBB" -> (r, g, b) in 0..1."""
    value = color.lstrip("#")
    return int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255


@dataclass(frozen=True)
class TextStyle:
    font: str = "kai"
    size: float = 12.0
    color: str = "#000000"
    align: str = "left"
    bold: bool = False
    outline: str | None = None          # stroke colour drawn around the glyphs
    letter_spacing: float = 0.0         # extra space after each character, in em
    max_width: float | None = None      # points
    shadow: str | None = None           # colour of a copy drawn behind, offset down-right
    shadow_offset: float = 0.0          # points

    @classmethod
    def of(cls, element: dict, mm: float) -> TextStyle:
        max_width = element.get("max_width")
        return cls(element.get("font", "kai"), float(element.get("size", 12)), element.get("color", "#000000"),
                   element.get("align", "left"), bool(element.get("bold", False)), element.get("outline"),
                   float(element.get("letter_spacing", 0.0)), max_width * mm if max_width else None,
                   element.get("shadow"), float(element.get("shadow_offset", 0.6)) * mm)


def line_width(text: str, style: TextStyle, size: float) -> float:
    """Width of `text` on one line, without the spacing after its last character."""
    spacing = style.letter_spacing * size * max(len(text) - 1, 0)
    return text_width(text, style.font, size) + spacing


def fitted_size(text: str, style: TextStyle) -> float:
    """The size at which `text` fits `max_width`, never below MIN_SHRINK of the nominal size."""
    if not style.max_width or not text:
        return style.size
    width = line_width(text, style, style.size)
    if width <= style.max_width:
        return style.size
    # Width is proportional to the size (letter spacing is in em); floor to stay inside.
    return max(style.size * style.max_width / width * 0.999, style.size * MIN_SHRINK)


def _set_ink(canvas: Canvas, text_object, style: TextStyle, size: float) -> None:
    canvas.setFillColorRGB(*rgb(style.color))
    if style.bold or style.outline:
        canvas.setStrokeColorRGB(*rgb(style.outline or style.color))
        canvas.setLineWidth(size * (BOLD_STROKE if style.bold else OUTLINE_STROKE))
        canvas.setLineJoin(1)
        text_object.setTextRenderMode(2)


def draw_line(canvas: Canvas, text: str, x: float, y: float, style: TextStyle) -> tuple[float, float]:
    """Draw one line anchored at x by its alignment; return (left edge, width) as drawn."""
    if not text:
        return x, 0.0
    size = fitted_size(text, style)
    width = line_width(text, style, size)
    left = x - width / 2 if style.align == "center" else x - width if style.align == "right" else x
    if style.shadow:
        shadow = TextStyle(style.font, size, style.shadow, "left", style.bold, None, style.letter_spacing)
        draw_line(canvas, text, left + style.shadow_offset, y - style.shadow_offset, shadow)
    canvas.saveState()
    text_object = canvas.beginText(left, y)
    text_object.setFont(font_name(style.font), size)
    _set_ink(canvas, text_object, style, size)
    if style.letter_spacing:
        text_object.setCharSpace(style.letter_spacing * size)
    text_object.textOut(text)
    canvas.drawText(text_object)
    canvas.restoreState()
    return left, width


# -- paragraphs ------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Atom:
    """The smallest unbreakable piece: one CJK character or a run of Latin letters/digits.
    `width` is the advance it takes, after any squeeze."""
    text: str
    is_field: bool
    width: float
    squeeze: float = 0.0


def _atoms(runs: list[tuple[str, bool]], body: TextStyle, field: TextStyle, size: float) -> list[_Atom]:
    atoms: list[_Atom] = []
    for text, is_field in runs:
        font = field.font if is_field else body.font
        word = ""
        for char in text:
            if char.isascii() and char.isalnum():
                word += char
                continue
            if word:
                atoms.append(_Atom(word, is_field, text_width(word, font, size)))
                word = ""
            atoms.append(_Atom(char, is_field, text_width(char, font, size)))
        if word:
            atoms.append(_Atom(word, is_field, text_width(word, font, size)))
    for index in range(len(atoms) - 1):
        atom = atoms[index]
        if atom.text in SQUEEZABLE and atoms[index + 1].text in FULL_WIDTH_PUNCTUATION:
            half = atom.width / 2
            atoms[index] = _Atom(atom.text, atom.is_field, atom.width - half, half)
    return atoms


@dataclass
class _Line:
    atoms: list[_Atom]
    first: bool      # first line of a paragraph: indented
    last: bool       # last line of a paragraph: not justified


def _break_lines(atoms: list[_Atom], width: float, indent: float) -> list[_Line]:
    """Greedy line breaking with hanging closing punctuation and no opening mark at a line
    end; a newline ends the paragraph and starts a new, indented one."""
    lines: list[_Line] = []
    current: list[_Atom] = []
    first = True
    used = indent

    def finish(last: bool) -> None:
        nonlocal current, first, used
        lines.append(_Line(current, first, last))
        current, first, used = [], last, indent if last else 0.0

    for atom in atoms:
        if atom.text == "\n":
            finish(last=True)
            continue
        if not current and not first and atom.text.isspace():
            continue
        if current and used + atom.width > width:
            if atom.text[0] in NO_LINE_START:
                current.append(atom)   # hanging punctuation; justification absorbs it
                finish(last=False)
                continue
            carried: list[_Atom] = []
            while len(current) > 1 and current[-1].text[-1] in NO_LINE_END:
                carried.insert(0, current.pop())
            finish(last=False)
            current, used = carried, sum(a.width for a in carried)
        current.append(atom)
        used += atom.width
    if current or not lines:
        finish(last=True)
    return lines


@dataclass(frozen=True)
class ParagraphStyle:
    body: TextStyle
    field: TextStyle
    width: float                 # points
    leading: float = 1.8         # line height as a multiple of the size
    indent: float = 2.0          # first-line indent in em
    field_underline: bool = False
    max_lines: int | None = None

    @classmethod
    def of(cls, element: dict, mm: float) -> ParagraphStyle:
        body = TextStyle.of({**element, "max_width": None}, mm)
        field = TextStyle(element.get("field_font", body.font), body.size,
                          element.get("field_color", body.color), "left",
                          bool(element.get("field_bold", body.bold)), None)
        max_lines = element.get("max_lines")
        return cls(body, field, float(element["width"]) * mm, float(element.get("leading", 1.8)),
                   float(element.get("indent", 2.0)), bool(element.get("field_underline", False)),
                   int(max_lines) if max_lines else None)


def layout_paragraph(runs: list[tuple[str, bool]], style: ParagraphStyle) -> tuple[float, list[_Line]]:
    """Choose the size (shrinking towards MIN_SHRINK to respect max_lines) and break the lines."""
    size = style.body.size
    while True:
        atoms = _atoms(runs, style.body, style.field, size)
        lines = _break_lines(atoms, style.width, style.indent * size)
        if not style.max_lines or len(lines) <= style.max_lines or size <= style.body.size * MIN_SHRINK:
            return size, lines
        size = max(size * 0.95, style.body.size * MIN_SHRINK)


def draw_paragraph(canvas: Canvas, runs: list[tuple[str, bool]], x: float, y: float,
                   style: ParagraphStyle) -> int:
    """Draw runs of (text, is_field) from the first baseline at (x, y); return the line count."""
    size, lines = layout_paragraph(runs, style)
    align = style.body.align
    for number, line in enumerate(lines):
        indent = style.indent * size if line.first and align in ("justify", "left") else 0.0
        natural = sum(a.width for a in line.atoms)
        glyphs = sum(len(a.text) for a in line.atoms)
        extra = 0.0
        if align == "justify" and glyphs > 1 and (not line.last or natural > style.width - indent):
            extra = (style.width - indent - natural) / (glyphs - 1)
        start = x + indent
        if align == "center":
            start = x + (style.width - natural) / 2
        elif align == "right":
            start = x + style.width - natural
        _draw_runs(canvas, line.atoms, start, y - number * style.leading * size, size, extra, style)
    return len(lines)


def _draw_runs(canvas: Canvas, line: list[_Atom], x: float, y: float, size: float, extra: float,
               style: ParagraphStyle) -> None:
    # A run ends where the style changes or after a squeezed mark (the next one starts closer).
    runs: list[tuple[str, bool, float]] = []
    open_run = False
    for atom in line:
        if open_run and runs[-1][1] == atom.is_field:
            text, is_field, width = runs[-1]
            runs[-1] = (text + atom.text, is_field, width + atom.width)
        else:
            runs.append((atom.text, atom.is_field, atom.width))
        open_run = not atom.squeeze
    for text, is_field, width in runs:
        text_style = style.field if is_field else style.body
        canvas.saveState()
        text_object = canvas.beginText(x, y)
        text_object.setFont(font_name(text_style.font), size)
        _set_ink(canvas, text_object, text_style, size)
        if extra:
            text_object.setCharSpace(extra)
        text_object.textOut(text)
        canvas.drawText(text_object)
        advance = width + extra * len(text)
        if is_field and style.field_underline and text.strip():
            canvas.setStrokeColorRGB(*rgb(text_style.color))
            canvas.setLineWidth(0.6)
            canvas.line(x, y - size * 0.2, x + advance - max(extra, 0), y - size * 0.2)
        canvas.restoreState()
        x += advance
