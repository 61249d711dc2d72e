"""The window's writes as plain data: what each one stores, and the small journal that keeps
those still waiting for a held store when the window closes, for the next start to apply.

A write is a kind and its values (strings and numbers only), so that it can wait in the
window's write queue (``ui.write_queue``), cross to its worker and be kept in a JSON file;
``apply_write`` is the one place that turns each kind into its store call.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from clinicrep import approval as approval_service
from clinicrep.model import Aspect, Sentiment, Status
from clinicrep.store.aspects import correct_aspect, correct_sentiment
from clinicrep.store.db import from_iso
from clinicrep.store.replies import save_draft
from clinicrep.store.reviews import StatusSnapshot, restore_status

if TYPE_CHECKING:
    from clinicrep.store.db import Database
    from clinicrep.workstation import Workstation

log = logging.getLogger(__name__)

DRAFT = "draft"  # the reply typed for a review: values text, at (when typed, UTC ISO)
STATUS = "status"  # a status chosen: values status
RESTORE_STATUS = "restore_status"  # an Undo: values status, status_changed_at, answered_at
SENTIMENT = "sentiment"  # a correction of the review's sentiment: values sentiment
ASPECT = "aspect"  # a correction of one aspect: values aspect, polarity (None: not spoken of)
KINDS = (DRAFT, STATUS, RESTORE_STATUS, SENTIMENT, ASPECT)
JOURNAL_VERSION = 1


@dataclass(frozen=True)
class PendingWrite:
    kind: str
    review_id: int
    # plain values only (they go into the journal); a reply's text is in here, never a token
    values: dict[str, str | None] = field(default_factory=dict, hash=False, compare=True)

    def same_target(self, other: PendingWrite) -> bool:
        """A later write of the same thing replaces this one while neither has started (a
        draft typed on: only its last text need be stored)."""
        return self.kind == other.kind == DRAFT and self.review_id == other.review_id


def draft_write(review_id: int, text: str, at: datetime) -> PendingWrite:
    return PendingWrite(DRAFT, review_id, {"text": text, "at": at.isoformat()})


def status_write(review_id: int, status: Status) -> PendingWrite:
    return PendingWrite(STATUS, review_id, {"status": status.value})


def restore_write(snapshot: StatusSnapshot) -> PendingWrite:
    return PendingWrite(
        RESTORE_STATUS,
        snapshot.review_id,
        {
            "status": snapshot.status.value,
            "status_changed_at": snapshot.status_changed_at,
            "answered_at": snapshot.answered_at,
        },
    )


def sentiment_write(review_id: int, sentiment: Sentiment) -> PendingWrite:
    return PendingWrite(SENTIMENT, review_id, {"sentiment": sentiment.value})


def aspect_write(review_id: int, aspect: Aspect, polarity: Sentiment | None) -> PendingWrite:
    return PendingWrite(
        ASPECT,
        review_id,
        {"aspect": aspect.value, "polarity": polarity.value if polarity is not None else None},
    )


def apply_write(db: Database, write: PendingWrite, station: Workstation | None = None) -> None:
    """Store ``write`` (one transaction). Raises the store's errors as they come: the queue
    retries a held store, and reports any other error to the window."""
    values = write.values
    if write.kind == DRAFT:
        save_draft(db, write.review_id, values.get("text") or "", at=from_iso(values.get("at")))
    elif write.kind == STATUS:
        approval_service.change_status(db, write.review_id, Status(str(values["status"])), station)
    elif write.kind == RESTORE_STATUS:
        restore_status(
            db,
            StatusSnapshot(
                write.review_id,
                Status(str(values["status"])),
                values.get("status_changed_at"),
                values.get("answered_at"),
            ),
        )
    elif write.kind == SENTIMENT:
        correct_sentiment(db, write.review_id, Sentiment(str(values["sentiment"])))
    elif write.kind == ASPECT:
        polarity = values.get("polarity")
        correct_aspect(
            db,
            write.review_id,
            Aspect(str(values["aspect"])),
            Sentiment(polarity) if polarity is not None else None,
        )
    else:
        raise ValueError(f"unknown kind of write: {write.kind!r}")


# -- the journal ------------------------------------------------------------------------
def journal_path(where: object, data_dir: Path | None = None) -> Path:
    """Where the writes of the store at ``where`` wait between two starts: beside a SQLite
    file; for a shared server, in this PC's data folder, named after the server and database
    (the target's URL holds no password)."""
    if isinstance(where, str | os.PathLike):
        path = Path(where)
        return path.with_name(path.name + "-pending-writes.json")
    from clinicrep import paths

    name = hashlib.sha256(str(getattr(where, "url", where)).encode("utf-8")).hexdigest()[:16]
    return (data_dir or paths.data_dir()) / f"pending-writes-{name}.json"


def save_journal(path: Path, writes: list[PendingWrite]) -> None:
    """Keep ``writes`` in ``path`` (replaced whole; readable by this user only)."""
    payload = {
        "version": JOURNAL_VERSION,
        "writes": [
            {"kind": w.kind, "review_id": w.review_id, "values": dict(w.values)} for w in writes
        ],
    }
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(payload, f, ensure_ascii=False)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def load_journal(path: Path) -> list[PendingWrite]:
    """The writes kept in ``path`` by the last window (none when there is no file). A file
    that cannot be read is left where it is for a person to look at, and logged."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    try:
        payload = json.loads(raw)
        if payload.get("version") != JOURNAL_VERSION:
            raise ValueError(f"version {payload.get('version')!r}")
        writes = []
        for entry in payload["writes"]:
            kind, review_id, values = entry["kind"], entry["review_id"], entry["values"]
            if kind not in KINDS or not isinstance(review_id, int) or not isinstance(values, dict):
                raise ValueError(f"entry {entry!r:.80}")
            if not all(isinstance(v, str | None) for v in values.values()):
                raise ValueError("a value that is not text")
            writes.append(PendingWrite(kind, review_id, values))
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        log.error("the pending writes in %s cannot be read (%s): left there", path, e)
        return []
    return writes


def forget_journal(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
