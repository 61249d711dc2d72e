"""What each review praises and blames, read clause by clause, stored with the review, and
corrected by the practice in a way that survives re-analysis, upgrades and migrations."""

from __future__ import annotations

import json
import pickle
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from tests.analysis.aspect_reading import read
from tests.analysis.probe_readings import Reading, check_reading, readings

from clinicrep import paths
from clinicrep.analysis import learning
from clinicrep.analysis.aspects import read_aspects, split_clauses
from clinicrep.analysis.learning import MIN_EXAMPLES, Example, train
from clinicrep.analysis.pipeline import analyse_review, reanalyse_store
from clinicrep.analysis.practice import (
    guard_examples,
    install_from_store,
    learn_from_practice,
    learning_status,
    reset_learning,
)
from clinicrep.analysis.topics import detect_topics
from clinicrep.cli import main
from clinicrep.model import Aspect, Platform, Review, Sentiment, Source, SourceKind, Topic
from clinicrep.settings import load_settings, save_settings
from clinicrep.store import db as store_db
from clinicrep.store.aspects import (
    aspect_counts,
    aspects_of,
    correct_aspect,
    correct_sentiment,
    labelled_texts,
    learned_models,
    save_learned_model,
)
from clinicrep.store.db import Database, open_database
from clinicrep.store.reviews import get_review, upsert_reviews
from clinicrep.store.sources import add_source

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _no_learned_model_left_behind() -> Iterator[None]:
    yield
    learning.install({})  # models are process-wide: the next test starts with the rules alone


DATA = Path(__file__).parent / "data"
POS, NEG = Sentiment.POSITIVE, Sentiment.NEGATIVE


# -- clauses and negation ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "clauses"),
    [
        (
            "The doctor was great but the receptionist was rude.",
            "en",
            ["The doctor was great", "but the receptionist was rude"],
        ),
        (
            "Lekarz super, ale rejestracja niemiła.",
            "pl",
            ["Lekarz super", "ale rejestracja niemiła"],
        ),
        (
            "Врач хороший, но регистратура ужасная.",
            "ru",
            ["Врач хороший", "но регистратура ужасная"],
        ),
        (
            "Лікар добрий, але реєстратура жахлива.",
            "uk",
            ["Лікар добрий", "але реєстратура жахлива"],
        ),
        ("医生很好，但是护士态度很差。", "zh", ["医生很好", "但是护士态度很差"]),
        ("医生很好不过太贵了", "zh", ["医生很好", "不过太贵了"]),
    ],
)
def test_a_review_is_cut_into_clauses_at_punctuation_and_contrast_words(
    text: str, lang: str, clauses: list[str]
) -> None:
    assert [c for _, c in split_clauses(text, lang)] == clauses


@pytest.mark.parametrize(
    "reading",
    readings(
        [
            # the negation turns the praise of its own clause, not the next clause's
            (
                "The doctor was not friendly, the nurses were lovely.",
                "en",
                {("doctor", "negative"), ("nurse", "positive")},
            ),
            (
                "Lekarz nie był miły, pielęgniarki cudowne.",
                "pl",
                {("doctor", "negative"), ("nurse", "positive")},
            ),
            (
                "Врач не вежливый, медсёстры замечательные.",
                "ru",
                {("doctor", "negative"), ("nurse", "positive")},
            ),
            (
                "Лікар не ввічливий, медсестри чудові.",
                "uk",
                {("doctor", "negative"), ("nurse", "positive")},
            ),
            ("医生不耐心，护士很好。", "zh", {("doctor", "negative"), ("nurse", "positive")}),
            # a deed not done is a complaint: "nobody explained"
            ("Nobody explained anything.", "en", {("communication", "negative")}),
            ("Nikt mi nic nie wyjaśnił.", "pl", {("communication", "negative")}),
            ("Никто ничего не объяснил.", "ru", {("communication", "negative")}),
            ("Ніхто нічого не пояснив.", "uk", {("communication", "negative")}),
            ("没有人给我解释。", "zh", {("communication", "negative")}),
            # "no wait" is praise of the waiting time, in the same clause as the negator
            (
                "No wait at all, and the doctor was kind.",
                "en",
                {("waiting", "positive"), ("doctor", "positive")},
            ),
            ("不用排队，医生很专业。", "zh", {("waiting", "positive"), ("doctor", "positive")}),
        ]
    ),
)
def test_a_negation_turns_only_its_own_clause(reading: Reading) -> None:
    check_reading(reading)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # seen in the demo's monthly report: a 5-star review quoted under "complaints" because
        # "when I had lost hope" lent its gloom to the reception that found the appointment
        (
            "Pani Ewelina z recepcji znalazła dla mnie termin, kiedy już straciłam nadzieję.",
            "pl",
        ),
        ("When I had lost all hope, the receptionist found me an appointment.", "en"),
        ("Администратор нашла для меня время, когда я уже потеряла надежду.", "ru"),
        ("Адміністратор знайшла для мене час, коли я вже втратила надію.", "uk"),
    ],
)
def test_a_clause_saying_when_lends_no_complaint_to_what_was_done(text: str, lang: str) -> None:
    found = read(text, lang)
    assert ("scheduling", "positive") in found
    assert not {pair for pair in found if pair[1] == "negative"}


