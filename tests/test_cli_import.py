"""`clinicrep import` as a practice uses it: platforms by name, columns by hand, a dry run
first; `clinicrep list` in the practice's own time zone."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cli_as_user import run_as_user
from clinicrep import paths
from clinicrep.cli import IMPORT_PLATFORMS, main
from clinicrep.model import Platform, Review, Source, SourceKind
from clinicrep.store import open_database
from clinicrep.store.inbox import ReviewQuery, review_ids
from clinicrep.store.reviews import count_reviews, reviews_by_ids, upsert_reviews
from clinicrep.store.sources import add_source, find_source

DIANPING = (
    '"id","username","comment","rank_level","comment_at","created_at"\n'
    '1,"王先生","医生很耐心，服务很好，环境干净整洁。","1","2026-11-20 10:15:00",'
    '"2026-11-25 22:53:31.026742"\n'
    '2,"李女士","排队时间太长了，前台态度也不好。","3","2026-11-21 09:00:00",'
    '"2026-11-25 22:54:28.172958"\n'
)


def run(tmp_path: Path, *args: str) -> int:
    return main(["--data-dir", str(tmp_path / "data"), *args])


def stored(tmp_path: Path) -> list[Review]:
    db = open_database(tmp_path / "data" / paths.DB_FILE)
    try:
        return reviews_by_ids(db, review_ids(db, ReviewQuery(sort="created", descending=False)))
    finally:
        db.close()


def test_every_file_platform_is_accepted_and_listed_in_help(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "yandex.csv"
    path.write_text("date,stars,text\n2026-11-20,5,Отличный врач\n", encoding="utf-8")
    assert run(tmp_path, "import", str(path), "--source", "Yandex", "--platform", "yandex") == 0
    assert [r.platform for r in stored(tmp_path)] == [Platform.YANDEX]
    with pytest.raises(SystemExit) as help_exit:
        main(["import", "--help"])
    assert help_exit.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    for name in ("znanylekarz", "prodoctorov", "yandex", "2gis", "docua", "helsi", "dianping"):
        assert name in text
    assert set(IMPORT_PLATFORMS) <= {p.value for p in Platform}


def test_a_mistyped_platform_is_refused_with_the_list_and_no_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.csv"
    path.write_text("date,text\n2026-11-20,Fine\n", encoding="utf-8")
    assert run(tmp_path, "import", str(path), "--source", "S", "--platform", "yandx") == 2
    err = capsys.readouterr().err
    assert "yandx" in err and "yandex" in err and "Traceback" not in err


def test_columns_named_by_hand_override_the_guess_and_the_id_can_be_ignored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "dianping.csv"
    path.write_text(DIANPING, encoding="utf-8")
    code = run(tmp_path, "import", str(path), "--source", "点评", "--platform", "dianping",
               "--map", "text=comment", "--map", "date=created_at", "--no-id")  # fmt: skip
    assert code == 0
    reviews = stored(tmp_path)
    assert [r.created_at.astimezone().day for r in reviews] == [25, 25]  # as the user asked
    assert all(r.external_id.startswith("h:") for r in reviews)  # the id column ignored
    code = run(tmp_path, "import", str(path), "--source", "S", "--map", "stars=rank_level")
    assert code == 2
    assert "FIELD=COLUMN" in capsys.readouterr().err
    code = run(tmp_path, "import", str(path), "--source", "S", "--map", "rating=stars")
    assert code == 2
    assert "rank_level" in capsys.readouterr().err  # the file's columns are listed


def test_a_dry_run_prints_the_columns_and_five_sample_rows_and_stores_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "export.csv"
    rows = "".join(f"2026-11-{10 + i},Patient {i},{1 + i % 5},Visit number {i}\n" for i in range(8))
    path.write_text("date,author,rating,text\n" + rows, encoding="utf-8")
    code = run(tmp_path, "import", str(path), "--source", "S", "--dry-run")
    out = capsys.readouterr().out
    assert code == 0
    assert "Rows that would be imported: 8 of 8 (dry run: nothing was saved)." in out
    assert "rating    <- rating" in out and "by its name" in out
    assert sum(1 for line in out.splitlines() if "Visit number" in line) == 5
    db = open_database(tmp_path / "data" / paths.DB_FILE)
    assert count_reviews(db) == 0 and find_source(db, "S") is None
    db.close()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "pl_PL.UTF-8",
            [
                "Wiersze do zaimportowania: 1 z 2 (próba: nic nie zapisano).",
                "[z odpowiedzią]",
                "wiersz 3: ",
                "Wiersze bez czytelnej daty pominięto",
            ],
        ),
        (
            "zh_CN.UTF-8",
            [
                "将导入的行：2 行中的 1 行（试运行：未保存任何内容）。",
                "[已回复]",
                "第 3 行：",
                "没有可读日期的行已跳过",
            ],
        ),
    ],
)
def test_a_dry_run_speaks_the_language_of_the_users_system(
    tmp_path: Path, lang: str, expected: list[str]
) -> None:
    """A Polish or Chinese practice's `import --dry-run` is in its system's language: the
    count, the sample's marks, the skipped rows and the hint (it was all English)."""
    path = tmp_path / "export.csv"
    path.write_text(
        "date,author,rating,text,reply\n"
        "2026-11-10,Anna,5,Bardzo dobrze 很好,Dziękujemy 谢谢\n"
        "someday,Jan,1,Źle 不好,\n",
        encoding="utf-8",
    )
    done = run_as_user(tmp_path / "data", lang, "import", str(path), "--source", "S", "--dry-run")
    said = done.stdout + done.stderr
    assert done.returncode == 0, said
    for words in expected:
        assert words in said
    assert "Would import" not in said and "rows (dry run" not in said
    assert "note:" not in said and "line 3:" not in said


