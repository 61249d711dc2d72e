"""The classes round eleven (issue 19, branch asp11) fixed across languages from the tuning
rows' misses of fresh2 and fresh3, each told in new words: what a practice sees on a review's
aspects and its verdict."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict
from tests.analysis.probe_readings import Reading, check_reading, readings

NEG, POS = "negative", "positive"


@pytest.mark.parametrize(
    ("text", "lang", "aspect"),
    [
        (
            "The nurse rang me back the same evening with my results and went through them"
            " patiently.",
            "en",
            "nurse",
        ),
        ("Lekarka, która naprawdę słucha i tłumaczy zrozumiale. Takich mało.", "pl", "doctor"),
    ],
)
def test_praise_told_only_by_what_was_done_reads_positive(
    text: str, lang: str, aspect: str
) -> None:
    # the sentiment words say (almost) nothing; the deeds the aspect terms name praise
    assert (aspect, POS) in read(text, lang)
    assert ("communication", POS) in read(text, lang)
    assert verdict(text, lang) == "positive"


def test_a_single_mild_praise_without_judging_words_stays_a_description() -> None:
    # praise needs more strength than a complaint to decide a verdict without judging words
    assert read("Przyjął na czas.", "pl") == {("waiting", POS)}
    assert verdict("Przyjął na czas.", "pl") == "neutral"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Paid $250 to be told to drink more water. Brilliant, doctor, never would have"
            " guessed.",
            "en",
        ),
        (
            "Zapłaciłem 300 zł, żeby usłyszeć «proszę odpoczywać». Rewelacja, panie doktorze, sam"
            " bym nie wymyślił.",
            "pl",
        ),
        ("Заплатил 4000, чтобы услышать «надо похудеть». Спасибо, доктор, открыли глаза.", "ru"),
        (
            "Віддала 1100 грн, щоб почути «треба більше відпочивати». Дякую, лікарю, відкрили"
            " Америку.",
            "uk",
        ),
        ("花了五百块，就告诉我多休息，真是高明。", "zh"),
    ],
)
def test_paying_only_to_hear_advice_blames_the_doctor_and_the_thanks_after_it_are_irony(
    text: str, lang: str
) -> None:
    assert read(text, lang) == {("price", NEG), ("doctor", NEG)}
    assert verdict(text, lang) == "negative"


@pytest.mark.parametrize(
    ("text", "lang", "praised"),
    [
        ("Paid $250 for the consultation. Brilliant doctor, my knee is fixed.", "en", "doctor"),
        ("Badanie trwało 4 minuty. Pani w rejestracji za to przemiła.", "pl", "reception"),
    ],
)
def test_praise_after_an_amount_or_a_short_visit_is_meant_where_nothing_was_paid_for_nothing(
    text: str, lang: str, praised: str
) -> None:
    # an amount told without what it bought, or another person praised after a short visit
    assert (praised, POS) in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Spent 3 hours in the waiting room just to be told to rest.", "en"),
        ("Заплатила и ещё 3 часа ждала, чтобы услышать «приходите завтра».", "ru"),
    ],
)
def test_time_spent_is_no_amount_paid(text: str, lang: str) -> None:
    assert all(aspect != "price" for aspect, _ in read(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "blamed"),
    [
        (
            "Oh great, the urgent appointment they gave me was three weeks out. Brilliant.",
            "en",
            "scheduling",
        ),
        (
            "Super, że o odwołaniu zabiegu powiedzieli mi dopiero w rejestracji. Polecam, jeśli"
            " ktoś lubi jeździć na próżno.",
            "pl",
            "scheduling",
        ),
        ("Ну спасибо за чудесный сервис: записали на 9:00, приняли в 10:30.", "ru", "waiting"),
        ("Ну дякую за чудовий сервіс: записали на 9:00, прийняли о 10:30.", "uk", "waiting"),
        ("呵呵，说好的随到随看，结果排了三个小时。", "zh", "waiting"),
    ],
)
def test_praise_opened_by_a_marker_of_sarcasm_beside_a_complaint_told_as_fact_blames(
    text: str, lang: str, blamed: str
) -> None:
    assert (blamed, NEG) in read(text, lang)
    assert all(polarity == NEG for _, polarity in read(text, lang))
    assert verdict(text, lang) == "negative"


def test_a_marker_of_sarcasm_alone_blames_what_its_sentence_names() -> None:
    text = "No pewnie, po co komu winda w przychodni dla seniorów."
    assert read(text, "pl") == {("access", NEG)}
    assert verdict(text, "pl") == "negative"


def test_praise_after_a_marker_of_sarcasm_with_no_complaint_is_meant() -> None:
    text = "Love how the nurses always remember my name."
    assert read(text, "en") == {("nurse", POS)}
    assert verdict(text, "en") == "positive"


def test_a_polish_review_without_polish_letters_is_read_as_polish() -> None:
    from clinicrep.analysis.language import detect_language

    text = "Blisko domu, a lekarka konkretna i rzeczowa."  # "a" and "i" are English words too
    assert detect_language(text, "pl") == "pl"
    assert verdict(text, "pl") == "positive"


@pytest.mark.parametrize(
    ("text", "lang", "expected", "said"),
    [
        (
            "Dr. Lee took thirty minutes with my son and found the infection the others had"
            " missed.",
            "en",
            {("doctor", POS), ("outcome", POS)},
            "positive",
        ),
        ("They moved my surgery without telling me.", "en", {("communication", NEG)}, "negative"),
        (
            "Waited on the phone for an hour just to book.",
            "en",
            {("reception", NEG), ("scheduling", NEG)},
            "negative",
        ),
        (
            "The scanner was broken, so I came back another day.",
            "en",
            {("facilities", NEG)},
            "negative",
        ),
        (
            "Dzwonię trzeci raz i nikt nic nie wie o moich wynikach.",
            "pl",
            {("communication", NEG)},
            "negative",
        ),
        (
            "Przyjęła mnie od razu, a skierowanie dostałam dopiero po tygodniu.",
            "pl",
            {("waiting", POS), ("communication", NEG)},
            "mixed",
        ),
    ],
)
def test_what_was_done_or_not_done_judges_without_a_judging_word(
    text: str, lang: str, expected: set[tuple[str, str]], said: str
) -> None:
    assert read(text, lang) == expected
    assert verdict(text, lang) == said


@pytest.mark.parametrize(
    "reading",
    readings(
        [
            (
                "Администратор сама перезвонила и перенесла приём на удобное время.",
                "ru",
                # session 26: the front desk's call is its service, not information
                # (aspects.CONTACT)
                {("reception", POS), ("scheduling", POS)},
            ),
            ("В лаборатории потеряли мои анализы.", "ru", {("communication", NEG)}),
            (
                "Адміністраторка сама передзвонила й перенесла прийом на зручний час.",
                "uk",
                # session 26: the front desk's call is its service, not information
                # (aspects.CONTACT)
                {("reception", POS), ("scheduling", POS)},
            ),
            ("Після видалення ясна кровили три дні.", "uk", {("outcome", NEG)}),
            ("医生把检查结果一项一项讲清楚了。", "zh", {("doctor", POS), ("communication", POS)}),
            ("补的牙一周就掉了，回去还要再收钱。", "zh", {("outcome", NEG), ("price", NEG)}),
        ]
    ),
)
def test_events_told_without_judging_words_in_russian_ukrainian_and_chinese(
    reading: Reading,
) -> None:
    check_reading(reading)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The dentist was lovely, but the bill came to more than we were quoted.", "en"),
        ("Lekarz miły, ale za zabieg zapłaciłam więcej niż mówili.", "pl"),
        ("Врач хороший, но вышло дороже, чем обещали.", "ru"),
        ("Лікар хороший, але вийшло дорожче, ніж обіцяли.", "uk"),
        ("医生不错，但是最后比说好的贵了五百。", "zh"),
    ],
)
def test_a_bill_higher_than_quoted_blames_the_price(text: str, lang: str) -> None:
    assert read(text, lang) == {("doctor", POS), ("price", NEG)}
    assert verdict(text, lang) == "mixed"


def test_a_place_found_only_after_an_hours_search_blames_the_access() -> None:
    text = "Шукали годину, бо вивіски немає. Сам прийом у ревматолога пройшов чудово."
    assert ("access", NEG) in read(text, "uk")
    assert ("doctor", POS) in read(text, "uk")
    assert verdict(text, "uk") == "mixed"


def test_a_contrast_word_closing_its_clause_lets_the_next_clause_judge_what_it_named() -> None:
    text = (
        "The nurse was brilliant with my daughter. Parking costs a fortune though, which is a"
        " disgrace."
    )
    assert read(text, "en") == {("nurse", POS), ("price", NEG), ("access", NEG)}
    assert verdict(text, "en") == "mixed"


def test_a_long_story_around_one_praise_and_one_complaint_is_mixed() -> None:
    text = (
        "Brought my father in for his hip on Monday morning after a week of him limping around"
        " the house. Dr Singh actually sat down and looked at him properly, which after the last"
        " place felt like a small miracle, but we had been sat in that waiting room for two hours"
        " before anyone called his name."
    )
    assert read(text, "en") == {("doctor", POS), ("waiting", NEG)}
    assert verdict(text, "en") == "mixed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Seen on time, but he was rude and dismissive.", "en"),
        ("Przyjęła punktualnie, ale była niemiła i protekcjonalna.", "pl"),
    ],
)
def test_a_manner_judged_of_nobody_named_is_the_doctors(text: str, lang: str) -> None:
    # "he", "była": the person is not named, and the visit's person is the doctor
    assert read(text, lang) == {("waiting", POS), ("doctor", NEG)}
    assert verdict(text, lang) == "mixed"


def test_a_referral_that_took_six_weeks_blames_the_booking() -> None:
    text = "Getting a referral took six weeks, but the physio was great."
    assert read(text, "en") == {("scheduling", NEG), ("doctor", POS)}
    assert verdict(text, "en") == "mixed"


def test_a_facility_fee_is_the_price_not_the_premises() -> None:
    text = "Quick visit, but they charged me a facility fee nobody mentioned."
    assert read(text, "en") == {("price", NEG)}


def test_how_long_before_the_visit_it_was_cancelled_is_no_wait() -> None:
    text = "Zabieg odwołali telefonicznie godzinę przed, a brałam wolne w pracy."
    assert read(text, "pl") == {("scheduling", NEG)}


def test_broken_equipment_blames_the_premises() -> None:
    text = "Операцию перенесли, потому что аппарат сломался."
    assert read(text, "ru") == {("scheduling", NEG), ("facilities", NEG)}
    assert verdict(text, "ru") == "negative"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Oh great, the best clinic in town. They cancelled my surgery the day before.", "en"),
        ("Ага, «найкраща клініка міста». Скасували операцію за день.", "uk"),
    ],
)
def test_sarcastic_praise_followed_by_the_complaint_in_the_next_sentence_is_negative(
    text: str, lang: str
) -> None:
    assert read(text, lang) == {("scheduling", NEG)}
    assert verdict(text, lang) == "negative"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("After the cataract surgery I can see clearly again.", "en"),
        ("После замены хрусталика вижу как в молодости.", "ru"),
        ("Після заміни кришталика бачу як у молодості.", "uk"),
        ("Po zabiegu na oczy widzę wyraźnie.", "pl"),
        ("做完白内障手术，第三天就看得很清楚了。", "zh"),
    ],
)
def test_sight_restored_credits_the_outcome(text: str, lang: str) -> None:
    assert read(text, lang) == {("outcome", POS)}


def test_a_doctor_who_must_be_chased_with_questions_blames_the_information() -> None:
    text = "医生技术不错，不过话很少，什么都要追着问。"
    assert read(text, "zh") == {("doctor", POS), ("communication", NEG)}
    assert verdict(text, "zh") == "mixed"


def test_what_the_public_service_offers_is_not_this_practices() -> None:
    text = "Za wizytę prywatną zapłaciłam 300 zł, a na NFZ ten sam lekarz przyjmuje bez kolejki."
    assert read(text, "pl") == {("price", NEG)}


def test_a_call_never_returned_told_without_a_judging_word_is_a_complaint() -> None:
    assert read("Никто не перезванивает.", "ru") == {("communication", NEG)}
    assert verdict("Никто не перезванивает.", "ru") == "negative"


def test_a_thing_far_off_told_without_a_judging_word_stays_a_description() -> None:
    # a press report's sentence: "far off" is no complaint of the practice's access
    assert verdict("Do badań na ludziach jest jeszcze daleko.", "pl") == "neutral"


def test_a_bill_charged_twice_and_refunded_late_blames_the_price() -> None:
    text = "They double charged me and it took two months to refund."
    assert read(text, "en") == {("price", NEG)}
    assert verdict(text, "en") == "negative"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The website promises no waiting. I sat in the corridor for two hours.", "en"),
        ("Klinika obiecuje «wizyty bez czekania». Czekałam na korytarzu dwie godziny.", "pl"),
    ],
)
def test_a_claim_the_next_sentence_breaks_makes_the_review_negative(text: str, lang: str) -> None:
    assert read(text, lang) == {("waiting", NEG)}
    assert verdict(text, lang) == "negative"
