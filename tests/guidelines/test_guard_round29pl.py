"""Round 29pl (issue 16, Polish): false alarms and misses of a round written before the guard
was read (and of its check in new words, 29pl2), settled by readings, each beside a twin that
must still be a finding. The reviewer as one of our patients by membership ("wśród naszych
stałych pacjentów", "w naszej bazie", "zna Pani naszą poradnię od 2018 roku"); what a
clinician may do or does as a rule ("lekarz może wystawić e-receptę po teleporadzie") and who
is entitled to a service ("przysługuje kobietom"); a colleague's new role or degree on a date and
a colleague named with "Pani" before her name and her role after it; nouns that end like a past
verb ("od chwili wpłaty") and fee rules in the passive; a complaint numbered or looked into;
"trymestr". Each case is judged as the editor judges a reply (``guard_reply``: the review, its
author and the practice's settings)."""

from __future__ import annotations

from tests.guidelines.guard_rules import rules_in_editor


def _rules(reply: str, review: str, author: str = "") -> set[str]:
    return rules_in_editor(reply, review, "pl", author)


def test_the_reviewer_among_our_patients_or_in_our_files_is_a_patient() -> None:
    review = "Ostatnio strasznie długie kolejki"
    for reply in (
        "Dziękujemy! Cieszymy się, że znów jest Pani wśród naszych stałych pacjentów.",
        "Panie Tomaszu, zapisy są otwarte, ale jest Pan już w naszej bazie, więc wystarczy"
        " zadzwonić.",
        "Panie Zbigniewie, jako nasz wieloletni podopieczny wie Pan, że zwykle tak nie jest.",
        "Ma Pani już u nas kartę, więc nie trzeba wypełniać ankiety.",
    ):
        assert "confirms_patient" in _rules(reply, review, "Halina"), reply
    # ... our patients as a group, or supposed, say nothing of the reviewer
    for reply in (
        "Wśród naszych pacjentów jest wielu seniorów, dlatego wydłużyliśmy godziny.",
        "Jeśli jest Pani wśród naszych pacjentów, prosimy o telefon do kierowniczki.",
    ):
        assert _rules(reply, review, "Halina") == set(), reply


def test_knowing_or_using_the_practice_for_years_is_a_care_relationship() -> None:
    review = "Kiedyś było lepiej"
    for reply in (
        "Dziękujemy za opinię! Zna Pani naszą poradnię od 2018 roku, więc wie Pani, że lubimy"
        " słuchać uwag.",
        "Korzysta Pan z naszych usług od lat, więc wie Pan, jak pracujemy.",
    ):
        assert "confirms_patient" in _rules(reply, review, "Jadwiga"), reply
    # ... the neighbours or a colleague who know us are no patients
    for reply in (
        "Sąsiedzi znają nas od lat i wiedzą, że dbamy o porządek.",
        "Nasza pielęgniarka zna nas od 20 lat i prowadzi szkolenia.",
    ):
        assert _rules(reply, review, "Jadwiga") == set(), reply


def test_what_a_clinician_may_do_as_a_rule_is_nobodys_health() -> None:
    review = "Nie da się dostać recepty bez wizyty, skandal"
    reply = (
        "Dzień dobry. E-receptę na leki przyjmowane na stałe lekarz może wystawić po"
        " teleporadzie, bez przychodzenia do gabinetu, jeśli ma aktualną dokumentację leczenia."
        " Kod recepty przychodzi SMS-em albo na Internetowe Konto Pacjenta."
    )
    assert _rules(reply, review, "Jerzy P.") == set()
    rule = (
        "Pani Edyto, receptę na kolejne opakowanie leku lekarz przedłuża po krótkiej"
        " teleporadzie, bo musi zapytać o samopoczucie i ewentualne skutki uboczne. Teleporadę"
        " można zamówić przez aplikację w ciągu kilku minut."
    )
    assert _rules(rule, "Nie chcieli mi przedłużyć recepty przez telefon", "Edyta") == set()
    # ... what the doctor did for them is their care
    theirs = "Pani Anno, lekarz przedłużył Pani leki na nadciśnienie po teleporadzie."
    assert "health_detail" in _rules(theirs, review, "Anna")


