"""Made-up but believable reviews of a small medical practice, for the demo and benchmarks.

Reviews are composed from the phrase banks in ``resources/demo/<language>.json``: an
opening, a few sentences on what went well or badly, a closing, in the tone the star
rating calls for. One seeded ``random.Random`` draws everything, so a seed always gives
the same reviews; ``now`` only moves their dates. Imports nothing but ``model`` and
``paths``, so the demo connector in ``sources/`` can use it without reaching the store.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any, TypeVar

from clinicrep import paths
from clinicrep.model import Platform, Review, Source, SourceKind, Status, utc_now

LANGUAGES: tuple[str, ...] = ("en", "ru", "uk", "pl", "zh")
TOPICS: tuple[str, ...] = (
    "waiting",
    "reception",
    "billing",
    "scheduling",
    "staff_attitude",
    "cleanliness",
    "access",
    "communication",
    "outcome",
)
ROLES: tuple[str, ...] = ("doctor", "nurse", "receptionist")
CRISIS_KINDS: tuple[str, ...] = ("legal", "press", "regulator", "misinformation")

# Real platforms deliver markup-looking text verbatim; the UI must show it, never render it.
HOSTILE_MARKUP = "<b>x</b><img src=x>"
YELP_EXCERPT_CHARS = 160
# A demo source's settings say what to generate: count, seed and "anchor", the moment the
# reviews were dated from (so the connector regenerates exactly what populate stored).
ANCHOR_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
DEFAULT_COUNT = 100
DEFAULT_SEED = 2026

_DAY = 86400.0
_YEAR = 365 * _DAY
_POSITIVE_EMOJI = ("😊", "👍", "🙏", "❤️", "👏", "🌟", "😊😊")
_NEGATIVE_EMOJI = ("😡", "👎", "😤", "🤬", "😞")
_EMOJI_ONLY = ("👍👍👍", "❤️❤️", "🙏😊", "👏👏👏")
# Star ratings of a real practice are J-shaped: mostly 5, a cluster of 1s, few in between.
_RATING_CUTS = ((0.58, 5), (0.75, 4), (0.82, 3), (0.87, 2), (1.0, 1))
_T = TypeVar("_T")
_GENDERED = re.compile(r"\{([as]):([^|{}]*)\|([^{}]*)\}")


@dataclass(frozen=True, slots=True)
class DemoReview:
    """A generated review with what ``populate`` needs beyond what a platform shows."""

    review: Review
    earlier: Review | None = None  # the review as first posted, before the patient edited it
    status: Status | None = None  # where the practice has put it (None: as the store decides)


@dataclass(frozen=True, slots=True)
class StaffMember:
    name: str  # as the subject of a sentence
    dative: str  # "thanks to ..." (Slavic languages inflect names)
    gender: str  # "f" / "m": past-tense verbs agree with it in ru, uk, pl


@dataclass(frozen=True, slots=True)
class PhraseBank:
    """One language's sentences; ``{n}``/``{nd}`` name staff, ``{a:f|m}``/``{s:f|m}`` agree."""

    language: str
    joiner: str
    authors: tuple[tuple[str, str], ...]
    staff: dict[str, tuple[StaffMember, ...]]
    openings: dict[str, tuple[str, ...]]
    bridges: tuple[str, ...]
    body: dict[str, dict[str, tuple[str, ...]]]
    minor: tuple[str, ...]
    staff_praise: dict[str, tuple[str, ...]]
    staff_complaints: dict[str, tuple[str, ...]]
    mixed: tuple[str, ...]
    closings: dict[str, tuple[str, ...]]
    titles: dict[str, tuple[str, ...]]
    crisis: dict[str, tuple[str, ...]]
    edits: dict[str, tuple[str, ...]]
    replies: dict[str, tuple[str, ...]]


def bank_language(language: str) -> str:
    """The phrase bank for a language tag ("zh_CN" -> "zh"); English where we have none."""
    base = language.replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else "en"


