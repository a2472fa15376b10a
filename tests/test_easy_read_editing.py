"""A service's easy read text, edited on its own page: versioned with the service, a
provider's change waits for approval, and the easy read checker's findings appear
beside each field, both on submit without JavaScript and in the htmx fragment."""
from bs4 import BeautifulSoup
from sqlmodel import select

from browser_form import form_data
from pages import PageHelper, check_invariants, sign_in_as
from pwa.models import Service
from pwa.models.editorial import ChangeRequest
from pwa.queries import editorial

PLAIN = {"what": "You can play football in a team.\nIt is fun.", "what_picture": "play"}
# "SENCO" is initials and "referral" a hard word; neither is explained.
HARD = {"what": "Your SENCO can make a referral.", "what_picture": "school"}


def signed_in(app, users, key):
    return sign_in_as(app.test_client(), users[key].id)


def easy_page(slug):
    return f"/services/{slug}?easy_read=1"


def parsed(response, path):
    assert response.status_code == 200, response.status_code
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    check_invariants(soup, path)
    return soup


def editor_service(db):
    """A service of an organisation no test provider belongs to."""
    return db.exec(select(Service).order_by(Service.slug.desc())).first().slug


def test_editor_edits_easy_read_and_families_see_it(app, users, db):
    slug = editor_service(db)
    editor, public = signed_in(app, users, "editor"), app.test_client()
    path = f"/admin/services/{slug}/easy-read"
    soup = PageHelper(editor)(path)
    assert "it never stops you saving" in soup.select_one("main").get_text(" ")
    assert "You can play football in a team." not in public.get(easy_page(slug)).get_data(as_text=True)

    response = editor.post(path, data={**form_data(soup), **PLAIN})
    assert response.status_code == 302
    shown = PageHelper(public)(easy_page(slug))
    point = shown.select_one("ul.easy-points > li.easy-point")
    assert "You can play football in a team." in point.get_text(" ")
    assert point.select_one("img[src*='play']")

    history = PageHelper(editor)(f"/admin/services/{slug}/history")
    newest = history.select_one("main section")
    assert "Easy read points" in newest.get_text(" ")
    assert "play | You can play football in a team." in newest.get_text(" ")


def test_findings_are_shown_beside_the_field_without_javascript_and_can_be_overridden(app, users, db):
    slug = editor_service(db)
    editor, public = signed_in(app, users, "editor"), app.test_client()
    path = f"/admin/services/{slug}/easy-read"
    soup = PageHelper(editor)(path)
    before = editorial.snapshot(db, "service", db.exec(select(Service).where(Service.slug == slug)).one().id)

    shown = parsed(editor.post(path, data={**form_data(soup), **HARD}), path)
    beside = shown.select_one("#what-findings").get_text(" ")
    assert "SENCO" in beside and "referral" in beside
    assert "what-findings" in shown.select_one("#what")["aria-describedby"].split()
    found = len(shown.select(".field-findings li"))
    assert found >= 2 and f"{found} things you could change" in shown.select_one("#easy-read-summary").get_text(" ")
    assert all("SENCO" not in li.get_text() for li in shown.select("#who-findings li"))
    assert shown.select_one("#what").get_text().strip() == HARD["what"]  # what was typed is kept
    db.expire_all()
    service_id = db.exec(select(Service).where(Service.slug == slug)).one().id
    assert editorial.snapshot(db, "service", service_id) == before  # not saved yet
    assert "Save and publish as it is" in shown.select_one("main form button[type=submit]").get_text()

    # the same findings again: the editor has seen them, so this save goes through
    assert editor.post(path, data=form_data(shown)).status_code == 302
    assert "Your SENCO can make a referral." in public.get(easy_page(slug)).get_data(as_text=True)


def test_check_button_shows_the_whole_page_without_javascript_and_saves_nothing(app, users, db):
    slug = editor_service(db)
    editor = signed_in(app, users, "editor")
    soup = PageHelper(editor)(f"/admin/services/{slug}/easy-read")
    check = soup.select_one("button[formaction]")["formaction"]
    assert check == f"/admin/services/{slug}/easy-read/check"
    text = {"how": "Ask your GP. " + "It takes a very long time " * 3, "how_picture": "doctor"}
    shown = parsed(editor.post(check, data={**form_data(soup), **text}), check)
    beside = shown.select_one("#how-findings").get_text(" ")
    assert "GP" in beside and "Use 15 words or fewer" in beside
    assert "It takes a very long time" not in app.test_client().get(easy_page(slug)).get_data(as_text=True)


def test_htmx_check_sends_the_findings_as_fragments(app, users, db):
    slug = editor_service(db)
    editor = signed_in(app, users, "editor")
    path = f"/admin/services/{slug}/easy-read"
    soup = PageHelper(editor)(path)
    form = soup.select_one("form#easy-read-form")
    assert form["hx-post"] == f"{path}/check" and "delay:1s" in form["hx-trigger"]
    response = editor.post(f"{path}/check", data={**form_data(soup), **HARD, "who": "", "how": "",
                                                  "cost": ""},
                           headers={"HX-Request": "true"})
    assert response.status_code == 200 and "HX-Request" in response.headers["Vary"]
    fragment = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert fragment.find("html") is None
    beside = fragment.select_one("#what-findings[hx-swap-oob]")
    assert "SENCO" in beside.get_text(" ")
    assert fragment.select_one("#who-findings[hx-swap-oob]") and not fragment.select("#who-findings li")
    status = fragment.select_one("[hx-swap-oob='innerHTML:#live-status']")
    assert "2 things you could change" in status.get_text(" ")
    seen = fragment.select_one("input#seen[hx-swap-oob]")["value"]
    # findings already shown as the editor typed do not stop the save again
    sent = {**form_data(soup), **HARD, "who": "", "how": "", "cost": "", "seen": seen}
    assert editor.post(path, data=sent).status_code == 302
    points = PageHelper(app.test_client())(easy_page(slug)).select("ul.easy-points > li.easy-point")
    assert " ".join(points[0].get_text(" ").split()) == f"What it is {HARD['what']}"
    headings = [p.select_one("h2").get_text() for p in points]
    assert not {"Who it is for", "How to get it", "What it costs"} & set(headings)  # empty: left out


