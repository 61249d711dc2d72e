"""The Linux installer, as a user gets it: the .deb unpacked into a clean tree gives a menu
entry with its icon, declares the system libraries it needs, and the bundled program (no
Python needed) opens its window on demo data and renders a report, headless.

Slow (a PyInstaller build when the last one is older than the sources): run it with
``pytest -m packaging``. Set CLINICREP_REBUILD=1 to force a fresh build.
"""

from __future__ import annotations

import configparser
import functools
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
    "packaging/licences.py",
    "packaging/licences",
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
    return built_deb()


@functools.cache  # once per run, for every module that uses it (test_packaging_pg.py too)
def built_deb() -> Path:
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


def _bundle(installed: Path) -> Path:
    """The package's copy of the bundle: /opt/clinicrep/package/<version>/."""
    return installed / "opt" / "clinicrep" / "package" / clinicrep.__version__


def test_deb_installs_program_under_opt_with_a_command_on_the_path(installed: Path) -> None:
    program = _bundle(installed) / "clinicrep"
    assert program.is_file() and os.access(program, os.X_OK)
    # the command goes through run/current, which postinst points at the newest version
    link = installed / "usr" / "bin" / "clinicrep"
    assert link.is_symlink() and os.readlink(link) == "/opt/clinicrep/run/current/clinicrep"
    assert _control(installed)["Version"] == clinicrep.__version__
    assert (_bundle(installed) / "_internal" / "VERSION").read_text().strip() == (
        clinicrep.__version__
    )


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
    bundle = _bundle(installed)
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
        code = [line.strip() for line in lines if not line.lstrip().startswith("#")]
        script = "\n".join(code)
        assert "/home" not in script and "$HOME" not in script and "~/" not in script
        # they delete only the program's running copies under /opt/clinicrep/run
        assert 'ROOT="${DPKG_ROOT:-}/opt/clinicrep"' in code
        for line in code:
            for target in re.findall(r"\brm -rf (\S+)", line):
                assert target in {'"$ROOT/run"', '"$run"', '"$run.new"', '"$old"'}, line


def test_bundle_carries_resources_translations_certificates_and_keyring_backends(
    installed: Path,
) -> None:
    internal = _bundle(installed) / "_internal"
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
    modules = _bundled_modules(_bundle(installed) / "clinicrep")
    for backend in ("SecretService", "Windows", "macOS", "libsecret", "kwallet"):
        assert f"keyring.backends.{backend}" in modules, backend
    for unused in ("tkinter", "PySide6.QtQml", "PySide6.QtQuick", "pytest", "pip"):
        assert unused not in modules, unused


