"""What a new receptionist trips on, walked through: languages by name, not codes; a title
over each list under the reply; a legend on the sentiment chart; no "keyring", "store" or
"sync"; encodings by their plain names; a translated paper size; Settings on a 1024 px
screen in every language; the time left not flush with the window's edge."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget

from clinicrep.cli import main as cli_main
from clinicrep.i18n import install_translators
from clinicrep.sources.csvfile import read_table
from clinicrep.ui.import_dialog import ImportDialog
from clinicrep.ui.report_dialogs import MonthlyReportDialog
from clinicrep.ui.settings_dialog import SettingsDialog

LANGUAGES = ("en", "ru", "uk", "pl", "zh_CN")
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


@pytest.fixture
def in_language() -> Iterator[object]:
    def switch(code: str) -> None:
        install_translators(QApplication.instance(), code)

    yield switch
    install_translators(QApplication.instance(), "en")


def _everything_written(widget: QWidget) -> str:
    """The texts a person can read in a dialog: labels, placeholders, tooltips, buttons."""
    parts = []
    for child in widget.findChildren(QWidget):
        parts.append(child.toolTip())
        parts.append(child.accessibleDescription())
        if isinstance(child, QLabel):
            parts.append(child.text())
        if isinstance(child, QLineEdit):
            parts.append(child.placeholderText())
        text = getattr(child, "text", None)
        if callable(text) and not isinstance(child, QLineEdit):
            value = text()
            if isinstance(value, str):
                parts.append(value)
    return "\n".join(parts)


def test_reply_languages_are_ticked_by_name_not_typed_as_codes(window, qtbot):
    window.settings.reply_languages = ["en", "pl"]
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    boxes = dialog.reply_language_boxes
    assert [box.text() for box in boxes.values()] == [
        "English",
        "Russian",
        "Ukrainian",
        "Polish",
        "Chinese",
    ]
    assert [box.text() for box in boxes.values() if box.isChecked()] == ["English", "Polish"]
    assert not dialog.reply_languages.findChildren(QLineEdit)  # nothing to type codes into
    boxes["pl"].setChecked(False)
    boxes["ru"].setChecked(True)
    assert dialog.result_settings().reply_languages == ["en", "ru"]
    # none ticked: the replies keep one language rather than none
    for box in boxes.values():
        box.setChecked(False)
    assert dialog.result_settings().reply_languages == ["en"]


def test_settings_fit_a_1024_screen_with_every_page_named_in_full(window, qtbot, in_language):
    for code in LANGUAGES:
        in_language(code)
        dialog = SettingsDialog(window.settings, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.width() <= 1024 - 40, (code, dialog.width())
        pages = dialog.pages
        assert pages.count() == dialog.tabs.count() == 7
        for row in range(pages.count()):
            item = pages.item(row)
            rect = pages.visualItemRect(item)
            assert pages.viewport().rect().contains(rect), (code, item.text())
            assert pages.fontMetrics().horizontalAdvance(item.text()) < rect.width(), (
                code,
                item.text(),
            )
        # choosing a page in the list shows it
        pages.setCurrentRow(pages.count() - 1)
        assert dialog.tabs.currentIndex() == pages.count() - 1
        assert pages.currentItem().text() == dialog.tabs.tabText(pages.count() - 1)
        dialog.close()


def test_no_settings_page_says_keyring(window, qtbot, in_language):
    for code in ("en", "ru", "uk", "pl"):
        in_language(code)
        dialog = SettingsDialog(window.settings, window)
        qtbot.addWidget(dialog)
        written = _everything_written(dialog).lower()
        for jargon in ("keyring", "связк", "ключей", "ключів", "pęk", "kluczy"):
            assert jargon not in written, (code, jargon)
        if code == "en":
            assert "saved securely in this computer's password store" in written


def test_the_reply_editor_names_its_privacy_check_and_its_checklist(window, qtbot):
    window.select_row(0)
    qtbot.waitUntil(lambda: window.editor.review is not None)
    editor = window.editor
    assert editor.checklist_title.isVisible()
    assert editor.checklist_title.text() == "Checklist for this reply"
    assert not editor.findings_title.isVisible()  # nothing to fix yet: no empty box titled
    editor.text.setPlainText(
        "Thank you, Anna. We hope your diabetes treatment with us goes well. — The team"
    )
    qtbot.waitUntil(lambda: bool(editor.findings), timeout=10000)
    assert editor.findings_title.isVisible() and editor.findings_list.isVisible()
    assert editor.findings_title.text().startswith("Privacy check")
    # the title stands right above its list
    title = editor.findings_title.geometry()
    listing = editor.findings_list.geometry()
    assert 0 <= listing.top() - title.bottom() < 20


def test_the_time_left_keeps_a_margin_from_the_windows_edge(window, qtbot, in_language):
    in_language("pl")
    window.select_row(0)
    qtbot.waitUntil(lambda: bool(window.editor.clock.text()))
    clock = window.editor.clock
    right = clock.mapTo(window, QPoint(clock.width(), 0)).x()
    assert window.width() - right >= 8


def test_the_sentiment_chart_says_which_colour_is_which(window, qtbot):
    window.tabs.setCurrentWidget(window.charts)
    qtbot.waitUntil(lambda: window.charts.data is not None and not window.charts.loading)
    legend = window.charts.sentiment_legend
    assert legend.isVisible()
    text = legend.text()
    words = [word for word in ("Positive", "Mixed", "Neutral", "Negative") if word in text]
    assert words == ["Positive", "Mixed", "Neutral", "Negative"]
    for colour in ("#2e7d32", "#f9a825", "#9e9e9e", "#c62828"):  # the bars' own colours
        assert colour in text
    aspects = window.charts.aspects.legend  # the monthly praise and complaints, too
    assert aspects.isVisible()
    assert '#2e7d32">■</span>&nbsp;Praise' in aspects.text()
    assert '#c62828">■</span>&nbsp;Complaints' in aspects.text()
    # the legends take a line, not the charts' height (a wrapping one squeezed the top rows)
    assert window.charts.counts.height() >= 0.8 * window.charts.aspects.chart.height()
    # right under its chart
    chart = window.charts.sentiment.geometry()
    assert abs(legend.geometry().left() - chart.left()) < 10
    assert 0 <= legend.geometry().top() - chart.bottom() < 10


def test_encodings_are_offered_by_plain_names_with_the_code_in_a_tooltip(
    qtbot, tmp_path, in_language
):
    path = tmp_path / "opinie.csv"
    path.write_bytes("Data,Ocena,Opinia\n2026-11-01,5,Świetna obsługa, polecam\n".encode("cp1250"))
    dialog = ImportDialog(path, read_table(path))
    qtbot.addWidget(dialog)
    names = [dialog.encoding.itemText(i) for i in range(dialog.encoding.count())]
    assert names[0] == "Detected: Central European (Windows)"
    assert "Cyrillic (Windows)" in names and "Unicode (UTF-8)" in names
    assert not {"utf-8", "cp1250", "cp1251", "gbk"} & set(names)
    cyrillic = dialog.encoding.findText("Cyrillic (Windows)")
    assert dialog.encoding.itemData(cyrillic, Qt.ItemDataRole.ToolTipRole) == "cp1251"
    assert "Cyrillic (Windows)" in dialog.encoding.toolTip()
    assert "encoding Central European (Windows)" in dialog.info.text()

    in_language("ru")
    again = ImportDialog(path, read_table(path))
    qtbot.addWidget(again)
    assert again.encoding.itemText(0) == "Определена: Центральноевропейская (Windows)"


def test_paper_sizes_and_months_read_in_the_users_language(qtbot, in_language):
    in_language("pl")
    dialog = MonthlyReportDialog()
    qtbot.addWidget(dialog)
    sizes = [dialog.page.itemText(i) for i in range(dialog.page.count())]
    assert sizes == ["A4 (Europa i większość krajów)", "US Letter (USA i Kanada)"]
    year, month = (int(part) for part in dialog.month.currentData().split("-"))
    shown = dialog.month.currentText()
    assert str(year) in shown and "-" not in shown  # "Październik 2026", not "2026-10"
    assert shown[0].isupper()


def test_the_command_line_says_database_and_check_not_store_and_sync(capsys):
    with pytest.raises(SystemExit):
        cli_main(["--help"])
    top = capsys.readouterr().out
    assert "check for new reviews" in top
    for command in (["db", "--help"], ["db", "move", "--help"], ["import", "--help"]):
        with pytest.raises(SystemExit):
            cli_main(command)
        said = capsys.readouterr().out
        assert "store" not in said.replace("store_true", ""), command
        assert "database" in said or command[0] == "import"
    # both names check for new reviews; with nothing connected, the next step is named
    for name in ("check", "sync"):
        assert cli_main([name]) == 0
        out = capsys.readouterr().out
        assert "nothing to check" in out and "File → Sources…" in out, name


# the pages of File → Settings…, as its list names them
SETTINGS_PAGES = (
    "Practice",
    "Answers and alerts",
    "Drafting",
    "Monitoring and e-mail",
    "Language and look",
    "Database",
    "This PC",
)


def _menu_path_mismatches(messages: dict[tuple[str, str], str]) -> list[str]:
    """Each "File → X" in a sentence where X is not the File menu's own wording, and each
    "Settings → Y" where Y is not a page of the settings window."""
    file_menu = _bare(messages[("MainWindow", "&File")])
    settings = _bare(messages[("MainWindow", "S&ettings…")])
    pages = [messages.get(("SettingsDialog", page), page) for page in SETTINGS_PAGES]
    items = [_bare(text) for (context, _src), text in messages.items() if context == "MainWindow"]
    wrong = []
    for (context, _source), text in messages.items():
        for named in re.findall(re.escape(file_menu) + r"\s*→\s*([^()（）,.;:»”“。，\n]+)", text):
            named = named.split("→")[0].strip().rstrip("…").strip()
            # the sentence may go on after the item's name ("… → Sources to connect one")
            if not any(
                item.startswith(named) or named.startswith(item) for item in items if len(item) >= 2
            ):
                wrong.append(f"{context}: {named!r} in {text[:80]!r}")
        # "Settings > Drafting" had no arrow and named no menu: the page, by its own name
        if re.search(re.escape(settings) + r"…?\s*>", text):
            wrong.append(f"{context}: '>' in {text[:80]!r}")
        # a case ending may follow ("w Ustawieniach → Baza danych")
        stem = settings[:-1] + r"\w*" if len(settings) > 4 else re.escape(settings)
        for found in re.finditer(stem + r"…?\s*→\s*([^()（）,.;:»”“。，\n]+)", text):
            before = text[: found.start()].rstrip(' «„“"')
            if before.endswith("→") and not before[:-1].rstrip().endswith(file_menu):
                continue  # another program's settings ("Meta Business Suite → Settings → …")
            page = found.group(1).strip()
            if not any(page.startswith(title) for title in pages):
                wrong.append(f"{context}: page {page!r} in {text[:80]!r}")
    return wrong


def _bare(menu_text: str) -> str:
    """A menu item's words: no '&' key mark, no '(&F)' key, no '…'."""
    return re.sub(r"\(&\w\)", "", menu_text).replace("&", "").replace("…", "").strip()


