"""Session 33 (aspzh33, issue 19, probe46zh/probe46ru): a mixed review whose complaint is set
apart after praise, by a reservation or a "but", and told as a fact ("Минус: ...", "可是化验费
收了两次"); Chinese nouns read by their head character (理疗室, 化验费, 分诊台, X光机) and a
degree word before a word no list judges (太窄, 有点挤); a queue told long without a number;
没 before a count ("没几天") that is "within", not a negator. The sentences are not probe46's
rows; the mixed ones were read positive on the code before; the controls stay as they were.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

# (language, text, the praised aspect, the complaint's aspect)
MIXED = [
    # a fact after a "but" or a reservation, following praise
    (
        "ru",
        "Стоматолог молодец, пломба стоит. Только вот цены за год выросли вдвое.",
        "doctor",
        "price",
    ),
    (
        "ru",
        "Терапевт внимательная, всё объяснила. Но анализы делали в другой лаборатории,"
        " за отдельные деньги.",
        "doctor",
        "price",
    ),
    ("zh", "护士扎针很准。可是收据上多了一项材料费。", "nurse", "price"),
    ("zh", "牙医很耐心。不过检查费是别家的两倍。", "doctor", "price"),
    ("zh", "医生很好。但是手术费后来又加了两千。", "doctor", "price"),
    # a room, a desk or a machine named by its head character, blamed by a degree word
    ("zh", "推拿师手法很好。就是理疗室太窄，转个身都难。", "doctor", "facilities"),
    ("zh", "大夫看得很认真，就是B超机太老了，拍了好几遍。", "doctor", "facilities"),
    # a queue told long without a number
    ("zh", "大夫看得很仔细。缴费的地方排了好长的队。", "doctor", "waiting"),
    # 没几天: the pain came back soon, it is not denied
    ("zh", "医生人很好。补完牙没几天又疼起来了。", "doctor", "outcome"),
]


@pytest.mark.parametrize(("lang", "text", "praised", "blamed"), MIXED)
def test_a_complaint_set_apart_after_praise_is_mixed(
    lang: str, text: str, praised: str, blamed: str
) -> None:
    found = read(text, lang)
    assert (praised, "positive") in found
    assert (blamed, "negative") in found
    assert verdict(text, lang) == "mixed"


# (language, text): praise where the same words would turn ("правда" as "truly", 就是 as "just
# for", a degree word that praises, "не слишком дорого")
CONTROLS = [
    ("ru", "Врач правда хороший, всё объяснил и успокоил. Спасибо!"),
    ("zh", "就是冲着王医生来的，果然没让我失望。"),
    ("zh", "医生很耐心，一点都不催，价格也不太贵。"),
    ("zh", "医生太会哄孩子了，女儿一点都没哭。"),
]


@pytest.mark.parametrize(("lang", "text"), CONTROLS)
def test_praise_with_a_turning_word_stays_praise(lang: str, text: str) -> None:
    assert all(polarity == "positive" for _, polarity in read(text, lang))
    assert verdict(text, lang) == "positive"


def test_a_but_after_blame_turns_towards_praise_and_blames_nothing_more() -> None:
    """After a complaint, a "but" and a fact ("但是医生给我开了药") is no second complaint."""
    text = "前台态度很差，让我站了半天。但是医生给我开了药。"
    assert ("doctor", "negative") not in read(text, "zh")


def test_a_fact_alone_after_a_reservation_word_is_a_story() -> None:
    """With no praise before it, a sentence opened by "Минус" names a fact and blames nothing
    by the reservation alone."""
    assert read("Минус: клиника на другом конце города.", "ru") == set()
