"""Session 24 (issue 19, branch asp33): the outcome told in the result's own words, and the
doctor told by a deed, found where the reading found nothing.

The blind sets' commonest error is a labelled aspect not found at all, the outcome most of all:
how the treatment worked out said as a complaint that is still there, goes on or grew ("Still
deaf on that side", "зуб продолжает болеть", "ще сильніше", "Infekcja trwa dalej", "湿疹一点没退"),
that passed ("Алергія минула"), or as what the patient can do again ("могу дышать носом", "читаю
без окулярів", "不用戴眼镜了"); a body that changed in a clause that names the person who treated
it without judging them ("Прошёл курс у Марины Сергеевны: колено перестало опухать"); the doctor
by what they did ("The GP glanced at my rash", "李大夫手法特别轻"). Each review is read as an
import reads it (the pipeline, rules only); the look-alikes that must stay name no outcome and
no communication: time that passed, a course gone through, lungs listened to, eyes not raised,
the outcome of a complaint.
"""

from __future__ import annotations

import pytest
from tests.analysis.test_round29_aspects_not_found import chips

NEG, POS = "negative", "positive"
DOC, NURSE, OUT, COMM = "doctor", "nurse", "outcome", "communication"

FOUND = [
    # a complaint still there, that goes on or grew
    ("Still deaf on that side after the syringing.", "en", (OUT, NEG)),
    ("The cut on my hand is still weeping.", "en", (OUT, NEG)),
    ("Уже месяц зуб продолжает ныть по ночам.", "ru", (OUT, NEG)),
    ("После чистки дёсны кровоточат ещё сильнее.", "ru", (OUT, NEG)),
    ("Коліно продовжує боліти після кожного сходження сходами.", "uk", (OUT, NEG)),
    ("Ясна кровоточать ще сильніше, ніж до чистки.", "uk", (OUT, NEG)),
    ("Minęły dwa tygodnie, a infekcja trwa dalej.", "pl", (OUT, NEG)),
    ("Ból biodra nie mija od miesiąca.", "pl", (OUT, NEG)),
    ("Dziąsła krwawią bardziej niż przed zabiegiem.", "pl", (OUT, NEG)),
    ("药膏抹了十天，疹子一点没退。", "zh", (OUT, NEG)),
    ("补完以后牙疼得更厉害了。", "zh", (OUT, NEG)),
    # a complaint that passed; what the patient can do again
    ("Алергія минула вже на другому тижні.", "uk", (OUT, POS)),
    ("Walked in with a limp, walked out without the cane a month later.", "en", (OUT, POS)),
    ("After the laser I can read without glasses.", "en", (OUT, POS)),
    ("Теперь могу дышать носом.", "ru", (OUT, POS)),
    ("Смогла спокойно жевать на левую сторону.", "ru", (OUT, POS)),
    ("Після операції читаю без окулярів.", "uk", (OUT, POS)),
    ("Po operacji czytam bez okularów.", "pl", (OUT, POS)),
    ("做完手术不用戴眼镜了。", "zh", (OUT, POS)),
    # a joint that bends again, a back as new, a cough as if never there, a gum that bled
    ("My knee is finally bending again.", "en", (OUT, POS)),
    ("The dentist was rough and my gum bled for days.", "en", (OUT, NEG)),
    ("Спина после пяти сеансов как новая.", "ru", (OUT, POS)),
    ("Через неделю кашля как не бывало.", "ru", (OUT, POS)),
    ("Колено наконец сгибается.", "ru", (OUT, POS)),
    ("Десна кровила несколько дней.", "ru", (OUT, NEG)),
    ("Коліно нарешті згинається.", "uk", (OUT, POS)),
    ("Спина після масажу як нова.", "uk", (OUT, POS)),
    ("Kolano wreszcie zgina się bez bólu.", "pl", (OUT, POS)),
    ("Dziąsło krwawiło przez kilka dni.", "pl", (OUT, NEG)),
    ("洗完牙牙龈出血了好几天。", "zh", (OUT, NEG)),
    # a call about the results nobody ever made
    ("Nobody ever phoned us about his chest x-ray either.", "en", (COMM, NEG)),
    ("Щодо рентгену грудної клітки нам так ніхто й не зателефонував.", "uk", (COMM, NEG)),
    ("W sprawie prześwietlenia klatki nikt do nas nie zadzwonił.", "pl", (COMM, NEG)),
    # a body that changed in a clause naming, without judging, who treated it
    ("Прошёл курс у Марины Сергеевны: колено перестало опухать.", "ru", (OUT, POS)),
    ("Po trzech wizytach u pani Magdy plecy przestały mnie boleć.", "pl", (OUT, POS)),
    # the doctor by a deed
    ("The GP glanced at my rash and sent me off with a cream.", "en", (DOC, NEG)),
    ("李大夫手法特别轻。", "zh", (DOC, POS)),
    ("护士小吴抽血手法特别轻。", "zh", (NURSE, POS)),
    # the hygienist works beside the dentist as the nurse does (as in Russian and Polish)
    ("Гігієністка поспішала і зачіпала ясна.", "uk", (NURSE, NEG)),
]


@pytest.mark.parametrize(("text", "lang", "chip"), FOUND)
def test_outcome_and_doctor_told_without_their_words_are_found(
    text: str, lang: str, chip: tuple[str, str]
) -> None:
    assert chip in chips(text, lang)


STAY = [
    # time that passed is no complaint that passed
    ("Прошла неделя после пломбирования.", "ru", OUT),
    ("Минув місяць після пломбування.", "uk", OUT),
    ("Minął miesiąc od plombowania.", "pl", OUT),
    # a course gone through is no complaint gone
    ("Пройшла весь курс уколів у цій клініці.", "uk", OUT),
    # lungs listened to are an examination, not the patient heard
    ("Педиатр выслушал лёгкие и назначил сироп.", "ru", COMM),
    ("Лікарка вислухала легені та виписала сироп.", "uk", COMM),
    # what came of a complaint is the practice's answer, not the treatment's outcome
    ("I wrote to the practice about the outcome of my complaint.", "en", OUT),
    ("The result of the investigation was fair.", "en", OUT),
    ("Результат моей жалобы — формальная отписка.", "ru", OUT),
    ("Результат моєї скарги мене не влаштував.", "uk", OUT),
    # the patient's own call (the Ukrainian past tense does not tell the person)
    ("Хоча я зателефонувала в останню мить, мене прийняли.", "uk", COMM),
    # eyes not raised from the screen are no body
    ("Врач так и не поднял глаз от компьютера.", "ru", OUT),
    # a person's deed is no change of the body told after it
    ("The dentist that helped to treat my teeth made me feel comfortable.", "en", OUT),
]


# (time passed in Russian and Polish, the lungs listened to and what came of a complaint were
# read as the outcome or the information before; the others guard the new terms and the body
# beside a person's deed)
@pytest.mark.parametrize(("text", "lang", "aspect"), STAY)
def test_look_alikes_of_outcome_and_listening_name_nothing(
    text: str, lang: str, aspect: str
) -> None:
    assert aspect not in {a for a, _ in chips(text, lang)}


def test_course_gone_through_beside_a_swelling_still_there_is_a_complaint() -> None:
    """A concession that the patient went through the whole course does not cancel the
    complaint that the knee is still swelling (it read as no outcome at all)."""
    found = chips("Коліно досі набрякає, хоча пройшла весь курс уколів.", "uk")
    assert (OUT, NEG) in found
    assert (OUT, POS) not in found
