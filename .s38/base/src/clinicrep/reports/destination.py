"""Where a file the user asked for (a CSV export, a PDF report) may be written.

Checked before any work and written beside the target, then renamed over it: what is at
the path is replaced only when it is a regular file its owner may write. A folder, a
device, a read-only file, a path under a file or a name that is not UTF-8 is refused
with one sentence saying which, and nothing is touched.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from clinicrep.errors import ClinicrepError, DiskFull


class DestinationRefused(ClinicrepError):
    """The file cannot or must not be written there; ``code`` says why."""

    code = "destination_refused"

    def __init__(self, code: str, path: Path | str) -> None:
        shown = printable(str(path))
        super().__init__(f"{code}: {shown}", path=shown)
        self.code = code


def printable(text: str) -> str:
    """A name as it can be printed and stored: bytes that are not UTF-8 (a name from a
    cp1251 zip, passed through ``surrogateescape``) become U+FFFD."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_destination(out: Path) -> Path:
    """Refuse ``out`` unless a file can be written there (the missing folders are made)."""
    out = Path(out)
    if not is_utf8(str(out)):
        raise DestinationRefused("name_not_utf8", out)
    try:
        st = out.stat()
    except FileNotFoundError:
        st = None
    except NotADirectoryError as e:  # a path under a file
        raise DestinationRefused("destination_under_a_file", out) from e
    except OSError as e:
        raise DestinationRefused("destination_folder_not_writable", out) from e
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise DestinationRefused("destination_is_folder", out)
        if not stat.S_ISREG(st.st_mode):  # a device, a pipe, a socket
            raise DestinationRefused("destination_not_a_file", out)
        # the owner's write bit, not access(): as root access() says yes to everything
        if not st.st_mode & stat.S_IWUSR or not os.access(out, os.W_OK):
            raise DestinationRefused("destination_read_only", out)
    folder = out.parent
    for above in (folder, *folder.parents):
        if above.exists():
            if not above.is_dir():
                raise DestinationRefused("destination_under_a_file", out)
            break
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise _refusal(e, out) from e
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DestinationRefused("destination_folder_not_writable", out)
    return out


def _refusal(error: OSError, out: Path) -> ClinicrepError:
    if error.errno == errno.ENOSPC:
        return DiskFull(str(error))
    if error.errno in (errno.ENOTDIR, errno.EEXIST):
        return DestinationRefused("destination_under_a_file", out)
    return DestinationRefused("destination_folder_not_writable", out)


@contextlib.contextmanager
def replacing(out: Path) -> Iterator[Path]:
    """A temporary path beside ``out`` to write to; renamed over ``out`` when the block
    ends without an error, removed otherwise. The file appears whole or not at all."""
    out = check_destination(out)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    except OSError as e:
        raise _refusal(e, out) from e
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        check_destination(out)  # nothing put a folder or a device there meanwhile
        os.replace(temp, out)
    except OSError as e:
        raise _refusal(e, out) from e
    finally:
        temp.unlink(missing_ok=True)
