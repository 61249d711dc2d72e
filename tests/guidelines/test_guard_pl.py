"""The confidentiality guard on Polish replies, rule by rule.

A practice manager writes a reply in Polish; the guard must stop the sentences that tell the
public someone is a patient (and what for, when, for how much) and let through what a practice
may say in public: thanks, policy statements, general offers, corrections of misinformation.
The sentences are written for these tests, not taken from the labelled reply set.
"""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems
from clinicrep.guidelines.languages import morphology


def rules_of(reply: str, *, reviewer: str = "Jan K.", review: str = "") -> set[str]:
    findings = find_confidentiality_problems(
        reply, review_text=review, language="pl", reviewer_name=reviewer
    )
    return {f.rule for f in findings}


# --- word families ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("wizyta", ["wizyty", "wizycie", "wizytą", "wizyt"]),
        ("konsultacja", ["konsultacji", "konsultację", "konsultacjach"]),
        ("ósemka", ["ósemki", "ósemce", "ósemek"]),
        ("badanie", ["badania", "badań", "badaniem"]),
        ("udar", ["udaru", "udarze"]),
        ("ząbek", ["ząbki", "ząbka", "ząbek"]),
        ("implant", ["implantu", "implancie", "implantami"]),
        ("recepta", ["recepty", "recepcie", "receptę"]),
    ],
)
def test_a_polish_word_is_found_in_every_case(lemma: str, forms: list[str]) -> None:
    pl = morphology("pl")
    stem = pl.stem(lemma)
    for form in forms:
        assert stem in pl.candidate_stems(form), (lemma, form)


def test_reception_is_not_a_prescription() -> None:
    pl = morphology("pl")
    assert pl.stem("recepta") not in pl.candidate_stems("recepcja")
    assert pl.stem("recepta") not in pl.candidate_stems("recepcji")
    assert not rules_of("Recepcja jest czynna od 8:00 do 20:00.")
    assert not rules_of("Informujemy, że recepcja w sobotę jest nieczynna.")


# --- what must be blocked, per rule -----------------------------------------------------------

