"""Installable, and it works offline for the services a family saved.

Offline means the server is stopped, not the page set offline: page-level offline
emulation does not reach the service worker, whose fetch() would still reach the
server and pass for the wrong reason.
So these tests run their own server, on the same demo database, and a fresh browser
profile, so no other test meets this worker.
"""
import socket

import pytest
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from axe_helper import describe, run_axe
from browser import REPORT, LiveServer, expect_settle, make_driver, wait_for_settle
from pwa import create_app

SAVED_SLUG = "speech-and-language-therapy-under-5s"
ADMIN_PROBE = "/admin/offline-probe"  # a page under /admin that needs no signing in

# Every cache of this origin: {cache name: [[path, bytes], ...]}
CACHES = """
const done = arguments[arguments.length - 1];
(async () => {
  const out = {};
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    out[name] = [];
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      const url = new URL(request.url);
      out[name].push([url.pathname + url.search, (await response.blob()).size]);
    }
  }
  return out;
})().then(done, (e) => done({error: String(e)}));
"""
TELL_WORKER = """
const done = arguments[arguments.length - 1];
navigator.serviceWorker.ready.then((r) => { r.active.postMessage(arguments[0]); done(true); });
"""
HX_FETCH = """
const done = arguments[arguments.length - 1];
fetch(arguments[0], {headers: {"HX-Request": "true"}})
  .then((r) => done("answered " + r.status), (e) => done("network error"));
"""


@pytest.fixture
def own_server(app):
    """The app on a server this test may stop, with an admin-like page to probe."""
    own = create_app({"DATABASE_URL": app.config["DATABASE_URL"], "TESTING": True})
    own.add_url_rule(ADMIN_PROBE, "offline_probe", lambda: (
        '<!doctype html><html lang="en"><title>Admin probe</title><main><h1>Admin probe</h1></main>'))
    server = LiveServer(own)
    # shutdown() stops accepting, but connections already open live on: HTTP/1.1
    # keep-alive ones, and sockets Chromium opened ahead of need (preconnect). A
    # "stopped" server answered a navigation through one. So keep every accepted
    # socket, and cut them all when the test stops the server.
    sockets, accept = [], server._srv.get_request

    def get_request():
        sock, address = accept()
        sockets.append(sock)
        return sock, address

    def stop():
        server._srv.shutdown()
        server._srv.server_close()
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed

    server._srv.get_request = get_request
    server.stop = stop
    yield server
    stop()  # if the test failed before it stopped the server; twice is harmless


@pytest.fixture
def fresh_browser(tmp_path):
    driver = make_driver(tmp_path / "profile", javascript=True)
    yield driver
    driver.quit()


def controlled(driver, url):
    """The page on a second page view, as if by a link: the worker installs only then
    (static/js/app.js), and the page after it links the manifest (the files are held)."""
    driver.get(url)
    driver.execute_script("location.href = arguments[0]", url)
    WebDriverWait(driver, 15).until(lambda d: d.execute_script(
        "return document.readyState === 'complete' && !!navigator.serviceWorker.controller"))
    driver.get(url)
    WebDriverWait(driver, 15).until(
        lambda d: d.execute_script("return !!navigator.serviceWorker.controller"))


def caches_now(driver):
    found = driver.execute_async_script(CACHES)
    assert "error" not in found, found
    return found


def saved_paths(driver):
    return {path for path, _size in caches_now(driver).get("saved-pages", [])}


def h1(driver):
    return driver.execute_script("const h = document.querySelector('h1'); return h && h.textContent")


def saved_on(driver):
    """The "Saved on <date>" notice, if the worker revealed it."""
    return driver.execute_script(
        "const p = document.querySelector('[data-saved-on]');"
        "return p && !p.hidden ? p.textContent.trim() : null")


