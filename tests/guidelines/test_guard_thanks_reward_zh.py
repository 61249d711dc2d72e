"""A free service given in thanks for this review is a reward for it (issue 16).

Merging round 20b (a refused reward read from its clause's negation) with round 20d (a rule or
a price said of anyone) let "谢谢您！我们一般不这样做，但为了感谢您的好评，下次洁牙免费。"
through: the reward rule had never read a free 洁牙 (the other common word for a dental
cleaning) given "in thanks for your review", and the health word that had blocked it instead
became a rule said of anyone. Nor "感谢您的好评，下次洁牙免费。": 洁牙 is a health word, found
first where it starts, so the free cleaning was never read as one. Thanks that end before the
free thing, or a free thing for everyone two clauses on, stay harmless."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.confidentiality import find_confidentiality_problems


def _rules(reply: str) -> set[str]:
    found = find_confidentiality_problems(
        reply, language="zh", review_text="医生很耐心，洗牙很仔细。", reviewer_name="小美"
    )
    return {f.rule for f in found}


@pytest.mark.parametrize(
    "reply",
    [
        "谢谢您！我们一般不这样做，但为了感谢您的好评，下次洁牙免费。",
        "为感谢您的五星评价，下次来复查半价。",
        "感谢您的好评，下次洁牙免费。",  # 洁牙, a health word found first where it starts
    ],
)
def test_a_free_service_in_thanks_for_the_review_is_a_reward(reply: str) -> None:
    assert "reward" in _rules(reply)


@pytest.mark.parametrize(
    "reply",
    [
        "感谢您的好评！本院停车免费，欢迎再来。",
        "为了感谢您的好评，我们会继续努力，门口的免费停车位也会一直保留。",
        "感谢您的评价，候诊区的免费WiFi已经开通。",
    ],
)
def test_thanks_that_end_before_something_free_for_everyone_are_no_reward(reply: str) -> None:
    assert "reward" not in _rules(reply)
