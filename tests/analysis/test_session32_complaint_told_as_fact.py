"""Session 32 (amix32, issue 19, probe45m): the complaint of a mixed review told as a fact with no
judging word, the cause most of the tuning rows' mixed reviews read as positive held: a thing the
practice hands over only after weeks (results, a report, a letter, a prescription, a sick note),
a booking only weeks off, and pain now since the treatment. Words as data (the Session 32
sections of aspects_<lang>.txt: [delay_units], [delayed], [hurting], [cared], ...). The
sentences are not probe45m's rows; the mixed ones were read positive on the code before; the
controls (a fast result, a follow-up planned, pain gone) stay positive.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

# (language, text, the praised aspect, the complaint's aspect)
MIXED = [
    (
        "en",
        "Dr Lowe was patient and kind. Got my scan results back after five weeks.",
        "doctor",
        "communication",
    ),
    (
        "en",
        "Lovely GP, very thorough. The letter to the hospital went out three weeks later.",
        "doctor",
        "communication",
    ),
    (
        "en",
        "The nurse was brilliant with my daughter. My knee hurts more since the injection.",
        "nurse",
        "outcome",
    ),
    (
        "ru",
        "Врач отличный, всё объяснил. Анализы пришли через три недели.",
        "doctor",
        "communication",
    ),
    (
        "ru",
        "Доктор очень внимательный. Запись к кардиологу только через два месяца.",
        "doctor",
        "scheduling",
    ),
    (
        "ru",
        "Стоматолог вежливая и аккуратная. После пломбы зуб ноет уже неделю.",
        "doctor",
        "outcome",
    ),
    (
        "uk",
        "Лікарка чудова, уважна. Результати аналізів отримали через три тижні.",
        "doctor",
        "communication",
    ),
    (
        "uk",
        "Лікар дуже приємний. Після операції коліно болить сильніше, ніж до неї.",
        "doctor",
        "outcome",
    ),
    (
        "pl",
        "Lekarz świetny, wszystko wyjaśnił. Wyniki przyszły po trzech tygodniach.",
        "doctor",
        "communication",
    ),
    (
        "pl",
        "Dentystka bardzo miła. Od założenia plomby ząb boli przy gryzieniu.",
        "doctor",
        "outcome",
    ),
    ("zh", "医生很好，很专业。检查报告三个星期后才拿到。", "doctor", "communication"),
    ("zh", "医生人很好。预约排到了两个月以后。", "doctor", "scheduling"),
    ("zh", "牙医态度很好。补完牙以后晚上一直疼。", "doctor", "outcome"),
]


@pytest.mark.parametrize(("lang", "text", "praised", "blamed"), MIXED)
def test_a_complaint_told_as_a_fact_beside_praise_is_mixed(
    lang: str, text: str, praised: str, blamed: str
) -> None:
    found = read(text, lang)
    assert (praised, "positive") in found
    assert (blamed, "negative") in found
    assert verdict(text, lang) == "mixed"


# (language, text): a fast result, a follow-up planned ahead, pain that went away, the past
CONTROLS = [
    ("en", "Results came back in two days. Dr Lowe was patient and kind."),
    ("en", "After two weeks the rash had gone. Dr Lowe was spot on."),
    ("en", "Since the injection my knee no longer hurts. Brilliant nurse."),
    ("ru", "Через месяц записали на контроль, как договаривались. Врач отличный."),
    ("ru", "После операции колено не болит. Врач отличный."),
    ("pl", "Wizyta kontrolna za miesiąc, tak jak ustaliliśmy. Lekarz świetny."),
    ("uk", "Через місяць записали на контроль, як домовлялися. Лікарка чудова."),
    ("zh", "结果三天就出来了。医生很好。"),
    ("zh", "做完手术以后不疼了。医生很好。"),
    # the patient's past after praise of the premises is no complaint (OWNED_AGAINST, PAST)
    (
        "pl",
        "Chodzę tu od dwóch lat i ani razu się nie zawiodłem. Gabinety są jasne, nowoczesne i"
        " czyste. Wreszcie ktoś poradził sobie z problemem, który męczył mnie od miesięcy.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CONTROLS)
def test_a_fact_that_is_no_complaint_stays_praise(lang: str, text: str) -> None:
    assert all(polarity == "positive" for _, polarity in read(text, lang))
    assert verdict(text, lang) == "positive"


def test_praise_of_someone_unnamed_after_a_complaint_told_as_a_fact_does_not_turn_it() -> None:
    """The praise of the next sentence, naming nobody, is not the late report's (OWNED_AGAINST):
    the complaint stays a complaint and the review is mixed."""
    text = "Opis tomografii dostałem po czterech tygodniach. Sama pani bardzo miła i cierpliwa."
    assert ("communication", "negative") in read(text, "pl")
    assert ("communication", "positive") not in read(text, "pl")
    assert verdict(text, "pl") == "mixed"
