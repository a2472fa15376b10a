"""Moving through a page with the keyboard alone."""
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from browser import DESCRIBE

# Each walk stops here: enough for every control on a results page.
MAX_TABS = 120
FOCUS_STYLE = """const cs = getComputedStyle(arguments[0]);
return [cs.outlineStyle, cs.outlineWidth, cs.outlineColor, cs.boxShadow, cs.backgroundColor,
        cs.color, cs.borderTopColor, cs.textDecorationLine].join('|');"""
_STEP = DESCRIBE + """
const el = document.activeElement, r = el.getBoundingClientRect();
const hidden = [];
for (const c of document.querySelectorAll('body *')) {
  const p = getComputedStyle(c).position;
  if ((p === 'sticky' || p === 'fixed') && c !== el && !c.contains(el)) {
    const q = c.getBoundingClientRect();
    if (q.left <= r.left && q.right >= r.right && q.top <= r.top && q.bottom >= r.bottom) hidden.push(describe(c));
  }
}
if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) hidden.push('outside the viewport');
return [el, describe(el), hidden, r.left + scrollX, r.top + scrollY, r.right + scrollX, r.bottom + scrollY];
"""


def press(driver, *keys):
    """Keys to whatever has focus, as a keyboard would send them: no mouse, no clicks."""
    ActionChains(driver).send_keys(*keys).perform()


def tab_walk(driver):
    """Tab from the top of the page to the end; what was focused, in order."""
    driver.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    steps = []
    for _ in range(MAX_TABS):
        press(driver, Keys.TAB)
        el, name, hidden, left, top, right, bottom = driver.execute_script(_STEP)
        if steps and el == steps[0]["el"] or driver.execute_script("return document.activeElement === document.body"):
            break
        steps.append({"el": el, "name": name, "hidden": hidden, "box": (left, top, right, bottom),
                      "focused": driver.execute_script(FOCUS_STYLE, el)})
    return steps
