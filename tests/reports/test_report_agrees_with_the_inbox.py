"""The owner reads the monthly PDF beside the inbox: a review the inbox shows answered is
counted answered (with its reply time), one set back to new is not, the complaints that
"need attention" are only the open ones, the practice is named on every page, and a quote
in another language than the report's says which language it is in."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from clinicrep.model import Analysis, Platform, Review, Sentiment, Status
from clinicrep.reports.monthly import build_monthly_summary
from clinicrep.reports.pdf import ReportOptions, render_monthly_report
from clinicrep.store import Database
from clinicrep.store.reviews import set_status, upsert_reviews

from .conftest import ReviewMaker, october, pdf_text

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL

MADE_AT = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def _render(db: Database, tmp_path: Path, language: str = "en") -> Path:
    return render_monthly_report(
        db,
        "2026-10",
        tmp_path / "summary.pdf",
        options=ReportOptions(practice_name="Przychodnia Zdrowie", language=language, zone=UTC),
        now=MADE_AT,
    )


def _status_line_count(text: str, status: str) -> int:
    return len(re.findall(rf"Status: {status}", text))


def test_a_review_set_back_to_new_is_not_counted_answered(db: Database, maker: ReviewMaker):
    reopened = maker.add(
        october(5),
        rating=1,
        text="Nobody called me back about the results.",
        sentiment=Sentiment.NEGATIVE,
        answered_after_hours=3,
    )
    maker.add(
        october(6),
        rating=5,
        text="Kind and quick.",
        sentiment=Sentiment.POSITIVE,
        answered_after_hours=10,
    )
    set_status(db, reopened, Status.NEW, at=october(7))  # the reply was not enough

    summary = build_monthly_summary(db, "2026-10", zone=UTC, now=MADE_AT)
    shown_answered = db.execute(
        "SELECT count(*) FROM reviews WHERE status = 'answered'"
    ).fetchone()[0]
    assert shown_answered == 1
    assert summary.current.answered == shown_answered
    assert summary.current.median_hours == 10
    assert summary.current.unanswered_at_end == 1


def test_complaints_that_need_attention_are_only_the_open_ones(
    db: Database, maker: ReviewMaker, tmp_path: Path
):
    maker.add(
        october(3),
        rating=1,
        text="The receptionist shouted at my mother.",
        sentiment=Sentiment.NEGATIVE,
        urgency=90,
        answered_after_hours=4,
    )
    maker.add(
        october(4),
        rating=1,
        text="Spam spam spam buy followers.",
        sentiment=Sentiment.NEGATIVE,
        urgency=80,
        status=Status.DISMISSED,
    )
    maker.add(
        october(8),
        rating=2,
        text="Waited ninety minutes past my appointment time.",
        sentiment=Sentiment.NEGATIVE,
        urgency=60,
    )
    summary = build_monthly_summary(db, "2026-10", zone=UTC, now=MADE_AT)
    assert [q.review.text for q in summary.urgent_negatives] == [
        "Waited ninety minutes past my appointment time."
    ]
    text = pdf_text(_render(db, tmp_path))
    section = text.split("Complaints that need attention", 1)[1]
    section, answered = section.split("Complaints of this month already answered", 1)
    assert "Waited ninety minutes" in section
    assert "shouted" not in section and "Spam" not in section
    assert _status_line_count(section, "Answered") == 0
    answered = answered.split("Warm words", 1)[0]
    assert "shouted" in answered and _status_line_count(answered, "Answered") == 1


def test_every_page_names_the_practice_and_foreign_quotes_say_their_language(
    db: Database, maker: ReviewMaker, tmp_path: Path
):
    for day in range(1, 25):
        maker.add(
            october(day),
            rating=1,
            text=f"Complaint number {day}: the waiting room was full and nobody explained why.",
            sentiment=Sentiment.NEGATIVE,
            urgency=50 + day,
        )
    polish = Review(
        source_id=maker.google.id or 0,
        external_id="pl-1",
        created_at=october(26),
        author="Marek",
        rating=1,
        text="Czekałem dwie godziny, nikt nie przeprosił.",
        analysis=Analysis(language="pl", sentiment=Sentiment.NEGATIVE, urgency=99),
        platform=Platform.GOOGLE,
    )
    upsert_reviews(db, [polish])
    out = _render(db, tmp_path)
    pages = int(
        re.search(  # type: ignore[union-attr]
            r"^Pages:\s+(\d+)",
            subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout,
            re.M,
        ).group(1)
    )
    assert pages >= 2
    for page in range(1, pages + 1):
        text = subprocess.run(
            ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(out), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "Przychodnia Zdrowie" in text, f"page {page}"
    text = pdf_text(out)
    polish_meta = next(line for line in text.splitlines() if "Marek" in line)
    assert "in Polish" in polish_meta
    english_meta = next(line for line in text.splitlines() if "Patient 24" in line)
    assert "in English" not in english_meta


def test_report_dates_are_in_the_reports_language(db: Database, maker: ReviewMaker, tmp_path):
    maker.add(
        october(8) + timedelta(hours=2),
        rating=2,
        text="Waited ninety minutes past my appointment time.",
        sentiment=Sentiment.NEGATIVE,
        urgency=60,
    )
    russian = pdf_text(_render(db, tmp_path, language="ru"))
    assert "08.10.2026" in russian
    assert "Октябрь 2026" in russian or "октябрь 2026" in russian.lower()
    chinese = pdf_text(_render(db, tmp_path, language="zh_CN"))
    assert "2026年10月" in chinese


def test_the_rating_charts_january_keeps_its_year_whole_in_every_language(
    db: Database, maker: ReviewMaker, tmp_path
):
    """ "2026年…" under the Chinese chart's January: its slot was too narrow for "2026年1月"."""
    maker.add(october(8), rating=4, text="Good visit.", sentiment=Sentiment.POSITIVE)
    expected = {"zh_CN": "2026年1月", "en": "Jan 2026", "uk": "січ. 2026", "pl": "sty 2026"}
    for language, january in expected.items():
        text = pdf_text(_render(db, tmp_path, language=language))
        assert january in text, language
        chart = text[text.index(january) - 200 : text.index(january) + 200]
        assert "…" not in chart, language