def test_provider_easy_read_change_waits_for_approval(app, users, db):
    """Kept through a later edit of the service's other fields, then approved."""
    slug = "powerchair-football"
    provider, editor, public = signed_in(app, users, "provider"), signed_in(app, users, "editor"), app.test_client()
    path = f"/admin/services/{slug}/easy-read"
    soup = PageHelper(provider)(path)
    assert soup.select_one("main form button[type=submit]").get_text(strip=True) == "Send for approval"
    assert provider.post(path, data={**form_data(soup), **PLAIN}).status_code == 302
    assert "You can play football in a team." not in public.get(easy_page(slug)).get_data(as_text=True)
    assert "You can play football in a team." in PageHelper(provider)(path).select_one("#what").get_text()

    edit = f"/admin/services/{slug}/edit"
    # meanwhile an editor changes another field live: the provider's next save keeps it
    assert editor.post(edit, data={**form_data(PageHelper(editor)(edit)),
                                   "alert": "Closed on bank holidays."}).status_code == 302
    form = form_data(PageHelper(provider)(edit))
    assert form["alert"] == "Closed on bank holidays."
    assert provider.post(edit, data={**form, "wait_time": "About two weeks."}).status_code == 302

    service = db.exec(select(Service).where(Service.slug == slug)).one()
    request = db.exec(select(ChangeRequest).where(
        ChangeRequest.resource_id == service.id, ChangeRequest.status == "pending")).one()
    proposed = editorial.get_proposal(db, request.id)
    assert proposed.data["easy_read"][0]["what"] == PLAIN["what"]
    assert proposed.data["wait_time"] == "About two weeks."
    assert proposed.data["alert"] == "Closed on bank holidays."
    change = PageHelper(editor)(f"/admin/changes/{request.id}")
    assert "Easy read points" in change.select_one("#change-table").get_text(" ")
    before_approving = PageHelper(editor)(f"{path}?change={request.id}")  # as linked from the change
    assert change.select_one(f"a[href='{path}?change={request.id}']")
    assert before_approving.select_one("#what").get_text().strip() == PLAIN["what"]

    token = change.select_one(f"form[action='/admin/changes/{request.id}/approve'] input[name=csrf_token]")
    assert editor.post(f"/admin/changes/{request.id}/approve",
                       data={"csrf_token": token["value"]}).status_code == 302
    assert "You can play football in a team." in public.get(easy_page(slug)).get_data(as_text=True)


def test_another_provider_cannot_open_the_easy_read_page(app, users):
    other = signed_in(app, users, "other_provider")
    assert other.get(f"/admin/services/{users['provider_service']}/easy-read").status_code == 403


def test_clearing_every_point_removes_the_easy_read_text_and_restore_brings_it_back(app, users, db):
    slug = db.exec(select(Service).order_by(Service.slug.desc()).offset(1)).first().slug
    editor, public = signed_in(app, users, "editor"), app.test_client()
    path = f"/admin/services/{slug}/easy-read"
    soup = PageHelper(editor)(path)
    empty = {name: "" for name in ("what", "who", "how", "cost")}
    assert editor.post(path, data={**form_data(soup), **empty}).status_code == 302
    assert "There is no easy read version of this page yet." in PageHelper(public)(easy_page(slug)).get_text()

    history = PageHelper(editor)(f"/admin/services/{slug}/history")
    restore = history.select("main form[action$='/restore']")[0]
    assert editor.post(restore["action"], data={"csrf_token": restore.select_one(
        "input[name=csrf_token]")["value"]}).status_code == 302
    assert PageHelper(public)(easy_page(slug)).select("ul.easy-points > li.easy-point")


def test_each_finding_is_filed_under_its_point_and_a_word_is_flagged_once():
    from pwa.queries.easy_read import check_service

    report, found = check_service({"what": "It is fun.", "what_picture": "play",
                                   "who": "", "who_picture": "",
                                   "how": "Your SENCO can make a referral.", "how_picture": "",
                                   "cost": "It is free.", "cost_picture": "free"})
    assert [(f.kind, f.detail) for f in found["how"]] == [
        ("missing-picture", ""), ("jargon", "referral"), ("initials", "SENCO")]
    assert found["what"] == found["who"] == found["cost"] == [] and len(report.findings) == 3


def test_the_first_point_is_needed_when_any_other_is_written(app, users, db):
    slug = editor_service(db)
    editor = signed_in(app, users, "editor")
    path = f"/admin/services/{slug}/easy-read"
    soup = PageHelper(editor)(path)
    shown = parsed(editor.post(path, data={**form_data(soup), "what": "", "who": "Children aged 5 to 11."}), path)
    assert shown.title.get_text().startswith("Error: ")
    assert "Families see this point first." in shown.select_one(".error-summary a[href='#what']").get_text()
    assert shown.select_one("#who").get_text().strip() == "Children aged 5 to 11."
