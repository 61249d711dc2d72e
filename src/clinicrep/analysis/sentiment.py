"""How positive or negative a review is, from its words, its stars and Facebook's verdict.

The text is scored with a lexicon per language (``resources/lexicons/sentiment_<lang>.txt``:
weighted words and stems, negators, intensifiers, contrast words; in Polish, Russian and Ukrainian
a negated past-tense verb counts as a complaint), and English texts the lexicon is unsure of also
with TextBlob's offline PatternAnalyzer. The stars, where there are any, set the direction; the
text can pull a mixed review ("4 stars, but the receptionist was rude") towards neutral.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from clinicrep.analysis.lexicon import (
    CLAUSE_MARK,
    SENTENCE_MARK,
    Match,
    Matcher,
    copy_matcher,
    matcher,
    tokenize,
)
from clinicrep.model import Sentiment

_SENTENCE_END = re.compile(r"[.!?;\n。！？；…]+")
_NEGATION_REACH = 3  # a negator turns the next few words ("not very good", "nie był miły")
_CONTRAST_BEFORE = 0.5  # "nice place, but ..." : what comes after "but" is what they mean
_CONTRAST_AFTER = 1.5
_NORMALISER = 6.0  # how fast summed word weights approach +-1 (as VADER does)

_TEXTBLOB_PREFIX = 400
_SURE = 0.3  # a lexicon score this strong is not worth TextBlob's second opinion

# Patients wrap a complaint in thanks ("the nurses were lovely, but ..."): a negative word says
# more about the verdict than a positive one. Chosen on the development sets (see benchmarks).
NEGATIVE_WEIGHT: dict[str, float] = {"en": 1.4, "pl": 1.4}

POSITIVE_AT = 0.12
NEGATIVE_AT = -0.12


@dataclass(frozen=True, slots=True)
class TextScore:
    score: float  # -1 .. 1
    hits: int  # how many sentiment words were found: 0 means the text says nothing either way
    negative_clauses: int  # sentences that are clearly negative, even in a positive review


def _score_sentences(
    matches: Iterable[Match],
    reach: int,
    negative_weight: float = 1.0,
    tokens: Sequence[str] = (),
    past_tense: re.Pattern[str] | None = None,
) -> list[tuple[float, int]]:
    """(sum of weights, words found) per sentence; an "end" match closes a sentence.

    One pass over the matches of the whole text: negators turn the next few words, intensifiers
    the next two, and after a contrast word ("but") the rest of the sentence counts more.
    """
    result: list[tuple[float, int]] = []
    unmet = -1  # position of a negated past-tense verb not (yet) explained by the lexicon
    negated_until = -1
    boost_until, boost = -1, 1.0
    weights: list[tuple[int, float]] = []
    pivot = -1
    for m in matches:  # in text order
        section = m.section
        if unmet >= 0 and (section == "end" or m.start >= negated_until):
            weights.append((unmet, _UNMET_WEIGHT * negative_weight))
            unmet = -1
        if section == "end":
            if weights:
                result.append(_sentence_total(weights, pivot))
                weights = []
            negated_until, boost_until, pivot = -1, -1, -1
        elif section == "negators":
            negated_until = m.start + m.length + reach
            after = m.start + m.length
            if past_tense is not None and after < len(tokens):
                verb = tokens[after]
                if past_tense.fullmatch(verb) and verb not in _NOT_A_DEED:
                    unmet = after
        elif section == "clause":
            negated_until, boost_until = -1, -1  # "nie był straszny, polecam"
        elif section == "intensifiers":
            boost_until, boost = m.start + m.length + 2, float(m.value)
        elif section == "contrast":
            pivot = m.start
        else:
            weight = float(m.value)
            if weight == 0.0:
                continue  # a blocker: keeps a shorter stem from matching ("złego" vs "zł*")
            if m.start < boost_until:
                weight *= boost
            if m.start < negated_until:
                unmet = -1  # the lexicon knows what was not done
                # "not good" is negative, "not bad" only mildly positive
                weight = -weight * (0.8 if weight > 0 else 0.5)
            if weight < 0:
                weight *= negative_weight
            weights.append((m.start, weight))
    if unmet >= 0:
        weights.append((unmet, _UNMET_WEIGHT * negative_weight))
    if weights:
        result.append(_sentence_total(weights, pivot))
    return result


def _sentence_total(weights: list[tuple[int, float]], pivot: int) -> tuple[float, int]:
    if pivot < 0:
        return sum(w for _, w in weights), len(weights)
    total = sum(w * (_CONTRAST_AFTER if at > pivot else _CONTRAST_BEFORE) for at, w in weights)
    return total, len(weights)


@cache
def _sentiment_matcher(lang: str) -> Matcher:
    """The language's sentiment lexicon, plus the sentence mark as an "end" term."""
    result = matcher(f"sentiment_{lang}")
    if lang != "zh":
        result = copy_matcher(result)
        result.add(SENTENCE_MARK, "0", "end")
        result.add(CLAUSE_MARK, "0", "clause")
    return result


