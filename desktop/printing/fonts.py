"""The bundled CJK TrueType fonts, registered with ReportLab once per process.

ReportLab embeds a TrueType font as a subset of the glyphs a document uses, so a PDF shows
its Chinese on machines with no CJK fonts at all (its built-in STSong-Light is not embedded
and comes out blank there). Parsing a .ttc takes a noticeable moment: each face is parsed
on first use and the TTFont object is kept for the life of the process.
"""
from __future__ import annotations

import threading
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.assets import asset_path

# Template font key -> (ReportLab font name, file under resources/fonts).
FONT_FILES = {
    "hei": ("SkillbaseHei", "wqy-microhei.ttc"),  # 黑体-like sans serif
    "kai": ("SkillbaseKai", "ukai.ttc"),          # 楷体 (AR PL UKai)
}
FONT_KEYS = tuple(FONT_FILES)

_lock = threading.Lock()
_registered: set[str] = set()


def font_name(key: str) -> str:
    """The registered ReportLab name of the template font `key` ("hei" or "kai")."""
    name, filename = FONT_FILES[key]
    if name not in _registered:
        with _lock:
            if name not in _registered:
                pdfmetrics.registerFont(TTFont(name, str(asset_path("fonts", filename)), subfontIndex=0))
                _registered.add(name)
    return name


@lru_cache(maxsize=4096)
def text_width(text: str, key: str, size: float) -> float:
    """Width in points of `text` in font `key` at `size` (no letter spacing)."""
    return pdfmetrics.stringWidth(text, font_name(key), size)
