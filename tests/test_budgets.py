"""Byte budgets (DEVELOPERS.md, issue 2): phones on slow, metered connections pay for
every byte. Sizes are measured as sent: brotli, the encoding every current browser asks for."""
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
    css = [l["href"] for l in soup.select("link[rel=stylesheet]")]
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
        _, css, js = subresources(client.get(path).get_data(as_text=True))
        css_bytes = sum(sent_size(client.get(u, headers=BR)) for u in css)
        js_bytes = sum(sent_size(client.get(u, headers=BR)) for u in js)
        assert css_bytes <= CSS_BUDGET, f"{path}: CSS {css_bytes} B"
        assert js_bytes <= JS_BUDGET, f"{path}: JS {js_bytes} B"


def test_first_visit_total(client, key_pages):
    for path in key_pages:
        response = client.get(path, headers=BR)
        _, css, js = subresources(response.get_data(as_text=True) if not response.headers.get(
            "Content-Encoding") else brotli.decompress(response.get_data()).decode())
        total = sent_size(response) + sum(sent_size(client.get(u, headers=BR)) for u in css + js)
        assert total <= FIRST_VISIT_BUDGET, f"{path}: first visit {total} B"


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
    css = client.get(BeautifulSoup(client.get("/").get_data(as_text=True), "html.parser")
                     .select_one("link[rel=stylesheet]")["href"]).get_data(as_text=True)
    assert "@font-face" not in css and "@import" not in css


def test_static_files_have_hashed_names_and_a_year_of_cache(client):
    _, css, js = subresources(client.get("/").get_data(as_text=True))
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
