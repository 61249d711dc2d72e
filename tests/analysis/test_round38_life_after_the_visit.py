"""Session 25 (issue 19, branch a25d, probe38d): the outcome told as the patient's life after the
visit, and communication told as questions answered or messages left unanswered, in five
languages, which the reading missed or read the other way round.

- The outcome said with no medical word: sleeping through the night, eating normally again,
  a child back at school, a sport taken up again ("наконец-то сплю по ночам", "знову граю у
  волейбол", "w końcu przesypiam noce", "第二天就能正常打字了").
- A treatment that did nothing said number first ("ноль эффекта") and a rash that stays ("сыпь
  держится", "висип тримається": not a filling that holds) blame the outcome; skin clear again
  ("шкіра чиста") praises it, not the premises.
- Every question answered praises communication however the patient calls the questions ("all
  my silly questions", "我问了一堆问题都一一回答"); a message read and left unanswered ("прочитали
  и молчат") and nobody coming out to say why ("也没人出来说一声") blame it.
- The look-alike: the patient's own telling ("Мама рассказала врачу про ...", "Чоловік розповів
  лікарю ...") is the story's verb, no communication of the practice's.

Each review is written for the test.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG, POS = "negative", "positive"
DOC, COM, OUT, FAC, SCH = "doctor", "communication", "outcome", "facilities", "scheduling"

LIFE_AGAIN = [
    ("Saw Dr Khan about my stomach. A week later I'm eating normally again.", "en"),
    ("Была у гастроэнтеролога в марте, теперь наконец сплю по ночам.", "ru"),
    ("Лечили бабушке колено, сейчас она снова гуляет с подругами по парку.", "ru"),
    ("Після курсу у реабілітолога знову граю у футбол з друзями.", "uk"),
    ("Був у ЛОРа двічі, донька вже ходить до садочка.", "uk"),
    ("Po dwóch wizytach u neurologa przesypiam całe noce.", "pl"),
    ("Byłam u ortopedy w maju, znowu jeżdżę konno.", "pl"),
    ("医生给我扎了两次针，第二天就能正常打字了。", "zh"),
    ("儿子吃了两天药就退烧了，今天又去幼儿园了。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), LIFE_AGAIN)
def test_life_back_to_normal_after_the_visit_praises_the_outcome(text: str, lang: str) -> None:
    # the chips the review pane shows (before session 25: no outcome found)
    assert (OUT, POS) in read(text, lang)


NOTHING_CHANGED = [
    ("Третий курс капель — ноль эффекта.", "ru"),
    ("Мазь назначили, а сыпь держится уже месяц.", "ru"),
    ("Крем не допоміг, висип тримається другий тиждень.", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), NOTHING_CHANGED)
def test_a_treatment_that_changed_nothing_blames_the_outcome(text: str, lang: str) -> None:
    # before session 25: the outcome praised ("эффект", "держится" as a filling that holds)
    chips = read(text, lang)
    assert (OUT, NEG) in chips
    assert (OUT, POS) not in chips


def test_skin_clear_again_praises_the_outcome_not_the_premises() -> None:
    chips = read("Дерматолог підібрала лікування, шкіра чиста вже місяць.", "uk")
    assert (OUT, POS) in chips
    assert FAC not in {aspect for aspect, _ in chips}


ANSWERED = [
    ("The nurse practitioner answered all my stupid questions without a sigh.", "en"),
    ("我问了好多问题，护士都一一回答。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), ANSWERED)
def test_every_question_answered_praises_communication(text: str, lang: str) -> None:
    # before session 25: communication blamed ("stupid", "一堆问题"), or nothing found
    chips = read(text, lang)
    assert (COM, POS) in chips
    assert (COM, NEG) not in chips
    assert verdict(text, lang) == "positive"


UNANSWERED = [
    ("Отправила снимки в WhatsApp — прочитали и молчат, а я переживаю.", "ru"),
    ("在走廊里等了四十分钟，都没人出来说一声。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), UNANSWERED)
def test_a_message_read_and_left_or_nobody_coming_out_blames_communication(
    text: str, lang: str
) -> None:
    assert (COM, NEG) in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Папа рассказал врачу, как упал, тот внимательно осмотрел и сразу отправил на снимок.",
            "ru",
        ),
        (
            "Я розповіла лікарці про тиск, вона уважно оглянула і одразу призначила аналізи.",
            "uk",
        ),
    ],
)
def test_the_patients_own_telling_is_no_communication(text: str, lang: str) -> None:
    # before session 25: communication praised for what the patient told the doctor
    chips = read(text, lang)
    assert COM not in {aspect for aspect, _ in chips}
    assert (DOC, POS) in chips


def test_an_earlier_slot_that_came_free_praises_the_booking() -> None:
    assert (SCH, POS) in read("Адміністратор подзвонила: звільнилося віконце на завтра.", "uk")


SECOND_OPINION = [
    (
        "Went for a second opinion after the surgeon here pushed an operation. Admin were lovely.",
        "en",
    ),
    (
        "Пошла за вторым мнением, потому что тут сразу назначили операцию. Админы вежливые.",
        "ru",
    ),
    ("Пішла по другу думку, бо тут одразу призначили операцію. Адміністратори ввічливі.", "uk"),
    ("Poszedłem po drugą opinię, bo tutaj od razu chcieli operować. Recepcja bardzo miła.", "pl"),
]


@pytest.mark.parametrize(("text", "lang"), SECOND_OPINION)
def test_a_second_opinion_sought_for_this_practices_advice_blames_the_doctor(
    text: str, lang: str
) -> None:
    # before session 25: the doctor not judged and the review positive
    chips = read(text, lang)
    assert (DOC, NEG) in chips
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I went for a second opinion and it confirmed Dr Shah was right all along.", "en"),
        ("Came here for a second opinion and Dr Lee finally found the problem.", "en"),
        ("Пішла по другу думку, і там підтвердили діагноз.", "uk"),
    ],
)
def test_a_second_opinion_that_bore_the_doctor_out_or_was_sought_here_blames_nobody(
    text: str, lang: str
) -> None:
    assert (DOC, NEG) not in read(text, lang)


def test_what_the_other_clinic_did_is_not_this_practices_outcome() -> None:
    chips = read("The other clinic sorted it with physio and I'm running again.", "en")
    assert (OUT, POS) not in chips


NEXT_STEP_UNTOLD = [
    ("Врач ушёл в отпуск, и никто не объяснил, что дальше с моим лечением.", "ru"),
    ("Лікарка звільнилася, і ніхто не пояснив, як далі з моїм лікуванням.", "uk"),
    ("Lekarka odeszła i nikt nie wyjaśnił, co dalej z moim leczeniem.", "pl"),
    ("主治医生调走了，护士也说不清下一步怎么治疗。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), NEXT_STEP_UNTOLD)
def test_the_next_step_of_the_treatment_untold_blames_communication_not_the_outcome(
    text: str, lang: str
) -> None:
    # before session 25: the outcome blamed as well ("лечением", "治疗")
    chips = read(text, lang)
    assert (COM, NEG) in chips
    assert OUT not in {aspect for aspect, _ in chips}


def test_knowing_at_last_what_ails_one_praises_communication() -> None:
    assert (COM, POS) in read("Po trzech wizytach wiem w końcu, co mi jest.", "pl")


EXPLAINED_BY_HAND = [
    ("Медсестра расписала, как принимать таблетки по дням.", "ru"),
    ("Хірург розписав, як обробляти шов удома.", "uk"),
    ("Ortopeda narysował schemat kolana i wszystko stało się jasne.", "pl"),
]


@pytest.mark.parametrize(("text", "lang"), EXPLAINED_BY_HAND)
def test_a_drawing_or_a_written_plan_praises_communication(text: str, lang: str) -> None:
    # before session 25: nothing found
    assert (COM, POS) in read(text, lang)


def test_a_result_explained_is_communication_not_an_outcome() -> None:
    chips = read("Медсестра терпляча, а потім пояснила нам результат на пальцях.", "uk")
    assert (COM, POS) in chips
    assert OUT not in {aspect for aspect, _ in chips}


def test_left_confused_about_the_medication_blames_communication_not_the_outcome() -> None:
    chips = read("The locum rushed me out and left me confused about my medication.", "en")
    assert (COM, NEG) in chips
    assert OUT not in {aspect for aspect, _ in chips}


def test_out_of_bed_in_the_morning_again_praises_the_outcome() -> None:
    assert (OUT, POS) in read("Po terapii u psychiatry wstaję z łóżka bez problemu.", "pl")


def test_shock_at_how_good_care_can_be_is_no_complaint() -> None:
    text = "Доктор говорил медленно и всё показал на макете. Я в шоке, так бывает, оказывается."
    assert NEG not in {polarity for _, polarity in read(text, "ru")}
    assert verdict(text, "ru") == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Finished the antibiotics on Friday and I feel exactly the same.",
        "Three weeks of the new inhaler and honestly I feel no different.",
    ],
)
def test_feeling_the_same_after_the_treatment_blames_the_outcome(text: str) -> None:
    # before session 25: the outcome blamed but the review read as praise ("exactly the same"),
    # or nothing found
    assert (OUT, NEG) in read(text, "en")
    assert verdict(text, "en") == "negative"


def test_a_shrug_for_an_answer_and_a_message_answered_are_communication() -> None:
    assert (COM, NEG) in read("I asked what the rash was and got a shrug.", "en")
    chips = read("You can message the GP in the app and you get a straight answer.", "en")
    assert (COM, POS) in chips
    assert (DOC, POS) not in chips


def test_what_the_pharmacist_explained_is_no_credit_to_the_practice() -> None:
    chips = read("The pharmacist ended up explaining the dosage to me.", "en")
    assert (COM, POS) not in chips
