"""The owner's monthly PDF, read back the way a person (and poppler) reads it."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from clinicrep.reports.document import PageSize
from clinicrep.reports.monthly import InvalidMonth
from clinicrep.reports.pdf import ReportOptions, render_monthly_report
from clinicrep.store import Database, dialect

from .conftest import CHINESE, HOSTILE, INTERNAL_NOTE, RUSSIAN, ReviewMaker, pdf_text

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL

MADE_AT = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
OCT = ("2026-10-01T00:00:00Z", "2026-11-01T00:00:00Z")


def _render(db: Database, tmp_path: Path, **options: object) -> Path:
    settings = {"practice_name": "Przychodnia Zdrowie Łódź", "language": "en", "zone": UTC}
    settings.update(options)
    out = tmp_path / "summary.pdf"
    return render_monthly_report(
        db,
        "2026-10",
        out,
        options=ReportOptions(**settings),
        now=MADE_AT,  # type: ignore[arg-type]
    )


def _line(text: str, label: str) -> str:
    """The line of the figures table that starts with ``label``."""
    for line in text.splitlines():
        if line.strip().startswith(label):
            return " ".join(line.split())
    raise AssertionError(f"no line {label!r} in:\n{text}")


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))  # type: ignore[union-attr]


def test_headline_figures_match_what_the_store_counts(
    db: Database, month_of_reviews: ReviewMaker, tmp_path: Path
) -> None:
    text = pdf_text(_render(db, tmp_path))
    received, average = db.execute(
        "SELECT count(*), avg(rating) FROM reviews WHERE created_at >= ? AND created_at < ?", OCT
    ).fetchone()
    needing, within_24h = db.execute(
        "SELECT count(*), count(CASE WHEN answered_at IS NOT NULL AND"
        f" {dialect.days_between(db, 'created_at', 'answered_at')} <= 1.0 THEN 1 END)"
        " FROM reviews WHERE created_at >= ? AND created_at < ? AND status != 'dismissed'",
        OCT,
    ).fetchone()
    unanswered = db.execute(
        "SELECT count(*) FROM reviews WHERE created_at < ? AND answered_at IS NULL"
        " AND status NOT IN ('dismissed')",
        (OCT[1],),
    ).fetchone()[0]
    assert received == 15  # the November review is not October's
    assert _line(text, "Reviews received") == "Reviews received 15 4 +11"
    assert _line(text, "Average rating (of 5)").split()[4] == f"{average:.1f}"
    assert _line(text, "Answered within 24 h").split()[4] == f"{round(100 * within_24h / needing)}%"
    assert _line(text, "Unanswered at month end, all months").split()[6] == str(unanswered)
    assert "October 2026" in text and "September 2026" in text


def _answered_of_october(db: Database) -> tuple[int, int]:
    """October's reviews that needed an answer, and how many of them have one."""
    needing, answered = db.execute(
        "SELECT count(*), count(answered_at) FROM reviews"
        " WHERE created_at >= ? AND created_at < ? AND status != 'dismissed'",
        OCT,
    ).fetchone()
    return int(needing), int(answered)


def test_the_answered_figures_say_what_they_count_of(
    db: Database, month_of_reviews: ReviewMaker, tmp_path: Path
) -> None:
    """'Reviews received 48, Reviews answered 45, Unanswered at month end 42' read as one
    month that did not add up: the 45 were answers given in the month to reviews of any
    month, the 42 waited from every month. Each figure now says its base."""
    needing, answered = _answered_of_october(db)
    assert 0 < answered < needing
    text = pdf_text(_render(db, tmp_path))
    assert _line(text, "This month's reviews answered").startswith(
        f"This month's reviews answered {answered} of {needing} "
    )
    assert _line(text, "Answers given, to reviews of any month")
    assert _line(text, "Unanswered at month end, all months")

    russian = pdf_text(_render(db, tmp_path, language="ru"))
    assert _line(russian, "Отзывы месяца с ответом").startswith(
        f"Отзывы месяца с ответом {answered} из {needing} "
    )
    assert _line(russian, "Без ответа на конец месяца, все месяцы")


def test_an_english_report_writes_its_plurals_out() -> None:
    """The demo's English PDF said "Patients praised Doctor most often (13 review(s))": a
    report in English did not load English's file, which holds the plural forms."""
    from clinicrep.reports.language import ReportLanguage

    praised = "Patients praised {topic} most often (%n review(s)): tell the team."
    english = ReportLanguage("en")
    assert english.translate("MonthlyReport", praised, "", 13) == (
        "Patients praised {topic} most often (13 reviews): tell the team."
    )
    assert english.translate("MonthlyReport", praised, "", 1) == (
        "Patients praised {topic} most often (1 review): tell the team."
    )


