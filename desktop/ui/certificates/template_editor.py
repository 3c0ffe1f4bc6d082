"""Edit certificate templates: elements and their properties, with a live preview on sample data."""
from __future__ import annotations

import copy
import io

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError, ValidationFailed
from desktop.services import certificate_previews, certificate_templates
from desktop.services.certificate_templates import TemplateDetail
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.certificates.labels import kind_label
from desktop.ui.certificates.template_preview import DragToMove, PreviewDocument
from desktop.ui.certificates.print_dialog import show_calibration_page
from desktop.ui.certificates.printer_output import PrinterOffsets, preview_view
from desktop.ui.certificates.template_elements import NEW_ELEMENTS, ElementTable, PropertyTable
from desktop.ui.file_dialogs import ask_open_path, ask_save_path
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import ErrorLabel

PREVIEW_DELAY_MS = 300
JSON_FILTER = "JSON (*.json)"


def ask_name(parent: QWidget | None, title: str, label: str, suggested: str) -> str | None:
    """A line of text from the user, or None. Tests replace this function."""
    text, ok = QInputDialog.getText(parent, title, label, text=suggested)
    return text.strip() if ok and text.strip() else None


class TemplateEditor(QDialog):
    preview_rendered = Signal(int)  # pages in the fresh preview

    def __init__(self, ctx: ServiceContext, settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.offsets = PrinterOffsets(settings)
        self.template: TemplateDetail | None = None
        self.definition: dict = {}
        self.dirty = False
        self.setWindowTitle(self.tr("Certificate templates"))
        self.resize(1280, 780)
        self.chooser = QComboBox()
        self.chooser.setObjectName("template")
        self.version = QLabel()
        self.version.setObjectName("version")
        self.elements = ElementTable()
        self.properties = PropertyTable()
        self.preview = preview_view("preview")
        self.preview.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.shown = PreviewDocument(self.preview, self)
        self.preview.setToolTip(self.tr("Drag to move the chosen element"))
        self.drag = DragToMove(self.preview)
        self._drag_start: dict[str, float] = {}
        self.fields_only = QCheckBox(self.tr("Fields only (pre-printed stock)"))
        self.fields_only.setObjectName("fieldsOnly")
        self.problems = ErrorLabel()
        self.problems.setObjectName("problems")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.render_preview)
        self.buttons: dict[str, QPushButton] = {}
        self._layout()
        self.chooser.activated.connect(self._template_chosen)
        self.elements.itemSelectionChanged.connect(self._element_chosen)
        self.properties.edited.connect(self._property_edited)
        self.fields_only.toggled.connect(self._timer.start)
        self.drag.started.connect(self._drag_started)
        self.drag.dragged.connect(self._dragged)
        self.load_choices()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Template:")))
        top.addWidget(self.chooser, 1)
        top.addWidget(self.version)
        add = QToolButton()
        add.setObjectName("addElement")
        add.setText(self.tr("Add element"))
        add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(add)
        for kind in NEW_ELEMENTS:
            menu.addAction(kind, lambda kind=kind: self.add_element(kind))
        add.setMenu(menu)
        remove = QPushButton(self.tr("Remove element"))
        remove.setObjectName("removeElement")
        remove.clicked.connect(self.remove_element)
        element_buttons = QHBoxLayout()
        element_buttons.addWidget(add)
        element_buttons.addWidget(remove)
        element_buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.elements, 3)
        left_layout.addLayout(element_buttons)
        left_layout.addWidget(QLabel(self.tr("Properties of the chosen element (millimetres from the top-left "
                                             "corner; sizes in points):")))
        left_layout.addWidget(self.properties, 2)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.fields_only)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.problems)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([480, 800])
        actions = QHBoxLayout()
        for name, text, slot in (
            ("save", self.tr("Save"), self.save), ("duplicate", self.tr("Duplicate…"), self.duplicate),
            ("export", self.tr("Export…"), self.export), ("import", self.tr("Import…"), self.import_file),
            ("calibration", self.tr("Calibration page…"), self.calibration),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            self.buttons[name] = button
            actions.addWidget(button)
        actions.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

    # -- choosing and loading ------------------------------------------------------------

    def load_choices(self, chosen_key: str | None = None) -> None:
        rows = feedback.attempt(self, lambda: certificate_templates.list_templates(self.ctx)) or []
        self.chooser.clear()
        for row in rows:
            self.chooser.addItem(self.tr("%1 — %2").replace("%1", row.name).replace("%2", kind_label(row.kind)),
                                 row.key)
        index = self.chooser.findData(chosen_key) if chosen_key else 0
        self.chooser.setCurrentIndex(max(index, 0))
        if rows:
            self.open_template(self.chooser.currentData())

    def _template_chosen(self, _index: int) -> None:
        key = self.chooser.currentData()
        if self.template is not None and key == self.template.key:
            return
        if not self._may_drop_changes():
            self.chooser.setCurrentIndex(self.chooser.findData(self.template.key))
            return
        self.open_template(key)

    def open_template(self, key: str) -> None:
        detail = feedback.attempt(self, lambda: certificate_templates.get_template(self.ctx, key))
        if detail is None:
            return
        self.template = detail
        self.definition = copy.deepcopy(detail.definition)
        self.dirty = False
        self._show_version()
        self.elements.show_elements(self.definition.get("elements", []))
        self._element_chosen()
        self.render_preview()

    def _show_version(self) -> None:
        text = self.tr("Version %1").replace("%1", str(self.template.version))
        if self.template.builtin:
            text += " · " + self.tr("shipped with Skillbase")
        if self.dirty:
            text += " · " + self.tr("changed, not saved")
        self.version.setText(text)

    def _may_drop_changes(self) -> bool:
        return not self.dirty or feedback.confirm(self, self.tr("Discard the changes to %1?")
                                                  .replace("%1", self.template.name))

    # -- editing --------------------------------------------------------------------------

    def current_element(self) -> dict | None:
        row = self.elements.currentRow()
        elements = self.definition.get("elements", [])
        return elements[row] if 0 <= row < len(elements) else None

    def _element_chosen(self) -> None:
        element = self.current_element()
        self.properties.show_element(element)
        self.drag.enabled = element is not None and element.get("type") != "frame"  # a frame hugs the edges
        self.preview.viewport().setCursor(Qt.CursorShape.SizeAllCursor if self.drag.enabled
                                          else Qt.CursorShape.ArrowCursor)

    def _drag_started(self) -> None:
        element = self.current_element() or {}
        self._drag_start = {key: element[key] for key in ("x", "y", "x2", "y2")
                            if isinstance(element.get(key), (int, float)) and not isinstance(element[key], bool)}

    def _dragged(self, dx_mm: float, dy_mm: float) -> None:
        for key, start in self._drag_start.items():
            self.properties.set_value(key, round(start + (dx_mm if key.startswith("x") else dy_mm), 1))

    def _property_edited(self, _key: str) -> None:
        row = self.elements.currentRow()
        self.elements.show_element(row, self.definition["elements"][row])
        self._changed()

    def _changed(self) -> None:
        self.dirty = True
        self._show_version()
        self._timer.start()

    def add_element(self, kind: str) -> None:
        elements = self.definition.setdefault("elements", [])
        taken = {e.get("id") for e in elements}
        number = 1
        while f"{kind}{number}" in taken:
            number += 1
        elements.append({"id": f"{kind}{number}", "type": kind, "x": 20, "y": 30, **copy.deepcopy(NEW_ELEMENTS[kind])})
        self.elements.show_elements(elements)
        self.elements.selectRow(len(elements) - 1)
        self._changed()

    def remove_element(self) -> None:
        row = self.elements.currentRow()
        elements = self.definition.get("elements", [])
        if not 0 <= row < len(elements):
            return
        del elements[row]
        self.elements.show_elements(elements)
        self._element_chosen()
        self._changed()

    # -- preview --------------------------------------------------------------------------

    def render_preview(self) -> None:
        """Draw the template with sample values; a broken definition shows its problems instead."""
        self._timer.stop()
        problems = certificate_previews.template_problems(self.definition)
        if problems:
            self.problems.show_message("\n".join(problems))
            return
        output = io.BytesIO()
        try:
            certificate_previews.preview_template(self.definition, output, fields_only=self.fields_only.isChecked())
        except (ValueError, KeyError, TypeError) as error:  # values the checks let through
            self.problems.show_message(self.tr("The preview failed: %1").replace("%1", str(error)))
            return
        self.problems.clear_message()
        self.preview_rendered.emit(self.shown.show(output.getvalue()))

    # -- saving and files -----------------------------------------------------------------

    def save(self) -> bool:
        try:
            self.template = certificate_templates.save_template(self.ctx, self.template.key, self.definition)
        except ValidationFailed as error:
            self.problems.show_message("\n".join(translate_message(m) for m in error.field_errors.values()))
            return False
        except UserError as error:
            feedback.show_user_error(self, error)
            return False
        self.definition = copy.deepcopy(self.template.definition)
        self.dirty = False
        self._show_version()
        index = self.chooser.findData(self.template.key)
        self.chooser.setItemText(index, self.tr("%1 — %2").replace("%1", self.template.name)
                                 .replace("%2", kind_label(self.template.kind)))
        return True

    def duplicate(self) -> None:
        if self.dirty and not feedback.confirm(self, self.tr(
                "Unsaved changes are not copied: the copy starts from version %1. Duplicate anyway?")
                .replace("%1", str(self.template.version))):
            return
        name = ask_name(self, self.tr("Duplicate template"), self.tr("Name of the copy:"),
                        self.tr("%1 (copy)").replace("%1", self.template.name))
        if name is None:
            return
        copied = feedback.attempt(self, lambda: certificate_templates.duplicate_template(
            self.ctx, self.template.key, name))
        if copied is not None:
            self.dirty = False
            self.load_choices(copied.key)

    def export(self) -> None:
        if self.dirty and not feedback.confirm(self, self.tr(
                "The export holds the saved version %1, without the changes not saved yet. Export anyway?")
                .replace("%1", str(self.template.version))):
            return
        path = ask_save_path(self, self.tr("Export template"), f"{self.template.name}.json", JSON_FILTER)
        if path is None:
            return
        text = feedback.attempt(self, lambda: certificate_templates.export_template(self.ctx, self.template.key))
        if text is None:
            return
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as error:
            self.problems.show_message(self.tr("The file could not be saved: %1")
                                       .replace("%1", error.strerror or str(error)))

    def import_file(self) -> None:
        if not self._may_drop_changes():
            return
        path = ask_open_path(self, self.tr("Import template"), JSON_FILTER)
        if path is None:
            return
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            self.problems.show_message(self.tr("%1 cannot be read: %2").replace("%1", path.name)
                                       .replace("%2", str(error)))
            return
        imported = feedback.attempt(self, lambda: certificate_templates.import_template(self.ctx, text))
        if imported is not None:
            self.dirty = False
            self.load_choices(imported.key)

    def calibration(self) -> None:
        page = self.definition.get("page") or {"size": "A4", "orientation": "landscape"}
        show_calibration_page(page, self.offsets, self)

    def reject(self) -> None:
        if self._may_drop_changes():
            super().reject()
