"""The Statistics page: choose a period and a grouping; every section's tables and a chart of
the chosen figure; export the tables to Excel or print the yearly report. Counting runs off
the GUI thread (desktop.ui.background) with a progress dialog that can cancel it."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.messages import message
from desktop.services import statistics
from desktop.services.context import ServiceContext
from desktop.services.statistics import Period, Statistics, StatisticsCancelled
from desktop.services.statistics_model import GROUPING_LABELS, GROUPINGS, Section
from desktop.ui import feedback
from desktop.ui.background import run_with_progress
from desktop.ui.file_dialogs import EXCEL_FILTER, PDF_FILTER, ask_save_path
from desktop.ui.i18n import translate_message
from desktop.ui.statistics.charts import RENDER_HINT, build_chart
from desktop.ui.statistics.table_model import StatTableModel, label_text

YEAR, QUARTER, CUSTOM = range(3)


class SectionTab(QWidget):
    """One section: its tables above, a chart of the chosen figure below."""

    def __init__(self, section: Section, months: list[str]):
        super().__init__()
        self.section = section
        self.months = months
        self.models: list[StatTableModel] = []
        self.views: list[QTableView] = []
        tables = QWidget()
        tables_layout = QVBoxLayout(tables)
        tables_layout.setContentsMargins(0, 0, 0, 0)
        if not section.supported:
            tables_layout.addWidget(QLabel(self.tr("These figures cannot be grouped this way: totals only.")))
        for table in section.tables:
            model = StatTableModel(self)
            model.set_table(table)
            view = QTableView()
            view.setObjectName(f"table_{table.key}")
            view.setModel(model)
            view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
            view.resizeColumnsToContents()
            view.setColumnWidth(0, max(view.columnWidth(0), 160))
            for column in range(1, model.columnCount()):
                view.setColumnWidth(column, max(view.columnWidth(column), 110))
            tables_layout.addWidget(QLabel(f"<b>{label_text(table.title)}</b>"))
            tables_layout.addWidget(view, 1)
            self.models.append(model)
            self.views.append(view)
        self.measure = QComboBox()
        self.measure.setObjectName("measure")
        for number, table in enumerate(section.tables):
            for column_number, column in enumerate(table.columns):
                self.measure.addItem(label_text(column.label), (number, column_number))
                if column.key == table.chart and number == 0:
                    self.measure.setCurrentIndex(self.measure.count() - 1)
        self.measure.currentIndexChanged.connect(self._draw)
        self.chart_view = QChartView()
        self.chart_view.setObjectName("chart")
        self.chart_view.setRenderHint(RENDER_HINT)
        self.chart_view.setMinimumHeight(260)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Chart:")))
        chooser.addWidget(self.measure)
        chooser.addStretch(1)
        chart_layout.addLayout(chooser)
        chart_layout.addWidget(self.chart_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(tables)
        splitter.addWidget(chart_box)
        splitter.setSizes([300, 320])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._draw()

    def _draw(self) -> None:
        choice = self.measure.currentData()
        grouped = self.section.supported and self.section.tables and self.section.tables[0].grouping
        self.chart_view.setVisible(bool(choice) and bool(grouped))
        self.measure.setEnabled(bool(grouped))
        if not choice or not grouped:
            return
        table = self.section.tables[choice[0]]
        title = label_text(table.columns[choice[1]].label)
        self.chart_view.setChart(build_chart(table, choice[1], title, self.tr("Not recorded"),
                                                  self.months))


class StatisticsPage(QWidget):
    def __init__(self, ctx: ServiceContext):
        super().__init__()
        self.ctx = ctx
        self.stats: Statistics | None = None
        this_year = dt.date.today().year
        self.period_kind = QComboBox()
        self.period_kind.setObjectName("period_kind")
        self.period_kind.addItems([self.tr("Year"), self.tr("Quarter"), self.tr("Custom")])
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2000, this_year + 1)
        self.year.setValue(this_year)
        self.quarter = QComboBox()
        self.quarter.setObjectName("quarter")
        self.quarter.addItems([self.tr("Q1"), self.tr("Q2"), self.tr("Q3"), self.tr("Q4")])
        self.quarter.setCurrentIndex((dt.date.today().month - 1) // 3)
        self.start = QDateEdit(QDate(this_year, 1, 1))
        self.end = QDateEdit(QDate.currentDate())
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.start.setObjectName("start")
        self.end.setObjectName("end")
        self.grouping = QComboBox()
        self.grouping.setObjectName("grouping")
        for key in GROUPINGS:
            self.grouping.addItem(translate_message(message(GROUPING_LABELS[key][0])), key)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("show")
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("export")
        self.report_button = QPushButton(self.tr("Yearly report (PDF)…"))
        self.report_button.setObjectName("yearly_report")
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sections")

        controls = QHBoxLayout()
        for widget in (QLabel(self.tr("Period:")), self.period_kind, self.year, self.quarter, self.start,
                       QLabel("–"), self.end, QLabel(self.tr("Group by:")), self.grouping, self.show_button):
            controls.addWidget(widget)
        self.range_dash = controls.itemAt(5).widget()
        controls.addStretch(1)
        controls.addWidget(self.export_button)
        controls.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)

        self.period_kind.currentIndexChanged.connect(self._period_kind_changed)
        self.grouping.currentIndexChanged.connect(self.recount)
        self.quarter.currentIndexChanged.connect(self.recount)
        self.year.editingFinished.connect(self.recount)
        self.show_button.clicked.connect(self.recount)
        self.export_button.clicked.connect(self.export)
        self.report_button.clicked.connect(self.print_yearly_report)
        self._period_kind_changed()

    # -- choosing --------------------------------------------------------------------------------

    def period(self) -> Period:
        kind = self.period_kind.currentIndex()
        if kind == YEAR:
            return Period.year(self.year.value())
        if kind == QUARTER:
            return Period.quarter(self.year.value(), self.quarter.currentIndex() + 1)
        return Period(self.start.date().toPython(), self.end.date().toPython())

    def _period_kind_changed(self) -> None:
        kind = self.period_kind.currentIndex()
        self.year.setVisible(kind != CUSTOM)
        self.quarter.setVisible(kind == QUARTER)
        for widget in (self.start, self.range_dash, self.end):
            widget.setVisible(kind == CUSTOM)
        if self.stats is not None:
            self.recount()

    def refresh(self) -> None:
        """Shown: count afresh (the records may have changed since)."""
        self.recount()

    # -- counting --------------------------------------------------------------------------------

    def recount(self) -> None:
        period, grouping = self.period(), self.grouping.currentData()

        def work(progress):
            return statistics.compute_statistics(self.ctx, period, grouping, progress)

        try:
            stats = feedback.attempt(self, lambda: run_with_progress(self, self.tr("Counting…"), work))
        except StatisticsCancelled:
            return
        if stats is not None:
            self.show_statistics(stats)

    def show_statistics(self, stats: Statistics) -> None:
        self.stats = stats
        current = self.tabs.currentIndex()
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            page.deleteLater()
        months = [month.strftime("%Y-%m") for month in stats.period.months()]
        for section in stats.sections:
            self.tabs.addTab(SectionTab(section, months), translate_message(section.title))
        self.tabs.setCurrentIndex(max(0, current))
        self.heading.setText(self.tr("%1 to %2, by %3").replace("%1", stats.period.start.isoformat())
                             .replace("%2", stats.period.end.isoformat())
                             .replace("%3", translate_message(message(GROUPING_LABELS[stats.grouping][0])).lower()))

    # -- output ----------------------------------------------------------------------------------

    def export(self) -> None:
        if self.stats is None:
            return
        stats = self.stats
        path = ask_save_path(self, self.tr("Export the statistics"), f"统计-{stats.period.text()}.xlsx", EXCEL_FILTER)
        if path is None:
            return
        sheets = feedback.attempt(self, lambda: statistics.export_statistics(self.ctx, stats, path))
        if sheets is not None:
            feedback.inform(self, self.tr("%1 tables were written to %2.").replace("%1", str(sheets))
                            .replace("%2", str(path)))

    def print_yearly_report(self) -> None:
        year = self.year.value() if self.period_kind.currentIndex() != CUSTOM else self.end.date().year()
        path = ask_save_path(self, self.tr("Yearly report"), f"{year}年度工作统计报告.pdf", PDF_FILTER)
        if path is None:
            return

        def work(progress):
            return statistics.write_yearly_report(self.ctx, year, path, progress)

        try:
            pages = feedback.attempt(self, lambda: run_with_progress(self, self.tr("Writing the yearly report…"), work))
        except StatisticsCancelled:
            return
        if pages is not None:
            feedback.inform(self, self.tr("The yearly report (%1 pages) was written to %2.")
                            .replace("%1", str(pages)).replace("%2", str(path)))
