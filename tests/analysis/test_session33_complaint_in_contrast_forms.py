"""Session 33 (asppl33, issue 19, probe46): the complaint of a mixed Polish or English review
said in forms the reading missed: praise denied by a word of little or less ("mało sympatyczna",
"less helpful"), what is left to mend ("do poprawy", "needs improvement"), getting in to see
someone (the booking, not the person), an ellipsis that turns the praise before it ("recepcja już
nie", "is another story"), the cases of aspect nouns the stems missed ("lekarce", "okuliście",
"cen"), "still no" word, papers the practice lost, a wish for a cleaner place, the consultation
itself, liking and hating, stars given to one part of the visit. The sentences are
not probe46's rows; each mixed one was read positive or negative on the code before; the
controls stay as they were.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

# (language, text, the praised aspect, the complaint's aspect)
MIXED = [
    ("pl", "Lekarz bardzo dokładny, ale pielęgniarka mało sympatyczna.", "doctor", "nurse"),
    ("pl", "Ortopeda konkretny. Mniej przyjemna była obsługa w recepcji.", "doctor", "reception"),
    ("pl", "Pani doktor przesympatyczna. Jedynie rejestracja do poprawy.", "doctor", "reception"),
    ("pl", "Super lekarz, szkoda że tak trudno się do niego dostać.", "doctor", "scheduling"),
    ("pl", "Lekarz miły, recepcja niekoniecznie.", "doctor", "reception"),
    ("pl", "Lekarz świetny, z recepcją to już inna historia.", "doctor", "reception"),
    ("pl", "Lekarka bardzo miła. Wszystko w porządku oprócz cen.", "doctor", "price"),
    ("pl", "Fajna pani doktor. Parkingu brak, stałam na chodniku.", "doctor", "access"),
    (
        "pl",
        "Lekarz miły. Zgubiono moją dokumentację i badania trzeba było powtarzać.",
        "doctor",
        "reception",
    ),
    ("pl", "Dobry dentysta, ale w gabinecie mogłoby być czyściej.", "doctor", "facilities"),
    ("en", "The doctor was great. The receptionist was less helpful.", "doctor", "reception"),
    ("en", "Dr Patel is lovely. Reception needs improvement.", "doctor", "reception"),
    ("en", "Lovely nurse. Shame it's so hard to get in to see her.", "nurse", "scheduling"),
    ("en", "Dr Khan is brilliant. The practice manager is another story.", "doctor", "reception"),
    ("en", "Lovely nurse. Still no word on my biopsy results.", "nurse", "communication"),
    ("en", "Good dentist. The place could be cleaner.", "doctor", "facilities"),
    ("pl", "Ginekolog konkretna i rzeczowa, ale wizyty ciągle przesuwane.", "doctor", "scheduling"),
    ("pl", "Lubię doktora Kowalskiego, ale nie lubię waszej rejestracji.", "doctor", "reception"),
    ("pl", "Lekarz w porządku, za to cennik kosmiczny.", "doctor", "price"),
    ("pl", "Łatwo się zapisać. Sama konsultacja przeciętna.", "scheduling", "doctor"),
    ("en", "Love the physio, hate the parking.", "doctor", "access"),
    ("en", "5 stars for the nurse, 1 star for the booking system.", "nurse", "scheduling"),
    ("en", "Good optician. Frames overpriced.", "doctor", "price"),
    ("en", "Easy to book online. The consultation itself was average.", "scheduling", "doctor"),
    ("en", "Lovely nurse. The doctor was average at best.", "nurse", "doctor"),
    (
        "en",
        "The nurse was great. My prescription wasn't ready when I went for it.",
        "nurse",
        "communication",
    ),
    (
        "en",
        "The staff were friendly. I had to explain my history three times.",
        "reception",
        "communication",
    ),
    (
        "en",
        "The consultant explained everything. The ward had no hot water for days.",
        "communication",
        "facilities",
    ),
]


@pytest.mark.parametrize(("lang", "text", "praised", "blamed"), MIXED)
def test_a_complaint_said_in_a_missed_form_beside_praise_is_mixed(
    lang: str, text: str, praised: str, blamed: str
) -> None:
    found = read(text, lang)
    assert (praised, "positive") in found
    assert (blamed, "negative") in found
    assert verdict(text, lang) == "mixed"


def test_the_turning_ellipsis_after_blame_is_praise() -> None:
    """After "the doctors were rude", "the nurses were not" denies the rudeness: the nurses are
    praised, the review is mixed, not all blame."""
    for lang, text in (
        ("en", "The doctors were rude, the nurses were not."),
        ("pl", "Lekarz był opryskliwy, pielęgniarki już nie."),
    ):
        assert {("doctor", "negative"), ("nurse", "positive")} <= read(text, lang)
        assert verdict(text, lang) == "mixed"


def test_the_cases_of_aspect_nouns_the_stems_missed_name_their_aspect() -> None:
    """The alternating plural and locative, the genitive plural: each names its aspect."""
    for text, aspect in (
        ("Okuliści w tej przychodni są niemili.", "doctor"),
        ("Ginekolodzy w tej klinice są niemili.", "doctor"),
        ("W łazience było brudno.", "facilities"),
        ("O dojeździe nie ma co mówić, fatalny.", "access"),
    ):
        assert (aspect, "negative") in read(text, "pl"), text


# (language, text): a symptom after "less" or "mniej" is relief; "more or less", "mniej
# więcej" and "mało kto" are no degree; the patient's own loss blames no one; teeth "never
# cleaner" are praise
CONTROLS = [
    ("pl", "Zabieg mniej bolesny niż myślałam. Lekarz bardzo miły."),
    ("pl", "Czekałam mniej więcej dziesięć minut, lekarz bardzo miły."),
    ("pl", "Mało kto tak dba o pacjenta jak ta lekarka, polecam."),
    ("pl", "Zgubiłam skierowanie, ale pani w rejestracji pomogła."),
    ("en", "Less pain than I expected, lovely dentist."),
    ("en", "It was more or less painless and the doctor was lovely."),
    ("en", "I lost my paperwork but reception printed another copy, so kind."),
    ("en", "Great hygienist, my teeth have never been cleaner."),
]


@pytest.mark.parametrize(("lang", "text"), CONTROLS)
def test_praise_with_the_same_words_stays_praise(lang: str, text: str) -> None:
    assert all(polarity == "positive" for _, polarity in read(text, lang))
    assert verdict(text, lang) == "positive"
