"""Which connector serves which kind of source, and what the Sources dialog must ask for.

``connector_for(ctx)`` builds the connector for ``ctx.source.kind``. ``KINDS`` describes
each kind for the dialog: its display name (translated when read), whether replies go
through the API, which secrets it keeps in the keyring (``TokenStore`` names, under
``source_owner(source.id)``), and which non-secret settings fields it needs.

A connector module is imported only when needed, so a kind whose module is not there
yet (another engineer's, or a platform removed later) does not break the others.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import ModuleType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimeZone

from clinicrep.errors import NotSupported
from clinicrep.model import Platform
from clinicrep.sources.base import Connector, SourceContext

SYSTEM_TIME_ZONE = "@system"  # a default that stands for this computer's time zone


def system_time_zone() -> str:
    """This computer's IANA time zone ("Europe/Warsaw"), "UTC" when the system names none."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name if name and name != "Local" else "UTC"


@dataclass(frozen=True, slots=True)
class SettingField:
    """One non-secret setting the Sources dialog asks for."""

    key: str
    label_source: str  # English, translated by ``label`` in context "SourceSettings"
    required: bool = True
    default: str = ""  # SYSTEM_TIME_ZONE: the computer's zone, read when the form opens
    hint_source: str = ""  # what the field is and where the practice gets it, in plain words

    @property
    def label(self) -> str:
        return QCoreApplication.translate("SourceSettings", self.label_source)

    @property
    def hint(self) -> str:
        return _translated_hint(self.hint_source)

    @property
    def initial(self) -> str:
        """What a new source's form shows in this field."""
        return system_time_zone() if self.default == SYSTEM_TIME_ZONE else self.default


@dataclass(frozen=True, slots=True)
class SecretField:
    """One secret kept in the keyring (the dialog shows a password field for it)."""

    name: str  # the TokenStore name
    label_source: str
    required: bool = True
    hint_source: str = ""  # what the secret is and where the practice gets it, in plain words

    @property
    def label(self) -> str:
        return QCoreApplication.translate("SourceSettings", self.label_source)

    @property
    def hint(self) -> str:
        return _translated_hint(self.hint_source)


def _translated_hint(source: str) -> str:
    return QCoreApplication.translate("SourceSettings", source) if source else ""


@dataclass(frozen=True, slots=True)
class KindInfo:
    kind: str
    module: str  # clinicrep.sources.<module>
    class_name: str
    display_name_source: str  # English; ``display_name`` translates it
    can_publish: bool
    secrets: tuple[SecretField, ...] = ()
    settings: tuple[SettingField, ...] = ()
    deprecated: bool = False  # the platform is retiring this API: the dialog says so
    # Incremental syncs read only what changed; one full scan a day notices edits that
    # move no date and deletions (Facebook reads its whole list every sync anyway).
    full_scan_daily: bool = False
    note_source: str = ""  # one sentence the dialog shows under the kind, if any

    @property
    def display_name(self) -> str:
        return QCoreApplication.translate("SourceKinds", self.display_name_source)

    @property
    def note(self) -> str:
        return (
            QCoreApplication.translate("SourceKinds", self.note_source) if self.note_source else ""
        )

    def available(self) -> bool:
        """Whether this kind's connector module is installed."""
        return _import(self.module) is not None


