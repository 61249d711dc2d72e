"""Reply checklists per kind of review, and choosing the kind."""

from __future__ import annotations

from datetime import timedelta

import pytest

from clinicrep.guidelines.checklists import (
    ItemState,
    ReplyContext,
    checklist_passes,
    evaluate_checklist,
)
from clinicrep.guidelines.kinds import ReplyKind, classify_review
from clinicrep.model import Analysis, Platform, Review, Sentiment, Status, Topic, utc_now
from clinicrep.settings import Settings

SETTINGS = Settings(
    practice_name="Sunny Dental",
    contact_phone="+1 555 0100",
    contact_email="desk@sunny.example",
    signer="Anna, practice manager",
)


def review(**changes: object) -> Review:
    base = Review(
        source_id=1,
        external_id="r1",
        created_at=utc_now() - timedelta(hours=3),
        author="Maria G.",
        rating=2,
        text="Waited an hour and nobody told me why.",
        platform=Platform.GOOGLE,
        analysis=Analysis(language="en", sentiment=Sentiment.NEGATIVE),
    )
    for key, value in changes.items():
        setattr(base, key, value)
    return base


def states(results: list) -> dict[str, ItemState]:
    return {r.id: r.state for r in results}


GOOD_COMPLAINT_REPLY = (
    "Dear Maria,\n\nThank you for telling us. We are sorry about your experience and understand "
    "how frustrating this was. We would like to look into it personally: please call us at "
    "+1 555 0100 or write to desk@sunny.example.\n\nKind regards,\nAnna, practice manager"
)


def test_a_good_complaint_reply_passes_with_only_the_calm_tone_left_to_tick() -> None:
    results = evaluate_checklist(
        ReplyKind.COMPLAINT, GOOD_COMPLAINT_REPLY, review(), context=ReplyContext(SETTINGS)
    )
    assert checklist_passes(results)
    assert states(results)["stay_calm"] == ItemState.MANUAL
    ticked = evaluate_checklist(
        ReplyKind.COMPLAINT,
        GOOD_COMPLAINT_REPLY,
        review(),
        context=ReplyContext(SETTINGS, ticked={"stay_calm"}),
    )
    assert all(r.state == ItemState.OK for r in ticked)


def test_a_defensive_complaint_reply_shows_what_is_missing_and_what_is_wrong() -> None:
    reply = "Obviously you were late, so you should have expected to wait. It was not our mistake!!"
    results = evaluate_checklist(
        ReplyKind.COMPLAINT, reply, review(), context=ReplyContext(SETTINGS)
    )
    got = states(results)
    assert not checklist_passes(results)
    assert got["acknowledge_regret"] == ItemState.MISSING
    assert got["next_step"] == ItemState.MISSING
    assert got["offline"] == ItemState.MISSING
    assert got["stay_calm"] == ItemState.PROBLEM
    assert got["signed"] == ItemState.MISSING
    calm = next(r for r in results if r.id == "stay_calm")
    assert calm.span is not None and reply[calm.span[0] : calm.span[1]] in calm.hint


def test_admitting_clinical_fault_is_flagged_in_a_complaint_reply() -> None:
    reply = GOOD_COMPLAINT_REPLY.replace("We are sorry", "It was our mistake and we are sorry")
    results = evaluate_checklist(
        ReplyKind.COMPLAINT, reply, review(), context=ReplyContext(SETTINGS)
    )
    item = next(r for r in results if r.id == "no_fault_admitted")
    assert item.state == ItemState.PROBLEM
    assert "our mistake" in item.hint


def test_a_complaint_left_unanswered_for_days_asks_to_publish_today() -> None:
    old = review(created_at=utc_now() - timedelta(days=5))
    results = evaluate_checklist(
        ReplyKind.COMPLAINT, GOOD_COMPLAINT_REPLY, old, context=ReplyContext(SETTINGS)
    )
    item = next(r for r in results if r.id == "answer_promptly")
    assert item.state == ItemState.MISSING
    assert "5 day" in item.hint


def test_praise_reply_needs_thanks_team_and_a_general_invitation() -> None:
    praise = review(rating=5, analysis=Analysis(language="en", sentiment=Sentiment.POSITIVE))
    good = "Thank you so much! We shared your words with the team. We are always glad to help."
    bare = "Noted."
    assert checklist_passes(evaluate_checklist(ReplyKind.PRAISE, good, praise))
    got = states(evaluate_checklist(ReplyKind.PRAISE, bare, praise))
    assert got["thank_personally"] == ItemState.MISSING
    assert got["credit_team"] == ItemState.MISSING
    assert got["invite_back"] == ItemState.MISSING
    assert got["length"] == ItemState.MISSING


