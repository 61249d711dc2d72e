"""Searching the reviews: any word in any case and any language, however long the query."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from clinicrep.cli import main
from clinicrep.model import Platform, Review, Source, SourceKind
from clinicrep.store.inbox import ReviewQuery, review_ids
from clinicrep.store.reviews import reviews_by_ids, upsert_reviews
from clinicrep.store.sources import add_source

T0 = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
LONG_REVIEW = (
    "Записалась на приём к терапевту, ждала в коридоре почти час, потом ещё полчаса у "
    "кабинета УЗИ. Врач ТЕ же вопросы задавал, что и медсестра, но объяснил всё спокойно. "
    "Регистратура по телефону не отвечает, а в приложении нет свободных окон на неделю вперёд."
)
TEXTS = {
    "caps": "ТЕ самые врачи, что и в прошлом году",
    "long": LONG_REVIEW,
    "polish": "Żółć? Nie, tylko ŁÓŻKO było niewygodne",
    "chinese": "医生很好",
    "english": "Dr. OK was 100% on time_ok",
}


@pytest.fixture
def store(db):
    source = add_source(db, Source(kind=SourceKind.MANUAL, name="Desk", platform=Platform.OTHER))
    upsert_reviews(
        db,
        [
            Review(source_id=source.id, external_id=key, created_at=T0, author="", text=text)
            for key, text in TEXTS.items()
        ],
    )
    return db


def found(db, search: str) -> list[str]:
    ids = review_ids(db, ReviewQuery(search=search, sort="created"))
    return sorted(r.external_id for r in reviews_by_ids(db, ids))


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("те", ["caps", "long"]),
        ("Те", ["caps", "long"]),
        ("ТЕ", ["caps", "long"]),
        ("уз", ["long"]),  # "УЗИ"
        ("łó", ["polish"]),  # "ŁÓŻKO"
        ("ŻÓ", ["polish"]),  # "Żółć"
        ("医", ["chinese"]),
        # a short word and a long one together; "врачи" finds its other forms ("Врач ТЕ же")
        ("ТЕ врачи", ["caps", "long"]),
        ("dr", ["english"]),
        ("Ok", ["english"]),
        ("0%", ["english"]),  # % and _ are the user's characters, not wildcards
        ("e_", ["english"]),
    ],
)
def test_one_and_two_letter_words_are_found_in_any_case_in_every_alphabet(store, search, expected):
    assert found(store, search) == expected


def _short_words_of(text: str) -> list[str]:
    """Every one- and two-letter piece of every word of ``text``."""
    pieces = []
    for word in text.split():
        pieces.extend(word)
        pieces.extend(word[i : i + 2] for i in range(len(word) - 1))
    return pieces


@pytest.mark.parametrize("count", [999, 1001, 5000])
def test_a_query_of_thousands_of_short_words_answers(store, count):
    words = _short_words_of(LONG_REVIEW)
    query = [words[i % len(words)].upper() for i in range(count)]
    assert len(set(query)) > 100  # distinct words, not one repeated
    assert found(store, " ".join(query)) == ["long"]
    # one word more that no review holds: nothing found, and no error either
    assert found(store, " ".join([*query, "щъ"])) == []
    assert found(store, " ".join([*query, "zq"])) == []


def test_a_query_of_thousands_of_long_words_answers(store):
    words = [w for w in LONG_REVIEW.replace(",", " ").replace(".", " ").split() if len(w) >= 3]
    assert found(store, " ".join(words * 60)) == ["long"]


def test_the_command_line_search_finds_short_words_in_any_case_and_long_queries(store, capsys):
    assert main(["list", "--search", "те"]) == 0
    out, err = capsys.readouterr()
    assert "ТЕ самые врачи" in out and err.strip() == "2 reviews"
    pasted = " ".join(w.upper() for w in _short_words_of(LONG_REVIEW) * 8)
    assert main(["list", "--search", pasted]) == 0
    out, err = capsys.readouterr()
    assert err.strip() == "1 reviews"


def test_a_long_query_of_short_latin_words_in_another_case_is_found(db):
    text = (
        "Parking was impossible, the desk staff kind, waited ages for my x-ray results; "
        "the dermatologist explained everything quickly and booked a follow-up by phone"
    )
    source = add_source(db, Source(kind=SourceKind.MANUAL, name="Desk", platform=Platform.OTHER))
    upsert_reviews(db, [Review(source_id=source.id, external_id="1", created_at=T0, text=text)])
    query = [w.upper() for w in _short_words_of(text)] * 20  # past the inline budget
    assert len(set(query)) > 80
    assert found(db, " ".join(query)) == ["1"]
