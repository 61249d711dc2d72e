"""Round ten's engine readings: a word that only refers back to a day ("那天") is the day the
review itself names, an echo and no finding (round 13: with no day anywhere it names no date,
unless it is said of them, "您那天"); a one-word health term of the same stem ([guard]
echo_letters) as one the review names is its own ("szczepienie" after "szczepionkę"), while a
term of another stem is still new."""

from __future__ import annotations

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

_REPLY = "非常抱歉3月3号的取消给您带来不便：那天大楼突然停电，我们应该逐一打电话通知的。"


def _codes(reply: str, review: str) -> list[str]:
    found = find_confidentiality_problems(
        reply, language="zh", review_text=review, reviewer_name="奈奈"
    )
    return [f.code.value for f in found]


def test_that_day_after_the_reviews_own_date_is_an_echo() -> None:
    assert _codes(_REPLY, "3月3号的预约没通知就取消了。") == []


def test_that_day_alone_names_no_date_unless_it_is_theirs() -> None:
    # round 13 (long replies): "那天" with no day anywhere names no date, the practice's day
    # here; said of them ("您那天…") it is the day of their visit, a date finding as before
    reply = "非常抱歉给您带来不便：那天大楼突然停电，我们应该逐一打电话通知的。"
    assert "date" not in _codes(reply, "预约没通知就取消了。")
    theirs = "非常抱歉给您带来不便：您那天到的时候大楼突然停电，我们应该逐一打电话通知的。"
    assert "date" in _codes(theirs, "预约没通知就取消了。")


_PL_REPLY = (
    "Panie Hubercie, przepraszamy za godzinę czekania na szczepienie i za to, jak się Pan poczuł."
)


def _pl_codes(reply: str, review: str) -> list[str]:
    found = find_confidentiality_problems(
        reply, language="pl", review_text=review, reviewer_name="Hubert"
    )
    return [f.code.value for f in found]


def test_a_word_of_the_same_stem_as_the_reviews_health_term_is_an_echo() -> None:
    assert _pl_codes(_PL_REPLY, "Godzina czekania na szczepionkę na grypę.") == []


def test_a_health_term_of_another_stem_is_still_new() -> None:
    assert "health_detail" in _pl_codes(_PL_REPLY, "Godzina czekania na pobranie krwi.")


def test_a_rule_for_everyone_after_a_semicolon_makes_the_clause_before_it_general() -> None:
    reply = "给单位的证明不在医保范围内，所以需要收费；25元对所有人都一样，价目表上有写。"
    found = find_confidentiality_problems(
        reply, language="zh", review_text="开个假条为什么收25元？", reviewer_name="老罗"
    )
    assert found == []


def test_a_clause_about_the_reviewer_after_a_semicolon_is_still_theirs() -> None:
    reply = "We keep a few slots open for people who need them; your scan on 3 May showed a cyst."
    found = find_confidentiality_problems(reply, language="en", review_text="Good.")
    assert {f.code.value for f in found} >= {"date", "health_detail"}


def test_a_past_tense_inside_a_condition_does_not_make_the_sentence_someones() -> None:
    reply = "安全的：如果您怀孕了，孕期任何阶段都建议接种流感疫苗。"
    found = find_confidentiality_problems(
        reply, language="zh", review_text="孕期打流感疫苗安全吗？", reviewer_name="小乌"
    )
    assert found == []


def test_a_health_word_naming_a_staff_role_is_no_finding() -> None:
    reply = "好问题！如果抽完血觉得头晕，马上告诉采血护士就好，我们专门准备了躺椅。"
    found = find_confidentiality_problems(
        reply, language="zh", review_text="抽完血头晕怎么办？", reviewer_name="维维"
    )
    assert found == []


def test_the_same_word_said_of_the_reviewer_is_still_found() -> None:
    reply = "Thanks Ella! Your diabetes nurse will see you on 3 May."
    found = find_confidentiality_problems(reply, language="en", review_text="Kind staff.")
    assert "health_detail" in {f.code.value for f in found}


def test_a_care_relationship_inside_a_condition_is_supposed_not_told() -> None:
    review = "Do I need to register again?"
    supposed = "If you were seen here before, there's no need to register again."
    told = "You were seen here before, so there's no need to register again."
    assert find_confidentiality_problems(supposed, language="en", review_text=review) == []
    assert find_confidentiality_problems(told, language="en", review_text=review) != []
