"""Round seventeen (issue 19, branch asp17): mixed reviews whose one side is told only as facts
or behaviour. A marker that grants praise ("at least", "przynajmniej", "хотя бы") makes what
the other sentences name the complaint; deeds of staff judge their aspect without a judging word;
a short review whose deeds judge one way is not turned by one story word leaning the other.
Each review is written for the test, not copied from a row, with the look-alikes that must not
change."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG, POS = "negative", "positive"


@pytest.mark.parametrize(
    ("text", "lang", "praised", "blamed"),
    [
        (
            "I phoned about my blood results on Monday and again on Friday. At least the"
            " phlebotomist was quick and gentle.",
            "en",
            "nurse",
            "communication",
        ),
        (
            "Dzwoniłam do rejestracji w sprawie wyników w poniedziałek i w piątek. Przynajmniej"
            " pielęgniarka pobrała krew szybko i sprawnie.",
            "pl",
            "nurse",
            "reception",
        ),
        (
            "Звонила в регистратуру насчёт результатов в понедельник и в пятницу. Хотя бы"
            " медсестра взяла кровь быстро и аккуратно.",
            "ru",
            "nurse",
            "reception",
        ),
    ],
)
def test_praise_granted_with_at_least_makes_the_facts_before_it_the_complaint(
    text: str, lang: str, praised: str, blamed: str
) -> None:
    found = read(text, lang)
    assert (praised, POS) in found
    assert (blamed, NEG) in found
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # no marker: the facts stay facts
        (
            "I phoned about my blood results on Monday and again on Friday. The phlebotomist"
            " was quick and gentle.",
            "en",
        ),
        (
            "Dzwoniłam do rejestracji w sprawie wyników w poniedziałek i w piątek. Pielęgniarka"
            " pobrała krew szybko i sprawnie.",
            "pl",
        ),
        (
            "Звонила в регистратуру насчёт результатов в понедельник и в пятницу. Медсестра"
            " взяла кровь быстро и аккуратно.",
            "ru",
        ),
        # the marker before a number counts: "at least" five minutes is no grant
        ("Ждала хоть 5 минут в регистратуре. Медсестра взяла кровь аккуратно.", "ru"),
    ],
)
def test_facts_without_a_marker_of_granting_or_with_a_count_are_no_complaint(
    text: str, lang: str
) -> None:
    found = read(text, lang)
    assert ("reception", NEG) not in found
    assert ("communication", NEG) not in found
    assert verdict(text, lang) == "positive"


def test_a_marker_of_granting_blames_only_what_no_clause_judges() -> None:
    # the physio is the doctor, already praised: "I'll give him that" blames nothing
    text = "The physio gave me a sheet of exercises. Dr Wu is a good doctor, I'll give him that."
    assert read(text, "en") == {("doctor", POS)}
    # a clause that judges something else has said what it blames
    text = "Waited an hour in reception. The nurse was lovely, I'll give her that."
    assert read(text, "en") == {("waiting", NEG), ("nurse", POS)}


@pytest.mark.parametrize(
    ("text", "lang", "aspect", "polarity", "said"),
    [
        # a slot found told alone is praise too weak for a verdict of its own (see pipeline)
        ("They squeezed my son in at 11.", "en", "scheduling", POS, "neutral"),
        ("Администратор втиснула нас в тот же день.", "ru", "scheduling", POS, POS),
        ("Rejestratorka wcisnęła nas jeszcze tego samego dnia.", "pl", "scheduling", POS, POS),
        ("No sign on the building, we drove past it three times.", "en", "access", NEG, NEG),
        ("Brak tabliczki na budynku, dwa razy przeszliśmy obok.", "pl", "access", NEG, NEG),
        ("The GP turned to the computer and typed until I left.", "en", "doctor", NEG, NEG),
        ("Врач развернулась к компьютеру и печатала всё время.", "ru", "doctor", NEG, NEG),
        ("Lekarz odwrócił się do komputera i pisał przez całą wizytę.", "pl", "doctor", NEG, NEG),
        ("Медсестра сделала прививку, дочка даже не пискнула.", "ru", "nurse", POS, POS),
        ("Pielęgniarka zrobiła szczepienie, córka nawet nie pisnęła.", "pl", "nurse", POS, POS),
    ],
)
def test_a_deed_told_as_a_fact_judges_its_aspect_and_the_verdict(
    text: str, lang: str, aspect: str, polarity: str, said: str
) -> None:
    found = read(text, lang)
    assert (aspect, polarity) in found
    assert (aspect, NEG if polarity == POS else POS) not in found
    assert verdict(text, lang) == said


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The nurse squeezed my hand during the injection.", "en"),
        ("Dr Kaur found no sign of infection.", "en"),
        ("Признаков воспаления нет, сказала врач.", "ru"),
        ("Brak objawów infekcji, powiedziała lekarka.", "pl"),
    ],
)
def test_look_alikes_of_the_deeds_judge_nothing(text: str, lang: str) -> None:
    found = read(text, lang)
    assert ("scheduling", POS) not in found
    assert ("access", NEG) not in found


def test_a_story_word_does_not_turn_a_short_review_its_deeds_praise() -> None:
    # "broken" leans negative; the call that evening is what the review tells
    text = "Dr Amos rang me that evening to say nothing was broken."
    assert read(text, "en") == {("communication", POS)}
    assert verdict(text, "en") == "positive"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Dzwoniłam do rejestracji w sprawie wyników. Pielęgniarka była miła, choć czekałam"
            " przynajmniej godzinę.",
            "pl",
        ),
        (
            "Звонила в регистратуру насчёт результатов. Медсестра была приятная, хотя ждала"
            " хоть полчаса.",
            "ru",
        ),
    ],
)
def test_a_marker_of_granting_before_a_count_grants_nothing(text: str, lang: str) -> None:
    # "przynajmniej godzinę", "хоть полчаса": how long, not a grant; the call stays a fact
    found = read(text, lang)
    assert ("waiting", NEG) in found
    assert ("reception", NEG) not in found
