<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="75"/>
        <source>Alert</source>
        <translation>Сповіщення</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="80"/>
        <source>Show review</source>
        <translation>Показати відгук</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="82"/>
        <source>Acknowledge</source>
        <translation>Підтвердити</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="83"/>
        <source>Mark this alert as seen; it will not come back</source>
        <translation>Позначити сповіщення як переглянуте; воно більше не з’явиться</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/alerts.py" line="102"/>
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
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="138"/>
        <source>clinicrep: test message</source>
        <translation>clinicrep: тестовий лист</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="139"/>
        <source>This is a test message from clinicrep. Crisis alerts for {practice} will arrive like this one.</source>
        <translation>Це тестовий лист від clinicrep. Сповіщення про кризові ситуації для {practice} надходитимуть так само.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="144"/>
        <source>your practice</source>
        <translation>вашої клініки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="158"/>
        <source>Platform: {platform}</source>
        <translation>Платформа: {platform}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="161"/>
        <source>Written: {date}</source>
        <translation>Написано: {date}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="167"/>
        <source>Rating: {stars}★</source>
        <translation>Оцінка: {stars}★</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="173"/>
        <source>Open the review: {url}</source>
        <translation>Відкрити відгук: {url}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="182"/>
        <source>clinicrep alert: an urgent review</source>
        <translation>Сповіщення clinicrep: терміновий відгук</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="185"/>
        <source>clinicrep alert: an urgent review on {platform}</source>
        <translation>Сповіщення clinicrep: терміновий відгук на {platform}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="190"/>
        <source>clinicrep alert: many negative reviews at once</source>
        <translation>Сповіщення clinicrep: багато негативних відгуків одночасно</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="199"/>
        <source>The newest of them:</source>
        <translation>Найновіші з них:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="207"/>
        <source>Open clinicrep on the practice&apos;s computer to read the review in full and answer it.</source>
        <translation>Відкрийте clinicrep на комп’ютері клініки, щоб прочитати відгук повністю й відповісти на нього.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="236"/>
        <source>clinicrep: reviews are not being checked</source>
        <translation>clinicrep: відгуки не перевіряються</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="309"/>
        <source>The alerts raised since the last digest, oldest first.</source>
        <translation>Сповіщення від попереднього зведення, від найстаріших.</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="146"/>
        <source>Period shown in the charts</source>
        <translation>Період, показаний на діаграмах</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="148"/>
        <source>Last 30 days</source>
        <translation>Останні 30 днів</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="149"/>
        <source>Last 3 months</source>
        <translation>Останні 3 місяці</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="150"/>
        <source>Last 12 months</source>
        <translation>Останні 12 місяців</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="151"/>
        <source>All time</source>
        <translation>За весь час</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="160"/>
        <source>Average rating (line) and number of reviews (bars)</source>
        <translation>Середня оцінка (лінія) й кількість відгуків (стовпці)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="161"/>
        <source>Reviews per platform</source>
        <translation>Відгуки за платформами</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="162"/>
        <source>Sentiment share</source>
        <translation>Частка за тональністю</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="163"/>
        <source>Top complaint topics</source>
        <translation>Найчастіші теми скарг</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="164"/>
        <source>Top praise topics</source>
        <translation>Найчастіші теми похвал</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="165"/>
        <source>Median hours to answer</source>
        <translation>Медіанний час відповіді, год</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="175"/>
        <source>Show:</source>
        <translation>Показати:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="215"/>
        <source>{period}: {avg} average from {n} reviews</source>
        <translation>{period}: середня оцінка {avg}, відгуків: {n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="237"/>
        <source>{period}: {pos} positive, {neu} neutral, {neg} negative</source>
        <translation>{period}: позитивних — {pos}, нейтральних — {neu}, негативних — {neg}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="249"/>
        <source>{period}: median {hours} h; {d1} within 24 h, {d2} within 48 h</source>
        <translation>{period}: медіана {hours} год; {d1} — протягом 24 год, {d2} — протягом 48 год</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="262"/>
        <source>{platform}: {n} reviews</source>
        <translation>{platform}: відгуків — {n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="273"/>
        <source>{topic}: {n} reviews</source>
        <translation>{topic}: відгуків — {n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="281"/>
        <source>{n} reviews · median answer {hours} h · {d1} answered within 24 h · {d2} within 48 h</source>
        <translation>Відгуків: {n} · медіанний час відповіді {hours} год · {d1} — з відповіддю протягом 24 год · {d2} — протягом 48 год</translation>
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
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="114"/>
        <source>Thank the reviewer personally</source>
        <translation>Особисто подякуйте автору</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="117"/>
        <source>Start with a personal thank-you; use the reviewer&apos;s first name if they showed one.</source>
        <translation>Почніть з особистої подяки; звертайтеся до автора на ім’я, якщо він його вказав.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="127"/>
        <source>Pass the praise on to the person the reviewer named, or to the whole team.</source>
        <translation>Передайте похвалу людині, яку згадав автор, або всій команді.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="132"/>
        <source>Pass the praise on to the team.</source>
        <translation>Передайте похвалу команді.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="136"/>
        <source>Credit the team</source>
        <translation>Відзначте команду</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="146"/>
        <source>Invite them back in a general way</source>
        <translation>Загальне запрошення звертатися знову</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="149"/>
        <source>Say the practice is always glad to help, without mentioning a past or next visit.</source>
        <translation>Скажіть, що клініка завжди рада допомогти, не згадуючи минулий чи наступний візит.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="157"/>
        <source>Answer promptly</source>
        <translation>Відповідайте вчасно</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="163"/>
        <source>This review is %n day(s) old. Publish the reply today.</source>
        <translation>
            <numerusform>Днів від появи відгуку: %n. Опублікуйте відповідь сьогодні.</numerusform>
            <numerusform>Днів від появи відгуку: %n. Опублікуйте відповідь сьогодні.</numerusform>
            <numerusform>Днів від появи відгуку: %n. Опублікуйте відповідь сьогодні.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="172"/>
        <source>Acknowledge the experience and express regret</source>
        <translation>Визнайте ситуацію й висловіть жаль</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="175"/>
        <source>Say you are sorry about the experience, without admitting any clinical fault.</source>
        <translation>Висловіть жаль через те, що сталося, не визнаючи медичної помилки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="185"/>
        <source>Do not admit clinical fault</source>
        <translation>Не визнавайте медичної помилки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="188"/>
        <source>“{words}” admits fault. Express regret for the experience instead.</source>
        <translation>«{words}» — це визнання провини. Натомість висловіть жаль через те, що сталося.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="197"/>
        <source>Offer a concrete next step</source>
        <translation>Запропонуйте конкретний наступний крок</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="200"/>
        <source>Say what will happen next, for example ask them to call so you can look into it.</source>
        <translation>Скажіть, що буде далі, наприклад попросіть зателефонувати, щоб ви могли з’ясувати ситуацію.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="208"/>
        <source>Move the conversation offline</source>
        <translation>Продовжте розмову приватно</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="221"/>
        <source>Give a phone number, an e-mail address or a named contact, so the case is not discussed in public. Your contact details are set in Settings.</source>
        <translation>Вкажіть номер телефону, адресу електронної пошти або контактну особу, щоб випадок не обговорювали публічно. Ваші контактні дані вказуються в налаштуваннях.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="230"/>
        <source>Stay calm: no blame, no argument, no sarcasm</source>
        <translation>Спокійно: без звинувачень, суперечок і сарказму</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="237"/>
        <source>“{words}” may read as blame or argument. Rephrase it calmly.</source>
        <translation>«{words}» може сприйматися як звинувачення чи суперечка. Перефразуйте спокійніше.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="245"/>
        <source>Read the reply once as the reviewer would.</source>
        <translation>Перечитайте відповідь очима автора відгуку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="251"/>
        <source>Sign with a name or role</source>
        <translation>Підпишіться ім’ям або посадою</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="260"/>
        <source>End with a name or a role, for example “Anna, practice manager”.</source>
        <translation>Завершіть ім’ям або посадою, наприклад «Анна, адміністратор клініки».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="269"/>
        <source>Give a source for the facts</source>
        <translation>Вкажіть джерело фактів</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="272"/>
        <source>Say where the facts can be checked: a public register, an official page or a link.</source>
        <translation>Скажіть, де можна перевірити факти: публічний реєстр, офіційна сторінка чи посилання.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="282"/>
        <source>Invite them to talk it through</source>
        <translation>Запросіть обговорити питання</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="285"/>
        <source>Offer a consultation or a conversation where their questions can be answered.</source>
        <translation>Запропонуйте консультацію або розмову, де можна відповісти на їхні запитання.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="295"/>
        <source>No personal attack</source>
        <translation>Без особистих нападок</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="298"/>
        <source>“{words}” attacks the reviewer. Correct the facts, not the person.</source>
        <translation>«{words}» — це нападка на автора. Виправляйте факти, а не людину.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="305"/>
        <source>Keep the holding reply short</source>
        <translation>Коротка попередня відповідь</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="312"/>
        <source>Say only that you take it seriously and will be in touch; the owner answers the rest.</source>
        <translation>Скажіть лише, що ставитеся до цього серйозно й зв’яжетеся; решту відповість власник.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="320"/>
        <source>Escalate to the owner</source>
        <translation>Передайте власнику</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="327"/>
        <source>Mark the review as escalated so the owner is told; the step is logged.</source>
        <translation>Позначте відгук як переданий власнику, щоб він дізнався про нього; цю дію буде записано.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="334"/>
        <source>Nothing that reveals a patient</source>
        <translation>Нічого, що видає пацієнта</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="354"/>
        <source>No reward for reviews</source>
        <translation>Без винагород за відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="357"/>
        <source>“{words}” offers a reward. Platforms and regulators forbid rewards for reviews.</source>
        <translation>«{words}» — це пропозиція винагороди. Платформи й регулятори забороняють винагороди за відгуки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="369"/>
        <source>Written for this review</source>
        <translation>Написано саме для цього відгуку</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="384"/>
        <source>This reply is almost the same as one already published. Make it personal.</source>
        <translation>Ця відповідь майже така сама, як уже опублікована. Зробіть її особистою.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="400"/>
        <source>A sensible length</source>
        <translation>Доречна довжина</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="404"/>
        <source>The reply is {size} bytes long; {platform} accepts at most {limit}.</source>
        <translation>Довжина відповіді — {size} байт; {platform} приймає щонайбільше {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="410"/>
        <source>the platform</source>
        <translation>платформа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="418"/>
        <source>The reply is very short. Add a sentence or two.</source>
        <translation>Відповідь дуже коротка. Додайте одне-два речення.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="457"/>
        <source>Correct the facts</source>
        <translation>Виправте факти</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="458"/>
        <source>Check that every fact in the reply is true and can be shown.</source>
        <translation>Перевірте, що кожен факт у відповіді правдивий і його можна підтвердити.</translation>
    </message>
</context>
<context>
    <name>Confidentiality</name>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="39"/>
        <source>This confirms that the reviewer is or was a patient. Speak about the practice in general instead.</source>
        <translation>Це підтверджує, що автор є або був пацієнтом. Натомість говоріть про клініку загалом.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="44"/>
        <source>This says that someone looked at the reviewer&apos;s records, which confirms they are a patient. Leave it out.</source>
        <translation>Тут сказано, що хтось переглядав медичні записи автора, а це підтверджує, що він пацієнт. Приберіть це.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="49"/>
        <source>This is a health detail (a diagnosis, procedure, medication or test). Leave it out of a public reply.</source>
        <translation>Це дані про здоров’я (діагноз, процедура, ліки чи аналіз). Не згадуйте їх у публічній відповіді.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="54"/>
        <source>This repeats a health detail from the review. Do not repeat it in public, even if the reviewer wrote it.</source>
        <translation>Це повторює дані про здоров’я з відгуку. Не повторюйте їх публічно, навіть якщо автор написав їх сам.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="59"/>
        <source>This mentions insurance. Leave insurance out of a public reply.</source>
        <translation>Тут згадано страхування. Не згадуйте страхування в публічній відповіді.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="62"/>
        <source>This is a date. A date tells others when someone visited; leave it out.</source>
        <translation>Це дата. Дата підказує іншим, коли людина приходила; приберіть її.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="66"/>
        <source>This is about money someone paid. Discuss bills only in private.</source>
        <translation>Ідеться про гроші, які хтось заплатив. Рахунки обговорюйте лише приватно.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="69"/>
        <source>This is a person&apos;s full name or surname. Use a first name only, or no name.</source>
        <translation>Це повне ім’я або прізвище людини. Використовуйте лише ім’я або не називайте людину взагалі.</translation>
    </message>
    <message>
        <source>Confirms a patient</source>
        <translation>Підтверджує, що людина — пацієнт</translation>
    </message>
    <message>
        <source>Health detail</source>
        <translation>Відомості про здоров’я</translation>
    </message>
    <message>
        <source>Date or time of a visit</source>
        <translation>Дата або час візиту</translation>
    </message>
    <message>
        <source>Billing or insurance</source>
        <translation>Оплата або страховка</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Повне ім’я</translation>
    </message>
    <message>
        <source>Reward for reviews</source>
        <translation>Винагорода за відгуки</translation>
    </message>
    <message>
        <source>New information</source>
        <translation>Нові відомості</translation>
    </message>
    <message>
        <source>This offers a reward for a review. Platforms and the law forbid rewards for reviews; leave it out.</source>
        <translation>Тут пропонується винагорода за відгук. Майданчики й закон забороняють винагороджувати за відгуки; приберіть це.</translation>
    </message>
    <message>
        <source>This tells readers something about the reviewer that the review did not say. A reply may answer the review but must add nothing about the patient.</source>
        <translation>Це повідомляє читачам про людину те, чого немає у відгуку. Відповідь може відповідати на відгук, але не має додавати нічого про пацієнта.</translation>
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
        <translation>Оцінка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="42"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="43"/>
        <source>Review</source>
        <translation>Відгук</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="44"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="45"/>
        <source>Sentiment</source>
        <translation>Тональність</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="46"/>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="47"/>
        <source>Urgency</source>
        <translation>Терміновість</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="48"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="49"/>
        <source>Answered (UTC)</source>
        <translation>Дата відповіді (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="50"/>
        <source>Our public reply</source>
        <translation>Наша публічна відповідь</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="51"/>
        <source>Link</source>
        <translation>Посилання</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="90"/>
        <source>The date is empty; the row was skipped.</source>
        <translation>Дату не вказано; рядок пропущено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="94"/>
        <source>The date “{value}” was not understood; the row was skipped.</source>
        <translation>Не вдалося розпізнати дату «{value}»; рядок пропущено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="98"/>
        <source>The rating “{value}” was not understood; the row was skipped.</source>
        <translation>Не вдалося розпізнати оцінку «{value}»; рядок пропущено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="102"/>
        <source>The rating “{value}” is outside the scale; the row was skipped.</source>
        <translation>Оцінка «{value}» поза шкалою; рядок пропущено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="106"/>
        <source>The row has neither text nor a rating; it was skipped.</source>
        <translation>У рядку немає ні тексту, ні оцінки; його пропущено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="110"/>
        <source>The text is longer than {n} characters; only its beginning was imported.</source>
        <translation>Текст довший за {n} символів; імпортовано лише його початок.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="114"/>
        <source>The row could not be read; it was skipped.</source>
        <translation>Не вдалося прочитати рядок; його пропущено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="140"/>
        <source>{imported} new reviews imported, {updated} updated, {unchanged} already there, {skipped} rows skipped.</source>
        <translation>Імпортовано нових відгуків: {imported}; оновлено: {updated}; вже були: {unchanged}; пропущено рядків: {skipped}.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="29"/>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="31"/>
        <source>Needs attention</source>
        <translation>Потребують уваги</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="32"/>
        <source>All reviews</source>
        <translation>Усі відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="33"/>
        <source>New</source>
        <translation>Нові</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="34"/>
        <source>In progress</source>
        <translation>У роботі</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="35"/>
        <source>Answered</source>
        <translation>Відповідь надано</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="36"/>
        <source>Escalated</source>
        <translation>Передано власнику</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="37"/>
        <source>Dismissed</source>
        <translation>Відхилені</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="38"/>
        <source>Overdue</source>
        <translation>Прострочені</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="42"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="43"/>
        <source>All platforms</source>
        <translation>Усі платформи</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="47"/>
        <source>Stars</source>
        <translation>Зірки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="48"/>
        <source>Any stars</source>
        <translation>Будь-яка оцінка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="51"/>
        <source>No stars</source>
        <translation>Без зірок</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="53"/>
        <source>Sentiment</source>
        <translation>Тональність</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="54"/>
        <source>Any sentiment</source>
        <translation>Будь-яка тональність</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="58"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="59"/>
        <source>Any topic</source>
        <translation>Будь-яка тема</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="63"/>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="65"/>
        <source>Any time</source>
        <translation>За весь час</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="66"/>
        <source>Last 7 days</source>
        <translation>Останні 7 днів</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="67"/>
        <source>Last 30 days</source>
        <translation>Останні 30 днів</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="68"/>
        <source>Last 3 months</source>
        <translation>Останні 3 місяці</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="69"/>
        <source>Last 12 months</source>
        <translation>Останні 12 місяців</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="75"/>
        <source>Search reviews (Ctrl+F)</source>
        <translation>Пошук у відгуках (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="76"/>
        <source>Search reviews</source>
        <translation>Пошук у відгуках</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="88"/>
        <source>Clear</source>
        <translation>Скинути</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="89"/>
        <source>Clear the chart filter</source>
        <translation>Скинути фільтр діаграми</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="142"/>
        <source>Chart: {what}</source>
        <translation>Діаграма: {what}</translation>
    </message>
</context>
<context>
    <name>GoogleSignIn</name>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="288"/>
        <source>clinicrep is connected to Google</source>
        <translation>clinicrep підключено до Google</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="290"/>
        <source>Google sign-in was not completed</source>
        <translation>Вхід через Google не завершено</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="292"/>
        <source>You can close this browser tab and return to clinicrep.</source>
        <translation>Можете закрити цю вкладку браузера й повернутися до clinicrep.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="50"/>
        <source>Import reviews from {file}</source>
        <translation>Імпорт відгуків із {file}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="58"/>
        <source>Name of the source</source>
        <translation>Назва джерела</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="60"/>
        <source>Website the file comes from</source>
        <translation>Сайт, з якого отримано файл</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="64"/>
        <source>Language of the reviews</source>
        <translation>Мова відгуків</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="65"/>
        <source>Detect from the text</source>
        <translation>Визначити за текстом</translation>
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
        <translation>Оцінка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="71"/>
        <source>Review text</source>
        <translation>Текст відгуку</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="71"/>
        <source>Link</source>
        <translation>Посилання</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="71"/>
        <source>Review ID</source>
        <translation>ID відгуку</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="72"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="72"/>
        <source>Practice&apos;s reply</source>
        <translation>Відповідь клініки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="76"/>
        <source>Source name:</source>
        <translation>Назва джерела:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="77"/>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="78"/>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="82"/>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="93"/>
        <source>First rows of the file</source>
        <translation>Перші рядки файлу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="101"/>
        <source>{rows} rows · encoding {encoding}</source>
        <translation>Рядків: {rows} · кодування {encoding}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="108"/>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="125"/>
        <source>Choose at least the text or the rating.</source>
        <translation>Виберіть принаймні стовпець тексту або оцінки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="136"/>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="147"/>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="227"/>
        <source>Import reviews</source>
        <translation>Імпорт відгуків</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="138"/>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Таблиці (*.csv *.tsv *.txt);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="176"/>
        <source>Importing reviews…</source>
        <translation>Імпорт відгуків…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="177"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="205"/>
        <source>Line {line}: {reason}</source>
        <translation>Рядок {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="212"/>
        <source>… and {n} more.</source>
        <translation>… і ще {n}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="217"/>
        <source>Import finished</source>
        <translation>Імпорт завершено</translation>
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
        <translation>Оцінка</translation>
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
        <translation>Відгук</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="188"/>
        <source>Sentiment</source>
        <translation>Тональність</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="189"/>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="190"/>
        <source>Urgency</source>
        <translation>Терміновість</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="191"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="192"/>
        <source>Time left</source>
        <translation>Залишок часу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="229"/>
        <source>[edited] </source>
        <translation>[змінено] </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="231"/>
        <source>[removed on platform] </source>
        <translation>[видалено на платформі] </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="233"/>
        <source>(rating only)</source>
        <translation>(лише оцінка)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="256"/>
        <source>%n h left</source>
        <translation>
            <numerusform>ще %n год</numerusform>
            <numerusform>ще %n год</numerusform>
            <numerusform>ще %n год</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="257"/>
        <source>%n min left</source>
        <translation>
            <numerusform>ще %n хв</numerusform>
            <numerusform>ще %n хв</numerusform>
            <numerusform>ще %n хв</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="260"/>
        <source>overdue %n d</source>
        <translation>
            <numerusform>прострочено на %n день</numerusform>
            <numerusform>прострочено на %n дні</numerusform>
            <numerusform>прострочено на %n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="261"/>
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
        <location filename="../../src/clinicrep/labels.py" line="15"/>
        <source>New</source>
        <translation>Новий</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="16"/>
        <source>In progress</source>
        <translation>У роботі</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="17"/>
        <source>Answered</source>
        <translation>Відповідь надано</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="18"/>
        <source>Escalated</source>
        <translation>Передано власнику</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="19"/>
        <source>Dismissed</source>
        <translation>Відхилено</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="34"/>
        <source>Dianping</source>
        <translation>Dianping</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="36"/>
        <source>Other site</source>
        <translation>Інший сайт</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="37"/>
        <source>Offline feedback</source>
        <translation>Офлайн-відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="43"/>
        <source>Positive</source>
        <translation>Позитивна</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="44"/>
        <source>Neutral</source>
        <translation>Нейтральна</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="45"/>
        <source>Negative</source>
        <translation>Негативна</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="51"/>
        <source>Waiting time</source>
        <translation>Час очікування</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="52"/>
        <source>Staff attitude</source>
        <translation>Ставлення персоналу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="53"/>
        <source>Reception and phone</source>
        <translation>Реєстратура й телефон</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="54"/>
        <source>Doctor and outcome</source>
        <translation>Лікар і результат</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="55"/>
        <source>Communication</source>
        <translation>Спілкування</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="56"/>
        <source>Billing and prices</source>
        <translation>Рахунки й ціни</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="57"/>
        <source>Scheduling</source>
        <translation>Запис на прийом</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="58"/>
        <source>Cleanliness and facilities</source>
        <translation>Чистота й приміщення</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="59"/>
        <source>Parking and access</source>
        <translation>Паркування й доїзд</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="60"/>
        <source>Food</source>
        <translation>Харчування</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="61"/>
        <source>Praise of a person</source>
        <translation>Похвала працівнику</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="67"/>
        <source>English</source>
        <translation>Англійська</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="68"/>
        <source>Russian</source>
        <translation>Російська</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="69"/>
        <source>Ukrainian</source>
        <translation>Українська</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="70"/>
        <source>Polish</source>
        <translation>Польська</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="71"/>
        <location filename="../../src/clinicrep/labels.py" line="72"/>
        <source>Chinese</source>
        <translation>Китайська</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="73"/>
        <source>Other language</source>
        <translation>Інша мова</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1"/>
        <source>Analysis update progress</source>
        <translation>Хід оновлення аналізу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1"/>
        <source>Updating the analysis… %p%</source>
        <translation>Оновлення аналізу… %p%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1"/>
        <source>Analysis brought up to date for %n review(s).</source>
        <translation>
            <numerusform>Аналіз оновлено для %n відгуку.</numerusform>
            <numerusform>Аналіз оновлено для %n відгуків.</numerusform>
            <numerusform>Аналіз оновлено для %n відгуків.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="80"/>
        <source>clinicrep — demo data</source>
        <translation>clinicrep — демонстраційні дані</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="80"/>
        <source>clinicrep</source>
        <translation>clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="90"/>
        <source>Inbox of reviews</source>
        <translation>Вхідні відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="148"/>
        <source>Inbox</source>
        <translation>Вхідні</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="149"/>
        <source>Charts</source>
        <translation>Діаграми</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="175"/>
        <source>Sync progress</source>
        <translation>Хід синхронізації</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="239"/>
        <source>Filters</source>
        <translation>Фільтри</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="248"/>
        <source>Sync now</source>
        <translation>Синхронізувати</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="249"/>
        <source>Fetch new reviews from every connected platform (F5)</source>
        <translation>Отримати нові відгуки з усіх підключених платформ (F5)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="256"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="257"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронізувати зараз</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="261"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="265"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Імпортувати файл…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="269"/>
        <source>Add &amp;offline feedback…</source>
        <translation>Додати &amp;офлайн-відгук…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="284"/>
        <source>Review-request &amp;card…</source>
        <translation>&amp;Картка-запрошення до відгуку…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="274"/>
        <source>&amp;Monthly summary (PDF)…</source>
        <translation>&amp;Щомісячне зведення (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="278"/>
        <source>E&amp;xport the reviews shown (CSV)…</source>
        <translation>&amp;Експорт показаних відгуків (CSV)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="289"/>
        <source>&amp;Restore from backup…</source>
        <translation>Відновити з &amp;резервної копії…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="293"/>
        <source>So&amp;urces…</source>
        <translation>&amp;Джерела…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="297"/>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="302"/>
        <source>&amp;Review</source>
        <translation>&amp;Відгук</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="305"/>
        <source>Mark as &amp;new</source>
        <translation>Позначити: &amp;новий</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="306"/>
        <source>Mark as &amp;in progress</source>
        <translation>Позначити: у &amp;роботі</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="307"/>
        <source>Mark as &amp;answered</source>
        <translation>Позначити: &amp;відповідь надано</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="308"/>
        <source>&amp;Escalate to the owner</source>
        <translation>&amp;Передати власнику</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="309"/>
        <source>&amp;Dismiss</source>
        <translation>Ві&amp;дхилити</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="319"/>
        <source>Reply &amp;templates…</source>
        <translation>&amp;Шаблони відповідей…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="323"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="324"/>
        <source>&amp;About clinicrep</source>
        <translation>&amp;Про clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="386"/>
        <source>Status changed.</source>
        <translation>Статус змінено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="390"/>
        <source>Reply published.</source>
        <translation>Відповідь опубліковано.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="407"/>
        <source>{shown} shown · {new} new · {open} open · {overdue} overdue</source>
        <translation>Показано: {shown} · нових: {new} · відкритих: {open} · прострочених: {overdue}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="418"/>
        <source>Checking for reviews…</source>
        <translation>Перевірка нових відгуків…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="429"/>
        <source>{source}: {n} reviews</source>
        <translation>{source}: відгуків — {n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="442"/>
        <source>{source}: {message}</source>
        <translation>{source}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="451"/>
        <source>Up to date: {new} new, {edited} edited.</source>
        <translation>Синхронізовано: нових — {new}, змінених — {edited}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="593"/>
        <source>Monitoring</source>
        <translation>Моніторинг</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="595"/>
        <source>The checks without the window could not be set up on this computer. The window still checks while it is open. Details: {details}</source>
        <translation>Не вдалося налаштувати перевірки без відкритого вікна на цьому комп’ютері. Поки вікно відкрите, перевірки тривають. Подробиці: {details}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="618"/>
        <source>Restore from backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="620"/>
        <source>Replace the reviews, drafts and settings with the chosen copy? The data as it is now is kept as a copy first, so this can be undone.</source>
        <translation>Замінити відгуки, чернетки й налаштування вибраною копією? Поточні дані спершу буде збережено як копію, тож цю дію можна скасувати.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="630"/>
        <source>About clinicrep</source>
        <translation>Про clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="632"/>
        <source>clinicrep {version}

Reviews of your practice from every platform, answered well and in time. Your data stays on this computer.</source>
        <translation>clinicrep {version}

Відгуки про вашу клініку з усіх платформ — з якісними й вчасними відповідями. Ваші дані зберігаються на цьому комп’ютері.</translation>
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
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="27"/>
        <source>Add offline feedback</source>
        <translation>Додати офлайн-відгук</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="30"/>
        <source>From</source>
        <translation>Від кого</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="31"/>
        <source>Name as the person gave it, or leave empty</source>
        <translation>Ім’я, як його назвала людина, або залиште порожнім</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="33"/>
        <source>Received by</source>
        <translation>Спосіб отримання</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="35"/>
        <source>At the reception desk</source>
        <translation>У реєстратурі</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="36"/>
        <source>By phone</source>
        <translation>Телефоном</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="37"/>
        <source>By letter</source>
        <translation>Листом</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="38"/>
        <source>By e-mail</source>
        <translation>Електронною поштою</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="39"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="43"/>
        <source>Rating</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="44"/>
        <source>No rating</source>
        <translation>Без оцінки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="48"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="51"/>
        <source>What they said</source>
        <translation>Що сказали</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="53"/>
        <source>From:</source>
        <translation>Від кого:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="54"/>
        <source>Received:</source>
        <translation>Отримано:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="55"/>
        <source>Rating:</source>
        <translation>Оцінка:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="56"/>
        <source>When:</source>
        <translation>Коли:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="57"/>
        <source>What they said:</source>
        <translation>Що сказали:</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="17"/>
        <source>An unexpected error happened. Your data is safe. Send the details to support if it happens again.</source>
        <translation>Сталася неочікувана помилка. Ваші дані в безпеці. Якщо це повториться, надішліть подробиці до служби підтримки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="29"/>
        <source>The review database is damaged and was not changed. Restore a backup, or choose another folder for clinicrep&apos;s data.</source>
        <translation>База відгуків пошкоджена; зміни до неї не вносилися. Відновіть резервну копію або виберіть іншу папку для даних clinicrep.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="35"/>
        <source>This review database was made by a newer version of clinicrep. Install the newer version, or choose another folder for clinicrep&apos;s data.</source>
        <translation>Цю базу відгуків створено новішою версією clinicrep. Установіть новішу версію або виберіть іншу папку для даних clinicrep.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="41"/>
        <source>The review database is busy in another program. Close the other clinicrep window and try again.</source>
        <translation>База відгуків зайнята іншою програмою. Закрийте інше вікно clinicrep і спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="47"/>
        <source>The disk is full. Free some space, then try again; nothing was lost.</source>
        <translation>Диск заповнено. Звільніть місце й спробуйте ще раз; нічого не втрачено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="51"/>
        <source>clinicrep cannot write to its data folder. Check that the folder exists and that you may write to it, or choose another folder.</source>
        <translation>clinicrep не може записувати в папку даних. Перевірте, що папка існує і ви маєте право запису до неї, або виберіть іншу папку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="57"/>
        <source>No secure password storage was found on this computer. Install or unlock the system keyring, or keep the sign-in for this session only.</source>
        <translation>На цьому комп’ютері не знайдено захищеного сховища паролів. Установіть або розблокуйте системне сховище ключів чи збережіть вхід лише на цей сеанс.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="63"/>
        <source>The connection to this platform has expired or was revoked. Open Sources and connect the account again.</source>
        <translation>Підключення до цієї платформи застаріло або його відкликано. Відкрийте «Джерела» й підключіть обліковий запис знову.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="69"/>
        <source>The connected account is not allowed to read or answer these reviews. Connect an account that manages the practice&apos;s page.</source>
        <translation>Підключений обліковий запис не має права читати ці відгуки або відповідати на них. Підключіть обліковий запис, який керує сторінкою клініки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="78"/>
        <source>The platform asks us to slow down. clinicrep will try again in about {n} minutes.</source>
        <translation>Платформа просить робити запити рідше. clinicrep спробує знову приблизно через {n} хв.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="82"/>
        <source>The platform asks us to slow down. clinicrep will try again later.</source>
        <translation>Платформа просить робити запити рідше. clinicrep спробує знову пізніше.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="86"/>
        <source>No connection to the internet. Check the network; clinicrep will try again at the next check.</source>
        <translation>Немає підключення до інтернету. Перевірте мережу; clinicrep спробує знову під час наступної перевірки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="92"/>
        <source>The platform did not answer in time. clinicrep will try again at the next check.</source>
        <translation>Платформа не відповіла вчасно. clinicrep спробує знову під час наступної перевірки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="97"/>
        <source>The platform sent an answer clinicrep cannot read. Try again later; if it persists, send the details to support.</source>
        <translation>Платформа надіслала відповідь, яку clinicrep не може прочитати. Спробуйте пізніше; якщо помилка повториться, надішліть подробиці до служби підтримки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="103"/>
        <source>The platform has switched off this kind of access. Reviews already fetched are kept; import new ones from a file instead.</source>
        <translation>Платформа вимкнула такий спосіб доступу. Уже отримані відгуки збережено; нові імпортуйте з файлу.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="109"/>
        <source>This platform does not allow answering through clinicrep. Copy the reply and open the review&apos;s page to post it there.</source>
        <translation>Ця платформа не дозволяє відповідати через clinicrep. Скопіюйте відповідь і відкрийте сторінку відгуку, щоб опублікувати її там.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="115"/>
        <source>Stopped. What was fetched so far is kept; the next check goes on from there.</source>
        <translation>Зупинено. Уже отримане збережено; наступна перевірка продовжить з цього місця.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="120"/>
        <source>The reply is longer than the platform allows ({limit} bytes). Shorten it and publish again.</source>
        <translation>Відповідь довша, ніж дозволяє платформа ({limit} байт). Скоротіть її та опублікуйте знову.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="126"/>
        <source>Signing in did not finish. Try again, and allow clinicrep access in the browser window that opens.</source>
        <translation>Вхід не завершено. Спробуйте ще раз і дозвольте clinicrep доступ у вікні браузера, що відкриється.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="132"/>
        <source>Give the month as year and month, for example 2026-10.</source>
        <translation>Вкажіть місяць у форматі «рік-місяць», наприклад 2026-10.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="136"/>
        <source>That does not look like a web link to your review page. Copy the link from the platform (it starts with https://) and try again.</source>
        <translation>Це не схоже на вебпосилання на сторінку ваших відгуків. Скопіюйте посилання з платформи (воно починається з https://) і спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="142"/>
        <source>The report could not be saved there. Choose another folder, for example Documents.</source>
        <translation>Не вдалося зберегти звіт у цьому місці. Виберіть іншу папку, наприклад «Документи».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="147"/>
        <source>Not published: the reply says something a public reply must not (highlighted). Change it, or confirm each passage explicitly.</source>
        <translation>Не опубліковано: відповідь містить те, чого не можна казати в публічній відповіді (виділено). Змініть текст або явно підтвердьте кожен фрагмент.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="153"/>
        <source>The reply is empty. Write the reply first.</source>
        <translation>Відповідь порожня. Спершу напишіть відповідь.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="155"/>
        <source>This reply is being sent or its outcome is not known yet. Wait for the next check, then try again.</source>
        <translation>Ця відповідь зараз надсилається або її результат ще невідомий. Дочекайтеся наступної перевірки й спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="161"/>
        <source>The review or page no longer exists on the platform.</source>
        <translation>Відгук або сторінка більше не існує на платформі.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="165"/>
        <source>The mail server did not accept the user name or password. Check them in Settings → Monitoring; alerts are kept and sent once it works.</source>
        <translation>Поштовий сервер не прийняв ім’я користувача або пароль. Перевірте їх у розділі «Налаштування → Моніторинг»; сповіщення збережено, їх буде надіслано, щойно все запрацює.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="171"/>
        <source>The alert e-mail could not be sent. Check the mail server, port and security in Settings → Monitoring; alerts are kept and sent at the next check.</source>
        <translation>Не вдалося надіслати лист зі сповіщенням. Перевірте поштовий сервер, порт і захист у розділі «Налаштування → Моніторинг»; сповіщення збережено, їх буде надіслано під час наступної перевірки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="177"/>
        <source>The file could not be read as a table of reviews. Save it as CSV (UTF-8) and try again.</source>
        <translation>Не вдалося прочитати файл як таблицю відгуків. Збережіть його у форматі CSV (UTF-8) і спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="182"/>
        <source>Something went wrong. Try again; if it persists, send the details to support.</source>
        <translation>Щось пішло не так. Спробуйте ще раз; якщо помилка повториться, надішліть подробиці до служби підтримки.</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="88"/>
        <source>clinicrep has not been able to check for new reviews for more than {hours} hours.</source>
        <translation>Уже понад {hours} год clinicrep не може перевірити нові відгуки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="97"/>
        <source>Not checked yet. Turn on the scheduled checks in Settings, or open clinicrep.</source>
        <translation>Ще не перевірялося. Увімкніть перевірки за розкладом у налаштуваннях або відкрийте clinicrep.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="102"/>
        <source>The last check did not finish. Open clinicrep and press Sync now.</source>
        <translation>Остання перевірка не завершилася. Відкрийте clinicrep і натисніть «Синхронізувати».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="107"/>
        <source>{source}: {reason}</source>
        <translation>{source}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="117"/>
        <source>{source}: no successful check yet</source>
        <translation>{source}: успішних перевірок ще не було</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="121"/>
        <source>{source}: last successful check {when}</source>
        <translation>{source}: остання успішна перевірка {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="176"/>
        <source>Scheduled check ({mechanism})</source>
        <translation>Перевірка за розкладом ({mechanism})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="178"/>
        <source>Start in the tray at login ({mechanism})</source>
        <translation>Запуск у треї під час входу в систему ({mechanism})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="190"/>
        <source>Nothing is installed: reviews are checked only while the window is open.</source>
        <translation>Нічого не встановлено: відгуки перевіряються, лише коли вікно відкрите.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="206"/>
        <source>Last scheduled runs:</source>
        <translation>Останні запуски за розкладом:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="213"/>
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
        <location filename="../../src/clinicrep/ui/alerts.py" line="174"/>
        <source>Monitoring</source>
        <translation>Моніторинг</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="179"/>
        <source>Hide</source>
        <translation>Сховати</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/alerts.py" line="199"/>
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
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="47"/>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="187"/>
        <source>Monitoring</source>
        <translation>Моніторинг</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="53"/>
        <source>Check for new reviews every N minutes, also when clinicrep is closed</source>
        <translation>Перевіряти нові відгуки кожні N хвилин, навіть коли clinicrep закрито</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="58"/>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="60"/>
        <source>Start clinicrep in the tray when I log in</source>
        <translation>Запускати clinicrep у треї під час входу в систему</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="64"/>
        <source> h</source>
        <translation> год</translation>
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
        <translation>Немає</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="84"/>
        <source>kept in the system keyring; leave empty to keep the saved one</source>
        <translation>зберігається в системному сховищі ключів; залиште порожнім, щоб не змінювати</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="88"/>
        <source>one or more addresses, separated by commas</source>
        <translation>одна або кілька адрес через кому</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="91"/>
        <source>Send one e-mail a day with the alerts (digest)</source>
        <translation>Надсилати один лист на день з усіма сповіщеннями (зведення)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="93"/>
        <source>Send a test message</source>
        <translation>Надіслати тестовий лист</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="106"/>
        <source>Check every:</source>
        <translation>Перевіряти кожні:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="108"/>
        <source>Warn when no check succeeded for:</source>
        <translation>Попереджати, якщо немає успішних перевірок протягом:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="109"/>
        <source>Mail server:</source>
        <translation>Поштовий сервер:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="110"/>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="111"/>
        <source>Security:</source>
        <translation>Захист:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="112"/>
        <source>User name:</source>
        <translation>Ім’я користувача:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="113"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="114"/>
        <source>From address:</source>
        <translation>Адреса відправника:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="115"/>
        <source>Send alerts to:</source>
        <translation>Надсилати сповіщення на:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="116"/>
        <source>Quiet hours from:</source>
        <translation>Тихі години з:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="117"/>
        <source>Quiet hours until:</source>
        <translation>Тихі години до:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="120"/>
        <source>Installed on this computer:</source>
        <translation>Встановлено на цьому комп’ютері:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="142"/>
        <source>off</source>
        <translation>вимк.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="143"/>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="158"/>
        <source>Nothing: reviews are checked only while the window is open.</source>
        <translation>Нічого: відгуки перевіряються, лише коли вікно відкрите.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="197"/>
        <source>Sending…</source>
        <translation>Надсилання…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="206"/>
        <source>Sent. Check the mailbox of each address.</source>
        <translation>Надіслано. Перевірте поштову скриньку кожної адреси.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="212"/>
        <source>Fill in the mail server and at least one address first.</source>
        <translation>Спершу вкажіть поштовий сервер і принаймні одну адресу.</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message numerus="yes">
        <source>In the month before, %n reviews were received.</source>
        <translation>
            <numerusform>Попереднього місяця отримано відгуків: %n.</numerusform>
            <numerusform>Попереднього місяця отримано відгуків: %n.</numerusform>
            <numerusform>Попереднього місяця отримано відгуків: %n.</numerusform>
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
        <source>Reviews still unanswered at the end of the month: %n. Answer them, oldest first.</source>
        <translation>
            <numerusform>Відгуків без відповіді на кінець місяця: %n. Дайте відповідь, починаючи з найстаріших.</numerusform>
            <numerusform>Відгуків без відповіді на кінець місяця: %n. Дайте відповідь, починаючи з найстаріших.</numerusform>
            <numerusform>Відгуків без відповіді на кінець місяця: %n. Дайте відповідь, починаючи з найстаріших.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{topic} was named in %n complaints, up from {before}.</source>
        <translation>
            <numerusform>{topic}: скарг — %n, минулого місяця — {before}.</numerusform>
            <numerusform>{topic}: скарг — %n, минулого місяця — {before}.</numerusform>
            <numerusform>{topic}: скарг — %n, минулого місяця — {before}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="239"/>
        <source>Only {share} of this month&apos;s reviews were answered within 48 hours. Patients and platforms notice quick answers.</source>
        <translation>Лише на {share} відгуків за цей місяць відповіли протягом 48 годин. Пацієнти й платформи помічають швидкі відповіді.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="250"/>
        <source>The average rating fell from {before} to {now}. The complaints below say why.</source>
        <translation>Середня оцінка знизилася з {before} до {now}. Причини — у скаргах нижче.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="263"/>
        <source>Negative reviews rose to {now} of all reviews, from {before}.</source>
        <translation>Частка негативних відгуків зросла з {before} до {now}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/reports/monthly.py" line="272"/>
        <source>Alerts of this month not yet acknowledged: %n. Open them in the inbox.</source>
        <translation>
            <numerusform>Непідтверджених сповіщень за цей місяць: %n. Відкрийте їх у вкладці «Вхідні».</numerusform>
            <numerusform>Непідтверджених сповіщень за цей місяць: %n. Відкрийте їх у вкладці «Вхідні».</numerusform>
            <numerusform>Непідтверджених сповіщень за цей місяць: %n. Відкрийте їх у вкладці «Вхідні».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="280"/>
        <source>Nothing needs special attention this month. Keep answering every review within a day.</source>
        <translation>Цього місяця ніщо не потребує особливої уваги. І надалі відповідайте на кожен відгук протягом доби.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="286"/>
        <source>Patients praised {topic} most often ({count} reviews): tell the team.</source>
        <translation>Найчастіше пацієнти хвалили тему «{topic}» (відгуків: {count}): розкажіть про це команді.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="296"/>
        <source>{points} pts</source>
        <translation>{points} в. п.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="317"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="395"/>
        <source>Reviews received</source>
        <translation>Отримано відгуків</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="323"/>
        <source>Average rating (of 5)</source>
        <translation>Середня оцінка (з 5)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="330"/>
        <source>Positive reviews</source>
        <translation>Позитивні відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="336"/>
        <source>Negative reviews</source>
        <translation>Негативні відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="342"/>
        <source>Reviews answered</source>
        <translation>Відгуки з відповіддю</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="348"/>
        <source>Answered within 24 hours</source>
        <translation>Відповідь протягом 24 годин</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="354"/>
        <source>Answered within 48 hours</source>
        <translation>Відповідь протягом 48 годин</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="360"/>
        <source>Median time to answer</source>
        <translation>Медіанний час відповіді</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="367"/>
        <source>Unanswered at month end</source>
        <translation>Без відповіді на кінець місяця</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="381"/>
        <source>Change</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="387"/>
        <source>No reviews in this period.</source>
        <translation>За цей період відгуків немає.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="389"/>
        <source>Rating over the last 12 months</source>
        <translation>Оцінка за останні 12 місяців</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="394"/>
        <source>Average rating</source>
        <translation>Середня оцінка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="399"/>
        <source>Reviews per platform</source>
        <translation>Відгуки за платформами</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="416"/>
        <source>{name}: {share} ({count})</source>
        <translation>{name}: {share} ({count})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="419"/>
        <source>Not analysed yet</source>
        <translation>Ще не проаналізовано</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="426"/>
        <source>Sentiment of the month&apos;s reviews</source>
        <translation>Тональність відгуків за місяць</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="432"/>
        <source>Most praised</source>
        <translation>Найчастіші похвали</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="437"/>
        <source>No topics of praise this month.</source>
        <translation>Цього місяця тем для похвали не було.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="441"/>
        <source>Most complained about</source>
        <translation>Найчастіші скарги</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="446"/>
        <source>No topics of complaint this month.</source>
        <translation>Цього місяця тем для скарг не було.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="450"/>
        <source>Charts</source>
        <translation>Діаграми</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="472"/>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="479"/>
        <source>(no text, rating only)</source>
        <translation>(без тексту, лише оцінка)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="485"/>
        <source>Our public reply</source>
        <translation>Наша публічна відповідь</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="487"/>
        <source>Our public reply, {date}</source>
        <translation>Наша публічна відповідь, {date}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="494"/>
        <source>Not answered yet.</source>
        <translation>Відповіді ще немає.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="502"/>
        <source>Internal note (not public)</source>
        <translation>Внутрішня примітка (не для публікації)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="504"/>
        <source>Unpublished draft reply (not public)</source>
        <translation>Неопублікована чернетка відповіді (не для публікації)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="512"/>
        <source>The month&apos;s most important reviews</source>
        <translation>Найважливіші відгуки місяця</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="516"/>
        <source>Complaints that need attention</source>
        <translation>Скарги, що потребують уваги</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="527"/>
        <source>No negative reviews this month.</source>
        <translation>Цього місяця негативних відгуків не було.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="534"/>
        <source>Warm words from patients</source>
        <translation>Теплі слова пацієнтів</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="545"/>
        <source>No positive reviews with text this month.</source>
        <translation>Цього місяця не було позитивних відгуків із текстом.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="556"/>
        <source>Spike of negative reviews</source>
        <translation>Сплеск негативних відгуків</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="558"/>
        <source>Urgent review</source>
        <translation>Терміновий відгук</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="559"/>
        <source>Alert</source>
        <translation>Сповіщення</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="565"/>
        <source>Acknowledged on {date}.</source>
        <translation>Підтверджено {date}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="571"/>
        <source>The review was answered on {date}.</source>
        <translation>На відгук відповіли {date}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="577"/>
        <source>The review&apos;s status: {status}.</source>
        <translation>Статус відгуку: {status}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="582"/>
        <source>Nothing has been done about it yet.</source>
        <translation>Жодних дій ще не вжито.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="586"/>
        <source>Alerts and spikes</source>
        <translation>Сповіщення та сплески</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="590"/>
        <source>No alerts were raised this month.</source>
        <translation>Цього місяця сповіщень не було.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="604"/>
        <source>What was done: {done}</source>
        <translation>Що зроблено: {done}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="617"/>
        <source>Things to act on</source>
        <translation>Що варто зробити</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="637"/>
        <source>Made on {date}</source>
        <translation>Створено {date}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="641"/>
        <source>Includes internal notes: not for publication.</source>
        <translation>Містить внутрішні примітки: не для публікації.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="647"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="728"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="752"/>
        <source>Monthly review summary</source>
        <translation>Щомісячний звіт про відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="657"/>
        <source>No reviews were received in {month}.</source>
        <translation>{month}: відгуків не надходило.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="692"/>
        <source>The month in figures</source>
        <translation>Місяць у цифрах</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="740"/>
        <source>Page {page} of {pages}</source>
        <translation>Сторінка {page} з {pages}</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="80"/>
        <source>Monthly summary</source>
        <translation>Щомісячний звіт</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="82"/>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="86"/>
        <source>Paper size</source>
        <translation>Розмір паперу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="89"/>
        <source>Include internal notes (only for the practice&apos;s eyes)</source>
        <translation>Включити внутрішні примітки (лише для працівників клініки)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="91"/>
        <source>Month:</source>
        <translation>Місяць:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="92"/>
        <source>Paper:</source>
        <translation>Папір:</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="89"/>
        <source>Kind of reply</source>
        <translation>Тип відповіді</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="93"/>
        <source>Start from the template</source>
        <translation>Почати з шаблону</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="98"/>
        <source>Reply:</source>
        <translation>Відповідь:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="106"/>
        <source>Reply text</source>
        <translation>Текст відповіді</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="107"/>
        <source>Write the practice&apos;s public reply here.</source>
        <translation>Напишіть тут публічну відповідь клініки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="112"/>
        <source>Confidentiality problems</source>
        <translation>Проблеми конфіденційності</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="116"/>
        <source>Checklist</source>
        <translation>Контрольний список</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="126"/>
        <source>Publish</source>
        <translation>Опублікувати</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="128"/>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="381"/>
        <source>Post the reply on the platform (Ctrl+Enter)</source>
        <translation>Опублікувати відповідь на платформі (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="130"/>
        <source>Publish anyway…</source>
        <translation>Усе одно опублікувати…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="132"/>
        <source>Confirm that each highlighted passage may be published</source>
        <translation>Підтвердьте, що кожен виділений фрагмент можна опублікувати</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="135"/>
        <source>Copy and open page</source>
        <translation>Копіювати й відкрити сторінку</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="137"/>
        <source>Mark answered</source>
        <translation>Позначити: відповідь надано</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="221"/>
        <source>Published on {date}. Publishing again replaces it.</source>
        <translation>Опубліковано {date}. Повторна публікація замінить цю відповідь.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="228"/>
        <source>Sending was interrupted. clinicrep checks the platform at the next sync before anything is sent again.</source>
        <translation>Надсилання перервалося. Перш ніж надіслати щось знову, clinicrep перевірить платформу під час наступної синхронізації.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="233"/>
        <source>The last attempt to publish failed. You can try again.</source>
        <translation>Остання спроба опублікувати не вдалася. Можете спробувати ще раз.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="237"/>
        <source>This platform does not let clinicrep post replies: copy the reply, post it on the review&apos;s page, then mark the review answered.</source>
        <translation>Ця платформа не дозволяє clinicrep публікувати відповіді: скопіюйте відповідь, опублікуйте її на сторінці відгуку, а потім позначте, що відповідь надано.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="317"/>
        <source>“{words}”: {reason}</source>
        <translation>«{words}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="319"/>
        <source>(confirmed by you)</source>
        <translation>(підтверджено вами)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="378"/>
        <source>Fix the highlighted passages first: a public reply must not say them.</source>
        <translation>Спершу виправте виділені фрагменти: у публічній відповіді їх не можна казати.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="390"/>
        <source>Answered or closed</source>
        <translation>Відповідь надано або відгук закрито</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="397"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Прострочено на %n день</numerusform>
            <numerusform>Прострочено на %n дні</numerusform>
            <numerusform>Прострочено на %n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="398"/>
        <source>Overdue by %n hour(s)</source>
        <translation>
            <numerusform>Прострочено на %n годину</numerusform>
            <numerusform>Прострочено на %n години</numerusform>
            <numerusform>Прострочено на %n годин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="401"/>
        <source>Past the aim; answer within %n hour(s)</source>
        <translation>
            <numerusform>Бажаний строк минув; дайте відповідь протягом %n години</numerusform>
            <numerusform>Бажаний строк минув; дайте відповідь протягом %n годин</numerusform>
            <numerusform>Бажаний строк минув; дайте відповідь протягом %n годин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="402"/>
        <source>Answer within %n hour(s)</source>
        <translation>
            <numerusform>Дайте відповідь протягом %n години</numerusform>
            <numerusform>Дайте відповідь протягом %n годин</numerusform>
            <numerusform>Дайте відповідь протягом %n годин</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="413"/>
        <source>Publish passages the guard flagged?</source>
        <translation>Опублікувати фрагменти, позначені перевіркою?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="415"/>
        <source>A public reply must not confirm that someone is a patient or mention health details, dates, prices or full names. Regulators have fined practices for such replies.

{lines}

Publish these passages anyway? Your confirmation is recorded.</source>
        <translation>Публічна відповідь не повинна підтверджувати, що людина є пацієнтом, або згадувати дані про здоров’я, дати, ціни чи повні імена. Регулятори вже штрафували клініки за такі відповіді.

{lines}

Усе одно опублікувати ці фрагменти? Ваше підтвердження буде записано.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="457"/>
        <source>Publishing…</source>
        <translation>Публікація…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="478"/>
        <source>Not published: fix the highlighted passages first.</source>
        <translation>Не опубліковано: спершу виправте виділені фрагменти.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="494"/>
        <source>Copied. Paste it on the review&apos;s page, then press “Mark answered”.</source>
        <translation>Скопійовано. Вставте відповідь на сторінці відгуку, а потім натисніть «Позначити: відповідь надано».</translation>
    </message>
    <message>
        <source>“{words}” — {rule}: {reason}</source>
        <translation>«{words}» — {rule}: {reason}</translation>
    </message>
    <message>
        <source>Safer: “{rewrite}” (double-click to use it)</source>
        <translation>Безпечніше: «{rewrite}» (подвійне клацання — підставити)</translation>
    </message>
    <message>
        <source>Why: {law}</source>
        <translation>Підстава: {law}</translation>
    </message>
    <message>
        <source>A reward for reviews can never be published: remove it first.</source>
        <translation>Винагороду за відгуки публікувати не можна ніколи: спершу приберіть її.</translation>
    </message>
    <message>
        <source>Checking the long reply…</source>
        <translation>Перевіряємо довгу відповідь…</translation>
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
        <translation>Змішаний відгук</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="29"/>
        <source>Complaint</source>
        <translation>Скарга</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="30"/>
        <source>Misinformation</source>
        <translation>Дезінформація</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="31"/>
        <source>Crisis</source>
        <translation>Криза</translation>
    </message>
</context>
<context>
    <name>ReportDialogs</name>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="47"/>
        <source>Saved to {path}</source>
        <translation>Збережено: {path}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="49"/>
        <source>Open</source>
        <translation>Відкрити</translation>
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
        <translation>Експорт відгуків</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="138"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message numerus="yes">
        <location filename="../../src/clinicrep/reports/language.py" line="110"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n хв</numerusform>
            <numerusform>%n хв</numerusform>
            <numerusform>%n хв</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/language.py" line="112"/>
        <source>{hours} h</source>
        <translation>{hours} год</translation>
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
        <translation>Давайте картку всім пацієнтам без винятку. Просити відгуки лише в тих, хто, на вашу думку, задоволений («review gating»), заборонено правилами Google, Yelp, Trustpilot та інших платформ, і за це вони можуть видалити ваші відгуки.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="212"/>
        <source>How was your visit?</source>
        <translation>Як минув ваш візит?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="213"/>
        <source>Tell us and other patients on {platform}: point your phone&apos;s camera at the code.</source>
        <translation>Розкажіть нам та іншим пацієнтам на {platform}: наведіть камеру телефона на код.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="219"/>
        <source>Every review helps us improve, whatever it says. Thank you!</source>
        <translation>Кожен відгук допомагає нам ставати кращими, хоч би що в ньому було. Дякуємо!</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="223"/>
        <source>Review request card for {platform}</source>
        <translation>Картка-запрошення до відгуку на {platform}</translation>
    </message>
</context>
<context>
    <name>RequestCardDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="162"/>
        <source>Review-request card</source>
        <translation>Картка-запрошення до відгуку</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="165"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="170"/>
        <source>Link to the review page</source>
        <translation>Посилання на сторінку відгуків</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="173"/>
        <source>Language of the card</source>
        <translation>Мова картки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="177"/>
        <source>Layout</source>
        <translation>Макет</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="178"/>
        <source>One poster for the desk</source>
        <translation>Один плакат для реєстратури</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="179"/>
        <source>Four cards to cut out</source>
        <translation>Чотири картки для вирізання</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="186"/>
        <source>Platform:</source>
        <translation>Платформа:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="187"/>
        <source>Review page link:</source>
        <translation>Посилання на сторінку відгуків:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="188"/>
        <source>Language:</source>
        <translation>Мова:</translation>
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
        <translation>Вибраний відгук</translation>
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
        <translation>Мова:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="90"/>
        <source>Analysis:</source>
        <translation>Аналіз:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="91"/>
        <source>Urgency:</source>
        <translation>Терміновість:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="92"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="97"/>
        <source>Review text</source>
        <translation>Текст відгуку</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="104"/>
        <source>Earlier versions and replies</source>
        <translation>Попередні версії та відповіді</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="107"/>
        <source>Open on the platform</source>
        <translation>Відкрити на платформі</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="129"/>
        <source>No review selected</source>
        <translation>Відгук не вибрано</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="147"/>
        <source>(no name)</source>
        <translation>(без імені)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="169"/>
        <source>The platform shows only an excerpt here; open it to read it all.</source>
        <translation>Платформа показує тут лише уривок; відкрийте відгук, щоб прочитати його повністю.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="172"/>
        <source>The author edited this review; earlier text is below.</source>
        <translation>Автор змінив цей відгук; попередній текст наведено нижче.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="174"/>
        <source>This review is no longer on the platform. It is kept here.</source>
        <translation>Цього відгуку більше немає на платформі. Тут його збережено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="178"/>
        <source>(rating only, no text)</source>
        <translation>(лише оцінка, без тексту)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="187"/>
        <source>Translation by the platform:</source>
        <translation>Переклад від платформи:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="190"/>
        <source>The practice&apos;s reply on the platform:</source>
        <translation>Відповідь клініки на платформі:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="196"/>
        <source>Earlier version (replaced {date}), {stars}:</source>
        <translation>Попередня версія (замінена {date}), {stars}:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="42"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="49"/>
        <source>e.g. Anna Nowak, practice manager</source>
        <translation>напр. Анна Новак, адміністратор клініки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="52"/>
        <source>Languages the practice answers in, e.g. en, pl, ru, uk, zh</source>
        <translation>Мови, якими відповідає клініка, напр. en, pl, ru, uk, zh</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="55"/>
        <source>Practice name:</source>
        <translation>Назва клініки:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="56"/>
        <source>Phone for replies:</source>
        <translation>Телефон для відповідей:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="57"/>
        <source>E-mail for replies:</source>
        <translation>Ел. пошта для відповідей:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="58"/>
        <source>Replies signed by:</source>
        <translation>Підпис під відповідями:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="59"/>
        <source>Reply languages:</source>
        <translation>Мови відповідей:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="65"/>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="74"/>
        <source>Alert when negative reviews in a day or week exceed the usual rate this many times</source>
        <translation>Сповіщати, коли кількість негативних відгуків за день або тиждень перевищує звичайну в стільки разів</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="81"/>
        <source>Aim to answer within:</source>
        <translation>Бажаний час відповіді:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="82"/>
        <source>Answer at the latest within:</source>
        <translation>Граничний час відповіді:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="83"/>
        <source>Check for new reviews every:</source>
        <translation>Перевіряти нові відгуки кожні:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="84"/>
        <source>Spike alert threshold:</source>
        <translation>Поріг сповіщення про сплеск:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="85"/>
        <source>Urgent review alert from urgency:</source>
        <translation>Поріг терміновості для сповіщення:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="88"/>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="94"/>
        <source>Same as the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="94"/>
        <source>Light</source>
        <translation>Світлі</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="94"/>
        <source>Dark</source>
        <translation>Темні</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="99"/>
        <source>Language of clinicrep:</source>
        <translation>Мова clinicrep:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="100"/>
        <source>Colours:</source>
        <translation>Кольори:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="111"/>
        <source>The practice</source>
        <translation>Клініка</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="112"/>
        <source>Answer times, checks and alerts</source>
        <translation>Час відповіді, перевірки та сповіщення</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="113"/>
        <source>Language and look</source>
        <translation>Мова та вигляд</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="133"/>
        <source> h</source>
        <translation> год</translation>
    </message>
    <message>
        <source>The reply guard applies this country&apos;s confidentiality rules and cites its law.</source>
        <translation>Перевірка відповідей застосовує правила конфіденційності цієї країни й посилається на її закон.</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Країна:</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>США</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Велика Британія</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Росія</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Україна</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польща</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>Інша країна</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="82"/>
        <source>Connect a platform</source>
        <translation>Підключити платформу</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="82"/>
        <source>Edit</source>
        <translation>Редагувати</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="86"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="95"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="97"/>
        <source>Language of the reviews</source>
        <translation>Мова відгуків</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="111"/>
        <source>Platform:</source>
        <translation>Платформа:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="112"/>
        <source>Name shown in clinicrep:</source>
        <translation>Назва в clinicrep:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="113"/>
        <source>Language of the reviews:</source>
        <translation>Мова відгуків:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="140"/>
        <source>Replies cannot be posted from clinicrep here: it copies the reply and opens the review&apos;s page.</source>
        <translation>Тут не можна публікувати відповіді з clinicrep: програма скопіює відповідь і відкриє сторінку відгуку.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="161"/>
        <source>(kept; type to replace)</source>
        <translation>(збережено; введіть, щоб замінити)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="184"/>
        <source>Please fill in: {fields}</source>
        <translation>Заповніть: {fields}</translation>
    </message>
</context>
<context>
    <name>SourceKinds</name>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="86"/>
        <source>Google Business Profile</source>
        <translation>Профіль компанії в Google</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="110"/>
        <source>Needs your own Google Cloud project approved for the Business Profile APIs.</source>
        <translation>Потрібен власний проєкт Google Cloud зі схваленим доступом до Business Profile API.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="120"/>
        <source>Facebook Page recommendations</source>
        <translation>Рекомендації сторінки Facebook</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="138"/>
        <source>Facebook is retiring access to Page recommendations; it works with Graph API v21.0 for now and may stop without notice.</source>
        <translation>Facebook припиняє доступ до рекомендацій сторінок; поки що це працює з Graph API v21.0 і може перестати працювати без попередження.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="149"/>
        <source>Yelp</source>
        <translation>Yelp</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="171"/>
        <source>Yelp shows at most three review excerpts and has no reply API: answer on Yelp.</source>
        <translation>Yelp показує щонайбільше три уривки відгуків і не має API для відповідей: відповідайте на сайті Yelp.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="181"/>
        <source>Trustpilot</source>
        <translation>Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="208"/>
        <source>Reviews saved in a file (CSV)</source>
        <translation>Відгуки, збережені у файлі (CSV)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="217"/>
        <source>For ZnanyLekarz, 2GIS, ProDoctorov, Dianping, RateMDs and other sites without an API: save or export the reviews as a table and import the file.</source>
        <translation>Для ZnanyLekarz, 2GIS, ProDoctorov, Dianping, RateMDs та інших сайтів без API: збережіть або експортуйте відгуки як таблицю й імпортуйте файл.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="228"/>
        <source>Offline feedback</source>
        <translation>Офлайн-відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="235"/>
        <source>Demo reviews</source>
        <translation>Демонстраційні відгуки</translation>
    </message>
</context>
<context>
    <name>SourceSettings</name>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="90"/>
        <source>OAuth client secret</source>
        <translation>Секрет клієнта OAuth</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="93"/>
        <source>Google sign-in</source>
        <translation>Вхід через Google</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="97"/>
        <source>OAuth client ID</source>
        <translation>ID клієнта OAuth</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="100"/>
        <source>Account</source>
        <translation>Обліковий запис</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="103"/>
        <source>Location</source>
        <translation>Локація</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="106"/>
        <source>Place ID</source>
        <translation>Place ID</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="124"/>
        <source>Page access token</source>
        <translation>Маркер доступу до сторінки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="128"/>
        <source>Page ID</source>
        <translation>ID сторінки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="131"/>
        <source>Graph API version</source>
        <translation>Версія Graph API</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="152"/>
        <source>Yelp Fusion API key</source>
        <translation>Ключ Yelp Fusion API</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="156"/>
        <source>Business ID or alias</source>
        <translation>ID або псевдонім компанії</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="160"/>
        <source>Business time zone</source>
        <translation>Часовий пояс компанії</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="166"/>
        <source>Locale, e.g. en_US</source>
        <translation>Локаль, напр. en_US</translation>
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
        <translation>Вхід у Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="192"/>
        <source>Business unit ID</source>
        <translation>ID компанії (Business unit ID)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="196"/>
        <source>Business user ID (replies)</source>
        <translation>ID користувача компанії (для відповідей)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="200"/>
        <location filename="../../src/clinicrep/sources/registry.py" line="213"/>
        <source>Review page</source>
        <translation>Сторінка відгуків</translation>
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
        <translation>Немає захищеного сховища</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="64"/>
        <source>Keep this sign-in until clinicrep closes? It is never written to disk.</source>
        <translation>Зберігати цей вхід, доки clinicrep не буде закрито? На диск він не записується.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="228"/>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="233"/>
        <source>Connected sources</source>
        <translation>Підключені джерела</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="235"/>
        <source>Connect a platform…</source>
        <translation>Підключити платформу…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="237"/>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="239"/>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="241"/>
        <source>Sign in…</source>
        <translation>Увійти…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="243"/>
        <source>Let clinicrep read and answer this source&apos;s reviews (Google, Trustpilot)</source>
        <translation>Дозволити clinicrep читати відгуки з цього джерела й відповідати на них (Google, Trustpilot)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="246"/>
        <source>Sync now</source>
        <translation>Синхронізувати</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="271"/>
        <source>Last checked {when}</source>
        <translation>Остання перевірка: {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="275"/>
        <source>Not checked yet</source>
        <translation>Ще не перевірялося</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="310"/>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="316"/>
        <source>Sign in to Trustpilot</source>
        <translation>Вхід у Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="310"/>
        <source>Trustpilot Business e-mail:</source>
        <translation>Ел. пошта Trustpilot Business:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="317"/>
        <source>Password (used once, not stored):</source>
        <translation>Пароль (використовується один раз, не зберігається):</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="333"/>
        <source>Signed in. Replies can now be published.</source>
        <translation>Вхід виконано. Тепер можна публікувати відповіді.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="350"/>
        <source>Select a Google source first.</source>
        <translation>Спершу виберіть джерело Google.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="387"/>
        <source>Signed in, but this Google account manages no business location.</source>
        <translation>Вхід виконано, але цей обліковий запис Google не керує жодною локацією компанії.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="394"/>
        <source>Choose the location</source>
        <translation>Виберіть локацію</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="394"/>
        <source>Location:</source>
        <translation>Локація:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="414"/>
        <source>Remove source</source>
        <translation>Видалити джерело</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="416"/>
        <source>Remove {name} and the reviews fetched from it? The reviews stay on the platform; only clinicrep&apos;s copy and its sign-in are removed.</source>
        <translation>Видалити {name} і отримані з нього відгуки? На платформі відгуки залишаться; буде видалено лише копію в clinicrep і дані входу.</translation>
    </message>
</context>
<context>
    <name>StoreRecovery</name>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="45"/>
        <source>The database file: {path}</source>
        <translation>Файл бази даних: {path}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="53"/>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="58"/>
        <source>Restore a backup…</source>
        <translation>Відновити з резервної копії…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="62"/>
        <source>Choose another folder…</source>
        <translation>Вибрати іншу папку…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="66"/>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="87"/>
        <source>Daily copy of {day}</source>
        <translation>Щоденна копія за {day}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="89"/>
        <source>Copy made before an update, {when}</source>
        <translation>Копія перед оновленням, {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="92"/>
        <source>Copy made before a restore, {when}</source>
        <translation>Копія перед відновленням, {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="104"/>
        <source>No backup copies were found in {folder}. Choose another folder instead, or copy a backup file there.</source>
        <translation>У папці {folder} не знайдено резервних копій. Виберіть іншу папку або скопіюйте туди файл резервної копії.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="117"/>
        <source>Restore a backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="118"/>
        <source>Choose the copy to restore. The data there now is kept as a copy first.</source>
        <translation>Виберіть копію для відновлення. Поточні дані спершу буде збережено як копію.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="140"/>
        <source>That copy was not restored; nothing was changed. {reason}</source>
        <translation>Цю копію не відновлено; нічого не змінено. {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="152"/>
        <source>Choose a folder for clinicrep&apos;s data</source>
        <translation>Виберіть папку для даних clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="161"/>
        <source>clinicrep uses {folder} until it is closed. To use this folder every time, start clinicrep with --data-dir &quot;{folder}&quot;, or set the environment variable CLINICREP_DATA_DIR to it.</source>
        <translation>До закриття clinicrep використовуватиме папку {folder}. Щоб використовувати її щоразу, запускайте clinicrep з параметром --data-dir "{folder}" або вкажіть цю папку у змінній середовища CLINICREP_DATA_DIR.</translation>
    </message>
</context>
<context>
    <name>SyncCli</name>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="279"/>
        <source>{source}: {n} of about {total} reviews read</source>
        <translation>{source}: прочитано відгуків — {n} із приблизно {total}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="283"/>
        <source>{source}: {n} reviews read</source>
        <translation>{source}: прочитано відгуків — {n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="302"/>
        <source>Stopped. What was already fetched is kept.</source>
        <translation>Зупинено. Уже отримане збережено.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="308"/>
        <source>No source is called “{name}”. Check the name in Sources.</source>
        <translation>Джерела з назвою «{name}» немає. Перевірте назву в «Джерелах».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="320"/>
        <source>{source}: {message}</source>
        <translation>{source}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="327"/>
        <source>{source}: {new} new, {changed} changed</source>
        <translation>{source}: нових — {new}, змінених — {changed}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="332"/>
        <source>No sources to sync. Add one in Sources.</source>
        <translation>Немає джерел для синхронізації. Додайте джерело в «Джерелах».</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="73"/>
        <source>Another check is running right now; this one was skipped.</source>
        <translation>Зараз уже триває інша перевірка; цю пропущено.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="47"/>
        <source>Reply templates</source>
        <translation>Шаблони відповідей</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="53"/>
        <source>Language of the templates</source>
        <translation>Мова шаблонів</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="58"/>
        <source>Templates</source>
        <translation>Шаблони</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="62"/>
        <source>Template name</source>
        <translation>Назва шаблону</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="64"/>
        <source>Kind of review</source>
        <translation>Вид відгуку</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="68"/>
        <source>Template text</source>
        <translation>Текст шаблону</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="72"/>
        <source>Placeholders: {greeting} {first_name} {practice_name} {contact} {contact_phone} {contact_email} {signer}</source>
        <translation>Підстановки: {greeting} {first_name} {practice_name} {contact} {contact_phone} {contact_email} {signer}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="84"/>
        <source>Save changes</source>
        <translation>Зберегти зміни</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="86"/>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="176"/>
        <source>New template</source>
        <translation>Новий шаблон</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="88"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="90"/>
        <source>Restore the defaults</source>
        <translation>Відновити стандартні</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="95"/>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="96"/>
        <source>For:</source>
        <translation>Для відгуків:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="129"/>
        <source>(edited)</source>
        <translation>(змінено)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="188"/>
        <source>Delete the template “{name}”?</source>
        <translation>Видалити шаблон «{name}»?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="199"/>
        <source>Restore the original templates in this language? Your edits to them are undone; templates you added yourself stay.</source>
        <translation>Відновити початкові шаблони цією мовою? Ваші зміни в них буде скасовано; шаблони, які ви додали самі, залишаться.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="144"/>
        <source>clinicrep is not checking for reviews</source>
        <translation>clinicrep не перевіряє відгуки</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="157"/>
        <source>clinicrep alert</source>
        <translation>Сповіщення clinicrep</translation>
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
        <translation>згадує «{word}» (судовий позов)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="149"/>
        <source>mentions “{word}” (possible harm)</source>
        <translation>згадує «{word}» (можлива шкода)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="150"/>
        <source>mentions “{word}” (a regulator)</source>
        <translation>згадує «{word}» (регулятор)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="151"/>
        <source>mentions “{word}” (the press or social media)</source>
        <translation>згадує «{word}» (преса або соцмережі)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="154"/>
        <source>may spread false medical information (“{word}”)</source>
        <translation>може поширювати неправдиву медичну інформацію («{word}»)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="157"/>
        <source>angry tone</source>
        <translation>гнівний тон</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="158"/>
        <source>negative text</source>
        <translation>негативний текст</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="159"/>
        <source>a complaint inside a good review</source>
        <translation>скарга в позитивному відгуку</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="160"/>
        <source>does not recommend</source>
        <translation>не рекомендує</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="161"/>
        <source>many negative reviews at once</source>
        <translation>багато негативних відгуків одночасно</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="227"/>
        <source>{count} negative reviews in the last 24 hours (usually {usual:.1f}).</source>
        <translation>Негативних відгуків за останні 24 години: {count} (зазвичай {usual:.1f}).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="231"/>
        <source>{count} negative reviews in the last 7 days (usually {usual:.1f}).</source>
        <translation>Негативних відгуків за останні 7 днів: {count} (зазвичай {usual:.1f}).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="239"/>
        <source>An urgent review (urgency {urgency}): {reason}.</source>
        <translation>Терміновий відгук (терміновість {urgency}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="242"/>
        <source>An urgent review (urgency {urgency}).</source>
        <translation>Терміновий відгук (терміновість {urgency}).</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="27"/>
        <source>Welcome to clinicrep</source>
        <translation>Вітаємо в clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="31"/>
        <source>Bring every review of your practice into one inbox. Start by connecting a platform, or import reviews you saved from a website. Your data stays on this computer.</source>
        <translation>Зберіть усі відгуки про вашу клініку в одному місці. Почніть із підключення платформи або імпортуйте відгуки, збережені з вебсайту. Ваші дані зберігаються на цьому комп’ютері.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="37"/>
        <source>Connect a platform…</source>
        <translation>Підключити платформу…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="39"/>
        <source>Import a file…</source>
        <translation>Імпортувати файл…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="42"/>
        <source>Try the demo (made-up reviews, in a separate window)</source>
        <translation>Спробувати демо (вигадані відгуки, в окремому вікні)</translation>
    </message>
</context>
<context>
    <name>GuardLaw</name>
    <message>
        <source>FTC rule on consumer reviews (16 CFR 465); platform rules</source>
        <translation>Правило FTC щодо відгуків споживачів (16 CFR 465); правила майданчиків</translation>
    </message>
    <message>
        <source>Digital Markets, Competition and Consumers Act 2024; platform rules</source>
        <translation>Закон про цифрові ринки, конкуренцію та споживачів 2024 р. (Велика Британія); правила майданчиків</translation>
    </message>
    <message>
        <source>Federal Law 38-FZ on advertising; platform rules</source>
        <translation>Федеральний закон РФ № 38-ФЗ «Про рекламу»; правила майданчиків</translation>
    </message>
    <message>
        <source>Law of Ukraine on consumer rights protection; platform rules</source>
        <translation>Закон України «Про захист прав споживачів»; правила майданчиків</translation>
    </message>
    <message>
        <source>Act on counteracting unfair market practices; platform rules</source>
        <translation>Закон Польщі про протидію недобросовісним ринковим практикам; правила майданчиків</translation>
    </message>
    <message>
        <source>Anti-Unfair Competition Law; E-Commerce Law art. 17</source>
        <translation>Закон КНР про боротьбу з недобросовісною конкуренцією; Закон про електронну торгівлю, ст. 17</translation>
    </message>
    <message>
        <source>Review platforms&apos; rules (Google, Yelp and others)</source>
        <translation>Правила майданчиків відгуків (Google, Yelp та інші)</translation>
    </message>
    <message>
        <source>HIPAA Privacy Rule (45 CFR 164.502)</source>
        <translation>Правило конфіденційності HIPAA (45 CFR 164.502)</translation>
    </message>
    <message>
        <source>UK GDPR art. 9; GMC guidance on confidentiality</source>
        <translation>UK GDPR, ст. 9; настанови GMC щодо конфіденційності</translation>
    </message>
    <message>
        <source>Federal Law 323-FZ, art. 13 (medical secrecy)</source>
        <translation>Федеральний закон РФ № 323-ФЗ, ст. 13 (лікарська таємниця)</translation>
    </message>
    <message>
        <source>Fundamentals of the legislation of Ukraine on health care, art. 40</source>
        <translation>Основи законодавства України про охорону здоров’я, ст. 40 (лікарська таємниця)</translation>
    </message>
    <message>
        <source>Act on patient rights, art. 13-14 (medical secrecy)</source>
        <translation>Закон Польщі про права пацієнта, ст. 13–14 (лікарська таємниця)</translation>
    </message>
    <message>
        <source>Physicians Law art. 56; Personal Information Protection Law</source>
        <translation>Закон КНР про лікарів, ст. 56; Закон про захист персональної інформації</translation>
    </message>
    <message>
        <source>Medical confidentiality and data protection law</source>
        <translation>Закони про лікарську таємницю та захист даних</translation>
    </message>
</context>
</TS>
