"""An event's marking scheme (评分标准): criteria → sub-criteria → aspects with the section
maxima, in and out of Excel, edited by hand, and the one-page rules summary."""
from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.competition_scoring import SECTIONS
from desktop.domain.errors import UserError
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.services import competition_prints, competition_scheme, competitions
from desktop.services.competition_scheme import AspectInput, AspectRow
from desktop.services.context import ServiceContext
from desktop.ui import feedback
from desktop.ui.competitions.event_dialog import exact
from desktop.ui.file_dialogs import EXCEL_FILTER, PDF_FILTER, ask_open_path, ask_save_path
from desktop.ui.widgets import ErrorLabel, add_buttons, submit

CONTEXT = "Competitions"
_SECTIONS = {"theory": QT_TRANSLATE_NOOP("Competitions", "Theory"),
             "practical": QT_TRANSLATE_NOOP("Competitions", "Practical")}
_KINDS = {"M": QT_TRANSLATE_NOOP("Competitions", "Measurement"), "J": QT_TRANSLATE_NOOP("Competitions", "Judgement")}
TITLE, CODE, SECTION, KIND, MAXIMUM, STEP, LEVELS = range(7)
# The editor's columns follow the workbook's (code, section, criterion, … levels).
E_CODE, E_SECTION, E_CRITERION, E_SUB, E_ASPECT, E_KIND, E_MAX, E_STEP, E_LEVELS = range(9)


def section_label(section: str) -> str:
    return QCoreApplication.translate(CONTEXT, _SECTIONS[section]) if section in _SECTIONS else section


def kind_label(kind: str) -> str:
    return QCoreApplication.translate(CONTEXT, _KINDS[kind]) if kind in _KINDS else kind


def number_text(value: Fraction) -> str:
    """10, 0.5, 12.25: as few decimals as the value needs."""
    return f"{float(value):.2f}".rstrip("0").rstrip(".")


def maxima_text(rows: list[AspectRow]) -> str:
    """'Theory: 100 · Practical: 50' — each section's maximum is the sum of its aspects'."""
    return " · ".join(f"{section_label(s)}: {number_text(m)}"
                      for s, m in competition_scheme.section_maxima(rows).items())


class SchemeTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.event_id: int | None = None
        self.event_name = ""
        self.rows: list[AspectRow] = []
        self.maxima = QLabel()
        self.maxima.setObjectName("sectionMaxima")
        self.maxima.setStyleSheet("font-weight: bold;")
        self.tree = QTreeWidget()
        self.tree.setObjectName("scheme")
        self.tree.setColumnCount(7)
        self.tree.setHeaderLabels([self.tr("Criterion / aspect"), self.tr("Code"), self.tr("Section"),
                                   self.tr("Type"), self.tr("Max"), self.tr("Step"), self.tr("Judgement levels")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 0; }")
        self.tree.header().setStretchLastSection(True)
        self.status = QLabel()
        self.status.setObjectName("schemeStatus")
        self.status.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.maxima, 1)
        self.buttons.update(add_buttons(bar, (
            ("edit", self.tr("Edit scheme…"), self.edit),
            ("import", self.tr("Import from Excel…"), self.import_scheme),
            ("export", self.tr("Export to Excel…"), self.export_scheme),
            ("rules", self.tr("Rules summary (PDF)…"), self.save_rules),
        )))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        self.show_event(None)

    def show_event(self, event_id: int | None) -> None:
        if event_id != self.event_id:
            self.status.clear()
        self.event_id = event_id
        self.rows, self.event_name = [], ""
        if event_id is not None:
            found = feedback.attempt(self, lambda: (competitions.get_event(self.ctx, event_id)[0].name,
                                                    competition_scheme.list_scheme(self.ctx, event_id)))
            if found is not None:
                self.event_name, self.rows = found
        self._fill()
        for button in self.buttons.values():
            button.setEnabled(self.event_id is not None)
        self.buttons["export"].setEnabled(bool(self.rows))

    def _fill(self) -> None:
        self.tree.clear()
        if not self.rows:
            self.maxima.setText(self.tr("No marking scheme yet: import one from Excel or edit it by hand.")
                                if self.event_id is not None else "")
            return
        self.maxima.setText(maxima_text(self.rows) + "  ·  " + self.tr("%1 aspects").replace("%1", str(len(self.rows))))
        bold = QFont(self.tree.font())
        bold.setBold(True)
        groups: dict[tuple[str, ...], QTreeWidgetItem] = {}
        for row in self.rows:
            parent = self.tree.invisibleRootItem()
            path: tuple[str, ...] = ()
            for heading in (row.criterion, row.sub_criterion):
                if not heading:
                    continue
                path += (heading,)
                if path not in groups:
                    groups[path] = QTreeWidgetItem(parent, [heading])
                    groups[path].setFont(TITLE, bold)
                    groups[path].setData(MAXIMUM, Qt.ItemDataRole.UserRole, Fraction(0))
                group = groups[path]
                group.setData(MAXIMUM, Qt.ItemDataRole.UserRole, group.data(MAXIMUM, Qt.ItemDataRole.UserRole)
                              + row.maximum)
                group.setText(MAXIMUM, number_text(group.data(MAXIMUM, Qt.ItemDataRole.UserRole)))
                parent = group
            levels = "；".join(row.levels)
            item = QTreeWidgetItem(parent, [row.aspect or row.code, row.code, section_label(row.section),
                                            kind_label(row.kind), number_text(row.maximum), number_text(row.step),
                                            levels])
            for column in (MAXIMUM, STEP):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row.levels:
                item.setToolTip(LEVELS, "\n".join(f"{n}. {text}" for n, text in enumerate(row.levels, start=1)))
        for group in groups.values():
            group.setTextAlignment(MAXIMUM, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.tree.expandAll()
        for column in range(LEVELS):
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, self.tree.columnWidth(column) + 24)
        self.tree.setColumnWidth(TITLE, max(self.tree.columnWidth(TITLE), 280))

    def _saved(self, text: str) -> None:
        self.status.setText(text)
        self.show_event(self.event_id)
        self.changed.emit()

    def edit(self) -> None:
        if self.event_id is not None and SchemeDialog.ask(self.ctx, self, self.event_id, self.rows):
            self._saved(self.tr("The marking scheme is saved."))

    def import_scheme(self) -> None:
        event_id = self.event_id
        if event_id is None:
            return
        path = ask_open_path(self, self.tr("Import a marking scheme"), EXCEL_FILTER)
        if path is None:
            return
        if self.rows and not feedback.confirm(self, self.tr("Replace the %1 aspects of the scheme with those in %2?")
                                              .replace("%1", str(len(self.rows))).replace("%2", path.name)):
            return
        count = feedback.attempt(self, lambda: competition_scheme.import_scheme(self.ctx, event_id, path))
        if count is not None:
            self._saved(self.tr("%1 aspects imported from %2.").replace("%1", str(count)).replace("%2", path.name))

    def export_scheme(self) -> None:
        event_id = self.event_id
        if event_id is None:
            return
        path = ask_save_path(self, self.tr("Export the marking scheme"), f"{self.event_name} 评分标准.xlsx",
                             EXCEL_FILTER)
        if path is None:
            return
        count = feedback.attempt(self, lambda: competition_scheme.export_scheme(self.ctx, event_id, path))
        if count is not None:
            self.status.setText(self.tr("%1 aspects written to %2.").replace("%1", str(count))
                                .replace("%2", str(path)))

    def save_rules(self) -> None:
        event_id = self.event_id
        if event_id is None:
            return
        path = ask_save_path(self, self.tr("Save the rules summary"), f"{self.event_name} 竞赛规则.pdf", PDF_FILTER)
        if path is None:
            return
        if write_printout(self, lambda: competition_prints.save_rules_summary(self.ctx, event_id, path)):
            self.status.setText(self.tr("The rules summary is saved to %1.").replace("%1", str(path)))


def write_printout(parent: QWidget, write) -> bool:
    """Write a printout; a refusal or a disk problem becomes a message."""
    try:
        write()
    except UserError as error:
        feedback.show_user_error(parent, error)
        return False
    except OSError as error:
        feedback.inform(parent, QCoreApplication.translate("Competitions", "The file could not be saved: %1")
                        .replace("%1", error.strerror or str(error)))
        return False
    return True


