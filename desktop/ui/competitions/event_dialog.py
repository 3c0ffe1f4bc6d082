"""Add a competition, and add or edit one of its events (赛项): occupation, stage, scoring
preset, section weights, prize shares, minimum total and team rules. The words the
competition pages show for levels, stages and presets live here too."""
from __future__ import annotations

import datetime as dt
from fractions import Fraction

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.competition_scoring import PRESETS
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.services import competitions, occupations
from desktop.services.competitions import COMPETITION_LEVELS, STAGE_KINDS, CompetitionInput, EventInput, EventRow
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.widgets import ErrorLabel, add_field_row, submit

CONTEXT = "Competitions"
_LEVELS = {
    "enterprise": QT_TRANSLATE_NOOP("Competitions", "Enterprise"),
    "county": QT_TRANSLATE_NOOP("Competitions", "County"),
    "city": QT_TRANSLATE_NOOP("Competitions", "City"),
    "province": QT_TRANSLATE_NOOP("Competitions", "Province"),
}
_STAGES = {
    "selection": QT_TRANSLATE_NOOP("Competitions", "Selection"),
    "preliminary": QT_TRANSLATE_NOOP("Competitions", "Preliminary"),
    "final": QT_TRANSLATE_NOOP("Competitions", "Final"),
}
_PRESETS = {
    "china": QT_TRANSLATE_NOOP("Competitions", "China"),
    "worldskills": QT_TRANSLATE_NOOP("Competitions", "WorldSkills"),
}
_PRESET_HINTS = {
    "china": QT_TRANSLATE_NOOP("Competitions", "Judges mark each aspect; with at least 2k+3 judges the k highest "
                                               "and k lowest marks are dropped and the rest averaged."),
    "worldskills": QT_TRANSLATE_NOOP("Competitions", "Judgements are marked 0–3 by three or more judges; a spread "
                                                     "above 1 is flagged for re-marking; also on the 700 scale."),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def level_label(level: str) -> str:
    return _t(_LEVELS[level]) if level in _LEVELS else level


def stage_label(stage: str) -> str:
    return _t(_STAGES[stage]) if stage in _STAGES else stage


def preset_label(preset: str) -> str:
    return _t(_PRESETS[preset]) if preset in _PRESETS else preset


def exact(value: float) -> Fraction:
    """A spin box's float as the exact decimal the user sees (0.3, not 0.299999…)."""
    return Fraction(str(round(value, 4)))


class CompetitionDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New competition"))
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("e.g. 2026 City Workers' Skills Competition"))
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.organiser = QLineEdit()
        self.organiser.setObjectName("organiser")
        self.organiser.setPlaceholderText(self.tr("e.g. the city federation of trade unions"))
        self.level = QComboBox()
        self.level.setObjectName("level")
        for level in COMPETITION_LEVELS:
            self.level.addItem(level_label(level), level)
        self.level.setCurrentIndex(self.level.findData("city"))
        self.errors: dict[str, ErrorLabel] = {}
        form = QFormLayout()
        add_field_row(form, self.tr("Name:"), self.name, self.errors, "name")
        add_field_row(form, self.tr("Year:"), self.year, self.errors, "year")
        add_field_row(form, self.tr("Organiser:"), self.organiser, self.errors, "organiser")
        add_field_row(form, self.tr("Level:"), self.level, self.errors, "level")
        self.form_error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)
        self.resize(520, 0)

    def entered(self) -> CompetitionInput:
        return CompetitionInput(self.name.text(), self.year.value(), self.organiser.text(), self.level.currentData())

    def save(self) -> None:
        data = self.entered()
        self.saved_id = submit(self.errors, self.form_error, lambda: competitions.create_competition(self.ctx, data))
        if self.saved_id is not None:
            self.accept()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent: QWidget | None) -> int | None:
        dialog = cls(ctx, parent)
        return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None


