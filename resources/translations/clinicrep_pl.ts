<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="75"/>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="80"/>
        <source>Show review</source>
        <translation>Pokaż opinię</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="82"/>
        <source>Acknowledge</source>
        <translation>Potwierdź</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="83"/>
        <source>Mark this alert as seen; it will not come back</source>
        <translation>Oznacz ten alert jako zauważony; nie pojawi się ponownie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/alerts.py" line="102"/>
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
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="138"/>
        <source>clinicrep: test message</source>
        <translation>clinicrep: wiadomość testowa</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="139"/>
        <source>This is a test message from clinicrep. Crisis alerts for {practice} will arrive like this one.</source>
        <translation>To jest wiadomość testowa z clinicrep. Alerty kryzysowe dotyczące: {practice} będą przychodzić w ten sam sposób.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="144"/>
        <source>your practice</source>
        <translation>Twoja przychodnia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="158"/>
        <source>Platform: {platform}</source>
        <translation>Platforma: {platform}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="161"/>
        <source>Written: {date}</source>
        <translation>Napisano: {date}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="167"/>
        <source>Rating: {stars}★</source>
        <translation>Ocena: {stars}★</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="173"/>
        <source>Open the review: {url}</source>
        <translation>Otwórz opinię: {url}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="182"/>
        <source>clinicrep alert: an urgent review</source>
        <translation>Alert clinicrep: pilna opinia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="185"/>
        <source>clinicrep alert: an urgent review on {platform}</source>
        <translation>Alert clinicrep: pilna opinia w serwisie {platform}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="190"/>
        <source>clinicrep alert: many negative reviews at once</source>
        <translation>Alert clinicrep: wiele negatywnych opinii naraz</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="199"/>
        <source>The newest of them:</source>
        <translation>Najnowsze z nich:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="207"/>
        <source>Open clinicrep on the practice&apos;s computer to read the review in full and answer it.</source>
        <translation>Otwórz clinicrep na komputerze przychodni, aby przeczytać całą opinię i na nią odpowiedzieć.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="236"/>
        <source>clinicrep: reviews are not being checked</source>
        <translation>clinicrep: opinie nie są sprawdzane</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/mailer.py" line="309"/>
        <source>The alerts raised since the last digest, oldest first.</source>
        <translation>Alerty zgłoszone od ostatniego podsumowania, od najstarszych.</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="146"/>
        <source>Period shown in the charts</source>
        <translation>Okres pokazany na wykresach</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="148"/>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="149"/>
        <source>Last 3 months</source>
        <translation>Ostatnie 3 miesiące</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="150"/>
        <source>Last 12 months</source>
        <translation>Ostatnie 12 miesięcy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="151"/>
        <source>All time</source>
        <translation>Cały okres</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="160"/>
        <source>Average rating (line) and number of reviews (bars)</source>
        <translation>Średnia ocena (linia) i liczba opinii (słupki)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="161"/>
        <source>Reviews per platform</source>
        <translation>Opinie według platform</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="162"/>
        <source>Sentiment share</source>
        <translation>Udział opinii według wydźwięku</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="163"/>
        <source>Top complaint topics</source>
        <translation>Najczęstsze tematy skarg</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="164"/>
        <source>Top praise topics</source>
        <translation>Najczęstsze tematy pochwał</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="165"/>
        <source>Median hours to answer</source>
        <translation>Mediana czasu odpowiedzi (godz.)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="175"/>
        <source>Show:</source>
        <translation>Pokaż:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="215"/>
        <source>{period}: {avg} average from {n} reviews</source>
        <translation>{period}: średnio {avg}, liczba opinii: {n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="237"/>
        <source>{period}: {pos} positive, {neu} neutral, {neg} negative</source>
        <translation>{period}: pozytywne: {pos}, neutralne: {neu}, negatywne: {neg}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="249"/>
        <source>{period}: median {hours} h; {d1} within 24 h, {d2} within 48 h</source>
        <translation>{period}: mediana {hours} godz.; w ciągu 24 godz.: {d1}, w ciągu 48 godz.: {d2}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="262"/>
        <source>{platform}: {n} reviews</source>
        <translation>{platform} — liczba opinii: {n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="273"/>
        <source>{topic}: {n} reviews</source>
        <translation>{topic} — liczba opinii: {n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/charts.py" line="281"/>
        <source>{n} reviews · median answer {hours} h · {d1} answered within 24 h · {d2} within 48 h</source>
        <translation>Opinie: {n} · mediana czasu odpowiedzi: {hours} godz. · odpowiedź w ciągu 24 godz.: {d1} · w ciągu 48 godz.: {d2}</translation>
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
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="114"/>
        <source>Thank the reviewer personally</source>
        <translation>Podziękuj autorowi osobiście</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="117"/>
        <source>Start with a personal thank-you; use the reviewer&apos;s first name if they showed one.</source>
        <translation>Zacznij od osobistego podziękowania; użyj imienia autora, jeśli je podał.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="127"/>
        <source>Pass the praise on to the person the reviewer named, or to the whole team.</source>
        <translation>Przekaż pochwałę osobie wymienionej przez autora lub całemu zespołowi.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="132"/>
        <source>Pass the praise on to the team.</source>
        <translation>Przekaż pochwałę zespołowi.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="136"/>
        <source>Credit the team</source>
        <translation>Doceń zespół</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="146"/>
        <source>Invite them back in a general way</source>
        <translation>Zaproś ponownie w ogólny sposób</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="149"/>
        <source>Say the practice is always glad to help, without mentioning a past or next visit.</source>
        <translation>Napisz, że przychodnia zawsze chętnie pomoże, bez wspominania o minionej ani kolejnej wizycie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="157"/>
        <source>Answer promptly</source>
        <translation>Odpowiedz szybko</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="163"/>
        <source>This review is %n day(s) old. Publish the reply today.</source>
        <translation>Liczba dni od dodania opinii: %n. Opublikuj odpowiedź jeszcze dziś.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="172"/>
        <source>Acknowledge the experience and express regret</source>
        <translation>Odnieś się do doświadczenia i wyraź ubolewanie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="175"/>
        <source>Say you are sorry about the experience, without admitting any clinical fault.</source>
        <translation>Napisz, że przykro ci z powodu tej sytuacji, nie przyznając się do błędu medycznego.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="185"/>
        <source>Do not admit clinical fault</source>
        <translation>Nie przyznawaj się do błędu medycznego</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="188"/>
        <source>“{words}” admits fault. Express regret for the experience instead.</source>
        <translation>„{words}” to przyznanie się do winy. Zamiast tego wyraź ubolewanie z powodu tej sytuacji.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="197"/>
        <source>Offer a concrete next step</source>
        <translation>Zaproponuj konkretny kolejny krok</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="200"/>
        <source>Say what will happen next, for example ask them to call so you can look into it.</source>
        <translation>Napisz, co stanie się dalej, np. poproś o telefon, aby można było wyjaśnić sprawę.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="208"/>
        <source>Move the conversation offline</source>
        <translation>Kontynuuj rozmowę prywatnie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="221"/>
        <source>Give a phone number, an e-mail address or a named contact, so the case is not discussed in public. Your contact details are set in Settings.</source>
        <translation>Podaj numer telefonu, adres e-mail lub osobę do kontaktu, aby sprawa nie była omawiana publicznie. Dane kontaktowe ustawia się w Ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="230"/>
        <source>Stay calm: no blame, no argument, no sarcasm</source>
        <translation>Zachowaj spokój: bez obwiniania, sporów i sarkazmu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="237"/>
        <source>“{words}” may read as blame or argument. Rephrase it calmly.</source>
        <translation>„{words}” może brzmieć jak obwinianie lub spór. Sformułuj to spokojniej.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="245"/>
        <source>Read the reply once as the reviewer would.</source>
        <translation>Przeczytaj odpowiedź tak, jak przeczyta ją autor opinii.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="251"/>
        <source>Sign with a name or role</source>
        <translation>Podpisz się imieniem lub funkcją</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="260"/>
        <source>End with a name or a role, for example “Anna, practice manager”.</source>
        <translation>Zakończ imieniem lub funkcją, np. „Anna, kierownik przychodni”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="269"/>
        <source>Give a source for the facts</source>
        <translation>Podaj źródło faktów</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="272"/>
        <source>Say where the facts can be checked: a public register, an official page or a link.</source>
        <translation>Wskaż, gdzie można sprawdzić fakty: rejestr publiczny, oficjalna strona lub link.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="282"/>
        <source>Invite them to talk it through</source>
        <translation>Zaproś do rozmowy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="285"/>
        <source>Offer a consultation or a conversation where their questions can be answered.</source>
        <translation>Zaproponuj konsultację lub rozmowę, podczas której można odpowiedzieć na pytania.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="295"/>
        <source>No personal attack</source>
        <translation>Bez ataków osobistych</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="298"/>
        <source>“{words}” attacks the reviewer. Correct the facts, not the person.</source>
        <translation>„{words}” atakuje autora opinii. Prostuj fakty, nie oceniaj osoby.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="305"/>
        <source>Keep the holding reply short</source>
        <translation>Napisz krótką odpowiedź wstępną</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="312"/>
        <source>Say only that you take it seriously and will be in touch; the owner answers the rest.</source>
        <translation>Napisz tylko, że sprawa jest traktowana poważnie i nastąpi kontakt; resztą zajmie się właściciel.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="320"/>
        <source>Escalate to the owner</source>
        <translation>Przekaż właścicielowi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="327"/>
        <source>Mark the review as escalated so the owner is told; the step is logged.</source>
        <translation>Oznacz opinię jako przekazaną właścicielowi, aby został powiadomiony; ten krok jest zapisywany.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="334"/>
        <source>Nothing that reveals a patient</source>
        <translation>Bez informacji ujawniających pacjenta</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="354"/>
        <source>No reward for reviews</source>
        <translation>Bez nagród za opinie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="357"/>
        <source>“{words}” offers a reward. Platforms and regulators forbid rewards for reviews.</source>
        <translation>„{words}” to oferta nagrody. Platformy i przepisy zabraniają nagradzania za opinie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="369"/>
        <source>Written for this review</source>
        <translation>Odpowiedź dopasowana do tej opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="384"/>
        <source>This reply is almost the same as one already published. Make it personal.</source>
        <translation>Ta odpowiedź jest prawie taka sama jak już opublikowana. Dopasuj ją do tej opinii.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="400"/>
        <source>A sensible length</source>
        <translation>Rozsądna długość</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="404"/>
        <source>The reply is {size} bytes long; {platform} accepts at most {limit}.</source>
        <translation>Długość odpowiedzi w bajtach: {size}; {platform} przyjmuje najwyżej {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="410"/>
        <source>the platform</source>
        <translation>platforma</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="418"/>
        <source>The reply is very short. Add a sentence or two.</source>
        <translation>Odpowiedź jest bardzo krótka. Dodaj jedno lub dwa zdania.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="457"/>
        <source>Correct the facts</source>
        <translation>Sprostuj fakty</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/checklists.py" line="458"/>
        <source>Check that every fact in the reply is true and can be shown.</source>
        <translation>Sprawdź, czy każdy fakt w odpowiedzi jest prawdziwy i da się go udokumentować.</translation>
    </message>
</context>
<context>
    <name>Confidentiality</name>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="39"/>
        <source>This confirms that the reviewer is or was a patient. Speak about the practice in general instead.</source>
        <translation>To potwierdza, że autor jest lub był pacjentem. Zamiast tego pisz ogólnie o przychodni.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="44"/>
        <source>This says that someone looked at the reviewer&apos;s records, which confirms they are a patient. Leave it out.</source>
        <translation>To mówi, że ktoś zajrzał do dokumentacji autora, co potwierdza, że jest pacjentem. Usuń ten fragment.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="49"/>
        <source>This is a health detail (a diagnosis, procedure, medication or test). Leave it out of a public reply.</source>
        <translation>To informacja o zdrowiu (diagnoza, zabieg, lek lub badanie). Nie umieszczaj jej w publicznej odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="54"/>
        <source>This repeats a health detail from the review. Do not repeat it in public, even if the reviewer wrote it.</source>
        <translation>To powtórzenie informacji o zdrowiu z opinii. Nie powtarzaj jej publicznie, nawet jeśli autor sam ją podał.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="59"/>
        <source>This mentions insurance. Leave insurance out of a public reply.</source>
        <translation>To wzmianka o ubezpieczeniu. Nie pisz o ubezpieczeniu w publicznej odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="62"/>
        <source>This is a date. A date tells others when someone visited; leave it out.</source>
        <translation>To data. Data zdradza innym, kiedy ktoś był na wizycie; usuń ją.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="66"/>
        <source>This is about money someone paid. Discuss bills only in private.</source>
        <translation>To dotyczy kwoty, którą ktoś zapłacił. Rozliczenia omawiaj tylko prywatnie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/confidentiality.py" line="69"/>
        <source>This is a person&apos;s full name or surname. Use a first name only, or no name.</source>
        <translation>To imię i nazwisko lub samo nazwisko. Użyj tylko imienia albo nie podawaj go wcale.</translation>
    </message>
    <message>
        <source>Confirms a patient</source>
        <translation>Potwierdza, że ktoś jest pacjentem</translation>
    </message>
    <message>
        <source>Health detail</source>
        <translation>Informacja o zdrowiu</translation>
    </message>
    <message>
        <source>Date or time of a visit</source>
        <translation>Data lub godzina wizyty</translation>
    </message>
    <message>
        <source>Billing or insurance</source>
        <translation>Płatność lub ubezpieczenie</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Reward for reviews</source>
        <translation>Nagroda za opinie</translation>
    </message>
    <message>
        <source>New information</source>
        <translation>Nowe informacje</translation>
    </message>
    <message>
        <source>This offers a reward for a review. Platforms and the law forbid rewards for reviews; leave it out.</source>
        <translation>To jest nagroda za opinię. Platformy i prawo zabraniają nagradzania opinii; usuń to.</translation>
    </message>
    <message>
        <source>This tells readers something about the reviewer that the review did not say. A reply may answer the review but must add nothing about the patient.</source>
        <translation>To mówi czytelnikom o autorze coś, czego nie ma w opinii. Odpowiedź może odnosić się do opinii, ale nie może dodawać niczego o pacjencie.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="38"/>
        <source>Date (UTC)</source>
        <translation>Data (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="39"/>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="40"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="41"/>
        <source>Rating</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="42"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="43"/>
        <source>Review</source>
        <translation>Opinia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="44"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="45"/>
        <source>Sentiment</source>
        <translation>Wydźwięk</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="46"/>
        <source>Topics</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="47"/>
        <source>Urgency</source>
        <translation>Pilność</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="49"/>
        <source>Answered (UTC)</source>
        <translation>Data odpowiedzi (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="50"/>
        <source>Our public reply</source>
        <translation>Nasza publiczna odpowiedź</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/export.py" line="51"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="90"/>
        <source>The date is empty; the row was skipped.</source>
        <translation>Brak daty; wiersz pominięto.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="94"/>
        <source>The date “{value}” was not understood; the row was skipped.</source>
        <translation>Nie rozpoznano daty „{value}”; wiersz pominięto.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="98"/>
        <source>The rating “{value}” was not understood; the row was skipped.</source>
        <translation>Nie rozpoznano oceny „{value}”; wiersz pominięto.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="102"/>
        <source>The rating “{value}” is outside the scale; the row was skipped.</source>
        <translation>Ocena „{value}” wykracza poza skalę; wiersz pominięto.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="106"/>
        <source>The row has neither text nor a rating; it was skipped.</source>
        <translation>Wiersz nie zawiera ani tekstu, ani oceny; pominięto go.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="110"/>
        <source>The text is longer than {n} characters; only its beginning was imported.</source>
        <translation>Tekst jest dłuższy niż {n} znaków; zaimportowano tylko jego początek.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="114"/>
        <source>The row could not be read; it was skipped.</source>
        <translation>Nie udało się odczytać wiersza; pominięto go.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/csvfile.py" line="140"/>
        <source>{imported} new reviews imported, {updated} updated, {unchanged} already there, {skipped} rows skipped.</source>
        <translation>Zaimportowane nowe opinie: {imported}, zaktualizowane: {updated}, już istniejące: {unchanged}, pominięte wiersze: {skipped}.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="29"/>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="31"/>
        <source>Needs attention</source>
        <translation>Wymagające uwagi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="32"/>
        <source>All reviews</source>
        <translation>Wszystkie opinie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="33"/>
        <source>New</source>
        <translation>Nowe</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="34"/>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="35"/>
        <source>Answered</source>
        <translation>Z odpowiedzią</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="36"/>
        <source>Escalated</source>
        <translation>Przekazane właścicielowi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="37"/>
        <source>Dismissed</source>
        <translation>Pominięte</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="38"/>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="42"/>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="43"/>
        <source>All platforms</source>
        <translation>Wszystkie platformy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="47"/>
        <source>Stars</source>
        <translation>Gwiazdki</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="48"/>
        <source>Any stars</source>
        <translation>Dowolne gwiazdki</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="51"/>
        <source>No stars</source>
        <translation>Bez gwiazdek</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="53"/>
        <source>Sentiment</source>
        <translation>Wydźwięk</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="54"/>
        <source>Any sentiment</source>
        <translation>Dowolny wydźwięk</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="58"/>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="59"/>
        <source>Any topic</source>
        <translation>Dowolny temat</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="63"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="65"/>
        <source>Any time</source>
        <translation>Dowolny okres</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="66"/>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="67"/>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="68"/>
        <source>Last 3 months</source>
        <translation>Ostatnie 3 miesiące</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="69"/>
        <source>Last 12 months</source>
        <translation>Ostatnie 12 miesięcy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="75"/>
        <source>Search reviews (Ctrl+F)</source>
        <translation>Szukaj w opiniach (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="76"/>
        <source>Search reviews</source>
        <translation>Szukaj w opiniach</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="88"/>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="89"/>
        <source>Clear the chart filter</source>
        <translation>Wyczyść filtr z wykresu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/filter_bar.py" line="142"/>
        <source>Chart: {what}</source>
        <translation>Wykres: {what}</translation>
    </message>
</context>
<context>
    <name>GoogleSignIn</name>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="288"/>
        <source>clinicrep is connected to Google</source>
        <translation>clinicrep jest połączony z Google</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="290"/>
        <source>Google sign-in was not completed</source>
        <translation>Logowanie do Google nie zostało ukończone</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/google_oauth.py" line="292"/>
        <source>You can close this browser tab and return to clinicrep.</source>
        <translation>Możesz zamknąć tę kartę przeglądarki i wrócić do clinicrep.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="50"/>
        <source>Import reviews from {file}</source>
        <translation>Import opinii z pliku {file}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="58"/>
        <source>Name of the source</source>
        <translation>Nazwa źródła</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="60"/>
        <source>Website the file comes from</source>
        <translation>Serwis, z którego pochodzi plik</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="64"/>
        <source>Language of the reviews</source>
        <translation>Język opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="65"/>
        <source>Detect from the text</source>
        <translation>Wykryj na podstawie tekstu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="70"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="70"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="70"/>
        <source>Rating</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="71"/>
        <source>Review text</source>
        <translation>Treść opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="71"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="71"/>
        <source>Review ID</source>
        <translation>Identyfikator opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="72"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="72"/>
        <source>Practice&apos;s reply</source>
        <translation>Odpowiedź przychodni</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="76"/>
        <source>Source name:</source>
        <translation>Nazwa źródła:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="77"/>
        <source>Website:</source>
        <translation>Serwis:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="78"/>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="82"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="93"/>
        <source>First rows of the file</source>
        <translation>Pierwsze wiersze pliku</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="101"/>
        <source>{rows} rows · encoding {encoding}</source>
        <translation>Liczba wierszy: {rows} · kodowanie {encoding}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="108"/>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="125"/>
        <source>Choose at least the text or the rating.</source>
        <translation>Wybierz co najmniej kolumnę z tekstem lub z oceną.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="136"/>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="147"/>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="227"/>
        <source>Import reviews</source>
        <translation>Import opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="138"/>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Tabele (*.csv *.tsv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="176"/>
        <source>Importing reviews…</source>
        <translation>Importowanie opinii…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="177"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="205"/>
        <source>Line {line}: {reason}</source>
        <translation>Wiersz {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="212"/>
        <source>… and {n} more.</source>
        <translation>… i jeszcze {n}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/import_dialog.py" line="217"/>
        <source>Import finished</source>
        <translation>Import zakończony</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="183"/>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="184"/>
        <source>Rating</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="185"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="186"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="187"/>
        <source>Review</source>
        <translation>Opinia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="188"/>
        <source>Sentiment</source>
        <translation>Wydźwięk</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="189"/>
        <source>Topics</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="190"/>
        <source>Urgency</source>
        <translation>Pilność</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="191"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="192"/>
        <source>Time left</source>
        <translation>Do terminu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="229"/>
        <source>[edited] </source>
        <translation>[zmieniona] </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="231"/>
        <source>[removed on platform] </source>
        <translation>[usunięta z platformy] </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="233"/>
        <source>(rating only)</source>
        <translation>(tylko ocena)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="256"/>
        <source>%n h left</source>
        <translation>
            <numerusform>została %n godz.</numerusform>
            <numerusform>zostały %n godz.</numerusform>
            <numerusform>zostało %n godz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="257"/>
        <source>%n min left</source>
        <translation>
            <numerusform>została %n min</numerusform>
            <numerusform>zostały %n min</numerusform>
            <numerusform>zostało %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="260"/>
        <source>overdue %n d</source>
        <translation>
            <numerusform>%n dzień po terminie</numerusform>
            <numerusform>%n dni po terminie</numerusform>
            <numerusform>%n dni po terminie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/inbox_model.py" line="261"/>
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
        <location filename="../../src/clinicrep/labels.py" line="15"/>
        <source>New</source>
        <translation>Nowa</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="16"/>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="17"/>
        <source>Answered</source>
        <translation>Z odpowiedzią</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="18"/>
        <source>Escalated</source>
        <translation>Przekazana właścicielowi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="19"/>
        <source>Dismissed</source>
        <translation>Pominięta</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="34"/>
        <source>Dianping</source>
        <translation>Dianping</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="36"/>
        <source>Other site</source>
        <translation>Inny serwis</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="37"/>
        <source>Offline feedback</source>
        <translation>Spoza internetu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="43"/>
        <source>Positive</source>
        <translation>Pozytywny</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="44"/>
        <source>Neutral</source>
        <translation>Neutralny</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="45"/>
        <source>Negative</source>
        <translation>Negatywny</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="51"/>
        <source>Waiting time</source>
        <translation>Czas oczekiwania</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="52"/>
        <source>Staff attitude</source>
        <translation>Podejście personelu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="53"/>
        <source>Reception and phone</source>
        <translation>Rejestracja i telefon</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="54"/>
        <source>Doctor and outcome</source>
        <translation>Lekarz i efekty leczenia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="55"/>
        <source>Communication</source>
        <translation>Komunikacja</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="56"/>
        <source>Billing and prices</source>
        <translation>Rozliczenia i ceny</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="57"/>
        <source>Scheduling</source>
        <translation>Umawianie wizyt</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="58"/>
        <source>Cleanliness and facilities</source>
        <translation>Czystość i wyposażenie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="59"/>
        <source>Parking and access</source>
        <translation>Parking i dojazd</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="60"/>
        <source>Food</source>
        <translation>Wyżywienie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="61"/>
        <source>Praise of a person</source>
        <translation>Pochwała konkretnej osoby</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="67"/>
        <source>English</source>
        <translation>Angielski</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="68"/>
        <source>Russian</source>
        <translation>Rosyjski</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="69"/>
        <source>Ukrainian</source>
        <translation>Ukraiński</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="70"/>
        <source>Polish</source>
        <translation>Polski</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="71"/>
        <location filename="../../src/clinicrep/labels.py" line="72"/>
        <source>Chinese</source>
        <translation>Chiński</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/labels.py" line="73"/>
        <source>Other language</source>
        <translation>Inny język</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1"/>
        <source>Analysis update progress</source>
        <translation>Postęp aktualizacji analizy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="1"/>
        <source>Updating the analysis… %p%</source>
        <translation>Aktualizacja analizy… %p%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/main_window.py" line="1"/>
        <source>Analysis brought up to date for %n review(s).</source>
        <translation>
            <numerusform>Analiza zaktualizowana dla %n opinii.</numerusform>
            <numerusform>Analiza zaktualizowana dla %n opinii.</numerusform>
            <numerusform>Analiza zaktualizowana dla %n opinii.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="80"/>
        <source>clinicrep — demo data</source>
        <translation>clinicrep — dane demonstracyjne</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="80"/>
        <source>clinicrep</source>
        <translation>clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="90"/>
        <source>Inbox of reviews</source>
        <translation>Skrzynka opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="148"/>
        <source>Inbox</source>
        <translation>Skrzynka</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="149"/>
        <source>Charts</source>
        <translation>Wykresy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="175"/>
        <source>Sync progress</source>
        <translation>Postęp synchronizacji</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="239"/>
        <source>Filters</source>
        <translation>Filtry</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="248"/>
        <source>Sync now</source>
        <translation>Synchronizuj</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="249"/>
        <source>Fetch new reviews from every connected platform (F5)</source>
        <translation>Pobierz nowe opinie ze wszystkich połączonych platform (F5)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="256"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="257"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchronizuj teraz</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="261"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="265"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importuj plik…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="269"/>
        <source>Add &amp;offline feedback…</source>
        <translation>&amp;Dodaj opinię spoza internetu…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="284"/>
        <source>Review-request &amp;card…</source>
        <translation>&amp;Karta z prośbą o opinię…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="274"/>
        <source>&amp;Monthly summary (PDF)…</source>
        <translation>&amp;Miesięczne podsumowanie (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="278"/>
        <source>E&amp;xport the reviews shown (CSV)…</source>
        <translation>&amp;Eksportuj widoczne opinie (CSV)…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="289"/>
        <source>&amp;Restore from backup…</source>
        <translation>Przy&amp;wróć z kopii zapasowej…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="293"/>
        <source>So&amp;urces…</source>
        <translation>Ź&amp;ródła…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="297"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="302"/>
        <source>&amp;Review</source>
        <translation>&amp;Opinia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="305"/>
        <source>Mark as &amp;new</source>
        <translation>Oznacz jako &amp;nową</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="306"/>
        <source>Mark as &amp;in progress</source>
        <translation>Oznacz jako &amp;w toku</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="307"/>
        <source>Mark as &amp;answered</source>
        <translation>Oznacz jako z &amp;odpowiedzią</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="308"/>
        <source>&amp;Escalate to the owner</source>
        <translation>&amp;Przekaż właścicielowi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="309"/>
        <source>&amp;Dismiss</source>
        <translation>Po&amp;miń</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="319"/>
        <source>Reply &amp;templates…</source>
        <translation>&amp;Szablony odpowiedzi…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="323"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="324"/>
        <source>&amp;About clinicrep</source>
        <translation>&amp;O programie clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="386"/>
        <source>Status changed.</source>
        <translation>Status został zmieniony.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="390"/>
        <source>Reply published.</source>
        <translation>Odpowiedź została opublikowana.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="407"/>
        <source>{shown} shown · {new} new · {open} open · {overdue} overdue</source>
        <translation>Wyświetlone: {shown} · nowe: {new} · otwarte: {open} · po terminie: {overdue}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="418"/>
        <source>Checking for reviews…</source>
        <translation>Sprawdzanie nowych opinii…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="429"/>
        <source>{source}: {n} reviews</source>
        <translation>{source} — pobrane opinie: {n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="442"/>
        <source>{source}: {message}</source>
        <translation>{source}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="451"/>
        <source>Up to date: {new} new, {edited} edited.</source>
        <translation>Wszystko aktualne. Nowe: {new}, zmienione: {edited}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="593"/>
        <source>Monitoring</source>
        <translation>Monitorowanie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="595"/>
        <source>The checks without the window could not be set up on this computer. The window still checks while it is open. Details: {details}</source>
        <translation>Nie udało się skonfigurować na tym komputerze sprawdzania bez otwartego okna. Okno programu nadal sprawdza opinie, gdy jest otwarte. Szczegóły: {details}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="618"/>
        <source>Restore from backup</source>
        <translation>Przywracanie z kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="620"/>
        <source>Replace the reviews, drafts and settings with the chosen copy? The data as it is now is kept as a copy first, so this can be undone.</source>
        <translation>Zastąpić opinie, wersje robocze i ustawienia wybraną kopią? Obecne dane zostaną najpierw zachowane jako kopia, więc można to cofnąć.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="630"/>
        <source>About clinicrep</source>
        <translation>O programie clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/main_window.py" line="632"/>
        <source>clinicrep {version}

Reviews of your practice from every platform, answered well and in time. Your data stays on this computer.</source>
        <translation>clinicrep {version}

Opinie o Twojej przychodni ze wszystkich platform — z dobrymi odpowiedziami udzielanymi na czas. Twoje dane pozostają na tym komputerze.</translation>
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
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="27"/>
        <source>Add offline feedback</source>
        <translation>Dodaj opinię spoza internetu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="30"/>
        <source>From</source>
        <translation>Od kogo</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="31"/>
        <source>Name as the person gave it, or leave empty</source>
        <translation>Imię lub nazwisko podane przez tę osobę (można zostawić puste)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="33"/>
        <source>Received by</source>
        <translation>Sposób otrzymania</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="35"/>
        <source>At the reception desk</source>
        <translation>W rejestracji</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="36"/>
        <source>By phone</source>
        <translation>Telefonicznie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="37"/>
        <source>By letter</source>
        <translation>Listownie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="38"/>
        <source>By e-mail</source>
        <translation>E-mailem</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="39"/>
        <source>Other</source>
        <translation>Inaczej</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="43"/>
        <source>Rating</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="44"/>
        <source>No rating</source>
        <translation>Bez oceny</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="48"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="51"/>
        <source>What they said</source>
        <translation>Treść opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="53"/>
        <source>From:</source>
        <translation>Od kogo:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="54"/>
        <source>Received:</source>
        <translation>Otrzymano:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="55"/>
        <source>Rating:</source>
        <translation>Ocena:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="56"/>
        <source>When:</source>
        <translation>Kiedy:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/manual_dialog.py" line="57"/>
        <source>What they said:</source>
        <translation>Treść opinii:</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="17"/>
        <source>An unexpected error happened. Your data is safe. Send the details to support if it happens again.</source>
        <translation>Wystąpił nieoczekiwany błąd. Twoje dane są bezpieczne. Jeśli błąd się powtórzy, wyślij szczegóły do pomocy technicznej.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="29"/>
        <source>The review database is damaged and was not changed. Restore a backup, or choose another folder for clinicrep&apos;s data.</source>
        <translation>Baza opinii jest uszkodzona i nie została zmieniona. Przywróć kopię zapasową lub wybierz inny folder na dane clinicrep.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="35"/>
        <source>This review database was made by a newer version of clinicrep. Install the newer version, or choose another folder for clinicrep&apos;s data.</source>
        <translation>Ta baza opinii została utworzona przez nowszą wersję clinicrep. Zainstaluj nowszą wersję lub wybierz inny folder na dane clinicrep.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="41"/>
        <source>The review database is busy in another program. Close the other clinicrep window and try again.</source>
        <translation>Baza opinii jest używana przez inny program. Zamknij drugie okno clinicrep i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="47"/>
        <source>The disk is full. Free some space, then try again; nothing was lost.</source>
        <translation>Dysk jest pełny. Zwolnij trochę miejsca i spróbuj ponownie; nic nie zostało utracone.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="51"/>
        <source>clinicrep cannot write to its data folder. Check that the folder exists and that you may write to it, or choose another folder.</source>
        <translation>clinicrep nie może zapisywać w swoim folderze danych. Sprawdź, czy folder istnieje i czy masz do niego uprawnienia zapisu, lub wybierz inny folder.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="57"/>
        <source>No secure password storage was found on this computer. Install or unlock the system keyring, or keep the sign-in for this session only.</source>
        <translation>Na tym komputerze nie znaleziono bezpiecznego magazynu haseł. Zainstaluj lub odblokuj systemowy pęk kluczy albo zachowaj logowanie tylko na tę sesję.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="63"/>
        <source>The connection to this platform has expired or was revoked. Open Sources and connect the account again.</source>
        <translation>Połączenie z tą platformą wygasło lub zostało cofnięte. Otwórz Źródła i połącz konto ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="69"/>
        <source>The connected account is not allowed to read or answer these reviews. Connect an account that manages the practice&apos;s page.</source>
        <translation>Połączone konto nie ma uprawnień do odczytu tych opinii ani odpowiadania na nie. Połącz konto, które zarządza stroną przychodni.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="78"/>
        <source>The platform asks us to slow down. clinicrep will try again in about {n} minutes.</source>
        <translation>Platforma prosi o ograniczenie liczby zapytań. clinicrep spróbuje ponownie za ok. {n} min.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="82"/>
        <source>The platform asks us to slow down. clinicrep will try again later.</source>
        <translation>Platforma prosi o ograniczenie liczby zapytań. clinicrep spróbuje ponownie później.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="86"/>
        <source>No connection to the internet. Check the network; clinicrep will try again at the next check.</source>
        <translation>Brak połączenia z internetem. Sprawdź sieć; clinicrep spróbuje ponownie przy następnym sprawdzaniu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="92"/>
        <source>The platform did not answer in time. clinicrep will try again at the next check.</source>
        <translation>Platforma nie odpowiedziała na czas. clinicrep spróbuje ponownie przy następnym sprawdzaniu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="97"/>
        <source>The platform sent an answer clinicrep cannot read. Try again later; if it persists, send the details to support.</source>
        <translation>Platforma przesłała odpowiedź, której clinicrep nie potrafi odczytać. Spróbuj ponownie później; jeśli problem się powtarza, wyślij szczegóły do pomocy technicznej.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="103"/>
        <source>The platform has switched off this kind of access. Reviews already fetched are kept; import new ones from a file instead.</source>
        <translation>Platforma wyłączyła ten rodzaj dostępu. Pobrane już opinie zostają zachowane; nowe importuj z pliku.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="109"/>
        <source>This platform does not allow answering through clinicrep. Copy the reply and open the review&apos;s page to post it there.</source>
        <translation>Ta platforma nie pozwala odpowiadać przez clinicrep. Skopiuj odpowiedź i otwórz stronę opinii, aby ją tam opublikować.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="115"/>
        <source>Stopped. What was fetched so far is kept; the next check goes on from there.</source>
        <translation>Zatrzymano. To, co już pobrano, zostaje zachowane; następne sprawdzanie będzie kontynuowane od tego miejsca.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="120"/>
        <source>The reply is longer than the platform allows ({limit} bytes). Shorten it and publish again.</source>
        <translation>Odpowiedź jest dłuższa, niż pozwala platforma (limit w bajtach: {limit}). Skróć ją i opublikuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="126"/>
        <source>Signing in did not finish. Try again, and allow clinicrep access in the browser window that opens.</source>
        <translation>Logowanie nie zostało ukończone. Spróbuj ponownie i zezwól clinicrep na dostęp w oknie przeglądarki, które się otworzy.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="132"/>
        <source>Give the month as year and month, for example 2026-10.</source>
        <translation>Podaj miesiąc w formacie rok-miesiąc, np. 2026-10.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="136"/>
        <source>That does not look like a web link to your review page. Copy the link from the platform (it starts with https://) and try again.</source>
        <translation>To nie wygląda na link do strony z opiniami. Skopiuj link z platformy (zaczyna się od https://) i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="142"/>
        <source>The report could not be saved there. Choose another folder, for example Documents.</source>
        <translation>Nie udało się zapisać raportu w tym miejscu. Wybierz inny folder, np. Dokumenty.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="147"/>
        <source>Not published: the reply says something a public reply must not (highlighted). Change it, or confirm each passage explicitly.</source>
        <translation>Nie opublikowano: odpowiedź zawiera treści niedozwolone w odpowiedzi publicznej (wyróżnione). Zmień je lub wyraźnie potwierdź każdy fragment.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="153"/>
        <source>The reply is empty. Write the reply first.</source>
        <translation>Odpowiedź jest pusta. Najpierw napisz odpowiedź.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="155"/>
        <source>This reply is being sent or its outcome is not known yet. Wait for the next check, then try again.</source>
        <translation>Ta odpowiedź jest właśnie wysyłana lub jej wynik nie jest jeszcze znany. Poczekaj na następne sprawdzanie i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="161"/>
        <source>The review or page no longer exists on the platform.</source>
        <translation>Opinia lub strona już nie istnieje na platformie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="165"/>
        <source>The mail server did not accept the user name or password. Check them in Settings → Monitoring; alerts are kept and sent once it works.</source>
        <translation>Serwer poczty nie przyjął nazwy użytkownika lub hasła. Sprawdź je w Ustawieniach → Monitorowanie; alerty zostaną zachowane i wysłane, gdy połączenie zadziała.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="171"/>
        <source>The alert e-mail could not be sent. Check the mail server, port and security in Settings → Monitoring; alerts are kept and sent at the next check.</source>
        <translation>Nie udało się wysłać wiadomości e-mail z alertem. Sprawdź serwer poczty, port i zabezpieczenia w Ustawieniach → Monitorowanie; alerty zostaną zachowane i wysłane przy następnym sprawdzaniu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="177"/>
        <source>The file could not be read as a table of reviews. Save it as CSV (UTF-8) and try again.</source>
        <translation>Nie udało się odczytać pliku jako tabeli opinii. Zapisz go jako CSV (UTF-8) i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/messages.py" line="182"/>
        <source>Something went wrong. Try again; if it persists, send the details to support.</source>
        <translation>Coś poszło nie tak. Spróbuj ponownie; jeśli problem się powtarza, wyślij szczegóły do pomocy technicznej.</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="88"/>
        <source>clinicrep has not been able to check for new reviews for more than {hours} hours.</source>
        <translation>clinicrep od ponad {hours} godz. nie może sprawdzić nowych opinii.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="97"/>
        <source>Not checked yet. Turn on the scheduled checks in Settings, or open clinicrep.</source>
        <translation>Jeszcze nie sprawdzono. Włącz zaplanowane sprawdzanie w Ustawieniach lub otwórz clinicrep.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="102"/>
        <source>The last check did not finish. Open clinicrep and press Sync now.</source>
        <translation>Ostatnie sprawdzanie nie zostało ukończone. Otwórz clinicrep i kliknij „Synchronizuj”.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="107"/>
        <source>{source}: {reason}</source>
        <translation>{source}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="117"/>
        <source>{source}: no successful check yet</source>
        <translation>{source}: jeszcze żadnego udanego sprawdzenia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/health.py" line="121"/>
        <source>{source}: last successful check {when}</source>
        <translation>{source}: ostatnie udane sprawdzenie {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="176"/>
        <source>Scheduled check ({mechanism})</source>
        <translation>Zaplanowane sprawdzanie ({mechanism})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="178"/>
        <source>Start in the tray at login ({mechanism})</source>
        <translation>Uruchamianie w zasobniku po zalogowaniu ({mechanism})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="190"/>
        <source>Nothing is installed: reviews are checked only while the window is open.</source>
        <translation>Nic nie jest zainstalowane: opinie są sprawdzane tylko wtedy, gdy okno jest otwarte.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="206"/>
        <source>Last scheduled runs:</source>
        <translation>Ostatnie zaplanowane uruchomienia:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="213"/>
        <source>%n e-mail(s) waiting to be sent.</source>
        <translation>Wiadomości e-mail czekające na wysłanie: %n.</translation>
    </message>
</context>
<context>
    <name>MonitoringBanner</name>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="174"/>
        <source>Monitoring</source>
        <translation>Monitorowanie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="179"/>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/alerts.py" line="199"/>
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
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="47"/>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="187"/>
        <source>Monitoring</source>
        <translation>Monitorowanie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="53"/>
        <source>Check for new reviews every N minutes, also when clinicrep is closed</source>
        <translation>Sprawdzaj nowe opinie co N minut, także gdy clinicrep jest zamknięty</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="58"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="60"/>
        <source>Start clinicrep in the tray when I log in</source>
        <translation>Uruchamiaj clinicrep w zasobniku po zalogowaniu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="64"/>
        <source> h</source>
        <translation> godz.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="68"/>
        <source>e.g. mail.your-practice.com</source>
        <translation>np. mail.twoja-przychodnia.pl</translation>
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
        <translation>Brak</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="84"/>
        <source>kept in the system keyring; leave empty to keep the saved one</source>
        <translation>przechowywane w systemowym pęku kluczy; zostaw puste, aby zachować zapisane</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="88"/>
        <source>one or more addresses, separated by commas</source>
        <translation>jeden lub więcej adresów, oddzielonych przecinkami</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="91"/>
        <source>Send one e-mail a day with the alerts (digest)</source>
        <translation>Wysyłaj jedną wiadomość dziennie ze wszystkimi alertami (podsumowanie)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="93"/>
        <source>Send a test message</source>
        <translation>Wyślij wiadomość testową</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="106"/>
        <source>Check every:</source>
        <translation>Sprawdzaj co:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="108"/>
        <source>Warn when no check succeeded for:</source>
        <translation>Ostrzegaj, gdy brak udanego sprawdzenia przez:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="109"/>
        <source>Mail server:</source>
        <translation>Serwer poczty:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="110"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="111"/>
        <source>Security:</source>
        <translation>Zabezpieczenia:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="112"/>
        <source>User name:</source>
        <translation>Nazwa użytkownika:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="113"/>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="114"/>
        <source>From address:</source>
        <translation>Adres nadawcy:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="115"/>
        <source>Send alerts to:</source>
        <translation>Wysyłaj alerty do:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="116"/>
        <source>Quiet hours from:</source>
        <translation>Godziny ciszy od:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="117"/>
        <source>Quiet hours until:</source>
        <translation>Godziny ciszy do:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="120"/>
        <source>Installed on this computer:</source>
        <translation>Zainstalowane na tym komputerze:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="142"/>
        <source>off</source>
        <translation>wyłączone</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="143"/>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="158"/>
        <source>Nothing: reviews are checked only while the window is open.</source>
        <translation>Nic: opinie są sprawdzane tylko wtedy, gdy okno jest otwarte.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="197"/>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="206"/>
        <source>Sent. Check the mailbox of each address.</source>
        <translation>Wysłano. Sprawdź skrzynkę pocztową każdego adresu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/monitoring_settings.py" line="212"/>
        <source>Fill in the mail server and at least one address first.</source>
        <translation>Najpierw podaj serwer poczty i co najmniej jeden adres.</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message numerus="yes">
        <source>In the month before, %n reviews were received.</source>
        <translation>
            <numerusform>W poprzednim miesiącu otrzymano opinii: %n.</numerusform>
            <numerusform>W poprzednim miesiącu otrzymano opinii: %n.</numerusform>
            <numerusform>W poprzednim miesiącu otrzymano opinii: %n.</numerusform>
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
        <source>Reviews still unanswered at the end of the month: %n. Answer them, oldest first.</source>
        <translation>
            <numerusform>Opinie bez odpowiedzi na koniec miesiąca: %n. Odpowiedz na nie, zaczynając od najstarszych.</numerusform>
            <numerusform>Opinie bez odpowiedzi na koniec miesiąca: %n. Odpowiedz na nie, zaczynając od najstarszych.</numerusform>
            <numerusform>Opinie bez odpowiedzi na koniec miesiąca: %n. Odpowiedz na nie, zaczynając od najstarszych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{topic} was named in %n complaints, up from {before}.</source>
        <translation>
            <numerusform>{topic}: skarg — %n, w poprzednim miesiącu — {before}.</numerusform>
            <numerusform>{topic}: skarg — %n, w poprzednim miesiącu — {before}.</numerusform>
            <numerusform>{topic}: skarg — %n, w poprzednim miesiącu — {before}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="239"/>
        <source>Only {share} of this month&apos;s reviews were answered within 48 hours. Patients and platforms notice quick answers.</source>
        <translation>Tylko na {share} opinii z tego miesiąca odpowiedziano w ciągu 48 godzin. Pacjenci i platformy zauważają szybkie odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="250"/>
        <source>The average rating fell from {before} to {now}. The complaints below say why.</source>
        <translation>Średnia ocena spadła z {before} do {now}. Przyczyny widać w skargach poniżej.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="263"/>
        <source>Negative reviews rose to {now} of all reviews, from {before}.</source>
        <translation>Udział negatywnych opinii we wszystkich opiniach wzrósł z {before} do {now}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="272"/>
        <source>Alerts of this month not yet acknowledged: %n. Open them in the inbox.</source>
        <translation>Niepotwierdzone alerty z tego miesiąca: %n. Otwórz je w skrzynce opinii.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="280"/>
        <source>Nothing needs special attention this month. Keep answering every review within a day.</source>
        <translation>W tym miesiącu nic nie wymaga szczególnej uwagi. Nadal odpowiadaj na każdą opinię w ciągu doby.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/monthly.py" line="286"/>
        <source>Patients praised {topic} most often ({count} reviews): tell the team.</source>
        <translation>Pacjenci najczęściej chwalili: {topic} (liczba opinii: {count}). Przekaż to zespołowi.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="296"/>
        <source>{points} pts</source>
        <translation>{points} pkt proc.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="317"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="395"/>
        <source>Reviews received</source>
        <translation>Otrzymane opinie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="323"/>
        <source>Average rating (of 5)</source>
        <translation>Średnia ocena (skala 1–5)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="330"/>
        <source>Positive reviews</source>
        <translation>Opinie pozytywne</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="336"/>
        <source>Negative reviews</source>
        <translation>Opinie negatywne</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="342"/>
        <source>Reviews answered</source>
        <translation>Opinie z odpowiedzią</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="348"/>
        <source>Answered within 24 hours</source>
        <translation>Odpowiedź w ciągu 24 godzin</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="354"/>
        <source>Answered within 48 hours</source>
        <translation>Odpowiedź w ciągu 48 godzin</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="360"/>
        <source>Median time to answer</source>
        <translation>Mediana czasu odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="367"/>
        <source>Unanswered at month end</source>
        <translation>Bez odpowiedzi na koniec miesiąca</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="381"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="387"/>
        <source>No reviews in this period.</source>
        <translation>Brak opinii w tym okresie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="389"/>
        <source>Rating over the last 12 months</source>
        <translation>Ocena w ostatnich 12 miesiącach</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="394"/>
        <source>Average rating</source>
        <translation>Średnia ocena</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="399"/>
        <source>Reviews per platform</source>
        <translation>Opinie według platform</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="416"/>
        <source>{name}: {share} ({count})</source>
        <translation>{name}: {share} ({count})</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="419"/>
        <source>Not analysed yet</source>
        <translation>Jeszcze nieprzeanalizowane</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="426"/>
        <source>Sentiment of the month&apos;s reviews</source>
        <translation>Wydźwięk opinii z tego miesiąca</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="432"/>
        <source>Most praised</source>
        <translation>Najczęściej chwalone</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="437"/>
        <source>No topics of praise this month.</source>
        <translation>Brak tematów pochwał w tym miesiącu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="441"/>
        <source>Most complained about</source>
        <translation>Najczęstsze skargi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="446"/>
        <source>No topics of complaint this month.</source>
        <translation>Brak tematów skarg w tym miesiącu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="450"/>
        <source>Charts</source>
        <translation>Wykresy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="472"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="479"/>
        <source>(no text, rating only)</source>
        <translation>(bez tekstu, tylko ocena)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="485"/>
        <source>Our public reply</source>
        <translation>Nasza publiczna odpowiedź</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="487"/>
        <source>Our public reply, {date}</source>
        <translation>Nasza publiczna odpowiedź, {date}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="494"/>
        <source>Not answered yet.</source>
        <translation>Jeszcze bez odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="502"/>
        <source>Internal note (not public)</source>
        <translation>Notatka wewnętrzna (niepubliczna)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="504"/>
        <source>Unpublished draft reply (not public)</source>
        <translation>Nieopublikowana wersja robocza odpowiedzi (niepubliczna)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="512"/>
        <source>The month&apos;s most important reviews</source>
        <translation>Najważniejsze opinie miesiąca</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="516"/>
        <source>Complaints that need attention</source>
        <translation>Skargi wymagające uwagi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="527"/>
        <source>No negative reviews this month.</source>
        <translation>Brak negatywnych opinii w tym miesiącu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="534"/>
        <source>Warm words from patients</source>
        <translation>Miłe słowa od pacjentów</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="545"/>
        <source>No positive reviews with text this month.</source>
        <translation>Brak pozytywnych opinii z treścią w tym miesiącu.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="556"/>
        <source>Spike of negative reviews</source>
        <translation>Nagły wzrost negatywnych opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="558"/>
        <source>Urgent review</source>
        <translation>Pilna opinia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="559"/>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="565"/>
        <source>Acknowledged on {date}.</source>
        <translation>Potwierdzono {date}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="571"/>
        <source>The review was answered on {date}.</source>
        <translation>Odpowiedziano na opinię {date}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="577"/>
        <source>The review&apos;s status: {status}.</source>
        <translation>Status opinii: {status}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="582"/>
        <source>Nothing has been done about it yet.</source>
        <translation>Nic jeszcze w tej sprawie nie zrobiono.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="586"/>
        <source>Alerts and spikes</source>
        <translation>Alerty i nagłe wzrosty</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="590"/>
        <source>No alerts were raised this month.</source>
        <translation>W tym miesiącu nie było alertów.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="604"/>
        <source>What was done: {done}</source>
        <translation>Co zrobiono: {done}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="617"/>
        <source>Things to act on</source>
        <translation>Co należy zrobić</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="637"/>
        <source>Made on {date}</source>
        <translation>Utworzono {date}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="641"/>
        <source>Includes internal notes: not for publication.</source>
        <translation>Zawiera notatki wewnętrzne — nie do publikacji.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="647"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="728"/>
        <location filename="../../src/clinicrep/reports/pdf.py" line="752"/>
        <source>Monthly review summary</source>
        <translation>Miesięczne podsumowanie opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="657"/>
        <source>No reviews were received in {month}.</source>
        <translation>Brak otrzymanych opinii w okresie: {month}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="692"/>
        <source>The month in figures</source>
        <translation>Miesiąc w liczbach</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/pdf.py" line="740"/>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="80"/>
        <source>Monthly summary</source>
        <translation>Miesięczne podsumowanie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="82"/>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="86"/>
        <source>Paper size</source>
        <translation>Rozmiar papieru</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="89"/>
        <source>Include internal notes (only for the practice&apos;s eyes)</source>
        <translation>Dołącz notatki wewnętrzne (tylko do wglądu przychodni)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="91"/>
        <source>Month:</source>
        <translation>Miesiąc:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="92"/>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="89"/>
        <source>Kind of reply</source>
        <translation>Rodzaj odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="93"/>
        <source>Start from the template</source>
        <translation>Zacznij od szablonu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="98"/>
        <source>Reply:</source>
        <translation>Odpowiedź:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="106"/>
        <source>Reply text</source>
        <translation>Treść odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="107"/>
        <source>Write the practice&apos;s public reply here.</source>
        <translation>Tutaj wpisz publiczną odpowiedź przychodni.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="112"/>
        <source>Confidentiality problems</source>
        <translation>Problemy z poufnością</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="116"/>
        <source>Checklist</source>
        <translation>Lista kontrolna</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="126"/>
        <source>Publish</source>
        <translation>Opublikuj</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="128"/>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="381"/>
        <source>Post the reply on the platform (Ctrl+Enter)</source>
        <translation>Opublikuj odpowiedź na platformie (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="130"/>
        <source>Publish anyway…</source>
        <translation>Opublikuj mimo to…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="132"/>
        <source>Confirm that each highlighted passage may be published</source>
        <translation>Potwierdź, że każdy wyróżniony fragment może zostać opublikowany</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="135"/>
        <source>Copy and open page</source>
        <translation>Kopiuj i otwórz stronę</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="137"/>
        <source>Mark answered</source>
        <translation>Oznacz jako z odpowiedzią</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="221"/>
        <source>Published on {date}. Publishing again replaces it.</source>
        <translation>Opublikowano {date}. Ponowna publikacja zastąpi tę odpowiedź.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="228"/>
        <source>Sending was interrupted. clinicrep checks the platform at the next sync before anything is sent again.</source>
        <translation>Wysyłanie zostało przerwane. Przed ponownym wysłaniem clinicrep sprawdzi platformę podczas następnej synchronizacji.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="233"/>
        <source>The last attempt to publish failed. You can try again.</source>
        <translation>Ostatnia próba publikacji nie powiodła się. Możesz spróbować ponownie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="237"/>
        <source>This platform does not let clinicrep post replies: copy the reply, post it on the review&apos;s page, then mark the review answered.</source>
        <translation>Ta platforma nie pozwala clinicrep publikować odpowiedzi: skopiuj odpowiedź, opublikuj ją na stronie opinii, a następnie oznacz opinię jako z odpowiedzią.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="317"/>
        <source>“{words}”: {reason}</source>
        <translation>„{words}”: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="319"/>
        <source>(confirmed by you)</source>
        <translation>(potwierdzone przez Ciebie)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="378"/>
        <source>Fix the highlighted passages first: a public reply must not say them.</source>
        <translation>Najpierw popraw wyróżnione fragmenty: nie mogą się znaleźć w publicznej odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="390"/>
        <source>Answered or closed</source>
        <translation>Z odpowiedzią lub zamknięta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="397"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Po terminie o %n dzień</numerusform>
            <numerusform>Po terminie o %n dni</numerusform>
            <numerusform>Po terminie o %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="398"/>
        <source>Overdue by %n hour(s)</source>
        <translation>
            <numerusform>Po terminie o %n godzinę</numerusform>
            <numerusform>Po terminie o %n godziny</numerusform>
            <numerusform>Po terminie o %n godzin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="401"/>
        <source>Past the aim; answer within %n hour(s)</source>
        <translation>
            <numerusform>Minął czas docelowy; odpowiedz w ciągu %n godziny</numerusform>
            <numerusform>Minął czas docelowy; odpowiedz w ciągu %n godzin</numerusform>
            <numerusform>Minął czas docelowy; odpowiedz w ciągu %n godzin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="402"/>
        <source>Answer within %n hour(s)</source>
        <translation>
            <numerusform>Odpowiedz w ciągu %n godziny</numerusform>
            <numerusform>Odpowiedz w ciągu %n godzin</numerusform>
            <numerusform>Odpowiedz w ciągu %n godzin</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="413"/>
        <source>Publish passages the guard flagged?</source>
        <translation>Opublikować fragmenty oznaczone przez kontrolę poufności?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="415"/>
        <source>A public reply must not confirm that someone is a patient or mention health details, dates, prices or full names. Regulators have fined practices for such replies.

{lines}

Publish these passages anyway? Your confirmation is recorded.</source>
        <translation>Publiczna odpowiedź nie może potwierdzać, że ktoś jest pacjentem, ani zawierać informacji o zdrowiu, dat, cen czy imion i nazwisk. Organy nadzoru nakładały już na przychodnie kary za takie odpowiedzi.

{lines}

Czy mimo to opublikować te fragmenty? Twoje potwierdzenie zostanie zapisane.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="457"/>
        <source>Publishing…</source>
        <translation>Publikowanie…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="478"/>
        <source>Not published: fix the highlighted passages first.</source>
        <translation>Nie opublikowano: najpierw popraw wyróżnione fragmenty.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/reply_editor.py" line="494"/>
        <source>Copied. Paste it on the review&apos;s page, then press “Mark answered”.</source>
        <translation>Skopiowano. Wklej odpowiedź na stronie opinii, a następnie kliknij „Oznacz jako z odpowiedzią”.</translation>
    </message>
    <message>
        <source>“{words}” — {rule}: {reason}</source>
        <translation>„{words}” — {rule}: {reason}</translation>
    </message>
    <message>
        <source>Safer: “{rewrite}” (double-click to use it)</source>
        <translation>Bezpieczniej: „{rewrite}” (kliknij dwukrotnie, aby użyć)</translation>
    </message>
    <message>
        <source>Why: {law}</source>
        <translation>Podstawa: {law}</translation>
    </message>
    <message>
        <source>A reward for reviews can never be published: remove it first.</source>
        <translation>Nagrody za opinie nie wolno publikować: najpierw ją usuń.</translation>
    </message>
    <message>
        <source>Checking the long reply…</source>
        <translation>Sprawdzamy długą odpowiedź…</translation>
    </message>
</context>
<context>
    <name>ReplyKind</name>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="27"/>
        <source>Praise</source>
        <translation>Pochwała</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="28"/>
        <source>Mixed feedback</source>
        <translation>Opinia mieszana</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="29"/>
        <source>Complaint</source>
        <translation>Skarga</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="30"/>
        <source>Misinformation</source>
        <translation>Nieprawdziwe informacje</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/guidelines/kinds.py" line="31"/>
        <source>Crisis</source>
        <translation>Kryzys</translation>
    </message>
</context>
<context>
    <name>ReportDialogs</name>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="47"/>
        <source>Saved to {path}</source>
        <translation>Zapisano: {path}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="49"/>
        <source>Open</source>
        <translation>Otwórz</translation>
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
        <translation>Eksport opinii</translation>
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
        <translation>%n min</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/language.py" line="112"/>
        <source>{hours} h</source>
        <translation>{hours} godz.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/language.py" line="115"/>
        <source>{days} days</source>
        <translation>{days} dni</translation>
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
        <translation>Wręczaj kartę każdemu pacjentowi jednakowo. Proszenie o opinię tylko tych pacjentów, którzy prawdopodobnie są zadowoleni („review gating”), narusza zasady Google, Yelp, Trustpilot i innych platform, które mogą za to usunąć Twoje opinie.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="212"/>
        <source>How was your visit?</source>
        <translation>Jak oceniają Państwo wizytę?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="213"/>
        <source>Tell us and other patients on {platform}: point your phone&apos;s camera at the code.</source>
        <translation>Prosimy podzielić się opinią z nami i innymi pacjentami w serwisie {platform}: wystarczy skierować aparat telefonu na kod.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="219"/>
        <source>Every review helps us improve, whatever it says. Thank you!</source>
        <translation>Każda opinia, niezależnie od treści, pomaga nam się doskonalić. Dziękujemy!</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/reports/request_card.py" line="223"/>
        <source>Review request card for {platform}</source>
        <translation>Karta z prośbą o opinię w serwisie {platform}</translation>
    </message>
</context>
<context>
    <name>RequestCardDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="162"/>
        <source>Review-request card</source>
        <translation>Karta z prośbą o opinię</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="165"/>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="170"/>
        <source>Link to the review page</source>
        <translation>Link do strony z opiniami</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="173"/>
        <source>Language of the card</source>
        <translation>Język karty</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="177"/>
        <source>Layout</source>
        <translation>Układ</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="178"/>
        <source>One poster for the desk</source>
        <translation>Jeden plakat do rejestracji</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="179"/>
        <source>Four cards to cut out</source>
        <translation>Cztery karty do wycięcia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="186"/>
        <source>Platform:</source>
        <translation>Platforma:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="187"/>
        <source>Review page link:</source>
        <translation>Link do strony z opiniami:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="188"/>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/report_dialogs.py" line="189"/>
        <source>Layout:</source>
        <translation>Układ:</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="56"/>
        <source>Selected review</source>
        <translation>Wybrana opinia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="77"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="87"/>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="88"/>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="89"/>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="90"/>
        <source>Analysis:</source>
        <translation>Analiza:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="91"/>
        <source>Urgency:</source>
        <translation>Pilność:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="92"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="97"/>
        <source>Review text</source>
        <translation>Treść opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="104"/>
        <source>Earlier versions and replies</source>
        <translation>Wcześniejsze wersje i odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="107"/>
        <source>Open on the platform</source>
        <translation>Otwórz na platformie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="129"/>
        <source>No review selected</source>
        <translation>Nie wybrano opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="147"/>
        <source>(no name)</source>
        <translation>(bez podpisu)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="169"/>
        <source>The platform shows only an excerpt here; open it to read it all.</source>
        <translation>Platforma udostępnia tu tylko fragment; otwórz opinię, aby przeczytać całość.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="172"/>
        <source>The author edited this review; earlier text is below.</source>
        <translation>Autor zmienił tę opinię; wcześniejsza treść znajduje się poniżej.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="174"/>
        <source>This review is no longer on the platform. It is kept here.</source>
        <translation>Tej opinii nie ma już na platformie. Zostaje zachowana tutaj.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="178"/>
        <source>(rating only, no text)</source>
        <translation>(tylko ocena, bez tekstu)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="187"/>
        <source>Translation by the platform:</source>
        <translation>Tłumaczenie platformy:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="190"/>
        <source>The practice&apos;s reply on the platform:</source>
        <translation>Odpowiedź przychodni na platformie:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/review_pane.py" line="196"/>
        <source>Earlier version (replaced {date}), {stars}:</source>
        <translation>Wcześniejsza wersja (zastąpiona {date}), {stars}:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="42"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="49"/>
        <source>e.g. Anna Nowak, practice manager</source>
        <translation>np. Anna Nowak, kierownik przychodni</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="52"/>
        <source>Languages the practice answers in, e.g. en, pl, ru, uk, zh</source>
        <translation>Języki, w których odpowiada przychodnia, np. en, pl, ru, uk, zh</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="55"/>
        <source>Practice name:</source>
        <translation>Nazwa przychodni:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="56"/>
        <source>Phone for replies:</source>
        <translation>Telefon podawany w odpowiedziach:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="57"/>
        <source>E-mail for replies:</source>
        <translation>E-mail podawany w odpowiedziach:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="58"/>
        <source>Replies signed by:</source>
        <translation>Podpis pod odpowiedziami:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="59"/>
        <source>Reply languages:</source>
        <translation>Języki odpowiedzi:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="65"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="74"/>
        <source>Alert when negative reviews in a day or week exceed the usual rate this many times</source>
        <translation>Alert, gdy liczba negatywnych opinii w ciągu dnia lub tygodnia tyle razy przekroczy zwykły poziom</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="81"/>
        <source>Aim to answer within:</source>
        <translation>Docelowy czas odpowiedzi:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="82"/>
        <source>Answer at the latest within:</source>
        <translation>Maksymalny czas odpowiedzi:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="83"/>
        <source>Check for new reviews every:</source>
        <translation>Sprawdzaj nowe opinie co:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="84"/>
        <source>Spike alert threshold:</source>
        <translation>Próg alertu o nagłym wzroście:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="85"/>
        <source>Urgent review alert from urgency:</source>
        <translation>Alert o pilnej opinii od poziomu pilności:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="88"/>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="94"/>
        <source>Same as the system</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="94"/>
        <source>Light</source>
        <translation>Jasne</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="94"/>
        <source>Dark</source>
        <translation>Ciemne</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="99"/>
        <source>Language of clinicrep:</source>
        <translation>Język clinicrep:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="100"/>
        <source>Colours:</source>
        <translation>Kolory:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="111"/>
        <source>The practice</source>
        <translation>Przychodnia</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="112"/>
        <source>Answer times, checks and alerts</source>
        <translation>Czas odpowiedzi, sprawdzanie i alerty</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="113"/>
        <source>Language and look</source>
        <translation>Język i wygląd</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/settings_dialog.py" line="133"/>
        <source> h</source>
        <translation> godz.</translation>
    </message>
    <message>
        <source>The reply guard applies this country&apos;s confidentiality rules and cites its law.</source>
        <translation>Kontrola odpowiedzi stosuje zasady poufności tego kraju i powołuje się na jego prawo.</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Kraj:</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Stany Zjednoczone</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Wielka Brytania</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Rosja</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraina</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polska</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Chiny</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>Inny kraj</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="82"/>
        <source>Connect a platform</source>
        <translation>Połącz platformę</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="82"/>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="86"/>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="95"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="97"/>
        <source>Language of the reviews</source>
        <translation>Język opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="111"/>
        <source>Platform:</source>
        <translation>Platforma:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="112"/>
        <source>Name shown in clinicrep:</source>
        <translation>Nazwa widoczna w clinicrep:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="113"/>
        <source>Language of the reviews:</source>
        <translation>Język opinii:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="140"/>
        <source>Replies cannot be posted from clinicrep here: it copies the reply and opens the review&apos;s page.</source>
        <translation>W tym serwisie nie można publikować odpowiedzi z clinicrep: program skopiuje odpowiedź i otworzy stronę opinii.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="161"/>
        <source>(kept; type to replace)</source>
        <translation>(zapisane; wpisz, aby zastąpić)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="184"/>
        <source>Please fill in: {fields}</source>
        <translation>Uzupełnij: {fields}</translation>
    </message>
</context>
<context>
    <name>SourceKinds</name>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="86"/>
        <source>Google Business Profile</source>
        <translation>Profil Firmy w Google</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="110"/>
        <source>Needs your own Google Cloud project approved for the Business Profile APIs.</source>
        <translation>Wymaga własnego projektu Google Cloud z dostępem do interfejsów API Profilu Firmy.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="120"/>
        <source>Facebook Page recommendations</source>
        <translation>Rekomendacje strony na Facebooku</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="138"/>
        <source>Facebook is retiring access to Page recommendations; it works with Graph API v21.0 for now and may stop without notice.</source>
        <translation>Facebook wycofuje dostęp do rekomendacji stron; na razie działa z Graph API v21.0 i może przestać działać bez uprzedzenia.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="149"/>
        <source>Yelp</source>
        <translation>Yelp</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="171"/>
        <source>Yelp shows at most three review excerpts and has no reply API: answer on Yelp.</source>
        <translation>Yelp udostępnia najwyżej trzy fragmenty opinii i nie ma API do odpowiedzi: odpowiadaj w serwisie Yelp.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="181"/>
        <source>Trustpilot</source>
        <translation>Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="208"/>
        <source>Reviews saved in a file (CSV)</source>
        <translation>Opinie zapisane w pliku (CSV)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="217"/>
        <source>For ZnanyLekarz, 2GIS, ProDoctorov, Dianping, RateMDs and other sites without an API: save or export the reviews as a table and import the file.</source>
        <translation>Dla ZnanyLekarz, 2GIS, ProDoctorov, Dianping, RateMDs i innych serwisów bez API: zapisz lub wyeksportuj opinie jako tabelę i zaimportuj plik.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="228"/>
        <source>Offline feedback</source>
        <translation>Opinie spoza internetu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="235"/>
        <source>Demo reviews</source>
        <translation>Opinie demonstracyjne</translation>
    </message>
</context>
<context>
    <name>SourceSettings</name>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="90"/>
        <source>OAuth client secret</source>
        <translation>Tajny klucz klienta OAuth</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="93"/>
        <source>Google sign-in</source>
        <translation>Logowanie Google</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="97"/>
        <source>OAuth client ID</source>
        <translation>Identyfikator klienta OAuth</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="100"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="103"/>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="106"/>
        <source>Place ID</source>
        <translation>Identyfikator miejsca (Place ID)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="124"/>
        <source>Page access token</source>
        <translation>Token dostępu do strony</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="128"/>
        <source>Page ID</source>
        <translation>Identyfikator strony (Page ID)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="131"/>
        <source>Graph API version</source>
        <translation>Wersja Graph API</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="152"/>
        <source>Yelp Fusion API key</source>
        <translation>Klucz API Yelp Fusion</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="156"/>
        <source>Business ID or alias</source>
        <translation>Identyfikator lub alias firmy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="160"/>
        <source>Business time zone</source>
        <translation>Strefa czasowa firmy</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="166"/>
        <source>Locale, e.g. en_US</source>
        <translation>Ustawienia regionalne, np. en_US</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="184"/>
        <source>API key</source>
        <translation>Klucz API</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="185"/>
        <source>API secret</source>
        <translation>Tajny klucz API</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="187"/>
        <source>Trustpilot sign-in</source>
        <translation>Logowanie Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="192"/>
        <source>Business unit ID</source>
        <translation>Identyfikator jednostki (Business unit ID)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="196"/>
        <source>Business user ID (replies)</source>
        <translation>Identyfikator użytkownika firmy (odpowiedzi)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="200"/>
        <location filename="../../src/clinicrep/sources/registry.py" line="213"/>
        <source>Review page</source>
        <translation>Strona z opiniami</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sources/registry.py" line="211"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="61"/>
        <source>No secure storage</source>
        <translation>Brak bezpiecznego magazynu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="64"/>
        <source>Keep this sign-in until clinicrep closes? It is never written to disk.</source>
        <translation>Zachować to logowanie do zamknięcia clinicrep? Nigdy nie jest ono zapisywane na dysku.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="228"/>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="233"/>
        <source>Connected sources</source>
        <translation>Połączone źródła</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="235"/>
        <source>Connect a platform…</source>
        <translation>Połącz platformę…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="237"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="239"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="241"/>
        <source>Sign in…</source>
        <translation>Zaloguj się…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="243"/>
        <source>Let clinicrep read and answer this source&apos;s reviews (Google, Trustpilot)</source>
        <translation>Zezwól clinicrep na odczyt opinii z tego źródła i odpowiadanie na nie (Google, Trustpilot)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="246"/>
        <source>Sync now</source>
        <translation>Synchronizuj</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="271"/>
        <source>Last checked {when}</source>
        <translation>Ostatnio sprawdzono: {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="275"/>
        <source>Not checked yet</source>
        <translation>Jeszcze nie sprawdzono</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="310"/>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="316"/>
        <source>Sign in to Trustpilot</source>
        <translation>Logowanie do Trustpilot</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="310"/>
        <source>Trustpilot Business e-mail:</source>
        <translation>E-mail konta Trustpilot Business:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="317"/>
        <source>Password (used once, not stored):</source>
        <translation>Hasło (użyte jednorazowo, nie jest zapisywane):</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="333"/>
        <source>Signed in. Replies can now be published.</source>
        <translation>Zalogowano. Można już publikować odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="350"/>
        <source>Select a Google source first.</source>
        <translation>Najpierw wybierz źródło Google.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="387"/>
        <source>Signed in, but this Google account manages no business location.</source>
        <translation>Zalogowano, ale to konto Google nie zarządza żadną lokalizacją firmy.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="394"/>
        <source>Choose the location</source>
        <translation>Wybierz lokalizację</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="394"/>
        <source>Location:</source>
        <translation>Lokalizacja:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="414"/>
        <source>Remove source</source>
        <translation>Usuń źródło</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/sources_dialog.py" line="416"/>
        <source>Remove {name} and the reviews fetched from it? The reviews stay on the platform; only clinicrep&apos;s copy and its sign-in are removed.</source>
        <translation>Usunąć źródło {name} i pobrane z niego opinie? Opinie pozostaną na platformie; usunięta zostanie tylko kopia w clinicrep i dane logowania.</translation>
    </message>
</context>
<context>
    <name>StoreRecovery</name>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="45"/>
        <source>The database file: {path}</source>
        <translation>Plik bazy danych: {path}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="53"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="58"/>
        <source>Restore a backup…</source>
        <translation>Przywróć kopię zapasową…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="62"/>
        <source>Choose another folder…</source>
        <translation>Wybierz inny folder…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="66"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="87"/>
        <source>Daily copy of {day}</source>
        <translation>Kopia dzienna z {day}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="89"/>
        <source>Copy made before an update, {when}</source>
        <translation>Kopia sprzed aktualizacji, {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="92"/>
        <source>Copy made before a restore, {when}</source>
        <translation>Kopia sprzed przywracania, {when}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="104"/>
        <source>No backup copies were found in {folder}. Choose another folder instead, or copy a backup file there.</source>
        <translation>W folderze {folder} nie znaleziono kopii zapasowych. Wybierz inny folder lub skopiuj tam plik kopii zapasowej.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="117"/>
        <source>Restore a backup</source>
        <translation>Przywracanie kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="118"/>
        <source>Choose the copy to restore. The data there now is kept as a copy first.</source>
        <translation>Wybierz kopię do przywrócenia. Obecne dane zostaną najpierw zachowane jako kopia.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="140"/>
        <source>That copy was not restored; nothing was changed. {reason}</source>
        <translation>Nie przywrócono tej kopii; nic nie zostało zmienione. {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="152"/>
        <source>Choose a folder for clinicrep&apos;s data</source>
        <translation>Wybierz folder na dane clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/store_recovery.py" line="161"/>
        <source>clinicrep uses {folder} until it is closed. To use this folder every time, start clinicrep with --data-dir &quot;{folder}&quot;, or set the environment variable CLINICREP_DATA_DIR to it.</source>
        <translation>clinicrep będzie używać folderu {folder} do momentu zamknięcia. Aby używać go zawsze, uruchamiaj clinicrep z opcją --data-dir "{folder}" lub ustaw na ten folder zmienną środowiskową CLINICREP_DATA_DIR.</translation>
    </message>
</context>
<context>
    <name>SyncCli</name>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="279"/>
        <source>{source}: {n} of about {total} reviews read</source>
        <translation>{source} — odczytano {n} z ok. {total} opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="283"/>
        <source>{source}: {n} reviews read</source>
        <translation>{source} — odczytane opinie: {n}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="302"/>
        <source>Stopped. What was already fetched is kept.</source>
        <translation>Zatrzymano. To, co już pobrano, zostaje zachowane.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="308"/>
        <source>No source is called “{name}”. Check the name in Sources.</source>
        <translation>Nie ma źródła o nazwie „{name}”. Sprawdź nazwę w Źródłach.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="320"/>
        <source>{source}: {message}</source>
        <translation>{source}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="327"/>
        <source>{source}: {new} new, {changed} changed</source>
        <translation>{source} — nowe: {new}, zmienione: {changed}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/sync.py" line="332"/>
        <source>No sources to sync. Add one in Sources.</source>
        <translation>Brak źródeł do synchronizacji. Dodaj źródło w Źródłach.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/monitoring/unattended.py" line="73"/>
        <source>Another check is running right now; this one was skipped.</source>
        <translation>Trwa już inne sprawdzanie; to zostało pominięte.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="47"/>
        <source>Reply templates</source>
        <translation>Szablony odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="53"/>
        <source>Language of the templates</source>
        <translation>Język szablonów</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="58"/>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="62"/>
        <source>Template name</source>
        <translation>Nazwa szablonu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="64"/>
        <source>Kind of review</source>
        <translation>Rodzaj opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="68"/>
        <source>Template text</source>
        <translation>Treść szablonu</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="72"/>
        <source>Placeholders: {greeting} {first_name} {practice_name} {contact} {contact_phone} {contact_email} {signer}</source>
        <translation>Pola do wstawienia: {greeting} {first_name} {practice_name} {contact} {contact_phone} {contact_email} {signer}</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="84"/>
        <source>Save changes</source>
        <translation>Zapisz zmiany</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="86"/>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="176"/>
        <source>New template</source>
        <translation>Nowy szablon</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="88"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="90"/>
        <source>Restore the defaults</source>
        <translation>Przywróć domyślne</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="95"/>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="96"/>
        <source>For:</source>
        <translation>Dla:</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="129"/>
        <source>(edited)</source>
        <translation>(zmieniony)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="188"/>
        <source>Delete the template “{name}”?</source>
        <translation>Usunąć szablon „{name}”?</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/templates_dialog.py" line="199"/>
        <source>Restore the original templates in this language? Your edits to them are undone; templates you added yourself stay.</source>
        <translation>Przywrócić oryginalne szablony w tym języku? Twoje zmiany w nich zostaną cofnięte; szablony dodane przez Ciebie pozostaną.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="144"/>
        <source>clinicrep is not checking for reviews</source>
        <translation>clinicrep nie sprawdza nowych opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/alerts.py" line="157"/>
        <source>clinicrep alert</source>
        <translation>Alert clinicrep</translation>
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
        <translation>zawiera słowo „{word}” (kroki prawne)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="149"/>
        <source>mentions “{word}” (possible harm)</source>
        <translation>zawiera słowo „{word}” (możliwa szkoda)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="150"/>
        <source>mentions “{word}” (a regulator)</source>
        <translation>zawiera słowo „{word}” (organ nadzoru)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="151"/>
        <source>mentions “{word}” (the press or social media)</source>
        <translation>zawiera słowo „{word}” (prasa lub media społecznościowe)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="154"/>
        <source>may spread false medical information (“{word}”)</source>
        <translation>może szerzyć nieprawdziwe informacje medyczne („{word}”)</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="157"/>
        <source>angry tone</source>
        <translation>gniewny ton</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="158"/>
        <source>negative text</source>
        <translation>negatywna treść</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="159"/>
        <source>a complaint inside a good review</source>
        <translation>skarga w dobrej opinii</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="160"/>
        <source>does not recommend</source>
        <translation>nie poleca</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="161"/>
        <source>many negative reviews at once</source>
        <translation>wiele negatywnych opinii naraz</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="227"/>
        <source>{count} negative reviews in the last 24 hours (usually {usual:.1f}).</source>
        <translation>Negatywne opinie w ciągu ostatnich 24 godzin: {count} (zwykle {usual:.1f}).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="231"/>
        <source>{count} negative reviews in the last 7 days (usually {usual:.1f}).</source>
        <translation>Negatywne opinie w ciągu ostatnich 7 dni: {count} (zwykle {usual:.1f}).</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="239"/>
        <source>An urgent review (urgency {urgency}): {reason}.</source>
        <translation>Pilna opinia (pilność {urgency}): {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/analysis/triage.py" line="242"/>
        <source>An urgent review (urgency {urgency}).</source>
        <translation>Pilna opinia (pilność {urgency}).</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="27"/>
        <source>Welcome to clinicrep</source>
        <translation>Witamy w clinicrep</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="31"/>
        <source>Bring every review of your practice into one inbox. Start by connecting a platform, or import reviews you saved from a website. Your data stays on this computer.</source>
        <translation>Zbierz wszystkie opinie o swojej przychodni w jednej skrzynce. Zacznij od połączenia platformy lub zaimportuj opinie zapisane z serwisu internetowego. Twoje dane pozostają na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="37"/>
        <source>Connect a platform…</source>
        <translation>Połącz platformę…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="39"/>
        <source>Import a file…</source>
        <translation>Importuj plik…</translation>
    </message>
    <message>
        <location filename="../../src/clinicrep/ui/welcome.py" line="42"/>
        <source>Try the demo (made-up reviews, in a separate window)</source>
        <translation>Wypróbuj wersję demonstracyjną (fikcyjne opinie, w osobnym oknie)</translation>
    </message>
</context>
<context>
    <name>GuardLaw</name>
    <message>
        <source>FTC rule on consumer reviews (16 CFR 465); platform rules</source>
        <translation>Przepisy FTC o opiniach konsumentów (16 CFR 465); regulaminy platform</translation>
    </message>
    <message>
        <source>Digital Markets, Competition and Consumers Act 2024; platform rules</source>
        <translation>Ustawa o rynkach cyfrowych, konkurencji i konsumentach z 2024 r. (Wielka Brytania); regulaminy platform</translation>
    </message>
    <message>
        <source>Federal Law 38-FZ on advertising; platform rules</source>
        <translation>Rosyjska ustawa federalna 38-FZ o reklamie; regulaminy platform</translation>
    </message>
    <message>
        <source>Law of Ukraine on consumer rights protection; platform rules</source>
        <translation>Ukraińska ustawa o ochronie praw konsumentów; regulaminy platform</translation>
    </message>
    <message>
        <source>Act on counteracting unfair market practices; platform rules</source>
        <translation>Ustawa o przeciwdziałaniu nieuczciwym praktykom rynkowym; regulaminy platform</translation>
    </message>
    <message>
        <source>Anti-Unfair Competition Law; E-Commerce Law art. 17</source>
        <translation>Chińska ustawa o zwalczaniu nieuczciwej konkurencji; ustawa o handlu elektronicznym, art. 17</translation>
    </message>
    <message>
        <source>Review platforms&apos; rules (Google, Yelp and others)</source>
        <translation>Regulaminy serwisów z opiniami (Google, Yelp i inne)</translation>
    </message>
    <message>
        <source>HIPAA Privacy Rule (45 CFR 164.502)</source>
        <translation>Zasada prywatności HIPAA (45 CFR 164.502)</translation>
    </message>
    <message>
        <source>UK GDPR art. 9; GMC guidance on confidentiality</source>
        <translation>UK GDPR, art. 9; wytyczne GMC dotyczące poufności</translation>
    </message>
    <message>
        <source>Federal Law 323-FZ, art. 13 (medical secrecy)</source>
        <translation>Rosyjska ustawa federalna 323-FZ, art. 13 (tajemnica lekarska)</translation>
    </message>
    <message>
        <source>Fundamentals of the legislation of Ukraine on health care, art. 40</source>
        <translation>Podstawy ustawodawstwa Ukrainy o ochronie zdrowia, art. 40 (tajemnica lekarska)</translation>
    </message>
    <message>
        <source>Act on patient rights, art. 13-14 (medical secrecy)</source>
        <translation>Ustawa o prawach pacjenta, art. 13–14 (tajemnica lekarska)</translation>
    </message>
    <message>
        <source>Physicians Law art. 56; Personal Information Protection Law</source>
        <translation>Chińska ustawa o lekarzach, art. 56; ustawa o ochronie danych osobowych</translation>
    </message>
    <message>
        <source>Medical confidentiality and data protection law</source>
        <translation>Przepisy o tajemnicy lekarskiej i ochronie danych</translation>
    </message>
</context>
</TS>
