"""Run the pinned axe-core 4.x in a Selenium session.

axe-selenium-python 2.1.6 (the newest for Python 3.11) bundles axe-core 3.1.1, which
knows no WCAG 2.1/2.2 tags, and its run() has no .catch(), so any axe error becomes a
60-second timeout. We inject npm's axe-core (package-lock.json pins 4.14.1) and call
axe.run ourselves, with a .catch() so an axe error fails at once.
"""
import os
import pathlib

from axe_selenium_python import Axe

from browser import scripts

REPO_ROOT = pathlib.Path(__file__).resolve().parent.parent
AXE_JS = os.environ.get("AXE_JS", str(REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"))
AXE_VERSION = "4.14.1"

# wcag22aa switches on target-size, which axe otherwise leaves off.
WCAG22_AA = {"runOnly": {"type": "tag",
                         "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
             "rules": {"target-size": {"enabled": True}},
             "resultTypes": ["violations"]}  # skip building passes/incomplete: faster

_RUN = ("const done = arguments[arguments.length - 1];"
        "axe.run(arguments[0] || document, arguments[1] || {})"
        ".then(r => done(r)).catch(e => done({error: String(e)}));")


def run_axe(driver, options=WCAG22_AA, context=None):
    """axe results for the current page (or a CSS-selector `context`); raises on axe errors."""
    if not os.path.exists(AXE_JS):
        raise FileNotFoundError(f"{AXE_JS} missing: run `npm ci` (axe-core is pinned in package.json)")
    javascript = getattr(driver, "javascript", True)
    if not javascript:
        scripts(driver, True)  # axe needs timers; the page's own scripts stay unrun
    try:
        # Navigation drops injected scripts: inject on every call.
        Axe(driver, script_url=AXE_JS).inject()
        results = driver.execute_async_script(_RUN, context, options)
    finally:
        if not javascript:
            scripts(driver, False)
    if "error" in results:
        raise RuntimeError("axe.run failed: " + results["error"])
    results["axeVersion"] = driver.execute_script("return axe.version")
    return results


def describe(results, where):
    """Every violation: the rule, the page, each element's selector and how to fix it."""
    lines = []
    for v in results["violations"]:
        lines.append(f"{v['id']} [{v['impact']}] on {where}: {v['help']} ({v['helpUrl']})")
        for node in v["nodes"]:
            target = " ".join(str(t) for t in node["target"])
            fix = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    {target}\n      {node['html'][:160]}\n      {fix}")
    return "\n".join(lines)
