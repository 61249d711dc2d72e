"""The five UI languages: every string is extracted, translated, and keeps its placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from clinicrep.i18n_build import LANGUAGES, literal_translate_calls, project_root

ROOT = project_root()
TS = {lang: ROOT / "resources" / "translations" / f"clinicrep_{lang}.ts" for lang in LANGUAGES}
PLACEHOLDER = re.compile(r"\{[a-z_]*(?::[^}]*)?\}|%n")


def _messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            yield (
                name,
                message.findtext("source") or "",
                translation,
                forms or [translation.text or ""],
            )


def _entries(path: Path) -> set[tuple[str, str]]:
    return {(c, s) for c, s, _t, _f in _messages(path)}


def test_the_ts_files_hold_every_string_in_the_sources(tmp_path):
    """Run lupdate on the sources now: nothing new may appear (run i18n_build --update)."""
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS["ru"], fresh)
    sources = sorted(str(p) for p in (ROOT / "src" / "clinicrep").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), "-no-obsolete", *sources, "-ts", str(fresh)], check=True, capture_output=True
    )
    missing = _entries(fresh) - _entries(TS["ru"])
    assert not missing, f"{len(missing)} strings not in the .ts files, e.g. {sorted(missing)[:3]}"


def _literal_translate_calls() -> set[tuple[str, str, bool]]:
    """Every literal translate call in the sources (lupdate misses some: see i18n_build)."""
    return literal_translate_calls(ROOT)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_literal_translate_call_is_in_the_ts_files_even_where_lupdate_misses_it(lang):
    messages = {(c, s): bool(forms) for c, s, _t, forms in _messages(TS[lang])}
    calls = _literal_translate_calls()
    assert len(calls) > 100  # the sources were read
    missing = sorted(f"{c}: {t}" for c, t, _n in calls if (c, t) not in messages)
    assert not missing, f"{len(missing)} not in {TS[lang].name}: {missing[:6]}"
    not_counted = sorted(f"{c}: {t}" for c, t, n in calls if n and not messages[(c, t)])
    assert not not_counted, f"counted (%n) strings without plural forms: {not_counted[:6]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_is_translated_and_keeps_its_placeholders(lang):
    untranslated, broken = [], []
    for context, source, translation, forms in _messages(TS[lang]):
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not any(forms):
            untranslated.append(f"{context}: {source[:50]}")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form)) - {"%n"}) != wanted:
                broken.append(f"{context}: {source[:40]} -> {form[:40]}")
    assert not broken, broken[:5]
    assert not untranslated, f"{len(untranslated)} untranslated, e.g. {untranslated[:5]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lrelease_compiles_every_ts_file(lang, tmp_path):
    """A message with plural forms but no numerus="yes" makes lrelease refuse the whole file."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    done = subprocess.run(
        [str(lrelease), "-silent", str(TS[lang]), "-qm", str(tmp_path / "out.qm")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_building_the_translations_again_leaves_a_running_programs_words_whole(tmp_path):
    """A program reads its .qm mapped into memory. lrelease rewrote the file in place: a
    window that looked up a word while another process built the translations died of a bus
    error (SIGBUS, a test worker, with another one building them). The new .qm is written
    beside the old one and put in its place: what is mapped stays as it was loaded."""
    import mmap

    from clinicrep.i18n_build import release

    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    ts = folder / "clinicrep_pl.ts"
    shutil.copy(TS["pl"], ts)
    (qm,) = release(tmp_path)
    with qm.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
        loaded = bytes(mapped)
        # a translator changes a word; the build runs again while the window is open
        text = ts.read_text(encoding="utf-8")
        assert "<translation>" in text
        ts.write_text(text.replace("<translation>", "<translation>Nowe ", 1), encoding="utf-8")
        release(tmp_path)
        assert bytes(mapped) == loaded
    assert len(qm.read_bytes()) > len(loaded)  # the new build is in its place
    assert sorted(p.name for p in folder.iterdir()) == ["clinicrep_pl.qm", "clinicrep_pl.ts"]
