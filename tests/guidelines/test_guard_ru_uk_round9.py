"""Issue 16, ninth round (ru/uk): whom a reply speaks of, read by grammar: a condition names
anyone it may be true of, not the reviewer."""

from __future__ import annotations

from clinicrep.guidelines.confidentiality import find_confidentiality_problems


def rules(reply: str, *, language: str, review: str = "", reviewer: str = "") -> set[str]:
    found = find_confidentiality_problems(
        reply, review_text=review, language=language, reviewer_name=reviewer
    )
    return {f.rule for f in found}


def test_advice_in_a_condition_about_anyones_child_can_be_published() -> None:
    assert not rules(
        "Если после любой вакцинации температура у ребёнка выше 38,5, звоните дежурному педиатру.",
        language="ru",
        review="После прививки у дочки температура, а дозвониться вечером невозможно.",
        reviewer="Кристина",
    )
    assert not rules(
        "Якщо після будь-якого щеплення температура у дитини вища за 38,5, "
        "телефонуйте черговому педіатру.",
        language="uk",
        review="Після щеплення в доньки температура, а ввечері не додзвонитися.",
        reviewer="Христина",
    )


def test_what_follows_the_condition_is_still_about_the_reviewer() -> None:
    found = rules(
        "Если будут вопросы, звоните: у вашей дочки температура после вакцинации была ожидаемой.",
        language="ru",
        review="Дозвониться вечером невозможно.",
        reviewer="Кристина",
    )
    assert "health_detail" in found
    assert "new_information" in found


def test_a_condition_is_anyones_even_in_a_sentence_that_greets_the_reviewer() -> None:
    assert not rules(
        "Алёна, если у ребёнка после прививки температура держится дольше двух дней, "
        "обратитесь к дежурному педиатру.",
        language="ru",
        review="После прививки у сына поднялась температура, куда звонить?",
        reviewer="Алёна",
    )


def test_a_condition_that_tells_of_their_own_past_is_still_about_them() -> None:
    found = rules(
        "Фёдор, извините. Если вы не успеете сдать повторный анализ на ВИЧ до пятницы, "
        "мы продлим направление.",
        language="ru",
        review="Администратор была невежлива.",
        reviewer="Фёдор",
    )
    assert "health_detail" in found
