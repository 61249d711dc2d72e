"""User settings as JSON values in the ``settings`` table (declared in ``clinicrep.settings``)."""

from __future__ import annotations

import json
from typing import Any

from clinicrep.store.db import Database


def read_settings(db: Database) -> dict[str, Any]:
    rows = db.execute("SELECT key, value FROM settings").fetchall()
    return {key: json.loads(value) for key, value in rows}


def write_settings(db: Database, values: dict[str, Any]) -> None:
    with db.transaction():
        for key, value in values.items():
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )
