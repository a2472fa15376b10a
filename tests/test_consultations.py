""""Have your say": editors open a consultation; families answer without
an account until the closing date; after it closes, editors publish the results and
the council's response on the consultation's page. All without JavaScript."""
from datetime import date, timedelta
from itertools import count

import pytest
from bs4 import BeautifulSoup
from sqlmodel import select

from pages import csrf_token, submit
from pwa.models.feedback import Consultation, ConsultationAnswer, ConsultationResponse
from pwa.queries import consultations as queries

OPEN, CLOSED = "/have-your-say/short-breaks-review", "/have-your-say/how-we-publish-the-local-offer"
_addresses = (f"192.0.2.{n}" for n in count(10))


@pytest.fixture
def ip():
    return {"REMOTE_ADDR": next(_addresses)}


def answers_to(db, slug):
    db.expire_all()
    row = queries.get(db, slug)
    return db.exec(select(ConsultationAnswer).join(ConsultationResponse)
                   .where(ConsultationResponse.consultation_id == row.id)).all()


def test_the_list_shows_open_and_closed(page):
    soup = page("/have-your-say")
    assert soup.find("a", href=OPEN) and soup.find("a", href=CLOSED)
    assert "Read the results." in soup.main.get_text(" ")


def test_an_open_consultation_asks_its_questions(page):
    soup = page(OPEN)
    labels = [label.get_text() for label in soup.select("main form label[for^=answer_]")]
    assert labels[0] == "Which short breaks has your family used in the last year?" and len(labels) == 5
    assert "easy read, large print, Braille" in soup.select_one(".notice").get_text()
    assert "Open until" in soup.main.get_text()
    assert soup.select_one("#website").find_parent(class_="visually-hidden")


def test_families_answer_without_an_account(client, db, ip, page):
    before = len(answers_to(db, "short-breaks-review"))
    response = submit(client, OPEN, {"answer_2": "The Saturday club at Larch House.", "answer_4": "More for teenagers.",
                                     "website": ""}, environ_base=ip)
    assert response.status_code == 302 and response.headers["Location"] == OPEN + "/thank-you"
    new = answers_to(db, "short-breaks-review")[before:]
    assert sorted((a.position, a.question, a.answer) for a in new) == [
        (2, "What worked well?", "The Saturday club at Larch House."),
        (4, "What short breaks are missing in Millbrook?", "More for teenagers.")]
    assert page(response.headers["Location"]).h1.get_text() == "Thank you for your answers"


def test_no_answers_is_an_error_and_nothing_is_lost(client, db, ip):
    long = "y" * 3001
    response = submit(client, OPEN, {"answer_1": "", "answer_3": long}, environ_base=ip)
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert response.status_code == 200 and soup.title.get_text().startswith("Error: ")
    assert long in soup.select_one("textarea#answer_3").get_text()
    response = submit(client, OPEN, {"answer_1": " "}, environ_base=ip)
    assert "Answer at least one question" in response.get_data(as_text=True)


def test_honeypot_and_csrf(client, db, ip):
    before = len(answers_to(db, "short-breaks-review"))
    assert submit(client, OPEN, {"answer_1": "spam", "website": "x"}, environ_base=ip).status_code == 302
    assert client.post(OPEN, data={"answer_1": "no token"}, environ_base=ip).status_code == 400
    assert len(answers_to(db, "short-breaks-review")) == before


def test_rate_limit(client, app, ip):
    limit = int(app.config["CONSULTATION_LIMIT"].split()[0])
    for _ in range(limit):
        assert submit(client, OPEN, {"answer_1": ""}, environ_base=ip).status_code == 200
    blocked = submit(client, OPEN, {"answer_1": "hello"}, environ_base=ip)
    assert blocked.status_code == 429 and "Too many answers" in blocked.get_data(as_text=True)


def test_a_closed_consultation_shows_results_and_takes_no_answers(client, page, ip):
    soup = page(CLOSED)
    assert not soup.select("main form")
    text = soup.main.get_text(" ")
    assert "142 people answered" in text and "We made every page fast on a phone" in text
    assert client.post(CLOSED, data={"csrf_token": csrf_token(client, OPEN), "answer_1": "late"},
                       environ_base=ip).status_code == 200  # shown the results, nothing stored


def test_editors_only(client, login):
    assert client.get("/admin/consultations").status_code == 302
    assert login("provider").get("/admin/consultations/new").status_code == 403


def test_editor_opens_a_consultation_then_publishes_its_results(client, db, login, page, ip):
    login("editor")
    closes = date.today() + timedelta(days=30)
    token = csrf_token(client, "/admin/consultations/new")
    response = client.post("/admin/consultations/new", data={
        "csrf_token": token, "title": "Travel to college", "about": "How young people get to college.",
        "question_1": "How do you get to college?", "question_3": "What would help?",
        "closes_on": closes.isoformat(), "accessible_formats": "Easy read and phone: 0161 496 0100."})
    assert response.status_code == 302, BeautifulSoup(response.data, "html.parser").select(".error-summary")
    row = db.exec(select(Consultation).where(Consultation.slug == "travel-to-college")).one()
    assert row.questions == "How do you get to college?\nWhat would help?" and row.closes_on == closes
    assert page("/have-your-say").find("a", href="/have-your-say/travel-to-college")

    # Results cannot be published while it is open.
    edit = "/admin/consultations/travel-to-college"
    form = {"csrf_token": token, "title": row.title, "about": row.about, "question_1": "How do you get to college?",
            "question_2": "What would help?", "closes_on": closes.isoformat(),
            "accessible_formats": row.accessible_formats, "results": "Most take the bus.",
            "response": "We will add bus training.", "publish_results": "y"}
    assert "after the closing date" in client.post(edit, data=form).get_data(as_text=True)

    # Once closed (moved into the past here), they can.
    past = date.today() - timedelta(days=1)
    response = client.post(edit, data={**form, "closes_on": past.isoformat()})
    assert response.status_code == 302, BeautifulSoup(response.data, "html.parser").select(".error-summary")
    soup = page("/have-your-say/travel-to-college")
    assert not soup.select("main form")
    assert "Most take the bus." in soup.main.get_text() and "We will add bus training." in soup.main.get_text()
