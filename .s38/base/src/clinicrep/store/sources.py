"""Connected sources: their non-secret settings and sync state."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from clinicrep.errors import SourceNameTaken
from clinicrep.model import Platform, Source, SourceKind, utc_now
from clinicrep.store import dialect
from clinicrep.store.db import Database, from_iso, iso

_COLUMNS = (
    "id, kind, name, platform, language, settings, enabled, cursor, "
    "last_sync_at, last_success_at, last_error, last_full_scan_at"
)


def _row_to_source(row: sqlite3.Row | tuple) -> Source:
    (id_, kind, name, platform, language, settings, enabled, cursor, last_sync, last_ok, err,
     last_full) = row  # fmt: skip
    return Source(
        id=id_,
        kind=SourceKind(kind),
        name=name,
        platform=Platform(platform),
        language=language,
        settings=json.loads(settings or "{}"),
        enabled=bool(enabled),
        cursor=cursor,
        last_sync_at=from_iso(last_sync),
        last_success_at=from_iso(last_ok),
        last_error=err,
        last_full_scan_at=from_iso(last_full),
    )


def add_source(db: Database, source: Source, *, new_name_if_taken: bool = False) -> Source:
    """Create ``source``, or answer the one of that name on its platform (an upsert).

    Two imports started at once into a new name both get the same source (the name is
    unique per platform, case aside: migration 0009). ``new_name_if_taken``: the user
    asked for a new source (Sources > Add), so a taken name becomes "Name (2)" instead.
    """
    with db.transaction():
        name = source.name
        if new_name_if_taken:
            name = _free_name(db, source.platform, source.name)
        cur = db.execute(
            "INSERT INTO sources (kind, name, platform, language, settings, enabled, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (
                source.kind.value,
                name,
                source.platform.value,
                source.language,
                json.dumps(source.settings, ensure_ascii=False),
                int(source.enabled),
                iso(utc_now()),
            ),
        )
        if cur.rowcount == 1:
            source.id, source.name = cur.lastrowid, name
            return source
        row = db.execute(
            f"SELECT {_COLUMNS} FROM sources WHERE platform = ?"
            f" AND {dialect.nocase(db, 'name')} = {dialect.nocase(db, '?')}",
            (source.platform.value, name),
        ).fetchone()
    return _row_to_source(row)


def _free_name(db: Database, platform: Platform, name: str) -> str:
    taken = {
        str(n).casefold()
        for (n,) in db.execute(
            "SELECT name FROM sources WHERE platform = ?"
            f" AND ({dialect.nocase(db, 'name')} = {dialect.nocase(db, '?')}"
            f" OR {dialect.nocase(db, 'name')} LIKE {dialect.nocase(db, '?')} ESCAPE '\\')",
            (platform.value, name, _like_prefix(name) + " (%)"),
        ).fetchall()
    }
    candidate, n = name, 1
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{name} ({n})"
    return candidate


def _like_prefix(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def update_source(db: Database, source: Source) -> None:
    """Save the user-editable part of a source (name, language, settings, enabled)."""
    with db.transaction():
        before = db.execute(
            "SELECT platform, language FROM sources WHERE id = ?", (source.id,)
        ).fetchone()
        try:
            db.execute(
                "UPDATE sources SET name = ?, platform = ?, language = ?, settings = ?,"
                " enabled = ? WHERE id = ?",
                (
                    source.name,
                    source.platform.value,
                    source.language,
                    json.dumps(source.settings, ensure_ascii=False),
                    int(source.enabled),
                    source.id,
                ),
            )
        except sqlite3.IntegrityError as e:
            raise SourceNameTaken(str(e), name=source.name) from e
        # each review keeps its source's platform (the inbox filters and sorts by it); only
        # a changed platform is worth the pass over the source's reviews (0.3 s per 100,000)
        if before is None or before[0] != source.platform.value:
            db.execute(
                "UPDATE reviews SET platform = ? WHERE source_id = ? AND platform != ?",
                (source.platform.value, source.id, source.platform.value),
            )
        if before is not None and before[1] != source.language:
            # The analysis of a review the platform gives no language reads the source's
            # language setting (analysis.pipeline: language_hint, else the setting), which
            # is no analysed field of the review (model.ANALYSED_FIELDS): a sync or import
            # kept its analysis in the old language. Marked stale, the next sync analyses
            # them again (store.reviews.analyses_kept), as does the window's catch-up.
            db.execute(
                "UPDATE reviews SET analysed_with = NULL"
                " WHERE source_id = ? AND language_hint = '' AND analysed_with IS NOT NULL",
                (source.id,),
            )


def get_source(db: Database, source_id: int) -> Source | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM sources WHERE id = ?", (source_id,)).fetchone()
    return _row_to_source(row) if row else None


def find_source(db: Database, name: str) -> Source | None:
    """By display name (case-insensitive) or by numeric id given as text."""
    if name.isdigit():
        found = get_source(db, int(name))
        if found:
            return found
    row = db.execute(
        f"SELECT {_COLUMNS} FROM sources"
        f" WHERE {dialect.nocase(db, 'name')} = {dialect.nocase(db, '?')} ORDER BY id LIMIT 1",
        (name,),
    ).fetchone()
    return _row_to_source(row) if row else None


def list_sources(db: Database) -> list[Source]:
    rows = db.execute(f"SELECT {_COLUMNS} FROM sources ORDER BY id").fetchall()
    return [_row_to_source(r) for r in rows]


def most_reviewed_platform(db: Database) -> str:
    """The platform of the practice's sources with the most reviews (a connected one with none
    yet counts too), '' without any: where a card asking for reviews sends patients first.
    Feedback typed in by hand and "other site" files name no page to send anyone to."""
    row = db.execute(
        "SELECT s.platform, count(r.id) AS n FROM sources s"
        " LEFT JOIN reviews r ON r.source_id = s.id"
        " WHERE s.platform NOT IN ('offline', 'other')"
        " GROUP BY s.platform ORDER BY n DESC, min(s.id) LIMIT 1"
    ).fetchone()
    return str(row[0]) if row is not None else ""


def delete_source(db: Database, source_id: int) -> None:
    """Forget a source and its reviews (the caller removes its secrets)."""
    with db.transaction():
        db.execute("DELETE FROM sources WHERE id = ?", (source_id,))


def record_sync_outcome(
    db: Database,
    source_id: int,
    *,
    error_code: str | None,
    at: datetime | None = None,
) -> None:
    """After a sync: when it ran, and either success or the error code (never a secret)."""
    when = iso(at or utc_now())
    with db.transaction():
        if error_code is None:
            db.execute(
                "UPDATE sources SET last_sync_at = ?, last_success_at = ?, last_error = NULL"
                " WHERE id = ?",
                (when, when, source_id),
            )
        else:
            db.execute(
                "UPDATE sources SET last_sync_at = ?, last_error = ? WHERE id = ?",
                (when, error_code, source_id),
            )


def set_cursor(db: Database, source_id: int, cursor: str | None) -> None:
    """Where the next incremental sync starts. Call inside the page's transaction."""
    with db.transaction():
        db.execute("UPDATE sources SET cursor = ? WHERE id = ?", (cursor, source_id))


def record_full_scan(db: Database, source_id: int, at: datetime) -> None:
    """A scan of the source's whole list ended (edits and deletions upstream are seen)."""
    with db.transaction():
        db.execute("UPDATE sources SET last_full_scan_at = ? WHERE id = ?", (iso(at), source_id))