def test_praise_that_names_a_staff_member_asks_to_credit_that_person() -> None:
    named = review(
        rating=5,
        analysis=Analysis(
            language="en", sentiment=Sentiment.POSITIVE, topics=(Topic.NAMED_PRAISE,)
        ),
    )
    results = evaluate_checklist(ReplyKind.PRAISE, "Thank you very much for writing!", named)
    item = next(r for r in results if r.id == "credit_team")
    assert item.state == ItemState.MISSING
    assert "person the reviewer named" in item.hint


def test_misinformation_reply_needs_a_source_and_an_invitation_and_no_attack() -> None:
    reply = "You are lying. This is a fake review by a competitor."
    got = states(evaluate_checklist(ReplyKind.MISINFORMATION, reply, review()))
    assert got["facts"] == ItemState.MANUAL
    assert got["source"] == ItemState.MISSING
    assert got["invite_consultation"] == ItemState.MISSING
    assert got["no_personal_attack"] == ItemState.PROBLEM


def test_crisis_reply_passes_only_once_the_review_is_escalated_to_the_owner() -> None:
    reply = (
        "Thank you for raising this. We take it very seriously and the owner is looking into it. "
        "Please call us at +1 555 0100."
    )
    open_review = review(status=Status.NEW)
    escalated = review(status=Status.ESCALATED)
    assert states(evaluate_checklist(ReplyKind.CRISIS, reply, open_review))["escalated"] == (
        ItemState.MISSING
    )
    assert checklist_passes(evaluate_checklist(ReplyKind.CRISIS, reply, escalated))


def test_a_reply_offering_a_reward_for_reviews_is_flagged() -> None:
    reply = GOOD_COMPLAINT_REPLY + "\nP.S. Enjoy 20% discount on your next check-up!"
    results = evaluate_checklist(
        ReplyKind.COMPLAINT, reply, review(), context=ReplyContext(SETTINGS)
    )
    assert states(results)["no_incentive"] == ItemState.PROBLEM


@pytest.mark.parametrize(
    ("language", "reward"),
    [
        ("ru", "Дарим скидку 10%"),
        ("uk", "Даруємо знижку"),
        ("pl", "Rabat 10%"),
        ("zh", "送您优惠券"),
    ],
)
def test_rewards_are_flagged_in_every_language(language: str, reward: str) -> None:
    in_language = review(analysis=Analysis(language=language, sentiment=Sentiment.POSITIVE))
    results = evaluate_checklist(ReplyKind.PRAISE, reward, in_language)
    assert states(results)["no_incentive"] == ItemState.PROBLEM


def test_the_same_reply_as_one_already_published_is_flagged_as_copy_paste() -> None:
    earlier = GOOD_COMPLAINT_REPLY.replace("Maria", "John")
    other = "Thank you! Our team is delighted. We are always glad to help. Anna, practice manager"
    copied = evaluate_checklist(
        ReplyKind.COMPLAINT,
        GOOD_COMPLAINT_REPLY,
        review(),
        context=ReplyContext(SETTINGS, other_replies=[other, earlier]),
    )
    fresh = evaluate_checklist(
        ReplyKind.COMPLAINT,
        GOOD_COMPLAINT_REPLY,
        review(),
        context=ReplyContext(SETTINGS, other_replies=[other]),
    )
    assert states(copied)["not_copied"] == ItemState.PROBLEM
    assert states(fresh)["not_copied"] == ItemState.OK


def test_a_reply_longer_than_googles_limit_in_bytes_is_flagged() -> None:
    # 1,400 Cyrillic letters are 2,800 bytes: fine. 2,100 are 4,200 bytes: too long for Google.
    fits = "Спасибо! " + "а" * 1400
    too_long = "Спасибо! " + "а" * 2100
    assert states(evaluate_checklist(ReplyKind.PRAISE, fits, review()))["length"] == ItemState.OK
    results = evaluate_checklist(ReplyKind.PRAISE, too_long, review())
    item = next(r for r in results if r.id == "length")
    assert item.state == ItemState.PROBLEM
    assert "Google" in item.hint and "4096" in item.hint


