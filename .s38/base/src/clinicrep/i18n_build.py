"""Build step for translations: ``python -m clinicrep.i18n_build [--update]``.

``--update`` runs pyside6-lupdate over the sources into every .ts file (new strings
appear there for translators); without it, every .ts is compiled to .qm with
pyside6-lrelease. The .qm files are build output and are not committed.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
from html import unescape
from pathlib import Path
from xml.sax.saxutils import escape

LANGUAGES = ("ru", "uk", "pl", "zh_CN")


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    if exe.exists():
        return str(exe)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")
    return found


def project_root() -> Path:
    return Path(__file__).resolve().parent.parent.parent


_CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
_MESSAGE = re.compile(r"\n?    <message[^>]*>.*?</message>", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_TRANSLATION = re.compile(r"<translation[^>]*?(?:/>|>.*?</translation>)", re.S)


def literal_translate_calls(root: Path) -> set[tuple[str, str, bool]]:
    """(context, text, counted) of every ``….translate("Context", "literal", …)`` in the sources.

    pyside6-lupdate passes over some of them without a word (counted ones with ``%n`` above
    all); ``update`` keeps those in the .ts files and tests/test_translations.py checks them.
    """
    found: set[tuple[str, str, bool]] = set()
    for path in (root / "src" / "clinicrep").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and len(node.args) >= 2
            ):
                continue
            context, text = node.args[0], node.args[1]
            if isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
                found.add((str(context.value), str(text.value), len(node.args) >= 4))
    return found


def _blocks(text: str) -> dict[tuple[str, str], str]:
    """Each message's XML text, by (context, source)."""
    blocks = {}
    for context in _CONTEXT.finditer(text):
        for message in _MESSAGE.finditer(context.group(2)):
            source = _SOURCE.search(message.group(0))
            if source:
                key = (unescape(context.group(1)), unescape(source.group(1)))
                blocks[key] = message.group(0)
    return blocks


def _escape(text: str) -> str:
    return escape(text, {"'": "&apos;", '"': "&quot;"})


def _keep_translations(text: str, before: dict[tuple[str, str], str]) -> str:
    """A message lupdate left unfinished gets back the translation it had before.

    lupdate drops translations it does not understand (Ukrainian's plural forms on some
    Qt versions); a translator's work is never lost to an update.
    """

    def context(match: re.Match[str]) -> str:
        name = unescape(match.group(1))

        def message(found: re.Match[str]) -> str:
            block = found.group(0)
            source = _SOURCE.search(block)
            now = _TRANSLATION.search(block)
            if not source or not now or 'type="unfinished"' not in now.group(0):
                return block
            old = before.get((name, unescape(source.group(1))), "")
            kept = _TRANSLATION.search(old)
            if not kept or "type=" in kept.group(0).split(">")[0]:
                return block
            block = block[: now.start()] + kept.group(0) + block[now.end() :]
            if "<numerusform" in kept.group(0) and 'numerus="yes"' not in block.split(">")[0]:
                # lrelease refuses plural forms in a message not marked as counted
                block = block.replace("<message", '<message numerus="yes"', 1)
            return block

        body = _MESSAGE.sub(message, match.group(2))
        return match.group(0)[: match.start(2) - match.start(0)] + body + "</context>"

    return _CONTEXT.sub(context, text)


def _restore_missed(
    text: str, before: dict[tuple[str, str], str], calls, *, counted_only: bool = False
) -> str:
    """Put back the messages lupdate dropped although the sources still call them."""
    present = _blocks(text)
    for context, source, counted in sorted(calls):
        key = (context, source)
        if key in present or (counted_only and not counted):
            continue
        block = before.get(key)
        if block is None:
            numerus = ' numerus="yes"' if counted else ""
            block = (
                f"\n    <message{numerus}>\n        <source>{_escape(source)}</source>\n"
                '        <translation type="unfinished"></translation>\n    </message>'
            )
        name = f"<name>{_escape(context)}</name>"
        if name in text:
            text = text.replace(name, name + block, 1)
        else:
            text = text.replace("</TS>", f"<context>\n    {name}{block}\n</context>\n</TS>", 1)
        present[key] = block
    return text


def update(root: Path) -> None:
    sources = sorted(str(p) for p in (root / "src" / "clinicrep").rglob("*.py"))
    folder = root / "resources" / "translations"
    folder.mkdir(parents=True, exist_ok=True)
    targets = [folder / f"clinicrep_{lang}.ts" for lang in LANGUAGES]
    before = {t: _blocks(t.read_text(encoding="utf-8")) if t.exists() else {} for t in targets}
    subprocess.run(
        [_tool("lupdate"), "-no-obsolete", *sources, "-ts", *map(str, targets)], check=True
    )
    # English: only the counted strings, for their singular and plural ("1 hour", "2 hours")
    english = folder / "clinicrep_en.ts"
    before[english] = _blocks(english.read_text(encoding="utf-8")) if english.exists() else {}
    subprocess.run(
        [_tool("lupdate"), "-no-obsolete", "-pluralonly", *sources, "-ts", str(english)],
        check=True,
    )
    calls = literal_translate_calls(root)
    for target in [*targets, english]:
        text = target.read_text(encoding="utf-8")
        text = _restore_missed(text, before[target], calls, counted_only=target == english)
        target.write_text(_keep_translations(text, before[target]), encoding="utf-8")


def release(root: Path) -> list[Path]:
    """Every .ts compiled to its .qm: written beside it, then put in its place. A running
    program reads its .qm mapped into memory; lrelease rewrote the file in place, and a
    window that looked up a word meanwhile died of a bus error (SIGBUS; a test process, with
    another one building the translations)."""
    made = []
    for ts in sorted((root / "resources" / "translations").glob("clinicrep_*.ts")):
        qm = ts.with_suffix(".qm")
        fresh = qm.with_name(f".{qm.name}.{os.getpid()}.new")
        try:
            subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
            os.replace(fresh, qm)
        finally:
            fresh.unlink(missing_ok=True)
        made.append(qm)
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="extract strings into the .ts files")
    args = parser.parse_args()
    root = project_root()
    if args.update:
        update(root)
    release(root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
