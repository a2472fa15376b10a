"""axe on the forms that add new entries: the new-service form empty (its checklist
showing), sent empty (an error summary), and refused for publishing while its checklist
is incomplete; and the other kinds' new-entry forms."""
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
        user = User(email="a11y-creator@millbrook.example", name="Axe Creator", role="editor")
        set_password(user, PASSWORD)
        db.add(user)
        db.commit()
    return "a11y-creator@millbrook.example"


def _fill_and_send(driver, fields, button="main form button[type=submit]"):
    for name, value in fields.items():
        driver.find_element(By.ID, name).send_keys(value)
    submit_and_wait(driver, driver.find_element(By.CSS_SELECTOR, button))


def _audit(driver, label, failures):
    results = run_axe(driver)
    if results["violations"]:
        failures.append(describe(results, f"{driver.current_url} ({label})"))


@pytest.mark.parametrize("js", (True, False), ids=("js-on", "js-off"))
def test_new_entry_forms_have_no_axe_violations(browser_for, live_server, editor, js):
    driver = browser_for(js)
    base = live_server.url
    failures = []
    driver.get(f"{base}/sign-in")
    driver.find_element(By.NAME, "email").send_keys(editor)
    driver.find_element(By.NAME, "password").send_keys(PASSWORD)
    submit_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    driver.get(f"{base}/admin/services/new")
    assert "/sign-in" not in driver.current_url, "not signed in: the audit would prove nothing"
    assert driver.find_elements(By.CSS_SELECTOR, "#checklist li a")
    _audit(driver, "empty, with its checklist", failures)

    _fill_and_send(driver, {}, "main form .search-bar button[type=submit]")
    assert driver.title.startswith("Error: ")
    _audit(driver, "sent empty", failures)

    driver.get(f"{base}/admin/services/new")  # afresh, so the next page's title differs
    _fill_and_send(driver, {"name": "Axe Test Club", "description": "Games on Fridays.",
                            "minimum_age": "5", "maximum_age": "11"},
                   "main form .search-bar button[type=submit]")
    assert driver.title.startswith("Error: ")
    summary = driver.find_element(By.CSS_SELECTOR, ".error-summary").text
    assert "checklist" in summary
    _audit(driver, "refused: checklist incomplete", failures)

    for segment in ("organisations", "locations", "information"):
        driver.get(f"{base}/admin/{segment}/new")
        _audit(driver, "empty", failures)
    REPORT.append(f"axe [new entries, js-{'on' if js else 'off'}]: 6 new-entry screens audited")
    assert not failures, "\n".join(failures)
