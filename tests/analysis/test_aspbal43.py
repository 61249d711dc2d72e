"""Session 43 (aspbal43, issue 19, probe58): the verdict on long reviews. A platform review of 90
to 220 words that judges several aspects (four chips or more) and blames one of them firmly
against praise of the rest, or praises one firmly against complaints about the rest, is mixed
however far its words lean: the stronger side's many aspects no longer drown the weaker side's
one (aspects._SEVERAL_ASPECTS). A complaint softened or waved away ("a bit tight, but honestly
that's nothing") leaves a praising review praise, and a story past a platform review's length is
judged by its lean as before. The reviews are new, not probe58's rows nor the tuning rows.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

from clinicrep.analysis.aspects import AspectReading, read_aspects
from clinicrep.model import Aspect, AspectOpinion, Sentiment

# (language, text): much praise of several aspects, one firm complaint about another
PRAISE_THEN_ONE_COMPLAINT = [
    (
        "en",
        "We have been with this family practice since our twins were born and I would not"
        " move. Dr Hargreaves is superb: patient, thorough and genuinely kind, and she always"
        " explains the plan in plain words so we know exactly what to watch for. When my"
        " daughter had that awful chest infection in January she saw us the same morning and"
        " the antibiotics worked within two days. The nurses are lovely with the children, the"
        " rooms are spotless and there is a toy corner that keeps everyone calm. However, the"
        " billing department is a disaster. We were sent the same invoice three times, each"
        " with a different total, and when I phoned to query it I was passed between four"
        " people and finally told to put it in writing. Two months on nobody has replied.",
    ),
    (
        "ru",
        "Ходим в этот детский центр с самого рождения сына и менять его не собираемся. Педиатр"
        " Татьяна Сергеевна замечательная: терпеливая, внимательная, всегда подробно объясняет,"
        " что делать и на что обращать внимание. Когда у сына был тяжёлый бронхит, она приняла"
        " нас в тот же день, и через два дня ребёнку стало намного лучше. Медсёстры ласковые,"
        " в кабинетах чисто, в холле есть игровая комната, дети не скучают. Но бухгалтерия —"
        " это полный кошмар. Нам трижды прислали один и тот же счёт, каждый раз с другой суммой,"
        " а когда я позвонила разобраться, меня переключали четыре раза и в итоге сказали писать"
        " заявление. Прошло два месяца, ответа так и нет.",
    ),
    (
        "uk",
        "Ходимо до цього дитячого центру з народження доньки і міняти його не збираємося."
        " Педіатр Оксана Василівна чудова: терпляча, уважна, завжди докладно пояснює, що робити"
        " і на що звертати увагу. Коли донька мала важкий бронхіт, вона прийняла нас того ж"
        " дня, і за два дні дитині стало значно краще. Медсестри лагідні, у кабінетах чисто, в"
        " холі є ігрова кімната, діти не нудьгують. Але бухгалтерія — це повний жах. Нам тричі"
        " надіслали той самий рахунок, щоразу з іншою сумою, а коли я зателефонувала"
        " розібратися, мене перемикали чотири рази і зрештою сказали писати заяву. Минуло два"
        " місяці, відповіді досі немає.",
    ),
    (
        "pl",
        "Chodzimy do tej przychodni od urodzenia córki i nie zamierzamy jej zmieniać. Pani"
        " doktor Nowak jest wspaniała: cierpliwa, dokładna, zawsze spokojnie tłumaczy, co robić"
        " i na co uważać. Kiedy córka miała ciężkie zapalenie oskrzeli, przyjęła nas tego samego"
        " dnia i po dwóch dniach było dużo lepiej. Pielęgniarki są przemiłe dla dzieci, w"
        " gabinetach jest czysto, a w poczekalni jest kącik zabaw. Natomiast rozliczenia to"
        " totalna porażka. Trzy razy dostaliśmy ten sam rachunek, za każdym razem z inną kwotą,"
        " a kiedy zadzwoniłam to wyjaśnić, przełączano mnie cztery razy i w końcu kazano napisać"
        " pismo. Minęły dwa miesiące i nikt nie odpowiedział.",
    ),
    (
        "zh",
        "孩子出生起就在这家儿科诊所看病，一直不想换。赵医生特别好，耐心细致，人也温柔，每次都把"
        "要注意什么讲得清清楚楚。女儿一月份得了很重的支气管炎，她当天上午就给我们看了，吃药两天就"
        "好多了。护士对孩子都很温柔，诊室很干净，候诊区还有玩具角，孩子们都不闹。但是收费处真的太"
        "差劲了。同一张账单给我们寄了三次，每次金额都不一样，打电话去问被转了四个人，最后让我写书面"
        "申请。两个月过去了，到现在都没人回复。",
    ),
]


# (language, text): complaints about several aspects at length, one firm praise
COMPLAINTS_THEN_ONE_PRAISE = [
    (
        "en",
        "I really don't know where to begin with this place. I booked weeks ahead and still"
        " sat in a cramped, stuffy waiting room for an hour and a half past my appointment,"
        " with a broken air conditioner and no water. The receptionist was rude when I asked"
        " how much longer and told me to stop hovering. The bill afterwards was almost double"
        " the quote I had been given on the phone, and nobody could explain the extra charges."
        " The one redeeming thing was the physiotherapist, Marcus, who was absolutely"
        " excellent: he assessed my shoulder properly, showed me exercises that actually help"
        " and followed up by email the next week. He is the only reason I might go back, and"
        " frankly he deserves a far better clinic than this one.",
    ),
    (
        "ru",
        "Даже не знаю, с чего начать. Записалась за три недели, и всё равно просидела полтора"
        " часа сверх времени в тесном душном коридоре, где не работал кондиционер и не было"
        " даже воды. Администратор грубо ответила, когда я спросила, сколько ещё ждать, и"
        " велела не стоять над душой. Счёт в итоге оказался почти вдвое больше, чем назвали по"
        " телефону, и никто не смог объяснить, откуда взялись лишние строчки. Единственное, что"
        " спасло визит, — массажист Игорь, он просто великолепный специалист: внимательно"
        " осмотрел плечо, показал упражнения, которые реально помогают, и через неделю сам"
        " написал узнать, как дела. Только ради него я, может быть, вернусь.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), PRAISE_THEN_ONE_COMPLAINT + COMPLAINTS_THEN_ONE_PRAISE)
def test_a_long_review_of_several_aspects_with_one_firm_other_side_is_mixed(
    lang: str, text: str
) -> None:
    reading = read_aspects(text, lang)
    assert reading.long and reading.platform
    assert len(reading.opinions) >= 4
    assert {p for _, p in read(text, lang)} == {"positive", "negative"}
    assert reading.several and reading.mixed
    assert verdict(text, lang) == "mixed"


# (language, text): praise of several aspects with a complaint softened or waved away
PRAISE_WITH_A_WAVED_ASIDE = [
    (
        "en",
        "Could not have asked for better care for my mum's cataract surgery. The surgeon,"
        " Mr Dlamini, was calm and reassuring, explained every step with a model of the eye and"
        " answered all her worried questions twice over. The nurses on the day were wonderful,"
        " held her hand and made her laugh, and the whole thing was over in twenty minutes."
        " Her sight is now better than it has been in ten years and she is reading again. The"
        " reception team phoned the day before to remind us and to check she had a lift home."
        " The coffee in the waiting area was slightly lukewarm, if I'm being picky, but"
        " honestly it doesn't matter at all. Thank you to everyone there.",
    ),
    (
        "ru",
        "Огромное спасибо за операцию на глазах моей мамы. Хирург Дмитрий Алексеевич спокойный"
        " и внимательный, всё объяснил на модели глаза и терпеливо ответил на все её"
        " тревожные вопросы. Медсёстры в день операции были чудесные, держали маму за руку и"
        " шутили, всё заняло двадцать минут. Теперь мама видит лучше, чем за последние десять"
        " лет, и снова читает книги. Администратор накануне позвонила напомнить и уточнить, кто"
        " отвезёт маму домой. Кофе в автомате был немного остывший, если придираться, но это"
        " вообще не имеет значения. Спасибо всем!",
    ),
    (
        "zh",
        "特别感谢眼科给我妈做的白内障手术。主刀的钱医生很沉稳，用眼球模型把每一步都讲得很清楚，"
        "我妈问了好几遍的问题他都耐心回答。手术当天的护士特别好，一直握着我妈的手逗她笑，二十分钟"
        "就做完了。现在我妈的视力是这十年来最好的，又能看书了。前台前一天还专门打电话提醒，问有没"
        "有人接她回家。候诊区的咖啡有点凉，要是非要挑的话，不过这真的一点都不重要。谢谢大家！",
    ),
]


@pytest.mark.parametrize(("lang", "text"), PRAISE_WITH_A_WAVED_ASIDE)
def test_a_long_review_with_a_softened_aside_stays_praise(lang: str, text: str) -> None:
    assert not read_aspects(text, lang).several
    assert verdict(text, lang) == "positive"


def _reading(
    weaker: float, aspects: int, *, long: bool = True, platform: bool = True
) -> AspectReading:
    praised = [AspectOpinion(a, Sentiment.POSITIVE) for a in list(Aspect)[: aspects - 1]]
    opinions = (*praised, AspectOpinion(Aspect.PRICE, Sentiment.NEGATIVE))
    return AspectReading(
        opinions,
        praise=20.0,
        blame=weaker,
        judged_clauses=10,
        firm=frozenset((Sentiment.POSITIVE, Sentiment.NEGATIVE)),
        long=long,
        strongest=6.0,
        weaker=weaker,
        story=True,
        platform=platform,
    )


def test_several_aspects_need_a_firm_weaker_side_a_platform_length_and_four_chips() -> None:
    assert _reading(2.5, 4).several and _reading(2.5, 4).mixed
    assert not _reading(2.0, 4).several  # a complaint this mild is weighed by the words
    assert not _reading(2.0, 4).mixed
    assert not _reading(4.0, 3).several  # three chips: the balance of the story decides
    assert not _reading(2.5, 4, platform=False).several  # a story past 220 words
    assert not _reading(2.5, 4, long=False).several  # a short review has rules of its own
