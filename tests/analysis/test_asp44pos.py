"""Session 44 (asp44pos, issue 19, probe60): the praise inside a long, angry review.

A writer who grants the doctor one word of praise ("Доктор, справедливости ради, толковая",
"Pani doktor, trzeba przyznać, jest kompetentna", "说句公道话，张医生还是挺专业的") and then
turns on the rest of the clinic as a whole ("Но всё остальное в этом центре просто ужас", "But
everything else about this place is a shambles") before telling the complaints as facts gives
both sides: the review is mixed, not negative (aspects.TURN, PRAISED_THEN_TURNED). A marker of
granting set between commas no longer cuts the praised person off from the praise
(aspects.GRANTED_BETWEEN_COMMAS). The reviews are new, not probe60's rows nor the tuning rows.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

from clinicrep.analysis.aspects import read_aspects

# (language, text): one word of praise granted, the turn, three complaints told as facts
GRANTED_THEN_TURNED = [
    (
        "en",
        "Went in about my shoulder after months of pain. The physio, to be fair, was good."
        " But everything else about this place is a shambles. My appointment was at 9:00"
        " and I was called at 10:15, nobody said sorry. The woman at the desk sighed when"
        " I asked how much longer. Then the invoice came to $140 more than the quote I was"
        " given on the phone, because the assessment was apparently extra.",
    ),
    (
        "ru",
        "Обращалась к неврологу с мигренью. Доктор, справедливости ради, толковая. Но всё"
        " остальное в этом центре просто ужас. Приём был назначен на девять, зашла в"
        " половине одиннадцатого, никто и не подумал извиниться. Девушка на ресепшене на"
        " вопрос о сроках только закатила глаза. А при оплате сумма оказалась на три"
        " тысячи больше, чем мне называли по телефону, потому что консультация «не"
        " входила».",
    ),
    (
        "uk",
        "Зверталася до невролога з мігренню. Лікарка, треба віддати належне, тямуща. Але"
        " все інше в цьому центрі просто жах. Прийом призначили на дев'яту, зайшла о пів"
        " на одинадцяту, ніхто й не подумав вибачитися. Дівчина на рецепції на питання про"
        " терміни лише закотила очі. А під час оплати сума виявилася на тисячу гривень"
        " більшою, ніж мені казали по телефону, бо консультація «не входила».",
    ),
    (
        "pl",
        "Byłam u neurologa z migreną. Pani doktor, trzeba przyznać, jest kompetentna. Ale"
        " cała reszta w tym centrum to koszmar. Wizytę miałam na dziewiątą, weszłam o wpół"
        " do jedenastej, nikt nawet nie przeprosił. Pani w rejestracji na pytanie, ile"
        " jeszcze, tylko przewróciła oczami. A przy płaceniu kwota okazała się o trzysta"
        " złotych wyższa niż przez telefon, bo konsultacja podobno nie była wliczona.",
    ),
    (
        "zh",
        "因为偏头痛去看的神经内科。说句公道话，张医生还是挺专业的。但是这家医院其他方面真"
        "的一塌糊涂。约的九点，十点半才叫到我，也没人解释一句。问导诊台还要等多久，那个人"
        "眼皮都不抬。最后结账比电话里说的多了三百块，说是会诊费另算。",
    ),
]


@pytest.mark.parametrize(("lang", "text"), GRANTED_THEN_TURNED)
def test_praise_granted_before_a_turn_on_the_rest_is_mixed(lang: str, text: str) -> None:
    reading = read_aspects(text, lang)
    assert ("doctor", "positive") in read(text, lang)
    assert ("price", "negative") in read(text, lang)
    assert reading.praised_first and reading.mixed
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(("lang", "text"), GRANTED_THEN_TURNED)
def test_without_the_granted_praise_the_same_review_is_a_complaint(lang: str, text: str) -> None:
    # the sentence of praise taken out: the turn and the complaints alone blame, and nothing
    # is praised (the turn credits nothing by itself)
    sentences = {
        "en": "The physio, to be fair, was good.",
        "ru": "Доктор, справедливости ради, толковая.",
        "uk": "Лікарка, треба віддати належне, тямуща.",
        "pl": "Pani doktor, trzeba przyznać, jest kompetentna.",
        "zh": "说句公道话，张医生还是挺专业的。",
    }
    assert sentences[lang] in text
    rest = text.replace(sentences[lang], "")
    assert {p for _, p in read(rest, lang)} == {"negative"}
    assert verdict(rest, lang) == "negative"


@pytest.mark.parametrize(
    ("lang", "text", "praised"),
    [
        ("ru", "Хирург, надо отдать должное, опытный. Регистратура хамит.", "doctor"),
        ("uk", "Медсестра, треба віддати належне, уважна. Реєстратура хамить.", "nurse"),
        ("pl", "Lekarz, muszę przyznać, bardzo dokładny. Rejestracja to porażka.", "doctor"),
        ("en", "The dentist, in fairness, was gentle. The front desk was rude.", "doctor"),
    ],
)
def test_a_marker_of_granting_between_commas_keeps_the_person_with_the_praise(
    lang: str, text: str, praised: str
) -> None:
    assert (praised, "positive") in read(text, lang)
    assert ("reception", "negative") in read(text, lang)
    assert verdict(text, lang) == "mixed"


def test_a_contrast_between_commas_that_praises_nothing_grants_nothing() -> None:
    text = (
        "The surgeon was superb. Billing, on the other hand, sent me three invoices for the"
        " same visit and it took two months of calls to sort out."
    )
    assert ("price", "positive") not in read(text, "en")
    assert ("doctor", "positive") in read(text, "en")


# (language, text): a long complaint, then one word of praise granted by the writer's fairness
# told outright ("说句公道话", "Справедливости ради"): both sides (aspects.GRANTED_PRAISE)
COMPLAINTS_THEN_GRANTED = [
    (
        "zh",
        "带老人来复查，真是一肚子火。网上约的九点，结果十点半才叫到我们，中间问了两次都说"
        "快了。候诊区又吵又挤，老人连个座位都没有，只能靠着墙站着。缴费的时候又排了半个小"
        "时，窗口只开了一个。出来的时候老人累得话都不想说了。不过说句公道话，给我们看的那"
        "个医生很厉害，几分钟就看出了问题。",
    ),
    (
        "ru",
        "Водила маму на плановый осмотр и осталась очень недовольна. Записаны были на"
        " девять, зашли только в половине одиннадцатого, и за всё это время никто ничего"
        " не объяснил. В коридоре душно, стульев не хватает, маме пришлось стоять у"
        " стены. В кассе снова очередь на полчаса, работает одно окно. На выходе мама"
        " была совершенно без сил. Справедливости ради, врач грамотная.",
    ),
    (
        "uk",
        "Водила маму на плановий огляд і залишилася дуже незадоволеною. Записані були на"
        " дев'яту, зайшли лише о пів на одинадцяту, і за весь цей час ніхто нічого не"
        " пояснив. У коридорі задушливо, стільців не вистачає, мамі довелося стояти біля"
        " стіни. У касі знову черга на пів години, працює одне віконце. На виході мама"
        " була зовсім без сил. Справедливості заради, лікарка тямуща.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), COMPLAINTS_THEN_GRANTED)
def test_praise_granted_after_a_long_complaint_is_meant(lang: str, text: str) -> None:
    reading = read_aspects(text, lang)
    assert reading.long and reading.praised_first
    assert ("doctor", "positive") in read(text, lang)
    assert ("price", "positive") not in read(text, lang)  # "公道话" is no fair price
    assert verdict(text, lang) == "mixed"


# Chinese complaints and outcomes in everyday words (aspects_zh.txt, session 44)
@pytest.mark.parametrize(
    ("text", "aspect", "polarity"),
    [
        ("一上午的时间基本都在排队，看病就五分钟。", "waiting", "negative"),
        ("做个体检，每个科室都要排队。", "waiting", "negative"),
        ("早上七点到的，排队排到中午。", "waiting", "negative"),
        ("导诊台的阿姨脾气很大，问两句就嚷嚷。", "reception", "negative"),
        ("诊所周末不营业，上班的人根本来不了。", "scheduling", "negative"),
        ("护士没怎么交代就让我们回家了。", "communication", "negative"),
        ("材料费另算，最后多花了五百。", "price", "negative"),
        ("做个检查还要另外收费。", "price", "negative"),
        ("吃了三天药，孩子又活蹦乱跳了。", "outcome", "positive"),
        ("拔完牙第二天脸几乎没肿。", "outcome", "positive"),
    ],
)
def test_chinese_everyday_words_judge_their_aspect(text: str, aspect: str, polarity: str) -> None:
    assert (aspect, polarity) in read(text, "zh")


def test_a_temper_said_of_the_patient_blames_no_staff() -> None:
    # "脾气不好" is as often the patient's as the staff's: only the staff's big temper blames
    text = "老爷子脾气不好，护士也从来不嫌烦。"
    assert ("nurse", "negative") not in read(text, "zh")
    assert ("reception", "negative") not in read(text, "zh")


# Russian and Ukrainian: the outcome told as a fact of the body or of a treatment that worked,
# the doctor praised as a strong specialist (aspects_ru.txt, aspects_uk.txt, session 44)
@pytest.mark.parametrize(
    ("lang", "text", "aspect", "polarity"),
    [
        ("ru", "Мазь подействовала, через две недели лицо чистое.", "outcome", "positive"),
        ("ru", "Схема, которую подобрал врач, сработала с первого раза.", "outcome", "positive"),
        ("ru", "Характер тяжёлый, но как врач она сильная.", "doctor", "positive"),
        ("ru", "Это очень сильный диагност.", "doctor", "positive"),
        ("uk", "Як лікарка вона сильна, хоч і сувора.", "doctor", "positive"),
        ("uk", "Це дуже сильний діагност.", "doctor", "positive"),
    ],
)
def test_slavic_outcomes_and_strong_specialists(
    lang: str, text: str, aspect: str, polarity: str
) -> None:
    assert (aspect, polarity) in read(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Медсестра грубая, в кабинетах грязно. Из хорошего — ничего."),
        ("uk", "Медсестра груба, в кабінетах брудно. З хорошого — нічого."),
    ],
)
def test_nothing_good_said_as_such_praises_nothing(lang: str, text: str) -> None:
    assert {p for _, p in read(text, lang)} == {"negative"}
    assert verdict(text, lang) == "negative"


# The outcome told as the body's state after care, in Chinese, Russian and Ukrainian
# (session 44): a wound that healed well, a complaint that never came back, a sense regained
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "刀口愈合得很好。"),
        ("zh", "到现在也没有再复发。"),
        ("zh", "膝盖不肿了。"),
        ("zh", "血糖控制住了。"),
        ("zh", "好得很快。"),
        ("zh", "复查结果都正常。"),
        ("ru", "Зрение вернулось."),
        ("uk", "Біль пішов за тиждень."),
        ("uk", "Зір повернувся."),
    ],
)
def test_outcomes_told_as_the_body_after_care(lang: str, text: str) -> None:
    assert ("outcome", "positive") in read(text, lang)
