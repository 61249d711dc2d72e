<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="77"/>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="82"/>
        <source>Show review</source>
        <translation>Pokaż opinię</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="84"/>
        <source>Acknowledge</source>
        <translation>Przyjmij do wiadomości</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="85"/>
        <source>Mark this alert as seen; it will not come back</source>
        <translation>Oznacz ten alert jako zauważony; nie pojawi się ponownie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/alerts.py" line="104"/>
        <source>(%n more alert(s))</source>
        <translation>
            <numerusform>(jeszcze %n alert)</numerusform>
            <numerusform>(jeszcze %n alerty)</numerusform>
            <numerusform>(jeszcze %n alertów)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertMail</name>
    <message numerus="yes">
        <source>clinicrep: %n alert(s) today</source>
        <translation>
            <numerusform>clinicrep: %n alert dzisiaj</numerusform>
            <numerusform>clinicrep: %n alerty dzisiaj</numerusform>
            <numerusform>clinicrep: %n alertów dzisiaj</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="161"/>
        <source>clinicrep: test message</source>
        <translation>clinicrep: wiadomość testowa</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="162"/>
        <source>This is a test message from clinicrep. Crisis alerts for {practice} will arrive like this one.</source>
        <translation>To jest wiadomość testowa z clinicrep. Alerty kryzysowe dotyczące: {practice} będą przychodzić w ten sam sposób.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="167"/>
        <source>your practice</source>
        <translation>Twoja przychodnia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="181"/>
        <source>Platform: {platform}</source>
        <translation>Platforma: {platform}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="184"/>
        <source>Written: {date}</source>
        <translation>Napisano: {date}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="190"/>
        <source>Rating: {stars}★</source>
        <translation>Ocena: {stars}★</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="196"/>
        <source>Open the review: {url}</source>
        <translation>Otwórz opinię: {url}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="205"/>
        <source>clinicrep alert: an urgent review</source>
        <translation>Alert clinicrep: pilna opinia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="208"/>
        <source>clinicrep alert: an urgent review on {platform}</source>
        <translation>Alert clinicrep: pilna opinia w serwisie {platform}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="213"/>
        <source>clinicrep alert: many negative reviews at once</source>
        <translation>Alert clinicrep: wiele negatywnych opinii naraz</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="222"/>
        <source>The newest of them:</source>
        <translation>Najnowsze z nich:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="230"/>
        <source>Open clinicrep on the practice&apos;s computer to read the review in full and answer it.</source>
        <translation>Otwórz clinicrep na komputerze przychodni, aby przeczytać całą opinię i na nią odpowiedzieć.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="259"/>
        <source>clinicrep: reviews are not being checked</source>
        <translation>clinicrep: opinie nie są sprawdzane</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="332"/>
        <source>The alerts raised since the last digest, oldest first.</source>
        <translation>Alerty zgłoszone od ostatniego podsumowania, od najstarszych.</translation>
    </message>
</context>
<context>
    <name>AspectChart</name>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="624"/>
        <source>Aspect shown in the chart</source>
        <translation>Aspekt na wykresie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="625"/>
        <location filename="../../src/clinicrep/ui/charts.py" line="660"/>
        <source>All aspects</source>
        <translation>Wszystkie aspekty</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="629"/>
        <source>Praise and complaints by aspect, per month</source>
        <translation>Pochwały i skargi według aspektów, miesięcznie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="632"/>
        <source>Aspect:</source>
        <translation>Aspekt:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="637"/>
        <source>Praise</source>
        <translation>Pochwały</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="637"/>
        <source>Complaints</source>
        <translation>Skargi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="665"/>
        <source>{month}: {aspect} praised in {praise}, blamed in {complaints}</source>
        <translation>{month}: {aspect} — pochwały: {praise}, skargi: {complaints}</translation>
    </message>
</context>
<context>
    <name>AspectChips</name>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="36"/>
        <source>What the review praises and blames</source>
        <translation>Co opinia chwali, a co krytykuje</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="46"/>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="47"/>
        <source>Name something the review praises or blames</source>
        <translation>Wskaż, co opinia chwali lub krytykuje</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="52"/>
        <source>No praise or complaint found</source>
        <translation>Nie znaleziono pochwał ani skarg</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="94"/>
        <source>Sentiment: {name} (corrected)</source>
        <translation>Wydźwięk: {name} (poprawiony)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="96"/>
        <source>Sentiment: {name}</source>
        <translation>Wydźwięk: {name}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="98"/>
        <source>Click to correct the sentiment</source>
        <translation>Kliknij, aby poprawić wydźwięk</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="120"/>
        <source>{aspect}: praise</source>
        <translation>{aspect}: pochwała</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="121"/>
        <source>{aspect}: complaint</source>
        <translation>{aspect}: skarga</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="125"/>
        <source>Set by you. Click to change it.</source>
        <translation>Ustawione przez Ciebie. Kliknij, aby zmienić.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="126"/>
        <source>Read from: “{words}”. Click to correct it.</source>
        <translation>Odczytane ze słów: „{words}”. Kliknij, aby poprawić.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="146"/>
        <source>Praise</source>
        <translation>Pochwała</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="147"/>
        <source>Complaint</source>
        <translation>Skarga</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/aspect_chips.py" line="150"/>
        <source>Not about this</source>
        <translation>Opinia nie dotyczy tego</translation>
    </message>
