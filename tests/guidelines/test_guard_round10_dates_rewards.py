"""Round ten's readings of dates and rewards: a date is a finding when it tells when someone
came, not when it is the review's own, a colleague's or the practice's; a reward word is one when
something is given for a review, not when the reply says none is given, nor when it is the
practice's prize or what every visitor gets."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems


def _rules(reply: str, language: str, review: str = "Good clinic.") -> list[str]:
    found = find_confidentiality_problems(reply, language=language, review_text=review)
    return [f.rule for f in found]


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("en", "Thank you for your kind review of 12 April, it made our week."),
        ("en", "Thank you for the review you posted on 3 May. We've shared it with the team."),
        ("en", "Dr. Osei joins our team on 1 March, which adds four clinic days a week."),
        ("en", "Dr. Kim returns from maternity leave on 2 September; her diary is open."),
        ("en", "Our new hygienist, Sarah, starts on Monday 6 May."),
        ("en", "Booking for the new year opens on 2 January at 8 am."),
        ("en", "We opened our doors on 1 June 2010 and still love this street."),
        ("ru", "Спасибо за ваш отзыв от 21 октября, мы обсудили его с командой."),
        ("ru", "Доктор Ким выходит из декретного отпуска 2 сентября, запись уже открыта."),
        ("ru", "Запись на январь открывается 20 декабря в 9:00."),
        ("uk", "Дякуємо за ваш відгук від 5 листопада, ми обговорили його з командою."),
        ("uk", "Лікарка Іваненко повертається з декретної відпустки 1 жовтня."),
        ("pl", "Dziękujemy za opinię z 9 stycznia."),
        ("pl", "Dr Kowalczyk wraca z urlopu 2 września, a zapisy do niej są już otwarte."),
        ("pl", "Przychodnię otworzyliśmy 1 czerwca 2010 roku."),
        ("pl", "W niedzielę 26 stycznia gramy z Wielką Orkiestrą Świątecznej Pomocy."),
        ("zh", "感谢您10月12日留下的评价，我们已组织前台团队进行培训。"),
        ("zh", "我们的儿科主任9月1日起恢复出诊，现在已经可以预约了。"),
        ("zh", "本诊所于2010年6月1日正式开业，一直在这个社区服务。"),
        ("en", "Thank you for the review you left last week; we've read it as a team."),
        ("en", "The new phone system went live on 3 June, so calls are answered faster now."),
        ("en", "Nurse Kelly retired on 31 March after 30 years with us."),
        ("ru", "Медсестра Ольга Петровна ушла на пенсию 31 марта после 30 лет работы у нас."),
        ("ru", "Спасибо, что написали 12 апреля, — мы отвечаем на каждый отзыв за два дня."),
        ("uk", "Нова телефонна система запрацювала 3 червня, тепер відповідаємо швидше."),
        ("uk", "14 лютого нашій клініці виповнилося 25 років."),
        ("pl", "Dziękujemy za opinię, którą zostawiła Pani w zeszłym tygodniu."),
        ("pl", "14 lutego nasza przychodnia obchodziła 25-lecie."),
        ("zh", "新的电话系统已于6月3日上线，现在接听会更快。"),
        ("zh", "2月14日是我们诊所成立25周年纪念日。"),
        ("en", "On 12 May our team walked 20 km for the local children's hospice."),
        ("en", "The practice was taken over by Dr. Reed on 1 April 2019."),
        ("ru", "1 апреля 2019 года клинику возглавил доктор Рябов."),
        ("uk", "12 травня наша команда пройшла 20 км на підтримку дитячого хоспісу."),
        ("pl", "12 maja nasz zespół przeszedł 20 km dla hospicjum dziecięcego."),
        ("zh", "5月12日，我们团队为儿童安宁疗护医院徒步20公里募捐。"),
    ],
)
def test_a_date_of_the_review_a_colleague_or_the_practice_is_no_finding(
    language: str, reply: str
) -> None:
    assert _rules(reply, language) == []


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("en", "Your review of 14 June mentions the visit on 12 June at 3 pm; we're sorry."),
        ("en", "We checked the schedule for Tuesday 4 March at 2:30 pm; the list was full."),
        ("en", "Thank you! We look forward to seeing you at your follow-up on 22 May at 11:15."),
        ("ru", "Приносим извинения. 12 февраля в 16:30 доктор задержался на экстренном вызове."),
        ("uk", "Перепрошуємо. 17 березня о 14:15 лікар затримався на попередньому прийомі."),
        ("pl", "Przykro nam. 7 listopada o 10:40 lekarz spóźnił się przez nagły wypadek."),
        ("zh", "非常抱歉。3月5日下午2点半那天医生在处理一位急诊病人。"),
        (
            "en",
            "The receptionist you spoke to on Tuesday morning has been reminded of our standards.",
        ),
        ("ru", "Приём вашей дочери 3 мая затянулся, простите."),
        ("uk", "Ми записали вас на п'ятницю, 9 травня, на 16:00."),
        ("pl", "Wizyta Pani córki 3 maja się przedłużyła, przepraszamy."),
        ("zh", "您女儿5月3日的预约拖延了，非常抱歉。"),
    ],
)
def test_a_visit_date_beside_a_date_of_the_review_or_alone_is_still_a_finding(
    language: str, reply: str
) -> None:
    assert "date" in _rules(reply, language)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("en", "You joined our practice on 3 March and we're glad to have you."),
        ("ru", "Ваш больничный открыт 5 марта, продлить его можно у терапевта."),
        ("zh", "王医生3月5日出诊时为您做了检查。"),
        ("zh", "您3月5日建立的档案已经更新。"),
        ("zh", "您3月5日开通的会员卡已经生效。"),
        ("en", "On 12 May our team saw you at 10 and took an X-ray."),
        ("ru", "12 мая наша команда провела вам чистку."),
        ("pl", "12 maja nasz zespół przyjął Pana na czyszczenie."),
        ("zh", "5月12日，我们团队为您做了洁牙。"),
    ],
)
def test_the_reviewer_joining_or_served_by_the_team_on_a_day_is_still_a_date(
    language: str, reply: str
) -> None:
    assert "date" in _rules(reply, language)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("en", "We never offer incentives for reviews: not a discount, not a gift."),
        (
            "en",
            "Thanks for the feedback! Just so everyone knows: we don't do discounts for reviews, "
            "but seniors always get 10% off.",
        ),
        ("en", "Kind words like yours are the best reward for our team."),
        ("en", "Thank you for your review, it is the best gift for our team."),
        ("en", "Our staff won a prize for the best-kept practice garden."),
        ("en", "There's free Wi-Fi and complimentary tea and coffee in the waiting room."),
        ("en", "Our loyalty scheme gives regular patients 10% off after their fifth visit."),
        ("ru", "Мы не платим за отзывы и ничего не даём взамен — ни скидок, ни подарков."),
        ("ru", "Наши сотрудники заняли первое место и получили приз на городском конкурсе."),
        ("uk", "Ми не платимо за відгуки й нічого не даємо натомість — ні знижок, ні подарунків."),
        ("pl", "Nie płacimy za opinie i nic nie dajemy w zamian — ani rabatów, ani prezentów."),
        ("pl", "Pani opinia to dla nas najlepszy prezent."),
        ("zh", "您的评价是给我们最好的礼物。"),
        ("zh", "各项服务的礼品卡可在前台购买。"),
        ("zh", "我们为老人、学生和多孩家庭提供优惠。"),
        ("en", "Google doesn't allow rewards for reviews, so we never ask for them."),
        (
            "en",
            "Our reviews are never incentivised; offering discounts for reviews is against "
            "the rules.",
        ),
        ("ru", "Спасибо! Скидок за отзывы мы не даём, но для студентов есть скидка 10%."),
        ("uk", "Дякуємо! Знижок за відгуки ми не даємо, але для студентів є знижка 10%."),
        ("pl", "Dla jasności: opinie nie są u nas nagradzane ani rabatami, ani prezentami."),
        ("zh", "以折扣换好评是违规的，我们不会这样做。"),
    ],
)
def test_a_reward_denied_or_not_offered_to_the_reviewer_is_no_finding(
    language: str, reply: str
) -> None:
    assert "reward" not in _rules(reply, language)


@pytest.mark.parametrize(
    ("language", "reply"),
    [
        ("en", "For every five-star review we donate £5 to charity and give you a free coffee."),
        ("en", "Thanks for the review - mention it at reception and get 10% off."),
        ("en", "Leave us a review and win a prize in our summer draw."),
        ("ru", "Оставьте отзыв — и получите бесплатную чистку."),
        ("uk", "Залиште відгук — і отримаєте безкоштовну чистку."),
        ("uk", "Як подяку за відгук ми активували для вас безкоштовну консультацію."),
        ("pl", "Zostaw opinię, a dostaniesz bezpłatny przegląd."),
        ("zh", "写好评送礼品，不限次数。"),
        (
            "en",
            "Discounts for reviews are against the rules, but for you: 20% off your next visit.",
        ),
        ("ru", "Каждый автор отзыва получает сертификат на 500 рублей."),
        ("zh", "每位写评价的顾客都能获得50元代金券。"),
        ("en", "Tag us in a photo to win a free cleaning!"),
        ("en", "Write about us online and you could win a voucher."),
        ("en", "Congratulations, you've won a free whitening!"),
        ("ru", "Вы получили приз за отзыв!"),
        ("uk", "Ви виграли сертифікат на чистку!"),
        ("zh", "关注公众号即可获得奖品。"),
    ],
)
def test_a_reward_for_a_review_is_still_a_finding(language: str, reply: str) -> None:
    assert "reward" in _rules(reply, language)
