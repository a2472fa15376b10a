"""The one test helper for pages: every full page a test fetches is checked for the
invariants every page keeps (one h1, a title that starts with it, lang and dir, a
skip link, unique ids, labelled controls, forms with actions) before the test sees it."""
from bs4 import BeautifulSoup

PASSWORD = "correct horse battery staple"  # every test account's
# What a browser adds to a POST from one of this site's own pages (the Save buttons rely on it).
SAME_ORIGIN = {"Sec-Fetch-Site": "same-origin"}
LABELLABLE = "input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea"


def _text(node) -> str:
    return " ".join(node.get_text(" ").split())


def _save_button(form) -> bool:
    """Save and Remove may carry no token: their POST is checked by where it came from."""
    return "save" in form.get("class", []) and form["action"].endswith(("/saved", "/saved/remove"))


def check_invariants(soup: BeautifulSoup, path: str) -> None:
    h1s = soup.find_all("h1")
    assert len(h1s) == 1, f"{path}: {len(h1s)} h1 elements, expected exactly one"
    title = _text(soup.title)
    assert title.startswith(_text(h1s[0])) or title.startswith("Error: " + _text(h1s[0])), \
        f"{path}: title {title!r} does not start with the h1 {_text(h1s[0])!r}"
    html = soup.html
    assert html.get("lang"), f"{path}: <html> has no lang"
    assert html.get("dir") in ("ltr", "rtl"), f"{path}: <html> has no dir"
    ids = [el["id"] for el in soup.select("[id]")]
    dupes = {i for i in ids if ids.count(i) > 1}
    assert not dupes, f"{path}: duplicate ids {sorted(dupes)}"
    for control in soup.select(LABELLABLE):
        named = (control.get("aria-label") or control.get("aria-labelledby")
                 or (control.get("id") and soup.select_one(f'label[for="{control["id"]}"]'))
                 or control.find_parent("label"))
        assert named, f"{path}: control without a label: {control}"
    for form in soup.find_all("form"):
        assert form.get("action"), f"{path}: form without an action: {form.get('id')}"
        assert form.get("method", "get").lower() in ("get", "post"), f"{path}: odd form method"
        if form.get("method", "get").lower() == "post" and not _save_button(form):
            assert form.select_one("input[name=csrf_token]"), f"{path}: POST form without CSRF"
    for img in soup.find_all("img"):
        assert img.has_attr("alt"), f"{path}: image without alt: {img}"
    assert soup.select_one("a.skip[href='#main-content']"), f"{path}: no skip link"
    assert soup.select_one("main#main-content"), f"{path}: no main landmark"
    assert soup.select_one("[role=status]#live-status"), f"{path}: no live region"


class PageHelper:
    def __init__(self, client):
        self.client = client

    def __call__(self, path: str, status: int = 200, **kwargs) -> BeautifulSoup:
        response = self.client.get(path, **kwargs)
        assert response.status_code == status, f"{path}: {response.status_code}, expected {status}"
        assert response.mimetype == "text/html"
        soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
        check_invariants(soup, path)
        soup.response = response
        return soup


def csrf_token(client, path: str) -> str:
    """The CSRF token from the first POST form on a page, as a browser would send it."""
    soup = BeautifulSoup(client.get(path).get_data(as_text=True), "html.parser")
    return soup.select_one("form[method=post] input[name=csrf_token]")["value"]


def submit(client, path: str, data: dict, form_page: str | None = None, **kwargs):
    """POST a form the way a browser does: fetch its page, then send it with the token."""
    token = csrf_token(client, form_page or path)
    return client.post(path, data={"csrf_token": token, **data}, **kwargs)


def sign_in_as(client, user_id: str):
    """Sign a test client in without the form: a server-side session, as the form makes."""
    from sqlmodel import Session

    from pwa.queries.accounts import start_session

    with Session(client.application.extensions["engine"]) as db:
        token = start_session(db, user_id)
        db.commit()
    with client.session_transaction() as s:
        s["sid"] = token
    return client
