"""Issue 16, eleventh round for ru and uk: a reply that explains what the review tells happened
names their treatment when it uses a word the review did not; rules for anyone ("anyone can
book the same doctor again", what ophthalmologists advise every adult) are no one's; a clinician
who misses their patient, a level back to normal, advice sent to them are findings."""

from __future__ import annotations

from clinicrep.guidelines.confidentiality import find_confidentiality_problems


def rules(reply: str, *, language: str, review: str = "", reviewer: str = "") -> set[str]:
    found = find_confidentiality_problems(
        reply, review_text=review, language=language, reviewer_name=reviewer
    )
    return {f.rule for f in found}


def test_an_explanation_naming_a_procedure_the_review_did_not_is_a_finding() -> None:
    found = rules(
        "Карина, спасибо, что поделились. После лапароскопии так бывает у многих: газ "
        "раздражает диафрагму, и плечо ноет пару дней.",
        language="ru",
        review="Плечо болело после операции, странно.",
        reviewer="Карина",
    )
    assert {"health_detail", "new_information"} <= found
    found = rules(
        "Карино, дякуємо, що поділилися. Після лапароскопії так буває в багатьох: газ "
        "подразнює діафрагму, і плече ниє кілька днів.",
        language="uk",
        review="Плече боліло після операції, дивно.",
        reviewer="Карина",
    )
    assert {"health_detail", "new_information"} <= found


def test_an_explanation_in_the_reviews_own_words_or_of_no_told_care_passes() -> None:
    # the review's own procedure, explained: nothing new
    assert not rules(
        "Карина, после лапароскопии так бывает у многих, это проходит за пару дней.",
        language="ru",
        review="После лапароскопии болело плечо, странно.",
        reviewer="Карина",
    )
    # the same sentence with no care told in the review is a general fact
    assert not rules(
        "После лапароскопии так бывает у многих, это проходит за пару дней.",
        language="ru",
        review="Удобная парковка и вежливый администратор.",
    )


def test_anyone_may_book_the_same_doctor_again() -> None:
    assert not rules(
        "Повторно записаться к тому же врачу может любой — онлайн на сайте.", language="ru"
    )
    assert not rules(
        "Повторно записатися до того самого лікаря може кожен — онлайн через Helsi.",
        language="uk",
    )
    assert "confirms_patient" in rules(
        "Мы уже записали вас к тому же врачу на следующий этап.", language="ru"
    )


def test_what_doctors_advise_every_adult_is_no_ones_health() -> None:
    assert not rules(
        "Офтальмологи радять перевіряти зір усім дорослим раз на рік, а після 40 років — ще й "
        "вимірювати очний тиск.",
        language="uk",
    )
    assert "health_detail" in rules("Раді, що очний тиск у нормі.", language="uk")


def test_relationships_and_outcomes_in_new_words_are_findings() -> None:
    assert "confirms_patient" in rules(
        "Доктор Лебедева сказала, что уже соскучилась по своей любимой пациентке.",
        language="ru",
    )
    assert "confirms_patient" in rules(
        "Доктор Іваненко сказав, що вже скучив за своєю улюбленою пацієнткою.", language="uk"
    )
    assert "health_detail" in rules("Очень рады, что сахар наконец пришёл в норму!", language="ru")
    assert "health_detail" in rules(
        "Памятку по уходу за брекетами мы продублировали вам на почту.", language="ru"
    )
    assert "confirms_patient" in rules(
        "Поскольку вы уже есть в нашей базе, анкету заполнять не придётся.", language="ru"
    )
    assert not rules("Якщо ви вже є в нашій базі, анкету заповнювати не потрібно.", language="uk")


def test_the_head_doctor_named_in_full_after_a_role_in_the_dative_is_the_practices() -> None:
    assert not rules(
        "Платон, ваш отзыв передан главному врачу Сергею Николаевичу Котову.",
        language="ru",
        reviewer="Платон",
    )
    assert not rules(
        "Платоне, ваш відгук передано головному лікарю Сергію Миколайовичу Коваленку.",
        language="uk",
        reviewer="Платон",
    )
    # the reviewer named in full is still a finding
    assert "full_name" in rules(
        "Ирина Александровна Лыкова, благодарим вас за тёплые слова!",
        language="ru",
        reviewer="Ирина",
    )


def test_seeing_them_on_a_list_confirms_a_patient() -> None:
    assert "confirms_patient" in rules(
        "Видим вас в списке на вакцинацию на следующей неделе.", language="ru"
    )
    assert "confirms_patient" in rules(
        "Бачимо вас у списку на вакцинацію наступного тижня.", language="uk"
    )
