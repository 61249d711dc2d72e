"""The review's aspects as chips ("Doctor: praise", "Reception: complaint"), and corrections.

Hovering a chip shows the words it was read from; clicking it offers praise / complaint / not
about this. The sentiment button corrects the review's sentiment, and "Add" names an aspect the
analysis missed. Corrections go to the store at once (store.aspects, kept apart from the
analysis so that re-analysis never undoes them); ``corrected`` tells the window to re-read.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QToolButton, QWidget

from clinicrep.labels import aspect_label, sentiment_label
from clinicrep.model import Aspect, AspectOpinion, Review, Sentiment
from clinicrep.store.aspects import aspects_of, correct_aspect, correct_sentiment
from clinicrep.store.db import Database
from clinicrep.ui.flow_layout import FlowLayout

_COLOURS = {
    Sentiment.POSITIVE: "background: #e6f4ea; color: #1e5631; border: 1px solid #2e7d32;",
    Sentiment.NEGATIVE: "background: #fdecea; color: #8e1c1c; border: 1px solid #c62828;",
}


# px kept free at a menu button's right for its arrow
ARROW_ROOM = 12


class AspectChips(QWidget):
    corrected = Signal(int)  # review id: the window re-reads the inbox and the pane

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("What the review praises and blames"))
        self._db: Database | None = None
        self._review_id: int | None = None
        self._opinions: tuple[AspectOpinion, ...] = ()
        self.chips: list[QToolButton] = []
        self.sentiment = QToolButton()
        self.sentiment.setObjectName("sentimentCorrection")
        self.sentiment.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add = QToolButton()
        self.add.setObjectName("addAspect")
        self.add.setText(self.tr("Add…"))
        self.add.setToolTip(self.tr("Name something the review praises or blames"))
        self.add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # room for the menu's arrow: drawn over the last letter ("Отрицательна▾я") without it
        for button in (self.sentiment, self.add):
            button.setStyleSheet(f"QToolButton {{ padding-right: {ARROW_ROOM}px; }}")
        self.empty = QLabel(self.tr("No praise or complaint found"))
        self.empty.setStyleSheet("color: palette(mid);")
        # a row that goes on to a next line: five chips in Ukrainian were wider than the pane
        self._row = FlowLayout(self)
        self._row.addWidget(self.sentiment)
        self._row.addWidget(self.empty)
        self._row.addWidget(self.add)
        # the sentiment and "Add…" menus are made once and set for each review: each review
        # shown made a dozen menus and thirty actions with their connections, and kept them
        # all (children of this widget, never deleted: the window grew with every review)
        self._sentiments: dict[Sentiment, QAction] = {}
        self.sentiment.setMenu(self._sentiment_menu())
        self._additions: dict[Aspect, QAction] = {}
        self.add.setMenu(self._add_menu())
        self.show_review(None)

    def attach(self, db: Database) -> None:
        """The store the chips read and correct (the window's connection)."""
        self._db = db

    def show_review(self, review: Review | None) -> None:
        for chip in self.chips:
            self._row.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        self._review_id = review.id if review is not None else None
        shown = self._db is not None and review is not None and review.id is not None
        self.setVisible(shown)
        if not shown or review is None or review.id is None or self._db is None:
            return
        from clinicrep.store.live import is_connection_lost

        try:
            found = aspects_of(self._db, review.id)
        except Exception as e:  # the server away: no chips until the review is shown again
            if not is_connection_lost(e):
                raise
            self.setVisible(False)
            return
        self._opinions = found.opinions
        sentiment = review.analysis.sentiment if review.analysis else Sentiment.NEUTRAL
        self.sentiment.setText(
            self.tr("Sentiment: {name} (corrected)").format(name=sentiment_label(sentiment))
            if found.sentiment_corrected
            else self.tr("Sentiment: {name}").format(name=sentiment_label(sentiment))
        )
        self.sentiment.setToolTip(self.tr("Click to correct the sentiment"))
        for choice, action in self._sentiments.items():
            action.setChecked(choice == sentiment)
        for opinion in found.opinions:
            chip = QToolButton()
            chip.setObjectName(f"aspect-{opinion.aspect.value}")
            chip.setText(self._chip_text(opinion))
            chip.setStyleSheet(f"QToolButton {{ {_COLOURS[opinion.polarity]} border-radius: 9px;"
                               " padding: 1px 8px; }")  # fmt: skip
            chip.setToolTip(self._chip_tooltip(opinion))
            chip.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            chip.setMenu(self._aspect_menu(opinion.aspect, opinion.polarity, chip))
            self._row.insertWidget(1 + len(self.chips), chip)
            self.chips.append(chip)
        self.empty.setVisible(not found.opinions)
        present = {o.aspect for o in found.opinions}
        for aspect, action in self._additions.items():
            action.setVisible(aspect not in present)

    def _chip_text(self, opinion: AspectOpinion) -> str:
        name = aspect_label(opinion.aspect)
        if opinion.polarity == Sentiment.POSITIVE:
            return self.tr("{aspect}: praise").format(aspect=name)
        return self.tr("{aspect}: complaint").format(aspect=name)

    def _chip_tooltip(self, opinion: AspectOpinion) -> str:
        if opinion.corrected:
            return self.tr("Set by you. Click to change it.")
        return self.tr("Read from: “{words}”. Click to correct it.").format(words=opinion.words)

    # -- menus ---------------------------------------------------------------------------------
    def _sentiment_menu(self) -> QMenu:
        menu = QMenu(self)
        for sentiment in (
            Sentiment.POSITIVE,
            Sentiment.MIXED,
            Sentiment.NEUTRAL,
            Sentiment.NEGATIVE,
        ):
            action = menu.addAction(sentiment_label(sentiment))
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, s=sentiment: self.set_sentiment(s))
            self._sentiments[sentiment] = action
        return menu

    def _aspect_menu(self, aspect: Aspect, current: Sentiment | None, parent: QWidget) -> QMenu:
        menu = QMenu(parent)  # goes with its chip (or the "Add…" menu)
        choices: list[tuple[str, Sentiment | None]] = [
            (self.tr("Praise"), Sentiment.POSITIVE),
            (self.tr("Complaint"), Sentiment.NEGATIVE),
        ]
        if current is not None:
            choices.append((self.tr("Not about this"), None))
        for text, polarity in choices:
            action = menu.addAction(text)
            action.setCheckable(polarity is not None)
            action.setChecked(polarity is not None and polarity == current)
            action.triggered.connect(lambda _=False, p=polarity: self.set_aspect(aspect, p))
        return menu

    def _add_menu(self) -> QMenu:
        """Every aspect; those the review already has are hidden (``show_review``)."""
        menu = QMenu(self)
        for aspect in Aspect:
            submenu = self._aspect_menu(aspect, None, menu)
            submenu.setTitle(aspect_label(aspect))
            submenu.setObjectName(f"add-{aspect.value}")
            self._additions[aspect] = menu.addMenu(submenu)
        return menu

    # -- corrections ---------------------------------------------------------------------------
    def set_sentiment(self, sentiment: Sentiment) -> None:
        if self._db is None or self._review_id is None:
            return
        correct_sentiment(self._db, self._review_id, sentiment)
        self.corrected.emit(self._review_id)

    def set_aspect(self, aspect: Aspect, polarity: Sentiment | None) -> None:
        if self._db is None or self._review_id is None:
            return
        correct_aspect(self._db, self._review_id, aspect, polarity)
        self.corrected.emit(self._review_id)
