"""What patients call each aspect in Russian, Ukrainian and Chinese, beyond the words the
first rounds were tuned on (issue 19, the fourth blind round): a review of each class of words
shows the chips a practice sees ("Doctor: praise", "Prices and billing: complaint"), and the
look-alikes those words also start show none."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from tests.analysis.aspect_reading import verdict

from clinicrep.analysis.pipeline import analyse_review
from clinicrep.labels import aspect_label
from clinicrep.model import Platform, Review, Sentiment, Source, SourceKind
from clinicrep.store.db import Database
from clinicrep.store.reviews import get_review, upsert_reviews
from clinicrep.store.sources import add_source


def chips(text: str, lang: str) -> set[str]:
    """The chips the review pane shows for a review: each aspect's name, praise or complaint."""
    review = Review(
        source_id=1, external_id="r", created_at=datetime(2026, 1, 1, tzinfo=UTC), text=text
    )
    analysis = analyse_review(review, fallback_language=lang, learned=False)
    return {
        f"{aspect_label(o.aspect)}: "
        + ("praise" if o.polarity == Sentiment.POSITIVE else "complaint")
        for o in analysis.aspects
    }


def test_the_review_pane_shows_the_same_chips_for_a_widened_word(db: Database, qtbot) -> None:
    """The helper above reads what the widget shows: a review stored, analysed and shown."""
    from clinicrep.ui.aspect_chips import AspectChips

    text = "Ортодонт очень внимательный, но цены выше, чем в прайсе."
    source = add_source(db, Source(SourceKind.CSV, "Import", Platform.OTHER, language="ru"))
    assert source.id is not None
    review = Review(
        source_id=source.id,
        external_id="r1",
        created_at=datetime(2026, 11, 1, 9, 0, tzinfo=UTC),
        text=text,
    )
    review.analysis = analyse_review(review, fallback_language="ru")
    (review_id,) = upsert_reviews(db, [review]).inserted_ids
    stored = get_review(db, review_id)
    assert stored is not None
    widget = AspectChips()
    qtbot.addWidget(widget)
    widget.attach(db)
    widget.show_review(stored)
    shown = {chip.text() for chip in widget.chips}
    assert shown == {"Doctor: praise", "Prices and billing: complaint"}
    assert shown == chips(text, "ru")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ортодонт очень внимательный, всё объясняет.", "ru"),
        ("Косметолог отличная, делает аккуратно.", "ru"),
        ("Профессор принял без спешки, очень внимательный.", "ru"),
        ("Ортодонтка дуже уважна і терпляча.", "uk"),
        ("Косметологиня чудова, все робить акуратно.", "uk"),
        ("Професор дуже уважний.", "uk"),
        ("推拿师很专业，按得很舒服。", "zh"),
        ("技师很专业，力度刚好。", "zh"),
    ],
)
def test_a_speciality_or_title_not_listed_before_names_the_doctor(text: str, lang: str) -> None:
    assert "Doctor: praise" in chips(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Медперсонал очень вежливый.", "ru"),
        ("Процедурная сестра очень аккуратная.", "ru"),
        ("Фельдшер приехал быстро и был очень вежлив.", "ru"),
        ("Медперсонал дуже ввічливий.", "uk"),
        ("Процедурна сестра дуже акуратна.", "uk"),
        ("护工很细心，照顾得很好。", "zh"),
    ],
)
def test_the_staff_below_the_doctor_and_the_treatment_rooms_sister_are_the_nurses(
    text: str, lang: str
) -> None:
    assert "Nurses: praise" in chips(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("У медсестры золотые руки.", "ru"),
        ("У медсестри золоті руки.", "uk"),
    ],
)
def test_golden_hands_are_the_skill_of_whoever_the_sentence_names(text: str, lang: str) -> None:
    assert chips(text, lang) == {"Nurses: praise"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Золотые руки, всё сделали идеально.", "ru"),
        ("Золоті руки, все зробили ідеально.", "uk"),
        ("医术高明，一次就看好了。", "zh"),
    ],
)
def test_skill_praised_with_nobody_named_is_the_doctors(text: str, lang: str) -> None:
    assert "Doctor: praise" in chips(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Оператор грубила и бросила трубку.", "ru"),
        ("Меня переводили с линии на линию полчаса.", "ru"),
        ("Мене переводили з лінії на лінію пів години.", "uk"),
        ("咨询师一直推销，很烦。", "zh"),
    ],
)
def test_operators_transfers_and_sales_staff_are_the_front_desk(text: str, lang: str) -> None:
    assert "Reception and staff: complaint" in chips(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Своих знакомых постоянно пропускают без очереди.", "ru"),
        ("Своїх знайомих постійно пропускають без черги.", "uk"),
        ("总有人插队，也没人管。", "zh"),
    ],
)
def test_others_let_in_without_a_queue_blame_the_wait(text: str, lang: str) -> None:
    assert "Waiting time: complaint" in chips(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Электронная очередь всё время глючит.", "ru"),
        ("Записали не к тому врачу, пришлось ехать ещё раз.", "ru"),
        ("Перенесли приём на удобное время.", "ru"),
        ("Електронна черга постійно глючить.", "uk"),
        ("Переплутали дату, прийшла даремно.", "uk"),
        ("把预约时间搞错了，白跑一趟。", "zh"),
    ],
)
def test_booking_systems_errors_and_suitable_times_are_the_appointments(
    text: str, lang: str
) -> None:
    shown = chips(text, lang)
    assert {c for c in shown if c.startswith("Appointments")}
    assert "Waiting time: complaint" not in shown


