"""A language's guard rules, read from ``resources/guidelines/<lang>.toml``, and the country packs
of ``resources/guidelines/countries.toml``.

The TOML's ``[guard]`` table holds phrase patterns (regular expressions) per category,
``[families]`` the words found in every inflected form, ``[rewrites]`` the safe sentence offered
for each rule in that language. resources/guidelines/README.md says how to write them.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from clinicrep.guidelines.engine import PhraseSet, PhraseTable, WordFamilies, table_sources
from clinicrep.guidelines.languages import Morphology, morphology
from clinicrep.guidelines.lexicon import normalise_language, with_roles
from clinicrep.guidelines.table_cache import cached_sources
from clinicrep.paths import resource

# Categories of phrases in [guard]; each becomes one compiled pattern.
PHRASE_KINDS = (
    "confirms_patient",  # on their own say the person is or was a patient
    "records",  # someone looked at the person's records
    "addressee",  # the clause is about the reviewer or a relative of theirs
    "general",  # the clause is about the practice or people in general
    "negation",  # a privacy statement or a denial: "we never discuss ..."
    "not_denying",  # a negative that denies nothing: "can't wait", "don't just", "不但"
    "denied_answer",  # a bare denial answering a question: "Never.", "Никогда.", "绝对不会。"
    "health",  # health words no word list can hold ("\w+itis")
    "dates",  # when someone came: dates, weekdays, times
    "billing",  # what someone paid or was charged
    "insurance",  # their insurance or coverage
    "care",  # a visit, a treatment, a doctor: a finding once it is the reviewer's
    "names",  # a family or a person named in full ("the Nowak family", "семья Лебедевых")
    "personal",  # the person's circumstances (a lost job, a divorce): new information
    "reward",  # rewards for reviews
    "review",  # the words for a review, feedback, a rating
    "benefit",  # something given: "free", "бесплатно", "免费" (a reward only for a review)
    "review_condition",  # a review as what is given for: "for this review", "за отзыв"
    "given_as_thanks",  # a gift given as thanks: "as a thank-you", "в знак благодарности"
    "reader_next",  # the reader's next visit, with no pronoun: "下次到前台" (a reward theirs)
    "outcome",  # how something turned out for someone: "glad", "went well", "hope the"
    "specific",  # a past event or a particular thing: "came back", "as we discussed", "the"
    "ours_done",  # what the practice did: "мы изменили порядок", "zmieniliśmy" (no one's story)
    "prices",  # a price list's words: "our prices", "nasze ceny", "价格" (with several amounts)
    "regret",  # an apology or regret: "жаль, что", "простите, что"
    "feeling",  # the practice's own feeling: "we're really glad", "it's lovely to hear"
    "referring",  # words that only refer back to what the review told: "процедура", "рецепт"
    "service",  # a service or a document a review complains of: "prescription", "referral"
    "money",  # a review that speaks of money: "charged", "bill", "refund"
    "condition",  # a condition: "если", "якщо" (whom it names is anyone it may be true of)
    "advice",  # advice or an invitation for what is to come: "建议您", "您…可以" (as a condition)
    "rule",  # a rule said of anyone: "不建议", "需要" (its part of the clause, as a condition)
    "reported",  # the reply reports what the review says: "вы пишете, что", "як ви пишете"
    "reported_back",  # after a reporting phrase: it reports what came before ("…, as you say,")
    "explains",  # the reply explains what the review tells happened: "так бывает", "це нормально"
    "anyone",  # what anyone may do: "każdy może", "anyone can", "所有患者都可以"
    "wish",  # a get-well wish: "hope you feel better soon", "祝您早日康复"
    "unrelated",  # a review named to say an offer has nothing to do with one: "与评价无关"
    "date_owner",  # right before or after a date: whose it is when not a visit's ("your review of")
    "reward_denied",  # right before a reward word: that none is given ("ни скидок", "no gifts")
    "reward_not_offered",  # next to one: ours or everyone's ("won a prize", "tea for visitors")
    "amenity",  # after one, a free amenity of the premises ("parking"): only with no review named
    "reward_denied_after",  # right after one: that none is given ("好评返现不是本院的做法")
    "reward_joint",  # between two rewards of one list: "or", "ani", "或" (a denial reaches both)
    "date_joint",  # between two dates of one list: "and", ",", "и", "和" (one owner for all)
    "date_echo_lead",  # at a date's start, words that only point at it: "your", "on", "that"
    "premises",  # the practice named by a word that elsewhere names care: "at our surgery"
    "idiom",  # a care or health word in a phrase that means something else: "a call back"
    "relation_denied",  # right before a care relationship: that it is denied ("вы не наш пациент")
    "relation_told",  # the reader called one of the practice's patients ("as one of our patients")
    "not_offered",  # right before a treatment: the practice does not offer it ("本院并不开展")
    "money_not_theirs",  # right before a money or insurer word: no one's ("bez dodatkowej opłaty")
    "not_a_patient",  # in the review: its writer came in a role no patient's ("job interview")
    "date_back",  # a day that only points back at the date told before it: "that day", "того дня"
    "enquirer",  # in the review: its writer is no patient (yet): "thinking of booking", "还没挂号"
    "no_record",  # the practice found nothing that matches: "we have no record of anyone", a denial
    "passed_to",  # the review's words passed on to the staff named next: "передадим доктору"
    "passed_to_them",  # ... to "her" or "him", the end of its sentence: "przekażemy jej te słowa"
    "visit_denied",  # a visit the reply denies to the reviewer: "хоть вы и не были у нас на приёме"
    "date_recent",  # a day told only by how long ago it was: "last week", "вчера", "上周"
    "news_maker",  # a thing or third party whose act a past day dates: "the council", "розробники"
    "news_place",  # right before a news_maker: it names a place, not who acts ("w systemie")
    "staff_busy",  # a member of staff at their own work: "the surgeon was assisting in theatre"
    "message_to",  # a message given to the relative named right after: "please tell your"
)
# Categories that say whom a clause is about; the others say what it asserts.
FLAG_KINDS = (
    "addressee",
    "general",
    "negation",
    "not_denying",
    "denied_answer",
    "review",
    "benefit",
    "review_condition",
    "given_as_thanks",
    "reader_next",
    "outcome",
    "specific",
    "ours_done",
    "prices",
    "regret",
    "feeling",
    "referring",
    "service",
    "money",
    "condition",
    "advice",
    "rule",
    "reported",
    "reported_back",
    "explains",
    "anyone",
    "wish",
    "unrelated",
    "date_owner",
    "date_joint",
    "reward_denied",
    "reward_not_offered",
    "amenity",
    "reward_denied_after",
    "reward_joint",
    "date_echo_lead",
    "premises",
    "idiom",
    "relation_denied",
    "relation_told",
    "not_offered",
    "money_not_theirs",
    "not_a_patient",
    "date_back",
    "enquirer",
    "no_record",
    "passed_to",
    "passed_to_them",
    "visit_denied",
    "date_recent",
    "news_maker",
    "news_place",
    "staff_busy",
    "message_to",
)
# Session 33 (greward33): the reward rule's own table ([reward]), read as phrases
# "reward_<key>": a reward the sentence calls a fraud ("messages promising discounts for reviews
# in our name are a scam"), and a group the offer is for, named before it ("New patients: ...",
# "会员每五次消费可享一次八折"): an offer to everyone in it, no review its condition. Session 35
# (goffer35): "exception", a clause's opening that makes an exception to the refusal before it
# ("We don't usually give gifts for reviews, but ... for this one"), and "everyone", words that
# say a part of a sentence is for all who come ("双方", "每位", "人人"; read with [reading] scope),
# and "even", a clause's opening that carries on the refusal before it ("..., not even a free
# check"). Session 37 (greward37): "thanks_to_all", whom a gift given as thanks thanks when that is
# all ("as a thank-you to all our patients", "为感谢广大患者"): a season's offer, not this reader's;
# "season", the period an offer runs for ("this month", "весь март", "本月"): with no one in its
# sentence, an offer of the season. Session 45 (grew45): "granted", what an exception to a refusal
# of rewards grants this reader besides a reward word ("..., but for you we'll make an exception",
# "но для вас сделаем исключение", "但这次为您破例").
REWARD_KINDS = (
    "fraud",
    "group",
    "exception",
    "everyone",
    "even",
    "thanks_to_all",
    "season",
    "granted",
)
# Categories of [families]: words in their dictionary form.
FAMILY_KINDS = ("health", "insurance", "billing", "reward", "care")
# Rules a rewrite may be given for, in [rewrites].
REWRITE_RULES = (
    "confirms_patient",
    "health_detail",
    "date",
    "billing",
    "full_name",
    "reward",
    "new_information",
)


@dataclass(frozen=True, slots=True)
class LanguagePack:
    language: str
    morphology: Morphology
    phrases: dict[str, PhraseSet]  # the categories of FLAG_KINDS
    facts: PhraseTable  # the phrases of every category that asserts something, in one
    families: WordFamilies
    clause_breaks: PhraseSet
    abbreviations: frozenset[str]
    rewrites: dict[str, str]
    # round 22c: a listed reward word must be given to this reader ([guard] reward_to_reader);
    # off where the language's own frozen third lost a block with it (zh)
    reward_to_reader: bool = True


@cache
def language_pack(language: str) -> LanguagePack:
    code = normalise_language(language)
    rule_file = resource("guidelines", f"{code}.toml").read_bytes()
    data = tomllib.loads(rule_file.decode("utf-8"))
    morph = morphology(code)
    anchored = morph.segmented
    # the entries that write {roles} read the language's staff roles ([staff] roles)
    guard = {
        k: with_roles(v, data) if isinstance(v, list) else v
        for k, v in data.get("guard", {}).items()
    }
    unknown = set(data.get("families", {})) - set(FAMILY_KINDS)
    if unknown:
        raise ValueError(f"{code}.toml: unknown [families] {sorted(unknown)}")
    return LanguagePack(
        language=code,
        morphology=morph,
        # whom a clause is about: read clause by clause (what it asserts is in ``facts``)
        phrases={k: PhraseSet(guard.get(k, []), anchored=anchored) for k in FLAG_KINDS}
        | {
            f"reward_{k}": PhraseSet(data.get("reward", {}).get(k, []), anchored=anchored)
            for k in REWARD_KINDS
        },
        facts=_facts_table(code, rule_file, guard, anchored=anchored),
        families=WordFamilies(morph, data.get("families", {})),
        clause_breaks=PhraseSet(guard.get("clause_breaks", []), anchored=False),
        abbreviations=frozenset(a.casefold() for a in guard.get("abbreviations", [])),
        rewrites={k: str(v) for k, v in data.get("rewrites", {}).items() if k in REWRITE_RULES},
        reward_to_reader=bool(guard.get("reward_to_reader", True)),
    )


def _facts_table(
    code: str, rule_file: bytes, guard: dict[str, list[str]], *, anchored: bool
) -> PhraseTable:
    """The phrases that assert something, in one table; its patterns read from the cache
    when this rule file's table was worked out on an earlier start (``table_cache.py``)."""
    categories = {k: guard[k] for k in PHRASE_KINDS if k not in FLAG_KINDS and guard.get(k)}
    built = cached_sources(
        f"facts-{code}",
        rule_file,
        categories,
        anchored=anchored,
        build=lambda: table_sources(categories, anchored=anchored),
    )
    return PhraseTable(categories, anchored=anchored, built=built)


@dataclass(frozen=True, slots=True)
class CountryPack:
    """What a country adds to every language's rules: its own words (its insurers, its
    patient portals) and the rules it applies."""

    country: str
    rules: frozenset[str]
    phrases: PhraseTable
    # a reply that reports what the review said ("You write that ...") may repeat its words
    reported_echoes: bool = True


@cache
def country_pack(country: str) -> CountryPack:
    with resource("guidelines", "countries.toml").open("rb") as f:
        data = tomllib.load(f)
    table = data.get(country) or data["other"]
    return CountryPack(
        country=country if country in data else "other",
        rules=frozenset(table["rules"]),
        phrases=PhraseTable(
            {k: table[k] for k in ("confirms_patient", "billing", "health") if table.get(k)},
            anchored=True,
        ),
        reported_echoes=bool(table.get("reported_echoes", True)),
    )