BLOCKED = {
    "confirms_patient": [
        "Dziękujemy! Jest Pan naszym wieloletnim pacjentem i zawsze chętnie Pana widzimy.",
        "Pani Zofio, miło było Panią leczyć przez te wszystkie lata.",
        "Dziękujemy za opinię. Dr Kowalczyk chętnie przyjmie Pana ponownie.",
        "Zapraszamy na wizytę kontrolną za pół roku.",
        "Pani lekarz prowadzący przekazał, że wszystko jest w porządku.",
        "Dziękujemy, że od lat powierza nam Pani swoje zdrowie.",
        "Miło nam, że wróciła Pani do nas po przerwie.",
        "Dziękujemy! Pani tata jest u nas pod stałą kontrolą kardiologiczną.",
        "Dziękujemy za opinię. Pan Zenon od lat jest naszym najwierniejszym pacjentem.",
        "Czekamy na Panią za miesiąc na zdjęcie szwów.",
        "Pani Moniko, widzimy w systemie, że odwołała Pani dwie wizyty.",
        "Dziękujemy za polecenie! Widzimy się na przeglądzie.",
        "U nas każdy jest ważny. Cieszymy się, że wizyty u ortopedy przyniosły poprawę.",
        "Dziękujemy za opinię. Mamy nowy aparat RTG i to na nim robiliśmy Pani zdjęcie.",
        "Przykro nam. Zgodnie z Pana prośbą usunęliśmy Pana z listy pacjentów przychodni.",
        "Dziękujemy! Tym razem była Pani dużo spokojniejsza niż za pierwszym razem.",
        "Dziękujemy. Pacjentka, o której mowa, otrzymała pełną pomoc.",
        "Dziękujemy za piękne słowa. Opieka nad Panem była dla nas przyjemnością.",
        "Dziękujemy! Państwa synek był najdzielniejszy na fotelu.",
        "Dziękujemy! Rodzina Kowalczyków to nasi ulubieni goście.",
        "Dziękujemy! Zapisaliśmy Panią na kolejny tydzień.",
        "Dziękujemy, Pani Ulu! Jak się Pani miewa po powrocie do domu?",
    ],
    "health_detail": [
        "Dziękujemy! Zdjęcie RTG wykazało, że ząb jest zdrowy.",
        "Mamy nadzieję, że po wyrwaniu ósemki opuchlizna już zeszła.",
        "Wynik TSH jest prawidłowy, więc nie trzeba zmieniać dawki.",
        "Dziękujemy! Zaćma była zaawansowana, ale operacja się udała.",
        "Prosimy pamiętać o odstawieniu aspiryny przed ekstrakcją.",
        "Dziękujemy za cierpliwość. Histopatologia potwierdziła, że zmiana była łagodna.",
        "Dziękujemy! Przyjmowała Pani metforminę, dlatego zaleciliśmy kontrolę cukru.",
        "Dziękujemy, Pani Bogusiu. Po mastektomii rehabilitacja jest bardzo ważna.",
    ],
    "date": [
        "Pani Katarzyno, 15 marca przyjęła Panią dr Nowak.",
        "Pani wizyta dwudziestego pierwszego listopada była ostatnią przed urlopem lekarza.",
        "Dziękujemy! W zeszłą środę przyjmowała Panią dr Lis.",
        "Przepraszamy, że w sobotę rano musiała Pani tak długo czekać.",
        "Dziękujemy! Tuż przed świętami mieliśmy ogromny ruch, stąd opóźnienie.",
        "Szwy zdejmiemy, gdy będzie Pani umówiona na wpół do dziesiątej.",
    ],
    "billing": [
        "Zapłaciła Pani 350 zł, co jest zgodne z cennikiem.",
        "Pana abonament obejmuje tę konsultację.",
        "Dziękujemy za opinię, Panie Stefanie. Koszt protezy pokrył w całości NFZ.",
        "Pani Wioletto, przepraszamy za pomyłkę w fakturze.",
        "Wiemy, że było trudno, dlatego rozłożyliśmy płatność na raty.",
    ],
    "reward": [
        "Za pozytywną opinię otrzyma Pani rabat 10% na higienizację.",
        "Każda osoba, która wystawi nam recenzję, otrzyma darmowy przegląd.",
        "Wśród autorów opinii rozlosujemy elektryczną szczoteczkę.",
        "W podziękowaniu za opinię mamy dla Pani drobny upominek.",
        "Odliczymy Pani 30 zł od kolejnej wizyty za tę opinię.",
        "Dziękujemy! Za wystawienie opinii przysługuje Pani bezpłatna fluoryzacja.",
    ],
    "new_information": [
        "Wiemy, że po śmierci męża było Pani ciężko.",
        "Rozumiemy, że straciła Pani pracę, dlatego proponujemy ratalną spłatę.",
    ],
}


@pytest.mark.parametrize(
    ("rule", "reply"), [(rule, reply) for rule, replies in BLOCKED.items() for reply in replies]
)
def test_a_reply_that_reveals_a_patient_is_blocked(rule: str, reply: str) -> None:
    assert rule in rules_of(reply), reply


@pytest.mark.parametrize(
    ("reply", "rule"),
    [
        ("Dziękujemy! Jest Pan naszym wieloletnim pacjentem.", "confirms_patient"),
        ("Cieszymy się, że leczenie pomogło i ból kolana ustąpił.", "confirms_patient"),
        ("Dziękujemy! Pana syn był bardzo dzielny podczas zakładania plomby.", "health_detail"),
        ("Leczenie kanałowe dolnej szóstki skończymy w przyszłym tygodniu.", "health_detail"),
        ("Dziękujemy za wizytę w zeszły piątek.", "date"),
        ("Pani wizyta była w ramach NFZ, więc nie pobieraliśmy opłat.", "billing"),
        ("Za każdą ocenę pięciogwiazdkową dajemy voucher na wybielanie.", "reward"),
        ("Dziękujemy, Pani Anno! Pani Anna Kowalska była u nas na badaniu.", "full_name"),
    ],
)
def test_the_finding_names_the_rule_it_breaks(reply: str, rule: str) -> None:
    assert rule in rules_of(reply, reviewer="")


