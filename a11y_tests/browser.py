"""The app on a live HTTP server, and headless Debian Chromium driven by Selenium."""
import logging
import os
import threading

from flask import request
from selenium import webdriver
from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait
from werkzeug.serving import make_server

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
CHROME_FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-first-run",
]
DESKTOP = (1280, 900)

# A deliberately inaccessible page: the canary test proves axe still catches errors.
CANARY_PATH = "/_a11y/broken"
CANARY_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Broken on purpose</title></head><body><main><h1>Broken on purpose</h1>
<img src="data:," width="40" height="40"><p style="color:#ccc;background:#fff">Faint text</p>
</main></body></html>"""

REPORT = []  # lines the tests add to the end of the run (pages crawled, audited)

logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no per-request log lines


class LiveServer:
    """The app on 127.0.0.1 (a free port) in a daemon thread; `hits` lists every path
    the server answered."""

    def __init__(self, app):
        self.hits = []
        app.before_request(lambda: self.hits.append(request.path))
        # Its own policy: the app's CSP would block the inline style that makes it fail.
        app.add_url_rule(CANARY_PATH, "a11y_canary", lambda: (CANARY_PAGE, 200, {
            "Content-Security-Policy": "default-src 'self'; img-src data:; style-src 'unsafe-inline'"}))
        self._srv = make_server("127.0.0.1", 0, app, threaded=True)  # port 0: any free port
        self.url = f"http://127.0.0.1:{self._srv.server_port}"
        threading.Thread(target=self._srv.serve_forever, daemon=True).start()

    def stop(self):
        self._srv.shutdown()
        self._srv.server_close()


def make_driver(profile_dir, javascript=True):
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in [*CHROME_FLAGS, f"--user-data-dir={profile_dir}",
                 f"--window-size={DESKTOP[0]},{DESKTOP[1]}"]:
        opts.add_argument(flag)
    # An explicit driver path: Selenium Manager never looks for (or downloads) a driver.
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)
    driver.set_script_timeout(60)  # axe.run is async; the default is 30 s
    driver.set_page_load_timeout(30)
    driver.javascript = javascript
    scripts(driver, javascript)
    _retry_stalled_loads(driver)
    return driver


def _retry_stalled_loads(driver):
    """On a loaded 2-core machine a long-lived Chromium now and then stops answering
    ChromeDriver during a navigation ("Timed out receiving message from renderer"), a
    known ChromeDriver fault, not the page's. Navigate once more before failing: a page
    that really hangs still fails, the second time, with the same message."""
    get = driver.get

    def get_again_if_stalled(url):
        try:
            get(url)
        except TimeoutException as error:
            if "receiving message from renderer" not in str(error):
                raise
            try:
                driver.execute_script("window.stop()")
            except WebDriverException:
                pass  # the renderer may still be busy: the second get() waits for it
            get(url)
    driver.get = get_again_if_stalled


def scripts(driver, on):
    """Let page scripts run, or not, from the next navigation on.

    JavaScript off is emulated over CDP, not with Chrome's content-settings pref
    ({"profile.managed_default_content_settings.javascript": 2}): under that pref the
    page runs no timers even for injected scripts, so axe.run never finishes. With
    the emulation the page is parsed with scripting disabled (htmx never loads,
    <noscript> renders); run_axe lifts it only while axe runs, and a parsed page
    never runs its skipped scripts afterwards.
    """
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": not on})


def reset(driver):
    """Undo what a test may have changed, so one browser can serve many tests."""
    for command, params in (("Emulation.clearDeviceMetricsOverride", {}),
                            ("Emulation.setEmulatedMedia", {"media": "", "features": []})):
        driver.execute_cdp_cmd(command, params)
    driver.set_window_size(*DESKTOP)
    driver.delete_all_cookies()
    scripts(driver, driver.javascript)


# --- htmx ---------------------------------------------------------------------

def expect_settle(driver):
    """Call before the action that starts an htmx request; then wait_for_settle()."""
    driver.execute_script(
        "window.__settled = false; document.body.addEventListener('htmx:afterSettle',"
        " () => { window.__settled = true; }, {once: true});")


def wait_for_settle(driver, timeout=10):
    WebDriverWait(driver, timeout).until(lambda d: d.execute_script("return window.__settled === true"))


def active(driver):
    """A short description of the focused element, for messages."""
    return driver.execute_script(DESCRIBE + "return describe(document.activeElement);")


# A CSS-ish selector for an element, for failure messages (shared by the JS checks).
DESCRIBE = r"""
function describe(el) {
  if (!el || el === document.body) return 'body';
  const parts = [];
  for (let e = el; e && e.nodeType === 1 && parts.length < 4; e = e.parentElement) {
    let s = e.localName;
    if (e.id) { parts.unshift(s + '#' + e.id); break; }
    if (e.classList.length) s += '.' + [...e.classList].join('.');
    const same = e.parentElement ? [...e.parentElement.children].filter(c => c.localName === e.localName) : [];
    if (same.length > 1) s += ':nth-of-type(' + (same.indexOf(e) + 1) + ')';
    parts.unshift(s);
  }
  const text = (el.innerText || el.value || '').trim().slice(0, 40);
  return parts.join(' > ') + (text ? ' "' + text + '"' : '');
}
"""


def submit_and_wait(driver, button):
    """Click a form's submit button and wait for the page it leads to. Compares title and
    address rather than touching the old element, which can raise a DevTools "inspector
    error" (not a stale-element error) mid-navigation when scripts are off."""
    before = (driver.title, driver.current_url)
    button.click()
    WebDriverWait(driver, 30, ignored_exceptions=(WebDriverException,)).until(
        lambda d: (d.title, d.current_url) != before)
