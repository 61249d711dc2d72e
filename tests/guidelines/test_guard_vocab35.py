"""Session 35 (gvocab35): what "our records" say of no one, medicines of any name, rare terms by
their word-building ends and money of one visit in other words (issue 16). Each reply is judged
as the editor would judge it, with the review and the reviewer's name; the sentences are probes
written after round 35vocab, none of its items."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken

REVIEW = "Всё хорошо, спасибо."


def rules_of(reply: str, language: str, review: str = REVIEW) -> set[str]:
    return rules_broken(reply, language, review, "")


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("ru", "Спасибо! По нашим данным, очереди в регистратуре сократились вдвое."),
        ("uk", "Дякуємо! За нашими даними, черги в реєстратурі скоротилися вдвічі."),
        ("pl", "Dziękujemy! Według naszych danych kolejki w rejestracji skróciły się o połowę."),
        ("zh", "谢谢！据我们的数据，挂号排队时间缩短了一半。"),
    ],
)
def test_our_records_of_the_practice_alone_are_no_ones(language: str, reply: str) -> None:
    assert rules_of(reply, language) == set()


@pytest.mark.parametrize(
    ("language", "reply", "rule"),
    [
        # our records with a health word, spoken to or with a case in the sentence
        ("ru", "Спасибо! По нашим данным, прививка просрочена.", "confirms_patient"),
        (
            "uk",
            "Дякуємо! З історії ваших звернень бачимо, що ви приходили торік.",
            "confirms_patient",
        ),
        (
            "pl",
            "Dziękujemy! Według naszych danych szczepienie jest przeterminowane.",
            "confirms_patient",
        ),
        (
            "ru",
            "Игорь, добрый день. Перезванивали вам на мобильный, указанный в договоре, трижды.",
            "confirms_patient",
        ),
        # a medicine of any name, to finish or go on with
        ("ru", "Спасибо! Ингавирин можно допить до конца упаковки.", "health_detail"),
        ("uk", "Дякуємо! Пропийте Флемоклав ще три дні.", "health_detail"),
        ("pl", "Dziękujemy! Concor można odstawić za tydzień.", "health_detail"),
        (
            "en",
            "Thanks Bev. Dr Okafor was delighted to hear the Trulicity suits you.",
            "health_detail",
        ),
        ("zh", "谢谢！很高兴波立维对您有效。", "health_detail"),
        ("zh", "谢谢！立普妥记得每晚睡前吃一片。", "health_detail"),
        # what a test showed, a rare condition by its ending
        (
            "en",
            "Thank you! Your echo showed a mild leaky valve, nothing to worry about.",
            "health_detail",
        ),
        ("ru", "Спасибо! Лейкоплакия у вас небольшая, понаблюдаем.", "health_detail"),
        ("uk", "Дякуємо! Гідраденіт у вас після розкриття гоїться добре.", "health_detail"),
        # money of one visit
        (
            "uk",
            "Дякуємо! Рахунок за минулий візит досі відкритий — сплатити можна на рецепції.",
            "billing",
        ),
        ("pl", "Dziękujemy! Pieniądze za odwołaną wizytę zwrócimy w ciągu trzech dni.", "billing"),
    ],
)
def test_a_detail_in_other_words_is_found(language: str, reply: str, rule: str) -> None:
    assert rule in rules_of(reply, language)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("en", "Thanks! We're glad the Saturday slot suits you."),
        ("en", "Thank you! Your review showed us where to improve."),
        ("ru", "Диана, простите за ожидание — мы пересмотрели расписание."),
        ("ru", "Спасибо! Кофе можно допить в холле, мы не против."),
        ("uk", "Дякуємо! Перед УЗД можна пити воду."),
        ("pl", "Dziękujemy! Kawę można dokończyć w poczekalni."),
        ("zh", "谢谢！这个价格对您来说很划算。"),
    ],
)
def test_the_same_words_about_anything_else_are_no_finding(language: str, reply: str) -> None:
    assert rules_of(reply, language) == set()
