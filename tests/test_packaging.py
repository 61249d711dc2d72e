"""The Linux installer, as a user gets it: the .deb unpacked into a clean tree gives a menu
entry with its icon, declares the system libraries it needs, and the bundled program (no
Python needed) opens its window on demo data and renders a report, headless.

Slow (a PyInstaller build when the last one is older than the sources): run it with
``pytest -m packaging``. Set CLINICREP_REBUILD=1 to force a fresh build.
"""

from __future__ import annotations

import configparser
import os
import re
import struct
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import clinicrep

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
BUILD_INPUTS = (
    "src",
    "resources",
    "pyproject.toml",
    "packaging/clinicrep.spec",
    "packaging/clinicrep_main.py",
    "packaging/render_icons.py",
    "packaging/build_linux.sh",
    "packaging/linux",
)


def _newest_input() -> float:
    newest = 0.0
    for name in BUILD_INPUTS:
        path = ROOT / name
        files = [path] if path.is_file() else path.rglob("*")
        for f in files:
            if f.is_file() and "__pycache__" not in f.parts and f.suffix not in (".qm", ".pyc"):
                newest = max(newest, f.stat().st_mtime)
    return newest


def _current_deb() -> Path | None:
    debs = sorted(DIST.glob(f"clinicrep_{clinicrep.__version__}_*.deb"))
    return debs[0] if debs else None


@pytest.fixture(scope="module")
def deb() -> Path:
    """The .deb from packaging/build_linux.sh: reused when newer than every source file."""
    found = _current_deb()
    fresh = found is not None and found.stat().st_mtime > _newest_input()
    if not fresh or os.environ.get("CLINICREP_REBUILD") == "1":
        subprocess.run(["bash", str(ROOT / "packaging" / "build_linux.sh")], check=True)
        found = _current_deb()
    assert found is not None, "packaging/build_linux.sh made no .deb"
    return found


