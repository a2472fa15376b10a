"""Byte budgets: phones on slow, metered connections pay for
every byte. Sizes are measured as sent: brotli, the encoding every current browser asks for."""
import gzip
import re

import brotli
import pytest
from bs4 import BeautifulSoup

KB = 1000
BR = {"Accept-Encoding": "br, gzip"}
HTML_BUDGET = 14 * KB  # the first TCP round trip (RFC 6928: 10 × 1,460 B)
CSS_BUDGET = 10 * KB
JS_BUDGET = 20 * KB
FIRST_VISIT_BUDGET = 30 * KB


@pytest.fixture
def key_pages(demo_services):
    busiest = max((s for s in demo_services if s["status"] == "active"),
                  key=lambda s: len(str(s)))  # the service with the most to say
    return ["/", "/services", "/services?q=speech", f"/services/{busiest['slug']}",
            f"/organisations/{busiest['organisation']}", "/nowhere"]


def sent_size(response) -> int:
    """Bytes on the wire: the body as encoded."""
    return len(response.get_data())


def subresources(html: str):
    soup = BeautifulSoup(html, "html.parser")
    css = [link["href"] for link in soup.select("link[rel=stylesheet]")]
    js = [s["src"] for s in soup.select("script[src]")]
    return soup, css, js


def test_html_fits_the_first_round_trip(client, key_pages):
    for path in key_pages:
        response = client.get(path, headers=BR)
        if response.status_code == 200:  # Flask-Compress leaves error pages as they are
            assert response.headers["Content-Encoding"] == "br", path
        size = sent_size(response)
        assert size <= HTML_BUDGET, f"{path}: {size} bytes compressed > {HTML_BUDGET}"


def test_css_and_js_budgets(client, key_pages):
    for path in key_pages:
        soup, css, js = subresources(client.get(path).get_data(as_text=True))
        inline = sum(len(brotli.compress(s.string.encode())) for s in soup.select("style"))
        css_bytes = inline + sum(sent_size(client.get(u, headers=BR)) for u in css)
        js_bytes = sum(sent_size(client.get(u, headers=BR)) for u in js)
        assert css_bytes <= CSS_BUDGET, f"{path}: CSS {css_bytes} B"
        assert js_bytes <= JS_BUDGET, f"{path}: JS {js_bytes} B"


GZ = {"Accept-Encoding": "gzip, deflate"}  # what Chromium asks for over plain HTTP


@pytest.mark.parametrize("lang", ["", "/ar"])
def test_first_visit_total(client, key_pages, lang):
    """Everything a new visitor's browser fetches, as bench/wire.py counts it at the socket
    (less the headers): the page, and every file it links. Gzip, not brotli: browsers
    only ask for brotli over HTTPS, so this is the dearer case."""
    for path in key_pages[:4]:
        response = client.get(lang + path, headers=GZ)
        assert response.status_code == 200
        soup, css, js = subresources(gzip.decompress(response.get_data()).decode())
        assert not css and soup.select("style"), f"{path}: the first visit needs one round trip"
        assert not soup.select("link[rel=manifest]"), f"{path}: the manifest can wait"
        icons = [link["href"] for link in soup.select("link[rel~=icon]")]
        files = [client.get(u, headers=GZ) for u in js + icons]
        assert all(f.status_code == 200 for f in files)
        total = sent_size(response) + sum(sent_size(f) for f in files)
        assert total <= FIRST_VISIT_BUDGET - 2 * KB, f"{lang}{path}: first visit {total} B"


def test_later_visits_link_the_stylesheet_the_browser_holds(client):
    url = client.application.extensions["assets"].url("css/site.css")
    assert client.get(url).headers["Set-Cookie"].startswith("stylesheet=")
    soup, css, _js = subresources(client.get("/").get_data(as_text=True))
    assert css == [url] and not soup.select("style")


