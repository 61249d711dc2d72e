"""Session 34 (gpl34): Polish health words in a thing's sense, the team named after a colon, a
group as the subject, and the reviewer's health told in everyday words. A system or a waiting room
that "went through an operation" or "a facelift" is no one's health, the names listed after "od
całego zespołu:" are the practice's people, and patients in general coming back confirm no one;
the same words said of the reviewer still are findings, and reading glasses, a weight, a blood
sugar, a swelling or a pregnancy told in everyday words are health details."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken


def _rules(reply: str, review: str = "Polecam.", reviewer: str = "Anna") -> set[str]:
    return rules_broken(reply, "pl", review, reviewer)


@pytest.mark.parametrize(
    "reply",
    [
        # a thing of the practice undergoing a procedure
        "Dziękujemy! System rejestracji przeszedł niedawno gruntowną operację – działa szybciej.",
        "Dziękujemy! Poczekalnia przeszła lifting – nowe kolory, rośliny i kącik dla dzieci.",
        "Dziękujemy! Przez awarię serwer złapał wirusa, stąd przerwa w zapisach online.",
        # a health noun of a thing
        "Dziękujemy! Diagnoza usterki centrali zajęła technikowi dwa dni.",
        "Dziękujemy! Rejestracja telefoniczna to nasze wąskie gardło – dokładamy drugą linię.",
        # the team after a colon
        "Dziękujemy! Pozdrowienia od całego zespołu: Anna Kowalczyk, Michał Nowicki i Ewa Lis.",
        "Dziękujemy za miłe słowa! Zespół Przychodni Rodzinnej: Tomasz Krawczyk, Iwona Kaczmarek.",
        # a group as the subject, a doctor's years of treating a group
        "Dziękujemy! Cieszymy się, że pacjenci po operacjach zaćmy tak często wracają do nas.",
        "Dziękujemy! Dr Nowak od dwudziestu lat leczy dzieci z astmą i alergiami.",
        # a member of staff named with "to nasza ..." after the name
        "Dziękujemy! Przekażemy pochwały Annie Kwiatkowskiej – to nasza najlepsza higienistka.",
        # what everyone does, in the impersonal, and a policy for a group
        "Dziękujemy! Po remoncie w poczekalni lżej się oddycha – nowa wentylacja działa świetnie.",
        "Dziękujemy! U dzieci zmniejszamy dawkę leku zgodnie z masą ciała.",
        # a health word as the topic of a guide or a campaign
        "Dziękujemy! Dr Kowal napisała poradnik o cukrzycy dla rodziców.",
        "Dziękujemy! W październiku zorganizowaliśmy dzień profilaktyki raka piersi.",
    ],
)
def test_things_the_team_and_groups_are_nobodys_case(reply: str) -> None:
    assert _rules(reply) == set()


@pytest.mark.parametrize(
    ("reply", "rule"),
    [
        ("W gabinecie przeszła Pani zabieg bez komplikacji.", "health_detail"),
        ("Nasz system przechodzi aktualizację, a Pani wynik biopsji jest gotowy.", "health_detail"),
        ("Pozdrawiamy całą rodzinę: Anna Kowalczyk i Jan Kowalczyk są u nas co roku.", "full_name"),
        ("Wracają Państwo do nas już piąty rok!", "confirms_patient"),
        ("Miło, że od lat przychodzi Pani do nas z całą rodziną.", "confirms_patient"),
        ("Dziękujemy! Za pół roku czekamy na przegląd – tym razem bez bólu.", "confirms_patient"),
        ("Pozdrawiamy pana Jana Nowaka, naszego wieloletniego pacjenta.", "full_name"),
        ("Pani Ewo, w marcu mija rok od ostatniej cytologii.", "confirms_patient"),
        ("Dziękujemy! Omówiliśmy na spotkaniu o Pani cukrzycy nowe leczenie.", "health_detail"),
    ],
)
def test_the_same_words_of_the_reviewer_are_findings(reply: str, rule: str) -> None:
    assert rule in _rules(reply)


@pytest.mark.parametrize(
    "reply",
    [
        "Dziękujemy, Pani Ireno! Cieszymy się, że nowe okularki do czytania dobrze się sprawdzają.",
        "Dziękujemy! Mamy nadzieję, że szkła progresywne już nie męczą oczu.",
        "Dziękujemy! Cieszymy się, że waga wreszcie ruszyła w dół.",
        "Dziękujemy, Pani Basiu! Dobrze, że cukier na czczo jest już w normie.",
        "Dziękujemy! Cieszymy się, że nogi już nie puchną wieczorami.",
        "Dziękujemy! Mamy nadzieję, że kręci się w głowie coraz rzadziej.",
        "Dziękujemy! Gratulujemy – wiemy, że spodziewa się Pani bliźniaków.",
        "Dziękujemy! Mamy nadzieję, że wątroba odpoczęła po odstawieniu alkoholu.",
        "Dziękujemy! Cieszymy się, że mama lepiej słyszy.",
        "Dziękujemy! Parking jest już czynny. Badanie znamienia wypadło dobrze. Pozdrawiamy!",
        "Dziękujemy! Przy okazji – dawkę insuliny zostawiamy bez zmian. Miłego dnia!",
        "Dziękujemy! W przyszłym tygodniu sprawdzimy, jak goi się rana.",
        "Dziękujemy! W przyszłym tygodniu zdejmujemy szwy – do zobaczenia.",
        "Dziękujemy! Odezwiemy się, gdy przyjdą wyniki histopatologii.",
    ],
)
def test_the_reviewers_health_in_everyday_words_is_blocked(reply: str) -> None:
    assert "health_detail" in _rules(reply)


def test_an_apology_saying_back_the_reviews_symptom_is_no_finding() -> None:
    review = "Higienistka była brutalna, krwawiły mi dziąsła."
    reply = "Przykro nam, że czyszczenie było nieprzyjemne i że krwawiły dziąsła."
    assert _rules(reply, review, "Ela") == set()
