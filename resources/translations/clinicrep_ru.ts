<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="75"/>
        <source>Alert</source>
        <translation>Оповещение</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="80"/>
        <source>Show review</source>
        <translation>Показать отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="82"/>
        <source>Acknowledge</source>
        <translation>Принять к сведению</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="83"/>
        <source>Mark this alert as seen; it will not come back</source>
        <translation>Отметить оповещение как просмотренное; оно больше не появится</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/alerts.py" line="102"/>
        <source>(%n more alert(s))</source>
        <translation>
            <numerusform>(ещё %n оповещение)</numerusform>
            <numerusform>(ещё %n оповещения)</numerusform>
            <numerusform>(ещё %n оповещений)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertMail</name>
    <message numerus="yes">
        <source>clinicrep: %n alert(s) today</source>
        <translation>
            <numerusform>clinicrep: %n оповещение за сегодня</numerusform>
            <numerusform>clinicrep: %n оповещения за сегодня</numerusform>
            <numerusform>clinicrep: %n оповещений за сегодня</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="138"/>
        <source>clinicrep: test message</source>
        <translation>clinicrep: тестовое письмо</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="139"/>
        <source>This is a test message from clinicrep. Crisis alerts for {practice} will arrive like this one.</source>
        <translation>Это тестовое письмо от clinicrep. Оповещения о кризисных ситуациях для {practice} будут приходить так же.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="144"/>
        <source>your practice</source>
        <translation>вашей клиники</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="158"/>
        <source>Platform: {platform}</source>
        <translation>Платформа: {platform}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="161"/>
        <source>Written: {date}</source>
        <translation>Написан: {date}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="167"/>
        <source>Rating: {stars}★</source>
        <translation>Оценка: {stars}★</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="173"/>
        <source>Open the review: {url}</source>
        <translation>Открыть отзыв: {url}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="182"/>
        <source>clinicrep alert: an urgent review</source>
        <translation>Оповещение clinicrep: срочный отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="185"/>
        <source>clinicrep alert: an urgent review on {platform}</source>
        <translation>Оповещение clinicrep: срочный отзыв на {platform}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="190"/>
        <source>clinicrep alert: many negative reviews at once</source>
        <translation>Оповещение clinicrep: много отрицательных отзывов сразу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="199"/>
        <source>The newest of them:</source>
        <translation>Самые новые из них:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="207"/>
        <source>Open clinicrep on the practice&apos;s computer to read the review in full and answer it.</source>
        <translation>Откройте clinicrep на компьютере клиники, чтобы прочитать отзыв полностью и ответить на него.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="236"/>
        <source>clinicrep: reviews are not being checked</source>
        <translation>clinicrep: отзывы не проверяются</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="309"/>
        <source>The alerts raised since the last digest, oldest first.</source>
        <translation>Оповещения с момента предыдущей сводки, сначала самые старые.</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="146"/>
        <source>Period shown in the charts</source>
        <translation>Период на графиках</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="148"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="149"/>
        <source>Last 3 months</source>
        <translation>Последние 3 месяца</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="150"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="151"/>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="160"/>
        <source>Average rating (line) and number of reviews (bars)</source>
        <translation>Средняя оценка (линия) и число отзывов (столбцы)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="161"/>
        <source>Reviews per platform</source>
        <translation>Отзывы по платформам</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="162"/>
        <source>Sentiment share</source>
        <translation>Доли по тональности</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="163"/>
        <source>Top complaint topics</source>
        <translation>Частые темы жалоб</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="164"/>
        <source>Top praise topics</source>
        <translation>Частые темы похвалы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="165"/>
        <source>Median hours to answer</source>
        <translation>Медиана времени ответа, ч</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="175"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="215"/>
        <source>{period}: {avg} average from {n} reviews</source>
        <translation>{period}: средняя оценка {avg}, отзывов: {n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="237"/>
        <source>{period}: {pos} positive, {neu} neutral, {neg} negative</source>
        <translation>{period}: положительных — {pos}, нейтральных — {neu}, отрицательных — {neg}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="249"/>
        <source>{period}: median {hours} h; {d1} within 24 h, {d2} within 48 h</source>
        <translation>{period}: медиана {hours} ч; за 24 ч — {d1}, за 48 ч — {d2}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="262"/>
        <source>{platform}: {n} reviews</source>
        <translation>{platform} — отзывов: {n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="273"/>
        <source>{topic}: {n} reviews</source>
        <translation>{topic} — отзывов: {n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="281"/>
        <source>{n} reviews · median answer {hours} h · {d1} answered within 24 h · {d2} within 48 h</source>
        <translation>Отзывов: {n} · медиана ответа {hours} ч · отвечено за 24 ч: {d1} · за 48 ч: {d2}</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message numerus="yes">
        <source>%n problem(s) are underlined in the reply.</source>
        <translation>
            <numerusform>В ответе подчёркнута %n проблема.</numerusform>
            <numerusform>В ответе подчёркнуты %n проблемы.</numerusform>
            <numerusform>В ответе подчёркнуто %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="114"/>
        <source>Thank the reviewer personally</source>
        <translation>Лично поблагодарите автора</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="117"/>
        <source>Start with a personal thank-you; use the reviewer&apos;s first name if they showed one.</source>
        <translation>Начните с личной благодарности; обратитесь к автору по имени, если он его указал.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="127"/>
        <source>Pass the praise on to the person the reviewer named, or to the whole team.</source>
        <translation>Передайте похвалу сотруднику, которого назвал автор, или всей команде.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="132"/>
        <source>Pass the praise on to the team.</source>
        <translation>Передайте похвалу команде.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="136"/>
        <source>Credit the team</source>
        <translation>Отметьте заслугу команды</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="146"/>
        <source>Invite them back in a general way</source>
        <translation>Пригласите снова — в общих словах</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="149"/>
        <source>Say the practice is always glad to help, without mentioning a past or next visit.</source>
        <translation>Скажите, что клиника всегда рада помочь, не упоминая прошлый или следующий визит.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="157"/>
        <source>Answer promptly</source>
        <translation>Ответьте без промедления</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="163"/>
        <source>This review is %n day(s) old. Publish the reply today.</source>
        <translation>Дней с момента публикации отзыва: %n. Опубликуйте ответ сегодня.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="172"/>
        <source>Acknowledge the experience and express regret</source>
        <translation>Признайте впечатления автора и выразите сожаление</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="175"/>
        <source>Say you are sorry about the experience, without admitting any clinical fault.</source>
        <translation>Скажите, что вам жаль, что так получилось, не признавая врачебной ошибки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="185"/>
        <source>Do not admit clinical fault</source>
        <translation>Не признавайте врачебную ошибку</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="188"/>
        <source>“{words}” admits fault. Express regret for the experience instead.</source>
        <translation>«{words}» — это признание вины. Вместо этого выразите сожаление о случившемся.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="197"/>
        <source>Offer a concrete next step</source>
        <translation>Предложите конкретный следующий шаг</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="200"/>
        <source>Say what will happen next, for example ask them to call so you can look into it.</source>
        <translation>Скажите, что будет дальше: например, попросите позвонить, чтобы вы могли разобраться.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="208"/>
        <source>Move the conversation offline</source>
        <translation>Продолжите разговор не публично</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="221"/>
        <source>Give a phone number, an e-mail address or a named contact, so the case is not discussed in public. Your contact details are set in Settings.</source>
        <translation>Укажите телефон, адрес эл. почты или контактное лицо, чтобы не обсуждать случай публично. Ваши контактные данные задаются в настройках.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="230"/>
        <source>Stay calm: no blame, no argument, no sarcasm</source>
        <translation>Сохраняйте спокойствие: без обвинений, споров и сарказма</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="237"/>
        <source>“{words}” may read as blame or argument. Rephrase it calmly.</source>
        <translation>«{words}» может прозвучать как обвинение или спор. Переформулируйте спокойнее.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="245"/>
        <source>Read the reply once as the reviewer would.</source>
        <translation>Перечитайте ответ глазами автора отзыва.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="251"/>
        <source>Sign with a name or role</source>
        <translation>Подпишитесь именем или должностью</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="260"/>
        <source>End with a name or a role, for example “Anna, practice manager”.</source>
        <translation>Завершите ответ именем или должностью, например: «Анна, администратор клиники».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="269"/>
        <source>Give a source for the facts</source>
        <translation>Укажите источник фактов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="272"/>
        <source>Say where the facts can be checked: a public register, an official page or a link.</source>
        <translation>Укажите, где можно проверить факты: публичный реестр, официальная страница или ссылка.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="282"/>
        <source>Invite them to talk it through</source>
        <translation>Пригласите обсудить вопрос</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="285"/>
        <source>Offer a consultation or a conversation where their questions can be answered.</source>
        <translation>Предложите консультацию или беседу, где можно ответить на вопросы автора.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="295"/>
        <source>No personal attack</source>
        <translation>Без нападок на личность</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="298"/>
        <source>“{words}” attacks the reviewer. Correct the facts, not the person.</source>
        <translation>«{words}» — это нападка на автора. Исправляйте факты, а не критикуйте человека.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="305"/>
        <source>Keep the holding reply short</source>
        <translation>Краткий предварительный ответ</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="312"/>
        <source>Say only that you take it seriously and will be in touch; the owner answers the rest.</source>
        <translation>Скажите только, что вы относитесь к этому серьёзно и свяжетесь с автором; остальное ответит владелец.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="320"/>
        <source>Escalate to the owner</source>
        <translation>Передайте владельцу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="327"/>
        <source>Mark the review as escalated so the owner is told; the step is logged.</source>
        <translation>Отметьте отзыв как переданный владельцу, чтобы он получил уведомление; действие записывается в журнал.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="334"/>
        <source>Nothing that reveals a patient</source>
        <translation>Никаких сведений о пациенте</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="354"/>
        <source>No reward for reviews</source>
        <translation>Без вознаграждения за отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="357"/>
        <source>“{words}” offers a reward. Platforms and regulators forbid rewards for reviews.</source>
        <translation>«{words}» — это предложение вознаграждения. Платформы и регуляторы запрещают поощрять отзывы.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="369"/>
        <source>Written for this review</source>
        <translation>Написан именно для этого отзыва</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="384"/>
        <source>This reply is almost the same as one already published. Make it personal.</source>
        <translation>Этот ответ почти совпадает с уже опубликованным. Сделайте его личным.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="400"/>
        <source>A sensible length</source>
        <translation>Разумная длина</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="404"/>
        <source>The reply is {size} bytes long; {platform} accepts at most {limit}.</source>
        <translation>Длина ответа в байтах: {size}; {platform} принимает не более {limit} байт.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="410"/>
        <source>the platform</source>
        <translation>платформа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="418"/>
        <source>The reply is very short. Add a sentence or two.</source>
        <translation>Ответ очень короткий. Добавьте одно-два предложения.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="457"/>
        <source>Correct the facts</source>
        <translation>Исправьте неверные сведения</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="458"/>
        <source>Check that every fact in the reply is true and can be shown.</source>
        <translation>Проверьте, что каждый факт в ответе верен и его можно подтвердить.</translation>
    </message>
</context>
<context>
    <name>Confidentiality</name>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="39"/>
        <source>This confirms that the reviewer is or was a patient. Speak about the practice in general instead.</source>
        <translation>Это подтверждает, что автор является или был пациентом. Говорите о клинике в целом.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="44"/>
        <source>This says that someone looked at the reviewer&apos;s records, which confirms they are a patient. Leave it out.</source>
        <translation>Здесь сказано, что кто-то смотрел медицинские документы автора, а это подтверждает, что он пациент. Уберите это.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="49"/>
        <source>This is a health detail (a diagnosis, procedure, medication or test). Leave it out of a public reply.</source>
        <translation>Это медицинские сведения (диагноз, процедура, лекарство или анализ). Не упоминайте их в публичном ответе.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="54"/>
        <source>This repeats a health detail from the review. Do not repeat it in public, even if the reviewer wrote it.</source>
        <translation>Это повторяет медицинские сведения из отзыва. Не повторяйте их публично, даже если автор написал их сам.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="59"/>
        <source>This mentions insurance. Leave insurance out of a public reply.</source>
        <translation>Здесь упоминается страховка. Не упоминайте страхование в публичном ответе.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="62"/>
        <source>This is a date. A date tells others when someone visited; leave it out.</source>
        <translation>Это дата. По дате другие поймут, когда человек приходил в клинику; уберите её.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="66"/>
        <source>This is about money someone paid. Discuss bills only in private.</source>
        <translation>Речь о деньгах, которые кто-то заплатил. Обсуждайте счета только в личном порядке.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="69"/>
        <source>This is a person&apos;s full name or surname. Use a first name only, or no name.</source>
        <translation>Это полное имя или фамилия человека. Используйте только имя или не называйте имени вовсе.</translation>
    </message>
    <message>
        <source>Confirms a patient</source>
        <translation>Подтверждает, что человек — пациент</translation>
    </message>
    <message>
        <source>Health detail</source>
        <translation>Сведения о здоровье</translation>
    </message>
    <message>
        <source>Date or time of a visit</source>
        <translation>Дата или время визита</translation>
    </message>
    <message>
        <source>Billing or insurance</source>
        <translation>Оплата или страховка</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Reward for reviews</source>
        <translation>Вознаграждение за отзывы</translation>
    </message>
    <message>
        <source>New information</source>
        <translation>Новые сведения</translation>
    </message>
    <message>
        <source>This offers a reward for a review. Platforms and the law forbid rewards for reviews; leave it out.</source>
        <translation>Здесь предлагается вознаграждение за отзыв. Площадки и закон запрещают вознаграждать за отзывы; уберите это.</translation>
    </message>
    <message>
        <source>This tells readers something about the reviewer that the review did not say. A reply may answer the review but must add nothing about the patient.</source>
        <translation>Это сообщает читателям о человеке то, чего нет в отзыве. Ответ может отвечать на отзыв, но не должен добавлять ничего о пациенте.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="38"/>
        <source>Date (UTC)</source>
        <translation>Дата (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="39"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="40"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="41"/>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="42"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="43"/>
        <source>Review</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="44"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="45"/>
        <source>Sentiment</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="46"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="47"/>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="48"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="49"/>
        <source>Answered (UTC)</source>
        <translation>Дата ответа (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="50"/>
        <source>Our public reply</source>
        <translation>Наш публичный ответ</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="51"/>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="90"/>
        <source>The date is empty; the row was skipped.</source>
        <translation>Дата не указана; строка пропущена.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="94"/>
        <source>The date “{value}” was not understood; the row was skipped.</source>
        <translation>Дата «{value}» не распознана; строка пропущена.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="98"/>
        <source>The rating “{value}” was not understood; the row was skipped.</source>
        <translation>Оценка «{value}» не распознана; строка пропущена.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="102"/>
        <source>The rating “{value}” is outside the scale; the row was skipped.</source>
        <translation>Оценка «{value}» выходит за пределы шкалы; строка пропущена.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="106"/>
        <source>The row has neither text nor a rating; it was skipped.</source>
        <translation>В строке нет ни текста, ни оценки; она пропущена.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="110"/>
        <source>The text is longer than {n} characters; only its beginning was imported.</source>
        <translation>Текст длиннее {n} симв.; импортировано только его начало.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="114"/>
        <source>The row could not be read; it was skipped.</source>
        <translation>Не удалось прочитать строку; она пропущена.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="140"/>
        <source>{imported} new reviews imported, {updated} updated, {unchanged} already there, {skipped} rows skipped.</source>
        <translation>Импортировано новых отзывов: {imported}, обновлено: {updated}, уже были: {unchanged}, пропущено строк: {skipped}.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="29"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="31"/>
        <source>Needs attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="32"/>
        <source>All reviews</source>
        <translation>Все отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="33"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="34"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="35"/>
        <source>Answered</source>
        <translation>Отвеченные</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="36"/>
        <source>Escalated</source>
        <translation>У владельца</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="37"/>
        <source>Dismissed</source>
        <translation>Закрытые</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="38"/>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="42"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="43"/>
        <source>All platforms</source>
        <translation>Все платформы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="47"/>
        <source>Stars</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="48"/>
        <source>Any stars</source>
        <translation>Любая оценка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="51"/>
        <source>No stars</source>
        <translation>Без оценки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="53"/>
        <source>Sentiment</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="54"/>
        <source>Any sentiment</source>
        <translation>Любая тональность</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="58"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="59"/>
        <source>Any topic</source>
        <translation>Любая тема</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="63"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="65"/>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="66"/>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="67"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="68"/>
        <source>Last 3 months</source>
        <translation>Последние 3 месяца</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="69"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="75"/>
        <source>Search reviews (Ctrl+F)</source>
        <translation>Поиск по отзывам (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="76"/>
        <source>Search reviews</source>
        <translation>Поиск по отзывам</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="88"/>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="89"/>
        <source>Clear the chart filter</source>
        <translation>Сбросить фильтр графика</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="142"/>
        <source>Chart: {what}</source>
        <translation>График: {what}</translation>
    </message>
</context>
<context>
    <name>GoogleSignIn</name>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="288"/>
        <source>clinicrep is connected to Google</source>
        <translation>clinicrep подключён к Google</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="290"/>
        <source>Google sign-in was not completed</source>
        <translation>Вход в Google не завершён</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="292"/>
        <source>You can close this browser tab and return to clinicrep.</source>
        <translation>Можно закрыть эту вкладку браузера и вернуться в clinicrep.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="50"/>
        <source>Import reviews from {file}</source>
        <translation>Импорт отзывов из файла {file}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="58"/>
        <source>Name of the source</source>
        <translation>Название источника</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="60"/>
        <source>Website the file comes from</source>
        <translation>Сайт, с которого получен файл</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="64"/>
        <source>Language of the reviews</source>
        <translation>Язык отзывов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="65"/>
        <source>Detect from the text</source>
        <translation>Определить по тексту</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="70"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="70"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="70"/>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="71"/>
        <source>Review text</source>
        <translation>Текст отзыва</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="71"/>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="71"/>
        <source>Review ID</source>
        <translation>ID отзыва</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="72"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="72"/>
        <source>Practice&apos;s reply</source>
        <translation>Ответ клиники</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="76"/>
        <source>Source name:</source>
        <translation>Название источника:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="77"/>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="78"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="82"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="93"/>
        <source>First rows of the file</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="101"/>
        <source>{rows} rows · encoding {encoding}</source>
        <translation>Строк: {rows} · кодировка {encoding}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="108"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="125"/>
        <source>Choose at least the text or the rating.</source>
        <translation>Выберите хотя бы текст или оценку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="136"/>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="147"/>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="227"/>
        <source>Import reviews</source>
        <translation>Импорт отзывов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="138"/>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Таблицы (*.csv *.tsv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="176"/>
        <source>Importing reviews…</source>
        <translation>Импорт отзывов…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="177"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="205"/>
        <source>Line {line}: {reason}</source>
        <translation>Строка {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="212"/>
        <source>… and {n} more.</source>
        <translation>… и ещё {n}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="217"/>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="183"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="184"/>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="185"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="186"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="187"/>
        <source>Review</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="188"/>
        <source>Sentiment</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="189"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="190"/>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="191"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="192"/>
        <source>Time left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="229"/>
        <source>[edited] </source>
        <translation>[изменён] </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="231"/>
        <source>[removed on platform] </source>
        <translation>[удалён на платформе] </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="233"/>
        <source>(rating only)</source>
        <translation>(только оценка)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="256"/>
        <source>%n h left</source>
        <translation>
            <numerusform>осталось %n ч</numerusform>
            <numerusform>осталось %n ч</numerusform>
            <numerusform>осталось %n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="257"/>
        <source>%n min left</source>
        <translation>
            <numerusform>осталось %n мин</numerusform>
            <numerusform>осталось %n мин</numerusform>
            <numerusform>осталось %n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="260"/>
        <source>overdue %n d</source>
        <translation>
            <numerusform>просрочка %n дн.</numerusform>
            <numerusform>просрочка %n дн.</numerusform>
            <numerusform>просрочка %n дн.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="261"/>
        <source>overdue %n h</source>
        <translation>
            <numerusform>просрочка %n ч</numerusform>
            <numerusform>просрочка %n ч</numerusform>
            <numerusform>просрочка %n ч</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="15"/>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="16"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="17"/>
        <source>Answered</source>
        <translation>Отвечен</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="18"/>
        <source>Escalated</source>
        <translation>У владельца</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="19"/>
        <source>Dismissed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="34"/>
        <source>Dianping</source>
        <translation>Dianping</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="36"/>
        <source>Other site</source>
        <translation>Другой сайт</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="37"/>
        <source>Offline feedback</source>
        <translation>Офлайн-отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="43"/>
        <source>Positive</source>
        <translation>Положительная</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="44"/>
        <source>Neutral</source>
        <translation>Нейтральная</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="45"/>
        <source>Negative</source>
        <translation>Отрицательная</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="51"/>
        <source>Waiting time</source>
        <translation>Время ожидания</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="52"/>
        <source>Staff attitude</source>
        <translation>Отношение персонала</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="53"/>
        <source>Reception and phone</source>
        <translation>Регистратура и телефон</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="54"/>
        <source>Doctor and outcome</source>
        <translation>Врач и результат лечения</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="55"/>
        <source>Communication</source>
        <translation>Общение</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="56"/>
        <source>Billing and prices</source>
        <translation>Счета и цены</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="57"/>
        <source>Scheduling</source>
        <translation>Запись на приём</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="58"/>
        <source>Cleanliness and facilities</source>
        <translation>Чистота и помещения</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="59"/>
        <source>Parking and access</source>
        <translation>Парковка и доступность</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="60"/>
        <source>Food</source>
        <translation>Питание</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="61"/>
        <source>Praise of a person</source>
        <translation>Похвала сотруднику</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="67"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="68"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="69"/>
        <source>Ukrainian</source>
        <translation>Украинский</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="70"/>
        <source>Polish</source>
        <translation>Польский</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="71"/>
        <location filename="../../src/clinicrep/labels.py" line="72"/>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="73"/>
        <source>Other language</source>
        <translation>Другой язык</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1"/>
        <source>Analysis update progress</source>
        <translation>Ход обновления анализа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1"/>
        <source>Updating the analysis… %p%</source>
        <translation>Обновление анализа… %p%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1"/>
        <source>Analysis brought up to date for %n review(s).</source>
        <translation>
            <numerusform>Анализ обновлён для %n отзыва.</numerusform>
            <numerusform>Анализ обновлён для %n отзывов.</numerusform>
            <numerusform>Анализ обновлён для %n отзывов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="80"/>
        <source>clinicrep — demo data</source>
        <translation>clinicrep — демо-данные</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="80"/>
        <source>clinicrep</source>
        <translation>clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="90"/>
        <source>Inbox of reviews</source>
        <translation>Входящие отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="148"/>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="149"/>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="175"/>
        <source>Sync progress</source>
        <translation>Ход синхронизации</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="239"/>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="248"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="249"/>
        <source>Fetch new reviews from every connected platform (F5)</source>
        <translation>Получить новые отзывы со всех подключённых платформ (F5)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="256"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="257"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="261"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="265"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Импорт из файла…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="269"/>
        <source>Add &amp;offline feedback…</source>
        <translation>Добавить &amp;офлайн-отзыв…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="284"/>
        <source>Review-request &amp;card…</source>
        <translation>&amp;Карточка с просьбой об отзыве…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="274"/>
        <source>&amp;Monthly summary (PDF)…</source>
        <translation>&amp;Ежемесячная сводка (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="278"/>
        <source>E&amp;xport the reviews shown (CSV)…</source>
        <translation>&amp;Экспорт показанных отзывов (CSV)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="289"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="293"/>
        <source>So&amp;urces…</source>
        <translation>Исто&amp;чники…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="297"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="302"/>
        <source>&amp;Review</source>
        <translation>&amp;Отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="305"/>
        <source>Mark as &amp;new</source>
        <translation>Пометить как &amp;новый</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="306"/>
        <source>Mark as &amp;in progress</source>
        <translation>Пометить как «в &amp;работе»</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="307"/>
        <source>Mark as &amp;answered</source>
        <translation>Пометить как &amp;отвеченный</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="308"/>
        <source>&amp;Escalate to the owner</source>
        <translation>&amp;Передать владельцу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="309"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Закрыть без ответа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="319"/>
        <source>Reply &amp;templates…</source>
        <translation>&amp;Шаблоны ответов…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="323"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="324"/>
        <source>&amp;About clinicrep</source>
        <translation>&amp;О программе clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="386"/>
        <source>Status changed.</source>
        <translation>Статус изменён.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="390"/>
        <source>Reply published.</source>
        <translation>Ответ опубликован.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="407"/>
        <source>{shown} shown · {new} new · {open} open · {overdue} overdue</source>
        <translation>Показано: {shown} · новых: {new} · открытых: {open} · просроченных: {overdue}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="418"/>
        <source>Checking for reviews…</source>
        <translation>Проверка новых отзывов…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="429"/>
        <source>{source}: {n} reviews</source>
        <translation>{source}: отзывов — {n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="442"/>
        <source>{source}: {message}</source>
        <translation>{source}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="451"/>
        <source>Up to date: {new} new, {edited} edited.</source>
        <translation>Всё актуально: новых — {new}, изменённых — {edited}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="593"/>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="595"/>
        <source>The checks without the window could not be set up on this computer. The window still checks while it is open. Details: {details}</source>
        <translation>Не удалось настроить на этом компьютере проверки без открытого окна. Пока окно открыто, проверки продолжаются. Подробности: {details}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="618"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="620"/>
        <source>Replace the reviews, drafts and settings with the chosen copy? The data as it is now is kept as a copy first, so this can be undone.</source>
        <translation>Заменить отзывы, черновики и настройки данными из выбранной копии? Текущие данные сначала будут сохранены в отдельную копию, так что это можно отменить.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="630"/>
        <source>About clinicrep</source>
        <translation>О программе clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="632"/>
        <source>clinicrep {version}

Reviews of your practice from every platform, answered well and in time. Your data stays on this computer.</source>
        <translation>clinicrep {version}

Отзывы о вашей клинике со всех платформ — с грамотными и своевременными ответами. Ваши данные хранятся только на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>ManualEntry</name>
    <message>
        <location filename="../../src/clinicrep/manual_entry.py" line="28"/>
        <source>Offline feedback</source>
        <translation>Офлайн-отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/manual.py" line="34"/>
        <source>At the desk</source>
        <translation>В регистратуре</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/manual.py" line="35"/>
        <source>Phone call</source>
        <translation>Телефонный звонок</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/manual.py" line="36"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/manual.py" line="37"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/manual.py" line="38"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>ManualEntryDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="27"/>
        <source>Add offline feedback</source>
        <translation>Добавить офлайн-отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="30"/>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="31"/>
        <source>Name as the person gave it, or leave empty</source>
        <translation>Имя, как его назвал человек, или оставьте пустым</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="33"/>
        <source>Received by</source>
        <translation>Способ получения</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="35"/>
        <source>At the reception desk</source>
        <translation>В регистратуре</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="36"/>
        <source>By phone</source>
        <translation>По телефону</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="37"/>
        <source>By letter</source>
        <translation>Письмом</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="38"/>
        <source>By e-mail</source>
        <translation>По эл. почте</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="39"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="43"/>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="44"/>
        <source>No rating</source>
        <translation>Без оценки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="48"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="51"/>
        <source>What they said</source>
        <translation>Что сказали</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="53"/>
        <source>From:</source>
        <translation>От кого:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="54"/>
        <source>Received:</source>
        <translation>Получен:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="55"/>
        <source>Rating:</source>
        <translation>Оценка:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="56"/>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="57"/>
        <source>What they said:</source>
        <translation>Что сказали:</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="17"/>
        <source>An unexpected error happened. Your data is safe. Send the details to support if it happens again.</source>
        <translation>Произошла непредвиденная ошибка. Ваши данные в сохранности. Если это повторится, отправьте подробности в службу поддержки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="29"/>
        <source>The review database is damaged and was not changed. Restore a backup, or choose another folder for clinicrep&apos;s data.</source>
        <translation>База отзывов повреждена и не была изменена. Восстановите резервную копию или выберите другую папку для данных clinicrep.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="35"/>
        <source>This review database was made by a newer version of clinicrep. Install the newer version, or choose another folder for clinicrep&apos;s data.</source>
        <translation>Эта база отзывов создана более новой версией clinicrep. Установите новую версию или выберите другую папку для данных clinicrep.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="41"/>
        <source>The review database is busy in another program. Close the other clinicrep window and try again.</source>
        <translation>База отзывов занята другой программой. Закройте другое окно clinicrep и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="47"/>
        <source>The disk is full. Free some space, then try again; nothing was lost.</source>
        <translation>Диск заполнен. Освободите место и повторите попытку; ничего не потеряно.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="51"/>
        <source>clinicrep cannot write to its data folder. Check that the folder exists and that you may write to it, or choose another folder.</source>
        <translation>clinicrep не может записывать в свою папку данных. Проверьте, что папка существует и у вас есть права на запись, или выберите другую папку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="57"/>
        <source>No secure password storage was found on this computer. Install or unlock the system keyring, or keep the sign-in for this session only.</source>
        <translation>На этом компьютере не найдено защищённое хранилище паролей. Установите или разблокируйте системное хранилище ключей либо сохраните вход только на этот сеанс.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="63"/>
        <source>The connection to this platform has expired or was revoked. Open Sources and connect the account again.</source>
        <translation>Подключение к этой платформе истекло или было отозвано. Откройте «Источники» и подключите учётную запись заново.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="69"/>
        <source>The connected account is not allowed to read or answer these reviews. Connect an account that manages the practice&apos;s page.</source>
        <translation>Подключённой учётной записи не разрешено читать эти отзывы или отвечать на них. Подключите учётную запись, которая управляет страницей клиники.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="78"/>
        <source>The platform asks us to slow down. clinicrep will try again in about {n} minutes.</source>
        <translation>Платформа просит реже отправлять запросы. clinicrep повторит попытку примерно через {n} мин.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="82"/>
        <source>The platform asks us to slow down. clinicrep will try again later.</source>
        <translation>Платформа просит реже отправлять запросы. clinicrep повторит попытку позже.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="86"/>
        <source>No connection to the internet. Check the network; clinicrep will try again at the next check.</source>
        <translation>Нет подключения к интернету. Проверьте сеть; clinicrep повторит попытку при следующей проверке.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="92"/>
        <source>The platform did not answer in time. clinicrep will try again at the next check.</source>
        <translation>Платформа не ответила вовремя. clinicrep повторит попытку при следующей проверке.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="97"/>
        <source>The platform sent an answer clinicrep cannot read. Try again later; if it persists, send the details to support.</source>
        <translation>Платформа прислала ответ, который clinicrep не может прочитать. Повторите попытку позже; если ошибка не исчезнет, отправьте подробности в службу поддержки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="103"/>
        <source>The platform has switched off this kind of access. Reviews already fetched are kept; import new ones from a file instead.</source>
        <translation>Платформа отключила этот способ доступа. Уже полученные отзывы сохранены; новые импортируйте из файла.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="109"/>
        <source>This platform does not allow answering through clinicrep. Copy the reply and open the review&apos;s page to post it there.</source>
        <translation>Эта платформа не позволяет отвечать через clinicrep. Скопируйте ответ и откройте страницу отзыва, чтобы опубликовать его там.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="115"/>
        <source>Stopped. What was fetched so far is kept; the next check goes on from there.</source>
        <translation>Остановлено. Уже полученное сохранено; следующая проверка продолжит с этого места.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="120"/>
        <source>The reply is longer than the platform allows ({limit} bytes). Shorten it and publish again.</source>
        <translation>Ответ длиннее, чем допускает платформа (не более {limit} байт). Сократите его и опубликуйте снова.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="126"/>
        <source>Signing in did not finish. Try again, and allow clinicrep access in the browser window that opens.</source>
        <translation>Вход не завершён. Повторите попытку и разрешите clinicrep доступ в открывшемся окне браузера.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="132"/>
        <source>Give the month as year and month, for example 2026-10.</source>
        <translation>Укажите месяц в виде «год-месяц», например 2026-10.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="136"/>
        <source>That does not look like a web link to your review page. Copy the link from the platform (it starts with https://) and try again.</source>
        <translation>Это не похоже на ссылку на страницу ваших отзывов. Скопируйте ссылку с платформы (она начинается с https://) и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="142"/>
        <source>The report could not be saved there. Choose another folder, for example Documents.</source>
        <translation>Не удалось сохранить отчёт в эту папку. Выберите другую, например «Документы».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="147"/>
        <source>Not published: the reply says something a public reply must not (highlighted). Change it, or confirm each passage explicitly.</source>
        <translation>Не опубликовано: в ответе есть то, чего нельзя писать публично (выделено). Измените текст или явно подтвердите каждый фрагмент.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="153"/>
        <source>The reply is empty. Write the reply first.</source>
        <translation>Ответ пуст. Сначала напишите ответ.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="155"/>
        <source>This reply is being sent or its outcome is not known yet. Wait for the next check, then try again.</source>
        <translation>Этот ответ отправляется, или результат отправки ещё неизвестен. Дождитесь следующей проверки и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="161"/>
        <source>The review or page no longer exists on the platform.</source>
        <translation>Отзыв или страница больше не существует на платформе.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="165"/>
        <source>The mail server did not accept the user name or password. Check them in Settings → Monitoring; alerts are kept and sent once it works.</source>
        <translation>Почтовый сервер не принял имя пользователя или пароль. Проверьте их в разделе «Настройки → Мониторинг»; оповещения сохранены и будут отправлены, как только всё заработает.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="171"/>
        <source>The alert e-mail could not be sent. Check the mail server, port and security in Settings → Monitoring; alerts are kept and sent at the next check.</source>
        <translation>Не удалось отправить письмо с оповещением. Проверьте почтовый сервер, порт и защиту в разделе «Настройки → Мониторинг»; оповещения сохранены и будут отправлены при следующей проверке.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="177"/>
        <source>The file could not be read as a table of reviews. Save it as CSV (UTF-8) and try again.</source>
        <translation>Не удалось прочитать файл как таблицу отзывов. Сохраните его в формате CSV (UTF-8) и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="182"/>
        <source>Something went wrong. Try again; if it persists, send the details to support.</source>
        <translation>Что-то пошло не так. Повторите попытку; если ошибка не исчезнет, отправьте подробности в службу поддержки.</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="88"/>
        <source>clinicrep has not been able to check for new reviews for more than {hours} hours.</source>
        <translation>Уже более {hours} ч clinicrep не может проверить новые отзывы.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="97"/>
        <source>Not checked yet. Turn on the scheduled checks in Settings, or open clinicrep.</source>
        <translation>Проверок ещё не было. Включите проверки по расписанию в настройках или откройте clinicrep.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="102"/>
        <source>The last check did not finish. Open clinicrep and press Sync now.</source>
        <translation>Последняя проверка не завершилась. Откройте clinicrep и нажмите «Синхронизировать».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="107"/>
        <source>{source}: {reason}</source>
        <translation>{source}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="117"/>
        <source>{source}: no successful check yet</source>
        <translation>{source}: успешных проверок ещё не было</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="121"/>
        <source>{source}: last successful check {when}</source>
        <translation>{source}: последняя успешная проверка — {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="176"/>
        <source>Scheduled check ({mechanism})</source>
        <translation>Проверка по расписанию ({mechanism})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="178"/>
        <source>Start in the tray at login ({mechanism})</source>
        <translation>Запуск в трее при входе в систему ({mechanism})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="190"/>
        <source>Nothing is installed: reviews are checked only while the window is open.</source>
        <translation>Ничего не установлено: отзывы проверяются, только пока открыто окно.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="206"/>
        <source>Last scheduled runs:</source>
        <translation>Последние запуски по расписанию:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="213"/>
        <source>%n e-mail(s) waiting to be sent.</source>
        <translation>Писем в очереди на отправку: %n.</translation>
    </message>
</context>
<context>
    <name>MonitoringBanner</name>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="174"/>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="179"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/alerts.py" line="199"/>
        <source>%n new review(s) since you last looked.</source>
        <translation>
            <numerusform>%n новый отзыв с вашего последнего просмотра.</numerusform>
            <numerusform>%n новых отзыва с вашего последнего просмотра.</numerusform>
            <numerusform>%n новых отзывов с вашего последнего просмотра.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringForm</name>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="47"/>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="187"/>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="53"/>
        <source>Check for new reviews every N minutes, also when clinicrep is closed</source>
        <translation>Проверять новые отзывы каждые N минут, даже когда clinicrep закрыт</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="58"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="60"/>
        <source>Start clinicrep in the tray when I log in</source>
        <translation>Запускать clinicrep в трее при входе в систему</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="64"/>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="68"/>
        <source>e.g. mail.your-practice.com</source>
        <translation>напр. mail.your-practice.com</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="74"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="74"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="74"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="84"/>
        <source>kept in the system keyring; leave empty to keep the saved one</source>
        <translation>хранится в системном хранилище ключей; оставьте пустым, чтобы не менять сохранённый</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="88"/>
        <source>one or more addresses, separated by commas</source>
        <translation>один или несколько адресов через запятую</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="91"/>
        <source>Send one e-mail a day with the alerts (digest)</source>
        <translation>Отправлять одно письмо в день со всеми оповещениями (сводка)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="93"/>
        <source>Send a test message</source>
        <translation>Отправить тестовое письмо</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="106"/>
        <source>Check every:</source>
        <translation>Проверять каждые:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="108"/>
        <source>Warn when no check succeeded for:</source>
        <translation>Предупреждать, если нет успешных проверок в течение:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="109"/>
        <source>Mail server:</source>
        <translation>Почтовый сервер:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="110"/>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="111"/>
        <source>Security:</source>
        <translation>Защита:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="112"/>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="113"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="114"/>
        <source>From address:</source>
        <translation>Адрес отправителя:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="115"/>
        <source>Send alerts to:</source>
        <translation>Отправлять оповещения на:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="116"/>
        <source>Quiet hours from:</source>
        <translation>Тихие часы с:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="117"/>
        <source>Quiet hours until:</source>
        <translation>Тихие часы до:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="120"/>
        <source>Installed on this computer:</source>
        <translation>Установлено на этом компьютере:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="142"/>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="143"/>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="158"/>
        <source>Nothing: reviews are checked only while the window is open.</source>
        <translation>Ничего: отзывы проверяются, только пока открыто окно.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="197"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="206"/>
        <source>Sent. Check the mailbox of each address.</source>
        <translation>Отправлено. Проверьте почтовый ящик каждого адреса.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="212"/>
        <source>Fill in the mail server and at least one address first.</source>
        <translation>Сначала укажите почтовый сервер и хотя бы один адрес.</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message numerus="yes">
        <source>In the month before, %n reviews were received.</source>
        <translation>
            <numerusform>В предыдущем месяце получено отзывов: %n.</numerusform>
            <numerusform>В предыдущем месяце получено отзывов: %n.</numerusform>
            <numerusform>В предыдущем месяце получено отзывов: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews from earlier months still unanswered at the end of the month: %n.</source>
        <translation>
            <numerusform>Отзывов за прошлые месяцы без ответа на конец месяца: %n.</numerusform>
            <numerusform>Отзывов за прошлые месяцы без ответа на конец месяца: %n.</numerusform>
            <numerusform>Отзывов за прошлые месяцы без ответа на конец месяца: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews still unanswered at the end of the month: %n. Answer them, oldest first.</source>
        <translation>
            <numerusform>Отзывов без ответа на конец месяца: %n. Ответьте на них, начиная с самых старых.</numerusform>
            <numerusform>Отзывов без ответа на конец месяца: %n. Ответьте на них, начиная с самых старых.</numerusform>
            <numerusform>Отзывов без ответа на конец месяца: %n. Ответьте на них, начиная с самых старых.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{topic} was named in %n complaints, up from {before}.</source>
        <translation>
            <numerusform>{topic}: жалоб — %n, в прошлом месяце — {before}.</numerusform>
            <numerusform>{topic}: жалоб — %n, в прошлом месяце — {before}.</numerusform>
            <numerusform>{topic}: жалоб — %n, в прошлом месяце — {before}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="239"/>
        <source>Only {share} of this month&apos;s reviews were answered within 48 hours. Patients and platforms notice quick answers.</source>
        <translation>Только {share} отзывов за этот месяц получили ответ в течение 48 часов. Пациенты и платформы замечают быстрые ответы.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="250"/>
        <source>The average rating fell from {before} to {now}. The complaints below say why.</source>
        <translation>Средняя оценка снизилась с {before} до {now}. Причины — в жалобах ниже.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="263"/>
        <source>Negative reviews rose to {now} of all reviews, from {before}.</source>
        <translation>Доля отрицательных отзывов выросла до {now} (было {before}).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="272"/>
        <source>Alerts of this month not yet acknowledged: %n. Open them in the inbox.</source>
        <translation>Оповещений за этот месяц, ещё не принятых к сведению: %n. Откройте их во входящих.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="280"/>
        <source>Nothing needs special attention this month. Keep answering every review within a day.</source>
        <translation>В этом месяце ничего не требует особого внимания. Продолжайте отвечать на каждый отзыв в течение суток.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="286"/>
        <source>Patients praised {topic} most often ({count} reviews): tell the team.</source>
        <translation>Чаще всего пациенты хвалили: {topic} (отзывов: {count}). Расскажите об этом команде.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="296"/>
        <source>{points} pts</source>
        <translation>{points} п. п.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="317"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="395"/>
        <source>Reviews received</source>
        <translation>Получено отзывов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="323"/>
        <source>Average rating (of 5)</source>
        <translation>Средняя оценка (из 5)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="330"/>
        <source>Positive reviews</source>
        <translation>Положительные отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="336"/>
        <source>Negative reviews</source>
        <translation>Отрицательные отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="342"/>
        <source>Reviews answered</source>
        <translation>Отзывы с ответом</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="348"/>
        <source>Answered within 24 hours</source>
        <translation>Ответ в течение 24 часов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="354"/>
        <source>Answered within 48 hours</source>
        <translation>Ответ в течение 48 часов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="360"/>
        <source>Median time to answer</source>
        <translation>Медианное время ответа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="367"/>
        <source>Unanswered at month end</source>
        <translation>Без ответа на конец месяца</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="381"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="387"/>
        <source>No reviews in this period.</source>
        <translation>Нет отзывов за этот период.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="389"/>
        <source>Rating over the last 12 months</source>
        <translation>Оценка за последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="394"/>
        <source>Average rating</source>
        <translation>Средняя оценка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="399"/>
        <source>Reviews per platform</source>
        <translation>Отзывы по платформам</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="416"/>
        <source>{name}: {share} ({count})</source>
        <translation>{name}: {share} ({count})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="419"/>
        <source>Not analysed yet</source>
        <translation>Ещё не проанализированы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="426"/>
        <source>Sentiment of the month&apos;s reviews</source>
        <translation>Тональность отзывов за месяц</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="432"/>
        <source>Most praised</source>
        <translation>За что хвалят чаще всего</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="437"/>
        <source>No topics of praise this month.</source>
        <translation>В этом месяце нет тем для похвалы.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="441"/>
        <source>Most complained about</source>
        <translation>На что жалуются чаще всего</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="446"/>
        <source>No topics of complaint this month.</source>
        <translation>В этом месяце нет тем для жалоб.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="450"/>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="472"/>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="479"/>
        <source>(no text, rating only)</source>
        <translation>(без текста, только оценка)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="485"/>
        <source>Our public reply</source>
        <translation>Наш публичный ответ</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="487"/>
        <source>Our public reply, {date}</source>
        <translation>Наш публичный ответ, {date}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="494"/>
        <source>Not answered yet.</source>
        <translation>Ответа пока нет.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="502"/>
        <source>Internal note (not public)</source>
        <translation>Внутренняя заметка (не публикуется)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="504"/>
        <source>Unpublished draft reply (not public)</source>
        <translation>Неопубликованный черновик ответа (не публикуется)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="512"/>
        <source>The month&apos;s most important reviews</source>
        <translation>Главные отзывы месяца</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="516"/>
        <source>Complaints that need attention</source>
        <translation>Жалобы, требующие внимания</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="527"/>
        <source>No negative reviews this month.</source>
        <translation>В этом месяце отрицательных отзывов нет.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="534"/>
        <source>Warm words from patients</source>
        <translation>Добрые слова пациентов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="545"/>
        <source>No positive reviews with text this month.</source>
        <translation>В этом месяце нет положительных отзывов с текстом.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="556"/>
        <source>Spike of negative reviews</source>
        <translation>Всплеск отрицательных отзывов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="558"/>
        <source>Urgent review</source>
        <translation>Срочный отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="559"/>
        <source>Alert</source>
        <translation>Оповещение</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="565"/>
        <source>Acknowledged on {date}.</source>
        <translation>Принято к сведению {date}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="571"/>
        <source>The review was answered on {date}.</source>
        <translation>Ответ на отзыв опубликован {date}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="577"/>
        <source>The review&apos;s status: {status}.</source>
        <translation>Статус отзыва: {status}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="582"/>
        <source>Nothing has been done about it yet.</source>
        <translation>Пока ничего не сделано.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="586"/>
        <source>Alerts and spikes</source>
        <translation>Оповещения и всплески</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="590"/>
        <source>No alerts were raised this month.</source>
        <translation>В этом месяце оповещений не было.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="604"/>
        <source>What was done: {done}</source>
        <translation>Что сделано: {done}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="617"/>
        <source>Things to act on</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="637"/>
        <source>Made on {date}</source>
        <translation>Составлено {date}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="641"/>
        <source>Includes internal notes: not for publication.</source>
        <translation>Содержит внутренние заметки: не для публикации.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="647"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="728"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="752"/>
        <source>Monthly review summary</source>
        <translation>Ежемесячная сводка по отзывам</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="657"/>
        <source>No reviews were received in {month}.</source>
        <translation>{month}: отзывов не поступало.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="692"/>
        <source>The month in figures</source>
        <translation>Месяц в цифрах</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="740"/>
        <source>Page {page} of {pages}</source>
        <translation>Стр. {page} из {pages}</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="80"/>
        <source>Monthly summary</source>
        <translation>Ежемесячная сводка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="82"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="86"/>
        <source>Paper size</source>
        <translation>Формат бумаги</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="89"/>
        <source>Include internal notes (only for the practice&apos;s eyes)</source>
        <translation>Включить внутренние заметки (только для сотрудников клиники)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="91"/>
        <source>Month:</source>
        <translation>Месяц:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="92"/>
        <source>Paper:</source>
        <translation>Бумага:</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="89"/>
        <source>Kind of reply</source>
        <translation>Тип ответа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="93"/>
        <source>Start from the template</source>
        <translation>Начать с шаблона</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="98"/>
        <source>Reply:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="106"/>
        <source>Reply text</source>
        <translation>Текст ответа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="107"/>
        <source>Write the practice&apos;s public reply here.</source>
        <translation>Напишите здесь публичный ответ клиники.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="112"/>
        <source>Confidentiality problems</source>
        <translation>Проблемы конфиденциальности</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="116"/>
        <source>Checklist</source>
        <translation>Контрольный список</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="126"/>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="128"/>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="381"/>
        <source>Post the reply on the platform (Ctrl+Enter)</source>
        <translation>Опубликовать ответ на платформе (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="130"/>
        <source>Publish anyway…</source>
        <translation>Всё равно опубликовать…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="132"/>
        <source>Confirm that each highlighted passage may be published</source>
        <translation>Подтвердите, что каждый выделенный фрагмент можно опубликовать</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="135"/>
        <source>Copy and open page</source>
        <translation>Копировать и открыть</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="137"/>
        <source>Mark answered</source>
        <translation>Отметить отвеченным</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="221"/>
        <source>Published on {date}. Publishing again replaces it.</source>
        <translation>Опубликовано {date}. Повторная публикация заменит этот ответ.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="228"/>
        <source>Sending was interrupted. clinicrep checks the platform at the next sync before anything is sent again.</source>
        <translation>Отправка прервалась. При следующей синхронизации clinicrep проверит платформу, прежде чем отправлять что-либо снова.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="233"/>
        <source>The last attempt to publish failed. You can try again.</source>
        <translation>Последняя попытка публикации не удалась. Можно попробовать ещё раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="237"/>
        <source>This platform does not let clinicrep post replies: copy the reply, post it on the review&apos;s page, then mark the review answered.</source>
        <translation>Эта платформа не позволяет clinicrep публиковать ответы: скопируйте ответ, опубликуйте его на странице отзыва, затем отметьте отзыв как отвеченный.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="317"/>
        <source>“{words}”: {reason}</source>
        <translation>«{words}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="319"/>
        <source>(confirmed by you)</source>
        <translation>(подтверждено вами)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="378"/>
        <source>Fix the highlighted passages first: a public reply must not say them.</source>
        <translation>Сначала исправьте выделенные фрагменты: в публичном ответе их быть не должно.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="390"/>
        <source>Answered or closed</source>
        <translation>Отвечен или закрыт</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="397"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Просрочено на %n день</numerusform>
            <numerusform>Просрочено на %n дня</numerusform>
            <numerusform>Просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="398"/>
        <source>Overdue by %n hour(s)</source>
        <translation>
            <numerusform>Просрочено на %n час</numerusform>
            <numerusform>Просрочено на %n часа</numerusform>
            <numerusform>Просрочено на %n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="401"/>
        <source>Past the aim; answer within %n hour(s)</source>
        <translation>
            <numerusform>Желаемый срок прошёл; ответьте в течение %n часа</numerusform>
            <numerusform>Желаемый срок прошёл; ответьте в течение %n часов</numerusform>
            <numerusform>Желаемый срок прошёл; ответьте в течение %n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="402"/>
        <source>Answer within %n hour(s)</source>
        <translation>
            <numerusform>Ответьте в течение %n часа</numerusform>
            <numerusform>Ответьте в течение %n часов</numerusform>
            <numerusform>Ответьте в течение %n часов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="413"/>
        <source>Publish passages the guard flagged?</source>
        <translation>Опубликовать отмеченные фрагменты?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="415"/>
        <source>A public reply must not confirm that someone is a patient or mention health details, dates, prices or full names. Regulators have fined practices for such replies.

{lines}

Publish these passages anyway? Your confirmation is recorded.</source>
        <translation>Публичный ответ не должен подтверждать, что человек является пациентом, и упоминать медицинские сведения, даты, цены или полные имена. Регуляторы уже штрафовали клиники за такие ответы.

{lines}

Всё равно опубликовать эти фрагменты? Ваше подтверждение будет записано.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="457"/>
        <source>Publishing…</source>
        <translation>Публикация…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="478"/>
        <source>Not published: fix the highlighted passages first.</source>
        <translation>Не опубликовано: сначала исправьте выделенные фрагменты.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="494"/>
        <source>Copied. Paste it on the review&apos;s page, then press “Mark answered”.</source>
        <translation>Скопировано. Вставьте ответ на странице отзыва, затем нажмите «Отметить отвеченным».</translation>
    </message>
    <message>
        <source>“{words}” — {rule}: {reason}</source>
        <translation>«{words}» — {rule}: {reason}</translation>
    </message>
    <message>
        <source>Safer: “{rewrite}” (double-click to use it)</source>
        <translation>Безопаснее: «{rewrite}» (двойной щелчок — подставить)</translation>
    </message>
    <message>
        <source>Why: {law}</source>
        <translation>Основание: {law}</translation>
    </message>
    <message>
        <source>A reward for reviews can never be published: remove it first.</source>
        <translation>Вознаграждение за отзывы публиковать нельзя никогда: сначала уберите его.</translation>
    </message>
    <message>
        <source>Checking the long reply…</source>
        <translation>Проверяем длинный ответ…</translation>
    </message>
</context>
<context>
    <name>ReplyKind</name>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="27"/>
        <source>Praise</source>
        <translation>Похвала</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="28"/>
        <source>Mixed feedback</source>
        <translation>Смешанный отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="29"/>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="30"/>
        <source>Misinformation</source>
        <translation>Дезинформация</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="31"/>
        <source>Crisis</source>
        <translation>Кризис</translation>
    </message>
</context>
<context>
    <name>ReportDialogs</name>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="47"/>
        <source>Saved to {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="49"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="113"/>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="219"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="133"/>
        <source>Export reviews</source>
        <translation>Экспорт отзывов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="138"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <location filename="../../src/clinicrep/reports/language.py" line="110"/>
        <source>%n min</source>
        <translation>%n мин</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/language.py" line="112"/>
        <source>{hours} h</source>
        <translation>{hours} ч</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/language.py" line="115"/>
        <source>{days} days</source>
        <translation>{days} дн.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/language.py" line="139"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
</context>
<context>
    <name>RequestCard</name>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="51"/>
        <source>Hand the card to every patient alike. Asking only the patients you expect to be happy (“review gating”) is against the rules of Google, Yelp, Trustpilot and the other platforms, and they may remove your reviews for it.</source>
        <translation>Вручайте карточку всем пациентам одинаково. Просить об отзыве только тех, кто, как вы ожидаете, доволен («фильтрация отзывов»), запрещено правилами Google, Yelp, Trustpilot и других платформ, и за это они могут удалить ваши отзывы.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="212"/>
        <source>How was your visit?</source>
        <translation>Как прошёл ваш визит?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="213"/>
        <source>Tell us and other patients on {platform}: point your phone&apos;s camera at the code.</source>
        <translation>Расскажите нам и другим пациентам на платформе {platform}: наведите камеру телефона на код.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="219"/>
        <source>Every review helps us improve, whatever it says. Thank you!</source>
        <translation>Каждый отзыв помогает нам стать лучше, каким бы он ни был. Спасибо!</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="223"/>
        <source>Review request card for {platform}</source>
        <translation>Карточка с просьбой об отзыве: {platform}</translation>
    </message>
</context>
<context>
    <name>RequestCardDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="162"/>
        <source>Review-request card</source>
        <translation>Карточка с просьбой об отзыве</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="165"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="170"/>
        <source>Link to the review page</source>
        <translation>Ссылка на страницу отзывов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="173"/>
        <source>Language of the card</source>
        <translation>Язык карточки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="177"/>
        <source>Layout</source>
        <translation>Макет</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="178"/>
        <source>One poster for the desk</source>
        <translation>Один плакат для регистратуры</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="179"/>
        <source>Four cards to cut out</source>
        <translation>Четыре карточки для вырезания</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="186"/>
        <source>Platform:</source>
        <translation>Платформа:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="187"/>
        <source>Review page link:</source>
        <translation>Ссылка на страницу отзывов:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="188"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="189"/>
        <source>Layout:</source>
        <translation>Макет:</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="56"/>
        <source>Selected review</source>
        <translation>Выбранный отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="77"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="87"/>
        <source>Author:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="88"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="89"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="90"/>
        <source>Analysis:</source>
        <translation>Анализ:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="91"/>
        <source>Urgency:</source>
        <translation>Срочность:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="92"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="97"/>
        <source>Review text</source>
        <translation>Текст отзыва</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="104"/>
        <source>Earlier versions and replies</source>
        <translation>Прежние версии и ответы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="107"/>
        <source>Open on the platform</source>
        <translation>Открыть на платформе</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="129"/>
        <source>No review selected</source>
        <translation>Отзыв не выбран</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="147"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="169"/>
        <source>The platform shows only an excerpt here; open it to read it all.</source>
        <translation>Платформа показывает здесь только отрывок; откройте отзыв, чтобы прочитать его полностью.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="172"/>
        <source>The author edited this review; earlier text is below.</source>
        <translation>Автор изменил этот отзыв; прежний текст — ниже.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="174"/>
        <source>This review is no longer on the platform. It is kept here.</source>
        <translation>Этого отзыва больше нет на платформе. Здесь он сохранён.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="178"/>
        <source>(rating only, no text)</source>
        <translation>(только оценка, без текста)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="187"/>
        <source>Translation by the platform:</source>
        <translation>Перевод от платформы:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="190"/>
        <source>The practice&apos;s reply on the platform:</source>
        <translation>Ответ клиники на платформе:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="196"/>
        <source>Earlier version (replaced {date}), {stars}:</source>
        <translation>Прежняя версия (заменена {date}), {stars}:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="42"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="49"/>
        <source>e.g. Anna Nowak, practice manager</source>
        <translation>например, Анна Новак, администратор клиники</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="52"/>
        <source>Languages the practice answers in, e.g. en, pl, ru, uk, zh</source>
        <translation>Языки, на которых отвечает клиника, например en, pl, ru, uk, zh</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="55"/>
        <source>Practice name:</source>
        <translation>Название клиники:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="56"/>
        <source>Phone for replies:</source>
        <translation>Телефон для ответов:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="57"/>
        <source>E-mail for replies:</source>
        <translation>Эл. почта для ответов:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="58"/>
        <source>Replies signed by:</source>
        <translation>Подпись под ответами:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="59"/>
        <source>Reply languages:</source>
        <translation>Языки ответов:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="65"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="74"/>
        <source>Alert when negative reviews in a day or week exceed the usual rate this many times</source>
        <translation>Оповещать, когда отрицательных отзывов за день или неделю во столько раз больше обычного</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="81"/>
        <source>Aim to answer within:</source>
        <translation>Желательно ответить в течение:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="82"/>
        <source>Answer at the latest within:</source>
        <translation>Ответить не позднее чем через:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="83"/>
        <source>Check for new reviews every:</source>
        <translation>Проверять новые отзывы каждые:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="84"/>
        <source>Spike alert threshold:</source>
        <translation>Порог оповещения о всплеске:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="85"/>
        <source>Urgent review alert from urgency:</source>
        <translation>Оповещать о срочном отзыве при срочности от:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="88"/>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="94"/>
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="94"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="94"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="99"/>
        <source>Language of clinicrep:</source>
        <translation>Язык clinicrep:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="100"/>
        <source>Colours:</source>
        <translation>Цветовая схема:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="111"/>
        <source>The practice</source>
        <translation>Клиника</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="112"/>
        <source>Answer times, checks and alerts</source>
        <translation>Сроки ответа, проверки и оповещения</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="113"/>
        <source>Language and look</source>
        <translation>Язык и оформление</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="133"/>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>The reply guard applies this country&apos;s confidentiality rules and cites its law.</source>
        <translation>Проверка ответов применяет правила конфиденциальности этой страны и ссылается на её закон.</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>США</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Великобритания</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польша</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>Другая страна</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="82"/>
        <source>Connect a platform</source>
        <translation>Подключение платформы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="82"/>
        <source>Edit</source>
        <translation>Изменение источника</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="86"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="95"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="97"/>
        <source>Language of the reviews</source>
        <translation>Язык отзывов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="111"/>
        <source>Platform:</source>
        <translation>Платформа:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="112"/>
        <source>Name shown in clinicrep:</source>
        <translation>Название в clinicrep:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="113"/>
        <source>Language of the reviews:</source>
        <translation>Язык отзывов:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="140"/>
        <source>Replies cannot be posted from clinicrep here: it copies the reply and opens the review&apos;s page.</source>
        <translation>Здесь clinicrep не может публиковать ответы: программа скопирует ответ и откроет страницу отзыва.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="161"/>
        <source>(kept; type to replace)</source>
        <translation>(сохранено; введите, чтобы заменить)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="184"/>
        <source>Please fill in: {fields}</source>
        <translation>Заполните: {fields}</translation>
    </message>
</context>
<context>
    <name>SourceKinds</name>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="86"/>
        <source>Google Business Profile</source>
        <translation>Профиль компании в Google</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="110"/>
        <source>Needs your own Google Cloud project approved for the Business Profile APIs.</source>
        <translation>Нужен собственный проект Google Cloud с одобренным доступом к Business Profile API.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="120"/>
        <source>Facebook Page recommendations</source>
        <translation>Рекомендации страницы Facebook</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="138"/>
        <source>Facebook is retiring access to Page recommendations; it works with Graph API v21.0 for now and may stop without notice.</source>
        <translation>Facebook прекращает доступ к рекомендациям страниц; пока это работает с Graph API v21.0, но может перестать работать без предупреждения.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="149"/>
        <source>Yelp</source>
        <translation>Yelp</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="171"/>
        <source>Yelp shows at most three review excerpts and has no reply API: answer on Yelp.</source>
        <translation>Yelp показывает не более трёх отрывков отзывов и не даёт API для ответов: отвечайте на сайте Yelp.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="181"/>
        <source>Trustpilot</source>
        <translation>Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="208"/>
        <source>Reviews saved in a file (CSV)</source>
        <translation>Отзывы, сохранённые в файле (CSV)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="217"/>
        <source>For ZnanyLekarz, 2GIS, ProDoctorov, Dianping, RateMDs and other sites without an API: save or export the reviews as a table and import the file.</source>
        <translation>Для ZnanyLekarz, 2GIS, ProDoctorov, Dianping, RateMDs и других сайтов без API: сохраните или экспортируйте отзывы в таблицу и импортируйте файл.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="228"/>
        <source>Offline feedback</source>
        <translation>Офлайн-отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="235"/>
        <source>Demo reviews</source>
        <translation>Демо-отзывы</translation>
    </message>
</context>
<context>
    <name>SourceSettings</name>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="90"/>
        <source>OAuth client secret</source>
        <translation>Секрет клиента OAuth</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="93"/>
        <source>Google sign-in</source>
        <translation>Вход в Google</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="97"/>
        <source>OAuth client ID</source>
        <translation>ID клиента OAuth</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="100"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="103"/>
        <source>Location</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="106"/>
        <source>Place ID</source>
        <translation>ID места (Place ID)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="124"/>
        <source>Page access token</source>
        <translation>Токен доступа к странице</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="128"/>
        <source>Page ID</source>
        <translation>ID страницы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="131"/>
        <source>Graph API version</source>
        <translation>Версия Graph API</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="152"/>
        <source>Yelp Fusion API key</source>
        <translation>Ключ Yelp Fusion API</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="156"/>
        <source>Business ID or alias</source>
        <translation>ID или псевдоним компании</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="160"/>
        <source>Business time zone</source>
        <translation>Часовой пояс компании</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="166"/>
        <source>Locale, e.g. en_US</source>
        <translation>Локаль, например en_US</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="184"/>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="185"/>
        <source>API secret</source>
        <translation>Секрет API</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="187"/>
        <source>Trustpilot sign-in</source>
        <translation>Вход в Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="192"/>
        <source>Business unit ID</source>
        <translation>ID бизнес-единицы (Business unit ID)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="196"/>
        <source>Business user ID (replies)</source>
        <translation>ID бизнес-пользователя (для ответов)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="200"/>
        <location filename="../../src/clinicrep/sources/registry.py" line="213"/>
        <source>Review page</source>
        <translation>Страница отзывов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="211"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="61"/>
        <source>No secure storage</source>
        <translation>Нет защищённого хранилища</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="64"/>
        <source>Keep this sign-in until clinicrep closes? It is never written to disk.</source>
        <translation>Сохранить этот вход до закрытия clinicrep? Он никогда не записывается на диск.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="228"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="233"/>
        <source>Connected sources</source>
        <translation>Подключённые источники</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="235"/>
        <source>Connect a platform…</source>
        <translation>Подключить платформу…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="237"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="239"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="241"/>
        <source>Sign in…</source>
        <translation>Войти…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="243"/>
        <source>Let clinicrep read and answer this source&apos;s reviews (Google, Trustpilot)</source>
        <translation>Разрешить clinicrep читать отзывы этого источника и отвечать на них (Google, Trustpilot)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="246"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="271"/>
        <source>Last checked {when}</source>
        <translation>Последняя проверка: {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="275"/>
        <source>Not checked yet</source>
        <translation>Ещё не проверялся</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="310"/>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="316"/>
        <source>Sign in to Trustpilot</source>
        <translation>Вход в Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="310"/>
        <source>Trustpilot Business e-mail:</source>
        <translation>Эл. почта Trustpilot Business:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="317"/>
        <source>Password (used once, not stored):</source>
        <translation>Пароль (используется один раз, не сохраняется):</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="333"/>
        <source>Signed in. Replies can now be published.</source>
        <translation>Вход выполнен. Теперь можно публиковать ответы.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="350"/>
        <source>Select a Google source first.</source>
        <translation>Сначала выберите источник Google.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="387"/>
        <source>Signed in, but this Google account manages no business location.</source>
        <translation>Вход выполнен, но эта учётная запись Google не управляет ни одним филиалом.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="394"/>
        <source>Choose the location</source>
        <translation>Выбор филиала</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="394"/>
        <source>Location:</source>
        <translation>Филиал:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="414"/>
        <source>Remove source</source>
        <translation>Удаление источника</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="416"/>
        <source>Remove {name} and the reviews fetched from it? The reviews stay on the platform; only clinicrep&apos;s copy and its sign-in are removed.</source>
        <translation>Удалить «{name}» и полученные из него отзывы? На платформе отзывы останутся; удаляются только их копия в clinicrep и данные для входа.</translation>
    </message>
</context>
<context>
    <name>StoreRecovery</name>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="45"/>
        <source>The database file: {path}</source>
        <translation>Файл базы данных: {path}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="53"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="58"/>
        <source>Restore a backup…</source>
        <translation>Восстановить из копии…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="62"/>
        <source>Choose another folder…</source>
        <translation>Выбрать другую папку…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="66"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="87"/>
        <source>Daily copy of {day}</source>
        <translation>Ежедневная копия от {day}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="89"/>
        <source>Copy made before an update, {when}</source>
        <translation>Копия перед обновлением, {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="92"/>
        <source>Copy made before a restore, {when}</source>
        <translation>Копия перед восстановлением, {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="104"/>
        <source>No backup copies were found in {folder}. Choose another folder instead, or copy a backup file there.</source>
        <translation>В папке {folder} не найдено резервных копий. Выберите другую папку или скопируйте туда файл резервной копии.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="117"/>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="118"/>
        <source>Choose the copy to restore. The data there now is kept as a copy first.</source>
        <translation>Выберите копию для восстановления. Текущие данные сначала будут сохранены в отдельную копию.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="140"/>
        <source>That copy was not restored; nothing was changed. {reason}</source>
        <translation>Эта копия не восстановлена; ничего не изменено. {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="152"/>
        <source>Choose a folder for clinicrep&apos;s data</source>
        <translation>Выберите папку для данных clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="161"/>
        <source>clinicrep uses {folder} until it is closed. To use this folder every time, start clinicrep with --data-dir &quot;{folder}&quot;, or set the environment variable CLINICREP_DATA_DIR to it.</source>
        <translation>До закрытия clinicrep использует папку {folder}. Чтобы использовать её всегда, запускайте clinicrep с параметром --data-dir "{folder}" или укажите эту папку в переменной окружения CLINICREP_DATA_DIR.</translation>
    </message>
</context>
<context>
    <name>SyncCli</name>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="279"/>
        <source>{source}: {n} of about {total} reviews read</source>
        <translation>{source}: прочитано отзывов: {n} (всего около {total})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="283"/>
        <source>{source}: {n} reviews read</source>
        <translation>{source}: прочитано отзывов: {n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="302"/>
        <source>Stopped. What was already fetched is kept.</source>
        <translation>Остановлено. Уже полученное сохранено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="308"/>
        <source>No source is called “{name}”. Check the name in Sources.</source>
        <translation>Нет источника с названием «{name}». Проверьте название в разделе «Источники».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="320"/>
        <source>{source}: {message}</source>
        <translation>{source}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="327"/>
        <source>{source}: {new} new, {changed} changed</source>
        <translation>{source}: новых — {new}, изменённых — {changed}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="332"/>
        <source>No sources to sync. Add one in Sources.</source>
        <translation>Нет источников для синхронизации. Добавьте источник в разделе «Источники».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="73"/>
        <source>Another check is running right now; this one was skipped.</source>
        <translation>Сейчас уже идёт другая проверка; эта пропущена.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="47"/>
        <source>Reply templates</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="53"/>
        <source>Language of the templates</source>
        <translation>Язык шаблонов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="58"/>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="62"/>
        <source>Template name</source>
        <translation>Название шаблона</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="64"/>
        <source>Kind of review</source>
        <translation>Вид отзыва</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="68"/>
        <source>Template text</source>
        <translation>Текст шаблона</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="72"/>
        <source>Placeholders: {greeting} {first_name} {practice_name} {contact} {contact_phone} {contact_email} {signer}</source>
        <translation>Подстановки: {greeting} {first_name} {practice_name} {contact} {contact_phone} {contact_email} {signer}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="84"/>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="86"/>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="176"/>
        <source>New template</source>
        <translation>Новый шаблон</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="88"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="90"/>
        <source>Restore the defaults</source>
        <translation>Вернуть стандартные</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="95"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="96"/>
        <source>For:</source>
        <translation>Для отзывов:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="129"/>
        <source>(edited)</source>
        <translation>(изменён)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="188"/>
        <source>Delete the template “{name}”?</source>
        <translation>Удалить шаблон «{name}»?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="199"/>
        <source>Restore the original templates in this language? Your edits to them are undone; templates you added yourself stay.</source>
        <translation>Вернуть исходные шаблоны на этом языке? Ваши правки в них будут отменены; шаблоны, которые вы добавили сами, останутся.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="144"/>
        <source>clinicrep is not checking for reviews</source>
        <translation>clinicrep не проверяет отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="157"/>
        <source>clinicrep alert</source>
        <translation>Оповещение clinicrep</translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="141"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="146"/>
        <source>{stars}★</source>
        <translation>{stars}★</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="148"/>
        <source>mentions “{word}” (legal action)</source>
        <translation>упоминает «{word}» (угроза суда)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="149"/>
        <source>mentions “{word}” (possible harm)</source>
        <translation>упоминает «{word}» (возможный вред здоровью)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="150"/>
        <source>mentions “{word}” (a regulator)</source>
        <translation>упоминает «{word}» (надзорный орган)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="151"/>
        <source>mentions “{word}” (the press or social media)</source>
        <translation>упоминает «{word}» (пресса или соцсети)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="154"/>
        <source>may spread false medical information (“{word}”)</source>
        <translation>может распространять ложную медицинскую информацию («{word}»)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="157"/>
        <source>angry tone</source>
        <translation>гневный тон</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="158"/>
        <source>negative text</source>
        <translation>негативный текст</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="159"/>
        <source>a complaint inside a good review</source>
        <translation>жалоба внутри хорошего отзыва</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="160"/>
        <source>does not recommend</source>
        <translation>не рекомендует</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="161"/>
        <source>many negative reviews at once</source>
        <translation>много отрицательных отзывов сразу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="227"/>
        <source>{count} negative reviews in the last 24 hours (usually {usual:.1f}).</source>
        <translation>Отрицательных отзывов за последние 24 часа: {count} (обычно {usual:.1f}).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="231"/>
        <source>{count} negative reviews in the last 7 days (usually {usual:.1f}).</source>
        <translation>Отрицательных отзывов за последние 7 дней: {count} (обычно {usual:.1f}).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="239"/>
        <source>An urgent review (urgency {urgency}): {reason}.</source>
        <translation>Срочный отзыв (срочность {urgency}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="242"/>
        <source>An urgent review (urgency {urgency}).</source>
        <translation>Срочный отзыв (срочность {urgency}).</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="27"/>
        <source>Welcome to clinicrep</source>
        <translation>Добро пожаловать в clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="31"/>
        <source>Bring every review of your practice into one inbox. Start by connecting a platform, or import reviews you saved from a website. Your data stays on this computer.</source>
        <translation>Соберите все отзывы о вашей клинике в одном месте. Для начала подключите платформу или импортируйте отзывы, сохранённые с сайта. Ваши данные хранятся только на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="37"/>
        <source>Connect a platform…</source>
        <translation>Подключить платформу…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="39"/>
        <source>Import a file…</source>
        <translation>Импортировать файл…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="42"/>
        <source>Try the demo (made-up reviews, in a separate window)</source>
        <translation>Попробовать демо (вымышленные отзывы, в отдельном окне)</translation>
    </message>
</context>
<context>
    <name>GuardLaw</name>
    <message>
        <source>FTC rule on consumer reviews (16 CFR 465); platform rules</source>
        <translation>Правило FTC об отзывах потребителей (16 CFR 465); правила площадок</translation>
    </message>
    <message>
        <source>Digital Markets, Competition and Consumers Act 2024; platform rules</source>
        <translation>Закон о цифровых рынках, конкуренции и потребителях 2024 г. (Великобритания); правила площадок</translation>
    </message>
    <message>
        <source>Federal Law 38-FZ on advertising; platform rules</source>
        <translation>Федеральный закон № 38-ФЗ «О рекламе»; правила площадок</translation>
    </message>
    <message>
        <source>Law of Ukraine on consumer rights protection; platform rules</source>
        <translation>Закон Украины «О защите прав потребителей»; правила площадок</translation>
    </message>
    <message>
        <source>Act on counteracting unfair market practices; platform rules</source>
        <translation>Закон Польши о противодействии недобросовестным рыночным практикам; правила площадок</translation>
    </message>
    <message>
        <source>Anti-Unfair Competition Law; E-Commerce Law art. 17</source>
        <translation>Закон КНР о борьбе с недобросовестной конкуренцией; Закон об электронной торговле, ст. 17</translation>
    </message>
    <message>
        <source>Review platforms&apos; rules (Google, Yelp and others)</source>
        <translation>Правила площадок отзывов (Google, Yelp и другие)</translation>
    </message>
    <message>
        <source>HIPAA Privacy Rule (45 CFR 164.502)</source>
        <translation>Правило конфиденциальности HIPAA (45 CFR 164.502)</translation>
    </message>
    <message>
        <source>UK GDPR art. 9; GMC guidance on confidentiality</source>
        <translation>UK GDPR, ст. 9; руководство GMC о конфиденциальности</translation>
    </message>
    <message>
        <source>Federal Law 323-FZ, art. 13 (medical secrecy)</source>
        <translation>Федеральный закон № 323-ФЗ, ст. 13 (врачебная тайна)</translation>
    </message>
    <message>
        <source>Fundamentals of the legislation of Ukraine on health care, art. 40</source>
        <translation>Основы законодательства Украины о здравоохранении, ст. 40 (врачебная тайна)</translation>
    </message>
    <message>
        <source>Act on patient rights, art. 13-14 (medical secrecy)</source>
        <translation>Закон Польши о правах пациента, ст. 13–14 (врачебная тайна)</translation>
    </message>
    <message>
        <source>Physicians Law art. 56; Personal Information Protection Law</source>
        <translation>Закон КНР о врачах, ст. 56; Закон о защите персональной информации</translation>
    </message>
    <message>
        <source>Medical confidentiality and data protection law</source>
        <translation>Законы о врачебной тайне и защите данных</translation>
    </message>
</context>
</TS>
