"""The one call the window, the CLI and the installer's self-test make for a monthly report:
the practice's settings filled in, the month defaulting to the last complete one."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from clinicrep.reports.destination import check_destination
from clinicrep.reports.document import PageSize
from clinicrep.reports.monthly import parse_month
from clinicrep.reports.pdf import ReportOptions, local_zone, render_monthly_report
from clinicrep.settings import load_settings
from clinicrep.store.db import Database
from clinicrep.store.stats import last_whole_month


def last_complete_month(now: datetime | None = None) -> str:
    """ "2026-10" when run at any time in November 2026 (local time)."""
    previous, _end = last_whole_month(now or datetime.now(UTC), local_zone())
    return f"{previous.year:04d}-{previous.month:02d}"


def make_monthly_report(
    db: Database,
    month: str | None,
    out: Path,
    *,
    page_size: str | None = None,
    language: str | None = None,
    include_internal_notes: bool = False,
    location_id: int | None = None,
) -> Path:
    """Render ``month`` (None: the last complete month) with the practice's name, logo and
    paper size from the settings; ``page_size`` / ``language`` override them; ``location_id``:
    one location's report (None: the whole practice)."""
    if month is not None:
        parse_month(month)  # a wrong month or path is refused before any work
    check_destination(Path(out))
    settings = load_settings(db)
    logo = Path(settings.logo_path) if settings.logo_path else None
    size = page_size or settings.page_size
    options = ReportOptions(
        practice_name=settings.practice_name,
        logo_path=logo,
        language=language,
        page_size=PageSize.LETTER if size.lower() == "letter" else PageSize.A4,
        include_internal_notes=include_internal_notes,
        location_id=location_id,
    )
    return render_monthly_report(db, month or last_complete_month(), Path(out), options=options)
