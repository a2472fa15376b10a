"""Save in a real browser, from a page that started no session (so a CDN could keep it):
the button carries no token, and Chromium's Sec-Fetch-Site and Origin headers are what
let the POST through, with JavaScript (htmx swaps the button) and without (POST,
redirect, GET). The fast tests fake those headers; this proves a browser sends them."""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from browser import expect_settle, reset, wait_for_settle


def cookies(driver) -> set[str]:
    return {c["name"] for c in driver.get_cookies()}


@pytest.mark.parametrize("js", (True, False), ids=("js-on", "js-off"))
def test_save_from_a_page_with_no_session(browser_for, live_server, demo, js):
    driver = browser_for(js)
    reset(driver)
    slug = demo["service"]
    driver.get(f"{live_server.url}/services/{slug}")
    assert "session" not in cookies(driver), "the page started a session: no CDN could keep it"
    form = driver.find_element(By.CSS_SELECTOR, "main form.save")
    assert not form.find_elements(By.NAME, "csrf_token")
    if js:
        expect_settle(driver)
        driver.find_element(By.ID, f"save-{slug}").click()
        wait_for_settle(driver)
        assert driver.find_element(By.ID, "live-status").text.startswith("Saved:")
    else:
        driver.find_element(By.ID, f"save-{slug}").click()
        WebDriverWait(driver, 30).until(lambda d: "saved" in cookies(d))
    assert driver.current_url.endswith(f"/services/{slug}")  # never the "Save this service?" page
    assert driver.find_element(By.ID, f"save-{slug}").text.startswith("Remove from saved")
    assert "session" not in cookies(driver)
    reset(driver)
