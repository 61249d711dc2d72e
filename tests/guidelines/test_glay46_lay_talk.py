"""Session 46 (glay46, issue 16): lay health talk said of the reader. People speak of their
health in phrases, not terms: an everyday body or health noun (heart, pressure, sugar, nerves,
back, legs) with a verb or adjective of a bodily state (jumps, rises, plays up, hurts, swells,
is high) or a stay in hospital. Said of the reader (their, you, your relative) it is their health
and blocks as a health detail; the same nouns and verbs said of everyone, of the practice or in
an everyday sense (prices jump, the heart rejoices, pressure at work, coffee with sugar) pass.
The sentences were written for this file before the guard's code was read."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

UK_BAD = [
    "Дякуємо за відгук! Радіємо, що ваш тиск більше не скаче так, як узимку.",
    "Дякуємо, пане Петре! Бажаємо, щоб серце у вас більше не шаліло.",
    "Дякуємо! Добре, що цукор у вашого чоловіка нарешті знизився.",
    "Дякуємо! Сподіваємося, ваша спина вже не болить після дороги до нас.",
    "Дякуємо за теплі слова! Шкода, що ноги у вас так набрякають увечері.",
    "Дякуємо! Розуміємо, як важко, коли у вашої мами постійно підскакує тиск.",
    "Дякуємо! Після того як ви лежали в лікарні, такий відгук для нас особливо цінний.",
    "Дякуємо, пані Ганно! Сподіваємося, що ваші нерви вже трохи заспокоїлися після лікарні.",
    "Дякуємо! Раді, що ваш син більше не потрапляє до лікарні через свій шлунок.",
    "Дякуємо! Бажаємо, щоб голова у вас боліла якомога рідше.",
    "Дякуємо! Знаємо, що цукор у вас буває високий, тож приходьте натщесерце.",
    "Дякуємо! Тримайтеся, коли суглоби у вас ниють на погоду.",
    "Дякуємо! Добре, що ваш тато вже вдома і більше не лежить у лікарні.",
]

UK_GOOD = [
    "Дякуємо за відгук! Ціни на все скачуть, а наші тарифи лишаються незмінними.",
    "Дякуємо! Серце радіє, коли читаємо такі слова.",
    "Дякуємо! Знаємо, який тиск буває на роботі, тому приймаємо й увечері.",
    "Дякуємо! У нашій кавовій зоні є чай і кава з цукром для всіх гостей.",
    "Дякуємо! Ми нікому не розповідаємо про чужі хвороби, у кого болить спина чи серце.",
    "Дякуємо! Коли тиск у людей скаче, варто вимірювати його щодня: про це наша пам'ятка.",
    "Дякуємо! Ніхто не хоче лежати в лікарні, тому більшість процедур ми робимо амбулаторно.",
    "Дякуємо! У багатьох людей ноги набрякають у спеку, пийте більше води.",
    "Дякуємо! Нерви у всіх зараз на межі, тому ми стараємося працювати спокійно.",
    "Дякуємо! Наш лікар радить: якщо цукор підскочив, не панікуйте і зверніться до терапевта.",
    "Дякуємо! Від вашого відгуку в нас серце тьохнуло від радості.",
    "Дякуємо! Ми від щирого серця вдячні за вашу підтримку.",
    "Дякуємо! Ціни на ліки підскочили, але консультація в нас коштує так само.",
]

RU_BAD = [
    "Спасибо за отзыв! Рады, что ваше давление больше не скачет по утрам.",
    "Спасибо, Ольга! Надеемся, что сахар у вас теперь держится в норме.",
    "Спасибо! Понимаем, как тяжело, когда у вашего мужа так шалит сердце.",
    "Спасибо! Желаем, чтобы спина у вас больше не болела.",
    "Спасибо! Хорошо, что ваша мама уже не лежит в больнице.",
    "Спасибо! После того как вы попали в больницу, ваши добрые слова особенно ценны.",
    "Спасибо! Жаль, что ноги у вас так отекают к вечеру.",
    "Спасибо за доверие! Знаем, что сахар у вас бывает высокий, поэтому приходите натощак.",
    "Спасибо! Надеемся, что нервы у вас успокоились после всей этой истории с больницей.",
    "Спасибо! Рады, что ваш сын больше не попадает в больницу из-за желудка.",
    "Спасибо! Пусть голова у вас болит как можно реже.",
    "Спасибо! Держитесь, когда суставы у вас ноют на погоду.",
    "Спасибо, Пётр! Хорошо, что давление у вашего отца наконец снизилось.",
]

RU_GOOD = [
    "Спасибо за отзыв! Цены сейчас скачут, а наши тарифы остаются прежними.",
    "Спасибо! Сердце радуется, когда читаем такие слова.",
    "Спасибо! Знаем, какое давление бывает на работе, поэтому принимаем и вечером.",
    "Спасибо! В холле для всех гостей есть чай и кофе с сахаром.",
    "Спасибо! Мы никому не рассказываем о чужих болезнях, у кого болит спина или сердце.",
    "Спасибо! Когда давление у людей скачет, его стоит измерять каждый день: об этом наша памятка.",
    "Спасибо! Никто не хочет лежать в больнице, поэтому процедуры мы делаем амбулаторно.",
    "Спасибо! У многих людей ноги отекают в жару, пейте больше воды.",
    "Спасибо! Нервы у всех сейчас на пределе, поэтому мы стараемся работать спокойно.",
    "Спасибо! Наш врач советует: если сахар подскочил, не паникуйте и обратитесь к терапевту.",
    "Спасибо! От вашего отзыва у нас ёкнуло сердце от радости.",
    "Спасибо! Мы от всего сердца благодарны за вашу поддержку.",
    "Спасибо! Цены на лекарства подскочили, но консультация у нас стоит столько же.",
]

PL_BAD = [
    "Dziękujemy za opinię! Cieszymy się, że Pana ciśnienie już tak nie skacze.",
    "Dziękujemy, Pani Ewo! Mamy nadzieję, że cukier trzyma się u Pani w normie.",
    "Dziękujemy! Rozumiemy, jak trudno, gdy mężowi Pani tak wariuje serce.",
    "Dziękujemy! Życzymy, żeby kręgosłup już Pana nie bolał.",
    "Dziękujemy! Dobrze, że Pani mama nie leży już w szpitalu.",
    "Dziękujemy! Po tym, jak trafił Pan do szpitala, Pana miłe słowa są dla nas szczególnie cenne.",
    "Dziękujemy! Szkoda, że nogi tak Pani puchną wieczorami.",
    "Dziękujemy! Wiemy, że ma Pan wysoki cukier, więc prosimy przyjść na czczo.",
    "Dziękujemy! Mamy nadzieję, że Pani nerwy uspokoiły się po pobycie w szpitalu.",
    "Dziękujemy! Cieszymy się, że Pani syn nie trafia już do szpitala przez żołądek.",
    "Dziękujemy! Niech głowa boli Panią jak najrzadziej.",
    "Dziękujemy! Trzymamy kciuki, gdy stawy łamią Pana na zmianę pogody.",
    "Dziękujemy, Panie Marku! Dobrze, że ciśnienie Pana ojca w końcu spadło.",
]

PL_GOOD = [
    "Dziękujemy za opinię! Ceny wszędzie skaczą, a nasze stawki się nie zmieniają.",
    "Dziękujemy! Serce rośnie, gdy czytamy takie słowa.",
    "Dziękujemy! Wiemy, jaka bywa presja i ciśnienie w pracy, dlatego przyjmujemy też wieczorem.",
    "Dziękujemy! W poczekalni jest kawa z cukrem i herbata dla wszystkich gości.",
    "Dziękujemy! Nikomu nie opowiadamy o cudzych chorobach, kogo boli kręgosłup czy serce.",
    "Dziękujemy! Gdy ciśnienie u ludzi skacze, warto je mierzyć codziennie: to nasza ulotka.",
    "Dziękujemy! Nikt nie chce leżeć w szpitalu, dlatego większość zabiegów robimy ambulatoryjnie.",
    "Dziękujemy! U wielu osób nogi puchną w upał, pijcie więcej wody.",
    "Dziękujemy! Nerwy wszystkim teraz puszczają, dlatego staramy się pracować spokojnie.",
    "Dziękujemy! Nasz lekarz radzi: jeśli cukier skoczył, nie panikujcie i idźcie do internisty.",
    "Dziękujemy! Serce nam zabiło mocniej z radości po Pani opinii.",
    "Dziękujemy! Z całego serca jesteśmy wdzięczni za wsparcie.",
    "Dziękujemy! Ceny paliwa skoczyły, ale konsultacja u nas kosztuje tyle samo.",
]


@pytest.mark.parametrize(
    "probe",
    (
        probes(UK_BAD, "bad", rule="health_detail", language="uk")
        + probes(RU_BAD, "bad", rule="health_detail", language="ru")
        + probes(PL_BAD, "bad", rule="health_detail", language="pl")
    ),
)
def test_lay_health_talk_said_of_the_reader_blocks(probe: Probe) -> None:
    check(probe)


@pytest.mark.parametrize(
    "probe",
    probes(UK_GOOD, "good", language="uk")
    + probes(RU_GOOD, "good", language="ru")
    + probes(PL_GOOD, "good", language="pl"),
)
def test_the_same_words_in_general_or_everyday_sense_pass(probe: Probe) -> None:
    check(probe)
