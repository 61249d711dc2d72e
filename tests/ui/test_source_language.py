"""A practice connected its Google profile with the wrong "Language of the reviews" and set it
right in Settings → Sources → Edit. Google gives no review's language, so a short review
("Super") is read in the source's language: the next sync kept every stored review's old
analysis (its title, text and stars were unchanged) and the inbox went on showing them in
the old language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from clinicrep.secrets import TokenStore
from clinicrep.store import Database
from clinicrep.store.reviews import get_review_by_external_id
from clinicrep.store.sources import get_source
from clinicrep.sync import sync_source
from clinicrep.ui.sources_dialog import SourceForm
from fakes.google_server import FakeGoogle
from fakes.source_setup import google_source

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL


@pytest.fixture
def google_api() -> Iterator[FakeGoogle]:
    with FakeGoogle() as api:
        yield api  # type: ignore[misc]


def test_a_changed_language_of_the_reviews_is_followed_by_the_next_sync(
    db: Database, google_api: FakeGoogle, qtbot
) -> None:
    clinic = google_api.add_location("200", "300", "Przychodnia Rodzinna")
    (short,) = google_api.add_reviews(clinic, 1, comment="Super")
    tokens = TokenStore()
    source = google_source(db, google_api, tokens)  # "Language of the reviews": English
    assert sync_source(db, source, tokens=tokens).ok
    first = get_review_by_external_id(db, source.id, short.review_id)
    assert first is not None and first.analysis is not None
    assert first.analysis.language == "en"

    # Settings → Sources → Edit: the reviews are in Polish
    form = SourceForm(source, tokens=tokens)
    qtbot.addWidget(form)
    form.language.setCurrentIndex(form.language.findData("pl"))
    form.save(db)

    again = get_source(db, source.id)
    assert again is not None and again.language == "pl"
    assert sync_source(db, again, tokens=tokens, full=True).ok
    short_one = get_review_by_external_id(db, source.id, short.review_id)
    assert short_one is not None and short_one.analysis is not None
    assert short_one.analysis.language == "pl"  # the old code kept "en"
