"""The template library: bundled templates in five languages, the user's edits, suggestions."""

from __future__ import annotations

import pytest

from clinicrep.guidelines.checklists import ReplyContext, checklist_passes, evaluate_checklist
from clinicrep.guidelines.confidentiality import guard_reply
from clinicrep.guidelines.kinds import ReplyKind
from clinicrep.guidelines.lexicon import LANGUAGES
from clinicrep.guidelines.templates import (
    add_template,
    bundled_templates,
    delete_template,
    fill_template,
    list_templates,
    restore_default_templates,
    reviewer_first_name,
    suggest_reply,
    update_template,
)
from clinicrep.model import Analysis, Platform, Review, Sentiment, Status, utc_now
from clinicrep.settings import Settings
from clinicrep.store import Database, open_database

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL

FULL_SETTINGS = Settings(
    practice_name="Sunny Dental",
    contact_phone="+48 22 123 45 67",
    contact_email="desk@sunny.example",
    signer="Anna, practice manager",
)
EMPTY_SETTINGS = Settings()


def review_in(language: str, **changes: object) -> Review:
    review = Review(
        source_id=1,
        external_id="r1",
        created_at=utc_now(),
        author="Maria Gonzalez",
        rating=2,
        text="Text of the review",
        platform=Platform.GOOGLE,
        status=Status.ESCALATED,  # the crisis checklist wants the owner told
        analysis=Analysis(language=language),
    )
    for key, value in changes.items():
        setattr(review, key, value)
    return review


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_ships_a_template_for_every_kind_of_review(language: str) -> None:
    kinds = {t.kind for t in bundled_templates(language)}
    assert kinds == set(ReplyKind)


@pytest.mark.parametrize("settings", [FULL_SETTINGS, EMPTY_SETTINGS], ids=["set-up", "fresh"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_each_bundled_template_passes_its_own_checklist_and_the_guard(
    language: str, settings: Settings
) -> None:
    review = review_in(language)
    for template in bundled_templates(language):
        text = fill_template(template.text, language=language, settings=settings, review=review)
        assert "{" not in text, text
        findings = guard_reply(text, review, settings)
        assert findings == [], (template.key, [(f.code, f.text) for f in findings])
        results = evaluate_checklist(
            template.kind, text, review, context=ReplyContext(settings=settings)
        )
        failing = [(r.id, r.state, r.hint) for r in results if r.state in ("missing", "problem")]
        assert checklist_passes(results), (template.key, failing)


def test_the_reviewer_is_greeted_by_first_name_only_and_only_if_they_showed_one() -> None:
    assert reviewer_first_name("Maria Gonzalez") == "Maria"
    assert reviewer_first_name("Jan K.") == "Jan"
    assert reviewer_first_name("A Google User") == ""
    assert reviewer_first_name("dentalfan1987") == ""
    assert reviewer_first_name("王小明") == ""
    assert reviewer_first_name("") == ""
    named = suggest_reply(review_in("en", rating=5), FULL_SETTINGS)
    anonymous = suggest_reply(review_in("en", rating=5, author="A Google User"), FULL_SETTINGS)
    assert named.startswith("Dear Maria,")
    assert "Gonzalez" not in named
    assert anonymous.startswith("Hello,")


def test_suggested_reply_is_in_the_reviews_language_and_of_its_kind() -> None:
    praise = review_in(
        "pl", rating=5, analysis=Analysis(language="pl", sentiment=Sentiment.POSITIVE)
    )
    complaint = review_in("ru", rating=1, analysis=Analysis(language="ru"))
    text = suggest_reply(praise, FULL_SETTINGS)
    assert "dziękujemy" in text and "zespołowi" in text
    text = suggest_reply(complaint, FULL_SETTINGS)
    assert "Нам очень жаль" in text
    assert "+48 22 123 45 67" in text and "desk@sunny.example" in text
    assert text.endswith("Anna, practice manager")


def test_a_review_in_a_language_without_templates_is_answered_in_english() -> None:
    german = review_in(
        "de", rating=5, analysis=Analysis(language="de", sentiment=Sentiment.POSITIVE)
    )
    assert suggest_reply(german, FULL_SETTINGS).startswith("Dear Maria,\n\nThank you")


def test_without_contact_settings_the_reply_still_reads_well() -> None:
    text = suggest_reply(review_in("en", rating=1), EMPTY_SETTINGS)
    assert "by phone or e-mail (you will find both on our website)" in text
    assert text.endswith("The practice team")


@pytest.fixture
def library(db: Database) -> Database:
    return db


def test_user_edits_a_bundled_template_and_can_restore_the_default(library: Database) -> None:
    praise = next(t for t in list_templates(library, "en") if t.kind == ReplyKind.PRAISE)
    update_template(
        library, praise, name="Our thanks", text="{greeting}\n\nThanks a lot, {first_name}!"
    )
    edited = next(t for t in list_templates(library, "en") if t.kind == ReplyKind.PRAISE)
    assert edited.name == "Our thanks" and edited.customised
    assert suggest_reply(
        review_in("en", rating=5), FULL_SETTINGS, db=library, kind=ReplyKind.PRAISE
    ) == ("Dear Maria,\n\nThanks a lot, Maria!")
    restore_default_templates(library, "en")
    restored = next(t for t in list_templates(library, "en") if t.kind == ReplyKind.PRAISE)
    assert restored == praise


def test_user_adds_and_deletes_templates_and_deleted_defaults_come_back_on_restore(
    library: Database,
) -> None:
    own = add_template(library, "ru", ReplyKind.COMPLAINT, "Короткий", "{greeting}\n\nЖаль.")
    names = [t.name for t in list_templates(library, "ru")]
    assert "Короткий" in names and len(names) == len(ReplyKind) + 1  # one bundled per kind
    crisis = next(t for t in list_templates(library, "ru") if t.kind == ReplyKind.CRISIS)
    delete_template(library, crisis)
    assert ReplyKind.CRISIS not in {t.kind for t in list_templates(library, "ru")}
    restore_default_templates(library)
    after = list_templates(library, "ru")
    assert ReplyKind.CRISIS in {t.kind for t in after}
    assert "Короткий" in [t.name for t in after]  # the user's own template stays
    delete_template(library, own)
    assert "Короткий" not in [t.name for t in list_templates(library, "ru")]


def test_template_changes_survive_a_restart(db: Database) -> None:
    add_template(db, "uk", ReplyKind.PRAISE, "Мій шаблон", "{greeting}\n\nДякуємо!")
    path = db.path
    db.close()
    reopened = open_database(path)
    try:
        assert "Мій шаблон" in [t.name for t in list_templates(reopened, "uk")]
    finally:
        reopened.close()
