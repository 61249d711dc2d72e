"""A Kyiv practice whose reviews are all on Doc.ua opens Reports -> Review-request card: the
card offered Google, a page the practice does not have. It now starts at the practice's own
site (the one with the most reviews when there are several); her choice, once made, is kept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from clinicrep.i18n import install_translators
from clinicrep.model import Platform, Review, Source, SourceKind, utc_now
from clinicrep.store.reviews import upsert_reviews
from clinicrep.store.sources import add_source


@pytest.fixture
def ukrainian(qapp) -> Iterator[None]:
    install_translators(QApplication.instance(), "uk")
    yield
    install_translators(QApplication.instance(), "en")


def _reviews_on(db, platform: Platform, name: str, count: int) -> None:
    source = add_source(db, Source(kind=SourceKind.DEMO, name=name, platform=platform))
    upsert_reviews(
        db,
        [
            Review(
                source_id=source.id,
                external_id=f"{platform.value}-{n}",
                created_at=utc_now() - timedelta(days=n + 1),
                author="Олена",
                rating=5,
                text=f"Дякую лікарці за уважність {n}",
            )
            for n in range(count)
        ],
    )


def _card_platform_offered(db, qtbot) -> str:
    """Open the card from the menu as she does, read the platform offered, cancel."""
    from clinicrep.ui.main_window import MainWindow
    from clinicrep.ui.report_dialogs import RequestCardDialog

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RequestCardDialog):
            seen.append(dialog.platform.currentText())
            dialog.reject()
            return
        QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    window.card_action.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    window.close()
    return seen[0]


def test_a_doc_ua_only_practice_is_offered_doc_ua(ukrainian, db, qtbot):
    _reviews_on(db, Platform.DOCUA, "Doc.ua", 5)
    assert _card_platform_offered(db, qtbot) == "Doc.ua"


def test_the_site_with_the_most_reviews_comes_first(ukrainian, db, qtbot):
    _reviews_on(db, Platform.GOOGLE, "Google", 2)
    _reviews_on(db, Platform.HELSI, "Helsi", 7)
    _reviews_on(db, Platform.DOCUA, "Doc.ua", 4)
    assert _card_platform_offered(db, qtbot) == "Helsi"


def test_her_chosen_platform_is_kept(ukrainian, db, qtbot):
    from dataclasses import replace

    from clinicrep.settings import load_settings, save_settings

    _reviews_on(db, Platform.DOCUA, "Doc.ua", 5)
    save_settings(db, replace(load_settings(db), review_card_platform=Platform.GOOGLE.value))
    assert _card_platform_offered(db, qtbot) == "Google"
