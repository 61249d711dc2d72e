"""Outcome by the label convention (issue 19, session 26, branch aout26; the convention and its
counts in tests/analysis/data/README.md): the outcome is the patient's health after the care.
A body part or a measure told in its state after the care (working again, within the norm,
steady) is the outcome, as is the patient or a relative told better or worse; a procedure
painless while it was done is the work of who did it, not the outcome (Chinese 不疼 without 了),
and an intensifier before 好了 is the exclamation "great", not "recovered". Each review is
written for the test, not copied from a row, with the look-alikes that must not change."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read

NEG, POS = "negative", "positive"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Three sessions with the physio and my wrist is working properly again.", "en"),
        ("Since the new tablets my blood pressure is normal now.", "en"),
        ("После курса у эндокринолога сахар в норме уже третий месяц.", "ru"),
        ("Подобрали таблетки, давление ровное даже по утрам.", "ru"),
        ("Після курсу в ендокринолога цукор у нормі вже третій місяць.", "uk"),
        ("Підібрали таблетки, тиск рівний навіть уранці.", "uk"),
        ("Po trzech wizytach u fizjoterapeuty łokieć wreszcie się zgina.", "pl"),
        ("Po zmianie leków ciśnienie w normie od dwóch miesięcy.", "pl"),
        ("Dłoń po operacji znowu sprawna, mogę pisać.", "pl"),
    ],
)
def test_a_body_part_in_its_state_after_the_care_is_the_outcome_credited(
    text: str, lang: str
) -> None:
    assert ("outcome", POS) in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "polarity"),
    [
        ("После капельниц папе уже гораздо лучше.", "ru", POS),
        ("Мне стало только хуже от этих уколов.", "ru", NEG),
        ("Після крапельниць татові вже значно краще.", "uk", POS),
        ("Мені стало тільки гірше від цих уколів.", "uk", NEG),
        ("Po kroplówkach tacie jest już dużo lepiej.", "pl", POS),
        ("Synowi jest jeszcze gorzej po tym syropie.", "pl", NEG),
    ],
)
def test_the_patient_told_better_or_worse_is_the_outcome(
    text: str, lang: str, polarity: str
) -> None:
    assert ("outcome", polarity) in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the state words alone, with no body in the clause, say nothing of the outcome
        ("The card machine is working again, so paying was easy.", "en"),
        ("Очередь в норме, минут десять.", "ru"),
        ("Rejestracja sprawna, wszystko załatwione od ręki.", "pl"),
    ],
)
def test_a_state_word_without_the_body_is_no_outcome(text: str, lang: str) -> None:
    assert not any(aspect == "outcome" for aspect, _ in read(text, lang))


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ("抽血的护士手很稳，一点都不疼。", "nurse"),
        ("牙医动作很轻，拔牙基本不疼。", "doctor"),
        ("打针的护士技术真好了，孩子都没感觉。", "nurse"),
    ],
)
def test_a_procedure_painless_while_done_is_the_carers_work_not_the_outcome(
    text: str, aspect: str
) -> None:
    found = read(text, "zh")
    assert (aspect, POS) in found
    assert not any(a == "outcome" for a, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "针灸做了两周，肩膀不疼了。",
        "吃了三天药，嗓子终于不疼了，太好了。",
    ],
)
def test_the_pain_gone_after_the_care_stays_the_outcome(text: str) -> None:
    assert ("outcome", POS) in read(text, "zh")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Four GPs shrugged it off; Dr Rahman ran one test and I finally have a diagnosis.",
            "en",
        ),
        ("Полгода ходила по врачам, здесь наконец поставили диагноз.", "ru"),
        ("Пів року ходила по лікарях, тут нарешті поставили діагноз.", "uk"),
        ("Po roku szukania w końcu ktoś postawił trafną diagnozę.", "pl"),
        ("跑了好几家医院，在这里终于查出了病因。", "zh"),
    ],
)
def test_the_diagnosis_reached_at_last_is_the_outcome(text: str, lang: str) -> None:
    assert ("outcome", POS) in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # knowing at last what ails one is the information given
        ("Dzięki pani doktor nareszcie wiem, co mi jest.", "pl"),
    ],
)
def test_knowing_at_last_what_ails_one_stays_the_information_given(text: str, lang: str) -> None:
    assert not any(aspect == "outcome" for aspect, _ in read(text, lang))
