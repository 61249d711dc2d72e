"""Whom a clause is about and what it asserts of them: the guard's reading for the rules
confirms_patient and new_information, from each language's ``[reading]`` table.

A clause is about the reviewer when it speaks to them (a second-person pronoun, a verb ending
of the second person, Polish "Pan"/"Pani" not followed by a title or another person's name) or
names them; a "you" inside a generic phrase ("if you ever", "you can always call us") is anyone.
What the clause asserts is read by word families (stems): a care relationship ("treated",
"your file", "saw you") or something the review did not say (a cancellation, a letter on file).
The combination decides; the same words in a clause about the practice or people in general
are nothing. The data is in ``resources/guidelines/<lang>.toml`` ([reading]); see
resources/guidelines/README.md.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice
from typing import Any

from clinicrep.guidelines.echo_meaning import adds_to_review, read_review
from clinicrep.guidelines.engine import (
    WORD,
    ClauseIndex,
    Hit,
    _gated,
    first_looked_at,
    prefixes,
    required_texts,
)
from clinicrep.guidelines.languages import morphology
from clinicrep.guidelines.lexicon import lexicon, normalise_language, with_roles
from clinicrep.guidelines.rulepack import language_pack
from clinicrep.paths import resource

# the review is read up to this many characters for an event's news (as confidentiality reads it)
_REVIEW_LIMIT = 20_000

# What a clause asserts of the reviewer, as the reading names it.
CARE = "care"
NEWS = "news"
# a care word that counts only right after a possessive of theirs ("your file", "您的资料")
OWNED = "owned"
# a patient's records, news in a clause whose possessive is on their complaint ("ваше звернення
# ми розглянули разом із медичною документацією"): round 20e
FILED = "filed"
# session 27 (gconf27): an event or a state of care ("лечили", "закреплены", "opiekuje się",
# "上门看") that counts only with the person slot within reach of it: a care relationship by
# meaning, whatever phrase joins the two
CARED = "cared"
# session 28 (gmiss28): a procedure done to them ("коронка, которую вам ставили", "шви вам
# наклали", "korona, którą Pani zakładano"): a care event only with "you" as its object within
# reach (not "вы поставили нам оценку", where "you" did it); read as CARED
DONE_TO = "done_to"
# session 28 (gdone28): care the reviewer underwent or received ("вы прошли курс", "ви здали
# аналізи", "przeszła Pani zabieg", "您做完手术"): a care event only with "you" as its subject
# within reach (not "вам прошли" nor "ваш отзыв прошёл модерацию"); read as CARED
DONE_BY = "done_by"
# session 32 (gpl32): the reviewer as the subject of an event of their own, whatever its words
# ("dotarła Pani na zdjęcie szwów", "mógł Pan wrócić do pracy"), in a clause that says something
# the review did not: news, unless the review says its writer came in a role other than a
# patient's (confidentiality)
EVENT = "event"


# Stems of this many first letters or fewer are grouped by them (``_stems_pattern``): with more,
# those letters are most of a text's and a scan for them is no faster ("care" in English, 15 first
# letters, 62 % of a reply's characters: 141 -> 160 us a 4 KB reply, grouped).
_FIRST_LETTERS_MOST = 8
# the word that denies a verb right after it, where "you" did not tell the practice something
# ("ви не повідомили", "вы не сообщили"): clause_reading.Reading.subject_did
_NOT_WORDS = frozenset({"не", "nie"})
# ... and the verbs of forgetting ("ви забули згадати", "вы забыли указать")
_FORGOT = ("забу", "забы")


def _stems_pattern(
    stems: Iterable[str], *, segmented: bool, bare: bool = False
) -> re.Pattern[str] | None:
    """Words starting with one of ``stems`` (in lower case); anywhere for Chinese (``bare``:
    only the stem there, not the characters after it)."""
    alternatives = sorted({s.casefold() for s in stems if s}, key=len, reverse=True)
    if not alternatives:
        return None
    # a stem ending in "$" is a whole word: "saw you$" is not "saw your comments"
    words = [(s[:-1], r"(?!\w)") if s.endswith("$") else (s, r"[\w'’-]*") for s in alternatives]
    if not segmented:
        if bare:
            words = [(w, tail if tail == r"(?!\w)" else "") for w, tail in words]
        return re.compile("(?:" + "|".join(re.escape(w) + tail for w, tail in words) + ")")
    if not all(w for w, _ in words):
        return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) + tail for w, tail in words) + ")")
    # the stems by their first letter (in their order within each): the same matches, as a
    # stem of another first letter cannot match where one does, and at a word start the regex
    # engine passes over each other letter's group at one test, not each of its stems (a 4 KB
    # reply's scan, load 8: en "care" 117 -> 75 us, uk "cared" 99 -> 40, pl "event_quiet" 180
    # -> 79; gspeed40)
    by_first: dict[str, list[str]] = {}
    for w, tail in words:
        by_first.setdefault(w[0], []).append(re.escape(w[1:]) + tail)
    if len(by_first) <= _FIRST_LETTERS_MOST:
        # ... with the word start looked at after the letter: the regex engine scans for
        # those letters instead of trying the look-behind at every place of the text (the
        # scans of a 4 KB reply: Polish "files" 69 -> 21 us, Russian "register" 41 -> 19)
        return re.compile(
            "(?:"
            + "|".join(
                re.escape(first) + r"(?<!\w[\s\S])(?:" + "|".join(rests) + ")"
                for first, rests in by_first.items()
            )
            + ")"
        )
    return re.compile(
        r"(?<!\w)(?:"
        + "|".join(
            re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in by_first.items()
        )
        + ")"
    )


def _phrases(entries: Sequence[str]) -> re.Pattern[str] | None:
    for entry in entries:
        re.compile(entry)  # a broken entry fails here, naming itself
    if not entries:
        return None
    return re.compile(first_looked_at("|".join(f"(?:{e})" for e in entries)))


@dataclass(frozen=True, slots=True)
class Reading:
    """One language's reading data (``[reading]`` in its TOML file)."""

    segmented: bool  # words between spaces (False for Chinese: stems match anywhere)
    you_words: frozenset[str]  # second-person pronouns and possessives, every form
    you_endings: tuple[str, ...]  # verb endings of the second person ("-ете", "-cie")
    past_endings: tuple[str, ...]  # past-tense endings that are "you" beside a you-word ("-ли")
    not_verbs: frozenset[str]  # words with such an ending that are no verb ("дети", "życie")
    prepositions: frozenset[str]  # before a noun whose case ending looks like a verb's: "в анкете"
    polite: frozenset[str]  # "Pan", "Pani": the reviewer unless a title or a name follows
    # words a greeting may put before the reviewer's name ("Pani Anno,", "Уважаемая Ирина,",
    # "Добрий день, Оксано,"): round 19b
    greeting_words: frozenset[str]
    titles: frozenset[str]  # "doktor": "Pani doktor Nowak" is a member of staff
    generic: re.Pattern[str] | None  # where "you" is anyone: "if you ever", "you can always"
    care: re.Pattern[str] | None  # stems of a care relationship: "treated you", "examin"
    owned: re.Pattern[str] | None  # ... that count only as theirs: "your file", "your records"
    news: re.Pattern[str] | None  # stems of what a review may not have said: "cancel"
    anyone: re.Pattern[str] | None  # people in general: "most people", "всем желающим"
    timetable: re.Pattern[str] | None  # the practice's hours and prices: "every Monday", "每周"
    usual: re.Pattern[str] | None  # what is true as a rule: "usually", "can be a sign of", "通常"
    # an activity or a loss named in general at the start of a clause ("Caring for a parent
    # with dementia ...", "Потеря беременности ...", "Opieka nad ..."): round 20c
    generic_subject: re.Pattern[str] | None
    me: re.Pattern[str] | None  # a review's first person: "my", "у меня", "byłam", "我"
    # a day counted back from today ("в позапрошлую среду", "zeszłego czwartku"): round 19b
    past_day: re.Pattern[str] | None
    # the reviewer's relative named ("ваш папа", "Pana tata", "您父亲") and the third person
    # that speaks of them afterwards ("передайте ему", "він", "他"): round 16b
    kin: re.Pattern[str] | None
    kin_pronoun: re.Pattern[str] | None
    # what makes a part of a clause no rule said of anyone: their care going on ("还", "再",
    # "已经", "了"): round 20d
    not_rule: re.Pattern[str] | None
    # round 20b: a word that negates or forbids what its part of a clause says, before the
    # words it reaches ("we don't give", "не даём", "nie dajemy", "不给", "禁止") and after
    # them ("... мы не даём", "... nie ma", "好评返现违反平台规定"); where a part ends (", and",
    # ", а", "but", a Chinese comma); a clause that reports a question ("ask whether", "вопрос")
    negator: re.Pattern[str] | None
    negator_back: re.Pattern[str] | None
    reach_end: re.Pattern[str] | None
    asked: re.Pattern[str] | None
    echo_letters: int  # a news word whose first letters the review has is the review's own
    # round 20e: a care word made one of a series of theirs by the word before it ("контрольный
    # осмотр", "плановий огляд", "kolejna wizyta") ...
    follow_up: re.Pattern[str] | None = None
    # ... and the reviewer as the subject of a past verb ("вы трижды переносили приём"): the
    # pronouns that are a subject, and the verbs that only report what they wrote ("вы писали")
    subject: frozenset[str] = frozenset()
    subject_at: re.Pattern[str] | None = None  # any of ``subject``, as a whole word
    told: tuple[str, ...] = ()
    # ... and their relative as the subject ("ваша мама", "ваш тато": the forms of "your" that
    # make one) with the practice as the place right after ("у нас", "в нас"): "ваша мама у нас
    # постоянный гость" tells that the relative is in our care
    kin_subject: frozenset[str] = frozenset()
    with_us: re.Pattern[str] | None = None
    # ... or "your" after the relative ("свекровь ваша у нас частый гость", "teściowa Pani to
    # nasz częsty gość"): round 21e
    kin_after: re.Pattern[str] | None = None
    # ... and a patient's records ("медична документація", "dokumentacja") handled with their
    # complaint ("ваше звернення", "Pana zgłoszenie"): their file was taken out for it
    files: re.Pattern[str] | None = None
    complaint: re.Pattern[str] | None = None
    # round 22d: ... or their complaint put on record ("вашу скаргу зареєстровано", "Pana skargę
    # wpisaliśmy do rejestru", "您的投诉已登记"): the words of a register and of entering in it
    register: re.Pattern[str] | None = None
    # round 21a: others, as whom a clause tells of ("some clinics", "другие клиники", "有些商家"):
    # what a reward word there says is another's practice, no offer of ours to the reader
    others: re.Pattern[str] | None = None
    # round 21b: a review that asks ("请问……", "……能坐飞机吗？"): the reply's sentences that
    # neither speak to nor name anyone and tell of no past event answer in general
    question: re.Pattern[str] | None = None
    # round 21e: a point in time counted forward from today ("через месяц", "за два тижні", "za
    # miesiąc"; not "через неделю после удаления", a rule) makes a care word of a clause that
    # speaks or bids to the reviewer a step of their own care to come ("через месяц вам пора на
    # приём", "Не забудьте, что через месяц пора показаться ортодонту"); a bid is a verb of the
    # polite or plural imperative ("не забудьте", "пам'ятайте") or a word of one ("proszę")
    ahead: re.Pattern[str] | None = None
    bid_endings: tuple[str, ...] = ()
    bid_words: frozenset[str] = frozenset()
    # round 25e: the practice waiting for the reader ("ждём", "будем ждать"): with a care word
    # made one of a series of theirs ("ждём в понедельник на контрольный осмотр") it is their
    # own next visit, though no "вас" says so
    awaits: re.Pattern[str] | None = None
    # round 21e: a time of day held for them ("мы освободили для вас утреннее время",
    # "zwolniliśmy dla Pani poranną godzinę"): the words of "for you" (for_you), of a slot
    # in a timetable (slot) and the endings of a past verb of the practice (done_endings),
    # all three within a few words of one another
    for_you: re.Pattern[str] | None = None
    slot: re.Pattern[str] | None = None
    done_endings: tuple[str, ...] = ()
    # round 22b: a clause with a condition of the present and the practice's rule in it says
    # "you" of anyone (WhomReading.rule_for_anyone); read where the language says so
    rules_for_anyone: bool = False
    # round 22a: a sentence that tells of people in general before it turns to the reviewer
    # ("孩子拔牙时哭闹是很常见的，很多家长都会担心，您的顾虑完全可以理解"): where its parts end
    # ("，；："), the groups it tells of ("很多家长", "在外面等待的人往往"), and what after the
    # reviewer's name only greets them ("您好，")
    part_end: re.Pattern[str] | None = None
    group: re.Pattern[str] | None = None
    # round 22a: the words that report what the review said as they name it ("您提到的那位",
    # "您说的"): the word they name is the review's own
    reported_noun: re.Pattern[str] | None = None
    greeting_after: re.Pattern[str] | None = None
    # session 26 (gdef26): one particular case told without "you" ("The scan shows a small cyst",
    # "Пломба стоит хорошо", "片子显示有个小囊肿"): what may stand in a clause before its care
    # word for that word to be the clause's definite subject ([reading] case_opening: "the",
    # "this", "эту", "这颗") or its bare topic ([reading] case_topic: nothing but a conjunction
    # in ru, uk, pl, zh); a finding, result or state said of it ([reading] case_result: "shows",
    # "came back", "заживает", "goi się", "显示"), or, of a definite one only, a plan or a need
    # ([reading] case_verb: "will have to", "still needs"; a bare topic with "нужно", "trzeba",
    # "需要" states a rule: "направление нужно только для ОМС", "种植牙需要提前定制"); and what
    # makes it anyone's ([reading] case_general: "can show", "usually", "может", "一般")
    case_opening: re.Pattern[str] | None = None
    case_topic: re.Pattern[str] | None = None
    case_result: re.Pattern[str] | None = None
    case_verb: re.Pattern[str] | None = None
    case_general: re.Pattern[str] | None = None
    # session 44 (gleak44): what opens a part after the case's own that draws its consequence
    # ([reading] case_then: "więc", "można"): a rule's word there does not make the case general
    case_then: re.Pattern[str] | None = None
    # session 32 (gzh32): a sentence that names nobody turns from people in general to one
    # particular case at a part ([reading] case_turn: "这次", "上次", "那条", "昨天"): "很多人拔完
    # 智齿都会肿两三天，这次算肿得轻的，……头孢吃完就好了" tells the reviewer's case from there on,
    # the subject carried over to the parts after it; a general phrase after the turn
    # ("……，一般三天就好") makes the parts after it general again (WhomReading.general_at)
    case_turn: re.Pattern[str] | None = None
    # session 36 (gteam36): a pronoun right before a general phrase that points back at the
    # thing just told ([reading] general_back: "его", "її"): "Направление на МРТ уже готово,
    # его можно забрать в регистратуре" says what may be done with that one thing, no rule
    # for anyone (WhomReading.general)
    general_back: re.Pattern[str] | None = None
    # session 33 (gen33): a statement true of a kind, by its grammar ([reading] gnomic: a
    # clause that opens with a bare plural or gerund as its subject, no article, possessive or
    # pronoun before it, and a verb of the simple present or of what may be: "Regular cleaning
    # keeps gums healthy", "Card payments are refunded within five days", "Screening can feel
    # daunting"); [reading] gnomic_not: what makes its sentence one particular case after all
    # (a figure, "now", "still", "it", a past or a future: "Stitches were removed today")
    gnomic: re.Pattern[str] | None = None
    gnomic_not: re.Pattern[str] | None = None
    # session 39 (gleak39): a condition that tells the reviewer's own case again ("если снова",
    # "якщо знову", "if the pain comes back"): WhomReading.again_in_own_part
    case_again: re.Pattern[str] | None = None
    # session 33 (gen33): what opens a stage of care named as no one's ("the first
    # appointment", not "your first appointment"): WhomReading.stage_for_anyone
    definite: re.Pattern[str] | None = None
    stage_not: re.Pattern[str] | None = None  # ... and what tells of one: "was", "already"
    # session 38 (gfaen38): ... or a rule said of the stage itself, its verb in the present of
    # what it always is ("the first visit takes 45 minutes", "the follow-up visit is included")
    stage_rule: re.Pattern[str] | None = None
    # session 33 (gen33): the practice's habit, a rule by its modality ([reading] habit: "we
    # bill", "we don't phone", "we ask for", a verb of what a practice does in the simple
    # present) inside a frame that makes it anyone's ([reading] habit_frame: "for plans ...",
    # "if", "every", "at our surgery"): WhomReading.states_a_habit
    habit: re.Pattern[str] | None = None
    habit_frame: re.Pattern[str] | None = None
    habit_opening: re.Pattern[str] | None = None  # ... or how it opens: "For plans ..."
    # session 33 (gzh33b): a share or a frequency of cases said of a kind ([reading] share:
    # "很常见", "大多", "多数人", "发病率"): a part of a sentence that says it is general, and how
    # something turns out in a later part of the sentence makes none of its words someone's
    # (WhomReading._outcomes_after)
    share: re.Pattern[str] | None = None
    # session 28: the scope of a rule of the practice ('only', 'over 65', 'within three days')
    scope: re.Pattern[str] | None = None
    scope_past: re.Pattern[str] | None = None  # ... and a past event, which ends it
    # session 35 (goffer35): a sentence that only says the one before is the same for everyone
    # ("This is the same for all patients.", "Це однаково для всіх.", "所有患者都一样。"): that
    # sentence states its scope too
    scope_next: re.Pattern[str] | None = None
    # session 35 (gneg35): what a sentence says is usual, normal, common or rare of a kind of
    # thing ([reading] normal: "is completely normal", "happens rarely", "бывают нечасто",
    # "це нормально", "zdarzają się rzadko", "很正常", "比较少见"): WhomReading.states_what_is_usual
    normal: re.Pattern[str] | None = None
    # ... and what points at one case of the kind ([reading] normal_not: "такого", "цей", "ten",
    # "such", "这次"): "Після такого складного видалення набряк тримається до тижня — це нормально"
    normal_not: re.Pattern[str] | None = None
    # session 37 (ghealth37): a "therefore" that opens the practice's standing habit ([reading]
    # so_ours: "поэтому мы оставляем окна", "тому в нас є розстрочка") after what is said of a
    # kind by how often or of how many ([reading] kind_said: "иногда", "некоторые", "інколи"):
    # no case of anyone's (``WhomReading.personal``)
    so_ours: re.Pattern[str] | None = None
    kind_said: re.Pattern[str] | None = None
    # session 36 (gdef36): a definition or judgement of a kind ([reading] define: "X — Y", "X to
    # Y", "X 是 Y", "X is a Y") that says it holds for everyone ([reading] define_all: "в мире",
    # "у світі", "na świecie", "for anyone", "世界上"): WhomReading.defines_for_everyone
    define: re.Pattern[str] | None = None
    define_all: re.Pattern[str] | None = None
    # session 35 (gneg35): a condition of what may ever happen to anyone ([reading] ever_if: "if a
    # filling ever feels sore, don't wait for your next check-up") and what makes it one case
    # after all (ever_not: "again", "still"): WhomReading.supposes_for_anyone
    ever_if: re.Pattern[str] | None = None
    ever_not: re.Pattern[str] | None = None
    ever_step: re.Pattern[str] | None = None  # ... a step any patient has: "your next check-up"
    # session 34 (gzh34): a greeting that opens a sentence and speaks to no one in particular
    # ("您好，", "亲，您好！"): the scope's sentence is read from after it
    greeting_open: re.Pattern[str] | None = None
    # session 27 (gconf27): the care slot read apart from the person slot. An event of care
    # (treated, examined, operated, nursed, discharged, visited at home) or a state of care
    # (registered, on a doctor's list, under care), every form of its word family ([reading]
    # cared: stems; Chinese frames); it asserts a care relationship where the person slot
    # (the reviewer's pronoun, verb ending, polite form or name, outside what is said of
    # anyone) stands within ``cared_reach`` words of it in its clause (characters in Chinese)
    cared: re.Pattern[str] | None = None
    cared_reach: int = 0
    # session 31 (gzh31b): the verbs of care the [guard] confirms_patient patterns name after
    # their "for you" ([reading] care_verbs, Chinese: "补", "拔", "洗牙", "配的"): with the
    # words of ``cared``, ``done_to``, ``done_by`` and ``done_what`` they are every word of care
    # the rules know, read where a review says its writer is no patient ("上次给您补的牙")
    care_verbs: re.Pattern[str] | None = None
    # session 32 (gslav32): a specialist who sees patients ([reading] care_staff, regular
    # expressions: "кардіолог", "стоматолог", "терапевт"): in a reply to a non-patient's review
    # a phrase of confirms_patient beside one is a patient's ("вас ждёт стоматолог"), though
    # a review that names one is still a visitor's ("встреча с вашим терапевтом")
    care_staff: re.Pattern[str] | None = None
    # session 38 (gleak38): a member of the practice's staff named as the subject that opens a
    # part of a clause ([reading] staff_subject: "our doctor", "Dr Shah", "наш врач", "nasz
    # lekarz", "我们的医生"): after a denial and a comma, a statement of its own
    staff_subject: re.Pattern[str] | None = None
    # session 28 (gfa28a): what a reviewer owns in a role other than a patient's, right after a
    # "your" ([reading] their_things: "your hall", "вашего подъезда", "Państwa faktura",
    # "你们小区"): that "your" is a neighbour's, a supplier's or an organisation's, no patient's
    their_things: re.Pattern[str] | None = None
    # session 28 (gmiss28): a procedure done to someone, every form of its word family
    # ([reading] done_to: "ставил", "наклал", "zakładan"), and the forms of "you" that are its
    # object ([reading] you_object: "вам", "вас", "panu", "pani"): the procedure is done to the
    # reviewer where such a form stands within ``cared_reach`` words of it in its clause
    done_to: re.Pattern[str] | None = None
    you_object: frozenset[str] = frozenset()
    # session 28 (gdone28): care undergone or received, every form of its word family
    # ([reading] done_by: "обследовались", "перенесли", "щепилися", "poddała się", "坚持治疗"),
    # and the forms of "you" that are its subject ([reading] you_subject: "вы", "ви", "pan",
    # "pani", "您"; in Chinese not right before "的", "您的" being a possessive): the reviewer
    # underwent it where such a form stands within ``cared_reach`` words of it in its clause
    done_by: re.Pattern[str] | None = None
    you_subject: frozenset[str] = frozenset()
    # ... agreeing with the verb where its ending tells the subject's gender or number
    # ([reading] you_agree: "pani" with "-ła", "pan" with "-ł", "państwo" with "-li"; a verb
    # without such an ending, "przejdzie", agrees with any): "Rejestratorka, z którą Pan
    # rozmawiał, przeszła szkolenie" has another subject
    you_agree: tuple[tuple[str, frozenset[str]], ...] = ()
    # ... or a light verb ([reading] done_light: "получили", "сделали", "dostała", "做", "接受")
    # with a care noun within ``cared_reach`` words after it ([reading] done_what:
    # "направлени", "анализ", "receptę", "检查"): "вы получили направление", "dostała Pani
    # receptę", "您做的拭子检测"; the verb alone is no care ("вы получили ответ")
    done_light: re.Pattern[str] | None = None
    done_what: re.Pattern[str] | None = None
    # ... or before it, with a relative pronoun between ([reading] done_relative: "котор",
    # "як", "któr"): "анализы, которые вы сдали", "gastroskopii, którą przeszedł Pan"
    done_relative: re.Pattern[str] | None = None
    # session 32 (gpl32): the reviewer as the subject of an event of their own, whatever its
    # words: a subject form of "you" (``you_subject``, not right after a word of
    # ``event_object_after``, a preposition that makes it an object: "dla Pani", "do Pana")
    # within ``event_reach`` words of a verb of the past that agrees with it (``you_agree``:
    # "dotarła Pani", "Pan i tak wyszedł", "mógł Pan wrócić do pracy"). What they wrote, said,
    # felt, judged or chose ([reading] event_told: "napisała", "była zadowolona", "wybrał",
    # "zauważyła") is no event of theirs, and such words say nothing new beside one; the event
    # is news where a word of its clause that says something, or a figure, is not the review's
    # (echo_meaning.adds_to_review)
    event_reach: int = 0
    event_told: re.Pattern[str] | None = None
    event_object_after: frozenset[str] = frozenset()
    event_to_us: frozenset[str] = frozenset()  # "nam": what they did to the practice, no event
    event_us_object: frozenset[str] = frozenset()  # ... "nas", not after a preposition
    event_modal: frozenset[str] = frozenset()  # "mógł", "mogła": with "nie" a supposition
    event_mood: frozenset[str] = frozenset()  # "by", "żeby": the past form of a wish or a purpose
    event_quiet: re.Pattern[str] | None = None  # words that say nothing new beside an event
    # the endings of a past verb whose subject is "you" by its ending alone ("przyszłaś",
    # "odebraliście"): the subject and the event in one word
    event_endings: tuple[str, ...] = ()
    # session 33 (gpl33): advice given to anyone by its mood ([reading] advice: the impersonal
    # and modal forms "warto", "należy", "trzeba", "najlepiej" + infinitive, "zaleca się",
    # "każde dziecko powinno"); what the pattern of a particular case ([guard] specific) may
    # find in such advice and still be its frame ([reading] advice_frames: "przed badaniem",
    # "po ukąszeniu", "przypominamy"), and the words that make it one person's next step
    # ([reading] advice_particular: "kontrolną", "kolejną", "ponownie"): WhomReading.advises_anyone
    advice: re.Pattern[str] | None = None
    # ... the words of an obligation ([reading] advice_bound: "trzeba", "należy", "nie wolno"):
    # what a patient is told after their own procedure, so advice only beside a group ([reading]
    # anyone) or a routine ([reading] advice_general: "co roku", "regularnie")
    advice_bound: re.Pattern[str] | None = None
    advice_general: re.Pattern[str] | None = None
    advice_frames: re.Pattern[str] | None = None
    advice_particular: re.Pattern[str] | None = None

    def slot_forms(
        self, low: str, spans: Iterable[tuple[int, int]], what: str, ending: str = ""
    ) -> list[tuple[int, int]]:
        """The person spans that can be the slot ``what`` needs: an object form of "you" for
        DONE_TO, a subject form for DONE_BY ("您" not right before "的") that agrees with a
        verb of ``ending`` (one of ``you_agree``'s, or "" for any)."""
        if what == DONE_TO:
            return [(a, b) for a, b in spans if low[a:b] in self.you_object]
        return [
            (a, b)
            for a, b in spans
            if low[a:b] in self.you_subject
            and (self.segmented or low[b : b + 1] != "的")
            and (not ending or ending in dict(self.you_agree).get(low[a:b], frozenset()))
        ]

    def agreeing_ending(self, low: str, start: int, end: int) -> str:
        """The ending of ``you_agree`` (the longest) that the verb of the care span
        ``low[start:end]`` ends with: its first word ("przeszła Pani zabieg") or else its last
        ("gastroskopii, którą przeszedł"); "" where none tells its subject's gender or number."""
        endings = {e for _, ends in self.you_agree for e in ends}
        words = WORD.findall(low, start, end)
        for word in words[:1] + words[-1:]:
            found = max((e for e in endings if word.endswith(e)), key=len, default="")
            if found:
                return found
        return ""

    def person_spans(
        self, text: str, low: str, start: int, end: int, reviewer_name: str = ""
    ) -> list[tuple[int, int]]:
        """Where ``text[start:end]`` speaks to the reviewer: its pronouns, verb endings and
        polite forms, outside the generic phrases."""
        generic = (
            [(m.start(), m.end()) for m in self.generic.finditer(low, start, end)]
            if self.generic
            else []
        )
        # the generic spans do not overlap: a place is in one only if in the last to start at
        # or before it (a pasted clause with thousands of both read them all for each pronoun)
        generic_starts = [s for s, _ in generic]

        def in_generic(at: int) -> bool:
            i = bisect.bisect_right(generic_starts, at) - 1
            return i >= 0 and at < generic[i][1]

        found: list[tuple[int, int]] = []
        words = list(WORD.finditer(text, start, end)) if self.segmented else []
        own_name = {w.casefold()[:4] for w in WORD.findall(reviewer_name) if len(w) >= 3}
        for i, m in enumerate(words):
            word = m.group().casefold()
            if generic and in_generic(m.start()):
                continue
            if word in self.you_words:
                found.append(m.span())
            elif word in self.polite:
                after = words[i + 1].group() if i + 1 < len(words) else ""
                if after.casefold() in self.titles:
                    continue  # "Pani doktor Nowak": a member of staff
                if after[:1].isupper() and not text[m.end() : words[i + 1].start()].strip():
                    if after.casefold()[:4] not in own_name:
                        continue  # "Pani Anna, która ...": someone else, by name
                    if text[words[i + 1].end() : words[i + 1].end() + 1] in ",!":
                        continue  # "Pani Lucyno, cena ...": a greeting, not what it says
                found.append(m.span())
            elif (
                len(word) >= 5
                and word.endswith(self.you_endings)
                and word not in self.not_verbs
                and not (i and words[i - 1].group().casefold() in self.prepositions)
            ):
                found.append(m.span())  # "ходите к нам", "przyszliście": a verb of "you"
        if not self.segmented:
            for pronoun in self.you_words:
                at = low.find(pronoun, start, end)
                while at >= 0:
                    if not in_generic(at):
                        found.append((at, at + len(pronoun)))
                    at = low.find(pronoun, at + len(pronoun), end)
        return found

    def past_of_you(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Past-tense verbs of the clause ("пришли"): "you" when their sentence speaks to the
        reviewer with a pronoun (the caller knows)."""
        if not self.past_endings:
            return []
        return [
            m.span()
            for m in WORD.finditer(text, start, end)
            if len(m.group()) >= 5
            and m.group().casefold() not in self.not_verbs
            and m.group().casefold().endswith(self.past_endings)
        ]

    def follows_up(self, low: str, start: int, at: int) -> bool:
        """The word right before ``at`` (or the one before it, from ``start`` on) makes the
        care word there one of a series ([reading] follow_up: "контрольный осмотр", "плановий
        огляд", "kolejna wizyta", "follow-up visit")."""
        if self.follow_up is None:
            return False
        return self.follow_up.search(low, max(start, at - 60), at) is not None

    def ahead_in(self, low: str, start: int, end: int) -> bool:
        """``low[start:end]`` names a point in time counted forward from today ([reading]
        ahead: "через месяц", "за тиждень", "za pół roku")."""
        return self.ahead is not None and self.ahead.search(low, start, end) is not None

    def bids(self, text: str, start: int, end: int) -> bool:
        """``text[start:end]`` bids the reviewer do something: a verb of the polite or plural
        imperative ([reading] bid_endings: "не забудьте", "пам'ятайте") or a word of a bid
        (bid_words: "proszę"), outside the words that are no verb (not_verbs, and a noun after
        a preposition: "при визите")."""
        if not self.bid_endings and not self.bid_words:
            return False
        before = ""
        for m in WORD.finditer(text, start, end):
            word = m.group().casefold()
            if word in self.bid_words or (
                len(word) >= 5
                and word.endswith(self.bid_endings)
                and word not in self.not_verbs
                and before not in self.prepositions
            ):
                return True
            before = word
        return False

    def subject_did(
        self, text: str, low: str, start: int, end: int, reach: int = 3, omitted: bool = False
    ) -> bool:
        """A pronoun of ``subject`` ("вы", "ви") with a past verb within the next ``reach``
        words ("вы трижды переносили", "ви вже отримували"): something the reviewer did, not a
        verb of ``told`` that reports what they wrote ("вы писали", "ви згадували"). With
        ``omitted``, only what they left out counts, a past verb right after "не" or one of
        forgetting ("ви при записі не повідомили", "вы не сообщили", "ви забули згадати"): their
        act at a visit, not a report of the review; "вы нашли нас через карты" is none."""
        if self.subject_at is None or not self.past_endings:
            return False
        if not self.subject_at.search(low, start, end):
            return False  # no "вы" in the clause: most are read no further
        words = [m.group().casefold() for m in WORD.finditer(text, start, end)]
        for i, word in enumerate(words):
            if word not in self.subject:
                continue
            for j in range(i + 1, min(i + 1 + reach, len(words))):
                after = words[j]
                if len(after) < 5 or not after.endswith(self.past_endings):
                    continue
                if after in self.not_verbs:
                    continue
                if omitted:
                    # only what they left out: a denied verb or one of forgetting
                    if words[j - 1] in _NOT_WORDS or after.startswith(_FORGOT):
                        return True
                elif not any(t in after for t in self.told):
                    return True
        return False

    def asserted(
        self, low: str, start: int, end: int, review_low: str
    ) -> list[tuple[str, int, int]]:
        """What the clause asserts: care-relationship words, and news words the review did
        not use (by their first ``echo_letters`` letters; anywhere in a Chinese review)."""
        found: list[tuple[str, int, int]] = []
        if self.with_us is not None and (
            self.kin_after is not None or (self.kin is not None and self.kin_subject)
        ):
            # the place first ("у нас" is rarer than a possessive), then a relative just before
            for place in _windowed(self.with_us, low, start, end):
                for m in self._kin_subjects(low, max(start, place.start() - 60), place.start()):
                    gap = _ONE_WORD_GAP.match(low, m.end())
                    spaces = _SPACES.match(low, m.end())
                    if place.start() in (
                        spaces.end() if spaces else m.end(),
                        gap.end() if gap else -1,
                    ):
                        found.append((CARE, m.start(), m.end()))
        if self.for_you is not None and self.slot is not None and self.done_endings:
            for m in _windowed(self.for_you, low, start, end):
                if self._held(low, max(start, m.start() - 60), min(end, m.end() + 60)):
                    found.append((CARE, m.start(), m.end()))
        # a complaint put on record is no news when the review tells of their complaint ("Написал
        # жалобу, ответа нет." -> "Ваше обращение зарегистрировано"): round 22d
        told_complaint = bool(
            review_low and self.complaint is not None and self.complaint.search(review_low)
        )
        for what, pattern in (
            (CARE, self.care),
            (OWNED, self.owned),
            (NEWS, self.news),
            (FILED, self.files),
            (FILED, None if told_complaint else self.register),
            (CARED, self.cared),
            (DONE_TO, self.done_to),
            (DONE_BY, self.done_by),
        ):
            if pattern is None:
                continue
            for m in _windowed(pattern, low, start, end):
                if not self._echoed(m.group(), review_low):
                    found.append((what, m.start(), m.end()))
        if self.done_light is not None and self.done_what is not None:
            for m in _windowed(self.done_light, low, start, end):
                if not self._echoed(m.group(), review_low):
                    found += self._light_care(low, start, end, m)
        if self.event_reach and self.you_agree and review_low:
            found += self._events(low, start, end)
        return found

    def _events(self, low: str, start: int, end: int) -> list[tuple[str, int, int]]:
        """The reviewer as the subject of a verb of the past that agrees with it, within
        ``event_reach`` words ("dotarła Pani", "Pan i tak wyszedł"): (EVENT, start, end) from
        the one to the other; not a verb of ``event_told`` ("napisała Pani", "była Pani")."""
        agree = dict(self.you_agree)
        words = list(WORD.finditer(low, start, end))
        found: list[tuple[str, int, int]] = []
        for i, m in enumerate(words):
            form = m.group()
            if (
                self.event_endings
                and len(form) >= 6
                and form.endswith(self.event_endings)
                and form not in self.not_verbs
                and not (self.event_told is not None and self.event_told.match(form))
                and not (
                    i
                    and (
                        words[i - 1].group() in self.event_mood
                        or words[i - 1].group() in self.event_object_after
                    )
                )
            ):
                # "przyszłaś", "odebraliście"; not "na liście", a noun after a preposition
                found.append((EVENT, m.start(), m.end()))
                continue
            if form not in agree:
                continue
            if i and words[i - 1].group() in self.event_object_after:
                continue  # "dla Pani", "do Pana": an object, no subject
            after = words[i + 1].group() if i + 1 < len(words) else ""
            if after and self.event_told is not None and self.event_told.match(after):
                continue  # "przeczytała Pani opinię": theirs is the review, not the verb
            reach = [
                *range(max(0, i - self.event_reach), i),
                *range(i + 1, i + 1 + self.event_reach),
            ]
            reach = [k for k in reach if k < len(words)]
            for k, at in enumerate(reach):
                verb = words[at]
                word = verb.group()
                then = words[reach[k + 1]].group() if k + 1 < len(reach) else ""
                if word in self.event_modal and "nie" in (then, after):
                    break  # "mogła Pani nie wiedzieć": what may not have been, no event
                if (
                    len(word) >= 4
                    and word.endswith(tuple(agree[form]))
                    and word not in self.not_verbs
                    and word not in agree
                    and not (self.event_told is not None and self.event_told.match(word))
                ):
                    first = min(i, at)
                    if first and words[first - 1].group() in self.event_mood:
                        break  # "by otrzymał Pan", "żeby Pani mogła": what should be, no event
                    if self._to_us(words, first, max(i, at), at):
                        break  # "zrobiła nam Pani dzień", "poleciła nas Pani": done to us
                    found.append((EVENT, min(m.start(), verb.start()), max(m.end(), verb.end())))
                    break
        return found

    def _to_us(self, words: list[re.Match[str]], first: int, last: int, verb: int) -> bool:
        """Between the subject and the verb (``words[first:last]``), or right after the verb,
        the practice as what they did it to (``event_to_us``: "zrobiła nam Pani dzień"; or
        ``event_us_object`` not after a preposition: "poleciła nas Pani znajomym", not
        "przyszła Pani do nas", a visit)."""
        for k in {*range(first + 1, last), verb + 1}:
            if k >= len(words):
                continue
            word = words[k].group()
            if word in self.event_to_us or (
                word in self.event_us_object and words[k - 1].group() not in self.event_object_after
            ):
                return True
        return False

    def _light_care(
        self, low: str, start: int, end: int, verb: re.Match[str]
    ) -> list[tuple[str, int, int]]:
        """A light verb with its care noun ([reading] done_what) within ``cared_reach`` words
        after it ("вы получили направление", "dostała Pani receptę") or before it, the noun a
        relative clause tells of ("анализы, которые вы сдали", "gastroskopii, którą przeszedł
        Pan"; a relative pronoun between: "ząb zaczął boleć" is the tooth's doing): the span
        from the one to the other, or nothing."""
        assert self.done_what is not None
        after = self.done_what.search(low, verb.end(), min(end, verb.end() + _LIGHT_REACH))
        if after is not None and _few_words(low, verb.end(), after.start(), self):
            return [(DONE_BY, verb.start(), after.end())]
        if self.done_relative is None:
            return []
        nouns = list(
            self.done_what.finditer(low, max(start, verb.start() - _LIGHT_REACH), verb.start())
        )
        before = nouns[-1] if nouns else None
        if (
            before is not None
            and _few_words(low, before.end(), verb.start(), self)
            and self.done_relative.search(low, before.end(), verb.start())
        ):
            return [(DONE_BY, before.start(), verb.end())]
        return []

    def _kin_subjects(self, low: str, start: int, end: int) -> list[re.Match[str]]:
        """Their relative as a subject in ``low[start:end]``: "your" in a form of the subject
        before the relative ("ваша мама": ``kin`` whose first word is one of ``kin_subject``;
        not "для вашей мамы") or after it ("свекровь ваша", "teściowa Pani": ``kin_after``,
        round 21e)."""
        found: list[re.Match[str]] = []
        if self.kin is not None and self.kin_subject:
            found += [
                m
                for m in self.kin.finditer(low, start, end)
                if m.group().split()[0] in self.kin_subject
            ]
        if self.kin_after is not None:
            found += list(self.kin_after.finditer(low, start, end))
        return found

    def _held(self, low: str, start: int, end: int) -> bool:
        """Around a "for you": a slot in a timetable ([reading] slot: "время", "godzinę") and a
        past verb of the practice (done_endings: "освободили", "zwolniliśmy"), both within
        ``low[start:end]`` (the caller gives some sixty characters either side of it)."""
        words = [m.group() for m in WORD.finditer(low, start, end)]
        return any(self.slot is not None and self.slot.match(w) for w in words) and any(
            len(w) >= 5 and w.endswith(self.done_endings) for w in words
        )

    def _echoed(self, word: str, review_low: str) -> bool:
        """The review has the word (by its first ``echo_letters`` letters): "your visit" after
        "my visit", "you didn't hear back" after "never heard back" repeat what it says."""
        if not review_low:
            return False
        if not self.segmented:
            return word in review_low
        head = word.split()[0]
        head = head[: self.echo_letters] if self.echo_letters else head
        return _word_starting(head).search(review_low) is not None


@lru_cache(maxsize=4096)
def _word_starting(head: str) -> re.Pattern[str]:
    """A word starting with ``head`` (``ClauseReading._echoed``), compiled once: the rules ask
    it again for each clause, and ``re.search`` with a source (its escape and cache look-up
    not compiled with the guard) cost some 3 us a call."""
    return re.compile(rf"(?<!\w){re.escape(head)}")


# How far after a light verb ("получили", "dostała", "做") its care noun is looked for, in
# characters; ``cared_reach`` then counts the words between them.
_LIGHT_REACH = 48

# The gap a word may leave between a relative and the place ("ваш тато вже в нас"), or none.
_ONE_WORD_GAP = re.compile(r"\s+[\w'’-]+\s+")
_SPACES = re.compile(r"\s*")


# A pasted megabyte is read in windows: no single regex call holds the interpreter (and so the
# window's thread) for the whole text; a stem is far shorter than the overlap.
_WINDOW = 8192
_OVERLAP = 96


# A pattern whose matches can start with this many two-character beginnings or fewer is tried
# only where one of them is, found by a scan for them (``engine._gated``): the regex engine
# otherwise tries a pattern that starts with a look-behind at every place of the reply. The
# scans of a 4 KB reply: Polish "dla pana|pani|..." 61 -> 4 us, Russian "у нас" 36 -> 4; with
# more beginnings (English "owned", 8), most words are places and a step each costs more.
# The text is ``engine.lowered`` (its blanks all spaces, as ``prefixes`` reads "\s").
_GATE_KEYS_MOST = 4
# by source and flags (a pattern's own hash reads its whole compiled code each time)
_gates: dict[tuple[str, int], re.Pattern[str] | None] = {}


def _gate_of(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The gate of ``pattern`` (remembered): where its matches can start, or None."""
    key = (pattern.pattern, pattern.flags)
    if key in _gates:
        return _gates[key]
    keys = None if pattern.flags & re.IGNORECASE else prefixes(pattern.pattern, 2)
    gate = (
        re.compile("|".join(re.escape(k) for k in sorted(keys)))
        if keys and "" not in keys and len(keys) <= _GATE_KEYS_MOST
        else None
    )
    _gates[key] = gate
    return gate


def _windowed(pattern: re.Pattern[str], low: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(low, start, end)`` in windows of ``_WINDOW`` characters, each match
    once (those starting in a window's overlap belong to the next window)."""
    if not _may_hold(pattern, low, start, end):
        return
    at = start
    done = start  # the end of the last match: none overlaps it
    gate = _gate_of(pattern)
    while at < end:
        stop = min(end, at + _WINDOW)
        window = min(end, stop + _OVERLAP)
        found = (
            pattern.finditer(low, at, window)
            if gate is None
            else _gated(gate, pattern, low, at, window)
        )
        for m in found:
            if m.start() >= stop:
                break
            if m.start() >= done:
                done = m.end()
                yield m
        at = stop


# by source and flags, as ``_gates``: the texts one of which each match of a pattern holds,
# set by set (``engine.required_texts``); the sets of more texts than ``_REQUIRED_MOST`` left out
# (a search for each costs more than they spare)
_required: dict[tuple[str, int], tuple[frozenset[str], ...]] = {}
_REQUIRED_MOST = 64


def _may_hold(pattern: re.Pattern[str], low: str, start: int, end: int) -> bool:
    """``low[start:end]`` holds a text of each set of texts some match of ``pattern`` must
    hold: where it does not, no match is there, and the scan is spared (English "news", "our
    records show|...", in three 4 KB replies of five; gspeed40). The sets are of the letters
    a match consumes, so this holds of any text. Only for a pattern with the flags every
    pattern has (a case-blind one's letters may match others)."""
    key = (pattern.pattern, pattern.flags)
    required = _required.get(key)
    if required is None:
        required = _required[key] = (
            tuple(
                texts for texts in required_texts(pattern.pattern) if len(texts) <= _REQUIRED_MOST
            )
            if pattern.flags == re.UNICODE
            else ()
        )
    find = low.find
    return all(any(find(text, start, end) >= 0 for text in texts) for texts in required)


@cache
def reading(language: str) -> Reading | None:
    """The language's reading, or None where its TOML file has no [reading] table."""
    code = normalise_language(language)
    data = tomllib.loads(resource("guidelines", f"{code}.toml").read_bytes().decode("utf-8"))
    table = data.get("reading")
    if not table:
        return None
    segmented = bool(table.get("segmented", True))

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).casefold() for w in table.get(key, []))

    forms_of = morphology(code).verb_stems

    def verb_stems(key: str) -> list[str]:
        """The list's verb stems with every beginning their forms are written with (uk
        'приймал' and 'приймав'): one entry names the whole past of a verb."""
        return [
            form + "$" * entry.endswith("$")
            for entry in map(str, table.get(key, []))
            for form in forms_of(entry.removesuffix("$"))
        ]

    return Reading(
        segmented=segmented,
        you_words=words("you"),
        you_endings=tuple(str(e).casefold() for e in table.get("you_endings", [])),
        past_endings=tuple(str(e).casefold() for e in table.get("past_endings", [])),
        not_verbs=words("not_verbs"),
        prepositions=words("prepositions"),
        polite=words("polite"),
        greeting_words=words("greeting_words") | words("polite"),
        titles=words("titles"),
        generic=_phrases(table.get("generic", [])),
        care=_stems_pattern(verb_stems("care"), segmented=segmented),
        owned=_stems_pattern(table.get("owned", []), segmented=segmented),
        news=_stems_pattern(table.get("news", []), segmented=segmented),
        anyone=_phrases(table.get("anyone", [])),
        timetable=_phrases(table.get("timetable", [])),
        usual=_phrases(table.get("usual", [])),
        generic_subject=_phrases(table.get("generic_subject", [])),
        me=_phrases(table.get("me", [])),
        past_day=_phrases(table.get("past_day", [])),
        kin=_phrases(table.get("kin", [])),
        kin_pronoun=_phrases(table.get("kin_pronoun", [])),
        not_rule=_phrases(table.get("not_rule", [])),
        negator=_phrases(table.get("negator", [])),
        negator_back=_phrases(table.get("negator_back", [])),
        reach_end=_phrases(table.get("reach_end", [])),
        asked=_phrases(table.get("asked", [])),
        echo_letters=int(table.get("echo_letters", 5)),
        follow_up=_before_pattern(table.get("follow_up", [])),
        subject=words("subject"),
        subject_at=_whole_words(words("subject")),
        told=tuple(str(w).casefold() for w in table.get("told", [])),
        kin_subject=words("kin_subject"),
        with_us=_phrases(table.get("with_us", [])),
        kin_after=_phrases(table.get("kin_after", [])),
        files=_stems_pattern(table.get("files", []), segmented=segmented),
        complaint=_stems_pattern(table.get("complaint", []), segmented=segmented),
        register=_stems_pattern(table.get("register", []), segmented=segmented),
        others=_phrases(table.get("others", [])),
        question=_phrases(table.get("question", [])),
        ahead=_phrases(table.get("ahead", [])),
        bid_endings=tuple(str(e).casefold() for e in table.get("bid_endings", [])),
        bid_words=words("bid_words"),
        awaits=_phrases(table.get("awaits", [])),
        for_you=_phrases(table.get("for_you", [])),
        slot=_stems_pattern(table.get("slot", []), segmented=segmented),
        done_endings=tuple(str(e).casefold() for e in table.get("done_endings", [])),
        rules_for_anyone=bool(table.get("rules_for_anyone", False)),
        part_end=_phrases(table.get("part_end", [])),
        group=_phrases(table.get("group", [])),
        reported_noun=_phrases(table.get("reported_noun", [])),
        greeting_after=_phrases(table.get("greeting_after", [])),
        case_opening=_phrases(table.get("case_opening", [])),
        case_topic=_phrases(table.get("case_topic", [])),
        case_result=_phrases(table.get("case_result", [])),
        case_verb=_phrases(table.get("case_verb", [])),
        case_general=_phrases(table.get("case_general", [])),
        case_then=_phrases(table.get("case_then", [])),
        case_turn=_phrases(table.get("case_turn", [])),
        general_back=_phrases(table.get("general_back", [])),
        gnomic=_phrases(table.get("gnomic", [])),
        gnomic_not=_phrases(table.get("gnomic_not", [])),
        case_again=_phrases(table.get("case_again", [])),
        definite=_phrases(table.get("definite", [])),
        stage_not=_phrases(table.get("stage_not", [])),
        stage_rule=_phrases(table.get("stage_rule", [])),
        habit=_phrases(table.get("habit", [])),
        habit_frame=_phrases(table.get("habit_frame", [])),
        habit_opening=_phrases(table.get("habit_opening", [])),
        share=_phrases(table.get("share", [])),
        scope=_phrases(table.get("scope", [])),
        scope_past=_phrases(table.get("scope_past", [])),
        scope_next=_phrases(table.get("scope_next", [])),
        normal=_phrases(table.get("normal", [])),
        normal_not=_phrases(table.get("normal_not", [])),
        so_ours=_phrases(table.get("so_ours", [])),
        kind_said=_phrases(table.get("kind_said", [])),
        define=_phrases(table.get("define", [])),
        define_all=_phrases(table.get("define_all", [])),
        ever_if=_phrases(table.get("ever_if", [])),
        ever_not=_phrases(table.get("ever_not", [])),
        ever_step=_phrases(table.get("ever_step", [])),
        greeting_open=_phrases(table.get("greeting_open", [])),
        cared=_stems_pattern(verb_stems("cared"), segmented=segmented),
        cared_reach=int(table.get("cared_reach", 0)),
        care_verbs=_stems_pattern(table.get("care_verbs", []), segmented=segmented, bare=True),
        care_staff=_phrases(table.get("care_staff", [])),
        staff_subject=_phrases(with_roles(table.get("staff_subject", []), data)),
        their_things=_after_pattern(table.get("their_things", []), segmented=segmented),
        done_to=_stems_pattern(verb_stems("done_to"), segmented=segmented),
        you_object=frozenset(w.casefold() for w in table.get("you_object", [])),
        done_by=_stems_pattern(table.get("done_by", []), segmented=segmented, bare=True),
        you_subject=frozenset(w.casefold() for w in table.get("you_subject", [])),
        you_agree=tuple(
            (form.casefold(), frozenset(e.casefold() for e in ends))
            for form, ends in table.get("you_agree", {}).items()
        ),
        done_light=_stems_pattern(table.get("done_light", []), segmented=segmented, bare=True),
        done_what=_stems_pattern(table.get("done_what", []), segmented=segmented, bare=True),
        done_relative=_stems_pattern(table.get("done_relative", []), segmented=segmented),
        event_reach=int(table.get("event_reach", 0)),
        event_told=_stems_pattern(table.get("event_told", []), segmented=segmented, bare=True),
        event_object_after=words("event_object_after"),
        event_to_us=words("event_to_us"),
        event_us_object=words("event_us_object"),
        event_modal=words("event_modal"),
        event_mood=words("event_mood"),
        event_endings=tuple(str(e).casefold() for e in table.get("event_endings", [])),
        event_quiet=_stems_pattern(table.get("event_quiet", []), segmented=segmented, bare=True),
        advice=_phrases(table.get("advice", [])),
        advice_bound=_phrases(table.get("advice_bound", [])),
        advice_general=_phrases(table.get("advice_general", [])),
        advice_frames=_phrases(table.get("advice_frames", [])),
        advice_particular=_phrases(table.get("advice_particular", [])),
    )


def _after_pattern(stems: Sequence[str], *, segmented: bool) -> re.Pattern[str] | None:
    """One of ``stems`` opening the next word of the text matched from, or the word after it
    ("your hall", "your community hall"); where words are not segmented (Chinese), right
    after it or after "的" ("你们小区", "贵单位的会员")."""
    alternatives = sorted({s.casefold() for s in stems if s}, key=len, reverse=True)
    if not alternatives:
        return None
    body = "|".join(re.escape(s) for s in alternatives)
    if not segmented:
        return re.compile(rf"的?(?:{body})")
    return re.compile(rf"\s+(?:[\w'’-]+\s+)?(?:{body})[\w'’-]*(?![\w'’-])")


def _whole_words(words: frozenset[str]) -> re.Pattern[str] | None:
    """Any of ``words`` (in lower case) as a whole word."""
    if not words:
        return None
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def _before_pattern(stems: Sequence[str]) -> re.Pattern[str] | None:
    """One of ``stems`` opening the word right before the end of the searched text, or the
    word before that ("контрольный осмотр", "следующий плановый осмотр")."""
    alternatives = sorted({s.casefold() for s in stems if s}, key=len, reverse=True)
    if not alternatives:
        return None
    body = "|".join(re.escape(s) for s in alternatives)
    return re.compile(rf"(?<![\w'’-])(?:{body})[\w'’-]*\s+(?:[\w'’-]+\s+)?$")


def speaks_to_reviewer(
    text: str, low: str, language: str, start: int, end: int, reviewer_name: str = ""
) -> bool:
    """``text[start:end]`` speaks to the reviewer (a pronoun, a verb of the second person, a
    polite form, 您/你) outside the phrases where "you" is anyone; True where the language has
    no reading (nothing is decided by it)."""
    data = reading(language)
    if data is None:
        return True
    return bool(data.person_spans(text, low, start, end, reviewer_name))


def said_of_anyone(low: str, language: str, start: int, end: int, *, health: bool) -> bool:
    """``low[start:end]`` is general information: it speaks of people in general ("most
    people", "всем желающим", "所有居民") or, but for a health word, of the practice's timetable
    and prices ("every Monday", "a standard clean costs")."""
    data = reading(language)
    if data is None:
        return False
    patterns = (data.anyone,) if health else (data.anyone, data.timetable)
    return any(p is not None and p.search(low, start, end) is not None for p in patterns)


# where the part of a clause that says something of its subject ends: a comma, a dash, a colon
_CASE_PART_END = re.compile(r"[,;:—–，；：]")
# the most characters an opening ("and now the upper left", "а теперь эту") may take
_CASE_OPENING_REACH = 48


def tells_a_case(low: str, language: str, clause: tuple[int, int], hit: Hit) -> bool:
    """The clause tells a finding, result, state or plan of one particular case (session 26,
    gdef26), by its grammar: the care word ``hit`` is its definite subject ([reading]
    case_opening alone stands between the clause's start and it: "The crown will have to be
    redone", "这颗牙冠需要重做") or its bare topic ([reading] case_topic: "Пломба стоит хорошо",
    "Zdjęcie pokazuje małą torbiel", "片子显示有个小囊肿"); in the part of the clause after it a
    result or state is said of it ([reading] case_result), or of a definite one a plan or a
    need too ([reading] case_verb); and nothing in the clause makes it anyone's ([reading]
    case_general: "a scan can show a cyst", "crowns are usually redone", "一般一周拆线"). Whom
    it is told of is the reply's reader: no "you" is needed."""
    data = reading(language)
    if data is None:
        return False
    start, end = clause
    if not start <= hit.start < end or hit.start - start > _CASE_OPENING_REACH:
        return False  # (read only near the clause's start: a long paste is read once)
    if data.case_opening is not None and data.case_opening.fullmatch(low, start, hit.start):
        verbs = [p for p in (data.case_result, data.case_verb) if p is not None]
    elif data.case_topic is not None and data.case_topic.fullmatch(low, start, hit.start):
        verbs = [data.case_result] if data.case_result is not None else []
    else:
        return False
    stop = _CASE_PART_END.search(low, hit.end, end)  # said of it in its own part: not
    until = stop.start() if stop else end  # "вакцина есть в наличии, поставка пришла"
    if not any(p.search(low, hit.end, until) for p in verbs):
        return False
    # a part that draws the consequence ([reading] case_then: ", więc ...") is no rule's: what
    # makes the case anyone's is read before it ("nie wykazała przepukliny, więc rehabilitację
    # można zaczynać", "próby się unormowały, można wrócić do diety")
    if stop and data.case_then is not None and data.case_then.match(low, stop.end(), end):
        end = until
    return data.case_general is None or data.case_general.search(low, start, end) is None


def said_as_a_rule(low: str, language: str, start: int, end: int) -> bool:
    """``low[start:end]`` states what is true as a rule ([reading] usual: "usually", "most
    cases", "can be a sign of", "обычно", "як правило", "zazwyczaj", "通常")."""
    data = reading(language)
    if data is None:
        return False
    return data.usual is not None and data.usual.search(low, start, end) is not None


def opens_in_general(low: str, language: str, start: int, end: int) -> int:
    """Where the activity or loss named in general that opens ``low[start:end]`` ends ([reading]
    generic_subject: "caring for a parent", "потеря", "opieka nad"), or -1 where none opens it."""
    data = reading(language)
    if data is None or data.generic_subject is None:
        return -1
    found = data.generic_subject.match(low, start, end)
    return found.end() if found else -1


def names_past_day(low: str, language: str, start: int, end: int) -> bool:
    """``low[start:end]`` counts a day back from today ([reading] past_day: "в позапрошлую
    среду", "минулого четверга", "w zeszły wtorek"): a day that was, so someone's."""
    data = reading(language)
    return bool(data and data.past_day and data.past_day.search(low, start, end))


def first_others_at(low: str, language: str, start: int, end: int) -> int | None:
    """Where ``low[start:end]`` first tells of others than the practice and the reader
    ([reading] others: "some clinics", "businesses", "некоторые клиники", "niektóre gabinety",
    "有些机构"), if it does: round 21a, a reward they give for stars is their practice, not an
    offer to this reader."""
    data = reading(language)
    found = data.others.search(low, start, end) if data and data.others else None
    return found.start() if found else None


# a comma and the white space after it, where a new statement may start (gfix37)
_SPLICE = re.compile(r"[,\uff0c]\s*")

_REACH = 240  # characters either side of the words a negator may reach from


def negated_reach(
    low: str,
    language: str,
    clause: tuple[int, int],
    start: int,
    end: int,
    *,
    back: bool,
    voids: Sequence[tuple[int, int]] = (),
    places: Callable[[re.Pattern[str]], Sequence[int] | None] | None = None,
) -> bool:
    """A word that negates or forbids ([reading] negator: "not", "never", "не", "nie", "不",
    "禁止") stands before or inside ``low[start:end]`` in its part of the clause, or, ``back``,
    one of [reading] negator_back after it ("скидок за отзывы мы не даём", "好评返现违反平台
    规定"). A part ends where [reading] reach_end matches (", and every review gets", ", а
    подарок", "，是给"); a negator inside ``voids`` (a negative that denies nothing, a
    condition) counts for nothing. Round 20b: a refused reward is read from the clause's
    negation, not from listed refusals. ``places``: a pattern's ``match_places`` in ``low``,
    where the caller reads it for many words (``found_in``)."""
    data = reading(language)
    if data is None:
        return False
    pattern = data.negator_back if back else data.negator
    if pattern is None:
        return False
    # a negator reaches a few words, not a pasted megabyte's clause: read near the words only
    part_start, part_end = max(clause[0], start - _REACH), min(clause[1], end + _REACH)
    # forward, a phrase that runs on past its negator counts too ("opinii nie wymienia się na
    # prezenty"), from the last end of a part inside it ("кто не оставил отзыв, дарим")
    last = start if back else end
    if data.reach_end is not None:
        for m in found_in(data.reach_end, low, part_start, part_end, places):
            if m.end() <= last:
                part_start = m.end()
            elif m.start() >= end:
                part_end = m.start()
                break
    lo, hi = (end, part_end) if back else (part_start, end)
    return any(
        not any(s <= m.start() < e for s, e in voids)
        for m in found_in(pattern, low, lo, hi, places)
    )


# A pattern's beginnings as a scan for every place one starts at (``match_places``), by source
# and flags (a pattern's own hash reads its whole compiled code each time)
_place_scans: dict[tuple[str, int], re.Pattern[str] | None] = {}


def match_places(pattern: re.Pattern[str], low: str) -> list[int] | None:
    """Every place of ``low`` (``engine.lowered``) where a match of ``pattern`` can start: where
    one of its two-character beginnings (``prefixes``) is, overlapping ones too; None where
    they cannot be told or a match can be empty. For ``found_in``: a reply of many rewards
    reads the negator and the part ends in 240 characters each side of each reward (a pasted
    megabyte of them: most of its time), and a text's places are found once."""
    key = (pattern.pattern, pattern.flags)
    if key not in _place_scans:
        keys = None if pattern.flags & re.IGNORECASE else prefixes(pattern.pattern, 2)
        _place_scans[key] = (
            re.compile("(?=" + "|".join(re.escape(k) for k in sorted(keys)) + ")")
            if keys and "" not in keys
            else None
        )
    scan = _place_scans[key]
    return None if scan is None else [m.start() for m in scan.finditer(low)]


def found_in(
    pattern: re.Pattern[str],
    low: str,
    start: int,
    end: int,
    places: Callable[[re.Pattern[str]], Sequence[int] | None] | None,
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(low, start, end)`` finds; where ``places`` gives the pattern's
    ``match_places`` in ``low``, it is tried only at those: the leftmost match from where the
    last one ended (none is empty)."""
    starts = None if places is None else places(pattern)
    if starts is None:
        yield from pattern.finditer(low, start, end)
        return
    at, match = start, pattern.match
    for place in starts[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]:
        if place >= at:
            m = match(low, place, end)
            if m is not None:
                yield m
                at = m.end()


def opens_with_negator(
    low: str, language: str, clause: tuple[int, int], voids: Sequence[tuple[int, int]] = ()
) -> bool:
    """The clause opens with a negator ([reading] negator or negator_back) in its first four
    words (a Chinese clause: its first six characters): "It doesn't, and it never will",
    "такой акции нет", "没有这样的活动"."""
    data = reading(language)
    if data is None:
        return False
    start, end = clause
    if data.segmented:
        words = list(islice(WORD.finditer(low, start, end), 4))
        if not words:
            return False
        end = words[-1].end()
    else:
        while start < end and not low[start].isalnum():
            start += 1
        end = min(end, start + 6)
    for pattern in (data.negator, data.negator_back):
        if pattern is None:
            continue
        for m in pattern.finditer(low, start, end):
            if not any(s <= m.start() < e for s, e in voids):
                return True
    return False


def names_reported(text: str, language: str, start: int, at: int) -> bool:
    """The word at ``at`` is named by the words that report what the review said, close before
    it in its part of the clause ([reading] reported_noun: "您提到的那位戴眼镜的医生"): the review's
    own word (the caller checks the review has it), not the practice's disclosure."""
    data = reading(language)
    if data is None or data.reported_noun is None:
        return False
    window = max(start, at - _REPORTED_REACH - 16)
    return any(
        at - m.end() <= _REPORTED_REACH and not _PART_BREAK.search(text, m.end(), at)
        for m in data.reported_noun.finditer(text, window, at)
    )


_REPORTED_REACH = 12  # how far after "您提到的" the word it names may stand: "那位戴眼镜的医生"
_PART_BREAK = re.compile(r"[,;:.!?，；：。！？]")


def reports_question(low: str, language: str, start: int, end: int) -> bool:
    """``low[start:end]`` tells of a question ([reading] asked: "some patients ask whether",
    "на вопросы о", "pytania o", "关于……的询问")."""
    data = reading(language)
    return bool(data and data.asked and data.asked.search(low, start, end))


def asks_question(review_text: str, language: str) -> bool:
    """The review asks the practice something ([reading] question: "请问", "……吗？"), rather
    than only telling of a visit. False where the language has no such data."""
    data = reading(language)
    return bool(data and data.question and data.question.search(review_text.casefold()))


def tells_of_self(review_text: str, language: str) -> bool:
    """The review speaks of its writer or their family in the first person ([reading] me: "my",
    "I", "у меня", "мені", "byłam", "我"): its health words may be their own. True where the
    language has no such data (nothing is decided by it)."""
    data = reading(language)
    if data is None or data.me is None:
        return True
    return data.me.search(review_text.casefold()) is not None


@dataclass(frozen=True, slots=True)
class ClauseReading:
    """A clause the reading finds a problem in: ``what`` (CARE, NEWS, CARED or EVENT) it
    asserts of the reviewer, ``text[start:end]`` being the clause."""

    start: int
    end: int
    what: str


def read_clauses(
    text: str,
    low: str,
    language: str,
    clauses: Sequence[tuple[int, int]],
    sentence_of: Sequence[int],
    *,
    review_text: str = "",
    named: Sequence[tuple[int, int]] = (),
    excluded: Callable[[int, int], Sequence[tuple[int, int]]] | None = None,
    reviewer_name: str = "",
) -> list[ClauseReading]:
    """The clauses of ``text`` that assert a care relationship or new information of the
    reviewer. ``sentence_of[i]`` numbers clause i's sentence; ``named`` are the places the
    reply names the reviewer (not greeting them); ``excluded(start, end)`` gives the spans of
    a clause said of anyone (conditions, privacy statements), where nothing counts. Only the
    clauses that assert something are read for whom they are about (a pasted megabyte)."""
    data = reading(language)
    if data is None:
        return []
    review_low = review_text.casefold()
    hits = data.asserted(low, 0, len(text), review_low)
    if not hits:
        return []
    if not data.segmented:  # "热情接待正是我们的追求，很高兴您感受到了": a comma parts two clauses
        clauses, sentence_of = _at_commas(text, clauses, sentence_of, [s for _, s, _ in hits])
    starts = [start for start, _ in clauses]
    asserted: dict[int, list[tuple[str, int, int]]] = {}
    for what, s, e in hits:
        i = bisect.bisect_right(starts, s) - 1
        if i >= 0 and s < clauses[i][1]:
            asserted.setdefault(i, []).append((what, s, e))
    outside: dict[int, Sequence[tuple[int, int]]] = {}
    persons: dict[int, list[tuple[int, int]]] = {}
    named_order = sorted(range(len(named)), key=lambda k: named[k][0])
    named_starts = [named[k][0] for k in named_order]

    def excluded_in(i: int) -> Sequence[tuple[int, int]]:
        if i not in outside:
            outside[i] = excluded(*clauses[i]) if excluded else ()
        return outside[i]

    spoken: dict[int, list[tuple[int, int]]] = {}

    def spoken_in(i: int) -> list[tuple[int, int]]:
        """Where clause i speaks to or names the reviewer, before what is said of anyone is
        taken out (conditions, privacy statements: read only where this finds someone)."""
        if i not in spoken:
            start, end = clauses[i]
            spans = data.person_spans(text, low, start, end, reviewer_name)
            # the names starting in the clause, in the order given (by bisection: a paste
            # of names is not read once per clause, round gquad2)
            first, last = (
                bisect.bisect_left(named_starts, start),
                bisect.bisect_left(named_starts, end),
            )
            spans += [named[k] for k in sorted(named_order[first:last])]
            spoken[i] = spans
        return spoken[i]

    def person(i: int) -> list[tuple[int, int]]:
        if i not in persons:
            persons[i] = [
                (s, e) for s, e in spoken_in(i) if not any(a <= s < b for a, b in excluded_in(i))
            ]
        return persons[i]

    ends_of: dict[int, list[int]] = {}

    def person_ends(i: int) -> list[int]:
        if i not in ends_of:
            ends_of[i] = sorted(e for _, e in person(i))
        return ends_of[i]

    def sentence_spoken(i: int) -> bool:
        """Another clause of the sentence speaks to the reviewer: "-ли" past tenses are theirs."""
        j = i
        while j > 0 and sentence_of[j - 1] == sentence_of[i]:
            j -= 1
        while j < len(clauses) and sentence_of[j] == sentence_of[i]:
            if j != i and person(j):
                return True
            j += 1
        return False

    def their_complaint(i: int) -> bool:
        """A possessive of theirs right before a complaint word of clause i ("ваше звернення",
        "Pana zgłoszenie", "your complaint"), or one word before it ("ваше письменное заявление",
        "您的书面投诉": round 22d)."""
        if data.complaint is None:
            return False
        word_before = _WORD_BEFORE if data.segmented else _CHARACTERS_BEFORE
        for m in data.complaint.finditer(low, *clauses[i]):
            if _right_after(text, person_ends(i), m.start()):
                return True
            before = word_before.search(low, clauses[i][0], m.start())
            if before and _right_after(text, person_ends(i), before.start()):
                return True
        return False

    reach: dict[tuple[int, bool, str, str], _Reach] = {}

    def within_reach(
        i: int, s: int, e: int, *, spoken_only: bool = False, slot: str = CARED
    ) -> bool:
        """A person span of clause i (or, ``spoken_only``, a place it speaks to or names the
        reviewer before conditions are read; ``slot`` DONE_TO or DONE_BY, only its forms of
        "you" as an object or a subject) within ``cared_reach`` words (characters unsegmented)
        of the care word at ``s:e``."""
        ending = data.agreeing_ending(low, s, e) if slot == DONE_BY and data.you_agree else ""
        key = (i, spoken_only, slot, ending)
        if key not in reach:
            spans = spoken_in(i) if spoken_only else person(i)
            if slot != CARED:
                spans = data.slot_forms(low, spans, slot, ending)
            reach[key] = _Reach(spans)
        return reach[key].near(text, s, e, data)

    def their_event(i: int, s: int, e: int) -> bool:
        """The event at ``s:e`` has its subject in a person span of clause i (outside what is
        said of anyone) and its clause says something the review did not (session 32)."""
        own_ending = bool(data.event_endings) and low[s:e].endswith(data.event_endings)
        if own_ending:
            if any(a <= s < b for a, b in excluded_in(i)):
                return False  # "jeśli byłaś u nas": said of anyone
        elif not any(s <= a < e for a, _ in person(i)):
            return False
        start, end = clauses[i]
        first = i
        while first > 0 and sentence_of[first - 1] == sentence_of[i]:
            first -= 1
        last = i
        while last + 1 < len(clauses) and sentence_of[last + 1] == sentence_of[i]:
            last += 1
        if "?" in text[clauses[last][1] : clauses[last][1] + 2] or text[
            clauses[last][0] : clauses[last][1]
        ].rstrip().endswith("?"):
            return False  # a question asserts nothing: "którą placówkę Pani odwiedziła?"
        told = data.event_told
        if told is not None and any(
            told.match(w.group()) for w in WORD.finditer(low, clauses[first][0], s)
        ):
            return False  # "Pisze Pan, że czekał ...": what they wrote, reported
        # the words a greeting names them by ("Panie Marku, ...") say nothing of the event
        words = list(WORD.finditer(text, start, end))
        skip = set(data.you_subject | data.you_object | data.polite)
        for k in range(1, len(words)):
            if (
                words[k - 1].group().casefold() in data.greeting_words
                and words[k].group()[:1].isupper()
            ):
                skip.add(words[k].group().casefold())
        # the event's own verb tells only that it took place ("wyszedł Pan rozczarowany"):
        # what it adds is in the words beside it ("wyszedł Pan od nas z gipsem")
        skip |= {w.casefold() for w in WORD.findall(text, s, e)}
        return adds_to_review(
            text[start:end],
            read_review(review_text[:_REVIEW_LIMIT], language),
            language,
            frozenset(skip),
            quiet=lambda word: any(
                pattern is not None and pattern.match(word) is not None
                for pattern in (told, data.event_quiet)
            ),
        )

    found = []
    for i in sorted(asserted):
        start, end = clauses[i]
        if all(what in (CARED, DONE_TO, DONE_BY) for what, _, _ in asserted[i]):
            # only events of care: no one near any of them, nothing to read further
            if not any(
                within_reach(i, s, e, spoken_only=True, slot=what) for what, s, e in asserted[i]
            ):
                continue
        said = [
            (what, s, e)
            for what, s, e in asserted[i]
            if not any(a <= s < b for a, b in excluded_in(i))
        ]
        if not said:
            continue
        about_them = (
            bool(person(i))
            or (bool(data.past_of_you(text, start, end)) and sentence_spoken(i))
            # session 32: "dotarłaś": a verb whose ending is the reviewer (event_endings)
            or any(what == EVENT and low[s:e].endswith(data.event_endings) for what, s, e in said)
        )
        if not about_them:
            continue  # said of the practice or of people in general
        said = [
            (
                {OWNED: CARE, FILED: NEWS, DONE_TO: CARED, DONE_BY: CARED}.get(what, what),
                s,
                e,
            )
            for what, s, e in said
            if (what != OWNED or _right_after(text, person_ends(i), s))
            and (what != FILED or their_complaint(i))
            and (what not in (CARED, DONE_TO, DONE_BY) or within_reach(i, s, e, slot=what))
            and (what != EVENT or their_event(i, s, e))
        ]
        for what in (CARE, NEWS, CARED, EVENT):
            if what == CARED and any(w == CARE for w, _, _ in said):
                continue  # the clause's care word says it already
            if what == EVENT and any(w == NEWS for w, _, _ in said):
                continue  # the clause's news word says it already
            if any(w == what for w, _, _ in said):
                found.append(ClauseReading(start, end, what))
    return found


class _Reach:
    """Person spans of one clause, sorted, for the care words near them: the nearest before a
    word and the nearest after it are found by halving (a pasted clause of thousands of both is
    not read pair by pair)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.ends = sorted(b for _, b in self.spans)

    def near(self, text: str, s: int, e: int, data: Reading) -> bool:
        """A span within ``data.cared_reach`` words of ``text[s:e]`` (or in it)."""
        k = bisect.bisect_left(self.starts, e) - 1  # the last span starting before its end
        if k >= 0 and self.spans[k][1] > s:
            return True  # the person is in the care word ("обслуживаетесь")
        j = bisect.bisect_right(self.ends, s) - 1  # the last span ending before it
        if j >= 0 and _few_words(text, self.ends[j], s, data):
            return True
        k += 1  # the first span starting at or after its end
        return k < len(self.starts) and _few_words(text, e, self.starts[k], data)


def _few_words(text: str, start: int, end: int, data: Reading) -> bool:
    """At most ``data.cared_reach`` words in ``text[start:end]`` (characters where words are
    not spaced): counted only up to one too many."""
    if not data.segmented:
        return end - start <= data.cared_reach
    words = islice(WORD.finditer(text, start, end), data.cared_reach + 1)
    return sum(1 for _ in words) <= data.cared_reach


def _right_after(text: str, ends: Sequence[int], at: int) -> bool:
    """One of ``ends`` (sorted) is right before ``at``: "your file", "您的资料" (not "ваши слова
    доктору", whose doctor is no one's in particular). Found by halving, not by walking every
    pronoun of the clause for every word it owns (a pasted clause of thousands of both)."""
    first = at
    while first > 0 and text[first - 1] in " 的":
        first -= 1
    i = bisect.bisect_left(ends, first)
    return i < len(ends) and ends[i] <= at


def _at_commas(
    text: str,
    clauses: Sequence[tuple[int, int]],
    sentence_of: Sequence[int],
    places: Sequence[int],
) -> tuple[list[tuple[int, int]], list[int]]:
    """The clauses cut again at every comma, each keeping its sentence's number; only those
    that hold one of ``places`` and the others of their sentences (a pasted megabyte)."""
    starts = [start for start, _ in clauses]
    wanted = {sentence_of[bisect.bisect_right(starts, at) - 1] for at in places}
    pieces: list[tuple[int, int]] = []
    numbers: list[int] = []
    for (start, end), number in zip(clauses, sentence_of, strict=True):
        if number not in wanted:
            pieces.append((start, end))
            numbers.append(number)
            continue
        at = start
        for m in _COMMA.finditer(text, start, end):
            pieces.append((at, m.start()))
            numbers.append(number)
            at = m.end()
        pieces.append((at, end))
        numbers.append(number)
    return pieces, numbers


_COMMA = re.compile(r"[，,、]")
# the word right before a given place ("письменное" of "ваше письменное заявление"), and for
# Chinese the two characters before it ("书面" of "您的书面投诉")
_WORD_BEFORE = re.compile(r"[\w'’-]+\s+$")
_CHARACTERS_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,2}$")


# Whom every rule's clause is about. The fact rules (health_detail, date, billing, insurance,
# reward) and the care words ask one reading per reply, clause by clause, built below from the
# ``[guard]`` phrases (addressee, general, outcome, specific, anyone, condition, negation, wish)
# and the ``[reading]`` table above; confirms_patient and new_information ask ``read_clauses``.

_GROUP_REACH = 200  # how far a part of a sentence told of a group is read (a pasted megabyte)
_CONDITION_END = re.compile(r",\s|[;:—–，；：]")  # Chinese punctuation ends one too
# Kinds whose finding stands whoever the clause is about: no addressee phrase is read for them.
_SAID_OF_ANYONE = frozenset({"confirms_patient", "records", "names"})
# What marks off the parts of a clause for ``again_in_own_part``: commas, colons, dashes, and their
# full-width forms.
_PART_MARK = re.compile(r"[,;:—–，；：]|\s-\s")
# What makes a sentence about someone in particular: speaking to them, an outcome, a past event.
_PERSONAL_KINDS = ("addressee", "outcome", "specific")
_WORD_CHAR = re.compile(r"\w")
_FIGURE = re.compile(r"\d")
_PART_STOP = re.compile(r"[,;:.!?，。；：！？]")  # where a part of a sentence ends (gdef36)
# what may come before a clause's first word: spaces, quotes, dashes
_LEAD = " \t\n\"'«“„–—-"


def denial_in(
    text: str,
    low: str | None,
    codes: Iterable[str],
    start: int,
    end: int,
    voids: Sequence[int] | None = None,
) -> bool:
    """A privacy statement or a denial ([guard] negation) in ``text[start:end]`` whose negative
    denies something: one that holds the start of a negative that denies nothing ([guard]
    not_denying: "we can't wait to give", "we don't just give", "不用客气", "不但", "не
    только") says nothing is refused, and a denial after it in the clause still counts.
    ``voids``: where those start, where the caller has them already."""
    codes = tuple(codes)
    packs = [language_pack(code).phrases for code in codes]
    if voids is None:
        voids = [
            m.start() for p in packs for m in p["not_denying"].finditer_in(text, low, start, end)
        ]
    for p in packs:
        for m in p["negation"].finditer_in(text, low, start, end):
            if not any(m.start() <= at < m.end() for at in voids):
                return True
    # session 35 (gscope35): the practice looked and found nothing that matches ([guard]
    # no_record: "we have no record that matches your description", "在系统中没有找到与您描述相符
    # 的就诊信息"): the relationship denied, whoever the review's writer is
    # (not after words that speak to the reviewer in the clause: "We reviewed your chart and
    # there is no record of the problem" tells their chart was read)
    for code in codes:
        for m in language_pack(code).phrases["no_record"].finditer_in(text, low, start, end):
            data = reading(code)
            if data is None:
                return True
            folded = low if low is not None else text.casefold()
            if len(folded) != len(text) or not data.person_spans(text, folded, start, m.start()):
                return True
    return False


def conditions_stated(
    text: str, low: str | None, code: str, start: int, end: int
) -> list[tuple[int, int]]:
    """Where ``text[start:end]`` states a condition in ``code`` ([guard] condition: "если",
    "якщо"), from its word to the comma that ends it."""
    return [
        (m.start(), stop.start() if (stop := _CONDITION_END.search(text, m.end(), end)) else end)
        for m in language_pack(code).phrases["condition"].finditer_in(text, low, start, end)
    ]


def conditions_in(
    text: str,
    low: str | None,
    codes: Sequence[str],
    start: int,
    end: int,
    *,
    stated: Callable[[str], list[tuple[int, int]]] | None = None,
) -> list[tuple[int, int]]:
    """Where the clause states a condition ([guard] condition: "если", "якщо") or gives advice
    for what is to come ([guard] advice: "建议您尽快到就近医院就诊", "您来之前可以先看一下价目表"),
    from its word to the comma that ends it: whoever it names there is anyone it may be true
    of, as nothing in it has happened to anyone. ``stated``: a language's ``conditions_stated``
    of the span where the caller has them already."""
    spans = []
    for code in codes:
        phrases = language_pack(code).phrases
        spans.extend(
            stated(code) if stated is not None else conditions_stated(text, low, code, start, end)
        )
        advice = list(phrases["advice"].finditer_in(text, low, start, end))
        rules = list(phrases["rule"].finditer_in(text, low, start, end))
        if not advice and not rules:
            continue
        data = reading(code)
        if data is None:
            continue
        if low is None:
            low = text.casefold()
        # where the clause speaks to the reviewer, read once
        you = sorted(s for s, _ in data.person_spans(text, low, start, end))
        for m in advice:
            if you and you[0] < m.start():
                continue  # "您提到的胃胀气问题，建议您少吃多餐": advice on their own problem
            stop = _CONDITION_END.search(text, m.end(), end)
            spans.append((m.start(), stop.start() if stop else end))
        if rules:
            spans.extend(_rule_parts(text, low, code, rules, you, start, end, spans))
    return spans


_PART_END = re.compile(r"[,;:，；：、]")


def _says_you(low: str, language: str, start: int, end: int) -> bool:
    """``low[start:end]`` has a word of "you" ([reading] you, polite: "you", "вы", "Pani",
    "您"), generic or not: "if you can't make it on Friday" names them as much as anyone."""
    data = reading(language)
    if data is None:
        return False
    words = data.you_words | data.polite
    if not data.segmented:
        return any(low.find(w, start, end) >= 0 for w in words)
    return any(m.group() in words for m in WORD.finditer(low, start, end))


def _outside(spans: Sequence[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` without ``spans``: the parts of a sentence outside its conditions."""
    parts: list[tuple[int, int]] = []
    at = start
    for s, e in sorted(spans):
        if at < s:
            parts.append((at, s))
        at = max(at, e)
    if at < end:
        parts.append((at, end))
    return parts


class _Spans:
    """Spans asked whether they hold a place, each question in log time (a pasted megabyte)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach: list[int] = []  # the furthest end of the spans up to each
        furthest = -1
        for _, e in ordered:
            furthest = max(furthest, e)
            self.reach.append(furthest)

    def hold(self, at: int) -> bool:
        i = bisect.bisect_right(self.starts, at) - 1
        return i >= 0 and self.reach[i] > at


def _rule_parts(
    text: str,
    low: str,
    code: str,
    rules: Sequence[re.Match[str]],
    you: Sequence[int],
    start: int,
    end: int,
    supposed: Sequence[tuple[int, int]],
    *,
    outcome_vetoes: bool = True,
) -> list[tuple[int, int]]:
    """The parts of a clause (between its commas) that state a rule ([guard] rule: "术后当天不建议
    剧烈运动", "停药后7天内都不建议饮酒", "就诊当天退号会扣5元手续费"): what they say is said of
    anyone, as in a condition, unless the clause speaks to the reviewer (``you``) outside its
    conditions and advice (``supposed``: "泼尼松减量需要几周时间，我们理解您会觉得很漫长" explains
    their case), tells outside its rules how something goes for someone ([guard] outcome: "……需要
    戴一段时间咬合板，慢慢会好的"), or the part tells of their own care going on ([reading]
    not_rule: "还需要", "再", "已经", "了"). Read in one pass (a pasted megabyte)."""
    data = reading(code)
    parts: list[tuple[int, int]] = []
    if data is None:
        return parts
    said_of_anyone = _Spans(supposed)
    if any(not said_of_anyone.hold(at) for at in you):
        return parts  # a clause said to them: its rule is about their case
    part_start, scanned = start, start
    for m in rules:
        if parts and m.start() < parts[-1][1]:
            continue  # the part is read already
        for comma in _PART_END.finditer(text, scanned, m.start()):
            part_start = comma.end()
        scanned = max(scanned, m.start())
        stop = _PART_END.search(text, m.end(), end)
        part_end = stop.start() if stop else end
        if data.not_rule is not None and data.not_rule.search(low, part_start, part_end):
            continue
        parts.append((part_start, part_end))
    if parts and outcome_vetoes:
        held = _Spans(parts)
        outcome = language_pack(code).phrases["outcome"]
        if any(not held.hold(o.start()) for o in outcome.finditer_in(text, low, start, end)):
            return []  # "……需要戴一段时间咬合板，慢慢会好的": how it will go for someone
    return parts


@cache
def _range_join(codes: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """After a date, a dash or a range word and the next day ("to 14", "по 14", "到14日"); before
    one, a dash or a range word and the day that opens the span ("10 to", "10日到")."""
    words = {w for code in codes for w in lexicon(code).range_words}
    joins = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    # a range word ends where no letter follows ("to", not "tomorrow"); a figure may follow it
    # with no space between, as Chinese writes it ("中午12点到1点半")
    join = rf"(?:[–—-]|(?i:{joins})(?![^\W\d_]))" if joins else r"[–—-]"
    day = r"(?:[^\W\d_]+\s+)?\d"
    return (
        re.compile(rf"\s*{join}\s*{day}"),
        re.compile(rf"\d\s*(?:[^\W\d_]{{1,2}}\s*)?{join}\s*(?:[^\W\d_]+\s+)?$"),
    )


class WhomReading:
    """Whom each clause of one reply is about, read lazily (only where a rule asks) and once.

    ``addressee`` are the clauses that speak to or name the reviewer (outside a condition),
    ``addressee_at`` the places they do so; ``negation`` the privacy statements ("we never
    discuss diagnoses online"), where nothing is a finding. The predicates say when a fact found
    in a clause is nobody's in particular: general information, what anyone may do, a get-well
    courtesy, an echo said of no one.
    """

    def __init__(
        self,
        text: str,
        low: str | None,
        codes: Sequence[str],
        clauses: Sequence[tuple[int, int]],
        sentences: Sequence[tuple[int, int]],
        *,
        facts: Sequence[tuple[int, Hit]],
        addressees: Sequence[tuple[int, Hit]],
        name_spans: Sequence[tuple[int, int]],
        reviewer_name: str = "",
    ) -> None:
        self.text = text
        self.low = low
        self.codes = codes
        self.clauses = clauses
        self.sentence_of = ClauseIndex(sentences)
        self._clause_index = ClauseIndex(clauses)
        self.name_spans = list(name_spans)  # the reviewer's name, greetings included
        self.named = [start for start, _ in self.name_spans]
        self.reviewer_name = reviewer_name
        self.packs = [language_pack(code).phrases for code in codes]
        self.health_spans = [(h.start, h.end) for _, h in facts if h.kind == "health"]
        self._health_starts = sorted(start for start, _ in self.health_spans)
        self.addressee: set[int] = set()
        self.negation: set[int] = set()
        self.addressee_at: dict[int, list[Hit]] = {}
        # a sentence's name, the practice's own past steps, and what tells of someone, and where
        self._personal: dict[
            int,
            tuple[
                bool,
                tuple[tuple[tuple[int, int], tuple[int, int]], ...],
                tuple[tuple[str, int], ...],
            ],
        ] = {}
        self._general: dict[int, bool] = {}
        self._anyone_at: dict[int, int] = {}
        self._spoken: dict[int, bool] = {}
        self._no_one: dict[tuple[int, bool], bool] = {}
        self._general_numbers: tuple[int, ...] | None = None
        # sentence number -> whether it states a rule ([reading] usual), read once a sentence
        # (a pasted sentence of a megabyte with many clauses is searched once, not per clause)
        self._rule_sentences: dict[int, bool] = {}
        self._group: dict[int, bool] = {}  # by where the part starts
        # sentence start -> where it speaks to or names the reviewer (_said_of_group)
        self._spoken_at: dict[int, list[int]] = {}
        self._takes_part: dict[tuple[int, str, str], bool] = {}
        self._found_in: dict[tuple[str, int, int], bool] = {}
        self._spans_in: dict[tuple[str, int, int], list[tuple[int, int]]] = {}
        self._conditions: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._stated_in: dict[tuple[str, int, int], list[tuple[int, int]]] = {}
        self._denials: dict[tuple[int, int], bool] = {}
        self._told_from: dict[int, int] = {}  # clause -> where its part told after a denial starts
        self._amounts: dict[int, int] = {}  # the amounts of each sentence
        self._dates = sorted(h.start for _, h in facts if h.kind == "dates")
        self._rule_frames: dict[int, bool] = {}  # sentence number -> states_a_rule
        self._scoped: dict[int, bool] = {}  # sentence number -> states_scope
        self._usual: dict[int, bool] = {}  # sentence number -> states_what_is_usual
        self._ever: dict[int, bool] = {}  # sentence number -> supposes_for_anyone
        self._advice: dict[int, bool] = {}  # sentence number -> advises_anyone
        # (start, end) -> _tied_to_reviewer: asked of a sentence again for each of its clauses,
        # and of every sentence before each definition (_care_before)
        self._tied: dict[tuple[int, int], bool] = {}
        # (language, start, end) -> speaks_to_reviewer (_speaks)
        self._speaks_in: dict[tuple[str, int, int], bool] = {}
        self._cared_before: list[bool] = []  # _care_before, by sentence number
        for _, hit in facts:
            if hit.kind == "billing":
                number = self.sentence_of.of(hit.start)
                self._amounts[number] = self._amounts.get(number, 0) + 1
        self._read_addressees(facts, addressees)

    def forget(self) -> None:
        """The check is over (confidentiality.rules_reading's ``release``): what was read once
        and remembered is let go, freed by reference counting rather than by the garbage
        collector (session 46, gcycle46: the compiled rules' environment holds this reading in
        a cycle; its memos were some 200 of the 460 objects a pl check left there). A memo
        added above is emptied here too."""
        memos: tuple[dict[Any, Any] | list[Any], ...] = (
            self.addressee_at, self._personal, self._general, self._anyone_at, self._spoken,
            self._no_one, self._rule_sentences, self._group, self._spoken_at, self._takes_part,
            self._found_in, self._spans_in, self._conditions, self._stated_in, self._denials,
            self._told_from, self._amounts, self._rule_frames, self._scoped, self._usual,
            self._ever, self._advice, self._tied, self._speaks_in, self._cared_before,
        )  # fmt: skip
        for memo in memos:
            memo.clear()

    def _found(self, kind: str, start: int, end: int) -> bool:
        """A phrase of ``kind`` is in ``text[start:end]``: read once per span (the rules ask
        the same clause again for each of its words)."""
        key = (kind, start, end)
        found = self._found_in.get(key)
        if found is None:
            spans = self._spans_in.get(key)
            found = self._found_in[key] = (
                bool(spans)
                if spans is not None
                else any(
                    next(p[kind].finditer_in(self.text, self.low, start, end), None)
                    for p in self.packs
                )
            )
        return found

    def phrase_spans(self, kind: str, start: int, end: int) -> list[tuple[int, int]]:
        """Every phrase of ``kind`` in ``text[start:end]``, language by language (the reply's
        languages' packs in order), read once per span: whom a clause is about, the reward
        rules and a group's sentence ask the same clause's "addressee" (gspeed34); the caller
        does not change the list."""
        key = (kind, start, end)
        found = self._spans_in.get(key)
        if found is None:
            found = self._spans_in[key] = [
                m.span()
                for p in self.packs
                for m in p[kind].finditer_in(self.text, self.low, start, end)
            ]
        return found

    def _conditions_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """``conditions_in`` of ``text[start:end]``, read once per span (the rules ask a
        clause's conditions again for each of its words)."""
        key = (start, end)
        found = self._conditions.get(key)
        if found is None:
            found = self._conditions[key] = conditions_in(
                self.text,
                self.low,
                self.codes,
                start,
                end,
                stated=lambda code: self._stated(code, start, end),
            )
        return found

    def _stated(self, code: str, start: int, end: int) -> list[tuple[int, int]]:
        """``conditions_stated`` of ``text[start:end]`` in ``code``, read once per span: a
        sentence's conditions and its frame of a rule (``_rule_frame``) are the same scan
        (gspeed37: read twice for 2-9 sentences of a 4 KB reply, zh 37 scans)."""
        key = (code, start, end)
        found = self._stated_in.get(key)
        if found is None:
            found = self._stated_in[key] = conditions_stated(self.text, self.low, code, start, end)
        return found

    def conditions(self, start: int, end: int) -> list[tuple[int, int]]:
        """``conditions_in(text, low, codes, start, end)`` of this reply, read once per span
        for every reader of the reply (the clause reading and the reward rules ask the clauses
        this reading asked); a new list, the caller's to change."""
        return list(self._conditions_in(start, end))

    def denies(self, start: int, end: int) -> bool:
        """``denial_in(text, low, codes, start, end)`` of this reply, read once per span (the
        clause reading asks the clauses whose facts this reading asked)."""
        key = (start, end)
        found = self._denials.get(key)
        if found is None:
            voids = [at for at, _ in self.phrase_spans("not_denying", start, end)]
            found = self._denials[key] = denial_in(
                self.text, self.low, self.codes, start, end, voids
            )
        return found

    def _told_after_denial(
        self, start: int, end: int, clause: int, facts: Sequence[tuple[int, Hit]]
    ) -> bool:
        """Session 37 (gfix37): a denial covers its own statement, not one after a comma that
        opens on the reviewer as its subject ("We never pay for reviews, your results from 3
        March are ready", "Мы никогда не платим за отзывы, ваши анализы готовы", "我们从不为好评
        返现，您3月3日的复查结果已经出来了"), or, since session 38 (gleak38), on someone else
        as its subject (``_opens_on_someone``: "We never share records, our doctor will call
        you about your scan"): a fact of the clause after such a comma, in a part that denies
        nothing itself, is told whatever the part before refuses."""
        low = self.low
        cuts = []
        for m in _SPLICE.finditer(self.text, start, end):
            after = m.end()
            for code in self.codes:
                data = reading(code)
                if data is None or low is None:
                    continue
                spans = data.person_spans(self.text, low, after, min(end, after + 12))
                if (spans and spans[0][0] == after) or self._opens_on_someone(
                    data, start, m.start(), after, end
                ):
                    cuts.append(m.start())
                    break
        if not cuts:
            return False
        parts = list(zip([start, *cuts], [*cuts, end], strict=True))
        for c, hit in facts:
            if c != clause or hit.start < cuts[0]:
                continue
            p_start, p_end = next((s, e) for s, e in parts if s <= hit.start < e)
            if not self.denies(p_start, p_end) and self.denies(start, cuts[0]):
                self._told_from[clause] = cuts[0]
                return True
        return False

    def denied_before_told(self, clause: int, at: int) -> bool:
        """The word at ``at`` is in the denial of a clause that tells something after it
        (``_told_after_denial``, session 38): "records" in "We never share records, our
        doctor will call you about your scan" is still the denial's, no finding."""
        cut = self._told_from.get(clause)
        return cut is not None and at < cut

    def _opens_on_someone(self, data: Reading, start: int, cut: int, at: int, end: int) -> bool:
        """Session 38 (gleak38): the part from ``at`` opens on a subject of its own other than
        the reviewer: a relative or a third person ([reading] kin, kin_pronoun: "your
        husband's scan is ready", "she is healing well") or a member of staff ([reading]
        staff_subject: "our doctor will call you about your scan", "наш врач позвонит вам",
        "我们的医生会给您打电话"), after a part ``text[start:cut]`` that denies with a negator
        ([reading] negator): not after what [guard] negation reads as harmless for another
        reason ("At your first appointment, the physiotherapist will ask ...")."""
        low = self.low
        if low is None or data.negator is None or data.negator.search(low, start, cut) is None:
            return False
        return any(
            pattern is not None and pattern.match(low, at, end) is not None
            for pattern in (data.kin, data.kin_pronoun, data.staff_subject)
        )

    def _read_addressees(
        self, facts: Sequence[tuple[int, Hit]], addressees: Sequence[tuple[int, Hit]]
    ) -> None:
        clauses = self.clauses
        for clause, hit in addressees:
            self.addressee.add(clause)
            self.addressee_at.setdefault(clause, []).append(hit)
        # Whom a clause is about matters only where it asserts something: read just those.
        kinds_in: dict[int, set[str]] = {}
        for clause, hit in facts:
            kinds_in.setdefault(clause, set()).add(hit.kind)
        for clause in sorted(kinds_in):
            start, end = clauses[clause]
            if self.denies(start, end) and not self._told_after_denial(start, end, clause, facts):
                self.negation.add(clause)
                continue  # a privacy statement: nothing in it is a finding
            cut = self._told_from.get(clause)
            if cut is not None:
                # whom the denial names ("данные пациентов") is not whom the part after it tells
                # of (session 38, gleak38)
                kept = [h for h in self.addressee_at.get(clause, []) if h.start >= cut]
                if kept:
                    self.addressee_at[clause] = kept
                else:
                    self.addressee_at.pop(clause, None)
                    self.addressee.discard(clause)
                start = cut
            if kinds_in[clause] <= _SAID_OF_ANYONE:
                continue  # whoever the clause is about, these are findings
            for m_start, m_end in self.phrase_spans("addressee", start, end):
                self.addressee.add(clause)
                self.addressee_at.setdefault(clause, []).append(
                    Hit(m_start, m_end, "addressee", "")
                )
        self._read_kin(kinds_in)
        self._drop_other_roles()
        for clause in list(self.addressee_at):
            hypothetical = self._conditions_in(*clauses[clause])
            if not hypothetical:
                continue
            kept = [
                a
                for a in self.addressee_at[clause]
                if not any(s <= a.start < e for s, e in hypothetical)
            ]
            if kept:
                self.addressee_at[clause] = kept
            else:  # "если после любой прививки у ребёнка температура": anyone's child, not theirs
                del self.addressee_at[clause]
                self.addressee.discard(clause)
        for clause in list(self.addressee_at):
            if self.rule_for_anyone(clause):  # "we take a deposit when you book, and it comes
                del self.addressee_at[clause]  # off your bill": anyone's bill
                self.addressee.discard(clause)
        for spans in self.addressee_at.values():
            spans.sort(key=lambda h: h.start)

    def _drop_other_roles(self) -> None:
        """Session 28 (gfa28a): a "your" right before a thing the reviewer owns in a role
        other than a patient's ([reading] their_things: "Our nurse will give a talk at your
        hall", "Наши врачи не будут парковаться у вашего подъезда", "Nasz lekarz odpowie na
        Państwa fakturę") speaks to a neighbour, a supplier, an organisation or an applicant:
        it makes no care word of its clause theirs. Another "you" of the clause still does
        ("Our nurse will see you at your hall")."""
        data = reading(self.codes[0]) if self.codes else None
        if data is None or data.their_things is None or self.low is None:
            return
        for clause in list(self.addressee_at):
            kept = [
                a
                for a in self.addressee_at[clause]
                if not data.their_things.match(self.low, a.end, self.clauses[clause][1])
            ]
            if kept:
                self.addressee_at[clause] = kept
            else:
                del self.addressee_at[clause]
                self.addressee.discard(clause)

    def rule_for_anyone(self, clause: int) -> bool:
        """The clause says "you" and "your" of anyone: its sentence states a rule
        (``states_a_rule``). Round 22b's reading ("we take a £40 deposit when you book, and it
        comes off your bill") is the case of a sentence that speaks of the practice's timetable,
        prices or people in general; "when you booked on 3 May" is their booking."""
        return self.states_a_rule(clause) or self.states_a_habit(clause)

    def states_a_habit(self, clause: int) -> bool:
        """The clause's sentence states the practice's habit, a rule by its modality (session
        33, gen33): "we" and a verb of what a practice does in the simple present ([reading]
        habit: "we bill the insurer first", "we don't phone", "we ask for payment") inside a
        frame that says for whom or when ([reading] habit_opening: "For plans we are in network
        with, ..."; habit_frame: "if", "every", "at our surgery"), naming the reviewer only to
        greet them, no relative, no outcome, and nothing that makes it one case ([reading]
        gnomic_not: a figure, a day, "today", "it", "them", "yours", a past or a future). Its
        "you" and "your" are anyone's: "For plans we are in network with, we bill the insurer
        first and only ask for your copay on the day"; not "For crowns like yours we bill the
        insurer first", "we bill your insurer today" nor "we billed you"."""
        data = reading(self.codes[0]) if self.codes else None
        low = self.low
        if low is None or data is None or data.habit is None:
            return False
        start, end = self.sentence_span(clause)
        if data.habit.search(low, start, end) is None:
            return False
        if not (
            (data.habit_opening is not None and data.habit_opening.match(low, start, end))
            or (data.habit_frame is not None and data.habit_frame.search(low, start, end))
        ):
            return False
        if any(p is not None and p.search(low, start, end) for p in (data.gnomic_not, data.kin)):
            return False
        if any(start <= at < e0 and not self.greets(at, e0) for at, e0 in self.name_spans):
            return False  # the reviewer named, not only greeted
        return not self._found("outcome", start, end)

    def states_a_rule(self, clause: int) -> bool:
        """The clause's sentence states, by its grammar, a rule for anyone (one reading for
        every language, its words in data): it has a condition of the present ([guard]
        condition: "if you cancel", "когда вы записываетесь", "якщо замовити", "如果"), says
        "you" or "your" only inside its conditions (anywhere, where it speaks of the practice's
        timetable, prices or people in general: round 22b's "we take a £40 deposit when you
        book, and it comes off your bill"), tells outside them of no past event ([guard]
        specific), anywhere of no outcome ([guard] outcome: "even if the numbers are normal"
        supposes how someone's treatment went), names no day outside them and names the reviewer
        only to greet them. Every word of care, health or day in it is anyone's: "Ирина, когда
        вы записываетесь к ортодонту впервые, консультация бесплатная, а снимки делаются на
        месте", "Якщо замовити в п'ятницю після обіду, рецепт буде готовий у вівторок". Not
        "your smear test is overdue, so please book one when you can" (their test, outside the
        condition), nor "every time you come" (a habit of theirs is no rule: a word of what
        happens every time frames no rule where "you" is its subject).
        """
        number = self.sentence_of.of(self.clauses[clause][0])
        known = self._rule_frames.get(number)
        if known is None:
            known = self._rule_frames[number] = self._rule_frame(number)
        return known

    def _rule_frame(self, number: int) -> bool:
        low = self.low
        if low is None:
            return False
        start, end = self.sentence_of.clauses[number]
        if any(start <= at < end and not self.greets(at, e) for at, e in self.name_spans):
            return False  # the reviewer named, not only greeted
        # the frame: a condition of the present ([guard] condition), to the comma that ends it
        supposed = [span for code in self.codes for span in self._stated(code, start, end)]
        if not supposed:
            return False
        held = _Spans(supposed)
        # no outcome anywhere ("even if the numbers are normal" supposes how someone's
        # treatment went, as `supposed` reads it) and no past event outside the conditions:
        # read first, as a long paste tells of one somewhere and is done with here
        if self._found("outcome", start, end) or any(
            not held.hold(m.start())
            for p in self.packs
            for m in p["specific"].finditer_in(self.text, low, start, end)
        ):
            return False
        # a day only inside a condition that names no one ("если заказать справку в пятницу",
        # "如果周五下午预约"): "if you can't make it on Friday" is their own day
        at = bisect.bisect_left(self._dates, start)
        if at < len(self._dates) and self._dates[at] < end:
            impersonal = _Spans(
                (s, e)
                for s, e in supposed
                if not self._found("addressee", s, e)
                and not any(_says_you(low, code, s, e) for code in self.codes)
            )
            while at < len(self._dates) and self._dates[at] < end:
                if not impersonal.hold(self._dates[at]):
                    return False  # a day of theirs
                at += 1
        # "you" said outside them too where the sentence speaks of the practice's timetable,
        # prices or people in general (round 22b, [reading] rules_for_anyone, anyone,
        # timetable): "we take a £40 deposit when you book, and it comes off your bill"
        if any(
            data is not None
            and data.rules_for_anyone
            and said_of_anyone(low, code, start, end, health=False)
            for code, data in zip(self.codes, map(reading, self.codes), strict=True)
        ):
            return True
        # elsewhere "you" only inside them: what the rest says of "you" or "your" is theirs
        # ("your smear test is overdue, so please book one when you can")
        return not any(
            self._found("addressee", s, e)
            or any(self._speaks(low, code, s, e) for code in self.codes)
            for s, e in _outside(supposed, start, end)
        )

    def _read_kin(self, kinds_in: dict[int, set[str]]) -> None:
        """A clause that speaks of someone in the third person ("передайте ему, что подагра
        утихнет", "jej ciśnienie", "他的痛风") in the sentence that names the reviewer's relative
        or in the two after it is about that relative: what it asserts is theirs, as if it said
        "your father". Only clauses that assert something are read."""
        if all(clause in self.addressee for clause in kinds_in):
            return
        pairs = [
            (r.kin, r.kin_pronoun)
            for r in map(reading, self.codes)
            if r and r.kin is not None and r.kin_pronoun is not None
        ]
        if not pairs:
            return
        low = self.low if self.low is not None else self.text.casefold()
        kin_sentences = {
            self.sentence_of.of(m.start()) for kin, _ in pairs for m in kin.finditer(low)
        }
        if not kin_sentences:
            return
        for clause in kinds_in:
            if clause in self.addressee or clause in self.negation:
                continue
            start, end = self.clauses[clause]
            number = self.sentence_of.of(start)
            if not kin_sentences.intersection((number, number - 1, number - 2)):
                continue
            for _, pronoun in pairs:
                m = pronoun.search(low, start, end)
                if m:
                    self.addressee.add(clause)
                    self.addressee_at.setdefault(clause, []).append(
                        Hit(m.start(), m.end(), "addressee", "")
                    )
                    break

    def sentence_span(self, clause: int) -> tuple[int, int]:
        return self.sentence_of.clauses[self.sentence_of.of(self.clauses[clause][0])]

    def said_of_group(self, at: int) -> bool:
        """The word at ``at`` is told of people in general, not of the reviewer ([reading]
        part_end, group; round 22a): from the start of its part of the sentence to where the
        sentence first speaks to or names the reviewer (or to its end), a group is named ("很多
        家长都会担心", "在外面等待的人往往最煎熬", "陪老人来验配助听器的家属往往比老人还着急"), and
        the sentence has not spoken to them before that part. One "您的" after it ("您的顾虑完全
        可以理解") turns to their own feeling and makes nothing before it theirs."""
        data = reading(self.codes[0]) if self.codes else None
        if data is None or data.part_end is None or data.group is None:
            return False
        first, last = self.sentence_of.clauses[self.sentence_of.of(at)]
        part_start = first
        for m in data.part_end.finditer(self.text, max(first, at - _GROUP_REACH), at):
            part_start = m.end()
        known = self._group.get(part_start)
        if known is None:
            spoken = self._spoken_at.get(first)
            if spoken is None:  # read once a sentence: a pasted megabyte has one sentence
                spoken = self._spoken_at[first] = [
                    s for s, _ in self.phrase_spans("addressee", first, last)
                ] + [
                    s
                    for s, e in self.name_spans
                    if first <= s < last
                    and not (data.greeting_after and data.greeting_after.match(self.text, e))
                ]
            turn = min((s for s in spoken if s >= part_start), default=last)
            known = not any(s < part_start for s in spoken) and bool(
                data.group.search(self.text, part_start, min(turn, part_start + _GROUP_REACH))
            )
            self._group[part_start] = known
        return known

    def personal(self, clause: int, word: int | None = None) -> bool:
        """The clause's sentence is about someone in particular: it speaks to or names the
        reviewer, says how something turned out, or tells of a past event ("the biopsy came
        back", "as we discussed"), so its health words are someone's. What a condition says
        (but how something turned out) is anyone's: "如果您怀孕了，" tells of no past event.
        Read for the word at ``word`` in a language whose sentences run on in parts (zh): how
        something turns out in a later part makes no general part before it someone's
        (``_outcomes_after``)."""
        number = self.sentence_of.of(self.clauses[clause][0])
        found = self._personal.get(number)
        if found is None:
            start, end = self.sentence_of.clauses[number]
            # ... and what a phrase of people in general says of them ([guard] anyone, round
            # 20d: "已经在服用降压药的人不应自行停药" tells of no one's past)
            groups = [
                (m.start(), m.end())
                for p in self.packs
                for m in p["anyone"].finditer_in(self.text, self.low, start, end)
            ]
            hypothetical = self._conditions_in(start, end) + groups
            names = [(at, e) for at, e in self.name_spans if start <= at < end]
            greeting = [(at, e) for at, e in names if self._greets_before_a_rule(at, e, start, end)]
            named = len(greeting) < len(names)
            # ... and a name that only greets is no word of the sentence ("Павел" is no past
            # tense of a verb); an outcome word inside the phrase naming a group is what
            # defines its members ("对于血糖控制不稳定的患者"), how nothing went for anyone
            hypothetical += greeting
            not_told = greeting + groups
            # the sentence's phrases as every reader of it has them (``phrase_spans``: its
            # "addressee" was read for whom it speaks to); ``told`` is read in any order
            told = tuple(
                (kind, at)
                for kind in _PERSONAL_KINDS
                for at, _ in self.phrase_spans(kind, start, end)
                if (
                    (kind == "outcome" and not any(s <= at < e for s, e in not_told))
                    or not any(s <= at < e for s, e in hypothetical)
                )
                and not (kind == "specific" and self._so_ours(start, at))
            )
            found = self._personal[number] = (named, self._ours_done_in(start, end), told)
        named, ours, told = found
        if named:
            return True
        if word is not None and any(kind == "outcome" for kind, _ in told):
            later = self._outcomes_after(number, word)
            if later:
                told = tuple(
                    (kind, at) for kind, at in told if not (kind == "outcome" and at >= later)
                )
        # the practice's own past step in another clause ("..., и мы изменили порядок") tells of
        # the practice, not of anyone's care: it makes no other clause's health word someone's;
        # nor do the step's own words in this clause ("中午11点半到1点前台换班，我们已经加了一条
        # 专线": the span of hours stays the practice's timetable)
        own_start, own_end = self.clauses[clause]
        return any(
            kind != "specific"
            or (
                (own_start <= at < own_end or not any(s <= at < e for (s, e), _ in ours))
                and not any(s <= at < e for _, (s, e) in ours)
            )
            for kind, at in told
        )

    def _so_ours(self, start: int, at: int) -> bool:
        """Session 37 (ghealth37): the word at ``at`` is a "therefore" that opens the practice's
        standing habit ([reading] so_ours: "поэтому мы оставляем окна в расписании", "тому в
        нас є розстрочка", "поэтому пациентов просят не завтракать") after a part of the
        sentence from ``start`` that says of a kind how often or of how many ([reading]
        kind_said: "Лечение каналов иногда требует двух-трёх визитов", "Некоторые анализы ...
        точнее натощак"): a reason of the practice, no case of anyone's. Not "Кариес глубокий,
        поэтому мы рекомендуем коронку" (one case, no word of a kind), nor "поэтому мы
        перенесли" (a past step)."""
        low = self.low
        if low is None:
            return False
        for code in self.codes:
            data = reading(code)
            if data is None or data.so_ours is None or data.kind_said is None:
                continue
            if data.so_ours.match(low, at) and data.kind_said.search(low, start, at):
                return True
        return False

    def _outcomes_after(self, number: int, word: int) -> int:
        """Where the part of sentence ``number`` holding the word at ``word`` ends, when that
        part tells a share or frequency of cases of a kind ([reading] share: "很常见", "大多",
        "发病率"; with part_end and case_turn: Chinese, whose commas join statements), turns to
        no particular case ([reading] case_turn) and is not the sentence's last part, and the
        sentence neither speaks to nor names the reviewer or their kin: how something turns out
        in a later part ("多喝水注意休息就好") is then advice to anyone, and makes no word of the
        general part someone's: "打疫苗后低烧一两天很常见，多喝水注意休息就好". Not "术后低烧两
        天，不用担心" (no share), nor "低烧一两天很常见，您注意休息" (spoken to), nor a need or a
        course ("颞下颌关节紊乱需要戴一段时间咬合板，慢慢会好的": no share). 0 otherwise."""
        data = reading(self.codes[0]) if self.codes else None
        low = self.low
        if data is None or data.share is None or data.case_turn is None or data.part_end is None:
            return 0
        if low is None:
            return 0
        start, end = self.sentence_of.clauses[number]
        if (
            self._found("addressee", start, end)
            or any(start <= self.clauses[c][0] < end for c in self.addressee)
            or data.person_spans(self.text, low, start, end, self.reviewer_name)
        ):
            return 0  # "……很常见，您少食多餐会好一些": said to them, of their case
        part_start = start
        for m in data.part_end.finditer(self.text, start, word):
            part_start = m.end()
        stop = data.part_end.search(self.text, word, end)
        part_end = stop.start() if stop else end
        if part_end >= end or data.case_turn.search(low, part_start, part_end):
            return 0
        return part_end if data.share.search(low, part_start, part_end) else 0

    def _greets_before_a_rule(self, at: int, end: int, start: int, stop: int) -> bool:
        """The reviewer's name at ``at`` only greets (it opens the sentence ``text[start:stop]``
        and a comma follows it) and the rest of the sentence states what is true as a rule
        ([reading] usual) or of people in general ([reading] anyone): "Павел, кариес — самое
        распространённое заболевание в мире" tells nothing of Павел (round 22b). A sentence
        that says something else ("Pani Ewo, zapalenie dziąseł się pogłębiło") is still theirs
        by the name."""
        if self.low is None or not self.greets(at, end):
            return False
        return any(
            said_as_a_rule(self.low, code, end, stop)
            or said_of_anyone(self.low, code, end, stop, health=True)
            for code in self.codes
        )

    def price_list(self, clause: int) -> bool:
        """The clause's sentence is a price list, the same for everyone: it says so ([guard]
        prices: "our prices", "nasze ceny", "价格"), lists several amounts and has no one in it
        (it neither speaks to nor names the reviewer, tells of no past event or outcome):
        "Nasze ceny: przegląd 350 zł, zdjęcie 60 zł", "我们的价格：检查加洁牙298元，根尖片40元"; not
        "Balance due: $800 for the crown and $60 for the X-ray"."""
        number = self.sentence_of.of(self.clauses[clause][0])
        if self._amounts.get(number, 0) < 2 or clause in self.addressee or self.personal(clause):
            return False
        start, end = self.sentence_of.clauses[number]
        if self._sentence_spoken(number):
            return False  # "您账户上还欠的480元" (but "您好，普通号10元，专家号50元" only greets)
        return self._found("prices", start, end)

    def date_span(self, clause: int, hit: Hit) -> bool:
        """The date opens or closes a span of days ([guard] range_words: "from March 10 to 14",
        "с 10 по 14 марта", "od 10 do 14 marca", "3月10日到14日") and its clause has no one in
        it (it neither speaks to nor names the reviewer, tells of no past event or outcome): the
        practice's calendar ("renovating the second floor from March 10 to 14"); a visit is one
        day, and a stay names whose it is ("You stayed with us from March 10 to 14")."""
        after, before = _range_join(tuple(self.codes))
        if not (
            after.match(self.text, hit.end)
            or before.search(self.text, max(0, hit.start - 16), hit.start)
        ):
            return False
        return clause not in self.addressee and not self.personal(clause)

    def _ours_done_in(
        self, start: int, end: int
    ) -> tuple[tuple[tuple[int, int], tuple[int, int]], ...]:
        """The practice's own past steps in ``text[start:end]`` ([guard] ours_done: "we changed
        how we handle it", "zmieniliśmy"), each in a clause with no health word of its own
        ("мы сняли швы" tells of someone's care): the clause and the step's own words."""
        spans: list[tuple[tuple[int, int], tuple[int, int]]] = []
        for p in self.packs:
            for m in p["ours_done"].finditer_in(self.text, self.low, start, end):
                own = self.clauses[self._clause_index.of(m.start())]
                # a health word starting in the clause, found in log time (a pasted megabyte
                # has thousands of steps of ours and of health words)
                at = bisect.bisect_left(self._health_starts, own[0])
                if not (at < len(self._health_starts) and self._health_starts[at] < own[1]):
                    spans.append((own, (m.start(), m.end())))
        return tuple(spans)

    def supposed(self, clause: int, hit: Hit) -> bool:
        """The health word is inside a condition ("если у ребёнка после прививки температура
        держится", "если в семье были случаи рака"): true of anyone, whoever the sentence greets
        by name, unless the condition tells how something turned out. A condition that tells of
        their own past ("если снова") is no `condition` match at all."""
        for s, e in self._conditions_in(*self.clauses[clause]):
            if s <= hit.start and hit.end <= e:
                return not self._found("outcome", s, e)
        return False

    def supposed_of_anyone(self, clause: int, hit: Hit) -> bool:
        """The care word is inside a condition that names no one ("Когда пожилой человек
        приходит к врачу с готовыми анализами, он вправе ожидать ..."): a visit anyone may
        make, even where the clause speaks to the reviewer after it ("... и нам жаль, что у
        вашей семьи ..."). Not where the condition speaks to them ("если ваш лечащий врач")
        or tells how something turned out."""
        for s, e in self._conditions_in(*self.clauses[clause]):
            if s <= hit.start and hit.end <= e:
                return not self._found("outcome", s, e) and not any(
                    s <= near.start < e for near in self.addressee_at.get(clause, ())
                )
        return False

    def money_as_a_rule(self, clause: int, hit: Hit) -> bool:
        """The amount or money word is inside a rule, a condition or advice of a clause that is
        not about the reviewer ([guard] rule, condition, advice: "就诊当天取消则无法退款",
        "无痛胃镜需要另加麻醉费约600元", "如果就诊前取消，费用会原路退回"), and its sentence
        tells of no one (it neither speaks to nor names them, nor tells of a past event or an
        outcome): what anyone pays or gets back, not their bill ("尾款3400元还没有结清" is no
        rule: [reading] not_rule) nor what they are offered ("你们俩都能获得二十元")."""
        return (
            clause not in self.addressee
            and self.supposed(clause, hit)
            and not self.personal(clause)
            and not self._sentence_spoken(self.sentence_of.of(self.clauses[clause][0]))
        )

    def answers_in_general(self, clause: int) -> bool:
        """The caller knows the review asks a question: the clause's sentence answers it in
        general ("支架术后一般建议一个月内不要乘坐飞机", "轻度腹泻可以口服补液盐") when it neither
        speaks to nor names the reviewer (nor a relative of theirs) and tells of no past event
        outside its conditions and rules ([guard] specific: "上次", "结果显示", "阳性"). Advice
        in it ("不要", "避免", "注意") is advice to anyone who asks, no outcome of someone's."""
        low = self.low
        if low is None or clause in self.addressee:
            return False
        number = self.sentence_of.of(self.clauses[clause][0])
        if self._sentence_spoken(number):
            return False
        start, end = self.sentence_of.clauses[number]
        said = list(self._conditions_in(start, end))
        for code in self.codes:
            data = reading(code)
            if data is None or data.not_rule is None:
                return False
            if data.not_rule.search(low, start, end):
                return False  # their care going on or done: "还需要", "已经", "了", "上次"
            rules = list(
                language_pack(code).phrases["rule"].finditer_in(self.text, low, start, end)
            )
            if rules:  # a rule's part: "支架术后一般建议……" is after anyone's stent
                said += _rule_parts(
                    self.text, low, code, rules, (), start, end, (), outcome_vetoes=False
                )
        return not any(
            not any(s <= m.start() < e for s, e in said)
            for p in self.packs
            for m in p["specific"].finditer_in(self.text, low, start, end)
        )

    def takes_part(self, clause: int, hit: Hit) -> bool:
        """The care word ``hit`` is the reviewer's though no addressee phrase says so (round
        20e): the clause speaks to them (a bare "вас", "вам", a verb of theirs, outside "если
        вы", "вы можете") and either makes the care one of a series of theirs ("вас ждёт
        контрольный осмотр", "вам уже час на плановий огляд") or makes them the subject of a
        past event in it ("ви тричі переносили прийом"), or (round 21e) it is a step of their
        care to come, at a time counted forward from today, in a clause that speaks or bids to
        them ("через месяц вам пора на приём", "Не забудьте, что через месяц пора показаться
        ортодонту", "Proszę pamiętać, że za miesiąc trzeba pokazać się ortodoncie"), or (round
        25e) the care of a series is what the practice waits for them to come to ([reading]
        awaits: "Ждём в понедельник на контрольный осмотр"). Not in a condition, nor in a
        general clause, nor in one said to anyone."""
        low = self.low
        if low is None or self.supposed_at(clause, hit.start, hit.end):
            return False
        start, end = self.clauses[clause]
        for code in self.codes:
            data = reading(code)
            if data is None:
                continue
            follows = data.follows_up(low, start, hit.start)
            series = follows or self._did_in(clause, code, data, low)
            ahead = self._ahead_in(clause, code, data, low)
            if not series and not ahead:
                continue
            if (
                self._spoken_in(clause, code, data, low)
                or (ahead and self._bids_in(clause, code, data))
                or (follows and data.awaits is not None and data.awaits.search(low, start, end))
            ):
                return not (
                    self.general(clause)
                    or self.said_to_anyone(clause, hit.start)
                    or self._conditions_in(start, end)
                )
        return False

    def _spoken_in(self, clause: int, code: str, data: Reading, low: str) -> bool:
        """The clause speaks to the reviewer: read once per clause (a pasted megabyte has
        thousands of care words)."""
        key = (clause, code, "spoken")
        found = self._takes_part.get(key)
        if found is None:
            start, end = self.clauses[clause]
            spans = data.person_spans(self.text, low, start, end, self.reviewer_name)
            found = self._takes_part[key] = bool(spans)
        return found

    def _ahead_in(self, clause: int, code: str, data: Reading, low: str) -> bool:
        """The clause names a time counted forward from today: read once per clause."""
        key = (clause, code, "ahead")
        found = self._takes_part.get(key)
        if found is None:
            found = self._takes_part[key] = data.ahead_in(low, *self.clauses[clause])
        return found

    def _bids_in(self, clause: int, code: str, data: Reading) -> bool:
        """The clause bids the reviewer do something: read once per clause."""
        key = (clause, code, "bids")
        found = self._takes_part.get(key)
        if found is None:
            found = self._takes_part[key] = data.bids(self.text, *self.clauses[clause])
        return found

    def _did_in(self, clause: int, code: str, data: Reading, low: str) -> bool:
        """The reviewer is the subject of a past verb in the clause: read once per clause."""
        key = (clause, code, "did")
        found = self._takes_part.get(key)
        if found is None:
            start, end = self.clauses[clause]
            found = self._takes_part[key] = data.subject_did(self.text, low, start, end)
        return found

    def supposed_at(self, clause: int, start: int, end: int) -> bool:
        """``text[start:end]`` is inside a condition of the clause ("if you were seen here
        before, ..."): supposed of anyone, not told."""
        return any(s <= start and end <= e for s, e in self._conditions_in(*self.clauses[clause]))

    def general(self, clause: int) -> bool:
        """The clause is about the practice or people in general, not the reviewer: read
        only where a finding depends on it (a clause about the reviewer is never general)."""
        if clause in self.addressee:
            return False
        found = self._general.get(clause)
        if found is None:
            start, end = self.clauses[clause]
            # session 38 (gleak38): a denial that is general ("Ми ніколи не розголошуємо дані
            # пацієнтів") makes nothing told after it general ("..., наш лікар зателефонує вам")
            start = self._told_from.get(clause, start)
            found = self._general[clause] = self._general_phrase(
                start, end
            ) and not self._acted_in_frame(clause)
        return found

    def _general_phrase(self, start: int, end: int) -> bool:
        """A general phrase in ``text[start:end]``, but one right after a pronoun that points
        back at the particular thing the clause has just told ([reading] general_back: "его
        можно забрать" after "Направление на МРТ уже готово": a ``specific`` phrase before
        it); not after someone in general ("Когда пациент приходит ..., его принимают")."""
        data = reading(self.codes[0]) if self.codes else None
        back = data.general_back if data is not None else None
        if back is None or self.low is None:
            return self._found("general", start, end)
        low = self.low
        told = self.phrase_spans("specific", start, end)
        return any(
            back.search(low, max(start, at - 12), at) is None or not any(e <= at for _, e in told)
            for at, _ in self.phrase_spans("general", start, end)
        )

    def general_at(self, clause: int, at: int, end: int | None = None) -> bool:
        """``general`` of the clause, read at the word at ``at``: in a language whose sentences
        run on in parts ([reading] part_end, case_turn: Chinese, where commas join what other
        languages make clauses), the general phrase covers the parts up to one that turns to a
        particular case ("这次", "上次", "那条腿"), and from that part on the sentence tells that
        case, its subject carried over, until another general phrase: "一般来说四十岁以后血脂
        偏高很常见，这次报告里的甘油三酯稍高一点" makes 血脂 anyone's and 甘油三酯 theirs. The
        word judged (``text[at:end]``) is no turn of its own: a day ("上个月") keeps its clause's
        reading; nor is a turn inside an apology ("非常抱歉这次针灸让您感到疼痛")."""
        if not self.general(clause):
            return False
        data = reading(self.codes[0]) if self.codes else None
        if data is None or data.case_turn is None or data.part_end is None or self.low is None:
            return True
        start, end = self.clauses[clause]
        stop = data.part_end.search(self.text, at, end)
        stop_at = stop.start() if stop else end
        until = at if end is None else end
        turns = [
            m.start()
            for m in data.case_turn.finditer(self.low, start, stop_at)
            if not (m.start() < until and at < m.end()) and not self._in_apology(m.start(), start)
        ]
        if not turns:
            return True
        last_turn = turns[-1]
        return any(
            last_turn < m.start()
            for p in self.packs
            for m in p["general"].finditer_in(self.text, self.low, last_turn, stop_at)
        )

    def _in_apology(self, at: int, start: int) -> bool:
        """An apology ([guard] regret) opens the part of the clause holding ``at``: "非常抱歉这次
        针灸让您感到疼痛" answers the visit the review told of, no case the reply discloses."""
        data = reading(self.codes[0]) if self.codes else None
        part_start = start
        if data is not None and data.part_end is not None:
            for m in data.part_end.finditer(self.text, start, at):
                part_start = m.end()
        return any(
            next(p["regret"].finditer_in(self.text, self.low, part_start, at), None)
            for p in self.packs
        )

    def _acted_in_frame(self, clause: int) -> bool:
        """The reviewer is the subject of a past act in the clause, whatever frame of a rule
        or policy it sits in ("при першому візиті ви не вказали про алергію", "по правилам
        клиники при записи вы не сообщили о беременности"): "you" with a denied past verb or
        one of forgetting within the next five words. Such a clause tells of
        them, not of anyone."""
        low = self.low
        if low is None:
            return False
        start, end = self.clauses[clause]
        return any(
            data is not None and data.subject_did(self.text, low, start, end, reach=5, omitted=True)
            for data in map(reading, self.codes)
        )

    def general_beside(self, clause: int) -> bool:
        """A clause that says nothing of whom it is about, next to a general one in the same
        sentence, is general too: "Пенсионерам — скидка 10%", "прививки по календарю
        бесплатны, а дополнительные вакцины — по прайсу". Not where the clause itself tells
        of an outcome or a particular event ("рады, что вакцинация прошла спокойно"), nor next
        to a general clause that does ("частая проблема, и хорошо, что боли ушли")."""
        if clause in self.addressee:
            return False
        text, clauses, sentence_of = self.text, self.clauses, self.sentence_of
        sentence = sentence_of.of(clauses[clause][0])

        def next_to(step: int) -> int:
            """The clause before or after, past a semicolon standing alone ("；")."""
            other = clause + step
            while 0 <= other < len(clauses) and not _WORD_CHAR.search(text, *clauses[other]):
                other += step
            return other

        def joined(other: int) -> bool:
            """In the same sentence, or the next one after a semicolon:
            "需要收费；25元对所有人都一样"."""
            if sentence_of.of(clauses[other][0]) == sentence:
                return True
            first, last = sorted((clause, other))
            return any(mark in text[clauses[first][1] : clauses[last][0]] for mark in ";；")

        beside = [
            other
            for other in (next_to(-1), next_to(1))
            if 0 <= other < len(clauses) and other not in self.addressee and joined(other)
        ]
        if not beside or self.told_of_someone(clause):
            return False
        return any(self.general(other) and not self.told_of_someone(other) for other in beside)

    def told_of_someone(self, clause: int) -> bool:
        """The clause itself tells of an outcome or a particular event."""
        start, end = self.clauses[clause]
        return any(self._found(kind, start, end) for kind in ("outcome", "specific"))

    def again_in_own_part(self, clause: int, start: int, end: int) -> bool:
        """The part of the clause holding ``text[start:end]`` (between its commas, colons or
        dashes) opens, before the word, a condition that tells the reviewer's case again
        ([reading] case_again: "если снова начнутся приступы мигрени", "if the knee pain comes
        back") and holds no general phrase of its own, while the clause's general phrase stands
        in another part ("..., приходите к неврологу без записи"): what is anyone's there is how
        to come, not whose the health word is (session 39, gleak39)."""
        data = reading(self.codes[0]) if self.codes else None
        if data is None or data.case_again is None or self.low is None:
            return False
        c_start, c_end = self.clauses[clause]
        left = c_start
        for mark in _PART_MARK.finditer(self.text, c_start, start):
            left = mark.end()
        after = _PART_MARK.search(self.text, end, c_end)
        right = after.start() if after else c_end
        if (left, right) == (c_start, c_end) or self._found("general", left, right):
            return False
        again = data.case_again.search(self.low, left, right)
        return again is not None and again.start() <= start

    def follows_general(self, clause: int) -> bool:
        """The clause's sentence goes on from a general one: the sentence before it speaks of
        people in general ("Insurance works the same way for everyone: ...") and neither to nor
        of the reviewer, and this one is about no one in particular ("The surgery fee is set by
        the hospital, and the insurer decides what it covers"): the same explanation."""
        if clause in self.addressee or self.personal(clause):
            return False
        if any(you in self.text[slice(*self.clauses[clause])] for you in "您你"):
            return False  # "您账户上还欠的480元": zh says "you" without an `addressee` phrase
        number = self.sentence_of.of(self.clauses[clause][0])
        if number == 0:
            return False
        start, end = self.sentence_of.clauses[number - 1]
        if any(start <= at < end for at in self.named):
            return False
        return not self._found("addressee", start, end) and self._found("general", start, end)

    def greets(self, at: int, end: int) -> bool:
        """The reviewer's name opens its sentence, alone or after greeting words ([reading]
        greeting_words, polite: "Pani Irmino,", "Уважаемая Ирина,"), and a comma follows it:
        "Камила, ..."."""
        start = self.sentence_of.clauses[self.sentence_of.of(at)][0]
        if self.text[end : end + 1] != ",":
            return False
        before = WORD.findall(self.text, start, at)
        if not before:
            return not self.text[start:at].strip()
        greeting = set().union(*(r.greeting_words for r in map(reading, self.codes) if r))
        return all(word.casefold() in greeting for word in before)

    def states_scope(self, clause: int) -> bool:
        """The clause's sentence states a rule of the practice by its scope (session 28): it
        says who or when a service, fee or timetable applies to ([reading] scope: "only",
        "for everyone", "over 65", "within three working days", "лише", "powyżej 65", "仅",
        "65岁以上"; or what is true as a rule, [reading] usual), has no particular person in it
        (no word of "you", generic or not, and no verb of the second person; no name of the
        reviewer but one that only greets; no relative, no "he" or "she") and the clause tells
        of no outcome or past event. A health word, an amount or a day there is anyone's: "Blood
        test results usually come back within three to five working days", "передоплата діє
        лише для онлайн-консультацій понад 3 000 грн", "仅首诊挂号费按物价部门标准收取". Not
        "the biopsy came back benign" (no scope), nor "only your second dose is left" (you)."""
        low = self.low
        if low is None or clause in self.addressee:
            return False
        number = self.sentence_of.of(self.clauses[clause][0])
        known = self._scoped.get(number)
        if known is None:
            start, end = self.sentence_of.clauses[number]
            data = [r for r in map(reading, self.codes) if r is not None]
            # "您好，未备案的可以先自费": the greeting that opens it names no one in particular
            start = self._after_greeting(start, data)
            known = self._scoped[number] = (
                any(r.scope is not None and r.scope.search(low, start, end) for r in data)
                or self._scope_said_next(number, data)
            ) and self._no_one_in(start, end, data)
        return known

    def no_one_in_sentence(self, clause: int) -> bool:
        """Session 37 (greward37): the clause's sentence, an opening greeting left out, has no
        particular person in it and tells of no past event or outcome (``_no_one_in``), the
        reading ``states_scope`` asks once a scope is found; the reward rule asks it of a
        sentence that states the period an offer runs for ([reward] season)."""
        low = self.low
        if low is None or clause in self.addressee:
            return False
        start, end = self.sentence_of.clauses[self.sentence_of.of(self.clauses[clause][0])]
        data = [r for r in map(reading, self.codes) if r is not None]
        return self._no_one_in(self._after_greeting(start, data), end, data)

    def _scope_said_next(self, number: int, data: Sequence[Reading]) -> bool:
        """Session 35 (goffer35): the next sentence says no more than that this one is the
        same for everyone ([reading] scope_next: "This is the same for all patients.", "Так
        для всех пациентов.", "Це однаково для всіх.", "所有患者都一样。")."""
        low = self.low
        if low is None or number + 1 >= len(self.sentence_of.clauses):
            return False
        n_start, n_end = self.sentence_of.clauses[number + 1]
        said = low[n_start:n_end].strip()
        return any(r.scope_next is not None and r.scope_next.fullmatch(said) for r in data)

    def _after_greeting(self, start: int, data: Sequence[Reading]) -> int:
        """Where a sentence starting at ``start`` says something once a greeting that opens
        it and speaks to no one in particular ([reading] greeting_open: "您好，") is left out."""
        low = self.low
        if low is None:
            return start
        return max(
            [start]
            + [
                m.end()
                for r in data
                if r.greeting_open and (m := r.greeting_open.match(low, start))
            ]
        )

    def _no_one_in(
        self, start: int, end: int, data: list[Reading], said: Sequence[tuple[int, int]] = ()
    ) -> bool:
        """``text[start:end]`` (a sentence, an opening greeting left out) has no particular
        person in it and tells of no past event or outcome: no past verb ([reading] scope_past;
        not the reviewer's name that ends like one), no outcome, no name of the reviewer but
        one that only greets, no addressee, no word of "you" nor a verb of the second person,
        no relative and no "he" or "she" ([reading] kin, kin_after, kin_pronoun). An outcome
        inside ``said`` (what the sentence says of a kind: "很正常", "це нормально") is its
        judgement, no outcome of anyone's."""
        low = self.low
        if low is None:
            return False
        outcome = (
            any(
                not any(s <= at < e for s, e in said)
                for at, _ in self.phrase_spans("outcome", start, end)
            )
            if said
            else self._found("outcome", start, end)
        )
        return (
            not any(
                # a past verb, not the reviewer's name that ends like one ("Кирилл,")
                not any(a <= m.start() < e for a, e in self.name_spans)
                for r in data
                if r.scope_past is not None
                for m in r.scope_past.finditer(low, start, end)
            )
            and not outcome
            and not any(start <= at < end and not self.greets(at, e) for at, e in self.name_spans)
            and not self._found("addressee", start, end)
            and not any(
                _says_you(low, code, start, end) or self._speaks(low, code, start, end)
                for code in self.codes
            )
            and not any(
                p is not None and p.search(low, start, end)
                for r in data
                for p in (r.kin, r.kin_after, r.kin_pronoun)
            )
        )

    def states_what_is_usual(self, clause: int) -> bool:
        """Session 35 (gneg35): the clause's sentence says of a kind of thing that it is
        usual, normal, common or rare ([reading] normal: "A couple of sore days after a wisdom
        tooth comes out is normal", "powikłania zdarzają się rzadko", "ускладнення трапляються
        рідко", "бояться — совершенно нормально", "干槽症等并发症比较少见"; or what is true as a
        rule, [reading] usual: "zawsze", "как правило", "通常"), is about no one in particular
        (``_no_one_in``: nobody spoken to or named but in a greeting, no relative, no outcome,
        no past event), names no figure and no day and points at no one case ([reading]
        normal_not: "такого", "this"). Its health words are a kind's: a
        frightening word in a sentence of what usually happens is no detail of the reviewer's.
        Not "your swelling is normal" (theirs), "the swelling was normal for a day" (a past),
        "a temperature of 38 is normal" (a figure, maybe theirs)."""
        low = self.low
        if low is None or clause in self.addressee:
            return False
        number = self.sentence_of.of(self.clauses[clause][0])
        known = self._usual.get(number)
        if known is None:
            start, end = self.sentence_of.clauses[number]
            data = [r for r in map(reading, self.codes) if r is not None]
            known = self._usual[number] = self._said_as_usual(
                self._after_greeting(start, data), end, data
            )
        return known

    def _said_as_usual(self, start: int, end: int, data: list[Reading]) -> bool:
        """``text[start:end]`` says of a kind what is usual or a rule of it ([reading] normal,
        usual) and nothing that makes it one case (``states_what_is_usual``, whose docstring
        says what; ``defines_for_everyone`` reads the part of a definition so)."""
        low = self.low
        if low is None:
            return False
        day = bisect.bisect_left(self._dates, start)
        said = [
            m.span()
            for r in data
            for p in (r.normal, r.usual)
            if p is not None
            for m in p.finditer(low, start, end)
        ]
        return (
            bool(said)
            and _FIGURE.search(low, start, end) is None
            # ... nor anything that makes it one case: [reading] gnomic_not (en: "it",
            # "still", a past), normal_not ("такого", "ten", "这次"), advice_particular
            # ("kolejne", "nadal"), case_turn (zh), nor a bid to the reader ("proszę
            # podjechać": "Na kolejne wlewy dożylne proszę podjechać od ulicy Lipowej, tam
            # zawsze są wolne miejsca")
            and not any(
                p is not None and p.search(low, start, end)
                for r in data
                for p in (r.gnomic_not, r.normal_not, r.advice_particular, r.case_turn)
            )
            and not any(r.bids(self.text, start, end) for r in data)
            and not (day < len(self._dates) and self._dates[day] < end)
            and self._no_one_in(start, end, data, said)
        )

    def defines_for_everyone(self, clause: int) -> bool:
        """Session 36 (gdef36): the clause's sentence opens with a definition or judgement of
        a kind ([reading] define: "кариес — самое распространённое заболевание", "próchnica to
        najczęstsza choroba", "龋齿是最常见的疾病", "a root canal is a big decision") that says
        what is usual of it ([reading] normal, usual) and that it holds for everyone ([reading]
        define_all: "в мире", "у світі", "na świecie", "for anyone", "世界上"). That part of the
        sentence, up to the end of the clause with its scope, is read as in
        ``states_what_is_usual``: no one in it, no figure, no day, no past, no outcome, nothing
        that points at one case. Its health word is the kind's, even where the review never
        named it ("..., поэтому мы стараемся, чтобы каждый мог прийти" after it is another
        part). Not "Лапароскопическая холецистэктомия — операция несложная" after a review of
        the atmosphere: no scope of everyone, so it still tells their case.

        Session 37 (ghealth37) narrows it: the definition is general only where its sentence
        names no one, the reviewer's name as a greeting or vocative included ("Олеся,
        холецистэктомия — самая распространённая операция в мире, ..." is told to her), says
        no "you", follows no sentence of the reply about their care or health, and tells no
        other health word after the definition ("..., восстановление обычно быстрое": the
        recovery of one who had it)."""
        low = self.low
        if low is None or clause in self.addressee:
            return False
        data = [r for r in map(reading, self.codes) if r is not None]
        s_start, s_end = self.sentence_span(clause)
        start = self._after_greeting(s_start, data)
        if (
            any(s_start <= at < s_end for at in self.named)
            or self._tied_to_reviewer(start, s_end)
            or self._care_before(s_start)
            or self._found("outcome", start, s_end)
        ):
            return False  # "Олеся, ..."; "..., и ваша прошла без осложнений"; after their care
        for r in data:
            if r.define is None or r.define_all is None:
                continue
            defined = r.define.search(low, start, s_end)
            scope = defined and r.define_all.search(low, defined.end(), s_end)
            if not defined or not scope:
                continue
            # the part runs to the first stop after the scope ("..., поэтому мы стараемся" is
            # another part), within the clause that holds it
            end = next((e for s, e in self.clauses if s <= scope.start() < e), s_end)
            stop = _PART_STOP.search(low, scope.end(), end)
            end = stop.start() if stop else end
            if self.clauses[clause][0] >= end:
                continue  # the clause asked about comes after the definition
            if any(end <= h < s_end for h, _ in self.health_spans) or any(
                p is not None and p.search(low, end, s_end)
                for q in data
                for p in (q.normal, q.usual)
            ):
                continue  # "..., восстановление обычно быстрое": the sentence goes on to tell
                # how it goes for one who had it, no reason of the practice's (ghealth37)
            if self._said_as_usual(start, end, data):
                return True
        return False

    def _tied_to_reviewer(self, start: int, end: int) -> bool:
        """``text[start:end]`` speaks to or names the reviewer (but in a greeting) or names a
        relative of theirs: what it defines may be their case (session 36, gdef36). Read once
        a span."""
        known = self._tied.get((start, end))
        if known is None:
            known = self._tied[(start, end)] = self._read_tied(start, end)
        return known

    def _speaks(self, low: str, code: str, start: int, end: int) -> bool:
        """``speaks_to_reviewer`` of ``text[start:end]`` in ``code`` (``low`` is ``self.low``),
        read once a span: the rules ask a sentence's spans again for each of its clauses."""
        key = (code, start, end)
        known = self._speaks_in.get(key)
        if known is None:
            known = self._speaks_in[key] = speaks_to_reviewer(
                self.text, low, code, start, end, self.reviewer_name
            )
        return known

    def _read_tied(self, start: int, end: int) -> bool:
        low = self.low
        if low is None:
            return True
        data = [r for r in map(reading, self.codes) if r is not None]
        return (
            any(start <= at < end and not self.greets(at, e) for at, e in self.name_spans)
            or self._found("addressee", start, end)
            or any(
                _says_you(low, code, start, end) or self._speaks(low, code, start, end)
                for code in self.codes
            )
            or any(
                p is not None and p.search(low, start, end)
                for r in data
                for p in (r.kin, r.kin_after, r.kin_pronoun)
            )
        )

    def _care_before(self, start: int) -> bool:
        """A sentence before the one at ``start`` speaks to the reviewer and names health or
        care: a definition after it reads as said of their case (session 36, gdef36; session
        37, ghealth37: any sentence before, not only the last one)."""
        number = self.sentence_of.of(start)
        # known[n]: a sentence before the n-th does; read on from the last sentence asked
        known = self._cared_before
        while len(known) <= number:
            if not known:
                known.append(False)
                continue
            p_start, p_end = self.sentence_of.clauses[len(known) - 1]
            known.append(
                known[-1]
                or (
                    any(p_start <= s < p_end for s, _ in self.health_spans)
                    and self._tied_to_reviewer(p_start, p_end)
                )
            )
        return known[number]

    def supposes_for_anyone(self, clause: int) -> bool:
        """Session 35 (gneg35): the clause's sentence supposes what may ever happen to anyone
        and tells them what to do then ([reading] ever_if: "if a filling ever feels sore or
        your gums keep bleeding, don't wait for your next check-up"): its "your" is any
        reader's, a care word after it no relationship of the reviewer's. Not where it names
        the reviewer but in a greeting, a relative, a figure, a day, a past event, an outcome
        or a word of one case ([reading] ever_not: "if the swelling ever comes back again",
        "still"), nor where the condition itself names what is theirs ("if your implant ever
        feels loose")."""
        low = self.low
        data = reading(self.codes[0]) if self.codes else None
        if low is None or data is None or data.ever_if is None:
            return False
        # read once a sentence: a pasted megabyte of one sentence asked it for each clause
        number = self.sentence_of.of(self.clauses[clause][0])
        known = self._ever.get(number)
        if known is None:
            known = self._ever[number] = self._supposes_in(low, data, *self.sentence_span(clause))
        return known

    def _supposes_in(self, low: str, data: Reading, start: int, end: int) -> bool:
        """``supposes_for_anyone`` of the sentence ``low[start:end]``."""
        assert data.ever_if is not None
        supposed = data.ever_if.search(low, start, end)
        if supposed is None or self._found("addressee", *supposed.span()):
            return False  # "if your implant ever feels loose": their implant, supposed of them
        day = bisect.bisect_left(self._dates, start)
        return (
            _FIGURE.search(low, start, end) is None
            and not (day < len(self._dates) and self._dates[day] < end)
            and not any(
                p is not None and p.search(low, start, end)
                for p in (data.ever_not, data.scope_past, data.kin, data.kin_after)
            )
            and not self._found("outcome", start, end)
            and not any(start <= at < e and not self.greets(at, e) for at, e in self.name_spans)
        )

    def step_supposed_for_anyone(self, clause: int, start: int, end: int) -> bool:
        """``text[start:end]`` names a step any patient has ([reading] ever_step: "your next
        check-up") in a sentence that ``supposes_for_anyone``: "If a crown ever comes loose,
        don't wait for your next check-up" tells of no relationship of the reviewer's."""
        data = reading(self.codes[0]) if self.codes else None
        if self.low is None or data is None or data.ever_step is None:
            return False
        return data.ever_step.search(self.low, start, end) is not None and self.supposes_for_anyone(
            clause
        )

    def said_of_no_one(self, clause: int) -> bool:
        """An echoed health word here is said of nobody in particular: its sentence neither
        speaks to nor names the reviewer, and the clause tells of no outcome and, unless the
        sentence is a general one, of no particular event ("to clarify for anyone reading: the
        flu shot cannot give you the flu" after "the flu shot gives you the flu")."""
        if clause in self.addressee:
            return False
        start, end = self.sentence_span(clause)
        # a name that opens the sentence and is followed by a comma only greets: "Камила, боль
        # в спине — одна из самых частых причин обращения к неврологу" says it of anyone
        if any(start <= at < end and not self.greets(at, end_) for at, end_ in self.name_spans):
            return False
        # ... and is read as no word of the sentence ("Каміло" is no past tense)
        start = max([start, *(e for at, e in self.name_spans if start <= at < end)])
        clause_start, clause_end = self.clauses[clause]
        clause_start = max(clause_start, start)
        if self._found("addressee", start, end):
            return False
        if self._found("general", start, end):
            return not self._found("outcome", clause_start, clause_end)
        return not (
            self._found("outcome", clause_start, clause_end)
            or self._found("specific", clause_start, clause_end)
        )

    def said_to_anyone(self, clause: int, at: int) -> bool:
        """What the clause says from ``at`` is what anyone may do ([guard] anyone: "każdy może
        umówić się ponownie do tego samego lekarza", "所有患者都可以在线预约同一位医生复诊"):
        the key comes before it and the clause neither speaks to nor names the reviewer (read
        once per clause: a pasted megabyte has thousands of hits)."""
        first = self._anyone_at.get(clause)
        if first is None:
            start, end = self.clauses[clause]
            starts = [
                m.start()
                for p in self.packs
                if (m := next(p["anyone"].finditer_in(self.text, self.low, start, end), None))
            ]
            spoken_to = any(start <= a < end for a, _ in self.name_spans) or self._found(
                "addressee", start, end
            )
            first = self._anyone_at[clause] = -1 if spoken_to or not starts else min(starts)
        return 0 <= first < at

    def wishes_well(self, hit: Hit, review_tells_of_illness: Callable[[], bool]) -> bool:
        """The health word (or care phrase) is a get-well wish's own ([guard] wish: "we hope
        you feel better soon", "祝您早日康复", "życzymy szybkiego powrotu do zdrowia") to a
        review that itself tells of an illness or a treatment: a courtesy, no news. Not a wish
        that names anything more ("早日从心脏支架术后康复")."""
        text = self.text
        spans = [
            (m.start(), m.end())
            for p in self.packs
            for m in p["wish"].finditer_in(
                text, self.low, max(0, hit.start - 60), min(len(text), hit.end + 60)
            )
            if m.start() <= hit.start and hit.end <= m.end()
        ]
        if not spans or not review_tells_of_illness():
            return False
        # another health word in the wish names more; one that overlaps this word is the same
        # word read twice (the phrase "скорейшего выздоровления" and the word "выздоровления")
        return all(
            not any(
                s <= a and b <= e and not (a < hit.end and hit.start < b)
                for a, b in self.health_spans
            )
            for s, e in spans
        )

    def states_in_general(self, clause: int, hit: Hit) -> bool:
        """The clause opens with an activity or a loss named in general ([reading]
        generic_subject) and says what it is like: "Caring for a parent with dementia while
        working full time is exhausting", "Утрата беременности — огромное горе", "Opieka nad
        rodzicem z demencją ... to ogromne obciążenie". The caller asks it of a health word the
        review itself names (an echo of the reviewer's own story): from that subject on it is
        said of anyone who lives it, whatever else its sentence tells of the reviewer, when the
        clause itself neither speaks to nor names them and tells of no outcome or past event
        ("Knowing the pain has finally gone ...", "Losing the baby in March was ..."). A word
        the review did not name stays someone's: "Waiting for a biopsy result on a lump in the
        breast is frightening" tells what the reviewer waited for."""
        low = self.low
        if low is None or clause in self.addressee:
            return False
        start, end = self.clauses[clause]
        lead = start + len(self.text[start:end]) - len(self.text[start:end].lstrip(_LEAD))
        if hit.start < lead or any(start <= at < end for at in self.named):
            return False
        if not any(opens_in_general(low, code, lead, end) >= 0 for code in self.codes):
            return False
        if any(self._found(kind, start, end) for kind in ("specific", "outcome", "addressee")):
            return False
        return not any(self._speaks(low, code, start, end) for code in self.codes)

    def gnomic(self, clause: int) -> bool:
        """The clause states what is true of a kind of thing (session 33, gen33): it opens
        with a bare plural or gerund as its subject and a verb of the simple present or of what
        may be ([reading] gnomic: "Regular cleaning keeps gums healthy", "Card payments are
        refunded to the same card", "Screening can feel daunting"), and its sentence is about no
        one in particular: it neither speaks to nor names the reviewer, names no relative of
        theirs, and says nothing that makes it one case ([reading] gnomic_not: a figure, a day
        word, "still", "it", "them", a past or a future: "Stitches were removed", "Stitches
        come out on Friday", "Antibiotics can upset the stomach, so take them with food"). Its
        health words, outcomes and amounts are nobody's: the grammar of a generic sentence, not
        a list of general phrases."""
        data = reading(self.codes[0]) if self.codes else None
        low = self.low
        if data is None or data.gnomic is None or low is None or clause in self.addressee:
            return False
        start, end = self.clauses[clause]
        if data.gnomic.match(low, start, end) is None:
            return False
        number = self.sentence_of.of(start)
        s_start, s_end = self.sentence_of.clauses[number]
        if data.gnomic_not is not None and data.gnomic_not.search(low, s_start, s_end):
            return False
        if data.kin is not None and data.kin.search(low, s_start, s_end):
            return False  # "your dad" in the sentence: whom it is about
        return not self._sentence_spoken(number)

    def stage_for_anyone(self, clause: int, at: int) -> bool:
        """A stage of care at ``at`` named with "the" ([reading] definite) and no one's ("the
        first appointment", "the follow-up visit") in a sentence that states the practice's
        timetable, prices or what it asks of people in general ([reading] anyone, timetable:
        "We ask every new patient for a £30 booking deposit, which comes off the cost of the
        first appointment") and is about no one in particular: it neither speaks to nor names
        the reviewer, names no relative, tells of no outcome, no day and no past or particular
        event ([guard] outcome, specific; [reading] stage_not). Session 33 (gen33): the stage
        is anyone's, a rule of the practice read across its clauses. Session 38 (gfaen38): the
        rule may be said of the stage itself, after it in its clause ([reading] stage_rule: "the
        first visit takes 45 minutes", "the follow-up visit is included in the fee")."""
        low = self.low
        data = reading(self.codes[0]) if self.codes else None
        if low is None or data is None or data.definite is None:
            return False
        if data.definite.match(low, at) is None:
            return False  # "your first appointment" is theirs
        number = self.sentence_of.of(self.clauses[clause][0])
        start, end = self.sentence_of.clauses[number]
        if not any(said_of_anyone(low, code, start, end, health=False) for code in self.codes):
            # session 38: or a rule said of the stage itself, in a sentence that names no
            # health matter ("the follow-up visit is free and the stitches come out then"
            # tells of someone's stitches)
            if (
                data.stage_rule is None
                or data.stage_rule.search(low, at, self.clauses[clause][1]) is None
                or any(start <= s < end for s, _ in self.health_spans)
            ):
                return False
        if self._found("outcome", start, end) or self._found("specific", start, end):
            return False
        day = bisect.bisect_left(self._dates, start)
        if day < len(self._dates) and self._dates[day] < end:
            return False  # a day in it: "the next appointment is booked for Tuesday"
        if any(
            p is not None and p.search(low, start, end)
            for p in (data.kin, data.stage_not)  # "your dad"; "already", "was", "booked"
        ):
            return False
        return not self._found("addressee", start, end) and not self._sentence_spoken(number)

    def about_no_one(self, clause: int, health: bool) -> bool:
        """The clause reading finds the clause general ([reading] anyone: people in general;
        timetable, but for a health word: the practice's hours and prices), telling of no
        outcome, and nobody in its sentence: it neither speaks to the reviewer (outside "if
        you ever", "you can") nor names them, so a health word, a date or an amount there is
        nobody's ("adults over 65 and anyone with asthma", "a standard clean costs 65
        dollars")."""
        # read once a clause: a pasted clause of thousands of rewards asks it for each
        known = self._no_one.get((clause, health))
        if known is None:
            known = self._no_one[(clause, health)] = self._about_no_one(clause, health)
        return known

    def _about_no_one(self, clause: int, health: bool) -> bool:
        low = self.low
        if low is None or clause in self.addressee:
            return False
        start, end = self.clauses[clause]
        # a denial of anyone's ("We don't share anyone's details") says nothing of what is told
        # after it (session 38, gleak38: "..., she is healing well after the surgery")
        start = self._told_from.get(clause, start)
        if not any(said_of_anyone(low, code, start, end, health=health) for code in self.codes):
            return False  # "the biopsy came back benign": nobody named, but someone's
        if self._found("outcome", start, end):
            return False  # "nausea can be brutal and we're glad the ginger plan is working"
        return not self._sentence_spoken(self.sentence_of.of(start))

    def _sentence_spoken(self, number: int) -> bool:
        """Sentence ``number`` speaks to the reviewer (outside "if you ever", "you can") or
        names them (not only greeting them)."""
        spoken = self._spoken.get(number)
        if spoken is None:
            start, end = self.sentence_of.clauses[number]
            low = self.low
            spoken = any(
                start <= at < end and not self.greets(at, e) for at, e in self.name_spans
            ) or (
                low is not None
                and any(self._speaks(low, code, start, end) for code in self.codes)
                # ... but in its clauses that state a rule for anyone
                and any(
                    self._speaks(low, code, s, e)
                    for s, e in self._spans_not_for_anyone(start, end)
                    for code in self.codes
                )
            )
            self._spoken[number] = spoken
        return spoken

    def _spans_not_for_anyone(self, start: int, end: int) -> list[tuple[int, int]]:
        """``text[start:end]`` (a sentence) without its clauses that state a rule for anyone
        (``rule_for_anyone``): what is left may speak to the reviewer."""
        first = self._clause_index.of(start)
        spans: list[tuple[int, int]] = []
        at = start
        for clause in range(first, len(self.clauses)):
            s, e = self.clauses[clause]
            if s >= end:
                break
            if e <= start:
                continue
            if self.rule_for_anyone(clause):
                if at < s:
                    spans.append((at, s))
                at = max(at, e)
        if at < end:
            spans.append((at, end))
        return spans

    def advises_anyone(self, clause: int) -> bool:
        """Session 33 (gpl33): the clause's sentence gives advice to anyone by its mood and
        person ([reading] advice: "przed badaniem krwi należy być na czczo", "kamień nazębny
        najlepiej usuwać co pół roku", "po ukąszeniu kleszcza warto skonsultować się z
        lekarzem", "każde dziecko powinno mieć pierwszy przegląd") and has nobody in it: it
        neither names the reviewer (a greeting included: "Pani Sylwio, przebarwienia zwykle
        bledną" answers her case) nor speaks or bids to them ("proszę", "Pan", "-cie"), names no
        day and no time ahead ("za pół roku"), no step of a series ([reading]
        advice_particular: "kontrolną", "kolejną", "ponownie"), no phrase of [guard] addressee,
        no outcome outside the advice ("lepiej" of "lepiej od razu zadzwonić" is its mood) and
        no past event or particular case but the frames of advice ([reading] advice_frames:
        "przed badaniem", "po pobraniu", "przypominamy"). Its health words are anyone's."""
        number = self.sentence_of.of(self.clauses[clause][0])
        known = self._advice.get(number)
        if known is None:
            known = self._advice[number] = self._advice_to_anyone(number)
        return known

    def _advice_to_anyone(self, number: int) -> bool:
        low = self.low
        data = reading(self.codes[0]) if self.codes else None
        if low is None or data is None or data.advice is None:
            return False
        text = self.text
        start, end = self.sentence_of.clauses[number]
        advice = [(m.start(), m.end()) for m in data.advice.finditer(low, start, end)]
        bound = data.advice_bound
        if bound is not None and (
            any(said_of_anyone(low, code, start, end, health=True) for code in self.codes)
            or (data.advice_general is not None and data.advice_general.search(low, start, end))
        ):
            advice += [(m.start(), m.end()) for m in bound.finditer(low, start, end)]
        if not advice:
            return False
        if any(start <= at < end for at, _ in self.name_spans):
            return False  # the reviewer named or greeted: their case told in general words
        at = bisect.bisect_left(self._dates, start)
        if at < len(self._dates) and self._dates[at] < end:
            return False  # a day: someone's appointment
        if (
            data.ahead_in(low, start, end)
            or data.bids(text, start, end)
            or (
                data.advice_particular is not None
                and data.advice_particular.search(low, start, end)
            )
            or any(self._speaks(low, code, start, end) for code in self.codes)
        ):
            return False
        mood = _Spans(advice)
        frames = data.advice_frames
        for p in self.packs:
            if next(p["addressee"].finditer_in(text, low, start, end), None):
                return False
            if any(
                not mood.hold(m.start()) for m in p["outcome"].finditer_in(text, low, start, end)
            ):
                return False
            if any(
                frames is None or not frames.fullmatch(low, m.start(), m.end())
                for m in p["specific"].finditer_in(text, low, start, end)
            ):
                return False
        return True

    def health_as_a_rule(self, clause: int, review_tells_of_illness: Callable[[], bool]) -> bool:
        """A health word here is general information: its sentence states what is true as a
        rule or of people in general ("Back pain is one of the most common reasons people see
        a doctor, and most cases get better", "Храп ... может быть признаком апноэ"), neither
        speaks to nor names the reviewer, and answers a review that tells of no illness of its
        own (where it does, the same sentence may explain their case; the caller says whether
        the review tells of an illness of its writer's)."""
        low = self.low
        if low is None or clause in self.addressee:
            return False
        number = self.sentence_of.of(self.clauses[clause][0])
        if not self._states_a_rule(low, number):
            return False
        if self._sentence_spoken(number) or review_tells_of_illness():
            return False
        # ... in a reply of general information: another of its sentences is one too ("flu
        # vaccines are free for pensioners", "every Saturday morning"), not a lone sentence on a
        # procedure ("Лапароскопическая холецистэктомия — операция несложная, и восстановление
        # обычно быстрое", which names theirs)
        return any(n != number for n in self._general_sentences(low))

    def _states_a_rule(self, low: str, number: int) -> bool:
        """Sentence ``number`` states what is true as a rule (said_as_a_rule), read once."""
        known = self._rule_sentences.get(number)
        if known is None:
            start, end = self.sentence_of.clauses[number]
            known = any(said_as_a_rule(low, code, start, end) for code in self.codes)
            self._rule_sentences[number] = known
        return known

    def _general_sentences(self, low: str) -> tuple[int, ...]:
        """The first two sentences of general information, read once: sentences stating a
        rule, speaking of people in general or of the practice's timetable and prices, that
        neither speak to nor name the reviewer (a pasted megabyte is read up to the second)."""
        if self._general_numbers is None:
            found: list[int] = []
            for number, (start, end) in enumerate(self.sentence_of.clauses):
                if any(
                    said_as_a_rule(low, code, start, end)
                    or said_of_anyone(low, code, start, end, health=False)
                    for code in self.codes
                ) and not self._sentence_spoken(number):
                    found.append(number)
                    if len(found) == 2:
                        break
            self._general_numbers = tuple(found)
        return self._general_numbers
