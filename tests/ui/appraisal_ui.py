"""Opening the Appraisal page and typing into its score grid, shared by the appraisal UI tests."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop.ui.appraisal.page import AppraisalPage


def _page(qtbot, ctx):
    page = AppraisalPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.refresh()
    return page


def _type(qtbot, grid, row, column, text):
    grid.setCurrentCell(row, column)
    qtbot.keyClick(grid, text[0])  # the first key opens the editor with it
    editor = grid.viewport().findChild(QLineEdit) or grid.findChild(QLineEdit)
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)
