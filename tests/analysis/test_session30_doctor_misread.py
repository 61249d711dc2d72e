"""Session 30 (adoc30, issue 19, probe43d): a doctor granted as a person, then blamed for a
diagnosis missed (MISREAD in aspects.py).

"Nice, but missed the fracture": the doctor's praise as a person is granted, and the "but"
blames the doctor's work, though it names the outcome too. The tuning rows label the doctor
negative (tests/analysis/data/README.md, session 30). The diagnosis missed is told by the
doctor's deed ([diagnosis] of aspects_<lang>.txt: "she missed that", "не увидел", "przeoczył",
"没看出来") or by what the doctor treated belied by what it turned out to be ([told] and
[turned_out]: "лечил от ..., а оказалось", "leczył na ..., a to była"). The cases marked so fail
on the code before.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

# (language, text): each read with the doctor praised, or no doctor at all, on the code before
MISREAD = [
    ("en", "Friendly enough doctor but she missed the infection in my ear for a month."),
    ("en", "The GP was polite, but he completely missed that my son had appendicitis."),
    ("ru", "Врач вежливый, но трещину в ребре не увидел, нашли только через неделю."),
    ("ru", "Доктор приятный, но лечил меня от гастрита, а оказался холецистит."),
    ("uk", "Лікарка ввічлива, але лікувала від застуди, а це виявилася пневмонія."),
    ("uk", "Лікар привітний, але пропустив у сина запалення, довелося везти в іншу лікарню."),
    ("pl", "Lekarz uprzejmy, ale przeoczył zapalenie płuc u mojej mamy."),
    ("pl", "Pani doktor miła, ale leczyła mnie na alergię, a to była łuszczyca."),
    ("zh", "医生态度挺好的，可是肺炎都没看出来，后来住院了。"),
]


@pytest.mark.parametrize(("lang", "text"), MISREAD)
def test_a_missed_diagnosis_blames_the_doctor_granted(lang: str, text: str) -> None:
    found = read(text, lang)
    assert ("doctor", "negative") in found
    assert ("doctor", "positive") not in found


# (language, text, what the "but" blames): the praise of the doctor stands, as before
PRAISE_STANDS = [
    ("en", "Lovely doctor, but my knee still hurts after the injections.", "outcome"),
    ("en", "Nice enough nurse, but she missed the vein three times.", "nurse"),
    ("ru", "Врач вежливый, но ждали больше часа.", "waiting"),
    ("pl", "Pani doktor miła, ale wizyta kosztowała 300 zł.", "price"),
]


@pytest.mark.parametrize(("lang", "text", "blamed"), PRAISE_STANDS)
def test_a_but_of_something_else_keeps_the_praise(lang: str, text: str, blamed: str) -> None:
    found = read(text, lang)
    assert ("doctor", "negative") not in found
    if blamed != "nurse":
        assert ("doctor", "positive") in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Медсестра так відволікла малого, що він навіть не помітив укол."),
        ("pl", "Pielęgniarka zagadała córkę i nawet nie zauważyła ukłucia."),
        ("ru", "Медсестра уколола так быстро, что сын даже не заметил."),
    ],
)
def test_a_child_who_did_not_notice_the_needle_blames_no_doctor(lang: str, text: str) -> None:
    assert ("doctor", "negative") not in read(text, lang)


# (language, text): a person praised without a role ("nice man"), then the diagnosis missed:
# the review blames (the praise was only granted); read positive or mixed on the code before
PERSON_WITHOUT_ROLE = [
    ("en", "Pleasant man, very polite, but he missed that my daughter's arm was broken."),
    ("uk", "Приємна жінка, усміхнена, але пропустила у сина запалення легень."),
    ("pl", "Sympatyczny pan, uprzejmy, ale nie zauważył pęknięcia i tydzień chodziłam z bólem."),
]


@pytest.mark.parametrize(("lang", "text"), PERSON_WITHOUT_ROLE)
def test_a_person_praised_then_a_missed_diagnosis_is_a_complaint(lang: str, text: str) -> None:
    assert ("doctor", "negative") in read(text, lang)
    assert verdict(text, lang) == "negative"
