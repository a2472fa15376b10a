"""axe on the "checked, not just updated" screens: the public
"Suggest a change" form with errors, and the signed-in review and suggestion pages."""
import pytest
from selenium.webdriver.common.by import By
from sqlmodel import Session

from axe_helper import describe, run_axe
from browser import REPORT, submit_and_wait
from pwa.models.accounts import User
from pwa.queries.accounts import set_password

PASSWORD = "a long enough test passphrase"


@pytest.fixture(scope="module")
def editor(app):
    with Session(app.extensions["engine"]) as db:
        user = User(email="a11y-editor@millbrook.example", name="Axe Editor", role="editor")
        set_password(user, PASSWORD)
        db.add(user)
        db.commit()
    return "a11y-editor@millbrook.example"


def _fill_and_send(driver, fields):
    for name, value in fields.items():
        driver.find_element(By.NAME, name).send_keys(value)
    submit_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))


@pytest.mark.parametrize("js", (True, False), ids=("js-on", "js-off"))
def test_review_screens_have_no_axe_violations(browser_for, live_server, demo, editor, js):
    driver = browser_for(js)
    base = live_server.url
    failures = []
    # public: the form sent empty (an error summary), then a suggestion sent for real
    driver.get(f"{base}/services/{demo['overdue']}/suggest-a-change")
    _fill_and_send(driver, {})
    assert driver.title.startswith("Error: ")
    failures += [describe(r, driver.current_url + " (sent empty)") for r in [run_axe(driver)] if r["violations"]]
    driver.find_element(By.CSS_SELECTOR, "input[name=topic][value=other]").click()
    _fill_and_send(driver, {"details": "The phone number has changed."})
    assert "/sent" in driver.current_url
    # signed in as an editor
    driver.get(f"{base}/sign-in")
    _fill_and_send(driver, {"email": editor, "password": PASSWORD})
    paths = ["/admin/reviews", "/admin/reviews?by=kind", f"/admin/services/{demo['overdue']}/confirm",
             "/admin/suggestions"]
    for path in ["/services/" + demo["overdue"] + "/suggest-a-change/sent"] + paths:
        driver.get(base + path)
        assert "/sign-in" not in driver.current_url, "not signed in: the audit would prove nothing"
        results = run_axe(driver)
        if results["violations"]:
            failures.append(describe(results, path))
    REPORT.append(f"axe [reviews, js-{'on' if js else 'off'}]: {len(paths) + 2} review pages audited")
    assert not failures, "\n".join(failures)
