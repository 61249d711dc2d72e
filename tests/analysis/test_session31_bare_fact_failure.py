"""Session 31 (afact31, issue 19, probe44f): a failure told as a bare fact, with no judging word,
beside praise: a thing the practice was to send that never came or still has not, a promise
broken ("miała być na NFZ", "本来说好能报销"), a machine or lift that broke, a booking lost or
moved without asking, an illness still there. Words as data (the Session 31 afact31 sections of
aspects_<lang>.txt). The sentences are not probe44f's rows; the mixed ones are read positive or
with the failure's aspect missing on the code before; the controls (a bare fact that is no
failure) stay positive on both.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

# (language, text, the praised aspect, the failed aspect)
MIXED = [
    (
        "en",
        "Dr Reyes was wonderful with my mum. The referral letter never reached her GP.",
        "doctor",
        "communication",
    ),
    (
        "en",
        "The dentist was gentle and quick. The X-ray machine stopped working, so no X-ray.",
        "doctor",
        "facilities",
    ),
    (
        "ru",
        "Доктор прекрасный. Направление в больницу так и не прислали.",
        "doctor",
        "communication",
    ),
    (
        "ru",
        "Врач очень внимательная. Звонка с результатами до сих пор нет.",
        "doctor",
        "communication",
    ),
    (
        "ru",
        "Доктор замечательный. Рентген опять не работал, отправили в другое место.",
        "doctor",
        "facilities",
    ),
    (
        "uk",
        "Лікар дуже уважний. Висновку досі немає, хоча минув місяць.",
        "doctor",
        "communication",
    ),
    ("uk", "Лікарка чудова. Томограф зламався посеред обстеження.", "doctor", "facilities"),
    (
        "pl",
        "Lekarz bardzo dokładny. Recepta do apteki do dziś nie doszła.",
        "doctor",
        "communication",
    ),
    ("zh", "医生很耐心。病历一直没寄到，问了几次了。", "doctor", "communication"),
    ("zh", "医生技术好。本来说好可以报销，最后全自费。", "doctor", "price"),
]


@pytest.mark.parametrize(("lang", "text", "praised", "failed"), MIXED)
def test_a_failure_told_as_a_bare_fact_beside_praise_is_mixed(
    lang: str, text: str, praised: str, failed: str
) -> None:
    found = read(text, lang)
    assert (praised, "positive") in found
    assert (failed, "negative") in found
    assert verdict(text, lang) == "mixed"


# (language, text): a bare fact that is no failure, or a failure that was set right
CONTROLS = [
    ("en", "The letter reached my GP the next morning. Dr Reyes was wonderful."),
    ("ru", "Выписку передали в поликлинику в тот же день. Врач очень внимательная."),
    ("pl", "Wypis dotarł do przychodni następnego dnia. Lekarz bardzo dokładny."),
    ("zh", "病历第二天就寄到了。医生很耐心。"),
]


@pytest.mark.parametrize(("lang", "text"), CONTROLS)
def test_a_bare_fact_that_is_no_failure_stays_praise(lang: str, text: str) -> None:
    assert all(polarity == "positive" for _, polarity in read(text, lang))
    assert verdict(text, lang) == "positive"
