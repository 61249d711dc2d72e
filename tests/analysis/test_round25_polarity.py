"""Round twenty-five (issue 19, branch asp27): four reading faults of the aspect reader.

1. results that came late are the information's complaint, not the booking's or the wait's
   (the labelled sets: "Blood results took a month to come back" blames `communication`);
2. one aspect praised in one sentence and blamed in another makes the review mixed, and where
   the two weigh the same the later sentence, which names the aspect again, keeps its chip;
3. a praising emoji after a complaint judges nothing ("Doctor rude 👍👍👍" stays a complaint);
4. polarity traps: wishes and "could have been more" are complaints, "I wouldn't say that ..."
   denies the praise after it, and litotes ("нечего сказать плохого") praise.

Each review is written for the test; the "must stay" look-alikes read as before.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict
from tests.analysis.probe_readings import Reading, check_reading, readings

NEG, POS = "negative", "positive"
DOC, REC, WAIT, SCHED, COMM = "doctor", "reception", "waiting", "scheduling", "communication"

LATE_RESULTS = [
    ("The blood results took three weeks to arrive.", "en"),
    ("My scan report took a month to come back.", "en"),
    ("Результаты анализов пришли только через три недели.", "ru"),
    ("Результаты анализов пришлось ждать три недели.", "ru"),
    ("Заключение МРТ выдали лишь через две недели.", "ru"),
    ("Результати аналізів прийшли лише через три тижні.", "uk"),
    ("Результати аналізів чекали два тижні.", "uk"),
    ("Na wyniki czekałam trzy tygodnie.", "pl"),
    ("检查结果等了三周才出来。", "zh"),
    ("报告等了一个星期才拿到。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), LATE_RESULTS)
def test_results_that_came_late_blame_the_information(text: str, lang: str) -> None:
    assert read(text, lang) == {(COMM, NEG)}


LATE_RESULTS_STAY = [
    # a booking far ahead, and a wait in the practice, are what they were
    ("Записали на приём только через три недели.", "ru", {(SCHED, NEG)}),
    ("Записали тільки через три тижні.", "uk", {(SCHED, NEG)}),
    ("Na wizytę czekałam trzy tygodnie.", "pl", {(SCHED, NEG)}),
    ("Врача ждали два часа.", "ru", {(WAIT, NEG)}),
    ("挂号排队，结果等了三个小时。", "zh", {(WAIT, NEG)}),
    ("Wyniki przyszły dopiero po trzech tygodniach.", "pl", {(COMM, NEG)}),
]


@pytest.mark.parametrize("reading", readings(LATE_RESULTS_STAY))
def test_a_booking_or_a_wait_without_results_reads_as_before(reading: Reading) -> None:
    check_reading(reading)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Врач внимательный. Результаты анализов пришли только через три недели.", "ru"),
        ("Лікар уважний. Результати аналізів прийшли лише через три тижні.", "uk"),
        ("医生很好。检查结果等了三周才出来。", "zh"),
        ("The doctor was lovely. The blood results took three weeks to arrive.", "en"),
    ],
)
def test_a_doctor_praised_and_results_late_make_a_mixed_review(text: str, lang: str) -> None:
    assert read(text, lang) == {(DOC, POS), (COMM, NEG)}
    assert verdict(text, lang) == "mixed"


TWO_SIDED = [
    # the two weigh the same: the later sentence, which names the person again, keeps the chip
    ("Врач был вежлив. Потом врач нахамил мне.", "ru", {(DOC, NEG)}),
    ("Лікар був ввічливий. Потім лікар на мене накричав.", "uk", {(DOC, NEG)}),
    ("Lekarz był miły. Potem lekarz na mnie nakrzyczał.", "pl", {(DOC, NEG)}),
    ("医生很和蔼。后来医生对我很凶。", "zh", {(DOC, NEG)}),
    ("The nurse was lovely. The nurse was rude the second time.", "en", {("nurse", NEG)}),
    # the praise weighs more: the chip is the sum's, the review still mixed
    ("The doctor was kind. Later the doctor was rude to me.", "en", {(DOC, POS)}),
]


@pytest.mark.parametrize("reading", readings(TWO_SIDED))
def test_one_aspect_praised_then_blamed_makes_a_mixed_review(reading: Reading) -> None:
    # what the inbox shows: praise and a complaint of the same person, so the review is mixed,
    # and the person keeps a chip
    check_reading(reading, sentiment="mixed")


TWO_SIDED_STAY = [
    # one side only: no mixed verdict
    ("The doctor was kind. The doctor explained everything.", "en", "positive"),
    ("Врач нахамил. Потом врач ещё и накричал на меня.", "ru", "negative"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), TWO_SIDED_STAY)
def test_one_sided_or_one_sentence_verdicts_stay(text: str, lang: str, expected: str) -> None:
    assert verdict(text, lang) == expected


EMOJI_AFTER_COMPLAINT = [
    ("Doctor rude 👍👍👍", "en", {(DOC, NEG)}),
    ("Врач хамил 👍👍👍", "ru", {(DOC, NEG)}),
    ("Doctor running late again 👍", "en", {(WAIT, NEG)}),
    ("医生迟到一小时👍", "zh", {(WAIT, NEG)}),
    ("Doctor rude 👍 reception 👎", "en", {(DOC, NEG), (REC, NEG)}),
    ("Врач хамил 👍 регистратура 👎", "ru", {(DOC, NEG), (REC, NEG)}),
]


@pytest.mark.parametrize("reading", readings(EMOJI_AFTER_COMPLAINT))
def test_a_praising_emoji_after_a_complaint_does_not_turn_it(reading: Reading) -> None:
    check_reading(reading)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Doctor rude 👍👍👍", "en"),
        ("Врач хамил 👍👍👍", "ru"),
        ("Waited two hours 👍", "en"),
        ("Ждали два часа 👍", "ru"),
        ("Лікар запізнився на годину 👍", "uk"),
    ],
)
def test_a_complaint_with_a_thumbs_up_is_never_praise(text: str, lang: str) -> None:
    assert verdict(text, lang) in ("negative", "neutral")


EMOJI_STAY = [
    ("Doctor 👍 reception 👎", "en", {(DOC, POS), (REC, NEG)}),
    ("Врач хамил, регистратура 👍", "ru", {(DOC, NEG), (REC, POS)}),
    ("Doctor great 👍", "en", {(DOC, POS)}),
    ("Офтальмолог 👍👍 Очередь 👎👎", "ru", {(DOC, POS), (WAIT, NEG)}),
    ("医生👍 前台👎", "zh", {(DOC, POS), (REC, NEG)}),
]


@pytest.mark.parametrize("reading", readings(EMOJI_STAY))
def test_an_emoji_beside_a_bare_term_still_judges_it(reading: Reading) -> None:
    check_reading(reading)


TRAPS = [
    # a wish is a complaint of what is not done
    ("Было бы хорошо, если бы администраторы хоть иногда брали трубку.", "ru", {(REC, NEG)}),
    ("Було б добре, якби адміністратори хоч іноді брали слухавку.", "uk", {(REC, NEG)}),
    # "could have been more polite": the praise word is what was missing
    ("The doctor could have been more polite.", "en", {(DOC, NEG)}),
    ("Врач мог бы быть и повежливее.", "ru", {(DOC, NEG)}),
    ("Лікар міг би бути і ввічливішим.", "uk", {(DOC, NEG)}),
    ("Lekarz mógłby być milszy.", "pl", {(DOC, NEG)}),
    ("医生态度可以再好一点。", "zh", {(DOC, NEG)}),
    # "I wouldn't say that ...": the praise after it is denied
    ("Не сказала бы, что врач внимательный.", "ru", {(DOC, NEG)}),
    ("Не сказала б, що лікар уважний.", "uk", {(DOC, NEG)}),
    ("Nie powiem, żeby lekarz był miły.", "pl", {(DOC, NEG)}),
    # litotes: nothing bad to say, nothing to complain of
    ("О враче нечего сказать плохого.", "ru", {(DOC, POS)}),
    ("На лікаря ні на що скаржитися.", "uk", {(DOC, POS)}),
    ("Na lekarza nie mogę narzekać.", "pl", {(DOC, POS)}),
]


@pytest.mark.parametrize("reading", readings(TRAPS))
def test_polarity_traps_read_the_way_they_are_meant(reading: Reading) -> None:
    check_reading(reading)


TRAPS_STAY = [
    ("The receptionists couldn't have been more helpful.", "en", {(REC, POS)}),
    ("Couldn't fault the doctor.", "en", {(DOC, POS)}),
    ("I would not recommend this doctor.", "en", {(DOC, NEG)}),
    ("I would recommend this doctor to anyone.", "en", {(DOC, POS)}),
    ("Не рекомендую этого врача.", "ru", {(DOC, NEG)}),
    ("Рекомендую этого врача всем.", "ru", {(DOC, POS)}),
    ("Не пожалела, что пошла к этому врачу.", "ru", {(DOC, POS)}),
    ("Nie mam zastrzeżeń do lekarza.", "pl", {(DOC, POS)}),
    ("医生挑不出毛病。", "zh", {(DOC, POS)}),
    ("И это называется врач? Даже горло не посмотрел.", "ru", {(DOC, NEG)}),
    ("«Вежливая» регистратура опять нахамила.", "ru", {(REC, NEG)}),
    ("Врач лучше, чем в прошлый раз.", "ru", {(DOC, POS)}),
    ("Gorszej rejestracji nie widziałam.", "pl", {(REC, NEG)}),
    ("Не могу сказать, что врач был внимателен.", "ru", {(DOC, NEG)}),
]


@pytest.mark.parametrize("reading", readings(TRAPS_STAY))
def test_polarity_traps_main_reads_right_stay(reading: Reading) -> None:
    check_reading(reading)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Было бы хорошо, если бы администраторы хоть иногда брали трубку.", "ru", "negative"),
        ("Lekarz mógłby być milszy.", "pl", "negative"),
        ("О враче нечего сказать плохого.", "ru", "positive"),
    ],
)
def test_the_verdict_follows_the_trap(text: str, lang: str, expected: str) -> None:
    assert verdict(text, lang) == expected
