"""The practice's locations (migration 0012): names, and which source belongs to which.

A practice with one place has none and sees nothing of them. A source without a location
counts for the whole practice only. ``in_location`` is the one SQL test every query that
filters by location uses (the inbox, the charts, the monthly report, the CSV export).
"""

from __future__ import annotations

from dataclasses import dataclass

from clinicrep.errors import StoreError
from clinicrep.model import utc_now
from clinicrep.store.db import Database, iso

MAX_LOCATIONS = 20  # the issue speaks of 2-5; a few more are allowed, never a long list


@dataclass(frozen=True, slots=True)
class Location:
    id: int
    name: str


class LocationNameTaken(StoreError):
    """Another location already has that name (case aside)."""

    code = "location_name_taken"


class UnknownLocation(StoreError):
    """No location has that name (a CLI argument)."""

    code = "unknown_location"


class TooManyLocations(StoreError):
    code = "too_many_locations"


def source_in_location(column: str = "r.source_id") -> str:
    """``<column> is a source of the location``, with one parameter: the location's id.

    The unary + keeps the source index out of the plan: the inbox walks its sort index and
    tests each row's source (100,000 reviews, half of them in the location: the whole list
    by urgency 108 ms, where looking the location's rows up by source and sorting them took
    151 ms; by date 67 against 109 ms; benchmarks/locations_approval.py)."""
    return f"+{column} IN (SELECT id FROM sources WHERE location_id = ?)"


def in_location(location_id: int | None, column: str = "r.source_id") -> tuple[str, list[object]]:
    """`` AND <column> is a source of the location`` and its parameter; nothing for the
    whole practice (None)."""
    if location_id is None:
        return "", []
    return f" AND {source_in_location(column)}", [location_id]


def list_locations(db: Database) -> list[Location]:
    """Every location, by name."""
    rows = db.fetchall("SELECT id, name FROM locations ORDER BY lower(name), id")
    return [Location(int(id_), str(name)) for id_, name in rows]


def find_location(db: Database, name: str) -> Location | None:
    """The location called ``name``, case aside (in every alphabet)."""
    wanted = _clean(name).casefold()
    return next((p for p in list_locations(db) if p.name.casefold() == wanted), None)


def get_location(db: Database, location_id: int) -> Location | None:
    rows = db.fetchall("SELECT id, name FROM locations WHERE id = ?", (location_id,))
    return Location(int(rows[0][0]), str(rows[0][1])) if rows else None


def _clean(name: str) -> str:
    return " ".join((name or "").split())[:80]


def _check_free(db: Database, name: str, keep: int | None = None) -> None:
    # compared in Python: SQLite folds the case of ASCII letters only ("Центр" / "центр")
    taken = db.fetchall("SELECT id, name FROM locations")
    if any(str(n).casefold() == name.casefold() and id_ != keep for id_, n in taken):
        raise LocationNameTaken(f"a location is already called {name!r}", name=name)


def add_location(db: Database, name: str) -> Location:
    name = _clean(name)
    if not name:
        raise ValueError("a location needs a name")
    with db.transaction():
        _check_free(db, name)
        count = int(db.fetchall("SELECT count(*) FROM locations")[0][0])
        if count >= MAX_LOCATIONS:
            raise TooManyLocations(f"{count} locations already", limit=MAX_LOCATIONS)
        db.execute("INSERT INTO locations (name, created_at) VALUES (?, ?)", (name, iso(utc_now())))
        row = db.fetchall("SELECT max(id) FROM locations WHERE name = ?", (name,))
    return Location(int(row[0][0]), name)


def rename_location(db: Database, location_id: int, name: str) -> Location:
    name = _clean(name)
    if not name:
        raise ValueError("a location needs a name")
    with db.transaction():
        _check_free(db, name, keep=location_id)
        db.execute("UPDATE locations SET name = ? WHERE id = ?", (name, location_id))
    return Location(location_id, name)


def remove_location(db: Database, location_id: int) -> None:
    """The location goes; its sources stay, counted for the whole practice only."""
    with db.transaction():
        db.execute("UPDATE sources SET location_id = NULL WHERE location_id = ?", (location_id,))
        db.execute("DELETE FROM locations WHERE id = ?", (location_id,))


def set_source_location(db: Database, source_id: int, location_id: int | None) -> None:
    with db.transaction():
        db.execute("UPDATE sources SET location_id = ? WHERE id = ?", (location_id, source_id))


def source_locations(db: Database) -> dict[int, int | None]:
    """Each source's location (None: the whole practice only)."""
    return {
        int(source_id): (int(location_id) if location_id is not None else None)
        for source_id, location_id in db.fetchall("SELECT id, location_id FROM sources")
    }


def location_names_by_review(db: Database, review_ids: list[int]) -> dict[int, str]:
    """The location's name of each review that has one (the CSV export's column)."""
    found: dict[int, str] = {}
    for start in range(0, len(review_ids), 500):
        chunk = review_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for review_id, name in db.fetchall(
            "SELECT r.id, l.name FROM reviews r JOIN sources s ON s.id = r.source_id"
            f" JOIN locations l ON l.id = s.location_id WHERE r.id IN ({marks})",
            chunk,
        ):
            found[int(review_id)] = str(name)
    return found
