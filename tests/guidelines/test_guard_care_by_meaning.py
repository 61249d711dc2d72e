"""A care relationship by meaning (session 27, gconf27, issue 16, five languages): a clause about
the reviewer (their pronoun, verb ending, polite form or name) with an event of care (looked
after, visited at home, operated on, discharged) or a state of care (registered with a team, on
a doctor's list) in any form of its word family ([reading] cared) confirms that they are a
patient, whatever words join the two slots; the same care said of everyone, or in a condition
("if you are registered with us"), stays allowed. Each case is judged as the editor judges a
reply (``guard_reply``: the review, its author and the practice's settings)."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

# (language, review, author, the reviewer's care, the same care said of anyone)
CASES = [
    (
        "en",
        "Friendly place.",
        "Joan",
        "Thank you, Joan. Our community nurses were glad to have nursed you through the winter.",
        "Thank you, Joan. Our community nurses visit housebound people all through the winter.",
    ),
    (
        "en",
        "Great surgeon.",
        "",
        "Thank you! Mr Lowe, who operated on you in May, sends his regards.",
        "Thank you! Mr Lowe operates on Tuesdays and Fridays, and sends his regards.",
    ),
    (
        "ru",
        "Удобная запись.",
        "",
        "Спасибо! Вы ведь на учёте у доктора Беловой, так что запишитесь к ней в приложении.",
        "Спасибо! Если вы стоите на учёте у нас, записаться можно в приложении.",
    ),
    (
        "ru",
        "Хорошая поликлиника.",
        "Олег",
        "Олег, спасибо! Наша патронажная сестра с радостью навестит вас дома и в этом месяце.",
        "Олег, спасибо! Патронажные сёстры навещают на дому всех маломобильных жителей района.",
    ),
    (
        "uk",
        "Турботливі медсестри.",
        "Ганна",
        "Ганно, дякуємо! Наша сестра всю зиму навідувала вас удома і щиро тішиться вашим відгуком.",
        "Ганно, дякуємо! Наші сестри взимку навідують удома всіх маломобільних мешканців району.",
    ),
    (
        "pl",
        "Szybka rejestracja.",
        "",
        "Dziękujemy! Skoro jest Pani zapisana do zespołu dr Lis, proszę umawiać się w aplikacji.",
        "Dziękujemy! Do zespołu dr Lis zapisujemy każdego, a wizyty umawia się w aplikacji.",
    ),
    (
        "zh",
        "服务周到。",
        "",
        "谢谢！给您主刀的张主任看到留言很开心。",
        "谢谢！张主任每周二、周五主刀，看到留言很开心。",
    ),
]


@pytest.mark.parametrize(
    "probe", probes(CASES, "language review reviewer bad good", rule="confirms_patient")
)
def test_care_said_of_the_reviewer_confirms_a_patient_and_said_of_anyone_does_not(
    probe: Probe,
) -> None:
    check(probe, editor=True)
