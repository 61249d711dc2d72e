<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="77"/>
        <source>Alert</source>
        <translation>Сповіщення</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="82"/>
        <source>Show review</source>
        <translation>Показати відгук</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="84"/>
        <source>Acknowledge</source>
        <translation>Взяти до відома</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="85"/>
        <source>Mark this alert as seen; it will not come back</source>
        <translation>Позначити сповіщення як переглянуте; воно більше не з’явиться</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/alerts.py" line="104"/>
        <source>(%n more alert(s))</source>
        <translation>
            <numerusform>(ще %n сповіщення)</numerusform>
            <numerusform>(ще %n сповіщення)</numerusform>
            <numerusform>(ще %n сповіщень)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertMail</name>
    <message numerus="yes">
        <source>clinicrep: %n alert(s) today</source>
        <translation>
            <numerusform>clinicrep: %n сповіщення за сьогодні</numerusform>
            <numerusform>clinicrep: %n сповіщення за сьогодні</numerusform>
            <numerusform>clinicrep: %n сповіщень за сьогодні</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="161"/>
        <source>clinicrep: test message</source>
        <translation>clinicrep: тестовий лист</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="162"/>
        <source>This is a test message from clinicrep. Crisis alerts for {practice} will arrive like this one.</source>
        <translation>Це тестовий лист від clinicrep. Сповіщення про кризові ситуації для {practice} надходитимуть так само.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="167"/>
        <source>your practice</source>
        <translation>вашої клініки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="181"/>
        <source>Platform: {platform}</source>
        <translation>Платформа: {platform}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="184"/>
        <source>Written: {date}</source>
        <translation>Написано: {date}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="190"/>
        <source>Rating: {stars}★</source>
        <translation>Оцінка: {stars}★</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="196"/>
        <source>Open the review: {url}</source>
        <translation>Відкрити відгук: {url}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="205"/>
        <source>clinicrep alert: an urgent review</source>
        <translation>Сповіщення clinicrep: терміновий відгук</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="208"/>
        <source>clinicrep alert: an urgent review on {platform}</source>
        <translation>Сповіщення clinicrep: терміновий відгук на {platform}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="213"/>
        <source>clinicrep alert: many negative reviews at once</source>
        <translation>Сповіщення clinicrep: багато негативних відгуків одночасно</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="222"/>
        <source>The newest of them:</source>
        <translation>Найновіші з них:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="230"/>
        <source>Open clinicrep on the practice&apos;s computer to read the review in full and answer it.</source>
        <translation>Відкрийте clinicrep на комп’ютері клініки, щоб прочитати відгук повністю й відповісти на нього.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="259"/>
        <source>clinicrep: reviews are not being checked</source>
        <translation>clinicrep: відгуки не перевіряються</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="332"/>
        <source>The alerts raised since the last digest, oldest first.</source>
        <translation>Сповіщення від попереднього зведення, від найстаріших.</translation>
    </message>
</context>
<context>
    <name>AspectChart</name>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="624"/>
        <source>Aspect shown in the chart</source>
        <translation>Аспект на графіку</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="625"/>
        <location filename="../../src/clinicrep/ui/charts.py" line="660"/>
        <source>All aspects</source>
        <translation>Усі аспекти</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="629"/>
        <source>Praise and complaints by aspect, per month</source>
        <translation>Похвала і скарги за аспектами, по місяцях</translation>
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
        <translation>Скарги</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="665"/>
        <source>{month}: {aspect} praised in {praise}, blamed in {complaints}</source>
        <translation>{month}: {aspect} — похвала в {praise}, скарги в {complaints}</translation>
    </message>
</context>
<context>
    <name>AspectChips</name>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="36"/>
        <source>What the review praises and blames</source>
        <translation>Що відгук хвалить і за що критикує</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="46"/>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="47"/>
        <source>Name something the review praises or blames</source>
        <translation>Вказати, що відгук хвалить або критикує</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="52"/>
        <source>No praise or complaint found</source>
        <translation>Ні похвали, ні скарг не знайдено</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="94"/>
        <source>Sentiment: {name} (corrected)</source>
        <translation>Тональність: {name} (виправлено)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="96"/>
        <source>Sentiment: {name}</source>
        <translation>Тональність: {name}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="98"/>
        <source>Click to correct the sentiment</source>
        <translation>Натисніть, щоб виправити тональність</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="120"/>
        <source>{aspect}: praise</source>
        <translation>{aspect}: похвала</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="121"/>
        <source>{aspect}: complaint</source>
        <translation>{aspect}: скарга</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="125"/>
        <source>Set by you. Click to change it.</source>
        <translation>Задано вами. Натисніть, щоб змінити.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="126"/>
        <source>Read from: “{words}”. Click to correct it.</source>
        <translation>Прочитано в словах: «{words}». Натисніть, щоб виправити.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="146"/>
        <source>Praise</source>
        <translation>Похвала</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="147"/>
        <source>Complaint</source>
        <translation>Скарга</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="150"/>
        <source>Not about this</source>
        <translation>Відгук не про це</translation>
    </message>
