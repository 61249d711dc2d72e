"""The receptionist connects Facebook, Trustpilot and Google without an IT person: each form
has a guide in her language, and what the platform's API knows is filled in for her."""

from __future__ import annotations

import threading

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from clinicrep.i18n import install_translators
from clinicrep.secrets import default_store, source_owner
from clinicrep.store.sources import list_sources
from clinicrep.sync import sync_all
from clinicrep.ui.sources_dialog import SourceForm, SourcesDialog
from fakes.facebook_server import PAGE_ID, PAGE_TOKEN, USER_TOKEN, FakeGraph
from fakes.google_server import FakeGoogle
from fakes.loopback import FakeResponse
from fakes.source_setup import google_source
from fakes.trustpilot_server import API_KEY, BUSINESS_UNIT_ID, FakeTrustpilot


def _form(qtbot, kind: str, source=None) -> SourceForm:
    form = SourceForm(source)
    qtbot.addWidget(form)
    if source is None:
        form.kind.setCurrentIndex(form.kind.findData(kind))
    form.show()
    return form


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def graph(monkeypatch):
    with FakeGraph() as api:
        monkeypatch.setenv("CLINICREP_FACEBOOK_API_BASE", api.url)
        yield api


@pytest.fixture
def trustpilot(monkeypatch):
    with FakeTrustpilot() as api:
        monkeypatch.setenv("CLINICREP_TRUSTPILOT_API_BASE", api.url)
        yield api


def test_facebook_pages_are_found_from_a_user_token_and_the_page_token_is_kept(qtbot, db, graph):
    form = _form(qtbot, "facebook")
    assert form.guide.isVisible()
    assert "Graph API Explorer" in form.guide.toPlainText()
    assert "pages_read_user_content" in form.guide.toPlainText()
    form.user_token.setText(USER_TOKEN)
    _click(qtbot, form.find_button)
    qtbot.waitUntil(lambda: form.found.isVisible(), timeout=5000)
    assert form.found.currentText() == "Clinic Page"
    assert form.discovery_state.text().startswith("1 Page found.")
    assert form.inputs["page_id"].text() == PAGE_ID
    assert form.name.text() == "Clinic Page"
    # the user token went only to /me/accounts, once; Save keeps the Page token, not it
    asked = [r for r in graph.requests if r.path.endswith("/me/accounts")]
    assert [r.param("access_token") for r in asked] == [USER_TOKEN]
    form.accept()
    source = form.save(db)
    assert source.settings["page_id"] == PAGE_ID
    kept = default_store()
    assert kept.get(source_owner(source.id), "page_access_token") == PAGE_TOKEN
    assert USER_TOKEN not in str(list_sources(db)[0].settings)


def test_a_revoked_facebook_token_says_what_to_do(qtbot, graph):
    form = _form(qtbot, "facebook")
    form.user_token.setText("EAAG-revoked")
    _click(qtbot, form.find_button)
    qtbot.waitUntil(lambda: "expired or was revoked" in form.discovery_state.text(), timeout=5000)
    assert "Generate a new one in the Graph API Explorer" in form.discovery_state.text()
    assert not form.found.isVisible()
    qtbot.waitUntil(form.find_button.isEnabled, timeout=3000)  # the task has ended


def test_a_facebook_token_without_pages_show_list_names_the_permission(qtbot, graph):
    graph.user_can_list_pages = False
    form = _form(qtbot, "facebook")
    form.user_token.setText(USER_TOKEN)
    _click(qtbot, form.find_button)
    qtbot.waitUntil(lambda: "pages_show_list" in form.discovery_state.text(), timeout=5000)


def test_a_role_without_a_page_token_is_explained(qtbot, graph):
    graph.managed_pages[0].pop("access_token")
    graph.managed_pages[0]["tasks"] = ["ANALYZE"]
    form = _form(qtbot, "facebook")
    form.user_token.setText(USER_TOKEN)
    _click(qtbot, form.find_button)
    qtbot.waitUntil(lambda: "no Page token" in form.discovery_state.text(), timeout=5000)
    assert form.inputs["page_id"].text() == ""


