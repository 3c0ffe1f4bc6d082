"""PDFs that are not certificates yet: a template with sample values, the calibration page."""
from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

import zxingcpp
from PIL import Image, UnidentifiedImageError

from desktop.domain.errors import UserError
from desktop.domain.messages import QT_TRANSLATE_NOOP, message
from desktop.printing.certificate_pdf import render_calibration_page, render_certificates
from desktop.printing.templates import SAMPLE_VALUES, load_builtin_templates, validate_template


def template_problems(definition: dict) -> list[str]:
    return validate_template(definition)


def preview_template(definition: dict, destination: Path | BinaryIO, fields_only: bool = False,
                     offset_mm: tuple[float, float] = (0.0, 0.0)) -> None:
    """The template filled with realistic sample values of its kind (for the editor)."""
    render_certificates(definition, [SAMPLE_VALUES[definition["kind"]]], destination,
                        fields_only=fields_only, offset_mm=offset_mm)


def preview_builtin_templates() -> int:
    """Render every shipped template with sample values (the bundle's smoke check: fonts,
    templates and the QR encoder are all there). Returns how many rendered."""
    templates = load_builtin_templates()
    for definition in templates.values():
        preview_template(definition, io.BytesIO())
    return len(templates)


def calibration_page(destination: Path | BinaryIO, page: dict | None = None,
                     offset_mm: tuple[float, float] = (0.0, 0.0)) -> None:
    """A ruler page to print on plain paper and lay over pre-printed stock (套打)."""
    render_calibration_page(destination, page or {"size": "A4", "orientation": "landscape"}, offset_mm)


def read_qr_codes(rgba: bytes, width: int, height: int) -> list[str]:
    """The texts of every QR code in an RGBA picture (a scanned or rendered certificate)."""
    image = Image.frombytes("RGBA", (width, height), rgba).convert("L")
    return [result.text for result in zxingcpp.read_barcodes(image) if result.text]


def read_qr_codes_from_file(path: Path) -> list[str]:
    """QR texts in a PNG or JPEG file."""
    try:
        with Image.open(path) as image:
            return [result.text for result in zxingcpp.read_barcodes(image.convert("L")) if result.text]
    except (OSError, UnidentifiedImageError) as error:
        raise UserError(message(QT_TRANSLATE_NOOP(
            "Messages", "Cannot read {path} as a picture: {reason}"), path=str(path), reason=str(error))) from error
