"""Feedback on every page and service, and its moderation (SEND
Regulations 2014, reg 56): no account, no CAPTCHA, nothing typed lost; editors theme,
exclude (with the reason kept and the complaints route sent) or publish with a response,
after confirming the personal details found are removed. All without JavaScript."""
from itertools import count

import pytest
from bs4 import BeautifulSoup
from sqlmodel import select

from pages import csrf_token, submit
from pwa.models.accounts import OutboxEmail
from pwa.models.feedback import Feedback, FeedbackTheme

_addresses = (f"203.0.113.{n}" for n in count(10))


@pytest.fixture
def ip():
    return {"REMOTE_ADDR": next(_addresses)}


GOOD = {"category": "missing", "comment": "There is nothing about swimming lessons for deaf children.",
        "name": "", "email": "", "phone": "", "website": "", "page": "/services"}


def comments(db, text):
    db.expire_all()
    return db.exec(select(Feedback).where(Feedback.comment == text)).all()


def test_every_page_links_to_the_form_with_its_path(page):
    link = page("/information").find("a", string="Tell us what you think about this page")
    assert link["href"] == "/feedback?page=/information"


def test_service_pages_link_to_the_form(page, users):
    slug = users["provider_service"]
    link = page(f"/services/{slug}").find("a", string="Tell us what you think about this service")
    assert link["href"] == f"/feedback?page=/services/{slug}"


def test_the_form(page):
    soup = page("/feedback?page=/services/x")
    assert soup.select_one("input[name=page]")["value"] == "/services/x"
    radios = soup.select("fieldset input[type=radio][name=category]")
    assert [r["value"] for r in radios] == ["content", "missing", "accessibility", "development"]
    assert soup.select_one("input#category[type=radio]")  # the error summary's link lands here
    assert soup.select_one("textarea#comment")
    text = soup.main.get_text(" ")
    assert "We will only use these to reply to you. We will not publish them." in text
    assert soup.select_one("#email")["autocomplete"] == "email"
    assert soup.select_one("#phone")["type"] == "tel"
    trap = soup.select_one("#website")
    assert trap["tabindex"] == "-1" and trap.find_parent(class_="visually-hidden")
    assert not soup.select("[class*=captcha], iframe")


def test_an_offsite_page_parameter_is_dropped(page):
    assert page("/feedback?page=//evil.example/x").select_one("input[name=page]").get("value", "") == ""


def test_errors_keep_everything_typed(client, ip):
    typed = {**GOOD, "category": "", "comment": "", "name": "Sam", "email": "not-an-email",
             "phone": "0161 496 0000"}
    response = submit(client, "/feedback", typed, form_page="/feedback", environ_base=ip)
    assert response.status_code == 200
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert soup.title.get_text().startswith("Error: ")
    links = [a["href"] for a in soup.select(".error-summary a")]
    assert links == ["#category", "#comment", "#email"]
    assert soup.select_one("#name")["value"] == "Sam"
    assert soup.select_one("#email")["value"] == "not-an-email"
    assert soup.select_one("#phone")["value"] == "0161 496 0000"
    assert soup.select_one("input[name=page]")["value"] == "/services"


def test_a_long_comment_is_refused_and_kept(client, ip):
    long = "x" * 3001
    response = submit(client, "/feedback", {**GOOD, "comment": long}, environ_base=ip)
    assert "3000 characters or fewer" in response.get_data(as_text=True)
    assert long in response.get_data(as_text=True)


def test_sending_stores_it_and_redirects_to_a_confirmation(client, db, ip, page):
    text = "The wheelchair service page has no opening times."
    response = submit(client, "/feedback", {**GOOD, "comment": text, "email": "p@example.com"},
                      environ_base=ip)
    assert response.status_code == 302
    assert response.headers["Location"] == "/feedback/sent?page=/services"
    [row] = comments(db, text)
    assert (row.category, row.page, row.email, row.state) == ("missing", "/services", "p@example.com", "new")
    soup = page(response.headers["Location"])
    assert soup.h1.get_text() == "Thank you for your comment"
    assert soup.find("a", string="Go back to the page you were on")["href"] == "/services"


def test_the_confirmation_is_translated(client):
    """The confirmation goes through gettext, so each language's catalogue translates it."""
    response = client.get("/pl/feedback/sent")
    assert response.status_code == 200
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert soup.html["lang"] == "pl"
    assert soup.h1.get_text() != "Thank you for your comment"  # the Polish, not the English


