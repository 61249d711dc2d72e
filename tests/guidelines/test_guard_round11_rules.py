"""Round eleven's rules for pl, en and zh, each for the kind of phrase and its hard negative:
the trip the reviewer made to come in, since a year they came to us, a slot kept for them, a
weekday with a clock time; against a patient neighbour, a street number, opening hours, a
change the practice made to itself and directions to the practice."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems


def _rules(reply: str, language: str, review: str = "Dobrze.") -> set[str]:
    found = find_confidentiality_problems(
        reply, language=language, review_text=review, reviewer_name="Kasia"
    )
    return {f.rule for f in found}


@pytest.mark.parametrize(
    ("language", "reply", "rule"),
    [
        (
            "en",
            "We're sorry, especially as you'd driven two hours from Fresno to see us.",
            "confirms_patient",
        ),
        ("zh", "非常抱歉，尤其是您专门从苏州开车过来。", "confirms_patient"),
        ("zh", "从2018年开始您就在我们这里看牙，我们非常珍惜这份信任。", "confirms_patient"),
        ("pl", "Kolejny termin mamy już dla Pani zarezerwowany.", "confirms_patient"),
        ("pl", "Zapraszamy na przyszły wtorek, godz. 8:30.", "date"),
        ("en", "Thanks for being a loyal patient.", "confirms_patient"),
        ("en", "If your son's toothache comes back, call us.", "confirms_patient"),
        ("en", "We opened your chart on June 1.", "date"),
        ("en", "Your smile has been a team project for years now.", "confirms_patient"),
        ("en", "Our nurse will ring you about the baby's next shots.", "confirms_patient"),
        ("zh", "谢谢您又一次选择我们为全家做检查！", "confirms_patient"),
        ("zh", "护士会打电话跟您约宝宝下一针疫苗。", "confirms_patient"),
        ("zh", "您10月4日来就诊时医生不在。", "date"),
        ("zh", "李医生一直是您的主治医生。", "confirms_patient"),
        (
            "en",
            "Congratulations again on the new baby; we know how busy you must be.",
            "new_information",
        ),
        ("zh", "谢谢！很高兴夜间咬合垫让您不再磨牙了。", "health_detail"),
        ("pl", "Przy tak głębokich kieszonkach dziąsłowych jak u Pani to częste.", "health_detail"),
    ],
)
def test_the_reviewers_own_care_or_day_is_found(language: str, reply: str, rule: str) -> None:
    assert rule in _rules(reply, language)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("en", "We've added a weekly pickup. Thanks for being a patient neighbor."),
        ("en", "Many people drive an hour to see us, and we're grateful."),
        ("zh", "您从北京路过来的话，可以停在地下车库。"),
        ("zh", "我们唯一的地址是长宁路88号。"),
        ("zh", "从2018年开始我们就在这里开诊。"),
        ("pl", "Godziny otwarcia: sobota 8:00–14:00."),
        ("zh", "我们的磨牙种植技术很成熟。"),
        ("en", "If your child ever has a toothache after hours, call our emergency line."),
        ("en", "We opened our second location on Main Street on June 1, with the same team."),
        ("en", "Thank you for helping run the blood drive in our parking lot last Saturday!"),
        ("en", "We were honored to have Mayor Tom Harris cut the ribbon at our new office."),
        ("zh", "国庆期间10月1日至3日休息，10月4日起正常接诊。"),
        ("zh", "非常感谢您的认可！口腔科主治医师 罗玛丽"),
        ("zh", "欢迎您的家人朋友一起来，我们各个年龄段都接诊。"),
        ("en", "We've been in your neighborhood for years."),
        ("pl", "Wdrożyliśmy terminal płatniczy w każdym gabinecie, więc płatność zajmuje chwilę."),
    ],
)
def test_what_is_no_ones_visit_is_no_finding(language: str, reply: str) -> None:
    assert _rules(reply, language, review="Długo czekałem na rachunek.") == set()
