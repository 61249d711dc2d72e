"""The practice's locations (issue 20): named once, each source assigned to one."""

from __future__ import annotations

import pytest

from clinicrep.model import Platform, Source, SourceKind
from clinicrep.store import Database
from clinicrep.store.locations import (
    LocationNameTaken,
    add_location,
    list_locations,
    remove_location,
    rename_location,
    set_source_location,
    source_locations,
)
from clinicrep.store.sources import add_source

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL


def test_locations_are_named_listed_renamed_and_a_name_is_taken_once(db: Database) -> None:
    centre = add_location(db, "  Центр  ")
    add_location(db, "Riverside")
    assert [p.name for p in list_locations(db)] == ["Riverside", "Центр"]
    with pytest.raises(LocationNameTaken):
        add_location(db, "центр")  # case aside, in every alphabet
    with pytest.raises(LocationNameTaken):
        rename_location(db, centre.id, "RIVERSIDE")
    rename_location(db, centre.id, "Центр (Ленина 5)")
    assert [p.name for p in list_locations(db)] == ["Riverside", "Центр (Ленина 5)"]


def test_removing_a_location_keeps_its_sources_for_the_whole_practice(db: Database) -> None:
    desk = add_source(db, Source(SourceKind.DEMO, "Google", Platform.GOOGLE))
    other = add_source(db, Source(SourceKind.DEMO, "Facebook", Platform.FACEBOOK))
    place = add_location(db, "Downtown")
    set_source_location(db, desk.id or 0, place.id)
    assert source_locations(db) == {desk.id: place.id, other.id: None}
    remove_location(db, place.id)
    assert list_locations(db) == []
    assert source_locations(db) == {desk.id: None, other.id: None}


def test_the_command_line_exports_one_location_and_names_the_known_ones_when_asked_wrong(
    tmp_path, capsys
) -> None:
    from clinicrep import paths
    from clinicrep.cli import main
    from clinicrep.model import Review, utc_now
    from clinicrep.store import open_database
    from clinicrep.store.reviews import upsert_reviews

    folder = tmp_path / "practice"
    folder.mkdir()
    db = open_database(folder / paths.DB_FILE)
    desk = add_source(db, Source(SourceKind.MANUAL, "Desk A", Platform.OFFLINE))
    other = add_source(db, Source(SourceKind.MANUAL, "Desk B", Platform.OFFLINE))
    place = add_location(db, "Downtown")
    add_location(db, "Riverside")
    set_source_location(db, desk.id or 0, place.id)
    upsert_reviews(
        db,
        [
            Review(source_id=desk.id or 0, external_id="1", created_at=utc_now(), author="Ann"),
            Review(source_id=other.id or 0, external_id="2", created_at=utc_now(), author="Bob"),
        ],
    )
    db.close()
    args = ["--data-dir", str(folder)]
    out = tmp_path / "downtown.csv"
    assert main([*args, "export", "--out", str(out), "--location", "downtown"]) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert "Ann" in text and "Bob" not in text and "Downtown" in text
    capsys.readouterr()
    assert main([*args, "export", "--out", str(out), "--location", "Uptown"]) != 0
    err = capsys.readouterr().err
    assert "No location is called “Uptown”" in err and "Downtown, Riverside" in err
