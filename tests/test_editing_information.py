"""Editing information pages, with version history and restore, through
the same editing machinery as services)."""
import pytest
from bs4 import BeautifulSoup
from sqlmodel import Session, select

from browser_form import form_data
from pages import PageHelper, check_invariants, sign_in_as, submit
from pwa.models.accounts import AuditEvent
from pwa.models.information import InformationPage
from pwa.queries import editorial

SLUG = "who-decides"
EDIT = f"/admin/information/{SLUG}/edit"
HISTORY = f"/admin/information/{SLUG}/history"
NEW_TEXT = "A sentence only the edited version has."


def signed_in(app, users, key):
    client = app.test_client()
    return sign_in_as(client, users[key].id)


@pytest.fixture
def original(app):
    """The demo page as it was; put back afterwards (other tests read it)."""
    with Session(app.extensions["engine"]) as s:
        entry = s.exec(select(InformationPage).where(InformationPage.slug == SLUG)).one()
        before = editorial.snapshot(s, "information_page", entry.id)
    yield before
    with Session(app.extensions["engine"]) as s:
        entry = s.exec(select(InformationPage).where(InformationPage.slug == SLUG)).one()
        if editorial.snapshot(s, "information_page", entry.id) != before:
            editorial.save(s, "information_page", entry, before, None)
            s.commit()


def test_edit_history_and_restore(app, users, original, db):
    editor = signed_in(app, users, "editor")
    assert NEW_TEXT not in app.test_client().get(f"/information/{SLUG}").get_data(as_text=True)
    listing = PageHelper(editor)("/admin/information")
    assert listing.select_one(f"a[href='{EDIT}']")
    assert PageHelper(editor)("/admin/").select_one("a[href='/admin/information']")

    soup = PageHelper(editor)(EDIT)
    data = form_data(soup)
    assert data["title"] == original["title"]
    assert "|" in data["easy_read"]  # the demo page's points, one a line
    response = editor.post(EDIT, data={**data, "body": data["body"].strip() + "\n\n" + NEW_TEXT})
    assert response.status_code == 302 and response.headers["Location"] == "/admin/information"

    public = app.test_client().get(f"/information/{SLUG}").get_data(as_text=True)
    assert NEW_TEXT in public
    assert db.exec(select(AuditEvent).where(AuditEvent.action == "edit",
                                            AuditEvent.detail.contains(f"information_page {SLUG}"))).first()

    history = PageHelper(editor)(HISTORY)
    headings = [h.get_text() for h in history.select("main h2")]
    assert any(h.startswith("Version 1") for h in headings)
    assert any(h.startswith("Version 2") or h.startswith(f"Version {len(headings)}") for h in headings)
    assert len(headings) >= 2 and NEW_TEXT in history.get_text()
    PageHelper(editor)(f"{HISTORY}/1")

    response = submit(editor, f"{HISTORY}/1/restore", {}, form_page=HISTORY)
    assert response.status_code == 302
    public = app.test_client().get(f"/information/{SLUG}").get_data(as_text=True)
    assert NEW_TEXT not in public
    db.expire_all()
    entry = db.exec(select(InformationPage).where(InformationPage.slug == SLUG)).one()
    assert editorial.snapshot(db, "information_page", entry.id) == original


