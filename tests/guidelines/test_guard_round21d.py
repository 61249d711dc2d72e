"""Round 21d (pl, ru, uk): good replies the blind sets' kinds flagged (policies for everyone,
non-patients, staff thanked by role), as look-alike pairs: each good reply passes and its bad
twin, the same situation with a leak in it, is still blocked."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import ANY_RULE, Probe, check, probes

# (language, review, reviewer, good reply, bad twin)
PAIRS = [
    # what a member of staff does as a rule, in the present, a name only greeting: a policy
    (
        "ru",
        "Как получить льготный рецепт?",
        "Галина",
        "Галина, электронный рецепт на льготные препараты врач выписывает на приёме, а код "
        "приходит по СМС.",
        "Галина, электронный рецепт на эутирокс врач выписал вам вчера.",
    ),
    (
        "ru",
        "Как получить рецепт?",
        "Галина",
        "Галина, рецепт на инсулин выписывает эндокринолог на приёме.",
        "Галина, рецепт на инсулин вам выписал эндокринолог на прошлом приёме.",
    ),
    (
        "uk",
        "Як отримати рецепт?",
        "Галина",
        "Галино, електронний рецепт на інсулін виписує ендокринолог на прийомі.",
        "Галино, електронний рецепт на інсулін вам виписав ендокринолог на минулому прийомі.",
    ),
    (
        "uk",
        "Як отримати рецепт?",
        "Галина",
        "Галино, рецепт на інсулін лікар виписує на прийомі, а код приходить у СМС.",
        "Галино, рецепт на інсулін ваш лікар виписав учора, код уже у вас в СМС.",
    ),
    # "лично" is no woman's patronymic: an organisation's chair thanked by name
    (
        "ru",
        "Спасибо за бесплатный осмотр ветеранов.",
        "Совет ветеранов района",
        "Спасибо совету ветеранов и лично председателю Николаю Петровичу Соколову за приглашение!",
        "Спасибо! Вашу маму, Смирнову Ирину Ильиничну, ждём в четверг.",
    ),
    # the practice's own part in an event on a day: the practice's date, no one's visit
    (
        "ru",
        "Спасибо клинике за поддержку забега!",
        "Фонд «Добрый путь»",
        "Спасибо вашему фонду за приглашение! Мы с радостью участвовали в забеге 12 апреля.",
        "Спасибо вашему фонду! Мы с радостью провели вам осмотр 12 апреля.",
    ),
    (
        "uk",
        "Дякуємо клініці за підтримку забігу!",
        "Фонд «Добрий шлях»",
        "Дякуємо вашому фонду за запрошення! Ми з радістю брали участь у забігу 12 квітня.",
        "Дякуємо вашому фонду! Ми з радістю провели вам огляд 12 квітня.",
    ),
    # before a season is the calendar, not an event of someone's
    (
        "pl",
        "Kiedy najlepiej się szczepić na grypę?",
        "Halina",
        "Pani Halino, szczepienie przeciw grypie najlepiej zrobić jesienią, przed sezonem "
        "zachorowań; szczepimy bez zapisów w każdy wtorek.",
        "Pani Halino, szczepienie przeciw grypie zrobiliśmy Pani przed wyjazdem na urlop.",
    ),
    # "pani pielęgniarce", "pani higienistce": a member of staff, not "your"
    (
        "pl",
        "Dziecko bało się szczepienia, ale pielęgniarka była cudowna.",
        "Natalia",
        "Pani Natalio, dziękujemy! Przekażemy pani pielęgniarce Ewie te miłe słowa.",
        "Pani Natalio, dziękujemy! Przekażemy Pani zaświadczenie o szczepieniu w rejestracji.",
    ),
    (
        "pl",
        "Dziecko bało się szczepienia, ale pielęgniarka była cudowna.",
        "Natalia",
        "Pani Natalio, dziękujemy! Przekażemy te słowa pani higienistce i całemu zespołowi.",
        "Pani Natalio, dziękujemy! Pani higienistka przygotowała już plan kolejnych wizyt.",
    ),
    # a colleague named with their department after the name, or after the verb of the
    # role they hold (round 21d2)
    (
        "ru",
        "Девушка на ресепшене была очень милой.",
        "Жанна",
        "Жанна, спасибо! Передадим благодарность Анне Ковалёвой с ресепшена, она будет рада.",
        "Жанна, спасибо! Передадим благодарность Анне Ковалёвой, которая на прошлой неделе "
        "приходила к нам с сыном на прививку.",
    ),
    (
        "uk",
        "Дівчина на рецепції була дуже милою.",
        "Жанна",
        "Жанно, дякуємо! Передамо подяку Анні Коваль з рецепції, вона буде рада.",
        "Жанно, дякуємо! Передамо подяку Анні Коваль, яка минулого тижня приходила до нас із "
        "сином на щеплення.",
    ),
    (
        "ru",
        "Куда делась доктор Дубровская?",
        "Леонид",
        "Леонид, доктор Дубровская вышла на пенсию, а отделение теперь возглавляет Тимур Казаков.",
        "Леонид, доктор Дубровская вышла на пенсию, и её последней пациенткой была Зоя "
        "Михайлова с вашей улицы.",
    ),
    (
        "uk",
        "Куди поділася лікарка Дубровська?",
        "Леонід",
        "Леоніде, лікарка Дубровська вийшла на пенсію, а відділення тепер очолює Тимур Козак.",
        "Леоніде, лікарка Дубровська вийшла на пенсію, і її останньою пацієнткою була Зоя "
        "Михайленко з вашої вулиці.",
    ),
    (
        "uk",
        "Дякуємо за лекцію для наших ветеранів.",
        "Спілка ветеранів АТО",
        "Дякуємо спілці та голові Олександру Бондаренку за запрошення!",
        "Дякуємо спілці! Йосип Кравець із вашої групи вже одужав після інфаркту.",
    ),
    # the practice's equipment named by what it does: the device, not anyone's anaesthesia
    (
        "ru",
        "Современное оборудование.",
        "Дарья",
        "Дарья, спасибо! Новый аппарат компьютерной анестезии освоила Екатерина Волкова, "
        "гигиенист с десятилетним стажем.",
        "Дарья, спасибо! Новым аппаратом компьютерной анестезии Екатерина Волкова обезболила "
        "вам зуб перед удалением.",
    ),
    (
        "uk",
        "Сучасне обладнання.",
        "Дарина",
        "Дарино, дякуємо! Новий апарат комп'ютерної анестезії опанувала Катерина Вовк, "
        "гігієністка з десятирічним стажем.",
        "Дарино, дякуємо! Новим апаратом комп'ютерної анестезії Катерина Вовк знеболила вам "
        "зуб перед видаленням.",
    ),
]


@pytest.mark.parametrize("probe", probes(PAIRS, "language review reviewer good bad", rule=ANY_RULE))
def test_a_reply_for_everyone_passes_and_its_twin_with_a_leak_is_blocked(probe: Probe) -> None:
    check(probe)
