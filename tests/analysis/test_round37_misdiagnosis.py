"""Round thirty-seven (issue 19, branch asp37): a diagnosis found later or elsewhere.

What the doctor said or thought it was ("The GP said it was a sprain", "Сказали ОРВИ", "Казали —
алергія", "Powiedziała, że to przeziębienie", "说是感冒") and, after it in the same sentence or
the next, what it turned out to be ("an X-ray showed a fracture", "оказалось воспаление лёгких",
"виявилось", "okazało się", "结果是肺炎") blame the outcome and the doctor, with no outcome word:
the labelled sets read "Told me my pain was 'just stress'. Turned out to be gallstones" so.
What other doctors said, belied by the one reviewed, does not blame ("Інші лікарі казали..."),
nor a finding that bears the doctor out ("it turned out she was right", "оказался прав");
a said clause with no later finding, and a finding with nothing said before it, read as before.

Each review is written for the test.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG, POS = "negative", "positive"
DOC, OUT, REC, FAC = "doctor", "outcome", "reception", "facilities"

MISDIAGNOSED = [
    ("My GP said it was a pulled muscle. A scan at the hospital showed a fracture.", "en"),
    ("The dentist thought it was sensitivity, and it turned out to be an abscess.", "en"),
    ("Сказали, что это аллергия. Оказалось, что корь.", "ru"),
    ("Терапевт решил, что гастрит, а в итоге камни в желчном.", "ru"),
    ("Лікар сказав, що це забій. А виявився перелом.", "uk"),
    ("Казали — звичайна застуда, у результаті пневмонія.", "uk"),
    ("Lekarka stwierdziła, że to zwykła grypa. Okazało się, że zapalenie płuc.", "pl"),
    ("Powiedział, że to nerwoból, a potem wyszło, że półpasiec.", "pl"),
    ("医生说是胃炎，结果是胆结石。", "zh"),
    ("说是扭伤，后来查出骨折。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), MISDIAGNOSED)
def test_a_diagnosis_belied_later_blames_the_outcome_and_the_doctor(text: str, lang: str) -> None:
    # the chips the review pane shows: the outcome and the doctor blamed, neither praised, and
    # the review negative (before round thirty-seven: no outcome chip, the review neutral)
    chips = read(text, lang)
    assert {(OUT, NEG), (DOC, NEG)} <= chips
    assert (OUT, POS) not in chips and (DOC, POS) not in chips
    assert verdict(text, lang) == "negative"


BESIDE_PRAISE = [
    (
        "Reception were lovely and fitted me in. The doctor said it was a cold; it turned out"
        " to be pneumonia.",
        "en",
        REC,
    ),
    ("Клиника чистая и новая. Но врач сказал ОРВИ, а оказалось воспаление лёгких.", "ru", FAC),
    ("前台很热情。医生说是感冒，结果是肺炎。", "zh", REC),
]


@pytest.mark.parametrize(("text", "lang", "praised"), BESIDE_PRAISE)
def test_a_misdiagnosis_beside_praise_makes_the_review_mixed(
    text: str, lang: str, praised: str
) -> None:
    chips = read(text, lang)
    assert {(praised, POS), (OUT, NEG), (DOC, NEG)} <= chips
    assert verdict(text, lang) == "mixed"


UNCHANGED = [
    # other doctors said it; the one reviewed found it: no blame of the outcome
    ("Інші лікарі казали, що це нерви, а виявилась щитовидка. Після лікування все гаразд.", "uk"),
    (
        "Other doctors said it was eczema; it turned out to be a fungal infection, now cleared.",
        "en",
    ),
    # something said with no later finding, and a finding with nothing said before it
    ("The doctor said it was a sprain and it healed in a week.", "en"),
    ("Оказалось, что врач очень внимательный.", "ru"),
    # the finding bears the doctor out
    ("The doctor said it was nothing serious, and it turned out she was right.", "en"),
    ("Врач сказал, что это гайморит, и оказался прав.", "ru"),
    ("Лікар сказала, що все буде добре, і виявилась права.", "uk"),
    ("Lekarz powiedział, że to nic groźnego i okazało się, że miał rację.", "pl"),
    ("医生说是小问题，结果是真的没事。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), UNCHANGED)
def test_what_others_said_or_nothing_belied_blames_no_outcome(text: str, lang: str) -> None:
    assert (OUT, NEG) not in read(text, lang)


# A dismissal borne out (the lead, session 25): "said it was nothing" and "说没事" are words of
# blame by themselves (the doctor dismissed it), but where a later "turned out" bears the doctor
# out they judge nobody; before, "医生说没事，结果是真的没事。" blamed the doctor.
BORNE_OUT = [
    ("医生说没事，结果是真的没事。", "zh"),
    ("The GP said it was nothing. Turned out it was nothing serious, she was right.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), BORNE_OUT)
def test_a_dismissal_the_finding_bears_out_blames_nobody(text: str, lang: str) -> None:
    chips = read(text, lang)
    assert (DOC, NEG) not in chips
    assert (OUT, NEG) not in chips
    assert verdict(text, lang) != NEG


# ... and the same dismissal belied, or with nothing found after it, still blames the doctor
STILL_BLAMED = [
    ("医生说没事，结果是骨裂。", "zh"),
    ("The GP said it was nothing. Turned out it was a fracture.", "en"),
    ("He said it was nothing and sent me home.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), STILL_BLAMED)
def test_a_dismissal_belied_or_left_alone_still_blames_the_doctor(text: str, lang: str) -> None:
    assert (DOC, NEG) in read(text, lang)
