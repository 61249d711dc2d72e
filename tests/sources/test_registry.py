"""Which connector a source gets, and what the Sources dialog is told about each kind."""

from __future__ import annotations

import pytest

from clinicrep.errors import NotSupported
from clinicrep.secrets import TokenStore
from clinicrep.sources.base import SourceContext
from clinicrep.sources.facebook import FacebookConnector
from clinicrep.sources.google import GoogleConnector
from clinicrep.sources.registry import available_kinds, connector_for, kind_info
from clinicrep.store import Database
from fakes.facebook_server import FakeGraph
from fakes.google_server import FakeGoogle
from fakes.source_setup import facebook_source, google_source


def test_each_connected_platform_gets_its_own_connector(
    db: Database, google_api: FakeGoogle, graph_api: FakeGraph
) -> None:
    tokens = TokenStore()
    google = google_source(db, google_api, tokens)
    facebook = facebook_source(db, graph_api, tokens)
    assert isinstance(connector_for(SourceContext(google, tokens)), GoogleConnector)
    assert isinstance(connector_for(SourceContext(facebook, tokens)), FacebookConnector)


def test_a_kind_without_a_connector_is_reported_not_supported() -> None:
    with pytest.raises(NotSupported):
        kind_info("myspace")


def test_the_sources_dialog_learns_names_secrets_and_settings_of_each_kind() -> None:
    google = kind_info("google")
    assert google.display_name == "Google Business Profile"
    assert [s.name for s in google.secrets] == ["client_secret", "refresh_token"]
    assert {"client_id", "account_id", "location_id"} <= {f.key for f in google.settings}
    facebook = kind_info("facebook")
    assert facebook.deprecated and "v21.0" in facebook.note
    assert [s.name for s in facebook.secrets] == ["page_access_token"]
    assert {"google", "facebook"} <= {k.kind for k in available_kinds()}
