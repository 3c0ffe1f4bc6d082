"""Register the bundled CJK font so Chinese renders on machines without one."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.assets import CJK_FONT, CJK_FONT_FAMILY, asset_path


def use_bundled_cjk_font(app: QApplication) -> None:
    if QFontDatabase.addApplicationFont(str(asset_path(*CJK_FONT))) < 0:
        raise FileNotFoundError(asset_path(*CJK_FONT))
    font = app.font()
    # The system family first (Latin looks native), the bundled one for every Chinese glyph.
    font.setFamilies([font.family(), CJK_FONT_FAMILY])
    app.setFont(font)
    QFont.insertSubstitution(font.family(), CJK_FONT_FAMILY)
