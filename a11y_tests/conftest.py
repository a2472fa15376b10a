"""Real-browser fixtures: the app loaded with the demo Local Offer on a live HTTP
server, and one headless Chromium per JavaScript state, shared by every test (a fresh
browser per page would blow the 10-minute budget on 2 cores)."""
from datetime import date

import pytest
from sqlmodel import Session, select

from browser import REPORT, LiveServer, make_driver, reset
from crawl import crawl
from pwa import create_app
from pwa.cli import DEMO_DATA, upgrade
from pwa.i18n import LANGUAGES
from pwa.models import Organization, Service
from pwa.queries import loader


@pytest.fixture(scope="session")
def app(tmp_path_factory):
    """The app on a fresh SQLite file holding the demo Local Offer."""
    # The audits send forms many times from one address: rate limits (tested in tests/)
    # would turn later audits into "too many attempts" pages.
    app = create_app({"DATABASE_URL": f"sqlite:///{tmp_path_factory.mktemp('db') / 'a11y.db'}",
                      "TESTING": True, "SUGGEST_LIMIT": "10000 per hour",
                      "SIGN_IN_LIMIT": "10000 per hour", "FEEDBACK_LIMIT": "10000 per hour",
                      "LANGUAGES": list(LANGUAGES)})
    upgrade(app)
    with Session(app.extensions["engine"]) as session:
        loader.load(session, DEMO_DATA)
    return app


@pytest.fixture(scope="session")
def live_server(app):
    server = LiveServer(app)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def demo(app):
    """Slugs of the states a crawl may never reach: a closed and an overdue service."""
    with Session(app.extensions["engine"]) as s:
        closed = s.exec(select(Service.slug).where(Service.status == "temporarily closed")).first()
        overdue = s.exec(select(Service.slug).where(
            Service.status == "active", Service.next_review_date < date.today())).first()
        organisation = s.exec(select(Organization.slug).order_by(Organization.slug)).first()
        service = s.exec(select(Service.slug).where(
            Service.status == "active", Service.next_review_date >= date.today())
            .order_by(Service.slug)).first()
    assert closed and overdue, "the demo data needs a temporarily closed and an overdue service"
    return {"closed": closed, "overdue": overdue, "organisation": organisation, "service": service}


@pytest.fixture(scope="session")
def site(live_server):
    """Every page the crawl reached (a bounded sample of each URL shape), in English:
    the same pages in other languages are audited by prefixing these paths (test_axe
    LANGS), so the switcher's links to them are not crawled again."""
    other_languages = tuple(f"/{code}/" for code in LANGUAGES if code != "en")
    # two of each URL shape: every kind of page, and the whole matrix under 10 minutes
    return crawl(live_server.url, skip=("/static/", *other_languages), per_shape=2)


@pytest.fixture(scope="session")
def key_pages(demo):
    """The pages the checks axe cannot make run on: one of each kind."""
    return {"home": "/", "search results": "/services?q=speech",
            "service": f"/services/{demo['service']}",
            "organisation": f"/organisations/{demo['organisation']}",
            "not found": "/no-such-page"}


@pytest.fixture(scope="session")
def _drivers(tmp_path_factory):
    made = {}

    def get(javascript):
        if javascript not in made:
            made[javascript] = make_driver(tmp_path_factory.mktemp("chromium-profile"), javascript)
        return made[javascript]
    yield get
    for driver in made.values():
        driver.quit()


@pytest.fixture
def browser(_drivers):
    """The shared JavaScript-on Chromium, put back as it was after the test."""
    driver = _drivers(True)
    yield driver
    reset(driver)


@pytest.fixture
def browser_for(_drivers):
    """browser_for(javascript=False): the shared Chromium for that JavaScript state."""
    used = []

    def get(javascript):
        used.append(_drivers(javascript))
        return used[-1]
    yield get
    for driver in used:
        reset(driver)


def pytest_terminal_summary(terminalreporter):
    for line in REPORT:
        terminalreporter.write_line(line)
