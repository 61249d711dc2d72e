"""Session 41 (aspslav41, issue 19, probe55): Russian, Ukrainian and Polish families the
readings missed. Faint praise hedged by "ничего особенного" / "нічого особливого" / "nic
specjalnego" is mild praise, not a complaint (alone, the hedge still blames); time spent with the
patient told by a verb of sitting beside "со мной" / "зі мною" / "ze mną", or the clock not
looked at, praises whoever the clause names; a price that "bites" in every form is blamed; a
complaint told as a wish ("Было бы здорово, если бы ...", "Byłoby super, gdyby ...") blames what
it names, visits in the evening or at weekends the scheduling, the Polish treatment room the
nurses; no bruise after the needle credits the nurse, on-hold music blames the desk, the body
worse after a procedure (a cheek swollen, a fever for days) blames the outcome and the body back
to normal credits it, "... and hung up" blames whoever hung up; a price called humane
("вполне божеские", "цілком людські", "jak najbardziej ludzkie") or paid less than elsewhere is
praised; Polish parking that cannot be done blames the access; Ukrainian "милі", "мила" praise as
"милий" did; work done "на совесть" / "на совість" praises; getting to the doctor names the
booking; a booking cancelled in the imperfective ("скасовувала", "odwoływali") is blamed; what
the Polish desk forgets, and how the doctor "mogłaby tłumaczyć jaśniej", are complaints. The
sentences are new, not probe55's rows nor the tuning rows.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import SLAVIC_PRAISE, assert_mixed_beside, read, verdict

WAIT = {
    "ru": " Но ждать в коридоре пришлось больше часа.",
    "uk": " Але чекати під кабінетом довелося понад годину.",
    "pl": " Ale na korytarzu czekałam ponad godzinę.",
}

# (language, text): a mild praise of the doctor hedged, beside a wait blamed
FAINT = [
    ("ru", "Терапевт нормальный, ничего сверхъестественного."),
    ("ru", "Педиатр норм, ничего особенного."),
    ("uk", "Стоматолог нормальний, нічого надзвичайного."),
    ("uk", "Лікарка нормальна, нічого такого."),
    ("pl", "Okulistka ok, nic nadzwyczajnego."),
    ("pl", "Pan doktor w porządku, nic szczególnego."),
]


@pytest.mark.parametrize(("lang", "text"), FAINT)
def test_faint_praise_is_still_praise_beside_a_complaint(lang: str, text: str) -> None:
    assert_mixed_beside(text, lang, WAIT[lang], ("doctor", "positive"))


# (language, text): the hedge alone still blames the doctor (controls)
UNREMARKABLE = [
    ("ru", "Врач — ничего особенного, посмотрел и отпустил."),
    ("uk", "Лікарка — нічого особливого, глянула і відпустила."),
    ("pl", "Lekarz – nic specjalnego, obejrzał i odesłał."),
]


@pytest.mark.parametrize(("lang", "text"), UNREMARKABLE)
def test_the_hedge_alone_still_blames(lang: str, text: str) -> None:
    assert ("doctor", "negative") in read(text, lang)
    assert verdict(text, lang) == "negative"


BLAME = {
    "ru": " Но в регистратуре нахамили.",
    "uk": " Але в реєстратурі нахамили.",
    "pl": " Ale w rejestracji byli niegrzeczni.",
}

# (language, text, the person praised): time spent with the patient, beside a rude desk
TIME_SPENT = [
    ("ru", "Невролог минут тридцать со мной сидел.", "doctor"),
    ("ru", "Медсестра полчаса возилась с сыном, пока он не успокоился.", "nurse"),
    ("ru", "Окулист ни разу не взглянула на часы.", "doctor"),
    ("uk", "Невролог хвилин тридцять зі мною сидів.", "doctor"),
    ("uk", "Медсестра пів години возилася з сином, поки він не заспокоївся.", "nurse"),
    ("uk", "Окулістка жодного разу не подивилася на годинник.", "doctor"),
    ("pl", "Neurolog pół godziny siedział ze mną.", "doctor"),
    ("pl", "Pielęgniarka z godzinę siedziała z synem, aż się uspokoił.", "nurse"),
    ("pl", "Okulistka ani razu nie spojrzała na zegarek.", "doctor"),
]


@pytest.mark.parametrize(("lang", "text", "praised"), TIME_SPENT)
def test_time_spent_with_the_patient_praises_the_person(lang: str, text: str, praised: str) -> None:
    assert_mixed_beside(text, lang, BLAME[lang], (praised, "positive"))


# (language, text): a price that bites, beside the same praise of the doctor
BITES = [
    ("ru", "Цена за УЗИ кусается."),
    ("ru", "Кусачие у них цены на анализы."),
    ("uk", "Ціна на аналізи кусається."),
    ("uk", "Кусючі ціни на УЗД."),
]


@pytest.mark.parametrize(("lang", "text"), BITES)
def test_a_price_that_bites_is_blamed(lang: str, text: str) -> None:
    assert_mixed_beside(text, lang, SLAVIC_PRAISE[lang], ("price", "negative"))


# (language, text): "honestly" closing a sentence praises no price
HONESTLY = [
    ("ru", "Цены высокие, честно."),
    ("uk", "Ціни високі, чесно."),
]


@pytest.mark.parametrize(("lang", "text"), HONESTLY)
def test_honestly_closing_a_sentence_praises_no_price(lang: str, text: str) -> None:
    found = read(text + SLAVIC_PRAISE[lang], lang)
    assert ("price", "negative") in found
    assert ("price", "positive") not in found


# (language, text, the aspect blamed): a complaint told as a wish, beside the same praise
WISHES = [
    ("ru", "Было бы замечательно, если бы в регистратуре отвечали на звонки.", "reception"),
    ("ru", "Была бы благодарна, если бы появились приёмы по выходным.", "scheduling"),
    ("uk", "Було б класно, якби в реєстратурі відповідали на дзвінки.", "reception"),
    ("uk", "Була б вдячна, якби з'явився запис на вихідних.", "scheduling"),
    ("pl", "Byłoby świetnie, gdyby rejestracja oddzwaniała.", "reception"),
    ("pl", "Byłabym wdzięczna, gdyby były wizyty w soboty.", "scheduling"),
    ("pl", "Chciałbym tylko, żeby panie w zabiegowym były milsze.", "nurse"),
]


@pytest.mark.parametrize(("lang", "text", "blamed"), WISHES)
def test_a_complaint_told_as_a_wish_blames_what_it_names(lang: str, text: str, blamed: str) -> None:
    assert_mixed_beside(text, lang, SLAVIC_PRAISE[lang], (blamed, "negative"))


# (language, text, aspect, polarity): a fact of the body, the needle or the phone, read beside a
# sentence of the other side
FACTS = [
    ("ru", "Медсестра брала кровь три дня подряд, и ни одного синяка.", "nurse", "positive"),
    ("uk", "Медсестра колола уколи тиждень, і жодного синця.", "nurse", "positive"),
    (
        "pl",
        "Pielęgniarka robiła zastrzyki przez tydzień i ani jednego siniaka.",
        "nurse",
        "positive",
    ),
    ("pl", "Po leczeniu głowa już się nie kręci.", "outcome", "positive"),
    ("ru", "В трубке полчаса слушала мелодию.", "reception", "negative"),
    ("uk", "Пів години слухав музику, поки хтось відповів.", "reception", "negative"),
    ("pl", "Pół godziny słuchałem melodyjki, zanim ktoś odebrał.", "reception", "negative"),
    ("ru", "После чистки десну разнесло.", "outcome", "negative"),
    ("uk", "Після пломбування ясна розпухла.", "outcome", "negative"),
    ("pl", "Po zabiegu policzek napuchł jak bania.", "outcome", "negative"),
]


@pytest.mark.parametrize(("lang", "text", "aspect", "polarity"), FACTS)
def test_a_fact_of_the_body_the_needle_or_the_phone_judges_its_aspect(
    lang: str, text: str, aspect: str, polarity: str
) -> None:
    other = SLAVIC_PRAISE[lang] if polarity == "negative" else BLAME[lang]
    assert_mixed_beside(text, lang, other, (aspect, polarity))


# (language, text): the doctor who hung up is blamed
HUNG_UP = [
    ("uk", "Лікар буркнув «приходьте завтра» і поклав слухавку."),
    ("pl", "Lekarz rzucił, żebym przyszedł jutro, i się rozłączył."),
]


@pytest.mark.parametrize(("lang", "text"), HUNG_UP)
def test_the_doctor_who_hung_up_is_blamed(lang: str, text: str) -> None:
    assert ("doctor", "negative") in read(text, lang)
    assert verdict(text, lang) == "negative"


# (language, text, aspect, polarity): a price praised, parking blamed, kindness in another form,
# each read alone
MORE = [
    ("ru", "Цены тут вполне человеческие.", "price", "positive"),
    ("ru", "За МРТ заплатила гораздо меньше, чем в центре напротив.", "price", "positive"),
    ("uk", "Ціни дуже гуманні.", "price", "positive"),
    ("uk", "За аналізи заплатила значно менше, ніж у лабораторії поруч.", "price", "positive"),
    ("uk", "Медсестри в нас милі.", "nurse", "positive"),
    ("pl", "Ceny jak najbardziej przyzwoite.", "price", "positive"),
    ("pl", "Zaparkować w okolicy się nie da.", "access", "negative"),
]


@pytest.mark.parametrize(("lang", "text", "aspect", "polarity"), MORE)
def test_a_price_praised_or_parking_blamed_is_read(
    lang: str, text: str, aspect: str, polarity: str
) -> None:
    assert (aspect, polarity) in read(text, lang)


# (language, text, aspect, polarity): beside a sentence of the other side
OLDER = [
    ("ru", "Стоматолог сделал пломбу на совесть.", "doctor", "positive"),
    ("uk", "Стоматолог зробив пломбу на совість.", "doctor", "positive"),
    ("ru", "Попасть к нему — целая эпопея.", "scheduling", "negative"),
    ("uk", "Потрапити до нього — справжня тяганина.", "scheduling", "negative"),
    ("uk", "Клініка тричі скасовувала мені запис.", "scheduling", "negative"),
    ("pl", "Dwa razy odwoływali mi wizytę w ostatniej chwili.", "scheduling", "negative"),
    ("pl", "Mógłby mówić trochę wolniej.", "communication", "negative"),
    ("pl", "W rejestracji zapomnieli przekazać lekarzowi moje wyniki.", "reception", "negative"),
]


@pytest.mark.parametrize(("lang", "text", "aspect", "polarity"), OLDER)
def test_older_tuning_rows_families_in_new_sentences(
    lang: str, text: str, aspect: str, polarity: str
) -> None:
    other = SLAVIC_PRAISE[lang] if polarity == "negative" else BLAME[lang]
    assert_mixed_beside(text, lang, other, (aspect, polarity))
