"""Session 45 (asp45b, issue 19, probe62): a LONG story's verdicts told in passing, as facts.

A story of a course of care judges things without an evaluative adjective: the price by what was
not charged ("за перенос денег не взяли", "nic nie policzyli", "这次没收钱"), by the bill against
the quote ("совпала до рубля", "co do grosza", "一分不差"; "вместо", "zamiast"), by a cost below
what was expected or money lost; the front desk by what its people did of their own accord
("сами перенесли", "same oddzwoniły", "pamiętały moje imię"); the information by the time a
doctor spent explaining ("объяснял почти час", which is no wait); the booking by a slot the
next day although none was free. Chinese also blames a nurse who tells the patient to endure
the pain or scolds her, a broken call bell, a price raised on a course already bought, a
timetable changed again and again. The sentences are new, not probe62's rows nor tuning rows.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

from clinicrep.analysis.aspects import read_aspects

# (language, text, the (aspect, polarity) it must read)
TOLD_AS_FACTS = [
    # the price: nothing charged
    ("ru", "Перенесли приём на вечер, и денег за перенос не взяли.", ("price", "positive")),
    ("ru", "За повторный осмотр ничего не взяли, хотя я ждала счёт.", ("price", "positive")),
    ("ru", "По итогу ни копейки сверху не насчитали.", ("price", "positive")),
    ("pl", "Za wizytę kontrolną nic nie wzięli.", ("price", "positive")),
    ("pl", "Przesunęli mi zabieg i nic za to nie pobrali.", ("price", "positive")),
    ("pl", "W końcu nie doliczyli ani grosza.", ("price", "positive")),
    ("zh", "复查那次医生看完也没收钱。", ("price", "positive")),
    ("zh", "最后结账一分钱都没多要，跟报价一致。", ("price", "positive")),
    # the price: the bill against the quote or what was expected
    ("ru", "Итоговая сумма сошлась с планом лечения копейка в копейку.", ("price", "positive")),
    ("ru", "Лечение обошлось нам дешевле, чем мы рассчитывали.", ("price", "positive")),
    ("ru", "За снимок и приём взяли 6 500 вместо 4 000 рублей по прайсу.", ("price", "negative")),
    ("pl", "Rachunek zgadzał się z kosztorysem co do grosza.", ("price", "positive")),
    ("pl", "Cały zabieg wyszedł nas taniej, niż zakładałem.", ("price", "positive")),
    ("pl", "Zapłaciłem 900 zł zamiast obiecanych 600 zł.", ("price", "negative")),
    ("zh", "洗牙每次都比网上写的贵，说是要加抛光。", ("price", "negative")),
    ("zh", "疗程做到一半涨了好几次价。", ("price", "negative")),
    ("zh", "课程卡没用完，又让我们补差价。", ("price", "negative")),
    # the price: money lost
    ("ru", "Два пропущенных занятия не вернули, деньги просто пропали.", ("price", "negative")),
    ("pl", "Za odwołane wizyty nikt nie oddał, pieniądze przepadły.", ("price", "negative")),
    # the front desk praised by what its people did
    ("ru", "Девушки на ресепшене помнят нас по имени.", ("reception", "positive")),
    ("ru", "Администраторы каждый раз здороваются с ребёнком.", ("reception", "positive")),
    ("pl", "Panie w rejestracji pamiętają mnie po imieniu.", ("reception", "positive")),
    ("pl", "Rejestratorki same oddzwoniły, kiedy zwolnił się termin.", ("reception", "positive")),
    # the information: the time a doctor spent explaining
    ("ru", "Невролог рассказывал мне всё около часа, с картинками.", ("communication", "positive")),
    ("pl", "Ortopeda wyjaśniał mi wszystko prawie pół godziny.", ("communication", "positive")),
    ("zh", "骨科大夫给我解释了将近半个小时，讲得很透。", ("communication", "positive")),
    # the booking: the next day, hours fitted to work, a slot found though the booking was full
    ("pl", "Wizytę dostałem już na kolejny dzień.", ("scheduling", "positive")),
    ("zh", "复诊时间改了两次，都是临时通知的。", ("scheduling", "negative")),
    # a story's complaints told as facts (Chinese): called hours late, a doctor seen for minutes,
    # a bell nobody answers, sent home with a fever
    ("zh", "约的上午九点，结果下午两点半才叫到我。", ("waiting", "negative")),
    ("zh", "排了一上午队，和医生就聊了三分钟。", ("doctor", "negative")),
    ("zh", "半夜输液完了，按铃根本没人理。", ("nurse", "negative")),
    ("zh", "孩子还烧着就让我们回家了。", ("outcome", "negative")),
    # the work that broke after it was done, a booking weeks away, a shower out of order
    ("ru", "Через месяц у пломбы откололся край, пришлось переделывать.", ("outcome", "negative")),
    ("pl", "Po trzech tygodniach z korony odpadł kawałek.", ("outcome", "negative")),
    ("zh", "种的牙用了半年就崩了一角。", ("outcome", "negative")),
    ("ru", "Ближайшее свободное время было только через месяц.", ("scheduling", "negative")),
    ("pl", "Najbliższy wolny termin był za miesiąc.", ("scheduling", "negative")),
    ("ru", "Лифт неделю стоял сломанный, поднимались пешком.", ("facilities", "negative")),
    ("pl", "Winda od miesięcy jest nieczynna.", ("facilities", "negative")),
    (
        "pl",
        "Chociaż w grafiku nie było wolnych terminów, przyjęli syna jeszcze tego dnia.",
        ("scheduling", "positive"),
    ),
    ("zh", "虽然系统里都约满了，当天就给我们加了号。", ("scheduling", "positive")),
    ("zh", "康复课表总是改，来了才知道。", ("scheduling", "negative")),
    # the premises
    ("ru", "В клинике есть своя комната для родителей.", ("facilities", "positive")),
    ("pl", "Jest oddzielny pokój dla rodziców z kącikiem do zabawy.", ("facilities", "positive")),
    ("zh", "病房的床头铃坏了，喊了半天没人来。", ("facilities", "negative")),
    ("zh", "康复室特别宽敞，器械也新。", ("facilities", "positive")),
    # the nurse
    ("zh", "夜班护士听我喊疼，只说“忍一忍吧”就走了。", ("nurse", "negative")),
    ("zh", "护士因为我自己拔了针头，训了我一顿。", ("nurse", "negative")),
    (
        "pl",
        "Pielęgniarka wbiła się w żyłę tak sprawnie, że córka nawet nie pisnęła.",
        ("nurse", "positive"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TOLD_AS_FACTS)
def test_a_verdict_told_as_a_fact_is_read(lang: str, text: str, expected: tuple[str, str]) -> None:
    found = read(text, lang)
    assert expected in found, found
    aspect, polarity = expected
    other = "negative" if polarity == "positive" else "positive"
    assert (aspect, other) not in found, found


# The time a doctor spent explaining is no wait: no waiting aspect at all
EXPLAINED_AT_LENGTH = [
    ("ru", "Хирург объяснял нам всё полтора часа, ни разу не посмотрел на часы."),
    ("pl", "Pani doktor rozmawiała z nami ponad godzinę i odpowiedziała na wszystko."),
    ("zh", "主任跟我们讲了一个多小时，每个问题都回答了。"),
]


@pytest.mark.parametrize(("lang", "text"), EXPLAINED_AT_LENGTH)
def test_time_spent_explaining_is_not_a_wait(lang: str, text: str) -> None:
    found = read(text, lang)
    assert ("communication", "positive") in found, found
    assert not {a for a, _ in found} & {"waiting"}, found


# Long stories of one side told in the facts above: a one-sided story stays one-sided, and the
# same story with one firm complaint added is mixed
ONE_SIDED_STORIES = [
    (
        "ru",
        "Водила маму на курс капельниц и массажа после инсульта, всего десять визитов."
        " Записали на следующий же день после звонка. Девушки на ресепшене помнят нас по"
        " имени и каждый раз здороваются с мамой. Невролог рассказывал нам всё около часа,"
        " показывал снимки, отвечал на каждый вопрос. Когда мама заболела, администраторы"
        " сами перенесли два визита, и денег за перенос не взяли. Итоговая сумма сошлась с"
        " договором копейка в копейку. Мама снова сама выходит во двор и держит ложку"
        " правой рукой.",
        " Но однажды нас приняли на полтора часа позже назначенного, и никто даже не извинился.",
    ),
    (
        "pl",
        "Chodziłam z tatą na rehabilitację po udarze, razem dziesięć wizyt. Termin"
        " dostaliśmy już na następny dzień po telefonie. Panie w rejestracji pamiętają nas"
        " po imieniu i zawsze się witały z tatą. Neurolog rozmawiała z nami ponad godzinę,"
        " pokazywała zdjęcia i odpowiadała na każde pytanie. Kiedy tata zachorował,"
        " rejestratorki same przełożyły dwie wizyty i nic za to nie pobrały. Rachunek"
        " zgadzał się z umową co do grosza. Tata znowu sam wychodzi na podwórko i trzyma"
        " łyżkę prawą ręką.",
        " Ale raz przyjęli nas półtorej godziny po czasie i nikt nawet nie przeprosił.",
    ),
    (
        "zh",
        "带我爸做中风后的康复，一共来了十次。打电话第二天就排上了。康复室特别宽敞，器械也"
        "新。神经科的大夫跟我们讲了一个多小时，拿片子一张张地讲，每个问题都回答了。我爸"
        "发烧那次，她们主动帮我们改了时间，也没收钱。最后结账一分钱都没多要，跟报价一致。"
        "现在我爸能自己下楼遛弯，右手也能拿勺子了。",
        "但是有一次约的两点，四点才叫到我们，也没人解释一句。",
    ),
]


@pytest.mark.parametrize(("lang", "story", "complaint"), ONE_SIDED_STORIES)
def test_a_long_story_of_facts_stays_one_sided(lang: str, story: str, complaint: str) -> None:
    found = read(story, lang)
    assert {p for _, p in found} == {"positive"}, found
    assert verdict(story, lang) == "positive"


@pytest.mark.parametrize(("lang", "story", "complaint"), ONE_SIDED_STORIES)
def test_a_long_story_with_one_firm_complaint_is_mixed(
    lang: str, story: str, complaint: str
) -> None:
    text = story + complaint
    found = read(text, lang)
    assert ("waiting", "negative") in found, found
    assert verdict(text, lang) == "mixed"


# A long story that praises four things and then blames two as facts and a reported word ("told
# me to endure it till morning", a call bell that did not work): mixed, the nurse blamed
PRAISED_THEN_TOLD_AS_FACTS = [
    (
        "ru",
        "В феврале мне удаляли желчный пузырь. Хирург, Марк Андреевич, перед операцией"
        " объяснял мне всё почти час и нарисовал, где будут проколы. Через две недели я"
        " вышла на работу, шрамов почти не видно. Счёт совпал со сметой копейка в копейку."
        " Ночь после операции была другой. Медсестра на просьбу дать обезболивающее"
        " ответила, что надо потерпеть до утра. В туалете не было бумаги, а кнопка вызова у"
        " кровати не работала.",
    ),
    (
        "pl",
        "W lutym miałam usuwany woreczek żółciowy. Chirurg, dr Marek, przed zabiegiem"
        " tłumaczył mi wszystko prawie godzinę i narysował, gdzie będą cięcia. Po dwóch"
        " tygodniach wróciłam do pracy, blizny prawie nie widać. Rachunek zgadzał się z"
        " kosztorysem co do grosza. Noc po operacji wyglądała inaczej. Pielęgniarka na prośbę"
        " o lek przeciwbólowy odpowiedziała, żebym wytrzymała do rana. W łazience nie było"
        " papieru, a dzwonek przy łóżku nie działał.",
    ),
    (
        "zh",
        "二月份在这里做的胆囊切除手术。主刀的马医生术前给我讲了快一个小时，还画图告诉我切口"
        "在哪里。两个星期后我就回去上班了，疤痕几乎看不出来。结账跟报价一分不差。术后那一晚"
        "就是另一回事了。值班护士听我说疼，只说“忍忍吧”。病房厕所连卫生纸都没有，床头铃也"
        "是坏的。",
    ),
]


@pytest.mark.parametrize(("lang", "text"), PRAISED_THEN_TOLD_AS_FACTS)
def test_a_story_that_blames_by_facts_after_praise_is_mixed(lang: str, text: str) -> None:
    found = read(text, lang)
    assert {("price", "positive"), ("nurse", "negative"), ("facilities", "negative")} <= found
    assert verdict(text, lang) == "mixed"


def test_two_things_blamed_in_two_sentences_beside_two_praised_are_spread() -> None:
    # SPREAD: two aspects on each side, each in a sentence of its own
    text = PRAISED_THEN_TOLD_AS_FACTS[0][1]
    assert read_aspects(text, "ru").spread
    # with the second complaint taken out, one thing is blamed: not spread
    one = text.replace(" В туалете не было бумаги, а кнопка вызова у кровати не работала.", "")
    assert not read_aspects(one, "ru").spread
