"""axe on a service's easy read edit form showing the checker's findings: without
JavaScript after "Check the text", and with JavaScript after the person types (htmx
swaps the findings in beside the field and says how many in the live region)."""
import pytest
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from sqlmodel import Session

from axe_helper import describe, run_axe
from browser import REPORT, submit_and_wait
from pwa.models.accounts import User
from pwa.queries.accounts import set_password

PASSWORD = "a long enough test passphrase"
EMAIL = "a11y-easy-read-editor@millbrook.example"
HARD = "Your SENCO can make a referral."  # initials and a hard word, neither explained


@pytest.fixture(scope="module")
def editor(app):
    with Session(app.extensions["engine"]) as db:
        user = User(email=EMAIL, name="Axe Easy Read Editor", role="editor")
        set_password(user, PASSWORD)
        db.add(user)
        db.commit()
    return EMAIL


def _findings_shown(driver):
    return driver.find_elements(By.CSS_SELECTOR, "#what-findings li")


@pytest.mark.parametrize("js", (True, False), ids=("js-on", "js-off"))
def test_easy_read_form_with_findings_has_no_axe_violations(browser_for, live_server, demo, editor, js):
    driver = browser_for(js)
    base = live_server.url
    driver.get(f"{base}/sign-in")
    driver.find_element(By.NAME, "email").send_keys(editor)
    driver.find_element(By.NAME, "password").send_keys(PASSWORD)
    submit_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    path = f"/admin/services/{demo['service']}/easy-read"
    driver.get(base + path)
    assert "/sign-in" not in driver.current_url, "not signed in: the audit would prove nothing"
    failures = [describe(r, path) for r in [run_axe(driver)] if r["violations"]]

    what = driver.find_element(By.ID, "what")
    what.clear()
    what.send_keys(HARD)
    if js:  # htmx checks as the person types, after a pause
        WebDriverWait(driver, 15).until(_findings_shown)
        WebDriverWait(driver, 5).until(lambda d: d.find_element(By.ID, "live-status").text)
        assert "things you could change" in driver.find_element(By.ID, "live-status").text
    else:  # "Check the text" posts the form and shows the whole page again
        driver.find_element(By.CSS_SELECTOR, "button[formaction]").click()
        WebDriverWait(driver, 30, ignored_exceptions=(WebDriverException,)).until(_findings_shown)
    assert "SENCO" in driver.find_element(By.ID, "what-findings").text
    results = run_axe(driver)
    if results["violations"]:
        failures.append(describe(results, path + " (with findings)"))
    REPORT.append(f"axe [easy read editing, js-{'on' if js else 'off'}]: 2 states audited")
    assert not failures, "\n".join(failures)
