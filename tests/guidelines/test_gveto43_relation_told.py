"""Session 43 (gveto43): a finding in a sentence that calls the reader one of our patients
outright ([guard] relation_told: "您作为我们的老病人", "вы как наш давний пациент") is never
dropped by the learned veto (issue 16: zh-r42a-block-002 and zh-r43a-block-001, two writers'
leaks to a neighbour that the rules found and the sentence veto dropped). Probed in new words,
each language, with a made-up veto sure every reply is good, beside the same words said of
patients in general (which this change must not keep)."""

from __future__ import annotations

import numpy as np
import pytest

from clinicrep.guidelines import learned
from clinicrep.guidelines.confidentiality import find_confidentiality_problems
from clinicrep.guidelines.learned import LearnedReader

# (language, review by a neighbour, reviewer, reply calling them our patient outright)
TOLD_TO_A_NEIGHBOUR = [
    (
        "zh",
        "你们诊所晚上的招牌灯太亮了，照得我们家卧室像白天一样。",
        "对面小区的业主",
        "您好，实在抱歉影响了您的休息。您作为我们的老患者，一定也理解招牌对新来的人找路很重要，"
        "我们已经把灯调暗了。",
    ),
    (
        "zh",
        "你们的病人总是把电动车停在我店门口。",
        "楼下开店的小陈",
        "小陈您好，给您的生意添麻烦了。您也是我们诊所的老病人，知道我们门口地方小，"
        "我们已经在门口贴了提示。",
    ),
    (
        "zh",
        "你们的救护车半夜鸣笛，吵得人睡不着。",
        "住在对面的老周",
        "周先生您好，很抱歉打扰了您的休息。您身为我们医院的老病人，也清楚急救车辆的规定，"
        "我们已经提醒司机进入小区后关闭警笛。",
    ),
    (
        "zh",
        "装修的电钻声从早上七点就开始了。",
        "隔壁的住户",
        "您好，非常抱歉打扰到您。作为我们的老病人，您一直很支持我们，我们已经和施工队约定"
        "九点以后才动工。",
    ),
    (
        "ru",
        "Ваши курьеры с утра паркуются на газоне.",
        "Жилец из соседнего дома",
        "Добрый день! Вы ведь являетесь одним из наших постоянных пациентов и знаете, как мы "
        "бережём двор, поэтому курьерам уже выдали схему подъезда.",
    ),
    (
        "ru",
        "Ремонт у вас начинается в семь утра.",
        "Сосед",
        "Здравствуйте, извините за шум. Как давний пациент нашей клиники, вы знаете, что мы "
        "стараемся не мешать соседям.",
    ),
    (
        "uk",
        "Ваші кур'єри зранку паркуються на газоні.",
        "Мешканка сусіднього будинку",
        "Добрий день! Ви ж є однією з наших постійних пацієнток і знаєте, як ми бережемо двір, "
        "тому кур'єрам уже видали схему під'їзду.",
    ),
    (
        "uk",
        "Ремонт у вас починається о сьомій ранку.",
        "Сусід",
        "Вітаємо, вибачте за шум. Будучи нашим давнім пацієнтом, ви знаєте, що ми намагаємося "
        "не заважати сусідам.",
    ),
    (
        "en",
        "Your air conditioning units hum all night.",
        "Upstairs neighbour",
        "We are sorry for the disturbance. Being one of our regular patients yourself, you know "
        "how much we value our neighbours.",
    ),
    (
        "pl",
        "Wasze klimatyzatory szumią całą noc.",
        "Sąsiad z góry",
        "Przepraszamy za hałas. Będąc naszym stałym pacjentem, wie Pan, jak dbamy o dobre "
        "relacje z sąsiadami.",
    ),
]

# the same words said of patients in general, where the rules find a patient's visit: the
# veto may still drop them (nothing here calls the reader ours)
SAID_OF_EVERYONE = [
    (
        "zh",
        "你们门口的自行车把人行道都堵死了，老人根本过不去。",
        "隔壁张阿姨",
        "张阿姨您好，谢谢您的提醒。很多老患者骑车来复诊，我们会在后院另设停车区，避免影响邻居出行。",
    ),
]

