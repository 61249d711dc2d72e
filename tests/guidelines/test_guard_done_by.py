"""Care the reviewer underwent or received, said with "you" as the subject (session 28,
gdone28, issue 16: ru, uk, pl, zh): a verb of undergoing ([reading] done_by: "обследовались",
"poddała się", "坚持治疗") or a light verb with a care noun near it ([reading] done_light and
done_what: "вы сдали анализы", "oddał Pan krew", "您拿到了转诊单"; the noun may come first in a
relative clause, "анализы, которые вы сдали") with a subject form of "you" within reach
([reading] you_subject: "вы", "ви", "Pan", "Pani", "您") confirms that they are a patient. The
reviewer's acts that are no care ("вы оставили отзыв и прошли опрос", "您接受了我们的道歉"),
and a verb whose form does not agree with "you" ("администратор, с которым вы говорили, прошёл
обучение", "Rejestratorka, z którą Pan rozmawiał, przeszła szkolenie") stay allowed. Each case
is judged as the editor judges a reply (``guard_reply``: the review, its author and the
practice's settings)."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

# (language, review, author, care the reviewer underwent, the same verbs said otherwise)
DONE_BY = [
    (
        "ru",
        "Всё быстро.",
        "Анна",
        "Анна, рады, что анализы, которые вы сдали утром, были готовы быстро.",
        "Анна, спасибо, что вы оставили отзыв и прошли опрос на сайте.",
    ),
    (
        "ru",
        "Вежливый персонал.",
        "",
        "Спасибо! Рады, что вы сделали прививку без очереди.",
        "Спасибо! Администратор, с которым вы говорили, прошёл обучение.",
    ),
    (
        "uk",
        "Гарна поліклініка.",
        "",
        "Дякуємо! Раді, що ви здали аналізи без черги.",
        "Дякуємо, що ви залишили відгук і пройшли опитування на сайті.",
    ),
    (
        "pl",
        "Dobra przychodnia.",
        "",
        "Dziękujemy! Cieszymy się, że oddał Pan krew bez kolejki.",
        "Dziękujemy! Rejestratorka, z którą Pan rozmawiał, przeszła dodatkowe szkolenie.",
    ),
    (
        "pl",
        "Dobra przychodnia.",
        "",
        "Dziękujemy! Wyniki badań, które wykonał Pan rano, przyszły szybko.",
        "Dziękujemy, że zostawiła Pani opinię i wypełniła ankietę.",
    ),
    (
        "zh",
        "诊所不错。",
        "",
        "谢谢！很高兴您当天就拿到了转诊单。",
        "谢谢！很高兴您接受了我们的道歉，我们会继续努力。",
    ),
]


@pytest.mark.parametrize(
    "probe", probes(DONE_BY, "language review reviewer bad good", rule="confirms_patient")
)
def test_care_the_reviewer_underwent_confirms_a_patient_and_their_other_acts_do_not(
    probe: Probe,
) -> None:
    check(probe, editor=True)
