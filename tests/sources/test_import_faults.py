"""What independent checks (issue 17, items 5-10) and a front desk (issue 18) found wrong in
the importer, each as the story that would have caught it."""

from __future__ import annotations

import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from clinicrep.cli import main
from clinicrep.errors import ImportFileError
from clinicrep.importing import import_csv
from clinicrep.messages import user_message
from clinicrep.model import Review, Status
from clinicrep.sources import table_files
from clinicrep.store.db import Database
from clinicrep.store.inbox import ReviewQuery, review_ids
from clinicrep.store.reviews import count_reviews, reviews_by_ids


def stored(db: Database) -> list[Review]:
    return reviews_by_ids(db, review_ids(db, ReviewQuery(sort="created", descending=False)))


def write(folder: Path, name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


# -- 5: rows merged ------------------------------------------------------------------
def test_three_rating_only_reviews_by_one_patient_on_one_day_stay_three(
    db: Database, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "znany.csv",
        "Data;Autor;Ocena;Opinia\n"
        "12.10.2026;Pacjent;5;\n12.10.2026;Pacjent;4;\n12.10.2026;Pacjent;1;\n"
        "12.10.2026;Pacjent;5;Bardzo dobry lekarz, polecam\n",
    )
    first = import_csv(db, path, source_name="ZnanyLekarz", analyse=False)
    assert first.imported == 4
    assert sorted(r.rating or 0 for r in stored(db)) == [1, 4, 5, 5]
    again = import_csv(db, path, source_name="ZnanyLekarz", analyse=False)
    assert (again.imported, count_reviews(db)) == (0, 4)


# -- 6: a file cut inside a quoted field ---------------------------------------------
def test_a_file_cut_inside_a_quoted_text_skips_the_cut_row_and_the_whole_file_adds_it_once(
    db: Database, tmp_path: Path
) -> None:
    whole = (
        "date,author,rating,text\n"
        '2026-11-20,Ann,5,"Kind nurse"\n'
        '2026-11-21,Bob,2,"The waiting room was full and\nnobody told us why we waited two hours"\n'
    )
    cut = whole[: whole.index("nobody") + 6]
    path = write(tmp_path, "export.csv", cut)
    report = import_csv(db, path, source_name="S", analyse=False)
    assert report.imported == 1
    assert [(p.line, p.code, p.skipped) for p in report.problems] == [(3, "cut_field", True)]
    assert "cut" in report.problems[0].reason
    write(tmp_path, "export.csv", whole)
    report = import_csv(db, path, source_name="S", analyse=False)
    assert (report.imported, count_reviews(db)) == (1, 2)
    assert any(r.text.endswith("waited two hours") for r in stored(db))


# -- 7: one stray rating does not rescale the file -------------------------------------
def test_one_six_among_five_star_ratings_is_skipped_and_the_others_keep_their_stars(
    db: Database, tmp_path: Path
) -> None:
    rows = [f"2026-10-{i + 1:02d},Patient {i},{5 - i % 5},Visit {i}" for i in range(30)]
    rows.insert(12, "2026-10-31,Typo,6,Six stars by mistake")
    path = write(tmp_path, "r.csv", "date,author,rating,text\n" + "\n".join(rows) + "\n")
    report = import_csv(db, path, source_name="S", analyse=False)
    assert report.rating_scale == 5
    assert [(p.line, p.code) for p in report.problems] == [(14, "rating_out_of_range")]
    assert report.imported == 30
    assert sorted({r.rating for r in stored(db)}) == [1, 2, 3, 4, 5]
    first = next(r for r in stored(db) if r.text == "Visit 0")
    assert first.rating == 5


def test_a_real_ten_point_column_is_read_as_ten_point_and_reported(
    db: Database, tmp_path: Path
) -> None:
    rows = [f"2026-10-{i + 1:02d},P{i},{(6, 8, 10, 9, 3)[i % 5]},Visit {i}" for i in range(20)]
    path = write(tmp_path, "r.csv", "date,author,score,text\n" + "\n".join(rows) + "\n")
    report = import_csv(db, path, source_name="S", analyse=False)
    assert report.rating_scale == 10
    assert [w.code for w in report.warnings] == ["rating_scale"]
    assert "1 to 10" in report.warnings[0].text
    assert sorted({r.rating for r in stored(db)}) == [2, 3, 4, 5]


# -- 8: one line in another encoding ------------------------------------------------
def test_a_utf8_file_with_one_windows_1251_line_keeps_every_line_readable(
    db: Database, tmp_path: Path
) -> None:
    data = (
        "Дата;Автор;Оценка;Отзыв\n23.11.2026;Иван;5;Отличный врач, всё объяснил\n".encode()
        + "24.11.2026;Мария;2;Ждала приёма больше часа, это очень долго\n".encode("cp1251")
        + "25.11.2026;Олег;4;Хорошая клиника, но дорого\n".encode()
    )
    path = write(tmp_path, "mixed.csv", data)
    report = import_csv(db, path, source_name="S", analyse=False)
    assert report.imported == 3
    assert {r.text for r in stored(db)} == {
        "Отличный врач, всё объяснил",
        "Ждала приёма больше часа, это очень долго",
        "Хорошая клиника, но дорого",
    }
    [note] = [p for p in report.problems if p.code == "line_encoding"]
    assert (note.line, note.skipped) == (3, False)
    assert "cp1251" in note.reason


# -- 9: impossible and future dates -------------------------------------------------
def test_impossible_dates_skip_their_rows_and_future_dates_are_flagged(
    db: Database, tmp_path: Path
) -> None:
    future = (datetime.now(UTC) + timedelta(days=40)).date().isoformat()
    path = write(
        tmp_path,
        "dates.csv",
        "date,author,rating,text\n"
        "0001-01-01,Ann,5,Very old\n"
        "9999-12-31T23:59:59-05:00,Bob,4,Very late\n"
        f"{future},Cid,3,Not yet written\n"
        "2026-11-20,Dan,5,Fine\n",
    )
    report = import_csv(db, path, source_name="S", analyse=False)
    assert report.imported == 2
    assert [(p.line, p.code, p.skipped) for p in report.problems] == [
        (2, "date_impossible", True),
        (3, "date_impossible", True),
        (4, "date_in_future", False),
    ]
    assert {r.text for r in stored(db)} == {"Not yet written", "Fine"}


def test_a_row_with_an_unreadable_date_is_imported_only_when_the_user_says_so(
    db: Database, tmp_path: Path
) -> None:
    path = write(tmp_path, "d.csv", "date,text\nsomeday,Kind staff\n2026-11-20,Fine\n")
    report = import_csv(db, path, source_name="S", analyse=False)
    assert (report.imported, [p.code for p in report.problems]) == (1, ["date_unreadable"])
    saved = datetime(2026, 11, 25, 12, tzinfo=UTC)
    report = import_csv(
        db, path, source_name="S", analyse=False, unknown_dates=True, export_date=saved
    )
    assert report.imported == 1
    kind = next(r for r in stored(db) if r.text == "Kind staff")
    assert kind.created_at == saved


# -- 10: file errors each say what happened; memory stays bounded ------------------------
def test_each_file_error_has_its_own_message(tmp_path: Path, monkeypatch) -> None:
    def message(path: Path) -> str:
        with pytest.raises(ImportFileError) as caught:
            table_files.read_table(path)
        return user_message(caught.value)

    texts = [
        message(tmp_path / "missing.csv"),
        message(tmp_path),
        message(write(tmp_path, "empty.csv", b"")),
        message(write(tmp_path, "old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)),
        message(write(tmp_path, "bad.json", b'[{"a": 1}, {"b": ')),
    ]
    monkeypatch.setattr(table_files, "MAX_FILE_BYTES", 10)
    texts.append(message(write(tmp_path, "big.csv", "date,text\n2026-11-20,Fine\n")))
    assert "not found" in texts[0] and "folder" in texts[1] and "empty" in texts[2]
    assert ".xls" in texts[3] and "JSON" in texts[4] and "too large" in texts[5]
    assert len(set(texts)) == len(texts)
    assert not any("Save it as CSV" in t for t in texts)


def test_an_unreadable_file_says_so(tmp_path: Path, monkeypatch) -> None:
    path = write(tmp_path, "locked.csv", "date,text\n2026-11-20,Fine\n")

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(ImportFileError) as caught:
        table_files.read_table(path)
    assert "permission" in user_message(caught.value)


def test_memory_of_an_import_stays_bounded_by_a_page_not_the_file(
    db: Database, tmp_path: Path
) -> None:
    # rows of 100,000 Cyrillic characters (the longest review kept): 7 MB, then 21 MB
    def peak_importing(rows: int) -> tuple[int, int]:
        path = tmp_path / f"long{rows}.csv"
        with path.open("w", encoding="utf-8") as f:
            f.write("date,author,rating,text\n")
            for i in range(rows):
                f.write(f"2026-10-{1 + i % 28:02d},P{i},5,Letter {i} " + "слово " * 16_600 + "\n")
        tracemalloc.start()
        report = import_csv(db, path, source_name=f"S{rows}", analyse=False)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert report.imported == rows
        return peak, path.stat().st_size

    small, small_size = peak_importing(40)
    big, big_size = peak_importing(120)
    assert big_size > 2.9 * small_size
    assert big < 1.4 * small, f"{small / 2**20:.0f} MB, then {big / 2**20:.0f} MB"
    assert big < big_size


# -- issue 18: a Windows-1250 Polish export ---------------------------------------------
POLISH = (
    "Data;Autor;Ocena;Treść opinii;Odpowiedź lekarza\n"
    "12.10.2026;Łucja Żak;5;Bardzo miła obsługa, pani doktor wszystko wyjaśniła. Polecam!;"
    "Dziękujemy za opinię i zapraszamy ponownie\n"
    "13.10.2026;Jan K.;2;Długo czekałem na wizytę, ale lekarz był w porządku.;\n"
    "14.10.2026;Michał;4;Gabinet czysty, rejestracja sprawna, tylko parking daleko;\n"
)


def test_a_windows_1250_polish_export_imports_with_polish_letters_and_its_replies(
    db: Database, tmp_path: Path
) -> None:
    path = write(tmp_path, "znanylekarz.csv", POLISH, encoding="cp1250")
    report = import_csv(db, path, source_name="ZnanyLekarz", analyse=False)
    assert report.encoding == "cp1250"
    assert report.mapping is not None and report.mapping.reply == "Odpowiedź lekarza"
    reviews = stored(db)
    assert [r.author for r in reviews] == ["Łucja Żak", "Jan K.", "Michał"]
    assert reviews[0].text.startswith("Bardzo miła obsługa, pani doktor wszystko wyjaśniła")
    assert reviews[0].upstream_reply == "Dziękujemy za opinię i zapraszamy ponownie"
    assert reviews[0].status == Status.ANSWERED and reviews[1].status == Status.NEW


def test_the_cli_refuses_a_file_that_its_encoding_would_garble(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "znanylekarz.csv", POLISH, encoding="cp1250")
    folder = tmp_path / "data"
    code = main(["--data-dir", str(folder), "import", str(path), "--source", "Z",
                 "--encoding", "cp1251"])  # fmt: skip
    err = capsys.readouterr().err
    assert code != 0
    assert "garbled" in err and "cp1250" in err and "Traceback" not in err
    code = main(["--data-dir", str(folder), "import", str(path), "--source", "Z",
                 "--encoding", "cp1250"])  # fmt: skip
    assert code == 0
    assert "New reviews imported: 3," in capsys.readouterr().out


def test_ukrainian_typed_with_a_latin_i_is_not_taken_for_garbled_text(
    db: Database, tmp_path: Path
) -> None:
    # many keyboards lack "і": people type the Latin letter, inside Cyrillic words
    rows = "".join(
        f"2{i}.11.2026;Олена {i};5;Дуже уважний лiкар, все пояснив i допомiг, дякую {i}\n"
        for i in range(8)
    )
    path = write(tmp_path, "helsi.csv", "Дата;Автор;Оцінка;Відгук\n" + rows)
    report = import_csv(db, path, source_name="Helsi", analyse=False)
    assert report.imported == 8


def test_next_weeks_export_with_relative_dates_adds_only_the_new_reviews(
    db: Database, tmp_path: Path
) -> None:
    monday = "user,rating,date,review\nСветлана,1 из 5,4 дня назад,Цены для толстосумов\n"
    later = (
        "user,rating,date,review\nОлег,5 из 5,вчера,Отличный отдых\n"
        "Светлана,1 из 5,неделю назад,Цены для толстосумов\n"
    )
    first = write(tmp_path, "maps.csv", monday)
    import_csv(db, first, source_name="Maps", analyse=False,
               export_date=datetime(2025, 3, 24, 12, tzinfo=UTC))  # fmt: skip
    second = write(tmp_path, "maps2.csv", later)
    report = import_csv(db, second, source_name="Maps", analyse=False,
                        export_date=datetime(2025, 3, 27, 12, tzinfo=UTC))  # fmt: skip
    assert (report.imported, report.unchanged, count_reviews(db)) == (1, 1, 2)


# -- walk 13: an "Excel" export that is a web page ----------------------------------------
EXCEL_WEB_PAGE = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'
    "<title>Opinie</title></head><body><table><tr><td>Menu</td></tr></table>\n"
    "<table border=1>\n<tr><th>Data</th><th>Autor</th><th>Ocena</th><th>Treść opinii</th></tr>\n"
    "<tr><td>12.10.2026</td><td>Łucja Żak</td><td>5</td>"
    "<td>Bardzo miła obsługa &amp; pani doktor<br>wszystko wyjaśniła.</td></tr>\n"
    "<tr><td>13.10.2026</td><td>Jan K.</td><td>2</td>"
    "<td><p>Długo czekałem.</p><p>Nikt nie przeprosił.</p></td></tr>\n"
    "</table></body></html>"
)


def test_an_excel_export_that_is_a_web_page_imports_the_reviews_of_its_table(
    db: Database, tmp_path: Path
) -> None:
    """Sites hand out "Excel" files that are web pages of a table (here in Windows-1250, as
    the page says): the reviews are read from the table, not the page's markup as a column."""
    path = write(tmp_path, "opinie.xls", EXCEL_WEB_PAGE, encoding="cp1250")
    report = import_csv(db, path, source_name="ZnanyLekarz", analyse=False)
    assert report.imported == 2 and report.encoding == "cp1250"
    assert report.mapping is not None and report.mapping.text == "Treść opinii"
    reviews = stored(db)
    assert [(r.author, r.rating) for r in reviews] == [("Łucja Żak", 5), ("Jan K.", 2)]
    assert reviews[0].text == "Bardzo miła obsługa & pani doktor\nwszystko wyjaśniła."
    assert reviews[1].text == "Długo czekałem.\nNikt nie przeprosił."


def test_a_saved_web_page_without_a_table_of_reviews_says_it_is_a_web_page(
    tmp_path: Path,
) -> None:
    page = "<!DOCTYPE html>\n<html><body><h1>Opinie</h1><p>Anna: 5</p></body></html>"
    for name in ("opinie.xlsx", "opinie.csv"):
        with pytest.raises(ImportFileError) as caught:
            table_files.read_table(write(tmp_path, name, page))
        said = user_message(caught.value)
        assert said.startswith("This file is a web page") and "Paste reviews" in said


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def _bare_workbook(
    path: Path, sheet_data: str, *, sheet: str = "S", shared_strings_mb: int = 0
) -> Path:
    """The fewest parts an .xlsx needs, written by hand: one sheet of ``sheet_data`` (its
    <row> elements), and with ``shared_strings_mb`` one shared string of that many MB."""
    import zipfile

    strings_rel = (
        f'<Relationship Id="rId2" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>'
        if shared_strings_mb
        else ""
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
            'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.worksheet+xml"/></Types>',
        )
        book.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{_PKG}"><Relationship Id="rId1" Type="{_REL}/officeDocument"'
            ' Target="xl/workbook.xml"/></Relationships>',
        )
        book.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
            f'<sheet name="{sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        book.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{_PKG}"><Relationship Id="rId1" Type="{_REL}/worksheet" '
            f'Target="worksheets/sheet1.xml"/>{strings_rel}</Relationships>',
        )
        book.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{_MAIN}"><sheetData>{sheet_data}</sheetData></worksheet>',
        )
        if shared_strings_mb:
            with book.open("xl/sharedStrings.xml", "w", force_zip64=True) as strings:
                strings.write(f'<sst xmlns="{_MAIN}"><si><t>'.encode())
                for _ in range(shared_strings_mb):
                    strings.write(b"a" * 1024 * 1024)
                strings.write(b"</t></si></sst>")
    return path


