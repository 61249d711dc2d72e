"""A digest of what the practice's learned model says: does a speed change leave it alone?

``analysis_digest.py`` reads the rules alone (``learned=False``); this fits a model on half A of
PolEmo and of the NHS set (as ``analysis_accuracy.py --learned-speed`` does), stores and loads it
as a practice's model is (``to_bytes``/``from_bytes``: float32 weights), and prints one digest
of the model's log-probabilities of every row (bit for bit, read twice: the words first met,
then remembered) and of every analysis's verdict with the model in use, each blend's way
(trust 1, calibrated 1). Run it before and after a change meant only to make the model faster:
the digests must be equal. The hash seed is fixed (the process starts itself again with
PYTHONHASHSEED=0 if it is not set): training reads its features in a set's order.

    .venv/bin/python benchmarks/learned_digest.py [--data DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import struct
import sys
from pathlib import Path

from analysis_accuracy import DEFAULT_DATA, fit_half_a, read_rows, to_review

from clinicrep.analysis import learning
from clinicrep.analysis.pipeline import analyse_review

SETS = (("pl-polemo2-medicine", "pl"), ("en-careopinion-nhs", "en"))
BLENDS = (("trust", 1.0), ("calibrated", 1.0))


def digest(data: Path) -> tuple[int, int, str, str]:
    """(texts read, analyses, the log-probabilities' digest, the verdicts' digest)."""
    scores, verdicts = hashlib.sha256(), hashlib.sha256()
    texts = analyses = 0
    for folder, lang in SETS:
        path = data / folder / "reviews.csv"
        if not path.is_file():
            continue
        rows = read_rows(path)
        stored = learning.LearnedModel.from_bytes(fit_half_a(rows, lang).to_bytes())
        assert stored is not None
        for _ in range(2):  # the words met for the first time, then remembered
            for r in rows:
                said = stored.log_probabilities(r["text"])
                scores.update(struct.pack(f"{len(said)}d", *said))
                texts += 1
        for blend, threshold in BLENDS:
            stored.blend, stored.threshold = blend, threshold
            learning.install({lang: stored})
            try:
                for r in rows:
                    for stars in (True, False):
                        verdict = analyse_review(to_review(r, stars), fallback_language=lang)
                        verdicts.update(verdict.sentiment.value.encode() + b"\n")
                        analyses += 1
            finally:
                learning.install({})
    return texts, analyses, scores.hexdigest()[:16], verdicts.hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(
            sys.executable,
            [sys.executable, *sys.argv],
            dict(os.environ, PYTHONHASHSEED="0"),
        )
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args(argv)
    texts, analyses, scores, verdicts = digest(args.data)
    print(
        f"learned models of {len(SETS)} sets: {texts} log-probabilities {scores}, "
        f"{analyses} verdicts {verdicts}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
