"""Session 38 (gfaen38, issue 16): causes of false alarms read by what a clause says.

- A member of staff at their own work ("the surgeon was assisting in theatre that day",
  "Хирург в тот день ассистировал на плановой операции"): the day and the operation are the
  staff's, no one's visit or treatment. The same words said of the reviewer ("the surgeon
  operated on your knee that day", "задержался на вашей операции") stay blocked.
- A recovery the review itself tells, said back in other words ("glad it has settled" after
  "the swelling has eased now"): the review's outcome, no new health detail; a recovery the
  review never told ("glad it has settled" after "the receptionist was fine") stays blocked.
- Advice to consult the reader's own clinician ("call NHS 111 or your GP", "check with your
  pharmacist before ...") names no clinician of ours; "your GP has sent us your referral" does.
- Every one of a kind of visit after a greeting ("Hello Yvonne, every implant consultation
  needs a £50 deposit") is a rule for anyone; "every session of your physiotherapy" is theirs.
- A stage of care whose own clause states what it always is ("the first visit takes 45
  minutes", "the follow-up visit is included in the consultation fee") is anyone's; the same
  stage with a day, a health matter or "your" beside it stays blocked.
- Health words joined in one department's name ("our asthma and diabetes clinic", "poradnia
  astmy i cukrzycy") name the practice's people; "your asthma and diabetes" stays blocked.
"""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

# (language, author, review, reply): good replies the practice may publish
PASS = [
    (
        "en",
        "Kim",
        "Waited 90 minutes past my appointment time.",
        "Kim, we're sorry. The surgeon was assisting in theatre that day, so the clinic "
        "started late, and we should have told everyone waiting.",
    ),
    (
        "en",
        "Kim",
        "Waited 90 minutes past my appointment time.",
        "That morning our nurse was held up with an emergency, which is why the clinic ran "
        "late. We're sorry nobody explained.",
    ),
    (
        "en",
        "Kim",
        "Waited 90 minutes past my appointment time.",
        "Dr Shah had been called away to a delivery that afternoon, which is why the clinic "
        "ran late.",
    ),
    (
        "uk",
        "Ольга",
        "Чекала прийому півтори години.",
        "Хірург того дня асистував на плановій операції, тому прийом почався пізніше.",
    ),
    (
        "pl",
        "Ola",
        "Czekałam półtorej godziny.",
        "Chirurg tego dnia asystował przy planowej operacji, dlatego przyjęcia zaczęły się "
        "później.",
    ),
    ("zh", "王女士", "等了一个半小时。", "那天外科医生在手术室协助手术，所以门诊推迟了。"),
    (
        "en",
        "Sam",
        "Had a tooth out, the swelling has eased now.",
        "Thanks Sam, we're so glad it has settled.",
    ),
    (
        "en",
        "Sam",
        "Had a tooth out, swollen for days but it settled within a week.",
        "Thanks Sam, glad the swelling has gone down and it has healed.",
    ),
    (
        "en",
        "Mum of two",
        "Is it normal for a child to get a temperature after the MMR jab?",
        "If a child seems very unwell or the temperature goes above 39°C, call NHS 111 or your GP.",
    ),
    (
        "en",
        "Agnes",
        "Can I take ibuprofen?",
        "Please check with your pharmacist before taking ibuprofen with other medicines.",
    ),
    (
        "en",
        "Yvonne",
        "A deposit for a consultation? Really?",
        "Hello Yvonne, every implant or orthodontic consultation needs a £50 deposit when "
        "booked. It is deducted from the treatment fee.",
    ),
    (
        "en",
        "Yvonne",
        "A deposit for a consultation? Really?",
        "Hi Yvonne, each new-patient exam includes two X-rays.",
    ),
    (
        "pl",
        "Ola",
        "Gdzie jest pani Ania?",
        "Do zespołu dołączyły dwie nowe pielęgniarki, Julia i Rafał, które wzmocniły poradnię "
        "astmy i cukrzycy.",
    ),
    (
        "en",
        "Sam",
        "Great nurses",
        "Hi Sam, two new nurses have joined our asthma and diabetes clinic this spring.",
    ),
    ("ru", "Ольга", "Спасибо", "Мы усилили отделение кардиологии и неврологии двумя врачами."),
    (
        "en",
        "Chris",
        "Is the follow up free after an implant consultation?",
        "Hi Chris, thanks for asking. The follow-up visit is included in the consultation fee.",
    ),
    (
        "en",
        "Chris",
        "How long is the first visit?",
        "The first visit takes 45 minutes because the dentist goes through the medical history.",
    ),
]

