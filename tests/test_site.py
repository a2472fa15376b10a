"""Facts every area shares: the site-wide error pages and the names every template can use."""
import struct
import zlib

import pytest
from bs4 import BeautifulSoup
from flask import abort
from sqlmodel import Session, select

from pages import PASSWORD, check_invariants, sign_in_as
from pwa import create_app
from pwa.cli import DEMO_DATA, upgrade
from pwa.models import Location, Organization, Service
from pwa.models.accounts import User
from pwa.queries import loader
from pwa.queries.accounts import set_password


def test_a_rate_limit_outside_sign_in_gets_the_site_page_not_the_sign_in_one(tmp_path):
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'site.db'}"})
    app.add_url_rule("/limited", "limited", lambda: abort(429))
    response = app.test_client().get("/limited")
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    check_invariants(soup, "/limited")
    assert response.status_code == 429 and soup.h1.get_text() == "Too many requests"
    assert "sign-in" not in soup.main.get_text().lower() and "password" not in soup.main.get_text().lower()


def test_template_names_are_registered_by_the_app_not_by_blueprints(tmp_path):
    """An editing page can use `labels` even in an app without the directory."""
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'site.db'}"})
    names = set(app.jinja_env.globals)
    assert {"here", "labels", "asset_url", "pictogram_url", "saved_slugs", "field_label",
            "kind_labels", "current_user", "format_date"} <= names
    assert "current_path" not in names  # one name for "this page": here()
    from flask.templating import _default_template_ctx_processor
    by_blueprint = {name: [f for f in funcs if f is not _default_template_ctx_processor]
                    for name, funcs in app.template_context_processors.items() if name is not None}
    assert not any(by_blueprint.values()), by_blueprint


# --- Another council adopts the app: configuration and data, not templates ------------

MILLBROOK_PHONE, OTHER_PHONE = "0121 496 0000", "01632 960 000"
OTHER = {"COUNCIL_NAME": "Example County Council", "COUNCIL_AREA": "Examplebury",
         "COUNCIL_COLOUR": "#7a1f5c", "EDITORS_EMAIL": "localoffer@examplebury.example",
         # the rest of the council's configuration: how to reach it without the internet, mail
         "COUNCIL_EMAIL": "localoffer@examplebury.example", "MAIL_FROM": "localoffer@examplebury.example",
         "ACCESSIBILITY_EMAIL": "localoffer@examplebury.example",
         "COUNCIL_ADDRESS": "Local Offer team, County Hall, Examplebury EX1 1AA", "COUNCIL_PHONE": OTHER_PHONE}


@pytest.fixture(scope="module")
def other_council(tmp_path_factory):
    """The app configured for another council, with the demo data renamed to its area."""
    data = tmp_path_factory.mktemp("examplebury")
    for path in DEMO_DATA.rglob("*"):
        target = data / path.relative_to(DEMO_DATA)
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
        elif path.suffix in (".json", ".md"):
            text = path.read_text(encoding="utf-8")
            target.write_text(text.replace("Millbrook", "Examplebury").replace("millbrook", "examplebury")
                              .replace(MILLBROOK_PHONE, OTHER_PHONE),
                              encoding="utf-8")
    app = create_app({"DATABASE_URL": f"sqlite:///{data / 'other.db'}", "TESTING": True, **OTHER})
    upgrade(app)
    with Session(app.extensions["engine"]) as db:
        loader.load(db, data, assurer_email=app.config["EDITORS_EMAIL"])
        editor = User(email="editor@examplebury.example", name="Editor", role="admin")
        set_password(editor, PASSWORD)
        db.add(editor)
        db.commit()
        db.refresh(editor)
        samples = {"slug": db.exec(select(Service.slug).order_by(Service.slug)).first(),
                   "org_slug": db.exec(select(Organization.slug).order_by(Organization.slug)).first(),
                   "location_slug": db.exec(select(Location.slug).order_by(Location.slug)).first(),
                   "number": "1", "year": "2025", "code": "cy", "kind": "service", "token": "x",
                   "id": "00000000-0000-0000-0000-000000000000",
                   "hashed": app.extensions["assets"].url("css/site.css").removeprefix("/static/"),
                   "key": "assess_decision_weeks",
                   "user_id": editor.id}
        editor_id, version = editor.id, editor.session_version
    yield app, samples, (editor_id, version)
    app.extensions["engine"].dispose()


