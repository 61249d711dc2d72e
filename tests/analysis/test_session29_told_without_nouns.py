"""Session 29 (amiss29, issue 19): price, reception and scheduling found where they are told
without the aspect's plain noun (the [price], [reception], [scheduling] and [not_an_aspect]
lines of session 29 in resources/lexicons/aspects_<lang>.txt; probe42m in
tests/analysis/data/README.md).

Sentences written for this test, not taken from any labelled set. Each told case fails on the
old code, which missed the aspect or read it the other way; each look-alike fails on it too,
which read a price or a booking that the sentence does not tell."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

TOLD = [
    # the price by an idiom of what it cost
    ("en", "We paid through the nose for two fillings.", ("price", "negative")),
    ("ru", "За такие деньги ждал большего от осмотра.", ("price", "negative")),
    ("ru", "Анализы по направлению, ни копейки не заплатил.", ("price", "positive")),
    ("uk", "Гаманець плакав після двох пломб.", ("price", "negative")),
    ("pl", "Portfel płacze po każdej wizycie.", ("price", "negative")),
    ("zh", "补了两颗牙，钱包哭了。", ("price", "negative")),
    ("zh", "手术很顺利，出院结账比当初说的多了三千。", ("price", "negative")),
    # the front desk by its people at their place, a line never answered or always busy
    ("en", "I couldn't get through on Monday morning.", ("reception", "negative")),
    ("en", "The lady on the front window was rude to my mother.", ("reception", "negative")),
    ("uk", "На ресепшені нахамили моїй мамі.", ("reception", "negative")),
    ("uk", "Пані у віконечку нахамила.", ("reception", "negative")),
    ("ru", "Телефон вечно занят, хоть ночуй у двери.", ("reception", "negative")),
    ("uk", "Телефон постійно зайнятий, хоч плач.", ("reception", "negative")),
    ("pl", "Pani za szybą była niemiła.", ("reception", "negative")),
    ("pl", "Telefon wiecznie zajęty.", ("reception", "negative")),
    # the desk judged by a deed or a word the sentiment list leaves out
    ("en", "At the desk the receptionist snapped at my dad.", ("reception", "negative")),
    ("ru", "Администратор сама принесла воды, очень мило.", ("reception", "positive")),
    ("uk", "Адміністраторка на вході така мила.", ("reception", "positive")),
    ("pl", "Rejestratorka odburknęła przez ramię.", ("reception", "negative")),
    # the booking by how far off the visit is, or a visit moved earlier
    ("en", "It took six weeks to be seen about my knee.", ("scheduling", "negative")),
    ("en", "By nine every appointment was gone again.", ("scheduling", "negative")),
    ("zh", "护士打电话让我提前三天来看。", ("scheduling", "positive")),
]


@pytest.mark.parametrize(("lang", "text", "pair"), TOLD)
def test_told_without_the_noun_is_found(lang: str, text: str, pair: tuple[str, str]) -> None:
    assert pair in read(text, lang)


LOOK_ALIKES = [
    ("en", "The price of ignoring the lump could have been high, but Dr Hart caught it.", "price"),
    ("ru", "Цена ошибки была бы высокой, а доктор всё перепроверил.", "price"),
    ("ru", "Хирург знает себе цену и говорит свысока.", "price"),
    ("ru", "Врач подробно записал всё в карту и всё объяснил.", "scheduling"),
    ("uk", "Ціна питання була високою, тому пішли до кращого лікаря.", "price"),
    ("uk", "Хірург знає собі ціну, але оперує добре.", "price"),
    ("uk", "Хірург сам забронював мені місце в палаті й усе пояснив.", "scheduling"),
    ("pl", "Cena za zwlekanie była wysoka, ale chirurg pomógł.", "price"),
]


@pytest.mark.parametrize(("lang", "text", "aspect"), LOOK_ALIKES)
def test_a_look_alike_is_not_the_aspect(lang: str, text: str, aspect: str) -> None:
    assert aspect not in {a for a, _ in read(text, lang)}


def test_a_desk_that_rang_of_its_own_accord_is_praised_in_the_review() -> None:
    text = "Dziewczyny przy wejściu same zadzwoniły z wolnym terminem."
    assert ("reception", "positive") in read(text, "pl")
    assert verdict(text, "pl") == "positive"
