"""Round nineteen (issue 19, branch asp19): a fee stated with no judgement, a complaint about a
person the review names by no role, and a review that praises only through its aspects. Each
review is written for the test, not copied from a row, with the look-alikes that must not
change."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG, POS = "negative", "positive"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Consultation fee is £70. The GP saw me at 11:20 and sent me for bloods.", "en"),
        ("Стоимость консультации 2500 рублей. Врач принял в 11:20 и направил на анализы.", "ru"),
        ("Консультація коштувала 700 грн. Лікар прийняв об 11:20 і направив на аналізи.", "uk"),
        ("挂号费50元。医生十一点二十看的，开了验血单。", "zh"),
    ],
)
def test_a_fee_stated_in_a_review_that_judges_nothing_does_not_blame_the_price(
    text: str, lang: str
) -> None:
    assert ("price", NEG) not in read(text, lang)
    assert verdict(text, lang) == "neutral"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the same fee beside a complaint, an amount paid for a visit told short, a fee above
        # the one quoted: the price is blamed as before
        ("Consultation fee is £70 and the GP was rude to me.", "en"),
        ("Paid £70 for a five minute chat.", "en"),
        ("Стоимость консультации 2500 рублей, а врач нагрубил.", "ru"),
        ("Консультація коштувала 1400 грн, хоча на сайті було 700.", "uk"),
        ("挂号费300，医生看了不到五分钟。", "zh"),
    ],
)
def test_a_fee_beside_a_complaint_still_blames_the_price(text: str, lang: str) -> None:
    found = read(text, lang)
    assert ("price", NEG) in found or ("doctor", NEG) in found


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        # a booking or a call in the sentence: the front desk
        ("Rang to rebook my appointment and the man who answered was rude.", "en", "reception"),
        ("Позвонила записаться, со мной разговаривали грубо.", "ru", "reception"),
        ("Подзвонив записатися, зі мною розмовляли грубо.", "uk", "reception"),
        ("Zadzwoniłam, żeby umówić wizytę, pan, który odebrał, był opryskliwy.", "pl", "reception"),
        ("打电话预约，接电话的人态度很差。", "zh", "reception"),
        # nobody named and no booking: the doctor who saw the patient
        ("They talked down to me.", "en", "doctor"),
        ("Со мной весь приём разговаривали свысока.", "ru", "doctor"),
        ("Зі мною весь прийом розмовляли зверхньо.", "uk", "doctor"),
        ("Przez całą wizytę mówiono do mnie z wyższością.", "pl", "doctor"),
        ("整个看病过程都是居高临下地跟我说话。", "zh", "doctor"),
    ],
)
def test_a_complaint_about_a_person_with_no_role_named_blames_a_person(
    text: str, lang: str, person: str
) -> None:
    found = read(text, lang)
    assert (person, NEG) in found
    # the manner is the person's, not the information given
    assert ("communication", NEG) not in found
    assert verdict(text, lang) == "negative"


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        # look-alikes: the person is named, in the sentence or the one before; the bill named
        # beside a rude desk stays blamed
        ("The nurse took my blood. She spoke to me rudely.", "en", "nurse"),
        ("Rude billing staff and a surprise bill of $400.", "en", "reception"),
        ("Медсестра в процедурном разговаривала грубо.", "ru", "nurse"),
        ("Реєстраторка розмовляла зі мною зверхньо.", "uk", "reception"),
        ("Pielęgniarka była opryskliwa.", "pl", "nurse"),
        ("护士态度很差。", "zh", "nurse"),
    ],
)
def test_a_complaint_about_a_named_person_stays_with_that_person(
    text: str, lang: str, person: str
) -> None:
    found = read(text, lang)
    assert (person, NEG) in found
    assert not {("doctor", NEG), ("communication", NEG)} & found - {(person, NEG)}
    if "bill" in text:
        assert ("price", NEG) in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Receptionist found me a slot the same afternoon. Dr Ames sent the scan results to"
            " my phone that evening.",
            "en",
        ),
        ("Всего 900 рублей за приём, а врач потратил на меня почти 40 минут.", "ru"),
        ("Всього 400 грн за прийом, а лікар провів зі мною майже 40 хвилин.", "uk"),
        (
            "Pielęgniarka pobrała krew za pierwszym razem. Wyniki przyszły mailem następnego"
            " dnia rano.",
            "pl",
        ),
        ("才80块钱，医生看了二十多分钟。", "zh"),
    ],
)
def test_praise_told_through_several_aspects_without_judging_words_is_positive(
    text: str, lang: str
) -> None:
    found = read(text, lang)
    assert len(found) >= 2
    assert {polarity for _, polarity in found} == {POS}
    assert verdict(text, lang) == "positive"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # one aspect told by a deed is a description (PolEmo's punctual clinic), not a verdict
        ("Медсестра взяла кровь с первого раза.", "ru"),
        ("Медсестра взяла кров з першого разу.", "uk"),
    ],
)
def test_one_aspect_told_by_a_deed_stays_neutral(text: str, lang: str) -> None:
    assert verdict(text, lang) == "neutral"


def test_a_faint_lean_of_the_words_leaves_a_complaint_about_a_person_negative() -> None:
    # "whole" leans the English words a little positive (TextBlob); the manner decides
    text = "They talked down to me for the whole visit."
    assert ("doctor", NEG) in read(text, "en")
    assert verdict(text, "en") == "negative"


@pytest.mark.parametrize(
    ("text", "lang", "blamed"),
    [
        ("Lekarz uprzejmy, ale wyników nadal nie ma.", "pl", "communication"),
        ("医生挺客气的，但是报告还是没出来。", "zh", "communication"),
        ("Dentystka świetna, za to policzyli więcej niż w kosztorysie.", "pl", "price"),
        ("The dentist is excellent. The billing team could not add up.", "en", "price"),
        ("The physio is great. Parking's a nightmare though.", "en", "access"),
    ],
)
def test_round_nineteen_words_blame_what_they_tell(text: str, lang: str, blamed: str) -> None:
    found = read(text, lang)
    assert (blamed, NEG) in found
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang", "aspect"),
    [
        ("Lekarz uprzejmy, wyniki przyszły następnego dnia.", "pl", "communication"),
        ("医生挺客气的，报告第二天就出来了。", "zh", "communication"),
        ("The physio is great and parking's free.", "en", "access"),
    ],
)
def test_round_nineteen_look_alikes_blame_nothing(text: str, lang: str, aspect: str) -> None:
    assert (aspect, NEG) not in read(text, lang)


PRAISED = {
    "en": "Dr Okafor has looked after my mother for years. She is kind, patient and thorough, she"
    " always rings back the same day and explains every result in plain words, and the nurses"
    " are lovely too.",
    "ru": "Доктор Петрова наблюдает маму много лет. Она добрая, терпеливая и внимательная, всегда"
    " перезванивает в тот же день и понятно объясняет каждый анализ, медсёстры тоже чудесные.",
    "uk": "Лікарка Петренко спостерігає маму багато років. Вона добра, терпляча й уважна, завжди"
    " передзвонює того ж дня і зрозуміло пояснює кожен аналіз, медсестри теж чудові.",
    "pl": "Doktor Nowak od lat leczy moją mamę. Jest życzliwa, cierpliwa i dokładna, zawsze"
    " oddzwania tego samego dnia i jasno tłumaczy każdy wynik, pielęgniarki też są cudowne.",
    # (long by the reader's measure, more than 90 characters, as the other four are more than 45
    # words: a short review that praises and blames is mixed however many clauses judge,
    # session 40)
    "zh": "王医生给我妈看病很多年了，人很和善，很有耐心，也很仔细认真，从来不催我们，"
    "每次当天就回电话，每个化验结果都讲得清清楚楚，有不明白的地方还会再耐心解释一遍，"
    "护士们也都特别好。",
}
RESERVED = {
    "en": "Only gripe: the car park is tiny.",
    "ru": "Минус один: парковка крошечная.",
    "uk": "Єдиний мінус: парковка крихітна.",
    "pl": "Jedyny minus: parking jest malutki.",
    "zh": "唯一的缺点：停车位太少。",
}


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "pl", "zh"])
def test_a_complaint_set_apart_at_the_end_of_a_long_praise_makes_it_mixed(lang: str) -> None:
    text = f"{PRAISED[lang]} {RESERVED[lang]}"
    assert ("access", NEG) in read(text, lang)
    assert verdict(text, lang) == "mixed"


UNMARKED = {
    "en": "The car park is tiny.",
    "ru": "Парковка крошечная.",
    "uk": "Парковка крихітна.",
    "pl": "Parking jest malutki.",
    "zh": "停车位太少。",
}


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "pl", "zh"])
def test_a_small_complaint_not_set_apart_leaves_a_long_praise_positive(lang: str) -> None:
    # the balance of a long story decides where the writer does not set the complaint apart
    assert verdict(f"{PRAISED[lang]} {UNMARKED[lang]}", lang) == "positive"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Стоимость приёма 1500 рублей, врач был очень внимателен.", "ru"),
        ("Прийом коштував 500 грн, лікарка була дуже уважна.", "uk"),
        ("挂号费50元，医生很耐心。", "zh"),
    ],
)
def test_a_fee_stated_beside_praise_is_neither_praised_nor_blamed(text: str, lang: str) -> None:
    found = read(text, lang)
    assert ("doctor", POS) in found
    assert not {("price", POS), ("price", NEG)} & found