def test_a_service_the_insurer_gives_a_group_is_nobodys_insurance() -> None:
    review = "Czy mammografia jest za darmo?"
    reply = (
        "Bezpłatna mammografia w programie NFZ przysługuje kobietom między 45. a 74. rokiem"
        " życia co dwa lata. Skierowanie nie jest potrzebne."
    )
    assert _rules(reply, review, "Elżbieta") == set()
    theirs = "Pani mammografia została opłacona przez NFZ."
    assert "billing" in _rules(theirs, review, "Elżbieta")


def test_a_colleagues_new_role_or_degree_on_a_date_is_the_practices_news() -> None:
    review = "Super przychodnia"
    for reply in (
        "Od 1 października nową kierowniczką rejestracji jest pani Agata Sikora, która"
        " wcześniej pracowała w szpitalu miejskim.",
        "Dziękujemy! Dr Monika Grabowska 12 listopada obroniła doktorat z kardiologii i jesteśmy"
        " z niej bardzo dumni.",
    ):
        assert _rules(reply, review, "Stefan") == set(), reply
    # ... the reviewer's day is still a date of theirs
    theirs = "Panie Stefanie, 12 listopada był Pan u nas na badaniu wysiłkowym."
    assert "date" in _rules(theirs, review, "Stefan")


def test_a_colleague_named_with_pani_and_her_role_after_is_staff() -> None:
    review = "Super pani higienistka Basia"
    reply = "Pani Iwono, dziękujemy! Pani Barbara Nowicka, nasza higienistka, bardzo się ucieszyła."
    assert _rules(reply, review, "Iwona") == set()
    # ... a patient named in full is still a full name
    theirs = "Pani Iwono, Pani Barbara Nowicka była u nas wczoraj na kontroli."
    assert "full_name" in _rules(theirs, "Polecam", "Iwona")
    # ... and so is one whom the role after the name treated ("któremu lek. dent. ...")
    patient = (
        "Z dumą informujemy, że Pan Tomasz Borowski, któremu lek. dent. Anna Grabowska wszczepiła"
        " dwa implanty, zgodził się wystąpić w naszej broszurze."
    )
    assert "full_name" in _rules(patient, "Leczenie zmieniło moje życie", "Tomasz B.")


def test_a_noun_ending_like_a_past_verb_tells_no_event_and_fee_rules_are_nobodys() -> None:
    review = "Zadatek 300 zł i żadnej gwarancji terminu"
    reply = (
        "Szanowny Panie, zadatek pobieramy przy planowaniu leczenia protetycznego. Termin jest"
        " gwarantowany od chwili wpłaty, a przy rezygnacji do 7 dni wcześniej zadatek zwracamy"
        " w całości."
    )
    assert _rules(reply, review, "Ludwik") == set()
    theirs = "Panie Ludwiku, Pana zadatek 300 zł zwróciliśmy na konto."
    assert "billing" in _rules(theirs, review, "Ludwik")


def test_their_complaint_numbered_or_looked_into_is_on_file() -> None:
    review = "Nikt się nie odezwał"
    # news of their complaint on file (new_information), beside what else it tells
    for reply in (
        "Panie Romanie, Pana zgłoszenie o numerze 45/2026 jest rozpatrywane przez rzecznika praw"
        " pacjenta naszej placówki. Odpowiedź otrzyma Pan do końca miesiąca.",
        "Pani Elżbieto, wyjaśniając Pani reklamację, przeanalizowaliśmy przebieg wizyty z"
        " lekarzem i rejestracją.",
    ):
        assert "new_information" in _rules(reply, review, "Roman"), reply
    # ... the patients' rights as a privacy statement stay none
    rights = "Zgodnie z prawami pacjenta nie komentujemy publicznie żadnych wizyt."
    assert _rules(rights, review, "Roman") == set()


def test_a_trimester_is_a_health_word() -> None:
    reply = "Pani Ewo, dziękujemy i gratulujemy – trzymamy kciuki za ostatni trymestr!"
    assert "health_detail" in _rules(reply, "Polecam ginekologa", "Ewa")


