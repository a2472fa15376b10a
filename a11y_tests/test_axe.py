"""axe-core 4.14.1 on every page and state, in every display mode and language, with
JavaScript on and off: zero violations of WCAG 2.0, 2.1 and 2.2 A and AA."""
from urllib.parse import urlencode, urlsplit, urlunsplit

import pytest
from selenium.webdriver.common.by import By

from axe_helper import AXE_VERSION, describe, run_axe
from browser import CANARY_PATH, REPORT, expect_settle, submit_and_wait, wait_for_settle

# The audit matrix. Adding a display mode or a language is one line here: a name and
# how to turn it on for a URL (e.g. "easy-read": lambda url: with_query(url, mode="easy")
# once easy read exists, or "ar": lambda url: "/ar" + url for a right-to-left language),
# plus its entries in RUNS.
MODES = {"default": lambda url: url,
         # Display modes: the query parameter that also sets the display cookie.
         "easy-read": lambda url: with_query(url, easy_read="1", text_size="standard"),
         "largest-text": lambda url: with_query(url, easy_read="0", text_size="largest"),
         "easy-read-largest": lambda url: with_query(url, easy_read="1", text_size="largest")}
LANGS = {"en": lambda url: url,
         # one right-to-left language and one other, by their URL prefix
         "ar": lambda url: "/ar" + url,
         "pl": lambda url: "/pl" + url}
JS_STATES = {"js-on": True, "js-off": False}
# Every mode and JavaScript state in English; in the other languages, the runs that can
# differ there (direction, longer words) without repeating the whole matrix: the suite
# must stay under 10 minutes on 2 cores.
RUNS = ([(js, mode, "en") for js in JS_STATES for mode in MODES]
        + [("js-on", "default", "ar"), ("js-off", "default", "ar"), ("js-off", "easy-read", "ar"),
           ("js-off", "default", "pl")])


def with_query(url, **params):
    """The URL with display parameters added; each names both, so no mode leaks into the next."""
    parts = urlsplit(url)
    query = "&".join(filter(None, [parts.query, urlencode(params)]))
    return urlunsplit(parts._replace(query=query))


NO_RESULTS = "/services?q=xylophoneqzx"
FORM_ERROR = "/services?age=99"


def states(demo):
    """Pages a crawl cannot reach by links or default form values."""
    return [NO_RESULTS, FORM_ERROR, "/no-such-page", f"/services/{demo['closed']}",
            f"/services/{demo['overdue']}"]


def audit(driver, base, paths, mode, lang):
    failures = []
    for path in paths:
        driver.get(base + LANGS[lang](MODES[mode](path)))
        results = run_axe(driver)
        if results["violations"]:
            failures.append(describe(results, path))
    return failures


@pytest.mark.parametrize("js,mode,lang", RUNS, ids=["-".join(run) for run in RUNS])
def test_every_page_has_no_axe_violations(browser_for, live_server, site, demo, js, mode, lang):
    assert not site.broken, f"broken links (path, status, linked from): {site.broken}"
    paths = site.pages + states(demo)
    failures = audit(browser_for(JS_STATES[js]), live_server.url, paths, mode, lang)
    REPORT.append(f"axe [{js}, {mode}, {lang}]: {len(paths)} pages audited "
                  f"({len(site.pages)} crawled + {len(states(demo))} states)")
    assert not failures, "\n".join(failures)


def test_crawl_found_every_kind_of_page(site):
    REPORT.append(f"crawl: {len(site.discovered)} distinct URLs discovered, "
                  f"{len(site.shapes)} shapes, {len(site.pages)} pages fetched and audited")
    kinds = {s[0] for s in site.shapes}
    assert {"", "services", "organisations", "accessibility-statement"} <= kinds, kinds


@pytest.mark.parametrize("js", JS_STATES)
def test_report_form_with_errors_has_no_violations(browser_for, live_server, js):
    """A POST state: the report-a-problem form sent empty."""
    driver = browser_for(JS_STATES[js])
    driver.get(live_server.url + "/accessibility-statement/report-a-problem")
    submit_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert driver.title.startswith("Error: ")
    results = run_axe(driver)
    assert results["violations"] == [], describe(results, driver.current_url + " (sent empty)")


def test_results_swapped_in_by_htmx_have_no_violations(browser, live_server):
    browser.get(live_server.url + "/services?q=speech")
    expect_settle(browser)
    browser.find_element(By.CSS_SELECTOR, "#free").click()
    wait_for_settle(browser)
    results = run_axe(browser)
    assert results["violations"] == [], describe(results, browser.current_url + " after htmx swap")


def test_harness_catches_violations(browser, live_server):
    """Canary: if this page passed, the audits above would prove nothing."""
    browser.get(live_server.url + CANARY_PATH)
    results = run_axe(browser)
    assert results["axeVersion"] == AXE_VERSION
    assert {"image-alt", "color-contrast"} <= {v["id"] for v in results["violations"]}
    message = describe(results, CANARY_PATH)
    assert "image-alt" in message and CANARY_PATH in message and "img" in message
