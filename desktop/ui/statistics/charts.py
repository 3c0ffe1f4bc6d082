"""QtCharts for a statistics table: bars by group (the largest MAX_BARS), a line by month."""
from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QLineSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QApplication

from desktop.assets import CJK_FONT_FAMILY
from desktop.services.statistics_model import Table

MAX_BARS = 15


def chart_font(size: float) -> QFont:
    """The application's font with the bundled CJK family behind it, so Chinese labels render."""
    font = QFont(QApplication.font())
    font.setFamilies([font.family(), CJK_FONT_FAMILY])
    font.setPointSizeF(size)
    return font


def build_chart(table: Table, column: int, title: str, not_recorded: str, months: list[str] | None = None) -> QChart:
    """Column `column` of the table: a line over the months when grouped by month, else bars."""
    chart = QChart()
    chart.setTitle(title)
    chart.setTitleFont(chart_font(11))
    chart.legend().hide()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    rows = [(row.group if row.group is not None else not_recorded, float(row.values[column])) for row in table.rows]
    if table.grouping == "month":
        found = dict(rows)
        rows = [(month, found.get(month, 0.0)) for month in months or list(found)]
        series = QLineSeries()
        for x, (_label, value) in enumerate(rows):
            series.append(x, value)
        series.setColor(QColor("#8b1a1a"))
        series.setPointsVisible(True)
        labels = [label for label, _ in rows]
    else:
        rows = sorted(rows, key=lambda pair: -pair[1])[:MAX_BARS] if table.grouping != "level" else rows
        bars = QBarSet(title)
        bars.append([value for _, value in rows])
        bars.setColor(QColor("#1f4e79"))
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        labels = [label if len(label) <= 8 else label[:7] + "…" for label, _ in rows]
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(labels or [""])
    categories.setLabelsFont(chart_font(8))
    if len(labels) > 8:
        categories.setLabelsAngle(-40)
    values = QValueAxis()
    values.setLabelsFont(chart_font(8))
    values.setLabelFormat("%.0f")
    values.setMin(0)
    top = max((value for _, value in rows), default=0)
    values.setMax(max(1.0, top * 1.15))
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values)
    return chart


RENDER_HINT = QPainter.RenderHint.Antialiasing
