"""Importing review tables saved from platforms without an API (ZnanyLekarz, 2GIS, Dianping ...)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from clinicrep.analysis.pipeline import reanalyse_store
from clinicrep.errors import ImportFileError, NotSupported
from clinicrep.importing import import_csv
from clinicrep.model import Platform, Review, Source, SourceKind, Status
from clinicrep.secrets import TokenStore
from clinicrep.sources.base import SourceContext
from clinicrep.sources.csv_values import MAX_TEXT_CHARS
from clinicrep.sources.csvfile import ColumnMapping, CsvConnector, guess_mapping
from clinicrep.store.db import Database
from clinicrep.store.inbox import ReviewQuery, review_ids
from clinicrep.store.reviews import count_reviews, iter_all_reviews, review_versions, reviews_by_ids
from clinicrep.store.sources import find_source, list_sources

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL


def all_reviews(db: Database) -> list[Review]:
    return [r for batch in iter_all_reviews(db) for r in batch]


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


RUSSIAN = (
    "Дата;Автор;Оценка;Отзыв\n"
    "23.11.2026;Иван Петров;5;Отличный врач, всё объяснил спокойно и понятно.\n"
    "24.11.2026;Мария;2;Ждала приёма больше часа, администратор была груба.\n"
)
CHINESE = (
    "日期,用户名,评分,评论内容\n"
    "2026年11月23日,王先生,4,医生很耐心，服务很好，环境干净整洁。\n"
    "2026年11月24日,李女士,1,排队时间太长了，前台态度也不好。\n"
)


@pytest.mark.parametrize(
    ("encoding", "content", "first_text"),
    [
        ("utf-8", RUSSIAN, "Отличный врач, всё объяснил спокойно и понятно."),
        ("utf-8-sig", CHINESE, "医生很耐心，服务很好，环境干净整洁。"),
        ("utf-16", RUSSIAN, "Отличный врач, всё объяснил спокойно и понятно."),
        ("cp1251", RUSSIAN, "Отличный врач, всё объяснил спокойно и понятно."),
        ("gbk", CHINESE, "医生很耐心，服务很好，环境干净整洁。"),
    ],
)
def test_a_file_saved_in_any_common_encoding_imports_readable_text(
    db: Database, tmp_path: Path, encoding: str, content: str, first_text: str
) -> None:
    path = write(tmp_path, "reviews.csv", content, encoding)
    report = import_csv(db, path, source_name="Saved reviews", platform=Platform.OTHER)
    assert report.imported == 2
    assert report.problems == []
    texts = {r.text for r in all_reviews(db)}
    assert first_text in texts
    assert report.encoding.replace("-sig", "") in (encoding.replace("-sig", ""), "utf-16")


@pytest.mark.parametrize(
    ("cell", "stars"),
    [
        ("4", 4),
        ("4,5", 5),  # half rounds up: 4.5 stars reads as "good", not "okay"
        ("4.4", 4),
        ("4/5", 4),
        ("8/10", 4),
        ("★★★★", 4),
        ("★★☆☆☆", 2),
        ("4 stars", 4),
        ("4 звезды", 4),
        ("3 z 5", 3),
        ("good", None),  # not a rating: reported, see the bad-rows story
        ("5星", 5),
        ("", None),
    ],
)
def test_each_way_of_writing_a_rating_becomes_stars(
    db: Database, tmp_path: Path, cell: str, stars: int | None
) -> None:
    path = write(tmp_path, "r.csv", f'date,rating,text\n2026-11-23,"{cell}",Visit was fine\n')
    report = import_csv(db, path, source_name="Ratings")
    if cell == "good":
        assert report.imported == 0
        assert report.problems[0].code == "rating_unreadable"
        assert "good" in report.problems[0].reason
        return
    assert report.imported == 1
    assert all_reviews(db)[0].rating == stars


def test_a_ten_point_column_of_bare_numbers_is_read_as_ten_point(
    db: Database, tmp_path: Path
) -> None:
    path = write(tmp_path, "r.csv", "date,score,text\n2026-11-23,10,Great\n2026-11-24,3,Bad\n")
    import_csv(db, path, source_name="ProDoctorov", platform=Platform.PRODOCTOROV)
    assert sorted(r.rating or 0 for r in all_reviews(db)) == [2, 5]


@pytest.mark.parametrize(
    ("dates", "expected_second"),
    [
        (("11/23/2026", "05/11/2026"), datetime(2026, 5, 11)),  # 23 cannot be a month
        (("23/11/2026", "05/11/2026"), datetime(2026, 11, 5)),  # 23 cannot be a month...
    ],
)
def test_day_and_month_order_is_decided_once_per_file(
    db: Database, tmp_path: Path, dates: tuple[str, str], expected_second: datetime
) -> None:
    rows = "".join(f"{d},Ann,5,Review {i}\n" for i, d in enumerate(dates))
    path = write(tmp_path, "d.csv", "date,author,rating,text\n" + rows)
    import_csv(db, path, source_name="Dates")
    second = next(r for r in all_reviews(db) if r.text == "Review 1")
    assert second.created_at == expected_second.astimezone(UTC)


def test_dates_in_every_common_form_are_read(db: Database, tmp_path: Path) -> None:
    forms = [
        "2026-11-23",
        "2026-11-23T10:00:00Z",
        "23.11.2026",
        "2026年11月23日",
        "23 ноября 2026 г.",
        "23 listopada 2026",
        "23 листопада 2026",
        "Nov 23, 2026",
    ]
    rows = "".join(f'"{d}",Ann,5,Review {i}\n' for i, d in enumerate(forms))
    path = write(tmp_path, "d.csv", "date,author,rating,text\n" + rows)
    report = import_csv(db, path, source_name="Dates")
    assert report.problems == []
    assert {r.created_at.astimezone().date().isoformat() for r in all_reviews(db)} <= {
        "2026-11-23",
        datetime(2026, 11, 23, 10, tzinfo=UTC).astimezone().date().isoformat(),
    }


def test_importing_the_same_file_twice_adds_nothing(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, "znany.csv", RUSSIAN)
    first = import_csv(db, path, source_name="ZnanyLekarz", platform=Platform.ZNANYLEKARZ)
    second = import_csv(db, path, source_name="ZnanyLekarz", platform=Platform.ZNANYLEKARZ)
    assert (first.imported, second.imported, second.unchanged) == (2, 0, 2)
    assert count_reviews(db) == 2
    assert len(list_sources(db)) == 1
    assert all(r.analysis is not None for r in all_reviews(db))  # analysed as a sync would


def test_a_re_export_with_different_spacing_and_case_is_still_the_same_review(
    db: Database, tmp_path: Path
) -> None:
    import_csv(db, write(tmp_path, "a.csv", "date,author,text\n2026-11-23,Ann Lee,Good  doctor\n"),
               source_name="S")  # fmt: skip
    report = import_csv(
        db, write(tmp_path, "b.csv", "date,author,text\n23.11.2026,ann lee, Good doctor \n"),
        source_name="S",
    )  # fmt: skip
    assert report.imported == 0
    assert count_reviews(db) == 1


def test_html_and_script_in_a_review_are_kept_as_the_plain_text_written(
    db: Database, tmp_path: Path
) -> None:
    text = '<script>alert("x")</script><b>Rude</b> staff &amp; long wait'
    quoted = '"' + text.replace('"', '""') + '"'
    path = write(tmp_path, "h.csv", f"date,rating,text\n2026-11-23,1,{quoted}\n")
    import_csv(db, path, source_name="S")
    assert all_reviews(db)[0].text == text


def test_a_one_megabyte_review_is_imported_with_its_beginning_and_reported(
    db: Database, tmp_path: Path
) -> None:
    huge = "Очень долго ждали. " * 55_000  # about 1 MB of text
    path = write(
        tmp_path, "big.csv", f'date,rating,text\n2026-11-23,1,"{huge}"\n2026-11-24,5,Short\n'
    )
    report = import_csv(db, path, source_name="S")
    assert report.imported == 2
    stored = {len(r.text) for r in all_reviews(db)}
    assert MAX_TEXT_CHARS in stored
    assert [(p.line, p.code, p.skipped) for p in report.problems] == [(2, "text_shortened", False)]
    assert report.skipped == 0


def test_nul_and_control_characters_are_removed_from_text(db: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "c.csv",
        "date,author,text\n2026-11-23,A\x00nn\x07,Bad\x00 \x1bservice\r\nreally\n",
    )
    # the \r\n inside an unquoted field ends the row; the next line is its own (bad) row
    report = import_csv(db, path, source_name="S")
    review = all_reviews(db)[0]
    assert review.author == "Ann"
    assert review.text == "Bad service"
    assert report.imported == 1
    assert [p.line for p in report.problems] == [3]


def test_bad_rows_are_reported_by_line_while_good_rows_are_imported(
    db: Database, tmp_path: Path
) -> None:
    content = (
        "date,author,rating,text\n"  # line 1
        '2026-11-20,Ann,5,"Two lines\nof praise"\n'  # lines 2-3
        "someday,Bob,4,Date nobody can place\n"  # line 4 ("yesterday" is understood)
        "2026-11-21,Cid,seven,Odd rating\n"  # line 5
        "2026-11-22,Dan,,\n"  # line 6: nothing to import
        "\n"  # line 7: blank, ignored
        ",Eve,3,No date\n"  # line 8
        "2026-11-23,Fay,9/5,Too many stars\n"  # line 9
        "2026-11-24,Gus,4,Fine\n"  # line 10
    )
    report = import_csv(db, write(tmp_path, "bad.csv", content), source_name="S")
    assert report.imported == 2
    assert [(p.line, p.code) for p in report.problems] == [
        (4, "date_unreadable"),
        (5, "rating_unreadable"),
        (6, "empty_review"),
        (8, "date_missing"),
        (9, "rating_out_of_range"),
    ]
    assert all(p.reason for p in report.problems)
    assert "New reviews imported: 2," in report.summary() and "rows skipped: 5." in report.summary()
    assert {r.text for r in all_reviews(db)} == {"Two lines\nof praise", "Fine"}


def test_invalid_utf8_bytes_do_not_stop_the_import(db: Database, tmp_path: Path) -> None:
    good = "date,author,text\n" + "".join(
        f"2026-11-2{i},Łucja,Świetna wizyta {i}\n" for i in range(5)
    )
    data = good.encode("utf-8") + b"2026-11-27,Zo\xff\xfe,Broken \xc3 bytes\n"
    path = tmp_path / "broken.csv"
    path.write_bytes(data)
    report = import_csv(db, path, source_name="S")
    assert report.imported == 6
    assert report.encoding == "utf-8"
    assert report.replaced_characters >= 2
    assert "Świetna wizyta 0" in {r.text for r in all_reviews(db)}


@pytest.mark.parametrize(
    ("name", "delimiter"), [("a.csv", ";"), ("a.csv", "\t"), ("a.tsv", "\t"), ("a.csv", "|")]
)
def test_the_delimiter_is_found_even_when_text_contains_commas(
    db: Database, tmp_path: Path, name: str, delimiter: str
) -> None:
    rows = [
        ["date", "rating", "text"],
        ["2026-11-23", "5", "Kind, calm, precise"],
        ["2026-11-24", "1", "Late, rude"],
    ]
    path = write(tmp_path, name, "".join(delimiter.join(r) + "\n" for r in rows))
    report = import_csv(db, path, source_name="S")
    assert report.delimiter == delimiter
    assert {r.text for r in all_reviews(db)} == {"Kind, calm, precise", "Late, rude"}


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (["Date", "Reviewer", "Stars", "Review", "Link", "Review ID", "Title", "Owner response"],
         ("Date", "Reviewer", "Stars", "Review", "Link", "Review ID", "Title", "Owner response")),
        (["Дата", "Имя", "Оценка", "Текст отзыва", "Ссылка", "ID", "Заголовок", "Ответ клиники"],
         ("Дата", "Имя", "Оценка", "Текст отзыва", "Ссылка", "ID", "Заголовок", "Ответ клиники")),
        (["Дата", "Ім'я", "Оцінка", "Відгук", "Посилання", "Ідентифікатор", "Тема", "Відповідь"],
         ("Дата", "Ім'я", "Оцінка", "Відгук", "Посилання", "Ідентифікатор", "Тема", "Відповідь")),
        (["Data dodania", "Pacjent", "Ocena", "Treść", "Link", "Nr", "Tytuł", "Odpowiedź"],
         ("Data dodania", "Pacjent", "Ocena", "Treść", "Link", None, "Tytuł", "Odpowiedź")),
        (["发布时间", "用户名", "评分", "评论内容", "链接", "编号", "标题", "商家回复"],
         ("发布时间", "用户名", "评分", "评论内容", "链接", "编号", "标题", "商家回复")),
    ],
)  # fmt: skip
def test_column_names_in_each_ui_language_are_recognised(
    header: list[str], expected: tuple[str | None, ...]
) -> None:
    m = guess_mapping(header, [])
    assert (m.date, m.author, m.rating, m.text, m.url, m.id, m.title, m.reply) == expected


def test_columns_with_unknown_names_are_guessed_from_what_they_hold() -> None:
    header = ["col_a", "col_b", "col_c", "col_d"]
    rows = [
        ["https://2gis.ru/r/1", "12.10.2026", "Anna", "Врач внимательный, но ждать пришлось долго"],
        ["https://2gis.ru/r/2", "13.10.2026", "Oleg", "Всё хорошо, рекомендую эту клинику друзьям"],
    ]
    m = guess_mapping(header, rows)
    assert (m.url, m.date, m.author, m.text) == ("col_a", "col_b", "col_c", "col_d")


def test_a_file_without_a_header_row_imports_its_first_row_too(
    db: Database, tmp_path: Path
) -> None:
    content = (
        "23.11.2026;Анна;5;Спасибо доктору за помощь\n24.11.2026;Олег;3;Нормально, но дорого\n"
    )
    report = import_csv(db, write(tmp_path, "nohdr.csv", content), source_name="S")
    assert report.imported == 2
    assert report.mapping is not None and not report.mapping.has_header
    assert {r.rating for r in all_reviews(db)} == {5, 3}


def test_the_column_mapping_is_remembered_for_the_next_file_of_the_source(
    db: Database, tmp_path: Path
) -> None:
    chosen = ColumnMapping(date="when", text="words", author="who")
    first = write(tmp_path, "a.csv", "when,who,words,notes\n2026-11-23,Ann,Kind nurse,x\n")
    import_csv(db, first, source_name="Clinic site", mapping=chosen)
    source = find_source(db, "Clinic site")
    assert source is not None and source.settings["csv_mapping"]["text"] == "words"
    # The next export has the columns in another order and "notes" looks like text.
    second = write(
        tmp_path, "b.csv", "notes,words,when,who\nlong note " * 1 + ",Rude,2026-11-24,Bob\n"
    )
    import_csv(db, second, source_name="Clinic site")
    assert {r.text for r in all_reviews(db)} == {"Kind nurse", "Rude"}


def test_naive_times_are_read_in_the_practice_time_zone(db: Database, tmp_path: Path) -> None:
    from clinicrep.store.sources import add_source

    add_source(db, Source(kind=SourceKind.CSV, name="Warsaw", platform=Platform.ZNANYLEKARZ,
                          settings={"timezone": "Europe/Warsaw"}))  # fmt: skip
    import_csv(
        db, write(tmp_path, "t.csv", "date,text\n23.11.2026 10:00,Ok\n"), source_name="Warsaw"
    )
    assert all_reviews(db)[0].created_at == datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def test_the_practice_reply_in_a_file_marks_the_review_answered(
    db: Database, tmp_path: Path
) -> None:
    path = write(
        tmp_path, "r.csv", "date,text,reply\n2026-11-23,Rude desk,We are sorry\n2026-11-24,Good,\n"
    )
    import_csv(db, path, source_name="S")
    by_text = {r.text: r for r in all_reviews(db)}
    assert by_text["Rude desk"].status == Status.ANSWERED
    assert by_text["Rude desk"].upstream_reply == "We are sorry"
    assert by_text["Good"].status == Status.NEW


def test_only_web_links_are_kept_so_a_script_link_is_never_opened(
    db: Database, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "l.csv",
        "date,text,url\n2026-11-23,A,javascript:alert(1)\n2026-11-24,B,https://x.pl/o/1\n",
    )
    import_csv(db, path, source_name="S")
    assert {r.text: r.url for r in all_reviews(db)} == {"A": "", "B": "https://x.pl/o/1"}


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 64, "not_a_table"),
     (b"\n\n\n", "empty")],
)  # fmt: skip
def test_a_file_that_is_not_a_review_table_is_refused_and_leaves_no_source(
    db: Database, tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as caught:
        import_csv(db, path, source_name="S")
    assert caught.value.params["reason"] == reason
    assert list_sources(db) == []


def test_a_missing_file_is_refused(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as caught:
        import_csv(db, tmp_path / "gone.csv", source_name="S")
    assert caught.value.params["reason"] == "not_found"


def test_a_file_source_rereads_its_file_only_when_it_changed(tmp_path: Path) -> None:
    path = write(tmp_path, "s.csv", RUSSIAN)
    source = Source(kind=SourceKind.CSV, name="S", platform=Platform.TWOGIS, id=7,
                    settings={"path": str(path), "page_url": "https://2gis.ru/firm/1"})  # fmt: skip
    connector = CsvConnector(SourceContext(source, TokenStore()))
    pages = list(connector.fetch(None))
    assert [len(p.reviews) for p in pages] == [2]
    assert not pages[-1].complete  # an export is not the whole list: nothing marked deleted
    cursor = pages[-1].cursor
    assert list(connector.fetch(cursor)) == []
    path.write_text(RUSSIAN + "25.11.2026;Пётр;4;Хорошо\n", encoding="utf-8")
    assert sum(len(p.reviews) for p in connector.fetch(cursor)) == 3
    review = pages[0].reviews[0]
    assert review.source_id == 7
    assert connector.review_url(review) == "https://2gis.ru/firm/1"
    assert not connector.can_publish
    with pytest.raises(NotSupported):
        connector.publish_reply(review, "Thank you")


SEARCHABLE = {  # a word only the reviews of one language contain -> such a review
    "внимательно": "Доктор внимательно выслушал, всё объяснил. Но ждать пришлось почти час.",
    "уважно": "Лікар уважно вислухав і все пояснив, дякую.",
    "Łukasz": "Bardzo miła obsługa w rejestracji, doktor Łukasz konkretny i rzeczowy.",
    "排队时间": "医生很耐心，服务很好，就是排队时间有点长。",
    "receptionist": "Rude receptionist, and nobody called me back about my results.",
}


def test_a_big_import_is_found_by_search_in_every_language(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # more than one stored batch of several pages, the last one partial, analysed by the
    # pool of workers: the file's 6,200 rows at a tenth of the program's sizes (pages of
    # 500, batches of 5,000, the pool from 4,000), the same path at a tenth of the analysis
    # (52 s on PostgreSQL, 41 s on SQLite, most of it analysing each row twice)
    from clinicrep import importing
    from clinicrep.analysis import parallel

    monkeypatch.setattr(importing, "PAGE_SIZE", 50)
    monkeypatch.setattr(importing, "STORE_BATCH", 500)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 400)
    rows = 620
    lines = ["Дата;Автор;Оценка;Отзыв"]
    for i in range(rows):
        text = list(SEARCHABLE.values())[i % len(SEARCHABLE)]
        lines.append(f"{1 + i % 28:02d}.{1 + i % 12:02d}.2026;Patient {i};{1 + i % 5};{text} #{i}")
    path = write(tmp_path, "big.csv", "\n".join(lines) + "\n")

    report = import_csv(db, path, source_name="Big export")

    assert (report.imported, report.skipped) == (rows, 0)
    for word in SEARCHABLE:
        found = reviews_by_ids(db, review_ids(db, ReviewQuery(search=word)))
        assert len(found) == rows // len(SEARCHABLE), word
        assert all(word.casefold() in r.text.casefold() for r in found)
    [patient] = reviews_by_ids(db, review_ids(db, ReviewQuery(search="Patient 619")))
    assert patient.text.endswith("#619") and patient.analysis is not None
    again = import_csv(db, path, source_name="Big export")
    assert (again.imported, again.unchanged, count_reviews(db)) == (0, rows, rows)


def test_a_review_edited_further_down_the_same_file_is_one_review_with_its_earlier_text_kept(
    db: Database, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "edited.csv",
        "id,date,rating,text\n"
        "r1,2026-11-20,4,Приятный врач\n"
        "r2,2026-11-21,5,Great nurse\n"
        "r1,2026-11-20,1,Грубый администратор\n",  # the patient changed the review later
    )
    report = import_csv(db, path, source_name="S")
    assert (report.imported, report.updated, count_reviews(db)) == (2, 1, 2)
    [edited] = reviews_by_ids(db, review_ids(db, ReviewQuery(search="администратор")))
    assert (edited.text, edited.rating, edited.edited) == ("Грубый администратор", 1, True)
    assert [v.text for v in review_versions(db, edited.id or 0)] == ["Приятный врач"]
    assert review_ids(db, ReviewQuery(search="Приятный")) == []  # the old text is not found
    if db.dialect == "sqlite":  # FTS5's own check: the index holds what the table holds
        db.execute("INSERT INTO reviews_fts (reviews_fts, rank) VALUES ('integrity-check', 1)")


def test_an_import_without_analysis_leaves_it_to_reanalyse(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, "reviews.csv", RUSSIAN)
    report = import_csv(db, path, source_name="S", analyse=False)
    assert report.imported == 2
    assert all(r.analysis is None for r in all_reviews(db))
    assert reanalyse_store(db) == 2
    assert all(r.analysis is not None for r in all_reviews(db))
