"""Reply templates: the practice edits, adds and deletes its own, or restores the defaults.

Each template is checked against its own checklist and the confidentiality guard as it
is edited, so a template can never teach a reply that breaks the rules.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clinicrep.guidelines.confidentiality import find_confidentiality_problems
from clinicrep.guidelines.kinds import ReplyKind, reply_kind_label
from clinicrep.guidelines.lexicon import normalise_language
from clinicrep.guidelines.templates import (
    ReplyTemplate,
    add_template,
    delete_template,
    list_templates,
    restore_default_templates,
    update_template,
)
from clinicrep.i18n import then_text
from clinicrep.settings import REPLY_LANGUAGES
from clinicrep.store.db import Database
from clinicrep.ui.choice_box import ChoiceBox
from clinicrep.ui.unsaved_question import ask_about_unsaved

# what a new template starts with: the greeting and the signature every reply has
NEW_TEMPLATE_TEXT = "{greeting}\n\n{signer}"
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "uk": "Українська", "pl": "Polski",
                  "zh": "简体中文"}  # fmt: skip


class TemplatesDialog(QDialog):
    def __init__(
        self, db: Database, parent: QWidget | None = None, *, language: str | None = None
    ) -> None:
        """``language``: the templates shown first (the review being answered); the window's
        language when None: a Russian desk starts on the Russian templates."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reply templates"))
        self.resize(820, 520)
        self.db = db
        self.templates: list[ReplyTemplate] = []
        self.shown: ReplyTemplate | None = None  # as stored: what the fields are compared with
        self._shown_row = -1
        self._shown_language = 0

        self.language = ChoiceBox()
        self.language.setAccessibleName(self.tr("Language of the templates"))
        for code in REPLY_LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        start = normalise_language(language or QLocale().name())
        self.language.setCurrentIndex(max(0, self.language.findData(start)))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.currentRowChanged.connect(self._row_changed)

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Template name"))
        self.kind = ChoiceBox()
        self.kind.setAccessibleName(self.tr("Kind of review"))
        for kind in ReplyKind:
            self.kind.addItem(reply_kind_label(kind), kind.value)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Template text"))
        self.text.textChanged.connect(self._check)
        self.help = QLabel(
            self.tr(
                "Placeholders: {greeting} {first_name} {practice_name} {contact} "
                "{contact_phone} {contact_email} {signer}"
            )
        )
        self.help.setTextFormat(Qt.TextFormat.PlainText)
        self.help.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setObjectName("templateProblems")
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c62828;")

        save = QPushButton(self.tr("Save changes"))
        save.clicked.connect(self.save_current)
        add = QPushButton(self.tr("New template"))
        add.setObjectName("newTemplate")
        add.setToolTip(
            self.tr("Start an empty template: the greeting and the signature, the rest yours")
        )
        add.clicked.connect(self.add_new)
        remove = QPushButton(self.tr("Delete"))
        remove.clicked.connect(self.delete_current)
        restore = QPushButton(self.tr("Restore the defaults"))
        restore.clicked.connect(self.restore_defaults)
        self.save_button = save

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("For:"), self.kind)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.text, 1)
        right.addWidget(self.help)
        right.addWidget(self.problems)
        row = QHBoxLayout()
        for button in (save, add, remove, restore):
            row.addWidget(button)
        right.addLayout(row)
        left = QVBoxLayout()
        left.addWidget(self.language)
        left.addWidget(self.list, 1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.reload()

    def language_code(self) -> str:
        return str(self.language.currentData())

    def reload(self, select_key: str | None = None) -> None:
        self.templates = list_templates(self.db, self.language_code())
        self.list.blockSignals(True)
        self.list.clear()
        for template in self.templates:
            label = f"{reply_kind_label(template.kind)} — {template.name}"
            if template.customised:
                label = then_text(label, self.tr("(edited)"))
            QListWidgetItem(label, self.list)
        keys = [t.key for t in self.templates]
        self.list.setCurrentRow(keys.index(select_key) if select_key in keys else 0)
        self.list.blockSignals(False)
        self._show(self.list.currentRow())

    def current(self) -> ReplyTemplate | None:
        row = self.list.currentRow()
        return self.templates[row] if 0 <= row < len(self.templates) else None

    def _show(self, row: int) -> None:
        template = self.templates[row] if 0 <= row < len(self.templates) else None
        self.name.setText(template.name if template else "")
        self.text.setPlainText(template.text if template else "")
        if template is not None:
            self.kind.setCurrentIndex(self.kind.findData(template.kind.value))
        self.shown = template
        self._shown_row = row
        self._shown_language = self.language.currentIndex()

    # -- leaving a template: what she typed is saved or dropped only when she says so --------
    def has_unsaved_changes(self) -> bool:
        shown = self.shown
        if shown is None:
            return False
        return (
            self.text.toPlainText() != shown.text
            or (self.name.text().strip() or shown.name) != shown.name
            or self.kind.currentData() != shown.kind.value
        )

    def _may_leave(self) -> bool:
        """True when the template shown may be left: unchanged, saved, or its changes dropped."""
        if not self.has_unsaved_changes() or self.shown is None:
            return True
        name = self.shown.name
        Button = QMessageBox.StandardButton
        if self.save_button.isEnabled():
            question = self.tr("Save the changes to the template “{name}”?").format(name=name)
            answer = ask_about_unsaved(
                self,
                self.windowTitle(),
                question,
                discard=self.tr("Don't save"),
                save=self.tr("Save"),
            )
        else:
            question = self.tr(
                "The changes to the template “{name}” cannot be saved: the note in red under "
                "the text says why. Discard them?"
            ).format(name=name)
            answer = ask_about_unsaved(
                self, self.windowTitle(), question, discard=self.tr("Discard the changes")
            )
        if answer == Button.Save:
            self.save_current()
            return True
        return answer == Button.Discard

    def _row_changed(self, row: int) -> None:
        if row == self._shown_row:
            return
        wanted = self.templates[row].key if 0 <= row < len(self.templates) else None
        if not self._may_leave():
            self.list.blockSignals(True)
            self.list.setCurrentRow(self._shown_row)  # back to the template she was editing
            self.list.blockSignals(False)
            return
        keys = [t.key for t in self.templates]
        if wanted in keys and keys.index(wanted) != self.list.currentRow():
            self.reload(select_key=wanted)  # saving re-read the list
        else:
            self._show(self.list.currentRow())

    def _language_changed(self, _index: int) -> None:
        if self.language.currentIndex() == self._shown_language:
            return
        if not self._may_leave():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(self._shown_language)
            self.language.blockSignals(False)
            return
        self.reload()

    def reject(self) -> None:
        """Close, Escape and the window's cross: unsaved changes are asked about first."""
        if self._may_leave():
            super().reject()

    def _check(self) -> None:
        """The guard on the template text itself: a template must never break the rules."""
        findings = find_confidentiality_problems(
            self.text.toPlainText(), language=self.language_code()
        )
        self.problems.setText(
            "\n".join(f"“{f.text}”: {f.reason}" for f in findings) if findings else ""
        )
        self.save_button.setEnabled(not findings and bool(self.text.toPlainText().strip()))

    def save_current(self) -> None:
        template = self.shown  # when she moves on from an edited one, the row is already the next
        if template is None or not self.save_button.isEnabled():
            return
        update_template(
            self.db,
            template,
            name=self.name.text().strip() or template.name,
            text=self.text.toPlainText(),
            kind=ReplyKind(self.kind.currentData()),
        )
        self.reload(select_key=template.key)

    def add_new(self) -> None:
        """A new, empty template: the greeting and the signature, the words between hers to
        write. (It copied the text shown under the name "New template", so she could not tell
        it from the one she had copied, and an unsaved edit of that one went into it.)"""
        if not self._may_leave():
            return
        kind = ReplyKind(self.kind.currentData() or ReplyKind.PRAISE.value)
        created = add_template(
            self.db, self.language_code(), kind, self.tr("New template"), NEW_TEMPLATE_TEXT
        )
        self.reload(select_key=created.key)
        # her first keys name it (after the question, if one was asked, has given the focus
        # back to where it was)
        QTimer.singleShot(0, self, self._type_the_name)

    def _type_the_name(self) -> None:
        self.name.setFocus()
        self.name.selectAll()

    def delete_current(self) -> None:
        template = self.current()
        if template is None:
            return
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Delete the template “{name}”?").format(name=template.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            delete_template(self.db, template)
            self.reload()

    def restore_defaults(self) -> None:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "Restore the original templates in this language? Your edits to them are "
                "undone; templates you added yourself stay."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            restore_default_templates(self.db, self.language_code())
            self.reload()
