"""Session 45 (gleak45en): a care relationship told inside what the reply reports the review
told ("you told us", "as you wrote", "you mentioned") or beside the reviewer's feelings, where
the REVIEW never said it: years on the practice's list or with a named clinician, joining or
registering with the practice, rebooking with the same clinician (issue 16). Every sentence is
written for this family in new words, none of a round's items; each language's own wordings.
Their twins say back only what the review told, or only feelings, and must pass."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import ANY_RULE, Probe, check, probes

_EN = "Really nervous about dentists but the hygienist was gentle and kind. Thank you."
_EN2 = "Always dread the dentist. Today was fine, the nurse chatted to me the whole time."
_RU = "Всегда боюсь стоматолога. Сегодня всё прошло нормально, медсестра со мной разговаривала."
_UK = "Завжди боюся стоматолога. Сьогодні все минуло нормально, медсестра зі мною розмовляла."
_PL = "Zawsze boję się dentysty. Dziś było w porządku, pielęgniarka cały czas ze mną rozmawiała."
_ZH = "我一直很怕看牙。今天还好，护士一直陪我聊天。"

TOLD_RELATIONSHIP = [
    ("en", _EN, "You told us how nervous you were after so many years on our list."),
    ("en", _EN, "You told us how anxious you felt after many years seeing Dr Reid. Thank you."),
    ("en", _EN, "You said you'd like to rebook with the same hygienist next time."),
    ("en", _EN, "You wrote that you had been nervous since joining our practice. Thank you."),
    ("en", _EN, "You mentioned you have been registered with us since 2015."),
    ("en", _EN, "As you wrote, you've been under the care of our hygienist for a long time."),
    ("en", _EN, "You shared that you've been nervous ever since you first came to us."),
    ("en", _EN, "As you put it, you've been on our books since you were a child."),
    ("en", _EN2, "You mentioned feeling on edge, even after a decade on Dr Shah's list."),
    ("en", _EN2, "You wrote that you still feel uneasy after all this time under our care."),
    ("en", _EN2, "You shared that your nerves have eased since registering with our surgery."),
    ("en", _EN2, "You told us you'd prefer to book in again with the same nurse."),
    ("en", _EN2, "As you put it, you've dreaded every visit since you signed up with us."),
    ("en", _EN2, "You said the dread is still there after years of coming to see us."),
    ("en", _EN2, "In your own words, you've dreaded it ever since switching to our practice."),
    ("en", _EN2, "You mentioned you first joined us as a child and still feel nervous."),
    ("en", _EN2, "You said you'd like to keep seeing the same dentist from now on."),
    ("en", _EN2, "You joined our practice as a child, and the nerves never quite left."),
    ("ru", _RU, "Вы писали, что до сих пор волнуетесь, хотя ходите к нам уже лет десять."),
    ("ru", _RU, "Как вы отметили, к доктору Орлову вы ходите с детства. Спасибо!"),
    ("ru", _RU, "Вы упомянули, что хотите и дальше записываться к тому же врачу."),
    ("ru", _RU, "Вы рассказали, что с тех пор как прикрепились к нашей клинике, страх меньше."),
    ("ru", _RU, "Как вы написали, вы у нас уже много лет, и нам приятно это слышать."),
    ("uk", _UK, "Ви писали, що досі хвилюєтеся, хоча ходите до нас уже років десять."),
    ("uk", _UK, "Як ви зазначили, до лікарки Мельник ви ходите з дитинства. Дякуємо!"),
    ("uk", _UK, "Ви згадали, що хочете й далі записуватися до того самого лікаря."),
    ("uk", _UK, "Ви розповіли, що відколи прикріпилися до нашої клініки, страх зменшився."),
    ("pl", _PL, "Napisała Pani, że wciąż się stresuje, choć przychodzi do nas od dziesięciu lat."),
    ("pl", _PL, "Jak Pan zauważył, do doktor Lis chodzi Pan od dziecka. Dziękujemy!"),
    ("pl", _PL, "Wspomniała Pani, że od lat chodzi do doktora Nowaka. Dziękujemy za opinię!"),
    ("pl", _PL, "Pisał Pan, że odkąd zapisał się do naszej przychodni, strach jest mniejszy."),
    ("pl", _PL, "Jak Pani pisała, regularnie przychodzi Pani do naszej higienistki."),
    ("zh", _ZH, "您说虽然在我们这里看了十年牙，还是会紧张。"),
    ("zh", _ZH, "正如您提到的，您从小就找刘医生看牙。谢谢！"),
    ("zh", _ZH, "您提到以后还想继续约同一位医生。"),
    ("zh", _ZH, "您说自从在我们诊所建档以后，就没那么害怕了。"),
    ("zh", _ZH, "您说您来我们这里洗了好几年牙，还是有点紧张。"),
]


@pytest.mark.parametrize(
    "probe", probes(TOLD_RELATIONSHIP, "language review bad", rule=ANY_RULE, reviewer="")
)
def test_a_relationship_the_review_did_not_tell_is_blocked(probe: Probe) -> None:
    check(probe)


SAID_BACK = [
    (
        "en",
        "Been coming to this dentist for years. Still nervous every time but they are lovely.",
        "As you told us, you've been coming to our dentists for years, and we're glad you"
        " still feel looked after.",
    ),
    (
        "en",
        "I've seen Dr Reid for many years and she always calms me down.",
        "You told us how Dr Reid has calmed you down over many years. Thank you.",
    ),
    (
        "en",
        "Registered here since 2015 and never had a bad experience. Really nervous patient.",
        "You mentioned you have been registered with us since 2015, and we're glad it has"
        " always gone well.",
    ),
    (
        "en",
        "I've been with this practice since 1998 and it's gone downhill.",
        "Bob, we're sorry you feel this way after so many years with us.",
    ),
    (
        "en",
        "I've been with this practice since 1998 and it's gone downhill.",
        "Bob, you've been with us since 1998 and we're sorry you feel this way.",
    ),
    ("en", _EN, "As you said, nerves are hard to shake. Thank you for the kind words."),
    ("en", _EN, "You shared how nervous you felt. Thank you for trusting us with that."),
    ("en", _EN2, "As you said, today was fine. Thank you for letting us know."),
    ("en", _EN2, "You shared that the chatting helped; we'll pass that on to the team."),
    ("en", "Lovely team.", "After 20 years with us, our practice manager Sue retires this spring."),
    ("en", "Lovely team.", "Anyone can ask to book with the same hygienist each time."),
    (
        "ru",
        "Я у них уже много лет, всё равно боюсь, но гигиенист была очень аккуратной.",
        "Как вы написали, вы у нас уже много лет, и нам приятно, что вы спокойны. Спасибо!",
    ),
    (
        "pl",
        "Od lat leczę się w tej przychodni i nadal się boję, ale higienistka była delikatna.",
        "Jak Pani pisała, od lat leczy się Pani u nas, i bardzo nas to cieszy. Dziękujemy!",
    ),
    (
        "pl",
        "Bardzo boję się dentystów, ale higienistka była bardzo delikatna. Dziękuję.",
        "Jak Pani pisała, bała się Pani. Cieszymy się, że wszystko poszło dobrze!",
    ),
    (
        "zh",
        "我在这里看了好几年牙，还是很怕，但洁牙师非常温柔。",
        "您说您在我们这里看了好几年，我们很高兴您这次感觉放松。谢谢！",
    ),
    ("zh", _ZH, "您说您很紧张，我们很高兴一切顺利。谢谢！"),
]


@pytest.mark.parametrize("probe", probes(SAID_BACK, "language review good", reviewer="Bob Smith"))
def test_what_the_review_told_or_only_feelings_said_back_passes(probe: Probe) -> None:
    check(probe)
