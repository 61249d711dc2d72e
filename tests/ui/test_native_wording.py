"""What native readers of Russian, Ukrainian, Polish and Chinese corrected: the words on the
buttons, dates as each language writes them, decimal commas, one percent style, a Polish
greeting without a wrong vocative, and Qt's own buttons in the user's language."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from clinicrep.i18n import install_translators
from clinicrep.model import Platform, Review
from clinicrep.reports.language import ReportLanguage
from clinicrep.settings import Settings
from clinicrep.store.stats import Bucket
from clinicrep.ui.charts import bucket_label, hours_number, percent


@pytest.fixture
def in_language():
    def switch(code: str) -> None:
        install_translators(QApplication.instance(), code)

    yield switch
    install_translators(QApplication.instance(), "en")


def _window(seeded_db, qtbot):
    from clinicrep.ui.main_window import MainWindow

    window = MainWindow(seeded_db)
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize(
    ("code", "needs_attention", "acknowledge", "answered", "any_stars"),
    [
        ("ru", "Требуют внимания", None, None, None),
        ("uk", None, "Взяти до відома", None, None),
        ("pl", None, "Przyjmij do wiadomości", "Oznacz jako odpowiedziane", "Dowolna ocena"),
        ("zh_CN", None, "知道了", None, None),
    ],
)
def test_the_corrected_words_are_on_the_screen(
    seeded_db, qtbot, in_language, code, needs_attention, acknowledge, answered, any_stars
):
    in_language(code)
    window = _window(seeded_db, qtbot)
    if needs_attention:
        assert window.filters.view.itemText(0) == needs_attention
    if acknowledge:
        assert window.banner.ack_button.text() == acknowledge
    if answered:
        assert window.editor.answered_button.text() == answered
    if any_stars:
        assert window.filters.stars.itemText(0) == any_stars


def test_the_polish_complaints_chart_puts_sie_where_polish_puts_it(seeded_db, qtbot, in_language):
    """ "Na co skarżą się" read as a word-for-word rendering; Polish says "Na co się skarżą"."""
    in_language("pl")
    window = _window(seeded_db, qtbot)
    window.tabs.setCurrentIndex(1)
    assert window.charts.complaints.title == "Na co się skarżą"


def test_ukrainian_says_roztashuvannia_for_a_location():
    from clinicrep import paths

    text = paths.resource("translations", "clinicrep_uk.ts").read_text(encoding="utf-8")
    assert "<translation>Локація" not in text and "<translation>Розташування:</translation>" in text


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("ru", "2 декабря 2026 г. (среда), 06:56"),
        ("uk", "2 грудня 2026 р. (середа), 06:56"),
        ("zh_CN", "2026年12月2日 星期三 06:56"),
    ],
)
def test_the_review_date_is_written_as_the_language_writes_it(qtbot, in_language, code, expected):
    from clinicrep.ui.review_pane import ReviewPane

    in_language(code)
    pane = ReviewPane()
    qtbot.addWidget(pane)
    local = datetime(2026, 12, 2, 6, 56).astimezone()
    pane.show_review(
        Review(
            source_id=1,
            external_id="x",
            created_at=local.astimezone(UTC),
            author="A",
            rating=5,
            text="…",
            platform=Platform.GOOGLE,
        )
    )
    assert pane.date.text() == expected


def test_russian_numbers_have_a_decimal_comma_and_a_true_minus(in_language):
    in_language("ru")
    assert hours_number(15.4) == "15,4"
    assert ReportLanguage().signed(-37, 0) == "\u221237"


def test_polish_percentages_look_the_same_in_charts_and_the_report(in_language):
    in_language("pl")
    assert percent(0.456) == ReportLanguage().percent(0.456) == "46\u00a0%"


def test_chinese_months_are_year_then_month(in_language):
    in_language("zh_CN")
    assert ReportLanguage().month_title(2026, 10) == "2026年10月"
    # the charts' month under its bars: the translators' pattern, a year in four digits
    assert bucket_label(datetime(2026, 10, 1), Bucket.MONTH) == "2026年10月"


def test_chinese_dates_in_the_inbox_have_a_four_digit_year(seeded_db, qtbot, in_language):
    """ "26年12月2日 06:56" in the Date column: Chinese writes a year whole ("2026年")."""
    from clinicrep.ui.inbox_model import Column

    in_language("zh_CN")
    window = _window(seeded_db, qtbot)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and not window.model.loading)
    dates = [window.model.index(r, Column.DATE).data() for r in range(window.model.rowCount())]
    years = {str(datetime.now().year), str(datetime.now().year - 1)}
    assert all(d[:4] in years and d[4] == "年" for d in dates), dates


@pytest.mark.parametrize(
    ("code", "expected"),
    [("en", "12/2/2026 6:56\u202fAM"), ("uk", "02.12.2026 06:56"), ("zh_CN", "2026/12/2 06:56")],
)
def test_a_backup_is_named_with_a_four_digit_year(in_language, tmp_path, code, expected):
    """File -> Restore's list: Qt's short format wrote "12/2/26" in English, "02.12.26" in
    Ukrainian."""
    from clinicrep.store.backup import BackupInfo
    from clinicrep.ui.store_recovery import describe_backup

    in_language(code)
    made = datetime(2026, 12, 2, 6, 56).astimezone().astimezone(UTC)
    backup = BackupInfo(tmp_path / "copy.sqlite3", "migration", made, 1)
    assert expected in describe_backup(backup)


@pytest.mark.parametrize("code", ["en", "ru", "uk", "pl", "zh_CN"])
def test_the_offline_feedback_when_field_has_a_four_digit_year(db, qtbot, in_language, code):
    """File -> Add feedback by hand: "When" showed "12/3/26" in English, "03.12.26" in
    Ukrainian; the field writes the year whole, as the inbox and "Last checked" do."""
    from PySide6.QtCore import QDateTime, QTime

    from clinicrep.i18n import short_date_text
    from clinicrep.ui.manual_dialog import ManualEntryDialog

    in_language(code)
    dialog = ManualEntryDialog(db)
    qtbot.addWidget(dialog)
    moment = QDateTime(QDate(2026, 12, 3), QTime(9, 5))
    dialog.when.setDateTime(moment)
    shown = dialog.when.lineEdit().text()
    assert "2026" in shown and shown == short_date_text(moment), shown


def test_a_polish_reply_greets_without_a_first_name_in_the_nominative(db):
    from clinicrep.guidelines.templates import suggest_reply

    review = Review(
        source_id=1,
        external_id="pl-1",
        created_at=datetime.now(UTC) - timedelta(hours=2),
        author="Marek Wiśniewski",
        rating=5,
        text="Bardzo dobra opieka, polecam.",
        platform=Platform.ZNANYLEKARZ,
    )
    from clinicrep.model import Analysis

    review.analysis = Analysis(language="pl")
    text = suggest_reply(review, Settings(reply_languages=["pl"]), db=db)
    assert text.startswith("Dzień dobry!")
    assert "Marek!" not in text


@pytest.mark.parametrize(
    ("code", "save", "cancel"),
    [
        ("ru", "Сохранить", "Отмена"),
        ("uk", "Зберегти", "Скасувати"),
        ("pl", "Zachowaj", "Anuluj"),
        ("zh_CN", "保存", "取消"),
    ],
)
def test_qts_own_buttons_speak_the_users_language(qtbot, in_language, code, save, cancel):
    in_language(code)
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert {b.text().replace("&", "") for b in box.buttons()} == {save, cancel}


def _dianping_review_of_two_topics(db) -> int:
    from clinicrep.model import Analysis, Sentiment, Source, SourceKind, Topic
    from clinicrep.store.reviews import upsert_reviews
    from clinicrep.store.sources import add_source

    source = add_source(db, Source(kind=SourceKind.DEMO, name="点评", platform=Platform.DIANPING))
    upsert_reviews(
        db,
        [
            Review(
                source_id=source.id or 0,
                external_id="dp-1",
                created_at=datetime.now(UTC) - timedelta(hours=2),
                author="小张",
                rating=1,
                text="前台态度很差，等了一个小时。",
                analysis=Analysis(
                    language="zh",
                    sentiment=Sentiment.NEGATIVE,
                    urgency=99,
                    topics=(Topic.WAITING, Topic.RECEPTION),
                ),
            )
        ],
    )
    return int(db.fetchall("SELECT id FROM reviews WHERE external_id = 'dp-1'")[0][0])


def _topics_and_privacy_line(seeded_db, qtbot, reply: str, privacy_opens: str) -> tuple[str, str]:
    """A Dianping review of two topics shown in the window: its Topics cell, and the
    checklist's privacy line once ``reply`` is typed and checked."""
    from clinicrep.ui.inbox_model import Column

    review_id = _dianping_review_of_two_topics(seeded_db)
    window = _window(seeded_db, qtbot)
    window.show()
    window.show_review(review_id)
    qtbot.waitUntil(
        lambda: window.editor.review is not None and window.editor.review.id == review_id
    )
    row = next(
        r
        for r in range(window.model.rowCount())
        if window.model.index(r, Column.AUTHOR).data() == "小张"
    )
    topics = window.model.index(row, Column.TOPICS).data()
    editor = window.editor
    editor.text.setPlainText(reply)
    editor.evaluate()
    qtbot.waitUntil(lambda: not editor.checking and bool(editor.findings), timeout=10000)
    lines = [editor.checklist_list.item(i).text() for i in range(editor.checklist_list.count())]
    return topics, next(line for line in lines if line.startswith(privacy_opens))