# The strings below are translated where they are read (``label``, ``display_name``);
# QT_TRANSLATE_NOOP marks them so that lupdate finds them here.
KINDS: dict[str, KindInfo] = {
    "google": KindInfo(
        kind="google",
        module="google",
        class_name="GoogleConnector",
        display_name_source=str(QT_TRANSLATE_NOOP("SourceKinds", "Google Business Profile")),
        can_publish=True,
        full_scan_daily=True,
        secrets=(
            SecretField(
                "client_secret",
                str(QT_TRANSLATE_NOOP("SourceSettings", "Client secret")),
                hint_source=str(
                    QT_TRANSLATE_NOOP(
                        "SourceSettings",
                        "The second code of the same sign-in key, shown beside the client ID "
                        "(it starts with GOCSPX-). It works like a password: it is kept in this "
                        "computer's password store.",
                    )
                ),
            ),
            SecretField(
                "refresh_token", str(QT_TRANSLATE_NOOP("SourceSettings", "Google sign-in"))
            ),
        ),
        settings=(
            SettingField(
                "client_id",
                str(QT_TRANSLATE_NOOP("SourceSettings", "Client ID")),
                hint_source=str(
                    QT_TRANSLATE_NOOP(
                        "SourceSettings",
                        "The name of the practice's sign-in key for Google: a long code ending "
                        "in .apps.googleusercontent.com. Whoever set up the practice's Google "
                        "Cloud project copies it from Credentials (a key of the type “Desktop "
                        "app”).",
                    )
                ),
            ),
            # filled by "Sign in with Google" (discovery), or typed by someone who knows them
            SettingField(
                "account_id", str(QT_TRANSLATE_NOOP("SourceSettings", "Account")), required=False
            ),
            SettingField(
                "location_id", str(QT_TRANSLATE_NOOP("SourceSettings", "Location")), required=False
            ),
            SettingField(
                "place_id", str(QT_TRANSLATE_NOOP("SourceSettings", "Place ID")), required=False
            ),
        ),
        note_source=str(
            QT_TRANSLATE_NOOP(
                "SourceKinds",
                "Needs your own Google Cloud project approved for the Business Profile APIs.",
            )
        ),
    ),
    "facebook": KindInfo(
        kind="facebook",
        module="facebook",
        class_name="FacebookConnector",
        display_name_source=str(QT_TRANSLATE_NOOP("SourceKinds", "Facebook Page recommendations")),
        can_publish=True,
        full_scan_daily=True,  # and every sync reads the whole list anyway
        secrets=(
            SecretField(
                "page_access_token", str(QT_TRANSLATE_NOOP("SourceSettings", "Page access token"))
            ),
        ),
        settings=(
            SettingField("page_id", str(QT_TRANSLATE_NOOP("SourceSettings", "Page ID"))),
            SettingField(
                "graph_version",
                str(QT_TRANSLATE_NOOP("SourceSettings", "Graph API version")),
                required=False,
                default="v21.0",
            ),
        ),
        deprecated=True,
        note_source=str(
            QT_TRANSLATE_NOOP(
                "SourceKinds",
                "Facebook is retiring access to Page recommendations; it works with Graph API "
                "v21.0 for now and may stop without notice.",
            )
        ),
    ),
    "yelp": KindInfo(
        kind="yelp",
        module="yelp",
        class_name="YelpConnector",
        display_name_source=str(QT_TRANSLATE_NOOP("SourceKinds", "Yelp")),
        can_publish=False,
        secrets=(
            SecretField("api_key", str(QT_TRANSLATE_NOOP("SourceSettings", "Yelp Fusion API key"))),
        ),
        settings=(
            SettingField(
                "business_id", str(QT_TRANSLATE_NOOP("SourceSettings", "Business ID or alias"))
            ),
            SettingField(
                "timezone",
                str(QT_TRANSLATE_NOOP("SourceSettings", "Business time zone")),
                required=False,
                default=SYSTEM_TIME_ZONE,
            ),
            SettingField(
                "locale",
                str(QT_TRANSLATE_NOOP("SourceSettings", "Locale, e.g. en_US")),
                required=False,
            ),
        ),
        note_source=str(
            QT_TRANSLATE_NOOP(
                "SourceKinds",
                "Yelp shows at most three review excerpts and has no reply API: answer on Yelp.",
            )
        ),
    ),
    "trustpilot": KindInfo(
        kind="trustpilot",
        module="trustpilot",
        class_name="TrustpilotConnector",
        display_name_source=str(QT_TRANSLATE_NOOP("SourceKinds", "Trustpilot")),
        can_publish=True,
        full_scan_daily=True,
        secrets=(
            SecretField(
                "api_key",
                str(QT_TRANSLATE_NOOP("SourceSettings", "API key")),
                hint_source=str(
                    QT_TRANSLATE_NOOP(
                        "SourceSettings",
                        "The code Trustpilot shows for the practice's application in "
                        "Trustpilot Business, under Integrations → API.",
                    )
                ),
            ),
            SecretField(
                "api_secret",
                str(QT_TRANSLATE_NOOP("SourceSettings", "API secret")),
                hint_source=str(
                    QT_TRANSLATE_NOOP(
                        "SourceSettings",
                        "The second code Trustpilot shows beside the API key. It works like a "
                        "password: it is kept in this computer's password store.",
                    )
                ),
            ),
            SecretField(
                "refresh_token", str(QT_TRANSLATE_NOOP("SourceSettings", "Trustpilot sign-in"))
            ),
        ),
        settings=(
            SettingField(
                "business_unit_id", str(QT_TRANSLATE_NOOP("SourceSettings", "Business unit ID"))
            ),
            SettingField(
                "business_user_id",
                str(QT_TRANSLATE_NOOP("SourceSettings", "Business user ID (replies)")),
                required=False,
            ),
            SettingField(
                "page_url", str(QT_TRANSLATE_NOOP("SourceSettings", "Review page")), required=False
            ),
        ),
    ),
    "csv": KindInfo(
        kind="csv",
        module="csvfile",
        class_name="CsvConnector",
        display_name_source=str(QT_TRANSLATE_NOOP("SourceKinds", "Reviews saved in a file (CSV)")),
        can_publish=False,
        settings=(
            SettingField("path", str(QT_TRANSLATE_NOOP("SourceSettings", "File"))),
            SettingField(
                "page_url", str(QT_TRANSLATE_NOOP("SourceSettings", "Review page")), required=False
            ),
        ),
        note_source=str(
            QT_TRANSLATE_NOOP(
                "SourceKinds",
                "For ZnanyLekarz, 2GIS, ProDoctorov, Dianping, RateMDs and other sites without an "
                "API: save or export the reviews as a table and import the file.",
            )
        ),
    ),
    "manual": KindInfo(
        kind="manual",
        module="manual",
        class_name="ManualConnector",
        display_name_source=str(QT_TRANSLATE_NOOP("SourceKinds", "Offline feedback")),
        can_publish=False,
    ),
    "demo": KindInfo(
        kind="demo",
        module="demo",
        class_name="DemoConnector",
        display_name_source=str(QT_TRANSLATE_NOOP("SourceKinds", "Demo reviews")),
        can_publish=True,
    ),
}


