"""Every error a person can meet, as one translated sentence that says what to do.

The GUI and the CLI both call ``user_message``; the details (status codes, the
platform's words) go to the log and to a "Details" button, never here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def user_message(error: BaseException) -> str:
    """What happened and what to do next, in the user's language."""
    code = getattr(error, "code", "")
    params = getattr(error, "params", {}) or {}
    if not code:
        return QCoreApplication.translate(
            "Messages",
            "An unexpected error happened. Your data is safe. Send the details to support if it "
            "happens again.",
        )
    return message_for_code(code, params)


def message_for_code(code: str, params: dict | None = None) -> str:
    """The sentence for an error code (e.g. a source's stored ``last_error``)."""
    params = params or {}
    if code == "database_damaged":
        return QCoreApplication.translate(
            "Messages",
            "The review database is damaged and was not changed. Restore a backup, or choose "
            "another folder for clinicrep's data.",
        )
    if code == "database_too_new":
        return QCoreApplication.translate(
            "Messages",
            "This review database was made by a newer version of clinicrep. Install the newer "
            "version, or choose another folder for clinicrep's data.",
        )
    if code == "database_locked":
        return QCoreApplication.translate(
            "Messages",
            "The review database is busy in another program. Close the other clinicrep window "
            "and try again.",
        )
    if code == "disk_full":
        return QCoreApplication.translate(
            "Messages", "The disk is full. Free some space, then try again; nothing was lost."
        )
    if code == "data_dir_not_writable":
        return QCoreApplication.translate(
            "Messages",
            "clinicrep cannot write to its data folder. Check that the folder exists and that "
            "you may write to it, or choose another folder.",
        )
    if code == "no_secure_storage":
        return QCoreApplication.translate(
            "Messages",
            "No secure password storage was found on this computer. Install or unlock the "
            "system keyring, or keep the sign-in for this session only.",
        )
    if code == "auth_expired":
        return QCoreApplication.translate(
            "Messages",
            "The connection to this platform has expired or was revoked. Open Sources and "
            "connect the account again.",
        )
    if code == "permission_missing":
        return QCoreApplication.translate(
            "Messages",
            "The connected account is not allowed to read or answer these reviews. Connect an "
            "account that manages the practice's page.",
        )
    if code == "rate_limited":
        retry = params.get("retry_after")
        if retry:
            minutes = max(1, round(float(retry) / 60))
            return QCoreApplication.translate(
                "Messages",
                "The platform asks us to slow down. clinicrep will try again in about {n} minutes.",
            ).format(n=minutes)
        return QCoreApplication.translate(
            "Messages", "The platform asks us to slow down. clinicrep will try again later."
        )
    if code == "network_down":
        return QCoreApplication.translate(
            "Messages",
            "No connection to the internet. Check the network; clinicrep will try again at the "
            "next check.",
        )
    if code == "platform_unavailable":
        if params.get("reason") == "timeout":
            return QCoreApplication.translate(
                "Messages",
                "The platform did not answer in time. clinicrep will try again at the next check.",
            )
        status = params.get("status")
        if isinstance(status, int) and status >= 500:
            return QCoreApplication.translate(
                "Messages",
                "The platform reported an error on its side (HTTP {status}). clinicrep will try "
                "again at the next check.",
            ).format(status=status)
        return QCoreApplication.translate(
            "Messages",
            "The platform is not available right now. clinicrep will try again at the next check.",
        )
    if code == "bad_response":
        return QCoreApplication.translate(
            "Messages",
            "The platform sent an answer clinicrep cannot read. Try again later; if it persists, "
            "send the details to support.",
        )
    if code == "feature_retired":
        return QCoreApplication.translate(
            "Messages",
            "The platform has switched off this kind of access. Reviews already fetched are kept; "
            "import new ones from a file instead.",
        )
    if code == "not_supported":
        return QCoreApplication.translate(
            "Messages",
            "This platform does not allow answering through clinicrep. Copy the reply and open "
            "the review's page to post it there.",
        )
    if code == "cancelled":
        return QCoreApplication.translate(
            "Messages",
            "Stopped. What was fetched so far is kept; the next check goes on from there.",
        )
    if code == "reply_too_long":
        return QCoreApplication.translate(
            "Messages",
            "The reply is longer than the platform allows ({limit} bytes). Shorten it and "
            "publish again.",
        ).format(limit=params.get("limit", 4096))
    if code == "sign_in_failed":
        return QCoreApplication.translate(
            "Messages",
            "Signing in did not finish. Try again, and allow clinicrep access in the browser "
            "window that opens.",
        )
    if code == "invalid_month":
        return QCoreApplication.translate(
            "Messages", "Give the month as year and month, for example 2026-10."
        )
    if code == "invalid_review_link":
        return QCoreApplication.translate(
            "Messages",
            "That does not look like a web link to your review page. Copy the link from the "
            "platform (it starts with https://) and try again.",
        )
    if code == "report_not_written":
        return QCoreApplication.translate(
            "Messages",
            "The report could not be saved there. Choose another folder, for example Documents.",
        )
    if code == "publish_blocked":
        return QCoreApplication.translate(
            "Messages",
            "Not published: the reply says something a public reply must not (highlighted). "
            "Change it, or confirm each passage explicitly.",
        )
    if code == "empty_reply":
        return QCoreApplication.translate("Messages", "The reply is empty. Write the reply first.")
    if code == "reply_busy":
        return QCoreApplication.translate(
            "Messages",
            "This reply is being sent or its outcome is not known yet. Wait for the next check, "
            "then try again.",
        )
    if code == "not_found":
        return QCoreApplication.translate(
            "Messages", "The review or page no longer exists on the platform."
        )
    if code == "mail_auth_failed":
        return QCoreApplication.translate(
            "Messages",
            "The mail server did not accept the user name or password. Check them in "
            "Settings → Monitoring; alerts are kept and sent once it works.",
        )
    if code == "mail_failed":
        return QCoreApplication.translate(
            "Messages",
            "The alert e-mail could not be sent. Check the mail server, port and security in "
            "Settings → Monitoring; alerts are kept and sent at the next check.",
        )
    if code == "import_file_error":
        return QCoreApplication.translate(
            "Messages",
            "The file could not be read as a table of reviews. Save it as CSV (UTF-8) "
            "and try again.",
        )
    return QCoreApplication.translate(
        "Messages", "Something went wrong. Try again; if it persists, send the details to support."
    )