def test_chinese_lists_and_sentences_are_joined_the_chinese_way(seeded_db, qtbot, in_language):
    # "等待时间, 前台与工作人员" and "已加下划线。 涉及的规则：新增信息, 费用或保险" read as
    # Western punctuation dropped into Chinese: 、between items, no space after 。, a dash ——
    in_language("zh_CN")
    topics, privacy = _topics_and_privacy_line(
        seeded_db, qtbot, "小张您好，您11月20日来看牙，费用是800元。", "⚠ 不透露任何患者信息"
    )
    assert topics == "前台与电话、等待时间"
    assert privacy.startswith("⚠ 不透露任何患者信息——回复中有 ")
    assert "已加下划线。涉及的规则：" in privacy
    rules = privacy.split("涉及的规则：", 1)[1].rstrip("。")
    assert "、" in rules and ", " not in rules
    assert "就诊日期或时间" in rules.split("、") and "费用或保险" in rules.split("、")


def test_english_lists_and_sentences_keep_their_commas_and_spaces(seeded_db, qtbot):
    topics, privacy = _topics_and_privacy_line(
        seeded_db,
        qtbot,
        "Dear Zhang, on 20 November you paid $800 for your root canal.",
        "⚠ Nothing that reveals a patient",
    )
    assert topics == "Reception and phone, Waiting time"
    assert privacy.startswith("⚠ Nothing that reveals a patient — ")
    assert " underlined in the reply. Rules: " in privacy