def test_a_reward_for_a_review_is_never_overridable() -> None:
    findings = find_confidentiality_problems(
        "Dziękujemy! Wśród autorów opinii rozlosujemy bon na 200 zł.", language="pl"
    )
    rewards = [f for f in findings if f.rule == "reward"]
    assert rewards and not any(f.overridable for f in rewards)


# --- what a practice may say in public ---------------------------------------------------------

PASSING = {
    "policy statements": [
        "Nie komentujemy publicznie niczyjego leczenia, prosimy o kontakt telefoniczny.",
        "Ze względu na tajemnicę lekarską nie możemy odnieść się do szczegółów.",
        "Nie możemy potwierdzić, czy ktokolwiek był u nas pacjentem.",
        "Szczegóły leczenia omawiamy wyłącznie w gabinecie, nigdy w internecie.",
        "Nie udzielamy informacji o pacjentach przez telefon ani w internecie.",
        "Nigdy nie wystawiamy recept bez konsultacji lekarskiej.",
    ],
    "general offers": [
        "Mamy nowy aparat RTG, który zmniejsza dawkę promieniowania.",
        "Przyjmujemy w ramach NFZ oraz prywatnie.",
        "Leczenie kanałowe wykonujemy pod mikroskopem.",
        "Implanty zakładamy w znieczuleniu miejscowym, a cały zabieg trwa około godziny.",
        "Wizyta u dermatologa kosztuje 250 zł, a dermatoskopia znamion 150 zł.",
        "Na rehabilitację w ramach NFZ potrzebne jest skierowanie od lekarza.",
        "Nasza pracownia RTG wykonuje zdjęcia pantomograficzne na miejscu.",
        "Wyniki badań laboratoryjnych są zwykle dostępne po dwóch dniach.",
        "Oferujemy bezpłatne konsultacje ortodontyczne dla dzieci.",
        "Dla pacjentów po 65. roku życia przygotowaliśmy specjalną linię telefoniczną.",
        "Przed badaniem krwi należy być na czczo.",
        "W razie bólu zęba w weekend prosimy dzwonić na numer dyżurny.",
    ],
    "misinformation corrections": [
        "To nieprawda, że pobieramy opłaty za wystawienie recepty.",
        "Wbrew temu, co napisano, nasi lekarze mają pełne uprawnienia.",
        "Nie oferujemy żadnych rabatów w zamian za opinie.",
        "Dla jasności: za wizyty u nas nie pobieramy opłat rejestracyjnych.",
    ],
    "more general statements": [
        "Przykro nam to czytać. Naszą zasadą jest nieomawianie diagnoz ani wizyt w internecie.",
        "Nigdy nie omawiamy publicznie płatności. Prosimy o kontakt z działem rozliczeń.",
        "Pani Kasiu, przy leczeniu powyżej 2000 zł proponujemy raty 0%, szczegóły są w cenniku.",
        "To nieprawda. Leki w naszym punkcie są co tydzień sprawdzane.",
        "Tak, nasi stomatolodzy wykonali tysiące zabiegów leczenia kanałowego i implantacji.",
        "Bez wcześniejszej wizyty farmaceuta doradzi w sprawie antybiotyków i leków bez recepty.",
        "Znajdujemy się na parterze centrum medycznego, obok punktu pobrań krwi.",
        "Zaliczka jest zwracana przy odwołaniu wizyty 48 godzin wcześniej.",
        "W przychodni przyjmują neurolodzy zajmujący się bólami głowy, w tym migreną.",
        "Wszystkie szczepionki są przechowywane w kontrolowanej temperaturze.",
        "Tak, w pracowni endoskopii wykonujemy gastroskopię i kolonoskopię w sedacji.",
        "Większość wyników jest gotowa następnego dnia, można je odebrać w aplikacji.",
        "Zgodnie z regulaminem kontrola po zabiegach chirurgicznych jest wliczona w cenę leczenia.",
        "Dziękujemy za pytanie, Pani Weroniko. Implanty wykonujemy w naszym gabinecie.",
        "Pani Aniu, dziękujemy! Tak, w soboty też przyjmujemy.",
    ],
    "thanks and invitations": [
        "Dziękujemy za opinię i życzymy dużo zdrowia!",
        "Przekażemy Pani słowa całemu zespołowi.",
        "Pani doktor Lis na pewno ucieszy się z tych słów.",
        "Zadowolony pacjent to dla nas najlepsza reklama.",
        "Państwa opinie są dla nas najlepszą nagrodą.",
        "Czekamy na Pana telefon, aby wyjaśnić sprawę.",
        "Mamy nadzieję, że następnym razem wszystko pójdzie sprawniej.",
        "Cieszymy się, że udało się wyjaśnić nieporozumienie.",
        "Zawsze służymy pomocą, również Państwa bliskim.",
        "Jesteśmy dumni z naszego zespołu pielęgniarek.",
        "Lęk przed dentystą jest powszechny i dobrze go rozumiemy.",
        "Panie z rejestracji bardzo się ucieszyły z tej opinii.",
        "Dziękujemy Pani za miłe słowa o naszych lekarzach.",
        "Bardzo dziękujemy Państwu za docenienie pracy naszych pielęgniarek.",
        "Dziękujemy Pani serdecznie za ocenę wizyty.",
        "Przekażemy Pani podziękowania lekarzom i pielęgniarkom.",
        "Chętnie odpowiemy Panu na pytania o ceny zabiegów.",
        "Przykro nam, że rozmowa z rejestracją w sprawie wizyty była dla Pani nieprzyjemna.",
        "Rozumiemy, że oczekiwał Pan szybszego terminu. Pracujemy nad skróceniem kolejek.",
        "Bardzo dziękujemy, że poleca Pani naszych lekarzy rodzinie.",
        "Może Pani umówić wizytę online lub telefonicznie.",
        "Zapraszamy Pana do kontaktu, jeśli będzie Pan chciał umówić konsultację.",
        "Rozumiemy, że szukała Pani dentysty przyjmującego w soboty.",
        "Gdyby potrzebowała Pani zaświadczenia do pracy, rejestracja chętnie pomoże.",
        "Czy wie Pani, że u nas można wykonać badania bez skierowania?",
        "Zapraszamy Panią do zapoznania się z ofertą badań profilaktycznych.",
        "Nie wiemy, o jakim zabiegu mowa, ale chętnie wyjaśnimy wątpliwości telefonicznie.",
        "Recepta na sukces? Świetny zespół i dobra komunikacja!",
        "Informujemy, że od dziś rejestracja przyjmuje też płatności kartą.",
        "Na każdą kolejną wizytę prosimy zabrać dowód osobisty.",
        "Prosimy o kontakt z nami przez formularz na stronie.",
        "Dziękujemy, że jest Pani z nami w kontakcie i dzieli się uwagami.",
    ],
}


