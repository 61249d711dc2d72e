"""The SQLite store: the only package that writes SQL."""

from clinicrep.store.db import Database, open_database, schema_version

__all__ = ["Database", "open_database", "schema_version"]
