"""A drug named by its international nonproprietary name's stem (session 28, gmiss28, issue
16): in ru, uk and pl a `[families] health` ending ("-сулозин", "-sulozyn") is read on the
word's stems too, so every case form of a drug's name is one ("tamsulozynę", "азитромицином");
in zh the stems as Chinese writes them are health morphemes (-vir 他韦, -tinib 替尼, -mab 单抗).
A reply that tells the reviewer how to take such a drug is a health detail; the same drug named
in a rule of the practice stays allowed. Judged as the editor judges a reply (``guard_reply``)."""

from __future__ import annotations

import pytest
from tests.guidelines.probe_cases import Probe, check, probes

# (language, review, their drug, the same drug in a rule of the practice)
CASES = [
    (
        "pl",
        "Dobra przychodnia.",
        "Dziękujemy! Tamsulozynę proszę brać dalej wieczorem.",
        "Dziękujemy! Apteka przy przychodni wydaje tamsulozynę tylko na receptę.",
    ),
    (
        "zh",
        "医生很好。",
        "谢谢！奥司他韦再吃两天就可以停了。",
        "谢谢！本院药房的奥司他韦只凭处方销售。",
    ),
]


@pytest.mark.parametrize("probe", probes(CASES, "language review bad good", rule="health_detail"))
def test_a_drug_named_by_its_stem_is_a_health_detail_in_every_form(probe: Probe) -> None:
    check(probe, editor=True)
