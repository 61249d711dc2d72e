"""The practice manager tells clinicrep, in Settings > Drafting, what the practice does about
waiting (once for Polish replies, once for English ones) and connects a local AI service:
the facts come back when she reopens Settings, drafts use them, and the key lands in the
keyring, never in the database."""

from __future__ import annotations

from clinicrep import paths
from clinicrep.drafting.compose import fact_key
from clinicrep.settings import load_settings
from clinicrep.ui.settings_dialog import SettingsDialog

POLISH_FACT = "Od listopada rano pracuje druga osoba w rejestracji."
ENGLISH_FACT = "We added a second receptionist in the mornings."
KEY = "sk-local-key-for-the-practice"


def _drafting_tab(dialog: SettingsDialog) -> None:
    for index in range(dialog.tabs.count()):
        if dialog.tabs.tabText(index) == "Drafting":
            dialog.tabs.setCurrentIndex(index)
            return
    raise AssertionError("no Drafting tab")


def test_facts_per_language_and_the_ai_service_are_kept(window, qtbot, seeded_db, memory_keyring):
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    _drafting_tab(dialog)
    form = dialog.drafting
    assert not form.ai_enabled.isChecked() and not form.ai_base_url.isEnabled()  # off at first

    form.fact_language.setCurrentIndex(form.fact_language.findText("Polish"))
    form.fact_edits["waiting"].setText(POLISH_FACT)
    form.fact_language.setCurrentIndex(form.fact_language.findText("English"))
    assert form.fact_edits["waiting"].text() == ""  # each language has its own sentences
    form.fact_edits["waiting"].setText(ENGLISH_FACT)
    form.ai_enabled.setChecked(True)
    form.ai_base_url.setText("http://127.0.0.1:8080/v1")
    form.ai_model.setText("qwen2.5-7b-instruct")
    form.ai_key.setText(KEY)
    dialog.accept()
    window.apply_settings(dialog.result_settings())
    window.close()

    settings = load_settings(seeded_db)
    assert settings.practice_facts[fact_key("pl", "waiting")] == POLISH_FACT
    assert settings.practice_facts[fact_key("en", "waiting")] == ENGLISH_FACT
    assert settings.ai_drafting and settings.ai_model == "qwen2.5-7b-instruct"
    assert memory_keyring.passwords[("clinicrep", "drafting:api_key")] == KEY
    assert KEY.encode() not in paths.db_path().read_bytes()

    reopened = SettingsDialog(settings, None)
    qtbot.addWidget(reopened)
    form = reopened.drafting
    form.fact_language.setCurrentIndex(form.fact_language.findText("Polish"))
    assert form.fact_edits["waiting"].text() == POLISH_FACT
    assert form.ai_key.text() == ""  # the key is never shown again


def test_the_examples_are_in_the_language_the_drafts_are_written_in(qtbot):
    """The window in Russian, the practice answering in Polish: Settings > Drafting shows
    its examples in Polish, the language the sentences are to be typed in; "Replies in:"
    English shows them in English. The rest of the tab stays in the window's language."""
    from dataclasses import replace

    from PySide6.QtWidgets import QApplication

    from clinicrep.i18n import install_translators
    from clinicrep.settings import Settings

    install_translators(QApplication.instance(), "ru")
    try:
        settings = replace(Settings(), reply_languages=["pl"])
        dialog = SettingsDialog(settings, None)
        qtbot.addWidget(dialog)
        form = dialog.drafting
        waiting = form.fact_edits["waiting"]
        assert form.fact_language.currentData() == "pl"
        assert waiting.placeholderText() == "np. Dzwonimy, gdy lekarz się spóźnia."
        assert waiting.accessibleDescription().startswith("Что")  # the window's Russian

        form.fact_language.setCurrentIndex(form.fact_language.findData("en"))
        assert waiting.placeholderText() == "e.g. We now call if a doctor runs late."
        form.fact_language.setCurrentIndex(form.fact_language.findData("zh"))
        assert waiting.placeholderText().startswith("例如")
        form.fact_language.setCurrentIndex(form.fact_language.findData("ru"))
        assert waiting.placeholderText() == "напр. Звоним, если врач задерживается."
    finally:
        install_translators(QApplication.instance(), "en")
