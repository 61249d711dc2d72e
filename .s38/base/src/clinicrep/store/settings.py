"""User settings as JSON values in the ``settings`` table (declared in ``clinicrep.settings``)."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from clinicrep.store.db import Database


def read_settings(db: Database) -> dict[str, Any]:
    rows = db.execute("SELECT key, value FROM settings").fetchall()
    return {key: json.loads(value) for key, value in rows}


def read_settings_of_file(path: Path, keys: Iterable[str]) -> dict[str, Any]:
    """``keys`` as a SQLite store file not in use keeps them (read-only; {} when the file or
    its settings cannot be read): what this PC chose before its store moved to a server."""
    wanted = list(keys)
    if not wanted or not path.is_file():
        return {}
    found: dict[str, Any] = {}
    with contextlib.suppress(sqlite3.Error, ValueError):
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            marks = ", ".join("?" for _ in wanted)
            rows = conn.execute(
                f"SELECT key, value FROM settings WHERE key IN ({marks})", wanted
            ).fetchall()
        finally:
            conn.close()
        found = {key: json.loads(value) for key, value in rows}
    return found


def write_settings(db: Database, values: dict[str, Any]) -> None:
    with db.transaction():
        for key, value in values.items():
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )
