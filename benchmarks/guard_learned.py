"""Does a small learned model read what the guard's phrases miss? An experiment (issue 16).

The model of benchmarks/guard_second_opinion.py (an n-gram logistic regression per language,
numpy only, a fixed seed), imported from there, is trained ONLY on tune data:
replies_<lang>_tune.jsonl and every own_*.jsonl that is not a frozen third. It is scored on
every frozen part, totals only: replies_<lang>_frozen.jsonl and the own_*_frozen*.jsonl
thirds together. A training reply whose text equals a frozen reply is dropped (only their
number is printed). The blind check sets are never opened.

Readers (each trained again per fold):
  reply      the reply's character 1-4-grams, the reply as one text;
  reply+w    the same with whole words and word pairs;
  shipped    what the guard ships (clinicrep.guidelines.learned): the reply's character
             1-4-grams hashed into 2**18 columns (the same model as "reply" but no vocabulary to
             store or look up: a 4 KB reply is read in a fraction of a millisecond);
  sentence   a sentence scorer: the reply-level model (with words) marks in each bad tune reply
             its most suspicious sentence as the bad one (the data name rules, not spans), the
             sentences of good replies are good, and a model on sentences is trained on that; a
             reply scores as its highest sentence, which is the part a finding would underline.

Combinations with the rules, the thresholds chosen by cross-validation on the tune data alone,
before any frozen item is scored (grouped folds: the source files are dealt into FOLDS folds,
the largest first, so near-copies in one class round never sit on both sides):
  rules      the guard alone (what the product does);
  add        rules OR model: the model adds a block where the rules pass when its probability
             is at least t_add, the lowest value at which it flags no more than BUDGET of the
             left-out good replies the rules pass (--budget-over reach: of those the product's
             add can block, which speak to or name someone; the add is then scored as the
             product adds, on tune and frozen alike);
  veto       a rules finding is dropped when p < its threshold (never a full name or a reward:
             learned.NEVER_VETOED; the product's own LearnedReader.keeps decides, here and in
             the editor), chosen by --veto:
               all    one t_veto, the largest value that vetoes none of the left-out bad
                      replies the rules block (capped at 0.5; before session 31, and stored
                      as a file of then: a full name vetoable too, LearnedReader.per_finding);
               family one t_veto over only the bad replies whose findings may all be dropped
                      (a full name or a reward blocks its reply whatever the model says);
               rule   one threshold per rule: the largest that vetoes none of those replies
                      with a finding of that rule (a rule without one: never vetoed);
               sentence
                      per rule, a threshold on p of the sentence a finding lies in: the
                      largest that leaves each of those replies its likeliest sentence with a
                      finding of the rule;
               rule+sentence
                      both: a finding is dropped when either is below its threshold;
               family+sentence
                      "family"'s one t_veto, and one threshold on p of a finding's sentence
                      for every rule: the largest that leaves each of those replies the
                      finding in its likeliest sentence; dropped when either is below;
             a reply passes only where every finding is dropped, and otherwise keeps all
             of them, as the product does (LearnedReader.passes); --never-veto RULE keeps a
             rule's findings too (stored in the file: LearnedReader.kept_rules), and its
             replies choose no threshold, as a full name's;
  add+veto   both.
With --veto-only the language's stored file keeps its add (its model, t_add and shortest) and only
the veto is trained again: the add and add+veto lines read the stored add, and --write and
--variants-to store the stored add with the new veto beside it (LearnedReader.with_veto_of: the
file holds the veto's own model, ``veto_model``).
The frozen parts are also read by the product as shipped ("stored": find_confidentiality_problems
with the language's stored model in its languages.toml mode, read before anything is written).
The model has a say only on replies at least as long as the median tune reply of the language
(--shortest): a short reply holds too few n-grams for its score to mean much.

    PYTHONPATH=src python benchmarks/guard_learned.py                   # every language
    PYTHONPATH=src python benchmarks/guard_learned.py --lang ru --reader sentence
    PYTHONPATH=src python benchmarks/guard_learned.py --reader shipped --write   # the build step
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guard_second_opinion import (  # same folder: its model and reading, not a copy
    CAP,
    Found,
    NgramModel,
    Reply,
    Settings,
    read_replies,
    rules_found,
    totals,
)

from clinicrep.guidelines.confidentiality import (
    ConfidentialityFinding,
    _speaks_to_reader,
    find_confidentiality_problems,
    load_guidelines,
    rules_reading,
    veto_rules,
)
from clinicrep.guidelines.learned import (
    NEVER_VETOED,
    VETOED_RULES,
    LearnedReader,
    switched_on,
)
from clinicrep.guidelines.lexicon import LANGUAGES
from clinicrep.guidelines.structured import RulesReading
from clinicrep.paths import resource

DATA = Path(__file__).resolve().parent.parent / "tests" / "guidelines" / "data"
FOLDS = 5
BUDGET = 0.01  # the share of left-out good replies the model may add as flagged
READERS = ("reply", "reply+w", "sentence", "shipped")
VETOES = ("all", "family", "rule", "sentence", "rule+sentence", "family+sentence")
# Sentence ends, as the guard's engine reads them (without its abbreviation exceptions).
_SENTENCE_END = re.compile(r"[.!?…。！？；;\n]+[\"”»)]*\s*")


def sentences(text: str) -> list[str]:
    """The reply's sentences (the whole text when it has one)."""
    parts = [p.strip() for p in _SENTENCE_END.split(text)]
    return [p for p in parts if p] or [text]


def training_files(data: Path, lang: str) -> list[Path]:
    """The tune file and every own set that is not a frozen third: never a frozen or check file."""
    own = [p for p in sorted(data.glob("own_*.jsonl")) if "frozen" not in p.name]
    files = [data / f"replies_{lang}_tune.jsonl", *own]
    return [p for p in files if "check" not in p.name and p.exists()]


def frozen_files(data: Path, lang: str) -> list[Path]:
    files = [data / f"replies_{lang}_frozen.jsonl", *sorted(data.glob("own_*_frozen*.jsonl"))]
    return [p for p in files if "check" not in p.name and p.exists()]


class Reader:
    """One of READERS: fit on replies, then p(bad) per reply and its most suspicious sentence."""

    def __init__(self, kind: str, settings: Settings) -> None:
        self.kind = kind
        self.settings = Settings(
            l2=settings.l2, steps=settings.steps, words=kind != "reply", seed=settings.seed
        )
        self.model: NgramModel | None = None
        self.shipped: LearnedReader | None = None

    def fit(self, replies: Sequence[Reply]) -> Reader:
        texts = [r.text for r in replies]
        bad = np.array([r.bad for r in replies])
        if self.kind == "shipped":
            s = self.settings
            self.shipped = LearnedReader.train(texts, bad, l2=s.l2, steps=s.steps, seed=s.seed)
            return self
        whole = NgramModel(texts, self.settings).fit(texts, bad)
        if self.kind != "sentence":
            self.model = whole
            return self
        # the sentences: every one of a good reply is good; of a bad reply, the one the whole-
        # reply model finds most suspicious is bad and the others are left out (unknown)
        chosen: list[str] = []
        labels: list[bool] = []
        for reply in replies:
            parts = sentences(reply.text)
            if reply.bad:
                p = whole.p_bad(parts)
                chosen.append(parts[int(np.argmax(p))])
                labels.append(True)
            else:
                chosen.extend(parts)
                labels.extend([False] * len(parts))
        self.model = NgramModel(chosen, self.settings).fit(chosen, np.array(labels))
        return self

    def p_parts(self, texts: Sequence[str], parts: Sequence[Found]) -> list[list[float]]:
        """p(block) of the sentence each finding lies in (the shipped reader's; the others: 1,
        which drops nothing)."""
        if self.shipped is None:
            return [[1.0] * len(found) for found in parts]
        return [
            self.shipped.p_sentences(text, [(start, end) for _, start, end in found])
            for text, found in zip(texts, parts, strict=True)
        ]

    def p_bad(self, texts: Sequence[str]) -> np.ndarray:
        if self.shipped is not None:
            return self.shipped.p_bad_many(list(texts))
        assert self.model is not None
        if self.kind != "sentence":
            return self.model.p_bad(list(texts))
        parts = [sentences(t) for t in texts]
        flat = [s for p in parts for s in p]
        p = self.model.p_bad(flat)
        out, at = [], 0
        for piece in parts:
            out.append(float(p[at : at + len(piece)].max()))
            at += len(piece)
        return np.array(out)


def folds_of(replies: Sequence[Reply], folds: int = FOLDS) -> np.ndarray:
    """Each reply's fold: whole source files dealt to the emptiest fold, the largest first."""
    sizes: dict[str, int] = {}
    for r in replies:
        sizes[r.source] = sizes.get(r.source, 0) + 1
    load = [0] * folds
    fold_of: dict[str, int] = {}
    for source in sorted(sizes, key=lambda s: (-sizes[s], s)):
        k = load.index(min(load))
        fold_of[source] = k
        load[k] += sizes[source]
    return np.array([fold_of[r.source] for r in replies])


def out_of_fold(
    replies: Sequence[Reply], make: Callable[[], Reader], folds: int = FOLDS
) -> np.ndarray:
    """p(bad) of each reply from a reader trained without its fold."""
    return out_of_fold_parts(replies, make, [() for _ in replies], folds)[0]


def out_of_fold_parts(
    replies: Sequence[Reply],
    make: Callable[[], Reader],
    parts: Sequence[Found],
    folds: int = FOLDS,
) -> tuple[np.ndarray, list[list[float]]]:
    """p(bad) of each reply and of the sentence of each of its findings (``parts``), from a
    reader trained without its fold (a reply of no fold: NaN and no sentences)."""
    fold = folds_of(replies, folds)
    p = np.full(len(replies), np.nan)
    p_parts: list[list[float]] = [[] for _ in replies]
    for k in sorted(set(fold.tolist())):
        held = fold == k
        if held.all():
            continue
        reader = make().fit([r for r, h in zip(replies, held, strict=True) if not h])
        at = np.flatnonzero(held)
        p[held] = reader.p_bad([replies[i].text for i in at])
        read = reader.p_parts([replies[i].text for i in at], [parts[i] for i in at])
        for i, q in zip(at, read, strict=True):
            p_parts[i] = q
    return p, p_parts


def add_threshold(
    p: np.ndarray,
    bad: np.ndarray,
    flags: np.ndarray,
    budget: float,
    reach: np.ndarray | None = None,
) -> float:
    """The lowest t at which p >= t flags no more than ``budget`` of the good replies (the ones
    the rules pass; a good reply the rules flag is flagged already). With ``reach`` (--budget-over
    reach), only the good replies the product's add can block count against the budget: one that
    nowhere speaks to or names anyone is never added (confidentiality._speaks_to_reader), so its
    score spends none of it."""
    good = ~bad & ~np.isnan(p)
    allowed = int(budget * good.sum())
    within = good & ~flags if reach is None else good & ~flags & reach
    candidates = np.sort(p[within])[::-1]  # highest first
    if allowed >= len(candidates):
        return 0.5
    # above the (allowed+1)-th highest good score: at most ``allowed`` of them reach t
    return max(float(np.nextafter(candidates[allowed], 1.0)), 0.5)


def rules_of(found: Found) -> frozenset[str]:
    return frozenset(rule for rule, _, _ in found)


def stored_flags(replies: Sequence[Reply], country: str) -> np.ndarray:
    """The product's verdicts with the language's stored model in its languages.toml mode."""
    return np.array(
        [
            bool(
                find_confidentiality_problems(
                    r.text,
                    review_text=r.review,
                    language=r.lang,
                    reviewer_name=r.reviewer,
                    country=country,
                )
            )
            for r in replies
        ]
    )


def found_for_veto(reply: Reply, country: str, kept: frozenset[str]) -> Found:
    """The rules' findings on the reply, each under the rule the product's veto judges it by
    (confidentiality.veto_rules: a finding in a sentence that tells money is billing's where
    billing is ``kept``); without ``kept``, ``rules_found``."""
    if not kept:
        return rules_found(reply, country)
    read = read_reply(reply, country)
    return tuple(
        (rule, f.start, f.end)
        for f, rule in zip(read.findings, veto_rules(read, kept), strict=True)
    )


def speaks(reply: Reply, country: str) -> bool:
    """Whether the product's add may block the reply: it speaks to or names someone."""
    return _speaks_to_reader(read_reply(reply, country))


def read_reply(reply: Reply, country: str) -> RulesReading[ConfidentialityFinding]:
    """The rules' reading of the reply (confidentiality.rules_reading), its review beside it."""
    return rules_reading(
        reply.text,
        review_text=reply.review,
        language=reply.lang,
        reviewer_name=reply.reviewer,
        country=country,
    )


def veto_threshold(p: np.ndarray, bad: np.ndarray, flags: np.ndarray) -> float:
    caught = bad & flags & ~np.isnan(p)
    return min(float(p[caught].min()), CAP) if caught.any() else 0.0


def veto_thresholds(
    p: np.ndarray,
    bad: np.ndarray,
    found: Sequence[Found],
    how: str,
    p_parts: Sequence[Sequence[float]] = (),
    kept: frozenset[str] = frozenset(),
) -> Thresholds:
    """The veto thresholds of a LearnedReader by ``how`` (one of VETOES; ``add`` left at 2),
    from the left-out bad replies the rules block (``found``: each reply's findings;
    ``p_parts``: p of each finding's sentence; ``kept``: rules never vetoed beside
    NEVER_VETOED, whose replies choose no threshold)."""
    rules = [rules_of(f) for f in found]
    flags = np.array([bool(r) for r in rules])
    if how == "all":
        # as before session 31: a full name vetoable too (stored as a file of then)
        return Thresholds(2.0, veto_threshold(p, bad, flags), {}, per_finding=False)
    never = NEVER_VETOED | kept
    droppable = np.array([bool(r) and not r & never for r in rules])
    if how == "family":
        return Thresholds(2.0, veto_threshold(p, bad, droppable), {}, kept=kept)
    if how == "family+sentence":
        t = veto_threshold(p, bad, droppable)
        # each bad reply keeps the finding in its likeliest sentence
        best = np.array(
            [
                max(parts) if parts and len(parts) == len(f) else np.nan
                for f, parts in zip(found, p_parts or [[]] * len(found), strict=True)
            ]
        )
        s = veto_threshold(best, bad, droppable & ~np.isnan(p) & ~np.isnan(best))
        return Thresholds(
            2.0, t, dict.fromkeys(VETOED_RULES, t), dict.fromkeys(VETOED_RULES, s), kept=kept
        )
    vetoes: dict[str, float] = {}
    sentence_vetoes: dict[str, float] = {}
    for rule in VETOED_RULES:
        has = np.array([rule in r for r in rules])
        if not (bad & has).any():
            # no bad reply of the rule to learn from: its findings are never dropped
            vetoes[rule] = sentence_vetoes[rule] = 0.0
            continue
        vetoes[rule] = veto_threshold(p, bad, droppable & has)
        # each bad reply keeps the finding of the rule in its likeliest sentence
        best = np.array(
            [
                max((q for (r, _, _), q in zip(f, parts, strict=True) if r == rule), default=0.0)
                if rule in names and len(parts) == len(f)
                else np.nan
                for f, names, parts in zip(found, rules, p_parts or [[]] * len(found), strict=True)
            ]
        )
        sentence_vetoes[rule] = veto_threshold(best, bad, droppable & has & ~np.isnan(p))
    if how == "rule":
        return Thresholds(2.0, 0.0, vetoes, kept=kept)
    if how == "sentence":
        return Thresholds(2.0, 0.0, dict.fromkeys(vetoes, 0.0), sentence_vetoes, kept=kept)
    return Thresholds(2.0, 0.0, vetoes, sentence_vetoes, kept=kept)


@dataclass(frozen=True, slots=True)
class Thresholds:
    add: float
    veto: float
    vetoes: dict[str, float]
    sentence_vetoes: dict[str, float] = field(default_factory=dict)
    # False: a reader as before session 31 (one threshold, every finding but a reward's dropped)
    per_finding: bool = True
    # rules never vetoed beside NEVER_VETOED (--never-veto; LearnedReader.kept_rules)
    kept: frozenset[str] = frozenset()

    def reader(self, model: LearnedReader | None = None) -> LearnedReader:
        """A LearnedReader at these thresholds (without ``model``: one that only decides)."""
        if model is None:
            model = LearnedReader(np.zeros(0, dtype=np.float32), 0.0)
        return model.with_thresholds(
            self.add,
            self.veto,
            model.shortest,
            self.vetoes,
            self.sentence_vetoes,
            self.per_finding,
            self.kept,
        )

    def variants(
        self,
        found: Sequence[Found],
        p: np.ndarray,
        judged: np.ndarray,
        p_parts: Sequence[Sequence[float]] = (),
        reach: np.ndarray | None = None,
        add_read: tuple[np.ndarray, np.ndarray] | None = None,
    ) -> dict[str, np.ndarray]:
        """Each combination's verdicts; the model has no say on a reply not ``judged`` (too
        short), and adds none to a reply out of ``reach`` (given: the product's add, see
        ``speaks``). A finding stands where the product's reader keeps it (``p_parts``: p of each
        finding's sentence). ``add_read``: p and judged of another model that adds (--veto-only:
        the stored file's)."""
        reader = self.reader()
        flags = np.array([bool(f) for f in found])
        p_add, judged_add = (p, judged) if add_read is None else add_read
        # as the product: the add reads only replies the rules pass (a flagged one is the veto's)
        added = judged_add & (p_add >= self.add) & ~flags
        if reach is not None:
            added &= reach
        kept = np.array(
            [
                bool(f)
                and (
                    not j
                    or any(
                        reader.keeps(float(q), rule, q_part)
                        for (rule, _, _), q_part in zip(
                            f, parts if len(parts) == len(f) else [1.0] * len(f), strict=True
                        )
                    )
                )
                for f, q, j, parts in zip(
                    found, p, judged, p_parts or [[]] * len(found), strict=True
                )
            ]
        )
        return {
            "rules": flags,
            "add": flags | added,
            "veto": kept,
            "add+veto": kept | added,
        }


def learned(p: np.ndarray, bad: np.ndarray, t_add: float) -> bool:
    """Whether the model, on left-out tune replies, tells bad from good at ``t_add``: it reaches
    t_add on at least 5 % of the bad replies and on a share of them at least three times its
    share of the good ones. (Whether it helps the rules cannot be seen on tune: the rules were
    written on it and block nearly all of its bad replies. The frozen parts say that.)"""
    seen = ~np.isnan(p)
    hit = p >= t_add
    bad_rate = float((hit & bad & seen).sum()) / max(int((bad & seen).sum()), 1)
    good_rate = float((hit & ~bad & seen).sum()) / max(int((~bad & seen).sum()), 1)
    return bad_rate >= 0.05 and bad_rate >= 3 * good_rate


