"""Pages of one short review each, as an import hands them to the analysis pool
(tests of parallel.AnalysisPool)."""

from __future__ import annotations

from datetime import UTC, datetime

from clinicrep.model import Review


def review_pages(pages: int, rows: int, text: str = "Dobrze") -> list[list[Review]]:
    """``pages`` pages of ``rows`` reviews each, ids "<page>-<row>", all written the same day."""
    when = datetime(2026, 11, 1, tzinfo=UTC)
    return [
        [
            Review(source_id=1, external_id=f"{p}-{i}", created_at=when, text=text)
            for i in range(rows)
        ]
        for p in range(pages)
    ]
