"""Headers, CSRF and escaping."""
import base64
import hashlib
import re

import pytest
from bs4 import BeautifulSoup
from flask import render_template_string, request

from pwa import create_app


@pytest.mark.parametrize("path", ["/", "/services?q=x", "/nowhere"])
def test_security_headers_on_every_response(client, path):
    headers = client.get(path).headers
    csp = headers["Content-Security-Policy"]
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "script-src 'self'" in csp and "style-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_pages_have_no_inline_script_or_style(client):
    soup = BeautifulSoup(client.get("/services?q=speech").get_data(as_text=True), "html.parser")
    assert not soup.select("script:not([src])"), "inline script would be blocked by the CSP"
    assert not soup.select("[style]"), "inline style would be blocked by the CSP"
    assert not [el for el in soup.find_all(True) if any(a.startswith("on") for a in el.attrs)]
    assert not soup.select("[hx-on], [hx-vals^='js:']"), "htmx eval is off under the CSP"


def test_the_inline_stylesheet_is_allowed_by_its_hash_alone(client):
    """A first visit gets the stylesheet inline (one round trip to first paint): the CSP
    names its hash, so any other inline style stays blocked."""
    response = client.get("/services?q=speech")
    styles = BeautifulSoup(response.get_data(as_text=True), "html.parser").select("style")
    assert len(styles) == 1
    digest = base64.b64encode(hashlib.sha256(styles[0].string.encode()).digest()).decode()
    style_src = re.search(r"style-src ([^;]*)", response.headers["Content-Security-Policy"])[1]
    assert style_src.split() == ["'self'", f"'sha256-{digest}'"]


def test_htmx_is_configured_for_the_csp(client):
    soup = BeautifulSoup(client.get("/").get_data(as_text=True), "html.parser")
    config = soup.select_one("meta[name=htmx-config]")["content"]
    assert '"includeIndicatorStyles":false' in config and '"allowEval":false' in config
    assert '"historyRestoreAsHxRequest":false' in config


def test_state_changes_need_a_csrf_token(tmp_path):
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'empty.db'}"})

    @app.route("/_change", methods=["GET", "POST"])
    def change():
        return render_template_string('<input name="csrf_token" value="{{ csrf_token() }}">') \
            if request.method == "GET" else "changed"

    client = app.test_client()
    assert client.post("/_change").status_code == 400
    form = BeautifulSoup(client.get("/_change").get_data(as_text=True), "html.parser")
    token = form.select_one("input[name=csrf_token]")["value"]
    assert client.post("/_change", data={"csrf_token": token}).get_data(as_text=True) == "changed"


def test_user_input_is_escaped(client):
    body = client.get("/services?q=<script>alert(1)</script>").get_data(as_text=True)
    assert "<script>alert(1)" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
