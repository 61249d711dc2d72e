"""Fuzzing what platforms and files hand us (bounded: a few seconds in all). Whatever comes
in, the only failure allowed out is a clear per-item error, never a crash."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinicrep.errors import ClinicrepError
from clinicrep.model import Review
from clinicrep.sources import facebook, google, trustpilot, yelp
from clinicrep.sources.csvfile import CsvReviewReader, decode_bytes, read_table

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    database=None,  # no example database written into the tree
)

hostile_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40
) | st.sampled_from(
    ["", "\x00", "<script>alert(1)</script>", "\u202e", "2026-13-45T99:99:99Z", "NaN", "👍🏽"]
)
scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | hostile_text
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(hostile_text, inner, max_size=4),
    max_leaves=12,
)
timestamps = (
    st.sampled_from(
        [
            "2026-11-20T14:05:09Z",
            "2026-11-20T14:05:09.123456789Z",
            "2026-11-20 14:05:09",
            "2026-11-20T14:05:09+05:30",
            "2026-02-30T00:00:00Z",
            "9999-12-31T23:59:59Z",
            "0000-01-01T00:00:00Z",
            "",
            "yesterday",
        ]
    )
    | hostile_text
    | st.integers()
)


def review_like(keys: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[Any]:
    """Objects shaped like a platform's review, each field present or not, any type at all."""
    fields = {k: s | json_values for k, s in keys.items()}
    return st.fixed_dictionaries({}, optional=fields) | json_values


def parses_or_says_why(parse: Any, item: Any) -> None:
    try:
        review = parse(item)
    except ClinicrepError as e:
        assert e.code  # a per-item error the sync reports and skips
        return
    assert isinstance(review, Review)
    assert isinstance(review.external_id, str) and review.external_id
    assert review.created_at.tzinfo is not None
    assert review.rating is None or 1 <= review.rating <= 5
    assert isinstance(review.text, str) and isinstance(review.author, str)


@FUZZ
@given(
    review_like(
        {
            "reviewId": hostile_text,
            "name": hostile_text,
            "reviewer": st.fixed_dictionaries({}, optional={"displayName": json_values}),
            "starRating": st.sampled_from(["ONE", "FIVE", "STAR_RATING_UNSPECIFIED", "6"]),
            "comment": hostile_text,
            "createTime": timestamps,
            "updateTime": timestamps,
            "reviewReply": st.fixed_dictionaries(
                {}, optional={"comment": json_values, "updateTime": timestamps}
            ),
        }
    )
)
def test_google_reviews(item: Any) -> None:
    parses_or_says_why(lambda i: google.review_from_json(1, i), item)


@FUZZ
@given(
    review_like(
        {
            "created_time": timestamps,
            "reviewer": st.fixed_dictionaries(
                {}, optional={"id": json_values, "name": json_values}
            ),
            "open_graph_story": st.fixed_dictionaries({}, optional={"id": json_values}),
            "rating": st.integers(-3, 9),
            "recommendation_type": st.sampled_from(["positive", "negative", "meh"]),
            "review_text": hostile_text,
        }
    )
)
def test_facebook_ratings(item: Any) -> None:
    parses_or_says_why(lambda i: facebook.review_from_json(1, "123", i), item)


@FUZZ
@given(
    review_like(
        {
            "id": hostile_text,
            "user": st.fixed_dictionaries({}, optional={"name": json_values}),
            "rating": st.floats(allow_nan=True) | st.integers(-(2**70), 2**70),
            "text": hostile_text,
            "url": hostile_text,
            "time_created": timestamps,
        }
    ),
    st.sampled_from([UTC, timezone(timedelta(hours=-8)), timezone(timedelta(hours=14))]),
)
def test_yelp_reviews(item: Any, zone: Any) -> None:
    parses_or_says_why(lambda i: yelp.review_from_json(1, i, zone), item)


@FUZZ
@given(
    review_like(
        {
            "id": hostile_text,
            "stars": st.integers(-3, 9),
            "consumer": st.fixed_dictionaries({}, optional={"displayName": json_values}),
            "companyReply": st.fixed_dictionaries(
                {}, optional={"text": json_values, "createdAt": timestamps}
            ),
            "title": hostile_text,
            "text": hostile_text,
            "language": hostile_text,
            "createdAt": timestamps,
            "updatedAt": timestamps,
        }
    )
)
def test_trustpilot_reviews(item: Any) -> None:
    parses_or_says_why(lambda i: trustpilot.review_from_json(1, i), item)


csv_cells = hostile_text | st.sampled_from(
    ["2026-11-23", "23.11.2026", "5", "9/5", "★★★", '"', '""', "a,b", "\r\n", ";", "\t"]
)
csv_files = st.one_of(
    st.binary(max_size=2000),
    st.lists(st.lists(csv_cells, min_size=1, max_size=6), min_size=1, max_size=12).map(
        lambda rows: ("date,author,rating,text\n" + "\n".join(",".join(r) for r in rows)).encode(
            "utf-8", "surrogatepass"
        )
    ),
    st.lists(st.lists(csv_cells, min_size=1, max_size=6), max_size=8).map(
        lambda rows: "\n".join(";".join(r) for r in rows).encode("utf-16")
    ),
)


@FUZZ
@given(csv_files, st.sampled_from([".csv", ".tsv", ".txt"]))
def test_csv_files(data: bytes, suffix: str) -> None:
    text, encoding = decode_bytes(data)
    assert isinstance(text, str) and encoding
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            read_table(path)
            reader = CsvReviewReader(path, source_id=1)
            reviews = list(reader)
        except ClinicrepError as e:
            assert e.code  # "this is not a table of reviews": one clear message
            return
        for review in reviews:
            assert isinstance(review, Review) and review.external_id
            assert "\x00" not in review.text and "\x00" not in review.author
        assert all(p.line >= 1 and p.reason for p in reader.report.problems)


@pytest.mark.parametrize("rating", [float("inf"), float("-inf"), float("nan"), 1e308])
def test_a_yelp_rating_that_is_not_a_finite_number_is_no_rating_not_a_crash(rating: float) -> None:
    # found by the fuzzer: JSON's 1e999 reads as infinity, and int(inf) raised OverflowError
    item = {"id": "x", "rating": rating, "text": "ok", "time_created": "2026-01-01 10:00:00"}
    review = yelp.review_from_json(1, item, UTC)
    assert review.rating in (None, 5)


review_objects = st.lists(
    st.dictionaries(
        st.sampled_from(["author", "stars", "content", "review_date", "id", "user_reviews", "x"]),
        json_values,
        max_size=6,
    ),
    max_size=6,
)


@FUZZ
@given(
    st.one_of(
        review_objects.map(lambda items: json.dumps(items).encode()),
        review_objects.map(lambda items: "\n".join(json.dumps(i) for i in items).encode()),
        json_values.map(lambda v: json.dumps(v).encode()),
        st.integers(1, 5000).map(lambda n: b"[" * n + b"]" * n),
        st.binary(max_size=200).map(lambda b: b"PK\x03\x04" + b),
    ),
    st.sampled_from([".json", ".jsonl", ".xlsx", ".csv"]),
)
def test_json_json_lines_and_workbooks(data: bytes, suffix: str) -> None:
    # every file either imports or says in one sentence why not: never a traceback
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            reader = CsvReviewReader(path, source_id=1)
            reviews = list(reader)
        except ClinicrepError as e:
            assert e.code
            return
        for review in reviews:
            assert isinstance(review, Review) and review.external_id
        assert all(p.line >= 1 and p.reason for p in reader.report.problems)
