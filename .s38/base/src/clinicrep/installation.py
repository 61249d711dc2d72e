"""Where the running program was installed from, and whether a newer version replaced it.

A bundle (PyInstaller one-folder) carries ``VERSION`` beside its resources. Installed side by
side (the .deb and ``install.sh --user``: ``<root>/<version>/`` folders and a ``<root>/current``
link to the newest), the running program keeps reading its own folder, which an upgrade never
touches, and watches ``current``: when that says another version, the window offers a restart.
Installed in place (an unpacked folder, Windows), the bundle's own ``VERSION`` is watched.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

VERSION_FILE = "VERSION"
CURRENT_LINK = "current"  # <root>/current -> <root>/<version>, switched by the installers


@dataclass(frozen=True)
class Installation:
    """An installed bundle: the file that says which version is installed, and what starts it."""

    version_file: Path
    launcher: Path


def find_installation(executable: Path, contents: Path) -> Installation:
    """The installation of the bundle whose program is ``executable`` and whose resources are
    in ``contents`` (``sys._MEIPASS``: ``<bundle>/_internal``, ``.app/Contents/Frameworks``).

    The bundle's folder is the executable's real folder (the .deb's ``/usr/bin/clinicrep`` and
    ``current`` are links to it). When that folder sits beside a ``current`` link, the version
    in ``current`` is the installed one and ``current``'s program starts it.
    """
    bundle = executable.resolve().parent
    contents = contents.resolve()
    try:
        inner = contents.relative_to(bundle)
    except ValueError:  # macOS: Contents/Frameworks is beside Contents/MacOS, not under it
        inner = Path(os.path.relpath(contents, bundle))
    current = bundle.parent / CURRENT_LINK
    if current.is_symlink() and current.resolve() != bundle.parent:
        return Installation(
            version_file=current / inner / VERSION_FILE, launcher=current / executable.name
        )
    return Installation(version_file=contents / VERSION_FILE, launcher=bundle / executable.name)


def running_installation() -> Installation | None:
    """This program's installation, or None when it runs from source or a venv (no bundle)."""
    if not getattr(sys, "frozen", False):
        return None
    contents = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return find_installation(Path(sys.executable), contents)


def installed_version(installation: Installation) -> str | None:
    """The version the installation holds now; None while it cannot be read (being replaced,
    or removed)."""
    try:
        text = installation.version_file.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text or None


@dataclass
class UpgradeWatch:
    """Compares the installed version with the running one; cheap enough to ask every minute."""

    installation: Installation
    running: str

    def newer_installed(self) -> str | None:
        """The version installed underneath the running program, if it is another one."""
        found = installed_version(self.installation)
        return found if found is not None and found != self.running else None

    def restart_command(self, argv: list[str]) -> list[str]:
        """What starts the installed version with the options this one was started with."""
        return [str(self.installation.launcher), *restart_options(argv)]


def restart_options(argv: list[str]) -> list[str]:
    """The options of ``argv`` (without the program) worth keeping over a restart: the data
    folder and the demo. A self-test (--smoke) or --tray is not repeated."""
    kept: list[str] = []
    args = list(argv)
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--demo":
            kept.append(arg)
        elif arg == "--data-dir" and i + 1 < len(args):
            kept += [arg, args[i + 1]]
            i += 1
        elif arg.startswith("--data-dir="):
            kept.append(arg)
        i += 1
    return kept