def test_a_filled_honeypot_is_thanked_and_ignored(client, db, ip):
    text = "Buy cheap things at spam.example"
    response = submit(client, "/feedback", {**GOOD, "comment": text, "website": "spam.example"},
                      environ_base=ip)
    assert response.status_code == 302
    assert comments(db, text) == []


def test_csrf_token_is_required(client, ip):
    assert client.post("/feedback", data=GOOD, environ_base=ip).status_code == 400


def test_rate_limit(client, app, ip):
    limit = int(app.config["FEEDBACK_LIMIT"].split()[0])
    for _ in range(limit):
        assert submit(client, "/feedback", {"comment": ""}, environ_base=ip).status_code == 200
    blocked = submit(client, "/feedback", GOOD, environ_base=ip)
    assert blocked.status_code == 429
    assert "Too many comments" in blocked.get_data(as_text=True)
    assert client.get("/feedback", environ_base=ip).status_code == 200  # reading is never limited


# Moderation ---------------------------------------------------------------------------

def leave_comment(client, db, text, **extra):
    submit(client, "/feedback", {**GOOD, "comment": text, **extra},
           environ_base={"REMOTE_ADDR": next(_addresses)})
    [row] = comments(db, text)
    return row


def test_editors_only(client, login, page):
    assert client.get("/admin/feedback/").status_code == 302
    assert login("provider").get("/admin/feedback/").status_code == 403


def test_new_comments_come_first_then_by_theme(client, db, login, page):
    row = leave_comment(client, db, "A brand new comment about short breaks.")
    login("editor")
    soup = page("/admin/feedback/")
    headings = [h.get_text() for h in soup.select("main h2")]
    assert headings[0].endswith("new comments") or headings[0].endswith("new comment")
    first_table = soup.select("main table")[0]
    assert first_table.find("a", href=f"/admin/feedback/{row.id}")
    assert "Finding services" in headings and "How the Local Offer is made" in headings


def moderate(client, row_id, **data):
    """Fetch the moderation page, then send its form as a browser would."""
    soup = BeautifulSoup(client.get(f"/admin/feedback/{row_id}").get_data(as_text=True), "html.parser")
    form = {"csrf_token": soup.select_one("input[name=csrf_token]")["value"],
            "checked": soup.select_one("input[name=checked]")["value"],
            "text": soup.select_one("textarea#text").get_text().removeprefix("\r\n").removeprefix("\n"),
            "shown": [i["value"] for i in soup.select("input[name=shown]")],
            "remove": [i["value"] for i in soup.select("input[name=remove][checked]")],
            "theme": "", "response": "", "action": "", "action_status": "planned"}
    form.update(data)
    return client.post(f"/admin/feedback/{row_id}", data=form), soup


def test_the_editor_sees_what_was_found(client, db, login, page):
    row = leave_comment(client, db, "My daughter Aisha at Oakfield Primary School waits. Call 07700 900123.")
    login("editor")
    soup = page(f"/admin/feedback/{row.id}")
    found = [label.get_text() for label in soup.select("#findings label")]
    assert found == ["Take out a name: “Aisha”", "Take out a school or nursery: “Oakfield Primary School”",
                     "Take out a phone number: “07700 900123”"]
    assert soup.select_one("#findings blockquote").get_text() == \
        "My daughter [name] at [school] waits. Call [phone number]."


def test_the_towns_in_the_data_are_not_taken_for_names(client, db, login, page):
    row = leave_comment(client, db, "Thanks to our caseworker, Harrowfield has a club. My son Tom waits.")
    login("editor")
    found = [label.get_text() for label in page(f"/admin/feedback/{row.id}").select("#findings label")]
    assert found == ["Take out a name: “Tom”"]


def test_publishing_needs_a_response_and_the_editors_confirmation(client, db, login):
    row = leave_comment(client, db, "My son Tom needs a swimming club.")
    login("editor")
    response, _ = moderate(client, row.id, do="publish")
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert response.status_code == 200 and soup.title.get_text().startswith("Error: ")
    assert [a["href"] for a in soup.select(".error-summary a")] == ["#response", "#confirmed"]
    db.expire_all()
    assert db.get(Feedback, row.id).state == "new"


def test_a_changed_text_must_be_checked_again(client, db, login):
    row = leave_comment(client, db, "The leisure page is missing things.")
    login("editor")
    response, _ = moderate(client, row.id, do="publish", confirmed="y", response="Thanks.",
                           text="The leisure page is missing things. Ring Mrs Smith on 07700 900999.")
    assert "Check the personal details we found again" in response.get_data(as_text=True)
    db.expire_all()
    assert db.get(Feedback, row.id).state == "new"


