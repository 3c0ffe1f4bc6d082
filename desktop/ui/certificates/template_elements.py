"""The template editor's two tables: the elements of a template, and the properties of one.

Values keep their JSON type when edited: numbers stay numbers (a spin box edits them), true/false
is a check box, an empty text means null where the value was null, lists are edited as JSON.
"""
from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ELEMENT_ID, ELEMENT_TYPE, ELEMENT_X, ELEMENT_Y, ELEMENT_MAIN = range(5)
FIXED_KEYS = ("type",)  # changing the type would leave the element's other properties meaningless

# What a new element of each type starts as (the rest comes from the engine's defaults).
NEW_ELEMENTS: dict[str, dict[str, Any]] = {
    "text": {"static": True, "text": "文字", "font": "kai", "size": 14, "color": "#1A1A1A", "align": "left"},
    "field": {"static": False, "field": "holder_name", "font": "kai", "size": 16, "color": "#1A1A1A",
              "align": "left", "max_width": 80},
    "number": {"static": False, "font": "hei", "size": 12, "color": "#1A1A1A", "align": "left"},
    "date": {"static": False, "style": "upper", "font": "kai", "size": 14, "color": "#1A1A1A", "align": "left"},
    "paragraph": {"static": False, "text": "{holder_name}同志：", "width": 160, "font": "kai", "size": 14,
                  "color": "#1A1A1A"},
    "photo": {"static": False, "width": 33, "height": 45},
    "qr": {"static": False, "size": 25},
    "line": {"static": True, "x2": 100, "y2": 40, "color": "#9AA8C0", "width": 0.5},
    "rect": {"static": True, "width": 40, "height": 20, "color": "#1F3C6E", "fill": None, "line_width": 0.8},
    "seal": {"static": True, "diameter": 38, "text": "泉州市总工会", "text_below": "证书专用章"},
    "divider": {"static": True, "width": 100, "color": "#1F3C6E", "accent": "#B8913A"},
}
# The property that says most about an element, shown in the elements list.
_MAIN = {"text": "text", "field": "field", "paragraph": "text", "date": "style", "seal": "text",
         "image": "image", "frame": "style", "divider": "width"}


def main_property(element: dict) -> str:
    kind = element.get("type", "")
    if kind in ("photo", "image", "rect") and "width" in element:
        return f"{element.get('width')} × {element.get('height')} mm"
    if kind == "qr":
        return f"{element.get('size')} mm"
    if kind == "line":
        return f"→ ({element.get('x2')}, {element.get('y2')})"
    if kind == "seal" and element.get("field"):
        return "{" + str(element["field"]) + "}"
    value = element.get(_MAIN.get(kind, ""), "")
    text = "" if value is None else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _clean_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(float(value), 3)


class ElementTable(QTableWidget):
    """id, type, x, y and the main property of every element, in drawing order."""

    def __init__(self):
        super().__init__(0, 5)
        self.setObjectName("elements")
        self.setHorizontalHeaderLabels([self.tr("Id"), self.tr("Type"), self.tr("x (mm)"), self.tr("y (mm)"),
                                        self.tr("Shows")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(22)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def show_elements(self, elements: list[dict]) -> None:
        chosen = self.currentRow()
        self.setRowCount(len(elements))
        for number, element in enumerate(elements):
            self.show_element(number, element)
        if elements:
            self.selectRow(min(max(chosen, 0), len(elements) - 1))

    def show_element(self, number: int, element: dict) -> None:
        values = (element.get("id", ""), element.get("type", ""), element.get("x", ""), element.get("y", ""),
                  main_property(element))
        for column, value in enumerate(values):
            item = QTableWidgetItem("" if value is None else str(value))
            if not element.get("static", False):
                item.setToolTip(self.tr("Changes from one certificate to the next"))
            self.setItem(number, column, item)


class PropertyTable(QTableWidget):
    """The properties of one element; an edit changes the element dict in place."""

    edited = Signal(str)  # the key that changed

    def __init__(self):
        super().__init__(0, 2)
        self.setObjectName("properties")
        self.setHorizontalHeaderLabels([self.tr("Property"), self.tr("Value")])
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(22)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.element: dict | None = None
        self.itemChanged.connect(self._changed)

    def show_element(self, element: dict | None) -> None:
        self.element = element
        self.blockSignals(True)
        self.setRowCount(0)
        if element is not None:
            keys = ["id", "type", "x", "y", "static"]
            keys = [k for k in keys if k in element] + sorted(k for k in element if k not in keys)
            self.setRowCount(len(keys))
            for number, key in enumerate(keys):
                name = QTableWidgetItem(key)
                name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.setItem(number, 0, name)
                self.setItem(number, 1, self._value_item(key, element[key]))
        self.blockSignals(False)

    def _value_item(self, key: str, value: Any) -> QTableWidgetItem:
        item = QTableWidgetItem()
        if isinstance(value, bool):
            item.setData(KIND_ROLE, "bool")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            item.setText(self.tr("yes") if value else self.tr("no"))
        elif isinstance(value, (int, float)):
            item.setData(KIND_ROLE, "number")
            item.setData(Qt.ItemDataRole.EditRole, float(value))
        elif value is None:
            item.setData(KIND_ROLE, "null")
            item.setToolTip(self.tr("Empty: not used"))
        elif isinstance(value, (list, dict)):
            item.setData(KIND_ROLE, "json")
            item.setText(json.dumps(value, ensure_ascii=False))
        else:
            item.setData(KIND_ROLE, "text")
            item.setText(str(value))
        if key in FIXED_KEYS:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return item

    def value_of(self, item: QTableWidgetItem) -> Any:
        kind = item.data(KIND_ROLE)
        if kind == "bool":
            return item.checkState() == Qt.CheckState.Checked
        if kind == "number":
            return _clean_number(item.data(Qt.ItemDataRole.EditRole))
        text = item.text()
        if kind == "null":
            return None if not text.strip() else _number_or_text(text)
        if kind == "json":
            try:
                return json.loads(text)
            except json.JSONDecodeError:
                return text  # shown as a problem by the template check
        return text

    def _changed(self, item: QTableWidgetItem) -> None:
        if self.element is None or item.column() != 1:
            return
        key = self.item(item.row(), 0).text()
        value = self.value_of(item)
        if item.data(KIND_ROLE) == "bool":
            self.blockSignals(True)
            item.setText(self.tr("yes") if value else self.tr("no"))
            self.blockSignals(False)
        self.element[key] = value
        self.edited.emit(key)

    def set_value(self, key: str, value: Any) -> None:
        """Change one property as if typed in (the editor's tests and dragging use it)."""
        for number in range(self.rowCount()):
            if self.item(number, 0).text() != key:
                continue
            item = self.item(number, 1)  # each change below emits itemChanged → the element changes
            if item.data(KIND_ROLE) == "bool":
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            elif item.data(KIND_ROLE) == "number":
                item.setData(Qt.ItemDataRole.EditRole, float(value))
            elif item.data(KIND_ROLE) == "json":
                item.setText(json.dumps(value, ensure_ascii=False))
            else:
                item.setText("" if value is None else str(value))
            return
        raise KeyError(key)


def _number_or_text(text: str) -> Any:
    try:
        return _clean_number(float(text))
    except ValueError:
        return text.strip()
