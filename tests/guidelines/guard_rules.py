"""What the guard finds in a reply, as the round tests compare it: the set of its rules."""

from __future__ import annotations

from clinicrep.guidelines.confidentiality import find_confidentiality_problems


def rules_broken(reply: str, language: str, review: str, reviewer: str) -> set[str]:
    found = find_confidentiality_problems(
        reply, review_text=review, language=language, reviewer_name=reviewer
    )
    return {f.rule for f in found}
