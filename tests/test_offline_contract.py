"""The offline contract (pwa/offline.py), from both ends: what the server renders and
sends, and what static/js/app.js and the service worker read."""
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from pages import SAME_ORIGIN
from pwa import offline

ROOT = Path(__file__).resolve().parent.parent
APP_JS = (ROOT / "static" / "js" / "app.js").read_text(encoding="utf-8")
SW_JS = (ROOT / "templates" / "install" / "sw.js").read_text(encoding="utf-8")


def test_the_scripts_read_the_names_the_server_writes(client):
    for event in (offline.SAVE_EVENT, offline.REMOVE_EVENT):
        assert f'addEventListener("{event}"' in APP_JS
    for attribute in (offline.SYNC, offline.PAGE, offline.SAVED_ON, offline.READY):
        assert f"[{attribute}" in APP_JS, attribute
    worker = client.get("/sw.js").get_data(as_text=True)
    assert "SETTINGS.savedOn" in SW_JS and f'"savedOn": "{offline.SAVED_ON}"' in worker


def show_saved_on(worker: str, html: str, when: str) -> str:
    """The worker's own showSavedOn, run by Node over a page as the server sent it."""
    script = ("globalThis.self = {addEventListener() {}, location: {origin: 'http://localhost'}};\n"
              + worker + "\nprocess.stdout.write(showSavedOn(require('fs').readFileSync(0, 'utf8'), "
              f"new Date({json.dumps(when)})));")
    done = subprocess.run(["node", "-e", script], input=html, capture_output=True, text=True, check=True)
    return done.stdout


@pytest.mark.skipif(not shutil.which("node"), reason="needs Node to run the worker's code")
@pytest.mark.parametrize("path, date", [("/saved", "5 January 2026"),
                                        ("/services/speech-and-language-therapy-under-5s", "5 January 2026"),
                                        ("/pl/saved", "5 stycznia 2026")])
def test_the_worker_shows_the_saved_on_notice_of_the_page_the_server_renders(client, path, date):
    """Both ends at once: the markup the server sends, through the worker's code."""
    worker = client.get("/sw.js").get_data(as_text=True)
    html = client.get(path).get_data(as_text=True)
    before = BeautifulSoup(html, "html.parser").select(f"[{offline.SAVED_ON}]")
    assert len(before) == 1 and before[0].has_attr("hidden") and before[0].select_one("time").get_text() == ""
    soup = BeautifulSoup(show_saved_on(worker, html, "2026-01-05T10:00:00Z"), "html.parser")
    notice = soup.select_one(f"[{offline.SAVED_ON}]")
    assert not notice.has_attr("hidden")
    assert notice.select_one("time")["datetime"] == "2026-01-05T10:00:00.000Z"
    assert notice.select_one("time").get_text() == date
    assert len(soup.find_all(True)) == len(BeautifulSoup(html, "html.parser").find_all(True))


def test_save_names_the_pages_to_keep_and_the_saved_page_lists_them(client, page):
    slug = "speech-and-language-therapy-under-5s"
    response = client.post("/saved", data={"slug": slug, "next": "/saved"},
                           headers={"HX-Request": "true", **SAME_ORIGIN})
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
    client.post("/saved", data={"slug": slug}, headers=SAME_ORIGIN)
    full = page("/saved")
    assert "This list is kept in this browser" in full.main.get_text()
    for soup in (empty, full):
        claims = [p for p in soup.select("main p") if "without a signal" in p.get_text()]
        assert claims and all(p.has_attr(offline.READY) and p.has_attr("hidden") for p in claims)
