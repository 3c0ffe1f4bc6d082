"""Charts for printed reports, drawn with reportlab.graphics (printing has no Qt): bars by group
and a line by month, with Chinese labels in the bundled font."""
from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from desktop.printing.fonts import font_name
from desktop.printing.report_parts import ACCENT, INK

BAR = colors.HexColor("#1F4E79")
MAX_BARS = 12


def bar_chart(title: str, labels: Sequence[str], values: Sequence[float], width: float, height: float) -> Drawing:
    """Vertical bars, the largest MAX_BARS groups; labels turned when they are many or long."""
    pairs = list(zip(labels, values))[:MAX_BARS]
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 36, 46
    chart.width, chart.height = width - 50, height - 72
    chart.data = [[float(v) for _, v in pairs] or [0.0]]
    chart.categoryAxis.categoryNames = [_short(label) for label, _ in pairs] or [""]
    _style_axes(chart, turned=len(pairs) > 6 or any(len(label) > 4 for label, _ in pairs))
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = _format
    chart.barLabels.fontName = font_name("hei")
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    chart.valueAxis.valueMin = 0
    drawing.add(chart)
    drawing.add(_title(title, width, height))
    return drawing


def line_chart(title: str, labels: Sequence[str], values: Sequence[float], width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 36, 30
    chart.width, chart.height = width - 50, height - 56
    chart.data = [[float(v) for v in values] or [0.0]]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    _style_axes(chart, turned=False)
    chart.lines[0].strokeColor = ACCENT
    chart.lines[0].strokeWidth = 1.5
    chart.valueAxis.valueMin = 0
    drawing.add(chart)
    drawing.add(_title(title, width, height))
    return drawing


def _style_axes(chart, turned: bool) -> None:
    font = font_name("hei")
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = font
        axis.labels.fontSize = 7
        axis.labels.fillColor = INK
        axis.strokeColor = colors.HexColor("#9CA3AF")
    chart.valueAxis.labelTextFormat = _format
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E5E7EB")
    chart.valueAxis.visibleGrid = True
    if turned:
        chart.categoryAxis.labels.angle = 30
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.labels.dx = 4
        chart.categoryAxis.labels.dy = -2


def _title(text: str, width: float, height: float) -> String:
    return String(width / 2, height - 14, text, fontName=font_name("hei"), fontSize=9.5, fillColor=INK,
                  textAnchor="middle")


def _short(label: str) -> str:
    return label if len(label) <= 8 else label[:7] + "…"


def _format(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
