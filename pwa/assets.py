"""Static files with content-hashed names, cached for a year, compressed once.

Every file under static/ is read at start-up, hashed, and compressed with brotli
(quality 11) and gzip (level 9). Templates link `asset_url("css/site.css")`, which
gives /static/css/site.1a2b3c4d5e.css: a new version gets a new URL, so browsers
may keep each one forever.

The stylesheet costs a second round trip before anything is painted (2 s on "3G"), so
a browser that has not fetched it yet gets it inline, in a <style> element the
Content-Security-Policy allows by its hash. Sending the stylesheet file sets a cookie
naming its version: from then on pages link the file, which the browser (or the service
worker, which fetches it when it installs) already holds.
"""
import base64
import gzip
import hashlib
import mimetypes
import re
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import brotli
import rjsmin
from flask import Response, abort, g, request
from markupsafe import Markup

from pwa import icons

YEAR = 365 * 24 * 3600
BRAND = re.compile(rb"--brand: *#[0-9a-fA-F]{3,8}")
STYLESHEET = "css/site.css"
PRINT_RULES = "@media print {"  # the last block of the stylesheet
STYLESHEET_COOKIE = "stylesheet"  # the version of STYLESHEET this browser holds
COMPRESSIBLE = (".css", ".js", ".svg", ".json", ".webmanifest", ".txt")


def lean_css(body: bytes) -> bytes:
    """The stylesheet without its comments and indentation: they are for its authors,
    and cost every first visit a kilobyte, compressed."""
    css = re.sub(r"/\*.*?\*/", "", body.decode(), flags=re.S)
    return "\n".join(line.strip() for line in css.splitlines() if line.strip()).encode()


@dataclass
class Asset:
    name: str  # the hashed name
    body: bytes
    mimetype: str
    br: bytes | None
    gz: bytes | None


class Assets:
    def __init__(self, folder: Path, rewrite: dict | None = None):
        """`rewrite`: source name → function of its bytes, applied before hashing."""
        self.by_source: dict[str, Asset] = {}
        self.by_hashed: dict[str, Asset] = {}
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            source = path.relative_to(folder).as_posix()
            body = path.read_bytes()
            if source in (rewrite or {}):
                body = rewrite[source](body)
            digest = hashlib.sha256(body).hexdigest()[:10]
            if path.suffix == ".css":
                body = lean_css(body)
            elif path.suffix == ".js" and not path.name.endswith(".min.js"):
                # comments and indentation are for the code's authors, not for phones
                body = rjsmin.jsmin(body.decode()).encode()
            stem, dot, ext = source.rpartition(".")
            hashed = f"{stem}.{digest}.{ext}" if dot else f"{source}.{digest}"
            squeeze = path.suffix in COMPRESSIBLE
            asset = Asset(hashed, body,
                          mimetypes.guess_type(path.name)[0] or "application/octet-stream",
                          brotli.compress(body, quality=11) if squeeze else None,
                          gzip.compress(body, 9, mtime=0) if squeeze else None)
            self.by_source[source] = self.by_hashed[hashed] = asset

    def url(self, source: str) -> str:
        return "/static/" + self.by_source[source].name

    @property
    def stylesheet_version(self) -> str:
        return self.by_source[STYLESHEET].name.rsplit(".", 2)[-2]

    def inline_stylesheet(self) -> Markup:
        # The print rules stay in the file only: a first visit paints sooner without them,
        # and the linked stylesheet (every later page) prints as it should.
        css = self.by_source[STYLESHEET].body.decode().rsplit(PRINT_RULES, 1)[0]
        assert "</" not in css, "the stylesheet would end its own <style> element"
        return Markup(css)

    def style_hash(self) -> str:
        """The CSP source that allows exactly the inline stylesheet, and nothing else."""
        digest = hashlib.sha256(self.inline_stylesheet().encode()).digest()
        return "'sha256-" + base64.b64encode(digest).decode() + "'"

    def stylesheet_cached(self) -> bool:
        """True: link the stylesheet (the browser has it, or the page asked to link it)."""
        return (g.get("link_stylesheet", False)
                or request.cookies.get(STYLESHEET_COOKIE) == self.stylesheet_version)

    def response(self, hashed: str) -> Response:
        asset = self.by_hashed.get(hashed)
        if asset is None:
            abort(404)
        accepted = request.accept_encodings
        body, encoding = asset.body, None
        if asset.br and accepted["br"]:
            body, encoding = asset.br, "br"
        elif asset.gz and accepted["gzip"]:
            body, encoding = asset.gz, "gzip"
        response = Response(body, mimetype=asset.mimetype)
        if encoding:
            response.headers["Content-Encoding"] = encoding
        if asset.br:
            response.vary.add("Accept-Encoding")
        response.headers["Cache-Control"] = f"public, max-age={YEAR}, immutable"
        if hashed == self.by_source[STYLESHEET].name:
            # Only the version, no identifier: strictly necessary to send pages without
            # styles the browser already has (PECR reg 6(4)(b)), so no consent needed.
            response.set_cookie(STYLESHEET_COOKIE, self.stylesheet_version, max_age=YEAR,
                                httponly=True, samesite="Lax", secure=request.is_secure)
        return response


def init_app(app, folder: Path):
    colour = app.config["COUNCIL_COLOUR"]
    in_colour = {name: partial(icons.in_colour, colour) for name, *_drawing in icons.ICONS}
    assets = Assets(folder, {"css/site.css": partial(_brand, colour),
                             icons.FAVICON: partial(icons.svg_in_colour, colour), **in_colour})
    app.extensions["assets"] = assets
    app.add_url_rule("/static/<path:hashed>", "static", assets.response)
    app.config.setdefault("CSP_STYLE_HASHES", []).append(assets.style_hash())


def _brand(colour: str, css: bytes) -> bytes:
    """The council's colour in the stylesheet, so it stays one static, cacheable file
    (the Content-Security-Policy allows no inline styles)."""
    return BRAND.sub(b"--brand: " + colour.encode(), css, count=1)
