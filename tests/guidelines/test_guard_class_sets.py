"""Short replies written per class of leak or of harmless statement while the guard was tuned
for issue 16 (relationships, outcomes, rare terms, dates in words, names with titles and
patronymics, rewards in any words; privacy statements, general offers, corrections, staff named
by role). Each round was measured before any rule was changed for it (the figures are in
resources/guidelines/README.md and data/README.md); the sets stay as regression sets for whoever
tunes a language or the engine next: every reply must be judged as labelled."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

DATA = Path(__file__).parent / "data"

# (file, its languages, the fewest replies a language has, judged with the review and the
# reviewer's name: the first sets were written without them)
SETS = [
    ("own_en_zh_classes.jsonl", ("en", "zh"), 200, False),
    ("own_ru_uk_pl_classes.jsonl", ("ru", "uk", "pl"), 295, True),
    ("own_ru_uk_round4_classes.jsonl", ("ru", "uk"), 30, True),
    ("own_pl_en_zh_round4.jsonl", ("pl", "en", "zh"), 25, True),
    ("own_ru_uk_round5_classes.jsonl", ("ru", "uk"), 45, True),
    ("own_pl_en_zh_round5.jsonl", ("pl", "en", "zh"), 16, True),
    ("own_ru_uk_round6_classes.jsonl", ("ru", "uk"), 60, True),
    ("own_pl_en_zh_round6.jsonl", ("pl", "en", "zh"), 18, True),
    ("own_ru_uk_round7_classes.jsonl", ("ru", "uk"), 60, True),
    ("own_ru_uk_round9_classes.jsonl", ("ru", "uk"), 150, True),
    ("own_ru_uk_round10_classes.jsonl", ("ru", "uk"), 145, True),
    ("own_pl_en_zh_round7.jsonl", ("pl", "en", "zh"), 20, True),
    ("own_ru_uk_round8_classes.jsonl", ("ru", "uk"), 220, True),
    ("own_pl_en_zh_round8.jsonl", ("pl", "en", "zh"), 16, True),
    ("own_pl_en_zh_round9.jsonl", ("pl", "en", "zh"), 16, True),
    ("own_pl_en_zh_round10.jsonl", ("pl", "en", "zh"), 50, True),
    # round ten, dates and rewards: the tune parts (the frozen thirds are scored as totals only,
    # by benchmarks/guard_probe_round.py)
    ("own_date_reward_round10.jsonl", ("en", "ru", "uk", "pl", "zh"), 14, True),
    ("own_date_reward_round10b.jsonl", ("en", "ru", "uk", "pl", "zh"), 9, True),
    # round ten, confirms_patient and full_name (the frozen third likewise totals only)
    ("own_cf_round10.jsonl", ("en", "ru", "uk", "pl", "zh"), 9, True),
    ("own_cf_round10b.jsonl", ("en", "ru", "uk", "pl", "zh"), 6, True),
    # round eleven, ru and uk probes (the frozen thirds likewise totals only)
    ("own_ru_uk_round11.jsonl", ("ru", "uk"), 20, True),
    ("own_ru_uk_round11b.jsonl", ("ru", "uk"), 20, True),
    ("own_ru_uk_round11c.jsonl", ("ru", "uk"), 21, True),
    ("own_ru_uk_round11d.jsonl", ("ru", "uk"), 14, True),
    ("own_ru_uk_round11e.jsonl", ("ru", "uk"), 12, True),
    ("own_ru_uk_round11f.jsonl", ("ru", "uk"), 14, True),
    ("own_ru_uk_round11g.jsonl", ("ru", "uk"), 12, True),
    ("own_ru_uk_round11h.jsonl", ("ru", "uk"), 10, True),
    ("own_ru_uk_round11i.jsonl", ("ru", "uk"), 9, True),
    # round eleven, pl/en/zh probe (the frozen third totals only)
    ("own_pl_en_zh_round11.jsonl", ("pl", "en", "zh"), 8, True),
    ("own_pl_en_zh_round11b.jsonl", ("pl", "en", "zh"), 9, True),
    ("own_pl_en_zh_round11c.jsonl", ("pl", "en", "zh"), 5, True),
    ("own_pl_en_zh_round11d.jsonl", ("pl", "en", "zh"), 5, True),
    ("own_pl_en_zh_round11e.jsonl", ("pl", "en", "zh"), 7, True),
    ("own_ru_uk_round18b.jsonl", ("ru", "uk"), 38, True),
    ("own_ru_uk_round18b2.jsonl", ("ru", "uk"), 20, True),
    # round 19b (ru, uk, pl) and its check in new words; the frozen thirds totals only
    ("own_ru_uk_pl_round19b.jsonl", ("ru", "uk", "pl"), 34, True),
    ("own_ru_uk_pl_round19b2.jsonl", ("ru", "uk", "pl"), 12, True),
    # round 20a (full names and dates, en, ru, uk, pl) and its check in new words
    ("own_name_date_round20a.jsonl", ("en", "ru", "uk", "pl"), 22, True),
    ("own_name_date_round20a2.jsonl", ("en", "ru", "uk", "pl"), 9, True),
    # round 20d (zh): good replies answered in general; the frozen third totals only
    ("own_zh_round20d.jsonl", ("zh",), 34, True),
    ("own_zh_round20d2.jsonl", ("zh",), 30, True),
    ("own_zh_round20d3.jsonl", ("zh",), 24, True),
    # round 20b (rewards refused, offers for everyone, payment rules) and its check in new words
    ("own_reward_billing_round20b.jsonl", ("en", "ru", "uk", "pl", "zh"), 21, True),
    ("own_reward_billing_round20b2.jsonl", ("en", "ru", "uk", "pl", "zh"), 9, True),
    # round 20e (ru, uk; pl, zh in 20e3), the misses: care said of them without a listed
    # phrase, relatives in our care, files pulled for a complaint; the frozen thirds totals only
    ("own_uk_ru_round20e.jsonl", ("ru", "uk"), 24, True),
    ("own_uk_ru_round20e2.jsonl", ("ru", "uk"), 12, True),
    ("own_pl_zh_round20e3.jsonl", ("pl", "zh"), 22, True),
    # round 21d (pl, ru, uk), good replies of the blind sets' kinds flagged (policies for
    # everyone, non-patients, staff by name), and its check in new words (21d2, full names);
    # the frozen thirds totals only
    ("own_pl_ru_uk_round21d.jsonl", ("pl", "ru", "uk"), 24, True),
    ("own_pl_ru_uk_round21d2.jsonl", ("pl", "ru", "uk"), 10, True),
    # round 21a (the reward rule read the other way round: a review as the condition of a
    # benefit; refusals, policies, offers for everyone; the frozen third totals only)
    ("own_reward_round21a.jsonl", ("en", "ru", "uk", "pl", "zh"), 22, True),
    # round 22c (a thanks for the review, then an offer to a group or a gift to this reader;
    # the frozen third totals only)
    ("own_reward_round22c.jsonl", ("en", "ru", "uk", "pl", "zh"), 11, True),
    # round 25d (uk), written before reading the guard: good replies of the blind sets' kinds
    # and leaks buried in them; the frozen third totals only
    ("own_uk_round25d.jsonl", ("uk",), 50, True),
    # ... and its check in new words (25d2: staff named in full, veterans, policies, offers)
    ("own_uk_round25d2.jsonl", ("uk",), 25, True),
    # ... and 25d3 (hard negatives: rules and policies said to a reviewer greeted by name)
    ("own_uk_round25d3.jsonl", ("uk",), 25, True),
    # round 25b (zh, written before its writer read the guard: the blind sets' kinds of good and
    # bad replies; the frozen third totals only)
    ("own_zh_round25b.jsonl", ("zh",), 60, True),
    # round 25a (en, written before the guard was read: the blind sets' kinds of good replies
    # and leaks buried in them; the frozen third totals only)
    ("own_en_round25a.jsonl", ("en",), 58, True),
    # round 25a2 (en, after reading the guard: the kinds the blind sets flagged)
    ("own_en_round25a2.jsonl", ("en",), 30, True),
    # round 25e (ru), written before its writer read the guard: the blind sets' kinds of good
    # replies (policies, offers, non-patients, corrections, echoes) and leaks buried in them;
    # the frozen third totals only
    ("own_ru_round25e.jsonl", ("ru",), 56, True),
    # round 25e2 (ru, after reading the guard: round 25e's readings in new words)
    ("own_ru_round25e2.jsonl", ("ru",), 12, True),
    # round 25c (pl), written before the guard was read: the blind sets' kinds of good replies
    # (policies, offers for all, non-patients, corrections, echoes) and leaks buried in them;
    # the frozen third totals only
    ("own_pl_round25c.jsonl", ("pl",), 60, True),
    # ... and its check in new words (25c2, written after the guard was read)
    ("own_pl_round25c2.jsonl", ("pl",), 24, True),
    # round 26e (five languages, session 26): echoes of the review by meaning (its swelling,
    # times, amounts and relatives in other words) and their twins that add a condition, a
    # result, a date or a name; the frozen third totals only
    ("own_all_round26e.jsonl", ("en", "ru", "uk", "pl", "zh"), 10, True),
    # ... and its check in new words (26e2, written after the reading was built)
    ("own_all_round26e2.jsonl", ("en", "ru", "uk", "pl", "zh"), 6, True),
    # round 27c (five languages, session 27): care relationships by meaning (an event or a state
    # of care said of the reviewer) and the same care said of everyone; the frozen third totals only
    ("own_all_round27c.jsonl", ("en", "ru", "uk", "pl", "zh"), 30, True),
    # round 28a (five languages, session 28, written before its writer read the guard): good
    # replies to non-patients, policies, offers for all, echoes, staff news, relatives writing,
    # and leaks buried in the same shapes; the frozen third totals only
    ("own_all_round28a.jsonl", ("en", "ru", "uk", "pl", "zh"), 30, True),
    # round 28b (five languages, session 28, written before its writer read the guard): rules,
    # prices, timetables, staff news and refused rewards of the practice, and their twins told
    # of the reviewer; the frozen third totals only
    ("own_all_round28b.jsonl", ("en", "ru", "uk", "pl", "zh"), 30, True),
    # round 28c (ru, uk, pl, zh, session 28, written before the guard was read): the blind sets'
    # kinds of leaks (synonyms, buried, relatives in every case, dates and seasons in words,
    # procedures done to them) beside safe twins; the frozen third totals only
    ("own_all_round28c.jsonl", ("ru", "uk", "pl", "zh"), 30, True),
    # round 28d (ru, uk, pl, zh, session 28, written before the guard's rules were read beyond
    # done_to): care the reviewer underwent said with "you" as the subject, beside their acts
    # that are no care and rules for anyone; the frozen third totals only
    ("own_all_round28d.jsonl", ("ru", "uk", "pl", "zh"), 20, True),
    # round 29en (en, session 29, written before its writer read the guard): good replies of
    # the kinds the blind sets flag in English and bad twins that leak; the frozen third totals
    # only
    ("own_en_round29en.jsonl", ("en",), 60, True),
    # round 30en (en, session 30, written before its writer read the guard): long echoes of the
    # review, non-patients, relatives writing, policies, holiday hours, staff news, general
    # advice, farewells, and leaks as relationships, portal messages, reminders, dates in words;
    # the frozen third totals only
    ("own_en_round30en.jsonl", ("en",), 70, True),
    # ... and its check in new words (30en2, written after the guard was read)
    ("own_en_round30en2.jsonl", ("en",), 20, True),
    # round 30en3 (en, session 30, gdata30en, written before its writer read the guard): good
    # replies near a leak (sensitive words said of everyone, policies, holiday hours and staff
    # news with dates, non-patients, relatives writing, refused rewards, echoes) and leaks
    # (buried, relationships, synonyms, rare terms, dates in words, relatives, portal messages,
    # rebooking, outcomes); data for the learned reader; the frozen third totals only
    ("own_en_round30en3.jsonl", ("en",), 100, True),
    # round 31en (en, session 31, gen31, written before its writer read the guard's English
    # rules): good replies of the blind set's English false-alarm kinds (echoes of long stories,
    # policies, non-patients, exemplary replies, sensitive words said of everyone, offers,
    # holiday timetables, relatives writing, thanks with a date word, times the review gives)
    # and leaks (relationships, leaks buried in long friendly replies); the frozen third totals
    # only
    ("own_en_round31en.jsonl", ("en",), 80, True),
    # ... and its check in new words (31en2, written after the guard was read): session 31's
    # readings and their leaking twins
    ("own_en_round31en2.jsonl", ("en",), 28, True),
    # round 32en (en, session 32, gen32, written before its writer read the echo code): replies
    # that say back the review's own time, story, words or relative in other words, policies and
    # timetables, and their twins that add one fact the review did not give (a date, a
    # diagnosis, a relative, a next visit); the frozen third totals only
    ("own_en_round32en.jsonl", ("en",), 76, True),
    # ... and its check in new words (32en2, written after the echo code was read): the practice's
    # feeling, judgements of acts told as gerunds, ordinals, clock times and waits, and twins
    ("own_en_round32en2.jsonl", ("en",), 15, True),
    # round 33en (en, session 33, gen33, written AFTER its writer read the guard's code: not
    # fresh): statements true of a kind (a bare plural or gerund in the present), the surgery as
    # the one acting, a stage of care ("the first appointment") in a rule for anyone, and their
    # twins that tell one case; the frozen third totals only
    ("own_en_round33en.jsonl", ("en",), 60, True),
    # round 34en (en, session 34, gen34, written before its writer read the guard's code): good
    # replies of the blind set's English false-alarm classes (echoes of the review's words, story,
    # health word and times; non-patients; relatives who write; billing, deposit and NHS
    # policies; holiday timetables; five-star one-liners thanked; exemplary replies naming the
    # team; general offers) and their twins that tell what the review did not (a relationship,
    # a visit's date, a result, a relative's name, a balance); the frozen third totals only
    ("own_en_round34en.jsonl", ("en",), 67, True),
    # round 29pl (pl, session 29, written before its writer read the guard): the blind sets' kinds
    # of good replies (refused rewards, policies, holidays and staff news with dates, non-patients,
    # offers, echoes, sensitive words) and of leaks (relationships, complaint files, synonyms,
    # buried, inflected); the frozen third totals only
    ("own_pl_round29pl.jsonl", ("pl",), 55, True),
    # ... and its check in new words (29pl2, written after the guard was read)
    ("own_pl_round29pl2.jsonl", ("pl",), 40, True),
    # round 30zh (zh, session 30, written before its writer read the guard): good replies of the
    # blind sets' Chinese false-alarm kinds (harmless uses of 治疗/检查/复诊/医保/优惠, refused
    # rewards, holidays and staff news with dates, non-patients, offers, policies, echoes) and
    # leaks (synonyms, buried, dates in words, relatives, the same doctor); the frozen third
    # totals only
    ("own_zh_round30zh.jsonl", ("zh",), 70, True),
    # ... and its check in new words (30zh2, written after the guard was read)
    ("own_zh_round30zh2.jsonl", ("zh",), 30, True),
    # round 31zh (zh, session 31, written before its writer read the zh rules): good replies of the
    # blind sets' Chinese false-alarm kinds (care words in general sentences, offers with prices,
    # age ranges and conditions, general health information, non-patients, a wrong clinic, refused
    # rewards, exemplary thanks, relatives who write, holiday notices in lunar dates, questions)
    # and leaks (dates in words, billing synonyms, a hygienist named, relatives named, news buried,
    # a condition, a question, a group that is the reviewer); the frozen third totals only
    ("own_zh_round31zh.jsonl", ("zh",), 90, True),
    # ... and its check in new words (31zh2, written after the guard was read)
    ("own_zh_round31zh2.jsonl", ("zh",), 30, True),
    # ... and its second check (31zh3, session 31, after the guard was read): non-patients,
    # courtesy closings, wrong clinics, and care told to them in the same shapes
    ("own_zh_round31zh3.jsonl", ("zh",), 30, True),
    # round 32zh (zh, session 32, gzh32, written before its writer read the zh reading code):
    # health, care, time and price words in sentences that name nobody and are about people in
    # general, the practice, a season, a condition or a question (good), and the same words said
    # of the reviewer with the subject dropped or carried over from an earlier sentence (leaks);
    # the frozen third totals only
    ("own_zh_round32zh.jsonl", ("zh",), 80, True),
    # round 30pl (pl, session 30, written before its writer read the guard): harmless uses of
    # care words, staff named with roles, refused rewards, holiday hours, echoes, non-patients;
    # and relationships, buried leaks, synonyms, portal messages, dates in words; the frozen
    # third totals only
    ("own_pl_round30pl.jsonl", ("pl",), 75, True),
    # round 30guk (uk, ru, session 30, written before the rule changed): a relative back to
    # school, work, sport or a kindergarten after care, and when anyone may go back; the frozen
    # third totals only
    ("own_all_round30guk.jsonl", ("ru", "uk"), 4, True),
    # round 31pl (pl, session 31, written before its writer read the Polish rules): how long the
    # practice has known them, check-up reminders to them, relatives' full names, synonyms and
    # buried leaks; health words in general sentences, non-patients and business partners,
    # invitations and reminders to everyone, echoes, refused rewards; the frozen third totals only
    ("own_pl_round31pl.jsonl", ("pl",), 80, True),
    # round 31pl2 (pl, session 31, written by gpl31b after the guard was read): one particular
    # result, document or visit told in the past tense, general explanations of a condition the
    # review states of the reviewer, waiting for a report, negated care; and their general twins
    # (present-tense times, "warto" advice, "tę uwagę", negated policies); the frozen third totals
    # only
    ("own_pl_round31pl2.jsonl", ("pl",), 34, True),
    # round 32pl (pl, session 32, written before its writer read new_information's code or the
    # Polish rules): new facts of the reviewer's or a relative's in other words, buried leaks,
    # check-up reminders to them, relatives' full names, obvious confirmations; echoes of the
    # review, health words in general sentences, offers, staff named in full, refused rewards,
    # non-patients, reminders to everyone; the frozen third totals only
    ("own_pl_round32pl.jsonl", ("pl",), 80, True),
    # round 33pl (pl, session 33, written before its writer read the Polish reading code): advice
    # to everyone in the impersonal and modal moods, offers, staff named in full, apologies that
    # echo the review, reminders to everyone, non-patients; check-up reminders and invitations to
    # the reviewer, relatives' full names, new facts in other words, facts buried mid-reply; the
    # frozen third totals only
    ("own_pl_round33pl.jsonl", ("pl",), 67, True),
    # round 31slav (uk, ru, session 31, written before its writer read the uk/ru rules):
    # relatives' care told as news, synonyms, dates in words, billing synonyms, buried facts,
    # non-patient traps, portal messages, rare terms; staff news and full names, health words said
    # in general, offers for all, refused rewards, result-time policies, non-patients; the frozen
    # third totals only
    ("own_all_round31slav.jsonl", ("ru", "uk"), 27, True),
    # round 31slav2 (uk, ru, session 31, written after its writer read the guard): the practice's
    # messages in a bot or messenger, pregnancy and outcomes in everyday words, states of the
    # body said of "you", relatives in the dentist's chair or a ward, visits inside compounds
    # (відеоконсультація), the reviewer's past acts inside a policy frame; their harmless twins
    # and advice with a frequency; the frozen third totals only
    ("own_all_round31slav2.jsonl", ("ru", "uk"), 14, True),
    # round 32slav (uk, ru, session 32, written before its writer read the uk/ru rules): replies
    # to non-patients (couriers, applicants, suppliers, neighbours, a journalist, an inspector)
    # and the traps where the reply confirms their care after all; relatives' care as news,
    # synonyms, dates in words, billing synonyms, portal messages, buried facts, rare terms;
    # staff news, offers, refused rewards, hard-negative words; the frozen third totals only
    ("own_all_round32slav.jsonl", ("ru", "uk"), 30, True),
    # round 32zhb (zh, session 32, written before its writer read the learned reader or the zh
    # rules): money told of the reviewer (instalments, balances, deposits, refunds, what their
    # insurer paid, a package's sessions left), often buried in a warm reply; and the same words
    # about everyone (instalment offers, price lists, insurers accepted, refund policies); the
    # frozen third totals only
    ("own_zh_round32zhb.jsonl", ("zh",), 60, True),
    # round 33zh (zh, session 33, written before its writer read the zh date, full-name or
    # relative code): dates and times in Chinese words (初八, 腊月二十, 元宵节后, 下下周一), staff
    # named in full beside the reviewer's care, relatives named or by nickname, buried new facts,
    # medical loans and a package's items left; the same words about the practice (opening days,
    # team news, relatives who write thanked); the frozen third totals only
    ("own_zh_round33zh.jsonl", ("zh",), 67, True),
    # round 33rw (all five, session 33, greward33, written before its writer read the reward
    # rule): rewards for a review in varied words (prize draws, a rating changed or a review
    # taken down for a refund, codes, cashback, points, gifts for a photo); refusals, policies,
    # offers for everyone, loyalty and referral schemes, echoes of a gift or discount the
    # reviewer tells of, thanks; the frozen third totals only
    ("own_en_round33rw.jsonl", ("en",), 27, True),
    ("own_ru_round33rw.jsonl", ("ru",), 27, True),
    ("own_uk_round33rw.jsonl", ("uk",), 27, True),
    ("own_pl_round33rw.jsonl", ("pl",), 27, True),
    ("own_zh_round33rw.jsonl", ("zh",), 27, True),
    # round 33slav (uk and ru, session 33, written before its writer read the uk/ru rules): money
    # words of the reviewer's bill in any form (доплата, внесок, розстрочка, рахунок-фактура,
    # компенсація, залишок, переплата; their ru twins), dates in words, rare terms by their
    # endings, the reviewer's channels (кабінет пацієнта, Helsi, месенджер), relatives' news, a
    # non-patient trap; the same words about everyone (offers, price lists, timetables, articles,
    # policies, echoes of the review's own money, a supplier's invoice); the frozen third
    # totals only
    ("own_uk_round33slav.jsonl", ("uk",), 40, True),
    ("own_ru_round33slav.jsonl", ("ru",), 27, True),
    # round 34pl (pl, session 34, written before its writer read the guard): new facts in other
    # words (reading glasses, weight, blood sugar, a cast, a denture, smoking) and buried mid-reply,
    # check-up reminders, relatives named in full; health and care words about the practice or
    # anyone and in a thing's sense ("system przeszedł operację", "poczekalnia przeszła lifting"),
    # refused rewards, offers for all, the team named in thanks, apologies that only echo the
    # review, non-patients; the frozen third totals only
    ("own_pl_round34pl.jsonl", ("pl",), 68, True),
    # round 34slav (uk and ru, session 34, written before its writer read the guard's code): a
    # relative's care told as news, new facts in other words, dates in words and by holidays,
    # billing synonyms (борг, аванс, франшиза, передоплата; задолженность, депозит, кредит),
    # non-patient traps, messages sent to the reviewer's portal or messenger, facts buried
    # between remarks on coffee and parking, rare terms; staff named in thanks, signatures and
    # staff news with dates, streets named after people, policies and offers for everyone,
    # refused rewards; the frozen third totals only
    ("own_uk_round34slav.jsonl", ("uk",), 40, True),
    ("own_ru_round34slav.jsonl", ("ru",), 27, True),
    # round 34zh (zh, session 34, written before its writer read the guard code): general offers
    # and fee policies, health words in a general or non-health sense, health education for
    # everyone, non-patients (neighbours, applicants, questions on 好大夫), relatives who write,
    # refused rewards, exemplary replies; and blocks that look like them but tell the reviewer's
    # own case; the frozen third totals only
    ("own_zh_round34zh.jsonl", ("zh",), 67, True),
    # round 34staff (en, pl, uk, zh, session 34, gstaff34, written before its writer read the
    # full_name code): the team named in thanks by role, department, signature, a list after
    # "team:" and staff news, couples of doctors, streets named after people; the reviewer or a
    # relative named in full in the same shapes; the frozen third totals only
    ("own_en_round34staff.jsonl", ("en",), 14, True),
    ("own_pl_round34staff.jsonl", ("pl",), 14, True),
    ("own_uk_round34staff.jsonl", ("uk",), 14, True),
    ("own_zh_round34staff.jsonl", ("zh",), 14, True),
    # round 35team (all five, session 35, gteam35, written before its writer read the guard
    # code): exemplary replies naming the team, the practice's dates (holiday timetables, a
    # Saturday opening, a doctor joining, a nurse retiring, training closures, an anniversary),
    # a review meant for another practice; the reviewer's or a relative's full name and visit
    # date in the same shapes; the frozen third totals only
    ("own_en_round35team.jsonl", ("en",), 10, True),
    ("own_ru_round35team.jsonl", ("ru",), 10, True),
    ("own_uk_round35team.jsonl", ("uk",), 10, True),
    ("own_pl_round35team.jsonl", ("pl",), 10, True),
    ("own_zh_round35team.jsonl", ("zh",), 10, True),
    # round 35rel (all five, session 35, grel35, written before its writer read the guard code):
    # the reviewer's relative (a vaccination, a follow-up, a filling), a relationship (with us for
    # years, a check-up reminder, the patient portal, "see you at your next appointment") and the
    # visit's time in words (last Thursday, a holiday), often buried in an exemplary reply; and
    # the same words about everyone (whole families, every patient's portal, the practice's
    # closing days); round 35rel2 the same classes without a health word (a relative greeted or
    # met, a move of premises, a routine reminder, a portal message, a snowy morning); the frozen
    # thirds totals only
    ("own_en_round35rel.jsonl", ("en",), 10, True),
    ("own_ru_round35rel.jsonl", ("ru",), 10, True),
    ("own_uk_round35rel.jsonl", ("uk",), 10, True),
    ("own_pl_round35rel.jsonl", ("pl",), 10, True),
    ("own_zh_round35rel.jsonl", ("zh",), 10, True),
    ("own_en_round35rel2.jsonl", ("en",), 10, True),
    ("own_ru_round35rel2.jsonl", ("ru",), 10, True),
    ("own_uk_round35rel2.jsonl", ("uk",), 10, True),
    ("own_pl_round35rel2.jsonl", ("pl",), 10, True),
    ("own_zh_round35rel2.jsonl", ("zh",), 10, True),
    # round 35neg (en, ru, uk, pl, zh, session 35, gneg35, written before its writer read the
    # guard code): frightening words (pain, error, complaint, complication, death) about the
    # practice, about everyone, in idioms, hypotheticals and questions, a relative who writes,
    # the review's own times said back; the same words told of the reviewer or a relative;
    # the frozen third totals only
    ("own_en_round35neg.jsonl", ("en",), 10, True),
    ("own_ru_round35neg.jsonl", ("ru",), 10, True),
    ("own_uk_round35neg.jsonl", ("uk",), 10, True),
    ("own_pl_round35neg.jsonl", ("pl",), 10, True),
    ("own_zh_round35neg.jsonl", ("zh",), 10, True),
    # round 35echo (all five, session 35, gecho35, written before its writer read the guard code):
    # good replies that say back what the review said (quoted, in other words, inflected,
    # reordered, summarised, the long story, an apology naming the complaint) and bad ones that
    # add to the echo what the review did not say (a date, a diagnosis, a treatment, a result, a
    # record); the frozen third totals only
    ("own_en_round35echo.jsonl", ("en",), 10, True),
    ("own_ru_round35echo.jsonl", ("ru",), 10, True),
    ("own_uk_round35echo.jsonl", ("uk",), 10, True),
    ("own_pl_round35echo.jsonl", ("pl",), 10, True),
    ("own_zh_round35echo.jsonl", ("zh",), 10, True),
    # round 35vocab (all five, session 35, gvocab35, written before its writer read the guard
    # code): a test, drug, procedure or condition buried in a warm reply, new information and
    # billing in other words ("according to our notes", "по нашим данным", "z naszej dokumentacji
    # wynika", a co-pay, доплата, рахунок, 自费, 挂账), rare drug names, abbreviations (MRI, КТ,
    # УЗД, USG, CT); the same words about the practice's services for everyone; the frozen third
    # totals only
    ("own_en_round35vocab.jsonl", ("en",), 10, True),
    ("own_ru_round35vocab.jsonl", ("ru",), 10, True),
    ("own_uk_round35vocab.jsonl", ("uk",), 10, True),
    ("own_pl_round35vocab.jsonl", ("pl",), 10, True),
    ("own_zh_round35vocab.jsonl", ("zh",), 10, True),
    # round 35offer (all five, session 35, goffer35, written before its writer read the reward,
    # billing and new_information code): general offers (free parking, insurance accepted, prices,
    # a free first check for new patients, seasonal vaccinations), policies for everyone (when
    # results are ready, a card or cancellation fee) and refused rewards; the reward for this
    # review, the reviewer's own price, insurance, results and fee in the same shapes; the frozen
    # third totals only
    ("own_en_round35offer.jsonl", ("en",), 10, True),
    ("own_ru_round35offer.jsonl", ("ru",), 10, True),
    ("own_uk_round35offer.jsonl", ("uk",), 10, True),
    ("own_pl_round35offer.jsonl", ("pl",), 10, True),
    ("own_zh_round35offer.jsonl", ("zh",), 10, True),
    # round 35scope (all five, session 35, gscope35, written before its writer read the guard's
    # code): replies to people who are not (or not yet) patients: a booking never found, a
    # companion, a caller, a neighbour, a question before booking, general health information;
    # and traps that answer them with a visit, a result, a bill; the frozen third totals only
    ("own_en_round35scope.jsonl", ("en",), 10, True),
    ("own_ru_round35scope.jsonl", ("ru",), 10, True),
    ("own_uk_round35scope.jsonl", ("uk",), 10, True),
    ("own_pl_round35scope.jsonl", ("pl",), 10, True),
    ("own_zh_round35scope.jsonl", ("zh",), 10, True),
    # round 36team (all five, session 36, gteam36, written before its writer read the guard's
    # code): the team thanked with titles and full names (and names that are also words: Faith,
    # Hope, Надежда, Любовь, Сокіл, Wróbel, 高兴), a new colleague's start date, a closure for
    # renovation, a one-line thanks with a weekday, a review meant for another practice, the
    # review quoted at length and a long story said back; the reviewer's full name beside the
    # staff's, their visit date among the practice's dates and a result added to an echo; the
    # frozen third totals only
    ("own_en_round36team.jsonl", ("en",), 10, True),
    ("own_ru_round36team.jsonl", ("ru",), 10, True),
    ("own_uk_round36team.jsonl", ("uk",), 10, True),
    ("own_pl_round36team.jsonl", ("pl",), 10, True),
    ("own_zh_round36team.jsonl", ("zh",), 10, True),
    # round 36rel (all five, session 36, grel36, written before its writer read the guard code):
    # a check-up reminder, a portal / app / SMS message sent to the reviewer, "our patient since
    # 2019", dates in words (an ordinal, the day after Easter, накануне Нового года, w drugi dzień
    # świąt, 大年初三), a relative by name in any case, a self-declared non-patient told they are
    # one, a hygienist's patient named in full; the same words about everyone; the frozen third
    # totals only
    ("own_en_round36rel.jsonl", ("en",), 10, True),
    ("own_ru_round36rel.jsonl", ("ru",), 10, True),
    ("own_uk_round36rel.jsonl", ("uk",), 10, True),
    ("own_pl_round36rel.jsonl", ("pl",), 10, True),
    ("own_zh_round36rel.jsonl", ("zh",), 10, True),
    # round 36neg (all five, session 36, gneg36, written before its writer read the guard code):
    # frightening words (complications, pain, agony, a mistake, a complaint, cancer, anxiety) in
    # long replies, as a sentence's subject, in a question back, in a quote of the review, in an
    # apology for the practice's own mistake, in thanks to a relative or a carer who wrote; the
    # same words told of the reviewer or their relative; the frozen third totals only
    ("own_en_round36neg.jsonl", ("en",), 10, True),
    ("own_ru_round36neg.jsonl", ("ru",), 10, True),
    ("own_uk_round36neg.jsonl", ("uk",), 10, True),
    ("own_pl_round36neg.jsonl", ("pl",), 10, True),
    ("own_zh_round36neg.jsonl", ("zh",), 10, True),
    # round 36nonpat (all five, session 36, gnonpat36, written before its writer read the guard's
    # code): questions answered with prices, hours and what to bring, a neighbour's building works
    # and noise with dates, a caller, a job seeker, general health information and policies for
    # everyone; traps that slip into the reviewer's own care; the frozen third totals only
    ("own_en_round36nonpat.jsonl", ("en",), 10, True),
    ("own_ru_round36nonpat.jsonl", ("ru",), 10, True),
    ("own_uk_round36nonpat.jsonl", ("uk",), 10, True),
    ("own_pl_round36nonpat.jsonl", ("pl",), 10, True),
    ("own_zh_round36nonpat.jsonl", ("zh",), 10, True),
    # round 36syn (all five, session 36, gsyn36, written before its writer read the guard code):
    # new information and billing in other words (a result "came back fine", "the lab rang",
    # "ваш анализ готов", "wyniki przyszły", 化验单出来了; a refund, a deposit, a balance left, a
    # co-payment, переплата, доплата, zadatek, niedopłata, 押金, 欠费, 自费部分) and one detail
    # buried in a long warm reply; the same words about everyone (refund and deposit policies,
    # how results are sent); the frozen third totals only
    ("own_en_round36syn.jsonl", ("en",), 10, True),
    ("own_ru_round36syn.jsonl", ("ru",), 10, True),
    ("own_uk_round36syn.jsonl", ("uk",), 10, True),
    ("own_pl_round36syn.jsonl", ("pl",), 10, True),
    ("own_zh_round36syn.jsonl", ("zh",), 10, True),
    # round 36offer (all five, session 36, goffer36, written before its writer read the guard's
    # code): seasonal campaigns, prices set right against the review's figure, NHS/ОМС/НСЗУ/NFZ/医保
    # coverage for everyone, thanks that are not rewards ("kind words are the best gift"),
    # refused rewards in many shapes, family and loyalty schemes open to all; rewards for this
    # review or for every review, the reviewer's own discount, price, coverage and points in the
    # same words; the frozen third totals only
    ("own_en_round36offer.jsonl", ("en",), 10, True),
    ("own_ru_round36offer.jsonl", ("ru",), 10, True),
    ("own_uk_round36offer.jsonl", ("uk",), 10, True),
    ("own_pl_round36offer.jsonl", ("pl",), 10, True),
    ("own_zh_round36offer.jsonl", ("zh",), 10, True),
    # round 40f (pl, session 40, gfr40pl, written before its writer read the guard's code): one
    # health detail, test or procedure buried in a long warm reply, the same acts in other words
    # (the lab tried to reach them, a balance left, a Holter reading), days in words, relatives,
    # relationships, non-patients answered with their visits, billing, full names and rewards;
    # job seekers, neighbours, suppliers, offers for everyone, refused rewards, hard words said
    # in general, staff named with titles, staff news, timetables, echoes and relatives who
    # write; the frozen third totals only
    ("own_pl_round40f.jsonl", ("pl",), 80, True),
    # round 40f (zh, session 40, gfr40zh, written before its writer read the guard's code): one
    # detail buried in a warm reply, results and balances in other words, visit days in words,
    # relatives, relationships (the patients' app, the same clinician, a signed family doctor),
    # non-patients whose care is confirmed, billing, full names from a titled public name,
    # rewards; job seekers, suppliers, neighbours, offers and prices for everyone, refused
    # rewards, frightening words in general, staff news, timetables, echoes and relatives who
    # write; the frozen third totals only
    ("own_zh_round40f.jsonl", ("zh",), 80, True),
    # round 40f (en, session 40, gfr40en, written before its writer read the guard's code):
    # results and claims in other words, relatives, relationships, non-patients answered with
    # their care, full names, billing and rewards buried in warm Google/Yelp/Trustpilot/Care
    # Opinion replies; staff leave, closures, colleagues listed, echoes and general offers;
    # the frozen third totals only
    ("own_en_round40f.jsonl", ("en",), 80, True),
    # round 40f (ru, session 40, gfr40ru, written before its writer read the guard's code): buried
    # drugs and procedures, results and papers in other words, days in words, relatives, years with
    # us, portal messages, non-patients told they were patients, billing, full names, rewards; job
    # seekers, neighbours, offers for all, refused rewards, hard words in general, staff news,
    # timetables, echoes, relatives thanked; the frozen third totals only
    ("own_ru_round40f.jsonl", ("ru",), 10, True),
    # round 40f (uk, session 40, gfr40uk, written before its writer read the guard's code): one
    # health detail, drug, test or procedure buried in a warm reply, results and balances in other
    # words, visit days in words, relatives, relationships, non-patients answered with their care,
    # refunds and co-pays, full names, rewards; job seekers, neighbours, suppliers, offers to all,
    # refused rewards, frightening words in general, staff news with dates, holiday hours,
    # policies, echoes and relatives who wrote; the frozen third totals only
    ("own_uk_round40f.jsonl", ("uk",), 80, True),
    # round 40g (en and zh, session 40, gmeas40, written before its writer read the guard's code,
    # to score this session's fixes on new text): the same kinds as 40f in other words (optician
    # care since school, every year the same care, a transliterated full name with a title);
    # the frozen thirds totals only
    ("own_en_round40g.jsonl", ("en",), 40, True),
    ("own_zh_round40g.jsonl", ("zh",), 40, True),
    # round 42a (en and zh, session 42, gfa42, written before its writer read the guard's code,
    # for the blind sets' false-alarm kinds): apologies and long replies echoing the review,
    # five-star one-liners, general offers, relatives who wrote, times the review gave, medical
    # words in general, holiday timetables, reviews for another surgery, neighbours, drivers, job
    # seekers, 好大夫 questions, registration-fee policies, refused rewards; one leak buried in the
    # same situations; the frozen thirds totals only
    ("own_en_round42a.jsonl", ("en",), 40, True),
    ("own_zh_round42a.jsonl", ("zh",), 40, True),
    # round 42b (uk and pl, session 42, gleak42, written before its writer read the guard's code):
    # one detail buried in a warm reply (a colonoscopy's polyps, a Holter, B12 injections), verdicts
    # on tests in other words ("знімок хороший", "posiew jałowy"), days in words, portal messages,
    # relatives with patronymics or double surnames, check-up invitations, non-patients answered
    # with their visits, billing, full names with titles, rewards; general statements with the same
    # medical words, staff news, policies; the frozen thirds totals only
    ("own_uk_round42b.jsonl", ("uk",), 40, True),
    ("own_pl_round42b.jsonl", ("pl",), 40, True),
    # round 43c (uk and zh, session 43, gleak43, written before its writer read the guard's code):
    # one leak buried in a warm reply (dates in words, 上周四下午, 月初那次, 三号), the
    # non-patient trap, portal/Viber/SMS/小程序/公众号 messages, relatives' care, health details
    # in everyday words, slang and euphemisms ("по-жіночому", 大姨妈, 那方面的小问题), check-up
    # invitations, staff and relatives' full names with titles, billing; general answers with
    # the same words; the frozen thirds totals only
    ("own_uk_round43c.jsonl", ("uk",), 40, True),
    ("own_zh_round43c.jsonl", ("zh",), 40, True),
    # round 43b (ru, uk and pl, session 43, grew43, written before its writer read the guard's code,
    # for the blind sets' reward, date and full-name false alarms): refused rewards in many wordings
    # (a reward someone else offered "in our name"), holiday timetables, staff news with names and
    # dates, the review's own time said back, published prices and accepted insurers, named staff
    # thanked; a reward offered, a visit date, a full name and a bill in the same situations; the
    # frozen thirds totals only
    ("own_ru_round43b.jsonl", ("ru",), 27, True),
    ("own_uk_round43b.jsonl", ("uk",), 27, True),
    ("own_pl_round43b.jsonl", ("pl",), 27, True),
    # round 43a (en, pl and zh, session 43, gfa43, written before its writer read the guard's code,
    # for the blind sets' confirms_patient false alarms): neighbours, job seekers, drivers,
    # callers, a friend's lift, students, newcomers, 好大夫 questions, relatives who wrote, reviews
    # for another surgery, echoes and long retold stories, exemplary and five-star replies, general
    # statements about patients; one relationship or health detail buried in the same situations;
    # the frozen thirds totals only
    ("own_en_round43a.jsonl", ("en",), 27, True),
    ("own_pl_round43a.jsonl", ("pl",), 27, True),
    ("own_zh_round43a.jsonl", ("zh",), 27, True),
    # round 44b (pl, zh and uk, session 44, gfa44b, written before its writer read the guard's
    # code, for the blind sets' false-alarm kinds): medical words about the practice's services
    # and people in general, published fees and accepted insurers, staff news with names and
    # start dates, result-time policies, refused rewards with warm words around them, replies to
    # non-patients and neighbours, 好大夫 answers to someone not yet seen, exemplary replies; one
    # leak buried in the same situations (a reward after "but", a record passed to the new
    # doctor, a bill, a visit date, a full name); the frozen thirds totals only
    ("own_pl_round44b.jsonl", ("pl",), 26, True),
    ("own_zh_round44b.jsonl", ("zh",), 26, True),
    ("own_uk_round44b.jsonl", ("uk",), 26, True),
    # round 44a (en, session 44, gfa44en, written before its writer read the guard's code, for
    # the blind sets' English false-alarm kinds): callers, neighbours, passers-by, couriers,
    # relatives who wrote, the review's own apology, story and time said back, holiday timetables,
    # reviews for another surgery, offers, exemplary and one-line replies, medical words in
    # general; one relationship, health detail, day or full name buried in the same situations;
    # the frozen third totals only
    ("own_en_round44a.jsonl", ("en",), 38, True),
    # round 45a (en, session 45, gfa45en, written before its writer read the guard's code, for
    # the blind sets' English false-alarm kinds, in registers 44a lacked): a US owner's long
    # reply, an NHS manager's formal one, terse front-desk thanks, the reviewer's own account
    # said back ("you told us how nervous you were"), staff rotas and holiday dates, relatives
    # who wrote, medical words about the practice's services; one relationship, health detail,
    # date or full name buried in the same situations; five good replies marked "open"; the
    # frozen third totals only
    ("own_en_round45a.jsonl", ("en",), 38, True),
    # round 44c (uk, pl and zh, session 44, gleak44, written before its writer read the guard's
    # code): one leak buried in a warm reply in many registers (dates in words and feasts, the
    # non-patient trap in surzhyk, portal / Viber / SMS / 好大夫 / 小程序 messages, relatives'
    # care with diminutives, health in everyday words, wishes and questions, check-up
    # invitations, staff and relatives' full names with titles, '老病友', billing, rewards);
    # general answers with the same words; the frozen thirds totals only
    ("own_uk_round44c.jsonl", ("uk",), 32, True),
    ("own_pl_round44c.jsonl", ("pl",), 22, True),
    ("own_zh_round44c.jsonl", ("zh",), 22, True),
    # round 45r (en, ru, uk, pl and zh, session 45, grew45, written before its writer read the
    # guard's code): rewards refused in many wordings (policy, an answer to a review that asked
    # for a discount, "your review is reward enough", the platform's rules), offers for everyone,
    # published prices and insurers, a non-patient's question answered; rewards offered for a
    # review or its change, also after a refusal of something else; the frozen thirds totals only
    ("own_en_round45r.jsonl", ("en",), 9, True),
    ("own_ru_round45r.jsonl", ("ru",), 14, True),
    ("own_uk_round45r.jsonl", ("uk",), 14, True),
    ("own_pl_round45r.jsonl", ("pl",), 14, True),
    ("own_zh_round45r.jsonl", ("zh",), 14, True),
    # round 45z (zh, session 45, gfa45zh, written before its writer read the guard's code, for the
    # blind set's false alarms of medical-looking words, neighbours and 好大夫 questions): 毛病
    # of a machine, 治理, 疗效 in general, 药房 hours, 奖项, 送达, 返回, parking, callers, 医保
    # accepted, the practice's repairs and holidays; care, a health detail, a visit date or
    # insurance told in the same situations; the frozen third totals only
    ("own_zh_round45z.jsonl", ("zh",), 20, True),
    # round 45n (en, ru, uk, pl and zh, session 45, gname45, written before its writer read the
    # guard's code): the team named in full (signatures with a role, patronymics, diminutives,
    # 医生/主任/护士长/卫生士, staff news, thanks passed on, a manager to call, a colleague at
    # another branch, a name the review gave said back); the reviewer or a relative named in
    # full, a patient with a title, the reader's own clinician named in full; the frozen thirds
    # totals only
    ("own_en_round45n.jsonl", ("en",), 12, True),
    ("own_ru_round45n.jsonl", ("ru",), 12, True),
    ("own_uk_round45n.jsonl", ("uk",), 12, True),
    ("own_pl_round45n.jsonl", ("pl",), 12, True),
    ("own_zh_round45n.jsonl", ("zh",), 12, True),
    # session 46 (gsyn46), round 46s: the reviewer's own account, money and paperwork told in
    # fresh words (a debt, an overpayment, a deposit kept, the next instalment, a referral, a
    # certificate, the card moved, a recall) beside the same subjects said to anyone
    ("own_uk_round46s.jsonl", ("uk",), 21, True),
    ("own_pl_round46s.jsonl", ("pl",), 21, True),
    ("own_ru_round46s.jsonl", ("ru",), 21, True),
]


@pytest.mark.parametrize(
    ("name", "language", "fewest", "with_review"),
    [(name, lang, fewest, ctx) for name, langs, fewest, ctx in SETS for lang in langs],
)
def test_every_reply_of_a_class_set_is_judged_as_labelled(
    name: str, language: str, fewest: int, with_review: bool
) -> None:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    items = [i for i in map(json.loads, lines) if i["lang"] == language]
    assert len(items) >= fewest
    assert {i["label"] for i in items} == {"block", "pass"}
    context = (
        (lambda i: {"review_text": i.get("review", ""), "reviewer_name": i.get("reviewer", "")})
        if with_review
        else (lambda i: {})
    )
    wrong = [
        (i["id"], i["reply"])
        for i in items
        if bool(find_confidentiality_problems(i["reply"], language=language, **context(i)))
        != (i["label"] == "block")
    ]
    # a reply marked "open" is a known miss or false alarm of a class not solved yet (the mark
    # says which): listed here so the mark goes when a rule change gets it right
    assert [w for w in wrong if w[0] not in {i["id"] for i in items if i.get("open")}] == []
    assert sorted(i["id"] for i in items if i.get("open")) == sorted(w[0] for w in wrong)
