"""The WCAG checks axe-core cannot make (reflow, text size and spacing, target size,
contrast, focus, motion, forced colours), each on the key pages: one of each kind a family meets."""
import pytest
import layout_checks as js
from browser import DESCRIBE
from keyboard import FOCUS_STYLE, tab_walk

KEY_PAGES = ["home", "search results", "service", "organisation", "not found"]


def show(offenders, limit=15):
    more = f"\n  … and {len(offenders) - limit} more" if len(offenders) > limit else ""
    return "\n  " + "\n  ".join(offenders[:limit]) + more


def open_page(driver, live_server, key_pages, key):
    driver.get(live_server.url + key_pages[key])
    return key_pages[key]


@pytest.mark.parametrize("key", KEY_PAGES)
def test_reflows_at_320_css_pixels(browser, live_server, key_pages, key):
    """WCAG 1.4.10: at 320 CSS px wide, no sideways scrolling and nothing cut off."""
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": 320, "height": 640, "deviceScaleFactor": 1, "mobile": False})
    path = open_page(browser, live_server, key_pages, key)
    assert browser.execute_script("return innerWidth") == 320
    offenders = browser.execute_script(js.OVERFLOW) + browser.execute_script(js.CLIPPED)
    assert not offenders, f"{path} at 320 px:{show(offenders)}"


@pytest.mark.parametrize("key", KEY_PAGES)
def test_text_resized_to_200_percent_loses_nothing(browser, live_server, key_pages, key):
    """WCAG 1.4.4: text at 200% (the root font size, which every rem follows)."""
    path = open_page(browser, live_server, key_pages, key)
    browser.execute_script("document.documentElement.style.fontSize = '200%'")
    offenders = (browser.execute_script(js.OVERFLOW) + browser.execute_script(js.CLIPPED)
                 + browser.execute_script(js.OVERLAPS))
    assert not offenders, f"{path} with text at 200%:{show(offenders)}"


@pytest.mark.parametrize("key", KEY_PAGES)
def test_text_spacing_loses_nothing(browser, live_server, key_pages, key):
    """WCAG 1.4.12: line height 1.5, letter spacing .12em, word spacing .16em,
    paragraph spacing 2em, and no content clipped or overlapping."""
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": 412, "height": 915, "deviceScaleFactor": 1, "mobile": False})
    path = open_page(browser, live_server, key_pages, key)
    browser.execute_script(js.ADOPT, js.TEXT_SPACING)
    offenders = (browser.execute_script(js.CLIPPED) + browser.execute_script(js.OVERLAPS)
                 + browser.execute_script(js.OVERFLOW))
    assert not offenders, f"{path} with WCAG 1.4.12 text spacing:{show(offenders)}"


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("key", KEY_PAGES)
def test_targets_are_at_least_44_css_pixels(browser, live_server, key_pages, key, width):
    """Our bar is WCAG 2.5.5 (AAA), 44 x 44, except links inside a sentence."""
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False})
    path = open_page(browser, live_server, key_pages, key)
    offenders = browser.execute_script(js.TARGETS)
    assert not offenders, f"{path} at {width} px, targets under 44 x 44 CSS px:{show(offenders)}"


@pytest.mark.parametrize("key", KEY_PAGES)
def test_body_text_contrast_is_at_least_7_to_1(browser, live_server, key_pages, key):
    """WCAG 1.4.6 (AAA, our bar) from computed styles, not from the design tokens."""
    path = open_page(browser, live_server, key_pages, key)
    offenders = browser.execute_script(js.CONTRAST, 7)
    assert not offenders, f"{path}, text under 7:1:{show(offenders)}"


# --- focus -------------------------------------------------------------------------

@pytest.mark.parametrize("key", KEY_PAGES)
def test_focus_is_visible_and_never_hidden(browser, live_server, key_pages, key):
    """WCAG 2.4.7: the focused element looks different; 2.4.11: no sticky or fixed
    element covers it."""
    path = open_page(browser, live_server, key_pages, key)
    steps = tab_walk(browser)
    assert len(steps) > 3, f"{path}: only {len(steps)} focusable elements"
    browser.execute_script("document.activeElement.blur()")
    invisible = [s["name"] for s in steps if browser.execute_script(FOCUS_STYLE, s["el"]) == s["focused"]]
    hidden = [f"{s['name']} hidden by {', '.join(s['hidden'])}" for s in steps if s["hidden"]]
    assert not invisible, f"{path}, focus not visible on:{show(invisible)}"
    assert not hidden, f"{path}, focus hidden:{show(hidden)}"


def emulate(driver, **features):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": [
        {"name": name.replace("_", "-"), "value": value} for name, value in features.items()]})


@pytest.mark.parametrize("key", KEY_PAGES)
def test_reduced_motion_is_respected(browser, live_server, key_pages, key):
    emulate(browser, prefers_reduced_motion="reduce")
    path = open_page(browser, live_server, key_pages, key)
    assert browser.execute_script("return matchMedia('(prefers-reduced-motion: reduce)').matches")
    offenders = browser.execute_script(js.MOTION)
    assert not offenders, f"{path} with prefers-reduced-motion: reduce:{show(offenders)}"


@pytest.mark.parametrize("key", KEY_PAGES)
def test_forced_colours_keep_focus_and_button_edges(browser, live_server, key_pages, key):
    """Windows High Contrast drops box-shadows and backgrounds: focus must still show
    as an outline, and buttons must keep a border to be seen as buttons."""
    emulate(browser, forced_colors="active")
    path = open_page(browser, live_server, key_pages, key)
    assert browser.execute_script("return matchMedia('(forced-colors: active)').matches")
    steps = tab_walk(browser)
    no_outline = [s["name"] for s in steps if s["focused"].split("|")[0] == "none"
                  or float(s["focused"].split("|")[1].rstrip("px")) < 2]
    assert not no_outline, f"{path} in forced colours, focus shows no outline on:{show(no_outline)}"
    borderless = browser.execute_script(DESCRIBE + """return [...document.querySelectorAll('button')]
      .filter(b => { const cs = getComputedStyle(b);
                     return cs.borderTopStyle === 'none' || parseFloat(cs.borderTopWidth) < 1; })
      .map(describe);""")
    assert not borderless, f"{path} in forced colours, buttons without a border:{show(borderless)}"
