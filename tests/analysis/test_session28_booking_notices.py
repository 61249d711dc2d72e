"""Session 28 (acomm2, issue 19): a notice that a booking was moved or cancelled is the
booking's, not communication (the [scheduling] phrases of session 28; the count behind the
ruling is in tests/analysis/data/README.md).

Sentences written for this test, not taken from any labelled set. The notices fail on the old
code, which named communication beside the booking; a notice about results stays
communication."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read

NOTICES = [
    ("ru", "Предупредили о переносе операции только накануне."),
    ("ru", "Администраторы предупредили о переносе приёма в последний момент."),
    ("uk", "Про скасування операції попередили напередодні ввечері."),
    ("zh", "前一天晚上才通知取消预约。"),
]


@pytest.mark.parametrize(("lang", "text"), NOTICES)
def test_a_notice_about_a_booking_is_the_bookings(lang: str, text: str) -> None:
    assert read(text, lang) == {("scheduling", "negative")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "检查结果出来了也没人通知我。"),
        ("ru", "Никто не предупредил, что результаты будут через две недели."),
        ("pl", "Nikt mnie nie powiadomił, że wyniki już są."),
    ],
)
def test_a_notice_about_results_stays_communication(lang: str, text: str) -> None:
    assert ("communication", "negative") in read(text, lang)