def test_the_trustpilot_business_unit_is_found_by_the_website(qtbot, db, trustpilot):
    form = _form(qtbot, "trustpilot")
    assert "Integrations" in form.guide.toPlainText()
    form.secret_inputs["api_key"].setText(API_KEY)
    form.website.setText("https://familyclinic.example/kontakt")
    _click(qtbot, form.find_button)
    qtbot.waitUntil(lambda: form.inputs["business_unit_id"].text() != "", timeout=5000)
    assert form.inputs["business_unit_id"].text() == BUSINESS_UNIT_ID
    assert (
        form.inputs["page_url"].text() == "https://www.trustpilot.com/review/familyclinic.example"
    )
    assert form.name.text() == "Family Clinic"
    assert form.discovery_state.text().startswith("Found “Family Clinic” on Trustpilot.")
    (asked,) = [r for r in trustpilot.requests if r.path == "/v1/business-units/find"]
    assert asked.param("name") == "familyclinic.example"
    assert asked.headers.get("apikey") == API_KEY and asked.param("apikey") is None


def test_trustpilot_says_when_it_knows_no_such_website_or_refuses_the_key(qtbot, trustpilot):
    form = _form(qtbot, "trustpilot")
    form.secret_inputs["api_key"].setText(API_KEY)
    form.website.setText("otherclinic.example")
    _click(qtbot, form.find_button)
    qtbot.waitUntil(lambda: "no business with the website" in form.discovery_state.text(),
                    timeout=5000)  # fmt: skip
    assert "“otherclinic.example”" in form.discovery_state.text()
    qtbot.waitUntil(form.find_button.isEnabled, timeout=3000)  # the first search has ended
    form.secret_inputs["api_key"].setText("wrong-key")
    form.website.setText("familyclinic.example")
    _click(qtbot, form.find_button)
    qtbot.waitUntil(lambda: "did not accept this API key" in form.discovery_state.text(),
                    timeout=5000)  # fmt: skip
    assert form.inputs["business_unit_id"].text() == ""


def test_trustpilot_asks_for_the_key_before_asking_trustpilot(qtbot, trustpilot):
    form = _form(qtbot, "trustpilot")
    form.website.setText("familyclinic.example")
    _click(qtbot, form.find_button)
    assert form.discovery_state.text() == "Type the API key first: Trustpilot answers only with it."
    assert trustpilot.requests == []


def test_the_google_guide_explains_the_access_request_and_the_zero_quota(qtbot):
    form = _form(qtbot, "google")
    text = form.guide.toPlainText()
    assert "Application for Basic API Access" in text
    assert "0 requests per minute" in text
    assert "Desktop app" in text
    links = form.guide.toHtml()
    assert "https://support.google.com/business/contact/api_default" in links


