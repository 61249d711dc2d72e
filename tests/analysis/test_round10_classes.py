"""The classes round ten (issue 19, branch asp10) fixed across languages from the tuning rows'
misses of fresh2 and fresh3, each told in new words: what a practice sees on a review's aspects
and its verdict."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG, POS = "negative", "positive"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The doctor was lovely. Sadly the knee is no better after three sessions and $600.", "en"),
        ("Врач очень милая. К сожалению, после трёх сеансов и 7000 рублей колено болит.", "ru"),
        ("Лікарка дуже приємна. На жаль, після трьох сеансів і 2400 грн коліно болить.", "uk"),
        ("Lekarka bardzo miła. Niestety po trzech wizytach i 600 zł kolano dalej boli.", "pl"),
        ("医生很和气。可惜做了三次理疗，花了九百块，膝盖还是疼。", "zh"),
    ],
)
def test_an_amount_paid_beside_a_complaint_blames_the_price(text: str, lang: str) -> None:
    assert ("price", NEG) in read(text, lang)
    assert ("doctor", POS) in read(text, lang)
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("$120 for a tube of cream and a leaflet.", "en"),
        ("4500 рублей за тюбик крема и листовку.", "ru"),
        ("1200 грн за тюбик крему і листівку.", "uk"),
        ("300 zł za tubkę kremu i ulotkę.", "pl"),
        ("十分钟聊了几句湿疹，收了600元。", "zh"),
        ("拍了个片子，检查费一千二。", "zh"),
        ("拍了个片子，一共花了八百多。", "zh"),
    ],
)
def test_an_amount_told_alone_blames_the_price(text: str, lang: str) -> None:
    assert read(text, lang) == {("price", NEG)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Check-up $80, the nurse was very kind.", "en"),
        ("Приём 2000 рублей, медсестра очень добрая.", "ru"),
        ("Прийом 700 грн, медсестра дуже добра.", "uk"),
        ("Wizyta 150 zł, pielęgniarka bardzo miła.", "pl"),
        ("体检80元，护士很温柔。", "zh"),
    ],
)
def test_a_fee_stated_in_praise_is_no_complaint(text: str, lang: str) -> None:
    assert ("price", NEG) not in read(text, lang)
    assert ("nurse", POS) in read(text, lang)
    assert verdict(text, lang) == POS


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Only $25 for the flu shot, a real bargain, and the nurse was kind.", "en"),
        ("Всего 900 рублей, очень недорого, и медсестра добрая.", "ru"),
        ("Лише 300 грн, дуже недорого, і медсестра добра.", "uk"),
        ("Tylko 80 zł, bardzo tanio, a pielęgniarka miła.", "pl"),
        ("才50元，很便宜，护士也很温柔。", "zh"),
    ],
)
def test_an_amount_praised_by_its_words_is_praise(text: str, lang: str) -> None:
    assert ("price", POS) in read(text, lang)
    assert ("price", NEG) not in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We went together at 5 and it was fine, the nurse was kind.", "en"),
        ("我们一块去的，护士很温柔。", "zh"),
    ],
)
def test_a_number_without_currency_is_no_price(text: str, lang: str) -> None:
    assert all(aspect != "price" for aspect, _ in read(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The nurses were lovely. Got a 5 minute consultation and was shown out.", "en"),
        ("Медсёстры очень приятные. Приём за 5 минут и рецепт.", "ru"),
        ("Медсестри дуже приємні. Прийом за 5 хвилин і рецепт.", "uk"),
        ("Pielęgniarki bardzo miłe. Wizyta trwała 5 minut i recepta.", "pl"),
        ("护士很温柔。医生看了不到五分钟就开药了。", "zh"),
    ],
)
def test_a_visit_told_short_by_its_minutes_blames_the_doctor(text: str, lang: str) -> None:
    assert ("doctor", NEG) in read(text, lang)
    assert ("nurse", POS) in read(text, lang)
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Thanks for the 'thorough' 4 minute exam.", "en"),
        ("Спасибо за «тщательный» осмотр за 4 минуты.", "ru"),
        ("Дякую за «ретельний» огляд за 4 хвилини.", "uk"),
        ("Dziękuję za «dokładną» wizytę – 4 minuty i do widzenia.", "pl"),
    ],
)
def test_praise_of_a_visit_told_short_is_irony(text: str, lang: str) -> None:
    assert ("doctor", NEG) in read(text, lang)
    assert ("doctor", POS) not in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Great dentist. Very expensive for a 10 minute visit.", "en"),
        ("Отличный стоматолог. Очень дорого для приёма за 10 минут.", "ru"),
        ("Appointments every 10 minutes, and the doctor was lovely.", "en"),
        ("Wizyty co 10 minut, a lekarz bardzo miły.", "pl"),
        ("Only a 5 min wait and the doctor was lovely.", "en"),
    ],
)
def test_a_short_visit_that_measures_another_complaint_or_a_schedule_spares_the_doctor(
    text: str, lang: str
) -> None:
    assert ("doctor", NEG) not in read(text, lang)
    assert ("doctor", POS) in read(text, lang)


def test_a_chinese_time_spent_is_no_amount_paid() -> None:
    assert ("price", NEG) not in read("排队花了三十分钟，护士很温柔。", "zh")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The receptionist was rude, but the pain went away after two sessions.", "en"),
        ("Администратор грубая, но боль прошла после двух сеансов.", "ru"),
        ("Реєстраторка груба, але біль пройшов після двох сеансів.", "uk"),
        ("Rejestratorka niemiła, ale ból minął po dwóch zabiegach.", "pl"),
    ],
)
def test_a_symptom_gone_is_the_treatment_working(text: str, lang: str) -> None:
    assert ("outcome", POS) in read(text, lang)
    assert ("reception", NEG) in read(text, lang)
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The doctor was kind, but the pain never went away.", "en"),
        ("Врач добрый, но боль так и не прошла.", "ru"),
        ("Лікар добрий, але біль так і не пройшов.", "uk"),
        ("Lekarz miły, ale ból nie minął.", "pl"),
    ],
)
def test_a_symptom_that_did_not_go_is_the_treatment_failing(text: str, lang: str) -> None:
    assert ("outcome", NEG) in read(text, lang)
    assert ("doctor", POS) in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Results were due in 3 days. A month has gone, nobody called.", "en"),
        ("Результаты обещали через 3 дня. Прошёл месяц, никто не позвонил.", "ru"),
        ("Результати обіцяли за 3 дні. Пройшов місяць, ніхто не подзвонив.", "uk"),
        ("Wyniki miały być po 3 dniach. Minął miesiąc, nikt nie zadzwonił.", "pl"),
    ],
)
def test_time_passing_is_no_outcome(text: str, lang: str) -> None:
    assert all(aspect != "outcome" for aspect, _ in read(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The nurse was lovely. The doctor was on his phone the whole consultation.", "en"),
        ("Медсестра очень приятная. Врач весь приём болтал по телефону.", "ru"),
        ("Медсестра дуже приємна. Лікар увесь прийом базікав по телефону.", "uk"),
        ("Pielęgniarka bardzo miła. Lekarz całą wizytę rozmawiał przez telefon.", "pl"),
        ("护士很温柔。医生全程在玩手机。", "zh"),
    ],
)
def test_a_person_on_their_phone_in_the_visit_is_blamed_not_the_front_desk(
    text: str, lang: str
) -> None:
    assert ("doctor", NEG) in read(text, lang)
    assert all(aspect != "reception" for aspect, _ in read(text, lang))
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The receptionist was rude. The doctor was great, he found what my last GP missed.", "en"),
        (
            "Администратор грубая. Врач очень внимательный, другие врачи ставили неверный диагноз.",
            "ru",
        ),
        ("Реєстраторка груба. Лікар дуже уважний, інші лікарі ставили неправильний діагноз.", "uk"),
        (
            "Rejestratorka niemiła. Lekarz bardzo uważny, inni lekarze stawiali błędną diagnozę.",
            "pl",
        ),
        ("前台态度很差。医生很好，发现了别家医院漏诊的问题。", "zh"),
    ],
)
def test_what_another_doctor_missed_does_not_blame_this_one(text: str, lang: str) -> None:
    assert ("doctor", NEG) not in read(text, lang)
    assert ("outcome", NEG) not in read(text, lang)
    assert ("doctor", POS) in read(text, lang)
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("比我之前去的那家医院好太多了，护士很温柔。", "zh"),
        ("The nurses here are far kinder than at my old clinic.", "en"),
    ],
)
def test_a_practice_compared_with_another_keeps_its_praise(text: str, lang: str) -> None:
    assert verdict(text, lang) == POS


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The parking is awful. Dr Lee cured my eczema.", "en"),
        ("The parking is awful. Dr Lee fixed my shoulder.", "en"),
        ("Парковка ужасная. Доктор вылечил мою экзему.", "ru"),
        ("Парковка жахлива. Лікар вилікував мою екзему.", "uk"),
        ("Parking fatalny. Lekarz wyleczył mi egzemę.", "pl"),
        ("停车太难了。医生治好了我的湿疹。", "zh"),
    ],
)
def test_a_doctor_who_made_the_treatment_work_is_credited_with_it(text: str, lang: str) -> None:
    assert {("doctor", POS), ("outcome", POS), ("access", NEG)} <= read(text, lang)
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The admin team sorted it all out for me.", "en"),
        ("Администратор помогла с документами для страховой.", "ru"),
        ("Адміністраторка допомогла з документами для страхової.", "uk"),
        ("Rejestratorka pomogła z dokumentami do ubezpieczenia.", "pl"),
        ("前台帮我把保险的材料都弄好了。", "zh"),
    ],
)
def test_help_from_the_front_desk_is_theirs_not_the_treatments(text: str, lang: str) -> None:
    assert read(text, lang) == {("reception", POS)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The waiting room was filthy. The stitches healed and the scar is barely visible.", "en"),
        ("В коридоре грязно. Зато шов почти не заметен.", "ru"),
        ("У коридорі брудно. Зате шов майже не помітний.", "uk"),
        ("Na korytarzu brudno. Za to blizny prawie nie widać.", "pl"),
        ("走廊很脏。不过疤几乎看不出来。", "zh"),
    ],
)
def test_a_scar_barely_seen_is_the_treatment_working(text: str, lang: str) -> None:
    assert ("outcome", POS) in read(text, lang)
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Parking was a nightmare. My back no longer hurts after the physio.", "en"),
        ("Парковка ужасная. После массажа спина не болит.", "ru"),
        ("Парковка жахлива. Після масажу спина не болить.", "uk"),
        ("Parking fatalny. Po rehabilitacji plecy nie bolą.", "pl"),
    ],
)
def test_a_pain_that_no_longer_hurts_is_the_treatment_working(text: str, lang: str) -> None:
    assert ("outcome", POS) in read(text, lang)
    assert ("access", NEG) in read(text, lang)
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The billing was a mess. Dr Green remembered my name after two years.", "en"),
        ("С оплатой бардак. Доктор помнит меня уже два года.", "ru"),
        ("З оплатою безлад. Лікарка пам'ятає мене вже два роки.", "uk"),
        ("Z płatnościami bałagan. Pani doktor pamięta mnie od dwóch lat.", "pl"),
        ("收费一团乱。医生两年了还记得我。", "zh"),
    ],
)
def test_a_doctor_who_remembers_the_patient_is_praised(text: str, lang: str) -> None:
    assert ("doctor", POS) in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Great dentist. Only gripe: booking takes a month.", "en"),
        ("Great dentist. The only downside is the parking.", "en"),
        ("Отличный врач. Единственное замечание — парковка.", "ru"),
        ("Чудовий лікар. Єдине зауваження — парковка.", "uk"),
        ("医生很好，美中不足的是停车难。", "zh"),
    ],
)
def test_a_reservation_named_as_such_blames_what_it_names(text: str, lang: str) -> None:
    assert ("doctor", POS) in read(text, lang)
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The nurses made it easy. Only gripe: the leaflet contradicted the pharmacy.", "en"),
        ("Медсёстры всё сделали легко. Единственное замечание: листовка врёт.", "ru"),
        ("Медсестри все зробили легко. Єдине зауваження: листівка суперечила аптеці.", "uk"),
        ("护士让一切都很轻松。美中不足的是说明书和药房说的不一样。", "zh"),
    ],
)
def test_a_reservation_after_praise_does_not_blame_the_praised(text: str, lang: str) -> None:
    assert ("nurse", NEG) not in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The nurses were lovely. The prep instructions were confusing.", "en"),
        ("Медсёстры очень приятные. Инструкции по подготовке были непонятные.", "ru"),
        ("Медсестри дуже приємні. Інструкції з підготовки були незрозумілі.", "uk"),
        ("Pielęgniarki bardzo miłe. Instrukcje przygotowania były niezrozumiałe.", "pl"),
    ],
)
def test_confusing_instructions_blame_the_information_given(text: str, lang: str) -> None:
    assert ("communication", NEG) in read(text, lang)
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang", "aspect"),
    [
        ("The so-called urgent slot was 3 weeks out.", "en", "scheduling"),
        ("Клиника якобы «без очереди», а просидела два часа.", "ru", "waiting"),
        ("Клініка нібито «без черги», а просиділа дві години.", "uk", "waiting"),
        ("Przychodnia obiecuje «opiekę bez kolejek», a siedziałam dwie godziny.", "pl", "waiting"),
        ("号称“不用排队”，我排了一个半小时。", "zh", "waiting"),
    ],
)
def test_praise_the_practice_claims_for_itself_is_held_against_it(
    text: str, lang: str, aspect: str
) -> None:
    assert (aspect, NEG) in read(text, lang)
    assert (aspect, POS) not in read(text, lang)


def test_a_russian_well_done_praises_the_doctor() -> None:
    assert ("doctor", POS) in read("Стоматолог молодец, но счёт очень высокий.", "ru")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "I booked online, but I wasn't in the system. The nurse just shrugged.",
            "en",
            {("scheduling", NEG), ("nurse", NEG)},
        ),
        (
            "Записалась онлайн, а меня в базе нет. Администратор пожала плечами.",
            "ru",
            {("scheduling", NEG), ("reception", NEG)},
        ),
        (
            "Записалася онлайн, а мене в базі немає. Адміністраторка знизала плечима.",
            "uk",
            {("scheduling", NEG), ("reception", NEG)},
        ),
        (
            "Zapisałam się online, a nie było mnie w systemie. Rejestratorka wzruszyła ramionami.",
            "pl",
            {("scheduling", NEG), ("reception", NEG)},
        ),
        (
            "网上约好的，到了系统里没有。前台耸耸肩。",
            "zh",
            {("scheduling", NEG), ("reception", NEG)},
        ),
    ],
)
def test_a_lost_booking_and_a_shrug_are_complaints_without_judging_words(
    text: str, lang: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= read(text, lang)
    assert verdict(text, lang) == NEG


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("После чистки десны кровили неделю, ассистентка грубила.", "ru"),
        ("Після чистки ясна кровили тиждень, асистентка грубила.", "uk"),
    ],
)
def test_a_dental_cleaning_is_no_clean_room(text: str, lang: str) -> None:
    assert all(aspect != "facilities" for aspect, _ in read(text, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The dentist was great, but the assistant was rude.", "en"),
        ("Стоматолог отличный, но ассистентка грубая.", "ru"),
        ("Стоматолог чудовий, але асистентка груба.", "uk"),
        ("Stomatolog świetny, ale asystent niemiły.", "pl"),
        ("牙医很好，但是助理态度很差。", "zh"),
    ],
)
def test_the_assistant_is_with_the_nurses(text: str, lang: str) -> None:
    assert ("nurse", NEG) in read(text, lang)
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The doctor was great. The scan centre is in the middle of nowhere.", "en"),
        ("Врач отличный. Клинику сложно найти.", "ru"),
        ("Лікар чудовий. Клініку важко знайти.", "uk"),
        ("Lekarz świetny. Przychodnię trudno znaleźć.", "pl"),
        ("医生很好。缺点是诊所在老小区里面，很难找。", "zh"),
        ("医生很好。就是停车太难了。", "zh"),
    ],
)
def test_a_place_hard_to_find_or_park_at_blames_the_access_not_the_doctor(
    text: str, lang: str
) -> None:
    assert ("access", NEG) in read(text, lang)
    assert ("doctor", POS) in read(text, lang)
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The doctor was kind. The lab tech had to stick me four times.", "en"),
        ("Врач добрый. Медсестра колола четыре раза.", "ru"),
        ("Лікар добрий. Медсестра колола чотири рази.", "uk"),
        ("Lekarz miły. Pielęgniarka kłuła mnie cztery razy.", "pl"),
        ("医生很和气。护士扎了四次都没扎进去。", "zh"),
    ],
)
def test_a_blood_test_that_took_several_tries_blames_the_nurse(text: str, lang: str) -> None:
    assert ("nurse", NEG) in read(text, lang)
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Everything is brand new. The doctor was rude.", "en"),
        ("Ремонт новенький, всё блестит. Но врач грубый.", "ru"),
        ("Ремонт новенький, все блищить. Але лікар грубий.", "uk"),
        ("Gabinety nowiutkie, wszystko lśni. Ale lekarz niemiły.", "pl"),
        ("装修确实高大上，设备挺新的。但是医生态度很差。", "zh"),
    ],
)
def test_premises_praised_by_how_new_they_look(text: str, lang: str) -> None:
    assert ("facilities", POS) in read(text, lang)
    assert ("doctor", NEG) in read(text, lang)
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    "text",
    [
        "The doctor was on his phone half the appointment.",
        "The receptionist was so rude I nearly cancelled.",
    ],
)
def test_the_appointment_as_the_visit_is_no_booking(text: str) -> None:
    assert all(aspect != "scheduling" for aspect, _ in read(text, "en"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Not what I'd call thorough.", "en"),
        ("I wouldn't call the doctor thorough.", "en"),
        ("Не скажу, что врач был внимательным.", "ru"),
        ("Не скажу, що лікар був уважним.", "uk"),
        ("Nie powiem, żeby lekarz był dokładny.", "pl"),
    ],
)
def test_praise_denied_at_a_distance_blames(text: str, lang: str) -> None:
    assert read(text, lang) == {("doctor", NEG)}
    assert verdict(text, lang) == NEG