def _messages(code: str) -> dict[tuple[str, str], str]:
    # the English words are every file's sources (clinicrep_en.ts keeps only plurals)
    root = ElementTree.parse(TRANSLATIONS / f"clinicrep_{'ru' if code == 'en' else code}.ts")
    root = root.getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            found[(name, source)] = (
                source if code == "en" else message.findtext("translation") or source
            )
    return found


@pytest.mark.parametrize("code", ["en", "ru", "uk", "pl", "zh_CN"])
def test_a_menu_named_in_a_sentence_is_worded_as_in_the_menu(code):
    """ "File → Monthly summary" must lead to a menu item she can find by those words."""
    assert _menu_path_mismatches(_messages(code)) == []


def test_an_empty_sources_window_says_what_to_press(qtbot, db):
    from clinicrep.ui.sources_dialog import SourcesDialog

    dialog = SourcesDialog(db)  # a first start: nothing connected
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.list.count() == 0
    assert dialog.intro.isVisible()
    assert dialog.intro.text().startswith("Nothing is connected yet. Press “Connect a platform…”")
    shown = {b.text(): b.isEnabled() for b in dialog.findChildren(QPushButton)}
    assert shown["Connect a platform…"] is True
    # nothing to edit, remove or sign in to: those wait for a source to be chosen
    assert shown["Edit…"] is False and shown["Remove"] is False and shown["Sign in…"] is False


