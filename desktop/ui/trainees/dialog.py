"""Add or edit a trainee: every field says what is wrong with it, the dialog stays open until fixed."""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError, ValidationFailed
from desktop.domain.people import EDUCATION_LEVELS, GENDER_LABELS
from desktop.services import catalogue, trainees
from desktop.services.context import ServiceContext
from desktop.services.identifiers import id_number_problem
from desktop.services.trainees import TraineeDetail, TraineeInput
from desktop.ui.file_dialogs import ask_open_path
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import ErrorLabel, add_field_row

PHOTO_SIDE = 360


class CheckList(QListWidget):
    """Names to tick (occupations, honours)."""

    def __init__(self, names: list[str], ticked: list[str]):
        super().__init__()
        self.setMaximumHeight(110)
        for name in dict.fromkeys([*names, *ticked]):
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in ticked else Qt.CheckState.Unchecked)
            self.addItem(item)

    def ticked(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def tick(self, name: str) -> None:
        for item in self.findItems(name, Qt.MatchFlag.MatchExactly):
            item.setCheckState(Qt.CheckState.Checked)


class TraineeDialog(QDialog):
    def __init__(self, ctx: ServiceContext, existing: TraineeDetail | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.existing = existing
        self.saved: TraineeDetail | None = None
        self.photo: bytes | None = existing.photo if existing else None
        self.setWindowTitle(self.tr("Edit trainee") if existing else self.tr("Add trainee"))
        choices = catalogue.choices(ctx)
        self.name = QLineEdit()
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(18)
        self.id_facts = QLabel()
        self.id_facts.setStyleSheet("color: #555;")
        self.gender = QComboBox()
        self.gender.addItem(self.tr("As in the ID number"), None)
        for code, label in GENDER_LABELS.items():
            self.gender.addItem(label, code)
        self.phone = QLineEdit()
        self.employer = _editable_combo([c.name for c in choices.employers])
        self.county = _editable_combo([c.name for c in choices.counties])
        self.education = QComboBox()
        self.education.addItem("", "")
        for level in EDUCATION_LEVELS:
            self.education.addItem(level, level)
        self.occupations = CheckList([c.name for c in choices.occupations], existing.occupations if existing else [])
        self.honours = CheckList([c.name for c in choices.honours], existing.honours if existing else [])
        self.union_member = QCheckBox(self.tr("Trade union member (union-member discount on class fees)"))
        self.union_member.setObjectName("union_member")
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.photo_label = QLabel()
        self.photo_label.setFixedSize(120, 160)
        self.photo_label.setStyleSheet("border: 1px solid #bbb;")
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.errors: dict[str, ErrorLabel] = {}
        for field_name, widget in (("name", self.name), ("id_number", self.id_number), ("gender", self.gender),
                                   ("phone", self.phone), ("employer", self.employer), ("county", self.county),
                                   ("education", self.education), ("photo", self.photo_label)):
            widget.setObjectName(field_name)
        self.form_error = ErrorLabel()
        self._layout()
        self.id_number.textChanged.connect(self._show_id_facts)
        if existing:
            self._fill(existing)
        self._show_photo()

    def _layout(self) -> None:
        form = QFormLayout()
        self._row(form, self.tr("Name:"), self.name, "name")
        self._row(form, self.tr("ID card number:"), self.id_number, "id_number")
        form.addRow("", self.id_facts)
        self._row(form, self.tr("Gender:"), self.gender, "gender")
        self._row(form, self.tr("Phone:"), self.phone, "phone")
        self._row(form, self.tr("Employer:"), self.employer, "employer")
        self._row(form, self.tr("County / district:"), self.county, "county")
        self._row(form, self.tr("Education:"), self.education, "education")
        self._row(form, self.tr("Occupations:"), self.occupations, "occupations")
        self._row(form, self.tr("Honours:"), self.honours, "honours")
        form.addRow("", self.union_member)
        self._row(form, self.tr("Notes:"), self.notes, "notes")
        choose = QPushButton(self.tr("Choose photo…"))
        choose.clicked.connect(self.choose_photo)
        remove = QPushButton(self.tr("Remove photo"))
        remove.clicked.connect(self.remove_photo)
        photo_box = QVBoxLayout()
        photo_box.addWidget(self.photo_label)
        photo_box.addWidget(choose)
        photo_box.addWidget(remove)
        self.errors["photo"] = ErrorLabel()
        photo_box.addWidget(self.errors["photo"])
        photo_box.addStretch(1)
        grid = QGridLayout()
        grid.addLayout(form, 0, 0)
        grid.addLayout(photo_box, 0, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)

    def _row(self, form: QFormLayout, label: str, widget: QWidget, field_name: str) -> None:
        add_field_row(form, label, widget, self.errors, field_name)

    def _fill(self, t: TraineeDetail) -> None:
        self.name.setText(t.name)
        self.id_number.setText(t.id_number)
        self.gender.setCurrentIndex(self.gender.findData(t.gender))
        self.phone.setText(t.phone)
        self.employer.setCurrentText(t.employer)
        self.county.setCurrentText(t.county)
        self.education.setCurrentIndex(max(self.education.findData(t.education), 0))
        self.notes.setPlainText(t.notes)
        self.union_member.setChecked(t.union_member)

    def _show_id_facts(self, text: str) -> None:
        """While typing: what a complete, sound number says; problems are shown on saving."""
        self.errors["id_number"].clear_message()
        _problem, facts = id_number_problem(text) if len(text.strip()) == 18 else (None, None)
        if facts is None:
            self.id_facts.clear()
            return
        self.id_facts.setText(self.tr("Born %1, %2").replace("%1", facts.birth_date.isoformat())
                              .replace("%2", GENDER_LABELS[facts.gender]))

    def choose_photo(self) -> None:
        path = ask_open_path(self, self.tr("Choose a photo"), self.tr("Pictures (*.jpg *.jpeg *.png *.bmp)"))
        if path is None:
            return
        image = QImage(str(path))
        if image.isNull():
            self.errors["photo"].show_message(self.tr("This file is not a picture Skillbase can read."))
            return
        self.errors["photo"].clear_message()
        self.photo = _jpeg_bytes(image.scaled(PHOTO_SIDE, PHOTO_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))
        self._show_photo()

    def remove_photo(self) -> None:
        self.photo = None
        self._show_photo()

    def _show_photo(self) -> None:
        if not self.photo:
            self.photo_label.setText(self.tr("No photo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(self.photo)
        self.photo_label.setPixmap(pixmap.scaled(self.photo_label.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))

    def entered(self) -> TraineeInput:
        return TraineeInput(
            name=self.name.text(), id_number=self.id_number.text(), gender=self.gender.currentData(),
            phone=self.phone.text(), employer=self.employer.currentText(), county=self.county.currentText(),
            education=self.education.currentData() or "", occupations=self.occupations.ticked(),
            honours=self.honours.ticked(), notes=self.notes.toPlainText(), photo=self.photo,
            union_member=self.union_member.isChecked())

    def save(self) -> None:
        for label in (*self.errors.values(), self.form_error):
            label.clear_message()
        try:
            if self.existing is None:
                self.saved = trainees.create_trainee(self.ctx, self.entered())
            else:
                self.saved = trainees.update_trainee(self.ctx, self.existing.id, self.entered())
        except ValidationFailed as error:
            for field_name, msg in error.field_errors.items():
                self.errors.get(field_name, self.form_error).show_message(translate_message(msg))
            first = next(iter(error.field_errors))
            widget = self.findChild(QWidget, first)
            if widget is not None:
                widget.setFocus()
            return
        except UserError as error:
            self.form_error.show_message(translate_message(error.message))
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent: QWidget | None = None, trainee_id: int | None = None) -> TraineeDetail | None:
        existing = trainees.get_trainee(ctx, trainee_id) if trainee_id is not None else None
        dialog = cls(ctx, existing, parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None


def _editable_combo(names: list[str]) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItem("")
    combo.addItems(names)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
    combo.completer().setCompletionMode(combo.completer().CompletionMode.PopupCompletion)
    return combo


def _jpeg_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 85)
    return bytes(data)
