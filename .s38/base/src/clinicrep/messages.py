"""Every error a person can meet, as one translated sentence that says what to do.

The GUI and the CLI both call ``user_message``; the details (status codes, the
platform's words) go to the log and to a "Details" button, never here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def user_message(error: BaseException) -> str:
    """What happened and what to do next, in the user's language."""
    # the code a source keeps after a failed check: the status line then says what the
    # Sources list says (a client Google rejected at a check: "copy them again" in both)
    code = getattr(error, "saved_code", "") or getattr(error, "code", "")
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
    if code == "database_empty":
        return QCoreApplication.translate(
            "Messages",
            "The review database file is empty, but backup copies of it were found. Restore "
            "the newest copy (the clinicrep window offers it); the empty file is kept aside.",
        )
    if code == "database_too_new":
        return QCoreApplication.translate(
            "Messages",
            "This review database was made by a newer version of clinicrep. Install the newer "
            "version, or choose another folder for clinicrep's data.",
        )
    if code == "database_locked":
        if params.get("holder") == "server":
            return QCoreApplication.translate(
                "Messages",
                "The shared review database is busy: another PC was changing the same reviews "
                "at that moment. Try again in a moment.",
            )
        if params.get("holder") == "check":
            return QCoreApplication.translate(
                "Messages",
                "The review database is busy: a check for new reviews is writing to it (in "
                "this or another clinicrep window, or the check while the window is closed). "
                "Wait a minute and try again.",
            )
        return QCoreApplication.translate(
            "Messages",
            "The review database is busy in another program (perhaps another clinicrep "
            "window, a backup or an antivirus). Wait a minute and try again; if it stays "
            "busy, close that program.",
        )
    if code == "database_connection_lost":
        return QCoreApplication.translate(
            "Messages",
            "The connection to the shared database server was lost, and what was being saved "
            "at that moment was not saved. Check that the server is running and that this PC "
            "is on its network, then try again.",
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
    if code == "source_name_taken":
        return QCoreApplication.translate(
            "Messages",
            "Another source of this platform is already called “{name}”. Choose another name.",
        ).format(name=params.get("name", ""))
    if code == "no_secure_storage":
        return QCoreApplication.translate(
            "Messages",
            "No secure password storage was found on this computer. Unlock this computer's "
            "password store (or ask whoever set up the computer to install one), or keep the "
            "sign-in for this session only.",
        )
    if code == "client_details_wrong":
        return _client_details_message(str(params.get("reason", "")))
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
    if code == "scheduler_missing":
        return QCoreApplication.translate(
            "Messages",
            "“{program}” is not installed on this computer, so the checks while the window is "
            "closed could not be set up. Install it, or keep clinicrep open (or in the tray).",
        ).format(program=params.get("program", ""))
    if code == "scheduler_failed":
        return QCoreApplication.translate(
            "Messages",
            "The system refused to set up the checks while the window is closed ({detail}). "
            "The window still checks while it is open.",
        ).format(detail=params.get("detail_text", ""))
    if code == "rate_limited":
        retry = params.get("retry_after")
        # A wait of hours (a platform's "Retry-After: 31536000") is no number to show: the
        # next check tries again anyway.
        if retry and float(retry) <= 2 * 3600:
            minutes = max(1, round(float(retry) / 60))
            return QCoreApplication.translate(
                "Messages",
                "The platform asks us to slow down. clinicrep will try again in about {n} min.",
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
    if code == "ai_draft_failed":
        return _ai_draft_message(str(params.get("reason", "")), params)
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
    if code == "source_not_configured":
        return QCoreApplication.translate(
            "Messages",
            "This source is not set up completely, so nothing was read. Open File → Sources, "
            "select it and choose “Sign in…” (Google) or “Edit…” to pick the location, Page or "
            "business unit.",
        )
    if code == "access_not_approved":
        return QCoreApplication.translate(
            "Messages",
            "Google has not approved your Cloud project for the Business Profile APIs yet: "
            "its quota stays at 0 requests until it does. Your sign-in is fine. Submit Google's "
            "API access request form (see the guide in Sources) and try again once Google "
            "confirms.",
        )
    if code == "api_disabled":
        return QCoreApplication.translate(
            "Messages",
            "The Business Profile APIs are not turned on in your Google Cloud project. In the "
            "Cloud console, open APIs & Services → Library, enable “My Business Account "
            "Management API”, “My Business Business Information API” and “Google My Business "
            "API”, then try again.",
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
    if code == "month_out_of_range":
        return QCoreApplication.translate(
            "Messages",
            "Reports can be made for the months from {first}-01 to {last}-12. Give a month in "
            "that range, for example 2026-10.",
        ).format(first=params.get("first", 2000), last=params.get("last", 2199))
    if code == "name_not_utf8":
        return QCoreApplication.translate(
            "Messages",
            "The name “{path}” has characters that are not UTF-8 (shown as �). Rename the file "
            "or folder, or choose another name.",
        ).format(path=params.get("path", ""))
    if code == "argument_not_utf8":
        return QCoreApplication.translate(
            "Messages",
            "“{value}” has characters that are not UTF-8 (shown as �). Type it again, or rename "
            "the file it names.",
        ).format(value=params.get("value", ""))
    if code == "destination_is_folder":
        return QCoreApplication.translate(
            "Messages",
            "“{path}” is a folder. Give the name of a file to write, for example one inside "
            "that folder.",
        ).format(path=params.get("path", ""))
    if code == "destination_not_a_file":
        return QCoreApplication.translate(
            "Messages",
            "“{path}” is not an ordinary file (a device or a pipe) and was left as it is. "
            "Choose another file name.",
        ).format(path=params.get("path", ""))
    if code == "destination_read_only":
        return QCoreApplication.translate(
            "Messages",
            "“{path}” is read-only and was left as it is. Choose another file name, or allow "
            "writing to it first.",
        ).format(path=params.get("path", ""))
    if code == "destination_under_a_file":
        return QCoreApplication.translate(
            "Messages",
            "“{path}” lies under a file, not under a folder. Choose a file in a folder.",
        ).format(path=params.get("path", ""))
    if code == "destination_folder_not_writable":
        return QCoreApplication.translate(
            "Messages",
            "clinicrep may not write in the folder of “{path}”. Choose another folder, for "
            "example Documents.",
        ).format(path=params.get("path", ""))
    if code == "unknown_status":
        return QCoreApplication.translate(
            "Messages", "“{value}” is not a review status. Use one of: {choices}."
        ).format(value=params.get("value", ""), choices=params.get("choices", ""))
    if code == "unknown_platform":
        return QCoreApplication.translate(
            "Messages", "“{value}” is not a platform clinicrep knows. Use one of: {choices}."
        ).format(value=params.get("value", ""), choices=params.get("choices", ""))
    if code == "unknown_language":
        return QCoreApplication.translate(
            "Messages", "clinicrep has no report language “{value}”. Use one of: {choices}."
        ).format(value=params.get("value", ""), choices=params.get("choices", ""))
    if code == "unknown_source":
        return QCoreApplication.translate(
            "Messages",
            "There is no source called “{name}”. Give the name of a source as the Sources "
            "window lists it, or its number.",
        ).format(name=params.get("name", ""))
    if code == "unknown_review":
        return QCoreApplication.translate(
            "Messages",
            "There is no review number {value}. “clinicrep list” shows each review's number first.",
        ).format(value=params.get("value", ""))
    if code == "bad_command_line":
        return QCoreApplication.translate(
            "Messages",
            "The command was not understood: {detail}. Run “clinicrep --help” to see what each "
            "command takes.",
        ).format(detail=params.get("detail_text", ""))
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
    if code == "approval_needed":
        return QCoreApplication.translate(
            "Messages",
            "Replies written on this PC wait for the owner's approval. Press “Ask for "
            "approval”; the owner publishes the reply once it is approved.",
        )
    if code == "answered_needs_approval":
        return QCoreApplication.translate(
            "Messages",
            "While the owner approves replies, this PC marks a review answered only once its "
            "reply is approved. Press “Ask for approval”, or ask the owner to mark it answered.",
        )
    if code == "owner_only":
        return QCoreApplication.translate(
            "Messages",
            "Only the owner's PC approves replies or sends them back. Ask the owner, or set "
            "this PC's role in Settings → This PC.",
        )
    if code == "not_waiting_for_approval":
        return QCoreApplication.translate(
            "Messages",
            "This reply is no longer waiting for approval: it was changed or decided on "
            "another PC. Look at it again.",
        )
    if code == "location_name_taken":
        return QCoreApplication.translate(
            "Messages", "Another location is already called “{name}”. Choose another name."
        ).format(name=params.get("name", ""))
    if code == "unknown_location":
        if not params.get("names"):
            return QCoreApplication.translate(
                "Messages",
                "No location is called “{name}”: this practice has named no locations yet "
                "(in the window: File → Locations…).",
            ).format(name=params.get("name", ""))
        return QCoreApplication.translate(
            "Messages", "No location is called “{name}”. The practice's locations: {names}."
        ).format(name=params.get("name", ""), names=params.get("names", ""))
    if code == "too_many_locations":
        return QCoreApplication.translate(
            "Messages",
            "clinicrep keeps at most {limit} locations. Remove one you no longer use first.",
        ).format(limit=params.get("limit", 20))
    if code == "reply_busy":
        return QCoreApplication.translate(
            "Messages",
            "This reply is being sent or its outcome is not known yet. Wait for the next check, "
            "then try again.",
        )
    if code == "reply_elsewhere":
        return QCoreApplication.translate(
            "Messages",
            "{who} is writing a reply to this review on another PC, so it was not published "
            "from here. Wait until they are done, or talk to them.",
        ).format(who=params.get("who") or "?")
    if code == "reply_changed_elsewhere":
        return QCoreApplication.translate(
            "Messages",
            "This review was answered from another PC a moment ago, so your reply was not "
            "sent. Read the reply that is there now; your text is kept as a draft.",
        )
    if code == "server_connection_lost":
        return QCoreApplication.translate(
            "Messages",
            "The connection to the shared database server was lost. clinicrep keeps trying "
            "to reconnect; nothing you typed is lost.",
        )
    if code == "not_found":
        return QCoreApplication.translate(
            "Messages", "The review or page no longer exists on the platform."
        )
    if code == "mail_auth_failed":
        return QCoreApplication.translate(
            "Messages",
            "The mail server did not accept the user name or password. Check them in "
            "File → Settings… → Monitoring and e-mail; alerts are kept and sent once it works.",
        )
    if code == "mail_failed":
        return QCoreApplication.translate(
            "Messages",
            "The alert e-mail could not be sent. Check the mail server, port and security in "
            "File → Settings… → Monitoring and e-mail; alerts are kept and sent at the next "
            "check.",
        )
    if code == "import_file_error":
        return _import_file_message(params)
    if code.startswith(("server_", "move_", "store_location")) or code in _SERVER_CODES:
        return _store_message(code, params)
    return QCoreApplication.translate(
        "Messages", "Something went wrong. Try again; if it persists, send the details to support."
    )


def test_mail_message(error: BaseException) -> str:
    """Why "Send a test message" did not arrive, said beside the settings it points at (the
    unattended check's sentence sends her to those settings and promises a retry)."""
    code = getattr(error, "code", "")
    params = getattr(error, "params", {}) or {}
    host = str(params.get("host", ""))
    reason = params.get("reason", "")
    if code == "mail_auth_failed":
        return QCoreApplication.translate(
            "Messages",
            "The test message was not sent: the mail server did not accept the user name or "
            "password. Check both (often the user name is the full e-mail address).",
        )
    if reason == "server_not_found":
        return QCoreApplication.translate(
            "Messages",
            "The test message was not sent: no mail server named “{host}” was found. Check the "
            "name your mail provider gives (for example smtp.gmail.com) and that this computer "
            "is online.",
        ).format(host=host)
    if reason == "no_connection":
        return QCoreApplication.translate(
            "Messages",
            "The test message was not sent: nothing answered at “{host}” on port {port}. Check "
            "the port (usually 587 with STARTTLS, 465 with SSL/TLS) and that this computer is "
            "online.",
        ).format(host=host, port=params.get("port", ""))
    if reason == "secure_connection":
        return QCoreApplication.translate(
            "Messages",
            "The test message was not sent: the secure connection with “{host}” failed. Check "
            "that Security matches the port: STARTTLS with 587, SSL/TLS with 465.",
        ).format(host=host)
    if reason == "address_refused":
        return QCoreApplication.translate(
            "Messages",
            "The test message was not sent: the mail server refused the sender or an address. "
            "Check the sender address and each address that gets alerts.",
        )
    return QCoreApplication.translate(
        "Messages",
        "The test message was not sent: the mail server “{host}” refused it. Check the "
        "server, port, security, user name and password with your mail provider.",
    ).format(host=host)


def _import_file_message(params: dict) -> str:
    """What went wrong with a file to import, by its reason (not found, too large ...)."""
    reason = params.get("reason", "")
    if reason == "not_found":
        return QCoreApplication.translate(
            "Messages", "The file was not found. Check its name and folder, then try again."
        )
    if reason == "not_a_file":
        return QCoreApplication.translate(
            "Messages", "This is a folder or a device, not a file. Choose the exported file itself."
        )
    if reason == "not_readable":
        return QCoreApplication.translate(
            "Messages",
            "The file cannot be opened: you may not have permission to read it, or another "
            "program holds it. Copy it to your Documents folder and try again.",
        )
    if reason == "too_large":
        size_mb = int(params.get("size", 0)) // (1024 * 1024)
        return QCoreApplication.translate(
            "Messages",
            "The file is too large to be a list of reviews ({size} MB). Check that it is the "
            "right file, or split it into smaller files.",
        ).format(size=size_mb)
    if reason == "unpacks_too_large":
        size_mb = int(params.get("size", 0)) // (1024 * 1024)
        return QCoreApplication.translate(
            "Messages",
            "This Excel file unpacks to {size} MB, far more than a list of reviews, so it was "
            "not opened. Check that it is the right file; if it is, save the reviews from Excel "
            "or LibreOffice as CSV and import that.",
        ).format(size=size_mb)
    if reason == "empty":
        return QCoreApplication.translate(
            "Messages", "The file is empty. Export the reviews again and import the new file."
        )
    if reason == "old_excel":
        return QCoreApplication.translate(
            "Messages",
            "This is an old Excel file (.xls). Open it in Excel or LibreOffice and save it "
            "as .xlsx or CSV, then import that.",
        )
    if reason == "web_page":
        return QCoreApplication.translate(
            "Messages",
            "This file is a web page, not a table of reviews, although its name may end in "
            ".xlsx or .xls. Save the reviews from the site again as CSV or Excel; or open the "
            "page in a browser, copy the reviews and paste them with File → Paste reviews… "
            "(Ctrl+Shift+V).",
        )
    if reason == "bad_json":
        return QCoreApplication.translate(
            "Messages",
            "The JSON file is damaged or cut short. Export the reviews again and import the "
            "new file.",
        )
    if reason == "bad_xlsx":
        return QCoreApplication.translate(
            "Messages",
            "The Excel workbook is damaged. Open it in Excel or LibreOffice, save it again "
            "(or as CSV) and import that.",
        )
    if reason == "garbled":
        return QCoreApplication.translate(
            "Messages",
            "The text comes out garbled when the file is read as {encoding}. Choose the "
            "file's encoding (for example cp1250 for Polish or cp1251 for Russian Windows "
            "files) and try again; nothing was imported.",
        ).format(encoding=params.get("encoding", ""))
    if reason == "binary":
        return QCoreApplication.translate(
            "Messages",
            "This file is not a readable table: it holds binary data, not text (a damaged "
            "download, or another kind of file with a .csv name). Nothing was imported. "
            "Export the reviews from the platform again as CSV or Excel and import the new "
            "file.",
        )
    if reason == "bad_encoding":
        return QCoreApplication.translate(
            "Messages",
            "“{encoding}” is not an encoding clinicrep knows. Use one such as utf-8, "
            "cp1250, cp1251 or gbk.",
        ).format(encoding=params.get("encoding", ""))
    if reason == "no_columns":
        return QCoreApplication.translate(
            "Messages",
            "No column of the file holds review texts or ratings. Choose the columns "
            "yourself (in the import window, or with --map text=COLUMN).",
        )
    return QCoreApplication.translate(
        "Messages",
        "The file could not be read as a table of reviews. Import a CSV, JSON or Excel "
        "(.xlsx) file exported from the platform.",
    )


def _client_details_message(reason: str) -> str:
    """The Google client ID or secret that cannot be right, and where to get the right one."""
    if reason == "swapped":
        return QCoreApplication.translate(
            "Messages",
            "The client ID and the client secret are the wrong way round: the client ID ends in "
            ".apps.googleusercontent.com, the client secret starts with GOCSPX-. Paste each "
            "into its own field.",
        )
    if reason == "id":
        return QCoreApplication.translate(
            "Messages",
            "This is not a Google client ID: a client ID ends in .apps.googleusercontent.com. "
            "Copy it again, whole, from Credentials in the practice's Google Cloud project "
            "(the key of the type “Desktop app”), or ask whoever set up the project for it.",
        )
    if reason == "secret":
        return QCoreApplication.translate(
            "Messages",
            "This is not a whole client secret. Copy it again from the same key in Credentials "
            "of the practice's Google Cloud project (it starts with GOCSPX-), or ask whoever "
            "set up the project for it.",
        )
    return QCoreApplication.translate(
        "Messages",
        "Google did not accept this client ID and client secret together. Copy both again "
        "from the same key (type “Desktop app”) in Credentials of the practice's Google Cloud "
        "project: select the source in Sources, press “Edit…”, paste them, then press "
        "“Sign in…”.",
    )


def _ai_draft_message(reason: str, params: dict) -> str:
    """Why the AI draft is not there; the composed draft is always offered instead."""
    if reason == "timeout":
        return QCoreApplication.translate(
            "Messages",
            "The AI service did not answer within {n} seconds, so the composed draft is shown "
            "instead. Try again later, or raise the waiting time in File → Settings… → Drafting.",
        ).format(n=params.get("seconds", ""))
    if reason == "unreachable":
        return QCoreApplication.translate(
            "Messages",
            "The AI service could not be reached, so the composed draft is shown instead. "
            "Check the address in File → Settings… → Drafting and that the service is running.",
        )
    if reason == "auth":
        return QCoreApplication.translate(
            "Messages",
            "The AI service refused the key, so the composed draft is shown instead. Enter "
            "the key again in File → Settings… → Drafting.",
        )
    if reason == "http":
        return QCoreApplication.translate(
            "Messages",
            "The AI service reported an error (HTTP {status}), so the composed draft is shown "
            "instead. Check the model name in File → Settings… → Drafting or try again later.",
        ).format(status=params.get("status", ""))
    if reason == "too_large":
        return QCoreApplication.translate(
            "Messages",
            "The AI service sent an answer of more than {mb} MB, far more than a reply, so the "
            "composed draft is shown instead. Check the service and the model in File → "
            "Settings… → Drafting.",
        ).format(mb=params.get("megabytes", ""))
    if reason == "refusal":
        return QCoreApplication.translate(
            "Messages",
            "The AI model declined to write this reply, so the composed draft is shown instead.",
        )
    if reason == "no_key":
        return QCoreApplication.translate(
            "Messages",
            "The key of the AI service could not be read from this computer's password "
            "store, so the composed draft is shown instead. Enter it again in File → Settings… → "
            "Drafting.",
        )
    if reason == "not_set_up":
        return QCoreApplication.translate(
            "Messages",
            "AI drafting is not set up, so the composed draft is shown. Enter the service's "
            "address and model in File → Settings… → Drafting.",
        )
    if reason == "checks":
        return QCoreApplication.translate(
            "Messages",
            "The AI drafts failed the confidentiality guard or the checklist three times "
            "({problems}), so the composed draft is shown instead.",
        ).format(problems=params.get("problems", ""))
    return QCoreApplication.translate(
        "Messages",
        "The AI service sent an answer clinicrep cannot read, so the composed draft is shown "
        "instead. Try again, or choose another model in File → Settings… → Drafting.",
    )


# store.pg's own errors while a shared store is in use (a lost connection: store.pg's own
# sentence, above)
_SERVER_CODES = (
    "database_connect_failed",
    "database_server_too_old",
    "database_extension_missing",
    "database_read_only",
)


def _store_message(code: str, params: dict) -> str:
    """The shared database server (Settings > Database, --db) and ``db move``."""
    where = {
        "host": params.get("host", ""),
        "port": params.get("port", ""),
        "dbname": params.get("dbname", ""),
        "user": params.get("user", ""),
    }
    if code == "server_host_unknown":
        return QCoreApplication.translate(
            "Messages",
            "No computer called “{host}” was found on the network. Check the server's name in "
            "Settings → Database, or ask your IT provider for it.",
        ).format(**where)
    if code == "server_unreachable":
        return QCoreApplication.translate(
            "Messages",
            "The database server {host}:{port} did not answer. Check that the server is on, "
            "that this PC is on the practice's network, and the server's name and port in "
            "Settings → Database.",
        ).format(**where)
    if code == "server_password_missing":
        return QCoreApplication.translate(
            "Messages",
            "The database server needs a password for “{user}”. Enter it in Settings → Database.",
        ).format(**where)
    if code == "server_login_failed":
        return QCoreApplication.translate(
            "Messages",
            "The database server did not accept the user “{user}” with this password. Check "
            "both in Settings → Database; your IT provider can reset the password.",
        ).format(**where)
    if code == "server_not_allowed":
        return QCoreApplication.translate(
            "Messages",
            "The database server does not let this PC in as “{user}” to “{dbname}”. Ask your "
            "IT provider to allow it (a line in the server's pg_hba.conf).",
        ).format(**where)
    if code == "server_database_missing":
        return QCoreApplication.translate(
            "Messages",
            "The server {host} has no database called “{dbname}”. Check the name in Settings → "
            "Database, or ask your IT provider to create it for user “{user}”.",
        ).format(**where)
    if code == "server_tls_required":
        return QCoreApplication.translate(
            "Messages",
            "The database server accepts only encrypted connections. In Settings → Database, "
            "choose an encrypted connection.",
        ).format(**where)
    if code == "server_tls_unavailable":
        return QCoreApplication.translate(
            "Messages",
            "The database server does not offer encryption, but this PC requires it. Ask your "
            "IT provider to turn on TLS on the server.",
        ).format(**where)
    if code == "server_certificate_untrusted":
        return QCoreApplication.translate(
            "Messages",
            "The database server's certificate could not be checked against the CA file, or "
            "it was not made for “{host}”. Ask your IT provider for the right CA file and the "
            "server's exact name, and choose them in Settings → Database.",
        ).format(**where)
    if code == "server_too_old":
        return QCoreApplication.translate(
            "Messages",
            "The database server runs PostgreSQL {version}; clinicrep needs version 13 or "
            "newer. Ask your IT provider to upgrade it.",
        ).format(version=params.get("version", "?"))
    if code == "server_extension_missing":
        return QCoreApplication.translate(
            "Messages",
            "The database “{dbname}” lacks the search extension pg_trgm, and “{user}” may not "
            "add it. Ask your IT provider to run “CREATE EXTENSION pg_trgm;” in that database "
            "as its owner (package postgresql-contrib on older servers).",
        ).format(**where)
    if code == "server_read_only":
        return QCoreApplication.translate(
            "Messages",
            "The user “{user}” may only read the database “{dbname}”, but clinicrep needs to "
            "write to it. Ask your IT provider to give this user the right to write (and to "
            "create tables, for a new database).",
        ).format(**where)
    if code == "server_driver_missing":
        return QCoreApplication.translate(
            "Messages",
            "This copy of clinicrep cannot talk to a PostgreSQL server. Install clinicrep from "
            "its installer, or add the “postgres” extra (pip install 'clinicrep[postgres]').",
        )
    if code == "server_error":
        return QCoreApplication.translate(
            "Messages",
            "The database server {host}:{port} refused the connection. Check the settings in "
            "Settings → Database; the details say what the server answered.",
        ).format(**where)
    if code == "database_connect_failed":
        return QCoreApplication.translate(
            "Messages",
            "The shared database server could not be reached or refused the connection. Use "
            "“Test connection” in Settings → Database: it says what to change.",
        )
    if code == "database_server_too_old":
        return QCoreApplication.translate(
            "Messages",
            "The database server runs PostgreSQL {found}; clinicrep needs version {needed} or "
            "newer. Ask your IT provider to upgrade it.",
        ).format(found=params.get("found", "?"), needed=params.get("needed", 13))
    if code == "database_extension_missing":
        return QCoreApplication.translate(
            "Messages",
            "The database server lacks the extension {name} that clinicrep's search needs. Ask "
            "your IT provider to run “CREATE EXTENSION {name};” in clinicrep's database as its "
            "owner.",
        ).format(name=params.get("name", "pg_trgm"))
    if code == "database_read_only":
        return QCoreApplication.translate(
            "Messages",
            "The database server refused to save the change: this user may only read, or the "
            "server is a read-only copy. Ask your IT provider to give the user the right to "
            "write.",
        )
    if code == "store_location_invalid":
        return QCoreApplication.translate(
            "Messages",
            "“{value}” names no store. Write a PostgreSQL address like "
            "postgresql://user@server:5432/clinicrep, or “sqlite” for this PC's own file.",
        ).format(value=params.get("value", ""))
    if code == "move_target_not_empty" and params.get("count") == -1:
        return QCoreApplication.translate(
            "Messages",
            "“{path}” is a file, but not a clinicrep store, so nothing was copied. Choose another "
            "file name, or add --replace to replace it (it is kept aside in the backups folder "
            "first).",
        ).format(path=params.get("path", ""))
    if code == "move_target_not_empty":
        return QCoreApplication.translate(
            "Messages",
            "The target already holds {count} reviews, so nothing was copied. Add --replace to "
            "replace them (a SQLite file is kept aside in the backups folder first).",
        ).format(count=params.get("count", "?"))
    if code == "move_count_mismatch":
        return QCoreApplication.translate(
            "Messages",
            "The copy of the table “{table}” has {copied} rows instead of {expected}, so it was "
            "not used; your store is unchanged. Try again; if it happens again, send the log to "
            "support.",
        ).format(
            table=params.get("table", ""),
            copied=params.get("copied", "?"),
            expected=params.get("expected", "?"),
        )
    if code == "move_same_store":
        return QCoreApplication.translate(
            "Messages", "That is the store this PC uses already; nothing was copied."
        )
    return QCoreApplication.translate(
        "Messages", "Something went wrong. Try again; if it persists, send the details to support."
    )
