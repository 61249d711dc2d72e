"""Round twenty-one (issue 19, branch asp22): reviews in styles the earlier rounds lacked. A wait
told as a timeline by the clock ("8:50 there for my 9:00 ... 10:15 finally in"): the slot a few
minutes after the arrival is not a visit on time, and in Chinese the story runs across its
sentences as in the other languages. Each review is written for the test, not copied from a
row, with the look-alikes that must not change."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read, verdict

NEG, POS = "negative", "positive"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "8:50 got there for my 9:00. 9:35 still waiting. 10:15 finally in. "
            "The dermatologist was great and answered every question.",
            "en",
        ),
        (
            "8:50 — на месте, запись на 9:00. 9:35 — всё ещё жду. 10:15 — наконец вызвали. "
            "Дерматолог прекрасная, ответила на все вопросы.",
            "ru",
        ),
        (
            "8:50 — на місці, запис на 9:00. 9:35 — досі чекаю. 10:15 — нарешті викликали. "
            "Дерматологиня чудова, відповіла на всі питання.",
            "uk",
        ),
        (
            "8:50 – jestem na miejscu, wizyta na 9:00. 9:35 – dalej czekam. 10:15 – w końcu "
            "wywołują. Dermatolog świetna, odpowiedziała na wszystkie pytania.",
            "pl",
        ),
        ("8:50到的，约的9:00。9:35还在等。10:15终于叫到我。皮肤科医生很好，问题都回答了。", "zh"),
    ],
)
def test_a_timeline_wait_beside_praise_is_mixed(text: str, lang: str) -> None:
    found = read(text, lang)
    assert ("waiting", NEG) in found
    assert ("waiting", POS) not in found
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # arrived a few minutes before the slot and seen within minutes of it: the wait praised
        ("8:50 got there for my 9:00, 9:03 I was in. The dermatologist was great.", "en"),
        ("8:50 — на месте, запись на 9:00, в 9:03 уже в кабинете. Дерматолог прекрасная.", "ru"),
        ("8:50 на місці, запис на 9:00, о 9:03 вже в кабінеті. Дерматологиня чудова.", "uk"),
        ("8:50 na miejscu, wizyta na 9:00, o 9:03 już w gabinecie. Dermatolog świetna.", "pl"),
        ("8:50到的，约的9:00，9:03就叫到我了。皮肤科医生很好。", "zh"),
    ],
)
def test_a_timeline_seen_on_time_still_praises_the_wait(text: str, lang: str) -> None:
    found = read(text, lang)
    assert ("waiting", NEG) not in found
    assert verdict(text, lang) == "positive"


def test_a_chinese_clock_time_is_not_cut_at_its_colon() -> None:
    # the colon of "9:10" cuts no clause, "唯一的缺点：停车位太少" still does
    assert ("waiting", NEG) in read("约的9:10，10:30才叫到我。", "zh")
    assert ("access", NEG) in read("医生很好。唯一的缺点：停车位太少。", "zh")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The office manager rang me the next day and apologised, which I appreciated.", "en"),
        ("Управляющая клиникой сама перезвонила и извинилась, приятно.", "ru"),
        ("Керівниця клініки сама передзвонила й вибачилася, приємно.", "uk"),
        ("Kierowniczka przychodni sama oddzwoniła i przeprosiła, miło.", "pl"),
        ("店长亲自打电话来道歉，态度很好。", "zh"),
    ],
)
def test_the_practice_manager_is_the_front_office(text: str, lang: str) -> None:
    assert ("reception", POS) in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        # an explanation nobody could give, told after its verb: a complaint
        ("Объяснить мне результаты никто не смог.", "ru", NEG),
        ("Объяснить их там никто не смог.", "ru", NEG),
        ("Пояснити мені результати ніхто не зміг.", "uk", NEG),
        # the look-alikes: an explanation given, nobody rushing
        ("Врач объяснил всё, никто не торопил.", "ru", POS),
        ("Лікар пояснив усе, ніхто не квапив.", "uk", POS),
    ],
)
def test_an_explanation_nobody_could_give_blames_the_information(
    text: str, lang: str, said: str
) -> None:
    assert ("communication", said) in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "blamed"),
    [
        ("Бухгалтерия выставила два разных счёта за один приём.", "ru", True),
        ("Dostałam dwie różne faktury za jedną wizytę, nikt nie umiał tego wyjaśnić.", "pl", True),
        ("同一次看病给了两张不同的单子。", "zh", True),
        # an order for tests is no bill
        ("医生开了两张检查单子，都做完了。", "zh", False),
    ],
)
def test_bills_that_do_not_agree_blame_the_price(text: str, lang: str, blamed: bool) -> None:
    assert (("price", NEG) in read(text, lang)) is blamed


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Lovely GP. The waiting room had broken chairs and no toys for the kids though.", "en"),
        ("Lekarka miła, ale w poczekalni połamane krzesła i ani jednej zabawki.", "pl"),
        ("医生很好，就是候诊区椅子坏了，一个玩具都没有。", "zh"),
    ],
)
def test_a_waiting_room_judged_by_its_chairs_and_toys_is_the_premises(text: str, lang: str) -> None:
    found = read(text, lang)
    assert ("facilities", NEG) in found
    assert ("waiting", NEG) not in found
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the look-alikes: the waiting room told full or long is the wait
        ("The waiting room was packed and we sat there for an hour.", "en"),
        ("Poczekalnia pełna, siedzieliśmy tam godzinę.", "pl"),
        ("候诊区人太多了，等了一个小时。", "zh"),
    ],
)
def test_a_waiting_room_told_full_is_still_the_wait(text: str, lang: str) -> None:
    assert ("waiting", NEG) in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "premises"),
    [
        ("Apteka na parterze, wszystko dostałam od ręki, super.", "pl", True),
        ("В аптеці на першому поверсі все було, дуже зручно.", "uk", True),
        # a prescription sent to a pharmacy: the patient's, not the practice's premises
        ("Receptę wysłała do apteki, lekarka super.", "pl", False),
    ],
)
def test_the_clinics_own_pharmacy_is_its_premises(text: str, lang: str, premises: bool) -> None:
    assert (("facilities", POS) in read(text, lang)) is premises


@pytest.mark.parametrize(
    ("text", "lang", "aspect", "said"),
    [
        # a second branch compared with the first, and parking told in another word order
        ("Второй корпус намного светлее, но встать там негде.", "ru", "access", NEG),
        ("Второй корпус намного светлее, но встать там негде.", "ru", "facilities", POS),
        ("Druga filia jest ładniejsza, tylko zaparkować tu nie ma gdzie.", "pl", "access", NEG),
        # a slot the same day, a child who did not cry at the jab
        ("在小程序上挂号，当天就有号。", "zh", "scheduling", POS),
        ("护士给儿子打针，孩子一点都没哭。", "zh", "nurse", POS),
    ],
)
def test_second_branches_slots_and_children_in_other_words(
    text: str, lang: str, aspect: str, said: str
) -> None:
    assert (aspect, said) in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        # the look-alikes: skin that looks cleaner is the outcome; parking found is no complaint
        ("После чистки кожа стала чище, спасибо косметологу.", "ru", ("facilities", POS)),
        ("Припарковаться там можно без проблем.", "ru", ("access", NEG)),
        ("Zaparkować tam można bez problemu.", "pl", ("access", NEG)),
        ("当天就有号吗？打电话问了没人接。", "zh", ("scheduling", POS)),
    ],
)
def test_their_look_alikes_are_read_as_before(
    text: str, lang: str, absent: tuple[str, str]
) -> None:
    assert absent not in read(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        # prices lower than elsewhere told with how much between, beside a wait
        (
            "Цены процентов на тридцать ниже, чем в сетевых клиниках. Но ждать результатов неделю.",
            "ru",
            POS,
        ),
        (
            "Ціни набагато нижчі, ніж у мережевих клініках. Але результатів чекати тиждень.",
            "uk",
            POS,
        ),
        ("Fees are way cheaper than the chain clinics. But the results take a week.", "en", POS),
        # the look-alike: prices higher than elsewhere
        ("Цены намного выше, чем в сетевых клиниках.", "ru", NEG),
        ("Fees are way higher than the chain clinics.", "en", NEG),
    ],
)
def test_prices_lower_than_elsewhere_told_with_how_much(text: str, lang: str, said: str) -> None:
    assert ("price", said) in read(text, lang)


def test_the_management_appealed_to_is_not_the_front_office() -> None:
    # "Керівництво, зверніть увагу!" closes a complaint: nobody at the desk is praised
    text = "Лікар майже не відривався від комп’ютера. Керівництво, зверніть увагу!"
    assert ("reception", POS) not in read(text, "uk")
