"""Simplified Chinese patient reviews: sentiment and topics from the zh lexicons.

HAND_LABELLED was written and labelled by hand BEFORE the lexicon was expanded, in the style of
好大夫在线, 大众点评 and 小红书 reviews of doctors, clinics and dental practices (none is
copied from a real review). Each label is what a careful reader gives the text alone, with no
stars; mixed reviews without stars are labelled by what follows 但是/不过/可惜. Its accuracy
with the old 99-entry lexicon was 0.652 (58/89). HELD_OUT (below) was written later and is the
fairer estimate of how the lexicon does on text it was not built from.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from clinicrep.analysis.language import detect_language
from clinicrep.analysis.lexicon import load_sections
from clinicrep.analysis.pipeline import analyse_review
from clinicrep.model import Analysis, Review, Sentiment, Topic

POS, NEU, NEG = Sentiment.POSITIVE, Sentiment.NEUTRAL, Sentiment.NEGATIVE
W, S, R, OUT, C, B, D, CL, A, F, NP = (
    Topic.WAITING,
    Topic.STAFF_ATTITUDE,
    Topic.RECEPTION,
    Topic.OUTCOME,
    Topic.COMMUNICATION,
    Topic.BILLING,
    Topic.SCHEDULING,
    Topic.CLEANLINESS,
    Topic.ACCESS,
    Topic.FOOD,
    Topic.NAMED_PRAISE,
)

# (text, sentiment a careful reader gives it, topics that must be found)
HAND_LABELLED: list[tuple[str, Sentiment, set[Topic]]] = [
    # --- praise, thanks to a named doctor, outcome ---
    ("王医生医术高明，态度也特别好，非常感谢！", POS, {NP, OUT, S}),
    ("李主任看病特别仔细，问得很详细，解释得也很清楚。", POS, {C}),
    ("孩子发烧半夜来的急诊，值班的护士很温柔，医生也很耐心。", POS, {S}),
    ("在这家牙科洗的牙，手法很轻，一点都不疼，环境干净。", POS, {CL}),
    ("良心医生！没有乱开药，只开了几十块钱的药就好了。", POS, set()),
    ("张大夫太靠谱了，三年的老毛病两周就好了。", POS, {NP}),
    ("强烈推荐刘医生，专业又负责，挂号也不难。", POS, {D}),
    ("做完手术恢复得很好，感谢骨科全体医护人员。", POS, {OUT}),
    ("前台小姐姐很热情，预约也很方便，准时就诊没排队。", POS, {R, D}),
    ("陈医生yyds！种草了。", POS, set()),
    ("宝藏诊所，价格透明，医生不推销，绝绝子。", POS, {B}),
    ("赞！", POS, set()),
    ("医生人很好，不会乱收费，检查都是必要的才做。", POS, {B}),
    ("看了好几家医院都没看好，最后在这里治好了，真心感谢周教授。", POS, {OUT}),
    ("挂的是孙医生的号，等了二十分钟左右，看得很仔细，开的药也不贵。", POS, {B}),
    ("服务很周到，护士会主动提醒注意事项，很贴心。", POS, {S}),
    ("整体体验不错，下次还会来。", POS, set()),
    ("医生很有耐心地给我讲了片子，一点都没有不耐烦。", POS, {S}),
    ("医生認真負責，態度很好，推薦！", POS, set()),
    ("👍👍👍 医生很棒", POS, set()),
    ("第一次来，没想到社区医院的服务这么好。", POS, {S}),
    ("感谢黄医生救了我爸一命，医术医德都没得说。", POS, {NP, OUT}),
    ("检查结果出来医生亲自打电话通知我，很负责。", POS, set()),
    ("医生挺专业的，就是位置有点偏，不太好找。", POS, set()),
    ("绝了，这家口腔诊所真的绝了，医生超温柔。", POS, set()),
    ("好大夫上评价很高，来了发现确实名不虚传。", POS, set()),
    ("靠谱", POS, set()),
    ("这钱花得值！", POS, set()),
    ("態度好，服務周到，值得推薦。", POS, set()),
    ("虽然排队时间有点长，但是医生看得很认真，值得。", POS, {W}),
    ("医生技术不错，就是收费有点高。", POS, {B}),
    # --- complaints: waiting, booking, attitude, money, misdiagnosis, rushed visits ---
    ("排了三个小时的队，医生看了不到两分钟就开药了。", NEG, {W}),
    ("挂号太难了，网上根本挂不上，号贩子倒是有的是。", NEG, {D}),
    ("护士态度恶劣，问什么都爱答不理的。", NEG, {S}),
    ("乱收费！一个小感冒做了一堆检查，花了八百多。", NEG, {B}),
    ("过度检查太严重了，明显就是为了赚钱。", NEG, {B}),
    ("误诊！说是肠胃炎，结果去别的医院查出来是阑尾炎。", NEG, {OUT}),
    ("垃圾医院，再也不来了。", NEG, set()),
    ("黑心诊所，坑钱的，大家避雷。", NEG, {B}),
    ("医生全程玩手机，问三句就打发我走了。", NEG, set()),
    ("预约了十点，结果等到十二点才叫号。", NEG, {W, D}),
    ("前台电话永远打不通，打通了也没人解答。", NEG, {R}),
    ("收红包的医生，不给红包就不好好做手术。", NEG, {B}),
    ("医生态度很差，说话很冲，还翻白眼。", NEG, {S}),
    ("差", NEG, set()),
    ("太差了，不推荐。", NEG, set()),
    ("呵呵，这就是所谓的三甲医院。", NEG, set()),
    ("真是“专业”啊，连我的片子都没看就下结论。", NEG, set()),
    ("不怎么样，医生很敷衍。", NEG, {S}),
    ("不太满意，感觉被当成提款机了。", NEG, set()),
    ("拔牙的时候疼得要命，医生还嫌我叫。", NEG, set()),
    ("厕所很脏，地上都是垃圾，没人打扫。", NEG, {CL}),
    ("停车特别难，找了半小时车位。", NEG, {A}),
    ("推销各种套餐，不办卡就给脸色看。", NEG, set()),
    ("号称专家，结果连基本的病情都说不清楚。", NEG, {C}),
    ("一个小时的检查拖了一整天，效率太低了。", NEG, {W}),
    ("😡😡 再也不会来了", NEG, set()),
    ("骗子医院，莆田系的，千万别去！", NEG, set()),
    ("看病像流水线，根本不听病人说什么。", NEG, {C}),
    ("药开错了，吃了三天也没好转，打电话过去也没人管。", NEG, {OUT}),
    ("服务一般，价格偏贵，性价比不高。", NEG, {B}),
    ("医院食堂的饭菜又贵又难吃。", NEG, {F, B}),
    ("醫生態度很差，等了兩個小時。", NEG, set()),
    ("坑！", NEG, set()),
    ("无语，白跑一趟。", NEG, set()),
    ("呵呵", NEG, set()),
    ("好一个三甲医院，连个饮水机都没有。", NEG, set()),
    ("真行啊，让病人在走廊站了两个小时。", NEG, {W}),
    ("并不像网上说的那么好，挺失望的。", NEG, set()),
    ("医生不专业，护士也不耐心。", NEG, {S}),
    ("😭😭这家医院太坑了", NEG, set()),
    # --- mixed, without stars: what follows 但是/不过/可惜 is the verdict ---
    ("医生很好，但是护士态度很差。", NEG, {S}),
    ("环境很好，设备也新，可惜医生水平一般。", NEG, {CL}),
    ("医生人挺好的，不过看了三次都没效果。", NEG, {OUT}),
    # --- information, questions, plans: neither praise nor complaint ---
    ("医院在地铁二号线旁边，出站走五分钟就到。", NEU, {A}),
    ("周末也开门，上午八点开始挂号。", NEU, {D}),
    ("今天带孩子来打疫苗。", NEU, set()),
    ("在好大夫上预约的王医生，下周二复诊。", NEU, {D}),
    ("请问这里可以用医保吗？", NEU, {B}),
    ("停车场在地下二层，收费每小时十元。", NEU, {A, B}),
    ("第一次做胃镜，有点紧张，不知道结果怎么样。", NEU, set()),
    ("医生说要再观察一周，看看情况。", NEU, set()),
    ("挂的是心脏内科的号，还没看上。", NEU, set()),
    ("差不多九点到的，前面还有五个人。", NEU, set()),
    ("别人推荐过来的，先看看再说。", NEU, set()),
    ("医院好像搬到新院区了，大家去之前先打电话问一下。", NEU, set()),
    ("本人出差路过，临时挂了个急诊。", NEU, set()),
    ("药房在一楼，取药要排队。", NEU, set()),
    ("今天是第二次复查，医生调整了用药。", NEU, set()),
]

# Written after the lexicon's first expansion, in two rounds of 40, each scored once before any
# change was made for it: first-run accuracy 0.625 for round one, 0.875 for round two (the old
# 99-entry lexicon: 0.400 and 0.675). Misses were then fixed as word families (人性化, 轻声细语,
# "X都没有" said after the word, 白花了/一大摞 ...), never by adding the sentence's own string.
HELD_OUT: list[tuple[str, Sentiment]] = [
    ("带我妈来看的眼科，赵医生说话轻声细语，一点架子都没有。", POS),
    ("候诊区有饮水机和充电宝，孩子还有玩具区，很人性化。", POS),
    ("牙齿矫正做了一年半，效果超出预期，牙医小姐姐人美心善。", POS),
    ("第三次来复查了，每次都很顺，医生记得我的情况。", POS),
    ("医生没有因为我问题多就不耐烦，反而一条条帮我写下来。", POS),
    ("从挂号到拿药不到一个小时，流程很顺。", POS),
    ("真心觉得这个医生太好了，给我们省了不少钱。", POS),
    ("麻醉师提前来病房跟我聊了很久，心里踏实多了。", POS),
    ("强推！口腔科的吴医生技术杠杠的。", POS),
    ("孩子怕打针，护士阿姨一直哄他，太暖了。", POS),
    ("住院一周，护士们每天都很细心地照顾我，真的很感动。", POS),
    ("五星，下次体检还选这家。", POS),
    ("做了无痛胃镜，睡一觉就做完了，体验很好。", POS),
    ("医生很实在，说不用做的检查就不做。", POS),
    ("护士扎了四次针才扎进去，手都肿了。", NEG),
    ("接诊的医生一脸不耐烦，我话还没说完就让我去缴费。", NEG),
    ("说好的半小时出结果，结果等了一下午。", NEG),
    ("补了个牙花了两千，没过一个月就掉了。", NEG),
    ("打了好几次电话都是忙音，最后只好自己跑一趟。", NEG),
    ("医生一上来就让做CT和抽血，一问病情什么都不说。", NEG),
    ("导医态度极其恶劣，问个路都被吼。", NEG),
    ("收费处多收了我两百块，找他们还不承认。", NEG),
    ("别来这家，真的会后悔。", NEG),
    ("简直是在浪费时间，还不如去社区医院。", NEG),
    ("体检报告拖了两周才出，问了好几次都说在等。", NEG),
    ("专家号一个月都挂不到，网上显示全是约满。", NEG),
    ("住了三天院，病房的卫生间一直堵着没人修。", NEG),
    ("医生开了一大堆保健品，明摆着就是想多卖点。", NEG),
    ("垃圾服务，差评！", NEG),
    ("感觉被当成了韭菜。", NEG),
    ("医院门口有公交站，坐15路可以直达。", NEU),
    ("周日只有急诊，门诊不开。", NEU),
    ("下周要来做核磁共振，有没有人知道要不要空腹？", NEU),
    ("医生开了三天的药，让我吃完再来复查。", NEU),
    ("这家是公立医院，可以刷医保卡。", NEU),
    ("孩子今天第一次来看牙。", NEU),
    ("问一下，这里的皮肤科周六有专家坐诊吗？", NEU),
    ("检查做了血常规和B超。", NEU),
    ("环境不错，但是医生很敷衍，花了钱没看明白。", NEG),
    ("虽然价格有点贵，但是效果很好，值得。", POS),
    ("姐妹们，这家儿童医院的护士真的太有爱了，宝宝打针都没哭。", POS),
    ("产检一直在这里做的，冯医生每次都很耐心地听我讲，安全感满满。", POS),
    ("拔智齿全程十五分钟，术后也没怎么肿，医生手法一级棒。", POS),
    ("去了三家医院都没查出原因，这里一次就确诊了，太感谢了。", POS),
    ("前台会提前一天打电话提醒复诊，这点做得很好。", POS),
    ("医生说话很直接，但是讲得明明白白，我很喜欢。", POS),
    ("价格比别家便宜一半，效果一点不差。", POS),
    ("皮肤科的郑医生很负责，开的药膏用了三天就好了。", POS),
    ("这次就医体验非常棒，必须给个好评。", POS),
    ("医院新装修的，环境跟酒店一样。", POS),
    ("非常好的医生，对病人像对家人一样。", POS),
    ("终于找到一个靠谱的牙医了，哭了。", POS),
    ("體驗很好，醫生很專業，會推薦給朋友。", POS),
    ("专家号挂了三个月，结果看了五分钟就被打发了，心凉了。", NEG),
    ("什么破医院，缴费要排队，拿药要排队，上厕所都要排队。", NEG),
    ("医生把我的病历写错了，害我白跑了两次。", NEG),
    ("住院部护士晚上叫了半天都不来。", NEG),
    ("洗牙洗得满嘴血，问她是不是太用力了，她还不高兴。", NEG),
    ("一进门就推着办会员卡，不办就脸一沉。", NEG),
    ("电话预约说有号，到了又说没有，让我明天再来。", NEG),
    ("检查单开了一大摞，最后说没什么事，钱是白花了。", NEG),
    ("说是微创，结果恢复了两个月还没好。", NEG),
    ("这医生就是个卖药的，别的什么都不会。", NEG),
    ("态度冷冰冰的，问一句答半句。", NEG),
    ("挂号费五十，看了不到三分钟，太坑了吧。", NEG),
    ("我再也不相信网上的好评了。", NEG),
    ("失望透顶👎", NEG),
    ("手术后伤口感染，医生还说是我自己没护理好。", NEG),
    ("周一到周五早上八点到晚上五点上班。", NEU),
    ("从北门进去左转就是门诊楼。", NEU),
    ("有人在这家做过种植牙吗？想了解一下价格。", NEU),
    ("今天陪老公来看骨科，还在等结果。", NEU),
    ("医生建议我先保守治疗，三个月后再复查。", NEU),
    ("停车可以停在对面商场。", NEU),
    ("这里主要看儿科和妇科。", NEU),
    ("上次来是去年冬天，这次来复查甲状腺。", NEU),
    ("医生问了我的饮食和作息，开了两盒药。", NEU),
    ("医生技术没得说，就是护士有点凶。", POS),
    ("环境一般，但是医生真的很好。", POS),
    ("服务还行，就是价格太贵了，不会再来了。", NEG),
]

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def review(text: str, rating: int | None = None) -> Review:
    return Review(source_id=1, external_id="r", created_at=NOW, text=text, rating=rating)


def analyse(text: str, rating: int | None = None) -> Analysis:
    return analyse_review(review(text, rating), fallback_language="zh")


def sentiment_of(text: str, rating: int | None = None) -> Sentiment:
    return analyse(text, rating).sentiment


# Both sets hold hard cases on purpose (sarcasm, lukewarm words, complaints told as plain fact,
# information with a complaint word in it, a negation far from its word): a substring lexicon
# cannot read all of them. 0.85 leaves room for about a dozen misses in 89 (8 in 80) while the
# old lexicon fails it clearly (0.652 and 0.538), so the test can fail.
ACCURACY_AT_LEAST = 0.85


def _misread(pairs: list[tuple[str, Sentiment]]) -> list[tuple[str, str, str]]:
    return [
        (text, label.value, got.value)
        for text, label in pairs
        if (got := sentiment_of(text)) != label
    ]


def test_the_hand_labelled_sets_are_balanced_and_read_as_chinese() -> None:
    assert len(HAND_LABELLED) >= 80
    for labels in ([label for _, label, _ in HAND_LABELLED], [label for _, label in HELD_OUT]):
        assert min(labels.count(POS), labels.count(NEG), labels.count(NEU)) >= 10
    texts = [t for t, _, _ in HAND_LABELLED] + [t for t, _ in HELD_OUT]
    assert [t for t in texts if detect_language(t) != "zh"] == []
    assert [t for t in texts if detect_language(t, "zh") != "zh"] == []


def test_sentiment_accuracy_on_the_set_written_before_the_lexicon() -> None:
    wrong = _misread([(text, label) for text, label, _ in HAND_LABELLED])
    assert 1 - len(wrong) / len(HAND_LABELLED) >= ACCURACY_AT_LEAST, wrong


def test_sentiment_accuracy_on_the_held_out_set() -> None:
    wrong = _misread(HELD_OUT)
    assert 1 - len(wrong) / len(HELD_OUT) >= ACCURACY_AT_LEAST, wrong


def test_topics_of_the_hand_labelled_set_are_found() -> None:
    missing = [
        (text, sorted(t.value for t in topics - set(analyse(text).topics)))
        for text, _, topics in HAND_LABELLED
        if topics - set(analyse(text).topics)
    ]
    assert missing == []


# --- mechanisms -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["不推荐", "不太满意", "医生不怎么耐心", "医生没有耐心", "一点耐心都没有", "不是很专业"],
)
def test_negated_praise_is_a_complaint(text: str) -> None:
    assert sentiment_of(text) == NEG


@pytest.mark.parametrize(
    ("text", "sentiment"),
    [
        ("没想到服务这么好", POS),  # the negation belongs to the surprise
        ("没见过这么负责的医生", POS),
        ("没见过这么差的医院", NEG),
        ("一点都不疼", POS),
        ("价格不贵", POS),
        ("没有乱开药，只开了便宜的药", POS),  # the comma ends the negation
        ("不办卡就给脸色看", NEG),  # 就 opens the consequence: 不 does not reach 给脸色
    ],
)
def test_a_negation_turns_only_what_it_governs(text: str, sentiment: Sentiment) -> None:
    assert sentiment_of(text) == sentiment


@pytest.mark.parametrize(
    ("text", "trap"),
    [
        ("好像是新开的诊所", "好 in 好像"),
        ("好几个科室都在二楼", "好 in 好几"),
        ("正好路过，顺便来问问", "好 in 正好"),
        ("差不多十点到的", "差 in 差不多"),
        ("出差路过，临时挂了个号", "差 in 出差"),
        ("心脏内科在三楼", "脏 in 心脏"),
        ("别人介绍来的", "negator 别 in 别人"),
        ("贵院的地址在哪里？", "贵 in 贵院"),
        ("我太太陪我来的", "intensifier 太 in 太太"),
        ("在好大夫上约的号", "the site 好大夫在线"),
        ("一般周二有专家门诊", "一般 = usually"),
        ("最后一个检查在四楼", "最 in 最后"),
        ("我妈有慢性胃炎，每半年来复查一次", "慢 in 慢性"),
        ("孩子高烧不退，半夜挂的急诊", "不退 of a fever"),
        ("不好意思，想问一下几点开门", "不好 in 不好意思"),
        ("前几天牙疼得厉害，今天来补牙", "a symptom is not a complaint"),
        ("无痛胃镜要提前预约", "无痛 as the name of a procedure"),
    ],
)
def test_words_hidden_inside_other_words_are_not_read(text: str, trap: str) -> None:
    assert sentiment_of(text) == NEU, trap


@pytest.mark.parametrize(
    ("text", "sentiment"),
    [("不好", NEG), ("太差了", NEG), ("不错", POS), ("没有问题", POS), ("一般", NEG)],
)
def test_the_real_word_beside_its_trap(text: str, sentiment: Sentiment) -> None:
    assert sentiment_of(text) == sentiment


def test_lukewarm_words_are_not_praise_or_a_strong_complaint() -> None:
    assert sentiment_of("还行") != NEG
    assert sentiment_of("好不容易才挂上号") != POS
    assert abs(analyse("一般般").sentiment_score) < abs(analyse("太差了").sentiment_score)


@pytest.mark.parametrize(
    "text",
    [
        "真是“专业”啊",
        "呵呵",
        "好一个三甲医院",
        "真行啊，让我们等了三个小时",
        "真厉害，挂个号排了三个小时",
        "呵呵，这就是所谓的专家",
    ],
)
def test_sarcasm_reads_as_a_complaint(text: str) -> None:
    assert sentiment_of(text) == NEG


def test_praise_said_without_a_complaint_stays_praise() -> None:
    assert sentiment_of("王医生真厉害，一次就治好了") == POS
    assert sentiment_of("真行！") == POS


def test_mixed_review_with_good_stars_is_mixed_and_flags_the_complaint() -> None:
    analysis = analyse("医生很好，但是护士态度很差。", 4)
    assert analysis.sentiment == Sentiment.MIXED
    assert S in analysis.topics
    assert "complaint" in analysis.urgency_reason


def test_a_reservation_about_another_aspect_makes_praise_mixed() -> None:
    # 就是 adds a reservation about the price: praise of the doctor, a complaint about the bill
    assert sentiment_of("医生技术不错，就是收费有点高") == Sentiment.MIXED
    assert analyse("医生技术不错，就是收费有点高", 5).sentiment == Sentiment.MIXED
    # 但是 makes what follows weigh more: the score leans to the complaint
    analysis = analyse("医生技术不错，但是太贵了", None)
    assert analysis.sentiment == Sentiment.MIXED
    assert analysis.sentiment_score < 0


def test_what_a_patient_concedes_with_although_weighs_less() -> None:
    assert sentiment_of("虽然等了很久，但是王医生很耐心") == POS


@pytest.mark.parametrize(
    "text",
    [
        "医院在地铁二号线旁边，出站走五分钟就到。",
        "周末也开门，上午八点开始挂号。",
        "请问这里可以用医保吗？",
        "医生说不用做手术，吃药观察",
        "报告要等三个工作日",
        "检查结果一切正常",
    ],
)
def test_information_is_neutral(text: str) -> None:
    assert sentiment_of(text) == NEU


@pytest.mark.parametrize(
    ("text", "sentiment"), [("差", NEG), ("坑", NEG), ("赞", POS), ("好", POS), ("赞！", POS)]
)
def test_a_one_character_review_has_a_sentiment(text: str, sentiment: Sentiment) -> None:
    analysis = analyse(text)
    assert (analysis.language, analysis.sentiment) == ("zh", sentiment)


def test_emoji_only_reviews_follow_the_emoji_and_the_stars() -> None:
    assert analyse("👍👍", 5).sentiment == POS
    angry = analyse("😡", 1)
    assert angry.sentiment == NEG and "angry" in angry.urgency_reason
    assert analyse("👍").sentiment == POS
    assert analyse("👍").language == "zh"  # no letters: the source's language


def test_empty_text_is_judged_by_the_stars() -> None:
    one, five = analyse("", 1), analyse("", 5)
    assert (one.sentiment, five.sentiment) == (NEG, POS)
    assert one.topics == () and one.language == "zh"


def test_traditional_characters_are_read_too() -> None:
    assert sentiment_of("醫生很專業，推薦") == POS
    assert sentiment_of("態度惡劣，不推薦") == NEG


# --- topics ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("排了两个小时的队", W),
        ("叫号太慢", W),
        ("护士态度很好", S),
        ("医生爱搭不理", S),
        ("跟我说话的语气居高临下", S),
        ("前台电话一直打不通", R),
        ("导医指路很清楚", R),
        ("误诊了", OUT),
        ("种植牙做得很成功", OUT),
        ("医生一问三不知", C),
        ("讲解很详细", C),
        ("收红包", B),
        ("挂号费五十", B),
        ("网上根本挂不上号", D),
        ("号贩子太多", D),
        ("厕所很脏", CL),
        ("病房很宽敞", CL),
        ("停车位很难找", A),
        ("出站走两分钟", A),
        ("食堂的饭菜很难吃", F),
    ],
)
def test_each_topic_is_found_in_common_wording(text: str, topic: Topic) -> None:
    assert topic in analyse(text).topics


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("心脏内科在三楼", CL),  # 脏 in 心脏
        ("饭后服用，一天三次", F),  # 饭 in 饭后
        ("贵院的护士很好", B),  # 贵 in 贵院
        ("慢性胃炎复查", W),  # 慢 in 慢性
    ],
)
def test_a_topic_word_hidden_in_another_word_is_not_a_topic(text: str, topic: Topic) -> None:
    assert topic not in analyse(text).topics


def test_praise_of_a_named_doctor_needs_a_positive_sentence() -> None:
    assert NP in analyse("感谢王医生！").topics
    assert NP not in analyse("王医生今天不出诊。").topics
    assert NP not in analyse("王医生态度很差。").topics
    assert NP not in analyse("在好大夫上预约的王医生，下周二复诊。").topics


# --- the lexicon files ----------------------------------------------------------------------


def test_no_term_is_listed_twice() -> None:
    # the matcher keeps the first of two equal terms: a second one would silently do nothing
    for name in ("sentiment_zh", "topics_zh"):
        terms = [t for pairs in load_sections(name).values() for t, _ in pairs]
        assert sorted({t for t in terms if terms.count(t) > 1}) == [], name


def test_weights_stay_on_the_scale_of_the_other_languages() -> None:
    sections = load_sections("sentiment_zh")
    for section in ("words", "irony"):
        assert all(-4 <= float(v) <= 4 for _, v in sections[section])
    assert all(0.5 <= float(v) <= 2 for _, v in sections["intensifiers"])