def test_list_shows_dates_in_the_local_time_zone(tmp_path: Path) -> None:
    folder = tmp_path / "practice"
    folder.mkdir()
    db = open_database(folder / paths.DB_FILE)
    source = add_source(db, Source(kind=SourceKind.CSV, name="Maps", platform=Platform.GOOGLE))
    assert source.id is not None
    at = datetime(2021, 3, 1, 14, 30, tzinfo=UTC)  # 2 March, 01:30 in Melbourne
    upsert_reviews(db, [Review(source_id=source.id, external_id="1", created_at=at, text="Ok")])
    db.close()
    env = dict(os.environ, TZ="Australia/Melbourne", PYTHONPATH=str(Path("src").resolve()))
    done = subprocess.run(
        [sys.executable, "-m", "clinicrep", "--data-dir", str(folder), "list"],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    assert "2021-03-02 01:30" in done.stdout


def test_a_dianping_file_dated_half_a_year_ago_is_not_stored_as_new(tmp_path: Path) -> None:
    # "半年前" was read as 0 years ago: the review was stored with the export's own moment
    path = tmp_path / "dianping.csv"
    path.write_text(
        '"username","comment","comment_at"\n"王先生","医生很耐心。","半年前"\n'
        '"李女士","排队太久。","半个月前"\n',
        encoding="utf-8",
    )
    assert run(tmp_path, "import", str(path), "--source", "点评", "--platform", "dianping") == 0
    saved = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    ages = sorted((saved - r.created_at).days for r in stored(tmp_path))
    assert ages in ([14, 182], [15, 182], [14, 183], [15, 183]), ages


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en_GB.UTF-8", "read as Central European (Windows)"), ("pl_PL.UTF-8", "odczytano jako")],
)
def test_a_file_not_in_unicode_is_imported_with_the_guessed_encoding_named(
    tmp_path: Path, lang: str, said: str
) -> None:
    """Three Polish words saved from an old Excel: the import reads them (a guess from
    the words) and says which encoding it chose and what to do if the letters look wrong;
    the same file with --encoding, or a UTF-8 file, says nothing about encodings."""
    path = tmp_path / "stare.csv"
    path.write_bytes("date,rating,text\n2026-11-20,5,Świetna lekarka\n".encode("cp1250"))

    def imported(*more: str) -> str:
        done = run_as_user(tmp_path / "data", lang, "import", str(path), "--source", "S", *more)
        assert done.returncode == 0, done.stdout + done.stderr
        return " ".join((done.stdout + done.stderr).split())

    assert said in imported()
    assert [r.text for r in stored(tmp_path)] == ["Świetna lekarka"]
    assert said not in imported("--encoding", "cp1250")
    path.write_text("date,rating,text\n2026-11-21,5,Świetna lekarka\n", encoding="utf-8")
    assert said not in imported()
