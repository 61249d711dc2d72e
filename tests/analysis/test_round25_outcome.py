"""Round twenty-five (issue 19, branch asp25): the outcome told by the body. A body part, a
symptom or the dental or medical work done on it (aspects_<lang>.txt [body]) and, in the same
clause, a word of change ([change]) tell what the care achieved, with the polarity the change
gives; a person or another aspect named in the clause owns it. Each review is written for the
test, not copied from a row; the "must stay" cases (a person judged, a wait, the premises "like
new", a price, an accident told as the reason to come) must not read as the outcome."""

from __future__ import annotations

import pytest
from tests.analysis.aspect_reading import read

from clinicrep.analysis.aspects import read_aspects
from clinicrep.analysis.topics import detect_topics
from clinicrep.model import Topic

NEG, POS = "negative", "positive"
OUT = "outcome"

FOUND = [
    # en: the body part or the work with a change word, by time, across a comma
    ("Within a week the swelling around my ankle had faded.", "en", POS),
    ("The veneer chipped the first time I bit into an apple.", "en", NEG),
    ("My eczema flared up again a fortnight after the course ended.", "en", NEG),
    ("By the third session my neck pain had eased.", "en", POS),
    ("Implant placed in June, came loose by August.", "en", NEG),
    ("The wound on his knee healed nicely and the scar faded.", "en", POS),
    # ru
    ("Через неделю отёк на щиколотке полностью рассосался.", "ru", POS),
    ("Винир треснул уже через месяц.", "ru", NEG),
    ("Экзема опять вернулась через две недели после курса.", "ru", NEG),
    ("К третьему сеансу шея перестала ныть.", "ru", POS),
    ("Имплант поставили в июне, к августу он расшатался и выпал.", "ru", NEG),
    ("Температура у ребёнка спала уже на следующий день.", "ru", POS),
    # uk
    ("За тиждень набряк на щиколотці зійшов.", "uk", POS),
    ("Вінір тріснув уже за місяць.", "uk", NEG),
    ("Екзема знову повернулася через два тижні після курсу.", "uk", NEG),
    ("До третього сеансу шия перестала нити.", "uk", POS),
    ("Імплант поставили в червні, а в серпні він випав.", "uk", NEG),
    ("Пломба тримається вже третій рік.", "uk", POS),
    # pl
    ("Po tygodniu opuchlizna kostki zbladła i zeszła.", "pl", POS),
    ("Licówka pękła po miesiącu.", "pl", NEG),
    ("Egzema wróciła dwa tygodnie po kuracji.", "pl", NEG),
    ("Po trzeciej wizycie ból karku ustał.", "pl", POS),
    ("Implant wstawiony w czerwcu, w sierpniu wypadł.", "pl", NEG),
    ("Swędzenie skóry nadal takie samo.", "pl", NEG),
    # zh
    ("一周后脚踝的肿就消下去了，淡了很多。", "zh", POS),
    ("贴的牙面一个月就裂了。", "zh", NEG),
    ("湿疹停药两周又复发了。", "zh", NEG),
    ("做了三次理疗，脖子不再疼了。", "zh", POS),
    ("六月种的牙，八月就脱落了。", "zh", NEG),
    ("孩子的烧第二天就退了。", "zh", POS),
]


@pytest.mark.parametrize(("text", "lang", "polarity"), FOUND)
def test_the_body_changed_is_the_outcome(text: str, lang: str, polarity: str) -> None:
    found = read(text, lang)
    assert (OUT, polarity) in found
    opposite = POS if polarity == NEG else NEG
    assert (OUT, opposite) not in found


STAY = [
    # a person judged: the person's, even with a body part and a change word in the clause
    ("The physio was still brilliant with my shoulder.", "en", "doctor", POS),
    ("Медсестра снова грубо разговаривала, у меня даже руки тряслись.", "ru", "nurse", NEG),
    # a wait, the premises "like new", a price: no body changed
    ("We waited again for over an hour.", "en", "waiting", NEG),
    ("Після ремонту хол як новий, усе чисто.", "uk", "facilities", POS),
    ("Znowu podnieśli ceny, wizyta jest za droga.", "pl", "price", NEG),
    ("挂号费又涨了，贵得离谱。", "zh", "price", NEG),
]


@pytest.mark.parametrize(("text", "lang", "aspect", "polarity"), STAY)
def test_a_person_a_wait_or_a_price_is_no_outcome(
    text: str, lang: str, aspect: str, polarity: str
) -> None:
    found = read(text, lang)
    assert (aspect, polarity) in found
    assert OUT not in {a for a, _ in found}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the accident or the illness that brought the patient, not what the care achieved
        ("Cracked a molar on Sunday, Dr Patel saw me on Monday and was lovely.", "en"),
        ("Сын снова заболел, к лору записали только через три недели.", "ru"),
        # a change told to the doctor is the story, not the result ("Powiedziałam pani doktor,
        # że ..."): the person named before it owns it
        ("Powiedziałam pani doktor, że migreny wróciły po ciąży.", "pl"),
        # 又 before no symptom: a price raised, a second demand
        ("种植牙做到一半又说要加钱。", "zh"),
        # the day of the week is no stain ("пятн*" took "пятница")
        ("В пятницу рецепта всё ещё нет в аптеке.", "ru"),
    ],
)
def test_an_accident_a_story_or_a_look_alike_is_no_outcome(text: str, lang: str) -> None:
    assert OUT not in {a for a, _ in read(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Cracked a molar on Sunday, Dr Patel saw me on Monday and was lovely.", "en"),
        ("Сын снова заболел, к лору записали только через три недели.", "ru"),
        ("У доньки знову захворіло вухо, записали лише через три тижні.", "uk"),
    ],
)
def test_the_topics_column_leaves_out_the_same_look_alikes(text: str, lang: str) -> None:
    # the Topics column reads the aspect lexicon's look-alikes with its body and change words
    assert Topic.OUTCOME not in detect_topics(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The crown cracked two months after it was fitted.", "en"),
        ("Коронка выпала через месяц.", "ru"),
        ("Висип зійшов за тиждень.", "uk"),
        ("Plomba wypadła po miesiącu.", "pl"),
        ("女儿脸上的红斑擦药四天就淡了。", "zh"),
    ],
)
def test_the_topics_column_agrees_with_the_outcome_chip(text: str, lang: str) -> None:
    assert (OUT, NEG) in read(text, lang) or (OUT, POS) in read(text, lang)
    assert Topic.OUTCOME in detect_topics(text, lang)


def test_a_body_part_alone_or_a_change_alone_is_no_outcome_topic() -> None:
    assert Topic.OUTCOME not in detect_topics("I came in about my knee.", "en")
    assert Topic.OUTCOME not in detect_topics("Cracked screen on the check-in kiosk.", "en")


def test_the_chip_quotes_the_clause_that_tells_the_change() -> None:
    # seen when used: the hover of "outcome: complaint" quoted "crown fitted in march"
    text = "The hygienist was lovely. Crown fitted in March, cracked in May."
    outcome = next(o for o in read_aspects(text, "en").opinions if o.aspect.value == OUT)
    assert outcome.polarity.value == NEG
    assert outcome.words == "cracked in may"
