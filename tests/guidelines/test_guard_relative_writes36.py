"""Session 36 (gneg36): a relative writes the review and the reply passes the review's words on
to the member of staff named right after ("Передадим доктору, что работа радует вашего мужа",
"Przekażemy pielęgniarkom, że córka ...", "我们一定转告护士"): a colleague the words go to, no care
relationship the reply tells. The reader's own doctor ("вашему лечащему врачу", "您的主治医生"),
or their care passed on in the same sentence, stays a finding. A get-well wish answers a
review of a stay or a treatment as it answers one of an illness ("希望老人家早日康复" after
"我爸在你们这住了半个月院"); a wish that names more stays a finding."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken


@pytest.mark.parametrize(
    ("reply", "language", "review"),
    [
        (
            "Ольга, спасибо! Передадим доктору, что ваша мама так довольна.",
            "ru",
            "Маме поставили коронку, держится отлично.",
        ),
        (
            "Дякуємо! Передамо ваші теплі слова медсестрі, що так дбала про вашого тата.",
            "uk",
            "Тато був у захваті від медсестри, дуже дбайлива.",
        ),
        (
            "Dziękujemy, Pani Marto! Przekażemy pielęgniarkom, że synek tak dobrze to wspomina.",
            "pl",
            "Synek bał się zastrzyku, a pielęgniarki były cudowne.",
        ),
        (
            "谢谢您的好话，我们一定转告护士！",
            "zh",
            "护士对我妈妈特别耐心。",
        ),
    ],
)
def test_the_review_passed_on_to_a_colleague_is_no_finding(
    reply: str, language: str, review: str
) -> None:
    assert rules_broken(reply, language, review, "") == set()


@pytest.mark.parametrize(
    ("reply", "language", "review", "rule"),
    [
        # the reader's own doctor: a care relationship
        (
            "Передадим вашему лечащему врачу, что вы довольны.",
            "ru",
            "Всё хорошо.",
            "confirms_patient",
        ),
        ("我们会转告您的主治医生。", "zh", "很好。", "confirms_patient"),
        ("Przekażemy Pani lekarzowi, że jest Pani zadowolona.", "pl", "Super.", "confirms_patient"),
        # their care passed on in the same sentence
        (
            "Ваші показники холестерину ми передали терапевту, він зателефонує.",
            "uk",
            "Все добре.",
            "confirms_patient",
        ),
        (
            "Передамо лікарю, що ваш чоловік знову скаржиться на біль у нозі.",
            "uk",
            "Все добре.",
            "health_detail",
        ),
    ],
)
def test_the_readers_own_doctor_or_care_passed_on_stays_a_finding(
    reply: str, language: str, review: str, rule: str
) -> None:
    assert rule in rules_broken(reply, language, review, "")


def test_a_get_well_wish_after_a_review_of_a_stay_is_no_finding() -> None:
    reply = "感谢您的理解和体谅！照顾家人同样辛苦，希望老人家早日康复。"
    assert rules_broken(reply, "zh", "我妈在你们这住了一个星期院，护士们很细心", "") == set()


def test_a_get_well_wish_that_names_more_stays_a_finding() -> None:
    reply = "感谢您的理解！希望老人家心脏支架术后早日康复。"
    assert "health_detail" in rules_broken(reply, "zh", "我妈在你们这住了一个星期院", "")
