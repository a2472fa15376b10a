"""The offline contract (pwa/offline.py), from both ends: what the server renders and
sends, and what static/js/app.js and the service worker read."""
import json
import re
from pathlib import Path

from pages import csrf_token
from pwa import offline

ROOT = Path(__file__).resolve().parent.parent
APP_JS = (ROOT / "static" / "js" / "app.js").read_text(encoding="utf-8")
SW_JS = (ROOT / "templates" / "install" / "sw.js").read_text(encoding="utf-8")


def test_the_scripts_read_the_names_the_server_writes():
    for event in (offline.SAVE_EVENT, offline.REMOVE_EVENT):
        assert f'addEventListener("{event}"' in APP_JS
    for attribute in (offline.SYNC, offline.PAGE, offline.SAVED_ON, offline.READY):
        assert f"[{attribute}" in APP_JS, attribute
    assert offline.SAVED_ON in SW_JS


def test_the_workers_saved_on_pattern_matches_the_rendered_notice(client):
    """The worker finds the notice in a stored page's HTML with a regular expression:
    it must match what the server renders, and the <time> it fills must be there."""
    source = re.search(r"html\.replace\(/(.+?)/,", SW_JS).group(1).replace(r"\/", "/")
    for path in ("/saved", "/services/speech-and-language-therapy-under-5s"):  # the pages it keeps
        match = re.search(source, client.get(path).get_data(as_text=True))  # the markup as sent
        assert match and match.group(2) == "en-GB", path


def test_save_names_the_pages_to_keep_and_the_saved_page_lists_them(client, page):
    slug = "speech-and-language-therapy-under-5s"
    token = csrf_token(client, f"/services/{slug}")
    response = client.post("/saved", data={"csrf_token": token, "slug": slug, "next": "/saved"},
                           headers={"HX-Request": "true"})
    trigger = json.loads(response.headers["HX-Trigger"])
    assert trigger == {offline.SAVE_EVENT: {"page": f"/services/{slug}", "list": "/saved"}}
    soup = page("/saved")
    sync = soup.select_one(f"[{offline.SYNC}]")
    assert sync[offline.SYNC] == "/saved"
    assert [a["href"] for a in sync.select(f"a[{offline.PAGE}]")] == [f"/services/{slug}"]


def test_the_saved_page_claims_offline_reading_only_where_a_worker_runs(page, client):
    """Without JavaScript no worker stores pages: the promise is hidden until app.js
    finds a worker controlling the page; what is true without one is said plainly."""
    empty = page("/saved")
    slug = "speech-and-language-therapy-under-5s"
    client.post("/saved", data={"csrf_token": csrf_token(client, f"/services/{slug}"), "slug": slug})
    full = page("/saved")
    assert "This list is kept in this browser" in full.main.get_text()
    for soup in (empty, full):
        claims = [p for p in soup.select("main p") if "without a signal" in p.get_text()]
        assert claims and all(p.has_attr(offline.READY) and p.has_attr("hidden") for p in claims)
