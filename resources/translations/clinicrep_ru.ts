<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="76"/>
        <source>Alert</source>
        <translation>Оповещение</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="81"/>
        <source>Show review</source>
        <translation>Показать отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="83"/>
        <source>Acknowledge</source>
        <translation>Принять к сведению</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="84"/>
        <source>Mark this alert as seen; it will not come back</source>
        <translation>Отметить оповещение как просмотренное; оно больше не появится</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/alerts.py" line="103"/>
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
    <name>AspectChart</name>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chart.py" line="30"/>
        <source>Aspect shown in the chart</source>
        <translation>Аспект на графике</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chart.py" line="31"/>
        <location filename="../../src/clinicrep/ui/aspect_chart.py" line="61"/>
        <source>All aspects</source>
        <translation>Все аспекты</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chart.py" line="35"/>
        <source>Praise and complaints by aspect, per month</source>
        <translation>Похвала и жалобы по аспектам, по месяцам</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chart.py" line="38"/>
        <source>Aspect:</source>
        <translation>Аспект:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chart.py" line="66"/>
        <source>{month}: {aspect} praised in {praise}, blamed in {complaints}</source>
        <translation>{month}: {aspect} — похвала в {praise}, жалобы в {complaints}</translation>
    </message>
</context>
<context>
    <name>AspectChips</name>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="30"/>
        <source>What the review praises and blames</source>
        <translation>Что отзыв хвалит и за что ругает</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="40"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="41"/>
        <source>Name something the review praises or blames</source>
        <translation>Указать, что отзыв хвалит или за что ругает</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="43"/>
        <source>No praise or complaint found</source>
        <translation>Ни похвалы, ни жалоб не найдено</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="71"/>
        <source>Sentiment: {name} (corrected)</source>
        <translation>Тональность: {name} (исправлено)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="73"/>
        <source>Sentiment: {name}</source>
        <translation>Тональность: {name}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="75"/>
        <source>Click to correct the sentiment</source>
        <translation>Нажмите, чтобы исправить тональность</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="94"/>
        <source>{aspect}: praise</source>
        <translation>{aspect}: похвала</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="95"/>
        <source>{aspect}: complaint</source>
        <translation>{aspect}: жалоба</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="99"/>
        <source>Set by you. Click to change it.</source>
        <translation>Задано вами. Нажмите, чтобы изменить.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="100"/>
        <source>Read from: “{words}”. Click to correct it.</source>
        <translation>Прочитано в словах: «{words}». Нажмите, чтобы исправить.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="120"/>
        <source>Praise</source>
        <translation>Похвала</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="121"/>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="124"/>
        <source>Not about this</source>
        <translation>Отзыв не об этом</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="148"/>
        <source>Period shown in the charts</source>
        <translation>Период на графиках</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="150"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="151"/>
        <source>Last 3 months</source>
        <translation>Последние 3 месяца</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="152"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="153"/>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="162"/>
        <source>Average rating (line) and number of reviews (bars)</source>
        <translation>Средняя оценка (линия) и число отзывов (столбцы)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="163"/>
        <source>Reviews per platform</source>
        <translation>Отзывы по платформам</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="164"/>
        <source>Sentiment share</source>
        <translation>Доли по тональности</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="165"/>
        <source>Top complaint topics</source>
        <translation>Частые темы жалоб</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="166"/>
        <source>Top praise topics</source>
        <translation>Частые темы похвалы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="167"/>
        <source>Median hours to answer</source>
        <translation>Медиана времени ответа, ч</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="177"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="223"/>
        <source>{period}: {avg} average from {n} reviews</source>
        <translation>{period}: средняя оценка {avg}, отзывов: {n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="249"/>
        <source>{period}: {pos} positive, {mix} mixed, {neu} neutral, {neg} negative</source>
        <translation>{period}: положительных {pos}, смешанных {mix}, нейтральных {neu}, отрицательных {neg}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="260"/>
        <source>{period}: median {hours} h; {d1} within 24 h, {d2} within 48 h</source>
        <translation>{period}: медиана {hours} ч; за 24 ч — {d1}, за 48 ч — {d2}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="273"/>
        <source>{platform}: {n} reviews</source>
        <translation>{platform} — отзывов: {n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="284"/>
        <source>{topic}: {n} reviews</source>
        <translation>{topic} — отзывов: {n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="293"/>
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
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="64"/>
        <source>Praise or complaint</source>
        <translation>Похвала или жалоба</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="66"/>
        <source>Any praise or complaint</source>
        <translation>Любая похвала или жалоба</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="70"/>
        <source>{aspect}: praise</source>
        <translation>{aspect}: похвала</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="73"/>
        <source>{aspect}: complaint</source>
        <translation>{aspect}: жалоба</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="76"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="78"/>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="79"/>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="80"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="81"/>
        <source>Last 3 months</source>
        <translation>Последние 3 месяца</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="82"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="88"/>
        <source>Search reviews (Ctrl+F)</source>
        <translation>Поиск по отзывам (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="89"/>
        <source>Search reviews</source>
        <translation>Поиск по отзывам</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="101"/>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="102"/>
        <source>Clear the chart filter</source>
        <translation>Сбросить фильтр графика</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="156"/>
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
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="138"/>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="149"/>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="233"/>
        <source>Import reviews</source>
        <translation>Импорт отзывов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="140"/>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Таблицы (*.csv *.tsv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="182"/>
        <source>Importing reviews…</source>
        <translation>Импорт отзывов…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="183"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="211"/>
        <source>Line {line}: {reason}</source>
        <translation>Строка {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="218"/>
        <source>… and {n} more.</source>
        <translation>… и ещё {n}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="223"/>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
</context>
<context>
    <name>ImportOnly</name>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="327"/>
        <source>No API: paste reviews from the page, import a saved file, or add reviews by hand.</source>
        <translation>Нет API: вставьте отзывы со страницы, импортируйте сохранённый файл или добавьте отзывы вручную.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="338"/>
        <source>Open your profile on ZnanyLekarz (or Doctoralia) in the browser and go to the patients&apos; opinions. Click “Show more” until the opinions you want are listed, select them from the first author&apos;s name to the end of the last opinion, copy (Ctrl+C) and choose “Paste reviews”. The doctor&apos;s answers come along as the practice&apos;s replies.</source>
        <translation>Откройте свой профиль на ZnanyLekarz (или Doctoralia) в браузере и перейдите к отзывам пациентов. Нажимайте «Показать ещё», пока не появятся нужные отзывы, выделите их от имени первого автора до конца последнего отзыва, скопируйте (Ctrl+C) и выберите «Вставить отзывы». Ответы врача попадут в clinicrep как ответы практики.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="352"/>
        <source>Open the doctor&apos;s or the clinic&apos;s page on ProDoctorov and its reviews tab. Load the reviews you want, select them together with the authors and dates, copy (Ctrl+C) and choose “Paste reviews”.</source>
        <translation>Откройте страницу врача или клиники на ПроДокторов и вкладку отзывов. Загрузите нужные отзывы, выделите их вместе с авторами и датами, скопируйте (Ctrl+C) и выберите «Вставить отзывы».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="364"/>
        <source>Open the organisation&apos;s card on Yandex Maps, its reviews tab, and sort by date. Scroll until the reviews you want have loaded, select them from the first author to the last review, copy (Ctrl+C) and choose “Paste reviews”. A file saved by a review-export tool (CSV, JSON) goes in with “Import a file”.</source>
        <translation>Откройте карточку организации в Яндекс Картах, вкладку «Отзывы», и отсортируйте по дате. Прокрутите, пока не загрузятся нужные отзывы, выделите их от первого автора до последнего отзыва, скопируйте (Ctrl+C) и выберите «Вставить отзывы». Файл, сохранённый программой выгрузки отзывов (CSV, JSON), загружается через «Импорт из файла».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="377"/>
        <source>Open the clinic&apos;s card in 2GIS in the browser, its reviews tab. Scroll until the reviews you want are shown, select them, copy (Ctrl+C) and choose “Paste reviews”. 2GIS draws the stars as pictures: check the ratings in the grid before adding.</source>
        <translation>Откройте карточку клиники в 2ГИС в браузере, вкладку «Отзывы». Прокрутите, пока не появятся нужные отзывы, выделите их, скопируйте (Ctrl+C) и выберите «Вставить отзывы». 2ГИС рисует звёзды картинками: проверьте оценки в таблице перед добавлением.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="390"/>
        <source>Open the doctor&apos;s or the clinic&apos;s page on Doc.ua and scroll to the reviews. Show all you want, select them with their authors and dates, copy (Ctrl+C) and choose “Paste reviews”.</source>
        <translation>Откройте страницу врача или клиники на Doc.ua и прокрутите до отзывов. Покажите все нужные, выделите их с авторами и датами, скопируйте (Ctrl+C) и выберите «Вставить отзывы».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="402"/>
        <source>Open the doctor&apos;s page on Helsi and its reviews. Select the reviews with their authors and dates, copy (Ctrl+C) and choose “Paste reviews”.</source>
        <translation>Откройте страницу врача на Helsi и его отзывы. Выделите отзывы с авторами и датами, скопируйте (Ctrl+C) и выберите «Вставить отзывы».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="413"/>
        <source>Open the shop&apos;s page on dianping.com in a browser where you are signed in, and its reviews. Select the reviews, copy (Ctrl+C) and choose “Paste reviews”; the shop&apos;s replies come along. Reviews a tool saved to a file (CSV, JSON) go in with “Import a file”.</source>
        <translation>Откройте страницу заведения на dianping.com в браузере, где вы вошли в аккаунт, и его отзывы. Выделите отзывы, скопируйте (Ctrl+C) и выберите «Вставить отзывы»; ответы заведения попадут вместе с ними. Отзывы, сохранённые программой в файл (CSV, JSON), загружаются через «Импорт из файла».</translation>
    </message>
</context>
<context>
    <name>ImportOnlyPanel</name>
    <message>
        <location filename="../../src/clinicrep/ui/import_only_panel.py" line="28"/>
        <source>&amp;Paste reviews…</source>
        <translation>&amp;Вставить отзывы…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_only_panel.py" line="30"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Импорт из файла…</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="424"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="425"/>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="426"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="427"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="428"/>
        <source>Review</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="429"/>
        <source>Sentiment</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="430"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="431"/>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="432"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="433"/>
        <source>Time left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="476"/>
        <source>[edited] </source>
        <translation>[изменён] </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="478"/>
        <source>[removed on platform] </source>
        <translation>[удалён на платформе] </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="480"/>
        <source>(rating only)</source>
        <translation>(только оценка)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="503"/>
        <source>%n h left</source>
        <translation>
            <numerusform>осталось %n ч</numerusform>
            <numerusform>осталось %n ч</numerusform>
            <numerusform>осталось %n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="504"/>
        <source>%n min left</source>
        <translation>
            <numerusform>осталось %n мин</numerusform>
            <numerusform>осталось %n мин</numerusform>
            <numerusform>осталось %n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="507"/>
        <source>overdue %n d</source>
        <translation>
            <numerusform>просрочка %n дн.</numerusform>
            <numerusform>просрочка %n дн.</numerusform>
            <numerusform>просрочка %n дн.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="508"/>
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
        <location filename="../../src/clinicrep/labels.py" line="26"/>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="27"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="28"/>
        <source>Answered</source>
        <translation>Отвечен</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="29"/>
        <source>Escalated</source>
        <translation>У владельца</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="30"/>
        <source>Dismissed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="45"/>
        <source>Dianping</source>
        <translation>Dianping</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="50"/>
        <source>Other site</source>
        <translation>Другой сайт</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="51"/>
        <source>Offline feedback</source>
        <translation>Офлайн-отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="57"/>
        <source>Positive</source>
        <translation>Положительная</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="58"/>
        <source>Neutral</source>
        <translation>Нейтральная</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="59"/>
        <source>Negative</source>
        <translation>Отрицательная</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="60"/>
        <source>Mixed</source>
        <translation>Смешанный</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="67"/>
        <source>Doctor</source>
        <translation>Врач</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="68"/>
        <source>Nurses</source>
        <translation>Медсёстры</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="69"/>
        <source>Reception and staff</source>
        <translation>Регистратура и персонал</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="70"/>
        <location filename="../../src/clinicrep/labels.py" line="82"/>
        <source>Waiting time</source>
        <translation>Время ожидания</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="71"/>
        <source>Appointments</source>
        <translation>Запись на приём</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="72"/>
        <source>Prices and billing</source>
        <translation>Цены и оплата</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="73"/>
        <source>Premises and cleanliness</source>
        <translation>Помещения и чистота</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="74"/>
        <source>Explanations</source>
        <translation>Объяснения</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="75"/>
        <source>Treatment result</source>
        <translation>Результат лечения</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="76"/>
        <source>Parking and location</source>
        <translation>Парковка и расположение</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="83"/>
        <source>Staff attitude</source>
        <translation>Отношение персонала</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="84"/>
        <source>Reception and phone</source>
        <translation>Регистратура и телефон</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="85"/>
        <source>Doctor and outcome</source>
        <translation>Врач и результат лечения</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="86"/>
        <source>Communication</source>
        <translation>Общение</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="87"/>
        <source>Billing and prices</source>
        <translation>Счета и цены</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="88"/>
        <source>Scheduling</source>
        <translation>Запись на приём</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="89"/>
        <source>Cleanliness and facilities</source>
        <translation>Чистота и помещения</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="90"/>
        <source>Parking and access</source>
        <translation>Парковка и доступность</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="91"/>
        <source>Food</source>
        <translation>Питание</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="92"/>
        <source>Praise of a person</source>
        <translation>Похвала сотруднику</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="98"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="99"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="100"/>
        <source>Ukrainian</source>
        <translation>Украинский</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="101"/>
        <source>Polish</source>
        <translation>Польский</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="102"/>
        <location filename="../../src/clinicrep/labels.py" line="103"/>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="104"/>
        <source>Other language</source>
        <translation>Другой язык</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="46"/>
        <source>Yandex Maps</source>
        <translation>Яндекс Карты</translation>
    </message>
</context>
<context>
    <name>LearningBox</name>
    <message>
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="40"/>
        <source>Learning from your corrections</source>
        <translation>Обучение на ваших исправлениях</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="47"/>
        <source>Use what was learned from your corrections and stars</source>
        <translation>Использовать выученное на ваших исправлениях и звёздах</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="49"/>
        <source>Learn now</source>
        <translation>Обучить сейчас</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="51"/>
        <source>Learn from your corrections and starred reviews, then analyse all again</source>
        <translation>Обучиться на ваших исправлениях и отзывах со звёздами, затем заново проанализировать все отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="53"/>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="54"/>
        <source>Forget what was learned; your corrections stay</source>
        <translation>Забыть выученное; ваши исправления сохранятся</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="82"/>
        <source>Learned from %n of your reviews.</source>
        <translation>
            <numerusform>Выучено на %n вашем отзыве.</numerusform>
            <numerusform>Выучено на %n ваших отзывах.</numerusform>
            <numerusform>Выучено на %n ваших отзывах.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="86"/>
        <source>Nothing learned yet: it needs at least %n corrected or starred reviews with text in a language, and keeps only what reads them better than the rules.</source>
        <translation>
            <numerusform>Пока ничего не выучено: нужно не меньше %n исправленного или оценённого звёздами отзыва с текстом на одном языке, и сохраняется только то, что читает их лучше правил.</numerusform>
            <numerusform>Пока ничего не выучено: нужно не меньше %n исправленных или оценённых звёздами отзывов с текстом на одном языке, и сохраняется только то, что читает их лучше правил.</numerusform>
            <numerusform>Пока ничего не выучено: нужно не меньше %n исправленных или оценённых звёздами отзывов с текстом на одном языке, и сохраняется только то, что читает их лучше правил.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="96"/>
        <source>Learning, then analysing every review again…</source>
        <translation>Обучение, затем повторный анализ всех отзывов…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="197"/>
        <source>Analysis update progress</source>
        <translation>Ход обновления анализа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="605"/>
        <source>Updating the analysis… %p%</source>
        <translation>Обновление анализа… %p%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="620"/>
        <source>Analysis brought up to date for %n review(s).</source>
        <translation>
            <numerusform>Анализ обновлён для %n отзыва.</numerusform>
            <numerusform>Анализ обновлён для %n отзывов.</numerusform>
            <numerusform>Анализ обновлён для %n отзывов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="91"/>
        <source>clinicrep — demo data</source>
        <translation>clinicrep — демо-данные</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="91"/>
        <source>clinicrep</source>
        <translation>clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="101"/>
        <source>Inbox of reviews</source>
        <translation>Входящие отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="163"/>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="164"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="257"/>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="190"/>
        <source>Sync progress</source>
        <translation>Ход синхронизации</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="300"/>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="309"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="310"/>
        <source>Fetch new reviews from every connected platform (F5)</source>
        <translation>Получить новые отзывы со всех подключённых платформ (F5)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="317"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="318"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="322"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="326"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Импорт из файла…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="334"/>
        <source>Add &amp;offline feedback…</source>
        <translation>Добавить &amp;офлайн-отзыв…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="347"/>
        <source>Review-request &amp;card…</source>
        <translation>&amp;Карточка с просьбой об отзыве…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="339"/>
        <source>&amp;Monthly summary (PDF)…</source>
        <translation>&amp;Ежемесячная сводка (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="343"/>
        <source>E&amp;xport the reviews shown (CSV)…</source>
        <translation>&amp;Экспорт показанных отзывов (CSV)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="350"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="354"/>
        <source>So&amp;urces…</source>
        <translation>Исто&amp;чники…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="358"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="363"/>
        <source>&amp;Review</source>
        <translation>&amp;Отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="366"/>
        <source>Mark as &amp;new</source>
        <translation>Пометить как &amp;новый</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="367"/>
        <source>Mark as &amp;in progress</source>
        <translation>Пометить как «в &amp;работе»</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="368"/>
        <source>Mark as &amp;answered</source>
        <translation>Пометить как &amp;отвеченный</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="369"/>
        <source>&amp;Escalate to the owner</source>
        <translation>&amp;Передать владельцу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="370"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Закрыть без ответа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="380"/>
        <source>Reply &amp;templates…</source>
        <translation>&amp;Шаблоны ответов…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="384"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="385"/>
        <source>&amp;About clinicrep</source>
        <translation>&amp;О программе clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="468"/>
        <source>Status changed.</source>
        <translation>Статус изменён.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="472"/>
        <source>Correction saved.</source>
        <translation>Исправление сохранено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="476"/>
        <source>Reply published.</source>
        <translation>Ответ опубликован.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="490"/>
        <source>{shown} shown · {new} new · {open} open · {overdue} overdue</source>
        <translation>Показано: {shown} · новых: {new} · открытых: {open} · просроченных: {overdue}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="501"/>
        <source>Checking for reviews…</source>
        <translation>Проверка новых отзывов…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="512"/>
        <source>{source}: {n} reviews</source>
        <translation>{source}: отзывов — {n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="525"/>
        <source>{source}: {message}</source>
        <translation>{source}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="534"/>
        <source>Up to date: {new} new, {edited} edited.</source>
        <translation>Всё актуально: новых — {new}, изменённых — {edited}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="762"/>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="764"/>
        <source>The checks without the window could not be set up on this computer. The window still checks while it is open. Details: {details}</source>
        <translation>Не удалось настроить на этом компьютере проверки без открытого окна. Пока окно открыто, проверки продолжаются. Подробности: {details}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="787"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="789"/>
        <source>Replace the reviews, drafts and settings with the chosen copy? The data as it is now is kept as a copy first, so this can be undone.</source>
        <translation>Заменить отзывы, черновики и настройки данными из выбранной копии? Текущие данные сначала будут сохранены в отдельную копию, так что это можно отменить.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="799"/>
        <source>About clinicrep</source>
        <translation>О программе clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="801"/>
        <source>clinicrep {version}

Reviews of your practice from every platform, answered well and in time. Your data stays on this computer.</source>
        <translation>clinicrep {version}

Отзывы о вашей клинике со всех платформ — с грамотными и своевременными ответами. Ваши данные хранятся только на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="330"/>
        <source>&amp;Paste reviews…</source>
        <translation>&amp;Вставить отзывы…</translation>
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
        <location filename="../../src/clinicrep/messages.py" line="104"/>
        <source>The platform is not available right now. clinicrep will try again at the next check.</source>
        <translation>Платформа сейчас недоступна. clinicrep повторит попытку при следующей проверке.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="99"/>
        <source>The platform reported an error on its side (HTTP {status}). clinicrep will try again at the next check.</source>
        <translation>На стороне платформы произошла ошибка (HTTP {status}). clinicrep повторит попытку при следующей проверке.</translation>
    </message>
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
        <location filename="../../src/clinicrep/messages.py" line="93"/>
        <source>The platform did not answer in time. clinicrep will try again at the next check.</source>
        <translation>Платформа не ответила вовремя. clinicrep повторит попытку при следующей проверке.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="109"/>
        <source>The platform sent an answer clinicrep cannot read. Try again later; if it persists, send the details to support.</source>
        <translation>Платформа прислала ответ, который clinicrep не может прочитать. Повторите попытку позже; если ошибка не исчезнет, отправьте подробности в службу поддержки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="115"/>
        <source>The platform has switched off this kind of access. Reviews already fetched are kept; import new ones from a file instead.</source>
        <translation>Платформа отключила этот способ доступа. Уже полученные отзывы сохранены; новые импортируйте из файла.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="121"/>
        <source>This platform does not allow answering through clinicrep. Copy the reply and open the review&apos;s page to post it there.</source>
        <translation>Эта платформа не позволяет отвечать через clinicrep. Скопируйте ответ и откройте страницу отзыва, чтобы опубликовать его там.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="127"/>
        <source>Stopped. What was fetched so far is kept; the next check goes on from there.</source>
        <translation>Остановлено. Уже полученное сохранено; следующая проверка продолжит с этого места.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="132"/>
        <source>The reply is longer than the platform allows ({limit} bytes). Shorten it and publish again.</source>
        <translation>Ответ длиннее, чем допускает платформа (не более {limit} байт). Сократите его и опубликуйте снова.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="138"/>
        <source>Signing in did not finish. Try again, and allow clinicrep access in the browser window that opens.</source>
        <translation>Вход не завершён. Повторите попытку и разрешите clinicrep доступ в открывшемся окне браузера.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="144"/>
        <source>Give the month as year and month, for example 2026-10.</source>
        <translation>Укажите месяц в виде «год-месяц», например 2026-10.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="148"/>
        <source>That does not look like a web link to your review page. Copy the link from the platform (it starts with https://) and try again.</source>
        <translation>Это не похоже на ссылку на страницу ваших отзывов. Скопируйте ссылку с платформы (она начинается с https://) и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="154"/>
        <source>The report could not be saved there. Choose another folder, for example Documents.</source>
        <translation>Не удалось сохранить отчёт в эту папку. Выберите другую, например «Документы».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="159"/>
        <source>Not published: the reply says something a public reply must not (highlighted). Change it, or confirm each passage explicitly.</source>
        <translation>Не опубликовано: в ответе есть то, чего нельзя писать публично (выделено). Измените текст или явно подтвердите каждый фрагмент.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="165"/>
        <source>The reply is empty. Write the reply first.</source>
        <translation>Ответ пуст. Сначала напишите ответ.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="167"/>
        <source>This reply is being sent or its outcome is not known yet. Wait for the next check, then try again.</source>
        <translation>Этот ответ отправляется, или результат отправки ещё неизвестен. Дождитесь следующей проверки и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="173"/>
        <source>The review or page no longer exists on the platform.</source>
        <translation>Отзыв или страница больше не существует на платформе.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="177"/>
        <source>The mail server did not accept the user name or password. Check them in Settings → Monitoring; alerts are kept and sent once it works.</source>
        <translation>Почтовый сервер не принял имя пользователя или пароль. Проверьте их в разделе «Настройки → Мониторинг»; оповещения сохранены и будут отправлены, как только всё заработает.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="183"/>
        <source>The alert e-mail could not be sent. Check the mail server, port and security in Settings → Monitoring; alerts are kept and sent at the next check.</source>
        <translation>Не удалось отправить письмо с оповещением. Проверьте почтовый сервер, порт и защиту в разделе «Настройки → Мониторинг»; оповещения сохранены и будут отправлены при следующей проверке.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="189"/>
        <source>The file could not be read as a table of reviews. Save it as CSV (UTF-8) and try again.</source>
        <translation>Не удалось прочитать файл как таблицу отзывов. Сохраните его в формате CSV (UTF-8) и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="194"/>
        <source>Something went wrong. Try again; if it persists, send the details to support.</source>
        <translation>Что-то пошло не так. Повторите попытку; если ошибка не исчезнет, отправьте подробности в службу поддержки.</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="149"/>
        <source>{source}: last full check (edits and deletions) {when}</source>
        <translation>{source}: последняя полная проверка (правки и удаления) {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="144"/>
        <source>{source}: no full check yet (edits and deletions are noticed after the first one)</source>
        <translation>{source}: полной проверки ещё не было (правки и удаления станут видны после первой)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="93"/>
        <source>clinicrep has not been able to check for new reviews for more than {hours} hours.</source>
        <translation>Уже более {hours} ч clinicrep не может проверить новые отзывы.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="102"/>
        <source>Not checked yet. Turn on the scheduled checks in Settings, or open clinicrep.</source>
        <translation>Проверок ещё не было. Включите проверки по расписанию в настройках или откройте clinicrep.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="107"/>
        <source>The last check did not finish. Open clinicrep and press Sync now.</source>
        <translation>Последняя проверка не завершилась. Откройте clinicrep и нажмите «Синхронизировать».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="112"/>
        <source>{source}: {reason}</source>
        <translation>{source}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="122"/>
        <source>{source}: no successful check yet</source>
        <translation>{source}: успешных проверок ещё не было</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="126"/>
        <source>{source}: last successful check {when}</source>
        <translation>{source}: последняя успешная проверка — {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="203"/>
        <source>Scheduled check ({mechanism})</source>
        <translation>Проверка по расписанию ({mechanism})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="205"/>
        <source>Start in the tray at login ({mechanism})</source>
        <translation>Запуск в трее при входе в систему ({mechanism})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="217"/>
        <source>Nothing is installed: reviews are checked only while the window is open.</source>
        <translation>Ничего не установлено: отзывы проверяются, только пока открыто окно.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="237"/>
        <source>Last scheduled runs:</source>
        <translation>Последние запуски по расписанию:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="244"/>
        <source>%n e-mail(s) waiting to be sent.</source>
        <translation>Писем в очереди на отправку: %n.</translation>
    </message>
</context>
<context>
    <name>MonitoringBanner</name>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="175"/>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="180"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/alerts.py" line="200"/>
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
        <source>{topic} was named in %n complaints, up from {before}.</source>
        <translation>
            <numerusform>{topic}: жалоб — %n, в прошлом месяце — {before}.</numerusform>
            <numerusform>{topic}: жалоб — %n, в прошлом месяце — {before}.</numerusform>
            <numerusform>{topic}: жалоб — %n, в прошлом месяце — {before}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{aspect} (reviews: %n)</source>
        <translation>
            <numerusform>{aspect} (отзывов: %n)</numerusform>
            <numerusform>{aspect} (отзывов: %n)</numerusform>
            <numerusform>{aspect} (отзывов: %n)</numerusform>
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
        <source>Reviews from earlier months still unanswered at the end of the month: %n.</source>
        <translation>
            <numerusform>Отзывов за прошлые месяцы без ответа на конец месяца: %n.</numerusform>
            <numerusform>Отзывов за прошлые месяцы без ответа на конец месяца: %n.</numerusform>
            <numerusform>Отзывов за прошлые месяцы без ответа на конец месяца: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the month before, %n reviews were received.</source>
        <translation>
            <numerusform>В предыдущем месяце получено отзывов: %n.</numerusform>
            <numerusform>В предыдущем месяце получено отзывов: %n.</numerusform>
            <numerusform>В предыдущем месяце получено отзывов: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="272"/>
        <source>Only {share} of this month&apos;s reviews were answered within 48 hours. Patients and platforms notice quick answers.</source>
        <translation>Только {share} отзывов за этот месяц получили ответ в течение 48 часов. Пациенты и платформы замечают быстрые ответы.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="283"/>
        <source>The average rating fell from {before} to {now}. The complaints below say why.</source>
        <translation>Средняя оценка снизилась с {before} до {now}. Причины — в жалобах ниже.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="296"/>
        <source>Negative reviews rose to {now} of all reviews, from {before}.</source>
        <translation>Доля отрицательных отзывов выросла до {now} (было {before}).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="305"/>
        <source>Alerts of this month not yet acknowledged: %n. Open them in the inbox.</source>
        <translation>Оповещений за этот месяц, ещё не принятых к сведению: %n. Откройте их во входящих.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="313"/>
        <source>Nothing needs special attention this month. Keep answering every review within a day.</source>
        <translation>В этом месяце ничего не требует особого внимания. Продолжайте отвечать на каждый отзыв в течение суток.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="319"/>
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
        <location filename="../../src/clinicrep/reports/pdf.py" line="417"/>
        <source>{name}: {share} ({count})</source>
        <translation>{name}: {share} ({count})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="420"/>
        <source>Not analysed yet</source>
        <translation>Ещё не проанализированы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="427"/>
        <source>Sentiment of the month&apos;s reviews</source>
        <translation>Тональность отзывов за месяц</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="433"/>
        <source>Most praised</source>
        <translation>За что хвалят чаще всего</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="438"/>
        <source>No topics of praise this month.</source>
        <translation>В этом месяце нет тем для похвалы.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="442"/>
        <source>Most complained about</source>
        <translation>На что жалуются чаще всего</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="447"/>
        <source>No topics of complaint this month.</source>
        <translation>В этом месяце нет тем для жалоб.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="451"/>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="465"/>
        <source>What patients praised</source>
        <translation>Что хвалили пациенты</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="466"/>
        <source>Nothing in particular was praised.</source>
        <translation>Ничего конкретного не хвалили.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="470"/>
        <source>What patients complained about</source>
        <translation>На что жаловались пациенты</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="471"/>
        <source>Nothing in particular was blamed.</source>
        <translation>Конкретных жалоб не было.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="502"/>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="509"/>
        <source>(no text, rating only)</source>
        <translation>(без текста, только оценка)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="515"/>
        <source>Our public reply</source>
        <translation>Наш публичный ответ</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="517"/>
        <source>Our public reply, {date}</source>
        <translation>Наш публичный ответ, {date}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="524"/>
        <source>Not answered yet.</source>
        <translation>Ответа пока нет.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="532"/>
        <source>Internal note (not public)</source>
        <translation>Внутренняя заметка (не публикуется)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="534"/>
        <source>Unpublished draft reply (not public)</source>
        <translation>Неопубликованный черновик ответа (не публикуется)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="542"/>
        <source>The month&apos;s most important reviews</source>
        <translation>Главные отзывы месяца</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="546"/>
        <source>Complaints that need attention</source>
        <translation>Жалобы, требующие внимания</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="557"/>
        <source>No negative reviews this month.</source>
        <translation>В этом месяце отрицательных отзывов нет.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="564"/>
        <source>Warm words from patients</source>
        <translation>Добрые слова пациентов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="575"/>
        <source>No positive reviews with text this month.</source>
        <translation>В этом месяце нет положительных отзывов с текстом.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="586"/>
        <source>Spike of negative reviews</source>
        <translation>Всплеск отрицательных отзывов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="588"/>
        <source>Urgent review</source>
        <translation>Срочный отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="589"/>
        <source>Alert</source>
        <translation>Оповещение</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="595"/>
        <source>Acknowledged on {date}.</source>
        <translation>Принято к сведению {date}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="601"/>
        <source>The review was answered on {date}.</source>
        <translation>Ответ на отзыв опубликован {date}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="607"/>
        <source>The review&apos;s status: {status}.</source>
        <translation>Статус отзыва: {status}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="612"/>
        <source>Nothing has been done about it yet.</source>
        <translation>Пока ничего не сделано.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="616"/>
        <source>Alerts and spikes</source>
        <translation>Оповещения и всплески</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="620"/>
        <source>No alerts were raised this month.</source>
        <translation>В этом месяце оповещений не было.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="634"/>
        <source>What was done: {done}</source>
        <translation>Что сделано: {done}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="647"/>
        <source>Things to act on</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="667"/>
        <source>Made on {date}</source>
        <translation>Составлено {date}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="671"/>
        <source>Includes internal notes: not for publication.</source>
        <translation>Содержит внутренние заметки: не для публикации.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="677"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="760"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="784"/>
        <source>Monthly review summary</source>
        <translation>Ежемесячная сводка по отзывам</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="687"/>
        <source>No reviews were received in {month}.</source>
        <translation>{month}: отзывов не поступало.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="722"/>
        <source>The month in figures</source>
        <translation>Месяц в цифрах</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="772"/>
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
    <name>PasteDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="283"/>
        <source>no rating</source>
        <translation>без оценки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="304"/>
        <source>Paste reviews</source>
        <translation>Вставить отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="317"/>
        <source>Website the reviews come from</source>
        <translation>Сайт, с которого отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="321"/>
        <source>Name of the source</source>
        <translation>Название источника</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="324"/>
        <source>Language of the reviews</source>
        <translation>Язык отзывов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="325"/>
        <source>Detect from the text</source>
        <translation>Определить по тексту</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="338"/>
        <source>Reviews found</source>
        <translation>Найденные отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="353"/>
        <source>Text of the selected review</source>
        <translation>Текст выбранного отзыва</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="356"/>
        <source>Practice&apos;s reply to the selected review</source>
        <translation>Ответ практики на выбранный отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="362"/>
        <source>Review text:</source>
        <translation>Текст отзыва:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="363"/>
        <source>Practice&apos;s reply:</source>
        <translation>Ответ практики:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="377"/>
        <source>&amp;Merge with the next</source>
        <translation>&amp;Объединить со следующим</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="379"/>
        <source>One review was read as two: join the selected row and the one below it.</source>
        <translation>Один отзыв прочитан как два: объединить выбранную строку со следующей.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="382"/>
        <source>S&amp;plit at the cursor</source>
        <translation>&amp;Разделить по курсору</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="385"/>
        <source>Two reviews were read as one: put the cursor in the text where the second one starts.</source>
        <translation>Два отзыва прочитаны как один: поставьте курсор в тексте туда, где начинается второй.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="390"/>
        <source>&amp;Delete rows</source>
        <translation>&amp;Удалить строки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="392"/>
        <source>&amp;Add a row</source>
        <translation>&amp;Добавить строку</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="394"/>
        <source>Paste &amp;more</source>
        <translation>Вставить &amp;ещё</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="397"/>
        <source>Copy the next part of the page first: the reviews it holds are added below, each once.</source>
        <translation>Сначала скопируйте следующую часть страницы: её отзывы добавятся ниже, каждый один раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="427"/>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="428"/>
        <source>Source name:</source>
        <translation>Название источника:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="429"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="464"/>
        <source>The clipboard is empty. Select the reviews on the page, copy them (Ctrl+C) and choose “Paste more”.</source>
        <translation>Буфер обмена пуст. Выделите отзывы на странице, скопируйте их (Ctrl+C) и нажмите «Вставить ещё».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="476"/>
        <source>Reading what you copied…</source>
        <translation>Читаем скопированное…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="501"/>
        <source>The clipboard held more than a review page; only its beginning was read.</source>
        <translation>В буфере обмена больше, чем страница отзывов; прочитано только начало.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="515"/>
        <source>The copied text could not be split into reviews; it is kept as one row to split by hand.</source>
        <translation>Скопированный текст не удалось разделить на отзывы; он сохранён одной строкой, разделите её вручную.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="575"/>
        <source>Put the cursor in the review text where the second review starts, then split.</source>
        <translation>Поставьте курсор в тексте отзыва туда, где начинается второй отзыв, и разделите.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="603"/>
        <source>Add the reviews ({n})</source>
        <translation>Добавить отзывы ({n})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="612"/>
        <source>Reviews found: {n}. Check them before they are added: double-click a cell to correct it; nothing is stored until you confirm.</source>
        <translation>Найдено отзывов: {n}. Проверьте их перед добавлением: дважды щёлкните ячейку, чтобы исправить; ничего не сохраняется, пока вы не подтвердите.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="628"/>
        <source>Adding the reviews…</source>
        <translation>Добавляем отзывы…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="648"/>
        <source>The reviews were not added: {reason}</source>
        <translation>Отзывы не добавлены: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="344"/>
        <source>Select all rows</source>
        <translation>Выделить все строки</translation>
    </message>
</context>
<context>
    <name>PasteTableModel</name>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="116"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="117"/>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="118"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="119"/>
        <source>Review text</source>
        <translation>Текст отзыва</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="120"/>
        <source>Practice&apos;s reply</source>
        <translation>Ответ практики</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="136"/>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="152"/>
        <source>No date was found: the review will be dated today. Double-click to enter it.</source>
        <translation>Дата не найдена: отзыв получит сегодняшнюю дату. Дважды щёлкните, чтобы ввести её.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="156"/>
        <source>The page said how long ago, not the date: this date is approximate.</source>
        <translation>На странице было указано, сколько времени прошло, а не дата: эта дата приблизительная.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="189"/>
        <source>“{value}” is not a date clinicrep can read; try 2026-11-23.</source>
        <translation>«{value}» — не дата, которую clinicrep может прочитать; попробуйте 2026-11-23.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="200"/>
        <source>A rating is 1 to 5 stars, or 0 for none.</source>
        <translation>Оценка — от 1 до 5 звёзд или 0, если её нет.</translation>
    </message>
</context>
<context>
    <name>Pasting</name>
    <message>
        <location filename="../../src/clinicrep/pasting.py" line="47"/>
        <source>{name} (pasted)</source>
        <translation>{name} (вставлено)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/pasting.py" line="124"/>
        <source>Nothing new: these reviews were already in {source}.</source>
        <translation>Ничего нового: эти отзывы уже есть в источнике {source}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/pasting.py" line="127"/>
        <source>Reviews added to {source}: {n}.</source>
        <translation>Добавлено отзывов в {source}: {n}.</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="88"/>
        <source>Kind of reply</source>
        <translation>Тип ответа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="92"/>
        <source>Start from the template</source>
        <translation>Начать с шаблона</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="97"/>
        <source>Reply:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="105"/>
        <source>Reply text</source>
        <translation>Текст ответа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="106"/>
        <source>Write the practice&apos;s public reply here.</source>
        <translation>Напишите здесь публичный ответ клиники.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="111"/>
        <source>Confidentiality problems</source>
        <translation>Проблемы конфиденциальности</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="115"/>
        <source>Checklist</source>
        <translation>Контрольный список</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="125"/>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="127"/>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="387"/>
        <source>Post the reply on the platform (Ctrl+Enter)</source>
        <translation>Опубликовать ответ на платформе (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="129"/>
        <source>Publish anyway…</source>
        <translation>Всё равно опубликовать…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="131"/>
        <source>Confirm that each highlighted passage may be published</source>
        <translation>Подтвердите, что каждый выделенный фрагмент можно опубликовать</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="134"/>
        <source>Copy and open page</source>
        <translation>Копировать и открыть</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="136"/>
        <source>Mark answered</source>
        <translation>Отметить отвеченным</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="226"/>
        <source>Published on {date}. Publishing again replaces it.</source>
        <translation>Опубликовано {date}. Повторная публикация заменит этот ответ.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="233"/>
        <source>Sending was interrupted. clinicrep checks the platform at the next sync before anything is sent again.</source>
        <translation>Отправка прервалась. При следующей синхронизации clinicrep проверит платформу, прежде чем отправлять что-либо снова.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="238"/>
        <source>The last attempt to publish failed. You can try again.</source>
        <translation>Последняя попытка публикации не удалась. Можно попробовать ещё раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="242"/>
        <source>This platform does not let clinicrep post replies: copy the reply, post it on the review&apos;s page, then mark the review answered.</source>
        <translation>Эта платформа не позволяет clinicrep публиковать ответы: скопируйте ответ, опубликуйте его на странице отзыва, затем отметьте отзыв как отвеченный.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="323"/>
        <source>“{words}”: {reason}</source>
        <translation>«{words}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="325"/>
        <source>(confirmed by you)</source>
        <translation>(подтверждено вами)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="384"/>
        <source>Fix the highlighted passages first: a public reply must not say them.</source>
        <translation>Сначала исправьте выделенные фрагменты: в публичном ответе их быть не должно.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="396"/>
        <source>Answered or closed</source>
        <translation>Отвечен или закрыт</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="403"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Просрочено на %n день</numerusform>
            <numerusform>Просрочено на %n дня</numerusform>
            <numerusform>Просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="404"/>
        <source>Overdue by %n hour(s)</source>
        <translation>
            <numerusform>Просрочено на %n час</numerusform>
            <numerusform>Просрочено на %n часа</numerusform>
            <numerusform>Просрочено на %n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="407"/>
        <source>Past the aim; answer within %n hour(s)</source>
        <translation>
            <numerusform>Желаемый срок прошёл; ответьте в течение %n часа</numerusform>
            <numerusform>Желаемый срок прошёл; ответьте в течение %n часов</numerusform>
            <numerusform>Желаемый срок прошёл; ответьте в течение %n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="408"/>
        <source>Answer within %n hour(s)</source>
        <translation>
            <numerusform>Ответьте в течение %n часа</numerusform>
            <numerusform>Ответьте в течение %n часов</numerusform>
            <numerusform>Ответьте в течение %n часов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="419"/>
        <source>Publish passages the guard flagged?</source>
        <translation>Опубликовать отмеченные фрагменты?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="421"/>
        <source>A public reply must not confirm that someone is a patient or mention health details, dates, prices or full names. Regulators have fined practices for such replies.

{lines}

Publish these passages anyway? Your confirmation is recorded.</source>
        <translation>Публичный ответ не должен подтверждать, что человек является пациентом, и упоминать медицинские сведения, даты, цены или полные имена. Регуляторы уже штрафовали клиники за такие ответы.

{lines}

Всё равно опубликовать эти фрагменты? Ваше подтверждение будет записано.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="459"/>
        <source>Publishing…</source>
        <translation>Публикация…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="482"/>
        <source>Not published: fix the highlighted passages first.</source>
        <translation>Не опубликовано: сначала исправьте выделенные фрагменты.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="498"/>
        <source>Copied. Paste it on the review&apos;s page, then press “Mark answered”.</source>
        <translation>Скопировано. Вставьте ответ на странице отзыва, затем нажмите «Отметить отвеченным».</translation>
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
        <location filename="../../src/clinicrep/reports/language.py" line="113"/>
        <source>%n min</source>
        <translation>%n мин</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/language.py" line="115"/>
        <source>{hours} h</source>
        <translation>{hours} ч</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/language.py" line="118"/>
        <source>{days} days</source>
        <translation>{days} дн.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/language.py" line="142"/>
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
        <location filename="../../src/clinicrep/ui/review_pane.py" line="54"/>
        <source>Selected review</source>
        <translation>Выбранный отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="75"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="85"/>
        <source>Author:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="86"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="87"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="88"/>
        <source>Analysis:</source>
        <translation>Анализ:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="89"/>
        <source>Urgency:</source>
        <translation>Срочность:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="90"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="95"/>
        <source>Review text</source>
        <translation>Текст отзыва</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="102"/>
        <source>Earlier versions and replies</source>
        <translation>Прежние версии и ответы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="105"/>
        <source>Open on the platform</source>
        <translation>Открыть на платформе</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="132"/>
        <source>No review selected</source>
        <translation>Отзыв не выбран</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="150"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="172"/>
        <source>The platform shows only an excerpt here; open it to read it all.</source>
        <translation>Платформа показывает здесь только отрывок; откройте отзыв, чтобы прочитать его полностью.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="175"/>
        <source>The author edited this review; earlier text is below.</source>
        <translation>Автор изменил этот отзыв; прежний текст — ниже.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="177"/>
        <source>This review is no longer on the platform. It is kept here.</source>
        <translation>Этого отзыва больше нет на платформе. Здесь он сохранён.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="181"/>
        <source>(rating only, no text)</source>
        <translation>(только оценка, без текста)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="190"/>
        <source>Translation by the platform:</source>
        <translation>Перевод от платформы:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="193"/>
        <source>The practice&apos;s reply on the platform:</source>
        <translation>Ответ клиники на платформе:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="199"/>
        <source>Earlier version (replaced {date}), {stars}:</source>
        <translation>Прежняя версия (заменена {date}), {stars}:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="46"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="53"/>
        <source>e.g. Anna Nowak, practice manager</source>
        <translation>например, Анна Новак, администратор клиники</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="56"/>
        <source>Languages the practice answers in, e.g. en, pl, ru, uk, zh</source>
        <translation>Языки, на которых отвечает клиника, например en, pl, ru, uk, zh</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="59"/>
        <source>Practice name:</source>
        <translation>Название клиники:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="60"/>
        <source>Phone for replies:</source>
        <translation>Телефон для ответов:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="61"/>
        <source>E-mail for replies:</source>
        <translation>Эл. почта для ответов:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="62"/>
        <source>Replies signed by:</source>
        <translation>Подпись под ответами:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="63"/>
        <source>Reply languages:</source>
        <translation>Языки ответов:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="69"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="78"/>
        <source>Alert when negative reviews in a day or week exceed the usual rate this many times</source>
        <translation>Оповещать, когда отрицательных отзывов за день или неделю во столько раз больше обычного</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="85"/>
        <source>Aim to answer within:</source>
        <translation>Желательно ответить в течение:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="86"/>
        <source>Answer at the latest within:</source>
        <translation>Ответить не позднее чем через:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="87"/>
        <source>Check for new reviews every:</source>
        <translation>Проверять новые отзывы каждые:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="88"/>
        <source>Spike alert threshold:</source>
        <translation>Порог оповещения о всплеске:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="89"/>
        <source>Urgent review alert from urgency:</source>
        <translation>Оповещать о срочном отзыве при срочности от:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="92"/>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="98"/>
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="98"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="98"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="103"/>
        <source>Language of clinicrep:</source>
        <translation>Язык clinicrep:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="104"/>
        <source>Colours:</source>
        <translation>Цветовая схема:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="115"/>
        <source>The practice</source>
        <translation>Клиника</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="116"/>
        <source>Answer times, checks and alerts</source>
        <translation>Сроки ответа, проверки и оповещения</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="117"/>
        <source>Language and look</source>
        <translation>Язык и оформление</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="142"/>
        <source> h</source>
        <translation> ч</translation>
    </message>
</context>
<context>
    <name>SourceCli</name>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="355"/>
        <source>Removed {name} and its reviews, but the keyring could not delete its sign-in: unlock the keyring and remove the entries “source:{number}” of “clinicrep”.</source>
        <translation>Источник {name} и его отзывы удалены, но связка ключей не смогла удалить вход: разблокируйте её и удалите записи «source:{number}» службы «clinicrep».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="351"/>
        <source>Removed {name}, its reviews and its sign-in.</source>
        <translation>Источник {name} удалён вместе с отзывами и входом.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="343"/>
        <source>Say which source to remove: its name or number.</source>
        <translation>Укажите, какой источник удалить: его название или номер.</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="94"/>
        <source>Connect a platform</source>
        <translation>Подключение платформы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="94"/>
        <source>Edit</source>
        <translation>Изменение источника</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="98"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="115"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="117"/>
        <source>Language of the reviews</source>
        <translation>Язык отзывов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="131"/>
        <source>Platform:</source>
        <translation>Платформа:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="132"/>
        <source>Name shown in clinicrep:</source>
        <translation>Название в clinicrep:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="133"/>
        <source>Language of the reviews:</source>
        <translation>Язык отзывов:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="185"/>
        <source>Replies cannot be posted from clinicrep here: it copies the reply and opens the review&apos;s page.</source>
        <translation>Здесь clinicrep не может публиковать ответы: программа скопирует ответ и откроет страницу отзыва.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="208"/>
        <source>(kept; type to replace)</source>
        <translation>(сохранено; введите, чтобы заменить)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="235"/>
        <source>Please fill in: {fields}</source>
        <translation>Заполните: {fields}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="105"/>
        <source>{platform} — no API</source>
        <translation>{platform} — нет API</translation>
    </message>
</context>
<context>
    <name>SourceKinds</name>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="91"/>
        <source>Google Business Profile</source>
        <translation>Профиль компании в Google</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="116"/>
        <source>Needs your own Google Cloud project approved for the Business Profile APIs.</source>
        <translation>Нужен собственный проект Google Cloud с одобренным доступом к Business Profile API.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="126"/>
        <source>Facebook Page recommendations</source>
        <translation>Рекомендации страницы Facebook</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="145"/>
        <source>Facebook is retiring access to Page recommendations; it works with Graph API v21.0 for now and may stop without notice.</source>
        <translation>Facebook прекращает доступ к рекомендациям страниц; пока это работает с Graph API v21.0, но может перестать работать без предупреждения.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="156"/>
        <source>Yelp</source>
        <translation>Yelp</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="178"/>
        <source>Yelp shows at most three review excerpts and has no reply API: answer on Yelp.</source>
        <translation>Yelp показывает не более трёх отрывков отзывов и не даёт API для ответов: отвечайте на сайте Yelp.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="188"/>
        <source>Trustpilot</source>
        <translation>Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="216"/>
        <source>Reviews saved in a file (CSV)</source>
        <translation>Отзывы, сохранённые в файле (CSV)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="225"/>
        <source>For ZnanyLekarz, 2GIS, ProDoctorov, Dianping, RateMDs and other sites without an API: save or export the reviews as a table and import the file.</source>
        <translation>Для ZnanyLekarz, 2GIS, ProDoctorov, Dianping, RateMDs и других сайтов без API: сохраните или экспортируйте отзывы в таблицу и импортируйте файл.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="236"/>
        <source>Offline feedback</source>
        <translation>Офлайн-отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="243"/>
        <source>Demo reviews</source>
        <translation>Демо-отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="336"/>
        <source>ZnanyLekarz / Doctoralia</source>
        <translation>ZnanyLekarz / Doctoralia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="350"/>
        <source>ProDoctorov</source>
        <translation>ПроДокторов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="362"/>
        <source>Yandex Maps</source>
        <translation>Яндекс Карты</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="375"/>
        <source>2GIS</source>
        <translation>2ГИС</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="388"/>
        <source>Doc.ua</source>
        <translation>Doc.ua</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="400"/>
        <source>Helsi</source>
        <translation>Helsi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="411"/>
        <source>Dianping</source>
        <translation>Dianping</translation>
    </message>
</context>
<context>
    <name>SourceSettings</name>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="96"/>
        <source>OAuth client secret</source>
        <translation>Секрет клиента OAuth</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="99"/>
        <source>Google sign-in</source>
        <translation>Вход в Google</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="103"/>
        <source>OAuth client ID</source>
        <translation>ID клиента OAuth</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="106"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="109"/>
        <source>Location</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="112"/>
        <source>Place ID</source>
        <translation>ID места (Place ID)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="131"/>
        <source>Page access token</source>
        <translation>Токен доступа к странице</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="135"/>
        <source>Page ID</source>
        <translation>ID страницы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="138"/>
        <source>Graph API version</source>
        <translation>Версия Graph API</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="159"/>
        <source>Yelp Fusion API key</source>
        <translation>Ключ Yelp Fusion API</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="163"/>
        <source>Business ID or alias</source>
        <translation>ID или псевдоним компании</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="167"/>
        <source>Business time zone</source>
        <translation>Часовой пояс компании</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="173"/>
        <source>Locale, e.g. en_US</source>
        <translation>Локаль, например en_US</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="192"/>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="193"/>
        <source>API secret</source>
        <translation>Секрет API</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="195"/>
        <source>Trustpilot sign-in</source>
        <translation>Вход в Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="200"/>
        <source>Business unit ID</source>
        <translation>ID бизнес-единицы (Business unit ID)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="204"/>
        <source>Business user ID (replies)</source>
        <translation>ID бизнес-пользователя (для ответов)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="208"/>
        <location filename="../../src/clinicrep/sources/registry.py" line="221"/>
        <source>Review page</source>
        <translation>Страница отзывов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="219"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="510"/>
        <source>{name} is removed, but the system keyring could not delete its sign-in. Unlock the keyring and remove the entries named “clinicrep” “source:{number}” in your keyring manager.</source>
        <translation>Источник {name} удалён, но системная связка ключей не смогла удалить вход. Разблокируйте её и удалите записи «clinicrep» «source:{number}» в менеджере паролей.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="73"/>
        <source>No secure storage</source>
        <translation>Нет защищённого хранилища</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="76"/>
        <source>Keep this sign-in until clinicrep closes? It is never written to disk.</source>
        <translation>Сохранить этот вход до закрытия clinicrep? Он никогда не записывается на диск.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="282"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="287"/>
        <source>Connected sources</source>
        <translation>Подключённые источники</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="289"/>
        <source>Connect a platform…</source>
        <translation>Подключить платформу…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="291"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="293"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="295"/>
        <source>Sign in…</source>
        <translation>Войти…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="297"/>
        <source>Let clinicrep read and answer this source&apos;s reviews (Google, Trustpilot)</source>
        <translation>Разрешить clinicrep читать отзывы этого источника и отвечать на них (Google, Trustpilot)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="300"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="345"/>
        <source>Last checked {when}</source>
        <translation>Последняя проверка: {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="349"/>
        <source>Not checked yet</source>
        <translation>Ещё не проверялся</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="390"/>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="396"/>
        <source>Sign in to Trustpilot</source>
        <translation>Вход в Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="390"/>
        <source>Trustpilot Business e-mail:</source>
        <translation>Эл. почта Trustpilot Business:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="397"/>
        <source>Password (used once, not stored):</source>
        <translation>Пароль (используется один раз, не сохраняется):</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="413"/>
        <source>Signed in. Replies can now be published.</source>
        <translation>Вход выполнен. Теперь можно публиковать ответы.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="430"/>
        <source>Select a Google source first.</source>
        <translation>Сначала выберите источник Google.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="467"/>
        <source>Signed in, but this Google account manages no business location.</source>
        <translation>Вход выполнен, но эта учётная запись Google не управляет ни одним филиалом.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="474"/>
        <source>Choose the location</source>
        <translation>Выбор филиала</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="474"/>
        <source>Location:</source>
        <translation>Филиал:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="494"/>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="508"/>
        <source>Remove source</source>
        <translation>Удаление источника</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="496"/>
        <source>Remove {name} and the reviews fetched from it? The reviews stay on the platform; only clinicrep&apos;s copy and its sign-in are removed.</source>
        <translation>Удалить «{name}» и полученные из него отзывы? На платформе отзывы останутся; удаляются только их копия в clinicrep и данные для входа.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="339"/>
        <source>{name} ({platform}) — no API: reviews pasted from the page</source>
        <translation>{name} ({platform}) — нет API: отзывы вставлены со страницы</translation>
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
        <translation>До закрытия clinicrep использует папку {folder}. Чтобы использовать её всегда, запускайте clinicrep с параметром --data-dir &quot;{folder}&quot; или укажите эту папку в переменной окружения CLINICREP_DATA_DIR.</translation>
    </message>
</context>
<context>
    <name>SyncCli</name>
    <message numerus="yes">
        <source>{source}: %n review(s) no longer shown by the platform</source>
        <translation>
            <numerusform>{source}: %n отзыв больше не показывается платформой</numerusform>
            <numerusform>{source}: %n отзыва больше не показываются платформой</numerusform>
            <numerusform>{source}: %n отзывов больше не показываются платформой</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="284"/>
        <source>{source}: {n} of about {total} reviews read</source>
        <translation>{source}: прочитано отзывов: {n} (всего около {total})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="288"/>
        <source>{source}: {n} reviews read</source>
        <translation>{source}: прочитано отзывов: {n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="310"/>
        <source>Stopped. What was already fetched is kept.</source>
        <translation>Остановлено. Уже полученное сохранено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="316"/>
        <source>No source is called “{name}”. Check the name in Sources.</source>
        <translation>Нет источника с названием «{name}». Проверьте название в разделе «Источники».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="328"/>
        <source>{source}: {message}</source>
        <translation>{source}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="335"/>
        <source>{source}: {new} new, {changed} changed</source>
        <translation>{source}: новых — {new}, изменённых — {changed}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="350"/>
        <source>No sources to sync. Add one in Sources.</source>
        <translation>Нет источников для синхронизации. Добавьте источник в разделе «Источники».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="79"/>
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
        <location filename="../../src/clinicrep/ui/alerts.py" line="145"/>
        <source>clinicrep is not checking for reviews</source>
        <translation>clinicrep не проверяет отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="158"/>
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
</TS>
