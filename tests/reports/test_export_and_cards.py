"""CSV export of the filtered inbox, and the front-desk review-request cards."""

from __future__ import annotations

import csv
import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from PySide6.QtGui import QImage

from clinicrep.model import Platform, Sentiment, Status
from clinicrep.reports.export import export_csv
from clinicrep.reports.request_card import (
    CardLayout,
    InvalidReviewLink,
    render_request_card,
    review_gating_notice,
)
from clinicrep.store import Database
from clinicrep.store.inbox import ReviewQuery

from .conftest import INTERNAL_NOTE, RUSSIAN, ReviewMaker, october, pdf_text

REVIEW_LINK = "https://g.page/r/CbD3xYz_example/review?hl=pl"


def _read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_export_writes_only_the_filtered_reviews_with_a_bom_for_spreadsheets(
    db: Database, month_of_reviews: ReviewMaker, tmp_path: Path
) -> None:
    out = tmp_path / "negatives.csv"
    query = ReviewQuery(sentiments=(Sentiment.NEGATIVE,), sort="created", descending=False)
    count = export_csv(db, query, out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = _read_csv(out)
    assert count == len(rows) - 1 == 8  # 1 in September, 6 in October, 1 in November
    assert rows[0][:3] == ["Date", "Platform", "Author"]
    assert rows[1][5] == "Waited for an hour."
    assert any(row[5] == RUSSIAN for row in rows)
    assert not any(INTERNAL_NOTE in cell for row in rows for cell in row)


@pytest.fixture
def in_kyiv(monkeypatch: pytest.MonkeyPatch):
    """This computer's clock set to Kyiv (UTC+2 in winter, +3 in summer)."""
    monkeypatch.setenv("TZ", "Europe/Kyiv")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_export_dates_are_the_practices_local_time_in_a_form_spreadsheets_read_as_dates(
    db: Database, maker: ReviewMaker, tmp_path: Path, in_kyiv: None
) -> None:
    # 22:30 UTC on 3 December is already 4 December in Kyiv (+02:00); July is summer (+03:00)
    maker.add(
        datetime(2026, 12, 3, 22, 30, 15, 900_000, tzinfo=UTC),
        rating=2,
        text="Late-night complaint.",
        sentiment=Sentiment.NEGATIVE,
        answered_after_hours=2,
    )
    maker.add(
        datetime(2026, 7, 1, 21, 15, tzinfo=UTC),
        rating=5,
        text="Summer.",
        sentiment=Sentiment.POSITIVE,
    )
    out = tmp_path / "all.csv"
    export_csv(db, ReviewQuery(sort="created", descending=False), out)
    header, summer, winter = _read_csv(out)
    assert (header[0], header[11]) == ("Date", "Answered")
    # no "+03:00": Excel kept such cells as text (no sorting or filtering by date)
    assert summer[0] == "2026-07-02 00:15:00"
    assert (winter[0], winter[11]) == ("2026-12-04 00:30:15", "2026-12-04 02:30:15")


def test_export_writes_a_day_alone_when_the_source_gave_no_time(
    db: Database, maker: ReviewMaker, tmp_path: Path, in_kyiv: None
) -> None:
    # a file that gave "2026-10-03" only is stored as local midnight: no made-up "00:00:00"
    maker.add(
        datetime(2026, 10, 3, tzinfo=UTC).astimezone().replace(hour=0),
        rating=4,
        text="Day only.",
        sentiment=Sentiment.POSITIVE,
    )
    out = tmp_path / "days.csv"
    export_csv(db, ReviewQuery(sort="created", descending=False), out)
    _header, row = _read_csv(out)
    assert row[0] == "2026-10-03"


def test_export_defuses_cells_a_spreadsheet_would_run_as_formulas(
    db: Database, maker: ReviewMaker, tmp_path: Path
) -> None:
    attacks = ['=HYPERLINK("http://evil.example","click")', "+1+1", "-2+3", "@SUM(A1:A2)"]
    for text in attacks:
        maker.add(
            october(5),
            rating=1,
            text=text,
            sentiment=Sentiment.NEGATIVE,
            author="=cmd|' /C calc'!A0",
        )
    maker.add(october(6), rating=5, text="Nice - really", sentiment=Sentiment.POSITIVE)
    out = tmp_path / "all.csv"
    export_csv(db, ReviewQuery(sort="created", descending=False), out)
    rows = _read_csv(out)[1:]
    assert sorted(row[5] for row in rows) == sorted(["'" + t for t in attacks] + ["Nice - really"])
    assert sum(row[2].startswith("'=cmd") for row in rows) == 4


def test_export_of_an_empty_filter_writes_just_the_header(
    db: Database, maker: ReviewMaker, tmp_path: Path
) -> None:
    out = tmp_path / "none.csv"
    assert export_csv(db, ReviewQuery(statuses=(Status.ESCALATED,)), out) == 0
    assert len(_read_csv(out)) == 1


def _decode_qr(pdf: Path, tmp_path: Path) -> list[str]:
    subprocess.run(
        ["pdftoppm", "-r", "110", "-png", "-singlefile", str(pdf), str(tmp_path / "card")],
        check=True,
    )
    image = QImage(str(tmp_path / "card.png")).convertToFormat(QImage.Format_Grayscale8)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    pixels = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height)
    pixels = pixels.reshape(height, stride)[:, :width].copy()
    return [
        r.text for r in zxingcpp.read_barcodes(pixels) if r.format == zxingcpp.BarcodeFormat.QRCode
    ]


