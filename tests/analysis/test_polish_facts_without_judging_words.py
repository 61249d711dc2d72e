"""Polish sentences that judge the care by its facts alone, without a judging word (issue 19,
branch polemo3): leaving with nothing, a complaint the same as before the care, seen the same
day, a doctor who remembered the patient, an examination from head to toe. Each sentence is
written for the test from the language, not copied from any set; the look-alikes tell the same
kind of fact without a judgement and stay neutral."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import verdict

NEG, POS, NEU = "negative", "positive", "neutral"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wyszłam z gabinetu z niczym.", NEG),
        ("Syn wyszedł ze szpitala z niczym, po dwóch dniach badań.", NEG),
        ("Po wizycie ból jest taki sam jak przed nią.", NEG),
        ("Kolano boli tak samo jak przed rehabilitacją.", NEG),
        ("Przyjęła mnie tego samego dnia.", POS),
        ("Zadzwoniłam rano i przyjęli córkę jeszcze tego samego dnia.", POS),
        ("Pamiętał moje nazwisko i wyniki sprzed roku.", POS),
        ("Pani doktor pamiętała moją historię, choć byłam u niej dwa lata temu.", POS),
        ("Zbadał mnie od stóp do głów.", POS),
    ],
)
def test_a_fact_of_the_visit_judges_it_without_a_judging_word(text: str, expected: str) -> None:
    assert verdict(text, "pl") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Wyszłam z gabinetu o dziesiątej.",
        "Przyjęła mnie w poniedziałek o ósmej.",
        "Wynik mam taki sam jak przed rokiem, lekarz kazał powtórzyć badanie za pół roku.",
        "Byłam tam tego samego dnia co mama.",
        "Pamiętał, żeby zabrać skierowanie.",
    ],
)
def test_the_same_facts_told_without_a_judgement_stay_neutral(text: str) -> None:
    assert verdict(text, "pl") == NEU