@pytest.mark.parametrize(
    ("text", "lang", "chip"),
    [
        ("Итоговая сумма больше, чем называли на консультации.", "ru", "complaint"),
        ("Радует, что цены не подняли.", "ru", "praise"),
        ("Рахунок вийшов більше, ніж називали на консультації.", "uk", "complaint"),
        ("Добре, що ціни не підняли.", "uk", "praise"),
        ("结账的时候多收了两百。", "zh", "complaint"),
    ],
)
def test_a_bill_above_the_quote_or_prices_that_did_not_rise(
    text: str, lang: str, chip: str
) -> None:
    assert f"Prices and billing: {chip}" in chips(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "chip"),
    [
        ("Аптека прямо в клинике, очень удобно.", "ru", "praise"),
        ("В палате жарко, окна не открываются.", "ru", "complaint"),
        ("Аптека прямо в клініці, дуже зручно.", "uk", "praise"),
        ("У палаті задуха, вікна не відчиняються.", "uk", "complaint"),
        ("医院里的药房经常缺药。", "zh", "complaint"),
        ("病房太热了，空调也不开。", "zh", "complaint"),
    ],
)
def test_the_clinics_pharmacy_and_the_comfort_of_its_rooms_are_the_premises(
    text: str, lang: str, chip: str
) -> None:
    assert f"Premises and cleanliness: {chip}" in chips(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Врач всегда на связи в вотсапе.", "ru"),
        ("Расшифровку анализов прислали на почту в тот же вечер, всё понятно.", "ru"),
        ("Лікарка завжди на зв'язку у вайбері.", "uk"),
        ("Все записав на папірці, щоб я не забула.", "uk"),
        ("医生还教我怎么正确用药。", "zh"),
    ],
)
def test_messengers_reports_and_instructions_written_down_are_the_explanations(
    text: str, lang: str
) -> None:
    assert "Explanations: praise" in chips(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "chip"),
    [
        ("Результатом очень довольна.", "ru", "praise"),
        ("Через неделю пломба выпала.", "ru", "complaint"),
        ("Зуб больше не беспокоит.", "ru", "praise"),
        ("Результатом дуже задоволена.", "uk", "praise"),
        ("Через тиждень пломба випала.", "uk", "complaint"),
        ("Зуб більше не турбує.", "uk", "praise"),
        ("补的牙一个月就掉了。", "zh", "complaint"),
        ("做完以后皮肤亮了很多。", "zh", "praise"),
    ],
)
def test_a_result_seen_or_work_that_fell_out_is_the_treatment_result(
    text: str, lang: str, chip: str
) -> None:
    assert f"Treatment result: {chip}" in chips(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Парковка своя, заехать легко.", "ru"),
        ("Есть своя стоянка для пациентов.", "uk"),
        ("停车免费，很方便。", "zh"),
        ("很好找，出了地铁就是。", "zh"),
    ],
)
def test_parking_praised_by_its_kind_or_a_place_easy_to_find(text: str, lang: str) -> None:
    assert "Parking and location: praise" in chips(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "not_shown"),
    [
        ("Купила лекарство в аптеке через дорогу.", "ru", "Prices and billing"),
        ("Пошла по рекомендации подруги, не пожалела.", "ru", "Explanations"),
        ("Сколько грубости в мой адрес, ужас.", "ru", "Parking and location"),
        ("Не ожидала такого внимательного отношения.", "ru", "Waiting time"),
        ("Врачи только разводят руками.", "ru", "Prices and billing"),
        ("Все сотрудники вежливые и компетентные.", "ru", "Reception and staff"),
        ("Пішла за рекомендацією подруги, не пошкодувала.", "uk", "Explanations"),
        ("Стільки грубощів на мою адресу, жах.", "uk", "Parking and location"),
        ("前台小姐姐很热情。", "zh", "Premises and cleanliness"),
        ("护士态度太冷漠了。", "zh", "Premises and cleanliness"),
        ("在大众点评上团购的洁牙，按时去做了。", "zh", "Prices and billing"),
    ],
)
def test_a_look_alike_of_a_new_word_shows_no_chip_of_its_aspect(
    text: str, lang: str, not_shown: str
) -> None:
    assert not {c for c in chips(text, lang) if c.startswith(not_shown + ":")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Косметолог прекрасная, но за расходники насчитали сверх прайса.", "ru"),
        ("Масажистка чудова, але своєї парковки немає, машину кинула у дворі.", "uk"),
        ("洗牙很仔细，牙齿白了一个度，就是停车太难了。", "zh"),
    ],
)
def test_a_new_word_on_either_side_makes_a_mixed_review_mixed(text: str, lang: str) -> None:
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize("lang", ["ru", "uk", "zh"])
def test_the_fourth_fresh_round_has_18_reviews_with_mixed_ones_in_both_parts(lang: str) -> None:
    path = Path(__file__).parent / "data" / f"aspects_{lang}_fresh4.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert len(rows) == 18
    frozen = [r for i, r in enumerate(rows, 1) if i % 3 == 0]
    assert sum(r["overall"] == "mixed" for r in rows) >= 9
    assert sum(r["overall"] == "mixed" for r in frozen) >= 3
    assert all(r["id"] == f"{lang}-f4-{i:02d}" for i, r in enumerate(rows, 1))


