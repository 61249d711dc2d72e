"""The practice's settings, declared once with their defaults, stored in the store.

Widgets and services read a ``Settings`` record; nothing reads a raw key. The window's
language and theme are this PC's (``THIS_PC_KEYS``, kept in its config folder): on a store
shared with other PCs the desk may read Russian while the consulting room reads English.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale

from clinicrep import paths
from clinicrep.model import AnswerClock
from clinicrep.store.db import Database
from clinicrep.store.settings import read_settings, read_settings_of_file, write_settings

UI_LANGUAGES = ("en", "ru", "uk", "pl", "zh_CN")
REPLY_LANGUAGES = ("en", "ru", "uk", "pl", "zh")
THEMES = ("system", "light", "dark")
# The practice's country picks the guard's rule pack and the law its findings cite.
PRACTICE_COUNTRIES = ("US", "UK", "RU", "UA", "PL", "CN", "other")


@dataclass(slots=True)
class Settings:
    practice_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    signer: str = ""  # name or role that signs replies
    # one of PRACTICE_COUNTRIES; until the practice saves its own, the system's (a Kyiv desk
    # found "Another country", and the Ukrainian law's rules off, until she looked)
    practice_country: str = field(default_factory=lambda: first_practice_country())
    reply_languages: list[str] = field(default_factory=lambda: first_reply_languages())
    answer_target_hours: int = 24
    answer_limit_hours: int = 48
    sync_interval_minutes: int = 15
    spike_threshold: float = 3.0  # negatives in a day/week vs the usual rate, as a multiple
    urgent_threshold: int = 70  # urgency at or above which a review raises an alert
    ui_language: str = ""  # "" follows the system
    theme: str = "system"
    logo_path: str = ""
    page_size: str = "A4"
    # the review-request card: the review page link typed for each platform, and the last one
    review_card_links: dict[str, str] = field(default_factory=dict)
    review_card_platform: str = ""
    # -- monitoring: checks without the window, e-mail alerts (monitoring/) --
    monitor_enabled: bool = False  # an OS timer runs `clinicrep sync --quiet`
    monitor_interval_minutes: int = 30
    start_in_tray: bool = False  # an OS login entry starts the window in the tray
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: str = "starttls"  # "starttls" | "ssl" | "none"
    smtp_user: str = ""  # the password lives in the keyring (owner "smtp", name "password")
    smtp_sender: str = ""  # From: address; "" uses smtp_user or the practice's e-mail
    alert_recipients: list[str] = field(default_factory=list)
    quiet_hours_start: int = -1  # local hour 0..23 from which no e-mail goes out; -1: none
    quiet_hours_end: int = -1  # local hour at which held e-mails go out
    daily_digest: bool = False  # one e-mail a day with the day's alerts instead of each one
    digest_hour: int = 8  # local hour from which the daily digest goes out
    stale_hours: int = 6  # warn when no source has succeeded for longer than this
    # a review imported from a file more than this many days after it was written is
    # "imported history": not overdue, not in "Needs attention"
    imported_history_days: int = 14
    # -- the window's layout as the user left it --
    inbox_split: list[int] = field(default_factory=list)  # heights: inbox table, review below
    learning_enabled: bool = True  # the model learned from the practice's corrections and stars
    # -- drafting (drafting/): what the practice does about each kind of problem, per reply
    # language and aspect ("en:waiting" -> "We added a second receptionist in the mornings."),
    # "<lang>:credentials" for the facts a reply to misinformation states
    practice_facts: dict[str, str] = field(default_factory=dict)
    facts_source: str = ""  # where the facts can be checked: a register's name or a link
    ai_drafting: bool = False  # drafts from an OpenAI-compatible endpoint (off by default)
    ai_base_url: str = ""  # e.g. http://127.0.0.1:8080/v1; the key lives in the keyring
    ai_model: str = ""
    ai_timeout_seconds: int = 30
    ai_request_seen: bool = False  # the user has seen exactly what a request sends
    # -- several PCs (issue 20): replies written on a receptionist's PC (workstation role
    # "staff") wait for the owner's approval before they are published (approval.py)
    approval_required: bool = False


def answer_clock(settings: Settings) -> AnswerClock:
    """The practice's answer aim and limit as the one clock every layer asks."""
    return AnswerClock(settings.answer_target_hours, settings.answer_limit_hours)


