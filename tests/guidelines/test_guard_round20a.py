"""Round 20a (en, ru, uk, pl): whose full name and whose date a reply tells. A member of staff
named with their news, the reply's signer, an organisation's chair, a lecture's or an invoice's
date are nobody's care; the same replies with a patient's name or visit in them are still
blocked. Each good reply was flagged before."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken
from tests.guidelines.probe_cases import Probe, check, probes

# (language, review, reviewer, good reply, a bad look-alike, the rule the bad one breaks)
PAIRS = [
    # the reply's signer: a name on a line of the closing block, after the last sentence
    (
        "en",
        "The new waiting room is lovely.",
        "Beth",
        "Thank you, Beth, we're glad you like it.\n\nBest wishes,\nHelen Garside\nOffice Manager",
        "Thank you, Beth, and thank your son Rory Platt for his drawing.\n\nBest wishes,\n"
        "Helen Garside\nOffice Manager",
        "full_name",
    ),
    (
        "pl",
        "Bardzo sprawna rejestracja.",
        "Iga",
        "Dziękujemy za miłe słowa, przekażemy je koleżankom.\n\nPozdrawiamy serdecznie\n"
        "Dorota Wilk\nkierowniczka rejestracji",
        "Dziękujemy, Pani Igo Bednarek, przekażemy to koleżankom.\n\nPozdrawiamy serdecznie\n"
        "Dorota Wilk\nkierowniczka rejestracji",
        "full_name",
    ),
    (
        "ru",
        "Очень чисто и уютно.",
        "Вика",
        "Спасибо, Вика, нам очень приятно.\n\nС наилучшими пожеланиями,\nЕкатерина Лаврова\n"
        "старший администратор",
        "Спасибо, Вика Денисова, нам очень приятно.\n\nС наилучшими пожеланиями,\n"
        "Екатерина Лаврова\nстарший администратор",
        "full_name",
    ),
    # a member of staff's news after their name, a date or "will be" between
    (
        "en",
        "Dr Ahmed is wonderful with kids.",
        "Zoe",
        "Thank you, Zoe! Leah Morgan from our admin team will post the new clinic times next week.",
        "Thank you, Zoe! Leah Morgan from your class at school will be seen next week.",
        "full_name",
    ),
    (
        "en",
        "Nurse Lucy is a star.",
        "Ian",
        "Thank you, Ian! Lucy Fenwick will be on maternity leave from 4 May, and we'll miss her.",
        "Thank you, Ian! Lucy Fenwick will see you again for your dressing on 4 May.",
        "date",
    ),
    (
        "ru",
        "Медсёстры у вас чудесные.",
        "Игорь",
        "Спасибо, Игорь! Ольга Смирнова со 2 июля уходит в очередной отпуск, мы передадим ей "
        "ваши слова.",
        "Спасибо, Игорь! Ольга Смирнова со 2 июля ведёт вашу перевязку сама.",
        "date",
    ),
    (
        "uk",
        "Медсестри у вас чудові.",
        "Ігор",
        "Дякуємо, Ігорю! Ольга Смирненко з 2 липня йде у щорічну відпустку, ми передамо їй "
        "ваші слова.",
        "Дякуємо, Ігорю! Ольга Смирненко з 2 липня сама робитиме вашу перев'язку.",
        "date",
    ),
    (
        "pl",
        "Pani Ola z rejestracji jest cudowna.",
        "Iwona",
        "Dziękujemy! Aleksandra Pawlak od 2 lipca przechodzi na emeryturę, przekażemy jej Pani "
        "słowa.",
        "Dziękujemy! Aleksandra Pawlak 2 lipca zapisała Panią na kolejną wizytę.",
        "date",
    ),
    # who sees patients, the verb before the name
    (
        "ru",
        "Терапевт в отпуске, а записаться не к кому.",
        "Лиля",
        "Лиля, пока терапевт в отпуске, приём взрослых ведёт Олег Викторович Зайцев.",
        "Лиля, пока терапевт в отпуске, у нас лечится ваш сосед Олег Викторович Зайцев.",
        "full_name",
    ),
    (
        "pl",
        "Internista na urlopie, nie ma do kogo się zapisać.",
        "Lidia",
        "Pani Lidio, dziękujemy za sygnał. Do końca sierpnia dorosłych przyjmuje Tomasz Kowalczyk.",
        "Pani Lidio, dziękujemy za sygnał. Do końca sierpnia leczy się u nas Pani sąsiad Tomasz "
        "Kowalczyk.",
        "full_name",
    ),
    # an organisation's chair who invited the practice
    (
        "ru",
        "Спасибо за беседу о давлении в нашем клубе!",
        "Клуб «Активное долголетие»",
        "Спасибо за приглашение! Передайте благодарность председателю клуба Галине Петровне "
        "Самойловой.",
        "Спасибо за приглашение! Передайте Галине Петровне Самойловой, что её давление в норме.",
        "full_name",
    ),
    (
        "pl",
        "Dziękujemy za pogadankę o ciśnieniu w naszym klubie!",
        "Klub Seniora Pogodna Jesień",
        "Dziękujemy za zaproszenie! Pozdrawiamy przewodniczącą klubu, Panią Grażynę Sikorę.",
        "Dziękujemy za zaproszenie! Pani Grażynie Sikorze przypominamy o kontroli ciśnienia.",
        "full_name",
    ),
    # a member of staff named with her title, her department after the name
    (
        "pl",
        "Faktura za sprzęt wciąż nieopłacona.",
        "Medtech sp. z o.o.",
        "Przepraszamy za zwłokę. W sprawie faktury prosimy o kontakt z Panem Jackiem Wróblem z "
        "księgowości.",
        "Przepraszamy za zwłokę. W sprawie faktury prosimy o kontakt z Panem Jackiem Wróblem, "
        "naszym pacjentem.",
        "full_name",
    ),
    # a role with its service or school after it, before the name (round 20a2)
    (
        "ru",
        "Грубят по телефону!",
        "Денис",
        "Денис, простите. С вами свяжется руководитель отдела качества Марина Лесная.",
        "Денис, простите. С вами и вашей женой Мариной Лесной свяжется наш администратор.",
        "full_name",
    ),
    (
        "uk",
        "Грубіянять телефоном!",
        "Денис",
        "Денисе, вибачте. З вами зв'яжеться керівниця відділу якості Марина Лісова.",
        "Денисе, вибачте. З вами і вашою дружиною Мариною Лісовою зв'яжеться адміністраторка.",
        "full_name",
    ),
    (
        "en",
        "Thanks for the hand-washing talk!",
        "Elm Park School",
        "It was our pleasure! Please thank your principal, Mr Dominic Wray, for having us.",
        "It was our pleasure! Please tell Mr Dominic Wray his test results are back.",
        "full_name",
    ),
]


@pytest.mark.parametrize("probe", probes(PAIRS, "language review reviewer good bad rule"))
def test_round20a_staff_signer_and_public_name_pass_and_their_leaking_twin_is_blocked(
    probe: Probe,
) -> None:
    check(probe)


# (language, review, reviewer, good reply, bad look-alike): dates that are the practice's own
DATES = [
    (
        "ru",
        "Спасибо за лекцию для наших пенсионеров!",
        "Совет ветеранов района",
        "Спасибо за приглашение! Семинар 14 ноября проведёт наш невролог.",
        "Спасибо за приглашение! Ваш приём 14 ноября проведёт наш невролог.",
    ),
    (
        "uk",
        "Дякуємо за лекцію для наших пенсіонерів!",
        "Рада ветеранів району",
        "Дякуємо за запрошення! Семінар 14 листопада проведе наш невролог.",
        "Дякуємо за запрошення! Ваш прийом 14 листопада проведе наш невролог.",
    ),
    (
        "pl",
        "Czekamy na zapłatę od miesiąca.",
        "Hurtownia Medyk",
        "Przepraszamy. Płatność została zlecona 3 grudnia i powinna już dotrzeć.",
        "Przepraszamy. Pani wizyta została przesunięta na 3 grudnia.",
    ),
    (
        "pl",
        "Dziękujemy za pogadankę w przedszkolu!",
        "Przedszkole nr 4",
        "To my dziękujemy! Podziękowania dla dyrektorki przedszkola, Pani Ewy Kos, za "
        "zaproszenie 12 marca.",
        "To my dziękujemy! Pani Ewie Kos przypominamy o wizycie kontrolnej 12 marca.",
    ),
    (
        "uk",
        "Медсестра Ніна — золото.",
        "Оксана",
        "Дякуємо, Оксано! Ніна Петрівна 30 червня йде на заслужений відпочинок.",
        "Дякуємо, Оксано! Ніна Петрівна 30 червня зробить вам щеплення.",
    ),
]


@pytest.mark.parametrize("probe", probes(DATES, "language review reviewer good bad", rule="date"))
def test_round20a_the_practices_own_date_passes_and_a_visit_date_is_blocked(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize(
    "reply",
    [
        # short lines only: no body, so no closing block; the name greets a patient
        "Dear Oliver Pike,\nthank you\nThe Elm Road team",
        # a list of short lines is a timetable, not a signature
        "Our hours this week.\n\nMonday 8-6\nTuesday 8-6\nWednesday 8-1\nThursday 8-6\nFriday 8-6\n"
        "Saturday closed\nSunday closed\nOliver Pike\nlunch 1-2",
    ],
)
def test_a_name_on_short_lines_is_a_full_name_unless_they_close_a_reply_as_its_signature(
    reply: str,
) -> None:
    assert "full_name" in rules_broken(reply, "en", "Good surgery.", "Dan")
