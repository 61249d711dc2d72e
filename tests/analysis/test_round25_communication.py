"""Round twenty-five (issue 19, branch asp26): communication by a broad vocabulary. How the
practice informs is told by word families, not by phrases of rows: the informing verbs (warned,
let me know, updated; сообщил, повідомив, poinformował, 告知, 回电) with a negator or "nobody"
before them, the answer that never came or came within the hour, no reason given, two different
answers, a letter with the wrong details, the channels (voicemail, notifications). Each review is
written for the test, not copied from a row; a booking by phone, a rude voice and a wait stay
themselves, and the look-alikes (a fee nobody mentioned, "can you let us know", a reminder text)
name no communication."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read

from clinicrep.analysis.topics import detect_topics
from clinicrep.model import Topic

NEG, POS = "negative", "positive"
COM = "communication"

FOUND = [
    ("No one bothered to let me know my results were back.", "en", NEG),
    ("The doctor didn't explain what the tablets were for.", "en", NEG),
    ("My emails went unanswered.", "en", NEG),
    ("Not a word from the practice since.", "en", NEG),
    ("Cancelled by text with no explanation.", "en", NEG),
    ("I got two different answers from two receptionists.", "en", NEG),
    ("I left with no idea what happens next.", "en", NEG),
    ("Still haven't heard back about my scan.", "en", NEG),
    ("Nobody mentioned I had to stop the blood thinners first.", "en", NEG),
    ("The practice kept me updated the whole time.", "en", POS),
    ("She warned me it might sting a bit.", "en", POS),
    ("Messages in the app get answered within a day.", "en", POS),
    ("Got a letter the next morning with the plan.", "en", POS),
    ("Никто не сообщил, что приём перенесли.", "ru", NEG),
    ("Из клиники ни одного звонка.", "ru", NEG),
    ("Ушла без понятия, что делать дальше.", "ru", NEG),
    ("Отменили приём без объяснений.", "ru", NEG),
    ("В направлении перепутали фамилию.", "ru", NEG),
    ("Каждый раз говорят разное.", "ru", NEG),
    ("Всё время держали в курсе.", "ru", POS),
    ("Предупредила, что будет немного щипать.", "ru", POS),
    ("В приложении на сообщения отвечают в течение дня.", "ru", POS),
    ("Ніхто не повідомив, що прийом перенесли.", "uk", NEG),
    ("З клініки ані слова.", "uk", NEG),
    ("Пішла без поняття, що робити далі.", "uk", NEG),
    ("Скасували прийом без пояснень.", "uk", NEG),
    ("Попередила, що трохи пектиме.", "uk", POS),
    ("Весь час тримали в курсі.", "uk", POS),
    ("У застосунку на повідомлення відповідають протягом дня.", "uk", POS),
    ("Z przychodni ani słowa.", "pl", NEG),
    ("Wyszłam bez pojęcia, co dalej.", "pl", NEG),
    ("Odwołali wizytę bez podania przyczyny.", "pl", NEG),
    ("Za każdym razem mówią co innego.", "pl", NEG),
    ("Nikt mnie nie powiadomił o zmianie godziny.", "pl", NEG),
    ("Cały czas informowali mnie na bieżąco.", "pl", POS),
    ("Uprzedziła, że może trochę szczypać.", "pl", POS),
    ("W aplikacji na wiadomości odpisują w ciągu dnia.", "pl", POS),
    ("一直没人回电。", "zh", NEG),
    ("诊所那边一个字都没说。", "zh", NEG),
    ("没人提醒我要空腹。", "zh", NEG),
    ("拿着诊断完全不知道是什么意思。", "zh", NEG),
    ("当天就把结果发给我了。", "zh", POS),
    ("一直及时告知进展。", "zh", POS),
    ("她提前告诉我会有点疼。", "zh", POS),
    ("APP上留言一天内就有回复。", "zh", POS),
]


@pytest.mark.parametrize(("text", "lang", "polarity"), FOUND)
def test_how_the_practice_informs_is_communication(text: str, lang: str, polarity: str) -> None:
    found = read(text, lang)
    assert (COM, polarity) in found
    assert (COM, POS if polarity == NEG else NEG) not in found


STAY = [
    # a booking by phone, a rude voice, a wait: the informing words are not theirs
    ("I rang to book and got a same-day appointment.", "en", "scheduling", POS),
    ("The receptionist was rude on the phone.", "en", "reception", NEG),
    ("Waited an hour past my appointment time.", "en", "waiting", NEG),
    ("Записалась по телефону без проблем, дали время на четверг.", "ru", "scheduling", POS),
    ("Администратор по телефону нагрубила.", "ru", "reception", NEG),
    ("Ждала час после назначенного времени.", "ru", "waiting", NEG),
    ("Записалася телефоном без проблем, дали час на четвер.", "uk", "scheduling", POS),
    ("Адміністраторка по телефону нагрубила.", "uk", "reception", NEG),
    ("Zapisałam się telefonicznie bez problemu, termin na czwartek.", "pl", "scheduling", POS),
    ("Recepcjonistka była niemiła przez telefon.", "pl", "reception", NEG),
    ("打电话预约很顺利，约到了周四。", "zh", "scheduling", POS),
    ("前台电话里态度很差。", "zh", "reception", NEG),
]


@pytest.mark.parametrize(("text", "lang", "aspect", "polarity"), STAY)
def test_a_booking_a_voice_or_a_wait_stays_itself(
    text: str, lang: str, aspect: str, polarity: str
) -> None:
    found = read(text, lang)
    assert (aspect, polarity) in found
    assert COM not in {a for a, _ in found}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a charge nobody mentioned blames the price; a patient asking to be told, a promise to
        # answer, a reminder of the booking, a textbook: no communication judged
        ("I was charged a consultation fee that nobody mentioned.", "en"),
        ("Could you let us know when visits start again?", "en"),
        ("They said they would get back to me.", "en"),
        ("Easy online booking and a reminder text the day before.", "en"),
        ("Caring, and not from a text book.", "en"),
        ("Удобная онлайн-запись и напоминание по смс.", "ru"),
        ("Зручний онлайн-запис і нагадування в смс.", "uk"),
        ("Łatwa rejestracja online, przypomnienie SMS.", "pl"),
        ("线上预约很方便，还有短信提醒。", "zh"),
    ],
)
def test_look_alikes_name_no_communication(text: str, lang: str) -> None:
    assert COM not in {a for a, _ in read(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("She warned me it might sting a bit.", "en"),
        ("My emails went unanswered.", "en"),
        ("Never heard back about my scan.", "en"),
        ("Всё время держали в курсе.", "ru"),
        ("Из клиники ни слова.", "ru"),
        ("Ніхто не повідомив, що прийом перенесли.", "uk"),
        ("Весь час тримали в курсі.", "uk"),
        ("Cały czas informowali mnie na bieżąco.", "pl"),
        ("Nikt nie oddzwonił.", "pl"),
        ("诊所那边一个字都没说。", "zh"),
        ("她提前告诉我会有点疼。", "zh"),
    ],
)
def test_the_topics_column_agrees_with_the_chip(text: str, lang: str) -> None:
    assert Topic.COMMUNICATION in detect_topics(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "na bieżąco" of a dentist who knew the teeth (PolEmo s13432), a fee nobody mentioned
        ("Poprzedni dentysta znał stan mojego uzębienia na bieżąco.", "pl"),
        ("They charged me a facility fee nobody mentioned.", "en"),
    ],
)
def test_the_topics_column_reads_no_telling_in_look_alikes(text: str, lang: str) -> None:
    assert Topic.COMMUNICATION not in detect_topics(text, lang)
