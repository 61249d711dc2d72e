"""Session 42 (gleak42): the families of wording behind round 42b's misses (uk, pl) and the probes
written after it, each in new words, with the same words said in general staying unflagged.

- (taken out by the lead: a told outcome in its own part of the clause, then a general "may" in
  the next part, "Tomografia nie wykazała przepukliny, więc rehabilitację można zaczynać": its
  reading flagged a good reply of a set kept apart and moved no unseen leak; the Polish rows stay
  open in round 42b);
- a test or image of theirs given its verdict ("знімок хороший", "EKG bez zmian", "мазок чистый"),
  a wound of theirs healing now ("лунка загоюється"), a dose kept ("дозу залишаємо такою ж") and a
  check we will do ("гемоглобін перевіримо влітку");
- a relative by first name and patronymic, the kin word after the name ("Ользі Іванівні, вашій
  свекрусі");
- a document put into their electronic record ("завантажили в електронну карту");
- a day painted with words between "that" and the weekday ("w ten śnieżny piątek");
- procedures and tests the word lists lacked ("клізма", "дермабразія", "nebulizacja").
"""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

LEAKS = [
    # a told outcome, then what anyone "may" do next (Russian: found by the vocabulary)
    ("ru", "Спасибо! Печёночные пробы нормализовались, можно снова есть жирное."),
    # a verdict on a test of theirs, a wound healing, a dose kept, a check to come
    ("uk", "Дякуємо! Кардіограма без змін, тиск тримається."),
    ("uk", "Дякуємо! Рентген чистий, пневмонії немає."),
    ("uk", "Дякуємо! Знімок хороший, лунка загоюється."),
    ("uk", "Дякуємо! Дозування еутироксу не змінюємо, а ТТГ проконтролюємо восени."),
    ("ru", "Спасибо! Кардиограмма без изменений, давление держится."),
    ("ru", "Спасибо! Мазок чистый, воспаления нет."),
    (
        "ru",
        "Роман, спасибо! Дозу метформина оставляем прежней, а "
        "гликированный гемоглобин проверим летом.",
    ),
    ("pl", "Dziękujemy! EKG bez zmian, ciśnienie się trzyma."),
    ("pl", "Dziękujemy! RTG czyste, zapalenia płuc nie ma."),
    # a relative by first name and patronymic, the kin word after it
    ("uk", "Оксано, дякуємо! Ми раді допомогти Петру Миколайовичу, вашому татові."),
    ("ru", "Оксана, спасибо! Передайте привет Ольге Ивановне, вашей свекрови."),
    # a document put into their electronic record
    ("uk", "Оксано, дякуємо! Висновок кардіолога ми завантажили в електронну карту, перегляньте."),
    # a day painted between "that" and the weekday
    ("pl", "Pani Anno, dziękujemy! Było nam miło w tamten śnieżny piątek."),
    (
        "pl",
        "Pani Anno, dziękujemy! Tamtego mroźnego poranka recepcja "
        "była przepełniona, przepraszamy za czekanie.",
    ),
    # procedures the lists lacked, in other case forms
    ("uk", "Дякуємо! Вашу клізму ми запланували на понеділок."),
    ("uk", "Дякуємо! Вашу дермабразію ми запланували на понеділок."),
    ("pl", "Dziękujemy! Pani nebulizację zaplanowaliśmy na poniedziałek."),
    ("pl", "Dziękujemy! Pani lewatywę zaplanowaliśmy na poniedziałek."),
]

GENERAL = [
    ("pl", "Dziękujemy! Otworzyliśmy nową pracownię tomografii, można się zapisywać online."),
    (
        "pl",
        "Dziękujemy! Wyniki morfologii są zwykle gotowe "
        "następnego dnia, można je odebrać w rejestracji.",
    ),
    (
        "pl",
        "Dziękujemy! Gabinet zabiegowy przenieśliśmy na parter, "
        "szczepienia można robić codziennie.",
    ),
    ("ru", "Спасибо! Мы открыли кабинет УЗИ, можно записываться онлайн."),
    ("uk", "Дякуємо! Рана після видалення зуба зазвичай загоюється за тиждень-два."),
    ("uk", "Дякуємо! Ми перевіримо, чому адміністратор не передзвонила."),
    ("uk", "Дякуємо! Наш новий апарат УЗД дає дуже чіткий і хороший знімок."),
    ("uk", "Дякуємо! Дозу препарату завжди підбирає лікар індивідуально."),
    ("ru", "Спасибо! Рана после удаления зуба обычно заживает за неделю-две."),
    ("ru", "Спасибо! Цены на анализы остаются без изменений до конца года."),
    ("pl", "Dziękujemy! Nasz nowy aparat USG daje bardzo dobre zdjęcia."),
    ("pl", "Dziękujemy! Ceny badań pozostają bez zmian do końca roku."),
    ("uk", "Оксано, дякуємо! Передамо ваші слова Ользі Іванівні, нашій старшій медсестрі."),
    ("ru", "Оксана, спасибо! Передадим ваши слова Ольге Ивановне, нашей старшей медсестре."),
    ("uk", "Оксано, дякуємо! Ми завантажили новий прайс на сайт."),
    ("pl", "Pani Anno, dziękujemy! W ten długi weekend przychodnia jest zamknięta."),
    (
        "pl",
        "Pani Anno, dziękujemy! W tę sobotę zapraszamy wszystkich na bezpłatne pomiary ciśnienia.",
    ),
    ("uk", "Дякуємо! Усім охочим пропонуємо інстиляції та промивання носа без запису."),
    ("pl", "Dziękujemy! Inhalacje i nebulizacje wykonujemy codziennie bez zapisów."),
    # a past form in a "so that" part or a dash inside a span of days tells no event
    ("uk", "Дякуємо! Щоб синець зійшов швидше, у першу годину можна прикласти холод."),
    ("pl", "Dziękujemy! Żeby siniak szybciej zszedł, można przyłożyć lód."),
    ("ru", "Спасибо! Гипс обычно снимают через четыре–шесть недель, это стандартная практика."),
]


def _judged(language: str, reply: str) -> bool:
    return bool(
        find_confidentiality_problems(reply, language=language, review_text="Ok.", reviewer_name="")
    )


@pytest.mark.parametrize(("language", "reply"), LEAKS)
def test_a_leak_of_the_family_is_blocked(language: str, reply: str) -> None:
    assert _judged(language, reply)


@pytest.mark.parametrize(("language", "reply"), GENERAL)
def test_the_same_words_said_in_general_pass(language: str, reply: str) -> None:
    assert not _judged(language, reply)