@pytest.fixture(scope="module")
def installed(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .deb unpacked into an empty root, as dpkg would lay it out."""
    root = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    subprocess.run(["dpkg-deb", "-e", str(deb), str(root / "DEBIAN")], check=True)
    return root


def _control(installed: Path) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in (installed / "DEBIAN" / "control").read_text().splitlines():
        if line and not line.startswith(" ") and ":" in line:
            key, value = line.split(":", 1)
            fields[key] = value.strip()
    return fields


def _depends_file() -> dict[str, set[str]]:
    """packaging/linux/depends.txt: package -> the sonames taken from it."""
    table = {}
    for line in (ROOT / "packaging" / "linux" / "depends.txt").read_text().splitlines():
        words = re.sub(r"\(.*?\)", "", line.split("#")[0]).split()
        if words:
            table[words[0]] = set(words[1:])
    return table


@pytest.fixture
def fresh_home(tmp_path: Path) -> Iterator[dict[str, str]]:
    """An environment with an empty home and data dir, headless."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "home" / "share"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / "config"),
        "XDG_STATE_HOME": str(tmp_path / "home" / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "home" / "cache"),
        "CLINICREP_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    (tmp_path / "home").mkdir()
    yield env


def test_installer_recipes_for_all_platforms_pass_their_linters() -> None:
    # makensis compiles the Windows installer, shellcheck/desktop-file-validate/ruff pass
    subprocess.run(["bash", str(ROOT / "packaging" / "lint.sh")], check=True)


def test_deb_installs_program_under_opt_with_a_command_on_the_path(installed: Path) -> None:
    program = installed / "opt" / "clinicrep" / "clinicrep"
    assert program.is_file() and os.access(program, os.X_OK)
    link = installed / "usr" / "bin" / "clinicrep"
    assert link.is_symlink() and os.readlink(link) == "/opt/clinicrep/clinicrep"
    assert _control(installed)["Version"] == clinicrep.__version__


def test_menu_entry_starts_clinicrep_with_its_icon(installed: Path) -> None:
    desktop = installed / "usr" / "share" / "applications" / "clinicrep.desktop"
    subprocess.run(["desktop-file-validate", str(desktop)], check=True)
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(desktop, encoding="utf-8")
    main = entry["Desktop Entry"]
    assert main["Type"] == "Application"
    assert main["Exec"] == "clinicrep"
    assert main["Icon"] == "clinicrep"
    assert main["Terminal"] == "false"
    assert entry["Desktop Action demo"]["Exec"] == "clinicrep --demo"


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_is_installed_in_every_hicolor_size(installed: Path, size: int) -> None:
    png = installed / "usr/share/icons/hicolor" / f"{size}x{size}" / "apps" / "clinicrep.png"
    head = png.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", head[16:24]) == (size, size)


def test_deb_depends_on_every_system_library_the_bundle_leaves_out(installed: Path) -> None:
    depends = _control(installed)["Depends"]
    declared = {re.sub(r"\s*\(.*\)", "", d).strip() for d in depends.split(",")}
    table = _depends_file()
    assert declared == set(table)
    bundle = installed / "opt" / "clinicrep"
    inside = {p.name for p in bundle.rglob("*") if p.is_file() or p.is_symlink()}
    from_system = set().union(*table.values())
    unmet: dict[str, str] = {}
    for path in bundle.rglob("*"):
        if not path.is_file() or not (path.suffix == ".so" or ".so." in path.name):
            continue
        dynamic = subprocess.run(
            ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
        ).stdout
        for soname in re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", dynamic):
            if soname not in inside and soname not in from_system:
                unmet[soname] = str(path.relative_to(bundle))
    # plugins Qt only loads when their library is there (qgtk3 is left out on purpose)
    assert not unmet, f"libraries neither bundled nor in depends.txt: {unmet}"


def test_maintainer_scripts_never_touch_home_folders(installed: Path) -> None:
    for name in ("postinst", "postrm"):
        lines = (installed / "DEBIAN" / name).read_text().splitlines()
        script = "\n".join(line for line in lines if not line.lstrip().startswith("#"))
        assert "/home" not in script and "$HOME" not in script and "~/" not in script
        assert "rm " not in script


def test_bundle_carries_resources_translations_certificates_and_keyring_backends(
    installed: Path,
) -> None:
    internal = installed / "opt" / "clinicrep" / "_internal"
    resources = internal / "resources"
    for lang in ("ru", "uk", "pl", "zh_CN"):
        assert (resources / "translations" / f"clinicrep_{lang}.qm").is_file()
    assert (resources / "fonts" / "wqy-microhei.ttc").is_file()
    assert (resources / "icons" / "clinicrep.svg").is_file()
    assert list((resources / "lexicons").glob("*.txt"))
    assert list((resources / "demo").glob("*.json"))
    assert list((resources / "templates").glob("*.toml"))
    assert (internal / "certifi" / "cacert.pem").is_file()
    assert list((internal / "clinicrep" / "store" / "migrations").glob("*.sql"))
    assert (internal / "textblob" / "en" / "en-sentiment.xml").is_file()
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for plugin in ("platforms/libqxcb.so", "platforms/libqwayland.so",
                   "platforms/libqoffscreen.so", "imageformats/libqsvg.so",
                   "iconengines/libqsvgicon.so"):  # fmt: skip
        assert (plugins / plugin).is_file(), plugin
    # keyring finds its backends through entry points: metadata and modules must be there
    assert list(internal.glob("keyring-*.dist-info/entry_points.txt"))
    modules = _bundled_modules(installed / "opt" / "clinicrep" / "clinicrep")
    for backend in ("SecretService", "Windows", "macOS", "libsecret", "kwallet"):
        assert f"keyring.backends.{backend}" in modules, backend
    for unused in ("tkinter", "PySide6.QtQml", "PySide6.QtQuick", "pytest", "pip"):
        assert unused not in modules, unused


def _bundled_modules(executable: Path) -> set[str]:
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(executable))
    pyz_names = [name for name in archive.toc if name.endswith(".pyz")]
    modules: set[str] = set()
    for name in pyz_names:
        modules |= set(archive.open_embedded_archive(name).toc)
    return modules


def test_bundled_program_opens_demo_and_renders_a_report_headless(
    installed: Path, fresh_home: dict[str, str]
) -> None:
    program = installed / "opt" / "clinicrep" / "clinicrep"
    started = time.monotonic()
    done = subprocess.run(
        [str(program), "--demo", "--smoke"],
        env=fresh_home,
        capture_output=True,
        text=True,
        timeout=180,
    )
    elapsed = time.monotonic() - started
    print(f"bundled --demo --smoke took {elapsed:.1f} s")
    assert done.returncode == 0, done.stderr
    assert "smoke: window shown, report" in done.stdout
    assert "Traceback" not in done.stderr
    # the demo went into the fresh home's demo folder, nowhere else
    assert (Path(fresh_home["XDG_DATA_HOME"]) / "clinicrep-demo" / "clinicrep.sqlite3").is_file()


def test_bundled_program_reports_its_version(installed: Path, fresh_home: dict[str, str]) -> None:
    program = installed / "opt" / "clinicrep" / "clinicrep"
    done = subprocess.run(
        [str(program), "--version"], env=fresh_home, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"clinicrep {clinicrep.__version__}"