YANDEX_EXPORT = (
    ",name,icon_href,date,text,stars,answer\n"
    "0,Роман П.,https://avatars.mds.yandex.net/get-yapic/1/a/islands-68,1742437287.522,"
    "Врач внимательный,5,\n"
    "1,Ирина,https://avatars.mds.yandex.net/get-yapic/2/b/islands-68,1742437387.522,"
    "Долго ждали,2,Спасибо за отзыв\n"
)


def test_a_file_of_another_site_is_pointed_out_before_it_is_imported(
    qtbot, db, tmp_path, monkeypatch
):
    """She picked "ZnanyLekarz — import" in Sources, then chose a file saved from Yandex."""
    from clinicrep.model import Platform
    from clinicrep.ui.import_dialog import run_import

    path = tmp_path / "opinie.csv"
    path.write_text(YANDEX_EXPORT, encoding="utf-8")
    seen: list[tuple[str, bool, str]] = []

    def look(dialog: ImportDialog) -> int:
        dialog.show()
        seen.append(
            (
                dialog.recognised.text(),
                dialog.recognised.isVisible(),
                dialog.platform.currentText(),
            )
        )
        return 0  # she cancels

    monkeypatch.setattr(ImportDialog, "exec", look)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert run_import(parent, db, path, platform=Platform.ZNANYLEKARZ) is False
    text, visible, website = seen[0]
    assert visible and website == "ZnanyLekarz"
    assert text == (
        "This file looks like Yandex Maps reviews, not ZnanyLekarz. If it is, choose "
        "“Yandex Maps” in “Website” above; otherwise import it as it is."
    )

    seen.clear()  # the right site: nothing to point out
    run_import(parent, db, path, platform=Platform.YANDEX)
    assert seen[0][1] is False


def test_a_file_that_is_not_text_says_so_besides_trying_encodings(qtbot, tmp_path):
    path = tmp_path / "photo.csv"  # a picture renamed, or a file saved wrongly
    path.write_bytes(bytes(range(128, 256)) * 24)
    dialog = ImportDialog(path, read_table(path))
    qtbot.addWidget(dialog)
    said = dialog.info.text()
    assert said.startswith("The text looks garbled in ")
    assert "if none does, this is not a file of reviews: save the reviews from the website" in said
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


@pytest.mark.parametrize("code", ["en", "ru", "uk", "pl", "zh_CN"])
def test_the_user_guide_names_the_menus_as_the_menus_read(code):
    guide = (TRANSLATIONS.parent / "guide" / f"{code}.html").read_text(encoding="utf-8")
    messages = _messages(code)
    messages[("UserGuide", "page")] = re.sub(r"<[^>]+>", " ", guide)
    assert _menu_path_mismatches(messages) == []


def test_listing_sources_before_any_says_how_to_add_one(capsys):
    assert cli_main(["source", "list"]) == 0
    said = capsys.readouterr()
    assert said.out == ""  # scripts reading the list get none
    assert said.err.startswith("No sources yet. Connect a platform in the window (File → Sources…)")
    with pytest.raises(SystemExit):
        cli_main(["monitor", "--help"])
    assert "status: what is set up and how the last checks went" in capsys.readouterr().out


def test_the_request_card_starts_in_the_windows_language(qtbot, in_language):
    from clinicrep.ui.report_dialogs import RequestCardDialog

    in_language("pl")
    dialog = RequestCardDialog(practice_name="Przychodnia Zdrowie")
    qtbot.addWidget(dialog)
    assert dialog.language.currentText() == "Polski"
    in_language("en")
    again = RequestCardDialog(practice_name="Family Clinic")
    qtbot.addWidget(again)
    assert again.language.currentText() == "English"


