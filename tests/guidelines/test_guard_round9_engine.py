"""Round nine's engine readings: a health word the review itself states, said of no one, is an
echo and no finding, while the same word said of the reviewer or with news of them still is; the
reviewer's own name is whom the reply is for, never a fact ("Thanks Tia!" is no TIA)."""

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
            "They told me the flu shot gives you the flu. Ridiculous.",
            "Just to clarify for anyone reading: the flu shot cannot give you the flu, because it "
            "contains no live virus.",
        ),
        (
            "zh",
            "打疫苗会得自闭症，别来",
            "为了大家的健康，我们想澄清一下：大量研究已证实疫苗与自闭症没有关联。",
        ),
        (
            "pl",
            "Po antybiotyku córka dostała wysypki, nikt nas nie uprzedził.",
            "Przykro nam. Wysypka po amoksycylinie zdarza się u dzieci dość często i nie zawsze "
            "oznacza uczulenie; zapraszamy do kontaktu telefonicznego.",
        ),
    ],
)
def test_the_reviews_own_health_word_said_of_no_one_is_no_finding(
    language: str, review: str, reply: str
) -> None:
    assert _codes(reply, review, "", language) == []


@pytest.mark.parametrize(
    ("language", "review", "reviewer", "reply"),
    [
        # the same word, with news of the reviewer's own
        (
            "en",
            "My son got a rash after the amoxicillin and nobody warned us.",
            "Gwen",
            "We're sorry. The rash was most likely viral rather than a true allergy, and Dr. Shaw "
            "has noted it on his chart.",
        ),
        # a word the review never said, in a sentence that reads general
        (
            "zh",
            "出结果太慢了。",
            "小静",
            "甲功检查一般三个工作日出结果，您那次确实拖得比较久，再次致歉。",
        ),
        # ru reads "вашей" as a particular case: the echo is the reviewer's
        ("ru", "Новая улыбка!", "Вика", "Спасибо! Ждём фото вашей новой улыбки для портфолио."),
    ],
)
def test_an_echo_that_is_said_of_the_reviewer_is_still_a_finding(
    language: str, review: str, reviewer: str, reply: str
) -> None:
    assert _codes(reply, review, reviewer, language)


def test_the_reviewers_name_is_never_read_as_a_health_word() -> None:
    review = "Had an interview here, nice people."
    reply = "Thanks Tia! It was lovely to meet you, and good luck with the job search."
    assert _codes(reply, review, "Tia", "en") == []
    # the same word as a fact about someone still is one
    assert "health_detail" in _codes(
        "Thanks Jo! Glad the TIA left no lasting damage.", "Nice staff.", "Jo", "en"
    )


def test_a_chinese_pet_name_of_one_character_said_twice_is_no_full_name() -> None:
    assert _codes("谢谢莫莫！欢迎大家常来。", "环境不错", "莫莫", "zh") == []
    # a surname and a given name the public name does not show still are one (round 13f: the
    # whole public name itself, "莫小琳" to "莫小琳", is the name they publish)
    assert "full_name" in _codes("谢谢莫小琳女士！欢迎大家常来。", "环境不错", "小琳", "zh")
