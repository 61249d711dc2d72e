"""Round 31pl (issue 16, Polish): misses and false alarms of a round written before the guard was
read, settled by readings that decide a class, each beside a twin that must still be a finding
(or still none). How long the practice has known the reviewer ("z Panem od tylu lat"); their
last visit ("za ostatnią wizytę"); the contact they gave at registration; a unit's or a post's
name before a health word ("na oddziale rehabilitacji"); an invitation or a reminder to a group
("zapraszamy wszystkich", "przypominamy wszystkim pacjentom") and a reminder of what holds as a
rule; a review written as a business partner ("dobra współpraca"). Each case is judged as the
editor judges a reply (``guard_reply``: the review, its author and the practice's settings)."""

from __future__ import annotations

from tests.guidelines.guard_rules import rules_in_editor


def _rules(reply: str, review: str, author: str = "Ewa") -> set[str]:
    return rules_in_editor(reply, review, "pl", author)


def test_how_long_the_practice_has_known_the_reviewer_confirms_a_patient() -> None:
    review = "Lekarz w porządku, rejestracja gorzej."
    for reply in (
        "Dziękujemy. Doktor Kaczmarek bardzo ceni sobie współpracę z Panem od tylu lat, a uwagę"
        " o rejestracji przekazaliśmy dalej.",
        "Dziękujemy, od wielu lat z Panią współpracujemy i tym bardziej przykro nam z powodu"
        " rejestracji.",
    ):
        assert "confirms_patient" in _rules(reply, review, "Stanisław"), reply
    # ... a member of staff who has been with us for years is no one's care
    assert (
        _rules(
            "Dziękujemy! Pani Ania z rejestracji pracuje u nas od lat i na pewno się poprawi.",
            review,
            "Stanisław",
        )
        == set()
    )


def test_their_last_visit_is_theirs_and_the_last_slot_of_a_day_is_the_timetable() -> None:
    assert "billing" in _rules(
        "Panie Arturze, dziękujemy! Przypominamy, że zaległość za ostatnią wizytę można"
        " uregulować przelewem.",
        "Polecam",
        "Artur",
    )
    assert (
        _rules(
            "Dzień dobry, na ostatnią wizytę dnia można się zapisać do godziny 17:00.",
            "Do której przyjmujecie?",
            "Artur",
        )
        == set()
    )


def test_the_address_they_gave_at_registration_is_no_offers_condition() -> None:
    assert "date" in _rules(
        "Panie Michale, faktura za konsultację z trzeciego maja została już wysłana na adres"
        " mailowy podany przy rejestracji.",
        "Nie dostałem faktury.",
        "Michał",
    )
    # ... an offer's condition stays everyone's
    assert (
        _rules(
            "Dzień dobry! Przy rejestracji online do końca maja rabat 5% na każdą konsultację.",
            "Macie jakieś promocje?",
            "Michał",
        )
        == set()
    )


def test_a_units_or_a_posts_name_is_no_ones_health() -> None:
    for reply, review in (
        (
            "Dziękujemy, Panie Bartku! Cieszymy się, że praktyki wakacyjne na oddziale"
            " rehabilitacji się podobały.",
            "Fajne praktyki!",
        ),
        (
            "Panie Damianie, przepraszamy za spóźnienie na pierwszej sesji – przekazaliśmy uwagę"
            " kierownikowi rehabilitacji.",
            "Rehabilitant spóźnił się na pierwszą sesję.",
        ),
    ):
        assert _rules(reply, review, "Bartek") == set(), reply
    # ... their own treatment, said to them, is still theirs
    assert "health_detail" in _rules(
        "Panie Bartku, Pana rehabilitacja po złamaniu kości udowej potrwa jeszcze miesiąc.",
        "Dobra opieka.",
        "Bartek",
    )


def test_an_invitation_or_a_reminder_to_a_group_is_said_to_anyone() -> None:
    for reply in (
        "Dziękujemy! Zapraszamy wszystkich na bezpłatne badanie kontrolne znamion w ramach Dnia"
        " Czerniaka, 15 maja.",
        "Dziękujemy za polecenie. Przypominamy, że cukrzyca typu 2 często długo nie daje"
        " objawów – w listopadzie prowadzimy bezpłatne pomiary glukozy dla mieszkańców gminy.",
    ):
        assert _rules(reply, "Fajnie", "Zdzisław") == set(), reply
    # ... the same said to the reviewer is theirs
    invited = _rules("Pani Ewo, zapraszamy Panią na badanie kontrolne znamion 15 maja.", "Fajnie")
    assert invited & {"confirms_patient", "date"}
    assert _rules("Przypominamy o Pani kontroli cukrzycy w przyszłym tygodniu.", "Fajnie")


