"""Settings > Database's "Test connection": can this PC use that PostgreSQL server?

``check_connection`` connects with a short timeout and asks what clinicrep will need: a
server of version 13 or newer, the extension ``pg_trgm`` (there, or creatable by this user),
the right to write (and to create tables in an empty database), a schema not newer than this
program's. Each failure is an ``errors.ServerError`` subclass (``classify`` turns what libpq
said into one), so the window and the CLI say it in one translated sentence. Nothing is
changed on the server: what is tried (CREATE EXTENSION, CREATE TABLE) is rolled back.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from clinicrep.errors import (
    ClinicrepError,
    DatabaseTooNew,
    ServerCertificateUntrusted,
    ServerDatabaseMissing,
    ServerDriverMissing,
    ServerError,
    ServerExtensionMissing,
    ServerHostUnknown,
    ServerLoginFailed,
    ServerNotAllowed,
    ServerPasswordMissing,
    ServerReadOnly,
    ServerTlsRequired,
    ServerTlsUnavailable,
    ServerTooOld,
    ServerUnreachable,
)

if TYPE_CHECKING:
    from clinicrep.store.pg import PgTarget

log = logging.getLogger(__name__)

CHECK_TIMEOUT_S = 5  # libpq's connect_timeout (whole seconds, at least 2)
MIN_SERVER_VERSION = 130000
SCHEMA_TABLE = "clinicrep_schema"


@dataclass(frozen=True)
class CheckResult:
    """What a working server holds: ``schema`` is "empty" (clinicrep sets it up on first
    use), "older" (updated on first use) or "current"; ``reviews`` when there is a schema."""

    server_version: str
    schema: str
    reviews: int | None
    schema_version: int = 0


def connect_arguments(target: PgTarget, password: str | None, timeout: int) -> dict[str, Any]:
    """libpq's keywords for ``target`` (the password never appears in a URL or a log)."""
    arguments: dict[str, Any] = {
        "host": target.host,
        "port": target.port,
        "dbname": target.dbname,
        "user": target.user,
        "sslmode": target.sslmode,
        "connect_timeout": max(2, int(timeout)),
        "application_name": "clinicrep (test connection)",
    }
    if target.sslrootcert:
        arguments["sslrootcert"] = target.sslrootcert
    if password:
        arguments["password"] = password
    return arguments


def _where(target: PgTarget) -> dict[str, object]:
    return {"host": target.host, "port": target.port, "dbname": target.dbname, "user": target.user}


def classify(error: BaseException, target: PgTarget) -> ServerError:
    """What libpq or the server said, as the error a person can act on."""
    from clinicrep.logs import redact

    text = str(error)
    lowered = text.lower()
    state = getattr(error, "sqlstate", None) or ""
    detail = redact(text.strip().splitlines()[0] if text.strip() else type(error).__name__)
    where = _where(target)
    # before the refused password: store.pg gives a missing one the same SQLSTATE (28P01)
    if "no password supplied" in lowered or "password is required" in lowered:
        return ServerPasswordMissing(detail, **where)
    if state == "28P01" or "password authentication failed" in lowered:
        return ServerLoginFailed(detail, **where)
    if state == "3D000" or ("database" in lowered and "does not exist" in lowered):
        return ServerDatabaseMissing(detail, **where)
    if "role" in lowered and "does not exist" in lowered:
        return ServerLoginFailed(detail, **where)
    if "pg_hba.conf" in lowered or state == "28000":
        if "no encryption" in lowered and target.sslmode in ("disable", "allow", "prefer"):
            return ServerTlsRequired(detail, **where)
        return ServerNotAllowed(detail, **where)
    if "does not support ssl" in lowered:
        return ServerTlsUnavailable(detail, **where)
    if (
        "certificate" in lowered
        or "root cert" in lowered
        or "does not match host name" in lowered
        or "ssl error" in lowered
    ):
        return ServerCertificateUntrusted(detail, **where)
    if (
        "could not translate host name" in lowered
        or "name or service not known" in lowered
        or "nodename nor servname" in lowered
        or "no such host" in lowered
    ):
        return ServerHostUnknown(detail, **where)
    if (
        "connection refused" in lowered
        or "timeout expired" in lowered
        or "timed out" in lowered
        or "no route to host" in lowered
        or "network is unreachable" in lowered
        or "could not connect" in lowered
        or "server closed the connection" in lowered
        or "connection failed" in lowered
        or "the database system is starting up" in lowered
        or "the database system is shutting down" in lowered
    ):
        return ServerUnreachable(detail, **where)
    if state == "42501" or "permission denied" in lowered:
        return ServerNotAllowed(detail, **where)
    return ServerError(detail, **where)


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError as e:
        raise ServerDriverMissing("psycopg is not installed") from e
    return psycopg


def check_connection(
    target: PgTarget, password: str | None = None, *, timeout: int = CHECK_TIMEOUT_S
) -> CheckResult:
    """Connect and check what clinicrep needs; raise the first problem as a ServerError.

    ``password`` None: libpq's own ways (PGPASSWORD, ~/.pgpass); the keyring's is
    ``location.password_for(target)``, which the callers pass.
    """
    psycopg = _psycopg()
    try:
        conn = psycopg.connect(**connect_arguments(target, password, timeout), autocommit=True)
    except psycopg.Error as e:
        error = classify(e, target)
        log.info("test connection to %s failed: %s", target.display(), error.code)
        raise error from None  # libpq's text stays in .detail (redacted), not in a chain
    try:
        return _inspect(conn, target, psycopg)
    except psycopg.Error as e:
        error = classify(e, target)
        log.info("test connection to %s failed: %s", target.display(), error.code)
        raise error from None
    finally:
        conn.close()


