"""Opening the store this run uses (``store.chosen_store``): a SQLite file or a server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from clinicrep import paths
from clinicrep.errors import ClinicrepError
from clinicrep.store.chosen_store import Location, current_location


def open_store(where: Location | None = None, *, defer_check: bool = False) -> Any:
    """Open the store this run uses (or ``where``), migrated to this program's schema.

    A server that cannot be used raises the ``ServerError`` that says why (pg_check)."""
    from clinicrep.store import open_database

    where = current_location() if where is None else where
    if isinstance(where, Path):
        backup_dir = paths.backup_dir() if where == paths.db_path() else None
        return open_database(where, backup_dir=backup_dir, defer_check=defer_check)
    from clinicrep.store.pg_password import password_for

    try:
        return open_database(where, password=password_for(where))
    except ClinicrepError as e:
        from clinicrep.store.pg_check import explained

        raise explained(e, where) from None
    except ImportError as e:
        from clinicrep.errors import ServerDriverMissing

        raise ServerDriverMissing("psycopg is not installed") from e
