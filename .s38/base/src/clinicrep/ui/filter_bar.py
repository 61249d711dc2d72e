"""The inbox's filters: what to show, platform, stars, sentiment, topic, period, search."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from clinicrep.labels import aspect_label, platform_label, sentiment_label, topic_label
from clinicrep.model import (
    OPEN_STATUSES,
    AnswerClock,
    Aspect,
    Platform,
    Sentiment,
    Status,
    Topic,
    utc_now,
)
from clinicrep.store.inbox import ReviewQuery
from clinicrep.store.locations import Location
from clinicrep.ui.choice_box import ChoiceBox
from clinicrep.ui.flow_layout import FlowLayout
from clinicrep.ui.location_choice import fill_locations
from clinicrep.ui.placeholder_fit import keep_placeholder_whole

SEARCH_DELAY_MS = 120
VIEWS = (
    "attention",
    "all",
    "new",
    "in_progress",
    "answered",
    "escalated",
    "dismissed",
    "imported_history",
    "overdue",
)
WAITING_FOR_APPROVAL = "waiting_for_approval"  # a view offered while approval is on
PERIODS = {"any": None, "7d": 7, "30d": 30, "90d": 90, "365d": 365}


class FilterBar(QWidget):
    """Emits ``changed`` when the user changes a filter (search is debounced)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._explicit: tuple[datetime | None, datetime | None, str] = (None, None, "")

        self.view = self._combo(self.tr("Show"))
        for key, label in (
            ("attention", self.tr("Needs attention")),
            ("all", self.tr("All reviews")),
            ("new", self.tr("New")),
            ("in_progress", self.tr("In progress")),
            ("answered", self.tr("Answered")),
            ("escalated", self.tr("Escalated")),
            ("dismissed", self.tr("Dismissed")),
            ("imported_history", self.tr("Imported history")),
            ("overdue", self.tr("Overdue")),
        ):
            self.view.addItem(label, key)

        # the practice's locations (issue 20): shown only when it names two or more places
        self.location = self._combo(self.tr("Location"))
        self.location.setObjectName("locationFilter")
        self.location.addItem(self.tr("All locations"), None)
        self.location.setVisible(False)

        self.platform = self._combo(self.tr("Platform"))
        self.platform.addItem(self.tr("All platforms"), None)
        for platform in Platform:
            self.platform.addItem(platform_label(platform), platform)

        self.stars = self._combo(self.tr("Stars"))
        self.stars.addItem(self.tr("Any stars"), None)
        for n in range(5, 0, -1):
            self.stars.addItem("★" * n, n)
        self.stars.addItem(self.tr("No stars"), 0)

        self.sentiment = self._combo(self.tr("Sentiment"))
        self.sentiment.addItem(self.tr("Any sentiment"), None)
        for sentiment in Sentiment:
            self.sentiment.addItem(sentiment_label(sentiment), sentiment)

        self.topic = self._combo(self.tr("Topic"))
        self.topic.addItem(self.tr("Any topic"), None)
        for topic in Topic:
            self.topic.addItem(topic_label(topic), topic)

        # what the review praises or blames (issue 19): "Doctor: praise", "Waiting time: complaint"
        self.aspect = self._combo(self.tr("Praise or complaint"))
        self.aspect.setObjectName("aspectFilter")
        self.aspect.addItem(self.tr("Any praise or complaint"), None)
        for aspect in Aspect:
            name = aspect_label(aspect)
            self.aspect.addItem(
                self.tr("{aspect}: praise").format(aspect=name), f"{aspect.value}:positive"
            )
            self.aspect.addItem(
                self.tr("{aspect}: complaint").format(aspect=name), f"{aspect.value}:negative"
            )

        self.period = self._combo(self.tr("Period"))
        for key, label in (
            ("any", self.tr("Any time")),
            ("7d", self.tr("Last 7 days")),
            ("30d", self.tr("Last 30 days")),
            ("90d", self.tr("Last 3 months")),
            ("365d", self.tr("Last 12 months")),
        ):
            self.period.addItem(label, key)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search reviews (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search reviews"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        keep_placeholder_whole(self.search)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed.emit)
        self.search.textChanged.connect(lambda _t: self._timer.start())

        self.chart_filter = QLabel()
        self.chart_filter.setObjectName("chartFilter")
        self.clear_chart = QToolButton()
        self.clear_chart.setText(self.tr("Clear"))
        self.clear_chart.setAccessibleName(self.tr("Clear the chart filter"))
        self.clear_chart.clicked.connect(self.clear_explicit_range)
        self._show_explicit()
        # always there: one click back to what the inbox opens with
        self.clear_all = QToolButton()
        self.clear_all.setObjectName("clearFilters")
        self.clear_all.setText(self.tr("Clear filters"))
        self.clear_all.setToolTip(self.tr("Show what needs attention, with no other filter"))
        self.clear_all.clicked.connect(lambda: self.reset())
        self.changed.connect(self._update_clear_all)
        self._update_clear_all()

        # a row that goes on to a next line where the window is narrower than the filters
        # (1,000 px of them in English, 1,170 in Russian): the window fits an 800 px screen
        layout = FlowLayout(self, spacing=4, narrowest=True)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget in (
            self.view,
            self.location,
            self.platform,
            self.stars,
            self.sentiment,
            self.topic,
            self.aspect,
            self.period,
            self.search,
            self.chart_filter,
            self.clear_chart,
            self.clear_all,
        ):
            layout.addWidget(widget)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        """Every filter on one line where there is room; the bar's height follows the lines
        its width needs (``resizeEvent``)."""
        layout = self.layout()
        margins = self.contentsMargins()
        width = margins.left() + margins.right()
        if layout is not None:
            shown = [layout.itemAt(i) for i in range(layout.count())]
            items = [item for item in shown if item is not None and not item.isEmpty()]
            width += sum(item.minimumSize().width() for item in items) + 4 * max(0, len(items) - 1)
            width += layout.contentsMargins().left() + layout.contentsMargins().right()
        return QSize(width, self._height_for(width))

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        narrowest = layout.minimumSize().width() if layout is not None else 0
        return QSize(narrowest, self._height_for(max(self.width(), narrowest)))

    def _height_for(self, width: int) -> int:
        layout = self.layout()
        return layout.heightForWidth(width) if layout is not None else 0

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = self._height_for(event.size().width())
        if needed != self.minimumHeight():
            # a line more (or fewer): the tool bar, and the window's layout, make room for it
            self.setMinimumHeight(needed)
            self.updateGeometry()

    def take_search(self, layout: QBoxLayout) -> None:
        """Show the search box in ``layout`` (the window's menu-bar corner); it stays this
        bar's filter: typing in it still filters the inbox."""
        own = self.layout()
        if own is not None:
            own.removeWidget(self.search)
        layout.addWidget(self.search)

    def take_location(self, layout: QBoxLayout) -> None:
        """Show the location choice in ``layout`` (the menu bar's corner, beside the search:
        with seven filters in Russian the bar alone is 1,170 px of a 1280 px screen); it
        stays this bar's filter."""
        own = self.layout()
        if own is not None:
            own.removeWidget(self.location)
        layout.addWidget(self.location)

    def _combo(self, name: str) -> QComboBox:
        combo = ChoiceBox()
        # long translations must not push the bar off the window: the list shows them whole
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(11)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        combo.currentIndexChanged.connect(lambda _i, c=combo: fit_to_current(c))
        return combo

    def stop_pending(self) -> None:
        """Forget a search still waiting for its debounce (the window is closing)."""
        self._timer.stop()

    def _combos(self) -> tuple[QComboBox, ...]:
        return (
            self.view,
            self.location,
            self.platform,
            self.stars,
            self.sentiment,
            self.topic,
            self.aspect,  # "Clear filters" and a chart click clear it too
            self.period,
        )

    # -- what the practice has -------------------------------------------------------
    def set_locations(self, locations: Sequence[Location]) -> None:
        """The practice's locations; none: no location filter at all. The choice is kept
        when the location still exists."""
        found = fill_locations(self.location, locations, self.tr("All locations"))
        fit_to_current(self.location)
        if found < 0:
            self.changed.emit()  # the location shown was removed: show them all

    def set_approval_view(self, shown: bool) -> None:
        """Offer "Waiting for approval" among the views (approval is on)."""
        index = self.view.findData(WAITING_FOR_APPROVAL)
        if shown and index < 0:
            self.view.addItem(self.tr("Waiting for approval"), WAITING_FOR_APPROVAL)
        elif not shown and index >= 0:
            current = self.view.currentIndex() == index
            self.view.blockSignals(current)
            self.view.removeItem(index)
            self.view.blockSignals(False)
            if current:
                self.view.setCurrentIndex(0)

    def show_waiting_for_approval(self) -> None:
        """The owner's one click from the status bar: what waits for approval, nothing else,
        in the location chosen (the count beside it is that location's)."""
        place = self.location.currentIndex()
        self.reset(notify=False)
        self.location.blockSignals(True)
        self.location.setCurrentIndex(place)
        self.location.blockSignals(False)
        fit_to_current(self.location)
        self.view.setCurrentIndex(max(0, self.view.findData(WAITING_FOR_APPROVAL)))
        self.changed.emit()

    def is_default(self) -> bool:
        return (
            all(combo.currentIndex() == 0 for combo in self._combos())
            and not self.search.text()
            and self._explicit[0] is None
        )

    def _update_clear_all(self) -> None:
        self.clear_all.setEnabled(not self.is_default())

    def reset(self, *, notify: bool = True) -> None:
        """Every filter back to what the inbox opens with ("needs attention", nothing else)."""
        for combo in self._combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
            fit_to_current(combo)
        self._timer.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._explicit = (None, None, "")
        self._show_explicit()
        if notify:
            self.changed.emit()

    def show_chart_selection(
        self,
        *,
        platform: object = None,
        aspect: tuple[object, object] | None = None,
        sentiment: object = None,
        period: tuple[datetime, datetime, str] | None = None,
        location: object = None,
    ) -> None:
        """What a click on a chart selects, in place of every filter set before (a second
        click never narrows the first one's selection down to nothing). ``aspect``: an
        (aspect, polarity) of the aspect charts, as the "Praise or complaint" filter's."""
        self.reset(notify=False)
        for combo, value in (
            (self.view, "all"),
            (self.platform, platform),
            (self.aspect, None if aspect is None else "{}:{}".format(*aspect)),
            (self.sentiment, sentiment),
            (self.location, location),  # the charts showed one location: so does the inbox
        ):
            if value is None:
                continue
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
            fit_to_current(combo)
        if period is not None:
            self._explicit = period
            self._show_explicit()
        self.changed.emit()

    # -- chart click-through ---------------------------------------------------
    def set_explicit_range(self, start: datetime, end: datetime, label: str) -> None:
        """Show only reviews from [start, end) (a clicked bar or point); 'Clear' undoes it."""
        self._explicit = (start, end, label)
        self.period.blockSignals(True)
        self.period.setCurrentIndex(0)
        self.period.blockSignals(False)
        self.view.blockSignals(True)
        self.view.setCurrentIndex(self.view.findData("all"))
        self.view.blockSignals(False)
        self._show_explicit()
        self.changed.emit()

    def clear_explicit_range(self) -> None:
        self._explicit = (None, None, "")
        self._show_explicit()
        self.changed.emit()

    def _show_explicit(self) -> None:
        label = self._explicit[2]
        self.chart_filter.setText(self.tr("Chart: {what}").format(what=label) if label else "")
        self.chart_filter.setVisible(bool(label))
        self.clear_chart.setVisible(bool(label))

    # -- the query ---------------------------------------------------------------
    def apply(
        self, base: ReviewQuery, *, clock: AnswerClock, now: datetime | None = None
    ) -> ReviewQuery:
        key = self.view.currentData()
        overdue = None
        statuses: tuple[Status, ...]
        waiting = key == WAITING_FOR_APPROVAL
        if key == "attention":
            statuses = OPEN_STATUSES
        elif key in ("all", WAITING_FOR_APPROVAL):
            statuses = ()
        elif key == "overdue":
            statuses, overdue = OPEN_STATUSES, clock
        else:
            statuses = (Status(key),)
        platform = self.platform.currentData()
        stars = self.stars.currentData()
        sentiment = self.sentiment.currentData()
        topic = self.topic.currentData()
        aspect = self.aspect.currentData()
        start, end, _label = self._explicit
        days = PERIODS.get(self.period.currentData())
        if days and start is None:
            start, end = (now or utc_now()) - timedelta(days=days), None
        return replace(
            base,
            statuses=statuses,
            overdue=overdue,
            # combo boxes hand enum values back as plain strings
            platforms=(Platform(platform),) if platform else (),
            ratings=(int(stars),) if stars is not None else (),
            sentiments=(Sentiment(sentiment),) if sentiment else (),
            topics=(Topic(topic),) if topic else (),
            aspects=_aspect_choice(aspect),
            created_from=start,
            created_to=end,
            search=self.search.text().strip(),
            location_id=self.location.currentData(),
            waiting_for_approval=waiting,
        )


def fit_to_current(combo: QComboBox) -> None:
    """The closed box as wide as its current choice (a translation is never cut, and short
    choices leave room to the search field); its list keeps its widest choice (ChoiceBox)."""
    metrics = combo.fontMetrics()
    arrow = combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 16
    current = metrics.horizontalAdvance(combo.currentText()) + arrow
    combo.setMinimumWidth(max(current, metrics.horizontalAdvance("x" * 11) + arrow))


def _aspect_choice(data: object) -> tuple[tuple[Aspect, Sentiment | None], ...]:
    """The aspect combo's "doctor:negative" as the query's (aspect, polarity)."""
    if not data:
        return ()
    aspect, _, polarity = str(data).partition(":")
    return ((Aspect(aspect), Sentiment(polarity) if polarity else None),)
