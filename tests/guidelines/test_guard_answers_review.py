"""A reply may answer what the review itself complains of (a prescription not ready, a double
charge, the amount the review names) without a finding; what it adds about the patient (the drug,
a refund of an amount the review did not name, another amount) is still a finding."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems


def _codes(reply: str, review: str, reviewer: str, language: str) -> list[str]:
    found = find_confidentiality_problems(
        reply, language=language, review_text=review, reviewer_name=reviewer
    )
    return [f.code.value for f in found]


@pytest.mark.parametrize(
    ("language", "review", "reply"),
    [
        (
            "en",
            "My prescription wasn't ready when I came to pick it up. Second time!",
            "Oscar, we're sorry the prescription wasn't ready, and that it has happened before. "
            "We've changed how refill requests are tracked.",
        ),
        (
            "pl",
            "Recepta po trzech dniach nadal niewystawiona.",
            "Pani Nino, przepraszamy, że recepta nie była gotowa przez trzy dni. Wprowadziliśmy "
            "codzienną kontrolę próśb o recepty.",
        ),
        ("zh", "处方三天了还没开好。", "很抱歉处方三天都没开好，我们已经增加每日核对。"),
        (
            "en",
            "Billing charged me twice for the same visit!",
            "Paula, we're very sorry about the double charge. Please call our billing office on "
            "555-0160 and they'll refund the overpayment right away.",
        ),
        (
            "pl",
            "Dwa razy pobrali mi opłatę za tę samą wizytę!",
            "Pani Paulino, przepraszamy za podwójne obciążenie. Prosimy o telefon pod numer "
            "22 555 01 60, zwrócimy nadpłatę.",
        ),
        (
            "zh",
            "一次就诊扣了我两次钱！",
            "非常抱歉重复扣款给您带来麻烦，请联系收费处，我们会尽快为您退款。",
        ),
        (
            "en",
            "Charged me 200 bucks for a cancellation!",
            "Rob, we're sorry the $200 cancellation charge came as a surprise. Please call our "
            "office manager so we can look into it.",
        ),
        (
            "zh",
            "取消预约还被扣了两百块，太坑了。",
            "很抱歉扣了两百元让您不愉快。",
        ),
    ],
)
def test_an_apology_for_the_reviews_own_complaint_passes(
    language: str, review: str, reply: str
) -> None:
    assert _codes(reply, review, "", language) == []


@pytest.mark.parametrize(
    ("language", "review", "reply", "expected"),
    [
        (
            "en",
            "My prescription wasn't ready when I came to pick it up. Second time!",
            "Oscar, we're sorry. Your sertraline refill should have been sent the day before.",
            "health_detail",
        ),
        (
            "pl",
            "Długo czekałam na wyniki.",
            "Przepraszamy za czas oczekiwania. Na szczęście wszystkie wyniki były prawidłowe.",
            "echoed_health_detail",
        ),
        (
            "pl",
            "Dwa razy pobrali mi opłatę za tę samą wizytę!",
            "Pani Paulino, przepraszamy. Zwróciliśmy dwieście złotych na Pani kartę.",
            "price",
        ),
        ("zh", "取消预约还被扣了两百块，太坑了。", "很抱歉扣了三百元让您不愉快。", "price"),
        (
            "en",
            "The bill was wrong.",
            "Kate, we checked and your insurer paid only half of the claim, so the balance was "
            "sent to you.",
            "insurance",
        ),
    ],
)
def test_what_the_reply_adds_about_the_patient_is_still_a_finding(
    language: str, review: str, reply: str, expected: str
) -> None:
    assert expected in _codes(reply, review, "", language)