@lru_cache(maxsize=len(LANGUAGES))
def load_phrase_bank(language: str) -> PhraseBank:
    """Read and check ``resources/demo/<language>.json`` (ValueError names what is missing)."""
    lang = bank_language(language)
    path = paths.resource("demo", f"{lang}.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return _parse_bank(lang, data)


def _parse_bank(lang: str, data: dict[str, Any]) -> PhraseBank:
    def strings(value: Any, where: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not value or not all(isinstance(s, str) for s in value):
            raise ValueError(f"demo phrase bank {lang}: {where} must be a non-empty list of text")
        return tuple(value)

    def groups(key: str, names: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
        section = data.get(key) or {}
        return {name: strings(section.get(name), f"{key}.{name}") for name in names}

    authors = [
        (f"{given} {initial}.", gender)
        for given, gender in data.get("author_given", [])
        for initial in data.get("author_initials", "")
    ]
    authors += [(name, gender) for name, gender in data.get("authors", [])]
    if not authors:
        raise ValueError(f"demo phrase bank {lang}: no author names")
    staff = {
        role: tuple(
            StaffMember(m["n"], m.get("nd", m["n"]), m.get("g", "f"))
            for m in (data.get("staff") or {}).get(role, [])
        )
        for role in ROLES
    }
    if not all(staff.values()):
        raise ValueError(f"demo phrase bank {lang}: every role needs staff names")
    body = data.get("body") or {}
    polarities = ("positive", "negative")
    return PhraseBank(
        language=lang,
        joiner=str(data.get("joiner", " ")),
        authors=tuple(authors),
        staff=staff,
        openings=groups("openings", ("positive", "negative", "mixed")),
        bridges=strings(data.get("bridges"), "bridges"),
        body={
            p: {t: strings((body.get(p) or {}).get(t), f"body.{p}.{t}") for t in TOPICS}
            for p in polarities
        },
        minor=strings(data.get("minor"), "minor"),
        staff_praise=groups("staff_praise", ROLES),
        staff_complaints=groups("staff_complaints", ROLES),
        mixed=strings(data.get("mixed"), "mixed"),
        closings=groups("closings", ("positive", "negative", "mixed")),
        titles={k: tuple(v) for k, v in (data.get("titles") or {}).items()},
        crisis=groups("crisis", (*CRISIS_KINDS, "burst")),
        edits=groups("edits", ("up", "down")),
        replies=groups("replies", ("positive", "negative", "mixed")),
    )


# -- the demo practice's sources ------------------------------------------------------------
def demo_sources() -> list[Source]:
    """The demo practice's accounts, one per platform and language it is reviewed in.

    Google (en) carries the showcase: a burst of angry reviews, one review of each crisis
    kind, markup-looking text and a very long review. ``share`` splits ``populate``'s count.
    """
    return [
        Source(
            SourceKind.DEMO,
            "Google Maps · Riverside (EN)",
            Platform.GOOGLE,
            "en",
            {"place_id": "ChIJ8zQ2demoRiversideClinic", "share": 22, "demo_showcase": True},
        ),
        Source(
            SourceKind.DEMO,
            "Facebook · Riverside",
            Platform.FACEBOOK,
            "en",
            {"page_id": "104857392011238", "share": 10},
        ),
        Source(
            SourceKind.DEMO,
            "Yelp · Riverside",
            Platform.YELP,
            "en",
            {"business_alias": "riverside-family-practice-springfield", "share": 6},
        ),
        Source(
            SourceKind.DEMO,
            "Trustpilot · Riverside",
            Platform.TRUSTPILOT,
            "en",
            {"business_domain": "riverside-clinic.example", "share": 7},
        ),
        Source(
            SourceKind.DEMO,
            "Google Maps · Przychodnia Na Zdrowie (PL)",
            Platform.GOOGLE,
            "pl",
            {"place_id": "ChIJp1Wdemo0NaZdrowieWaw", "share": 12},
        ),
        Source(
            SourceKind.DEMO,
            "ZnanyLekarz · Przychodnia Na Zdrowie",
            Platform.ZNANYLEKARZ,
            "pl",
            {"facility_slug": "przychodnia-na-zdrowie-warszawa", "share": 10},
        ),
        Source(
            SourceKind.DEMO,
            "ПроДокторов · Семейный доктор",
            Platform.PRODOCTOROV,
            "ru",
            {"city": "spb", "lpu": "21873-semeynyy-doktor", "share": 9},
        ),
        Source(
            SourceKind.DEMO,
            "2ГИС · Семейный доктор",
            Platform.TWOGIS,
            "ru",
            {"city": "spb", "firm_id": "70000001024587313", "share": 6},
        ),
        Source(
            SourceKind.DEMO,
            "Google Maps · Родинний лікар (UK)",
            Platform.GOOGLE,
            "uk",
            {"place_id": "ChIJx9Kdemo0RodynnyiLikar", "share": 10},
        ),
        Source(
            SourceKind.DEMO,
            "大众点评 · 康心诊所",
            Platform.DIANPING,
            "zh",
            {"shop_id": "H7kQ2mZ9dPx", "share": 8},
        ),
    ]


def demo_plan(source: Source) -> tuple[int, int, datetime | None]:
    """(count, seed, anchor) from a demo source's settings; anchor None when it has none."""
    settings = source.settings or {}
    anchor = settings.get("anchor")
    when = None
    if isinstance(anchor, str) and anchor:
        when = datetime.strptime(anchor, ANCHOR_FORMAT).replace(tzinfo=UTC)
    return int(settings.get("count", DEFAULT_COUNT)), int(settings.get("seed", DEFAULT_SEED)), when


# -- generation -----------------------------------------------------------------------------
def generate_reviews(
    source: Source, count: int, *, seed: int, now: datetime | None = None
) -> Iterator[Review]:
    """``count`` reviews of ``source`` as the platform shows them today, oldest first.

    The same seed and count give the same reviews (and external ids); ``now`` only
    shifts the dates, all within the 12 months before it.
    """
    for item in generate_demo_reviews(source, count, seed=seed, now=now):
        yield item.review


def generate_demo_reviews(
    source: Source, count: int, *, seed: int, now: datetime | None = None
) -> Iterator[DemoReview]:
    """Like ``generate_reviews``, with each review's earlier version and workflow status."""
    return _Generator(source, count, seed, now or utc_now()).run()


class _Generator:
    """One pass over one source; every random draw comes from ``self.rng`` in a fixed order."""

    def __init__(self, source: Source, count: int, seed: int, now: datetime) -> None:
        self.source = source
        self.count = max(0, count)
        self.seed = seed
        self.now = now.replace(microsecond=0)
        self.bank = load_phrase_bank(source.language or "en")
        self.platform = source.platform
        self.key = f"{source.platform.value}:{self.bank.language}"
        self.rng = random.Random(f"clinicrep-demo:{seed}:{self.key}")
        self.settings = source.settings or {}
        self.bursts_used = 0
        self.random = self.rng.random
        # Distinct topics per review without Random.sample's cost: a few dozen shuffled orders.
        self.topic_orders: list[tuple[str, ...]] = []
        for _ in range(64):
            order = list(TOPICS)
            self.rng.shuffle(order)
            self.topic_orders.append(tuple(order))

    # -- the year's schedule: when each review came in, and which ones are special --------
    def _schedule(self) -> list[tuple[float, str]]:
        """(age in seconds, kind) for every review, oldest first."""
        rng = self.rng
        specials: list[tuple[float, str]] = []
        if self.settings.get("demo_showcase") and self.count >= 24:
            centre = rng.uniform(45 * _DAY, 150 * _DAY)  # a bad fortnight a few months back
            specials += [
                (centre + rng.uniform(0, 1.9 * _DAY), "burst") for _ in range(rng.randint(5, 8))
            ]
            specials.append((rng.uniform(0.2 * _DAY, 2 * _DAY), "legal"))  # fresh: still open
            specials += [(rng.uniform(12 * _DAY, 300 * _DAY), k) for k in CRISIS_KINDS[1:]]
            specials += [(rng.uniform(3 * _DAY, 200 * _DAY), k) for k in ("markup", "long")]
        specials = specials[: self.count]
        # Slightly more reviews recently, as a practice that asks for them sees.
        ordinary = [
            (max(600.0, _YEAR * (rng.random() ** 1.2)), "ordinary")
            for _ in range(self.count - len(specials))
        ]
        schedule = ordinary + specials
        schedule.sort(key=lambda item: -item[0])
        return schedule

    def run(self) -> Iterator[DemoReview]:
        for position, (age, kind) in enumerate(self._schedule()):
            yield self._review(position, age, kind)

    # -- one review ------------------------------------------------------------------------
    def _review(self, position: int, age: float, kind: str) -> DemoReview:
        rng, bank = self.rng, self.bank
        created = self.now - timedelta(seconds=int(age))
        author, gender = self._choice(bank.authors)
        if not gender:
            gender = "f" if rng.random() < 0.5 else "m"
        if kind == "ordinary" and rng.random() < 0.008:
            kind = self._choice(CRISIS_KINDS)
        rating, text, polarity = self._content(kind, gender)
        review = Review(
            source_id=self.source.id or 0,
            external_id="",
            created_at=created,
            author=author,
            rating=rating,
            text=text,
        )
        self._dress_for_platform(review, position, polarity)
        earlier = None
        if kind == "ordinary" and text and age > 4 * _DAY and rng.random() < 0.035:
            earlier = self._edit(review, gender, age)
            if earlier is not None:  # any reply was written to the first version
                first_negative = earlier.recommendation == "negative" or (earlier.rating or 5) <= 2
                polarity = "negative" if first_negative else "positive"
        self._maybe_answered(review, kind, age, polarity)
        status = self._status(review, kind, age)
        return DemoReview(review=review, earlier=earlier, status=status)

    def _content(self, kind: str, gender: str) -> tuple[int, str, str]:
        """(stars, text, polarity) for one review of ``kind``."""
        rng = self.rng
        if kind in CRISIS_KINDS:
            parts = [self._pick(self.bank.crisis[kind], gender)]
            if rng.random() < 0.5:
                parts.insert(0, self._body("negative", gender))
            return 1, self._join(parts), "negative"
        if kind == "burst":
            burst = self.bank.crisis["burst"]
            parts = [self._render(burst[self.bursts_used % len(burst)], gender)]
            self.bursts_used += 1
            if rng.random() < 0.5:
                parts.append(self._pick(self.bank.closings["negative"], gender))
            return (1 if rng.random() < 0.8 else 2), self._join(parts), "negative"
        if kind == "markup":
            text = self._join([HOSTILE_MARKUP, *self._mixed(gender)])
            return 3, text, "mixed"
        if kind == "long":
            return 2, self._join(self._long(gender)), "negative"
        rating = self._rating()
        if self._rating_only_allowed() and rng.random() < 0.07:
            return rating, "", _polarity(rating)
        if rating == 5 and rng.random() < 0.015:
            return rating, self._choice(_EMOJI_ONLY), "positive"
        if rating >= 4:
            parts = self._positive(rating, gender)
        elif rating == 3:
            parts = self._mixed(gender)
        else:
            parts = self._negative(rating, gender)
        if self.platform is Platform.YELP:  # Yelp shows a 160-character excerpt of a long text
            filler = "negative" if rating <= 3 else "positive"
            while len(self._join(parts)) < YELP_EXCERPT_CHARS + 20:
                parts.insert(-1, self._body(filler, gender))
        text = self._join(parts)
        if rating >= 4 and rng.random() < 0.12:
            text = self._join([text, self._choice(_POSITIVE_EMOJI)])
        elif rating <= 2 and rng.random() < 0.06:
            text = self._join([text, self._choice(_NEGATIVE_EMOJI)])
        return rating, text, _polarity(rating)

    def _choice(self, choices: Sequence[_T]) -> _T:
        return choices[int(self.random() * len(choices))]

    def _topics(self, k: int) -> tuple[str, ...]:
        return self._choice(self.topic_orders)[:k]

    def _rating(self) -> int:
        draw = self.rng.random()
        for cut, stars in _RATING_CUTS:
            if draw < cut:
                return stars
        return 5

    def _rating_only_allowed(self) -> bool:
        # Google and 2GIS accept stars without text; the others require a written review.
        return self.platform in (Platform.GOOGLE, Platform.TWOGIS)

    # -- composing text --------------------------------------------------------------------
    def _positive(self, rating: int, gender: str) -> list[str]:
        rng, bank = self.rng, self.bank
        if rng.random() < 0.15:  # many happy patients write a single line
            if rng.random() < 0.5:
                return [self._pick(bank.closings["positive"], gender)]
            return [self._staff(bank.staff_praise, self._role(), gender)]
        parts = [self._pick(bank.openings["positive"], gender)]
        if rng.random() < 0.6:
            parts.append(self._staff(bank.staff_praise, self._role(), gender))
        for topic in self._topics(self._choice((1, 1, 2, 2, 3))):
            parts.append(self._pick(bank.body["positive"][topic], gender))
        if rating == 4 and rng.random() < 0.6:
            parts.append(self._pick(bank.minor, gender))
        if rng.random() < 0.7:
            parts.append(self._pick(bank.closings["positive"], gender))
        return parts

    def _negative(self, rating: int, gender: str) -> list[str]:
        rng, bank = self.rng, self.bank
        parts = []
        if rng.random() < 0.85:
            parts.append(self._pick(bank.openings["negative"], gender))
        topics = self._topics(self._choice((1, 2, 2, 3) if rating == 1 else (1, 2)))
        parts += [self._pick(bank.body["negative"][t], gender) for t in topics]
        if rng.random() < 0.35:
            parts.append(self._staff(bank.staff_complaints, self._role(), gender))
        if rng.random() < 0.75 or len(parts) < 2:
            parts.append(self._pick(bank.closings["negative"], gender))
        return parts

    def _mixed(self, gender: str) -> list[str]:
        """Explicitly mixed: something good, a turn, something bad."""
        rng, bank = self.rng, self.bank
        if rng.random() < 0.35:
            parts = [self._pick(bank.mixed, gender)]
        else:
            parts = [self._pick(bank.openings["mixed"], gender)]
            praised = "doctor" if rng.random() < 0.6 else self._role()
            if rng.random() < 0.75:
                parts.append(self._staff(bank.staff_praise, praised, gender))
            else:
                parts.append(self._body("positive", gender))
            parts.append(self._pick(bank.bridges, gender))
            if praised != "receptionist" and rng.random() < 0.5:
                parts.append(self._staff(bank.staff_complaints, "receptionist", gender))
            else:
                parts.append(self._body("negative", gender))
        if rng.random() < 0.6:
            parts.append(self._pick(bank.closings["mixed"], gender))
        return parts

    def _long(self, gender: str) -> list[str]:
        """A patient who writes an essay: every grievance they can think of."""
        bank = self.bank
        parts = [self._pick(bank.openings["negative"], gender)]
        for topic in TOPICS:
            parts += [self._render(s, gender) for s in bank.body["negative"][topic]]
        for role in ROLES:
            member = self._choice(bank.staff[role])
            parts += [self._render(s, gender, member) for s in bank.staff_complaints[role]]
        parts.append(self._pick(bank.closings["negative"], gender))
        return parts

    def _body(self, polarity: str, gender: str) -> str:
        topic = self._choice(TOPICS)
        return self._pick(self.bank.body[polarity][topic], gender)

    def _role(self) -> str:
        draw = self.rng.random()
        return "doctor" if draw < 0.55 else ("receptionist" if draw < 0.8 else "nurse")

    def _staff(self, templates: dict[str, tuple[str, ...]], role: str, gender: str) -> str:
        member = self._choice(self.bank.staff[role])
        return self._render(self._choice(templates[role]), gender, member)

    def _pick(self, choices: tuple[str, ...], gender: str) -> str:
        return self._render(self._choice(choices), gender)

    @staticmethod
    def _render(template: str, gender: str, staff: StaffMember | None = None) -> str:
        if "{" not in template:
            return template
        text = template
        if staff is not None:
            text = text.replace("{nd}", staff.dative).replace("{n}", staff.name)
        staff_gender = staff.gender if staff else "f"

        def agree(match: re.Match[str]) -> str:
            who = gender if match.group(1) == "a" else staff_gender
            return match.group(2) if who == "f" else match.group(3)

        text = _GENDERED.sub(agree, text)
        return text[:1].upper() + text[1:]

    def _join(self, parts: list[str]) -> str:
        return self.bank.joiner.join(p for p in parts if p)

    # -- platform details ------------------------------------------------------------------
    def _dress_for_platform(self, review: Review, position: int, polarity: str) -> None:
        """Ids, URL and the fields each platform fills its own way."""
        digest = hashlib.blake2b(
            f"{self.seed}|{self.key}|{position}".encode(), digest_size=16
        ).digest()
        s = self.settings
        platform = self.platform
        if platform is Platform.GOOGLE:
            ext = "ChdDSUhNMG9nS0VJQ0FnSU" + _b64(digest[:12])
            place = s.get("place_id", "ChIJdemo")
            review.url = (
                f"https://www.google.com/maps/reviews/data=!4m5!14m4!1m3!1m2!1s{ext}!2s{place}"
            )
            review.language_hint = self.bank.language
        elif platform is Platform.FACEBOOK:
            page = s.get("page_id", "100000000000001")
            story = 10**15 + position * 1009 + digest[0]
            ext = f"{page}_{story}"
            review.url = f"https://www.facebook.com/{page}/posts/{story}"
            review.reply_target = ext
            # Facebook shows recommend / don't recommend; stars survive on a few old entries.
            if review.rating is not None:
                if polarity == "mixed":
                    positive = self.rng.random() < 0.5
                else:
                    positive = polarity == "positive"
                review.recommendation = "positive" if positive else "negative"
                if self.rng.random() > 0.08:
                    review.rating = None
        elif platform is Platform.YELP:
            ext = _b64(digest)
            alias = s.get("business_alias", "demo-practice")
            review.url = f"https://www.yelp.com/biz/{alias}?hrid={ext}"
            if len(review.text) > YELP_EXCERPT_CHARS:
                review.text = _excerpt(review.text, YELP_EXCERPT_CHARS)
            review.is_excerpt = True
        elif platform is Platform.TRUSTPILOT:
            ext = digest[:12].hex()
            review.url = f"https://www.trustpilot.com/reviews/{ext}"
            titles = self.bank.titles.get(polarity)
            review.title = self._choice(titles) if titles else ""
            review.language_hint = self.bank.language
        elif platform is Platform.ZNANYLEKARZ:
            ext = str(31_000_000 + position * 37 + digest[0] % 37)
            slug = s.get("facility_slug", "przychodnia-demo")
            review.url = f"https://www.znanylekarz.pl/placowki/{slug}/opinie#opinion-{ext}"
        elif platform is Platform.PRODOCTOROV:
            ext = str(4_200_000 + position * 29 + digest[0] % 29)
            city, lpu = s.get("city", "spb"), s.get("lpu", "1-demo")
            review.url = f"https://prodoctorov.ru/{city}/lpu/{lpu}/otzivi/#otziv-{ext}"
        elif platform is Platform.TWOGIS:
            ext = str(70_030_000_000 + position * 41 + digest[0] % 41)
            city, firm = s.get("city", "spb"), s.get("firm_id", "70000001000000000")
            review.url = f"https://2gis.ru/{city}/firm/{firm}/tab/reviews?review={ext}"
        elif platform is Platform.DIANPING:
            ext = str(1_180_000_000 + position * 53 + digest[0] % 53)
            review.url = f"https://www.dianping.com/review/{ext}"
        else:
            ext = digest.hex()
            review.url = f"https://reviews.example/{ext}"
        review.external_id = ext

    def _edit(self, review: Review, gender: str, age: float) -> Review | None:
        """The patient changed their mind: returns the first version, updates ``review``."""
        rng, bank = self.rng, self.bank
        if self.platform is Platform.YELP:
            return None  # an excerpt would hide the update
        raised = rng.random() < 0.6
        if raised:
            first_rating = 1 if rng.random() < 0.6 else 2
            first_text = self._join(self._negative(first_rating, gender))
            note = self._pick(bank.edits["up"], gender)
            final_rating = 4 if rng.random() < 0.7 else 3
        else:
            first_rating = 5
            first_text = self._join(self._positive(5, gender))
            note = self._pick(bank.edits["down"], gender)
            final_rating = 2 if rng.random() < 0.7 else 1
        delay = rng.uniform(1 * _DAY, min(30 * _DAY, age - 2 * 3600))
        earlier = replace(review, rating=first_rating, text=first_text, updated_at=None)
        review.text = first_text + "\n\n" + note
        review.rating = final_rating
        review.updated_at = review.created_at + timedelta(seconds=int(delay))
        if self.platform is Platform.FACEBOOK:
            earlier.recommendation = "negative" if raised else "positive"
            review.recommendation = "positive" if raised else "negative"
            earlier.rating = review.rating = None
        return earlier

    def _maybe_answered(self, review: Review, kind: str, age: float, polarity: str) -> None:
        """Older reviews were often answered on the platform within hours."""
        rng = self.rng
        draw, delay = rng.random(), rng.uniform(1.5 * 3600, 30 * 3600)
        if self.platform is Platform.YELP or kind != "ordinary" or delay >= age:
            return
        # a practice that uses clinicrep answers most reviews; the open ones are recent
        chance = (0.9 if polarity != "positive" else 0.85) if age > 3 * _DAY else 0.15
        if age > 14 * _DAY:
            chance = 0.93
        if draw >= chance:
            return
        review.upstream_reply = self._choice(self.bank.replies[polarity])
        review.upstream_reply_at = review.created_at + timedelta(seconds=int(delay))

    def _status(self, review: Review, kind: str, age: float) -> Status | None:
        """Where the practice has put an unanswered review by now."""
        draw = self.rng.random()
        if review.upstream_reply:
            return None  # the store marks it answered
        if kind in ("legal", "press", "regulator"):
            return Status.ESCALATED if age > 10 * _DAY else None
        if kind == "misinformation":
            return Status.IN_PROGRESS if age > 10 * _DAY else None  # reported to the platform
        if kind == "burst":
            if age <= 14 * _DAY:
                return None
            return Status.IN_PROGRESS if draw < 0.5 else Status.ESCALATED if draw < 0.7 else None
        if age <= 5 * _DAY:
            return None
        if self.platform is Platform.YELP:
            return Status.ANSWERED if draw < 0.8 else None  # answered by hand on Yelp's site
        if not review.text:
            return Status.DISMISSED if draw < 0.5 else None  # nothing to answer
        negative = review.recommendation == "negative" or (review.rating or 5) <= 2
        if negative:
            return Status.IN_PROGRESS if draw < 0.2 else Status.ESCALATED if draw < 0.25 else None
        return Status.DISMISSED if age > 30 * _DAY and draw < 0.1 else None


def _polarity(rating: int) -> str:
    return "positive" if rating >= 4 else "mixed" if rating == 3 else "negative"


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _excerpt(text: str, limit: int) -> str:
    """Cut at a word boundary before ``limit`` and end with "...", as Yelp does."""
    cut = text[: limit - 3]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:!?—-") + "..."