def test_the_words_an_aspect_was_read_from_are_kept_for_the_chip() -> None:
    reading = read_aspects("The doctor was great but the receptionist was so rude.", "en")
    words = {o.aspect: o.words for o in reading.opinions}
    assert words[Aspect.RECEPTION] == "but the receptionist was so rude"
    assert words[Aspect.DOCTOR] == "the doctor was great"


def test_a_waiting_room_complaint_is_waiting_not_cleanliness() -> None:
    # seen in a front-desk trial: "waiting room" filed under facilities
    assert read("We sat in the waiting room for two hours.", "en") == {("waiting", "negative")}


@pytest.mark.parametrize(
    "reading",
    readings(
        [
            ("The waiting room was packed.", "en", {("waiting", "negative")}),
            ("The waiting room was clean and bright.", "en", {("facilities", "positive")}),
            ("W poczekalni tłok i brak miejsc siedzących.", "pl", {("waiting", "negative")}),
            ("Poczekalnia czysta i przestronna.", "pl", {("facilities", "positive")}),
            ("В зале ожидания негде сесть, толпа.", "ru", {("waiting", "negative")}),
            ("В зале ожидания чисто.", "ru", {("facilities", "positive")}),
            ("У залі очікування чисто.", "uk", {("facilities", "positive")}),
            ("候诊区人太多，没地方坐。", "zh", {("waiting", "negative")}),
            ("候诊区很脏。", "zh", {("facilities", "negative")}),
        ]
    ),
)
def test_the_waiting_room_is_waiting_unless_its_premises_are_judged(reading: Reading) -> None:
    check_reading(reading)


@pytest.mark.parametrize(
    ("text", "lang", "topics"),
    [
        ("W poczekalni tłok i brak miejsc siedzących.", "pl", [Topic.WAITING]),
        ("Długo czekałam w poczekalni.", "pl", [Topic.WAITING]),
        ("Сидели в коридоре под кабинетом два часа.", "ru", [Topic.WAITING]),
        ("Сиділи в коридорі під кабінетом дві години.", "uk", [Topic.WAITING]),
        ("Brudny gabinet i brudna toaleta.", "pl", [Topic.CLEANLINESS]),
    ],
)
def test_a_room_where_one_waits_is_a_waiting_topic_not_cleanliness(
    text: str, lang: str, topics: list[Topic]
) -> None:
    # the front-desk trial: a waiting-room complaint filed under "Cleanliness and facilities"
    assert detect_topics(text, lang) == topics


@pytest.mark.parametrize(
    "reading",
    readings(
        [
            (
                "Negligent and incompetent. I'm taking legal action.",
                "en",
                {("doctor", "negative")},
            ),
            ("Некомпетентный и непрофессиональный подход.", "ru", {("doctor", "negative")}),
            ("Непрофесійний підхід, нікому не раджу.", "uk", {("doctor", "negative")}),
            ("Niekompetentny i nieprofesjonalny.", "pl", {("doctor", "negative")}),
            ("太不专业了，再也不来了。", "zh", {("doctor", "negative")}),
            # competence speaks of whoever the sentence names
            (
                "The receptionist was rude and totally unprofessional.",
                "en",
                {("reception", "negative")},
            ),
            ("Медсестра некомпетентная.", "ru", {("nurse", "negative")}),
        ]
    ),
)
def test_competence_is_the_doctors_unless_the_sentence_names_someone_else(reading: Reading) -> None:
    check_reading(reading)


