"""Round twenty-eight (issue 19, branch asp28): a denial of saying reaches to the end of its clause.

"I wouldn't say the doctor was friendly", "Не скажу, что врач был внимательным", "Nie powiem,
żeby pani doktor była miła", "不能说医生很耐心": the praise word may stand many words past the
denial, and it is denied all the same (a plain "not" turns only the next few words). A complaint
so denied is at most mild praise, and no aspect's chip ("I wouldn't say she was rude"). The
Chinese wish "要是护士态度好点就好了" is a complaint of what was missing.

Each review is written for the test; the "must stay" look-alikes read as before.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict
from tests.analysis.probe_readings import Reading, check_reading, readings

NEG, POS = "negative", "positive"
DOC, NURSE, REC = "doctor", "nurse", "reception"

DENIED_PRAISE = [
    ("I wouldn't say the doctor was friendly.", "en", {(DOC, NEG)}),
    ("I can't say the staff were helpful.", "en", {(REC, NEG)}),
    ("I cannot say that the receptionist was particularly polite.", "en", {(REC, NEG)}),
    ("I wouldn't say the nurse was very gentle with my son.", "en", {(NURSE, NEG)}),
    ("I can't honestly say the doctor was thorough.", "en", {(DOC, NEG)}),
    ("I couldn't really say the GP was caring towards my mum.", "en", {(DOC, NEG)}),
    ("Nie powiem, żeby pani doktor była miła.", "pl", {(DOC, NEG)}),
    ("Nie mogę powiedzieć, żeby rejestracja była szczególnie uprzejma.", "pl", {(REC, NEG)}),
    ("Nie powiem, że pielęgniarka była dla mnie szczególnie miła.", "pl", {(NURSE, NEG)}),
    ("Nie powiedziałabym, że lekarka była wobec mnie jakoś bardzo miła.", "pl", {(DOC, NEG)}),
    ("Nie powiem że pan doktor był dla syna szczególnie cierpliwy.", "pl", {(DOC, NEG)}),
    ("Nie mogę powiedzieć że personel w rejestracji był uprzejmy.", "pl", {(REC, NEG)}),
    ("Не скажу, что врач был внимательным.", "ru", {(DOC, NEG)}),
    ("Не могу сказать, что администратор в регистратуре была вежливой.", "ru", {(REC, NEG)}),
    ("Не скажу, что врач был со мной особенно внимательным.", "ru", {(DOC, NEG)}),
    ("Не могу сказать, что медсестра была очень аккуратной.", "ru", {(NURSE, NEG)}),
    ("Не сказала бы, что доктор был со мной внимателен.", "ru", {(DOC, NEG)}),
    ("Нельзя сказать, чтобы врач был к ребёнку особенно внимателен.", "ru", {(DOC, NEG)}),
    ("Не можу сказати, що лікар був уважним.", "uk", {(DOC, NEG)}),
    ("Не скажу, що лікар був зі мною особливо уважним.", "uk", {(DOC, NEG)}),
    ("Не можу сказати, що адміністратор на рецепції була ввічливою.", "uk", {(REC, NEG)}),
    ("Не сказала б, що медсестра була зі мною дуже уважною.", "uk", {(NURSE, NEG)}),
    ("Не можна сказати, щоб лікар був до дитини особливо уважним.", "uk", {(DOC, NEG)}),
    ("Не скажу що лікарка була до мене якось особливо ввічлива.", "uk", {(DOC, NEG)}),
    ("不能说医生很耐心。", "zh", {(DOC, NEG)}),
    ("说不上医生有多好。", "zh", {(DOC, NEG)}),
    ("不能说前台的服务态度很好。", "zh", {(REC, NEG)}),
    ("我不能说这位医生特别细心。", "zh", {(DOC, NEG)}),
    ("谈不上医生对我有多热情。", "zh", {(DOC, NEG)}),
    ("要是护士态度好点就好了。", "zh", {(NURSE, NEG)}),
]


@pytest.mark.parametrize("reading", readings(DENIED_PRAISE))
def test_a_denial_of_saying_turns_the_praise_at_the_end_of_its_clause(reading: Reading) -> None:
    check_reading(reading, sentiment="negative")


DENIED_COMPLAINT = [
    ("I wouldn't say she was rude.", "en"),
    ("Nie powiem, żeby lekarz był niemiły.", "pl"),
    ("Не скажу, что врач был грубым.", "ru"),
    ("Не скажу, що лікар був грубим.", "uk"),
    ("不能说医生态度差。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), DENIED_COMPLAINT)
def test_a_complaint_denied_is_not_praise(text: str, lang: str) -> None:
    assert read(text, lang) == set()


DENIAL_STAY = [
    # praise that cannot be said enough, praise that must be noted, and an honest "to be frank"
    ("I can't say enough good things about Dr Lee.", "en", {(DOC, POS)}),
    ("I have to say the doctor was friendly.", "en", {(DOC, POS)}),
    ("I can't fault the receptionists, they were helpful.", "en", {(REC, POS)}),
    ("Muszę powiedzieć, że lekarz był bardzo miły.", "pl", {(DOC, POS)}),
    ("Не могу не отметить внимательность врача.", "ru", {(DOC, POS)}),
    ("Скажу честно, врач был очень внимательным.", "ru", {(DOC, POS)}),
    ("Не можу не відзначити уважність лікаря.", "uk", {(DOC, POS)}),
    ("说实话医生很好。", "zh", {(DOC, POS)}),
    ("不得不说医生很耐心。", "zh", {(DOC, POS)}),
    # a denial reaches only to its clause's end: the next clause's praise stands
    (
        "Не скажу, что регистратура вежливая, но врач очень внимательный.",
        "ru",
        {(REC, NEG), (DOC, POS)},
    ),
]


@pytest.mark.parametrize("reading", readings(DENIAL_STAY))
def test_praise_said_outright_reads_as_before(reading: Reading) -> None:
    check_reading(reading)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Can't say a bad word about the nurses.", "en"),
        ("Nie mogę powiedzieć złego słowa o lekarzu.", "pl"),
    ],
)
def test_nothing_bad_to_say_is_praise(text: str, lang: str) -> None:
    assert verdict(text, lang) == "positive"
