"""Session 32 (gpl32): a Polish reply that tells an event of the reviewer's own which the review
does not tell is new information, whatever its words; what only says back the review, what they
wrote, chose or felt, a question, and a job candidate's trip are not."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems


def _rules(reply: str, review: str, reviewer: str) -> set[str]:
    return {
        f.rule
        for f in find_confidentiality_problems(
            reply, review_text=review, language="pl", reviewer_name=reviewer
        )
    }


@pytest.mark.parametrize(
    ("review", "reviewer", "reply"),
    [
        # the reviewer as the subject of a past verb, in words no list holds
        (
            "W porządku.",
            "Roman",
            "Dziękujemy, Panie Romanie. Cieszymy się, że mógł Pan wrócić do pracy już po "
            "tygodniu zwolnienia.",
        ),
        (
            "Miła obsługa.",
            "Iga",
            "Pani Igo, cieszymy się, że zdążyła Pani na ostatni autobus do Radomia.",
        ),
        # after "przykro nam": the practice's "nam" is no object of their act
        (
            "Nie polecam.",
            "Anna",
            "Pani Anno, przykro nam, że wyszła Pani od nas trzy godziny po czasie.",
        ),
        # the subject in the verb's ending
        ("Polecam!", "Ola", "Dzięki, Olu! Super, że dotarłaś na czas na pociąg do Gdańska."),
    ],
)
def test_an_event_of_the_reviewer_the_review_does_not_tell_is_new_information(
    review: str, reviewer: str, reply: str
) -> None:
    assert "new_information" in _rules(reply, review, reviewer)


@pytest.mark.parametrize(
    ("review", "reviewer", "reply"),
    [
        # the review's own wait, said back
        (
            "Czekałem 40 minut mimo umówionej godziny.",
            "Marek",
            "Panie Marku, przykro nam, że czekał Pan 40 minut.",
        ),
        # how they felt
        (
            "Nie polecam.",
            "Anna",
            "Pani Anno, przykro nam, że wyszła Pani od nas rozczarowana.",
        ),
        # what they did for us
        ("Polecam!", "Ewa", "Dziękujemy, że poleciła nas Pani koleżankom z pracy!"),
        (
            "Polecam całą rodzinę tej przychodni!",
            "Ewa",
            "Pani Ewo, dziękujemy, że zarekomendowała nas Pani swoim bliskim.",
        ),
        # a question asserts nothing
        (
            "Fatalna obsługa, nigdy więcej.",
            "Ewa",
            "Przykro nam to czytać. Którą z naszych dwóch placówek Pani odwiedziła?",
        ),
        # what they may not have known
        (
            "Mieszkam obok, kosze na śmieci są przepełnione.",
            "Rita",
            "Pani Rito, przepraszamy. Mogła Pani nie wiedzieć, że w maju zmieniła się firma "
            "wywożąca odpady.",
        ),
        # a noun after a preposition, no verb of theirs
        (
            "Czy przyjmujecie na NFZ?",
            "Waldemar",
            "Panie Waldemarze, tak. Ubezpieczycieli mamy na liście na stronie głównej.",
        ),
    ],
)
def test_what_only_says_back_the_review_or_what_they_did_for_us_is_no_news(
    review: str, reviewer: str, reply: str
) -> None:
    assert "new_information" not in _rules(reply, review, reviewer)


def test_a_job_candidates_trip_is_no_patients_news() -> None:
    reply = (
        "Pani Julio, przykro nam, że zdążyła Pani na ostatni autobus do Radomia dopiero po zmroku."
    )
    job = "Przyszłam na rozmowę kwalifikacyjną, czekałam godzinę."
    assert "new_information" not in _rules(reply, job, "Julia")
    # ... but the same trip after a patient's review is news
    assert "new_information" in _rules(reply, "Czekałam godzinę.", "Julia")
