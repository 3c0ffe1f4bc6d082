"""Employers (单位): a searchable list, add/edit with the credit code checked, archive/restore."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError, ValidationFailed
from desktop.services import catalogue, employers
from desktop.services.context import ServiceContext
from desktop.services.employers import EmployerInput, EmployerRow
from desktop.ui.catalogue_page import CataloguePage
from desktop.ui.paged_model import RowListModel
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import ErrorLabel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
NAME, CREDIT_CODE, COUNTY, INDUSTRY, TRAINEES = range(5)
INDUSTRIES = ("鞋服纺织", "机械制造", "石油化工", "茶叶", "电子信息", "电子商务", "陶瓷", "石材", "建筑", "食品", "服务业")


class EmployersModel(RowListModel):
    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        values = (row.name, row.credit_code, row.county, row.industry, row.trainees)
        if role == Qt.ItemDataRole.DisplayRole:
            value = values[index.column()]
            return f"{value:,}" if isinstance(value, int) else value
        if role == SORT_ROLE:
            return values[index.column()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == TRAINEES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Name"), self.tr("Unified social credit code"), self.tr("County"),
                    self.tr("Industry"), self.tr("Trainees"))[section]
        return None


class EmployerDialog(QDialog):
    def __init__(self, ctx: ServiceContext, existing: EmployerRow | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.existing = existing
        self.saved: EmployerRow | None = None
        self.setWindowTitle(self.tr("Edit employer") if existing else self.tr("Add employer"))
        self.name = QLineEdit(existing.name if existing else "")
        self.credit_code = QLineEdit(existing.credit_code if existing else "")
        self.credit_code.setMaxLength(18)
        self.credit_code.setPlaceholderText(self.tr("18 characters, optional"))
        self.county = QComboBox()
        self.county.setEditable(True)
        self.county.addItems([""] + [c.name for c in catalogue.choices(ctx).counties])
        self.county.setCurrentText(existing.county if existing else "")
        self.industry = QComboBox()
        self.industry.setEditable(True)
        self.industry.addItems(["", *INDUSTRIES])
        self.industry.setCurrentText(existing.industry if existing else "")
        self.errors = {name: ErrorLabel() for name in ("name", "credit_code", "county", "industry")}
        form = QFormLayout()
        for label, widget, name in ((self.tr("Name:"), self.name, "name"),
                                    (self.tr("Credit code:"), self.credit_code, "credit_code"),
                                    (self.tr("County / district:"), self.county, "county"),
                                    (self.tr("Industry:"), self.industry, "industry")):
            widget.setObjectName(name)
            box = QVBoxLayout()
            box.addWidget(widget)
            box.addWidget(self.errors[name])
            form.addRow(label, box)
        self.form_error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)

    def save(self) -> None:
        for label in (*self.errors.values(), self.form_error):
            label.clear_message()
        data = EmployerInput(self.name.text(), self.credit_code.text(), self.county.currentText(),
                             self.industry.currentText())
        try:
            self.saved = (employers.update_employer(self.ctx, self.existing.id, data) if self.existing
                          else employers.create_employer(self.ctx, data))
        except ValidationFailed as error:
            for name, msg in error.field_errors.items():
                self.errors.get(name, self.form_error).show_message(translate_message(msg))
            return
        except UserError as error:
            self.form_error.show_message(translate_message(error.message))
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent: QWidget | None, existing: EmployerRow | None = None) -> EmployerRow | None:
        dialog = cls(ctx, existing, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None


class EmployersPage(CataloguePage):
    def __init__(self, ctx: ServiceContext):
        super().__init__(ctx, EmployersModel(), QCoreApplication.translate("EmployersPage", "Search name or credit code"))
        self.model.setParent(self)

    def load(self, search: str, include_archived: bool) -> list[EmployerRow]:
        return employers.list_employers(self.ctx, search, include_archived)

    def ask(self, existing: EmployerRow | None) -> EmployerRow | None:
        return EmployerDialog.ask(self.ctx, self, existing)

    def archive(self, row: EmployerRow, archived: bool) -> EmployerRow:
        return employers.set_employer_archived(self.ctx, row.id, archived)

    def archive_question(self, row: EmployerRow, archived: bool) -> str:
        return (self.tr("Archive %1?") if archived else self.tr("Restore %1?")).replace("%1", row.name)
