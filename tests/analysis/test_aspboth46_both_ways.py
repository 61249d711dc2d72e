"""Session 46 (aspboth46, issue 19, probe63): a LONG story that praises one aspect in some
sentences and blames it in others (the desk kind on the phone and curt on the day, the doctor
warm at the first visit and curt at the follow-up) judges that aspect on both sides.

- aspects.BOTH_WAYS: in a story past aspects._SHORT_WORDS words and up to aspects._SPREAD_WORDS,
  an aspect judged both ways, each side at least aspects._BOTH_FIRM over its sentences and
  told in a sentence that names it, counts on each side of SPREAD (AspectReading.spread); on
  the side its sum dropped, only where one of its sentences there judges no aspect counted
  already (one sentence that blames the doctor and the communication is one complaint).
- The aspect's chip keeps the sum of its sentences, and the review's polarities stay those of
  the sums: an aspect blamed first and praised after, with nothing else blamed, is no mixed
  review.
- A closing verdict in pairs ("Great physio, unpleasant front desk", "医生很棒，前台让人不舒服")
  lent the first half's praise to the desk: en "unpleasant", "unwelcoming", "surly", "off-putting"
  and zh "让人/令人/叫人 (很) 不舒服" judge by themselves (sentiment_en.txt, sentiment_zh.txt); how
  the patient felt ("身体不舒服") and a procedure "a bit unpleasant" blame no one.

The sentences are new, not probe63's rows nor the tuning rows.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

from clinicrep.analysis import aspects
from clinicrep.analysis.aspects import read_aspects
from clinicrep.model import Aspect

# hand therapy (en, 198 words): the desk kind on the phone, curt on the day; the wait; the therapist
HAND_EN = (
    "Eight weeks of hand therapy after I cut a tendon on a broken glass. Getting booked in "
    "was painless: the man on the phone was kind, found me a Thursday slot by shuffling his "
    "list, and rang back an hour later to confirm. So I turned up expecting more of the same."
    " At the desk on the day a different receptionist didn't look up from her screen, told me"
    " to take a seat and wait until I was called, and when I asked whether my surgeon's "
    "letter had come through she said that isn't something I deal with. It hadn't come "
    "through, as it turned out, and I had to phone the hospital from the stairwell. She was "
    "curt with me on most of the following Thursdays as well, and once told a young mum off "
    "for letting her toddler near the counter. We usually went in around half an hour late. "
    "Priya, my therapist, was the reason I stuck with it. She measured my grip every week, "
    "printed the exercises with pictures and pushed me exactly as far as my hand would go. I "
    "can hold a pen and a kettle again. Brilliant therapist, grim front desk."
)

# the same course told in Russian (146 words)
HAND_RU = (
    "Восемь недель разработки кисти после того, как я порезала сухожилие о разбитый стакан. "
    "Записаться было легко: мужчина по телефону был вежливый, нашёл мне окно в четверг, "
    "подвинув свой список, и через час перезвонил подтвердить. Так что я пришла, ожидая того "
    "же. На ресепшене в день приёма сидела другая администратор, от экрана не оторвалась, "
    "велела сесть и ждать, пока вызовут, а когда я спросила, пришло ли письмо от хирурга, "
    "ответила, что этим она не занимается. Письмо, как оказалось, не пришло, и я звонила в "
    "больницу с лестницы. Она грубила мне почти каждый следующий четверг, а однажды отчитала "
    "молодую маму за то, что её малыш подошёл к стойке. Заходили мы обычно на полчаса позже. "
    "Ради реабилитолога, Полины, я и не бросила. Она каждую неделю мерила силу хвата, "
    "распечатывала упражнения с картинками и нагружала ровно настолько, насколько позволяла "
    "рука. Я снова держу ручку и чайник. Реабилитолог прекрасный, администратор ужасная."
)

# ... in Ukrainian (144 words)
HAND_UK = (
    "Вісім тижнів розробки кисті після того, як я порізала сухожилля об розбиту склянку. "
    "Записатися було легко: чоловік по телефону був ввічливий, знайшов мені віконце в четвер,"
    " посунувши свій список, і за годину передзвонив підтвердити. Тож я прийшла, чекаючи того"
    " самого. На рецепції в день прийому сиділа інша адміністраторка, від екрана не "
    "відірвалася, звеліла сісти й чекати, поки покличуть, а коли я спитала, чи прийшов лист "
    "від хірурга, відповіла, що цим вона не займається. Лист, як виявилося, не прийшов, і я "
    "дзвонила в лікарню зі сходів. Вона грубила мені майже щочетверга, а одного разу вичитала"
    " молоду маму за те, що її малий підійшов до стійки. Заходили ми зазвичай на пів години "
    "пізніше. Заради реабілітологині, Поліни, я й не кинула. Вона щотижня міряла силу хвату, "
    "друкувала вправи з малюнками і навантажувала рівно настільки, наскільки дозволяла рука. "
    "Я знову тримаю ручку й чайник. Реабілітологиня чудова, адміністраторка жахлива."
)

# ... in Polish (145 words)
HAND_PL = (
    "Osiem tygodni rehabilitacji dłoni po tym, jak przecięłam ścięgno o rozbitą szklankę. "
    "Zapisanie się poszło gładko: pan przez telefon był uprzejmy, znalazł mi termin w "
    "czwartek, przesuwając swoją listę, i po godzinie oddzwonił, żeby potwierdzić. Przyszłam "
    "więc, spodziewając się tego samego. W recepcji w dniu wizyty siedziała inna pani, nie "
    "oderwała wzroku od ekranu, kazała usiąść i czekać na wywołanie, a kiedy zapytałam, czy "
    "doszło pismo od chirurga, odpowiedziała, że ona się tym nie zajmuje. Pismo, jak się "
    "okazało, nie doszło, i dzwoniłam do szpitala z klatki schodowej. Była dla mnie niemiła "
    "prawie w każdy kolejny czwartek, a raz zbeształa młodą mamę, bo jej maluch podszedł do "
    "lady. Wchodziliśmy zwykle pół godziny po czasie. Dla fizjoterapeutki, pani Poliny, nie "
    "zrezygnowałam. Co tydzień mierzyła siłę chwytu, drukowała ćwiczenia z obrazkami i "
    "dociskała dokładnie tyle, ile pozwalała ręka. Znowu trzymam długopis i czajnik. "
    "Fizjoterapeutka wspaniała, recepcja okropna."
)

# a happy story (126 words): the doctor cold at first, then praised; nothing else blamed
MIGRAINE_EN = (
    "I'll admit I didn't like Dr Varga much at my first appointment. She was rather abrupt "
    "and cold, fired questions at me and kept looking at the clock. She had already ordered a"
    " scan that afternoon, and at the second appointment she was wonderful: she went through "
    "the scan with me on the screen, explained why the headaches came on after work, and "
    "wrote out a plan with the tablets and what to try first. She answered both of my emails "
    "within the day. The nurse who did my blood pressure was kind and chatty. Four months on "
    "I have had two migraines instead of twelve and I have stopped dreading Mondays. An "
    "excellent doctor, and I would go back to her without a second thought."
)


@pytest.mark.parametrize(
    ("text", "lang"), [(HAND_EN, "en"), (HAND_RU, "ru"), (HAND_UK, "uk"), (HAND_PL, "pl")]
)
def test_a_desk_kind_on_the_phone_and_curt_on_the_day_counts_on_both_sides(
    text: str, lang: str
) -> None:
    reading = read_aspects(text, lang)
    assert reading.spread
    assert verdict(text, lang) == "mixed"


def test_the_english_hand_story_was_read_as_praise_without_the_desks_other_side() -> None:
    # the desk's sum is praise, and the wait alone is blamed: without BOTH_WAYS no SPREAD
    reading = read_aspects(HAND_EN, "en")
    opinions = {(o.aspect.value, o.polarity.value) for o in reading.opinions}
    assert ("reception", "positive") in opinions and ("waiting", "negative") in opinions
    assert reading.spread and reading.several


def test_an_aspect_blamed_first_and_praised_after_with_nothing_else_blamed_is_not_mixed() -> None:
    reading = read_aspects(MIGRAINE_EN, "en")
    assert not reading.spread
    assert verdict(MIGRAINE_EN, "en") == "positive"


_D, _R, _W = Aspect.DOCTOR, Aspect.RECEPTION, Aspect.WAITING


def _naming(sides: dict[Aspect, dict[int, float]]) -> dict[tuple[Aspect, int], aspects.Clause]:
    clause = aspects.Clause(0, 0.0, {}, (), False)
    return {(a, s): clause for a, told in sides.items() for s in told}


def test_each_side_must_reach_both_firm_over_its_sentences() -> None:
    sides = {_R: {1: 2.0, 4: -1.0}, _D: {2: 3.0, 6: -1.0, 7: -1.0}}
    assert aspects._judged_both_ways(sides, _naming(sides)) == (_D,)
    # a side named in no sentence of its own (only carried from a neighbour) does not count
    naming = {k: v for k, v in _naming(sides).items() if k != (_D, 6) and k != (_D, 7)}
    assert aspects._judged_both_ways(sides, naming) == ()


def test_a_dropped_side_counts_only_in_a_sentence_of_its_own() -> None:
    firm = {_R: 1.0, _W: -2.0, _D: 3.0}
    apart = {_R: {1: 3.0, 3: -2.0}, _W: {5: -2.0}, _D: {6: 3.0}}
    assert aspects._spread_side(firm, apart, (_R,), -1.0) == 2
    assert aspects._spread_side(firm, apart, (_R,), 1.0) == 2  # kept side: counted once
    together = {_R: {1: 3.0, 5: -2.0}, _W: {5: -2.0}, _D: {6: 3.0}}
    assert aspects._spread_side(firm, together, (_R,), -1.0) == 1
    assert aspects._spread_side(firm, together, (), -1.0) == 1


@pytest.mark.parametrize(
    ("text", "lang", "blamed"),
    [
        ("Brilliant physio, unpleasant front desk.", "en", "reception"),
        ("Fantastic surgeon, unpleasant receptionist.", "en", "reception"),
        ("Wonderful nurses, surly front desk.", "en", "reception"),
        ("Great optician, unwelcoming front desk.", "en", "reception"),
        ("Great dentist, off-putting reception staff.", "en", "reception"),
        ("护士很棒，前台让人不舒服。", "zh", "reception"),
        ("医生很负责，前台说话令人不舒服。", "zh", "reception"),
        ("护士人很好，挂号窗口的人叫人很不舒服。", "zh", "reception"),
    ],
)
def test_a_closing_pair_blames_the_desk_after_praising_the_carer(
    text: str, lang: str, blamed: str
) -> None:
    found = read(text, lang)
    assert (blamed, "negative") in found and (blamed, "positive") not in found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The injection was a bit unpleasant but over in seconds, and the nurse was lovely.",
            "en",
            {("nurse", "positive")},
        ),
        ("我这几天身体不舒服，医生很耐心。", "zh", {("doctor", "positive")}),
    ],
)
def test_feeling_unwell_or_a_moment_of_discomfort_blames_no_one(
    text: str, lang: str, expected: set[tuple[str, str]]
) -> None:
    assert read(text, lang) == expected
