"""The practice sets itself up: settings that stick, and a platform connected safely."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from clinicrep import paths
from clinicrep.guidelines.confidentiality import find_confidentiality_problems
from clinicrep.secrets import source_owner
from clinicrep.settings import load_settings
from clinicrep.store.sources import list_sources
from clinicrep.ui.inbox_model import Column
from clinicrep.ui.settings_dialog import SettingsDialog
from clinicrep.ui.sources_dialog import SourceForm


def test_settings_persist_across_a_restart_and_apply_at_once(window, qtbot, seeded_db):
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.practice_name.setText("Przychodnia Zdrowie")
    dialog.limit.setValue(120)  # answer within 120 h: nothing of ours is overdue any more
    dialog.target.setValue(24)
    window.apply_settings(dialog.result_settings())
    limits = [
        window.model.index(r, Column.TIME_LEFT).data() for r in range(window.model.rowCount())
    ]
    assert not any(text.startswith("overdue") for text in limits)
    window.close()
    reopened = load_settings(seeded_db)
    assert reopened.practice_name == "Przychodnia Zdrowie" and reopened.answer_limit_hours == 120


def test_the_practices_country_picks_the_law_the_reply_guard_cites(window, qtbot, seeded_db):
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    assert dialog.country.currentData() == "other"  # a fresh practice: every rule, no one law
    dialog.country.setCurrentIndex(dialog.country.findText("Poland"))
    window.apply_settings(dialog.result_settings())
    window.close()
    settings = load_settings(seeded_db)
    assert settings.practice_country == "PL"
    reopened = SettingsDialog(settings, None)
    qtbot.addWidget(reopened)
    assert reopened.country.currentText() == "Poland"
    findings = find_confidentiality_problems(
        "Dziękujemy za wizytę 3 marca!", language="pl", country=settings.practice_country
    )
    assert findings and all("patient rights" in f.law for f in findings)


def test_answer_limit_below_the_target_is_raised_to_the_target(window, qtbot):
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.target.setValue(48)
    dialog.limit.setValue(12)
    result = dialog.result_settings()
    assert (result.answer_target_hours, result.answer_limit_hours) == (48, 48)


def test_connecting_facebook_keeps_the_token_in_the_keyring_not_the_database(
    qtbot, db, memory_keyring
):
    form = SourceForm(None)
    qtbot.addWidget(form)
    form.kind.setCurrentIndex(form.kind.findData("facebook"))
    assert "retiring" in form.note.text()
    form.inputs["page_id"].setText("1234567890")
    form.secret_inputs["page_access_token"].setText("EAAtoken-for-test-only-123")
    assert form.missing() == []
    source = form.save(db)
    [stored] = list_sources(db)
    assert stored.settings["page_id"] == "1234567890"
    key = ("clinicrep", f"{source_owner(source.id)}:page_access_token")
    assert memory_keyring.passwords[key] == "EAAtoken-for-test-only-123"
    db.close()
    raw = paths.db_path().read_bytes()
    wal = paths.db_path().with_name(paths.db_path().name + "-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    assert b"EAAtoken-for-test-only-123" not in raw


def test_a_missing_required_field_is_named(qtbot, db):
    form = SourceForm(None)
    qtbot.addWidget(form)
    form.kind.setCurrentIndex(form.kind.findData("facebook"))
    assert "Page ID" in form.missing()

    def close_warning() -> None:
        box = QApplication.activeModalWidget()
        if box is not None and box is not form:
            assert "Page ID" in box.text()
            box.close()

    QTimer.singleShot(100, close_warning)
    form.accept()
    assert form.result() != QDialog.DialogCode.Accepted


def test_trustpilot_sign_in_asks_once_and_keeps_only_tokens(qtbot, db, memory_keyring, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from clinicrep.model import Platform, Source, SourceKind
    from clinicrep.secrets import TokenStore
    from clinicrep.store.sources import add_source
    from clinicrep.ui.sources_dialog import SourcesDialog
    from fakes.trustpilot_server import (
        API_KEY,
        API_SECRET,
        BUSINESS_UNIT_ID,
        PASSWORD,
        USERNAME,
        FakeTrustpilot,
    )

    answers = iter([(USERNAME, True), (PASSWORD, True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    tokens = TokenStore()
    with FakeTrustpilot() as api:
        source = add_source(
            db,
            Source(
                kind=SourceKind.TRUSTPILOT,
                name="Trustpilot",
                platform=Platform.TRUSTPILOT,
                settings={"api_base": api.url, "business_unit_id": BUSINESS_UNIT_ID},
            ),
        )
        owner = source_owner(source.id)
        tokens.set(owner, "api_key", API_KEY)
        tokens.set(owner, "api_secret", API_SECRET)
        dialog = SourcesDialog(db, tokens=tokens)
        qtbot.addWidget(dialog)
        dialog.list.setCurrentRow(0)
        dialog.sign_in_button.click()
        qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert "Signed in" in told[0]
    assert tokens.get(owner, "refresh_token")
    assert PASSWORD not in memory_keyring.passwords.values()


def test_every_settings_tab_name_is_in_view_in_each_language(window, qtbot):
    """No tab hides behind the tab bar's arrows: in Polish "Ten komputer" (This PC) did."""
    from clinicrep.i18n import install_translators

    try:
        for code in ("en", "pl", "ru", "uk", "zh_CN"):
            install_translators(QApplication.instance(), code)
            dialog = SettingsDialog(window.settings, window)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            # the pages are named in a list on the left: the last one is in view, whole
            pages = dialog.pages
            last = pages.visualItemRect(pages.item(pages.count() - 1))
            assert pages.viewport().rect().contains(last), (code, pages.item(6).text())
            assert dialog.width() <= 1024
            dialog.close()
    finally:
        install_translators(QApplication.instance(), "en")


def test_settings_changed_then_escape_asks_before_the_changes_go(window, qtbot, seeded_db):
    """She types the practice's name and presses Escape by habit: asked, she keeps it; an
    untouched Settings window closes at once."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ui.dialogs import answer_next_dialog

    untouched = SettingsDialog(window.settings, window)
    qtbot.addWidget(untouched)
    untouched.show()
    qtbot.waitExposed(untouched)
    QTest.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible()

    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.practice_name.setFocus()
    QTest.keyClicks(dialog.practice_name, "Family Dental Care")

    kept = answer_next_dialog("Cancel")
    QTest.keyClick(dialog.practice_name, Qt.Key.Key_Escape)
    assert kept.pressed and kept.text == "Close the settings without saving your changes?"
    assert dialog.isVisible() and dialog.practice_name.text().endswith("Family Dental Care")

    dropped = answer_next_dialog("Close without saving")
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert dropped.pressed and not dialog.isVisible()
    assert "Family Dental Care" not in load_settings(seeded_db).practice_name
