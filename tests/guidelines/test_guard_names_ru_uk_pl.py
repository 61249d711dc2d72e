"""Names in Russian, Ukrainian and Polish replies: the reviewer greeted in the vocative, a
surname with initials, a patronymic the reviewer never published.

A practice manager answers "Сергей" as "Сергей Анатольевич" or signs off to "Петрова Н.С.":
both come from the patient's card, not from the review, and must not be published. Polish and
Ukrainian greet people in the vocative (Marek -> "Panie Marku", Олег -> "Олеже"); a sentence
that greets the reviewer so is about them. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems


def rules_of(reply: str, language: str, reviewer: str) -> set[str]:
    found = find_confidentiality_problems(reply, language=language, reviewer_name=reviewer)
    return {f.rule for f in found}


@pytest.mark.parametrize(
    ("language", "reviewer", "reply"),
    [
        ("ru", "Надежда П.", "Уважаемая Петрова Н.С., благодарим за высокую оценку!"),
        ("ru", "Иван", "Иванов И. И., благодарим за отзыв и за выбор нашей клиники!"),
        ("ru", "", "Спасибо! Передайте привет маме, Н. С. Кузнецовой."),
        ("uk", "Олена К.", "Шановна Коваленко О. В., дякуємо за високу оцінку!"),
    ],
)
def test_a_surname_with_initials_is_a_full_name(language: str, reviewer: str, reply: str) -> None:
    assert "full_name" in rules_of(reply, language, reviewer)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("ru", "Записаться к врачу Петровой Н. С. можно по телефону."),
        ("ru", "Спасибо за отзыв! С уважением, Петрова Н.С."),
        ("uk", "Дякуємо! Завідувачка відділення Коваленко О. В. зв'яжеться з вами."),
        ("pl", "Dziękujemy za opinię! P.S. Zapraszamy na stronę."),
    ],
)
def test_initials_of_the_practices_own_people_pass(language: str, reply: str) -> None:
    assert "full_name" not in rules_of(reply, language, "Анна")


@pytest.mark.parametrize(
    ("language", "reviewer", "reply"),
    [
        ("ru", "Сергей", "Сергей Анатольевич, спасибо за отзыв! Передадим хирургу."),
        ("ru", "Анна", "Уважаемая Анна Сергеевна, благодарим вас!"),
        ("uk", "Микола", "Миколо Івановичу, дякуємо за відгук!"),
    ],
)
def test_a_patronymic_the_reviewer_did_not_publish_is_a_full_name(
    language: str, reviewer: str, reply: str
) -> None:
    assert "full_name" in rules_of(reply, language, reviewer)


@pytest.mark.parametrize(
    ("language", "reviewer", "reply"),
    [
        # the reviewer published the patronymic: greeting them so adds nothing
        ("ru", "Николай Петрович", "Николай Петрович, спасибо за отзыв!"),
        # a member of staff with a patronymic
        ("ru", "Любовь", "Любовь, спасибо! Передадим ваши слова Ольге Сергеевне."),
        ("uk", "Марина", "Марино, дякуємо! Передамо ваші слова Наталії Олександрівні."),
    ],
)
def test_a_patronymic_that_is_public_or_a_staff_members_passes(
    language: str, reviewer: str, reply: str
) -> None:
    assert rules_of(reply, language, reviewer) == set()


@pytest.mark.parametrize(
    ("language", "reviewer", "greeting"),
    [
        ("pl", "Marek", "Panie Marku"),
        ("pl", "Paweł K.", "Panie Pawle"),
        ("pl", "Michał", "Panie Michale"),
        ("pl", "Jacek", "Panie Jacku"),
        ("uk", "Олег", "Олеже"),
    ],
)
def test_the_reviewer_greeted_in_the_vocative_makes_the_sentence_about_them(
    language: str, reviewer: str, greeting: str
) -> None:
    sentence = {
        "pl": f"{greeting}, rehabilitacja kręgosłupa wymaga cierpliwości.",
        "uk": f"{greeting}, реабілітація хребта потребує терпіння.",
    }[language]
    assert "health_detail" in rules_of(sentence, language, reviewer)
    # the same sentence to someone else, with no greeting, is about nobody in particular
    general = sentence.split(", ", 1)[1].capitalize()
    assert "health_detail" not in rules_of(general, language, reviewer)


@pytest.mark.parametrize(
    ("language", "review", "reply"),
    [
        (
            "ru",
            "Спасибо доктору Романовой за чуткость.",
            "Спасибо! Ирина Александровна Романова очень обрадуется вашему отзыву.",
        ),
        (
            "uk",
            "Дякую лікарці Романенко за чуйність.",
            "Дякуємо! Ірина Олександрівна Романенко дуже зрадіє вашому відгуку.",
        ),
    ],
)
def test_the_doctor_a_review_thanks_by_name_may_be_named_in_full(
    language: str, review: str, reply: str
) -> None:
    found = find_confidentiality_problems(
        reply, review_text=review, language=language, reviewer_name="Татьяна"
    )
    assert found == []
    # without the review naming her, the same full name is reported
    assert "full_name" in rules_of(reply, language, "Татьяна")


def test_a_name_in_quotes_is_a_companys() -> None:
    reply = "Ми співпрацюємо з «Уніка», «ТАС» та «Арсенал Страхування»; деталі — у реєстратурі."
    assert rules_of(reply, "uk", "") == set()
