"""The dashboard's charts (QtCharts): hours against yesterday and last week, a trend with its
target line, per-packer bars. Each chart only draws what it is given; clicks are signals."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen

BAR = QColor("#2f6fb0")
YESTERDAY = QColor("#9bbbe0")
LAST_WEEK = QColor("#bdbdbd")
TARGET = QColor("#c0392b")


def _axes(chart: QChart, series: Any, categories: Sequence[str], top: float) -> None:
    x = QBarCategoryAxis()
    x.append(list(categories))
    y = QValueAxis()
    y.setRange(0, max(top, 1) * 1.1)
    y.setLabelFormat("%d" if top >= 5 else "%.1f")
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)


class HourChart(QChartView):
    """Orders packed per hour today (bars) against yesterday and the same weekday last week."""

    hour_clicked = Signal(int, int)  # (days back: 0 today, 1 yesterday, 7 last week; hour)

    def __init__(self) -> None:
        self.chart_ = QChart()
        super().__init__(self.chart_)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.setMinimumHeight(190)  # two rows of charts fit a 768-pixel screen
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.sets: list[QBarSet] = []

    def show_hours(self, title: str, names: Sequence[str],
                   rows: Sequence[Sequence[int]]) -> None:
        """rows: today, yesterday, last week (24 values each); hours 6-22 are shown."""
        self.chart_.removeAllSeries()
        for axis in self.chart_.axes():
            self.chart_.removeAxis(axis)
        self.chart_.setTitle(title)
        series = QBarSeries()
        self.sets = []
        for back, name, values, color in zip((0, 1, 7), names, rows,
                                             (BAR, YESTERDAY, LAST_WEEK), strict=True):
            bar = QBarSet(name)
            bar.setColor(color)
            bar.append([float(v) for v in values[6:23]])
            bar.clicked.connect(lambda i, b=back: self.hour_clicked.emit(b, i + 6))
            series.append(bar)
            self.sets.append(bar)
        self.chart_.addSeries(series)
        top = max((max(r[6:23]) for r in rows), default=0)
        _axes(self.chart_, series, [str(h) for h in range(6, 23)], top)


class TrendChart(QChartView):
    """One measure day by day with the admin's target as a red line."""

    day_clicked = Signal(int)  # index of the day in the trend

    def __init__(self) -> None:
        self.chart_ = QChart()
        super().__init__(self.chart_)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.setMinimumHeight(170)
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.line = QLineSeries()
        self.target = QLineSeries()

    def show_trend(self, titles: tuple[str, str, str], labels: Sequence[str],
                   values: Sequence[float], target: float) -> None:
        """titles: the chart's, the measure's and the target's."""
        title, name, target_name = titles
        self.chart_.removeAllSeries()
        for axis in self.chart_.axes():
            self.chart_.removeAxis(axis)
        self.chart_.setTitle(title)
        self.line, self.target = QLineSeries(), QLineSeries()
        self.line.setName(name)
        self.line.setPointsVisible(len(values) <= 31)  # 90 markers cost more than they say
        self.line.setPen(QPen(BAR, 2))
        self.target.setName(target_name)
        self.target.setPen(QPen(TARGET, 2, Qt.PenStyle.DashLine))
        for i, v in enumerate(values):
            self.line.append(QPointF(i, float(v)))
            self.target.append(QPointF(i, float(target)))
        self.line.clicked.connect(lambda p: self.day_clicked.emit(round(p.x())))
        self.chart_.addSeries(self.line)
        self.chart_.addSeries(self.target)
        x = QCategoryAxis()  # the day's date under every few points
        x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        x.setRange(0, max(len(values) - 1, 1))
        step = max(len(labels) // 6, 1)
        for i in range(len(labels) - 1, -1, -step):
            x.append(labels[i], i)
        y = QValueAxis()
        y.setRange(0, max(max(values, default=0), target, 1) * 1.15)
        self.chart_.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart_.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for s in (self.line, self.target):
            s.attachAxis(x)
            s.attachAxis(y)


class PackerChart(QChartView):
    """人時生産性 per packer: orders per person-hour, busiest on top."""

    def __init__(self) -> None:
        self.chart_ = QChart()
        super().__init__(self.chart_)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.setMinimumHeight(170)
        self.chart_.legend().hide()
        self.set = QBarSet("")

    def show_packers(self, title: str, names: Sequence[str], values: Sequence[float]) -> None:
        self.chart_.removeAllSeries()
        for axis in self.chart_.axes():
            self.chart_.removeAxis(axis)
        self.chart_.setTitle(title)
        series = QHorizontalBarSeries()
        self.set = QBarSet(title)
        self.set.setColor(BAR)
        self.set.append([float(v) for v in reversed(values)])
        series.append(self.set)
        self.chart_.addSeries(series)
        y = QBarCategoryAxis()
        y.append(list(reversed(names)) or [""])
        font = y.labelsFont()  # 15 packers' names, whole: "…" tells the lead nothing
        font.setPixelSize(11)
        y.setLabelsFont(font)
        y.setTruncateLabels(False)
        x = QValueAxis()
        x.setRange(0, max(max(values, default=0), 1) * 1.1)
        self.chart_.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        self.chart_.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        series.attachAxis(y)
