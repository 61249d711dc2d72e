"""How patients' wording turns into a sentiment: negation, contrast, inflection, plain facts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from clinicrep.analysis.pipeline import analyse_review
from clinicrep.model import Review, Sentiment


def sentiment_of(text: str, lang: str) -> Sentiment:
    review = Review(
        source_id=1, external_id="r", created_at=datetime(2026, 1, 1, tzinfo=UTC), text=text
    )
    return analyse_review(review, fallback_language=lang).sentiment


@pytest.mark.parametrize(
    "text",
    [
        "Pani doktor nie była miła.",
        "Nie polecę jej nikomu.",
        "Lekarz niezbyt kompetentny.",
        "Doctor was not helpful at all.",
    ],
)
def test_a_negated_praise_word_reads_as_a_complaint(text: str) -> None:
    lang = "en" if text.startswith("Doctor") else "pl"
    assert sentiment_of(text, lang) == Sentiment.NEGATIVE


@pytest.mark.parametrize(
    ("text", "lang", "sentiment", "leaning"),
    [
        # of one person, the verdict is what follows "ale"
        ("Pani doktor miła, ale kompletnie niekompetentna.", "pl", Sentiment.NEGATIVE, -1),
        # of two aspects the review is mixed, and its score leans to what follows "but"
        ("Długo czekałam, jednak lekarz okazał się wspaniały.", "pl", Sentiment.MIXED, 1),
        ("The receptionist was friendly but the doctor was rude.", "en", Sentiment.MIXED, -1),
    ],
)
def test_what_follows_but_is_what_the_patient_means(
    text: str, lang: str, sentiment: Sentiment, leaning: int
) -> None:
    analysis = analyse_review(
        Review(
            source_id=1, external_id="x", created_at=datetime(2026, 1, 1, tzinfo=UTC), text=text
        ),
        fallback_language=lang,
    )
    assert analysis.sentiment == sentiment
    assert analysis.sentiment_score * leaning > 0


def score_of(text: str, lang: str) -> float:
    review = Review(
        source_id=1, external_id="r", created_at=datetime(2026, 1, 1, tzinfo=UTC), text=text
    )
    return analyse_review(review, fallback_language=lang).sentiment_score


@pytest.mark.parametrize(
    ("later", "first"),
    [
        (
            "Bardzo miła rejestracja, lekarz zbył mnie jednak po dwóch minutach.",
            "Bardzo miła rejestracja, jednak lekarz zbył mnie po dwóch minutach.",
        ),
        (
            "Pani doktor jest miła, w gabinecie natomiast brudno.",
            "Pani doktor jest miła, natomiast w gabinecie brudno.",
        ),
    ],
)
def test_jednak_inside_its_clause_sets_the_whole_clause_against_what_came_before(
    later: str, first: str
) -> None:
    # Polish places "jednak", "natomiast", "zaś" anywhere in the clause they contrast: the
    # complaint said before the word is as much what the patient means as one said after it
    assert score_of(later, "pl") == score_of(first, "pl") < 0


@pytest.mark.parametrize(
    ("with_jednak", "without"),
    [
        ("Nie byłam jednak zadowolona z wizyty.", "Nie byłam zadowolona z wizyty."),
        ("Doktor nie wyjaśnił jednak wyników badań.", "Doktor nie wyjaśnił wyników badań."),
    ],
)
def test_jednak_in_a_sentences_first_clause_answers_the_sentence_before(
    with_jednak: str, without: str
) -> None:
    # nothing before it in its own sentence is set apart: the words weigh as they would without it
    assert score_of(with_jednak, "pl") == score_of(without, "pl") < 0


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Choć czekałam dość długo, lekarz był wspaniały.", "pl"),
        ("Mimo, że było tłoczno i głośno, pani doktor wspaniała.", "pl"),
        ("Although the wait was long, the nurses were wonderful.", "en"),
    ],
)
def test_a_conceded_clause_does_not_outweigh_the_main_clause(text: str, lang: str) -> None:
    assert sentiment_of(text, lang) == Sentiment.POSITIVE


@pytest.mark.parametrize(
    "text",
    [
        "Lekarz niekompetentny.",
        "Trafiłam na niekompetentną lekarkę.",
        "Lekarz był wyjątkowo niekompetentny.",
        "Z niekompetentnym lekarzem nie da się rozmawiać.",
    ],
)
def test_every_case_ending_of_a_polish_complaint_word_counts(text: str) -> None:
    assert sentiment_of(text, "pl") == Sentiment.NEGATIVE


@pytest.mark.parametrize(
    ("text", "sentiment"),
    [
        ("Przemila pani doktor, swietny fachowiec.", Sentiment.POSITIVE),
        ("Bardzo nieprzyjemna rejestracja, zle traktuja pacjentow.", Sentiment.NEGATIVE),
    ],
)
def test_polish_typed_without_diacritics_is_read_like_with_them(
    text: str, sentiment: Sentiment
) -> None:
    assert sentiment_of(text, "pl") == sentiment


@pytest.mark.parametrize(
    "text",
    [
        "Pani doktor w ogóle nie słucha pacjenta.",
        "Od lekarza brak diagnozy i brak skierowania.",
        "Musiałam czekać dwie godziny w kolejce.",
        "Więcej tam nie pójdę.",
    ],
)
def test_a_complaint_told_as_plain_fact_is_negative(text: str) -> None:
    assert sentiment_of(text, "pl") == Sentiment.NEGATIVE


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Naukowcy opracowali skuteczną metodę leczenia – wyjaśnia prof. Kowalski.", "pl"),
        ("Przychodnia jest czynna od poniedziałku do piątku.", "pl"),
        ("Nie należy przerywać leczenia bez konsultacji.", "pl"),
        ("I attended the clinic on Tuesday for my appointment.", "en"),
    ],
)
def test_a_plain_factual_sentence_is_neutral(text: str, lang: str) -> None:
    assert sentiment_of(text, lang) == Sentiment.NEUTRAL


def test_the_patients_own_story_is_not_mistaken_for_a_press_report() -> None:
    # "powiedział" is a reporting verb, but "mi" shows the patient is telling their own visit
    assert sentiment_of("Lekarz powiedział mi wszystko bardzo dokładnie.", "pl") == (
        Sentiment.POSITIVE
    )


@pytest.mark.parametrize(
    "text",
    [
        "Pani doktor nie tylko wysłuchała, ale też wszystko wyjaśniła.",
        "Nie ma lepszego lekarza w tym mieście.",
        "Nie mamy żadnych zastrzeżeń.",
    ],
)
def test_set_phrases_with_nie_are_not_complaints(text: str) -> None:
    assert sentiment_of(text, "pl") == Sentiment.POSITIVE


@pytest.mark.parametrize(
    "text",
    [
        "Nie spotkałam bardziej kompetentnego lekarza.",
        "Nigdy nie spotkałem lepszego specjalisty.",
        "Doktor nie spieszył się i wszystko wytłumaczył.",
        "Cierpliwa, nigdy nie odmawia pomocy.",
        "Szłam z silnym bólem, a pani doktor od razu mi pomogła.",
        "Zabieg w ogóle nie bolał.",
    ],
)
def test_praise_said_through_a_negation_or_beside_a_symptom_stays_praise(text: str) -> None:
    assert sentiment_of(text, "pl") == Sentiment.POSITIVE


@pytest.mark.parametrize(
    "text",
    [
        "Po wizycie nadal boli, bez poprawy.",
        "Skończyło się na tym, że musiałam iść prywatnie.",
        "Lekarz nie informuje o skutkach ubocznych leków.",
        "Wizyta nie wniosła nic nowego.",
        "Omijać szerokim łukiem.",
        "Nikomu nie polecam tej przychodni.",
        "Gratuluję, dwie godziny w kolejce i zero informacji.",
        "Zmieniłam lekarza po drugiej wizycie.",
    ],
)
def test_a_bad_outcome_told_as_a_fact_reads_as_a_complaint(text: str) -> None:
    assert sentiment_of(text, "pl") == Sentiment.NEGATIVE


def test_a_sentence_about_symptoms_alone_is_not_a_complaint() -> None:
    assert sentiment_of("Od tygodnia mam gorączkę i ból gardła.", "pl") == Sentiment.NEUTRAL


def test_gratulations_without_a_complaint_are_sincere() -> None:
    assert sentiment_of("Gratuluję całemu zespołowi.", "pl") == Sentiment.POSITIVE


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Хотя врач был очень вежливый, я ему больше не доверяю, он грубый.", "ru"),
        ("Хоча лікарка була дуже ввічлива, вона грубо відповідала.", "uk"),
    ],
)
def test_what_a_patient_concedes_with_although_weighs_less_than_what_they_mean(
    text: str, lang: str
) -> None:
    assert sentiment_of(text, lang) == Sentiment.NEGATIVE


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bez zniecierpliwienia odpowiada na każde pytanie.", "pl"),
        ("Без спешки всё объяснил и ответил на вопросы.", "ru"),
    ],
)
def test_without_negates_only_the_noun_it_governs(text: str, lang: str) -> None:
    # "without impatience" is patience; the answering after it is not negated with it
    assert sentiment_of(text, lang) == Sentiment.POSITIVE


def test_a_short_praise_whose_only_common_word_is_shared_by_two_languages_stays_in_the_sources():
    # "i" is a word of Polish and of English: the source's language decides, and the praise counts
    assert sentiment_of("Kochamy i szanujemy Pana Profesora.", "pl") == Sentiment.POSITIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("W jego zespole pracują najlepsi.", Sentiment.POSITIVE),
        ("Operacja przebiegła bez komplikacji.", Sentiment.POSITIVE),
        ("Gabinet czysty i zadbany.", Sentiment.POSITIVE),
        ("Wizyta była pobieżna, a diagnoza ogólnikowa.", Sentiment.NEGATIVE),
        ("Pazerny na pieniądze, spartaczył leczenie.", Sentiment.NEGATIVE),
        # "mil*" is "mił*" typed without diacritics, never "milimetrów"
        ("Pęknięcie sięga kilka milimetrów pod dziąsło.", Sentiment.NEUTRAL),
    ],
)
def test_polish_word_families_patients_use_count_in_every_form(
    text: str, expected: Sentiment
) -> None:
    assert sentiment_of(text, "pl") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nigdy nie zostawi pacjenta w potrzebie.",
        "Po znieczuleniu absolutnie nic nie czułam.",
        "Nie wahałam się pytać o wszystko.",
        "Szczegółowo omawia plan leczenia i ostrzega o skutkach ubocznych.",
    ],
)
def test_a_negation_the_praise_holds_itself_is_not_turned_again(text: str) -> None:
    assert sentiment_of(text, "pl") == Sentiment.POSITIVE


@pytest.mark.parametrize(
    "text", ["Rach ciach, pięć minut i do widzenia...", "Wizyta trwała całe trzy minuty . . ."]
)
def test_a_polish_sentence_that_trails_off_is_a_complaint_left_unsaid(text: str) -> None:
    assert sentiment_of(text, "pl") == Sentiment.NEGATIVE


def test_praise_that_trails_off_stays_praise() -> None:
    assert sentiment_of("Wspaniała lekarka, polecam...", "pl") == Sentiment.POSITIVE


@pytest.mark.parametrize(
    "text",
    [
        "Skusiły mnie dobre opinie i zapisałam się na wizytę.",
        "Do doktora trafiłam z polecenia koleżanki.",
        "Dzień dobry, chciałam opisać moją wizytę.",
        "Soczewka kosztuje ok. 70 zł.",
    ],
)
def test_what_brought_the_patient_or_a_greeting_is_no_verdict(text: str) -> None:
    assert sentiment_of(text, "pl") == Sentiment.NEUTRAL


def test_ok_that_ends_a_sentence_is_still_ok() -> None:
    assert sentiment_of("Wszystko było ok.", "pl") == Sentiment.POSITIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zero pytań o dolegliwości.", Sentiment.NEGATIVE),
        ("Po zabiegu zero bólu.", Sentiment.POSITIVE),
        ("Przez całą wizytę odbierała telefony.", Sentiment.NEGATIVE),
        ("Nie jest zbyt rozmowna i pracuje jak za karę.", Sentiment.NEGATIVE),
    ],
)
def test_what_was_missing_or_done_instead_of_listening_is_a_complaint(
    text: str, expected: Sentiment
) -> None:
    assert sentiment_of(text, "pl") == expected


@pytest.mark.parametrize(
    "text",
    [
        # no list names these forms: "nie" written into a word the lexicon weighs turns it
        "Było niekomfortowo i nieładnie.",
        "Wizyta niefajna.",
        "Pielęgniarka niesolidna, lekarz nieuważny.",
    ],
)
def test_a_praise_word_with_nie_written_into_it_is_a_complaint(text: str) -> None:
    assert sentiment_of(text, "pl") == Sentiment.NEGATIVE


@pytest.mark.parametrize(
    ("text", "sentiment"),
    [
        ("Ręce opadają.", Sentiment.NEGATIVE),
        ("Obsługa pozostawia wiele do życzenia.", Sentiment.NEGATIVE),
        ("Robi łaskę, że przyjmuje.", Sentiment.NEGATIVE),
        ("Strzał w dziesiątkę!", Sentiment.POSITIVE),
        ("Jesteśmy w dobrych rękach.", Sentiment.POSITIVE),
    ],
)
def test_a_polish_verdict_said_as_a_set_phrase_is_read(text: str, sentiment: Sentiment) -> None:
    assert sentiment_of(text, "pl") == sentiment


def test_how_the_doctor_explained_is_praise_not_the_register_of_a_press_report() -> None:
    assert sentiment_of("Wszystko dokładnie wyjaśniła i doradziła.", "pl") == Sentiment.POSITIVE


@pytest.mark.parametrize(
    "text",
    [
        "Badanie USG jamy brzusznej jest bezpieczne i trwa zwykle kilkanaście minut.",
        "Rezonans magnetyczny to bezpieczne badanie, które nie wykorzystuje promieniowania.",
    ],
)
def test_a_general_statement_about_a_test_or_an_illness_is_no_verdict(text: str) -> None:
    assert sentiment_of(text, "pl") == Sentiment.NEUTRAL


def test_a_sentence_about_the_doctor_with_the_same_words_keeps_its_verdict() -> None:
    text = "Pani doktor miła, badanie bezpieczne i trwało kilkanaście minut."
    assert sentiment_of(text, "pl") == Sentiment.POSITIVE


@pytest.mark.parametrize(
    "text",
    [
        "Musiałam zapłacić 300 zł za badanie, które miało być na NFZ.",
        "Wyszłam z gabinetu bez diagnozy i z receptą na antybiotyk.",
        "Przez tydzień nie mogłam się dodzwonić do rejestracji.",
        "Skierowanie dostałam dopiero po trzeciej wizycie.",
        "Po dwóch miesiącach leczenia nadal nie wiem, co mi jest.",
        "Zostałam odprawiona z kwitkiem.",
    ],
)
def test_a_bad_visit_told_as_what_happened_is_a_complaint(text: str) -> None:
    assert sentiment_of(text, "pl") == Sentiment.NEGATIVE


@pytest.mark.parametrize(
    "text",
    [
        "Lekarz nie znalazł nic niepokojącego, wszystko w porządku.",
        "Pani doktor nie poprzestała na przepisaniu leków, skierowała mnie na dalsze badania.",
        "Chodzę do niej od kilku lat.",
        "Oby więcej takich lekarzy.",
        "Rana ładnie się goi i nie ma śladu po zabiegu.",
        "Dziękuję, pani doktor postawiła mnie na nogi.",
    ],
)
def test_good_news_loyalty_and_a_good_outcome_are_praise_without_a_judging_word(
    text: str,
) -> None:
    assert sentiment_of(text, "pl") == Sentiment.POSITIVE


def test_a_negated_past_be_reaches_the_praise_said_after_it() -> None:
    assert sentiment_of("Nie było to spotkanie przyjemne.", "pl") == Sentiment.NEGATIVE


def test_a_smile_typed_with_spaces_is_a_smile() -> None:
    assert sentiment_of("Pani doktor rozumiała mnie bez słów : )", "pl") == Sentiment.POSITIVE


@pytest.mark.parametrize(
    "text",
    [
        # words that end or begin like a pronoun ("tak", "godzin", "onkologii") are no one
        "Badanie trwa tak długo, ponieważ obraz wykonuje się w kilku godzinach na onkologii.",
        "Program jest rezultatem porozumienia narodowego centrum i firm technologicznych.",
        "Przygotowanie do badania polega na zakropleniu oczu trzy razy.",
    ],
)
def test_a_description_of_a_procedure_or_a_programme_is_no_verdict(text: str) -> None:
    assert sentiment_of(text, "pl") == Sentiment.NEUTRAL


@pytest.mark.parametrize(
    "text",
    [
        "Szkoda, że nie ma więcej takich lekarzy.",
        "Żałuję, że nie trafiłam wcześniej do tej pani doktor.",
        "Wreszcie trafiłam na lekarza, który mnie wysłuchał.",
    ],
)
def test_a_regret_that_there_are_not_more_such_doctors_is_praise(text: str) -> None:
    assert sentiment_of(text, "pl") == Sentiment.POSITIVE


@pytest.mark.parametrize(
    "text",
    [
        "Czy ktoś może polecić dobrego ortopedę w Krakowie?",
        "Czy ktoś zna dobrego dermatologa?",
    ],
)
def test_asking_others_for_a_good_doctor_is_no_verdict(text: str) -> None:
    assert sentiment_of(text, "pl") == Sentiment.NEUTRAL


@pytest.mark.parametrize(
    "text",
    ["Dziecko się nie bało.", "Synek nie płakał ani razu.", "Dała mi poczucie bezpieczeństwa."],
)
def test_a_child_who_was_not_afraid_is_praise_not_a_deed_left_undone(text: str) -> None:
    assert sentiment_of(text, "pl") == Sentiment.POSITIVE


def test_no_complications_after_a_negated_verb_is_good_news() -> None:
    assert sentiment_of("Nie miałam żadnych powikłań.", "pl") == Sentiment.POSITIVE
    assert sentiment_of("Nie dostałam żadnej informacji.", "pl") == Sentiment.NEGATIVE


@pytest.mark.parametrize(
    "text", ["Nie było kolejki.", "Nie odczułam bólu.", "Nie czułam żadnego bólu."]
)
def test_no_queue_and_no_pain_are_good_news(text: str) -> None:
    assert sentiment_of(text, "pl") == Sentiment.POSITIVE


@pytest.mark.parametrize(
    "text",
    ["Zabieg nie wymaga znieczulenia ogólnego.", "Lek nie powoduje senności u większości osób."],
)
def test_what_a_treatment_does_not_do_said_in_general_is_no_complaint(text: str) -> None:
    assert sentiment_of(text, "pl") == Sentiment.NEUTRAL


def test_practical_advice_to_other_patients_is_no_verdict_but_worth_going_is_praise() -> None:
    assert sentiment_of("Warto zabrać ze sobą wszystkie wyniki.", "pl") == Sentiment.NEUTRAL
    assert sentiment_of("Warto iść do tej pani doktor.", "pl") == Sentiment.POSITIVE


@pytest.mark.parametrize(
    ("text", "sentiment"),
    [
        # a hope for what is to come is no verdict; one the patient had was let down
        ("Mam nadzieję, że pani doktor znajdzie przyczynę.", Sentiment.NEUTRAL),
        ("Miałam nadzieję, że w końcu ktoś mi pomoże.", Sentiment.NEGATIVE),
        # what went away is the treatment's success
        ("Ból minął po dwóch dniach.", Sentiment.POSITIVE),
        ("Nic mi nie brakowało.", Sentiment.POSITIVE),
        ("Brakowało mi rozmowy o wynikach.", Sentiment.NEGATIVE),
        ("Wszystkim życzę takiego lekarza.", Sentiment.POSITIVE),
        ("Nikomu nie życzę takiego lekarza.", Sentiment.NEGATIVE),
        # nothing came of the visit, told without a judging word
        ("Wyszłam z tym, z czym przyszłam.", Sentiment.NEGATIVE),
        ("Leczenie trwało rok i efektów brak.", Sentiment.NEGATIVE),
        # a receiver put down is no listening ("słucha*")
        ("Recepcjonistka rzuciła słuchawką.", Sentiment.NEGATIVE),
        ("Podniosła na mnie głos.", Sentiment.NEGATIVE),
        # what the illness took is the illness, not the care
        ("Mama straciła przytomność i trafiła do szpitala.", Sentiment.NEUTRAL),
        ("Po wizycie wyszłam uspokojona.", Sentiment.POSITIVE),
        # good news through a negation, said in full
        ("Nie mam się do czego przyczepić.", Sentiment.POSITIVE),
        ("Nie odczułam żadnego dyskomfortu.", Sentiment.POSITIVE),
        ("Nigdy nie spotkałam się z odmową.", Sentiment.POSITIVE),
        ("Nie było z kim porozmawiać.", Sentiment.NEGATIVE),
        # a good outcome or care told without a judging word
        ("Po tygodniu od zabiegu jestem zdrowa.", Sentiment.POSITIVE),
        ("Całą rodziną chorowaliśmy na grypę.", Sentiment.NEUTRAL),
        ("Zadzwoniła po wizycie zapytać, jak się czuję.", Sentiment.POSITIVE),
        ("Na wyniki czekałam tylko jeden dzień.", Sentiment.POSITIVE),
        ("Na wyniki czekałam miesiąc.", Sentiment.NEGATIVE),
    ],
)
def test_what_a_polish_patient_tells_without_a_judging_word_is_read(
    text: str, sentiment: Sentiment
) -> None:
    assert sentiment_of(text, "pl") == sentiment


def test_barely_in_and_already_seen_is_no_complaint() -> None:
    assert sentiment_of("Ledwo weszłam, a już zostałam przyjęta.", "pl") != Sentiment.NEGATIVE
