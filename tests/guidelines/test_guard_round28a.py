"""Round 28a (session 28, issue 16): good replies flagged as confirming a patient, read by whom
their "your" speaks to and by what the review itself made public.

- A "your" right before a thing the reviewer owns in a role other than a patient's ([reading]
  their_things: a neighbour's street or window, a supplier's invoice, an organisation's hall or
  council) makes no care word of its clause theirs: "Our nurse will give a short talk at your
  hall" answers a veterans' association, not a patient. Another "you" of the same clause still
  does ("Our nurse will see you at your hall").
- The review's own procedure in other words is an echo by meaning ([echo] groups and common):
  "Рады, что снятие швов прошло безболезненно" after "сняли швы совсем не больно"; a detail the
  review did not give is still found.

Each case is judged as the editor judges a reply (``guard_reply``: the review, its author and
the practice's default settings)."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

# (language, review, author, a reply to someone in another role, its twin that tells their care)
OTHER_ROLES = [
    (
        "en",
        "Our veterans' association would love a talk on hearing loss",
        "Bridgend Veterans Association",
        "Thank you! Our nurse will give a short talk at your hall next month.",
        "Thank you! Our nurse will see you at your hall next month.",
    ),
    (
        "en",
        "Your delivery vans block our street every morning",
        "Tom",
        "Sorry, Tom. Our dentists will no longer park in your street.",
        "Sorry, Tom. Our dentists will no longer park in your street, and your crown is ready.",
    ),
    (
        "ru",
        "Ваши машины паркуются у нашего подъезда",
        "Жильцы дома 12",
        "Простите за неудобства: наши врачи больше не будут парковаться у вашего подъезда.",
        "Простите за неудобства: ваш рецепт у врача готов, заберите его в регистратуре.",
    ),
    (
        "uk",
        "Кондиціонер клініки гуде під моїм вікном",
        "Сусід",
        "Дякуємо! Наш лікар сам перевірив кондиціонер під вашим вікном, тепер тихо.",
        "Дякуємо! Наш лікар сам перевірив кондиціонер під вашим вікном і чекає вас на огляд.",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        OTHER_ROLES,
        "language review reviewer good bad",
        rule="confirms_patient",
        ids=["en-hall", "en-street", "ru-entrance", "uk-window"],
    ),
)
def test_a_your_of_another_role_confirms_no_patient_and_their_care_still_does(probe: Probe) -> None:
    check(probe, editor=True)


# (language, review, author, the echo in other words, its twin with a detail of its own)
ECHOES = [
    (
        "ru",
        "Маме сняли швы совсем не больно, спасибо медсестре Оле",
        "Наталья",
        "Наталья, спасибо! Рады, что снятие швов прошло безболезненно.",
        "Наталья, спасибо! Рады, что снятие швов после удаления кисты прошло безболезненно.",
    ),
    (
        "uk",
        "Татові зняли шви зовсім не боляче, дякую медсестрі Галі",
        "Ольга",
        "Ольго, дякуємо! Раді, що зняття швів минуло безболісно.",
        "Ольго, дякуємо! Раді, що зняття швів після видалення кісти минуло безболісно.",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        ECHOES,
        "language review reviewer good bad",
        rule="health_detail",
        ids=["ru-stitches", "uk-stitches"],
    ),
)
def test_the_reviews_procedure_in_other_words_is_an_echo_and_a_detail_added_is_found(
    probe: Probe,
) -> None:
    check(probe, editor=True)
