"""Session 42 (aspslav42, issue 19, probe57): Russian, Ukrainian and Polish families the readings
missed in long reviews. A negated verb of being able or willing ("не стала", "не может", "не
змогли") turns the infinitive it governs even where that infinitive stands before it
("Объяснять ничего не стала", "пояснити толком ніхто нічого не може"): the explanation is
withheld, not given; a comparative there is the best there is ("Лучше врача найти не могла"),
and the subject before the verb is not turned. Polish nobody able to explain, with words between
("Nikt nie potrafi nic sensownie wyjaśnić"), is the information withheld. Vocabulary families:
nothing unnecessary prescribed praises ("не назначил ничего лишнего", "nie zlecił nic
zbędnego"); being booked told as a concession to a wait names no booking ("Несмотря на запись",
"Попри запис"); a visit that never came about is the booking's ("К доктору мы так и не
попали", "Do lekarki nie dotarliśmy"); booked for the next day praises the booking; paperwork
done in a couple of minutes praises the desk; fear forgotten ("забыла, что боится") blames
nobody; the time given told before the verb of sitting ("Целый час со мной сидела") is no wait;
another practice named by where it is ("у конкурентов", "gdzie indziej") is compared, not
judged. The sentences are new, not probe57's rows nor the tuning rows.
"""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import SLAVIC_PRAISE, assert_mixed_beside, read, verdict

# (language, text): the explanation withheld, the infinitive before the negated verb
WITHHELD = [
    ("ru", "Рассказывать про результаты анализов она толком ничего не стала."),
    ("ru", "Объяснить мне толком никто так и не смог."),
    ("ru", "Пояснять схему лечения ничего не захотели."),
    ("uk", "Пояснювати результати аналізів вона так і не стала."),
    ("uk", "Пояснити толком ніхто з лікарів не може, всі відсилають до завідувачки."),
    ("pl", "Nikt w tej przychodni nie potrafi nic konkretnie wyjaśnić."),
    ("pl", "Pani doktor nie umiała mi niczego wytłumaczyć."),
]


@pytest.mark.parametrize(("lang", "text"), WITHHELD)
def test_an_explanation_withheld_before_the_negated_verb_is_blamed(lang: str, text: str) -> None:
    assert ("communication", "positive") not in read(text, lang)
    assert_mixed_beside(text, lang, SLAVIC_PRAISE[lang], ("communication", "negative"))


# (language, text, what it must not read; last, what it must keep): the negated verb of being
# able that praises, and one whose subject is not turned
NOT_TURNED = [
    ("ru", "Лучше врача для мамы найти не могла.", ("doctor", "negative")),
    ("ru", "Сказать ничего плохого про этот центр не могу.", ("communication", "negative")),
    ("uk", "Кращого лікаря для сина знайти не могла.", ("doctor", "negative")),
    ("ru", "Вежливая медсестра в процедурном не смогла найти вену.", ("nurse", "positive")),
]


@pytest.mark.parametrize(("lang", "text", "absent"), NOT_TURNED[:3])
def test_what_the_negated_verb_does_not_turn(lang: str, text: str, absent: tuple[str, str]) -> None:
    assert absent not in read(text, lang)


@pytest.mark.parametrize(("lang", "text", "kept"), NOT_TURNED[3:])
def test_the_subject_before_the_negated_verb_keeps_its_praise(
    lang: str, text: str, kept: tuple[str, str]
) -> None:
    assert kept in read(text, lang)


def test_a_comparative_before_the_negated_verb_is_no_complaint() -> None:
    assert verdict("Лучше педиатра найти не могли, спасибо.", "ru") != "negative"


# (language, text, expected, absent): the lexicon families of session 42, each in new sentences
FAMILIES = [
    # nothing unnecessary prescribed praises whoever did it (was a negated "лишний", blamed)
    ("ru", "Терапевт не назначил ничего лишнего.", ("doctor", "positive"), ("doctor", "negative")),
    ("uk", "Терапевт не призначив нічого зайвого.", ("doctor", "positive"), ("doctor", "negative")),
    ("pl", "Internista nie zlecił nic zbędnego.", ("doctor", "positive"), ("doctor", "negative")),
    # being booked, told as a concession to the wait, names no booking
    (
        "ru",
        "Несмотря на запись, просидели под кабинетом сорок минут.",
        ("waiting", "negative"),
        ("scheduling", "negative"),
    ),
    (
        "uk",
        "Попри запис, просиділи під кабінетом сорок хвилин.",
        ("waiting", "negative"),
        ("scheduling", "negative"),
    ),
    # a visit that never came about is the booking's, not the doctor's
    ("ru", "К доктору мы так и не попали.", ("scheduling", "negative"), ("doctor", "negative")),
    ("uk", "До лікарки ми так і не потрапили.", ("scheduling", "negative"), ("doctor", "negative")),
    ("pl", "Do lekarki nie dotarliśmy.", ("scheduling", "negative"), ("doctor", "negative")),
    # booked for the next morning
    ("ru", "Записался через сайт на следующий день.", ("scheduling", "positive"), None),
    ("uk", "Записалася телефоном на наступний день.", ("scheduling", "positive"), None),
    ("pl", "Zapisałem się przez internet na następny dzień.", ("scheduling", "positive"), None),
    # paperwork done in a couple of minutes
    ("ru", "Администратор зарегистрировала нас за пару минут.", ("reception", "positive"), None),
    ("uk", "Адміністраторка зареєструвала нас за пару хвилин.", ("reception", "positive"), None),
    ("pl", "Pani w rejestracji zarejestrowała nas w kilka minut.", ("reception", "positive"), None),
    # fear forgotten is praise, not a word of forgetting that blames
    ("ru", "Педиатр так играла с дочкой, что та забыла, что боится.", None, ("doctor", "negative")),
    ("uk", "Педіатр гралася з донькою, і та забула, що боїться.", None, ("doctor", "negative")),
    ("pl", "Stomatolog tak zagadał syna, że zapomniał, że boi się.", None, ("doctor", "negative")),
    # the time given told before the verb of sitting is no wait
    ("ru", "Целый час со мной сидела, разобрала все таблетки.", None, ("waiting", "positive")),
    ("uk", "Півтори години зі мною сиділа, пояснила кожен аналіз.", None, ("waiting", "positive")),
    # another practice named by where it is: its price is theirs
    ("ru", "У конкурентов приём дороже.", None, ("price", "negative")),
    ("pl", "Gdzie indziej kontrola jest tańsza.", None, ("price", "positive")),
    ("uk", "У сусідів прийом дешевший.", None, ("price", "positive")),
]


@pytest.mark.parametrize(("lang", "text", "expected", "absent"), FAMILIES)
def test_the_families_of_session_42(
    lang: str, text: str, expected: tuple[str, str] | None, absent: tuple[str, str] | None
) -> None:
    found = read(text, lang)
    if expected is not None:
        assert expected in found
    if absent is not None:
        assert absent not in found
