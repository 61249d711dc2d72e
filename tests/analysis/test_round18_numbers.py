"""Round eighteen (issue 19, branch asp18): numbers judged by their clause and what a review
grants. A bare deed after a marker of granting ("at least", "хоча б", "至少") is credited and
makes the facts of the other sentences the complaint; Chinese has such markers too. Each review
is written for the test, not copied from a row, with the look-alikes that must not change."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG, POS = "negative", "positive"


def _judged(text: str, lang: str, aspect: str) -> set[str]:
    """The polarities the reading gives ``aspect`` in ``text``."""
    return {polarity for named, polarity in read(text, lang) if named == aspect}


@pytest.mark.parametrize(
    ("text", "lang", "blamed"),
    [
        (
            "Forty minutes in the waiting room and another twenty in the exam room. At least"
            " the doctor saw me in the end.",
            "en",
            "waiting",
        ),
        (
            "Результаты анализов неделю никто не присылал. Хорошо хоть врач выписал направление.",
            "ru",
            "communication",
        ),
        (
            "Результати аналізів за тиждень так ніхто і не надіслав. Хоча б лікарка виписала"
            " направлення.",
            "uk",
            "communication",
        ),
        ("检查结果一个星期都没人通知我。至少医生把药开了。", "zh", "communication"),
        ("检查结果一个星期都没人通知我。好歹医生把药开了。", "zh", "communication"),
    ],
)
def test_a_bare_deed_granted_after_a_complaint_is_praise(text: str, lang: str, blamed: str) -> None:
    found = read(text, lang)
    assert ("doctor", POS) in found
    assert (blamed, NEG) in found
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a count, not a grant; and the same deed with no marker
        ("At least an hour in the waiting room. The doctor saw me in the end.", "en"),
        ("Хоть раз врач выписал направление.", "ru"),
        ("Результати аналізів надіслали за день. Лікарка виписала направлення.", "uk"),
        ("医生至少两个小时才来。", "zh"),
        ("检查结果第二天就通知我了。医生把药开了。", "zh"),
    ],
)
def test_a_count_or_a_deed_without_a_grant_credits_nobody(text: str, lang: str) -> None:
    assert ("doctor", POS) not in read(text, lang)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("医生看了我一眼就开了单子。至少护士很耐心。", "mixed"),
        ("医生看了我一眼就开了单子。护士很耐心。", "positive"),  # no marker: facts stay facts
    ],
)
def test_chinese_praise_granted_with_zhishao_blames_the_facts_before_it(
    text: str, expected: str
) -> None:
    found = read(text, "zh")
    assert ("nurse", POS) in found
    assert (("doctor", NEG) in found) == (expected == "mixed")
    assert verdict(text, "zh") == expected


@pytest.mark.parametrize(
    ("text", "lang", "price"),
    [
        # a word just before the amount makes it little or much; without it, the old mild blame
        ("Lekarz bardzo miły. Wizyta kosztowała zaledwie 100 zł.", "pl", POS),
        ("Lekarz bardzo miły. Wizyta kosztowała aż 600 zł.", "pl", NEG),
        ("Всего 900 рублей за приём.", "ru", POS),
        ("900 рублей за приём.", "ru", NEG),
        ("Only $45 with my insurance.", "en", POS),
        ("$45 with my insurance.", "en", NEG),
        ("医生讲得很细，才80块钱。", "zh", POS),
        ("医生讲得很细，80块钱。", "zh", NEG),
        ("体检套餐原价1280，活动价才599。", "zh", POS),
        # above the price quoted: blamed even beside praise, where a bare fee is not
        ("Лікар уважний. МРТ коштувало 2400 грн, хоча на сайті було 1800.", "uk", NEG),
        ("Лікар уважний. МРТ коштувало 2400 грн.", "uk", None),
        ("На сайте консультация 1500, взяли 2800. Уролог грамотный.", "ru", NEG),
        ("团购价299，到店又说要加收180的检查费。护士抽血很熟练。", "zh", NEG),
        # after a word of much, a count of years is no amount
        ("Lekarka była zimna dla córki, a ma ona nie całe 4 latka.", "pl", None),
        # a price quoted alone is not paid
        ("На сайті консультація 600 грн.", "uk", None),
    ],
)
def test_an_amount_is_judged_by_the_words_of_its_clause(
    text: str, lang: str, price: str | None
) -> None:
    assert _judged(text, lang, "price") == ({price} if price else set())


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Was in and out in 20 minutes. Parking cost me $18 for that though.", "en"),
        ("医生很耐心。停车费一小时15块。", "zh"),
    ],
)
def test_an_amount_paid_for_parking_blames_the_access_not_the_price(text: str, lang: str) -> None:
    found = read(text, lang)
    assert ("access", NEG) in found
    assert not any(aspect == "price" for aspect, _ in found)
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang", "waiting"),
    [
        # a visit that began late, told by its minutes with no word of waiting
        ("Lovely surgeon. Surgery started 50 minutes late.", "en", NEG),
        ("Lovely surgeon. I arrived 20 minutes late.", "en", None),  # the patient was late
        ("Врач внимательная. Приём начался на 35 минут позже назначенного.", "ru", NEG),
        ("Врач внимательная. Я пришла на 35 минут позже.", "ru", None),
        ("Педіатр уважна. Прийом почався на 40 хвилин пізніше.", "uk", NEG),
        ("Педіатр уважна. Прийом почався на 10 хвилин пізніше.", "uk", None),
        ("Lekarz miły. Wizyta zaczęła się 40 minut później.", "pl", NEG),
        # times told by the clock: a few minutes after the time booked credit the wait
        (
            "Checked in at 2:55 for my 3:00, seen at 3:02. Dr Reyes answered every question.",
            "en",
            POS,
        ),
        (
            "Пришла к 11:00, в 11:02 уже была в кабинете. Стоматолог сделал всё аккуратно.",
            "ru",
            POS,
        ),
        ("Пришла к 11:00. Стоматолог сделал всё аккуратно.", "ru", None),
        # on a twelve-hour clock
        ("说好的十点手术，一直拖到下午一点才推进去。", "zh", NEG),
        ("Booked for 11:30, seen at 1:15. The doctor was kind.", "en", NEG),
    ],
)
def test_minutes_and_clock_times_judge_the_wait(text: str, lang: str, waiting: str | None) -> None:
    assert _judged(text, lang, "waiting") == ({waiting} if waiting else set())


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Called at 8:00, got through at 8:52 and every appointment was gone.", "en"),
        ("Телефонувала о 9:00, 9:15, 9:40, трубку взяли тільки о 10:05.", "uk"),
        ("Позвонила в 8:00, дозвонилась в 8:40, номерков уже не было.", "ru"),
    ],
)
def test_a_wait_told_by_the_clock_on_the_phone_blames_the_front_desk(text: str, lang: str) -> None:
    found = read(text, lang)
    assert ("reception", NEG) in found
    assert not any(aspect in ("waiting", "price") for aspect, _ in found)


def test_a_run_of_clock_times_in_one_sentence_is_one_wait() -> None:
    # no two times in a row are half an hour apart; the first and the last are
    assert ("waiting", NEG) in read(
        "Прийшла о 9:00, о 9:20, о 9:40 ще сиділа, зайшла о 10:05.", "uk"
    )
    assert ("waiting", NEG) not in read("Прийшла о 9:00, о 9:20 вже зайшла.", "uk")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Ukrainian and Chinese staff deeds and failures told as events, with look-alikes
        ("Реєстратура не передала лікарю мою карту.", "uk", ("reception", NEG)),
        ("Реєстратура передала лікарю мою карту.", "uk", None),
        ("Дівчата на рецепції знайшли вікно за пів години.", "uk", ("scheduling", POS)),
        ("Гроші за прийом повертають вже третій тиждень.", "uk", ("price", NEG)),
        ("Записали аж на наступний тиждень.", "uk", ("scheduling", NEG)),
        ("Записали на наступний тиждень.", "uk", None),
        ("Медсестра взяла кровь с третьей попытки.", "ru", ("nurse", NEG)),
        ("Медсестра взяла кровь с первой попытки.", "ru", None),
        ("Заключение выдали через час.", "ru", ("communication", POS)),
        ("主任号挂了两周才挂上。", "zh", ("scheduling", NEG)),
        ("主任号挂上了。", "zh", None),
        ("一直拖到下午一点才推进去，中间没人来说一声。", "zh", ("communication", NEG)),
        ("从进门到看完不到半小时，效率很高。", "zh", ("waiting", POS)),
    ],
)
def test_staff_deeds_told_as_events_judge_their_aspect(
    text: str, lang: str, expected: tuple[str, str] | None
) -> None:
    found = read(text, lang)
    if expected:
        assert expected in found
    else:
        assert not any(polarity == NEG for _, polarity in found)
