"""Russian and Ukrainian typed in Latin letters are read as Russian and Ukrainian; short reviews
in more languages the program does not read are "other" at a Polish practice (alang29).

A patient in Poland or abroad, with no Cyrillic keyboard, types "Vrach otlichnyi, spasibo" or
"Duzhe dyakuyu likaryu": it was read as Polish or English (whose words it has none of): no
sentiment, no aspects. It is now read in Cyrillic, in its own language, and keeps its text as
typed. A short Portuguese, Turkish, Romanian, Hungarian, Lithuanian or Dutch review at a Polish
source was read with the Polish lexicon; it is now "other", as German or Czech already were. A
one-word thanks in such a language ("Obrigado") is "other" too (its language matters only for
the language filter: a Polish practice filtering its Polish reviews does not expect it there);
its stars give its sentiment, as they do for every text the program cannot read."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from tests.analysis.short_texts import analysed, nothing_remembered  # noqa: F401 (autouse)

from clinicrep.analysis.pipeline import analyse_review
from clinicrep.labels import language_label
from clinicrep.model import Aspect, Review, Sentiment
from clinicrep.secrets import TokenStore
from clinicrep.store import Database
from clinicrep.store.reviews import get_review_by_external_id
from clinicrep.store.sources import get_source, update_source
from clinicrep.sync import sync_source
from fakes.google_server import FakeGoogle
from fakes.source_setup import google_source


def test_a_long_review_typed_in_latin_russian_is_russian_with_its_praise_and_complaints() -> None:
    """The lead, session 29: the typed words are looked for among the first words, and were
    counted against the Polish and English words of the whole text: this review's many "no",
    "a", "i" past them outvoted them, and it was read as English, with nothing found."""
    analysis = analysed(
        "Byla u vracha v proshlyi vtornik. Vrach otlichnyi, vse ob'yasnil, no registratura"
        " khamit, a zhdali my pochti chas. Kabinet chistyi, no v koridore dushno i net mest."
        " Ochen dolgo zhdali rezultaty analizov, nikto ne pozvonil. Spasibo vrachu, no"
        " administratoram nado rabotat luchshe. Ceny normalnye, no za takoe otnoshenie ne"
        " khochetsya vozvrashchatsya. Vrach otlichnyi, a vot registratura i ochered eto koshmar,"
        " ya ne znayu kak eto mozhno terpet.",
        "pl",
    )
    assert analysis.language == "ru"
    assert analysis.sentiment is Sentiment.MIXED
    found = {o.aspect: o.polarity for o in analysis.aspects}
    assert found[Aspect.DOCTOR] is Sentiment.POSITIVE
    assert found[Aspect.RECEPTION] is Sentiment.NEGATIVE


@pytest.mark.parametrize(
    ("text", "source_language", "language", "sentiment", "aspect", "words"),
    [
        ("Vrach otlichnyi, spasibo", "pl", "ru", Sentiment.POSITIVE, Aspect.DOCTOR, "vrach"),
        (
            "Ochen dolgo zhdali v ocheredi, vrach grubyi",
            "pl",
            "ru",
            Sentiment.NEGATIVE,
            Aspect.WAITING,
            "zhdali",
        ),
        (
            "Dolgo zhdali, grubaya registratura",
            "en",
            "ru",
            Sentiment.NEGATIVE,
            Aspect.RECEPTION,
            "registratura",
        ),
        (
            "Likar duzhe uvazhnyi, rekomenduyu",
            "en",
            "uk",
            Sentiment.POSITIVE,
            Aspect.DOCTOR,
            "likar",
        ),
        ("Duzhe dyakuyu likaryu", "pl", "uk", Sentiment.POSITIVE, None, ""),
        # the apostrophes typed for the soft and hard signs: "внимательный", "объяснил"
        (
            "Vrach vnimatel'nyi, vse ob'yasnil",
            "pl",
            "ru",
            Sentiment.POSITIVE,
            Aspect.COMMUNICATION,
            "vse ob'yasnil",
        ),
        ("Spasibo", "pl", "ru", Sentiment.POSITIVE, None, ""),
    ],
)
def test_russian_or_ukrainian_typed_in_latin_letters_is_read_in_its_language(
    text: str,
    source_language: str,
    language: str,
    sentiment: Sentiment,
    aspect: Aspect | None,
    words: str,
) -> None:
    analysis = analysed(text, source_language)
    assert analysis.language == language
    assert analysis.sentiment is sentiment
    if aspect is not None:
        found = {o.aspect: o for o in analysis.aspects}
        assert found[aspect].polarity is sentiment
        # the chip's "Read from" shows the words as the patient typed them
        assert words in found[aspect].words


@pytest.mark.parametrize(
    "text",
    [
        "Médico muito atencioso, obrigado",
        "Esperei duas horas, uma vergonha",
        "Doktor çok ilgiliydi, teşekkürler",
        "Personel kaba, bekleme çok uzun",
        "Doctor foarte amabil, mulțumesc",
        "Am așteptat mult, personal nepoliticos",
        "Nagyon kedves orvos, köszönöm",
        "Szuper doktornő, nagyon alapos",
        "Labai gera gydytoja, ačiū",
        "Labai malonus daktaras",
        "Zeer vriendelijke arts, bedankt",
        "Goede zorg, snel geholpen",
        # Slovenian: "vse", "dolgo" are typed Russian words too, not Russian here
        "Vse je bilo v redu, dolgo čakanje",
        "Hvala, doktorica vrlo ljubazna",
    ],
)
def test_short_review_in_another_language_at_a_polish_practice_is_other(text: str) -> None:
    analysis = analysed(text, "pl")
    assert analysis.language == "other"
    assert analysis.aspects == ()


@pytest.mark.parametrize(
    ("text", "rating", "language", "sentiment"),
    [
        ("Obrigado", 5, "other", Sentiment.POSITIVE),
        ("Obrigado", 1, "other", Sentiment.NEGATIVE),
        ("Teşekkürler", 5, "other", Sentiment.POSITIVE),
        # a word Polish writes too stays Polish
        ("Super", 5, "pl", Sentiment.POSITIVE),
    ],
)
def test_one_word_foreign_thanks_is_other_and_takes_the_stars_sentiment(
    text: str, rating: int, language: str, sentiment: Sentiment
) -> None:
    review = Review(
        source_id=1,
        external_id="r1",
        created_at=datetime(2026, 3, 1, tzinfo=UTC),
        text=text,
        rating=rating,
    )
    analysis = analyse_review(review, fallback_language="pl")
    assert analysis.language == language
    assert analysis.sentiment is sentiment


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Polish without its letters, and English, at a Polish source keep their language
        ("Bardzo mila pani doktor, polecam", "pl"),
        ("Dobre podejscie, grubo ponad godzine czekania", "pl"),
        ("Nice doctor, thanks", "en"),
        ("Vse ok", "pl"),
    ],
)
def test_polish_and_english_at_a_polish_practice_are_not_read_as_typed_russian(
    text: str, language: str
) -> None:
    assert analysed(text, "pl").language == language


def test_a_polish_practice_s_review_typed_in_latin_russian_is_russian_and_keeps_its_text(
    db: Database,
) -> None:
    typed = "Vrach otlichnyi, vse ob'yasnil, spasibo"
    with FakeGoogle() as api:
        clinic = api.add_location("200", "300", "Przychodnia Mokotów")
        (review,) = api.add_reviews(clinic, 1, comment=typed, star="FIVE")
        tokens = TokenStore()
        source = google_source(db, api, tokens)
        update_source(db, replace(source, language="pl"))
        polish_source = get_source(db, source.id)
        assert polish_source is not None
        assert sync_source(db, polish_source, tokens=tokens).ok
    stored = get_review_by_external_id(db, source.id, review.review_id)
    assert stored is not None and stored.analysis is not None
    assert stored.text == typed  # shown as the patient typed it
    assert language_label(stored.analysis.language) == "Russian"
    assert stored.analysis.sentiment is Sentiment.POSITIVE