def test_excluded_about_one_persons_case_sends_the_complaints_route(client, db, login, app):
    row = leave_comment(client, db, "My son's plan is late and nobody answers.", email="mum@example.com")
    login("editor")
    token = csrf_token(client, f"/admin/feedback/{row.id}")
    response = client.post(f"/admin/feedback/{row.id}/exclude",
                           data={"csrf_token": token, "reason": "individual",
                                 "note": "One child's annual review."})
    assert response.status_code == 302
    db.expire_all()
    row = db.get(Feedback, row.id)
    assert (row.state, row.exclusion_reason, row.exclusion_note) == (
        "excluded", "individual", "One child's annual review.")
    assert row.complaints_pointer_sent is not None
    email = db.exec(select(OutboxEmail).where(OutboxEmail.to == "mum@example.com")).one()
    assert app.config["PUBLIC_URL"] + "/information/complaints-and-appeals" in email.body


def test_excluded_as_vexatious_sends_nothing(client, db, login):
    row = leave_comment(client, db, "You are all useless!!!", email="angry@example.com")
    login("editor")
    token = csrf_token(client, f"/admin/feedback/{row.id}")
    client.post(f"/admin/feedback/{row.id}/exclude", data={"csrf_token": token, "reason": "vexatious"})
    db.expire_all()
    assert db.get(Feedback, row.id).exclusion_reason == "vexatious"
    assert db.exec(select(OutboxEmail).where(OutboxEmail.to == "angry@example.com")).all() == []


def test_exclusion_needs_a_reason(client, db, login):
    row = leave_comment(client, db, "Some comment needing a reason.")
    login("editor")
    token = csrf_token(client, f"/admin/feedback/{row.id}")
    response = client.post(f"/admin/feedback/{row.id}/exclude", data={"csrf_token": token})
    assert response.status_code == 200
    assert "Choose why it will not be published" in response.get_data(as_text=True)


def test_editors_add_and_rename_themes(client, db, login):
    login("editor")
    token = csrf_token(client, "/admin/feedback/themes")
    assert client.post("/admin/feedback/themes", data={"csrf_token": token, "name": "Money"}).status_code == 302
    theme = db.exec(select(FeedbackTheme).where(FeedbackTheme.name == "Money")).one()
    client.post(f"/admin/feedback/themes?theme={theme.id}", data={"csrf_token": token, "name": "Money and budgets"})
    db.expire_all()
    assert db.get(FeedbackTheme, theme.id).name == "Money and budgets"
    again = client.post("/admin/feedback/themes", data={"csrf_token": token, "name": "money and budgets"})
    assert "already a theme" in again.get_data(as_text=True)


def test_done_when_a_comment_is_moderated_and_appears_anonymised(client, db, login, page):
    """The issue's "done when", without JavaScript: a parent leaves a comment; an editor
    confirms the personal details found, writes the response and action, and publishes;
    it appears, anonymised, with the council's response, on "You said, we did"."""
    personal = ["Jayden", "Mrs Okafor", "Oakfield Primary School", "07700 900461",
                "jayden.mum@example.com", "22 Linden Avenue", "MB3 7LA", "14/02/2017", "Amara Okafor"]
    text = ("My son Jayden (born 14/02/2017) can't find a holiday club. Mrs Okafor at Oakfield Primary "
            "School suggested the Local Offer but the leisure list has nothing for wheelchair users. "
            "We live at 22 Linden Avenue, MB3 7LA. Call 07700 900461 or jayden.mum@example.com.")
    row = leave_comment(client, db, text, name="Amara Okafor", email="jayden.mum@example.com")
    login("editor")
    theme = db.exec(select(FeedbackTheme).where(FeedbackTheme.name == "Short breaks, leisure and childcare")).one()
    response, soup = moderate(client, row.id, do="publish", confirmed="y", theme=theme.id,
                              response="Thank you. We are asking every holiday club about wheelchair access.",
                              action="Add wheelchair access to every holiday club entry.", action_status="in-progress")
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    db.expire_all()
    row = db.get(Feedback, row.id)
    assert row.state == "published" and row.published and row.action_status == "in-progress"
    public = page(f"/you-said-we-did?year={row.received.year}&theme={theme.id}")
    html = public.decode()
    assert "the leisure list has nothing for wheelchair users" in html
    assert "We are asking every holiday club about wheelchair access." in html
    assert "Add wheelchair access to every holiday club entry." in html
    for detail in personal:
        assert detail not in html, detail
    assert "My son [name] (born [date])" in html
