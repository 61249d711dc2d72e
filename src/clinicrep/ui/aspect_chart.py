"""The chart "praise and complaints by aspect, per month" (issue 19).

One aspect at a time (or all together), chosen in a list: per month, the reviews that praise it
(green) and those that blame it (red). Hovering a month shows both numbers; clicking it filters
the inbox to that month's complaints about the aspect (or its praise, where there are none).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from clinicrep.labels import aspect_label
from clinicrep.model import Aspect, Sentiment
from clinicrep.reports.chart_data import AspectMonth
from clinicrep.store.stats import Bucket


class AspectChart(QWidget):
    # start, end, month label, aspect (None: any), polarity
    month_clicked = Signal(object, object, str, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        from clinicrep.ui.charts import BarChart

        super().__init__(parent)
        self.setObjectName("aspectChart")
        self.months: list[AspectMonth] = []
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Aspect shown in the chart"))
        self.choice.addItem(self.tr("All aspects"), None)
        for aspect in Aspect:
            self.choice.addItem(aspect_label(aspect), aspect)
        self.choice.currentIndexChanged.connect(lambda _i: self._draw())
        self.chart = BarChart(self.tr("Praise and complaints by aspect, per month"))
        self.chart.bar_clicked.connect(self._clicked)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Aspect:")))
        top.addWidget(self.choice)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.chart, 1)

    def show_months(self, months: list[AspectMonth]) -> None:
        self.months = months
        self._draw()

    def _counts(self, month: AspectMonth) -> tuple[int, int]:
        aspect = self.choice.currentData()
        chosen = [c for c in month.counts if aspect is None or c.aspect == aspect]
        return sum(c.praise for c in chosen), sum(c.complaints for c in chosen)

    def _draw(self) -> None:
        from clinicrep.ui.charts import GREEN, RED, bucket_label

        labels = [bucket_label(m.start, Bucket.MONTH) for m in self.months]
        counts = [self._counts(m) for m in self.months]
        aspect = self.choice.currentData()
        name = aspect_label(aspect) if aspect is not None else self.tr("All aspects")
        self.chart.set_bars(
            labels,
            [([float(p) for p, _ in counts], GREEN), ([float(c) for _, c in counts], RED)],
            [
                self.tr("{month}: {aspect} praised in {praise}, blamed in {complaints}").format(
                    month=label, aspect=name, praise=p, complaints=c
                )
                for label, (p, c) in zip(labels, counts, strict=True)
            ],
        )

    def _clicked(self, index: int) -> None:
        if not 0 <= index < len(self.months):
            return
        month = self.months[index]
        praise, complaints = self._counts(month)
        polarity = Sentiment.NEGATIVE if complaints or not praise else Sentiment.POSITIVE
        from clinicrep.ui.charts import bucket_label

        self.month_clicked.emit(
            month.start,
            month.end,
            bucket_label(month.start, Bucket.MONTH),
            self.choice.currentData(),
            polarity,
        )
