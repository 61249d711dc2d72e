"""Sentiment (and English topic) accuracy of clinicrep's analysis on real labelled reviews.

Reads the labelled sets in ../shared/data (never copied into the project): the development
sample of each folder, then the held-out sample in bench/heldout/ where present. Prints, per
language, accuracy and macro-F1 (three classes, and positive/negative only), names the
languages without a set, and the throughput of the whole analysis in reviews per second of CPU
time on one core (median and best pass; see ``throughput``).

    .venv/bin/python benchmarks/analysis_accuracy.py [--data DIR] [--no-ratings] [--no-speed]
        [--split A|B|all] [--speed-only] [--check] [--learning-only] [--prune-sweep]
        [--learned-speed]

``--learning-only`` prints the learning loop's curves (N = 0, 50, 100, 200, 400 corrections per
language); ``--prune-sweep`` how small the learned model may be (``learning._PRUNE``), read on
tuning data only; ``--learned-speed`` only the sets' speed with a learned model in use.

``--split A`` or ``--split B`` scores only one half of each development sample, chosen by a hash
of the row's id (the same halves on every machine): tune on half A, and read half B as the
honest check of whether a change generalises. The held-out sample is always scored whole.

``--check`` prints only the aspect check sets (tests/analysis/data/aspects_<lang>_check.jsonl,
the second, aspects_<lang>_check2.jsonl (released for tuning), the third,
aspects_<lang>_check3.jsonl, and the fourth, aspects_<lang>_check4.jsonl, the blind ones never
tuned on): one line of totals a language and set, each set apart, nothing else.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import statistics
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from clinicrep.analysis.pipeline import analyse_review
from clinicrep.model import Review, Topic

if TYPE_CHECKING:
    from clinicrep.analysis.learning import LearnedModel

LANGUAGES = ("en", "ru", "uk", "pl", "zh")
LABELS = ("negative", "neutral", "positive")
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
if not DEFAULT_DATA.is_dir():  # run from a git worktree beside the main tree
    DEFAULT_DATA = Path("/work/shared/data")
ASPECT_SETS = Path(__file__).resolve().parents[1] / "tests" / "analysis" / "data"

# pxtextmining subcategories that name one of our topics (the others have no counterpart).
TOPIC_OF_SUBCATEGORY = {
    "Attitude Of Staff": Topic.STAFF_ATTITUDE,
    "Professionalism/Competence Of Staff": Topic.OUTCOME,
    "Time spent waiting for first appt/referral/service": Topic.WAITING,
    "Time spent waiting between appointments": Topic.WAITING,
    "Amount/clarity of information": Topic.COMMUNICATION,
    "Communication": Topic.COMMUNICATION,
    "Listening": Topic.COMMUNICATION,
    "Facilities/equipment": Topic.CLEANLINESS,
    "Environment/ facilities": Topic.CLEANLINESS,
    "Cleanliness": Topic.CLEANLINESS,
    "Food": Topic.FOOD,
}


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def half_of(row_id: str) -> str:
    """ "A" or "B": a stable half of the development rows, by a hash of the row's id."""
    return "A" if hashlib.sha256(row_id.encode("utf-8")).digest()[0] < 128 else "B"


FOLDS = 3


def fold_of(row_id: str) -> int:
    """0, 1 or 2: a stable fold of half A (by another hash of the row's id), to tune honestly:
    read the errors of one fold, judge a change by the others, and half B only to report."""
    return hashlib.sha256(("f" + row_id).encode("utf-8")).digest()[0] % FOLDS


def print_folds(rows: list[dict[str, str]], lang: str) -> None:
    """Half A of a three-class set per fold: macro-F1 and the confusions (gold>said)."""
    for fold in range(FOLDS):
        part = [r for r in rows if half_of(r["id"]) == "A" and fold_of(r["id"]) == fold]
        if not part:
            continue
        gold = [r["label"] for r in part]
        said = []
        for r in part:
            a = analyse_review(to_review(r, False), fallback_language=lang)
            value = a.sentiment.value
            if value == "mixed":  # as "read by the sign of its score" above
                value = "positive" if a.sentiment_score > 0 else "negative"
            said.append(value)
        macro = sum(f1_scores(gold, said, LABELS).values()) / len(LABELS)
        confused = Counter((g, s) for g, s in zip(gold, said, strict=True) if g != s)
        print(
            f"  half A fold {fold} ({len(part)} rows, without ratings): macro-F1={macro:.3f}  "
            + " ".join(f"{g[:3]}>{s[:3]}={n}" for (g, s), n in sorted(confused.items()))
        )


def to_review(row: dict[str, str], use_ratings: bool) -> Review:
    rating = int(row["rating"]) if use_ratings and row.get("rating") else None
    return Review(
        source_id=1,
        external_id=row["id"],
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
        text=row["text"],
        rating=rating,
    )


def f1_scores(gold: list[str], pred: list[str], labels: tuple[str, ...]) -> dict[str, float]:
    scores = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores[label] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return scores


def score_set(name: str, lang: str, rows: list[dict[str, str]], use_ratings: bool) -> None:
    reviews = [to_review(r, use_ratings) for r in rows]
    analyses = [analyse_review(r, fallback_language=lang) for r in reviews]
    gold = [r["label"] for r in rows]
    pred = [a.sentiment.value for a in analyses]
    accuracy = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
    present = tuple(label for label in LABELS if label in gold)
    per_class = f1_scores(gold, pred, present)
    macro = sum(per_class.values()) / len(per_class)
    polar = [(g, p) for g, p in zip(gold, pred, strict=True) if g != "neutral"]
    polar_f1 = f1_scores([g for g, _ in polar], [p for _, p in polar], ("negative", "positive"))
    # These sets have no "mixed" label (PolEmo dropped its ambivalent sentences; Care Opinion's
    # criticality calls a story with any criticism negative): a mixed verdict is a miss above,
    # and is read by the sign of its score below, as the three-class analysis used to read it.
    signed = [
        p if p != "mixed" else ("positive" if a.sentiment_score > 0 else "negative")
        for p, a in zip(pred, analyses, strict=True)
    ]
    signed_macro = sum(f1_scores(gold, signed, present).values()) / len(present)
    signed_polar = [(g, p) for g, p in zip(gold, signed, strict=True) if g != "neutral"]
    signed_polar_f1 = f1_scores(
        [g for g, _ in signed_polar], [p for _, p in signed_polar], ("negative", "positive")
    )
    ratings = sum(1 for r in reviews if r.rating is not None)
    detected = Counter(a.language for a in analyses)
    print(f"\n{name} [{lang}] rows={len(rows)} with rating={ratings}")
    print(f"  gold labels: {dict(Counter(gold))}   predicted: {dict(Counter(pred))}")
    print(
        f"  accuracy={accuracy:.3f}  macro-F1({len(present)} classes)={macro:.3f}  "
        + "  ".join(f"F1[{k}]={v:.3f}" for k, v in per_class.items())
    )
    print(
        f"  positive/negative rows only: macro-F1={sum(polar_f1.values()) / 2:.3f}"
        f"  ({len(polar)} rows)"
    )
    if "mixed" in pred:
        print(
            f"  mixed read by the sign of its score: macro-F1({len(present)} classes)="
            f"{signed_macro:.3f}  positive/negative rows only: macro-F1="
            f"{sum(signed_polar_f1.values()) / 2:.3f}"
        )
    print(f"  language detected: {dict(detected.most_common())}")


def score_topics(folder: Path, rows: list[dict[str, str]]) -> None:
    topics_file = folder / "topics.csv"
    if not topics_file.is_file():
        return
    labelled = {r["id"]: r["subcategory"].strip() for r in read_rows(topics_file)}
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for row in rows:
        topic = TOPIC_OF_SUBCATEGORY.get(labelled.get(row["id"], ""))
        if topic is None:
            continue
        totals[topic.value] += 1
        found = analyse_review(to_review(row, False), fallback_language="en").topics
        hits[topic.value] += topic in found
    print("  topics (recall of the human topic label, one label per story):")
    for topic, total in totals.most_common():
        print(f"    {topic:<15} {hits[topic]:>4}/{total:<4} = {hits[topic] / total:.2f}")
    print(
        f"    all mapped     {sum(hits.values())}/{sum(totals.values())}"
        f" = {sum(hits.values()) / sum(totals.values()):.2f}"
    )


def read_aspect_set(lang: str, part: str) -> list[dict]:
    """The rows of ``aspects_<lang>_<part>.jsonl``; for a part "<file>-tune" or "<file>-frozen"
    (a set written as one file, such as "fresh2-tune"), the file's tuning rows or its frozen
    rows: every third row of the file (3rd, 6th, ...) is frozen, the others tune."""
    name, _, half = part.partition("-")
    path = ASPECT_SETS / f"aspects_{lang}_{name}.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    if half:
        rows = [r for i, r in enumerate(rows, 1) if (i % 3 == 0) == (half == "frozen")]
    return rows


