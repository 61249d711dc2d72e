"""Issue 16, sixth round (ru/uk): what a practice may say when it answers the review's own
complaint, greets a reviewer by first name and patronymic, or names its own staff in full."""

from __future__ import annotations

from clinicrep.guidelines.confidentiality import find_confidentiality_problems


def rules(reply: str, *, language: str, review: str = "", reviewer: str = "") -> set[str]:
    found = find_confidentiality_problems(
        reply, review_text=review, language=language, reviewer_name=reviewer
    )
    return {f.rule for f in found}


BLOOD_DRAW_RU = "Медсестра брала кровь из вены с третьего раза, синяк до сих пор."
BLOOD_DRAW_UK = "Медсестра брала кров з вени з третього разу, синець досі."


def test_an_apology_for_the_procedure_the_review_complains_of_can_be_published() -> None:
    assert not rules(
        "Нина, нам жаль, что процедура оказалась такой неприятной. Мы разобрали случай.",
        language="ru",
        review=BLOOD_DRAW_RU,
        reviewer="Нина",
    )
    assert not rules(
        "Ніно, нам шкода, що процедура виявилася такою неприємною. Ми розібрали випадок.",
        language="uk",
        review=BLOOD_DRAW_UK,
        reviewer="Ніна",
    )


def test_an_apology_that_adds_a_test_the_review_did_not_name_is_still_blocked() -> None:
    assert "health_detail" in rules(
        "Нина, жаль, что анализ на гормоны щитовидной железы пришлось пересдавать.",
        language="ru",
        review=BLOOD_DRAW_RU,
        reviewer="Нина",
    )


def test_the_same_words_without_a_complaint_in_the_review_are_still_a_finding() -> None:
    # the review tells of no treatment: "the procedure" would be news about the reviewer
    assert "health_detail" in rules(
        "Майя, простите, что процедура оказалась такой неприятной.",
        language="ru",
        review="Долго ждала в коридоре, никто ничего не объяснял.",
        reviewer="Майя",
    )


def test_a_reviewer_greeted_by_first_name_and_patronymic_can_be_told_a_general_offer() -> None:
    reply = "Пётр Ильич, пенсионерам по будням действует скидка 10 % на все приёмы."
    assert not rules(reply, language="ru", reviewer="Пётр Ильич")
    assert not rules(
        "Петре Іллічу, пенсіонерам у будні діє знижка 10 % на всі прийоми.",
        language="uk",
        reviewer="Петро Ілліч",
    )
    # ... and a health fact about them is still one
    assert "health_detail" in rules(
        "Пётр Ильич, ваш анализ пришёл в норме.", language="ru", reviewer="Пётр Ильич"
    )


def test_the_practices_own_staff_named_in_full_with_their_role_after_the_name() -> None:
    assert not rules(
        "Спасибо за отзыв! Анна Михайловна Орлова — наш ведущий терапевт.",
        language="ru",
        review="Спасибо Анне Михайловне!",
    )
    assert not rules(
        "УЗД у нас проводять Ольга Миколаївна Рябченко і Денис Андрійович Лі — обоє лікарі.",
        language="uk",
    )
    # a relative named in full is not staff
    assert "full_name" in rules(
        "Эльза, спасибо! Ваш муж, Роман Андреевич Кузнецов, тоже оставил нам отзыв.",
        language="ru",
        reviewer="Эльза",
    )
