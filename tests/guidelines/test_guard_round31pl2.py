"""Round 31pl2 (issue 16, Polish): the leaks gpl31 left, read as families, each beside a twin
that must stay harmless. One particular result, report or document told in the past tense, its
verb singular ("opis rezonansu był gotowy po tygodniu"), against the plural and the present for
everyone; "czekanie na opis" (the report on an examination); time or attention a member of
staff had or denied the reviewer ("doktor nie miał dla Pani więcej czasu"), against an offer; a
general explanation of what the review tells happened to its writer ("ból po usunięciu ósemki
utrzymuje się zwykle do tygodnia"), against the same said to everyone or to a question; a room
of the practice closed in a month. Each case is judged as the editor judges a reply."""

from __future__ import annotations

from tests.guidelines.guard_rules import rules_in_editor


def _rules(reply: str, review: str, author: str = "Anna") -> set[str]:
    return rules_in_editor(reply, review, "pl", author)


def test_one_report_or_document_told_in_the_past_is_their_case() -> None:
    review = "Długo się czeka, słaba organizacja."
    for reply in (
        "Pani Anno, opis rezonansu był gotowy po tygodniu, bo radiolog był na urlopie.",
        "Pani Anno, skierowanie czekało w rejestracji od środy.",
        "Pani Anno, czekanie na opis trwało za długo, bo radiolog był na urlopie.",
        "Pani Anno, przepraszamy za czekanie na opis.",
    ):
        assert "health_detail" in _rules(reply, review), reply
    # ... all the reports of a week, or the time for everyone in the present, are nobody's
    for reply in (
        "Opisy badań przychodziły z opóźnieniem w sierpniu, bo radiolog był na urlopie.",
        "Pani Anno, wyniki są zwykle gotowe po trzech dniach.",
        "Pani Anno, opis badania jest dostępny w IKP w ciągu 3 dni.",
    ):
        assert _rules(reply, review) == set(), reply


def test_time_a_doctor_had_or_denied_them_still_says_they_were_seen() -> None:
    review = "Obsługa fatalna."
    for reply in (
        "Pani Anno, przykro nam, że doktor nie miał dla Pani więcej czasu.",
        "Pani Anno, lekarka nie miała dla Pani czasu, przepraszamy.",
    ):
        assert "confirms_patient" in _rules(reply, review), reply
    assert _rules("Pani Anno, chętnie poświęcimy Pani czas na rozmowę.", review) == set()


def test_an_explanation_of_what_the_review_tells_happened_to_them_names_their_case() -> None:
    reply = "Panie Kamilu, ból po usunięciu zatrzymanej ósemki utrzymuje się zwykle do tygodnia."
    assert "health_detail" in _rules(
        reply, "Po wyrwaniu ósemki minęło 5 dni, a szczęka boli jak diabli!", "Kamil"
    )
    # ... the same answer to a question asked of anyone, or said to everyone, is nobody's
    assert (
        _rules(
            "Tak, usuwamy ósemki chirurgicznie. Ból po takim zabiegu utrzymuje się zwykle"
            " kilka dni.",
            "Czy usuwacie ósemki chirurgicznie?",
            "Kamil",
        )
        == set()
    )
    assert (
        _rules(
            "Dziękujemy! Dla większości osób nadwrażliwość po leczeniu kanałowym zwykle mija"
            " w ciągu kilku dni.",
            "Leczenie kanałowe, w ogóle nie bolało, polecam.",
            "Kamil",
        )
        == set()
    )


def test_a_room_of_the_practice_closed_in_a_month_is_its_calendar() -> None:
    review = "Czy rezonans już działa?"
    assert (
        _rules("Tak! Pracownia rezonansu była zamknięta w sierpniu z powodu remontu.", review)
        == set()
    )
    assert "confirms_patient" in _rules("Pani Anno, była Pani u nas w sierpniu.", review)