def register_kind(info: KindInfo) -> None:
    """Add or replace a kind (C2's Yelp, Trustpilot, CSV and manual entries call this here)."""
    KINDS[info.kind] = info


def kind_info(kind: str) -> KindInfo:
    try:
        return KINDS[str(kind)]
    except KeyError:
        raise NotSupported(f"no connector for kind {kind!r}", kind=str(kind)) from None


def available_kinds() -> list[KindInfo]:
    """The kinds whose connector is installed, for the Sources dialog's list."""
    return [info for info in KINDS.values() if info.available()]


def _import(module: str) -> ModuleType | None:
    """The connector module, or None if it does not exist (a broken one still raises)."""
    name = f"clinicrep.sources.{module}"
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as e:
        if e.name == name:
            return None
        raise


def connector_for(ctx: SourceContext) -> Connector:
    """The connector for ``ctx.source.kind`` (``NotSupported`` if there is none)."""
    info = kind_info(ctx.source.kind.value)
    module = _import(info.module)
    if module is None:
        raise NotSupported(f"connector module {info.module} missing", kind=info.kind)
    factory: Callable[[SourceContext], Connector] = getattr(module, info.class_name)
    return factory(ctx)


@contextmanager
def opened_connector(ctx: SourceContext) -> Iterator[Connector]:
    """``connector_for(ctx)``, closed when the block ends (whatever happens in it)."""
    connector = connector_for(ctx)
    try:
        yield connector
    finally:
        connector.close()


# Secrets connectors cache beside the ones the user gives (written before the keyring kept
# an index of names per source; removing a source deletes these too).
CACHED_SECRETS = ("access_token", "access_token_expires_at")


def every_secret_name() -> frozenset[str]:
    """Every name any kind keeps in the keyring (typed, signed in, or cached)."""
    return frozenset(s.name for info in KINDS.values() for s in info.secrets) | frozenset(
        CACHED_SECRETS
    )


# -- platforms with no review API ---------------------------------------------------
@dataclass(frozen=True, slots=True)
class ImportOnlyPlatform:
    """A review site with no API: the Sources dialog lists it with a how-to for getting its
    reviews out (paste them from the page, or import a file a tool saved)."""

    platform: Platform
    display_name_source: str  # English; translated in context "SourceKinds"
    howto_source: str  # English; translated in context "ImportOnly"

    @property
    def display_name(self) -> str:
        return QCoreApplication.translate("SourceKinds", self.display_name_source)

    @property
    def howto(self) -> str:
        return QCoreApplication.translate("ImportOnly", self.howto_source)


