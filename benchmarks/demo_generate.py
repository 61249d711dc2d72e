"""How fast the demo generator writes reviews: 100,000 spread over the demo sources.

Run: .venv/bin/python benchmarks/demo_generate.py [COUNT]
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime

from clinicrep.demo.generator import demo_sources, generate_reviews, load_phrase_bank


def main() -> int:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    sources = demo_sources()
    for source in sources:
        load_phrase_bank(source.language)  # reading the JSON is start-up, not generation
    now = datetime(2026, 6, 1, tzinfo=UTC)
    per_source, extra = divmod(total, len(sources))
    started, cpu_started = time.perf_counter(), time.process_time()
    made = 0
    characters = 0
    for i, source in enumerate(sources):
        for review in generate_reviews(source, per_source + (i < extra), seed=2026, now=now):
            made += 1
            characters += len(review.text)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started  # what a busy machine's other jobs do not inflate
    print(
        f"{made} reviews over {len(sources)} sources in {elapsed:.2f} s ({cpu:.2f} s of CPU): "
        f"{made / elapsed:,.0f} reviews/s ({characters / made:.0f} characters on average)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
