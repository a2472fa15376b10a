"""Languages in the URL, direction, the switcher and the first-visit offer.

These run on an app with Polish and Urdu switched on, whether or not their catalogues
exist yet, so they test the machinery rather than the translations."""
import pytest
from bs4 import BeautifulSoup

from pages import check_invariants
from pwa import create_app
from pwa.cli import upgrade


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path_factory.mktemp('i18n') / 'i.db'}",
                      "LANGUAGES": ["en", "pl", "ur"]})
    upgrade(app)
    return app.test_client()


def get(client, path, **kwargs):
    response = client.get(path, **kwargs)
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    if response.status_code in (200, 404):
        check_invariants(soup, path)
    soup.response = response
    return soup


def test_the_language_is_in_the_url(client):
    for path, lang, direction in (("/", "en", "ltr"), ("/pl/", "pl", "ltr"), ("/ur/", "ur", "rtl"),
                                  ("/pl/services?age=5-10", "pl", "ltr")):
        soup = get(client, path)
        assert soup.response.status_code == 200, path
        assert soup.html["lang"] == lang and soup.html["dir"] == direction, path
        assert soup.response.headers["Content-Language"] == lang


def test_links_keep_the_language(client):
    soup = get(client, "/pl/")
    local = [a["href"] for a in soup.select("main a[href^='/']:not([hreflang])")]  # hreflang: another language on purpose
    assert local and all(h.startswith("/pl/") for h in local), local
    assert soup.select_one("form[role=search]")["action"] == "/pl/services"


def test_static_files_and_the_service_worker_are_shared_by_every_language(client):
    client.get(client.application.extensions["assets"].url("css/site.css"))
    soup = get(client, "/ur/")
    assert soup.select_one("link[rel=stylesheet]")["href"].startswith("/static/")
    assert soup.select_one("script[data-sw]")["data-sw"] == "/sw.js"
    assert client.get("/ur/sw.js").status_code == 200  # still served, scope stays "/"


def test_unknown_prefixes_are_just_paths(client):
    assert client.get("/xx/").status_code == 404
    assert client.get("/de/services").status_code == 404  # not a language we offer


def test_switcher_links_to_this_page_with_its_filters_in_each_language(client):
    soup = get(client, "/pl/services?age=5-10&free=y")
    links = soup.select("#languages a")
    assert [a["hreflang"] for a in links] == ["en", "pl", "ur"]
    assert [a["lang"] for a in links] == ["en", "pl", "ur"]
    assert [a.get_text() for a in links] == ["English", "Polski", "اردو"]
    assert links[0]["href"] == "/services?age=5-10&free=y"
    assert links[2]["href"] == "/ur/services?age=5-10&free=y" and links[2]["dir"] == "rtl"
    assert links[1]["aria-current"] == "true"


def test_alternates_for_each_language_and_x_default(client):
    soup = get(client, "/pl/services")
    alternates = {link["hreflang"]: link["href"] for link in soup.select("link[rel=alternate]")}
    assert alternates == {"en": "http://localhost/services", "x-default": "http://localhost/services",
                          "pl": "http://localhost/pl/services", "ur": "http://localhost/ur/services"}


def test_english_pages_offer_the_browser_language_without_varying_by_it(client):
    """The page is the same for every browser (a shared cache keeps one copy): it holds
    the place for the offer, which app.js asks of the preferred language by URL."""
    urdu = get(client, "/services?age=5-10", headers={"Accept-Language": "ur-PK,ur;q=0.9,en;q=0.5"})
    english = get(client, "/services?age=5-10", headers={"Accept-Language": "en-GB"})
    assert urdu.response.status_code == 200  # no redirect, so never a loop
    assert "Accept-Language" not in urdu.response.headers.get("Vary", "")
    assert urdu.response.get_data() == english.response.get_data()
    slot = urdu.select_one("#language-offer")
    assert slot["data-offer"] == "/language-offer?page=/services?age%3D5-10"
    assert not get(client, "/ur/services").select("#language-offer")  # only English pages

    offer_response = client.get("/ur" + slot["data-offer"])
    offer = BeautifulSoup(offer_response.get_data(as_text=True), "html.parser").select_one(".language-offer")
    assert offer["lang"] == "ur" and offer["dir"] == "rtl"
    assert offer.a["href"] == "/ur/services?age=5-10" and offer.a["hreflang"] == "ur"
    assert offer_response.headers["Cache-Control"] == "public, max-age=86400"
    assert "Accept-Language" not in offer_response.headers.get("Vary", "")
    assert client.get(slot["data-offer"]).status_code == 204  # English offers nothing
    for page in ("", "https://elsewhere.example/", "//elsewhere.example/"):
        assert client.get("/ur/language-offer", query_string={"page": page}).status_code == 204


def test_forms_and_redirects_stay_in_the_language(client):
    response = client.get("/pl/admin/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/pl/sign-in?next=/pl/admin/")


def test_manifest_and_offline_page_per_language(client):
    assert client.get("/pl/manifest.webmanifest").json["start_url"] == "/pl/"
    settings = client.get("/sw.js").get_data(as_text=True)
    assert '"/pl/offline"' in settings and '"/ur/offline"' in settings and '"/offline"' in settings




def test_one_cached_copy_of_an_english_page_serves_every_browser_language(client):
    """A shared cache may keep one copy for all: the page does not vary by the browser's
    languages, and its ETag still matches whatever languages the next browser asks for."""
    first = client.get("/", headers={"Accept-Language": "pl"})
    assert first.headers["Cache-Control"] == "public, max-age=0, s-maxage=300"
    assert "Accept-Language" not in first.headers["Vary"]
    again = client.get("/", headers={"Accept-Language": "ar, en;q=0.5", "If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
