"""Where clinicrep keeps its files: data, config, logs, and its own resources.

``--data-dir DIR`` or ``CLINICREP_DATA_DIR`` put everything of one user under DIR
(tests, a portable install, and the demo, which never touches the real data).
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

import platformdirs

APP_NAME = "clinicrep"
ENV_DATA_DIR = "CLINICREP_DATA_DIR"
DB_FILE = "clinicrep.sqlite3"

_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Use ``path`` for data, config and logs from now on (None: back to the defaults)."""
    global _override
    _override = Path(path).expanduser().resolve() if path else None


def _base() -> Path | None:
    if _override is not None:
        return _override
    env = os.environ.get(ENV_DATA_DIR)
    return Path(env).expanduser().resolve() if env else None


def _private_dir(path: Path) -> Path:
    """Create ``path`` readable by its owner only (reviews are patients' words)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def data_dir() -> Path:
    base = _base()
    return _private_dir(base if base else Path(platformdirs.user_data_dir(APP_NAME, False)))


def config_dir() -> Path:
    base = _base()
    if base:
        return _private_dir(_private_dir(base) / "config")
    return _private_dir(Path(platformdirs.user_config_dir(APP_NAME, False)))


def log_dir() -> Path:
    # the logs are made first of all: the folder above them must not come out 0755 by
    # being created as their parent
    base = _base()
    if base:
        return _private_dir(_private_dir(base) / "logs")
    return _private_dir(Path(platformdirs.user_log_dir(APP_NAME, False)))


def cache_dir() -> Path:
    """What the program can rebuild (the reply checks' tables): the user's cache folder,
    readable and writable by its owner only."""
    base = _base()
    if base:
        return _private_dir(_private_dir(base) / "cache")
    return _private_dir(Path(platformdirs.user_cache_dir(APP_NAME, False)))


def check_owner_only(path: Path) -> None:
    """Raise ValueError unless ``path`` was written by this user and neither it nor its folder
    is writable by anyone else (POSIX): a cache file another account could have written is not
    read (the guard's tables, the analysis's word lists)."""
    if os.name != "posix":
        return
    info = path.stat()
    if info.st_uid != os.getuid():
        raise ValueError("the file belongs to another user")
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise ValueError("others may write the file")
    if path.parent.stat().st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise ValueError("others may write the folder")


def write_whole(folder: Path, path: Path, data: bytes, *, older: str) -> None:
    """``data`` into ``path`` in ``folder`` (made owner-only if new), written whole then
    renamed: another clinicrep reading meanwhile gets the old file or the new one, never half
    of one. Then the files of ``folder`` named ``older*.json`` other than ``path`` (those of
    older rules, lexicons or programs) are removed. A cache's files: the guard's tables, the
    analysis's word lists (read back after check_owner_only)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=path.stem, suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    for old in folder.glob(f"{older}*.json"):
        if old != path:
            old.unlink(missing_ok=True)


def backup_dir() -> Path:
    return _private_dir(data_dir() / "backups")


def documents_dir() -> Path:
    """The user's documents folder (localised: "Dokumenty", "Документы"), or home."""
    folder = Path(platformdirs.user_documents_dir())
    return folder if folder.is_dir() else Path.home()


def db_path() -> Path:
    return data_dir() / DB_FILE


def demo_data_dir() -> Path:
    """The demo's own folder, beside (never inside or equal to) the real data dir."""
    return Path(platformdirs.user_data_dir(APP_NAME + "-demo", False))


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def resources_dir() -> Path:
    """The ``resources/`` folder, whether running from a bundle, a wheel or the source tree."""
    candidates = []
    if is_frozen():
        candidates.append(Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources")
    here = Path(__file__).resolve().parent
    candidates.append(here / "resources")  # installed wheel (force-included)
    candidates.append(here.parent.parent / "resources")  # source tree: src/clinicrep -> ./
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        "clinicrep resources folder not found in " + ", ".join(map(str, candidates))
    )


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
