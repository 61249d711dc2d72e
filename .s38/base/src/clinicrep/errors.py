"""Errors a person can meet, as codes with parameters.

The text a user reads is made in one place, ``messages.user_message``, in their
language. Messages here are for the log: they never contain tokens or review text.
"""

from __future__ import annotations

from typing import Any


class ClinicrepError(Exception):
    """Base of every expected failure (environment, platform, user input).

    ``code`` picks the translated sentence; ``params`` fill its placeholders.
    """

    code = "error"

    def __init__(self, detail: str = "", **params: Any) -> None:
        super().__init__(detail or self.code)
        self.detail = detail
        self.params = params

    @property
    def saved_code(self) -> str:
        """The code kept with a source after a failed check, where the params are not kept:
        a code that alone still says what happened and what to do."""
        return self.code


# -- the store --------------------------------------------------------------
class StoreError(ClinicrepError):
    code = "store_error"


class DatabaseDamaged(StoreError):
    code = "database_damaged"


class DatabaseEmpty(DatabaseDamaged):
    """The file is there but holds nothing (0 bytes), and backup copies are beside it."""

    code = "database_empty"


class QueryInterrupted(StoreError):
    """A read stopped on purpose: a newer query replaced it. Never shown to the user."""

    code = "query_interrupted"


class DatabaseTooNew(StoreError):
    code = "database_too_new"


class DatabaseLocked(StoreError):
    code = "database_locked"


class DiskFull(StoreError):
    code = "disk_full"


class DataDirNotWritable(StoreError):
    code = "data_dir_not_writable"


class EmptyReply(ClinicrepError):
    """Publish (or ask for approval) with nothing written."""

    code = "empty_reply"


class ApprovalNeeded(ClinicrepError):
    """Approval is on and this PC is a receptionist's: the owner approves and publishes."""

    code = "approval_needed"


class AnsweredNeedsApproval(ClinicrepError):
    """Approval is on, this PC is a receptionist's, and the review's reply is neither
    approved nor published: marking it answered would close it without the owner."""

    code = "answered_needs_approval"


class OwnerOnly(ClinicrepError):
    """Approving or sending back a reply is the owner's (a receptionist's PC asked)."""

    code = "owner_only"


class NotWaitingForApproval(ClinicrepError):
    """The reply was not waiting for approval any more (another PC decided, or it changed)."""

    code = "not_waiting_for_approval"


class DatabaseConnectionLost(StoreError):
    """The database server went away (stopped, restarted, the network dropped) while
    clinicrep was using it: what was being written was not committed."""

    code = "database_connection_lost"


class DatabaseConnectFailed(StoreError):
    """The database server could not be reached or refused the connection. ``sqlstate``
    (PostgreSQL's code, "" when the server never answered) tells which: a wrong password
    (28P01), a missing database (3D000), no such role (28000)..."""

    code = "database_connect_failed"

    def __init__(self, detail: str = "", *, sqlstate: str = "", **params: Any) -> None:
        super().__init__(detail, sqlstate=sqlstate, **params)
        self.sqlstate = sqlstate


class DatabaseServerTooOld(StoreError):
    """The PostgreSQL server is older than clinicrep supports (``found``, ``needed``)."""

    code = "database_server_too_old"


class DatabaseExtensionMissing(StoreError):
    """The PostgreSQL extension ``name`` (pg_trgm: the search index) is not installed on the
    server, or the database's owner may not create it."""

    code = "database_extension_missing"


class DatabaseReadOnly(StoreError):
    """The database refused a write: a read-only role, or a server in recovery."""

    code = "database_read_only"


class SourceNameTaken(StoreError):
    """Another source of the same platform already has that name."""

    code = "source_name_taken"


class StoreLocationInvalid(StoreError):
    """A store named by --db, CLINICREP_DB or ``db move --to`` that cannot be read."""

    code = "store_location_invalid"


class MoveTargetNotEmpty(StoreError):
    """``db move`` found reviews in the target already (``--replace`` replaces them)."""

    code = "move_target_not_empty"


class MoveCountMismatch(StoreError):
    """A table's rows in the copy differ from the original's: the copy is not used."""

    code = "move_count_mismatch"