def score_aspect_set(lang: str, part: str) -> dict[str, float]:
    """Aspect F1 (aspect and polarity both right), mixed recall, overall accuracy of one set.

    Overall is scored twice: from the text alone, and with the stars as the app sees them.
    """
    rows = read_aspect_set(lang, part)
    tp = fp = fn = 0
    # Where the aspect errors come from: a labelled aspect not found at all, found with the
    # other polarity, or an aspect found that the label does not have.
    missed = wrong_polarity = extra = 0
    labelled_by_aspect: Counter[str] = Counter()
    missed_by_aspect: Counter[str] = Counter()
    result: dict[str, float] = {"rows": len(rows)}
    for use_ratings in (False, True):
        mixed_found = mixed_total = false_mixed = right = 0
        for row in rows:
            review = Review(
                source_id=1,
                external_id=row["id"],
                created_at=datetime(2026, 1, 1, tzinfo=UTC),
                text=row["text"],
                rating=row["rating"] if use_ratings else None,
            )
            analysis = analyse_review(review, fallback_language=lang)
            if not use_ratings:
                found = {(o.aspect.value, o.polarity.value) for o in analysis.aspects}
                gold = set(row["aspects"].items())
                tp += len(found & gold)
                fp += len(found - gold)
                fn += len(gold - found)
                said_aspects = {a for a, _ in found}
                gold_aspects = {a for a, _ in gold}
                missed += len(gold_aspects - said_aspects)
                labelled_by_aspect.update(gold_aspects)
                missed_by_aspect.update(gold_aspects - said_aspects)
                wrong_polarity += len({a for a, _ in gold - found} & said_aspects)
                extra += len(said_aspects - gold_aspects)
            said = analysis.sentiment.value
            right += said == row["overall"]
            if row["overall"] == "mixed":
                mixed_total += 1
                mixed_found += said == "mixed"
            elif said == "mixed":
                false_mixed += 1
        key = "stars" if use_ratings else "text"
        result[f"overall_{key}"] = right / len(rows)
        result[f"mixed_recall_{key}"] = mixed_found / mixed_total if mixed_total else 0.0
        result[f"mixed_total_{key}"] = mixed_total
        result[f"false_mixed_{key}"] = false_mixed
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    result["aspect_p"], result["aspect_r"] = precision, recall
    result["tp"], result["fp"], result["fn"] = tp, fp, fn
    result["aspect_f1"] = 2 * precision * recall / (precision + recall) if tp else 0.0
    result["aspects_missed"], result["aspects_wrong_polarity"] = missed, wrong_polarity
    result["aspects_extra"] = extra
    for aspect, n in labelled_by_aspect.items():
        result[f"labelled:{aspect}"] = n
        result[f"missed:{aspect}"] = missed_by_aspect[aspect]
    return result


