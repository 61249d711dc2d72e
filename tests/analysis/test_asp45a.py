"""Session 45 (asp45a, issue 19, probe61): LONG story reviews (150-400 words) of a course of
care, told in order, with the verdict on each thing said in passing and often by a fact.

- A story that praises two aspects or more and blames two others or more, each firmly, gives
  both sides however its words lean, past a platform review's length too, up to
  aspects._SPREAD_WORDS words (AspectReading.spread, one rule with asp45b's SPREAD: each side's
  aspects in as many sentences); one stray complaint in a happy story does not.
- Two times in one clause joined as a story's steps ("the appointment was at 9:15 and we were
  seen at 11:50") tell a wait like two times in clauses of their own (aspects._joined_times);
  a span ("from 9:00 to 17:00") and the end of a visit ("and out by 9:30") do not.
- The desk that goes on with its own business while the patient stands there ("kept typing
  while I stood there", "щось друкувала, поки я стояла") blames it; "a good few minutes" is a
  length, not praise; "очей не підвела" is no "не підвела" (did not let me down).
- How the patient left ("I left in tears", "вийшла окрилена") judges what was just told.

The sentences are new, not probe61's rows nor the tuning rows.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

from clinicrep.analysis import aspects
from clinicrep.analysis.aspects import read_aspects

# Two long stories (en 208 words, uk 168): a surgeon, the nurses, the physio and the result
# praised at length; a wait told by the clock and a call never made, each in passing
KNEE_EN = (
    "This is the story of my wife's knee replacement, from the first referral to the last"
    " check-up, about seven months in all. The consultant, Ms Adebayo, was outstanding. At the"
    " first clinic she examined both knees, went through the X-rays with us and answered all of"
    " my wife's many questions with real patience and warmth. The nurses on the orthopaedic"
    " ward were lovely, cheerful and kind, and nothing was ever too much trouble for them, even"
    " at night. The physiotherapist who came every morning was brilliant too, encouraging and"
    " funny. The operation was a complete success: my wife now walks two miles a day, and"
    " sleeps through the night for the first time in years. We are both so grateful to all of"
    " them. Two things let it down. The pre-assessment appointment on 4 March was at 9:15 and"
    " we were seen at 11:50. And after the operation we were promised a phone call with the"
    " date of the follow-up clinic and the result of the wound swab, and nobody ever rang us"
    " back; in the end we found the letter in the post six weeks later. Still, the care itself"
    " was excellent and we would recommend the surgeon and the ward to anyone who needs this"
    " operation."
)
KNEE_UK = (
    "Це історія операції на коліні моєї дружини, від першого направлення до останнього"
    " огляду, десь сім місяців. Лікарка Оксана Петрівна була неймовірна. На першому прийомі"
    " вона оглянула обидва коліна, розібрала з нами знімки і терпляче та тепло відповіла на"
    " всі численні питання дружини. Медсестри у відділенні були чудові, привітні й добрі, і"
    " навіть уночі нічого не було для них занадто складно. Реабілітолог, який приходив"
    " щоранку, теж був прекрасний, підбадьорював і жартував. Операція вдалася повністю:"
    " дружина тепер проходить по три кілометри на день і вперше за багато років спить усю"
    " ніч. Ми обоє дуже вдячні всім їм. Дві речі все зіпсували. Запис на передопераційний"
    " огляд четвертого березня був на 9:15, а прийняли нас тільки об 11:50. А після операції"
    " нам обіцяли подзвонити з датою контрольного огляду і результатом мазка з рани, і так"
    " ніхто й не передзвонив, лист ми знайшли в поштовій скриньці аж через шість тижнів. І"
    " все ж саме лікування було чудове, і ми радимо цю лікарку і це відділення всім, кому"
    " потрібна така операція, без жодних вагань."
)


@pytest.mark.parametrize(("lang", "text"), [("en", KNEE_EN), ("uk", KNEE_UK)])
def test_a_long_story_that_praises_two_things_and_blames_two_is_mixed(lang: str, text: str) -> None:
    found = read(text, lang)
    assert {("doctor", "positive"), ("nurse", "positive"), ("waiting", "negative")} <= found
    assert read_aspects(text, lang).spread
    assert verdict(text, lang) == "mixed"


# the same stories with only one small thing blamed: a happy story with an aside stays happy
ONE_ASIDE = {
    "en": KNEE_EN.split(" Two things let it down.")[0]
    + " The car park was a bit tight. Still, the care itself was excellent and we would"
    " recommend the surgeon and the ward to anyone.",
    "uk": KNEE_UK.split(" Дві речі все зіпсували.")[0]
    + " Парковка трохи тіснувата. І все ж саме лікування було чудове, і ми радимо цю лікарку"
    " всім.",
}


@pytest.mark.parametrize("lang", ["en", "uk"])
def test_one_aside_in_a_long_happy_story_is_not_spread(lang: str) -> None:
    text = ONE_ASIDE[lang]
    assert not read_aspects(text, lang).spread
    assert verdict(text, lang) == "positive"


def test_past_the_spread_length_a_story_is_not_counted_by_aspects() -> None:
    long_text = " ".join([KNEE_EN] * 3)  # 624 words
    assert len(long_text.split()) > aspects._SPREAD_WORDS
    assert not read_aspects(long_text, "en").spread
    assert read_aspects(KNEE_EN, "en").spread


# (language, a clause with two times joined as the steps of a story)
JOINED_TIMES = [
    ("en", "Our appointment was at 10:20 and we were called in at 12:05."),
    ("en", "Booked for 14:10 but the nurse only saw me at 15:30."),
    ("uk", "Талон був на 10:20, а викликали нас тільки о 12:05."),
    ("uk", "Записали на 14:10, але медсестра прийняла мене о 15:30."),
    ("ru", "Талон был на 10:20, а вызвали нас только в 12:05."),
    ("pl", "Wizytę miałam na 10:20, a weszłam do gabinetu o 12:05."),
]


@pytest.mark.parametrize(("lang", "text"), JOINED_TIMES)
def test_two_times_joined_in_one_clause_tell_a_late_wait(lang: str, text: str) -> None:
    assert ("waiting", "negative") in read(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "They are open from 9:00 to 17:00 and the dentist is lovely."),
        ("en", "Booked in for 9:00 and out by 9:45 with both fillings done."),
        ("uk", "Працюють з 9:00 і до 17:00, стоматологиня чудова."),
        ("pl", "Przychodnia czynna od 8:00 do 18:00 a lekarze są mili."),
    ],
)
def test_a_span_of_hours_or_the_end_of_a_visit_is_no_wait(lang: str, text: str) -> None:
    assert ("waiting", "negative") not in read(text, lang)


# (language, the desk busy with its own business while the patient stood there)
DESK_BUSY = [
    ("en", "The receptionist kept typing while we stood there with the baby."),
    ("en", "The man at reception carried on with his phone call while I waited at the counter."),
    ("en", "I stood at the front desk a good few minutes before she even looked up."),
    ("uk", "Реєстраторка щось дописувала, поки ми стояли біля віконця."),
    ("uk", "Адміністраторка навіть очей не підвела."),
    ("ru", "Администратор что-то печатала, пока мы стояли у стойки."),
    ("pl", "Pani w rejestracji pisała coś na komputerze, a my staliśmy przy ladzie."),
]


@pytest.mark.parametrize(("lang", "text"), DESK_BUSY)
def test_the_desk_busy_while_the_patient_stood_there_is_a_complaint(lang: str, text: str) -> None:
    assert read(text, lang) == {("reception", "negative")}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The GP spent a good 25 minutes with me.", ("doctor", "positive")),
        ("uk", "Лікарка нас жодного разу не підвела.", ("doctor", "positive")),
    ],
)
def test_time_given_and_never_let_down_stay_praise(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    assert expected in read(text, lang)


# (language, a fact told of the desk or the doctor, then how the patient left, the verdict)
LEFT_FEELING = [
    ("en", "I asked the receptionist about the bill. I walked out in tears.", "reception", "-"),
    ("en", "Dr Moss talked me through the scan. I came out so reassured.", "doctor", "+"),
    ("uk", "Я спитала в реєстратурі про рахунок. Вийшла звідти в сльозах.", "reception", "-"),
    ("uk", "Лікар Мороз показав мені знімок. Я вийшла окрилена.", "doctor", "+"),
    ("ru", "Я спросила в регистратуре про счёт. Вышла оттуда в слезах.", "reception", "-"),
    ("ru", "Врач Мороз показал мне снимок. Я вышла окрылённая.", "doctor", "+"),
    ("pl", "Zapytałam w rejestracji o rachunek. Wyszłam stamtąd we łzach.", "reception", "-"),
    ("pl", "Doktor Mróz pokazał mi zdjęcie. Wyszłam uskrzydlona.", "doctor", "+"),
    ("zh", "我去前台问了一下费用。我是哭着走出医院的。", "reception", "-"),
]


@pytest.mark.parametrize(("lang", "text", "aspect", "sign"), LEFT_FEELING)
def test_how_the_patient_left_judges_what_was_just_told(
    lang: str, text: str, aspect: str, sign: str
) -> None:
    polarity = "positive" if sign == "+" else "negative"
    assert (aspect, polarity) in read(text, lang)


# (language, a deed told without a judging word, what it judges)
DEEDS = [
    ("en", "Dr Osei went through each option with my mother.", ("communication", "positive")),
    ("en", "The dentist laid out all the choices on a sheet.", ("communication", "positive")),
    ("uk", "Хірургиня розписала нам усі варіанти.", ("communication", "positive")),
    ("ru", "Хирург расписала нам все варианты.", ("communication", "positive")),
    ("pl", "Chirurg omówił mi wszystkie możliwości.", ("communication", "positive")),
    ("en", "My dad now gardens all day without a twinge.", ("outcome", "positive")),
    ("uk", "Тепер можу випити каву і не скрутитися від болю.", ("outcome", "positive")),
    ("ru", "Теперь могу выпить кофе и не скрутиться от боли.", ("outcome", "positive")),
    ("en", "The receptionist put the phone down on my mum.", ("reception", "negative")),
    (
        "uk",
        "Реєстраторка сказала, що місць немає, і кинула трубку.",
        ("reception", "negative"),
    ),
    ("zh", "前台说没有号了，就挂了电话。", ("reception", "negative")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DEEDS)
def test_a_deed_told_without_a_judging_word_judges(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    assert expected in read(text, lang)


def test_during_a_week_is_no_draught() -> None:
    assert read("Результат аналізів мені надіслали протягом тижня.", "uk") <= {
        ("communication", "positive")
    }
    assert ("facilities", "negative") in read("У палаті постійно протяг.", "uk")


# (language, two things missing told with a negator and then "nobody" / "nothing")
TWO_MISSING = [
    ("en", "The screen said nothing and nobody at the desk could tell us anything.", "reception"),
    ("en", "No leaflet and nobody at reception knew the way.", "reception"),
    ("uk", "Не було табло, і ніхто в реєстратурі нічого не пояснив.", "reception"),
    ("ru", "Не было табло и никто в регистратуре ничего не объяснил.", "reception"),
]


@pytest.mark.parametrize(("lang", "text", "aspect"), TWO_MISSING)
def test_a_negator_does_not_turn_the_nobody_after_it(lang: str, text: str, aspect: str) -> None:
    found = read(text, lang)
    assert (aspect, "negative") in found
    assert (aspect, "positive") not in found


def test_nothing_too_much_trouble_after_a_negator_stays_praise() -> None:
    text = "No wait at all and nothing was too much trouble for the nurses."
    assert ("nurse", "positive") in read(text, "en")
