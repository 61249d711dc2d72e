"""A clinicrep doing one thing in a loop, for a test to SIGKILL at a random moment.

python -m faults.crash_child DATA_DIR drafts REVIEW_ID    # saves drafts, prints each number
python -m faults.crash_child DATA_DIR publish REVIEW_ID   # publishes one reply (via Google)
python -m faults.crash_child DATA_DIR import CSV BATCH [BULK_FROM]  # imports, prints rows read
"""

from __future__ import annotations

import sys

from clinicrep import paths
from clinicrep.secrets import TokenStore
from clinicrep.sources.base import SourceContext
from clinicrep.sources.google import GoogleConnector
from clinicrep.store import Database, open_database
from clinicrep.store.replies import save_draft
from clinicrep.store.reviews import get_review
from clinicrep.store.sources import get_source

PADDING = "Thank you for your visit and for taking the time to write. " * 300  # ~18 KB


def draft_text(n: int) -> str:
    return f"draft number {n}: {PADDING}"


def import_file(db: Database, path: str, batch: int, bulk_from: int | None = None) -> int:
    """A big import in batches of ``batch`` reviews (small, so a test sees many of them); from
    ``bulk_from`` rows the rest after the first batch is one transaction (indexes at its end)."""
    from clinicrep import importing
    from clinicrep.store import db as store_db

    importing.STORE_BATCH = batch
    if bulk_from is not None:
        store_db.BULK_INDEX_FROM = bulk_from
    importing.import_csv(
        db, path, source_name="Big export", analyse=False,
        progress=lambda done, _total: print(done, flush=True),
    )  # fmt: skip
    print("done", flush=True)
    return 0


def main() -> int:
    data_dir, mode = sys.argv[1], sys.argv[2]
    paths.set_data_dir(data_dir)
    db = open_database(paths.db_path())
    if mode == "import":
        bulk_from = int(sys.argv[5]) if len(sys.argv) > 5 else None
        return import_file(db, sys.argv[3], int(sys.argv[4]), bulk_from)
    review_id = int(sys.argv[3])
    if mode == "drafts":
        n = 0
        while True:
            n += 1
            save_draft(db, review_id, draft_text(n))
            print(n, flush=True)  # only after the save returned
    review = get_review(db, review_id)
    assert review is not None
    source = get_source(db, review.source_id)
    assert source is not None
    from clinicrep.publishing import publish

    connector = GoogleConnector(SourceContext(source=source, tokens=TokenStore(), timeout=60))
    print("publishing", flush=True)
    publish(db, connector, review, sys.argv[4])
    print("published", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