@pytest.mark.parametrize(
    ("text", "lang", "chip"),
    [
        ("Приняли точно в назначенное время.", "ru", "Waiting time: praise"),
        ("За простую чистку содрали втридорога.", "ru", "Prices and billing: complaint"),
        ("После пломбы зуб болит ещё сильнее.", "ru", "Treatment result: complaint"),
        ("Машину поставить негде, парковаться негде.", "ru", "Parking and location: complaint"),
        ("Клиника недалеко от дома, очень удобно.", "ru", "Parking and location: praise"),
        ("Прийняли точно в призначений час.", "uk", "Waiting time: praise"),
        ("За звичайну чистку здерли втридорога.", "uk", "Prices and billing: complaint"),
        ("Після пломби зуб болить ще сильніше.", "uk", "Treatment result: complaint"),
        ("Клініка поруч з домом, дуже зручно.", "uk", "Parking and location: praise"),
        ("导医态度很差，问什么都不耐烦。", "zh", "Reception and staff: complaint"),
        ("专家号太难挂了。", "zh", "Appointments: complaint"),
        ("报告一直出不来，打电话也问不到。", "zh", "Explanations: complaint"),
        ("开的药一点用都没有。", "zh", "Treatment result: complaint"),
    ],
)
def test_plain_sentences_of_each_aspect_show_its_chip(text: str, lang: str, chip: str) -> None:
    """The fourth pass: a visit on the hour set, overcharging slang, pain worse after the
    treatment, parking in either word order, a clinic near home; the guide at the door, slots
    hard to get, a report that never comes, a drug of no use."""
    assert chip in chips(text, lang)


