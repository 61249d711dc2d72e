"""Sources: connect the practice's accounts, see each one's last check, remove one.

Settings go to the store; tokens and keys go to the keyring only (or, where the
computer has none and the user agrees, to memory for this session).
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clinicrep.errors import (
    AuthExpired,
    NoSecureStorage,
    NotFound,
    PermissionMissing,
    SourceNameTaken,
)
from clinicrep.i18n import list_text, short_date_text
from clinicrep.labels import SOURCE_LANGUAGES, field_label, language_label, platform_label
from clinicrep.messages import message_for_code, user_message
from clinicrep.model import Platform, Source, SourceKind
from clinicrep.monitoring.health import describe_source_full_check
from clinicrep.secrets import TokenStore, default_store, source_owner
from clinicrep.source_removal import forget_source_secrets, remove_source
from clinicrep.sources.registry import (
    IMPORT_ONLY,
    ImportOnlyPlatform,
    KindInfo,
    SettingField,
    available_kinds,
    import_only,
    kind_info,
)
from clinicrep.ui.choice_box import ChoiceBox

if TYPE_CHECKING:
    from clinicrep.sources.google import GoogleLocation
from clinicrep.sources.base import CancelToken
from clinicrep.store.db import Database
from clinicrep.store.sources import add_source, list_sources, update_source
from clinicrep.ui.connect_guides import guide_html
from clinicrep.ui.import_only_panel import ImportOnlyPanel
from clinicrep.ui.placeholder_fit import keep_placeholder_whole
from clinicrep.ui.workers import Op, Progress

log = logging.getLogger(__name__)

PLATFORM_OF_KIND = {
    "google": Platform.GOOGLE,
    "facebook": Platform.FACEBOOK,
    "yelp": Platform.YELP,
    "trustpilot": Platform.TRUSTPILOT,
    "manual": Platform.OFFLINE,
}
SIGN_IN_SECRETS = ("refresh_token",)  # written by a sign-in flow, not typed by the user
IMPORT_ONLY_PREFIX = "no-api:"  # the platform combo's data for a site with no API
DISCOVERED_GOOGLE_FIELDS = ("account_id", "location_id", "place_id")  # from the sign-in


def store_secret(parent: QWidget, tokens: TokenStore, owner: str, name: str, value: str) -> bool:
    """Keep a secret in the keyring; where there is none, ask before keeping it in memory."""
    try:
        tokens.set(owner, name, value)
        return True
    except NoSecureStorage as e:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("SourcesDialog", "No secure storage"),
            user_message(e)
            + "\n\n"
            + QCoreApplication.translate(
                "SourcesDialog",
                "Keep this sign-in until clinicrep closes? It is never written to disk.",
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            tokens.keep_for_session(owner, name, value)
            return True
        return False


class SourceForm(QDialog):
    """Add or edit one source: its kind, name, language, settings and secrets."""

    def __init__(
        self, source: Source | None, parent: QWidget | None = None, tokens: TokenStore | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect a platform") if source is None else self.tr("Edit"))
        self.tokens = tokens or default_store()
        self.source = source
        self.kind = ChoiceBox()
        self.kind.setAccessibleName(self.tr("Platform"))
        for info in available_kinds():
            if info.kind in ("csv", "demo") and (source is None or source.kind.value != info.kind):
                continue  # files come in through "Import a file"; the demo through --demo
            self.kind.addItem(info.display_name, info.kind)
        if source is None:  # the sites with no API, each with its how-to (paste / import)
            for entry in IMPORT_ONLY:
                label = self.tr("{platform} — paste or import its reviews").format(
                    platform=entry.display_name
                )
                self.kind.addItem(label, IMPORT_ONLY_PREFIX + entry.platform.value)
        self.requested: tuple[str, Platform] | None = None  # "paste" / "import" chosen here
        self.import_panel = ImportOnlyPanel()
        self.import_panel.paste_requested.connect(lambda: self._request("paste"))
        self.import_panel.import_requested.connect(lambda: self._request("import"))
        if source is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(source.kind.value)))
            self.kind.setEnabled(False)
        self.name = QLineEdit(source.name if source else "")
        self.name.setAccessibleName(self.tr("Name"))
        self.language = ChoiceBox()
        self.language.setAccessibleName(self.tr("Language of the reviews"))
        for code in SOURCE_LANGUAGES:
            self.language.addItem(language_label(code), code)
        # a new source's reviews are most likely in the language the practice works in
        language = source.language if source is not None else QLocale().name().split("_")[0]
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.fields_box = QWidget()
        self.fields = QFormLayout(self.fields_box)
        self.fields.setContentsMargins(0, 0, 0, 0)
        self.inputs: dict[str, QLineEdit] = {}
        self.secret_inputs: dict[str, QLineEdit] = {}
        self.hints: dict[str, QLabel] = {}  # a field's plain-words explanation, by its key

        form = self.form = QFormLayout()
        form.addRow(self.tr("Platform:"), self.kind)
        form.addRow(self.tr("Name shown in clinicrep:"), self.name)
        form.addRow(self.tr("Language of the reviews:"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        # discovery: what the platform's API can fill in (Pages, business unit, locations)
        self.discovery_box = QWidget()
        self.discovery = QFormLayout(self.discovery_box)
        self.discovery.setContentsMargins(0, 0, 0, 0)
        self.discovery_state = QLabel()
        self.discovery_state.setObjectName("discoveryState")
        self.discovery_state.setWordWrap(True)
        self.discovery_state.setTextFormat(Qt.TextFormat.PlainText)
        self.found = ChoiceBox()  # what discovery found, to choose from
        self.found.setObjectName("discovered")
        self.found.activated.connect(lambda _i: self._use_found())
        self._found_items: list[object] = []
        self._discovery_cancel: CancelToken | None = None
        self._closed = False
        self.guide = QTextBrowser()
        self.guide.setObjectName("connectGuide")
        self.guide.setOpenExternalLinks(True)
        self.guide.setAccessibleName(self.tr("How to connect this platform"))
        self.guide.setMinimumWidth(380)
        self.guide.setMinimumHeight(420)  # the steps readable without scrolling much
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.note)
        left.addWidget(self.import_panel)
        left.addWidget(self.fields_box)
        left.addWidget(self.discovery_box)
        left.addWidget(self.discovery_state)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(self.guide, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._build_fields())
        self._build_fields()

    def info(self) -> KindInfo:
        return kind_info(self.kind.currentData())

    def import_only_entry(self) -> ImportOnlyPlatform | None:
        data = str(self.kind.currentData() or "")
        if not data.startswith(IMPORT_ONLY_PREFIX):
            return None
        return import_only(data.removeprefix(IMPORT_ONLY_PREFIX))

    def _request(self, action: str) -> None:
        entry = self.import_only_entry()
        if entry is not None:
            self.requested = (action, entry.platform)
            self.reject()  # the Sources dialog opens Paste / Import for this platform

    def _build_fields(self) -> None:
        while self.fields.rowCount():
            self.fields.removeRow(0)
        self.found.setParent(None)  # the shared choice lives on; the rest of the rows go
        self.found.hide()
        while self.discovery.rowCount():
            self.discovery.removeRow(0)
        self.discovery_state.clear()
        self.discovery_state.hide()
        self.inputs.clear()
        self.secret_inputs.clear()
        self.hints.clear()
        entry = self.import_only_entry()
        self.import_panel.show_platform(entry)
        for widget in (self.fields_box, self.save_button, self.name, self.language):
            widget.setVisible(entry is None)
        for widget in (self.name, self.language):
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(entry is None)
        guide = "" if entry is not None else guide_html(str(self.kind.currentData() or ""))
        self.guide.setHtml(guide)
        self.guide.setVisible(bool(guide))
        self.discovery_box.setVisible(False)
        if entry is not None:
            self.note.hide()
            return
        info = self.info()
        notes = [info.note] if info.note else []
        if not info.can_publish:
            notes.append(
                self.tr(
                    "Replies cannot be posted from clinicrep here: it copies the reply and "
                    "opens the review's page."
                )
            )
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))
        if not self.name.text() or self.source is None:
            self.name.setText(info.display_name)
        current = self.source.settings if self.source else {}
        # what she must type first (Google: the client ID, then its secret), then what is
        # optional or filled in for her (Account, Location, Place ID after the sign-in)
        for field in [f for f in info.settings if f.required]:
            self._add_setting(info.kind, field, current)
        for secret in info.secrets:
            if secret.name in SIGN_IN_SECRETS:
                continue  # comes from "Sign in…", never typed
            edit = QLineEdit()
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(secret.label)
            if self.source is not None:
                keep_placeholder_whole(edit, self.tr("(kept; type to replace)"))
            self.fields.addRow(field_label(secret.label), edit)
            self._add_hint(secret.name, secret.hint)
            self.secret_inputs[secret.name] = edit
        for field in [f for f in info.settings if not f.required]:
            self._add_setting(info.kind, field, current)
        self._build_discovery(info.kind)
        self._align_labels()

    def _add_setting(self, kind: str, field: SettingField, current: dict) -> None:
        if field.key == "path" and current.get("origin") == "paste":
            return  # pasted from a page: there is no file
        value = current.get(field.key, field.initial if self.source is None else field.default)
        edit = QLineEdit(str(value))
        edit.setAccessibleName(field.label)
        if kind == "google" and field.key in DISCOVERED_GOOGLE_FIELDS and not value:
            keep_placeholder_whole(edit, self.tr("filled in after you sign in"))
        self.fields.addRow(field_label(field.label), edit)
        self._add_hint(field.key, field.hint)
        self.inputs[field.key] = edit

    def _add_hint(self, key: str, hint: str) -> None:
        """Under a field whose name is the platform's jargon ("Client ID"): what it is and
        where the practice gets it, in plain words."""
        if not hint:
            return
        label = QLabel(hint)
        label.setObjectName("fieldHint")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        # right under its field, however tall the layout reckons a wrapped label to be
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.fields.addRow("", label)
        self.hints[key] = label

    # -- discovery: fill the fields from what the platform's API knows ------------------
    def _build_discovery(self, kind: str) -> None:
        if kind == "facebook":
            self.user_token = QLineEdit()
            self.user_token.setEchoMode(QLineEdit.EchoMode.Password)
            self.user_token.setAccessibleName(self.tr("User access token"))
            keep_placeholder_whole(self.user_token, self.tr("used once, not kept"))
            self.find_button = QPushButton(self.tr("Find my Pages"))
            self.find_button.clicked.connect(self.find_facebook_pages)
            self.discovery.addRow(self.tr("User access token:"), self.user_token)
            self.discovery.addRow("", self.find_button)
            self.discovery.addRow(self.tr("Page:"), self.found)
        elif kind == "trustpilot":
            self.website = QLineEdit()
            self.website.setAccessibleName(self.tr("Website"))
            keep_placeholder_whole(self.website, self.tr("for example clinic.com"))
            self.find_button = QPushButton(self.tr("Find"))
            self.find_button.clicked.connect(self.find_trustpilot_unit)
            row = QHBoxLayout()
            row.addWidget(self.website, 1)
            row.addWidget(self.find_button)
            self.discovery.addRow(self.tr("Website:"), row)
        elif kind == "google" and self.source is not None and self._has_google_sign_in():
            self.find_button = QPushButton(self.tr("Find my locations"))
            self.find_button.clicked.connect(self.find_google_locations)
            self.discovery.addRow("", self.find_button)
            self.discovery.addRow(self.tr("Location:"), self.found)
        else:
            return
        self.found.hide()
        label = self.discovery.labelForField(self.found)
        if label is not None:
            label.hide()
        self.discovery_box.setVisible(True)

    def _align_labels(self) -> None:
        """The three forms (platform, fields, discovery) share one label column."""
        labels: list[QWidget] = []
        for layout in (self.form, self.fields, self.discovery):
            for row in range(layout.rowCount()):
                item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    labels.append(widget)
        for label in labels:
            label.setMinimumWidth(0)
        widest = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(widest)

    def _has_google_sign_in(self) -> bool:
        if self.source is None or self.source.id is None:
            return False
        try:
            return bool(self.tokens.get(source_owner(self.source.id), "refresh_token"))
        except NoSecureStorage:
            return False

    def _settings_source(self) -> Source:
        """The source as typed so far: discovery reads its API bases from these settings."""
        info = self.info()
        settings = dict(self.source.settings) if self.source else {}
        settings.update({key: edit.text().strip() for key, edit in self.inputs.items()})
        return Source(
            id=self.source.id if self.source else None,
            kind=SourceKind(info.kind),
            name=self.name.text(),
            platform=PLATFORM_OF_KIND.get(info.kind, Platform.OTHER),
            settings=settings,
        )

    def _secret(self, name: str) -> str:
        """A secret typed in the form, else the one kept for this source."""
        edit = self.secret_inputs.get(name)
        if edit is not None and edit.text().strip():
            return edit.text().strip()
        if self.source is None or self.source.id is None:
            return ""
        try:
            return self.tokens.get(source_owner(self.source.id), name) or ""
        except NoSecureStorage:
            return ""

    def _say(self, text: str) -> None:
        self.discovery_state.setText(text)
        self.discovery_state.setVisible(bool(text))

    def _discover(self, waiting: str, work, found, failed) -> None:  # type: ignore[no-untyped-def]
        """Run ``work(cancel)`` on a worker; the GUI thread only shows what came back."""
        if self._discovery_cancel is not None:
            return
        cancel = CancelToken()
        self._discovery_cancel = cancel
        self.find_button.setEnabled(False)
        self._say(waiting)

        def ended() -> None:
            if self._closed:
                return
            self._discovery_cancel = None
            self.find_button.setEnabled(True)

        def succeeded(value: object) -> None:
            if not self._closed:
                found(value)

        def went_wrong(error: BaseException) -> None:
            if not self._closed:
                self._say(failed(error))

        (
            Op(self, lambda _p: work(cancel))
            .on_success(succeeded)
            .on_failure(went_wrong)
            .on_finished(ended)
            .start()
        )

    def _offer(self, items: list[object], labels: list[str]) -> None:
        self._found_items = items
        self.found.clear()
        self.found.addItems(labels)
        self.found.show()
        label = self.discovery.labelForField(self.found)
        if label is not None:
            label.show()
        self.found.setCurrentIndex(0)
        self._use_found()

    def _use_found(self) -> None:
        index = self.found.currentIndex()
        if not 0 <= index < len(self._found_items):
            return
        item = self._found_items[index]
        kind = self.info().kind
        default_name = self.info().display_name
        if kind == "facebook":
            self.inputs["page_id"].setText(item.page_id)  # type: ignore[attr-defined]
            self.secret_inputs["page_access_token"].setText(item.access_token)  # type: ignore[attr-defined]
            title = item.name  # type: ignore[attr-defined]
        else:  # google
            for key, value in item.settings().items():  # type: ignore[attr-defined]
                if key in self.inputs:
                    self.inputs[key].setText(value)
            title = item.title  # type: ignore[attr-defined]
        if self.source is None and self.name.text() in ("", default_name):
            self.name.setText(title)

    def find_facebook_pages(self) -> None:
        from clinicrep.sources.facebook import discover_pages

        token = self.user_token.text().strip()
        if not token:
            self._say(self.tr("Paste a user access token from the Graph API Explorer first."))
            return
        source = self._settings_source()

        def found(pages: list) -> None:
            usable = [p for p in pages if p.access_token]
            if not pages:
                self._say(
                    self.tr(
                        "This Facebook account manages no Page, or the Page was not ticked when "
                        "the token was made. Generate the token again, tick the practice's Page "
                        "and paste it here."
                    )
                )
                return
            if not usable:
                self._say(
                    self.tr(
                        "Facebook lists your Pages but gives no Page token for them: your role "
                        "on the Page does not allow it. Ask the Page's admin for full control or "
                        "task access to community activity, then try again."
                    )
                )
                return
            self._offer(usable, [p.name for p in usable])
            self._say(
                self.tr(
                    "%n Page(s) found. The chosen one's ID and Page access token are filled in.",
                    "",
                    len(usable),
                )
            )

        def failed(error: BaseException) -> str:
            if isinstance(error, AuthExpired):
                return self.tr(
                    "Facebook did not accept this user access token: it has expired or was "
                    "revoked. Generate a new one in the Graph API Explorer and paste it again."
                )
            if isinstance(error, PermissionMissing):
                return self.tr(
                    "This token may not list your Pages. In the Graph API Explorer add the "
                    "permission pages_show_list (and the others the guide names), generate the "
                    "token again and paste it."
                )
            return user_message(error)

        self._discover(
            self.tr("Asking Facebook for your Pages…"),
            lambda cancel: discover_pages(source, token, cancel=cancel),
            found,
            failed,
        )

    def find_trustpilot_unit(self) -> None:
        from clinicrep.sources.trustpilot import find_business_unit, website_domain

        website = self.website.text().strip()
        key = self._secret("api_key")
        if not key:
            self._say(self.tr("Type the API key first: Trustpilot answers only with it."))
            return
        if not website_domain(website):
            self._say(self.tr("Type the practice's website, for example clinic.com."))
            return
        source = self._settings_source()

        def found(unit: object) -> None:
            self.inputs["business_unit_id"].setText(unit.unit_id)  # type: ignore[attr-defined]
            self.inputs["page_url"].setText(unit.page_url)  # type: ignore[attr-defined]
            if self.source is None and self.name.text() in ("", self.info().display_name):
                self.name.setText(unit.display_name)  # type: ignore[attr-defined]
            self._say(
                self.tr(
                    "Found “{name}” on Trustpilot. Business unit and review page filled in."
                ).format(name=unit.display_name)  # type: ignore[attr-defined]
            )

        def failed(error: BaseException) -> str:
            if isinstance(error, NotFound):
                return self.tr(
                    "Trustpilot has no business with the website “{website}”. Type the domain "
                    "as your Trustpilot page shows it (for example clinic.com, without https://)."
                ).format(website=website_domain(website))
            if isinstance(error, AuthExpired | PermissionMissing):
                return self.tr(
                    "Trustpilot did not accept this API key. Copy the key of your application "
                    "from Trustpilot Business (Integrations → API) again."
                )
            return user_message(error)

        self._discover(
            self.tr("Asking Trustpilot…"),
            lambda cancel: find_business_unit(source, key, website, cancel=cancel),
            found,
            failed,
        )

    def find_google_locations(self) -> None:
        from clinicrep.sources.google import discover_locations
        from clinicrep.sources.google_oauth import GoogleAuth, endpoint_urls

        source = self._settings_source()
        secret = self._secret("client_secret")
        refresh = self._secret("refresh_token")
        client_id = str(source.settings.get("client_id", ""))

        def work(cancel: CancelToken) -> list:
            auth = GoogleAuth(
                client_id=client_id,
                client_secret=secret,
                refresh_token=refresh,
                token_url=endpoint_urls(source)[1],
                settings=source.settings,
                cancel=cancel,
            )
            return discover_locations(source, auth, cancel=cancel)

        def found(locations: list) -> None:
            if not locations:
                self._say(
                    self.tr(
                        "Signed in, but this Google account manages no business location. Sign "
                        "in again with the account that owns or manages the profile."
                    )
                )
                return
            self._offer(locations, [f"{x.title} ({x.account_name})" for x in locations])
            self._say(
                self.tr("%n location(s) found. The chosen one is filled in.", "", len(locations))
            )

        self._discover(self.tr("Asking Google for your locations…"), work, found, user_message)

    def done(self, result: int) -> None:
        self._closed = True  # a discovery still running shows nothing on a closed form
        if self._discovery_cancel is not None:
            self._discovery_cancel.cancel()
        super().done(result)

    def missing(self) -> list[str]:
        info = self.info()
        gaps = [
            f.label
            for f in info.settings
            if f.required and f.key in self.inputs and not self.inputs[f.key].text()
        ]
        if self.source is None:
            gaps += [
                s.label
                for s in info.secrets
                if s.required
                and s.name != "refresh_token"
                and not self.secret_inputs[s.name].text()
            ]
        return gaps

    def accept(self) -> None:
        gaps = self.missing()
        if gaps:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Please fill in: {fields}").format(fields=list_text(gaps)),
            )
            return
        if self.info().kind == "google" and not self._google_client_details_look_right():
            return
        super().accept()

    def _google_client_details_look_right(self) -> bool:
        """A client ID or secret that cannot be right is said here, with where to get the
        right one: in the browser Google would only show "invalid_client"."""
        from clinicrep.sources.google_oauth import ClientDetailsWrong, check_client_details

        typed = self.secret_inputs["client_secret"].text().strip()
        try:  # editing: an empty secret field keeps the secret saved before
            check_client_details(self.inputs["client_id"].text(), typed or None)
        except ClientDetailsWrong as error:
            wrong = "client_secret" if error.params.get("reason") == "secret" else "client_id"
            QMessageBox.warning(self, self.windowTitle(), user_message(error))
            field = self.secret_inputs[wrong] if wrong == "client_secret" else self.inputs[wrong]
            field.setFocus()
            field.selectAll()
            return False
        return True

    def save(self, db: Database) -> Source:
        info = self.info()
        settings = dict(self.source.settings) if self.source else {}
        settings.update({key: edit.text().strip() for key, edit in self.inputs.items()})
        if self.source is None:
            source = add_source(
                db,
                Source(
                    kind=SourceKind(info.kind),
                    name=self.name.text().strip() or info.display_name,
                    platform=PLATFORM_OF_KIND.get(info.kind, Platform.OTHER),
                    language=self.language.currentData(),
                    settings=settings,
                ),
                new_name_if_taken=True,  # a second Google location is a new source
            )
            # a keyring entry left under this number by anything before starts nothing here
            with contextlib.suppress(NoSecureStorage):
                forget_source_secrets(self.tokens, source.id or 0)
        else:
            source = replace(
                self.source,
                name=self.name.text().strip() or self.source.name,
                language=self.language.currentData(),
                settings=settings,
            )
            update_source(db, source)
        owner = source_owner(source.id or 0)
        for name, edit in self.secret_inputs.items():
            if edit.text():
                store_secret(self, self.tokens, owner, name, edit.text())
                edit.clear()
        return source


class SourcesDialog(QDialog):
    sources_changed = Signal()
    sync_requested = Signal()
    # a source's "Language of the reviews" changed: its reviews are stale (update_source)
    analysis_stale = Signal()

    def __init__(
        self, db: Database, parent: QWidget | None = None, tokens: TokenStore | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sources"))
        self.resize(640, 420)
        self.db = db
        self.tokens = tokens or default_store()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Connected sources"))
        self.list.itemDoubleClicked.connect(lambda _i: self.edit_selected())
        add = QPushButton(self.tr("Connect a platform…"))
        add.clicked.connect(self.add_source)
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(self.edit_selected)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_selected)
        self.sign_in_button = QPushButton(self.tr("Sign in…"))
        self.sign_in_button.setToolTip(
            self.tr("Let clinicrep read and answer this source's reviews (Google, Trustpilot)")
        )
        self.sign_in_button.clicked.connect(self.sign_in_selected)
        sync = QPushButton(self.tr("Check for new reviews"))
        sync.clicked.connect(self.sync_requested.emit)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        # a practice with several locations says here where each source's reviews come from
        locations = close.addButton(self.tr("Locations…"), QDialogButtonBox.ButtonRole.ActionRole)
        locations.setObjectName("openLocations")
        locations.setToolTip(self.tr("Name the practice's locations and assign each source"))
        locations.clicked.connect(self.open_locations)
        buttons = QHBoxLayout()
        for button in (add, edit, remove, self.sign_in_button, sync):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # what the list is, and with nothing in it what to press: a blank white box was a
        # dead end, and Edit / Remove / Sign in did nothing without a source chosen
        self.intro = QLabel()
        self.intro.setObjectName("sourcesIntro")
        self.intro.setWordWrap(True)
        self._needs_choice = (edit, remove, self.sign_in_button)
        self.list.currentRowChanged.connect(lambda _row: self._enable_for_choice())
        from clinicrep.ui.sign_in import SignInPanel

        self.sign_in_panel = SignInPanel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.sign_in_panel)
        layout.addWidget(close)
        self.refresh()

    def open_locations(self) -> None:
        from clinicrep.ui.locations_dialog import LocationsDialog

        LocationsDialog(self.db, self).exec()

    def done(self, result: int) -> None:
        """Closing the dialog cancels a sign-in still waiting for the browser."""
        self.sign_in_panel.cancel()
        super().done(result)

    def refresh(self) -> None:
        self.list.clear()
        for source in list_sources(self.db):
            item = QListWidgetItem(self.describe(source))
            item.setData(Qt.ItemDataRole.UserRole, source.id)
            self.list.addItem(item)
        if self.list.count():
            self.intro.setText(
                self.tr(
                    "The platforms and files clinicrep takes reviews from. Choose one to edit, "
                    "sign in or remove it."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "Nothing is connected yet. Press “Connect a platform…” to bring in the "
                    "reviews from Google, Facebook, ZnanyLekarz and other sites."
                )
            )
        self._enable_for_choice()

    def _enable_for_choice(self) -> None:
        chosen = self.list.currentItem() is not None
        for button in self._needs_choice:
            button.setEnabled(chosen)

    def open_import_only(self, action: str, platform: Platform) -> None:
        """Paste or import the reviews of a site with no API (chosen in "Connect a platform")."""
        if action == "paste":
            from clinicrep.ui.paste_dialog import run_paste

            if run_paste(self, self.db, platform) is None:
                return
        else:
            from clinicrep.ui.import_dialog import run_import

            # the import reports to the window, which refreshes the inbox when it ends
            if not run_import(self.parentWidget() or self, self.db, platform=platform):
                return
        self.refresh()
        self.sources_changed.emit()

    def describe(self, source: Source) -> str:
        if source.settings.get("origin") == "paste" and not source.last_error:
            return self.tr("{name} ({platform}) — reviews pasted from the page").format(
                name=source.name, platform=platform_label(source.platform)
            )
        if source.last_error:
            state = message_for_code(source.last_error)
        elif source.last_success_at:
            # the date as the language writes it ("3.12.2026 11:40"), not "2026-12-03 11:40"
            local = source.last_success_at.astimezone()
            when = QDateTime(
                QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
            )
            state = self.tr("Last checked {when}").format(when=short_date_text(when))
        else:
            state = self.tr("Not checked yet")
        line = f"{source.name} ({platform_label(source.platform)}) — {state}"
        full_check = describe_source_full_check(source)
        return f"{line}\n{full_check}" if full_check else line

    def selected(self) -> Source | None:
        item = self.list.currentItem()
        if item is None:
            return None
        source_id = item.data(Qt.ItemDataRole.UserRole)
        return next((s for s in list_sources(self.db) if s.id == source_id), None)

    def add_source(self) -> None:
        form = SourceForm(None, self, self.tokens)
        result = form.exec()
        if form.requested is not None:
            self.open_import_only(*form.requested)
            return
        if result == QDialog.DialogCode.Accepted:
            source = form.save(self.db)
            self.refresh()
            self.sources_changed.emit()
            if source.kind in (SourceKind.GOOGLE, SourceKind.TRUSTPILOT):
                self.list.setCurrentRow(self.list.count() - 1)
                self.sign_in_selected()

    def sign_in_selected(self) -> None:
        source = self.selected()
        if source is not None and source.kind == SourceKind.TRUSTPILOT:
            self.trustpilot_sign_in()
        else:
            self.google_sign_in()

    def trustpilot_sign_in(self) -> None:
        """The Trustpilot Business login, exchanged once for tokens; the password is not kept."""
        from clinicrep.sources.trustpilot import TrustpilotAuth

        source = self.selected()
        if source is None or source.id is None:
            return
        user, ok = QInputDialog.getText(
            self, self.tr("Sign in to Trustpilot"), self.tr("Trustpilot Business e-mail:")
        )
        if not ok or not user.strip():
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Sign in to Trustpilot"),
            self.tr("Password (used once, not stored):"),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not password:
            return
        tokens = self.tokens

        def work(_progress: Progress) -> None:
            auth = TrustpilotAuth(source, tokens)
            try:
                auth.sign_in(user.strip(), password)
            finally:
                auth.close()

        def done(_result: None) -> None:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Signed in. Replies can now be published.")
            )
            self.refresh()
            self.sources_changed.emit()

        Op(self, work).on_success(done).on_failure(self._warn).start()

    def _warn(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.windowTitle(), user_message(error))

    def google_sign_in(self) -> None:
        """Browser sign-in off the GUI thread, then pick the location to watch."""
        from clinicrep.sources.google import discover_locations
        from clinicrep.sources.google_oauth import GoogleAuth, SignInResult, save_sign_in, sign_in

        source = self.selected()
        if source is None or source.kind != SourceKind.GOOGLE or source.id is None:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Select a Google source first.")
            )
            return
        try:
            secret = self.tokens.get(source_owner(source.id), "client_secret") or ""
        except NoSecureStorage as e:
            QMessageBox.warning(self, self.windowTitle(), user_message(e))
            return
        client_id = str(source.settings.get("client_id", ""))

        def work(cancel: object, show_link: object) -> tuple[object, list, object]:
            result = sign_in(
                source,
                client_id=client_id,
                client_secret=secret,
                open_browser=show_link,  # type: ignore[arg-type]
                cancel=cancel,  # type: ignore[arg-type]
            )
            auth = GoogleAuth.from_sign_in(
                result, client_id=client_id, client_secret=secret, source=source
            )
            # the sign-in is kept whatever discovery meets (quota 0 while Google has not
            # approved the project, a cancel): signing in again would be the user's loss
            try:
                return result, discover_locations(source, auth, cancel=cancel), None
            except Exception as error:  # shown in the panel, in the user's words
                log.info("google: discovery after sign-in failed: %s", type(error).__name__)
                return result, [], error

        def done(value: tuple[SignInResult, list, BaseException | None]) -> None:
            result, locations, error = value
            save_sign_in(self.tokens, source.id or 0, client_secret=secret, result=result)
            if error is not None:
                self.sign_in_panel.state.setText(
                    self.tr(
                        "Signed in to Google, but the locations could not be read: {why}"
                    ).format(why=user_message(error))
                )
            else:
                chosen = self._choose_location(locations)
                if chosen is not None:
                    source.settings.update(chosen.settings())
                    update_source(self.db, source)
                else:
                    self.sign_in_panel.state.setText(
                        self.tr(
                            "Signed in to Google. No location is chosen yet: select the source "
                            "and choose “Edit…” → “Find my locations”."
                        )
                    )
            self.refresh()
            self.sources_changed.emit()

        trouble = self.tr(
            "If Google's page shows an error instead (“invalid_client”, "
            "“redirect_uri_mismatch”), the client ID is wrong or its key is not of the type "
            "“Desktop app”: press “Cancel sign-in”, correct it with “Edit…” and sign in again."
        )
        self.sign_in_panel.start("Google", work, done, trouble)  # type: ignore[arg-type]

    def _choose_location(self, locations: list[GoogleLocation]) -> GoogleLocation | None:
        if not locations:
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr("Signed in, but this Google account manages no business location."),
            )
            return None
        if len(locations) == 1:
            return locations[0]
        names = [f"{loc.title} ({loc.account_name})" for loc in locations]
        name, ok = QInputDialog.getItem(
            self, self.tr("Choose the location"), self.tr("Location:"), names, 0, False
        )
        return locations[names.index(name)] if ok else None

    def edit_selected(self) -> None:
        source = self.selected()
        if source is None:
            return
        form = SourceForm(source, self, self.tokens)
        if form.exec() == QDialog.DialogCode.Accepted:
            try:
                saved = form.save(self.db)
            except SourceNameTaken as e:  # renamed to the name of another source
                QMessageBox.warning(self, self.windowTitle(), user_message(e))
                return
            self.refresh()
            self.sources_changed.emit()
            if saved.language != source.language:
                self.analysis_stale.emit()

    def remove_selected(self) -> None:
        source = self.selected()
        if source is None or source.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove source"),
            self.tr(
                "Remove {name} and the reviews fetched from it? The reviews stay on the platform; "
                "only clinicrep's copy and its sign-in are removed."
            ).format(name=source.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        removed = remove_source(self.db, source.id, self.tokens)
        self.refresh()
        self.sources_changed.emit()
        if not removed.secrets_removed:
            QMessageBox.warning(
                self,
                self.tr("Remove source"),
                self.tr(
                    "{name} is removed, but the system keyring could not delete its sign-in. "
                    "Unlock the keyring and remove the entries named \u201cclinicrep\u201d "
                    "\u201csource:{number}\u201d in your keyring manager."
                ).format(name=removed.name, number=removed.source_id),
            )