def test_the_confidentiality_item_clears_once_the_user_confirms_the_override() -> None:
    from clinicrep.guidelines.confidentiality import guard_reply

    reply = GOOD_COMPLAINT_REPLY.replace("your experience", "your visit")
    findings = guard_reply(reply, review(), SETTINGS)
    assert len(findings) == 1
    blocked = evaluate_checklist(
        ReplyKind.COMPLAINT, reply, review(), context=ReplyContext(SETTINGS)
    )
    assert states(blocked)["confidential"] == ItemState.PROBLEM
    overridden = evaluate_checklist(
        ReplyKind.COMPLAINT,
        reply,
        review(),
        context=ReplyContext(SETTINGS, confirmed_overrides={findings[0].key}),
    )
    assert states(overridden)["confidential"] == ItemState.OK


@pytest.mark.parametrize(
    ("changes", "kind"),
    [
        ({"rating": 5, "analysis": Analysis(sentiment=Sentiment.POSITIVE)}, ReplyKind.PRAISE),
        ({"rating": 3, "analysis": Analysis(sentiment=Sentiment.NEUTRAL)}, ReplyKind.MIXED),
        (
            {
                "rating": 4,
                "analysis": Analysis(sentiment=Sentiment.NEUTRAL, topics=(Topic.WAITING,)),
            },
            ReplyKind.MIXED,
        ),
        ({"rating": 1, "analysis": Analysis(sentiment=Sentiment.NEGATIVE)}, ReplyKind.COMPLAINT),
        ({"rating": None, "recommendation": "negative", "analysis": None}, ReplyKind.COMPLAINT),
        ({"rating": None, "recommendation": "positive", "analysis": None}, ReplyKind.PRAISE),
        (
            {"rating": 1, "text": "My lawyer will hear about this."},
            ReplyKind.CRISIS,
        ),
        (
            {"rating": 2, "analysis": Analysis(urgency=90, urgency_reason="spike of negatives")},
            ReplyKind.CRISIS,
        ),
        ({"rating": 1, "text": "Они работают без лицензии, шарлатаны."}, ReplyKind.MISINFORMATION),
        (
            {
                "rating": 5,
                "text": "Very courteous staff, thank you!",
                "analysis": Analysis(sentiment=Sentiment.POSITIVE),
            },
            ReplyKind.PRAISE,
        ),
    ],
)
def test_the_editor_suggests_the_kind_of_reply_the_review_needs(
    changes: dict[str, object], kind: ReplyKind
) -> None:
    assert classify_review(review(**changes)) == kind


def test_two_problems_in_the_same_words_are_both_named_by_the_checklist() -> None:
    reply = GOOD_COMPLAINT_REPLY.replace(
        "We are sorry", "We will see you on Tuesday, and we are sorry"
    )
    results = evaluate_checklist(
        ReplyKind.COMPLAINT, reply, review(), context=ReplyContext(SETTINGS)
    )
    item = next(r for r in results if r.id == "confidential")
    assert item.state == ItemState.PROBLEM
    assert "2 problems are underlined" in item.hint
    assert "Confirms a patient" in item.hint and "Date or time of a visit" in item.hint


SIGNED = [
    # (language, a reply signed at its end)
    ("en", "Thank you for coming in.\n\nKind regards,\nAnna, practice manager"),
    ("en", "Thank you for the kind words! — Dr. Nowak"),
    ("ru", "Спасибо за отзыв! Будем рады видеть вас снова.\nС уважением, администратор клиники"),
    ("uk", "Дякуємо за відгук! Будемо раді бачити вас знову.\nЗ повагою, адміністратор клініки"),
    ("pl", "Dziękujemy za opinię! Zapraszamy ponownie.\nZ poważaniem, Anna, kierownik przychodni"),
    ("pl", "Dziękujemy za miłe słowa! lek. Anna Wiśniewska"),
    ("zh", "感谢您的好评！期待您再次光临。\n阳光口腔 李医生"),
    ("zh", "感谢您的好评！——前台小王"),
]

NOT_SIGNED = [
    # (language, a reply with a role word that signs nothing: not at the end, or in a
    # sentence to the reader)
    ("en", "Thank you for the kind words. Our doctor will call you."),
    ("en", "Dr. Nowak was glad to help. Thank you for coming!"),
    ("ru", "Спасибо за отзыв! Наш доктор перезвонит вам."),
    ("ru", "Администратор уже передал ваш отзыв. Спасибо, что выбрали нас!"),
    ("uk", "Дякуємо за відгук! Наш доктор вам зателефонує."),
    ("pl", "Dziękujemy! Nasz lekarz oddzwoni do Pani w tym tygodniu."),
    ("pl", "Kierownik przychodni przeczytał opinię. Dziękujemy za nią!"),
    ("zh", "感谢您的好评，医生会继续努力！"),
    ("zh", "感谢您的好评。我们的医生会继续为您服务。"),
]


