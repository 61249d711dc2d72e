"""The demo practice: what someone trying ``clinicrep --demo`` finds in the inbox."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from clinicrep.demo.generator import (
    HOSTILE_MARKUP,
    LANGUAGES,
    demo_sources,
    generate_reviews,
    load_phrase_bank,
)
from clinicrep.demo.populate import populate, split_count
from clinicrep.model import Platform, Review, Source, SourceKind, Status
from clinicrep.secrets import TokenStore
from clinicrep.sources.base import SourceContext
from clinicrep.sources.demo import DemoConnector
from clinicrep.store import Database
from clinicrep.store.reviews import iter_all_reviews, review_versions, upsert_reviews
from clinicrep.store.sources import list_sources

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)

UKRAINIAN_ONLY = re.compile("[іїєґІЇЄҐ]")
RUSSIAN_ONLY = re.compile("[ыэъёЫЭЪЁ]")
POLISH = re.compile("[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]")
HAN = re.compile("[\u4e00-\u9fff]")
CYRILLIC = re.compile("[\u0400-\u04ff]")


def all_reviews(db: Database) -> list[Review]:
    return [r for batch in iter_all_reviews(db) for r in batch]


def texts_by_language(db: Database) -> dict[str, str]:
    language_of = {s.id: s.language for s in list_sources(db)}
    joined: dict[str, list[str]] = {}
    for review in all_reviews(db):
        joined.setdefault(language_of[review.source_id], []).append(review.text)
    return {lang: "\n".join(texts) for lang, texts in joined.items()}


def test_the_demo_inbox_speaks_all_five_languages_in_their_own_scripts(db: Database) -> None:
    populate(db, now=NOW)
    texts = texts_by_language(db)

    assert set(texts) == set(LANGUAGES)
    assert UKRAINIAN_ONLY.search(texts["uk"])
    assert not RUSSIAN_ONLY.search(texts["uk"])
    assert RUSSIAN_ONLY.search(texts["ru"])
    assert not UKRAINIAN_ONLY.search(texts["ru"])
    assert POLISH.search(texts["pl"])
    assert len(HAN.findall(texts["zh"])) > 500
    assert not CYRILLIC.search(texts["en"]) and not HAN.search(texts["en"])


def test_reviews_come_from_several_platforms_with_a_link_and_an_id_each(db: Database) -> None:
    sources = populate(db, now=NOW)
    reviews = all_reviews(db)

    assert len({s.platform for s in sources}) >= 6
    assert {s.kind for s in sources} == {SourceKind.DEMO}
    assert all(s.language for s in sources)
    assert Counter(r.platform for r in reviews).keys() == {s.platform for s in sources}
    assert all(r.url.startswith("https://") for r in reviews)
    ids = [(r.source_id, r.external_id) for r in reviews]
    assert len(set(ids)) == len(ids) == 400


def test_most_reviews_are_praise_but_every_rating_occurs(db: Database) -> None:
    populate(db, now=NOW)
    ratings = Counter(r.rating for r in all_reviews(db) if r.rating is not None)
    rated = sum(ratings.values())

    assert (ratings[4] + ratings[5]) / rated > 0.65
    assert all(ratings[stars] > 0 for stars in (1, 2, 3))


def test_reviews_are_spread_over_the_last_twelve_months(db: Database) -> None:
    populate(db, now=NOW)
    dates = [r.created_at for r in all_reviews(db)]
    year_ago = NOW - timedelta(days=365)

    assert all(year_ago < d <= NOW for d in dates)
    months = {(d.year, d.month) for d in dates}
    assert len(months) >= 12


def test_the_same_seed_gives_the_same_reviews_and_another_seed_others() -> None:
    source = demo_sources()[0]

    first = list(generate_reviews(source, 300, seed=7, now=NOW))
    again = list(generate_reviews(source, 300, seed=7, now=NOW))
    other = list(generate_reviews(source, 300, seed=8, now=NOW))

    assert first == again
    assert [r.text for r in first] != [r.text for r in other]
    assert {r.external_id for r in first}.isdisjoint({r.external_id for r in other})


def test_edited_reviews_keep_what_the_patient_first_wrote(db: Database) -> None:
    populate(db, now=NOW)
    edited = [r for r in all_reviews(db) if r.edited]

    assert len(edited) >= 3
    for review in edited:
        versions = review_versions(db, review.id or 0)
        assert len(versions) == 1
        before = versions[0]
        assert review.text.startswith(before.text) and len(review.text) > len(before.text)
        assert review.updated_at is not None and review.updated_at > review.created_at


def test_some_reviews_were_already_answered_without_breaching_confidentiality(
    db: Database,
) -> None:
    populate(db, now=NOW)
    answered = [r for r in all_reviews(db) if r.upstream_reply]

    assert len(answered) >= 40
    assert all(r.status is Status.ANSWERED for r in answered)
    for review in answered:
        assert review.upstream_reply_at is not None
        delay = review.upstream_reply_at - review.created_at
        assert timedelta(hours=1) < delay < timedelta(hours=31)
        assert review.upstream_reply_at <= NOW
    english = " ".join(r.upstream_reply or "" for r in answered if r.platform is Platform.GOOGLE)
    # A public reply must never confirm that the reviewer was a patient.
    for giveaway in ("your visit", "your appointment", "your treatment", "your results"):
        assert giveaway not in english.lower()


def test_the_practice_has_already_worked_on_some_reviews(db: Database) -> None:
    populate(db, now=NOW)
    statuses = Counter(r.status for r in all_reviews(db))

    for status in (Status.NEW, Status.IN_PROGRESS, Status.ESCALATED, Status.DISMISSED):
        assert statuses[status] > 0, status


def test_a_month_with_a_burst_of_angry_reviews_and_the_crises_a_practice_fears(
    db: Database,
) -> None:
    sources = populate(db, now=NOW)
    showcase = next(s for s in sources if s.settings.get("demo_showcase"))
    angry = sorted(
        r.created_at
        for r in all_reviews(db)
        if r.source_id == showcase.id and r.rating is not None and r.rating <= 2
    )
    in_two_days = max(
        sum(1 for later in angry[i:] if later - first <= timedelta(days=2))
        for i, first in enumerate(angry)
    )
    english = texts_by_language(db)["en"].lower()

    assert in_two_days >= 5
    for mention in (
        "lawyer|legal action",
        "local paper|journalist",
        "regulator|inspectorate",
        "vaccines cause autism|vaccines are poison",
    ):
        assert re.search(mention, english), mention


def test_real_platform_quirks_hostile_text_and_empty_reviews_are_present(
    db: Database,
) -> None:
    populate(db, now=NOW)
    reviews = all_reviews(db)
    facebook = [r for r in reviews if r.platform is Platform.FACEBOOK]
    yelp = [r for r in reviews if r.platform is Platform.YELP]
    trustpilot = [r for r in reviews if r.platform is Platform.TRUSTPILOT]

    assert all(r.recommendation in ("positive", "negative") for r in facebook)
    assert sum(r.rating is None for r in facebook) > len(facebook) * 0.7
    assert all(r.is_excerpt and r.text.endswith("...") and len(r.text) <= 160 for r in yelp)
    assert all(r.title for r in trustpilot)
    assert any(HOSTILE_MARKUP in r.text for r in reviews)
    assert any(len(r.text) > 2000 for r in reviews)
    assert any(r.rating is not None and not r.text for r in reviews)
    assert any(re.search("[\U0001f300-\U0001faff]", r.text) for r in reviews)


def test_every_sentence_is_finished_and_the_stars_match_the_words() -> None:
    bank = load_phrase_bank("en")
    complaints = {s for topic in bank.body["negative"].values() for s in topic}
    praise = set(bank.openings["positive"]) | set(bank.closings["positive"])
    for source in demo_sources():
        for review in generate_reviews(source, 400, seed=3, now=NOW):
            assert "{" not in review.text and "}" not in review.text, review.text
            # An edited review keeps the first text above the update: it may say both.
            if source.language != "en" or review.rating is None or review.updated_at:
                continue
            if review.rating == 5:
                assert not any(c in review.text for c in complaints), review.text
            if review.rating == 1:
                assert not any(p in review.text for p in praise), review.text


def test_chinese_names_and_sentences_are_not_spaced_like_english() -> None:
    source = next(s for s in demo_sources() if s.language == "zh")
    texts = [r.text for r in generate_reviews(source, 200, seed=5, now=NOW) if r.text]

    assert all(" 。" not in t and "。 " not in t for t in texts)


def test_populating_twice_changes_nothing(db: Database) -> None:
    first = populate(db, now=NOW)
    count = len(all_reviews(db))

    second = populate(db, count=50, seed=1, now=NOW)

    assert [s.id for s in second] == [s.id for s in first]
    assert len(all_reviews(db)) == count == 400


@pytest.mark.parametrize(("total", "weights"), [(400, [22, 10, 6]), (7, [1, 1, 1]), (0, [3, 1])])
def test_the_review_count_is_split_exactly(total: int, weights: list[int]) -> None:
    shares = split_count(total, weights)
    assert sum(shares) == total
    assert shares == sorted(shares, reverse=True)


def demo_connector(source: Source) -> DemoConnector:
    return DemoConnector(SourceContext(source=source, tokens=TokenStore()))


def test_demo_connector_serves_pages_of_fifty_and_resumes_from_a_cursor() -> None:
    source = Source(
        SourceKind.DEMO,
        "Demo",
        Platform.GOOGLE,
        "pl",
        {"count": 120, "seed": 11, "anchor": "2026-11-20T09:30:00Z"},
        id=5,
    )
    connector = demo_connector(source)

    pages = list(connector.fetch(None))
    resumed = list(connector.fetch(pages[1].cursor))

    assert [len(p.reviews) for p in pages] == [50, 50, 20]
    assert [p.cursor for p in pages] == ["50", "100", "120"]
    assert [p.complete for p in pages] == [False, False, True]
    assert [len(p.reviews) for p in resumed] == [20]
    assert resumed[0].reviews == pages[2].reviews
    assert not resumed[0].complete  # a partial scan must not mark unseen reviews as gone
    assert list(connector.fetch("120")) == []
    assert [len(p.reviews) for p in connector.fetch("120", full=True)] == [50, 50, 20]
    assert all(r.source_id == 5 for p in pages for r in p.reviews)


def test_demo_connector_accepts_replies_and_links_to_the_review() -> None:
    source = demo_sources()[0]
    source.settings.update(count=3, seed=2)
    connector = demo_connector(source)
    review = next(iter(connector.fetch(None))).reviews[0]

    published = connector.publish_reply(review, "Thank you for your kind words!")

    assert connector.can_publish
    assert published.external_id.startswith("demo-reply-")
    assert connector.review_url(review) == review.url
    connector.delete_reply(review)


def test_a_sync_of_the_demo_sources_after_populate_finds_nothing_changed(db: Database) -> None:
    sources = populate(db, now=NOW)

    for source in sources:
        for page in demo_connector(source).fetch(None, full=True):
            result = upsert_reviews(db, page.reviews, now=NOW)
            assert result.inserted == 0 and result.updated == 0
        # and an incremental sync starts where populate left the cursor: nothing to fetch
        stored = next(s for s in list_sources(db) if s.id == source.id)
        assert list(demo_connector(stored).fetch(stored.cursor)) == []
