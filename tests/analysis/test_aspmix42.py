"""Session 42 (aspmix42, issue 19, probe56): English and Chinese families read from the tuning
rows' misses of long everyday reviews, tested in new sentences (not probe56's rows nor any
tuning row).

- A room told by what is in it (toys, tables, magazines, a sofa; 玩具, 桌子, 杂志) is the
  premises, not the wait; sticky or messy things judge it.
- A diagnosis found later told by where the patient ended up or who found it ("ended up in A&E
  with", "my own GP diagnosed", "拍片是肺炎", "大医院确诊是"), and the doctor's word told as advice
  to wait ("said I should just wait it out", "说熬一熬就好了"): the words the doctor said are not
  praise standing between.
- The price praised as quoted with nothing added ("no hidden fees", "和报价一模一样").
- A doctor surnamed 钱 is no price, nor is money owed in a simile of manner.
- A review that lists its sides ("Pros: ... Cons: ...", "优点：... 缺点：...") is mixed.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The waiting room had old magazines piled up and grimy tables."),
        ("en", "Their waiting area is messy, toys and leaflets all over the floor."),
        ("zh", "候诊室的沙发脏兮兮的，杂志也是好几年前的。"),
        ("zh", "候诊区桌子油腻腻的，让人不想坐。"),
    ],
)
def test_a_room_told_by_its_furnishings_is_the_premises_not_the_wait(lang: str, text: str) -> None:
    found = read(text, lang)
    assert ("facilities", "negative") in found
    assert not any(aspect == "waiting" for aspect, _ in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We sat in the waiting room for two hours before anyone called us."),
        ("zh", "在候诊室足足等了两个小时才叫到我。"),
    ],
)
def test_a_wait_in_the_waiting_room_stays_the_wait(lang: str, text: str) -> None:
    assert ("waiting", "negative") in read(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The locum told me it was just a virus and to rest. Two days later I ended up"
            " in A&E with appendicitis.",
        ),
        (
            "en",
            "She said it was a pulled muscle. A week later a different doctor found a"
            " fracture in my wrist.",
        ),
        ("zh", "医生说是普通感冒，开了点药。后来去大医院确诊是肺炎。"),
        ("zh", "医生说“扛一扛就好了”，什么检查都没做。两天后拍片是骨折。"),
    ],
)
def test_a_diagnosis_found_later_by_another_blames_it(lang: str, text: str) -> None:
    found = read(text, lang)
    assert ("doctor", "negative") in found
    assert ("outcome", "negative") in found
    assert ("outcome", "positive") not in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "She said it was a pulled muscle and it was: two weeks of rest and it healed."),
        ("zh", "医生说熬一熬就好了，果然三天就好了。"),
    ],
)
def test_a_doctors_word_borne_out_is_no_misdiagnosis(lang: str, text: str) -> None:
    assert ("doctor", "negative") not in read(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The crown cost exactly what we were quoted, no hidden charges."),
        ("en", "Billing was straightforward and there were no surprise fees afterwards."),
        ("zh", "补牙的费用和报价完全一样，没有额外收费。"),
        ("zh", "做手术前估算多少，结账就是多少。"),
    ],
)
def test_a_price_as_quoted_with_nothing_added_is_praise(lang: str, text: str) -> None:
    found = read(text, lang)
    assert ("price", "positive") in found
    assert ("price", "negative") not in found


def test_a_fee_hidden_is_blamed() -> None:
    assert ("price", "negative") in read("Lots of hidden charges on the final invoice.", "en")


@pytest.mark.parametrize(
    "text",
    ["钱大夫看得很仔细，还给我画了图。", "钱主任手术做得特别好，现在完全恢复了。"],
)
def test_a_doctor_surnamed_qian_is_no_price(text: str) -> None:
    found = read(text, "zh")
    assert ("doctor", "positive") in found
    assert not any(aspect == "price" for aspect, _ in found)


def test_money_owed_in_a_simile_is_no_price() -> None:
    found = read("护士说话特别冲，好像我欠他们钱似的。", "zh")
    assert not any(aspect == "price" for aspect, _ in found)
    assert ("nurse", "negative") in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Writing this for anyone thinking of switching. Pros: the building is modern and"
            " clean, and the nurses are lovely. Cons: I was kept waiting for an hour and a"
            " half, the doctor barely looked at me, and nobody ever phoned with my results."
            " I paid for the visit myself and it felt like money thrown away, honestly I"
            " expected a lot more from a place with such good ratings online.",
        ),
        (
            "zh",
            "在这家看了两次，说说感受。优点：环境干净，护士态度好。缺点：排队排了一个半小时，"
            "医生三分钟就把我打发了，检查结果也没人通知，花了六百多块钱，感觉很不值，"
            "网上评价那么高，实际体验真的让人失望，以后不会再来了。",
        ),
    ],
)
def test_a_review_that_lists_its_pros_and_cons_is_mixed(lang: str, text: str) -> None:
    found = read(text, lang)
    assert any(polarity == "positive" for _, polarity in found)
    assert any(polarity == "negative" for _, polarity in found)
    assert verdict(text, lang) == "mixed"


def test_other_emergency_rooms_counted_are_another_practice() -> None:
    found = read("三家急诊都没查出来的阑尾炎，张医生摸了一下就判断出来了。", "zh")
    assert ("doctor", "negative") not in found
    assert ("outcome", "negative") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("取药的窗口太慢了，一排就是两个钟头。", ("waiting", "negative")),
        ("化验室门口一等就是四十多分钟。", ("waiting", "negative")),
        ("挺准时的，只比约的时间晚了五分钟。", ("waiting", "positive")),
        ("主任说话直接，从来不隐瞒病情，我们心里有底。", ("communication", "positive")),
    ],
)
def test_chinese_waits_and_information_told_in_their_idioms(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in read(text, "zh")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The front desk ladies could use some basic customer service training."),
        ("zh", "医保窗口的行政人员真该好好培训一下。"),
    ],
)
def test_staff_who_need_training_are_blamed(lang: str, text: str) -> None:
    assert ("reception", "negative") in read(text, lang)


def test_the_patients_own_fear_of_a_kind_of_carer_names_no_carer_here() -> None:
    text = "I was petrified of needles since childhood, but Nurse Abby was so gentle and calm."
    found = read(text, "en")
    assert ("nurse", "positive") in found
    assert not any(polarity == "negative" for _, polarity in found)
    text = (
        "I had avoided doctors for years after a horrible experience as a teenager,"
        " and Dr Oduya was wonderful with me."
    )
    assert read(text, "en") == {("doctor", "positive")}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("zh", "采血的小刘姐姐一针就扎进去了，手法很轻。", ("nurse", "positive")),
        ("en", "The clinic itself is stunning, all glass and plants.", ("facilities", "positive")),
        (
            "en",
            "I asked why the bill was so high and got a shrug from the office manager.",
            ("price", "negative"),
        ),
    ],
)
def test_the_nurse_by_surname_the_building_itself_and_a_price_questioned(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    assert expected in read(text, lang)
