"""What the guard finds in a reply, as the round tests compare it: the set of its rules, or
its findings as (rule, words found) pairs."""

from __future__ import annotations

from clinicrep.guidelines.confidentiality import find_confidentiality_problems


def rules_broken(reply: str, language: str, review: str, reviewer: str) -> set[str]:
    found = find_confidentiality_problems(
        reply, review_text=review, language=language, reviewer_name=reviewer
    )
    return {f.rule for f in found}


def findings(reply: str, language: str, review: str, reviewer: str) -> list[tuple[str, str]]:
    return [
        (f.code.value, f.text)
        for f in find_confidentiality_problems(
            reply, review_text=review, language=language, reviewer_name=reviewer
        )
    ]
