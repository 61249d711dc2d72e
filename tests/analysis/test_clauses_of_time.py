"""A clause of time ("when she took my blood", "kiedy dzwoniłam", "打电话预约的时候") is read
apart from its main clause even without a comma: the main clause judges what it names, the
clause of time is the occasion, and a feeling with nobody named ("I was furious") is about what
the clause of time names."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read

from clinicrep.analysis.aspects import read_aspects, split_clauses


@pytest.mark.parametrize(
    ("text", "lang", "clauses"),
    [
        (
            "The nurse was lovely when she took my blood.",
            "en",
            ["The nurse was lovely", "when she took my blood"],
        ),
        (
            "Pani w rejestracji była niemiła kiedy dzwoniłam żeby umówić wizytę.",
            "pl",
            ["Pani w rejestracji była niemiła", "kiedy dzwoniłam żeby umówić wizytę"],
        ),
        (
            "Медсестра была очень аккуратна когда брала кровь.",
            "ru",
            ["Медсестра была очень аккуратна", "когда брала кровь"],
        ),
        (
            "Медсестра була дуже обережна коли брала кров.",
            "uk",
            ["Медсестра була дуже обережна", "коли брала кров"],
        ),
        ("打电话预约的时候前台态度很差。", "zh", ["打电话预约的时候", "前台态度很差"]),
    ],
)
def test_a_clause_of_time_without_a_comma_is_cut_off(
    text: str, lang: str, clauses: list[str]
) -> None:
    assert [c for _, c in split_clauses(text, lang)] == clauses


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I asked when my results would be back.", "en"),
        ("Nobody knew when the doctor would come.", "en"),
        ("Pytałam kiedy będą wyniki.", "pl"),
        ("Спросила когда будут готовы анализы.", "ru"),
        ("Ніхто не знав коли прийде лікар.", "uk"),
    ],
)
def test_after_asking_the_when_word_asks_and_cuts_nothing(text: str, lang: str) -> None:
    assert len(split_clauses(text, lang)) == 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The receptionist was rude when I rang to book an appointment.", "en"),
        ("Pani w rejestracji była niemiła kiedy dzwoniłam żeby umówić wizytę.", "pl"),
        ("Регистратура нагрубила когда я звонила записаться на приём.", "ru"),
        ("Реєстратура нагрубила коли я дзвонила записатися на прийом.", "uk"),
        ("打电话预约的时候前台态度很差。", "zh"),
    ],
)
def test_the_occasion_is_not_blamed_for_what_the_main_clause_says_of_the_front_desk(
    text: str, lang: str
) -> None:
    # booking was only when it happened: the practice is told about its front desk, not about
    # its booking
    assert read(text, lang) == {("reception", "negative")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The doctor was kind when I finally got in after waiting two hours.", "en"),
        ("Lekarka była cudowna kiedy w końcu weszłam po dwóch godzinach czekania.", "pl"),
        ("Врач был очень добрым когда я наконец попала к нему после двух часов ожидания.", "ru"),
        (
            "Лікар був дуже уважний коли я нарешті потрапила до нього після двох годин очікування.",
            "uk",
        ),
        ("等了两个小时终于见到医生的时候医生倒是很耐心。", "zh"),
    ],
)
def test_a_clause_of_time_keeps_its_own_complaint_apart_from_the_main_clauses_praise(
    text: str, lang: str
) -> None:
    # one clause, before: the kind doctor's praise fell on the wait too
    reading = read_aspects(text, lang)
    assert read(text, lang) == {("doctor", "positive"), ("waiting", "negative")}
    assert reading.mixed


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I was delighted when the nurse came in.", "en"),
        ("Byłam zachwycona gdy przyszła pielęgniarka.", "pl"),
        ("Я была в восторге когда пришла медсестра.", "ru"),
        ("Я була в захваті коли прийшла медсестра.", "uk"),
        ("护士来的时候我特别开心。", "zh"),
    ],
)
def test_a_feeling_that_names_nobody_is_about_whom_the_clause_of_time_names(
    text: str, lang: str
) -> None:
    assert read(text, lang) == {("nurse", "positive")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The dentist was very gentle when he did my filling but the bill was a shock.", "en"),
        (
            "Dentysta był bardzo delikatny kiedy zakładał plombę ale rachunek mnie zszokował.",
            "pl",
        ),
        ("Стоматолог был очень бережным когда ставил пломбу но счёт меня шокировал.", "ru"),
        ("Стоматолог був дуже делікатний коли ставив пломбу але рахунок мене шокував.", "uk"),
        ("补牙的时候医生很轻柔，但是收费太贵了。", "zh"),
    ],
)
def test_a_but_after_a_clause_of_time_answers_the_main_clause(text: str, lang: str) -> None:
    # the filling was the occasion (not an outcome praised), and the bill is blamed against
    # the gentle dentist across the clause of time
    reading = read_aspects(text, lang)
    assert read(text, lang) == {("doctor", "positive"), ("price", "negative")}
    assert reading.mixed


def test_a_chinese_clause_of_time_lends_no_complaint_to_what_was_done() -> None:
    # "when I had already despaired, the front desk got me an appointment": the despair is
    # the patient's state then, not a complaint about the front desk
    found = read("当我已经绝望的时候，前台帮我约到了号。", "zh")
    assert not {pair for pair in found if pair[1] == "negative"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Пока ждала врача, администратор предложила мне чай.", "ru"),
        ("Поки чекала лікаря, адміністраторка запропонувала мені чай.", "uk"),
    ],
)
def test_while_i_waited_lends_no_complaint_to_the_front_desk(text: str, lang: str) -> None:
    # "пока", "поки" (while): the wait is when the tea was offered, not the front desk's fault
    assert ("reception", "negative") not in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("When I was waiting for my appointment, I got a parking ticket.", "en"),
        ("Kiedy czekałam na wizytę, dostałam mandat za parkowanie.", "pl"),
        ("Пока я ждал приёма, мне выписали штраф за парковку.", "ru"),
        ("Поки я чекав на прийом, мені виписали штраф за паркування.", "uk"),
        ("等看病的时候，车被贴了罚单。", "zh"),
    ],
)
def test_a_wait_that_only_says_when_is_no_complaint_about_waiting(text: str, lang: str) -> None:
    # seen in the demo's report: "Поки я чекав на прийом" quoted as a complaint about waiting
    assert read(text, lang) == {("access", "negative")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("When I finally got in after waiting two hours, the doctor was lovely.", "en"),
        (
            "Когда я наконец попала к врачу после двух часов ожидания, он был очень внимателен.",
            "ru",
        ),
    ],
)
def test_a_wait_measured_in_hours_is_a_complaint_and_the_praise_is_the_doctors(
    text: str, lang: str
) -> None:
    assert read(text, lang) == {("waiting", "negative"), ("doctor", "positive")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("When I got there the waiting room was packed.", "en"),
        ("Kiedy przyszłam kolejka była ogromna.", "pl"),
        ("Когда пришла очередь была огромная.", "ru"),
    ],
)
def test_a_clause_of_time_alone_in_its_sentence_keeps_its_main_clauses_complaint(
    text: str, lang: str
) -> None:
    # no comma after the clause of time: the main clause is inside it
    assert read(text, lang) == {("waiting", "negative")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before, one clause: the rude receptionist's blame fell on the doctor's praise too
        (
            "The doctor was great while the receptionist was rude.",
            {("doctor", "positive"), ("reception", "negative")},
        ),
        # ... and the rudeness on the wait, the friendliness on it too
        ("The receptionist was rude while I waited.", {("reception", "negative")}),
        ("The staff were friendly while I was waiting for my scan.", {("reception", "positive")}),
    ],
)
def test_while_opens_a_clause_of_time_in_english(text: str, expected: set) -> None:
    main, occasion = (clause for _, clause in split_clauses(text, "en"))
    assert occasion.startswith("while ") and not main.endswith("while")
    assert read(text, "en") == expected