# the same words said in general with no finding: passed by the rules and the reader alike
GENERAL_AND_CLEAN = [
    (
        "zh",
        "你们的救护车半夜鸣笛，吵得人睡不着。",
        "住在对面的老周",
        "周先生您好，很抱歉打扰了您的休息。我们的老病人都知道急救车辆有规定，我们已经提醒司机"
        "进入小区后关闭警笛。",
    ),
    (
        "zh",
        "你们的救护车半夜鸣笛，吵得人睡不着。",
        "住在对面的老周",
        "周先生您好，很抱歉打扰了您的休息。如果您是我们的老病人，也会清楚急救车辆的规定，"
        "我们已经提醒司机进入小区后关闭警笛。",
    ),
    (
        "ru",
        "Машины ваших сотрудников занимают весь двор.",
        "Ольга",
        "Ольга, спасибо, что написали. Как и наши пациенты, соседи важны для нас; мы "
        "договорились с сотрудниками о платной стоянке.",
    ),
    (
        "uk",
        "Машини ваших працівників займають увесь двір.",
        "Оксана",
        "Оксано, дякуємо, що написали. Як і наші пацієнти, сусіди для нас важливі; ми "
        "домовилися з працівниками про платну стоянку.",
    ),
    (
        "en",
        "Your bins overflow.",
        "Tom",
        "Our patients can book online; the bins are now emptied daily.",
    ),
]


def _ids(rows: list[tuple[str, str, str, str]]) -> list[str]:
    return [f"{row[0]}-{place}" for place, row in enumerate(rows)]


def _vetoes_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every language's learned reader: a veto sure every flagged reply is good, no add."""
    sure_good = LearnedReader(np.zeros(1 << learned.BITS, dtype=np.float32), -8.0).with_thresholds(
        2.0, 0.0, 0, dict.fromkeys(learned.VETOED_RULES, 0.5)
    )
    monkeypatch.setattr(
        "clinicrep.guidelines.confidentiality.learned_reader", lambda language: sure_good
    )


def _rules(language: str, review: str, reviewer: str, reply: str, learned: bool) -> list[str]:
    found = find_confidentiality_problems(
        reply, review_text=review, language=language, reviewer_name=reviewer, learned=learned
    )
    return [f.rule for f in found]


@pytest.mark.parametrize(
    ("language", "review", "reviewer", "reply"), TOLD_TO_A_NEIGHBOUR, ids=_ids(TOLD_TO_A_NEIGHBOUR)
)
def test_a_relationship_told_outright_is_never_vetoed(
    monkeypatch: pytest.MonkeyPatch, language: str, review: str, reviewer: str, reply: str
) -> None:
    assert "confirms_patient" in _rules(language, review, reviewer, reply, learned=False)
    _vetoes_everything(monkeypatch)
    assert "confirms_patient" in _rules(language, review, reviewer, reply, learned=True)


@pytest.mark.parametrize(
    ("language", "review", "reviewer", "reply"), SAID_OF_EVERYONE, ids=_ids(SAID_OF_EVERYONE)
)
def test_patients_in_general_are_still_vetoed(
    monkeypatch: pytest.MonkeyPatch, language: str, review: str, reviewer: str, reply: str
) -> None:
    assert _rules(language, review, reviewer, reply, learned=False)
    _vetoes_everything(monkeypatch)
    assert _rules(language, review, reviewer, reply, learned=True) == []


@pytest.mark.parametrize(
    ("language", "review", "reviewer", "reply"), GENERAL_AND_CLEAN, ids=_ids(GENERAL_AND_CLEAN)
)
def test_patients_in_general_are_no_finding(
    language: str, review: str, reviewer: str, reply: str
) -> None:
    assert _rules(language, review, reviewer, reply, learned=False) == []
    assert _rules(language, review, reviewer, reply, learned=True) == []


def test_the_shipped_zh_reader_keeps_the_rows_kind_in_new_words() -> None:
    """The shipped zh reader ("both") dropped this one before the change (its sentence is about
    sirens at night, as zh-r42a-block-002's was about building noise)."""
    _, review, reviewer, reply = TOLD_TO_A_NEIGHBOUR[2]
    assert _rules("zh", review, reviewer, reply, learned=True) == ["confirms_patient"]
