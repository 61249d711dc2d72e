"""Session 44 (asp44neg, issue 19, probe59): the complaint inside a long, mostly happy review,
said politely: as the help a missing thing would have been ("A price list would make a big
difference", "Прайс дуже допоміг би", "Cennik bardzo by pomógł"), as a wish with "only" or before
the verb wished for ("Хотілося б тільки, щоб ...", "Було б добре повідомляти ..."), as a
preference or the one request ("Wolałabym, żeby ...", "Mam jedną prośbę: ..."), eyes never
raised, information missed. Each is blame (aspects.WISH), not praise, and a wish is a complaint
its writer sets apart: a long review that praises much and wishes for one thing is mixed
(AspectReading.reserved). The sentences are new, not probe59's rows nor the tuning rows.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

# (language, text, the aspect the wish blames): the help a missing thing would have been
HELP_WOULD_HAVE_BEEN = [
    (
        "en",
        "Dr Amin was great. A sign on the door about the fees would make a big difference.",
        "price",
    ),
    (
        "en",
        "The nurse was kind. A text about the delay would have made the wait so much easier.",
        "waiting",
    ),
    ("uk", "Лікарка чудова. Табличка з цінами біля входу дуже допомогла б.", "price"),
    ("uk", "Медсестра уважна. Одна смс про затримку значно полегшила б очікування.", "waiting"),
    ("pl", "Pani doktor świetna. Tabliczka z cenami przy wejściu bardzo by pomogła.", "price"),
    ("pl", "Pielęgniarka miła. SMS o opóźnieniu znacznie ułatwiłby czekanie.", "waiting"),
    ("ru", "Врач прекрасный. Табличка с ценами у входа очень бы помогла.", "price"),
    ("ru", "Медсестра внимательная. Одна смс о задержке сильно облегчила бы ожидание.", "waiting"),
]


@pytest.mark.parametrize(("lang", "text", "aspect"), HELP_WOULD_HAVE_BEEN)
def test_the_help_a_missing_thing_would_have_been_blames_it(
    lang: str, text: str, aspect: str
) -> None:
    found = read(text, lang)
    assert (aspect, "negative") in found
    assert (aspect, "positive") not in found
    assert verdict(text, lang) == "mixed"


# (language, text, the aspect): a wish told with "only", before the verb wished for, as a
# preference or as the one request
POLITE_WISHES = [
    ("uk", "Лікар уважний. Хотілося б лише, щоб реєстратура була привітнішою.", "reception"),
    (
        "uk",
        "Терапевтка чудова. Було б добре попереджати пацієнтів про перенесення запису.",
        "scheduling",
    ),
    ("uk", "Лікарка хороша. Єдине побажання: реєстратура могла б брати слухавку.", "reception"),
    ("ru", "Врач внимательный. Хотелось бы лишь, чтобы регистратура была вежливее.", "reception"),
    (
        "ru",
        "Терапевт чудесный. Было бы хорошо предупреждать пациентов о переносе записи.",
        "scheduling",
    ),
    (
        "pl",
        "Lekarz dokładny. Dobrze by było uprzedzać pacjentów o przełożeniu wizyty.",
        "scheduling",
    ),
    (
        "pl",
        "Pani doktor cudowna. Mam drobną prośbę: rejestracja mogłaby odbierać telefon.",
        "reception",
    ),
    (
        "en",
        "Dr Lowe is lovely. My one suggestion: the receptionists could answer the phone.",
        "reception",
    ),
]


@pytest.mark.parametrize(("lang", "text", "aspect"), POLITE_WISHES)
def test_a_polite_wish_blames_what_it_names(lang: str, text: str, aspect: str) -> None:
    found = read(text, lang)
    assert (aspect, "negative") in found
    assert (aspect, "positive") not in found


# not wishes: a help that came, a wish for more of the same
NOT_WISHES = [
    ("en", "Dr Khan said the new inhaler would help, and it has. Brilliant doctor."),
    ("uk", "Лікар дуже допоміг, дякую. Хотілося б, щоб таких лікарів було більше."),
    ("pl", "Pani doktor bardzo mi pomogła. Szukałam lekarza, który by mi pomógł, i znalazłam."),
    ("ru", "Врач очень помог, спасибо. Хотелось бы, чтобы таких врачей было больше."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_WISHES)
def test_help_that_came_and_more_of_the_same_stay_praise(lang: str, text: str) -> None:
    assert not {p for _, p in read(text, lang)} & {"negative"}
    assert verdict(text, lang) == "positive"


# (language, text, the aspect blamed): eyes never raised, explanations never given, information
# missed
MANNER_AND_INFORMATION = [
    ("uk", "Лікар чудовий. Адміністраторка навіть не підняла очей, коли ми зайшли.", "reception"),
    ("en", "The GP was great. The man on the desk never once looked up at us.", "reception"),
    ("uk", "Медсестра чудова. Аналізи перенесли без жодних пояснень.", "communication"),
    ("uk", "Лікарка уважна. Дещо забракло пояснень щодо лікування.", "communication"),
    ("pl", "Lekarz uprzejmy. Trochę zabrakło wyjaśnień co do leczenia.", "communication"),
]


@pytest.mark.parametrize(("lang", "text", "aspect"), MANNER_AND_INFORMATION)
def test_eyes_not_raised_and_information_missed_blame(lang: str, text: str, aspect: str) -> None:
    found = read(text, lang)
    assert (aspect, "negative") in found
    assert (aspect, "positive") not in found


# long reviews (over 600 characters, their words leaning far to praise) whose one complaint is
# a wish: mixed, the wish set apart by its writer
LONG_WITH_ONE_WISH = [
    (
        "uk",
        "Ходжу до цієї амбулаторії вже четвертий рік і щиро її рекомендую. Сімейна лікарка"
        " Галина Петрівна чудова, уважна й терпляча, завжди докладно пояснює кожне призначення"
        " і ніколи не поспішає. Медсестри привітні та вправні, кров беруть так, що й не"
        " відчуваєш. У кабінетах чисто, світло, є де посидіти, є навіть куточок для дітей."
        " Минулої зими чоловік сильно захворів, і завдяки лікарці за тиждень він уже був на"
        " ногах. Реєстратура теж працює злагоджено, записатися можна і телефоном, і онлайн."
        " Дуже вдячні всім. Одне побажання: повідомляйте, будь ласка, коли лікар"
        " затримується, бо ми з малою дитиною годину просиділи в коридорі.",
    ),
    (
        "en",
        "We have been registered here for four years and I recommend it to everyone. Dr"
        " Greene is wonderful, patient and calm, and she always explains every prescription"
        " properly without ever rushing us. The nurses are friendly and skilled, and you barely"
        " feel the needle when they take blood. The rooms are clean and bright, there is plenty"
        " of seating and even a little play corner for children. Last winter my husband was"
        " very poorly and thanks to Dr Greene he was back on his feet within a week. We are so"
        " grateful to everyone. It would have been nice if someone had told us the doctor was"
        " running late, though, as we sat in the corridor for an hour with our toddler.",
    ),
    (
        "pl",
        "Chodzę do tej przychodni od czterech lat i szczerze ją polecam. Pani doktor Majewska"
        " jest wspaniała, cierpliwa i spokojna, zawsze dokładnie tłumaczy każde zalecenie i"
        " nigdy się nie spieszy. Pielęgniarki są miłe i sprawne, krew pobierają tak, że nawet"
        " się tego nie czuje. W gabinetach jest czysto i jasno, jest gdzie usiąść, jest nawet"
        " kącik dla dzieci. Zeszłej zimy mąż bardzo się rozchorował i dzięki pani doktor po"
        " tygodniu był już na nogach. Jesteśmy wszystkim bardzo wdzięczni. Dobrze by było"
        " informować pacjentów, kiedy lekarz się spóźnia, bo z małym dzieckiem przesiedzieliśmy"
        " godzinę na korytarzu.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), LONG_WITH_ONE_WISH)
def test_a_long_happy_review_with_one_wish_is_mixed(lang: str, text: str) -> None:
    assert len(text) > 600
    found = read(text, lang)
    assert any(p == "negative" for _, p in found)
    assert verdict(text, lang) == "mixed"


# (language, text): the doctor who found what other doctors had missed is praised, the other
# doctors' miss is theirs (aspects.ELSEWHERE), whichever comes first, the verb or the doctors
FOUND_WHAT_OTHERS_MISSED = [
    ("en", "Dr Patel spotted the infection after three other GPs had missed it."),
    ("en", "Dr Lin picked up the fracture, which two other doctors had missed."),
    ("uk", "Терапевтка виявила причину, яку пропустили троє інших лікарів."),
    ("uk", "Лікар знайшов проблему, яку попередні лікарі не помітили."),
    ("pl", "Pani doktor wykryła przyczynę, którą przeoczyło trzech innych lekarzy."),
    ("pl", "Lekarz znalazł problem, którego poprzedni lekarze nie zauważyli."),
    ("ru", "Терапевт выявила причину, которую пропустили три других врача."),
    ("ru", "Врач нашёл проблему, которую предыдущие врачи не заметили."),
]


@pytest.mark.parametrize(("lang", "text"), FOUND_WHAT_OTHERS_MISSED)
def test_found_what_other_doctors_missed_praises_the_doctor(lang: str, text: str) -> None:
    found = read(text, lang)
    assert ("doctor", "positive") in found
    assert ("doctor", "negative") not in found
    assert verdict(text, lang) == "positive"


def test_wishing_other_doctors_were_like_her_is_still_praise() -> None:
    text = "Dr Reid is wonderful. I wish other doctors were like her."
    assert ("doctor", "negative") not in read(text, "en")
    assert verdict(text, "en") == "positive"


# (language, text): praise, then a sentence opened by the patient's disappointment: mixed
DISAPPOINTMENT_SET_APART = [
    ("uk", "Лікарка уважна, все пояснила. Дещо розчарувало те, що аналізи двічі губили."),
    ("pl", "Lekarka uważna, wszystko wyjaśniła. Trochę rozczarowało mnie, że wizytę przesunięto."),
    ("ru", "Врач внимательная, всё объяснила. Немного огорчило, что запись дважды переносили."),
    ("en", "The GP was thorough and kind. My operation was cancelled twice, though."),
]


@pytest.mark.parametrize(("lang", "text"), DISAPPOINTMENT_SET_APART)
def test_a_disappointment_set_apart_after_praise_is_mixed(lang: str, text: str) -> None:
    assert any(p == "negative" for _, p in read(text, lang))
    assert verdict(text, lang) == "mixed"