class SchemeDialog(QDialog):
    """The scheme as an editable table, one aspect a row, in the workbook's columns."""

    def __init__(self, ctx: ServiceContext, event_id: int, rows: list[AspectRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.event_id = event_id
        self.setWindowTitle(self.tr("Edit the marking scheme"))
        self.table = QTableWidget(0, 9)
        self.table.setObjectName("aspects")
        self.table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Section"), self.tr("Criterion"), self.tr("Sub-criterion"), self.tr("Aspect"),
            self.tr("Type"), self.tr("Max"), self.tr("Step"), self.tr("Levels (separated by ；)")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column, width in ((E_CODE, 70), (E_SECTION, 110), (E_CRITERION, 150), (E_SUB, 130), (E_ASPECT, 170),
                              (E_KIND, 130), (E_MAX, 90), (E_STEP, 80)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(E_LEVELS, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(260)
        add = QPushButton(self.tr("Add aspect"))
        add.setObjectName("addAspect")
        add.clicked.connect(self.add_after_current)
        remove = QPushButton(self.tr("Remove aspect"))
        remove.setObjectName("removeAspect")
        remove.clicked.connect(self.remove_current)
        self.maxima = QLabel()
        self.maxima.setObjectName("editorMaxima")
        self.form_error = ErrorLabel()
        self.form_error.setObjectName("schemeError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(add)
        row_buttons.addWidget(remove)
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.maxima)
        hint = QLabel(self.tr("Measurement: one agreed value. Judgement: each judge marks. The maximum is a multiple "
                              "of the step; a section's maximum is the sum of its aspects'."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555;")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)
        for row in rows:
            self.insert(self.table.rowCount(), AspectInput(row.code, row.section, row.kind, row.maximum, row.step,
                                                           row.criterion, row.sub_criterion, row.aspect, row.levels))
        self._show_maxima()
        self.resize(1150, 520)

    def insert(self, position: int, aspect: AspectInput) -> None:
        self.table.insertRow(position)
        section = QComboBox()
        for code in SECTIONS:
            section.addItem(section_label(code), code)
        section.setCurrentIndex(max(section.findData(aspect.section), 0))
        kind = QComboBox()
        for code in _KINDS:
            kind.addItem(kind_label(code), code)
        kind.setCurrentIndex(max(kind.findData(aspect.kind), 0))
        maximum, step = _number_box(aspect.maximum), _number_box(aspect.step)
        for box in (section, kind):
            box.currentIndexChanged.connect(self._show_maxima)
        maximum.valueChanged.connect(self._show_maxima)
        cells = {E_CODE: QLineEdit(aspect.code), E_SECTION: section, E_CRITERION: QLineEdit(aspect.criterion),
                 E_SUB: QLineEdit(aspect.sub_criterion), E_ASPECT: QLineEdit(aspect.aspect), E_KIND: kind,
                 E_MAX: maximum, E_STEP: step, E_LEVELS: QLineEdit("；".join(aspect.levels))}
        for column, widget in cells.items():
            self.table.setCellWidget(position, column, widget)

    def current_row(self) -> int:
        """The row whose field has the focus (cell widgets do not move the table's current row),
        else the selected row, else -1."""
        widget = self.focusWidget()
        while widget is not None and widget.parentWidget() is not self.table.viewport():
            widget = widget.parentWidget()
        if widget is not None:
            return self.table.indexAt(widget.pos()).row()
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def add_after_current(self) -> None:
        """A new aspect under the current one, in the same section and criterion."""
        current = self.current_row()
        if current < 0 and self.table.rowCount():
            current = self.table.rowCount() - 1
        like = self.aspects()[current] if current >= 0 else None
        blank = (AspectInput("", like.section, like.kind, like.maximum, like.step, like.criterion,
                             like.sub_criterion) if like else
                 AspectInput("", "practical", "J", Fraction(10), Fraction(1, 2)))
        self.insert(current + 1, blank)
        self.table.cellWidget(current + 1, E_CODE).setFocus()
        self._show_maxima()

    def remove_current(self) -> None:
        current = self.current_row()
        if current >= 0:
            self.table.removeRow(current)
            self._show_maxima()

    def aspects(self) -> list[AspectInput]:
        found = []
        for row in range(self.table.rowCount()):
            cell = self.table.cellWidget
            levels = [part.strip() for part in cell(row, E_LEVELS).text().replace(";", "；").split("；")
                      if part.strip()]
            found.append(AspectInput(cell(row, E_CODE).text(), cell(row, E_SECTION).currentData(),
                                     cell(row, E_KIND).currentData(), exact(cell(row, E_MAX).value()),
                                     exact(cell(row, E_STEP).value()), cell(row, E_CRITERION).text(),
                                     cell(row, E_SUB).text(), cell(row, E_ASPECT).text(), levels))
        return found

    def _show_maxima(self, *_args) -> None:
        rows = [AspectRow(0, a.code, a.section, a.kind, a.maximum, a.step, a.criterion, a.sub_criterion, a.aspect,
                          a.levels) for a in self.aspects()]
        self.maxima.setText(maxima_text(rows))

    def save(self) -> None:
        aspects = self.aspects()
        if submit({}, self.form_error,
                  lambda: competition_scheme.set_scheme(self.ctx, self.event_id, aspects) or True):
            self.accept()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent: QWidget | None, event_id: int, rows: list[AspectRow]) -> bool:
        return cls(ctx, event_id, rows, parent).exec() == QDialog.DialogCode.Accepted


def _number_box(value: Fraction) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, 1000)
    box.setDecimals(2)
    box.setSingleStep(0.5)
    box.setValue(float(value))
    return box
