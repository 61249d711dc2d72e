"""A 10,000-row export with bad rows mixed in: every good row imported, every bad one named."""

from __future__ import annotations

import time
from pathlib import Path

from clinicrep.importing import import_csv
from clinicrep.store import Database
from clinicrep.store.reviews import count_reviews

BAD = [  # (cells, the problem the user is told about)
    ("someday,Bob,4,Date nobody can place", "date_unreadable"),
    ("2026-11-21,Cid,seven,Odd rating", "rating_unreadable"),
    ("2026-11-22,Dan,,", "empty_review"),
    (",Eve,3,No date", "date_missing"),
    ("2026-11-23,Fay,9/5,Too many stars", "rating_out_of_range"),
]


def test_ten_thousand_rows_with_bad_ones_import_the_good_and_report_the_bad_by_line(
    db: Database, tmp_path: Path
) -> None:
    lines = [b"date,author,rating,text"]
    expected_problems = []
    good = 0
    for i in range(10_000):
        line_no = len(lines) + 1
        if i % 97 == 13:
            cells, code = BAD[i % len(BAD)]
            lines.append(cells.encode())
            expected_problems.append((line_no, code))
        elif i % 211 == 5:  # broken bytes inside an otherwise good row: imported, repaired
            lines.append(f"2026-10-{1 + i % 28:02d},Zo\xe9,4,Visit {i} ".encode() + b"\xff\xfe ok")
            good += 1
        else:
            text = f"Visit {i}: <b>kind</b> staff, \u05e9\u05dc\u05d5\u05dd \U0001f44d"
            lines.append(f'2026-10-{1 + i % 28:02d},Patient {i},{1 + i % 5},"{text}"'.encode())
            good += 1
    path = tmp_path / "export.csv"
    path.write_bytes(b"\n".join(lines) + b"\n")

    started = time.monotonic()
    report = import_csv(db, path, source_name="Big export", analyse=False)
    elapsed = time.monotonic() - started

    assert report.imported == good == count_reviews(db)
    skipped = [(p.line, p.code) for p in report.problems if p.skipped]
    assert skipped == expected_problems
    assert report.skipped == len(expected_problems)
    assert all(p.reason for p in report.problems)
    assert elapsed < 20, f"importing 10,000 rows took {elapsed:.1f} s"
    # the same file again adds nothing and reports the same rows
    again = import_csv(db, path, source_name="Big export", analyse=False)
    assert again.imported == 0 and count_reviews(db) == good