@pytest.mark.parametrize(
    ("text", "lang", "mixed"),
    [
        # a complaint added after the praise with "although" stands: mixed
        ("Лечение помогло, хотя в очереди пришлось сидеть долго.", "ru", True),
        ("Лікування допомогло, хоча в черзі довелося посидіти.", "uk", True),
        ("The treatment worked, although the wait was long.", "en", True),
        # what a sentence opens by granting is not what it means: praise
        ("Хотя в очереди пришлось посидеть, лечение помогло.", "ru", False),
        ("Although the wait was long, the treatment worked.", "en", False),
        # "but, unfortunately, ...": the comma after "but" does not lose the contrast
        ("Красивая клиника, но, к сожалению, врач некомпетентный.", "ru", True),
        ("Гарна клініка, але, на жаль, лікар некомпетентний.", "uk", True),
        # "worth it" is praise; the booking two months ahead the complaint across the "but"
        ("Запись на два месяца вперёд, но доктор того стоит.", "ru", True),
        ("Запис на два місяці вперед, але лікарка того варта.", "uk", True),
        # a deed not done ("nobody told") is a complaint even where the deed itself says little
        ("Лечение помогло, но никто не сказал про побочные эффекты.", "ru", True),
    ],
)
def test_mixed_reviews_read_clause_by_clause(text: str, lang: str, mixed: bool) -> None:
    assert read_aspects(text, lang).mixed is mixed


