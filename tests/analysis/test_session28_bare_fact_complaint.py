"""Session 28 (issue 19, branch amix28, probe41a): the complaint told as a bare fact or a tip.

A praising review whose one complaint carries no judging word was read as praise alone (mixed
read as positive, the largest blind error). A fact now blames by itself where it states what a
patient does not expect, words as data (the "Session 28 (amix28)" sections of
aspects_<lang>.txt):

- the only way a thing is done: payment in cash only, booking only by phone, results only in
  person ("Cash only", "Запись только по телефону", "Wyniki tylko do odbioru osobiście",
  "报告只能本人来取");
- a charge for what is usually included ("Перевязки платно", "Повторна консультація теж
  платна", "Zaświadczenie płatne", "换药要自费", "not covered");
- a lack ("no air con", "стулья на всех", "Туалет один", "没有停车位", "Парковки у здания
  нет") or a charge for what was included before ("used to be free");
- a tip to other patients that warns of the fault ("Bring cash", "Be prepared to wait",
  "Беріть готівку", "Радимо записуватися заздалегідь", "记得带现金"); advice on what to do is
  no recommendation of the practice (sentiment_ru.txt, sentiment_uk.txt, as "radzę zabrać").

Neutral facts of the same things stay unjudged ("Payment by card", "Parking is behind the
building", "Приём по записи"), so a positive review that tells them stays positive.

Each review is written for the test (none is a row of any set).
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG = "negative"

BARE_FACTS = [
    # the only way
    ("Dr Okoye is a gem, so patient with my mum. Cash only at the desk.", "en", "price"),
    (
        "Lovely GP who actually reads your notes. Appointments only by phone before 9am.",
        "en",
        "scheduling",
    ),
    (
        "The dermatologist was great. Biopsy results are only given in person.",
        "en",
        "communication",
    ),
    ("Педиатр замечательная, сын её обожает. Запись только по телефону.", "ru", "scheduling"),
    ("Лікар уважний і спокійний. Записатися можна лише телефоном.", "uk", "scheduling"),
    ("Lekarka bardzo sympatyczna. Płatność tylko gotówką.", "pl", "price"),
    ("Ortopeda konkretny i miły. Wyniki tylko do odbioru osobiście.", "pl", "communication"),
    ("医生很仔细。只收现金。", "zh", "price"),
    ("医生态度很好。化验单只能本人来取。", "zh", "communication"),
    # a charge for what is usually included
    ("Great surgeon, neat stitches. The follow-up dressing was not covered.", "en", "price"),
    ("Хирург аккуратный, всё зажило. Снятие швов тоже платно.", "ru", "price"),
    ("Гінеколог уважна. Повторний огляд теж платний.", "uk", "price"),
    ("Pediatra cudowna. Zaświadczenie do szkoły płatne.", "pl", "price"),
    ("牙医很细心。拍片还要自费。", "zh", "price"),
    # a lack
    ("The midwives were brilliant. The ward had no air conditioning in July.", "en", "facilities"),
    ("Массажист отличный. В коридоре три стула на всех.", "ru", "facilities"),
    ("Невролог дуже досвідчений. Туалет один, на іншому поверсі.", "uk", "facilities"),
    ("医生很耐心。附近没有停车位。", "zh", "access"),
    # the lack told with whose it is between
    ("Стоматолог прекрасный. Парковки у здания нет.", "ru", "access"),
    # a charge for what was included before
    ("Dr Fox was wonderful. The flu jab used to be free.", "en", "price"),
    # a tip that warns
    ("Bring cash. Dr Bell is the kindest GP I've met.", "en", "price"),
    ("Be prepared to wait. Dr Rao is very thorough and kind.", "en", "waiting"),
    ("Берите с собой наличные. Стоматолог очень аккуратный.", "ru", "price"),
    ("Беріть готівку. Масажистка чудова.", "uk", "price"),
    ("Радимо записуватися заздалегідь. Кардіолог знає свою справу.", "uk", "scheduling"),
    ("Weźcie gotówkę. Fizjoterapeuta świetny.", "pl", "price"),
    (
        "Radzę zapisać się z wyprzedzeniem. Endokrynolog bardzo rzeczowa.",
        "pl",
        "scheduling",
    ),
    ("医生很专业。记得带现金。", "zh", "price"),
]


@pytest.mark.parametrize(("text", "lang", "aspect"), BARE_FACTS)
def test_a_bare_fact_or_a_tip_after_praise_is_the_complaint(
    text: str, lang: str, aspect: str
) -> None:
    # before session 28: positive, the fact or the tip named nothing judged
    assert verdict(text, lang) == "mixed"
    assert (aspect, NEG) in read(text, lang)


NEUTRAL_FACTS = [
    ("Payment by card at the desk. Dr Ward explained every step, brilliant.", "en"),
    ("Parking is behind the building. The nurse was gentle and quick.", "en"),
    ("Приём по записи. Терапевт внимательный, всё подробно объяснил.", "ru"),
    ("Оплата картою або готівкою. Стоматолог дуже делікатний.", "uk"),
    ("Płatność kartą. Lekarz cierpliwy i dokładny.", "pl"),
    ("支持微信支付。医生很耐心。", "zh"),
    # advice that recommends the doctor is still praise
    ("Советую записаться именно к ней, врач от бога.", "ru"),
    ("Раджу записатися саме до неї, лікарка чудова.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), NEUTRAL_FACTS)
def test_a_neutral_fact_beside_praise_stays_praise(text: str, lang: str) -> None:
    assert verdict(text, lang) == "positive"
    assert not {pair for pair in read(text, lang) if pair[1] == NEG}