def test_a_review_written_as_a_business_partner_tells_of_no_visit() -> None:
    reply = (
        "Dziękujemy! Państwa ekipa dba o gabinety zabiegowe tak, jak tego wymagają standardy"
        " sanepidu. Do zobaczenia w poniedziałek."
    )
    assert _rules(reply, "Miła współpraca", "Firma sprzątająca Blask") == set()
    # ... after a patient's review, seeing them on Monday is their visit
    assert "confirms_patient" in _rules(
        "Dziękujemy! Do zobaczenia w poniedziałek.", "Miła obsługa", "Ewa"
    )


def test_a_check_up_reminder_said_to_the_reviewer_confirms_a_patient_in_any_order() -> None:
    review = "Polecam, miła obsługa."
    for reply in (
        "Pani Ewo, dziękujemy. Proszę pamiętać o kontroli u ortodonty.",
        "Dzięki, Ewo! Nie zapomnij o przeglądzie w przyszłym tygodniu!",
        "Dziękujemy! Na kontrolę zapraszamy za trzy miesiące.",
        "Dziękujemy, Pani Ewo. Termin kontroli ustalimy telefonicznie.",
        "Pani Ewo, parking to nasza bolączka – przy najbliższej wizycie kontrolnej proszę śmiało"
        " korzystać z miejsc za budynkiem.",
    ):
        assert "confirms_patient" in _rules(reply, review), reply
    # ... a check-up as a rule for everyone is no one's
    for reply in (
        "Dziękujemy! Proszę pamiętać o regularnych kontrolach – to podstawa profilaktyki.",
        "Dziękujemy! Na przegląd zapraszamy co pół roku, zapisy online.",
        "Dzień dobry, na kontrolę zapraszamy wszystkich pacjentów po zabiegu, bez dodatkowej"
        " opłaty.",
    ):
        assert _rules(reply, review) == set(), reply


def test_the_reviewer_seen_or_coming_here_again_and_again_confirms_a_patient() -> None:
    review = "Polecam, miła obsługa."
    for reply in (
        "Pani Ewo, widzimy Panią u nas regularnie i zawsze jest nam miło.",
        "Pani Ewo, dziękujemy, że po przeprowadzce nadal dojeżdża Pani do nas z drugiego końca"
        " miasta.",
        "Pani Ewo, szkoda, że po tylu wizytach u nas zmieniła Pani zdanie.",
    ):
        assert "confirms_patient" in _rules(reply, review), reply
    # ... an offer to come, a courier's round and how many treatments the team does are none
    for reply in (
        "Dziękujemy! Może Pani przyjść do nas bez zapisów w każdy wtorek.",
        "Dziękujemy! Tyle zabiegów dziennie wykonuje nasz zespół, że czasem zdarzają się"
        " opóźnienia.",
        "Dziękujemy, Pani Ewo. Efekty zwykle widać po kilku wizytach, to normalne.",
    ):
        assert _rules(reply, review) == set(), reply


def test_a_finding_named_by_what_it_turned_out_to_be_is_a_health_detail() -> None:
    review = "Polecam, miła obsługa."
    for reply in (
        "Pani Ewo, na szczęście zmiana na skórze okazała się łagodna.",
        "Pani Ewo, z przykrością przyjęliśmy opinię, choć przecież rokowania są dobre.",
    ):
        assert "health_detail" in _rules(reply, review), reply
    # ... a rumour or a new timetable that turned out well, and lesions in general, are none
    for reply in (
        "Dziękujemy! Plotka o zamknięciu przychodni okazała się nieprawdziwa.",
        "Dziękujemy, Pani Ewo! Zmiana godzin otwarcia okazała się strzałem w dziesiątkę.",
        "Dziękujemy! Większość zmian skórnych to zmiany łagodne, ale każdą warto pokazać"
        " dermatologowi.",
    ):
        assert _rules(reply, review) == set(), reply


def test_what_their_case_did_not_need_is_told_in_the_past_and_stays_theirs() -> None:
    review = "Polecam, miła obsługa."
    for reply in (
        "Pani Ewo, nie wystawiliśmy zwolnienia, bo stan po skręceniu stawu skokowego nie"
        " wymagał L4.",
        "Pani Ewo, zabieg nie wymagał znieczulenia, dlatego trwał tak krótko.",
    ):
        assert "health_detail" in _rules(reply, review), reply
    # ... what a service does not need, in the present, is the practice's rule
    assert _rules("Dziękujemy! Badanie USG nie wymaga skierowania ani przygotowania.", review) == (
        set()
    )
