"""Round twenty-one (issue 19, branch asp21): a sentence of regret that names nothing is not lent
to the person praised before it; a booking call's rudeness told in one clause blames the front
desk, not the doctor booked; a fee stated with nothing judged blames nothing; the time a doctor
gives is not waiting. Each review is written for the test, with the look-alikes that must not
change."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

from clinicrep.analysis.aspects import read_aspects
from clinicrep.analysis.topics import detect_topics
from clinicrep.model import Topic

NEG, POS = "negative", "positive"

REGRET_AFTER_PRAISE = [
    ("Dr Lee takes her time. Unfortunately, some things were not good.", "en", "doctor"),
    ("The nurse was very kind. Sadly, the rest was a disappointment.", "en", "nurse"),
    ("Доктор очень внимательная. К сожалению, не всё так хорошо.", "ru", "doctor"),
    ("Медсестра очень добрая. Увы, в остальном всё плохо.", "ru", "nurse"),
    ("Врач вежливый. К сожалению, остальное разочаровало.", "ru", "doctor"),
    ("Лікарка уважна. На жаль, не все так добре.", "uk", "doctor"),
    ("Медсестра дуже привітна. На жаль, решта розчарувала.", "uk", "nurse"),
    ("Лікар ввічливий. На жаль, загалом враження погане.", "uk", "doctor"),
    ("Pani doktor bardzo miła. Niestety nie wszystko było tak dobrze.", "pl", "doctor"),
    ("Pielęgniarka bardzo miła. Niestety reszta rozczarowała.", "pl", "nurse"),
    ("Lekarz uprzejmy. Niestety jednak nie wszystko było w porządku.", "pl", "doctor"),
    ("医生很耐心。可惜有些地方不太好。", "zh", "doctor"),
    ("护士很热情。遗憾的是其他方面很让人失望。", "zh", "nurse"),
    ("医生态度很好。不幸的是整体体验很差。", "zh", "doctor"),
]
REGRET_WORDS = ("unfortunately", "sadly", "сожалению", "увы", "жаль", "niestety")
REGRET_WORDS += ("可惜", "遗憾", "不幸")


@pytest.mark.parametrize(("text", "lang", "person"), REGRET_AFTER_PRAISE)
def test_a_regret_naming_nothing_after_praise_is_kept_apart_from_the_person(
    text: str, lang: str, person: str
) -> None:
    found = read(text, lang)
    assert (person, POS) in found
    assert (person, NEG) not in found
    # the quote shown for the praise is the clause that names the person, not the regret
    quote = next(o.words for o in read_aspects(text, lang).opinions if o.aspect.value == person)
    assert not any(word in quote for word in REGRET_WORDS), quote
    # the regret still counts towards the verdict: praise and a complaint
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang", "aspect"),
    [
        # the regret names the person by a pronoun: it blames her
        ("Dr Lee was late. Unfortunately, she was also rude.", "en", "doctor"),
        ("Dr Lee explained everything. Unfortunately, she was also rude.", "en", "doctor"),
        ("Врач опоздал. К сожалению, ещё и нагрубил.", "ru", "doctor"),
        # a fragment saying more of the same complaint
        ("The reception lost my file. Unfortunately, twice.", "en", "reception"),
        ("Реєстратура загубила мою картку. На жаль, двічі.", "uk", "reception"),
        ("Rejestracja zgubiła moją kartę. Niestety dwa razy.", "pl", "reception"),
        ("前台把我的病历弄丢了。可惜不止一次。", "zh", "reception"),
        # a regret that names what it blames
        ("Pani doktor bardzo miła. Niestety rejestracja to dramat.", "pl", "reception"),
    ],
)
def test_a_regret_that_names_or_goes_on_with_a_complaint_still_blames(
    text: str, lang: str, aspect: str
) -> None:
    assert (aspect, NEG) in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the complaint a regret used to lend to the praise before it is read by its own words
        ("Pani w rejestracji rozmawiała ze mną tak, jakbym zabierała jej czas.", "pl"),
        ("Администратор разговаривала так, будто я отнимаю у неё время.", "ru"),
        ("Адміністраторка розмовляла так, ніби я забираю в неї час.", "uk"),
        ("The receptionist acted like I was wasting her time.", "en"),
    ],
)
def test_a_receptionist_who_behaves_as_if_the_patient_wastes_her_time_is_blamed(
    text: str, lang: str
) -> None:
    found = read(text, lang)
    assert ("reception", NEG) in found
    # her manner, not what she said
    assert ("communication", NEG) not in found
    assert verdict(text, lang) == "negative"


def test_a_demo_review_with_a_regret_between_praise_and_a_complaint_reads_both() -> None:
    text = (
        "Do rejestracji zawsze można się dodzwonić. Niestety, nie wszystko było tak dobrze. "
        "Pani w rejestracji rozmawiała ze mną tak, jakbym zabierała jej czas."
    )
    opinions = read_aspects(text, "pl").opinions
    quotes = {(o.aspect.value, o.polarity.value): o.words for o in opinions}
    # the regret is no one's quote: the complaint is told by the sentence that names the desk
    assert quotes[("reception", NEG)] == "pani w rejestracji rozmawiała ze mną tak"
    assert not any("niestety" in o.words or "dobrze" in o.words for o in opinions)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The doctor spent 40 minutes with me.", "en"),
        ("Dr Lee spent a full 30 minutes with me going through everything.", "en"),
        ("Лікар провів зі мною майже 40 хвилин.", "uk"),
        ("Лікарка приділила мені 30 хвилин.", "uk"),
        ("Врач уделил мне 40 минут.", "ru"),
        ("Доктор провёл со мной почти час.", "ru"),
        ("Lekarz poświęcił mi 40 minut.", "pl"),
        ("Pani doktor spędziła ze mną pół godziny.", "pl"),
        ("医生看了我40分钟。", "zh"),
        ("医生给我看了半个小时，很仔细。", "zh"),
    ],
)
def test_the_time_a_doctor_gives_is_no_wait(text: str, lang: str) -> None:
    assert Topic.WAITING not in detect_topics(text, lang)
    found = read(text, lang)
    assert ("waiting", NEG) not in found
    assert ("doctor", NEG) not in found  # "40分钟" holds no zero mark ("0分")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We waited 40 minutes for the doctor.", "en"),
        ("Ждали врача 40 минут.", "ru"),
        ("Чекали лікаря 40 хвилин.", "uk"),
        ("Czekałam 40 minut na lekarza.", "pl"),
        ("等了医生40分钟。", "zh"),
    ],
)
def test_forty_minutes_waited_is_still_the_wait(text: str, lang: str) -> None:
    assert Topic.WAITING in detect_topics(text, lang)
    assert ("waiting", NEG) in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Wizyta kosztowała 200 zł.", "pl"),
        ("Konsultacja kosztowała 250 zł.", "pl"),
        ("The visit cost £60.", "en"),
        ("Прием стоил 2000 рублей.", "ru"),
        ("Прийом коштував 600 гривень.", "uk"),
        ("挂号费200元。", "zh"),
    ],
)
def test_a_fee_stated_alone_blames_nothing(text: str, lang: str) -> None:
    assert ("price", NEG) not in read(text, lang)
    assert verdict(text, lang) == "neutral"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Lekarz bardzo miły. Wizyta kosztowała 200 zł.", "pl"),
        ("Wizyta kosztowała 150 zł, lekarz dokładny i miły.", "pl"),
        ("Pani doktor bardzo miła. Wizyta kosztowała 200 zł.", "pl"),
        ("The doctor was lovely. The visit cost £60.", "en"),
        ("Врач очень внимательный. Приём стоил 2000 рублей.", "ru"),
        ("Лікарка дуже уважна. Прийом коштував 600 гривень.", "uk"),
        ("医生很耐心。挂号费200元。", "zh"),
    ],
)
def test_a_fee_stated_beside_praise_leaves_the_praise(text: str, lang: str) -> None:
    found = read(text, lang)
    assert ("price", NEG) not in found
    assert ("doctor", POS) in found
    assert verdict(text, lang) == "positive"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a judging word, a word that makes the amount much, or a "but" against the praise
        ("Wizyta kosztowała aż 200 zł.", "pl"),
        ("Wizyta kosztowała 200 zł, drogo.", "pl"),
        ("Wizyta kosztowała mnie aż 300 zł.", "pl"),
        ("Lekarz miły, ale wizyta kosztowała 200 zł.", "pl"),
        ("The visit cost £60, overpriced.", "en"),
        ("The doctor was nice but the visit cost £160.", "en"),
        ("Прием стоил 2000 рублей, дорого.", "ru"),
        ("Прийом коштував 600 гривень, дорого.", "uk"),
        ("挂号费200元，太贵了。", "zh"),
    ],
)
def test_a_fee_judged_is_still_blamed(text: str, lang: str) -> None:
    assert ("price", NEG) in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the booking and the rudeness told in one clause
        ("I rang to book with Dr Lee and was spoken to rudely.", "en"),
        ("I called to book with the cardiologist and was spoken to rudely.", "en"),
        ("Phoned to make an appointment with Dr Patel and was treated rudely.", "en"),
        ("I rang to book with Dr Lee and the woman on the phone was rude.", "en"),
        ("Звонила записаться к терапевту и нарвалась на хамство.", "ru"),
        ("Дзвонила записатися до терапевта і наткнулася на хамство.", "uk"),
        ("Dzwoniłam umówić się do kardiologa i potraktowano mnie opryskliwie.", "pl"),
        ("Próbowałem zapisać się do ortopedy i zostałem potraktowany z buta.", "pl"),
        ("打电话挂王医生的号对方态度很差。", "zh"),
        # and in two (round twenty), which must stay
        ("Позвонила записаться к кардиологу, со мной разговаривали грубо.", "ru"),
        ("Dzwoniłam umówić się do kardiologa, potraktowano mnie opryskliwie.", "pl"),
        ("打电话挂王医生的号，接电话的人态度很差。", "zh"),
    ],
)
def test_a_rude_booking_call_in_one_clause_blames_the_front_desk(text: str, lang: str) -> None:
    found = read(text, lang)
    assert ("reception", NEG) in found
    # the doctor is the one being booked, and the booking only the occasion
    assert ("doctor", NEG) not in found
    assert ("scheduling", NEG) not in found
    assert verdict(text, lang) == "negative"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a pronoun names the doctor booked as the one who was rude
        ("Booked with Dr Lee and he was rude to me.", "en"),
        # the doctor named before the booking is its subject (round twenty's must-stay)
        ("The doctor I booked with was rude.", "en"),
        ("The cardiologist I booked with was rude to me.", "en"),
        ("我挂号的王医生态度很差。", "zh"),
        ("Записалась к кардиологу, и он мне нагрубил.", "ru"),
        ("Записалася до кардіолога, і він мені нагрубив.", "uk"),
        ("Umówiłam się do kardiologa i on był opryskliwy.", "pl"),
        ("挂了王医生的号，他态度很差。", "zh"),
    ],
)
def test_the_booked_doctor_named_again_by_a_pronoun_is_blamed(text: str, lang: str) -> None:
    found = read(text, lang)
    assert ("doctor", NEG) in found
    assert ("reception", NEG) not in found
    assert ("scheduling", NEG) not in found  # the booking is the occasion