# (language, author, review, reply, a rule the editor must show)
BLOCK = [
    (
        "en",
        "Kim",
        "Waited 90 minutes past my appointment time.",
        "The surgeon operated on your knee that day.",
        "confirms_patient",
    ),
    (
        "en",
        "Kim",
        "Waited 90 minutes past my appointment time.",
        "The surgeon was busy with your procedure that day.",
        "confirms_patient",
    ),
    (
        "en",
        "Kim",
        "Waited 90 minutes past my appointment time.",
        "That day the surgeon removed the cyst.",
        "health_detail",
    ),
    (
        "ru",
        "Ольга",
        "Ждала приёма полтора часа.",
        "Хирург в тот день задержался на вашей операции.",
        "confirms_patient",
    ),
    (
        "ru",
        "Ольга",
        "Ждала приёма полтора часа.",
        "В тот день хирург ассистировал на операции вашего мужа.",
        "health_detail",
    ),
    ("zh", "王女士", "等了一个半小时。", "那天医生在给您做手术。", "confirms_patient"),
    (
        "en",
        "Sam",
        "The receptionist was fine.",
        "Thanks Sam, we're so glad it has settled.",
        "health_detail",
    ),
    (
        "en",
        "Sam",
        "Staff were fine.",
        "Thanks Sam, glad your knee has settled after the injection.",
        "health_detail",
    ),
    (
        "en",
        "Agnes",
        "Do you do endoscopies?",
        "Your GP has sent us your referral.",
        "confirms_patient",
    ),
    (
        "en",
        "Agnes",
        "Do you do endoscopies?",
        "Please ask your GP to send the referral letter again, we never received it.",
        "confirms_patient",
    ),
    (
        "en",
        "Yvonne",
        "A deposit for a consultation? Really?",
        "Yvonne, every session of your physiotherapy helped the knee.",
        "confirms_patient",
    ),
    (
        "en",
        "Yvonne",
        "A deposit for a consultation? Really?",
        "Hi Yvonne, every implant check you've had shows the implant is healthy.",
        "health_detail",
    ),
    (
        "en",
        "Sam",
        "Great nurses",
        "Sam, your asthma and diabetes are both under control now.",
        "health_detail",
    ),
    (
        "pl",
        "Ola",
        "Dziękuję",
        "Pani Olu, pani astma i cukrzyca są pod kontrolą.",
        "health_detail",
    ),
    (
        "en",
        "Chris",
        "Is the follow up free?",
        "The follow-up visit is free and the stitches come out then.",
        "confirms_patient",
    ),
    ("en", "Chris", "Is the follow up free?", "The follow-up visit is on Monday at 10.", "date"),
    (
        "en",
        "Chris",
        "How long is the first visit?",
        "Chris, the first appointment takes an hour because we'll go through your scans.",
        "confirms_patient",
    ),
]


@pytest.mark.parametrize("probe", probes(PASS, "language reviewer review good"))
def test_staff_work_recoveries_said_back_and_rules_for_anyone_pass_the_editors_check(
    probe: Probe,
) -> None:
    check(probe, editor=True)


@pytest.mark.parametrize("probe", probes(BLOCK, "language reviewer review bad rule"))
def test_the_same_words_said_of_the_reviewer_stay_blocked(probe: Probe) -> None:
    check(probe, editor=True)
