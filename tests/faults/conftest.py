"""Shared pieces of the fault tests: a store with a few reviews, environment for subprocesses."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from clinicrep.model import Platform, Review, Source, SourceKind
from clinicrep.store import Database
from clinicrep.store.reviews import iter_all_reviews, upsert_reviews
from clinicrep.store.sources import add_source

TESTS = Path(__file__).resolve().parent.parent
T0 = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)


def add_reviews(db: Database, texts: list[str], *, source_name: str = "Google") -> list[int]:
    """Store one review per text (a manual source), returning their ids."""
    source = add_source(
        db, Source(kind=SourceKind.MANUAL, name=source_name, platform=Platform.GOOGLE)
    )
    assert source.id is not None
    reviews = [
        Review(
            source_id=source.id,
            external_id=f"{source_name}-{i}",
            created_at=T0 + timedelta(hours=i),
            author=f"Patient {i}",
            rating=4,
            text=text,
        )
        for i, text in enumerate(texts)
    ]
    return upsert_reviews(db, reviews).inserted_ids


def review_texts(db: Database) -> list[str]:
    return sorted(r.text for batch in iter_all_reviews(db) for r in batch)


def subprocess_env(**extra: str) -> dict[str, str]:
    """The environment for a child clinicrep: tests/ importable, offscreen Qt."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(TESTS), env.get("PYTHONPATH", "")])
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env
