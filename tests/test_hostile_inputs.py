"""Every form and every URL parameter, walked with more than a hundred hostile inputs on
SQLite and on PostgreSQL, anonymously and as an administrator: no 500, nothing
reflected unescaped, no redirect to another site, and nothing stored that should not be.

The forms and parameters are found, not listed: the walk crawls the site's own links
(one page per endpoint), reads every form on those pages, reads each view's source for
the query parameters it takes, and fills every path argument. A new form or parameter
is walked without touching this file.

Speed: inputs that do not depend on their position in a value (markup, SQL and search
syntax, header and format tricks) travel in small bundles, and a request gives each
field of a form a different bundle; inputs whose position or length is the point (open
redirects, path tricks, numbers, over-long values, NUL, invalid UTF-8) travel alone.
Each field still meets every input.
"""
import inspect
import itertools
import os
import re
from urllib.parse import quote, urlencode, urlsplit

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import String, Text, select
from sqlmodel import Session, SQLModel
from werkzeug.exceptions import HTTPException
from werkzeug.routing import IntegerConverter

from pwa.models.accounts import User

from pages import PASSWORD

MARK = "xq7"  # in every markup payload, so a reflection is easy to see
# Position-independent: several share one value.
BUNDLED = [
    f"<script>alert('{MARK}')</script>", f"<img src=x onerror=alert('{MARK}')>",
    f"\"><svg onload=alert('{MARK}')>", f"'><iframe src=javascript:alert('{MARK}')>",
    f"<a href=\"javascript:alert('{MARK}')\">x</a>", f"<body onload=alert('{MARK}')>",
    f"</textarea><script>{MARK}</script>", f"</title><script>{MARK}</script>",
    f"<style>*{{x:expression({MARK})}}</style>", f"<math><mtext><table><mglyph><style><img src=x onerror={MARK}>",
    f"{{{{7*7}}}}{MARK}", f"${{7*7}}{MARK}", f"{{% print('{MARK}') %}}", f"<!--{MARK}-->",
    f"<details open ontoggle=alert('{MARK}')>", f"<input autofocus onfocus=alert('{MARK}')>",
    "' OR '1'='1", "' OR 1=1 --", "\" OR \"\"=\"", "1; DROP TABLE service; --",
    "'; SELECT pg_sleep(0); --", "1' UNION SELECT NULL, NULL --", "admin'--", "%' AND '%'='",
    "\\'; --", "1)) OR ((1=1", "' || (SELECT 1) || '", "'); DELETE FROM organization; --",
    "SELECT * FROM sqlite_master", "$$ OR $$1$$=$$1", "E'\\x27'",
    "speech AND", "OR OR OR", "NEAR(speech therapy, 2)", "\"unclosed phrase", "speech*",
    "*", "^speech", "speech:therapy", "-speech", "(speech", "speech)", "\"\"", "''",
    "a & b | !c", "speech <-> therapy", "speech:*", "!!", "@@", "{", "}", "[", "]",
    "%s%s%s%n", "%(name)s", "{0}", "{name!r}", "%x%x%x", "\\", "\\\\", "`id`", "$(id)",
    "x\r\nSet-Cookie: hacked=1", "x\nLocation: https://evil.example", "\r\n\r\n<html>",
    "‮gnp.exe", "a\u200bb\u200cc\u200dd\ufeff", "👩‍👧‍👦🏳️‍🌈", "e\u0301\u0301\u0301\u0301",
    "𝕏𝕐ℤ", "İıŞş", "ﷺ", "\u2028\u2029", "\t\v\f", "Robert'); DROP TABLE students;--",
    "\x01\x02\x1f\x7f", "null", "true", "....//....//etc/passwd", "C:\\Windows\\win.ini",
    "%2e%2e%2f%2e%2e%2f", "-99999999999999999999", "0x7fffffff", "é" * 2_000,
]
# Their position or length is the point: one a value.
ALONE = [
    "\x00", "a\x00b", "%00",
    b"\xff\xfe", b"\xc3\x28", b"\xed\xa0\x80",
    "https://evil.example", "//evil.example", "/\\evil.example", "\\\\evil.example",
    "https:evil.example", "javascript:alert(1)", "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>", "http://localhost@evil.example",
    "/%2F%2Fevil.example", "mailto:x@evil.example",
    "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "file:///etc/passwd",
    "-1", "0", "99999999999999999999999999", "9223372036854775808", "1e309", "NaN", "1.5",
    "", " ", "A" * 100_000, "<" * 5_000,
]
CORPUS = BUNDLED + ALONE
NUMBERS = [v for v in ALONE if isinstance(v, str) and re.fullmatch(r"[0-9]+", v)]
BUNDLE = 12


