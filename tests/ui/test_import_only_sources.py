"""A practice on ZnanyLekarz, ProDoctorov, Yandex Maps, 2GIS, Doc.ua, Helsi or Dianping finds
its site under "Connect a platform", learns that it has no API and how to get the reviews
out, and goes straight on to Paste reviews (or Import a file) from there."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from clinicrep.i18n import install_translators
from clinicrep.i18n_build import project_root, release
from clinicrep.model import Platform
from clinicrep.store.sources import list_sources
from clinicrep.ui.paste_dialog import PasteDialog
from clinicrep.ui.sources_dialog import SourceForm, SourcesDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sources"))
import paste_samples as samples

NO_API_SITES = ["ZnanyLekarz", "ProDoctorov", "Yandex Maps", "2GIS", "Doc.ua", "Helsi", "Dianping"]


@pytest.fixture
def compiled_translations():
    release(project_root())  # the build step: .ts -> .qm
    yield
    install_translators(QApplication.instance(), "en")


def _choose(form: SourceForm, starts: str) -> None:
    for i in range(form.kind.count()):
        if form.kind.itemText(i).startswith(starts) and "paste or import" in form.kind.itemText(i):
            form.kind.setCurrentIndex(i)
            return
    raise AssertionError(f"{starts} is not in the list")


def test_every_site_without_an_api_is_listed_with_a_how_to_and_no_save_button(qtbot):
    form = SourceForm(None)
    qtbot.addWidget(form)
    form.show()
    labels = [form.kind.itemText(i) for i in range(form.kind.count())]
    for site in NO_API_SITES:
        assert any(
            label.startswith(site) and label.endswith("— paste or import its reviews")
            for label in labels
        )
    assert not any("API" in label for label in labels)  # a programmer's word, not hers
    _choose(form, "Yandex Maps")
    assert form.import_panel.isVisible()
    assert form.import_panel.note.text() == (
        "clinicrep cannot connect to this site: paste its reviews from the page, import a "
        "file saved from it, or add reviews by hand."
    )
    assert "Open the organisation's card on Yandex Maps" in form.import_panel.howto.text()
    assert not form.save_button.isVisible() and not form.fields_box.isVisible()
    form.kind.setCurrentIndex(form.kind.findData("facebook"))  # an API again: its fields
    assert not form.import_panel.isVisible() and form.save_button.isVisible()
    _choose(form, "2GIS")
    form.import_panel.paste_button.click()
    assert form.requested == ("paste", Platform.TWOGIS)
    assert not form.isVisible()


def test_from_the_sources_list_straight_to_pasting_doc_ua_reviews(qtbot, db):
    mime = QMimeData()
    mime.setText(samples.DOCUA_TEXT)
    QGuiApplication.clipboard().setMimeData(mime)
    dialog = SourcesDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    seen: dict[str, object] = {}

    def act() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, SourceForm):
            _choose(modal, "Doc.ua")
            seen["howto"] = modal.import_panel.howto.text()
            modal.import_panel.paste_button.click()
        elif isinstance(modal, PasteDialog):
            seen["platform"] = modal.platform.currentText()
            seen["rows"] = modal.model.rowCount()
            modal.buttons.button(modal.buttons.StandardButton.Ok).click()
            return
        QTimer.singleShot(50, act)

    QTimer.singleShot(0, act)
    dialog.add_source()
    assert "Doc.ua" in str(seen["howto"])
    assert (seen["platform"], seen["rows"]) == ("Doc.ua", 2)
    (source,) = list_sources(db)
    assert (source.name, source.platform) == ("Doc.ua", Platform.DOCUA)
    assert dialog.list.item(0).text() == "Doc.ua (Doc.ua) — reviews pasted from the page"


def test_the_how_to_and_the_paste_dialog_speak_the_users_language(qtbot, db, compiled_translations):
    install_translators(QApplication.instance(), "ru")
    form = SourceForm(None)
    qtbot.addWidget(form)
    _choose_ru = next(
        i
        for i in range(form.kind.count())
        if form.kind.itemText(i) == "Яндекс Карты — вставить или импортировать отзывы"
    )
    form.kind.setCurrentIndex(_choose_ru)
    assert form.import_panel.note.text().startswith(
        "clinicrep не может подключиться к этому сайту: вставьте его отзывы со страницы"
    )
    assert "Откройте карточку организации в Яндекс Картах" in form.import_panel.howto.text()
    assert form.import_panel.paste_button.text() == "&Вставить отзывы…"
    paste = PasteDialog(db.path, text=samples.TWOGIS_TEXT)
    qtbot.addWidget(paste)
    assert paste.windowTitle() == "Вставить отзывы"
    assert paste.info.text().startswith("Найдено отзывов: 2.")
    assert paste.model.headerData(0, Qt.Orientation.Horizontal) == "Дата"
    assert paste.buttons.button(paste.buttons.StandardButton.Ok).text() == "Добавить отзывы (2)"


def test_a_pasted_source_can_be_renamed_without_asking_for_a_file(qtbot, db):
    from clinicrep.pasting import store_pasted
    from clinicrep.sources.paste import parse_paste

    store_pasted(
        db,
        parse_paste(None, samples.TWOGIS_TEXT).reviews,
        source_name="2GIS",
        platform=Platform.TWOGIS,
    )
    (source,) = list_sources(db)
    form = SourceForm(source)
    qtbot.addWidget(form)
    assert "path" not in form.inputs and form.missing() == []
    form.name.setText("2GIS — Lenina 5")
    form.save(db)
    (renamed,) = list_sources(db)
    assert renamed.name == "2GIS — Lenina 5" and renamed.settings["origin"] == "paste"
