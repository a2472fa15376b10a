"""Static files with content-hashed names, cached for a year, compressed once.

Every file under static/ is read at start-up, hashed, and compressed with brotli
(quality 11) and gzip (level 9). Templates link `asset_url("css/site.css")`, which
gives /static/css/site.1a2b3c4d5e.css: a new version gets a new URL, so browsers
may keep each one forever.
"""
import gzip
import hashlib
import mimetypes
import re
from dataclasses import dataclass
from pathlib import Path

from functools import partial

import brotli
from flask import Response, abort, request

YEAR = 365 * 24 * 3600
BRAND = re.compile(rb"--brand: *#[0-9a-fA-F]{3,8}")
COMPRESSIBLE = (".css", ".js", ".svg", ".json", ".webmanifest", ".txt")


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
        return response


def init_app(app, folder: Path):
    assets = Assets(folder, {"css/site.css": partial(_brand, app.config["COUNCIL_COLOUR"])})
    app.extensions["assets"] = assets
    app.add_url_rule("/static/<path:hashed>", "static", assets.response)


def _brand(colour: str, css: bytes) -> bytes:
    """The council's colour in the stylesheet, so it stays one static, cacheable file
    (the Content-Security-Policy allows no inline styles)."""
    return BRAND.sub(b"--brand: " + colour.encode(), css, count=1)