def _values():
    """The values one field receives in turn: bundles, then the inputs that travel alone."""
    bundles = [" ".join(BUNDLED[i:i + BUNDLE]) for i in range(0, len(BUNDLED), BUNDLE)]
    return bundles + ALONE


VALUES = _values()
# The whole suite has a time budget: by default each form, page and path argument gets
# ROUNDS values, a different slice of VALUES for each (so the walk as a whole sends every
# value, many times over). HOSTILE_INPUTS=full gives every field every value (minutes).
FULL = os.environ.get("HOSTILE_INPUTS") == "full"
ROUNDS = len(VALUES) if FULL else 3
# Markup payloads: their raw text must never appear in a page.
MARKUP = [p for p in BUNDLED if re.search(r"<[a-z/!]", p)]
# Forms that end the signed-in walk or change who can sign in.
SKIP_ACTIONS = ("/sign-out", "/account/sign-out-everywhere", "/account/two-step/off")
NO_CRAWL = ("static", "install.service_worker", "install.manifest", "ops.healthz")
HIGH = "100000 per hour"
QUOTED = re.compile(r'"[^"<>]*"')
TAG = re.compile(r"<[a-zA-Z][^<>]*>")
EVENT_ATTRIBUTE = re.compile(r"\son[a-z]+\s*=", re.I)
URL_ATTRIBUTE = r"\s(?:href|src|action|formaction)\s*=\s*"
SCRIPT_URL = re.compile(URL_ATTRIBUTE + r"'?\s*(?:javascript|data):", re.I)
QUOTED_SCRIPT_URL = re.compile(URL_ATTRIBUTE + r"\"\s*(?:javascript|data):", re.I)


def test_the_corpus_is_big_enough():
    assert len(CORPUS) >= 100
    assert len(set(map(repr, CORPUS))) == len(CORPUS)


# --- the walk ---------------------------------------------------------------------------

