"""Settings: the practice, replies, answer times, checks and alerts, language and look."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clinicrep.labels import language_label
from clinicrep.settings import (
    PRACTICE_COUNTRIES,
    REPLY_LANGUAGES,
    THEMES,
    UI_LANGUAGES,
    Settings,
)
from clinicrep.ui.choice_box import ChoiceBox
from clinicrep.ui.database_settings import DatabasePage
from clinicrep.ui.drafting_settings import DraftingForm
from clinicrep.ui.learning_settings import LearningBox
from clinicrep.ui.monitoring_settings import MonitoringForm, explained_row
from clinicrep.ui.placeholder_fit import keep_placeholder_whole
from clinicrep.ui.this_pc_settings import ThisPcForm
from clinicrep.ui.unsaved_question import ask_about_unsaved

# each UI language named in itself, so a user who cannot read the current one finds theirs
NATIVE_LANGUAGE_NAMES = {
    "en": "English",
    "ru": "Русский",
    "uk": "Українська",
    "pl": "Polski",
    "zh_CN": "简体中文",
}


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        installer: object = None,
        db_path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings

        self.practice_name = QLineEdit(settings.practice_name)
        self.contact_phone = QLineEdit(settings.contact_phone)
        self.contact_email = QLineEdit(settings.contact_email)
        self.signer = QLineEdit(settings.signer)
        keep_placeholder_whole(self.signer, self.tr("e.g. Anna Nowak, practice manager"))
        # the languages by name, ticked: a receptionist does not know "pl" or "zh"
        self.reply_language_boxes: dict[str, QCheckBox] = {}
        self.reply_languages = QWidget()
        self.reply_languages.setObjectName("replyLanguages")
        grid = QGridLayout(self.reply_languages)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, code in enumerate(REPLY_LANGUAGES):
            box = QCheckBox(language_label(code))
            box.setChecked(code in settings.reply_languages)
            self.reply_language_boxes[code] = box
            grid.addWidget(box, index // 3, index % 3)
        grid.setColumnStretch(3, 1)
        self.country = ChoiceBox()
        for code, label in zip(PRACTICE_COUNTRIES, self._country_names(), strict=True):
            self.country.addItem(label, code)
        self.country.setCurrentIndex(max(0, self.country.findData(settings.practice_country)))
        practice = QFormLayout()
        self.practice_form = practice  # other rows of the practice (e.g. its country) go here
        explain = explained_row
        explain(
            practice,
            self.tr("Practice name:"),
            self.practice_name,
            self.tr("Used in replies and on every page of the monthly report."),
        )
        explain(
            practice,
            self.tr("Country:"),
            self.country,
            self.tr(
                "The reply guard applies this country's confidentiality rules and cites its law."
            ),
        )
        explain(
            practice,
            self.tr("Phone for replies:"),
            self.contact_phone,
            self.tr("Offered in replies to complaints, so the reviewer can call you privately."),
        )
        explain(
            practice,
            self.tr("E-mail for replies:"),
            self.contact_email,
            self.tr("Offered in replies to complaints as a private way to write to you."),
        )
        explain(
            practice,
            self.tr("Replies signed by:"),
            self.signer,
            self.tr("The name and role at the end of each reply."),
        )
        explain(
            practice,
            self.tr("Reply languages:"),
            self.reply_languages,
            self.tr("Tick the languages you answer reviews in."),
        )

        self.target = self._hours(settings.answer_target_hours)
        self.limit = self._hours(settings.answer_limit_hours)
        self.interval = QSpinBox()
        self.interval.setRange(5, 24 * 60)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setValue(settings.sync_interval_minutes)
        self.spike = QDoubleSpinBox()
        self.spike.setRange(1.5, 20.0)
        self.spike.setSingleStep(0.5)
        self.spike.setSuffix("×")
        self.spike.setValue(settings.spike_threshold)
        self.urgent = QSpinBox()
        self.urgent.setRange(1, 100)
        self.urgent.setValue(settings.urgent_threshold)
        self.history_days = QSpinBox()
        self.history_days.setRange(1, 365)
        self.history_days.setSuffix(self.tr(" days"))
        self.history_days.setValue(settings.imported_history_days)
        timing = QFormLayout()
        self.timing_form = timing
        explain(
            timing,
            self.tr("Aim to answer within:"),
            self.target,
            self.tr("After this, the inbox shows the review as late for your aim."),
        )
        explain(
            timing,
            self.tr("Answer at the latest within:"),
            self.limit,
            self.tr("After this, the review counts as overdue."),
        )
        explain(
            timing,
            self.tr("Check for new reviews every:"),
            self.interval,
            self.tr("How often the open window fetches reviews from the connected platforms."),
        )
        explain(
            timing,
            self.tr("Spike alert threshold:"),
            self.spike,
            self.tr(
                "Alert when negative reviews in a day or week exceed the usual rate this many "
                "times."
            ),
        )
        explain(
            timing,
            self.tr("Urgent review alert from urgency:"),
            self.urgent,
            self.tr("A review with at least this urgency (1–100) raises an alert."),
        )
        explain(
            timing,
            self.tr("Imported reviews are history when older than:"),
            self.history_days,
            self.tr(
                "Counted from the day of the import; history is never overdue and stays out "
                "of “Needs attention”."
            ),
        )

        self.ui_language = ChoiceBox()
        self.ui_language.addItem(self.tr("Same as the system"), "")
        for code in UI_LANGUAGES:
            self.ui_language.addItem(NATIVE_LANGUAGE_NAMES[code], code)
        self.ui_language.setCurrentIndex(max(0, self.ui_language.findData(settings.ui_language)))
        self.theme = ChoiceBox()
        for code, label in zip(
            THEMES, (self.tr("Same as the system"), self.tr("Light"), self.tr("Dark")), strict=True
        ):
            self.theme.addItem(label, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        look = QFormLayout()
        explain(
            look,
            self.tr("Language of clinicrep:"),
            self.ui_language,
            self.tr("Menus and messages switch at once, without a restart."),
        )
        explain(
            look,
            self.tr("Colours:"),
            self.theme,
            self.tr("Light, dark, or as your system is set."),
        )

        # what the analysis learned from the practice (issue 19); needs the store
        self.learning: LearningBox | None = None
        if db_path is not None:
            self.learning = LearningBox(settings, db_path, self)
            timing.addRow(self.learning)

        self.drafting = DraftingForm(settings, self)
        self.this_pc = ThisPcForm(settings, self)
        self._station_shown = self.this_pc.result_workstation()  # to see what she changed
        self.monitoring = MonitoringForm(settings, self, installer=installer)
        self.monitoring.setFlat(True)
        self.monitoring.setTitle("")
        # where this PC keeps the reviews (its own, not the store's: saved apart)
        self.database = DatabasePage(self)
        self.store_changed = False
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        # a page per subject, each scrolling on its own: Save and Cancel stay in view on a
        # 1280x800 screen (and at 200 % scaling), whatever the language. The pages are named
        # in a list on the left, as in most settings windows: a row of seven tabs made the
        # dialog 1240 px wide in Polish, wider than a 1024 px screen
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.tabBar().hide()
        self.tabs.setDocumentMode(True)
        self.pages = QListWidget()
        self.pages.setObjectName("settingsPages")
        self.pages.setAccessibleName(self.tr("Settings pages"))
        self.pages.setSpacing(3)  # a little air between the names: easier to aim at
        for title, content in (
            (self.tr("Practice"), practice),
            (self.tr("Answers and alerts"), timing),
            (self.tr("Drafting"), self.drafting),
            (self.tr("Monitoring and e-mail"), self.monitoring),
            (self.tr("Language and look"), look),
            (self.tr("Database"), self.database),
            (self.tr("This PC"), self.this_pc),
        ):
            self.tabs.addTab(_scrolling(content), title)
            self.pages.addItem(title)
        self.pages.setCurrentRow(0)
        self.pages.currentRowChanged.connect(self.tabs.setCurrentIndex)
        self.tabs.currentChanged.connect(self.pages.setCurrentRow)
        self.pages.setFixedWidth(self.pages.sizeHintForColumn(0) + 2 * self.pages.frameWidth() + 16)
        body = QHBoxLayout()
        body.addWidget(self.pages)
        body.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        for widget in self.findChildren(QWidget):
            if not widget.accessibleName() and isinstance(widget, (QLineEdit, QSpinBox, QComboBox)):
                field_label = (
                    practice.labelForField(widget)
                    or timing.labelForField(widget)
                    or look.labelForField(widget)
                )
                if isinstance(field_label, QLabel):
                    widget.setAccessibleName(field_label.text().rstrip(":"))
        # the learning box in view too; fits 1280x800 with a title bar, and 1024x768
        self.resize(min(self.pages.width() + 720, 980), 680)

    def _country_names(self) -> list[str]:
        return [
            self.tr("United States"),
            self.tr("United Kingdom"),
            self.tr("Russia"),
            self.tr("Ukraine"),
            self.tr("Poland"),
            self.tr("China"),
            self.tr("Another country"),
        ]

    def _hours(self, value: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(1, 24 * 14)
        box.setSuffix(self.tr(" h"))
        box.setValue(value)
        return box

    def result_settings(self) -> Settings:
        languages = [
            code for code, box in self.reply_language_boxes.items() if box.isChecked()
        ] or ["en"]
        target = self.target.value()
        limit = max(self.limit.value(), target)
        return replace(
            self._settings,
            practice_name=self.practice_name.text().strip(),
            practice_country=self.country.currentData() or "other",
            contact_phone=self.contact_phone.text().strip(),
            contact_email=self.contact_email.text().strip(),
            signer=self.signer.text().strip(),
            reply_languages=languages,
            answer_target_hours=target,
            answer_limit_hours=limit,
            sync_interval_minutes=self.interval.value(),
            spike_threshold=float(self.spike.value()),
            urgent_threshold=self.urgent.value(),
            imported_history_days=self.history_days.value(),
            ui_language=self.ui_language.currentData() or "",
            theme=self.theme.currentData() or "system",
            **self.monitoring.values(),
            **self.drafting.values(),  # type: ignore[arg-type]
            approval_required=self.this_pc.approval_required(),
            learning_enabled=(
                self.learning.enabled.isChecked()
                if self.learning is not None
                else self._settings.learning_enabled
            ),
        )

    def has_unsaved_changes(self) -> bool:
        return (
            self.result_settings() != self._settings
            or self.this_pc.result_workstation() != self._station_shown
            or self.database.changed()
            or bool(self.monitoring.smtp_password.text())
        )

    def reject(self) -> None:
        """Cancel, Escape or the window's cross after a change: asked before it goes."""
        if self.has_unsaved_changes():
            answer = ask_about_unsaved(
                self,
                self.windowTitle(),
                self.tr("Close the settings without saving your changes?"),
                discard=self.tr("Close without saving"),
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def accept(self) -> None:
        if self.monitoring.not_addresses():
            # the page with the wrong address in view, then why: nothing she typed is dropped
            pages = (self.tabs.widget(i) for i in range(self.tabs.count()))
            page = next(p for p in pages if p is not None and p.isAncestorOf(self.monitoring))
            self.tabs.setCurrentWidget(page)
            self.monitoring.addresses_ok()
            return
        # the SMTP password and the AI key go to the keyring only
        if (
            self.monitoring.save_password()
            and self.drafting.save_key()
            and self.database.ready_to_save()
        ):
            self.store_changed = self.database.save()
            super().accept()


def _scrolling(content: QLayout | QWidget) -> QScrollArea:
    """A tab's page: its rows, scrolling when the screen is too short for them."""
    if isinstance(content, QLayout):
        page = QWidget()
        page.setLayout(content)
    else:
        page = content
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(page)
    return area
