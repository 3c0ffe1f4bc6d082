"""Reading and writing .xlsx files for every import and export, with the messages staff see
when a file cannot be read or written."""
from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from desktop.domain.errors import UserError
from desktop.domain.messages import QT_TRANSLATE_NOOP, message


def read_first_sheet(path: Path) -> tuple[tuple, list[tuple[int, tuple]]]:
    """Row 1 of the first sheet, and every non-blank row after it with its sheet row number
    (the number staff see in Excel, so reports can point at it)."""
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, OSError, KeyError, ValueError) as error:
        raise UserError(message(QT_TRANSLATE_NOOP(
            "Messages", "Cannot read {path} as an Excel workbook (.xlsx): {reason}"),
            path=str(path), reason=str(error) or error.__class__.__name__)) from error
    try:
        rows = workbook.worksheets[0].iter_rows(values_only=True)
        header = next(rows, None) or ()
        numbered = [(number, values) for number, values in enumerate(rows, start=2)
                    if values is not None and any(v is not None and str(v).strip() != "" for v in values)]
        return header, numbered
    finally:
        workbook.close()


def check_writable(path: Path) -> None:
    """Fail before a long export, not after it, when the file cannot be written (open in
    Excel, a read-only folder)."""
    try:
        if path.exists():
            with path.open("r+b"):
                pass
        else:
            with path.open("xb"):
                pass
            path.unlink()
    except OSError as error:
        raise _write_error(path, error) from error


def save_workbook(workbook: Workbook, path: Path) -> None:
    try:
        workbook.save(path)
    except OSError as error:
        raise _write_error(path, error) from error


def _write_error(path: Path, error: OSError) -> UserError:
    return UserError(message(QT_TRANSLATE_NOOP(
        "Messages", "Cannot write {path}: {reason}. Close it in Excel or choose another folder."),
        path=str(path), reason=error.strerror or str(error)))