def _bundled_modules(executable: Path) -> set[str]:
    """Python modules of the bundle: .pyc files in _internal/ (noarchive) and any archive."""
    from PyInstaller.archive.readers import CArchiveReader

    internal = executable.parent / "_internal"
    modules: set[str] = set()
    for pyc in internal.rglob("*.pyc"):
        parts = list(pyc.relative_to(internal).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules.add(".".join(parts))
    archive = CArchiveReader(str(executable))
    for name in archive.toc:
        if name.endswith(".pyz"):
            modules |= set(archive.open_embedded_archive(name).toc)
    return modules


def test_bundled_program_opens_demo_and_renders_a_report_headless(
    installed: Path, fresh_home: dict[str, str]
) -> None:
    program = _bundle(installed) / "clinicrep"
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
    # the demo went into the fresh home's demo folder, nowhere else, owner-only like the real one
    demo = Path(fresh_home["XDG_DATA_HOME"]) / "clinicrep-demo"
    assert (demo / "clinicrep.sqlite3").is_file()
    assert demo.stat().st_mode & 0o777 == 0o700
    # a headless run prints nothing but its result: no Qt notes about size hints
    assert "propagateSizeHints" not in done.stderr


def test_bundled_program_says_nothing_about_a_locale_that_is_not_generated(
    installed: Path, fresh_home: dict[str, str]
) -> None:
    available = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout
    assert "uk_UA.utf8" not in available  # the case under test: LANG names a missing locale
    env = dict(fresh_home, LC_ALL="uk_UA.UTF-8", LANG="uk_UA.UTF-8")
    done = subprocess.run(
        [str(_bundle(installed) / "clinicrep"), "--demo", "--smoke"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    assert "Detected locale" not in done.stderr and "locale(1)" not in done.stderr
    assert done.stderr.strip() == ""


def test_bundled_program_reports_its_version(installed: Path, fresh_home: dict[str, str]) -> None:
    program = _bundle(installed) / "clinicrep"
    done = subprocess.run(
        [str(program), "--version"], env=fresh_home, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"clinicrep {clinicrep.__version__}"


def test_start_up_imports_neither_the_analysis_libraries_nor_qt(installed: Path) -> None:
    # PyInstaller's nltk hook imported nltk (0.6 s) at every start, `sync --quiet` included
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(_bundle(installed) / "clinicrep"))
    run_at_start = {name for name, entry in archive.toc.items() if entry[-1] == "s"}
    assert "pyi_rth_nltk" not in run_at_start
    # nor Qt (~0.1 s): PyInstaller's PySide6 hook imported QtCore; ours only sets paths
    assert "pyi_rth_pyside6" not in run_at_start and "pyi_rth_qt_paths" in run_at_start
    assert "clinicrep_main" in run_at_start
    assert not (_bundle(installed) / "_internal" / "nltk" / "test").exists()


def test_no_library_in_the_bundle_searches_the_build_machine(installed: Path) -> None:
    import sys

    prefix = sys.base_prefix
    for path in _bundle(installed).rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        dynamic = subprocess.run(
            ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
        ).stdout
        for paths in re.findall(r"\((?:RUNPATH|RPATH)\).*\[(.*)\]", dynamic):
            for entry in paths.split(":"):
                assert entry.startswith("$ORIGIN"), (path.name, entry)
                assert prefix not in entry


def test_copyright_names_every_bundled_component_with_its_licence(installed: Path) -> None:
    doc = installed / "usr" / "share" / "doc" / "clinicrep"
    text = (doc / "copyright").read_text()
    assert text.startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/")
    paragraphs = [p for p in text.split("\n\n") if p.startswith("Files:")]
    assert len(paragraphs) > 30

    def paragraph_of(word: str) -> str:
        found = [p for p in paragraphs if word in p]
        assert found, f"{word} has no paragraph in the copyright file"
        return found[0]

    assert "License: LGPL-3.0-only" in paragraph_of("PySide6_Essentials")
    assert "License: PSF-2.0" in paragraph_of("The Python interpreter")
    assert "License: BSD-3-Clause" in paragraph_of("numpy")
    assert "License: Apache-2.0" in paragraph_of("WenQuanYi")
    assert "License: Unicode-DFS-2016" in paragraph_of("ICU")
    # every library copied from the build machine, by the Debian package it came from
    internal = _bundle(installed) / "_internal"
    for lib in internal.glob("lib*.so*"):
        if lib.is_symlink() or lib.name.startswith(("libpython", "libpyside6", "libshiboken6")):
            continue
        assert f"_internal/{lib.name}" in text, lib.name
    # every Python distribution whose metadata is bundled
    for info in internal.glob("*.dist-info"):
        name = info.name.split("-")[0]
        # the folder's name normalised (psycopg_binary), the metadata's as published
        # (psycopg-binary): "-", "_" and "." are the same to Python's packaging
        spelled = "[-_.]".join(re.escape(part) for part in re.split(r"[-_.]", name))
        assert re.search(rf"distribution {spelled} ", text, re.I), name
    # each licence named has its text: Debian's common licences, or the component's own file
    for licence in set(re.findall(r"(?m)^License: (\S+)$", text)):
        assert re.search(rf"(?m)^License: {re.escape(licence)}\n ", text), licence
    copies = re.findall(r"/usr/share/doc/clinicrep/licences/[^<\s]+?(?=[,.]?\s)", text)
    assert len(copies) > 30
    for copied in copies:
        assert (installed / copied.lstrip("/")).is_file(), copied
    assert (doc / "changelog.gz").is_file()
    assert (installed / "usr" / "share" / "man" / "man1" / "clinicrep.1.gz").is_file()


def test_lintian_finds_nothing_but_the_tags_justified_beside_the_scripts(deb: Path) -> None:
    done = subprocess.run(
        ["lintian", "--tag-display-limit", "0", "--suppress-tags", "unused-override", str(deb)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    problems = [
        line for line in done.stdout.splitlines() if re.match(r"^[EW]: ", line)
    ]  # fmt: skip
    assert problems == [], "\n".join(problems)
    # what it does not report is justified in packaging/linux/lintian-overrides
    justified = (ROOT / "packaging" / "linux" / "lintian-overrides").read_text()
    for tag in ("dir-or-file-in-opt", "embedded-library", "hardening-no-pie"):
        assert f"clinicrep: {tag}" in justified


# -- the portable tar.xz and its install.sh --------------------------------------------


@pytest.fixture(scope="module")
def unpacked_tar(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    tars = sorted(DIST.glob(f"clinicrep-{clinicrep.__version__}-linux-*.tar.xz"))
    assert tars, "packaging/build_linux.sh made no .tar.xz"
    where = tmp_path_factory.mktemp("Downloads")
    subprocess.run(["tar", "-xJf", str(tars[0]), "-C", str(where)], check=True)
    (folder,) = list(where.iterdir())
    return folder


def test_install_sh_puts_clinicrep_in_the_menu_with_full_paths_and_the_demo(
    unpacked_tar: Path, fresh_home: dict[str, str]
) -> None:
    home = Path(fresh_home["HOME"])
    env = dict(fresh_home)
    env.pop("XDG_DATA_HOME")  # the usual ~/.local/share
    readme = (unpacked_tar / "README.txt").read_text()
    assert "./install.sh --user" in readme and "edit Exec" not in readme
    done = subprocess.run(
        ["sh", str(unpacked_tar / "install.sh"), "--user"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    program = home / ".local" / "opt" / "clinicrep" / "current" / "clinicrep"
    desktop = home / ".local" / "share" / "applications" / "clinicrep.desktop"
    subprocess.run(["desktop-file-validate", str(desktop)], check=True)
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(desktop, encoding="utf-8")
    assert entry["Desktop Entry"]["Exec"] == str(program)
    assert entry["Desktop Entry"]["TryExec"] == str(program)
    assert entry["Desktop Action demo"]["Exec"] == f"{program} --demo"
    assert Path(entry["Desktop Entry"]["Icon"]).is_file()
    # the menu's demo action works as written
    command = entry["Desktop Action demo"]["Exec"].split() + ["--smoke"]
    ran = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180)
    assert ran.returncode == 0, ran.stderr
    assert "smoke: window shown" in ran.stdout
    version = subprocess.run(
        [str(home / ".local" / "bin" / "clinicrep"), "--version"], env=env, capture_output=True,
        text=True,
    )  # fmt: skip
    assert version.stdout.strip() == f"clinicrep {clinicrep.__version__}"

    gone = subprocess.run(
        ["sh", str(unpacked_tar / "install.sh"), "--uninstall"], env=env, capture_output=True,
        text=True,
    )  # fmt: skip
    assert gone.returncode == 0, gone.stderr
    assert not desktop.exists() and not (home / ".local" / "opt" / "clinicrep").exists()
    assert not (home / ".local" / "bin" / "clinicrep").exists()
    # the demo's data (like real data) stays
    assert (home / ".local" / "share" / "clinicrep-demo" / "clinicrep.sqlite3").is_file()


# -- an upgrade under an open window -----------------------------------------------------


def _dpkg_root(root: Path) -> list[str]:
    """dpkg working on an empty system in ``root`` (maintainer scripts see it as DPKG_ROOT)."""
    admin = root / "var" / "lib" / "dpkg"
    for folder in ("info", "updates", "triggers"):
        (admin / folder).mkdir(parents=True, exist_ok=True)
    for name in ("status", "available"):
        (admin / name).touch()
    return ["dpkg", f"--root={root}", "--force-script-chrootless", "--force-depends"]


def _next_version_deb(deb: Path, version: str, folder: Path) -> Path:
    """The same program packaged as ``version``: what an upgrade installs."""
    folder.mkdir(parents=True, exist_ok=True)
    tree = folder / "tree"
    subprocess.run(["dpkg-deb", "-R", str(deb), str(tree)], check=True)
    package = tree / "opt" / "clinicrep" / "package"
    (package / clinicrep.__version__).rename(package / version)
    (package / version / "_internal" / "VERSION").write_text(version + "\n")
    for name in ("control", "postinst"):
        script = tree / "DEBIAN" / name
        text = script.read_text().replace(clinicrep.__version__, version)
        script.write_text(text)
    out = folder / f"clinicrep_{version}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z1", "-b", str(tree), str(out)],
        check=True,
        capture_output=True,
    )
    return out


def _files_and_inodes(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_ino, p.stat().st_size)
        for p in folder.rglob("*")
        if p.is_file() and not p.is_symlink()
    }


def test_upgrade_under_an_open_window_leaves_it_working_and_it_restarts_into_the_new_version(
    deb: Path, tmp_path: Path, fresh_home: dict[str, str]
) -> None:
    root = tmp_path / "system"
    dpkg = _dpkg_root(root)
    newer = _next_version_deb(deb, "99.0.1", tmp_path / "next")
    subprocess.run([*dpkg, "-i", str(deb)], check=True, capture_output=True)
    run = root / "opt" / "clinicrep" / "run"
    old = run / clinicrep.__version__
    assert os.readlink(run / "current") == clinicrep.__version__
    before = _files_and_inodes(old)

    # 0.1.0's window is open, with a draft being written
    window = subprocess.Popen(
        [str(run / "current" / "clinicrep"), "--demo", "--smoke-upgrade"],
        env=fresh_home,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert window.stdout is not None
        first = window.stdout.readline()
        assert first.startswith("smoke-upgrade: window shown, draft on review"), first
        review_id = int(first.rsplit(" ", 1)[1])

        # the upgrade runs while it is open (as an unattended upgrade would)
        subprocess.run([*dpkg, "-i", str(newer)], check=True, capture_output=True)
        assert os.readlink(run / "current") == "99.0.1"
        assert not (root / "opt" / "clinicrep" / "package" / clinicrep.__version__).exists()
        # not one file the open window reads was replaced or removed
        assert _files_and_inodes(old) == before

        out, err = window.communicate(timeout=240)  # the restarted one writes here too
    finally:
        if window.poll() is None:
            window.kill()
    assert window.returncode == 0, err
    lines = first + out
    # the window said so in words, went on loading what it loads late, and restarted
    assert "smoke-upgrade: notice: clinicrep 99.0.1 was installed while this window was open" in (
        lines
    )
    assert "Your draft reply is kept" in lines
    assert "smoke-upgrade: charts shown after the upgrade: ChartPane" in lines
    assert f"program {run / '99.0.1' / 'clinicrep'}" in lines, lines
    assert "Traceback" not in err and "zlib.error" not in err
    # the draft written before the restart is in the store the new version opened
    from clinicrep.store import open_database
    from clinicrep.store.replies import get_reply

    db = open_database(Path(fresh_home["XDG_DATA_HOME"]) / "clinicrep-demo" / "clinicrep.sqlite3")
    try:
        draft = get_reply(db, review_id)
        assert draft is not None and draft.text == "smoke draft: written before the upgrade"
    finally:
        db.close()

    # the next configure clears the copy nothing runs any more; removal takes the rest
    subprocess.run([*dpkg, "-i", str(newer)], check=True, capture_output=True)
    assert not old.exists()
    subprocess.run([*dpkg, "-r", "clinicrep"], check=True, capture_output=True)
    assert not (root / "opt" / "clinicrep").exists()
