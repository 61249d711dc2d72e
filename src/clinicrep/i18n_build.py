"""Build step for translations: ``python -m clinicrep.i18n_build [--update]``.

``--update`` runs pyside6-lupdate over the sources into every .ts file (new strings
appear there for translators); without it, every .ts is compiled to .qm with
pyside6-lrelease. The .qm files are build output and are not committed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

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


def update(root: Path) -> None:
    sources = sorted(str(p) for p in (root / "src" / "clinicrep").rglob("*.py"))
    folder = root / "resources" / "translations"
    folder.mkdir(parents=True, exist_ok=True)
    targets = [str(folder / f"clinicrep_{lang}.ts") for lang in LANGUAGES]
    subprocess.run([_tool("lupdate"), "-no-obsolete", *sources, "-ts", *targets], check=True)


def release(root: Path) -> list[Path]:
    made = []
    for ts in sorted((root / "resources" / "translations").glob("clinicrep_*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
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
