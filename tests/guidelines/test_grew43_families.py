"""Session 43 (grew43): the reward, date, full-name, price and insurance false alarms of round 43b
(own_<lang>_round43b.jsonl, ru/uk/pl, written before its writer read the guard) and of the pool,
read as families of wording (issue 16). Each family is probed with sentences written for it in new
words, none of the round's or the pool's items, beside the same words said of the reader or of one
case, which must stay blocked."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

# A reward someone else offered in the practice's name, or an if-clause of an offer made to the
# reader in its name: a warning, no offer ([reward] fraud)
WARNED_IN_OUR_NAME = [
    ("ru", "Если кто-нибудь обещал вам бонусы за отзыв от имени клиники, знайте: это не мы."),
    ("ru", "Если вам предлагали подарок за оценку от нашего имени, позвоните главному врачу."),
    ("ru", "Некто рассылает пациентам сообщения от лица клиники и сулит скидки за отзывы."),
    ("uk", "Якщо хтось обіцяв вам кешбек за відгук від імені клініки, повідомте нас."),
    ("uk", "Якщо вам пропонували сертифікат за оцінку від нашого імені, зателефонуйте нам."),
    ("pl", "Gdyby ktoś w naszym imieniu obiecywał Panu voucher za opinię, prosimy o telefon."),
    ("pl", "Jeżeli proponowano Pani rabat za ocenę w imieniu przychodni, prosimy o wiadomość."),
    ("en", "If somebody promised you vouchers for a five-star review on our behalf, tell us."),
    ("zh", "如果有人以本院的名义承诺好评送礼，请您及时告诉我们。"),
]

# ... and the same offers made by the practice or one of its own people: a reward
OFFERED_IN_OUR_NAME = [
    ("ru", "От имени всей клиники за ваш отзыв дарим вам скидку 10 % на следующий приём."),
    ("ru", "Кто-то из администраторов от нашего имени позвонит вам и подарит бонус за отзыв."),
    ("uk", "Хтось із адміністраторів від нашого імені зателефонує вам і подарує знижку за відгук."),
    ("uk", "Від імені всієї клініки за ваш відгук даруємо вам знижку 10 % на наступний візит."),
    ("pl", "Ktoś z rejestracji w naszym imieniu przekaże Pani voucher za opinię."),
    ("pl", "W imieniu całego zespołu za opinię dajemy Pani 10 % rabatu na kolejną wizytę."),
    (
        "en",
        "Someone from reception will send you a voucher on our behalf as thanks for your review.",
    ),
    ("zh", "我们会有人以诊所名义给您送上好评礼品。"),
]


@pytest.mark.parametrize("probe", probes(WARNED_IN_OUR_NAME, "language good"))
def test_a_reward_offered_by_someone_else_in_our_name_is_a_warning(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize("probe", probes(OFFERED_IN_OUR_NAME, "language bad", rule="reward"))
def test_a_reward_offered_by_the_practice_or_its_people_stays_a_reward(probe: Probe) -> None:
    check(probe)


# A review no one pays for, said in Polish with the billing family's 'nieopłacon-': a statement
# about reviews, no bill; a bill of the reader's left unpaid stays billing
UNPAID_REVIEWS = [
    "Każda opinia na naszym profilu jest niczym nieopłacona i w pełni dobrowolna.",
    "Recenzje w serwisie muszą być niepłatne i przez nikogo nieopłacone.",
    "Komentarze pacjentów pozostają nieopłacone — tak stanowi regulamin portalu.",
]
UNPAID_BILLS = [
    "Dziękujemy za opinię; przypominamy, że Pani nieopłacona faktura wynosi 200 zł.",
    "Pana wizyta z 3 marca pozostaje nieopłacona, prosimy o przelew.",
]


@pytest.mark.parametrize("probe", probes(UNPAID_REVIEWS, "good", language="pl", reviewer="Marek"))
def test_a_review_no_one_pays_for_is_no_bill(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize(
    "probe", probes(UNPAID_BILLS, "bad", rule="billing", language="pl", reviewer="Marek")
)
def test_the_readers_unpaid_bill_stays_billing(probe: Probe) -> None:
    check(probe)


# An instruction to check the cover with one's insurer, for anyone; what the reader's insurer did
# stays billing
CHECK_WITH_INSURER = [
    ("pl", "Przed wizytą warto potwierdzić u swojego ubezpieczyciela, co obejmuje abonament."),
    ("pl", "Zakres polisy najlepiej sprawdzić w towarzystwie ubezpieczeniowym przed wizytą."),
    ("pl", "Prosimy wcześniej zapytać u ubezpieczyciela, czy badanie jest w pakiecie."),
    ("zh", "报销范围建议提前咨询您所在的保险公司。"),
    ("zh", "具体能报多少，需要先联系自己的保险公司确认。"),
]
INSURER_OF_THE_READER = [
    ("pl", "Sprawdziliśmy u Pani ubezpieczyciela: pakiet nie pokrywa tej wizyty."),
    ("pl", "Pana ubezpieczyciel odmówił zwrotu za ostatnią wizytę."),
    ("zh", "您的保险公司已经拒绝了这次治疗的理赔。"),
]


@pytest.mark.parametrize("probe", probes(CHECK_WITH_INSURER, "language good"))
def test_checking_the_cover_with_ones_insurer_is_advice_for_anyone(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize("probe", probes(INSURER_OF_THE_READER, "language bad", rule="billing"))
def test_what_the_readers_insurer_did_stays_billing(probe: Probe) -> None:
    check(probe)


# A member of staff named in full, their role after a copula ([guard] staff_away_after with
# {roles}); a patient named in full stays a full name
STAFF_BY_THEIR_ROLE = [
    ("pl", "Joanna Wilk jest u nas główną higienistką od otwarcia gabinetu."),
    ("pl", "Bartosz Lis był naszym jedynym ortodontą przez dziesięć lat."),
    ("pl", "Ewelina Grabowska jest doświadczoną pielęgniarką i chętnie pomoże."),
    ("en", "Priya Desai has been our lead hygienist since the surgery opened."),
    ("en", "Callum Reid is our newest pharmacist and works Tuesdays to Fridays."),
    ("en", "Megan Foley was our only midwife for a decade."),
]
PATIENTS_NAMED_IN_FULL = [
    ("pl", "Joanna Wilk jest naszą pacjentką od otwarcia gabinetu."),
    ("pl", "Bartosz Lis był u nas na leczeniu kanałowym."),
    ("en", "Priya Desai has been our patient since the surgery opened."),
    ("en", "Mark Hollins came in for a filling last week."),
]


@pytest.mark.parametrize("probe", probes(STAFF_BY_THEIR_ROLE, "language good"))
def test_a_member_of_staff_named_with_their_role_is_no_patients_full_name(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize("probe", probes(PATIENTS_NAMED_IN_FULL, "language bad", rule="full_name"))
def test_a_patient_named_in_full_stays_a_full_name(probe: Probe) -> None:
    check(probe)


# The practice closed or not working on a day for a reason of its own ([guard] date_owner), a day
# a clinician starts taking bookings; the reader's visit on a day stays a date
PRACTICE_CLOSED_FOR_A_REASON = [
    ("pl", "W środę 4 czerwca gabinet był nieczynny z powodu szkolenia całego zespołu."),
    ("pl", "Rejestracja była zamknięta 2 maja ze względu na awarię systemu."),
    ("pl", "10 stycznia laboratorium nie działało z przyczyn technicznych."),
    ("uk", "У середу 4 червня кабінет був зачинений через навчання всієї команди."),
    ("uk", "Реєстратура не працювала 2 травня у зв'язку з переїздом на нову систему."),
    ("en", "On Wednesday 4 June the practice was closed for staff training."),
    ("en", "The branch was shut due to flooding on 2 May."),
    ("en", "Our new audiologist is taking appointments from 9 September."),
]
VISITS_ON_A_DAY = [
    ("pl", "Gabinet był nieczynny z powodu szkolenia, więc Pani wizytę 4 czerwca przełożyliśmy."),
    ("uk", "Кабінет був зачинений через навчання, тому ваш прийом 4 червня перенесли."),
    ("en", "The practice was closed for training, so your appointment on 4 June was moved."),
    ("en", "We were glad to see you on Wednesday 4 June."),
]


@pytest.mark.parametrize("probe", probes(PRACTICE_CLOSED_FOR_A_REASON, "language good"))
def test_the_practices_own_closure_or_booking_day_is_no_visit(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize("probe", probes(VISITS_ON_A_DAY, "language bad", rule="date"))
def test_the_readers_visit_on_a_day_stays_a_date(probe: Probe) -> None:
    check(probe)


# Owing as thanks, said in English ("you owe us anything"), and a burden in Polish
# ("obciążenie" of a family or of the mind): no bill; an amount they owe, a card charged stays
# billing
NO_BILL_IN_OTHER_SENSES = [
    ("en", "Honestly, don't feel you owe us anything for taking the time to write."),
    ("en", "We never want anyone to think they owe the practice anything for a kind word."),
    ("pl", "Dojazdy na rehabilitację to spore obciążenie dla opiekunów, rozumiemy to."),
    ("pl", "Praca na dyżurach to duże obciążenie psychiczne dla każdego lekarza."),
]
BILLS_OF_THE_READER = [
    ("en", "Just a reminder that you owe us £25 for the missed appointment."),
    ("pl", "Obciążenie Pana karty za wizytę wyniosło 180 zł."),
    ("pl", "Kartę Pani obciążyliśmy za ostatnią wizytę."),
]


@pytest.mark.parametrize("probe", probes(NO_BILL_IN_OTHER_SENSES, "language good"))
def test_owing_thanks_and_a_burden_are_no_bill(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize("probe", probes(BILLS_OF_THE_READER, "language bad", rule="billing"))
def test_what_the_reader_owes_or_was_charged_stays_billing(probe: Probe) -> None:
    check(probe)