def experiment_parser(
    description: str, readers: Sequence[str], *, steps: int, l2: float
) -> argparse.ArgumentParser:
    """The options this benchmark and guard_structured.py share."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--lang", choices=LANGUAGES, action="append")
    parser.add_argument("--reader", choices=readers, action="append")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--country", default="other")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--steps", type=int, default=steps)
    parser.add_argument("--l2", type=float, default=l2)
    parser.add_argument("--budget", type=float, default=BUDGET)
    parser.add_argument("--folds", type=int, default=FOLDS)
    parser.add_argument(
        "--shuffle", action="store_true", help="train on shuffled labels (a control: no gain)"
    )
    parser.add_argument("--cv-only", action="store_true", help="tune cross-validation only")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = experiment_parser(
        __doc__.splitlines()[0], READERS, steps=Settings.steps, l2=Settings.l2
    )
    parser.add_argument(
        "--shortest",
        default="median",
        help="the shortest reply (characters) the model judges: 'median' (of the language's "
        "tune replies, what ships) or a number (0: every reply)",
    )
    parser.add_argument(
        "--write",
        action="store_true",
        help="store the shipped reader, trained on all the tune data with the thresholds of its "
        "cross-validation, in resources/guidelines/learned/<lang>.npz for each language that "
        "resources/guidelines/learned/languages.toml switches on",
    )
    parser.add_argument(
        "--veto",
        choices=VETOES,
        action="append",
        help="how the veto thresholds are chosen (see the module's text; repeat it to compare: "
        "the first is the one --write stores; default rule, then the others)",
    )
    parser.add_argument(
        "--never-veto",
        choices=[r for r in VETOED_RULES],
        action="append",
        default=[],
        help="a rule whose findings the veto never drops (beside a full name and a reward), "
        "stored in the file; repeat it for more (none: as in session 31)",
    )
    parser.add_argument(
        "--budget-over",
        choices=("good", "reach"),
        default="good",
        help="the good replies the add budget counts: every one the rules pass ('good', as "
        "before session 41) or only those the product's add can block, which speak to or name "
        "someone ('reach'; the add is then scored as the product adds, there too)",
    )
    parser.add_argument(
        "--veto-only",
        action="store_true",
        help="keep the stored <lang>.npz's add (model, t_add, shortest) and train only the veto; "
        "--write and --variants-to store that add with the new veto (session 42)",
    )
    parser.add_argument(
        "--variants-to",
        type=Path,
        help="also store the shipped reader at each --veto's thresholds as <lang>-<veto>.npz in "
        "this folder (the same file --write --veto <veto> writes: to compare or switch without "
        "training again)",
    )
    args = parser.parse_args(argv)
    vetoes_of = args.veto or [
        "rule",
        "rule+sentence",
        "sentence",
        "family+sentence",
        "family",
        "all",
    ]
    settings = Settings(l2=args.l2, steps=args.steps, seed=args.seed)
    kept = frozenset(args.never_veto)
    kept_name = "".join(f"-keep_{rule}" for rule in sorted(kept))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"{settings}; {args.folds} grouped folds; add budget {args.budget:.1%} of good replies"
        f"{'; LABELS SHUFFLED' if args.shuffle else ''}; load average {load:.1f}"
    )
    load_guidelines()
    sums: dict[str, list[int]] = {}
    for lang in args.lang or LANGUAGES:
        started = time.perf_counter()
        frozen = [r for p in frozen_files(args.data, lang) for r in read_replies(p, lang)]
        held_texts = {r.text.strip() for r in frozen}
        train_all = [r for p in training_files(args.data, lang) for r in read_replies(p, lang)]
        train = [r for r in train_all if r.text.strip() not in held_texts]
        if args.shuffle:
            labels = np.random.default_rng(args.seed).permutation([r.bad for r in train])
            train = [
                Reply(r.source, r.lang, bool(b), r.review, r.reviewer, r.text)
                for r, b in zip(train, labels, strict=True)
            ]
        bad = np.array([r.bad for r in train])
        rules = [found_for_veto(r, args.country, kept) for r in train]
        flags = np.array([bool(r) for r in rules])
        reach = f_reach = None
        if args.budget_over == "reach":
            reach = np.array([speaks(r, args.country) for r in train])
        print(
            f"\n== {lang}: {len(train)} tune replies from {len({r.source for r in train})} files "
            f"({len(train_all) - len(train)} dropped as copies of frozen replies); "
            f"rules: {totals(bad, flags)}"
        )
        f_bad = np.array([r.bad for r in frozen])
        f_rules = [found_for_veto(r, args.country, kept) for r in frozen]
        if args.budget_over == "reach":
            f_reach = np.array([speaks(r, args.country) for r in frozen])
        if not args.cv_only and not args.shuffle:
            stored = stored_flags(frozen, args.country)  # before anything is written
            print(f"   frozen, the product as shipped (stored model): {totals(f_bad, stored)}")
            row = sums.setdefault("stored", [0, 0, 0, 0])
            for k, v in enumerate(_counts(f_bad, stored)):
                row[k] += v
        # the model judges replies at least as long as the median tune reply (--shortest 0: all)
        lengths = [len(r.text.strip()) for r in train]
        shortest = int(np.median(lengths)) if args.shortest == "median" else int(args.shortest)
        judged = np.array(lengths) >= shortest
        f_judged = np.array([len(r.text.strip()) >= shortest for r in frozen])
        print(
            f"   the model judges replies of at least {shortest} characters: "
            f"{int(judged.sum())}/{len(train)} tune, {int(f_judged.sum())}/{len(frozen)} frozen"
        )
        stored_reader: LearnedReader | None = None
        add_read: tuple[np.ndarray, np.ndarray] | None = None
        f_add_read: tuple[np.ndarray, np.ndarray] | None = None
        if args.veto_only:
            stored_reader = LearnedReader.load(resource("guidelines", "learned", f"{lang}.npz"))
            add_read = (
                stored_reader.p_bad_many([r.text for r in train]),  # in-sample for older rows
                np.array(lengths) >= stored_reader.shortest,
            )
            f_add_read = (
                stored_reader.p_bad_many([r.text for r in frozen]),
                np.array([len(r.text.strip()) >= stored_reader.shortest for r in frozen]),
            )
            print(
                f"   --veto-only: the stored add kept (t_add {stored_reader.add:.3f}, "
                f"shortest {stored_reader.shortest})"
            )
        for kind in args.reader or READERS:
            t0 = time.perf_counter()

            def make(kind: str = kind) -> Reader:
                return Reader(kind, settings)

            oof, oof_parts = out_of_fold_parts(train, make, rules, args.folds)
            seen = ~np.isnan(oof)
            judged_oof = np.where(judged, oof, np.nan)  # thresholds from the replies it judges
            t_add = add_threshold(judged_oof, bad, flags, args.budget, reach)
            if stored_reader is not None:
                t_add = stored_reader.add
            chosen = {
                how: replace(
                    veto_thresholds(judged_oof, bad, rules, how, oof_parts, kept), add=t_add
                )
                for how in vetoes_of
            }
            print(
                f"   {kind:<8} t_add {t_add:.3f}; model alone (cv) at 0.5: "
                f"{totals(bad[seen], oof[seen] >= 0.5)}; at t_add: "
                f"{totals(bad[seen], oof[seen] >= t_add)}; learned: "
                f"{'yes' if learned(oof, bad, t_add) else 'no'} ({time.perf_counter() - t0:.0f} s)"
            )
            for how, t in chosen.items():
                print(f"      veto by {how}: {_describe(t)}")
            cv_rules = [r for r, s in zip(rules, seen, strict=True) if s]
            cv_parts = [q for q, s in zip(oof_parts, seen, strict=True) if s]
            cv_reach = None if reach is None else reach[seen]
            cv_add = None if add_read is None else (add_read[0][seen], add_read[1][seen])
            cv = _variants(chosen, cv_rules, oof[seen], judged[seen], cv_parts, cv_reach, cv_add)
            for name, blocked in cv.items():
                print(f"      tune cv {name:<12} {totals(bad[seen], blocked)}")
            if args.cv_only:
                continue
            reader = make().fit(train)

            if args.write and reader.shipped is not None and switched_on(lang):
                path = resource("guidelines", "learned", f"{lang}.npz")
                _stored_as(chosen[vetoes_of[0]], reader.shipped, shortest, stored_reader).save(path)
                print(
                    f"      written: {path.name} (veto by {vetoes_of[0]}), "
                    f"{path.stat().st_size // 1024} KB"
                )
            if args.variants_to and reader.shipped is not None:
                args.variants_to.mkdir(parents=True, exist_ok=True)
                for how, t in chosen.items():
                    _stored_as(t, reader.shipped, shortest, stored_reader).save(
                        args.variants_to / f"{lang}-{how.replace('+', '_')}{kept_name}.npz"
                    )
            p = reader.p_bad([r.text for r in frozen])
            p_parts = reader.p_parts([r.text for r in frozen], f_rules)
            read = _variants(chosen, f_rules, p, f_judged, p_parts, f_reach, f_add_read)
            for name, blocked in read.items():
                print(f"      frozen  {name:<12} {totals(f_bad, blocked)}")
                row = sums.setdefault(f"{kind} {name}", [0, 0, 0, 0])
                for k, v in enumerate(_counts(f_bad, blocked)):
                    row[k] += v
        print(f"   ({time.perf_counter() - started:.0f} s)")
    if sums:
        print("\nfrozen parts, all languages (totals only):")
        for key, (b, nb, f, ng) in sums.items():
            print(f"   {key:<18} {b}/{nb} blocked, {f}/{ng} flagged")
    return 0


def _variants(
    chosen: dict[str, Thresholds],
    found: Sequence[Found],
    p: np.ndarray,
    judged: np.ndarray,
    p_parts: Sequence[Sequence[float]],
    reach: np.ndarray | None = None,
    add_read: tuple[np.ndarray, np.ndarray] | None = None,
) -> dict[str, np.ndarray]:
    """Rules and add once, veto and add+veto by each way of choosing the veto thresholds."""
    out: dict[str, np.ndarray] = {}
    for how, t in chosen.items():
        for name, blocked in t.variants(found, p, judged, p_parts, reach, add_read).items():
            out[name if name in ("rules", "add") else f"{name}/{how}"] = blocked
    return out


def _stored_as(
    t: Thresholds, model: LearnedReader, shortest: int, stored: LearnedReader | None
) -> LearnedReader:
    """The file to store: ``model`` at ``t`` (and ``shortest``), or with --veto-only the stored
    file's add with that model's veto beside it."""
    made = model.with_thresholds(
        t.add, t.veto, shortest, t.vetoes, t.sentence_vetoes, t.per_finding, t.kept
    )
    return made if stored is None else stored.with_veto_of(made)


def _describe(t: Thresholds) -> str:
    if not t.vetoes:
        return f"t_veto {t.veto:.3f} (never: {', '.join(sorted(t.reader().never_vetoed()))})"
    out = f"never: {', '.join(sorted(t.kept))}; " if t.kept else ""
    out += "reply " + ", ".join(f"{rule} {value:.3f}" for rule, value in t.vetoes.items())
    if t.sentence_vetoes:
        out += "; sentence " + ", ".join(
            f"{rule} {value:.3f}" for rule, value in t.sentence_vetoes.items()
        )
    return out


def _counts(bad: np.ndarray, blocked: np.ndarray) -> tuple[int, int, int, int]:
    """Blocked bad, bad, flagged good, good."""
    return (
        int((blocked & bad).sum()),
        int(bad.sum()),
        int((blocked & ~bad).sum()),
        int((~bad).sum()),
    )


if __name__ == "__main__":
    sys.exit(main())
