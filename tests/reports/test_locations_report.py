"""A practice with two locations: the monthly report and the CSV export, per location and
for the whole practice (issue 20). A practice without locations sees nothing new."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest

from clinicrep.reports.chart_data import load_chart_data
from clinicrep.reports.export import export_csv
from clinicrep.reports.monthly import build_monthly_summary
from clinicrep.reports.pdf import ReportOptions, render_monthly_report
from clinicrep.store import Database
from clinicrep.store.inbox import ReviewQuery, review_ids
from clinicrep.store.locations import add_location, set_source_location

from .conftest import ReviewMaker, pdf_text

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL

MADE_AT = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def two_locations(maker: ReviewMaker) -> tuple[int, int]:
    """Google reviews come from the Downtown desk, Facebook ones from Riverside."""
    downtown = add_location(maker.db, "Downtown")
    riverside = add_location(maker.db, "Riverside")
    set_source_location(maker.db, maker.google.id or 0, downtown.id)
    set_source_location(maker.db, maker.facebook.id or 0, riverside.id)
    return downtown.id, riverside.id


def _render(db: Database, out: Path, location_id: int | None) -> str:
    render_monthly_report(
        db,
        "2026-10",
        out,
        options=ReportOptions(
            practice_name="Clinic Zdrowie", language="en", zone=UTC, location_id=location_id
        ),
        now=MADE_AT,
    )
    return " ".join(pdf_text(out).split())


def test_each_locations_report_counts_its_own_reviews_and_the_whole_counts_all(
    db: Database, month_of_reviews: ReviewMaker, tmp_path: Path
) -> None:
    downtown, riverside = two_locations(month_of_reviews)
    whole = build_monthly_summary(db, "2026-10", zone=UTC, now=MADE_AT)
    first = build_monthly_summary(db, "2026-10", zone=UTC, now=MADE_AT, location_id=downtown)
    second = build_monthly_summary(db, "2026-10", zone=UTC, now=MADE_AT, location_id=riverside)
    assert first.location == "Downtown" and second.location == "Riverside"
    assert first.current.received and second.current.received
    assert first.current.received + second.current.received == whole.current.received
    assert {p.platform.value for p in first.platforms} == {"google"}
    assert {p.platform.value for p in second.platforms} == {"facebook"}
    assert first.current.unanswered_at_end + second.current.unanswered_at_end == (
        whole.current.unanswered_at_end
    )

    text = _render(db, tmp_path / "downtown.pdf", downtown)
    assert "Location: Downtown" in text and "Riverside" not in text
    whole_text = _render(db, tmp_path / "whole.pdf", None)
    assert "All locations" in whole_text


def test_a_practice_without_locations_gets_the_report_and_export_it_always_had(
    db: Database, month_of_reviews: ReviewMaker, tmp_path: Path
) -> None:
    text = _render(db, tmp_path / "whole.pdf", None)
    assert "All locations" not in text and "Location" not in text
    out = tmp_path / "all.csv"
    export_csv(db, ReviewQuery(sort="created"), out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    assert "Location" not in header


def test_the_export_carries_each_reviews_location_and_the_inbox_filters_by_it(
    db: Database, month_of_reviews: ReviewMaker, tmp_path: Path
) -> None:
    downtown, _riverside = two_locations(month_of_reviews)
    out = tmp_path / "all.csv"
    count = export_csv(db, ReviewQuery(sort="created"), out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][-1] == "Location"
    by_platform = {(row[1], row[-1]) for row in rows[1:]}
    assert by_platform == {("Google", "Downtown"), ("Facebook", "Riverside")}
    assert count == len(rows) - 1

    only_downtown = review_ids(db, ReviewQuery(location_id=downtown))
    everything = review_ids(db, ReviewQuery())
    assert 0 < len(only_downtown) < len(everything)
    google_rows = sum(1 for row in rows[1:] if row[1] == "Google")
    assert len(only_downtown) == google_rows


def test_the_charts_of_one_location_show_its_reviews_only(
    db: Database, month_of_reviews: ReviewMaker
) -> None:
    downtown, riverside = two_locations(month_of_reviews)
    now = datetime(2026, 11, 15, tzinfo=UTC)
    whole = load_chart_data(db, "365d", now=now)
    first = load_chart_data(db, "365d", now=now, location_id=downtown)
    second = load_chart_data(db, "365d", now=now, location_id=riverside)
    total = sum(p.count for p in whole.rating)
    assert sum(p.count for p in first.rating) + sum(p.count for p in second.rating) == total
    assert [p.platform.value for p in first.platforms] == ["google"]
    assert first.answers_total is not None and whole.answers_total is not None
    assert first.answers_total.needing_answer < whole.answers_total.needing_answer
