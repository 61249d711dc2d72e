"""Exports practices meet are recognised by their header or their links, and each lands on
its platform with the right columns (files written here in the shapes the tools document)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from clinicrep.importing import import_csv
from clinicrep.model import Platform, Review, Status
from clinicrep.sources.csv_mapping import recognise_preset
from clinicrep.store.db import Database
from clinicrep.store.inbox import ReviewQuery, review_ids
from clinicrep.store.reviews import reviews_by_ids


def stored(db: Database) -> list[Review]:
    return reviews_by_ids(db, review_ids(db, ReviewQuery(sort="created", descending=False)))


def test_an_outscraper_google_maps_export(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "outscraper.csv"
    path.write_text(
        "name,place_id,author_title,author_image,review_text,review_rating,review_timestamp,"
        "review_datetime_utc,owner_answer,owner_answer_timestamp,review_id,review_link\n"
        'Clinic,ChIJ1,Anna K.,https://lh3.googleusercontent.com/a/x=s120,"Świetna opieka, '
        'polecam",5,1774735713,03/28/2026 22:08:33,"Dziękujemy!",1774800000,ChZ1,'
        "https://www.google.com/maps/reviews/data=1\n"
        "Clinic,ChIJ1,Bob,https://lh3.googleusercontent.com/a/y=s120,Long wait,2,1773894448,"
        "03/19/2026 04:27:28,,,ChZ2,https://www.google.com/maps/reviews/data=2\n",
        encoding="utf-8",
    )
    report = import_csv(db, path, source_name="Maps", platform=Platform.GOOGLE, analyse=False)
    assert report.preset == "outscraper" and report.imported == 2
    bob, anna = stored(db)  # oldest first
    assert (bob.author, bob.rating, bob.external_id) == ("Bob", 2, "ChZ2")
    assert anna.upstream_reply == "Dziękujemy!" and anna.status == Status.ANSWERED
    assert anna.created_at == datetime(2026, 3, 28, 22, 8, 33, tzinfo=UTC)
    assert anna.url.endswith("data=1")


def test_an_apify_google_maps_reviews_dataset_in_json_lines(db: Database, tmp_path: Path) -> None:
    items = [
        {"title": "Clinic", "name": "Олег", "text": "Врач внимательный, всё объяснил",
         "stars": 5, "publishedAtDate": "2025-11-07T16:37:55.000Z", "reviewId": "A1",
         "reviewUrl": "https://www.google.com/maps/reviews/A1",
         "responseFromOwnerText": "Спасибо!", "reviewerPhotoUrl": "https://lh3.googleusercontent.com/p"},
        {"title": "Clinic", "name": "Ірина", "text": None, "stars": 4,
         "publishedAtDate": "2025-11-08T09:00:00.000Z", "reviewId": "A2",
         "reviewUrl": "https://www.google.com/maps/reviews/A2", "responseFromOwnerText": None,
         "reviewerPhotoUrl": "https://lh3.googleusercontent.com/q"},
    ]  # fmt: skip
    path = tmp_path / "dataset.jsonl"
    path.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items), encoding="utf-8")
    report = import_csv(db, path, source_name="Apify", analyse=False)
    assert (report.kind, report.preset, report.imported) == ("jsonl", "apify", 2)
    oleg, iryna = stored(db)
    assert (oleg.author, oleg.rating, oleg.upstream_reply) == ("Олег", 5, "Спасибо!")
    assert (iryna.author, iryna.rating, iryna.text) == ("Ірина", 4, "")
    assert oleg.created_at == datetime(2025, 11, 7, 16, 37, 55, tzinfo=UTC)


def test_a_google_business_profile_takeout_file(db: Database, tmp_path: Path) -> None:
    takeout = {
        "reviews": [
            {"name": "accounts/1/locations/2/reviews/R1", "reviewId": "R1",
             "reviewer": {"displayName": "王先生"}, "starRating": "FIVE",
             "comment": "医生很耐心，服务很好。", "createTime": "2025-06-01T08:00:00Z",
             "reviewReply": {"comment": "谢谢您的评价！", "updateTime": "2025-06-02T08:00:00Z"}},
            {"name": "accounts/1/locations/2/reviews/R2", "reviewId": "R2",
             "reviewer": {"displayName": "李女士"}, "starRating": "TWO",
             "comment": "排队时间太长了。", "createTime": "2025-06-03T08:00:00Z"},
        ]
    }  # fmt: skip
    path = tmp_path / "reviews.json"
    path.write_text(json.dumps(takeout, ensure_ascii=False), encoding="utf-8")
    report = import_csv(db, path, source_name="Takeout", analyse=False)
    assert (report.preset, report.imported) == ("google_takeout", 2)
    wang, li = stored(db)
    assert (wang.author, wang.rating, wang.upstream_reply) == ("王先生", 5, "谢谢您的评价！")
    assert (li.author, li.rating, li.external_id) == ("李女士", 2, "R2")


@pytest.mark.parametrize(
    ("link", "key", "platform"),
    [
        ("https://www.znanylekarz.pl/jan-kowalski/opinie", "znanylekarz", Platform.ZNANYLEKARZ),
        ("https://www.doctoralia.es/medico/opiniones", "znanylekarz", Platform.ZNANYLEKARZ),
        ("https://prodoctorov.ru/moskva/vrach/1/otzivi/", "prodoctorov", Platform.PRODOCTOROV),
        ("https://2gis.ru/moscow/firm/70000001/tab/reviews", "2gis", Platform.TWOGIS),
        ("https://doc.ua/doctor/kiev/1/reviews", "docua", Platform.DOCUA),
        ("https://helsi.me/doctor/1", "helsi", Platform.HELSI),
        ("https://www.dianping.com/shop/1/review_all", "dianping", Platform.DIANPING),
        ("https://yandex.ru/maps/org/1/reviews/", "yandex_maps", Platform.YANDEX),
    ],
)
def test_an_export_is_recognised_by_the_links_in_its_rows(
    link: str, key: str, platform: Platform
) -> None:
    header = ["Дата", "Автор", "Оценка", "Отзыв", "Ссылка"]
    rows = [["23.11.2026", "Анна", "5", "Спасибо доктору", link]]
    preset = recognise_preset(header, rows)
    assert preset is not None and (preset.key, preset.platform) == (key, platform)
    assert recognise_preset(header, [rows[0][:4] + ["https://example.org/r/1"]]) is None
