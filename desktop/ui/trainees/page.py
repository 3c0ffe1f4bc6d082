"""The trainee registry page: search, filters, a lazily loaded list, and the actions on it."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.services import catalogue, trainee_excel, trainees
from desktop.services.context import ServiceContext
from desktop.services.trainees import Status, TraineeQuery
from desktop.ui import feedback
from desktop.ui.background import run_with_progress
from desktop.ui.file_dialogs import EXCEL_FILTER, ask_open_path, ask_save_path
from desktop.ui.trainees.dialog import TraineeDialog
from desktop.ui.trainees.import_report import ImportReportDialog
from desktop.ui.trainees.model import ID_ROLE, TraineeTableModel
from desktop.ui.trainees.passport_dialog import PassportDialog
from desktop.ui.widgets import SearchBox, add_buttons



class TraineesPage(QWidget):
    def __init__(self, ctx: ServiceContext):
        super().__init__()
        self.ctx = ctx
        self.model = TraineeTableModel(ctx, self)
        self.search = SearchBox(self.tr("Search name, ID number, phone or employer"))
        self.search.setObjectName("search")
        self.search.searched.connect(self.apply_filters)
        self.county = self._filter_combo("countyFilter", self.tr("All counties"))
        self.employer = self._filter_combo("employerFilter", self.tr("All employers"))
        self.occupation = self._filter_combo("occupationFilter", self.tr("All occupations"))
        self.honour = self._filter_combo("honourFilter", self.tr("All honours"))
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("Active"), Status.ACTIVE)
        self.status.addItem(self.tr("Archived"), Status.ARCHIVED)
        self.status.addItem(self.tr("All"), Status.ALL)
        self.status.currentIndexChanged.connect(self.apply_filters)
        self.table = QTableView()
        self.table.setObjectName("traineeTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.count = QLabel()
        self.count.setObjectName("count")
        self.buttons = {}
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.county, self.employer, self.occupation, self.honour, self.status):
            filters.addWidget(combo, 1)
        actions = QHBoxLayout()
        self.buttons.update(add_buttons(actions, (
            ("add", self.tr("Add…"), self.add),
            ("edit", self.tr("Edit…"), self.edit),
            ("archive", self.tr("Archive"), lambda: self.set_archived(True)),
            ("restore", self.tr("Restore"), lambda: self.set_archived(False)),
            ("passport", self.tr("Skills passport…"), self.show_passport),
            ("import", self.tr("Import from Excel…"), self.import_file),
            ("export", self.tr("Export to Excel…"), self.export_file),
            ("template", self.tr("Save blank template…"), self.save_template),
        )))
        actions.addStretch(1)
        actions.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._loaded = False

    def _filter_combo(self, name: str, all_label: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(all_label, None)
        combo.currentIndexChanged.connect(self.apply_filters)
        return combo

    def refresh(self) -> None:
        """Called when the page is shown: fresh choices for the filters, fresh rows."""
        choices = feedback.attempt(self, lambda: catalogue.choices(self.ctx))
        if choices is None:
            return
        for combo, items in ((self.county, choices.counties), (self.employer, choices.employers),
                             (self.occupation, choices.occupations), (self.honour, choices.honours)):
            _refill(combo, items)
        first_time = not self._loaded
        self._loaded = True
        self.apply_filters()
        if first_time:
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount()):  # long lists of names stay readable
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))

    def query(self) -> TraineeQuery:
        return replace(self.model.query, search=self.search.text(), county_id=self.county.currentData(),
                       employer_id=self.employer.currentData(), occupation_id=self.occupation.currentData(),
                       honour_id=self.honour.currentData(), status=self.status.currentData())

    def apply_filters(self) -> None:
        if not self._loaded:
            return
        self.search.cancel_pending()
        if feedback.attempt(self, lambda: self.model.set_query(self.query())) is None:
            return
        self.count.setText(self.tr("%1 trainees").replace("%1", f"{self.model.total:,}"))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def _update_buttons(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        chosen = rows[0].data(ID_ROLE) if rows else None
        archived = bool(rows) and self.model.rows[rows[0].row()].archived
        self.buttons["edit"].setEnabled(chosen is not None)
        self.buttons["archive"].setEnabled(chosen is not None and not archived)
        self.buttons["restore"].setEnabled(chosen is not None and archived)
        self.buttons["passport"].setEnabled(chosen is not None)

    def add(self) -> None:
        saved = TraineeDialog.ask(self.ctx, self)
        if saved is not None:
            self.refresh()
            self.select(saved.id)

    def edit(self) -> None:
        trainee_id = self.selected_id()
        if trainee_id is None:
            return
        saved = feedback.attempt(self, lambda: TraineeDialog.ask(self.ctx, self, trainee_id))
        if saved is not None:
            self.model.update_row(trainees.trainee_row(self.ctx, saved.id))

    def set_archived(self, archived: bool) -> None:
        trainee_id = self.selected_id()
        if trainee_id is None:
            return
        row = self.model.rows[self.model.row_of(trainee_id)]
        question = (self.tr("Archive %1? The record and its history are kept and can be restored.")
                    if archived else self.tr("Restore %1 to the active list?")).replace("%1", row.name)
        if not feedback.confirm(self, question):
            return
        if feedback.attempt(self, lambda: trainees.set_archived(self.ctx, trainee_id, archived)) is not None:
            self.model.reload()
            self.count.setText(self.tr("%1 trainees").replace("%1", f"{self.model.total:,}"))

    def show_passport(self) -> None:
        trainee_id = self.selected_id()
        if trainee_id is not None:
            PassportDialog.open_for(self.ctx, trainee_id, self)

    def select(self, trainee_id: int) -> None:
        while (row := self.model.row_of(trainee_id)) is None and self.model.canFetchMore():
            self.model.fetchMore()
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def import_file(self) -> None:
        path = ask_open_path(self, self.tr("Import trainees"), EXCEL_FILTER)
        if path is None:
            return
        try:
            report = run_with_progress(self, self.tr("Checking and importing %1…").replace("%1", path.name),
                                       lambda progress: trainee_excel.import_trainees(self.ctx, path, progress=progress))
        except UserError as error:
            feedback.show_user_error(self, error)
            return
        dialog = ImportReportDialog(report, path.name, self)
        dialog.open()  # window-modal but not blocking: the list refreshes behind it
        if report.ok:
            self.refresh()

    def export_file(self) -> None:
        path = ask_save_path(self, self.tr("Export trainees"), "学员名册.xlsx", EXCEL_FILTER)
        if path is None:
            return
        query = self.query()
        try:
            count = run_with_progress(self, self.tr("Exporting…"),
                                      lambda _progress: trainee_excel.export_trainees(self.ctx, path, query))
        except UserError as error:
            feedback.show_user_error(self, error)
            return
        feedback.inform(self, self.tr("%1 trainees were written to %2.").replace("%1", str(count))
                        .replace("%2", str(path)))

    def save_template(self) -> None:
        path = ask_save_path(self, self.tr("Save blank template"), "学员导入模板.xlsx", EXCEL_FILTER)
        if path is not None and feedback.attempt(
                self, lambda: trainee_excel.write_blank_template(path)):
            feedback.inform(self, self.tr("The blank template was saved to %1.").replace("%1", str(path)))


def _refill(combo: QComboBox, items: list[catalogue.Choice]) -> None:
    chosen = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for item in items:
        combo.addItem(item.name, item.id)
    combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
    combo.blockSignals(False)
