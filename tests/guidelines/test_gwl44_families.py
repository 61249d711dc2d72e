"""Session 44 (gwl44, issue 16): leak families found on main by this session's engineers,
checked here in sentences written for this file, not the finders' own: someone named as a
patient in apposition (pl, en, zh), a date told to the reader for their own visit (pl, uk), a
free service given as thanks with no review named (zh), a health matter wished for after
'niech'/'oby', '愿'/'祝' (pl, zh), a lump or a lymph node (uk), how the reader's new aid feels and
the medicine prescribed to them (zh). The same words said in general or of the practice pass."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import ANY_RULE, Probe, check, probes

LEAKS = [
    # a patient in apposition
    ("pl", "Dziękujemy! Pani Halina, wieloletnia pacjentka naszej poradni, upiekła nam sernik."),
    ("pl", "Pan Zbigniew, podopieczny doktor Wiśniewskiej, przyprowadził do nas wnuka."),
    ("en", "Thank you! Mrs Carter, a patient of Dr Osei, kindly brought us a cake."),
    ("en", "Thanks! Our neighbour Tom, a regular patient at our clinic, told us about you."),
    ("zh", "谢谢！刘阿姨，本院的老病号，也给我们送来了水果。"),
    ("zh", "谢谢！隔壁的王老师，我们医生的患者，也推荐了我们。"),
    # the reader's own visit from a date
    ("pl", "Dziękujemy! Od środy 4 lutego Panią zbada nasza nowa dermatolog."),
    ("pl", "Dziękujemy! Od 9 marca będzie Pana prowadził dr Lis."),
    ("pl", "Dziękujemy! Od piątku 6 czerwca dr Maj przyjmuje Pana w gabinecie 2."),
    ("uk", "Дякуємо! З четверга, 12 червня, вас оглядатиме інший офтальмолог."),
    ("uk", "Дякуємо! З 7 квітня консультуватиме вас наш новий ендокринолог."),
    # a free service given as thanks, no review named
    ("zh", "为了表示谢意，老顾客下次洁牙免费。"),
    ("zh", "作为答谢，所有会员本月洗牙八折。"),
    # a health matter wished for
    ("pl", "Oby kolano już nie bolało przy schodach!"),
    ("pl", "Niechaj nowa koronka dobrze służy!"),
    ("zh", "祝伤口早日愈合。"),
    ("zh", "愿小家伙在肚子里安安稳稳的。"),
    # a lump, a lymph node
    ("uk", "Дякуємо! Ґуля за вухом виявилася звичайним жировиком."),
    ("uk", "Дякуємо! Ущільнення в грудях виявилося простою кістою."),
    ("uk", "Дякуємо! Та шишка під пахвою виявилася нічим страшним."),
    # their new aid, their medicine
    ("zh", "谢谢！新眼镜戴起来舒服吗？"),
    ("zh", "配的这盒眼药水一天滴三次。"),
    ("zh", "开的那盒药记得睡前吃。"),
]

GENERAL = [
    ("pl", "Dziękujemy! Każdy pacjent naszej przychodni może zapisać się przez internet."),
    ("pl", "Dziękujemy! Od poniedziałku 2 marca przyjmuje u nas dr Lis."),
    ("pl", "Dziękujemy! W czwartki przyjmuje dr Lis."),
    ("en", "Thank you! As always, patients of Dr Osei can book online."),
    ("zh", "另外，我们医院的患者，都可以免费停车。"),
    ("zh", "我们诊所的患者可以在线预约。"),
    ("zh", "另外，我们医院的患者，也可以免费停车。"),
    ("uk", "Дякуємо! З 7 квітня прийматиме новий ендокринолог."),
    ("uk", "Дякуємо! З понеділка, 10 березня, до команди долучається невролог."),
    ("zh", "新客户首次洗牙免费。"),
    ("zh", "为感谢广大患者的支持，本月洗牙八折。"),
    ("pl", "Zdrowia życzymy!"),
    ("pl", "Niech każdy dzień będzie pogodny!"),
    ("zh", "祝大家身体健康！"),
    ("zh", "我们愿意为每位患者提供洗牙服务。"),
    ("uk", "Шишки на ялинці вже висять, з Новим роком!"),
    ("zh", "新牙冠戴着需要适应一段时间。"),
    ("zh", "那瓶胃药是我们药房常备的。"),
]


@pytest.mark.parametrize("probe", probes(LEAKS, "language bad", rule=ANY_RULE))
def test_a_leak_of_these_families_is_blocked(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize("probe", probes(GENERAL, "language good"))
def test_the_same_words_said_in_general_pass(probe: Probe) -> None:
    check(probe)
