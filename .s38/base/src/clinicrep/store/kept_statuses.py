"""Statuses chosen in the window while an import held this PC's file, and still not stored
when the window closed: kept in a file beside the store and stored at the next start.

Waiting for the import at closing was one try of the busy timeout (5 s of a frozen window),
after which the status was lost. A server (PostgreSQL) never needs this: no import holds a
shared store (``PgDatabase.storing_an_import``).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from pathlib import Path
from typing import Any

from clinicrep.model import Status

log = logging.getLogger(__name__)

SUFFIX = "-statuses.json"


def kept_file(db: Any) -> Path | None:
    """The file beside ``db``'s SQLite file (None for a server)."""
    path = getattr(db, "path", None)
    if getattr(db, "dialect", "sqlite") != "sqlite" or not isinstance(path, Path):
        return None
    return path.with_name(path.name + SUFFIX)


def keep_for_next_start(db: Any, chosen: dict[int, tuple[Status, Status]]) -> bool:
    """Keep ``chosen`` ({review id: (status chosen, status it had then)}) for the next
    start, with whatever an earlier close kept and was not stored yet. False: it could not
    be written (the user is told to choose them again)."""
    file = kept_file(db)
    if file is None:
        return False
    kept = {**_read(file), **chosen}
    data = {str(review_id): [new.value, old.value] for review_id, (new, old) in kept.items()}
    temporary = file.with_name(file.name + ".new")
    try:
        fd = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
        os.replace(temporary, file)
    except OSError:
        log.warning("could not keep %d status changes for the next start", len(kept))
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        return False
    log.info("%d status changes kept for the next start", len(kept))
    return True


def take_kept(db: Any) -> dict[int, tuple[Status, Status]]:
    """What an earlier close kept ({review id: (status chosen, status it had then)}); the
    file is removed (the caller stores them, or keeps them again)."""
    file = kept_file(db)
    if file is None or not file.exists():
        return {}
    kept = _read(file)
    with contextlib.suppress(OSError):
        file.unlink()
    return kept


def _read(file: Path) -> dict[int, tuple[Status, Status]]:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("%s cannot be read: the statuses it kept are lost", file.name)
        return {}
    kept: dict[int, tuple[Status, Status]] = {}
    if not isinstance(data, dict):
        return kept
    for key, value in data.items():
        try:
            new, old = value
            kept[int(key)] = (Status(new), Status(old))
        except (TypeError, ValueError):
            continue
    return kept
