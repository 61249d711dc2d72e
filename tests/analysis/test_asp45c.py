"""Session 45 (asp45c, issue 19): three misreadings of long stories, as families.

1. A refusal of help told as a REPORTED answer ("she said she couldn't help me", "сказала, что
   ничего не может сделать", "powiedziała, że nic nie może zrobić", "前台说帮不了我", "сказала, що
   нічим не допоможе") blames whom its clause names; a promise of help does not, nor does
   powerlessness owned by someone the sentence says felt for the patient ("sympathetic but said
   there was nothing she could do"), nor "couldn't help noticing".
2. A bill told as an amount OVER the quote or what was said ("ninety pounds more than the quote",
   "на 3 000 больше, чем говорили", "o 200 zł więcej niż w wycenie", "比报价多了两百") blames the
   price; the same bill told as the quote kept or under it does not.
3. A PREVIOUS practice's faults ("my old dentist never explained anything, here...") are not
   this practice's: only what is said of here is read.
The sentences are new, written before the readings were read; none is a tuning row.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

# (language, text, the (aspect, polarity) it must read)
REPORTED_REFUSALS = [
    (
        "en",
        "I asked the receptionist for an earlier slot and she said she couldn't help me.",
        ("reception", "negative"),
    ),
    (
        "en",
        "The practice manager told me she couldn't help us any further.",
        ("reception", "negative"),
    ),
    (
        "en",
        "I rang the desk twice and both times they said they couldn't help me.",
        ("reception", "negative"),
    ),
    (
        "en",
        "The doctor said there was nothing he could do and sent me home.",
        ("doctor", "negative"),
    ),
    ("en", "The GP told me there was nothing she could do.", ("doctor", "negative")),
    ("ru", "Врач сказала, что ничего не может сделать, и отправила домой.", ("doctor", "negative")),
    ("ru", "Администратор ответила, что ничем не может помочь.", ("reception", "negative")),
    ("ru", "Терапевт сказал, что сделать ничего не может.", ("doctor", "negative")),
    ("pl", "Recepcjonistka powiedziała, że nic nie może zrobić.", ("reception", "negative")),
    ("pl", "Lekarka stwierdziła, że w niczym nie może mi pomóc.", ("doctor", "negative")),
    ("uk", "Адміністраторка сказала, що нічим не допоможе.", ("reception", "negative")),
    ("uk", "Лікар сказав, що нічого не може зробити.", ("doctor", "negative")),
    ("uk", "Реєстраторка відповіла, що нічим не може допомогти.", ("reception", "negative")),
    ("zh", "前台说帮不了我。", ("reception", "negative")),
    ("zh", "我打电话问护士，她说帮不上忙。", ("nurse", "negative")),
    ("zh", "医生听完说帮不了我们，让我们去别的医院。", ("doctor", "negative")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), REPORTED_REFUSALS)
def test_a_reported_refusal_of_help_blames_whom_it_names(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    found = read(text, lang)
    assert expected in found, found
    aspect, _ = expected
    assert (aspect, "positive") not in found, found


# a promise of help, an excuse felt for the patient, a habit of speech: nobody blamed
NOT_REFUSALS = [
    ("en", "The nurse said she could help me straight away, and she did."),
    ("en", "The receptionist was sympathetic but said there was nothing she could do."),
    ("en", "I couldn't help noticing how clean the waiting room was."),
    ("ru", "Администратор сказала, что поможет, и сразу записала меня."),
    ("pl", "Pani z rejestracji powiedziała, że pomoże, i od razu mnie zapisała."),
    ("zh", "前台说可以帮我，马上就给我安排了。"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_REFUSALS)
def test_help_promised_or_excused_blames_nobody(lang: str, text: str) -> None:
    found = read(text, lang)
    assert not {p for _, p in found} & {"negative"}, found


# the bill over the quote or what was said: the price blamed; kept or under it: not blamed
OVER_THE_QUOTE = [
    ("en", "The bill came to ninety pounds more than the quote they gave me."),
    ("en", "In the end I paid forty pounds more than the estimate."),
    ("en", "I was charged fifty pounds more than they said on the phone."),
    ("en", "The crown cost two hundred more than they told me at the consultation."),
    ("en", "The whole treatment came to a lot more than the dentist had said."),
    ("ru", "В итоге заплатила на 3 000 больше, чем говорили на консультации."),
    ("ru", "Взяли на пятьсот рублей больше, чем обещали."),
    ("pl", "Zapłaciłam o 200 zł więcej niż w wycenie."),
    ("pl", "Rachunek wyszedł o sto złotych więcej, niż mówili na konsultacji."),
    ("uk", "Заплатила на дві тисячі більше, ніж обіцяли."),
    ("uk", "Рахунок вийшов на п'ятсот гривень більше, ніж у кошторисі."),
    ("zh", "最后比报价多了两百块。"),
    ("zh", "结账的时候比之前说的多收了三百。"),
]


@pytest.mark.parametrize(("lang", "text"), OVER_THE_QUOTE)
def test_an_amount_over_the_quote_blames_the_price(lang: str, text: str) -> None:
    found = read(text, lang)
    assert ("price", "negative") in found, found
    assert ("price", "positive") not in found, found


QUOTE_KEPT = [
    ("en", "The bill was exactly what the quote said, not a penny more."),
    ("en", "It was fifty pounds cheaper than the quote."),
    ("en", "They did far more than they promised."),
    ("en", "I paid exactly what they told me."),
    ("en", "The letter from the consultant said more than they had told me in clinic."),
    ("ru", "Заплатила ровно столько, сколько говорили на консультации."),
    ("pl", "Zapłaciłam dokładnie tyle, ile było w wycenie."),
    ("zh", "最后的价格和报价一样，没有多收。"),
]


@pytest.mark.parametrize(("lang", "text"), QUOTE_KEPT)
def test_the_quote_kept_does_not_blame_the_price(lang: str, text: str) -> None:
    assert ("price", "negative") not in read(text, lang)


# a previous practice's faults against the praise of this one: only the praise is read; the same
# faults said of here are blamed
PREVIOUS_PRACTICE = [
    (
        "en",
        "At my previous practice the receptionists were rude, but here everyone was lovely.",
        "The receptionists here were rude.",
        "reception",
    ),
    (
        "ru",
        "В прошлой клинике хамили, а здесь все очень вежливые.",
        "Здесь на ресепшене хамили.",
        "reception",
    ),
    (
        "pl",
        "W poprzedniej przychodni recepcja była niemiła, a tutaj wszyscy są uprzejmi.",
        "Tutaj recepcja była niemiła.",
        "reception",
    ),
    (
        "zh",
        "之前那家医院的前台态度很差，这里的前台很热情。",
        "这里的前台态度很差。",
        "reception",
    ),
]


@pytest.mark.parametrize(("lang", "before", "here", "aspect"), PREVIOUS_PRACTICE)
def test_a_previous_practices_faults_are_not_this_ones(
    lang: str, before: str, here: str, aspect: str
) -> None:
    assert not {p for _, p in read(before, lang)} & {"negative"}, read(before, lang)
    assert (aspect, "negative") in read(here, lang)


# A long story that praises the doctor and the work and tells the desk's refusal only as what it
# answered: mixed, the desk blamed
PRAISED_THEN_REFUSED = [
    (
        "en",
        "I had a root canal and a crown here over two months. Dr Shah went through every option"
        " with me and the crown looks perfect, I can chew on that side again. The hygienist was"
        " gentle and quick. A week after the crown went on my gum swelled up, so I rang the"
        " practice. The receptionist listened, then said she couldn't help me until the next"
        " free slot in three weeks and put the phone down.",
    ),
    (
        "ru",
        "Лечила у них канал и ставила коронку, всё заняло два месяца. Доктор Шах подробно всё"
        " объяснила, коронка стоит идеально, снова жую на эту сторону. Через неделю после"
        " установки распухла десна, я позвонила в клинику. Администратор выслушала и сказала,"
        " что ничем не может помочь до свободного окна через три недели.",
    ),
    (
        "zh",
        "在这里做了根管和牙冠，前后两个月。沙医生把每种方案都讲得很清楚，牙冠做得非常好，"
        "现在那边也能嚼东西了。戴上牙冠一周后牙龈肿了，我打电话到诊所，前台听完说帮不了我，"
        "要等三周后才有空位。",
    ),
]


@pytest.mark.parametrize(("lang", "story"), PRAISED_THEN_REFUSED)
def test_a_long_story_with_a_reported_refusal_is_mixed(lang: str, story: str) -> None:
    found = read(story, lang)
    assert ("reception", "negative") in found, found
    assert verdict(story, lang) == "mixed"