def test_favicon_is_small_and_never_a_not_found_page(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200 and response.mimetype == "image/svg+xml"
    assert len(response.get_data()) < 500


def test_only_css_blocks_rendering_and_nothing_comes_from_another_host(client, key_pages):
    for path in key_pages:
        soup = BeautifulSoup(client.get(path).get_data(as_text=True), "html.parser")
        # a JSON-LD block is data, never run, so it blocks nothing
        for script in soup.select("script:not([type='application/ld+json'])"):
            assert script.has_attr("src") and script.has_attr("defer"), f"{path}: {script}"
        for tag, attr in (("link", "href"), ("script", "src"), ("img", "src"),
                          ("source", "srcset"), ("iframe", "src")):
            for el in soup.find_all(tag):
                url = el.get(attr, "")
                other_host = re.match(r"^(https?:)?//", url) and not url.startswith("http://localhost/")
                assert not other_host, f"{path}: {tag} from another host: {url}"


def test_no_web_fonts(client):
    css = client.get(client.application.extensions["assets"].url("css/site.css")).get_data(as_text=True)
    assert "@font-face" not in css and "@import" not in css


def test_static_files_have_hashed_names_and_a_year_of_cache(client):
    _, _css, js = subresources(client.get("/").get_data(as_text=True))
    css = [client.application.extensions["assets"].url("css/site.css")]
    for url in css + js:
        assert re.search(r"\.[0-9a-f]{10}\.(css|js)$", url), url
        response = client.get(url, headers=BR)
        assert response.status_code == 200
        assert "max-age=31536000" in response.headers["Cache-Control"]
        assert "immutable" in response.headers["Cache-Control"]
        assert "Accept-Encoding" in response.headers["Vary"]


def test_old_or_unknown_static_names_are_not_found(client):
    assert client.get("/static/css/site.css").status_code == 404
    assert client.get("/static/css/site.0000000000.css").status_code == 404


def test_gzip_for_browsers_without_brotli(client):
    response = client.get("/", headers={"Accept-Encoding": "gzip"})
    assert response.headers["Content-Encoding"] == "gzip"


def test_pages_revalidate_with_an_etag_and_a_304(client):
    first = client.get("/", headers=BR)
    etag = first.headers["ETag"]
    assert first.headers["Cache-Control"] == "public, max-age=0, s-maxage=300"
    again = client.get("/", headers={**BR, "If-None-Match": etag})
    assert again.status_code == 304 and not again.get_data()
    changed = client.get("/", headers={**BR, "If-None-Match": '"something-else"'})
    assert changed.status_code == 200 and changed.get_data() == first.get_data()


@pytest.mark.parametrize("lang", ["", "/ar"])
def test_a_new_visitor_s_results_and_service_pages_are_public(app, key_pages, lang):
    """Their Save buttons carry no token, so nothing starts a session: a CDN may keep them."""
    for path in key_pages[1:4]:
        response = app.test_client().get(lang + path)
        assert response.headers["Cache-Control"] == "public, max-age=0, s-maxage=300", path
        assert "Set-Cookie" not in response.headers, path
        html = response.get_data(as_text=True)
        assert "csrf_token" not in html and 'class="save"' in html, path
        vary = {v.strip() for v in response.headers["Vary"].split(",")}
        assert vary <= {"Cookie", "Save-Data", "Accept-Encoding", "HX-Request"}, path


def test_pages_with_someone_s_own_things_are_private(app, client, key_pages, login):
    feedback = client.get("/feedback")  # a form with a token: a session starts
    assert feedback.headers["Cache-Control"] == "private, no-cache"
    service = client.get(key_pages[3])  # this visitor's Save form now carries it too
    assert service.headers["Cache-Control"] == "private, no-cache"
    assert 'name="csrf_token"' in service.get_data(as_text=True)
    saver = app.test_client()
    saver.set_cookie("saved", "some-service")
    assert saver.get("/").headers["Cache-Control"] == "private, no-cache"
    signed_in = login("editor").get(key_pages[3])
    assert signed_in.headers["Cache-Control"] == "no-store"
    assert 'name="csrf_token"' in signed_in.get_data(as_text=True)


def test_a_page_that_sets_a_cookie_is_never_public(client, key_pages):
    response = client.get(key_pages[3] + "?easy_read=1")  # remembered in the display cookie
    assert response.headers["Set-Cookie"].startswith("display=")
    assert response.headers["Cache-Control"] == "private, no-cache"


def test_the_worker_revalidates_for_a_few_bytes(client):
    worker = client.get("/sw.js")
    assert worker.headers["Cache-Control"] == "no-cache"
    assert client.get("/sw.js", headers={"If-None-Match": worker.headers["ETag"]}).status_code == 304