class Walker:
    def __init__(self, app, client):
        self.app, self.client = app, client
        self.adapter = app.url_map.bind("localhost")
        self.pages = {}  # endpoint -> a URL of it
        self.forms = {}  # (action endpoint, field names) -> (page url, action, fields)
        self.query_names = {}  # endpoint -> query parameter names
        self.requests = 0
        self.targets = itertools.count()  # each target starts at a different value

    def rounds(self):
        """(value index, request) pairs for the next target."""
        start = 0 if FULL else next(self.targets) * ROUNDS
        return [(start + i) % len(VALUES) for i in range(ROUNDS)]

    def endpoint(self, url, method="GET"):
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            return None
        try:
            return self.adapter.match(parts.path, method=method)[0]
        except HTTPException:
            return None

    def crawl(self, start, limit=400):
        queue, seen = list(start), set()
        while queue and len(seen) < limit:
            url = queue.pop(0)
            endpoint = self.endpoint(url)
            if endpoint is None or endpoint in self.pages or endpoint in NO_CRAWL:
                continue
            response = self.client.get(url)
            self.check(response, url, [])
            seen.add(url)
            if response.status_code != 200 or response.mimetype != "text/html":
                continue
            self.pages[endpoint] = url
            soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
            for link in soup.select("a[href]"):
                href = link["href"].split("#")[0]
                if href and not href.startswith(("/cy/", "/pl/", "/ro/", "/pa/", "/ur/", "/pt/",
                                                  "/es/", "/ar/", "/bn/", "/gu/", "/so/", "/uk/")):
                    queue.append(href)
                    query = urlsplit(href).query
                    target = self.endpoint(href)
                    if query and target:
                        self.query_names.setdefault(target, set()).update(
                            part.split("=")[0] for part in query.split("&"))
            for form in soup.select("form"):
                self.read_form(url, form)

    def read_form(self, page_url, form):
        method = form.get("method", "get").lower()
        action = form.get("action") or page_url
        target = self.endpoint(action, "POST" if method == "post" else "GET")
        names = sorted({el["name"] for el in form.select("input[name], select[name], textarea[name]")
                        if el["name"] != "csrf_token" and el.get("type") != "submit"})
        if target is None:
            return
        if method == "get":
            self.query_names.setdefault(target, set()).update(names)
        elif not urlsplit(action).path.endswith(SKIP_ACTIONS):
            self.forms.setdefault((target, tuple(names)), (page_url, action, names))

    def read_view_sources(self):
        """Query parameters each crawled view reads, from its own source."""
        for endpoint in self.pages:
            source = inspect.getsource(self.app.view_functions[endpoint])
            names = re.findall(r"request\.args\.get(?:list)?\(\s*[\"'](\w+)", source)
            if names:
                self.query_names.setdefault(endpoint, set()).update(names)

    def check(self, response, url, sent):
        self.requests += 1
        assert response.status_code < 500, f"{response.status_code} from {url!r}"
        location = response.headers.get("Location", "")
        assert urlsplit(location).netloc in ("", "localhost"), f"{url!r} redirects to {location}"
        assert "hacked" not in response.headers.get("Set-Cookie", ""), url
        if response.mimetype != "text/html":
            return
        body = response.get_data(as_text=True)
        for payload in MARKUP:
            if any(payload in value for value in sent):
                assert payload not in body, f"{url!r} reflects {payload!r} unescaped"
        # Regular expressions over the tags, not a parser: this runs on thousands of pages.
        # Quoted attribute values are emptied first: escaped text inside one is harmless.
        for tag in TAG.findall(body):
            bare = QUOTED.sub('""', tag)
            data_block = 'type="application/ld+json"' in tag  # never run (schema.org data)
            assert not (bare.lower().startswith("<script") and " src=" not in bare and not data_block), \
                f"{url!r}: an inline script appeared"
            assert not EVENT_ATTRIBUTE.search(bare), f"{url!r}: {tag[:80]}"
            assert not (SCRIPT_URL.search(bare) or QUOTED_SCRIPT_URL.search(tag)), \
                f"{url!r}: {tag[:80]}"

    # each kind of target, walked with every value

    def walk_path_arguments(self, prefixes=("/",)):
        for rule in self.app.url_map.iter_rules():
            # arguments a rule fixes itself (the kind of entry) are not in its path
            arguments = rule.arguments - set(rule.defaults or ())
            if (not arguments or rule.endpoint in NO_CRAWL or "GET" not in rule.methods
                    or not rule.rule.startswith(prefixes)):
                continue
            numbers_only = all(isinstance(rule._converters[a], IntegerConverter) for a in arguments)
            values = NUMBERS if numbers_only else [VALUES[i] for i in self.rounds()]
            for value in values:
                text = value.decode("latin-1") if isinstance(value, bytes) else value
                raw = quote(value if isinstance(value, bytes) else text[:2000], safe="")
                path = rule.rule
                for argument in arguments:
                    path = re.sub(rf"<(?:[a-z]+:)?{argument}>", raw, path)
                self.check(self.client.get(path), path, [text])

    def walk_query_parameters(self):
        for endpoint, names in sorted(self.query_names.items()):
            base = urlsplit(self.pages.get(endpoint) or "").path
            if not base or not names:
                continue
            names = sorted(names)
            for i in self.rounds():
                sent = [VALUES[(i + j) % len(VALUES)] for j in range(len(names))]
                query = urlencode(list(zip(names, sent)))
                url = f"{base}?{query}"
                self.check(self.client.get(url), url[:200], _texts(sent))

    def walk_forms(self):
        for (_endpoint, _names), (page_url, action, names) in sorted(self.forms.items()):
            token = self.token(page_url)
            for i in self.rounds():
                sent = [VALUES[(i + j) % len(VALUES)] for j in range(len(names))]
                body = urlencode([("csrf_token", token), *zip(names, sent)])
                response = self.client.post(action, data=body,
                                            content_type="application/x-www-form-urlencoded")
                self.check(response, f"POST {action}", _texts(sent))

    def token(self, page_url):
        soup = BeautifulSoup(self.client.get(page_url).get_data(as_text=True), "html.parser")
        field = soup.select_one("input[name=csrf_token]")
        return field["value"] if field else ""

    def revisit(self):
        """Pages again, now that the walk may have stored hostile text."""
        for url in self.pages.values():
            self.check(self.client.get(url), url, list(MARKUP))


def _texts(values):
    return [v.decode("latin-1") if isinstance(v, bytes) else v for v in values]


# --- what must not be stored ------------------------------------------------------------

def _stored_problems(app) -> list[str]:
    problems = []
    with Session(app.extensions["engine"]) as s:
        for table in SQLModel.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, (String, Text))]
            for column in columns:
                for value in s.execute(select(column).where(column.is_not(None))).scalars():
                    if "\x00" in value:
                        problems.append(f"NUL in {table.name}.{column.name}")
                    if len(value) >= 100_000:
                        problems.append(f"{len(value)} characters in {table.name}.{column.name}")
                    if re.search(r"[\ud800-\udfff]", value):
                        problems.append(f"a lone surrogate in {table.name}.{column.name}")
    return problems