def test_easy_read_lines_are_checked(app, users, original):
    editor = signed_in(app, users, "editor")
    data = form_data(PageHelper(editor)(EDIT))
    response = editor.post(EDIT, data={**data, "easy_read": "no bar here"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    check_invariants(soup, EDIT)
    assert soup.select_one("#easy_read-error")


def test_providers_and_the_public_may_not_edit(app, users):
    provider = signed_in(app, users, "provider")
    for path in ("/admin/information", EDIT, HISTORY):
        assert provider.get(path).status_code == 403
    assert app.test_client().get(EDIT).status_code == 302
    editor = signed_in(app, users, "editor")
    assert editor.get("/admin/information/no-such-page/edit").status_code == 404


def test_saving_without_a_csrf_token_is_refused(app, users, original):
    editor = signed_in(app, users, "editor")
    data = {k: v for k, v in form_data(PageHelper(editor)(EDIT)).items() if k != "csrf_token"}
    assert editor.post(EDIT, data={**data, "body": NEW_TEXT}).status_code == 400
    assert editor.post(f"{HISTORY}/1/restore", data={}).status_code == 400
    assert NEW_TEXT not in app.test_client().get(f"/information/{SLUG}").get_data(as_text=True)


def test_the_second_save_gets_a_conflict_and_loses_nothing(app, users, original):
    first, second = signed_in(app, users, "editor"), signed_in(app, users, "admin")
    first_form = form_data(PageHelper(first)(EDIT))
    second_form = form_data(PageHelper(second)(EDIT))
    assert first.post(EDIT, data={**first_form, "summary": "First summary"}).status_code == 302

    response = second.post(EDIT, data={**second_form, "summary": "Second summary"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    check_invariants(soup, EDIT)
    box = soup.select_one("#conflict")
    assert box["role"] == "alert" and "Someone else saved this entry" in box.text
    rows = {tr.th.text: [td.text for td in tr.select("td")] for tr in box.select("tbody tr")}
    assert rows == {"Summary": ["First summary", "Second summary"]}
    assert "Second summary" in soup.select_one("#summary").text

    assert second.post(EDIT, data=form_data(soup)).status_code == 302
    assert "Second summary" in app.test_client().get(f"/information/{SLUG}").get_data(as_text=True)


def test_an_editor_changes_a_pages_sources_and_the_history_keeps_them(app, users, original, db):
    """Where a page's statements come from is edited in the same form, one a line as in
    the page files; a commitment is marked as the council's, an unchecked citation says
    so on the page, and the change is a version that can be restored."""
    editor = signed_in(app, users, "editor")
    data = form_data(PageHelper(editor)(EDIT))
    assert data["sources"].strip().startswith("source: ")  # the demo page's, as lines
    added = ("commitment: We answer within 3 working days | https://www.example.com/promise\n"
             "source: Children and Families Act 2014, section 36 | "
             "https://www.legislation.gov.uk/ukpga/2014/6/section/36 | unverified")
    response = editor.post(EDIT, data={**data, "sources": data["sources"] + "\n" + added})
    assert response.status_code == 302

    section = PageHelper(app.test_client())(f"/information/{SLUG}").select_one("section.sources")
    ours = section.select("ul")[-1]
    assert "We answer within 3 working days" in ours.get_text() and "They are not the law" in section.get_text()
    cited = [li for li in section.select("li") if "section 36" in li.get_text()]
    assert cited and "not yet checked against the official text" in cited[0].get_text()

    history = PageHelper(editor)(HISTORY)
    assert "Where this comes from" in history.get_text() and "We answer within 3 working days" in history.get_text()
    submit(editor, f"{HISTORY}/1/restore", {}, form_page=HISTORY)
    db.expire_all()
    entry = db.exec(select(InformationPage).where(InformationPage.slug == SLUG)).one()
    assert "We answer within" not in entry.sources


@pytest.mark.parametrize("line", ["Children and Families Act 2014 | https://x.gov.uk",
                                  "source:  | https://www.legislation.gov.uk/",
                                  "source: The Act | not a link"])
def test_a_source_line_in_the_wrong_form_is_refused_and_kept(app, users, original, line):
    editor = signed_in(app, users, "editor")
    data = form_data(PageHelper(editor)(EDIT))
    response = editor.post(EDIT, data={**data, "sources": line})
    assert response.status_code == 200
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    check_invariants(soup, EDIT)
    assert soup.select_one("#sources-error")
    assert soup.select_one("textarea[name=sources]").get_text().strip() == line


# --- the facts table ----------------------------------------------------------------

@pytest.fixture
def restore_fact(app):
    from pwa.models.information import Fact
    with Session(app.extensions["engine"]) as s:
        before = s.exec(select(Fact).where(Fact.key == "ack_days")).one().model_dump()
    yield
    with Session(app.extensions["engine"]) as s:
        fact = s.exec(select(Fact).where(Fact.key == "ack_days")).one()
        for name, value in before.items():
            setattr(fact, name, value)
        s.add(fact)
        s.commit()


def test_an_editor_changes_a_commitment_in_the_facts_table_and_every_page_shows_it(app, users, restore_fact, db):
    editor = signed_in(app, users, "editor")
    listing = PageHelper(editor)("/admin/facts")
    assert listing.select_one("a[href='/admin/facts/ack_days/edit']")
    assert PageHelper(editor)("/admin/").select_one("a[href='/admin/facts']")
    data = form_data(PageHelper(editor)("/admin/facts/ack_days/edit"))
    assert data["value"] == "5" and data.get("local") == "y"
    response = editor.post("/admin/facts/ack_days/edit", data={**data, "value": "3"})
    assert response.status_code == 302
    public = PageHelper(app.test_client())("/information/ehc-needs-assessments")
    assert "within 3 working days" in public.select_one("section.sources").get_text(" ")
    assert "within 3 working days" in PageHelper(app.test_client())("/pl/information/ehc-needs-assessments").get_text(" ")
    assert db.exec(select(AuditEvent).where(AuditEvent.detail.contains("fact ack_days: value"))).first()


@pytest.mark.parametrize("value", ["five", "31 May", ""])
def test_a_fact_must_be_a_number_in_figures_or_a_day_and_the_typing_is_kept(app, users, restore_fact, value):
    editor = signed_in(app, users, "editor")
    data = form_data(PageHelper(editor)("/admin/facts/ack_days/edit"))
    response = editor.post("/admin/facts/ack_days/edit", data={**data, "value": value})
    assert response.status_code == 200
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    check_invariants(soup, "/admin/facts/ack_days/edit")
    assert soup.select_one("#value-error") and soup.select_one("input[name=value]").get("value", "") == value


def test_providers_may_not_edit_the_facts_table(app, users):
    provider = signed_in(app, users, "provider")
    assert provider.get("/admin/facts/ack_days/edit").status_code in (302, 403)
