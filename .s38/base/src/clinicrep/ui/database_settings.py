"""Settings > Database: this PC's own store, or a PostgreSQL server shared by the PCs.

The choice belongs to this PC (``store.chosen_store``: store.json in its config folder, the
password in the keyring), not to the store. "Test connection" runs ``pg_check`` on a
worker, so the window never waits for a server that does not answer.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clinicrep import paths
from clinicrep.errors import NoSecureStorage
from clinicrep.messages import user_message
from clinicrep.store import chosen_store
from clinicrep.ui.choice_box import ChoiceBox
from clinicrep.ui.monitoring_settings import explained_row
from clinicrep.ui.placeholder_fit import keep_placeholder_whole

log = logging.getLogger(__name__)

TLS_MODES = ("verify-full", "require", "prefer")


@dataclass(frozen=True)
class _Tested:
    """The values a test connection succeeded with (a Save after it needs no question)."""

    target: object
    password: str
    reviews: int | None = None  # what the server held (None: an empty database)


class DatabasePage(QWidget):
    """The page's rows; ``save()`` makes the choice this PC's."""

    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databasePage")
        saved = chosen_store.saved_location()
        shared = saved if saved is not None and chosen_store.is_shared(saved) else None
        self._saved = saved
        self._tested: _Tested | None = None
        self._op: object = None
        self._has_password = False

        self.local = QRadioButton(self.tr("This PC only (default)"))
        self.shared = QRadioButton(self.tr("Shared with other PCs (PostgreSQL server)"))
        self.local.setObjectName("databaseLocal")
        self.shared.setObjectName("databaseShared")
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.shared)
        (self.shared if shared is not None else self.local).setChecked(True)

        self.host = QLineEdit(getattr(shared, "host", ""))
        keep_placeholder_whole(self.host, self.tr("e.g. server.practice.local"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(int(getattr(shared, "port", 5432)))
        self.port.setGroupSeparatorShown(False)
        # a port is five digits: no need for the whole width
        self.port.setMaximumWidth(self.port.fontMetrics().horizontalAdvance("65535") * 3)
        self.dbname = QLineEdit(getattr(shared, "dbname", "clinicrep"))
        self.user = QLineEdit(getattr(shared, "user", ""))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("databasePassword")
        if shared is not None and chosen_store.password_for(shared):  # type: ignore[arg-type]
            self._has_password = True
            keep_placeholder_whole(
                self.password, self.tr("Saved securely on this computer; type to change it")
            )
        self.tls = ChoiceBox()
        for mode, label in zip(
            TLS_MODES,
            (
                self.tr("Encrypted, the server's certificate checked (recommended)"),
                self.tr("Encrypted, the certificate not checked"),
                self.tr("Encrypted when the server offers it"),
            ),
            strict=True,
        ):
            self.tls.addItem(label, mode)
        self.tls.setCurrentIndex(max(0, self.tls.findData(getattr(shared, "sslmode", "prefer"))))
        self.ca_file = QLineEdit(getattr(shared, "sslrootcert", None) or "")
        keep_placeholder_whole(
            self.ca_file, self.tr("The CA file from your IT provider (.crt, .pem)")
        )
        self.ca_choose = QPushButton(self.tr("Choose…"))
        self.ca_choose.clicked.connect(self._choose_ca)
        ca_row = QWidget()
        ca_layout = QHBoxLayout(ca_row)
        ca_layout.setContentsMargins(0, 0, 0, 0)
        ca_layout.addWidget(self.ca_file, 1)
        ca_layout.addWidget(self.ca_choose)

        self.server = QWidget()
        form = QFormLayout(self.server)
        form.setContentsMargins(0, 0, 0, 0)
        self.form = form
        # the port beside the server's name: one row less, the result of a test in view
        server_row = QWidget()
        server_layout = QHBoxLayout(server_row)
        server_layout.setContentsMargins(0, 0, 0, 0)
        server_layout.addWidget(self.host, 1)
        port_label = QLabel(self.tr("Port:"))
        port_label.setBuddy(self.port)
        server_layout.addWidget(port_label)
        server_layout.addWidget(self.port)
        explained_row(
            form,
            self.tr("Server:"),
            server_row,
            self.tr("The name or address of the computer that runs PostgreSQL; the port is "
                    "usually 5432."),
        )  # fmt: skip
        self.host.setAccessibleDescription(server_row.accessibleDescription())
        self.port.setAccessibleDescription(server_row.accessibleDescription())
        self.port.setAccessibleName(port_label.text().rstrip(":："))
        explained_row(
            form,
            self.tr("Database:"),
            self.dbname,
            self.tr("The database your IT provider made for clinicrep."),
        )
        explained_row(
            form, self.tr("User:"), self.user, self.tr("The same user on every PC of the practice.")
        )
        explained_row(
            form,
            self.tr("Password:"),
            self.password,
            self.tr("Saved securely in this computer's password store, never in a file."),
        )
        explained_row(
            form,
            self.tr("Encryption (TLS):"),
            self.tls,
            self.tr("Checking the certificate needs the CA file below."),
        )
        explained_row(
            form,
            self.tr("CA file:"),
            ca_row,
            self.tr("Proves that the server is yours, not an impostor on the network."),
        )
        self.ca_file.setAccessibleDescription(ca_row.accessibleDescription())
        self.host.setAccessibleName(self.tr("Server:").rstrip(":："))
        for field in (self.dbname, self.user, self.password, self.tls):
            name = form.labelForField(field)
            if isinstance(name, QLabel):
                field.setAccessibleName(name.text().rstrip(":："))
        name = form.labelForField(ca_row)
        if isinstance(name, QLabel):
            self.ca_file.setAccessibleName(name.text().rstrip(":："))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel()
        self.result.setObjectName("connectionResult")
        self.result.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.result, 1)
        form.addRow(test_row)

        layout = QVBoxLayout(self)
        self.forced = QLabel()
        self.forced.setWordWrap(True)
        self.forced.setObjectName("databaseForced")
        if chosen_store.chosen_by_this_run():
            self.forced.setText(
                self.tr(
                    "This run uses {where}, chosen when clinicrep was started (--db or "
                    "CLINICREP_DB). What you choose here applies from the next start without it."
                ).format(where=chosen_store.describe(chosen_store.current_location()))
            )
        else:
            self.forced.hide()
        layout.addWidget(self.forced)
        layout.addWidget(self.local)
        layout.addWidget(
            _note(
                self.tr(
                    "The reviews are kept in a file on this PC: {path}. Backed up every day "
                    "into its backups folder."
                ).format(path=str(saved if isinstance(saved, Path) else paths.db_path()))
            )
        )
        layout.addWidget(self.shared)
        layout.addWidget(
            _note(
                self.tr(
                    "Several PCs of the practice share one inbox on a PostgreSQL server that "
                    "your IT provider runs. The server's own backups apply; “Export a copy…” "
                    "saves the shared reviews into a file."
                )
            )
        )
        layout.addWidget(self.server)
        self.export_button = QPushButton(self.tr("Export a copy…"))
        self.export_button.setObjectName("exportCopy")
        self.export_button.clicked.connect(self.export_requested)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addStretch(1)
        layout.addLayout(export_row)
        layout.addStretch(1)
        for widget in (self.host, self.dbname, self.user, self.password, self.ca_file):
            widget.textChanged.connect(self._edited)
        self.port.valueChanged.connect(self._edited)
        self.tls.currentIndexChanged.connect(self._edited)
        self.local.toggled.connect(self._edited)
        self._edited()

    # -- what the user chose ------------------------------------------------------------
    def target(self) -> object | None:
        """The server the fields name (a PgTarget), or None while one is missing."""
        from clinicrep.store.pg import PgTarget

        host, dbname, user = (w.text().strip() for w in (self.host, self.dbname, self.user))
        if not (host and dbname and user):
            return None
        mode = self.tls.currentData() or "prefer"
        ca = self.ca_file.text().strip() or None
        return PgTarget(
            host=host,
            port=self.port.value(),
            dbname=dbname,
            user=user,
            sslmode=mode,
            sslrootcert=ca if mode == "verify-full" else None,
        )

    def chosen(self) -> object:
        """The store this PC is to use: the SQLite file, or the server's PgTarget."""
        if self.local.isChecked():  # the file this PC uses (another than the usual one, if so)
            return self._saved if isinstance(self._saved, Path) else paths.db_path()
        return self.target()

    def changed(self) -> bool:
        saved = self._saved if self._saved is not None else paths.db_path()
        return self.chosen() != saved

    def _typed_password(self) -> str:
        return self.password.text()

    def _edited(self, *_args: object) -> None:
        shared = self.shared.isChecked()
        self.server.setEnabled(shared)
        verify = self.tls.currentData() == "verify-full"
        self.ca_file.setEnabled(shared and verify)
        self.ca_choose.setEnabled(shared and verify)
        current = chosen_store.current_location()
        self.export_button.setVisible(chosen_store.is_shared(current))
        if self._op is None:
            self.result.clear()

    def _choose_ca(self) -> None:
        file, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the CA file"),
            str(Path.home()),
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"),
        )
        if file:
            self.ca_file.setText(file)

    # -- Test connection (on a worker) --------------------------------------------------
    def test_connection(self) -> None:
        target = self.target()
        if target is None:
            self._show(False, self.tr("Fill in the server, the database and the user first."))
            return
        if self._op is not None:
            return
        from clinicrep.ui.workers import Op

        typed = self._typed_password()
        # nothing typed: the password this PC keeps for that server, if any
        password = typed or chosen_store.password_for(target)  # type: ignore[arg-type]

        def check(_progress: object) -> object:
            from clinicrep.store.pg_check import check_connection

            return check_connection(target, password)  # type: ignore[arg-type]

        self.test_button.setEnabled(False)
        self._show(None, self.tr("Connecting to {server}…").format(server=target.host))  # type: ignore[attr-defined]

        def done(found: object) -> None:
            from clinicrep.store.pg_check import CheckResult, describe_result

            assert isinstance(found, CheckResult)
            self._op = None
            self.test_button.setEnabled(True)
            self._tested = _Tested(target, typed, found.reviews)
            self._show(True, describe_result(found))

        def failed(error: BaseException) -> None:
            self._op = None
            self.test_button.setEnabled(True)
            self._tested = None
            self._show(False, user_message(error))

        self._op = Op(self, check).on_success(done).on_failure(failed)
        self._op.start()  # type: ignore[attr-defined]

    def _show(self, ok: bool | None, text: str) -> None:
        self.result.setProperty("ok", ok)
        colour = {True: "#1b7f3b", False: "#b3261e", None: ""}[ok]
        self.result.setStyleSheet(f"color: {colour};" if colour else "")
        self.result.setText(text)
        from PySide6.QtWidgets import QScrollArea

        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:  # the settings tab scrolls: the answer is brought into view
            parent.ensureWidgetVisible(self.result, 0, 0)
            parent.ensureWidgetVisible(self.test_button, 0, 0)

    @property
    def testing(self) -> bool:
        return self._op is not None

    def reviews_on_server(self) -> int | None:
        """The reviews the tested server holds, if the saved choice is the server tested
        (None: not tested, or an empty database)."""
        tested = self._tested
        if tested is None or self.local.isChecked() or tested.target != self.target():
            return None
        return tested.reviews

    # -- Save ---------------------------------------------------------------------------
    def ready_to_save(self) -> bool:
        """Ask what must be asked before saving; False keeps the dialog open."""
        if self.local.isChecked() or not self.changed() and not self._typed_password():
            return True
        target = self.target()
        if target is None:
            QMessageBox.warning(
                self,
                self.tr("Database"),
                self.tr("Fill in the server, the database and the user, or choose “This PC only”."),
            )
            return False
        tested = self._tested
        if tested is None or tested.target != target or tested.password != self._typed_password():
            answer = QMessageBox.question(
                self,
                self.tr("Database"),
                self.tr(
                    "This connection has not been tested successfully. Save it anyway? If the "
                    "server cannot be used, clinicrep offers this PC's own database at the next "
                    "start."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return True

    def save(self) -> bool:
        """Make the choice this PC's (store.json; the password in the keyring)."""
        chosen = self.chosen()
        typed = self._typed_password()
        if not isinstance(chosen, Path) and typed:
            try:
                chosen_store.save_password(chosen, typed)  # type: ignore[arg-type]
            except NoSecureStorage as e:
                QMessageBox.warning(self, self.tr("Database"), user_message(e))
                chosen_store.remember_for_this_run(chosen, typed)  # type: ignore[arg-type]
        if self.changed():
            chosen_store.save_location(chosen)  # type: ignore[arg-type]
            self._saved = chosen_store.saved_location()
            return True
        return False


def _note(text: str) -> QLabel:
    from PySide6.QtGui import QPalette

    label = QLabel(text)
    label.setObjectName("explanation")
    label.setWordWrap(True)
    label.setIndent(24)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class DatabaseSettingsDialog(QDialog):
    """The page on its own: from the start-up's way out when the server cannot be used."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Database"))
        self.page = DatabasePage(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)

    def accept(self) -> None:
        if self.page.ready_to_save():
            super().accept()


def export_copy(parent: QWidget, where: object) -> None:
    """File > Export a copy…: the whole store into a SQLite file, on a worker."""
    from PySide6.QtWidgets import QProgressDialog

    from clinicrep.ui.workers import Op

    suggested = paths.documents_dir() / "clinicrep-copy.sqlite3"
    file, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("DatabasePage", "Export a copy"),
        str(suggested),
        QCoreApplication.translate("DatabasePage", "clinicrep database (*.sqlite3)"),
    )
    if not file:
        return
    out = Path(file)
    waiting = QProgressDialog(parent)
    waiting.setObjectName("exportCopyProgress")
    waiting.setRange(0, 0)
    waiting.setCancelButton(None)  # type: ignore[arg-type]
    waiting.setLabelText(
        QCoreApplication.translate("DatabasePage", "Copying the database into {file}…").format(
            file=out.name
        )
    )
    waiting.show()

    def work(progress: object) -> str:
        from clinicrep.store.move import move_store

        return move_store(where, out, replace=True, progress=progress).summary()  # type: ignore[arg-type]

    def done(summary: object) -> None:
        waiting.close()
        QMessageBox.information(
            parent, QCoreApplication.translate("DatabasePage", "Export a copy"), str(summary)
        )

    def failed(error: BaseException) -> None:
        waiting.close()
        QMessageBox.warning(
            parent, QCoreApplication.translate("DatabasePage", "Export a copy"), user_message(error)
        )

    def step(text: object) -> None:
        waiting.setLabelText(str(text))

    Op(parent, work).on_progress(step).on_success(done).on_failure(failed).start()
    parent._export_copy_dialog = waiting  # type: ignore[attr-defined]
