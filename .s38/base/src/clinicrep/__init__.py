"""clinicrep: a reputation desk for a small medical practice."""

__version__ = "0.1.0"
