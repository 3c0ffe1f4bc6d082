"""The one way to reach bundled resources (fonts, translations, templates, demo data).

importlib.resources finds them in a source checkout, an installed wheel and the
PyInstaller bundle alike (build.spec ships `resources/` as a package folder).
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path

CJK_FONT = ("fonts", "wqy-microhei.ttc")
CJK_FONT_FAMILY = "WenQuanYi Micro Hei"


def asset_path(*parts: str) -> Path:
    return Path(str(files("resources").joinpath(*parts)))


def translation_file(language: str) -> Path:
    return asset_path("translations", f"skillbase_{language}.qm")
