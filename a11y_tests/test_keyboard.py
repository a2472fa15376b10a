"""Keyboard journeys with no mouse, JavaScript on (htmx updates the results).

The journey: find a service by search and filters, open it, save it, send feedback."""
import pytest
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from browser import active, expect_settle, make_driver, wait_for_settle
from keyboard import press, tab_walk

PHONE = {"width": 412, "height": 915, "deviceScaleFactor": 1, "mobile": False}


def focused_id(driver):
    return driver.execute_script("return document.activeElement.id")


def tab_to(driver, element_id, limit=60):
    for _ in range(limit):
        press(driver, Keys.TAB)
        if focused_id(driver) == element_id:
            return
    raise AssertionError(f"Tab never reached #{element_id}; focus is on {active(driver)}")


def announced(driver):
    return driver.execute_script("return [document.getElementById('live-status').textContent.trim(),"
                                 " document.getElementById('results-title').textContent.trim()]")


def test_skip_link_comes_first_and_moves_focus_to_main(browser, live_server):
    browser.get(live_server.url + "/")
    press(browser, Keys.TAB)
    assert browser.execute_script("return document.activeElement.classList.contains('skip')"), active(browser)
    press(browser, Keys.ENTER)
    assert focused_id(browser) == "main-content", active(browser)


def test_find_a_service_save_it_and_send_feedback(browser, live_server):
    browser.get(live_server.url + "/")
    press(browser, Keys.TAB, Keys.ENTER)          # skip link into main
    tab_to(browser, "q")
    press(browser, "speech", Keys.ENTER)           # a plain GET form: a new page
    WebDriverWait(browser, 10).until(lambda d: "/services?" in d.current_url)
    assert browser.find_element("css selector", "h1").text == "Find support"

    tab_to(browser, "age")
    expect_settle(browser)
    press(browser, Keys.ARROW_DOWN)                # a closed select changes with the arrows
    wait_for_settle(browser)
    assert focused_id(browser) == "age", f"focus moved to {active(browser)} after the update"
    status, heading = announced(browser)
    assert status == heading and heading.endswith("found"), (status, heading)
    assert "age=" in browser.current_url and "age=&" not in browser.current_url

    tab_to(browser, "free")
    expect_settle(browser)
    press(browser, Keys.SPACE)
    wait_for_settle(browser)
    assert focused_id(browser) == "free", f"focus moved to {active(browser)} after the update"
    assert browser.execute_script("return document.getElementById('free').checked")
    status, new_heading = announced(browser)
    assert status == new_heading, (status, new_heading)

    for _ in range(60):                             # on to the first result
        press(browser, Keys.TAB)
        if browser.execute_script("return !!document.activeElement.closest('#results .results-list h3')"):
            break
    name = browser.execute_script("return document.activeElement.textContent.trim()")
    press(browser, Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: "/services/" in d.current_url)
    assert browser.find_element("css selector", "h1").text == name

    slug = browser.current_url.rstrip("/").split("/")[-1].split("?")[0]
    tab_to(browser, f"save-{slug}")                # save it: htmx swaps the button in place
    expect_settle(browser)
    press(browser, Keys.ENTER)
    wait_for_settle(browser)
    assert focused_id(browser) == f"save-{slug}", f"focus moved to {active(browser)} after saving"
    status = browser.execute_script("return document.getElementById('live-status').textContent.trim()")
    assert status.endswith(name), status

    for _ in range(80):                             # send feedback about the service
        press(browser, Keys.TAB)
        if browser.execute_script("return (document.activeElement.getAttribute('href') || '').includes('/feedback')"):
            break
    press(browser, Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: "/feedback" in d.current_url)
    tab_to(browser, browser.execute_script(
        "return document.querySelector('main form input[type=radio]').id"))
    press(browser, Keys.SPACE)
    tab_to(browser, browser.execute_script("return document.querySelector('main form textarea').id"))
    press(browser, "The opening times helped us plan our visit.")
    button = browser.find_element("css selector", "main form button[type=submit]")
    for _ in range(20):
        press(browser, Keys.TAB)
        if browser.execute_script("return document.activeElement === arguments[0]", button):
            break
    press(browser, Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: "/feedback/sent" in d.current_url)  # it was sent


@pytest.fixture
def fresh_browser(tmp_path):
    """Its own Chromium: after the long shared session (service worker, many pages) the
    renderer sometimes stalls on the phone emulation, which would fail for the wrong reason."""
    driver = make_driver(tmp_path / "profile", True)
    yield driver
    driver.quit()


def test_focus_order_follows_the_visual_order(fresh_browser, live_server, key_pages):
    """At phone width the layout is one column: each focused element is below, or on
    the same row and after, the one before (WCAG 2.4.3)."""
    browser = fresh_browser
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    problems = []
    for path in key_pages.values():
        browser.get(live_server.url + path)
        steps = tab_walk(browser)
        assert len(steps) > 3, f"{path}: only {len(steps)} focusable elements"
        for before, after in zip(steps, steps[1:], strict=False):
            (l1, t1, _, b1), (l2, t2, _, b2) = before["box"], after["box"]
            same_row = t2 < b1 - 2 and t1 < b2 - 2
            if (same_row and l2 < l1 - 2) or (not same_row and t2 < t1 - 2):
                problems.append(f"{path}: {after['name']} comes after {before['name']} but sits before it")
    assert not problems, "\n".join(problems)
