"""Session 37 (gday37): one reading of a dated clause's actor decides whose day it is. A day
that only points back ("that day", "того дня", "tego dnia") or counts back from today ("last
week", "на прошлой неделе") dates the practice's news where a thing of the practice acts on it
(the server, the developers, the system; a booking service that works again) and no one is
spoken to; the same days on which the reviewer comes, is seen or is named stay date findings,
in all five languages (zh reads no day as news: its date_recent table is off, and "那天" with
the system beside it stays a date)."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken


@pytest.mark.parametrize(
    ("reply", "language", "review"),
    [
        (
            "That day at 8am the phone lines failed; the supplier has since replaced the exchange.",
            "en",
            "Could never get through on the phone.",
        ),
        (
            "Thanks for flagging it. Last week the developers released an update, and booking "
            "works again.",
            "en",
            "The online booking keeps crashing.",
        ),
        (
            "На прошлой неделе разработчики выпустили обновление, и запись снова работает.",
            "ru",
            "Запись через сайт постоянно вылетает.",
        ),
        (
            "Минулого тижня розробники випустили оновлення, і запис знову працює.",
            "uk",
            "Онлайн-запис постійно зависає.",
        ),
        (
            "W zeszłym tygodniu programiści wgrali aktualizację, więc umawianie wizyt "
            "znowu działa.",
            "pl",
            "Rejestracja przez stronę ciągle się zawiesza.",
        ),
    ],
)
def test_a_day_the_practices_things_act_on_is_no_visit(
    reply: str, language: str, review: str
) -> None:
    assert "date" not in rules_broken(reply, language, review, "")


@pytest.mark.parametrize(
    ("reply", "language", "review"),
    [
        (
            "Last week you came in, and booking works again.",
            "en",
            "The online booking keeps crashing.",
        ),
        (
            "We saw you on the 3rd, and that day the scanner was down.",
            "en",
            "Old equipment.",
        ),
        (
            "На прошлой неделе вы записались к нам, и запись снова работает.",
            "ru",
            "Запись через сайт постоянно вылетает.",
        ),
        (
            "Минулого тижня ви були в нас, коли зависла програма.",
            "uk",
            "Довго чекала.",
        ),
        (
            "Tego dnia o 9:00 była Pani u nas na wizycie, gdy padł serwer.",
            "pl",
            "Długo czekałam.",
        ),
        (
            "上周您来就诊时系统出了故障，非常抱歉。",
            "zh",
            "等了很久。",
        ),
        (
            "您3月5号那天来的时候，设备出了故障。",
            "zh",
            "等了很久。",
        ),
        (
            "上周王阿姨来的时候设备坏了，我们很抱歉。",
            "zh",
            "等了很久。",
        ),
        (
            "上周在系统里给您登记了复诊。",
            "zh",
            "等了很久。",
        ),
        (
            "那天下午3点收银系统出了故障，重复打印了小票。",
            "zh",
            "小票打了两次。",
        ),
    ],
)
def test_the_reviewers_day_beside_the_practices_things_is_still_a_date(
    reply: str, language: str, review: str
) -> None:
    assert "date" in rules_broken(reply, language, review, "")


@pytest.mark.parametrize(
    ("reply", "rules"),
    [
        ("Good news: Dr Patel now leads our Saturday morning surgery.", set()),
        ("Our nurse Amy Lee has trained in diabetes care and now runs the Tuesday clinic.", set()),
        ("Thanks! You were seen at our Saturday morning surgery.", {"date"}),
        ("Your Thursday evening clinic appointment is confirmed.", {"date"}),
    ],
)
def test_a_weekday_naming_a_regular_session_is_the_timetable(reply: str, rules: set[str]) -> None:
    assert {"date"} & rules_broken(reply, "en", "Lovely practice.", "") == rules
