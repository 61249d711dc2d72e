"""The command line runs the same services as the window."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

import clinicrep
from cli_as_user import run_as_user
from clinicrep import __version__, paths
from clinicrep.cli import main
from clinicrep.model import Platform, Review, Source, SourceKind, Status
from clinicrep.store import open_database
from clinicrep.store.reviews import set_status, upsert_reviews
from clinicrep.store.sources import add_source


def _seed(folder):
    db = open_database(folder / paths.DB_FILE)
    src = add_source(db, Source(kind=SourceKind.MANUAL, name="Desk", platform=Platform.OFFLINE))
    t = datetime(2026, 11, 1, 10, tzinfo=UTC)
    result = upsert_reviews(
        db,
        [
            Review(
                source_id=src.id,
                external_id="1",
                created_at=t,
                author="Ann",
                rating=2,
                text="Parking was impossible",
            ),
            Review(
                source_id=src.id,
                external_id="2",
                created_at=t,
                author="Bob",
                rating=5,
                text="Лучший врач",
            ),
        ],
    )
    set_status(db, result.inserted_ids[1], Status.ANSWERED)
    db.close()


def test_version_is_printed(capsys):
    try:
        main(["--version"])
    except SystemExit as e:
        assert e.code == 0
    assert capsys.readouterr().out.strip() == f"clinicrep {__version__}"


def test_list_shows_open_reviews_matching_a_search(tmp_path, capsys):
    folder = tmp_path / "practice"
    folder.mkdir()
    _seed(folder)
    assert main(["--data-dir", str(folder), "list", "--status", "open"]) == 0
    out = capsys.readouterr()
    assert "Parking was impossible" in out.out and "Лучший врач" not in out.out
    assert main(["--data-dir", str(folder), "list", "--search", "врач"]) == 0
    out = capsys.readouterr()
    assert "Лучший врач" in out.out and "Parking" not in out.out
    assert "1 reviews" in out.err


def test_python_dash_m_runs_with_the_data_dir_from_the_environment(tmp_path):
    folder = tmp_path / "env-practice"
    folder.mkdir()
    _seed(folder)
    env = {"CLINICREP_DATA_DIR": str(folder), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    env["PYTHONPATH"] = str(Path(clinicrep.__file__).parents[1])  # this tree's clinicrep
    done = subprocess.run(
        [sys.executable, "-m", "clinicrep", "list"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Parking was impossible" in done.stdout


def test_a_damaged_database_gives_a_clear_message_and_exit_code(tmp_path, capsys):
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / paths.DB_FILE).write_bytes(b"this is not a database at all" * 100)
    assert main(["--data-dir", str(folder), "list"]) == 2
    err = capsys.readouterr().err
    assert "damaged" in err and "backup" in err


def test_import_then_report_then_export_from_the_command_line(tmp_path, capsys):
    folder = tmp_path / "practice"
    folder.mkdir()
    csv_file = tmp_path / "znany.csv"
    csv_file.write_text(
        "Data;Autor;Ocena;Opinia\n"
        "12.10.2026;Jan K.;5;Bardzo miła obsługa, polecam!\n"
        "13.10.2026;Ewa M.;1;Czekałam dwie godziny, nikt nie przeprosił.\n"
        "nie-data;Ola;5;zła data\n",
        encoding="utf-8",
    )
    args = ["--data-dir", str(folder)]
    assert (
        main(
            [*args, "import", str(csv_file), "--source", "ZnanyLekarz", "--platform", "znanylekarz"]
        )
        == 0
    )
    out = capsys.readouterr()
    assert "New reviews imported: 2," in out.out and "line 4" in out.err
    # importing the same file again adds nothing
    assert main([*args, "import", str(csv_file), "--source", "ZnanyLekarz"]) == 0
    assert "New reviews imported: 0," in capsys.readouterr().out

    assert main([*args, "reanalyse"]) == 0
    assert "2 reviews analysed" in capsys.readouterr().out

    pdf = tmp_path / "october.pdf"
    assert main([*args, "report", "--month", "2026-10", "--out", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert main([*args, "report", "--month", "October", "--out", str(pdf)]) == 2
    assert "for example 2026-10" in capsys.readouterr().err

    exported = tmp_path / "all.csv"
    assert main([*args, "export", "--out", str(exported)]) == 0
    text = exported.read_text(encoding="utf-8-sig")
    assert "Jan K." in text and "Ewa M." in text


def test_demo_flag_uses_its_own_folder_never_the_real_one(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    paths.set_data_dir(None)
    assert main(["--demo", "list", "--limit", "1"]) == 0
    assert paths.db_path().parent == paths.demo_data_dir()
    assert "reviews" in capsys.readouterr().err


def test_a_new_data_dir_and_every_folder_in_it_are_the_owners_only(tmp_path, capsys):
    previous = os.umask(0o022)  # the usual umask: folders come out 0755 unless asked
    try:
        for verb in (["list"], ["export", "--out", str(tmp_path / "out.csv")], ["reanalyse"]):
            folder = tmp_path / f"practice-{verb[0]}" / "clinicrep"
            assert main(["--data-dir", str(folder), *verb]) == 0
            made = [folder, *(p for p in folder.rglob("*") if p.is_dir())]
            assert folder / "logs" in made
            assert {str(p): stat.S_IMODE(p.stat().st_mode) for p in made} == {
                str(p): 0o700 for p in made
            }
    finally:
        os.umask(previous)


@pytest.mark.parametrize(
    ("lang", "expected", "english"),
    [
        (
            "pl_PL.UTF-8",
            [
                "Nie ma jeszcze źródeł.",
                "Podaj, które źródło usunąć",
                "Nie ma źródła o nazwie „Nope”",
                "Usunięto Maps",
                "Opinie zapisane w pliku (CSV)\tMaps",
                "Własna baza danych tego komputera: ",
                "Własna baza danych tego komputera otwiera się.",
                "Skopiowano opinie: 1 ",
                "Kopiowanie źródeł: wiersze — 1…",
            ],
            [
                "No sources yet",
                "Say which source",
                "There is no source",
                "Removed Maps",
                "sources",
                "\tcsv\t",
            ],
        ),
        (
            "zh_CN.UTF-8",
            [
                "还没有来源。",
                "请指明要删除的来源",
                "没有名为“Nope”的来源",
                "已删除Maps",
                "文件中保存的评价（CSV）\tMaps",
                "这台电脑自己的数据库：",
                "这台电脑自己的数据库可以打开。",
                "已将 1 条评价",
                "正在复制来源：1 行…",
            ],
            ["No sources yet", "Say which source", "There is no source", "Removed Maps", "\tcsv\t"],
        ),
    ],
)
def test_the_source_and_db_commands_speak_the_language_of_the_users_system(
    tmp_path: Path, lang: str, expected: list[str], english: list[str]
) -> None:
    """`clinicrep source …` and `clinicrep db …` under a Polish or Chinese system say what
    they did in its language, as `import` does (they printed English; and removing a source
    that does not exist said 'The review or page no longer exists on the platform')."""
    folder = tmp_path / "practice"
    empty = tmp_path / "empty"

    def run(data_dir: Path, *words: str) -> str:
        done = run_as_user(data_dir, lang, *words)
        return done.stdout + done.stderr

    said = [run(empty, "source", "list"), run(empty, "source", "remove")]
    folder.mkdir()
    store = open_database(folder / paths.DB_FILE)
    source = add_source(store, Source(kind=SourceKind.CSV, name="Maps", platform=Platform.GOOGLE))
    assert source.id is not None
    at = datetime(2026, 3, 1, 14, 30, tzinfo=UTC)
    upsert_reviews(store, [Review(source_id=source.id, external_id="1", created_at=at, text="Ok")])
    store.close()
    said += [
        run(folder, "db", "where"),
        run(folder, "db", "check"),
        run(folder, "db", "export", "--out", str(tmp_path / "copy.sqlite3")),
        run(folder, "source", "list"),
        run(folder, "source", "remove", "Nope"),
        run(folder, "source", "remove", "Maps"),
    ]
    everything = "\n".join(said)
    for words in expected:
        assert words in everything, everything
    for words in english:
        assert words not in everything, everything
