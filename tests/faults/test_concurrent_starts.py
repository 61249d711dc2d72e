"""Ten clinicrep processes opening one store at the same moment (the window, a scheduled
check, a second window, imports): every one opens it, the schema is made or migrated once."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

from clinicrep.store import db as store_db
from clinicrep.store import open_database, schema_version
from clinicrep.store.sources import list_sources

from .conftest import review_texts, subprocess_env

STARTS = 10

# Each child waits for the "go" file, so that all of them open the store together.
_CHILD = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    go, path, backups = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    from clinicrep.store import open_database
    Path(f"{go}.ready.{os.getpid()}").touch()  # loaded: waiting for the others
    while not go.exists():
        time.sleep(0.001)
    db = open_database(path, backup_dir=backups)
    print(db.user_version)
    db.close()
    """
)


def _go_when_all_wait(go: Path, children: list[subprocess.Popen[str]]) -> None:
    """Touches ``go`` once every child has loaded what it needs and waits for it (each says
    so in a file of its own), instead of after a guess of 1.5 or 3 s: sooner on an idle
    machine, and never before the slowest on a busy one. A child that ended early is left
    to the test's own assertions."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and any(child.poll() is None for child in children):
        if len(list(go.parent.glob(f"{go.name}.ready.*"))) >= len(children):
            break
        time.sleep(0.01)
    go.touch()


def _start_together(path: Path, tmp_path: Path) -> list[subprocess.CompletedProcess[str]]:
    go = tmp_path / "go"
    children = [
        subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(go), str(path), str(path.parent / "backups")],
            env=subprocess_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(STARTS)
    ]
    _go_when_all_wait(go, children)
    results = []
    for child in children:
        out, err = child.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(child.args, child.returncode, out, err))
    return results


def _failures(results: list[subprocess.CompletedProcess[str]]) -> list[str]:
    return [r.stderr.strip().splitlines()[-1] for r in results if r.returncode != 0]


def test_ten_programs_started_together_on_a_new_folder_all_open_the_store(data_dir, tmp_path):
    path = data_dir / "clinicrep.sqlite3"
    results = _start_together(path, tmp_path)
    assert _failures(results) == []
    assert {r.stdout.strip() for r in results} == {str(schema_version())}
    db = open_database(path)
    assert str(db.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal"
    db.close()


def test_ten_programs_started_together_after_an_upgrade_migrate_once_and_lose_nothing(
    data_dir, tmp_path, monkeypatch
):
    path = data_dir / "clinicrep.sqlite3"
    real = store_db.migrations()
    monkeypatch.setattr(store_db, "migrations", lambda: real[:5])  # an older clinicrep's store
    db = open_database(path)
    # as that version stored them
    db.execute(
        "INSERT INTO sources (id, kind, name, platform, created_at)"
        " VALUES (1, 'manual', 'Google', 'google', '2026-01-01T00:00:00Z')"
    )
    for n, text in enumerate(["Kind nurse, short wait", "The receptionist was rude"]):
        db.execute(
            "INSERT INTO reviews (source_id, external_id, text, created_at, fetched_at, platform)"
            " VALUES (1, ?, ?, '2026-01-02T00:00:00Z', '2026-01-02T00:00:00Z', 'google')",
            (f"r{n}", text),
        )
    db.close()
    monkeypatch.undo()

    results = _start_together(path, tmp_path)

    assert _failures(results) == []
    assert {r.stdout.strip() for r in results} == {str(schema_version())}
    # one copy kept before the upgrade, not one per program
    assert len(list((path.parent / "backups").glob("*.schema5.*.sqlite3"))) == 1
    db = open_database(path)
    assert review_texts(db) == ["Kind nurse, short wait", "The receptionist was rude"]
    db.close()


_ADD_SOURCE = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    go, path = Path(sys.argv[1]), Path(sys.argv[2])
    from clinicrep.model import Platform, Source, SourceKind
    from clinicrep.store import open_database
    from clinicrep.store.sources import add_source
    db = open_database(path)
    Path(f"{go}.ready.{os.getpid()}").touch()  # loaded: waiting for the others
    while not go.exists():
        time.sleep(0.001)
    source = add_source(
        db, Source(kind=SourceKind.CSV, name="ZnanyLekarz", platform=Platform.OTHER)
    )
    print(source.id)
    db.close()
    """
)


def test_ten_programs_creating_one_source_name_at_once_make_one_source(data_dir, tmp_path):
    path = data_dir / "clinicrep.sqlite3"
    open_database(path).close()
    go = tmp_path / "go"
    children = [
        subprocess.Popen(
            [sys.executable, "-c", _ADD_SOURCE, str(go), str(path)],
            env=subprocess_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(STARTS)
    ]
    _go_when_all_wait(go, children)
    outcomes = [child.communicate(timeout=120) for child in children]
    assert [child.returncode for child in children] == [0] * STARTS, outcomes
    assert len({out.strip() for out, _err in outcomes}) == 1  # every one got the same source
    db = open_database(path)
    assert [s.name for s in list_sources(db)] == ["ZnanyLekarz"]
    db.close()


# `clinicrep import FILE --source ZnanyLekarz`, started the moment the "go" file appears
_IMPORT = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    go, exported = Path(sys.argv[1]), sys.argv[2]
    from clinicrep.cli import main
    import clinicrep.importing, clinicrep.analysis.pipeline
    Path(f"{go}.ready.{os.getpid()}").touch()  # loaded: waiting for the others
    while not go.exists():
        time.sleep(0.001)
    sys.exit(main(["import", exported, "--source", "ZnanyLekarz"]))
    """
)


def test_ten_imports_of_one_file_into_a_new_source_name_store_each_review_once(data_dir, tmp_path):
    exported = tmp_path / "znanylekarz.csv"
    exported.write_text(
        "date,author,rating,text\n"
        "2026-10-01,Anna K.,5,Doktor bardzo miły i dokładny\n"
        "2026-10-02,Piotr,2,Długo czekałem w kolejce\n"
        "2026-10-03,Ewa,4,Polecam\n",
        encoding="utf-8",
    )
    open_database(data_dir / "clinicrep.sqlite3").close()
    go = tmp_path / "go"
    children = [
        subprocess.Popen(
            [sys.executable, "-c", _IMPORT, str(go), str(exported)],
            env=subprocess_env(CLINICREP_DATA_DIR=str(data_dir)),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(STARTS)
    ]
    _go_when_all_wait(go, children)
    outcomes = [child.communicate(timeout=180) for child in children]
    assert [child.returncode for child in children] == [0] * STARTS, outcomes
    db = open_database(data_dir / "clinicrep.sqlite3")
    assert [s.name for s in list_sources(db)] == ["ZnanyLekarz"]
    assert review_texts(db) == [
        "Doktor bardzo miły i dokładny",
        "Długo czekałem w kolejce",
        "Polecam",
    ]
    db.close()