R, D, W = "Treatment result", "Doctor", "Appointments"
PR, PL, F = "Prices and billing", "Parking and location", "Premises and cleanliness"


@pytest.mark.parametrize(
    ("text", "lang", "praised", "blamed"),
    [
        ("Зуб вылечили, больше не ноет, только вышло в копеечку.", "ru", R, PR),
        ("Добираться удобно, остановка прямо у входа, но цены конские.", "ru", PL, PR),
        ("Клиника красивая, всё новое, но после чистки зубы стали чувствительными.", "ru", F, R),
        ("Остеопат волшебник, но попасть к нему можно только через три недели.", "ru", D, W),
        ("Зуб вилікували, більше не ниє, тільки вийшло в копієчку.", "uk", R, PR),
        ("Клініка гарна, все нове, але після чистки зуби стали чутливими.", "uk", F, R),
        ("Остеопат чарівник, але потрапити до нього можна тільки через три тижні.", "uk", D, W),
        ("Лікарка — вогонь, але реєстратура так собі.", "uk", D, "Reception and staff"),
        ("装修很新，但是洗完牙以后牙齿一直酸痛。", "zh", F, R),
        ("这个中医很厉害，就是号太难约了。", "zh", D, W),
        ("牙治好了，不疼了，就是花了不少钱。", "zh", R, PR),
    ],
)
def test_a_mixed_review_told_in_idiom_shows_both_of_its_chips(
    text: str, lang: str, praised: str, blamed: str
) -> None:
    """The fifth pass: a price by its idiom, teeth sensitive after the treatment, a doctor
    reached only weeks away, slang praise, doctors of Chinese medicine."""
    shown = chips(text, lang)
    assert f"{praised}: praise" in shown and f"{blamed}: complaint" in shown, shown
    assert verdict(text, lang) == "mixed"


