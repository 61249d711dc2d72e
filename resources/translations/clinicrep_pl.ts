<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>GoogleSignIn</name>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="288"/>
        <source>clinicrep is connected to Google</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="290"/>
        <source>Google sign-in was not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="292"/>
        <source>You can close this browser tab and return to clinicrep.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="169"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="170"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="171"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="172"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="173"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="174"/>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="175"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="176"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="177"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="178"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="215"/>
        <source>[edited] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="217"/>
        <source>[removed on platform] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="219"/>
        <source>(rating only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="242"/>
        <source>%n h left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="243"/>
        <source>%n min left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="246"/>
        <source>overdue %n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="247"/>
        <source>overdue %n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="55"/>
        <source>clinicrep — demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="55"/>
        <source>clinicrep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="66"/>
        <source>Inbox of reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="116"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="121"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="123"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="124"/>
        <source>All reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="125"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="126"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="127"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="128"/>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="129"/>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="130"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="135"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="140"/>
        <source>Search reviews (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="141"/>
        <source>Search reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="148"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="149"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="154"/>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="157"/>
        <source>Mark as &amp;new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="158"/>
        <source>Mark as &amp;in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="159"/>
        <source>Mark as &amp;answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="160"/>
        <source>&amp;Escalate to the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="161"/>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="170"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="171"/>
        <source>&amp;About clinicrep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="248"/>
        <source>Status changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="263"/>
        <source>{shown} shown · {new} new · {open} open · {overdue} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="278"/>
        <source>About clinicrep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="280"/>
        <source>clinicrep {version}

Reviews of your practice from every platform, answered well and in time. Your data stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="55"/>
        <source>Selected review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="76"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="82"/>
        <source>Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="83"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="84"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="85"/>
        <source>Analysis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="86"/>
        <source>Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="87"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="92"/>
        <source>Review text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="99"/>
        <source>Earlier versions and replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="102"/>
        <source>Open on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="124"/>
        <source>No review selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="135"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="154"/>
        <source>The platform shows only an excerpt here; open it to read it all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="157"/>
        <source>The author edited this review; earlier text is below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="159"/>
        <source>This review is no longer on the platform. It is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="163"/>
        <source>(rating only, no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="170"/>
        <source>Translation by the platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="172"/>
        <source>The practice&apos;s reply on the platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="178"/>
        <source>Earlier version (replaced {date}), {stars}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
