"""The template editor: change an element, see the preview follow, save a new version, copy and move."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton

from desktop.services import certificate_templates
from desktop.ui.certificates.template_editor import TemplateEditor


@pytest.fixture
def editor(qtbot, staff, settings, monkeypatch):
    # Closing with unsaved changes asks first; tests that look at the question replace this again.
    monkeypatch.setattr("desktop.ui.feedback.confirm", lambda *_args: True)
    dialog = TemplateEditor(staff, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(editor, key):
    editor.chooser.setCurrentIndex(editor.chooser.findData(key))
    editor.chooser.activated.emit(editor.chooser.currentIndex())


def _select_element(editor, element_id):
    for row in range(editor.elements.rowCount()):
        if editor.elements.item(row, 0).text() == element_id:
            editor.elements.selectRow(row)
            return row
    raise AssertionError(element_id)


def _property(editor, key):
    for row in range(editor.properties.rowCount()):
        if editor.properties.item(row, 0).text() == key:
            return editor.properties.item(row, 1)
    raise AssertionError(key)


def test_move_an_element_see_the_preview_follow_and_save_a_new_version(qtbot, editor, staff):
    _choose(editor, "level")
    assert editor.version.text().startswith("Version 1")
    row = _select_element(editor, "title")
    with qtbot.waitSignal(editor.preview_rendered, timeout=5000) as rendered:
        editor.properties.set_value("x", 150.5)
    assert rendered.args == [1]  # one page, drawn again ~300 ms after the edit
    assert editor.elements.item(row, 2).text() == "150.5"
    assert "not saved" in editor.version.text()
    editor.buttons["save"].click()
    assert editor.version.text() == "Version 2 · shipped with Skillbase"
    saved = certificate_templates.get_template(staff, "level")
    assert saved.version == 2
    assert next(e for e in saved.definition["elements"] if e["id"] == "title")["x"] == 150.5


def test_values_keep_their_types(qtbot, editor):
    _choose(editor, "level")
    _select_element(editor, "title")
    title = editor.current_element()
    editor.properties.set_value("size", 30)
    assert title["size"] == 30 and isinstance(title["size"], int)
    bold = _property(editor, "bold")
    assert bold.checkState().name == "Checked"
    editor.properties.set_value("bold", False)
    assert title["bold"] is False
    editor.properties.set_value("text", "技能等级证书")
    assert title["text"] == "技能等级证书"


def test_a_broken_definition_shows_its_problems_instead_of_a_preview(qtbot, editor):
    _choose(editor, "level")
    _select_element(editor, "title")
    editor.properties.set_value("x", 900)
    qtbot.waitUntil(lambda: editor.problems.isVisible())
    assert "outside the page" in editor.problems.text()
    editor.buttons["save"].click()  # refused: the stored template stays as it was
    assert editor.version.text().startswith("Version 1")
    editor.properties.set_value("x", 148.5)
    with qtbot.waitSignal(editor.preview_rendered, timeout=5000):
        pass
    assert not editor.problems.isVisible()


def test_add_and_remove_an_element(qtbot, editor):
    _choose(editor, "honour")
    before = editor.elements.rowCount()
    editor.add_element("qr")
    assert editor.elements.rowCount() == before + 1
    assert editor.current_element()["type"] == "qr" and editor.current_element()["id"] == "qr1"
    with qtbot.waitSignal(editor.preview_rendered, timeout=5000) as rendered:
        editor.fields_only.setChecked(True)
    assert rendered.args == [1]
    editor.findChild(QPushButton, "removeElement").click()
    assert editor.elements.rowCount() == before


def test_duplicate_export_and_import(qtbot, editor, staff, tmp_path, monkeypatch):
    _choose(editor, "award")
    monkeypatch.setattr("desktop.ui.certificates.template_editor.ask_name", lambda *_args: "获奖证书（竖版）")
    editor.buttons["duplicate"].click()
    copied_key = editor.chooser.currentData()
    assert copied_key != "award" and "获奖证书（竖版）" in editor.chooser.currentText()
    assert editor.version.text() == "Version 1"
    exported = tmp_path / "award.json"
    monkeypatch.setattr("desktop.ui.certificates.template_editor.ask_save_path", lambda *_args: exported)
    editor.buttons["export"].click()
    definition = json.loads(exported.read_text(encoding="utf-8"))
    assert definition["name"] == "获奖证书（竖版）" and definition["kind"] == "award"
    monkeypatch.setattr("desktop.ui.certificates.template_editor.ask_open_path", lambda *_args: exported)
    editor.buttons["import"].click()
    imported_key = editor.chooser.currentData()
    assert imported_key not in ("award", copied_key)
    assert len(certificate_templates.list_templates(staff, "award")) == 3


def test_switching_away_from_unsaved_changes_asks_first(qtbot, editor, monkeypatch):
    _choose(editor, "level")
    _select_element(editor, "title")
    editor.properties.set_value("x", 140)
    asked = []
    monkeypatch.setattr("desktop.ui.feedback.confirm", lambda _parent, question: asked.append(question) or False)
    _choose(editor, "honour")
    assert asked and "Discard" in asked[0]
    assert editor.chooser.currentData() == "level" and editor.current_element()["x"] == 140


def test_dragging_on_the_preview_moves_the_chosen_element(qtbot, editor):
    _choose(editor, "level")
    _select_element(editor, "qr")
    start = dict(editor.current_element())
    viewport = editor.preview.viewport()
    middle = viewport.rect().center()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(viewport, middle + QPoint(40, 20))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=middle + QPoint(40, 20))
    moved = editor.current_element()
    assert moved["x"] > start["x"] and moved["y"] > start["y"]
    # right twice as far as down, in millimetres as on screen
    assert abs((moved["x"] - start["x"]) - 2 * (moved["y"] - start["y"])) <= 0.2
    assert _property(editor, "x").data(Qt.ItemDataRole.EditRole) == moved["x"]
    with qtbot.waitSignal(editor.preview_rendered, timeout=5000):
        pass