def print_aspect_sets() -> None:
    """The hand-labelled aspect sets: tuning, frozen and fresh parts printed apart (totals only).

    "fresh" (Russian and Ukrainian): written after the frozen part's misses had been read, before
    the rules changed for them, and never tuned on: the check that those changes generalise.
    "fresh2" (all five languages): a blind round written before its engineer read the lexicons,
    the rules or any earlier row; its tuning rows and its frozen rows (every third) apart.
    "fresh3" (all five languages, 45 each): a third blind round, split the same way.
    "fresh4" (Russian, Ukrainian and Chinese, 18 each): a fourth blind round, split the same way;
    "probe12" (all five languages, 12 each): a probe round for the doctor judged without the
    word "doctor" and the outcome told as a fact, split the same way.
    "probe13" (English and Polish, 15 each): round thirteen's probe (the professional by a
    specialty, the outcome told by what the patient can do again, the one who draws blood,
    parking and transport, results that come fast, slang praise), split the same way;
    "probe13b" (English and Polish, 12 each) and "probe13c" (9 each): its second and third
    probes, the same way.
    "check2": the second check set, no longer blind (released as tuning data in session 14).
    "probe14" (English, Russian, Ukrainian and Chinese, 30 each): round fourteen's probe (the
    doctor named only by name, patronymic, surname, pronoun or role; the outcome told as a story;
    reception, waiting and price constructions), split the same way.
    "probe15" (English, Russian and Polish, 24 each, 14 mixed): round fifteen's probe of mixed
    reviews (a complaint told as facts beside praise, "ok but", a three-star review), split the
    same way.
    "probe16" (English, Ukrainian and Chinese, 24 each, 14 mixed): round sixteen's probe of mixed
    reviews (the complaint one short clause at the end, sarcasm, a relative's visit), the same.
    "probe17" (English and Russian, 24 each, 16 mixed; Polish, 16, 10 mixed): round seventeen's
    mixed reviews whose one side is told only as facts or behaviour, the same.
    "probe18" (Ukrainian and Chinese, 24 each, 16 mixed; English and Russian, 12 each, 8 mixed):
    round eighteen's probe (amounts and minutes judged by their clause, clock times in a waiting
    story, concessions, deeds told as events), the same.
    "probe19" (all five languages, 21 each, 13 mixed): round nineteen's probe in new styles
    (multi-paragraph stories, "+ / -" lists, replies to the practice's answer, sarcasm, a
    complaint about a person with no role named, a fee stated without a judgement), the same.
    "probe21" (all five languages, 21 each, 14 mixed): round twenty-one's probe in styles unlike
    the earlier ones (a timeline by the clock, a dialogue, a parent's visit, a second branch, the
    lab, imaging, the clinic's pharmacy, the website or app, the billing department, a video
    consultation, "UPDATE:", questions, two-aspect slang with emoji), the same.
    "probe25o" (all five languages, 15 each, 7 mixed): round twenty-five's probe of the outcome
    told by the body (a symptom or body part with a change word, by time, by what the patient
    can do again, a dental work that fails, another clinic's finding), beside praise or blame of
    a person, the wait, the booking, the price or the premises, the same.
    "probe25c" (all five languages, 15 each, 8 mixed): round twenty-five's probe of communication
    told by its channel (a text, a voicemail, the app, a letter, the portal), by what was or was
    not said, by questions, beside people, waits and bookings, the same.
    "probe25p" (all five languages, 6 each, 4 or 5 mixed): round twenty-five's polarity traps
    (litotes, "would not recommend", a rhetorical question, scare quotes, a wish, a comparative,
    an emoji after a complaint), results that came late and one aspect praised then blamed, the
    same (2 frozen rows a language, written before the rules changed).
    "probe29p" (all five languages, 15 each, 10 to 12 mixed): round twenty-nine's complaint
    beside the praise (a hedged or mild complaint: "the only downside", "not the cheapest",
    "жаль, что", "jedyny minus", "美中不足"; a complaint told as a bad fact; a complaint in a
    concessive clause; praise in a concession before a complaint), the same.
    "probe29m" (all five languages, 15 each, 6 mixed): round twenty-nine's probe of labelled
    aspects not found at all (the doctor by a name, a speciality or a pronoun; the price by its
    amount or the insurance; the front desk by who sits there; the booking by how it was made;
    the wait by how long it lasted), the same.
    "probe31x" (all five languages, 12 each, 1 mixed): round thirty-one's probe of aspects the
    reading adds that the review does not judge (the patient's own call or question, a clock
    time or a length told as a fact, a doctor named only as where a story happened, where the
    practice is, a question to other readers), beside the aspects it does judge, the same.
    "probe33a" (all five languages, 15 each, 4 to 6 mixed): session 24's probe of aspects not
    found: the outcome told in the result's own words (a pain gone, a tooth that still hurts, a
    crown that fell out, walking again) and the doctor by name, role or pronoun with a deed,
    beside traps ("the outcome of my complaint", a call about results), the same.
    "probe33b" (all five languages, 15 each, 14 mixed): round thirty-three's polarity probe
    (praise then a short complaint with no contrast word, a softened complaint, a complaint
    told by a negated or ironic positive word, access blamed), the same.
    "probe35" (all five languages, 12 each, 9 or 10 mixed): round thirty-five's complaint said
    by ellipsis after praise ("The doctor, not so much.", "Врач — не очень.", "Lekarz już nie
    bardzo.", "医生嘛，一般般。"), Chinese scare quotes, and praise said the same way ("The
    doctor — a gem.", "Лікарка — просто золото."), the same.
    "probe37" (all five languages, 9 each, 3 mixed): round thirty-seven's misdiagnosis found
    later or elsewhere, told with no outcome word ("The GP said it was a sprain; an X-ray at A&E
    showed a fracture", "Сказали ОРВИ, а оказалось воспаление лёгких", "说是感冒，结果是肺炎"),
    beside praise of another aspect, and a diagnosis one doctor got right after others, the
    same.
    "probe36" (all five languages, 9 each, 6 or 7 mixed): round thirty-six's manner beside skill
    ("knowledgeable but unfriendly", "грамотный, но хамоватый", "kompetentny, ale opryskliwy",
    "医生很专业，就是态度冷淡"), a complaint with a concession after it ("Kolano nadal boli mimo
    leczenia"), what came of a complaint told as handled well, and a concession before praise
    (the look-alike), the same.
    "probe38a" (English and Chinese, 30 each, 19 and 18 mixed): session 25's probe written before
    the reader was read: the mixed review that ends warm in English ("staff lovely, but I waited
    90 minutes and nobody said why; would still come back") and the mixed review that ends cold
    in Chinese ("医生挺专业，但是排队两个小时，收费也不透明"), sarcasm, lists of small gripes after
    praise, praise after a bad start, typos and emoji, ratings that disagree with the text.
    "probe38b" (Russian and Ukrainian, 27 each, 15 and 14 mixed): session 25's probe written
    before the reader was read, in the ПроДокторов / Doc.ua style (long stories, a doctor
    praised beside the registry or the price, "никто не объяснил", "лікар не слухав", a
    complaint said politely or with irony, lists of small gripes), the same.
    "probe38d" (all five languages, 15 each, 8 or 9 mixed): session 25's probe of outcome and
    communication written before the reader was read: the outcome told as the patient's life
    after the visit ("sleeping through the night", "снова ходит в садик", "又能去爬山了"), a
    treatment that did nothing, a second opinion elsewhere; communication as being told, not
    told, listened to or answered by phone or message ("nobody rang me with the results",
    "Ніхто не пояснив", "nikt nie raczył powiedzieć"), beside look-alikes where "explained" or
    "said" is only the story's verb, the same.
    "probe38c" (English and Polish, 27 each, 18 and 16 mixed): session 25's probe written before
    the reader was read: short Google-style mixed reviews with no contrast word ("Dr Patel was
    great. Front desk lost my referral twice."), a complaint told as advice ("Bring a book
    though"), praise after a bad start, stars that disagree, and ZnanyLekarz-style Polish ones
    ("Lekarz super, ale…", "Jedyny minus…", "Polecam, choć…"), the same.
    "probe39v" (all five languages, 9 each, 3 mixed, 4 positive, 2 negative): session 26's
    patient's history before a good result ("Eight years of being told it was stress ... I
    finally have an answer", "Годами ходила по врачам ...", "终于查出来了"), beside the same past
    words with a complaint of this visit ("Finally called in after an hour and forty minutes"),
    the same (written after its writer had read the reader: not a fresh probe).
    "probe40m" (all five languages, 12 each, 9 mixed, 3 positive): session 27's complaint
    inside a praising review, said softly, as a wish, a tip, a bare fact or the past ("The only
    downside is the car park", "Дороговато, конечно", "Szkoda, że na wizytę czeka się trzy
    tygodnie", "美中不足的是…", "Ліфта немає"), beside praise in the same frames ("I only wish I
    had found Dr Grant years ago", "没什么缺点"), the same (written before its writer read the
    reader, after reading the brief's list of frames).
    "probe40c" (all five languages, 12 each, 8 mixed, 4 negative): session 27's praise conceded
    inside a complaining review, faintly ("The doctor was okay", "Сам врач ничего", "Sama
    lekarka znośna", "医生本身没啥毛病") or told as a deed ("The GP did his job"), beside the
    same faint words in complaints ("Врач сказал, что всё нормально, а через неделю...") and
    irony (not a fresh probe: written after its writer had read the reader).
    "probe41a" (all five languages, 24 each, 16 mixed, 8 positive): session 28's complaint
    inside a praising review told as a bare fact or a tip ("We sat over an hour before being
    seen", "Перевязки платно", "Zapisy tylko telefonicznie", "Bring cash", "建议早点去排队"),
    beside praise with neutral facts that are no complaint ("Parking is behind the building",
    "Приём по записи", "Płatność kartą", "等了十分钟左右，还行") (written before its writer read
    the reader; not in FRESH_PROBES, as its writer builds the reading it measures).
    "probe42o" (en, ru, pl, zh 25 each, 18 with outcome; uk 40, 29 with outcome): session 29's
    outcome told in the ways patients tell it (a diagnosis confirmed or missed, a test that found
    nothing, a scar, a tooth that still hurts, a relative's state, a baby born healthy, weight
    lost, a course's result, a complication, "Ефекту нуль", "Помогло только на неделю", "Bez
    poprawy", "没效果"), beside rows without outcome holding words near it ("better organised",
    "the pain of waiting", "treatment room", "a cure for boredom") (written before its writer read
    the reader; not in FRESH_PROBES, as its writer builds the reading it measures).
    "probe42a" (all five languages, 30 each, 21 or 22 mixed, 8 or 9 positive): session 29's one
    complaint inside a praising review told as a wish, advice to the clinic, a comparison with
    the last visit, a concession, irony, a rhetorical question, a minus in a list of pros and
    cons, a star taken off, a warning to others, one person among praised others, a small mishap
    told as a story ("I just wish the front desk would pick up the phone", "стоило бы что-то
    сделать с телефоном", "Odejmuję gwiazdkę za recepcję", "难道就不能在网上预约吗？"), beside
    praise in the same frames that is no complaint ("They should clone Dr Hart", "Jedyny minus?
    Że nie da się dać więcej niż pięciu gwiazdek", "唯一的缺点就是来晚了") (written before its
    writer read the reader; not in FRESH_PROBES, as its writer builds the reading it measures).
    "probe42n" (all five languages, 24 each, 16 mixed, 8 negative): session 29's praise inside a
    complaining review, one real credit told in varied ways ("The only reason this isn't one star
    is Dr Hughes", "Врач-то хороший, а вот регистратура…", "Jedyny plus to…", "唯一的优点是…", a
    thank-you to one person, a star kept for the nurse), beside complaints with sarcastic, polite
    or formulaic praise that is no praise ("Thanks for nothing", "Дякую за «турботу»", "Świetna
    obsługa, nie ma co", "服务真是“周到”") (written before its writer read the reader; not in
    FRESH_PROBES, as its writer builds the reading it measures).
    "probe42m" (all five languages, 24 each, 18 telling price, reception or scheduling, 6 not):
    session 29's price, reception and scheduling told without the aspect's plain noun ("It set
    me back $280", "Кошелёк заплакал", "Pani w okienku", "约不上号", "Перенесли тричі"), beside
    the same words of something else ("paying attention", "Registered nurse", "цену себе знает",
    "预留了手术室") (written before its writer read the reader's code or lexicons for these
    aspects; not in FRESH_PROBES, as its writer builds the reading it measures).
    "probe43s" (all five languages, 24 each, 10 negative, 8 mixed, 6 positive): session 30's
    praise that is no praise: sarcastic or polite praise inside a complaint ("Great job losing my
    referral letter", "Спасибо за внимательность, ага", "Дякую за «турботу»", "Świetna obsługa,
    nie ma co", "真是太“专业”了", a cheer after a list of failures), the praise of another visit
    or time set against this one ("Last year Dr Ray was great ...; this time ...", "Раньше здесь
    было хорошо", "Kiedyś polecałam", "上次来报告当天就出了，这次..."), a concession ("worth
    it", "оно того стоит", "warto", "贵是贵了点，但值"), beside real praise said with a smile
    or scare quotes ("Dr Pillay is 'strict'", "Наш «строгий» доктор") and an earlier complaint
    now solved ("I complained last spring about the waits ... this time I was called in early")
    (written before its writer read the reader; not in FRESH_PROBES, as its writer builds the
    reading it measures).
    "probe43d" (all five languages, 18 each): session 30's who the praise or blame is about: a
    doctor named by surname, name and patronymic or a pronoun only ("Ірина Петрівна", "李主任",
    "He listened ..."), other roles named by first name or diminutive ("Nurse Annie", "Pani Ania",
    "Сестричка Леночка", "小王护士"), physiotherapists, anaesthetists and speech therapists
    (`doctor`), hygienists, midwives and chair assistants (`nurse`), the desk or the phone, a
    rude person nobody names, and a nice person who missed the diagnosis (written before its
    writer read the reader; not in FRESH_PROBES, as its writer builds the reading it measures).
    "probe44m" (all five languages, 40 each, all mixed): session 31's mixed review whose
    complaint is said politely, as a hedge or a wish ("The only thing I'd say is ...", "could be
    a bit more ...", "Хотелось бы, чтобы ...", "Przydałoby się ...", "希望...能..."), as sarcasm
    with no marker ("Top-notch organisation.", "Очень удобно.", "真方便。"), about an earlier
    visit with no "this time", in a short last sentence after long praise ("Parking is a
    nightmare.", "Парковки нет.", "停车难。"), with nobody named ("The tone ... was
    condescending", "разговаривали свысока"), or as "nothing special" of the doctor (written
    before its writer read the reader; not in FRESH_PROBES, as its writer builds the reading it
    measures).
    "probe44a" (all five languages, 30 each: 13 mixed, 9 negative, 8 positive): session 31's
    aspects missed most on the blind sets: communication ("nobody called back", "explained
    everything", "没人通知我", results never sent, information unclear), outcome ("the pain is
    gone", "зуб до сих пор ноет", "bez poprawy", "效果很好") and the doctor named by no title or
    name ("whoever was on duty", "the one who saw me", "молодой человек в кабинете", "那位大夫",
    "nothing special") (written before its writer read the reader's code or vocabularies; not in
    FRESH_PROBES, as its writer builds the reading it measures).
    "probe44f" (all five languages, 24 each: 16 mixed, 5 positive, 3 negative): session 31's
    failure told as a bare fact, with no judging word, beside praise: a prescription or letter
    never sent, results still not back, a promise broken ("They said someone would call",
    "обещали перезвонить", "Miała być na NFZ", "本来说好..."), the same filling done three times,
    a machine that broke mid-scan, a lift out of order again, an earlier visit's double charge;
    and bare facts that are no failure ("results came in two days", "we had to wait, as
    expected, ten minutes, fine") (written before its writer read the reader's code or
    vocabularies; not in FRESH_PROBES, as its writer builds the reading it measures).
    "probe45a" (all five languages, 30 each: 20 mixed, 10 negative): session 32's praise inside
    a complaining review: conceded ("Although the doctor was lovely", "Хоть врач и была
    приятная", "Лікар, може, й нормальний", "Choć pani doktor była miła", "虽然医生人很好"), one
    person kind against the rest ("The only person who was kind to me"), an outcome praised
    beside the service blamed ("The tooth is fine now, but the billing"), real thanks to someone
    named at the end, praise told as a fact ("explained everything", "Pain gone in a day");
    beside sarcastic or polite thanks and a faint "the doctor was fine, but" that is no praise
    (written before its writer read the reader's code or vocabularies; not in FRESH_PROBES, as
    its writer builds the reading it measures).
    "probe45m" (all five languages, 30 each: 24 mixed, 6 controls): session 32's mixed review
    whose complaint is a fact with no judging word, the class the tuning rows' misses held most:
    a thing handed over only after weeks (results, a report, a letter, a prescription, a sick
    note: "Got the blood results back after three and a half weeks", "Выписку отдали спустя две
    недели", "报告三个星期后才拿到"), a booking only weeks off, and pain since the treatment
    ("Since the root canal my jaw hurts", "После удаления зуба челюсть болит", "补完牙以后一直疼");
    controls: results fast, pain gone, a follow-up planned in a month (written AFTER its writer
    read the reader and built its rules: a check of them, not fresh; not in FRESH_PROBES).
    "probe46" (English and Polish, 36 each: 30 mixed, 3 positive, 3 negative): session 33's
    complaint inside praise in the forms the causes of mixed_causes.py name: Polish contrast
    and concession ("jedynie", "tylko że", "natomiast", "szkoda, że", "minusem", "za to",
    "niestety", "choć", a new sentence that turns), "nie" before an adjective or adverb ("nie
    najlepiej", "niezbyt miła"), inflected aspect nouns ("rejestracji", "czekanie",
    "parkowaniem"); English complaints told as facts or split off by a new sentence ("Waited 90
    minutes past my appointment time", "The doctor, not so much"); controls: praise with "the
    only thing I'd change is coming sooner", a concession granted to fear (written after its
    writer read the reader's design, before changing it; not fresh; not in FRESH_PROBES).
    "probe46zh", "probe46ru" (Chinese and Russian only, 36 each: 30 mixed, 6 controls):
    session 33's complaint set apart after praise by a reservation or a "but" and told as a fact
    ("Минус: итоговый счёт вышел на пять тысяч больше сметы", "可是收据上多了一项麻醉费"), a
    Chinese degree word before an unlisted word ("输液室有点挤", "治疗室太吵"), Chinese nouns
    read by their head (验光室, 材料费, 导诊台), a queue told long without a number, pain back
    "没几天"; controls: "Врач правда хороший", "就是冲着李医生来的", "价格不太贵" (written AFTER
    its writer read the reader and built its rules: a check of them, not fresh).
    "probe47en" (English, 45: 31 mixed, 6 positive, 8 negative) and "probe47uk" (Ukrainian,
    30: 20 mixed, 4 positive, 6 negative): session 34's mixed reviews of four kinds, praise
    that names no aspect beside a complaint ("Overall a decent experience, but the receptionist
    was rude"), faint praise kept or dismissed ("Dentist was alright. Pricey though", "It was
    OK, I suppose, but what's the point if ..."), a complaint told as a bare fact of waiting,
    cost or pain ("Sat in reception for an hour and forty minutes.", "£65 for a sick note.",
    "Після видалення зуба болить уже десятий день"), and a result praised through the
    treatment ("Had two fillings done here in March and neither has given me a twinge since");
    controls in the same words (written before its writer read the reader's code, lexicons or
    design: fresh, in FRESH_PROBES).
    "probe47zh" (Chinese only, 45: 22 mixed, 8 positive, 15 negative): session 34's Chinese
    reviews whose praise names no aspect term: a result named by the treatment ("手术很顺利",
    "拔牙一点都不疼", "种植牙做得很成功") beside a complaint, complaints told as bare facts, and
    an overall or faint verdict beside one complaint ("整体还行，就是前台…", "还可以吧，就是太贵
    了": labelled negative, as a mixed review has aspects of both sides); controls with the same
    words ("还可以吧，环境干净…", "整体很差", "还可以？可以个啥") (written before its writer read
    the reader's code or vocabularies: fresh, in FRESH_PROBES).
    "probe48" (all five languages, 24 each: 17 mixed, 4 positive, 3 negative): session 35's
    mixed reviews in shapes no round wrote before (the praise last, the complaint asked or told
    as a bare fact, a concession, the result praised beside the process blamed, two people
    compared, praise of the whole beside one complaint), with controls in the same words;
    written before its writer read the reader's code or vocabularies: fresh, in FRESH_PROBES.
    "probe49" (all five languages, 24 each: 16 mixed, 4 positive, 4 negative): session 36's
    mixed reviews nobody tuned on (a wait told by clock times, a doctor blamed beside a nurse
    praised with no word of comparison, a booking forgotten beside "everything else spot on",
    results never rung through, blame of the whole beside one person praised, a complaint told
    as an amount, a count, "only", "still" or "again", praise told as a fact, a third party
    (a lab, the insurer), sarcasm, a rating phrase), with controls in the same words; written
    before its writer read the reader's code or vocabularies: fresh, in FRESH_PROBES.
    "probe50" (English and Chinese, 24 each: 16 mixed, 4 positive, 4 negative): session 37's
    leftover shapes nobody tuned on (a hard-to-find entrance or parking told as a fact, a
    promise against what happened by counts, effort the patient had to spend, irony in quotes
    after a concession, 才终于 after a long wait, praise told as a fact), with controls in the
    same words; written before its writer read the reader's code or vocabularies: fresh, in
    FRESH_PROBES.
    "probe51" (Russian and Ukrainian, 24 each: 8 mixed, 8 positive, 8 negative): session 39's
    everyday reviews in the styles of ПроДокторов, Doc.ua, Helsi and Google, aspects named by
    inflected and colloquial forms (в регистратуре, на ресепшене, у реєстратурі, на рецепції,
    запис, в очереди / у черзі, бахилы / бахіли, цінник, медсестричка, холодина); written
    before its writer read the reader's code or vocabularies: fresh, in FRESH_PROBES.
    "probe52" (English and Chinese, 30 each: 18 mixed, 8 positive or negative, 4 neutral):
    session 40's long reviews with several judged clauses (Google, RateMDs, Yelp; 大众点评,
    小红书): sarcasm after a fact, rhetorical questions, money, waiting, staff and outcomes, a
    list of pros and cons; written before its writer read the reader's code or vocabularies:
    fresh, in FRESH_PROBES.
    "probe53" (Russian, Ukrainian and Polish, 24 each: 14 mixed, 7 one-sided, 3 neutral):
    session 40's everyday reviews in the styles of ПроДокторов, НаПоправку, Doc.ua, Helsi and
    ZnanyLekarz (waits told in words, sarcasm in quotes, diminutives, a lift or a ramp, money,
    outcomes told as body facts, typos and missing diacritics); written before its writer read
    the reader's code or vocabularies: fresh, in FRESH_PROBES.
    "probe54" (English and Chinese, 30 each: 18 mixed, 8 one-sided, 4 neutral): session 41's
    reviews in the styles of Google, Yelp, Healthgrades, RateMDs, 大众点评, 好大夫 and 小红书
    (sarcasm and irony after a fact, staff praised or blamed without their role's name, money,
    waits, outcomes, long stories); written before its writer read the reader's code or
    vocabularies: fresh, in FRESH_PROBES.
    "probe55" (Russian, Ukrainian and Polish, 24 each: 14 mixed, 7 one-sided, 3 neutral):
    session 41's everyday reviews (faint praise, a complaint told as a wish, time spent as
    praise, a lift, stairs or parking, money, staff, outcomes told as body facts, waits told
    in words); written before its writer read the reader's code or vocabularies: fresh, in
    FRESH_PROBES.
    "probe56" (English and Chinese, 30 each: 18 mixed, 8 one-sided, 4 neutral): session 42's
    long everyday reviews judging three to six things each (the doctor, nurses, reception and
    phone, waiting, billing, rooms, parking, explanations, outcome, bookings) in the styles of
    Google, Yelp, Healthgrades, NHS, 大众点评, 好大夫 and 小红书, with concessions, asides,
    staff praised by name alone, comparisons with other clinics and advice to other patients;
    written before its writer read the reader's code or vocabularies: fresh, in FRESH_PROBES.
    "probe57" (Russian, Ukrainian and Polish, 24 each: 14 mixed, 7 one-sided, 3 neutral):
    session 42's long everyday reviews (65-105 words, 3-5 judged things each: staff named by
    first name and patronymic only, concessions, comparisons with other clinics, advice to
    others, online booking, the phone, money, rooms, a lift); written before its writer read
    the reader's code or vocabularies: fresh, in FRESH_PROBES.
    "probe58" (English, Russian and Chinese, 21 each: 12 mixed, 6 one-sided with a trivial
    aside the writer waves away, 3 neutral): session 43's LONG everyday reviews (90-220 words,
    3-7 judged things each; most mixed ones praise much and blame one thing firmly, or the
    reverse) in the styles of Google, NHS, ПроДокторов, НаПоправку, 大众点评 and 好大夫; the
    three languages tell the same 21 visits; written before its writer read the reader's code
    or vocabularies: fresh, in FRESH_PROBES.
    "probe59" (English, Ukrainian and Polish, 24 each: 15 mixed, 6 one-sided with a trivial
    aside, 3 negative): session 44's LONG everyday reviews (70-220 words, 3-5 judged things
    each) that praise much and blame one or two things politely, indirectly, as a wish, a
    regret or "the only thing" ("I wish someone had told us", "шкода лише, що", "szkoda tylko,
    że", "trochę zabrakło"), with being told, called back and kept informed in both
    polarities, in the styles of Google, NHS, Doc.ua, Helsi and ZnanyLekarz; the three
    languages tell the same 24 visits; written before its writer read the reader's code or
    vocabularies: fresh, in FRESH_PROBES.
    "probe60" (Russian and Chinese, 24 each: 15 mixed, 6 one-sided negative with a remark that
    is not real praise (sarcasm, politeness waved away), 3 positive): session 44's LONG
    everyday reviews (55-90 words, 110-175 characters in Chinese; 3-6 judged things each) in
    the styles of ПроДокторов, НаПоправку, 大众点评, 好大夫 and 小红书: praise conceded inside a
    complaint ("врач, надо отдать должное, ...", "医生本身还是不错的，但是..."), outcomes told as
    body facts, Chinese complaints in everyday words (排队, 前台态度, 收费不透明); written
    before its writer read the reader's code or vocabularies: fresh, in FRESH_PROBES.
    "probe61" (English and Ukrainian, 21 each: 15 mixed, 3 positive, 3 negative): session 45's
    LONG story reviews (150-230 words, 4-6 judged things each) of a course of care (a crown, a
    mother's cough, a child's ears, knee rehab, an operation, IVF, braces, cataracts, dentures,
    tonsils) told in order, the verdict on each thing said in passing and often by a fact ("seen
    at 11:40 for a 10:30 appointment", "nobody rang", "мені так ніхто й не передзвонив", "намалював
    схему"), feelings ("I left in tears"), in the styles of Google, NHS, Doc.ua and Helsi; the
    two languages tell the same 21 stories; written before its writer read the reader's code or
    vocabularies: fresh, in FRESH_PROBES.
    "probe62" (Russian, Chinese and Polish, 18 each: 12 mixed, 3 positive, 3 negative):
    session 45's LONG story reviews (150-200 words, 280-390 characters in Chinese; 5-7 judged
    things each) told in order (booking, the wait, the desk, the doctor, the procedure, the
    bill, the follow-up) with the verdict said in passing, often as a fact ("записали только
    через три недели", "nikt nie oddzwonił", "多收了两百"), in the styles of ПроДокторов,
    ZnanyLekarz and 大众点评; the three languages tell the same 18 courses of care; written
    before its writer read the reader's code or vocabularies: fresh, in FRESH_PROBES.
    "probe63" (all five, 12 each: 8 mixed, 2 positive, 2 negative): session 46's LONG story
    reviews (124-189 words, 224-309 characters in Chinese) in which ONE aspect is praised and
    blamed in different parts of the story (the doctor kind at the first visit and curt at the
    follow-up, the desk warm on the phone and rude on the day, a priced plan and then extras)
    and labelled with the side the writer weighs more; the one-sided ones blame (or praise) the
    aspect they judge once, in passing; the five languages tell the same 12 stories; written
    before its writer read the reader's code or vocabularies: fresh, in FRESH_PROBES."""
    print("\naspects (tests/analysis/data; aspect F1 = aspect and polarity right, text only;")
    print("overall = positive/negative/neutral/mixed accuracy, text only / with stars):")
    parts = ("tune", "frozen", "fresh", "fresh2-tune", "fresh2-frozen", "fresh3-tune")
    more = ("fresh3-frozen", "fresh4-tune", "fresh4-frozen", "probe12-tune", "probe12-frozen")
    # probe13 (English and Polish, 15 each): a probe round of round thirteen's classes; check2:
    # the second check set, released as tuning data in session 14 (check3 replaces it as blind)
    last = ("probe13-tune", "probe13-frozen", "probe13b-tune", "probe13b-frozen")
    last = (*last, "probe13c-tune", "probe13c-frozen", "check2")
    # probe14 (English, Russian, Ukrainian and Chinese, 30 each): round fourteen's probe
    last = (*last, "probe14-tune", "probe14-frozen")
    # probe15 (English, Russian and Polish, 24 each, 14 mixed): round fifteen's mixed reviews
    last = (*last, "probe15-tune", "probe15-frozen")
    # probe16 (English, Ukrainian and Chinese, 24 each, 14 mixed): round sixteen's mixed reviews
    last = (*last, "probe16-tune", "probe16-frozen")
    # probe17 (en, ru 24 each, pl 16): round seventeen's mixed reviews with one side told as facts
    last = (*last, "probe17-tune", "probe17-frozen")
    # probe18 (uk, zh 24 each; en, ru 12): round eighteen's numbers, concessions and deeds
    last = (*last, "probe18-tune", "probe18-frozen")
    # probe19 (all five, 21 each): round nineteen's styles, unplaced people and stated fees
    last = (*last, "probe19-tune", "probe19-frozen")
    # probe21 (all five, 21 each): round twenty-one's styles (timelines, dialogues, the lab, ...)
    last = (*last, "probe21-tune", "probe21-frozen")
    # probe25o (all five, 15 each): round twenty-five's outcome told by the body
    last = (*last, "probe25o-tune", "probe25o-frozen")
    # probe25c (all five, 15 each): round twenty-five's communication (channels, what was said)
    last = (*last, "probe25c-tune", "probe25c-frozen")
    # probe25p (all five, 6 each): round twenty-five's polarity traps, late results, two sides
    last = (*last, "probe25p-tune", "probe25p-frozen")
    # probe29p (all five, 15 each): round twenty-nine's complaint beside the praise (polarity)
    last = (*last, "probe29p-tune", "probe29p-frozen")
    # probe29m (all five, 15 each): round twenty-nine's aspects named without their words
    last = (*last, "probe29m-tune", "probe29m-frozen")
    # probe31x (all five, 12 each): round thirty-one's aspects found that the review lacks
    last = (*last, "probe31x-tune", "probe31x-frozen")
    # probe33a (all five, 15 each): session 24's outcome and doctor said without their words
    last = (*last, "probe33a-tune", "probe33a-frozen")
    # probe33b (all five, 15 each): round thirty-three's mixed and softened complaints (polarity)
    last = (*last, "probe33b-tune", "probe33b-frozen")
    # probe35 (all five, 12 each): round thirty-five's complaint said by ellipsis after praise
    last = (*last, "probe35-tune", "probe35-frozen")
    # probe37 (all five, 9 each): round thirty-seven's misdiagnosis found later or elsewhere
    last = (*last, "probe37-tune", "probe37-frozen")
    # probe36 (all five, 9 each): round thirty-six's manner beside skill, concessions, complaints
    last = (*last, "probe36-tune", "probe36-frozen")
    # probe38a (English and Chinese, 30 each): session 25's mixed reviews, written before reading
    last = (*last, "probe38a-tune", "probe38a-frozen")
    # probe38b (Russian and Ukrainian, 27 each): session 25's probe written before the reader
    last = (*last, "probe38b-tune", "probe38b-frozen")
    # probe38d (all five, 15 each): session 25's outcome and communication, written before reading
    last = (*last, "probe38d-tune", "probe38d-frozen")
    # probe38c (English and Polish, 27 each): session 25's mixed reviews, written before reading
    last = (*last, "probe38c-tune", "probe38c-frozen")
    # probe39v (all five, 9 each): session 26's patient's history before a good result
    last = (*last, "probe39v-tune", "probe39v-frozen")
    # probe40m (all five, 12 each): session 27's complaint said softly inside praise
    last = (*last, "probe40m-tune", "probe40m-frozen")
    # probe40c (all five, 12 each): session 27's praise conceded inside a complaining review
    last = (*last, "probe40c-tune", "probe40c-frozen")
    # probe41a (all five, 24 each): session 28's bare-fact or tip complaint inside praise
    last = (*last, "probe41a-tune", "probe41a-frozen")
    # probe42o (all five, 25 each, uk 40): session 29's outcome told as patients tell it
    last = (*last, "probe42o-tune", "probe42o-frozen")
    # probe42a (all five, 30 each): session 29's complaint inside praise, told in many frames
    last = (*last, "probe42a-tune", "probe42a-frozen")
    # probe42n (all five, 24 each): session 29's praise inside a complaining review
    last = (*last, "probe42n-tune", "probe42n-frozen")
    # probe42m (all five, 24 each): session 29's price, reception, scheduling without their nouns
    last = (*last, "probe42m-tune", "probe42m-frozen")
    # probe43s (all five, 24 each): session 30's sarcasm, another time's praise, concessions
    last = (*last, "probe43s-tune", "probe43s-frozen")
    # probe43d (all five, 18 each): session 30's who the praise or blame is about (doctor)
    last = (*last, "probe43d-tune", "probe43d-frozen")
    # probe44m (all five, 40 each): session 31's mixed reviews whose complaint is hedged or wished
    last = (*last, "probe44m-tune", "probe44m-frozen")
    # probe44a (all five, 30 each): session 31's communication, outcome, an unnamed doctor
    last = (*last, "probe44a-tune", "probe44a-frozen")
    # probe44f (all five, 24 each): session 31's failure told as a bare fact beside praise
    last = (*last, "probe44f-tune", "probe44f-frozen")
    # probe45a (all five, 30 each): session 32's praise inside a complaining review
    last = (*last, "probe45a-tune", "probe45a-frozen")
    # probe45m (all five, 30 each): session 32's complaint told as a fact (late, pain since)
    last = (*last, "probe45m-tune", "probe45m-frozen")
    # probe46 (en, pl, 36 each): session 33's complaint inside praise (contrast forms, facts)
    last = (*last, "probe46-tune", "probe46-frozen")
    # probe46zh, probe46ru (36 each): session 33's fact or degree set apart after praise
    last = (*last, "probe46zh-tune", "probe46zh-frozen", "probe46ru-tune", "probe46ru-frozen")
    # probe47en, probe47uk (45 and 30): session 34's unnamed, faint and bare-fact mixed reviews
    last = (*last, "probe47en-tune", "probe47en-frozen", "probe47uk-tune", "probe47uk-frozen")
    # probe47zh (Chinese, 45): session 34's praise naming no aspect beside a complaint (fresh)
    last = (*last, "probe47zh-tune", "probe47zh-frozen")
    # probe48 (all five, 24 each): session 35's mixed shapes (praise last, a complaint asked or
    # told as a fact, concessions, result against process, two people compared; fresh)
    last = (*last, "probe48-tune", "probe48-frozen")
    # probe49 (all five, 24 each): session 36's mixed shapes nobody tuned on (clock times,
    # counts, "still", "again", praise as a fact, a third party, blame of the whole; fresh)
    last = (*last, "probe49-tune", "probe49-frozen")
    # probe50 (English and Chinese, 24 each): session 37's leftover mixed shapes (a promise
    # against what happened, effort spent, a hard-to-find door, irony after a concession; fresh)
    last = (*last, "probe50-tune", "probe50-frozen")
    # probe51 (Russian and Ukrainian, 24 each): session 39's everyday reviews, aspects named by
    # inflected and colloquial forms (регистратура, ресепшен, запис, черга, бахіли; fresh)
    last = (*last, "probe51-tune", "probe51-frozen")
    # probe52 (English and Chinese, 30 each): session 40's long mixed reviews (several judged
    # clauses, sarcasm after a fact, rhetorical questions, money, pros and cons; fresh)
    last = (*last, "probe52-tune", "probe52-frozen")
    # probe53 (Russian, Ukrainian and Polish, 24 each): session 40's everyday reviews (waits in
    # words, sarcasm, diminutives, lift and ramp, money, outcomes as body facts; fresh)
    last = (*last, "probe53-tune", "probe53-frozen")
    # probe54 (English and Chinese, 30 each): session 41's mixed reviews (sarcasm after a fact,
    # unnamed staff praised or blamed, money, waits, outcomes, long stories; fresh)
    last = (*last, "probe54-tune", "probe54-frozen")
    # probe55 (Russian, Ukrainian and Polish, 24 each): session 41's everyday reviews (faint
    # praise, a complaint as a wish, time spent as praise, lift, stairs, parking, money; fresh)
    last = (*last, "probe55-tune", "probe55-frozen")
    # probe56 (English and Chinese, 30 each): session 42's long everyday reviews judging three
    # to six things each (concessions, staff named only by name, other clinics, advice; fresh)
    last = (*last, "probe56-tune", "probe56-frozen")
    # probe57 (Russian, Ukrainian and Polish, 24 each): session 42's long everyday reviews (3-5
    # judged things each, staff by first name and patronymic, concessions, comparisons; fresh)
    last = (*last, "probe57-tune", "probe57-frozen")
    # probe58 (English, Russian and Chinese, 21 each): session 43's long reviews (90-220 words,
    # 12 mixed: much praise and one firm complaint or the reverse; 6 one-sided with an aside)
    last = (*last, "probe58-tune", "probe58-frozen")
    # probe59 (English, Ukrainian and Polish, 24 each): session 44's long mostly-happy reviews
    # with a complaint said politely, as a wish, a regret or "the only thing" (15 mixed)
    last = (*last, "probe59-tune", "probe59-frozen")
    # probe60 (Russian and Chinese, 24 each): session 44's long mixed reviews, mostly complaint
    # with real praise conceded, outcomes as body facts, Chinese everyday complaints (fresh)
    last = (*last, "probe60-tune", "probe60-frozen")
    # probe61 (English and Ukrainian, 21 each): session 45's LONG story reviews (150-230 words,
    # 4-6 things judged in passing, often by facts: times, calls never made, actions; fresh)
    last = (*last, "probe61-tune", "probe61-frozen")
    # probe62 (Russian, Chinese and Polish, 18 each): session 45's long story reviews (150-200
    # words; verdicts told in passing, as facts: a delay, a bill, nobody called back; fresh)
    last = (*last, "probe62-tune", "probe62-frozen")
    # probe63 (all five, 12 each): session 46's long stories judging ONE aspect on both sides
    # (kind at the first visit, curt at the follow-up; warm on the phone, rude on the day; fresh)
    last = (*last, "probe63-tune", "probe63-frozen")
    pooled: dict[str, Counter[str]] = {lang: Counter() for lang in LANGUAGES}
    fresh: dict[str, Counter[str]] = {lang: Counter() for lang in LANGUAGES}
    tuned: dict[str, Counter[str]] = {lang: Counter() for lang in LANGUAGES}
    for part in (*parts, *more, *last):
        for lang in LANGUAGES:
            if not (ASPECT_SETS / f"aspects_{lang}_{part.split('-')[0]}.jsonl").is_file():
                continue  # "fresh": only the languages that have one
            s = score_aspect_set(lang, part)
            if part in ("frozen", "fresh") or part.endswith("-frozen"):
                _pool(pooled[lang], s)
            if part in FRESH_PROBES:
                _pool(fresh[lang], s)
            if part in ("tune", "check2") or part.endswith("-tune"):
                _pool(tuned[lang], s)
            print(
                f"  {lang} {part:<13} rows={s['rows']:<3.0f} aspect P={s['aspect_p']:.3f}"
                f" R={s['aspect_r']:.3f} F1={s['aspect_f1']:.3f}"
                f"  mixed recall={s['mixed_recall_text']:.2f}/{s['mixed_recall_stars']:.2f}"
                f" (of {s['mixed_total_text']:.0f}; false mixed {s['false_mixed_text']:.0f}"
                f"/{s['false_mixed_stars']:.0f})"
                f"  overall={s['overall_text']:.3f}/{s['overall_stars']:.3f}"
            )
    # the tuning parts pooled (session 43): the open figures a change is read on between the
    # frozen totals of its start and its end, mixed precision among them
    print_pooled_frozen(tuned, "all tuning parts pooled (tune, check2, every *-tune)", "tune")
    print_pooled_frozen(pooled)
    print_pooled_frozen(
        fresh,
        "the frozen thirds of the probes written before their writers read the reader"
        " (probe38a-d, probe47en, probe47uk, probe47zh, probe48-63), pooled: the nearest"
        " stand-in for a blind set here",
    )


