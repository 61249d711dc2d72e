"""Session 31 (aasp31, issue 19, probe44a): the aspects the blind sets miss most, told in ways
the reader did not know: the doctor named by no title or name, only by what they did or by
their duty ("whoever was on duty", "the one who saw me", "Тот, кто меня осматривал", "给我看病的
那位"); a carer who rings the patient themselves; results never sent; a patient's unreturned
calls about the treatment's aftermath (communication, not the front desk's). Words as data (the
Session 31 sections of aspects_<lang>.txt) and aspects._desk_matter. The sentences are not
probe44a's rows; the readings fail on the code before, the roles kept and the certificate's
calls pass on both.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read

# (language, text, the doctor's polarity): no title, no name, no pronoun the reader knew; each
# read with no doctor on the code before
UNNAMED_DOCTOR = [
    ("en", "Whoever was on call that weekend was brilliant with my dad.", "positive"),
    ("en", "The woman who did my colonoscopy was so reassuring.", "positive"),
    ("en", "The one who saw me was excellent.", "positive"),
    ("ru", "Та, которая меня осматривала, всё сделала отлично.", "positive"),
    ("ru", "Кто там дежурил, даже не посмотрел на ребёнка.", "negative"),
    ("ru", "Молодой человек в пятом кабинете очень вежливый и толковый.", "positive"),
    ("uk", "Та, яка мене оглядала, все зробила чудово.", "positive"),
    ("uk", "Хто там чергував, навіть не глянув на дитину.", "negative"),
    ("pl", "Ta, która mnie badała, wszystko zrobiła świetnie.", "positive"),
    ("pl", "Ktokolwiek miał tam dyżur, ledwo na mnie spojrzał.", "negative"),
    ("zh", "给我儿子缝针的那位手特别轻。", "positive"),
    ("zh", "值班的根本没给孩子检查，开了药就让走。", "negative"),
]


@pytest.mark.parametrize(("lang", "text", "polarity"), UNNAMED_DOCTOR)
def test_a_doctor_told_by_deed_or_duty_is_the_doctor(lang: str, text: str, polarity: str) -> None:
    assert ("doctor", polarity) in read(text, lang)


# (language, text, the person's aspect): a role named beside the duty or the deed keeps its own
# (as on the code before: "дежурный", "值班的" name the doctor only before a deed)
ROLE_KEPT = [
    ("en", "The nurse on duty was lovely.", "nurse"),
    ("en", "The lady who booked me in was rude.", "reception"),
    ("ru", "Дежурный администратор нахамил.", "reception"),
    ("pl", "Dyżurna pielęgniarka była bardzo miła.", "nurse"),
    ("zh", "值班的护士态度很好。", "nurse"),
]


@pytest.mark.parametrize(("lang", "text", "aspect"), ROLE_KEPT)
def test_a_named_role_on_duty_is_not_the_doctor(lang: str, text: str, aspect: str) -> None:
    found = {a for a, _ in read(text, lang)}
    assert aspect in found
    assert "doctor" not in found


# (language, text, communication's polarity): the carer rings, results never sent; each read
# without communication on the code before
COMMUNICATION = [
    ("en", "He phoned me himself with the scan results the same evening.", "positive"),
    ("en", "The discharge letter was never sent to my GP.", "negative"),
    ("uk", "Лікарка сама зателефонувала з результатами аналізів.", "positive"),
    ("pl", "Pani doktor sama zadzwoniła z wynikami biopsji.", "positive"),
    ("zh", "主任亲自打电话跟我说了检查结果。", "positive"),
]


@pytest.mark.parametrize(("lang", "text", "polarity"), COMMUNICATION)
def test_a_carer_ringing_or_results_not_sent_is_communication(
    lang: str, text: str, polarity: str
) -> None:
    assert ("communication", polarity) in read(text, lang)


# a patient's calls: about the pain after the treatment they are the clinician's to answer (the
# front desk's on the code before); about a certificate they stay the front desk's (session 26)
@pytest.mark.parametrize(
    ("lang", "text", "aspect"),
    [
        (
            "en",
            "My jaw is still swollen a week after the extraction. Rang twice, nobody rang back.",
            "communication",
        ),
        (
            "ru",
            "После удаления до сих пор болит. Звонила два раза, никто не перезвонил.",
            "communication",
        ),
        (
            "pl",
            "Po ekstrakcji dalej boli. Dzwoniłam trzy razy, nikt nie oddzwonił.",
            "communication",
        ),
        ("en", "Rang four times about my sick note. Nobody ever called back.", "reception"),
        ("ru", "Звонила пять раз насчёт справки, никто так и не перезвонил.", "reception"),
    ],
)
def test_whose_the_unreturned_call_is(lang: str, text: str, aspect: str) -> None:
    found = read(text, lang)
    assert (aspect, "negative") in found
    other = "reception" if aspect == "communication" else "communication"
    assert other not in {a for a, _ in found}
