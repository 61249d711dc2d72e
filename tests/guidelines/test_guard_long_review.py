"""The guard reads the review up to its first 20,000 characters, in every reading of the review's
own words (round 19's review times and word families read it whole: half a second of CPU for a
1 MB review at each pause in typing, on the editor's thread)."""

from clinicrep.guidelines.confidentiality import find_confidentiality_problems

REPLY = "Жаль, что в субботу утром вам пришлось ждать."


def test_a_day_the_review_names_only_past_its_first_20000_characters_is_not_its_own():
    told = "Пришла в субботу в 9 утра и ждала два часа."
    short = find_confidentiality_problems(REPLY, review_text=told, language="ru")
    assert "date" not in {f.rule for f in short}  # the review's own day, in other forms
    filler = "Очень долго ждала у кабинета, никто ничего не объяснял. " * 400
    long = find_confidentiality_problems(REPLY, review_text=filler + told, language="ru")
    assert len(filler) > 20_000
    assert "date" in {f.rule for f in long}
