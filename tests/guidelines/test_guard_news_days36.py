"""Session 36 (gdate36): a day told only by how long ago it was ("last week", "вчера", "того
тижня", "przedwczoraj"; zh's table is empty) in a clause about a thing or third party of the
practice (its software, equipment, the council, the developers) dates the practice's news, not
the reviewer's visit. The same days said to the reviewer, with their visit or care, are still
findings."""

from __future__ import annotations

import pytest
from tests.guidelines.guard_rules import rules_broken


@pytest.mark.parametrize(
    ("reply", "language", "review"),
    [
        (
            "Sorry for the mess. The general bins were missed by the council last week; "
            "we have booked an extra collection.",
            "en",
            "Your bins are overflowing into the alley.",
        ),
        (
            "Thanks for flagging it. The developers released an update yesterday, so the "
            "booking page should stop crashing.",
            "en",
            "The online booking keeps crashing.",
        ),
        (
            "Спасибо! На прошлой неделе разработчики выпустили обновление, вылетать больше "
            "не должно.",
            "ru",
            "Запись через сайт постоянно вылетает.",
        ),
        (
            "Это наша ошибка: в тот день кассовая программа дублировала позиции в чеках.",
            "ru",
            "В чеке пробили две консультации вместо одной.",
        ),
        (
            "Минулого четверга в клініці з'явився новий рентген-апарат, запрошуємо переконатися.",
            "uk",
            "Старе обладнання.",
        ),
        (
            "Це наша помилка: того тижня касова програма дублювала позиції в чеках.",
            "uk",
            "У рахунку двічі порахували одну консультацію.",
        ),
        (
            "Przedwczoraj w gabinecie pojawił się nowy skaner wewnątrzustny.",
            "pl",
            "Stary sprzęt.",
        ),
        (
            "Dziękujemy za zgłoszenie. W zeszłym tygodniu wgraliśmy aktualizację, więc "
            "wylogowania powinny ustać.",
            "pl",
            "Rejestracja przez stronę ciągle mnie wylogowuje.",
        ),
    ],
)
def test_the_practices_news_dated_by_how_long_ago_is_no_visit(
    reply: str, language: str, review: str
) -> None:
    assert "date" not in rules_broken(reply, language, review, "")


@pytest.mark.parametrize(
    ("reply", "language", "review"),
    [
        # the day said to the reviewer, or of their visit
        (
            "Last week you came in and the scanner was down, so we are sorry.",
            "en",
            "Old equipment.",
        ),
        (
            "Your appointment last Tuesday was moved because the booking system crashed.",
            "en",
            "They moved my appointment.",
        ),
        (
            "На прошлой неделе вы были у нас, когда сломался сканер, простите.",
            "ru",
            "Старое оборудование.",
        ),
        (
            "Минулого четверга ваш рентген-апарат показав перелом, тому лікар вас перенаправив.",
            "uk",
            "Довго чекала.",
        ),
        (
            "W zeszłym tygodniu był Pan u nas, gdy nie działał system rejestracji.",
            "pl",
            "Długo czekałem.",
        ),
        # the thing only places what the reviewer left: their form, their day
        (
            "Przepraszamy, Pani Ewo. Wniosek złożony przedwczoraj rano jest już w systemie.",
            "pl",
            "Zgubili mój wniosek.",
        ),
        (
            "Извините, Ольга. Заявление, оставленное позавчера, уже в системе.",
            "ru",
            "Потеряли моё заявление.",
        ),
        (
            "上周您来就诊时系统出了故障，非常抱歉。",
            "zh",
            "等了很久。",
        ),
    ],
)
def test_the_reviewers_day_beside_the_practices_things_is_still_a_date(
    reply: str, language: str, review: str
) -> None:
    assert "date" in rules_broken(reply, language, review, "")