@pytest.mark.parametrize(
    ("kind", "reply"), [(kind, reply) for kind, replies in PASSING.items() for reply in replies]
)
def test_what_a_practice_may_say_in_public_passes(kind: str, reply: str) -> None:
    assert rules_of(reply) == set(), f"{kind}: {reply}"


def test_a_health_word_the_reviewer_wrote_is_still_not_repeated() -> None:
    findings = find_confidentiality_problems(
        "Dziękujemy! Cieszymy się, że po leczeniu kanałowym ząb już nie boli.",
        review_text="Leczenie kanałowe bez bólu, polecam!",
        language="pl",
    )
    assert "echoed_health_detail" in {f.code.value for f in findings}


# --- second round: what the relationship, the outcome and the person's own words give away -------

BLOCKED_SECOND_ROUND = {
    "billing": [
        "Dziękujemy! Różnica w cenie wynikała z dodatkowego wypełnienia.",
        "Koszt leczenia był wyższy, bo potrzebne było dodatkowe zdjęcie.",
        "Przepraszamy za podwójne obciążenie karty, pieniądze zostały już zwrócone.",
    ],
    "confirms_patient": [
        "Dzięki, że znowu do nas wpadłeś!",
        "Pan Zbigniew jest u nas od lat, zawsze punktualny.",
        "Dziękujemy za opinię! Przypominamy o wizycie kontrolnej w przyszłym miesiącu.",
        "Dziękujemy! Skierowanie do kardiologa czeka w rejestracji do odbioru.",
        "Dziękujemy, Pani Ewo. Było nam bardzo miło, że znów Panią widzieliśmy.",
        "Cieszymy się, że jesteś z nami od tylu lat.",
        "Przekażemy to Pani lekarzowi prowadzącemu.",
        "Dokumentację przesłaliśmy do Pani konta w aplikacji.",
        "Dziękujemy za zaufanie. Widzimy się w czwartek.",
        "Dziękujemy! Po świętach zadzwonimy z terminem operacji.",
        "Pani Basiu, dziękujemy! Zdjęcia zębów wyślemy mailem.",
        "Bardzo nam miło, że skorzystał Pan z naszej poradni.",
        "Przepraszamy za zamieszanie z terminem. Następnym razem zadzwonimy dzień wcześniej.",
        "Miło nam, że mąż też chce się u nas leczyć.",
        "Trzymamy kciuki za dalsze leczenie!",
        "Dziękujemy! Pozdrowienia dla męża, który też jest u nas pod opieką.",
        "Zapraszamy na ponowną wizytę u tego samego lekarza.",
        "Chętnie umówimy Panią znowu do tej samej pani doktor.",
        "Do usłyszenia na kolejnej teleporadzie!",
        "Miło było Pana poznać i pomóc.",
        "Jesteśmy wdzięczni, że od lat wybiera Pani naszą przychodnię.",
        "Cieszymy się, że dziecko polubiło naszą logopedkę.",
        "Nasz dietetyk przesyła gratulacje z okazji pierwszych pięciu kilogramów.",
        "Jest Pani pod naszą stałą opieką od lat.",
        "Dziękujemy za miłą atmosferę podczas wizyty.",
        "Podczas wizyty lekarz zauważył ubytek.",
        "Pamiętasz o kontroli za pół roku?",
        "Cieszymy się, że czujesz się lepiej po zabiegu.",
        "Byliście u nas na wizycie rodzinnej.",
        "Dziękujemy Panu za wizytę.",
        "Zapraszamy Panią na kontrolę.",
        "Super, że czuje się Pan już dużo lepiej!",
        "Cieszy nas, że znów może Pani swobodnie chodzić.",
        "Wspaniale, że mała już nie boi się dentysty.",
        "Cieszymy się, że nasze leczenie okazało się skuteczne.",
        "Dziękujemy! Cieszymy się, że ortokorekcja w nocy sprawdza się u córki.",
        "Nasza dietetyczka cieszy się, że dieta low-FODMAP przyniosła ulgę.",
    ],
    "new_information": [
        "Dziękujemy! Wiemy, że przyjechał Pan aż z Gdańska.",
        "Dziękujemy, Pani Aleksandro. Gratulujemy narodzin synka!",
    ],
    "health_detail": [
        "Dziękujemy za opinię. Pobyt na oddziale był krótki i bez komplikacji.",
        "Dziękujemy. Ząb po leczeniu kanałowym może być jeszcze wrażliwy przez kilka dni.",
        "Twoje nowe licówki wyglądają świetnie.",
        "Dziękujemy, Panie Marku. Proszę dalej przyjmować leki zgodnie z zaleceniem.",
        "Dziękujemy za opinię! Zmiana dawki metforminy powinna pomóc.",
        "Bardzo dziękujemy! Plomba w górnej siódemce powinna wytrzymać wiele lat.",
        "Fizjoterapeutka przygotowała ćwiczenia na bark, warto je wykonywać codziennie.",
        "Cieszymy się, że już Pani nie boli.",
        "Wyniki morfologii wyszły dobrze.",
        "Dziękujemy! Wyniki są prawidłowe.",
        "Przepraszamy za pomyłkę z receptą na Euthyrox.",
        "Pani Agnieszka z rejestracji przekazała, że nowe okulary są już do odbioru.",
        "Dziękujemy. Szczepienie przeciw kleszczowemu zapaleniu mózgu, druga dawka za miesiąc.",
        "Dziękujemy. Dr Zielińska przekazała, że wszystko goi się prawidłowo.",
        "Dziękujemy! Badanie spirometryczne pokazało, że astma jest dobrze kontrolowana.",
        "Dziękujemy za opinię. W poniedziałek dr Kaczmarek omówi z Panią wyniki rezonansu.",
        "Dziękujemy! Zgodnie z planem zaczynamy drugi etap leczenia ortodontycznego w marcu.",
        "Miło nam, że blefaroplastyka przyniosła oczekiwany efekt.",
        "Dziękujemy! Artroskopia wykazała tylko niewielkie uszkodzenie.",
        "Dziękujemy za cierpliwość. Kręgozmyk wymagał dłuższej rehabilitacji.",
        "Panie Marku, implant wygląda świetnie.",
    ],
    "date": [
        "Przepraszamy, że w ostatni wtorek rejestracja była zamknięta.",
        "Dziękujemy! Wizyta w piątek trzynastego okazała się szczęśliwa.",
        "Dziękujemy za zaufanie. Czekamy dwunastego o dziewiątej.",
        "Przepraszamy, że lekarz przyjął Panią dopiero kwadrans po ósmej.",
        "Przepraszamy za czekanie we wtorek.",
        "Przykro nam, że w poniedziałek rejestracja nie odbierała.",
        "Tamtego wieczoru dyżur pełnił lekarz z innej placówki.",
        "Przepraszamy za sytuację sprzed dwóch tygodni.",
        "Przepraszamy za sytuację z ostatniej środy.",
    ],
    "full_name": [
        "Dziękujemy! Pani Sadowskiej zawsze chętnie pomożemy.",
        "Pozdrawiamy Pana Wiśniewskiego i życzymy zdrowia.",
        "Serdecznie dziękujemy Państwu Zielińskim.",
        "Dziękujemy Panu Kowalczykowi za miłe słowa.",
        "Dziękujemy Pani Wójcik za opinię.",
    ],
    "reward": [
        "Oceń nas na 5 gwiazdek, a dostaniesz darmową konsultację.",
        "Pierwsze 20 osób, które dodadzą recenzję, otrzyma darmowy przegląd.",
        "Zostaw opinię i odbierz kawę gratis w naszej kawiarni.",
        "Dziękujemy! Każda opinia to los w naszej loterii.",
        "Każdy, kto wystawi nam 5 gwiazdek, dostaje szczoteczkę w prezencie.",
        "Dziękujemy! Autorzy najciekawszych opinii co miesiąc wygrywają pakiet kosmetyków.",
        "Zachęcamy do wystawienia opinii – w zamian pierwsza konsultacja za pół ceny.",
        "Dziękujemy za opinię! Zapraszamy po odbiór małego podziękowania w recepcji.",
        "Podziel się opinią, a przy kolejnej wizycie odliczymy 50 zł.",
    ],
}