def test_checking_with_nothing_connected_says_so_at_once(db, qtbot):
    """The first thing a newcomer presses: no wait for a check of nothing."""
    from clinicrep.ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.sync_action.trigger()  # F5, or the button beside the search
    assert not window.sync.running
    assert window.statusBar().currentMessage() == (
        "Nothing is connected yet: connect a platform (File → Sources) or import a file of "
        "reviews (File → Import a file)."
    )


def test_the_sentiment_button_keeps_its_last_letter_clear_of_the_menu_arrow(
    window, qtbot, in_language
):
    """In Russian the arrow sat on the last letter of "Тональность: Отрицательная"."""
    from PySide6.QtWidgets import QStyle

    in_language("ru")
    window.select_row(0)
    qtbot.waitUntil(lambda: window.pane.aspect_chips.sentiment.isVisible())
    for button in (window.pane.aspect_chips.sentiment, window.pane.aspect_chips.add):
        arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
        text = button.fontMetrics().horizontalAdvance(button.text())
        assert button.width() - text >= arrow + 8, button.text()


def test_each_drafting_row_has_an_example_that_fits_it(window, qtbot):
    """ "We added a second receptionist" under Parking and under Doctor misled."""
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    from clinicrep.model import Aspect

    edits = dialog.drafting.fact_edits
    examples = {aspect.value: edits[aspect.value].placeholderText() for aspect in Aspect}
    assert len(set(examples.values())) == len(examples) == 10
    assert examples["reception"] == "e.g. We added a second receptionist in the mornings."
    assert "parking" in examples["access"].lower()
    assert "doctor" in examples["doctor"].lower()


def test_when_a_source_was_last_checked_is_written_as_the_language_writes_dates(
    qtbot, db, in_language
):
    from datetime import UTC, datetime

    from clinicrep.model import Platform, Source, SourceKind
    from clinicrep.store.sources import add_source, record_sync_outcome
    from clinicrep.ui.sources_dialog import SourcesDialog

    source = add_source(db, Source(kind=SourceKind.YELP, name="Yelp", platform=Platform.YELP))
    at = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
    record_sync_outcome(db, source.id, error_code=None, at=at)
    local = at.astimezone()
    in_language("pl")
    dialog = SourcesDialog(db)
    qtbot.addWidget(dialog)
    line = dialog.list.item(0).text()
    assert f"3.12.2026 {local:%H:%M}" in line and "2026-12-03" not in line


# the button's own words, as the welcome text and the guide tell her to do it
CONNECT_WORDS = {
    "pl": ("połącz platformę", ("podłącz", "serwis")),
    "ru": ("подключите платформу", ("площадк",)),
    "uk": ("підключіть платформу", ("майданчик",)),
    "zh_CN": ("连接平台", ("接入",)),
}


@pytest.mark.parametrize("code", ["pl", "ru", "uk", "zh_CN"])
def test_the_welcome_and_the_guide_name_connecting_as_the_button_does(qtbot, in_language, code):
    """The Polish welcome said "podłącz serwis" over a button reading "Połącz platformę…"."""
    from clinicrep.ui.welcome import WelcomePage

    in_language(code)
    page = WelcomePage()
    qtbot.addWidget(page)
    button = page.connect_button.text().rstrip("…").lower()
    said, other_words = CONNECT_WORDS[code]
    # the button's two words, in the imperative she is told to do it in
    assert button.split()[-1][:-1] in said, (button, said)
    first_step = page.steps.text().splitlines()[0].lower()
    assert said in first_step
    guide = (TRANSLATIONS.parent / "guide" / f"{code}.html").read_text(encoding="utf-8")
    first_item = re.search(r"<li><b>([^<]+)</b>", guide)
    assert first_item is not None and first_item.group(1).lower() == said
    nothing_yet = QApplication.translate(
        "MainWindow",
        "Nothing is connected yet: connect a platform (File → Sources) or import a file of "
        "reviews (File → Import a file).",
    ).lower()
    assert said in nothing_yet
    for text in (first_step, first_item.group(1).lower(), nothing_yet):
        assert not [word for word in other_words if word in text], text


def test_every_status_reads_whole_in_the_inbox_in_every_language(seeded_db, qtbot, in_language):
    """ "Przekazana…" in Polish: the Status column cut "Przekazana właścicielowi"."""
    from PySide6.QtWidgets import QStyle

    from clinicrep.labels import status_label
    from clinicrep.model import Status
    from clinicrep.ui.inbox_model import Column

    for code in LANGUAGES:
        in_language(code)
        window = _window_at_1280(seeded_db, qtbot)
        table = window.table
        margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        room = table.columnWidth(Column.STATUS) - 2 * margin
        for status in Status:
            said = status_label(status)
            assert table.fontMetrics().horizontalAdvance(said) <= room, (code, said, room)
        # the review's own words keep the widest column, some 30 characters of them
        widest = max(table.columnWidth(c) for c in Column if c != Column.TEXT)
        text = table.columnWidth(Column.TEXT)
        assert text > widest and text >= 30 * table.fontMetrics().averageCharWidth(), code
        window.close()


