"""Add or edit a class: what is taught, to whom, when sign-up opens, the sessions, the fee with
its discounts and the completion rule."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.levels import LEVEL_NAMES
from desktop.services import classes, occupations
from desktop.services.classes import ClassDetail, ClassInput, SessionInput
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.training.labels import local_to_utc, utc_to_local
from desktop.ui.widgets import ErrorLabel, add_field_row, submit

DATE, START, HOURS, TOPIC = range(4)


class SessionsEditor(QWidget):
    """The sessions as rows of date, start, hours and topic; 'Add session' repeats the last one a
    week later, the usual rhythm of evening classes."""

    def __init__(self, sessions: list[SessionInput], parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("sessions")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Start"), self.tr("Hours"), self.tr("Topic")])
        self.table.horizontalHeader().setSectionResizeMode(TOPIC, QHeaderView.ResizeMode.Stretch)
        for column, width in ((DATE, 160), (START, 90), (HOURS, 80)):
            self.table.setColumnWidth(column, width)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(150)
        add = QPushButton(self.tr("Add session"))
        add.setObjectName("add_session")
        add.clicked.connect(self.add_next)
        remove = QPushButton(self.tr("Remove session"))
        remove.setObjectName("remove_session")
        remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        for item in sessions:
            self.add(item)

    def add(self, item: SessionInput) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        on_date = QDateEdit(QDate(item.on_date.year, item.on_date.month, item.on_date.day))
        on_date.setCalendarPopup(True)
        on_date.setDisplayFormat("yyyy-MM-dd ddd")
        on_date.setProperty("session_id", item.id)  # an existing session keeps its marks when moved
        start = QTimeEdit(QTime(item.starts_at.hour, item.starts_at.minute))
        start.setDisplayFormat("HH:mm")
        hours = QDoubleSpinBox()
        hours.setRange(0.5, 12)
        hours.setSingleStep(0.5)
        hours.setDecimals(1)
        hours.setValue(item.minutes / 60)
        topic = QLineEdit(item.topic)
        for column, widget in ((DATE, on_date), (START, start), (HOURS, hours), (TOPIC, topic)):
            self.table.setCellWidget(row, column, widget)

    def add_next(self) -> None:
        current = self.sessions()
        if current:
            last = current[-1]
            self.add(SessionInput(last.on_date + dt.timedelta(days=7), last.starts_at, last.minutes))
        else:
            self.add(SessionInput(dt.date.today() + dt.timedelta(days=7), dt.time(19, 0), 120))
        self.table.scrollToBottom()

    def remove_selected(self) -> None:
        for index in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(index)

    def sessions(self) -> list[SessionInput]:
        found = []
        for row in range(self.table.rowCount()):
            on_date = self.table.cellWidget(row, DATE).date().toPython()
            start = self.table.cellWidget(row, START).time().toPython()
            minutes = round(self.table.cellWidget(row, HOURS).value() * 60)
            found.append(SessionInput(on_date, start, minutes, self.table.cellWidget(row, TOPIC).text(),
                                      self.table.cellWidget(row, DATE).property("session_id")))
        return sorted(found, key=lambda s: (s.on_date, s.starts_at))


class ClassDialog(QDialog):
    def __init__(self, ctx: ServiceContext, existing: ClassDetail | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.existing = existing
        self.saved_id: int | None = None
        self.promoted: list[str] = []
        self.setWindowTitle(self.tr("Edit class") if existing else self.tr("New class"))
        data = existing.data if existing else None
        self.occupation_levels = {o.name: o.levels for o in occupations.list_occupations(ctx)}
        if data and data.occupation not in self.occupation_levels:  # archived since: keep it, never swap it
            self.occupation_levels[data.occupation] = [data.target_level]
        self.code = QLineEdit(data.code if data else "")
        self.code.setPlaceholderText(self.tr("Automatic, e.g. PX2026-001"))
        self.title_edit = QLineEdit(data.title if data else "")
        self.occupation = QComboBox()
        self.occupation.addItems(sorted(self.occupation_levels))
        self.level = QComboBox()
        self.occupation.currentTextChanged.connect(self._offer_levels)
        self.teachers = QLineEdit(data.teachers if data else "")
        self.venue = QLineEdit(data.venue if data else "")
        self.capacity = _spin(1, 10000, data.capacity if data else 30)
        self.fee = _spin(0, 100000, data.fee if data else 0, self.tr(" yuan"))
        self.honour_discount = _spin(0, 100, data.honour_discount_pct if data else 100, " %")
        self.union_discount = _spin(0, 100, data.union_discount_pct if data else 0, " %")
        self.min_attendance = _spin(0, 100, data.min_attendance_pct if data else 80, " %")
        self.requires_assessment = QCheckBox(self.tr("A passed final assessment is required"))
        self.requires_assessment.setChecked(data.requires_assessment if data else True)
        now = dt.datetime.now().replace(second=0, microsecond=0)
        self.opens = _moment(utc_to_local(data.signup_opens_at) if data else now)
        self.closes = _moment(utc_to_local(data.signup_closes_at) if data else now + dt.timedelta(days=7))
        self.sessions = SessionsEditor(data.sessions if data else [])
        for name, widget in (("code", self.code), ("title", self.title_edit), ("occupation", self.occupation),
                             ("target_level", self.level), ("teachers", self.teachers), ("venue", self.venue),
                             ("capacity", self.capacity), ("fee", self.fee),
                             ("honour_discount_pct", self.honour_discount), ("union_discount_pct", self.union_discount),
                             ("min_attendance_pct", self.min_attendance), ("signup_opens_at", self.opens),
                             ("signup_closes_at", self.closes)):
            widget.setObjectName(name)
        if data:
            self.occupation.setCurrentText(data.occupation)
        self._offer_levels(self.occupation.currentText())
        if data:
            self.level.setCurrentIndex(max(self.level.findData(data.target_level), 0))
        self.errors: dict[str, ErrorLabel] = {}
        self.form_error = ErrorLabel()
        self._layout()

    def _layout(self) -> None:
        left, right = QFormLayout(), QFormLayout()
        add_field_row(left, self.tr("Title:"), self.title_edit, self.errors, "title")
        add_field_row(left, self.tr("Code:"), self.code, self.errors, "code")
        add_field_row(left, self.tr("Occupation:"), self.occupation, self.errors, "occupation")
        add_field_row(left, self.tr("Target level:"), self.level, self.errors, "target_level")
        add_field_row(left, self.tr("Teachers:"), self.teachers, self.errors, "teachers")
        add_field_row(left, self.tr("Venue:"), self.venue, self.errors, "venue")
        add_field_row(left, self.tr("Seats:"), self.capacity, self.errors, "capacity")
        add_field_row(right, self.tr("Sign-up opens:"), self.opens, self.errors, "signup_opens_at")
        add_field_row(right, self.tr("Sign-up closes:"), self.closes, self.errors, "signup_closes_at")
        add_field_row(right, self.tr("Fee:"), self.fee, self.errors, "fee")
        add_field_row(right, self.tr("Model workers' discount:"), self.honour_discount, self.errors,
                      "honour_discount_pct")
        add_field_row(right, self.tr("Union members' discount:"), self.union_discount, self.errors,
                      "union_discount_pct")
        add_field_row(right, self.tr("Minimum attendance:"), self.min_attendance, self.errors, "min_attendance_pct")
        right.addRow("", self.requires_assessment)
        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        sessions_form = QFormLayout()
        add_field_row(sessions_form, self.tr("Sessions:"), self.sessions, self.errors, "sessions")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(sessions_form, 1)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)
        self.resize(900, 640)

    def _offer_levels(self, occupation: str) -> None:
        chosen = self.level.currentData()
        self.level.clear()
        levels = set(self.occupation_levels.get(occupation, []))
        if self.existing and occupation == self.existing.data.occupation:
            levels.add(self.existing.data.target_level)  # the service says if it is no longer offered
        for level in sorted(levels, reverse=True):
            self.level.addItem(LEVEL_NAMES[level], level)
        if chosen is not None and self.level.findData(chosen) >= 0:
            self.level.setCurrentIndex(self.level.findData(chosen))

    def entered(self) -> ClassInput:
        return ClassInput(
            title=self.title_edit.text(), occupation=self.occupation.currentText(),
            target_level=int(self.level.currentData() or 0), capacity=self.capacity.value(),
            signup_opens_at=local_to_utc(self.opens.dateTime().toPython()),
            signup_closes_at=local_to_utc(self.closes.dateTime().toPython()),
            teachers=self.teachers.text(), venue=self.venue.text(), fee=self.fee.value(),
            honour_discount_pct=self.honour_discount.value(), union_discount_pct=self.union_discount.value(),
            min_attendance_pct=self.min_attendance.value(), requires_assessment=self.requires_assessment.isChecked(),
            sessions=self.sessions.sessions(), code=self.code.text())

    def save(self) -> None:
        data = self.entered()
        if self.existing:
            promoted = submit(self.errors, self.form_error,
                              lambda: classes.update_class(self.ctx, self.existing.row.id, data))
            if promoted is None:
                return
            self.saved_id, self.promoted = self.existing.row.id, promoted
        else:
            self.saved_id = submit(self.errors, self.form_error, lambda: classes.create_class(self.ctx, data))
            if self.saved_id is None:
                return
        self.accept()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent: QWidget | None, class_id: int | None = None) -> int | None:
        existing = None
        if class_id is not None:
            existing = feedback.attempt(parent, lambda: classes.get_class(ctx, class_id))
            if existing is None:
                return None
        dialog = cls(ctx, existing, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if dialog.promoted:
            feedback.inform(parent, dialog.tr("More seats: {names} moved from the waiting list to a place.")
                            .replace("{names}", "、".join(dialog.promoted)))
        return dialog.saved_id


def _spin(low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(suffix)
    return box


def _moment(local: dt.datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime(local))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit
