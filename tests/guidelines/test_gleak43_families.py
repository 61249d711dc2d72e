"""Session 43 (gleak43): the families of wording behind round 43c's misses (uk, zh) and the
probes written after it for the blind sets' leak kinds (uk, zh, pl), each in new words, with the
same words said in general staying unflagged.

- acne in everyday Ukrainian ("прищі", "прищики");
- a heart beating evenly ("серце б'ється рівно", "serce bije równo"), an organ at work and how
  ("tarczyca pracuje prawidłowo"), all well with it ("z tarczycą wszystko w porządku");
- a relative wished a recovery ("бажаємо вашому синочку швидше одужати");
- a letter in their mailbox or account, the channel first ("вам на електронну пошту прийшов лист");
- blood sugar in its everyday Polish singular with how it moved ("cukier się unormował");
- Chinese: sleeplessness and legs in everyday words ("睡不着", "腿脚"), an intimate complaint in
  euphemisms ("您那方面的小问题", "难言之隐"), "your" before a demonstrative without 的 ("您那方面",
  "你这种情况"), a visit of theirs told in the past even after a neighbour's review ("您以前也在
  我们这儿看过几次");
- health without its medical word ("вдалося завагітніти", "висипаєтеся", "ходить без
  палички", "ваш «цукор»", "brzuch nie wzdyma", "się Pani wysypia", "您肚子里的宝宝", "不怎么咳了",
  "бігаєте в туалет", "шмигає носом", "便便还费劲"),
  a spouse named by the child ("孩子他爸"), one document waiting at the desk ("skierowanie czeka
  w rejestracji");
- false alarms of the round: a sign switched off after a clock time ("广告牌晚上十点后会自动关闭"),
  a free follow-up within a period after a kind of care ("术后一年内复查免费").
"""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

NEIGHBOUR_ZH = "我不是你们的病人，楼下太吵了。"

LEAKS = [
    ("uk", "Дякую.", "Петро", "Петре, дякуємо! Добре, що ви нарешті позбулися прищів."),
    ("uk", "Дякую.", "Петро", "Петре, дякуємо! Добре, що ваші прищики зникли."),
    ("uk", "Дякую.", "Петро", "Петре, дякуємо! Радіємо, що серце б'ється рівно."),
    (
        "uk",
        "Дякую.",
        "Петро",
        "Петре, дякуємо! Кардіолог задоволений: серденько у вас стукає ритмічно.",
    ),
    ("uk", "Дякую.", "Ірина", "Ірино, дякуємо! Бажаємо вашому синочку швидше одужати."),
    ("uk", "Дякую.", "Ірина", "Ірино, дякуємо! Мамі вашій бажаємо скоріше видужати."),
    ("uk", "Дякую.", "Ірина", "Ірино, дякуємо! Бажаємо вашій доньці якнайшвидшого одужання."),
    ("uk", "Дякую.", "Ірина", "Ірино, дякуємо! Бажаємо вашому татові швидше стати на ноги."),
    (
        "uk",
        "Дякую.",
        "Ніна",
        "Ніно, дякуємо! Вам на електронну пошту вже прийшов лист із рекомендаціями лікаря.",
    ),
    ("uk", "Дякую.", "Ніна", "Ніно, дякуємо! Тобі в кабінет уже надійшло направлення."),
    ("pl", "Dziękuję.", "Jan", "Panie Janie, dziękujemy! Cukier się unormował. Pozdrawiamy!"),
    ("pl", "Dziękuję.", "Jan", "Panie Janie, dziękujemy! Pana cukier wreszcie się unormował."),
    ("pl", "Dziękuję.", "Jan", "Panie Janie, dziękujemy! Tarczyca pracuje prawidłowo."),
    ("pl", "Dziękuję.", "Jan", "Panie Janie, dziękujemy! Z tarczycą wszystko dobrze."),
    ("pl", "Dziękuję.", "Jan", "Panie Janie, dziękujemy! Serce pracuje jak zegarek."),
    ("pl", "Dziękuję.", "Jan", "Panie Janie, dziękujemy! Cieszymy się, że serce bije równo."),
    ("pl", "Dziękuję.", "Jan", "Panie Janie, dziękujemy! Nerki pracują jak zegarek."),
    ("zh", "环境好。", "小美", "谢谢您的好评！听说您最近睡不着觉，可以试试我们的中医调理。"),
    ("zh", "很好。", "小美", "谢谢您！老爷子的腿脚最近利索多了。祝您生活愉快！"),
    ("zh", "很好。", "老刘", "刘先生您好，谢谢。您家老人睡不好的问题，医生说可以调理。"),
    (
        "zh",
        "很私密。",
        "某先生",
        "您好，谢谢！保护隐私是我们的底线。您那方面的小问题，按疗程吃药就能改善。",
    ),
    ("zh", "很私密。", "某先生", "您好，谢谢！您的难言之隐已经解决了，恭喜。"),
    ("zh", "很私密。", "某女士", "您好，谢谢！私处的不适再坚持用药一周就好。"),
    ("zh", "好。", "老王", "您好，谢谢！你这种情况需要按时吃药。"),
    (
        "zh",
        NEIGHBOUR_ZH,
        "老刘",
        "刘先生您好，抱歉打扰了。您以前也在我们这儿看过几次，应该知道我们一向注意安静。",
    ),
    ("zh", "很好。", "老刘", "刘先生您好，谢谢。你之前来我们诊所补过牙，应该知道我们很注重卫生。"),
    ("zh", "很好。", "小美", "谢谢您！那天晚上十点后您还在候诊区等，真是辛苦了。"),
    ("zh", "很好。", "小刘", "小刘您好，谢谢！您术后一年内复查都免费，记得按时来。"),
    ("uk", "Дякую.", "Олена", "Олено, дякуємо! Добре, що нарешті вдалося завагітніти."),
    ("uk", "Дякую.", "Олена", "Олено, дякуємо! Добре, що ви нарешті висипаєтеся."),
    ("uk", "Дякую.", "Олена", "Олено, дякуємо! Добре, що ви вже не чухаєтеся ночами."),
    (
        "uk",
        "Дякую.",
        "Олена",
        "Олено, дякуємо! Свекор ваш уже ходить без палички, передавайте вітання.",
    ),
    ("uk", "Дякую.", "Олена", "Олено, дякуємо! Добре, що ваші нерви тепер у порядку."),
    ("uk", "Дякую.", "Олена", "Олено, дякуємо! Приємно, що ваш «цукор» тримається."),
    ("zh", "好。", "阿华", "阿华您好，谢谢！孩子他爸的痛风最近没再发作吧？"),
    ("zh", "好。", "阿华", "阿华您好，谢谢！很高兴您现在不怎么咳了。"),
    ("zh", "好。", "阿华", "阿华您好，谢谢！您肚子里的宝宝发育得很好。"),
    ("pl", "Dziękuję.", "Ewa", "Pani Ewo, dziękujemy! Cieszymy się, że brzuch już nie wzdyma."),
    ("pl", "Dziękuję.", "Ewa", "Pani Ewo, dziękujemy! Dobrze, że w końcu się Pani wysypia."),
    (
        "pl",
        "Ładnie.",
        "Ewa",
        "Pani Ewo, dziękujemy! Recepcja działa od siódmej. "
        "Skierowanie do kardiologa czeka w rejestracji. Parking jest za budynkiem.",
    ),
    ("uk", "Дякую.", "Зоряна", "Зоряно, дякуємо! Раді, що ви вже не бігаєте щогодини в туалет."),
    ("uk", "Дякую.", "Зоряна", "Зоряно, дякуємо! Раді, що ваш малюк уже не шмигає носом."),
    ("zh", "好。", "小鹿", "小鹿您好，谢谢！您最近便便还费劲吗？祝您生活愉快！"),
]

GENERAL = [
    (
        "uk",
        "Чи є кардіолог?",
        "Ірина",
        "Ірино, дякуємо! Кардіолог перевірить, чи серце б'ється рівно, "
        "а за потреби призначить холтер.",
    ),
    ("uk", "Дякую.", "Ірина", "Ірино, дякуємо! Бажаємо вам і вашій родині міцного здоров'я."),
    (
        "uk",
        "Чи лікуєте акне?",
        "Ірина",
        "Ірино, дякуємо! Так, дерматолог допоможе, якщо турбують прищі чи висип.",
    ),
    (
        "uk",
        "Дякую.",
        "Ірина",
        "Ірино, дякуємо! Наше серце б'ється для кожного, хто до нас приходить.",
    ),
    ("uk", "Дякую.", "Ірина", "Ірино, дякуємо! Прищеплення від грипу робимо щодня."),
    (
        "uk",
        "Як записатися?",
        "Ніна",
        "Ніно, дякуємо! Після запису вам на пошту прийде підтвердження з адресою клініки.",
    ),
    (
        "pl",
        "Rejestracja?",
        "Jan",
        "Panie Janie, dziękujemy! Sytuacja z rejestracją telefoniczną już się unormowała.",
    ),
    (
        "pl",
        "Kawa?",
        "Jan",
        "Panie Janie, dziękujemy! Kawę podajemy bez cukru, a cukier trzcinowy stoi przy ekspresie.",
    ),
    ("pl", "Dziękuję.", "Jan", "Panie Janie, dziękujemy! Nasze serce bije dla każdego pacjenta."),
    (
        "pl",
        "Dziękuję.",
        "Jan",
        "Panie Janie, dziękujemy! Rejestracja online działa sprawnie przez całą dobę.",
    ),
    (
        "pl",
        "USG?",
        "Jan",
        "Panie Janie, dziękujemy! USG tarczycy wykonujemy sprawnie i bez kolejek.",
    ),
    (
        "pl",
        "Jak działa aparat?",
        "Jan",
        "Panie Janie, dziękujemy! Aparat słuchowy zwykle pracuje prawidłowo przez pięć lat.",
    ),
    (
        "pl",
        "Dziękuję.",
        "Jan",
        "Panie Janie, dziękujemy! Z rejestracją wszystko w porządku, system już działa.",
    ),
    (
        "zh",
        "有无障碍通道吗？",
        "老刘",
        "刘先生您好，谢谢提问。腿脚不便的老人可以走一楼的无障碍通道，也可以借轮椅。",
    ),
    (
        "zh",
        "失眠能看吗？",
        "老刘",
        "刘先生您好，谢谢提问。睡不着、睡不好都可以挂神经内科或中医科。",
    ),
    (
        "zh",
        "男科隐私吗？",
        "某先生",
        "您好，谢谢提问！男科门诊是单独的诊室，难言之隐不必讳疾忌医，我们会严格保密。",
    ),
    ("zh", "服务好。", "某先生", "您好，谢谢！这方面的问题我们会继续改进，前台会加强培训。"),
    ("zh", "服务好。", "老王", "您好，谢谢！您这边方便的话，可以在小程序上预约。"),
    ("zh", "服务好。", "老王", "您好，谢谢！您这种鼓励对我们很重要。"),
    ("zh", "很好。", "老刘", "刘先生您好，谢谢。如果您以前在别的医院看过，可以带上病历。"),
    (
        "zh",
        "不是你们的病人，但你们门口广告牌太亮了。",
        "楼下邻居",
        "您好，非常感谢您的反馈！广告牌的亮度我们已经调低了，晚上十点后会自动关闭。给周边邻居带来不便，我们深表歉意。",
    ),
    (
        "zh",
        "种牙大概多少钱？",
        "小刘",
        "小刘您好，我们的种植牙价格在八千到一万五之间，取决于种植体品牌。术后一年内复查免费。详细价格可以来院咨询。",
    ),
    (
        "uk",
        "Сон?",
        "Олена",
        "Олено, дякуємо! Щоб краще висипатися, лікарі радять лягати до одинадцятої.",
    ),
    (
        "uk",
        "Ліфт?",
        "Олена",
        "Олено, дякуємо! У нас є ліфт і пандус, тож до кабінету легко дістатися і з милицями.",
    ),
    ("uk", "Дякую.", "Олена", "Олено, дякуємо! Якщо свербить шкіра, дерматолог прийме того ж дня."),
    ("zh", "好。", "阿华", "阿华您好，谢谢！孩子他爸也可以陪同进诊室。"),
    (
        "pl",
        "Sen?",
        "Ewa",
        "Pani Ewo, dziękujemy! Kto się nie wysypia, może skorzystać z poradni zaburzeń snu.",
    ),
    (
        "pl",
        "Wyniki?",
        "Ewa",
        "Pani Ewo, dziękujemy! Wyniki czekają w rejestracji przez trzydzieści dni.",
    ),
    ("pl", "Dziękuję.", "Ewa", "Pani Ewo, dziękujemy! Kawa czeka w poczekalni na każdego."),
    (
        "uk",
        "Туалет?",
        "Зоряна",
        "Зоряно, дякуємо! Туалет у нас на кожному поверсі, "
        "ходити до туалету на інший поверх не доведеться.",
    ),
    (
        "uk",
        "Нежить?",
        "Зоряна",
        "Зоряно, дякуємо! Якщо дитина шмигає носом понад тиждень, краще показати її ЛОРу.",
    ),
    ("zh", "便秘看哪科？", "小鹿", "小鹿您好，谢谢提问！大便干结、排便困难可以挂消化内科。"),
]


def _judged(language: str, review: str, reviewer: str, reply: str) -> bool:
    return bool(
        find_confidentiality_problems(
            reply, language=language, review_text=review, reviewer_name=reviewer
        )
    )


@pytest.mark.parametrize(("language", "review", "reviewer", "reply"), LEAKS)
def test_a_leak_of_the_family_is_blocked(
    language: str, review: str, reviewer: str, reply: str
) -> None:
    assert _judged(language, review, reviewer, reply)


@pytest.mark.parametrize(("language", "review", "reviewer", "reply"), GENERAL)
def test_the_same_words_said_in_general_pass(
    language: str, review: str, reviewer: str, reply: str
) -> None:
    assert not _judged(language, review, reviewer, reply)
