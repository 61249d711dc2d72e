"""The whole analysis of one review: language, sentiment, topics, urgency.

``analyse_review`` is pure and thread-safe (lexicons are read once and never changed), so the
sync worker calls it before storing. Each result carries ``rules_version()``, a digest of the
lexicons and of this package's code, and the store keeps it with the review: after an upgrade
changes the rules, ``reanalyse_store(only_stale=True)`` re-runs the analysis on the reviews an
older version analysed (the window does so in the background at start-up), and
``clinicrep reanalyse`` re-runs it on every review.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cache
from pathlib import Path

from clinicrep import __version__, paths
from clinicrep.analysis.aspects import (
    AspectReading,
    ends_refusing,
    read_aspects,
    sentences_of_the_past,
)
from clinicrep.analysis.language import detect_language, typed_cyrillic
from clinicrep.analysis.learning import active_model, generation
from clinicrep.analysis.lexicon import _AN_EMOJI, settle
from clinicrep.analysis.parallel import AnalysisPool
from clinicrep.analysis.sentiment import (
    TextScore,
    combine,
    label_for,
    lexicon_score,
    stars_score,
    text_score,
)
from clinicrep.analysis.topics import detect_topics, named_sentences
from clinicrep.analysis.triage import assess_urgency
from clinicrep.model import Analysis, Aspect, AspectOpinion, Review, Sentiment, Topic
from clinicrep.store.db import Database
from clinicrep.store.reviews import (
    count_reviews_to_analyse,
    reviews_to_analyse,
    save_analyses,
)
from clinicrep.store.sources import list_sources

log = logging.getLogger(__name__)

# A long story whose words lean this far one way is read that way, whatever its aspects: on
# Care Opinion (dev half A) such "mixed" stories were almost all judged by their lean.
_DECISIVE = 0.8
# ... unless it praises an aspect and blames another with evidence (aspects._EVIDENT) and is no
# longer than a platform review usually is: then it is mixed, whatever its lean (round fifteen:
# check2 en, pl, zh gain a row each; the NHS stories over this length are judged by their lean
# as before: pos/neg macro-F1 .861 the same at 600, .860 at 400, .844 with no bound)
_EVIDENT_CHARS = 600
# A text whose words say nothing either way, or lean too little to decide (a neutral verdict),
# but whose aspect terms judge one way only, strongly enough, and not against that lean, is a
# complaint or praise told without judging words: what its aspect terms say decides ("Результати
# мали надіслати за три дні. Минуло два тижні.", "Nikt nie oddzwania", "They called me back the
# same afternoon with my results and went through them patiently"). Praise needs twice the
# strength: on PolEmo (dev half A) neutral sentences that name a punctual or clean clinic are
# descriptions, not praise. An outcome alone is the illness's course ("Mama straciła
# przytomność i trafiła do szpitala"), and words that weigh a little (a press report's,
# PolEmo's [factual]) have already been read.
# Three stars of five: the rating says the review is neither praise nor a complaint, so where
# the text praises an aspect and blames another, even only granting one of them, or praises its
# aspects and has a clearly negative sentence, it is mixed (round fifteen: "OK I guess. The
# doctor was fine but $180 for a ten minute chat is steep.")
_MIDDLING = 0.0
_NEGATIVE = Sentiment.NEGATIVE
_BLAME_ONLY = frozenset((_NEGATIVE,))
_POSITIVE = Sentiment.POSITIVE
_PRAISE_ONLY = frozenset((_POSITIVE,))
_UNSPOKEN = 1.5
# A lean this faint is the English word model's noise ("for the whole visit" +0.02), not praise:
# blame only, read by the aspects, still decides (round nineteen: "They talked down to me for the
# whole visit"; no labelled tuning row moved, NHS and PolEmo the same)
_FAINT = 0.1
_UNSPOKEN_PRAISE = 3.0
# ... or praise of 1.5 spread over two aspects or more (round nineteen: "Receptionist found me a
# slot the same afternoon. Dr Lin examined me properly", "Всего 900 рублей за приём, а врач
# потратил на меня почти 40 минут"): praise told through several aspects, each by a deed, is
# the review's verdict; one aspect so told is still a description (PolEmo's punctual clinic)
_SPREAD_PRAISE = 1.5
_SPREAD_ASPECTS = 2
_REPORTED = frozenset((Aspect.OUTCOME, Aspect.COMMUNICATION))
# ... and blame of 1 (a deed not done: "Никто не перезванивает") where the words say nothing at
# all and it blames only people and what they do, not things (an amount, a place "far off", the
# premises, the illness's course: PolEmo's press sentences name those) nor a wait told as
# information ("报告要等三个工作日")
_UNDONE = 1.0
_THINGS = frozenset(
    (Aspect.OUTCOME, Aspect.PRICE, Aspect.ACCESS, Aspect.FACILITIES, Aspect.WAITING)
)
# A short review whose aspects only praise, by deeds told as facts ("Карту подготовили заранее,
# медсестра объяснила каждый шаг, ребёнок даже не пискнул", "Dr Sato called me that evening to
# say it wasn't broken"), while one or two of its words lean negative with no negative clause:
# the lean is a word of the story (an illness, "broken"), and the deeds decide (round
# seventeen). The praise must be a deed's or a judgement word's (_TOLD_BY_DEEDS), not a
# mention's; with three words or more (PolEmo's long sentences) or a negative clause the words
# decide. Tried and left out: praise against a negative clause read as mixed (uk fresh3 frozen
# and pl probe15 frozen mixed recall rose, but PolEmo accuracy fell .769 -> .767); the other
# way, a short text its words praise and its deeds only blame read as a complaint (the aspect
# reading blames double negations the sentiment reads as praise: "Nigdy nie wyszłam od niej
# bez odpowiedzi", "Doktor nie zostawił mnie bez pomocy").
_TOLD_BY_DEEDS = 1.5
_FEW_HITS = 2


@cache
def rules_version() -> str:
    """A short digest of everything that decides an analysis: the lexicons and this code.

    The code is read from this package's source files; a frozen build has none and uses the
    program's version instead (each release re-analyses once).
    """
    digest = hashlib.sha256()
    for path in sorted(paths.resource("lexicons").glob("*.txt")):
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    sources = sorted(Path(__file__).resolve().parent.glob("*.py"))
    if sources:
        for path in sources:
            digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    else:
        digest.update(__version__.encode("utf-8"))
    return digest.hexdigest()[:16]


def review_text(review: Review) -> str:
    """What the patient wrote: the title (often the verdict) and the text."""
    if review.title and review.title.strip() not in review.text:
        return f"{review.title.strip()}.\n{review.text}" if review.text else review.title
    return review.text


def analyse_review(
    review: Review, *, fallback_language: str = "", learned: bool = True
) -> Analysis:
    """Language, sentiment, aspects, topics and urgency of ``review`` (does not change it).

    ``fallback_language`` is the source's language setting: short texts take it (after the
    language the platform reports, if any) instead of a guess. ``learned``: the practice's
    learned model (analysis.learning), where one is installed, may overrule the rules'
    sentiment where it is sure.
    """
    text = review_text(review)
    key = None
    if len(text) <= _REMEMBERED_CHARS:
        # everything the analysis reads of the review, which learned models are in use and
        # which rules
        key = (
            text,
            review.language_hint,
            fallback_language,
            review.rating,
            review.recommendation,
            generation() if learned else -1,
            rules_version(),
        )
        known = _remembered.get(key)
        if known is not None:
            return _copy(known)  # a copy: a caller may change what it is given
    analysis = _analyse(review, text, fallback_language, learned)
    settle()  # the word lists it loaded (the first review of a language) out of the collector's way
    if key is not None:
        if len(_remembered) >= _REMEMBERED:
            _remembered.clear()
        _remembered[key] = _copy(analysis)
    return analysis


# Short texts repeat ("", "Polecam!", "Super", "Отличный врач"): a review with only stars,
# common in the platforms' exports, costs as much as a short text. Each distinct one is
# analysed once per process (a worker of an import, the window). A thousand answers take at
# most 1.6 MB (texts of 120 Cyrillic characters with three aspects each: 4,096 took 6.4 MB),
# and the texts that repeat are few: no text, and a handful of words of praise.
_REMEMBERED_CHARS = 120
_REMEMBERED = 1024
_remembered: dict[tuple[str, str, str, int | None, str | None, int, str], Analysis] = {}


def _copy(a: Analysis) -> Analysis:
    return Analysis(
        a.language,
        a.sentiment,
        a.sentiment_score,
        a.topics,
        a.urgency,
        a.urgency_reason,
        a.rules,
        a.aspects,
        a.sentiment_corrected,
    )


def _told_by_aspects(reading: AspectReading, score: float) -> Sentiment:
    """The verdict of a text its words leave neutral, from its aspects (see _UNSPOKEN)."""
    if not any(o.aspect is not Aspect.OUTCOME for o in reading.opinions):
        return Sentiment.NEUTRAL
    if reading.firm == _BLAME_ONLY and score < _FAINT and reading.strongest >= _UNSPOKEN:
        return Sentiment.NEGATIVE
    if (
        reading.firm == _BLAME_ONLY
        and score == 0.0
        and reading.strongest >= _UNDONE
        and all(o.aspect not in _THINGS for o in reading.opinions)
    ):
        # "Никто не перезванивает": a deed not done, blamed by no word at all, of the people
        # and what they do (the information, the booking)
        return Sentiment.NEGATIVE
    if (
        reading.firm == _PRAISE_ONLY
        and score >= 0.0
        and (
            reading.strongest >= _UNSPOKEN_PRAISE
            or (reading.strongest >= _SPREAD_PRAISE and len(reading.opinions) >= _SPREAD_ASPECTS)
        )
        and any(o.aspect not in _REPORTED for o in reading.opinions)
    ):
        return Sentiment.POSITIVE
    return Sentiment.NEUTRAL


def _praised_against_words(reading: AspectReading, scored: TextScore) -> Sentiment:
    """The verdict of a short text whose one or two judging words lean negative while its
    aspects, told by deeds, only praise (see _TOLD_BY_DEEDS)."""
    if reading.long or scored.hits > _FEW_HITS or reading.strongest < _TOLD_BY_DEEDS:
        return Sentiment.NEGATIVE
    if reading.firm == _PRAISE_ONLY and not scored.negative_clauses:
        return Sentiment.POSITIVE
    return Sentiment.NEGATIVE


def _praised_by_emoji(text: str, lang: str) -> Sentiment:
    """The verdict of a text whose aspects only blame but whose score is praise: "Waited two
    hours 👍", "Doctor rude 👍👍👍". A praising emoji after a complaint is sarcasm or a habit of
    typing (see aspects._UNMEANT_EMOJI): the words decide, and at most it is neutral."""
    words = text_score(_AN_EMOJI.sub(" ", text), lang).score
    return Sentiment.NEGATIVE if label_for(words, lang) is Sentiment.NEGATIVE else Sentiment.NEUTRAL


def _set_apart_against(reading: AspectReading, score: float) -> bool:
    """Whether the side the words lean against is told with evidence or set apart by the writer:
    a complaint reserved in a text that leans to praise ("Only gripe: the car park"), or praise
    told first in one that leans to blame, the complaints after a "but" ("Love Dr Shah. But the
    booking system is a nightmare, ..."; aspects.PRAISED_THEN_TURNED)."""
    return (
        reading.evident
        or (reading.reserved and score > 0.0)
        or (reading.praised_first and score < 0.0)
    )


def _without_the_past(text: str, lang: str, scored: TextScore, reading: AspectReading) -> TextScore:
    """The words' score of ``text`` without its sentences that tell the patient's past and blame
    (aspects.PAST), where the aspect reading blames nothing and the rest of the text praises:
    "Finally got a diagnosis after years of being ignored. Dr Lee listened." weighs only "Dr Lee
    listened."; ``scored`` otherwise."""
    if (scored.score >= 0.0 and not scored.negative_clauses) or _NEGATIVE in reading.firm:
        return scored
    past = [
        (start, end)
        for start, end in sentences_of_the_past(text, lang)
        if lexicon_score(text[start:end], lang).score < 0.0
    ]
    if not past:
        return scored
    kept, at = [], 0
    for start, end in past:
        kept.append(text[at:start])
        at = end
    kept.append(text[at:])
    told = " ".join(kept)
    rest = text_score(told, lang)
    # the past before a good result: the rest praises, by its words or its aspects ("Miałam
    # nadzieję, że w końcu ktoś mi pomoże, ale ..." alone is a hope let down, not a past ended)
    if rest.score > 0.0 or _POSITIVE in read_aspects(told, lang).firm:
        return rest
    return scored


def _told_both_ways(reading: AspectReading, negative_clauses: int) -> bool:
    """Whether a review of middling stars praises and blames (see _MIDDLING)."""
    sides = {o.polarity for o in reading.opinions}
    if len(sides) == 2:
        return True  # "Doctor was thorough I suppose, though 3 weeks to get in": granted too
    return sides == _PRAISE_ONLY and negative_clauses > 0


def _analyse(review: Review, text: str, fallback_language: str, learned: bool) -> Analysis:
    lang = detect_language(text, review.language_hint or fallback_language)
    typed = typed_cyrillic(text, lang)
    if typed is not None:
        # Russian or Ukrainian typed in Latin letters ("Vrach otlichnyi, spasibo"): read in
        # Cyrillic; the review keeps its text, its aspects the words as typed (below)
        text = typed[0]
    scored = text_score(text, lang)
    stars = stars_score(review.rating, review.recommendation)
    reading = read_aspects(text, lang)
    scored = _without_the_past(text, lang, scored, reading)
    sentiment, score = combine(scored, stars, lang)
    if stars == _MIDDLING and _told_both_ways(reading, scored.negative_clauses):
        sentiment = Sentiment.MIXED
    elif reading.mixed and (
        # a review of several aspects, one of them judged firmly against the rest: mixed whatever
        # its lean, up to a platform review's length (aspects._SEVERAL_ASPECTS; session 43)
        reading.several
        or (_set_apart_against(reading, score) and len(text) <= _EVIDENT_CHARS)
        or not (reading.long and abs(score) >= _DECISIVE)
        or (reading.ironic and score > 0.0)
    ):
        # (a long text's words lean to praise where some of that praise is irony the aspect
        # reading turned: "... Wonderful use of $250. The nurse was lovely though": the lean
        # counts the sarcasm as praise, so it decides nothing; session 41)
        sentiment = Sentiment.MIXED
    elif (reading.ironic or reading.hedged) and reading.firm == _BLAME_ONLY:
        # "Дякую, лікарю, дуже допомогли" after paying to hear nothing, "obiecuje «wizyty bez
        # czekania»": the praise is irony or a claim held against the practice; "Niby miły pan
        # doktor, ale ...": praise hedged, then blamed (aspects.HEDGE)
        sentiment = Sentiment.NEGATIVE
    elif reading.bygone and reading.firm and reading.bygone.isdisjoint(reading.firm):
        # "Last year Dr Ray was great with my son. This time ... four minutes": what the words
        # said of an earlier time is not the review's; what this time's aspects say is
        # (aspects.EARLIER)
        sentiment = next(iter(reading.firm))
    elif sentiment is Sentiment.NEUTRAL:
        sentiment = _told_by_aspects(reading, score)
    elif sentiment is Sentiment.NEGATIVE and stars is None:
        sentiment = _praised_against_words(reading, scored)
    elif (
        sentiment is Sentiment.POSITIVE
        and stars is None
        and reading.firm == _BLAME_ONLY
        and _AN_EMOJI.search(text)
    ):
        sentiment = _praised_by_emoji(text, lang)
    model = active_model(lang) if learned and text else None
    if model is not None:
        sentiment = model.combine(text, sentiment, score)
    if (
        sentiment is Sentiment.POSITIVE
        and (stars is None or stars <= _MIDDLING)
        and ends_refusing(text, lang)
    ):
        # "Красивый ремонт, кофе вкусный. Больше не приду.": never praise, nor does
        # the practice's learned model make it so (see REFUSAL); mixed
        # where the aspects praise and blame
        sides = {o.polarity for o in reading.opinions}
        sentiment = Sentiment.MIXED if len(sides) == 2 else Sentiment.NEGATIVE
    # the urgency before the named praise: its alarms read the words of the whole text, which
    # the shared look-up still holds (lexicon.read_together) until a named sentence's words
    # take their place
    urgency = assess_urgency(
        text,
        lang,
        rating=review.rating,
        recommendation=review.recommendation,
        sentiment=sentiment,
        score=score,
        negative_clauses=scored.negative_clauses,
    )
    topics = detect_topics(text, lang)
    if Topic.COMMUNICATION not in topics and any(
        o.aspect is Aspect.COMMUNICATION for o in reading.opinions
    ):
        # the Topics column says what the chips say: results that came three weeks late are a
        # communication chip, and the column had no communication topic for them
        topics = [t for t in Topic if t in topics or t is Topic.COMMUNICATION]
    if any(lexicon_score(sentence, lang).score > 0 for sentence, _ in named_sentences(text, lang)):
        topics.append(Topic.NAMED_PRAISE)
    return Analysis(
        language=lang,
        sentiment=sentiment,
        sentiment_score=score,
        topics=tuple(topics),
        urgency=urgency.score,
        urgency_reason=urgency.reason,
        rules=rules_version(),
        aspects=reading.opinions if typed is None else _as_typed(reading.opinions, typed[1]),
    )


def _as_typed(
    opinions: tuple[AspectOpinion, ...], typed: dict[str, str]
) -> tuple[AspectOpinion, ...]:
    """``opinions`` with the words they were read from as the patient typed them (see
    language.typed_cyrillic)."""
    return tuple(
        [
            replace(o, words=" ".join([typed.get(w, w) for w in o.words.split(" ")]))
            for o in opinions
        ]
    )


def analyse_reviews(reviews: Iterable[Review], fallback_language: str = "") -> list[Analysis]:
    """``analyse_review`` over many reviews, in order."""
    return [analyse_review(r, fallback_language=fallback_language) for r in reviews]


def reanalyse_store(
    db: Database,
    progress: Callable[[int, int], None] | None = None,
    *,
    only_stale: bool = False,
    source_languages: dict[int, str] | None = None,
    batch: int = 500,
    stop: threading.Event | None = None,
) -> int:
    """Analyse the stored reviews again; returns how many were analysed.

    All of them, or with ``only_stale`` those that the current rules did not analyse (never
    analysed, or by an older version). Each batch is read, analysed and written in one
    transaction, so a sync that edits a review meanwhile is never overwritten with the analysis
    of its old text, and stopping (``stop`` set, or the process killed) loses no more than the
    batch under way: the rest is found stale next time. ``progress(done, total)`` is called
    after each batch. ``source_languages`` maps a source id to its language setting (the
    fallback for short texts); by default it is read from the store's sources.
    """
    rules = rules_version()
    stale_for = rules if only_stale else None
    total = count_reviews_to_analyse(db, stale_for)
    if source_languages is None:
        source_languages = {s.id: s.language for s in list_sources(db) if s.id is not None}
    languages = source_languages
    done, after = 0, 0
    # every core: a batch is shared out among worker processes, still read, analysed and
    # written in one transaction
    with AnalysisPool(analyse_review, total) as pool:
        while stop is None or not stop.is_set():
            with db.transaction():
                reviews = reviews_to_analyse(db, stale_for, after=after, limit=batch * pool.workers)
                if reviews:
                    after = reviews[-1].id or after
                    analyses = pool.analyse_all(reviews, lambda r: languages.get(r.source_id, ""))
                    done += save_analyses(
                        db,
                        [
                            (r.id or 0, analysis)
                            for r, analysis in zip(reviews, analyses, strict=True)
                            if analysis is not None  # failed: logged, found stale next time
                        ],
                    )
            if not reviews:
                break  # (after the transaction: mypyc compiles no break inside a with)
            if progress is not None:
                progress(done, max(total, done))
    log.info("re-analysed %d reviews", done)
    return done
