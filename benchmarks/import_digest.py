"""A digest of everything an import stores: does a speed change leave every imported row alone?

Imports ``import_csv.py``'s file (ROWS rows, with the analysis) and a smaller file of every
column and odd row (ids, titles, replies, links, languages, time zones, rating-only rows,
the same review twice, bad and approximate dates, CJK text, long texts) into a fresh store,
then prints one SHA-256 of every row of the tables an import writes (reviews, the search
indexes, topics, aspects, the import reports' counts and problems), the times of the import
itself left out (fetched_at, analysed_at, and any time within the run: answered_at), and
the analysis' version stamp (analysed_with: it changes with any edit of analysis/*.py).
Run it before and after a change meant only to make importing faster: the digests must be
equal. ``--dump FILE`` writes the rows, to find what differs. The trigram table keeps no
text (contentless: migration 0016), so its rows are only rowids; ``--search-terms`` adds
every entry of both search indexes (term, review, column, position: ``fts5vocab``), a line
per index, for a change of how they are written (another digest than without it).

    .venv/bin/python benchmarks/import_digest.py [ROWS] [--dump FILE] [--search-terms]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from import_csv import TEXTS, make_file

from clinicrep.importing import import_csv
from clinicrep.model import Platform, utc_now
from clinicrep.store import open_database
from clinicrep.store.db import iso

# columns set to the time of the import: left out; and analysed_with, the digest of the
# analysis package's source (pipeline.rules_version), which any edit there changes, a
# speed change of analysis/parallel.py too
_NOW_COLUMNS = {"fetched_at", "analysed_at", "status_changed_at", "analysed_with"}
_TABLES = (
    ("reviews", "id"),
    ("review_topics", "review_id, topic"),
    ("review_aspects", "review_id, aspect"),
    ("review_versions", "id"),
    ("reviews_fts", "rowid"),
    ("reviews_cjk", "rowid"),
)


def make_odd_file(path: Path, rows: int) -> None:
    """Every column, and the rows an import treats apart."""
    rng = random.Random(11)
    extra = [
        "停车场很方便，医生很好",
        "短",
        "",
        "  spaces   and\ttabs  ",
        "x" * 300,
        "Line one\r\nline two",
        "<b>bold</b>\x07",
    ]
    dates = [
        "2026-03-04 10:20",
        "04.03.2026",
        "3/4/2026",
        "вчера",
        "2 дня назад",
        "",
        "bad",
        "2031-01-01",
    ]
    zones = ["Europe/Warsaw", "", "Asia/Shanghai", "Nowhere/Else"]
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("id,date,author,rating,title,text,reply,url,language,timezone\n")
        for i in range(rows):
            text = rng.choice(TEXTS + extra)
            if i % 5 == 0:
                text = text.replace('"', "")
            rid = f"r{i % (rows // 2)}" if i % 3 == 0 else ""
            rating = rng.choice(["5", "4,5", "3/5", "", "★★★★", "10", "1"])
            author = rng.choice(["Anna K.", "  anna  k. ", "Иван", "王伟", ""])
            reply = rng.choice(["", "", "Спасибо!", "Thank you"])
            url = rng.choice(["", "https://example.org/r/1", "javascript:alert(1)"])
            lang = rng.choice(["", "ru", "zh_CN", "english"])
            cells = [rid, rng.choice(dates), author, rating, rng.choice(["", "Title"]), text]
            cells += [reply, url, lang, rng.choice(zones)]
            out.write(",".join('"' + c.replace('"', '""') + '"' for c in cells) + "\n")


def search_terms(db_path: Path) -> list[str]:
    """Every entry of each search index, read from the index (what a search finds): a line
    per index, with their number and their SHA-256 (millions of entries)."""
    from clinicrep.store import open_database as opened

    lines: list[str] = []
    with opened(db_path) as db:
        for table in ("reviews_fts", "reviews_cjk"):
            db.execute(
                f"CREATE VIRTUAL TABLE temp.{table}_terms USING fts5vocab(main, {table}, instance)"
            )
            digest, count = hashlib.sha256(), 0
            for term, doc, col, offset in db.execute(
                f"SELECT term, doc, col, offset FROM temp.{table}_terms ORDER BY 1, 2, 3, 4"
            ):
                digest.update(f"{term!r} {doc} {col} {offset}\n".encode())
                count += 1
            lines.append(f"{table} entries {count} {digest.hexdigest()}")
    return lines


def dump(db_path: Path, during: tuple[str, str]) -> list[str]:
    """Every row, a time within ``during`` (first, last second of the imports, ISO text:
    set by the import itself, as an answer time taken from it) written as such: a
    re-import in a later second moved fetched_at away from the first one's answered_at,
    and the digest changed with the clock."""
    from clinicrep.store import open_database as opened

    first, last = during

    lines: list[str] = []
    with opened(db_path) as db:
        for table, order in _TABLES:
            rowid = "rowid AS rowid_, " if order == "rowid" else ""  # the search indexes
            cursor = db.execute(f"SELECT {rowid}* FROM {table} ORDER BY {order}")
            names = [d[0] for d in cursor.description]
            for row in cursor:
                values = dict(zip(names, row, strict=True))
                values = {
                    n: "(the import's time)" if isinstance(v, str) and first <= v <= last else v
                    for n, v in values.items()
                    if n not in _NOW_COLUMNS
                }
                lines.append(f"{table} {json.dumps(values, ensure_ascii=False, sort_keys=True)}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", nargs="?", type=int, default=15_000)
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--search-terms", action="store_true", help="every index entry too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plain, odd = folder / "export.csv", folder / "odd.csv"
        make_file(plain, args.rows)
        make_odd_file(odd, 2000)
        reports: list[str] = []
        started = iso(utc_now())
        with open_database(folder / "digest.sqlite3") as db:
            export_date = datetime(2026, 6, 1, 12, tzinfo=UTC)
            for path, name, analyse in (
                (plain, "Plain", True),
                (odd, "Odd", True),
                (odd, "Odd", False),
            ):
                report = import_csv(
                    db,
                    path,
                    source_name=name,
                    platform=Platform.OTHER,
                    analyse=analyse,
                    export_date=export_date,
                    unknown_dates=True,
                )
                problems = [(p.line, p.code, p.value, p.skipped) for p in report.problems]
                reports.append(
                    json.dumps(
                        [
                            report.rows,
                            report.imported,
                            report.updated,
                            report.unchanged,
                            report.skipped,
                            problems,
                            [str(w) for w in report.warnings],
                        ],
                        ensure_ascii=False,
                    )
                )
        during = (started, iso(utc_now()))
        lines = reports + dump(folder / "digest.sqlite3", during)
        if args.search_terms:
            lines += search_terms(folder / "digest.sqlite3")
    if args.dump:
        args.dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    print(f"{len(lines):,} rows stored, digest {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
