"""The accessibility statement (PSBAR 2018 reg 8) and its report-a-problem form."""
import hashlib
from datetime import date
from itertools import count
from pathlib import Path

from bs4 import BeautifulSoup
from sqlmodel import Session, select

from pages import check_invariants

from pwa.models import ProblemReport
from pwa.pages import views

ROOT = Path(__file__).resolve().parent.parent
STATEMENT = ROOT / "templates" / "pages" / "accessibility_statement.html"
REVIEWS = ROOT / "a11y_tests" / "statement.sha256"
FORM = "/accessibility-statement/report-a-problem"
# Each POST comes from an address of its own: reports are rate limited per address,
# and the app (with its in-memory counts) is shared by the whole test run.
_addresses = (f"198.51.100.{n}" for n in count(150))


def ip():
    return {"REMOTE_ADDR": next(_addresses)}


def reviews():
    lines = [ln.split() for ln in REVIEWS.read_text().splitlines() if ln.strip() and not ln.startswith("#")]
    return [(digest, date.fromisoformat(day)) for digest, day in lines]


def test_statement_changes_need_a_new_review_date():
    """Like GOV.UK Notify's: the statement cannot change without a new 'last reviewed'."""
    digest = hashlib.sha256(STATEMENT.read_bytes()).hexdigest()
    recorded = reviews()
    last_digest, last_date = recorded[-1]
    fix = (f"the statement changed: review it, set LAST_REVIEWED in pwa/pages/views.py to today, "
           f"then append '{digest}  <that date>' to {REVIEWS.relative_to(ROOT)}")
    assert digest == last_digest, fix
    assert views.LAST_REVIEWED == last_date, fix
    dates = [d for _, d in recorded]
    assert dates == sorted(dates) and len(set(dates)) == len(dates), "each review needs a later date"
    assert views.PREPARED <= views.LAST_REVIEWED <= date.today()


def test_statement_has_what_the_regulations_ask_for(page):
    soup = page("/accessibility-statement")
    headings = [h.get_text(" ", strip=True) for h in soup.select("main h2, main h3")]
    for required in ("How accessible this website is", "Reporting accessibility problems with this website",
                     "Enforcement procedure", "Compliance status", "Non-accessible content",
                     "How we tested this website", "Preparation of this accessibility statement"):
        assert required in headings
    text = soup.select_one("main").get_text(" ", strip=True)
    assert "Equality and Human Rights Commission" in text and "a11y_tests" in text
    reviewed = f"last reviewed on {views.LAST_REVIEWED.day} {views.LAST_REVIEWED:%B %Y}"
    assert reviewed in text
    assert soup.select_one(f"main a[href='{FORM}']")


def test_every_page_links_to_the_statement(page):
    for path in ("/", "/services", "/no-such-page"):
        status = 404 if path == "/no-such-page" else 200
        assert page(path, status=status).select_one("footer a[href='/accessibility-statement']")


def checked(response, path):
    """A POSTed page, held to the same invariants as every page `page` fetches."""
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    check_invariants(soup, path)
    return soup


def csrf_token(soup):
    return soup.select_one("input[name=csrf_token]")["value"]


def test_report_form_keeps_what_was_typed_and_links_errors(page, client):
    token = csrf_token(page(FORM))
    response = client.post(FORM, data={"csrf_token": token, "page": "Search", "description": "",
                                       "email": "not-an-email"}, environ_base=ip())
    assert response.status_code == 200
    soup = checked(response, FORM)
    assert soup.title.get_text().startswith("Error: Report an accessibility problem")
    links = {a["href"]: a.get_text() for a in soup.select(".error-summary a")}
    assert links == {"#description": "Tell us what went wrong",
                     "#email": "Enter an email address in the correct format, like name@example.com"}
    assert soup.select_one("#page")["value"] == "Search"
    assert soup.select_one("#email")["value"] == "not-an-email"
    assert "description-error" in soup.select_one("#description")["aria-describedby"]


def test_report_form_limits_the_description(page, client):
    token = csrf_token(page(FORM))
    too_long = "x" * 2001
    soup = checked(client.post(FORM, data={"csrf_token": token, "description": too_long}, environ_base=ip()), FORM)
    assert soup.select_one(".error-summary a[href='#description']")
    # The widget starts with a newline, which browsers drop.
    assert soup.select_one("#description").get_text().lstrip("\r\n") == too_long


def test_report_is_stored_then_confirmed(page, client, app):
    token = csrf_token(page(FORM + "?page=/services"))
    response = client.post(FORM, data={"csrf_token": token, "page": "/services",
                                       "description": "The filters are hard to use with a switch.",
                                       "email": "parent@example.com"}, environ_base=ip())
    assert response.status_code == 302 and response.location.endswith(FORM + "/sent")
    assert page(response.location).select_one("h1").get_text() == "Thank you for your report"
    with Session(app.extensions["engine"]) as s:
        report = s.exec(select(ProblemReport).where(ProblemReport.email == "parent@example.com")).one()
    assert report.page == "/services" and report.description.startswith("The filters")


def test_report_needs_the_csrf_token(client):
    assert client.post(FORM, data={"description": "x"}, environ_base=ip()).status_code == 400


def test_report_page_is_prefilled_from_the_link(page):
    assert page(FORM + "?page=/services/x").select_one("#page")["value"] == "/services/x"
