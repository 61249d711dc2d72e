"""Entry point of the frozen program (PyInstaller runs this file, not the package)."""

import multiprocessing
import sys

from clinicrep.cli import main

if __name__ == "__main__":
    # the analysis's worker processes (analysis/parallel.py) start as this program: let
    # them run their task instead of the program
    multiprocessing.freeze_support()
    sys.exit(main())
