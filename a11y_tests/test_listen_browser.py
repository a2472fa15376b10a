"""Read aloud in a real browser: hidden where there is no voice (as in
headless Chromium), and with a stand-in speech engine it shows real buttons, marks the
sentence being read and clears the mark on Stop, without moving focus."""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

FAKE_SPEECH = """
(function () {
  var spoken = window.__spoken = [];
  function Utterance(text) { this.text = text; }
  var synth = {
    getVoices: function () { return [{lang: 'en-GB', name: 'Fake'}]; },
    speak: function (u) { spoken.push(u.text); setTimeout(function () { if (u.onend) u.onend({}); }, 300); },
    cancel: function () {}, pause: function () {}, resume: function () {},
    addEventListener: function () {}, removeEventListener: function () {}
  };
  Object.defineProperty(window, 'speechSynthesis', {value: synth, configurable: true});
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {value: Utterance, configurable: true});
})();
"""


def listen_errors(driver):
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE" and "listen" in e["message"]]


def test_hidden_without_a_voice(browser, live_server, demo):
    browser.get_log("browser")  # drop earlier pages' entries
    browser.get(f"{live_server.url}/services/{demo['service']}")
    box = browser.find_element(By.ID, "listen")
    assert browser.execute_script("return document.readyState") == "complete"
    assert not box.is_displayed() and box.get_attribute("hidden") is not None
    assert box.find_elements(By.TAG_NAME, "button") == []
    assert listen_errors(browser) == []


@pytest.fixture
def fake_speech(browser):
    added = browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": FAKE_SPEECH})
    yield browser
    browser.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument",
                            {"identifier": added["identifier"]})


def test_reads_aloud_with_a_voice(fake_speech, live_server, demo):
    driver = fake_speech
    driver.get_log("browser")
    driver.get(f"{live_server.url}/services/{demo['service']}")
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "listen").is_displayed())
    buttons = driver.find_elements(By.CSS_SELECTOR, "#listen button")
    names = [b.get_attribute("textContent") for b in buttons]
    assert names == ["Listen", "Pause", "Stop"]
    for b in buttons:
        assert b.get_attribute("type") == "button"
        assert b.size["height"] >= 44 and b.size["width"] >= 44
    buttons[0].click()
    focused = driver.execute_script("return document.activeElement")
    assert focused == buttons[0]  # no focus moves
    current = WebDriverWait(driver, 5).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "main .listen-current"))
    assert len(current) == 1
    assert driver.execute_script("return window.__spoken.length") >= 1
    assert current[0].value_of_css_property("background-color") == "rgba(255, 221, 0, 1)"
    # the highlight follows the reading
    WebDriverWait(driver, 5).until(lambda d: d.execute_script("return window.__spoken.length") >= 2)
    buttons[1].click()  # Pause
    assert buttons[1].get_attribute("textContent") == "Carry on"
    buttons[1].click()  # Carry on
    assert buttons[1].get_attribute("textContent") == "Pause"
    buttons[2].click()  # Stop
    assert driver.find_elements(By.CSS_SELECTOR, ".listen-current") == []
    box = driver.find_element(By.ID, "listen")  # not a live region: it announces nothing
    assert box.get_attribute("aria-live") is None and box.get_attribute("role") is None
    assert listen_errors(driver) == []
