"""The monthly summary, the CSV export and the review-request cards, from the window.

Each asks what it needs, then makes its file off the GUI thread and offers to open it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from clinicrep import paths
from clinicrep.i18n import normalise
from clinicrep.labels import platform_label
from clinicrep.messages import user_message
from clinicrep.model import Platform
from clinicrep.reports.export import export_csv
from clinicrep.reports.language import ReportLanguage
from clinicrep.reports.request_card import (
    CardLayout,
    InvalidReviewLink,
    check_review_link,
    render_request_card,
    review_gating_notice,
)
from clinicrep.reports.service import last_complete_month, make_monthly_report
from clinicrep.settings import Settings
from clinicrep.store import open_database
from clinicrep.store.inbox import ReviewQuery
from clinicrep.store.locations import Location
from clinicrep.store.reviews import count_reviews
from clinicrep.ui.choice_box import ChoiceBox
from clinicrep.ui.settings_dialog import NATIVE_LANGUAGE_NAMES
from clinicrep.ui.workers import Op, Progress


def _documents() -> Path:
    return paths.documents_dir()


def _finished(parent: QWidget, title: str, path: Path, text: str = "") -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setText(
        text or QCoreApplication.translate("ReportDialogs", "Saved to {path}").format(path=path)
    )
    open_button = box.addButton(
        QCoreApplication.translate("ReportDialogs", "Open"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setObjectName("savedMessage")
    box.buttonClicked.connect(
        lambda button: (
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            if button is open_button
            else None
        )
    )
    box.open()  # not exec(): the window stays usable


def _failed(parent: QWidget, title: str, error: BaseException) -> None:
    QMessageBox.warning(parent, title, user_message(error))


def recent_months(count: int = 24, now: datetime | None = None) -> list[str]:
    """The last complete month first, going back ``count`` months."""
    year, month = (int(part) for part in last_complete_month(now).split("-"))
    months = []
    for _ in range(count):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return months


class MonthlyReportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, locations: Sequence[Location] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Monthly summary"))
        self.month = ChoiceBox()
        self.month.setAccessibleName(self.tr("Month"))
        words = ReportLanguage()  # the window's language
        for month in recent_months():
            # "October 2026" as the language writes it, not "2026-10"
            year, number = (int(part) for part in month.split("-"))
            self.month.addItem(words.month_title(year, number), month)
        self.page = ChoiceBox()
        self.page.setAccessibleName(self.tr("Paper size"))
        self.page.addItem(self.tr("A4 (Europe and most countries)"), "A4")
        self.page.addItem(self.tr("US Letter (United States and Canada)"), "Letter")
        self.notes = QCheckBox(self.tr("Include internal notes (only for the practice's eyes)"))
        # a practice with locations: one location's report or the whole practice's
        self.location = ChoiceBox()
        self.location.setObjectName("reportLocation")
        self.location.setAccessibleName(self.tr("Location"))
        self.location.addItem(self.tr("Whole practice (all locations)"), None)
        for place in locations:
            self.location.addItem(place.name, place.id)
        form = QFormLayout()
        form.addRow(self.tr("Month:"), self.month)
        if locations:
            form.addRow(self.tr("Location:"), self.location)
        else:
            self.location.hide()
        form.addRow(self.tr("Paper:"), self.page)
        form.addRow(self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


def make_report_from_window(
    parent: QWidget, db_path: Path, locations: Sequence[Location] = ()
) -> None:
    dialog = MonthlyReportDialog(parent, locations)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    month = dialog.month.currentData()
    location_id = dialog.location.currentData()
    # one location's file is named after it: several reports of a month side by side
    place = dialog.location.currentText() if location_id is not None else ""
    suffix = "-" + "".join(ch if ch.isalnum() else "-" for ch in place).strip("-") if place else ""
    chosen, _f = QFileDialog.getSaveFileName(
        parent,
        dialog.windowTitle(),
        str(_documents() / f"clinicrep-{month}{suffix}.pdf"),
        QCoreApplication.translate("ReportDialogs", "PDF (*.pdf)"),
    )
    if not chosen:
        return
    out = Path(chosen)
    page, notes, title = dialog.page.currentData(), dialog.notes.isChecked(), dialog.windowTitle()

    def work(_p: Progress) -> Path:
        with open_database(db_path) as db:
            return make_monthly_report(
                db,
                month,
                out,
                page_size=page,
                include_internal_notes=notes,
                location_id=location_id,
            )

    (
        Op(parent, work)
        .on_success(lambda path: _finished(parent, title, path))
        .on_failure(lambda e: _failed(parent, title, e))
        .start()
    )


def export_inbox_from_window(parent: QWidget, db_path: Path, query: ReviewQuery) -> None:
    title = QCoreApplication.translate("ReportDialogs", "Export reviews")
    # a file name in the window's language, as the review-request card's
    name = QCoreApplication.translate("ReportDialogs", "clinicrep-reviews")
    chosen, _f = QFileDialog.getSaveFileName(
        parent,
        title,
        str(_documents() / f"{name}.csv"),
        QCoreApplication.translate("ReportDialogs", "CSV (*.csv)"),
    )
    if not chosen:
        return
    out = Path(chosen)

    def work(_p: Progress) -> tuple[int, int]:
        with open_database(db_path) as db:
            return export_csv(db, query, out), count_reviews(db)

    def written(counts: tuple[int, int]) -> None:
        # "Saved to …" alone: a newcomer on "Needs attention" took the file for every review
        # the practice has; it says how many it holds, and how to have them all
        count, every = counts
        if count == every:
            text = QCoreApplication.translate(
                "ReportDialogs", "%n review(s) saved to {path}.", "", count
            )
        else:
            text = QCoreApplication.translate(
                "ReportDialogs",
                "%n review(s) saved to {path}: the ones the inbox shows. To export every "
                "review, choose “All reviews” in the first list above, then export again.",
                "",
                count,
            )
        _finished(parent, title, out, text.format(path=out))

    (Op(parent, work).on_success(written).on_failure(lambda e: _failed(parent, title, e)).start())


class RequestCardDialog(QDialog):
    """A card or poster with a QR code to the practice's review page, for every patient."""

    def __init__(
        self,
        parent: QWidget | None = None,
        practice_name: str = "",
        links: Mapping[str, str] | None = None,
        platform: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review-request card"))
        self.practice_name = practice_name
        # the links typed before, per platform (the practice's settings): typed once, kept
        self.links = dict(links or {})
        self.platform = ChoiceBox()
        self.platform.setAccessibleName(self.tr("Platform"))
        for each in Platform:
            if each != Platform.OFFLINE:
                self.platform.addItem(platform_label(each), each.value)
        self.platform.setCurrentIndex(max(0, self.platform.findData(platform)))
        self.link = QLineEdit()
        self.link.setAccessibleName(self.tr("Link to the review page"))
        self.link.setPlaceholderText("https://")
        self.link.setText(self.links.get(self.platform.currentData(), ""))
        self._shown_link = self.link.text()
        self.platform.currentIndexChanged.connect(self._platform_changed)
        self.language = ChoiceBox()
        self.language.setAccessibleName(self.tr("Language of the card"))
        for code, name in NATIVE_LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        # the window's language first: a Polish desk prints a Polish card unless it asks
        self.language.setCurrentIndex(max(0, self.language.findData(normalise(QLocale().name()))))
        self.layout_choice = ChoiceBox()
        self.layout_choice.setAccessibleName(self.tr("Layout"))
        self.layout_choice.addItem(self.tr("One poster for the desk"), CardLayout.POSTER.value)
        self.layout_choice.addItem(self.tr("Four cards to cut out"), CardLayout.CARDS.value)
        notice = QLabel(review_gating_notice())
        notice.setObjectName("gatingNotice")
        notice.setWordWrap(True)
        notice.setTextFormat(Qt.TextFormat.PlainText)
        notice.setStyleSheet("color: #8d6e00;")
        form = QFormLayout()
        form.addRow(self.tr("Platform:"), self.platform)
        form.addRow(self.tr("Review page link:"), self.link)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Layout:"), self.layout_choice)
        # a missing link is said here, before the file is chosen, and the choices stay
        self.problem = QLabel()
        self.problem.setObjectName("linkProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(notice)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _platform_changed(self) -> None:
        # another platform's remembered link replaces the one shown, never what she typed
        if self.link.text() == self._shown_link:
            self.link.setText(self.links.get(self.platform.currentData(), ""))
            self._shown_link = self.link.text()

    def remembered_links(self) -> dict[str, str]:
        """The links to keep for next time: the one on the card under its platform."""
        return {**self.links, self.platform.currentData(): self.link.text().strip()}

    def accept(self) -> None:
        try:
            check_review_link(self.link.text())
        except InvalidReviewLink as e:
            self.problem.setText(user_message(e))
            self.problem.show()
            self.link.setFocus()
            return
        self.problem.hide()
        super().accept()

    def render_card(self, out: Path) -> Path:
        return render_request_card(
            out,
            url=self.link.text().strip(),
            platform=Platform(self.platform.currentData()),
            language=self.language.currentData(),
            practice_name=self.practice_name,
            layout=CardLayout(self.layout_choice.currentData()),
        )


def make_card_from_window(
    parent: QWidget, settings: Settings, remember: Callable[[dict[str, str], str], None]
) -> None:
    """Ask for the card, keep its link and platform (``remember``), then save the PDF."""
    dialog = RequestCardDialog(
        parent, settings.practice_name, settings.review_card_links, settings.review_card_platform
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    remember(dialog.remembered_links(), dialog.platform.currentData())
    # a file name in the window's language, as the desk would name it
    name = QCoreApplication.translate("ReportDialogs", "review-card")
    chosen, _f = QFileDialog.getSaveFileName(
        parent,
        dialog.windowTitle(),
        str(_documents() / f"{name}.pdf"),
        QCoreApplication.translate("ReportDialogs", "PDF (*.pdf)"),
    )
    if not chosen:
        return
    try:
        path = dialog.render_card(Path(chosen))
    except Exception as e:  # a bad link or an unwritable folder: say so, keep the window
        _failed(parent, dialog.windowTitle(), e)
        return
    _finished(parent, dialog.windowTitle(), path)
