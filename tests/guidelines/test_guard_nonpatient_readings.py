"""Replies to people who are not patients (session 36, gnonpat36, issue 16): a visit the reply
denies ([guard] visit_denied), a day that only points back at the day a job candidate or a sales
representative told ([guard] date_back, ``day_of_no_visit``), and a neighbour known by
where they live ([guard] enquirer, en). What the editor's check shows for each reply, with the
review beside it; the same shapes told of the reviewer's own care stay findings."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_in_editor
from tests.guidelines.probe_cases import Probe, check, probes

VISIT_DENIED = [
    (
        "uk",
        "Я не лікувалася у вас, але адміністраторка по телефону була груба.",
        "Дякуємо за відгук, хоч ви й ніколи не зверталися до нас.",
    ),
    (
        "pl",
        "Nigdy nie byłam u was, ale recepcja przez telefon była niemiła.",
        "Dziękujemy za sygnał, choć nie była Pani u nas na wizycie.",
    ),
    (
        "zh",
        "我没在你们这看过病，只是打电话咨询，态度很差。",
        "感谢您的反馈，虽然您没有在我们这里就诊过，我们也会加强培训。",
    ),
    (
        "ru",
        "Сам у вас не лечился, но охранник на входе нахамил.",
        "Вы не были у нас на приёме, но спасибо, что написали: с охраной поговорим.",
    ),
]


@pytest.mark.parametrize("probe", probes(VISIT_DENIED, "language review good"))
def test_a_visit_the_reply_denies_tells_no_relationship(probe: Probe) -> None:
    check(probe, editor=True)


VISIT_WITH_A_TIME_OR_CARE = [
    ("ru", "Нахамили по телефону.", "Вы не были у нас с 2019 года, поэтому карту нужно обновить."),
    ("ru", "Нахамили по телефону.", "Вы уже полгода не были у нас."),
    ("uk", "Грубо відповіли телефоном.", "Ви не були в нас з березня."),
    ("pl", "Niemiła recepcja.", "Od roku nie był Pan u nas."),
    ("pl", "Niemiła recepcja.", "Nie był Pan u nas na wizycie kontrolnej."),
]


@pytest.mark.parametrize(
    "probe", probes(VISIT_WITH_A_TIME_OR_CARE, "language review bad", rule="confirms_patient")
)
def test_a_visit_missed_since_a_time_or_for_care_still_confirms_them(probe: Probe) -> None:
    check(probe, editor=True)


DAY_BACK_TO_NO_PATIENT = [
    (
        "uk",
        "Я торговий представник, приходив на зустріч із завідувачем, а його не було.",
        "Перепрошуємо. Того дня лікарі приймали пацієнтів до вечора, тому зустріч перенесли.",
    ),
    (
        "pl",
        "Byłam na rozmowie o pracę na stanowisko rejestratorki, czekałam godzinę.",
        "Przepraszamy. Tego dnia lekarz przyjmował pacjentów do późna, dlatego rozmowy się "
        "opóźniły.",
    ),
]


@pytest.mark.parametrize("probe", probes(DAY_BACK_TO_NO_PATIENT, "language review good"))
def test_that_day_of_a_candidates_meeting_is_no_date_of_theirs(probe: Probe) -> None:
    check(probe, editor=True)


def test_that_day_told_of_their_examination_still_blocks() -> None:
    found = rules_in_editor(
        "Того дня лікар оглянув вас і призначив аналізи.",
        "Я торговий представник, приходив на зустріч із завідувачем, а його не було.",
        "uk",
    )
    assert {"date", "confirms_patient"} <= found


def test_a_neighbour_known_by_where_they_live_is_told_the_works_dates() -> None:
    review = "I live across the road. Your contractors block the lane with vans every morning."
    assert (
        rules_in_editor(
            "Sorry about this. The car park resurfacing began on 2 September and ends on "
            "20 September.",
            review,
            "en",
        )
        == set()
    )
    assert "date" in rules_in_editor(
        "Sorry about this. We'll move the vans before your smear test on 12 September.",
        review,
        "en",
    )


VISIT_TO_A_DOCTOR_TOLD = [
    (
        "ru",
        "Сколько у вас стоит приём эндокринолога? Выбираю клинику.",
        "Первичный приём стоит 2 600 рублей. Но вы же раньше были у Анны Викторовны, так что "
        "повторный обойдётся дешевле.",
    ),
    (
        "uk",
        "Скільки коштує консультація ендокринолога? Обираю клініку.",
        "Первинна консультація коштує 900 гривень. Але ви вже були в Ольги Миколаївни, тож "
        "повторна буде дешевшою.",
    ),
]


@pytest.mark.parametrize(
    "probe", probes(VISIT_TO_A_DOCTOR_TOLD, "language review bad", rule="confirms_patient")
)
def test_an_enquirer_told_they_have_been_to_a_doctor_by_name_is_confirmed(probe: Probe) -> None:
    check(probe, editor=True)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("ru", "Если вы уже были у нашего кардиолога, повторный приём стоит дешевле."),
        ("uk", "Якщо ви вже були в нашого кардіолога, повторний прийом дешевший."),
    ],
)
def test_a_visit_to_a_specialist_supposed_of_anyone_is_no_finding(
    language: str, reply: str
) -> None:
    assert rules_in_editor(reply, "Сколько стоит приём?", language) == set()
