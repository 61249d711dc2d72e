"""The selected review, whole: who, where, when, stars, text (always plain text), status."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clinicrep.analysis.triage import describe_urgency
from clinicrep.labels import (
    is_date_only,
    language_label,
    platform_label,
    sentiment_label,
    stars_text,
    status_label,
    topic_label,
)
from clinicrep.model import Review, ReviewVersion, Status
from clinicrep.ui.aspect_chips import AspectChips
from clinicrep.ui.choice_box import ChoiceBox
from clinicrep.ui.icons import platform_icon


def describe_urgency_reason(reason: str) -> str:
    """The analysis keeps a language-neutral reason; it renders it in the UI language."""
    return describe_urgency(reason)


def plain_label(text: str = "") -> QLabel:
    """A label that never interprets platform text as HTML."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    # the window's reading direction places the text, not the text's own: an Arabic or
    # Hebrew name stood at the far edge of the pane, away from "Author:"
    leading = (
        Qt.AlignmentFlag.AlignLeft
        if QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
        else Qt.AlignmentFlag.AlignRight
    )
    label.setAlignment(leading | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
    return label


class ReviewPane(QWidget):
    status_change_requested = Signal(int, object)  # review id, Status

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._review: Review | None = None
        self.setAccessibleName(self.tr("Selected review"))

        self.icon = QLabel()
        self.platform = plain_label()
        self.platform.setObjectName("platform")
        self.stars = plain_label()
        self.stars.setStyleSheet("color: #f9a825; font-size: 16pt;")
        header = QHBoxLayout()
        header.addWidget(self.icon)
        header.addWidget(self.platform, 1)
        header.addWidget(self.stars)

        self.author = plain_label()
        self.author.setObjectName("author")
        self.date = plain_label()
        self.language = plain_label()
        self.analysis = plain_label()
        self.urgency = plain_label()
        self.notice = plain_label()
        self.notice.setStyleSheet("color: #8d6e00;")
        self.status = ChoiceBox()
        self.status.setAccessibleName(self.tr("Status"))
        for status in Status:
            self.status.addItem(status_label(status), status)
        self.status.activated.connect(self._on_status_chosen)

        for label in (self.analysis, self.urgency):
            # wrapped labels in a form must be allowed to grow, or a long reason is clipped
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("Author:"), self.author)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Analysis:"), self.analysis)
        form.addRow(self.tr("Urgency:"), self.urgency)
        form.addRow(self.tr("Status:"), self.status)

        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setObjectName("reviewText")
        self.text.setAccessibleName(self.tr("Review text"))
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.text.setMinimumHeight(80)

        self.extra = QPlainTextEdit()  # translation, earlier versions, the platform's reply
        self.extra.setReadOnly(True)
        self.extra.setObjectName("reviewExtra")
        self.extra.setAccessibleName(self.tr("Earlier versions and replies"))
        self.extra.setMaximumHeight(140)

        self.open_page = QPushButton(self.tr("Open on the platform"))
        self.open_page.clicked.connect(self._open_page)

        # what the review praises and blames, correctable in one click (issue 19)
        self.aspect_chips = AspectChips(self)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addWidget(self.aspect_chips)
        layout.addWidget(self.notice)
        layout.addWidget(self.text, 3)
        layout.addWidget(self.extra, 1)
        layout.addWidget(self.open_page, 0, Qt.AlignmentFlag.AlignLeft)
        self.show_review(None)

    @property
    def review(self) -> Review | None:
        return self._review

    def show_review(self, review: Review | None, versions: Sequence[ReviewVersion] = ()) -> None:
        self._review = review
        self.aspect_chips.show_review(review)
        enabled = review is not None
        for widget in (self.status, self.open_page, self.text, self.extra):
            widget.setEnabled(enabled)
        if review is None:
            self.platform.setText(self.tr("No review selected"))
            for label in (
                self.stars,
                self.author,
                self.date,
                self.language,
                self.analysis,
                self.urgency,
                self.notice,
            ):
                label.setText("")
            self.icon.clear()
            self.text.setPlainText("")
            self.extra.setPlainText("")
            return
        self.icon.setPixmap(platform_icon(review.platform).pixmap(32, 32))
        self.platform.setText(platform_label(review.platform))
        self.stars.setText(stars_text(review.rating, review.recommendation))
        self.author.setText(review.author or self.tr("(no name)"))
        local = review.created_at.astimezone()
        self.date.setText(
            QLocale().toString(
                QDateTime(
                    QDate(local.year, local.month, local.day),
                    QTime(local.hour, local.minute, local.second),
                ),
                # the translators' QLocale pattern: "d MMMM yyyy 'г.' (dddd), HH:mm" in Russian
                QCoreApplication.translate("DateFormat", "dddd, d MMMM yyyy")
                if is_date_only(local)
                else QCoreApplication.translate("DateFormat", "dddd, d MMMM yyyy, HH:mm"),
            )
        )
        analysis = review.analysis
        self.language.setText(language_label(analysis.language) if analysis else "")
        if analysis:
            parts = [sentiment_label(analysis.sentiment)]
            parts += [topic_label(t) for t in analysis.topics]
            self.analysis.setText(" · ".join(parts))
            self.urgency.setText(
                f"{analysis.urgency} — {describe_urgency_reason(analysis.urgency_reason)}"
                if analysis.urgency_reason
                else str(analysis.urgency)
            )
        else:
            self.analysis.setText("")
            self.urgency.setText("")
        notices = []
        if review.is_excerpt:
            notices.append(
                self.tr("The platform shows only an excerpt here; open it to read it all.")
            )
        if review.edited:
            notices.append(self.tr("The author edited this review; earlier text is below."))
        if review.missing_upstream:
            notices.append(self.tr("This review is no longer on the platform. It is kept here."))
        self.notice.setText("\n".join(notices))
        self.notice.setVisible(bool(notices))
        self.status.setCurrentIndex(self.status.findData(review.status))
        self.text.setPlainText(review.text or review.title or self.tr("(rating only, no text)"))
        extra = self._extra_text(review, versions)
        self.extra.setPlainText(extra)
        self.extra.setVisible(bool(extra))
        self.open_page.setEnabled(bool(review.url))

    def _extra_text(self, review: Review, versions: Sequence[ReviewVersion]) -> str:
        blocks = []
        if review.translated_text:
            blocks.append(self.tr("Translation by the platform:") + "\n" + review.translated_text)
        if review.upstream_reply:
            blocks.append(
                self.tr("The practice's reply on the platform:") + "\n" + review.upstream_reply
            )
        for version in reversed(versions):
            stars = stars_text(version.rating)
            when = version.replaced_at.astimezone().strftime("%Y-%m-%d")
            blocks.append(
                self.tr("Earlier version (replaced {date}), {stars}:").format(
                    date=when, stars=stars
                )
                + "\n"
                + version.text
            )
        return "\n\n".join(blocks)

    def _on_status_chosen(self, index: int) -> None:
        if self._review is None or self._review.id is None:
            return
        status = self.status.itemData(index)
        if status != self._review.status:
            self.status_change_requested.emit(self._review.id, status)

    def _open_page(self) -> None:
        if self._review and self._review.url.startswith(("https://", "http://")):
            QDesktopServices.openUrl(QUrl(self._review.url))
