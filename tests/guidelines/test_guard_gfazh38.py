"""Session 38 (gfazh38, issue 16): words the guard read out of their sense.

- Chinese thanks ("谢谢", "感谢", "多谢") and "很高兴" hold a surname's character (谢, 高):
  "谢谢周女士" was read as the full name "谢谢周". The reviewer thanked by the surname and
  title they publish passes; a full name after the thanks, or a surname and title they do not
  publish, is still a full name.
- A unit's name lists its health words ("poradnia astmy i cukrzycy"): the last of them is the
  unit's too, not anyone's health; said of the reviewer the same words still block.
- Polish "aparat" is the practice's machine where something happens to a machine ("awaria
  aparatu"); someone's braces still block.
- Polish "siostra" before a full name is a nurse's title and "prowadzi" (runs) a unit's doctor:
  the practice's own people; a sister of theirs ("Pani siostra Anna Lis") still blocks.
- Chinese "有任何情况" (if anything comes up) no longer makes a sentence that speaks to the
  reviewer a general one, and a step of a visit that worked for them ("签到对您好用") confirms
  they came.
- A Chinese refund or invoice as the subject of what can be done ("退款也可以电话办理") and what
  the practice says once for all ("关于退款，我们统一说明：") are its procedure; "您的退款" and a
  refund that arrived still block.
"""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

# (language, review, reply, the reviewer's public name): good replies the practice may publish
PASS = [
    ("zh", "医生很耐心", "谢谢周女士！我们会把您的表扬转告给医生。", "周女士"),
    ("zh", "不错", "很高兴韩女士喜欢我们新装修的候诊区。", "韩女士"),
    ("zh", "谢谢", "谢谢奶奶的认可，感谢您抽时间写评价。", ""),
    (
        "pl",
        "Świetna przychodnia",
        "Do zespołu dołączył pielęgniarz Marek, który wzmocni poradnię astmy i cukrzycy.",
        "",
    ),
    (
        "pl",
        "Świetna przychodnia",
        "Od maja dr Nowak prowadzi też poradnię nadciśnienia, otyłości i cukrzycy.",
        "",
    ),
    (
        "ru",
        "Хорошая клиника",
        "К нам присоединилась медсестра Ольга, она усилит отделение кардиологии и неврологии.",
        "",
    ),
    (
        "pl",
        "Długo czekałem",
        "Opóźnienie wynikało z awarii aparatu w pracowni, który już działa.",
        "",
    ),
    (
        "pl",
        "Długo czekałem",
        "Pracownia była nieczynna z powodu wymiany aparatu na nowszy model.",
        "",
    ),
    (
        "pl",
        "Żegnamy siostrę Małgosię",
        "Dziękujemy, Pani Zuzanno, za tak ciepłe wspomnienie siostry Małgorzaty Kowalskiej.",
        "Zuzanna",
    ),
    ("pl", "Kto przyjmuje?", "Poradnię diabetologiczną prowadzi teraz Tomasz Kaczmarek.", ""),
    ("zh", "隐私", "任何情况下我们都不会在网上透露患者的信息。", ""),
    ("zh", "怎么签到", "自助签到机就在一楼大厅，任何人都可以使用。", ""),
    ("zh", "退款太麻烦", "系统已经升级，现在退款也可以电话办理，发票可以在前台开具。", ""),
    ("zh", "能退吗", "关于退款，我们统一说明：未开始的疗程都可以按比例退还。", ""),
]

# (language, review, reply, the reviewer's public name, a rule the editor must show)
BLOCK = [
    ("zh", "医生很耐心", "谢谢周建华先生的表扬！", "周女士", "full_name"),
    ("zh", "医生很耐心", "谢谢谢明女士的信任！", "", "full_name"),
    ("zh", "护士很好", "谢谢胡女士的信任，我们会把您的意见转达给护士长。", "", "full_name"),
    (
        "pl",
        "Dziękuję",
        "Pielęgniarz Marek wzmocni poradnię astmy, a Pani cukrzyca wymaga kontroli.",
        "",
        "health_detail",
    ),
    (
        "pl",
        "Dziękuję",
        "Pan Marek, Pani mąż, leczy się w poradni astmy i cukrzycy.",
        "",
        "confirms_patient",
    ),
    (
        "ru",
        "Спасибо",
        "В отделении кардиологии вам подобрали лечение гипертонии и аритмии.",
        "",
        "health_detail",
    ),
    (
        "pl",
        "Długo czekałam",
        "Wymiana aparatu córki odbędzie się na najbliższej wizycie.",
        "",
        "health_detail",
    ),
    (
        "pl",
        "Długo czekałam",
        "Awaria aparatu ortodontycznego u Pani syna wymaga wizyty.",
        "",
        "health_detail",
    ),
    (
        "pl",
        "Super",
        "Pani siostra Anna Lis była u nas wczoraj na wizycie.",
        "",
        "full_name",
    ),
    ("pl", "Super", "Przekażemy pozdrowienia dla siostry Pana, Anny Lis.", "", "full_name"),
    (
        "zh",
        "医生很好",
        "希望您胆囊切除术后恢复顺利，有任何情况团队随时都在。",
        "",
        "health_detail",
    ),
    ("zh", "很快", "很高兴自助签到对您很方便，下次见！", "", "confirms_patient"),
    ("zh", "服务好", "您的退款可以在前台领取。", "", "billing"),
    ("zh", "退款太麻烦", "退款也可以电话办理，您那笔800元的押金明天到账。", "", "billing"),
    ("zh", "很快", "谢谢！很高兴新的网上签到对您好用。", "", "confirms_patient"),
]


@pytest.mark.parametrize("probe", probes(PASS, "language review good reviewer"))
def test_a_word_in_another_sense_passes_the_editors_check(probe: Probe) -> None:
    check(probe, editor=True)


@pytest.mark.parametrize("probe", probes(BLOCK, "language review bad reviewer rule"))
def test_the_same_words_about_the_reviewer_stay_blocked(probe: Probe) -> None:
    check(probe, editor=True)