def test_yelp_suggests_this_computers_time_zone(qtbot, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Warsaw")
    form = _form(qtbot, "yelp")
    assert form.inputs["timezone"].text() == "Europe/Warsaw"


def test_the_guide_comes_in_the_users_language(qtbot):
    install_translators(QApplication.instance(), "ru")
    try:
        form = _form(qtbot, "google")
        assert "Google Cloud" in form.guide.toPlainText()
        assert "квота" in form.guide.toPlainText()
        assert "Application for Basic API Access" in form.guide.toPlainText()  # Google's name
    finally:
        install_translators(QApplication.instance(), "en")


# -- Google: locations after sign-in, and a project Google has not approved yet ------------
QUOTA_ZERO = {
    "error": {
        "code": 429,
        "message": "Quota exceeded for quota metric 'Requests' and limit 'Requests per minute' "
        "of service 'mybusinessaccountmanagement.googleapis.com' for consumer "
        "'project_number:123456'.",
        "status": "RESOURCE_EXHAUSTED",
        "details": [
            {
                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                "reason": "RATE_LIMIT_EXCEEDED",
                "domain": "googleapis.com",
                "metadata": {
                    "quota_limit_value": "0",
                    "quota_metric": "mybusinessaccountmanagement.googleapis.com/default_requests",
                    "service": "mybusinessaccountmanagement.googleapis.com",
                    "consumer": "projects/123456",
                    "quota_limit": "DefaultRequestsPerMinutePerProject",
                },
            }
        ],
    }
}


@pytest.fixture
def google_api():
    with FakeGoogle() as api:
        yield api


def _sign_in_through_the_browser(qtbot, sources: SourcesDialog) -> None:
    panel = sources.sign_in_panel
    qtbot.waitUntil(lambda: panel.link.isVisible(), timeout=5000)
    link = panel.link.text()
    threading.Thread(
        target=lambda: httpx.get(link, follow_redirects=True, timeout=5.0), daemon=True
    ).start()
    qtbot.waitUntil(lambda: not panel.running, timeout=10000)


def test_quota_zero_after_sign_in_says_access_is_not_approved_and_keeps_the_sign_in(
    qtbot, db, google_api
):
    source = google_source(db, google_api, default_store(), account="", location="")
    default_store().delete(source_owner(source.id), "refresh_token")
    google_api.fail_next(FakeResponse(429, QUOTA_ZERO), path="/v1/accounts")
    sources = SourcesDialog(db)
    qtbot.addWidget(sources)
    sources.show()
    sources.list.setCurrentRow(0)
    sources.sign_in_panel.open_browser = lambda _url: None
    sources.sign_in_selected()
    _sign_in_through_the_browser(qtbot, sources)
    state = sources.sign_in_panel.state.text()
    assert state.startswith("Signed in to Google, but the locations could not be read:")
    assert "has not approved your Cloud project" in state
    assert "quota stays at 0" in state
    assert default_store().get(source_owner(source.id), "refresh_token")  # not lost


def test_the_edit_form_finds_the_locations_of_a_signed_in_source(qtbot, db, google_api):
    google_api.add_location("200", "300", "Family Clinic Kraków")
    google_api.add_location("200", "301", "Family Clinic Warszawa")
    source = google_source(db, google_api, default_store(), account="", location="")
    form = _form(qtbot, "google", source)
    _click(qtbot, form.find_button)
    qtbot.waitUntil(lambda: form.found.isVisible(), timeout=5000)
    assert form.discovery_state.text() == "2 locations found. The chosen one is filled in."
    assert form.inputs["location_id"].text() == "300"
    form.found.setCurrentIndex(1)
    form.found.activated.emit(1)
    assert (form.inputs["account_id"].text(), form.inputs["location_id"].text()) == ("200", "301")
    assert form.inputs["place_id"].text() == "ChIJ301"
    form.accept()
    saved = form.save(db)
    assert (saved.settings["account_id"], saved.settings["location_id"]) == ("200", "301")


def test_a_google_source_without_a_location_says_it_is_not_set_up(qtbot, db, google_api):
    """Signed in, but no location chosen yet: the check said "This platform does not allow
    answering through clinicrep", which sent the receptionist the wrong way."""
    google_source(db, google_api, default_store(), account="", location="")
    report = sync_all(db, tokens=default_store())
    assert [r.error_code for r in report.failed] == ["source_not_configured"]
    sources = SourcesDialog(db)
    qtbot.addWidget(sources)
    line = sources.list.item(0).text()
    assert "not set up completely" in line
    assert "does not allow answering" not in line


def test_a_discovery_still_running_when_the_form_closes_shows_nothing(qtbot, graph):
    graph.fail_next(FakeResponse(200, {"data": []}, delay=0.5), path="/me/accounts")
    form = _form(qtbot, "facebook")
    form.user_token.setText(USER_TOKEN)
    _click(qtbot, form.find_button)
    form.reject()
    qtbot.wait(800)  # the answer ("no Page") arrives after the form closed
    assert form.result() == QDialog.DialogCode.Rejected
    assert form.discovery_state.text() == "Asking Facebook for your Pages…"
    assert QApplication.activeModalWidget() is None


def test_page_tokens_found_by_discovery_are_masked_in_the_log(qtbot, graph):
    from clinicrep.logs import redact

    form = _form(qtbot, "facebook")
    form.user_token.setText(USER_TOKEN)
    _click(qtbot, form.find_button)
    qtbot.waitUntil(lambda: form.found.isVisible(), timeout=5000)
    line = f"facebook answered {PAGE_TOKEN} for the user {USER_TOKEN}"
    assert PAGE_TOKEN not in redact(line) and USER_TOKEN not in redact(line)


def test_switching_platforms_leaves_no_field_of_the_previous_one_behind(qtbot):
    from PySide6.QtWidgets import QLineEdit

    form = _form(qtbot, "facebook")
    for kind in ("trustpilot", "facebook", "google", "trustpilot"):
        form.kind.setCurrentIndex(form.kind.findData(kind))
        qtbot.wait(10)
    shown = [e.accessibleName() for e in form.findChildren(QLineEdit) if e.isVisible()]
    assert shown.count("Website") == 1
    assert "User access token" not in shown


# -- Google's client ID and secret, in plain words ------------------------------------------
def test_the_google_form_says_in_plain_words_what_each_code_is_and_where_it_comes_from(qtbot):
    english: list[str] = []
    for code in ("en", "ru", "uk", "pl", "zh_CN"):
        install_translators(QApplication.instance(), code)
        try:
            form = _form(qtbot, "google")
            labels = _labels(form)
            hints = {key: label.text() for key, label in form.hints.items()}
            guide = form.guide.toPlainText()
        finally:
            install_translators(QApplication.instance(), "en")
        assert set(hints) == {"client_id", "client_secret"}, code
        assert all(form.hints[key].isVisible() for key in hints), code
        # where each code comes from, in the codes' own shapes she can compare with
        assert ".apps.googleusercontent.com" in hints["client_id"], code
        assert "GOCSPX-" in hints["client_secret"], code
        assert not [text for text in labels if "OAuth" in text], (code, labels)
        # the steps in plain words come first, with nothing to click
        plain = form.guide.toHtml().split("<ol")[1]
        assert "<a " not in plain, code
        if code == "en":
            english = labels
            assert labels[3:5] == ["Client ID:", "Client secret:"]
            assert guide.index("In plain words") < guide.index("For whoever sets it up")
            assert "Desktop app" in hints["client_id"]
            assert "password store" in hints["client_secret"]
        else:  # translated, not the English ("Place ID" stood in Ukrainian)
            assert not set(labels) & set(english), (code, set(labels) & set(english))
            assert "Whoever set up" not in hints["client_id"], code
            assert "In plain words" not in guide, code


def _labels(form: SourceForm) -> list[str]:
    from PySide6.QtWidgets import QFormLayout, QLabel

    found = []
    for layout in (form.form, form.fields):
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel) and item.widget().text():
                found.append(item.widget().text())
    return found


