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


@pytest.mark.parametrize(
    "reply",
    [
        "Laborantka kontaktowała się z Panią w tej sprawie.",
        "Nasza laborantka próbowała się do Pani dodzwonić.",
        "Laboratorium kilka razy próbowało złapać Pana telefonicznie.",
        "Położna usiłowała się z Panią skontaktować po południu.",
        "Pani doktor pisała do Pana w zeszłym miesiącu.",
        "Dr Maj starał się do Pani dotrzeć przez cały tydzień.",
        "Pielęgniarka chciała się z Panem skontaktować, ale numer był nieaktywny.",
    ],
)
def test_a_clinician_who_reached_or_tried_to_reach_them_confirms_a_patient(reply: str) -> None:
    assert "confirms_patient" in rules_of(reply, "pl")


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


@pytest.mark.parametrize(
    "reply",
    [
        "Prosimy przekazać mamie pozdrowienia. Nasza pielęgniarka odwiedza ją co tydzień w domu.",
        "Życzymy tacie zdrowia! Doktor zbadał go bardzo dokładnie.",
        "Serdeczności dla babci! Pani doktor zaszczepiła ją bardzo delikatnie.",
        "Przekażcie od nas córce buziaki. Higienistka chętnie przyjmie ją znowu.",
        "Prosimy przekazać dziadkowi ukłony. Rehabilitantka prowadzi go od wiosny.",
        # the same words said of the reviewer stay blocked
        "Nasza pielęgniarka odwiedza Panią co tydzień w domu.",
        "Doktor zbadał Pana bardzo dokładnie.",
    ],
)
def test_a_relative_thanked_by_a_bare_kin_noun_then_cared_for_is_a_patient(reply: str) -> None:
    assert "confirms_patient" in rules_of(reply, "pl")


@pytest.mark.parametrize(
    "reply",
    [
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
    ],
)
def test_contact_redo_and_kin_words_said_of_no_one_stay_clean(reply: str) -> None:
    assert rules_of(reply, "pl") == set()
