"""Peak memory (RSS) of importing a file: it must stay bounded, not grow with the file.

    .venv/bin/python benchmarks/import_memory.py long       # 80 MB in 400 rows of letters
    .venv/bin/python benchmarks/import_memory.py rows N     # N short rows (default 1,000,000)
    .venv/bin/python benchmarks/import_memory.py rows N --dry-run   # reading only
    .venv/bin/python benchmarks/import_memory.py cr         # the 80 MB file with CR line ends
    .venv/bin/python benchmarks/import_memory.py cr-line    # CR line ends, one line of 50 MB
    .venv/bin/python benchmarks/import_memory.py field      # a quoted field of 40 MB, 500,000 lines

Each case runs in a fresh child process (so one case's memory is not another's) that
makes the file in a temp dir, imports it into a fresh database without analysis, and
prints the wall time and the child's peak resident set size (``ru_maxrss``). Issue 17
measured 578 MB for the 80 MB file and 1.1 GB for 1,000,000 rows before the importer
streamed its files.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TEXT = "Доктор внимательно выслушал, всё объяснил. Bardzo miła obsługa. 医生很耐心。"


def make_long(path: Path) -> None:
    letter = "слово letter 字 " * 9_300  # about 200 KB of UTF-8 per row
    with path.open("w", encoding="utf-8") as f:
        f.write("date,author,rating,text\n")
        for i in range(400):
            f.write(f'2026-10-{1 + i % 28:02d},P{i},{1 + i % 5},"{i} {letter}"\n')


def make_cr(path: Path) -> None:
    """The "long" file as an old Mac wrote it: lines end in a lone CR."""
    letter = "слово letter 字 " * 9_300
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("date,author,rating,text\r")
        for i in range(400):
            f.write(f'2026-10-{1 + i % 28:02d},P{i},{1 + i % 5},"{i} {letter}"\r')


def make_cr_line(path: Path) -> None:
    """CR line ends and one review of 50 MB on its line."""
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("date,author,rating,text\r2026-10-01,Ann,5,Kind staff\r")
        f.write('2026-10-02,Bob,2,"' + "very long wait " * 3_500_000 + '"\r')
        f.write("2026-10-03,Cid,4,Quick visit\r")


def make_field(path: Path) -> None:
    """A quoted field running over 500,000 lines of 80 characters (40 MB)."""
    with path.open("w", encoding="utf-8") as f:
        f.write("date,author,rating,text\n2026-10-01,Ann,5,Kind staff\n")
        f.write('2026-10-02,Bob,2,"')
        line = "a long letter about the wait, line after line, pasted into one cell of it\n"
        for _ in range(500_000):
            f.write(line)
        f.write('the end"\n2026-10-03,Cid,4,Quick visit\n')


def make_rows(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8") as f:
        f.write("Дата;Автор;Оценка;Отзыв\n")
        for i in range(rows):
            f.write(f"{1 + i % 28:02d}.{1 + i % 12:02d}.2025;Patient {i};{1 + i % 5};{TEXT} #{i}\n")


def child(case: str, rows: int, dry_run: bool) -> None:
    from clinicrep.importing import import_csv
    from clinicrep.store import open_database

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "export.csv"
        makers = {"long": make_long, "cr": make_cr, "cr-line": make_cr_line, "field": make_field}
        if case in makers:
            makers[case](path)
        else:
            make_rows(path, rows)
        size = path.stat().st_size
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        start = time.perf_counter()
        with open_database(folder / "bench.sqlite3") as db:
            report = import_csv(db, path, source_name="Bench", analyse=False, dry_run=dry_run)
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"{case} {'(dry run) ' if dry_run else ''}{size / 2**20:.0f} MB, "
            f"{report.rows:,} rows read, {report.imported:,} stored: {seconds:.1f} s, "
            f"peak RSS {peak:.0f} MB (before the import {before:.0f} MB)"
        )


def main() -> int:
    args = sys.argv[1:]
    if args and args[0] == "--child":
        child(args[1], int(args[2]), args[3] == "1")
        return 0
    case = args[0] if args else "long"
    rows = int(args[1]) if case == "rows" and len(args) > 1 else 1_000_000
    dry_run = "--dry-run" in args
    return subprocess.call(
        [sys.executable, __file__, "--child", case, str(rows), "1" if dry_run else "0"]
    )


if __name__ == "__main__":
    sys.exit(main())
