"""Runtime hook in place of PyInstaller's pyi_rth_pyside6: the same environment for Qt, without
importing PySide6 at start (its QtCore and ICU cost ~0.1 s; `clinicrep --version` and the
scheduled `clinicrep sync --quiet` need no Qt widgets). The Qt for Python wheels carry their own
embedded qt.conf, so nothing else of that hook is needed."""

import os
import sys


def _qt_paths() -> None:
    def prepend(path: str, name: str) -> None:
        old = os.environ.get(name)
        os.environ[name] = path if not old else path + os.pathsep + old

    base = sys._MEIPASS  # type: ignore[attr-defined]
    qt = (
        os.path.join(base, "PySide6")
        if sys.platform.startswith("win")
        else (os.path.join(base, "PySide6", "Qt"))
    )
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt, "qml")
    if sys.platform.startswith("win"):
        prepend(base, "PATH")  # OpenSSL DLLs collected beside the program
    in_app = sys.platform == "darwin" and os.path.basename(base) == "Frameworks"
    if sys.platform == "darwin" and not in_app:
        prepend(base, "DYLD_LIBRARY_PATH")


_qt_paths()
del _qt_paths
