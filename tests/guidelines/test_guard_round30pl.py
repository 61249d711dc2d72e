"""Round 30pl (issue 16, Polish): false alarms and misses of a round written before the guard
was read, settled by readings that decide a class, each beside a twin that must still be a
finding. The practice's own calendar on a date (open, closed, on shorter or usual hours) and its
hours in the plural; the practice's roles after a staff name and "works here"; a review written
as a job candidate or a supplier (its meeting no patient's visit, "our patient" still one); a
denial that opens a care clause; an apology whose weekday is only supposed ("jeśli w sobotę");
their specimen and what became of it; a clinician who answered their message; how the practice
sends results ("wyniki wysyłamy e-mailem tego samego dnia"). Each case is judged as the editor
judges a reply (``guard_reply``: the review, its author and the practice's settings)."""

from __future__ import annotations

from tests.guidelines.guard_rules import rules_in_editor


def _rules(reply: str, review: str, author: str = "Ewa") -> set[str]:
    return rules_in_editor(reply, review, "pl", author)


def test_the_practices_hours_on_a_holiday_are_its_calendar() -> None:
    review = "Czy w święta będzie otwarte?"
    for reply in (
        "Dzień dobry! W Wielką Sobotę przychodnia będzie nieczynna, a 2 kwietnia wracamy do"
        " zwykłych godzin. Wesołych Świąt!",
        "Dzień dobry! Od 7 stycznia rejestracja działa w zwykłych godzinach, od 7:30 do 18:00.",
    ):
        assert _rules(reply, review) == set(), reply
    # ... their usual slot, and the day they came, are still theirs
    assert "confirms_patient" in _rules(
        "Pani Ewo, zapisaliśmy Panią na stałą godzinę we wtorek, jak zwykle.", review
    )
    assert "date" in _rules("Pani Ewo, 2 kwietnia była Pani u nas na pobraniu krwi.", review)


def test_a_staff_name_with_its_role_or_work_after_it_is_the_practices_own() -> None:
    for reply, review in (
        (
            "Dziękujemy! Pani Halina Mazur, nasza oddziałowa, przekazuje podziękowania całemu"
            " oddziałowi.",
            "Pielęgniarki super",
        ),
        (
            "Dziękujemy! Pan Jerzy Kwiatek pracuje u nas w rejestracji od 15 lat i zna każdego.",
            "Rejestracja super",
        ),
    ):
        assert _rules(reply, review) == set(), reply
    # ... a name with "our patient" after it is a patient named in full
    assert "full_name" in _rules(
        "Dziękujemy! Pan Jerzy Kwiatek, nasz pacjent od lat, też tak uważa.", "Rejestracja super"
    )


def test_a_review_written_as_a_job_candidate_or_supplier_tells_of_no_visit() -> None:
    candidate = "Przyszłam na rozmowę kwalifikacyjną na stanowisko rejestratorki. Miła atmosfera."
    assert _rules(
        "Dziękujemy, miło było Panią poznać! Powodzenia w poszukiwaniach.", candidate
    ) == (set())
    supplier = "Jako dostawca rękawiczek nie mogę się doczekać płatności."
    assert (
        _rules(
            "Dziękujemy za cierpliwość. Zamówienie na kolejny miesiąc wyślemy jak zwykle w"
            " poniedziałek.",
            supplier,
        )
        == set()
    )
    # ... "our patient" told to the candidate is still a care relationship
    for reply in (
        "Dziękujemy! Jest Pani przecież naszą pacjentką od lat.",
        "Dziękujemy, miło było Panią poznać! W systemie widać też, że jest Pani naszą pacjentką.",
    ):
        assert "confirms_patient" in _rules(reply, candidate), reply
    # ... and denied to a neighbour, it is none
    neighbour = "Jestem sąsiadką, śmieci leżą przy płocie."
    denied = (
        "Przepraszamy. Nie jest Pani naszą pacjentką, ale sąsiedzi są dla nas ważni – kontener"
        " opróżnimy w piątek."
    )
    assert _rules(denied, neighbour) == set()


def test_an_apology_for_a_weekday_only_supposed_tells_no_visit() -> None:
    review = "W sobotę o 9 nikt nie odbierał telefonu."
    reply = (
        "Przepraszamy, jeśli w sobotę telefon milczał – sprawdzimy centralę i dopilnujemy dyżuru."
    )
    assert _rules(reply, review) == set()
    told = "Przepraszamy, że w sobotę telefon milczał, gdy Pani dzwoniła."
    assert "date" in _rules(told, "Nie odbierali telefonu.")


def test_their_specimen_and_what_became_of_it_is_health_detail() -> None:
    review = "Czekam na wyniki"
    for reply in (
        "Panie Marku, Pana materiał wrócił z laboratorium z adnotacją, że trzeba go pobrać"
        " jeszcze raz.",
        "Dzień dobry, niestety próbka uległa hemolizie i prosimy o ponowne pobranie.",
    ):
        assert "health_detail" in _rules(reply, review, "Marek"), reply
    general = (
        "Dzień dobry, materiał z naszego punktu pobrań wraca z laboratorium zwykle po dwóch dniach."
    )
    assert _rules(general, review, "Marek") == set()


def test_a_clinician_who_answered_their_message_confirms_care() -> None:
    review = "Nikt nie odpisuje"
    reply = "Dzień dobry, doktor Nowak odpowiedziała już na Pana pytanie w portalu pacjenta."
    assert "confirms_patient" in _rules(reply, review, "Marek")
    rule = (
        "Dzień dobry, na pytania w portalu pacjenta lekarze odpowiadają w ciągu dwóch dni"
        " roboczych."
    )
    assert _rules(rule, review, "Marek") == set()


def test_how_the_practice_sends_results_is_its_routine() -> None:
    review = "Długo czekałem na wyniki"
    reply = (
        "Panie Piotrze, przykro nam, rozmawialiśmy z recepcjonistką. Wyniki badań krwi wysyłamy"
        " e-mailem tego samego dnia. Zapraszamy ponownie."
    )
    assert _rules(reply, review, "Piotr") == set()
    # ... their results sent to them are still theirs
    for theirs in (
        "Panie Piotrze, Pana wyniki badań krwi wysyłamy dziś e-mailem.",
        "Panie Piotrze, wysyłamy Panu wyniki biopsji jutro.",
    ):
        assert "health_detail" in _rules(theirs, review, "Piotr"), theirs
