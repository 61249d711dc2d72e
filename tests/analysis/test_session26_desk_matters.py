"""The front desk's matters (session 26, the lead's convention continued): money explained or
not in a sentence about a bill, and nobody calling back after the patient's own calls to the
practice, are the front desk's service (reception), not information given; results named keep
them communication. Each review is read as the pipeline reads it (rules only)."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read

NEG = "negative"

BILL_UNEXPLAINED = [
    ("Got two invoices for one check-up and nobody at the surgery could explain them.", "en"),
    ("Пришло два счёта за один приём, и никто не смог объяснить, за что второй.", "ru"),
    ("Надіслали два рахунки за один прийом, і ніхто не зміг пояснити, за що другий.", "uk"),
    ("Dostałam dwie faktury za jedną wizytę i nikt nie umiał wytłumaczyć, za co druga.", "pl"),
]


@pytest.mark.parametrize(("text", "lang"), BILL_UNEXPLAINED)
def test_a_bill_nobody_explains_is_the_front_desks(text: str, lang: str) -> None:
    # on the old code: a communication complaint and no reception
    found = read(text, lang)
    assert ("reception", NEG) in found
    assert "communication" not in {aspect for aspect, _ in found}


NO_CALL_BACK = [
    ("I rang the clinic four times about my sick note. Nobody ever called back.", "en"),
    ("Звонила четыре раза насчёт больничного. Так никто и не перезвонил.", "ru"),
    ("Дзвонила чотири рази щодо довідки. Так ніхто і не передзвонив.", "uk"),
    ("Dzwoniłam cztery razy w sprawie zwolnienia. Nikt nie oddzwonił.", "pl"),
]


@pytest.mark.parametrize(("text", "lang"), NO_CALL_BACK)
def test_no_call_back_after_the_patients_own_calls_is_the_front_desks(text: str, lang: str) -> None:
    # on the old code: a communication complaint
    assert read(text, lang) == {("reception", NEG)}


STAYS_COMMUNICATION = [
    ("I rang three times about my blood results. Nobody ever called back.", "en"),
    ("Звонила три раза насчёт результатов анализов. Никто так и не перезвонил.", "ru"),
    ("Nobody called me back after the operation to see how I was.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), STAYS_COMMUNICATION)
def test_results_named_or_no_call_of_ones_own_keep_it_communication(text: str, lang: str) -> None:
    assert ("communication", NEG) in read(text, lang)
