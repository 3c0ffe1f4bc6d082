"""The occupation (工种) catalogue: code, name, category and the skill levels each offers."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError, ValidationFailed
from desktop.domain.levels import LEVEL_NAMES
from desktop.domain.occupations import ALL_LEVELS
from desktop.services import occupations
from desktop.services.context import ServiceContext
from desktop.services.occupations import OccupationInput, OccupationRow
from desktop.ui.catalogue_page import CataloguePage
from desktop.ui.paged_model import RowListModel
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import ErrorLabel, add_field_row

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
CODE, NAME, CATEGORY, LEVELS, TRAINEES = range(5)
CATEGORIES = ("机械制造", "智能制造", "纺织鞋服", "茶产业", "石油化工", "陶瓷", "石材", "电子信息",
              "电子商务", "生活服务", "新职业")


def levels_text(levels: list[int]) -> str:
    """五级 … 三级: the short names, lowest first."""
    return "、".join(LEVEL_NAMES[level].split("/")[0] for level in levels)


class OccupationsModel(RowListModel):
    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.code, row.name, row.category, levels_text(row.levels), f"{row.trainees:,}")[column]
        if role == SORT_ROLE:
            return (row.code, row.name, row.category, -min(row.levels), row.trainees)[column]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == TRAINEES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Code"), self.tr("Occupation"), self.tr("Category"), self.tr("Levels offered"),
                    self.tr("Trainees"))[section]
        return None


class OccupationDialog(QDialog):
    def __init__(self, ctx: ServiceContext, existing: OccupationRow | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.existing = existing
        self.saved: OccupationRow | None = None
        self.setWindowTitle(self.tr("Edit occupation") if existing else self.tr("Add occupation"))
        self.name = QLineEdit(existing.name if existing else "")
        self.name.setObjectName("name")
        self.code = QLineEdit(existing.code if existing else "")
        self.code.setObjectName("code")
        self.code.setPlaceholderText("6-18-02-04")
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItems(["", *CATEGORIES])
        self.category.setCurrentText(existing.category if existing else "")
        offered = set(existing.levels if existing else ALL_LEVELS)
        self.level_boxes: dict[int, QCheckBox] = {}
        levels = QHBoxLayout()
        for level in ALL_LEVELS:
            box = QCheckBox(LEVEL_NAMES[level])
            box.setChecked(level in offered)
            self.level_boxes[level] = box
            levels.addWidget(box)
        levels_widget = QWidget()
        levels_widget.setLayout(levels)
        self.errors: dict[str, ErrorLabel] = {}
        form = QFormLayout()
        add_field_row(form, self.tr("Name:"), self.name, self.errors, "name")
        add_field_row(form, self.tr("Code:"), self.code, self.errors, "code")
        add_field_row(form, self.tr("Category:"), self.category, self.errors, "category")
        add_field_row(form, self.tr("Levels offered:"), levels_widget, self.errors, "levels")
        self.form_error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)

    def entered(self) -> OccupationInput:
        return OccupationInput(self.name.text(), self.code.text(), self.category.currentText(),
                               [level for level, box in self.level_boxes.items() if box.isChecked()])

    def save(self) -> None:
        for label in (*self.errors.values(), self.form_error):
            label.clear_message()
        try:
            self.saved = (occupations.update_occupation(self.ctx, self.existing.id, self.entered()) if self.existing
                          else occupations.create_occupation(self.ctx, self.entered()))
        except ValidationFailed as error:
            for name, msg in error.field_errors.items():
                self.errors.get(name, self.form_error).show_message(translate_message(msg))
            return
        except UserError as error:
            self.form_error.show_message(translate_message(error.message))
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent: QWidget | None, existing: OccupationRow | None = None) -> OccupationRow | None:
        dialog = cls(ctx, existing, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None


class OccupationsPage(CataloguePage):
    def __init__(self, ctx: ServiceContext):
        super().__init__(ctx, OccupationsModel(), QCoreApplication.translate("OccupationsPage",
                                                                             "Search code, name or category"))
        self.model.setParent(self)

    def load(self, search: str, include_archived: bool) -> list[OccupationRow]:
        return occupations.list_occupations(self.ctx, search, include_archived)

    def ask(self, existing: OccupationRow | None) -> OccupationRow | None:
        return OccupationDialog.ask(self.ctx, self, existing)

    def archive(self, row: OccupationRow, archived: bool) -> OccupationRow:
        return occupations.set_occupation_archived(self.ctx, row.id, archived)

    def archive_question(self, row: OccupationRow, archived: bool) -> str:
        return (self.tr("Archive %1? Trainees keep it in their records.") if archived
                else self.tr("Restore %1?")).replace("%1", row.name)
