"""Round 18b (issue 16, ru and uk): good replies a practice publishes, in the styles of a price
list, a newsletter or a notice board, that the guard flagged: its own staff named after an
academic degree ("кандидату медицинских наук ..."), the practice's own event with the verb first
("18 апреля в 18:00 проведёт бесплатную лекцию", "провожаем её в конференц-зале"), money raised
for a charity and prizes for a race's winners, and what usually happens to a condition
("найчастіше минає сам"). Each has a look-alike that stays a finding: a relative named in full, a
visit on a day, a reward for the review, the reader's own condition."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

# (language, reviewer, review, a good reply, the same scene with a leak, the leak's rule)
PAIRS = [
    # the practice's own doctor, after an academic degree; a relative named in full
    (
        "ru",
        "Вера",
        "Спасибо терапевтам!",
        "Вера, передадим ваши слова кандидату медицинских наук Ирине Павловне Лосевой и всему "
        "терапевтическому отделению.",
        "Вера, передайте, пожалуйста, наш привет вашей маме, Ирине Павловне Лосевой, — рады, "
        "что ей лучше.",
        "full_name",
    ),
    (
        "uk",
        "Віра",
        "Дякую терапевтам!",
        "Віро, передамо ваші слова кандидатці медичних наук Ірині Павлівні Лосенко та всьому "
        "терапевтичному відділенню.",
        "Віро, передайте, будь ласка, наші вітання вашій мамі, Ірині Павлівні Лосенко, — раді, "
        "що їй краще.",
        "full_name",
    ),
    # the practice's own event, the verb first; a visit on a day
    (
        "ru",
        "Глеб",
        "Хорошие врачи.",
        "Глеб, спасибо! Невролог нашей клиники 14 мая в 19:00 проведёт открытую лекцию "
        "«Мигрень: мифы и факты», вход свободный.",
        "Глеб, спасибо! Невролог 14 мая в 19:00 проведёт вам повторный осмотр, не опаздывайте.",
        "date",
    ),
    (
        "uk",
        "Гліб",
        "Гарні лікарі.",
        "Глібе, дякуємо! Невролог нашої клініки 14 травня о 19:00 проведе відкриту лекцію "
        "«Мігрень: міфи й факти», вхід вільний.",
        "Глібе, дякуємо! Невролог 14 травня о 19:00 проведе вам повторний огляд, не спізнюйтеся.",
        "date",
    ),
    # a colleague seen off; the reader's own check-up
    (
        "ru",
        "Нина",
        "Нина Петровна уходит?",
        "Нина, да, после 25 лет уходит на пенсию наша акушерка Нина Петровна. 30 июня в 16:00 "
        "провожаем её в актовом зале.",
        "Нина, да, Нина Петровна уходит. 30 июня в 16:00 ждём вас на контрольный осмотр к "
        "новой акушерке.",
        "date",
    ),
    (
        "uk",
        "Ніна",
        "Ніна Петрівна йде?",
        "Ніно, так, після 25 років іде на пенсію наша акушерка Ніна Петрівна. 30 червня о 16:00 "
        "проводжаємо її в конференц-залі.",
        "Ніно, так, Ніна Петрівна йде. 30 червня о 16:00 чекаємо вас на контрольний огляд до "
        "нової акушерки.",
        "date",
    ),
    # money raised for a charity and a race's prizes; a reward for the review
    (
        "ru",
        "Пётр",
        "Отличный забег!",
        "Пётр, спасибо всем бегунам! Собрано 92 000 ₽ для детского хосписа. Призы победителям "
        "вручила заведующая поликлиникой.",
        "Пётр, спасибо за отзыв! Призы за отзывы вручаем на ресепшене — ваш уже ждёт.",
        "reward",
    ),
    (
        "uk",
        "Петро",
        "Чудовий забіг!",
        "Петре, дякуємо всім бігунам! Зібрано 38 000 грн для дитячого хоспісу. Призи переможцям "
        "вручила завідувачка поліклініки.",
        "Петре, дякуємо за відгук! Призи за відгуки вручаємо на рецепції — ваш уже чекає.",
        "reward",
    ),
    # what usually happens to a condition; the reader's own
    (
        "uk",
        "Марта",
        "Дякую за пам'ятку на сайті.",
        "Марто, раді, що знадобилася! Біль у спині найчастіше минає сам за 2–6 тижнів. Якщо "
        "з'явився набряк — звертайтеся до ортопеда.",
        "Марто, раді, що знадобилася! Біль у вашому коліні минає сам, не хвилюйтеся.",
        "health_detail",
    ),
    # a member of staff on leave, named in full; a relative named in full
    (
        "ru",
        "Тамара",
        "Не могу записаться к терапевту.",
        "Тамара, простите: Галина Романовна Зуева в отпуске до 3 сентября, её приём пока ведут "
        "коллеги из второго кабинета.",
        "Тамара, простите: ваша мама, Галина Романовна Зуева, в отпуске пусть отдыхает, а "
        "записаться вы можете к любому терапевту.",
        "full_name",
    ),
    (
        "uk",
        "Тамара",
        "Не можу записатися до терапевта.",
        "Тамаро, вибачте: Галина Романівна Зуб у відпустці до 3 вересня, її прийом поки ведуть "
        "колеги з другого кабінету.",
        "Тамаро, вибачте: ваша мама, Галина Романівна Зуб, у відпустці хай відпочиває, а "
        "записатися ви можете до будь-якого терапевта.",
        "full_name",
    ),
    # what the practice holds on a day, and what its open day offers; a visit, a reward
    (
        "ru",
        "Антон",
        "Что за праздник у вас был?",
        "Антон, 1 июня в 12:00 мы устраиваем во дворе клиники детский праздник. Будут "
        "аниматоры, экскурсии и бесплатные осмотры стоматолога.",
        "Антон, 1 июня в 12:00 ждём вас на осмотр у стоматолога. За отзыв — бесплатная чистка.",
        "date",
    ),
    (
        "uk",
        "Антон",
        "Що за свято у вас було?",
        "Антоне, 1 червня о 12:00 ми влаштовуємо у дворі клініки дитяче свято. Будуть "
        "аніматори, екскурсії й безкоштовні огляди стоматолога.",
        "Антоне, 1 червня о 12:00 чекаємо вас на огляд у стоматолога. За відгук — безкоштовна "
        "чистка.",
        "date",
    ),
]


def _rules(reply: str, language: str, reviewer: str, review: str) -> set[str]:
    found = find_confidentiality_problems(
        reply, language=language, review_text=review, reviewer_name=reviewer
    )
    return {f.rule for f in found}


@pytest.mark.parametrize(("language", "reviewer", "review", "good", "bad", "rule"), PAIRS)
def test_practice_notice_passes_and_its_leaking_look_alike_is_blocked(
    language: str, reviewer: str, review: str, good: str, bad: str, rule: str
) -> None:
    assert _rules(good, language, reviewer, review) == set()
    assert rule in _rules(bad, language, reviewer, review)
