"""Installable and offline: manifest, service worker, offline page, icons,
and Save-Data."""
import re
import struct

import pytest
from bs4 import BeautifulSoup
from flask import render_template_string

from pwa.install.views import NEVER_CACHE

BR = {"Accept-Encoding": "br"}


def fetch_stylesheet(client):
    """What the service worker does when it installs: the browser now holds the files."""
    assert client.get(client.application.extensions["assets"].url("css/site.css")).status_code == 200


def test_pages_link_the_manifest_once_the_browser_holds_the_files(client, page):
    assert not page("/").select_one("link[rel=manifest]")  # a one-page visit never pays for it
    fetch_stylesheet(client)
    soup = page("/")
    assert soup.select_one("link[rel=manifest]")["href"] == "/manifest.webmanifest"
    assert soup.select_one("meta[name=theme-color]")["content"] == "#0b3d6e"
    app_js = soup.select_one("script[data-sw]")
    assert app_js["data-sw"] == "/sw.js" and app_js.has_attr("defer")


def test_manifest_makes_the_app_installable(client):
    response = client.get("/manifest.webmanifest")
    assert response.mimetype == "application/manifest+json"
    m = response.get_json()
    assert m["name"] == "Millbrook Local Offer" and m["short_name"] == "Local Offer"
    assert (m["start_url"], m["scope"], m["display"]) == ("/", "/", "standalone")
    assert m["theme_color"] == m["background_color"] == "#0b3d6e"
    sizes = {(i["sizes"], i["purpose"]) for i in m["icons"]}
    assert sizes == {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")}
    for icon in m["icons"]:
        png = client.get(icon["src"])
        assert png.status_code == 200 and png.mimetype == "image/png"
        assert "immutable" in png.headers["Cache-Control"]
        width, height = struct.unpack(">II", png.data[16:24])  # from the IHDR chunk
        assert f"{width}x{height}" == icon["sizes"]


def test_service_worker_is_served_for_the_whole_site_and_always_revalidated(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response.mimetype == "text/javascript"
    assert response.headers["Cache-Control"] == "no-cache"
    assert response.headers["Service-Worker-Allowed"] == "/"


def sw_settings(client):
    source = client.get("/sw.js").get_data(as_text=True)
    import json
    return source, json.loads(re.search(r"const SETTINGS = (\{.*?\});\n", source)[1])


def test_worker_precaches_hashed_static_files_and_the_offline_page(client):
    source, settings = sw_settings(client)
    fetch_stylesheet(client)
    home = BeautifulSoup(client.get("/").get_data(as_text=True), "html.parser")
    page_assets = [link["href"] for link in home.select("link[rel=stylesheet]")] + \
                  [s["src"] for s in home.select("script[src]")]
    assert set(page_assets) <= set(settings["precache"])  # exactly what pages load
    # the default language's offline page at install; the others when a page in them loads
    assert "/offline" in settings["precache"] and settings["offline"][0] == "/offline"
    assert not [u for u in settings["precache"] if u.endswith("/offline") and u != "/offline"]
    assert "/ar/offline" in settings["offline"] and "/pl/offline" in settings["offline"]
    assert "keepOfflinePage(url)" in source
    assert not [u for u in settings["precache"] if u.endswith(".png")]  # icons: the manifest's
    assert not [u for u in settings["precache"] if re.search(NEVER_CACHE, u) or "/saved" in u]
    assert re.fullmatch(r"[0-9a-f]{10}", settings["version"])
    assert '"static-" + SETTINGS.version' in source  # versioned cache name
    for needed in ("skipWaiting", "clients.claim", "caches.delete", 'request.method !== "GET"',
                   'headers.has("HX-Request")', 'credentials: "omit"'):
        assert needed in source, needed


@pytest.mark.parametrize("path, never", [
    ("/admin", True), ("/admin/users", True), ("/account", True), ("/sign-in", True),
    ("/sign-in/code", True), ("/reset-password/abc", True), ("/pl/admin/x", True),
    ("/services/admin-support", False), ("/administration", False), ("/saved", False),
    ("/", False)])
def test_never_cache_rule(path, never):
    assert bool(re.search(NEVER_CACHE, path)) is never


def test_worker_and_its_precache_stay_small(client):
    """Data thrift: what a first visit and an install cost a phone on a metered plan."""
    sw = client.get("/sw.js", headers=BR)
    assert sw.headers.get("Content-Encoding") == "br"
    assert len(sw.data) <= 3000, len(sw.data)
    _source, settings = sw_settings(client)
    precached = sum(len(client.get(u, headers=BR).data) for u in settings["precache"])
    assert precached <= 30_000, precached


def test_offline_page(page):
    soup = page("/offline")
    assert soup.h1.get_text() == "You are offline"
    assert soup.select_one("main a[href='/saved']")


def test_saved_on_notice_is_hidden_until_the_worker_shows_it(page):
    soup = page("/services/speech-and-language-therapy-under-5s")
    notice = soup.select_one("[data-saved-on]")
    assert notice.has_attr("hidden") and notice["data-saved-on"] == "en-GB"
    assert notice.select_one("time") and "Saved on" in notice.get_text()


def test_save_data_drops_images(app):
    template = ('{% from "macros/images.html" import image %}'
                '{{ image("/static/x.svg", alt="A bus", width=40, height=40) }}')
    with app.test_request_context("/"):
        assert '<img src="/static/x.svg" alt="A bus"' in render_template_string(template)
    with app.test_request_context("/", headers={"Save-Data": "on"}):
        assert render_template_string(template).strip() == ""


def test_pages_vary_on_save_data(client):
    assert "Save-Data" in client.get("/").headers["Vary"]
