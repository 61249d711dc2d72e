"""Round sixteen's readings (issue 16: good long replies flagged), each a look-alike pair: a good
reply and the same with one leak.

- The practice's own past step in another clause ("..., и мы изменили порядок") makes no health
  word of its sentence someone's; a step that names the care ("мы удалили зуб мудрости") makes its
  sentence someone's as before.
- A sentence that says it is a price list, lists several amounts and has no one in it is
  everyone's prices; the same amounts as someone's balance are still billing.
- A staff title with its abbreviated qualifiers ("mgr piel."), a nurse's title in two words
  ("старша медична сестра") and a manager ("управляющему") name the practice's own staff.
"""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems


def _codes(reply: str, language: str, review: str = "", name: str = "") -> set[str]:
    found = find_confidentiality_problems(
        reply, language=language, review_text=review, reviewer_name=name
    )
    return {f.code.value for f in found}


_WAITED = {
    "ru": "Прождал 50 минут после назначенных 15:00, и никто ничего не объяснил.",
    "uk": "Чекав 50 хвилин після призначених 15:00, і ніхто нічого не пояснив.",
    "pl": "Czekałem 50 minut po umówionej 15:00 i nikt nic nie wyjaśnił.",
}


@pytest.mark.parametrize(
    ("language", "good", "bad"),
    [
        (
            "ru",
            "Ожидание в медицине иногда неизбежно — когда приходит экстренный пациент или "
            "процедура затягивается, — но оставлять людей без объяснений недопустимо, и мы "
            "изменили порядок.",
            "Ожидание в медицине иногда неизбежно — когда приходит экстренный пациент или "
            "процедура затягивается, — но мы удалили зуб мудрости быстро.",
        ),
        (
            "uk",
            "Очікування в медицині іноді неминуче — коли приходить екстрений пацієнт або "
            "процедура затягується, — але залишати людей без пояснень неприпустимо, і ми "
            "змінили порядок.",
            "Очікування в медицині іноді неминуче — коли приходить екстрений пацієнт або "
            "процедура затягується, — але ми видалили зуб мудрості швидко.",
        ),
        (
            "pl",
            "Czekanie w medycynie bywa nieuniknione — gdy przychodzi pilny przypadek albo zabieg "
            "się przedłuża — ale zostawianie ludzi bez wyjaśnienia jest niedopuszczalne i "
            "zmieniliśmy sposób postępowania.",
            "Czekanie w medycynie bywa nieuniknione — gdy przychodzi pilny przypadek albo zabieg "
            "się przedłuża — ale przepisaliśmy amoksycylinę.",
        ),
    ],
)
def test_the_practices_own_step_makes_no_other_clause_someones(
    language: str, good: str, bad: str
) -> None:
    assert _codes(good, language, _WAITED[language]) == set()
    assert "health_detail" in _codes(bad, language, _WAITED[language])


@pytest.mark.parametrize(
    ("language", "good", "bad"),
    [
        (
            "en",
            "Fair point, Ben. Our prices: exam and cleaning $95, X-rays $40, whitening $290.",
            "Fair point, Ben. Balance due: exam and cleaning $95, X-rays $40, whitening $290.",
        ),
        (
            "ru",
            "Справедливо, Борис. Наши цены: осмотр и чистка — 3 500 ₽, снимок — 600 ₽.",
            "Справедливо, Борис. Ваш счёт: осмотр и чистка — 3 500 ₽, снимок — 600 ₽.",
        ),
        (
            "uk",
            "Слушно, Богдане. Наші ціни: огляд і чистка — 1 200 грн, знімок — 250 грн.",
            "Слушно, Богдане. Ваш рахунок: огляд і чистка — 1 200 грн, знімок — 250 грн.",
        ),
        (
            "pl",
            "Słuszna uwaga, Panie Bartku. Nasze ceny: przegląd z higienizacją 350 zł, "
            "zdjęcie punktowe 60 zł, wybielanie 1200 zł.",
            "Słuszna uwaga, Panie Bartku. Do zapłaty: przegląd z higienizacją 350 zł, "
            "zdjęcie punktowe 60 zł, wybielanie 1200 zł.",
        ),
        (
            "zh",
            "柏先生说得对。我们的价格：检查加洁牙298元，根尖片40元，冷光美白1980元。",
            "柏先生说得对。您还需支付：检查加洁牙298元，根尖片40元，冷光美白1980元。",
        ),
    ],
)
def test_a_price_list_with_no_one_in_it_is_everyones(language: str, good: str, bad: str) -> None:
    review = "How much is a cleaning?"
    assert _codes(good, language, review) == set()
    assert _codes(bad, language, review) & {"price", "confirms_patient"}


