"""Round twelve's readings: a get-well wish in Russian and Ukrainian is a courtesy where the
review tells of an illness (as en, pl and zh read it since round eleven), and a wish read as a
phrase and a word at once is still one wish; the reviewer's public name with its civil title
("Ms. Darcy", "老冯" greeted "冯先生") is no full name, while a surname the public name does not
show still is."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems


def _codes(reply: str, language: str, review: str, name: str = "") -> set[str]:
    found = find_confidentiality_problems(
        reply, language=language, review_text=review, reviewer_name=name
    )
    return {f.code.value for f in found}


@pytest.mark.parametrize(
    ("language", "review", "reply"),
    [
        (
            "ru",
            "Сильно заболел гриппом, приняли без записи.",
            "Денис, спасибо за отзыв! Желаем вам скорейшего выздоровления и побольше отдыха!",
        ),
        (
            "uk",
            "Сильно захворів на грип, прийняли без запису.",
            "Денисе, дякуємо за відгук! Бажаємо вам якнайшвидшого одужання й більше відпочинку!",
        ),
        ("uk", "Прийшла зі зламаною щиколоткою.", "Дякуємо, що написали. Одужуйте швидше!"),
    ],
)
def test_a_get_well_wish_to_a_review_that_tells_of_an_illness_is_a_courtesy(
    language: str, review: str, reply: str
) -> None:
    assert _codes(reply, language, review) == set()


@pytest.mark.parametrize(
    ("language", "review", "reply"),
    [
        ("ru", "Хороший сервис.", "Желаем вам скорейшего выздоровления!"),
        (
            "uk",
            "Сильно захворів на грип.",
            "Бажаємо вам якнайшвидшого одужання після операції на серці!",
        ),
    ],
)
def test_a_wish_to_a_review_of_no_illness_or_naming_more_is_still_a_finding(
    language: str, review: str, reply: str
) -> None:
    assert "health_detail" in _codes(reply, language, review)


@pytest.mark.parametrize(
    ("language", "name", "reply"),
    [
        ("en", "Ms. Darcy", "Thank you, Ms. Darcy! A warm welcome is exactly what we aim for."),
        ("zh", "老冯", "冯先生您好，我们不能在公开场合讨论任何病历资料。"),
    ],
)
def test_the_reviewers_public_name_with_its_title_is_no_full_name(
    language: str, name: str, reply: str
) -> None:
    assert "full_name" not in _codes(reply, language, "Everyone was welcoming.", name)


@pytest.mark.parametrize(
    ("language", "name", "reply"),
    [
        ("en", "Margaret H.", "Thank you, Mrs Holloway! A warm welcome is what we aim for."),
        ("zh", "小冯", "王先生您好，感谢您的认可。"),
        ("zh", "老冯", "冯建国先生您好，感谢您的认可。"),
    ],
)
def test_a_surname_the_public_name_does_not_show_is_still_a_full_name(
    language: str, name: str, reply: str
) -> None:
    assert "full_name" in _codes(reply, language, "Everyone was welcoming.", name)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        # a charity's draw for anyone, said to have nothing to do with reviews ([guard] unrelated)
        (
            "zh",
            "您好！那是我们为儿童福利院举办的慈善抽奖：12月20日前在前台可以买10元一张的奖券，"
            "任何人都可以参加，与评价和就诊无关。",
        ),
        # what insurance covers for everyone, a check for any plan
        ("en", "Flu shots are available to everyone, walk-in. Most insurance covers them."),
        ("en", "Thanks for asking. Our front desk can confirm coverage for any plan."),
        # the practice's move on a date; the practice's own doctor with a compound surname
        ("zh", "诊所不会关门。3月1日起我们将搬到长安路22号的新楼，团队和电话都不变。"),
        ("zh", "我们的团队有内科陈安娜医生和心内科欧阳明医生，简介都在官网上。"),
        ("zh", "如有疑问，欢迎来电，我们很乐意为您解答。期待再次为您服务。"),
        # what the practice always does for anyone, after a price list ending in "zł."
        (
            "pl",
            "Panie Piotrze, ceny są w cenniku: konsultacja to 180 zł, higienizacja 350 zł. "
            "Przed leczeniem zawsze dajemy pisemny kosztorys.",
        ),
    ],
)
def test_offers_and_news_for_everyone_pass(language: str, reply: str) -> None:
    assert _codes(reply, language, "Do you take part in anything?", "Pete") == set()


@pytest.mark.parametrize(
    ("language", "reply", "code"),
    [
        ("zh", "感谢好评！写评价就能参加慈善抽奖，赢取免费洗牙。", "reward"),
        ("zh", "感谢您的好评！参与抽奖即有机会赢取免费洗牙。", "reward"),
        ("en", "Your insurance covers the crown, Pete.", "insurance"),
        ("zh", "您3月1日的复诊我们已经安排好了。", "date"),
        ("zh", "感谢欧阳明的认可！", "full_name"),
        ("zh", "高阿姨，谢谢您！能为您和您的家人看病一直是我们的荣幸。", "confirms_patient"),
        ("pl", "Zawsze dajemy Panu kosztorys Pana leczenia kanałowego.", "health_detail"),
    ],
)
def test_the_same_words_tied_to_the_reviewer_are_still_findings(
    language: str, reply: str, code: str
) -> None:
    assert code in _codes(reply, language, "Do you take part in anything?", "Pete")


def test_a_russian_closing_invitation_in_either_order_passes_and_a_clinicians_does_not() -> None:
    review = "Всё понравилось."
    assert _codes("Ирина, спасибо! Будем рады снова видеть вас!", "ru", review) == set()
    assert "confirms_patient" in _codes("Доктор Смирнова рада снова видеть вас.", "ru", review)
    assert "confirms_patient" in _codes(
        "Будем рады снова видеть вас на контрольном осмотре!", "ru", review
    )


def test_an_abbreviated_title_in_the_public_name_is_a_title() -> None:
    assert _codes("Спасибо, господин Орлов!", "ru", "Всё понравилось.", "Г-н Орлов") == set()
    assert "full_name" in _codes("Спасибо, господин Орлов!", "ru", "Всё понравилось.", "Г-н Иванов")


def test_a_nicknames_last_word_said_to_them_is_no_surname() -> None:
    reply = "We never say whether anyone is or was our patient, Ned; that is for each person."
    assert "full_name" not in _codes(reply, "en", "Did my neighbour come here?", "Nosy Ned")
    assert "full_name" in _codes("Ned Holloway was here.", "en", "Great.", "Nosy Ned")


@pytest.mark.parametrize(
    ("language", "patients", "people"),
    [
        (
            "ru",
            "Всегда приятно, когда постоянные пациенты вроде вас находят время написать.",
            "Всегда приятно, когда люди вроде вас находят время написать.",
        ),
        (
            "pl",
            "Zawsze miło, gdy stali pacjenci tacy jak Pani znajdują czas, żeby napisać.",
            "Zawsze miło, gdy ludzie tacy jak Pani znajdują czas, żeby napisać.",
        ),
    ],
)
def test_patients_like_them_confirm_and_people_like_them_do_not(
    language: str, patients: str, people: str
) -> None:
    assert "confirms_patient" in _codes(patients, language, "Miły personel.", "Tosia")
    assert _codes(people, language, "Miły personel.", "Tosia") == set()
