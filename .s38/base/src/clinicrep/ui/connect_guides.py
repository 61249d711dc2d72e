"""Step-by-step guides beside each platform's form in "Connect a platform": where each field
comes from, the links, and what the platform must grant before anything works.

Each step is one translatable paragraph (context "ConnectGuide"); links are placeholders, so
a translation never has to copy a URL.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

GOOGLE_CLOUD_CONSOLE = "https://console.cloud.google.com/"
GOOGLE_ACCESS_FORM = "https://support.google.com/business/contact/api_default"
GOOGLE_PREREQUISITES = "https://developers.google.com/my-business/content/prereqs"
GOOGLE_LIMITS = "https://developers.google.com/my-business/content/limits"
FACEBOOK_EXPLORER = "https://developers.facebook.com/tools/explorer/"
FACEBOOK_DEBUGGER = "https://developers.facebook.com/tools/debug/accesstoken/"
FACEBOOK_APPS = "https://developers.facebook.com/apps/"
TRUSTPILOT_BUSINESS = "https://businessapp.b2b.trustpilot.com/"
TRUSTPILOT_API_DOCS = "https://developers.trustpilot.com/business-units-api-overview"
YELP_FUSION = "https://www.yelp.com/developers/v3/manage_app"


def _link(url: str, text: str) -> str:
    return f'<a href="{escape(url)}">{escape(text)}</a>'


def _page(title: str, steps: list[str], plain: list[str] | None = None) -> str:
    """The guide: ``plain``, the steps in plain words with no link to follow (what a
    receptionist needs to know and do), then the detailed ``steps`` for whoever sets it up."""
    if not plain:
        return f"<h3>{escape(title)}</h3>{_steps(steps)}"
    return (
        f"<h3>{escape(title)}</h3>"
        f"<p><b>{escape(QCoreApplication.translate('ConnectGuide', 'In plain words'))}</b></p>"
        f"{_steps([escape(step) for step in plain])}"
        f"<p><b>{escape(QCoreApplication.translate('ConnectGuide', 'For whoever sets it up'))}"
        f"</b></p>{_steps(steps)}"
    )


def _steps(steps: list[str]) -> str:
    items = "".join(f"<li style='margin-bottom:6px'>{step}</li>" for step in steps)
    return f"<ol style='margin-left:-20px'>{items}</ol>"


def _google() -> str:
    return _page(
        QCoreApplication.translate("ConnectGuide", "Connecting Google Business Profile"),
        [
            QCoreApplication.translate(
                "ConnectGuide",
                "Before you start: Google gives API access only for a Business Profile that is "
                "verified and active for at least 60 days, with a website, and you sign in as "
                "its owner or manager. Google's conditions: {link}.",
            ).format(
                link=_link(
                    GOOGLE_PREREQUISITES,
                    QCoreApplication.translate("ConnectGuide", "prerequisites"),
                )
            ),
            QCoreApplication.translate(
                "ConnectGuide",
                "Create a Google Cloud project for the practice in the {link} (it is free) and "
                "note its project number from the project's dashboard.",
            ).format(
                link=_link(
                    GOOGLE_CLOUD_CONSOLE,
                    QCoreApplication.translate("ConnectGuide", "Cloud console"),
                )
            ),
            QCoreApplication.translate(
                "ConnectGuide",
                "Ask Google for access with the {link} form: give the project number, the "
                "practice's e-mail and that you answer your own practice's reviews. People at "
                "Google review it; it can take days or weeks.",
            ).format(
                link=_link(
                    GOOGLE_ACCESS_FORM,
                    QCoreApplication.translate("ConnectGuide", "Application for Basic API Access"),
                )
            ),
            QCoreApplication.translate(
                "ConnectGuide",
                "Until Google approves it, the project's quota for these APIs stays at 0 "
                "requests per minute and clinicrep says “access not yet approved”: your sign-in "
                "is fine. Do not ask for a quota increase ({link}); wait for Google's e-mail.",
            ).format(
                link=_link(
                    GOOGLE_LIMITS, QCoreApplication.translate("ConnectGuide", "quota limits")
                )
            ),
            QCoreApplication.translate(
                "ConnectGuide",
                "In the project, open APIs & Services → Library and enable “My Business "
                "Account Management API”, “My Business Business Information API” and “Google "
                "My Business API”.",
            ),
            QCoreApplication.translate(
                "ConnectGuide",
                "Open APIs & Services → OAuth consent screen (type External; add your own "
                "address as a test user), then Credentials → Create credentials → OAuth client "
                "ID, application type “Desktop app”. Copy its client ID and client secret into "
                "the two fields here.",
            ),
            QCoreApplication.translate(
                "ConnectGuide",
                "Press Save: your browser opens to sign in with the Google account that manages "
                "the profile. clinicrep then lists the locations of that account and fills in "
                "Account, Location and Place ID; you do not type them.",
            ),
        ],
        [
            QCoreApplication.translate(
                "ConnectGuide",
                "clinicrep reads and answers the practice's Google reviews with a sign-in key "
                "that belongs to the practice. Whoever looks after the practice's Google "
                "account or computers makes it once (the steps below); Google checks the "
                "request, which can take days or weeks.",
            ),
            QCoreApplication.translate(
                "ConnectGuide",
                "The key has two parts, each with its own field here: the client ID, a long "
                "code ending in .apps.googleusercontent.com, and the client secret, a code "
                "starting with GOCSPX- that works like a password. Paste each into its field.",
            ),
            QCoreApplication.translate(
                "ConnectGuide",
                "Press Save. Your browser opens: sign in with the Google account that manages "
                "the practice's profile and allow access. clinicrep fills in the rest itself.",
            ),
            QCoreApplication.translate(
                "ConnectGuide",
                "If clinicrep or Google's page says the key is wrong, copy both parts again "
                "from the same key, or ask whoever made it.",
            ),
        ],
    )


def _facebook() -> str:
    return _page(
        QCoreApplication.translate("ConnectGuide", "Connecting a Facebook Page"),
        [
            QCoreApplication.translate(
                "ConnectGuide",
                "Facebook is retiring access to Page recommendations (Graph API v22.0 and later "
                "refuse it). clinicrep uses v21.0 while Facebook still answers; when it stops, "
                "import the reviews from a file.",
            ),
            QCoreApplication.translate(
                "ConnectGuide",
                "You need a role on the practice's Page that may moderate (full control, or "
                "task access to community activity), and a Meta app of the type “Business” "
                "({link} → Create app).",
            ).format(
                link=_link(FACEBOOK_APPS, QCoreApplication.translate("ConnectGuide", "My Apps"))
            ),
            QCoreApplication.translate(
                "ConnectGuide",
                "Reading recommendations needs the permission pages_read_user_content, which "
                "Meta grants only after the business is verified (Meta Business Suite → "
                "Settings → Security centre).",
            ),
            QCoreApplication.translate(
                "ConnectGuide",
                "Open the {link}, choose your app, add pages_show_list, "
                "pages_read_user_content, pages_read_engagement and pages_manage_engagement, "
                "press “Generate Access Token” and tick the practice's Page.",
            ).format(
                link=_link(
                    FACEBOOK_EXPLORER,
                    QCoreApplication.translate("ConnectGuide", "Graph API Explorer"),
                )
            ),
            QCoreApplication.translate(
                "ConnectGuide",
                "The Explorer's token expires within hours. Extend it in the {link} first: the "
                "Page tokens made from a long-lived user token do not expire.",
            ).format(
                link=_link(
                    FACEBOOK_DEBUGGER,
                    QCoreApplication.translate("ConnectGuide", "Access Token Debugger"),
                )
            ),
            QCoreApplication.translate(
                "ConnectGuide",
                "Paste the user access token below and press “Find my Pages”. Choose the "
                "practice's Page: clinicrep fills in the Page ID and the Page access token. The "
                "user token itself is not kept.",
            ),
        ],
    )


def _trustpilot() -> str:
    return _page(
        QCoreApplication.translate("ConnectGuide", "Connecting Trustpilot"),
        [
            QCoreApplication.translate(
                "ConnectGuide",
                "The Trustpilot API comes with Trustpilot Business plans that include "
                "integrations. In {link} open Integrations → API (or ask Trustpilot's support "
                "to turn API access on).",
            ).format(
                link=_link(
                    TRUSTPILOT_BUSINESS,
                    QCoreApplication.translate("ConnectGuide", "Trustpilot Business"),
                )
            ),
            QCoreApplication.translate(
                "ConnectGuide",
                "Create an application there: Trustpilot shows its API key and API secret. "
                "Copy both into the fields here.",
            ),
            QCoreApplication.translate(
                "ConnectGuide",
                "Type the practice's website as Trustpilot lists it (for example clinic.com) "
                "and press “Find”: clinicrep asks Trustpilot for the business unit ({link}) and "
                "fills in the Business unit ID and the review page.",
            ).format(
                link=_link(
                    TRUSTPILOT_API_DOCS,
                    QCoreApplication.translate("ConnectGuide", "how Trustpilot finds it"),
                )
            ),
            QCoreApplication.translate(
                "ConnectGuide",
                "Business user ID (replies): the Trustpilot Business user the replies are "
                "posted as. Ask Trustpilot's support for it if your account does not show it; "
                "without it clinicrep reads reviews but does not publish replies.",
            ),
            QCoreApplication.translate(
                "ConnectGuide",
                "After Save you sign in once with your Trustpilot Business e-mail and password "
                "so that replies can be published. The password is used once and never stored.",
            ),
        ],
        [
            QCoreApplication.translate(
                "ConnectGuide",
                "clinicrep reads and answers the practice's Trustpilot reviews with two codes "
                "that Trustpilot gives the practice's Trustpilot Business account (on plans "
                "with integrations): the API key and the API secret, which works like a "
                "password.",
            ),
            QCoreApplication.translate(
                "ConnectGuide",
                "Whoever manages that account creates an application under Integrations → API "
                "(the steps below); Trustpilot then shows both codes. Paste each into its field.",
            ),
            QCoreApplication.translate(
                "ConnectGuide",
                "Type the practice's website and press “Find”. After Save, sign in once with "
                "the Trustpilot Business e-mail and password.",
            ),
        ],
    )


def _yelp() -> str:
    return _page(
        QCoreApplication.translate("ConnectGuide", "Connecting Yelp"),
        [
            QCoreApplication.translate(
                "ConnectGuide",
                "Create an app in {link} to get a Yelp Fusion API key, and copy the key here.",
            ).format(
                link=_link(YELP_FUSION, QCoreApplication.translate("ConnectGuide", "Yelp Fusion"))
            ),
            QCoreApplication.translate(
                "ConnectGuide",
                "The Business ID is the last part of the practice's Yelp address: in "
                "yelp.com/biz/family-clinic-krakow it is family-clinic-krakow.",
            ),
            QCoreApplication.translate(
                "ConnectGuide",
                "Yelp gives at most three review excerpts and no way to reply through its API: "
                "clinicrep copies your reply and opens the review's page, and you paste it there.",
            ),
            QCoreApplication.translate(
                "ConnectGuide",
                "Business time zone: Yelp gives review times in the business's local time. "
                "clinicrep suggests this computer's time zone; change it if the practice is "
                "elsewhere.",
            ),
        ],
    )


GUIDES = {"google": _google, "facebook": _facebook, "trustpilot": _trustpilot, "yelp": _yelp}


def guide_html(kind: str) -> str:
    """The guide for a kind of source in the UI language, or "" when it needs none."""
    make = GUIDES.get(kind)
    return make() if make else ""
