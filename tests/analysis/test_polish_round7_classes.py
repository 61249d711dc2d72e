"""Polish sentiment, round 7 (session 15): classes written from the language before reading
PolEmo's errors, each with look-alikes that must not move. A symptom that went away, whichever
symptom; a yes/no question asks and praises nothing; good news said through a negation that has
no "nie" of its own to turn; a comparative nobody can imagine beaten; diminutives of praise.
Sentences as patients type them and as PolEmo publishes them (endings split off: "była m")."""

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
        "Wysypka zniknęła po tygodniu.",
        "Kaszel szybko ustąpił po syropie.",
        "Po trzech dniach zniknęła gorączka i kaszel.",
        "Zawroty głowy minęły po drugiej wizycie .",
        "Mdłości ustąpiły jeszcze tego samego dnia.",
    ],
)
def test_a_symptom_that_went_away_is_the_treatments_success(text: str) -> None:
    assert sentiment_of(text) == Sentiment.POSITIVE


@pytest.mark.parametrize(
    "text",
    [
        "Ból nie ustąpił mimo leczenia.",
        "Gorączka nie mija od tygodnia, a lekarz nic nie robi.",
        "Wysypka nie zniknęła , a lekarz kazał czekać .",
    ],
)
def test_a_symptom_that_did_not_go_away_is_no_success(text: str) -> None:
    assert sentiment_of(text) == Sentiment.NEGATIVE


@pytest.mark.parametrize(
    "text",
    [
        "Przeszła do gabinetu obok z dokumentami.",
        "Minęło pół roku od zabiegu.",
        "Powiedział, że ból minie sam, jeśli nie będę dźwigać.",
    ],
)
def test_a_verb_of_going_away_without_a_symptom_gone_praises_nothing(text: str) -> None:
    assert sentiment_of(text) == Sentiment.NEUTRAL


@pytest.mark.parametrize(
    "text",
    [
        "Czy warto iść do tego lekarza?",
        "Czy pani doktor jest miła dla dzieci?",
        "Czy ktoś zna dobrego kardiologa w Gdańsku?",
        "Czy pani doktor przyjmuje prywatnie?",
    ],
)
def test_a_yes_no_question_asks_and_praises_nothing(text: str) -> None:
    assert sentiment_of(text) == Sentiment.NEUTRAL


@pytest.mark.parametrize(
    "text",
    [
        "Czy tak trudno się uśmiechnąć?",
        "Czy to normalne, że lekarz w ogóle nie bada pacjenta?",
        "Jak można tak traktować chore dziecko?",
    ],
)
def test_a_rhetorical_question_still_complains(text: str) -> None:
    assert sentiment_of(text) == Sentiment.NEGATIVE


def test_praise_after_the_question_is_answered_stands() -> None:
    assert sentiment_of("Czy wrócę? Na pewno, polecam!") == Sentiment.POSITIVE


@pytest.mark.parametrize(
    "text",
    [
        "Nie mogę powiedzieć złego słowa.",
        "Złego słowa nie powiem o tej przychodni.",
        "Nie ma się czego bać, zabieg jest bezbolesny.",
        "Nie wyobrażam sobie lepszej opieki.",
        "Nie wyobrażam sobie lepszego lekarza dla mojego dziecka .",
        "Pani doktor milutka, a gabinet czyściutki.",
    ],
)
def test_good_news_through_a_negation_and_diminutives_praise(text: str) -> None:
    assert sentiment_of(text) == Sentiment.POSITIVE


@pytest.mark.parametrize(
    "text",
    [
        "Nie wyobrażam sobie, jak można tak traktować ludzi.",
        "Nie wyobrażam sobie gorszego podejścia do pacjenta.",
        "Drugi raz nie popełnię tego błędu.",
        "Lekarz myślami był zupełnie gdzie indziej.",
    ],
)
def test_their_look_alikes_complain(text: str) -> None:
    assert sentiment_of(text) == Sentiment.NEGATIVE


def test_a_small_child_is_no_praise() -> None:
    assert sentiment_of("Synek jest malutki i boi się obcych.") == Sentiment.NEUTRAL


@pytest.mark.parametrize(
    "text",
    [
        "Trudno powiedzieć, że jest miła.",
        "Nie mogę powiedzieć, że lekarz był bardzo miły.",
        "Nie powiem, żeby była pomocna.",
        "Nie wydaje mi się, żeby to był dobry specjalista.",
        "Nie mogę powiedzieć, że pomogła.",
    ],
)
def test_praise_in_a_clause_the_patient_denies_is_a_complaint(text: str) -> None:
    assert sentiment_of(text) == Sentiment.NEGATIVE


def test_a_complaint_in_a_denied_clause_is_no_complaint() -> None:
    assert sentiment_of("Nie mogę powiedzieć, że było źle.") == Sentiment.POSITIVE


@pytest.mark.parametrize(
    "text",
    [
        "Empatii nie zauważyłam ani trochę.",
        "Profesjonalizmu nie było tu za grosz.",
        "Kultury osobistej nie uświadczysz.",
        "Miła nie była .",
    ],
)
def test_praise_named_as_what_was_not_there_is_a_complaint(text: str) -> None:
    assert sentiment_of(text) == Sentiment.NEGATIVE