class MoveSameStore(StoreError):
    code = "move_same_store"


# -- a PostgreSQL server (store/pg_check.py classifies what libpq says) ------
class ServerError(StoreError):
    """The shared database server cannot be used; ``params``: host, port, dbname, user."""

    code = "server_error"


class ServerUnreachable(ServerError):
    code = "server_unreachable"


class ServerHostUnknown(ServerUnreachable):
    code = "server_host_unknown"


class ServerLoginFailed(ServerError):
    code = "server_login_failed"


class ServerPasswordMissing(ServerLoginFailed):
    code = "server_password_missing"


class ServerNotAllowed(ServerError):
    """pg_hba.conf has no line that lets this PC in."""

    code = "server_not_allowed"


class ServerDatabaseMissing(ServerError):
    code = "server_database_missing"


class ServerTlsRequired(ServerError):
    code = "server_tls_required"


class ServerTlsUnavailable(ServerError):
    code = "server_tls_unavailable"


class ServerCertificateUntrusted(ServerError):
    code = "server_certificate_untrusted"


class ServerTooOld(ServerError):
    code = "server_too_old"


class ServerExtensionMissing(ServerError):
    code = "server_extension_missing"


class ServerReadOnly(ServerError):
    code = "server_read_only"


class ServerDriverMissing(ServerError):
    """This installation has no PostgreSQL driver (psycopg)."""

    code = "server_driver_missing"


# -- secrets ----------------------------------------------------------------
class NoSecureStorage(ClinicrepError):
    """No OS keyring is available: tokens can be kept for this session only."""

    code = "no_secure_storage"


# -- sources ----------------------------------------------------------------
class SourceError(ClinicrepError):
    code = "source_error"


class AuthExpired(SourceError):
    """The token is expired, revoked or missing: the user must reconnect."""

    code = "auth_expired"

    @property
    def saved_code(self) -> str:
        # the platform rejected the practice's client ID and secret: no expired connection,
        # and the Sources list must say to paste them again, as the connect dialog does
        rejected = self.params.get("reason") in ("invalid_client", "unauthorized_client")
        if rejected and self.params.get("platform") == "google":
            return "client_details_wrong"  # its message names Google's Credentials page
        return self.code


class PermissionMissing(SourceError):
    code = "permission_missing"


class RateLimited(SourceError):
    code = "rate_limited"

    def __init__(self, detail: str = "", retry_after: float | None = None, **params: Any) -> None:
        super().__init__(detail, retry_after=retry_after, **params)
        self.retry_after = retry_after


class PlatformUnavailable(SourceError):
    """Network down, timeout or a 5xx after the retries."""

    code = "platform_unavailable"


class NetworkDown(PlatformUnavailable):
    code = "network_down"


class BadResponse(SourceError):
    """The platform answered something we cannot read."""

    code = "bad_response"


class FeatureRetired(SourceError):
    """The platform turned the API off (e.g. Facebook ratings on Graph >= v22)."""

    code = "feature_retired"


class NotSupported(SourceError):
    """The platform has no API for this (e.g. replying on Yelp)."""

    code = "not_supported"


class NotFound(SourceError):
    code = "not_found"


class SourceNotConfigured(NotSupported):
    """A source saved without what it needs to read reviews (no location chosen after
    signing in to Google, no Page or business unit): the user finishes it in Sources."""

    code = "source_not_configured"


class AccessNotApproved(SourceError):
    """Google answers every call of a Cloud project that is not approved for the Business
    Profile APIs with a quota of 0 requests: access is pending, not a broken sign-in."""

    code = "access_not_approved"


class ApiDisabled(SourceError):
    """The Business Profile APIs are not turned on in the user's Google Cloud project."""

    code = "api_disabled"


class ImportFileError(ClinicrepError):
    """A file to import cannot be read at all (bad rows are reported, not raised)."""

    code = "import_file_error"


class AiDraftFailed(ClinicrepError):
    """An AI draft could not be had (``reason``: timeout, unreachable, auth, http, malformed,
    refusal, no_key, not_set_up, checks); the composed draft is offered instead."""

    code = "ai_draft_failed"
