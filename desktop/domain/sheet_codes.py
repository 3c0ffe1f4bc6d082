"""The code printed on a paper score sheet (as text and as a QR code), by which a recorder
finds the sheet again: "S-<sheet id>-<two check digits>", e.g. S-127-08.

The check digits are ISO 7064 MOD 97-10 (those of an IBAN): every single mistyped digit and
every swap of two neighbouring digits gives a code that does not check, so a typing slip is
refused instead of opening another judge's or another contestant's sheet.

Reading is forgiving about what a hand or a barcode scanner types besides the digits: case,
spaces, full-width characters (a Chinese input method), any dash or none at all (S12708 is
S-127-08: the check is always the last two digits).
"""
from __future__ import annotations

import re
import unicodedata

PREFIX = "S"
_DASHES = "-‐‑‒–—―－_"
_SHAPE = re.compile(r"S(\d{1,12})(\d{2})")


class SheetCodeError(ValueError):
    """Not a sheet code: `malformed` (not shaped like one) or `mistyped` (the check fails)."""

    def __init__(self, kind: str, text: str):
        super().__init__(f"{kind}: {text!r}")
        self.kind = kind
        self.text = text


def check_digits(sheet_id: int) -> str:
    """ISO 7064 MOD 97-10: the two digits that make <id><digits> leave 1 when divided by 97."""
    if sheet_id < 1:
        raise ValueError(sheet_id)
    return f"{98 - sheet_id * 100 % 97:02d}"


def sheet_code(sheet_id: int) -> str:
    """The printed code of a sheet: sheet_code(127) == 'S-127-08'."""
    return f"{PREFIX}-{sheet_id}-{check_digits(sheet_id)}"


def parse_sheet_code(text: str) -> int:
    """The sheet id a typed or scanned code names; SheetCodeError when it is not a code or a
    digit is wrong."""
    cleaned = unicodedata.normalize("NFKC", text or "").upper()
    cleaned = "".join(ch for ch in cleaned if not ch.isspace() and ch not in _DASHES)
    found = _SHAPE.fullmatch(cleaned)
    if found is None:
        raise SheetCodeError("malformed", text)
    number = int(found.group(1) + found.group(2))
    if number % 97 != 1 or int(found.group(1)) < 1:
        raise SheetCodeError("mistyped", text)
    return int(found.group(1))
