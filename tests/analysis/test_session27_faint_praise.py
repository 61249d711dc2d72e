"""Session 27 (issue 19, branch aconc27, probe40c): the praise a complaining review concedes to
one person, said faintly ("The doctor was okay", "Сам врач ничего", "Pielęgniarka okej") or as
the deed that was theirs to do ("The GP did his job", "Лікар зробив свою роботу"), is that
person's praise, and the review is mixed, not a complaint (aspects.FAINT). The same words not
said of a person judge nothing ("Ok so I waited", "Врач ничего не объяснил").

Each review is written for the test.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

CONCEDED = [
    (
        "Forty minutes late and the receptionist rolled her eyes at me. The doctor was okay.",
        "en",
        "doctor",
    ),
    (
        "Parking is impossible and the waiting room stank. The dentist knew what she was doing.",
        "en",
        "doctor",
    ),
    (
        "Waited two hours past my slot and nobody said sorry. The surgeon did his job.",
        "en",
        "doctor",
    ),
    ("В регистратуре нагрубили и потеряли направление. Сама педиатр ничего.", "ru", "doctor"),
    ("Запись только через три недели. Хирург своё дело знает, это да.", "ru", "doctor"),
    ("У реєстратурі нагрубили, чекали годину. Сама педіатриня нічого.", "uk", "doctor"),
    (
        "Запис лише через три тижні. Хірург зробив свою роботу, але нервів багато пішло.",
        "uk",
        "doctor",
    ),
    ("Rejestracja niemiła, godzinę w kolejce. Pielęgniarka okej.", "pl", "nurse"),
    ("Termin dopiero za miesiąc. Sam chirurg znośny.", "pl", "doctor"),
    ("挂号排了两个小时，收费还乱。医生本人我没意见。", "zh", "doctor"),
]


@pytest.mark.parametrize(("text", "lang", "person"), CONCEDED)
def test_faint_praise_of_one_person_in_a_complaint_makes_the_review_mixed(
    text: str, lang: str, person: str
) -> None:
    # before session 27: negative, the person's praise not found
    assert (person, "positive") in read(text, lang)
    assert verdict(text, lang) == "mixed"


NOT_OF_A_PERSON = [
    ("Ok so I waited two hours and then the doctor was rude to me.", "en"),
    # a word after the faint one that goes on the clause, not one of [faint_tail]
    ("Waited an hour. The doctor was okay at first.", "en"),
    ("Врач ничего не объяснил, ждали час.", "ru"),
    ("Лікар нічого не пояснив, чекали годину.", "uk"),
    ("Ok, czekałam dwie godziny, a lekarz był niemiły.", "pl"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_OF_A_PERSON)
def test_the_same_words_not_said_of_a_person_praise_no_one(text: str, lang: str) -> None:
    assert not {p for _, p in read(text, lang)} & {"positive"}
    assert verdict(text, lang) == "negative"


IRONY = [
    ("Спасибо за потерянный день.", "ru"),
    ("Do samej rejestracji mam wiele zastrzeżeń.", "pl"),
]


@pytest.mark.parametrize(("text", "lang"), IRONY)
def test_thanks_for_a_lost_day_and_objections_stay_complaints(text: str, lang: str) -> None:
    assert verdict(text, lang) == "negative"


ASIDE = [
    ("В регистратуре нагрубили, ждали час. Медсестра, правда, принесла ребёнку воды.", "ru"),
    ("У реєстратурі нагрубили, чекали годину. Медсестра, щоправда, принесла дитині води.", "uk"),
    ("等了两个小时才看上。护士倒是帮我推了轮椅，还给我倒了水。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), ASIDE)
def test_a_deed_granted_aside_after_a_complaint_is_the_praise_of_a_mixed_review(
    text: str, lang: str
) -> None:
    # before session 27: negative (", правда,", ", щоправда,", "倒是" granted nothing)
    assert ("nurse", "positive") in read(text, lang)
    assert verdict(text, lang) == "mixed"


OPERATION_DONE_WELL = [
    (
        "The operation itself went smoothly. Nobody rang with the histology, I had to chase it.",
        "en",
    ),
    ("Операцию провели аккуратно. Но выписку дали с ошибками и никто ничего не объяснил.", "ru"),
    ("Операцію провели акуратно. Але ніхто не пояснив, як доглядати за швом.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), OPERATION_DONE_WELL)
def test_an_operation_told_as_done_well_is_the_outcome_beside_the_complaint(
    text: str, lang: str
) -> None:
    # before session 27: negative, the operation judged as done named no aspect
    assert ("outcome", "positive") in read(text, lang)
    assert verdict(text, lang) == "mixed"


MORE_FAINT = [
    ("Billing sent my invoice to the wrong address twice. The physio was solid.", "en"),
    ("Ждали час в коридоре, администратор грубила. К самому врачу вопросов нет.", "ru"),
    ("Чекали годину в коридорі, адміністраторка грубила. До самої лікарки питань немає.", "uk"),
    ("Na wizytę czekałam trzy tygodnie. Sam lekarz w miarę.", "pl"),
    ("收费太贵，一个小检查三百多。医生也尽力了。", "zh"),
    ("排队两个小时，前台还凶。总体来说医生还是可以的。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), MORE_FAINT)
def test_more_faint_words_of_a_person_make_a_complaint_mixed(text: str, lang: str) -> None:
    # before session 27: negative
    assert ("doctor", "positive") in read(text, lang)
    assert verdict(text, lang) == "mixed"


def test_results_had_the_same_day_are_the_praise_of_a_chinese_complaint_and_a_promise_is_not() -> (
    None
):
    # before session 27: negative, the results had fast named communication without judging it
    text = "收费太贵，一个小检查三百多。不过当天就拿到了结果。"
    assert ("communication", "positive") in read(text, "zh")
    assert verdict(text, "zh") == "mixed"
    promised = "说当天就出结果，结果等了一个星期。"
    assert ("communication", "negative") in read(promised, "zh")