def _matches(text: str, lang: str) -> list[Match]:
    """The lexicon matches of the whole text in order, with an "end" match after each sentence."""
    lexicon = _sentiment_matcher(lang)
    if lang != "zh":
        return lexicon.find(tokenize(text))
    found: list[Match] = []
    for sentence in _SENTENCE_END.split(text):
        found.extend(lexicon.find_chars(sentence))
        found.append(Match(0, 0, "", "0", "end"))
    return found


# "Nie zbadał", "не перезвонили", "не пояснила": a negated verb in the past tense is how patients
# of these languages report what was not done, often with no sentiment word at all. Such a
# sentence in Polish reviews is a complaint about four times as often as it is not. A negated
# word the lexicon knows is left to the lexicon, and "was not" (an existential) does not count.
_PAST_TENSE = {
    "pl": re.compile(r"\w{2,}(?:ł|ła|ło|li|ły|ono|ano|ęto|yto)"),
    "ru": re.compile(r"\w{2,}(?:л|ла|ло|ли)(?:сь|ся)?"),
    "uk": re.compile(r"\w{2,}(?:в|ла|ло|ли)(?:сь|ся)?"),
}
_NOT_A_DEED = frozenset(
    "był była było byli były bylo byla byl был была было были був була було були".split()
)
_UNMET_WEIGHT = -1.5


def _emoji(text: str) -> tuple[float, int]:
    total, hits = 0.0, 0
    if text.isascii() and ":" not in text:
        return total, hits  # no emoji, no emoticon (str.isascii() is a flag lookup in CPython)
    for m in matcher("sentiment_emoji", "words").find_chars(text):
        total += float(m.value)
        hits += 1
    return total, hits


def squash(total: float) -> float:
    return total / math.sqrt(total * total + _NORMALISER)


def lexicon_score(text: str, lang: str) -> TextScore:
    """Score ``text`` with the lexicon of ``lang`` (English for languages we have none for)."""
    if lang not in ("en", "ru", "uk", "pl", "zh"):
        lang = "en"
    total, hits, negative_clauses = 0.0, 0, 0
    reach = 3 if lang == "zh" else _NEGATION_REACH
    bias = NEGATIVE_WEIGHT.get(lang, 1.0)
    tokens: Sequence[str] = () if lang == "zh" else tokenize(text)
    scored = _score_sentences(_matches(text, lang), reach, bias, tokens, _PAST_TENSE.get(lang))
    for s_total, s_hits in scored:
        if s_total <= -1.0:
            negative_clauses += 1
        total += s_total
        hits += s_hits
    e_total, e_hits = _emoji(text)
    total += e_total
    hits += e_hits
    return TextScore(squash(total) if hits else 0.0, hits, negative_clauses)


def text_score(text: str, lang: str) -> TextScore:
    """The text's own score; English blends in TextBlob, which knows general English well."""
    own = lexicon_score(text, lang)
    if lang != "en" or not text.strip() or abs(own.score) >= _SURE:
        # TextBlob costs more than all the rest on a long story: ask it only when in doubt.
        return own
    # Its verdict on the opening of a story is as good as on the whole (dev set: the same
    # macro-F1 with 400 characters as with all), and the cost no longer grows with the length.
    polarity = _textblob_polarity(text[:_TEXTBLOB_PREFIX])
    if own.hits == 0 and polarity == 0.0:
        return own
    blended = 0.5 * own.score + 0.5 * max(-1.0, min(1.0, polarity * 2.0))
    return TextScore(blended, max(own.hits, 1), own.negative_clauses)


def _textblob_polarity(text: str) -> float:
    from textblob import TextBlob  # imported late: its import costs ~0.3 s

    return float(TextBlob(text).sentiment.polarity)


def stars_score(rating: int | None, recommendation: str | None) -> float | None:
    """-1 .. 1 from the stars (1..5) or Facebook's recommends / doesn't recommend."""
    if rating is not None and 1 <= rating <= 5:
        return (rating - 3) / 2.0
    if recommendation == "positive":
        return 0.75
    if recommendation == "negative":
        return -0.75
    return None


def combine(text: TextScore, stars: float | None) -> tuple[Sentiment, float]:
    """The review's sentiment and score from what the text says and what the stars say."""
    if stars is None:
        return label_for(text.score), round(text.score, 3)
    if text.hits == 0:
        return label_for(stars), round(stars, 3)
    score = 0.6 * stars + 0.4 * text.score
    if stars >= 0.5:
        # Praise in the stars but a clear complaint in the words: a mixed review.
        mixed = text.score <= -0.3 or (text.negative_clauses > 0 and text.score < 0.3)
        label = Sentiment.NEUTRAL if mixed else Sentiment.POSITIVE
    elif stars <= -0.5:
        label = Sentiment.NEUTRAL if stars > -1 and text.score >= 0.6 else Sentiment.NEGATIVE
    else:
        label = label_for(text.score)
    return label, round(max(-1.0, min(1.0, score)), 3)


def label_for(score: float) -> Sentiment:
    if score >= POSITIVE_AT:
        return Sentiment.POSITIVE
    if score <= NEGATIVE_AT:
        return Sentiment.NEGATIVE
    return Sentiment.NEUTRAL
