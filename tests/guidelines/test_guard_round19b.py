"""Round 19b (ru, uk, pl): the blind sets' kinds of leaks let through and of good replies
flagged, as look-alike pairs: each bad reply is blocked and its good twin passes."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken
from tests.guidelines.probe_cases import Probe, check, probes

# (language, review, reviewer, bad reply, the rule it breaks, good look-alike)
PAIRS = [
    # the practice looks after them or their family: a care relationship
    (
        "ru",
        "Нормально, без претензий.",
        "Павел",
        "Павел, спасибо! Приятно, что за всё время, что наша семейная клиника ведёт вашу "
        "семью, у вас не возникало претензий.",
        "confirms_patient",
        "Павел, спасибо! Наша семейная клиника ведёт приём взрослых и детей, и претензии "
        "любого пациента мы разбираем за три рабочих дня.",
    ),
    (
        "uk",
        "Нормально, без претензій.",
        "Петро",
        "Петре, дякуємо! Приємно, що за весь час, відколи наша сімейна клініка веде вашу "
        "родину, у вас не було претензій.",
        "confirms_patient",
        "Петре, дякуємо! Наша сімейна клініка веде прийом дорослих і дітей, а претензії "
        "будь-якого пацієнта ми розглядаємо за три робочі дні.",
    ),
    (
        "pl",
        "W porządku, bez zastrzeżeń.",
        "Piotr",
        "Panie Piotrze, dziękujemy! Miło, że przez cały czas, odkąd nasza przychodnia rodzinna "
        "opiekuje się Pana rodziną, nie miał Pan zastrzeżeń.",
        "confirms_patient",
        "Panie Piotrze, dziękujemy! Nasza przychodnia rodzinna opiekuje się dorosłymi i "
        "dziećmi, a każde zastrzeżenie rozpatrujemy w trzy dni robocze.",
    ),
    # their next visit due, counted from the last one: a reminder to a patient (Polish
    # already read "od ostatniej wizyty" and "pora na kolejny przegląd")
    (
        "ru",
        "Парковка неудобная.",
        "Виктор",
        "Виктор, с января у нас шесть новых мест во дворе. И напоминаем: полгода с последнего "
        "визита уже прошли, пора снова к нам.",
        "confirms_patient",
        "Виктор, с января у нас шесть новых мест во дворе. Стоматологи советуют приходить на "
        "осмотр раз в полгода.",
    ),
    (
        "uk",
        "Паркування незручне.",
        "Богдан",
        "Богдане, з січня в нас шість нових місць у дворі. І нагадуємо: пів року від "
        "останнього візиту вже минуло, час знову до нас.",
        "confirms_patient",
        "Богдане, з січня в нас шість нових місць у дворі. Стоматологи радять приходити на "
        "огляд раз на пів року.",
    ),
    # a course of theirs told by its season
    (
        "ru",
        "Спасибо всей клинике!",
        "Вера",
        "Вера, спасибо! Весеннее лечение далось непросто. Вся команда передаёт привет.",
        "confirms_patient",
        "Вера, спасибо! Весенний курс лечебной физкультуры для детей стартует 1 марта.",
    ),
    (
        "pl",
        "Dziękuję całej przychodni!",
        "Wiera",
        "Pani Wiero, dziękujemy! Wiosenne leczenie nie było łatwe. Cały zespół pozdrawia.",
        "confirms_patient",
        "Pani Wiero, dziękujemy! Wiosenne leczenie alergii dla wszystkich chętnych ruszy w marcu.",
    ),
    # a day counted back from today, in a clause with a general phrase ("у другого врача")
    (
        "ru",
        "Администратор перепутала время.",
        "Светлана",
        "Светлана, извините за путаницу. В позапрошлую среду, к половине одиннадцатого, запись "
        "по ошибке оказалась у другого врача. Такое больше не повторится.",
        "date",
        "Светлана, извините за путаницу. Запись по ошибке оказалась у другого врача; мы "
        "изменили порядок подтверждения, и такое больше не повторится.",
    ),
    (
        "uk",
        "Адміністраторка переплутала час.",
        "Світлана",
        "Світлано, вибачте за плутанину. Позаминулої середи, на пів на одинадцяту, запис "
        "помилково потрапив до іншого лікаря. Таке більше не повториться.",
        "date",
        "Світлано, вибачте за плутанину. Запис помилково потрапив до іншого лікаря; ми змінили "
        "порядок підтвердження, і таке більше не повториться.",
    ),
    # round 19b2: their patient card handled with their request: news of them
    (
        "ru",
        "Хамство в регистратуре.",
        "Инна",
        "Инна, спасибо, что написали. Ваше обращение вместе с карточкой пациента мы передали "
        "заместителю главного врача, ответ придёт в течение трёх дней.",
        "new_information",
        "Инна, спасибо, что написали. Ваше обращение мы передали заместителю главного врача, "
        "ответ придёт в течение трёх дней.",
    ),
    (
        "uk",
        "Хамство в реєстратурі.",
        "Інна",
        "Інно, дякуємо, що написали. Ваше звернення разом із карткою пацієнта ми передали "
        "заступнику головного лікаря, відповідь надійде протягом трьох днів.",
        "new_information",
        "Інно, дякуємо, що написали. Ваше звернення ми передали заступнику головного лікаря, "
        "відповідь надійде протягом трьох днів.",
    ),
    (
        "pl",
        "Niegrzeczna rejestratorka.",
        "Iwona",
        "Pani Iwono, dziękujemy za wiadomość. Pani zgłoszenie razem z kartą pacjenta "
        "przekazaliśmy zastępcy dyrektora medycznego, odpowiedź przyjdzie w ciągu trzech dni.",
        "new_information",
        "Pani Iwono, dziękujemy za wiadomość. Pani zgłoszenie przekazaliśmy zastępcy dyrektora "
        "medycznego, odpowiedź przyjdzie w ciągu trzech dni.",
    ),
]


@pytest.mark.parametrize("probe", probes(PAIRS, "language review reviewer bad rule good"))
def test_round19b_leak_is_blocked_and_its_look_alike_passes(probe: Probe) -> None:
    check(probe)


# (language, review, reviewer, good reply, a bad look-alike): the false alarms
GOOD_FIRST = [
    # a greeting with a polite title before the name only greets: the review's own words, said
    # of no one
    (
        "pl",
        "Czy szczepionka na grypę może wywołać grypę?",
        "Irmina",
        "Pani Irmino, szczepionka przeciw grypie zawiera inaktywowany wirus i nie może wywołać "
        "grypy. Lekkie osłabienie w pierwszej dobie zdarza się i mija samo.",
        "Pani Irmino, po szczepieniu przeciw grypie, które dostała Pani u nas w piątek, lekkie "
        "osłabienie zdarza się i mija samo.",
    ),
    # "zwykła" is an adjective, no past tense telling of someone's case
    (
        "pl",
        "Czy e-recepta działa w każdej aptece?",
        "Kinga",
        "Pani Kingo, e-receptę zrealizuje każda apteka w Polsce; zwykła recepta jest ważna 30 "
        "dni, na antybiotyk — 7 dni.",
        "Pani Kingo, Pani recepta na antybiotyk była ważna tylko 7 dni, dlatego apteka jej "
        "nie przyjęła.",
    ),
    # the time the review gave, in other forms
    (
        "ru",
        "В субботу в 9 утра никто не брал трубку.",
        "Софья",
        "Софья, простите: в субботу утром с 9:00 звонки теперь принимает второй администратор, "
        "а в 9 утра линия больше не перегружена.",
        "Софья, простите: в пятницу вечером вы звонили нам трижды, и никто не ответил.",
    ),
    # the deputy named after a dash is the practice's own
    (
        "ru",
        "Кто у вас главный?",
        "Евгений",
        "Евгений, главный врач клиники — Сергей Павлович Воронцов, заместитель — Ирина Олеговна "
        "Белова. Обращения можно оставить у администратора.",
        "Евгений, ваша соседка по палате — Ирина Олеговна Белова — передаёт вам привет.",
    ),
    (
        "uk",
        "Хто у вас головний?",
        "Євген",
        "Євгене, головний лікар клініки — Сергій Павлович Воронцов, заступниця — Ірина "
        "Олегівна Бєлова. Звернення можна залишити в адміністратора.",
        "Євгене, ваша сусідка по палаті — Ірина Олегівна Бєлова — передає вам вітання.",
    ),
    # a prescription that should have been ready: the review's complaint, no fact of theirs
    (
        "ru",
        "Рецепт так и не был готов, пришлось ехать второй раз.",
        "Карина",
        "Карина, простите за лишнюю дорогу. Рецепт должен был быть готов в срок — мы "
        "разобрались, почему этого не случилось, и поменяли порядок передачи.",
        "Карина, простите за лишнюю дорогу. Рецепт на ваш антибиотик был готов ещё в пятницу, "
        "но его положили не в ту папку.",
    ),
    # round 19b2: an organisation's members seen again are no patients
    (
        "ru",
        "Спасибо за бесплатный скрининг для наших ребят.",
        "Ассоциация ветеранов боевых действий",
        "Спасибо ассоциации! Скрининг давления и сахара мы проводим для всех желающих каждую "
        "первую субботу месяца — будем рады снова видеть ваших участников.",
        "Спасибо! Скрининг давления и сахара мы проводим каждую первую субботу месяца — будем "
        "рады снова видеть ваших детей.",
    ),
    (
        "uk",
        "Дякуємо за безкоштовний скринінг для наших хлопців.",
        "ГО «Побратими»",
        "Дякуємо організації! Скринінг тиску й цукру ми проводимо для всіх охочих щопершої "
        "суботи місяця — будемо раді знову бачити ваших учасників.",
        "Дякуємо! Скринінг тиску й цукру ми проводимо щопершої суботи місяця — будемо раді "
        "знову бачити ваших дітей.",
    ),
    # an offer to a group of people is no reward
    (
        "ru",
        "Есть ли скидки многодетным?",
        "Рита",
        "Рита, да: многодетные семьи получают скидку 15% на все приёмы педиатра, достаточно "
        "показать удостоверение на ресепшене.",
        "Рита, да: за отзыв на картах вы получаете скидку 15% на все приёмы педиатра.",
    ),
    (
        "uk",
        "Чи є знижки багатодітним?",
        "Рита",
        "Рито, так: багатодітні родини отримують знижку 15% на всі прийоми педіатра, достатньо "
        "показати посвідчення на рецепції.",
        "Рито, так: за відгук на картах ви отримуєте знижку 15% на всі прийоми педіатра.",
    ),
    # a colleague moved to a branch from a day is the practice's own
    (
        "ru",
        "Где мой любимый лор?",
        "Платон",
        "Платон, Олег Дмитриевич Сазонов с 1 декабря перешёл в наш филиал на Лесной улице и "
        "принимает там по вторникам и четвергам.",
        "Платон, Олег Дмитриевич Сазонов с 1 декабря лечится у нас на Лесной улице.",
    ),
    (
        "uk",
        "Де мій улюблений лор?",
        "Платон",
        "Платоне, Олег Дмитрович Сазонов з 1 грудня перейшов до нашої філії на Лісовій вулиці "
        "й приймає там у вівторки та четверги.",
        "Платоне, Олег Дмитрович Сазонов з 1 грудня лікується в нас на Лісовій вулиці.",
    ),
    # a cause stated as a rule, in a reply of general information
    (
        "ru",
        "Правда, что антибиотики от простуды не помогают?",
        "Ульяна",
        "Ульяна, да: простуду вызывают вирусы, а антибиотики действуют только на бактерии. "
        "Обычно простуда проходит за 7–10 дней.",
        "Ульяна, у вас простуду вызвали вирусы, поэтому антибиотики вам и не назначили.",
    ),
    (
        "uk",
        "Правда, що антибіотики від застуди не допомагають?",
        "Уляна",
        "Уляно, так: застуду спричиняють віруси, а антибіотики діють лише на бактерії. "
        "Зазвичай застуда минає за 7–10 днів.",
        "Уляно, у вас застуду спричинили віруси, тому антибіотики вам і не призначили.",
    ),
    # who closes a sick note, as a rule
    (
        "ru",
        "Почему больничный закрыли в пятницу?",
        "Назар",
        "Назар, больничный закрывает врач по результатам осмотра.",
        "Назар, ваш больничный закрыла терапевт по результатам осмотра в пятницу.",
    ),
]


@pytest.mark.parametrize(("language", "review", "reviewer", "good", "bad"), GOOD_FIRST)
def test_round19b_good_reply_passes_and_its_leaking_twin_is_blocked(
    language: str, review: str, reviewer: str, good: str, bad: str
) -> None:
    assert rules_broken(good, language, review, reviewer) == set()
    assert rules_broken(bad, language, review, reviewer)
