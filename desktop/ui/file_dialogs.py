"""File choosers. Tests replace these functions instead of driving the native dialogs."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

EXCEL_FILTER = "Excel (*.xlsx)"
PDF_FILTER = "PDF (*.pdf)"


def ask_save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return Path(name) if name else None


def ask_open_path(parent: QWidget, title: str, file_filter: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return Path(name) if name else None
