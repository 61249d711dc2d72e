"""python -m clinicrep"""

import multiprocessing
import sys

from clinicrep.cli import main

if __name__ == "__main__":  # a worker process (analysis/parallel.py) imports this file too
    multiprocessing.freeze_support()
    sys.exit(main())