@pytest.mark.parametrize(
    "text",
    [
        "Problemów nie było, wszystko załatwione od ręki.",
        "Polecam nie pożałujecie.",
        "Lekarz bardzo dokładny nie spieszył się wcale.",
    ],
)
def test_what_was_not_there_look_alikes(text: str) -> None:
    # a complaint word that was not there is good news; "polecam" before a promise and an
    # adjective before a verb that takes no object keep their praise
    assert sentiment_of(text) == Sentiment.POSITIVE


def test_a_negation_inside_an_asked_clause_is_no_deed_undone() -> None:
    assert sentiment_of("Często mnie odwiedzał, pytał czy czegoś nie potrzebuję.") != (
        Sentiment.NEGATIVE
    )
    assert sentiment_of("Nie zapytał nawet, czy coś mnie boli.") == Sentiment.NEGATIVE


@pytest.mark.parametrize(
    "text",
    [
        "Dopiero inny lekarz postawił właściwą diagnozę.",
        "Kazano mi przyjść innym razem, choć miałam umówioną wizytę.",
        "Przez drzwi gabinetu słychać było każde słowo.",
        "Na korytarzu nie było nawet gdzie usiąść.",
    ],
)
def test_care_told_without_a_judging_word_complains(text: str) -> None:
    assert sentiment_of(text) == Sentiment.NEGATIVE


@pytest.mark.parametrize(
    "text",
    [
        "Przyjął mnie od ręki, mimo że nie byłam zapisana.",
        "Zadzwoniła następnego dnia, żeby zapytać, jak się czuję.",
        "Dziecko samo chce chodzić na wizyty.",
        "Teraz chodzimy tylko do niej.",
    ],
)
def test_care_told_without_a_judging_word_praises(text: str) -> None:
    assert sentiment_of(text) == Sentiment.POSITIVE


@pytest.mark.parametrize(
    "text",
    [
        "Lekarz skierował mnie na badanie krwi i USG.",
        "Kolejną wizytę mam za miesiąc.",
        "Zabieg odbywa się w znieczuleniu miejscowym.",
        "Nie byłam pewna, na które badanie się zapisać.",
    ],
)
def test_the_facts_of_a_visit_are_no_verdict(text: str) -> None:
    assert sentiment_of(text) == Sentiment.NEUTRAL


def test_a_denied_state_of_the_patient_still_judges() -> None:
    assert sentiment_of("Nie byłam zadowolona z wizyty.") == Sentiment.NEGATIVE


@pytest.mark.parametrize(
    "text",
    [
        "Dostałam 5 miligramów leku.",
        "Dr Radosław Nowak przyjmuje w środy.",
        "Pani Milena z rejestracji podała mi numer pokoju.",
        "Byłam w Cieplicach na turnusie.",
        "Na obrazach z rezonansu nic nie widać.",
        "Dziecko było blade.",
    ],
)
def test_words_spelled_like_a_stem_typed_without_diacritics_judge_nothing(text: str) -> None:
    # "mił*" typed as "mil*", "radoś*" as "rados*", "obraża*" as "obraza*", "błąd*" as "blad*"
    assert sentiment_of(text) == Sentiment.NEUTRAL


@pytest.mark.parametrize(
    "text", ["Pani doktor mila i cierpliwa.", "Bardzo mili ludzie.", "Wszystko szlo gladko i milo."]
)
def test_praise_typed_without_diacritics_still_praises(text: str) -> None:
    assert sentiment_of(text) == Sentiment.POSITIVE


def test_a_mistake_typed_without_diacritics_and_a_truth_passed_over_complain() -> None:
    assert sentiment_of("To był duży blad lekarza.") == Sentiment.NEGATIVE
    assert sentiment_of("Lekarz przemilczał możliwe powikłania.") == Sentiment.NEGATIVE


@pytest.mark.parametrize(
    "text",
    [
        "Spodziewałam się czegoś więcej.",
        "Mogło być lepiej.",
        "Takich lekarzy nie powinno być w zawodzie.",
        "Ten pan powinien zmienić zawód.",
        "Nie spełniło moich oczekiwań.",
    ],
)
def test_expectations_let_down_complain(text: str) -> None:
    assert sentiment_of(text) == Sentiment.NEGATIVE


@pytest.mark.parametrize(
    "text",
    [
        "Przeszło moje najśmielsze oczekiwania.",
        "Warte każdej złotówki.",
        "Szkoda, że nie trafiłam tu wcześniej.",
        "Takich lekarzy powinno być więcej.",
        "Powiedziała, że mogę dzwonić o każdej porze.",
    ],
)
def test_expectations_passed_praise(text: str) -> None:
    assert sentiment_of(text) == Sentiment.POSITIVE


@pytest.mark.parametrize(
    "text",
    [
        "Powiedział, że ból minie sam, jeśli nie będę dźwigać.",
        "Pani doktor powiedziała, że wyniki są w normie.",
    ],
)
def test_what_the_doctor_foretells_or_finds_is_no_verdict(text: str) -> None:
    assert sentiment_of(text) == Sentiment.NEUTRAL


def test_a_regret_of_how_a_relative_was_treated_stays_a_complaint() -> None:
    assert sentiment_of("Szkoda, że tak potraktowano moją mamę.") == Sentiment.NEGATIVE