@pytest.mark.parametrize(
    ("client_id", "secret", "said"),
    [
        (
            "GOCSPX-abcdefghijklmnopqrstuvwx",
            "1234-abc.apps.googleusercontent.com",
            "The client ID and the client secret are the wrong way round",
        ),
        ("1234-abc", "GOCSPX-abcdefghijklmnopqrstuvwx", "This is not a Google client ID"),
        ("1234-abc.apps.googleusercontent.com", "GOCSPX-ab", "This is not a whole client secret"),
    ],
)
def test_a_wrong_client_id_or_secret_is_pointed_out_before_the_browser_opens(
    qtbot, monkeypatch, client_id, secret, said
):
    from PySide6.QtWidgets import QMessageBox

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    form = _form(qtbot, "google")
    form.inputs["client_id"].setText(client_id)
    form.secret_inputs["client_secret"].setText(secret)
    form.accept()
    assert form.result() != QDialog.DialogCode.Accepted
    assert len(warned) == 1 and warned[0].startswith(said)
    assert "or ask whoever set up the project" in warned[0] or "its own field" in warned[0]
    # right, the form is saved
    form.inputs["client_id"].setText("1234-abc.apps.googleusercontent.com")
    form.secret_inputs["client_secret"].setText("GOCSPX-abcdefghijklmnopqrstuvwx")
    form.accept()
    assert form.result() == QDialog.DialogCode.Accepted and len(warned) == 1


def test_google_refusing_the_id_and_secret_at_sign_in_says_to_copy_both_again(
    qtbot, db, google_api
):
    source = google_source(db, google_api, default_store(), account="", location="")
    owner = source_owner(source.id)
    default_store().delete(owner, "refresh_token")
    default_store().set(owner, "client_secret", "GOCSPX-from-another-key-000")
    sources = SourcesDialog(db)
    qtbot.addWidget(sources)
    sources.show()
    sources.list.setCurrentRow(0)
    sources.sign_in_panel.open_browser = lambda _url: None
    sources.sign_in_selected()
    panel = sources.sign_in_panel
    qtbot.waitUntil(lambda: panel.link.isVisible(), timeout=5000)
    # while she is in the browser: what to do if Google shows its own error there
    assert "“redirect_uri_mismatch”" in panel.state.text()
    assert "press “Cancel sign-in”, correct it with “Edit…”" in panel.state.text()
    _sign_in_through_the_browser(qtbot, sources)
    assert panel.state.text().startswith(
        "Google did not accept this client ID and client secret together. Copy both again"
    )
    assert "expired" not in panel.state.text()  # not the message of a lapsed connection
    assert not default_store().get(owner, "refresh_token")


@pytest.mark.parametrize("code", ["en", "zh_CN"])
def test_the_trustpilot_guide_names_the_codes_as_the_fields_are_labelled(qtbot, code):
    """The Chinese guide said "API 机密" beside a field labelled "API 密钥（Secret）"."""
    install_translators(QApplication.instance(), code)
    try:
        form = _form(qtbot, "trustpilot")
        labels = [
            form.fields.labelForField(edit).text().rstrip(":：")
            for edit in form.secret_inputs.values()
        ]
        guide = form.guide.toPlainText()
    finally:
        install_translators(QApplication.instance(), "en")
    assert len(labels) == 2
    plain = guide.split("\n", 2)[2]  # after the title and "In plain words"
    for label in labels:
        assert label in plain, (code, label)
