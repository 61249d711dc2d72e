"""What a review praises and what it blames, clause by clause (model.Aspect).

The text is cut into clauses at sentence and clause punctuation and at the contrast and
concessive words of the language's sentiment lexicon ("but", "ale", "но", "але", "但是"). In each
clause ``resources/lexicons/aspects_<lang>.txt`` names the aspects (a term may also judge its
aspect by itself: "kept waiting", "na czas", "без очереди", "不用等"), and the sentiment lexicon's
words, with the negators turning the next few words of the same clause only, give the clause a
polarity. A clause that judges without naming anything speaks of what the clause before it in
the same sentence named ("The doctor was rude, interrupted me"); a clause that names without
judging takes the judgement of its neighbour in the same sentence ("everyone was lovely, from
reception to the nurses"). A clause of time ("when she took my blood", "пока я ждал", "挂号的时候"),
with or without a comma before it, is read apart: it neither lends its words to what its
neighbour names nor takes the judgement its neighbour passes on its own aspect, and the wait it
names is no complaint unless it says how long (the [when], [asks_when] and [duration] sections).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from itertools import accumulate, compress, islice, repeat
from operator import attrgetter, itemgetter, neg
from typing import Final, NamedTuple, cast

from clinicrep.analysis.lexicon import (
    _AN_EMOJI,
    CLAUSE_MARK,
    SENTENCE_ENDS,
    SENTENCE_MARK,
    Match,
    Matcher,
    holds_any,
    load_sections,
    matcher,
    read_together,
    tokenize,
    tokens_before,
)
from clinicrep.analysis.sentiment import (
    _CONCORD,
    _NOT_A_DEED,
    _PAST_TENSE,
    _PLAIN_NOT,
    CONTRASTS,
    DENIALS,
    TO_CLAUSE_END,
    sentiment_matches,
)
from clinicrep.model import Aspect, AspectOpinion, Sentiment

LANGUAGES = ("en", "ru", "uk", "pl", "zh")
NOT_AN_ASPECT = "not_an_aspect"
JUDGEMENT = "words"  # judgement words read for the clauses only, beside the sentiment lexicon's
# Words that mean "but" only at the start of a clause ("..., только с парковкой беда", "..., 就是
# 价格贵"): they mark the clause as a contrast and split nothing.
OPENING_CONTRAST = "contrast"
# Words of exception ("except", "кроме", "крім", "poza", "除了"): they open a clause like "but"
# (OPENING_CONTRAST), and one that opens its sentence is set against the judgement after it
# ("Кроме парковки, всё отлично"), not against the sentence before (round twenty-nine).
EXCEPTION = "exception"
_OPENING = frozenset((OPENING_CONTRAST, EXCEPTION))
# Competence and professionalism ("incompetent", "непрофесійний", "不专业"): judged by the
# sentiment words, they speak of whoever the sentence names, and of the doctor when it names
# nobody ("Negligent and incompetent. I'm taking legal action").
COMPETENCE = "competence"
# A person's manner ("rude", "condescending", "грубо", "свысока", "зверхньо", "z wyższością",
# "态度很差", "居高临下"; section [manner]): like competence, it speaks of whoever the sentence
# names. Where it names nobody ("the man who answered was rude", "со мной разговаривали грубо",
# "跟我说话的语气居高临下"), the review still says whom (round nineteen, _unplaced_person): the
# front desk where the sentence tells a booking or a call, else the person the sentence before
# names, else the doctor; the words of speaking or answering
# beside it are the person's manner, not the information given. The topic reader counts the same
# words as the staff's attitude, so the pane shows a person's chip where the inbox shows that
# topic. Terms may weigh ("talked down to -2"), read with the clause's sentiment words.
MANNER = "manner"
# Verbs of passing ("went away", "прошла", "пройшов", "minął", "zniknęła"): in a clause with a
# symptom of the sentiment lexicon ("висип пройшов за тиждень", "ból kręgosłupa minął") they tell
# the treatment worked; negated, that it did not ("боль так и не прошла"). Without a symptom
# they say nothing ("minął miesiąc", "операция прошла успешно" is judged by its own words).
RELIEF = "relief"
_RELIEF = 2.0
# A relief term with a number of its own tells the other way, or how much: the complaint came
# back ("came back -2", "вернулась -2", "wróciła -2", "повернувся -2"), or is still there ("still
# there -2"). Read like the verbs of passing: only beside a symptom or an ailment (below).
# Ailments the sentiment lexicon does not list as symptoms (English "rash", "headaches"): they
# name nothing and judge nothing by themselves; they only let a verb of passing or of coming
# back beside them tell the outcome. Section [ailments] of aspects_<lang>.txt.
AILMENTS = "ailments"
# Another practice or doctor ("three other doctors", "my last GP", "другие врачи", "poprzedni
# lekarz", "别家"): the words after it in its clause judge them, not this practice ("Dr Okafor
# diagnosed what three other doctors missed", "she caught something my last GP missed"). Words
# before it are this practice's, compared ("way faster than my old clinic"), and so are the
# words after it where a word of comparison comes just before it ("比我之前去的那家好太多了"):
# section [than].
ELSEWHERE = "elsewhere"
# The time before what a clause tells ("after two years of", "po latach"; section [history]):
# the complaint words just after it (_HISTORY_REACH words) are what the patient went through
# before, not what this practice did: "finally got a diagnosis after two years of being fobbed
# off", "trafił z diagnozą po latach błądzenia" praise the outcome (session 25, probe38c).
HISTORY = "history"
_HISTORY_REACH = 4
THAN = "than"
# Results, reports and their like (section [results], stems or, in Chinese, words): a delay told
# in a clause that names them by a term of communication ("Результаты анализов пришли только
# через три недели", "Na wyniki czekałam trzy tygodnie", "检查结果等了三周才出来") is the delay of
# the results, which the labelled sets count as the information's (`communication`), not a
# booking far ahead nor a wait in the practice (round twenty-five)
RESULTS = "results"
# Records and certificates (section [records]: "records", "справка", "довідка", "zaświadczenie",
# "病历"): awaited for days they are the information's, as results are (read with RESULTS by the
# wait and same-day readings); asked about on the phone, their call-back is the front desk's
# paperwork, so the desk's matters (BILL) look for RESULTS alone (session 26)
RECORDS = "records"
# A person's attention (round thirty-one; section [attention] lists, as written, the terms of
# [communication] and [doctor] that tell it): the time and care they give ("took the time",
# "thorough", "уделил мне время", "poświęcił mi czas", "花时间"). In a clause that names a person
# they judge that person, not the information given nor the doctor ("The hygienist was gentle and
# thorough", "Nurse Amy took the time to find a vein": the nurse, not the doctor). Where the
# clause names nobody they judge their own section's aspect. How well a person listens stays
# communication's, as before round thirty-one (session 23: giving it to the person alone dropped
# the communication chip the blind sets' labels give in three languages; giving it to both
# turned "Врач не слушает" into praise).
ATTENTION = "attention"
# A bare verb of saying ("told me", "сказал", "сказали", "powiedział"; section [saying] lists,
# as written, those [communication] terms) done is the story's verb: what was said is what its
# clause speaks of ("the receptionist told me to keep trying", "сказали, что страховая не
# покрывает", "Told me my pain was 'just stress'"), not information given; a dismissal it tells
# is the speaker's manner ("Powiedział, że przesadzam": [manner]). Undone (a negator before it
# in its clause: "nobody told me", "ничего не сказали", "nikt nie potrafił mi powiedzieć") it is
# the information withheld and names communication (session 26, the lead's convention).
SAYING = "saying"
# How a person listened is that person's (session 27, the lead's convention, counted in
# tests/analysis/data/README.md: every tuning row that tells a doctor listening or not labels the
# doctor): a [communication] term of listening (section [listening]: "listen*", "слуша*",
# "słucha*", 听我说) judges the person its clause names as well as the information ("Lekarz nie
# słuchał", "The doctor didn't listen": the doctor is blamed, not the information alone).
LISTENING = "listening"
# Information withheld is the information's, not the doctor's it names (session 28, the
# convention: communication is information given or withheld; the doctor is judged by their own
# person and work; counted in tests/analysis/data/README.md): the sentiment words that blame a
# [communication] term of telling (section [telling]: "told", "предупред*", "повідом*",
# "uprzedzi*", 通知, 告诉; the term, two words before it or two after it) blame the communication
# and not the doctor its clause names ("Nobody told us the physio was off sick", "没人告诉我们
# 医生今天休息": communication alone), where the term of telling itself blames, undone or written
# so ("nobody told", "nie uprzedził", 没人告诉). A telling done ("dr z ironią powiedział": the
# manner is the doctor's) and an explanation given or withheld read as before, doctor and
# communication (the lead did not take acomm28's explanation ruling).
TELLING = "telling"
# words before a term of telling that say it was withheld: "nikt nas nie uprzedził"
_TOLD_BEFORE = 2
# What was not told is no judgement of whom it names: a clause opened by "что", "що", "że" (section
# [told_that]) right after a clause of its sentence that blames the information withheld, naming
# only a person, is what was not told ("Никто не предупредил, | что врач заболел", "Nikt nie
# uprzedził, | że lekarz jest chory"): it borrows no blame from it (session 28, the same
# convention).
TOLD_THAT = "told_that"
# how it was done, a word before the term ("uważnie wysłuchał") or two after it ("listened
# carefully"); two before would take words said of the person ("kind and listened")
_HOW_REACH = 2
# The front desk's calls (session 26, the same convention; section [contact] lists the words,
# stems with "*", that open a [communication] term of calling, ringing back, reminding or
# answering: "rang", "перезвон*", "oddzwoni*", "回电话"): in a clause that names the front desk,
# whose terms of communication are all such and name no results ("администратор сама
# перезвонила и напомнила", "the receptionist rang me back the same day", "реєстраторка
# відповідала через губу"), they judge the front desk's service, not information given. What
# the front desk explains or tells ("Reception gave me the wrong information about fasting",
# "The admin team explained my insurance claim") and results it rings about stay communication.
CONTACT = "contact"
# The front desk's matters (session 26, the lead's convention, continued): a review's
# communication is the front desk's service, not information given, where either
# - every clause that names it stands in a sentence that names a bill ([bill]: the words, stems
#   with "*", that name one) and no doctor or nurse ("the billing department sent three invoices
#   and nobody there could explain them", "объяснить их там никто не смог"): money explained or
#   not is the desk's; or
# - the patient rang the practice ([own_calls]: the words, stems with "*", of the patient's own
#   calls: "rang", "звонила", "dzwoniłam", "打了"), every clause that names it is one of calling
#   (CONTACT), and the review names no doctor or nurse ("Rang six times about my prescription.
#   No one ever called back."): the desk is who calls back.
# Neither where results are named (RESULTS): "Звонила насчёт результатов МРТ, никто не
# перезванивает" stays communication; nor where the review judges the outcome (session 31,
# aasp31): the calls are then about the treatment's aftermath, the clinician's to answer ("Still
# hurts two weeks after the extraction. Rang twice, nobody called me back", "拔完牙两个礼拜了
# 还是疼。打了两次电话，没人回"). The communication read becomes the front desk's
# (reception), or is dropped where the front desk is already judged.
BILL = "bill"
OWN_CALLS = "own_calls"
# A concession that only supposes ("even if the doctors are good", "nawet jeśli lekarze są
# dobrzy"; section [supposing] lists, as written, the [concessive] words of the sentiment
# lexicon that suppose): unlike "although", which grants only where it opens its sentence ("The
# treatment helped, although the queue was long" adds a complaint), its clause is granted, not
# meant, wherever it stands: "To dla mnie dyskwalifikacja, nawet jeśli lekarze są dobrzy"
# blames the front desk and praises nobody (session 25, probe38c).
SUPPOSING = "supposing"
# Markers of sarcasm that are mock delight ("oh great", "oh brilliant", "no super"; section
# [mock_delight] lists, as written, those [sarcasm] terms): their own word of praise is the
# sarcasm, not praise of the clause. Counted, it made the sentence judged, so the marker blamed
# nothing and the praise after it went on as meant ("Oh great, another locum who has never met
# me. Very reassuring."; session 25, probe38c). Thanks ("дякую, звісно") stay read as thanks.
MOCK_DELIGHT = "mock_delight"
# A marker of sarcasm said as a tag closing its sentence, not opening it (session 30; section
# [sarcasm_closing] lists, as written, those [sarcasm] terms): "Świetna obsługa, nie ma co.
# Zgubili moje skierowanie" (praise beside a complaint told as a fact), where "Nie ma co
# narzekać, lekarka bardzo miła" opens a sentence of praise.
SARCASM_CLOSING = "sarcasm_closing"
# The same day ("same day", "в тот же день", "того ж дня"; section [same_day] lists, as written,
# the [scheduling] terms that tell only the day): in a clause that names the doctor or a nurse
# and no booking, the front desk nor a call, it is the day of their deed ("Dr. Brennan ordered a
# scan the same day", "adjusted my dose the same day"), not a booking had quickly (round
# thirty-one); in a clause of communication that names no booking it is how fast the answer or
# the results came ("She called me back the same day", "того ж дня прийшла смс"; session 26).
SAME_DAY = "same_day"
# The front desk's paperwork (session 26; section [errand] lists, as written, the [scheduling]
# terms that only name it: "referral*"): in a clause that names the front desk and no other
# booking, it is the desk's service, not the getting of a visit ("Reception lost my referral
# twice", "Reception were really helpful sorting out my referral"); as in the other languages,
# whose referral ("направление", "skierowanie") names no booking.
ERRAND = "errand"
# A reservation named as such ("only gripe:", "the only downside", "美中不足", "єдине але"): it
# blames what its clause names, and where it opens the clause it turns like "but" against what
# came before ("The nurses made it easy. Only gripe: the prep instructions were confusing" does
# not blame the nurses).
RESERVATION = "reservation"
_RESERVATION_OPENS = 2  # words (Chinese: characters) before it: "my only gripe", "the downside"
# What a practice claims or advertises, or calls itself ("obiecuje «opiekę bez kolejek»", "号称
# “不用排队”", "the so-called urgent slot", "так называемая «бесплатная» консультация"): praise
# after such a word in its clause is the claim the review holds against it, so it blames.
CLAIM = "claim"
# Praise in scare quotes ("So 'friendly' reception, I was told to wait without a word", "Очень
# «приветливая» девушка, даже не поздоровалась", "Bardzo „miła” rejestratorka, nawet nie
# odpowiedziała"): one or two words in lower case alone between quotes, in a sentence that
# complains besides, are the writer's irony, so their praise blames, as a claim's does. Alone
# they may be the writer's own word ("got a call back, 'brilliant' thank you"); a capital first
# letter is a name ("Клиника «Добрый доктор»"). Chinese is not read so.
SCARE_QUOTES = "scare_quotes"
# Thanks for a thing in scare quotes ("Thanks a lot for the 'quick' appointment", "Спасибо за
# «быстрый» приём", "Dziękuję za „szybką” wizytę"): the thanks are the irony too, whatever the
# sentence says besides; the thanks words a few words before the quote are [thanked], a word
# list (session 32, probe45a). Thanks after the quote stay thanks ("got a call back,
# 'brilliant' thank you").
THANKED = "thanked"
_THANKED_REACH = 5  # tokens from the thanks to the quote: "thanks a lot for the 'quick'"
# (the quote first, and "no word character before it" as a look-behind over it: a pattern that opens
# with a look-behind is tried at every character, one that opens with a class of characters
# skips to them in C, four times as fast over an NHS story)
# a text with more scare quotes, emoji or amounts after a currency sign than these is a pasted
# document, not a review: only its first ones are read (amounts are each placed by tokenizing
# the text before it, so reading them all would grow with the square of the text; quotes and
# emoji are placed from one table, see tokens_before, and their caps keep what is read)
_MOST_QUOTES = 32
_MOST_EMOJI = 32
_MOST_SIGNED_AMOUNTS = 32
_MOST_CLOCK_TIMES = 32
_SCARE_QUOTED = re.compile(
    r"[\"'«„“‘‹](?<!\w.)"
    r"([^\W\d_A-ZА-ЯЁІЇЄҐÀ-ÞĄĆĘŁŃÓŚŹŻ][^\W\d_]*(?:[ -][^\W\d_]+)?)[\"'»”“’›](?!\w)"
)
_QUOTES = frozenset("\"'«„“‘‹")
# A marker of sarcasm opening a sentence ("Love how", "Oh great", "Ну спасибо", "No pewnie",
# "呵呵"): the praise words of its sentence blame what they name, and where the sentence judges
# nothing else, the marker blames what it names ("No pewnie, po co komu parking przy
# przychodni"). Section [sarcasm]; its weight is that blame.
SARCASM = "sarcasm"
# What the patient can do again ("I can do stairs again", "my dad can walk without pain",
# "mogę znowu biegać"): a word of being able ([able]: "I can", "she could", "able to", "mogę")
# and, after it in its clause, a word of restoring ([again]: "again", "normally", "without
# pain", "znowu", "normalnie") tell the outcome, credited; a word of being able with a weight of
# its own tells the other way ("I still can't walk normally": "can't -2"), and a negator before
# it turns it ("nadal nie mogę normalnie chodzić"). Either alone says nothing ("I can book
# online", "the pain is back again").
ABLE = "able"
AGAIN = "again"
# A negated verb of being able or willing (session 42, Russian, Ukrainian and Polish: [unable],
# "не стала", "не может", "не змогли", "nie potrafi", "nie raczył"): the infinitive it governs
# may stand before it ("Объяснять ничего не стала", "пояснити толком ніхто нічого не може") or
# after it with words between ("Nikt nie potrafi nic sensownie wyjaśnić"). The negator then
# turns the few words of its clause before it, and its reach counts from after the verb. Written
# words, tested as the token after a negator (no matcher: "może" is also [able]).
UNABLE = "unable"
# a comparative before the negated verb: the best there is ([unable_better]: "лучше", "lepiej")
UNABLE_BETTER = "unable_better"
# how an infinitive ends ([infinitive_ends]): the words before the negated verb are turned from
# the first infinitive among them
INFINITIVE_ENDS = "infinitive_ends"
_UNABLE_BACK = 6  # words before the negator: "объяснить мне толком никто так и | не смог"
_AGAIN = 2.0
# The outcome told by the body (round twenty-five): a body part, an ailment or the dental or
# medical work done on it ([body]: "knee", "rash", "зуб*", "plomb*", "牙"; an [ailments] term,
# and an [outcome] term that only names the outcome where [body] lists it too: "filling",
# "crown", "гипс*", matched as the outcome's, which comes first in the file) and, in the same
# clause, a word of change ([change], with the polarity the change gives: "faded 2", "cracked
# -2", "выпал* -2", "wróci* -2", "淡了 2", "又疼 -2"; a [relief] word counts too) tell what the
# care achieved. A negator before the change turns it ("hasn't faded"). Where the clause names
# another aspect, or a person it judges, that owns the clause ("the dentist was gentle with my
# teeth, better than my last one"); a person it names without judging leaves the body a change
# told after it ("Прошёл курс у Марины Сергеевны: колено перестало опухать", session 24; not
# "the dentist helped to treat my teeth"); where its own terms already judge the outcome they
# stand. A symptom of the sentiment lexicon is no body here: "worry", "struggling" are feelings
# as well.
# A clause that tells a change and names nothing else speaks of the body its sentence's clause
# before named ("Crown fitted in March, cracked in May": _lend_body). Either alone says
# nothing ("my knee", "cracked").
BODY = "body"
CHANGE = "change"
_BODILY = frozenset((BODY, AILMENTS))
# The patient whose state a word of change tells (session 27, aout27): the patient or a relative
# named in the clause before it ([patient]: "мне", "папе", "tacie") stands for the body with the
# words of change or relief that end in a word of [patient_state] ("лучше", "краще", "już
# lepiej": "Папе после капельниц уже лучше"; the label convention in
# tests/analysis/data/README.md): the person is then read as [body]. Other words of change stay
# the body's alone ("маме снова перенесли приём" tells no state). The persons are a word list,
# looked for among the clause's words only where such a word of change stands without the body
# ("мне" is in most Russian reviews: matched in every one, it cost 2 % of the analysis).
PATIENT = "patient"
PATIENT_STATE = "patient_state"
# A clause that opens with a relative word ("который", "який", "з яким", "który"; section
# [relative], a word list) tells of what the clause before it named, and a change told after it
# is of the body named before it (session 29, aout29): "Зуб, который лечили в марте, до сих пор
# ноет", "Висип, з яким я ходила по лікарях пів року, зник" (see _lend_body). Commas close such
# clauses in Russian, Ukrainian and Polish, so the body and its change stand two clauses apart.
RELATIVE = "relative"
_RELATIVE_REACH = 3  # words at a clause's start a relative word may stand at (", з яким")
_CHANGES = frozenset((CHANGE, RELIEF))  # a word of change or of relief (see _lend_body)
# A marker that grants praise against the rest of the review ("at least", "I'll give him that",
# "to be fair", "хоть", "этого не отнять", "przynajmniej"): the writer grants one side of a
# mixed review, so the other side is a complaint even where it is told only as facts ("Called
# twice about my results, nobody rang back. At least the nurse got the vein first time."). In a
# sentence that praises, such a marker blames, mildly, every aspect that the review names in its
# other sentences and that no word judges (_GRANTED_AGAINST). Followed by a number it counts
# ("at least 2 hours", "хоть раз"): section [granting]; a number just after it cancels it.
# A sentence so marked that praises nothing grants a bare deed ("At least the doctor saw me in
# the end", "好歹医生把药开了"): what it names and does not judge is credited, mildly
# (_GRANTED_FOR), and the marker's own weight among the sentiment words ("at least -0.5", kept
# for "at least two hours") is not read in it.
GRANTING = "granting"
# The markers of granting said aside (", правда,", ", щоправда,", "倒是", "mind you"; section
# [aside] lists them as written in [granting]): the aside takes the side opposite the rest of
# the review (session 27, aconc2). After complaints it grants praise, as the other markers do
# ("Медсестра, правда, принесла ребёнку воды"); in a review whose other sentences praise and
# blame nothing it concedes the complaint: what its sentence names and no word judges is blamed,
# mildly ("Лікарка уважна, все пояснила. Ціни, щоправда, зависокі.": price negative, the review
# mixed), and it grants nothing (_conceding_asides). A judgement word of its own decides.
ASIDE = "aside"
_GRANTED_AGAINST = -1.0
_GRANTED_FOR = 1.0
# Chinese: a marker followed by a number counts instead ("至少两个小时", "至少等了")
_ZH_COUNTS = frozenset("0123456789一二两三四五六七八九十半几等")
# Praise hedged as an appearance ("supposedly", "вроде бы и вежливый", "наче й приємна", "niby
# miły", "看着挺和气"; section [hedge]): where a "but" later in its sentence blames, the praise
# was only how things looked, and the clause blames what it names ("Niby miły pan doktor, ale po
# jego leczeniu wysypka tylko się nasiliła": the doctor is blamed, not praised), unless the "but"
# names another aspect than the person's work (the outcome): "Lekarz niby miły, ale w rejestracji
# pani była niegrzeczna" still praises the doctor. Round twenty-nine. Tried and left out: the
# mild hedges "nice enough", "вроде", "наче" (their praise is meant in the labelled sets: the
# pooled frozen aspect F1 fell en .836 -> .832, ru .836 -> .833).
HEDGE = "hedge"
# GRANTED_THEN_FAILED (session 27, adoc27; counted in tests/analysis/data/README.md): a person
# praised for what they are, not for their skill ("polite", "не то чтобы плохой", "挺客气的"), in a
# clause that names that person alone, and after a "but" in the same sentence blamed for their
# work, the rest naming that person and nothing else (or their listening: LISTENING): the
# praise was granted, and the clause blames the person as a hedged one does ("The doctor was
# polite, but didn't even look at my throat", "Врач не то чтобы плохой, но слушать не умеет").
# A "but" that names nothing may blame the practice ("Врач хороший, но из-за этого бардака
# больше не приду") and one that names another aspect (the wait, the price, the outcome) keeps
# the praise, as before.
# MISREAD (session 30, adoc30; counted in tests/analysis/data/README.md): the diagnosis missed
# after such a "but" is the doctor's work, though it names the outcome too ("Nice enough doctor
# but she missed my thyroid problem for two years", "Лікарка мила, але лікувала від алергії, а
# це виявився грибок"): a clause whose own terms blame the diagnosis (section [diagnosis]: "she
# missed", "не увидел", "przeoczył", "没看出来"; or what the doctor treated belied by what it
# turned out to be, TOLD: "лечил от бронхита, а оказалась пневмония") turns the doctor's praise.
# DEED (session 27, abut27; counted in tests/analysis/data/README.md): after such praise, a "but"
# whose clauses name nothing and blame with a verb of what a person did to the patient ([deed]:
# "rushed me out", "brushed me off", "выпроводил", "zbyła mnie", "敷衍") speaks of the person
# praised, the subject carried over: "Nice doctor but rushed me out in five minutes" blames the
# doctor. A "but" that names what it blames keeps the praise ("Lovely doctor but the wait was
# long"), and one that blames with no deed may blame the practice, as above. The same holds
# for a "but" that opens the sentence just after the praise ("Nice doctor. But rushed me out in
# five minutes.", session 27, abut2: _next_deed).
DEED = "deed"
# The complaint said by ellipsis after praise ("Nice nurses. The doctor, not so much.", "Врач —
# не очень.", "Lekarz już nie bardzo.", "Recepcja – średnio."): a short verdict with no verb
# ([elliptic]: "not so much", "not really", "meh", "не очень", "не особо", "не дуже", "nie
# bardzo", "taki sobie"; its weight the blame) judges the person or the aspect named just before
# it, where it ends its clause and the words before it in its sentence (back to a comma after
# the term) are at most _ELLIPTIC_WORDS, name an aspect and judge nothing themselves; a verdict
# that is a sentence of its own judges a sentence before it of at most _ELLIPTIC_ASKED words
# that only names ("The doctor? Meh."). Elsewhere it says nothing ("It didn't hurt, not
# really", "Did the doctor explain everything? Not really.").
ELLIPTIC = "elliptic"
_ELLIPTIC_WORDS = 5
_ELLIPTIC_ASKED = (
    3  # words of the sentence before one that is only the verdict ("The doctor? Meh.")
)
# The ellipsis that turns what was said just before against the aspect it names (session 33,
# asppl33): "The care was excellent; the communication was not.", "Dr Khan is brilliant. The
# practice manager is another story.", "Lekarz kompetentny, recepcja już nie.", "recepcja
# niekoniecznie", "z recepcją to już inna historia" (section [elliptic_turn]; its short forms
# written with the mark that ends them, "już nie .", so that they take no longer term's words:
# "kolano już nie boli"). Placed as an ELLIPTIC verdict is (it ends its clause, an aspect term
# at most _ELLIPTIC_WORDS before it, no judging word between), it judges the term the other way
# from the nearest judging word before the term, in its sentence or the one before (turned by a
# negator just before that word): blame after praise, praise after blame ("The doctors were
# rude, the nurses were not"). With no judging word before it, it says nothing.
ELLIPTIC_TURN = "elliptic_turn"
_TURNED = 1.5  # the weight of the judgement it gives
_TURNED_NEGATION = 3  # a negator ending at most this many words before the judging word turns it
# A complaint said politely as a wish ("Хотелось бы, чтобы администраторы предупреждали о
# переносе заранее", "Було б добре, якби в реєстратурі були привітнішими", "Администраторам
# стоит поучиться вежливости"; section [wish], its weight the blame): what the patient wishes
# for was missing, so the clause of the wish (and, where the marker ends its own clause at a
# comma, the clause after it) blames what it names, its praise words and deeds turned. A wish
# for more of the same is praise ("Хотелось бы, чтобы таких врачей было больше"; section
# [wish_not]: the clause is left as it is). Session 25 (probe38b). The complaint a wish tells is
# set apart by its writer, as one after "only gripe:" is (AspectReading.reserved, _RESERVED): a
# long, mostly happy review that wishes for one thing is mixed, its lean notwithstanding
# ("Одне побажання: попереджайте, коли прийом затримується"; session 44, probe59).
WISH = "wish"
WISH_NOT = "wish_not"
# Chinese wishes are frames the clause fills ("如果停车方便一点就更好了", "要是周末也开门就好了",
# "希望候诊区能多放几把椅子"; section [wish_frames] of aspects_zh.txt, "opening…closing", its
# weight the blame), read on the clause's text; a [wish_not] word in the clause leaves it as it
# is, and a word of [wish_recovery] in the closing ("就好了") is no recovery: the outcome it
# seemed to name is not the clause's. Session 27 (amild27).
WISH_FRAMES = "wish_frames"
WISH_RECOVERY = "wish_recovery"
# A heading of the complaints listed after praise ("З мінусів: 1. ... 2. ...", "Из минусов:",
# "Недостатки:"; section [minus_list]): every sentence after it is set apart by the writer, as
# after a reservation (see _RESERVED), though the list's numbers end the sentence of the heading.
# Session 25 (probe38b).
MINUS_LIST = "minus_list"
_NO_LIST = 1 << 30  # no heading: no sentence comes after it
REFUNDED = "refunded"  # money given back (see _refunds_handled)
REFUND_DENIED = "refund_denied"  # the words just before it that deny it
# The visit itself named by a word of booking (session 26, what the time is of): "a six minute
# appointment", "three appointments, three creams", "the appointment itself was rushed", "came
# out of an appointment" tell the visit, not the getting of one. Section [visit_itself] lists
# those phrases; matched, they hold the booking word, so no scheduling is named there. (The
# other languages' words of the visit itself, "приём", "прийом", "wizyta", "就诊", name no
# booking alone.)
VISIT_ITSELF = "visit_itself"
# A change of a booking told only as the reason for a call ("Позвонила перенести запись, со
# мной говорили грубо", "Zadzwoniłam przełożyć wizytę"; session 26,
# asched2): the call and its manner are the front desk's, the booking is not judged (its verb
# of change blamed it). Section [called_to_book] lists the phrases (the call verb, then the
# change and its object). Where their sentence names the front desk or judges a manner, they
# name the desk's call, a name only ("the man who answered" is the desk's), and no scheduling;
# else the booking is what the sentence tells and is named as before, by name only. A booking
# judged beside them ("no slots", "записи нет") is its own term and still named. (A call to
# book, "звонила записаться", keeps its booking: a rude call to book a named doctor blames the
# desk through it. English reads such calls right already, through the booking word and the
# person who answered: no English phrases.)
CALLED_TO_BOOK = "called_to_book"
_PHONE_MANNER = frozenset((Aspect.RECEPTION.value, MANNER))
# The channel results come by (session 26, asched2; section [channel] lists, as written, the
# [scheduling] terms that only name one: "приложени*", "застосунок"): in a sentence that holds a
# word of results (RESULTS) and names no other booking than a channel or the day (SAME_DAY),
# the channel and the day are how the results came, the information's, not a booking
# ("Результаты появились в приложении только через 9 дней", "Того ж дня прийшла смс, що
# аналізи в нормі"); not where the sentence names the doctor or a nurse, whose deed the day is
# (SAME_DAY: "Лікарка того ж дня призначила аналізи").
CHANNEL = "channel"
# Seen soon after a call (session 26, asched2): "в 11 меня уже приняли", "o 11 byłam już
# przyjęta", "вже прийняли" (section [seen_soon], praise by its value) told in a sentence that
# a call opens before it (section [call_first]: "позвонил*", "zadzwoni*") is how fast the visit
# came, the booking's praise ("Позвонила в 9, в 11 меня уже приняли"); with no call before it
# ("Пришла без записи, через 15 минут меня уже приняли") it names nothing, as before. The call
# itself is then the booking's, not a word of the telling.
SEEN_SOON = "seen_soon"
CALL_FIRST = "call_first"
_CARER_VALUES = frozenset((Aspect.DOCTOR.value, Aspect.NURSE.value))
_PEOPLE_VALUES = frozenset((*_CARER_VALUES, Aspect.RECEPTION.value))
# Faint praise said of a person (session 27, aconc27, probe40c): the praise a complaining
# review concedes to one person ("The doctor was okay", "Сам врач ничего", "Терапевтка нічого,
# виписала все", "Pielęgniarka okej", "The GP did his job", "Стоматолог своё дело знает").
# Section [faint] lists the words, praise by their value, that judge only as a person's
# predicate: just after a doctor, nurse or front desk named in the clause, with nothing between
# but the words of [faint_link] ("was", "herself", "сам", "вроде"), and ending the clause (a
# mark after it, or a word of [faint_tail] such as "though", "вроде", "chyba"). Elsewhere they
# say nothing: "Ok so I waited", "ok at first", "Врач ничего в этом не понимает". The
# tuning rows label such praise as that person's aspect, positive (en "fine" / "decent enough"
# of a doctor 4 of 5, pl "Lekarz w porządku", ru "Доктор норм"; tests/analysis/data/README.md).
FAINT = "faint"
FAINT_LINK = "faint_link"
FAINT_TAIL = "faint_tail"
_FAINT_PERSONS = frozenset((Aspect.DOCTOR.value, Aspect.NURSE.value, Aspect.RECEPTION.value))
_FAINT_REACH = 3  # link words at most between the person and the faint word
_OTHER_SECTIONS = (
    FAINT,
    MINUS_LIST,
    WISH,
    WISH_NOT,
    GRANTING,
    HEDGE,
    SARCASM,
    ABLE,
    AGAIN,
    NOT_AN_ASPECT,
    JUDGEMENT,
    OPENING_CONTRAST,
    EXCEPTION,
    COMPETENCE,
    MANNER,
    RELIEF,
    AILMENTS,
    BODY,
    CHANGE,
    ELSEWHERE,
    HISTORY,
    RESERVATION,
    CLAIM,
    ELLIPTIC,
    ELLIPTIC_TURN,
    REFUNDED,
    VISIT_ITSELF,
    CALLED_TO_BOOK,
    SEEN_SOON,
)
# The room where patients wait names the waiting time, unless the clause judges the premises by
# itself: "the waiting room was packed" is waiting, "the waiting room was clean" is premises.
WAITING_ROOM = "waiting_room"
# The diagnosis: an outcome, and the work of the doctor who made it ("misdiagnosed", "неверный
# диагноз", "误诊" blame both; "trafna diagnoza" credits both).
DIAGNOSIS = "diagnosis"
# A diagnosis found later or elsewhere (round thirty-seven): a clause that tells what the doctor
# said or thought it was (section [told]: "said it was", "сказали", "казали", "stwierdził",
# "说是") and, after it in the same sentence or the next, one that tells what it turned out to
# be (section [turned_out]: "turned out", "оказалось", "виявилось", "okazało się", "结果是")
# blame the diagnosis, and so the outcome and the doctor who made it, with no outcome word
# ("The GP said it was a sprain. An X-ray at A&E showed a fracture"). Not where another
# practice or doctor said it (ELSEWHERE: "Other doctors said it was nerves; it turned out to be
# her thyroid" credits whoever found it), nor where the words between praise, nor where the
# finding bears the doctor out (section [confirmed]: "turned out she was right", "оказался прав",
# "okazało się, że miał rację", "结果是真的没事").
TOLD = "told"
TURNED_OUT = "turned_out"
CONFIRMED = "confirmed"
_MISDIAGNOSED = "-2"
# An amount of money ("$340 for a 10 min visit", "3800 рублей за приём", "Zapłaciłam 600 zł",
# "花了800块"): patients tell what they paid to complain of it (of 21 rows of the labelled
# tuning sets that tell an amount, 20 blame the price, the other a parking fee). Where no word
# of the review judges the price ("only $20, a bargain" praises it), the amount blames it by
# itself, unless the review praises all else it judges and no "but" sets the amount against
# that praise ("挂号费50元，医生很耐心" states a fee). Mildly: an amount alone is no verdict.
# Section [amount] of aspects_<lang>.txt: the currency words that follow a number.
AMOUNT = "amount"
# Verbs of paying ("paid", "zapłaciłam", "отдала", "віддала"): a number just after one is an
# amount paid without its currency ("Отдала 3500, чтобы услышать ..."). Section [paying].
PAYING = "paying"
_PAYING_REACH = 2  # words between the verb and its number: "paid them 300", "zapłaciłam aż 300"
# A visit told short by its minutes (see _with_brief_visits): the doctor rushed the patient.
BRIEF = "brief"
# What an amount paid bought, when it was only words or a prescription ("$250 just to be told
# to drink water", "200 zł za to, żeby usłyszeć ...", "3800 рублей за приём, на котором мне
# выписали витамины", "挂号费三百，就告诉我多喝热水"): after an amount in the same sentence, these
# words blame the doctor for a visit worth nothing, and praise in their clause is irony (as a
# visit told short: BRIEF). Section [paid_for]; elsewhere the words say nothing.
PAID_FOR = "paid_for"
_PAID_FOR_REACH = 8  # words (Chinese: characters, twice as many) from the amount
_ASPECT_OF: dict[str, Aspect] = (
    {a.value: a for a in Aspect}
    | {WAITING_ROOM: Aspect.WAITING}
    | {DIAGNOSIS: Aspect.OUTCOME}
    | {AMOUNT: Aspect.PRICE, BRIEF: Aspect.DOCTOR, PAID_FOR: Aspect.DOCTOR}
)
# A match's section, for the tests over all of a text's matches in C (map, in, isdisjoint)
# instead of a generator's step per match
_section = attrgetter("section")
_claimed = attrgetter("claimed")
_start = attrgetter("start")
_term = attrgetter("term")
_FOUND_APART = frozenset((AMOUNT, BRIEF))  # not terms of the lexicon: found by the engine
_DOCTOR, _PRICE, _OUTCOME = Aspect.DOCTOR, Aspect.PRICE, Aspect.OUTCOME
_DOCTOR_VALUE = Aspect.DOCTOR.value
_ACCESS, _PRICE_VALUE = Aspect.ACCESS, Aspect.PRICE.value
_RECEPTION, _OUTCOME_VALUE = Aspect.RECEPTION, Aspect.OUTCOME.value
_POSITIVE, _NEGATIVE = Sentiment.POSITIVE, Sentiment.NEGATIVE
_FACILITIES, _WAITING, _WAITING_VALUE = Aspect.FACILITIES, Aspect.WAITING, Aspect.WAITING.value
_COMMUNICATION, _COMMUNICATION_VALUE = Aspect.COMMUNICATION, Aspect.COMMUNICATION.value
_SENTENCE = re.compile(r"[.!?;\n…。！？；]+")
_SUBJECT_WORDS = 3  # words before a contrast word that are its clause's subject (_segments)
_REACH = 3  # a negator turns the next few words (characters in Chinese) of its clause
_ZH_REACH = 3
_JUDGED = 0.3  # a clause whose words sum to less than this says nothing either way
_MIXED_BALANCE = 0.7  # the weaker side must be at least this share of the stronger one
# ... in a long text that judges in _FEW_CLAUSES clauses or fewer ("Dr Patel actually sat down
# and looked at her, ... but we'd been sat in that waiting room for an hour and forty minutes"):
# a story told at length around one praise and one complaint (NHS the same from .4 to .6)
_FEW_BALANCE = 0.5
_UNMET = -1.5  # "nie zbadał", "не перезвонили": what was not done is a complaint
_CONTRASTED = 1.0  # the weight of a judgement read from the other side of a "but"
_FAILED_REACH = 2  # words (Chinese: characters) between a word of failing and what failed
_UNDONE = -1.0  # such a deed negated ("nie powiedział", "никто не сказал")
_DEED = 0.5  # a self-judging term this mild ("powiedział", "告诉") counts only when negated
_SHARED = 1.0  # beside a self-judging term, sentiment words this strong judge every aspect named
_FEW_CLAUSES = 4  # a short review that praises one aspect and blames another is mixed
# ... and a review this long is not short, however few of its clauses judge: a story weighs its
# praise against its complaints (Care Opinion dev half A; the labelled sets' reviews are at most
# 27 words). Chinese: characters, two to a word.
_SHORT_WORDS = 45
# ... and a text up to this long is still a review, not a story (Care Opinion's run to hundreds
# of words): however many of its clauses judge, its weaker side needs only _FEW_BALANCE
# (session 40: "Long review, sorry. Booked online for 10:15, ... called at 11:40. The waiting
# room was spotless ... Dr Okafor was thorough ... Then the bill: $280 ...", 64 words; no
# development story of this length had its sides so near)
_REVIEW_WORDS = 2 * _SHORT_WORDS
# An aspect praised and another blamed, each this strongly (a judging word and a term that
# judges by itself, or a complaint told as a fact: "sat there 50 minutes"), make a mixed review
# however long the story and however far the rest of its words lean (round fifteen)
_EVIDENT = 3.0
# ... and so do an aspect praised and another blamed where the weaker side, at least this
# strong, is told in a clause that opens with a contrast or a reservation ("Only gripe: the car
# park is tiny", "Минус один: результаты пришлось выбивать самой"): set apart by the writer, it
# is meant however much the rest praises (round nineteen)
_RESERVED = 1.5
# A long review that judges several aspects (its chips name at least _SEVERAL_ASPECTS) and whose
# weaker side's strongest aspect is judged at least _FIRM_SIDE (a judging word and more: "the
# billing office is a complete shambles", "регистратура испортилась окончательно", "前台这一年
# 变得很差"; not a complaint softened or waved away: "parking was a bit tight, but honestly
# that's nothing") is mixed however far its other side outweighs it in words: a platform review
# that praises the doctor, the nurses and the rooms at length and blames the front desk firmly
# gives both sides, and the owner needs both (session 43, probe58: 5 of 16 tune mixed rows of
# probe57 and most of probe58's were read one-sided by the balance of a story or by its lean).
# Counted by aspects, not words: the stronger side's many aspects drowned the weaker side's one
# firm complaint. Only up to _PLATFORM_WORDS words (Chinese: characters, two to a word): the Care
# Opinion stories past a platform review's length are judged by their lean as before (of the
# NHS dev stories up to it, 3 of 1,150 are read mixed by this). A weaker side the writer sets
# apart (AspectReading.reserved: "only gripe:", "the only thing", a wish) needs only _RESERVED:
# past _EVIDENT_CHARS the pipeline's reading of a reservation no longer reaches it, and a polite
# complaint ("Dobrze by było informować pacjentów, kiedy lekarz się spóźnia") weighs under
# _FIRM_SIDE (session 44, asp44neg: one NHS story, r1735, "Only doubt I have is ...", to mixed).
_SEVERAL_ASPECTS = 4
_FIRM_SIDE = 2.5
_PLATFORM_WORDS = 220
# SPREAD (session 45: asp45b on probe62 and asp45a on probe61 found it each on its own): a
# long story that judges at least _SPREAD_SIDE aspects on EACH side, each at least
# _SPREAD_FIRM ("the surgeon explained for an hour, the scar is barely visible, the bill
# matched the quote; the night nurse told me to endure it, the call bell did not work"), is
# mixed however far its words or its strongest aspects lean: a story of a course of care tells
# each thing's verdict in passing, often as a fact or a reported word that weighs under
# _FIRM_SIDE, and two things blamed beside two praised are no aside waved away (a one-sided
# story with an aside has one aspect on its weaker side). Up to _SPREAD_WORDS words (Chinese:
# characters, two to a word). Before it, past _PLATFORM_WORDS a story was read by its lean: 5
# of probe61's 10 English mixed tune stories were called one-sided. Counted by aspects, not
# (asp45b's first form) by the sentences they are told in: the two forms scored the same on
# every pooled set (NHS one story apart), and a delay told as "booked for 9:15, seen at 11:50"
# blames the booking and the wait in one sentence (test_asp45a's knee story).
_SPREAD_SIDE = 2
_SPREAD_FIRM = 1.5
_SPREAD_WORDS = 420


class Clause(NamedTuple):
    # A tuple, not a frozen dataclass: a long story has dozens and __init__ of a frozen
    # dataclass costs several times more.
    sentence: int
    general: float  # the judgement of the clause's sentiment words: it falls on every aspect named
    own: dict[Aspect, float]  # what self-judging terms say of their own aspect ("kept waiting")
    aspects: tuple[Aspect, ...]
    contrast: bool  # opens with "but", "ale", "但是": it does not share its neighbours' judgement
    span: tuple[int, int] = (0, 0)  # its tokens (not Chinese)
    text: str = ""  # Chinese: the clause itself
    total: float = 0.0  # general and own together
    conceded: bool = False  # opens with "although", "choć", "хотя", "虽然": granted, not meant
    competence: bool = False  # speaks of competence or professionalism (see COMPETENCE)
    paid: float = 0.0  # what amounts of money say of the price (see AMOUNT)
    bought: float = 0.0  # what a visit bought for nothing says of the doctor (PAID_FOR)
    sarcasm: float = 0.0  # the weight of a marker of sarcasm opening the sentence (SARCASM)
    claimed: bool = False  # praise the practice claims, turned into blame (CLAIM)
    # praise read as irony (_as_irony): it blames its aspects but weighs nothing in a mixed
    # verdict (the complaint beside it already does)
    turned: bool = False
    manner: bool = False  # speaks of a person's manner (see MANNER); competence is set too
    supposed: bool = False  # opens with "even if", "nawet jeśli": granted wherever it stands
    listened: float = 0.0  # where it tells listening, what it says of the person (LISTENING)
    untold: float = 0.0  # its blame of information withheld: not the doctor's (TELLING)


# Clause(...) by tuple.__new__, every field given, without the named tuple's __new__ in Python
# (as lexicon.Match): half the cost of each of the few clauses a review has
_new_clause = tuple.__new__


# No sides judged: the default of AspectReading.firm and .bygone
_NO_SIDES: frozenset[Sentiment] = frozenset()


class AspectReading:
    """Everything the aspect reading found in one text.

    A plain class with its own ``__init__``, not a frozen dataclass: the dataclass's generated
    ``__init__`` runs interpreted even in the compiled wheel (22k instructions a review, 2.9 %
    of an import's analysis; session 46, imp46), this one is compiled. Read only, as the
    dataclass was: the fields are ``Final`` (mypy refuses an assignment after ``__init__``, the
    compiled class raises AttributeError). A new field is a parameter and a ``Final``
    assignment here and a name in ``__slots__``."""

    __slots__ = (
        "opinions",
        "praise",
        "blame",
        "judged_clauses",
        "firm",
        "long",
        "strongest",
        "ironic",
        "weaker",
        "reserved",
        "hedged",
        "praised_first",
        "bygone",
        "story",
        "platform",
        "spread",
    )

    def __init__(
        self,
        opinions: tuple[AspectOpinion, ...],
        praise: float,
        blame: float,
        judged_clauses: int = 0,
        firm: frozenset[Sentiment] = _NO_SIDES,
        long: bool = False,
        strongest: float = 0.0,
        ironic: bool = False,
        weaker: float = 0.0,
        reserved: bool = False,
        hedged: bool = False,
        praised_first: bool = False,
        bygone: frozenset[Sentiment] = _NO_SIDES,
        story: bool = False,
        platform: bool = True,
        spread: bool = False,
    ) -> None:
        self.opinions: Final = opinions
        self.praise: Final = praise  # the sum of the positive clauses
        self.blame: Final = blame  # the sum of the negative clauses, as a positive number
        self.judged_clauses: Final = judged_clauses
        # the polarities of the opinions read outside conceded clauses ("although the wait was
        # long, the nurses were wonderful" praises; it is not mixed)
        self.firm: Final = firm
        self.long: Final = long  # more than _SHORT_WORDS words
        # the largest judgement of one aspect, as a positive number
        self.strongest: Final = strongest
        # praise read as irony (see _as_irony): the words' praise is not meant
        self.ironic: Final = ironic
        # the weaker side's strongest aspect: the praise of the most praised aspect or the blame
        # of the most blamed one, whichever is less (0 where only one side is firm)
        self.weaker: Final = weaker
        # the complaint, the weaker side, is told in a clause opened by "but", "though" or a
        # reservation ("Only gripe: the car park is tiny"): the writer sets it apart (see
        # _RESERVED)
        self.reserved: Final = reserved
        # praise hedged as an appearance and blamed after a "but" (see HEDGE), or granted in a
        # concession ("Although the doctor was friendly enough, ..."): where nothing else
        # praises (firm is blame only), its words' praise is not meant
        self.hedged: Final = hedged
        # praise told first and then, after a "but", complaints about other aspects that
        # outweigh it (see PRAISED_THEN_TURNED): the writer gives both sides
        self.praised_first: Final = praised_first
        # the sides judged only of an earlier time set against this one, and not counted (see
        # EARLIER): the words' praise of the earlier visit is not the review's
        self.bygone: Final = bygone
        self.story: Final = story  # more than _REVIEW_WORDS words (long: _SHORT_WORDS)
        # at most _PLATFORM_WORDS words: a platform review's length
        self.platform: Final = platform
        # at least _SPREAD_SIDE aspects judged firmly on each side, in a text up to
        # _SPREAD_WORDS words (see SPREAD)
        self.spread: Final = spread

    @property
    def several(self) -> bool:
        """A long review that judges several aspects and blames (or praises) one of them
        firmly against the rest: mixed however its words weigh (see _SEVERAL_ASPECTS)."""
        return (
            self.long
            and (
                self.spread
                or (
                    self.platform
                    and (self.weaker >= _FIRM_SIDE or (self.reserved and self.weaker >= _RESERVED))
                )
            )
            and len(self.firm) > 1
            and len(self.opinions) >= _SEVERAL_ASPECTS
        )

    @property
    def evident(self) -> bool:
        """Both sides told with evidence: an aspect praised and another blamed, each by at
        least _EVIDENT (see there)."""
        return self.weaker >= _EVIDENT

    @property
    def mixed(self) -> bool:
        """Praise of one aspect and a complaint about another, neither drowning the other."""
        if len(self.firm) < 2:
            return False
        if (self.judged_clauses <= _FEW_CLAUSES and not self.long) or self.evident or self.several:
            return True
        if not self.long and self.praise >= self.blame:
            # a short review that praises and, beside it, blames another aspect is mixed however
            # many of its clauses judge: more clauses are more aspects praised, not the
            # complaint drowned ("Lovely practice, lovely people. Slightly annoyed the online
            # booking ..., and the wait was 40 min, but the GP was excellent"; session 40). A
            # list of complaints with one praise after it still weighs its sides ("挂号太难了，
            # 排队三个小时，..., 医生还算专业。": a complaint; round thirty-eight)
            return True
        if (self.reserved or self.praised_first) and self.weaker >= _RESERVED:
            return True
        stronger = max(self.praise, self.blame)
        # a long story that judges in only a few clauses, or a long review that is no story:
        # its weaker side needs less weight
        few = self.judged_clauses <= _FEW_CLAUSES or not self.story
        balance = _FEW_BALANCE if few else _MIXED_BALANCE
        return stronger > 0 and min(self.praise, self.blame) >= balance * stronger


def _lang(lang: str) -> str:
    return lang if lang in LANGUAGES else "en"


# A review that ends by refusing to come back ("Not going back.", "Never again!", "Больше не
# приду", "Більше не прийду", "Nigdy więcej", "再也不来了"; section [refusal], issue 19, round
# twenty) is never praise, whatever its words say of the coffee and the building: the pipeline
# reads it as a complaint, or mixed where its aspects also blame. Only the last words count
# ("Never again will I go anywhere else" praises), and only as words of their own: "not going
# back" in "I'm not going back" too, not in "I'm going back" nor inside a longer word.
REFUSAL = "refusal"
_END_MARKS = re.compile(r"[\W_]+$")


def _without_end_marks(text: str) -> str:
    """``_END_MARKS.sub("", text)``: ``text`` without what it ends with that is no letter nor
    digit, by a look at its last characters (the expression, tried at every mark of the text
    for one at its end, took 16 us of a story's last 80 characters)."""
    end = len(text)
    while end and not text[end - 1].isalnum():  # ([\W_] is what str.isalnum() is not)
        end -= 1
    return text[:end]


@cache
def _refusals(lang: str) -> tuple[str, ...]:
    return tuple(t.lower() for t, _ in load_sections(f"aspects_{lang}").get(REFUSAL, []))


def ends_refusing(text: str, lang: str) -> bool:
    """Whether ``text`` ends by refusing to come back (see REFUSAL)."""
    refusals = _refusals(_lang(lang))
    if not refusals:
        return False
    end = _without_end_marks(text[-80:]).lower().replace("\u2019", "'")
    if not end.endswith(refusals):  # (one call in C for every phrase: most texts end so)
        return False
    for phrase in refusals:
        if end.endswith(phrase):
            before = end[: len(end) - len(phrase)]
            if not before or lang == "zh" or not before[-1].isalnum():
                return True
    return False


# The patient's past, which the practice ended: how long it lasted ("for years", "after months
# of", "годами", "роками", "przez lata", "多年"; section [past] of aspects_<lang>.txt) and the
# words that end it ("finally", "наконец-то", "нарешті", "nareszcie", "终于"; section
# [at_last]); session 26. Where the reading blames nothing, the review's words are weighed
# without the sentences that tell either and blame (pipeline._without_the_past): "Finally got a
# diagnosis after years of being ignored. Dr Lee listened." is praise. A complaint of the visit
# told with the same words ("Finally called in after an hour and forty minutes") is read by the
# aspects, and then the words count as they are. A sentence that tells how long the past lasted,
# before a later sentence that praises, blames none of the care (_CARE, _the_past): "Годами
# ходила по врачам, все отмахивались. Ирина Петровна всё выслушала ..." praises the doctor only.
PAST = "past"
AT_LAST = "at_last"
# ... but a past told of this practice ("I've been coming here for years", "Годами хожу сюда",
# "od lat chodzę tutaj", "在这里看了好几年"; section [here]) is the practice's own: it still blames
HERE = "here"


@cache
def _past_words(lang: str, *sections: str) -> Callable[[str], bool] | None:
    """Whether a text holds a word of ``sections`` (see PAST); a "*" ends a stem. Chinese terms
    are looked for as written, each by ``in`` (an expression of the two dozen, tried at every
    character, took 150 us of a review)."""
    found = load_sections(f"aspects_{lang}")
    terms = sorted({t.lower() for s in sections for t, _ in found.get(s, [])}, key=len)[::-1]
    if not terms:
        return None
    if lang == "zh":
        return lambda text: any(map(text.__contains__, terms))  # (each term's search in C)
    either = "|".join(re.escape(t).replace(r"\*", r"\w*") for t in terms)
    search = re.compile(rf"(?<!\w)(?:{either})(?!\w)").search
    return lambda text: search(text) is not None


@cache
def _past_keys(lang: str, *sections: str) -> frozenset[str]:
    """The longest word of each term of ``sections`` (not Chinese): a text with none of them has
    none of the terms, found from its words at no cost (the expression, tried at every
    character, took 50 us of an NHS story)."""
    found = load_sections(f"aspects_{lang}")
    return frozenset(
        max(reversed(tokenize(t.rstrip("*"))), key=len)  # a tie: the last ("after years")
        for s in sections
        for t, _ in found.get(s, [])
    )


def _tells_the_past(text: str, lang: str, *sections: str) -> Callable[[str], bool] | None:
    """The look-up of ``sections`` (see PAST) where ``text`` may hold one of their terms."""
    words = _past_words(lang, *sections)
    if words is None:
        return None
    if lang != "zh" and _words_of(tokenize(text)).isdisjoint(_past_keys(lang, *sections)):
        return None
    return words


# Another visit or another time set against this one (session 30): a clause told of an earlier
# time ("last time", "used to", "раньше", "в прошлый раз", "раніше", "kiedyś", "poprzednio",
# "上次", "以前"; section [earlier] of aspects_<lang>.txt) and, after it, one told of this time
# ("this time", "now", "в этот раз", "теперь", "цього разу", "tym razem", "teraz", "这次",
# "现在"; section [this_time]) that judges the other way: the earlier judgement is not of the
# practice now. "Last year Dr Ray was great with my son. This time a locum spent four minutes
# with him" blames the doctor only, and the review is negative; "上次来几乎不用等，
# 这次等了快一个小时" blames the wait; "A year ago the phones were never answered ... this time
# got me in the next morning" praises the booking. The earlier clause, and the rest of its
# sentence before the later one, judge nothing (what they name stays named); the same way both
# times ("Last time was great and this time was even better") is meant. The tuning rows' labels
# (tests/analysis/data/README.md, session 30): 11 of 11 blame only the aspect whose earlier
# praise is told.
EARLIER = "earlier"
THIS_TIME = "this_time"


def _of_another_time(
    text: str, lang: str, clauses: _Clauses, sentences: list[int]
) -> frozenset[Sentiment]:
    """Set to judge nothing, in ``clauses``, the clauses told of an earlier time that a later
    clause told of this time judges against (see EARLIER); the sides they judged."""
    earlier = _tells_the_past(text, lang, EARLIER)
    if earlier is None:
        return frozenset()
    lowered = text.lower()
    now = _past_words(lang, THIS_TIME)
    if now is None or not earlier(lowered) or not now(lowered):  # (most texts: two looks)
        return frozenset()
    items = clauses.every()
    said = _Words(text, lang)
    words = [said.of(c) for c in items]
    dropped: set[Sentiment] = set()
    last = len(items)
    i = 0
    while i < last:
        if not earlier(words[i]) or now(words[i]):
            i += 1
            continue
        later = next((k for k in range(i + 1, last) if now(words[k])), -1)
        if later < 0:
            break
        # the earlier time: its clause and the rest of its sentence before the later one
        told = range(i, min(later, clauses.of_sentence(sentences[i]).stop))
        then = sum(items[k].total for k in told)
        this = sum(items[k].total for k in range(later, clauses.of_sentence(sentences[later]).stop))
        if abs(then) >= _JUDGED and then * this < 0.0:
            for k in told:
                items[k] = items[k]._replace(general=0.0, own={}, total=0.0, paid=0.0)
            dropped.add(_POSITIVE if then > 0.0 else _NEGATIVE)
        i = later
    return frozenset(dropped)


# What the past blames that this practice ended (see PAST): the care that failed before, not the
# front desk, the booking, the wait, the bill or the building, which may be this practice's
_CARE = frozenset((Aspect.DOCTOR, Aspect.OUTCOME, Aspect.COMMUNICATION))


def _the_past(text: str, lang: str, items: list[Clause | None], sentences: list[int]) -> set[int]:
    """The judged clauses of the sentences that tell how long the patient's past lasted (see
    PAST) before a later sentence that praises, up to a "but" in their sentence: their
    complaints of the care are history."""
    words = _tells_the_past(text, lang, PAST)
    if words is None or not words(text.lower()):
        return set()
    said = _Words(text, lang)
    told: dict[int, list[str]] = {}
    for clause, sentence in zip(items, sentences, strict=True):
        if clause is not None:
            told.setdefault(sentence, []).append(said.of(clause))
    here = _past_words(lang, HERE)
    of_the_past = {
        s
        for s, parts in told.items()
        if words(" ".join(parts)) and (here is None or not here(" ".join(parts)))
    }
    last = max(
        (s for c, s in zip(items, sentences, strict=True) if c is not None and c.total >= _JUDGED),
        default=-1,
    )
    past: set[int] = set()
    turned = -1  # the sentence whose "but" has turned to this visit ("..., ale wcale nie słucha")
    for i, sentence in enumerate(sentences):
        clause = items[i]
        if clause is None or sentence not in of_the_past or sentence >= last or sentence == turned:
            continue
        if clause.contrast and i > 0 and sentences[i - 1] == sentence:
            turned = sentence
            continue
        past.add(i)
    return past


def sentences_of_the_past(text: str, lang: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of ``text`` that tells the patient's past (see PAST)."""
    words = _tells_the_past(text, _lang(lang), PAST, AT_LAST)
    if words is None:
        return []
    lowered = text.lower()
    if not words(lowered):  # (most texts: one look)
        return []
    found, start = [], 0
    for end_mark in _SENTENCE.finditer(lowered):
        if words(lowered[start : end_mark.start()]):
            found.append((start, end_mark.end()))
        start = end_mark.end()
    if start < len(lowered) and words(lowered[start:]):
        found.append((start, len(lowered)))
    return found


# A sentence opened by regret ("Unfortunately, some things were not good", "К сожалению, не всё
# так хорошо", "Niestety nie wszystko było tak dobrze", "可惜有些地方不太好"; section [regret],
# round twenty-one): where it names nothing and turns against the praise (or the blame) of the
# sentence before, it speaks of something it does not name, not of what that sentence named
# (_previous_sentence), and it still counts towards the review's verdict: after praise, a
# complaint set apart, so the review is mixed. A pronoun names ("Dr Lee was late.
# Unfortunately, she was also rude" blames her), and a regret that goes the same way as the
# sentence before says more of it ("The reception lost my file. Unfortunately, twice.").
REGRET = "regret"


@cache
def _regrets(lang: str) -> tuple[tuple[str, ...], ...]:
    """The words of regret (see REGRET): each as its tokens (Chinese: the term itself)."""
    terms = [t.lower() for t, _ in load_sections(f"aspects_{lang}").get(REGRET, [])]
    return tuple((t,) if lang == "zh" else tokenize(t) for t in terms)


@cache
def _zh_hedges() -> tuple[str, ...]:
    """The Chinese hedges (see HEDGE), found in a clause's text."""
    return tuple(t for t, _ in load_sections("aspects_zh").get(HEDGE, []))


_HEDGED_WORK = (Aspect.OUTCOME,)  # what a hedged person's "but" may blame besides the person
_DOCTOR_CLAUSE = Clause(0, 0.0, {}, (Aspect.DOCTOR,), False)  # the person granted (MISREAD)


def _hedged_turned(clauses: _Clauses, items: list[Clause | None], lang: str) -> set[int]:
    """The clauses whose praise is hedged and then blamed by a "but" in their sentence (see
    HEDGE), or that praise a person granted before a "but" that blames that person's work
    (GRANTED_THEN_FAILED) or, naming nothing, that person's deed (DEED): their praise blames
    what they name."""
    turned: set[int] = set()
    if not any(c is not None and c.contrast for c in items):
        return turned  # no "but": nothing after the praise turns it
    hedges = clauses.present is None or HEDGE in clauses.present
    sentences = clauses.sentences
    misread: bool | None = None  # whether any clause blames the diagnosis (asked once)
    for i in range(len(items) - 1):
        clause = items[i]
        if clause is None or clause.total < _JUDGED:
            continue
        if not clause.aspects:
            # "Miły pan, sympatyczny, ale nie zauważył złamania": a person praised without a
            # role, the diagnosis blamed after the "but" (MISREAD)
            if clause.contrast or clause.conceded:
                continue
            if misread is None:
                misread = bool(_misread(items, _DOCTOR_CLAUSE))
            if misread and _misread_after(clauses, items, i):
                turned.add(i)
            continue
        if not hedges:
            hedged = False
        elif clauses._args:
            hedged = HEDGE in map(_section, clauses._args[i][1])
        else:
            hedged = any(map(clause.text.__contains__, _zh_hedges()))
        if not hedged and not _granted_person(clause):
            continue
        j = i + 1
        while j < len(items) and sentences[j] == sentences[i]:
            following = items[j]
            assert following is not None  # (a clause of clause i's sentence: judged)
            if following.contrast:
                break
            j += 1
        # (the sentence's clauses only, found by halving: a long paste stays linear)
        rest = items[j : clauses.of_sentence(sentences[i]).stop]
        if not rest and not hedged:
            _next_deed(clauses, items, i, j, lang, turned)
            continue
        # what the "but" and the rest of the sentence say ("但 | 吃了他开的药 | 反而更严重了")
        if sum(c.total for c in rest if c is not None) > -_JUDGED:
            continue
        # ... of the hedged person's work, not of another aspect ("Nice enough doctor, but the
        # wait was two hours" praises the doctor)
        named = {a for c in rest if c is not None for a in c.aspects}
        if hedged and named <= {*clause.aspects, *_HEDGED_WORK}:
            turned.add(i)
        elif (
            not hedged
            and named
            and named <= {*clause.aspects, *_listening(rest), *_misread(rest, clause)}
        ):
            # (told of that person: a "but" that names nothing may blame the practice, "Врач
            # хороший, но из-за этого бардака больше не приду")
            turned.add(i)
        elif (
            not hedged
            and not named
            # nothing named between the praise and the "but" ("护士很好，医生却很敷衍，急着赶人")
            and not any(c is not None and c.aspects for c in items[i + 1 : j])
            and _tells_deed(clauses, j, len(rest), lang)
        ):
            turned.add(i)  # "Nice doctor but rushed me out": the doctor's deed (see DEED)
    return turned


def _next_deed(
    clauses: _Clauses, items: list[Clause | None], i: int, j: int, lang: str, turned: set[int]
) -> None:
    """Clause ``i`` praises a person granted and no "but" follows in its sentence; ``j`` is
    the first clause after that sentence. Where the next sentence opens with a "but" whose
    clauses name nothing and blame with a deed ("Nice doctor. But rushed me out in five
    minutes."), the praise of clause ``i`` is turned (DEED_NEXT)."""
    if j >= len(items) or (opening := items[j]) is None or not opening.contrast:
        return  # the next sentence does not open with a "but" (the cheap test first)
    sentences = clauses.sentences
    if sentences[j] != sentences[i] + 1:
        return  # not the sentence just after the praise
    rest = items[j : clauses.of_sentence(sentences[j]).stop]
    if sum(c.total for c in rest if c is not None) > -_JUDGED:
        return
    if any(c is not None and c.aspects for c in items[i + 1 : j + len(rest)]):
        return  # the new sentence (or the rest of the praise's) names what it blames
    if _tells_deed(clauses, j, len(rest), lang):
        turned.add(i)


def _tells_deed(clauses: _Clauses, first: int, count: int, lang: str) -> bool:
    """Whether the ``count`` clauses from ``first`` hold a word of a person's deed (DEED)."""
    if not _written(lang, DEED):
        return False
    for k in range(first, first + count):
        clause = clauses.items[k]
        if clause is None:
            continue
        if clauses._args:
            a, b = clause.span
            said = " ".join(clauses._args[k][2][a:b])
        else:
            said = clause.text
        if _says_any(said, lang, DEED):
            return True
    return False


def _granted_person(clause: Clause) -> bool:
    """Whether ``clause`` praises one person alone, for what they are, not for their skill
    (GRANTED_THEN_FAILED; the skill granted is SKILL_THEN_MANNER's)."""
    return (
        len(clause.aspects) == 1
        and clause.aspects[0] in _PERSONS
        and not clause.competence
        and not clause.contrast
    )


def _misread_after(clauses: _Clauses, items: list[Clause | None], i: int) -> bool:
    """Whether a "but" later in clause ``i``'s sentence opens clauses that blame the diagnosis
    and name nothing else (MISREAD), nothing named between."""
    sentences = clauses.sentences
    j = i + 1
    while j < len(items) and sentences[j] == sentences[i]:
        later = items[j]
        if later is not None and later.contrast:
            break
        if later is not None and later.aspects:
            return False  # something named before the "but"
        j += 1
    rest = items[j : clauses.of_sentence(sentences[i]).stop]
    if not rest or sum(c.total for c in rest if c is not None) > -_JUDGED:
        return False
    named = {a for c in rest if c is not None for a in c.aspects}
    return bool(_misread(rest, _DOCTOR_CLAUSE)) and named <= {_DOCTOR, _OUTCOME}


def _misread(rest: list[Clause | None], clause: Clause) -> tuple[Aspect, ...]:
    """The outcome, where ``clause`` grants the doctor and a clause of ``rest`` blames the
    diagnosis (its own terms blame both the doctor and the outcome: DIAGNOSIS, MISREAD): the
    diagnosis missed is the doctor's work, not another aspect that keeps the praise."""
    if clause.aspects != (_DOCTOR,):
        return ()
    for c in rest:
        if c is not None and c.own.get(_DOCTOR, 0.0) < 0.0 and c.own.get(_OUTCOME, 0.0) < 0.0:
            return (_OUTCOME,)
    return ()


def _listening(rest: list[Clause | None]) -> tuple[Aspect, ...]:
    """Communication, where every clause of ``rest`` that names it tells listening (LISTENING):
    how the person listened is theirs."""
    told = [c for c in rest if c is not None and _COMMUNICATION in c.aspects]
    return (_COMMUNICATION,) if told and all(c.listened for c in told) else ()


def _minuses_from(clauses: _Clauses) -> int:
    """The sentence of the first heading of a list of complaints (see MINUS_LIST), or
    _NO_LIST."""
    if clauses.present is not None and MINUS_LIST not in clauses.present:
        return _NO_LIST
    for i, args in enumerate(clauses._args):
        if MINUS_LIST in map(_section, args[1]):
            return clauses.sentences[i]
    return _NO_LIST


def _wished(clauses: _Clauses, items: list[Clause | None], i: int) -> list[int]:
    """The clauses a marker of a wish in clause ``i`` speaks of (see WISH): its own and the
    next of its sentence up to one that opens with a contrast or names an aspect the wish has
    not named ("хотілося б, | щоб лікар | хоча б дослухав до кінця": all three); none where the
    wish asks for more of the same (WISH_NOT)."""
    sentences = clauses.sentences
    args = clauses._args
    scope = [i]
    wish = items[i]
    assert wish is not None  # (read by _read_wishes: judged)
    named = set(wish.aspects)
    for k in range(i + 1, len(items)):
        clause = items[k]
        if sentences[k] != sentences[i] or clause is None:
            break
        opening = clause.span[0]
        if any(m.section in CONTRASTS and m.start == opening for m in args[k][0]):
            break  # "..., а не за час до него": the wish ends
        if named and not named.issuperset(clause.aspects):
            break  # "..., врач при этом отличный": another aspect, judged as it says
        named.update(clause.aspects)
        scope.append(k)
    if any(m.section == WISH_NOT for k in scope for m in args[k][1]):
        return []
    return scope


def _as_wished(wished: Clause, blame: float) -> Clause:
    """The clause of a wish as the complaint it is: its praise turned, at least ``blame``."""
    own = {a: -abs(w) for a, w in wished.own.items()}
    general = min(-abs(wished.general), blame)
    return wished._replace(general=general, own=own, total=general + sum(own.values()))


def _read_wishes(clauses: _Clauses, items: list[Clause | None]) -> None:
    """Turns, in ``items``, the clauses of a wish into the complaint the wish is (see WISH)."""
    args = clauses._args
    if not args:
        if _zh_wishes().marks.search(clauses.written()):
            _read_zh_wishes(items, clauses.wished)
        return
    if clauses.present is not None and WISH not in clauses.present:
        return
    for i, clause_args in enumerate(args):
        if WISH not in map(_section, clause_args[1]):
            continue
        clause = items[i]
        if clause is None or clause.turned:
            continue
        blame = _weight(next(m.value for m in clause_args[1] if m.section == WISH))
        for k in _wished(clauses, items, i):
            wished = items[k]
            if wished is None or not wished.aspects:
                continue
            items[k] = _as_wished(wished, blame)
            clauses.wished.add(wished.sentence)


class _ZhWishes(NamedTuple):
    frames: tuple[tuple[str, str, float], ...]  # (opening, closing, blame), see WISH_FRAMES
    marks: re.Pattern[str]  # the frames' closings: a clause without one holds no wish
    not_wished: tuple[str, ...]  # WISH_NOT
    recovery: tuple[str, ...]  # WISH_RECOVERY


@cache
def _zh_wishes() -> _ZhWishes:
    sections = load_sections("aspects_zh")
    frames = []
    for term, value in sections.get(WISH_FRAMES, []):
        opening, _, closing = term.partition("…")
        frames.append((opening, closing, _weight(value)))
    closings = sorted({re.escape(c) for _, c, _ in frames}, key=len, reverse=True)
    return _ZhWishes(
        tuple(frames),
        re.compile("|".join(closings) or "(?!)"),
        tuple(t for t, _ in sections.get(WISH_NOT, [])),
        tuple(t for t, _ in sections.get(WISH_RECOVERY, [])),
    )


def _read_zh_wishes(items: list[Clause | None], wished: set[int]) -> None:
    """Turns, in ``items``, the Chinese clauses that fill a frame of a wish into the complaint
    the wish is (see WISH_FRAMES); adds their sentences to ``wished``."""
    wishes = _zh_wishes()
    for k, clause in enumerate(items):
        if clause is None or clause.turned or not clause.aspects:
            continue
        text = clause.text
        if not wishes.marks.search(text) or any(w in text for w in wishes.not_wished):
            continue
        for opening, closing, blame in wishes.frames:
            at = text.find(opening)
            if at < 0 or text.find(closing, at + len(opening)) < 0:
                continue
            if any(r in closing for r in wishes.recovery) and Aspect.OUTCOME in clause.aspects:
                # "要是周末也开门就好了": the wish's 好了 names no recovery
                own: dict[Aspect, float] = {
                    a: w for a, w in clause.own.items() if a is not Aspect.OUTCOME
                }
                aspects = tuple(a for a in clause.aspects if a is not Aspect.OUTCOME)
                clause = clause._replace(own=own, aspects=aspects)
                if not aspects:
                    items[k] = clause._replace(general=0.0, total=0.0)
                    break
            items[k] = _as_wished(clause, blame)
            wished.add(clause.sentence)
            break


# WISHED_MORE: a wish for more of a quality, told by its grammar and not by a listed phrase: a
# modal of the conditional ("could be", "should be", "бы", "б", "би", "mogłaby", "powinno"; section
# [wish_modal] of aspects_<lang>.txt, and in English the word it must be followed by,
# [wish_modal_next]) and, a few words after it in its clause, a comparative ("could be a little
# clearer", "could be answered a bit faster", "могли бы брать побыстрее", "могло б бути
# чистіше", "mogłyby być trochę bardziej elastyczne"): a whole word of [comparative] or one
# ending as the language's comparatives end ([comparative_endings]: "-ier", "-ее", "-іше",
# "-iej", "-ejszy"), not a look-alike of [comparative_not] ("other", "never"). What the patient
# wishes had been more so was not: the clause is a wish (WISH), its praise turned. A negation
# before the modal or between it and the comparative ("Nothing could be better", "I could not be
# happier", "лучше и быть не может"), or a comparison after it ("could be more like Dr Hart"), is
# praise: left as it is. Chinese wishes are frames (WISH_FRAMES: "可以再…点"). Session 31
# (amix31, probe44m).
WISH_MODAL = "wish_modal"
WISH_MODAL_NEXT = "wish_modal_next"
WISH_MODAL_NOT = "wish_modal_not"
COMPARATIVE = "comparative"
COMPARATIVE_ENDINGS = "comparative_endings"
COMPARATIVE_NOT = "comparative_not"
COMPARATIVE_THEN = "comparative_then"  # a word after the comparative that makes it a comparison
_WISHED_MORE_REACH = 5  # words after the modal (after its next word in English)
_WISHED_MORE_BEFORE = 2  # words before the modal a negation may stand at
_WISHED_MORE = -1.5
_COMPARATIVE_LEAST = 5  # letters a word ending as a comparative needs ("niej", "мее" are not)


class _WishedMore(NamedTuple):
    modals: frozenset[str]
    next_words: frozenset[str]
    negators: frozenset[str]
    comparatives: frozenset[str]
    endings: tuple[str, ...]
    not_comparative: frozenset[str]
    then: frozenset[str]


@cache
def _wished_more_words(lang: str) -> _WishedMore:
    return _WishedMore(
        _written(lang, WISH_MODAL),
        _written(lang, WISH_MODAL_NEXT),
        _written(lang, WISH_MODAL_NOT),
        _written(lang, COMPARATIVE),
        tuple(sorted(_written(lang, COMPARATIVE_ENDINGS))),
        _written(lang, COMPARATIVE_NOT),
        _written(lang, COMPARATIVE_THEN),
    )


def _comparative(token: str, words: _WishedMore) -> bool:
    """Whether ``token`` is a comparative (see WISHED_MORE)."""
    if token in words.not_comparative:
        return False
    if token in words.comparatives:
        return True
    return (
        len(token) >= _COMPARATIVE_LEAST and bool(words.endings) and token.endswith(words.endings)
    )


def _wishes_more(tokens: tuple[str, ...], a: int, b: int, words: _WishedMore) -> int:
    """Where, in ``tokens[a:b]``, a clause, the comparative of a wish for more of a quality
    stands (see WISHED_MORE): a modal of a wish and, within reach after it, a comparative; -1
    where the clause holds none."""
    for k in range(a, b):
        if tokens[k] not in words.modals:
            continue
        if not words.negators.isdisjoint(tokens[max(a, k - _WISHED_MORE_BEFORE) : k]):
            continue  # "Nothing could be better", "unsure what could have been done better"
        first = k + 1
        if words.next_words:
            if first >= b or tokens[first] not in words.next_words:
                continue  # "I could see better": an ability, not a wish
            first += 1
        for j in range(first, min(b, first + _WISHED_MORE_REACH)):
            token = tokens[j]
            if token in words.negators:
                break  # "лучше бы и не надо", "couldn't": no wish
            if _comparative(token, words):
                if j + 1 < len(tokens) and tokens[j + 1] in words.then:
                    break  # "could be more like Dr Hart": a comparison, praise
                return j
    return -1


def _read_wished_more(clauses: _Clauses, items: list[Clause | None], lang: str) -> None:
    """Turns, in ``items``, the clauses of a wish for more of a quality into the complaint the
    wish is (see WISHED_MORE)."""
    args = clauses._args
    if not args:
        return  # (Chinese: frames, see WISH_FRAMES)
    words = _wished_more_words(lang)
    tokens: tuple[str, ...] = args[0][2]
    if not words.modals or words.modals.isdisjoint(tokens):
        return
    for i, clause_args in enumerate(args):
        clause = items[i]
        if clause is None or clause.turned:
            continue
        a, b = clause_args[5]
        at = _wishes_more(tokens, a, b, words)
        if at < 0:
            continue
        # "Booking could be better", "могло бы быть лучше": the comparative of "good" is the
        # wish's word, no recovery (as WISH_RECOVERY in Chinese); the quality of what it names
        # stays ("У кабінеті могло б бути чистіше": the premises)
        if _OUTCOME in clause.aspects and any(
            _ASPECT_OF.get(m.section) is _OUTCOME and m.start <= at < m.start + m.length
            for m in clause_args[1]
        ):
            aspects = tuple(x for x in clause.aspects if x is not _OUTCOME)
            own = {x: w for x, w in clause.own.items() if x is not _OUTCOME}
            clause = clause._replace(aspects=aspects, own=own)
            items[i] = (
                clause
                if aspects
                else clause._replace(general=0.0, total=0.0)  # judges nothing it names
            )
        for k in _wished(clauses, items, i):
            wished = items[k]
            if wished is None or not wished.aspects:
                continue
            items[k] = _as_wished(wished, _WISHED_MORE)
            clauses.wished.add(wished.sentence)


# RESERVATION_OPENING: a sentence opened by a word of the one exception or of regret ("The only
# thing ...", "Единственное, что огорчило, — ...", "Єдине, що засмутило", "Jedyne, co mi
# przeszkadzało", "唯一不太满意的是", "Pity ...", "Жаль, что ...", "Szkoda, że ...", "可惜...";
# section [reservation_opening] of aspects_<lang>.txt, at most _OPENING_REACH words, Chinese
# characters, from the sentence's start) is the writer setting the complaint it holds apart
# from the praise, as "only gripe:" does (RESERVATION): the review is mixed where its blame
# reaches _RESERVED, however much praise came before. Only the verdict reads it. Session 31
# (amix31, probe44m).
RESERVATION_OPENING = "reservation_opening"
_OPENING_REACH = 2


def _opened_by_reservation(clauses: _Clauses, clause: Clause, lang: str) -> bool:
    """Whether the sentence of ``clause`` opens with a word of [reservation_opening]."""
    return _sentence_opened_by_reservation(clauses, clause.sentence, lang)


def _blamed_after_reservation(clauses: _Clauses, told: dict[int, float], lang: str) -> bool:
    """Whether an aspect (``told``: what each sentence says of it) is blamed in a sentence that
    opens with a word of [reservation_opening], or just after one that praises nothing: the
    drawback named, then told ("The only real downside is getting results. Nobody calls you,
    you have to chase them"), where the aspect's strongest clause is praise it also had ("Dr
    Benson listened ..."), or the drawback names another aspect than its telling ("The one
    real drawback is the prescriptions. They go missing, ... you end up ringing three times a
    week"; session 42)."""
    for sentence, said in told.items():
        if said > -_JUDGED:
            continue
        if _sentence_opened_by_reservation(clauses, sentence, lang):
            return True
        span = _clauses_of(clauses.sentences, sentence - 1) if sentence else range(0)
        if span and _praises_nothing(clauses, span):
            first = clauses.items[span.start]
            if (first is not None and first.contrast and first.total < 0.0) or (
                _sentence_opened_by_reservation(clauses, sentence - 1, lang)
            ):
                return True  # (the first: "The one real drawback is ...", RESERVATION)
    return False


def _praises_nothing(clauses: _Clauses, span: range) -> bool:
    """Whether no clause of ``span`` praises (a clause not judged yet that names an aspect is
    not known, so not)."""
    for k in span:
        item = clauses.items[k]
        if item is None:
            if clauses.naming[k]:
                return False
        elif item.total >= _JUDGED:
            return False
    return True


def _sentence_opened_by_reservation(clauses: _Clauses, sentence: int, lang: str) -> bool:
    """Whether sentence ``sentence`` opens with a word of [reservation_opening]."""
    openings = _written(lang, RESERVATION_OPENING)
    if not openings:
        return False
    first = _clauses_of(clauses.sentences, sentence).start
    if not clauses._args:  # Chinese: the clause's text
        opening = clauses.items[first]
        text = opening.text if opening is not None else ""
        return any(text.find(w, 0, _OPENING_REACH + len(w)) >= 0 for w in openings)
    tokens: tuple[str, ...] = clauses._args[first][2]
    at = clauses._args[first][5][0]
    return not openings.isdisjoint(tokens[at : at + _OPENING_REACH])


# A fact set apart after praise ("Стоматолог молодец. Только вот цены за год выросли вдвое",
# "医生很好。就一点：前台有时候忘了转告我打过电话", "拔牙一点都不疼。可是收据上多出来两项"): the
# first clause that names an aspect after a turn, a sentence opened by a word of
# [reservation_opening] or by a "but" with nothing blamed before it, tells the complaint as a fact
# where it judges nothing; the turn is its judgement, a mild one (_RESERVED_FACT). Not a clause
# conceded ("хоча я була записана"), and only after praise earlier in the text: alone, such a
# sentence is a story, and a "but" after blame turns towards praise. The clauses after the first
# are the story's (", когда мы пришли без записи"). Not in a long text (_SHORT_WORDS): a story's
# "but" turns its telling more often than its verdict. Session 33 (aspzh33).
_RESERVED_FACT = -1.0


def _turns_from_praise(clauses: _Clauses, items: list[Clause | None], i: int, lang: str) -> bool:
    """Whether the "but" of clause ``i`` turns from what came before: not one just after a
    clause of time in its sentence ("gentle when he did my filling but the bill was a shock":
    the "but" answers the main clause, _across_contrast)."""
    sentences = clauses.sentences
    before = items[i - 1] if i else None
    if before is None or sentences[i - 1] != sentences[i]:
        return True
    when = _when(lang)
    if not clauses._args:  # Chinese: the clause's text
        return not (
            any(map(before.text.endswith, when.closings))
            or any(map(before.text.startswith, when.words))
        )
    tokens: tuple[str, ...] = clauses._args[i - 1][2]
    at = before.span[0]
    return not (at < len(tokens) and tokens[at] in when.words)


def _read_reserved_facts(clauses: _Clauses, items: list[Clause | None], lang: str) -> None:
    """Turns, in ``items``, the first clause that names an aspect after a turn from praise (a
    reservation opening its sentence, or a "but" with no blame before) into the mild complaint
    it tells where it judges nothing (_RESERVED_FACT)."""
    sentences = clauses.sentences
    praised = -1  # the first sentence with praise
    blamed = False  # a clause before blames
    pending = -1  # the sentence of a turn whose clause naming an aspect has not come yet
    for i, clause in enumerate(items):
        if clause is None:
            continue
        sentence = sentences[i]
        if pending != sentence:
            pending = -1
        if praised >= 0 and not clause.conceded and abs(clause.total) < _JUDGED:
            # (a turn that judges says its complaint itself: "but grumpy, when I asked")
            if clause.contrast and not blamed and _turns_from_praise(clauses, items, i, lang):
                pending = sentence
            elif (
                sentence > praised and pending < 0 and _opened_by_reservation(clauses, clause, lang)
            ):
                if _clauses_of(sentences, sentence).start == i or not any(
                    c is not None and c.aspects
                    for c in items[_clauses_of(sentences, sentence).start : i]
                ):
                    pending = sentence
        if clause.aspects and pending == sentence:
            pending = -1
            if not (
                clause.conceded
                or clause.total
                or clause.general
                or clause.own
                or clause.paid
                or clause.turned
            ):
                items[i] = clause._replace(general=_RESERVED_FACT, total=_RESERVED_FACT)
                blamed = True
                continue
        if praised < 0 and clause.total >= _JUDGED and not clause.conceded:
            praised = sentence
        blamed = blamed or clause.total <= -_JUDGED


# MARKS_WITHHELD (session 35, aspmix35, probe48): the top marks a review would give "if it
# weren't for" someone or something ("If it weren't for the receptionist this would be a
# five-star review", "Если бы не администратор, поставил бы пять звёзд", "Якби не
# адміністраторка, поставив би п'ять зірок", "Gdyby nie rejestracja, dałbym pięć gwiazdek",
# "要不是前台，我肯定给五星"): what the marks are withheld for is the complaint. A clause holding a
# word of [but_for] and naming an aspect, in a sentence holding a word of [top_marks], blames
# what it names (_WITHHELD), and the marks the sentence would give praise nothing. Without the
# marks the same words are often thanks ("Если бы не этот врач, не знаю, что бы со мной было",
# "gdyby nie pani doktor": a life saved): those are left as they were.
BUT_FOR = "but_for"
TOP_MARKS = "top_marks"
_WITHHELD = -2.0


def _read_marks_withheld(clauses: _Clauses, items: list[Clause | None], lang: str) -> None:
    """Turns, in ``items``, a clause that names what top marks are withheld for into its
    complaint, and the marks' own praise in its sentence into nothing (see MARKS_WITHHELD)."""
    sentences = clauses.sentences
    if lang == "zh":
        but_for, marks = _written(lang, BUT_FOR), _written(lang, TOP_MARKS)
        if not but_for or not marks or not clauses.written_any(but_for):
            return
        said = [
            (
                c is not None and any(w in c.text for w in but_for),
                c is not None and any(w in c.text for w in marks),
            )
            for c in items
        ]
    else:
        but_for_words, marks_words = _phrase_words(lang, BUT_FOR), _phrase_words(lang, TOP_MARKS)
        if not but_for_words or not marks_words or not clauses._args:
            return
        tokens: tuple[str, ...] = clauses._args[0][2]
        if not _may_hold(tokens, but_for_words):
            return
        said = [
            (
                c is not None and _span_holds(tokens, c.span[0], c.span[1], but_for_words),
                c is not None and _span_holds(tokens, c.span[0], c.span[1], marks_words),
            )
            for c in items
        ]
    for i, clause in enumerate(items):
        if clause is None or not clause.aspects or not said[i][0] or clause.conceded:
            continue
        sentence = sentences[i]
        held = [k for k in _clauses_of(sentences, sentence) if said[k][1]]
        if not held:
            continue
        items[i] = clause._replace(general=_WITHHELD, total=_WITHHELD, own={})
        for k in held:
            marked = items[k]
            if k != i and marked is not None and not marked.aspects and marked.total > 0:
                items[k] = marked._replace(general=0.0, total=0.0)


# UNLIKE (session 35, aspmix35, probe48): two people compared, the one judged first and the
# other set against them by a word of [unlike] opening a clause ("Dr Grant was patient and
# kind, unlike the receptionist, who sighed ...", "Доктор Громов терпеливый и внимательный, не
# то что девушка на ресепшене", "Doktor Wiśniewski cierpliwy i życzliwy, w przeciwieństwie do
# pani z recepcji", "张医生耐心又和气，不像前台那个小姑娘"): what the clause names, where it judges
# nothing itself, takes the other side of the judgement before it in its sentence (a mild one,
# _CONTRASTED). Only other aspects than the first clause's, and not where the clause says the
# other one is elsewhere or of another time (a word of [unlike_elsewhere]: "unlike my last
# dentist", "не то что в прошлой клинике": a comparison with another practice praises this one).
UNLIKE = "unlike"
UNLIKE_ELSEWHERE = "unlike_elsewhere"


def _read_unlike(clauses: _Clauses, items: list[Clause | None], lang: str) -> None:
    """Gives, in ``items``, a clause opened by a word of [unlike] the other side of the
    judgement of the clause before it in its sentence (see UNLIKE)."""
    sentences = clauses.sentences
    if lang == "zh":
        unlike, elsewhere = _written(lang, UNLIKE), _written(lang, UNLIKE_ELSEWHERE)
        if not unlike or not clauses.written_any(unlike):
            return
        opened = [
            c is not None
            and any(map(c.text.startswith, unlike))
            and not any(w in c.text for w in elsewhere)
            for c in items
        ]
    else:
        words, others = _phrase_words(lang, UNLIKE), _phrase_words(lang, UNLIKE_ELSEWHERE)
        if not words or not clauses._args:
            return
        tokens: tuple[str, ...] = clauses._args[0][2]
        if not _may_hold(tokens, words):
            return
        opened = [
            c is not None
            and _opens_at(tokens, c.span[0], words)
            and not _span_holds(tokens, c.span[0], c.span[1], others)
            for c in items
        ]
    for i, clause in enumerate(items):
        if clause is None or not opened[i] or not clause.aspects or abs(clause.total) >= _JUDGED:
            continue
        first = _clauses_of(sentences, sentences[i]).start
        for j in range(i - 1, first - 1, -1):
            before = items[j]
            if before is None or not before.aspects or abs(before.total) < _JUDGED:
                continue
            if before.conceded or not set(before.aspects).isdisjoint(clause.aspects):
                break
            said = -_CONTRASTED if before.total > 0 else _CONTRASTED
            items[i] = clause._replace(general=said, total=said, own={})
            break


# FEARED (session 35, aspmix35, probe48): what the patient feared before the visit, turned
# from in its sentence ("I was worried it would be expensive, but it came to less than they
# quoted", "Боялась, что выйдет дорого, а в итоге заплатила даже меньше", "Bałam się, że będzie
# drogo, a ostatecznie zapłaciłam mniej", "本来担心会很贵，结果比报价还便宜"), is no complaint: a
# clause holding a word of [feared] (or the clause of what was feared just after it) that
# blames, followed in its sentence by a turn ("but", or a word of [feared_turn] opening a
# clause: "а", "a", "结果") that does not blame, judges nothing. A fear
# that came true ("I was worried it would hurt, and it did, badly") is left as it was.
FEARED = "feared"
FEARED_TURN = "feared_turn"


def _read_fears(clauses: _Clauses, items: list[Clause | None], lang: str) -> None:
    """Clears, in ``items``, the blame of a fear the sentence turns from (see FEARED)."""
    sentences = clauses.sentences
    if lang == "zh":
        feared, openers = _written(lang, FEARED), _written(lang, FEARED_TURN)
        if not feared or not clauses.written_any(feared):
            return
        holds = [c is not None and any(w in c.text for w in feared) for c in items]
        turning = [
            c is not None and (c.contrast or any(map(c.text.startswith, openers))) for c in items
        ]
    else:
        words, turns = _phrase_words(lang, FEARED), _phrase_words(lang, FEARED_TURN)
        if not words or not clauses._args:
            return
        tokens: tuple[str, ...] = clauses._args[0][2]
        if not _may_hold(tokens, words):
            return
        holds = [c is not None and _span_holds(tokens, c.span[0], c.span[1], words) for c in items]
        turning = [
            c is not None and (c.contrast or _opens_at(tokens, c.span[0], turns)) for c in items
        ]
    for i, clause in enumerate(items):
        if clause is None or clause.conceded or clause.total > -_JUDGED:
            continue
        # the fear's own clause, or the clause of what was feared just after it ("Боялась, |
        # что выйдет дорого")
        if not (holds[i] or (i and holds[i - 1] and sentences[i - 1] == sentences[i])):
            continue
        for k in range(i + 1, _clauses_of(sentences, sentences[i]).stop):
            after = items[k]
            if after is None or not turning[k]:
                continue
            if after.total > -_JUDGED:
                items[i] = clause._replace(general=0.0, total=0.0, own={})
            break


# SET_RIGHT_LATE (session 37, aspmix37): what came right only after a complaint of it, told in
# a clause opened by a word of "until" or "before" ([set_right_late]: "before", "until",
# "zanim", "пока", "поки", 才, 直到) after a clause of its sentence that blames the same aspect
# ("Tę samą plombę zakładali trzy razy, | zanim przestała wypadać", "同一颗牙来回补了三次，|
# 才终于不掉了"), tells how long the complaint lasted, not praise: its praise of that aspect
# judges nothing. Where nothing before it in the sentence blames that aspect ("Waited until
# the nurse was free, she was lovely") it stands.
SET_RIGHT_LATE = "set_right_late"


def _read_set_right_late(clauses: _Clauses, items: list[Clause | None], lang: str) -> None:
    """Clears, in ``items``, praise of an aspect told as coming right only after its sentence
    blamed it (see SET_RIGHT_LATE)."""
    sentences = clauses.sentences
    if lang == "zh":
        openers = _written(lang, SET_RIGHT_LATE)
        if not openers or not clauses.written_any(openers):
            return
        opening = [c is not None and any(map(c.text.startswith, openers)) for c in items]
    else:
        words = _phrase_words(lang, SET_RIGHT_LATE)
        if not words or not clauses._args:
            return
        tokens: tuple[str, ...] = clauses._args[0][2]
        if not _may_hold(tokens, words):
            return
        opening = [c is not None and _opens_at(tokens, c.span[0], words) for c in items]
    for i, clause in enumerate(items):
        if clause is None or not opening[i] or not clause.own:
            continue
        praised = {a for a, v in clause.own.items() if v > 0}
        if not praised:
            continue
        first = _clauses_of(sentences, sentences[i]).start
        blamed = {
            a
            for before in items[first:i]
            if before is not None
            for a, v in before.own.items()
            if v < 0 and a in praised
        }
        if blamed:
            own = {a: v for a, v in clause.own.items() if a not in blamed}
            total = clause.general + sum(own.values())
            items[i] = clause._replace(own=own, total=total)


# WHOLE (session 34, aspen34, probe47en/probe47uk): a clause that names no aspect and judges the
# visit as a whole, by a word of [whole] ("Overall a decent experience, but the receptionist was
# rude", "All good overall. Only thing is the bill ...", "Загалом усе добре, але ...", "Приємне
# враження в цілому. Хіба що ..."), is the review's verdict of the whole: it judges no aspect,
# and its praise counts for the verdict beside what the aspects say, as regret does (REGRET):
# beside a complaint, the review is mixed. A faint word of [faint] says its little there too
# ("a decent experience"). Blame of the whole after praise turned from stays the complaint it
# was ("Медсестра чудова. Але загалом безлад і хаос.": the praise a concession). Not a clause
# granted ("although"), not one dismissed (DISMISSAL), not what someone said ("Лікар сказав, що
# все гаразд": a clause opened by a word of [told_that]), and not in a long text (_SHORT_WORDS):
# a story's "overall" sums up its telling.
WHOLE = "whole"
# ... nor a verdict wished for or of another time, a clause with a word of [whole_not] ("Fix the
# basics and this would be a great place", "I recommended this practice to all my friends
# once. Not anymore")
WHOLE_NOT = "whole_not"
# Session 36 (aspmix36, probe49): blame of the whole counts as praise of it does ("Awful
# experience overall. The dentist herself was kind though", "В целом ужасное впечатление.
# Только медсестра была приятной", "整体体验很差。只有护士态度还不错": mixed, `"whole":
# "negative"` in the labels), beside praise of an aspect and no complaint of one. Not a blame
# opened by a contrast after the praise ("Медсестра чудова. Але загалом безлад і хаос.": the
# praise conceded, negative as labelled), nor a clause with a word of [whole_blame_not] (Russian
# "все", everyone as often as everything: "все отмахивались", other doctors of another time).
WHOLE_BLAME_NOT = "whole_blame_not"
# DISMISSAL (session 34, aspen34): praise waved away by a rhetorical question or a shrug right
# after it ("It was OK, I suppose, but what's the point if you sit there for two hours", "Nurse
# was pleasant enough, but so what?", "Yes, the building is new and shiny. Doesn't help much when
# ...", "Лікарка, може, й непогана, але яка з того користь, якщо ...", "Так, ремонт новий і
# гарний. Але що з того, коли ..."; section [dismissal], opening its clause, after at most
# _DISMISSAL_OPENS words such as "but"): the praise before it in its sentence, or in the sentence
# before where it opens its own, is not meant. Those clauses judge nothing and name nothing (the
# labelled sets leave such praise unlabelled); the dismissal itself is a mild complaint
# (_CONTRASTED) of what it goes on to name, its praise words ("what good is fine") not meant; and
# where only blame is left the review is a complaint (the reading is hedged: pipeline reads it
# negative).
DISMISSAL = "dismissal"
_DISMISSAL_OPENS = 2
_FAINT_WHOLE = 1.0  # the weight of a faint word's verdict of the whole ("a decent experience")


@cache
def _phrase_words(lang: str, section: str) -> tuple[tuple[str, ...], ...]:
    """The terms of a section of aspects_<lang>.txt, each as its tokens (a term ending in "*":
    its last word a stem, kept with the "*"); none for Chinese, read by characters."""
    if lang == "zh":
        return ()
    result: list[tuple[str, ...]] = []
    for term, _ in load_sections(f"aspects_{lang}").get(section, []):
        words = tokenize(term.rstrip("*").lower())
        if term.endswith("*") and words:
            words = (*words[:-1], words[-1] + "*")
        result.append(words)
    return tuple(result)


def _holds_at(tokens: tuple[str, ...], k: int, words: tuple[str, ...]) -> bool:
    """Whether ``words`` (a last word with "*": its stem) stand in ``tokens`` from ``k``."""
    if k + len(words) > len(tokens):
        return False
    for w, t in zip(words, tokens[k : k + len(words)], strict=True):
        if w.endswith("*") and len(w) > 1:
            if not t.startswith(w[:-1]):
                return False
        elif w != t:
            return False
    return True


def _span_holds(
    tokens: tuple[str, ...], a: int, b: int, phrases: tuple[tuple[str, ...], ...]
) -> bool:
    """Whether one of ``phrases`` stands within ``tokens[a:b]``."""
    # (each token asks only the phrases its first word can open, not every phrase at every
    # token: 200-odd _holds_at calls a review were a quarter of an import's analysis; the
    # phrases' index is looked up once for the span, not once a token: a sixth of it was that)
    if a >= b:
        return False
    first = _first_words(phrases)
    if first[2]:
        return a <= len(tokens)  # (a < b: the empty phrase stands at a)
    return any(_opens_with(tokens, k, first, b) for k in range(a, min(b, len(tokens))))


def _opens_at(
    tokens: tuple[str, ...], k: int, phrases: tuple[tuple[str, ...], ...], end: int = -1
) -> bool:
    """Whether one of ``phrases`` stands in ``tokens`` from ``k``, ending by ``end`` (the
    tokens' end when -1), asking only the phrases ``k``'s word can open (``_first_words``)."""
    first = _first_words(phrases)
    if k >= len(tokens):
        return first[2] and k == len(tokens)
    if first[2]:
        return True
    return _opens_with(tokens, k, first, len(tokens) if end < 0 else end)


def _opens_with(tokens: tuple[str, ...], k: int, first: _FirstWords, stop: int) -> bool:
    """Whether a phrase of ``first`` (``_first_words``: the phrases by their first word or
    stem) stands in ``tokens`` from ``k`` (< len(tokens)) and ends by ``stop``: the one walk of
    ``_span_holds`` (at each token of a span) and ``_opens_at`` (at one)."""
    exact, stems, _ = first
    token = tokens[k]
    for words in exact.get(token, ()):
        if k + len(words) <= stop and _holds_at(tokens, k, words):
            return True
    for stem, words in stems:
        if token.startswith(stem) and k + len(words) <= stop and _holds_at(tokens, k, words):
            return True
    return False


def _may_hold(tokens: tuple[str, ...], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of ``phrases`` may stand anywhere in ``tokens``: one of their first words
    is among the text's words (_words_of, made once per text), or one of their first stems
    opens one. Where none does, no clause holds or opens with one of them: a reading of
    markers (FEARED, UNLIKE, ...) asks once per text, not once per clause and token."""
    exact, stems, empty = _first_words(phrases)
    if empty:
        return True
    words = _words_of(tokens)
    if not words.isdisjoint(exact):
        return True
    if not stems:
        return False
    openings = tuple([stem for stem, _ in stems])
    return any(w.startswith(openings) for w in words)


# phrases (by id, kept alive beside their index) -> their first words: exact ones, and stems
_FirstWords = tuple[dict[str, list[tuple[str, ...]]], list[tuple[str, tuple[str, ...]]], bool]
_FIRST_WORDS: dict[int, tuple[tuple[tuple[str, ...], ...], _FirstWords]] = {}


def _first_words(phrases: tuple[tuple[str, ...], ...]) -> _FirstWords:
    """``phrases`` by their first word (a stem, "word*": its letters, tried by prefix)."""
    known = _FIRST_WORDS.get(id(phrases))
    if known is not None and known[0] is phrases:
        return known[1]
    exact: dict[str, list[tuple[str, ...]]] = {}
    stems: list[tuple[str, tuple[str, ...]]] = []
    empty = False
    for words in phrases:
        if not words:
            empty = True
            continue
        first = words[0]
        if first.endswith("*") and len(first) > 1:
            stems.append((first[:-1], words))
        else:
            exact.setdefault(first, []).append(words)
    found: _FirstWords = (exact, stems, empty)
    if len(_FIRST_WORDS) > 256:
        _FIRST_WORDS.clear()
    _FIRST_WORDS[id(phrases)] = (phrases, found)
    return found


def _judges_the_whole(clauses: _Clauses, i: int, lang: str) -> float:
    """What clause ``i`` says of the whole visit where it names nothing and holds a word of
    [whole] (see WHOLE): its judgement, or a faint word's ("Overall a decent experience"); 0
    where it says nothing of the whole."""
    clause = clauses[i]
    if clause.aspects or clause.conceded or clause.turned:
        return 0.0
    tokens: tuple[str, ...] = clauses._args[0][2]
    a, b = clause.span
    if a < len(tokens) and tokens[a] in _written(lang, TOLD_THAT):
        return 0.0  # what someone said ("Лікар сказав, що все гаразд"), not the review's verdict
    if not _written(lang, WHOLE_NOT).isdisjoint(tokens[a:b]):
        return 0.0  # a verdict wished for or of another time (WHOLE_NOT)
    said = clause.total
    if abs(said) < _JUDGED:
        # a word of [faint] says its little of the whole too ("Overall a decent experience")
        said = _FAINT_WHOLE if _span_holds(tokens, a, b, _phrase_words(lang, FAINT)) else 0.0
    return said if said and _span_holds(tokens, a, b, _phrase_words(lang, WHOLE)) else 0.0


def _whole_verdicts(clauses: _Clauses, lang: str) -> set[Sentiment]:
    """The praise of the whole visit, where a clause gives it (see WHOLE)."""
    if lang == "zh":
        return _zh_whole_verdicts(clauses)
    if not _phrase_words(lang, WHOLE) or not clauses._args:
        return set()
    found: set[Sentiment] = set()
    for i in range(len(clauses)):
        said = _judges_the_whole(clauses, i, lang)
        if said > 0.0:
            found.add(_POSITIVE)
        elif said < 0.0 and _blames_the_whole(clauses, i, lang):
            found.add(_NEGATIVE)
    return found


def _blames_the_whole(clauses: _Clauses, i: int, lang: str) -> bool:
    """Whether clause ``i``, which judges the whole negatively, is the review's blame of the
    whole (see WHOLE_BLAME_NOT): not opened by a contrast, not with a word of
    [whole_blame_not]."""
    clause = clauses[i]
    if clause.contrast:
        return False  # "Медсестра чудова. Але загалом безлад і хаос.": the praise conceded
    tokens: tuple[str, ...] = clauses._args[0][2]
    a, b = clause.span
    return _written(lang, WHOLE_BLAME_NOT).isdisjoint(tokens[a:b])


def _zh_whole_verdicts(clauses: _Clauses) -> set[Sentiment]:
    """The praise of the whole visit in Chinese (see WHOLE): a clause that names no aspect,
    holds a word of [whole] as a part ("总的来说都还不错", "其他方面都挺好的") and none of
    [whole_not] ("如果", "以前"), and praises; not one granted or turned."""
    words = _written("zh", WHOLE)
    if not words:
        return set()
    nots = _written("zh", WHOLE_NOT)
    found: set[Sentiment] = set()
    for clause in clauses.items:
        if clause is None or clause.aspects or clause.conceded or clause.turned:
            continue
        if abs(clause.total) < _JUDGED or not any(w in clause.text for w in words):
            continue
        if clause.total < 0 and clause.contrast:
            continue  # blame of the whole after a turn: the praise before it conceded
        if any(w in clause.text for w in nots):
            continue
        found.add(_POSITIVE if clause.total > 0 else _NEGATIVE)
    return found


def _read_dismissals(clauses: _Clauses, items: list[Clause | None], lang: str) -> bool:
    """Clears, in ``items``, the praise a dismissal waves away and the praise words of the
    dismissal itself (see DISMISSAL); whether any praise was so waved away."""
    words = _phrase_words(lang, DISMISSAL)
    if not words or not clauses._args:
        return False
    tokens: tuple[str, ...] = clauses._args[0][2]
    if not _may_hold(tokens, words):
        return False
    sentences = clauses.sentences
    waved = False
    for j in range(len(items)):
        at = clauses._args[j][5][0]
        if not any(_opens_at(tokens, k, words) for k in range(at, at + _DISMISSAL_OPENS + 1)):
            continue
        ours = clauses.of_sentence(sentences[j])
        before = list(range(ours.start, j))
        if j == ours.start and sentences[j] > 0:
            before = [*clauses.of_sentence(sentences[j] - 1), *before]
        # (a dismissal waves away the words before it, faint or not: "It was OK, I suppose, but
        # what's the point if ...")
        waved = waved or bool(before)
        for k in before:
            praised = clauses[k]
            if praised.total >= _JUDGED:
                items[k] = praised._replace(general=0.0, total=0.0, own={}, aspects=(), paid=0.0)
        dismissing = clauses[j]
        if dismissing.general > -_CONTRASTED:
            # the question is a complaint of what it goes on to name ("what good is fine when
            # the doctor spends four minutes with you"), its praise words not meant
            items[j] = dismissing._replace(
                general=-_CONTRASTED, total=dismissing.total - dismissing.general - _CONTRASTED
            )
    return waved


# CLOSING_IRONY: a short last sentence of bare praise that names nothing ("Top-notch
# organisation.", "Очень удобно.", "Bardzo wygodnie.", "真方便。"), said right after a sentence
# that blames and praises nothing, is irony with no marker: its praise is the failure before it
# told again, so it blames what that sentence named (nothing where it named nothing), never the
# person praised earlier. A verdict of the whole ("Recommend.", "Polecam.", "推荐。"), thanks, or
# a word that sets the rest aside ("Otherwise great.", "В остальном отлично.", "总体不错。";
# section [closing_not_irony] of aspects_<lang>.txt) is meant. Session 31 (amix31, probe44m).
CLOSING_NOT_IRONY = "closing_not_irony"


def _closing_irony(clauses: _Clauses, sentences: list[int], lang: str) -> bool:
    """Whether the last sentence of ``clauses`` is praise said in irony after a failure (see
    CLOSING_IRONY); if so, its clauses are turned, in ``clauses.items``, into the blame it is."""
    last = sentences[-1] if sentences else 0
    if last == 0:
        return False
    items = clauses.items
    tail = clauses.of_sentence(last)
    closing = [c for j in tail if (c := items[j]) is not None]
    if len(closing) < len(tail) or sum(c.general for c in closing) < _JUDGED:
        return False  # (most texts: one look at the last sentence)
    if any(c.contrast or c.conceded or c.own or c.aspects or c.turned for c in closing):
        return False
    if lang == "zh":
        said = "".join(c.text for c in closing)
        if len(said) > _CHEER_CHARS or any(w in said for w in _written(lang, CLOSING_NOT_IRONY)):
            return False
    else:
        a, b = closing[0].span[0], closing[-1].span[1]
        if b - a > _CHEER_WORDS:
            return False
        tokens: tuple[str, ...] = clauses._args[tail.start][2]
        if not _written(lang, CLOSING_NOT_IRONY).isdisjoint(tokens[a:b]):
            return False
    before = clauses.of_sentence(last - 1)
    failure = [c for j in before if (c := items[j]) is not None]
    if len(failure) < len(before) or any(
        c.total >= _JUDGED or c.turned or c.contrast for c in failure
    ):
        return False  # ("... zapomniałam skierowania, ale pani w recepcji sama znalazła")
    if sum(c.total for c in failure) > -_JUDGED:
        return False
    named = any(c.aspects for c in failure)
    for j, c in zip(tail, closing, strict=True):
        items[j] = _as_irony(c) if named else c._replace(general=0.0, total=0.0, turned=True)
    return True


@cache
def _aspect_matcher(lang: str) -> Matcher:
    name = f"aspects_{lang}"
    sections = [
        s
        for s in load_sections(name)
        if (s in _ASPECT_OF and s not in _FOUND_APART) or s in _OTHER_SECTIONS
    ]
    return read_together(lang, matcher(name, *sections))


def split_clauses(text: str, lang: str) -> list[tuple[int, str]]:
    """(sentence number, clause) for each clause the aspect reading cuts ``text`` into: its
    own clause spans, so what tests say of the clauses is said of the reading. Chinese clauses
    read as the reading reads them (lower case)."""
    lang = _lang(lang)
    if lang == "zh":
        return [(c.sentence, c.text) for c in _chinese_clauses(text)]
    tokens = tokenize(text)
    at = [(m.start(), m.end()) for m in _TOKEN_AT.finditer(text)]
    if len(at) != len(tokens):  # not expected: the pattern finds tokenize's tokens
        raise ValueError(f"{len(at)} token positions for {len(tokens)} tokens")
    result = []
    said = sentiment_matches(text, lang)
    named = _aspect_matcher(lang).find(tokens)
    people_at = [m.start for m in named if m.section in _PEOPLE_VALUES]
    for a, b, sentence, _contrast, _said in _segments(
        tokens, said, _clause_cuts(tokens, named, said, lang), [], people_at
    ):
        while b > a and tokens[b - 1] in _MARKS:
            b -= 1
        if b > a:
            result.append((sentence, text[at[a][0] : at[b - 1][1]]))
    return result


# tokenize's tokens, found in the text as written: a word, a "," or a run of sentence marks
_TOKEN_AT = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)?|,|" + SENTENCE_ENDS)


def _weight(value: str) -> float:
    weight = _WEIGHTS.get(value)
    if weight is None:
        try:
            weight = float(value)
        except ValueError:
            weight = 0.0  # a section name: the term only names its aspect
        _WEIGHTS[value] = weight
    return weight


_WEIGHTS: dict[str, float] = {}


# the sections that make a text without aspect terms worth reading (see _token_clauses), and
# those that let a clause read praise as irony (see _Clauses.ironies)
_NAMELESS_READ = frozenset((COMPETENCE, MANNER, RELIEF, AGAIN))
_IRONY_SECTIONS = frozenset((SARCASM, PAID_FOR))
_AILMENTS_ONLY = frozenset((AILMENTS,))
_ABLE_ONLY = frozenset((ABLE,))


@cache
def _patient_states(lang: str) -> frozenset[str]:
    """The words of change a patient named before them stands for the body with (see PATIENT):
    a term of [change] whose last word is one of them ("już lepiej" ends in "lepiej")."""
    return _written(lang, PATIENT_STATE)


@cache
def _patients(lang: str) -> frozenset[str]:
    """The words that name the patient or a relative as the one whose state is told (see
    PATIENT)."""
    return _written(lang, PATIENT)


def _patient_states_in(named: Sequence[Match], lang: str) -> bool:
    """Whether a word of change that a patient may stand for the body with is among ``named``
    (asked only of a text that names no aspect and no body: see PATIENT)."""
    states = _patient_states(lang)
    return bool(states) and any(
        m.section == CHANGE and m.term.rpartition(" ")[2] in states for m in named
    )


_PATIENT_REACH = 8  # words before the word of change: "Папе после двух курсов капельниц уже лучше"


def _patient_at(tokens: Sequence[str], start: int, end: int, lang: str) -> int:
    """Where the first word naming the patient stands among the few words of its clause before
    the word of change at ``end`` (the clause starts at ``start``), or -1 (see PATIENT); a few
    words, not the clause: a pasted text with no stops is one clause."""
    patients = _patients(lang)
    for at in range(max(start, end - _PATIENT_REACH), end):
        if tokens[at] in patients:
            return at
    return -1


@cache
def _body_terms(lang: str) -> frozenset[str]:
    """The terms of [body] (see BODY), for an [outcome] term that names dental or medical work."""
    terms = [term for term, _ in load_sections(f"aspects_{lang}").get(BODY, [])]
    return frozenset([*terms, *(t.rstrip("*") for t in terms)])  # "veneer*" names "veneer"


def _sections_of(named: Sequence[Match]) -> frozenset[str]:
    """The sections of ``named``, the matches of one text: the index the readings of
    _token_clauses ask "does this text hold any X" (a set's look-up, not a walk over the
    matches; built in C, and again only after a reading changed the matches)."""
    return frozenset(map(_section, named))


def _starts(named: list[Match], sections: frozenset[str]) -> list[int]:
    """Where the matches of ``sections`` start, in order (for ``_any_between``)."""
    return sorted(x.start for x in named if x.section in sections)


def _any_between(starts: list[int], a: int, b: int) -> bool:
    """Whether one of ``starts`` (sorted) is at ``a`` or after and before ``b``: found by
    halving, not by a walk over every match (a pasted document's thousands)."""
    i = bisect_left(starts, a)
    return i < len(starts) and starts[i] < b


def _owned_changes(
    named_by: list[list[Match]],
    said_by: Sequence[Sequence[Match]],
    same: Callable[[int], bool],
    contrast: Callable[[int], bool],
) -> None:
    """ "Powiedziałam pani doktor, że migreny wróciły": a change told after a person in its
    sentence whom no word judges is what was told to that person or what the person did, not
    what the care achieved, unless a contrast sets it apart; a person judged is a statement of
    its own ("Dentystka świetna, plomba trzyma się już dwa lata"). Its words of change are
    dropped (see BODY). ``said_by``: each clause's sentiment matches."""
    person = False
    for k, mine in enumerate(named_by):
        if k and not same(k):
            person = False
        if person and not contrast(k) and CHANGE in map(_section, mine):
            named_by[k] = [m for m in mine if m.section != CHANGE]
        if any(_ASPECT_OF.get(m.section) in _PERSONS for m in mine):
            person = person or all(m.section != "words" for m in said_by[k])


def _lend_body(
    named_by: list[list[Match]],
    same: Callable[[int], bool],
    lang: str,
    relative: Callable[[int], bool] | None = None,
) -> list[int]:
    """ "Crown fitted in March, cracked in May", "三月做的牙冠，五月就裂了": a clause that tells
    a change and names nothing else speaks of the body part or the work its sentence's clause
    before named (see BODY). Such a term is lent to it, as [body]; ``same(k)``: whether clause
    ``k`` is in the sentence of clause ``k - 1``; ``relative(k)``: whether clause ``k`` opens
    with a relative word, which the lending looks past (see RELATIVE). The clauses lent to."""
    lent: list[int] = []
    body_terms = _body_terms(lang)
    for k in range(1, len(named_by)):
        mine = named_by[k]
        if not mine or not same(k):
            continue
        if all(m.section != CHANGE and m.section != RELIEF for m in mine):
            continue
        if any(m.section in _ASPECT_OF or m.section in _BODILY for m in mine):
            continue
        before = k - 1
        if (
            relative is not None
            and before > 0
            and same(before)
            and relative(before)
            and not any(m.section in _BODILY for m in named_by[before])
        ):
            before -= 1  # "Зуб, который лечили в марте, до сих пор ноет" (see RELATIVE)
        for m in named_by[before]:
            if m.section in _BODILY or (
                m.section == _OUTCOME_VALUE and m.term in body_terms and not _weight(m.value)
            ):
                mine.insert(0, m._replace(section=BODY))
                lent.append(k)
                break
    return lent


def _token_clauses(text: str, lang: str) -> _Clauses:
    """The clauses of a text in a language with words, from one pass of each lexicon over it.

    The sentiment lexicon's matches (shared with the review's sentiment) already mark sentence
    ends, commas and contrast words: they cut the text, and the aspect terms are dealt out to
    the pieces by position.
    """
    tokens = tokenize(text)
    named = _aspect_matcher(lang).find(tokens)
    if lang in _PATRONYMIC_LANGUAGES:
        named = _with_patronymics(text, tokens, named)
    named = _without_titled_names(text, tokens, named, lang)
    named = _with_persons(text, tokens, named, lang)
    # the sections the text's terms are of, made once and again only where a reading below
    # has changed the matches (each returns the list it was given where it finds nothing):
    # each reading that needs a section looks here, in O(1), not over every match (see
    # _sections_of; a new reading gated by a section does the same)
    present = _sections_of(named)
    indexed = named  # the matches ``present`` is of
    if CALLED_TO_BOOK in present:
        named = _called_to_book(tokens, named)
        present, indexed = _sections_of(named), named
    if SEEN_SOON in present:
        named = _seen_soon(tokens, named, lang)
        present, indexed = _sections_of(named), named
    if _SCHEDULING_VALUE in present and not _channel_or_day(lang).isdisjoint(map(_term, named)):
        named = _results_by_channel(tokens, named, lang)
        present, indexed = _sections_of(named), named
    # the place among the tokens of a clock time (its first digit's), a scare quote or an
    # emoji (see tokens_before), from one table of the text's tokens, not by tokenizing the
    # text before each one
    clock_at = tokens_before(text)
    digits = _has_digit(text)  # an hour or an amount needs digits; most texts have none
    clocked = _worded_hours(text, lang)  # (see CLOCK_HOUR_WORDS)
    if (
        ":" in clocked
        or ((digits or clocked is not text) and _bare_hours(clocked, lang))
        or (digits and _meridiem_hours(text, lang))
    ):
        found = _with_late_clock(clocked, named, clock_at, lang)
        if found is not named:
            named = indexed = found
            present = _sections_of(found)
    if digits:
        found = _with_amounts(text, tokens, named, lang)
        if found is not named:
            named = indexed = found
            present = _sections_of(found)
    if PAID_FOR in present:
        named = _paid_for(named, lambda a, b: "." not in tokens[a:b], _PAID_FOR_REACH)
        present, indexed = _sections_of(named), named
    if REFUNDED in present:
        denials = _written(lang, REFUND_DENIED)
        # (a token's sentence: the full stops before it, counted once for the text, so that a
        # long paste is read in steps linear in its length)
        stops = list(accumulate((t == "." for t in tokens), initial=0))
        named = _refunds_handled(
            named,
            stops.__getitem__,
            lambda at: at > 0 and tokens[at - 1] in denials,
        )
    if FAINT in present:
        named = _with_faint_praise(tokens, named, lang)
        present, indexed = _sections_of(named), named
    if not _length_words(lang).isdisjoint(_words_of(tokens)):
        # (each of the three reads the text only where it holds one of its words of length:
        # most texts hold none, and are asked once for all three)
        named = _with_brief_visits(tokens, named, lang)
        named = _with_wait_lengths(tokens, named, lang)
        named = _with_long_waits(tokens, named, lang)
    named = _with_early_delivery(tokens, named, lang)
    named = _with_late_delivery(tokens, named, lang)
    named = _with_counted_tries(tokens, named, lang)
    named = _with_redone(tokens, named, lang)
    named = _with_broken_promise(tokens, named, lang)
    named = _with_pain_after_care(tokens, named, lang)
    named = _with_pain_gone_after_care(tokens, named, lang)
    if ":" in text:
        named = _without_booked_hours(text, tokens, named, clock_at)
    named = _with_misdiagnoses(tokens, named, lang)
    if named is not indexed:  # (a reading above that looked here has added or turned a match)
        present = _sections_of(named)
        indexed = named
    named_at = [m.start for m in named if m.section in _ASPECT_OF]
    if (
        not named_at
        and _NAMELESS_READ.isdisjoint(present)
        and (
            CHANGE not in present
            or (_BODILY.isdisjoint(present) and not _patient_states_in(named, lang))
        )
    ):  # (a word of change tells the outcome only with the body or the patient: see BODY)
        return _Clauses(
            [], [], [], set()
        )  # most texts of a few words name nothing: nothing to read
    said: Sequence[Match] = sentiment_matches(text, lang)
    if not _QUOTES.isdisjoint(text):
        named = _with_scare_quotes(text, tokens, named, said, clock_at, _written(lang, THANKED))
    if ELLIPTIC in present:
        named = _with_elliptic(tokens, named, said)
    if ELLIPTIC_TURN in present:
        named = _with_elliptic_turn(tokens, named, said)
    # the sections its terms are of, once: most texts hold no marker of a wish, a hedge, a
    # list of complaints, a change or irony, and the readings of those look here first
    if named is not indexed:
        present = _sections_of(named)
    cuts = _clause_cuts(tokens, named, said, lang)
    if not text.isascii() and _AN_EMOJI.search(text):
        said, cuts = _with_emoji(text, tokens, said, cuts, named, clock_at)
    people_at = [m.start for m in named if m.section in _PEOPLE_VALUES]
    segments = _segments(
        tokens,
        said,
        cuts,
        named_at,
        people_at,
        _written(lang, PARENTHETICAL_PREDICATES),
        _granted_between_commas(tokens, named, said, lang) if GRANTING in present else None,
    )
    named_by: list[list[Match]] = [[] for _ in segments]
    naming = [False] * len(segments)
    competence: set[int] = set()
    firsts = list(map(_FIRST, segments))
    granting: set[int] = set()
    asides: set[int] = set()
    aside_terms = _asides(lang) if GRANTING in present else frozenset()
    # where the words an outcome needs beside it stand (placed by halving: see _any_between)
    # (most texts hold none of them: no walk over the matches then)
    ailments_at = _starts(named, _AILMENTS_ONLY) if AILMENTS in present else []
    bodily_at = _starts(named, _BODILY) if not _BODILY.isdisjoint(present) else []
    able_at = _starts(named, _ABLE_ONLY) if ABLE in present else []
    for m in named:
        k = max(0, bisect_right(firsts, m.start) - 1)
        section = m.section
        if section == GRANTING:
            if _counts(tokens, m.start + m.length, lang):
                continue  # "at least an hour": a count, not a grant (see GRANTING)
            granting.add(segments[k][2])
            if m.term in aside_terms:
                asides.add(segments[k][2])
        named_by[k].append(m)
        if section in _ASPECT_OF:
            naming[k] = True
        elif section == COMPETENCE or section == MANNER:
            competence.add(segments[k][2])
        elif section == RELIEF and (
            any(x.section == "symptoms" for x in segments[k][4])
            or _any_between(ailments_at, segments[k][0], segments[k][1])
        ):
            naming[k] = True  # "ból kręgosłupa minął": the outcome (see RELIEF)
        elif (section == CHANGE or section == RELIEF) and _any_between(
            bodily_at, segments[k][0], segments[k][1]
        ):
            # a body part or an ailment in its segment (see BODY; not a symptom of the
            # sentiment lexicon: those are feelings too, "worry", "struggling")
            naming[k] = True  # "the filling cracked": the outcome (see BODY)
        elif section == AGAIN and _any_between(able_at, segments[k][0], m.start):
            naming[k] = True  # "I can walk again": the outcome (see AGAIN)
        elif (section == CHANGE or section == RELIEF) and m.term.rpartition(" ")[2] in (
            _patient_states(lang)
        ):
            at = _patient_at(tokens, segments[k][0], m.start, lang)
            if at >= 0:  # "Папе ... уже лучше": the outcome (see PATIENT)
                insort(named_by[k], Match(at, 1, tokens[at], BODY, BODY), key=_start)
                naming[k] = True
    if not _CHANGES.isdisjoint(present):

        def same(k: int) -> bool:
            return segments[k][2] == segments[k - 1][2]

        _owned_changes(named_by, [s[4] for s in segments], same, lambda k: segments[k][3])
        relatives = _written(lang, RELATIVE)

        def relative(k: int) -> bool:
            a, b = segments[k][0], segments[k][1]
            return not relatives.isdisjoint(tokens[a : min(b, a + _RELATIVE_REACH)])

        for k in _lend_body(named_by, same, lang, relative if relatives else None):
            naming[k] = True
    result = _Clauses(
        [
            (s_said, named_by[i], tokens, lang, sentence, (a, b), "", contrast)
            for i, (a, b, sentence, contrast, s_said) in enumerate(segments)
        ],
        list(map(_SENTENCE_OF, segments)),
        naming,
        competence,
    )
    result.ironies = not _IRONY_SECTIONS.isdisjoint(present) or DIAGNOSIS in present
    result.granting = granting
    result.asides = asides
    result.present = present
    return result


def _with_scare_quotes(
    text: str,
    tokens: tuple[str, ...],
    named: list[Match],
    said: Sequence[Match],
    placed: Callable[[int], int] | None = None,
    thanks: frozenset[str] = frozenset(),
) -> list[Match]:
    """``named`` with a SCARE_QUOTES match over the words of each scare quote whose sentence
    also complains (a negative word or a negator outside the quote): "So 'friendly' reception,
    I was told to wait without a word", not "got a call back, 'brilliant' thank you"; and over
    the thanks before a scare quote with the quote (see THANKED).
    ``placed``: a quote's place among the tokens (tokens_before(text) unless given)."""
    added = []
    place = tokens_before(text) if placed is None else placed
    for q in islice(_SCARE_QUOTED.finditer(text), _MOST_QUOTES):
        at, length = place(q.start()), len(tokenize(q.group(1)))
        begin, end = at, at + length
        while begin > 0 and tokens[begin - 1] != ".":
            begin -= 1
        thanked = next(
            (k for k in range(max(begin, at - _THANKED_REACH), at) if tokens[k] in thanks), -1
        )
        if thanked >= 0:
            added.append(Match(thanked, at + length - thanked, q.group(1), "0", SCARE_QUOTES))
            continue
        while end < len(tokens) and tokens[end] != ".":
            end += 1
        if any(
            begin <= m.start < end
            and not at <= m.start < at + length
            and (m.section == "negators" or _weight(m.value) < 0.0)
            for m in said
        ):
            added.append(Match(at, length, q.group(1), "0", SCARE_QUOTES))
    return sorted([*named, *added], key=_start) if added else named


def _with_elliptic(
    tokens: tuple[str, ...], named: list[Match], said: Sequence[Match]
) -> list[Match]:
    """``named`` with each ELLIPTIC verdict that judges the term before it made a judgement of
    its clause ("The doctor, not so much": -1.5 on "not so much"), and the others dropped."""
    if all(m.section != ELLIPTIC for m in named):
        return named
    result = []
    # read once, not per verdict (a pasted text of a thousand verdicts stays linear): where
    # the terms that name an aspect without judging start, and where the words that judge do
    terms = {x.start for x in named if x.section in _ASPECT_OF and not _weight(x.value)}
    judging = sorted(x.start for x in said if x.section == "negators" or _weight(x.value))
    for m in named:
        if m.section != ELLIPTIC:
            result.append(m)
            continue
        end = m.start + m.length
        if end < len(tokens) and tokens[end] not in _MARKS:
            continue  # "not so much as a hello": not the end of its clause
        begin, words, term, asked = m.start, 0, False, False
        while begin > 0:
            if tokens[begin - 1] == ".":
                if words or asked:
                    break
                asked = True  # "The doctor? Meh.": a sentence of its own after the term's
            elif tokens[begin - 1] == ",":
                if term:
                    break  # "Nurses lovely, the GP not so much": the GP's clause only
            else:
                words += 1
            begin -= 1
            term = term or begin in terms
        if not term or words > (_ELLIPTIC_ASKED if asked else _ELLIPTIC_WORDS):
            continue
        first = bisect_left(judging, begin)
        if first < len(judging) and judging[first] < m.start:
            continue  # "The doctor wasn't rude, not really": the words before it judge
        result.append(m._replace(section=JUDGEMENT))
    return result


def _with_elliptic_turn(
    tokens: tuple[str, ...], named: list[Match], said: Sequence[Match]
) -> list[Match]:
    """``named`` with each ELLIPTIC_TURN verdict placed as an elliptic one made a judgement of
    its clause against the judgement before its term ("the communication was not": -1.5 after
    "excellent"), and the others dropped."""
    terms = {x.start for x in named if x.section in _ASPECT_OF and not _weight(x.value)}
    judging = sorted(x.start for x in said if x.section == "negators" or _weight(x.value))
    # the words that judge, for the judgement turned: not intensifiers, marks or negators
    worded = sorted(
        (x.start, _weight(x.value)) for x in said if x.section == "words" and _weight(x.value)
    )
    negators = sorted(x.start + x.length for x in said if x.section == "negators")
    result = []
    for m in named:
        if m.section != ELLIPTIC_TURN:
            result.append(m)
            continue
        end = m.start + m.length
        if tokens[end - 1] not in _MARKS and end < len(tokens) and tokens[end] not in _MARKS:
            continue  # "the nurse was not rude": not the end of its clause
        begin, words, term = m.start, 0, False
        while begin > 0 and tokens[begin - 1] != "." and not (term and tokens[begin - 1] == ","):
            if tokens[begin - 1] != ",":
                words += 1
            begin -= 1
            term = term or begin in terms
        if not term or words > _ELLIPTIC_WORDS:
            continue
        first = bisect_left(judging, begin)
        if first < len(judging) and judging[first] < m.start:
            continue  # "the nurse was rude, but the doctor was not": the words judge
        before = bisect_left(worded, (begin, -math.inf)) - 1
        if before < 0:
            continue
        at, weight = worded[before]
        if tokens[at:begin].count(".") > 1:
            continue  # nothing judged in its sentence or the one before
        ended = bisect_left(negators, at - _TURNED_NEGATION)
        if ended < len(negators) and negators[ended] <= at:
            weight = -weight  # "the doctor wasn't friendly, the nurse was not either"
        turned = -_TURNED if weight > 0 else _TURNED
        result.append(m._replace(section=JUDGEMENT, value=str(turned)))
    return result


def _with_emoji(
    text: str,
    tokens: tuple[str, ...],
    said: Sequence[Match],
    cuts: list[int],
    named: Sequence[Match] = (),
    placed: Callable[[int], int] | None = None,
) -> tuple[list[Match], list[int]]:
    """The sentiment matches with the emoji of the emoji lexicon as judging words, and the
    clause cuts with one after each emoji that stands between words.

    "Doctor 👍 reception 👎", "Офтальмолог 👍👍 Очередь 👎👎": the tokens have no emoji, so
    an emoji judges the word it follows (the one it comes before when it opens its sentence),
    and ends that word's clause: what comes after it is judged apart. An emoji after words that
    already judge its clause the other way judges nothing (see _UNMEANT_EMOJI).
    ``placed``: an emoji's place among the tokens (tokens_before(text) unless given).
    """
    found: list[Match] = []
    cut = set(cuts)
    place = tokens_before(text) if placed is None else placed
    for m in islice(matcher("sentiment_emoji", "words").find_chars(text), _MOST_EMOJI):
        at = place(m.start)
        if not at and tokens and tokens[0] == SENTENCE_MARK:
            at = 1  # "👍 Dr Smith": an emoji that opens the text before a capital ends nothing
        if at and tokens[at - 1] not in _MARKS:
            begun = at - 1
            while begun > 0 and begun not in cut and tokens[begun - 1] not in _MARKS:
                begun -= 1
            if not _unmeant_emoji(_weight(m.value), begun, at, (*said, *named)):
                found.append(Match(at - 1, 1, m.term, m.value, "words"))
            if at < len(tokens) and tokens[at] not in _MARKS:
                cut.add(at)
        elif at < len(tokens) and tokens[at] not in _MARKS:
            found.append(Match(at, 1, m.term, m.value, "words"))
    if not found:
        return list(said), cuts
    return sorted([*said, *found], key=attrgetter("start")), sorted(cut)


# _UNMEANT_EMOJI: an emoji after words that judge its clause the other way ("Doctor rude 👍👍👍",
# "Врач хамил 👍", "Doctor late again 👍", "医生迟到一小时👍") is sarcasm or a habit of typing,
# not a judgement: the words' judgement stands, and the emoji still ends the clause ("Doctor
# rude 👍 reception 👎" blames both). The words are the sentiment words and the terms that judge
# their aspect by themselves, of the stretch since the clause began.
_JUDGING_SECTIONS = frozenset(("words", "good", *_ASPECT_OF))


def _unmeant_emoji(weight: float, begun: int, at: int, matches: Sequence[Match]) -> bool:
    """Whether an emoji of ``weight`` closing the stretch ``begun``..``at`` (tokens, or Chinese
    characters) goes against what the words of that stretch already judge (_UNMEANT_EMOJI)."""
    judged = sum(
        _weight(m.value)
        for m in matches
        if begun <= m.start < at and m.section in _JUDGING_SECTIONS
    )
    return judged * weight < 0.0


# Words after which a marker of granting counts instead (section [granting_counts]: "an",
# "twice", "раз"); a number in digits too
GRANTING_COUNTS = "granting_counts"


@cache
def _granting_counts(lang: str) -> frozenset[str]:
    return _written(lang, GRANTING_COUNTS)


def _counts(tokens: tuple[str, ...], after: int, lang: str) -> bool:
    """Whether a marker of granting ending before ``after`` counts instead: "at least 2
    hours", "at least an hour", "хоть раз" (see GRANTING)."""
    if after >= len(tokens):
        return False
    word = tokens[after]
    return word[:1].isdigit() or word in _granting_counts(lang)


# A wait told by the clock: "обещали прийом о 14:00, зайшла о 15:30", "na 16:00, a weszłam o
# 17:15", "Checked in 9:05. Called back 10:50.", "说好的九点半，结果十一点才轮到". A time half an
# hour to five hours after the time told just before it, in another clause (not "od 8:00 do
# 16:00", opening hours), blames the wait without any judging word.
# (opened by a look-ahead for the characters a time starts with: the look-behind first was
# tried at every character, 70 us of a story with a colon, 16 us so; and searched in every
# Chinese review, 4 us -> 1 us)
_CLOCK = re.compile(
    r"(?=[\d一二三四五六七八九十两])"
    r"(?:(?<![\d:])([01]?\d|2[0-3])[:：]([0-5]\d)(?![\d:])"
    r"|([一二三四五六七八九十两]{1,3}|\d{1,2})点(半|[一二三四五]十[一二三四五六七八九]?分?|\d{1,2}分)?)"
)
_ZH_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九十", 0)} | {"两": 2}
_BETWEEN_CLAUSES = re.compile(r"[,;.!?\n，。！？；]")
_ZH_BEFORE_HOUR = frozenset("到约在的午上晚早")
_ZH_AFTER_HOUR = frozenset("才就钟左多到")
_LATE_MINUTES = (30, 300)
# Session 45 (asp45a): two times in one clause joined as a story's steps, not as a span ("my
# appointment was at 9:15 and we were seen at 11:50", "запис був на 10:30, а прийняли о 12:10",
# "wizyta na 9:00 a weszłam o 10:40"): the later one is told late like one in a clause of its
# own; "from 9:00 to 18:00", "з 9:00 до 18:00", "od 9:00 do 16:00" stay hours (a span's word
# between them, or none that joins), and so does the end of a visit ("and out by 9:30")
_JOINING = re.compile(
    r"\s(?:and|but|then|і|й|а|але|и|но|a|ale|i|potem|потім|потом)\s", re.IGNORECASE
)
_SPANNING = re.compile(
    r"\s(?:to|till|until|до|по|do|і\s+до|и\s+до|i\s+do)\s|[-–—]"
    # ... or the later time is when the visit ended ("in the chair at 9:01 for a 9:00
    # appointment and out by 9:30": done, not seen late)
    r"|\s(?:out|left|leaving|finished|done|home|back|вийш\w*|выш\w*|wysz\w*|закінч\w*|законч\w*)\s",
    re.IGNORECASE,
)


def _joined_times(text: str, start: int, end: int) -> bool:
    """Whether the words between two times in one clause join two steps of a story (see
    _JOINING), not the ends of a span."""
    between = text[start:end]
    return (
        len(between) <= 80
        and _JOINING.search(between) is not None
        and _SPANNING.search(between) is None
    )


_LATE_CLOCK = "-2"
# Round eighteen: a time told a few minutes after the one before ("Checked in at 2:55 for my
# 3:00, seen at 3:02", "Пришла к 11:00, в 11:02 уже была в кабинете") credits the wait; a
# sentence of three times or more is one story from its first to its last ("Телефонувала о 9:00,
# 9:15, 9:40, трубку взяли тільки о 10:05"); a story told on the phone (section [clock_phone]:
# "got through", "дозвонилась", "打电话") judges the front desk, not the wait; a time told before
# the one before it is on a twelve-hour clock ("说好的十点手术，一直拖到下午一点", "booked for
# 11:30, seen at 1:15").
_ON_TIME_MINUTES = (0, 10)
_ON_TIME_CLOCK = "1.5"
CLOCK_PHONE = "clock_phone"
_HALF_DAY = 12 * 60


_ZH_PLACES = {"十": 10, "百": 100, "千": 1000}
_ZH_FEW = "几"  # "a few": a digit not told


def _zh_count(text: str) -> int:
    """The value of a count in digits or Chinese numerals ("四十五", "一万二", "三百五", "一百零五",
    "两"); 0 for none ("几" alone, a figure of seven digits or more, anything else).

    One reader for every Chinese count (session 39: it was two, and "十几" read 10 in one and 0
    in the other, "三百五" 0 in the first): 几, a digit not told, reads at its least, 1 before
    a place ("几十" 10, "几百" 100) and 1 after one ("十几" 11: "ten-odd" is 11 to 19); two
    digits side by side are a range, read at its least ("三四十" 30, "七八" 7, "两三" 2)."""
    if text.isdigit():
        return int(text) if len(text) < 7 else 0
    if text == _ZH_FEW:
        return 0
    total = section = digit = 0
    last = 1
    prior = ""
    for char in text:
        if char in _ZH_PLACES:
            last = _ZH_PLACES[char]
            section += (digit or 1) * last
            digit = 0
        elif char == "万":
            total += (section + digit) * 10000
            section = digit = 0
            last = 10000
        elif char == _ZH_FEW:
            digit = 1
        elif char in _ZH_DIGITS:
            if not (digit and prior in _ZH_DIGITS):  # "三四十", "七八": a range, at its least
                digit = _ZH_DIGITS[char]
        else:
            return 0
        prior = char
    # "一万二", "三百五": a last digit just after a place of a hundred or more is a tenth of it
    if digit and last >= 100 and (text[-2] in _ZH_PLACES or text[-2] == "万"):
        return total + section + digit * last // 10
    return total + section + digit


def _minutes(found: re.Match[str]) -> int:
    if found.group(1) is not None:
        return int(found.group(1)) * 60 + int(found.group(2) or 0)  # a bare hour: no minutes
    minutes = found.group(4) or ""
    past = 30 if minutes == "半" else _zh_count(minutes.rstrip("分")) if minutes else 0
    return _zh_count(found.group(3)) * 60 + past


def _gone(before: re.Match[str], later: re.Match[str]) -> int:
    """The minutes from one time told to a later one, on a twelve-hour clock where the later
    reads earlier (see _ON_TIME_MINUTES)."""
    gone = _minutes(later) - _minutes(before)
    return gone + _HALF_DAY if gone < 0 else gone


# Session 28 (amix2): a wait told by two bare hours, the word before each naming a time
# (section [clock_hour]: "at", "к", "о", "na") and each ending its clause, bare or with a part
# of the day ([clock_hour_after]: "am", "утра", "rano") before a clause's end or a word that
# joins clauses ([clock_hour_then]): "Got there at 2 and left at 4", "Пришли к 9, ушли в 12",
# "Przyjechaliśmy na 8, wyszliśmy o 12". A bare hour counts only towards a late wait, never
# beside a call ([clock_phone]: "Called at 9, they squeezed me in at 11" praises the booking).
# Chinese tells its bare hours with 点 (_CLOCK) already.
CLOCK_HOUR = "clock_hour"
CLOCK_HOUR_AFTER = "clock_hour_after"
CLOCK_HOUR_THEN = "clock_hour_then"


def _either(terms: Iterable[str]) -> str:
    """One alternation of ``terms``, the longest first, a space as any run of spaces."""
    longest = sorted(terms, key=len, reverse=True)
    return "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in longest)


@cache
def _bare_hour_words(lang: str) -> tuple[str, ...]:
    """The words of [clock_hour] as a text holds them before an hour (see _bare_hours)."""
    return tuple(
        f"{w} " for word in sorted(_written(lang, CLOCK_HOUR)) for w in (word, word.title())
    )


@cache
def _bare_hour(lang: str) -> re.Pattern[str] | None:
    """A bare hour of a language (see CLOCK_HOUR): its group 1 the hour, group 2 empty."""
    before = _written(lang, CLOCK_HOUR)
    if not before:
        return None
    after = _written(lang, CLOCK_HOUR_AFTER)
    then = _written(lang, CLOCK_HOUR_THEN)
    part = rf"(?:\s*(?:{_either(after)})\b\.?)?" if after else ""
    joined = rf"|\s+(?:{_either(then)})\b" if then else ""
    # the digit first, the word before it looked behind for (each of a fixed width): tried at
    # each character, a look-ahead for a digit is cheap where the words first were not (2 us
    # a review with digits -> 1 us)
    behind = "|".join(rf"(?<=\b{re.escape(word)} )" for word in sorted(before))
    return re.compile(
        rf"(?=\d)(?:{behind})([1-9]|1\d|2[0-3])()(?![\d:.,]\d){part}"
        rf"(?=\s*(?:[,;.!?)\n—–]|$){joined})",
        re.IGNORECASE,
    )


# Session 39 (aspslav39): an hour told by its word, after a word of [clock_hour] ("пришли к
# девяти, приняли в половине первого", "прийшли на дев'яту, прийняли о пів на першу",
# "przyszliśmy na dziewiątą, przyjęli nas o wpół do pierwszej"): section [clock_hour_words]
# gives each word its hour (12.5: half past twelve), and the word reads as its digits would (a
# bare hour, or a time with minutes), the text kept at its length so that offsets stay the
# tokens'. East Slavic and Polish tell hours by words as often as by digits.
CLOCK_HOUR_WORDS = "clock_hour_words"


@cache
def _hour_words(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The words that tell an hour after a word of [clock_hour] (see CLOCK_HOUR_WORDS), and
    each one's digits ("девяти": "9", "половине первого": "12:30")."""
    told: dict[str, str] = {}
    for term, value in load_sections(f"aspects_{lang}").get(CLOCK_HOUR_WORDS, []):
        hours = float(value)
        whole = int(hours)
        digits = f"{whole}:{round((hours - whole) * 60):02d}" if hours != whole else str(whole)
        told[term] = digits
        told[term.replace("'", "\u2019")] = digits  # the typographic apostrophe
    before = _written(lang, CLOCK_HOUR)
    if not told or not before:
        return None, {}
    pattern = rf"\b(?:{_either(before)})\s+({_either(told)})(?!\w)"
    return re.compile(pattern, re.IGNORECASE), told


def _worded_hours(text: str, lang: str) -> str:
    """``text`` with each hour told by its word (see CLOCK_HOUR_WORDS) told by its digits,
    padded to the word's length; ``text`` itself where it tells none."""
    pattern, told = _hour_words(lang)
    if pattern is None:
        return text
    parts: list[str] = []
    last = 0
    for found in pattern.finditer(text):
        start, end = found.span(1)
        digits = told.get(" ".join(found.group(1).lower().split()), "")
        if not digits or len(digits) > end - start:
            continue
        parts += (text[last:start], digits.ljust(end - start))
        last = end
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


@cache
def _clock_phone(lang: str) -> re.Pattern[str] | None:
    """The words that tell a story on the phone (section [clock_phone]; stems end in *)."""
    terms = [term for term, _ in load_sections(f"aspects_{lang}").get(CLOCK_PHONE, [])]
    if not terms:
        return None
    words = "|".join(re.escape(t.rstrip("*")) + (r"\w*" if t.endswith("*") else "") for t in terms)
    return re.compile(words if lang == "zh" else rf"\b(?:{words})\b")


def _is_clock(text: str, found: re.Match[str]) -> bool:
    """A time, not "一点都不疼" (a little) or "有三点不满意" (three points): a Chinese hour without
    its minutes counts only between the words that tell a time ("约的九点", "十一点才轮到")."""
    if found.re is not _CLOCK or found.group(3) is None or found.group(4):
        return True
    if _zh_count(found.group(3)) > 24:
        return False
    start, end = found.span()
    return text[start - 1 : start] in _ZH_BEFORE_HOUR or text[end : end + 1] in _ZH_AFTER_HOUR


def _with_late_clock(
    text: str, named: list[Match], position: Callable[[int], int], lang: str = "zh"
) -> list[Match]:
    """``named`` and a judgement of the wait at each time told late or on time by the clock
    (see _CLOCK, _ON_TIME_MINUTES); ``position`` turns a character offset into the matches'
    positions."""
    times = [t for t in _CLOCK.finditer(text) if _is_clock(text, t)]
    bare = _bare_hours(text, lang)
    meridiem = _meridiem_hours(text, lang) if bare or lang == "en" else []
    if meridiem:
        # (an hour after "at" with "am" after it is a bare hour too: told once)
        placed = {t.start() for t in bare} | {t.start() for t in times}
        bare = [*bare, *(t for t in meridiem if t.start() not in placed)]
    if bare:
        times = sorted([*times, *bare], key=lambda t: t.start())
    if len(times) < 2:
        return named
    judged: dict[int, tuple[re.Match[str], str]] = {}
    for before, later in zip(times, times[1:], strict=False):
        if (
            before.re is later.re is _CLOCK
            and not _BETWEEN_CLAUSES.search(text, before.end(), later.start())
            and not _joined_times(text, before.end(), later.start())
        ):
            continue  # (a bare hour ends its clause: see CLOCK_HOUR)
        if (before.re is _MERIDIEM_HOUR or later.re is _MERIDIEM_HOUR) and _RANGE.fullmatch(
            text, before.end(), later.start()
        ):
            continue  # "open 9am to 1pm", "between 9am and 11am": hours, not a wait
        gone = _gone(before, later)
        if _LATE_MINUTES[0] <= gone <= _LATE_MINUTES[1]:
            judged[later.start()] = (later, _LATE_CLOCK)
        elif (
            _ON_TIME_MINUTES[0] < gone <= _ON_TIME_MINUTES[1]
            and before.re is later.re is _CLOCK
            and not _SENTENCE.search(text, before.end(), later.start())
        ):
            judged[later.start()] = (later, _ON_TIME_CLOCK)  # one sentence: one story
    first = times[0]
    # the judged times' starts in order: whether one lies between the story's first time and
    # this one is a halving search (a walk over every character between them made a pasted
    # run of times with no sentence mark quadratic: 8,000 "12:00" took 6 s)
    starts = sorted(judged)
    for before, later in zip(times, times[1:], strict=False):
        if _SENTENCE.search(text, before.end(), later.start()):
            first = later  # a new sentence: a new story
            continue
        at = bisect_left(starts, first.start())
        if first is not before and not (at < len(starts) and starts[at] < later.end()):
            if _LATE_MINUTES[0] <= _gone(first, later) <= _LATE_MINUTES[1]:
                judged[later.start()] = (later, _LATE_CLOCK)
                insort(starts, later.start())
    if not judged:
        return named
    late = [start for start, (_, value) in judged.items() if value == _LATE_CLOCK]
    if late:
        # "9:00 arrived for my 9:10. ... 10:25 finally called in": a time a few minutes after
        # the one before it, with a late one after it, was the slot waited for, not a visit
        # on time (round twenty-one)
        judged = {s: j for s, j in judged.items() if j[1] != _ON_TIME_CLOCK or s > late[-1]}
    phone = _clock_phone(lang)
    if bare:
        judged = _without_bare_calls(text, times, judged, phone)
    added = []
    for t, value in judged.values():
        told = text[_sentence_start(text, t.start()) : t.start()]  # the sentence up to the time
        section = _WAITING_VALUE
        if phone is not None and phone.search(told.lower()):
            section = _RECEPTION_VALUE  # "Called at 8:00, got through at 8:52"
        added.append(Match(position(t.start()), 1, t.group(), value, section))
    return sorted([*named, *added], key=lambda m: m.start)


# Session 40 (aspmix40): an hour told with its half of the day ("a 9am appointment", "my 2 pm
# slot", "booked for 10.30am", "called in at 11.15 a.m."): a time wherever it stands, as a bare
# hour is only after "at" and at its clause's end (CLOCK_HOUR); its minutes after a dot too.
# English alone tells the half of the day so; group 1 the hour, group 2 the minutes or None.
_MERIDIEM_HOUR = re.compile(
    r"(?<![\d:.,])(1[0-2]|[1-9])(?:\.([0-5]\d))?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)", re.IGNORECASE
)


# What every match of _MERIDIEM_HOUR holds, lower-cased: a text without any has no such hour
# (no letter but "A", "P" and "M" matches "a", "p" and "m" in a case-blind expression)
_MERIDIEM_PIECES = ("am", "pm", "a.m", "p.m")

_RANGE = re.compile(r"\s*(?:to|till|until|and|or|-|–|—)\s*", re.IGNORECASE)


def _meridiem_hours(text: str, lang: str) -> list[re.Match[str]]:
    """The hours of ``text`` told with their half of the day (see _MERIDIEM_HOUR), where it tells
    two times at least (one of them may be a time with a colon)."""
    if lang != "en":
        return []
    lowered = text.lower()
    if not any(piece in lowered for piece in _MERIDIEM_PIECES):
        return []  # (searches in C: the expression, tried at every character, was not)
    found = list(islice(_MERIDIEM_HOUR.finditer(text), _MOST_CLOCK_TIMES))
    return found if len(found) > 1 or (found and _CLOCK.search(text)) else []


def _bare_hours(text: str, lang: str) -> list[re.Match[str]]:
    """The bare hours of ``text`` (see CLOCK_HOUR), where it holds two of them at least."""
    if lang == "zh" or not holds_any(text, _bare_hour_words(lang)):
        return []  # (a search in C for each word: the expression cost 2 us a review)
    pattern = _bare_hour(lang)
    if pattern is None or (first := pattern.search(text)) is None:
        return []
    found = [first, *islice(pattern.finditer(text, first.end()), _MOST_CLOCK_TIMES - 1)]
    return found if len(found) > 1 or (found and _CLOCK.search(text)) else []


def _without_bare_calls(
    text: str,
    times: list[re.Match[str]],
    judged: dict[int, tuple[re.Match[str], str]],
    phone: re.Pattern[str] | None,
) -> dict[int, tuple[re.Match[str], str]]:
    """``judged`` without the late times told by a bare hour, or after one, in a story whose
    sentence tells a call (see CLOCK_HOUR): a call and a visit are the booking's story."""
    result = {}
    place = {id(u): k for k, u in enumerate(times)}  # (one walk: a paste has thousands)
    for start, (t, value) in judged.items():
        i = place[id(t)]
        if t.re is not _CLOCK or times[i - 1].re is not _CLOCK:
            begun = _sentence_start(text, times[i - 1].start())
            if phone is not None and phone.search(text[begun : t.start()].lower()):
                continue
        result[start] = (t, value)
    return result


# The hour booked (session 26, what the time is of): a term of booking that only names it,
# whose object is an hour ("Booked for 9:15", "записали на 10:00", "Appointment was at 10:15",
# "a 2:10 appointment"), tells the visit on the day, not the getting of one, where its sentence
# tells that day's wait as well (a term of waiting, or a later time: "Booked for 9:15, seen at
# 10:40", "Записалася на 9:00, прийняли хвилина в хвилину"): the booking is not named there.
_HOUR_BOOKED_REACH = 4  # words before the hour (within its clause), or the word just after it


_SENTENCE_CHARS = frozenset(".!?;\n…。！？；")  # _SENTENCE's characters


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` begins: ``_SENTENCE.split(text[:at])[-1]`` without
    copying or splitting the text before it."""
    k = at
    while k > 0 and text[k - 1] not in _SENTENCE_CHARS:
        k -= 1
    return k


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence from ``at`` ends: ``_SENTENCE.split(text[at:])[0]``, the same way."""
    found = _SENTENCE.search(text, at)
    return len(text) if found is None else found.start()


def _by_sentence(
    tokens: tuple[str, ...], named: list[Match]
) -> tuple[list[int], defaultdict[int, list[Match]]]:
    """The sentence ends (-1, each ".", the text's end) and ``named`` by their sentence ``i``,
    the matches between ``ends[i - 1]`` and ``ends[i]``: each placed once by halving, not
    each sentence against every match (linear on a pasted document)."""
    ends = [-1, *(k for k, token in enumerate(tokens) if token == "."), len(tokens)]
    sentences: defaultdict[int, list[Match]] = defaultdict(list)
    for m in named:
        i = bisect_left(ends, m.start)
        if 0 < i < len(ends) and ends[i] != m.start:
            sentences[i].append(m)
    return ends, sentences


def _called_to_book(tokens: tuple[str, ...], named: list[Match]) -> list[Match]:
    """``named`` with each booking told as the reason for a call named as the front desk's call
    where its sentence names the front desk or judges a manner, else as a booking again (see
    CALLED_TO_BOOK): a name only, judged by its clause."""
    if all(m.section != CALLED_TO_BOOK for m in named):
        return named
    ends, sentences = _by_sentence(tokens, named)
    result = []
    for m in named:
        if m.section == CALLED_TO_BOOK:
            told = any(n.section in _PHONE_MANNER for n in sentences[bisect_left(ends, m.start)])
            section = _RECEPTION_VALUE if told else _SCHEDULING_VALUE
            m = m._replace(section=section, value=section)
        result.append(m)
    return result


def _seen_soon(tokens: tuple[str, ...], named: list[Match], lang: str) -> list[Match]:
    """``named`` with each visit had soon after a call in its sentence named as the booking's
    praise (see SEEN_SOON)."""
    whole, stems = _stems(lang, CALL_FIRST)
    soon: set[int] = set()
    calls: set[int] = set()
    for m in named:
        if m.section == SEEN_SOON:
            begun = m.start - 1  # the sentence's start: its words before the visit, not the text's
            while begun >= 0 and tokens[begun] != ".":
                begun -= 1
            called = [
                k
                for k in range(begun + 1, m.start)
                if tokens[k] in whole or tokens[k].startswith(stems)
            ]
            if called:
                soon.add(m.start)
                calls.update(called)
    # the call that got the visit is the booking's, not a word of the telling
    return [
        m._replace(section=_SCHEDULING_VALUE)
        if m.start in soon or (m.start in calls and m.section == _COMMUNICATION_VALUE)
        else m
        for m in named
    ]


def _results_by_channel(tokens: tuple[str, ...], named: list[Match], lang: str) -> list[Match]:
    """``named`` with the channel and the day of results in their sentence named as the
    information's, not a booking (see CHANNEL)."""
    stems = _results(lang)
    if not stems:
        return named
    either = _channel_or_day(lang)
    ends, sentences = _by_sentence(tokens, named)
    moved: set[int] = set()
    for i, in_it in sentences.items():
        a, b = ends[i - 1], ends[i]
        booking = [m for m in in_it if m.section == _SCHEDULING_VALUE]
        if not booking or any(m.term not in either for m in booking):
            continue
        if any(m.section in _CARER_VALUES for m in in_it):
            continue  # "Лікарка того ж дня призначила аналізи": the day of a deed (SAME_DAY)
        if any(token.startswith(stems) for token in tokens[a + 1 : b]):
            moved.update(m.start for m in booking)
    if not moved:
        return named
    return [
        m._replace(
            section=_COMMUNICATION_VALUE,
            value=_COMMUNICATION_VALUE if m.value == _SCHEDULING_VALUE else m.value,
        )
        if m.start in moved and m.section == _SCHEDULING_VALUE
        else m
        for m in named
    ]


def _without_booked_hours(
    text: str, tokens: tuple[str, ...], named: list[Match], position: Callable[[int], int]
) -> list[Match]:
    """``named`` without the name-only booking terms of an hour of a visit whose wait the
    sentence tells (see _HOUR_BOOKED_REACH)."""
    booking = [m for m in named if m.section == _SCHEDULING_VALUE and _weight(m.value) == 0.0]
    if not booking:
        return named
    # the first times of a pasted document only, each placed once (placing each against every
    # later one grew with the cube of a paste; ``position`` answers from one table of tokens)
    times = [t for t in islice(_CLOCK.finditer(text), _MOST_CLOCK_TIMES) if _is_clock(text, t)]
    places = [position(t.start()) for t in times]
    dropped: set[int] = set()
    for i, t in enumerate(times):
        at = places[i]
        told = text[_sentence_start(text, t.start()) : t.start()]
        rest = text[t.end() : _sentence_end(text, t.end())]
        begun, ended = at - len(tokenize(told)), at + 2 + len(tokenize(rest))
        waited = any(
            m.section in (_WAITING_VALUE, WAITING_ROOM) and begun <= m.start < ended for m in named
        ) or any(begun <= u < ended for u in places[i + 1 :])
        if not waited:
            continue
        back = len(_clause_words(tokens, at - 1, -1, _HOUR_BOOKED_REACH))
        for m in booking:
            if at - back <= m.start < at or m.start == at + 2:
                dropped.add(m.start)
    return [m for m in named if m.start not in dropped or m.section != _SCHEDULING_VALUE]


# Amounts of money (see AMOUNT): a number after a currency sign or before a currency word
_DIGIT = re.compile(r"\d")


def _has_digit(text: str) -> bool:
    """``_DIGIT.search(text)``: each ASCII digit looked for by a search in C, the expression
    (which tests every character against the class, 16 us of an NHS story) only where a text
    that is not ASCII has none of them (a full-width or another script's digit)."""
    return holds_any(text, _ASCII_DIGITS) or (
        not text.isascii() and _DIGIT.search(text) is not None
    )


_ASCII_DIGITS = tuple("0123456789")


_AMOUNT_SIGN = re.compile(r"[$£€]\s?\d")
_AMOUNT_BLAME = "-1"
# An amount is judged by the words of its clause (round eighteen). Just before its number, a
# word that makes it little ("only $45", "всього 350 грн", "才80块钱", "只要198") credits the
# price, one that makes it much ("целых 7200", "aż 600 zł", "竟然要580", "加收180") blames it
# firmly, even beside praise; a price quoted ("на сайті", "quoted", "原价", "团购价") is not
# paid: it says nothing by itself, and an amount in its sentence above it blames the price
# firmly ("На сайте консультация 1500, взяли 2800"), one below it credits the price. Sections
# [amount_little], [amount_much] and [amount_quoted] of aspects_<lang>.txt (stems end in *).
AMOUNT_LITTLE, AMOUNT_MUCH, AMOUNT_QUOTED = "amount_little", "amount_much", "amount_quoted"
# A fee stated (round nineteen): an amount just after a word that names what a visit costs
# ("Visit cost £45", "Стоимость приёма 2000 рублей", "Wizyta kosztowała 250 zł", "挂号费30元",
# section [amount_stated]) blames the price only beside another complaint; in a review that
# judges nothing else, or praises all else, it is told, not blamed. It still measures a visit
# told short ("挂号费300，看了十分钟", see BRIEF).
AMOUNT_STATED = "amount_stated"
# Session 28 (amix2): an amount marked as added to the bill, by a word just before its number or
# just after it in its clause ("£15 extra", "an extra £10", "ещё 3000 сверху", "400 гривень
# додатково", "dodatkowo 100 zł"; section [amount_extra]), blames the price as one made much
# does: of the tuning rows that tell such an amount, every one labels the price negative (4 of 4,
# tests/analysis/data/README.md). Chinese marks it before the number ([amount_much]: "另加").
AMOUNT_EXTRA = "amount_extra"
# Session 36 (aspmix36, probe49): an amount told as added to another, by a word of "plus" up
# to two words before its number ("£120 for the assessment, plus £45 for a 'report'", "plus a
# £40 'admin fee'", "Консультация 4500, плюс 1500 за «заключение»", "300 zł, do tego 100 zł";
# section [amount_plus], words or two-word phrases), is a fee on top of the bill and blames the
# price as one made much does, with no judging word; such a word also opens a bare number of a
# hundred or more as an amount ("плюс 1500").
AMOUNT_PLUS = "amount_plus"
_AMOUNT_PLUS_REACH = 2  # words before the number: "plus a £40"
_AMOUNT_STATED = "-0.5"
_AMOUNT_STATED_REACH = 2  # words (Chinese: characters, twice as many) before the number
_PAID_VALUES = frozenset((_AMOUNT_BLAME, _AMOUNT_STATED))
_STATED_PAID = float(_AMOUNT_BLAME)  # a clause whose amounts weigh less than this only states
# An amount for minutes (the price convention of tests/analysis/data/README.md: of the tuning
# rows that put an amount against a length of fifteen minutes or less, every one labels the
# price negative, praise of the doctor beside it or not): "300 zł za kwadrans", "£95 for 15
# min", "4500 за 15 минут", "1100 грн за 10 хвилин розмови", "£95 for a clean that took fifteen
# minutes". The word just after the amount is one of [amount_for] ("for", "за", "za") and a
# unit of [brief_units] or a length of [amount_time] ("kwadrans") follows in its clause, with
# no number above fifteen: the amount blames the price firmly, as one made much does. A number
# of a hundred or more before such a "for" is an amount without its currency ("приём 4500 за
# 15 минут"). Not "in 5 minutes for $20": the length before the amount is the speed.
AMOUNT_FOR, AMOUNT_TIME = "amount_for", "amount_time"
_AMOUNT_FOR_REACH = 7  # words after the amount: "for a clean that took fifteen minutes"
_STATED_FEE = (Aspect.PRICE,)
_AMOUNT_PRAISE = "1.5"
_AMOUNT_FIRM = "-2"
_AMOUNT_MARK_REACH = 1  # words before the number ("only $45"; not "the only thing: $45")
_ZH_AMOUNT_MARK_REACH = 4  # characters: "竟然要580", "多收了我200"
_AMOUNT_QUOTE_REACH = 6  # words (Chinese: characters, twice as many) before the quoted number
# Chinese: a number in digits, or in characters of a hundred or more ("八百块"; not "一块",
# together), before 元 or 块, or after a fee or a verb of paying with no unit ("挂号费三百",
# "花了八百多"; not "花了三十分钟", time)
_ZH_NUMBER = r"(?:\d+|[一二三四五六七八九两]?[十百千万][一二三四五六七八九十百千万两]*)"
# the characters without one of which a Chinese sentence tells no amount (see _with_zh_amounts)
_ZH_AMOUNT_HINTS = tuple("元块费了价收要")
_ZH_AMOUNT = re.compile(
    rf"({_ZH_NUMBER})\s*(?:元|块)"
    r"|(?:费|价|花了|收了|收我?|交了|付了|加收|多收了?我?|(?:竟然|居然|只|才|就)要)(?:才|只要|只|仅|足足)?"
    rf"({_ZH_NUMBER})(?![\d十百千万]|多?(?:分钟|小时|个|天|次|年|月|周|星期))"
)


@cache
def _currency(lang: str) -> frozenset[str]:
    return _written(lang, AMOUNT)


class _AmountWords(NamedTuple):
    little: tuple[str, ...]
    much: tuple[str, ...]
    quoted: tuple[str, ...]
    stated: tuple[str, ...]
    extra: tuple[str, ...]
    plus: frozenset[str]


@cache
def _amount_words(lang: str) -> _AmountWords:
    sections = load_sections(f"aspects_{lang}")

    def words(section: str) -> tuple[str, ...]:
        return tuple(term.rstrip("*") for term, _ in sections.get(section, []))

    return _AmountWords(
        words(AMOUNT_LITTLE),
        words(AMOUNT_MUCH),
        words(AMOUNT_QUOTED),
        words(AMOUNT_STATED),
        words(AMOUNT_EXTRA),
        _written(lang, AMOUNT_PLUS),
    )


def _added(before: list[str], words: _AmountWords) -> bool:
    """Whether a word or phrase of "plus" stands just before an amount (``before``: its words
    back from the number; see AMOUNT_PLUS)."""
    if not words.plus:
        return False
    near = before[:_AMOUNT_PLUS_REACH]
    return any(w in words.plus for w in near) or " ".join(reversed(near)) in words.plus


def _extra(tokens: tuple[str, ...], k: int, before: list[str], words: _AmountWords) -> bool:
    """Whether the amount at ``k`` is marked as added to the bill (see AMOUNT_EXTRA)."""
    return bool(words.extra) and (
        _marked(before[:_AMOUNT_MARK_REACH], words.extra)
        or _marked(_clause_words(tokens, k + 1, 1, 1), words.extra)
    )


def _marked(words: list[str], marks: tuple[str, ...]) -> bool:
    """Whether one of ``words`` is one of ``marks`` or begins with one (stems)."""
    return any(w.startswith(marks) for w in words) if marks else False


def _judged_amounts(amounts: list[tuple[int, float, str, str]]) -> list[tuple[int, str]]:
    """(position, value) of each amount paid, from (position, number, its mark, its sentence
    key): mark "little", "much", "quoted", "stated" or "" (see AMOUNT_LITTLE, AMOUNT_STATED). A
    quoted amount is left out; another amount of its sentence is weighed against it."""
    quotes = {key: number for _, number, mark, key in amounts if mark == "quoted"}
    result = []
    for at, number, mark, key in amounts:
        if mark == "quoted":
            continue
        quoted = quotes.get(key)
        plain = not mark or mark == "stated"
        if mark == "much" or (plain and quoted is not None and number > quoted):
            result.append((at, _AMOUNT_FIRM))
        elif mark == "little" or (quoted is not None and number < quoted):
            result.append((at, _AMOUNT_PRAISE))
        elif mark == "stated":
            result.append((at, _AMOUNT_STATED))
        else:
            result.append((at, _AMOUNT_BLAME))
    return result


def _token_amount(
    tokens: tuple[str, ...], k: int, lang: str, dots: Sequence[int]
) -> tuple[int, float, str, str]:
    """The amount at ``k`` (its number or its currency word) as _judged_amounts reads it;
    ``dots``: where the sentence marks of ``tokens`` are, in order."""
    number = k if tokens[k][:1].isdigit() else k - 1
    while number > 0 and not tokens[number][:1].isdigit():
        number -= 1
    first = number
    if first > 0 and tokens[first - 1].isdigit() and len(tokens[first]) == 3:
        first -= 1  # "3 800 рублей"
    last = number
    while (
        last + 1 < len(tokens)
        and len(tokens[last]) <= 3
        and tokens[last].isdigit()
        and len(tokens[last + 1]) == 3
        and tokens[last + 1].isdigit()
    ):
        last += 1  # "взяли 6 500 вместо 4 000": a bare amount in groups of three (session 45)
    digits = "".join(tokens[first : last + 1])
    value = float(digits) if digits.isdigit() else 0.0
    words = _amount_words(lang)
    before = _clause_words(tokens, first - 1, -1, _AMOUNT_QUOTE_REACH)
    if _marked(before[:_AMOUNT_MARK_REACH], words.little):
        mark = "little"
    elif (
        _marked(before[:_AMOUNT_MARK_REACH], words.much)
        or _extra(tokens, k, before, words)
        or _added(before, words)
    ):
        mark = "much"
    elif _marked(before, words.quoted):
        mark = "quoted"
    elif _for_minutes(tokens, k, lang):
        mark = "much"
    elif _marked(before[:_AMOUNT_STATED_REACH], words.stated):
        mark = "stated"
    else:
        mark = ""
    sentence = bisect_left(dots, k)  # the marks before it: tokens[:k].count(".")
    return k, value, mark, str(sentence)


def _with_amounts(text: str, tokens: tuple[str, ...], named: list[Match], lang: str) -> list[Match]:
    """``named`` and a mild complaint of the price at each amount of money (see _AMOUNT_SIGN)."""
    at = [
        k  # "900 грн", "3 тыс рублей", "3 800 рублей"
        for k in _positions(tokens, _currency(lang))
        if any(t[:1].isdigit() for t in tokens[max(0, k - 2) : k])
    ]
    if "$" in text or "£" in text or "€" in text:
        at += [
            len(tokenize(text[: m.end() - 1]))
            for m in islice(_AMOUNT_SIGN.finditer(text), _MOST_SIGNED_AMOUNTS)
        ]
    paying = _paying(lang)
    placed = set(at)  # the same positions, for lookups that do not walk the list
    for k in _amount_openers(tokens, lang):
        number = next(
            (
                j
                for j in range(k + 1, min(len(tokens), k + 2 + _PAYING_REACH))
                if tokens[j][:1].isdigit()
            ),
            -1,
        )
        if (
            number > 0
            and number not in placed
            and not (number + 1 < len(tokens) and len(tokens[number + 1]) == 2 and ":" in text)
            # after "целых" or a price quoted, a price, not "całe 4 latka"
            and (tokens[k] in paying or _number(tokens[number]) >= _PRICE_LEAST)
            and number + 1 not in placed
            and number + 2 not in placed
            and not (number + 1 < len(tokens) and _when(lang).lasts(tokens[number + 1]))
        ):
            at.append(number)  # "Отдала 3500": an amount without its currency (not "3 hours")
            placed.add(number)
    for k in _positions(tokens, _for_minute_words(lang)[0]):
        # "приём 4500 за 15 минут": a bare number paid for minutes (see AMOUNT_FOR)
        if (
            k > 0
            and k - 1 not in placed
            and k - 2 not in placed
            and _number(tokens[k - 1]) >= _PRICE_LEAST
            and _for_minutes(tokens, k - 1, lang)
        ):
            at.append(k - 1)
            placed.add(k - 1)
    if not at:
        return named
    dots = [j for j, token in enumerate(tokens) if token == "."]
    judged = _judged_amounts([_token_amount(tokens, k, lang, dots) for k in at if k < len(tokens)])
    added = [Match(k, 1, tokens[k], value, AMOUNT) for k, value in judged]
    return sorted([*named, *added], key=lambda m: m.start)


@cache
def _for_minute_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of "for" after an amount and the units of a short length (see AMOUNT_FOR)."""
    return _written(lang, AMOUNT_FOR), _brief(lang).units | _written(lang, AMOUNT_TIME)


def _for_minutes(tokens: tuple[str, ...], k: int, lang: str) -> bool:
    """Whether the amount at ``k`` is paid for a length of fifteen minutes or less (see
    AMOUNT_FOR)."""
    fors, units = _for_minute_words(lang)
    after = _clause_words(tokens, k + 1, 1, _AMOUNT_FOR_REACH)
    if not after or after[0] not in fors:
        return False
    for i, word in enumerate(after[1:], 1):
        if word in units:
            return all(_number(w) <= _BRIEF_MOST for w in after[1:i])
    return False


@cache
def _paying(lang: str) -> frozenset[str]:
    return _written(lang, PAYING)


_PRICE_LEAST = 100


def _number(token: str) -> float:
    return float(token) if token.isdigit() else 0.0


def _amount_openers(tokens: tuple[str, ...], lang: str) -> list[int]:
    """Where a number just after may be an amount without its currency: a verb of paying
    ("Отдала 3500"), a word that makes it much ("целых 7200") or a price quoted ("на сайті
    було 1800"; see AMOUNT_LITTLE)."""
    at = _positions(tokens, _paying(lang))
    marks = _amount_marks_by_first(lang)
    # The text's distinct words that start with a mark, each word's marks found by its first
    # letter: a look-up a word (most have none), then placed by tuple.index, not every token.
    # (The case-blind regular expression of the marks cost 270 us on an NHS story; the words
    # joined and searched for every mark were most of this reading's instructions in a short
    # compiled review: session 45, see benchmarks/README.md.)
    if marks:
        opening = set()
        for word in _words_of(tokens):
            starts = marks.get(word[:1])
            if starts is not None and word.startswith(starts):
                opening.add(word)
        if opening:
            at += _positions(tokens, opening)
    return sorted(at)


@cache
def _amount_marks_by_first(lang: str) -> dict[str, tuple[str, ...]]:
    """The marks of _amount_marks by their first letter (a mark is a term: never empty)."""
    by_first: dict[str, tuple[str, ...]] = {}
    for mark in _amount_marks(lang):
        by_first[mark[:1]] = (*by_first.get(mark[:1], ()), mark)
    return by_first


@cache
def _amount_marks(lang: str) -> tuple[str, ...]:
    """The words (stems) of much, of a price quoted and of what care costs ("Приём стоит
    3500": a number of a hundred or more just after it is an amount stated, AMOUNT_STATED)."""
    words = _amount_words(lang)
    plus = tuple(w.rpartition(" ")[2] for w in words.plus)  # "do tego": its last word opens
    return (*words.much, *words.quoted, *words.stated, *plus)


def _paid_for(
    named: list[Match], same_sentence: Callable[[int, int], bool], reach: int
) -> list[Match]:
    """``named`` without the [paid_for] words that follow no amount paid in their sentence
    within ``reach`` (see PAID_FOR)."""
    amounts = [m.start for m in named if m.section == AMOUNT]
    return [
        m
        for m in named
        if m.section != PAID_FOR
        or any(a < m.start <= a + reach and same_sentence(a, m.start) for a in amounts)
    ]


# Money given back (the price convention of tests/analysis/data/README.md: of the tuning rows
# that tell a refund made, every one labels the front desk's handling of the bill, praised, and
# no price, whatever error it put right: "the practice manager called me and refunded the
# double charge", "позвонили, извинились и вернули деньги", "zwrócili pieniądze", "把重复扣的钱
# 退了"; a refund only asked for or slow to come stays the price's: "took 2 months to refund").
# A term of [refunded] in aspects_<lang>.txt (its weight, the praise) is the front desk's; the
# price terms and amounts of its sentence name no price.


def _refunds_handled(
    named: list[Match],
    sentence_of: Callable[[int], int],
    denied: Callable[[int], bool] = lambda at: False,
) -> list[Match]:
    """``named`` with each [refunded] term the front desk's and no price term or amount in
    its sentence (see REFUNDED; ``sentence_of`` a token's sentence); a refund denied ("не
    вернули деньги", ``denied`` of its start: a word of [refund_denied] just before it) is the
    price's, blamed by its negator."""
    refunds = {m.start for m in named if m.section == REFUNDED and not denied(m.start)}
    refunded_in = {sentence_of(at) for at in refunds}
    return [
        m._replace(section=_RECEPTION_VALUE if m.start in refunds else _PRICE_VALUE)
        if m.section == REFUNDED
        else m
        for m in named
        if not (
            (m.section == _PRICE_VALUE or m.section == AMOUNT)
            and sentence_of(m.start) in refunded_in
        )
    ]


# (the last text's tokens and their distinct words, held in one attribute so that another
# thread reads them whole; see _words_of)
_last_words: tuple[tuple[str, ...] | None, frozenset[str]] = (None, frozenset())


def _words_of(tokens: tuple[str, ...]) -> frozenset[str]:
    """The distinct words of ``tokens`` (tokenize's cached answer), made once per text: the
    reading asks of a text's words whether they hold a title, a pronoun, a unit of time, a
    word of "when" and so on, each a test of a small word list that ran over every token
    (a story's hundred words, half a dozen times a review); against the text's set, it runs
    over the smaller of the two."""
    global _last_words
    last = _last_words
    if last[0] is not tokens:
        last = _last_words = (tokens, frozenset(tokens))
    return last[1]


def _positions(tokens: tuple[str, ...], words: frozenset[str] | set[str]) -> list[int]:
    """Where ``words`` stand in ``tokens``, found by tuple.index (in C: a story has hundreds of
    tokens and rarely one of these words)."""
    at: list[int] = []
    for word in words.intersection(_words_of(tokens)):
        k = tokens.index(word)
        while True:
            at.append(k)
            try:
                k = tokens.index(word, k + 1)
            except ValueError:
                break
    return sorted(at)


def _with_zh_amounts(sentence: str, named: list[Match]) -> list[Match]:
    found = list(_ZH_AMOUNT.finditer(sentence))
    if not found:
        return named
    words = _amount_words("zh")
    amounts = []
    for m in found:
        group = 1 if m.group(1) is not None else 2
        start = m.start(group)
        digits = m.group(group)
        near = sentence[max(0, start - _ZH_AMOUNT_MARK_REACH) : start]
        if any(w in near for w in words.little):
            mark = "little"
        elif any(w in near for w in words.much):
            mark = "much"
        else:
            quote_from = max(0, start - 2 * _AMOUNT_QUOTE_REACH)
            clause = _ZH_CLAUSE_MARK.split(sentence[quote_from:start])[-1]
            stated = clause[-2 * _AMOUNT_STATED_REACH :]
            if any(w in clause for w in words.quoted):
                mark = "quoted"
            elif any(w in stated for w in words.stated):
                mark = "stated"
            else:
                mark = ""
        value = float(digits) if digits.isdigit() else float(_zh_count(digits))
        amounts.append((m.start(), value, mark, ""))
    by_start = {m.start(): m for m in found}
    added = [
        Match(at, len(by_start[at].group()), by_start[at].group(), value, AMOUNT)
        for at, value in _judged_amounts(amounts)
    ]
    return sorted([*named, *added], key=lambda m: m.start) if added else named


# A visit told short by its minutes ("a 10 min visit", "the same 5 min chat", "осмотр за 5
# минут", "badanie – 4 minuty", "огляд 10 хвилин", "看了不到五分钟"): the doctor rushed the
# patient (of the tuning rows that time a visit at a quarter of an hour or less, every one
# blames the doctor, or praises the doctor elsewhere and blames the price). The wait is not a
# visit ("a 5 min wait" praises it), nor is a schedule ("wizyty co 10 minut"). Sections of
# aspects_<lang>.txt: [brief] the words of a visit or an examination, [brief_units] minutes and
# seconds, [brief_numbers] numbers in words (digits are read as numbers), [brief_not] the words
# before a number that make it a schedule ("every", "co", "каждые"). A number of fifteen or less
# next to a unit, with a word of a visit within three words of them in the same clause, blames
# the doctor by itself, unless the clause's words judge something else ("expensive for a 10
# minute visit": the shortness measures the price); praise in the same clause is irony
# ("«внимательный» осмотр за 5 минут", "«dokładne» badanie – 4 minuty").
BRIEF_UNITS, BRIEF_NUMBERS, BRIEF_NOT = "brief_units", "brief_numbers", "brief_not"
# Session 36 (aspmix36, probe49): the visit told by the doctor it was had with ("Only got six
# minutes with the doctor", "У врача пробыла всего шесть минут", "z lekarzem pięć minut"): a
# word of [brief_with] just before a doctor's term (one word may stand between: "with the
# doctor") in the length's clause is a word of a visit; [brief_numbers] holds every number
# word up to fifteen (a family, not the few the tuning rows told).
BRIEF_WITH = "brief_with"
_BRIEF_WITH_REACH = 5  # words before the number: "У врача пробыла всего шесть минут"
_BRIEF_MOST = 15
_BRIEF_REACH = 3
_BRIEF_BLAME = "-1.5"
_ZH_BRIEF = re.compile(
    r"(?:看了|看病|问诊|就诊|面诊)(?:不到|就|才|只|只有)?([一二三四五六七八九十两几\d]{1,2})分钟"
)


class _Brief(NamedTuple):
    visits: frozenset[str]
    visit_stems: tuple[str, ...]
    units: frozenset[str]
    numbers: frozenset[str]
    schedules: frozenset[str]  # BRIEF_NOT
    company: frozenset[str]  # BRIEF_WITH

    def visit(self, word: str) -> bool:
        return word in self.visits or (bool(self.visit_stems) and word.startswith(self.visit_stems))


@cache
def _brief(lang: str) -> _Brief:
    sections = load_sections(f"aspects_{lang}")
    visits = [term for term, _ in sections.get(BRIEF, [])]
    return _Brief(
        frozenset(t for t in visits if not t.endswith("*")),
        tuple(t[:-1] for t in visits if t.endswith("*")),
        frozenset(term for term, _ in sections.get(BRIEF_UNITS, [])),
        frozenset(term for term, _ in sections.get(BRIEF_NUMBERS, [])),
        frozenset(term for term, _ in sections.get(BRIEF_NOT, [])),
        frozenset(term for term, _ in sections.get(BRIEF_WITH, [])),
    )


def _had_with_doctor(tokens: tuple[str, ...], k: int, brief: _Brief, doctors: set[int]) -> bool:
    """Whether the clause of the length at ``k`` (its unit) tells the visit by the doctor it
    was had with ("six minutes with the doctor", "у врача ... шесть минут"; see BRIEF_WITH)."""
    first = k - 1 - len(_clause_words(tokens, k - 2, -1, _BRIEF_WITH_REACH))
    last = k + 1 + len(_clause_words(tokens, k + 1, 1, _BRIEF_REACH))
    return any(
        tokens[j] in brief.company and (j + 1 in doctors or j + 2 in doctors)
        for j in range(max(0, first), last)
    )


def _with_brief_visits(tokens: tuple[str, ...], named: list[Match], lang: str) -> list[Match]:
    """``named`` and a complaint of the doctor at each visit told short (see BRIEF)."""
    brief = _brief(lang)
    added = []
    doctors = {m.start for m in named if m.section == _DOCTOR_VALUE} if brief.company else set()
    for k in _positions(tokens, brief.units):
        if k == 0:
            continue
        unit, number = tokens[k], tokens[k - 1]
        if not ((number.isdigit() and int(number) <= _BRIEF_MOST) or number in brief.numbers):
            continue
        if k > 1 and tokens[k - 2] in brief.schedules:
            continue
        near = [*_clause_words(tokens, k - 2, -1), *_clause_words(tokens, k + 1, 1)]
        if any(brief.visit(word) for word in near) or (
            doctors and _had_with_doctor(tokens, k, brief, doctors)
        ):
            added.append(Match(k - 1, 2, f"{number} {unit}", _BRIEF_BLAME, BRIEF))
    return sorted([*named, *added], key=lambda m: m.start) if added else named


def _with_faint_praise(tokens: tuple[str, ...], named: list[Match], lang: str) -> list[Match]:
    """``named`` with each [faint] word said of a person a judgement of the clause, and the
    others dropped (see FAINT)."""
    links, tails = _written(lang, FAINT_LINK), _written(lang, FAINT_TAIL)
    kept = []
    person_end = -1  # where the last doctor, nurse or front desk named so far ends
    for m in named:
        section = m.section
        if section in _FAINT_PERSONS:
            person_end = max(person_end, m.start + m.length)
        if section != FAINT:
            kept.append(m)
            continue
        after = m.start + m.length
        if (
            0 <= person_end <= m.start
            and m.start - person_end <= _FAINT_REACH
            and links.issuperset(tokens[person_end : m.start])
            and (after >= len(tokens) or not tokens[after][0].isalnum() or tokens[after] in tails)
        ):
            kept.append(Match(m.start, m.length, m.term, m.value, JUDGEMENT))
    return kept


def _clause_words(
    tokens: tuple[str, ...], k: int, step: int, reach: int = _BRIEF_REACH
) -> list[str]:
    """Up to ``reach`` words from ``k`` on (step 1) or back (-1), not past a comma or a dot."""
    words: list[str] = []
    while 0 <= k < len(tokens) and len(words) < reach and tokens[k] not in _MARKS:
        words.append(tokens[k])
        k += step
    return words


def _misdiagnosed_at(
    told: Sequence[Match],
    found: Sequence[Match],
    named: Sequence[Match],
    sentence: Callable[[int], int],
) -> int:
    """Where the first clause of what the doctor said stands that a later "turned out" in its
    sentence or the next belies, or -1 (see TOLD): not where another practice said it, where
    praise stands between, nor where the finding bears the doctor out. Each clause is placed by
    halving (a pasted document of such stories stays linear): the first "turned out" after a
    said clause is the one to judge it by, as praise between it and a later one stands between
    the earlier too."""
    confirmed = sorted(m.start for m in found if m.section == CONFIRMED)
    belying = []  # where each "turned out" with no confirmation after it in its sentence stands
    for o in sorted((m for m in found if m.section == TURNED_OUT), key=_start):
        k = bisect_right(confirmed, o.start)
        if not (k < len(confirmed) and sentence(confirmed[k]) == sentence(o.start)):
            belying.append(o.start)
    if not belying:
        return -1
    elsewhere = sorted(m.start for m in named if m.section == ELSEWHERE)
    praise = sorted(m.start for m in named if m.section in _ASPECT_OF and _weight(m.value) > _DEED)
    for t in told:
        at = sentence(t.start)
        k = bisect_left(elsewhere, t.start) - 1
        if k >= 0 and sentence(elsewhere[k]) == at:
            continue  # another practice said it
        k = bisect_left(belying, t.start + t.length)
        if k == len(belying) or sentence(belying[k]) - at > 1:
            continue
        # (the words of what the doctor said are not praise between: "说“熬一熬就好了”"; session 42)
        between = bisect_left(praise, t.start + t.length)
        if between < len(praise) and praise[between] <= belying[k]:
            continue  # praise stands between
        return t.start
    return -1


def _borne_out(
    told: Sequence[Match], found: Sequence[Match], sentence: Callable[[int], int]
) -> list[Match]:
    """The clauses of what the doctor said that a later "turned out" in their sentence or the
    next bears out ("说没事，结果是真的没事", "said it was nothing; turned out it was nothing
    serious"): the doctor was right, so a judging word of dismissal in them ("说没事 -1.5",
    "said it was nothing -1.5") judges nobody (see _unjudged). Each term is placed by halving,
    so a pasted document stays linear."""
    confirmed = sorted(m.start for m in found if m.section == CONFIRMED)
    if not confirmed:
        return []
    bearing = []  # where each "turned out" with a confirmation after it in its sentence stands
    for o in sorted((m for m in found if m.section == TURNED_OUT), key=_start):
        k = bisect_right(confirmed, o.start)
        if k < len(confirmed) and sentence(confirmed[k]) == sentence(o.start):
            bearing.append(o.start)
    result = []
    for t in told:
        k = bisect_left(bearing, t.start + t.length)
        if k < len(bearing) and sentence(bearing[k]) - sentence(t.start) <= 1:
            result.append(t)
    return sorted(result, key=_start)


def _unjudged(
    named: list[Match], borne: Sequence[Match], offset: int = 0, starts: list[int] | None = None
) -> list[Match]:
    """``named`` without the judging words of blame that begin inside a clause of what the
    doctor said that was borne out (see _borne_out); ``offset``: where ``named``'s text begins
    in the text ``borne`` was found in; ``starts``: the borne clauses' starts, given by a caller
    that asks once a sentence."""
    if starts is None:
        starts = [t.start for t in borne]  # by position (see _borne_out)

    def inside(at: int) -> bool:
        k = bisect_right(starts, at) - 1
        return k >= 0 and at < borne[k].start + borne[k].length

    return [
        m
        for m in named
        if m.section != JUDGEMENT or _weight(m.value) >= 0 or not inside(m.start + offset)
    ]


@cache
def _misdiagnosis_matchers(lang: str) -> tuple[Matcher, Matcher]:
    """The [told] terms, and the [turned_out] and [confirmed] ones, of a language with words:
    read together with its other lexicons (lexicon.read_together), so that every review's
    words are not looked up once more for terms that few reviews hold."""
    name = f"aspects_{lang}"
    return (
        read_together(lang, matcher(name, TOLD)),
        read_together(lang, matcher(name, TURNED_OUT, CONFIRMED)),
    )


def _with_misdiagnoses(tokens: tuple[str, ...], named: list[Match], lang: str) -> list[Match]:
    """``named`` and a complaint of the diagnosis where a later clause belies what the doctor
    said it was (see TOLD)."""
    told_terms, found_terms = _misdiagnosis_matchers(lang)
    told = told_terms.find(tokens)
    if not told:
        return named
    found = found_terms.find(tokens)
    if not found:
        return named
    ends = [k for k, token in enumerate(tokens) if token == "."]
    borne = _borne_out(told, found, lambda k: bisect_left(ends, k))
    if borne:
        named = _unjudged(named, borne)
    at = _misdiagnosed_at(told, found, named, lambda k: bisect_left(ends, k))
    if at < 0:
        return named
    blame = Match(at, 1, tokens[at], _MISDIAGNOSED, DIAGNOSIS)
    return sorted([*named, blame], key=_start)


def _zh_misdiagnosis(lowered: str) -> tuple[int, int, list[Match]]:
    """Where in a Chinese text the clause of what the doctor said stands that a later clause
    belies ("说是感冒，结果是肺炎"), or -1 (see TOLD), and where the term of that saying ends
    (its praise, "说“熬一熬就好了”", is the doctor's word, not the review's; session 42); and
    the clauses of what the doctor said that a later one bears out (see _borne_out)."""
    told = matcher("aspects_zh", TOLD).find_chars(lowered)
    if not told:
        return -1, -1, []
    found = matcher("aspects_zh", TURNED_OUT, CONFIRMED).find_chars(lowered)
    if not found:
        return -1, -1, []
    ends = [m.start() for m in _SENTENCE.finditer(lowered)]
    named = _aspect_matcher("zh").find_chars(lowered)
    borne = _borne_out(told, found, lambda k: bisect_left(ends, k))
    at = _misdiagnosed_at(told, found, named, lambda k: bisect_left(ends, k))
    said_end = max((t.start + t.length for t in told if t.start == at), default=-1)
    return at, said_end, borne


def _with_zh_brief_visits(sentence: str, named: list[Match]) -> list[Match]:
    added = []
    for m in _ZH_BRIEF.finditer(sentence):
        number = _zh_count(m.group(1)) if m.group(1) != "几" else 5
        if number <= _BRIEF_MOST:
            added.append(Match(m.start(), len(m.group()), m.group(), _BRIEF_BLAME, BRIEF))
    return sorted([*named, *added], key=lambda m: m.start) if added else named


# A wait told by its length ("I wait 40+ minutes every time", "ждала 50 минут", "czekałam
# półtorej godziny", "waited 5 minutes"): a number before a unit of minutes or hours, in a clause
# with a word of waiting, judges the wait by itself, whatever the clause's words: half an hour or
# more blames it, a quarter of an hour or less (or a bound before the number: "less than ten
# minutes", "не больше 10 минут") credits it, and in between the words decide. Sections of
# aspects_<lang>.txt: [wait_minutes] and [wait_hours] the units, [wait_numbers] numbers in words
# with their value ("forty 40"; digits are read as numbers; an hour with no number is one),
# [wait_bounds] the words of a bound before the number ("less than", "within", "не больше").
# A booking's term of waiting ("na wizytę czekałam") with a length in minutes or hours is the
# wait instead.
WAIT_MINUTES, WAIT_HOURS, WAIT_NUMBERS, WAIT_BOUNDS = (
    "wait_minutes",
    "wait_hours",
    "wait_numbers",
    "wait_bounds",
)
# [wait_late]: words after the length that make it a lateness ("10 minutes past my time": no
# praise); [wait_words]: stems of waiting that make a booking's term a wait told in minutes.
# [late_by] (round eighteen): words just after the length that tell the visit began late with no
# word of waiting ("Surgery started 50 minutes late", "Приём начался на 35 минут позже"): more
# than a quarter of an hour blames the wait, unless the patient tells their own lateness
# ([late_self], before the length in its clause: "I arrived 20 minutes late", "я пришла").
WAIT_LATE, WAIT_WORDS, LATE_BY, LATE_SELF = "wait_late", "wait_words", "late_by", "late_self"
# A wait told as "longer than" the number ([wait_longer]: "дольше", "довше", "dłużej", "longer",
# within four words before it) is a bound only where the clause denies it ([wait_never]: "Ни в
# одной очереди дольше пяти минут не стояла", "Жодного разу не чекала довше п'яти хвилин",
# "Nigdy nie czekałam dłużej niż pięć minut"): then a wait of at most a short time, praise even
# where only the queue names it; said plainly ("czekałam dłużej niż 10 minut", "ждали больше 20
# минут") it is no bound. Session 44 (asp3w44).
WAIT_LONGER, WAIT_NEVER = "wait_longer", "wait_never"
_SCHEDULING_VALUE = Aspect.SCHEDULING.value
_SCHEDULING, _RECEPTION_VALUE = Aspect.SCHEDULING, Aspect.RECEPTION.value
_NURSE = Aspect.NURSE
_WAIT_SECTIONS = frozenset((_WAITING_VALUE, WAITING_ROOM, _SCHEDULING_VALUE))
_WAIT_LONG = 30  # minutes
_WAIT_SHORT = 15
_WAIT_LONG_BLAME = "-2"
_WAIT_SHORT_PRAISE = 1.5
_WAIT_REACH = 8  # words either side of the unit, within its clause, for the word of waiting


class _WaitLengths(NamedTuple):
    minutes: frozenset[str]
    hours: frozenset[str]
    numbers: dict[str, float]
    bounds: frozenset[str]
    late: frozenset[str]
    words: tuple[str, ...]  # the stems of waiting in a term of a booking waited for
    units: frozenset[str]  # minutes and hours
    late_by: frozenset[str]
    late_self: tuple[str, ...]  # stems
    longer: frozenset[str]
    never: frozenset[str]


@cache
def _wait_lengths(lang: str) -> _WaitLengths:
    sections = load_sections(f"aspects_{lang}")
    return _WaitLengths(
        frozenset(term for term, _ in sections.get(WAIT_MINUTES, [])),
        frozenset(term for term, _ in sections.get(WAIT_HOURS, [])),
        {term: _weight(value) for term, value in sections.get(WAIT_NUMBERS, [])},
        frozenset(term for term, _ in sections.get(WAIT_BOUNDS, [])),
        frozenset(term for term, _ in sections.get(WAIT_LATE, [])),
        tuple(term.rstrip("*") for term, _ in sections.get(WAIT_WORDS, [])),
        frozenset(term for s in (WAIT_MINUTES, WAIT_HOURS) for term, _ in sections.get(s, [])),
        frozenset(term for term, _ in sections.get(LATE_BY, [])),
        tuple(term.rstrip("*") for term, _ in sections.get(LATE_SELF, [])),
        frozenset(term for term, _ in sections.get(WAIT_LONGER, [])),
        frozenset(term for term, _ in sections.get(WAIT_NEVER, [])),
    )


def _wait_minutes(tokens: tuple[str, ...], k: int, lengths: _WaitLengths) -> float | None:
    """How many minutes the unit at ``k`` tells (None: no number before a unit of minutes)."""
    before = tokens[k - 1] if k > 0 else ""
    number = float(before) if before.isdigit() else lengths.numbers.get(before)
    if number is None and k + 1 < len(tokens) and tokens[k] in lengths.minutes:
        after = tokens[k + 1]  # "жду минут сорок": about forty minutes
        number = float(after) if after.isdigit() else lengths.numbers.get(after)
    if tokens[k] in lengths.hours:
        return 60.0 * (number if number is not None else 1.0)
    return number


def _with_wait_lengths(tokens: tuple[str, ...], named: list[Match], lang: str) -> list[Match]:
    """``named`` with each wait told by its length judged by it (see WAIT_MINUTES)."""
    lengths, brief = _wait_lengths(lang), _brief(lang)
    units = lengths.units
    if units.isdisjoint(_words_of(tokens)):
        return named
    waits = [m for m in named if m.section in _WAIT_SECTIONS and _waits(m, lengths)]
    if not waits and lengths.late_by.isdisjoint(_words_of(tokens)):
        return named
    added: list[Match] = []
    booked: set[int] = set()
    # the waits by where they stand, to find those of each unit's clause by bisection (each
    # unit looked through every wait of the text: "Ждали час. " pasted 320 times, 14.6x the
    # steps of 40); ``near`` keeps the order of ``waits``
    order = sorted(range(len(waits)), key=lambda i: waits[i].start)
    starts = [waits[i].start for i in order]
    for k in _positions(tokens, units):
        minutes = _wait_minutes(tokens, k, lengths)
        if minutes is None or any(brief.visit(t) for t in tokens[k + 1 : k + 3]):
            continue  # "a five minute appointment" is the visit's length (see BRIEF)
        if tokens[k] in lengths.minutes and not lengths.hours.isdisjoint(tokens[max(0, k - 4) : k]):
            continue  # "an hour and forty minutes": told by its hours
        start = k - len(_clause_words(tokens, k, -1, _WAIT_REACH)) + 1
        end = k + len(_clause_words(tokens, k, 1, _WAIT_REACH))
        # the word of waiting is another word than the unit ("годину -0.5" names the wait
        # by itself: "кружляла пів години" looking for a parking space is no wait)
        at = sorted(order[bisect_left(starts, start) : bisect_left(starts, end)])
        near = [waits[i] for i in at if waits[i].start != k]
        if not near:
            if _late_by(tokens, k, start, minutes, lengths):
                added.append(Match(k, 1, tokens[k], _WAIT_LONG_BLAME, _WAITING_VALUE))
            continue  # "a 10 minute chat", "two hours later the results came"
        # "na wizytę czekałam 55 minut": a wait for the visit told in minutes is in the practice
        booked.update(m.start for m in near if m.section == _SCHEDULING_VALUE)
        bounded = not lengths.bounds.isdisjoint(tokens[max(0, k - 4) : k - 1])
        denied = False
        if not lengths.longer.isdisjoint(tokens[max(0, k - 4) : k - 1]):
            # "не стояла дольше пяти минут": a bound only where denied (see WAIT_LONGER)
            denied = not lengths.never.isdisjoint(tokens[start:end])
            bounded = denied
        late = not lengths.late.isdisjoint(tokens[k + 1 : k + 3])
        # a short wait credits only where a word of waiting tells it ("waited 5 minutes", not
        # "опоздала на 5 минут", the patient late), or a wait denied longer than it
        waited = denied or any(w.startswith(lengths.words) for m in near for w in m.term.split())
        if waited and (
            (minutes <= _WAIT_SHORT and not late) or (bounded and minutes <= _WAIT_LONG)
        ):
            # "waited 5 minutes": the blame of the word of waiting is taken back
            blamed = sum(min(0.0, _weight(m.value)) for m in near)
            value = str(_WAIT_SHORT_PRAISE - blamed)
        elif minutes >= _WAIT_LONG and not bounded:
            value = _WAIT_LONG_BLAME
        else:
            continue
        added.append(Match(k, 1, tokens[k], value, _WAITING_VALUE))
    if not added:
        return named
    named = [m for m in named if m.start not in booked or m.section != _SCHEDULING_VALUE]
    return sorted([*named, *added], key=lambda m: m.start)


# What a wait is of (session 26, the lead's convention): waiting is time spent at the practice
# on the day; a wait told in days, weeks or months ([wait_days], the units; "ждала неделю",
# "czekałam 3 tygodnie", "waited a month", "等了一个星期") is never that. It is the wait for
# results, reports or records (communication) where its sentence or the one before names them
# ([results]: "Wyniki miały być następnego dnia, czekałam tydzień", "Copy of my records: why did
# I wait a month for it?"), and else the wait for a visit or a test to be had (scheduling:
# "na USG czekałam 3 tygodnie", "очередь на МРТ две недели"). Years are the patient's past, not
# a wait of this practice, and stay as they are.
WAIT_DAYS = "wait_days"


@cache
def _length_words(lang: str) -> frozenset[str]:
    """The words without one of which _with_brief_visits, _with_wait_lengths and
    _with_long_waits find nothing: the units of a visit told short (BRIEF), of a wait told by
    its length (WAIT_MINUTES, WAIT_HOURS) and of a wait told in days (WAIT_DAYS)."""
    return _brief(lang).units | _wait_lengths(lang).units | _wait_days(lang)


@cache
def _wait_days(lang: str) -> frozenset[str]:
    return frozenset(term for term, _ in load_sections(f"aspects_{lang}").get(WAIT_DAYS, []))


def _awaited(told: Sequence[str], lang: str) -> str:
    """The aspect a wait of days is of: communication where ``told`` (its sentence and the one
    before, as words) names results, else scheduling (see WAIT_DAYS)."""
    stems = _results(lang)
    if lang == "zh":
        named = any(stem in text for stem in stems for text in told)
    else:
        named = any(word.startswith(stems) for word in told) if stems else False
    return _COMMUNICATION_VALUE if named else _SCHEDULING_VALUE


def _nearest(positions: list[int], at: int) -> float:
    """How far from ``at`` the nearest of ``positions`` (sorted) stands (inf: none)."""
    i = bisect_left(positions, at)
    return min((abs(p - at) for p in positions[max(0, i - 1) : i + 1]), default=math.inf)


def _with_long_waits(tokens: tuple[str, ...], named: list[Match], lang: str) -> list[Match]:
    """``named`` with each term of waiting beside a length in days turned to what the wait is
    of (see WAIT_DAYS)."""
    units = _wait_days(lang)
    if units.isdisjoint(_words_of(tokens)):
        return named
    turned: dict[int, str] = {}
    hours = _positions(tokens, _wait_lengths(lang).units)
    # the terms of waiting, the sentence marks and the hours found by bisection, not walked
    # for each length ("Ждала неделю результатов. " pasted 320 times: 18x the steps of 40)
    waits = [m for m in named if m.section == _WAITING_VALUE]
    order = sorted(range(len(waits)), key=lambda i: waits[i].start)
    starts = [waits[i].start for i in order]
    dots = _positions(tokens, {"."})
    for k in _positions(tokens, units):
        start = k - len(_clause_words(tokens, k, -1, _WAIT_REACH)) + 1
        end = k + len(_clause_words(tokens, k, 1, _WAIT_REACH))
        at = sorted(order[bisect_left(starts, start) : bisect_left(starts, end)])
        near = [waits[i] for i in at]
        if not near:
            continue  # "через неделю перестали кровить": a week, not a wait
        ends = bisect_left(dots, start)  # the sentence marks before the clause
        told = tokens[(dots[ends - 2] + 1 if ends > 1 else 0) : end]
        for m in near:
            # "took a month and then I waited 40 minutes on the day": the nearer length is its own
            if _nearest(hours, m.start) >= abs(k - m.start):
                turned[m.start] = _awaited(told, lang)
    if not turned:
        return named
    return [
        m._replace(section=turned[m.start])
        if m.start in turned and m.section == _WAITING_VALUE
        else m
        for m in named
    ]


# Session 32 (amix32): a thing the practice hands over, told as got only after a length of
# weeks ("Opis rezonansu dostałam po trzech tygodniach", "Висновок УЗД отримали тільки через
# десять днів", "Got my results back after three weeks", "报告三个星期后才拿到"): with no word of
# waiting and no judging word it was a fact, and the complaint of a mixed review went missing.
# A length of [delay_units] (a week or more: a weight of 2 is long enough by itself, of 1 only
# where [delay_only] or a verb of lasting marks it; days count by their number, [delay_counts])
# within _DELAY_REACH words after a word of [delay_marks] ("after", "po", "через", "took",
# "trwała") or just before one of [delay_after] ("later", "спустя", "później"), in a clause that
# names results, records or a thing sent ([delayed]: a letter, a referral, a prescription)
# blames the information; in one that names a booking (a scheduling term, or [delayed_booking]:
# "kwalifikacja") it blames the scheduling, only where [delay_only] marks it ("Талон только
# через месяц"; "через месяц записали на контроль" is a plan, not a delay). Not where a term of
# waiting is the length's (WAIT_DAYS reads that) or a term of the clause judges the aspect
# itself (the older phrases: "results took three weeks").
DELAY_UNITS = "delay_units"
DELAY_COUNTS = "delay_counts"
DELAY_MARKS = "delay_marks"
DELAY_LASTED = "delay_lasted"
DELAY_ONLY = "delay_only"
DELAY_AFTER = "delay_after"
DELAY_AHEAD = "delay_ahead"  # "dopiero za miesiąc": a booking put ahead, with "only"
DELAYED = "delayed"
DELAYED_BOOKING = "delayed_booking"
# Session 36 (aspmix36): the day told by its ordinal ("Протокол исследования выдали на
# восемнадцатый день", "видали на вісімнадцятий день", "Opis badania wydali osiemnastego
# dnia"): counting the days from the visit marks the length as a delay by itself. A word of
# [delay_ordinals] (with its number) just before a unit of days counts as a number and as a
# mark of [delay_marks].
DELAY_ORDINALS = "delay_ordinals"
_DELAY_REACH = 5  # words before the length's count a mark may stand at ("after three and a half")
_DELAY_LONG = 10  # days: long enough by themselves; a week (7) needs a mark of "only"
_DELAY_WEEK = 7
_DELAY_BLAME = "-2"  # as a wait told long (_WAIT_LONG_BLAME)
# words either side of the length read as its clause: a pasted document with no commas stays
# linear (tests/analysis/test_long_text_linear.py)
_DELAY_WINDOW = 12


class _DelayWords(NamedTuple):
    units: dict[str, int]  # unit -> 2 (long by itself), 1 (with "only"), 0 (days: by count)
    counts: dict[str, int]  # a word of number -> its value
    marks: frozenset[str]
    lasted: frozenset[str]
    only: frozenset[str]
    after: frozenset[str]
    ahead: frozenset[str]
    delayed: tuple[str, ...]  # stems: results, records and things sent
    booking: tuple[str, ...]
    ordinals: dict[str, int]


@cache
def _delay_words(lang: str) -> _DelayWords:
    sections = load_sections(f"aspects_{lang}")

    def valued(section: str) -> dict[str, int]:
        return {term: int(value) for term, value in sections.get(section, [])}

    def stems(section: str) -> tuple[str, ...]:
        return tuple(term.rstrip("*") for term, _ in sections.get(section, []))

    return _DelayWords(
        valued(DELAY_UNITS),
        valued(DELAY_COUNTS),
        _written(lang, DELAY_MARKS),
        _written(lang, DELAY_LASTED),
        _written(lang, DELAY_ONLY),
        _written(lang, DELAY_AFTER),
        _written(lang, DELAY_AHEAD),
        (*_results(lang), *stems(DELAYED)),
        stems(DELAYED_BOOKING),
        valued(DELAY_ORDINALS),
    )


def _delay_length(tokens: tuple[str, ...], k: int, words: _DelayWords) -> tuple[int, int]:
    """(where the length told by the unit at ``k`` starts, how long it is: 2 long by itself,
    1 long with a mark of "only", 0 not a delay)."""
    weight = words.units[tokens[k]]
    start = k
    count = 0
    if k > 0:
        before = tokens[k - 1]
        if before.isdigit():
            count, start = int(before), k - 1
        elif before in words.counts:
            count, start = words.counts[before], k - 1
        elif before in words.ordinals:
            count, start = words.ordinals[before], k - 1
    if weight == 0:  # days: as many as a week at least
        weight = 2 if count >= _DELAY_LONG else 1 if count >= _DELAY_WEEK else 0
    return start, weight


def _with_late_delivery(tokens: tuple[str, ...], named: list[Match], lang: str) -> list[Match]:
    """``named`` and a complaint at each thing handed over only after weeks (see DELAY_UNITS)."""
    words = _delay_words(lang)
    if not words.units or words.units.keys().isdisjoint(_words_of(tokens)):
        return named
    added = []
    ordered = sorted(named, key=_start)
    starts = [m.start for m in ordered]
    for k in _positions(tokens, frozenset(words.units)):
        start, weight = _delay_length(tokens, k, words)
        if weight == 0:
            continue
        before = _clause_words(tokens, start - 1, -1, _DELAY_REACH)
        marked = (
            not words.marks.isdisjoint(before)
            or (k + 1 < len(tokens) and tokens[k + 1] in words.after)
            or tokens[start] in words.ordinals
        )
        # ("Only got an appointment after a month": "only" and a verb of lasting anywhere
        # before the length in its clause)
        earlier = _clause_words(tokens, start - 1, -1, _WAIT_REACH)
        only = not words.only.isdisjoint(earlier)
        lasted = not words.lasted.isdisjoint(earlier)
        ahead = not words.ahead.isdisjoint(before)
        if not (marked or lasted or ahead):
            continue
        # the clause: its words back to the last comma or dot, and on to the next
        first = start - len(_clause_words(tokens, start - 1, -1, _DELAY_WINDOW))
        last = k + len(_clause_words(tokens, k, 1, _DELAY_WINDOW))
        clause = tokens[first:last]
        inside = ordered[bisect_left(starts, first) : bisect_left(starts, last)]
        if any(m.section == _WAITING_VALUE for m in inside):
            continue  # "waited three weeks for the results": the wait's (WAIT_DAYS)
        if any(word.startswith(words.delayed) for word in clause) and (marked or lasted):
            aspect = _COMMUNICATION_VALUE
            if weight < 2 and not (only or lasted):
                continue
        elif any(m.section == _SCHEDULING_VALUE for m in inside) or any(
            word.startswith(words.booking) for word in clause if words.booking
        ):
            aspect = _SCHEDULING_VALUE
            if not (only or lasted):
                continue  # "через месяц записали на контроль": a plan
        else:
            continue
        if any(m.section == aspect and _judging_value(m.value) for m in inside):
            continue  # a term of its own judges it already ("results took three weeks")
        added.append(
            Match(start, k + 1 - start, " ".join(tokens[start : k + 1]), _DELAY_BLAME, aspect)
        )
    return sorted([*named, *added], key=lambda m: m.start) if added else named


# Session 36 (aspmix36, probe49): the tries a patient made to reach the practice, counted
# ("Four phone calls and two emails to get an appointment", "I rang six times before anyone
# picked up", "Четыре звонка и два письма, чтобы записаться", "Cztery telefony i dwa maile"):
# with no judging word the count was a fact, and the complaint of a mixed review went missing.
# A count of three or more (digits, or a word of [tries_counts] with its value) just before a
# noun of a try ([tries]: calls, emails, messages; one word may stand between: "four phone
# calls"), or before a word of times ([tries_times]) in a clause with a verb of calling or
# writing ([tries_calling], stems), blames the booking where its sentence names a booking (a
# scheduling term), the information where it names the information (a call never returned)
# or it or the sentence before names results ("Never got my test results. Called three
# times": calls about results are the information's in the labels), else the front desk.
# Not where a person is named before the count in its clause ("The nurse rang three times to
# check on me": the practice's tries, not the patient's), nor where a term of the sentence
# judges that aspect already.
TRIES, TRIES_COUNTS, TRIES_TIMES, TRIES_CALLING = (
    "tries",
    "tries_counts",
    "tries_times",
    "tries_calling",
)
_TRIES_LEAST = 3
_TRIES_REACH = 6  # words either side of the count, within its clause, for the verb of calling
_TRIES_BLAME = "-2"


class _TriesWords(NamedTuple):
    tries: frozenset[str]
    counts: dict[str, int]
    times: frozenset[str]
    calling: tuple[str, ...]  # stems


@cache
def _tries_words(lang: str) -> _TriesWords:
    sections = load_sections(f"aspects_{lang}")
    return _TriesWords(
        _written(lang, TRIES),
        {term: int(value) for term, value in sections.get(TRIES_COUNTS, [])},
        _written(lang, TRIES_TIMES),
        tuple(term.rstrip("*") for term, _ in sections.get(TRIES_CALLING, [])),
    )


def _count_of(token: str, counts: dict[str, int]) -> int:
    """The number a token writes: its digits (under 1,000) or a count word of ``counts``."""
    return int(token) if token.isdigit() and len(token) < 4 else counts.get(token, 0)


def _with_counted_tries(tokens: tuple[str, ...], named: list[Match], lang: str) -> list[Match]:
    """``named`` and a complaint at each count of the patient's tries to reach the practice
    (see TRIES)."""
    words = _tries_words(lang)
    nouns = words.tries | words.times
    if not nouns or nouns.isdisjoint(_words_of(tokens)):
        return named
    ends, sentences = _by_sentence(tokens, named)
    people = {m.start for m in named if m.section in _PEOPLE_VALUES}
    results = _results(lang)
    added = []
    blamed: set[int] = set()  # the sentences blamed already
    for k in _positions(tokens, nouns):
        start = k - 1
        if start < 0:
            continue
        if _count_of(tokens[start], words.counts) < _TRIES_LEAST:
            start = k - 2  # "four phone calls", "on five separate mornings" (session 38)
        if (
            start < 0
            or tokens[start] in _MARKS
            or _count_of(tokens[start], words.counts) < _TRIES_LEAST
        ):
            continue
        back = _clause_words(tokens, start - 1, -1, _TRIES_REACH)
        if any(j in people for j in range(start - len(back), start)):
            continue  # "the nurse rang three times": the practice's tries
        if tokens[k] not in words.tries:
            around = [*back, *_clause_words(tokens, k + 1, 1, _TRIES_REACH)]
            if not words.calling or not any(w.startswith(words.calling) for w in around):
                continue  # "three times": of calling only
        i = bisect_left(ends, k)
        if i in blamed:
            continue
        inside = sentences[i]
        if any(m.section == _SCHEDULING_VALUE for m in inside):
            aspect = _SCHEDULING_VALUE
        elif any(m.section == _COMMUNICATION_VALUE for m in inside) or (
            results
            and any(w.startswith(results) for w in tokens[max(0, ends[max(0, i - 2)]) : ends[i]])
        ):
            # "Called three times about my results", "Dzwoniłam trzy razy, nikt nie oddzwonił"
            aspect = _COMMUNICATION_VALUE
        else:
            aspect = _RECEPTION_VALUE
        if any(m.section == aspect and _judging_value(m.value) for m in inside):
            continue
        blamed.add(i)
        added.append(
            Match(start, k + 1 - start, " ".join(tokens[start : k + 1]), _TRIES_BLAME, aspect)
        )
    return sorted([*named, *added], key=lambda m: m.start) if added else named


# Session 37 (aspmix37, issue 19): the same work done again, counted ("Пломбу ставили три раза",
# "Tę samą plombę zakładali trzy razy", "had the crown refitted three times", "补了三次"): with
# no judging word the count was a fact, and the complaint of a mixed review went missing. A
# count of two or more (digits, a word of [tries_counts] or [redone_counts]) just before a word
# of times ([tries_times]), or a word of "twice" ([redone_twice]), in a clause that names a
# treatment ([cared], stems) blames the outcome: the care had to be done again. Not where a
# word of [redone_not] stands in the clause ("every time", "всегда", "only twice": visits
# counted, or few), nor where a term of the sentence judges the outcome already. Words of
# redoing alone ("redone", 重做) are not read so: a test redone after the desk's wrong advice,
# or a bill to get it redone, blames the desk or the price.
REDONE_COUNTS, REDONE_TWICE, REDONE_NOT = "redone_counts", "redone_twice", "redone_not"
_REDONE_LEAST = 2
_REDONE_REACH = 6  # words either side of the count, within its clause, for the treatment
_REDONE_BLAME = "-2"
# ... nor where the clause names what was counted instead: a booking moved, a price asked, the
# information or the desk ("Trzy razy przesuwali mi termin zabiegu")
_REDONE_OTHERS = frozenset(
    (_SCHEDULING_VALUE, _PRICE_VALUE, _COMMUNICATION_VALUE, _RECEPTION_VALUE)
)


class _RedoneWords(NamedTuple):
    counts: dict[str, int]
    times: frozenset[str]
    twice: frozenset[str]
    denied: frozenset[str]
    cared: tuple[str, ...]  # stems


@cache
def _redone_words(lang: str) -> _RedoneWords:
    sections = load_sections(f"aspects_{lang}")
    counts = {term: int(value) for term, value in sections.get(TRIES_COUNTS, [])}
    counts.update((term, int(value)) for term, value in sections.get(REDONE_COUNTS, []))
    return _RedoneWords(
        counts,
        _written(lang, TRIES_TIMES),
        _written(lang, REDONE_TWICE),
        _written(lang, REDONE_NOT),
        tuple(term.rstrip("*") for term in _written(lang, CARED)),
    )


def _with_redone(tokens: tuple[str, ...], named: list[Match], lang: str) -> list[Match]:
    """``named`` and a complaint of the outcome at each count of the same care done again (see
    REDONE_COUNTS)."""
    words = _redone_words(lang)
    nouns = words.times | words.twice
    if not words.cared or not nouns or nouns.isdisjoint(_words_of(tokens)):
        return named
    ends, sentences = _by_sentence(tokens, named)
    added = []
    blamed: set[int] = set()  # the sentences blamed already
    for k in sorted(_positions(tokens, nouns)):
        start = k
        if tokens[k] in words.times:
            if _count_of(tokens[k - 1] if k > 0 else "", words.counts) < _REDONE_LEAST:
                continue
            start = k - 1
        i = bisect_left(ends, k)
        if i in blamed:
            continue
        clause = [
            *_clause_words(tokens, start - 1, -1, _REDONE_REACH),
            *_clause_words(tokens, k + 1, 1, _REDONE_REACH),
        ]
        if not words.denied.isdisjoint(clause):
            continue  # "every time", "only twice"
        if not any(w.startswith(words.cared) for w in clause):
            continue  # "I rang three times": no care done again
        first, last = start - _REDONE_REACH, k + _REDONE_REACH
        if any(first <= m.start <= last and m.section in _REDONE_OTHERS for m in sentences[i]):
            continue  # "Asked twice what the injection would cost", "przesuwali termin zabiegu"
        if any(m.section == _OUTCOME_VALUE and _judging_value(m.value) for m in sentences[i]):
            continue
        blamed.add(i)
        added.append(
            Match(
                start, k + 1 - start, " ".join(tokens[start : k + 1]), _REDONE_BLAME, _OUTCOME_VALUE
            )
        )
    return sorted([*named, *added], key=lambda m: m.start) if added else named


# Session 38 (aspmix38, probe50): a promise against what happened, told by counts ("They said
# I'd be seen within the week. It was five weeks.", "Результаты обещали через неделю, прошло уже
# три", "Told the crown would cost around £400. The bill came to £620"): with no judging word
# both sentences were facts, and the complaint of a mixed review went missing. A word of
# promising ([promised]: said, told, promised, quoted, обещали, obiecali) with a length (a count
# and a unit of [promise_units], valued in minutes; a unit alone is one: "a week", "неделю") or
# an amount (digits, 100 or more) after it in its clause is the promise; the first count of the
# same kind after it, in its sentence or the next (a count alone takes the promise's unit: "It
# took nine", "прошло уже три"), is what happened. Half as much again as the promise or more
# (an amount: a tenth more) blames: the price for an amount; for a length, the information
# where the two sentences name it or results, else the booking or the wait they name, else the
# wait for minutes and hours and the booking for longer. Not where a term of the later
# sentence blames that aspect already; a promise kept or bettered says nothing here.
PROMISED, PROMISE_UNITS, PROMISE_COUNTS = "promised", "promise_units", "promise_counts"
_PROMISE_REACH = 10  # words after the word of promising, within its sentence, for its length
_PROMISE_LATER = 1.5  # what happened, at least this many times the promise (a length)
_PROMISE_DEARER = 1.1  # ... an amount
_PROMISE_BLAME = "-2"
_HOUR_MINUTES = 60
_DAY_MINUTES = 24 * _HOUR_MINUTES


class _PromiseWords(NamedTuple):
    promised: frozenset[str]
    units: dict[str, int]  # unit -> minutes
    counts: dict[str, int]


@cache
def _promise_words(lang: str) -> _PromiseWords:
    sections = load_sections(f"aspects_{lang}")
    counts = {term: int(value) for term, value in sections.get(TRIES_COUNTS, [])}
    for section in (DELAY_COUNTS, REDONE_COUNTS, PROMISE_COUNTS):
        counts.update({term: int(value) for term, value in sections.get(section, [])})
    return _PromiseWords(
        _written(lang, PROMISED),
        {term: int(value) for term, value in sections.get(PROMISE_UNITS, [])},
        counts,
    )


def _told_count(tokens: tuple[str, ...], k: int, counts: dict[str, int]) -> tuple[int, int]:
    """(the count ending at ``k``, where it starts): digits, a count word, or tens and units
    ("forty five"); (0, k + 1) where ``k`` holds none."""
    if k < 0:
        return 0, k + 1
    value = _count_of(tokens[k], counts)
    if not value:
        return 0, k + 1
    tens = _count_of(tokens[k - 1], counts) if k > 0 else 0
    if value < 10 and tens >= 20 and tens % 10 == 0:
        return tens + value, k - 1
    return value, k


def _promise_length(tokens: tuple[str, ...], k: int, words: _PromiseWords) -> tuple[int, int, int]:
    """(minutes, where the length starts, where it ends) of a unit at ``k`` ("two days", "a
    week", "неделю"): a unit with no count before it is one."""
    count, start = _told_count(tokens, k - 1, words.counts)
    return (max(count, 1) * words.units[tokens[k]], start, k + 1)


def _promised_and_done(
    tokens: tuple[str, ...], p: int, end: int, words: _PromiseWords
) -> tuple[str, float, float, int, int] | None:
    """(kind, promised, done, where the promise's length starts, where what was done ends) of
    the word of promising at ``p`` whose sentence or the next runs to ``end``."""
    unit = 0
    promised = 0.0
    kind = ""
    k = p + 1
    first = 0
    while k < end and k <= p + _PROMISE_REACH and tokens[k] != ".":
        token = tokens[k]
        if token in words.units:
            minutes, first, k = _promise_length(tokens, k, words)
            promised, unit, kind = float(minutes), words.units[token], "time"
            break
        if token.isdigit() and len(token) < 7 and int(token) >= _PRICE_LEAST:
            promised, first, kind, k = float(token), k, "money", k + 1
            break
        k += 1
    if not kind:
        return None
    while k < end:
        token = tokens[k]
        if token in words.promised:
            return None  # a second promise: not what happened
        if kind == "money":
            if token.isdigit() and len(token) < 7 and int(token) >= _PRICE_LEAST:
                return kind, promised, float(token), first, k + 1
        elif token in words.units:
            return kind, promised, float(_promise_length(tokens, k, words)[0]), first, k + 1
        else:
            count, _ = _told_count(tokens, k, words.counts)
            after = tokens[k + 1] if k + 1 < len(tokens) else "."
            if count > 1 and after not in words.units and _count_of(after, words.counts) == 0:
                if after in _MARKS:  # "It took nine.", "прошло уже три": the promise's unit
                    return kind, promised, float(count * unit), first, k + 1
        k += 1
    return None


def _with_broken_promise(tokens: tuple[str, ...], named: list[Match], lang: str) -> list[Match]:
    """``named`` and a complaint at what happened where it was far from what was promised
    (see PROMISED)."""
    words = _promise_words(lang)
    if not words.promised or words.promised.isdisjoint(_words_of(tokens)):
        return named
    ends, sentences = _by_sentence(tokens, named)
    results = _results(lang)
    added = []
    blamed: set[int] = set()  # the sentences blamed already
    for p in _positions(tokens, words.promised):
        i = bisect_left(ends, p)
        end = ends[min(i + 1, len(ends) - 1)]  # the end of the next sentence
        found = _promised_and_done(tokens, p, end, words)
        if found is None:
            continue
        kind, promised, done, first, last = found
        j = bisect_left(ends, last - 1)
        if j in blamed:
            continue
        if kind == "money":
            if done < promised * _PROMISE_DEARER:
                continue
            aspect = _PRICE_VALUE
        else:
            if done < promised * _PROMISE_LATER:
                continue
            sections = {m.section for m in (*sentences[i], *sentences[j])}
            told = tokens[ends[i - 1] + 1 if i > 0 else 0 : ends[j]]
            if _COMMUNICATION_VALUE in sections or (
                results and any(w.startswith(results) for w in told)
            ):
                aspect = _COMMUNICATION_VALUE
            elif _SCHEDULING_VALUE in sections:
                aspect = _SCHEDULING_VALUE
            elif _WAITING_VALUE in sections or promised < _DAY_MINUTES:
                aspect = _WAITING_VALUE
            else:
                aspect = _SCHEDULING_VALUE
        if any(m.section == aspect and _weight(m.value) <= _UNMET for m in sentences[j]):
            continue  # "It took nine days, a disgrace": blamed already
        blamed.add(j)
        start = max(first, ends[j - 1] + 1 if j > 0 else 0)
        added.append(
            Match(start, last - start, " ".join(tokens[start:last]), _PROMISE_BLAME, aspect)
        )
    return sorted([*named, *added], key=lambda m: m.start) if added else named


# Session 39 (aspmix39, issue 19): the mirror of PROMISED, a thing done well within what was
# promised or expected ("Blood results back in 2 days, I expected a week", "The biopsy results
# came back in 10 days, I was told to expect a month", "Они сказали, что анализы будут через
# неделю, а пришли через два дня"): a length at most half the length told after a word of
# promising or expecting ([promised]) in the same sentence credits the information where the
# sentence names results or a thing sent (as DELAY_UNITS: it is not then read as a delay),
# the booking where it names a booking, the wait where it names the wait. Not where a term of
# the sentence judges that aspect already.
_EARLY_SHARE = 0.5  # what happened, at most this share of what was promised
_EARLY_PRAISE = "1.5"


def _with_early_delivery(tokens: tuple[str, ...], named: list[Match], lang: str) -> list[Match]:
    """``named`` and praise at what was done well within what was promised (see _EARLY_SHARE)."""
    words = _promise_words(lang)
    if not words.promised or words.promised.isdisjoint(_words_of(tokens)):
        return named
    ends, sentences = _by_sentence(tokens, named)
    results = _results(lang)
    delayed = _delay_words(lang).delayed
    added = []
    for p in _positions(tokens, words.promised):
        i = bisect_left(ends, p)
        first, last = ends[i - 1] + 1, ends[i]
        told = next(
            (
                k
                for k in range(p + 1, min(last, p + 1 + _PROMISE_REACH))
                if tokens[k] in words.units
            ),
            -1,
        )
        if told < 0:
            continue
        promised, start, end = _promise_length(tokens, told, words)
        done = next(
            (
                _promise_length(tokens, k, words)
                for k in range(first, last)
                if tokens[k] in words.units
                and not start <= k < end
                and _promise_length(tokens, k, words)[0] <= promised * _EARLY_SHARE
            ),
            None,
        )
        if done is None:
            continue
        sections = {m.section for m in sentences[i]}
        sentence = tokens[first:last]
        if (
            _COMMUNICATION_VALUE in sections
            or (results and any(w.startswith(results) for w in sentence))
            or (delayed and any(w.startswith(delayed) for w in sentence))
        ):
            aspect = _COMMUNICATION_VALUE
        elif _SCHEDULING_VALUE in sections:
            aspect = _SCHEDULING_VALUE
        elif _WAITING_VALUE in sections:
            aspect = _WAITING_VALUE
        else:
            continue
        if any(m.section == aspect and _judging_value(m.value) for m in sentences[i]):
            continue  # a term of its own judges it already
        _, at, stop = done
        added.append(Match(at, stop - at, " ".join(tokens[at:stop]), _EARLY_PRAISE, aspect))
    return sorted([*named, *added], key=lambda m: m.start) if added else named


# Session 38 (aspmix38, probe50): the Chinese promise against what happened (see PROMISED):
# "说一周内安排，结果等了五周才终于排上", "护士说三天出结果，结果等了九天",
# "事先说种一颗牙大概八千，最后结账一万二". A word of promising with a length (a count and a
# unit) or an amount after it in its sentence, and a count of the same kind later in the
# sentence, half as much again or more (an amount: a tenth more), blames as in the other
# languages; the wait the promise told ("说最多等十分钟") is no wait had, and is not praised.
_ZH_NUMERAL_CHARS = "零一二三四五六七八九十两百千万几"
_ZH_NUMERAL = rf"(?:\d+|[{_ZH_NUMERAL_CHARS}]+)"
_ZH_PROMISE = re.compile(
    r"(?:说好的?|说是|说|承诺|答应|保证|告诉我|号称|预计|报价)[^，,。；;！？!?]{0,10}?"
    rf"(?:(?P<count>{_ZH_NUMERAL})个?(?:多)?(?P<unit>分钟|小时|钟头|天|周|星期|礼拜|月)"
    rf"|(?P<amount>{_ZH_NUMERAL})(?![{_ZH_NUMERAL_CHARS}\d个颗次位岁年号点])(?:元|块)?)"
)
_ZH_DONE_LENGTH = re.compile(
    rf"(?P<count>{_ZH_NUMERAL})个?(?:多)?(?P<unit>分钟|小时|钟头|天|周|星期|礼拜|月)"
)
_ZH_DONE_AMOUNT = re.compile(
    r"(?:结账|收了|收我|花了|付了|交了|最后|结果|实际|一共|总共)[^，,。；;！？!?]{0,6}?"
    rf"(?P<amount>{_ZH_NUMERAL})"
)
_ZH_UNIT_MINUTES = {
    "分钟": 1,
    "小时": _HOUR_MINUTES,
    "钟头": _HOUR_MINUTES,
    "天": _DAY_MINUTES,
    "周": 7 * _DAY_MINUTES,
    "星期": 7 * _DAY_MINUTES,
    "礼拜": 7 * _DAY_MINUTES,
    "月": 30 * _DAY_MINUTES,
}
_ZH_RESULTS = ("报告", "化验", "出结果", "结果出", "片子", "病理")
_ZH_BOOKING = ("安排", "排上", "约", "挂号", "号")


def _with_zh_broken_promise(sentence: str, named: list[Match]) -> list[Match]:
    """``named`` and a complaint at what happened where it was far from what the sentence
    says was promised (see _ZH_PROMISE)."""
    found = _ZH_PROMISE.search(sentence)
    if found is None:
        return named
    if found.group("unit"):
        promised = _zh_count(found.group("count")) * _ZH_UNIT_MINUTES[found.group("unit")]
        done = _ZH_DONE_LENGTH.search(sentence, found.end())
        value = _zh_count(done.group("count")) * _ZH_UNIT_MINUTES[done.group("unit")] if done else 0
        if done is None or not promised or value < promised * _PROMISE_LATER:
            return named
        sections = {m.section for m in named}
        if any(w in sentence for w in _ZH_RESULTS):
            aspect = _COMMUNICATION_VALUE
        elif _SCHEDULING_VALUE in sections or any(w in sentence for w in _ZH_BOOKING):
            aspect = _SCHEDULING_VALUE
        elif _COMMUNICATION_VALUE in sections:
            aspect = _COMMUNICATION_VALUE
        elif _WAITING_VALUE in sections or promised < _DAY_MINUTES:
            aspect = _WAITING_VALUE
        else:
            aspect = _SCHEDULING_VALUE
    else:
        promised = _zh_count(found.group("amount"))
        done = _ZH_DONE_AMOUNT.search(sentence, found.end())
        value = _zh_count(done.group("amount")) if done else 0
        if done is None or promised < _PRICE_LEAST or value < promised * _PROMISE_DEARER:
            return named
        aspect = _PRICE_VALUE
    start, end = found.span()
    kept = [  # the promised wait is not a wait had: not its praise
        m
        for m in named
        if not (m.section == _WAITING_VALUE and start <= m.start < end and _weight(m.value) > 0)
    ]
    if any(m.section == aspect and _weight(m.value) <= _UNMET for m in kept):
        return kept
    at, stop = done.span()
    kept.append(Match(at, stop - at, done.group(), _PROMISE_BLAME, aspect))
    return sorted(kept, key=_start)


# Session 32 (amix32): pain after the practice's care, told as a fact ("The tooth has ached every
# night since the filling", "Неделю после пломбы зуб ноет по ночам", "Od założenia plomby ząb
# boli w nocy", "补完牙以后晚上一直疼"): a word of hurting now ([hurting]: present forms, not
# "hurt" of the day of the visit) in a sentence that names a treatment ([cared]) just after a
# word of "after" or "since" ([cared_after]) blames the outcome, unless a word of [hurting_not]
# stands just before it ("no longer hurts", "не болит", "już nie boli") or a term of the
# sentence judges the outcome already.
HURTING = "hurting"
HURTING_NOT = "hurting_not"
HURTING_LESS = "hurting_less"  # "болит гораздо меньше", "hurts less": better, not worse
_HURTING_LESS_REACH = 3  # words after the word of hurting ("болит гораздо меньше")
CARED = "cared"
CARED_AFTER = "cared_after"
_CARED_REACH = 2  # words between the word of "after" and the treatment ("after the filling")
_HURTING_NOT_REACH = 2
_CARED_AFTER_SPAN = 2 + _CARED_REACH  # "after the deep clean": the words a pain's treatment takes
_HURTING_BLAME = "-2"


class _PainWords(NamedTuple):
    hurting: frozenset[str]
    denied: frozenset[str]
    less: frozenset[str]
    cared: tuple[str, ...]  # stems
    after: frozenset[str]


@cache
def _pain_words(lang: str) -> _PainWords:
    stems = tuple(term.rstrip("*") for term in _written(lang, CARED))
    return _PainWords(
        _written(lang, HURTING),
        _written(lang, HURTING_NOT),
        _written(lang, HURTING_LESS),
        stems,
        _written(lang, CARED_AFTER),
    )


def _treated_before(tokens: tuple[str, ...], words: _PainWords, first: int, last: int) -> bool:
    """Whether the sentence ``tokens[first:last]`` names a treatment after a word of "after"
    ("after the filling", "після пломбування"): the care a pain or its absence follows."""
    return any(
        tokens[j].startswith(words.cared)
        and not words.after.isdisjoint(tokens[max(first, j - 1 - _CARED_REACH) : j])
        for j in range(first, last)
    )


def _outcome_judged(ordered: list[Match], starts: list[int], first: int, last: int) -> bool:
    """Whether a term between tokens ``first`` and ``last`` (``ordered`` by start, ``starts``
    their starts) judges the outcome already ("still hurts", "pain free")."""
    return any(
        m.section == _OUTCOME_VALUE and _judging_value(m.value)
        for m in ordered[bisect_left(starts, first) : bisect_left(starts, last)]
    )


def _with_pain_after_care(tokens: tuple[str, ...], named: list[Match], lang: str) -> list[Match]:
    """``named`` and a complaint of the outcome at each pain after a treatment (see HURTING)."""
    words = _pain_words(lang)
    if not words.cared or words.hurting.isdisjoint(_words_of(tokens)):
        return named
    added = []
    ordered = sorted(named, key=_start)
    starts = [m.start for m in ordered]
    for k in _positions(tokens, words.hurting):
        if not words.denied.isdisjoint(tokens[max(0, k - _HURTING_NOT_REACH) : k]):
            continue
        first, last = _sentence_start_token(tokens, k), _sentence_end_token(tokens, k)
        reach = k + 1 + _HURTING_LESS_REACH
        if k + 1 < last and tokens[k + 1] in words.after:
            reach += _CARED_AFTER_SPAN  # "the pain after the surgery went": past its treatment
        if not words.less.isdisjoint(tokens[k + 1 : min(reach, last)]):
            continue  # "После трёх сеансов колено болит гораздо меньше": the outcome's praise
        if not _treated_before(tokens, words, first, last):
            continue
        if _outcome_judged(ordered, starts, first, last):
            continue  # a term of its own judges the outcome already ("still hurts")
        added.append(Match(k, 1, tokens[k], _HURTING_BLAME, _OUTCOME_VALUE))
    return sorted([*named, *added], key=lambda m: m.start) if added else named


# PAIN_GONE (session 34, aspen34, probe47en/uk): the mirror of HURTING, the result of a treatment
# praised through the pain it no longer gives: a word of pain ([hurting] or [hurting_gone]:
# "hurt", "twinge", "pain", "заболіло", read only so) denied just before it ([hurting_not] or
# [hurting_gone_not]: "hasn't", "neither", "barely", "жодного", within _GONE_NOT_REACH words)
# after a treatment (a [cared] word after "after" or "since" in the sentence, or a [cared] word
# in the sentence or the one before it and a word of [hurting_gone_since] near the pain:
# "since", "anymore", "відтоді"). "After the root canal the tooth doesn't hurt at all anymore",
# "Had two fillings done in March and neither has given me a twinge since", "Root canal last
# month. Not a twinge since" praise the outcome, unless a term of the sentence judges it
# already. Pain denied "during" the treatment is the care of the day, not a result: without
# those words it is not read.
HURTING_GONE = "hurting_gone"
HURTING_GONE_NOT = "hurting_gone_not"
HURTING_GONE_SINCE = "hurting_gone_since"
_GONE_NOT_REACH = 4
_GONE_SINCE_REACH = 4
_PAIN_GONE_PRAISE = "2"


def _with_pain_gone_after_care(
    tokens: tuple[str, ...], named: list[Match], lang: str
) -> list[Match]:
    """``named`` and a praise of the outcome at each pain denied after a treatment (PAIN_GONE)."""
    gone = _written(lang, HURTING_GONE)
    if not gone:
        return named
    words = _pain_words(lang)
    present = _words_of(tokens)
    pains = words.hurting | gone
    if pains.isdisjoint(present):
        return named
    denials = words.denied | _written(lang, HURTING_GONE_NOT)
    since = _written(lang, HURTING_GONE_SINCE)
    added = []
    ordered = sorted(named, key=_start)
    starts = [m.start for m in ordered]
    for k in _positions(tokens, pains):
        if denials.isdisjoint(tokens[max(0, k - _GONE_NOT_REACH) : k]):
            continue
        first, last = _sentence_start_token(tokens, k), _sentence_end_token(tokens, k)
        after = _treated_before(tokens, words, first, last)
        if not after:
            before = _sentence_start_token(tokens, first - 2) if first >= 2 else first
            told = tokens[max(first, k - _GONE_SINCE_REACH) : k + 1 + _GONE_SINCE_REACH]
            after = not since.isdisjoint(told) and any(
                tokens[j].startswith(words.cared) for j in range(before, last)
            )
        if not after:
            continue
        if _outcome_judged(ordered, starts, first, last):
            continue  # a term of its own judges the outcome already ("pain free")
        added.append(Match(k, 1, tokens[k], _PAIN_GONE_PRAISE, _OUTCOME_VALUE))
    return sorted([*named, *added], key=lambda m: m.start) if added else named


_PAIN_WINDOW = 16  # words either side of the word of hurting read as its sentence (linear)


def _sentence_start_token(tokens: tuple[str, ...], k: int) -> int:
    """Where the sentence of the token at ``k`` starts, at most _PAIN_WINDOW words back."""
    least = max(0, k - _PAIN_WINDOW)
    while k > least and tokens[k - 1] != ".":
        k -= 1
    return k


def _sentence_end_token(tokens: tuple[str, ...], k: int) -> int:
    """Where the sentence of the token at ``k`` ends, at most _PAIN_WINDOW words on."""
    most = min(len(tokens), k + _PAIN_WINDOW)
    while k < most and tokens[k] != ".":
        k += 1
    return k


# The same in Chinese: a treatment done (补完牙, 做完手术, 拔牙后) before a pain still there
# (一直疼, 还疼, 更疼, 老是痛) in its sentence.
_ZH_PAIN_AFTER = re.compile(
    r"(?:补|拔|做|打|种|洗|洁|装|戴|根管|治疗|手术|针灸|理疗|开刀|换药)[^，,。！？；]{0,4}?(?:完|以后|之后|后)"
    r"[^。！？；]{0,12}?(?<!不)(?<!没)(?:一直|还是|还在|还|更|老是|总是|天天|反复)(?:很|有点|会)?(?:疼|痛)"
)


def _with_zh_pain_after_care(sentence: str, named: list[Match]) -> list[Match]:
    """``named`` and a complaint of the outcome at a pain after a treatment (_ZH_PAIN_AFTER)."""
    found = _ZH_PAIN_AFTER.search(sentence)
    if found is None:
        return named
    if any(m.section == _OUTCOME_VALUE and _judging_value(m.value) for m in named):
        return named
    end = found.end()
    return sorted(
        [*named, Match(end - 1, 1, sentence[end - 1], _HURTING_BLAME, _OUTCOME_VALUE)], key=_start
    )


# Chinese names a room, a fee, a desk or a machine by its last character (理疗室, 化验费,
# 分诊台, X光机): a noun the lexicon does not list is read by that head, as a family, so "就是
# 理疗室太小" blames the facilities and "化验费扣了两次" the price. Not where the head is
# followed by 的 (it qualifies the next noun: "B超室的医生", "分诊台的护士"), nor after the
# characters that make it another word (手机, 浪费, 一台, 科室). 科 (内科, 儿科) is not read
# so: it names the doctor, the booking or the ward by what follows it. Session 33 (aspzh33).
_ZH_HEADS: dict[str, str] = {
    "室": Aspect.FACILITIES.value,
    "费": Aspect.PRICE.value,
    "台": Aspect.RECEPTION.value,
    "机": Aspect.FACILITIES.value,
    "仪": Aspect.FACILITIES.value,
}
_ZH_NOT_HEADED: dict[str, frozenset[str]] = {
    "室": frozenset("科教卧浴居"),
    "费": frozenset("浪免缴交付经耗白花"),
    "台": frozenset("一两几手平舞阳电后讲"),
    "机": frozenset("手司时飞危动随契转登待心有生良相微乘"),
    "仪": frozenset("礼司心"),
}
_ZH_HEAD_TAILS = frozenset("的阶会构关场制率劲力事时")
_ZH_HEAD_LETTERS = re.compile(r"[\u4e00-\u9fffa-z0-9]")


def _with_zh_heads(sentence: str, named: list[Match]) -> list[Match]:
    """``named`` and the nouns of ``sentence`` read by their head character (_ZH_HEADS) where no
    term of the lexicon covers the head."""
    found: list[Match] = []
    for k, head in enumerate(sentence):
        aspect = _ZH_HEADS.get(head)
        if aspect is None or k == 0 or sentence[k - 1] in _ZH_NOT_HEADED[head]:
            continue
        if not _ZH_HEAD_LETTERS.match(sentence[k - 1]) or sentence[k + 1 : k + 2] in _ZH_HEAD_TAILS:
            continue
        if any(m.start <= k < m.start + m.length for m in named):
            continue
        found.append(Match(k - 1, 2, sentence[k - 1 : k + 1], aspect, aspect))
    return sorted([*named, *found], key=_start) if found else named


# A degree word before a word the lexicon does not judge (太小, 太挤, 有点偏, 略远, 过于简单):
# in a review such a degree says too much or too little, a complaint of what its clause names,
# the family read whole rather than each adjective listed. Not before a verb of ability (太会哄
# 小朋友), a surprise (太意外了) or the patient's own feelings (有点紧张, 有点担心): those
# praise or tell. Session 33 (aspzh33).
_ZH_DEGREES = frozenset(("太", "太过", "过于", "有点", "有点儿", "有些", "稍微", "略", "稍"))
_ZH_UNDEGREED = frozenset("会能懂意紧担怕害激了的是在有不没很都也就又还给让把被一")
_ZH_DEGREE_BLAME = "-1"


def _with_zh_degrees(sentence: str, said: list[Match], named: list[Match]) -> list[Match]:
    """``said`` and a complaint at each word a degree word of _ZH_DEGREES stands before that
    no sentiment word of the lexicon reads, nor a term of ``named`` that judges ("停车位太少
    -1.5" judges its own)."""
    found: list[Match] = []
    starts = {m.start for m in said}
    starts.update(
        k for m in named if _judging_value(m.value) for k in range(m.start, m.start + m.length)
    )
    for m in said:
        if m.section != "intensifiers" or m.term not in _ZH_DEGREES:
            continue
        at = m.start + m.length
        word = sentence[at : at + 1]
        if at in starts or not word or word in _ZH_UNDEGREED:
            continue
        if not "\u4e00" <= word <= "\u9fff":
            continue
        found.append(Match(at, 1, word, _ZH_DEGREE_BLAME, "words"))
    return sorted([*said, *found], key=_start) if found else said


# A treatment named as the subject of a judgement (胆囊手术做得很顺利, 胃镜做得很快, 拔牙一点都不疼,
# 推拿效果真不错): the treatment is no aspect term (a mention of the operation judges nothing of
# its outcome, session 33), but a treatment opening its clause with a judging word after it,
# through only 做得 / V得 and degree words, is what that word judges: the result of an
# operation, an implant, an examination or a therapy (…手术, 种植牙, …镜, …疗, 矫正, 根管) is the
# outcome; a dental act or a hand's work (拔牙, 补牙, 洗牙, 拔智齿, 针灸, 推拿) the one who did
# it, as 不疼 alone is (aspects_zh.txt), and its 效果 the outcome; a judging word that is an
# aspect's own term judges that aspect ("洗牙洗得很干净": not the hand). Read by the family's
# heads, not phrase by phrase. An examination (检查) is left out: "检查也挺全面" credits no one
# in the tuning rows. Session 34 (aspzh34, probe47zh). Session 39 (aspmix39): the treatment's
# verb alone before 得, its object told before ("种一颗牙……不过种得确实好", "牙套矫正得很好",
# "补得很仔细"): 种, 镶, 治, 矫正 the outcome, 拔, 补, 洗 the hand's, as their nouns; 确实, 的确
# and 真的 are degree words there.
_ZH_TREATED = re.compile(
    r"(?:^|(?<=[，,、；;：:\s]))[\u4e00-\u9fff]{0,3}?"
    r"(?:(?P<outcome>手术|种植牙|[胃肠喉腔鼻]镜|[理化放]疗|矫正|根管治疗|根管)"
    r"|(?P<doctor>[拔补洗洁种镶]牙|拔智齿|针灸|推拿)"
    r"|(?P<done>[种镶治](?=得)|矫正(?=得))|(?P<hand>[拔补洗](?=得)))"
    r"(?:(?:做|拔|补|洗|洁|种|镶|扎|按|推|弄)?[得的])?"
    r"(?:很|非常|特别|挺|相当|十分|超|蛮|真|都|也|还|确实|的确|真的|一点都|一点也|一点儿都|完全|全程|效果)*"
)


# ... and the state after a treatment done ("种植牙做完吃东西完全没问题", "补完牙吃饭没问题了",
# "做完手术走路没问题了"): praise later in its clause, with no aspect term between (做完手术医生
# 讲得很清楚: the doctor's), is the outcome's.
_ZH_TREATMENT = (
    r"(?:手术|种植牙|[胃肠喉腔鼻]镜|[理化放]疗|矫正|根管|[拔补洗洁种镶]牙|拔智齿|针灸|推拿)"
)
_ZH_AFTER_TREATMENT = re.compile(
    rf"[做补拔洗种打]完{_ZH_TREATMENT}|[补拔洗种镶]完牙"
    rf"|{_ZH_TREATMENT}(?:做完|做好|完|后|以后|之后)"
)
_ZH_CLAUSE_END = re.compile(r"[，,。！？；;!?：:]")


def _with_zh_treatments(sentence: str, said: list[Match], named: list[Match]) -> list[Match]:
    """``named`` and a term of the outcome or the doctor at each treatment of ``sentence``
    that opens its clause with a judging word of ``said`` right after it (see _ZH_TREATED),
    and of the outcome at each treatment done that praise follows in its clause."""
    found: list[Match] = []
    # (a judging word that is an aspect's own term judges that aspect: "检查很贵" the price)
    owned = {
        k for m in named if m.section in _ASPECT_OF for k in range(m.start, m.start + m.length)
    }
    judged = [
        m.start
        for m in said
        if m.section == "words" and abs(_weight(m.value)) >= _JUDGED and m.start not in owned
    ]
    for hit in _ZH_AFTER_TREATMENT.finditer(sentence):
        end = _ZH_CLAUSE_END.search(sentence, hit.end())
        stop = end.start() if end else len(sentence)
        praise = next(
            (
                m.start
                for m in said
                if m.section == "words"
                and hit.end() <= m.start < stop
                and _weight(m.value) >= _JUDGED
            ),
            -1,
        )
        if praise < 0 or any(
            m.section in _ASPECT_OF and m.start < praise and hit.start() < m.start + m.length
            for m in named
        ):
            continue  # no praise after it, or an aspect term it falls on ("医生讲得很清楚")
        outcome = Aspect.OUTCOME.value
        found.append(Match(hit.start(), hit.end() - hit.start(), hit.group(0), outcome, outcome))
    for hit in _ZH_TREATED.finditer(sentence):
        group = next(g for g in ("outcome", "doctor", "done", "hand") if hit.group(g))
        at = hit.start(group)
        if not any(hit.end(group) <= k <= hit.end() for k in judged):
            continue  # (the judging word right after the treatment and its degree words)
        aspect = Aspect.OUTCOME.value if group in ("outcome", "done") else Aspect.DOCTOR.value
        if "效果" in hit.group(0):
            aspect = Aspect.OUTCOME.value  # "推拿效果真不错": the effect, not the hand
        if any(
            m.start < hit.end(group) and at < m.start + m.length and m.section in _ASPECT_OF
            for m in [*named, *found]
        ):
            continue  # an aspect term there already (剖腹产手术, 治疗)
        found.append(Match(at, hit.end(group) - at, hit.group(group), aspect, aspect))
    return sorted([*named, *found], key=_start) if found else named


def _judging_value(value: str) -> bool:
    """Whether a term's value is a weight (it judges its aspect), not its section's name."""
    try:
        return float(value) != 0.0
    except ValueError:
        return False


@cache
def _zh_long_wait() -> re.Pattern[str]:
    """A Chinese verb of waiting or queueing, then a length in the units of [wait_days]."""
    units = "|".join(sorted(map(re.escape, _wait_days("zh")), key=len, reverse=True))
    # not a day or half of one ("排了半天队", "等了一天"): the day's wait, as in the other languages
    return re.compile(
        r"(?:等|排)[了着队号]{0,2}[^，,。！？；]{0,4}?"
        rf"(?:\d+|[一二三四五六七八九十两几]{{1,3}})个?多?个?(?:{units})"
        r"(?<![^\d十]一天)(?<!\D1天)"
    )


def _with_zh_long_waits(sentence: str, before: str, named: list[Match]) -> list[Match]:
    """The same in Chinese: a term of waiting within a wait told in days (see WAIT_DAYS);
    ``before`` is the sentence before."""
    spans = [found.span() for found in _zh_long_wait().finditer(sentence)]
    if not spans:
        return named
    section = _awaited((before, sentence), "zh")
    return [
        m._replace(section=section)
        if m.section == _WAITING_VALUE and any(a <= m.start < b for a, b in spans)
        else m
        for m in named
    ]


# The same in Chinese (DELAY_UNITS): a length of weeks or months, or of at least seven days,
# told as passed before 才 ("报告三个星期后才拿到", "过了两周才出来") or as how far off a booking
# was put ("预约排到了一个月以后"), in a sentence naming results, records or a thing sent
# ([delayed]) blames the information, one naming a booking ([delayed_booking]) the scheduling.
_ZH_DELAY = re.compile(
    r"(?:过了|隔了|等了|拖了)?(\d+|[一二三四五六七八九十两几半]{1,3})个?[多半]?个?"
    r"(星期|礼拜|周|月|天)(?:多)?(?:以后|之后|后)?(?:才|都还?没)"
    r"|(?:排到了?|要|得)(\d+|[一二三四五六七八九十两几半]{1,3})个?[多半]?个?(星期|礼拜|周|月|天)"
    r"(?:以后|之后|后)"
)


def _with_zh_late_delivery(sentence: str, named: list[Match]) -> list[Match]:
    """``named`` and a complaint at each thing handed over only after weeks (see _ZH_DELAY)."""
    found = _ZH_DELAY.search(sentence)
    if found is None:
        return named
    count, unit = (found.group(1), found.group(2)) if found.group(2) else found.group(3, 4)
    if unit == "天" and _zh_count(count) < _DELAY_WEEK:
        return named
    a, b = found.span()
    if any(m.section == _WAITING_VALUE and a <= m.start < b for m in named):
        return named  # "等了三个星期": the wait's (WAIT_DAYS)
    words = _delay_words("zh")
    delayed = any(stem in sentence for stem in words.delayed)
    booked = any(stem in sentence for stem in words.booking)
    if booked and (found.group(2) is None or not delayed):
        aspect = _SCHEDULING_VALUE  # "号排到了一个半月以后": a booking put off, whatever else
    elif delayed:
        aspect = _COMMUNICATION_VALUE
    else:
        return named
    if any(m.section == aspect and _judging_value(m.value) for m in named):
        return named  # a term of its own judges it already
    blame = Match(a, b - a, found.group(0), _DELAY_BLAME, aspect)
    return sorted([*named, blame], key=_start)


# The same in Chinese (round sixteen): a verb of waiting or queueing, then its length
# ("排队排了四十分钟", "在诊室门口坐了一个半小时", "每次都要等一个多小时", "等了五分钟就进去了"):
# half an hour or more blames the wait; a quarter of an hour or less (or half an hour bounded by
# 只, 就, 才 or 不到) credits it where 等 or 排 tells it, taking back the blame of the verb's own
# term ("等了 -0.5"). Not a visit's length ("看了五分钟", see BRIEF) nor a journey
# ("坐了两个小时的车").
_ZH_WAIT = re.compile(
    r"(等|排|坐|站|候)[了着队号排坐等]{0,3}(?:在[^，,。！？；]{0,6}?)?"
    r"(只|就|才|不到|快|近|将近|差不多|大概|整整|足足|至少|都)?"
    r"(\d+|[一二三四五六七八九十两几半]{1,3})(?:个)?(多|半)?(?:个)?(分钟|小时|钟头)(多|半)?"
    r"(?!的?(?:车|火车|高铁|飞机|地铁|公交|路))"  # "坐了两个小时的车": the journey, not a wait
)
_ZH_WAIT_BOUNDS = frozenset(("只", "就", "才", "不到"))
# sitting or standing is a wait only beside a word of waiting or where patients wait
_ZH_WAIT_PLACES = ("门口", "走廊", "大厅", "外面")


def _zh_wait_minutes(found: re.Match[str]) -> float:
    count, unit = found.group(3), found.group(5)
    if count == "半":
        number = 0.5
    elif count == "几":
        number = 3.0
    else:
        number = float(_zh_count(count.rstrip("半")))
        if count.endswith("半") or "半" in (found.group(4), found.group(6)):
            number += 0.5
    return number * (1.0 if unit == "分钟" else 60.0)


def _with_zh_wait_lengths(sentence: str, named: list[Match]) -> list[Match]:
    """``named`` with each Chinese wait told by its length judged by it (see _ZH_WAIT)."""
    added: list[Match] = []
    for found in _ZH_WAIT.finditer(sentence):
        minutes = _zh_wait_minutes(found)
        bounded = found.group(2) in _ZH_WAIT_BOUNDS
        start, end = found.span()
        if "车" in sentence[max(0, start - 3) : start]:
            continue  # "坐车坐了两个小时": the journey
        if found.group(1) in "坐站" and not (
            any(m.section in (_WAITING_VALUE, WAITING_ROOM) for m in named)
            or any(place in sentence for place in _ZH_WAIT_PLACES)
        ):
            continue  # "打完在观察区坐了三十分钟": sitting, not waiting
        if minutes >= _WAIT_LONG and not bounded:
            value = _WAIT_LONG_BLAME
        elif found.group(1) in "等排" and (
            minutes <= _WAIT_SHORT or (bounded and minutes <= _WAIT_LONG)
        ):
            near = [m for m in named if m.section == _WAITING_VALUE and start <= m.start < end]
            blamed = sum(min(0.0, _weight(m.value)) for m in near)
            value = str(_WAIT_SHORT_PRAISE - blamed)
        else:
            continue
        added.append(
            Match(found.start(5), len(found.group(5)), found.group(), value, _WAITING_VALUE)
        )
    return sorted([*named, *added], key=lambda m: m.start) if added else named


# Session 37 (aspmix37): a test or a turn done within minutes, told as a fact ("核磁共振室设备新，
# 二十分钟就做完了", "十五分钟就轮到我了"): minutes and 就 before a word of being done credit the
# wait, as "in and out in 20 minutes" does. Not where the sentence names a person ("抽血的小姑娘人
# 特别好，十分钟就搞定了"): the speed is their work, and their praise tells it.
_ZH_QUICK_DONE = re.compile(
    r"(?:\d+|[一二三四五六七八九十两几半]{1,3})(?:个)?多?分钟就"
    r"(?:做完|做好|弄完|弄好|查完|拍完|结束|搞定|办完|办好|拿到|轮到|叫到|进去)"
)


def _with_zh_quick_done(sentence: str, named: list[Match]) -> list[Match]:
    """``named`` and praise of the wait at each thing done within minutes (see _ZH_QUICK_DONE)."""
    if any(m.section in _PEOPLE_VALUES or m.section == _WAITING_VALUE for m in named):
        return named
    added = [
        Match(
            found.start(),
            len(found.group()),
            found.group(),
            str(_WAIT_SHORT_PRAISE),
            _WAITING_VALUE,
        )
        for found in _ZH_QUICK_DONE.finditer(sentence)
    ]
    return sorted([*named, *added], key=_start) if added else named


def _late_by(
    tokens: tuple[str, ...], k: int, start: int, minutes: float, lengths: _WaitLengths
) -> bool:
    """Whether the length whose unit is at ``k`` (its clause from ``start``) tells a visit that
    began late (see LATE_BY)."""
    return (
        minutes > _WAIT_SHORT
        and not lengths.late_by.isdisjoint(tokens[k + 1 : k + 3])
        and not any(t.startswith(lengths.late_self) for t in tokens[start:k])
    )


def _waits(m: Match, lengths: _WaitLengths) -> bool:
    """Whether ``m`` names the wait: a term of waiting, or of a booking waited for
    ("na wizytę czekałam"), as the [wait_words] stems tell."""
    return m.section != _SCHEDULING_VALUE or (
        _weight(m.value) < 0.0 and any(w.startswith(lengths.words) for w in m.term.split())
    )


# A first name and a patronymic, both capitalised ("Олегу Петровичу", "Елена Сергеевна",
# "Оксана Іванівна", "Віктора Степановича"): on ПроДокторов, Doc.ua and Helsi the person a
# review names so is its doctor, unless a word of the front desk or the nurses comes just
# before ("администратор Марина Ивановна").
_PATRONYMIC_LANGUAGES = frozenset(("ru", "uk"))
_PATRONYMIC = re.compile(
    r"\b[А-ЯЁІЇЄ][а-яёіїє']+\s+([А-ЯЁІЇЄ][а-яёіїє]+(?:ович|евич|йович|ьович|ич|овн|евн|івн|ївн|ичн)"
    r"[а-яёіїє]{0,3})\b"
)
_OTHER_PERSONS = frozenset((Aspect.NURSE.value, Aspect.RECEPTION.value))


def _with_patronymics(text: str, tokens: tuple[str, ...], named: list[Match]) -> list[Match]:
    """``named`` and a doctor's match at each patronymic that no other term covers."""
    if "ич" not in text and "вн" not in text:
        # every ending has one (a search in C): the expression, tried at every word, cost a
        # Russian or Ukrainian review 5-13 us
        return named
    found = _PATRONYMIC.findall(text)
    if not found:
        return named
    taken = {m.start + k for m in named for k in range(m.length)}
    added = []
    for word in {w.lower() for w in found}:
        k = -1
        while True:
            try:
                k = tokens.index(word, k + 1)
            except ValueError:
                break
            if k in taken or any(
                m.section in _OTHER_PERSONS and k - 3 <= m.start < k for m in named
            ):
                continue
            added.append(Match(k, 1, word, _DOCTOR.value, _DOCTOR.value))
    return sorted(named + added) if added else named


# The doctor named without the word "doctor" (issue 19, round twelve): by a title before a
# capitalised name ("Mr Hughes", "pani Anna", "pan Tomasz"; section [titles]), or by a subject
# pronoun ("She listened to everything", "Он даже не посмотрел"; section [pronouns]). On the
# platforms these reviews come from, the person a review judges is its doctor unless a role word
# says otherwise: a title is not the doctor's with a word of the front desk or the nurses within
# three words of its name ("recepcjonistka pani Ewa", "Pani Ania z rejestracji"), a pronoun
# not once the text has named either of them before it ("The nurse came in. She was lovely"),
# nor a relative ("My mother's infection was missed ... until she was admitted"; section
# [relatives]), and only as the subject opening a clause ("She listened", "Lovely manner, she
# listened"; not "the cream he prescribed", "but he rushed").
TITLES = "titles"
# A first name alone, capitalised ("Saw Sarah about my son's ear", "Emma is a star", "Raj numbed
# me so well"; section [first_names], issue 19, round fourteen): on Google and the NHS site the
# person a review names so is its doctor, read as a titled name is, and as cautiously as a
# pronoun: not once the text has named the desk or the nurses before it ("The receptionist
# stayed late ... Thank you Maria!"), nor just after a relative ("my son Jack"). Names that
# are also common words ("Will", "Grace", "Drew") are left out of the list, and a name written
# in lower case names nobody.
FIRST_NAMES = "first_names"
# Titles that name a person only written in lower case: Polish "Pani", "Pan" capitalised are
# also the polite "you" ("Polecam Panu", "Pan Bóg"); "pani Anna" in a sentence is a person.
TITLES_LOWER = "titles_lower"
PRONOUNS = "pronouns"
RELATIVES = "relatives"
_NAME_AFTER = re.compile(r"\.?\s+([^\W\d_][\w'’-]*)")


class _Persons(NamedTuple):
    titles: re.Pattern[str] | None
    title_words: frozenset[str]  # the titles' words as tokens: most texts have none
    pronouns: frozenset[str]
    relatives: frozenset[str]
    first_names: frozenset[str]


@cache
def _persons(lang: str) -> _Persons:
    sections = load_sections(f"aspects_{lang}")
    titles = sorted((t for t, _ in sections.get(TITLES, [])), key=len, reverse=True)
    lower = sorted((t for t, _ in sections.get(TITLES_LOWER, [])), key=len, reverse=True)
    choices = [f"(?i:{'|'.join(map(re.escape, titles))})"] if titles else []
    choices += [f"(?:{'|'.join(map(re.escape, lower))})"] if lower else []
    pattern = (
        re.compile(r"(?<!\w)(?:" + "|".join(choices) + ")" + _NAME_AFTER.pattern)
        if choices
        else None
    )
    return _Persons(
        pattern,
        frozenset(t.lower() for t in titles + lower),
        frozenset(t for t, _ in sections.get(PRONOUNS, [])),
        frozenset(t for t, _ in sections.get(RELATIVES, [])),
        frozenset(t for t, _ in sections.get(FIRST_NAMES, [])),
    )


# A surname that is also an aspect's word, written capitalised after a title ("Dr Price was
# lovely", "Nurse Hall took my bloods", "Mr Waite"): a name, not the price or the premises
# (section [name_titles]: the titles; a dot only after an abbreviation, "Dr. Price", never after
# a word: "Great doctor. Care was ..."). The name's term is dropped; a titled name that is no
# doctor's term is then the doctor's, as any titled name is (TITLES). Session 44 (asp3w44).
NAME_TITLES = "name_titles"
_ASPECT_SECTIONS = frozenset(a.value for a in Aspect) - {_DOCTOR_VALUE}


@cache
def _name_titles(lang: str) -> tuple[frozenset[str], re.Pattern[str] | None]:
    titles = sorted((t for t, _ in load_sections(f"aspects_{lang}").get(NAME_TITLES, [])), key=len)
    if not titles:
        return frozenset(), None
    dotted = "|".join(re.escape(t) for t in reversed(titles) if len(t) <= 4)
    worded = "|".join(re.escape(t) for t in reversed(titles) if len(t) > 4)
    choices = ([f"(?:{dotted})\\.?"] if dotted else []) + ([f"(?:{worded})"] if worded else [])
    pattern = re.compile(r"(?<!\w)(?i:" + "|".join(choices) + r")[ \t]+([A-Z][\w'’-]*)")
    return frozenset(titles), pattern


def _without_titled_names(
    text: str, tokens: tuple[str, ...], named: list[Match], lang: str
) -> list[Match]:
    """``named`` without the aspect terms that are a titled person's capitalised surname
    (see NAME_TITLES)."""
    titles, pattern = _name_titles(lang)
    if pattern is None:
        return named
    after = [
        m
        for m in named
        if m.length == 1
        and m.start
        and m.section in _ASPECT_SECTIONS
        and tokens[m.start - 1] in titles
    ]
    if not after:
        return named
    names = {f.group(1).lower() for f in pattern.finditer(text)}
    dropped = {m for m in after if tokens[m.start] in names}
    return [m for m in named if m not in dropped] if dropped else named


def _with_persons(text: str, tokens: tuple[str, ...], named: list[Match], lang: str) -> list[Match]:
    """``named`` and a doctor's match at each titled name and subject pronoun (see TITLES)."""
    persons = _persons(lang)
    words = _words_of(tokens)
    titled = persons.titles is not None and not persons.title_words.isdisjoint(words)
    pronouns = persons.pronouns
    firsts = persons.first_names.intersection(words) if persons.first_names else ()
    if not titled and not firsts and (not pronouns or pronouns.isdisjoint(words)):
        return named
    names = (
        {f.group(1).lower() for f in persons.titles.finditer(text) if f.group(1)[0].isupper()}
        if titled and persons.titles is not None
        else set()
    )
    # a first name counts only as the text writes it, capitalised (see FIRST_NAMES)
    alone = {name for name in firsts if name.capitalize() in text} - names
    names |= alone
    wanted = names | pronouns
    relatives = persons.relatives
    taken = {m.start + k for m in named for k in range(m.length)}
    others = [m.start for m in named if m.section in _OTHER_PERSONS]
    # where the text first names a relative (a word of a name or a pronoun is none), found by
    # tuple.index in C, and then only the words wanted are visited, not every word of a story
    related = min(
        map(tokens.index, relatives.intersection(words).difference(wanted)), default=len(tokens)
    )
    added = []
    for k in _positions(tokens, wanted):
        token = tokens[k]
        if k in taken:
            continue
        if token in names:
            if any(k - 3 <= at <= k + 3 for at in others):
                continue  # "recepcjonistka pani Ewa", "Pani Ania z rejestracji"
            if token in alone and (
                any(at < k for at in others) or not relatives.isdisjoint(tokens[max(0, k - 3) : k])
            ):
                continue  # "The receptionist stayed late ... Thank you Maria!", "my son Jack"
        else:
            if k and tokens[k - 1][0].isalnum():
                continue  # "the cream he prescribed", "but he rushed": not a clause's subject
            if related < k or any(at < k for at in others):
                continue
        added.append(Match(k, 1, token, _DOCTOR.value, _DOCTOR.value))
    return sorted(named + added) if added else named


def _segments(
    tokens: tuple[str, ...],
    said: Sequence[Match],
    cuts: list[int],
    named_at: list[int],
    people_at: Sequence[int] = (),
    predicates: frozenset[str] = frozenset(),
    grants: dict[int, int] | None = None,
) -> list[tuple[int, int, int, bool, list[Match]]]:
    """(first token, end, sentence, opens with a contrast, sentiment matches) of each clause:
    the sentiment matches cut the text at sentence ends, commas and contrast words, and
    ``cuts`` (_when_cuts) where a clause of time starts; ``named_at`` are the tokens that
    name an aspect (a "but" whose piece names nothing keeps no contrast past a comma);
    ``people_at`` those that name a person (the subject a contrast word may follow);
    ``predicates`` the words a predicate opens with after a contrast word set between commas
    (see PARENTHETICAL); ``grants`` the commas that open a marker of granting set between
    commas, each with the comma that closes it (see GRANTED_BETWEEN_COMMAS)."""
    segments: list[tuple[int, int, int, bool, list[Match]]] = []
    start, sentence, contrast = 0, 0, False
    current: list[Match] = []
    cutting = _CUTTING
    named_sorted = sorted(named_at)  # (a halving search per comma, not a walk over them all)
    joined = -1  # the comma after a parenthetical contrast word, which cuts nothing
    for m in said:
        section = m.section
        if m.start == joined and section == "clause":
            continue
        if (
            grants
            and section == "clause"
            and m.start in grants
            and m.start > start
            and all(x.section != "words" for x in current)  # ("pani doktor": a word of person)
            and _any_between(named_sorted, start, m.start)
        ):
            # "Врач, надо отдать должное, грамотная": the subject before the commas, the
            # marker between them and the predicate after them are one clause
            joined = grants[m.start]
            continue
        if (
            predicates
            and (section in CONTRASTS or section == "concessive")
            and _parenthetical(tokens, m, predicates)
            and segments
            and segments[-1][1] == m.start - 1
            and segments[-1][2] == sentence
            and not segments[-1][4]
            and _any_between(named_sorted, segments[-1][0], segments[-1][1])
        ):
            # "Getting an appointment, though, is wishful thinking": the subject before the
            # commas and the predicate after them are one clause, set against what came before
            start, _, _, _, current = segments.pop()
            joined = m.start + m.length
            contrast = True
            current.append(m)
            continue
        if cuts:
            while cuts and cuts[0] <= m.start:
                at = cuts.pop(0)
                if at > start:  # a clause of time begins: what came before is a clause
                    segments.append((start, at, sentence, contrast, current))
                    start, current, contrast = at, [], False
        if section not in cutting:
            current.append(m)  # (most matches: a word of the clause)
        elif section == "end" or section == "clause":
            segments.append((start, m.start, sentence, contrast, current))
            # "но, к сожалению, врач ...", "but, sadly, the nurse ...": a "but" whose piece
            # names nothing still parts what comes after from what came before
            contrast = (
                contrast and section == "clause" and not _any_between(named_sorted, start, m.start)
            )
            start, current = m.start + 1, []
            if section == "end":
                sentence += 1
        elif section in CONTRASTS or section == "concessive":
            after = m.start + m.length
            if m.start > start and (after >= len(tokens) or tokens[after] in _MARKS):
                # "The parking garage charges $18 though, which is a joke": a contrast word
                # that closes its clause sets that clause against what came before; it opens
                # nothing after it
                contrast = True
                current.append(m)
                continue
            if m.start > start and not _subject_only(start, m.start, current, people_at):
                segments.append((start, m.start, sentence, contrast, current))
                start, current = m.start, []
            contrast = True
            current.append(m)
    for at in cuts:
        if at > start:
            segments.append((start, at, sentence, contrast, current))
            start, current, contrast = at, [], False
    segments.append((start, len(tokens), sentence, contrast, current))
    return [s for s in segments if s[1] > s[0]]


# GRANTED_BETWEEN_COMMAS (session 44, asp44pos): a marker of granting set between commas inside
# a clause ("Врач, надо отдать должное, грамотная", "Лікарка, треба віддати належне, тямуща",
# "Pani doktor, trzeba przyznać, kompetentna", "The physio, to be fair, was good"), a predicate
# after it, cuts no clause where the words before it name an aspect and judge nothing: they are
# the subject the predicate praises. Cut there, the praise stood in a clause that named nobody
# and reached the doctor weakened or not at all, and a long complaint that conceded it was read
# one-sided (probe60: the praise a writer grants inside an angry review). Only where a word
# after the commas praises, before the clause ends ("Billing, on the other hand, sent me three
# invoices" grants nothing), and not for the markers said aside (", правда ,", "mind you": ASIDE
# reads those by their sentence, "Медсестра, правда, пока ждали, принесла воды").
def _granted_between_commas(
    tokens: tuple[str, ...], named: Sequence[Match], said: Sequence[Match], lang: str
) -> dict[int, int]:
    """The commas that open a marker of granting set between commas before a word of praise,
    each with the comma that closes it (see GRANTED_BETWEEN_COMMAS)."""
    grants: dict[int, int] = {}
    last = len(tokens) - 1
    asides = _asides(lang)
    for m in named:
        if m.section != GRANTING or m.term in asides:
            continue
        first, end = m.start, m.start + m.length  # (", правда ,": its commas are its own)
        if tokens[first] != ",":
            first -= 1
        if tokens[end - 1] == ",":
            end -= 1
        if (
            first > 0
            and tokens[first] == ","
            and end < last
            and tokens[end] == ","
            and tokens[end + 1] not in _MARKS
            and not _counts(tokens, end, lang)
            and _praised_after(said, end)
        ):
            grants[first] = end
    return grants


def _praised_after(said: Sequence[Match], at: int) -> bool:
    """Whether a word of praise stands after token ``at`` before its clause ends."""
    for x in said:
        if x.start <= at:
            continue
        if x.section in _CUTTING:
            return False
        if x.section == "words" and _weight(x.value) > 0.0:
            return True
    return False


# PARENTHETICAL (session 38, aspmix38): a contrast word set between commas inside a clause
# ("Getting an appointment within two weeks, though, is wishful thinking"), a predicate opening
# after it ([parenthetical_predicates]: is, was, took, ...), cuts no clause where the words
# before it name an aspect and judge nothing: they are the subject the predicate judges (the
# complaint went missing as a judgement of nothing). Not where the words before judge ("The
# doctor was great, but, sadly, the nurse ..." keeps its cut).
PARENTHETICAL_PREDICATES = "parenthetical_predicates"
# Session 39 (aspmix39): Russian, Ukrainian and Polish open a predicate with its adjective as
# often as with a verb ("Запись, однако, ужасная", "Запис, однак, жахливий", "Rejestracja,
# jednak, to porażka"): their [parenthetical_predicates] hold "any" (any word but a mark) and
# the contrast words that stand inside a clause (однако, однак, jednak: not "но, к сожалению,")
_ANY_PREDICATE = "any"


def _parenthetical(tokens: tuple[str, ...], m: Match, predicates: frozenset[str]) -> bool:
    """Whether the contrast word ``m`` stands between commas before a predicate (any word
    where ``predicates`` holds _ANY_PREDICATE, and then only a contrast word listed there)."""
    after = m.start + m.length
    if not (
        m.start > 0
        and tokens[m.start - 1] == ","
        and after + 1 < len(tokens)
        and tokens[after] == ","
    ):
        return False
    word = tokens[after + 1]
    if _ANY_PREDICATE in predicates:  # only the contrast words listed beside it
        return m.term in predicates and word not in _MARKS
    return word in predicates


def _subject_only(start: int, at: int, said: list[Match], people_at: Sequence[int]) -> bool:
    """Whether the words from ``start`` to a contrast word at ``at`` are only its clause's
    subject, a person named in a few words that judge nothing: "Pediatra natomiast w ogóle nie
    słuchał", "The GP however never looked up" set the whole clause against what came before,
    and the person is not cut off from what is said of them (session 27, adoc27)."""
    return not said and at - start <= _SUBJECT_WORDS and any(start <= p < at for p in people_at)


# a segment's first token and its sentence (see _segments), and the sentence after one
_FIRST, _SENTENCE_OF = itemgetter(0), itemgetter(2)
_NEXT = (1).__add__
# the sections of the sentiment matches that cut a clause (see _segments)
_CUTTING = frozenset(("end", "clause", "concessive", *CONTRASTS))


def _clauses_of(sentences: Sequence[int], sentence: int) -> range:
    """The clauses of ``sentence``, given each clause's sentence number (clauses run in the
    text's order, so the numbers never go down: found by halving, not by a walk over every
    clause, which made a pasted text's sarcasm quadratic)."""
    return range(bisect_left(sentences, sentence), bisect_right(sentences, sentence))


class _Clauses:
    """The clauses of a text, each judged only when first asked for: a long story has dozens,
    and those of sentences far from any aspect term matter only to a mixed verdict. Where each
    clause lies (its sentence) and whether it names an aspect are known without judging it."""

    __slots__ = (
        "_args",
        "_done",
        "items",
        "sentences",
        "naming",
        "competence",
        "ironies",
        "granting",
        "asides",
        "present",
        "_written",
        "wished",
    )

    def __init__(
        self,
        args: list[tuple] | None,
        sentences: list[int],
        naming: list[bool],
        competence: set[int] | None = None,
        done: list[Clause | None] | None = None,
    ) -> None:
        self._args = args or []
        self._done: list[Clause | None] = done if done is not None else [None] * len(sentences)
        # the same list, as the reading sees it once near() has judged what it will look at
        self.items: list[Clause | None] = self._done
        self.sentences = sentences
        self.naming = naming
        self.competence = competence or set()  # the sentences that speak of competence
        # whether a clause may read praise as irony (SARCASM, PAID_FOR): then every clause is
        # judged before the reading (see _read_irony)
        self.ironies = False
        self.granting: set[int] = set()  # the sentences with a marker of granting (GRANTING)
        self.asides: set[int] = set()  # those whose marker is said aside (ASIDE)
        # the sections of the terms found in the text (not Chinese: None), to skip the readings
        # of markers it does not hold (see _token_clauses)
        self.present: frozenset[str] | None = None
        self._written: str | None = None  # (see written)
        # the sentences whose clauses a wish turned into the complaint it is (WISH, WISH_FRAMES,
        # WISHED_MORE): the writer sets that complaint apart, as a reservation does (_RESERVED)
        self.wished: set[int] = set()

    def of_sentence(self, sentence: int) -> range:
        """The clauses of ``sentence`` (see _clauses_of)."""
        return _clauses_of(self.sentences, sentence)

    @classmethod
    def judged(cls, clauses: list[Clause]) -> _Clauses:
        result = cls(
            None,
            [c.sentence for c in clauses],
            [bool(c.aspects) for c in clauses],
            {c.sentence for c in clauses if c.competence},
            list(clauses),
        )
        result.ironies = any(c.bought or c.sarcasm or _misreads(c) for c in clauses)
        return result

    def written_any(self, words: Iterable[str]) -> bool:
        """Whether one of ``words`` is written in a judged clause (Chinese: each word looked
        for once in the clauses' texts together, not in each clause's in turn; a reading of a
        word list checks this first and, most often, has nothing to read)."""
        written = self.written()
        return any(w in written for w in words)

    def written(self) -> str:
        """The texts of the judged clauses, a line each (Chinese: see written_any). Joined
        once where every clause was judged when made (Chinese; the readings change a clause's
        judgement, never its text): a Chinese review's readings asked five times."""
        if self._args:  # (judged when asked for: those judged so far)
            return "\n".join([c.text for c in self._done if c is not None])
        written = self._written
        if written is None:
            written = self._written = "\n".join([c.text for c in self._done if c is not None])
        return written

    def __len__(self) -> int:
        return len(self._done)

    def __bool__(self) -> bool:
        return bool(self._done)

    def __getitem__(self, i: int) -> Clause:
        clause = self._done[i]
        if clause is None:
            clause = self._done[i] = _judge(*self._args[i])
        return clause

    def near(self, sentences: set[int]) -> list[Clause | None]:
        """The clauses, judged in ``sentences`` and next to them (all the reading looks at
        there); the others stay unjudged (None) until asked for by index."""
        done, args = self._done, self._args
        if not args:
            return self.items  # judged when made (Chinese)
        if sentences.issuperset(self.sentences):  # a short review: every clause
            done[:] = [c if c is not None else _judge(*a) for c, a in zip(done, args, strict=True)]
            return self.items
        last = len(done) - 1
        for i, sentence in enumerate(self.sentences):
            if sentence in sentences:
                for j in (i - 1, i, i + 1):
                    if 0 <= j <= last and done[j] is None:
                        done[j] = _judge(*args[j])
        return self.items

    def __iter__(self) -> Iterator[Clause]:
        return (self[i] for i in range(len(self._done)))

    def says_when(self, clause: Clause, when: _When) -> bool:
        """Whether ``clause`` is a clause of time ("when I had lost all hope", "当我疼的时候")."""
        if self._args:  # a language with words: the clause opens with the subordinator
            if not when.words:
                return False
            tokens = self._args[0][2]
            start = clause.span[0]
            return start < len(tokens) and tokens[start] in when.words
        text = clause.text
        return any(
            len(text) > len(a) + len(b) and text.startswith(a) and text.endswith(b)
            for a, b in when.frames
        )

    def told_that(self, i: int, lang: str) -> bool:
        """Whether clause ``i`` is what the clause before it in its sentence did not tell
        (TOLD_THAT): it opens with a word of [told_that] and that clause blames the information."""
        if not self._args or i == 0 or self.sentences[i - 1] != self.sentences[i]:
            return False
        tokens = self._args[0][2]
        clause = self.items[i]
        assert clause is not None  # (a clause the reading looks at: judged)
        start = clause.span[0]
        before = self.items[i - 1]
        return (
            start < len(tokens)
            and tokens[start] in _written(lang, TOLD_THAT)
            and before is not None
            and before.own.get(_COMMUNICATION, 0.0) < 0.0
        )

    def regretting(self, i: int, regrets: tuple[tuple[str, ...], ...]) -> float:
        """What the sentence of clause ``i`` judges, all its clauses together, where it opens
        with a word of regret and names nothing (see REGRET: "Unfortunately, she is leaving"
        names her); else 0."""
        if not regrets:
            return 0.0
        ours = self.of_sentence(self.sentences[i])
        if any(self.naming[k] for k in ours):
            return 0.0
        first = ours[0]
        if self._args:
            tokens = self._args[first][2]
            start = self._args[first][5][0]
            opens = any(tuple(tokens[start : start + len(words)]) == words for words in regrets)
        else:
            text = self[first].text  # (Chinese: every clause judged when made)
            opens = any(text.startswith(words[0]) for words in regrets)
        # (the whole sentence: "Niestety, | nie wszystko było tak dobrze" is one regret)
        return sum(self[k].total for k in ours) if opens else 0.0

    def alone(self, i: int) -> bool:
        """Whether clause ``i`` is the only clause of its sentence."""
        sentences = self.sentences
        sentence = sentences[i]
        return (i == 0 or sentences[i - 1] != sentence) and (
            i + 1 == len(sentences) or sentences[i + 1] != sentence
        )

    def measures(self, clause: Clause, when: _When) -> bool:
        """Whether ``clause`` says how long something lasted ("two hours", "两个小时")."""
        if self._args:
            a, b = clause.span
            return any(when.lasts(t) for t in self._args[0][2][a:b])
        return any(map(clause.text.__contains__, when.lengths))

    def every(self) -> list[Clause]:
        """Every clause, judged."""
        done, args = self._done, self._args
        if args and None in done:
            done[:] = [c if c is not None else _judge(*a) for c, a in zip(done, args, strict=True)]
        return cast(list[Clause], self.items)  # (no None left)


# Subordinators of time, section [when] of aspects_<lang>.txt: the clause they open says when
# something happened, and its own words (lost hope, in pain) are the patient's state then, not a
# judgement of what a neighbouring clause names. A term with "…" is a frame the whole clause
# fills (Chinese "当…时", "…的时候": the subordinator closes the clause).
WHEN = "when"


# Words after which a "when" word asks instead ("asked when", "nie wiem kiedy"): no clause
# starts there.
ASKS_WHEN = "asks_when"
# Words that say how long a wait lasted ("hours", "godzin", "часа", "小时"): a clause of time
# that names the wait without them says when, not how long ("while I waited", "пока я ждал").
DURATION = "duration"


class _When(NamedTuple):
    words: frozenset[str]  # a clause opening with one of these words says when
    frames: tuple[tuple[str, str], ...]  # (opening, closing) of a clause that says when
    # the frames' closings of two characters or more ("的时候"): a clause of time ends there
    closings: tuple[str, ...]
    asks: frozenset[str]  # ASKS_WHEN words
    asks_stems: tuple[str, ...]  # ASKS_WHEN stems, without their "*"
    lengths: frozenset[str] = frozenset()  # DURATION words (Chinese: substrings)
    length_stems: tuple[str, ...] = ()  # DURATION stems, without their "*"

    def asks_after(self, word: str) -> bool:
        return word in self.asks or (bool(self.asks_stems) and word.startswith(self.asks_stems))

    def lasts(self, word: str) -> bool:
        return word in self.lengths or (
            bool(self.length_stems) and word.startswith(self.length_stems)
        )


@cache
def _when(lang: str) -> _When:
    sections = load_sections(f"aspects_{lang}")
    words: set[str] = set()
    frames: list[tuple[str, str]] = []
    for term, _ in sections.get(WHEN, []):
        if "…" in term:
            opening, _, closing = term.partition("…")
            frames.append((opening, closing))
        else:
            words.add(term)
    asks = [term for term, _ in sections.get(ASKS_WHEN, [])]
    lengths = [term for term, _ in sections.get(DURATION, [])]
    return _When(
        frozenset(words),
        tuple(frames),
        tuple(sorted({b for _, b in frames if len(b) > 1}, key=len, reverse=True)),
        frozenset(t for t in asks if not t.endswith("*")),
        tuple(t[:-1] for t in asks if t.endswith("*")),
        frozenset(t for t in lengths if not t.endswith("*")),
        tuple(t[:-1] for t in lengths if t.endswith("*")),
    )


def _when_cuts(tokens: tuple[str, ...], when: _When) -> list[int]:
    """Where a clause of time starts inside a clause, with no comma before it ("The nurse was
    lovely | when she took my blood", "Lekarz był miły | kiedy w końcu weszłam"): the main clause
    and the clause of time are read apart, as they are with the comma."""
    return [
        k
        for k in _positions(tokens, when.words)
        if k > 1
        and tokens[k - 1] not in _MARKS
        and tokens[k - 2] not in _MARKS  # "but when", "i gdy": the clause already opens there
        and not when.asks_after(tokens[k - 1])
    ]


_MARKS = frozenset((".", ","))
# The languages whose waiting room told by its furnishings alone is the premises (session 42,
# aspmix42: read and measured in English and Chinese only; a Polish frozen verdict moved with it)
_FURNISHED_ROOMS = frozenset(("en", "zh"))


def _contrast_cuts(tokens: tuple[str, ...], named: list[Match], said: Sequence[Match]) -> list[int]:
    """Where a word that opens its clause like "but" (OPENING_CONTRAST: "тільки", "лише", "крім",
    "except") stands inside a clause after a judgement of it, with no comma before it and words
    after it ("Лікар хороший тільки дорого"): the praise and the complaint are read apart, as
    they are with the comma. "Приймає тільки за записом" (no judgement before it) is one clause."""
    # by where they start, those of each clause found by bisection (each opening word looked
    # through every judgement of the text: "Nice doctor but the wait was over an hour. "
    # pasted 320 times, 10.9x the steps of 40)
    # (the aspect lexicon's judging words too: "Everything was fine apart from the parking",
    # session 34)
    judged = sorted(
        (m for m in (*said, *named) if m.section == JUDGEMENT and _weight(m.value)), key=_start
    )
    starts = [m.start for m in judged]
    cuts = []
    for m in named:
        k, after = m.start, m.start + m.length
        if (
            m.section not in _OPENING
            or k < 2
            or tokens[k - 1] in _MARKS
            or after >= len(tokens)
            or tokens[after] in _MARKS
        ):
            continue
        begun = k
        while begun > 0 and tokens[begun - 1] not in _MARKS:
            begun -= 1
        if any(
            x.start + x.length <= k
            for x in judged[bisect_left(starts, begun) : bisect_right(starts, k)]
        ):
            cuts.append(k)
    return cuts


def _clause_cuts(
    tokens: tuple[str, ...], named: list[Match], said: Sequence[Match], lang: str
) -> list[int]:
    """Where a clause starts with no comma before it: a clause of time (_when_cuts) or a "but"
    after a judgement (_contrast_cuts)."""
    cuts = _when_cuts(tokens, _when(lang))
    if not _OPENING.isdisjoint(map(_section, named)):
        cuts = sorted({*cuts, *_contrast_cuts(tokens, named, said)})
    return cuts


# (not the colon of a clock time: "约的9:10", see _CLOCK)
# (opened by a look-ahead for its characters, so that the search skips to them in C: the
# look-behind of its second branch made it try every character of a sentence)
_ZH_CLAUSE_MARK = re.compile(r"(?=[,()\[\]，（）:：])(?:[,()\[\]，（）]|(?<!\d)[:：]|[:：](?!\d))+")


# A topic particle after an aspect term ("医生嘛，一般般", "前台呢，马马虎虎"): the short verdict
# after its comma judges the topic, as a dash's does in the other languages (see ELLIPTIC), so
# the comma cuts no clause there. Section [topic] of aspects_zh.txt; the verdict at most
# _ZH_TOPIC_VERDICT characters to the next clause mark or the sentence's end.
TOPIC = "topic"
_ZH_TOPIC_VERDICT = 6


@cache
def _zh_topics() -> tuple[str, ...]:
    return tuple(term for term, _ in load_sections("aspects_zh").get(TOPIC, []))


def _zh_topic_told(sentence: str, mark: re.Match[str]) -> bool:
    """Whether the clause mark ``mark`` follows a topic particle after an aspect term and comes
    before a short verdict (see TOPIC)."""
    topics = _zh_topics()
    before = sentence[: mark.start()]
    if not topics or not before.endswith(topics):
        return False
    later = _ZH_CLAUSE_MARK.search(sentence, mark.end())
    if (later.start() if later else len(sentence)) - mark.end() > _ZH_TOPIC_VERDICT:
        return False
    named = _aspect_matcher("zh").find_chars(before)
    return any(m.section in _ASPECT_OF and m.start + m.length + 2 >= len(before) for m in named)


def _chinese_clauses(
    text: str, granting: set[int] | None = None, asides: set[int] | None = None
) -> list[Clause]:
    """The clauses of a Chinese text: the sentiment lexicon's matches, found sentence by
    sentence (shared with the sentiment), cut at clause marks and contrast words; the aspect
    terms are found once per sentence and dealt out by position. The sentences with a marker
    of granting are added to ``granting`` (see GRANTING), those said aside to ``asides``."""
    said_all = sentiment_matches(text, "zh")
    aspects = _aspect_matcher("zh")
    closings = _when("zh").closings
    topics = _zh_topics()
    result: list[Clause] = []
    group = 0
    said: list[list[Match]] = [[]]
    for m in said_all:
        if m.section == "end":
            said.append([])
        else:
            said[-1].append(m)
    lowered = text.lower()
    # a wait told by the clock is a story across sentences ("9:40还在等。10:25终于叫到我"), as in
    # the other languages: judged on the whole text, dealt out to the sentences by position
    clocks = _with_late_clock(lowered, [], int) if _CLOCK.search(lowered) else []
    clocked = [m.start for m in clocks]  # sorted: each sentence's found by bisection
    misdiagnosed, said_end, borne = _zh_misdiagnosis(lowered)
    borne_at = [t.start for t in borne]
    ended = 0
    emoji = matcher("sentiment_emoji", "words") if _AN_EMOJI.search(text) else None
    prior = ""  # the sentence before (see WAIT_DAYS)
    for number, sentence in enumerate(_SENTENCE.split(lowered)):
        matches = said[number] if number < len(said) else []
        start = lowered.find(sentence, ended)
        ended = start + len(sentence)
        if not sentence.strip():
            continue
        previous, prior = prior, sentence
        cuts = {0, len(sentence)}
        marks = set()
        # (a sentence without a topic particle has no topic told before any mark)
        topical = any(map(sentence.__contains__, topics))
        for mark in _ZH_CLAUSE_MARK.finditer(sentence):
            if topical and _zh_topic_told(sentence, mark):
                continue  # "医生嘛，一般般": the topic and its short verdict are one clause
            cuts.update((mark.start(), mark.end()))
            marks.add(mark.start())
        if emoji and _AN_EMOJI.sub("", sentence).strip():
            # "医生👍 前台👎": an emoji judges its clause and ends it (see _with_emoji); one
            # alone in its sentence ("…没感觉。😊") stands beside no term, as in the other
            # languages
            shown = emoji.find_chars(sentence)
            terms = aspects.find_chars(sentence)
            for m in list(shown):
                after = m.start + m.length
                begun = max(c for c in cuts if c <= m.start)
                if _unmeant_emoji(_weight(m.value), begun, m.start, [*matches, *terms]):
                    shown.remove(m)  # "医生迟到一小时👍" (see _UNMEANT_EMOJI)
                if sentence[after:].strip() and not _AN_EMOJI.match(sentence, after):
                    cuts.add(after)
            if shown:
                matches = sorted([*matches, *shown], key=attrgetter("start"))
        contrasted = {m.start for m in matches if m.section in ("contrast", "concessive")}
        cuts.update(contrasted)
        named = _with_zh_heads(sentence, aspects.find_chars(sentence))
        if matches:
            matches = _with_zh_degrees(sentence, matches, named)
            named = _with_zh_treatments(sentence, matches, named)
        if borne:
            named = _unjudged(named, borne, start, borne_at)
        if GRANTING in map(_section, named):
            # "至少两个小时": a count, not a grant
            named = [
                m
                for m in named
                if m.section != GRANTING
                or sentence[m.start + m.length : m.start + m.length + 1] not in _ZH_COUNTS
            ]
            if granting is not None and GRANTING in map(_section, named):
                granting.add(group)
                if asides is not None and not _asides("zh").isdisjoint(
                    m.term for m in named if m.section == GRANTING
                ):
                    asides.add(group)
        # "医生很好只是有点贵": 只是, 就是, 可惜 (opening their clause like "but") after a
        # judgement of the same stretch start a clause even with no comma before them
        for m in named:
            if m.section in _OPENING and m.start not in cuts:
                begun = max(c for c in cuts if c < m.start) if m.start else 0
                if any(
                    begun <= x.start and x.start + x.length <= m.start and _weight(x.value)
                    for x in matches
                    if x.section == "words"
                ):
                    cuts.add(m.start)
                    contrasted.add(m.start)
        for closing in closings:  # "打电话预约的时候 | 前台态度很差": a clause of time ends
            at = sentence.find(closing)
            while at >= 0:
                cuts.add(at + len(closing))
                at = sentence.find(closing, at + 1)
        bounds = sorted(cuts)
        segments = [
            (a, b) for a, b in zip(bounds, bounds[1:], strict=False) if a not in marks and b > a
        ]
        if not segments:
            continue
        if clocks:
            told = [
                m._replace(start=m.start - start)
                for m in clocks[bisect_left(clocked, start) : bisect_left(clocked, ended)]
            ]
            if told:
                named = sorted([*named, *told], key=lambda m: m.start)
        if start <= misdiagnosed < ended:
            blame = Match(
                misdiagnosed - start, 1, sentence[misdiagnosed - start], _MISDIAGNOSED, DIAGNOSIS
            )
            said_from, said_to = misdiagnosed - start, said_end - start
            named = sorted(
                [
                    *(
                        m
                        for m in named
                        if not (said_from <= m.start < said_to and _weight(m.value) > 0.0)
                    ),
                    blame,
                ],
                key=_start,
            )
        if holds_any(sentence, _ZH_AMOUNT_HINTS):
            named = _with_zh_amounts(sentence, named)
        if PAID_FOR in map(_section, named):
            named = _paid_for(named, lambda a, b: True, 2 * _PAID_FOR_REACH)
        if REFUNDED in map(_section, named):
            named = _refunds_handled(named, lambda at: 0)
        if "分钟" in sentence:
            named = _with_zh_brief_visits(sentence, named)
        if "分钟" in sentence or "小时" in sentence or "钟头" in sentence:
            named = _with_zh_wait_lengths(sentence, named)
        if "分钟就" in sentence:
            named = _with_zh_quick_done(sentence, named)
        if "等" in sentence or "排" in sentence:
            named = _with_zh_long_waits(sentence, previous, named)
        if "才" in sentence or "没" in sentence or "后" in sentence:
            named = _with_zh_late_delivery(sentence, named)
        if _has_digit(sentence) or not _ZH_COUNTS.isdisjoint(sentence):
            named = _with_zh_broken_promise(sentence, named)
        if "疼" in sentence or "痛" in sentence:
            named = _with_zh_pain_after_care(sentence, named)
        firsts = [a for a, _ in segments]
        said_by: list[list[Match]] = [[] for _ in segments]
        named_by: list[list[Match]] = [[] for _ in segments]
        for m in matches:
            said_by[max(0, bisect_right(firsts, m.start) - 1)].append(m)
        for m in named:
            named_by[max(0, bisect_right(firsts, m.start) - 1)].append(m)
        if CHANGE in map(_section, named):
            opened = {k for k, (a, _) in enumerate(segments) if a in contrasted}
            _owned_changes(named_by, said_by, bool, opened.__contains__)
            _lend_body(named_by, bool, "zh")
        for i, (a, b) in enumerate(segments):
            piece = sentence[a:b].strip()
            if piece:
                result.append(
                    _judge(said_by[i], named_by[i], (), "zh", group, (a, b), piece, a in contrasted)
                )
        group += 1
    return result


def _words_on(
    weighted: list[Match], terms: list[Match], lang: str, before: int = 1
) -> set[tuple[int, int]]:
    """Where the sentiment words of a clause stand that say how what ``terms`` tell was done:
    on a term, ``before`` words before it or two after it (_HOW_REACH)."""
    reach = 0 if lang == "zh" else _HOW_REACH
    before = before if reach else 0
    return {
        (m.start, m.length)
        for m in weighted
        if m.section == "words"
        and any(
            m.start < t.start + t.length + reach and t.start - before < m.start + m.length
            for t in terms
        )
    }


def _judge(
    said: list[Match],
    named: list[Match],
    tokens: tuple[str, ...],
    lang: str,
    sentence: int,
    span: tuple[int, int] = (0, 0),
    text: str = "",
    contrast: bool = False,
) -> Clause:
    """A clause's judgement and the aspects it names, from its matches of both lexicons."""
    if not said and not named:
        return _new_clause(
            Clause,
            (
                sentence,
                0.0,
                {},
                (),
                contrast,
                span,
                text,
                0.0,
                False,
                False,
                0.0,
                0.0,
                0.0,
                False,
                False,
                False,
                False,
                0.0,
                0.0,
            ),
        )
    conceded = supposed = False
    reach = _ZH_REACH if lang == "zh" else _REACH
    first = span[0]
    aspects: list[Aspect] = []
    competence = manner = False
    worded = False  # the clause's words name an aspect other than the doctor
    reliefs: list[Match] = []
    changes: list[Match] = []  # its words of change, and whether it names the body (see BODY)
    bodily = False
    able: Match | None = None  # the clause's first word of being able (see AGAIN)
    again = False  # and a word of restoring after it
    elsewhere = -1  # where the clause names another practice or doctor (see ELSEWHERE)
    history = -1  # where the time before what the clause tells ends (see HISTORY)
    granted_at: set[int] = set()  # where markers of granting stand (see GRANTING)
    claimed = -1  # where the clause tells what the practice claims (see CLAIM)
    quoted: set[int] = set()  # the words in scare quotes (see SCARE_QUOTES)
    marker_end = -1  # where a marker of sarcasm opening the clause ends (see SARCASM)
    sarcasm = 0.0  # a marker of sarcasm opening the sentence (see SARCASM)
    # the aspect terms and judgement words that weigh, read after the sentiment words
    named_weighted: list[Match] = []
    # its words of waiting that blame, (start, length) (see below): found in this loop, not
    # in a second pass over the weighed terms
    waits: set[tuple[int, int]] | None = None
    aspect_of = _ASPECT_OF
    heard: list[Match] = []  # its terms of a person's attention (see ATTENTION)
    told: list[Match] = []  # its bare verbs of saying (see SAYING)
    days: list[Match] = []  # its terms of the same day (see SAME_DAY)
    # (the terms of all three, one look-up for the others: most terms are none of them)
    set_aside = _set_aside(lang)
    for m in named:
        section = m.section
        aspect = aspect_of.get(section)
        if m.term in set_aside:
            if m.term in _attention(lang) and (aspect is _COMMUNICATION or aspect is _DOCTOR):
                heard.append(m)
                continue
            if aspect is _COMMUNICATION and m.term in _saying(lang):
                told.append(m)  # names communication only where undone (see SAYING)
                continue
            if section == _SCHEDULING_VALUE and m.term in _same_day(lang):
                days.append(m)
                continue
        if aspect is not None:
            if section == BRIEF or section == PAID_FOR:
                named_weighted.append(m)  # names the doctor only if it blames (below)
                continue
            if aspect is not _DOCTOR and section != AMOUNT:
                worded = True
                if aspect is _OUTCOME and m.term in _body_terms(lang) and not _weight(m.value):
                    bodily = True  # "the crown cracked": dental work is the body's (see BODY)
            if aspect not in aspects:
                aspects.append(aspect)
            if section == DIAGNOSIS and _DOCTOR not in aspects:
                aspects.append(_DOCTOR)
            elif section == _WAITING_VALUE and _weight(m.value) < 0.0:
                if waits is None:
                    waits = set()
                waits.add((m.start, m.length))
            named_weighted.append(m)
        elif section == JUDGEMENT:
            named_weighted.append(m)
        elif (section == OPENING_CONTRAST or section == EXCEPTION) and m.start == first:
            contrast = True
        elif section == CLAIM and claimed < 0:
            claimed = m.start
        elif section == SCARE_QUOTES:
            quoted.update(range(m.start, m.start + m.length))
        elif section == SARCASM and (
            m.start <= 0
            if lang == "zh"
            else (
                _opens_sentence(tokens, m.start) and m.term not in _written(lang, SARCASM_CLOSING)
            )
            or _closes(lang, tokens, m)
        ):
            sarcasm = _weight(m.value)
            if m.term in _mock_delight(lang):
                marker_end = m.start + m.length
        elif section == RESERVATION:
            named_weighted.append(m)  # a judgement of its own, and a "but" where it opens
            contrast = contrast or m.start <= first + _RESERVATION_OPENS
        elif section == COMPETENCE:
            competence = True
        elif section == MANNER:
            competence = manner = True
            if _weight(m.value):
                named_weighted.append(m)  # "talked down to -2": a judgement of its own
        elif section == GRANTING and m.start <= first:
            # opening its clause: "At least the doctor saw me", not "or at least try to help"
            granted_at.add(m.start)
        elif section == RELIEF:
            reliefs.append(m)
            changes.append(m)
        elif section == CHANGE:
            changes.append(m)
        elif section in _BODILY:
            bodily = True
        elif section == ABLE and able is None:
            able = m
        elif section == AGAIN and able is not None and able.start < m.start:
            again = True
        elif section == HISTORY and history < 0:
            history = m.start + m.length
        elif section == ELSEWHERE and not _compared(m, tokens, lang, span, text):
            elsewhere = m.start
            break  # what it names after is theirs too ("my last GP missed")
    if heard:
        person = next((a for a in aspects if a in _PERSONS), None)
        for m in heard:
            if person is not None:
                named_weighted.append(m._replace(section=person.value))
                continue
            own_aspect = aspect_of[m.section]
            if own_aspect not in aspects:
                aspects.append(own_aspect)
            worded = worded or own_aspect is not _DOCTOR
            named_weighted.append(m)
    if _RECEPTION in aspects and _SCHEDULING in aspects:
        errands = _errands(lang)
        booking = [m for m in named_weighted if m.section == _SCHEDULING_VALUE]
        if booking and all(m.term in errands and not _weight(m.value) for m in booking):
            # "Reception lost my referral twice": the front desk's paperwork (see ERRAND)
            aspects.remove(_SCHEDULING)
            named_weighted = [m for m in named_weighted if m.section != _SCHEDULING_VALUE]
    if (
        days
        and _SCHEDULING not in aspects
        and (_COMMUNICATION in aspects or _tells_results(text, lang))
    ):
        # "get a proper answer the same day", "результати прийшли в застосунок того ж дня": the
        # day of the answer or the results, told where no booking is named, is how fast the
        # information came, not a visit had (session 26, what the time is of)
        if _COMMUNICATION not in aspects:
            aspects.append(_COMMUNICATION)
        worded = True
        named_weighted += [d._replace(section=_COMMUNICATION_VALUE) for d in days]
    elif days and not (
        (_DOCTOR in aspects or _NURSE in aspects)
        and _SCHEDULING not in aspects
        and _RECEPTION not in aspects
        and _COMMUNICATION not in aspects
    ):
        if _SCHEDULING not in aspects:
            aspects.append(_SCHEDULING)
        worded = True
        named_weighted += days
    # Negation scopes: from the end of a negator over the next few words, never past the clause.
    scopes: list[tuple[int, int]] = []
    # the words before a negated verb of being able (UNABLE), turned after the information
    # withheld is read: "Сказать ничего плохого не могу" withholds nothing
    behind: list[tuple[int, int]] = []
    boosts: list[tuple[int, int, float]] = []
    weighted: list[Match] = []
    for m in said:
        section = m.section
        if section == "words" or section == "good":
            if granted_at and m.start in granted_at:
                continue  # "at least -0.5": the grant, not a complaint (see GRANTING)
            weighted.append(m)
            end = m.start + m.length
            if (
                m.length > 1
                and end <= len(tokens)
                and tokens[end - 1] in _unable(lang)
                and _weight(m.value) < 0.0
                and not _within(m, named)
            ):
                # "nie potrafi -2" judges and turns as a negator would (see UNABLE)
                _turn_behind(behind, tokens, max(first, m.start - _UNABLE_BACK), m.start, lang)
                scopes.append((end, end + reach))
        elif section == DENIALS or (section == "negators" and CLAUSE_MARK in m.term):
            scopes.append((m.start + m.length, TO_CLAUSE_END))  # to the clause's end
        elif section == "negators":
            end = m.start + m.length
            if end < len(tokens) and tokens[end] in _unable(lang) and not _within(m, named):
                # "объяснять ничего не стала": the infinitive before the negated verb (UNABLE)
                _turn_behind(behind, tokens, max(first, m.start - _UNABLE_BACK), m.start, lang)
                end += 1
            scopes.append((end, end + reach))
        elif section == "not_negated":
            scopes.append((-1, -1))  # "nigdy nie spotkałam lepszego": cancels what came before
        elif section == "intensifiers":
            boosts.append((m.start + m.length, m.start + m.length + 2, _weight(m.value)))
        elif (section in CONTRASTS or section == "concessive") and m.start == first:
            contrast = True
            conceded = conceded or section == "concessive"
            supposed = supposed or (section == "concessive" and m.term in _supposing(lang))
    for m in told:
        # "nobody told me", "没有一个人能告诉我": a negator before it in its clause, however far,
        # withholds the information; so does a word of failing just before it ("Nikt nie
        # potrafił mi powiedzieć", "forgot to tell us", "не удосужились сказать")
        if any(0 <= start <= m.start for start, _ in scopes) or any(
            0 <= m.start - w.start - w.length <= _FAILED_REACH and _weight(w.value) < 0.0
            for w in weighted
        ):
            if _COMMUNICATION not in aspects:
                aspects.append(_COMMUNICATION)
            worded = True
            named_weighted.append(m)
    if behind:
        scopes.extend(behind)
    if (
        _RECEPTION in aspects
        and _COMMUNICATION in aspects
        and _contact_only(named, lang)
        and not _names_results(named, lang)
    ):
        # "администратор сама перезвонила", "the receptionist rang me back", "реєстраторка
        # відповідала через губу": the front desk's calls and answers are its service (CONTACT)
        aspects.remove(_COMMUNICATION)
        named_weighted = [
            m._replace(section=_RECEPTION_VALUE) if m.section == _COMMUNICATION_VALUE else m
            for m in named_weighted
        ]
    judged_at: set[int] = set()
    general = paid = rushed = bought = listened = heard_own = untold = 0.0
    # its terms of listening and where the words that say how stand (LISTENING)
    heard_terms: list[Match] = []
    listening: set[tuple[int, int]] = set()
    telling: set[tuple[int, int]] = set()  # where its words on a term of telling stand (TELLING)
    told_terms: list[Match] = []
    withheld = False  # a term of telling blames: "nobody told", "nie uprzedził" (TELLING)
    broken = False  # praise turned by a claim (see CLAIM)
    own: dict[Aspect, float] = {}
    if named_weighted:
        # "czekaliśmy na lekarza cztery godziny", "врача ждали": a word of waiting judges the
        # wait, not whom one waited for; it is not a sentiment word of the clause as well
        if waits:
            weighted = [m for m in weighted if (m.start, m.length) not in waits]
        if _COMMUNICATION in aspects:
            heard_terms = [
                m
                for m in named_weighted
                if m.section == _COMMUNICATION_VALUE and _listens(m.term, lang)
            ]
            if heard_terms:
                listening = _words_on(weighted, heard_terms, lang)
            if _DOCTOR in aspects or lang in _PRO_DROP:
                # (the doctor named, or carried from the sentence before: read_aspects)
                told_terms = [
                    m
                    for m in named_weighted
                    if m.section == _COMMUNICATION_VALUE and _tells(m.term, lang)
                ]
                if told_terms:
                    telling = _words_on(weighted, told_terms, lang, _TOLD_BEFORE)
        weighted += named_weighted
    if elsewhere >= 0:
        # "what three other doctors missed", "a shoulder two other surgeons gave up on": what
        # follows another practice or doctor judges them (see ELSEWHERE)
        weighted = [m for m in weighted if m.start < elsewhere]
    if history >= 0:
        weighted = [
            m
            for m in weighted
            if not (history <= m.start < history + _HISTORY_REACH and _weight(m.value) < 0.0)
        ]
    weights = _WEIGHTS
    # (whether any word may be turned by a claim or a scare quote: most clauses hold neither)
    turnable = claimed >= 0 or bool(quoted)
    for m in weighted:
        w = weights.get(m.value)
        if w is None:
            w = _weight(m.value)
        if w == 0.0:
            continue  # a term that only names its aspect, or a blocker
        if w > 0.0 and m.start < marker_end:
            # "Oh great, another locum": the marker's word of delight is the sarcasm, not praise
            # (MOCK_DELIGHT)
            continue
        if boosts:
            for start, end, factor in boosts:
                if start <= m.start < end:
                    w *= factor
        if turnable and (0 <= claimed < m.start or m.start in quoted) and w > 0:
            # "obiecuje «opiekę bez kolejek»": a promise the review says was broken; "so
            # 'friendly' reception": praise in scare quotes (see SCARE_QUOTES)
            w = -w
            broken = True
        section = m.section
        if section in _WEIGHED_APART:
            if section == AMOUNT:
                if m.value in _PAID_VALUES:
                    # kept apart: the clause's judgement and what it shares are its words' (see
                    # AMOUNT); an amount its words mark (AMOUNT_LITTLE) judges the price as a
                    # term of its own
                    paid += w
                    continue
            elif section == BRIEF:
                rushed += w  # weighed after the words (see BRIEF)
                continue
            else:
                bought += w  # weighed after the words (see PAID_FOR)
                continue
        aspect = aspect_of.get(section)
        if scopes:
            deed = 0.0 < w <= _DEED and aspect is not None
            negated = _negated(m, scopes)
            if w < 0.0 and negated == TO_CLAUSE_END:
                w = 0.0  # "I wouldn't say she was rude": a complaint denied, and no praise
            elif negated and m.term.split(None, 1)[0] not in _CONCORD:
                # "nobody told me", "никто не сказал": a deed not done is a complaint, however
                # little the deed says when it is done
                w = _UNDONE if deed else -w * (0.8 if w > 0 else 0.5)
            elif deed:
                continue  # "told", "answered", "called": a deed that tells only when not done
            judged_at.add(m.start)  # read only where there are scopes (below)
        elif 0.0 < w <= _DEED and aspect is not None:
            continue
        if aspect is not None:
            if w < 0.0 and told_terms and m in told_terms:
                withheld = True  # "nobody told", "nie uprzedził", 没人告诉: undone or written so
            own[aspect] = own.get(aspect, 0.0) + w
            if m.section == DIAGNOSIS:
                own[_DOCTOR] = own.get(_DOCTOR, 0.0) + w
            elif heard_terms and m in heard_terms:
                heard_own += w
        else:
            general += w
            if w < 0 and telling and (m.start, m.length) in telling:
                untold += w  # "Nobody told us the physio was off sick" (TELLING)
    if not withheld:
        untold = 0.0  # "dr z ironią powiedział": a telling done, its manner the doctor's
    if scopes:
        past = _PAST_TENSE.get(lang)
        for m in said:
            if m.section == "symptoms" and _negated(m, scopes):
                before = tokens[m.start - 1] if 0 < m.start <= len(tokens) else ""
                if before in _PLAIN_NOT or lang == "zh":
                    general += 1.0  # "nie bolało", "совсем не больно": the care was gentle
            elif m.section == "negators" and past is not None and not 0 <= elsewhere < m.start:
                after = m.start + m.length
                if after < len(tokens) and after not in judged_at:
                    verb = tokens[after]
                    if verb not in _NOT_A_DEED and past.fullmatch(verb):
                        general += _UNMET  # "nie zbadał", "не перезвонили"
    if own.get(_OUTCOME):
        doer = _doer([m for m in named if m.start < elsewhere] if elsewhere >= 0 else named)
        if doer is _RECEPTION:
            # "the admin team sorted it all for me": the front desk's help, not the treatment's
            own[doer] = own.get(doer, 0.0) + own.pop(_OUTCOME)
            if _OUTCOME in aspects:
                aspects.remove(_OUTCOME)
        elif doer is not None and doer not in own:
            own[doer] = own[_OUTCOME]  # "Dr. Suarez fixed a shoulder": the doctor's work too
    if own.get(_SCHEDULING, 0.0) > 0.0 and _RECEPTION not in own:
        # "Receptionist found me a slot the same morning": a booking found by the front desk
        # is its help too (round fifteen; the labels count it as both)
        booked = min(m.start for m in named if m.section == _SCHEDULING_VALUE)
        if any(m.start < booked and m.section == _RECEPTION_VALUE for m in named):
            own[_RECEPTION] = own[_SCHEDULING]
    if reliefs and (
        any(m.section == "symptoms" for m in said) or any(m.section == AILMENTS for m in named)
    ):
        for m in reliefs:
            relief = _weight(m.value) or _RELIEF  # "came back -2" (see RELIEF)
            relief = -relief if scopes and _negated(m, scopes) else relief
            own[_OUTCOME] = own.get(_OUTCOME, 0.0) + relief
        if _OUTCOME not in aspects:
            aspects.append(_OUTCOME)
    if again and able is not None:
        # "six weeks later I can do stairs again": the treatment gave it back (see AGAIN)
        restored = _weight(able.value) or _AGAIN  # "I still can't ... normally -2"
        restored = -restored if scopes and _negated(able, scopes) else restored
        own[_OUTCOME] = own.get(_OUTCOME, 0.0) + restored
        if _OUTCOME not in aspects:
            aspects.append(_OUTCOME)
    # (the people named, made only for a clause that tells a change of the body)
    if (
        changes
        and bodily
        and not own.get(_OUTCOME)
        and _PERSONS.issuperset(people := [a for a in aspects if a is not _OUTCOME])
    ):
        # "the filling fell out within a month", "отёк спал", "疹子消了": the body changed
        # (see BODY); an outcome term that only names the outcome is the body's work too. A
        # person the clause names and does not judge leaves the body its change told after it
        # ("Прошёл курс у Марины Сергеевны: колено перестало опухать", "after four sessions
        # with him the swelling has gone"), not the person's deed ("the dentist helped")
        if people:
            body_at = min(
                m.start for m in named if m.section in _BODILY or m.section == _OUTCOME_VALUE
            )
            changes = [m for m in changes if m.start > body_at]
        if changes and not any(a in own for a in people):
            changed = 0.0
            for m in changes:
                w = _weight(m.value) or _RELIEF
                changed += -w if scopes and _negated(m, scopes) else w
            own[_OUTCOME] = changed
            if _OUTCOME not in aspects:
                aspects.append(_OUTCOME)
    if bought:
        # "200 zł za to, żeby usłyszeć ...": whatever else the clause names, the visit bought
        # nothing, and praise beside it is irony
        rushed += bought
        worded = False
    if (
        rushed
        and (paid or any(m.section == AMOUNT and m.value == _AMOUNT_FIRM for m in weighted))
        and general <= -_JUDGED
        and not bought
    ):
        # "$180 for a ten minute chat is steep", "4500 рублей за консультацию на 10 минут —
        # перебор": an amount paid for a visit told short, judged by the clause's words, is
        # the price weighed against the visit's length (round fifteen); told with no judging
        # word ("$340 for a 10 min visit where she googled") it still blames the doctor, and a
        # visit bought for nothing too (PAID_FOR)
        if _PRICE not in aspects:
            aspects.append(_PRICE)
        own[_PRICE] = own.get(_PRICE, 0.0) + rushed
    elif rushed and not worded:
        # the clause's words name nothing but the doctor (an amount names the price without
        # words)
        if _DOCTOR not in aspects:
            aspects.append(_DOCTOR)
        if general > 0:
            general = -general  # "«внимательный» осмотр за 5 минут": the praise is irony
        own[_DOCTOR] = own.get(_DOCTOR, 0.0) + rushed
    if _ACCESS in aspects and (paid or _PRICE in own) and _PRICE_VALUE not in map(_section, named):
        # "Parking cost me $18", "停车费一小时15块": an amount in a clause of parking is its
        # cost, not the practice's price (round eighteen)
        own[_ACCESS] = own.get(_ACCESS, 0.0) + paid + own.pop(_PRICE, 0.0)
        paid = 0.0
        aspects.remove(_PRICE)
    if _COMMUNICATION in aspects and (
        own.get(_WAITING, 0.0) < 0.0 or own.get(_SCHEDULING, 0.0) < 0.0
    ):
        if _names_results(named, lang):
            # "Результаты анализов пришли только через три недели": the results were late, not
            # the booking nor the wait (see RESULTS)
            for late in (_WAITING, _SCHEDULING):
                if own.get(late, 0.0) < 0.0:
                    own[_COMMUNICATION] = own.get(_COMMUNICATION, 0.0) + own.pop(late)
                    if late in aspects:
                        aspects.remove(late)
    if _WAITING in aspects and (
        _FACILITIES in own or (_FACILITIES in aspects and lang in _FURNISHED_ROOMS)
    ):
        # "the waiting room was clean", "poczekalnia czysta": the room, not the time; and so is
        # a room told by what is in it ("the waiting room had toys everywhere and sticky tables",
        # "候诊区玩具到处都是"; session 42, English and Chinese) where no word of waiting is said
        if all(m.section != _WAITING_VALUE for m in named):
            aspects.remove(_WAITING)
            own.pop(_WAITING, None)
    if heard_terms:
        # what the person is judged by (LISTENING): the clause's words, where some stand on the
        # term of listening ("не слуша* -2" holds its own "not"), else the term's own weight too
        listened = general if listening else general + heard_own
    total = general + sum(own.values()) if own else general
    return _new_clause(
        Clause,
        (
            sentence,
            general,
            own,
            tuple(aspects),
            contrast,
            span,
            text,
            total,
            conceded,
            competence,
            paid,
            bought,
            sarcasm,
            broken,
            False,  # turned
            manner,
            supposed,
            listened,
            untold,
        ),
    )


@cache
def _written(lang: str, section: str) -> frozenset[str]:
    """The terms of a section of aspects_<lang>.txt, as written (a word list a reading tests
    words or terms against, not a matcher's phrases)."""
    return frozenset(term for term, _ in load_sections(f"aspects_{lang}").get(section, []))


def _within(m: Match, named: list[Match]) -> bool:
    """Whether a term of ``named`` that starts before ``m`` holds it and the word after it: a
    phrase that reads the negated verb itself ("объяснить их там никто не смог -2"; not "так и
    не -2", the body's change; see UNABLE)."""
    end = m.start + m.length
    return any(n.start < m.start and end < n.start + n.length for n in named)


def _turn_behind(
    behind: list[tuple[int, int]], tokens: tuple[str, ...], a: int, b: int, lang: str
) -> None:
    """Add the words from the first infinitive among ``a``..``b`` (before a negated verb of
    being able) to ``behind``: the verb it governs, not its subject ("Милая девушка ... не
    смогла"); none where a comparative stands among them: "Лучше врача найти не могла"
    praises (see UNABLE)."""
    better = _written(lang, UNABLE_BETTER)
    ends = _infinitive_ends(lang)
    for k in range(a, b):
        if tokens[k] in better:
            return
    for k in range(a, b):
        if tokens[k].endswith(ends):
            behind.append((k, b))
            return


@cache
def _infinitive_ends(lang: str) -> tuple[str, ...]:
    """How an infinitive ends ([infinitive_ends]: "ть", "ти", "ć"; see UNABLE)."""
    return tuple(sorted(_written(lang, INFINITIVE_ENDS)))


@cache
def _unable(lang: str) -> frozenset[str]:
    """The verbs of being able or willing a negator before them turns with (see UNABLE)."""
    return _written(lang, UNABLE)


@cache
def _set_aside(lang: str) -> frozenset[str]:
    """The terms _judge sets aside before naming their aspect: a person's attention
    (ATTENTION), bare verbs of saying (SAYING) and the same day (SAME_DAY)."""
    return _attention(lang) | _saying(lang) | _same_day(lang)


# the sections _judge weighs apart from the clause's words (AMOUNT, BRIEF, PAID_FOR)
_WEIGHED_APART = frozenset((AMOUNT, BRIEF, PAID_FOR))


def _asides(lang: str) -> frozenset[str]:
    """The [granting] markers, as written, said aside (see ASIDE)."""
    return _written(lang, ASIDE)


@cache
def _errands(lang: str) -> frozenset[str]:
    """The [scheduling] terms, as written, of the front desk's paperwork (see ERRAND)."""
    return _written(lang, ERRAND)


def _closes(lang: str, tokens: tuple[str, ...], m: Match) -> bool:
    """Whether the [sarcasm] marker ``m`` is said as a tag closing its sentence
    (SARCASM_CLOSING)."""
    end = m.start + m.length
    return m.term in _written(lang, SARCASM_CLOSING) and (end >= len(tokens) or tokens[end] == ".")


@cache
def _mock_delight(lang: str) -> frozenset[str]:
    """The [sarcasm] markers, as written, whose words of delight are not meant (MOCK_DELIGHT)."""
    return _written(lang, MOCK_DELIGHT)


@cache
def _supposing(lang: str) -> frozenset[str]:
    """The concessive words of supposition, as written in the sentiment lexicon (SUPPOSING)."""
    return _written(lang, SUPPOSING)


@cache
def _attention(lang: str) -> frozenset[str]:
    """The [communication] and [doctor] terms, as written, of a person's attention (ATTENTION)."""
    return _written(lang, ATTENTION)


@cache
def _saying(lang: str) -> frozenset[str]:
    """The [communication] terms, as written, that are bare verbs of saying (SAYING)."""
    return _written(lang, SAYING)


@cache
def _contact(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words (and the stems, without their "*") that open a term of calling (CONTACT)."""
    words = _written(lang, CONTACT)
    return (
        frozenset(w for w in words if not w.endswith("*")),
        tuple(w[:-1] for w in words if w.endswith("*")),
    )


def _tells(term: str, lang: str) -> bool:
    """Whether a [communication] term tells a telling given or withheld (TELLING)."""
    whole, stems = _stems(lang, TELLING)
    if lang == "zh":
        return any(w in term for w in whole)
    return any(w in whole or w.startswith(stems) for w in term.split())


def _listens(term: str, lang: str) -> bool:
    """Whether a [communication] term tells how a person listened (LISTENING)."""
    whole, stems = _stems(lang, LISTENING)
    if lang == "zh":
        return any(w in term for w in whole)
    return any(w in whole or w.startswith(stems) for w in term.split())


def _contact_only(named: list[Match], lang: str) -> bool:
    """Whether every term of communication among ``named`` is one of calling (CONTACT)."""
    whole, stems = _contact(lang)
    for m in named:
        if m.section != _COMMUNICATION_VALUE:
            continue
        if lang == "zh":
            if not any(w in m.term for w in whole):
                return False
            continue
        first = m.term.split(None, 1)[0]
        if first not in whole and not first.startswith(stems):
            return False
    return True


@cache
def _stems(lang: str, section: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words of a section, and its stems (written with "*", given without it)."""
    words = _written(lang, section)
    return (
        frozenset(w for w in words if not w.endswith("*")),
        tuple(w[:-1] for w in words if w.endswith("*")),
    )


def _says_any(said: str, lang: str, section: str) -> bool:
    """Whether the words ``said`` hold a word or stem of ``section`` (Chinese: as a part); a
    term of several words is looked for as written (". rang": opening a sentence)."""
    whole, stems = _stems(lang, section)
    if lang == "zh":
        return any(map(said.__contains__, whole)) or any(map(said.__contains__, stems))
    phrases = _phrases(lang, section)
    if phrases:
        padded = f" . {said} "  # (once: not the whole text again for each phrase)
        if any(f" {w} " in padded for w in phrases):
            return True
    # (each word against the words, then against the stems, in C: a story's sentences are
    # tested so for results and for calls, word by word in Python they were a generator's
    # step a word)
    words = said.split()
    return not whole.isdisjoint(words) or (
        bool(stems) and any(map(str.startswith, words, repeat(stems)))
    )


@cache
def _phrases(lang: str, section: str) -> tuple[str, ...]:
    """The words of a section that are phrases of several words (see _says_any)."""
    return tuple(w for w in _stems(lang, section)[0] if " " in w)


def _desk_matter(clauses: _Clauses, words: _Words, totals: dict[Aspect, float], lang: str) -> bool:
    """Whether the review's communication is the front desk's (see BILL)."""
    told = [i for i in range(len(clauses)) if _COMMUNICATION in clauses[i].aspects]
    if not told:
        return False
    told_in = list(dict.fromkeys(clauses[i].sentence for i in told))  # in order, once each
    # a sentence's words are joined only where a reading asks for them: where the review
    # names a doctor or a nurse (most), the bill's reading stops at the first sentence that
    # names one, before any words are joined (each sentence's test, both sides in the same
    # order as before; the outcome is the same either way)
    sentences: dict[int, str] = {}

    def said_in(s: int) -> str:
        said = sentences.get(s)
        if said is None:
            said = sentences[s] = " ".join(words.of(clauses[k]) for k in clauses.of_sentence(s))
        return said

    billed = all(
        not any(a in _CARERS for k in clauses.of_sentence(s) for a in clauses[k].aspects)
        and _says_any(said_in(s), lang, BILL)
        for s in told_in
    )
    if not billed and not _CARERS.isdisjoint(totals):
        return False  # neither reading can hold (most reviews naming a doctor or a nurse)
    sentences = {s: said_in(s) for s in told_in}
    if any(_says_any(said, lang, RESULTS) for said in sentences.values()):
        return False
    if billed:
        return True  # "nobody there could explain the invoices"
    whole = words.text if lang == "zh" else " ".join(words.tokens)
    return (
        _says_any(whole, lang, OWN_CALLS)
        and all(_says_any(words.of(clauses[i]), lang, CONTACT) for i in told)
        and not _says_any(whole, lang, RESULTS)
        and _AFTERCARE not in totals  # (see BILL: a call about the treatment's aftermath)
    )


_AFTERCARE = Aspect.OUTCOME


_CARERS = frozenset((Aspect.DOCTOR, Aspect.NURSE))


def _to_front_desk(
    totals: dict[Aspect, float],
    firm: dict[Aspect, float],
    strongest: dict[Aspect, tuple[float, Clause]],
    sides: dict[Aspect, dict[int, float]],
    naming: dict[tuple[Aspect, int], Clause],
) -> None:
    """The communication read becomes the front desk's; where the front desk is judged
    already, it is dropped (see BILL)."""
    desk = _RECEPTION not in totals
    total = totals.pop(_COMMUNICATION)
    said = firm.pop(_COMMUNICATION, None)
    clause = strongest.pop(_COMMUNICATION)
    told = sides.pop(_COMMUNICATION, None)
    for key in [key for key in naming if key[0] is _COMMUNICATION]:
        named = naming.pop(key)
        if desk:
            naming[_RECEPTION, key[1]] = named
    if desk:
        totals[_RECEPTION] = total
        strongest[_RECEPTION] = clause
        if said is not None:
            firm[_RECEPTION] = said
        if told is not None:
            sides[_RECEPTION] = told


@cache
def _same_day(lang: str) -> frozenset[str]:
    """The [scheduling] terms, as written, that tell only the day (see SAME_DAY)."""
    return _written(lang, SAME_DAY)


@cache
def _channel_or_day(lang: str) -> frozenset[str]:
    """The [scheduling] terms, as written, of a channel or of the day (see CHANNEL)."""
    return _written(lang, CHANNEL) | _same_day(lang)


@cache
def _results(lang: str) -> tuple[str, ...]:
    """The stems of results and of records (see RESULTS, RECORDS)."""
    sections = load_sections(f"aspects_{lang}")
    found = [*sections.get(RESULTS, []), *sections.get(RECORDS, [])]
    return tuple(term.rstrip("*") for term, _ in found)


def _tells_results(text: str, lang: str) -> bool:
    """Whether a clause's ``text`` holds a word of results (see RESULTS), whatever it names."""
    stems = _results(lang)
    if not stems:
        return False
    if lang == "zh":
        return any(map(text.__contains__, stems))
    return any(word.startswith(stems) for word in tokenize(text))


def _names_results(named: list[Match], lang: str) -> bool:
    """Whether a term of communication among ``named`` names results (see RESULTS)."""
    stems = _results(lang)
    for m in named:
        if m.section == _COMMUNICATION_VALUE and stems:
            if lang == "zh":
                if any(stem in m.term for stem in stems):
                    return True
            elif any(word.startswith(stems) for word in m.term.split()):
                return True
    return False


@cache
def _than(lang: str) -> frozenset[str]:
    return _written(lang, THAN)


def _compared(
    m: Match, tokens: tuple[str, ...], lang: str, span: tuple[int, int], text: str
) -> bool:
    """Whether a word of comparison comes just before ``m`` (see ELSEWHERE)."""
    than = _than(lang)
    if lang == "zh":
        at = m.start - span[0]
        return any(word in text[max(0, at - 4) : at] for word in than)
    return any(word in than for word in tokens[max(0, m.start - 3) : m.start])


def _doer(named: list[Match]) -> Aspect | None:
    """The person a clause names nearest before the first term that judges the outcome by
    itself: who did what the term tells ("Dr. Suarez fixed a shoulder", "Адміністраторка ...
    допомогла")."""
    first = min(
        (m.start for m in named if m.section == _OUTCOME_VALUE and _weight(m.value) != 0.0),
        default=None,
    )
    if first is None:
        return None
    # the nearest: "Receptionist found me a slot and Dr Ng sorted my ear out" credits the
    # doctor with the ear (round fifteen)
    doer, at = None, -1
    for m in named:
        aspect = _ASPECT_OF.get(m.section)
        if at < m.start < first and aspect in _PERSONS:
            doer, at = aspect, m.start
    return doer


def _negated(m: Match, scopes: list[tuple[int, int]]) -> int:
    """The end of the scope that turns ``m`` (TO_CLAUSE_END: a denial's), or 0 if none does."""
    negated = 0
    for start, end in scopes:
        if start < 0:
            negated = 0
        elif start <= m.start < end:
            negated = end
    return negated


def read_aspects(text: str, lang: str) -> AspectReading:
    """The aspects ``text`` praises and blames, each with the words of its strongest clause."""
    lang = _lang(lang)
    if lang == "zh":
        granting: set[int] = set()
        asides: set[int] = set()
        clauses = _Clauses.judged(_chinese_clauses(text, granting, asides))
        clauses.granting = granting
        clauses.asides = asides
    else:
        clauses = _token_clauses(text, lang)
    if not clauses:  # names nothing (most texts of a few words): nothing more to read
        return AspectReading((), 0.0, 0.0, 0, frozenset(), _is_long(text, lang))
    totals: dict[Aspect, float] = {}
    firm: dict[Aspect, float] = {}
    strongest: dict[Aspect, tuple[float, Clause]] = {}
    amounts: list[tuple[Clause, bool]] = []  # the clauses that tell an amount paid, granted
    # the aspects named but not judged, with their clause, and the sentences that praise: for a
    # marker of granting (GRANTING)
    unjudged: list[tuple[Aspect, Clause]] = []
    praised: set[int] = set()
    sentences = clauses.sentences
    # A clause speaks of an aspect only in a sentence that names one, or in the sentence after
    # one (see _previous_sentence): the others are never judged unless a verdict needs them.
    # (in C: the sentences of the clauses that name, and each one's next)
    near = set(compress(sentences, clauses.naming))
    near |= set(map(_NEXT, near)) | clauses.competence
    items = clauses.near(near)
    _read_wishes(clauses, items)
    _read_wished_more(clauses, items, lang)
    if not _is_long(text, lang):
        _read_reserved_facts(clauses, items, lang)
    _read_marks_withheld(clauses, items, lang)
    _read_unlike(clauses, items, lang)
    _read_fears(clauses, items, lang)
    _read_set_right_late(clauses, items, lang)
    # praise waved away (see DISMISSAL) is not meant, as hedged praise is not
    hedged = _read_dismissals(clauses, items, lang)
    turned = _hedged_turned(clauses, items, lang)
    when = _when(lang)
    regrets = _regrets(lang)
    regretted: set[Sentiment] = set()  # what sentences of regret kept apart judge (REGRET)
    afterthoughts: set[Sentiment] = set()  # what concessions added afterwards judge
    # what each sentence says of each aspect, outside granted clauses, and the clause of each
    # sentence that names the aspect itself (see TWO_SIDED)
    sides: dict[Aspect, dict[int, float]] = {}
    # a person's praise in each sentence so far, (totals, firm), that the person's manner blamed
    # after it in the same sentence takes back (see SKILL_THEN_MANNER)
    skilled: dict[tuple[Aspect, int], tuple[float, float]] = {}
    naming: dict[tuple[Aspect, int], Clause] = {}
    ironic = clauses.ironies and _read_irony(clauses.every(), sentences)
    if text.rstrip().endswith(_EXCLAIMED):
        ironic = _cheer_after_failures(clauses, sentences, lang) or ironic
    ironic = _closing_irony(clauses, sentences, lang) or ironic
    bygone = _of_another_time(text, lang, clauses, sentences)
    past = _the_past(text, lang, items, sentences)
    for i, sentence in enumerate(sentences):
        if sentence not in near:
            continue
        clause = items[i]
        assert clause is not None  # (near: judged)
        aspects, general, total = clause.aspects, clause.general, clause.total
        if not aspects and i in turned:
            hedged = True  # a person praised without a role, then the diagnosis (MISREAD)
        if (
            general >= _JUDGED
            and lang in _PRO_DROP
            and (
                aspects == _COMMUNICATION_ONLY
                # (a sentence that names nothing judges what the one before it named:
                # _previous_sentence)
                or (
                    not aspects
                    and any(map(clauses.naming.__getitem__, clauses.of_sentence(sentence)))
                )
            )
            and not clause.contrast
            and (carried := _carried_person(clauses, i)) is not None
        ):
            # "Была на приёме у Елены Викторовны. Выслушала, всё объяснила": the person the
            # sentence before named is who these words judge (PRO_DROP)
            aspects = (*aspects, carried)
        if (
            _WAITING in aspects
            and clauses.says_when(clause, when)
            and not clauses.measures(clause, when)
            and not clauses.alone(i)
        ):
            # "Пока я ждал приёма, мне выписали штраф": the wait is when it happened; it is
            # a complaint only where the clause says how long ("after waiting two hours").
            # A clause of time alone in its sentence holds its main clause too ("When I got
            # there the waiting room was packed").
            aspects = tuple(a for a in aspects if a is not _WAITING)
            if not aspects:
                continue
        if clause.manner:
            # "Called to move my appointment and the man who answered was rude", "со мной
            # разговаривали грубо и бросили трубку": the manner is a person's (see MANNER), not
            # the information's; what the clause judges by a term of its own stays
            # ("Rude billing staff and a surprise bill": the bill too); where it names nobody,
            # what else it names is the occasion, and the answering or speaking the person's
            owned = clause.own
            persons = tuple(a for a in aspects if a in _PERSONS)
            again = _names_again(clauses, i, lang)
            if persons and _booked(clause):
                # "I rang to book with Dr Lee and was spoken to rudely", "Звонила записаться к
                # терапевту и нарвалась на хамство": the doctor is the one booked, whoever spoke
                # is the front desk, and the booking is the occasion (round twenty-one); a
                # pronoun names the doctor again ("booked with Dr Lee and he was rude"), and a
                # person named before the booking is its subject ("The doctor I booked with
                # was rude")
                if not again and _books_whom(clauses, i):
                    persons = tuple(a for a in persons if a not in _BOOKED) or (_RECEPTION,)
                # (not `a not in (*_PERSONS, _COMMUNICATION)`: mypyc 2.4.1 crashes on it)
                kept = [
                    a
                    for a in aspects
                    if a in owned and a not in _PERSONS and a is not _COMMUNICATION
                ]
            elif persons:
                others = [a for a in aspects if a not in _PERSONS]
                kept = [a for a in others if a is not _COMMUNICATION or a in owned]
            else:
                persons = (_unplaced_person(clauses, i, again),)
                kept = [a for a in aspects if a in owned and a is not _COMMUNICATION]
            aspects = (*persons, *kept)
        if not aspects:
            if -_JUDGED < general < _JUDGED or clauses.says_when(clause, when):
                continue  # judges nothing, or the patient's state at a time ("when I had...")
            named = _subject_before(clauses, i) or _neighbour(clauses, i, _names, -1)
            if named is not None and named.contrast:
                at = next(k for k, c in enumerate(items) if c is named)
                if _excepts(clauses, at):
                    named = None  # "Кроме парковки, | всё отлично": the exception is no subject
            before = None if named is not None else _previous_sentence(clauses, i, regrets)
            if before is not None and _exclaims(clauses, i, clause):
                # "We waited 3 hours for the doctor!!! Terrible.": a word or two after a
                # sentence that blamed the wait by a term of its own say more of the wait and
                # of what else it named, not of the person waited for ("Do tego był niemiły"
                # still blames him; after "The doctor explained everything." a "Wonderful."
                # still credits the doctor)
                own = before.own
                awaited = [a for a in own if a in _AWAITED and own[a] * general > 0]
                if awaited:
                    others = [a for a in before.aspects if a not in own and a not in _PERSONS]
                    aspects = (*awaited, *others)
            named = named or before
            if aspects:
                pass
            elif (
                named is not None
                and named is before
                and _told_against(named, general)
                and not _is_long(text, lang)
                and (general > 0.0 or not _tells_of_the_past(text, lang))
            ):
                # "Opis rezonansu dostałam po trzech tygodniach. Sama pani technik bardzo miła.":
                # the sentence before judged all it named by terms of their own, and this one
                # judges the other way: it speaks of someone it does not name, not of that
                # (OWNED_AGAINST); its judgement still counts for the verdict, as regret's does
                regretted.add(_POSITIVE if general > 0.0 else _NEGATIVE)
                continue
            elif named is not None:
                # "the doctor was an hour late, and rude": the judgement falls on what the
                # clause named, not on what it judged by a term of its own (the wait)
                aspects = tuple(a for a in named.aspects if a not in named.own) or named.aspects
            elif clause.competence and not _names_a_person(clauses, i):
                aspects = (Aspect.DOCTOR,)  # "negligent and incompetent": the care given
            else:
                regret = clauses.regretting(i, regrets)
                if abs(regret) >= _JUDGED:
                    # "Лікарка уважна. На жаль, не все так добре.": kept apart from the praise,
                    # it is still a complaint of the review's (see REGRET)
                    regretted.add(_POSITIVE if regret > 0 else _NEGATIVE)
                continue
        elif -_JUDGED < total < _JUDGED:
            general = _across_contrast(clauses, i, when)
            if general == 0.0 and aspects == _STATED_FEE and _STATED_PAID < clause.paid < 0.0:
                pass  # "Приём стоил 1200 рублей, врач ...": a fee stated takes no praise beside it
            elif general == 0.0:
                # "found me a slot, when I had lost all hope": a clause that says when, not
                # how, lends no judgement ("kiedy", "когда", "коли", "when", "while"). One
                # that names without judging is the occasion of what its neighbour says of
                # its own aspect ("The receptionist was rude | when I rang to book"), and the
                # cause of a feeling that names nothing ("I was so relieved | when the surgeon
                # rang me back"): it takes only such a feeling.
                occasion = clauses.says_when(clause, when)
                if _PERSONS.issuperset(aspects) and clauses.told_that(i, lang):
                    continue  # "Никто не предупредил, что врач заболел" (TOLD_THAT)
                # a person's manner is lent only to a person ("Zadzwoniłam przełożyć wizytę,
                # pan, który odebrał, był opryskliwy": not the booking; see MANNER)
                unpeopled = _PERSONS.isdisjoint(aspects) or _booked(clause)

                def lends(
                    clause: Clause, occasion: bool = occasion, unpeopled: bool = unpeopled
                ) -> bool:
                    return (
                        _judges(clause)
                        and not (occasion and clause.aspects)
                        and not clauses.says_when(clause, when)
                        and not (unpeopled and clause.manner)
                    )

                near_by = _neighbour(clauses, i, lends, -1) or _neighbour(clauses, i, lends, 1)
                general = near_by.total if near_by else 0.0
                if near_by and near_by.manner:
                    # "Pani w rejestracji rozmawiała ze mną tak, | jakbym zabierała jej czas":
                    # the manner is the person's, not what was said (see MANNER)
                    aspects = tuple(a for a in aspects if a in _PERSONS)
                if near_by and _RECEPTION in near_by.aspects and _booked(clause):
                    # "想挂心内科医生的号，电话里说话很冲": what is said of the call is not said
                    # of the doctor being booked
                    aspects = tuple(a for a in aspects if a not in _BOOKED)
        # "Lekarz wszystko wytłumaczył", "врач опаздывает": a clause judged by a self-judging
        # term ("explained", "is late") credits or blames that aspect, not the others it names,
        # unless its sentiment words say more.
        shared = general if not clause.own or abs(general) >= _SHARED else 0.0
        # "Lekarz nie słuchał": what the words of listening say is the person's, however
        # little they weigh (LISTENING)
        shared_person = clause.listened or shared
        if clause.untold and general == clause.general and not clause.listened:
            # "Nobody told us the physio was off sick": the blame is the information's; what
            # else its words say is the doctor's (TELLING)
            doctor = general - clause.untold
            shared_doctor = doctor if not clause.own or abs(doctor) >= _SHARED else 0.0
        else:
            shared_doctor = shared_person
        # "Although the wait was long, the nurses were wonderful": what a sentence opens by
        # granting is not what it means. "The treatment helped, although the queue was long"
        # adds the complaint after the praise: that one stands.
        # "Хотя бы медсестра взяла кровь аккуратно.", "Хоть сыпь прошла.": a concessive word
        # that also grants ("at least"), opening a sentence it is alone in, grants nothing to a
        # main clause: the praise is meant (GRANTING)
        # "To dla mnie dyskwalifikacja, nawet jeśli lekarze są dobrzy": a supposition grants
        # wherever it stands (SUPPOSING)
        granted = clause.conceded and (
            clause.supposed
            or (
                (i == 0 or sentences[i - 1] != sentence)
                and not (sentence in clauses.granting and clauses.alone(i))
            )
        )
        if granted and not clause.supposed and _granted_to_another(items, sentences, i):
            # "Although the doctor was lovely, the receptionists were rude": praise granted to
            # one person against a complaint of others is meant (GRANTED_TO_ANOTHER)
            granted = False
        # "Клиника новая, всё блестит. Хотя добраться без машины сложно.": a concession that
        # concedes to nothing after it in its sentence is a side added afterwards (AFTERTHOUGHT)
        added = granted and not clause.supposed and not _concedes_to(items, sentences, i)
        for aspect in aspects:
            if aspect in clause.own:
                said = general + clause.own[aspect]
            elif aspect is _DOCTOR:
                said = shared_doctor
            else:
                said = shared_person if aspect in _PERSONS else shared
            if added and abs(said) >= _JUDGED:
                afterthoughts.add(_POSITIVE if said > 0 else _NEGATIVE)
            if said < 0 and i in past and aspect in _CARE:
                continue  # "Years of being dismissed. Dr Lee listened.": the past (see PAST)
            if said > 0 and i in turned:
                said = -_CONTRASTED  # "Niby miły pan doktor, ale ...": hedged (see HEDGE)
                hedged = True
            if aspect is _PRICE and clause.paid:
                amounts.append((clause, granted))  # counted after the words (see AMOUNT)
            if abs(said) < _JUDGED:
                if clauses.granting:
                    unjudged.append((aspect, clause))
                continue
            if said > 0:
                praised.add(sentence)
                # "Although the doctor was friendly enough, she never examined my ankle": praise
                # only granted is not the review's (see AspectReading.hedged)
                hedged = hedged or (granted and not added)
            if aspect in _PERSONS and (said > 0 or clause.manner):
                back = _skill_then_manner(skilled, (aspect, sentence), said, granted, clause)
                if back is not None:
                    # "Very knowledgeable but unfriendly": the complaint is the chip, and the
                    # skill granted is still praise of the review's (SKILL_THEN_MANNER)
                    if back[1] >= _JUDGED:
                        regretted.add(_POSITIVE)
                    totals[aspect] -= back[0]
                    if back[1]:
                        firm[aspect] -= back[1]
                        sides[aspect][sentence] -= back[1]
                    strongest[aspect] = (abs(said), clause)
            totals[aspect] = totals.get(aspect, 0.0) + said
            if not granted:
                firm[aspect] = firm.get(aspect, 0.0) + said
                told = sides.setdefault(aspect, {})
                told[sentence] = told.get(sentence, 0.0) + said
                if aspect in clause.aspects:
                    naming[aspect, sentence] = clause
            if (
                aspect not in strongest
                or abs(said) > strongest[aspect][0]
                or (
                    abs(said) == strongest[aspect][0]
                    and aspect in clause.own
                    and aspect not in strongest[aspect][1].own
                )
            ):
                # a tie goes to the clause whose own words judge the aspect, not to its
                # neighbour that borrowed them ("Crown fitted in March, | cracked in May")
                strongest[aspect] = (abs(said), clause)
    if amounts and abs(totals.get(_PRICE, 0.0)) < _JUDGED:
        _blame_amounts(amounts, totals, firm, strongest, _praise_turned_after(amounts, items))
    words = _Words(text, lang)
    if _COMMUNICATION in totals and _desk_matter(clauses, words, totals, lang):
        _to_front_desk(totals, firm, strongest, sides, naming)
    # (the text's words counted once: whether it is long, and a story; Chinese by characters,
    # two to a word)
    size = len(text) if lang == "zh" else 2 * len(tokenize(text))
    long, story = size > 2 * _SHORT_WORDS, size > 2 * _REVIEW_WORDS
    platform = size <= 2 * _PLATFORM_WORDS
    two_sided = not long and _two_sided(sides, naming, totals, strongest)
    # the aspects a long story praises in some sentences and blames in others (BOTH_WAYS)
    both = _judged_both_ways(sides, naming) if long and size <= 2 * _SPREAD_WORDS else ()
    granted_against = 0.0
    tallies = (totals, firm, strongest)
    granting = clauses.granting
    if unjudged and clauses.asides and not long:
        conceding = _conceding_asides(clauses.asides, sides, praised)
        if conceding:
            # "Лікарка уважна, все пояснила. Ціни, щоправда, зависокі." (see ASIDE)
            _judge_granted(unjudged, conceding, True, tallies, _GRANTED_AGAINST)
            granting = granting - clauses.asides
    if unjudged and not granting <= praised and not long:
        # (not in a long story: "at least to save any confusion", a hedge, not a grant)
        bare = granting - praised
        praised |= {c.sentence for c in _judge_granted(unjudged, bare, True, tallies)}
    if unjudged and not granting.isdisjoint(praised):
        blamed = _judge_granted(unjudged, granting, False, tallies)
        granted_against = -_GRANTED_AGAINST * len(blamed)
    # "Strona obiecuje «opiekę bez kolejek». Siedziałem na korytarzu półtorej godziny.": the
    # praise words of a claim held against the practice are not meant either
    # (the clauses judged, in C: filter drops those never judged, None)
    ironic = ironic or any(map(_claimed, filter(None, clauses.items)))
    opinions = tuple(
        [
            AspectOpinion(
                aspect,
                _POSITIVE if total > 0 else _NEGATIVE,
                words.of(strongest[aspect][1]),
            )
            for aspect, total in totals.items()
            if abs(total) >= _JUDGED
        ]
    )
    # (the firm sums' strongest praise and blame, and so the polarities, in C)
    best_praise = max(filter(_JUDGED.__le__, firm.values()), default=0.0)
    worst_blame = max(map(neg, filter(_BLAMED.__ge__, firm.values())), default=0.0)
    polarities = _POLARITIES[best_praise > 0.0, worst_blame > 0.0]
    if regretted and polarities:
        polarities |= regretted
    if afterthoughts and polarities:
        polarities |= afterthoughts
    if len(polarities) == 1 and not long:
        # "Overall a decent experience, but the receptionist was rude": the verdict of the
        # whole, beside the aspects (see WHOLE)
        polarities |= _whole_verdicts(clauses, lang)
    if two_sided:
        polarities = _BOTH_SIDES  # one aspect praised and blamed apart is a mixed review
    praise, blame = 0.0, granted_against
    judged = 0
    if len(polarities) > 1:  # a mixed verdict weighs every clause of the text
        for clause in clauses.every():
            if clause.turned:
                continue
            if clause.total >= _JUDGED:
                praise += clause.total
                judged += 1
            elif clause.total <= -_JUDGED:
                blame -= clause.total
                judged += 1
    reserved = False
    if len(polarities) > 1 and worst_blame <= best_praise:
        # (the complaint set apart from the praise; praise set apart from a complaint, "but the
        # nurses were kind", is a concession: a Care Opinion negative story read mixed)
        listed = _minuses_from(clauses)
        reserved = any(
            total <= -_JUDGED
            and (
                _set_apart(clauses, strongest[aspect][1])
                or strongest[aspect][1].sentence > listed
                or _opened_by_reservation(clauses, strongest[aspect][1], lang)
                or _blamed_after_reservation(clauses, sides.get(aspect, {}), lang)
                # a complaint said as a wish (WISH): the writer sets it apart (session 44)
                or strongest[aspect][1].sentence in clauses.wished
            )
            for aspect, total in firm.items()
        )
    elif len(polarities) > 1 and not long and best_praise >= _RESERVED:
        # praise told first, then a complaint set apart by "but" ("Цены приятные, и ремонт
        # свежий. Но гинеколог грубоватая, ..."): both are meant (PRAISE_THEN_BUT)
        first_praise = min(
            strongest[aspect][1].sentence for aspect, total in firm.items() if total >= _JUDGED
        )
        reserved = any(
            total <= -_JUDGED
            and strongest[aspect][1].sentence > first_praise
            and (
                _set_apart(clauses, strongest[aspect][1])
                or _opened_by_reservation(clauses, strongest[aspect][1], lang)
            )
            for aspect, total in firm.items()
        )
    spread = (
        len(polarities) > 1
        and size <= 2 * _SPREAD_WORDS
        and _spread_side(firm, sides, both, 1.0) >= _SPREAD_SIDE
        and _spread_side(firm, sides, both, -1.0) >= _SPREAD_SIDE
    )
    praised_first = (
        len(polarities) > 1
        and _RESERVED <= best_praise < worst_blame
        and (
            _praised_then_turned(clauses, firm, strongest)
            or _granted_praise(clauses, firm, strongest)
        )
    )
    return AspectReading(
        opinions,
        praise,
        blame,
        judged,
        polarities,
        long,
        max(map(abs, firm.values()), default=0.0),
        ironic,
        min(best_praise, worst_blame),
        reserved,
        hedged,
        praised_first,
        bygone,
        story,
        platform,
        spread,
    )


# AFTERTHOUGHT: a sentence opened by a concessive word ("although", "хотя", "хоча", "choć",
# "虽然") grants what it says to the main clause after it that judges the other way ("Although the
# wait was long, the nurses were wonderful"); with no such clause after it ("Не рекомендую цю
# клініку: адміністраторка накричала на маму. Хоча лікар був уважний."), it concedes nothing:
# the writer adds the other side afterwards, and the review is mixed. Only the verdict reads it
# (the polarities), as it reads regret (REGRET): the chips are what they were.
def _concedes_to(items: list[Clause | None], sentences: list[int], i: int) -> bool:
    """Whether the concession opening clause ``i``'s sentence is granted to a clause after it in
    that sentence: one that judges the other way, or any where it judges nothing itself (it was
    judged from across the contrast)."""
    conceding = items[i]
    assert conceding is not None  # (the clause read: judged)
    said = conceding.total
    sentence = sentences[i]
    if -_JUDGED < said < _JUDGED:
        return i + 1 < len(items) and sentences[i + 1] == sentence
    for k in range(i + 1, len(items)):
        if sentences[k] != sentence:
            break
        later = items[k]
        if later is not None and not later.conceded and later.total * said <= -_JUDGED * _JUDGED:
            return True
    return False


# GRANTED_TO_ANOTHER: a concession that grants a person's praise to a complaint of other people
# or things in its sentence ("Although the doctor was lovely and took her time, the
# receptionists were rude and I sat an hour past my slot", "Хоть врач и была приятная,
# регистратура хамила", "Choć pani doktor była miła, rejestracja była opryskliwa") is the other
# side of a mixed review: the writer sets one person against the rest (session 32, probe45a).
# Where a clause after it that judges the other way names the person granted, the person's
# work (the outcome) or nobody ("Although the doctor was friendly enough, she never examined my
# ankle"), the praise stays only granted (see AspectReading.hedged).
def _granted_to_another(items: list[Clause | None], sentences: list[int], i: int) -> bool:
    """Whether clause ``i``, opened by a concession, praises (or blames) persons that the
    clauses after it in its sentence, judging the other way, leave alone: they all name other
    aspects."""
    conceding = items[i]
    assert conceding is not None  # (the clause read: judged)
    if abs(conceding.total) < _JUDGED or not conceding.aspects:
        return False
    if not _PERSONS.issuperset(conceding.aspects):
        return False
    # blame granted to one person against praise of others is meant the same way ("Although
    # the woman on the front desk was curt, the surgeon was excellent", "Хоть администратор и
    # разговаривала сквозь зубы, хирург оказался отличный", "虽然挂号处的工作人员对我爱答不理，但
    # 主刀的李主任非常好": session 35, probe48); the person's own praise after it stays granted
    sign = 1.0 if conceding.total > 0 else -1.0
    kept = {*conceding.aspects, *_HEDGED_WORK} if sign > 0 else set(conceding.aspects)
    against = False
    for k in range(i + 1, len(items)):
        if sentences[k] != sentences[i]:
            break
        later = items[k]
        if later is None or later.conceded or later.total * sign > -_JUDGED:
            continue
        if not later.aspects or not kept.isdisjoint(later.aspects):
            return False
        against = True
    return against


# SKILL_THEN_MANNER: a person praised, then blamed for their manner later in the same sentence
# ("Dr Patel is very knowledgeable but unfriendly", "Врач грамотный, но хамоватый", "医生很专业，
# 就是态度冷淡"): the complaint is what the review says of the person, as the labelled sets read
# it (round thirty-six; one chip, the complaint's), not the sum of the two, which the praise's
# intensifier won. The manner blamed first and praise after ("rude at first, but then lovely")
# is summed as before. The skill granted is still praise of the review's: it joins the
# verdict's polarities as regret's does, and "Knowledgeable but unfriendly", "Знающий
# специалист, но грубый" are mixed (session 26, acomm2), the chip the complaint's.
def _skill_then_manner(
    skilled: dict[tuple[Aspect, int], tuple[float, float]],
    key: tuple[Aspect, int],
    said: float,
    granted: bool,
    clause: Clause,
) -> tuple[float, float] | None:
    """The praise of ``key`` (totals, firm) to take back before the clause's ``said`` is
    counted: the praise earlier in the sentence where this clause blames the person's manner;
    None where it takes nothing back (and a praise is recorded)."""
    if said > 0:
        before = skilled.get(key, (0.0, 0.0))
        skilled[key] = (before[0] + said, before[1] + (0.0 if granted else said))
        return None
    if clause.manner and said <= -_JUDGED and key in skilled:
        return skilled.pop(key)
    return None


# TWO_SIDED: one aspect praised in one sentence and blamed in another ("The doctor was kind.
# Later the doctor was rude to me.", "рентгенлаборант спокойно объяснял каждый звук. Заключение
# пришло только через три недели"): the review praises and blames, so it is mixed, whatever the
# sum of the two leaves of the aspect; where the two weigh the same, the aspect keeps the later
# sentence's judgement if that sentence names it itself (the complaint or the praise told last,
# of the aspect named again), not a sentence that only goes on with it ("Pielęgniarki – anioły.
# Łazienki – koszmar." does not blame the nurses). In one sentence praise and blame of an
# aspect still weigh against each other ("Лікар знає свою справу, але пояснює дуже мало"), and
# a long story is read as before (Care Opinion: its stories praise a person and tell what went
# wrong before: 10 stories, none mixed, were read so, and 4 took a chip of the wrong side).
_BOTH_SIDES = frozenset((_POSITIVE, _NEGATIVE))
# the polarities of a reading, by (praises, blames)
_POLARITIES = {
    (False, False): frozenset(),
    (True, False): frozenset((_POSITIVE,)),
    (False, True): frozenset((_NEGATIVE,)),
    (True, True): _BOTH_SIDES,
}
_BLAMED = -_JUDGED
# ... each side at least this strong, more than a bare deed ("Informed by an officer the nurse
# would help me" after a nurse who talked down: Care Opinion, a promise, not praise)
_TWO_SIDED = 1.5


def _two_sided(
    sides: dict[Aspect, dict[int, float]],
    naming: dict[tuple[Aspect, int], Clause],
    totals: dict[Aspect, float],
    strongest: dict[Aspect, tuple[float, Clause]],
) -> bool:
    """Whether an aspect is praised in one sentence and blamed in another (TWO_SIDED); such an
    aspect whose sum says nothing takes the later sentence's judgement in ``totals``."""
    found = False
    for aspect, told in sides.items():
        if len(told) < 2:
            continue
        praised = [s for s, said in told.items() if said >= _TWO_SIDED and (aspect, s) in naming]
        blamed = [s for s, said in told.items() if said <= -_TWO_SIDED and (aspect, s) in naming]
        if not praised or not blamed:
            continue
        found = True
        later = max(*praised, *blamed)
        clause = naming.get((aspect, later))
        if abs(totals.get(aspect, 0.0)) < _JUDGED and clause is not None:
            totals[aspect] = told[later]
            strongest[aspect] = (abs(told[later]), clause)
    return found


# BOTH_WAYS (session 46, aspboth46, probe63): a long story (past _SHORT_WORDS words, up to
# _SPREAD_WORDS) that praises one aspect in some sentences and blames it in others, each side at
# least _BOTH_FIRM over its sentences and told in a sentence that names the aspect ("the woman on
# the phone was warm and rang back ... at the desk on the day she snapped at me"; "Dr Lee was
# lovely at the first visit ... at the follow-up she was curt"), judges that aspect on both
# sides: SPREAD counts it on each (its sum kept one side and dropped the other, so a story that
# praises the desk and the doctor and blames the desk and the wait was read as blaming the wait
# alone), the side its sum dropped only where one of its sentences there judges no aspect
# counted already ("She was abrupt and cold, fired questions at me": the doctor's blame and the
# communication's are one complaint, not two). The aspect's chip keeps the sum of its sentences,
# measured against the other sides one could give it on the tuning parts: the side of its last
# firm sentence lost aspect F1 in four languages; for the outcome alone (the result after the
# symptoms) it was right in 4 rows of earlier probes and wrong in 4; the side of its strongest
# sentence right in 10 and wrong in 10. A short review has TWO_SIDED. The polarities stay those
# of the sums: counting both sides there too (before the sentence of its own was asked) made 6
# Care Opinion stories mixed where SPREAD alone made 4, for the same tuning rows.
_BOTH_FIRM = 2.0


def _judged_both_ways(
    sides: dict[Aspect, dict[int, float]], naming: dict[tuple[Aspect, int], Clause]
) -> tuple[Aspect, ...]:
    """The aspects a story judges both ways, each side at least _BOTH_FIRM (BOTH_WAYS)."""
    found: list[Aspect] = []
    for aspect, told in sides.items():
        if len(told) < 2:
            continue
        up = down = 0.0
        named_up = named_down = False
        for sentence, said in told.items():
            if said >= _JUDGED:
                up += said
                named_up = named_up or (aspect, sentence) in naming
            elif said <= -_JUDGED:
                down -= said
                named_down = named_down or (aspect, sentence) in naming
        if up >= _BOTH_FIRM and down >= _BOTH_FIRM and named_up and named_down:
            found.append(aspect)
    return tuple(found)


def _spread_side(
    firm: dict[Aspect, float],
    sides: dict[Aspect, dict[int, float]],
    both: tuple[Aspect, ...],
    sign: float,
) -> int:
    """How many aspects SPREAD counts on one side (``sign`` 1.0 praise, -1.0 blame): those whose
    sum judges them so at least _SPREAD_FIRM, and those judged both ways (BOTH_WAYS) whose sum
    dropped this side, where one of their sentences on it judges none of those counted before."""
    counted = [a for a, v in firm.items() if sign * v >= _SPREAD_FIRM]
    if not both:
        return len(counted)
    told = {s for a in counted for s, said in sides.get(a, {}).items() if sign * said >= _JUDGED}
    dropped = 0
    for aspect in both:
        if aspect in counted:
            continue
        own = {s for s, said in sides[aspect].items() if sign * said >= _JUDGED}
        if not own <= told:
            dropped += 1
            told |= own
    return len(counted) + dropped


_SARCASM_OPENS = 4  # tokens (commas too) before a marker of sarcasm: "Super, naprawdę super, że"
# A marker this strong is irony by its own words, a suffering loved or a failure praised ("Love
# waiting", "Great job losing my sample"): its sentence's praise is turned with no complaint
# told beside it (a marker such as "Love how" needs one: "Love how the nurses remember me")
_SURE_SARCASM = -2.0


def _opens_sentence(tokens: tuple[str, ...], k: int) -> bool:
    """Whether the word at ``k`` stands among the first few of its sentence (SARCASM)."""
    return k <= _SARCASM_OPENS or "." in tokens[k - _SARCASM_OPENS : k]


# Praise of the diagnosis after the diagnosis failed (session 41, aspmix41): a sentence that
# praises the doctor's diagnosing ("Great diagnostic skills.", "Brilliant diagnosis.", "诊断水平
# 真高。"), in the two sentences after one that blames the diagnosis by its own terms (a
# misdiagnosis told, TOLD, or named), is irony: it blames what it names. A "but" opening it
# keeps it meant ("..., but the diagnosis at the hospital was spot on" names another practice
# anyway); so does praise of a deed of its own.
_MISREAD_IRONY = 2
_MISREAD_TAG_WORDS = 4


def _misreads(clause: Clause) -> bool:
    """Whether ``clause`` blames the diagnosis by its own terms: the doctor and the outcome
    both (see DIAGNOSIS, TOLD)."""
    own = clause.own
    return own.get(_DOCTOR, 0.0) < 0.0 and own.get(_OUTCOME, 0.0) < 0.0


def _praises_diagnosis(clause: Clause) -> bool:
    """Whether ``clause`` praises the diagnosis by words of judgement alone: it names the doctor
    and the outcome (a diagnosis does both), nothing else, and no deed of its own praises."""
    aspects = clause.aspects
    return (
        not clause.contrast
        and clause.general >= _JUDGED
        and len(aspects) == 2
        and _DOCTOR in aspects
        and _OUTCOME in aspects
        and all(w < 0.0 for w in clause.own.values())
        and _tag_short(clause.text)
    )


def _tag_short(text: str) -> bool:
    """Whether a clause's ``text`` is as short as a sarcastic tag: four words at most, or eight
    Chinese characters ("great diagnostic skills", "诊断水平真是高啊"; not "then Dr Lee made a
    brilliant diagnosis")."""
    words = text.split()
    return len(words) <= _MISREAD_TAG_WORDS if len(words) > 1 else len(text) <= _CHEER_CHARS


def _read_irony(items: list[Clause], sentences: list[int]) -> bool:
    """Turns, in ``items``, the praise that is irony (see _as_irony and SARCASM); whether any
    was."""
    ironic = False
    until = -1  # praise up to this sentence, after a visit bought for nothing, is irony
    misread = -1  # praise of the diagnosis up to this sentence, after it failed, is irony
    for i, clause in enumerate(items):
        sentence = sentences[i]
        if _misreads(clause):
            misread = sentence + _MISREAD_IRONY
        elif sentence <= misread and _praises_diagnosis(clause):
            # "He said sprain. X-ray elsewhere: broken. Great diagnostic skills.", "说是扭伤，
            # 结果是骨折。诊断水平真高。" (MISREAD_IRONY)
            items[i] = _as_irony(clause)
            ironic = True
            continue
        if clause.bought < 0.0:
            until = sentence + 1
        elif sentence <= until and clause.contrast:
            until = -1  # "..., but the nurse was lovely": meant
        elif (
            sentence <= until
            and clause.general >= _JUDGED
            and all(a is _DOCTOR or a in clause.own for a in clause.aspects)
        ):
            # "Paid 900 грн to hear 'it happens'. Thank you, doctor, you really helped."
            items[i] = _as_irony(clause)
            ironic = True
    for i, clause in enumerate(items):
        if clause.sarcasm:
            sentence = sentences[i]
            same = _clauses_of(sentences, sentence)
            after = _clauses_of(sentences, sentence + 1)
            if _sarcasm(items, same, after, clause.sarcasm) or _only_blames(items, same):
                ironic = True
                # "Super urgent.", "Polecam każdemu, kto lubi tracić pół dnia.": praise that
                # names nothing in the sentence after goes on with the irony
                for j in after:
                    if items[j].contrast or items[j].aspects:
                        break
                    if items[j].general >= _JUDGED:
                        items[j] = _as_irony(items[j])
    return ironic


# A cheer after a list of failures (session 30): a short last sentence, exclaimed, that praises
# and names nobody, after sentences that blame much and praise nothing ("The
# receptionist hung up on me twice and my prescription went to the wrong pharmacy. Fantastic
# work, everyone!", "Лікар запізнився на годину, в черзі душно, ніхто нічого не пояснює. Просто
# клас!") is irony: it praises nothing, and the review is a complaint. A "but" opening it, a
# person it names ("... The nurse was great!") or praise before it keep it meant.
_EXCLAIMED = ("!", "！")  # how the text ends: a cheer is exclaimed
_CHEER_WORDS = 6  # tokens (commas too) of such a sentence at most; Chinese: characters
_CHEER_CHARS = 8
_CHEER_AFTER = 3.0  # the blame of the sentences before it, at least (a list of failures)


def _cheer_after_failures(clauses: _Clauses, sentences: list[int], lang: str) -> bool:
    """Whether the last sentence of ``clauses`` is a cheer after failures (see _CHEER_WORDS);
    if so, its clauses are set to irony that judges nothing of its own."""
    last = sentences[-1]
    if last == 0:
        return False
    tail = clauses.of_sentence(last)
    items = clauses.items
    cheer = [c for j in tail if (c := items[j]) is not None]
    if len(cheer) < len(tail) or not any(c.general >= _JUDGED for c in cheer):
        return False  # (most texts: one look at the last sentence)
    if lang == "zh":
        short = sum(len(c.text) for c in cheer) <= _CHEER_CHARS
    else:
        short = sum(c.span[1] - c.span[0] for c in cheer) <= _CHEER_WORDS
    if not short or any(
        c.contrast or c.own or c.total <= -_JUDGED or not _PERSONS.isdisjoint(c.aspects)
        for c in cheer
    ):
        return False
    before = clauses.every()[: tail.start]
    if any(c.total >= _JUDGED for c in before):
        return False
    if -sum(c.total for c in before) < _CHEER_AFTER:
        return False
    for j, c in zip(tail, cheer, strict=True):
        # (the failures before it have said what it blames)
        items[j] = c._replace(general=0.0, aspects=(), total=0.0, turned=True)
    return True


def _only_blames(items: list[Clause], same: Sequence[int]) -> bool:
    """Whether the clauses ``same`` of a sentence a marker of sarcasm opens blame and praise
    nothing: the praise that names nothing in the sentence after goes on with the sarcasm ("Oh
    brilliant, a GP who never looked up from the screen. So helpful."; session 25, probe38c)."""
    totals = [items[j].total for j in same]
    return min(totals) <= -_JUDGED and max(totals) < _JUDGED


def _sarcasm(items: list[Clause], same: Sequence[int], after: Sequence[int], marker: float) -> bool:
    """The clauses ``same`` of a sentence a marker of sarcasm opens (see SARCASM): praise beside a
    complaint told as a fact (a self-judging term, a time told late, an amount) in that sentence
    or in the one ``after`` it is irony ("Love how the 'urgent' slot was 3 weeks out", "Ну
    спасибо за прекрасный сервис: записали на 10:00, приняли в 11:40", "Ага, «лучшая клиника
    города». Отменили операцию за день"); with no judgement at all the marker blames what the
    sentence names. Praise with no such complaint is meant ("Love how the nurses remember me"),
    unless the marker is sure (_SURE_SARCASM)."""
    told = [*same, *(j for j in after if not items[j].contrast)]
    if marker <= _SURE_SARCASM or any(
        items[j].paid < 0.0 or any(w < 0.0 for w in items[j].own.values()) for j in told
    ):
        turned = False
        for j in same:
            if items[j].contrast:
                break  # "..., but the nurse was lovely": meant
            if items[j].general >= _JUDGED:
                items[j] = _as_irony(items[j])
                turned = True
        if turned or marker > _SURE_SARCASM:
            return turned
    if any(abs(items[j].total) >= _JUDGED for j in same):
        return False
    named = [j for j in same if items[j].aspects]
    for j in named:
        items[j] = items[j]._replace(general=marker, total=marker + items[j].total)
    return bool(named)


def _as_irony(clause: Clause) -> Clause:
    """``clause`` read as irony. Praise after a visit bought for nothing (PAID_FOR), in the rest
    of its sentence and in the sentence after, up to a "but", is irony where it names nobody else
    (the front desk praised after it is meant): "Заплатила 900 грн, щоб почути «ну, таке
    буває». Дякую, лікарю, дуже допомогли", "挂号费三百，就告诉我多喝热水，真是神医啊"; so is praise
    beside a complaint in a sentence a marker of sarcasm opens (_sarcasm). Its words blame what
    they name; the deeds it praises by their own terms say nothing."""
    own = {a: w for a, w in clause.own.items() if w < 0.0}
    general = -clause.general
    aspects = tuple(a for a in clause.aspects if a in own or a not in clause.own)
    total = general + sum(own.values())
    return clause._replace(general=general, own=own, aspects=aspects, total=total, turned=True)


def _blame_amounts(
    amounts: list[tuple[Clause, bool]],
    totals: dict[Aspect, float],
    firm: dict[Aspect, float],
    strongest: dict[Aspect, tuple[float, Clause]],
    turned_after: bool = False,
) -> None:
    """The price blamed by the amounts paid that ``amounts`` tell, where no word judged it (see
    AMOUNT): not in a review that praises all else it judges, unless a "but" sets the amount
    against that praise ("Zabieg udany. Tylko rachunek był o 800 zł wyższy"), or the praise told
    after it against the amount (``turned_after``, see _praise_turned_after)."""
    others = [total for aspect, total in firm.items() if aspect is not _PRICE]
    if (
        others
        and min(others) > 0
        and not turned_after
        and not any(clause.contrast for clause, _ in amounts)
    ):
        return  # "挂号费50元，医生很耐心": a fee stated
    paid = sum(clause.paid for clause, _ in amounts)
    if not others and paid > float(_AMOUNT_BLAME):
        return  # "Visit cost £45. I was in at 9:10": a fee stated, nothing judged (AMOUNT_STATED)
    if paid > -_JUDGED:
        return
    totals[_PRICE] = totals.get(_PRICE, 0.0) + paid
    firm_paid = sum(clause.paid for clause, granted in amounts if not granted)
    if firm_paid:
        firm[_PRICE] = firm.get(_PRICE, 0.0) + firm_paid
    strongest[_PRICE] = (-paid, min(amounts, key=lambda a: a[0].paid)[0])


def _praise_turned_after(
    amounts: list[tuple[Clause, bool]], items: Sequence[Clause | None]
) -> bool:
    """Whether praise told in a later sentence than the first amount opens or closes with a
    contrast ("Paid $150 for a ten-minute chat. The building is gorgeous though", "自费三百，
    看了五分钟。不过护士挺温柔的", "Заплатила 3000 за 7 минут. Зато медсестра милая"): the
    writer sets that praise against the amount, which is then a complaint, as a "but" before the
    amount makes it (AMOUNT; session 40, aspmix40)."""
    first = min(clause.sentence for clause, _ in amounts)
    return any(
        c is not None and c.contrast and c.total >= _JUDGED and c.sentence > first for c in items
    )


def _judge_granted(
    unjudged: list[tuple[Aspect, Clause]],
    sentences: set[int],
    inside: bool,
    judged: tuple[dict[Aspect, float], dict[Aspect, float], dict[Aspect, tuple[float, Clause]]],
    value: float | None = None,
) -> list[Clause]:
    """Judge the aspects named in clauses that judge nothing (told as facts) and judged
    nowhere, inside ``sentences`` or outside them (see GRANTING): ``inside``, those of the
    sentences that grant and praise nothing are credited ("At least the doctor saw me in the
    end"); outside, those of the other sentences are blamed. ``judged``: the totals, the firm
    totals and the strongest clauses, changed in place. Returns the clauses, one per aspect
    judged. A clause that judges something else ("the consultant mumbled ... no idea what
    happens next") has said what it blames. ``value``: what each is judged, if not the grant's
    (an aside conceding a complaint, see ASIDE)."""
    totals, firm, strongest = judged
    if value is None:
        value = _GRANTED_FOR if inside else _GRANTED_AGAINST
    result = []
    for aspect, clause in unjudged:
        if (clause.sentence in sentences) != inside or aspect in totals:
            continue
        if abs(clause.total) >= _JUDGED:
            continue
        totals[aspect] = firm[aspect] = value
        strongest[aspect] = (abs(value), clause)
        result.append(clause)
    return result


def _conceding_asides(
    asides: set[int], sides: dict[Aspect, dict[int, float]], praised: set[int]
) -> set[int]:
    """The sentences of ``asides`` that praise nothing, where the other sentences praise and
    blame nothing (``sides``: what each sentence firmly says of each aspect): they concede the
    review's complaint (see ASIDE); else none."""
    if praised <= asides:
        return set()
    for told in sides.values():
        for sentence, said in told.items():
            if said <= -_JUDGED and sentence not in asides:
                return set()
    return asides - praised


def _is_long(text: str, lang: str) -> bool:
    return len(text) > 2 * _SHORT_WORDS if lang == "zh" else len(tokenize(text)) > _SHORT_WORDS


class _Words:
    """The words of a clause: Chinese as written, other languages as the lower-case words the
    analysis read (cheaper than a second pass over the text to keep the capitals)."""

    def __init__(self, text: str, lang: str) -> None:
        self.text, self.lang = text, lang
        # the words, once (not looked up in tokenize's cache for every clause)
        self.tokens: tuple[str, ...] = () if lang == "zh" else tokenize(text)

    def of(self, clause: Clause) -> str:
        if self.lang == "zh":
            return clause.text
        a, b = clause.span
        return " ".join(self.tokens[a:b])


def _across_contrast(clauses: _Clauses, i: int, when: _When) -> float:
    """ "Implants hold perfectly, but the price...": a clause that names without judging, on one
    side of a "but", is judged against the clause on the other side (past a clause of time that
    judges nothing: "very gentle | when he did my filling | but the bill...")."""
    # (clause i, read, and the clauses of its sentence: judged, see _Clauses.near)
    items = clauses.items
    clause = items[i]
    assert clause is not None
    before = i - 1
    after = i + 1
    if (
        clause.contrast
        and (before < 0 or clauses.sentences[before] != clauses.sentences[i])
        and _excepts(clauses, i)
        and after < len(items)
        and clauses.sentences[after] == clauses.sentences[i]
        and (next_one := items[after]) is not None
        and not next_one.aspects
        and abs(next_one.total) >= _JUDGED
    ):
        # "Кроме парковки, всё отлично", "除了停车，其他都很满意": an exception that opens its
        # sentence is set against the judgement after it, not against the sentence before
        return -math.copysign(_CONTRASTED, next_one.total)
    if clause.contrast and before > 0 and clauses.sentences[before - 1] == clauses.sentences[i]:
        previous = items[before]
        assert previous is not None
        if abs(previous.total) < _JUDGED and clauses.says_when(previous, when):
            before -= 1
    # "We waited an hour, even though we had an appointment", "czekaliśmy godzinę, mimo że
    # byliśmy umówieni": a concession after a complaint names a circumstance that makes it
    # worse, not something praised (after praise it is the reservation: "Врач отличный, хотя
    # попасть к нему непросто").
    if clause.contrast and before >= 0:
        previous = items[before]
        assert previous is not None
        if abs(previous.total) >= _JUDGED and not (clause.conceded and previous.total < 0):
            return -math.copysign(_CONTRASTED, previous.total)
    if after < len(items):
        next_one = items[after]
        assert next_one is not None
        if next_one.contrast and abs(next_one.total) >= _JUDGED:
            return -math.copysign(_CONTRASTED, next_one.total)
    return 0.0


@cache
def _zh_exceptions() -> tuple[str, ...]:
    """The Chinese words of exception (see EXCEPTION), found at a clause's start."""
    return tuple(t for t, _ in load_sections("aspects_zh").get(EXCEPTION, []))


def _excepts(clauses: _Clauses, i: int) -> bool:
    """Whether clause ``i`` opens with a word of exception (see EXCEPTION)."""
    clause = clauses.items[i]
    assert clause is not None  # (the clause read: judged)
    if clauses._args:
        first = clause.span[0]
        return any(m.section == EXCEPTION and m.start == first for m in clauses._args[i][1])
    return clause.text.startswith(_zh_exceptions())


def _subject_before(clauses: _Clauses, i: int) -> Clause | None:
    """ "The front desk staff | however are cold": the clause before names what this one judges."""
    before = clauses.items[i - 1] if i > 0 else None
    if before and before.sentence == clauses.sentences[i] and abs(before.total) < _JUDGED:
        return before if before.aspects else None
    return None


def _exclaims(clauses: _Clauses, i: int, clause: Clause) -> bool:
    """A sentence of a word or two ("Terrible.", "Бардак.", "太糟糕了。")."""
    if not clauses.alone(i):
        return False
    if clause.text:
        return len(clause.text) <= 6
    return clause.span[1] - clause.span[0] <= 3


# A sentence of deeds or praise with no subject after one that only names a doctor or a nurse
# ("Была на приёме у Елены Викторовны. Выслушала, всё объяснила, назначила лечение.", "Записалася
# до Оксани Василівни. Уважна, все пояснила."): Russian and Ukrainian drop the subject a past
# verb's ending already tells, so the person named before is who its words judge, beside the
# explaining its own terms credit. Only where the sentence names nobody else and its clause names
# nothing but the information (session 25, the tuning rows of probe14 and probe38b).
_COMMUNICATION_ONLY = (Aspect.COMMUNICATION,)
_CARRIED = (Aspect.DOCTOR, Aspect.NURSE)
_PRO_DROP = frozenset(("ru", "uk"))
# ... but a verb in the plural past ("объяснили", "пояснили") is no one's in particular, and a
# deed not done ("так и не перезвонила") is the information's, as the labelled sets read it: the
# person is carried only to praise, by a clause with no such verb
_PLURAL_PAST = "ли"


def _carried_person(clauses: _Clauses, i: int) -> Aspect | None:
    """The doctor or nurse the sentence before clause ``i``'s named, where it named one of them
    and judged nothing, and ``i``'s sentence names no person (see _COMMUNICATION_ONLY)."""
    if not clauses._args:
        return None  # Chinese: its clauses are read otherwise
    sentences, items = clauses.sentences, clauses.items
    clause = items[i]
    assert clause is not None  # (the clause read: judged)
    start, end = clause.span
    if any(t.endswith(_PLURAL_PAST) for t in clauses._args[i][2][start:end]):
        return None
    sentence = sentences[i]
    ours = clauses.of_sentence(sentence)
    if any(
        c is not None and not _PERSONS.isdisjoint(c.aspects) for c in map(items.__getitem__, ours)
    ):
        return None
    before = clauses.of_sentence(sentence - 1)
    if not before:
        return None
    named: set[Aspect] = set()
    for k in before:
        clause = items[k]
        if clause is None or abs(clause.total) >= _JUDGED:
            return None
        named.update(a for a in clause.aspects if a in _PERSONS)
    if len(named) != 1:
        return None
    person = named.pop()
    return person if person in _CARRIED else None


# OWNED_AGAINST (session 32, amix32): a sentence that names nothing, after one whose every aspect
# was judged by a term of its own (a fact: "results after three weeks", "the tooth aches since
# the filling"), and that judges the other way is not about that aspect: the praise of someone
# unnamed after a complaint told as a fact does not turn the complaint into praise. Only in a
# short review: in a long story the next sentence is too often about something else (read in
# every text, it made two NHS stories mixed, one of them positive).
def _tells_of_the_past(text: str, lang: str) -> bool:
    """Whether ``text`` holds a word of the patient's past or of its end (see PAST): "Wreszcie
    ktoś poradził sobie z problemem, który męczył mnie od miesięcy" blames no one."""
    words = _tells_the_past(text, lang, PAST, AT_LAST)
    return words is not None and words(text.lower())


_TOLD_FIRMLY = 1.5  # a term's own judgement this strong tells a fact ("przełożenie" -1 does not)


def _told_against(named: Clause, general: float) -> bool:
    """Whether every aspect ``named`` names is judged by its own term against ``general``."""
    own = named.own
    return (
        bool(named.aspects)
        and named.total * general < 0.0
        and all(
            a in own and own[a] * general < 0.0 and abs(own[a]) >= _TOLD_FIRMLY
            for a in named.aspects
        )
    )


def _previous_sentence(
    clauses: _Clauses, i: int, regrets: tuple[tuple[str, ...], ...]
) -> Clause | None:
    """ "Disgusting.", "Felt like a waste of time.": a sentence that names nothing judges the last
    thing the sentence before it named, unless it opens with "but" or a word of regret
    (``regrets``, see REGRET) and turns against what that sentence said."""
    sentences, naming = clauses.sentences, clauses.naming
    sentence = sentences[i]
    if any(naming[k] for k in clauses.of_sentence(sentence)):
        return None
    first = i
    while first > 0 and sentences[first - 1] == sentence:
        first -= 1
    items = clauses.items
    for j in range(i - 1, -1, -1):
        if sentences[j] == sentence - 1 and naming[j]:
            # (clause i's sentence and a sentence that names: judged, see _Clauses.near)
            named, opening, clause = items[j], items[first], items[i]
            assert named is not None and opening is not None and clause is not None
            if (opening.contrast and named.total * clause.general < 0) or (
                named.total * clauses.regretting(i, regrets) < 0
            ):
                # "医生和护士都很友好。就是周末只开半天，不好约。", "Dr. Ames is lovely. But I'm
                # done here.", "Лікарка уважна. На жаль, не все так добре.": a sentence opened
                # by "but" or by regret that turns against the praise (or the blame) before it
                # speaks of something it does not name, not of the same person
                return None
            return named
        if sentences[j] < sentence - 1:
            break
    return None


_PERSONS = frozenset((Aspect.DOCTOR, Aspect.NURSE, Aspect.RECEPTION))
_AWAITED = frozenset((Aspect.WAITING,))  # what a person named is only the object of
_BOOKED = frozenset((Aspect.DOCTOR, Aspect.NURSE))  # whom a booking is with (_booked)
_BOOKED_VALUES = frozenset(a.value for a in _BOOKED)
_ZH_BOOKED = re.compile(r"挂.{1,8}?的号")  # "挂王医生的号": the doctor between 挂 and 号


# PRAISED_THEN_TURNED: praise of one aspect, then "but" and the complaints about others ("医生挺
# 专业，但是排队两个小时，收费也不透明", "Lovely nurses, but the wait was two hours and the desk
# was rude"): the writer gives both sides, praise first, and the complaints, however many and
# however they outweigh it, do not take it back; the review is mixed (session 25, probe38a). Not
# praise after the "but" ("..., but the nurses were kind": a concession, see reserved), nor praise
# hedged or granted (those are not firm).
def _praised_then_turned(
    clauses: _Clauses,
    firm: dict[Aspect, float],
    strongest: dict[Aspect, tuple[float, Clause]],
) -> bool:
    """Whether an aspect firmly praised (by at least _RESERVED) is told before a clause that
    opens with a contrast and blames another aspect (see PRAISED_THEN_TURNED)."""
    order = {id(c): k for k, c in enumerate(clauses.items) if c is not None}
    praised = [
        order[id(clause)]
        for a, total in firm.items()
        if total >= _RESERVED and not (clause := strongest[a][1]).contrast and id(clause) in order
    ]
    if not praised:
        return False
    first = min(praised)
    turn = _turn_after(clauses, first)
    return any(
        total <= -_JUDGED
        and order.get(id(strongest[a][1]), -1) > first
        and (_set_apart(clauses, strongest[a][1]) or order.get(id(strongest[a][1]), -1) > turn)
        for a, total in firm.items()
    )


# GRANTED_PRAISE: in a review that blames more than it praises, an aspect firmly praised (by at
# least _RESERVED) in a sentence with a marker of granting ("不过说句公道话，给我看的那个医生很
# 厉害", "Доктор, справедливости ради, толковая", "To be fair, the nurse was lovely") is praise
# the writer sets apart from the complaints and means, wherever it stands: both sides, as praise
# told before a "but" gives them (PRAISED_THEN_TURNED). Only in a sentence that blames nothing:
# "挂号太难了，排队三个小时，…，医生还算专业。" is a list of complaints with one praise after
# it, and still weighs its sides (round thirty-eight). Session 44 (asp44pos, probe60).
def _granted_praise(
    clauses: _Clauses,
    firm: dict[Aspect, float],
    strongest: dict[Aspect, tuple[float, Clause]],
) -> bool:
    """Whether an aspect firmly praised is praised in a sentence with a marker of granting
    (see GRANTED_PRAISE)."""
    granting = clauses.granting
    if not granting:
        return False
    blamed = {strongest[a][1].sentence for a, total in firm.items() if total <= -_JUDGED}
    return any(
        total >= _RESERVED
        and (sentence := strongest[a][1].sentence) in granting
        and sentence not in blamed
        for a, total in firm.items()
    )


# A TURN: after the praise, a clause that opens with a contrast, names no aspect and blames the
# rest as a whole ("Но всё остальное в этой клинике — кошмар.", "Но в клинике ужасная
# организация.", "但是这家医院别的方面真的让人头大。", "But everything else was a shambles."): the
# complaints told after it, in its sentence or the next ones, are set apart from the praise before
# it as a "but" before each of them would set them (PRAISED_THEN_TURNED). Session 44 (asp44pos,
# probe60: the doctor praised, "надо отдать должное", then the turn and three complaints told as
# facts; the praise was read, the review negative).
def _turn_after(clauses: _Clauses, first: int) -> int:
    """The place of the first TURN after clause ``first``, or the number of clauses (none)."""
    items = clauses.items
    for k in range(first + 1, len(items)):
        c = items[k]
        if c is not None and c.contrast and not c.aspects and c.total <= -_JUDGED:
            return k
    return len(items)


def _set_apart(clauses: _Clauses, clause: Clause) -> bool:
    """Whether ``clause`` opens with a contrast or a reservation, or follows one that names
    nothing in its sentence ("唯一的缺点：停车位太少": the colon makes the reservation a clause of
    its own)."""
    if clause.contrast:
        return True
    items = clauses.items
    for j in range(1, len(items)):
        if items[j] is clause:
            before = items[j - 1]
            return (
                before is not None
                and before.sentence == clause.sentence
                and before.contrast
                and not before.aspects
            )
    return False


def _unplaced_person(clauses: _Clauses, i: int, again: bool = False) -> Aspect:
    """Whom clause ``i``, of a person's manner and naming nobody, speaks of (see MANNER): the
    person its sentence names nearest to it ("Called to rebook, was spoken to rudely and hung up
    on": the front desk that hung up); else the front desk where the sentence tells a booking or
    a call ("Позвонила перенести запись, со мной разговаривали грубо"); else the last person the
    sentence before names; else the doctor ("Со мной весь приём разговаривали свысока"). A
    clause that names a person ``again`` by a pronoun ("Записалась к кардиологу, и он мне
    нагрубил", see _names_again) speaks of the one booked. A
    booking in the sentence before is another matter ("Из хорошего: удобная запись. Из плохого:
    со мной разговаривали свысока")."""
    sentences, naming, items = clauses.sentences, clauses.naming, clauses.items
    sentence = sentences[i]
    nearest: tuple[int, Aspect] | None = None
    booked = False
    before: Aspect | None = None
    # the clauses of this sentence and the one before (clauses run in the text's order, so
    # their sentence numbers never go down): a pasted text of many sentences is not walked
    # whole for each of its clauses of manner
    for j in range(clauses.of_sentence(sentence - 1).start, clauses.of_sentence(sentence).stop):
        s, named = sentences[j], naming[j]
        if not named or j == i:
            continue
        clause = items[j]
        assert clause is not None  # (a clause that names: judged, see _Clauses.near)
        aspects = clause.aspects
        person = next((a for a in aspects if a in _PERSONS), None)
        if s < sentence:
            before = person or before
        elif _booked(clause) and not again:
            booked = True  # "Позвонила записаться к кардиологу": the one booked, not who spoke
        elif person is not None and (nearest is None or abs(j - i) < nearest[0]):
            nearest = (abs(j - i), person)
        elif _SCHEDULING in aspects:
            booked = True
    if nearest is not None:
        return nearest[1]
    if booked:
        return _RECEPTION
    clause = items[i]
    assert clause is not None  # (the clause read: judged)
    if _SCHEDULING in clause.aspects:
        return _RECEPTION
    return before or _DOCTOR


def _booked(clause: Clause) -> bool:
    """Whether ``clause`` tells a booking with the doctor or a nurse ("записаться к кардиологу",
    "umówić się do kardiologa", "book with Dr Lee", "挂王医生的号"): the person is the one booked,
    not the one who answered the call (round twenty)."""
    aspects = clause.aspects
    return not _BOOKED.isdisjoint(aspects) and (
        _SCHEDULING in aspects or (bool(clause.text) and _ZH_BOOKED.search(clause.text) is not None)
    )


def _books_whom(clauses: _Clauses, i: int) -> bool:
    """Whether clause ``i`` names the doctor or nurse it books after the booking, as its object
    ("book with Dr Lee", "записаться к кардиологу", "umówić się do kardiologa", "挂王医生的号"),
    not before it, as the subject ("The doctor I booked with was rude", "我挂号的王医生")."""
    if not clauses._args:
        text = clauses[i].text  # (Chinese: every clause judged when made)
        return bool(text) and _ZH_BOOKED.search(text) is not None
    named = clauses._args[i][1]
    booking = [m.start for m in named if m.section == _SCHEDULING_VALUE]
    persons = [m.start for m in named if m.section in _BOOKED_VALUES]
    return bool(booking and persons) and min(booking) < min(persons)


def _names_again(clauses: _Clauses, i: int, lang: str) -> bool:
    """Whether clause ``i`` holds a subject pronoun ("he", "она", "她"): the person it names is
    named again, as the one who acted ("Booked with Dr Lee and he was rude")."""
    pronouns = _persons(lang).pronouns
    if not pronouns:
        return False
    clause = clauses.items[i]
    assert clause is not None  # (the clause read: judged)
    if clauses._args:
        a, b = clause.span
        return not pronouns.isdisjoint(clauses._args[i][2][a:b])
    text = clause.text.replace("其他", "")  # "其他": "other", no "他"
    return any(p in text for p in pronouns)


def _names_a_person(clauses: _Clauses, i: int) -> bool:
    """Whether the sentence of clause ``i`` names the doctor, a nurse or the front desk."""
    # (its own clauses, found by halving: not every clause of a long paste for each)
    naming, items = clauses.naming, clauses.items
    for j in clauses.of_sentence(clauses.sentences[i]):
        if naming[j]:
            clause = items[j]
            assert clause is not None  # (clause i's sentence: judged)
            if not _PERSONS.isdisjoint(clause.aspects):
                return True
    return False


def _names(clause: Clause) -> bool:
    return bool(clause.aspects)


def _judges(clause: Clause) -> bool:
    return abs(clause.total) >= _JUDGED


def _neighbour(
    clauses: _Clauses, i: int, wanted: Callable[[Clause], bool], step: int
) -> Clause | None:
    """The nearest clause in the same sentence, before (step -1) or after (1), that is wanted."""
    sentences, items = clauses.sentences, clauses.items
    j = i + step
    while 0 <= j < len(sentences) and sentences[j] == sentences[i]:
        clause, parting = items[j], items[j if step > 0 else j + 1]
        assert clause is not None and parting is not None  # (clause i's sentence: judged)
        if parting.contrast:
            return None  # "but" parts what comes before from what comes after
        if wanted(clause):
            return clause
        j += step
    return None
