"""Polish sentiment, PolEmo round 6: negation scope (a split past-tense ending, "żaden", two
negations that cancel, a symptom not felt), and medical words that name a finding or the
illness, not a judgement of the care. Sentences are written as PolEmo publishes them (endings
split off: "była m") and as patients type them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from clinicrep.analysis.pipeline import analyse_review
from clinicrep.model import Review, Sentiment


def sentiment_of(text: str) -> Sentiment:
    review = Review(
        source_id=1, external_id="r", created_at=datetime(2026, 1, 1, tzinfo=UTC), text=text
    )
    return analyse_review(review, fallback_language="pl").sentiment


@pytest.mark.parametrize(
    "text",
    [
        "Doktor nie zostawił mnie bez pomocy.",
        "Nigdy nie wyszła m od niej bez odpowiedzi na moje pytania .",
        "Nigdy nie wyszłam od niej bez odpowiedzi na moje pytania.",
    ],
)
def test_not_left_without_help_is_praise(text: str) -> None:
    assert sentiment_of(text) == Sentiment.POSITIVE


def test_a_negation_beside_bez_in_an_instruction_stays_a_negation() -> None:
    # "nie przerywać ... bez kontroli": both negations stand, nothing is praised
    text = "Ulotka ostrzega , by leku nie przerywać nagle i bez kontroli lekarskiej ."
    assert sentiment_of(text) != Sentiment.POSITIVE


@pytest.mark.parametrize(
    "text",
    [
        "Nie musiała m długo czekać .",
        "Nie bała m się ani trochę .",
        "Nie odczuwała m bólu podczas zabiegu .",
    ],
)
def test_a_split_past_ending_does_not_cut_the_negation_short(text: str) -> None:
    assert sentiment_of(text) == Sentiment.POSITIVE


@pytest.mark.parametrize(
    "text", ["Nie mam nic do zarzucenia.", "Ból całkowicie minął.", "Bóle szybko ustąpiły."]
)
def test_nothing_to_reproach_and_pain_gone_are_good_news(text: str) -> None:
    assert sentiment_of(text) == Sentiment.POSITIVE


@pytest.mark.parametrize(
    "text",
    [
        "Lekarz stwierdził , że mam zapalenie zatok .",
        "Guz okazał się łagodny .",
        "Zmiana okazała się złośliwa i trzeba było operować .",
        "Test na grypę wyszedł negatywny .",
        "Wynik wyszedł pozytywny , więc dostała m antybiotyk .",
        "Poszła m do niego z problemem skórnym .",
        "Przez trzy lata miała m złe samopoczucie .",
    ],
)
def test_a_finding_or_the_illness_told_is_no_verdict_on_the_care(text: str) -> None:
    assert sentiment_of(text) == Sentiment.NEUTRAL


@pytest.mark.parametrize(
    "text",
    [
        "Lekarz zbagatelizował ból .",
        "Po leczeniu jest gorzej , wysypka wróciła po tygodniu .",
        "Nie mogła m przerwać leczenia bez kontroli lekarza .",
    ],
)
def test_a_deed_or_a_worse_course_beside_a_symptom_still_blames(text: str) -> None:
    assert sentiment_of(text) == Sentiment.NEGATIVE


def test_a_hedge_about_how_patients_should_be_treated_is_no_praise() -> None:
    assert sentiment_of("To chyba ważne , żeby traktować pacjenta po ludzku .") != (
        Sentiment.POSITIVE
    )


@pytest.mark.parametrize(
    "text",
    [
        "Mimo że na początku zlekceważono moje dolegliwości , teraz nie mam żadnych zastrzeżeń .",
        "Pomimo zlekceważenia moich dolegliwości na początku nie mam dziś żadnych zastrzeżeń .",
    ],
)
def test_no_reservations_at_all_outweighs_a_complaint_conceded(text: str) -> None:
    assert sentiment_of(text) == Sentiment.POSITIVE


@pytest.mark.parametrize(
    "text",
    [
        "Po operacji wróciła m do sportu .",
        "Widać , że kocha swoją pracę .",
        "Zawsze znajdzie chwilę , żeby porozmawiać .",
        "Po dwóch tygodniach byłam jak nowo narodzona .",
        "Córka już nie boi się chodzić do dentysty .",
        "Tak powinien wyglądać każdy lekarz .",
        "Dzwoniła potem zapytać , jak się czuję .",
        "Nawet w sobotę odpisała na mojego maila .",
        "Syn sam chce do niej chodzić .",
    ],
)
def test_praise_told_without_a_judging_word_is_read(text: str) -> None:
    assert sentiment_of(text) == Sentiment.POSITIVE


@pytest.mark.parametrize(
    "text",
    [
        "Kto to widział , żeby tak traktować pacjenta ?",
        "Za co ja płacę składki ?",
        "Po pół roku leczenia jestem w tym samym miejscu .",
        "Następnym razem pójdę gdzie indziej .",
        "Mówiła do mnie jak do dziecka .",
        "Ledwo na mnie spojrzał .",
    ],
)
def test_a_complaint_told_without_a_judging_word_is_read(text: str) -> None:
    assert sentiment_of(text) == Sentiment.NEGATIVE


@pytest.mark.parametrize(
    "text",
    [
        "Choroba rozwija się powoli i długo nie daje objawów .",
        "Nie wiem , czy ktoś miał podobny problem .",
    ],
)
def test_an_illness_course_or_a_shared_problem_is_no_complaint(text: str) -> None:
    assert sentiment_of(text) == Sentiment.NEUTRAL


@pytest.mark.parametrize(
    "text",
    [
        "Najlepszym rozwiązaniem w takich przypadkach jest operacja .",
        "Dobrze jest mieć ze sobą wyniki poprzednich badań .",
        "Lek jest dobrze tolerowany przez większość pacjentów .",
        "Im wcześniej wykryta choroba , tym lepsze rokowania .",
        "U dzieci choroba przebiega zwykle łagodnie .",
        "Powikłania zdarzają się bardzo rzadko .",
        "Lekarz poradził mi , żebym unikała słońca .",
    ],
)
def test_advice_and_facts_about_an_illness_in_general_are_no_verdict(text: str) -> None:
    assert sentiment_of(text) == Sentiment.NEUTRAL


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Żałuję , że nie trafiła m do niego wcześniej .", Sentiment.POSITIVE),
        ("Gdyby nie ona , nie wiem , co by było .", Sentiment.POSITIVE),
        ("Gdyby mnie zbadał , wiedział by , że to nie jest przeziębienie .", Sentiment.NEGATIVE),
        ("Lepiej od razu iść do innego lekarza .", Sentiment.NEGATIVE),
        ("Z początku wydawał się miły , ale to tylko pozory .", Sentiment.NEGATIVE),
    ],
)
def test_regret_a_counterfactual_and_a_front_are_read_the_way_they_are_meant(
    text: str, expected: Sentiment
) -> None:
    assert sentiment_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Źle się poczuła m w nocy i pojechała m na SOR .", Sentiment.NEUTRAL),
        ("Dobrze pamiętam pierwszą wizytę u niego .", Sentiment.NEUTRAL),
        ("Chodzi tylko o pieniądze .", Sentiment.NEGATIVE),
        ("Nabija kabzę na naiwnych pacjentach .", Sentiment.NEGATIVE),
        ("Postawił diagnozę bez zbadania mnie .", Sentiment.NEGATIVE),
        ("Po zabiegu zostawiono mnie samą sobie .", Sentiment.NEGATIVE),
        ("Powiedział , że przesadzam .", Sentiment.NEGATIVE),
        ("Kazał mi schudnąć i na tym skończyła się wizyta .", Sentiment.NEGATIVE),
        ("Zaproponował kilka możliwości leczenia i pozwolił mi wybrać .", Sentiment.POSITIVE),
        ("Wreszcie ktoś potraktował moje objawy poważnie .", Sentiment.POSITIVE),
    ],
)
def test_how_the_patient_was_dealt_with_is_read_without_a_judging_word(
    text: str, expected: Sentiment
) -> None:
    assert sentiment_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mam krzywą przegrodę nosa .",
        "Lekarz przedstawił strategię leczenia .",
        "Ortopeda zaproponował klamrę na kręgosłup .",
        "Wiedziała m , że to będzie długie leczenie .",
        "Przed zabiegiem trzeba stosować ciepłe okłady .",
        "Lek może dawać działania niepożądane .",
        "Mąż jest w średnim wieku .",
        "Fizjoterapeuta nakleił mi taśmy kinezjologiczne .",
        "Poszła m na rutynowe badanie kontrolne .",
        "Przy przychodni jest parking strzeżony .",
    ],
)
def test_a_judging_stem_does_not_reach_a_medical_word_that_starts_like_it(text: str) -> None:
    # "krzyw*" reached "krzywa przegroda", "strat*" "strategia", "kłam*" (plain "klam*")
    # "klamra", "wiedz*" the verb "wiedzieć", "taśm*" a kinesiology tape, "rutyn*" a routine test
    assert sentiment_of(text) == Sentiment.NEUTRAL


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Plomba założona krzywo .", Sentiment.NEGATIVE),
        ("Przyjmuje jak na taśmie .", Sentiment.NEGATIVE),
        ("Wszystko z rutyną i bez zaangażowania .", Sentiment.NEGATIVE),
        ("Okłamał mnie w sprawie wyników .", Sentiment.NEGATIVE),
        ("Ma ogromną wiedzę .", Sentiment.POSITIVE),
    ],
)
def test_the_judging_words_those_stems_were_for_still_judge(text: str, expected: Sentiment) -> None:
    assert sentiment_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "ustaw*" (the law, a press register word) reached "ustawić" (to set a treatment)
        ("Doktor ustawiła leczenie perfekcyjnie .", Sentiment.POSITIVE),
        # "trauma*" reached the trauma surgeon, "efekt*" side effects
        ("Skierowano mnie do traumatologa .", Sentiment.NEUTRAL),
        ("Lek ma sporo efektów ubocznych .", Sentiment.NEUTRAL),
    ],
)
def test_a_register_or_judging_stem_does_not_reach_the_words_of_a_visit(
    text: str, expected: Sentiment
) -> None:
    assert sentiment_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mama była wtedy ciężko chora .",
        "Miała m trudno gojącą się ranę po cesarce .",
        "Wróciła m na kontrolę dokładnie tydzień później .",
    ],
)
def test_gravely_ill_a_slow_wound_and_exactly_a_week_are_no_verdict(text: str) -> None:
    assert sentiment_of(text) == Sentiment.NEUTRAL


@pytest.mark.parametrize(
    "text",
    [
        "Od dziecka mam słaby wzrok .",
        "Tata słabo słyszy na jedno ucho .",
        "Syn ma opóźniony rozwój mowy .",
        "Grając w piłkę naciągnął em mięsień .",
    ],
)
def test_weak_sight_a_delayed_development_and_a_strain_are_the_illness(text: str) -> None:
    assert sentiment_of(text) == Sentiment.NEUTRAL


@pytest.mark.parametrize(
    "text",
    [
        "Przydało by się więcej empatii .",
        "Mógł by chociaż spojrzeć na wyniki .",
        "Wystarczyło by zapytać , co mi dolega .",
    ],
)
def test_a_conditional_written_apart_reads_as_written_together(text: str) -> None:
    # the lexicon writes "przydałoby się", "mógłby chociaż", "wystarczyłoby"
    assert sentiment_of(text) == Sentiment.NEGATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Na SOR-ze przesiedziała m osiem godzin .", Sentiment.NEGATIVE),
        ("Pielęgniarka wbijała się w żyłę pięć razy .", Sentiment.NEGATIVE),
        ("Na sali leżało nas dziesięć osób .", Sentiment.NEGATIVE),
        ("Jedzenie w szpitalu było nie do zjedzenia .", Sentiment.NEGATIVE),
        ("Toalety były w opłakanym stanie .", Sentiment.NEGATIVE),
        ("Za każdą informację trzeba było płacić .", Sentiment.NEGATIVE),
        ("Do lekarza dodzwonić się graniczy z cudem .", Sentiment.NEGATIVE),
        ("Dostała m antybiotyk na wirusówkę .", Sentiment.NEGATIVE),
        ("Dziecko nawet nie zauważyło zastrzyku .", Sentiment.POSITIVE),
        ("Z dzieckiem rozmawiała jak z dorosłym .", Sentiment.POSITIVE),
        ("Przyjęto mnie o czasie .", Sentiment.POSITIVE),
        ("Od razu wiedział , co mi jest .", Sentiment.POSITIVE),
    ],
)
def test_a_hospital_stay_and_a_child_visit_told_plainly_are_read(
    text: str, expected: Sentiment
) -> None:
    assert sentiment_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "W nocy pojechali śmy na nocną pomoc lekarską .",
        "Zrobiono mi szybki test na grypę .",
        "Dostała m kartę szybkiej ścieżki onkologicznej .",
        "Zadzwoniła m na numer pomocy medycznej .",
    ],
)
def test_a_service_or_a_test_named_with_a_word_of_praise_is_no_praise(text: str) -> None:
    assert sentiment_of(text) == Sentiment.NEUTRAL


@pytest.mark.parametrize(
    "text",
    [
        "Mam podwyższony zły cholesterol .",
        "Przy porodzie była duża strata krwi .",
        "Rezonans wykazał ucisk nerwów w odcinku lędźwiowym .",
    ],
)
def test_bad_cholesterol_a_blood_loss_and_pinched_nerves_are_the_illness(text: str) -> None:
    assert sentiment_of(text) == Sentiment.NEUTRAL