NO_API_NOTE = str(
    QT_TRANSLATE_NOOP(
        "ImportOnly",
        "clinicrep cannot connect to this site: paste its reviews from the page, import a "
        "file saved from it, or add reviews by hand.",
    )
)

IMPORT_ONLY: tuple[ImportOnlyPlatform, ...] = (
    ImportOnlyPlatform(
        Platform.ZNANYLEKARZ,
        str(QT_TRANSLATE_NOOP("SourceKinds", "ZnanyLekarz / Doctoralia")),
        str(
            QT_TRANSLATE_NOOP(
                "ImportOnly",
                "Open your profile on ZnanyLekarz (or Doctoralia) in the browser and go to the "
                "patients' opinions. Click “Show more” until the opinions you want are listed, "
                "select them from the first author's name to the end of the last opinion, copy "
                "(Ctrl+C) and choose “Paste reviews”. The doctor's answers come along as the "
                "practice's replies.",
            )
        ),
    ),
    ImportOnlyPlatform(
        Platform.PRODOCTOROV,
        str(QT_TRANSLATE_NOOP("SourceKinds", "ProDoctorov")),
        str(
            QT_TRANSLATE_NOOP(
                "ImportOnly",
                "Open the doctor's or the clinic's page on ProDoctorov and its reviews tab. Load "
                "the reviews you want, select them together with the authors and dates, copy "
                "(Ctrl+C) and choose “Paste reviews”.",
            )
        ),
    ),
    ImportOnlyPlatform(
        Platform.YANDEX,
        str(QT_TRANSLATE_NOOP("SourceKinds", "Yandex Maps")),
        str(
            QT_TRANSLATE_NOOP(
                "ImportOnly",
                "Open the organisation's card on Yandex Maps, its reviews tab, and sort by date. "
                "Scroll until the reviews you want have loaded, select them from the first "
                "author to the last review, copy (Ctrl+C) and choose “Paste reviews”. A file "
                "saved by a review-export tool (CSV, JSON) goes in with “Import a file”.",
            )
        ),
    ),
    ImportOnlyPlatform(
        Platform.TWOGIS,
        str(QT_TRANSLATE_NOOP("SourceKinds", "2GIS")),
        str(
            QT_TRANSLATE_NOOP(
                "ImportOnly",
                "Open the clinic's card in 2GIS in the browser, its reviews tab. Scroll until the "
                "reviews you want are shown, select them, copy (Ctrl+C) and choose “Paste "
                "reviews”. 2GIS draws the stars as pictures: check the ratings in the grid "
                "before adding.",
            )
        ),
    ),
    ImportOnlyPlatform(
        Platform.DOCUA,
        str(QT_TRANSLATE_NOOP("SourceKinds", "Doc.ua")),
        str(
            QT_TRANSLATE_NOOP(
                "ImportOnly",
                "Open the doctor's or the clinic's page on Doc.ua and scroll to the reviews. "
                "Show all you want, select them with their authors and dates, copy (Ctrl+C) "
                "and choose “Paste reviews”.",
            )
        ),
    ),
    ImportOnlyPlatform(
        Platform.HELSI,
        str(QT_TRANSLATE_NOOP("SourceKinds", "Helsi")),
        str(
            QT_TRANSLATE_NOOP(
                "ImportOnly",
                "Open the doctor's page on Helsi and its reviews. Select the reviews with their "
                "authors and dates, copy (Ctrl+C) and choose “Paste reviews”.",
            )
        ),
    ),
    ImportOnlyPlatform(
        Platform.DIANPING,
        str(QT_TRANSLATE_NOOP("SourceKinds", "Dianping")),
        str(
            QT_TRANSLATE_NOOP(
                "ImportOnly",
                "Open the shop's page on dianping.com in a browser where you are signed in, and "
                "its reviews. Select the reviews, copy (Ctrl+C) and choose “Paste reviews”; the "
                "shop's replies come along. Reviews a tool saved to a file (CSV, JSON) go in "
                "with “Import a file”.",
            )
        ),
    ),
)


def import_only(platform: Platform | str) -> ImportOnlyPlatform | None:
    """The how-to for a platform with no API, or None for one with an API."""
    return next((p for p in IMPORT_ONLY if p.platform.value == str(platform)), None)