def test_a_polish_report_writes_a_wait_of_days_with_the_form_a_fraction_takes(in_language):
    # the days are always written with one decimal ("2,5"), and a fraction takes "dnia" in
    # Polish: "2,5 dni" read wrong in the monthly report's answer times
    in_language("pl")
    language = ReportLanguage()
    assert language.hours(60) == "2,5 dnia"
    assert language.hours(72) == "3,0 dnia"
    assert language.hours(30) == "30 godz."


@pytest.mark.parametrize("code", ["en", "ru", "uk", "pl", "zh_CN"])
def test_the_inbox_and_the_charts_write_the_year_whole_in_every_language(
    seeded_db, qtbot, in_language, code
):
    """ "2 gru 26" in the Polish inbox, "Dec 26" under the English chart: two-digit years,
    where the rest of the window (its short dates, the review pane) writes them whole."""
    import re

    from clinicrep.ui.inbox_model import Column

    in_language(code)
    window = _window(seeded_db, qtbot)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and not window.model.loading)
    this_year = datetime.now(UTC).year
    years = {str(this_year), str(this_year - 1)}
    dates = [window.model.index(r, Column.DATE).data() for r in range(window.model.rowCount())]
    assert dates and all(set(re.findall(r"\d{4}", d)) & years for d in dates), dates

    window.tabs.setCurrentIndex(1)  # the charts, the last 12 months: a bar per month
    charts = window.charts
    qtbot.waitUntil(lambda: charts.data is not None and not charts.loading)
    months = charts.counts._time_labels
    assert len(months) >= 12, months
    for label in months:
        found = re.findall(r"\d+", label)
        assert any(n in years for n in found), (code, label)
        assert not any(len(n) == 2 and n == str(this_year)[2:] for n in found), (code, label)
    window.close()


@pytest.mark.parametrize(
    ("code", "parking"),
    [
        ("en", "Parking and location"),
        ("ru", "Парковка и расположение"),
        ("uk", "Парковка і розташування"),
        ("pl", "Parking i lokalizacja"),
        ("zh_CN", "停车与位置"),
    ],
)
def test_a_topic_and_an_aspect_for_the_same_thing_have_one_name(
    seeded_db, qtbot, in_language, code, parking
):
    """The Chinese window said "停车与交通" in the topics and "停车与位置" on the aspect chips
    and in the "Praise or complaint" filter: one thing, one name, in every language (parking,
    prices, premises, appointments and waiting)."""
    from clinicrep.model import Aspect, Topic

    in_language(code)
    window = _window(seeded_db, qtbot)
    filters = window.filters
    topics = {
        filters.topic.itemData(i): filters.topic.itemText(i) for i in range(filters.topic.count())
    }
    aspects = {
        filters.aspect.itemData(i): filters.aspect.itemText(i)
        for i in range(filters.aspect.count())
    }
    assert topics[Topic.ACCESS] == parking
    assert aspects["access:negative"].startswith(parking)
    for topic, aspect in (
        (Topic.WAITING, Aspect.WAITING),
        (Topic.SCHEDULING, Aspect.SCHEDULING),
        (Topic.BILLING, Aspect.PRICE),
        (Topic.CLEANLINESS, Aspect.FACILITIES),
        (Topic.ACCESS, Aspect.ACCESS),
    ):
        assert aspects[f"{aspect.value}:positive"].startswith(topics[topic]), (topic, aspect)
    assert len(set(topics.values())) == len(topics)  # no two topics share a name
    window.close()