@pytest.mark.parametrize(
    ("rule", "reply"),
    [(rule, reply) for rule, replies in BLOCKED_SECOND_ROUND.items() for reply in replies],
)
def test_relationships_outcomes_and_rare_terms_are_blocked(rule: str, reply: str) -> None:
    assert rule in rules_of(reply), reply


PASSING_SECOND_ROUND = [
    "Ceny implantów znajdą Państwo w cenniku na stronie.",
    "Wyniki są do odbioru w rejestracji od 14:00.",
    "Pani Ewa z rejestracji jest z nami od samego początku.",
    "Nasza pielęgniarka jest z nami od 20 lat.",
    "Każdy, kto przyszedł do nas choć raz, wie, że dbamy o komfort.",
    "Zapraszamy wszystkich, którzy trafili do nas przez internet.",
    "Honorujemy karty Medicover, LUX MED i PZU Zdrowie.",
    "Krążąca w internecie informacja o zamknięciu przychodni jest fałszywa.",
    "Our reception is open from 8 am.",
    "Pani z recepcji bardzo się ucieszy z Pana słów.",
    "Laseroterapia i krioterapia są dostępne bez skierowania.",
    "W sprawach płatności prosimy o telefon do kierownika placówki.",
    "Jeśli interesuje Panią leczenie ortodontyczne, oferujemy bezpłatne konsultacje.",
    "Rozumiemy Pana obawy dotyczące znieczulenia. Stosujemy nowoczesne metody.",
    "Szanowna Pani, nie prowadzimy sprzedaży leków, ale farmaceuta w aptece obok doradzi.",
    "Wyniki badań przesyłamy pacjentom mailem.",
    "Widzimy się zmuszeni podnieść ceny od stycznia.",
    "Antybiotyki należy przyjmować zgodnie z zaleceniem lekarza.",
    "Pan Dominik z rejestracji oddzwoni.",
    "Pan Henryk jest bardzo miły.",
    "Nowy aparat RTG pomoże nam szybciej diagnozować.",
    "Leczymy schorzenia kręgosłupa, barku i kolana.",
    "Mamy nadzieję, że nowe godziny otwarcia pomogą w umawianiu wizyt.",
    "Każdy może skorzystać z naszej oferty.",
    "Następnym razem postaramy się lepiej.",
    "W naszej przychodni leczy się wiele rodzin z okolicy.",
    "W żadnym wypadku nie ujawniamy, kto się u nas leczy.",
    "W sobotę zapraszamy na dzień otwarty.",
    "Informujemy, że w piątek przychodnia będzie czynna do 15:00.",
    "Dziękujemy za opinię i zapraszamy w sobotę na bezpłatne pomiary ciśnienia.",
    "Rejestracja w poniedziałek otwiera się o 7:00, a w pozostałe dni o 8:00.",
    "Przepraszamy, w każdy piątek do 10:00 trwa dezynfekcja gabinetów.",
    "Miała Pani rację, przepraszamy za to nieporozumienie.",
    "Wszyscy seniorzy są u nas pod stałą opieką geriatry.",
    "Ponowna wizyta kontrolna jest bezpłatna w ciągu 14 dni.",
    "Na każdą kolejną konsultację prosimy zabrać wyniki.",
    "Czy boli? U nas leczenie jest bezbolesne.",
    "Miło nam poznać nowych pacjentów.",
    "Przykro nam, że czuła się Pani zlekceważona przez lekarza. Prosimy o kontakt.",
    "Rozumiemy, że czekanie na wyniki jest stresujące. Prosimy o kontakt.",
    "Rozumiemy, że ból zęba to sytuacja pilna, dlatego codziennie mamy wolne terminy.",
    "Ostatniej niedzieli miesiąca organizujemy dzień otwarty.",
    "Przepraszamy za opóźnienia w wydawaniu wyników badań.",
    "Dzieci szybko polubią naszego dentystę.",
    "Szczepienia przeciw grypie rozpoczniemy za miesiąc.",
    "Wyniki badań są zwykle gotowe za dwa dni.",
    "Cały zespół dziękuje za miłe słowa.",
    "Z własnej woli stawiamy na jakość, nie na ilość.",
    "Od 1 lipca zmieniamy godziny pracy rejestracji na 7:30-19:00.",
    "Mamy podpisaną umowę z NFZ na poradnię ginekologiczną i położniczą.",
    "Recepty na leki stałe wystawiamy bez wizyty, jeśli pacjent jest pod stałą opieką.",
    "Dzień dobry, w sprawie zwrotu za abonament prosimy o kontakt z działem rozliczeń.",
    "Dziękujemy za pytanie! Koszt wybielania to 900 zł, a efekt utrzymuje się do dwóch lat.",
    "Zdjęcia RTG wykonujemy na miejscu, wynik lekarz omawia od razu podczas wizyty.",
    "Zapraszamy na nasze warsztaty dla przyszłych mam, które odbędą się 15 maja.",
    "Nigdy nie odmawiamy pomocy w nagłych przypadkach, także osobom bez ubezpieczenia.",
    "Jeśli chcesz umówić wizytę, zadzwoń do nas.",
    "Możesz umówić wizytę przez aplikację.",
    "Mamy nadzieję, że nowe godziny otwarcia sprawdzą się u wszystkich.",
    "Wszystkie urządzenia są regularnie kontrolowane.",
    "Nasz system zapisów online sprawdza się świetnie.",
    "Dziękujemy za opinię! Zachęcamy do skorzystania z promocji na wybielanie w listopadzie.",
    "W listopadzie obowiązuje obniżka cen na higienizację dla seniorów.",
    "Wiemy, że oceny wpływają na wybór gabinetu, dlatego dostajemy motywację do pracy.",
    "Nie nagradzamy za opinie, ale każda jest dla nas cenna.",
    "Za każdą opinię otrzymujemy cenne wskazówki.",
    "Higienizacja jest w cenie przeglądu.",
    "W naszej klinice zaczynamy leczenie ortodontyczne od konsultacji.",
    "Po zabiegu już po dwóch dniach można normalnie jeść.",
    "Dziękujemy Państwu wszystkim za opinie.",
    "Dzieci u nas nie boją się dentysty.",
    "Cieszymy się, że nasza nowa pracownia USG ułatwi diagnostykę mieszkańcom.",
    "Mamy nadzieję, że nowy tomograf skróci kolejki na badania.",
    "Cieszymy się, że nasza akcja szczepień przeciw grypie spotkała się z zainteresowaniem.",
    "Dziękujemy! Dbamy o to, by wizyta u dentysty nie kojarzyła się z bólem.",
    "Ząb to nie tylko estetyka, ale i zdrowie całego organizmu, warto o tym pamiętać.",
    "Dziękujemy, że docenia Pani naszą pracę. Operacja zaćmy to dziś częsty zabieg.",
    "Dziękujemy, że odwiedził Pan nasze stoisko na targach zdrowia.",
    "Przepraszamy sąsiadów za hałas podczas remontu, prace zakończymy w piątek.",
    "Dziękujemy za wizytę na dniu otwartym i za pytania o profilaktykę.",
    "Dziękujemy za odwiedziny naszej strony i pytanie o cennik.",
    "Dziękujemy za opinię o stażu! Cieszymy się, że praktyki były dla Pana wartościowe.",
]


@pytest.mark.parametrize("reply", PASSING_SECOND_ROUND)
def test_offers_staff_and_people_in_general_pass(reply: str) -> None:
    assert rules_of(reply) == set(), reply