</context>
<context>
    <name>BugReport</name>
    <message>
        <location filename="../../src/clinicrep/ui/bug_report.py" line="38"/>
        <source>Something went wrong that clinicrep did not expect. Your data is safe; what you were doing may not have finished. Try it again; if it happens again, send the details and the log file to support.</source>
        <translation>Stało się coś, czego clinicrep się nie spodziewał. Twoje dane są bezpieczne; ostatnia czynność mogła się nie zakończyć. Spróbuj ponownie; jeśli to się powtórzy, wyślij szczegóły i plik dziennika do pomocy technicznej.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/bug_report.py" line="46"/>
        <source>The log file: {path}</source>
        <translation>Plik dziennika: {path}</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="330"/>
        <source>Period shown in the charts</source>
        <translation>Okres pokazany na wykresach</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="332"/>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="333"/>
        <source>Last 3 months</source>
        <translation>Ostatnie 3 miesiące</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="334"/>
        <source>Last 12 months</source>
        <translation>Ostatnie 12 miesięcy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="336"/>
        <source>Last calendar month</source>
        <translation>Poprzedni miesiąc kalendarzowy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="337"/>
        <source>All time</source>
        <translation>Cały okres</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="345"/>
        <source>Location shown in the charts</source>
        <translation>Lokalizacja na wykresach</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="353"/>
        <source>Reviews received</source>
        <translation>Otrzymane opinie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="353"/>
        <location filename="../../src/clinicrep/ui/charts.py" line="356"/>
        <location filename="../../src/clinicrep/ui/charts.py" line="360"/>
        <location filename="../../src/clinicrep/ui/charts.py" line="363"/>
        <source>reviews</source>
        <translation>opinie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="354"/>
        <source>Average rating</source>
        <translation>Średnia ocena</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="354"/>
        <source>stars</source>
        <translation>gwiazdki</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="358"/>
        <source>Sentiment</source>
        <translation>Wydźwięk</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="360"/>
        <source>Complaints about</source>
        <translation>Na co się skarżą</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="363"/>
        <source>Praise for</source>
        <translation>Co chwalą</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="399"/>
        <source>Colours: green positive, amber mixed, grey neutral, red negative</source>
        <translation>Kolory: zielony — pozytywne, żółty — mieszane, szary — neutralne, czerwony — negatywne</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="422"/>
        <source>All locations</source>
        <translation>Wszystkie lokalizacje</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="463"/>
        <source>{period}: %n review(s)</source>
        <translation>
            <numerusform>{period}: %n opinia</numerusform>
            <numerusform>{period}: %n opinie</numerusform>
            <numerusform>{period}: %n opinii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="472"/>
        <source>{period}: {avg} average from %n review(s)</source>
        <translation>
            <numerusform>{period}: średnio {avg} z %n opinii</numerusform>
            <numerusform>{period}: średnio {avg} z %n opinii</numerusform>
            <numerusform>{period}: średnio {avg} z %n opinii</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="499"/>
        <source>{period}: {pos} positive, {mix} mixed, {neu} neutral, {neg} negative</source>
        <translation>{period}: pozytywne {pos}, mieszane {mix}, neutralne {neu}, negatywne {neg}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="518"/>
        <source>{period}: median {hours} h; {d1} within {aim} h, {d2} within {limit} h</source>
        <translation>{period}: mediana {hours} godz.; {d1} w ciągu {aim} godz., {d2} w ciągu {limit} godz.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="528"/>
        <source>{period}: no review answered yet</source>
        <translation>{period}: jeszcze żadnej odpowiedzi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="537"/>
        <source>{platform}: %n review(s)</source>
        <translation>
            <numerusform>{platform}: %n opinia</numerusform>
            <numerusform>{platform}: %n opinie</numerusform>
            <numerusform>{platform}: %n opinii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="548"/>
        <source>{aspect}: blamed in %n review(s)</source>
        <translation>
            <numerusform>{aspect}: skarga w %n opinii</numerusform>
            <numerusform>{aspect}: skargi w %n opiniach</numerusform>
            <numerusform>{aspect}: skargi w %n opiniach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="558"/>
        <source>{aspect}: praised in %n review(s)</source>
        <translation>
            <numerusform>{aspect}: pochwała w %n opinii</numerusform>
            <numerusform>{aspect}: pochwały w %n opiniach</numerusform>
            <numerusform>{aspect}: pochwały w %n opiniach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="571"/>
        <source>%n review(s) · none answered yet: answer times appear with the first reply</source>
        <translation>
            <numerusform>%n opinia · jeszcze żadnej odpowiedzi: czas odpowiedzi pojawi się po pierwszej odpowiedzi</numerusform>
            <numerusform>%n opinie · jeszcze żadnej odpowiedzi: czas odpowiedzi pojawi się po pierwszej odpowiedzi</numerusform>
            <numerusform>%n opinii · jeszcze żadnej odpowiedzi: czas odpowiedzi pojawi się po pierwszej odpowiedzi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/charts.py" line="579"/>
        <source>%n review(s) · median answer {hours} h · {d1} answered within {aim} h · {d2} within {limit} h</source>
        <translation>
            <numerusform>%n opinia · mediana czasu odpowiedzi: {hours} godz. · odpowiedź w ciągu {aim} godz.: {d1} · w ciągu {limit} godz.: {d2}</numerusform>
            <numerusform>%n opinie · mediana czasu odpowiedzi: {hours} godz. · odpowiedź w ciągu {aim} godz.: {d1} · w ciągu {limit} godz.: {d2}</numerusform>
            <numerusform>%n opinii · mediana czasu odpowiedzi: {hours} godz. · odpowiedź w ciągu {aim} godz.: {d1} · w ciągu {limit} godz.: {d2}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="356"/>
        <source>Reviews per platform</source>
        <translation>Opinie według platform</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="366"/>
        <source>Median time to answer</source>
        <translation>Mediana czasu odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="366"/>
        <source>hours</source>
        <translation>godziny</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="377"/>
        <source>Show:</source>
        <translation>Pokaż:</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message numerus="yes">
        <source>%n problem(s) are underlined in the reply.</source>
        <translation>
            <numerusform>W odpowiedzi podkreślono %n problem.</numerusform>
            <numerusform>W odpowiedzi podkreślono %n problemy.</numerusform>
            <numerusform>W odpowiedzi podkreślono %n problemów.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="231"/>
        <source>Thank the reviewer personally</source>
        <translation>Podziękuj autorowi osobiście</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="234"/>
        <source>Start with a personal thank-you; use the reviewer&apos;s first name if they showed one.</source>
        <translation>Zacznij od osobistego podziękowania; użyj imienia autora, jeśli je podał.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="244"/>
        <source>Pass the praise on to the person the reviewer named, or to the whole team.</source>
        <translation>Przekaż pochwałę osobie wymienionej przez autora lub całemu zespołowi.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="249"/>
        <source>Pass the praise on to the team.</source>
        <translation>Przekaż pochwałę zespołowi.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="253"/>
        <source>Credit the team</source>
        <translation>Doceń zespół</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="263"/>
        <source>Invite them back in a general way</source>
        <translation>Zaproś ponownie w ogólny sposób</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="266"/>
        <source>Say the practice is always glad to help, without mentioning a past or next visit.</source>
        <translation>Napisz, że przychodnia zawsze chętnie pomoże, bez wspominania o minionej ani kolejnej wizycie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="274"/>
        <source>Answer promptly</source>
        <translation>Odpowiedz szybko</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="282"/>
        <source>This review is %n day(s) old. Paste the reply on its page today and confirm here.</source>
        <translation>
            <numerusform>Ta opinia ma %n dzień. Wklej dziś odpowiedź na jej stronie i potwierdź to tutaj.</numerusform>
            <numerusform>Ta opinia ma %n dni. Wklej dziś odpowiedź na jej stronie i potwierdź to tutaj.</numerusform>
            <numerusform>Ta opinia ma %n dni. Wklej dziś odpowiedź na jej stronie i potwierdź to tutaj.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="289"/>
        <source>This feedback is %n day(s) old. Answer the patient today, then mark it answered.</source>
        <translation>
            <numerusform>Ta uwaga ma %n dzień. Odpowiedz pacjentowi dziś, a potem oznacz ją jako odpowiedzianą.</numerusform>
            <numerusform>Ta uwaga ma %n dni. Odpowiedz pacjentowi dziś, a potem oznacz ją jako odpowiedzianą.</numerusform>
            <numerusform>Ta uwaga ma %n dni. Odpowiedz pacjentowi dziś, a potem oznacz ją jako odpowiedzianą.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="296"/>
        <source>This review is %n day(s) old. Publish the reply today.</source>
        <translation>
            <numerusform>Opinia ma już %n dzień. Opublikuj odpowiedź jeszcze dziś.</numerusform>
            <numerusform>Opinia ma już %n dni. Opublikuj odpowiedź jeszcze dziś.</numerusform>
            <numerusform>Opinia ma już %n dni. Opublikuj odpowiedź jeszcze dziś.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="305"/>
        <source>Acknowledge the experience and express regret</source>
        <translation>Odnieś się do doświadczenia i wyraź ubolewanie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="308"/>
        <source>Say you are sorry about the experience, without admitting any clinical fault.</source>
        <translation>Napisz, że przykro ci z powodu tej sytuacji, nie przyznając się do błędu medycznego.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="318"/>
        <source>Do not admit clinical fault</source>
        <translation>Nie przyznawaj się do błędu medycznego</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="321"/>
        <source>“{words}” admits fault. Express regret for the experience instead.</source>
        <translation>„{words}” to przyznanie się do winy. Zamiast tego wyraź ubolewanie z powodu tej sytuacji.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="330"/>
        <source>Offer a concrete next step</source>
        <translation>Zaproponuj konkretny kolejny krok</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="333"/>
        <source>Say what will happen next, for example ask them to call so you can look into it.</source>
        <translation>Napisz, co stanie się dalej, np. poproś o telefon, aby można było wyjaśnić sprawę.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="341"/>
        <source>Move the conversation offline</source>
        <translation>Kontynuuj rozmowę prywatnie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="357"/>
        <source>Give a phone number, an e-mail address or a named contact, so the case is not discussed in public. Your contact details are set in Settings.</source>
        <translation>Podaj numer telefonu, adres e-mail lub osobę do kontaktu, aby sprawa nie była omawiana publicznie. Dane kontaktowe ustawia się w Ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="366"/>
        <source>Stay calm: no blame, no argument, no sarcasm</source>
        <translation>Zachowaj spokój: bez obwiniania, sporów i sarkazmu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="373"/>
        <source>“{words}” may read as blame or argument. Rephrase it calmly.</source>
        <translation>„{words}” może brzmieć jak obwinianie lub spór. Sformułuj to spokojniej.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="381"/>
        <source>Read the reply once as the reviewer would.</source>
        <translation>Przeczytaj odpowiedź tak, jak przeczyta ją autor opinii.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="481"/>
        <source>Sign with a name or role</source>
        <translation>Podpisz się imieniem lub funkcją</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="495"/>
        <source>End with a name or a role, for example “Anna, practice manager”.</source>
        <translation>Zakończ imieniem lub funkcją, np. „Anna, kierownik przychodni”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="509"/>
        <source>Give a source for the facts</source>
        <translation>Podaj źródło faktów</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="512"/>
        <source>Say where the facts can be checked: a public register, an official page or a link.</source>
        <translation>Wskaż, gdzie można sprawdzić fakty: rejestr publiczny, oficjalna strona lub link.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="522"/>
        <source>Invite them to talk it through</source>
        <translation>Zaproś do rozmowy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="525"/>
        <source>Offer a consultation or a conversation where their questions can be answered.</source>
        <translation>Zaproponuj konsultację lub rozmowę, podczas której można odpowiedzieć na pytania.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="535"/>
        <source>No personal attack</source>
        <translation>Bez ataków osobistych</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="538"/>
        <source>“{words}” attacks the reviewer. Correct the facts, not the person.</source>
        <translation>„{words}” atakuje autora opinii. Prostuj fakty, nie oceniaj osoby.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="545"/>
        <source>Keep the holding reply short</source>
        <translation>Napisz krótką odpowiedź wstępną</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="552"/>
        <source>Say only that you take it seriously and will be in touch; the owner answers the rest.</source>
        <translation>Napisz tylko, że sprawa jest traktowana poważnie i nastąpi kontakt; resztą zajmie się właściciel.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="560"/>
        <source>Escalate to the owner</source>
        <translation>Przekaż właścicielowi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="567"/>
        <source>Mark the review as escalated so the owner is told; the step is logged.</source>
        <translation>Oznacz opinię jako przekazaną właścicielowi, aby został powiadomiony; ten krok jest zapisywany.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="574"/>
        <source>Nothing that reveals a patient</source>
        <translation>Bez informacji ujawniających pacjenta</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="588"/>
        <source>Rules: {rules}.</source>
        <translation>Reguły: {rules}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="598"/>
        <source>No reward for reviews</source>
        <translation>Bez nagród za opinie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="603"/>
        <source>“{words}” offers a reward. Platforms and regulators forbid rewards for reviews.</source>
        <translation>„{words}” to oferta nagrody. Platformy i przepisy zabraniają nagradzania za opinie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="617"/>
        <source>Written for this review</source>
        <translation>Odpowiedź dopasowana do tej opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="632"/>
        <source>This reply is almost the same as one already published. Make it personal.</source>
        <translation>Ta odpowiedź jest prawie taka sama jak już opublikowana. Dopasuj ją do tej opinii.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="648"/>
        <source>A sensible length</source>
        <translation>Rozsądna długość</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="652"/>
        <source>The reply is {size} bytes long; {platform} accepts at most {limit}.</source>
        <translation>Długość odpowiedzi w bajtach: {size}; {platform} przyjmuje najwyżej {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="658"/>
        <source>the platform</source>
        <translation>platforma</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="666"/>
        <source>The reply is very short. Add a sentence or two.</source>
        <translation>Odpowiedź jest bardzo krótka. Dodaj jedno lub dwa zdania.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="707"/>
        <source>Correct the facts</source>
        <translation>Sprostuj fakty</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="708"/>
        <source>Check that every fact in the reply is true and can be shown.</source>
        <translation>Sprawdź, czy każdy fakt w odpowiedzi jest prawdziwy i da się go udokumentować.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="19"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="22"/>
        <source>unrecognized arguments: %s</source>
        <translation>nierozpoznane argumenty: %s</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="25"/>
        <source>the following arguments are required: %s</source>
        <translation>brak wymaganych argumentów: %s</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="28"/>
        <source>expected one argument</source>
        <translation>oczekiwano jednej wartości</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="29"/>
        <source>expected at most one argument</source>
        <translation>oczekiwano najwyżej jednej wartości</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="32"/>
        <source>expected at least one argument</source>
        <translation>oczekiwano co najmniej jednej wartości</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="35"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>niejednoznaczna opcja: %(option)s może oznaczać %(matches)s</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="38"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nieprawidłowa wartość %(value)r (oczekiwano: %(type)s)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="41"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>nieprawidłowy wybór: %(value)r (do wyboru: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/argparse_messages.py" line="44"/>
        <source>ignored explicit argument %r</source>
        <translation>wartość %r nie jest tu przyjmowana</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="58"/>
        <source>“{value}” is not a whole number</source>
        <translation>„{value}” nie jest liczbą całkowitą</translation>
    </message>
</context>
<context>
    <name>Confidentiality</name>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="158"/>
        <source>Confirms a patient</source>
        <translation>Potwierdza, że ktoś jest pacjentem</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="159"/>
        <source>Health detail</source>
        <translation>Informacja o zdrowiu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="160"/>
        <source>Date or time of a visit</source>
        <translation>Data lub godzina wizyty</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="161"/>
        <source>Billing or insurance</source>
        <translation>Płatność lub ubezpieczenie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="162"/>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="163"/>
        <source>Reward for reviews</source>
        <translation>Nagroda za opinie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="164"/>
        <source>New information</source>
        <translation>Nowe informacje</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="171"/>
        <source>This confirms that the reviewer is or was a patient. Speak about the practice in general instead.</source>
        <translation>To potwierdza, że autor jest lub był pacjentem. Zamiast tego pisz ogólnie o przychodni.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="176"/>
        <source>This says that someone looked at the reviewer&apos;s records, which confirms they are a patient. Leave it out.</source>
        <translation>To mówi, że ktoś zajrzał do dokumentacji autora, co potwierdza, że jest pacjentem. Usuń ten fragment.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="181"/>
        <source>This is a health detail (a diagnosis, procedure, medication or test). Leave it out of a public reply.</source>
        <translation>To informacja o zdrowiu (diagnoza, zabieg, lek lub badanie). Nie umieszczaj jej w publicznej odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="186"/>
        <source>This repeats a health detail from the review. Do not repeat it in public, even if the reviewer wrote it.</source>
        <translation>To powtórzenie informacji o zdrowiu z opinii. Nie powtarzaj jej publicznie, nawet jeśli autor sam ją podał.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="191"/>
        <source>This mentions insurance. Leave insurance out of a public reply.</source>
        <translation>To wzmianka o ubezpieczeniu. Nie pisz o ubezpieczeniu w publicznej odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="194"/>
        <source>This is a date. A date tells others when someone visited; leave it out.</source>
        <translation>To data. Data zdradza innym, kiedy ktoś był na wizycie; usuń ją.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="198"/>
        <source>This is about money someone paid. Discuss bills only in private.</source>
        <translation>To dotyczy kwoty, którą ktoś zapłacił. Rozliczenia omawiaj tylko prywatnie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="201"/>
        <source>This is a person&apos;s full name or surname. Use a first name only, or no name.</source>
        <translation>To imię i nazwisko lub samo nazwisko. Użyj tylko imienia albo nie podawaj go wcale.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="205"/>
        <source>This offers a reward for a review. Platforms and the law forbid rewards for reviews; leave it out.</source>
        <translation>To jest nagroda za opinię. Platformy i prawo zabraniają nagradzania opinii; usuń to.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="210"/>
        <source>This tells readers something about the reviewer that the review did not say. A reply may answer the review but must add nothing about the patient.</source>
        <translation>To mówi czytelnikom o autorze coś, czego nie ma w opinii. Odpowiedź może odnosić się do opinii, ale nie może dodawać niczego o pacjencie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="215"/>
        <source>Replies worded like this sentence usually confirm that the reviewer is a patient or tell something about their care (a learned check, no word list). Speak about the practice in general instead.</source>
        <translation>Odpowiedzi sformułowane w ten sposób zwykle potwierdzają, że autor opinii jest pacjentem, albo mówią coś o jego leczeniu (wykryła to wyuczona kontrola, nie lista słów). Pisz o placówce ogólnie.</translation>
    </message>
</context>
<context>
    <name>ConnectGuide</name>
    <message>
        <source>In plain words</source>
        <translation>Prostymi słowami</translation>
    </message>
    <message>
        <source>For whoever sets it up</source>
        <translation>Dla osoby, która to konfiguruje</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="51"/>
        <source>Connecting Google Business Profile</source>
        <translation>Łączenie z Profilem Firmy w Google</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="53"/>
        <source>Before you start: Google gives API access only for a Business Profile that is verified and active for at least 60 days, with a website, and you sign in as its owner or manager. Google&apos;s conditions: {link}.</source>
        <translation>Zanim zaczniesz: Google daje dostęp do API tylko dla Profilu Firmy zweryfikowanego i aktywnego od co najmniej 60 dni, z podaną stroną internetową; logujesz się jako jego właściciel lub menedżer. Warunki Google: {link}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="61"/>
        <source>prerequisites</source>
        <translation>wymagania wstępne</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="64"/>
        <source>Create a Google Cloud project for the practice in the {link} (it is free) and note its project number from the project&apos;s dashboard.</source>
        <translation>Utwórz dla gabinetu projekt Google Cloud w {link} (to bezpłatne) i zapisz numer projektu z jego pulpitu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="71"/>
        <source>Cloud console</source>
        <translation>konsoli Cloud</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="74"/>
        <source>Ask Google for access with the {link} form: give the project number, the practice&apos;s e-mail and that you answer your own practice&apos;s reviews. People at Google review it; it can take days or weeks.</source>
        <translation>Poproś Google o dostęp formularzem {link}: podaj numer projektu, e-mail gabinetu i to, że odpowiadasz na opinie o własnym gabinecie. Wniosek sprawdzają pracownicy Google; może to potrwać od kilku dni do kilku tygodni.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="82"/>
        <source>Application for Basic API Access</source>
        <translation>Application for Basic API Access</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="85"/>
        <source>Until Google approves it, the project&apos;s quota for these APIs stays at 0 requests per minute and clinicrep says “access not yet approved”: your sign-in is fine. Do not ask for a quota increase ({link}); wait for Google&apos;s e-mail.</source>
        <translation>Dopóki Google nie zatwierdzi wniosku, limit projektu dla tych API wynosi 0 zapytań na minutę, a clinicrep pisze „dostęp jeszcze niezatwierdzony”: z logowaniem wszystko w porządku. Nie proś o zwiększenie limitu ({link}) — poczekaj na e-mail od Google.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="92"/>
        <source>quota limits</source>
        <translation>limity</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="95"/>
        <source>In the project, open APIs &amp; Services → Library and enable “My Business Account Management API”, “My Business Business Information API” and “Google My Business API”.</source>
        <translation>W projekcie otwórz „Interfejsy API i usługi” → „Biblioteka” i włącz „My Business Account Management API”, „My Business Business Information API” oraz „Google My Business API”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="101"/>
        <source>Open APIs &amp; Services → OAuth consent screen (type External; add your own address as a test user), then Credentials → Create credentials → OAuth client ID, application type “Desktop app”. Copy its client ID and client secret into the two fields here.</source>
        <translation>Otwórz „Interfejsy API i usługi” → „Ekran zgody OAuth” (typ „Zewnętrzny”; dodaj swój adres jako użytkownika testowego), potem „Dane logowania” → „Utwórz dane logowania” → „Identyfikator klienta OAuth”, typ aplikacji „Aplikacja komputerowa”. Skopiuj jego identyfikator klienta i tajny klucz klienta do dwóch pól tutaj.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="108"/>
        <source>Press Save: your browser opens to sign in with the Google account that manages the profile. clinicrep then lists the locations of that account and fills in Account, Location and Place ID; you do not type them.</source>
        <translation>Naciśnij „Zapisz”: otworzy się przeglądarka, zaloguj się na konto Google, które zarządza profilem. clinicrep wyświetli lokalizacje tego konta i sam wypełni „Konto”, „Lokalizację” i „Place ID” — nie trzeba ich wpisywać.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="116"/>
        <source>clinicrep reads and answers the practice&apos;s Google reviews with a sign-in key that belongs to the practice. Whoever looks after the practice&apos;s Google account or computers makes it once (the steps below); Google checks the request, which can take days or weeks.</source>
        <translation>clinicrep czyta opinie o placówce w Google i odpowiada na nie za pomocą klucza logowania należącego do placówki. Tworzy go raz osoba, która zajmuje się kontem Google placówki lub jej komputerami (kroki poniżej); Google sprawdza wniosek, co może potrwać od kilku dni do kilku tygodni.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="123"/>
        <source>The key has two parts, each with its own field here: the client ID, a long code ending in .apps.googleusercontent.com, and the client secret, a code starting with GOCSPX- that works like a password. Paste each into its field.</source>
        <translation>Klucz ma dwie części, każda ma tu własne pole: identyfikator klienta — długi kod kończący się na .apps.googleusercontent.com, oraz tajny klucz klienta — kod zaczynający się od GOCSPX-, który działa jak hasło. Wklej każdą część do jej pola.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="129"/>
        <source>Press Save. Your browser opens: sign in with the Google account that manages the practice&apos;s profile and allow access. clinicrep fills in the rest itself.</source>
        <translation>Naciśnij „Zapisz”. Otworzy się przeglądarka: zaloguj się na konto Google, które zarządza profilem placówki, i zezwól na dostęp. Resztę clinicrep uzupełni sam.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="134"/>
        <source>If clinicrep or Google&apos;s page says the key is wrong, copy both parts again from the same key, or ask whoever made it.</source>
        <translation>Jeśli clinicrep lub strona Google mówi, że klucz jest błędny, skopiuj obie części ponownie z tego samego klucza albo zapytaj osobę, która go utworzyła.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="145"/>
        <source>Connecting a Facebook Page</source>
        <translation>Łączenie ze stroną na Facebooku</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="147"/>
        <source>Facebook is retiring access to Page recommendations (Graph API v22.0 and later refuse it). clinicrep uses v21.0 while Facebook still answers; when it stops, import the reviews from a file.</source>
        <translation>Facebook wycofuje dostęp do rekomendacji stron (Graph API v22.0 i nowsze go odmawiają). clinicrep używa v21.0, dopóki Facebook jeszcze odpowiada; gdy przestanie, zaimportuj opinie z pliku.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="153"/>
        <source>You need a role on the practice&apos;s Page that may moderate (full control, or task access to community activity), and a Meta app of the type “Business” ({link} → Create app).</source>
        <translation>Potrzebujesz roli na stronie gabinetu z prawem moderowania (pełna kontrola albo dostęp do zadań dotyczących aktywności społeczności) oraz aplikacji Meta typu „Firma” ({link} → „Utwórz aplikację”).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="159"/>
        <source>My Apps</source>
        <translation>Moje aplikacje</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="161"/>
        <source>Reading recommendations needs the permission pages_read_user_content, which Meta grants only after the business is verified (Meta Business Suite → Settings → Security centre).</source>
        <translation>Do czytania rekomendacji potrzebne jest uprawnienie pages_read_user_content, które Meta przyznaje dopiero po weryfikacji firmy (Meta Business Suite → „Ustawienia” → „Centrum bezpieczeństwa”).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="167"/>
        <source>Open the {link}, choose your app, add pages_show_list, pages_read_user_content, pages_read_engagement and pages_manage_engagement, press “Generate Access Token” and tick the practice&apos;s Page.</source>
        <translation>Otwórz {link}, wybierz swoją aplikację, dodaj pages_show_list, pages_read_user_content, pages_read_engagement i pages_manage_engagement, naciśnij „Generate Access Token” i zaznacz stronę gabinetu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="175"/>
        <source>Graph API Explorer</source>
        <translation>Graph API Explorer</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="178"/>
        <source>The Explorer&apos;s token expires within hours. Extend it in the {link} first: the Page tokens made from a long-lived user token do not expire.</source>
        <translation>Token z Explorera wygasa po kilku godzinach. Najpierw przedłuż go w {link}: tokeny stron uzyskane z długoterminowego tokena użytkownika nie wygasają.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="185"/>
        <source>Access Token Debugger</source>
        <translation>Access Token Debugger</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="188"/>
        <source>Paste the user access token below and press “Find my Pages”. Choose the practice&apos;s Page: clinicrep fills in the Page ID and the Page access token. The user token itself is not kept.</source>
        <translation>Wklej poniżej token dostępu użytkownika i naciśnij „Znajdź moje strony”. Wybierz stronę gabinetu: clinicrep wpisze ID strony i jej token dostępu. Sam token użytkownika nie jest zapisywany.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="200"/>
        <source>Connecting Trustpilot</source>
        <translation>Łączenie z Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="202"/>
        <source>The Trustpilot API comes with Trustpilot Business plans that include integrations. In {link} open Integrations → API (or ask Trustpilot&apos;s support to turn API access on).</source>
        <translation>API Trustpilot jest dostępne w planach Trustpilot Business z integracjami. W {link} otwórz „Integrations” → „API” (albo poproś wsparcie Trustpilot o włączenie dostępu do API).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="210"/>
        <source>Trustpilot Business</source>
        <translation>Trustpilot Business</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="213"/>
        <source>Create an application there: Trustpilot shows its API key and API secret. Copy both into the fields here.</source>
        <translation>Utwórz tam aplikację: Trustpilot pokaże jej klucz API i tajny klucz API. Skopiuj oba do pól tutaj.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="218"/>
        <source>Type the practice&apos;s website as Trustpilot lists it (for example clinic.com) and press “Find”: clinicrep asks Trustpilot for the business unit ({link}) and fills in the Business unit ID and the review page.</source>
        <translation>Wpisz stronę gabinetu tak, jak widnieje na Trustpilot (na przykład clinic.com), i naciśnij „Znajdź”: clinicrep zapyta Trustpilot o jednostkę biznesową ({link}) i wpisze jej ID oraz stronę opinii.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="226"/>
        <source>how Trustpilot finds it</source>
        <translation>jak Trustpilot ją znajduje</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="229"/>
        <source>Business user ID (replies): the Trustpilot Business user the replies are posted as. Ask Trustpilot&apos;s support for it if your account does not show it; without it clinicrep reads reviews but does not publish replies.</source>
        <translation>ID użytkownika firmowego (odpowiedzi): użytkownik Trustpilot Business, w którego imieniu publikowane są odpowiedzi. Jeśli konto go nie pokazuje, zapytaj wsparcie Trustpilot; bez niego clinicrep czyta opinie, ale nie publikuje odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="235"/>
        <source>After Save you sign in once with your Trustpilot Business e-mail and password so that replies can be published. The password is used once and never stored.</source>
        <translation>Po zapisaniu zaloguj się raz e-mailem i hasłem Trustpilot Business, aby można było publikować odpowiedzi. Hasło jest użyte raz i nigdzie nie jest zapisywane.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="242"/>
        <source>clinicrep reads and answers the practice&apos;s Trustpilot reviews with two codes that Trustpilot gives the practice&apos;s Trustpilot Business account (on plans with integrations): the API key and the API secret, which works like a password.</source>
        <translation>clinicrep czyta opinie o placówce w Trustpilot i odpowiada na nie za pomocą dwóch kodów, które Trustpilot wydaje kontu Trustpilot Business placówki (w planach z integracjami): klucza API i tajnego klucza API, który działa jak hasło.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="249"/>
        <source>Whoever manages that account creates an application under Integrations → API (the steps below); Trustpilot then shows both codes. Paste each into its field.</source>
        <translation>Osoba zarządzająca tym kontem tworzy aplikację w sekcji „Integracje” → API (kroki poniżej); Trustpilot pokazuje wtedy oba kody. Wklej każdy do jego pola.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="254"/>
        <source>Type the practice&apos;s website and press “Find”. After Save, sign in once with the Trustpilot Business e-mail and password.</source>
        <translation>Wpisz stronę internetową placówki i naciśnij „Znajdź”. Po zapisaniu zaloguj się raz adresem e-mail i hasłem Trustpilot Business.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="265"/>
        <source>Connecting Yelp</source>
        <translation>Łączenie z Yelp</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="267"/>
        <source>Create an app in {link} to get a Yelp Fusion API key, and copy the key here.</source>
        <translation>Utwórz aplikację w {link}, aby dostać klucz API Yelp Fusion, i skopiuj klucz tutaj.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="271"/>
        <source>Yelp Fusion</source>
        <translation>Yelp Fusion</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="273"/>
        <source>The Business ID is the last part of the practice&apos;s Yelp address: in yelp.com/biz/family-clinic-krakow it is family-clinic-krakow.</source>
        <translation>ID firmy to ostatnia część adresu gabinetu na Yelp: w yelp.com/biz/family-clinic-krakow jest to family-clinic-krakow.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="278"/>
        <source>Yelp gives at most three review excerpts and no way to reply through its API: clinicrep copies your reply and opens the review&apos;s page, and you paste it there.</source>
        <translation>Yelp udostępnia najwyżej trzy fragmenty opinii i nie pozwala odpowiadać przez API: clinicrep kopiuje odpowiedź i otwiera stronę opinii, a Ty wklejasz ją tam.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/connect_guides.py" line="283"/>
        <source>Business time zone: Yelp gives review times in the business&apos;s local time. clinicrep suggests this computer&apos;s time zone; change it if the practice is elsewhere.</source>
        <translation>Strefa czasowa firmy: Yelp podaje czas opinii w czasie lokalnym firmy. clinicrep proponuje strefę tego komputera; zmień ją, jeśli gabinet jest gdzie indziej.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="43"/>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="44"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="45"/>
        <source>Rating</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="46"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="47"/>
        <source>Review</source>
        <translation>Opinia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="48"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="49"/>
        <source>Sentiment</source>
        <translation>Wydźwięk</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="50"/>
        <source>Topics</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="51"/>
        <source>Urgency</source>
        <translation>Pilność</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="54"/>
        <source>Our public reply</source>
        <translation>Nasza publiczna odpowiedź</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="55"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="126"/>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="42"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="53"/>
        <source>Answered</source>
        <translation>Data odpowiedzi</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message numerus="yes">
        <source>%n dates such as “3 days ago” were counted back from {value} (the day the file was saved); they are approximate.</source>
        <translation>
            <numerusform>%n datę w rodzaju „3 dni temu” policzono wstecz od {value} (dnia zapisania pliku); jest przybliżona.</numerusform>
            <numerusform>%n daty w rodzaju „3 dni temu” policzono wstecz od {value} (dnia zapisania pliku); są przybliżone.</numerusform>
            <numerusform>%n dat w rodzaju „3 dni temu” policzono wstecz od {value} (dnia zapisania pliku); są przybliżone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="111"/>
        <source>The date is empty; the row was skipped.</source>
        <translation>Brak daty; wiersz pominięto.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="114"/>
        <source>The date “{value}” was not understood; the row was skipped.</source>
        <translation>Nie rozpoznano daty „{value}”; wiersz pominięto.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="117"/>
        <source>The date “{value}” cannot be a review&apos;s date; the row was skipped.</source>
        <translation>Data „{value}” nie może być datą opinii; wiersz pominięto.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="120"/>
        <source>The date “{value}” is in the future; check the file&apos;s dates.</source>
        <translation>Data „{value}” jest w przyszłości; sprawdź daty w pliku.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="123"/>
        <source>The date “{value}” was not understood; imported with the export&apos;s date.</source>
        <translation>Nie rozpoznano daty „{value}”; zaimportowano z datą eksportu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="127"/>
        <source>The date is empty; imported with the export&apos;s date.</source>
        <translation>Brak daty; zaimportowano z datą eksportu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="130"/>
        <source>The rating “{value}” was not understood; the row was skipped.</source>
        <translation>Nie rozpoznano oceny „{value}”; wiersz pominięto.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="133"/>
        <source>The rating “{value}” is outside the scale; the row was skipped.</source>
        <translation>Ocena „{value}” wykracza poza skalę; wiersz pominięto.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="136"/>
        <source>The row has neither text nor a rating; it was skipped.</source>
        <translation>Wiersz nie zawiera ani tekstu, ani oceny; pominięto go.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="139"/>
        <source>The text is longer than {n} characters; only its beginning was imported.</source>
        <translation>Tekst jest dłuższy niż {n} znaków; zaimportowano tylko jego początek.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="143"/>
        <source>The file ends inside this row&apos;s quoted text (the file was cut); the row was skipped. Save the whole file again.</source>
        <translation>Plik kończy się w środku tekstu tego wiersza w cudzysłowie (plik został ucięty); wiersz pominięto. Zapisz cały plik ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="148"/>
        <source>The row repeats line {value}; it was imported once.</source>
        <translation>Wiersz powtarza wiersz {value}; zaimportowano go raz.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="151"/>
        <source>This line was saved in another encoding ({value}) than the rest of the file; it was read in that one.</source>
        <translation>Ten wiersz zapisano w innym kodowaniu ({value}) niż resztę pliku; odczytano go w tym kodowaniu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="156"/>
        <source>This line has bytes that are not text; they were replaced by “�”.</source>
        <translation>Ten wiersz zawiera bajty, które nie są tekstem; zastąpiono je znakiem „�”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="161"/>
        <source>The row could not be read; it was skipped.</source>
        <translation>Nie udało się odczytać wiersza; pominięto go.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="179"/>
        <source>Every row has the same date ({value}): it may be when the file was saved, not when the reviews were written. Choose another date column if there is one.</source>
        <translation>Wszystkie wiersze mają tę samą datę ({value}): może to być data zapisania pliku, a nie napisania opinii. Wybierz inną kolumnę z datą, jeśli jest.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="185"/>
        <source>Every rating is {value}: check that the rating column is right.</source>
        <translation>Wszystkie oceny to {value}: sprawdź, czy wybrano właściwą kolumnę oceny.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="189"/>
        <source>The IDs in “{value}” repeat for different reviews, so they were not used; reviews are told apart by their content.</source>
        <translation>Identyfikatory w „{value}” powtarzają się w różnych opiniach, więc ich nie użyto; opinie są rozróżniane po treści.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="195"/>
        <source>Ratings were read on a scale of 1 to {value}.</source>
        <translation>Oceny odczytano w skali od 1 do {value}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="207"/>
        <source>The file has no date column: the reviews got today&apos;s date.</source>
        <translation>Plik nie ma kolumny z datą: opinie otrzymały dzisiejszą datę.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="211"/>
        <source>The file is not saved as Unicode; its letters were read as {value}. If names or texts look wrong, import it again and choose its encoding.</source>
        <translation>Plik nie jest zapisany w Unicode; jego litery odczytano jako {value}. Jeśli imiona lub teksty wyglądają źle, zaimportuj go ponownie i wybierz jego kodowanie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="246"/>
        <source>Rows read: {rows}. New reviews imported: {imported}, updated: {updated}, already there: {unchanged}, rows skipped: {skipped}.</source>
        <translation>Odczytano wierszy: {rows}. Zaimportowano nowych opinii: {imported}, zaktualizowano: {updated}, już były: {unchanged}, pominięto wierszy: {skipped}.</translation>
    </message>
</context>
<context>
    <name>CsvMapping</name>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="564"/>
        <source>Yandex Maps reviews</source>
        <translation>Opinie z Map Yandex</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="565"/>
        <source>Google Maps places with their reviews (google-maps-scraper)</source>
        <translation>Miejsca z Map Google z opiniami (google-maps-scraper)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="568"/>
        <source>Google Maps reviews</source>
        <translation>Opinie z Map Google</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="569"/>
        <source>Google Maps reviews exported by Outscraper</source>
        <translation>Opinie z Map Google wyeksportowane przez Outscraper</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="572"/>
        <source>Google Maps reviews exported by Apify</source>
        <translation>Opinie z Map Google wyeksportowane przez Apify</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="573"/>
        <source>Google Business Profile reviews (Google Takeout)</source>
        <translation>Opinie z Profilu Firmy w Google (Google Takeout)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="576"/>
        <source>Dianping reviews</source>
        <translation>Opinie z Dianping</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="577"/>
        <source>ZnanyLekarz / Doctoralia opinions</source>
        <translation>Opinie ZnanyLekarz / Doctoralia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="580"/>
        <source>ProDoctorov reviews</source>
        <translation>Opinie z ProDoctorov</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="581"/>
        <source>2GIS reviews</source>
        <translation>Opinie z 2GIS</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="582"/>
        <source>Doc.ua reviews</source>
        <translation>Opinie z Doc.ua</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="583"/>
        <source>Helsi reviews</source>
        <translation>Opinie z Helsi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="584"/>
        <source>Ceneo-style opinion list</source>
        <translation>Lista opinii w stylu Ceneo</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="594"/>
        <source>“{column}”: as in {preset}.</source>
        <translation>„{column}”: jak w formacie „{preset}”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="598"/>
        <source>“{column}”: by its name.</source>
        <translation>„{column}”: po nazwie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="602"/>
        <source>“{column}”: its values are dates.</source>
        <translation>„{column}”: zawiera daty.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="603"/>
        <source>“{column}”: its values are web links, one per review.</source>
        <translation>„{column}”: zawiera linki, po jednym na opinię.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="606"/>
        <source>“{column}”: its values are ratings (stars).</source>
        <translation>„{column}”: zawiera oceny (gwiazdki).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="609"/>
        <source>“{column}”: its values are different in every row.</source>
        <translation>„{column}”: wartości są różne w każdym wierszu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="612"/>
        <source>“{column}”: its values are language codes.</source>
        <translation>„{column}”: zawiera kody języków.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="615"/>
        <source>“{column}”: its values are short and varied, like names.</source>
        <translation>„{column}”: wartości są krótkie i różne, jak imiona.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="618"/>
        <source>“{column}”: it holds the longest, most varied text.</source>
        <translation>„{column}”: zawiera najdłuższy i najbardziej zróżnicowany tekst.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="621"/>
        <source>“{column}” was not used: its links are pictures.</source>
        <translation>„{column}” nie użyto: jej linki prowadzą do obrazków.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="624"/>
        <source>“{column}” was not used: the same link repeats in many rows.</source>
        <translation>„{column}” nie użyto: ten sam link powtarza się w wielu wierszach.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="627"/>
        <source>“{column}” was not used: it is when the file was saved, not the review.</source>
        <translation>„{column}” nie użyto: to czas zapisania pliku, a nie opinii.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="630"/>
        <source>“{column}” was not used: values 1–3 are classes, not stars.</source>
        <translation>„{column}” nie użyto: wartości 1–3 to kategorie, a nie gwiazdki.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="633"/>
        <source>“{column}” was not used: values like 4.3 are averages, not one review.</source>
        <translation>„{column}” nie użyto: wartości takie jak 4.3 to średnie, a nie ocena jednej opinii.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="636"/>
        <source>“{column}” was not used as the review ID: its values repeat; reviews are told apart by their content.</source>
        <translation>„{column}” nie użyto jako identyfikatora opinii: wartości się powtarzają; opinie są rozróżniane po treści.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="641"/>
        <source>“{column}” was not used as the review ID: it only numbers the rows.</source>
        <translation>„{column}” nie użyto jako identyfikatora opinii: to tylko numery wierszy.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csv_mapping.py" line="645"/>
        <source>“{column}”.</source>
        <translation>„{column}”.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <location filename="../../src/clinicrep/store/pg_check.py" line="295"/>
        <source>Connected to PostgreSQL {version}. The database is empty: clinicrep sets it up when this PC first uses it.</source>
        <translation>Połączono z PostgreSQL {version}. Baza danych jest pusta: clinicrep przygotuje ją, gdy ten komputer pierwszy raz z niej skorzysta.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/pg_check.py" line="301"/>
        <source>Connected to PostgreSQL {version}. The database holds clinicrep&apos;s data ({count} reviews) from an older version; it is updated when this PC first uses it.</source>
        <translation>Połączono z PostgreSQL {version}. Baza danych zawiera dane clinicrep (opinie: {count}) ze starszej wersji; zostaną zaktualizowane, gdy ten komputer pierwszy raz z niej skorzysta.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/pg_check.py" line="306"/>
        <source>Connected to PostgreSQL {version}. The database holds clinicrep&apos;s data ({count} reviews).</source>
        <translation>Połączono z PostgreSQL {version}. Baza danych zawiera dane clinicrep (opinie: {count}).</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="69"/>
        <source>This PC only (default)</source>
        <translation>Tylko ten komputer (domyślnie)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="70"/>
        <source>Shared with other PCs (PostgreSQL server)</source>
        <translation>Wspólna dla kilku komputerów (serwer PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="79"/>
        <source>e.g. server.practice.local</source>
        <translation>np. server.practice.local</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="100"/>
        <source>Encrypted, the server&apos;s certificate checked (recommended)</source>
        <translation>Szyfrowane, certyfikat serwera sprawdzany (zalecane)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="101"/>
        <source>Encrypted, the certificate not checked</source>
        <translation>Szyfrowane, certyfikat niesprawdzany</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="102"/>
        <source>Encrypted when the server offers it</source>
        <translation>Szyfrowane, jeśli serwer to oferuje</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="110"/>
        <source>The CA file from your IT provider (.crt, .pem)</source>
        <translation>Plik CA od Twojego informatyka (.crt, .pem)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="112"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="129"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="135"/>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="171"/>
        <source>Server:</source>
        <translation>Serwer:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="137"/>
        <source>The name or address of the computer that runs PostgreSQL; the port is usually 5432.</source>
        <translation>Nazwa lub adres komputera, na którym działa PostgreSQL; port to zwykle 5432.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="145"/>
        <source>Database:</source>
        <translation>Baza danych:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="147"/>
        <source>The database your IT provider made for clinicrep.</source>
        <translation>Baza danych, którą Twój informatyk utworzył dla clinicrep.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="150"/>
        <source>User:</source>
        <translation>Użytkownik:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="150"/>
        <source>The same user on every PC of the practice.</source>
        <translation>Ten sam użytkownik na każdym komputerze placówki.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="154"/>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="94"/>
        <source>Saved securely on this computer; type to change it</source>
        <translation>Bezpiecznie zapisane na tym komputerze; wpisz, aby zmienić</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="156"/>
        <source>Saved securely in this computer&apos;s password store, never in a file.</source>
        <translation>Bezpiecznie zapisane w magazynie haseł tego komputera, nigdy w pliku.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="160"/>
        <source>Encryption (TLS):</source>
        <translation>Szyfrowanie (TLS):</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="162"/>
        <source>Checking the certificate needs the CA file below.</source>
        <translation>Sprawdzenie certyfikatu wymaga poniższego pliku CA.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="166"/>
        <source>CA file:</source>
        <translation>Plik CA:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="168"/>
        <source>Proves that the server is yours, not an impostor on the network.</source>
        <translation>Potwierdza, że to Twój serwer, a nie podszywający się w sieci.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="179"/>
        <source>Test connection</source>
        <translation>Sprawdź połączenie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="197"/>
        <source>This run uses {where}, chosen when clinicrep was started (--db or CLINICREP_DB). What you choose here applies from the next start without it.</source>
        <translation>To uruchomienie używa {where}, wybranej przy starcie clinicrep (--db lub CLINICREP_DB). To, co wybierzesz tutaj, obowiązuje od następnego uruchomienia bez tej opcji.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="208"/>
        <source>The reviews are kept in a file on this PC: {path}. Backed up every day into its backups folder.</source>
        <translation>Opinie są przechowywane w pliku na tym komputerze: {path}. Codziennie kopia trafia do folderu backups obok niego.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="217"/>
        <source>Several PCs of the practice share one inbox on a PostgreSQL server that your IT provider runs. The server&apos;s own backups apply; “Export a copy…” saves the shared reviews into a file.</source>
        <translation>Kilka komputerów placówki korzysta z jednej wspólnej skrzynki opinii na serwerze PostgreSQL, który prowadzi Twój informatyk. Kopie zapasowe robi sam serwer; „Zapisz kopię…” zapisuje wspólne opinie do pliku.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="224"/>
        <source>Export a copy…</source>
        <translation>Zapisz kopię…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="285"/>
        <source>Choose the CA file</source>
        <translation>Wybierz plik CA</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="287"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certyfikaty (*.crt *.pem *.cer);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="296"/>
        <source>Fill in the server, the database and the user first.</source>
        <translation>Najpierw wypełnij serwer, bazę danych i użytkownika.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="312"/>
        <source>Connecting to {server}…</source>
        <translation>Łączenie z {server}…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="367"/>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="375"/>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="394"/>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="368"/>
        <source>Fill in the server, the database and the user, or choose “This PC only”.</source>
        <translation>Wypełnij serwer, bazę danych i użytkownika albo wybierz „Tylko ten komputer”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="377"/>
        <source>This connection has not been tested successfully. Save it anyway? If the server cannot be used, clinicrep offers this PC&apos;s own database at the next start.</source>
        <translation>To połączenie nie zostało jeszcze pomyślnie sprawdzone. Zapisać mimo to? Jeśli serwera nie da się użyć, przy następnym uruchomieniu clinicrep zaproponuje własną bazę danych tego komputera.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="447"/>
        <source>clinicrep database (*.sqlite3)</source>
        <translation>Baza danych clinicrep (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="457"/>
        <source>Copying the database into {file}…</source>
        <translation>Kopiowanie bazy danych do {file}…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="445"/>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="471"/>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="477"/>
        <source>Export a copy</source>
        <translation>Zapisz kopię</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/database_settings.py" line="419"/>
        <source>Database</source>
        <translation>Baza danych</translation>
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
        <translation>dddd, d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="172"/>
        <source>dddd, d MMMM yyyy, HH:mm</source>
        <translation>dddd, d MMMM yyyy, HH:mm</translation>
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
        <translation>Wspólna baza danych: {where}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="854"/>
        <source>This PC&apos;s own database: {where}</source>
        <translation>Własna baza danych tego komputera: {where}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="863"/>
        <source>This PC&apos;s own database opens.</source>
        <translation>Własna baza danych tego komputera otwiera się.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="895"/>
        <source>This PC uses {where} from now on; the old database was kept as it was.</source>
        <translation>Od teraz ten komputer używa {where}; stara baza danych została bez zmian.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="903"/>
        <source>This PC has no keyring to keep the database password, so it was used for this copy only. Enter it in Settings → Database, or ask your IT provider to keep it in ~/.pgpass.</source>
        <translation>Ten komputer nie ma pęku kluczy, w którym można zachować hasło bazy danych, więc użyto go tylko do tego kopiowania. Wpisz je w Ustawienia → Baza danych albo poproś informatyka, aby zapisał je w ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>DbMove</name>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="72"/>
        <source>Copied {reviews} reviews ({rows} rows in {tables} tables) to {target} in {seconds} s; every table&apos;s count was checked.</source>
        <translation>Skopiowano opinie: {reviews} (wiersze: {rows}, tabele: {tables}) do {target} w {seconds} s; liczba wierszy każdej tabeli została sprawdzona.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="84"/>
        <source>The file that was there is kept as {path}.</source>
        <translation>Plik, który tam był, zachowano jako {path}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="425"/>
        <source>Building the search and sort indexes…</source>
        <translation>Budowanie indeksów wyszukiwania i sortowania…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="468"/>
        <source>{table}: {done} of {total} rows</source>
        <translation>Kopiowanie {table}: {done} z {total} wierszy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="477"/>
        <source>Copying {table}: {rows} rows…</source>
        <translation>Kopiowanie {table}: wiersze — {rows}…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="521"/>
        <source>Every table&apos;s count checked; finishing the copy…</source>
        <translation>Liczba wierszy każdej tabeli sprawdzona; kończenie kopiowania…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="488"/>
        <source>alerts</source>
        <comment>after Copying</comment>
        <translation>alertów</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="489"/>
        <source>the log of events</source>
        <comment>after Copying</comment>
        <translation>dziennika zdarzeń</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="490"/>
        <source>learned corrections</source>
        <comment>after Copying</comment>
        <translation>wyuczonych poprawek</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="493"/>
        <source>locations</source>
        <comment>after Copying</comment>
        <translation>lokalizacji</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="494"/>
        <source>replies waiting to be sent</source>
        <comment>after Copying</comment>
        <translation>odpowiedzi czekających na wysłanie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="497"/>
        <source>replies</source>
        <comment>after Copying</comment>
        <translation>odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="498"/>
        <source>who is replying</source>
        <comment>after Copying</comment>
        <translation>informacji, kto odpowiada</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="499"/>
        <source>reply templates</source>
        <comment>after Copying</comment>
        <translation>szablonów odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="500"/>
        <source>praise and complaints</source>
        <comment>after Copying</comment>
        <translation>pochwał i skarg</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="503"/>
        <source>corrections</source>
        <comment>after Copying</comment>
        <translation>poprawek</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="504"/>
        <source>topics</source>
        <comment>after Copying</comment>
        <translation>tematów</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="505"/>
        <source>earlier versions of reviews</source>
        <comment>after Copying</comment>
        <translation>wcześniejszych wersji opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="508"/>
        <source>reviews</source>
        <comment>after Copying</comment>
        <translation>opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="509"/>
        <source>settings</source>
        <comment>after Copying</comment>
        <translation>ustawień</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="510"/>
        <source>sources</source>
        <comment>after Copying</comment>
        <translation>źródeł</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/store/move.py" line="511"/>
        <source>checks for new reviews</source>
        <comment>after Copying</comment>
        <translation>sprawdzeń nowych opinii</translation>
    </message>
</context>
<context>
    <name>DraftMap</name>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="41"/>
        <source>What each sentence of the draft answers</source>
        <translation>Na co odpowiada każde zdanie szkicu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="53"/>
        <source>Invitation to talk it over privately</source>
        <translation>Zaproszenie do rozmowy na osobności</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="54"/>
        <source>The facts, with where to check them</source>
        <translation>Fakty i gdzie je sprawdzić</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="55"/>
        <source>Holding reply: the owner is looking into it</source>
        <translation>Odpowiedź wstępna: kierownik się tym zajmuje</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="56"/>
        <source>Why details are not discussed in public</source>
        <translation>Dlaczego nie omawiamy szczegółów publicznie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="68"/>
        <source>{aspect}: praise</source>
        <translation>{aspect}: pochwała</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="70"/>
        <source>{aspect}: complaint</source>
        <translation>{aspect}: skarga</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="78"/>
        <source>{what} — “{excerpt}”</source>
        <translation>{what} — „{excerpt}”</translation>
    </message>
</context>
<context>
    <name>Drafting</name>
    <message>
        <location filename="../../src/clinicrep/drafting/compose.py" line="449"/>
        <source>“{words}”: {reason}</source>
        <translation>„{words}”: {reason}</translation>
    </message>
</context>
<context>
    <name>DraftingForm</name>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="74"/>
        <source>What the practice does about problems</source>
        <translation>Co przychodnia robi z problemami</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="77"/>
        <source>Language of the facts</source>
        <translation>Język faktów</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="84"/>
        <source>Replies in:</source>
        <translation>Odpowiedzi w języku:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="87"/>
        <source>Drafts in this language use the sentences below. Write them in that language; leave a row empty for a general sentence.</source>
        <translation>Szkice w tym języku używają poniższych zdań. Pisz je w tym języku; zostaw wiersz pusty, aby użyć zdania ogólnego.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="36"/>
        <source>e.g. Doctors now keep time for questions.</source>
        <translation>np. Lekarze mają teraz czas na pytania.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="37"/>
        <source>e.g. A nurse now checks in after each procedure.</source>
        <translation>np. Pielęgniarka zagląda po każdym zabiegu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="40"/>
        <source>e.g. We added a second receptionist in the mornings.</source>
        <translation>np. Rano pracuje teraz druga osoba w rejestracji.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="97"/>
        <source>What the practice does about complaints of this kind, said in drafts that answer one.</source>
        <translation>Co przychodnia robi ze skargami tego rodzaju; trafia to do szkiców odpowiedzi na nie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="104"/>
        <source>Facts against misinformation</source>
        <translation>Fakty przeciw dezinformacji</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="107"/>
        <source>Facts against misinformation:</source>
        <translation>Fakty przeciw dezinformacji:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="109"/>
        <source>For example your licence and where it is registered. Never a patient&apos;s case.</source>
        <translation>Na przykład zezwolenie i gdzie jest zarejestrowane. Nigdy przypadek pacjenta.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="113"/>
        <source>Where the facts can be checked</source>
        <translation>Gdzie można sprawdzić fakty</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="116"/>
        <source>Where the facts can be checked:</source>
        <translation>Gdzie można sprawdzić fakty:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="118"/>
        <source>A public register&apos;s name or a link, quoted in replies to misinformation.</source>
        <translation>Nazwa publicznego rejestru lub link, podawane w odpowiedziach na dezinformację.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="122"/>
        <source>AI drafts (optional)</source>
        <translation>Szkice od AI (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="124"/>
        <source>Ask an AI model for drafts</source>
        <translation>Proś model AI o szkice</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="131"/>
        <source>Off: drafts are composed on this computer. On: the review&apos;s public text, its aspects and your facts go to the service below; you see the request before the first one is sent. Every draft is checked by the guard and you publish it.</source>
        <translation>Wyłączone: szkice powstają na tym komputerze. Włączone: publiczny tekst opinii, jej aspekty i Twoje fakty trafiają do usługi poniżej; przed pierwszym wysłaniem zobaczysz zapytanie. Każdy szkic sprawdza strażnik, a publikujesz go Ty.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="140"/>
        <source>Service address:</source>
        <translation>Adres usługi:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="143"/>
        <source>Any service that speaks the OpenAI chat completions API: llama.cpp, Ollama, LM Studio, vLLM or a provider you chose.</source>
        <translation>Dowolna usługa z API OpenAI chat completions: llama.cpp, Ollama, LM Studio, vLLM lub wybrany dostawca.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="149"/>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="149"/>
        <source>The model name the service uses.</source>
        <translation>Nazwa modelu w tej usłudze.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="153"/>
        <source>unchanged</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="156"/>
        <source>Key:</source>
        <translation>Klucz:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="159"/>
        <source>Saved securely in this computer&apos;s password store. Leave empty for a service that runs on this computer.</source>
        <translation>Bezpiecznie zapisany w magazynie haseł tego komputera. Zostaw puste dla usługi działającej na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="165"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="169"/>
        <source>Wait at most:</source>
        <translation>Czekaj najwyżej:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="171"/>
        <source>After this the composed draft stays in the editor.</source>
        <translation>Potem w edytorze zostaje złożony szkic.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="43"/>
        <source>e.g. We now call if a doctor runs late.</source>
        <translation>np. Dzwonimy, gdy lekarz się spóźnia.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="44"/>
        <source>e.g. Appointments can now be booked online.</source>
        <translation>np. Wizyty można teraz umawiać online.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="47"/>
        <source>e.g. Our prices are on the website and at the desk.</source>
        <translation>np. Cennik jest na stronie i w rejestracji.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="53"/>
        <source>e.g. Everyone now gets a written visit summary.</source>
        <translation>np. Każdy dostaje pisemne podsumowanie wizyty.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="56"/>
        <source>e.g. Our head doctor reviews every such complaint.</source>
        <translation>np. Kierownik medyczny sam wyjaśnia takie skargi.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="59"/>
        <source>e.g. Free parking is now behind the building.</source>
        <translation>np. Za budynkiem jest teraz darmowy parking.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="50"/>
        <source>e.g. The waiting room is now cleaned twice a day.</source>
        <translation>np. Poczekalnia jest teraz sprzątana dwa razy dziennie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/drafting_settings.py" line="231"/>
        <source>Drafting</source>
        <translation>Szkice</translation>
    </message>
</context>
<context>
    <name>Encodings</name>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="31"/>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="32"/>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="33"/>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="34"/>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="35"/>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="36"/>
        <source>Central European (Windows)</source>
        <translation>Środkowoeuropejskie (Windows)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="37"/>
        <source>Cyrillic (Windows)</source>
        <translation>Cyrylica (Windows)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="38"/>
        <source>Western European (Windows)</source>
        <translation>Zachodnioeuropejskie (Windows)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="39"/>
        <source>Central European (ISO)</source>
        <translation>Środkowoeuropejskie (ISO)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="40"/>
        <source>Russian (KOI8-R)</source>
        <translation>Rosyjskie (KOI8-R)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="41"/>
        <source>Ukrainian (KOI8-U)</source>
        <translation>Ukraińskie (KOI8-U)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="42"/>
        <source>Chinese Simplified (GBK)</source>
        <translation>Chiński uproszczony (GBK)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/text_encoding.py" line="43"/>
        <source>Chinese Traditional (Big5)</source>
        <translation>Chiński tradycyjny (Big5)</translation>
    </message>
</context>
<context>
    <name>ExportCli</name>
    <message numerus="yes">
        <location filename="../../src/clinicrep/cli.py" line="734"/>
        <source>%n review(s) written to {path}.</source>
        <translation>
            <numerusform>Zapisano %n opinię w pliku {path}.</numerusform>
            <numerusform>Zapisano %n opinie w pliku {path}.</numerusform>
            <numerusform>Zapisano %n opinii w pliku {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="65"/>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="67"/>
        <source>Needs attention</source>
        <translation>Wymagające uwagi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="68"/>
        <source>All reviews</source>
        <translation>Wszystkie opinie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="69"/>
        <source>New</source>
        <translation>Nowe</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="70"/>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="71"/>
        <source>Answered</source>
        <translation>Z odpowiedzią</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="72"/>
        <source>Escalated</source>
        <translation>U właściciela</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="73"/>
        <source>Dismissed</source>
        <translation>Pominięte</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="74"/>
        <source>Imported history</source>
        <translation>Archiwalne</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="75"/>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="80"/>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="82"/>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="257"/>
        <source>All locations</source>
        <translation>Wszystkie lokalizacje</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="85"/>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="86"/>
        <source>All platforms</source>
        <translation>Wszystkie platformy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="90"/>
        <source>Stars</source>
        <translation>Gwiazdki</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="91"/>
        <source>Any stars</source>
        <translation>Dowolna ocena</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="94"/>
        <source>No stars</source>
        <translation>Bez gwiazdek</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="96"/>
        <source>Sentiment</source>
        <translation>Wydźwięk</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="97"/>
        <source>Any sentiment</source>
        <translation>Dowolny wydźwięk</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="101"/>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="102"/>
        <source>Any topic</source>
        <translation>Dowolny temat</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="107"/>
        <source>Praise or complaint</source>
        <translation>Pochwała lub skarga</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="109"/>
        <source>Any praise or complaint</source>
        <translation>Dowolna pochwała lub skarga</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="113"/>
        <source>{aspect}: praise</source>
        <translation>{aspect}: pochwała</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="116"/>
        <source>{aspect}: complaint</source>
        <translation>{aspect}: skarga</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="119"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="121"/>
        <source>Any time</source>
        <translation>Dowolny okres</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="122"/>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="123"/>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="124"/>
        <source>Last 3 months</source>
        <translation>Ostatnie 3 miesiące</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="125"/>
        <source>Last 12 months</source>
        <translation>Ostatnie 12 miesięcy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="131"/>
        <source>Search reviews (Ctrl+F)</source>
        <translation>Szukaj w opiniach (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="132"/>
        <source>Search reviews</source>
        <translation>Szukaj w opiniach</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="145"/>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="146"/>
        <source>Clear the chart filter</source>
        <translation>Wyczyść filtr z wykresu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="152"/>
        <source>Clear filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="153"/>
        <source>Show what needs attention, with no other filter</source>
        <translation>Pokaż to, co wymaga uwagi, bez innych filtrów</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="266"/>
        <source>Waiting for approval</source>
        <translation>Czekają na zatwierdzenie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="364"/>
        <source>Chart: {what}</source>
        <translation>Wykres: {what}</translation>
    </message>
</context>
<context>
    <name>GoogleSignIn</name>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="319"/>
        <source>clinicrep is connected to Google</source>
        <translation>clinicrep jest połączony z Google</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="321"/>
        <source>Google sign-in was not completed</source>
        <translation>Logowanie do Google nie zostało ukończone</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="323"/>
        <source>You can close this browser tab and return to clinicrep.</source>
        <translation>Możesz zamknąć tę kartę przeglądarki i wrócić do clinicrep.</translation>
    </message>
</context>
<context>
    <name>GuardLaw</name>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="228"/>
        <source>FTC rule on consumer reviews (16 CFR 465); platform rules</source>
        <translation>Przepisy FTC o opiniach konsumentów (16 CFR 465); regulaminy platform</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="231"/>
        <source>Digital Markets, Competition and Consumers Act 2024; platform rules</source>
        <translation>Ustawa o rynkach cyfrowych, konkurencji i konsumentach z 2024 r. (Wielka Brytania); regulaminy platform</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="234"/>
        <source>Federal Law 38-FZ on advertising; platform rules</source>
        <translation>Rosyjska ustawa federalna 38-FZ o reklamie; regulaminy platform</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="237"/>
        <source>Law of Ukraine on consumer rights protection; platform rules</source>
        <translation>Ukraińska ustawa o ochronie praw konsumentów; regulaminy platform</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="240"/>
        <source>Act on counteracting unfair market practices; platform rules</source>
        <translation>Ustawa o przeciwdziałaniu nieuczciwym praktykom rynkowym; regulaminy platform</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="243"/>
        <source>Anti-Unfair Competition Law; E-Commerce Law art. 17</source>
        <translation>Chińska ustawa o zwalczaniu nieuczciwej konkurencji; ustawa o handlu elektronicznym, art. 17</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="248"/>
        <source>Review platforms&apos; rules (Google, Yelp and others)</source>
        <translation>Regulaminy serwisów z opiniami (Google, Yelp i inne)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="253"/>
        <source>HIPAA Privacy Rule (45 CFR 164.502)</source>
        <translation>Zasada prywatności HIPAA (45 CFR 164.502)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="254"/>
        <source>UK GDPR art. 9; GMC guidance on confidentiality</source>
        <translation>UK GDPR, art. 9; wytyczne GMC dotyczące poufności</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="257"/>
        <source>Federal Law 323-FZ, art. 13 (medical secrecy)</source>
        <translation>Rosyjska ustawa federalna 323-FZ, art. 13 (tajemnica lekarska)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="260"/>
        <source>Fundamentals of the legislation of Ukraine on health care, art. 40</source>
        <translation>Podstawy ustawodawstwa Ukrainy o ochronie zdrowia, art. 40 (tajemnica lekarska)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="263"/>
        <source>Act on patient rights, art. 13-14 (medical secrecy)</source>
        <translation>Ustawa o prawach pacjenta, art. 13–14 (tajemnica lekarska)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="266"/>
        <source>Physicians Law art. 56; Personal Information Protection Law</source>
        <translation>Chińska ustawa o lekarzach, art. 56; ustawa o ochronie danych osobowych</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="271"/>
        <source>Medical confidentiality and data protection law</source>
        <translation>Przepisy o tajemnicy lekarskiej i ochronie danych</translation>
    </message>
</context>
<context>
    <name>ImportCli</name>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="422"/>
        <source>--export-date: “{value}” is not a date like 2026-03-31.</source>
        <translation>--export-date: „{value}” nie jest datą w postaci 2026-03-31.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="516"/>
        <source>--map {item}: write FIELD=COLUMN with FIELD one of {fields}.</source>
        <translation>--map {item}: wpisz POLE=KOLUMNA, gdzie POLE to jedno z: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="527"/>
        <source>(unnamed)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="529"/>
        <source>--map {item}: the file has no column “{column}”. Its columns: {columns}</source>
        <translation>--map {item}: plik nie ma kolumny „{column}”. Jego kolumny: {columns}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="563"/>
        <source>Recognised: {export}</source>
        <translation>Rozpoznano: {export}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="579"/>
        <location filename="../../src/clinicrep/cli.py" line="601"/>
        <source>note: {text}</source>
        <translation>uwaga: {text}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="584"/>
        <source>Rows that would be imported: {would} of {rows} (dry run: nothing was saved).</source>
        <translation>Wiersze do zaimportowania: {would} z {rows} (próba: nic nie zapisano).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="589"/>
        <source>[answered]</source>
        <translation>[z odpowiedzią]</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="607"/>
        <source>line {line}: {reason}</source>
        <translation>wiersz {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="615"/>
        <source>Rows without a readable date were skipped; --date-unknown imports them with the export date.</source>
        <translation>Wiersze bez czytelnej daty pominięto; --date-unknown importuje je z datą eksportu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="625"/>
        <source>… and {count} more.</source>
        <translation>… i jeszcze {count}.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="78"/>
        <source>Import reviews from {file}</source>
        <translation>Import opinii z pliku {file}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="85"/>
        <source>Name of the source</source>
        <translation>Nazwa źródła</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="93"/>
        <source>Website the file comes from</source>
        <translation>Serwis, z którego pochodzi plik</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="100"/>
        <source>Language of the reviews</source>
        <translation>Język opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="101"/>
        <source>Detect from the text</source>
        <translation>Wykryj na podstawie tekstu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="105"/>
        <source>Encoding of the file&apos;s text</source>
        <translation>Kodowanie tekstu pliku</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="120"/>
        <source>Detected: {encoding}</source>
        <translation>Wykryto: {encoding}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="137"/>
        <source>Day the file was saved</source>
        <translation>Dzień zapisania pliku</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="139"/>
        <source>Dates such as “3 days ago” in the file are counted back from this day.</source>
        <translation>Daty w rodzaju „3 dni temu” w pliku są liczone wstecz od tego dnia.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="147"/>
        <source>Import rows whose date cannot be read, with the day the file was saved</source>
        <translation>Importuj wiersze z nieczytelną datą, z dniem zapisania pliku</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="151"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="151"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="151"/>
        <source>Rating</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="152"/>
        <source>Review text</source>
        <translation>Treść opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="152"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="152"/>
        <source>Review ID</source>
        <translation>Identyfikator opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="153"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="153"/>
        <source>Practice&apos;s reply</source>
        <translation>Odpowiedź przychodni</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="154"/>
        <source>Language code</source>
        <translation>Kod języka</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="157"/>
        <source>Source name:</source>
        <translation>Nazwa źródła:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="158"/>
        <source>Website:</source>
        <translation>Serwis:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="159"/>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="160"/>
        <source>Encoding:</source>
        <translation>Kodowanie:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="161"/>
        <source>File saved on:</source>
        <translation>Plik zapisano:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="174"/>
        <source>Why this column</source>
        <translation>Dlaczego ta kolumna</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="237"/>
        <source>Recognised: {export}.</source>
        <translation>Rozpoznano: {export}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="244"/>
        <source>clinicrep did not recognise the website this file comes from: choose it in “Website” above.</source>
        <translation>clinicrep nie rozpoznał, z jakiego serwisu pochodzi ten plik: wybierz go powyżej w polu „Serwis”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="256"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="302"/>
        <source>The text looks garbled in {encoding}. Choose another encoding above until the preview reads right; if none does, this is not a file of reviews: save the reviews from the website again.</source>
        <translation>W kodowaniu „{encoding}” tekst wygląda na zniekształcony. Wybierz powyżej inne kodowanie, aż podgląd będzie czytelny; jeśli żadne nie pomaga, to nie jest plik z opiniami: zapisz opinie ze strony jeszcze raz.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="323"/>
        <source>No column was found for the review text or the rating. Choose at least one of them above; if none fits, this is probably not a file of reviews: save the reviews from the website again.</source>
        <translation>Nie znaleziono kolumny z treścią opinii ani z oceną. Wybierz powyżej co najmniej jedną z nich; jeśli żadna nie pasuje, to prawdopodobnie nie jest plik z opiniami: zapisz opinie z serwisu jeszcze raz.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="343"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1514"/>
        <source>Review exports (*.csv *.tsv *.txt *.json *.jsonl *.xlsx);;All files (*)</source>
        <translation>Eksporty opinii (*.csv *.tsv *.txt *.json *.jsonl *.xlsx);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="183"/>
        <source>First rows of the file</source>
        <translation>Pierwsze wiersze pliku</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="108"/>
        <source>How the file&apos;s letters are stored. If the preview shows strange characters, try another one: “{polish}” for Polish, “{cyrillic}” for Russian or Ukrainian files, “{chinese}” for Chinese.</source>
        <translation>Sposób zapisu liter w pliku. Jeśli podgląd pokazuje dziwne znaki, wybierz inne: „{polish}” dla plików polskich, „{cyrillic}” dla rosyjskich i ukraińskich, „{chinese}” dla chińskich.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="191"/>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="258"/>
        <source>(unnamed)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="284"/>
        <source>Chosen by you.</source>
        <translation>Wybrane przez Ciebie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="310"/>
        <source>{rows} rows shown of the Excel workbook</source>
        <translation>Pokazano wierszy skoroszytu Excel: {rows}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="314"/>
        <source>{rows} rows shown of the file · encoding {encoding}</source>
        <translation>Pokazano wierszy pliku: {rows} · kodowanie {encoding}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="341"/>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="355"/>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="476"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1511"/>
        <source>Import reviews</source>
        <translation>Import opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="374"/>
        <source>This file looks like {export}, not {platform}. If it is, choose “{other}” in “Website” above; otherwise import it as it is.</source>
        <translation>Ten plik wygląda na „{export}”, a nie {platform}. Jeśli tak jest, wybierz „{other}” powyżej w polu „Serwis”; jeśli nie, zaimportuj go tak, jak jest.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="421"/>
        <source>Importing reviews…</source>
        <translation>Importowanie opinii…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="422"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="454"/>
        <source>Line {line}: {reason}</source>
        <translation>Wiersz {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="461"/>
        <source>… and {n} more.</source>
        <translation>… i jeszcze {n}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="466"/>
        <source>Import finished</source>
        <translation>Import zakończony</translation>
    </message>
</context>
<context>
    <name>ImportOnly</name>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="397"/>
        <source>clinicrep cannot connect to this site: paste its reviews from the page, import a file saved from it, or add reviews by hand.</source>
        <translation>clinicrep nie może połączyć się z tym serwisem: wklej jego opinie ze strony, zaimportuj zapisany z niego plik albo dodaj opinie ręcznie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="409"/>
        <source>Open your profile on ZnanyLekarz (or Doctoralia) in the browser and go to the patients&apos; opinions. Click “Show more” until the opinions you want are listed, select them from the first author&apos;s name to the end of the last opinion, copy (Ctrl+C) and choose “Paste reviews”. The doctor&apos;s answers come along as the practice&apos;s replies.</source>
        <translation>Otwórz swój profil w ZnanyLekarz (lub Doctoralia) w przeglądarce i przejdź do opinii pacjentów. Klikaj „Pokaż więcej”, aż pojawią się potrzebne opinie, zaznacz je od imienia pierwszego autora do końca ostatniej opinii, skopiuj (Ctrl+C) i wybierz „Wklej opinie”. Odpowiedzi lekarza trafią do clinicrep jako odpowiedzi placówki.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="423"/>
        <source>Open the doctor&apos;s or the clinic&apos;s page on ProDoctorov and its reviews tab. Load the reviews you want, select them together with the authors and dates, copy (Ctrl+C) and choose “Paste reviews”.</source>
        <translation>Otwórz stronę lekarza lub kliniki w ProDoctorov i zakładkę z opiniami. Wczytaj potrzebne opinie, zaznacz je razem z autorami i datami, skopiuj (Ctrl+C) i wybierz „Wklej opinie”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="435"/>
        <source>Open the organisation&apos;s card on Yandex Maps, its reviews tab, and sort by date. Scroll until the reviews you want have loaded, select them from the first author to the last review, copy (Ctrl+C) and choose “Paste reviews”. A file saved by a review-export tool (CSV, JSON) goes in with “Import a file”.</source>
        <translation>Otwórz wizytówkę firmy w Mapach Yandex, zakładkę z opiniami, i posortuj według daty. Przewijaj, aż wczytają się potrzebne opinie, zaznacz je od pierwszego autora do ostatniej opinii, skopiuj (Ctrl+C) i wybierz „Wklej opinie”. Plik zapisany przez narzędzie do eksportu opinii (CSV, JSON) wczytasz przez „Importuj plik”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="448"/>
        <source>Open the clinic&apos;s card in 2GIS in the browser, its reviews tab. Scroll until the reviews you want are shown, select them, copy (Ctrl+C) and choose “Paste reviews”. 2GIS draws the stars as pictures: check the ratings in the grid before adding.</source>
        <translation>Otwórz wizytówkę kliniki w 2GIS w przeglądarce, zakładkę z opiniami. Przewijaj, aż pojawią się potrzebne opinie, zaznacz je, skopiuj (Ctrl+C) i wybierz „Wklej opinie”. 2GIS rysuje gwiazdki jako obrazki: przed dodaniem sprawdź oceny w tabeli.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="461"/>
        <source>Open the doctor&apos;s or the clinic&apos;s page on Doc.ua and scroll to the reviews. Show all you want, select them with their authors and dates, copy (Ctrl+C) and choose “Paste reviews”.</source>
        <translation>Otwórz stronę lekarza lub kliniki w Doc.ua i przewiń do opinii. Pokaż wszystkie potrzebne, zaznacz je z autorami i datami, skopiuj (Ctrl+C) i wybierz „Wklej opinie”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="473"/>
        <source>Open the doctor&apos;s page on Helsi and its reviews. Select the reviews with their authors and dates, copy (Ctrl+C) and choose “Paste reviews”.</source>
        <translation>Otwórz stronę lekarza w Helsi i jego opinie. Zaznacz opinie z autorami i datami, skopiuj (Ctrl+C) i wybierz „Wklej opinie”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="484"/>
        <source>Open the shop&apos;s page on dianping.com in a browser where you are signed in, and its reviews. Select the reviews, copy (Ctrl+C) and choose “Paste reviews”; the shop&apos;s replies come along. Reviews a tool saved to a file (CSV, JSON) go in with “Import a file”.</source>
        <translation>Otwórz stronę lokalu na dianping.com w przeglądarce, w której jesteś zalogowany, i jego opinie. Zaznacz opinie, skopiuj (Ctrl+C) i wybierz „Wklej opinie”; odpowiedzi lokalu zostaną dołączone. Opinie zapisane przez narzędzie do pliku (CSV, JSON) wczytasz przez „Importuj plik”.</translation>
    </message>
</context>
<context>
    <name>ImportOnlyPanel</name>
    <message>
        <location filename="../../src/clinicrep/ui/import_only_panel.py" line="28"/>
        <source>&amp;Paste reviews…</source>
        <translation>&amp;Wklej opinie…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_only_panel.py" line="30"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importuj plik…</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="586"/>
        <source>Waiting for approval</source>
        <translation>Czeka na zatwierdzenie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="586"/>
        <source>Sent back</source>
        <translation>Odesłana</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="740"/>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="741"/>
        <source>Rating</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="742"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="743"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="744"/>
        <source>Review</source>
        <translation>Opinia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="745"/>
        <source>Sentiment</source>
        <translation>Wydźwięk</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="746"/>
        <source>Topics</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="747"/>
        <source>Urgency</source>
        <translation>Pilność</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="748"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="749"/>
        <source>Time left</source>
        <translation>Do terminu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="831"/>
        <source>[edited] </source>
        <translation>[zmieniona] </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="833"/>
        <source>[removed on platform] </source>
        <translation>[usunięta z platformy] </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="836"/>
        <source>[{name} is replying] </source>
        <translation>[{name} odpowiada] </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="838"/>
        <source>(rating only)</source>
        <translation>(tylko ocena)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="863"/>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="876"/>
        <source>%n h left</source>
        <translation>
            <numerusform>została %n godz.</numerusform>
            <numerusform>zostały %n godz.</numerusform>
            <numerusform>zostało %n godz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="864"/>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="877"/>
        <source>%n min left</source>
        <translation>
            <numerusform>została %n min</numerusform>
            <numerusform>zostały %n min</numerusform>
            <numerusform>zostało %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="865"/>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="880"/>
        <source>overdue %n d</source>
        <translation>
            <numerusform>%n dzień po terminie</numerusform>
            <numerusform>%n dni po terminie</numerusform>
            <numerusform>%n dni po terminie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="866"/>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="881"/>
        <source>overdue %n h</source>
        <translation>
            <numerusform>%n godz. po terminie</numerusform>
            <numerusform>%n godz. po terminie</numerusform>
            <numerusform>%n godz. po terminie</numerusform>
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
        <translation>Nowa</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="35"/>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="36"/>
        <source>Answered</source>
        <translation>Z odpowiedzią</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="37"/>
        <source>Escalated</source>
        <translation>U właściciela</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="38"/>
        <source>Dismissed</source>
        <translation>Pominięta</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="39"/>
        <source>Imported history</source>
        <translation>Archiwalna</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="54"/>
        <source>Dianping</source>
        <translation>Dianping</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="59"/>
        <source>Other site</source>
        <translation>Inny serwis</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="60"/>
        <source>Offline feedback</source>
        <translation>Spoza internetu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="66"/>
        <source>Positive</source>
        <translation>Pozytywny</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="67"/>
        <source>Neutral</source>
        <translation>Neutralny</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="68"/>
        <source>Negative</source>
        <translation>Negatywny</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="69"/>
        <source>Mixed</source>
        <translation>Mieszany</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="76"/>
        <source>Doctor</source>
        <translation>Lekarz</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="77"/>
        <source>Nurses</source>
        <translation>Pielęgniarki</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="78"/>
        <source>Reception and staff</source>
        <translation>Rejestracja i personel</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="79"/>
        <source>Waiting time</source>
        <translation>Czas oczekiwania</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="80"/>
        <source>Appointments</source>
        <translation>Umawianie wizyt</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="81"/>
        <source>Prices and billing</source>
        <translation>Ceny i rozliczenia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="82"/>
        <source>Premises and cleanliness</source>
        <translation>Pomieszczenia i czystość</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="83"/>
        <source>Explanations</source>
        <translation>Wyjaśnienia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="84"/>
        <source>Treatment result</source>
        <translation>Efekt leczenia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="85"/>
        <source>Parking and location</source>
        <translation>Parking i lokalizacja</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="106"/>
        <source>Staff attitude</source>
        <translation>Podejście personelu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="107"/>
        <source>Reception and phone</source>
        <translation>Rejestracja i telefon</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="108"/>
        <source>Doctor and outcome</source>
        <translation>Lekarz i efekty leczenia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="109"/>
        <source>Communication</source>
        <translation>Komunikacja</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="110"/>
        <source>Food</source>
        <translation>Wyżywienie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="111"/>
        <source>Praise of a person</source>
        <translation>Pochwała konkretnej osoby</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="126"/>
        <source>English</source>
        <translation>Angielski</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="127"/>
        <source>Russian</source>
        <translation>Rosyjski</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="128"/>
        <source>Ukrainian</source>
        <translation>Ukraiński</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="129"/>
        <source>Polish</source>
        <translation>Polski</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="130"/>
        <location filename="../../src/clinicrep/labels.py" line="131"/>
        <source>Chinese</source>
        <translation>Chiński</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="132"/>
        <source>Other language</source>
        <translation>Inny język</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="56"/>
        <source>Yandex Maps</source>
        <translation>Mapy Yandex</translation>
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
        <translation>Nauka na Twoich poprawkach</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="47"/>
        <source>Use what was learned from your corrections and stars</source>
        <translation>Korzystaj z tego, czego nauczono się z Twoich poprawek i gwiazdek</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="49"/>
        <source>Learn now</source>
        <translation>Ucz się teraz</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="51"/>
        <source>Learn from your corrections and starred reviews, then analyse all again</source>
        <translation>Naucz się z Twoich poprawek i opinii z gwiazdkami, a potem przeanalizuj wszystkie opinie ponownie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="53"/>
        <source>Reset</source>
        <translation>Resetuj</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="54"/>
        <source>Forget what was learned; your corrections stay</source>
        <translation>Zapomnij to, czego się nauczono; Twoje poprawki zostaną</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="82"/>
        <source>Learned from %n of your reviews.</source>
        <translation>
            <numerusform>Nauczono się z %n Twojej opinii.</numerusform>
            <numerusform>Nauczono się z %n Twoich opinii.</numerusform>
            <numerusform>Nauczono się z %n Twoich opinii.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="86"/>
        <source>Nothing learned yet: it needs at least %n corrected or starred reviews with text in a language, and keeps only what reads them better than the rules.</source>
        <translation>
            <numerusform>Jeszcze niczego się nie nauczono: potrzeba co najmniej %n poprawionej lub ocenionej gwiazdkami opinii z tekstem w jednym języku, a zachowuje się tylko to, co odczytuje je lepiej niż reguły.</numerusform>
            <numerusform>Jeszcze niczego się nie nauczono: potrzeba co najmniej %n poprawionych lub ocenionych gwiazdkami opinii z tekstem w jednym języku, a zachowuje się tylko to, co odczytuje je lepiej niż reguły.</numerusform>
            <numerusform>Jeszcze niczego się nie nauczono: potrzeba co najmniej %n poprawionych lub ocenionych gwiazdkami opinii z tekstem w jednym języku, a zachowuje się tylko to, co odczytuje je lepiej niż reguły.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/learning_settings.py" line="96"/>
        <source>Learning, then analysing every review again…</source>
        <translation>Nauka, a potem ponowna analiza wszystkich opinii…</translation>
    </message>
</context>
<context>
    <name>LocationsDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="49"/>
        <source>Locations</source>
        <translation>Lokalizacje</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="53"/>
        <source>A practice with several locations names them here and says where each source&apos;s reviews come from. The inbox, the charts and the monthly report can then show one location or the whole practice.</source>
        <translation>Placówka z kilkoma lokalizacjami nazywa je tutaj i wskazuje, skąd pochodzą opinie z każdego źródła. Skrzynka, wykresy i raport miesięczny mogą wtedy pokazać jedną lokalizację albo całą placówkę.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="62"/>
        <source>Locations (double-click a name to rename it)</source>
        <translation>Lokalizacje (kliknij dwukrotnie nazwę, aby ją zmienić)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="63"/>
        <source>Double-click a name to rename it</source>
        <translation>Kliknij dwukrotnie nazwę, aby ją zmienić</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="68"/>
        <source>Name of a new location</source>
        <translation>Nazwa nowej lokalizacji</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="69"/>
        <source>e.g. Riverside</source>
        <translation>np. Śródmieście</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="72"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="75"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="78"/>
        <source>The location&apos;s sources and reviews stay; they count for the whole practice</source>
        <translation>Źródła i opinie tej lokalizacji zostają i liczą się dla całej placówki</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="86"/>
        <source>Where each source&apos;s reviews come from:</source>
        <translation>Skąd pochodzą opinie z każdego źródła:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="89"/>
        <source>Location of each source</source>
        <translation>Lokalizacja każdego źródła</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="90"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="90"/>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="130"/>
        <source>{name} ({platform})</source>
        <translation>{name} ({platform})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="135"/>
        <source>Location of {source}</source>
        <translation>Lokalizacja źródła {source}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="136"/>
        <source>Whole practice only</source>
        <translation>Tylko cała placówka</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="168"/>
        <source>Location “{name}” added.</source>
        <translation>Dodano lokalizację „{name}”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="182"/>
        <source>Renamed to “{name}”.</source>
        <translation>Zmieniono nazwę na „{name}”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="192"/>
        <source>“{name}” removed; its sources now count for the whole practice.</source>
        <translation>Usunięto „{name}”; jej źródła liczą się teraz dla całej placówki.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/locations_dialog.py" line="202"/>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="333"/>
        <source>Analysis update progress</source>
        <translation>Postęp aktualizacji analizy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="943"/>
        <source>Marked “{status}”.</source>
        <translation>Oznaczono: „{status}”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1087"/>
        <source>Undone: the review is “{status}” again.</source>
        <translation>Cofnięto: opinia ma znów status „{status}”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1148"/>
        <source>Shown: {shown} · new: {new} · open: {open} · overdue: {overdue}</source>
        <translation>Wyświetlone: {shown} · nowe: {new} · otwarte: {open} · po terminie: {overdue}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1308"/>
        <source>{source}: %n review(s)</source>
        <translation>
            <numerusform>{source}: %n opinia</numerusform>
            <numerusform>{source}: %n opinie</numerusform>
            <numerusform>{source}: %n opinii</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1345"/>
        <source>Nothing is connected yet: connect a platform (File → Sources) or import a file of reviews (File → Import a file).</source>
        <translation>Nic nie jest jeszcze połączone: połącz platformę (Plik → Źródła) albo zaimportuj plik z opiniami (Plik → Importuj plik).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1388"/>
        <source>Up to date: %n new review(s).</source>
        <translation>
            <numerusform>Wszystko pobrane: %n nowa opinia.</numerusform>
            <numerusform>Wszystko pobrane: %n nowe opinie.</numerusform>
            <numerusform>Wszystko pobrane: %n nowych opinii.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1391"/>
        <source>Changed on the platform: {n}.</source>
        <translation>Zmienione w serwisie: {n}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1399"/>
        <source>Up to date: no new reviews.</source>
        <translation>Wszystko pobrane: brak nowych opinii.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1474"/>
        <source>Updating the analysis… %p%</source>
        <translation>Aktualizacja analizy… %p%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1489"/>
        <source>Analysis brought up to date for %n review(s).</source>
        <translation>
            <numerusform>Analiza zaktualizowana dla %n opinii.</numerusform>
            <numerusform>Analiza zaktualizowana dla %n opinii.</numerusform>
            <numerusform>Analiza zaktualizowana dla %n opinii.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="149"/>
        <source>clinicrep — demo data</source>
        <translation>clinicrep — dane demonstracyjne</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="149"/>
        <source>clinicrep</source>
        <translation>clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="162"/>
        <source>Inbox of reviews</source>
        <translation>Skrzynka opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="290"/>
        <source>Inbox</source>
        <translation>Skrzynka</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="291"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="503"/>
        <source>Charts</source>
        <translation>Wykresy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="326"/>
        <source>Sync progress</source>
        <translation>Postęp synchronizacji</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="354"/>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="356"/>
        <source>Put the review&apos;s previous status back (Ctrl+Z)</source>
        <translation>Przywróć poprzedni status opinii (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="556"/>
        <source>Filters</source>
        <translation>Filtry</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="566"/>
        <source>Fetch new reviews from every connected platform (F5)</source>
        <translation>Pobierz nowe opinie ze wszystkich połączonych platform (F5)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="588"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="593"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="597"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importuj plik…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="605"/>
        <source>Add &amp;offline feedback…</source>
        <translation>&amp;Dodaj opinię spoza internetu…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="618"/>
        <source>Review-request &amp;card…</source>
        <translation>&amp;Karta z prośbą o opinię…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1716"/>
        <source>Copying the reviews to this PC…</source>
        <translation>Kopiowanie opinii na ten komputer…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1744"/>
        <source>Nothing was copied: the server already holds {held} reviews of the practice. The window stays on this PC&apos;s database for now; restart clinicrep to open the shared reviews.</source>
        <translation>Nic nie skopiowano: na serwerze są już opinie placówki (liczba: {held}). Na razie okno pozostaje przy bazie danych tego komputera; uruchom clinicrep ponownie, aby otworzyć wspólne opinie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1750"/>
        <source>Nothing was copied and the window stays on the shared database. {reason}</source>
        <translation>Nic nie skopiowano, okno zostaje przy wspólnej bazie danych. {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1754"/>
        <source>Nothing was copied and the window stays on this PC&apos;s database. {reason}</source>
        <translation>Nic nie skopiowano, okno zostaje przy bazie danych tego komputera. {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1768"/>
        <source>This PC&apos;s own database, for now: {where} could not be used. What you write stays on this PC; restart clinicrep to try the shared database again.</source>
        <translation>Na razie własna baza danych tego komputera: nie udało się użyć {where}. To, co piszesz, zostaje na tym komputerze; uruchom clinicrep ponownie, aby znów spróbować wspólnej bazy danych.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1918"/>
        <source>The checks without the window could not be set up: the file {path} could not be written ({reason}). The window still checks while it is open.</source>
        <translation>Nie udało się ustawić sprawdzania bez okna: nie można zapisać pliku {path} ({reason}). Dopóki okno jest otwarte, sprawdzanie działa jak zwykle.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1928"/>
        <source>The checks without the window could not be set up: this computer has no “{program}” program. The window still checks while it is open.</source>
        <translation>Nie udało się ustawić sprawdzania bez okna: na tym komputerze nie ma programu „{program}”. Dopóki okno jest otwarte, sprawdzanie działa jak zwykle.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1933"/>
        <source>The checks without the window could not be set up: the system refused the command below ({output}). The window still checks while it is open.</source>
        <translation>Nie udało się ustawić sprawdzania bez okna: system odrzucił poniższe polecenie ({output}). Dopóki okno jest otwarte, sprawdzanie działa jak zwykle.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1938"/>
        <source>Command: {command}</source>
        <translation>Polecenie: {command}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="610"/>
        <source>&amp;Monthly summary (PDF)…</source>
        <translation>&amp;Miesięczne podsumowanie (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="343"/>
        <source>Show the replies waiting for your approval</source>
        <translation>Pokaż odpowiedzi czekające na Twoje zatwierdzenie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="457"/>
        <source>No reviews yet</source>
        <translation>Nie ma jeszcze opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="565"/>
        <source>Check for new reviews</source>
        <translation>Sprawdź nowe opinie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="589"/>
        <source>Check for &amp;new reviews</source>
        <translation>Sprawdź &amp;nowe opinie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="614"/>
        <source>E&amp;xport the reviews shown (CSV)…</source>
        <translation>&amp;Eksportuj widoczne opinie (CSV)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="621"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Przywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="624"/>
        <source>Export &amp;a copy…</source>
        <translation>Zapi&amp;sz kopię…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="630"/>
        <source>Restore: the server&apos;s own backups apply</source>
        <translation>Przywracanie: obowiązują kopie zapasowe serwera</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="633"/>
        <source>The shared database is backed up by its server (ask your IT provider); Export a copy saves it into a file.</source>
        <translation>Kopie zapasowe wspólnej bazy danych robi jej serwer (zapytaj swojego informatyka); „Zapisz kopię” zapisuje ją do pliku.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="639"/>
        <source>So&amp;urces…</source>
        <translation>Ź&amp;ródła…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="642"/>
        <source>&amp;Locations…</source>
        <translation>&amp;Lokalizacje…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="644"/>
        <source>Name the practice&apos;s locations and say which source belongs to which</source>
        <translation>Nazwij lokalizacje placówki i wskaż, do której należy każde źródło</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="649"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="654"/>
        <source>&amp;Review</source>
        <translation>&amp;Opinia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="657"/>
        <source>Mark as &amp;new</source>
        <translation>Oznacz jako &amp;nową</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="658"/>
        <source>Mark as &amp;in progress</source>
        <translation>Oznacz jako &amp;w toku</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="659"/>
        <source>Mark as &amp;answered</source>
        <translation>Oznacz jako &amp;odpowiedziane</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="660"/>
        <source>&amp;Escalate to the owner</source>
        <translation>&amp;Przekaż właścicielowi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="661"/>
        <source>&amp;Dismiss</source>
        <translation>Po&amp;miń</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="670"/>
        <source>&amp;Undo the status change</source>
        <translation>&amp;Cofnij zmianę statusu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="679"/>
        <source>D&amp;raft a reply</source>
        <translation>S&amp;zkic odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="683"/>
        <source>Reply &amp;templates…</source>
        <translation>&amp;Szablony odpowiedzi…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="687"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="688"/>
        <source>&amp;User guide</source>
        <translation>&amp;Przewodnik</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="692"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="696"/>
        <source>&amp;About clinicrep</source>
        <translation>&amp;O programie clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="958"/>
        <source>An import is being stored: “{status}” will be saved as soon as it is done.</source>
        <translation>Trwa zapisywanie importu: „{status}” zostanie zapisany, gdy tylko się skończy.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1117"/>
        <source>Correction saved.</source>
        <translation>Poprawka zapisana.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1124"/>
        <source>Reply published.</source>
        <translation>Odpowiedź została opublikowana.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1142"/>
        <source>Waiting for approval: {n}</source>
        <translation>Czeka na zatwierdzenie: {n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1161"/>
        <source>No review needs attention now. To see every review, choose “All reviews” in the first list above.</source>
        <translation>Żadna opinia nie wymaga teraz uwagi. Aby zobaczyć wszystkie opinie, wybierz „Wszystkie opinie” na pierwszej liście powyżej.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1168"/>
        <source>No review matches the search and the filters. Press “Clear filters” to see what needs attention.</source>
        <translation>Żadna opinia nie pasuje do wyszukiwania i filtrów. Kliknij „Wyczyść filtry”, aby zobaczyć opinie wymagające uwagi.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1207"/>
        <source>Changed on another PC: this review is now “{status}”.</source>
        <translation>Zmieniono na innym komputerze: ta opinia ma teraz status „{status}”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1252"/>
        <source>Last check: {name}, {time}</source>
        <translation>Ostatnie sprawdzenie: {name}, {time}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1297"/>
        <source>Checking for reviews…</source>
        <translation>Sprawdzanie nowych opinii…</translation>
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
        <translation>Baza danych</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1637"/>
        <source>Copy the shared database&apos;s {count} reviews (with their drafts, replies and settings) into this PC&apos;s file, then open the window on it? The file as it is now is kept in the backups folder first. Without copying, the file shows the reviews as they were when this PC last used it, and what was done on the shared database since is not in it.</source>
        <translation>Skopiować opinie ze wspólnej bazy danych ({count}, wraz ze szkicami, odpowiedziami i ustawieniami) do pliku tego komputera, a potem otworzyć w nim okno? Plik w obecnej postaci zostanie najpierw zachowany w folderze backups. Bez kopiowania plik pokaże opinie takie, jakie były, gdy ten komputer ostatnio z niego korzystał, i nie będzie w nim tego, co od tamtej pory zrobiono we wspólnej bazie danych.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1645"/>
        <source>Copy here, then open</source>
        <translation>Skopiuj tutaj i otwórz</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1653"/>
        <source>The shared database ({where}) already holds {held} reviews of the practice, so this PC&apos;s {count} reviews are not copied there; they stay in this PC&apos;s file. Open the window on the shared reviews now?</source>
        <translation>We wspólnej bazie danych ({where}) są już opinie placówki (liczba: {held}), więc opinie tego komputera (liczba: {count}) nie są tam kopiowane: zostają w pliku tego komputera. Otworzyć teraz okno ze wspólnymi opiniami?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1663"/>
        <source>Copy this PC&apos;s {count} reviews (with their drafts, replies and settings) to {where}, then open the window on it? This PC&apos;s file is kept as it is. The copy is made only into an empty database.</source>
        <translation>Skopiować opinie z tego komputera ({count}, wraz ze szkicami, odpowiedziami i ustawieniami) do {where}, a potem otworzyć w niej okno? Plik tego komputera pozostanie bez zmian. Kopia trafia tylko do pustej bazy danych.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1669"/>
        <source>Copy, then open</source>
        <translation>Skopiuj i otwórz</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="2011"/>
        <source>Reply not saved</source>
        <translation>Odpowiedź nie została zapisana</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="2007"/>
        <source>The reply you typed is not saved: the connection to the shared database server is lost. If you close the window now, the reply is lost. Keep the window open until the server is back; the reply is saved then by itself.</source>
        <translation>Wpisana odpowiedź nie została zapisana: połączenie ze wspólnym serwerem bazy danych zostało przerwane. Jeśli zamkniesz teraz okno, odpowiedź przepadnie. Nie zamykaj okna, dopóki serwer nie wróci: wtedy odpowiedź zapisze się sama.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="2015"/>
        <source>Keep the window open</source>
        <translation>Nie zamykaj okna</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="2016"/>
        <source>Close and lose the reply</source>
        <translation>Zamknij i utrać odpowiedź</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1648"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1672"/>
        <source>Open without copying</source>
        <translation>Otwórz bez kopiowania</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1677"/>
        <source>Open the window on {where} now? Your draft is saved first. Otherwise clinicrep uses it from the next start.</source>
        <translation>Otworzyć teraz okno z {where}? Najpierw szkic zostanie zapisany. W przeciwnym razie clinicrep użyje jej od następnego uruchomienia.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1659"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1681"/>
        <source>Open now</source>
        <translation>Otwórz teraz</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1682"/>
        <source>At the next start</source>
        <translation>Przy następnym uruchomieniu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1718"/>
        <source>Copying the reviews to the server…</source>
        <translation>Kopiowanie opinii na serwer…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1916"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1936"/>
        <source>Monitoring</source>
        <translation>Monitorowanie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1960"/>
        <source>Restore from backup</source>
        <translation>Przywracanie z kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1962"/>
        <source>Replace the reviews, drafts and settings with the chosen copy? The data as it is now is kept as a copy first, so this can be undone.</source>
        <translation>Zastąpić opinie, wersje robocze i ustawienia wybraną kopią? Obecne dane zostaną najpierw zachowane jako kopia, więc można to cofnąć.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1983"/>
        <source>About clinicrep</source>
        <translation>O programie clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1985"/>
        <source>clinicrep {version}

Reviews of your practice from every platform, answered well and in time. Your data stays on this computer.</source>
        <translation>clinicrep {version}

Opinie o Twojej przychodni ze wszystkich platform — z dobrymi odpowiedziami udzielanymi na czas. Twoje dane pozostają na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="601"/>
        <source>&amp;Paste reviews…</source>
        <translation>&amp;Wklej opinie…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="924"/>
        <source>Not marked answered</source>
        <translation>Nie oznaczono jako odpowiedziane</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="919"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="930"/>
        <location filename="../../src/clinicrep/ui/main_window.py" line="992"/>
        <source>Status not changed</source>
        <translation>Status nie został zmieniony</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1578"/>
        <source>%n imported review(s) written more than {days} days before the import are kept as history, not in “Needs attention”: choose “Imported history” or “All reviews” in the first list above to see them.</source>
        <translation>
            <numerusform>%n zaimportowana opinia została napisana ponad {days} dni przed importem, więc jest w archiwum, a nie w „Wymagające uwagi”: aby ją zobaczyć, wybierz „Archiwalne” lub „Wszystkie opinie” na pierwszej liście u góry.</numerusform>
            <numerusform>%n zaimportowane opinie zostały napisane ponad {days} dni przed importem, więc są w archiwum, a nie w „Wymagające uwagi”: aby je zobaczyć, wybierz „Archiwalne” lub „Wszystkie opinie” na pierwszej liście u góry.</numerusform>
            <numerusform>%n zaimportowanych opinii zostało napisanych ponad {days} dni przed importem, więc są w archiwum, a nie w „Wymagające uwagi”: aby je zobaczyć, wybierz „Archiwalne” lub „Wszystkie opinie” na pierwszej liście u góry.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1249"/>
        <source>Last check: {time}</source>
        <translation>Ostatnie sprawdzenie: {time}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="2002"/>
        <source>The reply you typed is not saved: {cause}

If you close the window now, the reply is lost. Once the other program is done, press Try again.</source>
        <translation>Wpisana odpowiedź nie została zapisana: {cause}

Jeśli zamkniesz teraz okno, odpowiedź przepadnie. Gdy drugi program skończy, naciśnij „Spróbuj ponownie”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="2013"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1356"/>
        <source>Nothing was checked: new reviews from {names} come in only when you paste them (File → Paste reviews…) or import a file. To have reviews checked for you, connect a platform (File → Sources).</source>
        <translation>Nic nie zostało sprawdzone: nowe opinie ({names}) pojawią się tylko wtedy, gdy je wkleisz (Plik → Wklej opinie…) albo zaimportujesz plik. Aby opinie były sprawdzane za Ciebie, połącz platformę (Plik → Źródła).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1013"/>
        <source>An import is still being stored, so the status you chose for %n review(s) is not saved yet. clinicrep saves it the next time it opens.</source>
        <translation>
            <numerusform>Import jest jeszcze zapisywany, więc status wybrany dla %n opinii nie jest jeszcze zapisany. clinicrep zapisze go przy następnym uruchomieniu.</numerusform>
            <numerusform>Import jest jeszcze zapisywany, więc statusy wybrane dla %n opinii nie są jeszcze zapisane. clinicrep zapisze je przy następnym uruchomieniu.</numerusform>
            <numerusform>Import jest jeszcze zapisywany, więc statusy wybrane dla %n opinii nie są jeszcze zapisane. clinicrep zapisze je przy następnym uruchomieniu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1020"/>
        <source>An import is still being stored, so the status you chose for %n review(s) could not be saved. Set it again once the import is done.</source>
        <translation>
            <numerusform>Import jest jeszcze zapisywany, więc statusu wybranego dla %n opinii nie udało się zapisać. Ustaw go ponownie po zakończeniu importu.</numerusform>
            <numerusform>Import jest jeszcze zapisywany, więc statusów wybranych dla %n opinii nie udało się zapisać. Ustaw je ponownie po zakończeniu importu.</numerusform>
            <numerusform>Import jest jeszcze zapisywany, więc statusów wybranych dla %n opinii nie udało się zapisać. Ustaw je ponownie po zakończeniu importu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1025"/>
        <source>Status not saved yet</source>
        <translation>Status jeszcze niezapisany</translation>
    </message>
</context>
<context>
    <name>ManualEntry</name>
    <message>
        <location filename="../../src/clinicrep/manual_entry.py" line="28"/>
        <source>Offline feedback</source>
        <translation>Opinie spoza internetu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/manual.py" line="34"/>
        <source>At the desk</source>
        <translation>W rejestracji</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/manual.py" line="35"/>
        <source>Phone call</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/manual.py" line="36"/>
        <source>Letter</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/manual.py" line="37"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/manual.py" line="38"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
</context>
<context>
    <name>ManualEntryDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="48"/>
        <source>Add offline feedback</source>
        <translation>Dodaj opinię spoza internetu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="51"/>
        <source>From</source>
        <translation>Od kogo</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="52"/>
        <source>Name as the person gave it, or leave empty</source>
        <translation>Imię lub nazwisko podane przez tę osobę (można zostawić puste)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="54"/>
        <source>Received by</source>
        <translation>Sposób otrzymania</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="56"/>
        <source>At the reception desk</source>
        <translation>W rejestracji</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="57"/>
        <source>By phone</source>
        <translation>Telefonicznie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="58"/>
        <source>By letter</source>
        <translation>Listownie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="59"/>
        <source>By e-mail</source>
        <translation>E-mailem</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="60"/>
        <source>Other</source>
        <translation>Inaczej</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="64"/>
        <source>Rating</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="65"/>
        <source>No rating</source>
        <translation>Bez oceny</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="69"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="71"/>
        <source>What they said</source>
        <translation>Treść opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="73"/>
        <source>From:</source>
        <translation>Od kogo:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="74"/>
        <source>Received:</source>
        <translation>Otrzymano:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="75"/>
        <source>Rating:</source>
        <translation>Ocena:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="76"/>
        <source>When:</source>
        <translation>Kiedy:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="77"/>
        <source>What they said:</source>
        <translation>Treść opinii:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="148"/>
        <source>The feedback was not added: {reason} What you typed is still here: press Save again when that is sorted out.</source>
        <translation>Opinii nie dodano: {reason} To, co wpisano, zostało tutaj: gdy to się wyjaśni, naciśnij ponownie „Zapisz”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="164"/>
        <source>Close without adding the feedback you typed? It will be lost.</source>
        <translation>Zamknąć bez dodania wpisanej opinii? Zostanie utracona.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="165"/>
        <source>Close without adding</source>
        <translation>Zamknij bez dodawania</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="130"/>
        <source>Adding the feedback…</source>
        <translation>Dodawanie opinii…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="155"/>
        <source>The platform is not available right now. clinicrep will try again at the next check.</source>
        <translation>Platforma jest teraz niedostępna. clinicrep spróbuje ponownie przy następnym sprawdzeniu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="150"/>
        <source>The platform reported an error on its side (HTTP {status}). clinicrep will try again at the next check.</source>
        <translation>Po stronie platformy wystąpił błąd (HTTP {status}). clinicrep spróbuje ponownie przy następnym sprawdzeniu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="19"/>
        <source>An unexpected error happened. Your data is safe. Send the details to support if it happens again.</source>
        <translation>Wystąpił nieoczekiwany błąd. Twoje dane są bezpieczne. Jeśli błąd się powtórzy, wyślij szczegóły do pomocy technicznej.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="31"/>
        <source>The review database is damaged and was not changed. Restore a backup, or choose another folder for clinicrep&apos;s data.</source>
        <translation>Baza opinii jest uszkodzona i nie została zmieniona. Przywróć kopię zapasową lub wybierz inny folder na dane clinicrep.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="37"/>
        <source>The review database file is empty, but backup copies of it were found. Restore the newest copy (the clinicrep window offers it); the empty file is kept aside.</source>
        <translation>Plik bazy opinii jest pusty, ale znaleziono jego kopie zapasowe. Przywróć najnowszą kopię (okno clinicrep to zaproponuje); pusty plik zostanie zachowany osobno.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="43"/>
        <source>This review database was made by a newer version of clinicrep. Install the newer version, or choose another folder for clinicrep&apos;s data.</source>
        <translation>Ta baza opinii została utworzona przez nowszą wersję clinicrep. Zainstaluj nowszą wersję lub wybierz inny folder na dane clinicrep.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="69"/>
        <source>The connection to the shared database server was lost, and what was being saved at that moment was not saved. Check that the server is running and that this PC is on its network, then try again.</source>
        <translation>Połączenie ze wspólnym serwerem bazy danych zostało przerwane i to, co było w tej chwili zapisywane, nie zostało zapisane. Sprawdź, czy serwer działa i czy ten komputer jest w jego sieci, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="76"/>
        <source>The disk is full. Free some space, then try again; nothing was lost.</source>
        <translation>Dysk jest pełny. Zwolnij trochę miejsca i spróbuj ponownie; nic nie zostało utracone.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="80"/>
        <source>clinicrep cannot write to its data folder. Check that the folder exists and that you may write to it, or choose another folder.</source>
        <translation>clinicrep nie może zapisywać w swoim folderze danych. Sprawdź, czy folder istnieje i czy masz do niego uprawnienia zapisu, lub wybierz inny folder.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="86"/>
        <source>Another source of this platform is already called “{name}”. Choose another name.</source>
        <translation>Inne źródło tej platformy nazywa się już „{name}”. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="91"/>
        <source>No secure password storage was found on this computer. Unlock this computer&apos;s password store (or ask whoever set up the computer to install one), or keep the sign-in for this session only.</source>
        <translation>Na tym komputerze nie znaleziono bezpiecznego magazynu haseł. Odblokuj magazyn haseł komputera (albo poproś osobę, która konfigurowała komputer, o jego instalację) lub zachowaj logowanie tylko na tę sesję.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="100"/>
        <source>The connection to this platform has expired or was revoked. Open Sources and connect the account again.</source>
        <translation>Połączenie z tą platformą wygasło lub zostało cofnięte. Otwórz Źródła i połącz konto ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="106"/>
        <source>The connected account is not allowed to read or answer these reviews. Connect an account that manages the practice&apos;s page.</source>
        <translation>Połączone konto nie ma uprawnień do odczytu tych opinii ani odpowiadania na nie. Połącz konto, które zarządza stroną przychodni.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="112"/>
        <source>“{program}” is not installed on this computer, so the checks while the window is closed could not be set up. Install it, or keep clinicrep open (or in the tray).</source>
        <translation>„{program}” nie jest zainstalowany na tym komputerze, więc nie udało się ustawić sprawdzania przy zamkniętym oknie. Zainstaluj go albo zostaw clinicrep otwarty (lub w zasobniku).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="118"/>
        <source>The system refused to set up the checks while the window is closed ({detail}). The window still checks while it is open.</source>
        <translation>System odmówił ustawienia sprawdzania przy zamkniętym oknie ({detail}). Okno nadal sprawdza, dopóki jest otwarte.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="129"/>
        <source>The platform asks us to slow down. clinicrep will try again in about {n} min.</source>
        <translation>Platforma prosi o ograniczenie liczby zapytań. clinicrep spróbuje ponownie za ok. {n} min.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="133"/>
        <source>The platform asks us to slow down. clinicrep will try again later.</source>
        <translation>Platforma prosi o ograniczenie liczby zapytań. clinicrep spróbuje ponownie później.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="137"/>
        <source>No connection to the internet. Check the network; clinicrep will try again at the next check.</source>
        <translation>Brak połączenia z internetem. Sprawdź sieć; clinicrep spróbuje ponownie przy następnym sprawdzaniu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="144"/>
        <source>The platform did not answer in time. clinicrep will try again at the next check.</source>
        <translation>Platforma nie odpowiedziała na czas. clinicrep spróbuje ponownie przy następnym sprawdzaniu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="162"/>
        <source>The platform sent an answer clinicrep cannot read. Try again later; if it persists, send the details to support.</source>
        <translation>Platforma przesłała odpowiedź, której clinicrep nie potrafi odczytać. Spróbuj ponownie później; jeśli problem się powtarza, wyślij szczegóły do pomocy technicznej.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="168"/>
        <source>The platform has switched off this kind of access. Reviews already fetched are kept; import new ones from a file instead.</source>
        <translation>Platforma wyłączyła ten rodzaj dostępu. Pobrane już opinie zostają zachowane; nowe importuj z pliku.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="174"/>
        <source>This platform does not allow answering through clinicrep. Copy the reply and open the review&apos;s page to post it there.</source>
        <translation>Ta platforma nie pozwala odpowiadać przez clinicrep. Skopiuj odpowiedź i otwórz stronę opinii, aby ją tam opublikować.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="180"/>
        <source>This source is not set up completely, so nothing was read. Open File → Sources, select it and choose “Sign in…” (Google) or “Edit…” to pick the location, Page or business unit.</source>
        <translation>To źródło nie jest do końca skonfigurowane, więc nic nie zostało odczytane. Otwórz „Plik” → „Źródła”, zaznacz je i wybierz „Zaloguj się…” (Google) albo „Edytuj…”, aby wskazać lokalizację, stronę lub jednostkę biznesową.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="187"/>
        <source>Google has not approved your Cloud project for the Business Profile APIs yet: its quota stays at 0 requests until it does. Your sign-in is fine. Submit Google&apos;s API access request form (see the guide in Sources) and try again once Google confirms.</source>
        <translation>Google nie zatwierdził jeszcze Twojego projektu Cloud dla API Profilu Firmy: do tego czasu jego limit to 0 zapytań. Z logowaniem wszystko w porządku. Wyślij formularz Google z prośbą o dostęp do API (zob. instrukcję w „Źródłach”) i spróbuj ponownie, gdy Google potwierdzi.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="195"/>
        <source>The Business Profile APIs are not turned on in your Google Cloud project. In the Cloud console, open APIs &amp; Services → Library, enable “My Business Account Management API”, “My Business Business Information API” and “Google My Business API”, then try again.</source>
        <translation>W Twoim projekcie Google Cloud nie są włączone API Profilu Firmy. W konsoli Cloud otwórz „Interfejsy API i usługi” → „Biblioteka”, włącz „My Business Account Management API”, „My Business Business Information API” i „Google My Business API”, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="203"/>
        <source>Stopped. What was fetched so far is kept; the next check goes on from there.</source>
        <translation>Zatrzymano. To, co już pobrano, zostaje zachowane; następne sprawdzanie będzie kontynuowane od tego miejsca.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="208"/>
        <source>The reply is longer than the platform allows ({limit} bytes). Shorten it and publish again.</source>
        <translation>Odpowiedź jest dłuższa, niż pozwala platforma (limit w bajtach: {limit}). Skróć ją i opublikuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="214"/>
        <source>Signing in did not finish. Try again, and allow clinicrep access in the browser window that opens.</source>
        <translation>Logowanie nie zostało ukończone. Spróbuj ponownie i zezwól clinicrep na dostęp w oknie przeglądarki, które się otworzy.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="220"/>
        <source>Give the month as year and month, for example 2026-10.</source>
        <translation>Podaj miesiąc w formacie rok-miesiąc, np. 2026-10.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="224"/>
        <source>Reports can be made for the months from {first}-01 to {last}-12. Give a month in that range, for example 2026-10.</source>
        <translation>Raporty można tworzyć dla miesięcy od {first}-01 do {last}-12. Podaj miesiąc z tego zakresu, np. 2026-10.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="230"/>
        <source>The name “{path}” has characters that are not UTF-8 (shown as �). Rename the file or folder, or choose another name.</source>
        <translation>Nazwa „{path}” zawiera znaki spoza UTF-8 (pokazane jako �). Zmień nazwę pliku lub folderu albo wybierz inną nazwę.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="236"/>
        <source>“{value}” has characters that are not UTF-8 (shown as �). Type it again, or rename the file it names.</source>
        <translation>„{value}” zawiera znaki spoza UTF-8 (pokazane jako �). Wpisz to ponownie albo zmień nazwę pliku, który wskazuje.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="242"/>
        <source>“{path}” is a folder. Give the name of a file to write, for example one inside that folder.</source>
        <translation>„{path}” to folder. Podaj nazwę pliku do zapisu, na przykład pliku w tym folderze.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="248"/>
        <source>“{path}” is not an ordinary file (a device or a pipe) and was left as it is. Choose another file name.</source>
        <translation>„{path}” nie jest zwykłym plikiem (to urządzenie lub potok) i pozostał bez zmian. Wybierz inną nazwę pliku.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="254"/>
        <source>“{path}” is read-only and was left as it is. Choose another file name, or allow writing to it first.</source>
        <translation>„{path}” jest tylko do odczytu i pozostał bez zmian. Wybierz inną nazwę pliku albo najpierw zezwól na zapis.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="260"/>
        <source>“{path}” lies under a file, not under a folder. Choose a file in a folder.</source>
        <translation>„{path}” leży wewnątrz pliku, a nie folderu. Wybierz plik w folderze.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="265"/>
        <source>clinicrep may not write in the folder of “{path}”. Choose another folder, for example Documents.</source>
        <translation>clinicrep nie może zapisywać w folderze „{path}”. Wybierz inny folder, na przykład Dokumenty.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="271"/>
        <source>“{value}” is not a review status. Use one of: {choices}.</source>
        <translation>„{value}” nie jest statusem opinii. Użyj jednego z: {choices}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="275"/>
        <source>“{value}” is not a platform clinicrep knows. Use one of: {choices}.</source>
        <translation>„{value}” to platforma nieznana clinicrep. Użyj jednej z: {choices}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="279"/>
        <source>clinicrep has no report language “{value}”. Use one of: {choices}.</source>
        <translation>clinicrep nie ma języka raportu „{value}”. Użyj jednego z: {choices}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="283"/>
        <source>There is no source called “{name}”. Give the name of a source as the Sources window lists it, or its number.</source>
        <translation>Nie ma źródła o nazwie „{name}”. Podaj nazwę źródła tak, jak pokazuje ją okno Źródła, albo jego numer.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="289"/>
        <source>There is no review number {value}. “clinicrep list” shows each review&apos;s number first.</source>
        <translation>Nie ma opinii o numerze {value}. Polecenie „clinicrep list” podaje numer każdej opinii na początku.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="294"/>
        <source>The command was not understood: {detail}. Run “clinicrep --help” to see what each command takes.</source>
        <translation>Nie zrozumiano polecenia: {detail}. Uruchom „clinicrep --help”, aby zobaczyć, czego wymaga każde polecenie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="300"/>
        <source>That does not look like a web link to your review page. Copy the link from the platform (it starts with https://) and try again.</source>
        <translation>To nie wygląda na link do strony z opiniami. Skopiuj link z platformy (zaczyna się od https://) i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="306"/>
        <source>The report could not be saved there. Choose another folder, for example Documents.</source>
        <translation>Nie udało się zapisać raportu w tym miejscu. Wybierz inny folder, np. Dokumenty.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="311"/>
        <source>Not published: the reply says something a public reply must not (highlighted). Change it, or confirm each passage explicitly.</source>
        <translation>Nie opublikowano: odpowiedź zawiera treści niedozwolone w odpowiedzi publicznej (wyróżnione). Zmień je lub wyraźnie potwierdź każdy fragment.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="317"/>
        <source>The reply is empty. Write the reply first.</source>
        <translation>Odpowiedź jest pusta. Najpierw napisz odpowiedź.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="319"/>
        <source>Replies written on this PC wait for the owner&apos;s approval. Press “Ask for approval”; the owner publishes the reply once it is approved.</source>
        <translation>Odpowiedzi napisane na tym komputerze czekają na zatwierdzenie właściciela. Naciśnij „Poproś o zatwierdzenie” — właściciel opublikuje odpowiedź po jej zatwierdzeniu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="331"/>
        <source>Only the owner&apos;s PC approves replies or sends them back. Ask the owner, or set this PC&apos;s role in Settings → This PC.</source>
        <translation>Tylko komputer właściciela zatwierdza odpowiedzi lub je odsyła. Poproś właściciela albo ustaw rolę tego komputera w Ustawienia → Ten komputer.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="337"/>
        <source>This reply is no longer waiting for approval: it was changed or decided on another PC. Look at it again.</source>
        <translation>Ta odpowiedź już nie czeka na zatwierdzenie: zmieniono ją lub podjęto decyzję na innym komputerze. Spójrz na nią jeszcze raz.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="343"/>
        <source>Another location is already called “{name}”. Choose another name.</source>
        <translation>Inna lokalizacja nazywa się już „{name}”. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="348"/>
        <source>No location is called “{name}”: this practice has named no locations yet (in the window: File → Locations…).</source>
        <translation>Nie ma lokalizacji „{name}”: placówka nie nazwała jeszcze żadnej lokalizacji (w oknie: Plik → Lokalizacje).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="353"/>
        <source>No location is called “{name}”. The practice&apos;s locations: {names}.</source>
        <translation>Nie ma lokalizacji „{name}”. Lokalizacje placówki: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="357"/>
        <source>clinicrep keeps at most {limit} locations. Remove one you no longer use first.</source>
        <translation>clinicrep przechowuje najwyżej {limit} lokalizacji. Najpierw usuń tę, której już nie używasz.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="362"/>
        <source>This reply is being sent or its outcome is not known yet. Wait for the next check, then try again.</source>
        <translation>Ta odpowiedź jest właśnie wysyłana lub jej wynik nie jest jeszcze znany. Poczekaj na następne sprawdzanie i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="368"/>
        <source>{who} is writing a reply to this review on another PC, so it was not published from here. Wait until they are done, or talk to them.</source>
        <translation>{who} pisze odpowiedź na tę opinię na innym komputerze, więc nie opublikowano jej stąd. Poczekaj, aż skończy, albo porozmawiaj z tą osobą.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="374"/>
        <source>This review was answered from another PC a moment ago, so your reply was not sent. Read the reply that is there now; your text is kept as a draft.</source>
        <translation>Na tę opinię przed chwilą odpowiedziano z innego komputera, więc Twoja odpowiedź nie została wysłana. Przeczytaj odpowiedź, która tam teraz jest; Twój tekst zachowano jako szkic.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="380"/>
        <source>The connection to the shared database server was lost. clinicrep keeps trying to reconnect; nothing you typed is lost.</source>
        <translation>Utracono połączenie ze wspólnym serwerem bazy danych. clinicrep cały czas próbuje połączyć się ponownie; nic z tego, co wpisano, nie przepadło.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="386"/>
        <source>The review or page no longer exists on the platform.</source>
        <translation>Opinia lub strona już nie istnieje na platformie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="419"/>
        <source>The test message was not sent: the mail server did not accept the user name or password. Check both (often the user name is the full e-mail address).</source>
        <translation>Wiadomość testowa nie została wysłana: serwer poczty nie przyjął nazwy użytkownika lub hasła. Sprawdź oba (często nazwą użytkownika jest pełny adres e-mail).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="425"/>
        <source>The test message was not sent: no mail server named “{host}” was found. Check the name your mail provider gives (for example smtp.gmail.com) and that this computer is online.</source>
        <translation>Wiadomość testowa nie została wysłana: nie znaleziono serwera poczty „{host}”. Sprawdź nazwę podaną przez dostawcę poczty (na przykład smtp.gmail.com) i czy komputer ma dostęp do internetu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="432"/>
        <source>The test message was not sent: nothing answered at “{host}” on port {port}. Check the port (usually 587 with STARTTLS, 465 with SSL/TLS) and that this computer is online.</source>
        <translation>Wiadomość testowa nie została wysłana: „{host}” nie odpowiedział na porcie {port}. Sprawdź port (zwykle 587 dla STARTTLS, 465 dla SSL/TLS) i czy komputer ma dostęp do internetu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="439"/>
        <source>The test message was not sent: the secure connection with “{host}” failed. Check that Security matches the port: STARTTLS with 587, SSL/TLS with 465.</source>
        <translation>Wiadomość testowa nie została wysłana: nie udało się nawiązać bezpiecznego połączenia z „{host}”. Sprawdź, czy „Zabezpieczenia” pasują do portu: STARTTLS — 587, SSL/TLS — 465.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="445"/>
        <source>The test message was not sent: the mail server refused the sender or an address. Check the sender address and each address that gets alerts.</source>
        <translation>Wiadomość testowa nie została wysłana: serwer poczty odrzucił nadawcę lub jeden z adresów. Sprawdź adres nadawcy i każdy adres, na który idą powiadomienia.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="450"/>
        <source>The test message was not sent: the mail server “{host}” refused it. Check the server, port, security, user name and password with your mail provider.</source>
        <translation>Wiadomość testowa nie została wysłana: serwer poczty „{host}” ją odrzucił. Sprawdź serwer, port, zabezpieczenia, nazwę użytkownika i hasło u dostawcy poczty.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="461"/>
        <source>The file was not found. Check its name and folder, then try again.</source>
        <translation>Nie znaleziono pliku. Sprawdź jego nazwę i folder, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="465"/>
        <source>This is a folder or a device, not a file. Choose the exported file itself.</source>
        <translation>To jest folder lub urządzenie, a nie plik. Wybierz sam plik eksportu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="469"/>
        <source>The file cannot be opened: you may not have permission to read it, or another program holds it. Copy it to your Documents folder and try again.</source>
        <translation>Nie można otworzyć pliku: być może nie masz uprawnień do odczytu albo trzyma go inny program. Skopiuj go do folderu Dokumenty i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="476"/>
        <source>The file is too large to be a list of reviews ({size} MB). Check that it is the right file, or split it into smaller files.</source>
        <translation>Plik jest za duży jak na listę opinii ({size} MB). Sprawdź, czy to właściwy plik, albo podziel go na mniejsze.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="483"/>
        <source>This Excel file unpacks to {size} MB, far more than a list of reviews, so it was not opened. Check that it is the right file; if it is, save the reviews from Excel or LibreOffice as CSV and import that.</source>
        <translation>Ten plik Excela po rozpakowaniu zajmuje {size} MB — znacznie więcej niż lista opinii, więc nie został otwarty. Sprawdź, czy to właściwy plik; jeśli tak, zapisz opinie w Excelu lub LibreOffice jako CSV i zaimportuj ten plik.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="490"/>
        <source>The file is empty. Export the reviews again and import the new file.</source>
        <translation>Plik jest pusty. Wyeksportuj opinie ponownie i zaimportuj nowy plik.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="494"/>
        <source>This is an old Excel file (.xls). Open it in Excel or LibreOffice and save it as .xlsx or CSV, then import that.</source>
        <translation>To stary plik Excela (.xls). Otwórz go w Excelu lub LibreOffice, zapisz jako .xlsx lub CSV i zaimportuj ten plik.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="500"/>
        <source>This file is a web page, not a table of reviews, although its name may end in .xlsx or .xls. Save the reviews from the site again as CSV or Excel; or open the page in a browser, copy the reviews and paste them with File → Paste reviews… (Ctrl+Shift+V).</source>
        <translation>Ten plik to strona internetowa, a nie tabela opinii, choć jego nazwa może kończyć się na .xlsx lub .xls. Zapisz opinie z serwisu ponownie jako CSV lub Excel albo otwórz stronę w przeglądarce, skopiuj opinie i wklej je poleceniem Plik → Wklej opinie… (Ctrl+Shift+V).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="508"/>
        <source>The JSON file is damaged or cut short. Export the reviews again and import the new file.</source>
        <translation>Plik JSON jest uszkodzony lub ucięty. Wyeksportuj opinie ponownie i zaimportuj nowy plik.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="514"/>
        <source>The Excel workbook is damaged. Open it in Excel or LibreOffice, save it again (or as CSV) and import that.</source>
        <translation>Skoroszyt Excela jest uszkodzony. Otwórz go w Excelu lub LibreOffice, zapisz ponownie (lub jako CSV) i zaimportuj.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="520"/>
        <source>The text comes out garbled when the file is read as {encoding}. Choose the file&apos;s encoding (for example cp1250 for Polish or cp1251 for Russian Windows files) and try again; nothing was imported.</source>
        <translation>Przy odczycie pliku w kodowaniu {encoding} tekst jest zniekształcony. Wybierz kodowanie pliku (na przykład cp1250 dla polskich lub cp1251 dla rosyjskich plików z Windows) i spróbuj ponownie; nic nie zaimportowano.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="535"/>
        <source>“{encoding}” is not an encoding clinicrep knows. Use one such as utf-8, cp1250, cp1251 or gbk.</source>
        <translation>clinicrep nie zna kodowania „{encoding}”. Użyj na przykład utf-8, cp1250, cp1251 lub gbk.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="541"/>
        <source>No column of the file holds review texts or ratings. Choose the columns yourself (in the import window, or with --map text=COLUMN).</source>
        <translation>Żadna kolumna pliku nie zawiera treści opinii ani ocen. Wybierz kolumny samodzielnie (w oknie importu albo przez --map text=KOLUMNA).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="546"/>
        <source>The file could not be read as a table of reviews. Import a CSV, JSON or Excel (.xlsx) file exported from the platform.</source>
        <translation>Nie udało się odczytać pliku jako tabeli opinii. Zaimportuj plik CSV, JSON lub Excel (.xlsx) wyeksportowany z platformy.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="556"/>
        <source>The client ID and the client secret are the wrong way round: the client ID ends in .apps.googleusercontent.com, the client secret starts with GOCSPX-. Paste each into its own field.</source>
        <translation>Identyfikator klienta i tajny klucz klienta są zamienione miejscami: identyfikator kończy się na .apps.googleusercontent.com, tajny klucz zaczyna się od GOCSPX-. Wklej każdy do jego pola.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="563"/>
        <source>This is not a Google client ID: a client ID ends in .apps.googleusercontent.com. Copy it again, whole, from Credentials in the practice&apos;s Google Cloud project (the key of the type “Desktop app”), or ask whoever set up the project for it.</source>
        <translation>To nie jest identyfikator klienta Google: kończy się on na .apps.googleusercontent.com. Skopiuj go ponownie, w całości, z „Danych logowania” projektu Google Cloud placówki (klucz typu „Aplikacja komputerowa”) albo poproś o niego osobę, która konfigurowała projekt.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="570"/>
        <source>This is not a whole client secret. Copy it again from the same key in Credentials of the practice&apos;s Google Cloud project (it starts with GOCSPX-), or ask whoever set up the project for it.</source>
        <translation>To nie jest cały tajny klucz klienta. Skopiuj go ponownie z tego samego klucza w „Danych logowania” projektu Google Cloud placówki (zaczyna się od GOCSPX-) albo poproś o niego osobę, która konfigurowała projekt.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="576"/>
        <source>Google did not accept this client ID and client secret together. Copy both again from the same key (type “Desktop app”) in Credentials of the practice&apos;s Google Cloud project: select the source in Sources, press “Edit…”, paste them, then press “Sign in…”.</source>
        <translation>Google nie przyjął tego identyfikatora klienta razem z tym tajnym kluczem. Skopiuj oba ponownie z tego samego klucza (typ „Aplikacja komputerowa”) w „Danych logowania” projektu Google Cloud placówki: zaznacz źródło w oknie „Źródła”, naciśnij „Edytuj…”, wklej je, a potem naciśnij „Zaloguj się…”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="588"/>
        <source>The AI service did not answer within {n} seconds, so the composed draft is shown instead. Try again later, or raise the waiting time in File → Settings… → Drafting.</source>
        <translation>Usługa AI nie odpowiedziała w ciągu {n} s, więc pokazano złożony szkic. Spróbuj później albo wydłuż czas oczekiwania w „Plik → Ustawienia… → Szkice”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="594"/>
        <source>The AI service could not be reached, so the composed draft is shown instead. Check the address in File → Settings… → Drafting and that the service is running.</source>
        <translation>Nie udało się połączyć z usługą AI, więc pokazano złożony szkic. Sprawdź adres w „Plik → Ustawienia… → Szkice” i czy usługa działa.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="600"/>
        <source>The AI service refused the key, so the composed draft is shown instead. Enter the key again in File → Settings… → Drafting.</source>
        <translation>Usługa AI odrzuciła klucz, więc pokazano złożony szkic. Wpisz klucz ponownie w „Plik → Ustawienia… → Szkice”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="606"/>
        <source>The AI service reported an error (HTTP {status}), so the composed draft is shown instead. Check the model name in File → Settings… → Drafting or try again later.</source>
        <translation>Usługa AI zgłosiła błąd (HTTP {status}), więc pokazano złożony szkic. Sprawdź nazwę modelu w „Plik → Ustawienia… → Szkice” lub spróbuj później.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="624"/>
        <source>The key of the AI service could not be read from this computer&apos;s password store, so the composed draft is shown instead. Enter it again in File → Settings… → Drafting.</source>
        <translation>Nie udało się odczytać klucza usługi AI z magazynu haseł tego komputera, więc pokazano złożony szkic. Wpisz go ponownie w „Plik → Ustawienia… → Szkice”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="631"/>
        <source>AI drafting is not set up, so the composed draft is shown. Enter the service&apos;s address and model in File → Settings… → Drafting.</source>
        <translation>Szkice od AI nie są skonfigurowane, więc pokazano złożony szkic. Podaj adres usługi i model w „Plik → Ustawienia… → Szkice”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="642"/>
        <source>The AI service sent an answer clinicrep cannot read, so the composed draft is shown instead. Try again, or choose another model in File → Settings… → Drafting.</source>
        <translation>Usługa AI przysłała odpowiedź, której clinicrep nie potrafi odczytać, więc pokazano złożony szkic. Spróbuj ponownie lub wybierz inny model w „Plik → Ustawienia… → Szkice”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="619"/>
        <source>The AI model declined to write this reply, so the composed draft is shown instead.</source>
        <translation>Model AI odmówił napisania tej odpowiedzi, więc pokazano złożony szkic.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="390"/>
        <source>The mail server did not accept the user name or password. Check them in File → Settings… → Monitoring and e-mail; alerts are kept and sent once it works.</source>
        <translation>Serwer poczty nie przyjął nazwy użytkownika lub hasła. Sprawdź je w „Plik → Ustawienia… → Monitorowanie i e-mail”; alerty zostaną zachowane i wysłane, gdy połączenie zadziała.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="396"/>
        <source>The alert e-mail could not be sent. Check the mail server, port and security in File → Settings… → Monitoring and e-mail; alerts are kept and sent at the next check.</source>
        <translation>Nie udało się wysłać wiadomości e-mail z alertem. Sprawdź serwer poczty, port i zabezpieczenia w „Plik → Ustawienia… → Monitorowanie i e-mail”; alerty zostaną zachowane i wysłane przy następnym sprawdzaniu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="637"/>
        <source>The AI drafts failed the confidentiality guard or the checklist three times ({problems}), so the composed draft is shown instead.</source>
        <translation>Szkice AI trzy razy nie przeszły strażnika poufności lub listy kontrolnej ({problems}), więc pokazano złożony szkic.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="668"/>
        <source>No computer called “{host}” was found on the network. Check the server&apos;s name in Settings → Database, or ask your IT provider for it.</source>
        <translation>Nie znaleziono w sieci komputera o nazwie „{host}”. Sprawdź nazwę serwera w Ustawieniach → Baza danych albo zapytaj o nią swojego informatyka.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="674"/>
        <source>The database server {host}:{port} did not answer. Check that the server is on, that this PC is on the practice&apos;s network, and the server&apos;s name and port in Settings → Database.</source>
        <translation>Serwer bazy danych {host}:{port} nie odpowiedział. Sprawdź, czy serwer jest włączony, czy ten komputer jest w sieci placówki, oraz nazwę i port serwera w Ustawieniach → Baza danych.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="681"/>
        <source>The database server needs a password for “{user}”. Enter it in Settings → Database.</source>
        <translation>Serwer bazy danych wymaga hasła dla „{user}”. Wpisz je w Ustawieniach → Baza danych.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="686"/>
        <source>The database server did not accept the user “{user}” with this password. Check both in Settings → Database; your IT provider can reset the password.</source>
        <translation>Serwer bazy danych nie przyjął użytkownika „{user}” z tym hasłem. Sprawdź oba w Ustawieniach → Baza danych; Twój informatyk może zresetować hasło.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="692"/>
        <source>The database server does not let this PC in as “{user}” to “{dbname}”. Ask your IT provider to allow it (a line in the server&apos;s pg_hba.conf).</source>
        <translation>Serwer bazy danych nie wpuszcza tego komputera jako „{user}” do „{dbname}”. Poproś swojego informatyka o zezwolenie (wiersz w pliku pg_hba.conf serwera).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="698"/>
        <source>The server {host} has no database called “{dbname}”. Check the name in Settings → Database, or ask your IT provider to create it for user “{user}”.</source>
        <translation>Serwer {host} nie ma bazy danych o nazwie „{dbname}”. Sprawdź nazwę w Ustawieniach → Baza danych albo poproś swojego informatyka o jej utworzenie dla użytkownika „{user}”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="704"/>
        <source>The database server accepts only encrypted connections. In Settings → Database, choose an encrypted connection.</source>
        <translation>Serwer bazy danych przyjmuje tylko szyfrowane połączenia. W Ustawieniach → Baza danych wybierz połączenie szyfrowane.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="710"/>
        <source>The database server does not offer encryption, but this PC requires it. Ask your IT provider to turn on TLS on the server.</source>
        <translation>Serwer bazy danych nie oferuje szyfrowania, a ten komputer go wymaga. Poproś swojego informatyka o włączenie TLS na serwerze.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="716"/>
        <source>The database server&apos;s certificate could not be checked against the CA file, or it was not made for “{host}”. Ask your IT provider for the right CA file and the server&apos;s exact name, and choose them in Settings → Database.</source>
        <translation>Nie udało się sprawdzić certyfikatu serwera bazy danych za pomocą pliku CA albo nie wystawiono go dla „{host}”. Poproś swojego informatyka o właściwy plik CA i dokładną nazwę serwera, a następnie wybierz je w Ustawieniach → Baza danych.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="723"/>
        <source>The database server runs PostgreSQL {version}; clinicrep needs version 13 or newer. Ask your IT provider to upgrade it.</source>
        <translation>Na serwerze bazy danych działa PostgreSQL {version}; clinicrep wymaga wersji 13 lub nowszej. Poproś swojego informatyka o aktualizację.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="729"/>
        <source>The database “{dbname}” lacks the search extension pg_trgm, and “{user}” may not add it. Ask your IT provider to run “CREATE EXTENSION pg_trgm;” in that database as its owner (package postgresql-contrib on older servers).</source>
        <translation>W bazie danych „{dbname}” brakuje rozszerzenia wyszukiwania pg_trgm, a „{user}” nie może go dodać. Poproś swojego informatyka o wykonanie „CREATE EXTENSION pg_trgm;” w tej bazie danych jako jej właściciel (na starszych serwerach pakiet postgresql-contrib).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="736"/>
        <source>The user “{user}” may only read the database “{dbname}”, but clinicrep needs to write to it. Ask your IT provider to give this user the right to write (and to create tables, for a new database).</source>
        <translation>Użytkownik „{user}” może tylko czytać bazę danych „{dbname}”, a clinicrep musi do niej zapisywać. Poproś swojego informatyka o nadanie temu użytkownikowi prawa zapisu (i tworzenia tabel w przypadku nowej bazy danych).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="743"/>
        <source>This copy of clinicrep cannot talk to a PostgreSQL server. Install clinicrep from its installer, or add the “postgres” extra (pip install &apos;clinicrep[postgres]&apos;).</source>
        <translation>Ta kopia clinicrep nie potrafi łączyć się z serwerem PostgreSQL. Zainstaluj clinicrep z instalatora albo dodaj dodatek „postgres” (pip install &apos;clinicrep[postgres]&apos;).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="749"/>
        <source>The database server {host}:{port} refused the connection. Check the settings in Settings → Database; the details say what the server answered.</source>
        <translation>Serwer bazy danych {host}:{port} odrzucił połączenie. Sprawdź ustawienia w Ustawieniach → Baza danych; szczegóły podają odpowiedź serwera.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="755"/>
        <source>The shared database server could not be reached or refused the connection. Use “Test connection” in Settings → Database: it says what to change.</source>
        <translation>Nie udało się połączyć ze wspólnym serwerem bazy danych albo odrzucił on połączenie. Użyj „Sprawdź połączenie” w Ustawieniach → Baza danych: podpowie, co zmienić.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="761"/>
        <source>The database server runs PostgreSQL {found}; clinicrep needs version {needed} or newer. Ask your IT provider to upgrade it.</source>
        <translation>Na serwerze bazy danych działa PostgreSQL {found}; clinicrep wymaga wersji {needed} lub nowszej. Poproś swojego informatyka o aktualizację.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="767"/>
        <source>The database server lacks the extension {name} that clinicrep&apos;s search needs. Ask your IT provider to run “CREATE EXTENSION {name};” in clinicrep&apos;s database as its owner.</source>
        <translation>Na serwerze bazy danych brakuje rozszerzenia {name}, którego potrzebuje wyszukiwanie clinicrep. Poproś swojego informatyka o wykonanie „CREATE EXTENSION {name};” w bazie danych clinicrep jako jej właściciel.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="774"/>
        <source>The database server refused to save the change: this user may only read, or the server is a read-only copy. Ask your IT provider to give the user the right to write.</source>
        <translation>Serwer bazy danych nie pozwolił zapisać zmiany: ten użytkownik może tylko czytać albo serwer jest kopią tylko do odczytu. Poproś swojego informatyka o nadanie użytkownikowi prawa zapisu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="781"/>
        <source>“{value}” names no store. Write a PostgreSQL address like postgresql://user@server:5432/clinicrep, or “sqlite” for this PC&apos;s own file.</source>
        <translation>„{value}” nie wskazuje magazynu. Podaj adres PostgreSQL w postaci postgresql://user@server:5432/clinicrep albo „sqlite” dla własnego pliku tego komputera.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="787"/>
        <source>“{path}” is a file, but not a clinicrep store, so nothing was copied. Choose another file name, or add --replace to replace it (it is kept aside in the backups folder first).</source>
        <translation>„{path}” to plik, ale nie magazyn clinicrep, więc nic nie skopiowano. Wybierz inną nazwę pliku albo dodaj --replace, aby go zastąpić (najpierw zostanie odłożony do folderu backups).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="794"/>
        <source>The target already holds {count} reviews, so nothing was copied. Add --replace to replace them (a SQLite file is kept aside in the backups folder first).</source>
        <translation>Miejsce docelowe zawiera już opinie ({count}), więc nic nie skopiowano. Dodaj --replace, aby je zastąpić (plik SQLite najpierw zostanie odłożony do folderu backups).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="800"/>
        <source>The copy of the table “{table}” has {copied} rows instead of {expected}, so it was not used; your store is unchanged. Try again; if it happens again, send the log to support.</source>
        <translation>Kopia tabeli „{table}” ma {copied} wierszy zamiast {expected}, więc jej nie użyto; Twój magazyn się nie zmienił. Spróbuj ponownie; jeśli to się powtórzy, wyślij dziennik do pomocy technicznej.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="811"/>
        <source>That is the store this PC uses already; nothing was copied.</source>
        <translation>Ten komputer już używa tego magazynu; nic nie skopiowano.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="406"/>
        <location filename="../../src/clinicrep/messages.py" line="814"/>
        <source>Something went wrong. Try again; if it persists, send the details to support.</source>
        <translation>Coś poszło nie tak. Spróbuj ponownie; jeśli problem się powtarza, wyślij szczegóły do pomocy technicznej.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="325"/>
        <source>While the owner approves replies, this PC marks a review answered only once its reply is approved. Press “Ask for approval”, or ask the owner to mark it answered.</source>
        <translation>Dopóki właściciel zatwierdza odpowiedzi, ten komputer może oznaczyć opinię jako odpowiedzianą dopiero po zatwierdzeniu odpowiedzi. Naciśnij „Poproś o zatwierdzenie” albo poproś właściciela, aby oznaczył ją jako odpowiedzianą.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="612"/>
        <source>The AI service sent an answer of more than {mb} MB, far more than a reply, so the composed draft is shown instead. Check the service and the model in File → Settings… → Drafting.</source>
        <translation>Usługa AI przysłała odpowiedź większą niż {mb} MB — dużo większą niż jakakolwiek odpowiedź na opinię, więc pokazano złożony szkic. Sprawdź usługę i model w „Plik → Ustawienia… → Szkice”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="50"/>
        <source>The shared review database is busy: another PC was changing the same reviews at that moment. Try again in a moment.</source>
        <translation>Wspólna baza opinii jest zajęta: w tej chwili inny komputer zmieniał te same opinie. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="527"/>
        <source>This file is not a readable table: it holds binary data, not text (a damaged download, or another kind of file with a .csv name). Nothing was imported. Export the reviews from the platform again as CSV or Excel and import the new file.</source>
        <translation>Tego pliku nie da się odczytać jako tabeli: zawiera dane binarne, a nie tekst (uszkodzone pobranie albo plik innego rodzaju z nazwą .csv). Nic nie zaimportowano. Wyeksportuj opinie z serwisu jeszcze raz jako CSV lub Excel i zaimportuj nowy plik.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="56"/>
        <source>The review database is busy: a check for new reviews is writing to it (in this or another clinicrep window, or the check while the window is closed). Wait a minute and try again.</source>
        <translation>Baza opinii jest zajęta: zapisuje do niej sprawdzanie nowych opinii (w tym lub innym oknie clinicrep albo sprawdzanie przy zamkniętym oknie). Poczekaj minutę i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="62"/>
        <source>The review database is busy in another program (perhaps another clinicrep window, a backup or an antivirus). Wait a minute and try again; if it stays busy, close that program.</source>
        <translation>Baza opinii jest zajęta przez inny program (może inne okno clinicrep, kopię zapasową lub antywirus). Poczekaj minutę i spróbuj ponownie; jeśli nadal jest zajęta, zamknij ten program.</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="158"/>
        <source>{source}: last full check (edits and deletions) {when}</source>
        <translation>{source}: ostatnie pełne sprawdzenie (zmiany i usunięcia) {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="153"/>
        <source>{source}: no full check yet (edits and deletions are noticed after the first one)</source>
        <translation>{source}: jeszcze bez pełnego sprawdzenia (zmiany i usunięcia będą widoczne po pierwszym)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="102"/>
        <source>clinicrep has not been able to check for new reviews for more than {hours} hours.</source>
        <translation>clinicrep od ponad {hours} godz. nie może sprawdzić nowych opinii.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="111"/>
        <source>Not checked yet. Turn on the scheduled checks in Settings, or open clinicrep.</source>
        <translation>Jeszcze nie sprawdzono. Włącz zaplanowane sprawdzanie w Ustawieniach lub otwórz clinicrep.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="116"/>
        <source>The last check did not finish. Open clinicrep and press Check for new reviews.</source>
        <translation>Ostatnie sprawdzanie nie zostało ukończone. Otwórz clinicrep i kliknij „Sprawdź nowe opinie”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="121"/>
        <source>{source}: {reason}</source>
        <translation>{source}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="131"/>
        <source>{source}: no successful check yet</source>
        <translation>{source}: jeszcze żadnego udanego sprawdzenia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="135"/>
        <source>{source}: last successful check {when}</source>
        <translation>{source}: ostatnie udane sprawdzenie {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="209"/>
        <source>Scheduled check ({mechanism})</source>
        <translation>Zaplanowane sprawdzanie ({mechanism})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="211"/>
        <source>Start in the tray at login ({mechanism})</source>
        <translation>Uruchamianie w zasobniku po zalogowaniu ({mechanism})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="223"/>
        <source>Nothing is installed: reviews are checked only while the window is open.</source>
        <translation>Nic nie jest zainstalowane: opinie są sprawdzane tylko wtedy, gdy okno jest otwarte.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="243"/>
        <source>Last scheduled runs:</source>
        <translation>Ostatnie zaplanowane uruchomienia:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="250"/>
        <source>%n e-mail(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n wiadomość e-mail czeka na wysłanie.</numerusform>
            <numerusform>%n wiadomości e-mail czekają na wysłanie.</numerusform>
            <numerusform>%n wiadomości e-mail czeka na wysłanie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringBanner</name>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="176"/>
        <source>Monitoring</source>
        <translation>Monitorowanie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="181"/>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/alerts.py" line="213"/>
        <source>%n new review(s) since you last looked.</source>
        <translation>
            <numerusform>%n nowa opinia od ostatniego przeglądania.</numerusform>
            <numerusform>%n nowe opinie od ostatniego przeglądania.</numerusform>
            <numerusform>%n nowych opinii od ostatniego przeglądania.</numerusform>
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
        <translation>Monitorowanie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="60"/>
        <source>Check for new reviews also while clinicrep is closed</source>
        <translation>Sprawdzaj nowe opinie także wtedy, gdy clinicrep jest zamknięty</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="65"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="67"/>
        <source>Start clinicrep in the tray when I log in</source>
        <translation>Uruchamiaj clinicrep w zasobniku po zalogowaniu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="71"/>
        <source> h</source>
        <translation> godz.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="75"/>
        <source>e.g. mail.your-practice.com</source>
        <translation>np. mail.twoja-przychodnia.pl</translation>
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
        <translation>Brak</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="90"/>
        <source>empty: the saved one is kept</source>
        <translation>puste: zostaje zapisane</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="92"/>
        <source>saved securely on this computer; leave empty to keep the saved one</source>
        <translation>bezpiecznie zapisane na tym komputerze; zostaw puste, aby zachować zapisane</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="97"/>
        <source>one or more addresses, separated by commas</source>
        <translation>jeden lub więcej adresów, oddzielonych przecinkami</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="101"/>
        <source>Send one e-mail a day with the alerts (digest)</source>
        <translation>Wysyłaj jedną wiadomość dziennie ze wszystkimi alertami (podsumowanie)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="103"/>
        <source>Send a test message</source>
        <translation>Wyślij wiadomość testową</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="120"/>
        <source>Your system runs a check at the interval below, with no window open.</source>
        <translation>System sam uruchamia sprawdzanie co podany niżej czas, bez otwartego okna.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="124"/>
        <source>Check every:</source>
        <translation>Sprawdzaj co:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="126"/>
        <source>How often those checks run.</source>
        <translation>Jak często odbywa się to sprawdzanie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="132"/>
        <source>An icon beside the clock shows alerts; click it to open the window.</source>
        <translation>Ikona obok zegara pokazuje alerty; kliknij ją, aby otworzyć okno.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="136"/>
        <source>Warn when no check succeeded for:</source>
        <translation>Ostrzegaj, gdy brak udanego sprawdzenia przez:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="138"/>
        <source>So that a platform that stopped answering does not go unnoticed.</source>
        <translation>Aby nie przeoczyć, że serwis przestał odpowiadać.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="142"/>
        <source>Mail server:</source>
        <translation>Serwer poczty:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="144"/>
        <source>Your e-mail provider&apos;s outgoing (SMTP) server, for alert e-mails.</source>
        <translation>Serwer poczty wychodzącej (SMTP) Twojego dostawcy poczty — do wysyłania alertów.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="148"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="150"/>
        <source>Usually 587 with STARTTLS or 465 with SSL/TLS.</source>
        <translation>Zwykle 587 dla STARTTLS lub 465 dla SSL/TLS.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="154"/>
        <source>Security:</source>
        <translation>Zabezpieczenia:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="156"/>
        <source>How the connection to the mail server is protected.</source>
        <translation>Jak chronione jest połączenie z serwerem poczty.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="160"/>
        <source>User name:</source>
        <translation>Nazwa użytkownika:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="162"/>
        <source>The account name on the mail server, often the e-mail address.</source>
        <translation>Nazwa konta na serwerze poczty, często jest to adres e-mail.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="166"/>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="169"/>
        <source>Saved securely in this computer&apos;s password store, never in clinicrep&apos;s files.</source>
        <translation>Bezpiecznie zapisane w magazynie haseł tego komputera, nigdy w plikach clinicrep.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="174"/>
        <source>From address:</source>
        <translation>Adres nadawcy:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="176"/>
        <source>The sender of the alert e-mails.</source>
        <translation>Nadawca wiadomości z alertami.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="180"/>
        <source>Send alerts to:</source>
        <translation>Wysyłaj alerty do:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="182"/>
        <source>Who receives the alert e-mails.</source>
        <translation>Kto otrzymuje wiadomości z alertami.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="186"/>
        <source>Quiet hours from:</source>
        <translation>Godziny ciszy od:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="188"/>
        <source>From this hour on, alert e-mails wait until the quiet hours end.</source>
        <translation>Od tej godziny wiadomości z alertami czekają do końca godzin ciszy.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="192"/>
        <source>Quiet hours until:</source>
        <translation>Godziny ciszy do:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="194"/>
        <source>The hour at which the held alert e-mails go out.</source>
        <translation>Godzina, o której wstrzymane wiadomości z alertami zostaną wysłane.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="200"/>
        <source>All of a day&apos;s alerts in one e-mail instead of one e-mail each.</source>
        <translation>Wszystkie alerty z dnia w jednej wiadomości zamiast osobnej dla każdego.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="205"/>
        <source>Installed on this computer:</source>
        <translation>Zainstalowane na tym komputerze:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="207"/>
        <source>What your system runs for clinicrep now, with the exact commands.</source>
        <translation>Co system uruchamia teraz dla clinicrep, z dokładnymi poleceniami.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="230"/>
        <source>off</source>
        <translation>wyłączone</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="231"/>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="246"/>
        <source>Nothing: reviews are checked only while the window is open.</source>
        <translation>Nic: opinie są sprawdzane tylko wtedy, gdy okno jest otwarte.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="279"/>
        <source>“{text}” is not an e-mail address. Write each address that gets alerts like name@your-practice.com, separated by commas.</source>
        <translation>„{text}” nie jest adresem e-mail. Wpisz każdy adres do powiadomień w postaci name@your-practice.com, oddzielając je przecinkami.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="313"/>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="322"/>
        <source>Sent. Check the mailbox of each address.</source>
        <translation>Wysłano. Sprawdź skrzynkę pocztową każdego adresu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="328"/>
        <source>Fill in the mail server and at least one address first.</source>
        <translation>Najpierw podaj serwer poczty i co najmniej jeden adres.</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message numerus="yes">
        <source>{topic} was named in %n complaints, up from {before}.</source>
        <translation>
            <numerusform>{topic}: liczba skarg wzrosła do %n (w poprzednim miesiącu: {before}).</numerusform>
            <numerusform>{topic}: liczba skarg wzrosła do %n (w poprzednim miesiącu: {before}).</numerusform>
            <numerusform>{topic}: liczba skarg wzrosła do %n (w poprzednim miesiącu: {before}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{aspect} (reviews: %n)</source>
        <translation>
            <numerusform>{aspect} (%n opinia)</numerusform>
            <numerusform>{aspect} (%n opinie)</numerusform>
            <numerusform>{aspect} (%n opinii)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews of this month and earlier still unanswered at the end of the month: %n. Answer them, oldest first.</source>
        <translation>
            <numerusform>Opinie (z tego i wcześniejszych miesięcy) bez odpowiedzi na koniec miesiąca: %n. Odpowiedz na nie, zaczynając od najstarszych.</numerusform>
            <numerusform>Opinie (z tego i wcześniejszych miesięcy) bez odpowiedzi na koniec miesiąca: %n. Odpowiedz na nie, zaczynając od najstarszych.</numerusform>
            <numerusform>Opinie (z tego i wcześniejszych miesięcy) bez odpowiedzi na koniec miesiąca: %n. Odpowiedz na nie, zaczynając od najstarszych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews from earlier months still unanswered at the end of the month: %n.</source>
        <translation>
            <numerusform>Opinie z wcześniejszych miesięcy bez odpowiedzi na koniec miesiąca: %n.</numerusform>
            <numerusform>Opinie z wcześniejszych miesięcy bez odpowiedzi na koniec miesiąca: %n.</numerusform>
            <numerusform>Opinie z wcześniejszych miesięcy bez odpowiedzi na koniec miesiąca: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Patients praised {topic} most often (%n review(s)): tell the team.</source>
        <translation>
            <numerusform>Pacjenci najczęściej chwalili: {topic} (%n opinia). Przekaż to zespołowi.</numerusform>
            <numerusform>Pacjenci najczęściej chwalili: {topic} (%n opinie). Przekaż to zespołowi.</numerusform>
            <numerusform>Pacjenci najczęściej chwalili: {topic} (%n opinii). Przekaż to zespołowi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the month before, %n reviews were received.</source>
        <translation>
            <numerusform>W poprzednim miesiącu otrzymano %n opinię.</numerusform>
            <numerusform>W poprzednim miesiącu otrzymano %n opinie.</numerusform>
            <numerusform>W poprzednim miesiącu otrzymano %n opinii.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="377"/>
        <source>Only {share} of this month&apos;s reviews were answered within {hours} h. Patients and platforms notice quick answers.</source>
        <translation>Tylko na {share} opinii z tego miesiąca odpowiedziano w ciągu {hours} godz. Pacjenci i platformy zauważają szybkie odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="390"/>
        <source>The average rating fell from {before} to {now}. The complaints below say why.</source>
        <translation>Średnia ocena spadła z {before} do {now}. Przyczyny widać w skargach poniżej.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="403"/>
        <source>Negative reviews rose to {now} of all reviews, from {before}.</source>
        <translation>Udział negatywnych opinii we wszystkich opiniach wzrósł z {before} do {now}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/reports/monthly.py" line="412"/>
        <source>Alerts of this month not yet acknowledged: %n. Open them in the inbox.</source>
        <translation>
            <numerusform>Niepotwierdzone alerty z tego miesiąca: %n. Otwórz je w skrzynce opinii.</numerusform>
            <numerusform>Niepotwierdzone alerty z tego miesiąca: %n. Otwórz je w skrzynce opinii.</numerusform>
            <numerusform>Niepotwierdzone alerty z tego miesiąca: %n. Otwórz je w skrzynce opinii.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="420"/>
        <source>Nothing needs special attention this month. Keep answering every review within a day.</source>
        <translation>W tym miesiącu nic nie wymaga szczególnej uwagi. Nadal odpowiadaj na każdą opinię w ciągu doby.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="309"/>
        <source>{points} pts</source>
        <translation>{points} pkt proc.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="333"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="424"/>
        <source>Reviews received</source>
        <translation>Otrzymane opinie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="339"/>
        <source>Average rating (of 5)</source>
        <translation>Średnia ocena (skala 1–5)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="346"/>
        <source>Positive reviews</source>
        <translation>Opinie pozytywne</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="352"/>
        <source>Negative reviews</source>
        <translation>Opinie negatywne</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="365"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="373"/>
        <source>Answered within {hours} h</source>
        <translation>Odpowiedziano w ciągu {hours} godz.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="381"/>
        <source>Median time to answer</source>
        <translation>Mediana czasu odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="410"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="416"/>
        <source>No reviews in this period.</source>
        <translation>Brak opinii w tym okresie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="418"/>
        <source>Rating over the last 12 months</source>
        <translation>Ocena w ostatnich 12 miesiącach</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="423"/>
        <source>Average rating</source>
        <translation>Średnia ocena</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="428"/>
        <source>Reviews per platform</source>
        <translation>Opinie według platform</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="446"/>
        <source>{name}: {share} ({count})</source>
        <translation>{name}: {share} ({count})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="449"/>
        <source>Not analysed yet</source>
        <translation>Jeszcze nieprzeanalizowane</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="456"/>
        <source>Sentiment of the month&apos;s reviews</source>
        <translation>Wydźwięk opinii z tego miesiąca</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="463"/>
        <source>Most praised</source>
        <translation>Najczęściej chwalone</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="472"/>
        <source>Most complained about</source>
        <translation>Najczęstsze skargi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="481"/>
        <source>Charts</source>
        <translation>Wykresy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="495"/>
        <source>What patients praised</source>
        <translation>Co chwalili pacjenci</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="468"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="496"/>
        <source>Nothing in particular was praised.</source>
        <translation>Nic konkretnego nie chwalono.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="500"/>
        <source>What patients complained about</source>
        <translation>Na co skarżyli się pacjenci</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="477"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="501"/>
        <source>Nothing in particular was blamed.</source>
        <translation>Nie było konkretnych skarg.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="296"/>
        <source>{part} of {whole}</source>
        <translation>{part} z {whole}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="358"/>
        <source>This month&apos;s reviews answered</source>
        <translation>Opinie z miesiąca z odpowiedzią</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="390"/>
        <source>Answers given, to reviews of any month</source>
        <translation>Odpowiedzi w miesiącu (na dowolne opinie)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="396"/>
        <source>Unanswered at month end, all months</source>
        <translation>Bez odpowiedzi na koniec miesiąca, łącznie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="518"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="544"/>
        <source>in {language}</source>
        <translation>język: {language}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="549"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="556"/>
        <source>(no text, rating only)</source>
        <translation>(bez tekstu, tylko ocena)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="562"/>
        <source>Our public reply</source>
        <translation>Nasza publiczna odpowiedź</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="564"/>
        <source>Our public reply, {date}</source>
        <translation>Nasza publiczna odpowiedź, {date}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="571"/>
        <source>Not answered yet.</source>
        <translation>Jeszcze bez odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="579"/>
        <source>Internal note (not public)</source>
        <translation>Notatka wewnętrzna (niepubliczna)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="581"/>
        <source>Unpublished draft reply (not public)</source>
        <translation>Nieopublikowana wersja robocza odpowiedzi (niepubliczna)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="589"/>
        <source>The month&apos;s most important reviews</source>
        <translation>Najważniejsze opinie miesiąca</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="593"/>
        <source>Complaints that need attention</source>
        <translation>Skargi wymagające uwagi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="604"/>
        <source>Every complaint of this month has been dealt with.</source>
        <translation>Wszystkie skargi z tego miesiąca zostały już załatwione.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="613"/>
        <source>No negative reviews this month.</source>
        <translation>Brak negatywnych opinii w tym miesiącu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="621"/>
        <source>Complaints of this month already answered</source>
        <translation>Skargi z tego miesiąca, na które już odpowiedziano</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="633"/>
        <source>Warm words from patients</source>
        <translation>Miłe słowa od pacjentów</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="644"/>
        <source>No positive reviews with text this month.</source>
        <translation>Brak pozytywnych opinii z treścią w tym miesiącu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="655"/>
        <source>Spike of negative reviews</source>
        <translation>Nagły wzrost negatywnych opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="657"/>
        <source>Urgent review</source>
        <translation>Pilna opinia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="658"/>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="664"/>
        <source>Acknowledged on {date}.</source>
        <translation>Potwierdzono {date}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="670"/>
        <source>The review was answered on {date}.</source>
        <translation>Odpowiedziano na opinię {date}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="676"/>
        <source>The review&apos;s status: {status}.</source>
        <translation>Status opinii: {status}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="681"/>
        <source>Nothing has been done about it yet.</source>
        <translation>Nic jeszcze w tej sprawie nie zrobiono.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="685"/>
        <source>Alerts and spikes</source>
        <translation>Alerty i nagłe wzrosty</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="689"/>
        <source>No alerts were raised this month.</source>
        <translation>W tym miesiącu nie było alertów.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="703"/>
        <source>What was done: {done}</source>
        <translation>Co zrobiono: {done}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="716"/>
        <source>Things to act on</source>
        <translation>Co należy zrobić</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="735"/>
        <source>Location: {location}</source>
        <translation>Lokalizacja: {location}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="739"/>
        <source>All locations</source>
        <translation>Wszystkie lokalizacje</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="749"/>
        <source>Made on {date}</source>
        <translation>Utworzono {date}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="753"/>
        <source>Includes internal notes: not for publication.</source>
        <translation>Zawiera notatki wewnętrzne — nie do publikacji.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="759"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="843"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="867"/>
        <source>Monthly review summary</source>
        <translation>Miesięczne podsumowanie opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="769"/>
        <source>No reviews were received in {month}.</source>
        <translation>Brak otrzymanych opinii w okresie: {month}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="804"/>
        <source>The month in figures</source>
        <translation>Miesiąc w liczbach</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="855"/>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="94"/>
        <source>Monthly summary</source>
        <translation>Miesięczne podsumowanie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="96"/>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="103"/>
        <source>Paper size</source>
        <translation>Rozmiar papieru</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="104"/>
        <source>A4 (Europe and most countries)</source>
        <translation>A4 (Europa i większość krajów)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="105"/>
        <source>US Letter (United States and Canada)</source>
        <translation>US Letter (USA i Kanada)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="106"/>
        <source>Include internal notes (only for the practice&apos;s eyes)</source>
        <translation>Dołącz notatki wewnętrzne (tylko do wglądu przychodni)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="110"/>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="111"/>
        <source>Whole practice (all locations)</source>
        <translation>Cała placówka (wszystkie lokalizacje)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="115"/>
        <source>Month:</source>
        <translation>Miesiąc:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="117"/>
        <source>Location:</source>
        <translation>Lokalizacja:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="120"/>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
</context>
<context>
    <name>NameThisPcDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="115"/>
        <source>Who uses this PC?</source>
        <translation>Kto używa tego komputera?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="118"/>
        <source>This review database is shared with other PCs. Give this PC a name the others will see, such as “Anna (reception)”.</source>
        <translation>Ta baza danych opinii jest wspólna z innymi komputerami. Nadaj temu komputerowi nazwę, którą zobaczą pozostali, np. „Anna (rejestracja)”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="129"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="130"/>
        <source>Later</source>
        <translation>Później</translation>
    </message>
</context>
<context>
    <name>PasteCli</name>
    <message numerus="yes">
        <source>%n review(s) found.</source>
        <translation>
            <numerusform>Znaleziono %n opinię.</numerusform>
            <numerusform>Znaleziono %n opinie.</numerusform>
            <numerusform>Znaleziono %n opinii.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="480"/>
        <source>replied</source>
        <translation>z odpowiedzią</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="284"/>
        <source>no rating</source>
        <translation>bez oceny</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="308"/>
        <source>Paste reviews</source>
        <translation>Wklej opinie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="321"/>
        <source>Website the reviews come from</source>
        <translation>Serwis, z którego pochodzą opinie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="325"/>
        <source>Name of the source</source>
        <translation>Nazwa źródła</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="328"/>
        <source>Language of the reviews</source>
        <translation>Język opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="329"/>
        <source>Detect from the text</source>
        <translation>Rozpoznaj z tekstu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="346"/>
        <source>Reviews found</source>
        <translation>Znalezione opinie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="361"/>
        <source>Text of the selected review</source>
        <translation>Treść zaznaczonej opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="364"/>
        <source>Practice&apos;s reply to the selected review</source>
        <translation>Odpowiedź placówki na zaznaczoną opinię</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="370"/>
        <source>Review text:</source>
        <translation>Treść opinii:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="371"/>
        <source>Practice&apos;s reply:</source>
        <translation>Odpowiedź placówki:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="385"/>
        <source>&amp;Merge with the next</source>
        <translation>&amp;Połącz z następną</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="387"/>
        <source>One review was read as two: join the selected row and the one below it.</source>
        <translation>Jedną opinię odczytano jako dwie: połącz zaznaczony wiersz z wierszem poniżej.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="390"/>
        <source>S&amp;plit at the cursor</source>
        <translation>Podziel w miejscu &amp;kursora</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="393"/>
        <source>Two reviews were read as one: put the cursor in the text where the second one starts.</source>
        <translation>Dwie opinie odczytano jako jedną: ustaw kursor w tekście tam, gdzie zaczyna się druga.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="398"/>
        <source>&amp;Delete rows</source>
        <translation>&amp;Usuń wiersze</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="400"/>
        <source>&amp;Add a row</source>
        <translation>&amp;Dodaj wiersz</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="402"/>
        <source>Paste m&amp;ore</source>
        <translation>Wklej &amp;więcej</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="405"/>
        <source>Copy the next part of the page first: the reviews it holds are added below, each once.</source>
        <translation>Najpierw skopiuj następną część strony: jej opinie zostaną dodane poniżej, każda raz.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="436"/>
        <source>Website:</source>
        <translation>Serwis:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="437"/>
        <source>Source name:</source>
        <translation>Nazwa źródła:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="438"/>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="473"/>
        <source>The clipboard is empty. Select the reviews on the page, copy them (Ctrl+C) and choose “Paste more”.</source>
        <translation>Schowek jest pusty. Zaznacz opinie na stronie, skopiuj je (Ctrl+C) i wybierz „Wklej więcej”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="485"/>
        <source>Reading what you copied…</source>
        <translation>Odczytywanie skopiowanego tekstu…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="511"/>
        <source>The clipboard held more than a review page; only its beginning was read.</source>
        <translation>Schowek zawierał więcej niż stronę opinii; odczytano tylko początek.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="525"/>
        <source>The copied text could not be split into reviews; it is kept as one row to split by hand.</source>
        <translation>Skopiowanego tekstu nie udało się podzielić na opinie; zachowano go jako jeden wiersz do ręcznego podziału.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="585"/>
        <source>Put the cursor in the review text where the second review starts, then split.</source>
        <translation>Ustaw kursor w treści opinii tam, gdzie zaczyna się druga opinia, i podziel.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="613"/>
        <source>Add the reviews ({n})</source>
        <translation>Dodaj opinie ({n})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="622"/>
        <source>Reviews found: {n}. Check them before they are added: double-click a cell to correct it; nothing is stored until you confirm.</source>
        <translation>Znalezione opinie: {n}. Sprawdź je przed dodaniem: kliknij dwukrotnie komórkę, aby ją poprawić; nic nie zostanie zapisane, dopóki nie potwierdzisz.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="638"/>
        <source>Adding the reviews…</source>
        <translation>Dodawanie opinii…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="658"/>
        <source>The reviews were not added: {reason}</source>
        <translation>Opinie nie zostały dodane: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="672"/>
        <source>Close without adding these reviews? Your corrections to them will be lost.</source>
        <translation>Zamknąć bez dodania tych opinii? Wprowadzone w nich poprawki zostaną utracone.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="352"/>
        <source>Select all rows</source>
        <translation>Zaznacz wszystkie wiersze</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="674"/>
        <source>Close without adding</source>
        <translation>Zamknij bez dodawania</translation>
    </message>
</context>
<context>
    <name>PasteTableModel</name>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="117"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="118"/>
        <source>Rating</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="119"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="120"/>
        <source>Review text</source>
        <translation>Treść opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="121"/>
        <source>Practice&apos;s reply</source>
        <translation>Odpowiedź placówki</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="137"/>
        <source>no date</source>
        <translation>brak daty</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="153"/>
        <source>No date was found: the review will be dated today. Double-click to enter it.</source>
        <translation>Nie znaleziono daty: opinia dostanie dzisiejszą datę. Kliknij dwukrotnie, aby ją wpisać.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="157"/>
        <source>The page said how long ago, not the date: this date is approximate.</source>
        <translation>Strona podawała, jak dawno temu, a nie datę: ta data jest przybliżona.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="190"/>
        <source>“{value}” is not a date clinicrep can read; try 2026-11-23.</source>
        <translation>„{value}” to nie data, którą clinicrep potrafi odczytać; spróbuj 2026-11-23.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/paste_dialog.py" line="201"/>
        <source>A rating is 1 to 5 stars, or 0 for none.</source>
        <translation>Ocena to od 1 do 5 gwiazdek albo 0, gdy jej brak.</translation>
    </message>
</context>
<context>
    <name>Pasting</name>
    <message>
        <location filename="../../src/clinicrep/pasting.py" line="47"/>
        <source>{name} (pasted)</source>
        <translation>{name} (wklejone)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/pasting.py" line="124"/>
        <source>Nothing new: these reviews were already in {source}.</source>
        <translation>Nic nowego: te opinie są już w źródle {source}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/pasting.py" line="127"/>
        <source>Reviews added to {source}: {n}.</source>
        <translation>Dodane opinie w {source}: {n}.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/clinicrep/i18n.py" line="31"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Szukaj w:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/i18n.py" line="32"/>
        <source>Files of &amp;type:</source>
        <translation>Pliki &amp;typu:</translation>
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
        <translation>Rodzaj odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="181"/>
        <source>Start from the template</source>
        <translation>Zacznij od szablonu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="183"/>
        <source>Draft reply</source>
        <translation>Szkic odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="186"/>
        <source>Write a first draft that answers what this review says (Ctrl+D)</source>
        <translation>Napisz szkic, który odpowiada na to, o czym jest ta opinia (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="195"/>
        <source>Reply:</source>
        <translation>Odpowiedź:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="224"/>
        <source>Reply text</source>
        <translation>Treść odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="225"/>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="417"/>
        <source>Write the practice&apos;s public reply here.</source>
        <translation>Tutaj wpisz publiczną odpowiedź przychodni.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="235"/>
        <source>Confidentiality problems</source>
        <translation>Problemy z poufnością</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="240"/>
        <source>Checklist</source>
        <translation>Lista kontrolna</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="255"/>
        <source>Privacy check: change this before publishing</source>
        <translation>Kontrola poufności: popraw przed publikacją</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="260"/>
        <source>Checklist for this reply</source>
        <translation>Lista kontrolna tej odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="282"/>
        <source>Publish</source>
        <translation>Opublikuj</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="284"/>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1265"/>
        <source>Post the reply on the platform (Ctrl+Enter)</source>
        <translation>Opublikuj odpowiedź na platformie (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="286"/>
        <source>Publish anyway…</source>
        <translation>Opublikuj mimo to…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="288"/>
        <source>Confirm that each highlighted passage may be published</source>
        <translation>Potwierdź, że każdy wyróżniony fragment może zostać opublikowany</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="291"/>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="464"/>
        <source>Copy and open page</source>
        <translation>Kopiuj i otwórz stronę</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="293"/>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="411"/>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="419"/>
        <source>Mark answered</source>
        <translation>Oznacz jako odpowiedziane</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="296"/>
        <source>Ask for approval</source>
        <translation>Poproś o zatwierdzenie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="299"/>
        <source>Put the reply in front of the owner, who approves and publishes it</source>
        <translation>Przekaż odpowiedź właścicielowi, który ją zatwierdzi i opublikuje</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="302"/>
        <source>Approve and publish</source>
        <translation>Zatwierdź i opublikuj</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="305"/>
        <source>Approve</source>
        <translation>Zatwierdź</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="307"/>
        <source>Approve this text; publish it later</source>
        <translation>Zatwierdź ten tekst; opublikuj go później</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="309"/>
        <source>Send back…</source>
        <translation>Odeślij…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="312"/>
        <source>Return the reply to the receptionist with a comment</source>
        <translation>Odeślij odpowiedź do rejestracji z komentarzem</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="402"/>
        <source>Select a review in the list to answer it.</source>
        <translation>Wybierz opinię z listy, aby na nią odpowiedzieć.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="464"/>
        <source>Copy the reply</source>
        <translation>Kopiuj odpowiedź</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="470"/>
        <source>Published on {date}. Publishing again replaces it.</source>
        <translation>Opublikowano {date}. Ponowna publikacja zastąpi tę odpowiedź.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="482"/>
        <source>The last attempt to publish failed. You can try again.</source>
        <translation>Ostatnia próba publikacji nie powiodła się. Możesz spróbować ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="486"/>
        <source>clinicrep cannot post replies on this site: copy the reply, paste it on the review&apos;s page, then confirm here that you pasted it.</source>
        <translation>Na tej stronie clinicrep nie może publikować odpowiedzi: skopiuj odpowiedź, wklej ją na stronie opinii, a potem potwierdź tutaj, że została wklejona.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="521"/>
        <source>Waiting for approval: the owner reads the reply before it is published. You can still change it.</source>
        <translation>Czeka na zatwierdzenie: właściciel przeczyta odpowiedź przed publikacją. Nadal możesz ją zmienić.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="526"/>
        <source>Sent back by {who}: “{comment}” Change the reply, then ask for approval again.</source>
        <translation>Odesłane przez {who}: „{comment}” Popraw odpowiedź i ponownie poproś o zatwierdzenie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="529"/>
        <source>Approved by {who}. The owner publishes it.</source>
        <translation>Zatwierdzone przez {who}. Opublikuje je właściciel.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="534"/>
        <source>Replies written on this PC are published once the owner approves them.</source>
        <translation>Odpowiedzi napisane na tym komputerze są publikowane po zatwierdzeniu przez właściciela.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="539"/>
        <source>Waiting for approval, written on {who}. Change it if needed, then approve it or send it back with a comment.</source>
        <translation>Czeka na zatwierdzenie, napisana na komputerze „{who}”. W razie potrzeby ją zmień, a potem zatwierdź lub odeślij z komentarzem.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="543"/>
        <source>Sent back to {who}: “{comment}”</source>
        <translation>Odesłane do „{who}”: „{comment}”</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="547"/>
        <source>Approved by {who}.</source>
        <translation>Zatwierdzone przez {who}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="603"/>
        <source>Sent to the owner for approval.</source>
        <translation>Wysłano do właściciela do zatwierdzenia.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="615"/>
        <source>Approved. Publish it when you are ready.</source>
        <translation>Zatwierdzono. Opublikuj, gdy będziesz gotowy.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="637"/>
        <source>Sent back with your comment.</source>
        <translation>Odesłano z Twoim komentarzem.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="739"/>
        <source>Reply templates</source>
        <translation>Szablony odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="741"/>
        <source>There is no “{kind}” template in this review&apos;s language. Add one in Review → Reply templates…, or write the reply yourself.</source>
        <translation>W języku tej opinii nie ma szablonu „{kind}”. Dodaj go w menu Opinia → Szablony odpowiedzi… albo napisz odpowiedź samodzielnie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="751"/>
        <source>Templates for this reply</source>
        <translation>Szablony do tej odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="824"/>
        <source>Replace the reply?</source>
        <translation>Zastąpić odpowiedź?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="998"/>
        <source>Checking the reply…</source>
        <translation>Sprawdzamy odpowiedź…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1320"/>
        <source>Later than your aim: %n minute(s) left to answer</source>
        <translation>
            <numerusform>Później, niż zakładano: na odpowiedź została %n minuta</numerusform>
            <numerusform>Później, niż zakładano: na odpowiedź zostały %n minuty</numerusform>
            <numerusform>Później, niż zakładano: na odpowiedź zostało %n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1321"/>
        <source>Answer within %n minute(s)</source>
        <translation>
            <numerusform>Odpowiedz w ciągu %n minuty</numerusform>
            <numerusform>Odpowiedz w ciągu %n minut</numerusform>
            <numerusform>Odpowiedz w ciągu %n minut</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1333"/>
        <source>• “{words}”: {reason}</source>
        <translation>• „{words}”: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1627"/>
        <source>{name} is replying to this review on another PC. You can read along; you can answer it once they are done.</source>
        <translation>{name} odpowiada na tę opinię na innym komputerze. Możesz czytać na bieżąco; odpowiesz, gdy ta osoba skończy.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="773"/>
        <source>Replace the text in the reply box with the template? You can get your text back with Ctrl+Z.</source>
        <translation>Zastąpić tekst w polu odpowiedzi szablonem? Swój tekst odzyskasz skrótem Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="830"/>
        <source>Replace</source>
        <translation>Zastąp</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="803"/>
        <source>A draft: read it, change what you like, then publish it yourself.</source>
        <translation>To szkic: przeczytaj, zmień, co chcesz, i opublikuj sam(a).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="477"/>
        <source>Sending was interrupted. clinicrep looks at the platform the next time it checks for new reviews, before anything is sent again.</source>
        <translation>Wysyłanie zostało przerwane. Zanim cokolwiek zostanie wysłane ponownie, clinicrep zajrzy na platformę przy następnym sprawdzaniu nowych opinii.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="815"/>
        <source>Replace the text in the reply box with a new draft? You can get your text back with Ctrl+Z.</source>
        <translation>Zastąpić tekst w polu odpowiedzi nowym szkicem? Swój tekst przywrócisz skrótem Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="857"/>
        <source>the AI service</source>
        <translation>usługa AI</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="894"/>
        <source>Asking the AI model for a draft… You can edit the draft below meanwhile.</source>
        <translation>Prosimy model AI o szkic… W tym czasie możesz edytować szkic poniżej.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="937"/>
        <source>The AI draft arrived after you changed the text, so your text was kept. Press “Draft reply” again for a new one.</source>
        <translation>Szkic AI przyszedł po zmianie tekstu, więc Twój tekst został zachowany. Naciśnij „Szkic odpowiedzi” ponownie, aby dostać nowy.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="947"/>
        <source>A draft by the AI model, checked by the guard and the checklist. Read it, change what you like, then publish it yourself. Ctrl+Z brings back the composed draft.</source>
        <translation>Szkic od modelu AI, sprawdzony przez strażnika i listę kontrolną. Przeczytaj, zmień, co chcesz, i opublikuj sam(a). Ctrl+Z przywróci złożony szkic.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="996"/>
        <source>Checking the long reply…</source>
        <translation>Sprawdzamy długą odpowiedź…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1079"/>
        <source>“{words}” — {rule}: {reason}</source>
        <translation>„{words}” — {rule}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1117"/>
        <source>Safer: “{rewrite}” (double-click to use it)</source>
        <translation>Bezpieczniej: „{rewrite}” (kliknij dwukrotnie, aby użyć)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1122"/>
        <source>Why: {law}</source>
        <translation>Podstawa: {law}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1252"/>
        <source>{name} is replying to this review on another PC.</source>
        <translation>{name} odpowiada na tę opinię na innym komputerze.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1258"/>
        <source>A reward for reviews can never be published: remove it first.</source>
        <translation>Nagrody za opinie nie wolno publikować: najpierw ją usuń.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1323"/>
        <source>Later than your aim: %n hour(s) left to answer</source>
        <translation>
            <numerusform>Później, niż zakładano: na odpowiedź została %n godzina</numerusform>
            <numerusform>Później, niż zakładano: na odpowiedź zostały %n godziny</numerusform>
            <numerusform>Później, niż zakładano: na odpowiedź zostało %n godzin</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1486"/>
        <source>Copied — paste it on the site. Then press “I pasted it” and the review is marked answered.</source>
        <translation>Skopiowano — wklej odpowiedź na stronie. Potem naciśnij „Wkleiłem(-am) odpowiedź”, a opinia zostanie oznaczona jako odpowiedziana.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1490"/>
        <source>I pasted it</source>
        <translation>Wkleiłem(-am) odpowiedź</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1082"/>
        <source>(confirmed by you)</source>
        <translation>(potwierdzone przez Ciebie)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1262"/>
        <source>Fix the highlighted passages first: a public reply must not say them.</source>
        <translation>Najpierw popraw wyróżnione fragmenty: nie mogą się znaleźć w publicznej odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1306"/>
        <source>Answered or closed</source>
        <translation>Z odpowiedzią lub zamknięta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1313"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Po terminie o %n dzień</numerusform>
            <numerusform>Po terminie o %n dni</numerusform>
            <numerusform>Po terminie o %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1314"/>
        <source>Overdue by %n hour(s)</source>
        <translation>
            <numerusform>Po terminie o %n godzinę</numerusform>
            <numerusform>Po terminie o %n godziny</numerusform>
            <numerusform>Po terminie o %n godzin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1324"/>
        <source>Answer within %n hour(s)</source>
        <translation>
            <numerusform>Odpowiedz w ciągu %n godziny</numerusform>
            <numerusform>Odpowiedz w ciągu %n godzin</numerusform>
            <numerusform>Odpowiedz w ciągu %n godzin</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1337"/>
        <source>Publish passages the guard flagged?</source>
        <translation>Opublikować fragmenty oznaczone przez kontrolę poufności?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1339"/>
        <source>A public reply must not confirm that someone is a patient or mention health details, dates, prices or full names. Regulators have fined practices for such replies.

{lines}

Publish these passages anyway? Your confirmation is recorded.</source>
        <translation>Publiczna odpowiedź nie może potwierdzać, że ktoś jest pacjentem, ani zawierać informacji o zdrowiu, dat, cen czy imion i nazwisk. Organy nadzoru nakładały już na przychodnie kary za takie odpowiedzi.

{lines}

Czy mimo to opublikować te fragmenty? Twoje potwierdzenie zostanie zapisane.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1399"/>
        <source>Publishing…</source>
        <translation>Publikowanie…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1406"/>
        <source>Publish the reply?</source>
        <translation>Opublikować odpowiedź?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1408"/>
        <source>This reply will be public on {platform}: anyone who opens the review can read it, under the practice&apos;s name.</source>
        <translation>Ta odpowiedź będzie publiczna w serwisie {platform}, pod nazwą placówki: przeczyta ją każdy, kto otworzy opinię.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1417"/>
        <source>Publish on {platform}</source>
        <translation>Opublikuj w serwisie {platform}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1448"/>
        <source>Not published: fix the highlighted passages first.</source>
        <translation>Nie opublikowano: najpierw popraw wyróżnione fragmenty.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="275"/>
        <source>Cancel AI draft</source>
        <translation>Anuluj szkic AI</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="278"/>
        <source>Stop waiting for the AI model; the draft in the box stays</source>
        <translation>Nie czekaj na model AI; szkic w polu zostaje</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="918"/>
        <source>The AI draft was cancelled. The draft in the box stays: change it, or press “Draft reply” again.</source>
        <translation>Szkic AI anulowany. Szkic w polu zostaje: zmień go albo naciśnij ponownie „Szkic odpowiedzi”.</translation>
    </message>
</context>
<context>
    <name>ReplyKind</name>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="29"/>
        <source>Praise</source>
        <translation>Pochwała</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="30"/>
        <source>Neutral feedback</source>
        <translation>Opinia neutralna</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="31"/>
        <source>Mixed feedback</source>
        <translation>Opinia mieszana</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="32"/>
        <source>Complaint</source>
        <translation>Skarga</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="33"/>
        <source>Misinformation</source>
        <translation>Nieprawdziwe informacje</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="34"/>
        <source>Crisis</source>
        <translation>Kryzys</translation>
    </message>
</context>
<context>
    <name>ReportDialogs</name>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="60"/>
        <source>Saved to {path}</source>
        <translation>Zapisano: {path}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="63"/>
        <source>Open</source>
        <translation>Otwórz</translation>
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
        <translation>Eksport opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="176"/>
        <source>clinicrep-reviews</source>
        <translation>clinicrep-opinie</translation>
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
            <numerusform>Zapisano %n opinię w pliku {path}.</numerusform>
            <numerusform>Zapisano %n opinie w pliku {path}.</numerusform>
            <numerusform>Zapisano %n opinii w pliku {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="200"/>
        <source>%n review(s) saved to {path}: the ones the inbox shows. To export every review, choose “All reviews” in the first list above, then export again.</source>
        <translation>
            <numerusform>Zapisano %n opinię w pliku {path} — tę, którą pokazuje skrzynka. Aby wyeksportować wszystkie opinie, wybierz „Wszystkie opinie” na pierwszej liście powyżej i wyeksportuj ponownie.</numerusform>
            <numerusform>Zapisano %n opinie w pliku {path} — te, które pokazuje skrzynka. Aby wyeksportować wszystkie opinie, wybierz „Wszystkie opinie” na pierwszej liście powyżej i wyeksportuj ponownie.</numerusform>
            <numerusform>Zapisano %n opinii w pliku {path} — te, które pokazuje skrzynka. Aby wyeksportować wszystkie opinie, wybierz „Wszystkie opinie” na pierwszej liście powyżej i wyeksportuj ponownie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="319"/>
        <source>review-card</source>
        <translation>karta-z-prośbą-o-opinię</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message numerus="yes">
        <location filename="../../src/clinicrep/reports/language.py" line="137"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/language.py" line="139"/>
        <source>{hours} h</source>
        <translation>{hours} godz.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/language.py" line="142"/>
        <source>{days} days</source>
        <translation>{days} dnia</translation>
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
        <translation>Wręczaj kartę każdemu pacjentowi jednakowo. Proszenie o opinię tylko tych pacjentów, którzy prawdopodobnie są zadowoleni („review gating”), narusza zasady Google, Yelp, Trustpilot i innych platform, które mogą za to usunąć Twoje opinie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="218"/>
        <source>How was your visit?</source>
        <translation>Jak oceniają Państwo wizytę?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="219"/>
        <source>Tell us and other patients on {platform}: point your phone&apos;s camera at the code.</source>
        <translation>Prosimy podzielić się opinią z nami i innymi pacjentami w serwisie {platform}: wystarczy skierować aparat telefonu na kod.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="225"/>
        <source>Every review helps us improve, whatever it says. Thank you!</source>
        <translation>Każda opinia, niezależnie od treści, pomaga nam się doskonalić. Dziękujemy!</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="229"/>
        <source>Review request card for {platform}</source>
        <translation>Karta z prośbą o opinię w serwisie {platform}</translation>
    </message>
</context>
<context>
    <name>RequestCardDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="223"/>
        <source>Review-request card</source>
        <translation>Karta z prośbą o opinię</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="228"/>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="234"/>
        <source>Link to the review page</source>
        <translation>Link do strony z opiniami</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="240"/>
        <source>Language of the card</source>
        <translation>Język karty</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="246"/>
        <source>Layout</source>
        <translation>Układ</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="247"/>
        <source>One poster for the desk</source>
        <translation>Jeden plakat do rejestracji</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="248"/>
        <source>Four cards to cut out</source>
        <translation>Cztery karty do wycięcia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="255"/>
        <source>Platform:</source>
        <translation>Platforma:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="256"/>
        <source>Review page link:</source>
        <translation>Link do strony z opiniami:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="257"/>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="258"/>
        <source>Layout:</source>
        <translation>Układ:</translation>
    </message>
</context>
<context>
    <name>RequestPreview</name>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="116"/>
        <source>Send this to the AI service?</source>
        <translation>Wysłać to do usługi AI?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="119"/>
        <source>To draft this reply, clinicrep would send the text below to {address}: the review&apos;s public text, the aspects it raises and your practice&apos;s facts. No notes, no other reviews and nothing else from your records. The key travels in a header and is not shown.</source>
        <translation>Aby napisać szkic, clinicrep wyśle poniższy tekst pod adres {address}: publiczny tekst opinii, jej aspekty i fakty Twojej przychodni. Żadnych notatek, innych opinii ani niczego innego z Twoich danych. Klucz jest przesyłany w nagłówku i nie jest tu pokazany.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="130"/>
        <source>The request as it is sent</source>
        <translation>Zapytanie dokładnie w wysyłanej postaci</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="132"/>
        <source>Send and don&apos;t ask again</source>
        <translation>Wyślij i nie pytaj więcej</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/draft_assist.py" line="135"/>
        <source>Keep the composed draft</source>
        <translation>Zostaw złożony szkic</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="65"/>
        <source>Selected review</source>
        <translation>Wybrana opinia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="86"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="96"/>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="97"/>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="98"/>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="99"/>
        <source>Analysis:</source>
        <translation>Analiza:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="100"/>
        <source>Urgency:</source>
        <translation>Pilność:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="101"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="106"/>
        <source>Review text</source>
        <translation>Treść opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="113"/>
        <source>Earlier versions and replies</source>
        <translation>Wcześniejsze wersje i odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="116"/>
        <source>Open on the platform</source>
        <translation>Otwórz na platformie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="143"/>
        <source>No review selected</source>
        <translation>Nie wybrano opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="161"/>
        <source>(no name)</source>
        <translation>(bez podpisu)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="192"/>
        <source>The platform shows only an excerpt here; open it to read it all.</source>
        <translation>Platforma udostępnia tu tylko fragment; otwórz opinię, aby przeczytać całość.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="195"/>
        <source>The author edited this review; earlier text is below.</source>
        <translation>Autor zmienił tę opinię; wcześniejsza treść znajduje się poniżej.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="197"/>
        <source>This review is no longer on the platform. It is kept here.</source>
        <translation>Tej opinii nie ma już na platformie. Zostaje zachowana tutaj.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="201"/>
        <source>(rating only, no text)</source>
        <translation>(tylko ocena, bez tekstu)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="210"/>
        <source>Translation by the platform:</source>
        <translation>Tłumaczenie platformy:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="213"/>
        <source>The practice&apos;s reply on the platform:</source>
        <translation>Odpowiedź przychodni na platformie:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="219"/>
        <source>Earlier version (replaced {date}), {stars}:</source>
        <translation>Wcześniejsza wersja (zastąpiona {date}), {stars}:</translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1673"/>
        <source>Send the reply back</source>
        <translation>Odeślij odpowiedź</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1675"/>
        <source>What should {who} change? Your comment is shown above the reply.</source>
        <translation>Co {who} ma zmienić? Twój komentarz pojawi się nad odpowiedzią.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1676"/>
        <source>the receptionist</source>
        <translation>rejestracja</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1682"/>
        <source>Comment for the receptionist</source>
        <translation>Komentarz dla rejestracji</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="1685"/>
        <source>Send back</source>
        <translation>Odeślij</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="68"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="75"/>
        <source>e.g. Anna Nowak, practice manager</source>
        <translation>np. Anna Nowak, kierownik przychodni</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="97"/>
        <source>Practice name:</source>
        <translation>Nazwa przychodni:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="99"/>
        <source>Used in replies and on every page of the monthly report.</source>
        <translation>Używana w odpowiedziach i na każdej stronie raportu miesięcznego.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="103"/>
        <source>Country:</source>
        <translation>Kraj:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="106"/>
        <source>The reply guard applies this country&apos;s confidentiality rules and cites its law.</source>
        <translation>Kontrola odpowiedzi stosuje zasady poufności tego kraju i powołuje się na jego prawo.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="111"/>
        <source>Phone for replies:</source>
        <translation>Telefon podawany w odpowiedziach:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="113"/>
        <source>Offered in replies to complaints, so the reviewer can call you privately.</source>
        <translation>Podawany w odpowiedziach na skargi, aby autor mógł zadzwonić do Was prywatnie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="117"/>
        <source>E-mail for replies:</source>
        <translation>E-mail podawany w odpowiedziach:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="119"/>
        <source>Offered in replies to complaints as a private way to write to you.</source>
        <translation>Podawany w odpowiedziach na skargi jako prywatny sposób kontaktu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="123"/>
        <source>Replies signed by:</source>
        <translation>Podpis pod odpowiedziami:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="125"/>
        <source>The name and role at the end of each reply.</source>
        <translation>Imię i stanowisko na końcu każdej odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="129"/>
        <source>Reply languages:</source>
        <translation>Języki odpowiedzi:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="131"/>
        <source>Tick the languages you answer reviews in.</source>
        <translation>Zaznacz języki, w których odpowiadasz na opinie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="138"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="150"/>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="156"/>
        <source>Aim to answer within:</source>
        <translation>Docelowy czas odpowiedzi:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="158"/>
        <source>After this, the inbox shows the review as late for your aim.</source>
        <translation>Po tym czasie skrzynka pokazuje opinię jako spóźnioną względem celu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="162"/>
        <source>Answer at the latest within:</source>
        <translation>Maksymalny czas odpowiedzi:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="164"/>
        <source>After this, the review counts as overdue.</source>
        <translation>Po tym czasie opinia jest uznawana za zaległą.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="168"/>
        <source>Check for new reviews every:</source>
        <translation>Sprawdzaj nowe opinie co:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="170"/>
        <source>How often the open window fetches reviews from the connected platforms.</source>
        <translation>Jak często otwarte okno pobiera opinie z połączonych platform.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="174"/>
        <source>Spike alert threshold:</source>
        <translation>Próg alertu o nagłym wzroście:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="177"/>
        <source>Alert when negative reviews in a day or week exceed the usual rate this many times.</source>
        <translation>Alert, gdy liczba negatywnych opinii w ciągu dnia lub tygodnia tyle razy przekroczy zwykły poziom.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="183"/>
        <source>Urgent review alert from urgency:</source>
        <translation>Alert o pilnej opinii od poziomu pilności:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="185"/>
        <source>A review with at least this urgency (1–100) raises an alert.</source>
        <translation>Opinia o pilności co najmniej takiej (1–100) wywołuje alert.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="189"/>
        <source>Imported reviews are history when older than:</source>
        <translation>Zaimportowane opinie są historią, gdy są starsze niż:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="192"/>
        <source>Counted from the day of the import; history is never overdue and stays out of “Needs attention”.</source>
        <translation>Liczone od dnia importu; historia nigdy nie jest zaległa i nie trafia do „Wymagające uwagi”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="198"/>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="204"/>
        <source>Same as the system</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="204"/>
        <source>Light</source>
        <translation>Jasne</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="204"/>
        <source>Dark</source>
        <translation>Ciemne</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="211"/>
        <source>Language of clinicrep:</source>
        <translation>Język clinicrep:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="213"/>
        <source>Menus and messages switch at once, without a restart.</source>
        <translation>Menu i komunikaty zmieniają się od razu, bez ponownego uruchomienia.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="217"/>
        <source>Colours:</source>
        <translation>Kolory:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="219"/>
        <source>Light, dark, or as your system is set.</source>
        <translation>Jasne, ciemne lub jak w systemie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="253"/>
        <source>Settings pages</source>
        <translation>Sekcje ustawień</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="256"/>
        <source>Practice</source>
        <translation>Placówka</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="257"/>
        <source>Answers and alerts</source>
        <translation>Odpowiedzi i alerty</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="258"/>
        <source>Drafting</source>
        <translation>Szkice</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="259"/>
        <source>Monitoring and e-mail</source>
        <translation>Monitorowanie i e-mail</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="260"/>
        <source>Language and look</source>
        <translation>Język i wygląd</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="261"/>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="262"/>
        <source>This PC</source>
        <translation>Ten komputer</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="290"/>
        <source>United States</source>
        <translation>Stany Zjednoczone</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="291"/>
        <source>United Kingdom</source>
        <translation>Wielka Brytania</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="292"/>
        <source>Russia</source>
        <translation>Rosja</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="293"/>
        <source>Ukraine</source>
        <translation>Ukraina</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="294"/>
        <source>Poland</source>
        <translation>Polska</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="295"/>
        <source>China</source>
        <translation>Chiny</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="296"/>
        <source>Another country</source>
        <translation>Inny kraj</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="302"/>
        <source> h</source>
        <translation> godz.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="352"/>
        <source>Close the settings without saving your changes?</source>
        <translation>Zamknąć ustawienia bez zapisywania zmian?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="353"/>
        <source>Close without saving</source>
        <translation>Zamknij bez zapisywania</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="54"/>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="63"/>
        <source>Next / previous review in the inbox</source>
        <translation>Następna / poprzednia opinia w skrzynce</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="66"/>
        <source>Publish the reply (or copy it, where the site has no reply API)</source>
        <translation>Opublikuj odpowiedź (albo skopiuj, jeśli serwis nie ma API odpowiedzi)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="72"/>
        <source>Search the reviews</source>
        <translation>Szukaj w opiniach</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="76"/>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="85"/>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="76"/>
        <source>What they do</source>
        <translation>Co robią</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="34"/>
        <source>Sign-in link</source>
        <translation>Link do logowania</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="35"/>
        <source>Copy the link</source>
        <translation>Kopiuj link</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="37"/>
        <source>Cancel sign-in</source>
        <translation>Anuluj logowanie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="78"/>
        <source>Opening the {platform} sign-in page…</source>
        <translation>Otwieranie strony logowania {platform}…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="88"/>
        <source>Signed in to {platform}.</source>
        <translation>Zalogowano do {platform}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="95"/>
        <source>Sign-in cancelled. Nothing was changed.</source>
        <translation>Logowanie anulowane. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="113"/>
        <source>Waiting for your browser: sign in to {platform} there and allow access. If no browser page opened, copy the link and open it yourself.</source>
        <translation>Czekamy na przeglądarkę: zaloguj się tam do {platform} i zezwól na dostęp. Jeśli strona w przeglądarce się nie otworzyła, skopiuj link i otwórz go samodzielnie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sign_in.py" line="126"/>
        <source>Cancelling the sign-in…</source>
        <translation>Anulowanie logowania…</translation>
    </message>
</context>
<context>
    <name>SourceCli</name>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="798"/>
        <source>Removed {name} and its reviews, but the keyring could not delete its sign-in: unlock the keyring and remove the entries “source:{number}” of “clinicrep”.</source>
        <translation>Usunięto {name} i opinie, ale pęk kluczy nie mógł usunąć logowania: odblokuj go i usuń wpisy „source:{number}” usługi „clinicrep”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="794"/>
        <source>Removed {name}, its reviews and its sign-in.</source>
        <translation>Usunięto {name} wraz z opiniami i logowaniem.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="774"/>
        <source>No sources yet. Connect a platform in the window (File → Sources…) or import a file: clinicrep import FILE --source NAME</source>
        <translation>Nie ma jeszcze źródeł. Połącz platformę w oknie (Plik → Źródła…) albo zaimportuj plik: clinicrep import PLIK --source NAZWA</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/cli.py" line="784"/>
        <source>Say which source to remove: its name or number.</source>
        <translation>Podaj, które źródło usunąć: jego nazwę lub numer.</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="110"/>
        <source>Connect a platform</source>
        <translation>Połącz platformę</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="110"/>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="114"/>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="121"/>
        <source>{platform} — paste or import its reviews</source>
        <translation>{platform} — wklej lub zaimportuj opinie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="133"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="135"/>
        <source>Language of the reviews</source>
        <translation>Język opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="152"/>
        <source>Platform:</source>
        <translation>Platforma:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="153"/>
        <source>Name shown in clinicrep:</source>
        <translation>Nazwa widoczna w clinicrep:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="154"/>
        <source>Language of the reviews:</source>
        <translation>Język opinii:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="178"/>
        <source>How to connect this platform</source>
        <translation>Jak połączyć tę platformę</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="245"/>
        <source>Replies cannot be posted from clinicrep here: it copies the reply and opens the review&apos;s page.</source>
        <translation>W tym serwisie nie można publikować odpowiedzi z clinicrep: program skopiuje odpowiedź i otworzy stronę opinii.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="281"/>
        <source>filled in after you sign in</source>
        <translation>uzupełni się po zalogowaniu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="265"/>
        <source>(kept; type to replace)</source>
        <translation>(zapisane; wpisz, aby zastąpić)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="305"/>
        <source>User access token</source>
        <translation>Token dostępu użytkownika</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="306"/>
        <source>used once, not kept</source>
        <translation>użyty raz, nie jest zapisywany</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="307"/>
        <source>Find my Pages</source>
        <translation>Znajdź moje strony</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="309"/>
        <source>User access token:</source>
        <translation>Token użytkownika:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="311"/>
        <source>Page:</source>
        <translation>Strona:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="314"/>
        <source>Website</source>
        <translation>Strona internetowa</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="315"/>
        <source>for example clinic.com</source>
        <translation>na przykład clinic.com</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="316"/>
        <source>Find</source>
        <translation>Znajdź</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="321"/>
        <source>Website:</source>
        <translation>Strona WWW:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="323"/>
        <source>Find my locations</source>
        <translation>Znajdź moje lokalizacje</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="326"/>
        <source>Location:</source>
        <translation>Lokalizacja:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="453"/>
        <source>Paste a user access token from the Graph API Explorer first.</source>
        <translation>Najpierw wklej token dostępu użytkownika z Graph API Explorer.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="462"/>
        <source>This Facebook account manages no Page, or the Page was not ticked when the token was made. Generate the token again, tick the practice&apos;s Page and paste it here.</source>
        <translation>To konto na Facebooku nie zarządza żadną stroną albo strona nie została zaznaczona przy tworzeniu tokena. Wygeneruj token ponownie, zaznacz stronę gabinetu i wklej go tutaj.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="471"/>
        <source>Facebook lists your Pages but gives no Page token for them: your role on the Page does not allow it. Ask the Page&apos;s admin for full control or task access to community activity, then try again.</source>
        <translation>Facebook pokazuje Twoje strony, ale nie daje dla nich tokena strony: Twoja rola na stronie na to nie pozwala. Poproś administratora strony o pełną kontrolę albo dostęp do zadań dotyczących aktywności społeczności i spróbuj ponownie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="480"/>
        <source>%n Page(s) found. The chosen one&apos;s ID and Page access token are filled in.</source>
        <translation>
            <numerusform>Znaleziono %n stronę. ID wybranej strony i jej token dostępu są wpisane.</numerusform>
            <numerusform>Znaleziono %n strony. ID wybranej strony i jej token dostępu są wpisane.</numerusform>
            <numerusform>Znaleziono %n stron. ID wybranej strony i jej token dostępu są wpisane.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="489"/>
        <source>Facebook did not accept this user access token: it has expired or was revoked. Generate a new one in the Graph API Explorer and paste it again.</source>
        <translation>Facebook nie przyjął tego tokena dostępu użytkownika: wygasł albo został unieważniony. Wygeneruj nowy w Graph API Explorer i wklej go ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="494"/>
        <source>This token may not list your Pages. In the Graph API Explorer add the permission pages_show_list (and the others the guide names), generate the token again and paste it.</source>
        <translation>Ten token nie pozwala wyświetlić Twoich stron. W Graph API Explorer dodaj uprawnienie pages_show_list (i pozostałe z instrukcji), wygeneruj token ponownie i wklej go.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="501"/>
        <source>Asking Facebook for your Pages…</source>
        <translation>Pytamy Facebooka o Twoje strony…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="513"/>
        <source>Type the API key first: Trustpilot answers only with it.</source>
        <translation>Najpierw wpisz klucz API: bez niego Trustpilot nie odpowiada.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="516"/>
        <source>Type the practice&apos;s website, for example clinic.com.</source>
        <translation>Wpisz stronę internetową gabinetu, na przykład clinic.com.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="527"/>
        <source>Found “{name}” on Trustpilot. Business unit and review page filled in.</source>
        <translation>Znaleziono „{name}” na Trustpilot. Jednostka biznesowa i strona opinii są wpisane.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="534"/>
        <source>Trustpilot has no business with the website “{website}”. Type the domain as your Trustpilot page shows it (for example clinic.com, without https://).</source>
        <translation>Trustpilot nie zna firmy ze stroną „{website}”. Wpisz domenę tak, jak pokazuje ją Twoja strona na Trustpilot (na przykład clinic.com, bez https://).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="539"/>
        <source>Trustpilot did not accept this API key. Copy the key of your application from Trustpilot Business (Integrations → API) again.</source>
        <translation>Trustpilot nie przyjął tego klucza API. Skopiuj ponownie klucz swojej aplikacji z Trustpilot Business („Integrations” → „API”).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="545"/>
        <source>Asking Trustpilot…</source>
        <translation>Pytamy Trustpilot…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="575"/>
        <source>Signed in, but this Google account manages no business location. Sign in again with the account that owns or manages the profile.</source>
        <translation>Zalogowano, ale to konto Google nie zarządza żadną lokalizacją firmy. Zaloguj się ponownie na konto, które jest właścicielem profilu lub nim zarządza.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="582"/>
        <source>%n location(s) found. The chosen one is filled in.</source>
        <translation>
            <numerusform>Znaleziono %n lokalizację. Wybrana jest wpisana.</numerusform>
            <numerusform>Znaleziono %n lokalizacje. Wybrana jest wpisana.</numerusform>
            <numerusform>Znaleziono %n lokalizacji. Wybrana jest wpisana.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="585"/>
        <source>Asking Google for your locations…</source>
        <translation>Pytamy Google o Twoje lokalizacje…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="616"/>
        <source>Please fill in: {fields}</source>
        <translation>Uzupełnij: {fields}</translation>
    </message>
</context>
<context>
    <name>SourceKinds</name>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="118"/>
        <source>Google Business Profile</source>
        <translation>Profil Firmy w Google</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="164"/>
        <source>Needs your own Google Cloud project approved for the Business Profile APIs.</source>
        <translation>Wymaga własnego projektu Google Cloud z dostępem do interfejsów API Profilu Firmy.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="174"/>
        <source>Facebook Page recommendations</source>
        <translation>Rekomendacje strony na Facebooku</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="193"/>
        <source>Facebook is retiring access to Page recommendations; it works with Graph API v21.0 for now and may stop without notice.</source>
        <translation>Facebook wycofuje dostęp do rekomendacji stron; na razie działa z Graph API v21.0 i może przestać działać bez uprzedzenia.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="204"/>
        <source>Yelp</source>
        <translation>Yelp</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="226"/>
        <source>Yelp shows at most three review excerpts and has no reply API: answer on Yelp.</source>
        <translation>Yelp udostępnia najwyżej trzy fragmenty opinii i nie ma API do odpowiedzi: odpowiadaj w serwisie Yelp.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="236"/>
        <source>Trustpilot</source>
        <translation>Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="284"/>
        <source>Reviews saved in a file (CSV)</source>
        <translation>Opinie zapisane w pliku (CSV)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="293"/>
        <source>For ZnanyLekarz, 2GIS, ProDoctorov, Dianping, RateMDs and other sites without an API: save or export the reviews as a table and import the file.</source>
        <translation>Dla ZnanyLekarz, 2GIS, ProDoctorov, Dianping, RateMDs i innych serwisów bez API: zapisz lub wyeksportuj opinie jako tabelę i zaimportuj plik.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="304"/>
        <source>Offline feedback</source>
        <translation>Opinie spoza internetu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="311"/>
        <source>Demo reviews</source>
        <translation>Opinie demonstracyjne</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="407"/>
        <source>ZnanyLekarz / Doctoralia</source>
        <translation>ZnanyLekarz / Doctoralia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="421"/>
        <source>ProDoctorov</source>
        <translation>ProDoctorov</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="433"/>
        <source>Yandex Maps</source>
        <translation>Mapy Yandex</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="446"/>
        <source>2GIS</source>
        <translation>2GIS</translation>
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
        <translation>Logowanie Google</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="124"/>
        <source>Client secret</source>
        <translation>Tajny klucz klienta</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="126"/>
        <source>The second code of the same sign-in key, shown beside the client ID (it starts with GOCSPX-). It works like a password: it is kept in this computer&apos;s password store.</source>
        <translation>Druga część tego samego klucza logowania, widoczna obok identyfikatora klienta (zaczyna się od GOCSPX-). Działa jak hasło: jest przechowywana w magazynie haseł tego komputera.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="141"/>
        <source>Client ID</source>
        <translation>Identyfikator klienta</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="143"/>
        <source>The name of the practice&apos;s sign-in key for Google: a long code ending in .apps.googleusercontent.com. Whoever set up the practice&apos;s Google Cloud project copies it from Credentials (a key of the type “Desktop app”).</source>
        <translation>Nazwa klucza logowania placówki do Google: długi kod kończący się na .apps.googleusercontent.com. Osoba, która konfigurowała projekt Google Cloud placówki, kopiuje go z „Danych logowania” (klucz typu „Aplikacja komputerowa”).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="154"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="157"/>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="160"/>
        <source>Place ID</source>
        <translation>Identyfikator miejsca (Place ID)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="179"/>
        <source>Page access token</source>
        <translation>Token dostępu do strony</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="183"/>
        <source>Page ID</source>
        <translation>Identyfikator strony (Page ID)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="186"/>
        <source>Graph API version</source>
        <translation>Wersja Graph API</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="207"/>
        <source>Yelp Fusion API key</source>
        <translation>Klucz API Yelp Fusion</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="211"/>
        <source>Business ID or alias</source>
        <translation>Identyfikator lub alias firmy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="215"/>
        <source>Business time zone</source>
        <translation>Strefa czasowa firmy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="221"/>
        <source>Locale, e.g. en_US</source>
        <translation>Ustawienia regionalne, np. en_US</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="242"/>
        <source>API key</source>
        <translation>Klucz API</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="244"/>
        <source>The code Trustpilot shows for the practice&apos;s application in Trustpilot Business, under Integrations → API.</source>
        <translation>Kod, który Trustpilot pokazuje dla aplikacji placówki w Trustpilot Business, w sekcji „Integracje” → API.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="253"/>
        <source>API secret</source>
        <translation>Tajny klucz API</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="255"/>
        <source>The second code Trustpilot shows beside the API key. It works like a password: it is kept in this computer&apos;s password store.</source>
        <translation>Drugi kod, który Trustpilot pokazuje obok klucza API. Działa jak hasło: jest przechowywany w magazynie haseł tego komputera.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="263"/>
        <source>Trustpilot sign-in</source>
        <translation>Logowanie Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="268"/>
        <source>Business unit ID</source>
        <translation>Identyfikator jednostki (Business unit ID)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="272"/>
        <source>Business user ID (replies)</source>
        <translation>Identyfikator użytkownika firmy (odpowiedzi)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="276"/>
        <location filename="../../src/clinicrep/sources/registry.py" line="289"/>
        <source>Review page</source>
        <translation>Strona z opiniami</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="287"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="998"/>
        <source>{name} is removed, but the system keyring could not delete its sign-in. Unlock the keyring and remove the entries named “clinicrep” “source:{number}” in your keyring manager.</source>
        <translation>Usunięto {name}, ale systemowy pęk kluczy nie mógł usunąć logowania. Odblokuj go i usuń wpisy „clinicrep” „source:{number}” w menedżerze haseł.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="89"/>
        <source>No secure storage</source>
        <translation>Brak bezpiecznego magazynu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="92"/>
        <source>Keep this sign-in until clinicrep closes? It is never written to disk.</source>
        <translation>Zachować to logowanie do zamknięcia clinicrep? Nigdy nie jest ono zapisywane na dysku.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="685"/>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="690"/>
        <source>Connected sources</source>
        <translation>Połączone źródła</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="692"/>
        <source>Connect a platform…</source>
        <translation>Połącz platformę…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="694"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="696"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="698"/>
        <source>Sign in…</source>
        <translation>Zaloguj się…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="700"/>
        <source>Let clinicrep read and answer this source&apos;s reviews (Google, Trustpilot)</source>
        <translation>Zezwól clinicrep na odczyt opinii z tego źródła i odpowiadanie na nie (Google, Trustpilot)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="703"/>
        <source>Check for new reviews</source>
        <translation>Sprawdź nowe opinie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="708"/>
        <source>Locations…</source>
        <translation>Lokalizacje…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="710"/>
        <source>Name the practice&apos;s locations and assign each source</source>
        <translation>Nazwij lokalizacje placówki i przypisz do nich źródła</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="753"/>
        <source>The platforms and files clinicrep takes reviews from. Choose one to edit, sign in or remove it.</source>
        <translation>Platformy i pliki, z których clinicrep pobiera opinie. Wybierz jedną, aby ją zmienić, zalogować się lub usunąć.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="760"/>
        <source>Nothing is connected yet. Press “Connect a platform…” to bring in the reviews from Google, Facebook, ZnanyLekarz and other sites.</source>
        <translation>Nic nie jest jeszcze połączone. Kliknij „Połącz platformę…”, aby pobierać opinie z Google, Facebooka, ZnanegoLekarza i innych stron.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="789"/>
        <source>{name} ({platform}) — reviews pasted from the page</source>
        <translation>{name} ({platform}) — opinie wklejone ze strony</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="800"/>
        <source>Last checked {when}</source>
        <translation>Ostatnio sprawdzono: {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="802"/>
        <source>Not checked yet</source>
        <translation>Jeszcze nie sprawdzono</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="843"/>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="849"/>
        <source>Sign in to Trustpilot</source>
        <translation>Logowanie do Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="843"/>
        <source>Trustpilot Business e-mail:</source>
        <translation>E-mail konta Trustpilot Business:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="850"/>
        <source>Password (used once, not stored):</source>
        <translation>Hasło (użyte jednorazowo, nie jest zapisywane):</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="866"/>
        <source>Signed in. Replies can now be published.</source>
        <translation>Zalogowano. Można już publikować odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="884"/>
        <source>Select a Google source first.</source>
        <translation>Najpierw wybierz źródło Google.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="919"/>
        <source>Signed in to Google, but the locations could not be read: {why}</source>
        <translation>Zalogowano do Google, ale nie udało się odczytać lokalizacji: {why}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="930"/>
        <source>Signed in to Google. No location is chosen yet: select the source and choose “Edit…” → “Find my locations”.</source>
        <translation>Zalogowano do Google. Nie wybrano jeszcze lokalizacji: zaznacz źródło i wybierz „Edytuj…” → „Znajdź moje lokalizacje”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="938"/>
        <source>If Google&apos;s page shows an error instead (“invalid_client”, “redirect_uri_mismatch”), the client ID is wrong or its key is not of the type “Desktop app”: press “Cancel sign-in”, correct it with “Edit…” and sign in again.</source>
        <translation>Jeśli zamiast tego strona Google pokazuje błąd („invalid_client”, „redirect_uri_mismatch”), identyfikator klienta jest błędny albo jego klucz nie jest typu „Aplikacja komputerowa”: naciśnij „Anuluj logowanie”, popraw go przez „Edytuj…” i zaloguj się ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="949"/>
        <source>Signed in, but this Google account manages no business location.</source>
        <translation>Zalogowano, ale to konto Google nie zarządza żadną lokalizacją firmy.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="956"/>
        <source>Choose the location</source>
        <translation>Wybierz lokalizację</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="956"/>
        <source>Location:</source>
        <translation>Lokalizacja:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="982"/>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="996"/>
        <source>Remove source</source>
        <translation>Usuń źródło</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="984"/>
        <source>Remove {name} and the reviews fetched from it? The reviews stay on the platform; only clinicrep&apos;s copy and its sign-in are removed.</source>
        <translation>Usunąć źródło {name} i pobrane z niego opinie? Opinie pozostaną na platformie; usunięta zostanie tylko kopia w clinicrep i dane logowania.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <location filename="../../src/clinicrep/store/chosen_store.py" line="130"/>
        <source>{dbname} on {host}:{port} as {user}</source>
        <translation>{dbname} na {host}:{port} jako {user}</translation>
    </message>
</context>
<context>
    <name>StoreRecovery</name>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="61"/>
        <source>The database file: {path}</source>
        <translation>Plik bazy danych: {path}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="69"/>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="358"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="74"/>
        <source>Restore a backup…</source>
        <translation>Przywróć kopię zapasową…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="78"/>
        <source>Choose another folder…</source>
        <translation>Wybierz inny folder…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="82"/>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="370"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="96"/>
        <source>Daily copy of {day}</source>
        <translation>Kopia dzienna z {day}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="98"/>
        <source>Copy made before an update, {when}</source>
        <translation>Kopia sprzed aktualizacji, {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="101"/>
        <source>Copy made before a restore, {when}</source>
        <translation>Kopia sprzed przywracania, {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="146"/>
        <source>No backup copies were found in {folder}. Choose another folder instead, or copy a backup file there.</source>
        <translation>W folderze {folder} nie znaleziono kopii zapasowych. Wybierz inny folder lub skopiuj tam plik kopii zapasowej.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="108"/>
        <source>A copy saved elsewhere (from another PC, a USB stick)…</source>
        <translation>Kopia zapisana gdzie indziej (z innego komputera, z pendrive’a)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="117"/>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="163"/>
        <source>Restore a backup</source>
        <translation>Przywracanie kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="164"/>
        <source>Choose the copy to restore. The data there now is kept as a copy first.</source>
        <translation>Wybierz kopię do przywrócenia. Obecne dane zostaną najpierw zachowane jako kopia.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="119"/>
        <source>clinicrep database (*.sqlite3);;All files (*)</source>
        <translation>Baza danych clinicrep (*.sqlite3);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="188"/>
        <source>That copy was not restored; nothing was changed. {reason}</source>
        <translation>Nie przywrócono tej kopii; nic nie zostało zmienione. {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="200"/>
        <source>Choose a folder for clinicrep&apos;s data</source>
        <translation>Wybierz folder na dane clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="209"/>
        <source>clinicrep uses {folder} until it is closed. To use this folder every time, start clinicrep with --data-dir &quot;{folder}&quot;, or set the environment variable CLINICREP_DATA_DIR to it.</source>
        <translation>clinicrep będzie używać folderu {folder} do momentu zamknięcia. Aby używać go zawsze, uruchamiaj clinicrep z opcją --data-dir &quot;{folder}&quot; lub ustaw na ten folder zmienną środowiskową CLINICREP_DATA_DIR.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="225"/>
        <source>clinicrep is bringing your reviews up to date for this version. This happens once and can take a minute on a large practice. Please wait…</source>
        <translation>clinicrep aktualizuje Twoje opinie do tej wersji. Dzieje się to tylko raz i w dużej praktyce może potrwać minutę. Proszę czekać…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="349"/>
        <source>The shared database: {where}. You can use this PC&apos;s own database until the server is back; what you write there stays on this PC.</source>
        <translation>Wspólna baza danych: {where}. Dopóki serwer nie wróci, możesz używać własnej bazy danych tego komputera; to, co tam zapiszesz, zostanie na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="362"/>
        <source>Use this PC only for now</source>
        <translation>Na razie tylko ten komputer</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="366"/>
        <source>Database settings…</source>
        <translation>Ustawienia bazy danych…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="139"/>
        <source>There are no backup copies of this data yet: clinicrep makes one each day it is used and before each update. To restore a copy from another PC or a USB stick, choose “A copy saved elsewhere”.</source>
        <translation>Nie ma jeszcze kopii zapasowych tych danych: clinicrep robi kopię każdego dnia, w którym jest używany, i przed każdą aktualizacją. Aby przywrócić kopię z innego komputera lub z pendrive’a, wybierz „Kopia zapisana gdzie indziej”.</translation>
    </message>
</context>
<context>
    <name>SyncCli</name>
    <message numerus="yes">
        <source>{source}: %n review(s) no longer shown by the platform</source>
        <translation>
            <numerusform>{source}: %n opinia nie jest już pokazywana przez platformę</numerusform>
            <numerusform>{source}: %n opinie nie są już pokazywane przez platformę</numerusform>
            <numerusform>{source}: %n opinii nie jest już pokazywanych przez platformę</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="296"/>
        <source>{name} is checking for reviews for the whole practice right now, so this check was skipped. The new reviews show up here as they arrive.</source>
        <translation>{name} sprawdza teraz nowe opinie dla całej praktyki, więc to sprawdzenie pominięto. Nowe opinie pojawią się tutaj, gdy tylko dotrą.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="301"/>
        <source>Another PC is checking for reviews for the whole practice right now, so this check was skipped. The new reviews show up here as they arrive.</source>
        <translation>Inny komputer sprawdza teraz nowe opinie dla całej praktyki, więc to sprawdzenie pominięto. Nowe opinie pojawią się tutaj, gdy tylko dotrą.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="324"/>
        <source>{source}: {n} of about {total} reviews read</source>
        <translation>{source} — odczytano {n} z ok. {total} opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="328"/>
        <source>{source}: {n} reviews read</source>
        <translation>{source} — odczytane opinie: {n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="350"/>
        <source>Stopped. What was already fetched is kept.</source>
        <translation>Zatrzymano. To, co już pobrano, zostaje zachowane.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="356"/>
        <source>No source is called “{name}”. Check the name in Sources.</source>
        <translation>Nie ma źródła o nazwie „{name}”. Sprawdź nazwę w Źródłach.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="372"/>
        <source>{source}: {message}</source>
        <translation>{source}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="379"/>
        <source>{source}: {new} new, {changed} changed</source>
        <translation>{source} — nowe: {new}, zmienione: {changed}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="395"/>
        <source>No platform is connected, so there is nothing to check. Connect one in the window: File → Sources….</source>
        <translation>Żadna platforma nie jest połączona, więc nie ma czego sprawdzać. Połącz ją w oknie: Plik → Źródła….</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="81"/>
        <source>Another check is running right now; this one was skipped.</source>
        <translation>Trwa już inne sprawdzanie; to zostało pominięte.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="56"/>
        <source>Reply templates</source>
        <translation>Szablony odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="65"/>
        <source>Language of the templates</source>
        <translation>Język szablonów</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="72"/>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="76"/>
        <source>Template name</source>
        <translation>Nazwa szablonu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="78"/>
        <source>Kind of review</source>
        <translation>Rodzaj opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="82"/>
        <source>Template text</source>
        <translation>Treść szablonu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="86"/>
        <source>Placeholders: {greeting} {first_name} {practice_name} {contact} {contact_phone} {contact_email} {signer}</source>
        <translation>Pola do wstawienia: {greeting} {first_name} {practice_name} {contact} {contact_phone} {contact_email} {signer}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="98"/>
        <source>Save changes</source>
        <translation>Zapisz zmiany</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="100"/>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="268"/>
        <source>New template</source>
        <translation>Nowy szablon</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="106"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="108"/>
        <source>Restore the defaults</source>
        <translation>Przywróć domyślne</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="113"/>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="114"/>
        <source>For:</source>
        <translation>Dla:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="147"/>
        <source>(edited)</source>
        <translation>(zmieniony)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="186"/>
        <source>Save the changes to the template “{name}”?</source>
        <translation>Zapisać zmiany w szablonie „{name}”?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="196"/>
        <source>The changes to the template “{name}” cannot be saved: the note in red under the text says why. Discard them?</source>
        <translation>Zmian w szablonie „{name}” nie można zapisać: dlaczego — mówi czerwona uwaga pod tekstem. Odrzucić je?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="286"/>
        <source>Delete the template “{name}”?</source>
        <translation>Usunąć szablon „{name}”?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="297"/>
        <source>Restore the original templates in this language? Your edits to them are undone; templates you added yourself stay.</source>
        <translation>Przywrócić oryginalne szablony w tym języku? Twoje zmiany w nich zostaną cofnięte; szablony dodane przez Ciebie pozostaną.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="191"/>
        <source>Don&apos;t save</source>
        <translation>Nie zapisuj</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="192"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="200"/>
        <source>Discard the changes</source>
        <translation>Odrzuć zmiany</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="103"/>
        <source>Start an empty template: the greeting and the signature, the rest yours</source>
        <translation>Nowy, pusty szablon: powitanie i podpis, resztę uzupełniasz samodzielnie</translation>
    </message>
</context>
<context>
    <name>ThisPcForm</name>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="43"/>
        <source>Name of this PC</source>
        <translation>Nazwa tego komputera</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="44"/>
        <source>e.g. Anna (reception)</source>
        <translation>np. Anna (rejestracja)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="47"/>
        <source>Who uses this PC</source>
        <translation>Kto używa tego komputera</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="48"/>
        <source>The owner (approves replies)</source>
        <translation>Właściciel (zatwierdza odpowiedzi)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="49"/>
        <source>A receptionist</source>
        <translation>Rejestracja</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="52"/>
        <source>Replies written on a receptionist&apos;s PC wait for the owner&apos;s approval</source>
        <translation>Odpowiedzi z komputera rejestracji czekają na zatwierdzenie właściciela</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="60"/>
        <source>Name of this PC:</source>
        <translation>Nazwa tego komputera:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="63"/>
        <source>Shown to the other PCs and kept in the log beside what was done here: who asked for approval, who approved.</source>
        <translation>Widoczna na innych komputerach i zapisywana w dzienniku przy tym, co zrobiono tutaj: kto poprosił o zatwierdzenie, kto zatwierdził.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="69"/>
        <source>Used by:</source>
        <translation>Używa:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="71"/>
        <source>This is who uses this PC, not a password: anyone at it acts in this role.</source>
        <translation>To informacja, kto używa komputera, a nie hasło: każdy, kto przy nim siedzi, działa w tej roli.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/this_pc_settings.py" line="78"/>
        <source>For the whole practice. A receptionist asks for approval; the owner&apos;s PC shows the reply waiting, and the owner edits, approves and publishes it, or sends it back with a comment.</source>
        <translation>Dla całej placówki. Rejestracja prosi o zatwierdzenie; na komputerze właściciela odpowiedź czeka, a właściciel ją poprawia, zatwierdza i publikuje albo odsyła z komentarzem.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="146"/>
        <source>clinicrep is not checking for reviews</source>
        <translation>clinicrep nie sprawdza nowych opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="159"/>
        <source>clinicrep alert</source>
        <translation>Alert clinicrep</translation>
    </message>
</context>
<context>
    <name>UpgradeBanner</name>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="51"/>
        <source>Update installed</source>
        <translation>Zainstalowano aktualizację</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="56"/>
        <source>Restart now</source>
        <translation>Uruchom ponownie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="59"/>
        <source>Close this window, keeping your draft, and open the new version</source>
        <translation>Zamknij to okno, zachowując wersję roboczą, i otwórz nową wersję</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="62"/>
        <source>Later</source>
        <translation>Później</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="77"/>
        <source>clinicrep {version} was installed while this window was open. This window keeps working as before; restart to use the new version. Your draft reply is kept.</source>
        <translation>Gdy to okno było otwarte, zainstalowano clinicrep {version}. To okno działa jak dotąd; uruchom program ponownie, aby używać nowej wersji. Wersja robocza odpowiedzi zostanie zachowana.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="142"/>
        <source>clinicrep</source>
        <translation>clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/upgrade_notice.py" line="143"/>
        <source>The new version of clinicrep could not be started. Your draft reply is saved: open clinicrep again from the applications menu.</source>
        <translation>Nie udało się uruchomić nowej wersji clinicrep. Wersja robocza odpowiedzi jest zapisana: otwórz clinicrep ponownie z menu aplikacji.</translation>
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
        <translation>zawiera słowo „{word}” (kroki prawne)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="186"/>
        <source>mentions “{word}” (possible harm)</source>
        <translation>zawiera słowo „{word}” (możliwa szkoda)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="187"/>
        <source>mentions “{word}” (a regulator)</source>
        <translation>zawiera słowo „{word}” (organ nadzoru)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="188"/>
        <source>mentions “{word}” (the press or social media)</source>
        <translation>zawiera słowo „{word}” (prasa lub media społecznościowe)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="191"/>
        <source>may spread false medical information (“{word}”)</source>
        <translation>może szerzyć nieprawdziwe informacje medyczne („{word}”)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="194"/>
        <source>angry tone</source>
        <translation>gniewny ton</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="195"/>
        <source>negative text</source>
        <translation>negatywna treść</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="196"/>
        <source>a complaint inside a good review</source>
        <translation>skarga w dobrej opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="197"/>
        <source>does not recommend</source>
        <translation>nie poleca</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="198"/>
        <source>many negative reviews at once</source>
        <translation>wiele negatywnych opinii naraz</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="203"/>
        <source>legal action</source>
        <translation>kroki prawne</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="204"/>
        <source>possible harm</source>
        <translation>możliwa szkoda</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="205"/>
        <source>a regulator</source>
        <translation>organ nadzoru</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="206"/>
        <source>the press or social media</source>
        <translation>prasa lub media społecznościowe</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="211"/>
        <source>mentions “{word}”</source>
        <translation>zawiera słowo „{word}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/analysis/triage.py" line="283"/>
        <source>%n negative review(s) in the last 24 hours (usually {usual:.1f}).</source>
        <translation>
            <numerusform>Negatywne opinie w ciągu ostatnich 24 godzin: %n (zwykle {usual:.1f}).</numerusform>
            <numerusform>Negatywne opinie w ciągu ostatnich 24 godzin: %n (zwykle {usual:.1f}).</numerusform>
            <numerusform>Negatywne opinie w ciągu ostatnich 24 godzin: %n (zwykle {usual:.1f}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/analysis/triage.py" line="290"/>
        <source>%n negative review(s) in the last 7 days (usually {usual:.1f}).</source>
        <translation>
            <numerusform>Negatywne opinie w ciągu ostatnich 7 dni: %n (zwykle {usual:.1f}).</numerusform>
            <numerusform>Negatywne opinie w ciągu ostatnich 7 dni: %n (zwykle {usual:.1f}).</numerusform>
            <numerusform>Negatywne opinie w ciągu ostatnich 7 dni: %n (zwykle {usual:.1f}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="301"/>
        <source>An urgent review (urgency {urgency}): {reason}.</source>
        <translation>Pilna opinia (pilność {urgency}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="304"/>
        <source>An urgent review (urgency {urgency}).</source>
        <translation>Pilna opinia (pilność {urgency}).</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/help_dialogs.py" line="35"/>
        <source>User guide</source>
        <translation>Przewodnik</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="30"/>
        <source>Welcome to clinicrep</source>
        <translation>Witamy w clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="34"/>
        <source>Bring every review of your practice into one inbox. Start by connecting a platform, or import reviews you saved from a website. Your data stays on this computer.</source>
        <translation>Zbierz wszystkie opinie o swojej przychodni w jednej skrzynce. Zacznij od połączenia platformy lub zaimportuj opinie zapisane z serwisu internetowego. Twoje dane pozostają na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="43"/>
        <source>1. Bring the reviews in: connect a platform, or import a file you saved from a site.
2. Answer them in the inbox: clinicrep suggests a reply in the review&apos;s language and checks that it reveals nothing confidential.
3. Once a month, make the owner&apos;s summary (File → Monthly summary).</source>
        <translation>1. Pobierz opinie: połącz platformę albo zaimportuj plik zapisany ze strony.
2. Odpowiadaj w skrzynce: clinicrep zaproponuje odpowiedź w języku opinii i sprawdzi, czy nie ujawnia niczego poufnego.
3. Raz w miesiącu przygotuj podsumowanie dla właściciela (Plik → Miesięczne podsumowanie).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="52"/>
        <source>Connect a platform…</source>
        <translation>Połącz platformę…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="54"/>
        <source>Import a file…</source>
        <translation>Importuj plik…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="58"/>
        <source>Paste reviews copied from a website…</source>
        <translation>Wklej opinie skopiowane ze strony…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="62"/>
        <source>Your practice&apos;s name and how replies are signed…</source>
        <translation>Nazwa placówki i podpis pod odpowiedziami…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="66"/>
        <source>Try the demo (made-up reviews, in a separate window)</source>
        <translation>Wypróbuj wersję demonstracyjną (fikcyjne opinie, w osobnym oknie)</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../src/clinicrep/ui/workers.py" line="201"/>
        <source>Finishing the work in progress before the store is closed…</source>
        <translation>Kończymy rozpoczętą pracę przed zamknięciem bazy…</translation>
    </message>
</context>
</TS>
