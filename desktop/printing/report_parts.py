"""What the A4 reports (fee report, judge-quality report …) share: colours, paragraph styles,
the ruled grid of their tables, a cell paragraph and the signature line."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from desktop.printing.fonts import font_name
from desktop.printing.numbered_pages import MUTED, RULE

INK = colors.HexColor("#1F2937")
ACCENT = colors.HexColor("#8B1A1A")  # the red of official headings
HEADER_FILL = colors.HexColor("#F3EDE4")


class ReportStyles:
    """The styles every report uses, at the body size it chooses; reports add their own."""

    def __init__(self, name: str, size: float, leading: float):
        self.font = font_name("hei")
        base = ParagraphStyle(name, fontName=self.font, fontSize=size, leading=leading, textColor=INK,
                              wordWrap="CJK")
        self.cell = base
        self.number = ParagraphStyle("number", parent=base, alignment=TA_RIGHT)
        self.centre = ParagraphStyle("centre", parent=base, alignment=TA_CENTER)
        self.label = ParagraphStyle("label", parent=base, textColor=MUTED)
        self.title = ParagraphStyle("title", parent=base, fontName=font_name("kai"), fontSize=24, leading=32,
                                    alignment=TA_CENTER, textColor=ACCENT)
        self.issuer = ParagraphStyle("issuer", parent=base, fontSize=11, leading=16, alignment=TA_CENTER,
                                     textColor=MUTED)
        self.signature = ParagraphStyle("signature", parent=base, fontSize=10, leading=14)


def cell(text: Any, style: ParagraphStyle) -> Paragraph:
    """A table cell's text, escaped; an empty value shows as a dash."""
    return Paragraph(escape(str(text)) if text not in (None, "") else "—", style)


def grid() -> list[tuple]:
    # Blank cells are drawn as strings in the table's own font: name ours, or Helvetica gets in unembedded.
    return [("FONTNAME", (0, 0), (-1, -1), font_name("hei")),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]


def signature_line(roles: Sequence[str], width: float, styles: ReportStyles) -> Table:
    """经办人：　　　… one blank per role, side by side across `width`."""
    blank = "\u3000" * 8
    table = Table([[Paragraph(f"{role}：{blank}", styles.signature) for role in roles]],
                  colWidths=[width / len(roles)] * len(roles))
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("FONTNAME", (0, 0), (-1, -1), styles.font)]))
    return table
