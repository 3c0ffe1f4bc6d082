"""The appraisal rules, for administrators: each occupation's eligibility standard (or the
default one) as routes per level, and the promotion-by-prize rules (以赛代评).

A route row holds its requirements: years in the occupation, years since the level below,
a completed class, a minimum prize; "—" means the route does not ask for it. Saving hands
the rows to the services, whose refusals show under the table."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.appraisal import COMPETITION_LEVEL_NAMES, COMPETITION_LEVELS, LEVELS, PRIZES, PrizeRule, Route
from desktop.domain.errors import UserError, ValidationFailed
from desktop.domain.levels import LEVEL_NAMES
from desktop.services import appraisal_settings, occupations
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import ErrorLabel, add_buttons

NONE = -1  # a years box at its minimum: not required
LEVEL, OCCUPATION_YEARS, PREVIOUS_YEARS, TRAINING, PRIZE = range(5)


def _years_box(value: int | None) -> QSpinBox:
    box = QSpinBox()
    box.setRange(NONE, 40)
    box.setSpecialValueText("—")
    box.setValue(NONE if value is None else value)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box


def _centered(widget: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget, alignment=Qt.AlignmentFlag.AlignCenter)
    return holder


class RoutesTable(QTableWidget):
    """The routes of every level, level by level (5 first); one row per route."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 5, parent)
        self.setObjectName("routesTable")
        self.setHorizontalHeaderLabels([self.tr("Level"), self.tr("Years in the occupation"),
                                        self.tr("Years since the level below"), self.tr("Completed class"),
                                        self.tr("Minimum prize")])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LEVEL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TRAINING, QHeaderView.ResizeMode.ResizeToContents)
        self.levels: list[int] = []
        self.changed = False

    def show_standard(self, standard: dict[int, tuple[Route, ...]]) -> None:
        self.setRowCount(0)
        self.levels = []
        for level in LEVELS:
            for route in standard.get(level, ()):
                self._insert(self.rowCount(), level, route)
        self.changed = False

    def add_route(self, level: int) -> None:
        """A new route at the end of the level's routes, chosen for typing."""
        position = max((n + 1 for n, held in enumerate(self.levels) if LEVELS.index(held) <= LEVELS.index(level)),
                       default=0)
        self._insert(position, level, Route(occupation_years=1 if level == 5 else None,
                                            previous_years=None if level == 5 else 2))
        self.selectRow(position)
        self.changed = True

    def remove_chosen(self) -> bool:
        row = self.currentRow()
        if row < 0:
            return False
        self.removeRow(row)
        del self.levels[row]
        self.changed = True
        return True

    def _insert(self, row: int, level: int, route: Route) -> None:
        self.insertRow(row)
        self.levels.insert(row, level)
        item = QTableWidgetItem(LEVEL_NAMES[level])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.setItem(row, LEVEL, item)
        occupation_years = _years_box(route.occupation_years)
        occupation_years.valueChanged.connect(self._edited)
        self.setCellWidget(row, OCCUPATION_YEARS, occupation_years)
        previous_years = _years_box(route.previous_years)
        previous_years.valueChanged.connect(self._edited)
        previous_years.setEnabled(level != 5)  # level 5 is the first: there is no level below
        self.setCellWidget(row, PREVIOUS_YEARS, previous_years)
        training = QCheckBox()
        training.setChecked(route.training)
        training.toggled.connect(self._edited)
        self.setCellWidget(row, TRAINING, _centered(training))
        prize = QComboBox()
        prize.addItem("—", "")
        for name in reversed(PRIZES):  # 三等奖 first: the usual lowest bar
            prize.addItem(self.tr("%1 or better").replace("%1", name), name)
        prize.setCurrentIndex(max(prize.findData(route.prize), 0))
        prize.currentIndexChanged.connect(self._edited)
        self.setCellWidget(row, PRIZE, prize)

    def _edited(self, *_args) -> None:
        self.changed = True

    def standard(self) -> dict[int, list[Route]]:
        found: dict[int, list[Route]] = {level: [] for level in LEVELS}
        for row, level in enumerate(self.levels):
            occupation_years = self.cellWidget(row, OCCUPATION_YEARS).value()
            previous_years = self.cellWidget(row, PREVIOUS_YEARS).value()
            training = self.cellWidget(row, TRAINING).findChild(QCheckBox).isChecked()
            found[level].append(Route(None if occupation_years == NONE else occupation_years,
                                      None if previous_years == NONE or level == 5 else previous_years,
                                      training, self.cellWidget(row, PRIZE).currentData()))
        return found