def test_the_sentiment_legend_keeps_to_one_line_at_1280(seeded_db, qtbot, in_language):
    """ "Negatywny" went to a second line under the Polish sentiment chart."""
    for code in LANGUAGES:
        in_language(code)
        window = _window_at_1280(seeded_db, qtbot)
        window.tabs.setCurrentWidget(window.charts)
        qtbot.waitUntil(lambda w=window: w.charts.data is not None and not w.charts.loading)
        legend = window.charts.sentiment_legend
        words = re.sub(r"<[^>]+>", "", legend.text()).replace("&nbsp;", " ")
        assert legend.fontMetrics().horizontalAdvance(words) <= legend.width(), code
        assert legend.height() < 2 * legend.fontMetrics().lineSpacing(), code
        chart = window.charts.sentiment.geometry()
        assert abs(legend.geometry().left() - chart.left()) < 10, code
        window.close()


def _all_messages(code: str) -> list[tuple[str, str, str]]:
    """(context, English, translation) of every message, plural forms included."""
    root = ElementTree.parse(TRANSLATIONS / f"clinicrep_{code}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            for text in forms or [translation.text or ""]:
                found.append((name, source, text))
    return found


@pytest.mark.parametrize("code", ["ru", "uk", "pl", "zh_CN"])
def test_a_button_named_in_a_sentence_is_worded_as_on_the_button(code):
    """Polish told her to press "Zaloguj…" beside a button reading "Zaloguj się…"."""
    messages = _all_messages(code)
    # the buttons' words: the "…" ones, as the window shows them
    buttons: dict[str, set[str]] = {}
    for _context, source, text in messages:
        if source.endswith("…") and "&" not in source and len(source) < 40:
            buttons.setdefault(source, set()).add(text.replace("&", ""))
    wrong = []
    for context, source, text in messages:
        for named in re.findall(r"“([^”]+…)”", source):
            if named in buttons and not any(word in text for word in buttons[named]):
                wrong.append(f"{context}: {named!r} -> {sorted(buttons[named])} in {text[:90]!r}")
    assert wrong == []


@pytest.mark.parametrize("code", ["ru", "uk", "pl", "zh_CN"])
def test_the_user_guide_names_the_tabs_as_the_tabs_read(code):
    guide = (TRANSLATIONS.parent / "guide" / f"{code}.html").read_text(encoding="utf-8")
    tabs = {src: text for context, src, text in _all_messages(code) if context == "MainWindow"}
    # "The Charts tab: click a bar…" (en.html): the tab by its own title
    assert tabs["Charts"] in guide, (code, tabs["Charts"])


def _window_at_1280(db, qtbot):
    """The window as a receptionist's 1280 x 760 screen shows it, in the language installed."""
    from clinicrep.ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_review_of_many_aspects_keeps_inside_the_pane_in_ukrainian(seeded_db, qtbot, in_language):
    """Four chips in a row made the pane wider than its place: "Ставлення пе" was cut at the
    window's edge, and the last chip with it."""
    from datetime import UTC, datetime

    from clinicrep.model import (
        Analysis,
        Aspect,
        AspectOpinion,
        Platform,
        Review,
        Sentiment,
        Source,
        SourceKind,
    )
    from clinicrep.store.reviews import upsert_reviews
    from clinicrep.store.sources import add_source

    source = add_source(seeded_db, Source(kind=SourceKind.DEMO, name="g", platform=Platform.GOOGLE))
    opinions = tuple(
        AspectOpinion(aspect, polarity)
        for aspect, polarity in (
            (Aspect.RECEPTION, Sentiment.POSITIVE),
            (Aspect.WAITING, Sentiment.NEGATIVE),
            (Aspect.OUTCOME, Sentiment.POSITIVE),
            (Aspect.COMMUNICATION, Sentiment.NEGATIVE),
        )
    )
    upsert_reviews(
        seeded_db,
        [
            Review(
                source_id=source.id or 0,
                external_id="many",
                created_at=datetime.now(UTC),
                author="Світлана А.",
                rating=3,
                text="Адміністраторка допомогла, але чекали довго і ніхто нічого не пояснив.",
                analysis=Analysis(language="uk", sentiment=Sentiment.MIXED, aspects=opinions),
            )
        ],
    )
    in_language("uk")
    window = _window_at_1280(seeded_db, qtbot)
    review_id = seeded_db.fetchall("SELECT id FROM reviews WHERE external_id = 'many'")[0][0]
    window.show_review(review_id)
    chips = window.pane.aspect_chips
    qtbot.waitUntil(lambda: len(chips.chips) == 4)
    qtbot.wait(50)
    edge = window.pane_scroll.viewport().width()
    for widget in (*chips.chips, chips.add, chips.sentiment, window.pane.analysis):
        right = widget.mapTo(window.pane_scroll.viewport(), widget.rect().topRight()).x()
        assert widget.isVisible() and right <= edge, (widget.text(), right, edge)
    window.close()


def test_the_dates_under_a_months_charts_stand_apart_in_ukrainian(seeded_db, qtbot, in_language):
    """ "6 лист11 лист16 лист" under the last calendar month's charts: the dates ran together."""
    from PySide6.QtCore import QPointF

    from clinicrep.reports.chart_data import LAST_MONTH

    in_language("uk")
    window = _window_at_1280(seeded_db, qtbot)
    charts = window.charts
    window.tabs.setCurrentWidget(charts)
    charts.range.setCurrentIndex(charts.range.findData(LAST_MONTH))
    qtbot.waitUntil(lambda: charts.data is not None and not charts.loading)
    qtbot.wait(50)
    for chart in (charts.counts, charts.rating, charts.sentiment, charts.answers):
        ticks = chart.getAxis("bottom")._tickLevels[0]
        assert len(ticks) >= 2, chart.title
        metrics = chart.fontMetrics()
        view = chart.plotItem.vb
        for (a, left), (b, right) in zip(ticks, ticks[1:], strict=False):
            gap = view.mapViewToScene(QPointF(b, 0)).x() - view.mapViewToScene(QPointF(a, 0)).x()
            needed = (metrics.horizontalAdvance(left) + metrics.horizontalAdvance(right)) / 2
            assert gap >= needed + 4, (chart.title, left, right, gap, needed)
    window.close()


@pytest.mark.parametrize(("code", "ending"), [("ru", "ая"), ("uk", "а")])
def test_the_four_sentiments_agree_with_the_word_sentiment(in_language, code, ending):
    """ "Тональність: Змішаний" beside "Позитивна", "Негативна": one gender for the four."""
    from clinicrep.labels import sentiment_label
    from clinicrep.model import Sentiment

    in_language(code)
    labels = [sentiment_label(sentiment) for sentiment in Sentiment]
    assert all(label.endswith(ending) for label in labels), labels


def test_every_date_reads_whole_in_the_inbox_in_every_language(seeded_db, qtbot, in_language):
    """ "22 жовт. 26, 18:…": the Date column cut the time off in Ukrainian and Chinese."""
    from datetime import UTC, datetime

    from PySide6.QtWidgets import QStyle

    from clinicrep.ui.inbox_model import Column, short_date

    for code in LANGUAGES:
        in_language(code)
        window = _window_at_1280(seeded_db, qtbot)
        table = window.table
        margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        room = table.columnWidth(Column.DATE) - 2 * margin
        for month in range(1, 13):
            said = short_date(datetime(2026, month, 22, 18, 51, tzinfo=UTC))
            assert table.fontMetrics().horizontalAdvance(said) <= room, (code, said, room)
        window.close()


def test_the_chinese_publish_dialog_joins_the_platform_name_without_spaces(
    window, qtbot, in_language
):
    """Chinese writes a name right after its characters: "发布到大众点评", not "发布到 大众点评"."""
    from ui.dialogs import answer_next_dialog

    in_language("zh_CN")
    editor = window.editor
    asked = answer_next_dialog("发布到大众点评")
    assert editor.confirm_publish("感谢您的好评。", "大众点评")
    assert asked.pressed, asked.buttons
    assert "公开发布在大众点评上" in asked.text
    zh = ElementTree.parse(TRANSLATIONS / "clinicrep_zh_CN.ts").getroot()
    for message in zh.iter("message"):
        said = message.findtext("translation") or ""
        for name in ("{platform}", "{name}", "{who}", "{source}"):
            assert not re.search(rf"[\u4e00-\u9fff] {re.escape(name)}", said), said
            assert not re.search(rf"{re.escape(name)} [\u4e00-\u9fff]", said), said


COPY_THE_CLIENT_AGAIN = {
    "en": ("Google did not accept this client ID", "Copy both again"),
    "ru": ("Google не принял", "Скопируйте оба заново"),
    "uk": ("Google не прийняв", "Скопіюйте обидва знову"),
    "pl": ("Google nie przyjął", "Skopiuj oba ponownie"),
    "zh_CN": ("Google 不接受", "重新复制两者"),
}


def test_a_client_google_rejected_at_a_check_is_not_called_expired_in_sources(
    db, qtbot, in_language
):
    """Someone deleted the practice's key in Google Cloud: the next check is refused with
    "invalid_client". The Sources list says to copy the client ID and secret again, as the
    connect dialog does, not that the connection expired."""
    from clinicrep.secrets import TokenStore, source_owner
    from clinicrep.store.sources import get_source
    from clinicrep.sync import sync_source
    from clinicrep.ui.sources_dialog import SourcesDialog
    from fakes.google_server import FakeGoogle
    from fakes.source_setup import google_source

    with FakeGoogle() as api:
        api.add_reviews(api.add_location("200", "300", "Family Clinic"), 2)
        tokens = TokenStore()
        source = google_source(db, api, tokens)
        tokens.set(source_owner(source.id), "client_secret", "GOCSPX-a-deleted-key")
        assert not sync_source(db, source, tokens=tokens).ok
    saved = get_source(db, source.id)
    for code in LANGUAGES:
        in_language(code)
        dialog = SourcesDialog(db, tokens=tokens)
        qtbot.addWidget(dialog)
        said = dialog.describe(saved)
        rejected, copy_again = COPY_THE_CLIENT_AGAIN[code]
        assert rejected in said and copy_again in said, said
    in_language("en")
    assert "expired" not in SourcesDialog(db, tokens=tokens).describe(saved)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_status_line_says_what_the_sources_list_says_when_google_rejects_the_client(
    db, qtbot, in_language, language
):
    """The practice's key was deleted in Google Cloud; she presses "Check for new reviews".
    The status line and, in File → Sources…, the source's line say the same thing in her
    language: copy the client ID and secret again (the status line said the platform "no
    longer accepts" them, the list that Google "did not accept" them)."""
    from clinicrep.secrets import default_store, source_owner
    from clinicrep.store.sources import get_source
    from clinicrep.ui.main_window import MainWindow
    from clinicrep.ui.sources_dialog import SourcesDialog
    from fakes.google_server import FakeGoogle
    from fakes.source_setup import google_source

    in_language(language)
    tokens = default_store()
    with FakeGoogle() as api:
        api.add_reviews(api.add_location("200", "300", "Family Clinic"), 2)
        source = google_source(db, api, tokens)
        tokens.set(source_owner(source.id), "client_secret", "GOCSPX-a-deleted-key")
        window = MainWindow(db)
        qtbot.addWidget(window)
        window.show()
        window.sync_button.trigger()
        qtbot.waitUntil(lambda: window.sync.running, timeout=3000)
        qtbot.waitUntil(lambda: not window.sync.running, timeout=20000)
    status = window.statusBar().currentMessage()
    listed = SourcesDialog(db, tokens=tokens).describe(get_source(db, source.id))
    rejected, copy_again = COPY_THE_CLIENT_AGAIN[language]
    assert rejected in status and copy_again in status, status
    state = listed.split(" — ", 1)[1].split("\n")[0]  # "{name} ({platform}) — {state}"
    assert status.endswith(state), (status, listed)


SHORT_WAITS = [  # (language, a short wait bounded by "at most"/"only", the same wait in hours)
    ("uk", "У черзі просиділа щонайбільше п'ять хвилин.", "У черзі просиділа дві години."),
    ("uk", "Чекали не більше десяти хвилин, лікарка все пояснила.", "Чекали дві години."),
    ("uk", "Чекали лише пару хвилин.", "Чекали аж дві години."),
    ("ru", "В очереди просидела не более пяти минут.", "В очереди просидела два часа."),
    ("ru", "Ждали всего десять минут, врач всё объяснил.", "Ждали два часа."),
    ("ru", "Ждала только пару минут.", "Ждала целых два часа."),
    ("en", "We waited at most five minutes.", "We waited two hours."),
    ("en", "Only waited ten minutes and the doctor explained everything.", "Waited two hours."),
    ("pl", "Czekałam najwyżej pięć minut.", "Czekałam dwie godziny."),
    (
        "pl",
        "Czekaliśmy tylko dziesięć minut, lekarka wszystko wyjaśniła.",
        "Czekaliśmy dwie godziny.",
    ),
    ("zh", "最多等了五分钟。", "等了两个小时。"),
    ("zh", "只等了十分钟，医生解释得很清楚。", "等了两个小时。"),
]


@pytest.mark.parametrize(("lang", "short", "long"), SHORT_WAITS)
def test_a_wait_of_at_most_a_few_minutes_is_no_waiting_complaint(lang, short, long):
    """ "У черзі просиділа щонайбільше п'ять хвилин": the patient says the wait was short. The
    inbox shows no complaint about waiting, nor a negative review; hours are still one."""
    from clinicrep.analysis.pipeline import analyse_review
    from clinicrep.model import Aspect, Review, Sentiment, utc_now

    def read(words: str) -> tuple[list[Sentiment], Sentiment]:
        review = Review(source_id=1, external_id="w", created_at=utc_now(), text=words)
        found = analyse_review(review, fallback_language=lang, learned=False)
        return [o.polarity for o in found.aspects if o.aspect is Aspect.WAITING], found.sentiment

    waiting, overall = read(short)
    assert Sentiment.NEGATIVE not in waiting and overall is not Sentiment.NEGATIVE, short
    waiting, overall = read(long)
    assert waiting == [Sentiment.NEGATIVE] and overall is Sentiment.NEGATIVE, long


def test_an_excel_file_that_is_a_web_page_is_read_or_refused_in_her_language(
    db, qtbot, in_language, tmp_path
):
    """File → Import a file…: a site's "Excel" export that is really a web page of a table
    opens the import window with the table's columns (not one column of markup); a saved
    page with no table says, in Polish, what it is and what to do instead."""
    from PySide6.QtCore import QTimer

    from clinicrep.ui.import_dialog import run_import
    from clinicrep.ui.main_window import MainWindow
    from ui.dialogs import answer_next_dialog

    in_language("pl")
    window = MainWindow(db)
    qtbot.addWidget(window)
    page = tmp_path / "opinie.xlsx"
    page.write_text("<html><body><h1>Opinie</h1><p>Anna: 5</p></body></html>", encoding="utf-8")
    asked = answer_next_dialog("OK")
    assert not run_import(window, db, page)
    assert asked.seen and "Ten plik to strona internetowa" in asked.text, asked.text
    assert "Plik → Wklej opinie…" in asked.text

    page.write_text(
        "<html><body><table><tr><th>Data</th><th>Autor</th><th>Ocena</th><th>Opinia</th></tr>"
        "<tr><td>12.10.2026</td><td>Ewa</td><td>5</td><td>Miła obsługa</td></tr>"
        "<tr><td>13.10.2026</td><td>Jan</td><td>2</td><td>Długo czekałem</td></tr>"
        "</table></body></html>",
        encoding="utf-8",
    )
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ImportDialog):
            QTimer.singleShot(20, look)
            return
        seen["mapping"] = dialog.mapping()
        seen["header"] = [
            dialog.preview.horizontalHeaderItem(i).text()
            for i in range(dialog.preview.columnCount())
        ]
        dialog.reject()

    QTimer.singleShot(0, look)
    assert not run_import(window, db, page)
    mapping = seen["mapping"]
    assert (mapping.date, mapping.author, mapping.rating, mapping.text) == (  # type: ignore[attr-defined]
        "Data",
        "Autor",
        "Ocena",
        "Opinia",
    )
    assert seen["header"] == ["Data", "Autor", "Ocena", "Opinia"]


