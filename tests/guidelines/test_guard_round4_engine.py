"""Two things the guard's engine reads about whom a sentence is about (issue 16, fourth round)."""

from __future__ import annotations

from clinicrep.guidelines.confidentiality import find_confidentiality_problems


def _rules(reply: str, language: str, reviewer: str = "") -> set[str]:
    found = find_confidentiality_problems(reply, language=language, reviewer_name=reviewer)
    return {f.code.value for f in found}


def test_a_lower_case_word_of_the_reviewers_display_name_is_no_surname() -> None:
    # a neighbour who signs "Neighbor on Elm St": "from now on" names nobody
    reply = "We've asked our suppliers to use the rear entrance from now on."
    assert _rules(reply, "en", "Neighbor on Elm St") == set()
    # a capitalised surname of the display name still is one
    assert "full_name" in _rules("Thank you, Mr Kowalczyk!", "en", "Anna Kowalczyk")


def test_an_offer_to_a_group_after_thanks_for_the_review_is_no_reward() -> None:
    assert _rules("Thanks for the review! Seniors get 10% off at our clinic.", "en") == set()
    # an invitation to review, then the discount, is a reward for the review
    assert "reward" in _rules("Leave us a review on Google. Everyone gets 10% off.", "en")
    # round 22c: a review only thanked for in the same sentence is no condition of an offer
    # to everyone (the thanks-plus-gift reading); a gift to this reader after it still is one
    assert "reward" not in _rules("Thanks for the review, and everyone gets 10% off!", "en")
    assert "reward" in _rules("Thanks for the review, and your next visit is 10% off!", "en")


def test_a_name_after_a_role_and_a_comma_is_a_member_of_staff() -> None:
    assert _rules("Przekażemy uwagi kierowniczce rejestracji, pani Annie Wróbel.", "pl") == set()
    assert _rules("Our practice manager, Mrs Anna Brown, will be in touch.", "en") == set()
    # a relative in apposition is no member of staff
    assert "full_name" in _rules("Pozdrowienia dla męża, pana Tadeusza Mroza.", "pl")
    assert "full_name" in _rules("Our best to your husband, Mr Gerald Whitcombe.", "en")


def test_a_chinese_reviewer_greeted_by_surname_and_a_familiar_title_is_not_named_in_full() -> None:
    assert _rules("谢谢李姐的好评！", "zh", "李姐") == set()
    # round 13f: a reviewer who signs with a full name may be thanked by it (the platform shows
    # it next to the review); a full name the public name does not show still is one
    assert _rules("谢谢李明的好评！", "zh", "李明") == set()
    assert "full_name" in _rules("谢谢李明先生的好评！", "zh", "小明")


def test_the_amount_the_review_names_may_be_answered_but_not_added_to() -> None:
    review = "300 zł za konsultację to przesada."
    reply = "Pani Elu, rozumiemy, że cena 300 zł za konsultację wydaje się wysoka."
    found = find_confidentiality_problems(
        reply, language="pl", reviewer_name="Ela", review_text=review
    )
    assert found == []
    # an amount the review does not name is still one
    added = "Pani Elu, za konsultację zapłaciła Pani 350 zł."
    assert find_confidentiality_problems(added, language="pl", review_text=review) != []


def test_an_organisation_thanked_by_its_public_name_has_no_surname() -> None:
    # round 8: a club that gave a donation signs "Rotary Club"; "Club" is nobody's surname
    reply = "Thank you to the Rotary Club for the donation - the playground opens next month."
    assert _rules(reply, "en", "Rotary Club") == set()
    assert _rules("Dziękujemy Klubowi Orzeł za darowiznę!", "pl", "Klub Orzeł") == set()
    # a person's surname in their public name still is one
    assert "full_name" in _rules("Thank you, Mr Clubb!", "en", "Rory Clubb")
