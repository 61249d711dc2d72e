"""Session 46 (gbroad46pl, issue 16): a broad Polish health vocabulary, written chapter by chapter
of a classification of diseases (then procedures, tests, drugs sold in Poland, devices, the lay
words and the forms a headword does not find: 'cukrzyk', 'zakatarzony', 'zachorowała') and put
in resources/guidelines/pl.toml as [families] health data. Checked here in sentences written for
this file, not the vocabulary probe's carriers (benchmarks/health_terms.py): a term of each
chapter said of the reader, in another case and word order, is a health detail the guard finds
AT THAT WORD; the same words said in general, of everyone or of the practice, and their everyday
senses ('cały zespół', ambulances that block a neighbour's drive), pass."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

REVIEW = "Bardzo miła obsługa i czysto w przychodni. Polecam!"
REVIEWER = "Joanna Wiśniewska"

# (chapter, a reply said of the reader, the word the health detail must be found at)
OF_THE_READER = [
    (
        "infections",
        "Dziękujemy, Pani Zofio! Cieszymy się, że po tej paskudnej jelitówce wróciła Pani do sił.",
        "jelitówce",
    ),
    ("infections", "Dziękujemy! Mamy nadzieję, że z gronkowcem u Pana już koniec.", "gronkowcem"),
    (
        "tumours",
        "Dziękujemy, Panie Adamie! Trzymamy kciuki, żeby remisja trwała jak najdłużej.",
        "remisja",
    ),
    (
        "tumours",
        "Dziękujemy! Cieszymy się, że naczyniak na Pani powiece okazał się niegroźny.",
        "naczyniak",
    ),
    (
        "blood",
        "Dziękujemy! Przy Pana hemofilii każda ekstrakcja wymaga ostrożności.",
        "hemofilii",
    ),
    (
        "endocrine",
        "Dziękujemy! Mamy nadzieję, że Pani niedocukrzenia zdarzają się już rzadko.",
        "niedocukrzenia",
    ),
    (
        "endocrine",
        "Dziękujemy, Pani Basiu! Niech przekwitanie przejdzie Pani łagodnie.",
        "przekwitanie",
    ),
    (
        "mental",
        "Dziękujemy! Wiemy, że przy Pana hipochondrii każda wizyta budzi niepokój.",
        "hipochondrii",
    ),
    (
        "mental",
        "Dziękujemy, Pani Olu! Wiemy, że przy Pani fobii wejście do gabinetu to ogromny wysiłek.",
        "fobii",
    ),
    ("nervous", "Dziękujemy! Po wylewie Pana tata pięknie odzyskał mowę.", "wylewie"),
    ("nervous", "Dziękujemy! Przy Pani miastenii zabiegi zaplanujemy na rano.", "miastenii"),
    (
        "eye",
        "Dziękujemy! Z kataraktą na obu oczach trudno czytać, rozumiemy Pana frustrację.",
        "kataraktą",
    ),
    (
        "ear",
        "Dziękujemy! Skoro ma Pani głuchotę w lewym uchu, będziemy mówić wyraźniej.",
        "głuchotę",
    ),
    (
        "circulation",
        "Dziękujemy! Przy Pana wadzie serca antybiotyk przed zabiegiem jest konieczny.",
        "wadzie serca",
    ),
    (
        "respiratory",
        "Dziękujemy! Pani chrypka po tylu tygodniach na szczęście ustąpiła.",
        "chrypka",
    ),
    (
        "digestive",
        "Dziękujemy! Z nadkwasotą trudno o apetyt, więc cieszymy się, że Pani już lepiej.",
        "nadkwasotą",
    ),
    ("skin", "Dziękujemy! Odleżyny u Pani mamy goją się coraz lepiej.", "Odleżyny"),
    ("injury", "Dziękujemy! Po skręconej kostce nie ma już u Pana śladu.", "skręconej"),
    (
        "musculoskeletal",
        "Dziękujemy! Mamy nadzieję, że wypadnięty dysk już Panu nie dokucza.",
        "wypadnięty dysk",
    ),
    (
        "urogenital",
        "Dziękujemy! Przy Pani upławach warto wrócić na kontrolę za tydzień.",
        "upławach",
    ),
    (
        "pregnancy",
        "Dziękujemy, Pani Magdo! Jako ciężarna ma Pani pierwszeństwo w rejestracji.",
        "ciężarna",
    ),
    ("newborn", "Dziękujemy! Wcześniactwo Pani córeczki to już tylko wspomnienie.", "Wcześniactwo"),
    (
        "congenital",
        "Dziękujemy! Z rozszczepem podniebienia Pana synek świetnie sobie radzi.",
        "rozszczepem podniebienia",
    ),
    (
        "symptom",
        "Dziękujemy! Dobrze, że po tylu tygodniach już Pan nie mdleje.",
        "mdleje",
    ),
    (
        "symptom",
        "Dziękujemy! Mrowienie w Pani dłoniach mija, cieszymy się razem z Panią.",
        "Mrowienie",
    ),
    (
        "procedure",
        "Dziękujemy! Po amputacji Pana tata bardzo dzielnie znosi rehabilitację.",
        "amputacji",
    ),
    (
        "test",
        "Dziękujemy! Pani wynik histopatologiczny jest dobry, można odetchnąć.",
        "histopatologiczny",
    ),
    (
        "drug",
        "Dziękujemy! Skoro bierze Pani Xarelto i Nebilet, zabieg zaplanujemy ostrożnie.",
        "Nebilet",
    ),
    ("drug", "Dziękujemy! Przy Pana lantusie cukier rano powinien być stabilny.", "lantusie"),
    (
        "device",
        "Dziękujemy! Z koncentratorem tlenu Pani mama może śmiało przyjeżdżać na wizyty.",
        "koncentratorem tlenu",
    ),
    (
        "lay",
        "Dziękujemy! Mamy nadzieję, że to Pana choróbsko już minęło.",
        "choróbsko",
    ),
    (
        "person",
        "Dziękujemy! Skoro jest Pan cukrzykiem, ranki po ekstrakcji będą się goić dłużej.",
        "cukrzykiem",
    ),
    (
        "participle",
        "Dziękujemy! Pani synek był wtedy mocno zakatarzony, dobrze, że poczekaliśmy.",
        "zakatarzony",
    ),
    (
        "lay verb",
        "Dziękujemy, Pani Ewo! Szkoda, że zachorowała Pani tuż przed urlopem.",
        "zachorowała",
    ),
]

GENERAL = [
    "Dziękujemy! Nasza przychodnia szczepi dorosłych i dzieci przeciw grypie i pneumokokom.",
    "Dziękujemy! Poradnia diabetologiczna prowadzi warsztaty o cukrzycy dla wszystkich chętnych.",
    "Dziękujemy za opinię! W poczekalni wiszą plakaty o tym, jak rozpoznać udar i wylew.",
    "Dziękujemy! Jeśli ktoś ma wątpliwości co do leczenia hemofilii, zapraszamy na konsultację.",
    "Dziękujemy! Nasz zespół przeszedł kurs resuscytacji i obsługi defibrylatora.",
    "Dziękujemy! Na stronie są porady, jak przygotować się do amputacji i rehabilitacji po niej.",
    "Dziękujemy! U położnej są zajęcia dla kobiet w ciąży i ciężarnych po 30. tygodniu.",
    "Dziękujemy! Cukier i słodycze szkodzą zębom, dlatego w poczekalni stoi miska z owocami.",
    "Dziękujemy za opinię! Cały zespół serdecznie pozdrawia.",
    "Dziękujemy! Poprosiliśmy firmę przewozową, żeby karetki nie blokowały wyjazdu sąsiadom.",
    "Dziękujemy! Gabinet jest przystosowany dla osób na wózkach i o kulach.",
]


@pytest.mark.parametrize(
    ("chapter", "reply", "word"), OF_THE_READER, ids=[f"{c}-{w}" for c, _, w in OF_THE_READER]
)
def test_a_term_of_each_chapter_said_of_the_reader_is_a_health_detail_at_that_word(
    chapter: str, reply: str, word: str
) -> None:
    found = find_confidentiality_problems(
        reply, review_text=REVIEW, language="pl", reviewer_name=REVIEWER
    )
    at_word = [
        f for f in found if f.rule == "health_detail" and word.casefold() in f.text.casefold()
    ]
    assert at_word, f"{chapter}: no health detail at {word!r}: {[(f.rule, f.text) for f in found]}"


@pytest.mark.parametrize("probe", probes(GENERAL, "good", language="pl", review=REVIEW))
def test_the_same_words_in_general_or_in_their_everyday_sense_pass(probe: Probe) -> None:
    check(probe)