@pytest.mark.parametrize(
    ("text", "lang", "chip"),
    [
        ("В колл-центре по полчаса держат на линии.", "ru", "Reception and staff: complaint"),
        ("В аптеке при поликлинике нет нужных лекарств.", "ru", F + ": complaint"),
        ("Есть детская комната, ребёнок играл, пока мы ждали.", "ru", F + ": praise"),
        ("За повторный приём берут как за первичный.", "ru", PR + ": complaint"),
        ("Цены ниже, чем в других клиниках.", "ru", PR + ": praise"),
        ("Лаборантка взяла кровь, вся рука в синяках.", "ru", "Nurses: complaint"),
        ("Мою запись удалили без предупреждения.", "ru", W + ": complaint"),
        ("У кол-центрі по пів години тримають на лінії.", "uk", "Reception and staff: complaint"),
        ("В аптеці при поліклініці немає потрібних ліків.", "uk", F + ": complaint"),
        ("Ціни нижчі, ніж в інших клініках.", "uk", PR + ": praise"),
        ("Мій запис видалили без попередження.", "uk", W + ": complaint"),
        ("医院药房没有医生开的药。", "zh", F + ": complaint"),
        ("复诊还要再交一次挂号费。", "zh", PR + ": complaint"),
        ("预约记录被删了，也没人通知。", "zh", W + ": complaint"),
        ("儿科医生连听诊都没做就开药。", "zh", "Doctor: complaint"),
    ],
)
def test_a_complaint_or_praise_told_as_a_fact_shows_its_chip(
    text: str, lang: str, chip: str
) -> None:
    """The sixth pass: held on the line, the pharmacy without the drugs prescribed, amenities
    that are there, a follow-up billed as a first visit, prices lower, bruises, a booking
    deleted, drugs prescribed without an examination."""
    assert chip in chips(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "chip"),
    [
        ("Приняли без задержек.", "ru", "Waiting time: praise"),
        ("Навязывают лишние анализы.", "ru", PR + ": complaint"),
        ("Оборудование старое, аппарат УЗИ еле работает.", "ru", F + ": complaint"),
        ("Лечение не дало никакого результата.", "ru", R + ": complaint"),
        ("Ребёнок поправился за неделю.", "ru", R + ": praise"),
        ("Парковка платная и дорогая.", "ru", PL + ": complaint"),
        ("Запис тільки через місяць, раніше ніяк.", "uk", W + ": complaint"),
        ("Нав'язують зайві аналізи.", "uk", PR + ": complaint"),
        ("Лікування не дало жодного результату.", "uk", R + ": complaint"),
        ("Паркування платне і дороге.", "uk", PL + ": complaint"),
        ("几乎没有排队。", "zh", "Waiting time: praise"),
        ("约了三次都没约上。", "zh", W + ": complaint"),
        ("医生临时停诊也不提前通知。", "zh", W + ": complaint"),
        ("设备老旧。", "zh", F + ": complaint"),
        ("问什么都说不清楚。", "zh", "Explanations: complaint"),
        ("越治越严重。", "zh", R + ": complaint"),
        ("医院太远了，来回要两个小时。", "zh", PL + ": complaint"),
        ("就在小区旁边，走路五分钟。", "zh", PL + ": praise"),
        ("停车位太少了。", "zh", PL + ": complaint"),
    ],
)
def test_a_short_plain_judgement_of_an_aspect_shows_its_chip(
    text: str, lang: str, chip: str
) -> None:
    """The seventh pass: no delays, tests not needed, old equipment, a treatment that gave
    nothing, parking that costs; no queue, a booking never got, clinics suspended, unclear
    answers, worse the more treated, far or near, too few parking spaces."""
    assert chip in chips(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "chip"),
    [
        ("После отбеливания зубы белые, эмаль не пострадала.", "ru", R + ": praise"),
        ("Остеопат поставил позвонок на место за один сеанс.", "ru", R + ": praise"),
        ("Палата душная, окна не открываются.", "ru", F + ": complaint"),
        ("Три раза переносили МРТ, зато в итоге нашли причину болей.", "ru", R + ": praise"),
        ("Після відбілювання зуби білі, емаль не постраждала.", "uk", R + ": praise"),
        ("Прийом затримали на 50 хвилин.", "uk", "Waiting time: complaint"),
        ("Врешті знайшли причину болю.", "uk", R + ": praise"),
        ("病房太闷了，窗户还打不开。", "zh", F + ": complaint"),
        ("找了半个小时才找到，导航一直绕圈。", "zh", PL + ": complaint"),
        ("核磁改了三次时间。", "zh", W + ": complaint"),
        ("报告上全是专业术语，看不懂。", "zh", "Explanations: complaint"),
    ],
)
def test_a_narrative_reviews_parts_show_their_chips(text: str, lang: str, chip: str) -> None:
    """The eighth pass: teeth described after the treatment, a joint put back in place, a
    stuffy room, a visit held back, a clinic searched for, a time moved again and again, the
    cause found at last, a report unreadable."""
    assert chip in chips(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "chip"),
    [
        ("Врач с каменным лицом, ни одной эмоции.", "ru", "Doctor: complaint"),
        ("Медсестра попала в вену с первого раза.", "ru", "Nurses: praise"),
        ("Цены демократичные.", "ru", PR + ": praise"),
        ("Дерут три шкуры.", "ru", PR + ": complaint"),
        ("Бахил нет, в туалете нет бумаги.", "ru", F + ": complaint"),
        ("От метро пять минут пешком.", "ru", PL + ": praise"),
        ("Лікар призначає купу аналізів, аби заробити.", "uk", "Doctor: complaint"),
        ("На рецепції сидять з кислими обличчями.", "uk", "Reception and staff: complaint"),
        ("Ціни демократичні.", "uk", PR + ": praise"),
        ("Вхід з двору, вивіски немає, ледве знайшли.", "uk", PL + ": complaint"),
        ("医生全程黑脸。", "zh", "Doctor: complaint"),
        ("放号秒没。", "zh", W + ": complaint"),
        ("价格亲民。", "zh", PR + ": praise"),
        ("钱花了，病没好。", "zh", R + ": complaint"),
        ("地铁直达，出站就到。", "zh", PL + ": praise"),
    ],
)
def test_a_colloquial_judgement_shows_its_chip(text: str, lang: str, chip: str) -> None:
    """The ninth pass: a face or a motive judged, the first try, prices by their idiom, what
    the toilets lack, minutes on foot, a place found with trouble; slots gone in a second."""
    assert chip in chips(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "chip"),
    [
        ("В коридоре нет стульев, люди стоят.", "ru", F + ": complaint"),
        ("После курса массажа спина как новая.", "ru", R + ": praise"),
        ("Аналізи в цій лабораторії дорожчі, ніж деінде.", "uk", PR + ": complaint"),
        ("У коридорі лавок немає, люди сидять на підвіконнях.", "uk", F + ": complaint"),
        ("Кабінети просторі й світлі.", "uk", F + ": praise"),
        ("Запис на УЗД лише через три тижні.", "uk", W + ": complaint"),
        ("约的核磁排到了下个月。", "zh", W + ": complaint"),
        ("输液室座位不够，只能站着输液。", "zh", F + ": complaint"),
        ("种的牙三个月就松了。", "zh", R + ": complaint"),
        ("医院门口总是堵车。", "zh", PL + ": complaint"),
        ("医保可以报销大部分费用。", "zh", PR + ": praise"),
        ("复诊可以直接在手机上约。", "zh", W + ": praise"),
    ],
)
def test_the_processes_of_a_visit_show_their_chips(text: str, lang: str, chip: str) -> None:
    """The tenth pass: nowhere to sit, roomy rooms, a body part "as new", dearer, a booking
    only weeks away; a scan a month away, a tooth come loose, traffic jams, insurance that
    pays, booking by phone."""
    assert chip in chips(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "chip"),
    [
        ("Вызов на дом стоит как крыло самолёта.", "ru", PR + ": complaint"),
        ("Медсестра всё время ворчала и швыряла шприцы.", "ru", "Nurses: complaint"),
        (
            "Девушки на телефоне отвечают, будто одолжение делают.",
            "ru",
            "Reception and staff: complaint",
        ),
        ("Виклик додому коштує як крило літака.", "uk", PR + ": complaint"),
        ("Медсестра весь час бурчала і жбурляла шприци.", "uk", "Nurses: complaint"),
        (
            "Дівчата на телефоні відповідають, ніби роблять послугу.",
            "uk",
            "Reception and staff: complaint",
        ),
    ],
)
def test_manner_and_price_told_by_idiom_show_their_chips(text: str, lang: str, chip: str) -> None:
    """The eleventh pass: a price like an aeroplane's wing, rude manner told by its verbs, the
    girls on the phone answering as if doing a favour."""
    assert chip in chips(text, lang)