@pytest.mark.parametrize(
    ("language", "good", "bad"),
    [
        (
            "pl",
            "Pani Heleno, dziękujemy! Dr hab. n. med. Samuel Adamski, kardiolog, oraz "
            "mgr piel. Lidia Czubak są bardzo wzruszeni Pani słowami.",
            "Pani Heleno, dziękujemy! Dr. Lee. Lidia Czubak też jest wzruszona Pani słowami.",
        ),
        (
            "uk",
            "Олено, дякуємо! Самуїл Олегович Адамчук, лікар-кардіолог, і старша медична сестра "
            "Лідія Чуйко дуже зворушені вашими словами.",
            "Олено, дякуємо! Самуїл Олегович Адамчук, лікар-кардіолог, і ваша сестра "
            "Лідія Чуйко дуже зворушені вашими словами.",
        ),
        (
            "ru",
            "Позвоните, пожалуйста, нашему управляющему Жанне Леонидовне Лысенко, она объяснит, "
            "как оформить согласие.",
            "Передайте, пожалуйста, вашей маме Жанне Леонидовне Лысенко, что согласие готово.",
        ),
    ],
)
def test_staff_titles_name_the_practices_own(language: str, good: str, bad: str) -> None:
    review = "Спасибо." if language != "pl" else "Dziękuję."
    assert "full_name" not in _codes(good, language, review)
    assert "full_name" in _codes(bad, language, review)


@pytest.mark.parametrize(
    ("language", "review", "good", "bad"),
    [
        (
            "en",
            "Waited 50 minutes past my 3pm appointment and nobody at reception explained why.",
            "Greg, you're right to be annoyed. You write that you waited fifty minutes past your "
            "3 pm appointment and that nobody at reception explained the delay.",
            "Greg, you're right to be annoyed. You write that you waited fifty minutes past your "
            "3 pm appointment, which you had already moved twice.",
        ),
        (
            "en",
            "Waited 50 minutes past my 3pm appointment and nobody at reception explained why.",
            "Greg, you're right to be annoyed. As you say, nobody at reception explained why you "
            "waited 50 minutes past your 3pm appointment.",
            "Greg, you're right to be annoyed. As you say, nobody at reception explained why you "
            "waited 50 minutes past your 3pm appointment with Dr Lee for your root canal.",
        ),
    ],
)
def test_what_the_reply_reports_the_review_says_is_the_reviews_own(
    language: str, review: str, good: str, bad: str
) -> None:
    assert _codes(good, language, review, "Greg H.") == set()
    assert _codes(bad, language, review, "Greg H.")


@pytest.mark.parametrize(
    ("language", "good", "bad"),
    [
        (
            "en",
            "No, Mike, we're not closing! The sign on the door is about renovating the second "
            "floor from March 10 to 14; the first floor stays open as usual.",
            "No, Mike, we're not closing! You stayed with us from March 10 to 14, remember?",
        ),
        (
            "ru",
            "Нет, Михаил, мы не закрываемся! Второй этаж на ремонте с 10 по 14 марта.",
            "Нет, Михаил, мы не закрываемся! Вы лежали у нас с 10 по 14 марта.",
        ),
        (
            "pl",
            "Nie, Panie Michale, nie zamykamy się! Piętro jest w remoncie od 10 do 14 marca.",
            "Nie, Panie Michale, nie zamykamy się! Leżał Pan u nas od 10 do 14 marca.",
        ),
    ],
)
def test_a_span_of_days_with_no_one_in_its_clause_is_the_practices_calendar(
    language: str, good: str, bad: str
) -> None:
    review = "Heard they're closing down?"
    assert "date" not in _codes(good, language, review, "Mike")
    assert _codes(bad, language, review, "Mike")