# Probes written before their writers read the aspect reader (session 25): their first scores
# were about what the blind sets score, and tuning on their other two-thirds left these frozen
# thirds where they were. A probe of this kind written later joins the tuple.
FRESH_PROBES = (
    "probe38a-frozen",
    "probe38b-frozen",
    "probe38c-frozen",
    "probe38d-frozen",
    "probe47en-frozen",
    "probe47uk-frozen",
    "probe47zh-frozen",
    "probe48-frozen",
    "probe49-frozen",
    "probe50-frozen",
    "probe51-frozen",
    "probe52-frozen",
    "probe53-frozen",
    "probe54-frozen",
    "probe55-frozen",
    "probe56-frozen",
    "probe57-frozen",
    "probe58-frozen",
    "probe59-frozen",
    "probe60-frozen",
    "probe61-frozen",
    "probe62-frozen",
    "probe63-frozen",
)


def _pool(into: Counter[str], s: dict[str, float]) -> None:
    """Add one scored set's counts (aspects right, wrong, missed; mixed reviews) to a pool."""
    into.update({k: int(v) for k, v in s.items() if k[:2] in ("tp", "fp", "fn")})
    into.update({k: int(v) for k, v in s.items() if k.startswith(("labelled:", "missed:"))})
    into["mixed_total"] += int(s["mixed_total_text"])
    into["mixed_found"] += round(s["mixed_recall_text"] * s["mixed_total_text"])
    into["mixed_wrong"] += int(s["false_mixed_text"])  # called mixed, labelled otherwise


