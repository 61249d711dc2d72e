"""Session 37 (gecho37, issue 16): a good reply may say the review's story back in the part of a
sentence after ", and ..." / ", і ..." / "，" while the part before it only judges it ("a real
milestone"), in forms of words that tell nothing of a case ("nie mogła się Pani
dodzwonić, gdy pojawiła się ...") and in a short word or a day of the review's meaning ("ból w
weekend" after "w niedzielę ... bolało"); each twin that adds what the review did not say (a
diagnosis, a new symptom, a date) stays blocked."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken

SAID_BACK = [
    (
        "en",
        "My grandad's home physio got him walking to the post office again.",
        "That's a real milestone, and the home physio team will be so proud of your grandad.",
    ),
    (
        "en",
        "My dad's physio sessions at home got him back up the stairs.",
        "Climbing the stairs again is a real achievement, and the home physio team will be so "
        "proud of your dad.",
    ),
    (
        "ru",
        "Занятия с физиотерапевтом на дому снова поставили маму на ноги, она ходит в магазин!",
        "Снова ходить в магазин — большое достижение, и наш физиотерапевт на дому будет очень "
        "рад за вашу маму.",
    ),
    (
        "uk",
        "Заняття з фізіотерапевтом вдома знову поставили маму на ноги, вона ходить до магазину!",
        "Це велике досягнення, і фізіотерапевт буде дуже радий за вашу маму.",
    ),
    (
        "pl",
        "W nocy po szczepieniu syn miał wysoką gorączkę, a rano nikt nie odbierał telefonu w "
        "przychodni.",
        "Przykro nam, że rano nie mogła się Pani dodzwonić, gdy pojawiła się gorączka u syna.",
    ),
    (
        "pl",
        "W niedzielę rano spuchł mi policzek i strasznie bolało, a przyjęli mnie od ręki.",
        "Dziękujemy! Cieszymy się, że termin znalazł się od ręki, bo ból w weekend to nic "
        "przyjemnego.",
    ),
    (
        "zh",
        "周日孩子发烧，挂了急诊，医生很耐心。",
        "很高兴能帮上忙，周末孩子发烧确实让人着急。",
    ),
]

TOLD_MORE = [
    (
        "en",
        "Mum's physio visits at home have her walking round the garden again.",
        "Walking round the garden again is a lovely thing to hear, and the home physio team "
        "will be so proud of your mum after her stroke.",
        "health_detail",
    ),
    (
        "ru",
        "Занятия с физиотерапевтом на дому снова поставили маму на ноги, она ходит в магазин!",
        "Это большое достижение, и физиотерапевт будет очень рад, что мамин инсульт позади.",
        "health_detail",
    ),
    (
        "uk",
        "Заняття з фізіотерапевтом вдома знову поставили маму на ноги, вона ходить до магазину!",
        "Це велике досягнення, і фізіотерапевт буде дуже радий, що мамин інсульт минув.",
        "health_detail",
    ),
    (
        "pl",
        "W nocy po szczepieniu syn miał wysoką gorączkę, a rano nikt nie odbierał telefonu w "
        "przychodni.",
        "Przykro nam, że rano nie mogła się Pani dodzwonić, gdy pojawiła się gorączka i wysypka "
        "u syna.",
        "health_detail",
    ),
    (
        "pl",
        "W niedzielę rano spuchł mi policzek i strasznie bolało, a przyjęli mnie od ręki.",
        "Dziękujemy! Cieszymy się, że termin znalazł się od ręki, bo ból po leczeniu kanałowym "
        "to nic przyjemnego.",
        "health_detail",
    ),
    (
        "pl",
        "W niedzielę rano spuchł mi policzek i strasznie bolało, a przyjęli mnie od ręki.",
        "Dziękujemy! Cieszymy się, że termin znalazł się od ręki, bo ból w poniedziałek to nic "
        "przyjemnego.",
        "health_detail",
    ),
    (
        "zh",
        "周日孩子发烧，挂了急诊，医生很耐心。",
        "很高兴能帮上忙，周末孩子发烧是因为中耳炎。",
        "health_detail",
    ),
    (
        "zh",
        "周日孩子发烧，挂了急诊，医生很耐心。",
        "很高兴能帮上忙，周末孩子发烧确实让人着急，3月5日复查。",
        "date",
    ),
]


@pytest.mark.parametrize(("language", "review", "reply"), SAID_BACK)
def test_a_reply_that_says_the_story_back_after_a_joint_passes(
    language: str, review: str, reply: str
) -> None:
    assert rules_broken(reply, language, review, "Anna") == set()


@pytest.mark.parametrize(("language", "review", "reply", "rule"), TOLD_MORE)
def test_a_twin_that_adds_to_the_review_after_a_joint_is_still_blocked(
    language: str, review: str, reply: str, rule: str
) -> None:
    assert rule in rules_broken(reply, language, review, "Anna")


def test_where_the_regulator_reads_an_echo_as_a_disclosure_the_part_lets_nothing_pass() -> None:
    review = "My grandad's home physio got him walking to the post office again."
    reply = "That's a real milestone, and the home physio team will be so proud of your grandad."
    assert rules_broken(reply, "en", review, "Anna") == set()
    assert "confirms_patient" in rules_broken(reply, "en", review, "Anna", country="US")
