"""Sources: connect the practice's accounts, see each one's last check, remove one.

Settings go to the store; tokens and keys go to the keyring only (or, where the
computer has none and the user agrees, to memory for this session).
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
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
    QVBoxLayout,
    QWidget,
)

from clinicrep.errors import NoSecureStorage
from clinicrep.labels import language_label, platform_label
from clinicrep.messages import message_for_code, user_message
from clinicrep.model import Platform, Source, SourceKind
from clinicrep.monitoring.health import describe_source_full_check
from clinicrep.secrets import TokenStore, default_store, source_owner
from clinicrep.source_removal import forget_source_secrets, remove_source
from clinicrep.sources.registry import (
    IMPORT_ONLY,
    ImportOnlyPlatform,
    KindInfo,
    available_kinds,
    import_only,
    kind_info,
)
from clinicrep.store.db import Database
from clinicrep.store.sources import add_source, list_sources, update_source
from clinicrep.ui.import_only_panel import ImportOnlyPanel
from clinicrep.ui.workers import Op, Progress

log = logging.getLogger(__name__)

PLATFORM_OF_KIND = {
    "google": Platform.GOOGLE,
    "facebook": Platform.FACEBOOK,
    "yelp": Platform.YELP,
    "trustpilot": Platform.TRUSTPILOT,
    "manual": Platform.OFFLINE,
}
SOURCE_LANGUAGES = ("en", "ru", "uk", "pl", "zh")
SIGN_IN_SECRETS = ("refresh_token",)  # written by a sign-in flow, not typed by the user
IMPORT_ONLY_PREFIX = "no-api:"  # the platform combo's data for a site with no API


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
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Platform"))
        for info in available_kinds():
            if info.kind in ("csv", "demo") and (source is None or source.kind.value != info.kind):
                continue  # files come in through "Import a file"; the demo through --demo
            self.kind.addItem(info.display_name, info.kind)
        if source is None:  # the sites with no API, each with its how-to (paste / import)
            for entry in IMPORT_ONLY:
                label = self.tr("{platform} — no API").format(platform=entry.display_name)
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
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the reviews"))
        for code in SOURCE_LANGUAGES:
            self.language.addItem(language_label(code), code)
        if source is not None:
            self.language.setCurrentIndex(max(0, self.language.findData(source.language)))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.fields_box = QWidget()
        self.fields = QFormLayout(self.fields_box)
        self.inputs: dict[str, QLineEdit] = {}
        self.secret_inputs: dict[str, QLineEdit] = {}

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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.import_panel)
        layout.addWidget(self.fields_box)
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
        self.inputs.clear()
        self.secret_inputs.clear()
        entry = self.import_only_entry()
        self.import_panel.show_platform(entry)
        for widget in (self.fields_box, self.save_button, self.name, self.language):
            widget.setVisible(entry is None)
        for widget in (self.name, self.language):
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(entry is None)
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
        for field in info.settings:
            if field.key == "path" and current.get("origin") == "paste":
                continue  # pasted from a page: there is no file
            edit = QLineEdit(str(current.get(field.key, field.default)))
            edit.setAccessibleName(field.label)
            self.fields.addRow(field.label + ":", edit)
            self.inputs[field.key] = edit
        for secret in info.secrets:
            if secret.name in SIGN_IN_SECRETS:
                continue  # comes from "Sign in…", never typed
            edit = QLineEdit()
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(secret.label)
            if self.source is not None:
                edit.setPlaceholderText(self.tr("(kept; type to replace)"))
            self.fields.addRow(secret.label + ":", edit)
            self.secret_inputs[secret.name] = edit

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
                self.tr("Please fill in: {fields}").format(fields=", ".join(gaps)),
            )
            return
        super().accept()

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
        sync = QPushButton(self.tr("Sync now"))
        sync.clicked.connect(self.sync_requested.emit)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (add, edit, remove, self.sign_in_button, sync):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for source in list_sources(self.db):
            item = QListWidgetItem(self.describe(source))
            item.setData(Qt.ItemDataRole.UserRole, source.id)
            self.list.addItem(item)

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
            return self.tr("{name} ({platform}) — no API: reviews pasted from the page").format(
                name=source.name, platform=platform_label(source.platform)
            )
        if source.last_error:
            state = message_for_code(source.last_error)
        elif source.last_success_at:
            state = self.tr("Last checked {when}").format(
                when=source.last_success_at.astimezone().strftime("%Y-%m-%d %H:%M")
            )
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

        Op(self, work).on_success(done).on_failure(
            lambda e: QMessageBox.warning(self, self.windowTitle(), user_message(e))
        ).start()

    def google_sign_in(self) -> None:
        """Browser sign-in off the GUI thread, then pick the location to watch."""
        from clinicrep.sources.google import discover_locations
        from clinicrep.sources.google_oauth import GoogleAuth, save_sign_in, sign_in

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

        def work(_progress: Progress) -> tuple[object, list]:
            result = sign_in(source, client_id=client_id, client_secret=secret)
            auth = GoogleAuth.from_sign_in(
                result, client_id=client_id, client_secret=secret, source=source
            )
            return result, discover_locations(source, auth)

        def done(value: tuple[object, list]) -> None:
            result, locations = value
            save_sign_in(self.tokens, source.id or 0, client_secret=secret, result=result)
            chosen = self._choose_location(locations)
            if chosen is not None:
                source.settings.update(chosen.settings())
                update_source(self.db, source)
            self.refresh()
            self.sources_changed.emit()

        def failed(error: BaseException) -> None:
            QMessageBox.warning(self, self.windowTitle(), user_message(error))

        Op(self, work).on_success(done).on_failure(failed).start()

    def _choose_location(self, locations: list) -> object | None:
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
            form.save(self.db)
            self.refresh()
            self.sources_changed.emit()

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