def first_reply_languages() -> list[str]:
    """Until the practice ticks its own, it answers in the window's language (QLocale's
    default, set with the translators): a Polish desk found only English ticked, its drafts'
    facts asked in English and the Polish reply checks loaded only at the first reply."""
    code = QLocale().name().split("_")[0]
    return [code if code in REPLY_LANGUAGES else "en"]


def system_locale_name() -> str:
    """The system's locale as Qt read it at start ("uk_UA"), not the window's language."""
    return QLocale.system().name()


def first_practice_country() -> str:
    """The country of the system's locale (uk_UA -> UA, en_GB -> UK), "other" when it is
    none of PRACTICE_COUNTRIES; the practice's own choice, once saved, always wins."""
    _, _, territory = system_locale_name().partition("_")
    territory = {"GB": "UK"}.get(territory, territory)
    return territory if territory in PRACTICE_COUNTRIES[:-1] else "other"


log = logging.getLogger(__name__)

# how this PC's window looks: this PC's own choice, never the practice's
THIS_PC_KEYS = ("ui_language", "theme")
THIS_PC_FILE = "window.json"


def _this_pc_file() -> Path:
    return paths.config_dir() / THIS_PC_FILE


def _read_this_pc() -> dict[str, Any]:
    try:
        data = json.loads(_this_pc_file().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as e:
        log.warning("this PC's window settings unreadable, using defaults: %s", type(e).__name__)
        return {}
    return {k: v for k, v in data.items() if k in THIS_PC_KEYS} if isinstance(data, dict) else {}


def _write_this_pc(values: dict[str, Any]) -> None:
    target = _this_pc_file()
    tmp = target.with_suffix(".tmp")
    try:
        # owner-only, as every file of the data folder (tests/faults checks them all)
        fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({k: values[k] for k in THIS_PC_KEYS if k in values}, f, ensure_ascii=False)
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except OSError as e:
        log.warning("this PC's window settings not saved: %s", type(e).__name__)
        with contextlib.suppress(OSError):
            tmp.unlink()


def load_settings(db: Database) -> Settings:
    stored = read_settings(db)
    own = _read_this_pc()
    if getattr(db, "dialect", "sqlite") == "sqlite":
        # this PC's own file: what it says of the window is this PC's (kept in its config
        # from now on, so that it stays this PC's after a move to a shared store)
        found = {k: stored[k] for k in THIS_PC_KEYS if k in stored and k not in own}
        if found:
            own = {**found, **own}
            _write_this_pc(own)
    else:  # a store shared with other PCs: another PC's language is not this one's
        stored = {k: v for k, v in stored.items() if k not in THIS_PC_KEYS}
        if not _this_pc_file().exists():
            # once: what this PC chose in its own file before it moved onto the server (a
            # version that kept the language in the store); a new PC has none: the defaults
            own = read_settings_of_file(paths.db_path(), THIS_PC_KEYS)
            _write_this_pc({**asdict(Settings()), **own})
    stored.update(own)
    known = {f.name for f in fields(Settings)}
    values: dict[str, Any] = {k: v for k, v in stored.items() if k in known}
    settings = Settings()
    for key, value in values.items():
        default = getattr(settings, key)
        if isinstance(default, bool) or not isinstance(value, type(default)):
            if isinstance(default, float) and isinstance(value, int):
                value = float(value)
            elif not isinstance(value, type(default)):
                continue  # a value of the wrong type is ignored, the default stays
        setattr(settings, key, value)
    return settings


def save_settings(db: Database, settings: Settings) -> None:
    values = asdict(settings)
    own = {k: values[k] for k in THIS_PC_KEYS}
    if own != _read_this_pc():
        _write_this_pc(own)
    write_settings(db, values)
