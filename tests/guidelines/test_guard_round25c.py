"""Round 25c (issue 16, Polish): false alarms and a miss of a round written before the guard was
read, settled by a reading, each beside a twin that must still be a finding. Money named only
as absent ("bez dodatkowej opłaty") or as an insurer's rules ("zgodnie z przepisami NFZ"), in a
sentence that neither speaks to nor names the reviewer, is nobody's; what "our system" says of
them is a look into their records; a reply that nowhere speaks to or names the reviewer gets no
finding from the learned reader alone. Each case is judged as the editor judges a reply
(``guard_reply``: the review, its author and the practice's settings)."""

from __future__ import annotations

from tests.guidelines.guard_rules import rules_in_editor


def _rules(reply: str, review: str, author: str = "") -> set[str]:
    return rules_in_editor(reply, review, "pl", author)


def test_a_charge_named_as_absent_in_a_general_sentence_is_nobodys_money() -> None:
    review = "Ból zęba po leczeniu kanałowym przez tydzień!!! Omijać."
    reply = (
        "Dzień dobry. Po leczeniu kanałowym dolegliwości bólowe przez kilka dni mogą się zdarzyć"
        " u każdego i zwykle mijają same, ale jeśli ból się utrzymuje, zawsze warto zgłosić się"
        " do gabinetu na kontrolę – bez dodatkowej opłaty. Zapraszamy do kontaktu z recepcją,"
        " pon.–pt. 8–20. Pozdrawiamy, Dental Studio Uśmiech"
    )
    assert _rules(reply, review, "Michał") == set()
    # ... said of the reviewer it is still their bill
    theirs = "Dzień dobry. Pani wizyta kontrolna odbyła się bez dodatkowej opłaty. Pozdrawiamy"
    assert "billing" in _rules(theirs, review)


def test_an_insurer_named_as_the_body_whose_rules_apply_is_nobodys_insurance() -> None:
    review = "Oni biorą łapówki za szybsze terminy"
    reply = (
        "Stanowczo zaprzeczamy. Terminy przydzielane są wyłącznie według kolejności zgłoszeń i"
        " pilności ustalonej przez lekarza, a lista oczekujących jest prowadzona elektronicznie"
        " zgodnie z przepisami NFZ. Jeśli ma Pan wiedzę o nieprawidłowościach, prosimy o kontakt"
        " z dyrekcją: dyrekcja@szpitalik.pl."
    )
    assert _rules(reply, review, "Rafał") == set()
    theirs = "Zgodnie z Pani umową z NFZ zapłaciła Pani tylko za znieczulenie."
    assert "billing" in _rules(theirs, "Kazali płacić mimo NFZ")


def test_what_our_system_says_of_them_is_a_look_into_their_records() -> None:
    review = "Nie przyjęli mnie, bo spóźniłam się 5 minut."
    reply = (
        "Szanowna Pani, zasady dotyczące spóźnień są jasne i opisane w regulaminie. Dodam tylko,"
        " że według naszego systemu spóźniła się Pani 25 minut, a nie 5."
    )
    assert "confirms_patient" in _rules(reply, review, "Julia")
    # the practice's booking system, said of no one, is no look into anyone's records
    ours = "Dzień dobry, wizyty rezerwujemy według naszego systemu kolejkowego. Pozdrawiamy"
    assert _rules(ours, "Dzwoniłem 20 razy, nikt nie odbiera.") == set()


def test_a_reply_that_nowhere_speaks_to_the_reviewer_gets_no_learned_finding() -> None:
    review = "Ok, ale mogłoby być taniej."
    reply = (
        "Dziękujemy za szczerą opinię. Warto wiedzieć, że przy pakiecie 3 wizyt fizjoterapii"
        " każda kolejna jest o 10% tańsza – ta zniżka dotyczy każdego, kto kupi pakiet w"
        " recepcji. Pozdrawiamy!"
    )
    assert _rules(reply, review, "Renata") == set()
    # the learned reader still blocks a reply that speaks to them and that the rules pass
    spoken = (
        "Dziękujemy za wizytę, Pani Jolanto! Przypominamy wszystkim, że przedstawiciele handlowi"
        " są przyjmowani tylko w piątki."
    )
    assert _rules(spoken, "Miła obsługa.", "Jolanta") != set()


def test_an_apology_that_repeats_the_review_may_name_its_care_by_another_word() -> None:
    review = "Zrobili mi RTG nie tego zęba co trzeba, musiałam przyjść drugi raz."
    reply = (
        "Bardzo przepraszamy, że musiała Pani przyjść drugi raz z powodu zdjęcia nie tego zęba"
        " – to nasz błąd i nie powinien się zdarzyć. Wprowadziliśmy podwójne sprawdzanie"
        " skierowań na RTG. Prosimy o kontakt z kierowniczką pod nr 22 111 22 33."
    )
    assert _rules(reply, review, "Bogusia") == set()
    # a doctor the review did not name, or a visit to come, is no repetition
    doctor = "Przykro nam, że musiała Pani czekać na wizytę u dr Nowak."
    assert "confirms_patient" in _rules(doctor, "Ból zęba, czekałam godzinę.", "Bogusia")
    ahead = "Bardzo przepraszamy za pomyłkę, a Pani kolejna wizyta u dr Nowak jest już umówiona."
    assert "confirms_patient" in _rules(ahead, review, "Bogusia")