class EventDialog(QDialog):
    def __init__(self, ctx: ServiceContext, competition_id: int, existing: tuple[EventRow, EventInput] | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.competition_id = competition_id
        self.existing = existing
        self.saved_id: int | None = None
        data = existing[1] if existing else EventInput("")
        self.setWindowTitle(self.tr("Edit event") if existing else self.tr("New event"))
        self.name = QLineEdit(data.name)
        self.name.setPlaceholderText(self.tr("e.g. Welder"))
        self.occupation = QComboBox()
        self.occupation.setEditable(True)
        names = [o.name for o in feedback.attempt(self, lambda: occupations.list_occupations(ctx)) or []]
        self.occupation.addItems(["", *names])
        self.occupation.setCurrentText(data.occupation)
        self.occupation.lineEdit().setPlaceholderText(self.tr("From the catalogue or typed"))
        self.stage = QComboBox()
        for kind in STAGE_KINDS:
            self.stage.addItem(stage_label(kind), kind)
        self.stage.setCurrentIndex(self.stage.findData(data.stage))
        if existing:  # an event belongs to its stage; a new stage means a new event
            self.stage.setEnabled(False)
            self.stage.setToolTip(self.tr("The stage of an event cannot change."))
        self.preset = QComboBox()
        for preset in PRESETS:
            self.preset.addItem(preset_label(preset), preset)
        self.preset.setCurrentIndex(self.preset.findData(data.preset))
        self.preset_hint = QLabel()
        self.preset_hint.setWordWrap(True)
        self.preset_hint.setStyleSheet("color: #555555;")
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.drop_k = _spin(0, 5, data.drop_k)
        self.weight_theory = _share(data.weight_theory)
        self.weight_practical = _share(data.weight_practical)
        self.prizes = [_share(p) for p in data.prizes]
        self.has_min_total = QCheckBox(self.tr("No prize below"))
        self.min_total = QDoubleSpinBox()
        self.min_total.setRange(0, 100)
        self.min_total.setDecimals(2)
        self.min_total.setValue(float(data.min_total) if data.min_total is not None else 60)
        self.has_min_total.setChecked(data.min_total is not None)
        self.has_max_per_team = QCheckBox(self.tr("At most"))
        self.max_per_team = _spin(1, 999, data.max_per_team or 3)
        self.max_per_team.setSuffix(self.tr(" contestants per team"))
        self.has_max_per_team.setChecked(data.max_per_team is not None)
        self.team_best = _spin(1, 99, data.team_best)
        self.team_best.setPrefix(self.tr("sum of the best "))
        self.appeal_hours = _spin(1, 72, data.appeal_hours)
        self.appeal_hours.setSuffix(self.tr(" hours after publication"))
        for box, spin in ((self.has_min_total, self.min_total), (self.has_max_per_team, self.max_per_team)):
            box.toggled.connect(spin.setEnabled)
            spin.setEnabled(box.isChecked())
        for name, widget in (("name", self.name), ("occupation", self.occupation), ("stage", self.stage),
                             ("preset", self.preset), ("drop_k", self.drop_k), ("weight_theory", self.weight_theory),
                             ("weight_practical", self.weight_practical), ("prize_1", self.prizes[0]),
                             ("prize_2", self.prizes[1]), ("prize_3", self.prizes[2]),
                             ("has_min_total", self.has_min_total), ("min_total", self.min_total),
                             ("has_max_per_team", self.has_max_per_team), ("max_per_team", self.max_per_team),
                             ("team_best", self.team_best), ("appeal_hours", self.appeal_hours)):
            widget.setObjectName(name)
        self.errors: dict[str, ErrorLabel] = {}
        self.form_error = ErrorLabel()
        self._layout()
        self._preset_chosen()

    def _layout(self) -> None:
        left, right = QFormLayout(), QFormLayout()
        add_field_row(left, self.tr("Event:"), self.name, self.errors, "name")
        add_field_row(left, self.tr("Occupation:"), self.occupation, self.errors, "occupation")
        add_field_row(left, self.tr("Stage:"), self.stage, self.errors, "stage")
        add_field_row(left, self.tr("Scoring preset:"), self.preset, self.errors, "preset")
        left.addRow("", self.preset_hint)
        add_field_row(left, self.tr("Marks dropped (k):"), _row(self.drop_k), self.errors, "drop_k")
        add_field_row(right, self.tr("Section weights:"),
                      _row(QLabel(self.tr("Theory")), self.weight_theory, QLabel(self.tr("Practical")),
                           self.weight_practical), self.errors, "weights")
        add_field_row(right, self.tr("Prize shares:"),
                      _row(QLabel(self.tr("1st")), self.prizes[0], QLabel(self.tr("2nd")), self.prizes[1],
                           QLabel(self.tr("3rd")), self.prizes[2]), self.errors, "prizes")
        add_field_row(right, self.tr("Minimum total:"), _row(self.has_min_total, self.min_total), self.errors,
                      "min_total")
        add_field_row(right, self.tr("Team limit:"), _row(self.has_max_per_team, self.max_per_team), self.errors,
                      "max_per_team")
        add_field_row(right, self.tr("Team score:"), _row(self.team_best), self.errors, "team_best")
        add_field_row(right, self.tr("Appeals within:"), _row(self.appeal_hours), self.errors, "appeal_hours")
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addStretch(1)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)
        self.resize(1000, 330)

    def _preset_chosen(self, *_args) -> None:
        preset = self.preset.currentData()
        self.preset_hint.setText(_t(_PRESET_HINTS[preset]))
        self.drop_k.setEnabled(preset == "china")  # WorldSkills drops no marks

    def entered(self) -> EventInput:
        return EventInput(
            name=self.name.text(), occupation=self.occupation.currentText(), stage=self.stage.currentData(),
            preset=self.preset.currentData(), drop_k=self.drop_k.value(),
            weight_theory=exact(self.weight_theory.value()), weight_practical=exact(self.weight_practical.value()),
            prizes=tuple(exact(p.value()) for p in self.prizes),
            min_total=exact(self.min_total.value()) if self.has_min_total.isChecked() else None,
            max_per_team=self.max_per_team.value() if self.has_max_per_team.isChecked() else None,
            team_best=self.team_best.value(), appeal_hours=self.appeal_hours.value())

    def save(self) -> None:
        data = self.entered()
        if self.existing:
            event_id = self.existing[0].id
            done = submit(self.errors, self.form_error,
                          lambda: competitions.update_event(self.ctx, event_id, data) or event_id)
        else:
            done = submit(self.errors, self.form_error,
                          lambda: competitions.create_event(self.ctx, self.competition_id, data))
        if done is not None:
            self.saved_id = done
            self.accept()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent: QWidget | None, competition_id: int,
            event_id: int | None = None) -> int | None:
        existing = None
        if event_id is not None:
            existing = feedback.attempt(parent, lambda: competitions.get_event(ctx, event_id))
            if existing is None:
                return None
        dialog = cls(ctx, competition_id, existing, parent)
        return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None


def _spin(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box


def _share(value: Fraction) -> QDoubleSpinBox:
    """A fraction 0–1 (weight or prize share) in steps of 0.05."""
    box = QDoubleSpinBox()
    box.setRange(0, 1)
    box.setSingleStep(0.05)
    box.setDecimals(2 if (value * 100).denominator == 1 else 4)  # keep an imported 0.3333 as it is
    box.setValue(float(value))
    return box


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return holder
