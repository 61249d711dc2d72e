"""Round 31slav (session 31, issue 16): Ukrainian and Russian leaks and false alarms of the blind
sets' kinds, read as classes.

Leaks: a rare procedure or condition named by its word-building end ('литотрипсия',
'електрофорез'); a procedure endured, told in the past of one person with no subject named
('щеплення переніс без температури'); a bill made out for them and an insurer's decision on their
claim ('страховая отказала в покрытии', 'подготовили для вас счёт'); a document of their care
already in their app or portal, with no 'your' ('висновок уже в застосунку Helsi').

False alarms: the reader's thanks passed on to a colleague named in full ('Передамо ваші слова
Наталії Василівні Гордієнко'), a colleague the review named or who thanks them for the rating; an
offer on the next visits (plural) to every card holder; a kind of examination told of as a kind
('деякі дослідження, наприклад посіви'); where a result comes, in the singular ('результат
приходить на пошту'); a condition said to be treatable ('депрессия лечится').
Each has a twin that tells the reader's own case and stays a finding.

Each case is judged as the editor judges a reply (``guard_reply``: the review, its author and the
practice's default settings); every case failed on the rules before this round."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

# (language, review, author, reply, the rule it breaks, a good reply close to it)
LEAKS = [
    (
        "ru",
        "Хорошая клиника",
        "Валерий",
        "Валерий, спасибо! Надеемся, что после литотрипсии камни больше не дадут о себе знать.",
        "health_detail",
        "Валерий, спасибо! Мы рады, что вам у нас понравилось, ждём снова.",
    ),
    (
        "uk",
        "Дякую",
        "Олег",
        "Олегу, дякуємо! Електрофорез вам явно пішов на користь.",
        "health_detail",
        "Олегу, дякуємо! Раді, що вам у нас сподобалося.",
    ),
    (
        "uk",
        "Спасибі педіатру",
        "Юлія М.",
        "Юліє, дякуємо! Маленький Матвійко молодець — щеплення переніс без температури.",
        "health_detail",
        "Юліє, щеплення діти зазвичай переносять легко, а запис відкрито щодня.",
    ),
    (
        "ru",
        "Страховая не оплатила",
        "Алексей",
        "Алексей, страховая отказала в покрытии, поэтому мы подготовили для вас счёт.",
        "billing",
        "Алексей, страховые компании обычно покрывают только то, что входит в программу полиса.",
    ),
    (
        "uk",
        "Чекаю відповіді",
        "Олег",
        "Олегу, висновок уже в застосунку Helsi, перевірте вкладку «Документи».",
        "confirms_patient",
        "Олегу, результати зазвичай надходять в особистий кабінет наступного дня.",
    ),
    (
        "ru",
        "Жду ответа",
        "Олег",
        "Олег, заключение уже в приложении клиники, проверьте вкладку «Документы».",
        "confirms_patient",
        "Олег, результаты обычно приходят в личный кабинет на следующий день.",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        LEAKS,
        "language review reviewer bad rule good",
        ids=[
            "ru-lithotripsy",
            "uk-electrophoresis",
            "uk-jab-endured",
            "ru-insurer-refused-bill",
            "uk-conclusion-in-app",
            "ru-conclusion-in-app",
        ],
    ),
)
def test_a_leak_of_these_classes_is_found_and_its_general_twin_is_not(probe: Probe) -> None:
    check(probe, editor=True)


# (language, review, author, a good reply the rules flagged before, its twin that tells the
# reader's own case, the rule the twin breaks)
FALSE_ALARMS = [
    (
        "uk",
        "Чудовий лікар!",
        "Анна",
        "Анно, дякуємо! Передамо ваші слова Наталії Василівні Гордієнко — вона вже двадцять "
        "років у професії і цінує кожен відгук.",
        "Анно, виписку ми передали вашій мамі Ользі Петрівні Коваль.",
        "full_name",
    ),
    (
        "ru",
        "Спасибо",
        "Анна",
        "Анна, передадим ваши тёплые слова Наталье Васильевне Гордеевой!",
        "Анна, выписку передали вашей маме Ольге Петровне Ковалёвой.",
        "full_name",
    ),
    (
        "ru",
        "Спасибо",
        "Ирина",
        "Ирина, спасибо! Олег Иванович Савчук искренне благодарен за такую оценку.",
        "Ирина, ваша мама Галина Ивановна Коваль, которую вы упомянули, уже дома после операции.",
        "full_name",
    ),
    (
        "uk",
        "Чи є програма лояльності?",
        "Тетяна",
        "Тетяно, так, кожен, хто оформить картку клієнта, отримує 5 % знижки на наступні візити.",
        "Тетяно, знижка 10 % на ваш наступний візит уже чекає.",
        "reward",
    ),
    (
        "ru",
        "Есть скидки?",
        "Сергей",
        "Сергей, для владельцев карты клиента скидка 5 % на все следующие визиты.",
        "Сергей, скидка 10 % на ваш следующий визит уже ждёт вас.",
        "reward",
    ),
    (
        "uk",
        "Чому результати не в день здачі?",
        "Остап",
        "Остапе, деякі дослідження, наприклад посіви, потребують часу на ріст культури — від "
        "трьох до п'яти днів.",
        "Остапе, деякі ваші аналізи, наприклад посів, ще не готові.",
        "health_detail",
    ),
    (
        "uk",
        "Коли будуть результати?",
        "Ірина",
        "Ірино, після здачі аналізу результат приходить на пошту протягом доби.",
        "Ірино, ваш результат аналізу приходить на пошту завтра.",
        "health_detail",
    ),
    (
        "ru",
        "Есть психиатр?",
        "Сергей",
        "Сергей, психиатра в клинике нет, но психотерапевт принимает по вторникам. Депрессия "
        "лечится, не стесняйтесь обращаться.",
        "Сергей, ваша депрессия лечится, не переживайте.",
        "health_detail",
    ),
]


@pytest.mark.parametrize(
    "probe",
    probes(
        FALSE_ALARMS,
        "language review reviewer good bad rule",
        ids=[
            "uk-thanks-passed-to-colleague",
            "ru-thanks-passed-to-colleague",
            "ru-colleague-thanks-for-rating",
            "uk-next-visits-for-card-holders",
            "ru-card-holders",
            "uk-kind-of-tests",
            "uk-result-by-mail-as-a-rule",
            "ru-treatable",
        ],
    ),
)
def test_a_good_reply_of_these_classes_is_clear_and_its_twin_about_the_reader_is_not(
    probe: Probe,
) -> None:
    check(probe, editor=True)