def print_pooled_frozen(
    pooled: dict[str, Counter[str]],
    title: str = "all own frozen parts pooled (frozen, fresh, every *-frozen; never tuned on)",
    what: str = "frozen",
) -> None:
    """Every frozen part of every own set, pooled per language (own frozen, fresh, each fresh and
    probe round's frozen third): the one figure that says whether a change generalises beyond
    the rows it was tuned on. Aspect F1 from the pooled counts; mixed recall and precision (of
    the reviews called mixed, text only, how many are labelled mixed: a one-sided review called
    mixed costs the owner a false complaint); the labelled aspects not found."""
    print(f"\n{title}:")
    for lang, c in pooled.items():
        if not c:
            continue  # no such part in this language
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        mixed = c["mixed_found"] / c["mixed_total"] if c["mixed_total"] else 0.0
        called = c["mixed_found"] + c["mixed_wrong"]
        precision = c["mixed_found"] / called if called else 0.0
        labelled = Counter(
            {k.partition(":")[2]: n for k, n in c.items() if k.startswith("labelled:")}
        )
        misses = ", ".join(f"{a} {c['missed:' + a]}/{n}" for a, n in labelled.most_common())
        print(
            f"  {lang} pooled {what} aspect F1={f1:.3f} (tp {tp} fp {fp} fn {fn})"
            f"  mixed recall={mixed:.2f} (of {c['mixed_total']}; {c['mixed_found']} found)"
            f" precision={precision:.2f} ({c['mixed_wrong']} wrongly)"
            f"  not found: {misses}"
        )


