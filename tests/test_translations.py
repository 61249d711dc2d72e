"""The five UI languages: every string is extracted, translated, and keeps its placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from clinicrep.i18n_build import LANGUAGES, project_root

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