def _paths(app, samples):
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or rule.endpoint == "static":
            continue
        args = {name: samples[name] for name in rule.arguments}
        for segment, sample in (("organisations", "org_slug"), ("locations", "location_slug")):
            if "slug" in args and f"/{segment}/" in rule.rule:
                args["slug"] = samples[sample]
        yield rule.build(args, append_unknown=False)[1]


def test_another_councils_name_and_colour_reach_every_page(other_council):
    app, samples, (editor_id, version) = other_council
    public, staff = app.test_client(), app.test_client()
    sign_in_as(staff, editor_id)
    css = public.get(app.extensions["assets"].url("css/site.css")).get_data(as_text=True)
    assert "--brand: #7a1f5c" in css and "#0b3d6e" not in css
    manifest = public.get("/manifest.webmanifest").get_json()
    assert manifest["name"] == "Examplebury Local Offer" and manifest["theme_color"] == "#7a1f5c"
    pages, home = 0, "/"
    for path in _paths(app, samples):
        for client in (public, staff):
            response = client.get(path)
            body = response.get_data(as_text=True)
            assert "millbrook" not in body.lower(), f"{path} still names Millbrook"
            assert MILLBROOK_PHONE not in body, f"{path} still gives Millbrook's phone number"
            if response.status_code != 200 or response.mimetype != "text/html" or "<html" not in body:
                continue
            soup = BeautifulSoup(body, "html.parser")
            assert soup.title.get_text().endswith("– Examplebury Local Offer"), path
            assert soup.select_one("meta[name=theme-color]")["content"] == "#7a1f5c", path
            assert soup.select_one(f".site-header a[href='{home}']").get_text(strip=True) == "Examplebury Local Offer"
            pages += 1
    assert pages > 40  # the public pages and the editors' pages both
    home = BeautifulSoup(public.get("/").get_data(as_text=True), "html.parser")
    assert "Find SEND support in Examplebury" in home.h1.get_text()
    assert "Example County Council" in home.footer.get_text()


def _png_colours(png: bytes, points):
    """The colours of a palette PNG (unfiltered rows, as pwa/icons.py writes) at (x, y)s."""
    chunks, at = {}, 8
    while at < len(png):
        length, kind = struct.unpack(">I4s", png[at:at + 8])
        chunks[kind] = chunks.get(kind, b"") + png[at + 8:at + 8 + length]
        at += 12 + length
    width, _height, depth, kind = struct.unpack(">IIBB", chunks[b"IHDR"][:10])
    assert (depth, kind) == (8, 3)  # 8-bit palette: the recolouring rewrites only PLTE
    pixels, palette = zlib.decompress(chunks[b"IDAT"]), chunks[b"PLTE"]
    return ["#" + palette[3 * i:3 * i + 3].hex() for i in (pixels[y * (width + 1) + 1 + x] for x, y in points)]


@pytest.mark.parametrize("colour", ["#0b3d6e", "#7a1f5c"])
def test_the_manifest_and_the_icons_are_in_the_configured_colour(tmp_path, colour):
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path / 'site.db'}", "COUNCIL_COLOUR": colour})
    client = app.test_client()
    manifest = client.get("/manifest.webmanifest").get_json()
    assert manifest["theme_color"] == manifest["background_color"] == colour
    assert len(manifest["icons"]) == 3
    for icon in manifest["icons"]:
        size = int(icon["sizes"].split("x")[0])
        corner, pin = (0, 0), (size // 2, size * 6 // 10)  # the background; the pin's point
        assert _png_colours(client.get(icon["src"]).data, [corner, pin]) == [colour, "#ffffff"], icon
    favicon = client.get(app.extensions["assets"].url("icons/favicon.svg")).get_data(as_text=True)
    assert f'fill="{colour}"' in favicon