def print_own_sentiment_set() -> None:
    """``sentiment_pl_own.jsonl``: 60 Polish review sentences (20 a class) written from the
    language, in ZnanyLekarz's style, before round seven read any of half A's errors; every third
    row is frozen (never tuned on), the others tune. Three-class macro-F1 of each part, a mixed
    verdict read by the sign of its score (as the PolEmo folds are), and the confusions."""
    path = ASPECT_SETS / "sentiment_pl_own.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for part in ("tune", "frozen"):
        chosen = [r for i, r in enumerate(rows, 1) if (i % 3 == 0) == (part == "frozen")]
        gold = [r["label"] for r in chosen]
        said = []
        for r in chosen:
            review = to_review({"id": r["id"], "text": r["text"]}, False)
            a = analyse_review(review, fallback_language="pl")
            value = a.sentiment.value
            if value == "mixed":
                value = "positive" if a.sentiment_score > 0 else "negative"
            said.append(value)
        macro = sum(f1_scores(gold, said, LABELS).values()) / len(LABELS)
        confused = Counter((g, s) for g, s in zip(gold, said, strict=True) if g != s)
        print(
            f"  own Polish sentences, {part} ({len(chosen)} rows): macro-F1={macro:.3f}  "
            + " ".join(f"{g[:3]}>{s[:3]}={n}" for (g, s), n in sorted(confused.items()))
        )


# The blind aspect check sets, each written once without seeing the rules (tests/analysis/data/
# README.md): file suffix and the heading its totals print under. The second was released as
# tuning data on 2026-12-04, once the third was written: its figures flatter from then on.
ASPECT_CHECK_SETS = (
    ("check", "aspect check set, held out"),
    ("check2", "second aspect check set, RELEASED for tuning on 2026-12-04 (no longer blind)"),
    ("check3", "third aspect check set, held out (issue 19, 2026-12-04, branch blind12)"),
    ("check4", "fourth aspect check set, held out (issue 19, 2026-12-04, branch blinda)"),
)


def print_aspect_check_set() -> None:
    """The aspect check sets (``aspects_<lang>_check.jsonl``, ``_check2``, ``_check3`` and
    ``_check4``, 20 or 24 reviews a language each, written once without seeing the rules; all but
    the released ``_check2`` held out whole, never tuned on). Totals only, one line a language and
    set, each set apart; which rows fail is never printed."""
    for part, heading in ASPECT_CHECK_SETS:
        print(f"\n{heading} (totals only; aspect F1 = aspect and polarity right,")
        print("text only; mixed recall and overall = text only / with stars):")
        labelled: Counter[str] = Counter()
        missed: Counter[str] = Counter()
        for lang in LANGUAGES:
            if not (ASPECT_SETS / f"aspects_{lang}_{part}.jsonl").is_file():
                print(f"  {lang} {part}: no aspects_{lang}_{part}.jsonl")
                continue
            s = score_aspect_set(lang, part)
            for key, n in s.items():
                kind, _, aspect = key.partition(":")
                if kind == "labelled":
                    labelled[aspect] += int(n)
                elif kind == "missed":
                    missed[aspect] += int(n)
            print(
                f"  {lang} {part} rows={s['rows']:.0f} aspect F1={s['aspect_f1']:.3f}"
                f"  mixed recall={s['mixed_recall_text']:.2f}/{s['mixed_recall_stars']:.2f}"
                f" (of {s['mixed_total_text']:.0f})"
                f"  overall={s['overall_text']:.3f}/{s['overall_stars']:.3f}"
                f"  aspects missed/wrong polarity/extra={s['aspects_missed']:.0f}"
                f"/{s['aspects_wrong_polarity']:.0f}/{s['aspects_extra']:.0f}"
            )
        if labelled:
            counts = ", ".join(
                f"{aspect} {missed[aspect]}/{n}" for aspect, n in labelled.most_common()
            )
            print(f"  {part}, all languages, labelled aspects not found: {counts}")


LEARNING_STEPS = (0, 50, 100, 200, 400)