def test_report_names_the_practice_and_quotes_reviews_in_their_own_script(
    db: Database, month_of_reviews: ReviewMaker, tmp_path: Path
) -> None:
    text = pdf_text(_render(db, tmp_path))
    assert "Przychodnia Zdrowie Łódź" in text
    assert RUSSIAN in text
    assert CHINESE in text
    assert "Иван П." in text


def test_report_has_numbered_pages_and_embedded_fonts_and_renders_everywhere(
    db: Database, month_of_reviews: ReviewMaker, tmp_path: Path
) -> None:
    pdf = _render(db, tmp_path)
    pages = _pages(pdf)
    text = pdf_text(pdf)
    assert pages == 3
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows, "the PDF has no fonts: its text would be an image"
    assert all(row.split()[-5] == "yes" for row in rows), fonts.stdout  # the "emb" column
    result = subprocess.run(
        ["pdftoppm", "-r", "30", "-png", str(pdf), str(tmp_path / "page")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and not result.stderr, result.stderr
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == pages
    assert all(not QImage(str(p)).isNull() for p in images)


def test_review_written_as_markup_is_printed_literally(
    db: Database, month_of_reviews: ReviewMaker, tmp_path: Path
) -> None:
    text = pdf_text(_render(db, tmp_path))
    assert HOSTILE in text


def test_internal_notes_stay_out_unless_the_user_ticks_the_box(
    db: Database, month_of_reviews: ReviewMaker, tmp_path: Path
) -> None:
    plain = pdf_text(_render(db, tmp_path))
    assert "Called the patient back" not in plain
    with_notes = pdf_text(_render(db, tmp_path, include_internal_notes=True))
    assert " ".join(INTERNAL_NOTE.split()) in " ".join(with_notes.split())
    assert "Includes internal notes: not for publication." in with_notes


def test_things_to_act_on_name_the_rising_complaint(
    db: Database, month_of_reviews: ReviewMaker, tmp_path: Path
) -> None:
    text = " ".join(pdf_text(_render(db, tmp_path)).split())
    assert "Waiting time was named in 5 complaints, up from 1." in text
    assert "Reviews of this month and earlier still unanswered at the end of the month: 2." in text


def test_the_rising_complaint_reads_as_polish_says_it(
    db: Database, month_of_reviews: ReviewMaker, tmp_path: Path
) -> None:
    """Polish said "Czas oczekiwania: skarg — 5, w poprzednim miesiącu — 1.", a table row
    written out; the owner reads a sentence."""
    text = " ".join(pdf_text(_render(db, tmp_path, language="pl")).split())
    assert "Czas oczekiwania: liczba skarg wzrosła do 5 (w poprzednim miesiącu: 1)." in text


def test_long_review_is_cut_with_an_ellipsis_not_run_off_the_page(
    db: Database, month_of_reviews: ReviewMaker, tmp_path: Path
) -> None:
    text = pdf_text(_render(db, tmp_path))
    assert "Two hours in the waiting room." in text
    assert "\u2026" in text
    assert text.count("Two hours in the waiting room") < 30


def test_month_without_reviews_gives_a_short_honest_pdf(
    db: Database, maker: ReviewMaker, tmp_path: Path
) -> None:
    pdf = _render(db, tmp_path)
    text = " ".join(pdf_text(pdf).split())
    assert _pages(pdf) == 1
    assert "No reviews were received in October 2026." in text
    assert "Page 1 of 1" in text


def test_letter_paper_for_practices_in_the_us(
    db: Database, month_of_reviews: ReviewMaker, tmp_path: Path
) -> None:
    pdf = _render(db, tmp_path, page_size=PageSize.LETTER)
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    assert "612 x 792 pts" in info.stdout
    a4 = subprocess.run(
        ["pdfinfo", str(_render(db, tmp_path))], check=True, capture_output=True, text=True
    )
    assert "595 x 842 pts" in a4.stdout


def test_report_in_russian_writes_numbers_and_months_the_russian_way(
    db: Database, month_of_reviews: ReviewMaker, tmp_path: Path
) -> None:
    from clinicrep.i18n_build import project_root, release
    from clinicrep.reports.language import ReportLanguage

    release(project_root())  # the build step that makes the .qm files
    label = ReportLanguage("ru").translate("MonthlyReport", "Average rating (of 5)")
    assert label != "Average rating (of 5)"  # the Russian translation is there
    text = pdf_text(_render(db, tmp_path, language="ru"))
    assert "Октябрь 2026" in text
    assert re.findall(r"\d+,\d", _line(text, label))[0] == "3,4"


def test_practice_logo_is_placed_on_the_first_page(
    db: Database, month_of_reviews: ReviewMaker, tmp_path: Path
) -> None:
    logo = QImage(120, 60, QImage.Format_RGB32)
    logo.fill(QColor("#1f6f8b"))
    logo_path = tmp_path / "logo.png"
    assert logo.save(str(logo_path))
    pdf = _render(db, tmp_path, logo_path=logo_path)
    listing = subprocess.run(
        ["pdfimages", "-list", str(pdf)], check=True, capture_output=True, text=True
    )
    first_page_images = [r for r in listing.stdout.splitlines()[2:] if r.split()[0] == "1"]
    assert len(first_page_images) == 1


def test_a_mistyped_month_is_refused_with_a_clear_error(db: Database, tmp_path: Path) -> None:
    with pytest.raises(InvalidMonth):
        render_monthly_report(db, "October", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_alerts_of_the_month_say_what_was_done(
    db: Database, month_of_reviews: ReviewMaker, tmp_path: Path
) -> None:
    review_id = db.execute("SELECT id FROM reviews WHERE text = ?", (RUSSIAN,)).fetchone()[0]
    with db.transaction():
        db.execute(
            "INSERT INTO alerts (kind, key, raised_at, message, review_id, acknowledged_at)"
            " VALUES ('urgent', 'urgent:1', '2026-10-02T11:00:00Z', ?, ?, '2026-10-02T12:00:00Z')",
            ("Urgent complaint on Google: rating 1", review_id),
        )
        db.execute(
            "INSERT INTO alerts (kind, key, raised_at, message) VALUES"
            " ('spike', 'spike:w41', '2026-10-08T09:00:00Z', '5 negative reviews in a week')",
        )
    text = " ".join(pdf_text(_render(db, tmp_path)).split())
    assert "Urgent review" in text and "Spike of negative reviews" in text
    assert "What was done: Acknowledged on 10/2/2026. The review was answered on 10/2/2026." in text
    assert "What was done: Nothing has been done about it yet." in text
    assert "Alerts of this month not yet acknowledged: 1." in text


def _figure(text: str) -> float:
    """A figure as printed in the table: "4,1", "78 %", "+7 pkt proc.", "−0,1"."""
    number = re.search(r"[+\u2212-]?\d+(?:[.,]\d+)?", text)
    assert number is not None, text
    return float(number.group().replace(",", ".").replace("\u2212", "-"))


@pytest.mark.parametrize("language", ["en", "pl"])
def test_each_change_is_the_difference_of_the_two_figures_printed_beside_it(
    db: Database, tmp_path: Path, language: str
) -> None:
    """The demo practice's November in the owner's PDF said "78 %, 70 %, +7 pkt proc." and
    "4,1, 4,0, 0,0": the changes came from unrounded figures and did not add up."""
    from clinicrep.demo.populate import populate

    populate(db, now=datetime(2026, 12, 3, 16, 8, tzinfo=UTC))
    out = render_monthly_report(
        db,
        "2026-11",
        tmp_path / "november.pdf",
        options=ReportOptions(practice_name="Demo", language=language, zone=UTC),
        now=datetime(2026, 12, 3, 16, 8, tzinfo=UTC),
    )
    labels = {
        "en": ("Average rating", "Positive reviews", "Negative reviews", "Answered within"),
        "pl": ("Średnia ocena", "Opinie pozytywne", "Opinie negatywne", "Odpowiedziano w ciągu"),
    }[language]
    checked = 0
    for line in pdf_text(out).splitlines():
        if not line.strip().startswith(labels):
            continue
        # label, this month, the month before, the change: columns apart by 2+ spaces
        cells = re.split(r"\s{2,}", line.strip())
        if len(cells) != 4:
            continue  # the chart's legend on page 2 names "Average rating" too
        now, before, change = (_figure(c) for c in cells[-3:])
        assert round(now - before, 1) == change, line
        checked += 1
    assert checked == 5  # the average, two shares of sentiment, two of answer times