def test_poster_qr_code_opens_the_practices_review_page(tmp_path: Path) -> None:
    pdf = render_request_card(
        tmp_path / "poster.pdf",
        url=REVIEW_LINK,
        platform=Platform.GOOGLE,
        language="pl",
        practice_name="Przychodnia Zdrowie Łódź",
        layout=CardLayout.POSTER,
    )
    assert _decode_qr(pdf, tmp_path) == [REVIEW_LINK]
    text = " ".join(pdf_text(pdf).split())
    assert "Przychodnia Zdrowie Łódź" in text
    assert "g.page/r/CbD3xYz_example/review?hl=pl" in text
    assert "Google" in text


def test_sheet_of_four_cards_each_scans_to_the_link(tmp_path: Path) -> None:
    link = "https://www.trustpilot.com/evaluate/clinic.example.com"
    pdf = render_request_card(
        tmp_path / "cards.pdf",
        url=link,
        platform=Platform.TRUSTPILOT,
        language="zh_CN",
        practice_name="北京明德诊所",
        layout=CardLayout.CARDS,
    )
    assert _decode_qr(pdf, tmp_path) == [link] * 4
    assert pdf_text(pdf).count("北京明德诊所") == 4


def test_card_refuses_a_link_that_is_not_a_web_address(tmp_path: Path) -> None:
    with pytest.raises(InvalidReviewLink):
        render_request_card(
            tmp_path / "x.pdf",
            url="javascript:alert(1)",
            platform=Platform.GOOGLE,
            language="en",
            practice_name="",
        )
    assert not (tmp_path / "x.pdf").exists()


def test_the_feature_says_why_every_patient_is_asked_alike() -> None:
    notice = review_gating_notice()
    assert "every patient alike" in notice
    assert "review gating" in notice


@pytest.mark.parametrize(
    ("code", "separator", "header"),
    [
        ("pl", ";", ["Data", "Platforma", "Autor"]),
        ("ru", ";", None),
        ("zh_CN", ",", None),
        ("en", ",", ["Date", "Platform", "Author"]),
    ],
)
def test_the_export_opens_in_columns_in_the_spreadsheet_of_her_language(
    db: Database, month_of_reviews: ReviewMaker, tmp_path: Path, code, separator, header
) -> None:
    # Polish, Russian and Ukrainian Excel split a double-clicked CSV at ";" (their decimal
    # point is a comma): a comma-separated export landed whole in column A
    from PySide6.QtWidgets import QApplication

    from clinicrep.i18n import install_translators

    out = tmp_path / "opinie.csv"
    install_translators(QApplication.instance(), code)
    try:
        count = export_csv(db, ReviewQuery(sort="created", descending=False), out)
    finally:
        install_translators(QApplication.instance(), "en")
    text = out.read_text(encoding="utf-8-sig")
    first = text.splitlines()[0]
    assert first.count(separator) == 13 and first.count(";" if separator == "," else ",") == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=separator))
    assert len(rows) == count + 1 and all(len(row) == 14 for row in rows)
    if header:
        assert rows[0][:3] == header


def _slanted_text_runs(pdf: Path) -> int:
    """Text set in a slant Qt's PDF writer makes up (an italic the font does not have): its
    text matrix leans by 0.3."""
    import re
    import zlib

    count = 0
    for stream in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf.read_bytes(), re.S):
        try:
            body = zlib.decompress(stream.group(1))
        except zlib.error:
            continue
        count += len(re.findall(rb"1 0 \.3 -1 0 0 Tm", body))
    return count


def test_a_chinese_card_has_no_slanted_han_and_an_english_one_keeps_its_italic(
    tmp_path: Path,
) -> None:
    # Chinese has no italics: the card's "无论内容如何…谢谢！" was printed leaning
    chinese = render_request_card(
        tmp_path / "zh.pdf",
        url="https://m.dianping.com/shop/12345",
        platform=Platform.DIANPING,
        language="zh_CN",
        practice_name="上海微笑牙科诊所",
    )
    assert "谢谢" in pdf_text(chinese)
    assert _slanted_text_runs(chinese) == 0
    english = render_request_card(
        tmp_path / "en.pdf", url=REVIEW_LINK, platform=Platform.GOOGLE, language="en"
    )
    assert _slanted_text_runs(english) == 1  # "Thank you…" in italics, as before