def learning_curve(
    name: str,
    lang: str,
    pool: list[Review],
    pool_labels: list[str],
    test: list[Review],
    test_labels: list[str],
    steps: tuple[int, ...] = LEARNING_STEPS,
    every_step: bool = False,
) -> None:
    """Feed the first N of ``pool`` as a practice's corrections, score ``test`` (never trained
    on), with the rules alone and with the model kept by the learning loop's own checks; for
    the last step also what the model would have done had it been kept."""
    from clinicrep.analysis.learning import Example, fit, macro_f1, train
    from clinicrep.analysis.practice import guard_examples

    rules_pool = [analyse_review(r, fallback_language=lang, learned=False) for r in pool]
    rules_test = [analyse_review(r, fallback_language=lang, learned=False) for r in test]
    alone = macro_f1(test_labels, [a.sentiment.value for a in rules_test])
    guard = guard_examples(lang)
    cells = []
    chosen = [n for n in steps if n <= len(pool)]
    if len(pool) not in chosen and len(pool) < steps[-1]:
        chosen.append(len(pool))  # a small set: all of it as the last step
    examples: list = []
    unkept: list[str] = []  # with ``every_step``: each step's model had it been kept
    for n in chosen:
        if n == 0:
            cells.append(f"N=0 {alone:.3f}")
            continue
        examples = [
            Example(r.text, label, a.sentiment, a.sentiment_score)
            for r, label, a in zip(pool[:n], pool_labels[:n], rules_pool[:n], strict=True)
        ]
        outcome = train(lang, examples, guard)
        if outcome.model is None:
            cells.append(
                f"N={n} {alone:.3f} (off: {outcome.reason}"
                f" {outcome.holdout_rules:.3f}/{outcome.holdout_combined:.3f})"
            )
            if every_step and n != chosen[-1]:
                unfit = fit(examples, lang)
                said = [
                    unfit.combine(r.text, a.sentiment, a.sentiment_score).value
                    for r, a in zip(test, rules_test, strict=True)
                ]
                unkept.append(f"N={n} {macro_f1(test_labels, said):.3f}")
            continue
        said = [
            outcome.model.combine(r.text, a.sentiment, a.sentiment_score).value
            for r, a in zip(test, rules_test, strict=True)
        ]
        cells.append(f"N={n} {macro_f1(test_labels, said):.3f}")
    print(f"  {name}: " + " | ".join(cells))
    if examples and outcome.model is None:
        model = fit(examples, lang)
        said = [
            model.combine(r.text, a.sentiment, a.sentiment_score).value
            for r, a in zip(test, rules_test, strict=True)
        ]
        print(
            f"    (off: held out, rules / with model {outcome.holdout_rules:.3f}"
            f" / {outcome.holdout_combined:.3f}; the model of N={len(examples)} had it been"
            f" kept ({model.blend} {model.threshold}): {macro_f1(test_labels, said):.3f})"
        )
    if unkept:
        print("    (each step's model had it been kept: " + " | ".join(unkept) + ")")


def print_learning_curves(data: Path) -> None:
    """The learning loop's curve: macro-F1 on a part never trained on, per number of
    corrections. The Polish and English development sets are used for measurement only."""
    import random

    print("\nlearning from a practice's corrections (macro-F1 on a part never trained on;")
    print("'off' = the loop's own checks kept no model, the rules alone decide):")
    for lang in LANGUAGES:
        tune, frozen = read_aspect_set(lang, "tune"), read_aspect_set(lang, "frozen")
        learning_curve(
            f"{lang} aspect set, tune as corrections -> frozen (4 classes)",
            lang,
            [_aspect_review(r) for r in tune],
            [r["overall"] for r in tune],
            [_aspect_review(r) for r in frozen],
            [r["overall"] for r in frozen],
        )
    half_a_to_b(data)
    for folder, lang in (("pl-polemo2-medicine", "pl"), ("en-careopinion-nhs", "en")):
        path = data / folder / "reviews.csv"
        if not path.is_file():
            continue
        rows = [r for r in read_rows(path) if half_of(r["id"]) == "B"]
        if lang == "en":
            rows = [r for r in rows if r["label"] != "neutral"]
        random.Random(19).shuffle(rows)
        pool, test = rows[:400], rows[400:]
        learning_curve(
            f"{folder} half B: 400 as corrections -> the other {len(test)}",
            lang,
            [to_review(r, False) for r in pool],
            [r["label"] for r in pool],
            [to_review(r, False) for r in test],
            [r["label"] for r in test],
        )


def practice_draws(data: Path, draws: int, pool_size: int = 400) -> None:
    """The Polish half B as many practices: each draw shuffles it (seed 1, 2, ...), the first
    ``pool_size`` sentences are the ones the practice read, the rest is scored. Three ways:
    every sentence read is a label (those the rules got right confirmed as they stand) with the
    loop's own checks; the same with the best blend always kept (the margin switched off, the
    guard set still asked); and only the wrong verdicts corrected (what the program learns
    today, as it takes no confirmation: its corrections), those with the stars of the others
    where they are positive or negative (the stars as if each sentence had its own), and the
    stars alone.
    One draw's figure
    moves by +-0.02 with the draw; the mean over draws says what the loop is worth at a
    practice whose sentences the rules were never tuned on."""
    import random

    from clinicrep.analysis import learning
    from clinicrep.analysis.practice import guard_examples

    path = data / "pl-polemo2-medicine" / "reviews.csv"
    if not path.is_file() or draws <= 0:
        return
    rows = [r for r in read_rows(path) if half_of(r["id"]) == "B"]
    examples = []
    for r in rows:
        a = analyse_review(to_review(r, False), fallback_language="pl", learned=False)
        examples.append(learning.Example(r["text"], r["label"], a.sentiment, a.sentiment_score))
    guard = guard_examples("pl")
    margin = learning._MARGIN
    ways = (
        ("every sentence read a label, the loop's checks", False, ""),
        ("every sentence read a label, best blend always kept", True, ""),
        ("only the wrong verdicts corrected, the loop's checks", False, "wrong"),
        ("the wrong verdicts corrected + stars of the others", False, "stars"),
        ("stars only (no correction), the loop's checks", False, "only stars"),
    )
    for label, forced, taught_by in ways:
        gains: list[float] = []
        kept, taught, why = 0, 0, Counter[str]()
        learning._MARGIN = -1.0 if forced else margin
        try:
            for seed in range(1, draws + 1):
                drawn = list(examples)
                random.Random(seed).shuffle(drawn)
                pool, test = drawn[:pool_size], drawn[pool_size:]
                if taught_by:
                    # stars: a positive or negative sentence has its stars (a neutral one's
                    # would say 4-5 or 1-2 of what it never said: none)
                    starred = ("positive", "negative") if "stars" in taught_by else ()
                    corrected = taught_by != "only stars"
                    pool = [
                        e
                        for e in pool
                        if (corrected and e.rules.value != e.label) or e.label in starred
                    ]
                taught += len(pool)
                gold = [e.label for e in test]
                alone = learning.macro_f1(gold, [e.rules.value for e in test])
                outcome = learning.train("pl", pool, guard)
                said = [
                    outcome.model.combine(e.text, e.rules, e.score).value
                    if outcome.model is not None
                    else e.rules.value
                    for e in test
                ]
                kept += outcome.model is not None
                why[outcome.reason or "kept"] += 1
                gains.append(learning.macro_f1(gold, said) - alone)
        finally:
            learning._MARGIN = margin
        print(
            f"  pl half B, {pool_size} read -> the other {len(examples) - pool_size}, {draws}"
            f" draws, {label} ({taught / draws:.0f} labels a draw): kept {kept}/{draws}"
            f" ({', '.join(f'{k} {v}' for k, v in sorted(why.items()))}), macro-F1 change mean"
            f" {statistics.mean(gains):+.3f} (min {min(gains):+.3f}, max {max(gains):+.3f})"
        )


PRUNE_SHARES = (0.0, 0.01, 0.02, 0.03, 0.05)


def prune_sweep(data: Path, shares: tuple[float, ...] = PRUNE_SHARES) -> None:
    """How small the learned model can be (``learning._PRUNE``, the share of its strongest
    weight below which a feature is forgotten), read on tuning data only: the held-out fifths
    of the learning loop's own check (the best blend's macro-F1) on the aspect sets' tune
    parts, Polish half A and NHS half A (positive/negative), with the feature and word-pair
    counts of the model fitted on all of it. The frozen parts and half B are never read."""
    from clinicrep.analysis import learning

    sets: list[tuple[str, str, list[learning.Example]]] = []
    for lang in LANGUAGES:
        tune = read_aspect_set(lang, "tune")
        examples = []
        for r in tune:
            a = analyse_review(_aspect_review(r), fallback_language=lang, learned=False)
            examples.append(
                learning.Example(r["text"], r["overall"], a.sentiment, a.sentiment_score)
            )
        sets.append((f"{lang} aspect tune", lang, examples))
    for folder, lang in (("pl-polemo2-medicine", "pl"), ("en-careopinion-nhs", "en")):
        path = data / folder / "reviews.csv"
        if not path.is_file():
            continue
        examples = []
        for r in read_rows(path):
            if half_of(r["id"]) != "A" or (lang == "en" and r["label"] == "neutral"):
                continue
            a = analyse_review(to_review(r, False), fallback_language=lang, learned=False)
            examples.append(learning.Example(r["text"], r["label"], a.sentiment, a.sentiment_score))
        sets.append((f"{folder} half A", lang, examples))
    chosen = learning._PRUNE
    print(
        "\nthe learned model pruned, per share: held-out fifths of tuning data (macro-F1 of the"
        "\nmodel alone / with the rules at trust 1), features (word pairs) of the model on all:"
    )
    try:
        for name, lang, examples in sets:
            cells = []
            for share in shares:
                learning._PRUNE = share
                gold, alone, trusted = [], [], []
                for fold in range(5):
                    model = learning.fit([e for i, e in enumerate(examples) if i % 5 != fold], lang)
                    model.threshold = 1.0
                    for e in examples[fold::5]:
                        scores = model.scores(e.text)
                        gold.append(e.label)
                        alone.append(model.classes[int(scores.argmax())])
                        trusted.append(model.combine(e.text, e.rules, e.score).value)
                model = learning.fit(examples, lang)
                pairs = sum(1 for f in model.vocabulary if f.startswith("b "))
                cells.append(
                    f"{share:g}: {learning.macro_f1(gold, alone):.3f}"
                    f" / {learning.macro_f1(gold, trusted):.3f}"
                    f" {len(model.vocabulary):,} ({pairs:,})"
                )
            print(f"  {name} ({len(examples)}):\n    " + " | ".join(cells))
    finally:
        learning._PRUNE = chosen


