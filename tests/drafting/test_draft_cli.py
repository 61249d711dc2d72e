"""`clinicrep draft N` prints the draft the editor's "Draft reply" would make (and, with
--ai, the AI service's checked draft, or the composed one with the reason); it saves and
publishes nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from clinicrep import paths
from clinicrep.analysis.pipeline import analyse_review
from clinicrep.cli import main
from clinicrep.model import Platform, Review, Source, SourceKind
from clinicrep.settings import Settings, save_settings
from clinicrep.store import open_database
from clinicrep.store.replies import get_reply
from clinicrep.store.reviews import upsert_reviews
from clinicrep.store.sources import add_source
from fakes.chat_server import MODEL, FakeChatServer

GOOD = (
    "Hello Ann,\n\nThank you for telling us. We are sorry parking was so hard; the car park "
    "behind the building is now open. Please get in touch at +1 555 010 2030 so we can talk "
    "it through directly.\n\nKind regards,\nThe team at Riverside"
)


def _seed(folder, **settings: object) -> int:
    db = open_database(folder / paths.DB_FILE)
    save_settings(
        db, Settings(practice_name="Riverside", contact_phone="+1 555 010 2030", **settings)
    )
    source = add_source(db, Source(SourceKind.MANUAL, "Desk", Platform.OFFLINE))
    review = Review(
        source_id=source.id or 0,
        external_id="1",
        created_at=datetime.now(UTC) - timedelta(hours=5),
        author="Ann B.",
        rating=2,
        text="Parking was impossible and the wait was long.",
    )
    review.analysis = analyse_review(review)
    [review_id] = upsert_reviews(db, [review]).inserted_ids
    db.close()
    return review_id


def test_draft_prints_a_composed_reply_and_saves_nothing(tmp_path, capsys):
    folder = tmp_path / "practice"
    folder.mkdir()
    review_id = _seed(folder)

    assert main(["--data-dir", str(folder), "draft", str(review_id)]) == 0

    out = capsys.readouterr().out
    assert out.startswith(("Dear Ann,", "Hello Ann,", "Good day, Ann,", "Hi Ann,"))
    assert "+1 555 010 2030" in out and "The team at Riverside" in out
    with open_database(folder / paths.DB_FILE) as db:
        assert get_reply(db, review_id) is None


def test_draft_of_a_review_that_is_not_there_says_so(tmp_path, capsys):
    folder = tmp_path / "practice"
    folder.mkdir()
    _seed(folder)

    assert main(["--data-dir", str(folder), "draft", "999"]) == 2

    assert "There is no review number 999" in capsys.readouterr().err


def test_draft_with_ai_prints_the_services_checked_draft(tmp_path, capsys):
    folder = tmp_path / "practice"
    folder.mkdir()
    with FakeChatServer(api_key="") as server:
        assert isinstance(server, FakeChatServer)
        server.say(GOOD)
        review_id = _seed(folder, ai_drafting=True, ai_base_url=server.base_url, ai_model=MODEL)

        assert main(["--data-dir", str(folder), "draft", str(review_id), "--ai"]) == 0

    captured = capsys.readouterr()
    assert captured.out.strip() == GOOD
    assert captured.err == ""
