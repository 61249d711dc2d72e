"""Session 37 (gleak37): leaks of the whole labelled pool read by the mechanism that let them
through, not by their listed words (issue 16). Each reply is judged as the editor would judge
it, with the review; the sentences are probes written for the mechanism, none of the pool's
items."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_after_a_plain_review as rules_of


# Ukrainian writes the masculine singular past without the "л" of every other form ("приймала",
# "приймали" / "приймав"): a care verb listed by its past stem finds the masculine form too, so
# a date or a word between "вас" and the verb no longer hides the visit.
@pytest.mark.parametrize(
    "reply",
    [
        "Уточнимо: вас 14 квітня приймав лікар Гнатюк, а не лікар Бойко.",
        "Дякуємо, Оресте! Вас 3 травня оперував доктор Мельник.",
        "Дякуємо! Вас у вівторок зранку обстежував лікар Коваль.",
        "Дякуємо! Рецепт вам тоді виписав лікар Гнатюк, він його продовжить.",
    ],
)
def test_a_masculine_past_care_verb_with_you_is_a_visit(reply: str) -> None:
    assert "confirms_patient" in rules_of(reply, "uk")


@pytest.mark.parametrize(
    "reply",
    [
        "Дякуємо! Лікар Гнатюк приймав у нашій клініці до 2020 року, тепер він на пенсії.",
        "Дякуємо за відгук! Наш хірург минулого року оглядав школярів на профогляді в ліцеї.",
    ],
)
def test_a_masculine_past_care_verb_of_staff_alone_is_no_visit(reply: str) -> None:
    assert "confirms_patient" not in rules_of(reply, "uk")


# "Next time" with a bid to the reader, whatever the verb (the imperative read by its endings, or
# a word of a bid: "proszę", "prosimy"): they will come again, a relationship; "next time"
# with no bid ("the coffee machine will work next time") tells them nothing of the kind.
@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("pl", "Panie Marku, następnym razem proszę zabrać ze sobą wypis ze szpitala."),
        ("pl", "Dziękujemy! Prosimy przypomnieć rejestracji o znieczuleniu następnym razem."),
        ("uk", "Дякуємо, Тарасе! Наступного разу, будь ласка, телефонуйте заздалегідь."),
        ("uk", "Дякуємо! Будь ласка, візьміть із собою старі знімки наступного разу."),
        ("ru", "Спасибо, Олег! В следующий раз, пожалуйста, звоните заранее."),
    ],
)
def test_next_time_with_a_bid_to_the_reader_confirms_a_patient(language: str, reply: str) -> None:
    assert "confirms_patient" in rules_of(reply, language)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("pl", "Dziękujemy! Mamy nadzieję, że następnym razem parking będzie już otwarty."),
        ("uk", "Дякуємо! Кавомашину полагодили, тож наступного разу кава буде."),
        ("ru", "Спасибо! Кофемашину починили, так что в следующий раз кофе будет."),
    ],
)
def test_next_time_without_a_bid_passes(language: str, reply: str) -> None:
    assert rules_of(reply, language) == set()


# A clinician sends the reader their regards in any word of them (pl "ukłony", "serdeczności"
# beside "pozdrowienia"): only their carers do. (English "Mr Lowe ... sends his regards" after
# "Great surgeon." passes: test_guard_care_by_meaning.py.)
@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("pl", "Pani Zofio, doktor Wrona przesyła ukłony i dziękuje za miłe słowa."),
        ("pl", "Dziękujemy, Pani Zofio! Doktor Wrona przesyła serdeczności."),
    ],
)
def test_a_clinicians_regards_to_the_reader_confirm_a_patient(language: str, reply: str) -> None:
    assert "confirms_patient" in rules_of(reply, language)


def test_regards_from_the_whole_team_pass() -> None:
    assert rules_of("Dziękujemy! Cały zespół przesyła pozdrowienia.", "pl") == set()


# Glad to see them again with where in between ("у нас", "тут", "в кабінеті"): the present
# pleasure of seeing them again is a relationship, the wish to see them again is not.
@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("ru", "Спасибо, Вера! Всегда приятно видеть вас у нас снова."),
        ("uk", "Дякуємо, Віро! Завжди приємно бачити вас у нас знову."),
    ],
)
def test_seeing_them_here_again_confirms_a_patient(language: str, reply: str) -> None:
    assert "confirms_patient" in rules_of(reply, language)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("ru", "Спасибо за отзыв! Будем рады видеть вас здесь снова."),
        ("uk", "Дякуємо за відгук! Будемо раді бачити вас тут знову."),
    ],
)
def test_the_wish_to_see_them_here_again_passes(language: str, reply: str) -> None:
    assert rules_of(reply, language) == set()
