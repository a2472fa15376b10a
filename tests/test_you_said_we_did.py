""""You said, we did" (SEND Regulations 2014, reg 56): published
comments with the council's response, filterable without JavaScript; excluded comments
never shown; a report for each year whose figures match the demo data, counted here
independently; a CSV that spreadsheets cannot run; and when the next report is due."""
import csv
import io
import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from sqlmodel import Session, select

from pages import check_invariants
from pwa.cli import DEMO_DATA
from pwa.models.feedback import Feedback, FeedbackTheme
from pwa.queries import feedback as queries

DATA = json.loads((Path(DEMO_DATA) / "feedback.json").read_text(encoding="utf-8"))
TODAY = date.today()


def received_year(item) -> int:
    return (TODAY - timedelta(days=item["received_days_ago"])).year


def expected(year: int) -> dict:
    """The report's figures, from the data file alone."""
    items = [c for c in DATA["comments"] if received_year(c) == year]
    shown = [c for c in items if c["state"] == "published"]
    themes: dict = {}
    for c in shown:
        themes[c.get("theme")] = themes.get(c.get("theme"), 0) + 1
    return {
        "received": len(items), "published": len(shown),
        "excluded": sum(c["state"] == "excluded" for c in items),
        "waiting": sum(c["state"] in ("new", "draft") for c in items),
        "reasons": {r: sum(c.get("exclusion_reason") == r for c in items) for r in ("vexatious", "individual")},
        "themes": themes,
        "categories": {k: sum(c["category"] == k for c in shown)
                       for k in ("content", "missing", "accessibility", "development")},
        "statuses": {s: sum(c.get("action_status") == s and bool(c.get("action")) for c in shown)
                     for s in ("planned", "in-progress", "done")},
    }


YEARS = sorted({received_year(c) for c in DATA["comments"]})


@pytest.fixture
def quiet(sqlite_app):
    """A client on the demo copy no other test writes to, checking every page it fetches."""
    client = sqlite_app.test_client()

    def get(path, status=200):
        response = client.get(path)
        assert response.status_code == status, path
        if response.mimetype == "text/html":
            soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
            check_invariants(soup, path)
            soup.response = response
            return soup
        return response
    return get


def test_the_demo_spans_two_years_with_some_excluded():
    assert len(YEARS) >= 2 and len(DATA["comments"]) >= 30
    assert {c.get("exclusion_reason") for c in DATA["comments"]} >= {"vexatious", "individual"}


@pytest.mark.parametrize("year", YEARS)
def test_report_figures_match_the_data(session, year):
    report, want = queries.annual_report(session, year), expected(year)
    assert (report.received, report.published, report.excluded, report.waiting) == \
        (want["received"], want["published"], want["excluded"], want["waiting"])
    assert report.excluded_by_reason == want["reasons"]
    assert dict(report.by_theme) == want["themes"]
    assert report.by_category == want["categories"]
    assert report.actions_by_status == want["statuses"]


@pytest.mark.parametrize("year", YEARS)
def test_report_page_and_csv_show_the_figures(quiet, year):
    want = expected(year)
    soup = quiet(f"/you-said-we-did/{year}")
    text = soup.main.get_text(" ")
    assert f"We received {want['received']} comments." in text
    assert f"We did not publish {want['excluded']}." in text
    themes_table = soup.find("caption", string="Published comments by theme").find_parent("table")
    theme_rows = {tr.td.get_text(): int(tr.select("td")[1].get_text()) for tr in themes_table.tbody.select("tr")}
    assert theme_rows == {k or "No theme": v for k, v in want["themes"].items()}
    response = quiet(f"/you-said-we-did/{year}.csv")
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert response.headers["Content-Disposition"] == f'attachment; filename="you-said-we-did-{year}.csv"'
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
    assert rows[0] == ["Section", "Item", "Number"]
    assert ["Comments received", "", str(want["received"])] in rows
    assert ["Not published, because", "About one person's own case", str(want["reasons"]["individual"])] in rows
    assert ["Actions, by where they are up to", "Done", str(want["statuses"]["done"])] in rows


def test_no_report_for_a_year_without_comments(quiet):
    quiet("/you-said-we-did/1999", status=404)
    quiet("/you-said-we-did/1999.csv", status=404)