def test_saved_pages_open_with_the_server_stopped(own_server, fresh_browser):
    driver, base = fresh_browser, own_server.url
    service = f"/services/{SAVED_SLUG}"
    controlled(driver, base + service)
    name = h1(driver)

    # Save with JavaScript on: htmx swaps the button and the live region says so.
    expect_settle(driver)
    driver.find_element(By.ID, f"save-{SAVED_SLUG}").click()
    wait_for_settle(driver)
    assert driver.find_element(By.ID, "live-status").text.startswith("Saved:")
    assert driver.find_element(By.ID, f"save-{SAVED_SLUG}").text.startswith("Remove from saved")
    WebDriverWait(driver, 15).until(lambda d: {service, "/saved"} <= saved_paths(d))

    # Admin pages: visited online, and even asked for by name, they are never kept.
    driver.get(base + ADMIN_PROBE)
    assert h1(driver) == "Admin probe"
    driver.get(base + "/sign-in")
    assert driver.execute_async_script(TELL_WORKER, {"save": [ADMIN_PROBE, "/sign-in"]})
    driver.get(base + "/offline")  # a round trip, so the worker has handled the message

    found = caches_now(driver)
    static = next(name for name in found if name.startswith("static-"))
    precached = sum(size for _path, size in found[static])
    per_service = dict(found["saved-pages"])
    REPORT.append(f"offline: precached {precached} B in {len(found[static])} files "
                  f"(decoded); one saved service page {per_service[service]} B, "
                  f"the Saved page {per_service['/saved']} B (decoded)")

    own_server.stop()
    seen = len(own_server.hits)

    driver.get(base + service)  # saved: its own copy, with the date it was saved
    assert h1(driver) == name
    assert driver.find_elements(By.CSS_SELECTOR, "a[href^='tel:']")
    assert saved_on(driver).startswith("Saved on ") and saved_on(driver)[9].isdigit()

    driver.get(base + "/saved")  # the list, readable without a signal
    assert h1(driver) == "Saved services"
    assert driver.find_element(By.CSS_SELECTOR, f"main a[href='{service}']").text == name
    assert saved_on(driver).startswith("Saved on ")

    # A failed htmx request is a network error (htmx says so in the live region), never
    # the offline page: the Remove button on the offline copy cannot reach the server.
    driver.find_element(By.ID, f"save-{SAVED_SLUG}").click()
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "live-status").text)
    assert "did not work" in driver.find_element(By.ID, "live-status").text
    assert h1(driver) == "Saved services"
    assert driver.execute_async_script(HX_FETCH, "/services?q=speech") == "network error"

    driver.get(base + "/services?q=speech")  # never saved: the offline page
    assert h1(driver) == "You are offline"

    assert not [path for paths in caches_now(driver).values() for path, _ in paths
                if path.startswith(("/admin", "/sign-in"))]
    # Never answered by the worker: the browser goes to the network and finds nothing
    # (chromedriver reports the refusal; older ones showed "This site can't be reached").
    try:
        driver.get(base + ADMIN_PROBE)
    except WebDriverException as error:
        assert "ERR_CONNECTION_REFUSED" in error.msg
    assert "Admin probe" not in driver.page_source
    assert own_server.hits[seen:] == []  # nothing reached the stopped server


def test_removing_a_service_drops_its_copy(own_server, fresh_browser):
    driver, base = fresh_browser, own_server.url
    service = f"/services/{SAVED_SLUG}"
    controlled(driver, base + service)
    for expected in ("Saved:", "Removed from saved:"):
        expect_settle(driver)
        driver.find_element(By.ID, f"save-{SAVED_SLUG}").click()
        wait_for_settle(driver)
        assert driver.find_element(By.ID, "live-status").text.startswith(expected)
        # htmx put focus back on the new button (same id), not on <body>
        assert driver.switch_to.active_element.get_attribute("id") == f"save-{SAVED_SLUG}"
        if expected == "Saved:":
            WebDriverWait(driver, 15).until(lambda d: service in saved_paths(d))
    WebDriverWait(driver, 15).until(lambda d: service not in saved_paths(d))


def test_installable_with_no_errors(live_server, fresh_browser):
    controlled(fresh_browser, live_server.url + "/")
    errors = fresh_browser.execute_cdp_cmd("Page.getInstallabilityErrors", {})
    assert errors["installabilityErrors"] == []
    manifest = fresh_browser.execute_cdp_cmd("Page.getAppManifest", {})
    assert manifest["errors"] == [], manifest["errors"]
    assert manifest["url"].endswith("/manifest.webmanifest")


@pytest.mark.parametrize("javascript", [True, False], ids=["js-on", "js-off"])
def test_saved_and_offline_pages_have_no_axe_violations(live_server, tmp_path, javascript):
    driver = make_driver(tmp_path / "profile", javascript=javascript)
    try:
        base = live_server.url
        driver.get(base + f"/services/{SAVED_SLUG}")
        driver.find_element(By.ID, f"save-{SAVED_SLUG}").click()  # htmx or a plain POST
        WebDriverWait(driver, 10).until(lambda d: d.execute_script(  # swapped or reloaded
            "const b = document.getElementById(arguments[0]);"
            "return !!b && b.textContent.startsWith('Remove')", f"save-{SAVED_SLUG}"))
        failures = []
        for path in ("/saved", "/saved?print=1", f"/saved/shared?s={SAVED_SLUG}", "/offline"):
            driver.get(base + path)
            results = run_axe(driver)
            if results["violations"]:
                failures.append(describe(results, path))
        assert not failures, "\n".join(failures)
    finally:
        driver.quit()