# --- the tests ----------------------------------------------------------------------------

@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def walked_app(request, tmp_path_factory):
    """The demo on each engine, in a database of its own (the walk edits and stores
    things other tests must not see), with limits out of the way."""
    from databases import POSTGRES_URL, loaded_app as _loaded_app  # the same set-up as every other test
    schema = None
    if request.param == "sqlite":
        app = _loaded_app(f"sqlite:///{tmp_path_factory.mktemp('hostile') / 'hostile.db'}")
    else:
        schema = f"localoffer_hostile_{os.getpid()}"
        _schema(POSTGRES_URL, f"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}")
        app = _loaded_app(f"{POSTGRES_URL}?options=-csearch_path%3D{schema}")
    app.config.update({name: HIGH for name in app.config if name.endswith("_LIMIT")
                       and isinstance(app.config[name], str)})
    yield app
    app.extensions["engine"].dispose()
    if schema:
        _schema(POSTGRES_URL, f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def _schema(url, statements):
    from sqlalchemy import create_engine, text

    from pwa.db import database_url
    try:
        admin = create_engine(database_url(url), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            for statement in statements.split("; "):
                conn.execute(text(statement))
        admin.dispose()
    except Exception as error:  # noqa: BLE001 (any connection failure means "not here")
        if os.environ.get("CI"):
            raise
        pytest.skip(f"PostgreSQL is not reachable at {url}: {error}")


def test_anonymous_visitors_cannot_break_or_inject_anything(walked_app):
    walker = Walker(walked_app, walked_app.test_client())
    walker.crawl(["/", "/services?q=speech", "/information", "/have-your-say", "/sign-in",
                  "/forgot-password", "/saved", "/you-said-we-did", "/jargon-buster"])
    walker.read_view_sources()
    assert {"directory.search", "directory.service", "feedback.form"} <= set(walker.pages)
    assert len(walker.forms) >= 5, sorted(walker.forms)
    walker.walk_path_arguments()
    walker.walk_query_parameters()
    walker.walk_forms()
    walker.revisit()
    print(f"{walker.requests} requests, {len(walker.forms)} forms, {len(walker.query_names)} pages with parameters")
    assert not _stored_problems(walked_app)
    assert walker.requests > ROUNDS * len(walker.forms)


def test_signed_in_staff_cannot_break_or_inject_anything(walked_app):
    with Session(walked_app.extensions["engine"]) as s:
        if not s.exec(select(User).where(User.email == "walker@millbrook.example")).first():
            from pwa.queries.accounts import set_password
            user = User(email="walker@millbrook.example", name="Walker", role="admin")
            set_password(user, PASSWORD)
            s.add(user)
            s.commit()
    client = walked_app.test_client()
    walker = Walker(walked_app, client)
    signed_in = client.post("/sign-in", data={"csrf_token": walker.token("/sign-in"),
                                              "email": "walker@millbrook.example", "password": PASSWORD})
    assert signed_in.status_code == 302
    walker.crawl(["/admin/", "/account"])
    walker.read_view_sources()
    assert any(endpoint.startswith("editing.") for endpoint, _ in walker.forms)
    walker.walk_path_arguments(prefixes=("/admin", "/account"))
    walker.walk_query_parameters()
    walker.walk_forms()
    walker.revisit()
    print(f"{walker.requests} requests, {len(walker.forms)} forms, {len(walker.query_names)} pages with parameters")
    assert not _stored_problems(walked_app)


def test_the_checks_catch_what_they_look_for():
    """The walk's own checks fail on the very things they must catch."""
    walker = Walker.__new__(Walker)
    walker.requests = 0

    class Response:
        status_code, mimetype, headers = 200, "text/html", {}

        def __init__(self, body):
            self.body = body

        def get_data(self, as_text):
            return self.body

    for body in (f"<p>{MARKUP[0]}</p>", "<script>x()</script>", '<img src=x onerror="y">',
                 '<a href="javascript:alert(1)">x</a>'):
        with pytest.raises(AssertionError):
            walker.check(Response(body), "/x", [MARKUP[0]])
    walker.check(Response("<p>&lt;script&gt;</p><script src=/a.js></script>"), "/x", [MARKUP[0]])