def _workbook_with_one_huge_shared_string(path: Path, megabytes: int) -> Path:
    """A small .xlsx whose shared strings unpack to ``megabytes`` MB (a "zip bomb")."""
    first = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    return _bare_workbook(path, first, shared_strings_mb=megabytes)


def test_an_excel_zip_bomb_is_refused_before_it_fills_the_memory(
    db: Database, tmp_path: Path, monkeypatch
) -> None:
    """A tester's 1 MB .xlsx that unpacks to 1 GB took 3 GB of memory and 16 s before the
    import window said anything; with 2 GB inside it the program was killed. It is now
    refused from the workbook's directory, unpacking nothing, with a message that says why."""
    bomb = _workbook_with_one_huge_shared_string(tmp_path / "opinie.xlsx", 64)
    assert bomb.stat().st_size < 1024 * 1024
    monkeypatch.setattr(table_files, "MAX_XLSX_UNPACKED", 32 * 1024 * 1024)
    # the command line's way in first: it also loads the modules a workbook needs, so the
    # peak below is the import's, not Python's first import of openpyxl (9.7 MB run alone)
    with pytest.raises(ImportFileError) as cli_caught:
        table_files.read_table(bomb)
    assert cli_caught.value.params["reason"] == "unpacks_too_large"
    tracemalloc.start()
    try:
        with pytest.raises(ImportFileError) as caught:
            import_csv(db, bomb, source_name="Excel", analyse=False)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024
    said = user_message(caught.value)
    assert said.startswith("This Excel file unpacks to 64 MB") and "as CSV" in said
    assert count_reviews(db) == 0


