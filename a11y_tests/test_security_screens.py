"""axe on the privacy notice, and the signed-in screens for accounts and security:
changing an account, turning off two-step sign-in, problem reports, the outbox."""
import pytest
from selenium.webdriver.common.by import By
from sqlmodel import Session

from axe_helper import describe, run_axe
from browser import REPORT, submit_and_wait
from pwa.models.accounts import User
from pwa.queries.accounts import set_password

PASSWORD = "a long enough test passphrase"


@pytest.fixture(scope="module")
def admin(app):
    with Session(app.extensions["engine"]) as db:
        user = User(email="a11y-admin@millbrook.example", name="Axe Admin", role="admin")
        set_password(user, PASSWORD)
        db.add(user)
        db.commit()
        return user.email, user.id


@pytest.mark.parametrize("js", (True, False), ids=("js-on", "js-off"))
def test_security_screens_have_no_axe_violations(browser_for, live_server, admin, js):
    driver = browser_for(js)
    base = live_server.url
    driver.get(f"{base}/sign-in")
    for name, value in {"email": admin[0], "password": PASSWORD}.items():
        driver.find_element(By.NAME, name).send_keys(value)
    submit_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    paths = ["/privacy", f"/admin/users/{admin[1]}", "/admin/users", "/account/two-step/off",
             "/admin/accessibility-problems", "/admin/outbox"]
    failures = []
    for path in paths:
        driver.get(base + path)
        assert "/sign-in" not in driver.current_url, "not signed in: the audit would prove nothing"
        results = run_axe(driver)
        if results["violations"]:
            failures.append(describe(results, path))
    REPORT.append(f"axe [security, js-{'on' if js else 'off'}]: {len(paths)} pages audited")
    assert not failures, "\n".join(failures)