def test_an_ordinal_ends_no_sentence_so_a_group_offer_stays_the_groups() -> None:
    review = "Czy jest rabat dla seniorów?"
    for reply in (
        "Pani Anno, nie mamy programu punktowego. Wszyscy pacjenci po 65. roku życia mają"
        " natomiast 10% rabatu na usługi prywatne.",
        "Tak, studenci do 26. roku życia mają 15% zniżki po okazaniu legitymacji.",
        "Szczepienie przeciw grypie jest bezpłatne dla osób po 65. roku życia i dzieci do 18."
        " roku życia. Pozostali płacą 60 zł.",
    ):
        assert _rules(reply, review, "Anna") == set(), reply
    # ... a discount for this reviewer's review is still a reward
    theirs = "Dziękujemy za 5. gwiazdkę! Za tę opinię dostaje Pani rabat 10% na kolejną wizytę."
    assert "reward" in _rules(theirs, review, "Anna")


def test_colleagues_listed_after_our_role_in_the_plural_are_staff() -> None:
    review = "Świetna rehabilitacja"
    reply = (
        "Pani Anno, dziękujemy! Nasi fizjoterapeuci, Marta Lis i Kamil Wrona, przekazują"
        " pozdrowienia."
    )
    assert _rules(reply, review, "Anna") == set()
    # ... our patient named in full is a full name
    theirs = "Nasza pacjentka Anna Nowak była bardzo zadowolona z rehabilitacji."
    assert "full_name" in _rules(theirs, review, "Ania")


def test_the_practices_own_dates_a_supplier_paid_a_colleague_away_the_building() -> None:
    for review, reply in (
        (
            "Faktura za sprzątanie",
            "Szanowni Państwo, fakturę za październik opłaciliśmy 5 listopada przelewem. Prosimy"
            " sprawdzić wyciąg i w razie rozbieżności skontaktować się z księgowością.",
        ),
        (
            "Gdzie jest dr Lewandowski?",
            "Dr Tomasz Lewandowski do 15 marca przebywa na urlopie. Pacjentów w tym czasie"
            " przyjmuje dr Maria Zając.",
        ),
        (
            "Był pożar?",
            "Dzień dobry, 12 lutego w piwnicy budynku doszło do niewielkiego pożaru instalacji"
            " elektrycznej. Nikt nie ucierpiał, a przychodnia działa normalnie od 13 lutego.",
        ),
    ):
        assert _rules(reply, review, "Andrzej") == set(), reply
    # ... their sick leave until a day, and their visit's mix-up on a day, are theirs
    for theirs in (
        "Pani Anno, do 15 marca jest Pani na zwolnieniu.",
        "Pani Anno, 12 lutego doszło do pomyłki z Pani wizytą.",
    ):
        assert "date" in _rules(theirs, "Bałagan", "Anna"), theirs


def test_a_dose_we_will_lower_is_their_treatment() -> None:
    reply = "Pani Anno, dziękujemy. Dawkę lewotyroksyny zmniejszymy po kolejnym badaniu TSH."
    assert "health_detail" in _rules(reply, "Polecam", "Anna")
    # ... the same drug named as a treatment the practice gives anyone is nobody's
    offer = (
        "Dzień dobry, tak – endokrynolog przyjmuje w środy. Leczenie niedoczynności tarczycy"
        " lewotyroksyną prowadzimy także w ramach NFZ."
    )
    assert _rules(offer, "Czy leczycie tarczycę?", "Anna") == set()


def test_a_first_name_ending_like_a_surname_is_no_surname() -> None:
    reply = (
        "Dziękujemy, Panie Michale! Pani Monika i pani Renata z recepcji przesyłają pozdrowienia."
    )
    assert _rules(reply, "Recepcja super", "Michał") == set()
    # ... a surname of that ending after "Pan" is still a name
    theirs = "Dziękujemy! Pan Kubiak bardzo chwalił naszą rejestrację."
    assert "full_name" in _rules(theirs, "Recepcja super", "Michał")