</context>
<context>
    <name>BugReport</name>
    <message>
        <location filename="../../src/clinicrep/ui/bug_report.py" line="38"/>
        <source>Something went wrong that clinicrep did not expect. Your data is safe; what you were doing may not have finished. Try it again; if it happens again, send the details and the log file to support.</source>
        <translation>Сталося те, чого clinicrep не очікував. Ваші дані в безпеці; остання дія могла не завершитися. Повторіть її; якщо це станеться знову, надішліть подробиці й файл журналу в підтримку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/bug_report.py" line="46"/>
        <source>The log file: {path}</source>
        <translation>Файл журналу: {path}</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="330"/>
        <source>Period shown in the charts</source>
        <translation>Період, показаний на діаграмах</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="332"/>
        <source>Last 30 days</source>
        <translation>Останні 30 днів</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="333"/>
        <source>Last 3 months</source>
        <translation>Останні 3 місяці</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="334"/>
        <source>Last 12 months</source>
        <translation>Останні 12 місяців</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="336"/>
        <source>Last calendar month</source>
        <translation>Минулий календарний місяць</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="337"/>
        <source>All time</source>
        <translation>За весь час</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="345"/>
        <source>Location shown in the charts</source>
        <translation>Філія на графіках</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="353"/>
        <source>Reviews received</source>
        <translation>Отримано відгуків</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="353"/>
        <location filename="../../src/clinicrep/ui/charts.py" line="356"/>
        <location filename="../../src/clinicrep/ui/charts.py" line="360"/>
        <location filename="../../src/clinicrep/ui/charts.py" line="363"/>
        <source>reviews</source>
        <translation>відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="354"/>
        <source>Average rating</source>
        <translation>Середня оцінка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="354"/>
        <source>stars</source>
        <translation>зірки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="358"/>
        <source>Sentiment</source>
        <translation>Тональність</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="360"/>
        <source>Complaints about</source>
        <translation>На що скаржаться</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="363"/>
        <source>Praise for</source>
        <translation>Що хвалять</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="399"/>
        <source>Colours: green positive, amber mixed, grey neutral, red negative</source>
        <translation>Кольори: зелений — позитивні, жовтий — змішані, сірий — нейтральні, червоний — негативні</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="422"/>
        <source>All locations</source>
        <translation>Усі філії</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="463"/>
        <source>{period}: %n review(s)</source>
        <translation>
            <numerusform>{period}: відгуків — %n</numerusform>
            <numerusform>{period}: відгуків — %n</numerusform>
            <numerusform>{period}: відгуків — %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="472"/>
        <source>{period}: {avg} average from %n review(s)</source>
        <translation>
            <numerusform>{period}: у середньому {avg}, відгуків — %n</numerusform>
            <numerusform>{period}: у середньому {avg}, відгуків — %n</numerusform>
            <numerusform>{period}: у середньому {avg}, відгуків — %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="499"/>
        <source>{period}: {pos} positive, {mix} mixed, {neu} neutral, {neg} negative</source>
        <translation>{period}: позитивних {pos}, змішаних {mix}, нейтральних {neu}, негативних {neg}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="518"/>
        <source>{period}: median {hours} h; {d1} within {aim} h, {d2} within {limit} h</source>
        <translation>{period}: медіана {hours} год; {d1} протягом {aim} год, {d2} протягом {limit} год</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="528"/>
        <source>{period}: no review answered yet</source>
        <translation>{period}: ще жодної відповіді</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="537"/>
        <source>{platform}: %n review(s)</source>
        <translation>
            <numerusform>{platform}: відгуків — %n</numerusform>
            <numerusform>{platform}: відгуків — %n</numerusform>
            <numerusform>{platform}: відгуків — %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="548"/>
        <source>{aspect}: blamed in %n review(s)</source>
        <translation>
            <numerusform>{aspect}: скарги в %n відгуку</numerusform>
            <numerusform>{aspect}: скарги в %n відгуках</numerusform>
            <numerusform>{aspect}: скарги в %n відгуках</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="558"/>
        <source>{aspect}: praised in %n review(s)</source>
        <translation>
            <numerusform>{aspect}: похвала в %n відгуку</numerusform>
            <numerusform>{aspect}: похвала в %n відгуках</numerusform>
            <numerusform>{aspect}: похвала в %n відгуках</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="571"/>
        <source>%n review(s) · none answered yet: answer times appear with the first reply</source>
        <translation>
            <numerusform>%n відгук · ще жодної відповіді: час відповіді з&apos;явиться з першою відповіддю</numerusform>
            <numerusform>%n відгуки · ще жодної відповіді: час відповіді з&apos;явиться з першою відповіддю</numerusform>
            <numerusform>%n відгуків · ще жодної відповіді: час відповіді з&apos;явиться з першою відповіддю</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="579"/>
        <source>%n review(s) · median answer {hours} h · {d1} answered within {aim} h · {d2} within {limit} h</source>
        <translation>
            <numerusform>Відгуків: %n · медіанний час відповіді {hours} год · {d1} — з відповіддю протягом {aim} год · {d2} — протягом {limit} год</numerusform>
            <numerusform>Відгуків: %n · медіанний час відповіді {hours} год · {d1} — з відповіддю протягом {aim} год · {d2} — протягом {limit} год</numerusform>
            <numerusform>Відгуків: %n · медіанний час відповіді {hours} год · {d1} — з відповіддю протягом {aim} год · {d2} — протягом {limit} год</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="356"/>
        <source>Reviews per platform</source>
        <translation>Відгуки за платформами</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="366"/>
        <source>Median time to answer</source>
        <translation>Медіанний час відповіді</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="366"/>
        <source>hours</source>
        <translation>години</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="377"/>
        <source>Show:</source>
        <translation>Показати:</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message numerus="yes">
        <source>%n problem(s) are underlined in the reply.</source>
        <translation>
            <numerusform>У відповіді підкреслено %n проблему.</numerusform>
            <numerusform>У відповіді підкреслено %n проблеми.</numerusform>
            <numerusform>У відповіді підкреслено %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="231"/>
        <source>Thank the reviewer personally</source>
        <translation>Особисто подякуйте автору</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="234"/>
        <source>Start with a personal thank-you; use the reviewer&apos;s first name if they showed one.</source>
        <translation>Почніть з особистої подяки; звертайтеся до автора на ім’я, якщо він його вказав.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="244"/>
        <source>Pass the praise on to the person the reviewer named, or to the whole team.</source>
        <translation>Передайте похвалу людині, яку згадав автор, або всій команді.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="249"/>
        <source>Pass the praise on to the team.</source>
        <translation>Передайте похвалу команді.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="253"/>
        <source>Credit the team</source>
        <translation>Відзначте команду</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="263"/>
        <source>Invite them back in a general way</source>
        <translation>Загальне запрошення звертатися знову</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="266"/>
        <source>Say the practice is always glad to help, without mentioning a past or next visit.</source>
        <translation>Скажіть, що клініка завжди рада допомогти, не згадуючи минулий чи наступний візит.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="274"/>
        <source>Answer promptly</source>
        <translation>Відповідайте вчасно</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="282"/>
        <source>This review is %n day(s) old. Paste the reply on its page today and confirm here.</source>
        <translation>
            <numerusform>Цьому відгуку %n день. Сьогодні вставте відповідь на сторінці відгуку й підтвердьте тут.</numerusform>
            <numerusform>Цьому відгуку %n дні. Сьогодні вставте відповідь на сторінці відгуку й підтвердьте тут.</numerusform>
            <numerusform>Цьому відгуку %n днів. Сьогодні вставте відповідь на сторінці відгуку й підтвердьте тут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="289"/>
        <source>This feedback is %n day(s) old. Answer the patient today, then mark it answered.</source>
        <translation>
            <numerusform>Цьому відгуку %n день. Дайте відповідь пацієнтові сьогодні й позначте відгук як опрацьований.</numerusform>
            <numerusform>Цьому відгуку %n дні. Дайте відповідь пацієнтові сьогодні й позначте відгук як опрацьований.</numerusform>
            <numerusform>Цьому відгуку %n днів. Дайте відповідь пацієнтові сьогодні й позначте відгук як опрацьований.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="296"/>
        <source>This review is %n day(s) old. Publish the reply today.</source>
        <translation>
            <numerusform>Днів від появи відгуку: %n. Опублікуйте відповідь сьогодні.</numerusform>
            <numerusform>Днів від появи відгуку: %n. Опублікуйте відповідь сьогодні.</numerusform>
            <numerusform>Днів від появи відгуку: %n. Опублікуйте відповідь сьогодні.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="305"/>
        <source>Acknowledge the experience and express regret</source>
        <translation>Визнайте ситуацію й висловіть жаль</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="308"/>
        <source>Say you are sorry about the experience, without admitting any clinical fault.</source>
        <translation>Висловіть жаль через те, що сталося, не визнаючи медичної помилки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="318"/>
        <source>Do not admit clinical fault</source>
        <translation>Не визнавайте медичної помилки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="321"/>
        <source>“{words}” admits fault. Express regret for the experience instead.</source>
        <translation>«{words}» — це визнання провини. Натомість висловіть жаль через те, що сталося.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="330"/>
        <source>Offer a concrete next step</source>
        <translation>Запропонуйте конкретний наступний крок</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="333"/>
        <source>Say what will happen next, for example ask them to call so you can look into it.</source>
        <translation>Скажіть, що буде далі, наприклад попросіть зателефонувати, щоб ви могли з’ясувати ситуацію.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="341"/>
        <source>Move the conversation offline</source>
        <translation>Продовжте розмову приватно</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="357"/>
        <source>Give a phone number, an e-mail address or a named contact, so the case is not discussed in public. Your contact details are set in Settings.</source>
        <translation>Вкажіть номер телефону, адресу електронної пошти або контактну особу, щоб випадок не обговорювали публічно. Ваші контактні дані вказуються в налаштуваннях.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="366"/>
        <source>Stay calm: no blame, no argument, no sarcasm</source>
        <translation>Спокійно: без звинувачень, суперечок і сарказму</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="373"/>
        <source>“{words}” may read as blame or argument. Rephrase it calmly.</source>
        <translation>«{words}» може сприйматися як звинувачення чи суперечка. Перефразуйте спокійніше.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="381"/>
        <source>Read the reply once as the reviewer would.</source>
        <translation>Перечитайте відповідь очима автора відгуку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="481"/>
        <source>Sign with a name or role</source>
        <translation>Підпишіться ім’ям або посадою</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="495"/>
        <source>End with a name or a role, for example “Anna, practice manager”.</source>
        <translation>Завершіть ім’ям або посадою, наприклад «Анна, адміністратор клініки».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="509"/>
        <source>Give a source for the facts</source>
        <translation>Вкажіть джерело фактів</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="512"/>
        <source>Say where the facts can be checked: a public register, an official page or a link.</source>
        <translation>Скажіть, де можна перевірити факти: публічний реєстр, офіційна сторінка чи посилання.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="522"/>
        <source>Invite them to talk it through</source>
        <translation>Запросіть обговорити питання</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="525"/>
        <source>Offer a consultation or a conversation where their questions can be answered.</source>
        <translation>Запропонуйте консультацію або розмову, де можна відповісти на їхні запитання.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="535"/>
        <source>No personal attack</source>
        <translation>Без особистих нападок</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="538"/>
        <source>“{words}” attacks the reviewer. Correct the facts, not the person.</source>
        <translation>«{words}» — це нападка на автора. Виправляйте факти, а не людину.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="545"/>
        <source>Keep the holding reply short</source>
        <translation>Коротка попередня відповідь</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="552"/>
        <source>Say only that you take it seriously and will be in touch; the owner answers the rest.</source>
        <translation>Скажіть лише, що ставитеся до цього серйозно й зв’яжетеся; решту відповість власник.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="560"/>
        <source>Escalate to the owner</source>
        <translation>Передайте власнику</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="567"/>
        <source>Mark the review as escalated so the owner is told; the step is logged.</source>
        <translation>Позначте відгук як переданий власнику, щоб він дізнався про нього; цю дію буде записано.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="574"/>
        <source>Nothing that reveals a patient</source>
        <translation>Нічого, що видає пацієнта</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="588"/>
        <source>Rules: {rules}.</source>
        <translation>Правила: {rules}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="598"/>
        <source>No reward for reviews</source>
        <translation>Без винагород за відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="603"/>
        <source>“{words}” offers a reward. Platforms and regulators forbid rewards for reviews.</source>
        <translation>«{words}» — це пропозиція винагороди. Платформи й регулятори забороняють винагороди за відгуки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="617"/>
        <source>Written for this review</source>
        <translation>Написано саме для цього відгуку</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="632"/>
        <source>This reply is almost the same as one already published. Make it personal.</source>
        <translation>Ця відповідь майже така сама, як уже опублікована. Зробіть її особистою.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="648"/>
        <source>A sensible length</source>
        <translation>Доречна довжина</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="652"/>
        <source>The reply is {size} bytes long; {platform} accepts at most {limit}.</source>
        <translation>Довжина відповіді — {size} байт; {platform} приймає щонайбільше {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="658"/>
        <source>the platform</source>
        <translation>платформа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="666"/>
        <source>The reply is very short. Add a sentence or two.</source>
        <translation>Відповідь дуже коротка. Додайте одне-два речення.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="707"/>
        <source>Correct the facts</source>
        <translation>Виправте факти</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="708"/>
        <source>Check that every fact in the reply is true and can be shown.</source>
        <translation>Перевірте, що кожен факт у відповіді правдивий і його можна підтвердити.</translation>
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
        <translation>невідомі аргументи: %s</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="25"/>
        <source>the following arguments are required: %s</source>
        <translation>бракує обов’язкових аргументів: %s</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="28"/>
        <source>expected one argument</source>
        <translation>потрібне одне значення</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="29"/>
        <source>expected at most one argument</source>
        <translation>можна не більше одного значення</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="32"/>
        <source>expected at least one argument</source>
        <translation>потрібне хоча б одне значення</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="35"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначний параметр: %(option)s може означати %(matches)s</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="38"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>неприпустиме значення %(value)r (очікується %(type)s)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="41"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>неприпустимий варіант: %(value)r (виберіть із: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="44"/>
        <source>ignored explicit argument %r</source>
        <translation>значення %r тут не приймається</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="58"/>
        <source>“{value}” is not a whole number</source>
        <translation>«{value}» — не ціле число</translation>
    </message>
</context>
<context>
    <name>Confidentiality</name>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="158"/>
        <source>Confirms a patient</source>
        <translation>Підтверджує, що людина — пацієнт</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="159"/>
        <source>Health detail</source>
        <translation>Відомості про здоров’я</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="160"/>
        <source>Date or time of a visit</source>
        <translation>Дата або час візиту</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="161"/>
        <source>Billing or insurance</source>
        <translation>Оплата або страховка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="162"/>
        <source>Full name</source>
        <translation>Повне ім’я</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="163"/>
        <source>Reward for reviews</source>
        <translation>Винагорода за відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="164"/>
        <source>New information</source>
        <translation>Нові відомості</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="171"/>
        <source>This confirms that the reviewer is or was a patient. Speak about the practice in general instead.</source>
        <translation>Це підтверджує, що автор є або був пацієнтом. Натомість говоріть про клініку загалом.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="176"/>
        <source>This says that someone looked at the reviewer&apos;s records, which confirms they are a patient. Leave it out.</source>
        <translation>Тут сказано, що хтось переглядав медичні записи автора, а це підтверджує, що він пацієнт. Приберіть це.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="181"/>
        <source>This is a health detail (a diagnosis, procedure, medication or test). Leave it out of a public reply.</source>
        <translation>Це дані про здоров’я (діагноз, процедура, ліки чи аналіз). Не згадуйте їх у публічній відповіді.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="186"/>
        <source>This repeats a health detail from the review. Do not repeat it in public, even if the reviewer wrote it.</source>
        <translation>Це повторює дані про здоров’я з відгуку. Не повторюйте їх публічно, навіть якщо автор написав їх сам.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="191"/>
        <source>This mentions insurance. Leave insurance out of a public reply.</source>
        <translation>Тут згадано страхування. Не згадуйте страхування в публічній відповіді.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="194"/>
        <source>This is a date. A date tells others when someone visited; leave it out.</source>
        <translation>Це дата. Дата підказує іншим, коли людина приходила; приберіть її.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="198"/>
        <source>This is about money someone paid. Discuss bills only in private.</source>
        <translation>Ідеться про гроші, які хтось заплатив. Рахунки обговорюйте лише приватно.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="201"/>
        <source>This is a person&apos;s full name or surname. Use a first name only, or no name.</source>
        <translation>Це повне ім’я або прізвище людини. Використовуйте лише ім’я або не називайте людину взагалі.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="205"/>
        <source>This offers a reward for a review. Platforms and the law forbid rewards for reviews; leave it out.</source>
        <translation>Тут пропонується винагорода за відгук. Майданчики й закон забороняють винагороджувати за відгуки; приберіть це.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="210"/>
        <source>This tells readers something about the reviewer that the review did not say. A reply may answer the review but must add nothing about the patient.</source>
        <translation>Це повідомляє читачам про людину те, чого немає у відгуку. Відповідь може відповідати на відгук, але не має додавати нічого про пацієнта.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="215"/>
        <source>Replies worded like this sentence usually confirm that the reviewer is a patient or tell something about their care (a learned check, no word list). Speak about the practice in general instead.</source>
        <translation>Відповіді з такими словами зазвичай підтверджують, що автор відгуку — пацієнт, або повідомляють щось про його лікування (це помітила навчена перевірка, а не список слів). Пишіть про клініку загалом.</translation>
    </message>
</context>
<context>
    <name>ConnectGuide</name>
    <message>
        <source>In plain words</source>
        <translation>Простими словами</translation>
    </message>
    <message>
        <source>For whoever sets it up</source>
        <translation>Для того, хто налаштовує</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="51"/>
        <source>Connecting Google Business Profile</source>
        <translation>Підключення профілю компанії в Google</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="53"/>
        <source>Before you start: Google gives API access only for a Business Profile that is verified and active for at least 60 days, with a website, and you sign in as its owner or manager. Google&apos;s conditions: {link}.</source>
        <translation>Перед початком: Google відкриває доступ до API лише для профілю компанії, який підтверджено й активний щонайменше 60 днів і в якому вказано сайт; входити треба власником або менеджером профілю. Умови Google: {link}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="61"/>
        <source>prerequisites</source>
        <translation>попередні вимоги</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="64"/>
        <source>Create a Google Cloud project for the practice in the {link} (it is free) and note its project number from the project&apos;s dashboard.</source>
        <translation>Створіть для клініки проєкт Google Cloud у {link} (це безкоштовно) і запишіть номер проєкту з його головної сторінки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="71"/>
        <source>Cloud console</source>
        <translation>консолі Cloud</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="74"/>
        <source>Ask Google for access with the {link} form: give the project number, the practice&apos;s e-mail and that you answer your own practice&apos;s reviews. People at Google review it; it can take days or weeks.</source>
        <translation>Попросіть доступ через форму {link}: вкажіть номер проєкту, адресу пошти клініки й те, що ви відповідаєте на відгуки про свою клініку. Заявку перевіряють працівники Google; це може тривати від кількох днів до кількох тижнів.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="82"/>
        <source>Application for Basic API Access</source>
        <translation>Application for Basic API Access</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="85"/>
        <source>Until Google approves it, the project&apos;s quota for these APIs stays at 0 requests per minute and clinicrep says “access not yet approved”: your sign-in is fine. Do not ask for a quota increase ({link}); wait for Google&apos;s e-mail.</source>
        <translation>Доки Google не схвалить заявку, квота проєкту для цих API лишається 0 запитів на хвилину, і clinicrep пише «доступ ще не схвалено»: із входом усе гаразд. Не просіть збільшити квоту ({link}) — дочекайтеся листа від Google.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="92"/>
        <source>quota limits</source>
        <translation>ліміти квоти</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="95"/>
        <source>In the project, open APIs &amp; Services → Library and enable “My Business Account Management API”, “My Business Business Information API” and “Google My Business API”.</source>
        <translation>У проєкті відкрийте «API та сервіси» → «Бібліотека» й увімкніть «My Business Account Management API», «My Business Business Information API» і «Google My Business API».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="101"/>
        <source>Open APIs &amp; Services → OAuth consent screen (type External; add your own address as a test user), then Credentials → Create credentials → OAuth client ID, application type “Desktop app”. Copy its client ID and client secret into the two fields here.</source>
        <translation>Відкрийте «API та сервіси» → «Екран згоди OAuth» (тип «Зовнішній»; додайте свою адресу як тестового користувача), потім «Облікові дані» → «Створити облікові дані» → «Ідентифікатор клієнта OAuth», тип застосунку «Застосунок для ПК». Скопіюйте його ідентифікатор клієнта й секрет клієнта у два поля тут.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="108"/>
        <source>Press Save: your browser opens to sign in with the Google account that manages the profile. clinicrep then lists the locations of that account and fills in Account, Location and Place ID; you do not type them.</source>
        <translation>Натисніть «Зберегти»: відкриється браузер, увійдіть в обліковий запис Google, який керує профілем. Потім clinicrep покаже розташування цього облікового запису й сам заповнить «Обліковий запис», «Розташування» і «Place ID» — вводити їх не треба.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="116"/>
        <source>clinicrep reads and answers the practice&apos;s Google reviews with a sign-in key that belongs to the practice. Whoever looks after the practice&apos;s Google account or computers makes it once (the steps below); Google checks the request, which can take days or weeks.</source>
        <translation>clinicrep читає відгуки клініки в Google і відповідає на них за допомогою ключа входу, що належить клініці. Його один раз створює той, хто веде акаунт Google клініки або її комп’ютери (кроки нижче); Google перевіряє заявку, це може тривати від кількох днів до кількох тижнів.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="123"/>
        <source>The key has two parts, each with its own field here: the client ID, a long code ending in .apps.googleusercontent.com, and the client secret, a code starting with GOCSPX- that works like a password. Paste each into its field.</source>
        <translation>Ключ має дві частини, і кожна має тут своє поле: ідентифікатор клієнта — довгий код, що закінчується на .apps.googleusercontent.com, і секрет клієнта — код, що починається з GOCSPX- і працює як пароль. Вставте кожну частину в її поле.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="129"/>
        <source>Press Save. Your browser opens: sign in with the Google account that manages the practice&apos;s profile and allow access. clinicrep fills in the rest itself.</source>
        <translation>Натисніть «Зберегти». Відкриється браузер: увійдіть в акаунт Google, який керує профілем клініки, і дозвольте доступ. Решту clinicrep заповнить сам.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="134"/>
        <source>If clinicrep or Google&apos;s page says the key is wrong, copy both parts again from the same key, or ask whoever made it.</source>
        <translation>Якщо clinicrep або сторінка Google повідомляє, що ключ неправильний, скопіюйте обидві частини знову з того самого ключа або спитайте того, хто його створював.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="145"/>
        <source>Connecting a Facebook Page</source>
        <translation>Підключення сторінки Facebook</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="147"/>
        <source>Facebook is retiring access to Page recommendations (Graph API v22.0 and later refuse it). clinicrep uses v21.0 while Facebook still answers; when it stops, import the reviews from a file.</source>
        <translation>Facebook закриває доступ до рекомендацій сторінок (Graph API v22.0 і новіші його не дають). clinicrep використовує v21.0, поки Facebook ще відповідає; коли перестане, імпортуйте відгуки з файлу.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="153"/>
        <source>You need a role on the practice&apos;s Page that may moderate (full control, or task access to community activity), and a Meta app of the type “Business” ({link} → Create app).</source>
        <translation>Потрібна роль на сторінці клініки з правом модерації (повний контроль або доступ до завдань щодо активності спільноти) і застосунок Meta типу «Бізнес» ({link} → «Створити застосунок»).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="159"/>
        <source>My Apps</source>
        <translation>Мої застосунки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="161"/>
        <source>Reading recommendations needs the permission pages_read_user_content, which Meta grants only after the business is verified (Meta Business Suite → Settings → Security centre).</source>
        <translation>Для читання рекомендацій потрібен дозвіл pages_read_user_content, а Meta дає його лише після підтвердження компанії (Meta Business Suite → «Налаштування» → «Центр безпеки»).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="167"/>
        <source>Open the {link}, choose your app, add pages_show_list, pages_read_user_content, pages_read_engagement and pages_manage_engagement, press “Generate Access Token” and tick the practice&apos;s Page.</source>
        <translation>Відкрийте {link}, виберіть свій застосунок, додайте pages_show_list, pages_read_user_content, pages_read_engagement і pages_manage_engagement, натисніть «Generate Access Token» і позначте сторінку клініки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="175"/>
        <source>Graph API Explorer</source>
        <translation>Graph API Explorer</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="178"/>
        <source>The Explorer&apos;s token expires within hours. Extend it in the {link} first: the Page tokens made from a long-lived user token do not expire.</source>
        <translation>Маркер з Explorer спливає за кілька годин. Спершу подовжте його в {link}: маркери сторінок, отримані з довготривалого маркера користувача, не спливають.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="185"/>
        <source>Access Token Debugger</source>
        <translation>Access Token Debugger</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="188"/>
        <source>Paste the user access token below and press “Find my Pages”. Choose the practice&apos;s Page: clinicrep fills in the Page ID and the Page access token. The user token itself is not kept.</source>
        <translation>Вставте маркер доступу користувача нижче й натисніть «Знайти мої сторінки». Виберіть сторінку клініки: clinicrep заповнить ID сторінки та її маркер доступу. Сам маркер користувача не зберігається.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="200"/>
        <source>Connecting Trustpilot</source>
        <translation>Підключення Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="202"/>
        <source>The Trustpilot API comes with Trustpilot Business plans that include integrations. In {link} open Integrations → API (or ask Trustpilot&apos;s support to turn API access on).</source>
        <translation>API Trustpilot входить до тарифів Trustpilot Business з інтеграціями. У {link} відкрийте «Integrations» → «API» (або попросіть підтримку Trustpilot увімкнути доступ до API).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="210"/>
        <source>Trustpilot Business</source>
        <translation>Trustpilot Business</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="213"/>
        <source>Create an application there: Trustpilot shows its API key and API secret. Copy both into the fields here.</source>
        <translation>Створіть там застосунок: Trustpilot покаже його ключ API і секрет API. Скопіюйте обидва в поля тут.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="218"/>
        <source>Type the practice&apos;s website as Trustpilot lists it (for example clinic.com) and press “Find”: clinicrep asks Trustpilot for the business unit ({link}) and fills in the Business unit ID and the review page.</source>
        <translation>Введіть сайт клініки так, як його вказано на Trustpilot (наприклад, clinic.com), і натисніть «Знайти»: clinicrep запитає в Trustpilot компанію ({link}) і заповнить її ID та сторінку відгуків.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="226"/>
        <source>how Trustpilot finds it</source>
        <translation>як Trustpilot її знаходить</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="229"/>
        <source>Business user ID (replies): the Trustpilot Business user the replies are posted as. Ask Trustpilot&apos;s support for it if your account does not show it; without it clinicrep reads reviews but does not publish replies.</source>
        <translation>ID бізнес-користувача (відповіді): користувач Trustpilot Business, від імені якого публікуються відповіді. Якщо в обліковому записі його не видно, запитайте підтримку Trustpilot; без нього clinicrep читає відгуки, але не публікує відповіді.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="235"/>
        <source>After Save you sign in once with your Trustpilot Business e-mail and password so that replies can be published. The password is used once and never stored.</source>
        <translation>Після збереження один раз увійдіть з поштою й паролем Trustpilot Business, щоб можна було публікувати відповіді. Пароль використовується один раз і ніде не зберігається.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="242"/>
        <source>clinicrep reads and answers the practice&apos;s Trustpilot reviews with two codes that Trustpilot gives the practice&apos;s Trustpilot Business account (on plans with integrations): the API key and the API secret, which works like a password.</source>
        <translation>clinicrep читає відгуки клініки в Trustpilot і відповідає на них за допомогою двох кодів, які Trustpilot видає акаунту Trustpilot Business клініки (на тарифах з інтеграціями): ключа API і секрету API, що працює як пароль.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="249"/>
        <source>Whoever manages that account creates an application under Integrations → API (the steps below); Trustpilot then shows both codes. Paste each into its field.</source>
        <translation>Той, хто керує цим акаунтом, створює застосунок у розділі «Інтеграції» → API (кроки нижче); потім Trustpilot показує обидва коди. Вставте кожен у його поле.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="254"/>
        <source>Type the practice&apos;s website and press “Find”. After Save, sign in once with the Trustpilot Business e-mail and password.</source>
        <translation>Введіть сайт клініки й натисніть «Знайти». Після збереження один раз увійдіть з адресою та паролем Trustpilot Business.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="265"/>
        <source>Connecting Yelp</source>
        <translation>Підключення Yelp</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="267"/>
        <source>Create an app in {link} to get a Yelp Fusion API key, and copy the key here.</source>
        <translation>Створіть застосунок у {link}, щоб отримати ключ API Yelp Fusion, і скопіюйте ключ сюди.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="271"/>
        <source>Yelp Fusion</source>
        <translation>Yelp Fusion</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="273"/>
        <source>The Business ID is the last part of the practice&apos;s Yelp address: in yelp.com/biz/family-clinic-krakow it is family-clinic-krakow.</source>
        <translation>ID компанії — остання частина адреси клініки на Yelp: у yelp.com/biz/family-clinic-krakow це family-clinic-krakow.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="278"/>
        <source>Yelp gives at most three review excerpts and no way to reply through its API: clinicrep copies your reply and opens the review&apos;s page, and you paste it there.</source>
        <translation>Yelp віддає не більше трьох фрагментів відгуків і не дозволяє відповідати через API: clinicrep копіює вашу відповідь і відкриває сторінку відгуку, а ви вставляєте її там.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="283"/>
        <source>Business time zone: Yelp gives review times in the business&apos;s local time. clinicrep suggests this computer&apos;s time zone; change it if the practice is elsewhere.</source>
        <translation>Часовий пояс компанії: Yelp вказує час відгуків за місцевим часом компанії. clinicrep пропонує часовий пояс цього комп’ютера; змініть його, якщо клініка в іншому поясі.</translation>
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
        <translation>Оцінка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="46"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="47"/>
        <source>Review</source>
        <translation>Відгук</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="48"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="49"/>
        <source>Sentiment</source>
        <translation>Тональність</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="50"/>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="51"/>
        <source>Urgency</source>
        <translation>Терміновість</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="52"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="54"/>
        <source>Our public reply</source>
        <translation>Наша публічна відповідь</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="55"/>
        <source>Link</source>
        <translation>Посилання</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="126"/>
        <source>Location</source>
        <translation>Філія</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="42"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="53"/>
        <source>Answered</source>
        <translation>Дата відповіді</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message numerus="yes">
        <source>%n dates such as “3 days ago” were counted back from {value} (the day the file was saved); they are approximate.</source>
        <translation>
            <numerusform>%n дату на кшталт «3 дні тому» відлічено від {value} (дня збереження файлу); вона приблизна.</numerusform>
            <numerusform>%n дати на кшталт «3 дні тому» відлічено від {value} (дня збереження файлу); вони приблизні.</numerusform>
            <numerusform>%n дат на кшталт «3 дні тому» відлічено від {value} (дня збереження файлу); вони приблизні.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="111"/>
        <source>The date is empty; the row was skipped.</source>
        <translation>Дату не вказано; рядок пропущено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="114"/>
        <source>The date “{value}” was not understood; the row was skipped.</source>
        <translation>Не вдалося розпізнати дату «{value}»; рядок пропущено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="117"/>
        <source>The date “{value}” cannot be a review&apos;s date; the row was skipped.</source>
        <translation>Дата «{value}» не може бути датою відгуку; рядок пропущено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="120"/>
        <source>The date “{value}” is in the future; check the file&apos;s dates.</source>
        <translation>Дата «{value}» у майбутньому; перевірте дати у файлі.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="123"/>
        <source>The date “{value}” was not understood; imported with the export&apos;s date.</source>
        <translation>Дату «{value}» не розпізнано; відгук імпортовано з датою вивантаження.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="127"/>
        <source>The date is empty; imported with the export&apos;s date.</source>
        <translation>Дату не вказано; відгук імпортовано з датою вивантаження.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="130"/>
        <source>The rating “{value}” was not understood; the row was skipped.</source>
        <translation>Не вдалося розпізнати оцінку «{value}»; рядок пропущено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="133"/>
        <source>The rating “{value}” is outside the scale; the row was skipped.</source>
        <translation>Оцінка «{value}» поза шкалою; рядок пропущено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="136"/>
        <source>The row has neither text nor a rating; it was skipped.</source>
        <translation>У рядку немає ні тексту, ні оцінки; його пропущено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="139"/>
        <source>The text is longer than {n} characters; only its beginning was imported.</source>
        <translation>Текст довший за {n} символів; імпортовано лише його початок.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="143"/>
        <source>The file ends inside this row&apos;s quoted text (the file was cut); the row was skipped. Save the whole file again.</source>
        <translation>Файл обривається всередині тексту цього рядка в лапках (файл обрізано); рядок пропущено. Збережіть файл повністю ще раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="148"/>
        <source>The row repeats line {value}; it was imported once.</source>
        <translation>Рядок повторює рядок {value}; відгук імпортовано один раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="151"/>
        <source>This line was saved in another encoding ({value}) than the rest of the file; it was read in that one.</source>
        <translation>Цей рядок збережено в іншому кодуванні ({value}), ніж решту файлу; його прочитано в ньому.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="156"/>
        <source>This line has bytes that are not text; they were replaced by “�”.</source>
        <translation>У цьому рядку є байти, які не є текстом; їх замінено на «�».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="161"/>
        <source>The row could not be read; it was skipped.</source>
        <translation>Не вдалося прочитати рядок; його пропущено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="179"/>
        <source>Every row has the same date ({value}): it may be when the file was saved, not when the reviews were written. Choose another date column if there is one.</source>
        <translation>Усі рядки мають ту саму дату ({value}): можливо, це час збереження файлу, а не написання відгуків. Виберіть інший стовпець із датою, якщо він є.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="185"/>
        <source>Every rating is {value}: check that the rating column is right.</source>
        <translation>Усі оцінки дорівнюють {value}: перевірте, що вибрано правильний стовпець оцінки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="189"/>
        <source>The IDs in “{value}” repeat for different reviews, so they were not used; reviews are told apart by their content.</source>
        <translation>Ідентифікатори в «{value}» повторюються в різних відгуках, тому їх не використано; відгуки розрізняються за вмістом.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="195"/>
        <source>Ratings were read on a scale of 1 to {value}.</source>
        <translation>Оцінки прочитано за шкалою від 1 до {value}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="207"/>
        <source>The file has no date column: the reviews got today&apos;s date.</source>
        <translation>У файлі немає стовпця з датою: відгукам присвоєно сьогоднішню дату.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="211"/>
        <source>The file is not saved as Unicode; its letters were read as {value}. If names or texts look wrong, import it again and choose its encoding.</source>
        <translation>Файл збережено не в Юнікоді; його літери прочитано як {value}. Якщо імена чи тексти виглядають неправильно, імпортуйте його ще раз і виберіть його кодування.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="246"/>
        <source>Rows read: {rows}. New reviews imported: {imported}, updated: {updated}, already there: {unchanged}, rows skipped: {skipped}.</source>
        <translation>Прочитано рядків: {rows}. Нових відгуків імпортовано: {imported}, оновлено: {updated}, уже були: {unchanged}, пропущено рядків: {skipped}.</translation>
    </message>
</context>
<context>
    <name>CsvMapping</name>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="564"/>
        <source>Yandex Maps reviews</source>
        <translation>Відгуки Яндекс Карт</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="565"/>
        <source>Google Maps places with their reviews (google-maps-scraper)</source>
        <translation>Місця Google Карт із відгуками (google-maps-scraper)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="568"/>
        <source>Google Maps reviews</source>
        <translation>Відгуки Google Карт</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="569"/>
        <source>Google Maps reviews exported by Outscraper</source>
        <translation>Відгуки Google Карт, вивантажені Outscraper</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="572"/>
        <source>Google Maps reviews exported by Apify</source>
        <translation>Відгуки Google Карт, вивантажені Apify</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="573"/>
        <source>Google Business Profile reviews (Google Takeout)</source>
        <translation>Відгуки з профілю компанії в Google (Google Takeout)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="576"/>
        <source>Dianping reviews</source>
        <translation>Відгуки Dianping</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="577"/>
        <source>ZnanyLekarz / Doctoralia opinions</source>
        <translation>Відгуки ZnanyLekarz / Doctoralia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="580"/>
        <source>ProDoctorov reviews</source>
        <translation>Відгуки ПроДокторов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="581"/>
        <source>2GIS reviews</source>
        <translation>Відгуки 2GIS</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="582"/>
        <source>Doc.ua reviews</source>
        <translation>Відгуки Doc.ua</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="583"/>
        <source>Helsi reviews</source>
        <translation>Відгуки Helsi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="584"/>
        <source>Ceneo-style opinion list</source>
        <translation>Список думок у стилі Ceneo</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="594"/>
        <source>“{column}”: as in {preset}.</source>
        <translation>«{column}»: як у форматі «{preset}».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="598"/>
        <source>“{column}”: by its name.</source>
        <translation>«{column}»: за назвою.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="602"/>
        <source>“{column}”: its values are dates.</source>
        <translation>«{column}»: у ньому дати.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="603"/>
        <source>“{column}”: its values are web links, one per review.</source>
        <translation>«{column}»: у ньому вебпосилання, по одному на відгук.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="606"/>
        <source>“{column}”: its values are ratings (stars).</source>
        <translation>«{column}»: у ньому оцінки (зірки).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="609"/>
        <source>“{column}”: its values are different in every row.</source>
        <translation>«{column}»: значення в усіх рядках різні.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="612"/>
        <source>“{column}”: its values are language codes.</source>
        <translation>«{column}»: у ньому коди мов.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="615"/>
        <source>“{column}”: its values are short and varied, like names.</source>
        <translation>«{column}»: значення короткі й різні, як імена.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="618"/>
        <source>“{column}”: it holds the longest, most varied text.</source>
        <translation>«{column}»: у ньому найдовший і найрізноманітніший текст.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="621"/>
        <source>“{column}” was not used: its links are pictures.</source>
        <translation>«{column}» не використано: його посилання ведуть на зображення.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="624"/>
        <source>“{column}” was not used: the same link repeats in many rows.</source>
        <translation>«{column}» не використано: те саме посилання повторюється в багатьох рядках.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="627"/>
        <source>“{column}” was not used: it is when the file was saved, not the review.</source>
        <translation>«{column}» не використано: це час збереження файлу, а не відгуку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="630"/>
        <source>“{column}” was not used: values 1–3 are classes, not stars.</source>
        <translation>«{column}» не використано: значення 1–3 — це категорії, а не зірки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="633"/>
        <source>“{column}” was not used: values like 4.3 are averages, not one review.</source>
        <translation>«{column}» не використано: значення на кшталт 4.3 — це середні, а не оцінка одного відгуку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="636"/>
        <source>“{column}” was not used as the review ID: its values repeat; reviews are told apart by their content.</source>
        <translation>«{column}» не використано як ідентифікатор відгуку: значення повторюються; відгуки розрізняються за вмістом.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="641"/>
        <source>“{column}” was not used as the review ID: it only numbers the rows.</source>
        <translation>«{column}» не використано як ідентифікатор відгуку: це лише номери рядків.</translation>
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
        <translation>Під’єднано до PostgreSQL {version}. База даних порожня: clinicrep підготує її, коли цей ПК уперше нею скористається.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/pg_check.py" line="301"/>
        <source>Connected to PostgreSQL {version}. The database holds clinicrep&apos;s data ({count} reviews) from an older version; it is updated when this PC first uses it.</source>
        <translation>Під’єднано до PostgreSQL {version}. У базі даних є дані clinicrep ({count} відгуків) від старішої версії; їх буде оновлено, коли цей ПК уперше нею скористається.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/pg_check.py" line="306"/>
        <source>Connected to PostgreSQL {version}. The database holds clinicrep&apos;s data ({count} reviews).</source>
        <translation>Під’єднано до PostgreSQL {version}. У базі даних є дані clinicrep ({count} відгуків).</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="69"/>
        <source>This PC only (default)</source>
        <translation>Лише цей ПК (типово)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="70"/>
        <source>Shared with other PCs (PostgreSQL server)</source>
        <translation>Спільна для кількох ПК (сервер PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="79"/>
        <source>e.g. server.practice.local</source>
        <translation>наприклад, server.practice.local</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="100"/>
        <source>Encrypted, the server&apos;s certificate checked (recommended)</source>
        <translation>Із шифруванням, сертифікат сервера перевіряється (рекомендовано)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="101"/>
        <source>Encrypted, the certificate not checked</source>
        <translation>Із шифруванням, сертифікат не перевіряється</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="102"/>
        <source>Encrypted when the server offers it</source>
        <translation>Із шифруванням, якщо сервер його пропонує</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="110"/>
        <source>The CA file from your IT provider (.crt, .pem)</source>
        <translation>Файл ЦС від вашого ІТ-фахівця (.crt, .pem)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="112"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
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
        <translation>Ім’я або адреса комп’ютера, на якому працює PostgreSQL; порт зазвичай 5432.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="145"/>
        <source>Database:</source>
        <translation>База даних:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="147"/>
        <source>The database your IT provider made for clinicrep.</source>
        <translation>База даних, яку ваш ІТ-фахівець створив для clinicrep.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="150"/>
        <source>User:</source>
        <translation>Користувач:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="150"/>
        <source>The same user on every PC of the practice.</source>
        <translation>Той самий користувач на всіх ПК клініки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="154"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="94"/>
        <source>Saved securely on this computer; type to change it</source>
        <translation>Надійно збережено на цьому комп’ютері; введіть, щоб змінити</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="156"/>
        <source>Saved securely in this computer&apos;s password store, never in a file.</source>
        <translation>Надійно зберігається у сховищі паролів цього комп’ютера, ніколи — у файлі.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="160"/>
        <source>Encryption (TLS):</source>
        <translation>Шифрування (TLS):</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="162"/>
        <source>Checking the certificate needs the CA file below.</source>
        <translation>Для перевірки сертифіката потрібен файл ЦС нижче.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="166"/>
        <source>CA file:</source>
        <translation>Файл ЦС:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="168"/>
        <source>Proves that the server is yours, not an impostor on the network.</source>
        <translation>Підтверджує, що це ваш сервер, а не підміна в мережі.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="179"/>
        <source>Test connection</source>
        <translation>Перевірити з’єднання</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="197"/>
        <source>This run uses {where}, chosen when clinicrep was started (--db or CLINICREP_DB). What you choose here applies from the next start without it.</source>
        <translation>У цьому запуску використовується {where}, вибрана під час запуску clinicrep (--db або CLINICREP_DB). Те, що ви виберете тут, діятиме з наступного запуску без цього параметра.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="208"/>
        <source>The reviews are kept in a file on this PC: {path}. Backed up every day into its backups folder.</source>
        <translation>Відгуки зберігаються у файлі на цьому ПК: {path}. Щодня копія зберігається в папку backups поруч із ним.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="217"/>
        <source>Several PCs of the practice share one inbox on a PostgreSQL server that your IT provider runs. The server&apos;s own backups apply; “Export a copy…” saves the shared reviews into a file.</source>
        <translation>Кілька ПК клініки працюють з одним спільним списком відгуків на сервері PostgreSQL, який обслуговує ваш ІТ-фахівець. Резервні копії робить сам сервер; «Зберегти копію…» записує спільні відгуки у файл.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="224"/>
        <source>Export a copy…</source>
        <translation>Зберегти копію…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="285"/>
        <source>Choose the CA file</source>
        <translation>Виберіть файл ЦС</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="287"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Сертифікати (*.crt *.pem *.cer);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="296"/>
        <source>Fill in the server, the database and the user first.</source>
        <translation>Спершу заповніть сервер, базу даних і користувача.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="312"/>
        <source>Connecting to {server}…</source>
        <translation>З’єднання з {server}…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="367"/>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="375"/>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="394"/>
        <source>Database</source>
        <translation>База даних</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="368"/>
        <source>Fill in the server, the database and the user, or choose “This PC only”.</source>
        <translation>Заповніть сервер, базу даних і користувача або виберіть «Лише цей ПК».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="377"/>
        <source>This connection has not been tested successfully. Save it anyway? If the server cannot be used, clinicrep offers this PC&apos;s own database at the next start.</source>
        <translation>Це з’єднання ще не було успішно перевірено. Усе одно зберегти? Якщо сервер буде недоступний, під час наступного запуску clinicrep запропонує власну базу даних цього ПК.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="447"/>
        <source>clinicrep database (*.sqlite3)</source>
        <translation>База даних clinicrep (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="457"/>
        <source>Copying the database into {file}…</source>
        <translation>Копіювання бази даних у {file}…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="445"/>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="471"/>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="477"/>
        <source>Export a copy</source>
        <translation>Зберегти копію</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="419"/>
        <source>Database</source>
        <translation>База даних</translation>
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
        <translation>d MMMM yyyy &apos;р.&apos; (dddd)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="172"/>
        <source>dddd, d MMMM yyyy, HH:mm</source>
        <translation>d MMMM yyyy &apos;р.&apos; (dddd), HH:mm</translation>
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
        <translation>Спільна база даних: {where}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="854"/>
        <source>This PC&apos;s own database: {where}</source>
        <translation>Власна база даних цього ПК: {where}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="863"/>
        <source>This PC&apos;s own database opens.</source>
        <translation>Власна база даних цього ПК відкривається.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="895"/>
        <source>This PC uses {where} from now on; the old database was kept as it was.</source>
        <translation>Тепер цей ПК використовує {where}; стару базу даних збережено як була.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="903"/>
        <source>This PC has no keyring to keep the database password, so it was used for this copy only. Enter it in Settings → Database, or ask your IT provider to keep it in ~/.pgpass.</source>
        <translation>На цьому ПК немає в&apos;язки ключів, щоб зберегти пароль бази даних, тому його використано лише для цього копіювання. Введіть його в «Налаштування → База даних» або попросіть ІТ-фахівця зберегти його в ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>DbMove</name>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="72"/>
        <source>Copied {reviews} reviews ({rows} rows in {tables} tables) to {target} in {seconds} s; every table&apos;s count was checked.</source>
        <translation>Скопійовано відгуків: {reviews} (рядків: {rows}, таблиць: {tables}) до {target} за {seconds} с; кількість рядків кожної таблиці перевірено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="84"/>
        <source>The file that was there is kept as {path}.</source>
        <translation>Файл, який був там раніше, збережено як {path}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="425"/>
        <source>Building the search and sort indexes…</source>
        <translation>Побудова індексів пошуку та сортування…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="468"/>
        <source>{table}: {done} of {total} rows</source>
        <translation>Копіювання {table}: {done} з {total} рядків</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="477"/>
        <source>Copying {table}: {rows} rows…</source>
        <translation>Копіювання {table}: рядків — {rows}…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="521"/>
        <source>Every table&apos;s count checked; finishing the copy…</source>
        <translation>Кількість рядків кожної таблиці перевірено; копіювання завершується…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="488"/>
        <source>alerts</source>
        <comment>after Copying</comment>
        <translation>сповіщень</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="489"/>
        <source>the log of events</source>
        <comment>after Copying</comment>
        <translation>журналу подій</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="490"/>
        <source>learned corrections</source>
        <comment>after Copying</comment>
        <translation>вивчених виправлень</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="493"/>
        <source>locations</source>
        <comment>after Copying</comment>
        <translation>філій</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="494"/>
        <source>replies waiting to be sent</source>
        <comment>after Copying</comment>
        <translation>відповідей, що чекають на надсилання</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="497"/>
        <source>replies</source>
        <comment>after Copying</comment>
        <translation>відповідей</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="498"/>
        <source>who is replying</source>
        <comment>after Copying</comment>
        <translation>відомостей про те, хто відповідає</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="499"/>
        <source>reply templates</source>
        <comment>after Copying</comment>
        <translation>шаблонів відповідей</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="500"/>
        <source>praise and complaints</source>
        <comment>after Copying</comment>
        <translation>похвал і скарг</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="503"/>
        <source>corrections</source>
        <comment>after Copying</comment>
        <translation>виправлень</translation>
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
        <translation>попередніх версій відгуків</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="508"/>
        <source>reviews</source>
        <comment>after Copying</comment>
        <translation>відгуків</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="509"/>
        <source>settings</source>
        <comment>after Copying</comment>
        <translation>налаштувань</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="510"/>
        <source>sources</source>
        <comment>after Copying</comment>
        <translation>джерел</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="511"/>
        <source>checks for new reviews</source>
        <comment>after Copying</comment>
        <translation>перевірок нових відгуків</translation>
    </message>
</context>
<context>
    <name>DraftMap</name>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="41"/>
        <source>What each sentence of the draft answers</source>
        <translation>На що відповідає кожне речення чернетки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="53"/>
        <source>Invitation to talk it over privately</source>
        <translation>Запрошення обговорити все особисто</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="54"/>
        <source>The facts, with where to check them</source>
        <translation>Факти і де їх перевірити</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="55"/>
        <source>Holding reply: the owner is looking into it</source>
        <translation>Попередня відповідь: керівник розбирається</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="56"/>
        <source>Why details are not discussed in public</source>
        <translation>Чому подробиці не обговорюються публічно</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="68"/>
        <source>{aspect}: praise</source>
        <translation>{aspect}: похвала</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="70"/>
        <source>{aspect}: complaint</source>
        <translation>{aspect}: скарга</translation>
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
        <translation>Що клініка робить із проблемами</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="77"/>
        <source>Language of the facts</source>
        <translation>Мова фактів</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="84"/>
        <source>Replies in:</source>
        <translation>Відповіді мовою:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="87"/>
        <source>Drafts in this language use the sentences below. Write them in that language; leave a row empty for a general sentence.</source>
        <translation>Чернетки цією мовою використовують речення нижче. Пишіть їх цією мовою; залиште рядок порожнім, щоб використати загальну фразу.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="36"/>
        <source>e.g. Doctors now keep time for questions.</source>
        <translation>напр. Лікарі тепер залишають час на запитання.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="37"/>
        <source>e.g. A nurse now checks in after each procedure.</source>
        <translation>напр. Медсестра заходить після кожної процедури.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="40"/>
        <source>e.g. We added a second receptionist in the mornings.</source>
        <translation>напр.: Зранку тепер працює другий адміністратор.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="97"/>
        <source>What the practice does about complaints of this kind, said in drafts that answer one.</source>
        <translation>Що клініка робить зі скаргами такого роду; це потрапляє в чернетки відповідей на них.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="104"/>
        <source>Facts against misinformation</source>
        <translation>Факти проти дезінформації</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="107"/>
        <source>Facts against misinformation:</source>
        <translation>Факти проти дезінформації:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="109"/>
        <source>For example your licence and where it is registered. Never a patient&apos;s case.</source>
        <translation>Наприклад, ваша ліцензія і де її зареєстровано. Ніколи — випадок пацієнта.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="113"/>
        <source>Where the facts can be checked</source>
        <translation>Де можна перевірити факти</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="116"/>
        <source>Where the facts can be checked:</source>
        <translation>Де можна перевірити факти:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="118"/>
        <source>A public register&apos;s name or a link, quoted in replies to misinformation.</source>
        <translation>Назва відкритого реєстру або посилання; наводиться у відповідях на дезінформацію.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="122"/>
        <source>AI drafts (optional)</source>
        <translation>Чернетки від ШІ (за бажанням)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="124"/>
        <source>Ask an AI model for drafts</source>
        <translation>Просити чернетки в моделі ШІ</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="131"/>
        <source>Off: drafts are composed on this computer. On: the review&apos;s public text, its aspects and your facts go to the service below; you see the request before the first one is sent. Every draft is checked by the guard and you publish it.</source>
        <translation>Вимкнено: чернетки складаються на цьому комп&apos;ютері. Увімкнено: публічний текст відгуку, його аспекти й ваші факти надсилаються до сервісу нижче; перед першим надсиланням ви побачите запит. Кожну чернетку перевіряє захист, а публікуєте її ви.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="140"/>
        <source>Service address:</source>
        <translation>Адреса сервісу:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="143"/>
        <source>Any service that speaks the OpenAI chat completions API: llama.cpp, Ollama, LM Studio, vLLM or a provider you chose.</source>
        <translation>Будь-який сервіс з API OpenAI chat completions: llama.cpp, Ollama, LM Studio, vLLM або обраний вами провайдер.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="149"/>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="149"/>
        <source>The model name the service uses.</source>
        <translation>Назва моделі в цьому сервісі.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="153"/>
        <source>unchanged</source>
        <translation>без змін</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="156"/>
        <source>Key:</source>
        <translation>Ключ:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="159"/>
        <source>Saved securely in this computer&apos;s password store. Leave empty for a service that runs on this computer.</source>
        <translation>Надійно зберігається у сховищі паролів цього комп’ютера. Залиште порожнім для сервісу, що працює на цьому комп’ютері.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="165"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="169"/>
        <source>Wait at most:</source>
        <translation>Чекати не довше:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="171"/>
        <source>After this the composed draft stays in the editor.</source>
        <translation>Після цього в редакторі залишається складена чернетка.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="43"/>
        <source>e.g. We now call if a doctor runs late.</source>
        <translation>напр. Телефонуємо, якщо лікар затримується.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="44"/>
        <source>e.g. Appointments can now be booked online.</source>
        <translation>напр. Записатися тепер можна онлайн.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="47"/>
        <source>e.g. Our prices are on the website and at the desk.</source>
        <translation>напр. Ціни є на сайті та на стійці.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="53"/>
        <source>e.g. Everyone now gets a written visit summary.</source>
        <translation>напр. Кожен отримує письмовий підсумок прийому.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="56"/>
        <source>e.g. Our head doctor reviews every such complaint.</source>
        <translation>напр. Головний лікар сам розглядає такі скарги.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="59"/>
        <source>e.g. Free parking is now behind the building.</source>
        <translation>напр. За будівлею тепер безкоштовна парковка.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="50"/>
        <source>e.g. The waiting room is now cleaned twice a day.</source>
        <translation>напр. Тепер зал очікування прибирають двічі на день.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="231"/>
        <source>Drafting</source>
        <translation>Чернетки</translation>
    </message>
</context>
<context>
    <name>Encodings</name>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="31"/>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="32"/>
        <source>Unicode (UTF-8)</source>
        <translation>Юнікод (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="33"/>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="34"/>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="35"/>
        <source>Unicode (UTF-16)</source>
        <translation>Юнікод (UTF-16)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="36"/>
        <source>Central European (Windows)</source>
        <translation>Центральноєвропейське (Windows)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="37"/>
        <source>Cyrillic (Windows)</source>
        <translation>Кирилиця (Windows)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="38"/>
        <source>Western European (Windows)</source>
        <translation>Західноєвропейське (Windows)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="39"/>
        <source>Central European (ISO)</source>
        <translation>Центральноєвропейське (ISO)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="40"/>
        <source>Russian (KOI8-R)</source>
        <translation>Російське (KOI8-R)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="41"/>
        <source>Ukrainian (KOI8-U)</source>
        <translation>Українське (KOI8-U)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="42"/>
        <source>Chinese Simplified (GBK)</source>
        <translation>Китайське спрощене (GBK)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="43"/>
        <source>Chinese Traditional (Big5)</source>
        <translation>Китайське традиційне (Big5)</translation>
    </message>
</context>
<context>
    <name>ExportCli</name>
    <message numerus="yes">
        <location filename="../../src/clinicrep/cli.py" line="734"/>
        <source>%n review(s) written to {path}.</source>
        <translation>
            <numerusform>У файл {path} записано %n відгук.</numerusform>
            <numerusform>У файл {path} записано %n відгуки.</numerusform>
            <numerusform>У файл {path} записано %n відгуків.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="65"/>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="67"/>
        <source>Needs attention</source>
        <translation>Потребують уваги</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="68"/>
        <source>All reviews</source>
        <translation>Усі відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="69"/>
        <source>New</source>
        <translation>Нові</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="70"/>
        <source>In progress</source>
        <translation>У роботі</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="71"/>
        <source>Answered</source>
        <translation>З відповіддю</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="72"/>
        <source>Escalated</source>
        <translation>У власника</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="73"/>
        <source>Dismissed</source>
        <translation>Відхилені</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="74"/>
        <source>Imported history</source>
        <translation>Архівні</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="75"/>
        <source>Overdue</source>
        <translation>Прострочені</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="80"/>
        <source>Location</source>
        <translation>Філія</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="82"/>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="257"/>
        <source>All locations</source>
        <translation>Усі філії</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="85"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="86"/>
        <source>All platforms</source>
        <translation>Усі платформи</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="90"/>
        <source>Stars</source>
        <translation>Зірки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="91"/>
        <source>Any stars</source>
        <translation>Будь-яка оцінка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="94"/>
        <source>No stars</source>
        <translation>Без зірок</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="96"/>
        <source>Sentiment</source>
        <translation>Тональність</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="97"/>
        <source>Any sentiment</source>
        <translation>Будь-яка тональність</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="101"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="102"/>
        <source>Any topic</source>
        <translation>Будь-яка тема</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="107"/>
        <source>Praise or complaint</source>
        <translation>Похвала або скарга</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="109"/>
        <source>Any praise or complaint</source>
        <translation>Будь-яка похвала або скарга</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="113"/>
        <source>{aspect}: praise</source>
        <translation>{aspect}: похвала</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="116"/>
        <source>{aspect}: complaint</source>
        <translation>{aspect}: скарга</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="119"/>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="121"/>
        <source>Any time</source>
        <translation>За весь час</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="122"/>
        <source>Last 7 days</source>
        <translation>Останні 7 днів</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="123"/>
        <source>Last 30 days</source>
        <translation>Останні 30 днів</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="124"/>
        <source>Last 3 months</source>
        <translation>Останні 3 місяці</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="125"/>
        <source>Last 12 months</source>
        <translation>Останні 12 місяців</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="131"/>
        <source>Search reviews (Ctrl+F)</source>
        <translation>Пошук у відгуках (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="132"/>
        <source>Search reviews</source>
        <translation>Пошук у відгуках</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="145"/>
        <source>Clear</source>
        <translation>Скинути</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="146"/>
        <source>Clear the chart filter</source>
        <translation>Скинути фільтр діаграми</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="152"/>
        <source>Clear filters</source>
        <translation>Скинути фільтри</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="153"/>
        <source>Show what needs attention, with no other filter</source>
        <translation>Показати те, що потребує уваги, без інших фільтрів</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="266"/>
        <source>Waiting for approval</source>
        <translation>Чекають схвалення</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="364"/>
        <source>Chart: {what}</source>
        <translation>Діаграма: {what}</translation>
    </message>
</context>
<context>
    <name>GoogleSignIn</name>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="319"/>
        <source>clinicrep is connected to Google</source>
        <translation>clinicrep підключено до Google</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="321"/>
        <source>Google sign-in was not completed</source>
        <translation>Вхід через Google не завершено</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="323"/>
        <source>You can close this browser tab and return to clinicrep.</source>
        <translation>Можете закрити цю вкладку браузера й повернутися до clinicrep.</translation>
    </message>
</context>
<context>
    <name>GuardLaw</name>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="228"/>
        <source>FTC rule on consumer reviews (16 CFR 465); platform rules</source>
        <translation>Правило FTC щодо відгуків споживачів (16 CFR 465); правила майданчиків</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="231"/>
        <source>Digital Markets, Competition and Consumers Act 2024; platform rules</source>
        <translation>Закон про цифрові ринки, конкуренцію та споживачів 2024 р. (Велика Британія); правила майданчиків</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="234"/>
        <source>Federal Law 38-FZ on advertising; platform rules</source>
        <translation>Федеральний закон РФ № 38-ФЗ «Про рекламу»; правила майданчиків</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="237"/>
        <source>Law of Ukraine on consumer rights protection; platform rules</source>
        <translation>Закон України «Про захист прав споживачів»; правила майданчиків</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="240"/>
        <source>Act on counteracting unfair market practices; platform rules</source>
        <translation>Закон Польщі про протидію недобросовісним ринковим практикам; правила майданчиків</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="243"/>
        <source>Anti-Unfair Competition Law; E-Commerce Law art. 17</source>
        <translation>Закон КНР про боротьбу з недобросовісною конкуренцією; Закон про електронну торгівлю, ст. 17</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="248"/>
        <source>Review platforms&apos; rules (Google, Yelp and others)</source>
        <translation>Правила майданчиків відгуків (Google, Yelp та інші)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="253"/>
        <source>HIPAA Privacy Rule (45 CFR 164.502)</source>
        <translation>Правило конфіденційності HIPAA (45 CFR 164.502)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="254"/>
        <source>UK GDPR art. 9; GMC guidance on confidentiality</source>
        <translation>UK GDPR, ст. 9; настанови GMC щодо конфіденційності</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="257"/>
        <source>Federal Law 323-FZ, art. 13 (medical secrecy)</source>
        <translation>Федеральний закон РФ № 323-ФЗ, ст. 13 (лікарська таємниця)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="260"/>
        <source>Fundamentals of the legislation of Ukraine on health care, art. 40</source>
        <translation>Основи законодавства України про охорону здоров’я, ст. 40 (лікарська таємниця)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="263"/>
        <source>Act on patient rights, art. 13-14 (medical secrecy)</source>
        <translation>Закон Польщі про права пацієнта, ст. 13–14 (лікарська таємниця)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="266"/>
        <source>Physicians Law art. 56; Personal Information Protection Law</source>
        <translation>Закон КНР про лікарів, ст. 56; Закон про захист персональної інформації</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="271"/>
        <source>Medical confidentiality and data protection law</source>
        <translation>Закони про лікарську таємницю та захист даних</translation>
    </message>
</context>
<context>
    <name>ImportCli</name>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="422"/>
        <source>--export-date: “{value}” is not a date like 2026-03-31.</source>
        <translation>--export-date: «{value}» — не дата вигляду 2026-03-31.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="516"/>
        <source>--map {item}: write FIELD=COLUMN with FIELD one of {fields}.</source>
        <translation>--map {item}: напишіть ПОЛЕ=СТОВПЕЦЬ, де ПОЛЕ — одне з: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="527"/>
        <source>(unnamed)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="529"/>
        <source>--map {item}: the file has no column “{column}”. Its columns: {columns}</source>
        <translation>--map {item}: у файлі немає стовпця «{column}». Його стовпці: {columns}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="563"/>
        <source>Recognised: {export}</source>
        <translation>Розпізнано: {export}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="579"/>
        <location filename="../../src/clinicrep/cli.py" line="601"/>
        <source>note: {text}</source>
        <translation>примітка: {text}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="584"/>
        <source>Rows that would be imported: {would} of {rows} (dry run: nothing was saved).</source>
        <translation>Рядків до імпорту: {would} з {rows} (пробний запуск: нічого не збережено).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="589"/>
        <source>[answered]</source>
        <translation>[з відповіддю]</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="607"/>
        <source>line {line}: {reason}</source>
        <translation>рядок {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="615"/>
        <source>Rows without a readable date were skipped; --date-unknown imports them with the export date.</source>
        <translation>Рядки без читабельної дати пропущено; --date-unknown імпортує їх із датою вивантаження.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="625"/>
        <source>… and {count} more.</source>
        <translation>… і ще {count}.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="78"/>
        <source>Import reviews from {file}</source>
        <translation>Імпорт відгуків із {file}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="85"/>
        <source>Name of the source</source>
        <translation>Назва джерела</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="93"/>
        <source>Website the file comes from</source>
        <translation>Сайт, з якого отримано файл</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="100"/>
        <source>Language of the reviews</source>
        <translation>Мова відгуків</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="101"/>
        <source>Detect from the text</source>
        <translation>Визначити за текстом</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="105"/>
        <source>Encoding of the file&apos;s text</source>
        <translation>Кодування тексту файлу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="120"/>
        <source>Detected: {encoding}</source>
        <translation>Визначено: {encoding}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="137"/>
        <source>Day the file was saved</source>
        <translation>День збереження файлу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="139"/>
        <source>Dates such as “3 days ago” in the file are counted back from this day.</source>
        <translation>Дати на кшталт «3 дні тому» у файлі відлічуються від цього дня.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="147"/>
        <source>Import rows whose date cannot be read, with the day the file was saved</source>
        <translation>Імпортувати рядки з нерозпізнаною датою, указавши день збереження файлу</translation>
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
        <translation>Оцінка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="152"/>
        <source>Review text</source>
        <translation>Текст відгуку</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="152"/>
        <source>Link</source>
        <translation>Посилання</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="152"/>
        <source>Review ID</source>
        <translation>ID відгуку</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="153"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="153"/>
        <source>Practice&apos;s reply</source>
        <translation>Відповідь клініки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="154"/>
        <source>Language code</source>
        <translation>Код мови</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="157"/>
        <source>Source name:</source>
        <translation>Назва джерела:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="158"/>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="159"/>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="160"/>
        <source>Encoding:</source>
        <translation>Кодування:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="161"/>
        <source>File saved on:</source>
        <translation>Файл збережено:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="174"/>
        <source>Why this column</source>
        <translation>Чому цей стовпець</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="237"/>
        <source>Recognised: {export}.</source>
        <translation>Розпізнано: {export}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="244"/>
        <source>clinicrep did not recognise the website this file comes from: choose it in “Website” above.</source>
        <translation>clinicrep не впізнав, з якого сайту цей файл: виберіть його вище в полі «Сайт».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="256"/>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="302"/>
        <source>The text looks garbled in {encoding}. Choose another encoding above until the preview reads right; if none does, this is not a file of reviews: save the reviews from the website again.</source>
        <translation>У кодуванні «{encoding}» текст виглядає спотвореним. Виберіть вище інше кодування, щоб попередній перегляд читався правильно; якщо жодне не підходить, це не файл відгуків: збережіть відгуки із сайту ще раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="323"/>
        <source>No column was found for the review text or the rating. Choose at least one of them above; if none fits, this is probably not a file of reviews: save the reviews from the website again.</source>
        <translation>Не знайдено стовпця з текстом відгуку чи з оцінкою. Виберіть вище хоча б один із них; якщо жоден не підходить, імовірно, це не файл із відгуками: збережіть відгуки із сайту ще раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="343"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1514"/>
        <source>Review exports (*.csv *.tsv *.txt *.json *.jsonl *.xlsx);;All files (*)</source>
        <translation>Вивантаження відгуків (*.csv *.tsv *.txt *.json *.jsonl *.xlsx);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="183"/>
        <source>First rows of the file</source>
        <translation>Перші рядки файлу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="108"/>
        <source>How the file&apos;s letters are stored. If the preview shows strange characters, try another one: “{polish}” for Polish, “{cyrillic}” for Russian or Ukrainian files, “{chinese}” for Chinese.</source>
        <translation>Як у файлі записано літери. Якщо в попередньому перегляді дивні символи, спробуйте інше кодування: «{polish}» для польських, «{cyrillic}» для російських і українських файлів, «{chinese}» для китайських.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="191"/>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="258"/>
        <source>(unnamed)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="284"/>
        <source>Chosen by you.</source>
        <translation>Вибрано вами.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="310"/>
        <source>{rows} rows shown of the Excel workbook</source>
        <translation>Показано рядків книги Excel: {rows}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="314"/>
        <source>{rows} rows shown of the file · encoding {encoding}</source>
        <translation>Показано рядків файлу: {rows} · кодування {encoding}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="341"/>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="355"/>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="476"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1511"/>
        <source>Import reviews</source>
        <translation>Імпорт відгуків</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="374"/>
        <source>This file looks like {export}, not {platform}. If it is, choose “{other}” in “Website” above; otherwise import it as it is.</source>
        <translation>Цей файл схожий на «{export}», а не на {platform}. Якщо це так, виберіть «{other}» вище в полі «Сайт»; якщо ні, імпортуйте як є.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="421"/>
        <source>Importing reviews…</source>
        <translation>Імпорт відгуків…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="422"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="454"/>
        <source>Line {line}: {reason}</source>
        <translation>Рядок {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="461"/>
        <source>… and {n} more.</source>
        <translation>… і ще {n}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="466"/>
        <source>Import finished</source>
        <translation>Імпорт завершено</translation>
    </message>
</context>
<context>
    <name>ImportOnly</name>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="397"/>
        <source>clinicrep cannot connect to this site: paste its reviews from the page, import a file saved from it, or add reviews by hand.</source>
        <translation>clinicrep не може під’єднатися до цього сайту: вставте його відгуки зі сторінки, імпортуйте збережений із нього файл або додайте відгуки вручну.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="409"/>
        <source>Open your profile on ZnanyLekarz (or Doctoralia) in the browser and go to the patients&apos; opinions. Click “Show more” until the opinions you want are listed, select them from the first author&apos;s name to the end of the last opinion, copy (Ctrl+C) and choose “Paste reviews”. The doctor&apos;s answers come along as the practice&apos;s replies.</source>
        <translation>Відкрийте свій профіль на ZnanyLekarz (або Doctoralia) у браузері й перейдіть до відгуків пацієнтів. Натискайте «Показати ще», доки не з&apos;являться потрібні відгуки, виділіть їх від імені першого автора до кінця останнього відгуку, скопіюйте (Ctrl+C) і виберіть «Вставити відгуки». Відповіді лікаря потраплять у clinicrep як відповіді практики.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="423"/>
        <source>Open the doctor&apos;s or the clinic&apos;s page on ProDoctorov and its reviews tab. Load the reviews you want, select them together with the authors and dates, copy (Ctrl+C) and choose “Paste reviews”.</source>
        <translation>Відкрийте сторінку лікаря або клініки на ПроДокторов і вкладку відгуків. Завантажте потрібні відгуки, виділіть їх разом з авторами й датами, скопіюйте (Ctrl+C) і виберіть «Вставити відгуки».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="435"/>
        <source>Open the organisation&apos;s card on Yandex Maps, its reviews tab, and sort by date. Scroll until the reviews you want have loaded, select them from the first author to the last review, copy (Ctrl+C) and choose “Paste reviews”. A file saved by a review-export tool (CSV, JSON) goes in with “Import a file”.</source>
        <translation>Відкрийте картку організації в Яндекс Картах, вкладку «Відгуки», і відсортуйте за датою. Прокрутіть, доки не завантажаться потрібні відгуки, виділіть їх від першого автора до останнього відгуку, скопіюйте (Ctrl+C) і виберіть «Вставити відгуки». Файл, збережений програмою вивантаження відгуків (CSV, JSON), завантажується через «Імпортувати файл».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="448"/>
        <source>Open the clinic&apos;s card in 2GIS in the browser, its reviews tab. Scroll until the reviews you want are shown, select them, copy (Ctrl+C) and choose “Paste reviews”. 2GIS draws the stars as pictures: check the ratings in the grid before adding.</source>
        <translation>Відкрийте картку клініки в 2ГІС у браузері, вкладку «Відгуки». Прокрутіть, доки не з&apos;являться потрібні відгуки, виділіть їх, скопіюйте (Ctrl+C) і виберіть «Вставити відгуки». 2ГІС малює зірки картинками: перевірте оцінки в таблиці перед додаванням.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="461"/>
        <source>Open the doctor&apos;s or the clinic&apos;s page on Doc.ua and scroll to the reviews. Show all you want, select them with their authors and dates, copy (Ctrl+C) and choose “Paste reviews”.</source>
        <translation>Відкрийте сторінку лікаря або клініки на Doc.ua і прокрутіть до відгуків. Покажіть усі потрібні, виділіть їх з авторами й датами, скопіюйте (Ctrl+C) і виберіть «Вставити відгуки».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="473"/>
        <source>Open the doctor&apos;s page on Helsi and its reviews. Select the reviews with their authors and dates, copy (Ctrl+C) and choose “Paste reviews”.</source>
        <translation>Відкрийте сторінку лікаря на Helsi та його відгуки. Виділіть відгуки з авторами й датами, скопіюйте (Ctrl+C) і виберіть «Вставити відгуки».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="484"/>
        <source>Open the shop&apos;s page on dianping.com in a browser where you are signed in, and its reviews. Select the reviews, copy (Ctrl+C) and choose “Paste reviews”; the shop&apos;s replies come along. Reviews a tool saved to a file (CSV, JSON) go in with “Import a file”.</source>
        <translation>Відкрийте сторінку закладу на dianping.com у браузері, де ви увійшли в акаунт, і його відгуки. Виділіть відгуки, скопіюйте (Ctrl+C) і виберіть «Вставити відгуки»; відповіді закладу потраплять разом з ними. Відгуки, збережені програмою у файл (CSV, JSON), завантажуються через «Імпортувати файл».</translation>
    </message>
</context>
<context>
    <name>ImportOnlyPanel</name>
    <message>
        <location filename="../../src/clinicrep/ui/import_only_panel.py" line="28"/>
        <source>&amp;Paste reviews…</source>
        <translation>&amp;Вставити відгуки…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_only_panel.py" line="30"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Імпортувати файл…</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="586"/>
        <source>Waiting for approval</source>
        <translation>Чекає схвалення</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="586"/>
        <source>Sent back</source>
        <translation>Повернуто</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="740"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="741"/>
        <source>Rating</source>
        <translation>Оцінка</translation>
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
        <translation>Відгук</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="745"/>
        <source>Sentiment</source>
        <translation>Тональність</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="746"/>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="747"/>
        <source>Urgency</source>
        <translation>Терміновість</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="748"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="749"/>
        <source>Time left</source>
        <translation>Залишок часу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="831"/>
        <source>[edited] </source>
        <translation>[змінено] </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="833"/>
        <source>[removed on platform] </source>
        <translation>[видалено на платформі] </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="836"/>
        <source>[{name} is replying] </source>
        <translation>[{name} відповідає] </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="838"/>
        <source>(rating only)</source>
        <translation>(лише оцінка)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="863"/>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="876"/>
        <source>%n h left</source>
        <translation>
            <numerusform>ще %n год</numerusform>
            <numerusform>ще %n год</numerusform>
            <numerusform>ще %n год</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="864"/>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="877"/>
        <source>%n min left</source>
        <translation>
            <numerusform>ще %n хв</numerusform>
            <numerusform>ще %n хв</numerusform>
            <numerusform>ще %n хв</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="865"/>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="880"/>
        <source>overdue %n d</source>
        <translation>
            <numerusform>прострочено на %n день</numerusform>
            <numerusform>прострочено на %n дні</numerusform>
            <numerusform>прострочено на %n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="866"/>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="881"/>
        <source>overdue %n h</source>
        <translation>
            <numerusform>прострочено на %n год</numerusform>
            <numerusform>прострочено на %n год</numerusform>
            <numerusform>прострочено на %n год</numerusform>
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
        <translation>Новий</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="35"/>
        <source>In progress</source>
        <translation>У роботі</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="36"/>
        <source>Answered</source>
        <translation>З відповіддю</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="37"/>
        <source>Escalated</source>
        <translation>У власника</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="38"/>
        <source>Dismissed</source>
        <translation>Відхилено</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="39"/>
        <source>Imported history</source>
        <translation>Архівний</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="54"/>
        <source>Dianping</source>
        <translation>Dianping</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="59"/>
        <source>Other site</source>
        <translation>Інший сайт</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="60"/>
        <source>Offline feedback</source>
        <translation>Офлайн-відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="66"/>
        <source>Positive</source>
        <translation>Позитивна</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="67"/>
        <source>Neutral</source>
        <translation>Нейтральна</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="68"/>
        <source>Negative</source>
        <translation>Негативна</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="69"/>
        <source>Mixed</source>
        <translation>Змішана</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="76"/>
        <source>Doctor</source>
        <translation>Лікар</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="77"/>
        <source>Nurses</source>
        <translation>Медсестри</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="78"/>
        <source>Reception and staff</source>
        <translation>Реєстратура і персонал</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="79"/>
        <source>Waiting time</source>
        <translation>Час очікування</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="80"/>
        <source>Appointments</source>
        <translation>Запис на прийом</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="81"/>
        <source>Prices and billing</source>
        <translation>Ціни й оплата</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="82"/>
        <source>Premises and cleanliness</source>
        <translation>Приміщення і чистота</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="83"/>
        <source>Explanations</source>
        <translation>Пояснення</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="84"/>
        <source>Treatment result</source>
        <translation>Результат лікування</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="85"/>
        <source>Parking and location</source>
        <translation>Парковка і розташування</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="106"/>
        <source>Staff attitude</source>
        <translation>Ставлення персоналу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="107"/>
        <source>Reception and phone</source>
        <translation>Реєстратура й телефон</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="108"/>
        <source>Doctor and outcome</source>
        <translation>Лікар і результат</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="109"/>
        <source>Communication</source>
        <translation>Спілкування</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="110"/>
        <source>Food</source>
        <translation>Харчування</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="111"/>
        <source>Praise of a person</source>
        <translation>Похвала працівнику</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="126"/>
        <source>English</source>
        <translation>Англійська</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="127"/>
        <source>Russian</source>
        <translation>Російська</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="128"/>
        <source>Ukrainian</source>
        <translation>Українська</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="129"/>
        <source>Polish</source>
        <translation>Польська</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="130"/>
        <location filename="../../src/clinicrep/labels.py" line="131"/>
        <source>Chinese</source>
        <translation>Китайська</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="132"/>
        <source>Other language</source>
        <translation>Інша мова</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="56"/>
        <source>Yandex Maps</source>
        <translation>Яндекс Карти</translation>
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
        <translation>Навчання на ваших виправленнях</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="47"/>
        <source>Use what was learned from your corrections and stars</source>
        <translation>Використовувати вивчене на ваших виправленнях і зірках</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="49"/>
        <source>Learn now</source>
        <translation>Навчити зараз</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="51"/>
        <source>Learn from your corrections and starred reviews, then analyse all again</source>
        <translation>Навчитися на ваших виправленнях і відгуках із зірками, потім знову проаналізувати всі відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="53"/>
        <source>Reset</source>
        <translation>Скинути</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="54"/>
        <source>Forget what was learned; your corrections stay</source>
        <translation>Забути вивчене; ваші виправлення залишаться</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="82"/>
        <source>Learned from %n of your reviews.</source>
        <translation>
            <numerusform>Навчено на %n вашому відгуку.</numerusform>
            <numerusform>Навчено на %n ваших відгуках.</numerusform>
            <numerusform>Навчено на %n ваших відгуках.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="86"/>
        <source>Nothing learned yet: it needs at least %n corrected or starred reviews with text in a language, and keeps only what reads them better than the rules.</source>
        <translation>
            <numerusform>Поки нічого не вивчено: потрібно щонайменше %n виправлений або оцінений зірками відгук із текстом однією мовою, і зберігається лише те, що читає їх краще за правила.</numerusform>
            <numerusform>Поки нічого не вивчено: потрібно щонайменше %n виправлені або оцінені зірками відгуки з текстом однією мовою, і зберігається лише те, що читає їх краще за правила.</numerusform>
            <numerusform>Поки нічого не вивчено: потрібно щонайменше %n виправлених або оцінених зірками відгуків із текстом однією мовою, і зберігається лише те, що читає їх краще за правила.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="96"/>
        <source>Learning, then analysing every review again…</source>
        <translation>Навчання, потім повторний аналіз усіх відгуків…</translation>
    </message>
</context>
<context>
    <name>LocationsDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="49"/>
        <source>Locations</source>
        <translation>Філії</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="53"/>
        <source>A practice with several locations names them here and says where each source&apos;s reviews come from. The inbox, the charts and the monthly report can then show one location or the whole practice.</source>
        <translation>Якщо в клініки кілька філій, назвіть їх тут і вкажіть, звідки надходять відгуки кожного джерела. Тоді вхідні, графіки та щомісячний звіт зможуть показувати одну філію або всю клініку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="62"/>
        <source>Locations (double-click a name to rename it)</source>
        <translation>Філії (подвійне клацання по назві — перейменувати)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="63"/>
        <source>Double-click a name to rename it</source>
        <translation>Двічі клацніть назву, щоб перейменувати</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="68"/>
        <source>Name of a new location</source>
        <translation>Назва нової філії</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="69"/>
        <source>e.g. Riverside</source>
        <translation>напр. На Хрещатику</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="72"/>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="75"/>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="78"/>
        <source>The location&apos;s sources and reviews stay; they count for the whole practice</source>
        <translation>Джерела й відгуки філії залишаються і належать до всієї клініки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="86"/>
        <source>Where each source&apos;s reviews come from:</source>
        <translation>Звідки надходять відгуки кожного джерела:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="89"/>
        <source>Location of each source</source>
        <translation>Філія кожного джерела</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="90"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="90"/>
        <source>Location</source>
        <translation>Філія</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="130"/>
        <source>{name} ({platform})</source>
        <translation>{name} ({platform})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="135"/>
        <source>Location of {source}</source>
        <translation>Філія джерела {source}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="136"/>
        <source>Whole practice only</source>
        <translation>Лише вся клініка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="168"/>
        <source>Location “{name}” added.</source>
        <translation>Філію «{name}» додано.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="182"/>
        <source>Renamed to “{name}”.</source>
        <translation>Перейменовано на «{name}».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="192"/>
        <source>“{name}” removed; its sources now count for the whole practice.</source>
        <translation>Філію «{name}» видалено; її джерела тепер належать до всієї клініки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="202"/>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="333"/>
        <source>Analysis update progress</source>
        <translation>Хід оновлення аналізу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="943"/>
        <source>Marked “{status}”.</source>
        <translation>Позначено: «{status}».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1087"/>
        <source>Undone: the review is “{status}” again.</source>
        <translation>Скасовано: відгук знову має статус «{status}».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1148"/>
        <source>Shown: {shown} · new: {new} · open: {open} · overdue: {overdue}</source>
        <translation>Показано: {shown} · нових: {new} · відкритих: {open} · прострочених: {overdue}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1308"/>
        <source>{source}: %n review(s)</source>
        <translation>
            <numerusform>{source}: відгуків — %n</numerusform>
            <numerusform>{source}: відгуків — %n</numerusform>
            <numerusform>{source}: відгуків — %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1345"/>
        <source>Nothing is connected yet: connect a platform (File → Sources) or import a file of reviews (File → Import a file).</source>
        <translation>Поки нічого не підключено: підключіть платформу (Файл → Джерела) або імпортуйте файл із відгуками (Файл → Імпортувати файл).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1388"/>
        <source>Up to date: %n new review(s).</source>
        <translation>
            <numerusform>Усе завантажено: %n новий відгук.</numerusform>
            <numerusform>Усе завантажено: %n нові відгуки.</numerusform>
            <numerusform>Усе завантажено: %n нових відгуків.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1391"/>
        <source>Changed on the platform: {n}.</source>
        <translation>Змінено на платформі: {n}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1399"/>
        <source>Up to date: no new reviews.</source>
        <translation>Усе завантажено: нових відгуків немає.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1474"/>
        <source>Updating the analysis… %p%</source>
        <translation>Оновлення аналізу… %p%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1489"/>
        <source>Analysis brought up to date for %n review(s).</source>
        <translation>
            <numerusform>Аналіз оновлено для %n відгуку.</numerusform>
            <numerusform>Аналіз оновлено для %n відгуків.</numerusform>
            <numerusform>Аналіз оновлено для %n відгуків.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="149"/>
        <source>clinicrep — demo data</source>
        <translation>clinicrep — демонстраційні дані</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="149"/>
        <source>clinicrep</source>
        <translation>clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="162"/>
        <source>Inbox of reviews</source>
        <translation>Вхідні відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="290"/>
        <source>Inbox</source>
        <translation>Вхідні</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="291"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="503"/>
        <source>Charts</source>
        <translation>Діаграми</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="326"/>
        <source>Sync progress</source>
        <translation>Хід синхронізації</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="354"/>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="356"/>
        <source>Put the review&apos;s previous status back (Ctrl+Z)</source>
        <translation>Повернути відгукові попередній статус (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="556"/>
        <source>Filters</source>
        <translation>Фільтри</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="566"/>
        <source>Fetch new reviews from every connected platform (F5)</source>
        <translation>Отримати нові відгуки з усіх підключених платформ (F5)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="588"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="593"/>
        <source>S&amp;ettings…</source>
        <translation>Н&amp;алаштування…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="597"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Імпортувати файл…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="605"/>
        <source>Add &amp;offline feedback…</source>
        <translation>Додати &amp;офлайн-відгук…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="618"/>
        <source>Review-request &amp;card…</source>
        <translation>&amp;Картка-запрошення до відгуку…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1716"/>
        <source>Copying the reviews to this PC…</source>
        <translation>Копіювання відгуків на цей ПК…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1744"/>
        <source>Nothing was copied: the server already holds {held} reviews of the practice. The window stays on this PC&apos;s database for now; restart clinicrep to open the shared reviews.</source>
        <translation>Нічого не скопійовано: на сервері вже є відгуки клініки ({held}). Поки що вікно залишається з базою даних цього ПК; перезапустіть clinicrep, щоб відкрити спільні відгуки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1750"/>
        <source>Nothing was copied and the window stays on the shared database. {reason}</source>
        <translation>Нічого не скопійовано, вікно залишається зі спільною базою даних. {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1754"/>
        <source>Nothing was copied and the window stays on this PC&apos;s database. {reason}</source>
        <translation>Нічого не скопійовано, вікно залишається з базою даних цього ПК. {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1768"/>
        <source>This PC&apos;s own database, for now: {where} could not be used. What you write stays on this PC; restart clinicrep to try the shared database again.</source>
        <translation>Поки що використовується власна база даних цього ПК: {where} недоступна. Те, що ви пишете, залишається на цьому ПК; перезапустіть clinicrep, щоб знову спробувати спільну базу даних.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1918"/>
        <source>The checks without the window could not be set up: the file {path} could not be written ({reason}). The window still checks while it is open.</source>
        <translation>Не вдалося налаштувати перевірки без вікна: не вдалося записати файл {path} ({reason}). Поки вікно відкрите, перевірки тривають як звичайно.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1928"/>
        <source>The checks without the window could not be set up: this computer has no “{program}” program. The window still checks while it is open.</source>
        <translation>Не вдалося налаштувати перевірки без вікна: на цьому комп’ютері немає програми «{program}». Поки вікно відкрите, перевірки тривають як звичайно.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1933"/>
        <source>The checks without the window could not be set up: the system refused the command below ({output}). The window still checks while it is open.</source>
        <translation>Не вдалося налаштувати перевірки без вікна: система відхилила команду нижче ({output}). Поки вікно відкрите, перевірки тривають як звичайно.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1938"/>
        <source>Command: {command}</source>
        <translation>Команда: {command}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="610"/>
        <source>&amp;Monthly summary (PDF)…</source>
        <translation>&amp;Щомісячне зведення (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="343"/>
        <source>Show the replies waiting for your approval</source>
        <translation>Показати відповіді, що чекають вашого схвалення</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="457"/>
        <source>No reviews yet</source>
        <translation>Відгуків поки немає</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="565"/>
        <source>Check for new reviews</source>
        <translation>Перевірити нові відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="589"/>
        <source>Check for &amp;new reviews</source>
        <translation>Перевірити &amp;нові відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="614"/>
        <source>E&amp;xport the reviews shown (CSV)…</source>
        <translation>&amp;Експорт показаних відгуків (CSV)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="621"/>
        <source>&amp;Restore from backup…</source>
        <translation>Відновити з &amp;резервної копії…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="624"/>
        <source>Export &amp;a copy…</source>
        <translation>&amp;Зберегти копію…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="630"/>
        <source>Restore: the server&apos;s own backups apply</source>
        <translation>Відновлення: діють резервні копії самого сервера</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="633"/>
        <source>The shared database is backed up by its server (ask your IT provider); Export a copy saves it into a file.</source>
        <translation>Резервні копії спільної бази даних робить її сервер (запитайте свого ІТ-фахівця); «Зберегти копію» записує її у файл.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="639"/>
        <source>So&amp;urces…</source>
        <translation>&amp;Джерела…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="642"/>
        <source>&amp;Locations…</source>
        <translation>&amp;Філії…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="644"/>
        <source>Name the practice&apos;s locations and say which source belongs to which</source>
        <translation>Назвіть філії клініки та вкажіть, до якої належить кожне джерело</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="649"/>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="654"/>
        <source>&amp;Review</source>
        <translation>&amp;Відгук</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="657"/>
        <source>Mark as &amp;new</source>
        <translation>Позначити: &amp;новий</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="658"/>
        <source>Mark as &amp;in progress</source>
        <translation>Позначити: у &amp;роботі</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="659"/>
        <source>Mark as &amp;answered</source>
        <translation>Позначити: &amp;відповідь надано</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="660"/>
        <source>&amp;Escalate to the owner</source>
        <translation>&amp;Передати власнику</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="661"/>
        <source>&amp;Dismiss</source>
        <translation>Ві&amp;дхилити</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="670"/>
        <source>&amp;Undo the status change</source>
        <translation>&amp;Скасувати зміну статусу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="679"/>
        <source>D&amp;raft a reply</source>
        <translation>&amp;Чернетка відповіді</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="683"/>
        <source>Reply &amp;templates…</source>
        <translation>&amp;Шаблони відповідей…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="687"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="688"/>
        <source>&amp;User guide</source>
        <translation>&amp;Посібник користувача</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="692"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сполучення клавіш</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="696"/>
        <source>&amp;About clinicrep</source>
        <translation>Про &amp;clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="958"/>
        <source>An import is being stored: “{status}” will be saved as soon as it is done.</source>
        <translation>Триває збереження імпорту: статус «{status}» буде збережено, щойно воно закінчиться.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1117"/>
        <source>Correction saved.</source>
        <translation>Виправлення збережено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1124"/>
        <source>Reply published.</source>
        <translation>Відповідь опубліковано.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1142"/>
        <source>Waiting for approval: {n}</source>
        <translation>Чекають схвалення: {n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1161"/>
        <source>No review needs attention now. To see every review, choose “All reviews” in the first list above.</source>
        <translation>Зараз жоден відгук не потребує уваги. Щоб побачити всі відгуки, виберіть «Усі відгуки» в першому списку вгорі.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1168"/>
        <source>No review matches the search and the filters. Press “Clear filters” to see what needs attention.</source>
        <translation>Жоден відгук не відповідає пошуку та фільтрам. Натисніть «Скинути фільтри», щоб побачити відгуки, які потребують уваги.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1207"/>
        <source>Changed on another PC: this review is now “{status}”.</source>
        <translation>Змінено на іншому комп’ютері: тепер відгук має статус «{status}».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1252"/>
        <source>Last check: {name}, {time}</source>
        <translation>Остання перевірка: {name}, {time}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1297"/>
        <source>Checking for reviews…</source>
        <translation>Перевірка нових відгуків…</translation>
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
        <translation>База даних</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1637"/>
        <source>Copy the shared database&apos;s {count} reviews (with their drafts, replies and settings) into this PC&apos;s file, then open the window on it? The file as it is now is kept in the backups folder first. Without copying, the file shows the reviews as they were when this PC last used it, and what was done on the shared database since is not in it.</source>
        <translation>Скопіювати відгуки зі спільної бази даних ({count}, разом із чернетками, відповідями та налаштуваннями) у файл цього ПК і відкрити вікно з ним? Спершу файл у теперішньому вигляді зберігається в папці backups. Без копіювання у файлі будуть відгуки такими, якими вони були, коли цей ПК востаннє ним користувався, а зробленого відтоді у спільній базі даних у ньому не буде.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1645"/>
        <source>Copy here, then open</source>
        <translation>Скопіювати сюди й відкрити</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1653"/>
        <source>The shared database ({where}) already holds {held} reviews of the practice, so this PC&apos;s {count} reviews are not copied there; they stay in this PC&apos;s file. Open the window on the shared reviews now?</source>
        <translation>У спільній базі даних ({where}) уже є відгуки клініки ({held}), тому відгуки цього ПК ({count}) туди не копіюються: вони залишаються у файлі цього ПК. Відкрити вікно зі спільними відгуками зараз?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1663"/>
        <source>Copy this PC&apos;s {count} reviews (with their drafts, replies and settings) to {where}, then open the window on it? This PC&apos;s file is kept as it is. The copy is made only into an empty database.</source>
        <translation>Скопіювати відгуки цього ПК ({count}, разом із чернетками, відповідями та налаштуваннями) до {where} і відкрити вікно з нею? Файл цього ПК залишиться як є. Копія робиться лише в порожню базу даних.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1669"/>
        <source>Copy, then open</source>
        <translation>Скопіювати й відкрити</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="2011"/>
        <source>Reply not saved</source>
        <translation>Відповідь не збережено</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="2007"/>
        <source>The reply you typed is not saved: the connection to the shared database server is lost. If you close the window now, the reply is lost. Keep the window open until the server is back; the reply is saved then by itself.</source>
        <translation>Набрану відповідь не збережено: зв’язок зі спільним сервером бази даних перервався. Якщо закрити вікно зараз, відповідь буде втрачено. Не закривайте вікно, доки сервер не повернеться: тоді відповідь збережеться сама.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="2015"/>
        <source>Keep the window open</source>
        <translation>Не закривати вікно</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="2016"/>
        <source>Close and lose the reply</source>
        <translation>Закрити й утратити відповідь</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1648"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1672"/>
        <source>Open without copying</source>
        <translation>Відкрити без копіювання</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1677"/>
        <source>Open the window on {where} now? Your draft is saved first. Otherwise clinicrep uses it from the next start.</source>
        <translation>Відкрити вікно з {where} зараз? Спершу вашу чернетку буде збережено. Інакше clinicrep використовуватиме її з наступного запуску.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1659"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1681"/>
        <source>Open now</source>
        <translation>Відкрити зараз</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1682"/>
        <source>At the next start</source>
        <translation>Під час наступного запуску</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1718"/>
        <source>Copying the reviews to the server…</source>
        <translation>Копіювання відгуків на сервер…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1916"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1936"/>
        <source>Monitoring</source>
        <translation>Моніторинг</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1960"/>
        <source>Restore from backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1962"/>
        <source>Replace the reviews, drafts and settings with the chosen copy? The data as it is now is kept as a copy first, so this can be undone.</source>
        <translation>Замінити відгуки, чернетки й налаштування вибраною копією? Поточні дані спершу буде збережено як копію, тож цю дію можна скасувати.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1983"/>
        <source>About clinicrep</source>
        <translation>Про clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1985"/>
        <source>clinicrep {version}

Reviews of your practice from every platform, answered well and in time. Your data stays on this computer.</source>
        <translation>clinicrep {version}

Відгуки про вашу клініку з усіх платформ — з якісними й вчасними відповідями. Ваші дані зберігаються на цьому комп’ютері.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="601"/>
        <source>&amp;Paste reviews…</source>
        <translation>&amp;Вставити відгуки…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="924"/>
        <source>Not marked answered</source>
        <translation>Не позначено як відповідь надано</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="919"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="930"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="992"/>
        <source>Status not changed</source>
        <translation>Статус не змінено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1578"/>
        <source>%n imported review(s) written more than {days} days before the import are kept as history, not in “Needs attention”: choose “Imported history” or “All reviews” in the first list above to see them.</source>
        <translation>
            <numerusform>%n імпортований відгук написано більш ніж за {days} дн. до імпорту, тому він в архіві, а не в «Потребують уваги»: щоб побачити його, виберіть «Архівні» або «Усі відгуки» в першому списку вгорі.</numerusform>
            <numerusform>%n імпортовані відгуки написано більш ніж за {days} дн. до імпорту, тому вони в архіві, а не в «Потребують уваги»: щоб побачити їх, виберіть «Архівні» або «Усі відгуки» в першому списку вгорі.</numerusform>
            <numerusform>%n імпортованих відгуків написано більш ніж за {days} дн. до імпорту, тому вони в архіві, а не в «Потребують уваги»: щоб побачити їх, виберіть «Архівні» або «Усі відгуки» в першому списку вгорі.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1249"/>
        <source>Last check: {time}</source>
        <translation>Остання перевірка: {time}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="2002"/>
        <source>The reply you typed is not saved: {cause}

If you close the window now, the reply is lost. Once the other program is done, press Try again.</source>
        <translation>Набрану відповідь не збережено: {cause}

Якщо закрити вікно зараз, відповідь буде втрачено. Коли інша програма завершить роботу, натисніть «Спробувати ще раз».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="2013"/>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1356"/>
        <source>Nothing was checked: new reviews from {names} come in only when you paste them (File → Paste reviews…) or import a file. To have reviews checked for you, connect a platform (File → Sources).</source>
        <translation>Нічого не перевірено: нові відгуки ({names}) з’являються, лише коли ви їх вставляєте (Файл → Вставити відгуки…) або імпортуєте файл. Щоб відгуки перевірялися самі, підключіть платформу (Файл → Джерела).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1013"/>
        <source>An import is still being stored, so the status you chose for %n review(s) is not saved yet. clinicrep saves it the next time it opens.</source>
        <translation>
            <numerusform>Ще триває збереження імпорту, тому статус, який ви вибрали для %n відгуку, ще не збережено. clinicrep збереже його під час наступного запуску.</numerusform>
            <numerusform>Ще триває збереження імпорту, тому статуси, які ви вибрали для %n відгуків, ще не збережено. clinicrep збереже їх під час наступного запуску.</numerusform>
            <numerusform>Ще триває збереження імпорту, тому статуси, які ви вибрали для %n відгуків, ще не збережено. clinicrep збереже їх під час наступного запуску.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1020"/>
        <source>An import is still being stored, so the status you chose for %n review(s) could not be saved. Set it again once the import is done.</source>
        <translation>
            <numerusform>Ще триває збереження імпорту, тому статус, який ви вибрали для %n відгуку, не вдалося зберегти. Виберіть його знову, коли імпорт завершиться.</numerusform>
            <numerusform>Ще триває збереження імпорту, тому статуси, які ви вибрали для %n відгуків, не вдалося зберегти. Виберіть їх знову, коли імпорт завершиться.</numerusform>
            <numerusform>Ще триває збереження імпорту, тому статуси, які ви вибрали для %n відгуків, не вдалося зберегти. Виберіть їх знову, коли імпорт завершиться.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1025"/>
        <source>Status not saved yet</source>
        <translation>Статус ще не збережено</translation>
    </message>
</context>
<context>
    <name>ManualEntry</name>
    <message>
        <location filename="../../src/clinicrep/manual_entry.py" line="28"/>
        <source>Offline feedback</source>
        <translation>Офлайн-відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/manual.py" line="34"/>
        <source>At the desk</source>
        <translation>У реєстратурі</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/manual.py" line="35"/>
        <source>Phone call</source>
        <translation>Телефонний дзвінок</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/manual.py" line="36"/>
        <source>Letter</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/manual.py" line="37"/>
        <source>E-mail</source>
        <translation>Електронна пошта</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/manual.py" line="38"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
</context>
<context>
    <name>ManualEntryDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="48"/>
        <source>Add offline feedback</source>
        <translation>Додати офлайн-відгук</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="51"/>
        <source>From</source>
        <translation>Від кого</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="52"/>
        <source>Name as the person gave it, or leave empty</source>
        <translation>Ім’я, як його назвала людина, або залиште порожнім</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="54"/>
        <source>Received by</source>
        <translation>Спосіб отримання</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="56"/>
        <source>At the reception desk</source>
        <translation>У реєстратурі</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="57"/>
        <source>By phone</source>
        <translation>Телефоном</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="58"/>
        <source>By letter</source>
        <translation>Листом</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="59"/>
        <source>By e-mail</source>
        <translation>Електронною поштою</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="60"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="64"/>
        <source>Rating</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="65"/>
        <source>No rating</source>
        <translation>Без оцінки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="69"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="71"/>
        <source>What they said</source>
        <translation>Що сказали</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="73"/>
        <source>From:</source>
        <translation>Від кого:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="74"/>
        <source>Received:</source>
        <translation>Отримано:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="75"/>
        <source>Rating:</source>
        <translation>Оцінка:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="76"/>
        <source>When:</source>
        <translation>Коли:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="77"/>
        <source>What they said:</source>
        <translation>Що сказали:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="148"/>
        <source>The feedback was not added: {reason} What you typed is still here: press Save again when that is sorted out.</source>
        <translation>Відгук не додано: {reason} Усе, що ви ввели, залишилося тут: натисніть «Зберегти» ще раз, коли це буде вирішено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="164"/>
        <source>Close without adding the feedback you typed? It will be lost.</source>
        <translation>Закрити, не додавши введений відгук? Його буде втрачено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="165"/>
        <source>Close without adding</source>
        <translation>Закрити, не додаючи</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="130"/>
        <source>Adding the feedback…</source>
        <translation>Додаємо відгук…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="155"/>
        <source>The platform is not available right now. clinicrep will try again at the next check.</source>
        <translation>Платформа зараз недоступна. clinicrep спробує ще раз під час наступної перевірки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="150"/>
        <source>The platform reported an error on its side (HTTP {status}). clinicrep will try again at the next check.</source>
        <translation>На боці платформи сталася помилка (HTTP {status}). clinicrep спробує ще раз під час наступної перевірки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="19"/>
        <source>An unexpected error happened. Your data is safe. Send the details to support if it happens again.</source>
        <translation>Сталася неочікувана помилка. Ваші дані в безпеці. Якщо це повториться, надішліть подробиці до служби підтримки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="31"/>
        <source>The review database is damaged and was not changed. Restore a backup, or choose another folder for clinicrep&apos;s data.</source>
        <translation>База відгуків пошкоджена; зміни до неї не вносилися. Відновіть резервну копію або виберіть іншу папку для даних clinicrep.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="37"/>
        <source>The review database file is empty, but backup copies of it were found. Restore the newest copy (the clinicrep window offers it); the empty file is kept aside.</source>
        <translation>Файл бази відгуків порожній, але знайдено його резервні копії. Відновіть найновішу копію (вікно clinicrep запропонує це); порожній файл буде збережено окремо.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="43"/>
        <source>This review database was made by a newer version of clinicrep. Install the newer version, or choose another folder for clinicrep&apos;s data.</source>
        <translation>Цю базу відгуків створено новішою версією clinicrep. Установіть новішу версію або виберіть іншу папку для даних clinicrep.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="69"/>
        <source>The connection to the shared database server was lost, and what was being saved at that moment was not saved. Check that the server is running and that this PC is on its network, then try again.</source>
        <translation>Зв’язок зі спільним сервером бази даних перервався, і те, що зберігалося в цю мить, не збережено. Перевірте, що сервер працює і цей комп’ютер підключений до його мережі, потім спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="76"/>
        <source>The disk is full. Free some space, then try again; nothing was lost.</source>
        <translation>Диск заповнено. Звільніть місце й спробуйте ще раз; нічого не втрачено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="80"/>
        <source>clinicrep cannot write to its data folder. Check that the folder exists and that you may write to it, or choose another folder.</source>
        <translation>clinicrep не може записувати в папку даних. Перевірте, що папка існує і ви маєте право запису до неї, або виберіть іншу папку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="86"/>
        <source>Another source of this platform is already called “{name}”. Choose another name.</source>
        <translation>Інше джерело цієї платформи вже називається «{name}». Виберіть іншу назву.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="91"/>
        <source>No secure password storage was found on this computer. Unlock this computer&apos;s password store (or ask whoever set up the computer to install one), or keep the sign-in for this session only.</source>
        <translation>На цьому комп’ютері не знайдено надійного сховища паролів. Розблокуйте сховище паролів комп’ютера (або попросіть того, хто налаштовував комп’ютер, встановити його) чи збережіть вхід лише на цей сеанс.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="100"/>
        <source>The connection to this platform has expired or was revoked. Open Sources and connect the account again.</source>
        <translation>Підключення до цієї платформи застаріло або його відкликано. Відкрийте «Джерела» й підключіть обліковий запис знову.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="106"/>
        <source>The connected account is not allowed to read or answer these reviews. Connect an account that manages the practice&apos;s page.</source>
        <translation>Підключений обліковий запис не має права читати ці відгуки або відповідати на них. Підключіть обліковий запис, який керує сторінкою клініки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="112"/>
        <source>“{program}” is not installed on this computer, so the checks while the window is closed could not be set up. Install it, or keep clinicrep open (or in the tray).</source>
        <translation>«{program}» не встановлено на цьому комп’ютері, тому перевірки при закритому вікні не налаштовано. Встановіть його або тримайте clinicrep відкритим (або в треї).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="118"/>
        <source>The system refused to set up the checks while the window is closed ({detail}). The window still checks while it is open.</source>
        <translation>Система відмовилася налаштувати перевірки при закритому вікні ({detail}). Поки вікно відкрите, перевірки тривають.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="129"/>
        <source>The platform asks us to slow down. clinicrep will try again in about {n} min.</source>
        <translation>Платформа просить робити запити рідше. clinicrep спробує знову приблизно через {n} хв.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="133"/>
        <source>The platform asks us to slow down. clinicrep will try again later.</source>
        <translation>Платформа просить робити запити рідше. clinicrep спробує знову пізніше.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="137"/>
        <source>No connection to the internet. Check the network; clinicrep will try again at the next check.</source>
        <translation>Немає підключення до інтернету. Перевірте мережу; clinicrep спробує знову під час наступної перевірки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="144"/>
        <source>The platform did not answer in time. clinicrep will try again at the next check.</source>
        <translation>Платформа не відповіла вчасно. clinicrep спробує знову під час наступної перевірки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="162"/>
        <source>The platform sent an answer clinicrep cannot read. Try again later; if it persists, send the details to support.</source>
        <translation>Платформа надіслала відповідь, яку clinicrep не може прочитати. Спробуйте пізніше; якщо помилка повториться, надішліть подробиці до служби підтримки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="168"/>
        <source>The platform has switched off this kind of access. Reviews already fetched are kept; import new ones from a file instead.</source>
        <translation>Платформа вимкнула такий спосіб доступу. Уже отримані відгуки збережено; нові імпортуйте з файлу.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="174"/>
        <source>This platform does not allow answering through clinicrep. Copy the reply and open the review&apos;s page to post it there.</source>
        <translation>Ця платформа не дозволяє відповідати через clinicrep. Скопіюйте відповідь і відкрийте сторінку відгуку, щоб опублікувати її там.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="180"/>
        <source>This source is not set up completely, so nothing was read. Open File → Sources, select it and choose “Sign in…” (Google) or “Edit…” to pick the location, Page or business unit.</source>
        <translation>Це джерело налаштовано не до кінця, тож нічого не прочитано. Відкрийте «Файл» → «Джерела», виберіть його й натисніть «Увійти…» (Google) або «Редагувати…», щоб вибрати розташування, сторінку чи компанію.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="187"/>
        <source>Google has not approved your Cloud project for the Business Profile APIs yet: its quota stays at 0 requests until it does. Your sign-in is fine. Submit Google&apos;s API access request form (see the guide in Sources) and try again once Google confirms.</source>
        <translation>Google ще не схвалив ваш проєкт Cloud для API профілю компанії: до схвалення його квота — 0 запитів. Із входом усе гаразд. Надішліть Google форму запиту доступу до API (див. інструкцію в «Джерелах») і спробуйте знову, коли Google підтвердить.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="195"/>
        <source>The Business Profile APIs are not turned on in your Google Cloud project. In the Cloud console, open APIs &amp; Services → Library, enable “My Business Account Management API”, “My Business Business Information API” and “Google My Business API”, then try again.</source>
        <translation>У вашому проєкті Google Cloud не ввімкнено API профілю компанії. У консолі Cloud відкрийте «API та сервіси» → «Бібліотека», увімкніть «My Business Account Management API», «My Business Business Information API» і «Google My Business API» та спробуйте знову.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="203"/>
        <source>Stopped. What was fetched so far is kept; the next check goes on from there.</source>
        <translation>Зупинено. Уже отримане збережено; наступна перевірка продовжить з цього місця.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="208"/>
        <source>The reply is longer than the platform allows ({limit} bytes). Shorten it and publish again.</source>
        <translation>Відповідь довша, ніж дозволяє платформа ({limit} байт). Скоротіть її та опублікуйте знову.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="214"/>
        <source>Signing in did not finish. Try again, and allow clinicrep access in the browser window that opens.</source>
        <translation>Вхід не завершено. Спробуйте ще раз і дозвольте clinicrep доступ у вікні браузера, що відкриється.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="220"/>
        <source>Give the month as year and month, for example 2026-10.</source>
        <translation>Вкажіть місяць у форматі «рік-місяць», наприклад 2026-10.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="224"/>
        <source>Reports can be made for the months from {first}-01 to {last}-12. Give a month in that range, for example 2026-10.</source>
        <translation>Звіти можна зробити за місяці з {first}-01 по {last}-12. Вкажіть місяць у цих межах, наприклад 2026-10.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="230"/>
        <source>The name “{path}” has characters that are not UTF-8 (shown as �). Rename the file or folder, or choose another name.</source>
        <translation>У назві «{path}» є символи не в UTF-8 (показані як �). Перейменуйте файл або папку чи виберіть іншу назву.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="236"/>
        <source>“{value}” has characters that are not UTF-8 (shown as �). Type it again, or rename the file it names.</source>
        <translation>У «{value}» є символи не в UTF-8 (показані як �). Введіть це знову або перейменуйте файл, який там названо.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="242"/>
        <source>“{path}” is a folder. Give the name of a file to write, for example one inside that folder.</source>
        <translation>«{path}» — це папка. Вкажіть назву файлу для запису, наприклад файлу в цій папці.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="248"/>
        <source>“{path}” is not an ordinary file (a device or a pipe) and was left as it is. Choose another file name.</source>
        <translation>«{path}» — не звичайний файл (пристрій або канал), його залишено як є. Виберіть іншу назву файлу.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="254"/>
        <source>“{path}” is read-only and was left as it is. Choose another file name, or allow writing to it first.</source>
        <translation>«{path}» доступний лише для читання, його залишено як є. Виберіть іншу назву файлу або спершу дозвольте запис у нього.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="260"/>
        <source>“{path}” lies under a file, not under a folder. Choose a file in a folder.</source>
        <translation>«{path}» розташовано всередині файлу, а не папки. Виберіть файл у папці.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="265"/>
        <source>clinicrep may not write in the folder of “{path}”. Choose another folder, for example Documents.</source>
        <translation>clinicrep не може записувати в папку «{path}». Виберіть іншу папку, наприклад «Документи».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="271"/>
        <source>“{value}” is not a review status. Use one of: {choices}.</source>
        <translation>«{value}» не є статусом відгуку. Використайте один із: {choices}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="275"/>
        <source>“{value}” is not a platform clinicrep knows. Use one of: {choices}.</source>
        <translation>«{value}» — невідома clinicrep платформа. Використайте одну з: {choices}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="279"/>
        <source>clinicrep has no report language “{value}”. Use one of: {choices}.</source>
        <translation>У clinicrep немає мови звіту «{value}». Використайте одну з: {choices}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="283"/>
        <source>There is no source called “{name}”. Give the name of a source as the Sources window lists it, or its number.</source>
        <translation>Джерела з назвою «{name}» немає. Вкажіть назву джерела так, як її показано у вікні «Джерела», або його номер.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="289"/>
        <source>There is no review number {value}. “clinicrep list” shows each review&apos;s number first.</source>
        <translation>Відгуку з номером {value} немає. Команда «clinicrep list» виводить номер кожного відгуку першим.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="294"/>
        <source>The command was not understood: {detail}. Run “clinicrep --help” to see what each command takes.</source>
        <translation>Команду не зрозуміло: {detail}. Запустіть «clinicrep --help», щоб побачити, що приймає кожна команда.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="300"/>
        <source>That does not look like a web link to your review page. Copy the link from the platform (it starts with https://) and try again.</source>
        <translation>Це не схоже на вебпосилання на сторінку ваших відгуків. Скопіюйте посилання з платформи (воно починається з https://) і спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="306"/>
        <source>The report could not be saved there. Choose another folder, for example Documents.</source>
        <translation>Не вдалося зберегти звіт у цьому місці. Виберіть іншу папку, наприклад «Документи».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="311"/>
        <source>Not published: the reply says something a public reply must not (highlighted). Change it, or confirm each passage explicitly.</source>
        <translation>Не опубліковано: відповідь містить те, чого не можна казати в публічній відповіді (виділено). Змініть текст або явно підтвердьте кожен фрагмент.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="317"/>
        <source>The reply is empty. Write the reply first.</source>
        <translation>Відповідь порожня. Спершу напишіть відповідь.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="319"/>
        <source>Replies written on this PC wait for the owner&apos;s approval. Press “Ask for approval”; the owner publishes the reply once it is approved.</source>
        <translation>Відповіді, написані на цьому комп’ютері, чекають схвалення власника. Натисніть «Надіслати на схвалення» — власник опублікує відповідь, коли схвалить її.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="331"/>
        <source>Only the owner&apos;s PC approves replies or sends them back. Ask the owner, or set this PC&apos;s role in Settings → This PC.</source>
        <translation>Схвалювати відповіді або повертати їх може лише комп’ютер власника. Зверніться до власника або вкажіть роль цього комп’ютера в розділі «Налаштування → Цей комп’ютер».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="337"/>
        <source>This reply is no longer waiting for approval: it was changed or decided on another PC. Look at it again.</source>
        <translation>Ця відповідь більше не чекає схвалення: її змінили або щодо неї вже ухвалили рішення на іншому комп’ютері. Перегляньте її ще раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="343"/>
        <source>Another location is already called “{name}”. Choose another name.</source>
        <translation>Філія з назвою «{name}» уже є. Виберіть іншу назву.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="348"/>
        <source>No location is called “{name}”: this practice has named no locations yet (in the window: File → Locations…).</source>
        <translation>Філії «{name}» немає: у клініці ще не названо жодної філії (у вікні: Файл → Філії).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="353"/>
        <source>No location is called “{name}”. The practice&apos;s locations: {names}.</source>
        <translation>Філії «{name}» немає. Філії клініки: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="357"/>
        <source>clinicrep keeps at most {limit} locations. Remove one you no longer use first.</source>
        <translation>clinicrep зберігає не більше {limit} філій. Спершу видаліть ту, якою більше не користуєтеся.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="362"/>
        <source>This reply is being sent or its outcome is not known yet. Wait for the next check, then try again.</source>
        <translation>Ця відповідь зараз надсилається або її результат ще невідомий. Дочекайтеся наступної перевірки й спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="368"/>
        <source>{who} is writing a reply to this review on another PC, so it was not published from here. Wait until they are done, or talk to them.</source>
        <translation>{who} пише відповідь на цей відгук на іншому комп’ютері, тому звідси її не опубліковано. Зачекайте, доки колега закінчить, або поговоріть із ним.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="374"/>
        <source>This review was answered from another PC a moment ago, so your reply was not sent. Read the reply that is there now; your text is kept as a draft.</source>
        <translation>На цей відгук щойно відповіли з іншого комп’ютера, тому вашу відповідь не надіслано. Прочитайте відповідь, яка там зараз; ваш текст збережено як чернетку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="380"/>
        <source>The connection to the shared database server was lost. clinicrep keeps trying to reconnect; nothing you typed is lost.</source>
        <translation>З’єднання зі спільним сервером бази даних втрачено. clinicrep і далі намагається перепідключитися; нічого з набраного вами не втрачено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="386"/>
        <source>The review or page no longer exists on the platform.</source>
        <translation>Відгук або сторінка більше не існує на платформі.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="419"/>
        <source>The test message was not sent: the mail server did not accept the user name or password. Check both (often the user name is the full e-mail address).</source>
        <translation>Тестовий лист не надіслано: поштовий сервер не прийняв ім’я користувача або пароль. Перевірте обидва (часто ім’я користувача — це повна адреса пошти).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="425"/>
        <source>The test message was not sent: no mail server named “{host}” was found. Check the name your mail provider gives (for example smtp.gmail.com) and that this computer is online.</source>
        <translation>Тестовий лист не надіслано: поштовий сервер «{host}» не знайдено. Перевірте ім’я, яке дає ваш поштовий провайдер (наприклад, smtp.gmail.com), і що комп’ютер підключений до інтернету.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="432"/>
        <source>The test message was not sent: nothing answered at “{host}” on port {port}. Check the port (usually 587 with STARTTLS, 465 with SSL/TLS) and that this computer is online.</source>
        <translation>Тестовий лист не надіслано: «{host}» не відповів на порту {port}. Перевірте порт (зазвичай 587 для STARTTLS, 465 для SSL/TLS) і що комп’ютер підключений до інтернету.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="439"/>
        <source>The test message was not sent: the secure connection with “{host}” failed. Check that Security matches the port: STARTTLS with 587, SSL/TLS with 465.</source>
        <translation>Тестовий лист не надіслано: не вдалося встановити захищене з’єднання з «{host}». Перевірте, що «Захист» відповідає порту: STARTTLS — 587, SSL/TLS — 465.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="445"/>
        <source>The test message was not sent: the mail server refused the sender or an address. Check the sender address and each address that gets alerts.</source>
        <translation>Тестовий лист не надіслано: поштовий сервер відхилив адресу відправника або одержувача. Перевірте адресу відправника й кожну адресу для сповіщень.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="450"/>
        <source>The test message was not sent: the mail server “{host}” refused it. Check the server, port, security, user name and password with your mail provider.</source>
        <translation>Тестовий лист не надіслано: поштовий сервер «{host}» його відхилив. Звірте сервер, порт, захист, ім’я користувача й пароль із даними вашого поштового провайдера.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="461"/>
        <source>The file was not found. Check its name and folder, then try again.</source>
        <translation>Файл не знайдено. Перевірте його назву й теку та спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="465"/>
        <source>This is a folder or a device, not a file. Choose the exported file itself.</source>
        <translation>Це тека або пристрій, а не файл. Виберіть сам файл вивантаження.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="469"/>
        <source>The file cannot be opened: you may not have permission to read it, or another program holds it. Copy it to your Documents folder and try again.</source>
        <translation>Файл не відкривається: можливо, у вас немає прав на читання або його тримає інша програма. Скопіюйте його до теки «Документи» та спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="476"/>
        <source>The file is too large to be a list of reviews ({size} MB). Check that it is the right file, or split it into smaller files.</source>
        <translation>Файл завеликий для списку відгуків ({size} МБ). Перевірте, чи це той файл, або розділіть його на частини.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="483"/>
        <source>This Excel file unpacks to {size} MB, far more than a list of reviews, so it was not opened. Check that it is the right file; if it is, save the reviews from Excel or LibreOffice as CSV and import that.</source>
        <translation>Цей файл Excel після розпакування займає {size} МБ — набагато більше, ніж список відгуків, тому його не відкрито. Перевірте, чи це той файл; якщо так, збережіть відгуки з Excel або LibreOffice у форматі CSV та імпортуйте його.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="490"/>
        <source>The file is empty. Export the reviews again and import the new file.</source>
        <translation>Файл порожній. Вивантажте відгуки ще раз та імпортуйте новий файл.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="494"/>
        <source>This is an old Excel file (.xls). Open it in Excel or LibreOffice and save it as .xlsx or CSV, then import that.</source>
        <translation>Це старий файл Excel (.xls). Відкрийте його в Excel або LibreOffice, збережіть як .xlsx або CSV та імпортуйте його.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="500"/>
        <source>This file is a web page, not a table of reviews, although its name may end in .xlsx or .xls. Save the reviews from the site again as CSV or Excel; or open the page in a browser, copy the reviews and paste them with File → Paste reviews… (Ctrl+Shift+V).</source>
        <translation>Цей файл — вебсторінка, а не таблиця відгуків, хоча його назва може закінчуватися на .xlsx або .xls. Збережіть відгуки із сайту ще раз у форматі CSV або Excel; або відкрийте сторінку в браузері, скопіюйте відгуки й вставте їх через Файл → Вставити відгуки… (Ctrl+Shift+V).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="508"/>
        <source>The JSON file is damaged or cut short. Export the reviews again and import the new file.</source>
        <translation>Файл JSON пошкоджено або обрізано. Вивантажте відгуки ще раз та імпортуйте новий файл.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="514"/>
        <source>The Excel workbook is damaged. Open it in Excel or LibreOffice, save it again (or as CSV) and import that.</source>
        <translation>Книгу Excel пошкоджено. Відкрийте її в Excel або LibreOffice, збережіть знову (або як CSV) та імпортуйте.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="520"/>
        <source>The text comes out garbled when the file is read as {encoding}. Choose the file&apos;s encoding (for example cp1250 for Polish or cp1251 for Russian Windows files) and try again; nothing was imported.</source>
        <translation>Під час читання файлу в кодуванні {encoding} текст виходить спотвореним. Укажіть кодування файлу (наприклад, cp1250 для польських або cp1251 для російських файлів Windows) та спробуйте ще раз; нічого не імпортовано.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="535"/>
        <source>“{encoding}” is not an encoding clinicrep knows. Use one such as utf-8, cp1250, cp1251 or gbk.</source>
        <translation>clinicrep не знає кодування «{encoding}». Укажіть, наприклад, utf-8, cp1250, cp1251 або gbk.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="541"/>
        <source>No column of the file holds review texts or ratings. Choose the columns yourself (in the import window, or with --map text=COLUMN).</source>
        <translation>Жоден стовпець файлу не містить текстів відгуків чи оцінок. Виберіть стовпці самі (у вікні імпорту або за допомогою --map text=СТОВПЕЦЬ).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="546"/>
        <source>The file could not be read as a table of reviews. Import a CSV, JSON or Excel (.xlsx) file exported from the platform.</source>
        <translation>Файл не вдалося прочитати як таблицю відгуків. Імпортуйте файл CSV, JSON або Excel (.xlsx), вивантажений із платформи.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="556"/>
        <source>The client ID and the client secret are the wrong way round: the client ID ends in .apps.googleusercontent.com, the client secret starts with GOCSPX-. Paste each into its own field.</source>
        <translation>Ідентифікатор клієнта й секрет клієнта переплутано місцями: ідентифікатор закінчується на .apps.googleusercontent.com, секрет починається з GOCSPX-. Вставте кожен у своє поле.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="563"/>
        <source>This is not a Google client ID: a client ID ends in .apps.googleusercontent.com. Copy it again, whole, from Credentials in the practice&apos;s Google Cloud project (the key of the type “Desktop app”), or ask whoever set up the project for it.</source>
        <translation>Це не ідентифікатор клієнта Google: він закінчується на .apps.googleusercontent.com. Скопіюйте його знову, повністю, з розділу «Облікові дані» проєкту Google Cloud клініки (ключ типу «Застосунок для ПК») або попросіть його в того, хто налаштовував проєкт.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="570"/>
        <source>This is not a whole client secret. Copy it again from the same key in Credentials of the practice&apos;s Google Cloud project (it starts with GOCSPX-), or ask whoever set up the project for it.</source>
        <translation>Це не повний секрет клієнта. Скопіюйте його знову з того самого ключа в розділі «Облікові дані» проєкту Google Cloud клініки (він починається з GOCSPX-) або попросіть його в того, хто налаштовував проєкт.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="576"/>
        <source>Google did not accept this client ID and client secret together. Copy both again from the same key (type “Desktop app”) in Credentials of the practice&apos;s Google Cloud project: select the source in Sources, press “Edit…”, paste them, then press “Sign in…”.</source>
        <translation>Google не прийняв цей ідентифікатор клієнта разом із цим секретом. Скопіюйте обидва знову з одного й того самого ключа (тип «Застосунок для ПК») у розділі «Облікові дані» проєкту Google Cloud клініки: виберіть джерело у вікні «Джерела», натисніть «Редагувати…», вставте їх, потім натисніть «Увійти…».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="588"/>
        <source>The AI service did not answer within {n} seconds, so the composed draft is shown instead. Try again later, or raise the waiting time in File → Settings… → Drafting.</source>
        <translation>Сервіс ШІ не відповів за {n} с, тому показано складену чернетку. Спробуйте пізніше або збільште час очікування в розділі «Файл → Налаштування… → Чернетки».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="594"/>
        <source>The AI service could not be reached, so the composed draft is shown instead. Check the address in File → Settings… → Drafting and that the service is running.</source>
        <translation>Не вдалося зв&apos;язатися із сервісом ШІ, тому показано складену чернетку. Перевірте адресу в розділі «Файл → Налаштування… → Чернетки» і що сервіс запущено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="600"/>
        <source>The AI service refused the key, so the composed draft is shown instead. Enter the key again in File → Settings… → Drafting.</source>
        <translation>Сервіс ШІ не прийняв ключ, тому показано складену чернетку. Введіть ключ знову в розділі «Файл → Налаштування… → Чернетки».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="606"/>
        <source>The AI service reported an error (HTTP {status}), so the composed draft is shown instead. Check the model name in File → Settings… → Drafting or try again later.</source>
        <translation>Сервіс ШІ повідомив про помилку (HTTP {status}), тому показано складену чернетку. Перевірте назву моделі в розділі «Файл → Налаштування… → Чернетки» або спробуйте пізніше.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="624"/>
        <source>The key of the AI service could not be read from this computer&apos;s password store, so the composed draft is shown instead. Enter it again in File → Settings… → Drafting.</source>
        <translation>Ключ ШІ-сервісу не вдалося прочитати зі сховища паролів цього комп’ютера, тому показано складену чернетку. Введіть ключ знову в розділі «Файл → Налаштування… → Чернетки».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="631"/>
        <source>AI drafting is not set up, so the composed draft is shown. Enter the service&apos;s address and model in File → Settings… → Drafting.</source>
        <translation>Чернетки від ШІ не налаштовано, тому показано складену чернетку. Вкажіть адресу сервісу й модель у розділі «Файл → Налаштування… → Чернетки».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="642"/>
        <source>The AI service sent an answer clinicrep cannot read, so the composed draft is shown instead. Try again, or choose another model in File → Settings… → Drafting.</source>
        <translation>Сервіс ШІ надіслав відповідь, яку clinicrep не може прочитати, тому показано складену чернетку. Спробуйте ще раз або оберіть іншу модель у розділі «Файл → Налаштування… → Чернетки».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="619"/>
        <source>The AI model declined to write this reply, so the composed draft is shown instead.</source>
        <translation>Модель ШІ відмовилася писати цю відповідь, тому показано складену чернетку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="390"/>
        <source>The mail server did not accept the user name or password. Check them in File → Settings… → Monitoring and e-mail; alerts are kept and sent once it works.</source>
        <translation>Поштовий сервер не прийняв ім’я користувача або пароль. Перевірте їх у розділі «Файл → Налаштування… → Моніторинг і пошта»; сповіщення збережено, їх буде надіслано, щойно все запрацює.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="396"/>
        <source>The alert e-mail could not be sent. Check the mail server, port and security in File → Settings… → Monitoring and e-mail; alerts are kept and sent at the next check.</source>
        <translation>Не вдалося надіслати лист зі сповіщенням. Перевірте поштовий сервер, порт і захист у розділі «Файл → Налаштування… → Моніторинг і пошта»; сповіщення збережено, їх буде надіслано під час наступної перевірки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="637"/>
        <source>The AI drafts failed the confidentiality guard or the checklist three times ({problems}), so the composed draft is shown instead.</source>
        <translation>Чернетки ШІ тричі не пройшли захист конфіденційності або чек-лист ({problems}), тому показано складену чернетку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="668"/>
        <source>No computer called “{host}” was found on the network. Check the server&apos;s name in Settings → Database, or ask your IT provider for it.</source>
        <translation>Комп’ютер з ім’ям «{host}» у мережі не знайдено. Перевірте ім’я сервера в розділі «Налаштування → База даних» або уточніть його у свого ІТ-фахівця.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="674"/>
        <source>The database server {host}:{port} did not answer. Check that the server is on, that this PC is on the practice&apos;s network, and the server&apos;s name and port in Settings → Database.</source>
        <translation>Сервер бази даних {host}:{port} не відповів. Перевірте, що сервер увімкнено, що цей ПК під’єднано до мережі клініки, а також ім’я та порт сервера в розділі «Налаштування → База даних».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="681"/>
        <source>The database server needs a password for “{user}”. Enter it in Settings → Database.</source>
        <translation>Серверу бази даних потрібен пароль для «{user}». Введіть його в розділі «Налаштування → База даних».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="686"/>
        <source>The database server did not accept the user “{user}” with this password. Check both in Settings → Database; your IT provider can reset the password.</source>
        <translation>Сервер бази даних не прийняв користувача «{user}» з цим паролем. Перевірте обидва в розділі «Налаштування → База даних»; ваш ІТ-фахівець може скинути пароль.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="692"/>
        <source>The database server does not let this PC in as “{user}” to “{dbname}”. Ask your IT provider to allow it (a line in the server&apos;s pg_hba.conf).</source>
        <translation>Сервер бази даних не пускає цей ПК як «{user}» до «{dbname}». Попросіть свого ІТ-фахівця дозволити це (рядок у файлі pg_hba.conf сервера).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="698"/>
        <source>The server {host} has no database called “{dbname}”. Check the name in Settings → Database, or ask your IT provider to create it for user “{user}”.</source>
        <translation>На сервері {host} немає бази даних «{dbname}». Перевірте назву в розділі «Налаштування → База даних» або попросіть свого ІТ-фахівця створити її для користувача «{user}».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="704"/>
        <source>The database server accepts only encrypted connections. In Settings → Database, choose an encrypted connection.</source>
        <translation>Сервер бази даних приймає лише зашифровані з’єднання. У розділі «Налаштування → База даних» виберіть з’єднання із шифруванням.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="710"/>
        <source>The database server does not offer encryption, but this PC requires it. Ask your IT provider to turn on TLS on the server.</source>
        <translation>Сервер бази даних не підтримує шифрування, а цей ПК його вимагає. Попросіть свого ІТ-фахівця ввімкнути TLS на сервері.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="716"/>
        <source>The database server&apos;s certificate could not be checked against the CA file, or it was not made for “{host}”. Ask your IT provider for the right CA file and the server&apos;s exact name, and choose them in Settings → Database.</source>
        <translation>Сертифікат сервера бази даних не вдалося перевірити за файлом ЦС, або його видано не для «{host}». Попросіть у свого ІТ-фахівця правильний файл ЦС і точне ім’я сервера та вкажіть їх у розділі «Налаштування → База даних».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="723"/>
        <source>The database server runs PostgreSQL {version}; clinicrep needs version 13 or newer. Ask your IT provider to upgrade it.</source>
        <translation>На сервері бази даних працює PostgreSQL {version}; clinicrep потрібна версія 13 або новіша. Попросіть свого ІТ-фахівця оновити його.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="729"/>
        <source>The database “{dbname}” lacks the search extension pg_trgm, and “{user}” may not add it. Ask your IT provider to run “CREATE EXTENSION pg_trgm;” in that database as its owner (package postgresql-contrib on older servers).</source>
        <translation>У базі даних «{dbname}» немає розширення пошуку pg_trgm, а користувач «{user}» не може його додати. Попросіть свого ІТ-фахівця виконати «CREATE EXTENSION pg_trgm;» у цій базі даних від імені її власника (на старих серверах — пакет postgresql-contrib).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="736"/>
        <source>The user “{user}” may only read the database “{dbname}”, but clinicrep needs to write to it. Ask your IT provider to give this user the right to write (and to create tables, for a new database).</source>
        <translation>Користувач «{user}» може лише читати базу даних «{dbname}», а clinicrep потрібно до неї записувати. Попросіть свого ІТ-фахівця надати цьому користувачу право запису (і створення таблиць — для нової бази даних).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="743"/>
        <source>This copy of clinicrep cannot talk to a PostgreSQL server. Install clinicrep from its installer, or add the “postgres” extra (pip install &apos;clinicrep[postgres]&apos;).</source>
        <translation>Ця копія clinicrep не вміє працювати із сервером PostgreSQL. Установіть clinicrep за допомогою інсталятора або додайте доповнення «postgres» (pip install &apos;clinicrep[postgres]&apos;).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="749"/>
        <source>The database server {host}:{port} refused the connection. Check the settings in Settings → Database; the details say what the server answered.</source>
        <translation>Сервер бази даних {host}:{port} відхилив з’єднання. Перевірте параметри в розділі «Налаштування → База даних»; у подробицях зазначено відповідь сервера.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="755"/>
        <source>The shared database server could not be reached or refused the connection. Use “Test connection” in Settings → Database: it says what to change.</source>
        <translation>Не вдалося зв’язатися зі спільним сервером бази даних, або він відхилив з’єднання. Натисніть «Перевірити з’єднання» в розділі «Налаштування → База даних»: там буде сказано, що змінити.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="761"/>
        <source>The database server runs PostgreSQL {found}; clinicrep needs version {needed} or newer. Ask your IT provider to upgrade it.</source>
        <translation>На сервері бази даних працює PostgreSQL {found}; clinicrep потрібна версія {needed} або новіша. Попросіть свого ІТ-фахівця оновити його.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="767"/>
        <source>The database server lacks the extension {name} that clinicrep&apos;s search needs. Ask your IT provider to run “CREATE EXTENSION {name};” in clinicrep&apos;s database as its owner.</source>
        <translation>На сервері бази даних немає розширення {name}, потрібного для пошуку clinicrep. Попросіть свого ІТ-фахівця виконати «CREATE EXTENSION {name};» у базі даних clinicrep від імені її власника.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="774"/>
        <source>The database server refused to save the change: this user may only read, or the server is a read-only copy. Ask your IT provider to give the user the right to write.</source>
        <translation>Сервер бази даних не дав зберегти зміну: цьому користувачу дозволено лише читання, або сервер — копія лише для читання. Попросіть свого ІТ-фахівця надати користувачу право запису.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="781"/>
        <source>“{value}” names no store. Write a PostgreSQL address like postgresql://user@server:5432/clinicrep, or “sqlite” for this PC&apos;s own file.</source>
        <translation>«{value}» не вказує на сховище. Укажіть адресу PostgreSQL на зразок postgresql://user@server:5432/clinicrep або «sqlite» для власного файлу цього ПК.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="787"/>
        <source>“{path}” is a file, but not a clinicrep store, so nothing was copied. Choose another file name, or add --replace to replace it (it is kept aside in the backups folder first).</source>
        <translation>«{path}» — це файл, але не сховище clinicrep, тому нічого не скопійовано. Виберіть іншу назву файлу або додайте --replace, щоб замінити його (спершу його буде збережено в папці backups).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="794"/>
        <source>The target already holds {count} reviews, so nothing was copied. Add --replace to replace them (a SQLite file is kept aside in the backups folder first).</source>
        <translation>У цільовому сховищі вже є відгуки ({count}), тому нічого не скопійовано. Додайте --replace, щоб замінити їх (файл SQLite спершу зберігається в папці backups).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="800"/>
        <source>The copy of the table “{table}” has {copied} rows instead of {expected}, so it was not used; your store is unchanged. Try again; if it happens again, send the log to support.</source>
        <translation>У копії таблиці «{table}» {copied} рядків замість {expected}, тому її не використано; ваше сховище не змінилося. Спробуйте ще раз; якщо це повториться, надішліть журнал до підтримки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="811"/>
        <source>That is the store this PC uses already; nothing was copied.</source>
        <translation>Цей ПК уже використовує це сховище; нічого не скопійовано.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="406"/>
        <location filename="../../src/clinicrep/messages.py" line="814"/>
        <source>Something went wrong. Try again; if it persists, send the details to support.</source>
        <translation>Щось пішло не так. Спробуйте ще раз; якщо помилка повториться, надішліть подробиці до служби підтримки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="325"/>
        <source>While the owner approves replies, this PC marks a review answered only once its reply is approved. Press “Ask for approval”, or ask the owner to mark it answered.</source>
        <translation>Поки відповіді схвалює власник, цей комп’ютер може позначити відгук як «відповідь надано» лише після схвалення відповіді. Натисніть «Надіслати на схвалення» або попросіть власника позначити його.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="612"/>
        <source>The AI service sent an answer of more than {mb} MB, far more than a reply, so the composed draft is shown instead. Check the service and the model in File → Settings… → Drafting.</source>
        <translation>Сервіс ШІ надіслав відповідь понад {mb} МБ — набагато більше за будь-яку відповідь на відгук, тому показано складену чернетку. Перевірте сервіс і модель у розділі «Файл → Налаштування… → Чернетки».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="50"/>
        <source>The shared review database is busy: another PC was changing the same reviews at that moment. Try again in a moment.</source>
        <translation>Спільна база відгуків зайнята: саме тоді інший комп’ютер змінював ті самі відгуки. Спробуйте ще раз за хвилину.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="527"/>
        <source>This file is not a readable table: it holds binary data, not text (a damaged download, or another kind of file with a .csv name). Nothing was imported. Export the reviews from the platform again as CSV or Excel and import the new file.</source>
        <translation>Цей файл не читається як таблиця: у ньому двійкові дані, а не текст (пошкоджене завантаження або файл іншого типу з назвою .csv). Нічого не імпортовано. Вивантажте відгуки з майданчика ще раз у CSV або Excel та імпортуйте новий файл.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="56"/>
        <source>The review database is busy: a check for new reviews is writing to it (in this or another clinicrep window, or the check while the window is closed). Wait a minute and try again.</source>
        <translation>База відгуків зайнята: у неї записує перевірка нових відгуків (у цьому чи іншому вікні clinicrep або перевірка, коли вікно закрите). Зачекайте хвилину й спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="62"/>
        <source>The review database is busy in another program (perhaps another clinicrep window, a backup or an antivirus). Wait a minute and try again; if it stays busy, close that program.</source>
        <translation>База відгуків зайнята іншою програмою (можливо, іншим вікном clinicrep, резервним копіюванням або антивірусом). Зачекайте хвилину й спробуйте ще раз; якщо вона й далі зайнята, закрийте ту програму.</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="158"/>
        <source>{source}: last full check (edits and deletions) {when}</source>
        <translation>{source}: остання повна перевірка (зміни та видалення) {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="153"/>
        <source>{source}: no full check yet (edits and deletions are noticed after the first one)</source>
        <translation>{source}: повної перевірки ще не було (зміни та видалення стануть помітні після першої)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="102"/>
        <source>clinicrep has not been able to check for new reviews for more than {hours} hours.</source>
        <translation>Уже понад {hours} год clinicrep не може перевірити нові відгуки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="111"/>
        <source>Not checked yet. Turn on the scheduled checks in Settings, or open clinicrep.</source>
        <translation>Ще не перевірялося. Увімкніть перевірки за розкладом у налаштуваннях або відкрийте clinicrep.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="116"/>
        <source>The last check did not finish. Open clinicrep and press Check for new reviews.</source>
        <translation>Остання перевірка не завершилася. Відкрийте clinicrep і натисніть «Перевірити нові відгуки».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="121"/>
        <source>{source}: {reason}</source>
        <translation>{source}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="131"/>
        <source>{source}: no successful check yet</source>
        <translation>{source}: успішних перевірок ще не було</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="135"/>
        <source>{source}: last successful check {when}</source>
        <translation>{source}: остання успішна перевірка {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="209"/>
        <source>Scheduled check ({mechanism})</source>
        <translation>Перевірка за розкладом ({mechanism})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="211"/>
        <source>Start in the tray at login ({mechanism})</source>
        <translation>Запуск у треї під час входу в систему ({mechanism})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="223"/>
        <source>Nothing is installed: reviews are checked only while the window is open.</source>
        <translation>Нічого не встановлено: відгуки перевіряються, лише коли вікно відкрите.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="243"/>
        <source>Last scheduled runs:</source>
        <translation>Останні запуски за розкладом:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="250"/>
        <source>%n e-mail(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n лист очікує на надсилання.</numerusform>
            <numerusform>%n листи очікують на надсилання.</numerusform>
            <numerusform>%n листів очікують на надсилання.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringBanner</name>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="176"/>
        <source>Monitoring</source>
        <translation>Моніторинг</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="181"/>
        <source>Hide</source>
        <translation>Сховати</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/alerts.py" line="213"/>
        <source>%n new review(s) since you last looked.</source>
        <translation>
            <numerusform>%n новий відгук з часу вашого останнього перегляду.</numerusform>
            <numerusform>%n нові відгуки з часу вашого останнього перегляду.</numerusform>
            <numerusform>%n нових відгуків з часу вашого останнього перегляду.</numerusform>
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
        <translation>Моніторинг</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="60"/>
        <source>Check for new reviews also while clinicrep is closed</source>
        <translation>Перевіряти нові відгуки, навіть коли clinicrep закрито</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="65"/>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="67"/>
        <source>Start clinicrep in the tray when I log in</source>
        <translation>Запускати clinicrep у треї під час входу в систему</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="71"/>
        <source> h</source>
        <translation> год</translation>
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
        <translation>Немає</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="90"/>
        <source>empty: the saved one is kept</source>
        <translation>порожньо — збережений лишається</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="92"/>
        <source>saved securely on this computer; leave empty to keep the saved one</source>
        <translation>надійно зберігається на цьому комп’ютері; залиште порожнім, щоб не змінювати збережений</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="97"/>
        <source>one or more addresses, separated by commas</source>
        <translation>одна або кілька адрес через кому</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="101"/>
        <source>Send one e-mail a day with the alerts (digest)</source>
        <translation>Надсилати один лист на день з усіма сповіщеннями (зведення)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="103"/>
        <source>Send a test message</source>
        <translation>Надіслати тестовий лист</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="120"/>
        <source>Your system runs a check at the interval below, with no window open.</source>
        <translation>Система сама запускає перевірку з інтервалом, указаним нижче, без відкритого вікна.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="124"/>
        <source>Check every:</source>
        <translation>Перевіряти кожні:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="126"/>
        <source>How often those checks run.</source>
        <translation>Як часто виконуються ці перевірки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="132"/>
        <source>An icon beside the clock shows alerts; click it to open the window.</source>
        <translation>Значок поруч із годинником показує сповіщення; клацніть його, щоб відкрити вікно.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="136"/>
        <source>Warn when no check succeeded for:</source>
        <translation>Попереджати, якщо немає успішних перевірок протягом:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="138"/>
        <source>So that a platform that stopped answering does not go unnoticed.</source>
        <translation>Щоб не пропустити, що платформа перестала відповідати.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="142"/>
        <source>Mail server:</source>
        <translation>Поштовий сервер:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="144"/>
        <source>Your e-mail provider&apos;s outgoing (SMTP) server, for alert e-mails.</source>
        <translation>Сервер вихідної пошти (SMTP) вашого поштового провайдера — для листів зі сповіщеннями.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="148"/>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="150"/>
        <source>Usually 587 with STARTTLS or 465 with SSL/TLS.</source>
        <translation>Зазвичай 587 для STARTTLS або 465 для SSL/TLS.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="154"/>
        <source>Security:</source>
        <translation>Захист:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="156"/>
        <source>How the connection to the mail server is protected.</source>
        <translation>Як захищено з’єднання з поштовим сервером.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="160"/>
        <source>User name:</source>
        <translation>Ім’я користувача:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="162"/>
        <source>The account name on the mail server, often the e-mail address.</source>
        <translation>Ім’я облікового запису на поштовому сервері, часто це адреса пошти.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="166"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="169"/>
        <source>Saved securely in this computer&apos;s password store, never in clinicrep&apos;s files.</source>
        <translation>Надійно зберігається у сховищі паролів цього комп’ютера, ніколи — у файлах clinicrep.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="174"/>
        <source>From address:</source>
        <translation>Адреса відправника:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="176"/>
        <source>The sender of the alert e-mails.</source>
        <translation>Відправник листів зі сповіщеннями.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="180"/>
        <source>Send alerts to:</source>
        <translation>Надсилати сповіщення на:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="182"/>
        <source>Who receives the alert e-mails.</source>
        <translation>Хто отримує листи зі сповіщеннями.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="186"/>
        <source>Quiet hours from:</source>
        <translation>Тихі години з:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="188"/>
        <source>From this hour on, alert e-mails wait until the quiet hours end.</source>
        <translation>З цієї години листи зі сповіщеннями чекають кінця тихих годин.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="192"/>
        <source>Quiet hours until:</source>
        <translation>Тихі години до:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="194"/>
        <source>The hour at which the held alert e-mails go out.</source>
        <translation>Година, коли відкладені листи зі сповіщеннями надсилаються.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="200"/>
        <source>All of a day&apos;s alerts in one e-mail instead of one e-mail each.</source>
        <translation>Усі сповіщення за день — одним листом, а не листом на кожне.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="205"/>
        <source>Installed on this computer:</source>
        <translation>Встановлено на цьому комп’ютері:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="207"/>
        <source>What your system runs for clinicrep now, with the exact commands.</source>
        <translation>Що система зараз запускає для clinicrep, з точними командами.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="230"/>
        <source>off</source>
        <translation>вимк.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="231"/>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="246"/>
        <source>Nothing: reviews are checked only while the window is open.</source>
        <translation>Нічого: відгуки перевіряються, лише коли вікно відкрите.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="279"/>
        <source>“{text}” is not an e-mail address. Write each address that gets alerts like name@your-practice.com, separated by commas.</source>
        <translation>«{text}» — це не адреса електронної пошти. Пишіть кожну адресу для сповіщень у вигляді name@your-practice.com, через кому.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="313"/>
        <source>Sending…</source>
        <translation>Надсилання…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="322"/>
        <source>Sent. Check the mailbox of each address.</source>
        <translation>Надіслано. Перевірте поштову скриньку кожної адреси.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="328"/>
        <source>Fill in the mail server and at least one address first.</source>
        <translation>Спершу вкажіть поштовий сервер і принаймні одну адресу.</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message numerus="yes">
        <source>{topic} was named in %n complaints, up from {before}.</source>
        <translation>
            <numerusform>{topic}: скарг — %n, минулого місяця — {before}.</numerusform>
            <numerusform>{topic}: скарг — %n, минулого місяця — {before}.</numerusform>
            <numerusform>{topic}: скарг — %n, минулого місяця — {before}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{aspect} (reviews: %n)</source>
        <translation>
            <numerusform>{aspect} (відгуків: %n)</numerusform>
            <numerusform>{aspect} (відгуків: %n)</numerusform>
            <numerusform>{aspect} (відгуків: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews of this month and earlier still unanswered at the end of the month: %n. Answer them, oldest first.</source>
        <translation>
            <numerusform>Відгуків (цього й попередніх місяців) без відповіді на кінець місяця: %n. Дайте відповідь, починаючи з найстаріших.</numerusform>
            <numerusform>Відгуків (цього й попередніх місяців) без відповіді на кінець місяця: %n. Дайте відповідь, починаючи з найстаріших.</numerusform>
            <numerusform>Відгуків (цього й попередніх місяців) без відповіді на кінець місяця: %n. Дайте відповідь, починаючи з найстаріших.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews from earlier months still unanswered at the end of the month: %n.</source>
        <translation>
            <numerusform>Відгуків за попередні місяці без відповіді на кінець місяця: %n.</numerusform>
            <numerusform>Відгуків за попередні місяці без відповіді на кінець місяця: %n.</numerusform>
            <numerusform>Відгуків за попередні місяці без відповіді на кінець місяця: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Patients praised {topic} most often (%n review(s)): tell the team.</source>
        <translation>
            <numerusform>Найчастіше пацієнти хвалили тему «{topic}» (відгуків: %n): розкажіть про це команді.</numerusform>
            <numerusform>Найчастіше пацієнти хвалили тему «{topic}» (відгуків: %n): розкажіть про це команді.</numerusform>
            <numerusform>Найчастіше пацієнти хвалили тему «{topic}» (відгуків: %n): розкажіть про це команді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the month before, %n reviews were received.</source>
        <translation>
            <numerusform>Попереднього місяця отримано відгуків: %n.</numerusform>
            <numerusform>Попереднього місяця отримано відгуків: %n.</numerusform>
            <numerusform>Попереднього місяця отримано відгуків: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="377"/>
        <source>Only {share} of this month&apos;s reviews were answered within {hours} h. Patients and platforms notice quick answers.</source>
        <translation>Лише на {share} відгуків цього місяця відповіли протягом {hours} год. Пацієнти й платформи помічають швидкі відповіді.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="390"/>
        <source>The average rating fell from {before} to {now}. The complaints below say why.</source>
        <translation>Середня оцінка знизилася з {before} до {now}. Причини — у скаргах нижче.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="403"/>
        <source>Negative reviews rose to {now} of all reviews, from {before}.</source>
        <translation>Частка негативних відгуків зросла з {before} до {now}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/reports/monthly.py" line="412"/>
        <source>Alerts of this month not yet acknowledged: %n. Open them in the inbox.</source>
        <translation>
            <numerusform>Непідтверджених сповіщень за цей місяць: %n. Відкрийте їх у вкладці «Вхідні».</numerusform>
            <numerusform>Непідтверджених сповіщень за цей місяць: %n. Відкрийте їх у вкладці «Вхідні».</numerusform>
            <numerusform>Непідтверджених сповіщень за цей місяць: %n. Відкрийте їх у вкладці «Вхідні».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="420"/>
        <source>Nothing needs special attention this month. Keep answering every review within a day.</source>
        <translation>Цього місяця ніщо не потребує особливої уваги. І надалі відповідайте на кожен відгук протягом доби.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="309"/>
        <source>{points} pts</source>
        <translation>{points} в. п.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="333"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="424"/>
        <source>Reviews received</source>
        <translation>Отримано відгуків</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="339"/>
        <source>Average rating (of 5)</source>
        <translation>Середня оцінка (з 5)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="346"/>
        <source>Positive reviews</source>
        <translation>Позитивні відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="352"/>
        <source>Negative reviews</source>
        <translation>Негативні відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="365"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="373"/>
        <source>Answered within {hours} h</source>
        <translation>Відповіли протягом {hours} год</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="381"/>
        <source>Median time to answer</source>
        <translation>Медіанний час відповіді</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="410"/>
        <source>Change</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="416"/>
        <source>No reviews in this period.</source>
        <translation>За цей період відгуків немає.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="418"/>
        <source>Rating over the last 12 months</source>
        <translation>Оцінка за останні 12 місяців</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="423"/>
        <source>Average rating</source>
        <translation>Середня оцінка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="428"/>
        <source>Reviews per platform</source>
        <translation>Відгуки за платформами</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="446"/>
        <source>{name}: {share} ({count})</source>
        <translation>{name}: {share} ({count})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="449"/>
        <source>Not analysed yet</source>
        <translation>Ще не проаналізовано</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="456"/>
        <source>Sentiment of the month&apos;s reviews</source>
        <translation>Тональність відгуків за місяць</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="463"/>
        <source>Most praised</source>
        <translation>Найчастіші похвали</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="472"/>
        <source>Most complained about</source>
        <translation>Найчастіші скарги</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="481"/>
        <source>Charts</source>
        <translation>Діаграми</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="495"/>
        <source>What patients praised</source>
        <translation>Що хвалили пацієнти</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="468"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="496"/>
        <source>Nothing in particular was praised.</source>
        <translation>Нічого конкретного не хвалили.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="500"/>
        <source>What patients complained about</source>
        <translation>На що скаржилися пацієнти</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="477"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="501"/>
        <source>Nothing in particular was blamed.</source>
        <translation>Конкретних скарг не було.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="296"/>
        <source>{part} of {whole}</source>
        <translation>{part} з {whole}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="358"/>
        <source>This month&apos;s reviews answered</source>
        <translation>Відгуки місяця з відповіддю</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="390"/>
        <source>Answers given, to reviews of any month</source>
        <translation>Відповіді за місяць (на будь-які відгуки)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="396"/>
        <source>Unanswered at month end, all months</source>
        <translation>Без відповіді на кінець місяця, усі місяці</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="518"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="544"/>
        <source>in {language}</source>
        <translation>мова: {language}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="549"/>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="556"/>
        <source>(no text, rating only)</source>
        <translation>(без тексту, лише оцінка)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="562"/>
        <source>Our public reply</source>
        <translation>Наша публічна відповідь</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="564"/>
        <source>Our public reply, {date}</source>
        <translation>Наша публічна відповідь, {date}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="571"/>
        <source>Not answered yet.</source>
        <translation>Відповіді ще немає.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="579"/>
        <source>Internal note (not public)</source>
        <translation>Внутрішня примітка (не для публікації)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="581"/>
        <source>Unpublished draft reply (not public)</source>
        <translation>Неопублікована чернетка відповіді (не для публікації)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="589"/>
        <source>The month&apos;s most important reviews</source>
        <translation>Найважливіші відгуки місяця</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="593"/>
        <source>Complaints that need attention</source>
        <translation>Скарги, що потребують уваги</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="604"/>
        <source>Every complaint of this month has been dealt with.</source>
        <translation>Усі скарги цього місяця вже опрацьовано.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="613"/>
        <source>No negative reviews this month.</source>
        <translation>Цього місяця негативних відгуків не було.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="621"/>
        <source>Complaints of this month already answered</source>
        <translation>Скарги цього місяця, на які вже відповіли</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="633"/>
        <source>Warm words from patients</source>
        <translation>Теплі слова пацієнтів</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="644"/>
        <source>No positive reviews with text this month.</source>
        <translation>Цього місяця не було позитивних відгуків із текстом.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="655"/>
        <source>Spike of negative reviews</source>
        <translation>Сплеск негативних відгуків</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="657"/>
        <source>Urgent review</source>
        <translation>Терміновий відгук</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="658"/>
        <source>Alert</source>
        <translation>Сповіщення</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="664"/>
        <source>Acknowledged on {date}.</source>
        <translation>Підтверджено {date}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="670"/>
        <source>The review was answered on {date}.</source>
        <translation>На відгук відповіли {date}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="676"/>
        <source>The review&apos;s status: {status}.</source>
        <translation>Статус відгуку: {status}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="681"/>
        <source>Nothing has been done about it yet.</source>
        <translation>Жодних дій ще не вжито.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="685"/>
        <source>Alerts and spikes</source>
        <translation>Сповіщення та сплески</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="689"/>
        <source>No alerts were raised this month.</source>
        <translation>Цього місяця сповіщень не було.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="703"/>
        <source>What was done: {done}</source>
        <translation>Що зроблено: {done}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="716"/>
        <source>Things to act on</source>
        <translation>Що варто зробити</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="735"/>
        <source>Location: {location}</source>
        <translation>Філія: {location}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="739"/>
        <source>All locations</source>
        <translation>Усі філії</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="749"/>
        <source>Made on {date}</source>
        <translation>Створено {date}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="753"/>
        <source>Includes internal notes: not for publication.</source>
        <translation>Містить внутрішні примітки: не для публікації.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="759"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="843"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="867"/>
        <source>Monthly review summary</source>
        <translation>Щомісячний звіт про відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="769"/>
        <source>No reviews were received in {month}.</source>
        <translation>{month}: відгуків не надходило.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="804"/>
        <source>The month in figures</source>
        <translation>Місяць у цифрах</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="855"/>
        <source>Page {page} of {pages}</source>
        <translation>Сторінка {page} з {pages}</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="94"/>
        <source>Monthly summary</source>
        <translation>Щомісячний звіт</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="96"/>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="103"/>
        <source>Paper size</source>
        <translation>Розмір паперу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="104"/>
        <source>A4 (Europe and most countries)</source>
        <translation>A4 (Європа та більшість країн)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="105"/>
        <source>US Letter (United States and Canada)</source>
        <translation>US Letter (США та Канада)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="106"/>
        <source>Include internal notes (only for the practice&apos;s eyes)</source>
        <translation>Включити внутрішні примітки (лише для працівників клініки)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="110"/>
        <source>Location</source>
        <translation>Філія</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="111"/>
        <source>Whole practice (all locations)</source>
        <translation>Уся клініка (усі філії)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="115"/>
        <source>Month:</source>
        <translation>Місяць:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="117"/>
        <source>Location:</source>
        <translation>Філія:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="120"/>
        <source>Paper:</source>
        <translation>Папір:</translation>
    </message>
</context>
<context>
    <name>NameThisPcDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="115"/>
        <source>Who uses this PC?</source>
        <translation>Хто працює за цим комп’ютером?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="118"/>
        <source>This review database is shared with other PCs. Give this PC a name the others will see, such as “Anna (reception)”.</source>
        <translation>Ця база даних відгуків спільна з іншими комп’ютерами. Дайте цьому комп’ютеру ім’я, яке побачать інші, наприклад «Анна (реєстратура)».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="129"/>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="130"/>
        <source>Later</source>
        <translation>Пізніше</translation>
    </message>
</context>
<context>
    <name>PasteCli</name>
    <message numerus="yes">
        <source>%n review(s) found.</source>
        <translation>
            <numerusform>Знайдено %n відгук.</numerusform>
            <numerusform>Знайдено %n відгуки.</numerusform>
            <numerusform>Знайдено %n відгуків.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="480"/>
        <source>replied</source>
        <translation>є відповідь</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="284"/>
        <source>no rating</source>
        <translation>без оцінки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="308"/>
        <source>Paste reviews</source>
        <translation>Вставити відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="321"/>
        <source>Website the reviews come from</source>
        <translation>Сайт, з якого відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="325"/>
        <source>Name of the source</source>
        <translation>Назва джерела</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="328"/>
        <source>Language of the reviews</source>
        <translation>Мова відгуків</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="329"/>
        <source>Detect from the text</source>
        <translation>Визначити за текстом</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="346"/>
        <source>Reviews found</source>
        <translation>Знайдені відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="361"/>
        <source>Text of the selected review</source>
        <translation>Текст вибраного відгуку</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="364"/>
        <source>Practice&apos;s reply to the selected review</source>
        <translation>Відповідь практики на вибраний відгук</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="370"/>
        <source>Review text:</source>
        <translation>Текст відгуку:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="371"/>
        <source>Practice&apos;s reply:</source>
        <translation>Відповідь практики:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="385"/>
        <source>&amp;Merge with the next</source>
        <translation>&amp;Об&apos;єднати з наступним</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="387"/>
        <source>One review was read as two: join the selected row and the one below it.</source>
        <translation>Один відгук прочитано як два: об&apos;єднати вибраний рядок із наступним.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="390"/>
        <source>S&amp;plit at the cursor</source>
        <translation>&amp;Розділити за курсором</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="393"/>
        <source>Two reviews were read as one: put the cursor in the text where the second one starts.</source>
        <translation>Два відгуки прочитано як один: поставте курсор у тексті туди, де починається другий.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="398"/>
        <source>&amp;Delete rows</source>
        <translation>&amp;Видалити рядки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="400"/>
        <source>&amp;Add a row</source>
        <translation>&amp;Додати рядок</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="402"/>
        <source>Paste m&amp;ore</source>
        <translation>Вставити &amp;ще</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="405"/>
        <source>Copy the next part of the page first: the reviews it holds are added below, each once.</source>
        <translation>Спочатку скопіюйте наступну частину сторінки: її відгуки додадуться нижче, кожен один раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="436"/>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="437"/>
        <source>Source name:</source>
        <translation>Назва джерела:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="438"/>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="473"/>
        <source>The clipboard is empty. Select the reviews on the page, copy them (Ctrl+C) and choose “Paste more”.</source>
        <translation>Буфер обміну порожній. Виділіть відгуки на сторінці, скопіюйте їх (Ctrl+C) і натисніть «Вставити ще».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="485"/>
        <source>Reading what you copied…</source>
        <translation>Читаємо скопійоване…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="511"/>
        <source>The clipboard held more than a review page; only its beginning was read.</source>
        <translation>У буфері обміну більше, ніж сторінка відгуків; прочитано лише початок.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="525"/>
        <source>The copied text could not be split into reviews; it is kept as one row to split by hand.</source>
        <translation>Скопійований текст не вдалося розділити на відгуки; його збережено одним рядком, розділіть його вручну.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="585"/>
        <source>Put the cursor in the review text where the second review starts, then split.</source>
        <translation>Поставте курсор у тексті відгуку туди, де починається другий відгук, і розділіть.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="613"/>
        <source>Add the reviews ({n})</source>
        <translation>Додати відгуки ({n})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="622"/>
        <source>Reviews found: {n}. Check them before they are added: double-click a cell to correct it; nothing is stored until you confirm.</source>
        <translation>Знайдено відгуків: {n}. Перевірте їх перед додаванням: двічі клацніть клітинку, щоб виправити; нічого не зберігається, доки ви не підтвердите.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="638"/>
        <source>Adding the reviews…</source>
        <translation>Додаємо відгуки…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="658"/>
        <source>The reviews were not added: {reason}</source>
        <translation>Відгуки не додано: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="672"/>
        <source>Close without adding these reviews? Your corrections to them will be lost.</source>
        <translation>Закрити, не додавши ці відгуки? Ваші виправлення в них буде втрачено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="352"/>
        <source>Select all rows</source>
        <translation>Виділити всі рядки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="674"/>
        <source>Close without adding</source>
        <translation>Закрити, не додаючи</translation>
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
        <translation>Оцінка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="119"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="120"/>
        <source>Review text</source>
        <translation>Текст відгуку</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="121"/>
        <source>Practice&apos;s reply</source>
        <translation>Відповідь практики</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="137"/>
        <source>no date</source>
        <translation>без дати</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="153"/>
        <source>No date was found: the review will be dated today. Double-click to enter it.</source>
        <translation>Дату не знайдено: відгук отримає сьогоднішню дату. Двічі клацніть, щоб ввести її.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="157"/>
        <source>The page said how long ago, not the date: this date is approximate.</source>
        <translation>На сторінці було вказано, скільки часу минуло, а не дату: ця дата приблизна.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="190"/>
        <source>“{value}” is not a date clinicrep can read; try 2026-11-23.</source>
        <translation>«{value}» — не дата, яку clinicrep може прочитати; спробуйте 2026-11-23.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="201"/>
        <source>A rating is 1 to 5 stars, or 0 for none.</source>
        <translation>Оцінка — від 1 до 5 зірок або 0, якщо її немає.</translation>
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
        <translation>Нічого нового: ці відгуки вже є в джерелі {source}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/pasting.py" line="127"/>
        <source>Reviews added to {source}: {n}.</source>
        <translation>Додано відгуків до {source}: {n}.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/clinicrep/i18n.py" line="31"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Перегляд у:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/i18n.py" line="32"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлів:</translation>
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
        <translation>Тип відповіді</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="181"/>
        <source>Start from the template</source>
        <translation>Почати з шаблону</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="183"/>
        <source>Draft reply</source>
        <translation>Чернетка відповіді</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="186"/>
        <source>Write a first draft that answers what this review says (Ctrl+D)</source>
        <translation>Скласти чернетку, що відповідає на те, про що цей відгук (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="195"/>
        <source>Reply:</source>
        <translation>Відповідь:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="224"/>
        <source>Reply text</source>
        <translation>Текст відповіді</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="225"/>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="417"/>
        <source>Write the practice&apos;s public reply here.</source>
        <translation>Напишіть тут публічну відповідь клініки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="235"/>
        <source>Confidentiality problems</source>
        <translation>Проблеми конфіденційності</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="240"/>
        <source>Checklist</source>
        <translation>Контрольний список</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="255"/>
        <source>Privacy check: change this before publishing</source>
        <translation>Перевірка конфіденційності: виправте перед публікацією</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="260"/>
        <source>Checklist for this reply</source>
        <translation>Контрольний список для цієї відповіді</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="282"/>
        <source>Publish</source>
        <translation>Опублікувати</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="284"/>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1265"/>
        <source>Post the reply on the platform (Ctrl+Enter)</source>
        <translation>Опублікувати відповідь на платформі (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="286"/>
        <source>Publish anyway…</source>
        <translation>Усе одно опублікувати…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="288"/>
        <source>Confirm that each highlighted passage may be published</source>
        <translation>Підтвердьте, що кожен виділений фрагмент можна опублікувати</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="291"/>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="464"/>
        <source>Copy and open page</source>
        <translation>Копіювати й відкрити сторінку</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="293"/>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="411"/>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="419"/>
        <source>Mark answered</source>
        <translation>Позначити: відповідь надано</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="296"/>
        <source>Ask for approval</source>
        <translation>Надіслати на схвалення</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="299"/>
        <source>Put the reply in front of the owner, who approves and publishes it</source>
        <translation>Передати відповідь власникові: він схвалить і опублікує її</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="302"/>
        <source>Approve and publish</source>
        <translation>Схвалити й опублікувати</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="305"/>
        <source>Approve</source>
        <translation>Схвалити</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="307"/>
        <source>Approve this text; publish it later</source>
        <translation>Схвалити цей текст і опублікувати пізніше</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="309"/>
        <source>Send back…</source>
        <translation>Повернути…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="312"/>
        <source>Return the reply to the receptionist with a comment</source>
        <translation>Повернути відповідь адміністраторові з коментарем</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="402"/>
        <source>Select a review in the list to answer it.</source>
        <translation>Виберіть відгук у списку, щоб відповісти на нього.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="464"/>
        <source>Copy the reply</source>
        <translation>Скопіювати відповідь</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="470"/>
        <source>Published on {date}. Publishing again replaces it.</source>
        <translation>Опубліковано {date}. Повторна публікація замінить цю відповідь.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="482"/>
        <source>The last attempt to publish failed. You can try again.</source>
        <translation>Остання спроба опублікувати не вдалася. Можете спробувати ще раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="486"/>
        <source>clinicrep cannot post replies on this site: copy the reply, paste it on the review&apos;s page, then confirm here that you pasted it.</source>
        <translation>На цьому сайті clinicrep не може публікувати відповіді: скопіюйте відповідь, вставте її на сторінці відгуку, а потім підтвердьте тут, що вставили її.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="521"/>
        <source>Waiting for approval: the owner reads the reply before it is published. You can still change it.</source>
        <translation>Чекає схвалення: власник прочитає відповідь до публікації. Її ще можна змінити.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="526"/>
        <source>Sent back by {who}: “{comment}” Change the reply, then ask for approval again.</source>
        <translation>Повернуто ({who}): «{comment}» Виправте відповідь і знову надішліть її на схвалення.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="529"/>
        <source>Approved by {who}. The owner publishes it.</source>
        <translation>Схвалено ({who}). Опублікує власник.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="534"/>
        <source>Replies written on this PC are published once the owner approves them.</source>
        <translation>Відповіді, написані на цьому комп’ютері, публікуються після схвалення власника.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="539"/>
        <source>Waiting for approval, written on {who}. Change it if needed, then approve it or send it back with a comment.</source>
        <translation>Чекає схвалення, написано на комп’ютері «{who}». За потреби змініть її, потім схваліть або поверніть із коментарем.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="543"/>
        <source>Sent back to {who}: “{comment}”</source>
        <translation>Повернуто на комп’ютер «{who}»: «{comment}»</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="547"/>
        <source>Approved by {who}.</source>
        <translation>Схвалено ({who}).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="603"/>
        <source>Sent to the owner for approval.</source>
        <translation>Надіслано власникові на схвалення.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="615"/>
        <source>Approved. Publish it when you are ready.</source>
        <translation>Схвалено. Опублікуйте, коли будете готові.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="637"/>
        <source>Sent back with your comment.</source>
        <translation>Повернуто з вашим коментарем.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="739"/>
        <source>Reply templates</source>
        <translation>Шаблони відповідей</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="741"/>
        <source>There is no “{kind}” template in this review&apos;s language. Add one in Review → Reply templates…, or write the reply yourself.</source>
        <translation>Для мови цього відгуку немає шаблону «{kind}». Додайте його в меню Відгук → Шаблони відповідей… або напишіть відповідь самі.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="751"/>
        <source>Templates for this reply</source>
        <translation>Шаблони для цієї відповіді</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="824"/>
        <source>Replace the reply?</source>
        <translation>Замінити відповідь?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="998"/>
        <source>Checking the reply…</source>
        <translation>Перевіряємо відповідь…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1320"/>
        <source>Later than your aim: %n minute(s) left to answer</source>
        <translation>
            <numerusform>Пізніше, ніж заплановано: на відповідь залишилася %n хвилина</numerusform>
            <numerusform>Пізніше, ніж заплановано: на відповідь залишилося %n хвилини</numerusform>
            <numerusform>Пізніше, ніж заплановано: на відповідь залишилося %n хвилин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1321"/>
        <source>Answer within %n minute(s)</source>
        <translation>
            <numerusform>Дайте відповідь протягом %n хвилини</numerusform>
            <numerusform>Дайте відповідь протягом %n хвилин</numerusform>
            <numerusform>Дайте відповідь протягом %n хвилин</numerusform>
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
        <translation>{name} відповідає на цей відгук на іншому комп’ютері. Ви можете читати відповідь під час написання; відповісти зможете, коли колега закінчить.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="773"/>
        <source>Replace the text in the reply box with the template? You can get your text back with Ctrl+Z.</source>
        <translation>Замінити текст у полі відповіді шаблоном? Повернути свій текст можна клавішами Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="830"/>
        <source>Replace</source>
        <translation>Замінити</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="803"/>
        <source>A draft: read it, change what you like, then publish it yourself.</source>
        <translation>Це чернетка: прочитайте, змініть що хочете й опублікуйте самі.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="477"/>
        <source>Sending was interrupted. clinicrep looks at the platform the next time it checks for new reviews, before anything is sent again.</source>
        <translation>Надсилання перервалося. Перш ніж надіслати щось знову, clinicrep подивиться на платформу під час наступної перевірки нових відгуків.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="815"/>
        <source>Replace the text in the reply box with a new draft? You can get your text back with Ctrl+Z.</source>
        <translation>Замінити текст у полі відповіді новою чернеткою? Свій текст можна повернути поєднанням Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="857"/>
        <source>the AI service</source>
        <translation>сервіс ШІ</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="894"/>
        <source>Asking the AI model for a draft… You can edit the draft below meanwhile.</source>
        <translation>Запитуємо чернетку в моделі ШІ… Тим часом можна правити чернетку нижче.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="937"/>
        <source>The AI draft arrived after you changed the text, so your text was kept. Press “Draft reply” again for a new one.</source>
        <translation>Чернетка ШІ надійшла після того, як ви змінили текст, тому ваш текст збережено. Натисніть «Чернетка відповіді» ще раз, щоб отримати нову.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="947"/>
        <source>A draft by the AI model, checked by the guard and the checklist. Read it, change what you like, then publish it yourself. Ctrl+Z brings back the composed draft.</source>
        <translation>Чернетка від моделі ШІ, перевірена захистом і чек-листом. Прочитайте, змініть що хочете й опублікуйте самі. Ctrl+Z поверне складену чернетку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="996"/>
        <source>Checking the long reply…</source>
        <translation>Перевіряємо довгу відповідь…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1079"/>
        <source>“{words}” — {rule}: {reason}</source>
        <translation>«{words}» — {rule}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1117"/>
        <source>Safer: “{rewrite}” (double-click to use it)</source>
        <translation>Безпечніше: «{rewrite}» (подвійне клацання — підставити)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1122"/>
        <source>Why: {law}</source>
        <translation>Підстава: {law}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1252"/>
        <source>{name} is replying to this review on another PC.</source>
        <translation>{name} відповідає на цей відгук на іншому комп’ютері.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1258"/>
        <source>A reward for reviews can never be published: remove it first.</source>
        <translation>Винагороду за відгуки публікувати не можна ніколи: спершу приберіть її.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1323"/>
        <source>Later than your aim: %n hour(s) left to answer</source>
        <translation>
            <numerusform>Пізніше, ніж заплановано: на відповідь залишилася %n година</numerusform>
            <numerusform>Пізніше, ніж заплановано: на відповідь залишилося %n години</numerusform>
            <numerusform>Пізніше, ніж заплановано: на відповідь залишилося %n годин</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1486"/>
        <source>Copied — paste it on the site. Then press “I pasted it” and the review is marked answered.</source>
        <translation>Скопійовано — вставте відповідь на сайті. Потім натисніть «Я вставив(ла) відповідь», і відгук буде позначено як відповідений.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1490"/>
        <source>I pasted it</source>
        <translation>Я вставив(ла) відповідь</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1082"/>
        <source>(confirmed by you)</source>
        <translation>(підтверджено вами)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1262"/>
        <source>Fix the highlighted passages first: a public reply must not say them.</source>
        <translation>Спершу виправте виділені фрагменти: у публічній відповіді їх не можна казати.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1306"/>
        <source>Answered or closed</source>
        <translation>Відповідь надано або відгук закрито</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1313"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Прострочено на %n день</numerusform>
            <numerusform>Прострочено на %n дні</numerusform>
            <numerusform>Прострочено на %n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1314"/>
        <source>Overdue by %n hour(s)</source>
        <translation>
            <numerusform>Прострочено на %n годину</numerusform>
            <numerusform>Прострочено на %n години</numerusform>
            <numerusform>Прострочено на %n годин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1324"/>
        <source>Answer within %n hour(s)</source>
        <translation>
            <numerusform>Дайте відповідь протягом %n години</numerusform>
            <numerusform>Дайте відповідь протягом %n годин</numerusform>
            <numerusform>Дайте відповідь протягом %n годин</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1337"/>
        <source>Publish passages the guard flagged?</source>
        <translation>Опублікувати фрагменти, позначені перевіркою?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1339"/>
        <source>A public reply must not confirm that someone is a patient or mention health details, dates, prices or full names. Regulators have fined practices for such replies.

{lines}

Publish these passages anyway? Your confirmation is recorded.</source>
        <translation>Публічна відповідь не повинна підтверджувати, що людина є пацієнтом, або згадувати дані про здоров’я, дати, ціни чи повні імена. Регулятори вже штрафували клініки за такі відповіді.

{lines}

Усе одно опублікувати ці фрагменти? Ваше підтвердження буде записано.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1399"/>
        <source>Publishing…</source>
        <translation>Публікація…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1406"/>
        <source>Publish the reply?</source>
        <translation>Опублікувати відповідь?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1408"/>
        <source>This reply will be public on {platform}: anyone who opens the review can read it, under the practice&apos;s name.</source>
        <translation>Цю відповідь буде опубліковано на {platform} від імені клініки: її прочитає будь-хто, хто відкриє відгук.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1417"/>
        <source>Publish on {platform}</source>
        <translation>Опублікувати на {platform}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1448"/>
        <source>Not published: fix the highlighted passages first.</source>
        <translation>Не опубліковано: спершу виправте виділені фрагменти.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="275"/>
        <source>Cancel AI draft</source>
        <translation>Скасувати чернетку ШІ</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="278"/>
        <source>Stop waiting for the AI model; the draft in the box stays</source>
        <translation>Не чекати на модель ШІ; чернетка в полі залишиться</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="918"/>
        <source>The AI draft was cancelled. The draft in the box stays: change it, or press “Draft reply” again.</source>
        <translation>Чернетку ШІ скасовано. Чернетка в полі залишилася: змініть її або знову натисніть «Чернетка відповіді».</translation>
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
        <translation>Нейтральний відгук</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="31"/>
        <source>Mixed feedback</source>
        <translation>Змішаний відгук</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="32"/>
        <source>Complaint</source>
        <translation>Скарга</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="33"/>
        <source>Misinformation</source>
        <translation>Дезінформація</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="34"/>
        <source>Crisis</source>
        <translation>Криза</translation>
    </message>
</context>
<context>
    <name>ReportDialogs</name>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="60"/>
        <source>Saved to {path}</source>
        <translation>Збережено: {path}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="63"/>
        <source>Open</source>
        <translation>Відкрити</translation>
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
        <translation>Експорт відгуків</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="176"/>
        <source>clinicrep-reviews</source>
        <translation>clinicrep-відгуки</translation>
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
            <numerusform>У файл {path} збережено %n відгук.</numerusform>
            <numerusform>У файл {path} збережено %n відгуки.</numerusform>
            <numerusform>У файл {path} збережено %n відгуків.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="200"/>
        <source>%n review(s) saved to {path}: the ones the inbox shows. To export every review, choose “All reviews” in the first list above, then export again.</source>
        <translation>
            <numerusform>У файл {path} збережено %n відгук — ті, що показано у вхідних. Щоб експортувати всі відгуки, виберіть «Усі відгуки» в першому списку вгорі й експортуйте знову.</numerusform>
            <numerusform>У файл {path} збережено %n відгуки — ті, що показано у вхідних. Щоб експортувати всі відгуки, виберіть «Усі відгуки» в першому списку вгорі й експортуйте знову.</numerusform>
            <numerusform>У файл {path} збережено %n відгуків — ті, що показано у вхідних. Щоб експортувати всі відгуки, виберіть «Усі відгуки» в першому списку вгорі й експортуйте знову.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="319"/>
        <source>review-card</source>
        <translation>картка-для-відгуку</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message numerus="yes">
        <location filename="../../src/clinicrep/reports/language.py" line="137"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n хв</numerusform>
            <numerusform>%n хв</numerusform>
            <numerusform>%n хв</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/language.py" line="139"/>
        <source>{hours} h</source>
        <translation>{hours} год</translation>
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
        <translation>Давайте картку всім пацієнтам без винятку. Просити відгуки лише в тих, хто, на вашу думку, задоволений («review gating»), заборонено правилами Google, Yelp, Trustpilot та інших платформ, і за це вони можуть видалити ваші відгуки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="218"/>
        <source>How was your visit?</source>
        <translation>Як минув ваш візит?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="219"/>
        <source>Tell us and other patients on {platform}: point your phone&apos;s camera at the code.</source>
        <translation>Розкажіть нам та іншим пацієнтам на {platform}: наведіть камеру телефона на код.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="225"/>
        <source>Every review helps us improve, whatever it says. Thank you!</source>
        <translation>Кожен відгук допомагає нам ставати кращими, хоч би що в ньому було. Дякуємо!</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="229"/>
        <source>Review request card for {platform}</source>
        <translation>Картка-запрошення до відгуку на {platform}</translation>
    </message>
</context>
<context>
    <name>RequestCardDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="223"/>
        <source>Review-request card</source>
        <translation>Картка-запрошення до відгуку</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="228"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="234"/>
        <source>Link to the review page</source>
        <translation>Посилання на сторінку відгуків</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="240"/>
        <source>Language of the card</source>
        <translation>Мова картки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="246"/>
        <source>Layout</source>
        <translation>Макет</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="247"/>
        <source>One poster for the desk</source>
        <translation>Один плакат для реєстратури</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="248"/>
        <source>Four cards to cut out</source>
        <translation>Чотири картки для вирізання</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="255"/>
        <source>Platform:</source>
        <translation>Платформа:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="256"/>
        <source>Review page link:</source>
        <translation>Посилання на сторінку відгуків:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="257"/>
        <source>Language:</source>
        <translation>Мова:</translation>
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
        <translation>Надіслати це сервісу ШІ?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="119"/>
        <source>To draft this reply, clinicrep would send the text below to {address}: the review&apos;s public text, the aspects it raises and your practice&apos;s facts. No notes, no other reviews and nothing else from your records. The key travels in a header and is not shown.</source>
        <translation>Щоб скласти чернетку, clinicrep надішле текст нижче за адресою {address}: публічний текст відгуку, його аспекти й факти вашої клініки. Жодних нотаток, інших відгуків і нічого іншого з ваших записів. Ключ передається в заголовку й тут не показаний.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="130"/>
        <source>The request as it is sent</source>
        <translation>Запит у тому вигляді, у якому його надсилають</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="132"/>
        <source>Send and don&apos;t ask again</source>
        <translation>Надіслати й більше не питати</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="135"/>
        <source>Keep the composed draft</source>
        <translation>Залишити складену чернетку</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="65"/>
        <source>Selected review</source>
        <translation>Вибраний відгук</translation>
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
        <translation>Мова:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="99"/>
        <source>Analysis:</source>
        <translation>Аналіз:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="100"/>
        <source>Urgency:</source>
        <translation>Терміновість:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="101"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="106"/>
        <source>Review text</source>
        <translation>Текст відгуку</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="113"/>
        <source>Earlier versions and replies</source>
        <translation>Попередні версії та відповіді</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="116"/>
        <source>Open on the platform</source>
        <translation>Відкрити на платформі</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="143"/>
        <source>No review selected</source>
        <translation>Відгук не вибрано</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="161"/>
        <source>(no name)</source>
        <translation>(без імені)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="192"/>
        <source>The platform shows only an excerpt here; open it to read it all.</source>
        <translation>Платформа показує тут лише уривок; відкрийте відгук, щоб прочитати його повністю.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="195"/>
        <source>The author edited this review; earlier text is below.</source>
        <translation>Автор змінив цей відгук; попередній текст наведено нижче.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="197"/>
        <source>This review is no longer on the platform. It is kept here.</source>
        <translation>Цього відгуку більше немає на платформі. Тут його збережено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="201"/>
        <source>(rating only, no text)</source>
        <translation>(лише оцінка, без тексту)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="210"/>
        <source>Translation by the platform:</source>
        <translation>Переклад від платформи:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="213"/>
        <source>The practice&apos;s reply on the platform:</source>
        <translation>Відповідь клініки на платформі:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="219"/>
        <source>Earlier version (replaced {date}), {stars}:</source>
        <translation>Попередня версія (замінена {date}), {stars}:</translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1673"/>
        <source>Send the reply back</source>
        <translation>Повернути відповідь</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1675"/>
        <source>What should {who} change? Your comment is shown above the reply.</source>
        <translation>Що потрібно змінити ({who})? Ваш коментар буде показано над відповіддю.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1676"/>
        <source>the receptionist</source>
        <translation>адміністратор</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1682"/>
        <source>Comment for the receptionist</source>
        <translation>Коментар для адміністратора</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1685"/>
        <source>Send back</source>
        <translation>Повернути</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="68"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="75"/>
        <source>e.g. Anna Nowak, practice manager</source>
        <translation>напр. Анна Новак, адміністратор клініки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="97"/>
        <source>Practice name:</source>
        <translation>Назва клініки:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="99"/>
        <source>Used in replies and on every page of the monthly report.</source>
        <translation>Використовується у відповідях і на кожній сторінці щомісячного звіту.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="103"/>
        <source>Country:</source>
        <translation>Країна:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="106"/>
        <source>The reply guard applies this country&apos;s confidentiality rules and cites its law.</source>
        <translation>Перевірка відповідей застосовує правила конфіденційності цієї країни й посилається на її закон.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="111"/>
        <source>Phone for replies:</source>
        <translation>Телефон для відповідей:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="113"/>
        <source>Offered in replies to complaints, so the reviewer can call you privately.</source>
        <translation>Зазначається у відповідях на скарги, щоб автор міг зателефонувати вам особисто.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="117"/>
        <source>E-mail for replies:</source>
        <translation>Ел. пошта для відповідей:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="119"/>
        <source>Offered in replies to complaints as a private way to write to you.</source>
        <translation>Зазначається у відповідях на скарги, щоб вам можна було написати особисто.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="123"/>
        <source>Replies signed by:</source>
        <translation>Підпис під відповідями:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="125"/>
        <source>The name and role at the end of each reply.</source>
        <translation>Ім’я та посада наприкінці кожної відповіді.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="129"/>
        <source>Reply languages:</source>
        <translation>Мови відповідей:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="131"/>
        <source>Tick the languages you answer reviews in.</source>
        <translation>Позначте мови, якими ви відповідаєте на відгуки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="138"/>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="150"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="156"/>
        <source>Aim to answer within:</source>
        <translation>Бажаний час відповіді:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="158"/>
        <source>After this, the inbox shows the review as late for your aim.</source>
        <translation>Після цього строку відгук у вхідних позначається як запізнілий щодо мети.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="162"/>
        <source>Answer at the latest within:</source>
        <translation>Граничний час відповіді:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="164"/>
        <source>After this, the review counts as overdue.</source>
        <translation>Після цього строку відгук вважається простроченим.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="168"/>
        <source>Check for new reviews every:</source>
        <translation>Перевіряти нові відгуки кожні:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="170"/>
        <source>How often the open window fetches reviews from the connected platforms.</source>
        <translation>Як часто відкрите вікно завантажує відгуки з підключених платформ.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="174"/>
        <source>Spike alert threshold:</source>
        <translation>Поріг сповіщення про сплеск:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="177"/>
        <source>Alert when negative reviews in a day or week exceed the usual rate this many times.</source>
        <translation>Сповіщати, коли кількість негативних відгуків за день або тиждень перевищує звичайну в стільки разів.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="183"/>
        <source>Urgent review alert from urgency:</source>
        <translation>Поріг терміновості для сповіщення:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="185"/>
        <source>A review with at least this urgency (1–100) raises an alert.</source>
        <translation>Відгук із терміновістю не нижче цієї (1–100) викликає сповіщення.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="189"/>
        <source>Imported reviews are history when older than:</source>
        <translation>Імпортовані відгуки вважаються історією, якщо старші за:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="192"/>
        <source>Counted from the day of the import; history is never overdue and stays out of “Needs attention”.</source>
        <translation>Рахується від дня імпорту; історія ніколи не буває простроченою й не потрапляє до «Потребують уваги».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="198"/>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="204"/>
        <source>Same as the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="204"/>
        <source>Light</source>
        <translation>Світлі</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="204"/>
        <source>Dark</source>
        <translation>Темні</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="211"/>
        <source>Language of clinicrep:</source>
        <translation>Мова clinicrep:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="213"/>
        <source>Menus and messages switch at once, without a restart.</source>
        <translation>Меню й повідомлення перемикаються одразу, без перезапуску.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="217"/>
        <source>Colours:</source>
        <translation>Кольори:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="219"/>
        <source>Light, dark, or as your system is set.</source>
        <translation>Світла, темна або як у системі.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="253"/>
        <source>Settings pages</source>
        <translation>Розділи налаштувань</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="256"/>
        <source>Practice</source>
        <translation>Клініка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="257"/>
        <source>Answers and alerts</source>
        <translation>Відповіді та сповіщення</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="258"/>
        <source>Drafting</source>
        <translation>Чернетки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="259"/>
        <source>Monitoring and e-mail</source>
        <translation>Моніторинг і пошта</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="260"/>
        <source>Language and look</source>
        <translation>Мова та вигляд</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="261"/>
        <source>Database</source>
        <translation>База даних</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="262"/>
        <source>This PC</source>
        <translation>Цей комп’ютер</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="290"/>
        <source>United States</source>
        <translation>США</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="291"/>
        <source>United Kingdom</source>
        <translation>Велика Британія</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="292"/>
        <source>Russia</source>
        <translation>Росія</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="293"/>
        <source>Ukraine</source>
        <translation>Україна</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="294"/>
        <source>Poland</source>
        <translation>Польща</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="295"/>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="296"/>
        <source>Another country</source>
        <translation>Інша країна</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="302"/>
        <source> h</source>
        <translation> год</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="352"/>
        <source>Close the settings without saving your changes?</source>
        <translation>Закрити налаштування, не зберігши зміни?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="353"/>
        <source>Close without saving</source>
        <translation>Закрити без збереження</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="54"/>
        <source>Keyboard shortcuts</source>
        <translation>Сполучення клавіш</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="63"/>
        <source>Next / previous review in the inbox</source>
        <translation>Наступний / попередній відгук у вхідних</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="66"/>
        <source>Publish the reply (or copy it, where the site has no reply API)</source>
        <translation>Опублікувати відповідь (або скопіювати, якщо сайт не має API для відповідей)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="72"/>
        <source>Search the reviews</source>
        <translation>Шукати у відгуках</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="76"/>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="85"/>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="76"/>
        <source>What they do</source>
        <translation>Що роблять</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="34"/>
        <source>Sign-in link</source>
        <translation>Посилання для входу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="35"/>
        <source>Copy the link</source>
        <translation>Скопіювати посилання</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="37"/>
        <source>Cancel sign-in</source>
        <translation>Скасувати вхід</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="78"/>
        <source>Opening the {platform} sign-in page…</source>
        <translation>Відкриваємо сторінку входу {platform}…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="88"/>
        <source>Signed in to {platform}.</source>
        <translation>Вхід до {platform} виконано.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="95"/>
        <source>Sign-in cancelled. Nothing was changed.</source>
        <translation>Вхід скасовано. Нічого не змінилося.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="113"/>
        <source>Waiting for your browser: sign in to {platform} there and allow access. If no browser page opened, copy the link and open it yourself.</source>
        <translation>Чекаємо на ваш браузер: увійдіть там до {platform} і дозвольте доступ. Якщо сторінка в браузері не відкрилася, скопіюйте посилання й відкрийте його самі.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="126"/>
        <source>Cancelling the sign-in…</source>
        <translation>Скасовуємо вхід…</translation>
    </message>
</context>
<context>
    <name>SourceCli</name>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="798"/>
        <source>Removed {name} and its reviews, but the keyring could not delete its sign-in: unlock the keyring and remove the entries “source:{number}” of “clinicrep”.</source>
        <translation>Джерело {name} і його відгуки видалено, але зв’язка ключів не змогла видалити вхід: розблокуйте її та видаліть записи «source:{number}» служби «clinicrep».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="794"/>
        <source>Removed {name}, its reviews and its sign-in.</source>
        <translation>Джерело {name} видалено разом із відгуками та входом.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="774"/>
        <source>No sources yet. Connect a platform in the window (File → Sources…) or import a file: clinicrep import FILE --source NAME</source>
        <translation>Джерел поки немає. Підключіть платформу у вікні (Файл → Джерела…) або імпортуйте файл: clinicrep import ФАЙЛ --source НАЗВА</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="784"/>
        <source>Say which source to remove: its name or number.</source>
        <translation>Вкажіть, яке джерело видалити: його назву або номер.</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="110"/>
        <source>Connect a platform</source>
        <translation>Підключити платформу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="110"/>
        <source>Edit</source>
        <translation>Редагувати</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="114"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="121"/>
        <source>{platform} — paste or import its reviews</source>
        <translation>{platform} — вставити або імпортувати відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="133"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="135"/>
        <source>Language of the reviews</source>
        <translation>Мова відгуків</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="152"/>
        <source>Platform:</source>
        <translation>Платформа:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="153"/>
        <source>Name shown in clinicrep:</source>
        <translation>Назва в clinicrep:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="154"/>
        <source>Language of the reviews:</source>
        <translation>Мова відгуків:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="178"/>
        <source>How to connect this platform</source>
        <translation>Як підключити цю платформу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="245"/>
        <source>Replies cannot be posted from clinicrep here: it copies the reply and opens the review&apos;s page.</source>
        <translation>Тут не можна публікувати відповіді з clinicrep: програма скопіює відповідь і відкриє сторінку відгуку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="281"/>
        <source>filled in after you sign in</source>
        <translation>заповниться після входу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="265"/>
        <source>(kept; type to replace)</source>
        <translation>(збережено; введіть, щоб замінити)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="305"/>
        <source>User access token</source>
        <translation>Маркер доступу користувача</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="306"/>
        <source>used once, not kept</source>
        <translation>використовується один раз, не зберігається</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="307"/>
        <source>Find my Pages</source>
        <translation>Знайти мої сторінки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="309"/>
        <source>User access token:</source>
        <translation>Маркер користувача:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="311"/>
        <source>Page:</source>
        <translation>Сторінка:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="314"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="315"/>
        <source>for example clinic.com</source>
        <translation>наприклад, clinic.com</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="316"/>
        <source>Find</source>
        <translation>Знайти</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="321"/>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="323"/>
        <source>Find my locations</source>
        <translation>Знайти мої розташування</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="326"/>
        <source>Location:</source>
        <translation>Розташування:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="453"/>
        <source>Paste a user access token from the Graph API Explorer first.</source>
        <translation>Спершу вставте маркер доступу користувача з Graph API Explorer.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="462"/>
        <source>This Facebook account manages no Page, or the Page was not ticked when the token was made. Generate the token again, tick the practice&apos;s Page and paste it here.</source>
        <translation>Цей обліковий запис Facebook не керує жодною сторінкою, або сторінку не позначили під час створення маркера. Створіть маркер знову, позначте сторінку клініки й вставте його сюди.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="471"/>
        <source>Facebook lists your Pages but gives no Page token for them: your role on the Page does not allow it. Ask the Page&apos;s admin for full control or task access to community activity, then try again.</source>
        <translation>Facebook показує ваші сторінки, але не дає для них маркера сторінки: ваша роль на сторінці цього не дозволяє. Попросіть адміністратора сторінки надати вам повний контроль або доступ до завдань щодо активності спільноти й спробуйте знову.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="480"/>
        <source>%n Page(s) found. The chosen one&apos;s ID and Page access token are filled in.</source>
        <translation>
            <numerusform>Знайдено %n сторінку. ID вибраної сторінки та її маркер доступу заповнено.</numerusform>
            <numerusform>Знайдено %n сторінки. ID вибраної сторінки та її маркер доступу заповнено.</numerusform>
            <numerusform>Знайдено %n сторінок. ID вибраної сторінки та її маркер доступу заповнено.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="489"/>
        <source>Facebook did not accept this user access token: it has expired or was revoked. Generate a new one in the Graph API Explorer and paste it again.</source>
        <translation>Facebook не прийняв цей маркер доступу користувача: термін його дії сплив або його відкликано. Створіть новий у Graph API Explorer і вставте його знову.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="494"/>
        <source>This token may not list your Pages. In the Graph API Explorer add the permission pages_show_list (and the others the guide names), generate the token again and paste it.</source>
        <translation>З цим маркером не можна отримати список ваших сторінок. У Graph API Explorer додайте дозвіл pages_show_list (та інші з інструкції), створіть маркер знову й вставте його.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="501"/>
        <source>Asking Facebook for your Pages…</source>
        <translation>Запитуємо у Facebook ваші сторінки…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="513"/>
        <source>Type the API key first: Trustpilot answers only with it.</source>
        <translation>Спершу введіть ключ API: без нього Trustpilot не відповідає.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="516"/>
        <source>Type the practice&apos;s website, for example clinic.com.</source>
        <translation>Введіть сайт клініки, наприклад clinic.com.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="527"/>
        <source>Found “{name}” on Trustpilot. Business unit and review page filled in.</source>
        <translation>На Trustpilot знайдено «{name}». ID компанії та сторінку відгуків заповнено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="534"/>
        <source>Trustpilot has no business with the website “{website}”. Type the domain as your Trustpilot page shows it (for example clinic.com, without https://).</source>
        <translation>На Trustpilot немає компанії із сайтом «{website}». Введіть домен так, як його вказано на вашій сторінці Trustpilot (наприклад, clinic.com, без https://).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="539"/>
        <source>Trustpilot did not accept this API key. Copy the key of your application from Trustpilot Business (Integrations → API) again.</source>
        <translation>Trustpilot не прийняв цей ключ API. Скопіюйте ключ вашого застосунку з Trustpilot Business («Integrations» → «API») ще раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="545"/>
        <source>Asking Trustpilot…</source>
        <translation>Запитуємо Trustpilot…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="575"/>
        <source>Signed in, but this Google account manages no business location. Sign in again with the account that owns or manages the profile.</source>
        <translation>Вхід виконано, але цей обліковий запис Google не керує жодним розташуванням компанії. Увійдіть знову з обліковим записом, який володіє профілем або керує ним.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="582"/>
        <source>%n location(s) found. The chosen one is filled in.</source>
        <translation>
            <numerusform>Знайдено %n розташування. Вибране заповнено.</numerusform>
            <numerusform>Знайдено %n розташування. Вибране заповнено.</numerusform>
            <numerusform>Знайдено %n розташувань. Вибране заповнено.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="585"/>
        <source>Asking Google for your locations…</source>
        <translation>Запитуємо в Google ваші розташування…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="616"/>
        <source>Please fill in: {fields}</source>
        <translation>Заповніть: {fields}</translation>
    </message>
</context>
<context>
    <name>SourceKinds</name>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="118"/>
        <source>Google Business Profile</source>
        <translation>Профіль компанії в Google</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="164"/>
        <source>Needs your own Google Cloud project approved for the Business Profile APIs.</source>
        <translation>Потрібен власний проєкт Google Cloud зі схваленим доступом до Business Profile API.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="174"/>
        <source>Facebook Page recommendations</source>
        <translation>Рекомендації сторінки Facebook</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="193"/>
        <source>Facebook is retiring access to Page recommendations; it works with Graph API v21.0 for now and may stop without notice.</source>
        <translation>Facebook припиняє доступ до рекомендацій сторінок; поки що це працює з Graph API v21.0 і може перестати працювати без попередження.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="204"/>
        <source>Yelp</source>
        <translation>Yelp</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="226"/>
        <source>Yelp shows at most three review excerpts and has no reply API: answer on Yelp.</source>
        <translation>Yelp показує щонайбільше три уривки відгуків і не має API для відповідей: відповідайте на сайті Yelp.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="236"/>
        <source>Trustpilot</source>
        <translation>Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="284"/>
        <source>Reviews saved in a file (CSV)</source>
        <translation>Відгуки, збережені у файлі (CSV)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="293"/>
        <source>For ZnanyLekarz, 2GIS, ProDoctorov, Dianping, RateMDs and other sites without an API: save or export the reviews as a table and import the file.</source>
        <translation>Для ZnanyLekarz, 2GIS, ProDoctorov, Dianping, RateMDs та інших сайтів без API: збережіть або експортуйте відгуки як таблицю й імпортуйте файл.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="304"/>
        <source>Offline feedback</source>
        <translation>Офлайн-відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="311"/>
        <source>Demo reviews</source>
        <translation>Демонстраційні відгуки</translation>
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
        <translation>Яндекс Карти</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="446"/>
        <source>2GIS</source>
        <translation>2ГІС</translation>
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
        <translation>Вхід через Google</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="124"/>
        <source>Client secret</source>
        <translation>Секрет клієнта</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="126"/>
        <source>The second code of the same sign-in key, shown beside the client ID (it starts with GOCSPX-). It works like a password: it is kept in this computer&apos;s password store.</source>
        <translation>Друга частина того самого ключа входу, її показано поруч з ідентифікатором клієнта (починається з GOCSPX-). Працює як пароль: зберігається у сховищі паролів цього комп’ютера.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="141"/>
        <source>Client ID</source>
        <translation>Ідентифікатор клієнта</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="143"/>
        <source>The name of the practice&apos;s sign-in key for Google: a long code ending in .apps.googleusercontent.com. Whoever set up the practice&apos;s Google Cloud project copies it from Credentials (a key of the type “Desktop app”).</source>
        <translation>Назва ключа входу клініки для Google: довгий код, що закінчується на .apps.googleusercontent.com. Той, хто налаштовував проєкт Google Cloud клініки, копіює його з розділу «Облікові дані» (ключ типу «Застосунок для ПК»).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="154"/>
        <source>Account</source>
        <translation>Обліковий запис</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="157"/>
        <source>Location</source>
        <translation>Розташування</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="160"/>
        <source>Place ID</source>
        <translation>ID місця (Place ID)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="179"/>
        <source>Page access token</source>
        <translation>Маркер доступу до сторінки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="183"/>
        <source>Page ID</source>
        <translation>ID сторінки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="186"/>
        <source>Graph API version</source>
        <translation>Версія Graph API</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="207"/>
        <source>Yelp Fusion API key</source>
        <translation>Ключ Yelp Fusion API</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="211"/>
        <source>Business ID or alias</source>
        <translation>ID або псевдонім компанії</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="215"/>
        <source>Business time zone</source>
        <translation>Часовий пояс компанії</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="221"/>
        <source>Locale, e.g. en_US</source>
        <translation>Локаль, напр. en_US</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="242"/>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="244"/>
        <source>The code Trustpilot shows for the practice&apos;s application in Trustpilot Business, under Integrations → API.</source>
        <translation>Код, який Trustpilot показує для застосунку клініки в Trustpilot Business, у розділі «Інтеграції» → API.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="253"/>
        <source>API secret</source>
        <translation>Секрет API</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="255"/>
        <source>The second code Trustpilot shows beside the API key. It works like a password: it is kept in this computer&apos;s password store.</source>
        <translation>Другий код, який Trustpilot показує поруч із ключем API. Працює як пароль: зберігається у сховищі паролів цього комп’ютера.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="263"/>
        <source>Trustpilot sign-in</source>
        <translation>Вхід у Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="268"/>
        <source>Business unit ID</source>
        <translation>ID компанії (Business unit ID)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="272"/>
        <source>Business user ID (replies)</source>
        <translation>ID користувача компанії (для відповідей)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="276"/>
        <location filename="../../src/clinicrep/sources/registry.py" line="289"/>
        <source>Review page</source>
        <translation>Сторінка відгуків</translation>
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
        <translation>Джерело {name} видалено, але системна зв’язка ключів не змогла видалити вхід. Розблокуйте її та видаліть записи «clinicrep» «source:{number}» у менеджері паролів.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="89"/>
        <source>No secure storage</source>
        <translation>Немає захищеного сховища</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="92"/>
        <source>Keep this sign-in until clinicrep closes? It is never written to disk.</source>
        <translation>Зберігати цей вхід, доки clinicrep не буде закрито? На диск він не записується.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="685"/>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="690"/>
        <source>Connected sources</source>
        <translation>Підключені джерела</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="692"/>
        <source>Connect a platform…</source>
        <translation>Підключити платформу…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="694"/>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="696"/>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="698"/>
        <source>Sign in…</source>
        <translation>Увійти…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="700"/>
        <source>Let clinicrep read and answer this source&apos;s reviews (Google, Trustpilot)</source>
        <translation>Дозволити clinicrep читати відгуки з цього джерела й відповідати на них (Google, Trustpilot)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="703"/>
        <source>Check for new reviews</source>
        <translation>Перевірити нові відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="708"/>
        <source>Locations…</source>
        <translation>Філії…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="710"/>
        <source>Name the practice&apos;s locations and assign each source</source>
        <translation>Назвіть філії клініки та розподіліть між ними джерела</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="753"/>
        <source>The platforms and files clinicrep takes reviews from. Choose one to edit, sign in or remove it.</source>
        <translation>Платформи й файли, з яких clinicrep бере відгуки. Виберіть одну, щоб змінити, увійти чи видалити її.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="760"/>
        <source>Nothing is connected yet. Press “Connect a platform…” to bring in the reviews from Google, Facebook, ZnanyLekarz and other sites.</source>
        <translation>Поки нічого не підключено. Натисніть «Підключити платформу…», щоб отримувати відгуки з Google, Facebook, ZnanyLekarz та інших сайтів.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="789"/>
        <source>{name} ({platform}) — reviews pasted from the page</source>
        <translation>{name} ({platform}) — відгуки вставлено зі сторінки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="800"/>
        <source>Last checked {when}</source>
        <translation>Остання перевірка: {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="802"/>
        <source>Not checked yet</source>
        <translation>Ще не перевірялося</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="843"/>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="849"/>
        <source>Sign in to Trustpilot</source>
        <translation>Вхід у Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="843"/>
        <source>Trustpilot Business e-mail:</source>
        <translation>Ел. пошта Trustpilot Business:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="850"/>
        <source>Password (used once, not stored):</source>
        <translation>Пароль (використовується один раз, не зберігається):</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="866"/>
        <source>Signed in. Replies can now be published.</source>
        <translation>Вхід виконано. Тепер можна публікувати відповіді.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="884"/>
        <source>Select a Google source first.</source>
        <translation>Спершу виберіть джерело Google.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="919"/>
        <source>Signed in to Google, but the locations could not be read: {why}</source>
        <translation>Вхід у Google виконано, але розташування прочитати не вдалося: {why}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="930"/>
        <source>Signed in to Google. No location is chosen yet: select the source and choose “Edit…” → “Find my locations”.</source>
        <translation>Вхід у Google виконано. Розташування ще не вибрано: виділіть джерело й натисніть «Редагувати…» → «Знайти мої розташування».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="938"/>
        <source>If Google&apos;s page shows an error instead (“invalid_client”, “redirect_uri_mismatch”), the client ID is wrong or its key is not of the type “Desktop app”: press “Cancel sign-in”, correct it with “Edit…” and sign in again.</source>
        <translation>Якщо натомість сторінка Google показує помилку («invalid_client», «redirect_uri_mismatch»), ідентифікатор клієнта неправильний або його ключ не типу «Застосунок для ПК»: натисніть «Скасувати вхід», виправте його через «Редагувати…» і увійдіть знову.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="949"/>
        <source>Signed in, but this Google account manages no business location.</source>
        <translation>Вхід виконано, але цей обліковий запис Google не керує жодною локацією компанії.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="956"/>
        <source>Choose the location</source>
        <translation>Виберіть локацію</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="956"/>
        <source>Location:</source>
        <translation>Розташування:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="982"/>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="996"/>
        <source>Remove source</source>
        <translation>Видалити джерело</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="984"/>
        <source>Remove {name} and the reviews fetched from it? The reviews stay on the platform; only clinicrep&apos;s copy and its sign-in are removed.</source>
        <translation>Видалити {name} і отримані з нього відгуки? На платформі відгуки залишаться; буде видалено лише копію в clinicrep і дані входу.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <location filename="../../src/clinicrep/store/chosen_store.py" line="130"/>
        <source>{dbname} on {host}:{port} as {user}</source>
        <translation>{dbname} на {host}:{port}, користувач {user}</translation>
    </message>
</context>
<context>
    <name>StoreRecovery</name>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="61"/>
        <source>The database file: {path}</source>
        <translation>Файл бази даних: {path}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="69"/>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="358"/>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="74"/>
        <source>Restore a backup…</source>
        <translation>Відновити з резервної копії…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="78"/>
        <source>Choose another folder…</source>
        <translation>Вибрати іншу папку…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="82"/>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="370"/>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="96"/>
        <source>Daily copy of {day}</source>
        <translation>Щоденна копія за {day}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="98"/>
        <source>Copy made before an update, {when}</source>
        <translation>Копія перед оновленням, {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="101"/>
        <source>Copy made before a restore, {when}</source>
        <translation>Копія перед відновленням, {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="146"/>
        <source>No backup copies were found in {folder}. Choose another folder instead, or copy a backup file there.</source>
        <translation>У папці {folder} не знайдено резервних копій. Виберіть іншу папку або скопіюйте туди файл резервної копії.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="108"/>
        <source>A copy saved elsewhere (from another PC, a USB stick)…</source>
        <translation>Копія в іншому місці (з іншого комп’ютера, з флешки)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="117"/>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="163"/>
        <source>Restore a backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="164"/>
        <source>Choose the copy to restore. The data there now is kept as a copy first.</source>
        <translation>Виберіть копію для відновлення. Поточні дані спершу буде збережено як копію.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="119"/>
        <source>clinicrep database (*.sqlite3);;All files (*)</source>
        <translation>База даних clinicrep (*.sqlite3);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="188"/>
        <source>That copy was not restored; nothing was changed. {reason}</source>
        <translation>Цю копію не відновлено; нічого не змінено. {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="200"/>
        <source>Choose a folder for clinicrep&apos;s data</source>
        <translation>Виберіть папку для даних clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="209"/>
        <source>clinicrep uses {folder} until it is closed. To use this folder every time, start clinicrep with --data-dir &quot;{folder}&quot;, or set the environment variable CLINICREP_DATA_DIR to it.</source>
        <translation>До закриття clinicrep використовуватиме папку {folder}. Щоб використовувати її щоразу, запускайте clinicrep з параметром --data-dir &quot;{folder}&quot; або вкажіть цю папку у змінній середовища CLINICREP_DATA_DIR.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="225"/>
        <source>clinicrep is bringing your reviews up to date for this version. This happens once and can take a minute on a large practice. Please wait…</source>
        <translation>clinicrep оновлює ваші відгуки для цієї версії. Це відбувається один раз і у великій практиці може тривати хвилину. Будь ласка, зачекайте…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="349"/>
        <source>The shared database: {where}. You can use this PC&apos;s own database until the server is back; what you write there stays on this PC.</source>
        <translation>Спільна база даних: {where}. Поки сервер недоступний, можна працювати з власною базою даних цього ПК; те, що ви там запишете, залишиться на цьому ПК.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="362"/>
        <source>Use this PC only for now</source>
        <translation>Поки що лише цей ПК</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="366"/>
        <source>Database settings…</source>
        <translation>Налаштування бази даних…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="139"/>
        <source>There are no backup copies of this data yet: clinicrep makes one each day it is used and before each update. To restore a copy from another PC or a USB stick, choose “A copy saved elsewhere”.</source>
        <translation>Резервних копій цих даних поки немає: clinicrep робить копію щодня, коли ним користуються, і перед кожним оновленням. Щоб відновити копію з іншого комп’ютера або з флешки, виберіть «Копія в іншому місці».</translation>
    </message>
</context>
<context>
    <name>SyncCli</name>
    <message numerus="yes">
        <source>{source}: %n review(s) no longer shown by the platform</source>
        <translation>
            <numerusform>{source}: %n відгук більше не показується платформою</numerusform>
            <numerusform>{source}: %n відгуки більше не показуються платформою</numerusform>
            <numerusform>{source}: %n відгуків більше не показуються платформою</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="296"/>
        <source>{name} is checking for reviews for the whole practice right now, so this check was skipped. The new reviews show up here as they arrive.</source>
        <translation>{name} зараз перевіряє нові відгуки для всієї практики, тому цю перевірку пропущено. Нові відгуки з’являться тут, щойно надійдуть.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="301"/>
        <source>Another PC is checking for reviews for the whole practice right now, so this check was skipped. The new reviews show up here as they arrive.</source>
        <translation>Інший комп’ютер зараз перевіряє нові відгуки для всієї практики, тому цю перевірку пропущено. Нові відгуки з’являться тут, щойно надійдуть.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="324"/>
        <source>{source}: {n} of about {total} reviews read</source>
        <translation>{source}: прочитано відгуків — {n} із приблизно {total}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="328"/>
        <source>{source}: {n} reviews read</source>
        <translation>{source}: прочитано відгуків — {n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="350"/>
        <source>Stopped. What was already fetched is kept.</source>
        <translation>Зупинено. Уже отримане збережено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="356"/>
        <source>No source is called “{name}”. Check the name in Sources.</source>
        <translation>Джерела з назвою «{name}» немає. Перевірте назву в «Джерелах».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="372"/>
        <source>{source}: {message}</source>
        <translation>{source}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="379"/>
        <source>{source}: {new} new, {changed} changed</source>
        <translation>{source}: нових — {new}, змінених — {changed}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="395"/>
        <source>No platform is connected, so there is nothing to check. Connect one in the window: File → Sources….</source>
        <translation>Жодну платформу не підключено, тому перевіряти нічого. Підключіть її у вікні: Файл → Джерела….</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="81"/>
        <source>Another check is running right now; this one was skipped.</source>
        <translation>Зараз уже триває інша перевірка; цю пропущено.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="56"/>
        <source>Reply templates</source>
        <translation>Шаблони відповідей</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="65"/>
        <source>Language of the templates</source>
        <translation>Мова шаблонів</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="72"/>
        <source>Templates</source>
        <translation>Шаблони</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="76"/>
        <source>Template name</source>
        <translation>Назва шаблону</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="78"/>
        <source>Kind of review</source>
        <translation>Вид відгуку</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="82"/>
        <source>Template text</source>
        <translation>Текст шаблону</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="86"/>
        <source>Placeholders: {greeting} {first_name} {practice_name} {contact} {contact_phone} {contact_email} {signer}</source>
        <translation>Підстановки: {greeting} {first_name} {practice_name} {contact} {contact_phone} {contact_email} {signer}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="98"/>
        <source>Save changes</source>
        <translation>Зберегти зміни</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="100"/>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="268"/>
        <source>New template</source>
        <translation>Новий шаблон</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="106"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="108"/>
        <source>Restore the defaults</source>
        <translation>Відновити стандартні</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="113"/>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="114"/>
        <source>For:</source>
        <translation>Для відгуків:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="147"/>
        <source>(edited)</source>
        <translation>(змінено)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="186"/>
        <source>Save the changes to the template “{name}”?</source>
        <translation>Зберегти зміни в шаблоні «{name}»?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="196"/>
        <source>The changes to the template “{name}” cannot be saved: the note in red under the text says why. Discard them?</source>
        <translation>Зміни в шаблоні «{name}» не можна зберегти: чому — написано червоним під текстом. Скасувати їх?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="286"/>
        <source>Delete the template “{name}”?</source>
        <translation>Видалити шаблон «{name}»?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="297"/>
        <source>Restore the original templates in this language? Your edits to them are undone; templates you added yourself stay.</source>
        <translation>Відновити початкові шаблони цією мовою? Ваші зміни в них буде скасовано; шаблони, які ви додали самі, залишаться.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="191"/>
        <source>Don&apos;t save</source>
        <translation>Не зберігати</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="192"/>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="200"/>
        <source>Discard the changes</source>
        <translation>Відмовитися від змін</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="103"/>
        <source>Start an empty template: the greeting and the signature, the rest yours</source>
        <translation>Почати порожній шаблон: привітання й підпис, решту напишете ви</translation>
    </message>
</context>
<context>
    <name>ThisPcForm</name>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="43"/>
        <source>Name of this PC</source>
        <translation>Ім’я цього комп’ютера</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="44"/>
        <source>e.g. Anna (reception)</source>
        <translation>напр. Анна (реєстратура)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="47"/>
        <source>Who uses this PC</source>
        <translation>Хто працює за цим комп’ютером</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="48"/>
        <source>The owner (approves replies)</source>
        <translation>Власник (схвалює відповіді)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="49"/>
        <source>A receptionist</source>
        <translation>Адміністратор</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="52"/>
        <source>Replies written on a receptionist&apos;s PC wait for the owner&apos;s approval</source>
        <translation>Відповіді з комп’ютера адміністратора чекають схвалення власника</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="60"/>
        <source>Name of this PC:</source>
        <translation>Ім’я цього комп’ютера:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="63"/>
        <source>Shown to the other PCs and kept in the log beside what was done here: who asked for approval, who approved.</source>
        <translation>Видно на інших комп’ютерах і записується в журнал поруч із діями, виконаними тут: хто надіслав на схвалення, хто схвалив.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="69"/>
        <source>Used by:</source>
        <translation>Хто працює:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="71"/>
        <source>This is who uses this PC, not a password: anyone at it acts in this role.</source>
        <translation>Це вказівка, хто працює за комп’ютером, а не пароль: будь-хто за ним діє в цій ролі.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="78"/>
        <source>For the whole practice. A receptionist asks for approval; the owner&apos;s PC shows the reply waiting, and the owner edits, approves and publishes it, or sends it back with a comment.</source>
        <translation>Для всієї клініки. Адміністратор надсилає відповідь на схвалення; на комп’ютері власника вона видна як така, що чекає, і власник редагує, схвалює та публікує її або повертає з коментарем.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="146"/>
        <source>clinicrep is not checking for reviews</source>
        <translation>clinicrep не перевіряє відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="159"/>
        <source>clinicrep alert</source>
        <translation>Сповіщення clinicrep</translation>
    </message>
</context>
<context>
    <name>UpgradeBanner</name>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="51"/>
        <source>Update installed</source>
        <translation>Встановлено оновлення</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="56"/>
        <source>Restart now</source>
        <translation>Перезапустити</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="59"/>
        <source>Close this window, keeping your draft, and open the new version</source>
        <translation>Закрити це вікно, зберігши чернетку, і відкрити нову версію</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="62"/>
        <source>Later</source>
        <translation>Пізніше</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="77"/>
        <source>clinicrep {version} was installed while this window was open. This window keeps working as before; restart to use the new version. Your draft reply is kept.</source>
        <translation>Поки це вікно було відкрите, встановлено версію clinicrep {version}. Це вікно працює як і раніше; перезапустіть програму, щоб перейти на нову версію. Чернетку відповіді буде збережено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="142"/>
        <source>clinicrep</source>
        <translation>clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="143"/>
        <source>The new version of clinicrep could not be started. Your draft reply is saved: open clinicrep again from the applications menu.</source>
        <translation>Не вдалося запустити нову версію clinicrep. Чернетку відповіді збережено: відкрийте clinicrep знову з меню застосунків.</translation>
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
        <translation>згадує «{word}» (судовий позов)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="186"/>
        <source>mentions “{word}” (possible harm)</source>
        <translation>згадує «{word}» (можлива шкода)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="187"/>
        <source>mentions “{word}” (a regulator)</source>
        <translation>згадує «{word}» (регулятор)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="188"/>
        <source>mentions “{word}” (the press or social media)</source>
        <translation>згадує «{word}» (преса або соцмережі)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="191"/>
        <source>may spread false medical information (“{word}”)</source>
        <translation>може поширювати неправдиву медичну інформацію («{word}»)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="194"/>
        <source>angry tone</source>
        <translation>гнівний тон</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="195"/>
        <source>negative text</source>
        <translation>негативний текст</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="196"/>
        <source>a complaint inside a good review</source>
        <translation>скарга в позитивному відгуку</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="197"/>
        <source>does not recommend</source>
        <translation>не рекомендує</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="198"/>
        <source>many negative reviews at once</source>
        <translation>багато негативних відгуків одночасно</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="203"/>
        <source>legal action</source>
        <translation>судовий позов</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="204"/>
        <source>possible harm</source>
        <translation>можлива шкода</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="205"/>
        <source>a regulator</source>
        <translation>регулятор</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="206"/>
        <source>the press or social media</source>
        <translation>преса або соцмережі</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="211"/>
        <source>mentions “{word}”</source>
        <translation>згадує «{word}»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/analysis/triage.py" line="283"/>
        <source>%n negative review(s) in the last 24 hours (usually {usual:.1f}).</source>
        <translation>
            <numerusform>Негативних відгуків за останні 24 години: %n (зазвичай {usual:.1f}).</numerusform>
            <numerusform>Негативних відгуків за останні 24 години: %n (зазвичай {usual:.1f}).</numerusform>
            <numerusform>Негативних відгуків за останні 24 години: %n (зазвичай {usual:.1f}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/analysis/triage.py" line="290"/>
        <source>%n negative review(s) in the last 7 days (usually {usual:.1f}).</source>
        <translation>
            <numerusform>Негативних відгуків за останні 7 днів: %n (зазвичай {usual:.1f}).</numerusform>
            <numerusform>Негативних відгуків за останні 7 днів: %n (зазвичай {usual:.1f}).</numerusform>
            <numerusform>Негативних відгуків за останні 7 днів: %n (зазвичай {usual:.1f}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="301"/>
        <source>An urgent review (urgency {urgency}): {reason}.</source>
        <translation>Терміновий відгук (терміновість {urgency}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="304"/>
        <source>An urgent review (urgency {urgency}).</source>
        <translation>Терміновий відгук (терміновість {urgency}).</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="35"/>
        <source>User guide</source>
        <translation>Посібник користувача</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="30"/>
        <source>Welcome to clinicrep</source>
        <translation>Вітаємо в clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="34"/>
        <source>Bring every review of your practice into one inbox. Start by connecting a platform, or import reviews you saved from a website. Your data stays on this computer.</source>
        <translation>Зберіть усі відгуки про вашу клініку в одному місці. Почніть із підключення платформи або імпортуйте відгуки, збережені з вебсайту. Ваші дані зберігаються на цьому комп’ютері.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="43"/>
        <source>1. Bring the reviews in: connect a platform, or import a file you saved from a site.
2. Answer them in the inbox: clinicrep suggests a reply in the review&apos;s language and checks that it reveals nothing confidential.
3. Once a month, make the owner&apos;s summary (File → Monthly summary).</source>
        <translation>1. Отримайте відгуки: підключіть платформу або імпортуйте файл, збережений із сайту.
2. Відповідайте у вхідних: clinicrep запропонує відповідь мовою відгуку й перевірить, що вона не розкриває нічого конфіденційного.
3. Раз на місяць готуйте підсумок для керівника (Файл → Щомісячне зведення).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="52"/>
        <source>Connect a platform…</source>
        <translation>Підключити платформу…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="54"/>
        <source>Import a file…</source>
        <translation>Імпортувати файл…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="58"/>
        <source>Paste reviews copied from a website…</source>
        <translation>Вставити відгуки, скопійовані з сайту…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="62"/>
        <source>Your practice&apos;s name and how replies are signed…</source>
        <translation>Назва клініки та підпис під відповідями…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="66"/>
        <source>Try the demo (made-up reviews, in a separate window)</source>
        <translation>Спробувати демо (вигадані відгуки, в окремому вікні)</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../src/clinicrep/ui/workers.py" line="201"/>
        <source>Finishing the work in progress before the store is closed…</source>
        <translation>Завершуємо розпочату роботу, перш ніж закрити базу…</translation>
    </message>
</context>
</TS>