def _first_ink(label: QLabel) -> int:
    """How far from its left edge a label's text starts, as drawn."""
    image = label.grab().toImage()
    paper = image.pixelColor(image.width() - 1, image.height() - 1)
    for x in range(image.width()):
        if any(image.pixelColor(x, y) != paper for y in range(image.height())):
            return x
    return image.width()


def test_an_arabic_name_with_an_emoji_stands_beside_its_label_not_at_the_far_edge(
    qtbot, in_language
):
    """A review by "مريم 👩‍⚕️": in the Polish window the name stood at the far right of the
    pane, beside the stars, away from "Autor:"; it starts where the other values start."""
    from datetime import UTC, datetime

    from clinicrep.model import Platform, Review
    from clinicrep.ui.review_pane import ReviewPane

    in_language("pl")
    pane = ReviewPane()
    qtbot.addWidget(pane)
    pane.resize(520, 400)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_review(
        Review(
            source_id=1,
            external_id="rtl",
            created_at=datetime(2026, 11, 5, 10, 0, tzinfo=UTC),
            author="مريم 👩‍⚕️",
            rating=1,
            text="الانتظار كان طويلا جدا 😡 רופאה לא נחמדה",
            platform=Platform.GOOGLE,
        )
    )
    assert pane.author.text() == "مريم 👩‍⚕️"
    assert pane.author.width() > 200  # room enough to tell one edge from the other
    assert _first_ink(pane.author) < 10, _first_ink(pane.author)
    assert abs(pane.author.x() - pane.date.x()) <= 1