def signed_state(language: str, reply: str, signer: str = "") -> ItemState:
    settings = Settings(practice_name="Sunny Dental", signer=signer)
    analysed = review(
        rating=3,
        text="Kind doctor, long wait.",
        analysis=Analysis(language=language, sentiment=Sentiment.MIXED),
    )
    results = evaluate_checklist(ReplyKind.MIXED, reply, analysed, context=ReplyContext(settings))
    return states(results)["signed"]


@pytest.mark.parametrize(("language", "reply"), SIGNED)
def test_a_reply_signed_at_its_end_ticks_sign_with_a_name_or_role(language, reply) -> None:
    assert signed_state(language, reply) == ItemState.OK


@pytest.mark.parametrize(("language", "reply"), NOT_SIGNED)
def test_a_role_word_that_is_no_sign_off_leaves_the_reply_unsigned(language, reply) -> None:
    """The Chinese checklist ticked "Sign with a name or role" whenever 医生 appeared in a
    short reply (its last 120 characters were all of it); every language looked there."""
    assert signed_state(language, reply) == ItemState.MISSING


def test_the_settings_signer_counts_at_the_end_only() -> None:
    signer = "Anna, practice manager"
    assert signed_state("en", "Thank you!\n\nAnna, practice manager", signer) == ItemState.OK
    mid = "Anna, practice manager, read your review. We are glad you came!"
    assert signed_state("en", mid, signer) == ItemState.MISSING


PASTE = "Thank you for your kind words, we shared them with the team. " * 17_000


def _longest_step_ms(work: object) -> float:
    """The most CPU one call into C took while ``work`` ran: the re module holds the
    interpreter for a whole scan, and the window's thread waits that long for it."""
    import sys
    import time

    longest = [0.0]
    began = [0.0]

    def profile(_frame: object, event: str, _arg: object) -> None:
        if event == "c_call":
            began[0] = time.thread_time()
        elif event in ("c_return", "c_exception"):
            longest[0] = max(longest[0], time.thread_time() - began[0])

    sys.setprofile(profile)
    try:
        work()  # type: ignore[operator]
    finally:
        sys.setprofile(None)
    return longest[0] * 1000


def test_a_pasted_megabyte_is_checked_in_short_steps_and_its_problem_still_found() -> None:
    """A complaint's checklist over a 1 MB paste was 5-13 s of CPU, in searches of the whole
    text that held the interpreter 50-700 ms each: the window froze meanwhile. Now the same
    items, found a piece at a time, in steps of a few milliseconds."""
    fault = "We admit it was our fault. "
    at = 65_536 - 10  # the words run across the end of the first 64 KB
    text = PASTE[:at] + fault + PASTE[at:] + "Anna, practice manager"
    context = ReplyContext(SETTINGS, findings=())
    evaluate_checklist(ReplyKind.COMPLAINT, "warm", review(), context=context)
    results: list = []
    longest = _longest_step_ms(
        lambda: results.extend(
            evaluate_checklist(ReplyKind.COMPLAINT, text, review(), context=context)
        )
    )
    assert longest < 30, longest  # was 45-100 ms (one scan of the whole megabyte)
    by_id = {r.id: r for r in results}
    assert by_id["no_fault_admitted"].state == ItemState.PROBLEM
    start, end = by_id["no_fault_admitted"].span or (0, 0)
    assert text[start:end] == "our fault"
    assert "“our fault”" in by_id["no_fault_admitted"].hint
    assert by_id["signed"].state == ItemState.OK
    assert by_id["offline"].state == ItemState.MISSING
    assert by_id["acknowledge_regret"].state == ItemState.MISSING


def test_a_letter_the_case_blind_lists_take_for_another_is_still_read_as_that_letter() -> None:
    """The lists are looked for in lower-case text first; "ſ" (a long s) is not "s" there, but
    the case-blind entry takes it for one: such a text is read the exact way."""
    reply = "We are ſorry about your visit. " * 3_000
    results = evaluate_checklist(
        ReplyKind.COMPLAINT, reply, review(), context=ReplyContext(SETTINGS, findings=())
    )
    assert states(results)["acknowledge_regret"] == ItemState.OK
