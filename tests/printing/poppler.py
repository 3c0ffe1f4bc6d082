"""Looking into rendered PDFs with poppler-utils (pdftotext, pdftoppm, pdffonts); a test skips
with the reason when they are missing."""
from __future__ import annotations

import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

import pytest
from PIL import Image


def _poppler(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed: cannot look inside the PDF")
    return path


def pdf_text(pdf: Path) -> str:
    """The PDF's text, pages separated by form feeds."""
    return subprocess.run([_poppler("pdftotext"), "-enc", "UTF-8", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout


def pdf_words(pdf: Path) -> list[tuple[str, float, float, float, float]]:
    """(word, xMin, yMin, xMax, yMax) in points from the top-left, for every word of page 1."""
    html = subprocess.run([_poppler("pdftotext"), "-bbox", "-f", "1", "-l", "1", "-enc", "UTF-8", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    return [(unescape(m.group(5)), float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4)))
            for m in re.finditer(pattern, html)]


def pdf_page_image(pdf: Path, resolution: int = 150) -> Image.Image:
    """Page 1 rasterised by pdftoppm, as a phone camera would see the paper."""
    root = pdf.with_suffix("")
    subprocess.run([_poppler("pdftoppm"), "-png", "-r", str(resolution), "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(root)], capture_output=True, check=True)
    with Image.open(root.with_suffix(".png")) as image:
        return image.convert("RGB")


def pdf_fonts(pdf: Path) -> list[str]:
    output = subprocess.run([_poppler("pdffonts"), str(pdf)], capture_output=True, text=True, check=True).stdout
    return output.splitlines()[2:]
