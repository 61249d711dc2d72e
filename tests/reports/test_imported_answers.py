"""A clinic in Kazan imports its Yandex Maps export: 500 reviews of 2017-2025, most with the
clinic's answer beside them, none with the answer's date. The owner's monthly PDF, made the next
day, told her "Reviews still unanswered at the end of the month: 439. Answer them, oldest first"
(the import's time was taken for when they were answered), and the month after would have
counted them all answered in the month of the import."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from clinicrep.importing import import_csv
from clinicrep.model import Platform
from clinicrep.reports.monthly import build_monthly_summary
from clinicrep.reports.pdf import ReportOptions, render_monthly_report
from clinicrep.reports.service import last_complete_month
from clinicrep.store import Database
from clinicrep.store.reviews import mark_imported_history
from sources.test_real_exports import REAL_FILES

from .conftest import pdf_text

pytestmark = [
    pytest.mark.both_stores,  # store behaviour: on SQLite and on PostgreSQL
    pytest.mark.skipif(not REAL_FILES.is_dir(), reason=f"{REAL_FILES} is absent"),
]


def test_a_yandex_export_with_the_clinics_answers_asks_no_one_to_answer_them(
    db: Database, tmp_path: Path
):
    report = import_csv(
        db,
        REAL_FILES / "ru_yandex_maps_mriya.csv",
        source_name="Яндекс Карты",
        platform=Platform.YANDEX,
        analyse=False,
    )
    assert report.imported == 500
    mark_imported_history(db, 14)  # what the window does after an import
    with_answer = db.execute(
        "SELECT count(*) FROM reviews WHERE upstream_reply IS NOT NULL"
    ).fetchone()[0]
    assert with_answer > 400  # the file's "answer" column

    now = datetime.now(UTC)
    month = last_complete_month(now)
    summary = build_monthly_summary(db, month, zone=UTC, now=now)
    assert summary.current.unanswered_at_end == 0
    assert summary.previous.unanswered_at_end == 0
    out = render_monthly_report(
        db, month, tmp_path / "summary.pdf", options=ReportOptions(language="ru", zone=UTC)
    )
    text = pdf_text(out)
    # "…без ответа на конец месяца: 439. Ответьте на них, начиная с самых старых."
    unanswered = re.findall(r"без ответа на конец месяца: (\d+)", text)
    assert unanswered and set(unanswered) == {"0"}, text
    assert "Ответьте на них" not in text

    # next month's report: the import's day is not when the answers were given
    this_month = now.strftime("%Y-%m")
    following = build_monthly_summary(db, this_month, zone=UTC, now=now + timedelta(days=40))
    assert following.current.answered == 0
