"""Communication is information given or withheld (session 26, the lead's convention for the
labelled sets): results, explanations, answers, being kept informed. What someone said, told as
the story's verb, is what the clause speaks of; the front desk's calls and reminders are its
service; a dismissal told as what was said is the speaker's manner. Each review is read as the
pipeline reads it (rules only)."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict
from tests.analysis.probe_readings import Reading, check_reading, readings

NEG, POS = "negative", "positive"

SAID_AS_THE_STORY = [  # "told", "сказала", "powiedziała" done: no communication chip
    ("Rude. Dismissive. Told me my pain was just stress.", "en", {("doctor", NEG)}),
    (
        "Регистратор сказала прийти завтра, раз записи нет.",
        "ru",
        {("reception", NEG), ("scheduling", NEG)},
    ),
    ("Powiedziała, że nie ma wolnych terminów, i się rozłączyła.", "pl", {("scheduling", NEG)}),
]


@pytest.mark.parametrize("reading", readings(SAID_AS_THE_STORY))
def test_what_someone_said_is_what_the_review_judges_not_information_given(
    reading: Reading,
) -> None:
    # on the old code each also had a communication complaint
    check_reading(reading)


NOT_TOLD = [  # the telling undone: the information withheld
    ("Nobody told us the biopsy was back.", "en"),
    ("Никто не сказал, что анализы готовы.", "ru"),
    ("Ніхто так і не сказав, які в мене результати.", "uk"),
    ("Nikt nie potrafił mi powiedzieć, co dalej z leczeniem.", "pl"),
    ("没有一个人能告诉我下一步怎么治疗。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_TOLD)
def test_nobody_telling_the_patient_stays_a_communication_complaint(text: str, lang: str) -> None:
    # a guard of the undone reading: a negator anywhere before the verb in its clause, or a
    # word of failing just before it ("nie potrafił mi powiedzieć")
    assert read(text, lang) == {("communication", NEG)}


FRONT_DESK_CALLS = [
    ("The receptionist rang me back within the hour, really helpful.", "en"),
    ("Администратор сама перезвонила и напомнила про приём, очень вежливая.", "ru"),
    ("Реєстраторка сама передзвонила і нагадала про прийом, дуже привітна.", "uk"),
    ("Rejestratorka sama oddzwoniła i przypomniała o wizycie, bardzo miła.", "pl"),
    ("前台当天就回电话了，态度很好。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), FRONT_DESK_CALLS)
def test_the_front_desk_ringing_back_is_its_service_not_communication(text: str, lang: str) -> None:
    # on the old code each was praise of communication as well
    assert read(text, lang) == {("reception", POS)}


def test_what_the_front_desk_tells_of_the_care_stays_communication() -> None:
    # results it rings about, and what it explains, are information given
    assert ("communication", POS) in read(
        "Reception rang me with my blood results the next morning, very efficient.", "en"
    )
    assert ("communication", POS) in read(
        "The receptionist explained my insurance claim clearly.", "en"
    )


DISMISSED = [
    ("She said I was overreacting and sent me home.", "en"),
    ("Сказала, что я преувеличиваю, и выписала то же самое.", "ru"),
    ("Сказав, що я перебільшую, і навіть не оглянув.", "uk"),
    ("Powiedział , że przesadzam .", "pl"),
    ("医生说我想多了，连检查都没做。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), DISMISSED)
def test_a_dismissal_told_as_what_was_said_blames_the_doctor(text: str, lang: str) -> None:
    # on the old code: no chip (en, ru, zh), or a communication complaint (uk, pl)
    assert read(text, lang) == {("doctor", NEG)}
    assert verdict(text, lang) == NEG
