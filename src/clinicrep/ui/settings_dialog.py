"""Settings: the practice, replies, answer times, checks and alerts, language and look."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clinicrep.settings import PRACTICE_COUNTRIES, THEMES, UI_LANGUAGES, Settings
from clinicrep.ui.monitoring_settings import MonitoringForm

# each UI language named in itself, so a user who cannot read the current one finds theirs
NATIVE_LANGUAGE_NAMES = {
    "en": "English",
    "ru": "Русский",
    "uk": "Українська",
    "pl": "Polski",
    "zh_CN": "简体中文",
}
REPLY_LANGUAGES = ("en", "ru", "uk", "pl", "zh")


class SettingsDialog(QDialog):
    def __init__(
        self, settings: Settings, parent: QWidget | None = None, *, installer: object = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings

        self.practice_name = QLineEdit(settings.practice_name)
        self.contact_phone = QLineEdit(settings.contact_phone)
        self.contact_email = QLineEdit(settings.contact_email)
        self.signer = QLineEdit(settings.signer)
        self.signer.setPlaceholderText(self.tr("e.g. Anna Nowak, practice manager"))
        self.reply_languages = QLineEdit(", ".join(settings.reply_languages))
        self.reply_languages.setToolTip(
            self.tr("Languages the practice answers in, e.g. en, pl, ru, uk, zh")
        )
        self.country = QComboBox()
        for code, label in zip(PRACTICE_COUNTRIES, self._country_names(), strict=True):
            self.country.addItem(label, code)
        self.country.setCurrentIndex(max(0, self.country.findData(settings.practice_country)))
        country_note = QLabel(
            self.tr(
                "The reply guard applies this country's confidentiality rules and cites its law."
            )
        )
        country_note.setWordWrap(True)
        practice = QFormLayout()
        practice.addRow(self.tr("Practice name:"), self.practice_name)
        practice.addRow(self.tr("Country:"), self.country)
        practice.addRow("", country_note)
        practice.addRow(self.tr("Phone for replies:"), self.contact_phone)
        practice.addRow(self.tr("E-mail for replies:"), self.contact_email)
        practice.addRow(self.tr("Replies signed by:"), self.signer)
        practice.addRow(self.tr("Reply languages:"), self.reply_languages)

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
        self.spike.setToolTip(
            self.tr(
                "Alert when negative reviews in a day or week exceed the usual rate this many times"
            )
        )
        self.urgent = QSpinBox()
        self.urgent.setRange(1, 100)
        self.urgent.setValue(settings.urgent_threshold)
        timing = QFormLayout()
        timing.addRow(self.tr("Aim to answer within:"), self.target)
        timing.addRow(self.tr("Answer at the latest within:"), self.limit)
        timing.addRow(self.tr("Check for new reviews every:"), self.interval)
        timing.addRow(self.tr("Spike alert threshold:"), self.spike)
        timing.addRow(self.tr("Urgent review alert from urgency:"), self.urgent)

        self.ui_language = QComboBox()
        self.ui_language.addItem(self.tr("Same as the system"), "")
        for code in UI_LANGUAGES:
            self.ui_language.addItem(NATIVE_LANGUAGE_NAMES[code], code)
        self.ui_language.setCurrentIndex(max(0, self.ui_language.findData(settings.ui_language)))
        self.theme = QComboBox()
        for code, label in zip(
            THEMES, (self.tr("Same as the system"), self.tr("Light"), self.tr("Dark")), strict=True
        ):
            self.theme.addItem(label, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        look = QFormLayout()
        look.addRow(self.tr("Language of clinicrep:"), self.ui_language)
        look.addRow(self.tr("Colours:"), self.theme)

        self.monitoring = MonitoringForm(settings, self, installer=installer)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for title, form in (
            (self.tr("The practice"), practice),
            (self.tr("Answer times, checks and alerts"), timing),
            (self.tr("Language and look"), look),
        ):
            box = QGroupBox(title)
            box.setLayout(form)
            layout.addWidget(box)
        layout.addWidget(self.monitoring)
        layout.addWidget(buttons)
        for widget in self.findChildren(QWidget):
            if not widget.accessibleName() and isinstance(widget, (QLineEdit, QSpinBox, QComboBox)):
                label = (
                    practice.labelForField(widget)
                    or timing.labelForField(widget)
                    or look.labelForField(widget)
                )
                if label is not None:
                    widget.setAccessibleName(label.text().rstrip(":"))

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
            part.strip() for part in self.reply_languages.text().replace(";", ",").split(",")
        ]
        languages = [code for code in languages if code in REPLY_LANGUAGES] or ["en"]
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
            ui_language=self.ui_language.currentData() or "",
            theme=self.theme.currentData() or "system",
            **self.monitoring.values(),
        )

    def accept(self) -> None:
        if self.monitoring.save_password():  # the SMTP password goes to the keyring only
            super().accept()
