"""The monthly report gives one answer to "what did patients praise and complain about": its
charts and its list with quotes count the same aspects, the practice's corrections included,
in every language of the report."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from clinicrep.demo.populate import populate
from clinicrep.model import Aspect, Sentiment
from clinicrep.reports.language import ReportLanguage
from clinicrep.reports.pdf import ReportOptions, render_monthly_report
from clinicrep.store import Database
from clinicrep.store.aspects import aspect_counts, correct_aspect

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
NOVEMBER = ("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z")
NOVEMBER_RANGE = (datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC))
_BAR = re.compile(r"^\s*(\S.*?)\s{2,}(\d+)\s*$")


def _render(db: Database, tmp_path: Path, language: str) -> Path:
    out = tmp_path / f"november-{language}.pdf"
    options = ReportOptions(language=language, zone=UTC)
    return render_monthly_report(db, "2026-11", out, options=options, now=NOW)


def _page_text(pdf: Path, page: int, *, left: bool | None = None) -> str:
    """One page as laid out; only its left or right half when asked (A4: 595 x 842 pt)."""
    crop = [] if left is None else ["-x", "0" if left else "298", "-y", "0", "-W", "297"]
    crop += ["-H", "842"] if crop else []
    result = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", "-f", str(page), "-l", str(page), *crop]
        + [str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout.replace("\u00a0", " ")


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))  # type: ignore[union-attr]


def _chart(pdf: Path, title: str, *, left: bool) -> list[tuple[str, int]]:
    """The bars (label, count) of the chart called ``title``, read off the PDF."""
    for page in range(1, _pages(pdf) + 1):
        lines = _page_text(pdf, page, left=left).splitlines()
        starts = [i for i, line in enumerate(lines) if line.strip() == title]
        if not starts:
            continue
        bars = []
        for line in lines[starts[0] + 1 :]:
            found = _BAR.match(line)
            if not found:
                break
            bars.append((found.group(1), int(found.group(2))))
        return bars
    raise AssertionError(f"no chart {title!r} in the report")


def _list(pdf: Path, title: str, end: str) -> list[str]:
    """The bullets of the list ``title`` (up to the heading ``end``), their quotes left out."""
    text = "\n".join(_page_text(pdf, page) for page in range(1, _pages(pdf) + 1))
    section = text[text.index(title) + len(title) : text.index(end)]
    # a bullet ends at the blank line after it (the page's footer may follow the last one)
    bullets = [" ".join(b.split("\n\n")[0].split()) for b in section.split("•")[1:]]
    return [b.split(" — ")[0] for b in bullets]


@pytest.mark.parametrize("language", ["en", "ru", "uk", "pl", "zh_CN"])
def test_the_charts_and_the_list_name_the_same_aspects_with_the_practices_corrections(
    db: Database, tmp_path: Path, language: str
) -> None:
    populate(db, now=NOW)
    read = {c.aspect: c for c in aspect_counts(db, *NOVEMBER_RANGE)}
    before = read[Aspect.PRICE].complaints if Aspect.PRICE in read else 0
    # the practice reads four more of November's reviews as complaints about prices
    for review_id in _not_about_prices(db)[:4]:
        correct_aspect(db, review_id, Aspect.PRICE, Sentiment.NEGATIVE)

    pdf = _render(db, tmp_path, language)
    lang = ReportLanguage(language)

    def t(text: str) -> str:
        return lang.translate("MonthlyReport", text)

    def line(label: str, count: int) -> str:
        return lang.translate("MonthlyReport", "{aspect} (reviews: %n)", "", count).format(
            aspect=label
        )

    praised_bars = _chart(pdf, t("Most praised"), left=True)
    blamed_bars = _chart(pdf, t("Most complained about"), left=False)
    praised = _list(pdf, t("What patients praised"), t("What patients complained about"))
    blamed = _list(
        pdf, t("What patients complained about"), t("The month's most important reviews")
    )

    # the corrections count at once: prices lead the complaints, in the chart and in the list
    assert blamed_bars[0] == (lang.aspect(Aspect.PRICE), before + 4)
    assert blamed[0] == line(lang.aspect(Aspect.PRICE), blamed_bars[0][1])
    # the list quotes the chart's first aspects, with the same counts
    assert praised and blamed
    assert praised == [line(label, count) for label, count in praised_bars[: len(praised)]]
    assert blamed == [line(label, count) for label, count in blamed_bars[: len(blamed)]]
    # every bar is an aspect, in the report's language
    aspects = {lang.aspect(a) for a in Aspect}
    assert {label for label, _ in praised_bars + blamed_bars} <= aspects


def _not_about_prices(db: Database) -> list[int]:
    """November's reviews that the analysis read as saying nothing about prices."""
    return [
        row[0]
        for row in db.fetchall(
            "SELECT id FROM reviews WHERE created_at >= ? AND created_at < ? AND id NOT IN"
            " (SELECT review_id FROM review_aspects WHERE aspect = 'price') ORDER BY id",
            NOVEMBER,
        )
    ]


@pytest.mark.parametrize(
    ("language", "opening", "closing"),
    [("en", "“", "”"), ("pl", "„", "”"), ("ru", "«", "»"), ("uk", "«", "»")],
)
def test_the_quotes_stand_in_the_report_languages_own_quotation_marks(
    db: Database, tmp_path: Path, language: str, opening: str, closing: str
) -> None:
    populate(db, now=NOW)
    pdf = _render(db, tmp_path, language)
    lang = ReportLanguage(language)
    text = "\n".join(_page_text(pdf, page) for page in range(1, _pages(pdf) + 1))
    praised = text[text.index(lang.translate("MonthlyReport", "What patients praised")) :]
    first = praised.split("•")[1]
    quote = first.split(" — ", 1)[1].strip()
    assert quote.startswith(opening), quote
    assert closing in quote