def test_excluded_and_unpublished_comments_never_appear(quiet, sqlite_app):
    hidden = [c["comment"] for c in DATA["comments"] if c["state"] != "published"]
    pages = "".join(quiet(f"/you-said-we-did?year={y}").decode() for y in YEARS)
    for text in hidden:
        assert text not in pages
    with Session(sqlite_app.extensions["engine"]) as db:  # the reason is kept
        reasons = db.exec(select(Feedback.exclusion_reason).where(Feedback.state == "excluded")).all()
    assert sorted(reasons) == sorted(c["exclusion_reason"] for c in DATA["comments"] if c["state"] == "excluded")


def test_published_comments_are_scrubbed(quiet):
    """The demo's published comments held names, a phone number and an email address."""
    html = "".join(quiet(f"/you-said-we-did?year={y}").decode() for y in YEARS)
    for personal in ("Tom", "Aisha", "Kuba", "Lily", "jo.barker@example.com", "07700 900412", "Oakfield"):
        assert personal not in html, personal
    assert "My son [name] has been turned away" in html


def test_filter_by_year_and_theme_is_a_plain_get_form(quiet, sqlite_app):
    soup = quiet("/you-said-we-did")
    form = soup.select_one("main form.filters")
    assert form["method"] == "get" and form.select_one("select[name=year]") and form.select_one("select[name=theme]")
    with Session(sqlite_app.extensions["engine"]) as db:
        theme = next(t for t in queries.themes(db) if t.name == "Accessibility and languages")
    year = YEARS[0]
    soup = quiet(f"/you-said-we-did?year={year}&theme={theme.id}")
    want = [c for c in DATA["comments"] if c["state"] == "published" and received_year(c) == year
            and c.get("theme") == theme.name]
    assert len(soup.select("ul.ysd > li")) == len(want)
    assert soup.select_one("select[name=theme] option[selected]")["value"] == theme.id
    for item in soup.select("ul.ysd > li"):
        assert item.h3.get_text() == theme.name
        assert item.find("dt", string="We said")


def test_the_next_report_date_is_visible(quiet):
    last = TODAY - timedelta(days=min(c["published_days_ago"] for c in DATA["comments"] if "published_days_ago" in c
                                      and c["state"] == "published"))
    due = queries.next_report_due(last, TODAY, 12)
    leap_day = (last.month, last.day) == (2, 29)
    assert due == (date(last.year + 1, 2, 28) if leap_day else last.replace(year=last.year + 1))
    for path in ("/you-said-we-did", f"/you-said-we-did/{YEARS[-1]}"):
        text = quiet(path).main.get_text(" ")
        assert f"The next report is due by {due.day} {due:%B} {due.year}." in text


def test_an_overdue_report_says_it_is_late():
    assert queries.next_report_due(date(2024, 2, 29), date(2026, 1, 1)) == date(2025, 2, 28)
    assert queries.next_report_due(None, date(2026, 1, 1)) == date(2026, 1, 1)


def test_csv_cells_cannot_run_as_formulas(app, client, db):
    """OWASP CSV injection: a theme named like a formula is written as text."""
    theme = FeedbackTheme(name="=HYPERLINK(\"http://evil.example\")", position=99)
    db.add(theme)
    db.flush()
    when = datetime(2019, 6, 1, tzinfo=timezone.utc)
    db.add(Feedback(category="content", comment="x", published_text="x", response="y", state="published",
                    theme_id=theme.id, received=when, published=when))
    db.commit()
    rows = list(csv.reader(io.StringIO(client.get("/you-said-we-did/2019.csv").get_data(as_text=True))))
    cells = [cell for row in rows for cell in row]
    assert "'=HYPERLINK(\"http://evil.example\")" in cells
    assert not any(cell[:1] in "=+-@" for cell in cells if cell)
    for value, safe in (("+1", "'+1"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"), ("plain", "plain")):
        assert queries.csv_cell(value) == safe


@pytest.mark.parametrize("path", ["/you-said-we-did", f"/you-said-we-did/{YEARS[-1]}", "/feedback",
                                  "/have-your-say", "/have-your-say/short-breaks-review"])
def test_public_pages_fit_the_byte_budget_and_work_in_easy_read(sqlite_app, path):
    """14 KB with brotli (tests/test_budgets.py), and whole in easy read mode too."""
    client = sqlite_app.test_client()
    response = client.get(path, headers={"Accept-Encoding": "br"})
    assert response.status_code == 200 and len(response.get_data()) <= 14_000, path
    easy = client.get(path + ("&" if "?" in path else "?") + "easy_read=1")
    soup = BeautifulSoup(easy.get_data(as_text=True), "html.parser")
    check_invariants(soup, path)
    assert "easy-read" in soup.html["class"]