def _inspect(conn: Any, target: PgTarget, psycopg: Any) -> CheckResult:
    where = _where(target)
    version_num = int(conn.info.server_version)
    shown = _version_text(version_num)
    if version_num < MIN_SERVER_VERSION:
        raise ServerTooOld(f"server version {version_num}", version=shown, **where)
    row = conn.execute(
        "SELECT current_setting('transaction_read_only') = 'on' OR pg_is_in_recovery()"
    ).fetchone()
    if row and row[0]:
        raise ServerReadOnly("the session is read-only (or a standby)", **where)

    schema_version = _schema_version(conn)
    if schema_version is None:
        _can_create_tables(conn, target, psycopg)
    else:
        _can_write_tables(conn, target)
        from clinicrep.store.db import schema_version as known_version

        known = known_version()
        if schema_version > known:
            raise DatabaseTooNew(
                f"database schema {schema_version} is newer than this program's {known}",
                found=schema_version,
                known=known,
            )
    _has_trigram_search(conn, target, psycopg)
    if schema_version is None:
        return CheckResult(shown, "empty", None, 0)
    reviews = None
    if _table_exists(conn, "reviews"):
        reviews = int(conn.execute("SELECT count(*) FROM reviews").fetchone()[0])
    from clinicrep.store.db import schema_version as known_version

    state = "current" if schema_version == known_version() else "older"
    return CheckResult(shown, state, reviews, schema_version)


def _version_text(version_num: int) -> str:
    major = version_num // 10000
    if major >= 10:
        return f"{major}.{version_num % 10000}"
    return f"{major}.{(version_num // 100) % 100}.{version_num % 100}"


def _table_exists(conn: Any, name: str) -> bool:
    row = conn.execute("SELECT to_regclass(%s) IS NOT NULL", (name,)).fetchone()
    return bool(row and row[0])


def _schema_version(conn: Any) -> int | None:
    if not _table_exists(conn, SCHEMA_TABLE):
        return None
    row = conn.execute(f"SELECT max(version) FROM {SCHEMA_TABLE}").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def _can_create_tables(conn: Any, target: PgTarget, psycopg: Any) -> None:
    """An empty database: clinicrep creates its tables there on first use."""
    try:
        with conn.transaction(force_rollback=True):
            conn.execute("CREATE TABLE clinicrep_connection_test (id integer)")
    except psycopg.errors.InsufficientPrivilege:
        raise ServerReadOnly("may not create tables", **_where(target)) from None
    except psycopg.errors.ReadOnlySqlTransaction:
        raise ServerReadOnly("read-only transaction", **_where(target)) from None


def _can_write_tables(conn: Any, target: PgTarget) -> None:
    """A store set up already: every one of its tables must take writes from this user."""
    rows = conn.execute(
        """
        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
          AND NOT (has_table_privilege(c.oid, 'SELECT') AND has_table_privilege(c.oid, 'INSERT')
                   AND has_table_privilege(c.oid, 'UPDATE')
                   AND has_table_privilege(c.oid, 'DELETE'))
        ORDER BY c.relname
        """
    ).fetchall()
    if rows:
        names = ", ".join(str(r[0]) for r in rows[:5])
        raise ServerReadOnly(f"may not write to: {names}", **_where(target))


def _has_trigram_search(conn: Any, target: PgTarget, psycopg: Any) -> None:
    """pg_trgm installed, or installable by this user (tried, then rolled back)."""
    row = conn.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").fetchone()
    if row:
        return
    try:
        with conn.transaction(force_rollback=True):
            conn.execute("CREATE EXTENSION pg_trgm")
    except (
        psycopg.errors.InsufficientPrivilege,
        psycopg.errors.UndefinedFile,
        psycopg.errors.FeatureNotSupported,
        psycopg.errors.ReadOnlySqlTransaction,
    ) as e:
        raise ServerExtensionMissing(
            f"pg_trgm cannot be created: {type(e).__name__}", **_where(target)
        ) from None


def explained(error: ClinicrepError, target: PgTarget) -> ClinicrepError:
    """A failure to open the store on ``target``, as the sentence Test connection gives:
    a connection refused by the server (its SQLSTATE or libpq's words) is classified;
    every other store error (a newer schema, a damaged state) stays as it is."""
    where = _where(target)
    if isinstance(error, ServerError):
        return error
    if error.code == "database_connect_failed":
        return classify(error, target)
    if error.code == "database_server_too_old":
        return ServerTooOld(error.detail, version=error.params.get("found", "?"), **where)
    if error.code == "database_extension_missing":
        return ServerExtensionMissing(error.detail, **where)
    if error.code == "database_read_only":
        return ServerReadOnly(error.detail, **where)
    return error


def describe_result(result: CheckResult) -> str:
    """What Test connection found, in one translated sentence."""
    from PySide6.QtCore import QCoreApplication

    if result.schema == "empty":
        return QCoreApplication.translate(
            "DatabaseCheck",
            "Connected to PostgreSQL {version}. The database is empty: clinicrep sets it up "
            "when this PC first uses it.",
        ).format(version=result.server_version)
    if result.schema == "older":
        return QCoreApplication.translate(
            "DatabaseCheck",
            "Connected to PostgreSQL {version}. The database holds clinicrep's data "
            "({count} reviews) from an older version; it is updated when this PC first uses it.",
        ).format(version=result.server_version, count=result.reviews or 0)
    return QCoreApplication.translate(
        "DatabaseCheck",
        "Connected to PostgreSQL {version}. The database holds clinicrep's data ({count} reviews).",
    ).format(version=result.server_version, count=result.reviews or 0)