def test_a_loop_of_links_is_reported_as_a_missing_file_not_a_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`clinicrep import` on a link to a link back to it printed a RuntimeError traceback."""
    (tmp_path / "a.csv").symlink_to("b.csv")
    (tmp_path / "b.csv").symlink_to("a.csv")
    code = main(["--data-dir", str(tmp_path / "data"), "import", str(tmp_path / "a.csv"),
                 "--source", "New place"])  # fmt: skip
    err = capsys.readouterr().err
    assert code != 0
    assert "The file was not found" in err and "Traceback" not in err


def test_a_review_line_of_many_megabytes_imports_its_start_in_bounded_memory(
    db: Database, tmp_path: Path
) -> None:
    """A tester's CSV had one line of 50 MB: importing it took 1.2 GB of memory (csv holds a
    field as 4 bytes a character), so a 200 MB one would take the machine's. The line's
    start and end are read, the rest skipped: the review keeps its stars (after the text)
    and its first 100,000 characters, the report says it was cut, and the Cyrillic cut in
    the middle of a letter is not taken for another encoding."""
    long_text = "Очень долгое ожидание, " * 550_000  # 12.6 MB of UTF-8
    path = write(
        tmp_path,
        "opinions.csv",
        "date,author,text,rating\n"
        "2026-11-20,Анна,Хороший врач,5\n"
        f'2026-11-21,Борис,"{long_text}",2\n'
        "2026-11-22,Вера,Всё быстро,4\n",
    )
    tracemalloc.start()
    try:
        report = import_csv(db, path, source_name="Export", analyse=False)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 40 * 1024 * 1024
    assert report.imported == 3
    reviews = {r.author: r for r in stored(db)}
    assert [reviews[n].rating for n in ("Анна", "Борис", "Вера")] == [5, 2, 4]
    assert reviews["Борис"].text.startswith("Очень долгое ожидание, Очень")
    assert len(reviews["Борис"].text) == 100_000
    codes = [p.code for p in report.problems]
    assert "line_encoding" not in codes and "bytes_replaced" not in codes
    assert any("longer than 100000 characters" in p.reason for p in report.problems)


def test_half_an_emoji_in_a_json_export_is_dropped_instead_of_stopping_the_import(
    db: Database, tmp_path: Path
) -> None:
    """Scrapers cut texts at a length in UTF-16, leaving "\\ud83d" (half an emoji) in their
    JSON; json reads it as a lone surrogate that UTF-8 cannot hold, and the import stopped
    with a UnicodeEncodeError traceback. The half character is dropped like a control one."""
    path = write(
        tmp_path,
        "scraped.json",
        '[{"date": "2026-11-20", "author": "Ann\\ud83d", "rating": 5, '
        '"text": "Kind staff \\ud83d"},'
        ' {"date": "2026-11-21", "author": "Bob", "rating": 4, "text": "Fine \\udc00visit"}]',
    )
    report = import_csv(db, path, source_name="Scraper", analyse=False)
    assert report.imported == 2
    assert [(r.author, r.text) for r in stored(db)] == [
        ("Ann", "Kind staff"),
        ("Bob", "Fine visit"),
    ]


def _peak_importing(db: Database, path: Path) -> tuple[int, object]:
    tracemalloc.start()
    try:
        report = import_csv(db, path, source_name="Export", analyse=False)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return peak, report


def test_a_file_with_old_mac_line_ends_and_a_line_of_many_megabytes_stays_in_bounded_memory(
    db: Database, tmp_path: Path
) -> None:
    """Lines ending in a lone CR were read by reading the whole file and splitting it, with
    no limit on a line: a 50 MB one took 1.3 GB. They are held to MAX_LINE like any line."""
    long_text = "Очень долгое ожидание, " * 550_000  # 12.6 MB of UTF-8
    path = write(
        tmp_path,
        "mac.csv",
        "date,author,text,rating\r"
        "2026-11-20,Анна,Хороший врач,5\r"
        f'2026-11-21,Борис,"{long_text}",2\r'
        "2026-11-22,Вера,Всё быстро,4\r",
    )
    peak, report = _peak_importing(db, path)
    assert peak < 40 * 1024 * 1024, f"{peak / 2**20:.0f} MB"
    assert report.imported == 3
    reviews = {r.author: r for r in stored(db)}
    assert [reviews[n].rating for n in ("Анна", "Борис", "Вера")] == [5, 2, 4]
    assert reviews["Вера"].text == "Всё быстро"
    assert len(reviews["Борис"].text) == 100_000


def test_a_quoted_field_running_over_many_lines_is_held_to_the_line_limit(
    db: Database, tmp_path: Path
) -> None:
    """A letter pasted into one cell, 160,000 lines (12 MB) inside one quoted field: each
    line was short, so the line limit let them all through and csv held the field whole
    (a 40 MB one took 880 MB). Its start is imported, the columns after it and the rows
    after it too, and a bad row further down is reported at its own line. Here 60,000 lines
    (4.5 MB, over four times the 1 MB a record may hold): held whole it took 127 MB against
    the 40 MB bound; the 160,000 lines took 11.9 s of CPU, 60,000 take 5.6 s."""
    letter = "Ждала в коридоре, потом ещё раз, и ещё, и никто не объяснил почему.\n" * 60_000
    path = write(
        tmp_path,
        "letter.csv",
        "date,author,text,rating\n"
        "2026-11-20,Анна,Хороший врач,5\n"
        f'2026-11-21,Борис,"{letter}Конец письма, ""цитата"" в конце",2\n'
        "2026-11-22,Вера,Всё быстро,4\n"
        "2026-13-45,Глеб,Дата неверная,3\n",
    )
    peak, report = _peak_importing(db, path)
    assert peak < 40 * 1024 * 1024, f"{peak / 2**20:.0f} MB"
    reviews = {r.author: r for r in stored(db)}
    assert [reviews[n].rating for n in ("Анна", "Борис", "Вера")] == [5, 2, 4]
    assert reviews["Борис"].text.startswith("Ждала в коридоре, потом ещё раз")
    assert len(reviews["Борис"].text) == 100_000
    assert reviews["Вера"].text == "Всё быстро"
    assert [p.line for p in report.problems if p.line > 3] == [60_005], report.problems


def _wide_workbook(path: Path, columns: int, rows: int) -> Path:
    """A sheet as scripts write them: inline strings, no <dimension>, the reviews in the
    first four columns and a value in every other column up to ``columns``."""

    def column(i: int) -> str:
        name = ""
        i += 1
        while i:
            i, rest = divmod(i - 1, 26)
            name = chr(65 + rest) + name
        return name

    def cell(ref: str, value: object) -> str:
        if isinstance(value, int):
            return f'<c r="{ref}"><v>{value}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'

    def row(number: int, values: list[object]) -> str:
        cells = "".join(cell(f"{column(i)}{number}", v) for i, v in enumerate(values))
        return f'<row r="{number}">{cells}</row>'

    header: list[object] = ["date", "author", "rating", "text"]
    header += [f"extra {i}" for i in range(4, columns)]
    lines = [row(1, header)]
    for r in range(2, rows + 2):
        values: list[object] = [f"2026-10-{1 + r % 28:02d}", f"Patient {r}", 5 - r % 5]
        values += [f"Visit {r} went well."] + [f"v{r}" for _ in range(4, columns)]
        lines.append(row(r, values))
    return _bare_workbook(path, "".join(lines), sheet="Opinie")


def test_a_workbook_of_thousands_of_columns_imports_without_reading_every_cell_three_times(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sheet of 16,384 columns and 200 rows imported right but took 193 s: openpyxl read
    every cell at each of the three passes, and parsed the whole sheet at each load to look
    for its size. Now the passes after the first read only the columns of the mapping
    (here 1,000 columns: 600,000 cells read before, 53,000 now, most of them the
    first rows, read whole to guess the columns)."""
    from openpyxl.worksheet._reader import WorkSheetParser

    path = _wide_workbook(tmp_path / "opinie.xlsx", 1_000, 200)
    read = [0]
    parse_cell = WorkSheetParser.parse_cell

    def counted(self, element):  # type: ignore[no-untyped-def]
        read[0] += 1
        return parse_cell(self, element)

    monkeypatch.setattr(WorkSheetParser, "parse_cell", counted)
    report = import_csv(db, path, source_name="Excel", analyse=False)

    assert report.imported == 200
    assert report.mapping is not None
    mapping = report.mapping
    assert (mapping.date, mapping.author, mapping.rating, mapping.text) == (
        "date",
        "author",
        "rating",
        "text",
    )
    reviews = {r.author: r for r in stored(db)}
    assert reviews["Patient 7"].rating == 3 and reviews["Patient 7"].text == "Visit 7 went well."
    assert read[0] < 60_000, read[0]