FILE_DIALOG_LABELS = {  # (look in, files of type) in Qt's own file dialog
    "pl": ("&Szukaj w:", "Pliki &typu:"),
    "ru": ("&Перейти к:", "&Типы файлов:"),
    "uk": ("&Перегляд у:", "&Тип файлів:"),
    "zh_CN": ("查找范围(&L)：", "文件类型(&T)："),
}


@pytest.mark.parametrize("language", sorted(FILE_DIALOG_LABELS))
def test_the_file_chooser_of_import_a_file_speaks_her_language(db, qtbot, in_language, language):
    """File → Import a file… opens Qt's own file chooser where the desktop has none: its
    "Look in" and "Files of type" stayed English in every language (Qt 6 renamed them and
    its translations kept the old names)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog

    from clinicrep.ui.main_window import MainWindow

    in_language(language)
    window = MainWindow(db)
    qtbot.addWidget(window)
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, look)
            return
        for name in ("lookInLabel", "fileTypeLabel"):
            label = dialog.findChild(QLabel, name)
            seen.append(label.text() if label is not None and label.isVisible() else "")
        dialog.reject()

    QTimer.singleShot(0, look)
    window.import_action.trigger()
    assert tuple(seen) == FILE_DIALOG_LABELS[language]


def test_chinese_labels_end_in_the_full_width_colon_in_import_and_connect(
    qtbot, in_language, tmp_path
):
    """In Chinese every label before a field ends in "：": the import window's columns
    ("评价内容:") and the connect form's fields ("客户端 ID:") had an ASCII colon glued on."""
    from clinicrep.ui.sources_dialog import SourceForm

    in_language("zh_CN")
    path = tmp_path / "评价.csv"
    path.write_text("date,author,rating,text\n2026-11-05,张伟,2,等了两个小时\n", encoding="utf-8")
    dialog = ImportDialog(path, read_table(path))
    qtbot.addWidget(dialog)
    form = SourceForm(None)
    qtbot.addWidget(form)
    form.kind.setCurrentIndex(form.kind.findData("google"))
    for window in (dialog, form):
        window.show()
        labels = [
            label.text()
            for label in window.findChildren(QLabel)
            if label.isVisible() and label.buddy() is None and label.text().endswith((":", "："))
        ]
        labels += [
            label.text()
            for label in window.findChildren(QLabel)
            if label.isVisible() and label.buddy() is not None
        ]
        assert len(labels) >= 5, labels
        assert not [text for text in labels if text.endswith(":")], labels
    assert "评价内容：" in [label.text() for label in dialog.findChildren(QLabel)]


@pytest.mark.parametrize(
    ("language", "ticked", "facts_in"),
    [("pl", ["Polski"], "Polski"), ("zh_CN", ["中文"], "中文"), ("en", ["English"], "English")],
)
def test_a_new_practice_answers_in_the_windows_language_until_it_ticks_others(
    db, qtbot, in_language, language, ticked, facts_in
):
    """A Polish desk opening clinicrep for the first time found only "Angielski" ticked
    under the reply languages and the drafts' facts asked in English."""
    from clinicrep.settings import load_settings
    from clinicrep.ui.drafting_settings import DraftingForm
    from clinicrep.ui.main_window import MainWindow

    in_language(language)
    window = MainWindow(db)
    qtbot.addWidget(window)
    dialog = SettingsDialog(load_settings(db), window)
    qtbot.addWidget(dialog)
    boxes = dialog.reply_language_boxes.values()
    assert [box.text() for box in boxes if box.isChecked()] == ticked
    (drafting,) = dialog.findChildren(DraftingForm)
    assert drafting.fact_language.currentText() == facts_in  # "Replies in:" on Drafting
