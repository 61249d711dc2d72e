"""Round sixteen (issue 19, branch asp16): mixed reviews whose complaint is one short clause at
the end, told as a fact, and sarcasm that ends with an emoji instead of a stop. Each review is
written for the test, not copied from a row: the aspects and the verdict a practice sees on it,
with the look-alikes that must not change."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

from clinicrep.analysis.aspects import split_clauses
from clinicrep.analysis.lexicon import tokenize

NEG, POS = "negative", "positive"


@pytest.mark.parametrize(
    ("text", "lang", "praised"),
    [
        (
            "Ну дякую, що записали на 9:00, а прийняли о 10:30 🙃 Сама лікарка уважна.",
            "uk",
            "doctor",
        ),
        (
            "Ну спасибо, что записали на 9:00, а приняли в 10:30 🙃 Сам врач внимательный.",
            "ru",
            "doctor",
        ),
        ("Oh great, waited an hour past my time again 🙄 The nurse was lovely.", "en", "nurse"),
    ],
)
def test_sarcasm_closed_by_an_emoji_does_not_turn_the_praise_of_the_next_sentence(
    text: str, lang: str, praised: str
) -> None:
    found = read(text, lang)
    assert (praised, POS) in found
    assert (praised, NEG) not in found
    assert ("waiting", NEG) in found
    assert verdict(text, lang) == "mixed"


def test_an_emoji_ends_a_sentence_only_before_a_capitalised_word() -> None:
    # one sentence's end for the stops and emoji in a row
    assert tokenize("Дякую!! 🙃 Сам лор") == ("дякую", ".", "сам", "лор")
    # an emoji inside a sentence (no capital after it) ends nothing
    assert tokenize("лікар супер 👍 рекомендую") == ("лікар", "супер", "рекомендую")
    assert [s for s, _ in split_clauses("Лікар супер 👍 рекомендую всім", "uk")] == [0]
    assert [s for s, _ in split_clauses("Лікар супер 👍 Рекомендую всім", "uk")] == [0, 1]


@pytest.mark.parametrize(
    "text",
    [
        "医生很耐心。在诊室门口坐了一个半小时。",
        "医生很耐心。取药又排了五十分钟。",
        "医生很好，每次来都要等一个多小时。",
    ],
)
def test_a_chinese_wait_told_by_its_length_blames_the_wait(text: str) -> None:
    assert read(text, "zh") == {("doctor", POS), ("waiting", NEG)}
    assert verdict(text, "zh") == "mixed"


@pytest.mark.parametrize(
    "text",
    [
        "医生很耐心，等了五分钟就进去了。",  # a short wait praises
        "带孩子打疫苗，打完在观察区坐了三十分钟才走，医生很耐心。",  # sitting, not waiting
        "坐了两个小时的车才到，医生很耐心。",  # the journey
        "医生很耐心，看了十分钟，讲得很清楚。",  # the visit's length
    ],
)
def test_a_chinese_length_that_is_no_long_wait_does_not_blame_it(text: str) -> None:
    assert ("waiting", NEG) not in read(text, "zh")
    assert verdict(text, "zh") == POS


@pytest.mark.parametrize(
    ("text", "lang", "blamed"),
    [
        (
            "Dr Shah did the scan herself and explained it all. A bit pricier than other places.",
            "en",
            "price",
        ),
        (
            "The physio was brilliant. The clinic is on the third floor with no elevator.",
            "en",
            "facilities",
        ),
        ("Лікарка пояснила все до дрібниць. Ціна трохи вища ніж в інших.", "uk", "price"),
        ("Лікар молодець. Проте кабінет на третьому поверсі без ліфта.", "uk", "facilities"),
        (
            "Ортопед чудовий. Єдине — записатися до нього можна хіба через місяць.",
            "uk",
            "scheduling",
        ),
        ("真是“神医”啊，吃了一个月药一点没见好。前台倒是很客气。", "zh", "outcome"),
    ],
)
def test_a_short_last_clause_told_as_a_fact_makes_the_review_mixed(
    text: str, lang: str, blamed: str
) -> None:
    assert (blamed, NEG) in read(text, lang)
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("There is a lift to the third floor and the nurse was lovely.", "en"),
        ("Prices are lower than other places and the doctor was great.", "en"),
        ("Ціна нижча ніж в інших, лікар уважний.", "uk"),
        ("Записалася на прийом через тиждень, як і хотіла. Лікар уважний.", "uk"),
        ("王医生真是神医啊，吃了一个月药就好了。", "zh"),
    ],
)
def test_look_alikes_of_those_facts_stay_praise(text: str, lang: str) -> None:
    assert all(polarity == POS for _, polarity in read(text, lang))
    assert verdict(text, lang) == POS


@pytest.mark.parametrize(
    ("text", "blamed"),
    [
        ("Все сподобалось, крім парковки.", "access"),
        ("Усе чудово, окрім реєстратури.", "reception"),
        ("Все було добре, за винятком цін.", "price"),
    ],
)
def test_a_ukrainian_exception_after_praise_blames_what_it_names(text: str, blamed: str) -> None:
    found = read(text, "uk")
    assert (blamed, NEG) in found
    assert (blamed, POS) not in found


@pytest.mark.parametrize(
    ("text", "praised", "blamed"),
    [
        ("医生很好只是有点贵", "doctor", "price"),
        ("护士很温柔就是环境有点脏", "nurse", "facilities"),
        ("医生很耐心可惜号太难挂", "doctor", "scheduling"),
    ],
)
def test_a_chinese_but_without_a_comma_after_praise_starts_the_complaint(
    text: str, praised: str, blamed: str
) -> None:
    assert read(text, "zh") == {(praised, POS), (blamed, NEG)}
    assert verdict(text, "zh") == "mixed"


def test_a_chinese_just_with_no_judgement_before_it_cuts_nothing() -> None:
    # "就是" here is "just": the doctor said it is just a cold
    assert len(split_clauses("医生说就是普通感冒", "zh")) == 1
    assert len(split_clauses("医生很好只是有点贵", "zh")) == 2


@pytest.mark.parametrize(
    ("text", "lang", "praised", "blamed"),
    [
        ("Лікар хороший тільки дорого", "uk", "doctor", "price"),
        ("Лікарка чудова лише чекати довелося годину", "uk", "doctor", "waiting"),
        ("Педіатр дуже уважна тільки в реєстратурі хамлять", "uk", "doctor", "reception"),
    ],
)
def test_a_but_word_without_a_comma_after_praise_starts_the_complaint(
    text: str, lang: str, praised: str, blamed: str
) -> None:
    found = read(text, lang)
    assert (praised, POS) in found
    assert (blamed, NEG) in found
    assert (praised, NEG) not in found


def test_only_with_no_judgement_before_it_cuts_nothing() -> None:
    # "тільки" is "only" here: the doctor sees patients only by appointment
    assert len(split_clauses("Лікар приймає тільки за записом", "uk")) == 1
    assert len(split_clauses("Лікар хороший тільки дорого", "uk")) == 2


def test_what_nobody_had_done_before_praises_who_did_it_now() -> None:
    text = "The physio checked my posture properly, nobody had bothered before. Parking is a pain."
    found = read(text, "en")
    assert ("doctor", POS) in found
    assert ("doctor", NEG) not in found
    assert verdict(text, "en") == "mixed"
    # the look-alike: a deed nobody did at this visit still blames
    assert ("communication", NEG) in read("Nobody explained the results to me.", "en")


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("На контрольному огляді лікар лише знизав плечима.", "uk", ("doctor", NEG)),
        ("Медсестра дала синові погратися шприцом. Навіть не пискнув.", "uk", ("nurse", POS)),
        ("手术三个月了，腿还是跟以前一样疼。", "zh", ("outcome", NEG)),
        ("戴了两年牙套，今天拆了，牙齿整整齐齐。", "zh", ("outcome", POS)),
    ],
)
def test_facts_that_judge_without_a_judging_word(
    text: str, lang: str, found: tuple[str, str]
) -> None:
    assert found in read(text, lang)


def test_the_same_as_before_said_of_a_person_is_no_complaint_of_the_outcome() -> None:
    assert ("outcome", NEG) not in read("医生还是跟以前一样耐心。", "zh")
