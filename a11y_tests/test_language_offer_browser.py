"""The offer of the browser's own language, in a real browser: the English page is the
same for everyone, and app.js asks for the offer in the language navigator.languages
prefers, so a page cached by a CDN still offers each family its own language."""
import time

from selenium.webdriver.support.ui import WebDriverWait


def prefer(browser, languages):
    ua = browser.execute_script("return navigator.userAgent")
    browser.execute_cdp_cmd("Network.enable", {})
    browser.execute_cdp_cmd("Network.setUserAgentOverride", {"userAgent": ua, "acceptLanguage": languages})


def test_an_english_page_offers_the_preferred_language(browser, live_server):
    prefer(browser, "ur-PK,ur,en")
    try:
        browser.get(live_server.url + "/services?age=5-10")
        WebDriverWait(browser, 10).until(lambda b: b.find_elements("css selector", ".language-offer a"))
        offer = browser.find_element("css selector", ".language-offer")
        assert offer.get_attribute("lang") == "ur" and offer.get_attribute("dir") == "rtl"
        link = offer.find_element("css selector", "a")
        assert link.get_attribute("href") == live_server.url + "/ur/services?age=5-10"

        prefer(browser, "en-GB,en")
        browser.get(live_server.url + "/services?age=5-10")
        time.sleep(1)  # time enough for a request app.js should not make
        asked = browser.execute_script(
            "return performance.getEntriesByType('resource').map(e => e.name)"
            ".filter(n => n.includes('language-offer'))")
        assert asked == [] and browser.find_element("id", "language-offer").get_attribute("innerHTML") == ""
    finally:
        prefer(browser, "en-US,en")