class PrizeRulesTable(QTableWidget):
    """One row per rule: a prize at a competition of at least a level raises to a skill level."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 3, parent)
        self.setObjectName("prizeRulesTable")
        self.setHorizontalHeaderLabels([self.tr("Prize (or better)"), self.tr("Competition level (or higher)"),
                                        self.tr("Raises to level")])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.changed = False

    def show_rules(self, rules: tuple[PrizeRule, ...]) -> None:
        self.setRowCount(0)
        for rule in rules:
            self._append(rule)
        self.changed = False

    def add_rule(self) -> None:
        self._append(PrizeRule(PRIZES[0], "province", 3))
        self.selectRow(self.rowCount() - 1)
        self.changed = True

    def remove_chosen(self) -> bool:
        row = self.currentRow()
        if row < 0:
            return False
        self.removeRow(row)
        self.changed = True
        return True

    def _append(self, rule: PrizeRule) -> None:
        row = self.rowCount()
        self.insertRow(row)
        for column, choices, value in (
                (0, [(p, p) for p in PRIZES], rule.prize),
                (1, [(COMPETITION_LEVEL_NAMES[c], c) for c in COMPETITION_LEVELS], rule.min_competition),
                (2, [(LEVEL_NAMES[lv], lv) for lv in LEVELS], rule.level)):
            box = QComboBox()
            for text, data in choices:
                box.addItem(text, data)
            box.setCurrentIndex(max(box.findData(value), 0))
            box.currentIndexChanged.connect(self._edited)
            self.setCellWidget(row, column, box)

    def _edited(self, *_args) -> None:
        self.changed = True

    def rules(self) -> list[PrizeRule]:
        return [PrizeRule(self.cellWidget(row, 0).currentData(), self.cellWidget(row, 1).currentData(),
                          self.cellWidget(row, 2).currentData()) for row in range(self.rowCount())]


class StandardsDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Appraisal standards"))
        self.resize(860, 620)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("standardTabs")
        self.tabs.addTab(self._standards_page(), self.tr("Eligibility standards"))
        self.tabs.addTab(self._prizes_page(), self.tr("Promotion by prize"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._shown_key: str | None = None
        self._load_standard()
        self.prize_rules.show_rules(appraisal_settings.read_prize_rules(ctx))

    # -- the standards tab -------------------------------------------------------------------

    def _standards_page(self) -> QWidget:
        page = QWidget()
        self.occupation = QComboBox()
        self.occupation.setObjectName("occupation")
        self.occupation.addItem(self.tr("Default (every occupation without its own)"), "")
        for row in occupations.list_occupations(self.ctx):
            if row.code:  # a standard is kept under the occupation's code
                self.occupation.addItem(f"{row.code} {row.name}", row.code)
        self.occupation.currentIndexChanged.connect(self._occupation_chosen)
        self.origin = QLabel()
        self.origin.setObjectName("standardOrigin")
        self.origin.setWordWrap(True)
        self.routes = RoutesTable()
        self.new_level = QComboBox()
        self.new_level.setObjectName("newRouteLevel")
        for level in LEVELS:
            self.new_level.addItem(LEVEL_NAMES[level], level)
        self.standard_error = ErrorLabel()
        self.standard_error.setObjectName("standardError")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Standard of:")))
        top.addWidget(self.occupation, 1)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Add a route into:")))
        bar.addWidget(self.new_level)
        self.standard_buttons = add_buttons(bar, [
            ("add_route", self.tr("Add route"), self.add_route),
            ("remove_route", self.tr("Remove route"), self.remove_route),
        ])
        bar.addStretch(1)
        self.standard_note = QLabel()
        self.standard_note.setObjectName("standardNote")
        bar.addWidget(self.standard_note)
        self.standard_buttons |= add_buttons(bar, [
            ("reset_standard", self.tr("Revert to default"), self.reset_standard),
            ("save_standard", self.tr("Save standard"), self.save_standard),
        ])
        self.standard_buttons["save_standard"].setDefault(True)
        hint = QLabel(self.tr("A person may sit a level when every requirement of any one of its routes holds. "
                              "“—” means the route does not ask for it."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.origin)
        layout.addWidget(hint)
        layout.addWidget(self.routes, 1)
        layout.addWidget(self.standard_error)
        layout.addLayout(bar)
        return page

    def _load_standard(self) -> None:
        key = self.occupation.currentData() or None
        standard, own = appraisal_settings.read_standard(self.ctx, key)
        self._shown_key = key
        self.routes.show_standard(standard)
        self.standard_error.clear_message()
        self.standard_note.clear()
        if key is None and own:
            self.origin.setText(self.tr("The default has been changed from the national pattern; it applies to "
                                        "every occupation without its own standard."))
        elif key is None:
            self.origin.setText(self.tr("The default is the general pattern of the national standards; it applies "
                                        "to every occupation without its own standard."))
        elif own:
            self.origin.setText(self.tr("This occupation has its own standard."))
        else:
            self.origin.setText(self.tr("This occupation follows the default; saving gives it its own standard."))
        if key is None:
            self.standard_buttons["reset_standard"].setText(self.tr("Revert to the national pattern"))
        else:
            self.standard_buttons["reset_standard"].setText(self.tr("Follow the default"))
        self.standard_buttons["reset_standard"].setEnabled(own)

    def _occupation_chosen(self, _index: int) -> None:
        key = self.occupation.currentData() or None
        if key == self._shown_key:
            return
        if self.routes.changed and not feedback.confirm(self, self.tr("Discard the changes to this standard?")):
            self.occupation.blockSignals(True)
            self.occupation.setCurrentIndex(max(self.occupation.findData(self._shown_key or ""), 0))
            self.occupation.blockSignals(False)
            return
        self._load_standard()

    def add_route(self) -> None:
        self.routes.add_route(self.new_level.currentData())

    def remove_route(self) -> None:
        if not self.routes.remove_chosen():
            self.standard_error.show_message(self.tr("Choose the route to remove first."))

    def _saved(self, label: ErrorLabel, action) -> bool:
        """Run a save; every problem the service finds is listed in `label`."""
        label.clear_message()
        try:
            action()
        except ValidationFailed as error:
            label.show_message("\n".join(dict.fromkeys(translate_message(m) for m in error.field_errors.values())))
            return False
        except UserError as error:
            label.show_message(translate_message(error.message))
            return False
        return True

    def save_standard(self) -> None:
        key = self.occupation.currentData() or None
        standard = self.routes.standard()
        if self._saved(self.standard_error, lambda: appraisal_settings.save_standard(self.ctx, key, standard)):
            self._load_standard()
            self.standard_note.setText(self.tr("Saved."))

    def reset_standard(self) -> None:
        key = self.occupation.currentData() or None
        if key is None:
            question = self.tr("Forget the changed default and use the national pattern again?")
        else:
            question = self.tr("Forget this occupation's own standard and follow the default?")
        if feedback.confirm(self, question) and self._saved(
                self.standard_error, lambda: appraisal_settings.save_standard(self.ctx, key, {})):
            self._load_standard()
            self.standard_note.setText(self.tr("Saved."))

    # -- the prize rules tab -----------------------------------------------------------------

    def _prizes_page(self) -> QWidget:
        page = QWidget()
        self.prize_rules = PrizeRulesTable()
        self.prize_error = ErrorLabel()
        self.prize_error.setObjectName("prizeError")
        self.prize_note = QLabel()
        self.prize_note.setObjectName("prizeNote")
        hint = QLabel(self.tr("Winners of a published competition event obtain the highest level any rule gives "
                              "them, unless they already hold it or a higher one."))
        hint.setWordWrap(True)
        bar = QHBoxLayout()
        self.prize_buttons = add_buttons(bar, [
            ("add_rule", self.tr("Add rule"), self.prize_rules.add_rule),
            ("remove_rule", self.tr("Remove rule"), self.remove_rule),
        ])
        bar.addStretch(1)
        bar.addWidget(self.prize_note)
        self.prize_buttons |= add_buttons(bar, [("save_rules", self.tr("Save rules"), self.save_rules)])
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.prize_rules, 1)
        layout.addWidget(self.prize_error)
        layout.addLayout(bar)
        return page

    def remove_rule(self) -> None:
        if not self.prize_rules.remove_chosen():
            self.prize_error.show_message(self.tr("Choose the rule to remove first."))

    def save_rules(self) -> None:
        self.prize_note.clear()
        rules = self.prize_rules.rules()
        if self._saved(self.prize_error, lambda: appraisal_settings.save_prize_rules(self.ctx, rules)):
            self.prize_rules.show_rules(appraisal_settings.read_prize_rules(self.ctx))
            self.prize_note.setText(self.tr("Saved."))

    def reject(self) -> None:
        if (self.routes.changed or self.prize_rules.changed) and not feedback.confirm(
                self, self.tr("Close without saving the changes?")):
            return
        super().reject()

    @classmethod
    def edit(cls, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        cls(ctx, parent).exec()
