<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="77"/>
        <source>Alert</source>
        <translation>Оповещение</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="82"/>
        <source>Show review</source>
        <translation>Показать отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="84"/>
        <source>Acknowledge</source>
        <translation>Принять к сведению</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="85"/>
        <source>Mark this alert as seen; it will not come back</source>
        <translation>Отметить оповещение как просмотренное; оно больше не появится</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/alerts.py" line="104"/>
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
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="161"/>
        <source>clinicrep: test message</source>
        <translation>clinicrep: тестовое письмо</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="162"/>
        <source>This is a test message from clinicrep. Crisis alerts for {practice} will arrive like this one.</source>
        <translation>Это тестовое письмо от clinicrep. Оповещения о кризисных ситуациях для {practice} будут приходить так же.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="167"/>
        <source>your practice</source>
        <translation>вашей клиники</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="181"/>
        <source>Platform: {platform}</source>
        <translation>Платформа: {platform}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="184"/>
        <source>Written: {date}</source>
        <translation>Написан: {date}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="190"/>
        <source>Rating: {stars}★</source>
        <translation>Оценка: {stars}★</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="196"/>
        <source>Open the review: {url}</source>
        <translation>Открыть отзыв: {url}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="205"/>
        <source>clinicrep alert: an urgent review</source>
        <translation>Оповещение clinicrep: срочный отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="208"/>
        <source>clinicrep alert: an urgent review on {platform}</source>
        <translation>Оповещение clinicrep: срочный отзыв на {platform}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="213"/>
        <source>clinicrep alert: many negative reviews at once</source>
        <translation>Оповещение clinicrep: много отрицательных отзывов сразу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="222"/>
        <source>The newest of them:</source>
        <translation>Самые новые из них:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="230"/>
        <source>Open clinicrep on the practice&apos;s computer to read the review in full and answer it.</source>
        <translation>Откройте clinicrep на компьютере клиники, чтобы прочитать отзыв полностью и ответить на него.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="259"/>
        <source>clinicrep: reviews are not being checked</source>
        <translation>clinicrep: отзывы не проверяются</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="332"/>
        <source>The alerts raised since the last digest, oldest first.</source>
        <translation>Оповещения с момента предыдущей сводки, сначала самые старые.</translation>
    </message>
</context>
<context>
    <name>AspectChart</name>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="624"/>
        <source>Aspect shown in the chart</source>
        <translation>Аспект на графике</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="625"/>
        <location filename="../../src/clinicrep/ui/charts.py" line="660"/>
        <source>All aspects</source>
        <translation>Все аспекты</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="629"/>
        <source>Praise and complaints by aspect, per month</source>
        <translation>Похвала и жалобы по аспектам, по месяцам</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="632"/>
        <source>Aspect:</source>
        <translation>Аспект:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="637"/>
        <source>Praise</source>
        <translation>Похвала</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="637"/>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="665"/>
        <source>{month}: {aspect} praised in {praise}, blamed in {complaints}</source>
        <translation>{month}: {aspect} — похвала в {praise}, жалобы в {complaints}</translation>
    </message>
</context>
<context>
    <name>AspectChips</name>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="36"/>
        <source>What the review praises and blames</source>
        <translation>Что отзыв хвалит и за что ругает</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="46"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="47"/>
        <source>Name something the review praises or blames</source>
        <translation>Указать, что отзыв хвалит или за что ругает</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="52"/>
        <source>No praise or complaint found</source>
        <translation>Ни похвалы, ни жалоб не найдено</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="94"/>
        <source>Sentiment: {name} (corrected)</source>
        <translation>Тональность: {name} (исправлено)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="96"/>
        <source>Sentiment: {name}</source>
        <translation>Тональность: {name}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="98"/>
        <source>Click to correct the sentiment</source>
        <translation>Нажмите, чтобы исправить тональность</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="120"/>
        <source>{aspect}: praise</source>
        <translation>{aspect}: похвала</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="121"/>
        <source>{aspect}: complaint</source>
        <translation>{aspect}: жалоба</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="125"/>
        <source>Set by you. Click to change it.</source>
        <translation>Задано вами. Нажмите, чтобы изменить.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="126"/>
        <source>Read from: “{words}”. Click to correct it.</source>
        <translation>Прочитано в словах: «{words}». Нажмите, чтобы исправить.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="146"/>
        <source>Praise</source>
        <translation>Похвала</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="147"/>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="150"/>
        <source>Not about this</source>
        <translation>Отзыв не об этом</translation>
    </message>
