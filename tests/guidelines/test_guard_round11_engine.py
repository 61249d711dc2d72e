"""Round eleven's engine readings (pl, en, zh): a care relationship after the words for what
anyone may do ([guard] anyone: "każdy może", "anyone can", "所有患者都可以") is no one's in
particular, while the same words said to the reviewer still confirm them as a patient."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems


def _codes(reply: str, language: str, review: str = "Polecam.", name: str = "Paulina") -> set[str]:
    found = find_confidentiality_problems(
        reply, language=language, review_text=review, reviewer_name=name
    )
    return {f.code.value for f in found}


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("pl", "Każdy może umówić się ponownie do tego samego lekarza przez Internet."),
        ("pl", "Pacjenci mogą wrócić do tej samej specjalistki bez skierowania."),
        ("zh", "所有患者都可以在线预约同一位医生复诊。"),
    ],
)
def test_the_same_clinician_again_is_anyones_after_what_anyone_may_do(
    language: str, reply: str
) -> None:
    assert _codes(reply, language) == set()


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("pl", "Może Pani umówić się ponownie do tego samego lekarza przez Internet."),
        ("pl", "Paulino, każdy może to zrobić, a dla Pani trzymamy ten sam termin co zawsze."),
    ],
)
def test_the_same_clinician_again_said_to_the_reviewer_still_confirms(
    language: str, reply: str
) -> None:
    assert "confirms_patient" in _codes(reply, language)


@pytest.mark.parametrize("reply", ["陈建国您好，感谢您的认可！", "感谢支持。王晓明，您好！"])
def test_a_chinese_full_name_greeted_without_a_title_is_a_full_name(reply: str) -> None:
    assert "full_name" in _codes(reply, "zh", review="服务周到。", name="老陈")


@pytest.mark.parametrize(
    "reply", ["刘老师您好，感谢您的认可！", "李主任您好，谢谢！", "莫妮卡您好，非常抱歉让您久等。"]
)
def test_a_title_or_a_foreign_first_name_greeted_is_no_full_name(reply: str) -> None:
    assert "full_name" not in _codes(reply, "zh", review="服务周到。", name="小莫")


@pytest.mark.parametrize(
    ("language", "review", "reply"),
    [
        (
            "en",
            "Came in with the flu, staff was kind.",
            "Thanks for the kind words. We hope you feel better soon!",
        ),
        ("zh", "得了流感去看病，护士很友善。", "谢谢您对护士的肯定，祝您早日康复！"),
        (
            "pl",
            "Byłam z zapaleniem oskrzeli, miła obsługa.",
            "Dziękujemy i życzymy szybkiego powrotu do zdrowia!",
        ),
    ],
)
def test_a_get_well_wish_to_a_review_that_tells_of_an_illness_is_a_courtesy(
    language: str, review: str, reply: str
) -> None:
    assert _codes(reply, language, review=review) == set()


@pytest.mark.parametrize(
    ("language", "review", "reply"),
    [
        ("en", "Staff was kind.", "Thanks for the kind words. We hope you feel better soon!"),
        ("en", "Came in with the flu.", "We hope you feel better soon after the knee surgery!"),
        ("zh", "护士很贴心。", "谢谢您的好评！祝您父亲心脏支架术后早日康复。"),
    ],
)
def test_a_wish_to_a_review_of_no_illness_or_naming_more_is_still_a_finding(
    language: str, review: str, reply: str
) -> None:
    assert "health_detail" in _codes(reply, language, review=review)
