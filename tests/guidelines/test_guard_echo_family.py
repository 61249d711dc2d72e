"""Session 35 (gecho35, issue 16): a good reply may say back what the review itself told in other
forms of its words (a prefix dropped, another word of the same family, a synonym), with the
practice's feeling about it (ru, uk, pl as en) and words that tell nothing of a case; each twin
that adds what the review did not say (a diagnosis, a result, a date, a record) stays blocked."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken

SAID_BACK = [
    (
        "en",
        "The receptionist was really rude on the phone when I called to rebook.",
        "We're sorry the person who answered was short with you when you rang to move your "
        "booking. We've gone over phone manner with the whole front desk.",
    ),
    (
        "en",
        "The nurse who did my baby's jabs was so gentle, he barely cried.",
        "We're delighted your little one barely cried at the jabs.",
    ),
    (
        "ru",
        "Спасибо стоматологу Игорю, вылечил зуб без боли, я даже не почувствовала укол!",
        "Игорь будет очень рад, что лечение прошло без боли и укол вы даже не почувствовали!",
    ),
    (
        "ru",
        "Позвонила отменить приём, трубку никто не брал полдня.",
        "Жаль, что полдня никто не брал трубку, когда вы звонили отменить приём. Мы добавили "
        "вторую линию.",
    ),
    (
        "ru",
        "Медсестра так больно брала кровь из вены, синяк до сих пор.",
        "Нам очень жаль, что забор крови был болезненным и остался синяк.",
    ),
    (
        "uk",
        "Кардіолог уважно вислухав про мої перебої в серці.",
        "Передамо кардіологу, що ви оцінили його уважність.",
    ),
    (
        "uk",
        "Чекала в черзі понад годину, хоча мала запис на 9:30.",
        "Вибачте, що вам довелося чекати понад годину попри запис на 9:30.",
    ),
    (
        "pl",
        "Dziękuję dentyście Igorowi, wyleczył ząb bez bólu, nawet nie poczułam zastrzyku!",
        "Pan Igor bardzo się cieszy, że leczenie odbyło się bez bólu, a zastrzyku nawet Pani nie "
        "poczuła!",
    ),
    (
        "pl",
        "Długo czekałem na wyniki badań, trzy tygodnie to przesada.",
        "Ma Pan rację, trzy tygodnie oczekiwania na wyniki to za długo.",
    ),
    (
        "zh",
        "我跟医生讲了半天孩子反复咳嗽、晚上睡不好，感觉医生根本没听进去。",
        "您花了很长时间讲孩子反复咳嗽、夜里睡不好的情况，却感觉医生没有听进去，我们非常抱歉。",
    ),
    (
        "zh",
        "价格比去年贵了不少，洗牙就要三百多。",
        "理解您的感受，洗牙三百多元确实比去年涨了。",
    ),
    (
        "zh",
        "谢谢李医生补牙一点都不疼，打麻药都没感觉！",
        "李医生看到您说补牙一点都不疼、打麻药都没感觉，特别开心！",
    ),
]

TOLD_MORE = [
    (
        "en",
        "The receptionist was really rude on the phone when I called to rebook.",
        "Sorry the person who answered was rude when you rang to move your booking to 4 June.",
        "date",
    ),
    (
        "ru",
        "Спасибо стоматологу Игорю, вылечил зуб без боли!",
        "Игорь будет рад, что лечение пульпита прошло без боли.",
        "health_detail",
    ),
    (
        "ru",
        "Врач Смирнова очень внимательная, подробно всё объяснила про давление.",
        "Передадим доктору Смирновой, что вы оценили её объяснения про давление и диабет.",
        "health_detail",
    ),
    (
        "uk",
        "Кардіолог уважно вислухав про мої перебої в серці.",
        "Передамо кардіологу, що ви оцінили його уважність до вашої аритмії.",
        "health_detail",
    ),
    (
        "pl",
        "Fizjoterapeutka Magda postawiła mnie na nogi po skręceniu kostki, polecam!",
        "Cieszymy się, że po złamaniu kostki znów stoi Pan na nogach.",
        "health_detail",
    ),
    (
        "pl",
        "Długo czekałem na wyniki badań.",
        "Ma Pan rację, trzy tygodnie oczekiwania na wyniki morfologii to za długo.",
        "health_detail",
    ),
    (
        "zh",
        "等了很久。",
        "您花了两个小时等候，又花了500元。",
        "billing",
    ),
    (
        "zh",
        "前台态度差。",
        "对前台的态度我们深表歉意。您从2019年在我们这里建档至今一直没有投诉过。",
        "confirms_patient",
    ),
]


@pytest.mark.parametrize(("language", "review", "reply"), SAID_BACK)
def test_a_reply_that_says_back_the_review_in_other_forms_passes(
    language: str, review: str, reply: str
) -> None:
    assert rules_broken(reply, language, review, "Anna") == set()


@pytest.mark.parametrize(("language", "review", "reply", "rule"), TOLD_MORE)
def test_a_twin_that_adds_to_the_review_is_still_blocked(
    language: str, review: str, reply: str, rule: str
) -> None:
    assert rule in rules_broken(reply, language, review, "Anna")


def test_where_the_regulator_reads_an_echo_as_a_disclosure_the_feeling_lets_nothing_pass() -> None:
    review = "Dr Nowak super podejście do dzieci, syn nie płakał przy szczepieniu!"
    reply = "Dr Nowak bardzo się ucieszy, że syn nie płakał przy szczepieniu."
    assert rules_broken(reply, "pl", review, "Ola") == set()
    assert "health_detail" in rules_broken(reply, "pl", review, "Ola", country="US")
