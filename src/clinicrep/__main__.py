"""python -m clinicrep"""

import sys

from clinicrep.cli import main

sys.exit(main())
