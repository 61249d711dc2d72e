"""A review in a language other than the practice's is read in its own language (alang28).

A Latin-script review at a Russian, Ukrainian or Chinese source (a tourist's, an expat's) was
left "other" or read with the source's lexicon: no sentiment and no aspects, missing from the
charts and the monthly report. A short German, Czech, French or Spanish review at a Polish
source was read as Polish, its words looked up in the Polish lexicon. A user expects an English
review read as English wherever it was posted, and a review in a language the program does not
read shown as such ("other")."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.analysis.short_texts import analysed, nothing_remembered  # noqa: F401 (autouse)

from clinicrep.labels import language_label
from clinicrep.model import Aspect, Sentiment
from clinicrep.secrets import TokenStore
from clinicrep.store import Database
from clinicrep.store.reviews import get_review_by_external_id
from clinicrep.store.sources import get_source, update_source
from clinicrep.sync import sync_source
from fakes.google_server import FakeGoogle
from fakes.source_setup import google_source


@pytest.mark.parametrize(
    ("text", "source_language", "sentiment", "aspect"),
    [
        (
            "Lovely nurses, spotless clinic, felt really looked after.",
            "ru",
            Sentiment.POSITIVE,
            None,
        ),
        ("Friendly staff, quick visit, clean clinic", "zh", Sentiment.POSITIVE, None),
        ("Rude receptionist, waited two hours", "uk", Sentiment.NEGATIVE, Aspect.RECEPTION),
    ],
)
def test_english_review_at_a_practice_of_another_script_is_read_as_english(
    text: str, source_language: str, sentiment: Sentiment, aspect: Aspect | None
) -> None:
    analysis = analysed(text, source_language)
    assert analysis.language == "en"
    assert analysis.sentiment is sentiment
    if aspect is not None:
        assert (aspect, sentiment) in {(o.aspect, o.polarity) for o in analysis.aspects}


@pytest.mark.parametrize(
    ("text", "source_language"),
    [
        ("Alles super, danke!", "pl"),
        ("Der Arzt war unfreundlich und hektisch", "pl"),
        ("Lékař byl velmi milý, děkuji", "pl"),
        ("Veľmi príjemný lekár, odporúčam", "pl"),
        ("Médecin très gentil, je recommande", "pl"),
        ("Todo perfecto, gracias", "pl"),
        ("Sehr nette Ärztin, kurze Wartezeit.", "ru"),
        ("Dottore molto gentile e preciso", "zh"),
        ("Sehr gut, danke", "en"),
    ],
)
def test_short_review_in_a_language_not_read_is_shown_as_other(
    text: str, source_language: str
) -> None:
    analysis = analysed(text, source_language)
    assert analysis.language == "other"
    assert analysis.aspects == ()


def test_english_review_of_few_words_at_a_polish_practice_is_english() -> None:
    analysis = analysed("Kind doctor, quick appointment", "pl")
    assert analysis.language == "en"
    assert analysis.sentiment is Sentiment.POSITIVE


@pytest.mark.parametrize(
    ("text", "source_language", "language"),
    [
        # Polish without its letters stays Polish at its source, and is Polish at another
        ("Bardzo mila pani doktor, polecam", "pl", "pl"),
        ("Dziekuje za pomoc, super obsluga", "pl", "pl"),
        ("Bardzo dobry specjalista.", "ru", "pl"),
        # "termin" is German too, and Polish: no foreign word
        ("Termin ok", "pl", "pl"),
        # an English review naming a doctor with an umlaut stays English
        ("Dr Müller, lovely", "en", "en"),
        # a name's French word among English review words that are not common words
        ("Lovely care, Dr de Vries", "en", "en"),
    ],
)
def test_reviews_in_the_languages_read_keep_them(
    text: str, source_language: str, language: str
) -> None:
    assert analysed(text, source_language).language == language


def test_a_russian_practice_s_google_reviews_in_english_and_german_are_told_apart(
    db: Database,
) -> None:
    # Google gives no review's language: the source's "Language of the reviews" is Russian
    with FakeGoogle() as api:
        clinic = api.add_location("200", "300", "Клиника на Невском")
        (english,) = api.add_reviews(clinic, 1, comment="Rude receptionist, waited two hours")
        (german,) = api.add_reviews(clinic, 1, comment="Alles super, danke!")
        tokens = TokenStore()
        source = google_source(db, api, tokens)
        update_source(db, replace(source, language="ru"))
        russian_source = get_source(db, source.id)
        assert russian_source is not None and russian_source.language == "ru"
        assert sync_source(db, russian_source, tokens=tokens).ok
    stored = get_review_by_external_id(db, source.id, english.review_id)
    assert stored is not None and stored.analysis is not None
    # the review pane's "Language:" and the charts read it as English, its complaint counted
    assert language_label(stored.analysis.language) == "English"
    assert stored.analysis.sentiment is Sentiment.NEGATIVE
    other = get_review_by_external_id(db, source.id, german.review_id)
    assert other is not None and other.analysis is not None
    assert language_label(other.analysis.language) == "Other language"  # not read as Russian
