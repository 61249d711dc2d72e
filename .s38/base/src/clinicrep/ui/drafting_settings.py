"""Settings > Drafting: what the practice does about each kind of problem (used by the
composed drafts, per reply language), and the optional AI model (off by default; the key
goes to the keyring only)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clinicrep.drafting.compose import CREDENTIALS, fact_key
from clinicrep.errors import NoSecureStorage
from clinicrep.labels import aspect_label, field_label, language_label
from clinicrep.messages import user_message
from clinicrep.model import Aspect
from clinicrep.reports.language import ReportLanguage
from clinicrep.settings import Settings
from clinicrep.ui.choice_box import ChoiceBox
from clinicrep.ui.monitoring_settings import explained_row
from clinicrep.ui.placeholder_fit import keep_placeholder_whole

FACT_LANGUAGES = ("en", "ru", "uk", "pl", "zh")

# An example per row, short: a placeholder is cut, not wrapped, where the row is narrow; one
# that fits the row ("a second receptionist" under Parking misled). Shown in the language of
# "Replies in:", the language the sentences are to be written in, not the window's.
_EXAMPLES = {
    Aspect.DOCTOR: QT_TRANSLATE_NOOP("DraftingForm", "e.g. Doctors now keep time for questions."),
    Aspect.NURSE: QT_TRANSLATE_NOOP(
        "DraftingForm", "e.g. A nurse now checks in after each procedure."
    ),
    Aspect.RECEPTION: QT_TRANSLATE_NOOP(
        "DraftingForm", "e.g. We added a second receptionist in the mornings."
    ),
    Aspect.WAITING: QT_TRANSLATE_NOOP("DraftingForm", "e.g. We now call if a doctor runs late."),
    Aspect.SCHEDULING: QT_TRANSLATE_NOOP(
        "DraftingForm", "e.g. Appointments can now be booked online."
    ),
    Aspect.PRICE: QT_TRANSLATE_NOOP(
        "DraftingForm", "e.g. Our prices are on the website and at the desk."
    ),
    Aspect.FACILITIES: QT_TRANSLATE_NOOP(
        "DraftingForm", "e.g. The waiting room is now cleaned twice a day."
    ),
    Aspect.COMMUNICATION: QT_TRANSLATE_NOOP(
        "DraftingForm", "e.g. Everyone now gets a written visit summary."
    ),
    Aspect.OUTCOME: QT_TRANSLATE_NOOP(
        "DraftingForm", "e.g. Our head doctor reviews every such complaint."
    ),
    Aspect.ACCESS: QT_TRANSLATE_NOOP(
        "DraftingForm", "e.g. Free parking is now behind the building."
    ),
}


class DraftingForm(QWidget):
    """The Drafting tab's rows; ``values()`` gives its part of the settings."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftingSettings")
        self._facts = dict(settings.practice_facts)
        self._shown_language = ""

        facts_box = QGroupBox(self.tr("What the practice does about problems"))
        facts_form = QFormLayout(facts_box)
        self.fact_language = ChoiceBox()
        self.fact_language.setAccessibleName(self.tr("Language of the facts"))
        for code in FACT_LANGUAGES:
            self.fact_language.addItem(language_label(code), code)
        first = settings.reply_languages[0] if settings.reply_languages else "en"
        self.fact_language.setCurrentIndex(max(0, self.fact_language.findData(first)))
        explained_row(
            facts_form,
            self.tr("Replies in:"),
            self.fact_language,
            self.tr(
                "Drafts in this language use the sentences below. Write them in that language; "
                "leave a row empty for a general sentence."
            ),
        )
        self.fact_edits: dict[str, QLineEdit] = {}
        for aspect in Aspect:
            edit = QLineEdit()
            edit.setAccessibleName(aspect_label(aspect))
            edit.setAccessibleDescription(
                self.tr(
                    "What the practice does about complaints of this kind, said in drafts "
                    "that answer one."
                )
            )
            facts_form.addRow(field_label(aspect_label(aspect)), edit)
            self.fact_edits[aspect.value] = edit
        credentials = QLineEdit()
        credentials.setAccessibleName(self.tr("Facts against misinformation"))
        explained_row(
            facts_form,
            self.tr("Facts against misinformation:"),
            credentials,
            self.tr("For example your licence and where it is registered. Never a patient's case."),
        )
        self.fact_edits[CREDENTIALS] = credentials
        self.facts_source = QLineEdit(settings.facts_source)
        self.facts_source.setAccessibleName(self.tr("Where the facts can be checked"))
        explained_row(
            facts_form,
            self.tr("Where the facts can be checked:"),
            self.facts_source,
            self.tr("A public register's name or a link, quoted in replies to misinformation."),
        )
        self.fact_language.currentIndexChanged.connect(self._show_facts)

        ai_box = QGroupBox(self.tr("AI drafts (optional)"))
        ai_form = QFormLayout(ai_box)
        self.ai_enabled = QCheckBox(self.tr("Ask an AI model for drafts"))
        self.ai_enabled.setChecked(settings.ai_drafting)
        explained_row(
            ai_form,
            None,
            self.ai_enabled,
            self.tr(
                "Off: drafts are composed on this computer. On: the review's public text, its "
                "aspects and your facts go to the service below; you see the request before the "
                "first one is sent. Every draft is checked by the guard and you publish it."
            ),
        )
        self.ai_base_url = QLineEdit(settings.ai_base_url)
        self.ai_base_url.setPlaceholderText("http://127.0.0.1:8080/v1")
        explained_row(
            ai_form,
            self.tr("Service address:"),
            self.ai_base_url,
            self.tr(
                "Any service that speaks the OpenAI chat completions API: llama.cpp, Ollama, "
                "LM Studio, vLLM or a provider you chose."
            ),
        )
        self.ai_model = QLineEdit(settings.ai_model)
        explained_row(
            ai_form, self.tr("Model:"), self.ai_model, self.tr("The model name the service uses.")
        )
        self.ai_key = QLineEdit()
        self.ai_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.ai_key.setPlaceholderText(self.tr("unchanged"))
        explained_row(
            ai_form,
            self.tr("Key:"),
            self.ai_key,
            self.tr(
                "Saved securely in this computer's password store. Leave empty for a service "
                "that runs on this computer."
            ),
        )
        self.ai_timeout = QSpinBox()
        self.ai_timeout.setRange(5, 600)
        self.ai_timeout.setSuffix(self.tr(" s"))
        self.ai_timeout.setValue(settings.ai_timeout_seconds)
        explained_row(
            ai_form,
            self.tr("Wait at most:"),
            self.ai_timeout,
            self.tr("After this the composed draft stays in the editor."),
        )
        self.ai_enabled.toggled.connect(self._enable_ai_rows)
        self._enable_ai_rows(self.ai_enabled.isChecked())

        layout = QVBoxLayout(self)
        layout.addWidget(facts_box)
        layout.addWidget(ai_box)
        layout.addStretch(1)
        self._show_facts()

    def _enable_ai_rows(self, on: bool) -> None:
        for widget in (self.ai_base_url, self.ai_model, self.ai_key, self.ai_timeout):
            widget.setEnabled(on)

    def _keep_shown_facts(self) -> None:
        if not self._shown_language:
            return
        for subject, edit in self.fact_edits.items():
            key = fact_key(self._shown_language, subject)
            text = " ".join(edit.text().split())
            if text:
                self._facts[key] = text
            else:
                self._facts.pop(key, None)

    def _show_facts(self, _index: int = 0) -> None:
        self._keep_shown_facts()
        language = self.fact_language.currentData() or "en"
        for subject, edit in self.fact_edits.items():
            edit.setText(self._facts.get(fact_key(language, subject), ""))
        self._shown_language = language
        words = ReportLanguage(language)  # that language's translations, the window's kept
        for aspect, example in _EXAMPLES.items():
            # the example is the box's only hint: whole, the tab scrolls on a small screen
            keep_placeholder_whole(
                self.fact_edits[aspect.value], words.translate("DraftingForm", str(example))
            )

    def values(self) -> dict[str, object]:
        self._keep_shown_facts()
        return {
            "practice_facts": dict(self._facts),
            "facts_source": self.facts_source.text().strip(),
            "ai_drafting": self.ai_enabled.isChecked(),
            "ai_base_url": self.ai_base_url.text().strip(),
            "ai_model": self.ai_model.text().strip(),
            "ai_timeout_seconds": self.ai_timeout.value(),
        }

    def save_key(self) -> bool:
        """A newly typed key goes to the keyring; False (and a message) where it cannot."""
        typed = self.ai_key.text().strip()
        if not typed:
            return True
        from clinicrep.drafting.ai import save_api_key

        try:
            save_api_key(typed)
        except NoSecureStorage as e:
            QMessageBox.warning(self, self.tr("Drafting"), user_message(e))
            return False
        self.ai_key.clear()
        return True