</context>
<context>
    <name>BugReport</name>
    <message>
        <location filename="../../src/clinicrep/ui/bug_report.py" line="38"/>
        <source>Something went wrong that clinicrep did not expect. Your data is safe; what you were doing may not have finished. Try it again; if it happens again, send the details and the log file to support.</source>
        <translation>Произошло то, чего clinicrep не ожидал. Ваши данные в сохранности; последнее действие могло не завершиться. Повторите его; если это случится снова, отправьте подробности и файл журнала в поддержку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/bug_report.py" line="46"/>
        <source>The log file: {path}</source>
        <translation>Файл журнала: {path}</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="330"/>
        <source>Period shown in the charts</source>
        <translation>Период на графиках</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="332"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="333"/>
        <source>Last 3 months</source>
        <translation>Последние 3 месяца</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="334"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="336"/>
        <source>Last calendar month</source>
        <translation>Прошлый календарный месяц</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="337"/>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="345"/>
        <source>Location shown in the charts</source>
        <translation>Филиал на графиках</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="353"/>
        <source>Reviews received</source>
        <translation>Получено отзывов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="353"/>
        <location filename="../../src/clinicrep/ui/charts.py" line="356"/>
        <location filename="../../src/clinicrep/ui/charts.py" line="360"/>
        <location filename="../../src/clinicrep/ui/charts.py" line="363"/>
        <source>reviews</source>
        <translation>отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="354"/>
        <source>Average rating</source>
        <translation>Средняя оценка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="354"/>
        <source>stars</source>
        <translation>звёзды</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="358"/>
        <source>Sentiment</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="360"/>
        <source>Complaints about</source>
        <translation>На что жалуются</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="363"/>
        <source>Praise for</source>
        <translation>Что хвалят</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="399"/>
        <source>Colours: green positive, amber mixed, grey neutral, red negative</source>
        <translation>Цвета: зелёный — положительные, жёлтый — смешанные, серый — нейтральные, красный — отрицательные</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="422"/>
        <source>All locations</source>
        <translation>Все филиалы</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="463"/>
        <source>{period}: %n review(s)</source>
        <translation>
            <numerusform>{period}: отзывов — %n</numerusform>
            <numerusform>{period}: отзывов — %n</numerusform>
            <numerusform>{period}: отзывов — %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="472"/>
        <source>{period}: {avg} average from %n review(s)</source>
        <translation>
            <numerusform>{period}: в среднем {avg}, отзывов — %n</numerusform>
            <numerusform>{period}: в среднем {avg}, отзывов — %n</numerusform>
            <numerusform>{period}: в среднем {avg}, отзывов — %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="499"/>
        <source>{period}: {pos} positive, {mix} mixed, {neu} neutral, {neg} negative</source>
        <translation>{period}: положительных {pos}, смешанных {mix}, нейтральных {neu}, отрицательных {neg}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="518"/>
        <source>{period}: median {hours} h; {d1} within {aim} h, {d2} within {limit} h</source>
        <translation>{period}: медиана {hours} ч; {d1} в течение {aim} ч, {d2} в течение {limit} ч</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="528"/>
        <source>{period}: no review answered yet</source>
        <translation>{period}: ещё ни одного ответа</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="537"/>
        <source>{platform}: %n review(s)</source>
        <translation>
            <numerusform>{platform}: отзывов — %n</numerusform>
            <numerusform>{platform}: отзывов — %n</numerusform>
            <numerusform>{platform}: отзывов — %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="548"/>
        <source>{aspect}: blamed in %n review(s)</source>
        <translation>
            <numerusform>{aspect}: жалобы в %n отзыве</numerusform>
            <numerusform>{aspect}: жалобы в %n отзывах</numerusform>
            <numerusform>{aspect}: жалобы в %n отзывах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="558"/>
        <source>{aspect}: praised in %n review(s)</source>
        <translation>
            <numerusform>{aspect}: похвала в %n отзыве</numerusform>
            <numerusform>{aspect}: похвала в %n отзывах</numerusform>
            <numerusform>{aspect}: похвала в %n отзывах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="571"/>
        <source>%n review(s) · none answered yet: answer times appear with the first reply</source>
        <translation>
            <numerusform>%n отзыв · ещё ни одного ответа: время ответа появится с первым ответом</numerusform>
            <numerusform>%n отзыва · ещё ни одного ответа: время ответа появится с первым ответом</numerusform>
            <numerusform>%n отзывов · ещё ни одного ответа: время ответа появится с первым ответом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="579"/>
        <source>%n review(s) · median answer {hours} h · {d1} answered within {aim} h · {d2} within {limit} h</source>
        <translation>
            <numerusform>Отзывов: %n · медиана ответа {hours} ч · отвечено за {aim} ч: {d1} · за {limit} ч: {d2}</numerusform>
            <numerusform>Отзывов: %n · медиана ответа {hours} ч · отвечено за {aim} ч: {d1} · за {limit} ч: {d2}</numerusform>
            <numerusform>Отзывов: %n · медиана ответа {hours} ч · отвечено за {aim} ч: {d1} · за {limit} ч: {d2}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="356"/>
        <source>Reviews per platform</source>
        <translation>Отзывы по платформам</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="366"/>
        <source>Median time to answer</source>
        <translation>Медианное время ответа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="366"/>
        <source>hours</source>
        <translation>часы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="377"/>
        <source>Show:</source>
        <translation>Показать:</translation>
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
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="231"/>
        <source>Thank the reviewer personally</source>
        <translation>Лично поблагодарите автора</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="234"/>
        <source>Start with a personal thank-you; use the reviewer&apos;s first name if they showed one.</source>
        <translation>Начните с личной благодарности; обратитесь к автору по имени, если он его указал.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="244"/>
        <source>Pass the praise on to the person the reviewer named, or to the whole team.</source>
        <translation>Передайте похвалу сотруднику, которого назвал автор, или всей команде.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="249"/>
        <source>Pass the praise on to the team.</source>
        <translation>Передайте похвалу команде.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="253"/>
        <source>Credit the team</source>
        <translation>Отметьте заслугу команды</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="263"/>
        <source>Invite them back in a general way</source>
        <translation>Пригласите снова — в общих словах</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="266"/>
        <source>Say the practice is always glad to help, without mentioning a past or next visit.</source>
        <translation>Скажите, что клиника всегда рада помочь, не упоминая прошлый или следующий визит.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="274"/>
        <source>Answer promptly</source>
        <translation>Ответьте без промедления</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="282"/>
        <source>This review is %n day(s) old. Paste the reply on its page today and confirm here.</source>
        <translation>
            <numerusform>Этому отзыву %n день. Сегодня вставьте ответ на странице отзыва и подтвердите здесь.</numerusform>
            <numerusform>Этому отзыву %n дня. Сегодня вставьте ответ на странице отзыва и подтвердите здесь.</numerusform>
            <numerusform>Этому отзыву %n дней. Сегодня вставьте ответ на странице отзыва и подтвердите здесь.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="289"/>
        <source>This feedback is %n day(s) old. Answer the patient today, then mark it answered.</source>
        <translation>
            <numerusform>Этому отзыву %n день. Ответьте пациенту сегодня и отметьте отзыв как отвеченный.</numerusform>
            <numerusform>Этому отзыву %n дня. Ответьте пациенту сегодня и отметьте отзыв как отвеченный.</numerusform>
            <numerusform>Этому отзыву %n дней. Ответьте пациенту сегодня и отметьте отзыв как отвеченный.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="296"/>
        <source>This review is %n day(s) old. Publish the reply today.</source>
        <translation>
            <numerusform>Отзыву уже %n день. Опубликуйте ответ сегодня.</numerusform>
            <numerusform>Отзыву уже %n дня. Опубликуйте ответ сегодня.</numerusform>
            <numerusform>Отзыву уже %n дней. Опубликуйте ответ сегодня.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="305"/>
        <source>Acknowledge the experience and express regret</source>
        <translation>Признайте впечатления автора и выразите сожаление</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="308"/>
        <source>Say you are sorry about the experience, without admitting any clinical fault.</source>
        <translation>Скажите, что вам жаль, что так получилось, не признавая врачебной ошибки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="318"/>
        <source>Do not admit clinical fault</source>
        <translation>Не признавайте врачебную ошибку</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="321"/>
        <source>“{words}” admits fault. Express regret for the experience instead.</source>
        <translation>«{words}» — это признание вины. Вместо этого выразите сожаление о случившемся.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="330"/>
        <source>Offer a concrete next step</source>
        <translation>Предложите конкретный следующий шаг</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="333"/>
        <source>Say what will happen next, for example ask them to call so you can look into it.</source>
        <translation>Скажите, что будет дальше: например, попросите позвонить, чтобы вы могли разобраться.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="341"/>
        <source>Move the conversation offline</source>
        <translation>Продолжите разговор не публично</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="357"/>
        <source>Give a phone number, an e-mail address or a named contact, so the case is not discussed in public. Your contact details are set in Settings.</source>
        <translation>Укажите телефон, адрес эл. почты или контактное лицо, чтобы не обсуждать случай публично. Ваши контактные данные задаются в настройках.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="366"/>
        <source>Stay calm: no blame, no argument, no sarcasm</source>
        <translation>Сохраняйте спокойствие: без обвинений, споров и сарказма</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="373"/>
        <source>“{words}” may read as blame or argument. Rephrase it calmly.</source>
        <translation>«{words}» может прозвучать как обвинение или спор. Переформулируйте спокойнее.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="381"/>
        <source>Read the reply once as the reviewer would.</source>
        <translation>Перечитайте ответ глазами автора отзыва.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="481"/>
        <source>Sign with a name or role</source>
        <translation>Подпишитесь именем или должностью</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="495"/>
        <source>End with a name or a role, for example “Anna, practice manager”.</source>
        <translation>Завершите ответ именем или должностью, например: «Анна, администратор клиники».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="509"/>
        <source>Give a source for the facts</source>
        <translation>Укажите источник фактов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="512"/>
        <source>Say where the facts can be checked: a public register, an official page or a link.</source>
        <translation>Укажите, где можно проверить факты: публичный реестр, официальная страница или ссылка.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="522"/>
        <source>Invite them to talk it through</source>
        <translation>Пригласите обсудить вопрос</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="525"/>
        <source>Offer a consultation or a conversation where their questions can be answered.</source>
        <translation>Предложите консультацию или беседу, где можно ответить на вопросы автора.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="535"/>
        <source>No personal attack</source>
        <translation>Без нападок на личность</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="538"/>
        <source>“{words}” attacks the reviewer. Correct the facts, not the person.</source>
        <translation>«{words}» — это нападка на автора. Исправляйте факты, а не критикуйте человека.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="545"/>
        <source>Keep the holding reply short</source>
        <translation>Краткий предварительный ответ</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="552"/>
        <source>Say only that you take it seriously and will be in touch; the owner answers the rest.</source>
        <translation>Скажите только, что вы относитесь к этому серьёзно и свяжетесь с автором; остальное ответит владелец.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="560"/>
        <source>Escalate to the owner</source>
        <translation>Передайте владельцу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="567"/>
        <source>Mark the review as escalated so the owner is told; the step is logged.</source>
        <translation>Отметьте отзыв как переданный владельцу, чтобы он получил уведомление; действие записывается в журнал.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="574"/>
        <source>Nothing that reveals a patient</source>
        <translation>Никаких сведений о пациенте</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="588"/>
        <source>Rules: {rules}.</source>
        <translation>Правила: {rules}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="598"/>
        <source>No reward for reviews</source>
        <translation>Без вознаграждения за отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="603"/>
        <source>“{words}” offers a reward. Platforms and regulators forbid rewards for reviews.</source>
        <translation>«{words}» — это предложение вознаграждения. Платформы и регуляторы запрещают поощрять отзывы.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="617"/>
        <source>Written for this review</source>
        <translation>Написан именно для этого отзыва</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="632"/>
        <source>This reply is almost the same as one already published. Make it personal.</source>
        <translation>Этот ответ почти совпадает с уже опубликованным. Сделайте его личным.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="648"/>
        <source>A sensible length</source>
        <translation>Разумная длина</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="652"/>
        <source>The reply is {size} bytes long; {platform} accepts at most {limit}.</source>
        <translation>Длина ответа в байтах: {size}; {platform} принимает не более {limit} байт.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="658"/>
        <source>the platform</source>
        <translation>платформа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="666"/>
        <source>The reply is very short. Add a sentence or two.</source>
        <translation>Ответ очень короткий. Добавьте одно-два предложения.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="707"/>
        <source>Correct the facts</source>
        <translation>Исправьте неверные сведения</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="708"/>
        <source>Check that every fact in the reply is true and can be shown.</source>
        <translation>Проверьте, что каждый факт в ответе верен и его можно подтвердить.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="19"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="22"/>
        <source>unrecognized arguments: %s</source>
        <translation>неизвестные аргументы: %s</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="25"/>
        <source>the following arguments are required: %s</source>
        <translation>не хватает обязательных аргументов: %s</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="28"/>
        <source>expected one argument</source>
        <translation>нужно одно значение</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="29"/>
        <source>expected at most one argument</source>
        <translation>можно не больше одного значения</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="32"/>
        <source>expected at least one argument</source>
        <translation>нужно хотя бы одно значение</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="35"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="38"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение %(value)r (ожидается %(type)s)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="41"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимый вариант: %(value)r (выберите из: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="44"/>
        <source>ignored explicit argument %r</source>
        <translation>значение %r здесь не принимается</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="58"/>
        <source>“{value}” is not a whole number</source>
        <translation>«{value}» — не целое число</translation>
    </message>
</context>
<context>
    <name>Confidentiality</name>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="158"/>
        <source>Confirms a patient</source>
        <translation>Подтверждает, что человек — пациент</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="159"/>
        <source>Health detail</source>
        <translation>Сведения о здоровье</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="160"/>
        <source>Date or time of a visit</source>
        <translation>Дата или время визита</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="161"/>
        <source>Billing or insurance</source>
        <translation>Оплата или страховка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="162"/>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="163"/>
        <source>Reward for reviews</source>
        <translation>Вознаграждение за отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="164"/>
        <source>New information</source>
        <translation>Новые сведения</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="171"/>
        <source>This confirms that the reviewer is or was a patient. Speak about the practice in general instead.</source>
        <translation>Это подтверждает, что автор является или был пациентом. Говорите о клинике в целом.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="176"/>
        <source>This says that someone looked at the reviewer&apos;s records, which confirms they are a patient. Leave it out.</source>
        <translation>Здесь сказано, что кто-то смотрел медицинские документы автора, а это подтверждает, что он пациент. Уберите это.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="181"/>
        <source>This is a health detail (a diagnosis, procedure, medication or test). Leave it out of a public reply.</source>
        <translation>Это медицинские сведения (диагноз, процедура, лекарство или анализ). Не упоминайте их в публичном ответе.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="186"/>
        <source>This repeats a health detail from the review. Do not repeat it in public, even if the reviewer wrote it.</source>
        <translation>Это повторяет медицинские сведения из отзыва. Не повторяйте их публично, даже если автор написал их сам.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="191"/>
        <source>This mentions insurance. Leave insurance out of a public reply.</source>
        <translation>Здесь упоминается страховка. Не упоминайте страхование в публичном ответе.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="194"/>
        <source>This is a date. A date tells others when someone visited; leave it out.</source>
        <translation>Это дата. По дате другие поймут, когда человек приходил в клинику; уберите её.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="198"/>
        <source>This is about money someone paid. Discuss bills only in private.</source>
        <translation>Речь о деньгах, которые кто-то заплатил. Обсуждайте счета только в личном порядке.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="201"/>
        <source>This is a person&apos;s full name or surname. Use a first name only, or no name.</source>
        <translation>Это полное имя или фамилия человека. Используйте только имя или не называйте имени вовсе.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="205"/>
        <source>This offers a reward for a review. Platforms and the law forbid rewards for reviews; leave it out.</source>
        <translation>Здесь предлагается вознаграждение за отзыв. Площадки и закон запрещают вознаграждать за отзывы; уберите это.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="210"/>
        <source>This tells readers something about the reviewer that the review did not say. A reply may answer the review but must add nothing about the patient.</source>
        <translation>Это сообщает читателям о человеке то, чего нет в отзыве. Ответ может отвечать на отзыв, но не должен добавлять ничего о пациенте.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="215"/>
        <source>Replies worded like this sentence usually confirm that the reviewer is a patient or tell something about their care (a learned check, no word list). Speak about the practice in general instead.</source>
        <translation>Ответы с такими словами обычно подтверждают, что автор отзыва — пациент, или сообщают что-то о его лечении (это заметила обученная проверка, а не список слов). Пишите о клинике в целом.</translation>
    </message>
</context>
<context>
    <name>ConnectGuide</name>
    <message>
        <source>In plain words</source>
        <translation>Простыми словами</translation>
    </message>
    <message>
        <source>For whoever sets it up</source>
        <translation>Для того, кто настраивает</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="51"/>
        <source>Connecting Google Business Profile</source>
        <translation>Подключение профиля компании в Google</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="53"/>
        <source>Before you start: Google gives API access only for a Business Profile that is verified and active for at least 60 days, with a website, and you sign in as its owner or manager. Google&apos;s conditions: {link}.</source>
        <translation>Перед началом: Google открывает доступ к API только для профиля компании, который подтверждён и активен не меньше 60 дней и в котором указан сайт; входить нужно владельцем или менеджером профиля. Условия Google: {link}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="61"/>
        <source>prerequisites</source>
        <translation>предварительные требования</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="64"/>
        <source>Create a Google Cloud project for the practice in the {link} (it is free) and note its project number from the project&apos;s dashboard.</source>
        <translation>Создайте для клиники проект Google Cloud в {link} (это бесплатно) и запишите номер проекта с его главной страницы.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="71"/>
        <source>Cloud console</source>
        <translation>консоли Cloud</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="74"/>
        <source>Ask Google for access with the {link} form: give the project number, the practice&apos;s e-mail and that you answer your own practice&apos;s reviews. People at Google review it; it can take days or weeks.</source>
        <translation>Запросите доступ через форму {link}: укажите номер проекта, адрес почты клиники и то, что вы отвечаете на отзывы о своей клинике. Заявку проверяют сотрудники Google; это может занять от нескольких дней до нескольких недель.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="82"/>
        <source>Application for Basic API Access</source>
        <translation>Application for Basic API Access</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="85"/>
        <source>Until Google approves it, the project&apos;s quota for these APIs stays at 0 requests per minute and clinicrep says “access not yet approved”: your sign-in is fine. Do not ask for a quota increase ({link}); wait for Google&apos;s e-mail.</source>
        <translation>Пока Google не одобрит заявку, квота проекта для этих API остаётся 0 запросов в минуту, и clinicrep пишет «доступ ещё не одобрен»: со входом всё в порядке. Не просите увеличить квоту ({link}) — дождитесь письма от Google.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="92"/>
        <source>quota limits</source>
        <translation>лимиты квоты</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="95"/>
        <source>In the project, open APIs &amp; Services → Library and enable “My Business Account Management API”, “My Business Business Information API” and “Google My Business API”.</source>
        <translation>В проекте откройте «API и сервисы» → «Библиотека» и включите «My Business Account Management API», «My Business Business Information API» и «Google My Business API».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="101"/>
        <source>Open APIs &amp; Services → OAuth consent screen (type External; add your own address as a test user), then Credentials → Create credentials → OAuth client ID, application type “Desktop app”. Copy its client ID and client secret into the two fields here.</source>
        <translation>Откройте «API и сервисы» → «Окно запроса доступа OAuth» (тип «Внешний»; добавьте свой адрес как тестового пользователя), затем «Учётные данные» → «Создать учётные данные» → «Идентификатор клиента OAuth», тип приложения «Приложение для ПК». Скопируйте его идентификатор клиента и секрет клиента в два поля здесь.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="108"/>
        <source>Press Save: your browser opens to sign in with the Google account that manages the profile. clinicrep then lists the locations of that account and fills in Account, Location and Place ID; you do not type them.</source>
        <translation>Нажмите «Сохранить»: откроется браузер, войдите в учётную запись Google, которая управляет профилем. Затем clinicrep покажет филиалы этой учётной записи и сам заполнит «Учётная запись», «Филиал» и «ID места» — вводить их не нужно.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="116"/>
        <source>clinicrep reads and answers the practice&apos;s Google reviews with a sign-in key that belongs to the practice. Whoever looks after the practice&apos;s Google account or computers makes it once (the steps below); Google checks the request, which can take days or weeks.</source>
        <translation>clinicrep читает отзывы клиники в Google и отвечает на них с помощью ключа входа, который принадлежит клинике. Его один раз создаёт тот, кто ведёт аккаунт Google клиники или её компьютеры (шаги ниже); Google проверяет заявку, это может занять от нескольких дней до нескольких недель.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="123"/>
        <source>The key has two parts, each with its own field here: the client ID, a long code ending in .apps.googleusercontent.com, and the client secret, a code starting with GOCSPX- that works like a password. Paste each into its field.</source>
        <translation>У ключа две части, и у каждой здесь своё поле: идентификатор клиента — длинный код, который заканчивается на .apps.googleusercontent.com, и секрет клиента — код, который начинается с GOCSPX- и работает как пароль. Вставьте каждую часть в её поле.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="129"/>
        <source>Press Save. Your browser opens: sign in with the Google account that manages the practice&apos;s profile and allow access. clinicrep fills in the rest itself.</source>
        <translation>Нажмите «Сохранить». Откроется браузер: войдите в аккаунт Google, который управляет профилем клиники, и разрешите доступ. Остальное clinicrep заполнит сам.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="134"/>
        <source>If clinicrep or Google&apos;s page says the key is wrong, copy both parts again from the same key, or ask whoever made it.</source>
        <translation>Если clinicrep или страница Google сообщает, что ключ неверный, скопируйте обе части заново из того же ключа или спросите того, кто его создавал.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="145"/>
        <source>Connecting a Facebook Page</source>
        <translation>Подключение страницы Facebook</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="147"/>
        <source>Facebook is retiring access to Page recommendations (Graph API v22.0 and later refuse it). clinicrep uses v21.0 while Facebook still answers; when it stops, import the reviews from a file.</source>
        <translation>Facebook закрывает доступ к рекомендациям страниц (Graph API v22.0 и новее его не дают). clinicrep использует v21.0, пока Facebook ещё отвечает; когда перестанет, импортируйте отзывы из файла.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="153"/>
        <source>You need a role on the practice&apos;s Page that may moderate (full control, or task access to community activity), and a Meta app of the type “Business” ({link} → Create app).</source>
        <translation>Нужна роль на странице клиники с правом модерации (полный контроль или доступ к задачам по активности сообщества) и приложение Meta типа «Бизнес» ({link} → «Создать приложение»).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="159"/>
        <source>My Apps</source>
        <translation>Мои приложения</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="161"/>
        <source>Reading recommendations needs the permission pages_read_user_content, which Meta grants only after the business is verified (Meta Business Suite → Settings → Security centre).</source>
        <translation>Для чтения рекомендаций нужно разрешение pages_read_user_content, а Meta даёт его только после подтверждения компании (Meta Business Suite → «Настройки» → «Центр безопасности»).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="167"/>
        <source>Open the {link}, choose your app, add pages_show_list, pages_read_user_content, pages_read_engagement and pages_manage_engagement, press “Generate Access Token” and tick the practice&apos;s Page.</source>
        <translation>Откройте {link}, выберите своё приложение, добавьте pages_show_list, pages_read_user_content, pages_read_engagement и pages_manage_engagement, нажмите «Generate Access Token» и отметьте страницу клиники.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="175"/>
        <source>Graph API Explorer</source>
        <translation>Graph API Explorer</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="178"/>
        <source>The Explorer&apos;s token expires within hours. Extend it in the {link} first: the Page tokens made from a long-lived user token do not expire.</source>
        <translation>Токен из Explorer истекает через несколько часов. Сначала продлите его в {link}: токены страниц, полученные из долгоживущего токена пользователя, не истекают.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="185"/>
        <source>Access Token Debugger</source>
        <translation>Access Token Debugger</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="188"/>
        <source>Paste the user access token below and press “Find my Pages”. Choose the practice&apos;s Page: clinicrep fills in the Page ID and the Page access token. The user token itself is not kept.</source>
        <translation>Вставьте токен доступа пользователя ниже и нажмите «Найти мои страницы». Выберите страницу клиники: clinicrep заполнит ID страницы и её токен доступа. Сам токен пользователя не сохраняется.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="200"/>
        <source>Connecting Trustpilot</source>
        <translation>Подключение Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="202"/>
        <source>The Trustpilot API comes with Trustpilot Business plans that include integrations. In {link} open Integrations → API (or ask Trustpilot&apos;s support to turn API access on).</source>
        <translation>API Trustpilot входит в тарифы Trustpilot Business с интеграциями. В {link} откройте «Integrations» → «API» (или попросите поддержку Trustpilot включить доступ к API).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="210"/>
        <source>Trustpilot Business</source>
        <translation>Trustpilot Business</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="213"/>
        <source>Create an application there: Trustpilot shows its API key and API secret. Copy both into the fields here.</source>
        <translation>Создайте там приложение: Trustpilot покажет его ключ API и секрет API. Скопируйте оба в поля здесь.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="218"/>
        <source>Type the practice&apos;s website as Trustpilot lists it (for example clinic.com) and press “Find”: clinicrep asks Trustpilot for the business unit ({link}) and fills in the Business unit ID and the review page.</source>
        <translation>Введите сайт клиники так, как он указан на Trustpilot (например, clinic.com), и нажмите «Найти»: clinicrep запросит у Trustpilot бизнес-единицу ({link}) и заполнит её ID и страницу отзывов.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="226"/>
        <source>how Trustpilot finds it</source>
        <translation>как Trustpilot её находит</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="229"/>
        <source>Business user ID (replies): the Trustpilot Business user the replies are posted as. Ask Trustpilot&apos;s support for it if your account does not show it; without it clinicrep reads reviews but does not publish replies.</source>
        <translation>ID бизнес-пользователя (ответы): пользователь Trustpilot Business, от имени которого публикуются ответы. Если в аккаунте его не видно, спросите поддержку Trustpilot; без него clinicrep читает отзывы, но не публикует ответы.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="235"/>
        <source>After Save you sign in once with your Trustpilot Business e-mail and password so that replies can be published. The password is used once and never stored.</source>
        <translation>После сохранения один раз войдите с почтой и паролем Trustpilot Business, чтобы можно было публиковать ответы. Пароль используется один раз и нигде не хранится.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="242"/>
        <source>clinicrep reads and answers the practice&apos;s Trustpilot reviews with two codes that Trustpilot gives the practice&apos;s Trustpilot Business account (on plans with integrations): the API key and the API secret, which works like a password.</source>
        <translation>clinicrep читает отзывы клиники в Trustpilot и отвечает на них с помощью двух кодов, которые Trustpilot выдаёт аккаунту Trustpilot Business клиники (на тарифах с интеграциями): ключа API и секрета API, который работает как пароль.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="249"/>
        <source>Whoever manages that account creates an application under Integrations → API (the steps below); Trustpilot then shows both codes. Paste each into its field.</source>
        <translation>Тот, кто управляет этим аккаунтом, создаёт приложение в разделе «Интеграции» → API (шаги ниже); затем Trustpilot показывает оба кода. Вставьте каждый в его поле.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="254"/>
        <source>Type the practice&apos;s website and press “Find”. After Save, sign in once with the Trustpilot Business e-mail and password.</source>
        <translation>Введите сайт клиники и нажмите «Найти». После сохранения один раз войдите с адресом и паролем Trustpilot Business.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="265"/>
        <source>Connecting Yelp</source>
        <translation>Подключение Yelp</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="267"/>
        <source>Create an app in {link} to get a Yelp Fusion API key, and copy the key here.</source>
        <translation>Создайте приложение в {link}, чтобы получить ключ API Yelp Fusion, и скопируйте ключ сюда.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="271"/>
        <source>Yelp Fusion</source>
        <translation>Yelp Fusion</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="273"/>
        <source>The Business ID is the last part of the practice&apos;s Yelp address: in yelp.com/biz/family-clinic-krakow it is family-clinic-krakow.</source>
        <translation>ID компании — последняя часть адреса клиники на Yelp: в yelp.com/biz/family-clinic-krakow это family-clinic-krakow.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="278"/>
        <source>Yelp gives at most three review excerpts and no way to reply through its API: clinicrep copies your reply and opens the review&apos;s page, and you paste it there.</source>
        <translation>Yelp отдаёт не больше трёх фрагментов отзывов и не позволяет отвечать через API: clinicrep копирует ваш ответ и открывает страницу отзыва, а вы вставляете его там.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="283"/>
        <source>Business time zone: Yelp gives review times in the business&apos;s local time. clinicrep suggests this computer&apos;s time zone; change it if the practice is elsewhere.</source>
        <translation>Часовой пояс компании: Yelp указывает время отзывов по местному времени компании. clinicrep предлагает часовой пояс этого компьютера; измените его, если клиника в другом поясе.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="43"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="44"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="45"/>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="46"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="47"/>
        <source>Review</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="48"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="49"/>
        <source>Sentiment</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="50"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="51"/>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="52"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="54"/>
        <source>Our public reply</source>
        <translation>Наш публичный ответ</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="55"/>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="126"/>
        <source>Location</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="42"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="53"/>
        <source>Answered</source>
        <translation>Дата ответа</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message numerus="yes">
        <source>%n dates such as “3 days ago” were counted back from {value} (the day the file was saved); they are approximate.</source>
        <translation>
            <numerusform>%n дата вида «3 дня назад» отсчитана от {value} (дня сохранения файла); она приблизительная.</numerusform>
            <numerusform>%n даты вида «3 дня назад» отсчитаны от {value} (дня сохранения файла); они приблизительные.</numerusform>
            <numerusform>%n дат вида «3 дня назад» отсчитаны от {value} (дня сохранения файла); они приблизительные.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="111"/>
        <source>The date is empty; the row was skipped.</source>
        <translation>Дата не указана; строка пропущена.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="114"/>
        <source>The date “{value}” was not understood; the row was skipped.</source>
        <translation>Дата «{value}» не распознана; строка пропущена.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="117"/>
        <source>The date “{value}” cannot be a review&apos;s date; the row was skipped.</source>
        <translation>Дата «{value}» не может быть датой отзыва; строка пропущена.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="120"/>
        <source>The date “{value}” is in the future; check the file&apos;s dates.</source>
        <translation>Дата «{value}» в будущем; проверьте даты в файле.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="123"/>
        <source>The date “{value}” was not understood; imported with the export&apos;s date.</source>
        <translation>Дата «{value}» не распознана; отзыв импортирован с датой выгрузки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="127"/>
        <source>The date is empty; imported with the export&apos;s date.</source>
        <translation>Дата не указана; отзыв импортирован с датой выгрузки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="130"/>
        <source>The rating “{value}” was not understood; the row was skipped.</source>
        <translation>Оценка «{value}» не распознана; строка пропущена.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="133"/>
        <source>The rating “{value}” is outside the scale; the row was skipped.</source>
        <translation>Оценка «{value}» выходит за пределы шкалы; строка пропущена.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="136"/>
        <source>The row has neither text nor a rating; it was skipped.</source>
        <translation>В строке нет ни текста, ни оценки; она пропущена.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="139"/>
        <source>The text is longer than {n} characters; only its beginning was imported.</source>
        <translation>Текст длиннее {n} симв.; импортировано только его начало.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="143"/>
        <source>The file ends inside this row&apos;s quoted text (the file was cut); the row was skipped. Save the whole file again.</source>
        <translation>Файл обрывается внутри текста этой строки в кавычках (файл обрезан); строка пропущена. Сохраните файл целиком ещё раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="148"/>
        <source>The row repeats line {value}; it was imported once.</source>
        <translation>Строка повторяет строку {value}; отзыв импортирован один раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="151"/>
        <source>This line was saved in another encoding ({value}) than the rest of the file; it was read in that one.</source>
        <translation>Эта строка сохранена в другой кодировке ({value}), чем остальной файл; она прочитана в ней.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="156"/>
        <source>This line has bytes that are not text; they were replaced by “�”.</source>
        <translation>В этой строке есть байты, которые не являются текстом; они заменены на «�».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="161"/>
        <source>The row could not be read; it was skipped.</source>
        <translation>Не удалось прочитать строку; она пропущена.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="179"/>
        <source>Every row has the same date ({value}): it may be when the file was saved, not when the reviews were written. Choose another date column if there is one.</source>
        <translation>У всех строк одна и та же дата ({value}): возможно, это время сохранения файла, а не написания отзывов. Выберите другой столбец с датой, если он есть.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="185"/>
        <source>Every rating is {value}: check that the rating column is right.</source>
        <translation>Все оценки равны {value}: проверьте, что выбран правильный столбец оценки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="189"/>
        <source>The IDs in “{value}” repeat for different reviews, so they were not used; reviews are told apart by their content.</source>
        <translation>Идентификаторы в «{value}» повторяются у разных отзывов, поэтому не использованы; отзывы различаются по содержимому.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="195"/>
        <source>Ratings were read on a scale of 1 to {value}.</source>
        <translation>Оценки прочитаны по шкале от 1 до {value}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="207"/>
        <source>The file has no date column: the reviews got today&apos;s date.</source>
        <translation>В файле нет столбца с датой: отзывам присвоена сегодняшняя дата.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="211"/>
        <source>The file is not saved as Unicode; its letters were read as {value}. If names or texts look wrong, import it again and choose its encoding.</source>
        <translation>Файл сохранён не в Юникоде; его буквы прочитаны как {value}. Если имена или тексты выглядят неправильно, импортируйте его ещё раз и выберите его кодировку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="246"/>
        <source>Rows read: {rows}. New reviews imported: {imported}, updated: {updated}, already there: {unchanged}, rows skipped: {skipped}.</source>
        <translation>Прочитано строк: {rows}. Новых отзывов импортировано: {imported}, обновлено: {updated}, уже были: {unchanged}, пропущено строк: {skipped}.</translation>
    </message>
</context>
<context>
    <name>CsvMapping</name>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="564"/>
        <source>Yandex Maps reviews</source>
        <translation>Отзывы Яндекс Карт</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="565"/>
        <source>Google Maps places with their reviews (google-maps-scraper)</source>
        <translation>Места Google Карт с отзывами (google-maps-scraper)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="568"/>
        <source>Google Maps reviews</source>
        <translation>Отзывы Google Карт</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="569"/>
        <source>Google Maps reviews exported by Outscraper</source>
        <translation>Отзывы Google Карт, выгруженные Outscraper</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="572"/>
        <source>Google Maps reviews exported by Apify</source>
        <translation>Отзывы Google Карт, выгруженные Apify</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="573"/>
        <source>Google Business Profile reviews (Google Takeout)</source>
        <translation>Отзывы из профиля компании в Google (Google Takeout)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="576"/>
        <source>Dianping reviews</source>
        <translation>Отзывы Dianping</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="577"/>
        <source>ZnanyLekarz / Doctoralia opinions</source>
        <translation>Отзывы ZnanyLekarz / Doctoralia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="580"/>
        <source>ProDoctorov reviews</source>
        <translation>Отзывы ПроДокторов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="581"/>
        <source>2GIS reviews</source>
        <translation>Отзывы 2ГИС</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="582"/>
        <source>Doc.ua reviews</source>
        <translation>Отзывы Doc.ua</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="583"/>
        <source>Helsi reviews</source>
        <translation>Отзывы Helsi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="584"/>
        <source>Ceneo-style opinion list</source>
        <translation>Список мнений в стиле Ceneo</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="594"/>
        <source>“{column}”: as in {preset}.</source>
        <translation>«{column}»: как в формате «{preset}».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="598"/>
        <source>“{column}”: by its name.</source>
        <translation>«{column}»: по названию.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="602"/>
        <source>“{column}”: its values are dates.</source>
        <translation>«{column}»: в нём даты.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="603"/>
        <source>“{column}”: its values are web links, one per review.</source>
        <translation>«{column}»: в нём веб-ссылки, по одной на отзыв.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="606"/>
        <source>“{column}”: its values are ratings (stars).</source>
        <translation>«{column}»: в нём оценки (звёзды).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="609"/>
        <source>“{column}”: its values are different in every row.</source>
        <translation>«{column}»: значения во всех строках разные.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="612"/>
        <source>“{column}”: its values are language codes.</source>
        <translation>«{column}»: в нём коды языков.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="615"/>
        <source>“{column}”: its values are short and varied, like names.</source>
        <translation>«{column}»: значения короткие и разные, как имена.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="618"/>
        <source>“{column}”: it holds the longest, most varied text.</source>
        <translation>«{column}»: в нём самый длинный и разнообразный текст.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="621"/>
        <source>“{column}” was not used: its links are pictures.</source>
        <translation>«{column}» не использован: его ссылки ведут на картинки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="624"/>
        <source>“{column}” was not used: the same link repeats in many rows.</source>
        <translation>«{column}» не использован: одна и та же ссылка повторяется во многих строках.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="627"/>
        <source>“{column}” was not used: it is when the file was saved, not the review.</source>
        <translation>«{column}» не использован: это время сохранения файла, а не отзыва.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="630"/>
        <source>“{column}” was not used: values 1–3 are classes, not stars.</source>
        <translation>«{column}» не использован: значения 1–3 — это категории, а не звёзды.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="633"/>
        <source>“{column}” was not used: values like 4.3 are averages, not one review.</source>
        <translation>«{column}» не использован: значения вроде 4.3 — это средние, а не оценка одного отзыва.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="636"/>
        <source>“{column}” was not used as the review ID: its values repeat; reviews are told apart by their content.</source>
        <translation>«{column}» не использован как идентификатор отзыва: значения повторяются; отзывы различаются по содержимому.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="641"/>
        <source>“{column}” was not used as the review ID: it only numbers the rows.</source>
        <translation>«{column}» не использован как идентификатор отзыва: это просто номера строк.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="645"/>
        <source>“{column}”.</source>
        <translation>«{column}».</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <location filename="../../src/clinicrep/store/pg_check.py" line="295"/>
        <source>Connected to PostgreSQL {version}. The database is empty: clinicrep sets it up when this PC first uses it.</source>
        <translation>Подключено к PostgreSQL {version}. База данных пуста: clinicrep подготовит её, когда этот ПК впервые ею воспользуется.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/pg_check.py" line="301"/>
        <source>Connected to PostgreSQL {version}. The database holds clinicrep&apos;s data ({count} reviews) from an older version; it is updated when this PC first uses it.</source>
        <translation>Подключено к PostgreSQL {version}. В базе данных есть данные clinicrep ({count} отзывов) от более старой версии; они будут обновлены, когда этот ПК впервые ею воспользуется.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/pg_check.py" line="306"/>
        <source>Connected to PostgreSQL {version}. The database holds clinicrep&apos;s data ({count} reviews).</source>
        <translation>Подключено к PostgreSQL {version}. В базе данных есть данные clinicrep ({count} отзывов).</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="69"/>
        <source>This PC only (default)</source>
        <translation>Только этот ПК (по умолчанию)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="70"/>
        <source>Shared with other PCs (PostgreSQL server)</source>
        <translation>Общая для нескольких ПК (сервер PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="79"/>
        <source>e.g. server.practice.local</source>
        <translation>например, server.practice.local</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="100"/>
        <source>Encrypted, the server&apos;s certificate checked (recommended)</source>
        <translation>С шифрованием, сертификат сервера проверяется (рекомендуется)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="101"/>
        <source>Encrypted, the certificate not checked</source>
        <translation>С шифрованием, сертификат не проверяется</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="102"/>
        <source>Encrypted when the server offers it</source>
        <translation>С шифрованием, если сервер его предлагает</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="110"/>
        <source>The CA file from your IT provider (.crt, .pem)</source>
        <translation>Файл ЦС от вашего ИТ-специалиста (.crt, .pem)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="112"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="129"/>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="135"/>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="171"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="137"/>
        <source>The name or address of the computer that runs PostgreSQL; the port is usually 5432.</source>
        <translation>Имя или адрес компьютера, на котором работает PostgreSQL; порт обычно 5432.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="145"/>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="147"/>
        <source>The database your IT provider made for clinicrep.</source>
        <translation>База данных, которую ваш ИТ-специалист создал для clinicrep.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="150"/>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="150"/>
        <source>The same user on every PC of the practice.</source>
        <translation>Один и тот же пользователь на всех ПК клиники.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="154"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="94"/>
        <source>Saved securely on this computer; type to change it</source>
        <translation>Надёжно сохранён на этом компьютере; введите, чтобы изменить</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="156"/>
        <source>Saved securely in this computer&apos;s password store, never in a file.</source>
        <translation>Надёжно хранится в хранилище паролей этого компьютера, никогда — в файле.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="160"/>
        <source>Encryption (TLS):</source>
        <translation>Шифрование (TLS):</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="162"/>
        <source>Checking the certificate needs the CA file below.</source>
        <translation>Для проверки сертификата нужен файл ЦС ниже.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="166"/>
        <source>CA file:</source>
        <translation>Файл ЦС:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="168"/>
        <source>Proves that the server is yours, not an impostor on the network.</source>
        <translation>Подтверждает, что это ваш сервер, а не подмена в сети.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="179"/>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="197"/>
        <source>This run uses {where}, chosen when clinicrep was started (--db or CLINICREP_DB). What you choose here applies from the next start without it.</source>
        <translation>В этом запуске используется {where}, выбранная при запуске clinicrep (--db или CLINICREP_DB). То, что вы выберете здесь, будет действовать со следующего запуска без этого параметра.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="208"/>
        <source>The reviews are kept in a file on this PC: {path}. Backed up every day into its backups folder.</source>
        <translation>Отзывы хранятся в файле на этом ПК: {path}. Каждый день копия сохраняется в папку backups рядом с ним.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="217"/>
        <source>Several PCs of the practice share one inbox on a PostgreSQL server that your IT provider runs. The server&apos;s own backups apply; “Export a copy…” saves the shared reviews into a file.</source>
        <translation>Несколько ПК клиники работают с одним общим списком отзывов на сервере PostgreSQL, который обслуживает ваш ИТ-специалист. Резервные копии делает сам сервер; «Сохранить копию…» записывает общие отзывы в файл.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="224"/>
        <source>Export a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="285"/>
        <source>Choose the CA file</source>
        <translation>Выберите файл ЦС</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="287"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Сертификаты (*.crt *.pem *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="296"/>
        <source>Fill in the server, the database and the user first.</source>
        <translation>Сначала заполните сервер, базу данных и пользователя.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="312"/>
        <source>Connecting to {server}…</source>
        <translation>Подключение к {server}…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="367"/>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="375"/>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="394"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="368"/>
        <source>Fill in the server, the database and the user, or choose “This PC only”.</source>
        <translation>Заполните сервер, базу данных и пользователя или выберите «Только этот ПК».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="377"/>
        <source>This connection has not been tested successfully. Save it anyway? If the server cannot be used, clinicrep offers this PC&apos;s own database at the next start.</source>
        <translation>Это подключение ещё не было успешно проверено. Всё равно сохранить? Если сервер окажется недоступен, при следующем запуске clinicrep предложит собственную базу данных этого ПК.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="447"/>
        <source>clinicrep database (*.sqlite3)</source>
        <translation>База данных clinicrep (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="457"/>
        <source>Copying the database into {file}…</source>
        <translation>Копирование базы данных в {file}…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="445"/>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="471"/>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="477"/>
        <source>Export a copy</source>
        <translation>Сохранить копию</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="419"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="271"/>
        <source>{month} {year}</source>
        <comment>a month under a chart&apos;s bars: &apos;Dec 2026&apos;</comment>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="291"/>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="170"/>
        <source>dddd, d MMMM yyyy</source>
        <translation>d MMMM yyyy &apos;г.&apos; (dddd)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="172"/>
        <source>dddd, d MMMM yyyy, HH:mm</source>
        <translation>d MMMM yyyy &apos;г.&apos; (dddd), HH:mm</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="102"/>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="282"/>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="104"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>DbCli</name>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="848"/>
        <source>Shared database: {where}</source>
        <translation>Общая база данных: {where}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="854"/>
        <source>This PC&apos;s own database: {where}</source>
        <translation>Собственная база данных этого ПК: {where}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="863"/>
        <source>This PC&apos;s own database opens.</source>
        <translation>Собственная база данных этого ПК открывается.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="895"/>
        <source>This PC uses {where} from now on; the old database was kept as it was.</source>
        <translation>Теперь этот ПК использует {where}; старая база данных сохранена как была.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="903"/>
        <source>This PC has no keyring to keep the database password, so it was used for this copy only. Enter it in Settings → Database, or ask your IT provider to keep it in ~/.pgpass.</source>
        <translation>На этом ПК нет связки ключей, чтобы сохранить пароль базы данных, поэтому он использован только для этого копирования. Введите его в «Настройки → База данных» или попросите ИТ-специалиста сохранить его в ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>DbMove</name>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="72"/>
        <source>Copied {reviews} reviews ({rows} rows in {tables} tables) to {target} in {seconds} s; every table&apos;s count was checked.</source>
        <translation>Скопировано отзывов: {reviews} (строк: {rows}, таблиц: {tables}) в {target} за {seconds} с; число строк каждой таблицы проверено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="84"/>
        <source>The file that was there is kept as {path}.</source>
        <translation>Файл, который был там раньше, сохранён как {path}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="425"/>
        <source>Building the search and sort indexes…</source>
        <translation>Построение индексов поиска и сортировки…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="468"/>
        <source>{table}: {done} of {total} rows</source>
        <translation>Копирование {table}: {done} из {total} строк</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="477"/>
        <source>Copying {table}: {rows} rows…</source>
        <translation>Копирование {table}: строк — {rows}…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="521"/>
        <source>Every table&apos;s count checked; finishing the copy…</source>
        <translation>Число строк каждой таблицы проверено; копирование завершается…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="488"/>
        <source>alerts</source>
        <comment>after Copying</comment>
        <translation>оповещений</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="489"/>
        <source>the log of events</source>
        <comment>after Copying</comment>
        <translation>журнала событий</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="490"/>
        <source>learned corrections</source>
        <comment>after Copying</comment>
        <translation>выученных исправлений</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="493"/>
        <source>locations</source>
        <comment>after Copying</comment>
        <translation>филиалов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="494"/>
        <source>replies waiting to be sent</source>
        <comment>after Copying</comment>
        <translation>ответов, ожидающих отправки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="497"/>
        <source>replies</source>
        <comment>after Copying</comment>
        <translation>ответов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="498"/>
        <source>who is replying</source>
        <comment>after Copying</comment>
        <translation>сведений о том, кто отвечает</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="499"/>
        <source>reply templates</source>
        <comment>after Copying</comment>
        <translation>шаблонов ответов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="500"/>
        <source>praise and complaints</source>
        <comment>after Copying</comment>
        <translation>похвалы и жалоб</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="503"/>
        <source>corrections</source>
        <comment>after Copying</comment>
        <translation>исправлений</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="504"/>
        <source>topics</source>
        <comment>after Copying</comment>
        <translation>тем</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="505"/>
        <source>earlier versions of reviews</source>
        <comment>after Copying</comment>
        <translation>прежних версий отзывов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="508"/>
        <source>reviews</source>
        <comment>after Copying</comment>
        <translation>отзывов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="509"/>
        <source>settings</source>
        <comment>after Copying</comment>
        <translation>настроек</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="510"/>
        <source>sources</source>
        <comment>after Copying</comment>
        <translation>источников</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="511"/>
        <source>checks for new reviews</source>
        <comment>after Copying</comment>
        <translation>проверок новых отзывов</translation>
    </message>
</context>
<context>
    <name>DraftMap</name>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="41"/>
        <source>What each sentence of the draft answers</source>
        <translation>На что отвечает каждое предложение черновика</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="53"/>
        <source>Invitation to talk it over privately</source>
        <translation>Приглашение обсудить всё лично</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="54"/>
        <source>The facts, with where to check them</source>
        <translation>Факты и где их проверить</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="55"/>
        <source>Holding reply: the owner is looking into it</source>
        <translation>Предварительный ответ: руководитель разбирается</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="56"/>
        <source>Why details are not discussed in public</source>
        <translation>Почему подробности не обсуждаются публично</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="68"/>
        <source>{aspect}: praise</source>
        <translation>{aspect}: похвала</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="70"/>
        <source>{aspect}: complaint</source>
        <translation>{aspect}: жалоба</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="78"/>
        <source>{what} — “{excerpt}”</source>
        <translation>{what} — «{excerpt}»</translation>
    </message>
</context>
<context>
    <name>Drafting</name>
    <message>
        <location filename="../../src/clinicrep/drafting/compose.py" line="449"/>
        <source>“{words}”: {reason}</source>
        <translation>«{words}»: {reason}</translation>
    </message>
</context>
<context>
    <name>DraftingForm</name>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="74"/>
        <source>What the practice does about problems</source>
        <translation>Что клиника делает с проблемами</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="77"/>
        <source>Language of the facts</source>
        <translation>Язык фактов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="84"/>
        <source>Replies in:</source>
        <translation>Ответы на языке:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="87"/>
        <source>Drafts in this language use the sentences below. Write them in that language; leave a row empty for a general sentence.</source>
        <translation>Черновики на этом языке используют предложения ниже. Пишите их на этом языке; оставьте строку пустой, чтобы использовать общую фразу.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="36"/>
        <source>e.g. Doctors now keep time for questions.</source>
        <translation>напр. Врачи теперь оставляют время на вопросы.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="37"/>
        <source>e.g. A nurse now checks in after each procedure.</source>
        <translation>напр. Медсестра заходит после каждой процедуры.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="40"/>
        <source>e.g. We added a second receptionist in the mornings.</source>
        <translation>напр.: По утрам теперь работает второй администратор.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="97"/>
        <source>What the practice does about complaints of this kind, said in drafts that answer one.</source>
        <translation>Что клиника делает с жалобами такого рода; это попадает в черновики ответов на них.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="104"/>
        <source>Facts against misinformation</source>
        <translation>Факты против дезинформации</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="107"/>
        <source>Facts against misinformation:</source>
        <translation>Факты против дезинформации:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="109"/>
        <source>For example your licence and where it is registered. Never a patient&apos;s case.</source>
        <translation>Например, ваша лицензия и где она зарегистрирована. Никогда — случай пациента.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="113"/>
        <source>Where the facts can be checked</source>
        <translation>Где можно проверить факты</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="116"/>
        <source>Where the facts can be checked:</source>
        <translation>Где можно проверить факты:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="118"/>
        <source>A public register&apos;s name or a link, quoted in replies to misinformation.</source>
        <translation>Название открытого реестра или ссылка; приводится в ответах на дезинформацию.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="122"/>
        <source>AI drafts (optional)</source>
        <translation>Черновики от ИИ (по желанию)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="124"/>
        <source>Ask an AI model for drafts</source>
        <translation>Просить черновики у модели ИИ</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="131"/>
        <source>Off: drafts are composed on this computer. On: the review&apos;s public text, its aspects and your facts go to the service below; you see the request before the first one is sent. Every draft is checked by the guard and you publish it.</source>
        <translation>Выключено: черновики составляются на этом компьютере. Включено: публичный текст отзыва, его аспекты и ваши факты уходят в сервис ниже; перед первой отправкой вы увидите запрос. Каждый черновик проверяет защита, а публикуете его вы.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="140"/>
        <source>Service address:</source>
        <translation>Адрес сервиса:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="143"/>
        <source>Any service that speaks the OpenAI chat completions API: llama.cpp, Ollama, LM Studio, vLLM or a provider you chose.</source>
        <translation>Любой сервис с API OpenAI chat completions: llama.cpp, Ollama, LM Studio, vLLM или выбранный вами провайдер.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="149"/>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="149"/>
        <source>The model name the service uses.</source>
        <translation>Название модели в этом сервисе.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="153"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="156"/>
        <source>Key:</source>
        <translation>Ключ:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="159"/>
        <source>Saved securely in this computer&apos;s password store. Leave empty for a service that runs on this computer.</source>
        <translation>Надёжно хранится в хранилище паролей этого компьютера. Оставьте пустым для сервиса, работающего на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="165"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="169"/>
        <source>Wait at most:</source>
        <translation>Ждать не дольше:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="171"/>
        <source>After this the composed draft stays in the editor.</source>
        <translation>После этого в редакторе остаётся составленный черновик.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="43"/>
        <source>e.g. We now call if a doctor runs late.</source>
        <translation>напр. Звоним, если врач задерживается.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="44"/>
        <source>e.g. Appointments can now be booked online.</source>
        <translation>напр. Записаться теперь можно онлайн.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="47"/>
        <source>e.g. Our prices are on the website and at the desk.</source>
        <translation>напр. Цены есть на сайте и на стойке.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="53"/>
        <source>e.g. Everyone now gets a written visit summary.</source>
        <translation>напр. Каждый получает письменное резюме приёма.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="56"/>
        <source>e.g. Our head doctor reviews every such complaint.</source>
        <translation>напр. Главврач сам разбирает такие жалобы.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="59"/>
        <source>e.g. Free parking is now behind the building.</source>
        <translation>напр. За зданием теперь бесплатная парковка.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="50"/>
        <source>e.g. The waiting room is now cleaned twice a day.</source>
        <translation>напр. Теперь зал ожидания убирают дважды в день.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="231"/>
        <source>Drafting</source>
        <translation>Черновики</translation>
    </message>
</context>
<context>
    <name>Encodings</name>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="31"/>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="32"/>
        <source>Unicode (UTF-8)</source>
        <translation>Юникод (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="33"/>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="34"/>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="35"/>
        <source>Unicode (UTF-16)</source>
        <translation>Юникод (UTF-16)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="36"/>
        <source>Central European (Windows)</source>
        <translation>Центральноевропейская (Windows)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="37"/>
        <source>Cyrillic (Windows)</source>
        <translation>Кириллица (Windows)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="38"/>
        <source>Western European (Windows)</source>
        <translation>Западноевропейская (Windows)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="39"/>
        <source>Central European (ISO)</source>
        <translation>Центральноевропейская (ISO)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="40"/>
        <source>Russian (KOI8-R)</source>
        <translation>Русская (KOI8-R)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="41"/>
        <source>Ukrainian (KOI8-U)</source>
        <translation>Украинская (KOI8-U)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="42"/>
        <source>Chinese Simplified (GBK)</source>
        <translation>Китайская упрощённая (GBK)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="43"/>
        <source>Chinese Traditional (Big5)</source>
        <translation>Китайская традиционная (Big5)</translation>
    </message>
</context>
<context>
    <name>ExportCli</name>
    <message numerus="yes">
        <location filename="../../src/clinicrep/cli.py" line="734"/>
        <source>%n review(s) written to {path}.</source>
        <translation>
            <numerusform>В файл {path} записан %n отзыв.</numerusform>
            <numerusform>В файл {path} записано %n отзыва.</numerusform>
            <numerusform>В файл {path} записано %n отзывов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="65"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="67"/>
        <source>Needs attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="68"/>
        <source>All reviews</source>
        <translation>Все отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="69"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="70"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="71"/>
        <source>Answered</source>
        <translation>Отвеченные</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="72"/>
        <source>Escalated</source>
        <translation>У владельца</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="73"/>
        <source>Dismissed</source>
        <translation>Закрытые</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="74"/>
        <source>Imported history</source>
        <translation>Архивные</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="75"/>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="80"/>
        <source>Location</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="82"/>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="257"/>
        <source>All locations</source>
        <translation>Все филиалы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="85"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="86"/>
        <source>All platforms</source>
        <translation>Все платформы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="90"/>
        <source>Stars</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="91"/>
        <source>Any stars</source>
        <translation>Любая оценка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="94"/>
        <source>No stars</source>
        <translation>Без оценки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="96"/>
        <source>Sentiment</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="97"/>
        <source>Any sentiment</source>
        <translation>Любая тональность</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="101"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="102"/>
        <source>Any topic</source>
        <translation>Любая тема</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="107"/>
        <source>Praise or complaint</source>
        <translation>Похвала или жалоба</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="109"/>
        <source>Any praise or complaint</source>
        <translation>Любая похвала или жалоба</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="113"/>
        <source>{aspect}: praise</source>
        <translation>{aspect}: похвала</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="116"/>
        <source>{aspect}: complaint</source>
        <translation>{aspect}: жалоба</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="119"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="121"/>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="122"/>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="123"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="124"/>
        <source>Last 3 months</source>
        <translation>Последние 3 месяца</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="125"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="131"/>
        <source>Search reviews (Ctrl+F)</source>
        <translation>Поиск по отзывам (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="132"/>
        <source>Search reviews</source>
        <translation>Поиск по отзывам</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="145"/>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="146"/>
        <source>Clear the chart filter</source>
        <translation>Сбросить фильтр графика</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="152"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="153"/>
        <source>Show what needs attention, with no other filter</source>
        <translation>Показать то, что требует внимания, без других фильтров</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="266"/>
        <source>Waiting for approval</source>
        <translation>Ждут одобрения</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="364"/>
        <source>Chart: {what}</source>
        <translation>График: {what}</translation>
    </message>
</context>
<context>
    <name>GoogleSignIn</name>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="319"/>
        <source>clinicrep is connected to Google</source>
        <translation>clinicrep подключён к Google</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="321"/>
        <source>Google sign-in was not completed</source>
        <translation>Вход в Google не завершён</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="323"/>
        <source>You can close this browser tab and return to clinicrep.</source>
        <translation>Можно закрыть эту вкладку браузера и вернуться в clinicrep.</translation>
    </message>
</context>
<context>
    <name>GuardLaw</name>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="228"/>
        <source>FTC rule on consumer reviews (16 CFR 465); platform rules</source>
        <translation>Правило FTC об отзывах потребителей (16 CFR 465); правила площадок</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="231"/>
        <source>Digital Markets, Competition and Consumers Act 2024; platform rules</source>
        <translation>Закон о цифровых рынках, конкуренции и потребителях 2024 г. (Великобритания); правила площадок</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="234"/>
        <source>Federal Law 38-FZ on advertising; platform rules</source>
        <translation>Федеральный закон № 38-ФЗ «О рекламе»; правила площадок</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="237"/>
        <source>Law of Ukraine on consumer rights protection; platform rules</source>
        <translation>Закон Украины «О защите прав потребителей»; правила площадок</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="240"/>
        <source>Act on counteracting unfair market practices; platform rules</source>
        <translation>Закон Польши о противодействии недобросовестным рыночным практикам; правила площадок</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="243"/>
        <source>Anti-Unfair Competition Law; E-Commerce Law art. 17</source>
        <translation>Закон КНР о борьбе с недобросовестной конкуренцией; Закон об электронной торговле, ст. 17</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="248"/>
        <source>Review platforms&apos; rules (Google, Yelp and others)</source>
        <translation>Правила площадок отзывов (Google, Yelp и другие)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="253"/>
        <source>HIPAA Privacy Rule (45 CFR 164.502)</source>
        <translation>Правило конфиденциальности HIPAA (45 CFR 164.502)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="254"/>
        <source>UK GDPR art. 9; GMC guidance on confidentiality</source>
        <translation>UK GDPR, ст. 9; руководство GMC о конфиденциальности</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="257"/>
        <source>Federal Law 323-FZ, art. 13 (medical secrecy)</source>
        <translation>Федеральный закон № 323-ФЗ, ст. 13 (врачебная тайна)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="260"/>
        <source>Fundamentals of the legislation of Ukraine on health care, art. 40</source>
        <translation>Основы законодательства Украины о здравоохранении, ст. 40 (врачебная тайна)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="263"/>
        <source>Act on patient rights, art. 13-14 (medical secrecy)</source>
        <translation>Закон Польши о правах пациента, ст. 13–14 (врачебная тайна)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="266"/>
        <source>Physicians Law art. 56; Personal Information Protection Law</source>
        <translation>Закон КНР о врачах, ст. 56; Закон о защите персональной информации</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="271"/>
        <source>Medical confidentiality and data protection law</source>
        <translation>Законы о врачебной тайне и защите данных</translation>
    </message>
</context>
<context>
    <name>ImportCli</name>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="422"/>
        <source>--export-date: “{value}” is not a date like 2026-03-31.</source>
        <translation>--export-date: «{value}» — не дата вида 2026-03-31.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="516"/>
        <source>--map {item}: write FIELD=COLUMN with FIELD one of {fields}.</source>
        <translation>--map {item}: напишите ПОЛЕ=СТОЛБЕЦ, где ПОЛЕ — одно из: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="527"/>
        <source>(unnamed)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="529"/>
        <source>--map {item}: the file has no column “{column}”. Its columns: {columns}</source>
        <translation>--map {item}: в файле нет столбца «{column}». Его столбцы: {columns}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="563"/>
        <source>Recognised: {export}</source>
        <translation>Распознано: {export}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="579"/>
        <location filename="../../src/clinicrep/cli.py" line="601"/>
        <source>note: {text}</source>
        <translation>примечание: {text}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="584"/>
        <source>Rows that would be imported: {would} of {rows} (dry run: nothing was saved).</source>
        <translation>Строк к импорту: {would} из {rows} (пробный запуск: ничего не сохранено).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="589"/>
        <source>[answered]</source>
        <translation>[с ответом]</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="607"/>
        <source>line {line}: {reason}</source>
        <translation>строка {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="615"/>
        <source>Rows without a readable date were skipped; --date-unknown imports them with the export date.</source>
        <translation>Строки без читаемой даты пропущены; --date-unknown импортирует их с датой выгрузки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="625"/>
        <source>… and {count} more.</source>
        <translation>… и ещё {count}.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="78"/>
        <source>Import reviews from {file}</source>
        <translation>Импорт отзывов из файла {file}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="85"/>
        <source>Name of the source</source>
        <translation>Название источника</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="93"/>
        <source>Website the file comes from</source>
        <translation>Сайт, с которого получен файл</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="100"/>
        <source>Language of the reviews</source>
        <translation>Язык отзывов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="101"/>
        <source>Detect from the text</source>
        <translation>Определить по тексту</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="105"/>
        <source>Encoding of the file&apos;s text</source>
        <translation>Кодировка текста файла</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="120"/>
        <source>Detected: {encoding}</source>
        <translation>Определена: {encoding}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="137"/>
        <source>Day the file was saved</source>
        <translation>День сохранения файла</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="139"/>
        <source>Dates such as “3 days ago” in the file are counted back from this day.</source>
        <translation>Даты вида «3 дня назад» в файле отсчитываются от этого дня.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="147"/>
        <source>Import rows whose date cannot be read, with the day the file was saved</source>
        <translation>Импортировать строки с нераспознанной датой, указав день сохранения файла</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="151"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="151"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="151"/>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="152"/>
        <source>Review text</source>
        <translation>Текст отзыва</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="152"/>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="152"/>
        <source>Review ID</source>
        <translation>ID отзыва</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="153"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="153"/>
        <source>Practice&apos;s reply</source>
        <translation>Ответ клиники</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="154"/>
        <source>Language code</source>
        <translation>Код языка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="157"/>
        <source>Source name:</source>
        <translation>Название источника:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="158"/>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="159"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="160"/>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="161"/>
        <source>File saved on:</source>
        <translation>Файл сохранён:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="174"/>
        <source>Why this column</source>
        <translation>Почему этот столбец</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="237"/>
        <source>Recognised: {export}.</source>
        <translation>Распознано: {export}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="244"/>
        <source>clinicrep did not recognise the website this file comes from: choose it in “Website” above.</source>
        <translation>clinicrep не узнал, с какого сайта этот файл: выберите его выше в поле «Сайт».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="256"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="302"/>
        <source>The text looks garbled in {encoding}. Choose another encoding above until the preview reads right; if none does, this is not a file of reviews: save the reviews from the website again.</source>
        <translation>В кодировке «{encoding}» текст выглядит искажённым. Выберите выше другую кодировку, чтобы предпросмотр читался правильно; если ни одна не подходит, это не файл отзывов: сохраните отзывы с сайта ещё раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="323"/>
        <source>No column was found for the review text or the rating. Choose at least one of them above; if none fits, this is probably not a file of reviews: save the reviews from the website again.</source>
        <translation>Не найден столбец с текстом отзыва или с оценкой. Выберите выше хотя бы один из них; если ни один не подходит, вероятно, это не файл с отзывами: сохраните отзывы с сайта ещё раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="343"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1514"/>
        <source>Review exports (*.csv *.tsv *.txt *.json *.jsonl *.xlsx);;All files (*)</source>
        <translation>Выгрузки отзывов (*.csv *.tsv *.txt *.json *.jsonl *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="183"/>
        <source>First rows of the file</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="108"/>
        <source>How the file&apos;s letters are stored. If the preview shows strange characters, try another one: “{polish}” for Polish, “{cyrillic}” for Russian or Ukrainian files, “{chinese}” for Chinese.</source>
        <translation>Как в файле записаны буквы. Если в предпросмотре странные символы, попробуйте другую кодировку: «{polish}» для польских, «{cyrillic}» для русских и украинских файлов, «{chinese}» для китайских.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="191"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="258"/>
        <source>(unnamed)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="284"/>
        <source>Chosen by you.</source>
        <translation>Выбрано вами.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="310"/>
        <source>{rows} rows shown of the Excel workbook</source>
        <translation>Показано строк книги Excel: {rows}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="314"/>
        <source>{rows} rows shown of the file · encoding {encoding}</source>
        <translation>Показано строк файла: {rows} · кодировка {encoding}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="341"/>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="355"/>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="476"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1511"/>
        <source>Import reviews</source>
        <translation>Импорт отзывов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="374"/>
        <source>This file looks like {export}, not {platform}. If it is, choose “{other}” in “Website” above; otherwise import it as it is.</source>
        <translation>Этот файл похож на «{export}», а не на {platform}. Если это так, выберите «{other}» выше в поле «Сайт»; если нет, импортируйте как есть.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="421"/>
        <source>Importing reviews…</source>
        <translation>Импорт отзывов…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="422"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="454"/>
        <source>Line {line}: {reason}</source>
        <translation>Строка {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="461"/>
        <source>… and {n} more.</source>
        <translation>… и ещё {n}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="466"/>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
</context>
<context>
    <name>ImportOnly</name>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="397"/>
        <source>clinicrep cannot connect to this site: paste its reviews from the page, import a file saved from it, or add reviews by hand.</source>
        <translation>clinicrep не может подключиться к этому сайту: вставьте его отзывы со страницы, импортируйте сохранённый с него файл или добавьте отзывы вручную.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="409"/>
        <source>Open your profile on ZnanyLekarz (or Doctoralia) in the browser and go to the patients&apos; opinions. Click “Show more” until the opinions you want are listed, select them from the first author&apos;s name to the end of the last opinion, copy (Ctrl+C) and choose “Paste reviews”. The doctor&apos;s answers come along as the practice&apos;s replies.</source>
        <translation>Откройте свой профиль на ZnanyLekarz (или Doctoralia) в браузере и перейдите к отзывам пациентов. Нажимайте «Показать ещё», пока не появятся нужные отзывы, выделите их от имени первого автора до конца последнего отзыва, скопируйте (Ctrl+C) и выберите «Вставить отзывы». Ответы врача попадут в clinicrep как ответы практики.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="423"/>
        <source>Open the doctor&apos;s or the clinic&apos;s page on ProDoctorov and its reviews tab. Load the reviews you want, select them together with the authors and dates, copy (Ctrl+C) and choose “Paste reviews”.</source>
        <translation>Откройте страницу врача или клиники на ПроДокторов и вкладку отзывов. Загрузите нужные отзывы, выделите их вместе с авторами и датами, скопируйте (Ctrl+C) и выберите «Вставить отзывы».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="435"/>
        <source>Open the organisation&apos;s card on Yandex Maps, its reviews tab, and sort by date. Scroll until the reviews you want have loaded, select them from the first author to the last review, copy (Ctrl+C) and choose “Paste reviews”. A file saved by a review-export tool (CSV, JSON) goes in with “Import a file”.</source>
        <translation>Откройте карточку организации в Яндекс Картах, вкладку «Отзывы», и отсортируйте по дате. Прокрутите, пока не загрузятся нужные отзывы, выделите их от первого автора до последнего отзыва, скопируйте (Ctrl+C) и выберите «Вставить отзывы». Файл, сохранённый программой выгрузки отзывов (CSV, JSON), загружается через «Импорт из файла».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="448"/>
        <source>Open the clinic&apos;s card in 2GIS in the browser, its reviews tab. Scroll until the reviews you want are shown, select them, copy (Ctrl+C) and choose “Paste reviews”. 2GIS draws the stars as pictures: check the ratings in the grid before adding.</source>
        <translation>Откройте карточку клиники в 2ГИС в браузере, вкладку «Отзывы». Прокрутите, пока не появятся нужные отзывы, выделите их, скопируйте (Ctrl+C) и выберите «Вставить отзывы». 2ГИС рисует звёзды картинками: проверьте оценки в таблице перед добавлением.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="461"/>
        <source>Open the doctor&apos;s or the clinic&apos;s page on Doc.ua and scroll to the reviews. Show all you want, select them with their authors and dates, copy (Ctrl+C) and choose “Paste reviews”.</source>
        <translation>Откройте страницу врача или клиники на Doc.ua и прокрутите до отзывов. Покажите все нужные, выделите их с авторами и датами, скопируйте (Ctrl+C) и выберите «Вставить отзывы».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="473"/>
        <source>Open the doctor&apos;s page on Helsi and its reviews. Select the reviews with their authors and dates, copy (Ctrl+C) and choose “Paste reviews”.</source>
        <translation>Откройте страницу врача на Helsi и его отзывы. Выделите отзывы с авторами и датами, скопируйте (Ctrl+C) и выберите «Вставить отзывы».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="484"/>
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
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="586"/>
        <source>Waiting for approval</source>
        <translation>Ждёт одобрения</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="586"/>
        <source>Sent back</source>
        <translation>Возвращён</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="740"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="741"/>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="742"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="743"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="744"/>
        <source>Review</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="745"/>
        <source>Sentiment</source>
        <translation>Тональность</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="746"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="747"/>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="748"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="749"/>
        <source>Time left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="831"/>
        <source>[edited] </source>
        <translation>[изменён] </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="833"/>
        <source>[removed on platform] </source>
        <translation>[удалён на платформе] </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="836"/>
        <source>[{name} is replying] </source>
        <translation>[{name} отвечает] </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="838"/>
        <source>(rating only)</source>
        <translation>(только оценка)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="863"/>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="876"/>
        <source>%n h left</source>
        <translation>
            <numerusform>осталось %n ч</numerusform>
            <numerusform>осталось %n ч</numerusform>
            <numerusform>осталось %n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="864"/>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="877"/>
        <source>%n min left</source>
        <translation>
            <numerusform>осталось %n мин</numerusform>
            <numerusform>осталось %n мин</numerusform>
            <numerusform>осталось %n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="865"/>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="880"/>
        <source>overdue %n d</source>
        <translation>
            <numerusform>просрочка %n дн.</numerusform>
            <numerusform>просрочка %n дн.</numerusform>
            <numerusform>просрочка %n дн.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="866"/>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="881"/>
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
        <location filename="../../src/clinicrep/labels.py" line="29"/>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="34"/>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="35"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="36"/>
        <source>Answered</source>
        <translation>Отвечен</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="37"/>
        <source>Escalated</source>
        <translation>У владельца</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="38"/>
        <source>Dismissed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="39"/>
        <source>Imported history</source>
        <translation>Архивный</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="54"/>
        <source>Dianping</source>
        <translation>Dianping</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="59"/>
        <source>Other site</source>
        <translation>Другой сайт</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="60"/>
        <source>Offline feedback</source>
        <translation>Офлайн-отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="66"/>
        <source>Positive</source>
        <translation>Положительная</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="67"/>
        <source>Neutral</source>
        <translation>Нейтральная</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="68"/>
        <source>Negative</source>
        <translation>Отрицательная</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="69"/>
        <source>Mixed</source>
        <translation>Смешанная</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="76"/>
        <source>Doctor</source>
        <translation>Врач</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="77"/>
        <source>Nurses</source>
        <translation>Медсёстры</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="78"/>
        <source>Reception and staff</source>
        <translation>Регистратура и персонал</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="79"/>
        <source>Waiting time</source>
        <translation>Время ожидания</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="80"/>
        <source>Appointments</source>
        <translation>Запись на приём</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="81"/>
        <source>Prices and billing</source>
        <translation>Цены и оплата</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="82"/>
        <source>Premises and cleanliness</source>
        <translation>Помещения и чистота</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="83"/>
        <source>Explanations</source>
        <translation>Объяснения</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="84"/>
        <source>Treatment result</source>
        <translation>Результат лечения</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="85"/>
        <source>Parking and location</source>
        <translation>Парковка и расположение</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="106"/>
        <source>Staff attitude</source>
        <translation>Отношение персонала</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="107"/>
        <source>Reception and phone</source>
        <translation>Регистратура и телефон</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="108"/>
        <source>Doctor and outcome</source>
        <translation>Врач и результат лечения</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="109"/>
        <source>Communication</source>
        <translation>Общение</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="110"/>
        <source>Food</source>
        <translation>Питание</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="111"/>
        <source>Praise of a person</source>
        <translation>Похвала сотруднику</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="126"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="127"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="128"/>
        <source>Ukrainian</source>
        <translation>Украинский</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="129"/>
        <source>Polish</source>
        <translation>Польский</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="130"/>
        <location filename="../../src/clinicrep/labels.py" line="131"/>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="132"/>
        <source>Other language</source>
        <translation>Другой язык</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="56"/>
        <source>Yandex Maps</source>
        <translation>Яндекс Карты</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../src/clinicrep/i18n.py" line="93"/>
        <source>, </source>
        <comment>between the items of a list, as in &apos;Waiting, Parking&apos;</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/i18n.py" line="102"/>
        <source>{first} {second}</source>
        <comment>one sentence, then another after it</comment>
        <translation>{first} {second}</translation>
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
    <name>LocationsDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="49"/>
        <source>Locations</source>
        <translation>Филиалы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="53"/>
        <source>A practice with several locations names them here and says where each source&apos;s reviews come from. The inbox, the charts and the monthly report can then show one location or the whole practice.</source>
        <translation>Если у клиники несколько филиалов, назовите их здесь и укажите, откуда приходят отзывы каждого источника. Тогда входящие, графики и ежемесячный отчёт смогут показывать один филиал или всю клинику.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="62"/>
        <source>Locations (double-click a name to rename it)</source>
        <translation>Филиалы (двойной щелчок по названию — переименовать)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="63"/>
        <source>Double-click a name to rename it</source>
        <translation>Дважды щёлкните название, чтобы переименовать</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="68"/>
        <source>Name of a new location</source>
        <translation>Название нового филиала</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="69"/>
        <source>e.g. Riverside</source>
        <translation>напр. На Ленина</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="72"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="75"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="78"/>
        <source>The location&apos;s sources and reviews stay; they count for the whole practice</source>
        <translation>Источники и отзывы филиала остаются и относятся ко всей клинике</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="86"/>
        <source>Where each source&apos;s reviews come from:</source>
        <translation>Откуда приходят отзывы каждого источника:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="89"/>
        <source>Location of each source</source>
        <translation>Филиал каждого источника</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="90"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="90"/>
        <source>Location</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="130"/>
        <source>{name} ({platform})</source>
        <translation>{name} ({platform})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="135"/>
        <source>Location of {source}</source>
        <translation>Филиал источника {source}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="136"/>
        <source>Whole practice only</source>
        <translation>Только вся клиника</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="168"/>
        <source>Location “{name}” added.</source>
        <translation>Филиал «{name}» добавлен.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="182"/>
        <source>Renamed to “{name}”.</source>
        <translation>Переименован в «{name}».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="192"/>
        <source>“{name}” removed; its sources now count for the whole practice.</source>
        <translation>Филиал «{name}» удалён; его источники теперь относятся ко всей клинике.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="202"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="333"/>
        <source>Analysis update progress</source>
        <translation>Ход обновления анализа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="943"/>
        <source>Marked “{status}”.</source>
        <translation>Отмечено: «{status}».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1087"/>
        <source>Undone: the review is “{status}” again.</source>
        <translation>Отменено: у отзыва снова статус «{status}».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1148"/>
        <source>Shown: {shown} · new: {new} · open: {open} · overdue: {overdue}</source>
        <translation>Показано: {shown} · новых: {new} · открытых: {open} · просроченных: {overdue}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1308"/>
        <source>{source}: %n review(s)</source>
        <translation>
            <numerusform>{source}: отзывов — %n</numerusform>
            <numerusform>{source}: отзывов — %n</numerusform>
            <numerusform>{source}: отзывов — %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1345"/>
        <source>Nothing is connected yet: connect a platform (File → Sources) or import a file of reviews (File → Import a file).</source>
        <translation>Пока ничего не подключено: подключите платформу (Файл → Источники) или импортируйте файл с отзывами (Файл → Импорт из файла).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1388"/>
        <source>Up to date: %n new review(s).</source>
        <translation>
            <numerusform>Всё загружено: %n новый отзыв.</numerusform>
            <numerusform>Всё загружено: %n новых отзыва.</numerusform>
            <numerusform>Всё загружено: %n новых отзывов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1391"/>
        <source>Changed on the platform: {n}.</source>
        <translation>Изменено на площадке: {n}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1399"/>
        <source>Up to date: no new reviews.</source>
        <translation>Всё загружено: новых отзывов нет.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1474"/>
        <source>Updating the analysis… %p%</source>
        <translation>Обновление анализа… %p%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1489"/>
        <source>Analysis brought up to date for %n review(s).</source>
        <translation>
            <numerusform>Анализ обновлён для %n отзыва.</numerusform>
            <numerusform>Анализ обновлён для %n отзывов.</numerusform>
            <numerusform>Анализ обновлён для %n отзывов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="149"/>
        <source>clinicrep — demo data</source>
        <translation>clinicrep — демо-данные</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="149"/>
        <source>clinicrep</source>
        <translation>clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="162"/>
        <source>Inbox of reviews</source>
        <translation>Входящие отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="290"/>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="291"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="503"/>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="326"/>
        <source>Sync progress</source>
        <translation>Ход синхронизации</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="354"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="356"/>
        <source>Put the review&apos;s previous status back (Ctrl+Z)</source>
        <translation>Вернуть отзыву прежний статус (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="556"/>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="566"/>
        <source>Fetch new reviews from every connected platform (F5)</source>
        <translation>Получить новые отзывы со всех подключённых платформ (F5)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="588"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="593"/>
        <source>S&amp;ettings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="597"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Импорт из файла…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="605"/>
        <source>Add &amp;offline feedback…</source>
        <translation>Добавить &amp;офлайн-отзыв…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="618"/>
        <source>Review-request &amp;card…</source>
        <translation>&amp;Карточка с просьбой об отзыве…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1716"/>
        <source>Copying the reviews to this PC…</source>
        <translation>Копирование отзывов на этот ПК…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1744"/>
        <source>Nothing was copied: the server already holds {held} reviews of the practice. The window stays on this PC&apos;s database for now; restart clinicrep to open the shared reviews.</source>
        <translation>Ничего не скопировано: на сервере уже есть отзывы клиники ({held}). Пока окно остаётся с базой данных этого ПК; перезапустите clinicrep, чтобы открыть общие отзывы.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1750"/>
        <source>Nothing was copied and the window stays on the shared database. {reason}</source>
        <translation>Ничего не скопировано, окно остаётся с общей базой данных. {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1754"/>
        <source>Nothing was copied and the window stays on this PC&apos;s database. {reason}</source>
        <translation>Ничего не скопировано, окно остаётся с базой данных этого ПК. {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1768"/>
        <source>This PC&apos;s own database, for now: {where} could not be used. What you write stays on this PC; restart clinicrep to try the shared database again.</source>
        <translation>Пока используется собственная база данных этого ПК: {where} недоступна. То, что вы пишете, остаётся на этом ПК; перезапустите clinicrep, чтобы снова попробовать общую базу данных.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1918"/>
        <source>The checks without the window could not be set up: the file {path} could not be written ({reason}). The window still checks while it is open.</source>
        <translation>Не удалось настроить проверки без окна: не получилось записать файл {path} ({reason}). Пока окно открыто, проверки идут как обычно.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1928"/>
        <source>The checks without the window could not be set up: this computer has no “{program}” program. The window still checks while it is open.</source>
        <translation>Не удалось настроить проверки без окна: на этом компьютере нет программы «{program}». Пока окно открыто, проверки идут как обычно.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1933"/>
        <source>The checks without the window could not be set up: the system refused the command below ({output}). The window still checks while it is open.</source>
        <translation>Не удалось настроить проверки без окна: система отклонила команду ниже ({output}). Пока окно открыто, проверки идут как обычно.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1938"/>
        <source>Command: {command}</source>
        <translation>Команда: {command}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="610"/>
        <source>&amp;Monthly summary (PDF)…</source>
        <translation>&amp;Ежемесячная сводка (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="343"/>
        <source>Show the replies waiting for your approval</source>
        <translation>Показать ответы, которые ждут вашего одобрения</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="457"/>
        <source>No reviews yet</source>
        <translation>Отзывов пока нет</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="565"/>
        <source>Check for new reviews</source>
        <translation>Проверить новые отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="589"/>
        <source>Check for &amp;new reviews</source>
        <translation>Проверить &amp;новые отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="614"/>
        <source>E&amp;xport the reviews shown (CSV)…</source>
        <translation>&amp;Экспорт показанных отзывов (CSV)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="621"/>
        <source>&amp;Restore from backup…</source>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="624"/>
        <source>Export &amp;a copy…</source>
        <translation>&amp;Сохранить копию…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="630"/>
        <source>Restore: the server&apos;s own backups apply</source>
        <translation>Восстановление: действуют резервные копии самого сервера</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="633"/>
        <source>The shared database is backed up by its server (ask your IT provider); Export a copy saves it into a file.</source>
        <translation>Резервные копии общей базы данных делает её сервер (спросите своего ИТ-специалиста); «Сохранить копию» записывает её в файл.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="639"/>
        <source>So&amp;urces…</source>
        <translation>Исто&amp;чники…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="642"/>
        <source>&amp;Locations…</source>
        <translation>&amp;Филиалы…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="644"/>
        <source>Name the practice&apos;s locations and say which source belongs to which</source>
        <translation>Назовите филиалы клиники и укажите, к какому относится каждый источник</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="649"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="654"/>
        <source>&amp;Review</source>
        <translation>&amp;Отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="657"/>
        <source>Mark as &amp;new</source>
        <translation>Пометить как &amp;новый</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="658"/>
        <source>Mark as &amp;in progress</source>
        <translation>Пометить как «в &amp;работе»</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="659"/>
        <source>Mark as &amp;answered</source>
        <translation>Пометить как &amp;отвеченный</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="660"/>
        <source>&amp;Escalate to the owner</source>
        <translation>&amp;Передать владельцу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="661"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Закрыть без ответа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="670"/>
        <source>&amp;Undo the status change</source>
        <translation>Отменить &amp;смену статуса</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="679"/>
        <source>D&amp;raft a reply</source>
        <translation>&amp;Черновик ответа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="683"/>
        <source>Reply &amp;templates…</source>
        <translation>&amp;Шаблоны ответов…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="687"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="688"/>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="692"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="696"/>
        <source>&amp;About clinicrep</source>
        <translation>&amp;О программе clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="958"/>
        <source>An import is being stored: “{status}” will be saved as soon as it is done.</source>
        <translation>Идёт сохранение импорта: статус «{status}» будет сохранён, как только оно закончится.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1117"/>
        <source>Correction saved.</source>
        <translation>Исправление сохранено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1124"/>
        <source>Reply published.</source>
        <translation>Ответ опубликован.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1142"/>
        <source>Waiting for approval: {n}</source>
        <translation>Ждут одобрения: {n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1161"/>
        <source>No review needs attention now. To see every review, choose “All reviews” in the first list above.</source>
        <translation>Сейчас ни один отзыв не требует внимания. Чтобы увидеть все отзывы, выберите «Все отзывы» в первом списке вверху.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1168"/>
        <source>No review matches the search and the filters. Press “Clear filters” to see what needs attention.</source>
        <translation>Ни один отзыв не подходит под поиск и фильтры. Нажмите «Сбросить фильтры», чтобы увидеть отзывы, требующие внимания.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1207"/>
        <source>Changed on another PC: this review is now “{status}”.</source>
        <translation>Изменено на другом компьютере: теперь у отзыва статус «{status}».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1252"/>
        <source>Last check: {name}, {time}</source>
        <translation>Последняя проверка: {name}, {time}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1297"/>
        <source>Checking for reviews…</source>
        <translation>Проверка новых отзывов…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1375"/>
        <source>{source}: {message}</source>
        <translation>{source}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1627"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1712"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1732"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1756"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1637"/>
        <source>Copy the shared database&apos;s {count} reviews (with their drafts, replies and settings) into this PC&apos;s file, then open the window on it? The file as it is now is kept in the backups folder first. Without copying, the file shows the reviews as they were when this PC last used it, and what was done on the shared database since is not in it.</source>
        <translation>Скопировать отзывы из общей базы данных ({count}, вместе с черновиками, ответами и настройками) в файл этого ПК и открыть окно с ним? Сначала файл в нынешнем виде сохраняется в папке backups. Без копирования в файле будут отзывы такими, какими они были, когда этот ПК пользовался им в последний раз, а сделанного с тех пор в общей базе данных в нём не будет.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1645"/>
        <source>Copy here, then open</source>
        <translation>Скопировать сюда и открыть</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1653"/>
        <source>The shared database ({where}) already holds {held} reviews of the practice, so this PC&apos;s {count} reviews are not copied there; they stay in this PC&apos;s file. Open the window on the shared reviews now?</source>
        <translation>В общей базе данных ({where}) уже есть отзывы клиники ({held}), поэтому отзывы этого ПК ({count}) туда не копируются: они остаются в файле этого ПК. Открыть окно с общими отзывами сейчас?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1663"/>
        <source>Copy this PC&apos;s {count} reviews (with their drafts, replies and settings) to {where}, then open the window on it? This PC&apos;s file is kept as it is. The copy is made only into an empty database.</source>
        <translation>Скопировать отзывы этого ПК ({count}, вместе с черновиками, ответами и настройками) в {where} и открыть окно с ней? Файл этого ПК останется как есть. Копия делается только в пустую базу данных.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1669"/>
        <source>Copy, then open</source>
        <translation>Скопировать и открыть</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="2011"/>
        <source>Reply not saved</source>
        <translation>Ответ не сохранён</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="2007"/>
        <source>The reply you typed is not saved: the connection to the shared database server is lost. If you close the window now, the reply is lost. Keep the window open until the server is back; the reply is saved then by itself.</source>
        <translation>Набранный ответ не сохранён: связь с общим сервером базы данных прервалась. Если закрыть окно сейчас, ответ пропадёт. Не закрывайте окно, пока сервер не вернётся: тогда ответ сохранится сам.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="2015"/>
        <source>Keep the window open</source>
        <translation>Не закрывать окно</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="2016"/>
        <source>Close and lose the reply</source>
        <translation>Закрыть, потеряв ответ</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1648"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1672"/>
        <source>Open without copying</source>
        <translation>Открыть без копирования</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1677"/>
        <source>Open the window on {where} now? Your draft is saved first. Otherwise clinicrep uses it from the next start.</source>
        <translation>Открыть окно с {where} сейчас? Сначала ваш черновик будет сохранён. Иначе clinicrep будет использовать её со следующего запуска.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1659"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1681"/>
        <source>Open now</source>
        <translation>Открыть сейчас</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1682"/>
        <source>At the next start</source>
        <translation>При следующем запуске</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1718"/>
        <source>Copying the reviews to the server…</source>
        <translation>Копирование отзывов на сервер…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1916"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1936"/>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1960"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1962"/>
        <source>Replace the reviews, drafts and settings with the chosen copy? The data as it is now is kept as a copy first, so this can be undone.</source>
        <translation>Заменить отзывы, черновики и настройки данными из выбранной копии? Текущие данные сначала будут сохранены в отдельную копию, так что это можно отменить.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1983"/>
        <source>About clinicrep</source>
        <translation>О программе clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1985"/>
        <source>clinicrep {version}

Reviews of your practice from every platform, answered well and in time. Your data stays on this computer.</source>
        <translation>clinicrep {version}

Отзывы о вашей клинике со всех платформ — с грамотными и своевременными ответами. Ваши данные хранятся только на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="601"/>
        <source>&amp;Paste reviews…</source>
        <translation>&amp;Вставить отзывы…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="924"/>
        <source>Not marked answered</source>
        <translation>Не отмечено как отвеченное</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="919"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="930"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="992"/>
        <source>Status not changed</source>
        <translation>Статус не изменён</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1578"/>
        <source>%n imported review(s) written more than {days} days before the import are kept as history, not in “Needs attention”: choose “Imported history” or “All reviews” in the first list above to see them.</source>
        <translation>
            <numerusform>%n импортированный отзыв написан более чем за {days} дн. до импорта, поэтому он в архиве, а не в «Требуют внимания»: чтобы увидеть его, выберите «Архивные» или «Все отзывы» в первом списке вверху.</numerusform>
            <numerusform>%n импортированных отзыва написаны более чем за {days} дн. до импорта, поэтому они в архиве, а не в «Требуют внимания»: чтобы увидеть их, выберите «Архивные» или «Все отзывы» в первом списке вверху.</numerusform>
            <numerusform>%n импортированных отзывов написаны более чем за {days} дн. до импорта, поэтому они в архиве, а не в «Требуют внимания»: чтобы увидеть их, выберите «Архивные» или «Все отзывы» в первом списке вверху.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1249"/>
        <source>Last check: {time}</source>
        <translation>Последняя проверка: {time}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="2002"/>
        <source>The reply you typed is not saved: {cause}

If you close the window now, the reply is lost. Once the other program is done, press Try again.</source>
        <translation>Набранный ответ не сохранён: {cause}

Если закрыть окно сейчас, ответ пропадёт. Когда другая программа закончит, нажмите «Повторить».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="2013"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1356"/>
        <source>Nothing was checked: new reviews from {names} come in only when you paste them (File → Paste reviews…) or import a file. To have reviews checked for you, connect a platform (File → Sources).</source>
        <translation>Ничего не проверено: новые отзывы ({names}) появляются, только когда вы их вставляете (Файл → Вставить отзывы…) или импортируете файл. Чтобы отзывы проверялись сами, подключите платформу (Файл → Источники).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1013"/>
        <source>An import is still being stored, so the status you chose for %n review(s) is not saved yet. clinicrep saves it the next time it opens.</source>
        <translation>
            <numerusform>Импорт ещё сохраняется, поэтому статус, выбранный вами для %n отзыва, пока не сохранён. clinicrep сохранит его при следующем запуске.</numerusform>
            <numerusform>Импорт ещё сохраняется, поэтому статусы, выбранные вами для %n отзывов, пока не сохранены. clinicrep сохранит их при следующем запуске.</numerusform>
            <numerusform>Импорт ещё сохраняется, поэтому статусы, выбранные вами для %n отзывов, пока не сохранены. clinicrep сохранит их при следующем запуске.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1020"/>
        <source>An import is still being stored, so the status you chose for %n review(s) could not be saved. Set it again once the import is done.</source>
        <translation>
            <numerusform>Импорт ещё сохраняется, поэтому статус, выбранный вами для %n отзыва, сохранить не удалось. Выберите его снова, когда импорт завершится.</numerusform>
            <numerusform>Импорт ещё сохраняется, поэтому статусы, выбранные вами для %n отзывов, сохранить не удалось. Выберите их снова, когда импорт завершится.</numerusform>
            <numerusform>Импорт ещё сохраняется, поэтому статусы, выбранные вами для %n отзывов, сохранить не удалось. Выберите их снова, когда импорт завершится.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1025"/>
        <source>Status not saved yet</source>
        <translation>Статус ещё не сохранён</translation>
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
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="48"/>
        <source>Add offline feedback</source>
        <translation>Добавить офлайн-отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="51"/>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="52"/>
        <source>Name as the person gave it, or leave empty</source>
        <translation>Имя, как его назвал человек, или оставьте пустым</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="54"/>
        <source>Received by</source>
        <translation>Способ получения</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="56"/>
        <source>At the reception desk</source>
        <translation>В регистратуре</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="57"/>
        <source>By phone</source>
        <translation>По телефону</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="58"/>
        <source>By letter</source>
        <translation>Письмом</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="59"/>
        <source>By e-mail</source>
        <translation>По эл. почте</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="60"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="64"/>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="65"/>
        <source>No rating</source>
        <translation>Без оценки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="69"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="71"/>
        <source>What they said</source>
        <translation>Что сказали</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="73"/>
        <source>From:</source>
        <translation>От кого:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="74"/>
        <source>Received:</source>
        <translation>Получен:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="75"/>
        <source>Rating:</source>
        <translation>Оценка:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="76"/>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="77"/>
        <source>What they said:</source>
        <translation>Что сказали:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="148"/>
        <source>The feedback was not added: {reason} What you typed is still here: press Save again when that is sorted out.</source>
        <translation>Отзыв не добавлен: {reason} Всё, что вы ввели, осталось здесь: нажмите «Сохранить» ещё раз, когда это будет улажено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="164"/>
        <source>Close without adding the feedback you typed? It will be lost.</source>
        <translation>Закрыть, не добавив введённый отзыв? Он будет потерян.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="165"/>
        <source>Close without adding</source>
        <translation>Закрыть, не добавляя</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="130"/>
        <source>Adding the feedback…</source>
        <translation>Добавляем отзыв…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="155"/>
        <source>The platform is not available right now. clinicrep will try again at the next check.</source>
        <translation>Платформа сейчас недоступна. clinicrep повторит попытку при следующей проверке.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="150"/>
        <source>The platform reported an error on its side (HTTP {status}). clinicrep will try again at the next check.</source>
        <translation>На стороне платформы произошла ошибка (HTTP {status}). clinicrep повторит попытку при следующей проверке.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="19"/>
        <source>An unexpected error happened. Your data is safe. Send the details to support if it happens again.</source>
        <translation>Произошла непредвиденная ошибка. Ваши данные в сохранности. Если это повторится, отправьте подробности в службу поддержки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="31"/>
        <source>The review database is damaged and was not changed. Restore a backup, or choose another folder for clinicrep&apos;s data.</source>
        <translation>База отзывов повреждена и не была изменена. Восстановите резервную копию или выберите другую папку для данных clinicrep.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="37"/>
        <source>The review database file is empty, but backup copies of it were found. Restore the newest copy (the clinicrep window offers it); the empty file is kept aside.</source>
        <translation>Файл базы отзывов пуст, но найдены его резервные копии. Восстановите самую новую копию (окно clinicrep предложит это); пустой файл будет сохранён отдельно.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="43"/>
        <source>This review database was made by a newer version of clinicrep. Install the newer version, or choose another folder for clinicrep&apos;s data.</source>
        <translation>Эта база отзывов создана более новой версией clinicrep. Установите новую версию или выберите другую папку для данных clinicrep.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="69"/>
        <source>The connection to the shared database server was lost, and what was being saved at that moment was not saved. Check that the server is running and that this PC is on its network, then try again.</source>
        <translation>Связь с общим сервером базы данных прервалась, и то, что сохранялось в этот момент, не сохранено. Проверьте, что сервер работает и этот компьютер подключён к его сети, затем повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="76"/>
        <source>The disk is full. Free some space, then try again; nothing was lost.</source>
        <translation>Диск заполнен. Освободите место и повторите попытку; ничего не потеряно.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="80"/>
        <source>clinicrep cannot write to its data folder. Check that the folder exists and that you may write to it, or choose another folder.</source>
        <translation>clinicrep не может записывать в свою папку данных. Проверьте, что папка существует и у вас есть права на запись, или выберите другую папку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="86"/>
        <source>Another source of this platform is already called “{name}”. Choose another name.</source>
        <translation>Другой источник этой платформы уже называется «{name}». Выберите другое название.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="91"/>
        <source>No secure password storage was found on this computer. Unlock this computer&apos;s password store (or ask whoever set up the computer to install one), or keep the sign-in for this session only.</source>
        <translation>На этом компьютере не найдено надёжное хранилище паролей. Разблокируйте хранилище паролей компьютера (или попросите того, кто настраивал компьютер, установить его) либо сохраните вход только на этот сеанс.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="100"/>
        <source>The connection to this platform has expired or was revoked. Open Sources and connect the account again.</source>
        <translation>Подключение к этой платформе истекло или было отозвано. Откройте «Источники» и подключите учётную запись заново.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="106"/>
        <source>The connected account is not allowed to read or answer these reviews. Connect an account that manages the practice&apos;s page.</source>
        <translation>Подключённой учётной записи не разрешено читать эти отзывы или отвечать на них. Подключите учётную запись, которая управляет страницей клиники.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="112"/>
        <source>“{program}” is not installed on this computer, so the checks while the window is closed could not be set up. Install it, or keep clinicrep open (or in the tray).</source>
        <translation>«{program}» не установлен на этом компьютере, поэтому проверки при закрытом окне не настроены. Установите его или держите clinicrep открытым (или в трее).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="118"/>
        <source>The system refused to set up the checks while the window is closed ({detail}). The window still checks while it is open.</source>
        <translation>Система отказалась настроить проверки при закрытом окне ({detail}). Пока окно открыто, проверки идут.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="129"/>
        <source>The platform asks us to slow down. clinicrep will try again in about {n} min.</source>
        <translation>Платформа просит реже отправлять запросы. clinicrep повторит попытку примерно через {n} мин.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="133"/>
        <source>The platform asks us to slow down. clinicrep will try again later.</source>
        <translation>Платформа просит реже отправлять запросы. clinicrep повторит попытку позже.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="137"/>
        <source>No connection to the internet. Check the network; clinicrep will try again at the next check.</source>
        <translation>Нет подключения к интернету. Проверьте сеть; clinicrep повторит попытку при следующей проверке.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="144"/>
        <source>The platform did not answer in time. clinicrep will try again at the next check.</source>
        <translation>Платформа не ответила вовремя. clinicrep повторит попытку при следующей проверке.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="162"/>
        <source>The platform sent an answer clinicrep cannot read. Try again later; if it persists, send the details to support.</source>
        <translation>Платформа прислала ответ, который clinicrep не может прочитать. Повторите попытку позже; если ошибка не исчезнет, отправьте подробности в службу поддержки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="168"/>
        <source>The platform has switched off this kind of access. Reviews already fetched are kept; import new ones from a file instead.</source>
        <translation>Платформа отключила этот способ доступа. Уже полученные отзывы сохранены; новые импортируйте из файла.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="174"/>
        <source>This platform does not allow answering through clinicrep. Copy the reply and open the review&apos;s page to post it there.</source>
        <translation>Эта платформа не позволяет отвечать через clinicrep. Скопируйте ответ и откройте страницу отзыва, чтобы опубликовать его там.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="180"/>
        <source>This source is not set up completely, so nothing was read. Open File → Sources, select it and choose “Sign in…” (Google) or “Edit…” to pick the location, Page or business unit.</source>
        <translation>Этот источник настроен не до конца, поэтому ничего не прочитано. Откройте «Файл» → «Источники», выберите его и нажмите «Войти…» (Google) или «Изменить…», чтобы выбрать филиал, страницу или бизнес-единицу.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="187"/>
        <source>Google has not approved your Cloud project for the Business Profile APIs yet: its quota stays at 0 requests until it does. Your sign-in is fine. Submit Google&apos;s API access request form (see the guide in Sources) and try again once Google confirms.</source>
        <translation>Google ещё не одобрил ваш проект Cloud для API профиля компании: до одобрения его квота — 0 запросов. Со входом всё в порядке. Отправьте Google форму запроса доступа к API (см. инструкцию в «Источниках») и попробуйте снова, когда Google подтвердит.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="195"/>
        <source>The Business Profile APIs are not turned on in your Google Cloud project. In the Cloud console, open APIs &amp; Services → Library, enable “My Business Account Management API”, “My Business Business Information API” and “Google My Business API”, then try again.</source>
        <translation>В вашем проекте Google Cloud не включены API профиля компании. В консоли Cloud откройте «API и сервисы» → «Библиотека», включите «My Business Account Management API», «My Business Business Information API» и «Google My Business API» и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="203"/>
        <source>Stopped. What was fetched so far is kept; the next check goes on from there.</source>
        <translation>Остановлено. Уже полученное сохранено; следующая проверка продолжит с этого места.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="208"/>
        <source>The reply is longer than the platform allows ({limit} bytes). Shorten it and publish again.</source>
        <translation>Ответ длиннее, чем допускает платформа (не более {limit} байт). Сократите его и опубликуйте снова.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="214"/>
        <source>Signing in did not finish. Try again, and allow clinicrep access in the browser window that opens.</source>
        <translation>Вход не завершён. Повторите попытку и разрешите clinicrep доступ в открывшемся окне браузера.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="220"/>
        <source>Give the month as year and month, for example 2026-10.</source>
        <translation>Укажите месяц в виде «год-месяц», например 2026-10.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="224"/>
        <source>Reports can be made for the months from {first}-01 to {last}-12. Give a month in that range, for example 2026-10.</source>
        <translation>Отчёты можно сделать за месяцы с {first}-01 по {last}-12. Укажите месяц в этих пределах, например 2026-10.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="230"/>
        <source>The name “{path}” has characters that are not UTF-8 (shown as �). Rename the file or folder, or choose another name.</source>
        <translation>В имени «{path}» есть символы не в UTF-8 (показаны как �). Переименуйте файл или папку или выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="236"/>
        <source>“{value}” has characters that are not UTF-8 (shown as �). Type it again, or rename the file it names.</source>
        <translation>В «{value}» есть символы не в UTF-8 (показаны как �). Введите это заново или переименуйте файл, который там назван.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="242"/>
        <source>“{path}” is a folder. Give the name of a file to write, for example one inside that folder.</source>
        <translation>«{path}» — это папка. Укажите имя файла для записи, например файла в этой папке.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="248"/>
        <source>“{path}” is not an ordinary file (a device or a pipe) and was left as it is. Choose another file name.</source>
        <translation>«{path}» — не обычный файл (устройство или канал), он оставлен как есть. Выберите другое имя файла.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="254"/>
        <source>“{path}” is read-only and was left as it is. Choose another file name, or allow writing to it first.</source>
        <translation>«{path}» доступен только для чтения и оставлен как есть. Выберите другое имя файла или сначала разрешите запись в него.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="260"/>
        <source>“{path}” lies under a file, not under a folder. Choose a file in a folder.</source>
        <translation>«{path}» находится внутри файла, а не папки. Выберите файл в папке.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="265"/>
        <source>clinicrep may not write in the folder of “{path}”. Choose another folder, for example Documents.</source>
        <translation>clinicrep не может записывать в папку «{path}». Выберите другую папку, например «Документы».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="271"/>
        <source>“{value}” is not a review status. Use one of: {choices}.</source>
        <translation>«{value}» не является статусом отзыва. Используйте один из: {choices}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="275"/>
        <source>“{value}” is not a platform clinicrep knows. Use one of: {choices}.</source>
        <translation>«{value}» — неизвестная clinicrep платформа. Используйте одну из: {choices}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="279"/>
        <source>clinicrep has no report language “{value}”. Use one of: {choices}.</source>
        <translation>В clinicrep нет языка отчёта «{value}». Используйте один из: {choices}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="283"/>
        <source>There is no source called “{name}”. Give the name of a source as the Sources window lists it, or its number.</source>
        <translation>Источника с названием «{name}» нет. Укажите название источника так, как оно указано в окне «Источники», или его номер.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="289"/>
        <source>There is no review number {value}. “clinicrep list” shows each review&apos;s number first.</source>
        <translation>Отзыва с номером {value} нет. Команда «clinicrep list» выводит номер каждого отзыва первым.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="294"/>
        <source>The command was not understood: {detail}. Run “clinicrep --help” to see what each command takes.</source>
        <translation>Команда не понята: {detail}. Запустите «clinicrep --help», чтобы увидеть, что принимает каждая команда.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="300"/>
        <source>That does not look like a web link to your review page. Copy the link from the platform (it starts with https://) and try again.</source>
        <translation>Это не похоже на ссылку на страницу ваших отзывов. Скопируйте ссылку с платформы (она начинается с https://) и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="306"/>
        <source>The report could not be saved there. Choose another folder, for example Documents.</source>
        <translation>Не удалось сохранить отчёт в эту папку. Выберите другую, например «Документы».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="311"/>
        <source>Not published: the reply says something a public reply must not (highlighted). Change it, or confirm each passage explicitly.</source>
        <translation>Не опубликовано: в ответе есть то, чего нельзя писать публично (выделено). Измените текст или явно подтвердите каждый фрагмент.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="317"/>
        <source>The reply is empty. Write the reply first.</source>
        <translation>Ответ пуст. Сначала напишите ответ.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="319"/>
        <source>Replies written on this PC wait for the owner&apos;s approval. Press “Ask for approval”; the owner publishes the reply once it is approved.</source>
        <translation>Ответы, написанные на этом компьютере, ждут одобрения владельца. Нажмите «Отправить на одобрение» — владелец опубликует ответ, когда одобрит его.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="331"/>
        <source>Only the owner&apos;s PC approves replies or sends them back. Ask the owner, or set this PC&apos;s role in Settings → This PC.</source>
        <translation>Одобрять ответы или возвращать их может только компьютер владельца. Обратитесь к владельцу или укажите роль этого компьютера в разделе «Настройки → Этот компьютер».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="337"/>
        <source>This reply is no longer waiting for approval: it was changed or decided on another PC. Look at it again.</source>
        <translation>Этот ответ больше не ждёт одобрения: его изменили или по нему уже приняли решение на другом компьютере. Посмотрите его ещё раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="343"/>
        <source>Another location is already called “{name}”. Choose another name.</source>
        <translation>Филиал с названием «{name}» уже есть. Выберите другое название.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="348"/>
        <source>No location is called “{name}”: this practice has named no locations yet (in the window: File → Locations…).</source>
        <translation>Филиала «{name}» нет: в клинике ещё не названо ни одного филиала (в окне: Файл → Филиалы).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="353"/>
        <source>No location is called “{name}”. The practice&apos;s locations: {names}.</source>
        <translation>Филиала «{name}» нет. Филиалы клиники: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="357"/>
        <source>clinicrep keeps at most {limit} locations. Remove one you no longer use first.</source>
        <translation>clinicrep хранит не более {limit} филиалов. Сначала удалите тот, которым больше не пользуетесь.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="362"/>
        <source>This reply is being sent or its outcome is not known yet. Wait for the next check, then try again.</source>
        <translation>Этот ответ отправляется, или результат отправки ещё неизвестен. Дождитесь следующей проверки и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="368"/>
        <source>{who} is writing a reply to this review on another PC, so it was not published from here. Wait until they are done, or talk to them.</source>
        <translation>{who} пишет ответ на этот отзыв на другом компьютере, поэтому отсюда он не опубликован. Подождите, пока коллега закончит, или поговорите с ним.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="374"/>
        <source>This review was answered from another PC a moment ago, so your reply was not sent. Read the reply that is there now; your text is kept as a draft.</source>
        <translation>На этот отзыв только что ответили с другого компьютера, поэтому ваш ответ не отправлен. Прочитайте ответ, который там сейчас; ваш текст сохранён как черновик.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="380"/>
        <source>The connection to the shared database server was lost. clinicrep keeps trying to reconnect; nothing you typed is lost.</source>
        <translation>Соединение с общим сервером базы данных потеряно. clinicrep продолжает пытаться переподключиться; ничего из набранного вами не потеряно.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="386"/>
        <source>The review or page no longer exists on the platform.</source>
        <translation>Отзыв или страница больше не существует на платформе.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="419"/>
        <source>The test message was not sent: the mail server did not accept the user name or password. Check both (often the user name is the full e-mail address).</source>
        <translation>Тестовое письмо не отправлено: почтовый сервер не принял имя пользователя или пароль. Проверьте оба (часто имя пользователя — это полный адрес почты).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="425"/>
        <source>The test message was not sent: no mail server named “{host}” was found. Check the name your mail provider gives (for example smtp.gmail.com) and that this computer is online.</source>
        <translation>Тестовое письмо не отправлено: почтовый сервер «{host}» не найден. Проверьте имя, которое даёт ваш почтовый провайдер (например, smtp.gmail.com), и что компьютер подключён к интернету.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="432"/>
        <source>The test message was not sent: nothing answered at “{host}” on port {port}. Check the port (usually 587 with STARTTLS, 465 with SSL/TLS) and that this computer is online.</source>
        <translation>Тестовое письмо не отправлено: «{host}» не ответил на порту {port}. Проверьте порт (обычно 587 для STARTTLS, 465 для SSL/TLS) и что компьютер подключён к интернету.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="439"/>
        <source>The test message was not sent: the secure connection with “{host}” failed. Check that Security matches the port: STARTTLS with 587, SSL/TLS with 465.</source>
        <translation>Тестовое письмо не отправлено: не удалось установить защищённое соединение с «{host}». Проверьте, что «Защита» соответствует порту: STARTTLS — 587, SSL/TLS — 465.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="445"/>
        <source>The test message was not sent: the mail server refused the sender or an address. Check the sender address and each address that gets alerts.</source>
        <translation>Тестовое письмо не отправлено: почтовый сервер отклонил адрес отправителя или получателя. Проверьте адрес отправителя и каждый адрес для оповещений.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="450"/>
        <source>The test message was not sent: the mail server “{host}” refused it. Check the server, port, security, user name and password with your mail provider.</source>
        <translation>Тестовое письмо не отправлено: почтовый сервер «{host}» его отклонил. Сверьте сервер, порт, защиту, имя пользователя и пароль с данными вашего почтового провайдера.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="461"/>
        <source>The file was not found. Check its name and folder, then try again.</source>
        <translation>Файл не найден. Проверьте его имя и папку и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="465"/>
        <source>This is a folder or a device, not a file. Choose the exported file itself.</source>
        <translation>Это папка или устройство, а не файл. Выберите сам файл выгрузки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="469"/>
        <source>The file cannot be opened: you may not have permission to read it, or another program holds it. Copy it to your Documents folder and try again.</source>
        <translation>Файл не открывается: возможно, у вас нет прав на чтение или его держит другая программа. Скопируйте его в папку «Документы» и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="476"/>
        <source>The file is too large to be a list of reviews ({size} MB). Check that it is the right file, or split it into smaller files.</source>
        <translation>Файл слишком большой для списка отзывов ({size} МБ). Проверьте, тот ли это файл, или разделите его на части.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="483"/>
        <source>This Excel file unpacks to {size} MB, far more than a list of reviews, so it was not opened. Check that it is the right file; if it is, save the reviews from Excel or LibreOffice as CSV and import that.</source>
        <translation>Этот файл Excel при распаковке занимает {size} МБ — намного больше, чем список отзывов, поэтому он не открыт. Проверьте, тот ли это файл; если тот, сохраните отзывы из Excel или LibreOffice в формате CSV и импортируйте его.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="490"/>
        <source>The file is empty. Export the reviews again and import the new file.</source>
        <translation>Файл пуст. Выгрузите отзывы ещё раз и импортируйте новый файл.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="494"/>
        <source>This is an old Excel file (.xls). Open it in Excel or LibreOffice and save it as .xlsx or CSV, then import that.</source>
        <translation>Это старый файл Excel (.xls). Откройте его в Excel или LibreOffice, сохраните как .xlsx или CSV и импортируйте его.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="500"/>
        <source>This file is a web page, not a table of reviews, although its name may end in .xlsx or .xls. Save the reviews from the site again as CSV or Excel; or open the page in a browser, copy the reviews and paste them with File → Paste reviews… (Ctrl+Shift+V).</source>
        <translation>Этот файл — веб-страница, а не таблица отзывов, хотя его имя может оканчиваться на .xlsx или .xls. Сохраните отзывы с сайта заново в формате CSV или Excel; или откройте страницу в браузере, скопируйте отзывы и вставьте их через Файл → Вставить отзывы… (Ctrl+Shift+V).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="508"/>
        <source>The JSON file is damaged or cut short. Export the reviews again and import the new file.</source>
        <translation>Файл JSON повреждён или обрезан. Выгрузите отзывы ещё раз и импортируйте новый файл.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="514"/>
        <source>The Excel workbook is damaged. Open it in Excel or LibreOffice, save it again (or as CSV) and import that.</source>
        <translation>Книга Excel повреждена. Откройте её в Excel или LibreOffice, сохраните заново (или как CSV) и импортируйте.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="520"/>
        <source>The text comes out garbled when the file is read as {encoding}. Choose the file&apos;s encoding (for example cp1250 for Polish or cp1251 for Russian Windows files) and try again; nothing was imported.</source>
        <translation>При чтении файла в кодировке {encoding} текст получается искажённым. Укажите кодировку файла (например, cp1250 для польских или cp1251 для русских файлов Windows) и попробуйте снова; ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="535"/>
        <source>“{encoding}” is not an encoding clinicrep knows. Use one such as utf-8, cp1250, cp1251 or gbk.</source>
        <translation>clinicrep не знает кодировку «{encoding}». Укажите, например, utf-8, cp1250, cp1251 или gbk.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="541"/>
        <source>No column of the file holds review texts or ratings. Choose the columns yourself (in the import window, or with --map text=COLUMN).</source>
        <translation>Ни в одном столбце файла нет текстов отзывов или оценок. Выберите столбцы сами (в окне импорта или с помощью --map text=СТОЛБЕЦ).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="546"/>
        <source>The file could not be read as a table of reviews. Import a CSV, JSON or Excel (.xlsx) file exported from the platform.</source>
        <translation>Файл не удалось прочитать как таблицу отзывов. Импортируйте файл CSV, JSON или Excel (.xlsx), выгруженный с платформы.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="556"/>
        <source>The client ID and the client secret are the wrong way round: the client ID ends in .apps.googleusercontent.com, the client secret starts with GOCSPX-. Paste each into its own field.</source>
        <translation>Идентификатор клиента и секрет клиента перепутаны местами: идентификатор заканчивается на .apps.googleusercontent.com, секрет начинается с GOCSPX-. Вставьте каждый в своё поле.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="563"/>
        <source>This is not a Google client ID: a client ID ends in .apps.googleusercontent.com. Copy it again, whole, from Credentials in the practice&apos;s Google Cloud project (the key of the type “Desktop app”), or ask whoever set up the project for it.</source>
        <translation>Это не идентификатор клиента Google: он заканчивается на .apps.googleusercontent.com. Скопируйте его заново, целиком, из раздела «Учётные данные» проекта Google Cloud клиники (ключ типа «Приложение для ПК») или попросите его у того, кто настраивал проект.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="570"/>
        <source>This is not a whole client secret. Copy it again from the same key in Credentials of the practice&apos;s Google Cloud project (it starts with GOCSPX-), or ask whoever set up the project for it.</source>
        <translation>Это не полный секрет клиента. Скопируйте его заново из того же ключа в разделе «Учётные данные» проекта Google Cloud клиники (он начинается с GOCSPX-) или попросите его у того, кто настраивал проект.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="576"/>
        <source>Google did not accept this client ID and client secret together. Copy both again from the same key (type “Desktop app”) in Credentials of the practice&apos;s Google Cloud project: select the source in Sources, press “Edit…”, paste them, then press “Sign in…”.</source>
        <translation>Google не принял этот идентификатор клиента вместе с этим секретом. Скопируйте оба заново из одного и того же ключа (тип «Приложение для ПК») в разделе «Учётные данные» проекта Google Cloud клиники: выберите источник в окне «Источники», нажмите «Изменить…», вставьте их, затем нажмите «Войти…».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="588"/>
        <source>The AI service did not answer within {n} seconds, so the composed draft is shown instead. Try again later, or raise the waiting time in File → Settings… → Drafting.</source>
        <translation>Сервис ИИ не ответил за {n} с, поэтому показан составленный черновик. Попробуйте позже или увеличьте время ожидания в разделе «Файл → Настройки… → Черновики».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="594"/>
        <source>The AI service could not be reached, so the composed draft is shown instead. Check the address in File → Settings… → Drafting and that the service is running.</source>
        <translation>Не удалось связаться с сервисом ИИ, поэтому показан составленный черновик. Проверьте адрес в разделе «Файл → Настройки… → Черновики» и что сервис запущен.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="600"/>
        <source>The AI service refused the key, so the composed draft is shown instead. Enter the key again in File → Settings… → Drafting.</source>
        <translation>Сервис ИИ не принял ключ, поэтому показан составленный черновик. Введите ключ заново в разделе «Файл → Настройки… → Черновики».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="606"/>
        <source>The AI service reported an error (HTTP {status}), so the composed draft is shown instead. Check the model name in File → Settings… → Drafting or try again later.</source>
        <translation>Сервис ИИ сообщил об ошибке (HTTP {status}), поэтому показан составленный черновик. Проверьте название модели в разделе «Файл → Настройки… → Черновики» или попробуйте позже.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="624"/>
        <source>The key of the AI service could not be read from this computer&apos;s password store, so the composed draft is shown instead. Enter it again in File → Settings… → Drafting.</source>
        <translation>Ключ ИИ-сервиса не удалось прочитать из хранилища паролей этого компьютера, поэтому показан составленный черновик. Введите ключ снова в разделе «Файл → Настройки… → Черновики».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="631"/>
        <source>AI drafting is not set up, so the composed draft is shown. Enter the service&apos;s address and model in File → Settings… → Drafting.</source>
        <translation>Черновики от ИИ не настроены, поэтому показан составленный черновик. Укажите адрес сервиса и модель в разделе «Файл → Настройки… → Черновики».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="642"/>
        <source>The AI service sent an answer clinicrep cannot read, so the composed draft is shown instead. Try again, or choose another model in File → Settings… → Drafting.</source>
        <translation>Сервис ИИ прислал ответ, который clinicrep не может прочитать, поэтому показан составленный черновик. Попробуйте ещё раз или выберите другую модель в разделе «Файл → Настройки… → Черновики».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="619"/>
        <source>The AI model declined to write this reply, so the composed draft is shown instead.</source>
        <translation>Модель ИИ отказалась писать этот ответ, поэтому показан составленный черновик.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="390"/>
        <source>The mail server did not accept the user name or password. Check them in File → Settings… → Monitoring and e-mail; alerts are kept and sent once it works.</source>
        <translation>Почтовый сервер не принял имя пользователя или пароль. Проверьте их в разделе «Файл → Настройки… → Мониторинг и почта»; оповещения сохранены и будут отправлены, как только всё заработает.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="396"/>
        <source>The alert e-mail could not be sent. Check the mail server, port and security in File → Settings… → Monitoring and e-mail; alerts are kept and sent at the next check.</source>
        <translation>Не удалось отправить письмо с оповещением. Проверьте почтовый сервер, порт и защиту в разделе «Файл → Настройки… → Мониторинг и почта»; оповещения сохранены и будут отправлены при следующей проверке.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="637"/>
        <source>The AI drafts failed the confidentiality guard or the checklist three times ({problems}), so the composed draft is shown instead.</source>
        <translation>Черновики ИИ трижды не прошли защиту конфиденциальности или чек-лист ({problems}), поэтому показан составленный черновик.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="668"/>
        <source>No computer called “{host}” was found on the network. Check the server&apos;s name in Settings → Database, or ask your IT provider for it.</source>
        <translation>Компьютер с именем «{host}» в сети не найден. Проверьте имя сервера в разделе «Настройки → База данных» или уточните его у своего ИТ-специалиста.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="674"/>
        <source>The database server {host}:{port} did not answer. Check that the server is on, that this PC is on the practice&apos;s network, and the server&apos;s name and port in Settings → Database.</source>
        <translation>Сервер базы данных {host}:{port} не ответил. Проверьте, что сервер включён, что этот ПК подключён к сети клиники, а также имя и порт сервера в разделе «Настройки → База данных».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="681"/>
        <source>The database server needs a password for “{user}”. Enter it in Settings → Database.</source>
        <translation>Серверу базы данных нужен пароль для «{user}». Введите его в разделе «Настройки → База данных».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="686"/>
        <source>The database server did not accept the user “{user}” with this password. Check both in Settings → Database; your IT provider can reset the password.</source>
        <translation>Сервер базы данных не принял пользователя «{user}» с этим паролем. Проверьте оба в разделе «Настройки → База данных»; ваш ИТ-специалист может сбросить пароль.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="692"/>
        <source>The database server does not let this PC in as “{user}” to “{dbname}”. Ask your IT provider to allow it (a line in the server&apos;s pg_hba.conf).</source>
        <translation>Сервер базы данных не пускает этот ПК как «{user}» в «{dbname}». Попросите своего ИТ-специалиста разрешить это (строка в файле pg_hba.conf сервера).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="698"/>
        <source>The server {host} has no database called “{dbname}”. Check the name in Settings → Database, or ask your IT provider to create it for user “{user}”.</source>
        <translation>На сервере {host} нет базы данных «{dbname}». Проверьте имя в разделе «Настройки → База данных» или попросите своего ИТ-специалиста создать её для пользователя «{user}».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="704"/>
        <source>The database server accepts only encrypted connections. In Settings → Database, choose an encrypted connection.</source>
        <translation>Сервер базы данных принимает только зашифрованные подключения. В разделе «Настройки → База данных» выберите подключение с шифрованием.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="710"/>
        <source>The database server does not offer encryption, but this PC requires it. Ask your IT provider to turn on TLS on the server.</source>
        <translation>Сервер базы данных не поддерживает шифрование, а этот ПК его требует. Попросите своего ИТ-специалиста включить TLS на сервере.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="716"/>
        <source>The database server&apos;s certificate could not be checked against the CA file, or it was not made for “{host}”. Ask your IT provider for the right CA file and the server&apos;s exact name, and choose them in Settings → Database.</source>
        <translation>Сертификат сервера базы данных не удалось проверить по файлу ЦС, или он выдан не для «{host}». Попросите у своего ИТ-специалиста правильный файл ЦС и точное имя сервера и укажите их в разделе «Настройки → База данных».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="723"/>
        <source>The database server runs PostgreSQL {version}; clinicrep needs version 13 or newer. Ask your IT provider to upgrade it.</source>
        <translation>На сервере базы данных работает PostgreSQL {version}; clinicrep нужна версия 13 или новее. Попросите своего ИТ-специалиста обновить его.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="729"/>
        <source>The database “{dbname}” lacks the search extension pg_trgm, and “{user}” may not add it. Ask your IT provider to run “CREATE EXTENSION pg_trgm;” in that database as its owner (package postgresql-contrib on older servers).</source>
        <translation>В базе данных «{dbname}» нет расширения поиска pg_trgm, а пользователь «{user}» не может его добавить. Попросите своего ИТ-специалиста выполнить «CREATE EXTENSION pg_trgm;» в этой базе данных от имени её владельца (на старых серверах — пакет postgresql-contrib).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="736"/>
        <source>The user “{user}” may only read the database “{dbname}”, but clinicrep needs to write to it. Ask your IT provider to give this user the right to write (and to create tables, for a new database).</source>
        <translation>Пользователь «{user}» может только читать базу данных «{dbname}», а clinicrep нужно в неё записывать. Попросите своего ИТ-специалиста дать этому пользователю право записи (и создания таблиц — для новой базы данных).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="743"/>
        <source>This copy of clinicrep cannot talk to a PostgreSQL server. Install clinicrep from its installer, or add the “postgres” extra (pip install &apos;clinicrep[postgres]&apos;).</source>
        <translation>Эта копия clinicrep не умеет работать с сервером PostgreSQL. Установите clinicrep с помощью установщика или добавьте дополнение «postgres» (pip install &apos;clinicrep[postgres]&apos;).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="749"/>
        <source>The database server {host}:{port} refused the connection. Check the settings in Settings → Database; the details say what the server answered.</source>
        <translation>Сервер базы данных {host}:{port} отклонил подключение. Проверьте параметры в разделе «Настройки → База данных»; в подробностях указан ответ сервера.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="755"/>
        <source>The shared database server could not be reached or refused the connection. Use “Test connection” in Settings → Database: it says what to change.</source>
        <translation>Не удалось связаться с общим сервером базы данных, или он отклонил подключение. Нажмите «Проверить подключение» в разделе «Настройки → База данных»: там будет сказано, что изменить.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="761"/>
        <source>The database server runs PostgreSQL {found}; clinicrep needs version {needed} or newer. Ask your IT provider to upgrade it.</source>
        <translation>На сервере базы данных работает PostgreSQL {found}; clinicrep нужна версия {needed} или новее. Попросите своего ИТ-специалиста обновить его.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="767"/>
        <source>The database server lacks the extension {name} that clinicrep&apos;s search needs. Ask your IT provider to run “CREATE EXTENSION {name};” in clinicrep&apos;s database as its owner.</source>
        <translation>На сервере базы данных нет расширения {name}, необходимого для поиска clinicrep. Попросите своего ИТ-специалиста выполнить «CREATE EXTENSION {name};» в базе данных clinicrep от имени её владельца.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="774"/>
        <source>The database server refused to save the change: this user may only read, or the server is a read-only copy. Ask your IT provider to give the user the right to write.</source>
        <translation>Сервер базы данных не дал сохранить изменение: этому пользователю разрешено только чтение, или сервер — копия только для чтения. Попросите своего ИТ-специалиста дать пользователю право записи.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="781"/>
        <source>“{value}” names no store. Write a PostgreSQL address like postgresql://user@server:5432/clinicrep, or “sqlite” for this PC&apos;s own file.</source>
        <translation>«{value}» не указывает на хранилище. Укажите адрес PostgreSQL вида postgresql://user@server:5432/clinicrep или «sqlite» для собственного файла этого ПК.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="787"/>
        <source>“{path}” is a file, but not a clinicrep store, so nothing was copied. Choose another file name, or add --replace to replace it (it is kept aside in the backups folder first).</source>
        <translation>«{path}» — это файл, но не хранилище clinicrep, поэтому ничего не скопировано. Выберите другое имя файла или добавьте --replace, чтобы заменить его (сначала он будет сохранён в папке backups).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="794"/>
        <source>The target already holds {count} reviews, so nothing was copied. Add --replace to replace them (a SQLite file is kept aside in the backups folder first).</source>
        <translation>В целевом хранилище уже есть отзывы ({count}), поэтому ничего не скопировано. Добавьте --replace, чтобы заменить их (файл SQLite сначала сохраняется в папке backups).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="800"/>
        <source>The copy of the table “{table}” has {copied} rows instead of {expected}, so it was not used; your store is unchanged. Try again; if it happens again, send the log to support.</source>
        <translation>В копии таблицы «{table}» {copied} строк вместо {expected}, поэтому она не использована; ваше хранилище не изменилось. Попробуйте ещё раз; если это повторится, отправьте журнал в поддержку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="811"/>
        <source>That is the store this PC uses already; nothing was copied.</source>
        <translation>Этот ПК уже использует это хранилище; ничего не скопировано.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="406"/>
        <location filename="../../src/clinicrep/messages.py" line="814"/>
        <source>Something went wrong. Try again; if it persists, send the details to support.</source>
        <translation>Что-то пошло не так. Повторите попытку; если ошибка не исчезнет, отправьте подробности в службу поддержки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="325"/>
        <source>While the owner approves replies, this PC marks a review answered only once its reply is approved. Press “Ask for approval”, or ask the owner to mark it answered.</source>
        <translation>Пока ответы одобряет владелец, этот компьютер может отметить отзыв отвеченным только после того, как ответ одобрен. Нажмите «Отправить на одобрение» или попросите владельца отметить его отвеченным.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="612"/>
        <source>The AI service sent an answer of more than {mb} MB, far more than a reply, so the composed draft is shown instead. Check the service and the model in File → Settings… → Drafting.</source>
        <translation>Сервис ИИ прислал ответ больше {mb} МБ — намного больше любого ответа на отзыв, поэтому показан составленный черновик. Проверьте сервис и модель в разделе «Файл → Настройки… → Черновики».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="50"/>
        <source>The shared review database is busy: another PC was changing the same reviews at that moment. Try again in a moment.</source>
        <translation>Общая база отзывов занята: в этот момент другой компьютер изменял те же отзывы. Повторите через минуту.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="527"/>
        <source>This file is not a readable table: it holds binary data, not text (a damaged download, or another kind of file with a .csv name). Nothing was imported. Export the reviews from the platform again as CSV or Excel and import the new file.</source>
        <translation>Этот файл не читается как таблица: в нём двоичные данные, а не текст (повреждённая загрузка или файл другого типа с именем .csv). Ничего не импортировано. Выгрузите отзывы с площадки ещё раз в CSV или Excel и импортируйте новый файл.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="56"/>
        <source>The review database is busy: a check for new reviews is writing to it (in this or another clinicrep window, or the check while the window is closed). Wait a minute and try again.</source>
        <translation>База отзывов занята: в неё записывает проверка новых отзывов (в этом или другом окне clinicrep либо проверка при закрытом окне). Подождите минуту и повторите.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="62"/>
        <source>The review database is busy in another program (perhaps another clinicrep window, a backup or an antivirus). Wait a minute and try again; if it stays busy, close that program.</source>
        <translation>База отзывов занята другой программой (возможно, другим окном clinicrep, резервным копированием или антивирусом). Подождите минуту и повторите; если она остаётся занятой, закройте ту программу.</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="158"/>
        <source>{source}: last full check (edits and deletions) {when}</source>
        <translation>{source}: последняя полная проверка (правки и удаления) {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="153"/>
        <source>{source}: no full check yet (edits and deletions are noticed after the first one)</source>
        <translation>{source}: полной проверки ещё не было (правки и удаления станут видны после первой)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="102"/>
        <source>clinicrep has not been able to check for new reviews for more than {hours} hours.</source>
        <translation>Уже более {hours} ч clinicrep не может проверить новые отзывы.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="111"/>
        <source>Not checked yet. Turn on the scheduled checks in Settings, or open clinicrep.</source>
        <translation>Проверок ещё не было. Включите проверки по расписанию в настройках или откройте clinicrep.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="116"/>
        <source>The last check did not finish. Open clinicrep and press Check for new reviews.</source>
        <translation>Последняя проверка не завершилась. Откройте clinicrep и нажмите «Проверить новые отзывы».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="121"/>
        <source>{source}: {reason}</source>
        <translation>{source}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="131"/>
        <source>{source}: no successful check yet</source>
        <translation>{source}: успешных проверок ещё не было</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="135"/>
        <source>{source}: last successful check {when}</source>
        <translation>{source}: последняя успешная проверка — {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="209"/>
        <source>Scheduled check ({mechanism})</source>
        <translation>Проверка по расписанию ({mechanism})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="211"/>
        <source>Start in the tray at login ({mechanism})</source>
        <translation>Запуск в трее при входе в систему ({mechanism})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="223"/>
        <source>Nothing is installed: reviews are checked only while the window is open.</source>
        <translation>Ничего не установлено: отзывы проверяются, только пока открыто окно.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="243"/>
        <source>Last scheduled runs:</source>
        <translation>Последние запуски по расписанию:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="250"/>
        <source>%n e-mail(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n письмо ждёт отправки.</numerusform>
            <numerusform>%n письма ждут отправки.</numerusform>
            <numerusform>%n писем ждут отправки.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringBanner</name>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="176"/>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="181"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/alerts.py" line="213"/>
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
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="54"/>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="288"/>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="300"/>
        <source>Monitoring</source>
        <translation>Мониторинг</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="60"/>
        <source>Check for new reviews also while clinicrep is closed</source>
        <translation>Проверять новые отзывы, даже когда clinicrep закрыт</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="65"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="67"/>
        <source>Start clinicrep in the tray when I log in</source>
        <translation>Запускать clinicrep в трее при входе в систему</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="71"/>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="75"/>
        <source>e.g. mail.your-practice.com</source>
        <translation>напр. mail.your-practice.com</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="81"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="81"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="81"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="90"/>
        <source>empty: the saved one is kept</source>
        <translation>пусто — сохранённый остаётся</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="92"/>
        <source>saved securely on this computer; leave empty to keep the saved one</source>
        <translation>надёжно хранится на этом компьютере; оставьте пустым, чтобы не менять сохранённый</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="97"/>
        <source>one or more addresses, separated by commas</source>
        <translation>один или несколько адресов через запятую</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="101"/>
        <source>Send one e-mail a day with the alerts (digest)</source>
        <translation>Отправлять одно письмо в день со всеми оповещениями (сводка)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="103"/>
        <source>Send a test message</source>
        <translation>Отправить тестовое письмо</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="120"/>
        <source>Your system runs a check at the interval below, with no window open.</source>
        <translation>Система сама запускает проверку с интервалом, указанным ниже, без открытого окна.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="124"/>
        <source>Check every:</source>
        <translation>Проверять каждые:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="126"/>
        <source>How often those checks run.</source>
        <translation>Как часто выполняются эти проверки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="132"/>
        <source>An icon beside the clock shows alerts; click it to open the window.</source>
        <translation>Значок рядом с часами показывает оповещения; щёлкните по нему, чтобы открыть окно.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="136"/>
        <source>Warn when no check succeeded for:</source>
        <translation>Предупреждать, если нет успешных проверок в течение:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="138"/>
        <source>So that a platform that stopped answering does not go unnoticed.</source>
        <translation>Чтобы не пропустить, что площадка перестала отвечать.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="142"/>
        <source>Mail server:</source>
        <translation>Почтовый сервер:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="144"/>
        <source>Your e-mail provider&apos;s outgoing (SMTP) server, for alert e-mails.</source>
        <translation>Сервер исходящей почты (SMTP) вашего почтового провайдера — для писем с оповещениями.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="148"/>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="150"/>
        <source>Usually 587 with STARTTLS or 465 with SSL/TLS.</source>
        <translation>Обычно 587 для STARTTLS или 465 для SSL/TLS.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="154"/>
        <source>Security:</source>
        <translation>Защита:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="156"/>
        <source>How the connection to the mail server is protected.</source>
        <translation>Как защищено соединение с почтовым сервером.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="160"/>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="162"/>
        <source>The account name on the mail server, often the e-mail address.</source>
        <translation>Имя учётной записи на почтовом сервере, часто это адрес почты.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="166"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="169"/>
        <source>Saved securely in this computer&apos;s password store, never in clinicrep&apos;s files.</source>
        <translation>Надёжно хранится в хранилище паролей этого компьютера, никогда — в файлах clinicrep.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="174"/>
        <source>From address:</source>
        <translation>Адрес отправителя:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="176"/>
        <source>The sender of the alert e-mails.</source>
        <translation>Отправитель писем с оповещениями.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="180"/>
        <source>Send alerts to:</source>
        <translation>Отправлять оповещения на:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="182"/>
        <source>Who receives the alert e-mails.</source>
        <translation>Кто получает письма с оповещениями.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="186"/>
        <source>Quiet hours from:</source>
        <translation>Тихие часы с:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="188"/>
        <source>From this hour on, alert e-mails wait until the quiet hours end.</source>
        <translation>С этого часа письма с оповещениями ждут окончания тихих часов.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="192"/>
        <source>Quiet hours until:</source>
        <translation>Тихие часы до:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="194"/>
        <source>The hour at which the held alert e-mails go out.</source>
        <translation>Час, когда отложенные письма с оповещениями уходят.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="200"/>
        <source>All of a day&apos;s alerts in one e-mail instead of one e-mail each.</source>
        <translation>Все оповещения за день — одним письмом, а не по письму на каждое.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="205"/>
        <source>Installed on this computer:</source>
        <translation>Установлено на этом компьютере:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="207"/>
        <source>What your system runs for clinicrep now, with the exact commands.</source>
        <translation>Что система сейчас запускает для clinicrep, с точными командами.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="230"/>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="231"/>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="246"/>
        <source>Nothing: reviews are checked only while the window is open.</source>
        <translation>Ничего: отзывы проверяются, только пока открыто окно.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="279"/>
        <source>“{text}” is not an e-mail address. Write each address that gets alerts like name@your-practice.com, separated by commas.</source>
        <translation>«{text}» — это не адрес электронной почты. Пишите каждый адрес для оповещений в виде name@your-practice.com, через запятую.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="313"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="322"/>
        <source>Sent. Check the mailbox of each address.</source>
        <translation>Отправлено. Проверьте почтовый ящик каждого адреса.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="328"/>
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
        <source>Reviews of this month and earlier still unanswered at the end of the month: %n. Answer them, oldest first.</source>
        <translation>
            <numerusform>Отзывов (этого и прошлых месяцев) без ответа на конец месяца: %n. Ответьте на них, начиная с самых старых.</numerusform>
            <numerusform>Отзывов (этого и прошлых месяцев) без ответа на конец месяца: %n. Ответьте на них, начиная с самых старых.</numerusform>
            <numerusform>Отзывов (этого и прошлых месяцев) без ответа на конец месяца: %n. Ответьте на них, начиная с самых старых.</numerusform>
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
        <source>Patients praised {topic} most often (%n review(s)): tell the team.</source>
        <translation>
            <numerusform>Чаще всего пациенты хвалили: {topic} (отзывов: %n). Расскажите об этом команде.</numerusform>
            <numerusform>Чаще всего пациенты хвалили: {topic} (отзывов: %n). Расскажите об этом команде.</numerusform>
            <numerusform>Чаще всего пациенты хвалили: {topic} (отзывов: %n). Расскажите об этом команде.</numerusform>
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
        <location filename="../../src/clinicrep/reports/monthly.py" line="377"/>
        <source>Only {share} of this month&apos;s reviews were answered within {hours} h. Patients and platforms notice quick answers.</source>
        <translation>Только на {share} отзывов этого месяца ответили в течение {hours} ч. Пациенты и платформы замечают быстрые ответы.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="390"/>
        <source>The average rating fell from {before} to {now}. The complaints below say why.</source>
        <translation>Средняя оценка снизилась с {before} до {now}. Причины — в жалобах ниже.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="403"/>
        <source>Negative reviews rose to {now} of all reviews, from {before}.</source>
        <translation>Доля отрицательных отзывов выросла до {now} (было {before}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/reports/monthly.py" line="412"/>
        <source>Alerts of this month not yet acknowledged: %n. Open them in the inbox.</source>
        <translation>
            <numerusform>Оповещений за этот месяц, ещё не принятых к сведению: %n. Откройте их во входящих.</numerusform>
            <numerusform>Оповещений за этот месяц, ещё не принятых к сведению: %n. Откройте их во входящих.</numerusform>
            <numerusform>Оповещений за этот месяц, ещё не принятых к сведению: %n. Откройте их во входящих.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="420"/>
        <source>Nothing needs special attention this month. Keep answering every review within a day.</source>
        <translation>В этом месяце ничего не требует особого внимания. Продолжайте отвечать на каждый отзыв в течение суток.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="309"/>
        <source>{points} pts</source>
        <translation>{points} п. п.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="333"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="424"/>
        <source>Reviews received</source>
        <translation>Получено отзывов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="339"/>
        <source>Average rating (of 5)</source>
        <translation>Средняя оценка (из 5)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="346"/>
        <source>Positive reviews</source>
        <translation>Положительные отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="352"/>
        <source>Negative reviews</source>
        <translation>Отрицательные отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="365"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="373"/>
        <source>Answered within {hours} h</source>
        <translation>Отвечено в течение {hours} ч</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="381"/>
        <source>Median time to answer</source>
        <translation>Медианное время ответа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="410"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="416"/>
        <source>No reviews in this period.</source>
        <translation>Нет отзывов за этот период.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="418"/>
        <source>Rating over the last 12 months</source>
        <translation>Оценка за последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="423"/>
        <source>Average rating</source>
        <translation>Средняя оценка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="428"/>
        <source>Reviews per platform</source>
        <translation>Отзывы по платформам</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="446"/>
        <source>{name}: {share} ({count})</source>
        <translation>{name}: {share} ({count})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="449"/>
        <source>Not analysed yet</source>
        <translation>Ещё не проанализированы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="456"/>
        <source>Sentiment of the month&apos;s reviews</source>
        <translation>Тональность отзывов за месяц</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="463"/>
        <source>Most praised</source>
        <translation>За что хвалят чаще всего</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="472"/>
        <source>Most complained about</source>
        <translation>На что жалуются чаще всего</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="481"/>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="495"/>
        <source>What patients praised</source>
        <translation>Что хвалили пациенты</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="468"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="496"/>
        <source>Nothing in particular was praised.</source>
        <translation>Ничего конкретного не хвалили.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="500"/>
        <source>What patients complained about</source>
        <translation>На что жаловались пациенты</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="477"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="501"/>
        <source>Nothing in particular was blamed.</source>
        <translation>Конкретных жалоб не было.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="296"/>
        <source>{part} of {whole}</source>
        <translation>{part} из {whole}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="358"/>
        <source>This month&apos;s reviews answered</source>
        <translation>Отзывы месяца с ответом</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="390"/>
        <source>Answers given, to reviews of any month</source>
        <translation>Ответов дано (на отзывы любых месяцев)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="396"/>
        <source>Unanswered at month end, all months</source>
        <translation>Без ответа на конец месяца, все месяцы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="518"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="544"/>
        <source>in {language}</source>
        <translation>язык: {language}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="549"/>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="556"/>
        <source>(no text, rating only)</source>
        <translation>(без текста, только оценка)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="562"/>
        <source>Our public reply</source>
        <translation>Наш публичный ответ</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="564"/>
        <source>Our public reply, {date}</source>
        <translation>Наш публичный ответ, {date}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="571"/>
        <source>Not answered yet.</source>
        <translation>Ответа пока нет.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="579"/>
        <source>Internal note (not public)</source>
        <translation>Внутренняя заметка (не публикуется)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="581"/>
        <source>Unpublished draft reply (not public)</source>
        <translation>Неопубликованный черновик ответа (не публикуется)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="589"/>
        <source>The month&apos;s most important reviews</source>
        <translation>Главные отзывы месяца</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="593"/>
        <source>Complaints that need attention</source>
        <translation>Жалобы, требующие внимания</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="604"/>
        <source>Every complaint of this month has been dealt with.</source>
        <translation>Все жалобы этого месяца уже разобраны.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="613"/>
        <source>No negative reviews this month.</source>
        <translation>В этом месяце отрицательных отзывов нет.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="621"/>
        <source>Complaints of this month already answered</source>
        <translation>Жалобы этого месяца, на которые уже ответили</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="633"/>
        <source>Warm words from patients</source>
        <translation>Добрые слова пациентов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="644"/>
        <source>No positive reviews with text this month.</source>
        <translation>В этом месяце нет положительных отзывов с текстом.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="655"/>
        <source>Spike of negative reviews</source>
        <translation>Всплеск отрицательных отзывов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="657"/>
        <source>Urgent review</source>
        <translation>Срочный отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="658"/>
        <source>Alert</source>
        <translation>Оповещение</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="664"/>
        <source>Acknowledged on {date}.</source>
        <translation>Принято к сведению {date}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="670"/>
        <source>The review was answered on {date}.</source>
        <translation>Ответ на отзыв опубликован {date}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="676"/>
        <source>The review&apos;s status: {status}.</source>
        <translation>Статус отзыва: {status}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="681"/>
        <source>Nothing has been done about it yet.</source>
        <translation>Пока ничего не сделано.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="685"/>
        <source>Alerts and spikes</source>
        <translation>Оповещения и всплески</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="689"/>
        <source>No alerts were raised this month.</source>
        <translation>В этом месяце оповещений не было.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="703"/>
        <source>What was done: {done}</source>
        <translation>Что сделано: {done}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="716"/>
        <source>Things to act on</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="735"/>
        <source>Location: {location}</source>
        <translation>Филиал: {location}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="739"/>
        <source>All locations</source>
        <translation>Все филиалы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="749"/>
        <source>Made on {date}</source>
        <translation>Составлено {date}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="753"/>
        <source>Includes internal notes: not for publication.</source>
        <translation>Содержит внутренние заметки: не для публикации.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="759"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="843"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="867"/>
        <source>Monthly review summary</source>
        <translation>Ежемесячная сводка по отзывам</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="769"/>
        <source>No reviews were received in {month}.</source>
        <translation>{month}: отзывов не поступало.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="804"/>
        <source>The month in figures</source>
        <translation>Месяц в цифрах</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="855"/>
        <source>Page {page} of {pages}</source>
        <translation>Стр. {page} из {pages}</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="94"/>
        <source>Monthly summary</source>
        <translation>Ежемесячная сводка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="96"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="103"/>
        <source>Paper size</source>
        <translation>Формат бумаги</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="104"/>
        <source>A4 (Europe and most countries)</source>
        <translation>A4 (Европа и большинство стран)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="105"/>
        <source>US Letter (United States and Canada)</source>
        <translation>US Letter (США и Канада)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="106"/>
        <source>Include internal notes (only for the practice&apos;s eyes)</source>
        <translation>Включить внутренние заметки (только для сотрудников клиники)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="110"/>
        <source>Location</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="111"/>
        <source>Whole practice (all locations)</source>
        <translation>Вся клиника (все филиалы)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="115"/>
        <source>Month:</source>
        <translation>Месяц:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="117"/>
        <source>Location:</source>
        <translation>Филиал:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="120"/>
        <source>Paper:</source>
        <translation>Бумага:</translation>
    </message>
</context>
<context>
    <name>NameThisPcDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="115"/>
        <source>Who uses this PC?</source>
        <translation>Кто работает за этим компьютером?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="118"/>
        <source>This review database is shared with other PCs. Give this PC a name the others will see, such as “Anna (reception)”.</source>
        <translation>Эта база данных отзывов общая с другими компьютерами. Дайте этому компьютеру имя, которое увидят остальные, например «Анна (регистратура)».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="129"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="130"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
</context>
<context>
    <name>PasteCli</name>
    <message numerus="yes">
        <source>%n review(s) found.</source>
        <translation>
            <numerusform>Найден %n отзыв.</numerusform>
            <numerusform>Найдено %n отзыва.</numerusform>
            <numerusform>Найдено %n отзывов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="480"/>
        <source>replied</source>
        <translation>есть ответ</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="284"/>
        <source>no rating</source>
        <translation>без оценки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="308"/>
        <source>Paste reviews</source>
        <translation>Вставить отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="321"/>
        <source>Website the reviews come from</source>
        <translation>Сайт, с которого отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="325"/>
        <source>Name of the source</source>
        <translation>Название источника</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="328"/>
        <source>Language of the reviews</source>
        <translation>Язык отзывов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="329"/>
        <source>Detect from the text</source>
        <translation>Определить по тексту</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="346"/>
        <source>Reviews found</source>
        <translation>Найденные отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="361"/>
        <source>Text of the selected review</source>
        <translation>Текст выбранного отзыва</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="364"/>
        <source>Practice&apos;s reply to the selected review</source>
        <translation>Ответ практики на выбранный отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="370"/>
        <source>Review text:</source>
        <translation>Текст отзыва:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="371"/>
        <source>Practice&apos;s reply:</source>
        <translation>Ответ практики:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="385"/>
        <source>&amp;Merge with the next</source>
        <translation>&amp;Объединить со следующим</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="387"/>
        <source>One review was read as two: join the selected row and the one below it.</source>
        <translation>Один отзыв прочитан как два: объединить выбранную строку со следующей.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="390"/>
        <source>S&amp;plit at the cursor</source>
        <translation>&amp;Разделить по курсору</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="393"/>
        <source>Two reviews were read as one: put the cursor in the text where the second one starts.</source>
        <translation>Два отзыва прочитаны как один: поставьте курсор в тексте туда, где начинается второй.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="398"/>
        <source>&amp;Delete rows</source>
        <translation>&amp;Удалить строки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="400"/>
        <source>&amp;Add a row</source>
        <translation>&amp;Добавить строку</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="402"/>
        <source>Paste m&amp;ore</source>
        <translation>Вставить &amp;ещё</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="405"/>
        <source>Copy the next part of the page first: the reviews it holds are added below, each once.</source>
        <translation>Сначала скопируйте следующую часть страницы: её отзывы добавятся ниже, каждый один раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="436"/>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="437"/>
        <source>Source name:</source>
        <translation>Название источника:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="438"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="473"/>
        <source>The clipboard is empty. Select the reviews on the page, copy them (Ctrl+C) and choose “Paste more”.</source>
        <translation>Буфер обмена пуст. Выделите отзывы на странице, скопируйте их (Ctrl+C) и нажмите «Вставить ещё».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="485"/>
        <source>Reading what you copied…</source>
        <translation>Читаем скопированное…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="511"/>
        <source>The clipboard held more than a review page; only its beginning was read.</source>
        <translation>В буфере обмена больше, чем страница отзывов; прочитано только начало.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="525"/>
        <source>The copied text could not be split into reviews; it is kept as one row to split by hand.</source>
        <translation>Скопированный текст не удалось разделить на отзывы; он сохранён одной строкой, разделите её вручную.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="585"/>
        <source>Put the cursor in the review text where the second review starts, then split.</source>
        <translation>Поставьте курсор в тексте отзыва туда, где начинается второй отзыв, и разделите.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="613"/>
        <source>Add the reviews ({n})</source>
        <translation>Добавить отзывы ({n})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="622"/>
        <source>Reviews found: {n}. Check them before they are added: double-click a cell to correct it; nothing is stored until you confirm.</source>
        <translation>Найдено отзывов: {n}. Проверьте их перед добавлением: дважды щёлкните ячейку, чтобы исправить; ничего не сохраняется, пока вы не подтвердите.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="638"/>
        <source>Adding the reviews…</source>
        <translation>Добавляем отзывы…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="658"/>
        <source>The reviews were not added: {reason}</source>
        <translation>Отзывы не добавлены: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="672"/>
        <source>Close without adding these reviews? Your corrections to them will be lost.</source>
        <translation>Закрыть, не добавив эти отзывы? Ваши исправления в них будут потеряны.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="352"/>
        <source>Select all rows</source>
        <translation>Выделить все строки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="674"/>
        <source>Close without adding</source>
        <translation>Закрыть, не добавляя</translation>
    </message>
</context>
<context>
    <name>PasteTableModel</name>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="117"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="118"/>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="119"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="120"/>
        <source>Review text</source>
        <translation>Текст отзыва</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="121"/>
        <source>Practice&apos;s reply</source>
        <translation>Ответ практики</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="137"/>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="153"/>
        <source>No date was found: the review will be dated today. Double-click to enter it.</source>
        <translation>Дата не найдена: отзыв получит сегодняшнюю дату. Дважды щёлкните, чтобы ввести её.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="157"/>
        <source>The page said how long ago, not the date: this date is approximate.</source>
        <translation>На странице было указано, сколько времени прошло, а не дата: эта дата приблизительная.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="190"/>
        <source>“{value}” is not a date clinicrep can read; try 2026-11-23.</source>
        <translation>«{value}» — не дата, которую clinicrep может прочитать; попробуйте 2026-11-23.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="201"/>
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
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/clinicrep/i18n.py" line="31"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/i18n.py" line="32"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1192"/>
        <source>{item} — {hint}</source>
        <translation>{item} — {hint}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="177"/>
        <source>Kind of reply</source>
        <translation>Тип ответа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="181"/>
        <source>Start from the template</source>
        <translation>Начать с шаблона</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="183"/>
        <source>Draft reply</source>
        <translation>Черновик ответа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="186"/>
        <source>Write a first draft that answers what this review says (Ctrl+D)</source>
        <translation>Составить черновик, который отвечает на то, о чём этот отзыв (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="195"/>
        <source>Reply:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="224"/>
        <source>Reply text</source>
        <translation>Текст ответа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="225"/>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="417"/>
        <source>Write the practice&apos;s public reply here.</source>
        <translation>Напишите здесь публичный ответ клиники.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="235"/>
        <source>Confidentiality problems</source>
        <translation>Проблемы конфиденциальности</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="240"/>
        <source>Checklist</source>
        <translation>Контрольный список</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="255"/>
        <source>Privacy check: change this before publishing</source>
        <translation>Проверка конфиденциальности: исправьте перед публикацией</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="260"/>
        <source>Checklist for this reply</source>
        <translation>Контрольный список для этого ответа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="282"/>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="284"/>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1265"/>
        <source>Post the reply on the platform (Ctrl+Enter)</source>
        <translation>Опубликовать ответ на платформе (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="286"/>
        <source>Publish anyway…</source>
        <translation>Всё равно опубликовать…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="288"/>
        <source>Confirm that each highlighted passage may be published</source>
        <translation>Подтвердите, что каждый выделенный фрагмент можно опубликовать</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="291"/>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="464"/>
        <source>Copy and open page</source>
        <translation>Копировать и открыть</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="293"/>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="411"/>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="419"/>
        <source>Mark answered</source>
        <translation>Отметить отвеченным</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="296"/>
        <source>Ask for approval</source>
        <translation>Отправить на одобрение</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="299"/>
        <source>Put the reply in front of the owner, who approves and publishes it</source>
        <translation>Передать ответ владельцу: он одобрит и опубликует его</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="302"/>
        <source>Approve and publish</source>
        <translation>Одобрить и опубликовать</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="305"/>
        <source>Approve</source>
        <translation>Одобрить</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="307"/>
        <source>Approve this text; publish it later</source>
        <translation>Одобрить этот текст и опубликовать позже</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="309"/>
        <source>Send back…</source>
        <translation>Вернуть…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="312"/>
        <source>Return the reply to the receptionist with a comment</source>
        <translation>Вернуть ответ администратору с комментарием</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="402"/>
        <source>Select a review in the list to answer it.</source>
        <translation>Выберите отзыв в списке, чтобы ответить на него.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="464"/>
        <source>Copy the reply</source>
        <translation>Скопировать ответ</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="470"/>
        <source>Published on {date}. Publishing again replaces it.</source>
        <translation>Опубликовано {date}. Повторная публикация заменит этот ответ.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="482"/>
        <source>The last attempt to publish failed. You can try again.</source>
        <translation>Последняя попытка публикации не удалась. Можно попробовать ещё раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="486"/>
        <source>clinicrep cannot post replies on this site: copy the reply, paste it on the review&apos;s page, then confirm here that you pasted it.</source>
        <translation>На этом сайте clinicrep не может публиковать ответы: скопируйте ответ, вставьте его на странице отзыва, а затем подтвердите здесь, что вставили его.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="521"/>
        <source>Waiting for approval: the owner reads the reply before it is published. You can still change it.</source>
        <translation>Ждёт одобрения: владелец прочитает ответ до публикации. Его ещё можно изменить.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="526"/>
        <source>Sent back by {who}: “{comment}” Change the reply, then ask for approval again.</source>
        <translation>Возвращено ({who}): «{comment}» Исправьте ответ и снова отправьте его на одобрение.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="529"/>
        <source>Approved by {who}. The owner publishes it.</source>
        <translation>Одобрено ({who}). Опубликует владелец.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="534"/>
        <source>Replies written on this PC are published once the owner approves them.</source>
        <translation>Ответы, написанные на этом компьютере, публикуются после одобрения владельца.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="539"/>
        <source>Waiting for approval, written on {who}. Change it if needed, then approve it or send it back with a comment.</source>
        <translation>Ждёт одобрения, написан на компьютере «{who}». При необходимости измените его, затем одобрите или верните с комментарием.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="543"/>
        <source>Sent back to {who}: “{comment}”</source>
        <translation>Возвращено на компьютер «{who}»: «{comment}»</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="547"/>
        <source>Approved by {who}.</source>
        <translation>Одобрено ({who}).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="603"/>
        <source>Sent to the owner for approval.</source>
        <translation>Отправлено владельцу на одобрение.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="615"/>
        <source>Approved. Publish it when you are ready.</source>
        <translation>Одобрено. Опубликуйте, когда будете готовы.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="637"/>
        <source>Sent back with your comment.</source>
        <translation>Возвращено с вашим комментарием.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="739"/>
        <source>Reply templates</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="741"/>
        <source>There is no “{kind}” template in this review&apos;s language. Add one in Review → Reply templates…, or write the reply yourself.</source>
        <translation>Для этого языка отзыва нет шаблона «{kind}». Добавьте его в меню Отзыв → Шаблоны ответов… или напишите ответ сами.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="751"/>
        <source>Templates for this reply</source>
        <translation>Шаблоны для этого ответа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="824"/>
        <source>Replace the reply?</source>
        <translation>Заменить ответ?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="998"/>
        <source>Checking the reply…</source>
        <translation>Проверяем ответ…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1320"/>
        <source>Later than your aim: %n minute(s) left to answer</source>
        <translation>
            <numerusform>Позже намеченного: на ответ осталась %n минута</numerusform>
            <numerusform>Позже намеченного: на ответ осталось %n минуты</numerusform>
            <numerusform>Позже намеченного: на ответ осталось %n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1321"/>
        <source>Answer within %n minute(s)</source>
        <translation>
            <numerusform>Ответьте в течение %n минуты</numerusform>
            <numerusform>Ответьте в течение %n минут</numerusform>
            <numerusform>Ответьте в течение %n минут</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1333"/>
        <source>• “{words}”: {reason}</source>
        <translation>• «{words}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1627"/>
        <source>{name} is replying to this review on another PC. You can read along; you can answer it once they are done.</source>
        <translation>{name} отвечает на этот отзыв на другом компьютере. Вы можете читать ответ по мере написания; ответить сможете, когда коллега закончит.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="773"/>
        <source>Replace the text in the reply box with the template? You can get your text back with Ctrl+Z.</source>
        <translation>Заменить текст в поле ответа шаблоном? Вернуть свой текст можно клавишами Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="830"/>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="803"/>
        <source>A draft: read it, change what you like, then publish it yourself.</source>
        <translation>Это черновик: прочитайте, измените что хотите и опубликуйте сами.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="477"/>
        <source>Sending was interrupted. clinicrep looks at the platform the next time it checks for new reviews, before anything is sent again.</source>
        <translation>Отправка прервалась. Прежде чем отправлять что-либо снова, clinicrep посмотрит на платформу при следующей проверке новых отзывов.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="815"/>
        <source>Replace the text in the reply box with a new draft? You can get your text back with Ctrl+Z.</source>
        <translation>Заменить текст в поле ответа новым черновиком? Свой текст можно вернуть сочетанием Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="857"/>
        <source>the AI service</source>
        <translation>сервис ИИ</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="894"/>
        <source>Asking the AI model for a draft… You can edit the draft below meanwhile.</source>
        <translation>Запрашиваем черновик у модели ИИ… Пока можно править черновик ниже.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="937"/>
        <source>The AI draft arrived after you changed the text, so your text was kept. Press “Draft reply” again for a new one.</source>
        <translation>Черновик ИИ пришёл после того, как вы изменили текст, поэтому ваш текст сохранён. Нажмите «Черновик ответа» ещё раз, чтобы получить новый.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="947"/>
        <source>A draft by the AI model, checked by the guard and the checklist. Read it, change what you like, then publish it yourself. Ctrl+Z brings back the composed draft.</source>
        <translation>Черновик от модели ИИ, проверенный защитой и чек-листом. Прочитайте, измените что хотите и опубликуйте сами. Ctrl+Z вернёт составленный черновик.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="996"/>
        <source>Checking the long reply…</source>
        <translation>Проверяем длинный ответ…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1079"/>
        <source>“{words}” — {rule}: {reason}</source>
        <translation>«{words}» — {rule}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1117"/>
        <source>Safer: “{rewrite}” (double-click to use it)</source>
        <translation>Безопаснее: «{rewrite}» (двойной щелчок — подставить)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1122"/>
        <source>Why: {law}</source>
        <translation>Основание: {law}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1252"/>
        <source>{name} is replying to this review on another PC.</source>
        <translation>{name} отвечает на этот отзыв на другом компьютере.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1258"/>
        <source>A reward for reviews can never be published: remove it first.</source>
        <translation>Вознаграждение за отзывы публиковать нельзя никогда: сначала уберите его.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1323"/>
        <source>Later than your aim: %n hour(s) left to answer</source>
        <translation>
            <numerusform>Позже намеченного: на ответ остался %n час</numerusform>
            <numerusform>Позже намеченного: на ответ осталось %n часа</numerusform>
            <numerusform>Позже намеченного: на ответ осталось %n часов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1486"/>
        <source>Copied — paste it on the site. Then press “I pasted it” and the review is marked answered.</source>
        <translation>Скопировано — вставьте ответ на сайте. Затем нажмите «Я вставил(а) ответ», и отзыв будет отмечен как отвеченный.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1490"/>
        <source>I pasted it</source>
        <translation>Я вставил(а) ответ</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1082"/>
        <source>(confirmed by you)</source>
        <translation>(подтверждено вами)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1262"/>
        <source>Fix the highlighted passages first: a public reply must not say them.</source>
        <translation>Сначала исправьте выделенные фрагменты: в публичном ответе их быть не должно.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1306"/>
        <source>Answered or closed</source>
        <translation>Отвечен или закрыт</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1313"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Просрочено на %n день</numerusform>
            <numerusform>Просрочено на %n дня</numerusform>
            <numerusform>Просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1314"/>
        <source>Overdue by %n hour(s)</source>
        <translation>
            <numerusform>Просрочено на %n час</numerusform>
            <numerusform>Просрочено на %n часа</numerusform>
            <numerusform>Просрочено на %n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1324"/>
        <source>Answer within %n hour(s)</source>
        <translation>
            <numerusform>Ответьте в течение %n часа</numerusform>
            <numerusform>Ответьте в течение %n часов</numerusform>
            <numerusform>Ответьте в течение %n часов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1337"/>
        <source>Publish passages the guard flagged?</source>
        <translation>Опубликовать отмеченные фрагменты?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1339"/>
        <source>A public reply must not confirm that someone is a patient or mention health details, dates, prices or full names. Regulators have fined practices for such replies.

{lines}

Publish these passages anyway? Your confirmation is recorded.</source>
        <translation>Публичный ответ не должен подтверждать, что человек является пациентом, и упоминать медицинские сведения, даты, цены или полные имена. Регуляторы уже штрафовали клиники за такие ответы.

{lines}

Всё равно опубликовать эти фрагменты? Ваше подтверждение будет записано.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1399"/>
        <source>Publishing…</source>
        <translation>Публикация…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1406"/>
        <source>Publish the reply?</source>
        <translation>Опубликовать ответ?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1408"/>
        <source>This reply will be public on {platform}: anyone who opens the review can read it, under the practice&apos;s name.</source>
        <translation>Этот ответ будет опубликован на {platform} от имени клиники: его прочтёт любой, кто откроет отзыв.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1417"/>
        <source>Publish on {platform}</source>
        <translation>Опубликовать на {platform}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1448"/>
        <source>Not published: fix the highlighted passages first.</source>
        <translation>Не опубликовано: сначала исправьте выделенные фрагменты.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="275"/>
        <source>Cancel AI draft</source>
        <translation>Отменить черновик ИИ</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="278"/>
        <source>Stop waiting for the AI model; the draft in the box stays</source>
        <translation>Не ждать модель ИИ; черновик в поле останется</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="918"/>
        <source>The AI draft was cancelled. The draft in the box stays: change it, or press “Draft reply” again.</source>
        <translation>Черновик ИИ отменён. Черновик в поле остался: измените его или снова нажмите «Черновик ответа».</translation>
    </message>
</context>
<context>
    <name>ReplyKind</name>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="29"/>
        <source>Praise</source>
        <translation>Похвала</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="30"/>
        <source>Neutral feedback</source>
        <translation>Нейтральный отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="31"/>
        <source>Mixed feedback</source>
        <translation>Смешанный отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="32"/>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="33"/>
        <source>Misinformation</source>
        <translation>Дезинформация</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="34"/>
        <source>Crisis</source>
        <translation>Кризис</translation>
    </message>
</context>
<context>
    <name>ReportDialogs</name>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="60"/>
        <source>Saved to {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="63"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="147"/>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="324"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="174"/>
        <source>Export reviews</source>
        <translation>Экспорт отзывов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="176"/>
        <source>clinicrep-reviews</source>
        <translation>clinicrep-отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="181"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="196"/>
        <source>%n review(s) saved to {path}.</source>
        <translation>
            <numerusform>В файл {path} сохранён %n отзыв.</numerusform>
            <numerusform>В файл {path} сохранено %n отзыва.</numerusform>
            <numerusform>В файл {path} сохранено %n отзывов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="200"/>
        <source>%n review(s) saved to {path}: the ones the inbox shows. To export every review, choose “All reviews” in the first list above, then export again.</source>
        <translation>
            <numerusform>В файл {path} сохранён %n отзыв — те, что показаны во входящих. Чтобы выгрузить все отзывы, выберите «Все отзывы» в первом списке вверху и выгрузите снова.</numerusform>
            <numerusform>В файл {path} сохранено %n отзыва — те, что показаны во входящих. Чтобы выгрузить все отзывы, выберите «Все отзывы» в первом списке вверху и выгрузите снова.</numerusform>
            <numerusform>В файл {path} сохранено %n отзывов — те, что показаны во входящих. Чтобы выгрузить все отзывы, выберите «Все отзывы» в первом списке вверху и выгрузите снова.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="319"/>
        <source>review-card</source>
        <translation>карточка-для-отзыва</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message numerus="yes">
        <location filename="../../src/clinicrep/reports/language.py" line="137"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/language.py" line="139"/>
        <source>{hours} h</source>
        <translation>{hours} ч</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/language.py" line="142"/>
        <source>{days} days</source>
        <translation>{days} дн.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/language.py" line="166"/>
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
        <location filename="../../src/clinicrep/reports/request_card.py" line="218"/>
        <source>How was your visit?</source>
        <translation>Как прошёл ваш визит?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="219"/>
        <source>Tell us and other patients on {platform}: point your phone&apos;s camera at the code.</source>
        <translation>Расскажите нам и другим пациентам на платформе {platform}: наведите камеру телефона на код.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="225"/>
        <source>Every review helps us improve, whatever it says. Thank you!</source>
        <translation>Каждый отзыв помогает нам стать лучше, каким бы он ни был. Спасибо!</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="229"/>
        <source>Review request card for {platform}</source>
        <translation>Карточка с просьбой об отзыве: {platform}</translation>
    </message>
</context>
<context>
    <name>RequestCardDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="223"/>
        <source>Review-request card</source>
        <translation>Карточка с просьбой об отзыве</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="228"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="234"/>
        <source>Link to the review page</source>
        <translation>Ссылка на страницу отзывов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="240"/>
        <source>Language of the card</source>
        <translation>Язык карточки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="246"/>
        <source>Layout</source>
        <translation>Макет</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="247"/>
        <source>One poster for the desk</source>
        <translation>Один плакат для регистратуры</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="248"/>
        <source>Four cards to cut out</source>
        <translation>Четыре карточки для вырезания</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="255"/>
        <source>Platform:</source>
        <translation>Платформа:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="256"/>
        <source>Review page link:</source>
        <translation>Ссылка на страницу отзывов:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="257"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="258"/>
        <source>Layout:</source>
        <translation>Макет:</translation>
    </message>
</context>
<context>
    <name>RequestPreview</name>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="116"/>
        <source>Send this to the AI service?</source>
        <translation>Отправить это сервису ИИ?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="119"/>
        <source>To draft this reply, clinicrep would send the text below to {address}: the review&apos;s public text, the aspects it raises and your practice&apos;s facts. No notes, no other reviews and nothing else from your records. The key travels in a header and is not shown.</source>
        <translation>Чтобы составить черновик, clinicrep отправит текст ниже по адресу {address}: публичный текст отзыва, его аспекты и факты вашей клиники. Никаких заметок, других отзывов и ничего другого из ваших записей. Ключ передаётся в заголовке и здесь не показан.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="130"/>
        <source>The request as it is sent</source>
        <translation>Запрос в том виде, в каком он отправляется</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="132"/>
        <source>Send and don&apos;t ask again</source>
        <translation>Отправить и больше не спрашивать</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="135"/>
        <source>Keep the composed draft</source>
        <translation>Оставить составленный черновик</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="65"/>
        <source>Selected review</source>
        <translation>Выбранный отзыв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="86"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="96"/>
        <source>Author:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="97"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="98"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="99"/>
        <source>Analysis:</source>
        <translation>Анализ:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="100"/>
        <source>Urgency:</source>
        <translation>Срочность:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="101"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="106"/>
        <source>Review text</source>
        <translation>Текст отзыва</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="113"/>
        <source>Earlier versions and replies</source>
        <translation>Прежние версии и ответы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="116"/>
        <source>Open on the platform</source>
        <translation>Открыть на платформе</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="143"/>
        <source>No review selected</source>
        <translation>Отзыв не выбран</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="161"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="192"/>
        <source>The platform shows only an excerpt here; open it to read it all.</source>
        <translation>Платформа показывает здесь только отрывок; откройте отзыв, чтобы прочитать его полностью.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="195"/>
        <source>The author edited this review; earlier text is below.</source>
        <translation>Автор изменил этот отзыв; прежний текст — ниже.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="197"/>
        <source>This review is no longer on the platform. It is kept here.</source>
        <translation>Этого отзыва больше нет на платформе. Здесь он сохранён.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="201"/>
        <source>(rating only, no text)</source>
        <translation>(только оценка, без текста)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="210"/>
        <source>Translation by the platform:</source>
        <translation>Перевод от платформы:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="213"/>
        <source>The practice&apos;s reply on the platform:</source>
        <translation>Ответ клиники на платформе:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="219"/>
        <source>Earlier version (replaced {date}), {stars}:</source>
        <translation>Прежняя версия (заменена {date}), {stars}:</translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1673"/>
        <source>Send the reply back</source>
        <translation>Вернуть ответ</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1675"/>
        <source>What should {who} change? Your comment is shown above the reply.</source>
        <translation>Что нужно изменить ({who})? Ваш комментарий будет показан над ответом.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1676"/>
        <source>the receptionist</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1682"/>
        <source>Comment for the receptionist</source>
        <translation>Комментарий для администратора</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1685"/>
        <source>Send back</source>
        <translation>Вернуть</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="68"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="75"/>
        <source>e.g. Anna Nowak, practice manager</source>
        <translation>например, Анна Новак, администратор клиники</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="97"/>
        <source>Practice name:</source>
        <translation>Название клиники:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="99"/>
        <source>Used in replies and on every page of the monthly report.</source>
        <translation>Используется в ответах и на каждой странице ежемесячного отчёта.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="103"/>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="106"/>
        <source>The reply guard applies this country&apos;s confidentiality rules and cites its law.</source>
        <translation>Проверка ответов применяет правила конфиденциальности этой страны и ссылается на её закон.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="111"/>
        <source>Phone for replies:</source>
        <translation>Телефон для ответов:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="113"/>
        <source>Offered in replies to complaints, so the reviewer can call you privately.</source>
        <translation>Указывается в ответах на жалобы, чтобы автор мог позвонить вам лично.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="117"/>
        <source>E-mail for replies:</source>
        <translation>Эл. почта для ответов:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="119"/>
        <source>Offered in replies to complaints as a private way to write to you.</source>
        <translation>Указывается в ответах на жалобы, чтобы вам можно было написать лично.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="123"/>
        <source>Replies signed by:</source>
        <translation>Подпись под ответами:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="125"/>
        <source>The name and role at the end of each reply.</source>
        <translation>Имя и должность в конце каждого ответа.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="129"/>
        <source>Reply languages:</source>
        <translation>Языки ответов:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="131"/>
        <source>Tick the languages you answer reviews in.</source>
        <translation>Отметьте языки, на которых вы отвечаете на отзывы.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="138"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="150"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="156"/>
        <source>Aim to answer within:</source>
        <translation>Желательно ответить в течение:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="158"/>
        <source>After this, the inbox shows the review as late for your aim.</source>
        <translation>После этого срока отзыв во входящих помечается как просроченный относительно цели.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="162"/>
        <source>Answer at the latest within:</source>
        <translation>Ответить не позднее чем через:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="164"/>
        <source>After this, the review counts as overdue.</source>
        <translation>После этого срока отзыв считается просроченным.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="168"/>
        <source>Check for new reviews every:</source>
        <translation>Проверять новые отзывы каждые:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="170"/>
        <source>How often the open window fetches reviews from the connected platforms.</source>
        <translation>Как часто открытое окно загружает отзывы с подключённых площадок.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="174"/>
        <source>Spike alert threshold:</source>
        <translation>Порог оповещения о всплеске:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="177"/>
        <source>Alert when negative reviews in a day or week exceed the usual rate this many times.</source>
        <translation>Оповещать, когда отрицательных отзывов за день или неделю во столько раз больше обычного.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="183"/>
        <source>Urgent review alert from urgency:</source>
        <translation>Оповещать о срочном отзыве при срочности от:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="185"/>
        <source>A review with at least this urgency (1–100) raises an alert.</source>
        <translation>Отзыв со срочностью не ниже этой (1–100) вызывает оповещение.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="189"/>
        <source>Imported reviews are history when older than:</source>
        <translation>Импортированные отзывы считаются историей, если старше:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="192"/>
        <source>Counted from the day of the import; history is never overdue and stays out of “Needs attention”.</source>
        <translation>Считается от дня импорта; история никогда не бывает просроченной и не попадает в «Требуют внимания».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="198"/>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="204"/>
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="204"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="204"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="211"/>
        <source>Language of clinicrep:</source>
        <translation>Язык clinicrep:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="213"/>
        <source>Menus and messages switch at once, without a restart.</source>
        <translation>Меню и сообщения переключаются сразу, без перезапуска.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="217"/>
        <source>Colours:</source>
        <translation>Цветовая схема:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="219"/>
        <source>Light, dark, or as your system is set.</source>
        <translation>Светлая, тёмная или как в системе.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="253"/>
        <source>Settings pages</source>
        <translation>Разделы настроек</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="256"/>
        <source>Practice</source>
        <translation>Клиника</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="257"/>
        <source>Answers and alerts</source>
        <translation>Ответы и оповещения</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="258"/>
        <source>Drafting</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="259"/>
        <source>Monitoring and e-mail</source>
        <translation>Мониторинг и почта</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="260"/>
        <source>Language and look</source>
        <translation>Язык и оформление</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="261"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="262"/>
        <source>This PC</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="290"/>
        <source>United States</source>
        <translation>США</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="291"/>
        <source>United Kingdom</source>
        <translation>Великобритания</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="292"/>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="293"/>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="294"/>
        <source>Poland</source>
        <translation>Польша</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="295"/>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="296"/>
        <source>Another country</source>
        <translation>Другая страна</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="302"/>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="352"/>
        <source>Close the settings without saving your changes?</source>
        <translation>Закрыть настройки, не сохранив изменения?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="353"/>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="54"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="63"/>
        <source>Next / previous review in the inbox</source>
        <translation>Следующий / предыдущий отзыв во входящих</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="66"/>
        <source>Publish the reply (or copy it, where the site has no reply API)</source>
        <translation>Опубликовать ответ (или скопировать, если у сайта нет API для ответов)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="72"/>
        <source>Search the reviews</source>
        <translation>Искать в отзывах</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="76"/>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="85"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="76"/>
        <source>What they do</source>
        <translation>Что делают</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="34"/>
        <source>Sign-in link</source>
        <translation>Ссылка для входа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="35"/>
        <source>Copy the link</source>
        <translation>Скопировать ссылку</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="37"/>
        <source>Cancel sign-in</source>
        <translation>Отменить вход</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="78"/>
        <source>Opening the {platform} sign-in page…</source>
        <translation>Открываем страницу входа {platform}…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="88"/>
        <source>Signed in to {platform}.</source>
        <translation>Вход в {platform} выполнен.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="95"/>
        <source>Sign-in cancelled. Nothing was changed.</source>
        <translation>Вход отменён. Ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="113"/>
        <source>Waiting for your browser: sign in to {platform} there and allow access. If no browser page opened, copy the link and open it yourself.</source>
        <translation>Ждём ваш браузер: войдите там в {platform} и разрешите доступ. Если страница в браузере не открылась, скопируйте ссылку и откройте её сами.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="126"/>
        <source>Cancelling the sign-in…</source>
        <translation>Отменяем вход…</translation>
    </message>
</context>
<context>
    <name>SourceCli</name>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="798"/>
        <source>Removed {name} and its reviews, but the keyring could not delete its sign-in: unlock the keyring and remove the entries “source:{number}” of “clinicrep”.</source>
        <translation>Источник {name} и его отзывы удалены, но связка ключей не смогла удалить вход: разблокируйте её и удалите записи «source:{number}» службы «clinicrep».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="794"/>
        <source>Removed {name}, its reviews and its sign-in.</source>
        <translation>Источник {name} удалён вместе с отзывами и входом.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="774"/>
        <source>No sources yet. Connect a platform in the window (File → Sources…) or import a file: clinicrep import FILE --source NAME</source>
        <translation>Источников пока нет. Подключите платформу в окне (Файл → Источники…) или импортируйте файл: clinicrep import ФАЙЛ --source НАЗВАНИЕ</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="784"/>
        <source>Say which source to remove: its name or number.</source>
        <translation>Укажите, какой источник удалить: его название или номер.</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="110"/>
        <source>Connect a platform</source>
        <translation>Подключение платформы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="110"/>
        <source>Edit</source>
        <translation>Изменение источника</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="114"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="121"/>
        <source>{platform} — paste or import its reviews</source>
        <translation>{platform} — вставить или импортировать отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="133"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="135"/>
        <source>Language of the reviews</source>
        <translation>Язык отзывов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="152"/>
        <source>Platform:</source>
        <translation>Платформа:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="153"/>
        <source>Name shown in clinicrep:</source>
        <translation>Название в clinicrep:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="154"/>
        <source>Language of the reviews:</source>
        <translation>Язык отзывов:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="178"/>
        <source>How to connect this platform</source>
        <translation>Как подключить эту платформу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="245"/>
        <source>Replies cannot be posted from clinicrep here: it copies the reply and opens the review&apos;s page.</source>
        <translation>Здесь clinicrep не может публиковать ответы: программа скопирует ответ и откроет страницу отзыва.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="281"/>
        <source>filled in after you sign in</source>
        <translation>заполнится после входа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="265"/>
        <source>(kept; type to replace)</source>
        <translation>(сохранено; введите, чтобы заменить)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="305"/>
        <source>User access token</source>
        <translation>Токен доступа пользователя</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="306"/>
        <source>used once, not kept</source>
        <translation>используется один раз, не хранится</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="307"/>
        <source>Find my Pages</source>
        <translation>Найти мои страницы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="309"/>
        <source>User access token:</source>
        <translation>Токен пользователя:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="311"/>
        <source>Page:</source>
        <translation>Страница:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="314"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="315"/>
        <source>for example clinic.com</source>
        <translation>например, clinic.com</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="316"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="321"/>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="323"/>
        <source>Find my locations</source>
        <translation>Найти мои филиалы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="326"/>
        <source>Location:</source>
        <translation>Филиал:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="453"/>
        <source>Paste a user access token from the Graph API Explorer first.</source>
        <translation>Сначала вставьте токен доступа пользователя из Graph API Explorer.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="462"/>
        <source>This Facebook account manages no Page, or the Page was not ticked when the token was made. Generate the token again, tick the practice&apos;s Page and paste it here.</source>
        <translation>Эта учётная запись Facebook не управляет ни одной страницей, или страница не была отмечена при создании токена. Создайте токен заново, отметьте страницу клиники и вставьте его сюда.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="471"/>
        <source>Facebook lists your Pages but gives no Page token for them: your role on the Page does not allow it. Ask the Page&apos;s admin for full control or task access to community activity, then try again.</source>
        <translation>Facebook показывает ваши страницы, но не даёт для них токен страницы: ваша роль на странице этого не позволяет. Попросите администратора страницы дать вам полный контроль или доступ к задачам по активности сообщества и попробуйте снова.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="480"/>
        <source>%n Page(s) found. The chosen one&apos;s ID and Page access token are filled in.</source>
        <translation>
            <numerusform>Найдена %n страница. ID выбранной страницы и её токен доступа заполнены.</numerusform>
            <numerusform>Найдено %n страницы. ID выбранной страницы и её токен доступа заполнены.</numerusform>
            <numerusform>Найдено %n страниц. ID выбранной страницы и её токен доступа заполнены.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="489"/>
        <source>Facebook did not accept this user access token: it has expired or was revoked. Generate a new one in the Graph API Explorer and paste it again.</source>
        <translation>Facebook не принял этот токен доступа пользователя: срок его действия истёк или он отозван. Создайте новый в Graph API Explorer и вставьте его снова.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="494"/>
        <source>This token may not list your Pages. In the Graph API Explorer add the permission pages_show_list (and the others the guide names), generate the token again and paste it.</source>
        <translation>С этим токеном нельзя получить список ваших страниц. В Graph API Explorer добавьте разрешение pages_show_list (и остальные из инструкции), создайте токен заново и вставьте его.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="501"/>
        <source>Asking Facebook for your Pages…</source>
        <translation>Запрашиваем у Facebook ваши страницы…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="513"/>
        <source>Type the API key first: Trustpilot answers only with it.</source>
        <translation>Сначала введите ключ API: без него Trustpilot не отвечает.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="516"/>
        <source>Type the practice&apos;s website, for example clinic.com.</source>
        <translation>Введите сайт клиники, например clinic.com.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="527"/>
        <source>Found “{name}” on Trustpilot. Business unit and review page filled in.</source>
        <translation>На Trustpilot найдено «{name}». Бизнес-единица и страница отзывов заполнены.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="534"/>
        <source>Trustpilot has no business with the website “{website}”. Type the domain as your Trustpilot page shows it (for example clinic.com, without https://).</source>
        <translation>На Trustpilot нет компании с сайтом «{website}». Введите домен так, как он указан на вашей странице Trustpilot (например, clinic.com, без https://).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="539"/>
        <source>Trustpilot did not accept this API key. Copy the key of your application from Trustpilot Business (Integrations → API) again.</source>
        <translation>Trustpilot не принял этот ключ API. Скопируйте ключ вашего приложения из Trustpilot Business («Integrations» → «API») ещё раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="545"/>
        <source>Asking Trustpilot…</source>
        <translation>Запрашиваем Trustpilot…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="575"/>
        <source>Signed in, but this Google account manages no business location. Sign in again with the account that owns or manages the profile.</source>
        <translation>Вход выполнен, но эта учётная запись Google не управляет ни одним филиалом. Войдите снова с учётной записью, который владеет профилем или управляет им.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="582"/>
        <source>%n location(s) found. The chosen one is filled in.</source>
        <translation>
            <numerusform>Найден %n филиал. Выбранный заполнен.</numerusform>
            <numerusform>Найдено %n филиала. Выбранный заполнен.</numerusform>
            <numerusform>Найдено %n филиалов. Выбранный заполнен.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="585"/>
        <source>Asking Google for your locations…</source>
        <translation>Запрашиваем у Google ваши филиалы…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="616"/>
        <source>Please fill in: {fields}</source>
        <translation>Заполните: {fields}</translation>
    </message>
</context>
<context>
    <name>SourceKinds</name>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="118"/>
        <source>Google Business Profile</source>
        <translation>Профиль компании в Google</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="164"/>
        <source>Needs your own Google Cloud project approved for the Business Profile APIs.</source>
        <translation>Нужен собственный проект Google Cloud с одобренным доступом к Business Profile API.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="174"/>
        <source>Facebook Page recommendations</source>
        <translation>Рекомендации страницы Facebook</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="193"/>
        <source>Facebook is retiring access to Page recommendations; it works with Graph API v21.0 for now and may stop without notice.</source>
        <translation>Facebook прекращает доступ к рекомендациям страниц; пока это работает с Graph API v21.0, но может перестать работать без предупреждения.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="204"/>
        <source>Yelp</source>
        <translation>Yelp</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="226"/>
        <source>Yelp shows at most three review excerpts and has no reply API: answer on Yelp.</source>
        <translation>Yelp показывает не более трёх отрывков отзывов и не даёт API для ответов: отвечайте на сайте Yelp.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="236"/>
        <source>Trustpilot</source>
        <translation>Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="284"/>
        <source>Reviews saved in a file (CSV)</source>
        <translation>Отзывы, сохранённые в файле (CSV)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="293"/>
        <source>For ZnanyLekarz, 2GIS, ProDoctorov, Dianping, RateMDs and other sites without an API: save or export the reviews as a table and import the file.</source>
        <translation>Для ZnanyLekarz, 2GIS, ProDoctorov, Dianping, RateMDs и других сайтов без API: сохраните или экспортируйте отзывы в таблицу и импортируйте файл.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="304"/>
        <source>Offline feedback</source>
        <translation>Офлайн-отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="311"/>
        <source>Demo reviews</source>
        <translation>Демо-отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="407"/>
        <source>ZnanyLekarz / Doctoralia</source>
        <translation>ZnanyLekarz / Doctoralia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="421"/>
        <source>ProDoctorov</source>
        <translation>ПроДокторов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="433"/>
        <source>Yandex Maps</source>
        <translation>Яндекс Карты</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="446"/>
        <source>2GIS</source>
        <translation>2ГИС</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="459"/>
        <source>Doc.ua</source>
        <translation>Doc.ua</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="471"/>
        <source>Helsi</source>
        <translation>Helsi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="482"/>
        <source>Dianping</source>
        <translation>Dianping</translation>
    </message>
</context>
<context>
    <name>SourceSettings</name>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="135"/>
        <source>Google sign-in</source>
        <translation>Вход в Google</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="124"/>
        <source>Client secret</source>
        <translation>Секрет клиента</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="126"/>
        <source>The second code of the same sign-in key, shown beside the client ID (it starts with GOCSPX-). It works like a password: it is kept in this computer&apos;s password store.</source>
        <translation>Вторая часть того же ключа входа, она показана рядом с идентификатором клиента (начинается с GOCSPX-). Работает как пароль: хранится в хранилище паролей этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="141"/>
        <source>Client ID</source>
        <translation>Идентификатор клиента</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="143"/>
        <source>The name of the practice&apos;s sign-in key for Google: a long code ending in .apps.googleusercontent.com. Whoever set up the practice&apos;s Google Cloud project copies it from Credentials (a key of the type “Desktop app”).</source>
        <translation>Имя ключа входа клиники для Google: длинный код, который заканчивается на .apps.googleusercontent.com. Тот, кто настраивал проект Google Cloud клиники, копирует его из раздела «Учётные данные» (ключ типа «Приложение для ПК»).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="154"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="157"/>
        <source>Location</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="160"/>
        <source>Place ID</source>
        <translation>ID места (Place ID)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="179"/>
        <source>Page access token</source>
        <translation>Токен доступа к странице</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="183"/>
        <source>Page ID</source>
        <translation>ID страницы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="186"/>
        <source>Graph API version</source>
        <translation>Версия Graph API</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="207"/>
        <source>Yelp Fusion API key</source>
        <translation>Ключ Yelp Fusion API</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="211"/>
        <source>Business ID or alias</source>
        <translation>ID или псевдоним компании</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="215"/>
        <source>Business time zone</source>
        <translation>Часовой пояс компании</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="221"/>
        <source>Locale, e.g. en_US</source>
        <translation>Локаль, например en_US</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="242"/>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="244"/>
        <source>The code Trustpilot shows for the practice&apos;s application in Trustpilot Business, under Integrations → API.</source>
        <translation>Код, который Trustpilot показывает для приложения клиники в Trustpilot Business, в разделе «Интеграции» → API.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="253"/>
        <source>API secret</source>
        <translation>Секрет API</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="255"/>
        <source>The second code Trustpilot shows beside the API key. It works like a password: it is kept in this computer&apos;s password store.</source>
        <translation>Второй код, который Trustpilot показывает рядом с ключом API. Работает как пароль: хранится в хранилище паролей этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="263"/>
        <source>Trustpilot sign-in</source>
        <translation>Вход в Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="268"/>
        <source>Business unit ID</source>
        <translation>ID бизнес-единицы (Business unit ID)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="272"/>
        <source>Business user ID (replies)</source>
        <translation>ID бизнес-пользователя (для ответов)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="276"/>
        <location filename="../../src/clinicrep/sources/registry.py" line="289"/>
        <source>Review page</source>
        <translation>Страница отзывов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="287"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="998"/>
        <source>{name} is removed, but the system keyring could not delete its sign-in. Unlock the keyring and remove the entries named “clinicrep” “source:{number}” in your keyring manager.</source>
        <translation>Источник {name} удалён, но системная связка ключей не смогла удалить вход. Разблокируйте её и удалите записи «clinicrep» «source:{number}» в менеджере паролей.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="89"/>
        <source>No secure storage</source>
        <translation>Нет защищённого хранилища</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="92"/>
        <source>Keep this sign-in until clinicrep closes? It is never written to disk.</source>
        <translation>Сохранить этот вход до закрытия clinicrep? Он никогда не записывается на диск.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="685"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="690"/>
        <source>Connected sources</source>
        <translation>Подключённые источники</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="692"/>
        <source>Connect a platform…</source>
        <translation>Подключить платформу…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="694"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="696"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="698"/>
        <source>Sign in…</source>
        <translation>Войти…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="700"/>
        <source>Let clinicrep read and answer this source&apos;s reviews (Google, Trustpilot)</source>
        <translation>Разрешить clinicrep читать отзывы этого источника и отвечать на них (Google, Trustpilot)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="703"/>
        <source>Check for new reviews</source>
        <translation>Проверить новые отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="708"/>
        <source>Locations…</source>
        <translation>Филиалы…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="710"/>
        <source>Name the practice&apos;s locations and assign each source</source>
        <translation>Назовите филиалы клиники и распределите по ним источники</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="753"/>
        <source>The platforms and files clinicrep takes reviews from. Choose one to edit, sign in or remove it.</source>
        <translation>Платформы и файлы, из которых clinicrep берёт отзывы. Выберите одну, чтобы изменить, войти или удалить её.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="760"/>
        <source>Nothing is connected yet. Press “Connect a platform…” to bring in the reviews from Google, Facebook, ZnanyLekarz and other sites.</source>
        <translation>Пока ничего не подключено. Нажмите «Подключить платформу…», чтобы получать отзывы с Google, Facebook, ZnanyLekarz и других сайтов.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="789"/>
        <source>{name} ({platform}) — reviews pasted from the page</source>
        <translation>{name} ({platform}) — отзывы вставлены со страницы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="800"/>
        <source>Last checked {when}</source>
        <translation>Последняя проверка: {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="802"/>
        <source>Not checked yet</source>
        <translation>Ещё не проверялся</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="843"/>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="849"/>
        <source>Sign in to Trustpilot</source>
        <translation>Вход в Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="843"/>
        <source>Trustpilot Business e-mail:</source>
        <translation>Эл. почта Trustpilot Business:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="850"/>
        <source>Password (used once, not stored):</source>
        <translation>Пароль (используется один раз, не сохраняется):</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="866"/>
        <source>Signed in. Replies can now be published.</source>
        <translation>Вход выполнен. Теперь можно публиковать ответы.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="884"/>
        <source>Select a Google source first.</source>
        <translation>Сначала выберите источник Google.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="919"/>
        <source>Signed in to Google, but the locations could not be read: {why}</source>
        <translation>Вход в Google выполнен, но филиалы прочитать не удалось: {why}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="930"/>
        <source>Signed in to Google. No location is chosen yet: select the source and choose “Edit…” → “Find my locations”.</source>
        <translation>Вход в Google выполнен. Филиал ещё не выбран: выделите источник и нажмите «Изменить…» → «Найти мои филиалы».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="938"/>
        <source>If Google&apos;s page shows an error instead (“invalid_client”, “redirect_uri_mismatch”), the client ID is wrong or its key is not of the type “Desktop app”: press “Cancel sign-in”, correct it with “Edit…” and sign in again.</source>
        <translation>Если вместо этого страница Google показывает ошибку («invalid_client», «redirect_uri_mismatch»), идентификатор клиента неверный или его ключ не типа «Приложение для ПК»: нажмите «Отменить вход», исправьте его через «Изменить…» и войдите снова.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="949"/>
        <source>Signed in, but this Google account manages no business location.</source>
        <translation>Вход выполнен, но эта учётная запись Google не управляет ни одним филиалом.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="956"/>
        <source>Choose the location</source>
        <translation>Выбор филиала</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="956"/>
        <source>Location:</source>
        <translation>Филиал:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="982"/>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="996"/>
        <source>Remove source</source>
        <translation>Удаление источника</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="984"/>
        <source>Remove {name} and the reviews fetched from it? The reviews stay on the platform; only clinicrep&apos;s copy and its sign-in are removed.</source>
        <translation>Удалить «{name}» и полученные из него отзывы? На платформе отзывы останутся; удаляются только их копия в clinicrep и данные для входа.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <location filename="../../src/clinicrep/store/chosen_store.py" line="130"/>
        <source>{dbname} on {host}:{port} as {user}</source>
        <translation>{dbname} на {host}:{port}, пользователь {user}</translation>
    </message>
</context>
<context>
    <name>StoreRecovery</name>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="61"/>
        <source>The database file: {path}</source>
        <translation>Файл базы данных: {path}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="69"/>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="358"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="74"/>
        <source>Restore a backup…</source>
        <translation>Восстановить из копии…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="78"/>
        <source>Choose another folder…</source>
        <translation>Выбрать другую папку…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="82"/>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="370"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="96"/>
        <source>Daily copy of {day}</source>
        <translation>Ежедневная копия от {day}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="98"/>
        <source>Copy made before an update, {when}</source>
        <translation>Копия перед обновлением, {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="101"/>
        <source>Copy made before a restore, {when}</source>
        <translation>Копия перед восстановлением, {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="146"/>
        <source>No backup copies were found in {folder}. Choose another folder instead, or copy a backup file there.</source>
        <translation>В папке {folder} не найдено резервных копий. Выберите другую папку или скопируйте туда файл резервной копии.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="108"/>
        <source>A copy saved elsewhere (from another PC, a USB stick)…</source>
        <translation>Копия в другом месте (с другого компьютера, с флешки)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="117"/>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="163"/>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="164"/>
        <source>Choose the copy to restore. The data there now is kept as a copy first.</source>
        <translation>Выберите копию для восстановления. Текущие данные сначала будут сохранены в отдельную копию.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="119"/>
        <source>clinicrep database (*.sqlite3);;All files (*)</source>
        <translation>База данных clinicrep (*.sqlite3);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="188"/>
        <source>That copy was not restored; nothing was changed. {reason}</source>
        <translation>Эта копия не восстановлена; ничего не изменено. {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="200"/>
        <source>Choose a folder for clinicrep&apos;s data</source>
        <translation>Выберите папку для данных clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="209"/>
        <source>clinicrep uses {folder} until it is closed. To use this folder every time, start clinicrep with --data-dir &quot;{folder}&quot;, or set the environment variable CLINICREP_DATA_DIR to it.</source>
        <translation>До закрытия clinicrep использует папку {folder}. Чтобы использовать её всегда, запускайте clinicrep с параметром --data-dir &quot;{folder}&quot; или укажите эту папку в переменной окружения CLINICREP_DATA_DIR.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="225"/>
        <source>clinicrep is bringing your reviews up to date for this version. This happens once and can take a minute on a large practice. Please wait…</source>
        <translation>clinicrep обновляет ваши отзывы для этой версии. Это происходит один раз и в большой практике может занять минуту. Пожалуйста, подождите…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="349"/>
        <source>The shared database: {where}. You can use this PC&apos;s own database until the server is back; what you write there stays on this PC.</source>
        <translation>Общая база данных: {where}. Пока сервер недоступен, можно работать с собственной базой данных этого ПК; то, что вы там запишете, останется на этом ПК.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="362"/>
        <source>Use this PC only for now</source>
        <translation>Пока только этот ПК</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="366"/>
        <source>Database settings…</source>
        <translation>Настройки базы данных…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="139"/>
        <source>There are no backup copies of this data yet: clinicrep makes one each day it is used and before each update. To restore a copy from another PC or a USB stick, choose “A copy saved elsewhere”.</source>
        <translation>Резервных копий этих данных пока нет: clinicrep делает копию каждый день, когда им пользуются, и перед каждым обновлением. Чтобы восстановить копию с другого компьютера или с флешки, выберите «Копия в другом месте».</translation>
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
        <location filename="../../src/clinicrep/sync.py" line="296"/>
        <source>{name} is checking for reviews for the whole practice right now, so this check was skipped. The new reviews show up here as they arrive.</source>
        <translation>{name} сейчас проверяет новые отзывы для всей практики, поэтому эта проверка пропущена. Новые отзывы появятся здесь по мере поступления.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="301"/>
        <source>Another PC is checking for reviews for the whole practice right now, so this check was skipped. The new reviews show up here as they arrive.</source>
        <translation>Другой компьютер сейчас проверяет новые отзывы для всей практики, поэтому эта проверка пропущена. Новые отзывы появятся здесь по мере поступления.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="324"/>
        <source>{source}: {n} of about {total} reviews read</source>
        <translation>{source}: прочитано отзывов: {n} (всего около {total})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="328"/>
        <source>{source}: {n} reviews read</source>
        <translation>{source}: прочитано отзывов: {n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="350"/>
        <source>Stopped. What was already fetched is kept.</source>
        <translation>Остановлено. Уже полученное сохранено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="356"/>
        <source>No source is called “{name}”. Check the name in Sources.</source>
        <translation>Нет источника с названием «{name}». Проверьте название в разделе «Источники».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="372"/>
        <source>{source}: {message}</source>
        <translation>{source}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="379"/>
        <source>{source}: {new} new, {changed} changed</source>
        <translation>{source}: новых — {new}, изменённых — {changed}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="395"/>
        <source>No platform is connected, so there is nothing to check. Connect one in the window: File → Sources….</source>
        <translation>Ни одна платформа не подключена, поэтому проверять нечего. Подключите её в окне: Файл → Источники….</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="81"/>
        <source>Another check is running right now; this one was skipped.</source>
        <translation>Сейчас уже идёт другая проверка; эта пропущена.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="56"/>
        <source>Reply templates</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="65"/>
        <source>Language of the templates</source>
        <translation>Язык шаблонов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="72"/>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="76"/>
        <source>Template name</source>
        <translation>Название шаблона</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="78"/>
        <source>Kind of review</source>
        <translation>Вид отзыва</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="82"/>
        <source>Template text</source>
        <translation>Текст шаблона</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="86"/>
        <source>Placeholders: {greeting} {first_name} {practice_name} {contact} {contact_phone} {contact_email} {signer}</source>
        <translation>Подстановки: {greeting} {first_name} {practice_name} {contact} {contact_phone} {contact_email} {signer}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="98"/>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="100"/>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="268"/>
        <source>New template</source>
        <translation>Новый шаблон</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="106"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="108"/>
        <source>Restore the defaults</source>
        <translation>Вернуть стандартные</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="113"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="114"/>
        <source>For:</source>
        <translation>Для отзывов:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="147"/>
        <source>(edited)</source>
        <translation>(изменён)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="186"/>
        <source>Save the changes to the template “{name}”?</source>
        <translation>Сохранить изменения в шаблоне «{name}»?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="196"/>
        <source>The changes to the template “{name}” cannot be saved: the note in red under the text says why. Discard them?</source>
        <translation>Изменения в шаблоне «{name}» нельзя сохранить: почему — написано красным под текстом. Отменить их?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="286"/>
        <source>Delete the template “{name}”?</source>
        <translation>Удалить шаблон «{name}»?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="297"/>
        <source>Restore the original templates in this language? Your edits to them are undone; templates you added yourself stay.</source>
        <translation>Вернуть исходные шаблоны на этом языке? Ваши правки в них будут отменены; шаблоны, которые вы добавили сами, останутся.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="191"/>
        <source>Don&apos;t save</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="192"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="200"/>
        <source>Discard the changes</source>
        <translation>Отказаться от изменений</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="103"/>
        <source>Start an empty template: the greeting and the signature, the rest yours</source>
        <translation>Начать пустой шаблон: приветствие и подпись, остальное напишете вы</translation>
    </message>
</context>
<context>
    <name>ThisPcForm</name>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="43"/>
        <source>Name of this PC</source>
        <translation>Имя этого компьютера</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="44"/>
        <source>e.g. Anna (reception)</source>
        <translation>напр. Анна (регистратура)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="47"/>
        <source>Who uses this PC</source>
        <translation>Кто работает за этим компьютером</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="48"/>
        <source>The owner (approves replies)</source>
        <translation>Владелец (одобряет ответы)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="49"/>
        <source>A receptionist</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="52"/>
        <source>Replies written on a receptionist&apos;s PC wait for the owner&apos;s approval</source>
        <translation>Ответы с компьютера администратора ждут одобрения владельца</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="60"/>
        <source>Name of this PC:</source>
        <translation>Имя этого компьютера:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="63"/>
        <source>Shown to the other PCs and kept in the log beside what was done here: who asked for approval, who approved.</source>
        <translation>Видно на других компьютерах и записывается в журнал рядом с действиями, сделанными здесь: кто отправил на одобрение, кто одобрил.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="69"/>
        <source>Used by:</source>
        <translation>Кто работает:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="71"/>
        <source>This is who uses this PC, not a password: anyone at it acts in this role.</source>
        <translation>Это указание, кто работает за компьютером, а не пароль: любой, кто за ним сидит, действует в этой роли.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="78"/>
        <source>For the whole practice. A receptionist asks for approval; the owner&apos;s PC shows the reply waiting, and the owner edits, approves and publishes it, or sends it back with a comment.</source>
        <translation>Для всей клиники. Администратор отправляет ответ на одобрение; на компьютере владельца ответ виден как ожидающий, владелец правит, одобряет и публикует его или возвращает с комментарием.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="146"/>
        <source>clinicrep is not checking for reviews</source>
        <translation>clinicrep не проверяет отзывы</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="159"/>
        <source>clinicrep alert</source>
        <translation>Оповещение clinicrep</translation>
    </message>
</context>
<context>
    <name>UpgradeBanner</name>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="51"/>
        <source>Update installed</source>
        <translation>Установлено обновление</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="56"/>
        <source>Restart now</source>
        <translation>Перезапустить</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="59"/>
        <source>Close this window, keeping your draft, and open the new version</source>
        <translation>Закрыть это окно, сохранив черновик, и открыть новую версию</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="62"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="77"/>
        <source>clinicrep {version} was installed while this window was open. This window keeps working as before; restart to use the new version. Your draft reply is kept.</source>
        <translation>Пока это окно было открыто, установлена версия clinicrep {version}. Это окно работает как прежде; перезапустите программу, чтобы перейти на новую версию. Черновик ответа сохранится.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="142"/>
        <source>clinicrep</source>
        <translation>clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="143"/>
        <source>The new version of clinicrep could not be started. Your draft reply is saved: open clinicrep again from the applications menu.</source>
        <translation>Не удалось запустить новую версию clinicrep. Черновик ответа сохранён: откройте clinicrep снова из меню приложений.</translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="176"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="183"/>
        <source>{stars}★</source>
        <translation>{stars}★</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="185"/>
        <source>mentions “{word}” (legal action)</source>
        <translation>упоминает «{word}» (угроза суда)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="186"/>
        <source>mentions “{word}” (possible harm)</source>
        <translation>упоминает «{word}» (возможный вред здоровью)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="187"/>
        <source>mentions “{word}” (a regulator)</source>
        <translation>упоминает «{word}» (надзорный орган)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="188"/>
        <source>mentions “{word}” (the press or social media)</source>
        <translation>упоминает «{word}» (пресса или соцсети)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="191"/>
        <source>may spread false medical information (“{word}”)</source>
        <translation>может распространять ложную медицинскую информацию («{word}»)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="194"/>
        <source>angry tone</source>
        <translation>гневный тон</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="195"/>
        <source>negative text</source>
        <translation>негативный текст</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="196"/>
        <source>a complaint inside a good review</source>
        <translation>жалоба внутри хорошего отзыва</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="197"/>
        <source>does not recommend</source>
        <translation>не рекомендует</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="198"/>
        <source>many negative reviews at once</source>
        <translation>много отрицательных отзывов сразу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="203"/>
        <source>legal action</source>
        <translation>угроза суда</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="204"/>
        <source>possible harm</source>
        <translation>возможный вред здоровью</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="205"/>
        <source>a regulator</source>
        <translation>надзорный орган</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="206"/>
        <source>the press or social media</source>
        <translation>пресса или соцсети</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="211"/>
        <source>mentions “{word}”</source>
        <translation>упоминает «{word}»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/analysis/triage.py" line="283"/>
        <source>%n negative review(s) in the last 24 hours (usually {usual:.1f}).</source>
        <translation>
            <numerusform>Отрицательных отзывов за последние 24 часа: %n (обычно {usual:.1f}).</numerusform>
            <numerusform>Отрицательных отзывов за последние 24 часа: %n (обычно {usual:.1f}).</numerusform>
            <numerusform>Отрицательных отзывов за последние 24 часа: %n (обычно {usual:.1f}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/analysis/triage.py" line="290"/>
        <source>%n negative review(s) in the last 7 days (usually {usual:.1f}).</source>
        <translation>
            <numerusform>Отрицательных отзывов за последние 7 дней: %n (обычно {usual:.1f}).</numerusform>
            <numerusform>Отрицательных отзывов за последние 7 дней: %n (обычно {usual:.1f}).</numerusform>
            <numerusform>Отрицательных отзывов за последние 7 дней: %n (обычно {usual:.1f}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="301"/>
        <source>An urgent review (urgency {urgency}): {reason}.</source>
        <translation>Срочный отзыв (срочность {urgency}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="304"/>
        <source>An urgent review (urgency {urgency}).</source>
        <translation>Срочный отзыв (срочность {urgency}).</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="35"/>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="30"/>
        <source>Welcome to clinicrep</source>
        <translation>Добро пожаловать в clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="34"/>
        <source>Bring every review of your practice into one inbox. Start by connecting a platform, or import reviews you saved from a website. Your data stays on this computer.</source>
        <translation>Соберите все отзывы о вашей клинике в одном месте. Для начала подключите платформу или импортируйте отзывы, сохранённые с сайта. Ваши данные хранятся только на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="43"/>
        <source>1. Bring the reviews in: connect a platform, or import a file you saved from a site.
2. Answer them in the inbox: clinicrep suggests a reply in the review&apos;s language and checks that it reveals nothing confidential.
3. Once a month, make the owner&apos;s summary (File → Monthly summary).</source>
        <translation>1. Получите отзывы: подключите платформу или импортируйте файл, сохранённый с сайта.
2. Отвечайте во входящих: clinicrep предложит ответ на языке отзыва и проверит, что он не раскрывает ничего конфиденциального.
3. Раз в месяц готовьте сводку для руководителя (Файл → Ежемесячная сводка).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="52"/>
        <source>Connect a platform…</source>
        <translation>Подключить платформу…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="54"/>
        <source>Import a file…</source>
        <translation>Импортировать файл…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="58"/>
        <source>Paste reviews copied from a website…</source>
        <translation>Вставить отзывы, скопированные с сайта…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="62"/>
        <source>Your practice&apos;s name and how replies are signed…</source>
        <translation>Название клиники и подпись под ответами…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="66"/>
        <source>Try the demo (made-up reviews, in a separate window)</source>
        <translation>Попробовать демо (вымышленные отзывы, в отдельном окне)</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../src/clinicrep/ui/workers.py" line="201"/>
        <source>Finishing the work in progress before the store is closed…</source>
        <translation>Завершаем начатую работу, прежде чем закрыть базу…</translation>
    </message>
</context>
</TS>
