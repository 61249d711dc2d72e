"""Entry point of the frozen program (PyInstaller runs this file, not the package)."""

import sys

from clinicrep.cli import main

if __name__ == "__main__":
    sys.exit(main())
