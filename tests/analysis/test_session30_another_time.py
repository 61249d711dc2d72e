"""Session 30 (asarc30, issue 19, probe43s): the praise of another visit or another time.

A clause told of an earlier time ("last time", "used to", "раньше", "минулого разу", "kiedyś",
"上次", "以前"; [earlier] of aspects_<lang>.txt) set against a later clause told of this time
("this time", "now", "теперь", "цього разу", "teraz", "这次", "现在"; [this_time]) that judges the
other way is not the practice now: the earlier praise is no praise (the review blames), and an
earlier complaint now solved is no complaint (the review praises). The same judgement both times
is meant. The cases marked so fail on the code before.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

# (language, text, the aspect blamed now and never praised): each read mixed or with the earlier
# praise on the code before
EARLIER_PRAISE = [
    (
        "en",
        "Last year the nurses here were wonderful. This time nobody came for an hour and the "
        "nurse was rude.",
        "nurse",
    ),
    (
        "ru",
        "Раньше администраторы были вежливые и приветливые. Теперь хамят и бросают трубку.",
        "reception",
    ),
    (
        "uk",
        "Минулого разу лікарка була уважна і все пояснила. Цього разу нагрубила і нічого не "
        "пояснила.",
        "doctor",
    ),
    (
        "pl",
        "Kiedyś rejestracja działała świetnie. Teraz panie są niemiłe i gubią skierowania.",
        "reception",
    ),
    ("zh", "上次来护士很热情，这次态度特别差，问什么都不耐烦。", "nurse"),
    ("zh", "以前前台服务很好，现在态度很差，爱答不理。", "reception"),
]


@pytest.mark.parametrize(("lang", "text", "aspect"), EARLIER_PRAISE)
def test_earlier_praise_is_no_praise_now(lang: str, text: str, aspect: str) -> None:
    found = read(text, lang)
    assert (aspect, "negative") in found
    assert (aspect, "positive") not in found
    assert verdict(text, lang) == "negative"


def test_a_doctor_who_used_to_listen_is_not_praised() -> None:
    # old code: doctor positive from "used to be brilliant and patient", mixed
    text = "Dr Shah used to be brilliant and patient. Now she rushes every visit, barely listens."
    assert ("doctor", "positive") not in read(text, "en")
    assert verdict(text, "en") == "negative"


def test_an_earlier_complaint_now_solved_is_no_complaint() -> None:
    # old code: reception blamed for last time, mixed
    text = (
        "Last time the reception lost my notes and was rude. This time they were lovely and "
        "sorted my booking."
    )
    assert ("reception", "negative") not in read(text, "en")
    assert verdict(text, "en") == "positive"


# the same judgement both times: both meant (these hold on the code before too; they fail if
# the earlier time is dropped whatever it says)
SAME_BOTH_TIMES = [
    ("en", "Last time was great and this time was even better, the nurse was lovely.", "nurse"),
    ("ru", "В прошлый раз всё понравилось, и в этот раз врач был внимательный.", "doctor"),
    ("zh", "上次来医生很好，这次也很好，很耐心。", "doctor"),
]


@pytest.mark.parametrize(("lang", "text", "aspect"), SAME_BOTH_TIMES)
def test_the_same_judgement_both_times_is_meant(lang: str, text: str, aspect: str) -> None:
    assert (aspect, "positive") in read(text, lang)
    assert verdict(text, lang) == "positive"
