<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlertBanner</name>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/alerts.py" line="104"/>
        <source>(%n more alert(s))</source>
        <translation>
            <numerusform>(%n more alert)</numerusform>
            <numerusform>(%n more alerts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="463"/>
        <source>{period}: %n review(s)</source>
        <translation>
            <numerusform>{period}: %n review</numerusform>
            <numerusform>{period}: %n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="472"/>
        <source>{period}: {avg} average from %n review(s)</source>
        <translation>
            <numerusform>{period}: {avg} average from %n review</numerusform>
            <numerusform>{period}: {avg} average from %n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="537"/>
        <source>{platform}: %n review(s)</source>
        <translation>
            <numerusform>{platform}: %n review</numerusform>
            <numerusform>{platform}: %n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="548"/>
        <source>{aspect}: blamed in %n review(s)</source>
        <translation>
            <numerusform>{aspect}: blamed in %n review</numerusform>
            <numerusform>{aspect}: blamed in %n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="558"/>
        <source>{aspect}: praised in %n review(s)</source>
        <translation>
            <numerusform>{aspect}: praised in %n review</numerusform>
            <numerusform>{aspect}: praised in %n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="571"/>
        <source>%n review(s) · none answered yet: answer times appear with the first reply</source>
        <translation>
            <numerusform>%n review · none answered yet: answer times appear with the first reply</numerusform>
            <numerusform>%n reviews · none answered yet: answer times appear with the first reply</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="579"/>
        <source>%n review(s) · median answer {hours} h · {d1} answered within {aim} h · {d2} within {limit} h</source>
        <translation>
            <numerusform>%n review · median answer {hours} h · {d1} answered within {aim} h · {d2} within {limit} h</numerusform>
            <numerusform>%n reviews · median answer {hours} h · {d1} answered within {aim} h · {d2} within {limit} h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="863"/>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="876"/>
        <source>%n h left</source>
        <translation>
            <numerusform>%n h left</numerusform>
            <numerusform>%n h left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="864"/>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="877"/>
        <source>%n min left</source>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="865"/>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="880"/>
        <source>overdue %n d</source>
        <translation>
            <numerusform>overdue %n d</numerusform>
            <numerusform>overdue %n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="866"/>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="881"/>
        <source>overdue %n h</source>
        <translation>
            <numerusform>overdue %n h</numerusform>
            <numerusform>overdue %n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearningBox</name>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="82"/>
        <source>Learned from %n of your reviews.</source>
        <translation>
            <numerusform>Learned from %n of your reviews.</numerusform>
            <numerusform>Learned from %n of your reviews.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="86"/>
        <source>Nothing learned yet: it needs at least %n corrected or starred reviews with text in a language, and keeps only what reads them better than the rules.</source>
        <translation>
            <numerusform>Nothing learned yet: it needs at least %n corrected or starred review with text in a language, and keeps only what reads them better than the rules.</numerusform>
            <numerusform>Nothing learned yet: it needs at least %n corrected or starred reviews with text in a language, and keeps only what reads them better than the rules.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1308"/>
        <source>{source}: %n review(s)</source>
        <translation>
            <numerusform>{source}: %n review</numerusform>
            <numerusform>{source}: %n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1388"/>
        <source>Up to date: %n new review(s).</source>
        <translation>
            <numerusform>Up to date: %n new review.</numerusform>
            <numerusform>Up to date: %n new reviews.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1489"/>
        <source>Analysis brought up to date for %n review(s).</source>
        <translation>
            <numerusform>Analysis brought up to date for %n review.</numerusform>
            <numerusform>Analysis brought up to date for %n reviews.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1578"/>
        <source>%n imported review(s) written more than {days} days before the import are kept as history, not in “Needs attention”: choose “Imported history” or “All reviews” in the first list above to see them.</source>
        <translation>
            <numerusform>%n imported review written more than {days} days before the import is kept as history, not in “Needs attention”: choose “Imported history” or “All reviews” in the first list above to see it.</numerusform>
            <numerusform>%n imported reviews written more than {days} days before the import are kept as history, not in “Needs attention”: choose “Imported history” or “All reviews” in the first list above to see them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1013"/>
        <source>An import is still being stored, so the status you chose for %n review(s) is not saved yet. clinicrep saves it the next time it opens.</source>
        <translation>
            <numerusform>An import is still being stored, so the status you chose for %n review is not saved yet. clinicrep saves it the next time it opens.</numerusform>
            <numerusform>An import is still being stored, so the statuses you chose for %n reviews are not saved yet. clinicrep saves them the next time it opens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1020"/>
        <source>An import is still being stored, so the status you chose for %n review(s) could not be saved. Set it again once the import is done.</source>
        <translation>
            <numerusform>An import is still being stored, so the status you chose for %n review could not be saved. Set it again once the import is done.</numerusform>
            <numerusform>An import is still being stored, so the statuses you chose for %n reviews could not be saved. Set them again once the import is done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringBanner</name>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/alerts.py" line="213"/>
        <source>%n new review(s) since you last looked.</source>
        <translation>
            <numerusform>%n new review since you last looked.</numerusform>
            <numerusform>%n new reviews since you last looked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1313"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1314"/>
        <source>Overdue by %n hour(s)</source>
        <translation>
            <numerusform>Overdue by %n hour</numerusform>
            <numerusform>Overdue by %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1320"/>
        <source>Later than your aim: %n minute(s) left to answer</source>
        <translation>
            <numerusform>Later than your aim: %n minute left to answer</numerusform>
            <numerusform>Later than your aim: %n minutes left to answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1321"/>
        <source>Answer within %n minute(s)</source>
        <translation>
            <numerusform>Answer within %n minute</numerusform>
            <numerusform>Answer within %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1323"/>
        <source>Later than your aim: %n hour(s) left to answer</source>
        <translation>
            <numerusform>Later than your aim: %n hour left to answer</numerusform>
            <numerusform>Later than your aim: %n hours left to answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1324"/>
        <source>Answer within %n hour(s)</source>
        <translation>
            <numerusform>Answer within %n hour</numerusform>
            <numerusform>Answer within %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="480"/>
        <source>%n Page(s) found. The chosen one&apos;s ID and Page access token are filled in.</source>
        <translation>
            <numerusform>%n Page found. The chosen one&apos;s ID and Page access token are filled in.</numerusform>
            <numerusform>%n Pages found. The chosen one&apos;s ID and Page access token are filled in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="582"/>
        <source>%n location(s) found. The chosen one is filled in.</source>
        <translation>
            <numerusform>%n location found. The chosen one is filled in.</numerusform>
            <numerusform>%n locations found. The chosen one is filled in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertMail</name>
    <message numerus="yes">
        <source>clinicrep: %n alert(s) today</source>
        <translation>
            <numerusform>clinicrep: %n alert today</numerusform>
            <numerusform>clinicrep: %n alerts today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message numerus="yes">
        <source>This review is %n day(s) old. Publish the reply today.</source>
        <translation>
            <numerusform>This review is %n day old. Publish the reply today.</numerusform>
            <numerusform>This review is %n days old. Publish the reply today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This review is %n day(s) old. Paste the reply on its page today and confirm here.</source>
        <translation>
            <numerusform>This review is %n day old. Paste the reply on its page today and confirm here.</numerusform>
            <numerusform>This review is %n days old. Paste the reply on its page today and confirm here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This feedback is %n day(s) old. Answer the patient today, then mark it answered.</source>
        <translation>
            <numerusform>This feedback is %n day old. Answer the patient today, then mark it answered.</numerusform>
            <numerusform>This feedback is %n days old. Answer the patient today, then mark it answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) are underlined in the reply.</source>
        <translation>
            <numerusform>%n problem is underlined in the reply.</numerusform>
            <numerusform>%n problems are underlined in the reply.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message numerus="yes">
        <source>%n dates such as “3 days ago” were counted back from {value} (the day the file was saved); they are approximate.</source>
        <translation>
            <numerusform>%n date such as “3 days ago” was counted back from {value} (the day the file was saved); it is approximate.</numerusform>
            <numerusform>%n dates such as “3 days ago” were counted back from {value} (the day the file was saved); they are approximate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCli</name>
    <message numerus="yes">
        <source>%n review(s) written to {path}.</source>
        <translation>
            <numerusform>%n review written to {path}.</numerusform>
            <numerusform>%n reviews written to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message numerus="yes">
        <source>%n e-mail(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n e-mail waiting to be sent.</numerusform>
            <numerusform>%n e-mails waiting to be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message numerus="yes">
        <source>{topic} was named in %n complaints, up from {before}.</source>
        <translation>
            <numerusform>{topic} was named in %n complaint, up from {before}.</numerusform>
            <numerusform>{topic} was named in %n complaints, up from {before}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{aspect} (reviews: %n)</source>
        <translation>
            <numerusform>{aspect} (reviews: %n)</numerusform>
            <numerusform>{aspect} (reviews: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews of this month and earlier still unanswered at the end of the month: %n. Answer them, oldest first.</source>
        <translation>
            <numerusform>Reviews of this month and earlier still unanswered at the end of the month: %n. Answer it soon.</numerusform>
            <numerusform>Reviews of this month and earlier still unanswered at the end of the month: %n. Answer them, oldest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews from earlier months still unanswered at the end of the month: %n.</source>
        <translation>
            <numerusform>Reviews from earlier months still unanswered at the end of the month: %n.</numerusform>
            <numerusform>Reviews from earlier months still unanswered at the end of the month: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Patients praised {topic} most often (%n review(s)): tell the team.</source>
        <translation>
            <numerusform>Patients praised {topic} most often (%n review): tell the team.</numerusform>
            <numerusform>Patients praised {topic} most often (%n reviews): tell the team.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the month before, %n reviews were received.</source>
        <translation>
            <numerusform>In the month before, %n review was received.</numerusform>
            <numerusform>In the month before, %n reviews were received.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alerts of this month not yet acknowledged: %n. Open them in the inbox.</source>
        <translation>
            <numerusform>Alerts of this month not yet acknowledged: %n. Open it in the inbox.</numerusform>
            <numerusform>Alerts of this month not yet acknowledged: %n. Open them in the inbox.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasteCli</name>
    <message numerus="yes">
        <source>%n review(s) found.</source>
        <translation>
            <numerusform>%n review found.</numerusform>
            <numerusform>%n reviews found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialogs</name>
    <message numerus="yes">
        <source>%n review(s) saved to {path}: the ones the inbox shows. To export every review, choose “All reviews” in the first list above, then export again.</source>
        <translation>
            <numerusform>%n review saved to {path}: the one the inbox shows. To export every review, choose “All reviews” in the first list above, then export again.</numerusform>
            <numerusform>%n reviews saved to {path}: the ones the inbox shows. To export every review, choose “All reviews” in the first list above, then export again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) saved to {path}.</source>
        <translation>
            <numerusform>%n review saved to {path}.</numerusform>
            <numerusform>%n reviews saved to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncCli</name>
    <message numerus="yes">
        <source>{source}: %n review(s) no longer shown by the platform</source>
        <translation>
            <numerusform>{source}: %n review no longer shown by the platform</numerusform>
            <numerusform>{source}: %n reviews no longer shown by the platform</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message numerus="yes">
        <source>%n negative review(s) in the last 7 days (usually {usual:.1f}).</source>
        <translation>
            <numerusform>%n negative review in the last 7 days (usually {usual:.1f}).</numerusform>
            <numerusform>%n negative reviews in the last 7 days (usually {usual:.1f}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n negative review(s) in the last 24 hours (usually {usual:.1f}).</source>
        <translation>
            <numerusform>%n negative review in the last 24 hours (usually {usual:.1f}).</numerusform>
            <numerusform>%n negative reviews in the last 24 hours (usually {usual:.1f}).</numerusform>
        </translation>
    </message>
</context>
</TS>
