"""Session 40 (gfr40pl): the misses of the fresh Polish round 40f read as families (issue 16).

- A clinician or the lab of the practice reached, or tried to reach, the reviewer in the past
  (a lab technician, a nurse, a midwife, a doctor by title or name; tried to contact, to get
  through, to catch, rang, wrote, texted): their case is open with us, so they are a patient.
  Not the booking desk, a recruiter or "we" (who answer a review or an application), not a
  negated call, not a wish ("would like to contact you").
- A sample to take again ("powtórzenie pobrania", "ponowne pobranie", "ponowny wymaz") in a
  clause about them: one particular case's sample. Said to no one ("jeśli próbka się nie
  nadaje, laboratorium prosi o ponowne pobranie") it stays general.
- A relative named by a bare kin noun as the one thanks or wishes go to ("prosimy przekazać
  babci podziękowania", "życzymy tacie zdrowia", "serdeczności dla dziadka"), then "her" or
  "him" as the object of a verb of care within two sentences ("pielęgniarki lubią ją
  odwiedzać", "doktor zbadał go"): the relative's care.

Each reply is judged after a plain review; the sentences are probes written for the families,
none of the round's items. The block probes leaked before this session."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_after_a_plain_review as rules_of
from tests.guidelines.probe_cases import Probe, check, reply_probes

CLINICIAN_REACHED = [
    "Laborantka kontaktowała się z Panią w tej sprawie.",
    "Nasza laborantka próbowała się do Pani dodzwonić.",
    "Laboratorium kilka razy próbowało złapać Pana telefonicznie.",
    "Nasza diagnostka wysłała do Pani wiadomość.",
    "Pan doktor Lis próbował złapać Panią telefonicznie.",
    "Dr Maj starał się do Pani dotrzeć przez cały tydzień.",
    "Radiolog chciał się z Panem skontaktować, ale numer był nieaktywny.",
]


@pytest.mark.parametrize("probe", reply_probes("pl", CLINICIAN_REACHED, rule="confirms_patient"))
def test_a_clinician_who_reached_or_tried_to_reach_them_confirms_a_patient(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize(
    "reply",
    [
        "Pani Ewo, laborantka chce umówić z Panią powtórzenie pobrania.",
        "Panie Marku, laboratorium prosi Pana o ponowne pobranie.",
        "Pani Olu, powtórne pobranie od Pani zajmie tylko chwilę.",
        "Panie Janie, umówimy Pana na powtórzenie pobrania w piątek.",
    ],
)
def test_a_sample_to_redo_is_a_health_detail(reply: str) -> None:
    assert rules_of(reply, "pl") & {"health_detail", "confirms_patient", "new_information"}


RELATIVE_CARED_FOR = [
    "Prosimy przekazać mamie pozdrowienia. Nasza pielęgniarka odwiedza ją co tydzień w domu.",
    "Życzymy tacie zdrowia! Doktor zbadał go bardzo dokładnie.",
    "Serdeczności dla babci! Pani doktor zaszczepiła ją bardzo delikatnie.",
    "Przekażcie od nas córce buziaki. Higienistka chętnie przyjmie ją znowu.",
    "Prosimy przekazać dziadkowi ukłony. Rehabilitantka prowadzi go od wiosny.",
    # the same words said of the reviewer stay blocked
    "Nasza pielęgniarka odwiedza Panią co tydzień w domu.",
    "Doktor zbadał Pana bardzo dokładnie.",
]


@pytest.mark.parametrize("probe", reply_probes("pl", RELATIVE_CARED_FOR, rule="confirms_patient"))
def test_a_relative_thanked_by_a_bare_kin_noun_then_cared_for_is_a_patient(probe: Probe) -> None:
    check(probe)


SAID_OF_NO_ONE = [
    "Próbowaliśmy się z Panią skontaktować, aby wyjaśnić sytuację.",
    "Rekruterka próbowała się z Panią skontaktować w sprawie rozmowy.",
    "Pani Natalio, kierowniczka dzwoniła do Pani w sprawie rekrutacji.",
    "Lekarz dyżurny dzwoni do pacjentów z nieprawidłowymi wynikami.",
    "Jeśli próbka się nie nadaje, laboratorium prosi o ponowne pobranie.",
    "Pani Anno, ponowne pobranie jest u nas bezpłatne dla wszystkich.",
    "Pani Urszulo, punkt pobrań jest czynny od 7:00 do 10:30.",
    "Prosimy przekazać babci podziękowania. Wizytę domową można zamówić telefonicznie.",
    "Prosimy przekazać mamie pozdrowienia od całego zespołu. Cieszymy się, że jest zadowolona.",
    "Serdeczne pozdrowienia dla dziadka! Przekażemy pochwały naszym rehabilitantom.",
]


@pytest.mark.parametrize("probe", reply_probes("pl", SAID_OF_NO_ONE))
def test_contact_redo_and_kin_words_said_of_no_one_stay_clean(probe: Probe) -> None:
    check(probe)


# The round's false alarms read as families: a colleague by role after "Pani"/"Pan" who sends
# thanks or greetings (the honorific, not "your nurse"); the field of a colleague's degree
# ("mgr fizjoterapii", "lic. pielęgniarstwa") and the name after it; a colleague on leave who
# "will be back with us"; the years of an illness or a search ("po tylu latach z cukrzycą"),
# not years with us. The probes below were flagged before; beside each family, the same words
# said of the reviewer stay blocked.


COLLEAGUES_AND_YEARS = [
    "Pani pielęgniarka dziękuje za miłe słowa.",
    "Pan fizjoterapeuta serdecznie pozdrawia.",
    "Pani położna przekazuje gorące pozdrowienia.",
    "Mgr fizjoterapii Tomasz Wrona przyjmuje w poniedziałki.",
    "Lic. pielęgniarstwa Joanna Kruk jest z nami od otwarcia.",
    "Nasza higienistka Ewa jest na urlopie i wróci do nas w maju.",
    "Dr Marta Sowa przebywa na zwolnieniu lekarskim, ale wraca do nas po świętach.",
    "Po tylu latach szukania dobrego lekarza każda pomoc jest ważna.",
]


@pytest.mark.parametrize("probe", reply_probes("pl", COLLEAGUES_AND_YEARS))
def test_colleagues_titles_leave_and_years_of_no_one_stay_clean(probe: Probe) -> None:
    check(probe)


SAID_OF_THE_REVIEWER = [
    "Pani pielęgniarka pamięta Pana wizytę.",
    "Pani Ewo, mgr fizjoterapii zaleca Pani dalszą fizjoterapię kolana.",
    "Pani Anno, po urlopie wróci Pani do nas na kontrolę we wrześniu.",
    "Po tylu latach z nami jest Pani jak rodzina.",
    "Po tylu latach wizyt wciąż Pani do nas wraca.",
]


@pytest.mark.parametrize("probe", reply_probes("pl", SAID_OF_THE_REVIEWER, rule="confirms_patient"))
def test_the_same_words_said_of_the_reviewer_stay_blocked(probe: Probe) -> None:
    check(probe)
