"""Every verb, given every kind of wrong argument, answers with one sentence and a non-zero
exit code: never a traceback, and never a file replaced that the user may not write."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from clinicrep.cli import main

NOT_UTF8 = os.fsdecode(b"caf\xe9")  # a name from a cp1251 zip, as Python's argv holds it


def _targets(tmp: Path) -> dict[str, Path]:
    """Paths a CSV or PDF must not be written to, made as the user has them."""
    folder = tmp / "Documents"
    folder.mkdir()
    read_only = tmp / "reviews-final.csv"
    read_only.write_text("kept as it is\n", encoding="utf-8")
    read_only.chmod(0o444)
    a_file = tmp / "notes.txt"
    a_file.write_text("not a folder\n", encoding="utf-8")
    pipe = tmp / "pipe"
    os.mkfifo(pipe)
    return {
        "folder": folder,
        "read_only": read_only,
        "under_a_file": a_file / "reviews.csv",
        "device": pipe,
        "unwritable_folder": Path("/proc/reviews.csv"),  # not writable, even for root
        "not_utf8": tmp / f"{NOT_UTF8}.csv",
    }


BAD_OUT = ["folder", "read_only", "under_a_file", "device", "unwritable_folder", "not_utf8"]

CASES = [
    # (verb and arguments, where {out:KIND} is one of the paths above)
    ["list", "--status", "opne"],
    ["list", "--search", NOT_UTF8],
    ["list", "--limit", "ten"],
    ["export", "--out", "{out:ok}", "--status", "answred"],
    ["export", "--out", "{out:ok}", "--search", NOT_UTF8],
    *(["export", "--out", f"{{out:{kind}}}"] for kind in BAD_OUT),
    ["report", "--month", "0000-01", "--out", "{out:ok}"],
    ["report", "--month", "9999-12", "--out", "{out:ok}"],
    ["report", "--month", "2026-13", "--out", "{out:ok}"],
    ["report", "--month", "October", "--out", "{out:ok}"],
    ["report", "--month", "2026-10", "--out", "{out:ok}", "--page-size", "A3"],
    ["report", "--month", "2026-10", "--out", "{out:ok}", "--lang", "de"],
    *(["report", "--month", "2026-10", "--out", f"{{out:{kind}}}"] for kind in BAD_OUT),
    ["import", "{out:ok}", "--source", "ZnanyLekarz", "--platform", "gogle"],
    ["sync", "--source", "Gogle"],
    ["sync", "--source", NOT_UTF8],
    ["monitor", "instal"],
    ["monitor", "install", "--every", "half an hour"],
    ["reanalyse", "--only-old"],
    ["--data-dir", f"/tmp/{NOT_UTF8}", "list"],
    ["frobnicate"],
    ["--db", "mysql://somewhere/clinicrep", "list"],
    ["--db", "postgresql://user@server:port/clinicrep", "list"],
    ["--db", "postgresql://clinicrep@127.0.0.1:1/clinicrep", "list"],  # nothing listens there
    ["db"],
    ["db", "mvoe"],
    ["db", "move"],
    ["db", "move", "--to", "ftp://server/clinicrep"],
    ["db", "move", "--to", "sqlite"],  # the store this PC uses already
    *(["db", "export", "--out", f"{{out:{kind}}}"] for kind in BAD_OUT),
]


def _fill(args: list[str], targets: dict[str, Path], tmp: Path) -> list[str]:
    filled = []
    for arg in args:
        if arg.startswith("{out:"):
            kind = arg[5:-1]
            arg = str(targets[kind] if kind != "ok" else tmp / "out.csv")
        filled.append(arg)
    return filled


def _snapshot(targets: dict[str, Path]) -> dict[str, tuple[int, bytes | None]]:
    seen = {}
    for kind, path in targets.items():
        try:
            st = path.lstat()
        except OSError:
            continue
        content = path.read_bytes() if stat.S_ISREG(st.st_mode) else None
        seen[kind] = (stat.S_IFMT(st.st_mode) | stat.S_IMODE(st.st_mode), content)
    return seen


@pytest.mark.parametrize("args", CASES, ids=lambda a: " ".join(a).replace(NOT_UTF8, "café"))
def test_a_wrong_argument_is_refused_in_one_sentence_and_nothing_is_replaced(
    args, data_dir, tmp_path, capsys
):
    targets = _targets(tmp_path)
    before = _snapshot(targets)

    code = main(_fill(args, targets, tmp_path))

    out, err = capsys.readouterr()
    assert code != 0
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and "Error" not in err  # a sentence, not an exception
    assert lines[0].endswith("."), lines[0]
    assert _snapshot(targets) == before  # the read-only file, the pipe: as they were
    assert not (tmp_path / "out.csv").exists()


def test_each_kind_of_wrong_destination_gets_its_own_sentence(data_dir, tmp_path, capsys):
    targets = _targets(tmp_path)
    sentences = set()
    for kind in BAD_OUT:
        assert main(["export", "--out", str(targets[kind])]) == 2
        sentences.add(capsys.readouterr().err.strip().replace(str(targets[kind]), "PATH"))
    assert len(sentences) == len(BAD_OUT)
    assert "“{}” is a folder.".format(targets["folder"]) in "".join(
        capsys.readouterr().err for _ in [main(["export", "--out", str(targets["folder"])])]
    )


def test_bytes_that_are_not_utf8_in_a_real_command_line_are_refused_without_a_traceback(
    data_dir, tmp_path
):
    env = dict(os.environ, CLINICREP_DATA_DIR=str(data_dir), LANG="C.UTF-8", LC_ALL="C.UTF-8")
    result = subprocess.run(
        [sys.executable, "-m", "clinicrep", "export", "--out", b"/tmp/caf\xe9.csv"],
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 2
    err = result.stderr.decode("utf-8")
    assert "Traceback" not in err
    assert err.strip() == (
        "The name “/tmp/caf\ufffd.csv” has characters that are not UTF-8 (shown as �). "
        "Rename the file or folder, or choose another name."
    )


def test_the_sentence_is_in_the_language_of_the_users_system(data_dir):
    env = dict(os.environ, CLINICREP_DATA_DIR=str(data_dir), LANG="ru_RU.UTF-8", LC_ALL="")
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-m", "clinicrep", "list", "--status", "opne"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.strip().startswith("«opne» не является статусом отзыва")


def test_monitor_install_without_a_scheduler_names_the_missing_program(
    data_dir, tmp_path, monkeypatch, capsys
):
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # neither systemctl nor crontab on this computer
    assert main(["monitor", "install"]) != 0
    err = capsys.readouterr().err.strip()
    assert err.startswith("“crontab” is not installed on this computer")
    assert len(err.splitlines()) == 1 and "FileNotFoundError" not in err


@pytest.mark.parametrize(("seconds", "said"), [(60, "about 1 min."), (150, "about 2 min.")])
def test_a_rate_limit_says_when_in_words_that_fit_the_number(seconds, said):
    from clinicrep.errors import RateLimited
    from clinicrep.messages import user_message

    sentence = user_message(RateLimited("429", retry_after=seconds))
    assert said in sentence and "1 minutes" not in sentence
