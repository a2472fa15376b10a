"""Right-to-left pages in a real browser: a phone number inside Arabic text keeps its
digits in their real order, with our stylesheet and without it (the isolation is in the
markup: dir="ltr" on the number, or Unicode isolates in a translated sentence)."""
import pytest

# Where each digit of `number` (the first time it appears in `root`'s text) is drawn:
# one Range per character, so this is the browser's own layout, not the DOM order.
GLYPH_LEFTS = r"""
const [selector, number] = arguments;
const root = document.querySelector(selector);
const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const at = node.data.indexOf(number);
  if (at < 0) continue;
  const lefts = [];
  for (let i = at; i < at + number.length; i++) {
    if (!/[0-9]/.test(node.data[i])) continue;
    const range = document.createRange();
    range.setStart(node, i); range.setEnd(node, i + 1);
    lefts.push(range.getBoundingClientRect().left);
  }
  return lefts;
}
return null;
"""
# A first visit carries the stylesheet inline, later ones link it: remove either.
UNSTYLE = "document.querySelectorAll('link[rel=stylesheet], style').forEach(l => l.remove());"
NUMBER = "0121 496 0000"


def reads_left_to_right(lefts):
    return bool(lefts) and all(a < b for a, b in zip(lefts, lefts[1:]))


def lefts(browser, selector, number=NUMBER):
    found = browser.execute_script(GLYPH_LEFTS, selector, number)
    assert found, f"{number} is not on the page"
    return found


@pytest.mark.parametrize("path, selector", [
    ("/ar/information/complaints-and-appeals", "main .prose"),  # a number in translated content
    ("/ar/accessibility-statement", "main"),                    # a number in a translated message
    ("/ur/accessibility-statement", "main"),
])
def test_phone_digits_appear_in_their_real_order(browser, live_server, path, selector):
    browser.get(live_server.url + path)
    assert browser.execute_script("return getComputedStyle(document.documentElement).direction") == "rtl"
    assert reads_left_to_right(lefts(browser, selector)), "digits drawn out of order"
    browser.execute_script(UNSTYLE)
    assert not browser.execute_script("return document.styleSheets.length")
    assert reads_left_to_right(lefts(browser, selector)), "out of order without the stylesheet"


def test_the_check_sees_a_number_that_is_not_isolated(browser, live_server):
    """The same check fails on a bare number in an Arabic sentence, the fault fixed
    above: so a pass above means something."""
    browser.get(live_server.url + "/ar/")
    browser.execute_script(
        "const p = document.createElement('p'); p.id = 'bare';"
        "p.textContent = 'اتصل على ' + arguments[0] + ' اليوم';"
        "document.querySelector('main').append(p);", NUMBER)
    assert not reads_left_to_right(lefts(browser, "#bare"))