def half_a_to_b(data: Path) -> None:
    """The Polish development set as a practice: the first N of half A (in a fixed shuffled
    order; all 751 last) as its corrections, half B (never trained on) scored. The rules were
    tuned on half A, so the loop's held-out check there compares the model with rules that
    already fit those sentences: it is harder to pass than at a practice."""
    import random

    path = data / "pl-polemo2-medicine" / "reviews.csv"
    if not path.is_file():
        return
    rows = read_rows(path)
    halves = {h: [r for r in rows if half_of(r["id"]) == h] for h in "AB"}
    pool = list(halves["A"])
    random.Random(19).shuffle(pool)
    learning_curve(
        f"pl-polemo2-medicine, half A ({len(pool)}) as corrections -> half B ({len(halves['B'])})",
        "pl",
        [to_review(r, False) for r in pool],
        [r["label"] for r in pool],
        [to_review(r, False) for r in halves["B"]],
        [r["label"] for r in halves["B"]],
        (*LEARNING_STEPS, len(pool)),
        every_step=True,
    )


def _aspect_review(row: dict) -> Review:
    return text_review(row, rating=row["rating"])


def text_review(row: dict, rating: int | None = None) -> Review:
    """A labelled aspect row as a review to analyse (its text only, unless ``rating``)."""
    return Review(
        source_id=1,
        external_id=row["id"],
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
        text=row["text"],
        rating=rating,
    )


def throughput(
    rows: list[dict[str, str]], seconds: float = 3.0, *, floor: bool = False
) -> tuple[float, float, float]:
    """Reviews per second of CPU time for the whole analysis on one core (one thread).

    Language, sentiment, aspects, topics and urgency of every row, passes over the rows repeated
    for ``seconds`` of CPU time. CPU time, not wall time, so that other programs on a shared
    machine count less; they still slow a pass down (shared caches, a busy sibling core), so
    the median pass and the best pass are returned: the best is the figure least disturbed.

    With ``floor``, every pass is followed by one of the same analysis without the aspect
    reading (the analysis as it was before issue 19, which did 2,133 a second where the target
    of 2,000 was set), and the third figure is the median of that floor: both are measured
    under the same load, so their ratio says what the aspects cost whatever the machine is
    doing (the target, 2,000 of 2,133, is a ratio of at least 0.94). Without, it is 0.
    """
    from clinicrep.analysis import pipeline
    from clinicrep.analysis.aspects import AspectReading

    reviews = [to_review(r, True) for r in rows]
    for r in reviews:
        analyse_review(r)  # load lexicons and TextBlob, and meet every word once
    nothing = AspectReading((), 0.0, 0.0)
    reading = pipeline.read_aspects
    rates: list[float] = []
    floors: list[float] = []
    spent = 0.0
    while spent < seconds or len(rates) < 3:
        # every pass reads every review: the short texts the pipeline remembers (repeats
        # within one import) are forgotten first, or passes after the first would only
        # look them up
        pipeline._remembered.clear()
        start = time.process_time()
        for r in reviews:
            analyse_review(r)
        elapsed = time.process_time() - start
        spent += elapsed
        rates.append(len(reviews) / elapsed)
        if floor:
            pipeline.read_aspects = lambda text, lang: nothing  # type: ignore[assignment]
            pipeline._remembered.clear()
            try:
                start = time.process_time()
                for r in reviews:
                    analyse_review(r)
                elapsed = time.process_time() - start
            finally:
                pipeline.read_aspects = reading
                pipeline._remembered.clear()  # (what the floor's passes remembered)
            floors.append(len(reviews) / elapsed)
    return statistics.median(rates), max(rates), statistics.median(floors) if floors else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--no-ratings", action="store_true", help="ignore star ratings")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument(
        "--aspects-only", action="store_true", help="only the hand-labelled aspect sets"
    )
    parser.add_argument("--no-learning", action="store_true", help="skip the learning curves")
    parser.add_argument(
        "--check",
        action="store_true",
        help="only the aspect check sets (aspects_<lang>_check[234].jsonl), totals only",
    )
    parser.add_argument("--learning-only", action="store_true", help="only the learning curves")
    parser.add_argument(
        "--prune-sweep",
        action="store_true",
        help="only the learned model's held-out figures and size per pruning share (tune data)",
    )
    parser.add_argument(
        "--learned-speed",
        action="store_true",
        help="only the speed of the sets with a learned model in use",
    )
    parser.add_argument(
        "--speed-only", action="store_true", help="only the throughput (no scores, no curves)"
    )
    parser.add_argument(
        "--draws",
        type=int,
        default=0,
        metavar="N",
        help="also the Polish half B as N practices (slow: about 15 s a draw)",
    )
    parser.add_argument(
        "--split",
        choices=("A", "B", "all"),
        default="all",
        help="score only half A or half B of each development sample (by a hash of the id)",
    )
    args = parser.parse_args(argv)
    if args.check:
        print_aspect_check_set()
        return 0
    if args.aspects_only:
        print_aspect_sets()
        return 0
    if args.prune_sweep:
        prune_sweep(args.data)
        return 0
    if args.learned_speed:
        learned_throughput(args.data)
        return 0
    if args.learning_only:
        print_learning_curves(args.data)
        practice_draws(args.data, args.draws)
        return 0
    found: set[str] = set()
    all_rows: list[dict[str, str]] = []
    by_set: dict[str, list[dict[str, str]]] = {}
    for folder in sorted(p for p in args.data.iterdir() if (p / "reviews.csv").is_file()):
        lang = folder.name.split("-")[0]
        found.add(lang)
        rows = read_rows(folder / "reviews.csv")
        if args.split != "all":
            rows = [r for r in rows if half_of(r["id"]) == args.split]
        all_rows += rows
        by_set[folder.name] = rows
        if args.speed_only:
            continue
        for use_ratings in (False,) if args.no_ratings else (True, False):
            label = "with ratings" if use_ratings else "without ratings"
            if use_ratings and not any(r.get("rating") for r in rows):
                label = "no ratings in this set"
            dev = "dev" if args.split == "all" else f"dev half {args.split}"
            score_set(f"{folder.name} {dev} ({label})", lang, rows, use_ratings)
            if label == "no ratings in this set":
                break
        if lang == "en":
            score_topics(folder, rows)
        if args.split in ("A", "all") and lang == "pl":
            print_folds(rows, lang)
        if lang == "pl":
            print_own_sentiment_set()
        heldout = args.data / "bench" / "heldout" / f"{folder.name}.csv"
        if heldout.is_file():
            score_set(f"{folder.name} HELD-OUT", lang, read_rows(heldout), not args.no_ratings)
        else:
            print(f"  (no held-out file at {heldout})")
    if not args.speed_only:
        print_aspect_sets()
    if not args.no_learning and not args.speed_only:
        print_learning_curves(args.data)
        practice_draws(args.data, args.draws)
    missing = [lang for lang in LANGUAGES if lang not in found]
    print(f"\nlanguages with no labelled set: {', '.join(missing) or 'none'}")
    if not args.no_speed and all_rows:
        print("\nthroughput, reviews per second of CPU time on one core, whole analysis")
        print("(language + sentiment + aspects + topics + urgency), median pass / best pass:")
        median, best, floor = throughput(all_rows, floor=True)
        print(f"  all sets together ({len(all_rows)} reviews): {median:,.0f} / {best:,.0f}")
        print(
            f"  the same run without the aspect reading (the floor, passes interleaved): "
            f"{floor:,.0f}; whole analysis / floor = {median / floor:.2f}"
            f" (target >= 0.94: 2,000 where the floor did 2,133)"
        )
        for name, rows in by_set.items():
            median, best, _ = throughput(rows, 1.5)
            print(f"  {name}: {median:,.0f} / {best:,.0f}")
        learned_throughput(args.data)
        for lang, rows in demo_rows(missing).items():
            median, best, _ = throughput(rows, 1.5)
            print(f"  {lang}, {len(rows)} demo texts (speed only, no labels): "
                  f"{median:,.0f} / {best:,.0f}")  # fmt: skip
        median, best, _ = throughput(import_rows(), 1.5)
        print(f"  the rows of import_csv.py's file (2,000, four languages): {median:,.0f} / {best:,.0f}")  # fmt: skip  # noqa: E501
    return 0


def import_rows(count: int = 2000) -> list[dict[str, str]]:
    """Rows as benchmarks/import_csv.py writes them: four short reviews, each numbered."""
    from import_csv import TEXTS

    return [
        {"id": f"import-{i}", "text": f"{TEXTS[i % len(TEXTS)]} #{i}", "rating": str(1 + i % 5)}
        for i in range(count)
    ]


def fit_half_a(rows: list[dict[str, str]], lang: str) -> LearnedModel:
    """A practice's learned model fitted on the rows of half A (for measurement only: it is
    never kept), each with the rules' own verdict beside its label, as corrections are."""
    from clinicrep.analysis import learning

    examples = []
    for r in rows:
        if half_of(r["id"]) == "A":
            a = analyse_review(to_review(r, False), fallback_language=lang, learned=False)
            examples.append(learning.Example(r["text"], r["label"], a.sentiment, a.sentiment_score))
    return learning.fit(examples, lang)


def learned_throughput(data: Path) -> None:
    """Each set's speed with a learned model in use (one fitted on its half A, for measurement
    only: it is never kept), against the same rows with the rules alone in the same run."""
    from clinicrep.analysis import learning

    for folder, lang in (("pl-polemo2-medicine", "pl"), ("en-careopinion-nhs", "en")):
        path = data / folder / "reviews.csv"
        if not path.is_file():
            continue
        rows = read_rows(path)
        model = fit_half_a(rows, lang)
        alone, _, _ = throughput(rows, 1.5)
        learning.install({lang: model})
        try:
            median, best, _ = throughput(rows, 1.5)
        finally:
            learning.install({})
        print(
            f"  {folder} with a learned model in use ({len(model.vocabulary):,} features):"
            f" {median:,.0f} / {best:,.0f} (rules alone, same run: {alone:,.0f})"
        )


def demo_rows(languages: list[str], count: int = 400) -> dict[str, list[dict[str, str]]]:
    """Texts of the built-in demo generator, for the speed of languages with no labelled set."""
    from clinicrep.demo.generator import demo_sources, generate_reviews

    result: dict[str, list[dict[str, str]]] = {}
    for source in demo_sources():
        if source.language in languages and source.language not in result:
            reviews = generate_reviews(source, count, seed=7, now=datetime(2026, 11, 1, tzinfo=UTC))
            result[source.language] = [
                {"id": r.external_id, "text": r.text, "rating": str(r.rating or "")}
                for r in reviews
            ]
    return result


if __name__ == "__main__":
    sys.exit(main())