@pytest.mark.parametrize("lang", ["en", "pl", "ru", "uk", "zh"])
def test_the_frozen_sets_mixed_reviews_are_mostly_read_as_mixed(lang: str) -> None:
    rows = [
        json.loads(line)
        for line in (DATA / f"aspects_{lang}_frozen.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    mixed = [r for r in rows if r["overall"] == "mixed"]
    said = [
        analyse_review(_review(1, i, r["text"]), fallback_language=lang)
        for i, r in enumerate(mixed)
    ]
    found = sum(1 for a in said if a.sentiment == Sentiment.MIXED)
    assert len(mixed) >= 8 and found / len(mixed) >= 0.8


# -- storage and corrections -------------------------------------------------------------------
def _source(db: Database, language: str = "en") -> int:
    source = add_source(db, Source(SourceKind.CSV, "Import", Platform.OTHER, language=language))
    assert source.id is not None
    return source.id


def _review(source_id: int, n: int, text: str, rating: int | None = None) -> Review:
    return Review(
        source_id=source_id,
        external_id=f"r{n}",
        created_at=T0 + timedelta(minutes=n),
        text=text,
        rating=rating,
    )


def _stored(db: Database, texts: list[tuple[str, int | None]]) -> list[int]:
    src = _source(db)
    reviews = [_review(src, i, text, rating) for i, (text, rating) in enumerate(texts)]
    for r in reviews:
        r.analysis = analyse_review(r, fallback_language="en")
    return upsert_reviews(db, reviews, now=T0).inserted_ids


MIXED_REVIEW = "The doctor was great but the receptionist was rude."


def test_aspects_are_stored_with_the_review_and_counted_for_the_charts(db: Database) -> None:
    (review_id,) = _stored(db, [(MIXED_REVIEW, 4)])
    shown = aspects_of(db, review_id)
    assert {(o.aspect, o.polarity) for o in shown.opinions} == {
        (Aspect.DOCTOR, POS),
        (Aspect.RECEPTION, NEG),
    }
    review = get_review(db, review_id)
    assert review is not None and review.analysis is not None
    assert review.analysis.sentiment == Sentiment.MIXED
    counts = {
        c.aspect: (c.praise, c.complaints) for c in aspect_counts(db, T0, T0 + timedelta(days=1))
    }
    assert counts == {Aspect.DOCTOR: (1, 0), Aspect.RECEPTION: (0, 1)}


def test_corrections_count_at_once_and_survive_clinicrep_reanalyse(db: Database) -> None:
    review_id, other = _stored(db, [(MIXED_REVIEW, 4), ("Lovely nurses, spotless clinic.", 5)])
    correct_sentiment(db, review_id, Sentiment.NEGATIVE)
    correct_aspect(db, review_id, Aspect.DOCTOR, None)  # the practice: it is not about the doctor
    correct_aspect(db, review_id, Aspect.WAITING, NEG)  # ... but about the wait
    day = (T0, T0 + timedelta(days=1))
    assert {c.aspect: c.complaints for c in aspect_counts(db, *day)}[Aspect.WAITING] == 1

    assert main(["reanalyse"]) == 0  # every review analysed again, in its own connection

    review = get_review(db, review_id)
    assert review is not None and review.analysis is not None
    assert review.analysis.sentiment == Sentiment.NEGATIVE
    shown = aspects_of(db, review_id)
    assert shown.sentiment_corrected
    assert {(o.aspect, o.polarity, o.corrected) for o in shown.opinions} == {
        (Aspect.RECEPTION, NEG, False),
        (Aspect.WAITING, NEG, True),
    }
    # the review nobody corrected is read by the rules as before
    assert {o.aspect for o in aspects_of(db, other).opinions} == {Aspect.NURSE, Aspect.FACILITIES}


def test_corrections_survive_an_upgrade_that_migrates_the_store(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = paths.db_path()
    db = open_database(path)
    (review_id,) = _stored(db, [(MIXED_REVIEW, 4)])
    correct_aspect(db, review_id, Aspect.RECEPTION, POS)
    correct_sentiment(db, review_id, Sentiment.POSITIVE)
    db.close()
    # A later version of the program: one more migration, which even rebuilds the analysed
    # aspects' table, and rules that read the review again.
    bundled = store_db.migrations()
    future = (
        len(bundled) + 1,
        f"{len(bundled) + 1:04d}_future.sql",
        "DROP TABLE review_aspects;"
        " CREATE TABLE review_aspects (review_id INTEGER NOT NULL REFERENCES reviews(id)"
        " ON DELETE CASCADE, aspect TEXT NOT NULL, polarity TEXT NOT NULL, words TEXT NOT NULL"
        " DEFAULT '', PRIMARY KEY (review_id, aspect)) WITHOUT ROWID;",
    )
    monkeypatch.setattr(store_db, "migrations", lambda: [*bundled, future])
    db = open_database(path)
    assert db.user_version == len(bundled) + 1
    reanalyse_store(db)
    review = get_review(db, review_id)
    assert review is not None and review.analysis is not None
    assert review.analysis.sentiment == Sentiment.POSITIVE
    assert {(o.aspect, o.polarity) for o in aspects_of(db, review_id).opinions} == {
        (Aspect.DOCTOR, POS),
        (Aspect.RECEPTION, POS),
    }
    db.close()


# -- learning from the practice -----------------------------------------------------------------
def _examples(lang: str) -> list[Example]:
    rows = []
    for part in ("tune", "frozen"):
        path = DATA / f"aspects_{lang}_{part}.jsonl"
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [
        Example(
            r["text"],
            r["overall"],
            analyse_review(
                _review(1, 0, r["text"]), fallback_language=lang, learned=False
            ).sentiment,
        )
        for r in rows
    ]


def test_the_learned_model_says_nothing_until_it_has_enough_examples() -> None:
    examples = _examples("en")
    outcome = train("en", examples[: MIN_EXAMPLES - 1])
    assert outcome.model is None and outcome.reason == "too_few"


def test_a_model_trained_on_shuffled_labels_switches_itself_off() -> None:
    examples = _examples("pl") + _examples("ru")
    labels = [e.label for e in examples]
    random.Random(3).shuffle(labels)
    shuffled = [Example(e.text, label, e.rules) for e, label in zip(examples, labels, strict=True)]
    outcome = train("pl", shuffled, guard_examples("pl"))
    assert outcome.model is None
    assert outcome.reason in ("no_better", "worse_on_guard")


DAYS = ("w poniedziałek", "we wtorek", "w środę", "w czwartek", "w piątek")
WHAT = (
    "kontrola",
    "wizyta",
    "recepta",
    "szczepienie",
    "badanie",
    "konsultacja",
    "zastrzyk",
    "porada",
)


NAMES = ("Kota", "Lisa", "Nowaka", "Wrony", "Sowy", "Bobra")


def _practice_with_its_own_word() -> list[Example]:
    """A practice whose patients say "spychologia" (passing the buck) of a visit that went
    badly: a word no lexicon knows. The desk corrected each such review to a complaint."""
    texts = []
    for i in range(60):
        visit = f"{WHAT[i % 8].capitalize()} u doktora {NAMES[i % 6]} {DAYS[i % 5]}"
        texts.append((f"{visit}: typowa spychologia i papierologia.", "negative"))
        texts.append((f"{visit}, jak co miesiąc.", "neutral"))
        texts.append((f"{visit}, bardzo miła obsługa, polecam.", "positive"))
    examples = []
    for n, (text, label) in enumerate(texts):
        said = analyse_review(_review(1, n, text), fallback_language="pl", learned=False)
        examples.append(Example(text, label, said.sentiment, said.sentiment_score))
    return examples


def test_corrections_teach_the_model_a_word_the_rules_do_not_know() -> None:
    examples = _practice_with_its_own_word()
    assert {e.rules for e in examples if e.label == "negative"} == {Sentiment.NEUTRAL}

    outcome = train("pl", examples, guard_examples("pl"))

    assert outcome.model is not None, outcome
    assert outcome.holdout_combined >= outcome.holdout_rules + 0.02
    fresh = _review(
        1, 999, "Konsultacja u doktora Jeża w sobotę: typowa spychologia i papierologia."
    )
    assert analyse_review(fresh, fallback_language="pl", learned=False).sentiment == (
        Sentiment.NEUTRAL
    )
    learning.install({"pl": outcome.model})
    assert analyse_review(fresh, fallback_language="pl").sentiment == NEG
    # what the rules read right stays right
    praise = _review(1, 998, "Pani doktor bardzo miła, wszystko wytłumaczyła. Polecam!")
    assert analyse_review(praise, fallback_language="pl").sentiment == POS


def test_a_stored_model_reads_as_it_did_when_it_was_trained() -> None:
    examples = _practice_with_its_own_word()
    model = learning.fit(examples, "pl")
    again = learning.LearnedModel.from_bytes(model.to_bytes())
    assert again is not None
    for e in examples[:30]:
        assert again.combine(e.text, e.rules, e.score) == model.combine(e.text, e.rules, e.score)
    # as the analysis workers get it (without the words it has read): it reads the same
    sent = pickle.loads(pickle.dumps(model))
    for e in examples[:30]:
        assert sent.combine(e.text, e.rules, e.score) == model.combine(e.text, e.rules, e.score)


def test_a_trained_model_keeps_only_the_features_that_weigh_and_reads_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The model looked up for every review forgets the features L2 left near zero: it is
    smaller than all the features its examples hold, and reads as the model that kept them
    all."""
    examples = _practice_with_its_own_word() + _examples("pl")
    met = {f for e in examples for f in learning.text_features(e.text, "pl")}
    pruned = learning.fit(examples, "pl")
    monkeypatch.setattr(learning, "_PRUNE", 0.0)
    whole = learning.fit(examples, "pl")

    assert len(whole.vocabulary) == len(met)
    assert len(pruned.vocabulary) < len(met) / 2
    assert set(pruned.vocabulary) < set(whole.vocabulary)
    fresh = "Konsultacja u doktora Jeża w sobotę: typowa spychologia i papierologia."
    rules = analyse_review(_review(1, 999, fresh), fallback_language="pl", learned=False)
    for model in (whole, pruned):
        model.threshold = 1.0
    assert pruned.combine(fresh, rules.sentiment) == whole.combine(fresh, rules.sentiment) == NEG
    # the same probabilities, to a hundredth
    assert np.allclose(np.exp(pruned.scores(fresh)), np.exp(whole.scores(fresh)), atol=0.01)
    same = sum(
        pruned.combine(e.text, e.rules, e.score) == whole.combine(e.text, e.rules, e.score)
        for e in examples
    )
    assert same >= 0.98 * len(examples)


def test_a_model_stored_by_an_earlier_version_is_not_used_until_it_is_trained_again(
    db: Database,
) -> None:
    import io

    import numpy as np

    # the naive Bayes of earlier versions, as the store kept it
    buffer = io.BytesIO()
    np.savez_compressed(
        buffer,
        classes=np.array(["negative", "positive"]),
        log_prior=np.log([0.5, 0.5]).astype(np.float32),
        log_likelihood=np.zeros((2, 16), dtype=np.float32),
        meta=np.array([0.1, 80, 0.5, 0.7]),
    )
    save_learned_model(db, "pl", 80, buffer.getvalue())

    install_from_store(db)

    assert learning.installed()[0] == {}
    assert learning_status(db).examples == 0  # Settings does not claim it learned anything


def _kot_and_lis_visits(src: Source) -> list[Review]:
    """80 analysed visits of a practice where Dr Kot gets 1 star and Dr Lis 5, words alike."""
    reviews = []
    for i in range(40):
        day, what = DAYS[i % 5], WHAT[i // 5]
        reviews.append(
            _review(src, i, f"{what.capitalize()} u doktora Kota {day}, ulica Źródlana.", 1)
        )
        reviews.append(
            _review(src, 100 + i, f"{what.capitalize()} u doktora Lisa {day}, ulica Źródlana.", 5)
        )
    for r in reviews:
        r.analysis = analyse_review(r, fallback_language="pl")
    return reviews


def test_learning_from_the_practice_is_shown_used_switched_off_and_reset(db: Database) -> None:
    # At this practice a plain "visit to Dr Kot" comes with 1 star and one to Dr Lis with 5:
    # the words alone say nothing either way, the stars say what they mean here.
    src = _source(db, "pl")
    reviews = _kot_and_lis_visits(src)
    upsert_reviews(db, reviews, now=T0)
    fresh = _review(
        src, 999, "Wizyta u doktora Kota w sobotę, ulica Źródlana."
    )  # no stars: a desk note
    rules_alone = analyse_review(fresh, fallback_language="pl", learned=False).sentiment
    assert rules_alone == Sentiment.NEUTRAL

    outcomes = learn_from_practice(db)

    assert [(o.language, o.model is not None) for o in outcomes] == [("pl", True)], outcomes
    status = learning_status(db)  # Settings: "learned from 80 of your reviews"
    assert status.examples == 80 and status.languages == ("pl",)
    assert analyse_review(fresh, fallback_language="pl").sentiment == NEG
    # switched off in Settings: the rules alone decide
    settings = load_settings(db)
    settings.learning_enabled = False
    save_settings(db, settings)
    install_from_store(db)
    assert analyse_review(fresh, fallback_language="pl").sentiment == rules_alone
    # reset deletes it
    settings.learning_enabled = True
    save_settings(db, settings)
    reset_learning(db)
    assert learned_models(db) == {}
    assert learning_status(db).examples == 0
    assert analyse_review(fresh, fallback_language="pl").sentiment == rules_alone


def test_a_large_practice_learns_from_its_corrections_and_newest_stars(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clinicrep.analysis import practice

    monkeypatch.setattr(practice, "MOST_EXAMPLES", 60)  # as 3,000 of a large practice
    src = _source(db, "pl")
    reviews = _kot_and_lis_visits(src)
    ids = upsert_reviews(db, reviews, now=T0).inserted_ids
    correct_sentiment(db, ids[0], Sentiment.NEUTRAL)  # the oldest review, corrected

    outcomes = learn_from_practice(db)

    assert [o.examples for o in outcomes] == [60]  # not all 80 ...
    taught = practice._most_telling(labelled_texts(db))
    assert taught[0].review_id == ids[0] and taught[0].corrected  # ... the correction first
    assert all(t.review_id > ids[20] for t in taught[1:])  # ... then the newest stars


def test_a_changed_aspect_vocabulary_makes_stored_analyses_stale(tmp_path, monkeypatch) -> None:
    import shutil

    from clinicrep.analysis import pipeline

    shipped = pipeline.rules_version()
    copy = tmp_path / "resources"
    shutil.copytree(paths.resources_dir(), copy)
    monkeypatch.setattr(paths, "resources_dir", lambda: copy)
    pipeline.rules_version.cache_clear()
    try:
        vocabulary = copy / "lexicons" / "aspects_pl.txt"
        vocabulary.write_text(vocabulary.read_text("utf-8") + "\n[access]\nwinda\n", "utf-8")
        pipeline.rules_version.cache_clear()
        assert pipeline.rules_version() != shipped
    finally:
        pipeline.rules_version.cache_clear()
