"""Session 26 (issue 19, branch asent26): a concession added afterwards is the other side of a
mixed review.

A sentence opened by "although" ("хотя", "хоча", "choć", "虽然") grants what it says to the main
clause after it ("Although the wait was long, the nurses were wonderful" praises). Alone after a
complaint, with no main clause to grant it to, it concedes nothing: the writer adds the other
side, and the review is mixed, not a complaint. The chips stay as they were.

Each review is written for the test.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

ADDED_AFTERWARDS = [
    ("The front desk was rude and lost my referral. Although the GP herself was lovely.", "en"),
    (
        "Не советую эту поликлинику: в регистратуре нагрубили и потеряли карту. Хотя терапевт"
        " была внимательной.",
        "ru",
    ),
    ("Не раджу нікому: у реєстратурі накричали на батька. Хоча лікарка була уважна.", "uk"),
    (
        "Nie polecam rejestracji, pani była opryskliwa i zgubiła skierowanie. Choć sam lekarz był"
        " bardzo miły.",
        "pl",
    ),
    ("前台态度很差，还把我的病历弄丢了。虽然医生人很好。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), ADDED_AFTERWARDS)
def test_praise_added_after_a_complaint_by_although_makes_the_review_mixed(
    text: str, lang: str
) -> None:
    # before session 26: negative (the praise read as granted, so not meant)
    assert verdict(text, lang) == "mixed"
    assert {("doctor", "positive"), ("reception", "negative")} <= read(text, lang)


GRANTED = [
    ("Although the wait was long, the nurses were wonderful.", "en"),
    ("Хотя ждать пришлось долго, врач всё подробно объяснил.", "ru"),
    ("Choć czekałam długo, lekarz był bardzo miły i pomocny.", "pl"),
]


@pytest.mark.parametrize(("text", "lang"), GRANTED)
def test_a_concession_granted_to_the_praise_after_it_stays_praise(text: str, lang: str) -> None:
    assert verdict(text, lang) == "positive"
