"""The command line speaks the language of the user's system: argparse's own words for a
mistake ("unrecognized arguments"), and the counts that paste and export print, with their
plural forms ("1 review", "2 відгуки", "38 opinii")."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from sources import paste_samples as samples


def _run(data_dir, language: str, *args: str) -> subprocess.CompletedProcess[str]:
    """clinicrep run as a user of a system set to ``language`` runs it."""
    env = dict(os.environ, CLINICREP_DATA_DIR=str(data_dir), LANG=f"{language}.UTF-8", LC_ALL="")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [sys.executable, "-m", "clinicrep", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("language", "args", "said"),
    [
        (
            "uk_UA",
            ["list", "--bogus"],
            "Команду не зрозуміло: невідомі аргументи: --bogus. Запустіть «clinicrep --help»",
        ),
        (
            "pl_PL",
            ["import"],
            "Nie zrozumiano polecenia: brak wymaganych argumentów: file, --source. Uruchom",
        ),
        (
            "ru_RU",
            ["list", "--limit", "ten"],
            "Команда не понята: аргумент --limit: «ten» — не целое число.",
        ),
        ("zh_CN", ["export"], "无法理解该命令：缺少必需的参数：--out。"),
        (  # no programmer's type name ("invalid int value") in any language
            "en_US",
            ["list", "--limit", "ten"],
            "The command was not understood: argument --limit: “ten” is not a whole number.",
        ),
    ],
    ids=[
        "uk-unknown-option",
        "pl-missing-arguments",
        "ru-not-a-number",
        "zh-missing-option",
        "en-not-a-number",
    ],
)
def test_a_mistake_on_the_command_line_is_said_wholly_in_the_users_language(
    data_dir, language, args, said
):
    result = _run(data_dir, language, *args)
    assert result.returncode == 2
    assert result.stderr.strip().startswith(said), result.stderr


def test_a_pasted_page_s_count_is_said_in_ukrainian_with_its_plural(data_dir, tmp_path):
    page = tmp_path / "yandex.html"
    page.write_text(samples.YANDEX_HTML, encoding="utf-8")
    result = _run(data_dir, "uk_UA", "paste", str(page), "--platform", "yandex", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "Знайдено 2 відгуки."
    assert "\tє відповідь" in result.stdout  # Ирина С.'s review has the clinic's answer


def test_an_export_says_how_many_reviews_it_wrote_in_the_users_language(data_dir, tmp_path):
    page = tmp_path / "yandex.html"
    page.write_text(samples.YANDEX_HTML, encoding="utf-8")
    assert _run(data_dir, "en_US", "paste", str(page), "--platform", "yandex").returncode == 0
    out = tmp_path / "reviews.csv"

    one = _run(data_dir, "en_US", "export", "--out", str(out), "--search", "внимательный")
    assert one.stdout.strip() == f"1 review written to {out}."

    both = _run(data_dir, "pl_PL", "export", "--out", str(out))
    assert both.stdout.strip() == f"Zapisano 2 opinie w pliku {out}."
