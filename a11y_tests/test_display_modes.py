"""The checks axe cannot make, in the display modes: easy read and the large
text sizes must reflow at 320 CSS px, lose nothing at 200% zoom, and keep 44 px
targets; the easy read picture sits at the start of the line in both directions."""
import pytest

import layout_checks as js
from test_beyond_axe import show

MODES = {"easy-read": "easy_read=1&text_size=standard", "large": "easy_read=0&text_size=large",
         "largest": "easy_read=0&text_size=largest", "easy-read-largest": "easy_read=1&text_size=largest"}


@pytest.fixture(scope="module")
def mode_pages(key_pages):
    return {**key_pages, "display settings": "/display-settings", "checker": "/easy-read-checker",
            "credits": "/credits"}


def open_in(driver, live_server, path, mode):
    driver.get(live_server.url + path + ("&" if "?" in path else "?") + MODES[mode])
    assert driver.execute_script("return document.documentElement.className") or mode == "default"


def narrow(driver, width=320):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 640, "deviceScaleFactor": 1, "mobile": False})


@pytest.mark.parametrize("mode", MODES)
def test_every_key_page_reflows_at_320_px_in_each_mode(browser, live_server, mode_pages, mode):
    narrow(browser)
    failures = []
    for path in mode_pages.values():
        open_in(browser, live_server, path, mode)
        offenders = (browser.execute_script(js.OVERFLOW) + browser.execute_script(js.CLIPPED)
                     + browser.execute_script(js.OVERLAPS))
        if offenders:
            failures.append(f"{path} [{mode}] at 320 px:{show(offenders)}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("mode", ["easy-read", "largest"])
def test_zoom_to_200_percent_loses_nothing_in_each_mode(browser, live_server, mode_pages, mode):
    """200% browser zoom at 640 px is the same layout as 320 CSS px at 100%, with the
    root text doubled on top of the mode's size (the harshest case)."""
    failures = []
    for path in mode_pages.values():
        open_in(browser, live_server, path, mode)
        browser.execute_script("document.documentElement.style.fontSize = "
                               "(parseFloat(getComputedStyle(document.documentElement).fontSize) * 2) + 'px'")
        offenders = (browser.execute_script(js.OVERFLOW) + browser.execute_script(js.CLIPPED)
                     + browser.execute_script(js.OVERLAPS))
        if offenders:
            failures.append(f"{path} [{mode}] at 200%:{show(offenders)}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("mode", MODES)
def test_targets_grow_with_the_text(browser, live_server, mode_pages, mode):
    narrow(browser)
    failures = []
    for path in mode_pages.values():
        open_in(browser, live_server, path, mode)
        offenders = browser.execute_script(js.TARGETS)
        if offenders:
            failures.append(f"{path} [{mode}]:{show(offenders)}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_easy_read_pictures_sit_at_the_start_of_the_line(browser, live_server, key_pages, direction):
    open_in(browser, live_server, key_pages["service"], "easy-read")
    browser.execute_script("document.documentElement.dir = arguments[0]", direction)
    sides = browser.execute_script("""
      return [...document.querySelectorAll('.easy-point')].map(li => {
        const img = li.querySelector(':scope > img').getBoundingClientRect();
        const text = li.querySelector(':scope > div').getBoundingClientRect();
        return img.right <= text.left + 1 ? 'ltr' : img.left >= text.right - 1 ? 'rtl' : 'overlap';
      });""")
    assert sides and set(sides) == {direction}, sides
    size = browser.execute_script(
        "return parseFloat(getComputedStyle(document.querySelector('.easy-point p')).fontSize)")
    assert size >= 24
